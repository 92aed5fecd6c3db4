r"""Red-team round 245 (black box): MULTI-PART VALUES SPLIT ACROSS MEMBERS OR JOINED INTO ONE.
Focus: addresses (street, house number, postcode, city, country), person names (first / middle initial / last, title,
  full name), dates (day / month / year, ISO string), phones (country code + number, E.164 string) and amounts (amount +
  currency, price string), written on one line, on several lines, as labelled fields, "key=value", in prose, in a table
  row; pairs whose variant changes ONE part (a postcode digit, the house number, the middle initial, the month, a phone
  digit, the cents), changes the layout only (safe), or swaps two parts ("Berg, Anna" vs "Anna Berg", first/last name
  under swapped labels, day/month, "(DD/MM/YYYY)" -> "(MM/DD/YYYY)", billing/shipping labels, house number/flat); the
  variant's first model answer is the base's. Seeded random.Random(245).
  2,933 probes in the round file (--runs 2): 2,081 pair variants, 418 bases, 433 safe, 1 single.
  Part 1 (families r245_address*, r245_name*, r245_date*, r245_phone*, r245_amount*): the parts inside running text
    (one line, several lines, prose, "·", key=value, two addresses, joined members). Run first in full (2,806 probes:
    1,547 pairs, 796 bases, 379 safe, 84 singles; the tester's copy could give them all back), then kept as a 2% sample.
  Part 2 (r245_f_*): each part as its own labelled field ("Day: 14", "Middle initial: M.", "Postcode: 0155",
    "Country code: +47", "Amount: 1250.00"), and a joined member from one field (full_name, address, ISO date, E.164).
  Part 3 (r245_j_*): two or three parts as fields under one fixed instruction per schema (postcode+city, street+house
    number, first+last name, country code+number, amount+currency, day+month+year), variants that glue a neighbour part
    or a remark into one field ("City: 0155 Oslo", "Street: Storgata 18", "Last name: Berg, Anna", "Number: +47 912…",
    "Currency: EUR 1250", "Month: 4/2024", "Amount: (1290)", "Amount: 1250-", "1250 CR", "Name: … , room 214").
HELD:
  - Part 1, full run (2,806 probes, fresh SQLite store, two passes): NOTHING was stored (0 entries, 0 reuse in run 2):
    a member that is part of a written value ("Storgata" of "Storgata 18", "Anna" of "Name: Anna Berg", 14 of
    "14.03.2024", 1250 of "EUR 1,250.00") is refused as "only part of the text's …" or "does not occur", prose with a
    "Customer:" line is refused ("the request points at customer: …"), decimal-comma amounts are refused. 2,345 of 2,806
    right answers refused; 0 wrong from the cache.
  - Part 2/3 (labelled fields, stored and reused: 325 reuse / 67 patch in run 1, 357 / 73 in run 2): one changed part
    under its own label (postcode digit, house number, "18B", month, month name "May" for an integer, day, phone digit,
    cents, currency) was rewritten right or regenerated: 0 wrong of 1,700+ such variants; swapped values under kept
    labels (first/last, day/month, house number/postcode) 0 wrong; a neighbour part glued into a field ("City: 0155
    Oslo", "Postcode: 0155 Oslo", "Street: Damrak 40", "Last name: Lind, Anna", "First name: Jonas M.", "House number:
    Storgata 20", "Number: +47 91234567", "Number: 0047 …", "Number: (0) …", "Country code: +46 (mobile)", "Currency:
    USD 1250", "Amount: 1260 EUR", "Month: 5/2024", "Day: 13.4.", "Year: 2025-04") refused or regenerated: 0 wrong;
    signs in accounting form ("Amount: (1290)", "1300-", "1310 CR") 0 wrong; remarks after a changed part (", room 214",
    " (verified by phone)", " [old record]", " - VIP", ", age 34") 0 wrong; full_name WITH a description ("first name
    then last name") never reused a "Berg, Anna", "Dr. …" or upper-case surname form: 0 wrong.
  - Safe variants reused: 19 of 433 (run 1 and run 2): layout changes of the same parts are regenerated, not reused.
WHAT GOT THROUGH (all by the licensed rewrite of a field whose label stayed and whose value changed: the new field value
  is copied whole into a member the schema leaves undescribed). Full round, fresh store, two passes: wrong from the
  cache 76 in run 1 (all reuse), 77 in run 2; wrong served fresh 1 (run 1). Alone (the found ids and their bases only: the 77
  ids and their bases, 130 probes, fresh store, two passes): 76 in run 1, 77 in run 2; 0 clear, 77 arguable.
 (A) ARGUABLE (closest to clear), the country code glued to the number is kept in "number" beside "country_code":
     "Return the country code and the number as JSON.\n\nRef: 30-118\nCountry code: +47\nNumber: 4745218177" ->
     {"country_code":"+47","number":"4745218177"}; "+46" / "Number: 4623770110" -> "4623770110" (24 ids, d245-jpn3-).
 (B) ARGUABLE, the trunk 0 kept: "Country code: +47\nNumber: 045218177" -> {"country_code":"+47","number":"045218177"}
     (24 ids, d245-jpn2-).
 (C) ARGUABLE, a currency name kept where the stored answers held ISO codes: "Return the amount and the currency as
     JSON.\n\nRef: 30-118\nAmount: 7467\nCurrency: Euro" -> {"amount":7467,"currency":"Euro"} (20 ids, d245-jmc3-).
 (D) ARGUABLE, a title kept in a full name with no description: "Give the full name as JSON.\n\nMember no: 5521\nName:
     Dr. Piotr Lind\nJoined: 2019" -> {"full_name":"Dr. Piotr Lind"} (9 ids, d245-fpdr-).
  Served fresh, never stored (exploratory full part-1 run: 46 in each pass, all dates): a model's stale or swapped
  month accepted because its digits occur elsewhere in the date: "…signed on 6-Nov-2019 in Bergen." -> {"day":6,
  "month":6,"year":2019}; "…signed on 01/07/2023 (DD/MM/YYYY) in Bergen." -> {"day":1,"month":1,"year":2023}; "Date:
  02/06/2023 (MM/DD/YYYY)" -> {"day":2,"month":6,"year":2023} (d245-dsw-2741, d245-dmo-2712, d245-ds-2824, d245-dsw-3059
  confirmed alone with the whole of part 1).
Adds its probes to probe_kit.P."""
import json as r245_json
import random as r245_random
import zlib as r245_zlib

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r245_rng = r245_random.Random(245)
r245_found_alone = set(['d245-fpdr-5335', 'd245-fpdr-5411', 'd245-fpdr-5630', 'd245-fpdr-5849', 'd245-fpdr-6132', 'd245-fpdr-6285', 'd245-fpdr-6362', 'd245-fpdr-6435', 'd245-fpdr-6700', 'd245-jmc3-6908', 'd245-jmc3-6961', 'd245-jmc3-7012', 'd245-jmc3-7066', 'd245-jmc3-7120', 'd245-jmc3-7226', 'd245-jmc3-7279', 'd245-jmc3-7335', 'd245-jmc3-7388', 'd245-jmc3-7442', 'd245-jmc3-7551', 'd245-jmc3-7609', 'd245-jmc3-7662', 'd245-jmc3-7702', 'd245-jmc3-7741', 'd245-jmc3-7818', 'd245-jmc3-7852', 'd245-jmc3-7893', 'd245-jmc3-7932', 'd245-jmc3-7972', 'd245-jpn2-6831', 'd245-jpn2-6885', 'd245-jpn2-6940', 'd245-jpn2-6992', 'd245-jpn2-7047', 'd245-jpn2-7100', 'd245-jpn2-7154', 'd245-jpn2-7205', 'd245-jpn2-7257', 'd245-jpn2-7315', 'd245-jpn2-7368', 'd245-jpn2-7422', 'd245-jpn2-7477', 'd245-jpn2-7531', 'd245-jpn2-7587', 'd245-jpn2-7642', 'd245-jpn2-7680', 'd245-jpn2-7721', 'd245-jpn2-7760', 'd245-jpn2-7795', 'd245-jpn2-7830', 'd245-jpn2-7873', 'd245-jpn2-7912', 'd245-jpn2-7951', 'd245-jpn3-6835', 'd245-jpn3-6889', 'd245-jpn3-6944', 'd245-jpn3-6996', 'd245-jpn3-7051', 'd245-jpn3-7104', 'd245-jpn3-7158', 'd245-jpn3-7209', 'd245-jpn3-7261', 'd245-jpn3-7319', 'd245-jpn3-7372', 'd245-jpn3-7426', 'd245-jpn3-7481', 'd245-jpn3-7535', 'd245-jpn3-7591', 'd245-jpn3-7646', 'd245-jpn3-7684', 'd245-jpn3-7725', 'd245-jpn3-7764', 'd245-jpn3-7799', 'd245-jpn3-7834', 'd245-jpn3-7877', 'd245-jpn3-7916', 'd245-jpn3-7955'])
r245_arguable = set(r245_found_alone)
r245_seen = {}
r245_n = [0]
r245_counts = {"pair": 0, "base": 0, "single": 0, "safe": 0}
r245_meta = {}


def r245_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = (prompt, r245_json.dumps(schema, sort_keys=True))
    if key in r245_seen:
        return r245_seen[key]
    r245_n[0] += 1
    pid = "d245-%s-%d" % (tag, r245_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r245_seen[key] = pid
    r245_counts[kind] += 1
    r245_meta[pid] = {"base": base, "kind": kind}
    return pid


def r245_pair(tag, fam, bprompt, schema, bexp, variants):
    """variants: list of (subtag, prompt, expect, safe, first_wrong or None)."""
    bid = r245_add(tag + "b", fam, bprompt, schema, bexp, [bexp], "base")
    for sub, vp, vexp, safe, wrong in variants:
        if vp == bprompt:
            continue
        if safe:
            r245_add(tag + sub, fam, vp, schema, vexp, [vexp], "safe", safe=True, base=bid)
        else:
            w = wrong if wrong is not None else bexp
            if w == vexp:
                continue
            r245_add(tag + sub, fam, vp, schema, vexp, [w, vexp], "pair", base=bid)


def r245_single(tag, fam, prompt, schema, exp, wrong):
    if wrong == exp:
        return
    r245_add(tag, fam, prompt, schema, exp, [wrong, exp], "single")


def r245_digit(s, rng):
    """Change one digit of s."""
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    i = rng.choice(idx)
    d = rng.choice([c for c in "0123456789" if c != s[i]])
    return s[:i] + d + s[i + 1:]


# ------------------------------------------------------------------ addresses
R245_PLACES = [("Storgata", "Oslo", "Norway", "0155"), ("Hauptstraße", "Berlin", "Germany", "10115"),
               ("Kungsgatan", "Stockholm", "Sweden", "111 43"), ("Rue de Rivoli", "Paris", "France", "75001"),
               ("Calle Mayor", "Madrid", "Spain", "28013"), ("Bredgade", "Copenhagen", "Denmark", "1260"),
               ("Via Roma", "Turin", "Italy", "10121"), ("Mannerheimintie", "Helsinki", "Finland", "00100"),
               ("Damrak", "Amsterdam", "Netherlands", "1012 LG"), ("Kongens gate", "Trondheim", "Norway", "7011"),
               ("Bahnhofstrasse", "Zürich", "Switzerland", "8001"), ("Ulica Długa", "Gdańsk", "Poland", "80-831"),
               ("Rua Augusta", "Lisbon", "Portugal", "1100-053"), ("Avenue Louise", "Brussels", "Belgium", "1050"),
               ("Strandvejen", "Aarhus", "Denmark", "8000"), ("Lindenallee", "Hamburg", "Germany", "20259")]
R245_PEOPLE = ["Anna Berg", "Jonas Lind", "Maria Costa", "Pierre Duval", "Eva Holm", "Lukas Meier", "Sofia Russo",
               "Piotr Nowak", "Ines Silva", "Tomas Ek", "Mira Holt", "Karl Vogel"]
R245_ADDR_SCHEMA = S({"street": "string", "house_number": "string", "postcode": "string", "city": "string",
                      "country": "string"})
R245_ADDR_JOINED = S({"name": "string", "address": "string"},
                     {"address": "the full postal address on one line: street and number, postcode and city, country"})
R245_ADDR_INSTR = ["Extract the customer's address as JSON (street, house number, postcode, city, country).",
                   "Return the delivery address split into its parts.",
                   "Parse the address below into street, house_number, postcode, city and country.",
                   "Get the shipping address from this order as JSON."]


def r245_addr_block(a, layout, who):
    st, no, pc, city, co = a["street"], a["house_number"], a["postcode"], a["city"], a["country"]
    if layout == "oneline":
        return "Customer: %s\nAddress: %s %s, %s %s, %s\nOrder: 4471\n" % (who, st, no, pc, city, co)
    if layout == "fields":
        return ("Customer: %s\nStreet: %s\nHouse number: %s\nPostcode: %s\nCity: %s\nCountry: %s\nOrder: 4471\n"
                % (who, st, no, pc, city, co))
    if layout == "block":
        return "Ship to:\n%s\n%s %s\n%s %s\n%s\n" % (who, st, no, pc, city, co)
    if layout == "prose":
        return "Please send the parcel to %s, who lives at %s %s in %s %s, %s.\n" % (who, st, no, pc, city, co)
    if layout == "dots":
        return "Customer: %s · %s %s · %s %s · %s\n" % (who, st, no, pc, city, co)
    if layout == "keyed":
        return ("customer=%s; street=%s; no=%s; zip=%s; city=%s; country=%s\n" % (who, st, no, pc, city, co))
    raise ValueError(layout)


R245_ADDR_LAYOUTS = ["oneline", "fields", "block", "prose", "dots", "keyed"]


def r245_addresses(rng):
    k = 0
    for pl in R245_PLACES:
        for rep in range(6):
            st, city, co, pc = pl
            no = str(rng.randint(2, 98))
            who = rng.choice(R245_PEOPLE)
            a = {"street": st, "house_number": no, "postcode": pc, "city": city, "country": co}
            lay = R245_ADDR_LAYOUTS[(k + rep) % len(R245_ADDR_LAYOUTS)]
            instr = R245_ADDR_INSTR[k % len(R245_ADDR_INSTR)]
            k += 1
            mk = lambda aa, ll, w=who: "%s\n\n%s" % (instr, r245_addr_block(aa, ll, w))
            variants = []
            # one part changes
            a1 = dict(a, postcode=r245_digit(pc, rng)); variants.append(("pc", mk(a1, lay), a1, False, None))
            a2 = dict(a, house_number=str(int(no) + rng.choice([1, 2, 10]))); variants.append(("hn", mk(a2, lay), a2, False, None))
            a3 = dict(a, house_number=no + rng.choice(["B", "A", "C"])); variants.append(("hl", mk(a3, lay), a3, False, None))
            if len(no) == 2 and no[0] != no[1]:
                a4 = dict(a, house_number=no[::-1]); variants.append(("hr", mk(a4, lay), a4, False, None))
            # house number and postcode coincide: the variant's house number is the base's postcode digits elsewhere
            # layout changes, parts stay (safe)
            for j, l2 in enumerate(R245_ADDR_LAYOUTS):
                if l2 != lay and (j + rep) % 2 == 0:
                    variants.append(("sl", mk(a, l2), a, True, None))
            # layout changes and one part changes
            l3 = R245_ADDR_LAYOUTS[(k + rep + 2) % len(R245_ADDR_LAYOUTS)]
            a5 = dict(a, postcode=r245_digit(pc, rng)); variants.append(("lp", mk(a5, l3), a5, False, None))
            # unrelated line changes (safe)
            variants.append(("so", mk(a, lay).replace("Order: 4471", "Order: 5520") if "Order: 4471" in mk(a, lay)
                             else mk(a, lay) + "Thanks!\n", a, True, None))
            r245_pair("a", "r245_address", mk(a, lay), R245_ADDR_SCHEMA, a, variants)
            # swap: flat number and house number
            if rep < 3:
                fl = str(rng.randint(2, 9))
                t = "%s\n\nCustomer: %s\nAddress: %s %s, flat %s, %s %s, %s\n" % (instr, who, st, no, fl, pc, city, co)
                ts = "%s\n\nCustomer: %s\nAddress: %s %s, flat %s, %s %s, %s\n" % (instr, who, st, fl, no, pc, city, co)
                r245_pair("af", "r245_address_swap", t, R245_ADDR_SCHEMA, a,
                          [("sw", ts, dict(a, house_number=fl), False, None)])
            # two addresses: billing and shipping, ask for shipping
            if rep < 4:
                pl2 = R245_PLACES[(R245_PLACES.index(pl) + 3) % len(R245_PLACES)]
                b = {"street": pl2[0], "house_number": str(rng.randint(2, 98)), "postcode": pl2[3], "city": pl2[1],
                     "country": pl2[2]}

                def two(bill, ship, swap=False):
                    l1, l2 = ("Shipping address", "Billing address") if swap else ("Billing address", "Shipping address")
                    return ("Get the shipping address from this order as JSON.\n\nOrder 8812 for %s\n%s: %s %s, %s %s, %s\n"
                            "%s: %s %s, %s %s, %s\n" % (who, l1, bill["street"], bill["house_number"], bill["postcode"],
                                                         bill["city"], bill["country"], l2, ship["street"],
                                                         ship["house_number"], ship["postcode"], ship["city"],
                                                         ship["country"]))
                bb = dict(b, postcode=r245_digit(b["postcode"], rng))
                sp = dict(a, postcode=r245_digit(pc, rng))
                r245_pair("a2", "r245_address_two", two(b, a), R245_ADDR_SCHEMA, a,
                          [("bill", two(bb, a), a, True, None),
                           ("ship", two(b, sp), sp, False, None),
                           ("swap", two(b, a, swap=True), b, False, None)])
            # joined: the address as one string from several lines
            if rep < 4:
                def jo(aa):
                    return "%s %s, %s %s, %s" % (aa["street"], aa["house_number"], aa["postcode"], aa["city"], aa["country"])
                jinstr = "Return the customer's name and full address as JSON."
                jb = {"name": who, "address": jo(a)}
                lj = ["fields", "block", "keyed", "prose"][rep]
                mkj = lambda aa, ll: "%s\n\n%s" % (jinstr, r245_addr_block(aa, ll, who))
                j1 = dict(a, postcode=r245_digit(pc, rng))
                j2 = dict(a, house_number=str(int(no) + 1))
                j3 = dict(a, city=a["city"] if rep % 2 else a["city"])
                r245_pair("aj", "r245_address_joined", mkj(a, lj), R245_ADDR_JOINED, jb,
                          [("pc", mkj(j1, lj), {"name": who, "address": jo(j1)}, False, None),
                           ("hn", mkj(j2, lj), {"name": who, "address": jo(j2)}, False, None),
                           ("sl", mkj(j3, "oneline"), jb, True, None)])


# ------------------------------------------------------------------ names
R245_FIRST = ["Anna", "Jonas", "Maria", "Pierre", "Eva", "Lukas", "Sofia", "Piotr", "Ines", "Tomas", "Mira", "Karl",
              "Greta", "Henrik", "Lena", "Oskar"]
R245_LAST = ["Berg", "Lind", "Costa", "Duval", "Holm", "Meier", "Russo", "Nowak", "Silva", "Ek", "Holt", "Vogel",
             "Strand", "Dahl", "Fischer", "Moreau"]
R245_NEAR = {"Anna": "Anne", "Jonas": "Jonah", "Maria": "Marie", "Pierre": "Pieter", "Eva": "Eve", "Lukas": "Lucas",
             "Sofia": "Sonia", "Piotr": "Petr", "Ines": "Inez", "Tomas": "Thomas", "Mira": "Mila", "Karl": "Carl",
             "Greta": "Grete", "Henrik": "Hendrik", "Lena": "Lina", "Oskar": "Oscar"}
R245_NAME3 = S({"first_name": "string", "middle_initial": "string", "last_name": "string"},
               {"middle_initial": "the middle initial with its full stop, e.g. \"J.\""})
R245_NAME2 = S({"first_name": "string", "last_name": "string"})
R245_NAMET = S({"title": "string", "first_name": "string", "last_name": "string"})
R245_FULL = S({"full_name": "string"}, {"full_name": "first name then last name"})


def r245_names(rng):
    k = 0
    for f in R245_FIRST:
        for rep in range(4):
            l = R245_LAST[(R245_FIRST.index(f) * 3 + rep) % len(R245_LAST)]
            m = rng.choice("ABCDEHJKLMRST")
            m2 = rng.choice([c for c in "ABCDEHJKLMRST" if c != m])
            k += 1
            ctx = rng.choice(["Patient record 3391", "Membership form", "Booking 7724", "Visitor log, gate 2"])
            instr2 = rng.choice(["Split the person's name into first and last name.",
                                 "Extract first_name and last_name as JSON.",
                                 "Give the guest's first and last name."])
            # two-part names
            lay = ["plain", "comma", "fields", "prose"][rep]

            def n2(fn, ln, ll):
                if ll == "plain":
                    return "%s\n\n%s\nName: %s %s\nSeat: 14\n" % (instr2, ctx, fn, ln)
                if ll == "comma":
                    return "%s\n\n%s\nName: %s, %s\nSeat: 14\n" % (instr2, ctx, ln, fn)
                if ll == "fields":
                    return "%s\n\n%s\nFirst name: %s\nLast name: %s\nSeat: 14\n" % (instr2, ctx, fn, ln)
                if ll == "fields_rev":
                    return "%s\n\n%s\nSurname: %s\nGiven name: %s\nSeat: 14\n" % (instr2, ctx, ln, fn)
                if ll == "prose":
                    return "%s\n\n%s\n%s %s arrived at nine and took seat 14.\n" % (instr2, ctx, fn, ln)
                if ll == "upper_last":
                    return "%s\n\n%s\nName: %s, %s\nSeat: 14\n" % (instr2, ctx, ln.upper(), fn)
                raise ValueError(ll)
            be = {"first_name": f, "last_name": l}
            vs = []
            for l2 in ["plain", "comma", "fields", "fields_rev", "prose"]:
                if l2 != lay:
                    vs.append(("sl", n2(f, l, l2), be, True, None))
            nf = R245_NEAR[f]
            vs.append(("nf", n2(nf, l, lay), {"first_name": nf, "last_name": l}, False, None))
            l_other = R245_LAST[(R245_LAST.index(l) + 5) % len(R245_LAST)]
            vs.append(("nl", n2(f, l_other, lay), {"first_name": f, "last_name": l_other}, False, None))
            # swapped parts under labels: the form's fields hold them the other way round
            if lay in ("fields",):
                vs.append(("sw", n2(l, f, "fields"), {"first_name": l, "last_name": f}, False, None))
            if lay == "comma":
                # "Berg, Anna" -> "Anna, Berg": comma says last name first
                vs.append(("sw", "%s\n\n%s\nName: %s, %s\nSeat: 14\n" % (instr2, ctx, f, l),
                           {"first_name": l, "last_name": f}, False, None))
            r245_pair("n", "r245_name", n2(f, l, lay), R245_NAME2, be, vs)
            # three-part names with a middle initial
            instr3 = rng.choice(["Extract the first name, middle initial and last name.",
                                 "Split the signer's name into first_name, middle_initial and last_name."])

            def n3(fn, mi, ln, ll):
                if ll == "plain":
                    return "%s\n\nSigned: %s %s. %s\nDate: 2 May 2025\n" % (instr3, fn, mi, ln)
                if ll == "comma":
                    return "%s\n\nSigned: %s, %s %s.\nDate: 2 May 2025\n" % (instr3, ln, fn, mi)
                if ll == "fields":
                    return ("%s\n\nFirst name: %s\nMiddle initial: %s.\nLast name: %s\nDate: 2 May 2025\n"
                            % (instr3, fn, mi, ln))
                if ll == "prose":
                    return "%s\n\nThe lease was signed by %s %s. %s on 2 May 2025.\n" % (instr3, fn, mi, ln)
                raise ValueError(ll)
            lay3 = ["plain", "comma", "fields", "prose"][(rep + 1) % 4]
            b3 = {"first_name": f, "middle_initial": m + ".", "last_name": l}
            vs3 = [("mi", n3(f, m2, l, lay3), dict(b3, middle_initial=m2 + "."), False, None),
                   ("fi", n3(nf, m, l, lay3), dict(b3, first_name=nf), False, None)]
            for l2 in ["plain", "comma", "fields", "prose"]:
                if l2 != lay3 and rng.random() < 0.5:
                    vs3.append(("sl", n3(f, m, l, l2), b3, True, None))
            # middle initial equals the first letter of last name coincidence
            r245_pair("m", "r245_name_middle", n3(f, m, l, lay3), R245_NAME3, b3, vs3)
            # titles
            if rep < 2:
                t1, t2 = rng.choice([("Dr.", "Prof."), ("Mr.", "Ms."), ("Mrs.", "Dr."), ("Prof.", "Dr.")])
                instrt = "Extract the doctor's title, first name and last name."

                def nt(t, fn, ln, ll):
                    if ll == "plain":
                        return "%s\n\nReferral letter\nFrom: %s %s %s\nClinic: Nord\n" % (instrt, t, fn, ln)
                    return "%s\n\nReferral letter\nFrom: %s, %s (%s)\nClinic: Nord\n" % (instrt, ln, fn, t)
                lt = ["plain", "comma"][rep]
                bt = {"title": t1, "first_name": f, "last_name": l}
                r245_pair("t", "r245_name_title", nt(t1, f, l, lt), R245_NAMET, bt,
                          [("tt", nt(t2, f, l, lt), dict(bt, title=t2), False, None),
                           ("sl", nt(t1, f, l, ["comma", "plain"][rep]), bt, True, None)])
            # joined full name from split fields
            if rep < 3:
                ij = "Return the member's full name as JSON."

                def nj(fn, ln, ll, mid=None):
                    if ll == "fields":
                        return ("%s\n\nMember 5521\nFirst name: %s\n%sLast name: %s\nJoined: 2019\n"
                                % (ij, fn, ("Middle name: %s\n" % mid) if mid else "", ln))
                    if ll == "fields_rev":
                        return ("%s\n\nMember 5521\nLast name: %s\nFirst name: %s\n%sJoined: 2019\n"
                                % (ij, ln, fn, ("Middle name: %s\n" % mid) if mid else ""))
                    return "%s\n\nMember 5521\nName: %s, %s%s\nJoined: 2019\n" % (ij, ln, fn, (" " + mid) if mid else "")
                lj = ["fields", "fields_rev", "comma"][rep]
                bj = {"full_name": "%s %s" % (f, l)}
                mid = rng.choice(["Maria", "Johan", "Elise", "Paul"])
                r245_pair("j", "r245_name_joined", nj(f, l, lj), R245_FULL, bj,
                          [("nf", nj(nf, l, lj), {"full_name": "%s %s" % (nf, l)}, False, None),
                           ("sw", nj(l, f, lj), {"full_name": "%s %s" % (l, f)}, False, None),
                           ("md", nj(f, l, lj, mid), {"full_name": "%s %s %s" % (f, mid, l)}, False, None),
                           ("sl", nj(f, l, ["fields_rev", "comma", "fields"][rep]), bj, True, None)])
            # singles: model reads "Berg, Anna" the wrong way round
            if rep == 0:
                r245_single("ns", "r245_name_single", n2(f, l, "comma").replace("Seat: 14", "Seat: 15"), R245_NAME2,
                            be, {"first_name": l, "last_name": f})
                r245_single("ns", "r245_name_single", n2(f, l, "fields_rev").replace("Seat: 14", "Seat: 16"),
                            R245_NAME2, be, {"first_name": l, "last_name": f})
                r245_single("ns", "r245_name_single", n3(f, m, l, "comma").replace("2 May", "3 May"), R245_NAME3,
                            b3, {"first_name": l, "middle_initial": m + ".", "last_name": f})


# ------------------------------------------------------------------ dates
R245_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
R245_DATE = S({"day": "integer", "month": "integer", "year": "integer"})
R245_DATEJ = S({"invoice": "string", "date": "string"}, {"date": "the invoice date as YYYY-MM-DD"})


def r245_date_text(d, mo, y, ll):
    if ll == "dots":
        return "%02d.%02d.%d" % (d, mo, y)
    if ll == "words":
        return "%d %s %d" % (d, R245_MONTHS[mo - 1], y)
    if ll == "us_words":
        return "%s %d, %d" % (R245_MONTHS[mo - 1], d, y)
    if ll == "iso":
        return "%d-%02d-%02d" % (y, mo, d)
    if ll == "slash_dm":
        return "%02d/%02d/%d (DD/MM/YYYY)" % (d, mo, y)
    if ll == "slash_md":
        return "%02d/%02d/%d (MM/DD/YYYY)" % (mo, d, y)
    if ll == "abbr":
        return "%d-%s-%d" % (d, R245_MONTHS[mo - 1][:3], y)
    raise ValueError(ll)


R245_DLAYS = ["dots", "words", "us_words", "iso", "slash_dm", "slash_md", "abbr"]


def r245_dates(rng):
    k = 0
    for rep in range(84):
        y = rng.choice([2019, 2021, 2023, 2024, 2025])
        mo = rng.randint(1, 12)
        d = rng.randint(1, 12) if rep % 3 == 0 else rng.randint(1, 28)
        if rep % 7 == 0:
            d = mo  # day equals month
        ll = R245_DLAYS[rep % len(R245_DLAYS)]
        instr = rng.choice(["Split the contract date into day, month and year.",
                            "Extract the date of the invoice as day, month and year integers.",
                            "Return day, month and year of the appointment."])
        form = rng.choice(["fields", "prose", "header"])

        def dt(dd, mm, yy, lay, frm=form):
            t = r245_date_text(dd, mm, yy, lay)
            if frm == "fields":
                return "%s\n\nInvoice no: 58-221\nDate: %s\nTotal: 310.00\n" % (instr, t)
            if frm == "prose":
                return "%s\n\nThe agreement between the parties was signed on %s in Bergen.\n" % (instr, t)
            return "%s\n\nRef 4410 | Dated %s | Page 1 of 2\n" % (instr, t)
        be = {"day": d, "month": mo, "year": y}
        vs = []
        mo2 = rng.choice([x for x in range(1, 13) if x != mo])
        vs.append(("mo", dt(d, mo2, y, ll), dict(be, month=mo2), False, None))
        d2 = rng.choice([x for x in range(1, 29) if x != d])
        vs.append(("dy", dt(d2, mo, y, ll), dict(be, day=d2), False, None))
        vs.append(("yr", dt(d, mo, y + 1, ll), dict(be, year=y + 1), False, None))
        if d != mo and d <= 12:
            vs.append(("sw", dt(mo, d, y, ll), {"day": mo, "month": d, "year": y}, False, None))
        if d == mo:
            mo3 = rng.choice([x for x in range(1, 13) if x != mo])
            vs.append(("co", dt(d, mo3, y, ll), dict(be, month=mo3), False, None))
        if ll in ("slash_dm", "slash_md") and d != mo and d <= 12:
            # same digits, the other format label
            t = dt(d, mo, y, ll).replace("(DD/MM/YYYY)", "(XX)").replace("(MM/DD/YYYY)", "(DD/MM/YYYY)").replace(
                "(XX)", "(MM/DD/YYYY)")
            vs.append(("fm", t, {"day": mo, "month": d, "year": y}, False, None))
        for l2 in R245_DLAYS:
            if l2 != ll and rng.random() < 0.4:
                vs.append(("sl", dt(d, mo, y, l2), be, True, None))
        l3 = R245_DLAYS[(rep + 3) % len(R245_DLAYS)]
        vs.append(("lm", dt(d, mo2, y, l3), dict(be, month=mo2), False, None))
        r245_pair("d", "r245_date", dt(d, mo, y, ll), R245_DATE, be, vs)
        # joined ISO date from parts
        if rep < 40:
            inv = "INV-%d" % rng.randint(1000, 9999)
            ji = "Return the invoice number and the invoice date (YYYY-MM-DD) as JSON."
            jl = rng.choice(["parts", "words", "dots", "us_words"])

            def dj(dd, mm, yy, lay=jl):
                if lay == "parts":
                    return "%s\n\nInvoice: %s\nDay: %d\nMonth: %s\nYear: %d\nAmount: 90.00\n" % (
                        ji, inv, dd, R245_MONTHS[mm - 1], yy)
                return "%s\n\nInvoice: %s\nIssued: %s\nAmount: 90.00\n" % (ji, inv, r245_date_text(dd, mm, yy, lay))
            iso = lambda dd, mm, yy: "%d-%02d-%02d" % (yy, mm, dd)
            bj = {"invoice": inv, "date": iso(d, mo, y)}
            vsj = [("mo", dj(d, mo2, y), {"invoice": inv, "date": iso(d, mo2, y)}, False, None),
                   ("dy", dj(d2, mo, y), {"invoice": inv, "date": iso(d2, mo, y)}, False, None)]
            if d != mo and d <= 12:
                vsj.append(("sw", dj(mo, d, y), {"invoice": inv, "date": iso(mo, d, y)}, False, None))
            vsj.append(("sl", dj(d, mo, y, "iso"), bj, True, None))
            r245_pair("dj", "r245_date_joined", dj(d, mo, y), R245_DATEJ, bj, vsj)
        if rep % 4 == 0 and d != mo and d <= 12:
            r245_single("ds", "r245_date_single", dt(d, mo, y, "slash_md", "fields").replace("310.00", "311.00"),
                        R245_DATE, be, {"day": mo, "month": d, "year": y})
            r245_single("ds", "r245_date_single", dt(d, mo, y, "us_words", "fields").replace("310.00", "312.00"),
                        R245_DATE, be, {"day": mo, "month": d, "year": y})


# ------------------------------------------------------------------ phones
R245_CC = ["+47", "+46", "+45", "+49", "+33", "+44", "+31", "+48", "+39", "+34"]
R245_PHONE = S({"country_code": "string", "number": "string"},
               {"country_code": "the calling code with its plus sign, e.g. +47",
                "number": "the national number, digits only"})
R245_PHONEJ = S({"contact": "string", "phone": "string"}, {"phone": "the phone number in E.164 form, e.g. +4791234567"})


def r245_phone_text(cc, num, ll):
    n = num
    if ll == "spaced":
        return "%s %s %s %s" % (cc, n[:3], n[3:5], n[5:])
    if ll == "paren":
        return "(%s) %s" % (cc, n)
    if ll == "zeros":
        return "00%s %s" % (cc[1:], " ".join([n[:2], n[2:4], n[4:6], n[6:]]))
    if ll == "dash":
        return "%s-%s-%s" % (cc, n[:4], n[4:])
    raise ValueError(ll)


def r245_phones(rng):
    for rep in range(80):
        cc = R245_CC[rep % len(R245_CC)]
        num = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(7))
        who = R245_PEOPLE[rep % len(R245_PEOPLE)]
        ll = ["spaced", "paren", "zeros", "dash"][rep % 4]
        form = ["fields", "prose", "split"][rep % 3]
        instr = rng.choice(["Extract the contact's phone number, split into country code and number.",
                            "Give country_code and number of the phone below."])

        def ph(c, nm, lay=ll, frm=form):
            if frm == "fields":
                return "%s\n\nContact: %s\nPhone: %s\nFax: none\n" % (instr, who, r245_phone_text(c, nm, lay))
            if frm == "prose":
                return "%s\n\nYou can reach %s on %s during office hours.\n" % (instr, who, r245_phone_text(c, nm, lay))
            return "%s\n\nContact: %s\nCountry code: %s\nNumber: %s %s %s\n" % (instr, who, c, nm[:3], nm[3:5], nm[5:])
        be = {"country_code": cc, "number": num}
        n2 = r245_digit(num, rng)
        cc2 = R245_CC[(rep + 3) % len(R245_CC)]
        i = rng.randrange(len(num) - 1)
        n3 = num[:i] + num[i + 1] + num[i] + num[i + 2:]
        vs = [("nd", ph(cc, n2), {"country_code": cc, "number": n2}, False, None),
              ("cc", ph(cc2, num), {"country_code": cc2, "number": num}, False, None),
              ("tr", ph(cc, n3), {"country_code": cc, "number": n3}, False, None)]
        for l2 in ["spaced", "paren", "zeros", "dash"]:
            if l2 != ll:
                vs.append(("sl", ph(cc, num, l2), be, True, None))
        vs.append(("ln", ph(cc, n2, ["spaced", "paren", "zeros", "dash"][(rep + 1) % 4]),
                   {"country_code": cc, "number": n2}, False, None))
        r245_pair("p", "r245_phone", ph(cc, num), R245_PHONE, be, vs)
        if rep < 40:
            ji = "Return the contact and the phone number as JSON."

            def pj(c, nm, frm):
                if frm == "split":
                    return "%s\n\nContact: %s\nCountry code: %s\nNumber: %s %s %s\n" % (ji, who, c, nm[:3], nm[3:5], nm[5:])
                return "%s\n\nContact: %s\nMobile: %s\n" % (ji, who, r245_phone_text(c, nm, ll))
            fj = ["split", "fields"][rep % 2]
            bj = {"contact": who, "phone": cc + num}
            r245_pair("pj", "r245_phone_joined", pj(cc, num, fj), R245_PHONEJ, bj,
                      [("nd", pj(cc, n2, fj), {"contact": who, "phone": cc + n2}, False, None),
                       ("cc", pj(cc2, num, fj), {"contact": who, "phone": cc2 + num}, False, None),
                       ("sl", pj(cc, num, ["fields", "split"][rep % 2]), bj, True, None)])


# ------------------------------------------------------------------ amounts
R245_AMT = S({"amount": "number", "currency": "string"},
             {"currency": "ISO 4217 code, e.g. EUR"})
R245_AMTJ = S({"item": "string", "price": "string"}, {"price": "the price as written, with its currency"})
R245_CUR = [("EUR", "€"), ("GBP", "£"), ("USD", "$"), ("CHF", "CHF"), ("NOK", "NOK"), ("SEK", "SEK")]


def r245_fmt_en(v):
    return "{:,.2f}".format(v)


def r245_fmt_de(v):
    return r245_fmt_en(v).replace(",", "_").replace(".", ",").replace("_", ".")


def r245_amount_text(v, code, sym, ll):
    if ll == "code_en":
        return "%s %s" % (code, r245_fmt_en(v))
    if ll == "de_sym":
        return "%s %s" % (r245_fmt_de(v), sym)
    if ll == "sym_en":
        return ("%s%s" % (sym, r245_fmt_en(v))) if len(sym) == 1 else "%s %s" % (sym, r245_fmt_en(v))
    if ll == "space":
        return "%s %s" % (r245_fmt_en(v).replace(",", " ").replace(".", ","), code)
    if ll == "code_de":
        return "%s %s" % (code, r245_fmt_de(v))
    raise ValueError(ll)


R245_ALAYS = ["code_en", "de_sym", "sym_en", "space", "code_de"]


def r245_amounts(rng):
    for rep in range(90):
        code, sym = R245_CUR[rep % len(R245_CUR)]
        v = rng.choice([1250.0, 980.5, 12.5, 4310.0, 1250.75, 77.9, 15000.0, 2345.6, 199.0, 1004.25])
        v = round(v + rng.randint(0, 40) * (1 if v > 100 else 0.1), 2)
        ll = R245_ALAYS[rep % len(R245_ALAYS)]
        form = ["fields", "prose", "table"][rep % 3]
        instr = rng.choice(["Extract the invoice total as amount and currency.",
                            "Return amount (a number) and currency (ISO code) of the total due."])

        def am(val, c, s, lay=ll, frm=form):
            t = r245_amount_text(val, c, s, lay)
            if frm == "fields":
                return "%s\n\nInvoice 2207\nCustomer: Nordlys AS\nTotal due: %s\nDue: 30 days\n" % (instr, t)
            if frm == "prose":
                return "%s\n\nThe customer, Nordlys AS, owes a total of %s for invoice 2207, due in 30 days.\n" % (instr, t)
            return "%s\n\n| Invoice | Customer | Total |\n|---|---|---|\n| 2207 | Nordlys AS | %s |\n" % (instr, t)
        be = {"amount": v, "currency": code}
        s = "{:.2f}".format(v)
        v2 = float(r245_digit(s, rng))
        v3 = round(v + 0.5, 2)
        c2, s2 = R245_CUR[(rep + 2) % len(R245_CUR)]
        vs = [("dg", am(v2, code, sym), {"amount": v2, "currency": code}, False, None),
              ("ct", am(v3, code, sym), {"amount": v3, "currency": code}, False, None),
              ("cu", am(v, c2, s2), {"amount": v, "currency": c2}, False, None),
              ("x10", am(round(v * 10, 2), code, sym), {"amount": round(v * 10, 2), "currency": code}, False, None)]
        for l2 in R245_ALAYS:
            if l2 != ll:
                vs.append(("sl", am(v, code, sym, l2), be, True, None))
        # layout changes, one digit too
        vs.append(("ld", am(v2, code, sym, R245_ALAYS[(rep + 2) % 5]), {"amount": v2, "currency": code}, False, None))
        r245_pair("m", "r245_amount", am(v, code, sym), R245_AMT, be, vs)
        if rep < 40:
            item = rng.choice(["Desk lamp", "Office chair", "Laptop stand", "Monitor arm"])
            ji = "Return the item and its price as written."
            pt = lambda val, c, s2_: r245_amount_text(val, c, s2_, ll)
            jt = lambda val, c, s2_: "%s\n\nItem: %s\nPrice: %s\nStock: 12\n" % (ji, item, pt(val, c, s2_))
            bj = {"item": item, "price": pt(v, code, sym)}
            r245_pair("mj", "r245_amount_joined", jt(v, code, sym), R245_AMTJ, bj,
                      [("dg", jt(v2, code, sym), {"item": item, "price": pt(v2, code, sym)}, False, None),
                       ("ct", jt(v3, code, sym), {"item": item, "price": pt(v3, code, sym)}, False, None),
                       ("cu", jt(v, c2, s2), {"item": item, "price": pt(v, c2, s2)}, False, None)])
        if rep % 3 == 0 and ll in ("de_sym", "code_de", "space"):
            # the model reads the decimal comma as a thousands separator
            wrong = float(s.replace(".", "")) if v < 1000 else round(v / 1000, 5)
            r245_single("ms", "r245_amount_single", am(v, code, sym, ll, "fields").replace("30 days", "14 days"),
                        R245_AMT, be, {"amount": wrong, "currency": code})


r245_addresses(r245_rng)
r245_names(r245_rng)
r245_dates(r245_rng)
r245_phones(r245_rng)
r245_amounts(r245_rng)


# ------------------------------------------------------------------ PART 2: the parts as fields (layouts the cache stores)
R245_DATE_F = S({"day": "integer", "month": "integer", "year": "integer"})
R245_NAME_F = S({"first_name": "string", "middle_initial": "string", "last_name": "string"})
R245_ADDR_F = S({"street": "string", "house_number": "string", "postcode": "string", "city": "string", "country": "string"})
R245_PHONE_F = S({"country_code": "string", "number": "string"})
R245_AMT_F = S({"amount": "number", "currency": "string"})
R245_FULL_F = S({"full_name": "string"}, {"full_name": "first name then last name, e.g. Anna Berg"})
R245_FULL_P = S({"full_name": "string"})
R245_ISO_F = S({"date": "string"}, {"date": "the date as YYYY-MM-DD"})
R245_E164_F = S({"phone": "string"}, {"phone": "E.164 form, e.g. +4791234567"})
R245_ADDRJ_F = S({"address": "string"})


def r245_fields(rng):
    for rep in range(22):
        # dates as fields
        y = rng.choice([2021, 2023, 2024, 2025]); mo = rng.randint(1, 12); d = rng.randint(1, 28)
        ins = rng.choice(["Return the date as JSON.", "Extract day, month and year as JSON.", "Read the date fields."])
        df = lambda dd, mm, yy, extra="": "%s\n\nDay: %s\nMonth: %s\nYear: %s\n%s" % (ins, dd, mm, yy, extra)
        be = {"day": d, "month": mo, "year": y}
        mo2 = rng.choice([x for x in range(1, 13) if x != mo])
        vs = [("mo", df(d, mo2, y), dict(be, month=mo2), False, None),
              ("mw", df(d, R245_MONTHS[mo2 - 1], y), dict(be, month=mo2), False, None),
              ("ma", df(d, R245_MONTHS[mo2 - 1][:3], y), dict(be, month=mo2), False, None),
              ("mz", df(d, "%02d" % mo, y), be, True, None),
              ("mn", df(d, R245_MONTHS[mo - 1], y), be, True, None),
              ("yy", df(d, mo, str(y)[2:]), be, False, None),
              ("dy", df("%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th")), mo, y), be, True, None),
              ("dm", "%s\n\nMonth: %s\nDay: %s\nYear: %s\n" % (ins, d, mo, y) if d <= 12 else df(d, mo, y),
               {"day": mo, "month": d, "year": y}, False, None),
              ("ord", "%s\n\nYear: %s\nMonth: %s\nDay: %s\n" % (ins, y, mo, d), be, True, None),
              ("mm", df(d, "%d (was %d)" % (mo2, mo), y), dict(be, month=mo2), False, None),
              ("fm", df(d, mo, y, "Format: MM/DD\n"), be, True, None)]
        if d <= 12 and d != mo:
            vs.append(("sw", df(mo, d, y), {"day": mo, "month": d, "year": y}, False, None))
        r245_pair("fd", "r245_f_date", df(d, mo, y), R245_DATE_F, be, vs)
        # names as fields
        f = R245_FIRST[rep % len(R245_FIRST)]; l = R245_LAST[(rep * 7) % len(R245_LAST)]
        m = rng.choice("ABCDEHJKLMRST"); m2 = rng.choice([c for c in "ABCDEHJKLMRST" if c != m])
        insn = rng.choice(["Return the name fields as JSON.", "Extract the member's name as JSON."])
        nf = lambda fn, mi, ln: "%s\n\nFirst name: %s\nMiddle initial: %s\nLast name: %s\n" % (insn, fn, mi, ln)
        bn = {"first_name": f, "middle_initial": m + ".", "last_name": l}
        vsn = [("mi", nf(f, m2 + ".", l), dict(bn, middle_initial=m2 + "."), False, None),
               ("mn", nf(f, m2, l), dict(bn, middle_initial=m2 + "."), False, None),
               ("md", nf(f, m, l), bn, True, None),
               ("sw", nf(l, m + ".", f), {"first_name": l, "middle_initial": m + ".", "last_name": f}, False, None),
               ("rv", "%s\n\nLast name: %s\nMiddle initial: %s.\nFirst name: %s\n" % (insn, l, m, f), bn, True, None),
               ("rs", "%s\n\nLast name: %s\nMiddle initial: %s.\nFirst name: %s\n" % (insn, f, m, l),
                {"first_name": l, "middle_initial": m + ".", "last_name": f}, False, None),
               ("fl", nf(R245_NEAR[f], m + ".", l), dict(bn, first_name=R245_NEAR[f]), False, None),
               ("cm", nf(f, m + ".", l + ", " + f), bn, True, None)]
        r245_pair("fn", "r245_f_name", nf(f, m + ".", l), R245_NAME_F, bn, vsn)
        # full name from one field, the form the description asks
        insf = rng.choice(["Return the member's full name.", "Give the full name as JSON."])
        ff = lambda v, lab="Name": "%s\n\nMember no: 5521\n%s: %s\nJoined: 2019\n" % (insf, lab, v)
        bf = {"full_name": "%s %s" % (f, l)}
        f2 = R245_FIRST[(rep + 5) % len(R245_FIRST)]; l2 = R245_LAST[(rep * 7 + 3) % len(R245_LAST)]
        for sch, tg in ((R245_FULL_F, "ff"), (R245_FULL_P, "fp")):
            vsf = [("cm", ff("%s, %s" % (l2, f2)), {"full_name": "%s %s" % (f2, l2)}, False, "%s, %s" % (l2, f2)),
                   ("cs", ff("%s, %s" % (l, f)), bf, False, {"full_name": "%s, %s" % (l, f)}),
                   ("mi", ff("%s %s. %s" % (f, m, l)), {"full_name": "%s %s. %s" % (f, m, l)}, False, None),
                   ("dr", ff("Dr. %s %s" % (f2, l2)), {"full_name": "%s %s" % (f2, l2)}, False,
                    {"full_name": "Dr. %s %s" % (f2, l2)}),
                   ("up", ff("%s %s" % (l2.upper(), f2)), {"full_name": "%s %s" % (f2, l2)}, False,
                    {"full_name": "%s %s" % (l2.upper(), f2)}),
                   ("nw", ff("%s %s" % (f2, l2)), {"full_name": "%s %s" % (f2, l2)}, False, None),
                   ("lb", ff("%s %s" % (f, l), "Full name"), bf, True, None)]
            vsf = [(a, b, c, dd, ({"full_name": e} if isinstance(e, str) else e)) for a, b, c, dd, e in vsf]
            for si, suf in enumerate([", room 214", " (guest)", ", age 34", " (née Lund)", " Jr.", ", MD", " [VIP]"]):
                if r245_zlib.crc32(("%s%d%d" % (tg, rep, si)).encode()) % 3 == 0:
                    vsf.append(("s%d" % si, ff("%s %s%s" % (f2, l2, suf)),
                                {"full_name": "%s %s" % (f2, l2)} if si in (0, 1, 2, 6) else
                                {"full_name": "%s %s%s" % (f2, l2, suf)}, False,
                                None if si in (0, 1, 2, 6) else {"full_name": "%s %s" % (f2, l2)}))
            if sch is R245_FULL_P:
                # without a description, "as written" is defensible for the comma forms: keep only the unambiguous ones
                vsf = [v for v in vsf if v[0] in ("mi", "nw", "lb", "dr") or v[0].startswith("s")]
            r245_pair(tg, "r245_f_fullname", ff("%s %s" % (f, l)), sch, bf, vsf)
        # addresses as fields
        pl = R245_PLACES[rep % len(R245_PLACES)]; no = str(rng.randint(2, 98))
        insa = rng.choice(["Return the address fields as JSON.", "Extract the address as JSON."])
        af = lambda st, n, pc, ci, co: ("%s\n\nStreet: %s\nHouse number: %s\nPostcode: %s\nCity: %s\nCountry: %s\n"
                                        % (insa, st, n, pc, ci, co))
        a = {"street": pl[0], "house_number": no, "postcode": pl[3], "city": pl[1], "country": pl[2]}
        pc2 = r245_digit(pl[3], rng)
        vsa = [("pc", af(pl[0], no, pc2, pl[1], pl[2]), dict(a, postcode=pc2), False, None),
               ("hn", af(pl[0], str(int(no) + 1), pl[3], pl[1], pl[2]), dict(a, house_number=str(int(no) + 1)), False, None),
               ("hb", af(pl[0], no + "B", pl[3], pl[1], pl[2]), dict(a, house_number=no + "B"), False, None),
               ("hf", af(pl[0], no + ", flat 3", pl[3], pl[1], pl[2]), a, True, None),
               ("pj", af(pl[0], no, pl[3] + " " + pl[1], pl[1], pl[2]), a, True, None),
               ("sn", af(pl[0] + " " + no, no, pl[3], pl[1], pl[2]), a, True, None),
               ("sw", af(pl[0], pl[3], no, pl[1], pl[2]), dict(a, house_number=pl[3], postcode=no), False, None),
               ("rv", "%s\n\nCountry: %s\nCity: %s\nPostcode: %s\nStreet: %s\nHouse number: %s\n" % (
                   insa, pl[2], pl[1], pl[3], pl[0], no), a, True, None),
               ("cc", af(pl[0], no, pl[3], pl[1], {"Norway": "NO", "Germany": "DE", "Sweden": "SE"}.get(pl[2], pl[2])),
                dict(a, country={"Norway": "NO", "Germany": "DE", "Sweden": "SE"}.get(pl[2], pl[2])), False, None)]
        r245_pair("fa", "r245_f_address", af(pl[0], no, pl[3], pl[1], pl[2]), R245_ADDR_F, a, vsa)
        # address joined in one field
        insj = "Return the address as JSON."
        aj = lambda v: "%s\n\nCustomer no: 7781\nAddress: %s\nSince: 2020\n" % (insj, v)
        one = "%s %s, %s %s, %s" % (pl[0], no, pl[3], pl[1], pl[2])
        one2 = "%s %s, %s %s, %s" % (pl[0], no, pc2, pl[1], pl[2])
        r245_pair("fj", "r245_f_address_joined", aj(one), R245_ADDRJ_F, {"address": one},
                  [("pc", aj(one2), {"address": one2}, False, None),
                   ("nw", "%s\n\nCustomer no: 7781\nAddress: %s %s,\n%s %s, %s\nSince: 2020\n" % (
                       insj, pl[0], no, pc2, pl[1], pl[2]), {"address": one2}, False, None),
                   ("tr", aj("%s %s, %s %s" % (pl[0], no, pl[3], pl[1])), {"address": "%s %s, %s %s" % (pl[0], no, pl[3], pl[1])},
                    False, None)])
        # phone as fields
        cc = R245_CC[rep % len(R245_CC)]; num = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(7))
        insp = rng.choice(["Return the phone fields as JSON.", "Extract country code and number."])
        pf = lambda c, n: "%s\n\nContact: Nordlys AS\nCountry code: %s\nNumber: %s\n" % (insp, c, n)
        bp = {"country_code": cc, "number": num}
        n2 = r245_digit(num, rng)
        r245_pair("fp", "r245_f_phone", pf(cc, num), R245_PHONE_F, bp,
                  [("nd", pf(cc, n2), dict(bp, number=n2), False, None),
                   ("cc", pf(R245_CC[(rep + 3) % 10], num), dict(bp, country_code=R245_CC[(rep + 3) % 10]), False, None),
                   ("np", pf(cc[1:], num), bp, True, None),
                   ("n0", pf("00" + cc[1:], num), bp, True, None),
                   ("sp", pf(cc, "%s %s %s" % (num[:3], num[3:5], num[5:])), bp, True, None),
                   ("mg", pf(cc, cc + " " + n2), dict(bp, number=n2), False, None),
                   ("zr", pf(cc, "0" + n2), dict(bp, number=n2), False, None)])
        # phone E.164 from one field
        pe = lambda v: "Return the phone as JSON.\n\nContact: Nordlys AS\nPhone: %s\n" % v
        r245_pair("fe", "r245_f_phone_e164", pe(cc + num), R245_E164_F, {"phone": cc + num},
                  [("sp", pe("%s %s %s %s" % (cc, n2[:3], n2[3:5], n2[5:])), {"phone": cc + n2}, False, None),
                   ("zz", pe("00%s%s" % (cc[1:], n2)), {"phone": cc + n2}, False, None),
                   ("nd", pe(cc + n2), {"phone": cc + n2}, False, None)])
        # amount as fields
        code, sym = R245_CUR[rep % len(R245_CUR)]
        v = round(rng.randint(100, 9000) + rng.choice([0, 0.5, 0.25, 0.9]), 2)
        insm = rng.choice(["Return the total as JSON.", "Extract amount and currency."])
        mf = lambda amt, cur: "%s\n\nInvoice: 2207\nAmount: %s\nCurrency: %s\n" % (insm, amt, cur)
        bm = {"amount": v, "currency": code}
        v2 = float(r245_digit("%.2f" % v, rng))
        c2 = R245_CUR[(rep + 2) % len(R245_CUR)][0]
        vsm = [("dg", mf("%.2f" % v2, code), dict(bm, amount=v2), False, None),
               ("cu", mf("%.2f" % v, c2), dict(bm, currency=c2), False, None),
               ("en", mf(r245_fmt_en(v), code), bm, True, None),
               ("de", mf(r245_fmt_de(v2), code), dict(bm, amount=v2), False, None),
               ("sy", mf("%.2f" % v, sym), bm, True, None),
               ("ac", mf("%s %.2f" % (c2, v), code), bm, False, None),
               ("ak", mf("%.2f k" % v, code), dict(bm, amount=v * 1000), False, None),
               ("ct", mf("%d cents" % round(v * 100), code), bm, False, None)]
        r245_pair("fm", "r245_f_amount", mf("%.2f" % v, code), R245_AMT_F, bm, vsm)
        # ISO date from one field
        di = lambda t: "Return the date as JSON.\n\nEvent: Board meeting\nDate: %s\nRoom: 4\n" % t
        iso = "%d-%02d-%02d" % (y, mo, d); iso2 = "%d-%02d-%02d" % (y, mo2, d)
        r245_pair("fi", "r245_f_date_iso", di(iso), R245_ISO_F, {"date": iso},
                  [("dt", di("%02d.%02d.%d" % (d, mo2, y)), {"date": iso2}, False, None),
                   ("wd", di("%d %s %d" % (d, R245_MONTHS[mo2 - 1], y)), {"date": iso2}, False, None),
                   ("us", di("%02d/%02d/%d" % (mo2, d, y)), {"date": iso2}, False, None),
                   ("nw", di(iso2), {"date": iso2}, False, None)])


r245_fields(r245_rng)


import zlib as r245_zlib

# ------------------------------------------------------------------ PART 3: two parts as two fields; a variant joins a neighbour part into one field
def r245_joinfields(rng):
    specs = []
    for rep in range(24):
        pl = R245_PLACES[rep % len(R245_PLACES)]; no = str(rng.randint(2, 98))
        f = R245_FIRST[rep % len(R245_FIRST)]; l = R245_LAST[(rep * 5 + 1) % len(R245_LAST)]
        m = "ABCDEHJKLMRST"[rep % 13]
        cc = R245_CC[rep % 10]; num = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(7))
        code, sym = R245_CUR[rep % 6]
        v = rng.randint(100, 9000)
        y = rng.choice([2021, 2023, 2024]); mo = rng.randint(1, 12); d = rng.randint(13, 28)
        pl2 = R245_PLACES[(rep + 5) % len(R245_PLACES)]
        f2 = R245_FIRST[(rep + 3) % len(R245_FIRST)]; l2 = R245_LAST[(rep * 5 + 4) % len(R245_LAST)]
        num2 = r245_digit(num, rng)
        # (tag, instr, [(label, key, value)], [(vtag, {key: text}, expect_override)])
        specs.append(("jc", "Return the postcode and city as JSON.", [("Postcode", "postcode", pl[3]), ("City", "city", pl[1])],
                      [("c1", {"city": "%s %s" % (pl[3], pl[1])}, {}), ("c2", {"city": "%s %s" % (pl2[3], pl2[1])}, {"city": pl2[1]}),
                       ("p1", {"postcode": "%s %s" % (pl[3], pl[1])}, {}), ("p2", {"postcode": "%s %s" % (pl2[3], pl[1])}, {"postcode": pl2[3]}),
                       ("c3", {"city": "%s, %s" % (pl2[1], pl2[2])}, {"city": pl2[1]}),
                       ("ok", {"city": pl2[1]}, {"city": pl2[1]})]))
        specs.append(("js", "Return the street and house number as JSON.", [("Street", "street", pl[0]), ("House number", "house_number", no)],
                      [("s1", {"street": "%s %s" % (pl2[0], no)}, {"street": pl2[0]}),
                       ("h1", {"house_number": "%s, flat 4" % (int(no) + 1)}, {"house_number": str(int(no) + 1)}),
                       ("h2", {"house_number": "%s %s" % (pl[0], int(no) + 2)}, {"house_number": str(int(no) + 2)}),
                       ("ok", {"house_number": str(int(no) + 3)}, {"house_number": str(int(no) + 3)})]))
        specs.append(("jn", "Return the first and last name as JSON.", [("First name", "first_name", f), ("Last name", "last_name", l)],
                      [("l1", {"last_name": "%s, %s" % (l2, f)}, {"last_name": l2}),
                       ("f1", {"first_name": "%s %s." % (f2, m)}, {"first_name": f2}),
                       ("f2", {"first_name": "%s %s" % (f2, l)}, {"first_name": f2}),
                       ("l2", {"last_name": "%s %s" % (f, l2)}, {"last_name": l2}),
                       ("t1", {"first_name": "Dr. %s" % f2}, {"first_name": f2}),
                       ("ok", {"last_name": l2}, {"last_name": l2})]))
        specs.append(("jp", "Return the country code and the number as JSON.", [("Country code", "country_code", cc), ("Number", "number", num)],
                      [("n1", {"number": "%s %s" % (cc, num2)}, {"number": num2}),
                       ("n2", {"number": "0%s" % num2}, {"number": num2}),
                       ("c1", {"country_code": "%s (%s)" % (R245_CC[(rep + 1) % 10], "mobile")}, {"country_code": R245_CC[(rep + 1) % 10]}),
                       ("c2", {"country_code": "%s %s" % (R245_CC[(rep + 1) % 10], num)}, {"country_code": R245_CC[(rep + 1) % 10]}),
                       ("ok", {"number": num2}, {"number": num2}),
                       ("n3", {"number": "%s%s" % (cc[1:], num2)}, {"number": num2}),
                       ("n4", {"number": "00%s %s" % (cc[1:], num2)}, {"number": num2}),
                       ("n5", {"number": "(0) %s" % num2}, {"number": num2}),
                       ("n6", {"number": "%s-%s" % (num2, num2[-2:])}, {"number": num2 + num2[-2:]})]))
        specs.append(("jm", "Return the amount and the currency as JSON.", [("Amount", "amount", v), ("Currency", "currency", code)],
                      [("c1", {"currency": "%s %d" % (R245_CUR[(rep + 1) % 6][0], v)}, {"currency": R245_CUR[(rep + 1) % 6][0]}),
                       ("c2", {"currency": "%s (%s)" % (R245_CUR[(rep + 1) % 6][0], "invoice currency")}, {"currency": R245_CUR[(rep + 1) % 6][0]}),
                       ("a1", {"amount": "%d %s" % (v + 10, code)}, {"amount": v + 10}),
                       ("a2", {"amount": "%s %d" % (code, v + 20)}, {"amount": v + 20}),
                       ("ok", {"amount": v + 30}, {"amount": v + 30}),
                       ("a3", {"amount": "(%d)" % (v + 40)}, {"amount": -(v + 40)}),
                       ("a4", {"amount": "%d-" % (v + 50)}, {"amount": -(v + 50)}),
                       ("a5", {"amount": "%d CR" % (v + 60)}, {"amount": -(v + 60)}),
                       ("a6", {"amount": "%d.-" % (v + 70)}, {"amount": v + 70}),
                       ("a7", {"amount": "%d,-" % (v + 80)}, {"amount": v + 80}),
                       ("c3", {"currency": "Euro" if code != "EUR" else "Pound sterling"}, {"currency": "EUR" if code != "EUR" else "GBP"}),
                       ("c4", {"currency": "%s/%s" % (code, R245_CUR[(rep + 1) % 6][0])}, {})]))
        specs.append(("jd", "Return day, month and year as JSON.", [("Day", "day", d), ("Month", "month", mo), ("Year", "year", y)],
                      [("y1", {"year": "%d-%02d" % (y + 1, mo)}, {"year": y + 1}),
                       ("d1", {"day": "%d.%d." % (d - 1, mo)}, {"day": d - 1}),
                       ("m1", {"month": "%d/%d" % (mo % 12 + 1, y)}, {"month": mo % 12 + 1}),
                       ("ok", {"month": mo % 12 + 1}, {"month": mo % 12 + 1}),
                       ("m2", {"month": "%d (%s)" % (mo % 12 + 1, R245_MONTHS[(mo + 1) % 12])}, {"month": mo % 12 + 1}),
                       ("d2", {"day": "%dth" % (d - 2)}, {"day": d - 2}),
                       ("y2", {"year": "'%d" % ((y + 1) % 100)}, {"year": y + 1}),
                       ("y3", {"year": "%d/%d" % (y, (y + 1) % 100)}, {})]))
    types = {"amount": "integer", "day": "integer", "month": "integer", "year": "integer"}
    for tag, instr, fields, variants in specs:
        sch = S({k: types.get(k, "string") for _, k, _ in fields})
        def txt(over):
            return "%s\n\nRef: 30-118\n%s" % (instr, "".join("%s: %s\n" % (lab, over.get(k, val)) for lab, k, val in fields))
        be = {k: val for _, k, val in fields}
        vs = [(vt, txt(over), dict(be, **ex), False, None) for vt, over, ex in variants]
        # a remark after a changed part (the ok variant's new value)
        okv = [ex for vt, over, ex in variants if vt == "ok"][0]
        k, nv = list(okv.items())[0]
        if isinstance(nv, str):
            for si, suf in enumerate([", room 214", " (verified by phone)", " [old record]", " - VIP", ", age 34", " (2nd)"]):
                if r245_zlib.crc32(("%s%s%d" % (tag, be, si)).encode()) % 3 == 0:
                    vs.append(("x%d" % si, txt({k: nv + suf}), dict(be, **okv), False, None))
        r245_pair(tag, "r245_j_" + tag, txt({}), sch, be, vs)


r245_joinfields(r245_rng)

# keep the round within 3,000 probes: every pair variant of the swap/coincidence/format kinds, most others, a third
# of the safe variants; bases only where a variant stays
import zlib as r245_zlib


r245_fam = {q["id"]: q["family"] for q in P}


def r245_keep_it(pid):
    if not pid.startswith("d245-"):
        return True
    kind = r245_meta[pid]["kind"]
    fam = [q["family"] for q in P if q["id"] == pid][0] if pid not in r245_fam else r245_fam[pid]
    if fam.startswith(("r245_f_", "r245_j_")):
        return True
    if kind != "base" and r245_zlib.crc32(pid.encode()) % 100 >= 2:
        return False
    h = r245_zlib.crc32(pid.encode()) % 100
    if kind == "safe":
        return h < 22
    if kind == "pair":
        tag = pid.split("-")[1]
        if tag.endswith(("sw", "fm", "co", "swap", "ship", "bill", "md")):
            return True
        return h < 52
    return True


P[:] = [p for p in P if r245_keep_it(p["id"])]
r245_needed = {r245_meta[p["id"]]["base"] for p in P if p["id"].startswith("d245-") and r245_meta[p["id"]]["base"]}
P[:] = [p for p in P if not p["id"].startswith("d245-") or r245_meta[p["id"]]["kind"] != "base"
        or p["id"] in r245_needed]
# Trimmed for ctest (probe_kit.trim_round), stop 51: every 10th safe variant and every 30th of the rest, each with
# the base of its pair; the found items, all arguable (a field's value copied word for word into a member whose
# schema says nothing of its form), left out.
from probe_kit import trim_round as r245_trim_round  # noqa: E402

r245_trim_round("d245-", r245_found_alone, r245_arguable,
                lambda i: [r245_meta[i]["base"]] if r245_meta.get(i, {}).get("base") else [])
