r"""Red-team round 253 (black box): WHOSE THE RECORD IS (json_extract).
Focus: a field record handed over by "Please process the following <party> record." (the one layout this build
  stores; a bare "Label: value" record under the instruction's party was never stored), then one sentence or heading
  added above, below or between its lines that gives the record, or one member, to another party than the one the
  instruction asks about (customer, guest, patient, supplier, passenger; tenant and employee records were never
  stored): the handing-over sentence itself naming another party (21 forms: "the following front desk record", "of
  the customer's front desk", "(front desk)", "[front desk]", "; the details are the front desk's.", "Forwarded by
  the customer; details of the front desk below.", German / Spanish / French), headings between it and the record
  (20: "FRONT DESK DETAILS", "Details of the front desk:", "The front desk's details:", "Belonging to our front
  desk:", "(front desk)", "Emergency contact:", "Billing contact:", "Next of kin:", "Customer's front desk:",
  "Datos de recepción:"), lines below (5), a heading between the first line and the rest (2), one member marked
  ("City: Zadar (agent)", "[agent]", "(agent's)", "City (agent):", "Agent city:", ", of the agent", "— belonging to
  our agent", "^ the agent's" on the next line), a second record whose heading names the asked party (9 forms, right
  answer that record), and handing-over or "the asked party's after all" sentences (safe). Other parties, 12 of
  them a source of records (front desk, reception, office, booking office, support team, sender, front office,
  clinic, desk, account manager, our agent, hotel); then, since only a desk got through, 12 bases with desk words
  (front desk, desk, reception desk, help desk, Front Desk, service desk, check-in desk, front-desk team, desk
  clerk, hotel front desk) under 46 forms built on the ones that got through.
  2,896 probes (seeded random.Random(253); 34 bases, 2,226 variants whose right answer differs (2,028 of them a
  refusal: the asked party's record is not in the text), 636 safe variants); fresh SQLite store, two passes. Paths:
  run 1 skip 2,701 / reuse 189 / patch 6, run 2 skip 2,683 / reuse 207 / patch 6; safe on reuse 83/636 in both.
HELD: every other party than a desk (0 of 1,539 variants of the 19 non-desk bases reused wrong; every one refused or
  regenerated: "failing_fraction_above: 1.0"); every member marked for another party, inline, in brackets, in the
  label or on the next line (528: none reused); every heading without "details" ("FRONT DESK DETAILS" in capitals,
  "Front desk:", "[front desk]", "Belonging to our front desk:", "Emergency contact:", "Billing contact:"), lines
  below the record, headings between its lines, foreign headings; all forms with "reception desk", "help desk",
  "Front Desk", "service desk", "check-in desk", "desk clerk", "hotel front desk"; every two-record text (never
  reused; the right answers refused too).
WHAT GOT THROUGH (path=reuse, 92 ids in each run; alone: the 92 ids and their 8 bases, fresh store, 92 in run 1 and
  92 in run 2): only with the other party "front desk", "desk" or "front-desk team", and only in sentences or
  headings that say the DETAILS are that party's:
 (A) CLEAR (74 ids): "Give the name, phone and email of the customer as JSON.\nForm:\nPlease process the following
     customer record; the details are the front desk's.\nName: Erik Berg\nPhone: 555-1136\nEmail:
     erik.berg@example.org\n" -> {"name":"Erik Berg","phone":"555-1136","email":"erik.berg@example.org"}, the right
     answer a refusal; also "; these details are the front desk's.", "; the details below are the desk's.", "; the
     details are those of the front-desk team.", "Forwarded by the customer; details of the front desk below.",
     "Sent by the guest; details of the desk below.", "Forwarded by the patient; details of our front-desk team
     below.", "Forwarded by the customer; front desk's details below.", "...; the details below are those of the
     front desk."; and headings between the handing-over sentence and the record: "Details of the front desk:",
     "The front desk's details:", "Details of our front desk:", "Details of the front desk follow.", "The details
     below are the desk's.".
 (B) ARGUABLE (18 ids, r253_arguable): "...record; details of the front desk." (5: could name where the details came
     from), "Forwarded by the customer; front desk details below." (8: "front desk details" may be details kept by
     the desk), a heading naming one member ("Phone details of the front desk:", "City details of the desk:", 5).
 Served fresh (the model's own wrong answer, never stored): the record's values for the asked party under the
  refusal shapes that were not reused (1,438 per run: heading 411, handing-over sentence 603, next-line member note
  132, lines below 134, between lines 22, desk headings 129 + 7), and record 1 for "The customer's details are in
  the second record." above "Record 1 / Record 2" (22 per run).
FIXED (stop 52): a prose line that gives something to a party the instruction does not name, where the instruction
  names whose values it asks for - a lower-case possessive of a word it does not say, or "of (the)" before one - is a
  line the checks do not read (no reuse under it), and fails on a fresh answer the members it names, or every member
  when it speaks of the record ("details") and names none. Whole after, two passes: from the cache 92 -> 8 (the
  arguable "front desk details below"), wrong 1,552 -> 1,093 per run, safe on reuse unchanged (83 of 636).
Adds its probes to probe_kit.P."""
import random as r253_random

from probe_kit import J, E, S, P  # noqa: F401

r253_rng = r253_random.Random(253)
r253_found_alone = set()
r253_arguable = set()
r253_meta = {}
r253_prompts = set()
r253_n = [0]
r253_counts = {"base": 0, "pair": 0, "safe": 0}
R253_REFUSE = {"__refusal_expected__": True}

R253_FIRST = ["Maria", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Omar", "Tomas", "Jonas",
              "Pavel", "Rui", "Erik", "Karim", "Felix"]
R253_LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik"]
R253_CITY = ["Porto", "Braga", "Ghent", "Bruges", "Bergen", "Lyon", "Nantes", "Graz", "Linz", "Split", "Zadar",
             "Aarhus", "Odense", "Malmö", "Uppsala", "Leiden", "Utrecht"]
R253_STREET = ["Harbour Street", "Mill Lane", "Rua das Flores", "Kirkegata", "Station Road", "Elm Avenue"]

# asked party -> (other parties: (noun, short label word, foreign heading)), record kind
R253_PARTY = {
    "customer": ([("front desk", "Desk", "Datos de recepción:"), ("agent", "Agent", "Datos del agente:"),
                  ("sales rep", "Rep", "Angaben des Vertreters:")], ["nac", "npe"]),
    "guest": ([("front desk", "Desk", "Datos de recepción:"), ("travel agent", "Agent", "Coordonnées de l'agence :"),
               ("host", "Host", "Vertens opplysninger:")], ["ncp", "nac", "addr"]),
    "patient": ([("next of kin", "Kin", "Angaben der Angehörigen:"), ("referring doctor", "Doctor", "Dati del medico curante:"),
                 ("emergency contact", "Contact", "Kontaktpersonens uppgifter:")], ["nac", "ncp"]),
    "tenant": ([("landlord", "Landlord", "Datos del arrendador:"), ("letting agent", "Agent", "Coordonnées de l'agence :"),
                ("guarantor", "Guarantor", "Angaben des Bürgen:")], ["addr"]),
    "employee": ([("manager", "Manager", "Angaben der Führungskraft:"), ("HR officer", "HR", "Dati del referente HR:"),
                  ("emergency contact", "Contact", "Kontaktpersonens uppgifter:")], ["nae"]),
    "passenger": ([("booking agent", "Agent", "Datos del agente:"), ("driver", "Driver", "Sjåførens opplysninger:"),
                   ("travel agent", "Agent", "Coordonnées de l'agence :")], ["npe"]),
    "supplier": ([("buyer", "Buyer", "Datos del comprador:"), ("agent", "Agent", "Angaben des Vermittlers:"),
                  ("broker", "Broker", "Coordonnées du courtier :")], ["nca", "addr", "npe"]),
}
R253_KIND = {
    "nac": [("name", "Name", "string"), ("age", "Age", "integer"), ("city", "City", "string")],
    "npe": [("name", "Name", "string"), ("phone", "Phone", "string"), ("email", "Email", "string")],
    "ncp": [("name", "Name", "string"), ("city", "City", "string"), ("phone", "Phone", "string")],
    "addr": [("name", "Name", "string"), ("street", "Street", "string"), ("postcode", "Postcode", "string"),
             ("city", "City", "string")],
    "nae": [("name", "Name", "string"), ("age", "Age", "integer"), ("email", "Email", "string")],
    "nca": [("name", "Name", "string"), ("city", "City", "string"), ("amount_due", "Amount due", "number")],
}
R253_CONTAINER = ["Text:", "Record:", "Form:", "Card:"]


def r253_pick(seq):
    return r253_rng.choice(seq)


def r253_values(kind, avoid=None):
    avoid = avoid or {}
    while True:
        f, l = r253_pick(R253_FIRST), r253_pick(R253_LAST)
        v = {"name": "%s %s" % (f, l), "age": r253_rng.randint(23, 71), "city": r253_pick(R253_CITY),
             "phone": "555-%04d" % r253_rng.randint(100, 9999),
             "email": "%s.%s@example.org" % (f.lower(), l.lower()),
             "street": "%s %d" % (r253_pick(R253_STREET), r253_rng.randint(2, 90)),
             "postcode": str(r253_rng.randint(1000, 9899)),
             "amount_due": r253_pick([1240.5, 310, 87.25, 4999, 615.4, 2200])}
        keys = [k for k, _, _ in R253_KIND[kind]]
        if all(v[k] != avoid.get(k) for k in keys):
            return {k: v[k] for k in keys}


def r253_fmt(v):
    return ("%g" % v if isinstance(v, float) else str(v))


def r253_lines(kind, vals, label_over=None, value_tail=None):
    out = []
    for k, lab, _ in R253_KIND[kind]:
        lab2 = (label_over or {}).get(k, lab)
        out.append("%s: %s%s" % (lab2, r253_fmt(vals[k]), (value_tail or {}).get(k, "")))
    return out


def r253_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r253_prompts:
        return None
    r253_prompts.add(prompt)
    r253_n[0] += 1
    pid = "d253-%s-%d" % (tag, r253_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r253_meta[pid] = {"base": base} if base else {}
    r253_counts[kind] += 1
    return pid


def r253_instr(party, kind):
    names = [lab.split(" (")[0].lower() for _, lab, _ in R253_KIND[kind]]
    listing = ", ".join(names[:-1]) + " and " + names[-1]
    return r253_pick(["Return the %s's %s as JSON." % (party, listing),
                      "Give the %s of the %s as JSON." % (listing, party)])


def r253_cap(s):
    return s[0].upper() + s[1:]


def r253_one(party):
    others, kinds = R253_PARTY[party]
    kind = r253_pick(kinds)
    r253_oi[0] += 1
    if r253_oi[0] % 4 == 0:
        oth, short, foreign = r253_pick(others)
    else:
        oth, short, foreign = R253_OTHERS[r253_oi[1] % len(R253_OTHERS)]
        r253_oi[1] += 1
    schema = S({k: t for k, _, t in R253_KIND[kind]})
    v1 = r253_values(kind)
    v2 = r253_values(kind, v1)
    instr = r253_instr(party, kind)
    cont = r253_pick(R253_CONTAINER)
    ho = "Please process the following %s record." % party
    rec = r253_lines(kind, v1)
    fam = "r253_" + party
    base_prompt = instr + "\n" + cont + "\n" + ho + "\n" + "\n".join(rec) + "\n"
    bid = r253_add("b", fam, base_prompt, schema, dict(v1), [dict(v1)], "base")
    if bid is None:
        return
    A, O, AU, OU = party, oth, party.upper(), oth.upper()
    keys = [k for k, _, _ in R253_KIND[kind]]

    def doc(lines, head=None):
        return instr + "\n" + cont + "\n" + (ho if head is None else head) + "\n" + "\n".join(lines) + "\n"

    def var(tag, lines, expect, answers=None, safe=False, head=None):
        if answers is None:
            answers = [dict(v1)] if expect is R253_REFUSE else ([dict(expect)] if safe else [dict(v1), dict(expect)])
        r253_add(tag, fam, doc(lines, head), schema, expect, answers, "safe" if safe else "pair", safe=safe, base=bid)

    # -------- the handing-over sentence itself gives the record to another party, or says which record
    heads_other = [
        "Please process the following %s record." % O, "Please process the following record of the %s." % O,
        "Please process the following %s's record." % O, "Please process the following %s's %s record." % (A, O),
        "Please process the following record of the %s's %s." % (A, O), "Please process the following %s record (%s)." % (A, O),
        "Please process the following %s record: %s details." % (A, O), "Please process the following %s record [%s]." % (A, O),
        "Please process the following %s record; the details are the %s's." % (A, O),
        "Please process the following %s record — %s's own." % (A, O),
        "Please process the following %s record, %s contact." % (A, O),
        "Please process the following %s contact record." % A, "Please process the following %s emergency contact." % A,
        "Please process the following %s billing contact." % A, "Please process the following next of kin of the %s." % A,
        "Forwarded by the %s; details of the %s below." % (A, O), "Forwarded by the %s; the %s's own details below." % (A, O),
        "Forwarded by the %s; %s details below." % (A, O),
        "Bitte den folgenden Datensatz verarbeiten (%s)." % short, "Por favor, procese el siguiente registro del %s." % short.lower(),
        "Veuillez traiter la fiche suivante : %s" % foreign.rstrip(": "),
    ]
    for h in heads_other:
        if h == ho:
            continue
        var("h", rec, R253_REFUSE, head=h)
    heads_safe = ["Please process the following %s record." % A, "Please process the following %s record:" % A,
                  "Please process the %s record below." % A, "Please process the following record of the %s." % A,
                  "Forwarded by the %s; details of the %s below." % (O, A), "Forwarded by our %s: the %s's details." % (O, A),
                  "Please process the following %s record (sent by the %s)." % (A, O),
                  "Please process the following %s record, %s-provided." % (A, short.lower())]
    for h in heads_safe:
        if h == ho:
            continue
        var("hs", rec, dict(v1), safe=True, head=h)

    # -------- the whole record given to another party (a heading or a line, no verb or a possessive)
    whole_above = [
        "%s DETAILS" % OU, "%s:" % r253_cap(O), "Details of the %s:" % O, "The %s's details:" % O,
        "Belonging to our %s:" % O, "[%s]" % O, "(%s)" % O, "%s record" % r253_cap(O), "Our %s" % O,
        foreign, "%s's %s:" % (r253_cap(A), O), "%s of the %s:" % (r253_cap(O), A),
        "%s contact person:" % r253_cap(A), "Emergency contact:", "Billing contact:", "Next of kin:",
        "-- %s --" % O, "%s (not the %s):" % (r253_cap(O), A), "From: %s (own details)" % O,
        "%s-provided contact of the %s's %s:" % (r253_cap(short), A, O),
    ]
    for h in whole_above:
        var("wa", [h] + rec, R253_REFUSE)
    whole_below = ["— all of the above: our %s" % O, "(above: the %s's details, not the %s's)" % (O, A),
                   "^ %s" % O, "Owner of these details: the %s." % O, "All %s details." % O]
    for h in whole_below:
        var("wb", rec + [h], R253_REFUSE)
    # a heading between the first line and the rest
    var("wm", rec[:1] + ["%s DETAILS" % OU] + rec[1:], R253_REFUSE)
    var("wm", rec[:1] + ["%s's:" % r253_cap(O)] + rec[1:], R253_REFUSE)

    # -------- one member given to another party
    for m in r253_rng.sample(keys, min(2, len(keys))):
        idx = keys.index(m)
        lab = dict((k, l) for k, l, _ in R253_KIND[kind])[m]
        val = r253_fmt(v1[m])
        forms = [
            ("mt", "%s: %s (%s)" % (lab, val, O)),
            ("mt", "%s: %s [%s]" % (lab, val, O)),
            ("ml", "%s (%s): %s" % (lab, O, val)),
            ("ml", "%s's %s: %s" % (r253_cap(O), lab.lower(), val)),
            ("ml", "%s %s: %s" % (short, lab.lower(), val)),
            ("mt", "%s: %s, of the %s" % (lab, val, O)),
            ("mt", "%s: %s — belonging to our %s" % (lab, val, O)),
            ("mt", "%s: %s (%s's)" % (lab, val, O)),
            ("mt", "%s: %s (%s)" % (lab, val, foreign.rstrip(": ").split()[-1].lower())),
        ]
        for tag, line in forms:
            lines = list(rec)
            lines[idx] = line
            var(tag, lines, R253_REFUSE)
        # a line after the member
        for note in ["^ the %s's" % O, "(that one is the %s's)" % O, "↑ %s" % O]:
            lines = list(rec)
            lines.insert(idx + 1, note)
            var("mn", lines, R253_REFUSE)
        # safe: a member handed over, or marked the asked party's
        for tag, line in [("ms", "%s: %s (provided by our %s)" % (lab, val, O)),
                          ("ms", "%s: %s (%s)" % (lab, val, A)),
                          ("ms", "%s: %s (%s-provided)" % (lab, val, short.lower()))]:
            lines = list(rec)
            lines[idx] = line
            var(tag, lines, dict(v1), safe=True)

    # -------- a second record, the heading names the asked party (right answer: that record)
    rec2 = r253_lines(kind, v2)
    var("t", ["%s DETAILS" % OU] + rec + ["", "%s DETAILS" % AU] + rec2, dict(v2))
    var("t", ["%s DETAILS" % AU] + rec2 + ["", "%s DETAILS" % OU] + rec, dict(v2), answers=[dict(v2)])
    var("t", ["%s:" % r253_cap(O)] + rec + ["%s:" % r253_cap(A)] + rec2, dict(v2))
    var("t", ["The %s's %s:" % (A, O)] + rec + ["The %s:" % A] + rec2, dict(v2))
    var("t", rec + ["", "%s:" % r253_cap(A)] + rec2, dict(v2))
    one = r253_pick(keys[1:])
    v3 = dict(v1)
    v3[one] = v2[one]
    var("t1", ["%s DETAILS" % OU] + rec + ["", "%s DETAILS" % AU] + r253_lines(kind, v3), dict(v3))
    var("t1", rec + ["", "%s (corrected):" % r253_cap(A)] + r253_lines(kind, v3), dict(v3))
    var("tr", ["Record 1"] + rec + ["Record 2"] + rec2 + ["The %s is record 2." % A], dict(v2))
    var("tr", ["The %s's details are in the second record." % A, "Record 1"] + rec + ["Record 2"] + rec2, dict(v2))
    var("ts", ["Record 1"] + rec + ["Record 2"] + rec2 + ["The %s is record 1." % A], dict(v1), safe=True)

    # -------- handing over, or the asked party's after all (safe)
    safe_above = ["%s DETAILS" % AU, "%s:" % r253_cap(A), "Please process the following %s record." % A,
                  "Record of the %s:" % A, "Sent to us by our %s:" % O,
                  "Filed under %s by mistake — these are the %s's own details." % (O, A),
                  "Forwarded by the %s; details of the %s below." % (O, A)]
    for h in safe_above:
        var("sa", [h] + rec, dict(v1), safe=True)
    var("sa", ["%s DETAILS" % OU, "(Correction: the details below are the %s's, not the %s's.)" % (A, O)] + rec,
        dict(v1), safe=True)
    var("sb", rec + ["Checked by the %s." % O], dict(v1), safe=True)
    var("sb", rec + ["(all of the above: the %s's own)" % A], dict(v1), safe=True)


R253_OTHERS = [("front desk", "Desk", "Datos de recepción:"), ("reception", "Reception", "Angaben der Rezeption:"),
               ("office", "Office", "Coordonnées du bureau :"), ("booking office", "Booking", "Datos de la oficina:"),
               ("support team", "Support", "Angaben des Supports:"), ("sender", "Sender", "Coordonnées de l'expéditeur :"),
               ("front office", "Office", "Dati della reception:"), ("clinic", "Clinic", "Angaben der Klinik:"),
               ("desk", "Desk", "Datos del mostrador:"), ("account manager", "Manager", "Kontoansvarligs opplysninger:"),
               ("our agent", "Agent", "Datos del agente:"), ("hotel", "Hotel", "Coordonnées de l'hôtel :")]
r253_oi = [0, 0]
R253_ORDER = ["customer", "guest", "patient", "supplier", "passenger", "customer", "guest", "patient", "supplier",
              "passenger", "customer", "guest", "tenant", "employee"]
for r253_party in R253_ORDER + R253_ORDER[:8]:
    r253_one(r253_party)


# ------------------------------------------------------------------ the desk: "details" beside a desk word
R253_DESKS = ["front desk", "desk", "reception desk", "help desk", "Front Desk", "service desk", "check-in desk",
              "front-desk team", "desk clerk", "hotel front desk", "front desk", "desk"]


def r253_desk(party, D):
    others, kinds = R253_PARTY[party]
    kind = r253_pick(kinds)
    schema = S({k: t for k, _, t in R253_KIND[kind]})
    v1 = r253_values(kind)
    instr = r253_instr(party, kind)
    cont = r253_pick(R253_CONTAINER)
    ho = "Please process the following %s record." % party
    rec = r253_lines(kind, v1)
    fam = "r253_desk_" + party
    bid = r253_add("kb", fam, instr + "\n" + cont + "\n" + ho + "\n" + "\n".join(rec) + "\n", schema, dict(v1),
                   [dict(v1)], "base")
    if bid is None:
        return
    A = party
    keys = [k for k, _, _ in R253_KIND[kind]]
    labs = dict((k, l) for k, l, _ in R253_KIND[kind])
    m = r253_pick(keys[1:])
    ml = labs[m].lower()

    def var(tag, head, lines, expect):
        safe = expect is not R253_REFUSE
        answers = [dict(v1)]
        r253_add(tag, fam, instr + "\n" + cont + "\n" + head + "\n" + "\n".join(lines) + "\n", schema, expect,
                 answers, "safe" if safe else "pair", safe=safe, base=bid)

    P_ = "Please process the following %s record" % A
    heads = [
        P_ + "; the details are the %s's." % D, P_ + "; these details are the %s's." % D,
        P_ + "; the details below are the %s's." % D, P_ + "; all details are the %s's own." % D,
        P_ + "; details of the %s." % D, P_ + "; the %s is the %s's %s." % (ml, D, ml),
        P_ + "; the %s is the %s's." % (ml, D), P_ + "; the details are those of the %s." % D,
        "Forwarded by the %s; details of the %s below." % (A, D), "Forwarded by the %s; %s details below." % (A, D),
        "Forwarded by the %s: details of the %s." % (A, D), "Sent by the %s; details of the %s below." % (A, D),
        "Forwarded by the %s; details of the %s (not of the %s) below." % (A, D, A),
        "Forwarded by the %s; the details below are those of the %s." % (A, D),
        "Forwarded by the %s; details of our %s below." % (A, D), "Forwarded by the %s; %s's details below." % (A, D),
        "Forwarded by the %s; %s contact details below." % (A, D), "Forwarded by the %s; the %s's %s below." % (A, D, ml),
        "Details of the %s, forwarded by the %s:" % (D, A), "Forwarded by the %s; details of the %s below." % (D, D),
    ]
    for h in heads:
        var("kh", h, rec, R253_REFUSE)
    for h in ["Forwarded by the %s; details of the %s below." % (D, A), "Forwarded by the %s; %s details below." % (D, A),
              P_ + "; the details are the %s's." % A, P_ + "; the details come from the %s." % D,
              "Forwarded by the %s; details of the %s below, checked by the %s." % (D, A, D)]:
        var("khs", h, rec, dict(v1))
    for h in ["Details of the %s:" % D, "The %s's details:" % D, "%s details:" % r253_cap(D), "Details of our %s:" % D,
              "Contact details of the %s:" % D, "Details of the %s (not the %s):" % (D, A), "The %s's own details:" % D,
              "Details of the %s follow." % D, "Details — %s:" % D, "Details: %s" % D,
              "The details below are the %s's." % D, "%s details of the %s:" % (labs[m], D),
              "Details of the %s's %s:" % (A, D)]:
        var("kw", ho, [h] + rec, R253_REFUSE)
    for h in ["Details of the %s:" % A, "The %s's details:" % A, "Details from the %s:" % D,
              "Details of the %s, from our %s:" % (A, D)]:
        var("kws", ho, [h] + rec, dict(v1))
    var("kwb", ho, rec + ["The details above are the %s's." % D], R253_REFUSE)
    var("kwb", ho, rec + ["(details of the %s)" % D], R253_REFUSE)
    i = keys.index(m)
    lines = list(rec)
    lines[i] = lines[i] + " (details of the %s)" % D
    var("km", ho, lines, R253_REFUSE)
    lines = list(rec)
    lines.insert(i, "Details of the %s:" % D)
    var("km", ho, lines, R253_REFUSE)


for r253_i, r253_party in enumerate(["customer", "guest", "patient", "supplier", "passenger", "customer", "guest",
                                     "patient", "supplier", "passenger", "customer", "guest"]):
    r253_desk(r253_party, R253_DESKS[r253_i])

# Confirmed alone from the cache (the ids and their bases on a fresh store, two passes), clear and arguable.
r253_found_alone_list = {
    'd253-h-10', 'd253-h-17', 'd253-h-19', 'd253-wa-32', 'd253-wa-33',
    'd253-h-1070', 'd253-h-1077', 'd253-h-1079', 'd253-h-1706', 'd253-h-1713',
    'd253-h-1715', 'd253-wa-1728', 'd253-wa-1729', 'd253-kh-2334', 'd253-kh-2335',
    'd253-kh-2336', 'd253-kh-2338', 'd253-kh-2341', 'd253-kh-2342', 'd253-kh-2343',
    'd253-kh-2345', 'd253-kh-2347', 'd253-kh-2348', 'd253-kh-2349', 'd253-kw-2359',
    'd253-kw-2360', 'd253-kw-2362', 'd253-kw-2366', 'd253-kw-2369', 'd253-kw-2370',
    'd253-kh-2381', 'd253-kh-2382', 'd253-kh-2383', 'd253-kh-2385', 'd253-kh-2388',
    'd253-kh-2389', 'd253-kh-2390', 'd253-kh-2392', 'd253-kh-2394', 'd253-kh-2395',
    'd253-kh-2396', 'd253-kw-2413', 'd253-kw-2416', 'd253-kw-2417', 'd253-kh-2663',
    'd253-kh-2664', 'd253-kh-2665', 'd253-kh-2667', 'd253-kh-2670', 'd253-kh-2671',
    'd253-kh-2672', 'd253-kh-2674', 'd253-kh-2676', 'd253-kh-2677', 'd253-kh-2678',
    'd253-kw-2688', 'd253-kw-2689', 'd253-kw-2691', 'd253-kw-2695', 'd253-kw-2698',
    'd253-kw-2699', 'd253-kh-2804', 'd253-kh-2805', 'd253-kh-2806', 'd253-kh-2808',
    'd253-kh-2811', 'd253-kh-2812', 'd253-kh-2813', 'd253-kh-2815', 'd253-kh-2817',
    'd253-kh-2818', 'd253-kh-2819', 'd253-kw-2829', 'd253-kw-2830', 'd253-kw-2832',
    'd253-kw-2836', 'd253-kw-2839', 'd253-kw-2840', 'd253-kh-2851', 'd253-kh-2852',
    'd253-kh-2853', 'd253-kh-2855', 'd253-kh-2858', 'd253-kh-2859', 'd253-kh-2860',
    'd253-kh-2862', 'd253-kh-2864', 'd253-kh-2865', 'd253-kh-2866', 'd253-kw-2883',
    'd253-kw-2886', 'd253-kw-2887',
}
r253_arguable_list = {
    'd253-h-19', 'd253-h-1079', 'd253-h-1715', 'd253-kh-2338', 'd253-kh-2343',
    'd253-kw-2370', 'd253-kh-2385', 'd253-kh-2390', 'd253-kw-2417', 'd253-kh-2667',
    'd253-kh-2672', 'd253-kw-2699', 'd253-kh-2808', 'd253-kh-2813', 'd253-kw-2840',
    'd253-kh-2855', 'd253-kh-2860', 'd253-kw-2887',
}
r253_found_alone |= r253_found_alone_list
r253_arguable |= r253_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 52: the confirmed items all kept with their bases, every 10th safe
# variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r253_trim_round  # noqa: E402

r253_trim_round("d253-", r253_found_alone, r253_arguable,
                lambda i: [r253_meta[i]["base"]] if r253_meta.get(i, {}).get("base") else [])
