r"""Red-team round 216 (black box): MAPPINGS AND COPIES THAT KEEP EACH MEMBER'S MENTION COUNT.
Focus: the instruction rule of rounds 205-215 (an instruction naming a member a different number of times than the
  stored request's skips reuse; one naming a member twice is answered but not stored). Four domains, three members
  each, the mapped pair first: invoice (customer/city/amount), booking (traveller/destination/departure_time), record
  (name/city/job), e-mail header (sender/recipient/subject). Mappings (swaps and copies of the first two members) said
  with no member word (ordinals, key positions, "the other one's value", "the top two lines"), with each member named
  ONCE (the base's list replaced: "Extract the C as JSON, and use the B line for the A field", "Give the A the B's
  value", "with A and B swapped", "... and vice versa"), in synonyms (client/town, passenger, person/town, author/
  addressee), in Norwegian/German/French/Spanish, in the schema's descriptions only (same prompt) or with "Fill each
  field as its description says", split across a system-like first line and the instruction, and the brief's sentence
  replacement (base "Extract the C ... Keep the A and the B as written." -> "Put the A in B and the B in A." / "Swap
  the A and the B." / "Give the A the B's value." / "The A and the B are reversed in the source."). The other
  direction: the mapped request first (model right), then the plain request (twice, and "Extract the C ..."). The patch
  path: the same mappings with the third member changed in the text.
  1,900 probes (seeded random.Random(216); R216_ONLY=1 keeps only this round's probes, R216_ALONE=1 the found ids and
  their bases), --runs 2: 250 bases, 1,540 pair variants (of them 420 patch-path variants, 170 other-direction), 60
  singles, 50 safe.
HELD (0 served wrong from the cache, full round, both runs): every SWAP, whatever its wording: ordinals/positions
  ("Swap the first two fields.", "Put the second value in the first key and the first value in the second key.",
  "Fill key 1 with value 2 and key 2 with value 1.", "For the first two fields, use the other one's value for each.":
  0/296), each member once ("... with customer and city swapped.", "Extract the A and B the other way round, and the
  C", "use the B line for the A field and vice versa", "Give the A the B's value and the other way round", "give the
  first the second's value and the second the first's": 0/136 + 0/128), synonyms and other languages appended
  (client/town, passenger, Legg by i kunde-feltet..., Schreib Stadt in das Feld Kunde...: 0/151; the
  record's person/town swap 3/25, (C)),
  split over a "System:"/"Note to the assistant:" line (0/69 + 0/26), schema descriptions (0/151: skipped, the schema
  differs), the brief's sentence replacement by a swap (0/90: "Put the A in B and the B in A", "Swap the A and the B",
  "reversed in the source"), ordinal copies ("Copy field 2 into field 1.", "taking the A from the second line": 0/98),
  copies in Norwegian/German, with "instead", or in a system line (0/79), and the other direction (plain request
  after a stored mapped one: 0/170; the mapped answers were never stored). The e-mail domain (sender/recipient, both
  person names) held for every form, copies included (0/27). Most of these were served fresh with the model's stale
  first answer (run 1 699 wrong fresh, run 2 720: ordinal swaps, "with A and B swapped", split, synonyms, other
  languages, "Fill each field as its description says"), never stored. Safe on reuse 24/50 (both runs).
WHAT GOT THROUGH (full round, fresh SQLite store, two passes: run 1 91 wrong from the cache (66 reuse, 25 kept on the
  patch path; 82 clear, 9 arguable), run 2 95 (all reuse; 84 clear, 11 arguable). Alone (R216_ALONE=1: the 95 ids
  and their bases, 172 probes, fresh store): run 1 91 (66 reuse, 25 kept; 82 clear, 9 arguable), run 2 95 (84 clear,
  11 arguable); all 95 confirmed.) Every one is a COPY of one member into another with each member named once:
  (A) CLEAR, "use the B line for the A field" (37/37 outside the e-mail domain): a stale answer is accepted fresh and
     stored, then served to every later such request: "Extract the departure time as JSON, and use the destination
     line for the traveller field. / Traveller: Hanne Aas / Destination: Bergen / Departure time: 19:45" ->
     {"traveller":"Hanne Aas",...} (right "Bergen"); "Extract the amount as JSON, and use the city line for the
     customer field. / Customer: Marte Holm / City: Bodø / Amount: 3127.00 NOK" -> {"customer":"Marte Holm",...}
     (patch, KEPT-FROM-CACHE customer); "Extract the job from the record as JSON, and use the city line for the name
     field." -> {"name":"Tomas Aas","city":"Molde",...}; also the mapped request served the plain stored answer
     (d216-rminv-1627, d216-rmrec-1375).
  (B) CLEAR, "Give the A the B's value." (47/47 outside the e-mail domain), the brief's shape: it replaces "Keep the A
     and the B as written." (equal counts) or the base's list: "Extract the amount from the invoice below as JSON. Give
     the customer the city's value. / Customer: Ole Nygaard / City: Skien / Amount: 9166.00 NOK" -> {"customer":"Ole
     Nygaard",...} (patch, KEPT customer; right "Skien"); "Extract the departure time from the booking as JSON. Give the
     traveller the destination's value." -> {"traveller":"Ana Aas","destination":"Drammen",...}; "Extract the job from
     the record as JSON. Give the name the city's value." -> {"name":"Liv Holm","city":"Molde",...}.
  (C) ARGUABLE (r216_arguable, 11): the same in synonyms of the record's members, where "person" must be read as the
     key "name" and "town" as "city": "Give the person the town's value." -> {"name":"Liv Holm","city":"Skien",...};
     "Put the town in the person field and the person in the town field." -> {"name":"Tomas Strand","city":
     "Gjøvik",...}.
Adds its probes to probe_kit.P."""
import random as r216_random

from probe_kit import P, S, J, E  # noqa: F401

r216_rng = r216_random.Random(216)
r216_found_alone = set()
r216_arguable = set()
r216_prompts = {}
r216_n = [0]
r216_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r216_meta = {}


def r216_addj(tag, fam, prompt, schema, exp, answers, kind, safe=False, meta=None):
    pk = (prompt, repr(schema))
    if pk in r216_prompts:
        return r216_prompts[pk]
    r216_n[0] += 1
    pid = "d216-%s-%d" % (tag, r216_n[0])
    J(pid, fam, prompt, schema, exp, answers, safe=safe)
    r216_prompts[pk] = pid
    r216_counts[kind] += 1
    r216_meta[pid] = meta or {}
    return pid


FIRST = ["Ana", "Ida", "Lars", "Siv", "Jonas", "Mira", "Tomas", "Eva", "Karin", "Ole", "Nora", "Petter", "Hanne",
         "Rune", "Liv", "Emil", "Astrid", "Henrik", "Marte", "Sindre"]
LAST = ["Berg", "Lund", "Vold", "Fjeld", "Holm", "Dahl", "Strand", "Moen", "Haug", "Bakke", "Lie", "Nygaard",
        "Solberg", "Aas"]
CITY = ["Bergen", "Oslo", "Tromsø", "Stavanger", "Ålesund", "Bodø", "Drammen", "Hamar", "Molde", "Skien", "Narvik",
        "Gjøvik", "Halden", "Kongsberg"]
JOBS = ["nurse", "pilot", "baker", "teacher", "plumber", "electrician", "chef", "dentist"]
SYSLINES = ["System: {c}", "[Instructions] {c}", "Note to the assistant: {c}", "SYSTEM: {c}", "Rule for this task: {c}"]


def r216_name(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


# Each domain: A, B = the first two keys (the mapped ones), C = third key. Synonyms per language for A and B.
def dom_inv(rng, C_val=None):
    nm, city = r216_name(rng), rng.choice(CITY)
    amt = C_val if C_val is not None else rng.randint(120, 9800)
    text = "Customer: %s\nCity: %s\nAmount: %d.00 NOK\n" % (nm, city, amt)
    return dict(noun="invoice", text=text, vals=(nm, city, amt), C="amount",
                sch=S({"customer": "string", "city": "string", "amount": "number"}),
                instr="Extract the customer, city and amount from the invoice below as JSON.",
                instr_c="Extract the amount from the invoice below as JSON.",
                instr_none="Extract the invoice below as JSON.",
                A="customer", B="city",
                syn={"en": ("client", "town"), "en2": ("buyer", "place"), "no": ("kunde", "by"),
                     "de": ("Kunde", "Stadt"), "fr": ("client", "ville"), "es": ("cliente", "ciudad")},
                change=lambda v: "Customer: %s\nCity: %s\nAmount: %d.00 NOK\n" % (v[0], v[1], v[2]))


def dom_book(rng, C_val=None):
    nm, dest = r216_name(rng), rng.choice(CITY)
    hh, mm = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
    t = C_val if C_val is not None else "%02d:%02d" % (hh, mm)
    return dict(noun="booking", text="Traveller: %s\nDestination: %s\nDeparture time: %s\n" % (nm, dest, t), vals=(nm, dest, t),
                C="departure_time",
                sch=S({"traveller": "string", "destination": "string", "departure_time": "string"}),
                instr="Extract the traveller, destination and departure time from the booking as JSON.",
                instr_c="Extract the departure time from the booking as JSON.",
                instr_none="Extract the booking as JSON.",
                A="traveller", B="destination",
                syn={"en": ("passenger", "arrival city"), "en2": ("guest", "where they are going"),
                     "no": ("reisende", "reisemål"), "de": ("Reisende", "Reiseziel"), "fr": ("voyageur", "destination"),
                     "es": ("viajero", "destino")},
                change=lambda v: "Traveller: %s\nDestination: %s\nDeparture time: %s\n" % v)


def dom_rec(rng, C_val=None):
    nm, city = r216_name(rng), rng.choice(CITY)
    job = C_val if C_val is not None else rng.choice(JOBS)
    return dict(noun="record", text="Name: %s\nCity: %s\nJob: %s\n" % (nm, city, job), vals=(nm, city, job), C="job",
                sch=S({"name": "string", "city": "string", "job": "string"}),
                instr="Extract the name, city and job from the record below as JSON.",
                instr_c="Extract the job from the record below as JSON.",
                instr_none="Extract the record below as JSON.",
                A="name", B="city",
                syn={"en": ("person", "town"), "en2": ("full name", "home town"), "no": ("navn", "by"),
                     "de": ("Person", "Wohnort"), "fr": ("personne", "ville"), "es": ("persona", "ciudad")},
                change=lambda v: "Name: %s\nCity: %s\nJob: %s\n" % v)


def dom_mail(rng, C_val=None):
    a, b = r216_name(rng), r216_name(rng)
    while b == a:
        b = r216_name(rng)
    subj = C_val if C_val is not None else rng.choice(["Invoice 4411", "Meeting on Friday", "Contract renewal",
                                                       "Late delivery", "Holiday rota"])
    return dict(noun="e-mail header", text="From: %s\nTo: %s\nSubject: %s\n" % (a, b, subj), vals=(a, b, subj), C="subject",
                sch=S({"sender": "string", "recipient": "string", "subject": "string"}),
                instr="Extract the sender, recipient and subject from the e-mail header below as JSON.",
                instr_c="Extract the subject from the e-mail header below as JSON.",
                instr_none="Extract the e-mail header below as JSON.",
                A="sender", B="recipient",
                syn={"en": ("author", "addressee"), "en2": ("the person who wrote it", "the person it went to"),
                     "no": ("avsender", "mottaker"), "de": ("Absender", "Empfänger"), "fr": ("expéditeur", "destinataire"),
                     "es": ("remitente", "destinatario")},
                change=lambda v: "From: %s\nTo: %s\nSubject: %s\n" % v)


DOMS = [("inv", dom_inv), ("book", dom_book), ("rec", dom_rec), ("mail", dom_mail)]

# Mapping clauses with NO member word (ordinals, positions, pronouns).
ORD_SWAP = [
    "Swap the first two fields.",
    "Swap the values of the first two keys.",
    "Put the second value in the first key and the first value in the second key.",
    "Exchange the first and second fields' values.",
    "The first two fields are mixed up in our system, so give them the other way round.",
    "Give the first key the second line's value and the second key the first line's value.",
    "Reverse the first two values (keep the keys where they are).",
    "The top two lines are swapped in the source; fix that by swapping them back in the JSON.",
    "For the first two fields, use the other one's value for each.",
    "Fill key 1 with value 2 and key 2 with value 1.",
]
ORD_COPY = [
    "Put the second value in the first key as well.",
    "Use the second line's value for the first field too.",
    "The first field should repeat the second field's value.",
    "Copy field 2 into field 1.",
]
# Mapping clauses that name A and B ONCE each (same count as the base instruction's list, if the clause replaces it).
ONCE_SWAP = [
    "Extract the {N} below as JSON, with {A} and {B} swapped.",
    "Extract the {N} below as JSON with the {A} and {B} values exchanged.",
    "Extract it as JSON. Swap {A} and {B}.",
    "Extract as JSON, but {A} and {B} have to trade values.",
    "Extract the {A} and {B} the other way round, and the {C}, as JSON.",
    "Extract the {A}, {B} (values swapped between these two) and {C} as JSON.",
]
ONCE_COPY = [
    "Extract as JSON; the {A} takes the {B}'s value.",
    "Extract as JSON, filling {A} from the {B} line.",
    "Extract the {C} as JSON, and use the {B} line for the {A} field.",
]
# Clauses in synonyms / other languages (no member words).
SYN_SWAP = {
    "en": "Put the {b} in the {a} field and the {a} in the {b} field.",
    "en2": "Give the {b} as the {a} and the {a} as the {b}.",
    "no": "Legg {b} i {a}-feltet og {a} i {b}-feltet.",
    "de": "Schreib {b} in das Feld {a} und {a} in das Feld {b}.",
    "fr": "Mets la valeur {b} dans le champ {a} et la valeur {a} dans le champ {b}.",
    "es": "Pon el valor de {b} en el campo {a} y el de {a} en el campo {b}.",
}
SAFE = ["Keep the fields in order.", "Return only the JSON.", "Thanks!", "Keep every value as written.",
        "No explanations, please.", "Use the schema given."]


def r216_place(instr, text, clause, pos, rng):
    if pos == "append":
        return "%s %s\n\n%s" % (instr, clause, text)
    if pos == "sys":
        return "%s\n%s\n\n%s" % (rng.choice(SYSLINES).format(c=clause), instr, text)
    if pos == "para":
        return "%s\n\n%s\n\n%s" % (instr, clause, text)
    if pos == "prefix":
        return "%s %s\n\n%s" % (clause, instr, text)
    raise ValueError(pos)


def r216_ans(d, vals, swap=False, copy=False):
    A, B, C = d["A"], d["B"], d["C"]
    a, b, c = vals
    if swap:
        a, b = b, a
    if copy:
        a = b
    if C == "amount":
        return {A: a, B: b, C: c}
    return {A: a, B: b, C: c}


def r216_variants(dn, d, rng):
    """(key, prompt, schema, kind) for each mapping variant of the base d: kind swap/copy."""
    out = []
    A, B, C = d["A"], d["B"], d["C"].replace("_", " ")
    instr, text, sch = d["instr"], d["text"], d["sch"]
    # 1. ordinal clauses appended / para / sys / prefix, base instruction unchanged (each member once in both)
    for t in rng.sample(ORD_SWAP, 4):
        out.append(("ord_swap", r216_place(instr, text, t, rng.choice(["append", "append", "para", "sys", "prefix"]),
                                           rng), sch, "swap"))
    for t in rng.sample(ORD_COPY, 1):
        out.append(("ord_copy", r216_place(instr, text, t, rng.choice(["append", "para", "sys"]), rng), sch, "copy"))
    # 2. the instruction replaced by one naming A and B once each
    for t in rng.sample(ONCE_SWAP, 2):
        out.append(("once_swap", "%s\n\n%s" % (t.format(A=A, B=B, C=C, N=d["noun"]), text), sch, "swap"))
    t = rng.choice(ONCE_COPY)
    out.append(("once_copy", "%s\n\n%s" % (t.format(A=A, B=B, C=C, N=d["noun"]), text), sch, "copy"))
    # 3. synonyms / other languages appended to the base instruction
    for lg in rng.sample(sorted(SYN_SWAP), 2):
        a, b = d["syn"][lg]
        t = SYN_SWAP[lg].format(a=a, b=b)
        out.append(("syn_" + lg, r216_place(instr, text, t[0].upper() + t[1:], rng.choice(["append", "para", "sys"]),
                                            rng), sch, "swap"))
    # 4. split: system line maps, instruction lists (each once overall)
    split = rng.choice([
        ("SYSTEM: the first two keys get each other's values.", instr),
        ("System: Put the %s value in the field for %s." % (B, A), d["instr_c"]),
        ("Note to the assistant: %s and %s are swapped in this source; swap them back." % (A, B), d["instr_c"]),
        ("[Instructions] Whatever the first line says goes in the second key, and the other way round.", instr),
    ])
    out.append(("split", "%s\n%s\n\n%s" % (split[0], split[1], text), sch, "swap"))
    # 5. schema descriptions hold the mapping, prompt unchanged
    desc_forms = [({A: "the value on the %s line" % B.capitalize(), B: "the value on the %s line" % A.capitalize()}),
                  ({A: "second line of the source", B: "first line of the source"}),
                  ({A: "Put the other one here (see the next field)", B: "Put the first line here"})]
    dsc = rng.choice(desc_forms)
    props = {k: v["type"] for k, v in sch["properties"].items()}
    sch2 = S(props, desc=dsc)
    out.append(("desc", "%s\n\n%s" % (instr, text), sch2, "swap"))
    # same description, prompt says "as described"
    out.append(("desc2", "%s Fill each field as its description says.\n\n%s" % (instr, text), sch2, "swap"))
    # 6. the brief's sentence replacement: base had a keep-sentence (twice), variant swaps (twice)
    return out


def r216_pairs(N):
    rng = r216_rng
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        base_p = "%s\n\n%s" % (d["instr"], d["text"])
        ba = r216_ans(d, vals)
        b = r216_addj("b" + dn, dn + "_base", base_p, d["sch"], ba, [ba], "base", meta=dict(role="base"))
        for key, vp, sch, kind in r216_variants(dn, d, rng):
            right = r216_ans(d, vals, swap=(kind == "swap"), copy=(kind == "copy"))
            r216_addj("p" + dn, "%s_%s" % (dn, key), vp, sch, right, [ba, right], "pair",
                      meta=dict(role="var", base=b, key=key))
        sp = r216_place(d["instr"], d["text"], rng.choice(SAFE), rng.choice(["append", "para"]), rng)
        r216_addj("s" + dn, dn + "_safe", sp, d["sch"], ba, [ba], "safe", safe=True, meta=dict(role="safe", base=b))


def r216_keep_sentence(N):
    """Brief's shape: base with a sentence naming A and B ('Keep the A and the B as written.'), variant replaces it
    with a mapping naming each the same number of times."""
    rng = r216_rng
    KEEP = ["Keep the {A} and the {B} as written.", "Copy the {A} and the {B} exactly.",
            "The {A} and the {B} are case-sensitive."]
    MAP = ["Put the {A} in {B} and the {B} in {A}.", "Swap the {A} and the {B}.", "Give the {A} the {B}'s value.",
           "The {A} and the {B} are reversed in the source."]
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        A, B = d["A"], d["B"]
        ic = d["instr_c"]
        ks = rng.choice(KEEP).format(A=A, B=B)
        base_p = "%s %s\n\n%s" % (ic, ks, d["text"])
        ba = r216_ans(d, vals)
        b = r216_addj("bk" + dn, dn + "_keepbase", base_p, d["sch"], ba, [ba], "base", meta=dict(role="base"))
        for j, m in enumerate(MAP):
            kind = "copy" if j == 2 else "swap"
            right = r216_ans(d, vals, swap=(kind == "swap"), copy=(kind == "copy"))
            vp = "%s %s\n\n%s" % (ic, m.format(A=A, B=B), d["text"])
            r216_addj("pk" + dn, "%s_keep_%d" % (dn, j), vp, d["sch"], right, [ba, right], "pair",
                      meta=dict(role="var", base=b, key="keep%d" % j))


def r216_reverse(N):
    """Other direction: the mapped request first (answered right, swapped), then the plain request."""
    rng = r216_rng
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        plain = r216_ans(d, vals)
        sw = r216_ans(d, vals, swap=True)
        vs = r216_variants(dn, d, rng)
        key, vp, sch, kind = rng.choice([v for v in vs if v[3] == "swap" and v[2] is d["sch"]])
        b = r216_addj("br" + dn, "%s_rbase_%s" % (dn, key), vp, sch, sw, [sw], "base", meta=dict(role="base"))
        for pp in ["%s\n\n%s" % (d["instr"], d["text"]),
                   "%s %s\n\n%s" % (d["instr"], rng.choice(SAFE), d["text"])]:
            r216_addj("pr" + dn, "%s_plain_after_%s" % (dn, key), pp, d["sch"], plain, [sw, plain], "pair",
                      meta=dict(role="var", base=b, key="rev_" + key))


def r216_patch(N):
    """Patch path: base plain; variant has a mapping AND a changed third member (so some step fails)."""
    rng = r216_rng
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        ba = r216_ans(d, vals)
        base_p = "%s\n\n%s" % (d["instr"], d["text"])
        b = r216_addj("bp" + dn, dn + "_pbase", base_p, d["sch"], ba, [ba], "base", meta=dict(role="base"))
        if dn == "inv":
            nc = vals[2] + rng.choice([7, 100, 250])
        elif dn == "book":
            nc = "%02d:%s" % ((int(vals[2][:2]) + 1) % 24, vals[2][3:])
        elif dn == "rec":
            nc = rng.choice([j for j in JOBS if j != vals[2]])
        else:
            nc = vals[2] + " (reminder)"
        nv = (vals[0], vals[1], nc)
        ntext = d["change"](nv)
        d2 = dict(d, text=ntext)
        vs = r216_variants(dn, d2, rng)
        rng.shuffle(vs)
        for key, vp, sch, kind in vs[:6]:
            right = r216_ans(d, nv, swap=(kind == "swap"), copy=(kind == "copy"))
            wrong = r216_ans(d, nv)
            r216_addj("pp" + dn, "%s_patch_%s" % (dn, key), vp, sch, right, [wrong, right], "pair",
                      meta=dict(role="var", base=b, key="patch_" + key))


def r216_singles(N):
    rng = r216_rng
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        vs = r216_variants(dn, d, rng)
        key, vp, sch, kind = rng.choice(vs)
        right = r216_ans(d, vals, swap=(kind == "swap"), copy=(kind == "copy"))
        r216_addj("n" + dn, "%s_single_%s" % (dn, key), vp, sch, right, [r216_ans(d, vals), right], "single",
                  meta=dict(role="single", key=key))


MORE = [  # (key, template, kind): A and B named once each, as in the base's list
    ("lineswap", "Extract the {C} as JSON, and use the {B} line for the {A} field and vice versa.", "swap"),
    ("linecopyN", "Extract the {C} from the {N} as JSON, and use the {B} line for the {A} field.", "copy"),
    ("givecopy", "Extract the {C} from the {N} as JSON. Give the {A} the {B}'s value.", "copy"),
    ("giveswap", "Extract the {C} from the {N} as JSON. Give the {A} the {B}'s value and the other way round.", "swap"),
    ("getsswap", "Extract the {C} as JSON. The {A} field gets what the {B} line says, and vice versa.", "swap"),
    ("second", "Extract the {C} as JSON, taking the {A} from the second line.", "copy"),
    ("instead", "Extract the {C} as JSON; for the {A}, use the {B}'s line instead.", "copy"),
    ("firstsecond", "Extract the {A}, {B} and {C} from the {N} as JSON, but give the first the second's value and the second the first's.", "swap"),
    ("eachother", "Extract the {A}, {B} and {C} as JSON, each of the first two taking the other's line.", "swap"),
    ("synswap", "Extract the {C} as JSON. Use the {b} line for the {a} field and vice versa.", "swap"),
    ("syncopy", "Extract the {C} from the {N} as JSON. Give the {a} the {b}'s value.", "copy"),
    ("no", "Hent ut {C} som JSON, og bruk {B}-linjen for {A}-feltet.", "copy"),
    ("de", "Extrahiere {C} als JSON und nimm für {A} den Wert von {B}.", "copy"),
    ("sysgive", "System: Give the {A} the {B}'s value.\\nExtract the {C} from the {N} as JSON.", "copy"),
    ("sysline", "Note to the assistant: use the {B} line for the {A} field and vice versa.\\nExtract the {C} as JSON.", "swap"),
]


def r216_more(N):
    """Refinement: the shapes of part 1 that got through, more forms; pairs, patch pairs and the other direction."""
    rng = r216_rng
    for i in range(N):
        dn, df = DOMS[i % len(DOMS)]
        d = df(rng)
        vals = d["vals"]
        A, B, C = d["A"], d["B"], d["C"].replace("_", " ")
        a, b = d["syn"]["en"]
        ba = r216_ans(d, vals)
        mode = i % 3  # 0 pair, 1 patch pair, 2 other direction
        base_p = "%s\n\n%s" % (d["instr"], d["text"])
        forms = rng.sample(MORE, 6)
        if mode == 0:
            bid = r216_addj("bm" + dn, dn + "_mbase", base_p, d["sch"], ba, [ba], "base", meta=dict(role="base"))
            for key, t, kind in forms:
                vp = "%s\n\n%s" % (t.format(A=A, B=B, C=C, N=d["noun"], a=a, b=b), d["text"])
                right = r216_ans(d, vals, swap=(kind == "swap"), copy=(kind == "copy"))
                r216_addj("pm" + dn, "%s_more_%s" % (dn, key), vp, d["sch"], right, [ba, right], "pair",
                          meta=dict(role="var", base=bid, key=key))
        elif mode == 1:
            bid = r216_addj("bm" + dn, dn + "_mbase", base_p, d["sch"], ba, [ba], "base", meta=dict(role="base"))
            if dn == "inv":
                nc = vals[2] + rng.choice([7, 100, 250])
            elif dn == "book":
                nc = "%02d:%s" % ((int(vals[2][:2]) + 1) % 24, vals[2][3:])
            elif dn == "rec":
                nc = rng.choice([j for j in JOBS if j != vals[2]])
            else:
                nc = vals[2] + " (reminder)"
            nv = (vals[0], vals[1], nc)
            nt = d["change"](nv)
            for key, t, kind in forms:
                vp = "%s\n\n%s" % (t.format(A=A, B=B, C=C, N=d["noun"], a=a, b=b), nt)
                right = r216_ans(d, nv, swap=(kind == "swap"), copy=(kind == "copy"))
                r216_addj("qm" + dn, "%s_mpatch_%s" % (dn, key), vp, d["sch"], right, [r216_ans(d, nv), right],
                          "pair", meta=dict(role="var", base=bid, key="mpatch_" + key))
        else:
            key, t, kind = forms[0]
            mp = "%s\n\n%s" % (t.format(A=A, B=B, C=C, N=d["noun"], a=a, b=b), d["text"])
            mr = r216_ans(d, vals, swap=(kind == "swap"), copy=(kind == "copy"))
            bid = r216_addj("rm" + dn, "%s_mrbase_%s" % (dn, key), mp, d["sch"], mr, [mr], "base",
                            meta=dict(role="base"))
            for pp in [base_p, "%s %s\n\n%s" % (d["instr"], rng.choice(SAFE), d["text"]),
                       "%s\n\n%s" % (d["instr_c"], d["text"])]:
                r216_addj("om" + dn, "%s_mplain_after_%s" % (dn, key), pp, d["sch"], ba, [mr, ba], "pair",
                          meta=dict(role="var", base=bid, key="mrev_" + key))


r216_pairs(50)
r216_keep_sentence(30)
r216_reverse(40)
r216_patch(40)
r216_singles(60)
r216_more(90)

r216_found_alone_list = {
    'd216-pbook-84', 'd216-pinv-189', 'd216-pbook-264', 'd216-pbook-324', 'd216-pbook-384', 'd216-prec-399',
    'd216-prec-459', 'd216-pbook-504', 'd216-prec-579', 'd216-pinv-609', 'd216-pbook-624', 'd216-pkinv-754',
    'd216-pkbook-759', 'd216-pkrec-764', 'd216-pkinv-774', 'd216-pkbook-779', 'd216-pkrec-784', 'd216-pkinv-794',
    'd216-pkbook-799', 'd216-pkrec-804', 'd216-pkinv-814', 'd216-pkbook-819', 'd216-pkrec-824', 'd216-pkinv-834',
    'd216-pkbook-839', 'd216-pkrec-844', 'd216-pkinv-854', 'd216-pkbook-859', 'd216-pkrec-864', 'd216-pkinv-874',
    'd216-pkbook-879', 'd216-pkrec-884', 'd216-pkinv-894', 'd216-pkbook-899', 'd216-ppbook-1030', 'd216-ppinv-1054',
    'd216-pprec-1092', 'd216-ppinv-1135', 'd216-ppinv-1163', 'd216-nbook-1306', 'd216-qmbook-1373',
    'd216-rmrec-1375', 'd216-qminv-1390', 'd216-qminv-1391', 'd216-pmrec-1399', 'd216-pmbook-1419',
    'd216-qmrec-1428', 'd216-pminv-1436', 'd216-qmbook-1442', 'd216-qminv-1460', 'd216-qminv-1462',
    'd216-pmrec-1474', 'd216-qmbook-1514', 'd216-qmbook-1517', 'd216-qminv-1535', 'd216-pmbook-1561',
    'd216-qmbook-1586', 'd216-qminv-1604', 'd216-qminv-1607', 'd216-pmrec-1615', 'd216-rminv-1627',
    'd216-qmrec-1643', 'd216-pminv-1655', 'd216-qmbook-1659', 'd216-qmbook-1660', 'd216-qminv-1679',
    'd216-qminv-1680', 'd216-pmbook-1706', 'd216-qmrec-1714', 'd216-qmrec-1716', 'd216-pminv-1723',
    'd216-pminv-1726', 'd216-qmbook-1733', 'd216-pmrec-1758', 'd216-pmbook-1781', 'd216-qmrec-1785',
    'd216-qmrec-1786', 'd216-qmbook-1805', 'd216-qminv-1822', 'd216-pmrec-1830', 'd216-qmrec-1859',
    'd216-pminv-1868', 'd216-qmbook-1877', 'd216-rmrec-1879',
}
r216_arguable_list = {
    'd216-prec-700', 'd216-pprec-1064', 'd216-pprec-1234', 'd216-qmrec-1499', 'd216-rmrec-1519', 'd216-pmrec-1544',
    'd216-pmrec-1619', 'd216-pmrec-1687', 'd216-pmrec-1760', 'd216-pmrec-1831', 'd216-qmrec-1858',
}
r216_found_alone |= r216_found_alone_list
r216_arguable |= r216_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (1,900 generated); then every arguable item left out.
r216_keep = set(r216_found_alone)
r216_keep |= {r216_meta[r216_i]["base"] for r216_i in list(r216_keep) if r216_meta.get(r216_i, {}).get("base")}
from probe_kit import sample_round as r216_sample_round  # noqa: E402

r216_sample_round("d216-", r216_keep, 30, safe_every=10)
P[:] = [r216_p for r216_p in P if r216_p["id"] not in r216_arguable]
