r"""Red-team round 179 (black box): ARRAYS AND NESTED OBJECTS IN THE SCHEMA.
Focus: schemas whose members are arrays (tags, allergies, attendees, skills, languages, phone numbers, line items as
  objects) or nested objects (shipping/billing/home/work/sender/recipient address {street, city, zip}, contact {email,
  phone}, dimensions {w, h, d}); flat schemas over lists (a comma-separated string, a count, the top of a ranked list,
  dotted keys "shipping.city"); members typed string-or-array.
27,962 probes (seeded random.Random(179)): 18,085 pair probes (base + variant), 9,283 singles (--runs 2), 594 safe.
Part 1 (d179-nb/nv/ns-): one nested address; the block's label drifts to the other role, two blocks swap, one zip digit or
  the city changes (layouts: indented block, YAML, one-line, "Shipping city:" lines). Part 2 (d179-n2-): two nested
  addresses, the model swaps them, takes one city or zip from the other block, gives one block twice. Part 3 (d179-cb/cv/
  cs/db/dv/ds/dx/dq-): contact {email, phone} with home/work/private labels; dimensions W x H x D vs H x W x D, the model
  swaps w and h or copies h into d. Part 4 (d179-sb/sv/sq/s1/s2/s3-): string arrays (allergies, tags, attendees; line,
  bullet, numbered, YAML, "; " layouts): an item added, replaced, ~~struck~~, "(cancelled)", a count line, "Also:", "x and
  y", another person's list, minItems 2; singles: one item of two, an item of another record, a struck item kept.
Part 5 (d179-ib/iv/iq/is/io-): arrays of {product, quantity} (line, bullets, CSV, pipe table, YAML, one-line): one qty
  changed, an item added, duplicated, struck, cancelled, "Added by phone:", "Correction: quantity is N", minItems 2, the
  items' schema changed to strings; singles: an item dropped, reordered, quantities swapped, an item of another record.
Part 6 (d179-ob/ov-): an optional array or a nullable nested object left out of the base, given in the variant.
Part 7 (d179-wb/wv/ws-): a list held in ONE string member ("comma-separated, in the order given"). Part 8 (d179-kb/kv/ks/
  rb/rv/rs-): item_count over lists with struck/cancelled/added items; first_choice of a ranked list reordered.
Part 9 (d179-h*-): which schema shapes are stored at all. Part 10 (d179-ub/uv/uq/us/ut-): a member typed ["string",
  "array"] (the one stored shape) with 18 ways of adding a second item. Part 11 (d179-xb/xv/xs-): dotted keys
  ("shipping.city") beside the other role's field. Parts 12-15 (d179-pb/pv/ps, cb2/cv2/cs2, gb/gv/gs, fb/fv-): the hole
  found in part 10 and its edges: a line after a stored one-item record adding a second item.
HELD: no answer holding an array or a nested object is ever stored (parts 1-6: every nested, contact, dimensions,
  string-array and line-item probe on the skip path in both runs, 0 from the cache); nor an answer leaving out an
  optional array or nulling a nested object, nor a list in one string member, an item count, a ranked list's top, a
  minItems/maxItems/prefixItems/$ref/anyOf/untyped/["object","string"] member. Of the flat shapes only dotted keys
  ("shipping.city") and ["string","array"] members answered with a string are stored; every dotted-key pair (the other
  role's field, swapped lines, sections, "(billing)" remarks, one-line records) held. In the union member, a second item
  in the field itself (", " "; " " and " " / " " + " " & ", numbered, wrapped), a struck or cancelled first item, a
  repeated label, "Tag 2:", "Second tag:", "Another tag:", "Additional tag:", "Tags (cont.):", and every plain-word second
  item under any label held (2 of 250 in part 15 got through, both "b2b"). Wrong FRESH (never stored): 2,153 in run 1,
  2,525 in run 2 -- the model's list mistakes (an item dropped, an extra item, items reordered, a block swapped,
  quantities swapped) pass the checks on the skip path but are never stored. Safe reuse: 16/594 (run 1), 52/594 (run 2).
  Right answers rejected: 11,234 in run 1 (nested blocks read as records "the value comes from a record the request does
  not select", union arrays "the text's tags lists 1 items", YAML/CSV/one-line list layouts, contact e-mails "not real").
WHAT GOT THROUGH (full round: 2,760 wrong from the cache in run 1 (2 kept on the patch path), 2,550 in run 2; alone (found
  ids + the bases of their pairs, fresh SQLite store, --runs 2): 2,760 in run 1 (1,031 clear, 1,729 arguable), 2,620 in
  run 2 (974 clear, 1,646 arguable), every one the stored ONE-item string served where the text now has two):
 (A) CLEAR (1,031 ids): a member typed ["string","array"] stored as one string, then a line after the record that adds
     a second item under a label naming the member by a verb, the item short and holding a digit ("b12", "x86", "q3",
     "es6", "k8s", "mp3", "r2d2", "B2B", "X11"): "Allergies: Latex / Also allergic to: b12" -> allergies "Latex"
     (expected ["Latex","b12"]); "Also reacts to:", "Further allergic to:", "Additionally allergic to:"; "Tags: vip /
     Also tagged: x86" -> "vip"; "Tagged also:", "Also labelled:", "Further tagged:"; "Languages: German / Also speaks:
     k8s", "Also fluent in:"; "Products: Kettle / Also ordered: ps5", "Also bought:"; "Skills: excel / Also skilled in:
     es6", "Also knows:", "Also trained in:". The same text with another name (singles d179-gs/cs2) gets the stored one
     item with the name rewritten.
 (B) ARGUABLE (1,752 ids, r179_arguable): the same with a neutral word: "Tags: priority / Also: x86", "And:", "Extra:",
     "Og:", "Auch:", "Aussi:", "Too:", "Additionally:", "Second:", "Next:", and one-line "Name: X | Tags: vip | Also: b2b"
     (a reader may not take the line as a tag), and labels made odd by the generator ("Also productged:").
Adds its probes to probe_kit.P."""
import json
import random as r179_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r179_random.Random(179)
r179_arguable = set()
r179_pairs, r179_singles, r179_safe = [], [], []
r179_seen = set()
r179_C1 = "bdfgklmnprstvz"
r179_V1 = "aeiou"


def r179_word(k):
    return "".join(R.choice(r179_C1) + R.choice(r179_V1) for _ in range(k))


def r179_nm():
    while True:
        n = r179_word(2).capitalize() + " " + r179_word(2).capitalize() + "sen"
        if n not in r179_seen:
            r179_seen.add(n)
            return n


def r179_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r179_arguable.add(id)
    {"pair": r179_pairs, "single": r179_singles, "safe": r179_safe}[kind].append(id)


def A(o):
    return json.dumps(o, ensure_ascii=False) + "\n"


CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Tromsø", "Bodø",
          "Ålesund", "Molde", "Hamar", "Lillehammer", "Gjøvik", "Skien", "Arendal", "Larvik", "Sandefjord",
          "Tønsberg", "Moss", "Halden", "Kongsberg", "Voss", "Florø", "Førde", "Harstad", "Narvik", "Alta"]
STREETS = ["Storgata", "Kirkeveien", "Havnegata", "Strandveien", "Skolegata", "Parkveien", "Bakkegata", "Fjordgata",
           "Sjøgata", "Torggata", "Elvegata", "Bergveien"]
PRODUCTS = ["Desk lamp", "Office chair", "Bookshelf", "Floor rug", "Wall clock", "Coffee mug", "Table fan",
            "Plant pot", "Mirror", "Curtain rod", "Pillow", "Duvet", "Kettle", "Toaster", "Blender", "Frying pan",
            "Cutting board", "Knife set", "Bath towel", "Door mat", "Picture frame", "Vase", "Shoe rack", "Stool"]
ALLERG = ["Penicillin", "Latex", "Peanuts", "Shellfish", "Pollen", "Gluten", "Lactose", "Aspirin", "Sesame",
          "Eggs", "Soy", "Ibuprofen", "Bee stings", "Dust mites", "Sulfa drugs", "Kiwi"]
TAGS = ["urgent", "billing", "refund", "vip", "shipping", "complaint", "warranty", "follow-up", "returns",
        "invoice", "priority", "escalated", "newsletter", "b2b"]


def street():
    return "%s %d" % (R.choice(STREETS), R.randint(1, 99))


def zipc():
    return "%04d" % R.randint(1000, 9899)


def addr():
    return {"street": street(), "city": R.choice(CITIES), "zip": zipc()}


def other_addr(a):
    while True:
        b = addr()
        if b["city"] != a["city"] and b["street"] != a["street"] and b["zip"] != a["zip"]:
            return b


def phone():
    return "+47 %d%d%d %02d %03d" % (R.randint(4, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 99), R.randint(0, 999))


def email(n):
    a, b = n.lower().split()
    return "%s.%s@%s" % (a, b, R.choice(["example.com", "post.example", "mail.example.no"]))


ADDR_SCH = {"type": "object", "properties": {"street": {"type": "string"}, "city": {"type": "string"},
                                             "zip": {"type": "string"}},
            "required": ["street", "city", "zip"], "additionalProperties": False}


def addr_block(lab, a, lay, ind="  "):
    if lay == "L":
        return "%s:\n%sStreet: %s\n%sCity: %s\n%sZip: %s\n" % (lab, ind, a["street"], ind, a["city"], ind, a["zip"])
    if lay == "Y":
        k = lab.lower().replace(" ", "_")
        return "%s:\n  street: %s\n  city: %s\n  zip: \"%s\"\n" % (k, a["street"], a["city"], a["zip"])
    if lay == "O":
        return "%s: %s, %s %s\n" % (lab, a["street"], a["zip"], a["city"])
    if lay == "F":
        return "%s street: %s\n%s city: %s\n%s zip: %s\n" % (lab, a["street"], lab, a["city"], lab, a["zip"])
    raise ValueError(lay)


# ------------------------------------------------------------ Part 1: one nested address (shipping / billing)
NEST_LAYS = ["L", "Y", "O", "F"]
for i in range(220):
    lay = NEST_LAYS[i % 4]
    n = r179_nm()
    a, b = addr(), None
    b = other_addr(a)
    which, other = R.choice([("shipping", "billing"), ("billing", "shipping"), ("delivery", "invoice"),
                             ("home", "work"), ("sender", "recipient"), ("recipient", "sender")])
    key = which + "_address"
    sch = S({"name": "string", key: ADDR_SCH})
    ins = R.choice(["Extract the name and the %s address (street, city, zip) as JSON." % which,
                    "Return name and %s as JSON." % key,
                    "Give me the customer's name and %s address as JSON." % which])
    W, O = which.capitalize() + " address", other.capitalize() + " address"
    exp = {"name": n, key: a}
    base = "%s\n\nName: %s\n%s" % (ins, n, addr_block(W, a, lay))
    pid = "d179-nb-%d-%s" % (i, lay)
    r179_add("pair", pid, "r179-nest", base, sch, exp, [A(exp)])
    kind = i % 6
    if kind == 0:
        # the label of the block drifts to the other role, the asked role now has the other address
        v = "%s\n\nName: %s\n%s%s" % (ins, n, addr_block(O, a, lay), addr_block(W, b, lay))
        e2 = {"name": n, key: b}
    elif kind == 1:
        # two nested blocks, asked one after; values swapped relative to base
        v = "%s\n\nName: %s\n%s%s" % (ins, n, addr_block(W, b, lay), addr_block(O, a, lay))
        e2 = {"name": n, key: b}
    elif kind == 2:
        # one member of the nested object changed (zip one digit)
        a2 = dict(a)
        z = list(a["zip"]); z[3] = str((int(z[3]) + 1) % 10); a2["zip"] = "".join(z)
        v = "%s\n\nName: %s\n%s" % (ins, n, addr_block(W, a2, lay))
        e2 = {"name": n, key: a2}
    elif kind == 3:
        # the city of the asked block changed, street same
        a2 = dict(a); a2["city"] = b["city"]
        v = "%s\n\nName: %s\n%s" % (ins, n, addr_block(W, a2, lay))
        e2 = {"name": n, key: a2}
    elif kind == 4:
        # only the other role's block now; asked role "same as" — skip: the asked block replaced by other label + a new asked
        v = "%s\n\nName: %s\n%s%s" % (ins, n, addr_block(W, b, lay), addr_block(O, a, lay))
        e2 = {"name": n, key: b}
    else:
        # safe: an unrelated sentence
        v = "%s\n\nName: %s\n%s\nThanks for shopping with us.\n" % (ins, n, addr_block(W, a, lay))
        r179_add("safe", "d179-ns-%d-%s" % (i, lay), "r179-nest-safe", v, sch, exp, [A(exp)])
        continue
    r179_add("pair", "d179-nv-%d-%s" % (i, lay), "r179-nest", v, sch, e2, [A(e2)])

# ------------------------------------------------------------ Part 2: two nested addresses, singles (wrong sub-object)
for i in range(200):
    lay = NEST_LAYS[i % 4]
    n = r179_nm()
    a = addr(); b = other_addr(a)
    r1, r2 = R.choice([("shipping", "billing"), ("home", "work"), ("sender", "recipient"), ("delivery", "invoice")])
    sch = S({"name": "string", r1 + "_address": ADDR_SCH, r2 + "_address": ADDR_SCH})
    ins = "Extract the name, the %s address and the %s address as JSON." % (r1, r2)
    t = "%s\n\nName: %s\n%s%s" % (ins, n, addr_block(r1.capitalize() + " address", a, lay),
                                   addr_block(r2.capitalize() + " address", b, lay))
    exp = {"name": n, r1 + "_address": a, r2 + "_address": b}
    m = i % 4
    if m == 0:
        wrong = {"name": n, r1 + "_address": b, r2 + "_address": a}        # swapped
    elif m == 1:
        a2 = dict(a); a2["city"] = b["city"]
        wrong = {"name": n, r1 + "_address": a2, r2 + "_address": b}       # one city from the other block
    elif m == 2:
        a2 = dict(a); a2["zip"] = b["zip"]
        wrong = {"name": n, r1 + "_address": a2, r2 + "_address": b}
    else:
        wrong = {"name": n, r1 + "_address": a, r2 + "_address": a}        # same twice
    r179_add("single", "d179-n2-%d-%s" % (i, lay), "r179-nest2", t, sch, exp, [A(wrong), A(exp)])

# ------------------------------------------------------------ Part 3: contact {email, phone} and dimensions
CON_SCH = {"type": "object", "properties": {"email": {"type": "string"}, "phone": {"type": "string"}},
           "required": ["email", "phone"], "additionalProperties": False}
DIM_SCH = {"type": "object", "properties": {"w": {"type": "number"}, "h": {"type": "number"}, "d": {"type": "number"}},
           "required": ["w", "h", "d"], "additionalProperties": False}
for i in range(200):
    n = r179_nm()
    p1, p2 = phone(), phone()
    em = email(n)
    sch = S({"name": "string", "contact": CON_SCH}, desc={"contact": "work contact details"})
    ins = R.choice(["Extract the name and work contact (email, phone) as JSON.",
                    "Return name and contact {email, phone} (work) as JSON."])
    exp = {"name": n, "contact": {"email": em, "phone": p1}}
    lay = i % 3
    if lay == 0:
        base = "%s\n\nName: %s\nE-mail: %s\nWork phone: %s\n" % (ins, n, em, p1)
    elif lay == 1:
        base = "%s\n\nName: %s\nContact:\n  Email: %s\n  Phone (work): %s\n" % (ins, n, em, p1)
    else:
        base = "%s\n\nName: %s | Email: %s | Tel. work: %s\n" % (ins, n, em, p1)
    r179_add("pair", "d179-cb-%d" % i, "r179-contact", base, sch, exp, [A(exp)])
    k = i % 4
    if k == 0:   # home phone added with the old number, work phone new
        v = base.replace(p1, p2).rstrip("\n") + "\n"
        if lay == 0:
            v = "%s\n\nName: %s\nE-mail: %s\nHome phone: %s\nWork phone: %s\n" % (ins, n, em, p1, p2)
        elif lay == 1:
            v = "%s\n\nName: %s\nContact:\n  Email: %s\n  Phone (home): %s\n  Phone (work): %s\n" % (ins, n, em, p1, p2)
        else:
            v = "%s\n\nName: %s | Email: %s | Tel. home: %s | Tel. work: %s\n" % (ins, n, em, p1, p2)
        e2 = {"name": n, "contact": {"email": em, "phone": p2}}
    elif k == 1:  # label drifts: work -> home (only number is home now) plus a work number
        if lay == 0:
            v = "%s\n\nName: %s\nE-mail: %s\nWork phone: %s\nHome phone: %s\n" % (ins, n, em, p2, p1)
        elif lay == 1:
            v = "%s\n\nName: %s\nContact:\n  Email: %s\n  Phone (work): %s\n  Phone (home): %s\n" % (ins, n, em, p2, p1)
        else:
            v = "%s\n\nName: %s | Email: %s | Tel. work: %s | Tel. home: %s\n" % (ins, n, em, p2, p1)
        e2 = {"name": n, "contact": {"email": em, "phone": p2}}
    elif k == 2:  # single: model gives home number
        if lay == 0:
            t = "%s\n\nName: %s\nE-mail: %s\nHome phone: %s\nWork phone: %s\n" % (ins, n, em, p2, p1)
        elif lay == 1:
            t = "%s\n\nName: %s\nContact:\n  Email: %s\n  Phone (home): %s\n  Phone (work): %s\n" % (ins, n, em, p2, p1)
        else:
            t = "%s\n\nName: %s | Email: %s | Tel. home: %s | Tel. work: %s\n" % (ins, n, em, p2, p1)
        wrong = {"name": n, "contact": {"email": em, "phone": p2}}
        r179_add("single", "d179-cs-%d" % i, "r179-contact-single", t, sch, exp, [A(wrong), A(exp)])
        continue
    else:  # private email added; the asked contact is work
        em2 = email(n).replace("@", ".home@")
        if lay == 0:
            v = "%s\n\nName: %s\nPrivate e-mail: %s\nWork e-mail: %s\nWork phone: %s\n" % (ins, n, em, em2, p1)
        elif lay == 1:
            v = "%s\n\nName: %s\nContact:\n  Email (private): %s\n  Email (work): %s\n  Phone (work): %s\n" % (ins, n, em, em2, p1)
        else:
            v = "%s\n\nName: %s | Email private: %s | Email work: %s | Tel. work: %s\n" % (ins, n, em, em2, p1)
        e2 = {"name": n, "contact": {"email": em2, "phone": p1}}
    r179_add("pair", "d179-cv-%d" % i, "r179-contact", v, sch, e2, [A(e2)])

for i in range(200):
    w, h, d = R.sample(range(10, 200), 3)
    nm = R.choice(PRODUCTS)
    sch = S({"product": "string", "dimensions": DIM_SCH})
    ins = R.choice(["Extract the product and its dimensions (w, h, d in cm) as JSON.",
                    "Return product and dimensions {w, h, d} as JSON."])
    exp = {"product": nm, "dimensions": {"w": w, "h": h, "d": d}}
    lay = i % 4
    if lay == 0:
        base = "%s\n\nProduct: %s\nWidth: %d cm\nHeight: %d cm\nDepth: %d cm\n" % (ins, nm, w, h, d)
    elif lay == 1:
        base = "%s\n\nProduct: %s\nDimensions (W x H x D): %d x %d x %d cm\n" % (ins, nm, w, h, d)
    elif lay == 2:
        base = "%s\n\n| Product | Width | Height | Depth |\n|---|---|---|---|\n| %s | %d | %d | %d |\n" % (ins, nm, w, h, d)
    else:
        base = "%s\n\nproduct: %s\ndimensions:\n  width: %d\n  height: %d\n  depth: %d\n" % (ins, nm, w, h, d)
    r179_add("pair", "d179-db-%d" % i, "r179-dim", base, sch, exp, [A(exp)])
    k = i % 3
    e2 = {"product": nm, "dimensions": {"w": h, "h": w, "d": d}}
    if k == 0:  # order of the dimension header changes: H x W x D with same numbers
        if lay == 0:
            v = "%s\n\nProduct: %s\nHeight: %d cm\nWidth: %d cm\nDepth: %d cm\n" % (ins, nm, w, h, d)
        elif lay == 1:
            v = "%s\n\nProduct: %s\nDimensions (H x W x D): %d x %d x %d cm\n" % (ins, nm, w, h, d)
        elif lay == 2:
            v = "%s\n\n| Product | Height | Width | Depth |\n|---|---|---|---|\n| %s | %d | %d | %d |\n" % (ins, nm, w, h, d)
        else:
            v = "%s\n\nproduct: %s\ndimensions:\n  height: %d\n  width: %d\n  depth: %d\n" % (ins, nm, w, h, d)
        r179_add("pair", "d179-dv-%d" % i, "r179-dim", v, sch, e2, [A(e2)])
    elif k == 1:  # single: w/h swapped by the model
        r179_add("single", "d179-ds-%d" % i, "r179-dim-single", base, sch, exp, [A(e2), A(exp)])
    else:  # safe: units spelled
        v = base.replace("Product", "Article") if lay != 3 else base + "\nThank you.\n"
        if lay == 3:
            r179_add("safe", "d179-dq-%d" % i, "r179-dim-safe", v, sch, exp, [A(exp)])
        else:
            r179_add("single", "d179-dx-%d" % i, "r179-dim-single", base, sch, exp,
                     [A({"product": nm, "dimensions": {"w": w, "h": h, "d": h}}), A(exp)])

# ------------------------------------------------------------ Part 4: arrays of strings (allergies, tags, attendees)
def list_text(lab, items, lay, n, nlab):
    if lay == "L":
        return "%s: %s\n%s: %s\n" % (nlab, n, lab, ", ".join(items))
    if lay == "B":
        return "%s: %s\n%s:\n" % (nlab, n, lab) + "".join("- %s\n" % x for x in items)
    if lay == "N":
        return "%s: %s\n%s:\n" % (nlab, n, lab) + "".join("%d. %s\n" % (j + 1, x) for j, x in enumerate(items))
    if lay == "Y":
        return "%s: %s\n%s:\n" % (nlab.lower(), n, lab.lower()) + "".join("  - %s\n" % x for x in items)
    if lay == "S":
        return "%s: %s\n%s: %s\n" % (nlab, n, lab, "; ".join(items))
    raise ValueError(lay)


SLAYS = ["L", "B", "N", "Y", "S"]
SDOM = [("allergies", "Allergies", "Patient", "Extract the patient and the allergies as JSON.", ALLERG),
        ("tags", "Tags", "Ticket owner", "Return the ticket owner and the tags as JSON.", TAGS),
        ("attendees", "Attendees", "Organiser", "Extract the organiser and the attendees as JSON.", None)]
for i in range(600):
    lay = SLAYS[i % 5]
    key, lab, nlab, ins, pool = SDOM[(i // 5) % 3]
    nkey = nlab.lower().replace(" ", "_")
    sch = S({nkey: "string", key: {"type": "array", "items": {"type": "string"}}})
    n = r179_nm()
    gen = (lambda: R.choice(pool)) if pool else r179_nm
    it = []
    while len(it) < 3:
        x = gen()
        if x not in it:
            it.append(x)
    base_items = [it[0]]
    exp = {nkey: n, key: base_items}
    base = "%s\n\n%s" % (ins, list_text(lab, base_items, lay, n, nlab))
    r179_add("pair", "d179-sb-%d-%s" % (i, lay), "r179-strlist", base, sch, exp, [A(exp)])
    k = (i // 15) % 10
    if k == 0:    # item added
        items2, v = [it[0], it[1]], None
    elif k == 1:  # item replaced
        items2 = [it[1]]
    elif k == 2:  # crossed out + new
        items2 = [it[1]]
        v = "%s\n\n%s" % (ins, list_text(lab, ["~~%s~~" % it[0], it[1]], lay, n, nlab))
    elif k == 3:  # cancelled mark
        items2 = [it[1]]
        v = "%s\n\n%s" % (ins, list_text(lab, ["%s (cancelled)" % it[0], it[1]], lay, n, nlab))
    elif k == 4:  # count says 2, second in a sentence
        items2 = [it[0], it[1]]
        v = "%s\n\n%s%s: 2\n%s" % (ins, "", lab + " count", list_text(lab, items2, lay, n, nlab))
    elif k == 5:  # second item on a continuation line (after the record)
        items2 = [it[0], it[1]]
        v = "%s\n\n%sAlso: %s\n" % (ins, list_text(lab, [it[0]], lay, n, nlab), it[1])
    elif k == 6:  # "and" in the field
        items2 = [it[0], it[1]]
        v = "%s\n\n%s: %s\n%s: %s and %s\n" % (ins, nlab, n, lab, it[0], it[1])
    elif k == 7:  # another person's list beside
        items2 = [it[1]]
        n2 = r179_nm()
        v = "%s\n\n%s%s" % (ins, list_text(lab, [it[0]], lay, n2, nlab), list_text(lab, [it[1]], lay, n, nlab))
        # asked person is n: picked by name? instruction doesn't say -> put name in instruction
        v = v.replace(ins, ins[:-1] + " for %s." % n)
    elif k == 8:  # duplicate item with uniqueItems in variant schema
        items2 = [it[0]]
        sch2 = S({nkey: "string", key: {"type": "array", "items": {"type": "string"}, "minItems": 2}})
        v = "%s\n\n%s" % (ins, list_text(lab, [it[0], it[1]], lay, n, nlab))
        e2 = {nkey: n, key: [it[0], it[1]]}
        r179_add("pair", "d179-sv-%d-%s" % (i, lay), "r179-strlist", v, sch2, e2, [A(e2)])
        continue
    else:  # safe
        v = "%s\n\n%s\n(Recorded at the front desk.)\n" % (ins, list_text(lab, base_items, lay, n, nlab))
        r179_add("safe", "d179-sq-%d-%s" % (i, lay), "r179-strlist-safe", v, sch, exp, [A(exp)])
        continue
    if k in (0, 1):
        v = "%s\n\n%s" % (ins, list_text(lab, items2, lay, n, nlab))
    e2 = {nkey: n, key: items2}
    r179_add("pair", "d179-sv-%d-%s" % (i, lay), "r179-strlist", v, sch, e2, [A(e2)])
    # singles: list of one where the text has two; extra item from another record; wrong order in a ranked list
    two = [it[0], it[1]]
    t = "%s\n\n%s" % (ins, list_text(lab, two, lay, n, nlab))
    ex = {nkey: n, key: two}
    r179_add("single", "d179-s1-%d-%s" % (i, lay), "r179-strlist-single", t, sch, ex, [A({nkey: n, key: [it[0]]}), A(ex)])
    n2 = r179_nm()
    t = "%s\n\n%s\n%s" % (ins[:-1] + " for %s." % n, list_text(lab, [it[0]], lay, n, nlab),
                          list_text(lab, [it[2]], lay, n2, nlab))
    ex = {nkey: n, key: [it[0]]}
    r179_add("single", "d179-s2-%d-%s" % (i, lay), "r179-strlist-single", t, sch, ex,
             [A({nkey: n, key: [it[0], it[2]]}), A(ex)])
    t = "%s\n\n%s" % (ins, list_text(lab, ["~~%s~~" % it[2], it[0]], lay, n, nlab))
    r179_add("single", "d179-s3-%d-%s" % (i, lay), "r179-strlist-single", t, sch, ex,
             [A({nkey: n, key: [it[2]]}), A(ex)])

# ------------------------------------------------------------ Part 5: arrays of objects (line items), one-item stored
ITEM_SCH = {"type": "object", "properties": {"product": {"type": "string"}, "quantity": {"type": "integer"}},
            "required": ["product", "quantity"], "additionalProperties": False}


def items_text(n, items, lay):
    if lay == "L":
        return "Customer: %s\n" % n + "".join("Product: %s\nQty: %d\n" % (p, q) for p, q in items)
    if lay == "B":
        return "Customer: %s\nItems:\n" % n + "".join("- %d x %s\n" % (q, p) for p, q in items)
    if lay == "C":
        return "customer,product,qty\n" + "".join("%s,%s,%d\n" % (n, p, q) for p, q in items)
    if lay == "T":
        return "Customer: %s\n\n| Product | Qty |\n|---|---|\n" % n + "".join("| %s | %d |\n" % (p, q) for p, q in items)
    if lay == "Y":
        return "customer: %s\nitems:\n" % n + "".join("  - product: %s\n    quantity: %d\n" % (p, q) for p, q in items)
    if lay == "O":
        return "Customer: %s | " % n + " | ".join("Product: %s | Qty: %d" % (p, q) for p, q in items) + "\n"
    raise ValueError(lay)


ILAYS = ["L", "B", "C", "T", "Y", "O"]
for i in range(720):
    lay = ILAYS[i % 6]
    n = r179_nm()
    p = R.sample(PRODUCTS, 3)
    q = [R.randint(1, 9) for _ in range(3)]
    sch = S({"customer": "string", "items": {"type": "array", "items": ITEM_SCH}})
    ins = R.choice(["Extract the customer and the line items (product, quantity) as JSON.",
                    "Return customer and items as JSON."])
    base_items = [(p[0], q[0])]
    exp = {"customer": n, "items": [{"product": p[0], "quantity": q[0]}]}
    base = "%s\n\n%s" % (ins, items_text(n, base_items, lay))
    r179_add("pair", "d179-ib-%d-%s" % (i, lay), "r179-items", base, sch, exp, [A(exp)])
    k = (i // 6) % 12
    sch2 = sch
    if k == 0:   # qty changed
        it2 = [(p[0], q[0] % 9 + 1)]
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    elif k == 1:  # item added
        it2 = [(p[0], q[0]), (p[1], q[1])]
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    elif k == 2:  # duplicate line
        it2 = [(p[0], q[0]), (p[0], q[0])]
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    elif k == 3:  # count line says 2, second item in a note
        it2 = [(p[0], q[0]), (p[1], q[1])]
        v = "%s\n\n%sItem count: 2\nAdded by phone: %d x %s\n" % (ins, items_text(n, [(p[0], q[0])], lay), q[1], p[1])
    elif k == 4:  # crossed out + replacement
        it2 = [(p[1], q[1])]
        v = "%s\n\n%s" % (ins, items_text(n, [("~~%s~~" % p[0], q[0]), (p[1], q[1])], lay))
    elif k == 5:  # (cancelled)
        it2 = [(p[1], q[1])]
        v = "%s\n\n%s" % (ins, items_text(n, [("%s (cancelled)" % p[0], q[0]), (p[1], q[1])], lay))
    elif k == 6:  # qty in words in a later line
        it2 = [(p[0], q[0] + 1)]
        v = "%s\n\n%sCorrection: quantity is %d.\n" % (ins, items_text(n, [(p[0], q[0])], lay), q[0] + 1)
    elif k == 7:  # schema maxItems 1 -> variant minItems 2 with 2-item text
        it2 = [(p[0], q[0]), (p[1], q[1])]
        sch2 = S({"customer": "string", "items": {"type": "array", "items": ITEM_SCH, "minItems": 2}})
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    elif k == 8:  # items schema changed: quantity becomes string "2 pcs"? -> product names only
        sch2 = S({"customer": "string", "items": {"type": "array", "items": {"type": "string"}}})
        v = base
        e2 = {"customer": n, "items": [p[0]]}
        r179_add("pair", "d179-iv-%d-%s" % (i, lay), "r179-items", v, sch2, e2, [A(e2)])
        continue
    elif k == 9:  # safe whitespace
        v = base.replace("\n\n", "\n\n\n") + "\n"
        r179_add("safe", "d179-iq-%d-%s" % (i, lay), "r179-items-safe", v, sch, exp, [A(exp)])
        continue
    elif k == 10:  # product renamed slightly (a variant) e.g. "Desk lamp (2-pack)"
        it2 = [(p[0] + " XL", q[0])]
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    else:  # quantity unit: "Qty: 3 boxes of 6"
        it2 = [(p[1], q[0])]
        v = "%s\n\n%s" % (ins, items_text(n, it2, lay))
    e2 = {"customer": n, "items": [{"product": a_, "quantity": b_} for a_, b_ in it2]}
    r179_add("pair", "d179-iv-%d-%s" % (i, lay), "r179-items", v, sch2, e2, [A(e2)])
    # singles
    t = "%s\n\n%s" % (ins, items_text(n, [(p[0], q[0]), (p[1], q[1])], lay))
    ex = {"customer": n, "items": [{"product": p[0], "quantity": q[0]}, {"product": p[1], "quantity": q[1]}]}
    m = i % 4
    if m == 0:
        wr = {"customer": n, "items": [{"product": p[0], "quantity": q[0]}]}
    elif m == 1:
        wr = {"customer": n, "items": [{"product": p[1], "quantity": q[1]}, {"product": p[0], "quantity": q[0]}]}
    elif m == 2:
        wr = {"customer": n, "items": [{"product": p[0], "quantity": q[1]}, {"product": p[1], "quantity": q[0]}]}
    else:
        wr = {"customer": n, "items": ex["items"] + [{"product": p[2], "quantity": q[2]}]}
    r179_add("single", "d179-is-%d-%s" % (i, lay), "r179-items-single", t, sch, ex, [A(wr), A(ex)])
    # one-item text, model adds an item from another record / a quantity from another field
    n2 = r179_nm()
    t = "%s\n\n%s\n%s" % (ins[:-1] + " for %s." % n, items_text(n, [(p[0], q[0])], lay),
                          items_text(n2, [(p[2], q[2])], lay))
    ex = {"customer": n, "items": [{"product": p[0], "quantity": q[0]}]}
    wr = {"customer": n, "items": [{"product": p[0], "quantity": q[0]}, {"product": p[2], "quantity": q[2]}]} if m % 2 else \
        {"customer": n, "items": [{"product": p[2], "quantity": q[2]}]}
    r179_add("single", "d179-io-%d-%s" % (i, lay), "r179-items-single", t, sch, ex, [A(wr), A(ex)])


# ------------------------------------------------------------ controls: flat records
for i in range(12):
    n = r179_nm(); a = addr()
    sch = S({"name": "string", "city": "string"})
    t = "Extract the name and city as JSON.\n\nName: %s\nCity: %s\n" % (n, a["city"])
    r179_add("pair", "d179-ctl-%d" % i, "r179-ctl", t, sch, {"name": n, "city": a["city"]}, [A({"name": n, "city": a["city"]})])
    sch = S({"name": "string", "street": "string", "city": "string", "zip": "string"})
    t = "Extract the name, street, city and zip as JSON.\n\nName: %s\nStreet: %s\nCity: %s\nZip: %s\n" % (n, a["street"], a["city"], a["zip"])
    e = dict(a); e["name"] = n
    r179_add("pair", "d179-ctf-%d" % i, "r179-ctl", t, sch, e, [A(e)])


# ------------------------------------------------------------ Part 6: an optional array / nullable nested object left out
for i in range(240):
    n = r179_nm()
    lay = i % 3
    m = (i // 3) % 4
    if m in (0, 1):
        key, lab, pool = ("tags", "Tags", TAGS) if m == 0 else ("allergies", "Allergies", ALLERG)
        sch = S({"name": "string", key: {"type": "array", "items": {"type": "string"}}}, required=["name"])
        x = R.choice(pool)
        ins = "Extract the name and, if given, the %s as JSON." % key
        base = "%s\n\nName: %s\nCity: %s\n" % (ins, n, R.choice(CITIES))
        exp = {"name": n}
        r179_add("pair", "d179-ob-%d" % i, "r179-optarr", base, sch, exp, [A(exp)])
        if lay == 0:
            v = base + "%s: %s\n" % (lab, x)
        elif lay == 1:
            v = base + "%s:\n- %s\n" % (lab, x)
        else:
            v = base + "Note: %s %s.\n" % (lab.lower()[:-1] if lab.endswith("s") else lab.lower(), x)
        e2 = {"name": n, key: [x]}
        r179_add("pair", "d179-ov-%d" % i, "r179-optarr", v, sch, e2, [A(e2)], arg=(lay == 2))
    else:
        key = "billing_address" if m == 2 else "work_contact"
        sub = ADDR_SCH if m == 2 else CON_SCH
        nsub = dict(sub); nsub["type"] = ["object", "null"]
        sch = S({"name": "string", key: nsub}, required=["name"])
        ins = "Extract the name and the %s (null if none) as JSON." % key.replace("_", " ")
        base = "%s\n\nName: %s\nPhone: %s\n" % (ins, n, phone())
        exp = {"name": n, key: None}
        r179_add("pair", "d179-ob-%d" % i, "r179-optnest", base, sch, exp, [A(exp)])
        exp0 = {"name": n}
        r179_add("pair", "d179-ob0-%d" % i, "r179-optnest", base.replace("(null if none) ", ""), sch, exp0, [A(exp0)])
        if m == 2:
            a = addr()
            v = base + addr_block("Billing address", a, ["L", "O", "F"][lay])
            e2 = {"name": n, key: a}
        else:
            em, p = email(n), phone()
            v = base + "Work email: %s\nWork phone: %s\n" % (em, p)
            e2 = {"name": n, key: {"email": em, "phone": p}}
        r179_add("pair", "d179-ov-%d" % i, "r179-optnest", v, sch, e2, [A(e2)])
        e3 = dict(e2)
        r179_add("pair", "d179-ov0-%d" % i, "r179-optnest", v.replace("(null if none) ", ""), sch, e3, [A(e3)])

# ------------------------------------------------------------ Part 7: a list held in one string member
for i in range(600):
    n = r179_nm()
    key, lab, nlab, pool = R.choice([("allergies", "Allergies", "Patient", ALLERG), ("tags", "Tags", "Owner", TAGS),
                                     ("attendees", "Attendees", "Organiser", None)])
    nkey = nlab.lower()
    sch = S({nkey: "string", key: "string"}, desc={key: "comma-separated, in the order given"})
    gen = (lambda: R.choice(pool)) if pool else r179_nm
    it = []
    while len(it) < 4:
        x = gen()
        if x not in it and x != n:
            it.append(x)
    ins = R.choice(["Extract the %s and the %s (comma-separated) as JSON." % (nkey, key),
                    "Return %s and %s as JSON; %s as one comma-separated string." % (nkey, key, key)])
    lay = i % 4
    def T(items, lay=lay):
        if lay == 0:
            return "%s: %s\n%s: %s\n" % (nlab, n, lab, ", ".join(items))
        if lay == 1:
            return "%s: %s | %s: %s\n" % (nlab, n, lab, ", ".join(items))
        if lay == 2:
            return "%s: %s\n%s: %s\n" % (nlab.lower(), n, lab.lower(), ", ".join(items))
        return "%s,%s\n%s,\"%s\"\n" % (nlab.lower(), lab.lower(), n, ", ".join(items))
    two = it[:2]
    exp = {nkey: n, key: ", ".join(two)}
    base = "%s\n\n%s" % (ins, T(two))
    r179_add("pair", "d179-wb-%d" % i, "r179-strfield", base, sch, exp, [A(exp)])
    k = (i // 4) % 10
    arg = False
    if k == 0:
        t2 = it[:3]; v = "%s\n\n%s" % (ins, T(t2)); val = ", ".join(t2)
    elif k == 1:
        v = "%s\n\n%s" % (ins, T(["~~%s~~" % it[0], it[1]])); val = it[1]
    elif k == 2:
        v = "%s\n\n%s" % (ins, T(["%s (cancelled)" % it[0], it[1]])); val = it[1]
    elif k == 3:
        v = "%s\n\n%s" % (ins, T([it[1], it[0]])); val = ", ".join([it[1], it[0]])
    elif k == 4:
        v = "%s\n\n%s" % (ins, T([it[0], it[1], it[0]])); val = ", ".join([it[0], it[1], it[0]]); arg = True
    elif k == 5:
        v = "%s\n\n%s" % (ins, T([it[0], it[2]])); val = ", ".join([it[0], it[2]])
    elif k == 6:
        v = "%s\n\n%s%s (added later): %s\n" % (ins, T(two), lab, it[2]); val = ", ".join(it[:3]); arg = True
    elif k == 7:
        v = "%s\n\n%s" % (ins, T([it[0], it[1] + " (removed)"])); val = it[0]
    elif k == 8:
        v = "%s\n\n%s" % (ins, T([it[0], "not " + it[1]])); val = it[0]; arg = True
    else:
        v = "%s\n\n%s\nThank you.\n" % (ins, T(two))
        r179_add("safe", "d179-wq-%d" % i, "r179-strfield-safe", v, sch, exp, [A(exp)])
        v = None
    if v:
        e2 = {nkey: n, key: val}
        r179_add("pair", "d179-wv-%d" % i, "r179-strfield", v, sch, e2, [A(e2)], arg=arg)
    # singles
    m = i % 6
    if m == 0:
        t, wr, ex = T(two), it[0], ", ".join(two)
    elif m == 1:
        t, wr, ex = T(two), ", ".join([it[1], it[0]]), ", ".join(two)
    elif m == 2:
        t, wr, ex = T(["~~%s~~" % it[0], it[1]]), ", ".join(two), it[1]
    elif m == 3:
        t, wr, ex = T(["%s (cancelled)" % it[0], it[1]]), ", ".join(two), it[1]
    elif m == 4:
        t, wr, ex = T(it[:3]), ", ".join(two), ", ".join(it[:3])
    else:
        t, wr, ex = T(two), ", ".join(it[:3]), ", ".join(two)
    ex = {nkey: n, key: ex}
    r179_add("single", "d179-ws-%d" % i, "r179-strfield-single", "%s\n\n%s" % (ins, t), sch, ex,
             [A({nkey: n, key: wr}), A(ex)])

# ------------------------------------------------------------ Part 8: counts of a list, first of a ranked list
for i in range(500):
    n = r179_nm()
    p = R.sample(PRODUCTS, 5)
    lay = i % 4
    def LT(items, lay=lay):
        if lay == 0:
            return "Customer: %s\nItems:\n" % n + "".join("- %s\n" % x for x in items)
        if lay == 1:
            return "Customer: %s\nItems:\n" % n + "".join("%d. %s\n" % (j + 1, x) for j, x in enumerate(items))
        if lay == 2:
            return "Customer: %s\nItems: %s\n" % (n, ", ".join(items))
        return "customer: %s\nitems:\n" % n + "".join("  - %s\n" % x for x in items)
    if i % 2 == 0:
        sch = S({"customer": "string", "item_count": "integer"}, desc={"item_count": "number of items ordered"})
        ins = "Extract the customer and the number of items as JSON."
        exp = {"customer": n, "item_count": 3}
        base = "%s\n\n%s" % (ins, LT(p[:3]))
        r179_add("pair", "d179-kb-%d" % i, "r179-count", base, sch, exp, [A(exp)])
        k = (i // 2) % 6
        arg = False
        if k == 0:
            v, c = LT(p[:4]), 4
        elif k == 1:
            v, c = LT(["~~%s~~" % p[0]] + p[1:3]), 2
        elif k == 2:
            v, c = LT(["%s (cancelled)" % p[0]] + p[1:3]), 2
        elif k == 3:
            v, c = LT(p[:2]), 2
        elif k == 4:
            v, c = LT(p[:3]) + "Also added: %s\n" % p[3], 4
        else:
            v, c = "3 items:\n" + LT(p[:4]), 4; arg = True
        e2 = {"customer": n, "item_count": c}
        r179_add("pair", "d179-kv-%d" % i, "r179-count", "%s\n\n%s" % (ins, v), sch, e2, [A(e2)], arg=arg)
        t = "%s\n\n%s" % (ins, LT(["%s (cancelled)" % p[0]] + p[1:3]) if k % 2 else LT(["~~%s~~" % p[0]] + p[1:3]))
        ex = {"customer": n, "item_count": 2}
        r179_add("single", "d179-ks-%d" % i, "r179-count-single", t, sch, ex, [A({"customer": n, "item_count": 3}), A(ex)])
    else:
        sch = S({"customer": "string", "first_choice": "string"},
                desc={"first_choice": "the top-ranked option"})
        ins = "The list is ranked, best first. Extract the customer and the first choice as JSON."
        exp = {"customer": n, "first_choice": p[0]}
        base = "%s\n\n%s" % (ins, LT(p[:3]))
        r179_add("pair", "d179-rb-%d" % i, "r179-rank", base, sch, exp, [A(exp)])
        k = (i // 2) % 4
        if k == 0:
            v, c = LT([p[1], p[0], p[2]]), p[1]
        elif k == 1:
            v, c = LT(["~~%s~~" % p[0], p[1], p[2]]), p[1]
        elif k == 2:
            v, c = LT([p[3]] + p[:3]), p[3]
        else:
            v, c = LT(p[:3]) + "\n", p[0]
        e2 = {"customer": n, "first_choice": c}
        r179_add("safe" if k == 3 else "pair", "d179-rv-%d" % i, "r179-rank", "%s\n\n%s" % (ins, v), sch, e2, [A(e2)])
        t = "%s\n\n%s" % (ins, LT(p[:3]))
        r179_add("single", "d179-rs-%d" % i, "r179-rank-single", t, sch, exp,
                 [A({"customer": n, "first_choice": p[1 + (i // 2) % 2]}), A(exp)])


# ------------------------------------------------------------ Part 9: which schema shapes holding a list or a sub-object are stored
def r179_shapes(n, a, t1):
    yield "u", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"type": ["string", "array"], "items": {"type": "string"}}},
                "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": t1}
    yield "ua", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}},
                 "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": t1}
    yield "nt", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {}},
                 "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": t1}
    yield "nta", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {}},
                  "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": [t1]}
    yield "ref", {"type": "object", "$defs": {"addr": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}},
                  "properties": {"name": {"type": "string"}, "address": {"$ref": "#/$defs/addr"}},
                  "required": ["name", "address"], "additionalProperties": False}, {"name": n, "address": {"city": a}}
    yield "one", {"type": "object", "properties": {"name": {"type": "string"}, "address": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}},
                  "required": ["name", "address"], "additionalProperties": False}, {"name": n, "address": {"city": a}}
    yield "notype", {"type": "object", "properties": {"name": {"type": "string"}, "address": {"properties": {"city": {"type": "string"}}}},
                     "required": ["name", "address"], "additionalProperties": False}, {"name": n, "address": {"city": a}}
    yield "dot", {"type": "object", "properties": {"name": {"type": "string"}, "address.city": {"type": "string"}},
                  "required": ["name", "address.city"], "additionalProperties": False}, {"name": n, "address.city": a}
    yield "open", {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}, {"name": n}
    yield "pfx", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"type": "array", "prefixItems": [{"type": "string"}], "items": False}},
                  "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": [t1]}
    yield "max1", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 1}},
                   "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": [t1]}
    yield "mt", {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"type": "array", "maxItems": 0}},
                 "required": ["name", "tags"], "additionalProperties": False}, {"name": n, "tags": []}
    yield "ostr", {"type": "object", "properties": {"name": {"type": "string"}, "address": {"type": ["object", "string"], "properties": {"city": {"type": "string"}}}},
                   "required": ["name", "address"], "additionalProperties": False}, {"name": n, "address": a}


for i in range(10):
    n = r179_nm(); a = R.choice(CITIES); t1 = R.choice(TAGS)
    for tag, sch, exp in r179_shapes(n, a, t1):
        ks = list(sch["properties"])
        k2 = ks[1] if len(ks) > 1 else None
        for lay in range(3):
            if k2 is None:
                t = "Extract the name as JSON.\n\nName: %s\n" % n
            elif k2 == "tags":
                t = ["Extract the name and the tags as JSON.\n\nName: %s\nTags: %s\n" % (n, t1),
                     "Extract the name and the tags as JSON.\n\nName: %s\nTags:\n- %s\n" % (n, t1),
                     "Extract the name and the tags as JSON.\n\nName: %s | Tags: %s\n" % (n, t1)][lay]
            else:
                t = ["Extract the name and the address city as JSON.\n\nName: %s\nCity: %s\n" % (n, a),
                     "Extract the name and the address city as JSON.\n\nName: %s\nAddress city: %s\n" % (n, a),
                     "Extract the name and the address (city) as JSON.\n\nName: %s\nAddress: %s\n" % (n, a)][lay]
            r179_add("pair", "d179-h%s-%d-%d" % (tag, i, lay), "r179-shape", t, sch, exp, [A(exp)])



# ------------------------------------------------------------ Part 10: a member typed string-or-array ("u"), stored when answered with a string
UDOM = [("tags", "Tags", "Tag", lambda: R.choice(TAGS)), ("allergies", "Allergies", "Allergy", lambda: R.choice(ALLERG)),
        ("attendees", "Attendees", "Attendee", None), ("phone_numbers", "Phone", "Phone", phone),
        ("products", "Products", "Product", lambda: R.choice(PRODUCTS))]
UTYPES = [["string", "array"], ["array", "string"], ["string", "array", "null"]]
UV = ["comma", "semi", "and", "replabel", "plus", "strike", "cancel", "count", "label2", "dup", "slash", "replace",
      "extra", "bullet", "numbered", "also", "newline", "amp"]
for i in range(900):
    key, lab, slab, gen = UDOM[i % 5]
    if gen is None:
        gen = r179_nm
    ty = UTYPES[(i // 5) % 3]
    lay = (i // 15) % 2
    n = r179_nm()
    x = gen(); y = gen()
    while y == x:
        y = gen()
    sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ty, "items": {"type": "string"}}},
           "required": ["name", key], "additionalProperties": False}
    ins = "Extract the name and the %s as JSON." % key.replace("_", " ")
    def U(val, extra="", lay=lay):
        if lay == 0:
            return "%s\n\nName: %s\n%s: %s\n%s" % (ins, n, lab, val, extra)
        return "%s\n\nName: %s | %s: %s\n%s" % (ins, n, lab, val, extra)
    exp = {"name": n, key: x}
    base = U(x)
    r179_add("pair", "d179-ub-%d" % i, "r179-union", base, sch, exp, [A(exp)])
    kind = UV[(i // 30) % len(UV)]
    arg = False
    two = [x, y]
    if kind == "comma":
        v, val = U("%s, %s" % (x, y)), two
    elif kind == "semi":
        v, val = U("%s; %s" % (x, y)), two
    elif kind == "and":
        v, val = U("%s and %s" % (x, y)), two
    elif kind == "replabel":
        v, val = U(x, "%s: %s\n" % (lab, y)), two
    elif kind == "plus":
        v, val = U("%s + %s" % (x, y)), two
    elif kind == "strike":
        v, val = U("~~%s~~ %s" % (x, y)), y
    elif kind == "cancel":
        v, val = U("%s (cancelled), %s" % (x, y)), y
    elif kind == "count":
        v, val = U(x, "%s count: 2 (second: %s)\n" % (slab, y)), two; arg = True
    elif kind == "label2":
        v, val = U(x, "%s 2: %s\n" % (slab, y)), two
    elif kind == "dup":
        v, val = U("%s, %s" % (x, x)), [x, x]; arg = True
    elif kind == "slash":
        v, val = U("%s / %s" % (x, y)), two
    elif kind == "replace":
        v, val = U(y), y
    elif kind == "extra":
        v, val = U(x, "Additional %s: %s\n" % (lab.lower(), y)), two
    elif kind == "bullet":
        v, val = U(x, "- %s\n" % y), two; arg = True
    elif kind == "numbered":
        v, val = U("1) %s 2) %s" % (x, y)), two
    elif kind == "also":
        v, val = U(x, "Also: %s\n" % y), two; arg = True
    elif kind == "newline":
        v, val = U("%s,\n  %s" % (x, y)), two
    else:
        v, val = U("%s & %s" % (x, y)), two
    e2 = {"name": n, key: val}
    r179_add("pair", "d179-uv-%d" % i, "r179-union", v, sch, e2, [A(e2)], arg=arg)
    if i % 3 == 0:
        r179_add("safe", "d179-uq-%d" % i, "r179-union-safe", U(x, "\nThank you!\n"), sch, exp, [A(exp)])
    # singles: the text has two, the model answers one as a string
    if kind in ("comma", "replabel", "label2", "extra", "and", "semi"):
        e3 = {"name": n, key: two}
        r179_add("single", "d179-us-%d" % i, "r179-union-single", v, sch, e3, [A({"name": n, key: x}), A(e3)])
        r179_add("single", "d179-ut-%d" % i, "r179-union-single", v, sch, e3, [A({"name": n, key: y}), A(e3)])

# ------------------------------------------------------------ Part 11: dotted keys naming a sub-object ("shipping.city")
DROLES = [("shipping", "billing"), ("home", "work"), ("sender", "recipient"), ("delivery", "invoice")]
DSUB = [("city", lambda: R.choice(CITIES)), ("zip", zipc), ("street", street), ("phone", phone)]
for i in range(480):
    r1, r2 = DROLES[i % 4]
    sk, sg = DSUB[(i // 4) % 4]
    n = r179_nm()
    x, y = sg(), sg()
    while y == x:
        y = sg()
    key = "%s.%s" % (r1, sk)
    sch = S({"name": "string", key: "string"})
    ins = "Extract the name and the %s %s as JSON." % (r1, sk)
    L1 = "%s %s" % (r1.capitalize(), sk)
    L2 = "%s %s" % (r2.capitalize(), sk)
    base = "%s\n\nName: %s\n%s: %s\n" % (ins, n, L1, x)
    exp = {"name": n, key: x}
    r179_add("pair", "d179-xb-%d" % i, "r179-dotted", base, sch, exp, [A(exp)])
    k = (i // 16) % 6
    if k == 0:
        v = "%s\n\nName: %s\n%s: %s\n%s: %s\n" % (ins, n, L2, x, L1, y)
    elif k == 1:
        v = "%s\n\nName: %s\n%s: %s\n%s: %s\n" % (ins, n, L1, y, L2, x)
    elif k == 2:
        v = "%s\n\nName: %s\n%s:\n  %s: %s\n%s:\n  %s: %s\n" % (ins, n, r2.capitalize(), sk.capitalize(), x,
                                                         r1.capitalize(), sk.capitalize(), y)
    elif k == 3:
        v = "%s\n\nName: %s\n%s: %s (%s)\n%s: %s\n" % (ins, n, sk.capitalize(), x, r2, L1, y)
    elif k == 4:
        v = "%s\n\nName: %s\n%s.%s: %s\n%s: %s\n" % (ins, n, r2, sk, x, key, y)
    else:
        v = "%s\n\nName: %s | %s: %s | %s: %s\n" % (ins, n, L2, x, L1, y)
    e2 = {"name": n, key: y}
    r179_add("pair", "d179-xv-%d" % i, "r179-dotted", v, sch, e2, [A(e2)])
    r179_add("single", "d179-xs-%d" % i, "r179-dotted-single", v, sch, e2, [A(exp), A(e2)])


# ------------------------------------------------------------ Part 12: a second item on a line of its own after a stored one-item record
DTAGS = ["b2b", "q3", "tier-2", "2fa", "24h", "p1", "gdpr-2024", "sla-48", "x86", "v2", "rma-7", "sku-14"]
DPROD = ["USB-C cable", "A4 paper", "iPhone 15 case", "HDMI 2.1 cable", "LED bulb E27", "AAA batteries",
         "4K monitor", "Router AX3000", "SD card 64GB", "Pixel 8 charger"]
DALL = ["Vitamin B12", "Omega-3", "E102 dye", "E211 benzoate", "Retinol A1", "COX-2 inhibitors"]
WORDS = ["Also", "Plus", "Extra", "And", "Other", "Second", "Next", "Additionally", "More", "Og", "Auch", "Aussi",
         "PS", "+", "Then", "Too"]
PDOM = [("tags", "Tags", TAGS, DTAGS), ("products", "Products", PRODUCTS, DPROD), ("allergies", "Allergies", ALLERG, DALL),
        ("skills", "Skills", ["python", "welding", "sales", "french", "excel", "driving"], ["c++", "level 3 first aid", "b2 german", "iso 9001", "cpr-2", "es6"])]
for i in range(1536):
    word = WORDS[i % 16]
    key, lab, wpool, dpool = PDOM[(i // 16) % 4]
    lay = (i // 64) % 2
    st = (i // 128) % 3   # 0 union, 1 plain string, 2 union with null
    dig = (i // 384) % 2  # 0: second item has a digit, 1: a plain word
    n = r179_nm()
    x = R.choice(wpool)
    y = R.choice(dpool) if dig == 0 else R.choice([w for w in wpool if w != x])
    if st == 1:
        sch = S({"name": "string", key: "string"}, desc={key: "all of them, comma-separated"})
    else:
        ty = ["string", "array"] if st == 0 else ["string", "array", "null"]
        sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ty, "items": {"type": "string"}}},
               "required": ["name", key], "additionalProperties": False}
    ins = "Extract the name and the %s as JSON." % key
    if lay == 0:
        base = "%s\n\nName: %s\n%s: %s\n" % (ins, n, lab, x)
    else:
        base = "%s\n\nName: %s | %s: %s\n" % (ins, n, lab, x)
    exp = {"name": n, key: x}
    r179_add("pair", "d179-pb-%d" % i, "r179-second", base, sch, exp, [A(exp)])
    sep = " " if word == "+" else ": "
    v = base + "%s%s%s\n" % (word, sep, y)
    val = "%s, %s" % (x, y) if st == 1 else [x, y]
    e2 = {"name": n, key: val}
    arg = word in ("Other", "Next", "Then", "PS", "Second")
    r179_add("pair", "d179-pv-%d" % i, "r179-second", v, sch, e2, [A(e2)], arg=arg)
    r179_add("single", "d179-ps-%d" % i, "r179-second-single", v, sch, e2, [A(exp), A(e2)], arg=arg)


# ------------------------------------------------------------ Part 13: the edges of part 12's hole: a short code as the second item
CODES = ["x86", "b2b", "q3", "p1", "es6", "a4", "b12", "k8s", "s3", "e10", "c64", "ps5", "mp3", "h2o", "u2", "r2d2",
         "B2B", "Q4", "X11", "P2"]
CWORDS = [("Also", 1), ("And", 1), ("Extra", 1), ("Og", 1), ("Auch", 1), ("Too", 1), ("Additionally", 1),
          ("Tag 2", 0), ("Second tag", 0), ("Another tag", 0), ("Also tagged", 0), ("Additional tag", 0), ("Tags (cont.)", 0),
          ("Skill 2", 0), ("Also skilled in", 0), ("Second skill", 0)]
CDOM = [("tags", "Tags", "tag", TAGS), ("skills", "Skills", "skill", ["python", "welding", "sales", "french", "excel", "driving"]),
        ("products", "Products", "product", PRODUCTS), ("allergies", "Allergies", "allergy", ALLERG),
        ("languages", "Languages", "language", ["Norwegian", "English", "German", "French", "Spanish", "Polish"])]
for i in range(2000):
    key, lab, sing, pool = CDOM[i % 5]
    w, argw = CWORDS[(i // 5) % len(CWORDS)]
    w = w.replace("tag", sing).replace("Tag", sing.capitalize()).replace("Skill", sing.capitalize()).replace("skill", sing)
    y = CODES[(i // 80) % len(CODES)]
    lay = (i // 1600) % 2 if i < 1600 else 1
    n = r179_nm()
    x = R.choice(pool)
    sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ["string", "array"], "items": {"type": "string"}}},
           "required": ["name", key], "additionalProperties": False}
    ins = "Extract the name and the %s as JSON." % key
    if i % 4 == 3:
        base = "%s\n\nName: %s | %s: %s\n" % (ins, n, lab, x)
        v = base.rstrip("\n") + " | %s: %s\n" % (w, y)
    else:
        base = "%s\n\nName: %s\n%s: %s\n" % (ins, n, lab, x)
        v = base + "%s: %s\n" % (w, y)
    exp = {"name": n, key: x}
    e2 = {"name": n, key: [x, y]}
    r179_add("pair", "d179-cb2-%d" % i, "r179-code2", base, sch, exp, [A(exp)])
    r179_add("pair", "d179-cv2-%d" % i, "r179-code2", v, sch, e2, [A(e2)], arg=bool(argw))
    n2 = r179_nm()
    t = v.replace(n, n2)
    e3 = {"name": n2, key: [x, y]}
    r179_add("single", "d179-cs2-%d" % i, "r179-code2-single", t, sch, e3, [A({"name": n2, key: x}), A(e3)], arg=bool(argw))


# ------------------------------------------------------------ Part 14: the second item under a label that names the member by a verb
VLAB = {"tags": ["Also tagged", "Tagged also", "Additionally tagged", "Also labelled", "Further tagged"],
        "allergies": ["Also allergic to", "Allergic also to", "Further allergic to", "Also reacts to", "Additionally allergic to"],
        "languages": ["Also speaks", "Speaks also", "Additionally speaks", "Also fluent in", "Further speaks"],
        "products": ["Also ordered", "Ordered also", "Additionally ordered", "Also bought", "Further ordered"],
        "skills": ["Also skilled in", "Also knows", "Additionally skilled in", "Also trained in", "Further skilled in"]}
for i in range(500):
    key, lab, sing, pool = CDOM[i % 5]
    w = VLAB[key][(i // 5) % 5]
    y = CODES[(i // 25) % len(CODES)]
    n = r179_nm()
    x = R.choice(pool)
    sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ["string", "array"], "items": {"type": "string"}}},
           "required": ["name", key], "additionalProperties": False}
    ins = "Extract the name and the %s as JSON." % key
    base = "%s\n\nName: %s\n%s: %s\n" % (ins, n, lab, x)
    v = base + "%s: %s\n" % (w, y)
    exp = {"name": n, key: x}
    e2 = {"name": n, key: [x, y]}
    r179_add("pair", "d179-gb-%d" % i, "r179-verb2", base, sch, exp, [A(exp)])
    r179_add("pair", "d179-gv-%d" % i, "r179-verb2", v, sch, e2, [A(e2)])
    n2 = r179_nm()
    e3 = {"name": n2, key: [x, y]}
    r179_add("single", "d179-gs-%d" % i, "r179-verb2-single", v.replace(n, n2), sch, e3, [A({"name": n2, key: x}), A(e3)])


# ------------------------------------------------------------ Part 15: part 14's labels with a plain word (no digit) as the second item
for i in range(250):
    key, lab, sing, pool = CDOM[i % 5]
    w = VLAB[key][(i // 5) % 5]
    n = r179_nm()
    x, y = R.sample(pool, 2)
    sch = {"type": "object", "properties": {"name": {"type": "string"}, key: {"type": ["string", "array"], "items": {"type": "string"}}},
           "required": ["name", key], "additionalProperties": False}
    ins = "Extract the name and the %s as JSON." % key
    base = "%s\n\nName: %s\n%s: %s\n" % (ins, n, lab, x)
    v = base + "%s: %s\n" % (w, y)
    exp = {"name": n, key: x}
    e2 = {"name": n, key: [x, y]}
    r179_add("pair", "d179-fb-%d" % i, "r179-verbword", base, sch, exp, [A(exp)])
    r179_add("pair", "d179-fv-%d" % i, "r179-verbword", v, sch, e2, [A(e2)])

r179_found_alone = {
    'd179-cs2-0', 'd179-cs2-1', 'd179-cs2-10', 'd179-cs2-100', 'd179-cs2-101', 'd179-cs2-1010',
    'd179-cs2-1012', 'd179-cs2-1013', 'd179-cs2-1014', 'd179-cs2-102', 'd179-cs2-1030', 'd179-cs2-1032',
    'd179-cs2-1033', 'd179-cs2-1034', 'd179-cs2-104', 'd179-cs2-1040', 'd179-cs2-1041', 'd179-cs2-1042',
    'd179-cs2-1044', 'd179-cs2-1045', 'd179-cs2-1046', 'd179-cs2-1048', 'd179-cs2-1049', 'd179-cs2-105',
    'd179-cs2-1050', 'd179-cs2-1052', 'd179-cs2-1053', 'd179-cs2-1054', 'd179-cs2-1056', 'd179-cs2-1057',
    'd179-cs2-1058', 'd179-cs2-106', 'd179-cs2-1060', 'd179-cs2-1061', 'd179-cs2-1062', 'd179-cs2-1064',
    'd179-cs2-1065', 'd179-cs2-1066', 'd179-cs2-1068', 'd179-cs2-1069', 'd179-cs2-1072', 'd179-cs2-1073',
    'd179-cs2-1074', 'd179-cs2-108', 'd179-cs2-109', 'd179-cs2-1090', 'd179-cs2-1092', 'd179-cs2-1093',
    'd179-cs2-1094', 'd179-cs2-110', 'd179-cs2-1110', 'd179-cs2-1112', 'd179-cs2-1113', 'd179-cs2-1114',
    'd179-cs2-112', 'd179-cs2-1120', 'd179-cs2-1121', 'd179-cs2-1122', 'd179-cs2-1124', 'd179-cs2-1125',
    'd179-cs2-1126', 'd179-cs2-1128', 'd179-cs2-1129', 'd179-cs2-113', 'd179-cs2-1130', 'd179-cs2-1132',
    'd179-cs2-1133', 'd179-cs2-1134', 'd179-cs2-1136', 'd179-cs2-1137', 'd179-cs2-1138', 'd179-cs2-114',
    'd179-cs2-1140', 'd179-cs2-1141', 'd179-cs2-1142', 'd179-cs2-1144', 'd179-cs2-1145', 'd179-cs2-1146',
    'd179-cs2-1148', 'd179-cs2-1149', 'd179-cs2-1150', 'd179-cs2-1152', 'd179-cs2-1153', 'd179-cs2-1154',
    'd179-cs2-1170', 'd179-cs2-1172', 'd179-cs2-1173', 'd179-cs2-1174', 'd179-cs2-1190', 'd179-cs2-1192',
    'd179-cs2-1193', 'd179-cs2-1194', 'd179-cs2-12', 'd179-cs2-1200', 'd179-cs2-1201', 'd179-cs2-1202',
    'd179-cs2-1204', 'd179-cs2-1205', 'd179-cs2-1206', 'd179-cs2-1208', 'd179-cs2-1209', 'd179-cs2-1210',
    'd179-cs2-1212', 'd179-cs2-1213', 'd179-cs2-1214', 'd179-cs2-1216', 'd179-cs2-1217', 'd179-cs2-1218',
    'd179-cs2-1221', 'd179-cs2-1222', 'd179-cs2-1224', 'd179-cs2-1225', 'd179-cs2-1226', 'd179-cs2-1228',
    'd179-cs2-1229', 'd179-cs2-1230', 'd179-cs2-1232', 'd179-cs2-1233', 'd179-cs2-1234', 'd179-cs2-1250',
    'd179-cs2-1252', 'd179-cs2-1253', 'd179-cs2-1254', 'd179-cs2-1270', 'd179-cs2-1272', 'd179-cs2-1273',
    'd179-cs2-1274', 'd179-cs2-1280', 'd179-cs2-1281', 'd179-cs2-1282', 'd179-cs2-1284', 'd179-cs2-1285',
    'd179-cs2-1286', 'd179-cs2-1288', 'd179-cs2-1289', 'd179-cs2-1290', 'd179-cs2-1292', 'd179-cs2-1293',
    'd179-cs2-1294', 'd179-cs2-1296', 'd179-cs2-1297', 'd179-cs2-1298', 'd179-cs2-13', 'd179-cs2-130',
    'd179-cs2-1300', 'd179-cs2-1302', 'd179-cs2-1304', 'd179-cs2-1305', 'd179-cs2-1306', 'd179-cs2-1308',
    'd179-cs2-1309', 'd179-cs2-1310', 'd179-cs2-1312', 'd179-cs2-1313', 'd179-cs2-1314', 'd179-cs2-132',
    'd179-cs2-133', 'd179-cs2-1330', 'd179-cs2-1332', 'd179-cs2-1333', 'd179-cs2-1334', 'd179-cs2-134',
    'd179-cs2-1350', 'd179-cs2-1352', 'd179-cs2-1353', 'd179-cs2-1354', 'd179-cs2-1356', 'd179-cs2-1360',
    'd179-cs2-1361', 'd179-cs2-1362', 'd179-cs2-1364', 'd179-cs2-1365', 'd179-cs2-1366', 'd179-cs2-1368',
    'd179-cs2-1369', 'd179-cs2-1370', 'd179-cs2-1372', 'd179-cs2-1373', 'd179-cs2-1374', 'd179-cs2-1376',
    'd179-cs2-1377', 'd179-cs2-1378', 'd179-cs2-1380', 'd179-cs2-1381', 'd179-cs2-1382', 'd179-cs2-1384',
    'd179-cs2-1385', 'd179-cs2-1386', 'd179-cs2-1388', 'd179-cs2-1389', 'd179-cs2-1390', 'd179-cs2-1392',
    'd179-cs2-1393', 'd179-cs2-1394', 'd179-cs2-14', 'd179-cs2-1410', 'd179-cs2-1412', 'd179-cs2-1413',
    'd179-cs2-1414', 'd179-cs2-1430', 'd179-cs2-1432', 'd179-cs2-1433', 'd179-cs2-1434', 'd179-cs2-1440',
    'd179-cs2-1441', 'd179-cs2-1442', 'd179-cs2-1444', 'd179-cs2-1445', 'd179-cs2-1446', 'd179-cs2-1448',
    'd179-cs2-1449', 'd179-cs2-1450', 'd179-cs2-1452', 'd179-cs2-1453', 'd179-cs2-1454', 'd179-cs2-1456',
    'd179-cs2-1457', 'd179-cs2-1458', 'd179-cs2-1460', 'd179-cs2-1461', 'd179-cs2-1462', 'd179-cs2-1464',
    'd179-cs2-1465', 'd179-cs2-1466', 'd179-cs2-1468', 'd179-cs2-1469', 'd179-cs2-1470', 'd179-cs2-1472',
    'd179-cs2-1473', 'd179-cs2-1474', 'd179-cs2-1490', 'd179-cs2-1492', 'd179-cs2-1493', 'd179-cs2-1494',
    'd179-cs2-1510', 'd179-cs2-1512', 'd179-cs2-1513', 'd179-cs2-1514', 'd179-cs2-152', 'd179-cs2-1520',
    'd179-cs2-1521', 'd179-cs2-1522', 'd179-cs2-1524', 'd179-cs2-1525', 'd179-cs2-1526', 'd179-cs2-1528',
    'd179-cs2-1529', 'd179-cs2-153', 'd179-cs2-1530', 'd179-cs2-1532', 'd179-cs2-1533', 'd179-cs2-1534',
    'd179-cs2-1536', 'd179-cs2-1537', 'd179-cs2-1538', 'd179-cs2-154', 'd179-cs2-1540', 'd179-cs2-1541',
    'd179-cs2-1542', 'd179-cs2-1544', 'd179-cs2-1545', 'd179-cs2-1546', 'd179-cs2-1548', 'd179-cs2-1549',
    'd179-cs2-1550', 'd179-cs2-1552', 'd179-cs2-1553', 'd179-cs2-1554', 'd179-cs2-1570', 'd179-cs2-1572',
    'd179-cs2-1573', 'd179-cs2-1574', 'd179-cs2-1590', 'd179-cs2-1592', 'd179-cs2-1593', 'd179-cs2-1594',
    'd179-cs2-16', 'd179-cs2-160', 'd179-cs2-1600', 'd179-cs2-1601', 'd179-cs2-1602', 'd179-cs2-1604',
    'd179-cs2-1605', 'd179-cs2-1606', 'd179-cs2-1608', 'd179-cs2-1609', 'd179-cs2-161', 'd179-cs2-1612',
    'd179-cs2-1613', 'd179-cs2-1614', 'd179-cs2-1616', 'd179-cs2-1617', 'd179-cs2-1618', 'd179-cs2-162',
    'd179-cs2-1620', 'd179-cs2-1621', 'd179-cs2-1622', 'd179-cs2-1624', 'd179-cs2-1626', 'd179-cs2-1628',
    'd179-cs2-1629', 'd179-cs2-1630', 'd179-cs2-1632', 'd179-cs2-1633', 'd179-cs2-1634', 'd179-cs2-164',
    'd179-cs2-1641', 'd179-cs2-1642', 'd179-cs2-165', 'd179-cs2-1650', 'd179-cs2-1652', 'd179-cs2-1653',
    'd179-cs2-1654', 'd179-cs2-166', 'd179-cs2-1670', 'd179-cs2-1672', 'd179-cs2-1673', 'd179-cs2-1674',
    'd179-cs2-1676', 'd179-cs2-1677', 'd179-cs2-168', 'd179-cs2-1680', 'd179-cs2-1681', 'd179-cs2-1682',
    'd179-cs2-1684', 'd179-cs2-1685', 'd179-cs2-1686', 'd179-cs2-1688', 'd179-cs2-1689', 'd179-cs2-169',
    'd179-cs2-1690', 'd179-cs2-1692', 'd179-cs2-1693', 'd179-cs2-1694', 'd179-cs2-1696', 'd179-cs2-1697',
    'd179-cs2-1698', 'd179-cs2-17', 'd179-cs2-170', 'd179-cs2-1700', 'd179-cs2-1701', 'd179-cs2-1702',
    'd179-cs2-1704', 'd179-cs2-1705', 'd179-cs2-1706', 'd179-cs2-1708', 'd179-cs2-1709', 'd179-cs2-1710',
    'd179-cs2-1712', 'd179-cs2-1713', 'd179-cs2-1714', 'd179-cs2-172', 'd179-cs2-1720', 'd179-cs2-1724',
    'd179-cs2-173', 'd179-cs2-1730', 'd179-cs2-1732', 'd179-cs2-1733', 'd179-cs2-1734', 'd179-cs2-174',
    'd179-cs2-1750', 'd179-cs2-1752', 'd179-cs2-1753', 'd179-cs2-1754', 'd179-cs2-1759', 'd179-cs2-176',
    'd179-cs2-1760', 'd179-cs2-1761', 'd179-cs2-1762', 'd179-cs2-1764', 'd179-cs2-1765', 'd179-cs2-1766',
    'd179-cs2-1768', 'd179-cs2-1769', 'd179-cs2-177', 'd179-cs2-1770', 'd179-cs2-1772', 'd179-cs2-1773',
    'd179-cs2-1774', 'd179-cs2-1776', 'd179-cs2-1777', 'd179-cs2-1778', 'd179-cs2-178', 'd179-cs2-1780',
    'd179-cs2-1781', 'd179-cs2-1782', 'd179-cs2-1784', 'd179-cs2-1785', 'd179-cs2-1786', 'd179-cs2-1788',
    'd179-cs2-1789', 'd179-cs2-1790', 'd179-cs2-1792', 'd179-cs2-1793', 'd179-cs2-1794', 'd179-cs2-18',
    'd179-cs2-180', 'd179-cs2-1802', 'd179-cs2-181', 'd179-cs2-1810', 'd179-cs2-1812', 'd179-cs2-1813',
    'd179-cs2-1814', 'd179-cs2-182', 'd179-cs2-1830', 'd179-cs2-1832', 'd179-cs2-1833', 'd179-cs2-1834',
    'd179-cs2-1837', 'd179-cs2-184', 'd179-cs2-1840', 'd179-cs2-1841', 'd179-cs2-1842', 'd179-cs2-1844',
    'd179-cs2-1845', 'd179-cs2-1846', 'd179-cs2-1848', 'd179-cs2-1849', 'd179-cs2-185', 'd179-cs2-1850',
    'd179-cs2-1852', 'd179-cs2-1853', 'd179-cs2-1854', 'd179-cs2-1856', 'd179-cs2-1857', 'd179-cs2-1858',
    'd179-cs2-186', 'd179-cs2-1860', 'd179-cs2-1861', 'd179-cs2-1862', 'd179-cs2-1864', 'd179-cs2-1865',
    'd179-cs2-1866', 'd179-cs2-1868', 'd179-cs2-1869', 'd179-cs2-1870', 'd179-cs2-1872', 'd179-cs2-1873',
    'd179-cs2-1874', 'd179-cs2-188', 'd179-cs2-189', 'd179-cs2-1890', 'd179-cs2-1892', 'd179-cs2-1893',
    'd179-cs2-1894', 'd179-cs2-190', 'd179-cs2-1910', 'd179-cs2-1912', 'd179-cs2-1913', 'd179-cs2-1914',
    'd179-cs2-192', 'd179-cs2-1920', 'd179-cs2-1921', 'd179-cs2-1922', 'd179-cs2-1924', 'd179-cs2-1925',
    'd179-cs2-1926', 'd179-cs2-1928', 'd179-cs2-1929', 'd179-cs2-193', 'd179-cs2-1930', 'd179-cs2-1932',
    'd179-cs2-1933', 'd179-cs2-1934', 'd179-cs2-1936', 'd179-cs2-1937', 'd179-cs2-1938', 'd179-cs2-194',
    'd179-cs2-1940', 'd179-cs2-1941', 'd179-cs2-1942', 'd179-cs2-1944', 'd179-cs2-1945', 'd179-cs2-1946',
    'd179-cs2-1948', 'd179-cs2-1949', 'd179-cs2-1950', 'd179-cs2-1952', 'd179-cs2-1953', 'd179-cs2-1954',
    'd179-cs2-1970', 'd179-cs2-1972', 'd179-cs2-1973', 'd179-cs2-1974', 'd179-cs2-1990', 'd179-cs2-1992',
    'd179-cs2-1993', 'd179-cs2-1994', 'd179-cs2-2', 'd179-cs2-20', 'd179-cs2-21', 'd179-cs2-210',
    'd179-cs2-212', 'd179-cs2-213', 'd179-cs2-214', 'd179-cs2-22', 'd179-cs2-230', 'd179-cs2-232',
    'd179-cs2-233', 'd179-cs2-234', 'd179-cs2-237', 'd179-cs2-24', 'd179-cs2-240', 'd179-cs2-241',
    'd179-cs2-242', 'd179-cs2-244', 'd179-cs2-245', 'd179-cs2-246', 'd179-cs2-248', 'd179-cs2-249',
    'd179-cs2-25', 'd179-cs2-250', 'd179-cs2-252', 'd179-cs2-254', 'd179-cs2-256', 'd179-cs2-257',
    'd179-cs2-258', 'd179-cs2-26', 'd179-cs2-260', 'd179-cs2-261', 'd179-cs2-262', 'd179-cs2-264',
    'd179-cs2-265', 'd179-cs2-266', 'd179-cs2-268', 'd179-cs2-269', 'd179-cs2-270', 'd179-cs2-272',
    'd179-cs2-273', 'd179-cs2-274', 'd179-cs2-28', 'd179-cs2-29', 'd179-cs2-290', 'd179-cs2-292',
    'd179-cs2-293', 'd179-cs2-294', 'd179-cs2-30', 'd179-cs2-310', 'd179-cs2-312', 'd179-cs2-313',
    'd179-cs2-314', 'd179-cs2-32', 'd179-cs2-320', 'd179-cs2-321', 'd179-cs2-322', 'd179-cs2-324',
    'd179-cs2-325', 'd179-cs2-326', 'd179-cs2-328', 'd179-cs2-329', 'd179-cs2-33', 'd179-cs2-330',
    'd179-cs2-332', 'd179-cs2-333', 'd179-cs2-334', 'd179-cs2-336', 'd179-cs2-337', 'd179-cs2-338',
    'd179-cs2-34', 'd179-cs2-340', 'd179-cs2-341', 'd179-cs2-342', 'd179-cs2-344', 'd179-cs2-345',
    'd179-cs2-346', 'd179-cs2-348', 'd179-cs2-349', 'd179-cs2-350', 'd179-cs2-352', 'd179-cs2-353',
    'd179-cs2-354', 'd179-cs2-370', 'd179-cs2-372', 'd179-cs2-373', 'd179-cs2-374', 'd179-cs2-390',
    'd179-cs2-392', 'd179-cs2-393', 'd179-cs2-394', 'd179-cs2-4', 'd179-cs2-401', 'd179-cs2-402',
    'd179-cs2-404', 'd179-cs2-405', 'd179-cs2-406', 'd179-cs2-408', 'd179-cs2-409', 'd179-cs2-410',
    'd179-cs2-412', 'd179-cs2-413', 'd179-cs2-414', 'd179-cs2-416', 'd179-cs2-417', 'd179-cs2-418',
    'd179-cs2-420', 'd179-cs2-421', 'd179-cs2-422', 'd179-cs2-424', 'd179-cs2-425', 'd179-cs2-426',
    'd179-cs2-428', 'd179-cs2-429', 'd179-cs2-430', 'd179-cs2-432', 'd179-cs2-433', 'd179-cs2-434',
    'd179-cs2-450', 'd179-cs2-452', 'd179-cs2-453', 'd179-cs2-454', 'd179-cs2-470', 'd179-cs2-472',
    'd179-cs2-473', 'd179-cs2-474', 'd179-cs2-480', 'd179-cs2-481', 'd179-cs2-482', 'd179-cs2-484',
    'd179-cs2-486', 'd179-cs2-488', 'd179-cs2-489', 'd179-cs2-490', 'd179-cs2-492', 'd179-cs2-493',
    'd179-cs2-494', 'd179-cs2-496', 'd179-cs2-497', 'd179-cs2-498', 'd179-cs2-5', 'd179-cs2-50',
    'd179-cs2-500', 'd179-cs2-501', 'd179-cs2-502', 'd179-cs2-504', 'd179-cs2-505', 'd179-cs2-506',
    'd179-cs2-508', 'd179-cs2-509', 'd179-cs2-510', 'd179-cs2-512', 'd179-cs2-513', 'd179-cs2-514',
    'd179-cs2-52', 'd179-cs2-53', 'd179-cs2-530', 'd179-cs2-532', 'd179-cs2-533', 'd179-cs2-534',
    'd179-cs2-54', 'd179-cs2-550', 'd179-cs2-552', 'd179-cs2-553', 'd179-cs2-554', 'd179-cs2-560',
    'd179-cs2-561', 'd179-cs2-562', 'd179-cs2-564', 'd179-cs2-565', 'd179-cs2-566', 'd179-cs2-568',
    'd179-cs2-569', 'd179-cs2-570', 'd179-cs2-572', 'd179-cs2-573', 'd179-cs2-574', 'd179-cs2-576',
    'd179-cs2-577', 'd179-cs2-578', 'd179-cs2-580', 'd179-cs2-581', 'd179-cs2-582', 'd179-cs2-584',
    'd179-cs2-585', 'd179-cs2-586', 'd179-cs2-588', 'd179-cs2-589', 'd179-cs2-590', 'd179-cs2-592',
    'd179-cs2-593', 'd179-cs2-594', 'd179-cs2-6', 'd179-cs2-610', 'd179-cs2-612', 'd179-cs2-613',
    'd179-cs2-614', 'd179-cs2-630', 'd179-cs2-632', 'd179-cs2-633', 'd179-cs2-634', 'd179-cs2-640',
    'd179-cs2-641', 'd179-cs2-642', 'd179-cs2-644', 'd179-cs2-645', 'd179-cs2-646', 'd179-cs2-648',
    'd179-cs2-649', 'd179-cs2-650', 'd179-cs2-652', 'd179-cs2-653', 'd179-cs2-654', 'd179-cs2-656',
    'd179-cs2-657', 'd179-cs2-658', 'd179-cs2-660', 'd179-cs2-661', 'd179-cs2-664', 'd179-cs2-665',
    'd179-cs2-666', 'd179-cs2-668', 'd179-cs2-669', 'd179-cs2-670', 'd179-cs2-672', 'd179-cs2-673',
    'd179-cs2-674', 'd179-cs2-690', 'd179-cs2-692', 'd179-cs2-693', 'd179-cs2-694', 'd179-cs2-70',
    'd179-cs2-712', 'd179-cs2-713', 'd179-cs2-714', 'd179-cs2-72', 'd179-cs2-720', 'd179-cs2-721',
    'd179-cs2-722', 'd179-cs2-724', 'd179-cs2-725', 'd179-cs2-726', 'd179-cs2-728', 'd179-cs2-729',
    'd179-cs2-73', 'd179-cs2-730', 'd179-cs2-732', 'd179-cs2-733', 'd179-cs2-734', 'd179-cs2-736',
    'd179-cs2-737', 'd179-cs2-738', 'd179-cs2-74', 'd179-cs2-740', 'd179-cs2-741', 'd179-cs2-742',
    'd179-cs2-744', 'd179-cs2-745', 'd179-cs2-746', 'd179-cs2-748', 'd179-cs2-749', 'd179-cs2-750',
    'd179-cs2-752', 'd179-cs2-753', 'd179-cs2-754', 'd179-cs2-76', 'd179-cs2-772', 'd179-cs2-773',
    'd179-cs2-774', 'd179-cs2-790', 'd179-cs2-792', 'd179-cs2-793', 'd179-cs2-794', 'd179-cs2-8',
    'd179-cs2-80', 'd179-cs2-800', 'd179-cs2-801', 'd179-cs2-802', 'd179-cs2-804', 'd179-cs2-805',
    'd179-cs2-806', 'd179-cs2-808', 'd179-cs2-809', 'd179-cs2-81', 'd179-cs2-810', 'd179-cs2-812',
    'd179-cs2-813', 'd179-cs2-814', 'd179-cs2-816', 'd179-cs2-817', 'd179-cs2-818', 'd179-cs2-82',
    'd179-cs2-820', 'd179-cs2-821', 'd179-cs2-822', 'd179-cs2-824', 'd179-cs2-825', 'd179-cs2-826',
    'd179-cs2-828', 'd179-cs2-829', 'd179-cs2-830', 'd179-cs2-832', 'd179-cs2-833', 'd179-cs2-834',
    'd179-cs2-84', 'd179-cs2-85', 'd179-cs2-850', 'd179-cs2-852', 'd179-cs2-853', 'd179-cs2-854',
    'd179-cs2-86', 'd179-cs2-870', 'd179-cs2-872', 'd179-cs2-873', 'd179-cs2-874', 'd179-cs2-88',
    'd179-cs2-880', 'd179-cs2-881', 'd179-cs2-882', 'd179-cs2-884', 'd179-cs2-885', 'd179-cs2-886',
    'd179-cs2-888', 'd179-cs2-889', 'd179-cs2-89', 'd179-cs2-890', 'd179-cs2-892', 'd179-cs2-893',
    'd179-cs2-894', 'd179-cs2-896', 'd179-cs2-897', 'd179-cs2-898', 'd179-cs2-9', 'd179-cs2-90',
    'd179-cs2-900', 'd179-cs2-901', 'd179-cs2-902', 'd179-cs2-904', 'd179-cs2-905', 'd179-cs2-906',
    'd179-cs2-908', 'd179-cs2-909', 'd179-cs2-910', 'd179-cs2-912', 'd179-cs2-913', 'd179-cs2-914',
    'd179-cs2-92', 'd179-cs2-93', 'd179-cs2-930', 'd179-cs2-932', 'd179-cs2-933', 'd179-cs2-934',
    'd179-cs2-94', 'd179-cs2-950', 'd179-cs2-952', 'd179-cs2-953', 'd179-cs2-954', 'd179-cs2-96',
    'd179-cs2-960', 'd179-cs2-961', 'd179-cs2-962', 'd179-cs2-964', 'd179-cs2-965', 'd179-cs2-966',
    'd179-cs2-968', 'd179-cs2-969', 'd179-cs2-97', 'd179-cs2-970', 'd179-cs2-972', 'd179-cs2-973',
    'd179-cs2-974', 'd179-cs2-976', 'd179-cs2-977', 'd179-cs2-978', 'd179-cs2-98', 'd179-cs2-980',
    'd179-cs2-981', 'd179-cs2-982', 'd179-cs2-984', 'd179-cs2-985', 'd179-cs2-986', 'd179-cs2-988',
    'd179-cs2-989', 'd179-cs2-990', 'd179-cs2-992', 'd179-cs2-993', 'd179-cs2-994', 'd179-cv2-0',
    'd179-cv2-1', 'd179-cv2-10', 'd179-cv2-100', 'd179-cv2-101', 'd179-cv2-1010', 'd179-cv2-1012',
    'd179-cv2-1013', 'd179-cv2-1014', 'd179-cv2-102', 'd179-cv2-1030', 'd179-cv2-1032', 'd179-cv2-1033',
    'd179-cv2-1034', 'd179-cv2-104', 'd179-cv2-1040', 'd179-cv2-1041', 'd179-cv2-1042', 'd179-cv2-1044',
    'd179-cv2-1045', 'd179-cv2-1046', 'd179-cv2-1048', 'd179-cv2-1049', 'd179-cv2-105', 'd179-cv2-1050',
    'd179-cv2-1052', 'd179-cv2-1053', 'd179-cv2-1054', 'd179-cv2-1056', 'd179-cv2-1057', 'd179-cv2-1058',
    'd179-cv2-106', 'd179-cv2-1060', 'd179-cv2-1061', 'd179-cv2-1062', 'd179-cv2-1064', 'd179-cv2-1065',
    'd179-cv2-1066', 'd179-cv2-1068', 'd179-cv2-1069', 'd179-cv2-1072', 'd179-cv2-1073', 'd179-cv2-1074',
    'd179-cv2-108', 'd179-cv2-109', 'd179-cv2-1090', 'd179-cv2-1092', 'd179-cv2-1093', 'd179-cv2-1094',
    'd179-cv2-110', 'd179-cv2-1110', 'd179-cv2-1112', 'd179-cv2-1113', 'd179-cv2-1114', 'd179-cv2-112',
    'd179-cv2-1120', 'd179-cv2-1121', 'd179-cv2-1122', 'd179-cv2-1124', 'd179-cv2-1125', 'd179-cv2-1126',
    'd179-cv2-1128', 'd179-cv2-1129', 'd179-cv2-113', 'd179-cv2-1130', 'd179-cv2-1132', 'd179-cv2-1133',
    'd179-cv2-1134', 'd179-cv2-1136', 'd179-cv2-1137', 'd179-cv2-1138', 'd179-cv2-114', 'd179-cv2-1140',
    'd179-cv2-1141', 'd179-cv2-1142', 'd179-cv2-1144', 'd179-cv2-1145', 'd179-cv2-1146', 'd179-cv2-1148',
    'd179-cv2-1149', 'd179-cv2-1150', 'd179-cv2-1152', 'd179-cv2-1153', 'd179-cv2-1154', 'd179-cv2-1170',
    'd179-cv2-1172', 'd179-cv2-1173', 'd179-cv2-1174', 'd179-cv2-1190', 'd179-cv2-1192', 'd179-cv2-1193',
    'd179-cv2-1194', 'd179-cv2-12', 'd179-cv2-1200', 'd179-cv2-1201', 'd179-cv2-1202', 'd179-cv2-1204',
    'd179-cv2-1205', 'd179-cv2-1206', 'd179-cv2-1208', 'd179-cv2-1209', 'd179-cv2-1210', 'd179-cv2-1212',
    'd179-cv2-1213', 'd179-cv2-1214', 'd179-cv2-1216', 'd179-cv2-1217', 'd179-cv2-1218', 'd179-cv2-1221',
    'd179-cv2-1222', 'd179-cv2-1224', 'd179-cv2-1225', 'd179-cv2-1226', 'd179-cv2-1228', 'd179-cv2-1229',
    'd179-cv2-1230', 'd179-cv2-1232', 'd179-cv2-1233', 'd179-cv2-1234', 'd179-cv2-1250', 'd179-cv2-1252',
    'd179-cv2-1253', 'd179-cv2-1254', 'd179-cv2-1270', 'd179-cv2-1272', 'd179-cv2-1273', 'd179-cv2-1274',
    'd179-cv2-1280', 'd179-cv2-1281', 'd179-cv2-1282', 'd179-cv2-1284', 'd179-cv2-1285', 'd179-cv2-1286',
    'd179-cv2-1288', 'd179-cv2-1289', 'd179-cv2-1290', 'd179-cv2-1292', 'd179-cv2-1293', 'd179-cv2-1294',
    'd179-cv2-1296', 'd179-cv2-1297', 'd179-cv2-1298', 'd179-cv2-13', 'd179-cv2-130', 'd179-cv2-1300',
    'd179-cv2-1301', 'd179-cv2-1302', 'd179-cv2-1304', 'd179-cv2-1305', 'd179-cv2-1306', 'd179-cv2-1308',
    'd179-cv2-1309', 'd179-cv2-1310', 'd179-cv2-1312', 'd179-cv2-1313', 'd179-cv2-1314', 'd179-cv2-132',
    'd179-cv2-133', 'd179-cv2-1330', 'd179-cv2-1332', 'd179-cv2-1333', 'd179-cv2-1334', 'd179-cv2-134',
    'd179-cv2-1350', 'd179-cv2-1352', 'd179-cv2-1353', 'd179-cv2-1354', 'd179-cv2-1356', 'd179-cv2-1360',
    'd179-cv2-1361', 'd179-cv2-1362', 'd179-cv2-1364', 'd179-cv2-1365', 'd179-cv2-1366', 'd179-cv2-1368',
    'd179-cv2-1369', 'd179-cv2-1370', 'd179-cv2-1372', 'd179-cv2-1373', 'd179-cv2-1374', 'd179-cv2-1376',
    'd179-cv2-1377', 'd179-cv2-1378', 'd179-cv2-1380', 'd179-cv2-1381', 'd179-cv2-1382', 'd179-cv2-1384',
    'd179-cv2-1385', 'd179-cv2-1386', 'd179-cv2-1388', 'd179-cv2-1389', 'd179-cv2-1390', 'd179-cv2-1392',
    'd179-cv2-1393', 'd179-cv2-1394', 'd179-cv2-14', 'd179-cv2-1410', 'd179-cv2-1412', 'd179-cv2-1413',
    'd179-cv2-1414', 'd179-cv2-1430', 'd179-cv2-1432', 'd179-cv2-1433', 'd179-cv2-1434', 'd179-cv2-1440',
    'd179-cv2-1441', 'd179-cv2-1442', 'd179-cv2-1444', 'd179-cv2-1445', 'd179-cv2-1446', 'd179-cv2-1448',
    'd179-cv2-1449', 'd179-cv2-1450', 'd179-cv2-1452', 'd179-cv2-1453', 'd179-cv2-1454', 'd179-cv2-1456',
    'd179-cv2-1457', 'd179-cv2-1458', 'd179-cv2-1460', 'd179-cv2-1461', 'd179-cv2-1462', 'd179-cv2-1464',
    'd179-cv2-1465', 'd179-cv2-1466', 'd179-cv2-1468', 'd179-cv2-1469', 'd179-cv2-1470', 'd179-cv2-1472',
    'd179-cv2-1473', 'd179-cv2-1474', 'd179-cv2-1490', 'd179-cv2-1492', 'd179-cv2-1493', 'd179-cv2-1494',
    'd179-cv2-1510', 'd179-cv2-1512', 'd179-cv2-1513', 'd179-cv2-1514', 'd179-cv2-152', 'd179-cv2-1520',
    'd179-cv2-1521', 'd179-cv2-1522', 'd179-cv2-1524', 'd179-cv2-1525', 'd179-cv2-1526', 'd179-cv2-1528',
    'd179-cv2-1529', 'd179-cv2-153', 'd179-cv2-1530', 'd179-cv2-1532', 'd179-cv2-1533', 'd179-cv2-1534',
    'd179-cv2-1536', 'd179-cv2-1537', 'd179-cv2-1538', 'd179-cv2-154', 'd179-cv2-1540', 'd179-cv2-1541',
    'd179-cv2-1542', 'd179-cv2-1544', 'd179-cv2-1545', 'd179-cv2-1546', 'd179-cv2-1548', 'd179-cv2-1549',
    'd179-cv2-1550', 'd179-cv2-1552', 'd179-cv2-1553', 'd179-cv2-1554', 'd179-cv2-1570', 'd179-cv2-1572',
    'd179-cv2-1573', 'd179-cv2-1574', 'd179-cv2-1590', 'd179-cv2-1592', 'd179-cv2-1593', 'd179-cv2-1594',
    'd179-cv2-16', 'd179-cv2-160', 'd179-cv2-1600', 'd179-cv2-1601', 'd179-cv2-1602', 'd179-cv2-1604',
    'd179-cv2-1605', 'd179-cv2-1606', 'd179-cv2-1608', 'd179-cv2-1609', 'd179-cv2-161', 'd179-cv2-1612',
    'd179-cv2-1613', 'd179-cv2-1614', 'd179-cv2-1616', 'd179-cv2-1617', 'd179-cv2-1618', 'd179-cv2-162',
    'd179-cv2-1620', 'd179-cv2-1621', 'd179-cv2-1622', 'd179-cv2-1624', 'd179-cv2-1626', 'd179-cv2-1628',
    'd179-cv2-1629', 'd179-cv2-1630', 'd179-cv2-1632', 'd179-cv2-1633', 'd179-cv2-1634', 'd179-cv2-164',
    'd179-cv2-1642', 'd179-cv2-165', 'd179-cv2-1650', 'd179-cv2-1652', 'd179-cv2-1653', 'd179-cv2-1654',
    'd179-cv2-166', 'd179-cv2-1670', 'd179-cv2-1672', 'd179-cv2-1673', 'd179-cv2-1674', 'd179-cv2-1676',
    'd179-cv2-1677', 'd179-cv2-168', 'd179-cv2-1680', 'd179-cv2-1681', 'd179-cv2-1682', 'd179-cv2-1684',
    'd179-cv2-1685', 'd179-cv2-1686', 'd179-cv2-1688', 'd179-cv2-1689', 'd179-cv2-169', 'd179-cv2-1690',
    'd179-cv2-1692', 'd179-cv2-1693', 'd179-cv2-1694', 'd179-cv2-1696', 'd179-cv2-1697', 'd179-cv2-1698',
    'd179-cv2-17', 'd179-cv2-170', 'd179-cv2-1700', 'd179-cv2-1701', 'd179-cv2-1702', 'd179-cv2-1704',
    'd179-cv2-1705', 'd179-cv2-1706', 'd179-cv2-1708', 'd179-cv2-1709', 'd179-cv2-1710', 'd179-cv2-1712',
    'd179-cv2-1713', 'd179-cv2-1714', 'd179-cv2-172', 'd179-cv2-1720', 'd179-cv2-1724', 'd179-cv2-173',
    'd179-cv2-1730', 'd179-cv2-1732', 'd179-cv2-1733', 'd179-cv2-1734', 'd179-cv2-174', 'd179-cv2-1750',
    'd179-cv2-1752', 'd179-cv2-1753', 'd179-cv2-1754', 'd179-cv2-1759', 'd179-cv2-176', 'd179-cv2-1760',
    'd179-cv2-1761', 'd179-cv2-1762', 'd179-cv2-1764', 'd179-cv2-1765', 'd179-cv2-1766', 'd179-cv2-1768',
    'd179-cv2-1769', 'd179-cv2-177', 'd179-cv2-1770', 'd179-cv2-1772', 'd179-cv2-1773', 'd179-cv2-1774',
    'd179-cv2-1776', 'd179-cv2-1777', 'd179-cv2-1778', 'd179-cv2-178', 'd179-cv2-1780', 'd179-cv2-1781',
    'd179-cv2-1782', 'd179-cv2-1784', 'd179-cv2-1785', 'd179-cv2-1786', 'd179-cv2-1788', 'd179-cv2-1789',
    'd179-cv2-1790', 'd179-cv2-1792', 'd179-cv2-1793', 'd179-cv2-1794', 'd179-cv2-18', 'd179-cv2-180',
    'd179-cv2-1802', 'd179-cv2-181', 'd179-cv2-1810', 'd179-cv2-1812', 'd179-cv2-1813', 'd179-cv2-1814',
    'd179-cv2-182', 'd179-cv2-1830', 'd179-cv2-1832', 'd179-cv2-1833', 'd179-cv2-1834', 'd179-cv2-1837',
    'd179-cv2-184', 'd179-cv2-1840', 'd179-cv2-1841', 'd179-cv2-1842', 'd179-cv2-1844', 'd179-cv2-1845',
    'd179-cv2-1846', 'd179-cv2-1848', 'd179-cv2-1849', 'd179-cv2-185', 'd179-cv2-1850', 'd179-cv2-1852',
    'd179-cv2-1853', 'd179-cv2-1854', 'd179-cv2-1856', 'd179-cv2-1857', 'd179-cv2-1858', 'd179-cv2-186',
    'd179-cv2-1860', 'd179-cv2-1861', 'd179-cv2-1862', 'd179-cv2-1864', 'd179-cv2-1865', 'd179-cv2-1866',
    'd179-cv2-1868', 'd179-cv2-1869', 'd179-cv2-1870', 'd179-cv2-1872', 'd179-cv2-1873', 'd179-cv2-1874',
    'd179-cv2-188', 'd179-cv2-189', 'd179-cv2-1890', 'd179-cv2-1892', 'd179-cv2-1893', 'd179-cv2-1894',
    'd179-cv2-190', 'd179-cv2-1910', 'd179-cv2-1912', 'd179-cv2-1913', 'd179-cv2-1914', 'd179-cv2-192',
    'd179-cv2-1920', 'd179-cv2-1921', 'd179-cv2-1922', 'd179-cv2-1924', 'd179-cv2-1925', 'd179-cv2-1926',
    'd179-cv2-1928', 'd179-cv2-1929', 'd179-cv2-193', 'd179-cv2-1930', 'd179-cv2-1932', 'd179-cv2-1933',
    'd179-cv2-1934', 'd179-cv2-1936', 'd179-cv2-1937', 'd179-cv2-1938', 'd179-cv2-194', 'd179-cv2-1940',
    'd179-cv2-1941', 'd179-cv2-1942', 'd179-cv2-1944', 'd179-cv2-1945', 'd179-cv2-1946', 'd179-cv2-1948',
    'd179-cv2-1949', 'd179-cv2-1950', 'd179-cv2-1953', 'd179-cv2-1954', 'd179-cv2-1970', 'd179-cv2-1972',
    'd179-cv2-1973', 'd179-cv2-1974', 'd179-cv2-1990', 'd179-cv2-1992', 'd179-cv2-1993', 'd179-cv2-1994',
    'd179-cv2-2', 'd179-cv2-20', 'd179-cv2-21', 'd179-cv2-210', 'd179-cv2-212', 'd179-cv2-213',
    'd179-cv2-214', 'd179-cv2-22', 'd179-cv2-230', 'd179-cv2-232', 'd179-cv2-233', 'd179-cv2-234',
    'd179-cv2-237', 'd179-cv2-24', 'd179-cv2-240', 'd179-cv2-241', 'd179-cv2-242', 'd179-cv2-244',
    'd179-cv2-245', 'd179-cv2-246', 'd179-cv2-248', 'd179-cv2-249', 'd179-cv2-25', 'd179-cv2-250',
    'd179-cv2-252', 'd179-cv2-253', 'd179-cv2-254', 'd179-cv2-256', 'd179-cv2-257', 'd179-cv2-258',
    'd179-cv2-26', 'd179-cv2-260', 'd179-cv2-261', 'd179-cv2-262', 'd179-cv2-264', 'd179-cv2-265',
    'd179-cv2-266', 'd179-cv2-268', 'd179-cv2-269', 'd179-cv2-270', 'd179-cv2-272', 'd179-cv2-273',
    'd179-cv2-274', 'd179-cv2-28', 'd179-cv2-29', 'd179-cv2-290', 'd179-cv2-292', 'd179-cv2-293',
    'd179-cv2-294', 'd179-cv2-30', 'd179-cv2-310', 'd179-cv2-312', 'd179-cv2-313', 'd179-cv2-314',
    'd179-cv2-32', 'd179-cv2-320', 'd179-cv2-321', 'd179-cv2-322', 'd179-cv2-324', 'd179-cv2-325',
    'd179-cv2-326', 'd179-cv2-328', 'd179-cv2-329', 'd179-cv2-33', 'd179-cv2-330', 'd179-cv2-332',
    'd179-cv2-333', 'd179-cv2-334', 'd179-cv2-336', 'd179-cv2-337', 'd179-cv2-338', 'd179-cv2-34',
    'd179-cv2-340', 'd179-cv2-341', 'd179-cv2-342', 'd179-cv2-344', 'd179-cv2-345', 'd179-cv2-346',
    'd179-cv2-348', 'd179-cv2-349', 'd179-cv2-350', 'd179-cv2-352', 'd179-cv2-353', 'd179-cv2-354',
    'd179-cv2-370', 'd179-cv2-372', 'd179-cv2-373', 'd179-cv2-374', 'd179-cv2-390', 'd179-cv2-392',
    'd179-cv2-393', 'd179-cv2-394', 'd179-cv2-4', 'd179-cv2-401', 'd179-cv2-402', 'd179-cv2-404',
    'd179-cv2-405', 'd179-cv2-406', 'd179-cv2-408', 'd179-cv2-409', 'd179-cv2-410', 'd179-cv2-412',
    'd179-cv2-413', 'd179-cv2-414', 'd179-cv2-416', 'd179-cv2-417', 'd179-cv2-418', 'd179-cv2-420',
    'd179-cv2-421', 'd179-cv2-422', 'd179-cv2-424', 'd179-cv2-425', 'd179-cv2-426', 'd179-cv2-428',
    'd179-cv2-429', 'd179-cv2-430', 'd179-cv2-432', 'd179-cv2-433', 'd179-cv2-434', 'd179-cv2-450',
    'd179-cv2-452', 'd179-cv2-453', 'd179-cv2-454', 'd179-cv2-470', 'd179-cv2-472', 'd179-cv2-473',
    'd179-cv2-474', 'd179-cv2-480', 'd179-cv2-481', 'd179-cv2-482', 'd179-cv2-484', 'd179-cv2-486',
    'd179-cv2-488', 'd179-cv2-489', 'd179-cv2-490', 'd179-cv2-492', 'd179-cv2-493', 'd179-cv2-494',
    'd179-cv2-496', 'd179-cv2-497', 'd179-cv2-498', 'd179-cv2-5', 'd179-cv2-50', 'd179-cv2-500',
    'd179-cv2-501', 'd179-cv2-502', 'd179-cv2-504', 'd179-cv2-505', 'd179-cv2-506', 'd179-cv2-508',
    'd179-cv2-509', 'd179-cv2-510', 'd179-cv2-512', 'd179-cv2-513', 'd179-cv2-514', 'd179-cv2-52',
    'd179-cv2-53', 'd179-cv2-530', 'd179-cv2-532', 'd179-cv2-533', 'd179-cv2-534', 'd179-cv2-54',
    'd179-cv2-550', 'd179-cv2-552', 'd179-cv2-553', 'd179-cv2-554', 'd179-cv2-560', 'd179-cv2-561',
    'd179-cv2-562', 'd179-cv2-564', 'd179-cv2-565', 'd179-cv2-566', 'd179-cv2-568', 'd179-cv2-569',
    'd179-cv2-570', 'd179-cv2-572', 'd179-cv2-573', 'd179-cv2-574', 'd179-cv2-576', 'd179-cv2-577',
    'd179-cv2-578', 'd179-cv2-580', 'd179-cv2-581', 'd179-cv2-582', 'd179-cv2-584', 'd179-cv2-585',
    'd179-cv2-586', 'd179-cv2-588', 'd179-cv2-589', 'd179-cv2-590', 'd179-cv2-592', 'd179-cv2-593',
    'd179-cv2-594', 'd179-cv2-6', 'd179-cv2-610', 'd179-cv2-612', 'd179-cv2-613', 'd179-cv2-614',
    'd179-cv2-630', 'd179-cv2-632', 'd179-cv2-633', 'd179-cv2-634', 'd179-cv2-640', 'd179-cv2-641',
    'd179-cv2-642', 'd179-cv2-644', 'd179-cv2-645', 'd179-cv2-646', 'd179-cv2-648', 'd179-cv2-649',
    'd179-cv2-650', 'd179-cv2-652', 'd179-cv2-653', 'd179-cv2-654', 'd179-cv2-656', 'd179-cv2-657',
    'd179-cv2-658', 'd179-cv2-660', 'd179-cv2-661', 'd179-cv2-662', 'd179-cv2-664', 'd179-cv2-665',
    'd179-cv2-666', 'd179-cv2-668', 'd179-cv2-669', 'd179-cv2-670', 'd179-cv2-672', 'd179-cv2-673',
    'd179-cv2-674', 'd179-cv2-690', 'd179-cv2-692', 'd179-cv2-693', 'd179-cv2-694', 'd179-cv2-70',
    'd179-cv2-712', 'd179-cv2-713', 'd179-cv2-714', 'd179-cv2-72', 'd179-cv2-720', 'd179-cv2-721',
    'd179-cv2-722', 'd179-cv2-724', 'd179-cv2-725', 'd179-cv2-726', 'd179-cv2-728', 'd179-cv2-729',
    'd179-cv2-73', 'd179-cv2-730', 'd179-cv2-732', 'd179-cv2-733', 'd179-cv2-734', 'd179-cv2-736',
    'd179-cv2-737', 'd179-cv2-738', 'd179-cv2-74', 'd179-cv2-740', 'd179-cv2-741', 'd179-cv2-742',
    'd179-cv2-744', 'd179-cv2-745', 'd179-cv2-746', 'd179-cv2-748', 'd179-cv2-749', 'd179-cv2-750',
    'd179-cv2-752', 'd179-cv2-753', 'd179-cv2-754', 'd179-cv2-76', 'd179-cv2-772', 'd179-cv2-773',
    'd179-cv2-774', 'd179-cv2-790', 'd179-cv2-792', 'd179-cv2-793', 'd179-cv2-794', 'd179-cv2-8',
    'd179-cv2-80', 'd179-cv2-800', 'd179-cv2-801', 'd179-cv2-802', 'd179-cv2-804', 'd179-cv2-805',
    'd179-cv2-806', 'd179-cv2-808', 'd179-cv2-809', 'd179-cv2-81', 'd179-cv2-810', 'd179-cv2-812',
    'd179-cv2-813', 'd179-cv2-814', 'd179-cv2-816', 'd179-cv2-817', 'd179-cv2-818', 'd179-cv2-82',
    'd179-cv2-820', 'd179-cv2-821', 'd179-cv2-822', 'd179-cv2-824', 'd179-cv2-825', 'd179-cv2-826',
    'd179-cv2-828', 'd179-cv2-829', 'd179-cv2-830', 'd179-cv2-832', 'd179-cv2-833', 'd179-cv2-834',
    'd179-cv2-84', 'd179-cv2-85', 'd179-cv2-850', 'd179-cv2-852', 'd179-cv2-853', 'd179-cv2-854',
    'd179-cv2-86', 'd179-cv2-870', 'd179-cv2-872', 'd179-cv2-873', 'd179-cv2-874', 'd179-cv2-88',
    'd179-cv2-880', 'd179-cv2-881', 'd179-cv2-882', 'd179-cv2-884', 'd179-cv2-885', 'd179-cv2-886',
    'd179-cv2-888', 'd179-cv2-889', 'd179-cv2-89', 'd179-cv2-890', 'd179-cv2-892', 'd179-cv2-893',
    'd179-cv2-894', 'd179-cv2-896', 'd179-cv2-897', 'd179-cv2-898', 'd179-cv2-9', 'd179-cv2-90',
    'd179-cv2-900', 'd179-cv2-901', 'd179-cv2-902', 'd179-cv2-904', 'd179-cv2-905', 'd179-cv2-906',
    'd179-cv2-908', 'd179-cv2-909', 'd179-cv2-910', 'd179-cv2-912', 'd179-cv2-913', 'd179-cv2-914',
    'd179-cv2-92', 'd179-cv2-93', 'd179-cv2-930', 'd179-cv2-932', 'd179-cv2-933', 'd179-cv2-934',
    'd179-cv2-94', 'd179-cv2-950', 'd179-cv2-952', 'd179-cv2-953', 'd179-cv2-954', 'd179-cv2-96',
    'd179-cv2-960', 'd179-cv2-961', 'd179-cv2-962', 'd179-cv2-964', 'd179-cv2-965', 'd179-cv2-966',
    'd179-cv2-968', 'd179-cv2-969', 'd179-cv2-97', 'd179-cv2-970', 'd179-cv2-972', 'd179-cv2-973',
    'd179-cv2-974', 'd179-cv2-976', 'd179-cv2-977', 'd179-cv2-978', 'd179-cv2-98', 'd179-cv2-980',
    'd179-cv2-981', 'd179-cv2-982', 'd179-cv2-984', 'd179-cv2-985', 'd179-cv2-986', 'd179-cv2-988',
    'd179-cv2-989', 'd179-cv2-990', 'd179-cv2-992', 'd179-cv2-993', 'd179-cv2-994', 'd179-fv-115',
    'd179-fv-155', 'd179-gs-0', 'd179-gs-1', 'd179-gs-10', 'd179-gs-100', 'd179-gs-101',
    'd179-gs-102', 'd179-gs-103', 'd179-gs-104', 'd179-gs-105', 'd179-gs-106', 'd179-gs-107',
    'd179-gs-108', 'd179-gs-109', 'd179-gs-11', 'd179-gs-110', 'd179-gs-111', 'd179-gs-112',
    'd179-gs-113', 'd179-gs-114', 'd179-gs-115', 'd179-gs-116', 'd179-gs-117', 'd179-gs-118',
    'd179-gs-119', 'd179-gs-12', 'd179-gs-120', 'd179-gs-121', 'd179-gs-122', 'd179-gs-123',
    'd179-gs-124', 'd179-gs-125', 'd179-gs-126', 'd179-gs-127', 'd179-gs-128', 'd179-gs-129',
    'd179-gs-13', 'd179-gs-131', 'd179-gs-132', 'd179-gs-133', 'd179-gs-134', 'd179-gs-135',
    'd179-gs-136', 'd179-gs-137', 'd179-gs-138', 'd179-gs-139', 'd179-gs-14', 'd179-gs-140',
    'd179-gs-141', 'd179-gs-142', 'd179-gs-143', 'd179-gs-144', 'd179-gs-145', 'd179-gs-146',
    'd179-gs-147', 'd179-gs-148', 'd179-gs-149', 'd179-gs-15', 'd179-gs-150', 'd179-gs-151',
    'd179-gs-152', 'd179-gs-153', 'd179-gs-154', 'd179-gs-155', 'd179-gs-156', 'd179-gs-157',
    'd179-gs-158', 'd179-gs-159', 'd179-gs-16', 'd179-gs-160', 'd179-gs-161', 'd179-gs-162',
    'd179-gs-163', 'd179-gs-164', 'd179-gs-165', 'd179-gs-166', 'd179-gs-167', 'd179-gs-168',
    'd179-gs-169', 'd179-gs-17', 'd179-gs-170', 'd179-gs-171', 'd179-gs-172', 'd179-gs-173',
    'd179-gs-174', 'd179-gs-175', 'd179-gs-176', 'd179-gs-177', 'd179-gs-178', 'd179-gs-179',
    'd179-gs-18', 'd179-gs-180', 'd179-gs-181', 'd179-gs-182', 'd179-gs-183', 'd179-gs-184',
    'd179-gs-185', 'd179-gs-186', 'd179-gs-187', 'd179-gs-188', 'd179-gs-189', 'd179-gs-19',
    'd179-gs-190', 'd179-gs-191', 'd179-gs-192', 'd179-gs-193', 'd179-gs-194', 'd179-gs-195',
    'd179-gs-196', 'd179-gs-197', 'd179-gs-198', 'd179-gs-199', 'd179-gs-2', 'd179-gs-20',
    'd179-gs-201', 'd179-gs-202', 'd179-gs-203', 'd179-gs-204', 'd179-gs-205', 'd179-gs-206',
    'd179-gs-207', 'd179-gs-208', 'd179-gs-209', 'd179-gs-21', 'd179-gs-210', 'd179-gs-211',
    'd179-gs-212', 'd179-gs-213', 'd179-gs-214', 'd179-gs-215', 'd179-gs-216', 'd179-gs-217',
    'd179-gs-218', 'd179-gs-219', 'd179-gs-22', 'd179-gs-220', 'd179-gs-221', 'd179-gs-222',
    'd179-gs-223', 'd179-gs-224', 'd179-gs-225', 'd179-gs-226', 'd179-gs-227', 'd179-gs-228',
    'd179-gs-229', 'd179-gs-23', 'd179-gs-230', 'd179-gs-231', 'd179-gs-232', 'd179-gs-233',
    'd179-gs-234', 'd179-gs-235', 'd179-gs-236', 'd179-gs-237', 'd179-gs-238', 'd179-gs-239',
    'd179-gs-24', 'd179-gs-240', 'd179-gs-241', 'd179-gs-242', 'd179-gs-243', 'd179-gs-244',
    'd179-gs-245', 'd179-gs-246', 'd179-gs-247', 'd179-gs-248', 'd179-gs-249', 'd179-gs-250',
    'd179-gs-251', 'd179-gs-252', 'd179-gs-253', 'd179-gs-254', 'd179-gs-255', 'd179-gs-256',
    'd179-gs-257', 'd179-gs-258', 'd179-gs-259', 'd179-gs-26', 'd179-gs-260', 'd179-gs-261',
    'd179-gs-262', 'd179-gs-263', 'd179-gs-264', 'd179-gs-265', 'd179-gs-266', 'd179-gs-267',
    'd179-gs-268', 'd179-gs-269', 'd179-gs-27', 'd179-gs-270', 'd179-gs-271', 'd179-gs-272',
    'd179-gs-273', 'd179-gs-274', 'd179-gs-275', 'd179-gs-276', 'd179-gs-277', 'd179-gs-278',
    'd179-gs-279', 'd179-gs-28', 'd179-gs-280', 'd179-gs-281', 'd179-gs-282', 'd179-gs-283',
    'd179-gs-284', 'd179-gs-285', 'd179-gs-286', 'd179-gs-287', 'd179-gs-288', 'd179-gs-289',
    'd179-gs-29', 'd179-gs-290', 'd179-gs-291', 'd179-gs-292', 'd179-gs-293', 'd179-gs-294',
    'd179-gs-295', 'd179-gs-296', 'd179-gs-297', 'd179-gs-298', 'd179-gs-299', 'd179-gs-3',
    'd179-gs-30', 'd179-gs-300', 'd179-gs-301', 'd179-gs-302', 'd179-gs-303', 'd179-gs-304',
    'd179-gs-305', 'd179-gs-306', 'd179-gs-307', 'd179-gs-308', 'd179-gs-309', 'd179-gs-31',
    'd179-gs-310', 'd179-gs-311', 'd179-gs-312', 'd179-gs-313', 'd179-gs-314', 'd179-gs-316',
    'd179-gs-317', 'd179-gs-318', 'd179-gs-319', 'd179-gs-32', 'd179-gs-320', 'd179-gs-321',
    'd179-gs-322', 'd179-gs-323', 'd179-gs-324', 'd179-gs-325', 'd179-gs-326', 'd179-gs-327',
    'd179-gs-328', 'd179-gs-329', 'd179-gs-33', 'd179-gs-330', 'd179-gs-331', 'd179-gs-332',
    'd179-gs-333', 'd179-gs-334', 'd179-gs-335', 'd179-gs-336', 'd179-gs-337', 'd179-gs-338',
    'd179-gs-339', 'd179-gs-34', 'd179-gs-341', 'd179-gs-342', 'd179-gs-343', 'd179-gs-344',
    'd179-gs-345', 'd179-gs-346', 'd179-gs-347', 'd179-gs-348', 'd179-gs-349', 'd179-gs-35',
    'd179-gs-350', 'd179-gs-351', 'd179-gs-352', 'd179-gs-353', 'd179-gs-354', 'd179-gs-355',
    'd179-gs-356', 'd179-gs-357', 'd179-gs-358', 'd179-gs-359', 'd179-gs-36', 'd179-gs-360',
    'd179-gs-361', 'd179-gs-362', 'd179-gs-363', 'd179-gs-364', 'd179-gs-365', 'd179-gs-366',
    'd179-gs-367', 'd179-gs-368', 'd179-gs-369', 'd179-gs-37', 'd179-gs-370', 'd179-gs-371',
    'd179-gs-372', 'd179-gs-373', 'd179-gs-374', 'd179-gs-375', 'd179-gs-376', 'd179-gs-377',
    'd179-gs-378', 'd179-gs-379', 'd179-gs-38', 'd179-gs-380', 'd179-gs-381', 'd179-gs-382',
    'd179-gs-383', 'd179-gs-384', 'd179-gs-386', 'd179-gs-387', 'd179-gs-388', 'd179-gs-389',
    'd179-gs-39', 'd179-gs-390', 'd179-gs-391', 'd179-gs-392', 'd179-gs-393', 'd179-gs-394',
    'd179-gs-395', 'd179-gs-396', 'd179-gs-397', 'd179-gs-398', 'd179-gs-399', 'd179-gs-4',
    'd179-gs-40', 'd179-gs-400', 'd179-gs-401', 'd179-gs-402', 'd179-gs-403', 'd179-gs-404',
    'd179-gs-405', 'd179-gs-406', 'd179-gs-407', 'd179-gs-408', 'd179-gs-409', 'd179-gs-41',
    'd179-gs-410', 'd179-gs-411', 'd179-gs-412', 'd179-gs-413', 'd179-gs-414', 'd179-gs-416',
    'd179-gs-417', 'd179-gs-418', 'd179-gs-419', 'd179-gs-42', 'd179-gs-420', 'd179-gs-421',
    'd179-gs-422', 'd179-gs-423', 'd179-gs-424', 'd179-gs-425', 'd179-gs-426', 'd179-gs-427',
    'd179-gs-428', 'd179-gs-429', 'd179-gs-43', 'd179-gs-430', 'd179-gs-431', 'd179-gs-432',
    'd179-gs-433', 'd179-gs-434', 'd179-gs-435', 'd179-gs-436', 'd179-gs-437', 'd179-gs-438',
    'd179-gs-439', 'd179-gs-44', 'd179-gs-440', 'd179-gs-441', 'd179-gs-442', 'd179-gs-443',
    'd179-gs-444', 'd179-gs-445', 'd179-gs-446', 'd179-gs-447', 'd179-gs-448', 'd179-gs-449',
    'd179-gs-45', 'd179-gs-451', 'd179-gs-452', 'd179-gs-453', 'd179-gs-454', 'd179-gs-455',
    'd179-gs-456', 'd179-gs-457', 'd179-gs-458', 'd179-gs-459', 'd179-gs-46', 'd179-gs-460',
    'd179-gs-461', 'd179-gs-462', 'd179-gs-463', 'd179-gs-464', 'd179-gs-465', 'd179-gs-466',
    'd179-gs-467', 'd179-gs-468', 'd179-gs-469', 'd179-gs-47', 'd179-gs-470', 'd179-gs-471',
    'd179-gs-472', 'd179-gs-473', 'd179-gs-474', 'd179-gs-476', 'd179-gs-477', 'd179-gs-479',
    'd179-gs-48', 'd179-gs-480', 'd179-gs-481', 'd179-gs-482', 'd179-gs-483', 'd179-gs-484',
    'd179-gs-485', 'd179-gs-486', 'd179-gs-487', 'd179-gs-488', 'd179-gs-489', 'd179-gs-49',
    'd179-gs-490', 'd179-gs-491', 'd179-gs-492', 'd179-gs-493', 'd179-gs-494', 'd179-gs-495',
    'd179-gs-496', 'd179-gs-497', 'd179-gs-498', 'd179-gs-499', 'd179-gs-5', 'd179-gs-50',
    'd179-gs-51', 'd179-gs-52', 'd179-gs-53', 'd179-gs-54', 'd179-gs-55', 'd179-gs-56',
    'd179-gs-57', 'd179-gs-58', 'd179-gs-59', 'd179-gs-6', 'd179-gs-60', 'd179-gs-61',
    'd179-gs-62', 'd179-gs-63', 'd179-gs-64', 'd179-gs-65', 'd179-gs-66', 'd179-gs-67',
    'd179-gs-68', 'd179-gs-69', 'd179-gs-7', 'd179-gs-70', 'd179-gs-71', 'd179-gs-72',
    'd179-gs-73', 'd179-gs-74', 'd179-gs-75', 'd179-gs-76', 'd179-gs-77', 'd179-gs-78',
    'd179-gs-79', 'd179-gs-8', 'd179-gs-80', 'd179-gs-81', 'd179-gs-82', 'd179-gs-83',
    'd179-gs-84', 'd179-gs-85', 'd179-gs-86', 'd179-gs-87', 'd179-gs-88', 'd179-gs-89',
    'd179-gs-9', 'd179-gs-90', 'd179-gs-91', 'd179-gs-92', 'd179-gs-93', 'd179-gs-94',
    'd179-gs-95', 'd179-gs-96', 'd179-gs-97', 'd179-gs-98', 'd179-gs-99', 'd179-gv-0',
    'd179-gv-1', 'd179-gv-10', 'd179-gv-100', 'd179-gv-101', 'd179-gv-102', 'd179-gv-103',
    'd179-gv-104', 'd179-gv-105', 'd179-gv-106', 'd179-gv-107', 'd179-gv-108', 'd179-gv-109',
    'd179-gv-11', 'd179-gv-110', 'd179-gv-111', 'd179-gv-112', 'd179-gv-113', 'd179-gv-114',
    'd179-gv-115', 'd179-gv-116', 'd179-gv-117', 'd179-gv-118', 'd179-gv-119', 'd179-gv-12',
    'd179-gv-120', 'd179-gv-121', 'd179-gv-122', 'd179-gv-123', 'd179-gv-124', 'd179-gv-125',
    'd179-gv-126', 'd179-gv-127', 'd179-gv-128', 'd179-gv-129', 'd179-gv-13', 'd179-gv-131',
    'd179-gv-132', 'd179-gv-133', 'd179-gv-134', 'd179-gv-135', 'd179-gv-136', 'd179-gv-137',
    'd179-gv-138', 'd179-gv-139', 'd179-gv-14', 'd179-gv-140', 'd179-gv-141', 'd179-gv-142',
    'd179-gv-143', 'd179-gv-144', 'd179-gv-145', 'd179-gv-146', 'd179-gv-147', 'd179-gv-148',
    'd179-gv-149', 'd179-gv-15', 'd179-gv-150', 'd179-gv-151', 'd179-gv-152', 'd179-gv-153',
    'd179-gv-154', 'd179-gv-155', 'd179-gv-156', 'd179-gv-157', 'd179-gv-158', 'd179-gv-159',
    'd179-gv-16', 'd179-gv-160', 'd179-gv-161', 'd179-gv-162', 'd179-gv-163', 'd179-gv-164',
    'd179-gv-165', 'd179-gv-166', 'd179-gv-167', 'd179-gv-168', 'd179-gv-169', 'd179-gv-17',
    'd179-gv-170', 'd179-gv-171', 'd179-gv-172', 'd179-gv-173', 'd179-gv-174', 'd179-gv-175',
    'd179-gv-176', 'd179-gv-177', 'd179-gv-178', 'd179-gv-179', 'd179-gv-18', 'd179-gv-180',
    'd179-gv-181', 'd179-gv-182', 'd179-gv-183', 'd179-gv-184', 'd179-gv-185', 'd179-gv-186',
    'd179-gv-187', 'd179-gv-188', 'd179-gv-189', 'd179-gv-19', 'd179-gv-190', 'd179-gv-191',
    'd179-gv-192', 'd179-gv-193', 'd179-gv-194', 'd179-gv-195', 'd179-gv-196', 'd179-gv-197',
    'd179-gv-198', 'd179-gv-199', 'd179-gv-2', 'd179-gv-20', 'd179-gv-201', 'd179-gv-202',
    'd179-gv-203', 'd179-gv-204', 'd179-gv-205', 'd179-gv-206', 'd179-gv-207', 'd179-gv-208',
    'd179-gv-209', 'd179-gv-21', 'd179-gv-210', 'd179-gv-211', 'd179-gv-212', 'd179-gv-213',
    'd179-gv-214', 'd179-gv-215', 'd179-gv-216', 'd179-gv-217', 'd179-gv-218', 'd179-gv-219',
    'd179-gv-22', 'd179-gv-220', 'd179-gv-221', 'd179-gv-222', 'd179-gv-223', 'd179-gv-224',
    'd179-gv-225', 'd179-gv-226', 'd179-gv-227', 'd179-gv-228', 'd179-gv-229', 'd179-gv-23',
    'd179-gv-230', 'd179-gv-231', 'd179-gv-232', 'd179-gv-233', 'd179-gv-234', 'd179-gv-235',
    'd179-gv-236', 'd179-gv-237', 'd179-gv-238', 'd179-gv-239', 'd179-gv-24', 'd179-gv-240',
    'd179-gv-241', 'd179-gv-242', 'd179-gv-243', 'd179-gv-244', 'd179-gv-245', 'd179-gv-246',
    'd179-gv-247', 'd179-gv-248', 'd179-gv-249', 'd179-gv-250', 'd179-gv-251', 'd179-gv-252',
    'd179-gv-253', 'd179-gv-254', 'd179-gv-255', 'd179-gv-256', 'd179-gv-257', 'd179-gv-258',
    'd179-gv-259', 'd179-gv-26', 'd179-gv-260', 'd179-gv-261', 'd179-gv-262', 'd179-gv-263',
    'd179-gv-264', 'd179-gv-265', 'd179-gv-266', 'd179-gv-267', 'd179-gv-268', 'd179-gv-269',
    'd179-gv-27', 'd179-gv-270', 'd179-gv-271', 'd179-gv-272', 'd179-gv-273', 'd179-gv-274',
    'd179-gv-275', 'd179-gv-276', 'd179-gv-277', 'd179-gv-278', 'd179-gv-279', 'd179-gv-28',
    'd179-gv-280', 'd179-gv-281', 'd179-gv-282', 'd179-gv-283', 'd179-gv-284', 'd179-gv-285',
    'd179-gv-286', 'd179-gv-287', 'd179-gv-288', 'd179-gv-289', 'd179-gv-29', 'd179-gv-290',
    'd179-gv-291', 'd179-gv-292', 'd179-gv-293', 'd179-gv-294', 'd179-gv-295', 'd179-gv-296',
    'd179-gv-297', 'd179-gv-298', 'd179-gv-299', 'd179-gv-3', 'd179-gv-30', 'd179-gv-300',
    'd179-gv-301', 'd179-gv-302', 'd179-gv-303', 'd179-gv-304', 'd179-gv-305', 'd179-gv-306',
    'd179-gv-307', 'd179-gv-308', 'd179-gv-309', 'd179-gv-31', 'd179-gv-310', 'd179-gv-311',
    'd179-gv-312', 'd179-gv-313', 'd179-gv-314', 'd179-gv-316', 'd179-gv-317', 'd179-gv-318',
    'd179-gv-319', 'd179-gv-32', 'd179-gv-320', 'd179-gv-321', 'd179-gv-322', 'd179-gv-323',
    'd179-gv-324', 'd179-gv-325', 'd179-gv-326', 'd179-gv-327', 'd179-gv-328', 'd179-gv-329',
    'd179-gv-33', 'd179-gv-330', 'd179-gv-331', 'd179-gv-332', 'd179-gv-333', 'd179-gv-334',
    'd179-gv-335', 'd179-gv-336', 'd179-gv-337', 'd179-gv-338', 'd179-gv-339', 'd179-gv-34',
    'd179-gv-341', 'd179-gv-342', 'd179-gv-343', 'd179-gv-344', 'd179-gv-345', 'd179-gv-346',
    'd179-gv-347', 'd179-gv-348', 'd179-gv-349', 'd179-gv-35', 'd179-gv-350', 'd179-gv-351',
    'd179-gv-352', 'd179-gv-353', 'd179-gv-354', 'd179-gv-355', 'd179-gv-356', 'd179-gv-357',
    'd179-gv-358', 'd179-gv-359', 'd179-gv-36', 'd179-gv-360', 'd179-gv-361', 'd179-gv-362',
    'd179-gv-363', 'd179-gv-364', 'd179-gv-365', 'd179-gv-366', 'd179-gv-367', 'd179-gv-368',
    'd179-gv-369', 'd179-gv-37', 'd179-gv-370', 'd179-gv-371', 'd179-gv-372', 'd179-gv-373',
    'd179-gv-374', 'd179-gv-375', 'd179-gv-376', 'd179-gv-377', 'd179-gv-378', 'd179-gv-379',
    'd179-gv-38', 'd179-gv-380', 'd179-gv-381', 'd179-gv-382', 'd179-gv-383', 'd179-gv-384',
    'd179-gv-386', 'd179-gv-387', 'd179-gv-388', 'd179-gv-389', 'd179-gv-39', 'd179-gv-390',
    'd179-gv-391', 'd179-gv-392', 'd179-gv-393', 'd179-gv-394', 'd179-gv-395', 'd179-gv-396',
    'd179-gv-397', 'd179-gv-398', 'd179-gv-399', 'd179-gv-4', 'd179-gv-40', 'd179-gv-400',
    'd179-gv-401', 'd179-gv-402', 'd179-gv-403', 'd179-gv-404', 'd179-gv-405', 'd179-gv-406',
    'd179-gv-407', 'd179-gv-408', 'd179-gv-409', 'd179-gv-41', 'd179-gv-410', 'd179-gv-411',
    'd179-gv-412', 'd179-gv-413', 'd179-gv-414', 'd179-gv-416', 'd179-gv-417', 'd179-gv-418',
    'd179-gv-419', 'd179-gv-42', 'd179-gv-420', 'd179-gv-421', 'd179-gv-422', 'd179-gv-423',
    'd179-gv-424', 'd179-gv-425', 'd179-gv-426', 'd179-gv-427', 'd179-gv-428', 'd179-gv-429',
    'd179-gv-43', 'd179-gv-430', 'd179-gv-431', 'd179-gv-432', 'd179-gv-433', 'd179-gv-434',
    'd179-gv-435', 'd179-gv-436', 'd179-gv-437', 'd179-gv-438', 'd179-gv-439', 'd179-gv-44',
    'd179-gv-440', 'd179-gv-441', 'd179-gv-442', 'd179-gv-443', 'd179-gv-444', 'd179-gv-445',
    'd179-gv-446', 'd179-gv-447', 'd179-gv-448', 'd179-gv-449', 'd179-gv-45', 'd179-gv-451',
    'd179-gv-452', 'd179-gv-453', 'd179-gv-454', 'd179-gv-455', 'd179-gv-456', 'd179-gv-457',
    'd179-gv-458', 'd179-gv-459', 'd179-gv-46', 'd179-gv-460', 'd179-gv-461', 'd179-gv-462',
    'd179-gv-463', 'd179-gv-464', 'd179-gv-465', 'd179-gv-466', 'd179-gv-467', 'd179-gv-468',
    'd179-gv-469', 'd179-gv-47', 'd179-gv-470', 'd179-gv-471', 'd179-gv-472', 'd179-gv-473',
    'd179-gv-474', 'd179-gv-476', 'd179-gv-477', 'd179-gv-478', 'd179-gv-479', 'd179-gv-48',
    'd179-gv-480', 'd179-gv-481', 'd179-gv-482', 'd179-gv-483', 'd179-gv-484', 'd179-gv-485',
    'd179-gv-486', 'd179-gv-487', 'd179-gv-488', 'd179-gv-489', 'd179-gv-49', 'd179-gv-490',
    'd179-gv-491', 'd179-gv-492', 'd179-gv-493', 'd179-gv-494', 'd179-gv-495', 'd179-gv-496',
    'd179-gv-497', 'd179-gv-498', 'd179-gv-499', 'd179-gv-5', 'd179-gv-50', 'd179-gv-51',
    'd179-gv-52', 'd179-gv-53', 'd179-gv-54', 'd179-gv-55', 'd179-gv-56', 'd179-gv-57',
    'd179-gv-58', 'd179-gv-59', 'd179-gv-6', 'd179-gv-60', 'd179-gv-61', 'd179-gv-62',
    'd179-gv-63', 'd179-gv-64', 'd179-gv-65', 'd179-gv-66', 'd179-gv-67', 'd179-gv-68',
    'd179-gv-69', 'd179-gv-7', 'd179-gv-70', 'd179-gv-71', 'd179-gv-72', 'd179-gv-73',
    'd179-gv-74', 'd179-gv-75', 'd179-gv-76', 'd179-gv-77', 'd179-gv-78', 'd179-gv-79',
    'd179-gv-8', 'd179-gv-80', 'd179-gv-81', 'd179-gv-82', 'd179-gv-83', 'd179-gv-84',
    'd179-gv-85', 'd179-gv-86', 'd179-gv-87', 'd179-gv-88', 'd179-gv-89', 'd179-gv-9',
    'd179-gv-90', 'd179-gv-91', 'd179-gv-92', 'd179-gv-93', 'd179-gv-94', 'd179-gv-95',
    'd179-gv-96', 'd179-gv-97', 'd179-gv-98', 'd179-gv-99', 'd179-ps-0', 'd179-ps-121',
    'd179-ps-1223', 'd179-ps-15', 'd179-ps-458', 'd179-ps-48', 'd179-ps-5', 'd179-ps-58',
    'd179-ps-64', 'd179-ps-70', 'd179-ps-74', 'd179-ps-75', 'd179-ps-768', 'd179-ps-771',
    'd179-ps-773', 'd179-ps-779', 'd179-ps-818', 'd179-ps-832', 'd179-ps-834', 'd179-ps-838',
    'd179-ps-843', 'd179-ps-880', 'd179-ps-891', 'd179-ps-9', 'd179-pv-0', 'd179-pv-121',
    'd179-pv-1223', 'd179-pv-15', 'd179-pv-458', 'd179-pv-48', 'd179-pv-5', 'd179-pv-58',
    'd179-pv-64', 'd179-pv-70', 'd179-pv-74', 'd179-pv-75', 'd179-pv-768', 'd179-pv-771',
    'd179-pv-773', 'd179-pv-779', 'd179-pv-818', 'd179-pv-832', 'd179-pv-834', 'd179-pv-838',
    'd179-pv-843', 'd179-pv-880', 'd179-pv-891', 'd179-pv-9', 'd179-uv-465',
}
r179_arguable_found = {
    'd179-cs2-0', 'd179-cs2-1', 'd179-cs2-10', 'd179-cs2-100', 'd179-cs2-101', 'd179-cs2-1012',
    'd179-cs2-1013', 'd179-cs2-1014', 'd179-cs2-102', 'd179-cs2-1030', 'd179-cs2-1032', 'd179-cs2-1033',
    'd179-cs2-1034', 'd179-cs2-104', 'd179-cs2-1040', 'd179-cs2-1041', 'd179-cs2-1042', 'd179-cs2-1044',
    'd179-cs2-1045', 'd179-cs2-1046', 'd179-cs2-1048', 'd179-cs2-1049', 'd179-cs2-105', 'd179-cs2-1050',
    'd179-cs2-1052', 'd179-cs2-1053', 'd179-cs2-1054', 'd179-cs2-1056', 'd179-cs2-1057', 'd179-cs2-1058',
    'd179-cs2-106', 'd179-cs2-1060', 'd179-cs2-1061', 'd179-cs2-1062', 'd179-cs2-1064', 'd179-cs2-1065',
    'd179-cs2-1066', 'd179-cs2-1068', 'd179-cs2-1069', 'd179-cs2-1072', 'd179-cs2-1073', 'd179-cs2-1074',
    'd179-cs2-108', 'd179-cs2-109', 'd179-cs2-1092', 'd179-cs2-1093', 'd179-cs2-1094', 'd179-cs2-110',
    'd179-cs2-1110', 'd179-cs2-1112', 'd179-cs2-1113', 'd179-cs2-1114', 'd179-cs2-112', 'd179-cs2-1120',
    'd179-cs2-1121', 'd179-cs2-1122', 'd179-cs2-1124', 'd179-cs2-1125', 'd179-cs2-1126', 'd179-cs2-1128',
    'd179-cs2-1129', 'd179-cs2-113', 'd179-cs2-1130', 'd179-cs2-1132', 'd179-cs2-1133', 'd179-cs2-1134',
    'd179-cs2-1136', 'd179-cs2-1137', 'd179-cs2-1138', 'd179-cs2-114', 'd179-cs2-1140', 'd179-cs2-1141',
    'd179-cs2-1142', 'd179-cs2-1144', 'd179-cs2-1145', 'd179-cs2-1146', 'd179-cs2-1148', 'd179-cs2-1149',
    'd179-cs2-1150', 'd179-cs2-1152', 'd179-cs2-1153', 'd179-cs2-1154', 'd179-cs2-1172', 'd179-cs2-1173',
    'd179-cs2-1174', 'd179-cs2-1190', 'd179-cs2-1192', 'd179-cs2-1193', 'd179-cs2-1194', 'd179-cs2-12',
    'd179-cs2-1200', 'd179-cs2-1201', 'd179-cs2-1202', 'd179-cs2-1204', 'd179-cs2-1205', 'd179-cs2-1206',
    'd179-cs2-1208', 'd179-cs2-1209', 'd179-cs2-1210', 'd179-cs2-1212', 'd179-cs2-1213', 'd179-cs2-1214',
    'd179-cs2-1216', 'd179-cs2-1217', 'd179-cs2-1218', 'd179-cs2-1221', 'd179-cs2-1222', 'd179-cs2-1224',
    'd179-cs2-1225', 'd179-cs2-1226', 'd179-cs2-1228', 'd179-cs2-1229', 'd179-cs2-1230', 'd179-cs2-1232',
    'd179-cs2-1233', 'd179-cs2-1234', 'd179-cs2-1252', 'd179-cs2-1253', 'd179-cs2-1254', 'd179-cs2-1270',
    'd179-cs2-1272', 'd179-cs2-1273', 'd179-cs2-1274', 'd179-cs2-1280', 'd179-cs2-1281', 'd179-cs2-1282',
    'd179-cs2-1284', 'd179-cs2-1285', 'd179-cs2-1286', 'd179-cs2-1288', 'd179-cs2-1289', 'd179-cs2-1290',
    'd179-cs2-1292', 'd179-cs2-1293', 'd179-cs2-1294', 'd179-cs2-1296', 'd179-cs2-1297', 'd179-cs2-1298',
    'd179-cs2-13', 'd179-cs2-1300', 'd179-cs2-1302', 'd179-cs2-1304', 'd179-cs2-1305', 'd179-cs2-1306',
    'd179-cs2-1308', 'd179-cs2-1309', 'd179-cs2-1310', 'd179-cs2-1312', 'd179-cs2-1313', 'd179-cs2-1314',
    'd179-cs2-132', 'd179-cs2-133', 'd179-cs2-1332', 'd179-cs2-1333', 'd179-cs2-1334', 'd179-cs2-134',
    'd179-cs2-1350', 'd179-cs2-1352', 'd179-cs2-1353', 'd179-cs2-1354', 'd179-cs2-1356', 'd179-cs2-1360',
    'd179-cs2-1361', 'd179-cs2-1362', 'd179-cs2-1364', 'd179-cs2-1365', 'd179-cs2-1366', 'd179-cs2-1368',
    'd179-cs2-1369', 'd179-cs2-1370', 'd179-cs2-1372', 'd179-cs2-1373', 'd179-cs2-1374', 'd179-cs2-1376',
    'd179-cs2-1377', 'd179-cs2-1378', 'd179-cs2-1380', 'd179-cs2-1381', 'd179-cs2-1382', 'd179-cs2-1384',
    'd179-cs2-1385', 'd179-cs2-1386', 'd179-cs2-1388', 'd179-cs2-1389', 'd179-cs2-1390', 'd179-cs2-1392',
    'd179-cs2-1393', 'd179-cs2-1394', 'd179-cs2-14', 'd179-cs2-1412', 'd179-cs2-1413', 'd179-cs2-1414',
    'd179-cs2-1430', 'd179-cs2-1432', 'd179-cs2-1433', 'd179-cs2-1434', 'd179-cs2-1440', 'd179-cs2-1441',
    'd179-cs2-1442', 'd179-cs2-1444', 'd179-cs2-1445', 'd179-cs2-1446', 'd179-cs2-1448', 'd179-cs2-1449',
    'd179-cs2-1450', 'd179-cs2-1452', 'd179-cs2-1453', 'd179-cs2-1454', 'd179-cs2-1456', 'd179-cs2-1457',
    'd179-cs2-1458', 'd179-cs2-1460', 'd179-cs2-1461', 'd179-cs2-1462', 'd179-cs2-1464', 'd179-cs2-1465',
    'd179-cs2-1466', 'd179-cs2-1468', 'd179-cs2-1469', 'd179-cs2-1470', 'd179-cs2-1472', 'd179-cs2-1473',
    'd179-cs2-1474', 'd179-cs2-1492', 'd179-cs2-1493', 'd179-cs2-1494', 'd179-cs2-1510', 'd179-cs2-1512',
    'd179-cs2-1513', 'd179-cs2-1514', 'd179-cs2-152', 'd179-cs2-1520', 'd179-cs2-1521', 'd179-cs2-1522',
    'd179-cs2-1524', 'd179-cs2-1525', 'd179-cs2-1526', 'd179-cs2-1528', 'd179-cs2-1529', 'd179-cs2-153',
    'd179-cs2-1530', 'd179-cs2-1532', 'd179-cs2-1533', 'd179-cs2-1534', 'd179-cs2-1536', 'd179-cs2-1537',
    'd179-cs2-1538', 'd179-cs2-154', 'd179-cs2-1540', 'd179-cs2-1541', 'd179-cs2-1542', 'd179-cs2-1544',
    'd179-cs2-1545', 'd179-cs2-1546', 'd179-cs2-1548', 'd179-cs2-1549', 'd179-cs2-1550', 'd179-cs2-1552',
    'd179-cs2-1553', 'd179-cs2-1554', 'd179-cs2-1572', 'd179-cs2-1573', 'd179-cs2-1574', 'd179-cs2-1590',
    'd179-cs2-1592', 'd179-cs2-1593', 'd179-cs2-1594', 'd179-cs2-16', 'd179-cs2-160', 'd179-cs2-1600',
    'd179-cs2-1601', 'd179-cs2-1602', 'd179-cs2-1604', 'd179-cs2-1605', 'd179-cs2-1606', 'd179-cs2-1608',
    'd179-cs2-1609', 'd179-cs2-161', 'd179-cs2-1612', 'd179-cs2-1613', 'd179-cs2-1614', 'd179-cs2-1616',
    'd179-cs2-1617', 'd179-cs2-1618', 'd179-cs2-162', 'd179-cs2-1620', 'd179-cs2-1621', 'd179-cs2-1622',
    'd179-cs2-1624', 'd179-cs2-1626', 'd179-cs2-1628', 'd179-cs2-1629', 'd179-cs2-1630', 'd179-cs2-1632',
    'd179-cs2-1633', 'd179-cs2-1634', 'd179-cs2-164', 'd179-cs2-1641', 'd179-cs2-1642', 'd179-cs2-165',
    'd179-cs2-1652', 'd179-cs2-1653', 'd179-cs2-1654', 'd179-cs2-166', 'd179-cs2-1670', 'd179-cs2-1672',
    'd179-cs2-1673', 'd179-cs2-1674', 'd179-cs2-1676', 'd179-cs2-1677', 'd179-cs2-168', 'd179-cs2-1680',
    'd179-cs2-1681', 'd179-cs2-1682', 'd179-cs2-1684', 'd179-cs2-1685', 'd179-cs2-1686', 'd179-cs2-1688',
    'd179-cs2-1689', 'd179-cs2-169', 'd179-cs2-1690', 'd179-cs2-1692', 'd179-cs2-1693', 'd179-cs2-1694',
    'd179-cs2-1696', 'd179-cs2-1697', 'd179-cs2-1698', 'd179-cs2-17', 'd179-cs2-170', 'd179-cs2-1700',
    'd179-cs2-1701', 'd179-cs2-1702', 'd179-cs2-1704', 'd179-cs2-1705', 'd179-cs2-1706', 'd179-cs2-1708',
    'd179-cs2-1709', 'd179-cs2-1710', 'd179-cs2-1712', 'd179-cs2-1713', 'd179-cs2-1714', 'd179-cs2-172',
    'd179-cs2-1720', 'd179-cs2-1724', 'd179-cs2-173', 'd179-cs2-1732', 'd179-cs2-1733', 'd179-cs2-1734',
    'd179-cs2-174', 'd179-cs2-1750', 'd179-cs2-1752', 'd179-cs2-1753', 'd179-cs2-1754', 'd179-cs2-1759',
    'd179-cs2-176', 'd179-cs2-1760', 'd179-cs2-1761', 'd179-cs2-1762', 'd179-cs2-1764', 'd179-cs2-1765',
    'd179-cs2-1766', 'd179-cs2-1768', 'd179-cs2-1769', 'd179-cs2-177', 'd179-cs2-1770', 'd179-cs2-1772',
    'd179-cs2-1773', 'd179-cs2-1774', 'd179-cs2-1776', 'd179-cs2-1777', 'd179-cs2-1778', 'd179-cs2-178',
    'd179-cs2-1780', 'd179-cs2-1781', 'd179-cs2-1782', 'd179-cs2-1784', 'd179-cs2-1785', 'd179-cs2-1786',
    'd179-cs2-1788', 'd179-cs2-1789', 'd179-cs2-1790', 'd179-cs2-1792', 'd179-cs2-1793', 'd179-cs2-1794',
    'd179-cs2-18', 'd179-cs2-180', 'd179-cs2-1802', 'd179-cs2-181', 'd179-cs2-1812', 'd179-cs2-1813',
    'd179-cs2-1814', 'd179-cs2-182', 'd179-cs2-1830', 'd179-cs2-1832', 'd179-cs2-1833', 'd179-cs2-1834',
    'd179-cs2-1837', 'd179-cs2-184', 'd179-cs2-1840', 'd179-cs2-1841', 'd179-cs2-1842', 'd179-cs2-1844',
    'd179-cs2-1845', 'd179-cs2-1846', 'd179-cs2-1848', 'd179-cs2-1849', 'd179-cs2-185', 'd179-cs2-1850',
    'd179-cs2-1852', 'd179-cs2-1853', 'd179-cs2-1854', 'd179-cs2-1856', 'd179-cs2-1857', 'd179-cs2-1858',
    'd179-cs2-186', 'd179-cs2-1860', 'd179-cs2-1861', 'd179-cs2-1862', 'd179-cs2-1864', 'd179-cs2-1865',
    'd179-cs2-1866', 'd179-cs2-1868', 'd179-cs2-1869', 'd179-cs2-1870', 'd179-cs2-1872', 'd179-cs2-1873',
    'd179-cs2-1874', 'd179-cs2-188', 'd179-cs2-189', 'd179-cs2-1892', 'd179-cs2-1893', 'd179-cs2-1894',
    'd179-cs2-190', 'd179-cs2-1910', 'd179-cs2-1912', 'd179-cs2-1913', 'd179-cs2-1914', 'd179-cs2-192',
    'd179-cs2-1920', 'd179-cs2-1921', 'd179-cs2-1922', 'd179-cs2-1924', 'd179-cs2-1925', 'd179-cs2-1926',
    'd179-cs2-1928', 'd179-cs2-1929', 'd179-cs2-193', 'd179-cs2-1930', 'd179-cs2-1932', 'd179-cs2-1933',
    'd179-cs2-1934', 'd179-cs2-1936', 'd179-cs2-1937', 'd179-cs2-1938', 'd179-cs2-194', 'd179-cs2-1940',
    'd179-cs2-1941', 'd179-cs2-1942', 'd179-cs2-1944', 'd179-cs2-1945', 'd179-cs2-1946', 'd179-cs2-1948',
    'd179-cs2-1949', 'd179-cs2-1950', 'd179-cs2-1952', 'd179-cs2-1953', 'd179-cs2-1954', 'd179-cs2-1972',
    'd179-cs2-1973', 'd179-cs2-1974', 'd179-cs2-1990', 'd179-cs2-1992', 'd179-cs2-1993', 'd179-cs2-1994',
    'd179-cs2-2', 'd179-cs2-20', 'd179-cs2-21', 'd179-cs2-212', 'd179-cs2-213', 'd179-cs2-214',
    'd179-cs2-22', 'd179-cs2-230', 'd179-cs2-232', 'd179-cs2-233', 'd179-cs2-234', 'd179-cs2-237',
    'd179-cs2-24', 'd179-cs2-240', 'd179-cs2-241', 'd179-cs2-242', 'd179-cs2-244', 'd179-cs2-245',
    'd179-cs2-246', 'd179-cs2-248', 'd179-cs2-249', 'd179-cs2-25', 'd179-cs2-250', 'd179-cs2-252',
    'd179-cs2-254', 'd179-cs2-256', 'd179-cs2-257', 'd179-cs2-258', 'd179-cs2-26', 'd179-cs2-260',
    'd179-cs2-261', 'd179-cs2-262', 'd179-cs2-264', 'd179-cs2-265', 'd179-cs2-266', 'd179-cs2-268',
    'd179-cs2-269', 'd179-cs2-270', 'd179-cs2-272', 'd179-cs2-273', 'd179-cs2-274', 'd179-cs2-28',
    'd179-cs2-29', 'd179-cs2-292', 'd179-cs2-293', 'd179-cs2-294', 'd179-cs2-30', 'd179-cs2-310',
    'd179-cs2-312', 'd179-cs2-313', 'd179-cs2-314', 'd179-cs2-32', 'd179-cs2-320', 'd179-cs2-321',
    'd179-cs2-322', 'd179-cs2-324', 'd179-cs2-325', 'd179-cs2-326', 'd179-cs2-328', 'd179-cs2-329',
    'd179-cs2-33', 'd179-cs2-330', 'd179-cs2-332', 'd179-cs2-333', 'd179-cs2-334', 'd179-cs2-336',
    'd179-cs2-337', 'd179-cs2-338', 'd179-cs2-34', 'd179-cs2-340', 'd179-cs2-341', 'd179-cs2-342',
    'd179-cs2-344', 'd179-cs2-345', 'd179-cs2-346', 'd179-cs2-348', 'd179-cs2-349', 'd179-cs2-350',
    'd179-cs2-352', 'd179-cs2-353', 'd179-cs2-354', 'd179-cs2-372', 'd179-cs2-373', 'd179-cs2-374',
    'd179-cs2-390', 'd179-cs2-392', 'd179-cs2-393', 'd179-cs2-394', 'd179-cs2-4', 'd179-cs2-401',
    'd179-cs2-402', 'd179-cs2-404', 'd179-cs2-405', 'd179-cs2-406', 'd179-cs2-408', 'd179-cs2-409',
    'd179-cs2-410', 'd179-cs2-412', 'd179-cs2-413', 'd179-cs2-414', 'd179-cs2-416', 'd179-cs2-417',
    'd179-cs2-418', 'd179-cs2-420', 'd179-cs2-421', 'd179-cs2-422', 'd179-cs2-424', 'd179-cs2-425',
    'd179-cs2-426', 'd179-cs2-428', 'd179-cs2-429', 'd179-cs2-430', 'd179-cs2-432', 'd179-cs2-433',
    'd179-cs2-434', 'd179-cs2-452', 'd179-cs2-453', 'd179-cs2-454', 'd179-cs2-470', 'd179-cs2-472',
    'd179-cs2-473', 'd179-cs2-474', 'd179-cs2-480', 'd179-cs2-481', 'd179-cs2-482', 'd179-cs2-484',
    'd179-cs2-486', 'd179-cs2-488', 'd179-cs2-489', 'd179-cs2-490', 'd179-cs2-492', 'd179-cs2-493',
    'd179-cs2-494', 'd179-cs2-496', 'd179-cs2-497', 'd179-cs2-498', 'd179-cs2-5', 'd179-cs2-500',
    'd179-cs2-501', 'd179-cs2-502', 'd179-cs2-504', 'd179-cs2-505', 'd179-cs2-506', 'd179-cs2-508',
    'd179-cs2-509', 'd179-cs2-510', 'd179-cs2-512', 'd179-cs2-513', 'd179-cs2-514', 'd179-cs2-52',
    'd179-cs2-53', 'd179-cs2-532', 'd179-cs2-533', 'd179-cs2-534', 'd179-cs2-54', 'd179-cs2-550',
    'd179-cs2-552', 'd179-cs2-553', 'd179-cs2-554', 'd179-cs2-560', 'd179-cs2-561', 'd179-cs2-562',
    'd179-cs2-564', 'd179-cs2-565', 'd179-cs2-566', 'd179-cs2-568', 'd179-cs2-569', 'd179-cs2-570',
    'd179-cs2-572', 'd179-cs2-573', 'd179-cs2-574', 'd179-cs2-576', 'd179-cs2-577', 'd179-cs2-578',
    'd179-cs2-580', 'd179-cs2-581', 'd179-cs2-582', 'd179-cs2-584', 'd179-cs2-585', 'd179-cs2-586',
    'd179-cs2-588', 'd179-cs2-589', 'd179-cs2-590', 'd179-cs2-592', 'd179-cs2-593', 'd179-cs2-594',
    'd179-cs2-6', 'd179-cs2-612', 'd179-cs2-613', 'd179-cs2-614', 'd179-cs2-630', 'd179-cs2-632',
    'd179-cs2-633', 'd179-cs2-634', 'd179-cs2-640', 'd179-cs2-641', 'd179-cs2-642', 'd179-cs2-644',
    'd179-cs2-645', 'd179-cs2-646', 'd179-cs2-648', 'd179-cs2-649', 'd179-cs2-650', 'd179-cs2-652',
    'd179-cs2-653', 'd179-cs2-654', 'd179-cs2-656', 'd179-cs2-657', 'd179-cs2-658', 'd179-cs2-660',
    'd179-cs2-661', 'd179-cs2-664', 'd179-cs2-665', 'd179-cs2-666', 'd179-cs2-668', 'd179-cs2-669',
    'd179-cs2-670', 'd179-cs2-672', 'd179-cs2-673', 'd179-cs2-674', 'd179-cs2-692', 'd179-cs2-693',
    'd179-cs2-694', 'd179-cs2-70', 'd179-cs2-712', 'd179-cs2-713', 'd179-cs2-714', 'd179-cs2-72',
    'd179-cs2-720', 'd179-cs2-721', 'd179-cs2-722', 'd179-cs2-724', 'd179-cs2-725', 'd179-cs2-726',
    'd179-cs2-728', 'd179-cs2-729', 'd179-cs2-73', 'd179-cs2-730', 'd179-cs2-732', 'd179-cs2-733',
    'd179-cs2-734', 'd179-cs2-736', 'd179-cs2-737', 'd179-cs2-738', 'd179-cs2-74', 'd179-cs2-740',
    'd179-cs2-741', 'd179-cs2-742', 'd179-cs2-744', 'd179-cs2-745', 'd179-cs2-746', 'd179-cs2-748',
    'd179-cs2-749', 'd179-cs2-750', 'd179-cs2-752', 'd179-cs2-753', 'd179-cs2-754', 'd179-cs2-76',
    'd179-cs2-772', 'd179-cs2-773', 'd179-cs2-774', 'd179-cs2-790', 'd179-cs2-792', 'd179-cs2-793',
    'd179-cs2-794', 'd179-cs2-8', 'd179-cs2-80', 'd179-cs2-800', 'd179-cs2-801', 'd179-cs2-802',
    'd179-cs2-804', 'd179-cs2-805', 'd179-cs2-806', 'd179-cs2-808', 'd179-cs2-809', 'd179-cs2-81',
    'd179-cs2-810', 'd179-cs2-812', 'd179-cs2-813', 'd179-cs2-814', 'd179-cs2-816', 'd179-cs2-817',
    'd179-cs2-818', 'd179-cs2-82', 'd179-cs2-820', 'd179-cs2-821', 'd179-cs2-822', 'd179-cs2-824',
    'd179-cs2-825', 'd179-cs2-826', 'd179-cs2-828', 'd179-cs2-829', 'd179-cs2-830', 'd179-cs2-832',
    'd179-cs2-833', 'd179-cs2-834', 'd179-cs2-84', 'd179-cs2-85', 'd179-cs2-852', 'd179-cs2-853',
    'd179-cs2-854', 'd179-cs2-86', 'd179-cs2-870', 'd179-cs2-872', 'd179-cs2-873', 'd179-cs2-874',
    'd179-cs2-88', 'd179-cs2-880', 'd179-cs2-881', 'd179-cs2-882', 'd179-cs2-884', 'd179-cs2-885',
    'd179-cs2-886', 'd179-cs2-888', 'd179-cs2-889', 'd179-cs2-89', 'd179-cs2-890', 'd179-cs2-892',
    'd179-cs2-893', 'd179-cs2-894', 'd179-cs2-896', 'd179-cs2-897', 'd179-cs2-898', 'd179-cs2-9',
    'd179-cs2-90', 'd179-cs2-900', 'd179-cs2-901', 'd179-cs2-902', 'd179-cs2-904', 'd179-cs2-905',
    'd179-cs2-906', 'd179-cs2-908', 'd179-cs2-909', 'd179-cs2-910', 'd179-cs2-912', 'd179-cs2-913',
    'd179-cs2-914', 'd179-cs2-92', 'd179-cs2-93', 'd179-cs2-932', 'd179-cs2-933', 'd179-cs2-934',
    'd179-cs2-94', 'd179-cs2-950', 'd179-cs2-952', 'd179-cs2-953', 'd179-cs2-954', 'd179-cs2-96',
    'd179-cs2-960', 'd179-cs2-961', 'd179-cs2-962', 'd179-cs2-964', 'd179-cs2-965', 'd179-cs2-966',
    'd179-cs2-968', 'd179-cs2-969', 'd179-cs2-97', 'd179-cs2-970', 'd179-cs2-972', 'd179-cs2-973',
    'd179-cs2-974', 'd179-cs2-976', 'd179-cs2-977', 'd179-cs2-978', 'd179-cs2-98', 'd179-cs2-980',
    'd179-cs2-981', 'd179-cs2-982', 'd179-cs2-984', 'd179-cs2-985', 'd179-cs2-986', 'd179-cs2-988',
    'd179-cs2-989', 'd179-cs2-990', 'd179-cs2-992', 'd179-cs2-993', 'd179-cs2-994', 'd179-cv2-0',
    'd179-cv2-1', 'd179-cv2-10', 'd179-cv2-100', 'd179-cv2-101', 'd179-cv2-1012', 'd179-cv2-1013',
    'd179-cv2-1014', 'd179-cv2-102', 'd179-cv2-1030', 'd179-cv2-1032', 'd179-cv2-1033', 'd179-cv2-1034',
    'd179-cv2-104', 'd179-cv2-1040', 'd179-cv2-1041', 'd179-cv2-1042', 'd179-cv2-1044', 'd179-cv2-1045',
    'd179-cv2-1046', 'd179-cv2-1048', 'd179-cv2-1049', 'd179-cv2-105', 'd179-cv2-1050', 'd179-cv2-1052',
    'd179-cv2-1053', 'd179-cv2-1054', 'd179-cv2-1056', 'd179-cv2-1057', 'd179-cv2-1058', 'd179-cv2-106',
    'd179-cv2-1060', 'd179-cv2-1061', 'd179-cv2-1062', 'd179-cv2-1064', 'd179-cv2-1065', 'd179-cv2-1066',
    'd179-cv2-1068', 'd179-cv2-1069', 'd179-cv2-1072', 'd179-cv2-1073', 'd179-cv2-1074', 'd179-cv2-108',
    'd179-cv2-109', 'd179-cv2-1092', 'd179-cv2-1093', 'd179-cv2-1094', 'd179-cv2-110', 'd179-cv2-1110',
    'd179-cv2-1112', 'd179-cv2-1113', 'd179-cv2-1114', 'd179-cv2-112', 'd179-cv2-1120', 'd179-cv2-1121',
    'd179-cv2-1122', 'd179-cv2-1124', 'd179-cv2-1125', 'd179-cv2-1126', 'd179-cv2-1128', 'd179-cv2-1129',
    'd179-cv2-113', 'd179-cv2-1130', 'd179-cv2-1132', 'd179-cv2-1133', 'd179-cv2-1134', 'd179-cv2-1136',
    'd179-cv2-1137', 'd179-cv2-1138', 'd179-cv2-114', 'd179-cv2-1140', 'd179-cv2-1141', 'd179-cv2-1142',
    'd179-cv2-1144', 'd179-cv2-1145', 'd179-cv2-1146', 'd179-cv2-1148', 'd179-cv2-1149', 'd179-cv2-1150',
    'd179-cv2-1152', 'd179-cv2-1153', 'd179-cv2-1154', 'd179-cv2-1172', 'd179-cv2-1173', 'd179-cv2-1174',
    'd179-cv2-1190', 'd179-cv2-1192', 'd179-cv2-1193', 'd179-cv2-1194', 'd179-cv2-12', 'd179-cv2-1200',
    'd179-cv2-1201', 'd179-cv2-1202', 'd179-cv2-1204', 'd179-cv2-1205', 'd179-cv2-1206', 'd179-cv2-1208',
    'd179-cv2-1209', 'd179-cv2-1210', 'd179-cv2-1212', 'd179-cv2-1213', 'd179-cv2-1214', 'd179-cv2-1216',
    'd179-cv2-1217', 'd179-cv2-1218', 'd179-cv2-1221', 'd179-cv2-1222', 'd179-cv2-1224', 'd179-cv2-1225',
    'd179-cv2-1226', 'd179-cv2-1228', 'd179-cv2-1229', 'd179-cv2-1230', 'd179-cv2-1232', 'd179-cv2-1233',
    'd179-cv2-1234', 'd179-cv2-1252', 'd179-cv2-1253', 'd179-cv2-1254', 'd179-cv2-1270', 'd179-cv2-1272',
    'd179-cv2-1273', 'd179-cv2-1274', 'd179-cv2-1280', 'd179-cv2-1281', 'd179-cv2-1282', 'd179-cv2-1284',
    'd179-cv2-1285', 'd179-cv2-1286', 'd179-cv2-1288', 'd179-cv2-1289', 'd179-cv2-1290', 'd179-cv2-1292',
    'd179-cv2-1293', 'd179-cv2-1294', 'd179-cv2-1296', 'd179-cv2-1297', 'd179-cv2-1298', 'd179-cv2-13',
    'd179-cv2-1300', 'd179-cv2-1301', 'd179-cv2-1302', 'd179-cv2-1304', 'd179-cv2-1305', 'd179-cv2-1306',
    'd179-cv2-1308', 'd179-cv2-1309', 'd179-cv2-1310', 'd179-cv2-1312', 'd179-cv2-1313', 'd179-cv2-1314',
    'd179-cv2-132', 'd179-cv2-133', 'd179-cv2-1332', 'd179-cv2-1333', 'd179-cv2-1334', 'd179-cv2-134',
    'd179-cv2-1350', 'd179-cv2-1352', 'd179-cv2-1353', 'd179-cv2-1354', 'd179-cv2-1356', 'd179-cv2-1360',
    'd179-cv2-1361', 'd179-cv2-1362', 'd179-cv2-1364', 'd179-cv2-1365', 'd179-cv2-1366', 'd179-cv2-1368',
    'd179-cv2-1369', 'd179-cv2-1370', 'd179-cv2-1372', 'd179-cv2-1373', 'd179-cv2-1374', 'd179-cv2-1376',
    'd179-cv2-1377', 'd179-cv2-1378', 'd179-cv2-1380', 'd179-cv2-1381', 'd179-cv2-1382', 'd179-cv2-1384',
    'd179-cv2-1385', 'd179-cv2-1386', 'd179-cv2-1388', 'd179-cv2-1389', 'd179-cv2-1390', 'd179-cv2-1392',
    'd179-cv2-1393', 'd179-cv2-1394', 'd179-cv2-14', 'd179-cv2-1412', 'd179-cv2-1413', 'd179-cv2-1414',
    'd179-cv2-1430', 'd179-cv2-1432', 'd179-cv2-1433', 'd179-cv2-1434', 'd179-cv2-1440', 'd179-cv2-1441',
    'd179-cv2-1442', 'd179-cv2-1444', 'd179-cv2-1445', 'd179-cv2-1446', 'd179-cv2-1448', 'd179-cv2-1449',
    'd179-cv2-1450', 'd179-cv2-1452', 'd179-cv2-1453', 'd179-cv2-1454', 'd179-cv2-1456', 'd179-cv2-1457',
    'd179-cv2-1458', 'd179-cv2-1460', 'd179-cv2-1461', 'd179-cv2-1462', 'd179-cv2-1464', 'd179-cv2-1465',
    'd179-cv2-1466', 'd179-cv2-1468', 'd179-cv2-1469', 'd179-cv2-1470', 'd179-cv2-1472', 'd179-cv2-1473',
    'd179-cv2-1474', 'd179-cv2-1492', 'd179-cv2-1493', 'd179-cv2-1494', 'd179-cv2-1510', 'd179-cv2-1512',
    'd179-cv2-1513', 'd179-cv2-1514', 'd179-cv2-152', 'd179-cv2-1520', 'd179-cv2-1521', 'd179-cv2-1522',
    'd179-cv2-1524', 'd179-cv2-1525', 'd179-cv2-1526', 'd179-cv2-1528', 'd179-cv2-1529', 'd179-cv2-153',
    'd179-cv2-1530', 'd179-cv2-1532', 'd179-cv2-1533', 'd179-cv2-1534', 'd179-cv2-1536', 'd179-cv2-1537',
    'd179-cv2-1538', 'd179-cv2-154', 'd179-cv2-1540', 'd179-cv2-1541', 'd179-cv2-1542', 'd179-cv2-1544',
    'd179-cv2-1545', 'd179-cv2-1546', 'd179-cv2-1548', 'd179-cv2-1549', 'd179-cv2-1550', 'd179-cv2-1552',
    'd179-cv2-1553', 'd179-cv2-1554', 'd179-cv2-1572', 'd179-cv2-1573', 'd179-cv2-1574', 'd179-cv2-1590',
    'd179-cv2-1592', 'd179-cv2-1593', 'd179-cv2-1594', 'd179-cv2-16', 'd179-cv2-160', 'd179-cv2-1600',
    'd179-cv2-1601', 'd179-cv2-1602', 'd179-cv2-1604', 'd179-cv2-1605', 'd179-cv2-1606', 'd179-cv2-1608',
    'd179-cv2-1609', 'd179-cv2-161', 'd179-cv2-1612', 'd179-cv2-1613', 'd179-cv2-1614', 'd179-cv2-1616',
    'd179-cv2-1617', 'd179-cv2-1618', 'd179-cv2-162', 'd179-cv2-1620', 'd179-cv2-1621', 'd179-cv2-1622',
    'd179-cv2-1624', 'd179-cv2-1626', 'd179-cv2-1628', 'd179-cv2-1629', 'd179-cv2-1630', 'd179-cv2-1632',
    'd179-cv2-1633', 'd179-cv2-1634', 'd179-cv2-164', 'd179-cv2-1642', 'd179-cv2-165', 'd179-cv2-1652',
    'd179-cv2-1653', 'd179-cv2-1654', 'd179-cv2-166', 'd179-cv2-1670', 'd179-cv2-1672', 'd179-cv2-1673',
    'd179-cv2-1674', 'd179-cv2-1676', 'd179-cv2-1677', 'd179-cv2-168', 'd179-cv2-1680', 'd179-cv2-1681',
    'd179-cv2-1682', 'd179-cv2-1684', 'd179-cv2-1685', 'd179-cv2-1686', 'd179-cv2-1688', 'd179-cv2-1689',
    'd179-cv2-169', 'd179-cv2-1690', 'd179-cv2-1692', 'd179-cv2-1693', 'd179-cv2-1694', 'd179-cv2-1696',
    'd179-cv2-1697', 'd179-cv2-1698', 'd179-cv2-17', 'd179-cv2-170', 'd179-cv2-1700', 'd179-cv2-1701',
    'd179-cv2-1702', 'd179-cv2-1704', 'd179-cv2-1705', 'd179-cv2-1706', 'd179-cv2-1708', 'd179-cv2-1709',
    'd179-cv2-1710', 'd179-cv2-1712', 'd179-cv2-1713', 'd179-cv2-1714', 'd179-cv2-172', 'd179-cv2-1720',
    'd179-cv2-1724', 'd179-cv2-173', 'd179-cv2-1732', 'd179-cv2-1733', 'd179-cv2-1734', 'd179-cv2-174',
    'd179-cv2-1750', 'd179-cv2-1752', 'd179-cv2-1753', 'd179-cv2-1754', 'd179-cv2-1759', 'd179-cv2-176',
    'd179-cv2-1760', 'd179-cv2-1761', 'd179-cv2-1762', 'd179-cv2-1764', 'd179-cv2-1765', 'd179-cv2-1766',
    'd179-cv2-1768', 'd179-cv2-1769', 'd179-cv2-177', 'd179-cv2-1770', 'd179-cv2-1772', 'd179-cv2-1773',
    'd179-cv2-1774', 'd179-cv2-1776', 'd179-cv2-1777', 'd179-cv2-1778', 'd179-cv2-178', 'd179-cv2-1780',
    'd179-cv2-1781', 'd179-cv2-1782', 'd179-cv2-1784', 'd179-cv2-1785', 'd179-cv2-1786', 'd179-cv2-1788',
    'd179-cv2-1789', 'd179-cv2-1790', 'd179-cv2-1792', 'd179-cv2-1793', 'd179-cv2-1794', 'd179-cv2-18',
    'd179-cv2-180', 'd179-cv2-1802', 'd179-cv2-181', 'd179-cv2-1812', 'd179-cv2-1813', 'd179-cv2-1814',
    'd179-cv2-182', 'd179-cv2-1830', 'd179-cv2-1832', 'd179-cv2-1833', 'd179-cv2-1834', 'd179-cv2-1837',
    'd179-cv2-184', 'd179-cv2-1840', 'd179-cv2-1841', 'd179-cv2-1842', 'd179-cv2-1844', 'd179-cv2-1845',
    'd179-cv2-1846', 'd179-cv2-1848', 'd179-cv2-1849', 'd179-cv2-185', 'd179-cv2-1850', 'd179-cv2-1852',
    'd179-cv2-1853', 'd179-cv2-1854', 'd179-cv2-1856', 'd179-cv2-1857', 'd179-cv2-1858', 'd179-cv2-186',
    'd179-cv2-1860', 'd179-cv2-1861', 'd179-cv2-1862', 'd179-cv2-1864', 'd179-cv2-1865', 'd179-cv2-1866',
    'd179-cv2-1868', 'd179-cv2-1869', 'd179-cv2-1870', 'd179-cv2-1872', 'd179-cv2-1873', 'd179-cv2-1874',
    'd179-cv2-188', 'd179-cv2-189', 'd179-cv2-1892', 'd179-cv2-1893', 'd179-cv2-1894', 'd179-cv2-190',
    'd179-cv2-1910', 'd179-cv2-1912', 'd179-cv2-1913', 'd179-cv2-1914', 'd179-cv2-192', 'd179-cv2-1920',
    'd179-cv2-1921', 'd179-cv2-1922', 'd179-cv2-1924', 'd179-cv2-1925', 'd179-cv2-1926', 'd179-cv2-1928',
    'd179-cv2-1929', 'd179-cv2-193', 'd179-cv2-1930', 'd179-cv2-1932', 'd179-cv2-1933', 'd179-cv2-1934',
    'd179-cv2-1936', 'd179-cv2-1937', 'd179-cv2-1938', 'd179-cv2-194', 'd179-cv2-1940', 'd179-cv2-1941',
    'd179-cv2-1942', 'd179-cv2-1944', 'd179-cv2-1945', 'd179-cv2-1946', 'd179-cv2-1948', 'd179-cv2-1949',
    'd179-cv2-1950', 'd179-cv2-1953', 'd179-cv2-1954', 'd179-cv2-1972', 'd179-cv2-1973', 'd179-cv2-1974',
    'd179-cv2-1990', 'd179-cv2-1992', 'd179-cv2-1993', 'd179-cv2-1994', 'd179-cv2-2', 'd179-cv2-20',
    'd179-cv2-21', 'd179-cv2-212', 'd179-cv2-213', 'd179-cv2-214', 'd179-cv2-22', 'd179-cv2-230',
    'd179-cv2-232', 'd179-cv2-233', 'd179-cv2-234', 'd179-cv2-237', 'd179-cv2-24', 'd179-cv2-240',
    'd179-cv2-241', 'd179-cv2-242', 'd179-cv2-244', 'd179-cv2-245', 'd179-cv2-246', 'd179-cv2-248',
    'd179-cv2-249', 'd179-cv2-25', 'd179-cv2-250', 'd179-cv2-252', 'd179-cv2-253', 'd179-cv2-254',
    'd179-cv2-256', 'd179-cv2-257', 'd179-cv2-258', 'd179-cv2-26', 'd179-cv2-260', 'd179-cv2-261',
    'd179-cv2-262', 'd179-cv2-264', 'd179-cv2-265', 'd179-cv2-266', 'd179-cv2-268', 'd179-cv2-269',
    'd179-cv2-270', 'd179-cv2-272', 'd179-cv2-273', 'd179-cv2-274', 'd179-cv2-28', 'd179-cv2-29',
    'd179-cv2-292', 'd179-cv2-293', 'd179-cv2-294', 'd179-cv2-30', 'd179-cv2-310', 'd179-cv2-312',
    'd179-cv2-313', 'd179-cv2-314', 'd179-cv2-32', 'd179-cv2-320', 'd179-cv2-321', 'd179-cv2-322',
    'd179-cv2-324', 'd179-cv2-325', 'd179-cv2-326', 'd179-cv2-328', 'd179-cv2-329', 'd179-cv2-33',
    'd179-cv2-330', 'd179-cv2-332', 'd179-cv2-333', 'd179-cv2-334', 'd179-cv2-336', 'd179-cv2-337',
    'd179-cv2-338', 'd179-cv2-34', 'd179-cv2-340', 'd179-cv2-341', 'd179-cv2-342', 'd179-cv2-344',
    'd179-cv2-345', 'd179-cv2-346', 'd179-cv2-348', 'd179-cv2-349', 'd179-cv2-350', 'd179-cv2-352',
    'd179-cv2-353', 'd179-cv2-354', 'd179-cv2-372', 'd179-cv2-373', 'd179-cv2-374', 'd179-cv2-390',
    'd179-cv2-392', 'd179-cv2-393', 'd179-cv2-394', 'd179-cv2-4', 'd179-cv2-401', 'd179-cv2-402',
    'd179-cv2-404', 'd179-cv2-405', 'd179-cv2-406', 'd179-cv2-408', 'd179-cv2-409', 'd179-cv2-410',
    'd179-cv2-412', 'd179-cv2-413', 'd179-cv2-414', 'd179-cv2-416', 'd179-cv2-417', 'd179-cv2-418',
    'd179-cv2-420', 'd179-cv2-421', 'd179-cv2-422', 'd179-cv2-424', 'd179-cv2-425', 'd179-cv2-426',
    'd179-cv2-428', 'd179-cv2-429', 'd179-cv2-430', 'd179-cv2-432', 'd179-cv2-433', 'd179-cv2-434',
    'd179-cv2-452', 'd179-cv2-453', 'd179-cv2-454', 'd179-cv2-470', 'd179-cv2-472', 'd179-cv2-473',
    'd179-cv2-474', 'd179-cv2-480', 'd179-cv2-481', 'd179-cv2-482', 'd179-cv2-484', 'd179-cv2-486',
    'd179-cv2-488', 'd179-cv2-489', 'd179-cv2-490', 'd179-cv2-492', 'd179-cv2-493', 'd179-cv2-494',
    'd179-cv2-496', 'd179-cv2-497', 'd179-cv2-498', 'd179-cv2-5', 'd179-cv2-500', 'd179-cv2-501',
    'd179-cv2-502', 'd179-cv2-504', 'd179-cv2-505', 'd179-cv2-506', 'd179-cv2-508', 'd179-cv2-509',
    'd179-cv2-510', 'd179-cv2-512', 'd179-cv2-513', 'd179-cv2-514', 'd179-cv2-52', 'd179-cv2-53',
    'd179-cv2-532', 'd179-cv2-533', 'd179-cv2-534', 'd179-cv2-54', 'd179-cv2-550', 'd179-cv2-552',
    'd179-cv2-553', 'd179-cv2-554', 'd179-cv2-560', 'd179-cv2-561', 'd179-cv2-562', 'd179-cv2-564',
    'd179-cv2-565', 'd179-cv2-566', 'd179-cv2-568', 'd179-cv2-569', 'd179-cv2-570', 'd179-cv2-572',
    'd179-cv2-573', 'd179-cv2-574', 'd179-cv2-576', 'd179-cv2-577', 'd179-cv2-578', 'd179-cv2-580',
    'd179-cv2-581', 'd179-cv2-582', 'd179-cv2-584', 'd179-cv2-585', 'd179-cv2-586', 'd179-cv2-588',
    'd179-cv2-589', 'd179-cv2-590', 'd179-cv2-592', 'd179-cv2-593', 'd179-cv2-594', 'd179-cv2-6',
    'd179-cv2-612', 'd179-cv2-613', 'd179-cv2-614', 'd179-cv2-630', 'd179-cv2-632', 'd179-cv2-633',
    'd179-cv2-634', 'd179-cv2-640', 'd179-cv2-641', 'd179-cv2-642', 'd179-cv2-644', 'd179-cv2-645',
    'd179-cv2-646', 'd179-cv2-648', 'd179-cv2-649', 'd179-cv2-650', 'd179-cv2-652', 'd179-cv2-653',
    'd179-cv2-654', 'd179-cv2-656', 'd179-cv2-657', 'd179-cv2-658', 'd179-cv2-660', 'd179-cv2-661',
    'd179-cv2-662', 'd179-cv2-664', 'd179-cv2-665', 'd179-cv2-666', 'd179-cv2-668', 'd179-cv2-669',
    'd179-cv2-670', 'd179-cv2-672', 'd179-cv2-673', 'd179-cv2-674', 'd179-cv2-692', 'd179-cv2-693',
    'd179-cv2-694', 'd179-cv2-70', 'd179-cv2-712', 'd179-cv2-713', 'd179-cv2-714', 'd179-cv2-72',
    'd179-cv2-720', 'd179-cv2-721', 'd179-cv2-722', 'd179-cv2-724', 'd179-cv2-725', 'd179-cv2-726',
    'd179-cv2-728', 'd179-cv2-729', 'd179-cv2-73', 'd179-cv2-730', 'd179-cv2-732', 'd179-cv2-733',
    'd179-cv2-734', 'd179-cv2-736', 'd179-cv2-737', 'd179-cv2-738', 'd179-cv2-74', 'd179-cv2-740',
    'd179-cv2-741', 'd179-cv2-742', 'd179-cv2-744', 'd179-cv2-745', 'd179-cv2-746', 'd179-cv2-748',
    'd179-cv2-749', 'd179-cv2-750', 'd179-cv2-752', 'd179-cv2-753', 'd179-cv2-754', 'd179-cv2-76',
    'd179-cv2-772', 'd179-cv2-773', 'd179-cv2-774', 'd179-cv2-790', 'd179-cv2-792', 'd179-cv2-793',
    'd179-cv2-794', 'd179-cv2-8', 'd179-cv2-80', 'd179-cv2-800', 'd179-cv2-801', 'd179-cv2-802',
    'd179-cv2-804', 'd179-cv2-805', 'd179-cv2-806', 'd179-cv2-808', 'd179-cv2-809', 'd179-cv2-81',
    'd179-cv2-810', 'd179-cv2-812', 'd179-cv2-813', 'd179-cv2-814', 'd179-cv2-816', 'd179-cv2-817',
    'd179-cv2-818', 'd179-cv2-82', 'd179-cv2-820', 'd179-cv2-821', 'd179-cv2-822', 'd179-cv2-824',
    'd179-cv2-825', 'd179-cv2-826', 'd179-cv2-828', 'd179-cv2-829', 'd179-cv2-830', 'd179-cv2-832',
    'd179-cv2-833', 'd179-cv2-834', 'd179-cv2-84', 'd179-cv2-85', 'd179-cv2-852', 'd179-cv2-853',
    'd179-cv2-854', 'd179-cv2-86', 'd179-cv2-870', 'd179-cv2-872', 'd179-cv2-873', 'd179-cv2-874',
    'd179-cv2-88', 'd179-cv2-880', 'd179-cv2-881', 'd179-cv2-882', 'd179-cv2-884', 'd179-cv2-885',
    'd179-cv2-886', 'd179-cv2-888', 'd179-cv2-889', 'd179-cv2-89', 'd179-cv2-890', 'd179-cv2-892',
    'd179-cv2-893', 'd179-cv2-894', 'd179-cv2-896', 'd179-cv2-897', 'd179-cv2-898', 'd179-cv2-9',
    'd179-cv2-90', 'd179-cv2-900', 'd179-cv2-901', 'd179-cv2-902', 'd179-cv2-904', 'd179-cv2-905',
    'd179-cv2-906', 'd179-cv2-908', 'd179-cv2-909', 'd179-cv2-910', 'd179-cv2-912', 'd179-cv2-913',
    'd179-cv2-914', 'd179-cv2-92', 'd179-cv2-93', 'd179-cv2-932', 'd179-cv2-933', 'd179-cv2-934',
    'd179-cv2-94', 'd179-cv2-950', 'd179-cv2-952', 'd179-cv2-953', 'd179-cv2-954', 'd179-cv2-96',
    'd179-cv2-960', 'd179-cv2-961', 'd179-cv2-962', 'd179-cv2-964', 'd179-cv2-965', 'd179-cv2-966',
    'd179-cv2-968', 'd179-cv2-969', 'd179-cv2-97', 'd179-cv2-970', 'd179-cv2-972', 'd179-cv2-973',
    'd179-cv2-974', 'd179-cv2-976', 'd179-cv2-977', 'd179-cv2-978', 'd179-cv2-98', 'd179-cv2-980',
    'd179-cv2-981', 'd179-cv2-982', 'd179-cv2-984', 'd179-cv2-985', 'd179-cv2-986', 'd179-cv2-988',
    'd179-cv2-989', 'd179-cv2-990', 'd179-cv2-992', 'd179-cv2-993', 'd179-cv2-994', 
    'd179-ps-0', 'd179-ps-121', 'd179-ps-1223', 'd179-ps-15', 'd179-ps-458',
    'd179-ps-48', 'd179-ps-5', 'd179-ps-58', 'd179-ps-64', 'd179-ps-70', 'd179-ps-74',
    'd179-ps-75', 'd179-ps-768', 'd179-ps-771', 'd179-ps-773', 'd179-ps-779', 'd179-ps-818',
    'd179-ps-832', 'd179-ps-834', 'd179-ps-838', 'd179-ps-843', 'd179-ps-880', 'd179-ps-891',
    'd179-ps-9', 'd179-pv-0', 'd179-pv-121', 'd179-pv-1223', 'd179-pv-15', 'd179-pv-458',
    'd179-pv-48', 'd179-pv-5', 'd179-pv-58', 'd179-pv-64', 'd179-pv-70', 'd179-pv-74',
    'd179-pv-75', 'd179-pv-768', 'd179-pv-771', 'd179-pv-773', 'd179-pv-779', 'd179-pv-818',
    'd179-pv-832', 'd179-pv-834', 'd179-pv-838', 'd179-pv-843', 'd179-pv-880', 'd179-pv-891',
    'd179-pv-9', 'd179-uv-465',
}
r179_arguable |= r179_arguable_found

# Trimmed for ctest (probe_kit.sample_round), stop 42: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, and the members of no type the first fix still served
# (d179-hnta-*), every 10th safe variant and every 30th of the rest; then every arguable item left out.
import re as r179_re  # noqa: E402

r179_bases = {"cv2": "cb2", "gv": "gb", "pv": "pb", "uv": "ub", "fv": "fb"}
r179_keep = set(r179_found_alone) | {r179_re.sub(r"^d179-(cv2|gv|pv|uv|fv)-",
                                                 lambda m: "d179-" + r179_bases[m.group(1)] + "-", r179_i)
                                     for r179_i in r179_found_alone}
r179_keep |= {r179_p["id"] for r179_p in P if r179_p["id"].startswith("d179-hnta-")}
from probe_kit import sample_round as r179_sample_round  # noqa: E402

r179_sample_round("d179-", r179_keep, 30, safe_every=10)
P[:] = [r179_p for r179_p in P if r179_p["id"] not in r179_arguable]
