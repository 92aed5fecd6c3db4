r"""Red-team round 220 (black box): REPEATED LABELS, RECORD SELECTION BY LABEL WORDS, INSTRUCTIONS AS LISTS.
Focus: the three rules changed today. 2,988 probes (seeded, unique guest names per item): 1,396 bases, 1,482 pair
  variants (model's FIRST answer = the base's answer or the stale value, a later answer right), 110 safe. Run on the
  d220 probes only (workload filtered to w220.jsonl), fresh SQLite store, --runs 2.
Part 1 (d220-b1/p1/q1/r1/s1-, family r220_repeat): booking cards (guest, city, nights, paid) with the paid / nights /
  city label given again in 18 layouts (next line, after a blank line, "Phone:" between, "Update: L: v", "Update from
  the front desk: L is now v.", <p><b>L:</b></p>, **L:**, markdown table, [L: v], (L: v), "- L: v", <div>, "P.S. L -
  v", "> L: v", "L = v", "L - v", "Update: it is v now (L).", <tr><td>) x 16 paid labels (same, PAID/paid, "New paid",
  "Paid (corrected)", "Paid status", "Payment received", "Settled", "Betalt" ja/nei, "Bezahlt", "Pagado", "Payé" oui/non,
  "Paid?", "Payment: received/outstanding", "Is paid") and 12 nights / 11 city labels (synonyms, other languages,
  prefixes). Four directions: plain -> repeated (p1), repeated -> plain (r1), repeated -> the two values swapped (s1),
  plain -> repeated with the guest renamed (q1, patch path). Part 1c (d220-b7/c1-, r220_repeat_mid): the repeat
  inserted mid-card or replacing a "Note: none" line, also base-with-repeat -> repeat's value flipped back.
Part 1b (d220-b2/p2-, r220_records_repeat): two bookings, "Extract the first/second booking", one record repeats only
  Paid (inside booking 1) or Nights (last line, booking 2).
Part 2 (d220-b3/p3-, r220_select): two customers told apart by a field label only ("Extract the customer with a VAT
  number / an email address / a loyalty number / a phone number / an org number / a discount code / a fax number"),
  label moved to the other record, the other label asked for, "## With VAT number" headers, "VAT number: none" values;
  controls "Extract the first/second customer".
Part 3 (d220-b4/p4-, b5/p5-, b6/p6-): list instructions ("Extract name, age and city.", German, Norwegian, Spanish,
  French lists) with value changes, ", not the old one." (City (old): X / City: Y), "age in months", "age next year",
  "the current city" / "the city they moved to" (Moved to: Y), a later "Update:\nAge: N"; boolean lists "Extract the
  name, vegan and gluten-free." (value flips, prose "eats no animal products and avoids gluten", repeated "Vegan:",
  "**Gluten free:**"); "Return city and paid." / "Give city, nights and paid." over cards whose Paid flips, prose "has
  not paid yet", or "Update: Paid: no".
HELD (nothing wrong from the cache in either run, 0 reuse, 0 KEPT-FROM-CACHE):
  (1) repeated labels: 0 of 504 r220_repeat and 0 of 748 r220_repeat_mid served wrong from the cache (run 2: 210 and 66
      reused, all right; 3 + 2 on the patch path, right). Any appended or inserted line after a stored card made every
      member fail ("failing_fraction_above: 1.0") and went to the model; in-place synonyms were caught by evidence
      ("Paid: no" / "Is paid = no" -> patch, "its evidence 'paid : no' occurs 2 times"; "> Stay length: 7" before
      "Nights: 5" -> patch "the value is only in the earlier message quoted"). r1 (repeat removed) reused 126/126 right.
      Two records with one repeated label: never stored (instruction_changed / no candidate), 0 reuse.
  (2) selection by label words: every two-record request selected only by a label word was refused ("the text holds 2
      records and the request does not say which one to extract"), 0 of 360 stored or reused; ordinal controls too.
  (3) lists: 126 reuse of r220_list, all right (plain "Extract name, age and city." re-served on the same card);
      "not the old one", "in months", "next year", "current city", "moved to" all blocked (instruction_changed: the
      instruction word "months"/"next"/"current" changed, "names city a different number of times", "what the
      instruction negates"); foreign-language lists found no candidate; boolean lists never reused (0 of 320);
      "Return city and paid." reused 162, all right (paid flips re-read: 'Return city and paid. ... Paid: yes' ->
      paid true), prose "has not paid yet" refused ("the text states this value as another field's words").
  Safe on reuse: 18/110 (most safe variants append "Thanks!" after the card, which the cache treats like a new line).
WHAT GOT THROUGH: nothing from the cache. Whole round: wrong from the cache 0 (run 1) / 0 (run 2); wrong served fresh
  (path=skip, the scripted model's first answer) 156 in run 1, 169 in run 2 (e.g. r220_records_repeat 63, r220_repeat
  27/32, r220_list 36, r220_list_bool 20, r220_repeat_mid 10/18): e.g. d220-c1-2 "...Nights: 2\nPaid: no\nPaid: yes
  \nArrival: Friday" -> paid false (fresh). No alone rerun was needed.
  (The team's rerun, this round's probes only, fresh store, two runs: on the build before this stop's fixes run 2
  served 9 repeated-label variants from the cache, e.g. d220-c1-2 above -> paid false from its base; on the build
  with round 220's fix, wrong served fresh fell to 82 / 95, 0 from the cache.)
Adds its probes to probe_kit.P."""
import random as r220_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r220_rng = r220_random.Random(220)
r220_found_alone = set()
r220_arguable = set()
r220_prompts = {}
r220_n = [0]
r220_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r220_meta = {}


def r220_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r220_prompts:
        return r220_prompts[prompt]
    r220_n[0] += 1
    pid = "d220-%s-%d" % (tag, r220_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r220_prompts[prompt] = pid
    r220_counts[kind] += 1
    r220_meta[pid] = {"base": base}
    return pid


FIRST = ["Mira", "Tomas", "Priya", "Jonas", "Lena", "Omar", "Sofia", "Kai", "Ines", "Petra", "Ravi", "Elin", "Noor",
         "Anders", "Yuki", "Marta", "Felix", "Zara", "Henrik", "Aisha", "Luca", "Greta", "Oskar", "Leila", "Bram",
         "Nadia", "Emil", "Chiara", "Sven", "Hana", "Tariq"]
LAST = ["Holt", "Ek", "Nair", "Berg", "Vik", "Haddad", "Lund", "Moen", "Duarte", "Novak", "Menon", "Dahl", "Aalto",
        "Brandt", "Costa", "Dias", "Falk", "Gallo", "Hoff", "Iversen", "Jansen", "Kowal", "Lopes", "Meyer", "Nilsen",
        "Olsen", "Pires", "Quist", "Rossi", "Strand", "Toft", "Ueda", "Varga"]
r220_uc = [0]


def uname():
    r220_uc[0] += 1
    k = r220_uc[0]
    return "%s %s" % (FIRST[k % 31], LAST[(k // 31 + k * 5) % 33])


NAMES = ["Mira Holt", "Tomas Ek", "Priya Nair", "Jonas Berg", "Lena Vik", "Omar Haddad", "Sofia Lund", "Kai Moen",
         "Ines Duarte", "Petra Novak", "Ravi Menon", "Elin Dahl"]
CITIES = ["Oslo", "Bergen", "Ghent", "Lyon", "Porto", "Tromsø", "Leeds", "Graz", "Turin", "Malmö"]

booking = S({"guest": "string", "city": "string", "nights": "integer", "paid": "boolean"})
INSTR1 = ["Extract the booking as JSON.", "Pull the booking details out of this message.",
          "Read the reservation below and return guest, city, nights and paid."]

# label variants for the repeated label: (label, yes, no)
PAID_LABELS = [("Paid", "yes", "no"), ("Paid", "true", "false"), ("PAID", "YES", "NO"), ("paid", "yes", "no"),
               ("New paid", "yes", "no"), ("Paid (corrected)", "yes", "no"), ("Paid status", "yes", "no"),
               ("Payment received", "yes", "no"), ("Settled", "yes", "no"), ("Betalt", "ja", "nei"),
               ("Bezahlt", "ja", "nein"), ("Pagado", "sí", "no"), ("Payé", "oui", "non"), ("Paid?", "yes", "no"),
               ("Payment", "received", "outstanding"), ("Is paid", "yes", "no")]
NIGHT_LABELS = ["Nights", "NIGHTS", "nights", "New nights", "Nights (corrected)", "Number of nights", "Stay length",
                "Netter", "Nächte", "Noches", "Nights booked", "Nights?"]
CITY_LABELS = ["City", "CITY", "city", "New city", "City (corrected)", "Town", "Destination", "By", "Stadt", "Ciudad",
               "Hotel city"]


def r220_layout(k, label, val):
    return [
        "\n%s: %s" % (label, val),
        "\n\n%s: %s" % (label, val),
        "\nPhone: 555-0192\n%s: %s" % (label, val),
        "\n\nUpdate: %s: %s" % (label, val),
        "\n\nUpdate from the front desk: %s is now %s." % (label, val),
        "\n<p><b>%s:</b> %s</p>" % (label, val),
        "\n\n**%s:** %s" % (label, val),
        "\n\n| Field | Value |\n|---|---|\n| %s | %s |" % (label, val),
        "\n[%s: %s]" % (label, val),
        "\n(%s: %s)" % (label, val),
        "\n- %s: %s" % (label, val),
        "\n<div>%s: %s</div>" % (label, val),
        "\n\nP.S. %s - %s" % (label, val),
        "\n> %s: %s" % (label, val),
        "\n%s = %s" % (label, val),
        "\n%s - %s" % (label, val),
        "\n\nUpdate: it is %s now (%s)." % (val, label),
        "\n<tr><td>%s</td><td>%s</td></tr>" % (label, val),
    ][k]


NLAY = 18


def r220_card(g, c, n, pv, plabel="Paid", order=0):
    lines = ["Guest: %s" % g, "City: %s" % c, "Nights: %d" % n, "%s: %s" % (plabel, pv)]
    if order:
        lines = [lines[0], lines[3], lines[1], lines[2]]
    return "Booking\n" + "\n".join(lines)


def part1():
    """Repeated labels: paid, nights, city; both directions; with a name change (patch path)."""
    for i in range(252):
        g = uname()
        c = CITIES[(i * 3) % len(CITIES)]
        n = 2 + (i % 7)
        instr = INSTR1[0]
        field = ["paid", "nights", "city"][i % 3]
        lay = (i // 3) % NLAY
        direction = (i // 42) % 4  # 0 plain->repeat, 1 repeat->plain, 2 repeat->swapped repeat, 3 plain->repeat+name change
        base_paid = bool((i // 7) % 2)
        if field == "paid":
            lab, y, no = PAID_LABELS[(i // 5) % len(PAID_LABELS)]
            first = "yes" if base_paid else "no"
            later = (y if not base_paid else no)
            base_plain = r220_card(g, c, n, first)
            rep_text = r220_layout(lay, lab, later)
            v_plain_val, v_rep_val = base_paid, (not base_paid)
        elif field == "nights":
            lab = NIGHT_LABELS[(i // 5) % len(NIGHT_LABELS)]
            n2 = n + 1 + (i % 3)
            base_plain = r220_card(g, c, n, "yes" if base_paid else "no")
            rep_text = r220_layout(lay, lab, str(n2))
        else:
            lab = CITY_LABELS[(i // 5) % len(CITY_LABELS)]
            c2 = CITIES[(i * 3 + 1) % len(CITIES)]
            base_plain = r220_card(g, c, n, "yes" if base_paid else "no")
            rep_text = r220_layout(lay, lab, c2)

        def ans(gg, text_kind):
            a = {"guest": gg, "city": c, "nights": n, "paid": base_paid}
            if text_kind == "rep":
                if field == "paid":
                    a["paid"] = not base_paid
                elif field == "nights":
                    a["nights"] = n2
                else:
                    a["city"] = c2
            return a

        if direction in (0, 3):
            bp = instr + "\n\n" + base_plain + "\n"
            bid = r220_add("b1", "r220_repeat", bp, booking, ans(g, "plain"), [ans(g, "plain")], "base")
            if direction == 0:
                vp = instr + "\n\n" + base_plain + rep_text + "\n"
                r220_add("p1", "r220_repeat", vp, booking, ans(g, "rep"), [ans(g, "plain"), ans(g, "rep")], "pair",
                         base=bid)
            else:
                g2 = uname()
                vp = instr + "\n\n" + base_plain.replace(g, g2) + rep_text + "\n"
                r220_add("q1", "r220_repeat", vp, booking, ans(g2, "rep"), [ans(g2, "plain"), ans(g2, "rep")], "pair",
                         base=bid)
        elif direction == 1:
            bp = instr + "\n\n" + base_plain + rep_text + "\n"
            bid = r220_add("b1", "r220_repeat", bp, booking, ans(g, "rep"), [ans(g, "rep")], "base")
            vp = instr + "\n\n" + base_plain + "\n"
            r220_add("r1", "r220_repeat", vp, booking, ans(g, "plain"), [ans(g, "rep"), ans(g, "plain")], "pair",
                     base=bid)
        else:
            # base: plain X then repeat Y (answer Y); variant: plain Y' then repeat X' -> answer X
            bp = instr + "\n\n" + base_plain + rep_text + "\n"
            bid = r220_add("b1", "r220_repeat", bp, booking, ans(g, "rep"), [ans(g, "rep")], "base")
            # variant: same text but the repeated line moved before the first (so the original value is last)
            lines = base_plain.split("\n")
            key = {"paid": 4, "nights": 3, "city": 2}[field]
            orig = lines[key]
            lines2 = lines[:key] + [rep_text.strip("\n")] + lines[key + 1:]
            vp = instr + "\n\n" + "\n".join(lines2) + "\n" + orig + "\n"
            r220_add("s1", "r220_repeat", vp, booking, ans(g, "plain"), [ans(g, "rep"), ans(g, "plain")], "pair",
                     base=bid)
        # safe: spacing / thanks
        if i % 10 == 0:
            r220_add("sf", "r220_safe", instr + "\n\n" + base_plain + "\n\nThanks!\n", booking, ans(g, "plain"),
                     [ans(g, "plain")], "safe", safe=True)


def part1b():
    """Several records; one repeats only some labels."""
    for i in range(80):
        g1, g2 = uname(), uname()
        c1, c2 = CITIES[i % 10], CITIES[(i + 3) % 10]
        n1, n2 = 2 + i % 4, 3 + i % 5
        p1, p2 = bool(i % 2), bool((i // 2) % 2)
        which = ["second", "first"][i % 2]
        lay = i % NLAY
        yn = lambda b: "yes" if b else "no"
        text = ("Booking 1\nGuest: %s\nCity: %s\nNights: %d\nPaid: %s\n\nBooking 2\nGuest: %s\nCity: %s\nNights: %d\n"
                "Paid: %s" % (g1, c1, n1, yn(p1), g2, c2, n2, yn(p2)))
        instr = "Extract the %s booking as JSON." % which
        r1 = {"guest": g1, "city": c1, "nights": n1, "paid": p1}
        r2 = {"guest": g2, "city": c2, "nights": n2, "paid": p2}
        right = r2 if which == "second" else r1
        bid = r220_add("b2", "r220_records_repeat", instr + "\n\n" + text + "\n", booking, right, [right], "base")
        # repeat a label inside booking 1 (before booking 2) so it is unambiguous
        rep = r220_layout(lay, "Paid", yn(not p1))
        text1 = text.replace("Paid: %s\n\nBooking 2" % yn(p1), "Paid: %s%s\n\nBooking 2" % (yn(p1), rep))
        if which == "first":
            right2 = dict(r1, paid=not p1)
            r220_add("p2", "r220_records_repeat", instr + "\n\n" + text1 + "\n", booking, right2, [r1, right2], "pair",
                     base=bid)
        else:
            # repeated label at the end, in booking 2
            rep2 = r220_layout(lay, "Nights", str(n2 + 2))
            right2 = dict(r2, nights=n2 + 2)
            r220_add("p2", "r220_records_repeat", instr + "\n\n" + text + rep2 + "\n", booking, right2, [r2, right2],
                     "pair", base=bid)


cust = S({"name": "string", "city": "string"})
SELECT_LABELS = [("VAT number", "a VAT number", "NO 912 345 678"), ("Email", "an email address", "kontakt@fjord.no"),
                 ("Loyalty no.", "a loyalty number", "LY-44821"), ("Phone", "a phone number", "+47 912 34 567"),
                 ("Org number", "an org number", "998 877 665"), ("Discount code", "a discount code", "SPRING24"),
                 ("Fax", "a fax number", "+32 9 123 45 67")]


def part2():
    """Which record: by label words (no longer selects), by ordinal/name/value (still selects)."""
    for i in range(168):
        a, b = uname(), uname()
        ca, cb = CITIES[i % 10], CITIES[(i + 4) % 10]
        L1, phr1, v1 = SELECT_LABELS[i % 7]
        L2, phr2, v2 = SELECT_LABELS[(i + 1 + (i // 7) % 5) % 7]
        mode = (i // 35) % 4
        verb = ["Extract the customer with %s.", "Return the client that has %s.", "Give me the record with %s.",
                "Which customer has %s? Return their name and city."][i % 4]
        hdr = (i // 4) % 3
        def rec(nm, cy, extra, head):
            h = ["", "Customer\n", "### %s\n" % head][hdr]
            return h + "Name: %s\nCity: %s%s" % (nm, cy, extra)
        RA, RB = {"name": a, "city": ca}, {"name": b, "city": cb}
        if mode == 0:
            # label only on A; variant: label moves to B
            t = rec(a, ca, "\n%s: %s" % (L1, v1), "Record 1") + "\n\n" + rec(b, cb, "", "Record 2")
            t2 = rec(a, ca, "", "Record 1") + "\n\n" + rec(b, cb, "\n%s: %s" % (L1, v1), "Record 2")
            p = verb % phr1
            bid = r220_add("b3", "r220_select", p + "\n\n" + t + "\n", cust, RA, [RA], "base")
            r220_add("p3", "r220_select", p + "\n\n" + t2 + "\n", cust, RB, [RA, RB], "pair", base=bid)
        elif mode == 1:
            # both have different labels; variant asks for the other label
            t = rec(a, ca, "\n%s: %s" % (L1, v1), "Record 1") + "\n\n" + rec(b, cb, "\n%s: %s" % (L2, v2), "Record 2")
            bid = r220_add("b3", "r220_select", verb % phr1 + "\n\n" + t + "\n", cust, RA, [RA], "base")
            r220_add("p3", "r220_select", verb % phr2 + "\n\n" + t + "\n", cust, RB, [RA, RB], "pair", base=bid)
        elif mode == 2:
            # headers name the label; variant asks for the other
            t = ("## With %s\n" % L1) + "Name: %s\nCity: %s" % (a, ca) + "\n\n" + ("## With %s\n" % L2) + \
                "Name: %s\nCity: %s" % (b, cb)
            bid = r220_add("b3", "r220_select", verb % phr1 + "\n\n" + t + "\n", cust, RA, [RA], "base")
            r220_add("p3", "r220_select", verb % phr2 + "\n\n" + t + "\n", cust, RB, [RA, RB], "pair", base=bid)
        else:
            # value words: label present on both, value "none" on one
            t = rec(a, ca, "\n%s: %s" % (L1, v1), "Record 1") + "\n\n" + rec(b, cb, "\n%s: none" % L1, "Record 2")
            t2 = rec(a, ca, "\n%s: none" % L1, "Record 1") + "\n\n" + rec(b, cb, "\n%s: %s" % (L1, v1), "Record 2")
            p = verb % phr1
            bid = r220_add("b3", "r220_select", p + "\n\n" + t + "\n", cust, RA, [RA], "base")
            r220_add("p3", "r220_select", p + "\n\n" + t2 + "\n", cust, RB, [RA, RB], "pair", base=bid)
            # ordinal and by-name selectors as controls
            if i % 3 == 0:
                q = "Extract the second customer." + "\n\n" + t + "\n"
                bid2 = r220_add("b3", "r220_select", "Extract the first customer.\n\n" + t + "\n", cust, RA, [RA], "base")
                r220_add("p3", "r220_select", q, cust, RB, [RA, RB], "pair", base=bid2)


person = S({"name": "string", "age": "integer", "city": "string"})
diet = S({"name": "string", "vegan": "boolean", "gluten_free": "boolean"})
LIST_INSTR = [("Extract name, age and city.", "Name", "Age", "City"),
              ("Extract the name, age and city.", "Name", "Age", "City"),
              ("Return name, age, and city as JSON.", "Name", "Age", "City"),
              ("Extrahiere Name, Alter und Stadt.", "Name", "Alter", "Stadt"),
              ("Hent ut navn, alder og by.", "Navn", "Alder", "By"),
              ("Extrae nombre, edad y ciudad.", "Nombre", "Edad", "Ciudad"),
              ("Extrais le nom, l'âge et la ville.", "Nom", "Âge", "Ville")]


def part3():
    """Instructions as lists."""
    for i in range(252):
        nm = uname()
        age = 20 + (i * 7) % 50
        c, c2 = CITIES[i % 10], CITIES[(i + 3) % 10]
        instr, LN, LA, LC = LIST_INSTR[i % len(LIST_INSTR)]
        mode = (i // 7) % 6
        text = "%s: %s\n%s: %d\n%s: %s" % (LN, nm, LA, age, LC, c)
        R = {"name": nm, "age": age, "city": c}
        bid = r220_add("b4", "r220_list", instr + "\n\n" + text + "\n", person, R, [R], "base")
        if mode == 0:  # value change
            t2 = text.replace("%s: %d" % (LA, age), "%s: %d" % (LA, age + 3))
            R2 = dict(R, age=age + 3)
            r220_add("p4", "r220_list", instr + "\n\n" + t2 + "\n", person, R2, [R, R2], "pair", base=bid)
        elif mode == 1:  # not the old one
            t2 = text + "\nOld %s: %s" % (LC.lower(), c2)
            t3 = "%s: %s\n%s: %d\n%s (old): %s\n%s: %s" % (LN, nm, LA, age, LC, c, LC, c2)
            R3 = dict(R, city=c2)
            r220_add("p4", "r220_list", "Extract name, age and city, not the old one.\n\n" + t3 + "\n", person, R3,
                     [R, R3], "pair", base=bid)
            r220_add("p4", "r220_list", instr.rstrip(".") + ", not the old one.\n\n" + t2 + "\n", person, R,
                     [R], "safe", safe=True, base=bid)
        elif mode == 2:  # age in months / next year
            R2 = dict(R, age=age * 12)
            r220_add("p4", "r220_list", "Extract name, age in months and city.\n\n" + text + "\n", person, R2, [R, R2],
                     "pair", base=bid)
            R3 = dict(R, age=age + 1)
            r220_add("p4", "r220_list", "Extract name, age next year and city.\n\n" + text + "\n", person, R3, [R, R3],
                     "pair", base=bid)
        elif mode == 3:  # city unless it changed / moved
            t2 = text + "\nMoved to: %s" % c2
            R2 = dict(R, city=c2)
            r220_add("p4", "r220_list", "Extract name, age, and the current city.\n\n" + t2 + "\n", person, R2,
                     [R, R2], "pair", base=bid)
            r220_add("p4", "r220_list", instr.rstrip(".") + ", and the city they moved to.\n\n" + t2 + "\n", person,
                     R2, [R, R2], "pair", base=bid)
        elif mode == 4:  # list plus a repeated label later
            t2 = text + "\n\nUpdate:\n%s: %d" % (LA, age + 1)
            R2 = dict(R, age=age + 1)
            r220_add("p4", "r220_list", instr + "\n\n" + t2 + "\n", person, R2, [R, R2], "pair", base=bid)
        else:  # safe: reorder lines
            t2 = "%s: %s\n%s: %s\n%s: %d" % (LN, nm, LC, c, LA, age)
            r220_add("sf", "r220_safe", instr + "\n\n" + t2 + "\n", person, R, [R], "safe", safe=True)
    # diet: statement-like list items
    DI = ["Extract the name, vegan and gluten-free.", "Return name, vegan, gluten-free.",
          "Extract name and whether vegan and gluten-free."]
    for i in range(160):
        nm = uname()
        v, gf = bool(i % 2), bool((i // 2) % 2)
        yn = lambda b: "yes" if b else "no"
        instr = DI[i % 3]
        mode = (i // 4) % 4
        text = "Name: %s\nVegan: %s\nGluten-free: %s" % (nm, yn(v), yn(gf))
        R = {"name": nm, "vegan": v, "gluten_free": gf}
        bid = r220_add("b5", "r220_list_bool", instr + "\n\n" + text + "\n", diet, R, [R], "base")
        if mode == 0:
            R2 = {"name": nm, "vegan": not v, "gluten_free": gf}
            t2 = "Name: %s\nVegan: %s\nGluten-free: %s" % (nm, yn(not v), yn(gf))
            r220_add("p5", "r220_list_bool", instr + "\n\n" + t2 + "\n", diet, R2, [R, R2], "pair", base=bid)
        elif mode == 1:
            t2 = "%s eats %s and %s." % (nm, "no animal products" if not v else "fish on Fridays",
                                         "avoids gluten" if not gf else "loves fresh bread")
            R2 = {"name": nm, "vegan": not v, "gluten_free": not gf}
            r220_add("p5", "r220_list_bool", instr + "\n\n" + t2 + "\n", diet, R2, [R, R2], "pair", base=bid)
        elif mode == 2:
            t2 = text + "\nVegan: %s" % yn(not v)
            R2 = dict(R, vegan=not v)
            r220_add("p5", "r220_list_bool", instr + "\n\n" + t2 + "\n", diet, R2, [R, R2], "pair", base=bid)
        else:
            t2 = text + "\n\n**Gluten free:** %s" % yn(not gf)
            R2 = dict(R, gluten_free=not gf)
            r220_add("p5", "r220_list_bool", instr + "\n\n" + t2 + "\n", diet, R2, [R, R2], "pair", base=bid)
    # Return city and paid
    for i in range(120):
        g, c = uname(), CITIES[i % 10]
        n = 1 + i % 6
        p = bool(i % 2)
        yn = lambda b: "yes" if b else "no"
        instr = ["Return city and paid.", "Return guest, city, nights and paid.", "Give city, nights and paid."][i % 3]
        text = "Guest: %s\nCity: %s\nNights: %d\nPaid: %s" % (g, c, n, yn(p))
        R = {"guest": g, "city": c, "nights": n, "paid": p}
        bid = r220_add("b6", "r220_list_paid", instr + "\n\n" + text + "\n", booking, R, [R], "base")
        mode = (i // 3) % 3
        if mode == 0:
            t2 = "Guest: %s\nCity: %s\nNights: %d\nPaid: %s" % (g, c, n, yn(not p))
        elif mode == 1:
            t2 = "%s booked %d nights in %s and has %s." % (g, n, c, "not paid yet" if p else "already paid")
        else:
            t2 = text + "\n\nUpdate: Paid: %s" % yn(not p)
        R2 = dict(R, paid=not p)
        r220_add("p6", "r220_list_paid", instr + "\n\n" + t2 + "\n", booking, R2, [R, R2], "pair", base=bid)


def part1c():
    """Repeat inserted mid-card (lines follow it) or replacing a note line; base plain / variant repeated and back."""
    yn = lambda b: "yes" if b else "no"
    MID = ["{L}: {v}", "Update: {L}: {v}", "**{L}:** {v}", "<p>{L}: {v}</p>", "| {L} | {v} |", "[{L}: {v}]",
           "({L}: {v})", "- {L}: {v}", "{L} = {v}", "Note: {L}: {v}", "Update: {L} is now {v}."]
    instr = "Extract the booking as JSON."
    for i in range(264):
        g = uname()
        c = CITIES[(i * 7) % 10]
        n = 2 + (i % 6)
        pb = bool((i // 3) % 2)
        lab, y, no = PAID_LABELS[i % len(PAID_LABELS)]
        tmpl = MID[(i // 2) % len(MID)]
        mode = (i // 11) % 3
        head = "Booking\nGuest: %s\nCity: %s\nNights: %d\nPaid: %s" % (g, c, n, yn(pb))
        tail = "\nArrival: Friday" if i % 4 == 1 else ""
        R = {"guest": g, "city": c, "nights": n, "paid": pb}
        R2 = dict(R, paid=not pb)
        rep = tmpl.format(L=lab, v=(no if pb else y))
        if mode == 0:  # insert before trailing lines
            bid = r220_add("b7", "r220_repeat_mid", instr + "\n\n" + head + tail + "\n", booking, R, [R], "base")
            r220_add("c1", "r220_repeat_mid", instr + "\n\n" + head + "\n" + rep + tail + "\n", booking, R2, [R, R2],
                     "pair", base=bid)
        elif mode == 1:  # replace a note line
            bid = r220_add("b7", "r220_repeat_mid", instr + "\n\n" + head + "\nNote: none" + tail + "\n", booking, R,
                           [R], "base")
            r220_add("c1", "r220_repeat_mid", instr + "\n\n" + head + "\nNote: " + rep + tail + "\n", booking, R2,
                     [R, R2], "pair", base=bid)
        else:  # base has the repeat (answer R2); variant: repeat's value flipped back to the first value
            bid = r220_add("b7", "r220_repeat_mid", instr + "\n\n" + head + "\n" + rep + tail + "\n", booking, R2, [R2],
                           "base")
            rep2 = tmpl.format(L=lab, v=(y if pb else no))
            r220_add("c1", "r220_repeat_mid", instr + "\n\n" + head + "\n" + rep2 + tail + "\n", booking, R, [R2, R],
                     "pair", base=bid)
        # nights repeated mid
        if i % 2 == 0:
            nl = NIGHT_LABELS[i % len(NIGHT_LABELS)]
            bid = r220_add("b7", "r220_repeat_mid", instr + "\n\n" + head + "\nNote: none" + tail + "\n", booking, R,
                           [R], "base")
            Rn = dict(R, nights=n + 2)
            r220_add("c1", "r220_repeat_mid", instr + "\n\n" + head + "\nNote: " + tmpl.format(L=nl, v=n + 2) + tail
                     + "\n", booking, Rn, [R, Rn], "pair", base=bid)


part1c()
part1()
part1b()
part2()
part3()

# Trimmed for ctest (probe_kit.sample_round), stop 49: its tester found nothing from the cache on the build with this
# stop's first fixes; on the build before them, run 2 served 9 of its repeated-label variants from the cache (below,
# kept with their bases). Every 10th safe variant and every 30th of the rest (2,988 generated), each with its base.
r220_found_alone |= {"d220-c1-2", "d220-c1-193", "d220-c1-284", "d220-p1-763", "d220-s1-927", "d220-s1-952",
                     "d220-s1-958", "d220-q1-1091", "d220-q1-1097"}
from probe_kit import sample_round as r220_sample_round  # noqa: E402

r220_all = list(P)
r220_sample_round("d220-", r220_found_alone, 30, safe_every=10)
r220_keep = {r220_p["id"] for r220_p in P if r220_p["id"].startswith("d220-")}
r220_keep |= {r220_meta[r220_i]["base"] for r220_i in list(r220_keep) if r220_meta.get(r220_i, {}).get("base")}
P[:] = [r220_p for r220_p in r220_all if (not r220_p["id"].startswith("d220-") or r220_p["id"] in r220_keep)
        and r220_p["id"] not in r220_arguable]
