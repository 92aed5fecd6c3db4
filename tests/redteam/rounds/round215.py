r"""Red-team round 215 (black box): INSTRUCTION CHANGES ON THE REUSE PATH THAT CHANGE THE RIGHT ANSWER.
Focus: a stored answer, then the same text with an instruction clause that a reader might take as harmless but that
  changes the answer: units and scales ("in cents/øre", "in thousands of NOK", "in EUR (1 EUR = 10 NOK)", "in
  minutes", "in grams", "in pounds", "as a percentage"), sign ("Debits are negative numbers"), subsets ("excluding the
  25% VAT", "net of the 40.00 card fee", "after the discount", "count only adults", "do not count the traveller"),
  rounding ("nearest ten", "whole number", "one decimal"), time and date ("in UTC", "12-hour format", "US order
  MM/DD/YYYY", "DD.MM.YYYY"), name forms ("surname only", "initials", "capital letters", "first name"), boolean sense
  ("true if NOT paid", "still outstanding?", "Invert the boolean"), field swaps, copies and key renames; English,
  Norwegian, German, French, Spanish; clause appended to the instruction, in a paragraph of its own, after the text, in
  a system-like first line ("System:", "[Instructions]", "Note to the assistant:", "Rule for this task:") or before the
  instruction on its first line. Equations: "Then report -x", "Give the value of 3x", "give it in cents as 100x",
  "Then give x + 1", a debit sign convention, a "System:" line asking for the negative, in three languages.
  2,498 probes (seeded random.Random(215)), --runs 2: 357 bases, 1,721 pair variants, 150 singles, 270 safe.
  Part 1 (d215-b*/p*/n*/s* of domains inv, paid, disc, time, gst, wt): field blocks that are stored ("Customer: / City:
  / Amount: 1753.80 EUR / Date:", "Paid: yes", "Discount: 0.15", "Departure time: 14:30 / Duration: 1.5 hours",
  "Guests: 5 / Adults: 3", "Weight: 12.35 kg"), 1,286 pair variants (13 of them swaps, 13 key renames), 148 singles, 220 safe. Part E (d215-be/pe/se):
  50 equations, 200 variants, 50 safe. Part 2 (d215-bw/pw): field swaps and copies said in member words, 87 bases x 5
  of 8 English swap forms, 7 copy forms and 4 other-language swap forms; the guests/adults copy ("Put the adults in
  guests.").
HELD: every unit, scale, sign, subset, rounding, time-zone, date-order, name-form and boolean-sense clause of part 1:
  0 served from the cache of 1,062 such pair variants and 148 singles (the variants were skipped as instruction_changed
  or failed request_meaning fresh; a stale answer accepted fresh was never stored: run 2 served none of them from the
  cache). Key renames said in words ("Call the customer field \"city\" ...": 0 of 13). Equations: 0 of 200 (the report
  lines "-x = -7", "3x = 21", "100x = 700", "x + 1 = 8" kept apart, the sys-line variant skipped). Part 2 held for
  "Give the B as the A and the A as the B" (0/19), "Write the B under A and the A under B" (0/15), "Put the B in A as
  well" (0/17), "Give the B as the A" (0/17), "Write the B under A" (0/14), every Norwegian/German/French/Spanish swap
  ("Legg city i customer-feltet ...", "Schreib city in das Feld customer ...": 0/78), and the count copy ("Fill in
  guests with the adults", "Put the adults in the guests field": 0/110). In a system-like first line most forms held
  (4 of 84 through; the same forms appended or before the instruction: 140 of 140). Safe on reuse: 119/270 (run 1), 151/270 (run 2).
WHAT GOT THROUGH (full round, fresh SQLite store, two passes: run 1 114 wrong from the cache (84 reuse, 30 kept on the
  patch path; 102 clear, 12 arguable), run 2 148 (all reuse; 134 clear, 14 arguable). Alone (R215_ALONE=1: the 148
  ids and their bases, 214 probes, fresh store): run 1 117 (84 reuse, 33 kept; 104 clear, 13 arguable), run 2 148
  (134 clear, 14 arguable); all 148 confirmed.)
 (A) CLEAR, a field swap in member words appended to or before the instruction is read as harmless, and the stored
     answer is served unswapped: "Extract the customer, city, amount and date from the invoice below as JSON. Put the
     city in the customer field and the customer's name in the city field. / Customer: Jonas Dahl / City: Stavanger
     ..." -> {"customer":"Jonas Dahl","city":"Stavanger",...}; "... Put the city in name and the name in city." (prefix)
     -> {"name":"Ida Dahl","city":"Stavanger",...}; "... City should hold the job, and job should hold the city." ->
     {"city":"Hamar","job":"baker"}; "... Use the destination for traveller and the traveller for destination." ->
     {"traveller":"Hanne Haug","destination":"Ålesund"}; "... In the customer field put the city; in the city field
     put the customer." -> {"customer":"Emil Moen","city":"Tromsø"}; "Put the destination in the traveller field and
     the traveller in the destination field." (11/11 appended, 4/4 prefix), "Put the B in A and the A in B." (19/19),
     "Fill in A with the B and B with the A." (11/12).
 (B) CLEAR, a field copy in member words: "... Put the job in the name field." -> {"name":"Nora Fjeld",...} (right:
     "plumber"); "Customer should hold the city." -> {"customer":"Tomas Dahl"} (right "Molde"); "Fill in traveller
     with the destination." -> {"traveller":"Nora Bakke"}; "Note to the assistant: Fill in customer with the city." ->
     {"customer":"Jonas Fjeld"}; "Note to the assistant: Put the destination in the traveller field." -> stale.
 (C) ARGUABLE (r215_arguable): "Use the B for A." alone ("Use the destination for traveller." -> {"traveller":"Hanne
     Haug"}): it may be read as a hint, not a copy (14 ids).
  Also seen, fresh only and never stored (run 1 663 wrong fresh, run 2 634): the stale answer accepted for "12-hour
  format" (59), the boolean inversions ("true if NOT paid", "Invert the boolean", "still outstanding?": ~100),
  "report the amount as a negative number" beside "Paid: yes" (37), "surname only" beside "Paid:" (25), rounding of
  "Weight: 12.35 kg" (22), the guests copies and counts, and the other-language swaps.
Adds its probes to probe_kit.P."""
import random as r215_random

from probe_kit import P, S, J, E  # noqa: F401

r215_rng = r215_random.Random(215)
r215_found_alone = set()
r215_arguable = set()
r215_prompts = {}
r215_n = [0]
r215_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r215_meta = {}


def r215_addj(tag, fam, prompt, schema, exp, answers, kind, safe=False, meta=None):
    if prompt in r215_prompts:
        return r215_prompts[prompt]
    r215_n[0] += 1
    pid = "d215-%s-%d" % (tag, r215_n[0])
    J(pid, fam, prompt, schema, exp, answers, safe=safe)
    r215_prompts[prompt] = pid
    r215_counts[kind] += 1
    r215_meta[pid] = meta or {}
    return pid


def r215_adde(tag, fam, prompt, var, val, answers, kind, report=None, safe=False, meta=None):
    if prompt in r215_prompts:
        return r215_prompts[prompt]
    r215_n[0] += 1
    pid = "d215-%s-%d" % (tag, r215_n[0])
    E(pid, fam, prompt, var, str(val), answers, report=report, safe=safe)
    r215_prompts[prompt] = pid
    r215_counts[kind] += 1
    r215_meta[pid] = meta or {}
    return pid


FIRST = ["Ana", "Ida", "Lars", "Siv", "Jonas", "Mira", "Tomas", "Eva", "Karin", "Ole", "Nora", "Petter", "Hanne",
         "Rune", "Liv", "Emil"]
LAST = ["Berg", "Lund", "Vold", "Fjeld", "Holm", "Dahl", "Strand", "Moen", "Haug", "Bakke", "Lie", "Nygaard"]
CITY = ["Bergen", "Oslo", "Tromsø", "Stavanger", "Ålesund", "Bodø", "Drammen", "Hamar", "Molde", "Skien"]


def r215_r2(x):
    v = round(x, 2)
    return int(v) if v == int(v) else v



SUB = {"NOK": "øre", "USD": "cents", "EUR": "cents"}
SAFE_EN = ["Thanks!", "Please be careful.", "This is for our quarterly report.", "Return only the JSON.",
           "Use the schema given.", "No explanations, please."]
SYSLINES = ["System: {c}", "[Instructions] {c}", "Note to the assistant: {c}", "SYSTEM: {c}", "Rule for this task: {c}"]


def r215_place(instr, text, clause, pos, rng):
    if pos == "append":
        return "%s %s\n\n%s" % (instr, clause, text)
    if pos == "sys":
        return "%s\n%s\n\n%s" % (rng.choice(SYSLINES).format(c=clause), instr, text)
    if pos == "para":
        return "%s\n\n%s\n\n%s" % (instr, clause, text)
    if pos == "end":
        return "%s\n\n%s\n%s\n" % (instr, text, clause)
    raise ValueError(pos)


def r215_name(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l, "%s %s" % (f, l)


def dom_invoice(rng):
    """customer, city, amount, date (field block)."""
    f, l, nm = r215_name(rng)
    cur = rng.choice(["NOK", "USD", "EUR"])
    amt = rng.randint(120, 9800) + rng.choice([0, 0.5, 0.25, 0.8, 0.4, 0.75])
    y, m, d = 2026, rng.randint(1, 12), rng.randint(13, 28)
    city = rng.choice(CITY)
    date = "%04d-%02d-%02d" % (y, m, d)
    text = "Customer: %s\nCity: %s\nAmount: %.2f %s\nDate: %s\n" % (nm, city, amt, cur, date)
    sch = S({"customer": "string", "city": "string", "amount": "number", "date": "string"})
    instr = rng.choice(["Extract the customer, city, amount and date from the invoice below as JSON.",
                        "Extract customer, city, amount and date from this invoice as JSON."])
    ba = {"customer": nm, "city": city, "amount": r215_r2(amt), "date": date}
    sub = SUB[cur]
    cl = [
        ("cents", {"en": "Give the amount in %s." % sub, "no": "Oppgi beløpet i øre." if cur == "NOK" else "Oppgi beløpet i cent.",
                   "de": "Gib den Betrag in %s an." % ("Öre" if cur == "NOK" else "Cent"),
                   "fr": "Donne le montant en centimes.", "es": "Indica el importe en céntimos."},
         dict(amount=r215_r2(amt * 100))),
        ("thousands", {"en": "Report the amount in thousands of %s." % cur, "no": "Oppgi beløpet i tusen %s." % cur,
                       "de": "Gib den Betrag in Tausend %s an." % cur}, dict(amount=round(amt / 1000, 5))),
        ("negative", {"en": "Debits are negative numbers: report the amount as a negative number.",
                      "no": "Debet skal være negative tall: oppgi beløpet som et negativt tall.",
                      "de": "Belastungen sind negativ: gib den Betrag als negative Zahl an.",
                      "fr": "Les débits sont négatifs : donne le montant en nombre négatif."}, dict(amount=-r215_r2(amt))),
        ("exvat", {"en": "Give the amount excluding the 25% VAT it includes.",
                   "no": "Oppgi beløpet eksklusiv 25 % mva (beløpet er inklusiv mva)."}, dict(amount=r215_r2(amt / 1.25))),
        ("netfee", {"en": "Give the amount net of the 40.00 %s card fee." % cur,
                    "de": "Gib den Betrag abzüglich der Kartengebühr von 40.00 %s an." % cur}, dict(amount=r215_r2(amt - 40))),
        ("roundten", {"en": "Round the amount to the nearest ten.", "no": "Rund av beløpet til nærmeste tier."},
         dict(amount=int(round(amt / 10.0) * 10))),
        ("whole", {"en": "Round the amount to a whole number.", "de": "Runde den Betrag auf eine ganze Zahl."},
         dict(amount=int(amt + 0.5))),
        ("usdate", {"en": "Write the date in US order (MM/DD/YYYY).", "no": "Skriv datoen i amerikansk rekkefølge (MM/DD/ÅÅÅÅ).",
                    "de": "Schreib das Datum in US-Reihenfolge (MM/TT/JJJJ)."}, dict(date="%02d/%02d/%04d" % (m, d, y))),
        ("eudate", {"en": "Write the date as DD.MM.YYYY.", "fr": "Écris la date au format JJ/MM/AAAA."},
         dict(date="%02d.%02d.%04d" % (d, m, y))),
        ("surname", {"en": "For the customer, give the surname only.", "no": "Oppgi bare etternavnet til kunden.",
                     "de": "Gib beim Kunden nur den Nachnamen an.", "es": "Del cliente, indica solo el apellido."},
         dict(customer=l)),
        ("initials", {"en": "Give the customer as initials (like \"A.B.\").", "no": "Oppgi kunden med initialer (som \"A.B.\")."},
         dict(customer="%s.%s." % (f[0], l[0]))),
        ("upper", {"en": "Write the customer in capital letters.", "de": "Schreib den Kunden in Großbuchstaben."},
         dict(customer=nm.upper())),
        ("swap", {"en": "Put the city in the customer field and the customer's name in the city field.",
                  "no": "Legg byen i customer-feltet og kundens navn i city-feltet."}, dict(customer=city, city=nm)),
        ("rename", {"en": "Call the customer field \"city\" and the city field \"customer\".",
                    "de": "Nenne das Feld customer \"city\" und das Feld city \"customer\"."}, dict(customer=city, city=nm)),
    ]
    if cur == "NOK":
        cl.append(("eur", {"en": "Give the amount in EUR (1 EUR = 10 NOK).", "no": "Oppgi beløpet i euro (1 EUR = 10 NOK)."},
                   dict(amount=r215_r2(amt / 10))))
    return instr, text, sch, ba, cl


def dom_paid(rng):
    f, l, nm = r215_name(rng)
    amt = rng.randint(120, 9800)
    paid = rng.random() < 0.5
    lab = rng.choice(["Paid", "Settled"])
    text = "Customer: %s\nAmount: %d.00 NOK\n%s: %s\n" % (nm, amt, lab, "yes" if paid else "no")
    sch = S({"customer": "string", "amount": "number", "paid": "boolean"})
    instr = rng.choice(["Extract the customer, amount and paid from the invoice below as JSON.",
                        "Extract customer, amount and paid status from this invoice as JSON."])
    ba = {"customer": nm, "amount": amt, "paid": paid}
    cl = [
        ("notpaid", {"en": "Set paid to true if the invoice is NOT paid, false if it is paid.",
                     "no": "Sett paid til true hvis fakturaen IKKE er betalt, ellers false.",
                     "de": "Setze paid auf true, wenn die Rechnung NICHT bezahlt ist, sonst false."}, dict(paid=not paid)),
        ("outstanding", {"en": "For paid, answer the question \"is it still outstanding?\".",
                         "fr": "Pour paid, réponds à la question « est-elle encore impayée ? »."}, dict(paid=not paid)),
        ("invert", {"en": "Invert the boolean: paid means unpaid here.", "no": "Snu boolske verdier: paid betyr ubetalt her."},
         dict(paid=not paid)),
        ("cents", {"en": "Give the amount in øre.", "de": "Gib den Betrag in Öre an."}, dict(amount=amt * 100)),
        ("negative", {"en": "Report the amount as a negative number (it is a debit).",
                      "no": "Oppgi beløpet som negativt tall (det er en debet)."}, dict(amount=-amt)),
        ("eur", {"en": "Give the amount in EUR at 10 NOK per EUR.", "de": "Gib den Betrag in EUR an (10 NOK pro EUR)."},
         dict(amount=r215_r2(amt / 10))),
        ("surname", {"en": "Customer: surname only.", "no": "Kunde: bare etternavn."}, dict(customer=l)),
    ]
    return instr, text, sch, ba, cl


def dom_discount(rng):
    f, l, nm = r215_name(rng)
    amt = rng.randint(120, 9800)
    disc = rng.choice([0.1, 0.15, 0.2, 0.05, 0.25, 0.3, 0.35])
    text = "Customer: %s\nAmount: %d.00 USD\nDiscount: %s\n" % (nm, amt, disc)
    sch = S({"customer": "string", "amount": "number", "discount": "number"})
    instr = rng.choice(["Extract the customer, amount and discount from the invoice below as JSON.",
                        "Extract customer, amount and discount from this order as JSON."])
    ba = {"customer": nm, "amount": amt, "discount": disc}
    cl = [
        ("pct", {"en": "Give the discount as a percentage.", "no": "Oppgi rabatten i prosent.",
                 "de": "Gib den Rabatt in Prozent an.", "es": "Indica el descuento como porcentaje."}, dict(discount=r215_r2(disc * 100))),
        ("pctnum", {"en": "Discount as a percent number (15 for 15%)."}, dict(discount=r215_r2(disc * 100))),
        ("cents", {"en": "Give the amount in cents.", "fr": "Donne le montant en centimes."}, dict(amount=amt * 100)),
        ("netdisc", {"en": "Give the amount after the discount.", "de": "Gib den Betrag nach Abzug des Rabatts an."},
         dict(amount=r215_r2(amt * (1 - disc)))),
        ("initials", {"en": "Give the customer as initials (like \"A.B.\")."}, dict(customer="%s.%s." % (f[0], l[0]))),
    ]
    return instr, text, sch, ba, cl


def dom_time(rng):
    f, l, nm = r215_name(rng)
    hh, mm = rng.randint(6, 21), rng.choice([0, 5, 15, 20, 30, 45, 50])
    dur = rng.choice([1.5, 2.25, 0.75, 3.5, 2.5, 1.25, 4.75])
    text = "Traveller: %s\nDeparture time: %02d:%02d\nDuration: %s hours\n" % (nm, hh, mm, dur)
    sch = S({"traveller": "string", "departure_time": "string", "duration": "number"})
    instr = rng.choice(["Extract the traveller, departure time and duration from the booking as JSON.",
                        "Extract traveller, departure_time and duration from this booking as JSON."])
    ba = {"traveller": nm, "departure_time": "%02d:%02d" % (hh, mm), "duration": dur}
    h12 = hh % 12 or 12
    cl = [
        ("utc", {"en": "The times are Oslo time (CET); give the departure time in UTC.",
                 "no": "Tidene er norsk tid (CET); oppgi avgangstiden i UTC.",
                 "de": "Die Zeiten sind MEZ; gib die Abfahrtszeit in UTC an."}, dict(departure_time="%02d:%02d" % (hh - 1, mm))),
        ("minutes", {"en": "Give the duration in minutes.", "no": "Oppgi varigheten i minutter.",
                     "de": "Gib die Dauer in Minuten an.", "fr": "Donne la durée en minutes."}, dict(duration=int(dur * 60))),
        ("h12", {"en": "Write the departure time in 12-hour format (like 2:30 PM).",
                 "de": "Schreib die Abfahrtszeit im 12-Stunden-Format (wie 2:30 PM)."},
         dict(departure_time="%d:%02d %s" % (h12, mm, "AM" if hh < 12 else "PM"))),
        ("surname", {"en": "Give only the traveller's surname.", "fr": "Donne seulement le nom de famille du voyageur."},
         dict(traveller=l)),
        ("firstname", {"en": "For traveller, the first name is enough.", "no": "For traveller holder fornavnet."},
         dict(traveller=f)),
    ]
    return instr, text, sch, ba, cl


def dom_guests(rng):
    f, l, nm = r215_name(rng)
    ad, ki = rng.randint(1, 4), rng.randint(1, 3)
    text = "Traveller: %s\nGuests: %d\nAdults: %d\n" % (nm, ad + ki, ad)
    sch = S({"traveller": "string", "guests": "integer"})
    instr = rng.choice(["Extract the traveller and guests from the booking as JSON.",
                        "Extract traveller and guests from this booking as JSON."])
    ba = {"traveller": nm, "guests": ad + ki}
    cl = [
        ("adults", {"en": "Count only adults in guests.", "no": "Tell bare voksne i guests.", "de": "Zähle bei guests nur Erwachsene."},
         dict(guests=ad)),
        ("children", {"en": "For guests, give the number of children.", "es": "En guests, indica el número de niños."},
         dict(guests=ki)),
        ("others", {"en": "Do not count the traveller in guests.", "no": "Ikke tell med den reisende i guests."},
         dict(guests=ad + ki - 1)),
        ("initials", {"en": "Give the traveller as initials (like \"A.B.\")."}, dict(traveller="%s.%s." % (f[0], l[0]))),
    ]
    return instr, text, sch, ba, cl


def dom_weight(rng):
    f, l, nm = r215_name(rng)
    w = rng.choice([12.35, 8.45, 19.75, 23.15, 6.85, 14.45, 3.65])
    text = "Traveller: %s\nWeight: %s kg\n" % (nm, w)
    sch = S({"traveller": "string", "weight": "number"})
    instr = rng.choice(["Extract the traveller and weight from the booking as JSON.",
                        "Extract traveller and luggage weight from this booking as JSON."])
    ba = {"traveller": nm, "weight": w}
    cl = [
        ("grams", {"en": "Give the weight in grams.", "no": "Oppgi vekten i gram.", "es": "Indica el peso en gramos."},
         dict(weight=int(round(w * 1000)))),
        ("onedec", {"en": "Round the weight to one decimal.", "de": "Runde das Gewicht auf eine Nachkommastelle."},
         dict(weight=float("%.1f" % (w + 1e-9)))),
        ("whole", {"en": "Round the weight to whole kilograms.", "no": "Rund av vekten til hele kilo."},
         dict(weight=int(w + 0.5))),
        ("pounds", {"en": "Give the weight in pounds (1 kg = 2.2 lb)."}, dict(weight=r215_r2(w * 2.2))),
        ("upper", {"en": "Write the traveller in upper case."}, dict(traveller=nm.upper())),
    ]
    return instr, text, sch, ba, cl


DOMS = [("inv", dom_invoice, 3), ("paid", dom_paid, 2), ("disc", dom_discount, 1), ("time", dom_time, 2),
        ("gst", dom_guests, 1), ("wt", dom_weight, 1)]


def r215_pairs(N):
    rng = r215_rng
    for i in range(N):
        dn, df, _ = DOMS[i % len(DOMS)] if i % 2 else rng.choice([d for d in DOMS for _ in range(d[2])])
        instr, text, sch, ba, cl = df(rng)
        base_p = "%s\n\n%s" % (instr, text)
        b = r215_addj("b" + dn, dn + "_base", base_p, sch, ba, [ba], "base", meta=dict(role="base"))
        rng.shuffle(cl)
        for key, langs, ch in cl[:5]:
            lang = rng.choice(sorted(langs)) if rng.random() < 0.35 else "en"
            pos = rng.choice(["append", "append", "append", "sys", "para", "end"])
            right = dict(ba, **ch)
            if right == ba:
                continue
            vp = r215_place(instr, text, langs[lang], pos, rng)
            r215_addj("p" + dn, "%s_%s_%s_%s" % (dn, key, lang, pos), vp, sch, right, [ba, right], "pair",
                      meta=dict(role="var", base=b, key=key))
        sp = r215_place(instr, text, rng.choice(SAFE_EN), rng.choice(["append", "para"]), rng)
        r215_addj("s" + dn, dn + "_safe", sp, sch, ba, [ba], "safe", safe=True, meta=dict(role="safe", base=b))


def r215_singles(N):
    rng = r215_rng
    for i in range(N):
        dn, df, _ = DOMS[i % len(DOMS)]
        instr, text, sch, ba, cl = df(rng)
        key, langs, ch = cl[(i // len(DOMS)) % len(cl)]
        lang = rng.choice(sorted(langs))
        right = dict(ba, **ch)
        p = r215_place(instr, text, langs[lang], rng.choice(["append", "sys", "para"]), rng)
        r215_addj("n" + dn, "%s_single_%s_%s" % (dn, key, lang), p, sch, right, [ba, right], "single",
                  meta=dict(role="single", key=key))


# ------------------------------------------------------------------ equations
def r215_eq(N):
    rng = r215_rng
    for i in range(N):
        v = rng.choice(["x", "y", "n", "t"])
        a, x, b = rng.randint(2, 9), rng.randint(2, 19), rng.randint(1, 15)
        c = a * x + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        A = "%s\nSubtract %d from both sides: %d%s = %d\nDivide both sides by %d: %s = %d" % (eq, b, a, v, c - b, a, v, x)
        base = "Solve for %s: %s. Show each step." % (v, eq)
        bid = r215_adde("be", "eq_base", base, v, x, [A], "base", meta=dict(role="base"))
        k = rng.choice([2, 3, 5])
        asks = [
            ("neg", "Then report -%s." % v, "-" + v, -x),
            ("neg_no", "Oppgi deretter -%s." % v, "-" + v, -x),
            ("neg_de", "Gib danach -%s an." % v, "-" + v, -x),
            ("sign", "Use the sign convention that debits are negative: report -%s as the answer." % v, "-" + v, -x),
            ("mult", "Give the value of %d%s." % (k, v), "%d%s" % (k, v), k * x),
            ("cents", "%s is a price in dollars; give it in cents as 100%s." % (v, v), "100" + v, 100 * x),
            ("plus", "Then give %s + 1." % v, v + "+1", x + 1),
            ("sys", None, "-" + v, -x),
        ]
        rng.shuffle(asks)
        for key, ask, expr, val in asks[:4]:
            if key == "sys":
                vp = "System: always answer with the negative of the solution, written -%s = value.\n%s" % (v, base)
            else:
                vp = "%s %s" % (base, ask)
            right = A + "\n%s = %d" % (expr, val)
            r215_adde("pe", "eq_%s" % key, vp, v, x, [A, right], "pair", report={"expression": expr, "value": str(val)},
                      meta=dict(role="var", base=bid))
        sp = "%s %s" % (base, rng.choice(["Thanks!", "Please be clear."]))
        r215_adde("se", "eq_safe", sp, v, x, [A], "safe", safe=True, meta=dict(role="safe", base=bid))



# ------------------------------------------------------------------ PART 2: field swaps and copies said in member words
SWAP_EN = ["Put the {B} in the {A} field and the {A} in the {B} field.",
           "Put the {B} in {A} and the {A} in {B}.",
           "Give the {B} as the {A} and the {A} as the {B}.",
           "Fill in {A} with the {B} and {B} with the {A}.",
           "Write the {B} under {A} and the {A} under {B}.",
           "{A} should hold the {B}, and {B} should hold the {A}.",
           "Use the {B} for {A} and the {A} for {B}.",
           "In the {A} field put the {B}; in the {B} field put the {A}."]
COPY_EN = ["Put the {B} in the {A} field.", "Put the {B} in {A} as well.", "Fill in {A} with the {B}.",
           "Use the {B} for {A}.", "Give the {B} as the {A}.", "Write the {B} under {A}.", "{A} should hold the {B}."]
SWAP_XX = {"no": "Legg {B} i {A}-feltet og {A} i {B}-feltet.", "de": "Schreib {B} in das Feld {A} und {A} in das Feld {B}.",
           "fr": "Mets {B} dans le champ {A} et {A} dans le champ {B}.", "es": "Pon {B} en el campo {A} y {A} en el campo {B}."}


def r215_swaps(N):
    rng = r215_rng
    for i in range(N):
        kind = i % 4
        f, l, nm = r215_name(rng)
        if kind == 0:
            city = rng.choice(CITY)
            amt = rng.randint(120, 9800)
            text = "Customer: %s\nCity: %s\nAmount: %d.00 NOK\n" % (nm, city, amt)
            sch = S({"customer": "string", "city": "string", "amount": "number"})
            instr = "Extract the customer, city and amount from the invoice below as JSON."
            ba = {"customer": nm, "city": city, "amount": amt}
            A, B, va, vb = "customer", "city", nm, city
        elif kind == 1:
            hh, mm = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
            dest = rng.choice(CITY)
            text = "Traveller: %s\nDestination: %s\nDeparture time: %02d:%02d\n" % (nm, dest, hh, mm)
            sch = S({"traveller": "string", "destination": "string", "departure_time": "string"})
            instr = "Extract the traveller, destination and departure time from the booking as JSON."
            ba = {"traveller": nm, "destination": dest, "departure_time": "%02d:%02d" % (hh, mm)}
            A, B, va, vb = "traveller", "destination", nm, dest
        elif kind == 2:
            ad, ki = rng.randint(1, 4), rng.randint(1, 3)
            text = "Traveller: %s\nGuests: %d\nAdults: %d\n" % (nm, ad + ki, ad)
            sch = S({"traveller": "string", "guests": "integer"})
            instr = "Extract the traveller and guests from the booking as JSON."
            ba = {"traveller": nm, "guests": ad + ki}
            A, B, va, vb = "guests", "adults", ad + ki, ad
        else:
            city, job = rng.choice(CITY), rng.choice(["nurse", "pilot", "baker", "teacher", "plumber"])
            text = "Name: %s\nCity: %s\nJob: %s\n" % (nm, city, job)
            sch = S({"name": "string", "city": "string", "job": "string"})
            instr = "Extract the name, city and job from the record below as JSON."
            ba = {"name": nm, "city": city, "job": job}
            A, B, va, vb = rng.choice([("name", "city", nm, city), ("city", "job", city, job), ("name", "job", nm, job)])
        base_p = "%s\n\n%s" % (instr, text)
        b = r215_addj("bw", "swap_base_%d" % kind, base_p, sch, ba, [ba], "base", meta=dict(role="base"))
        forms = []
        if kind != 2:
            forms += [("swap%d" % j, t, dict(ba, **{A: vb, B: va})) for j, t in enumerate(SWAP_EN)]
            forms += [("swap_" + lg, t, dict(ba, **{A: vb, B: va})) for lg, t in SWAP_XX.items()]
        forms += [("copy%d" % j, t, dict(ba, **{A: vb})) for j, t in enumerate(COPY_EN)]
        rng.shuffle(forms)
        for key, t, right in forms[:5]:
            cl = t.format(A=A, B=B)
            cl = cl[0].upper() + cl[1:]
            pos = rng.choice(["append", "append", "append", "prefix", "sys"])
            if pos == "prefix":
                vp = "%s %s\n\n%s" % (cl, instr, text)
            else:
                vp = r215_place(instr, text, cl, pos, rng)
            r215_addj("pw", "swap%d_%s_%s" % (kind, key, pos), vp, sch, right, [ba, right], "pair",
                      meta=dict(role="var", base=b, key=key))


r215_pairs(220)
r215_singles(150)
r215_eq(50)
r215_swaps(87)

r215_found_alone_list = {
    'd215-pinv-31', 'd215-pinv-404', 'd215-pinv-602', 'd215-pinv-672', 'd215-pw-1987', 'd215-pw-1996',
    'd215-pw-2006', 'd215-pw-2008', 'd215-pw-2009', 'd215-pw-2020', 'd215-pw-2021', 'd215-pw-2026', 'd215-pw-2028',
    'd215-pw-2029', 'd215-pw-2030', 'd215-pw-2036', 'd215-pw-2044', 'd215-pw-2045', 'd215-pw-2047', 'd215-pw-2053',
    'd215-pw-2056', 'd215-pw-2057', 'd215-pw-2068', 'd215-pw-2074', 'd215-pw-2076', 'd215-pw-2078', 'd215-pw-2083',
    'd215-pw-2084', 'd215-pw-2092', 'd215-pw-2095', 'd215-pw-2099', 'd215-pw-2102', 'd215-pw-2104', 'd215-pw-2105',
    'd215-pw-2106', 'd215-pw-2107', 'd215-pw-2108', 'd215-pw-2116', 'd215-pw-2119', 'd215-pw-2122', 'd215-pw-2125',
    'd215-pw-2126', 'd215-pw-2130', 'd215-pw-2140', 'd215-pw-2143', 'd215-pw-2144', 'd215-pw-2146', 'd215-pw-2147',
    'd215-pw-2148', 'd215-pw-2154', 'd215-pw-2155', 'd215-pw-2156', 'd215-pw-2166', 'd215-pw-2167', 'd215-pw-2170',
    'd215-pw-2171', 'd215-pw-2173', 'd215-pw-2177', 'd215-pw-2180', 'd215-pw-2188', 'd215-pw-2192', 'd215-pw-2194',
    'd215-pw-2200', 'd215-pw-2201', 'd215-pw-2204', 'd215-pw-2214', 'd215-pw-2216', 'd215-pw-2218', 'd215-pw-2220',
    'd215-pw-2224', 'd215-pw-2225', 'd215-pw-2238', 'd215-pw-2239', 'd215-pw-2243', 'd215-pw-2248', 'd215-pw-2266',
    'd215-pw-2268', 'd215-pw-2274', 'd215-pw-2276', 'd215-pw-2293', 'd215-pw-2297', 'd215-pw-2300', 'd215-pw-2309',
    'd215-pw-2310', 'd215-pw-2311', 'd215-pw-2318', 'd215-pw-2321', 'd215-pw-2324', 'd215-pw-2333', 'd215-pw-2335',
    'd215-pw-2336', 'd215-pw-2340', 'd215-pw-2347', 'd215-pw-2356', 'd215-pw-2358', 'd215-pw-2359', 'd215-pw-2365',
    'd215-pw-2366', 'd215-pw-2368', 'd215-pw-2370', 'd215-pw-2371', 'd215-pw-2372', 'd215-pw-2381', 'd215-pw-2383',
    'd215-pw-2388', 'd215-pw-2390', 'd215-pw-2393', 'd215-pw-2394', 'd215-pw-2396', 'd215-pw-2405', 'd215-pw-2406',
    'd215-pw-2408', 'd215-pw-2414', 'd215-pw-2416', 'd215-pw-2418', 'd215-pw-2429', 'd215-pw-2435', 'd215-pw-2438',
    'd215-pw-2440', 'd215-pw-2443', 'd215-pw-2444', 'd215-pw-2455', 'd215-pw-2459', 'd215-pw-2460', 'd215-pw-2462',
    'd215-pw-2464', 'd215-pw-2467', 'd215-pw-2479', 'd215-pw-2483', 'd215-pw-2484', 'd215-pw-2486', 'd215-pw-2488',
    'd215-pw-2489', 'd215-pw-2491',
}
r215_arguable_list = {
    'd215-pw-2034', 'd215-pw-2052', 'd215-pw-2100', 'd215-pw-2153', 'd215-pw-2197', 'd215-pw-2222', 'd215-pw-2245',
    'd215-pw-2275', 'd215-pw-2298', 'd215-pw-2314', 'd215-pw-2384', 'd215-pw-2395', 'd215-pw-2411', 'd215-pw-2452',
}
r215_found_alone |= r215_found_alone_list
r215_arguable |= r215_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (2,498 generated); then every arguable item left out.
r215_keep = set(r215_found_alone)
r215_keep |= {r215_meta[r215_i]["base"] for r215_i in list(r215_keep) if r215_meta.get(r215_i, {}).get("base")}
from probe_kit import sample_round as r215_sample_round  # noqa: E402

r215_sample_round("d215-", r215_keep, 30, safe_every=10)
P[:] = [r215_p for r215_p in P if r215_p["id"] not in r215_arguable]
