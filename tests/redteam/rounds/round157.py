"""Red-team round 157 (black box, BIN /tmp/rt/bin/stepcache): PARTIES AND RELATIONS SET BY VERBS AND PHRASES, not by
labels, json_extract. Who is who is said by a verb, a preposition, a possessive or a phrase ("Mia Sand sends the parcel
to Ole Vik", "Ole Vik receives it from Mia Sand", "The car was sold by X to Y", "Y was hired by X", "X owes Y 300",
"X's landlord is Y", "c/o", "Attn:", "via", "on behalf of", "Paid by/Paid to"), asked by role-named members
(recipient_name, seller_name, tenant_name, payer, employer_name, borrower, manager_name, host_name, lawyer_name, ...),
by "Extract the R's name as JSON." + {name}, by a described {name: "the R's name"}, by "Who is the R?" + {R}.
TRIED (19,163 probes; 4,562 pairs, 4,521 singles, 2,759 safe; 1,272 ids arguable):
 V  (d157-<rel>-): 10 relations (sender/recipient, seller/buyer, landlord/tenant, employer/employee, payer/payee,
    borrower/lender, doctor/patient, teacher/student, manager/employee, host/guest), 82 verb templates (active, passive,
    "receives from", "got from", "was handed by", "lets to", "rents from", "X's landlord is Y", "works for", "is employed
    by", "owes", "lent", "is owed by", "treated", "studies under", "reports to", "stays with"...), 5 ask modes, both
    roles: SWAP pairs (same template, names swapped), FLIP pairs (names in the same places, another verb whose roles run
    the other way), safe paraphrases keeping the roles, singles answering the other party.
 PO (d157-po-): "X's R is Y", "Y is X's R", "The R of X is Y", "X's R, Y, called today", "X's R: Y", "X has Y as R",
    "X and her R Y", "X, whose R is Y, ...", "Y acts as R for X", "X named Y as her R", "Y serves as X's R",
    "Y is the R of X" for 35 role nouns x 4 ask modes.
 VN (d157-vn-): verbs spelled like role nouns ("hosts", "coaches", "tutors", "guides", "mentors", "sponsors", "nurses",
    "judges", "guards", "chauffeurs", "employs", "manages", "teaches", "sends", "buys from"...) in 6 sentence frames.
 DIR (d157-dir-): origin/destination and departure/arrival cities by "leaves P for Q", "runs to Q from P", "arrives in Q
    from P", "bound for", "headed to", "moved to Q from P", "via", "Route: P to Q", "Outbound from P; destination Q".
 SRA/PL/OW (d157-sra-, -pl-, -ow-): cities beside names by verb, "c/o", "wired", labels made of a verb and a
    preposition ("Paid by:/Paid to:", "Sold by/Sold to", "Rented from/Rented by", "Hired by", "Issued to", "Signed by /
    On behalf of", "c/o / Deliver to", "Via / Attn") as lines, one line and prose; "X owes Y 300" debtor/creditor.
 RL (d157-rl-): related-person labels beside the subject's own fields ("Emergency contact phone", "Next of kin",
    "Manager's phone", "Spouse's age", "Referred by", "Guarantor", "Co-signer", "Reports to", "Parent/guardian",
    "Partner's email", "CC", "Signed on behalf of the applicant by"), above/below, with and without the own field.
 AT (d157-at-): the related person's city/age in prose ("X's manager, Y, lives in Q; X lives in P", "X is from P. X's
    doctor is Y, who is from Q", "X's lawyer is Y, aged 52. X is 24").
HELD: every safe paraphrase (nothing wrong served); the related-person labels (RL: 0 of 408); the verb templates of
 seller/buyer, landlord/tenant (but the possessive), employer/employee (but the possessive), payer/payee,
 borrower/lender, doctor/patient, teacher/student (refused: "the text also names X, and which of them the request
 means is not checked", "the text names several people in prose ... whose value it is is not read", "the text states
 this value for another party or end"); m2-m5 asks over sender/recipient verbs; "X's R: Y", "X and her R Y", "X named Y
 as her R"; DIR but one shape; debtor/creditor; the age attributes (AT age); label pairs in lines and on one line.
GOT THROUGH: 2,005 ids wrong from the cache in the full run; 550 items of them (a sample covering every role, frame,
 ask mode and family) re-run ALONE on a fresh SQLite store, --runs 2: 441 clear (180 pairs, 261 singles; alone.txt),
 109 arguable (alone_arguable.txt), none held alone. Every one served with reason "all 1 steps
 verified"; no request was reused in run 1 -- "source_text_changed: similarity < 0.5" -- so every item, pair variant
 too, is the model's wrong answer stored in run 1 and served from the cache in run 2):
 (A) A POSSESSIVE OR "AS"/"OF" PHRASE NAMING THE RELATION: the person BEFORE the role noun is taken for the role:
   "Extract as JSON.\nMaja Lund's tenant is Leif Hagen.\n" tenant_name -> "Maja Lund" (the landlord);
   "Return the manager as JSON.\nThe manager of Sara Rud is Finn Brekke.\n" -> "Sara Rud";
   "Extract the doctor's name as JSON.\nLeif Bakke acts as doctor for Maja Dahl.\n" -> "Maja Dahl";
   "Tone Aune has Ivar Lie as landlord." landlord_name -> "Tone Aune"; "Sara Berg, whose manager is Finn Lund, signed
   the form." (described "the manager's name") -> "Sara Berg"; "Even Jahr is Nora Tangen's doctor." doctor -> "Nora
   Tangen"; "Nils Myhre is the manager of Eva Haug." -> "Eva Haug". 9 of 12 frames, all 4 ask modes for role nouns
   outside the 13 role pairs (manager, lawyer, guarantor, coach, mentor, sponsor, supervisor, agent, client, boss,
   tutor, teacher, student, doctor, patient, host, guest ...), the m1 key ("landlord_name", "tenant_name",
   "employer_name", "seller_name", "borrower", ...) for the role-pair nouns.
 (B) A VERB SPELLED LIKE A ROLE NOUN: "Ane Aas hosts Geir Haug this weekend." host_name -> "Geir Haug"; "Liv Hagen mentors
   Odd Solberg, and both live in Oslo." mentor_name -> "Odd Solberg"; "It is Maja Brekke who hosts Leif Bøe." -> "Leif
   Bøe"; the same for coaches, tutors, guides, sponsors, nurses, judges, guards, chauffeurs (frames ", and ..." and
   "It is X who ...").
 (C) SENDER/RECIPIENT BY "to"/"from" IN PROSE, key sender_name/recipient_name: "Tom Bøe sends the parcel to Ana
   Brekke." recipient_name -> "Tom Bøe"; "Rolf Lie receives the parcel from Hege Aune." sender_name -> "Rolf Lie"; "A
   parcel from Dag Aune to Kaja Rønning arrived today." sender_name -> "Kaja Rønning"; "The parcel is sent by Tone Dale
   to Ivar Berg." recipient_name -> "Tone Dale"; "Odd Lie gave the parcel to Liv Aune." -> "Odd Lie"; "Sent to Dag
   Dahl, sent by Kaja Lid." recipient_name -> "Kaja Lid"; "Deliver to Jon Fjeld c/o Kari Vold, Harstad." recipient_name
   -> "Kari Vold"; "Liv Aune in Arendal sends the parcel to Odd Lie in Molde." -> "Liv Aune".
 (D) THE RELATED PERSON'S ATTRIBUTE IN PROSE, described member: "Maja Fjeld's manager, Leif Sætre, lives in Harstad;
   Maja Fjeld lives in Ålesund." {city: "the manager's city"} -> "Ålesund"; "Sara Tangen is from Larvik. Sara Tangen's
   guarantor is Finn Jahr, who is from Førde." -> "Larvik".
 (E) "Outbound from Tromsø; destination Kongsberg." {city: "the destination city"} -> "Tromsø".
ARGUABLE (r157_arguable, family *_arguable): symmetric relations (spouse, partner, contact) and role nouns odd after a
 person's possessive (owner, holder, issuer, payer, payee, sender, recipient: "Kari Aas's sender is Jon Haug"); verbs
 made from nouns that read oddly ("guests with", "landlords for", "doctors", "witnesses for"); "Return trip: the coach
 goes back from Q to P". Adds its probes to probe_kit.P."""
import json as r157_json
import zlib as r157_zlib

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r157_NR = 999
r157_arguable = set()
r157_pairs = []
r157_singles = []
r157_safe_ids = []
r157_n = [0]
r157_FIRST = ["Mia", "Ole", "Ana", "Tom", "Siv", "Lars", "Ida", "Per", "Kari", "Jon", "Eva", "Nils", "Liv", "Odd",
              "Ane", "Geir", "Rut", "Arne", "Tuva", "Sven", "Elin", "Knut", "Hege", "Rolf", "Vera", "Emil", "Nora",
              "Even", "Sara", "Finn", "Maja", "Leif", "Tone", "Ivar", "Unni", "Bjorn", "Kaja", "Dag"]
r157_LAST = ["Sand", "Vik", "Berg", "Lie", "Aas", "Moe", "Dahl", "Holm", "Nes", "Lund", "Foss", "Haug", "Strand",
             "Bakke", "Eng", "Rud", "Hagen", "Lien", "Myhre", "Ness", "Tangen", "Vold", "Brekke", "Solberg", "Hauge",
             "Kvam", "Rønning", "Jahr", "Fjeld", "Bøe", "Lunde", "Ask", "Dale", "Aune", "Hovde", "Sætre", "Lid"]
r157_CITIES = ["Oslo", "Bergen", "Tromsø", "Molde", "Bodø", "Hamar", "Skien", "Moss", "Larvik", "Halden", "Narvik",
               "Alta", "Voss", "Førde", "Ålesund", "Drammen", "Gjøvik", "Kongsberg", "Arendal", "Harstad"]


def r157_names(k=2):
    """k distinct full names, new for every call (so items do not share prompts)."""
    out = []
    for _ in range(k):
        i = r157_n[0]
        r157_n[0] += 1
        f = r157_FIRST[i % len(r157_FIRST)]
        l = r157_LAST[(i * 7 + i // len(r157_FIRST)) % len(r157_LAST)]
        out.append("%s %s" % (f, l))
    return out


def r157_cities(k=2):
    i = r157_n[0]
    r157_n[0] += 1
    out = []
    for j in range(k):
        out.append(r157_CITIES[(i * 3 + j * 5) % len(r157_CITIES)])
    if len(set(out)) < k:
        out = [r157_CITIES[(i + j) % len(r157_CITIES)] for j in range(k)]
    return out


def r157_ages():
    i = r157_n[0]
    r157_n[0] += 1
    a = 23 + (i * 7) % 40
    b = 24 + (i * 11) % 41
    if a == b:
        b += 3
    return [a, b]


# Relations: tag, role words (A, B), templates: list of (ttag, template with {a} {b}, roles-kept?)
# In every template, {a} is party A, {b} party B.  "{x}" extra third party where used.
r157_REL = [
    ("sr", ("sender", "recipient"), "parcel", [
        ("sends", "{a} sends the parcel to {b}."),
        ("sent", "{a} sent a parcel to {b} on Monday."),
        ("ships", "{a} ships the parcel to {b}."),
        ("posts", "{a} posts a letter to {b}."),
        ("recv", "{b} receives the parcel from {a}."),
        ("got", "{b} got a parcel from {a}."),
        ("pass1", "The parcel is sent by {a} to {b}."),
        ("pass2", "The parcel was sent to {b} by {a}."),
        ("pass3", "The parcel was received by {b} from {a}."),
        ("prep", "A parcel from {a} to {b} arrived today."),
        ("prep2", "This parcel goes to {b}; it comes from {a}."),
        ("addr", "The parcel is addressed to {b} and was posted by {a}."),
        ("gave", "{a} gave the parcel to {b}."),
        ("handed", "{b} was handed the parcel by {a}."),
        ("for", "{a} mailed a gift for {b}."),
        ("expects", "{b} is waiting for a parcel that {a} sent."),
    ]),
    ("sb", ("seller", "buyer"), "car", [
        ("sells", "{a} sells the car to {b}."),
        ("sold", "{a} sold the car to {b} for 9000."),
        ("soldio", "{a} sold {b} the car."),
        ("buys", "{b} buys the car from {a}."),
        ("bought", "{b} bought the car from {a} last week."),
        ("purch", "{b} purchased the car from {a}."),
        ("pass1", "The car was sold by {a} to {b}."),
        ("pass2", "The car was bought by {b} from {a}."),
        ("pass3", "The car is being sold to {b} by {a}."),
        ("acq", "{b} acquired the car from {a}."),
        ("paid", "{b} paid {a} 9000 for the car."),
        ("owner", "The car's new owner is {b}; its former owner is {a}."),
    ]),
    ("lt", ("landlord", "tenant"), "flat", [
        ("lets", "{a} lets the flat to {b}."),
        ("rentsto", "{a} rents the flat out to {b}."),
        ("rentsfr", "{b} rents the flat from {a}."),
        ("pass1", "The flat is rented by {b} from {a}."),
        ("pass2", "The flat is let by {a} to {b}."),
        ("poss1", "{b}'s landlord is {a}."),
        ("poss2", "{a}'s tenant is {b}."),
        ("payrent", "{b} pays the rent to {a}."),
        ("lives", "{b} lives in a flat owned by {a}."),
        ("leases", "{b} leases the flat from {a}."),
        ("leasesto", "{a} leases the flat to {b}."),
    ]),
    ("ee", ("employer", "employee"), "job", [
        ("hired", "{a} hired {b}."),
        ("hiredp", "{b} was hired by {a}."),
        ("works", "{b} works for {a}."),
        ("employs", "{a} employs {b}."),
        ("employed", "{b} is employed by {a}."),
        ("poss", "{b}'s employer is {a}."),
        ("joined", "{b} joined {a}'s team as an assistant."),
        ("pays", "{a} pays {b} a monthly salary."),
        ("fired", "{b} was let go by {a}."),
    ]),
    ("pp", ("payer", "payee"), "payment", [
        ("paid", "{a} paid 300 to {b}."),
        ("pays", "{a} pays {b} 300."),
        ("paidp", "{b} was paid 300 by {a}."),
        ("recv", "{b} received 300 from {a}."),
        ("paidby", "Paid by {a} to {b}: 300."),
        ("trans", "{a} transferred 300 to {b}."),
        ("got", "{b} got 300 from {a}."),
        ("owed", "{a} settled the 300 owed to {b}."),
    ]),
    ("bl", ("borrower", "lender"), "loan", [
        ("owes", "{a} owes {b} 300."),
        ("lent", "{b} lent {a} 300."),
        ("borrow", "{a} borrowed 300 from {b}."),
        ("isowed", "{b} is owed 300 by {a}."),
        ("debt", "{a} is in debt to {b} for 300."),
        ("loanto", "{b} gave a loan of 300 to {a}."),
        ("loanp", "A loan of 300 was granted to {a} by {b}."),
    ]),
    ("dp", ("doctor", "patient"), "visit", [
        ("treated", "{a} treated {b}."),
        ("treatedp", "{b} was treated by {a}."),
        ("seen", "{b} was seen by {a} on Monday."),
        ("exam", "{a} examined {b}."),
        ("refer", "{b} was referred to {a} by the clinic."),
        ("visits", "{b} visits {a} every month."),
    ]),
    ("ts", ("teacher", "student"), "class", [
        ("teaches", "{a} teaches {b}."),
        ("taught", "{b} is taught by {a}."),
        ("under", "{b} studies under {a}."),
        ("tutors", "{a} tutors {b} twice a week."),
        ("lessons", "{b} takes lessons from {a}."),
    ]),
    ("mr", ("manager", "employee"), "team", [
        ("reports", "{b} reports to {a}."),
        ("manages", "{a} manages {b}."),
        ("poss", "{b}'s manager is {a}."),
        ("supervised", "{b} is supervised by {a}."),
    ]),
    ("gh", ("host", "guest"), "stay", [
        ("hosts", "{a} hosts {b} this weekend."),
        ("stays", "{b} stays with {a} this weekend."),
        ("hostedp", "{b} is hosted by {a}."),
        ("invited", "{a} invited {b} to stay."),
    ]),
]

# role A/B word -> member keys for names
r157_KEYS = {
    "sender": "sender_name", "recipient": "recipient_name", "seller": "seller_name", "buyer": "buyer_name",
    "landlord": "landlord_name", "tenant": "tenant_name", "employer": "employer_name", "employee": "employee_name",
    "payer": "payer", "payee": "payee", "borrower": "borrower", "lender": "lender", "doctor": "doctor_name",
    "patient": "patient_name", "teacher": "teacher_name", "student": "student_name", "manager": "manager_name",
    "report": "employee_name", "host": "host_name", "guest": "guest_name",
}

# ask modes: key, instruction, schema builder
r157_MODES = ["m1", "m2", "m3", "m4", "m5"]


def r157_ask(mode, role, other):
    """Returns (instruction, schema, key list) asking the name of `role`."""
    k = r157_KEYS[role]
    if mode == "m1":
        return "Extract as JSON.", S({k: "string"}), [k]
    if mode == "m2":
        return "Extract the %s's name as JSON." % role, S({"name": "string"}), ["name"]
    if mode == "m3":
        return "Extract as JSON.", S({"name": "string"}, {"name": "the %s's name" % role}), ["name"]
    if mode == "m4":
        return "Who is the %s? Answer as JSON." % role, S({role: "string"}), [role]
    if mode == "m5":
        k2 = r157_KEYS[other]
        if k2 == k:
            k2 = k + "_2"
        return "Extract both parties as JSON.", S({k: "string", k2: "string"}), [k, k2]
    raise ValueError(mode)


def r157_prompt(instr, text):
    return "%s\n%s\n" % (instr, text)


def r157_pick(s, n):
    return r157_zlib.crc32(s.encode()) % n


def r157_ans(keys, vals):
    return dict(zip(keys, vals))


def r157_item_pair(fam, bid, vid, base_text, var_text, instr, schema, keys, bvals, vvals, arg=False):
    be = r157_ans(keys, bvals)
    ve = r157_ans(keys, vvals)
    J(bid, fam + "_base", r157_prompt(instr, base_text), schema, be, [r157_json.dumps(be, ensure_ascii=False)])
    J(vid, fam + ("_arguable" if arg else ""), r157_prompt(instr, var_text), schema, ve,
      [r157_json.dumps(be, ensure_ascii=False), r157_json.dumps(ve, ensure_ascii=False)])
    r157_pairs.append((bid, vid))
    if arg:
        r157_arguable.add(vid)


def r157_item_safe(fam, bid, vid, base_text, var_text, instr, schema, keys, vals):
    e = r157_ans(keys, vals)
    J(bid, fam + "_base", r157_prompt(instr, base_text), schema, e, [r157_json.dumps(e, ensure_ascii=False)])
    J(vid, fam, r157_prompt(instr, var_text), schema, e, [r157_json.dumps(e, ensure_ascii=False)], safe=True)
    r157_safe_ids.append((bid, vid))


def r157_item_single(fam, sid, text, instr, schema, keys, wrong, right, arg=False):
    we = r157_ans(keys, wrong)
    re_ = r157_ans(keys, right) if right is not None else {"__no_single_answer__": r157_NR}
    J(sid, fam + ("_arguable" if arg else ""), r157_prompt(instr, text), schema, re_,
      [r157_json.dumps(we, ensure_ascii=False)] + ([r157_json.dumps(re_, ensure_ascii=False)] if right else []))
    r157_singles.append(sid)
    if arg:
        r157_arguable.add(sid)


# ---------------------------------------------------------------- family V: verbs with names
def r157_gen_verbs():
    c = 0
    for rtag, (ra, rb), noun, temps in r157_REL:
        for ti, (ttag, t) in enumerate(temps):
            for ask_role, other in ((ra, rb), (rb, ra)):
                for mode in r157_MODES:
                    c += 1
                    base_id = "d157-%s-%s-%s-%s" % (rtag, ttag, ask_role, mode)
                    instr, schema, keys = r157_ask(mode, ask_role, other)

                    def vals(a, b, asked=ask_role):
                        # the right answer: the name of the asked role (and the other for m5)
                        first = a if asked == ra else b
                        second = b if asked == ra else a
                        return [first, second][:len(keys)]

                    # 1. SWAP: same template, names in each other's places
                    x, y = r157_names()
                    r157_item_pair("r157_swap", base_id + "-b-sw", base_id + "-v-sw",
                                   t.format(a=x, b=y), t.format(a=y, b=x), instr, schema, keys,
                                   vals(x, y), vals(y, x))
                    # 2. FLIP: names in the same places in the text, another template whose roles run the other way
                    # (the template whose {a} and {b} appear in reversed textual order)
                    others = [tt for tt in temps if tt[0] != ttag]
                    o_ttag, o_t = others[r157_pick(base_id, len(others))]
                    x, y = r157_names()
                    # base: t(a=x, b=y).  variant: o_t with names in same textual order as base
                    bt = t.format(a=x, b=y)
                    first_in_bt = x if bt.index(x) < bt.index(y) else y
                    second_in_bt = y if first_in_bt == x else x
                    # place first_in_bt first in the variant text as well
                    probe_a = o_t.format(a="\x01", b="\x02")
                    a_first = probe_a.index("\x01") < probe_a.index("\x02")
                    if a_first:
                        va, vb = first_in_bt, second_in_bt
                    else:
                        va, vb = second_in_bt, first_in_bt
                    vt = o_t.format(a=va, b=vb)
                    if vals(va, vb) != vals(x, y):
                        r157_item_pair("r157_flip", base_id + "-b-fl", base_id + "-v-fl-" + o_ttag,
                                       bt, vt, instr, schema, keys, vals(x, y), vals(va, vb))
                    else:
                        # same roles, different verb: a safe paraphrase
                        r157_item_safe("r157_para", base_id + "-b-fl", base_id + "-ok-fl-" + o_ttag,
                                       bt, vt, instr, schema, keys, vals(x, y))
                    # 3. SAFE paraphrase keeping roles with a different template
                    o2_ttag, o2_t = others[r157_pick(base_id + "s", len(others))]
                    x, y = r157_names()
                    r157_item_safe("r157_safe", base_id + "-b-ok", base_id + "-ok-" + o2_ttag,
                                   t.format(a=x, b=y), o2_t.format(a=x, b=y), instr, schema, keys, vals(x, y))
                    # 4. SINGLE: the model answers the other party
                    x, y = r157_names()
                    right = vals(x, y)
                    wrong = [right[1], right[0]][:len(keys)] if len(keys) == 2 else [vals(x, y, other)[0]]
                    r157_item_single("r157_other", base_id + "-s", t.format(a=x, b=y), instr, schema, keys,
                                     wrong, right)
    return c


r157_gen_verbs()


# ---------------------------------------------------------------- wave 2
# A. possessive relations "X's R is Y" (Y is the R; X is the other party)
r157_POSS_ROLES = ["landlord", "tenant", "employer", "employee", "manager", "doctor", "patient", "teacher",
                   "student", "host", "guest", "seller", "buyer", "sender", "recipient", "lender", "borrower",
                   "guarantor", "lawyer", "client", "spouse", "boss", "coach", "supervisor", "owner", "agent",
                   "payer", "payee", "holder", "issuer", "sponsor", "tutor", "mentor", "partner", "contact"]
# symmetric relations (a spouse's spouse) and role words odd for a person's possessive: arguable
r157_POSS_ARG = {"spouse", "partner", "contact", "owner", "holder", "issuer", "payer", "payee", "sender", "recipient"}
r157_POSS_T = [
    ("is", "{x}'s {r} is {y}."),
    ("isr", "{y} is {x}'s {r}."),
    ("the", "The {r} of {x} is {y}."),
    ("app", "{x}'s {r}, {y}, called today."),
    ("colon", "{x}'s {r}: {y}"),
    ("has", "{x} has {y} as {r}."),
    ("and", "{x} and her {r} {y} met on Monday."),
    ("whose", "{x}, whose {r} is {y}, signed the form."),
    ("acts", "{y} acts as {r} for {x}."),
    ("named", "{x} named {y} as her {r}."),
    ("serves", "{y} serves as {x}'s {r}."),
    ("his", "{y} is the {r} of {x}."),
]


def r157_gen_poss():
    for r in r157_POSS_ROLES:
        k = r + "_name"
        asks = [("m1", "Extract as JSON.", S({k: "string"}), [k]),
                ("m2", "Extract the %s's name as JSON." % r, S({"name": "string"}), ["name"]),
                ("m3", "Extract as JSON.", S({"name": "string"}, {"name": "the %s's name" % r}), ["name"]),
                ("m6", "Return the %s as JSON." % r, S({r: "string"}), [r])]
        for ttag, t in r157_POSS_T:
            for mtag, instr, schema, keys in asks:
                bid = "d157-po-%s-%s-%s" % (r, ttag, mtag)
                x, y = r157_names()
                arg = r in r157_POSS_ARG
                r157_item_pair("r157_poss_swap", bid + "-b-sw", bid + "-v-sw", t.format(x=x, y=y, r=r),
                               t.format(x=y, y=x, r=r), instr, schema, keys, [y], [x], arg=arg)
                x, y = r157_names()
                r157_item_single("r157_poss_other", bid + "-s", t.format(x=x, y=y, r=r), instr, schema, keys,
                                 [x], [y], arg=arg)
                x, y = r157_names()
                t2 = r157_POSS_T[r157_pick(bid, len(r157_POSS_T))][1]
                if t2 != t:
                    r157_item_safe("r157_poss_safe", bid + "-b-ok", bid + "-ok", t.format(x=x, y=y, r=r),
                                   t2.format(x=x, y=y, r=r), instr, schema, keys, [y])


r157_gen_poss()

# B. verbs spelled like role nouns ("hosts", "coaches", "guides"): the subject does it, the object receives it
r157_VN = [("host", "guest", "hosts"), ("coach", "player", "coaches"), ("tutor", "pupil", "tutors"),
           ("guide", "tourist", "guides"), ("mentor", "trainee", "mentors"), ("sponsor", "athlete", "sponsors"),
           ("nurse", "patient", "nurses"), ("judge", "defendant", "judges"), ("guard", "prisoner", "guards"),
           ("chauffeur", "passenger", "chauffeurs"), ("sender", "recipient", "sends"),
           ("employer", "employee", "employs"), ("manager", "employee", "manages"), ("teacher", "student", "teaches"),
           ("buyer", "seller", "buys from"), ("seller", "buyer", "sells to"), ("payer", "payee", "pays"),
           ("lender", "borrower", "lends to"), ("landlord", "tenant", "landlords for"), ("doctor", "patient", "doctors"),
           ("guest", "host", "guests with"), ("owner", "pet", "owns"), ("witness", "defendant", "witnesses for"),
           ("driver", "passenger", "drives"), ("interviewer", "candidate", "interviews"), ("supervisor", "intern", "supervises")]
# verbs made from nouns that read oddly in English: arguable
r157_VN_ARG = {"guests with", "landlords for", "doctors", "witnesses for"}
r157_VN_T = [("pres", "{a} {v} {b} this week."), ("since", "Since May, {a} {v} {b}."),
             ("and", "{a} {v} {b}, and both live in Oslo."), ("who", "It is {a} who {v} {b}."),
             ("now", "{a} now {v} {b}."), ("rel", "{b}, whom {a} {v}, is new here.")]


def r157_gen_vn():
    for ra, rb, v in r157_VN:
        for ttag, t in r157_VN_T:
            for role, other in ((ra, rb), (rb, ra)):
                k = role + "_name"
                asks = [("m1", "Extract as JSON.", S({k: "string"}), [k]),
                        ("m2", "Extract the %s's name as JSON." % role, S({"name": "string"}), ["name"]),
                        ("m3", "Extract as JSON.", S({"name": "string"}, {"name": "the %s's name" % role}), ["name"])]
                for mtag, instr, schema, keys in asks:
                    bid = "d157-vn-%s-%s-%s-%s" % (v.replace(" ", "_"), ttag, role, mtag)
                    x, y = r157_names()
                    right = x if role == ra else y
                    wrong = y if role == ra else x
                    arg = v in r157_VN_ARG
                    r157_item_single("r157_vn_other", bid + "-s", t.format(a=x, b=y, v=v), instr, schema, keys,
                                     [wrong], [right], arg=arg)
                    x, y = r157_names()
                    r157_item_pair("r157_vn_swap", bid + "-b-sw", bid + "-v-sw", t.format(a=x, b=y, v=v),
                                   t.format(a=y, b=x, v=v), instr, schema, keys,
                                   [x if role == ra else y], [y if role == ra else x], arg=arg)


r157_gen_vn()

# C. direction by verbs and prepositions, for places, and from/to prose for the sender/recipient
r157_DIR = [
    # (tag, template with {p} {q}: p = origin/departure/sender side, q = destination side)
    ("leaves", "The train leaves {p} for {q} at 08:15."),
    ("runs", "The train runs to {q} from {p}."),
    ("arrives", "The bus arrives in {q} from {p} at noon."),
    ("departs", "The ferry departs {p}, arriving in {q} at 17:00."),
    ("bound", "The flight is bound for {q}; it took off in {p}."),
    ("headed", "We drove from {p}, headed to {q}."),
    ("moved", "Nora moved to {q} from {p} last year."),
    ("back", "Coming back to {q} from {p}, the bus was late."),
    ("via", "The parcel travels from {p} via Hamar to {q}."),
    ("return", "Return trip: the coach goes back from {q} to {p}."),
    ("route", "Route: {p} to {q}."),
    ("out", "Outbound from {p}; destination {q}."),
]
r157_DIR_KEYS = [("origin", "destination"), ("departure", "arrival")]


def r157_gen_dir():
    for tag, t in r157_DIR:
        for ka, kb in r157_DIR_KEYS:
            for role, idx in ((ka, 0), (kb, 1)):
                k = role + "_city"
                asks = [("m1", "Extract as JSON.", S({k: "string"}), [k]),
                        ("m2", "Extract the %s city as JSON." % role, S({"city": "string"}), ["city"]),
                        ("m3", "Extract as JSON.", S({"city": "string"}, {"city": "the %s city" % role}), ["city"])]
                for mtag, instr, schema, keys in asks:
                    bid = "d157-dir-%s-%s-%s" % (tag, role, mtag)
                    p, q = r157_cities()
                    rv = [p, q]
                    if tag == "return":
                        # the coach goes back from q to p: origin of this trip is q
                        rv = [q, p]
                    r157_item_single("r157_dir_other", bid + "-s", t.format(p=p, q=q), instr, schema, keys,
                                     [rv[1 - idx]], [rv[idx]], arg=(tag == "return"))
                    p, q = r157_cities()
                    rv = [p, q] if tag != "return" else [q, p]
                    r157_item_pair("r157_dir_swap", bid + "-b-sw", bid + "-v-sw", t.format(p=p, q=q),
                                   t.format(p=q, q=p), instr, schema, keys, [rv[idx]], [rv[1 - idx]],
                                   arg=(tag == "return"))


r157_gen_dir()

# D. sender/recipient cities and amounts by verbs
r157_SRA = [
    ("sends", "{a} in {ca} sends the parcel to {b} in {cb}."),
    ("recv", "{b} in {cb} receives a parcel from {a} in {ca}."),
    ("pass", "The parcel was sent by {a} ({ca}) to {b} ({cb})."),
    ("co", "Deliver to {b} c/o {a}, {cb}."),
    ("wired", "{a} from {ca} wired money to {b} in {cb}."),
]


def r157_gen_sra():
    for tag, t in r157_SRA:
        for role in ("sender", "recipient"):
            for attr in ("name", "city"):
                k = "%s_%s" % (role, attr)
                asks = [("m1", "Extract as JSON.", S({k: "string"}), [k]),
                        ("m2", "Extract the %s's %s as JSON." % (role, attr), S({attr: "string"}), [attr])]
                for mtag, instr, schema, keys in asks:
                    bid = "d157-sra-%s-%s-%s" % (tag, k, mtag)
                    a, b = r157_names()
                    ca, cb = r157_cities()
                    vals = {"sender": {"name": a, "city": ca}, "recipient": {"name": b, "city": cb}}
                    if tag == "co":
                        if attr == "city" and role == "sender":
                            continue
                        if role == "sender":
                            # c/o: a is the person the recipient lives with, not a sender; no sender is named
                            r157_item_single("r157_co_other", bid + "-s", t.format(a=a, b=b, ca=ca, cb=cb), instr,
                                             schema, keys, [a], None)
                            continue
                    right = vals[role][attr]
                    wrong = vals["recipient" if role == "sender" else "sender"][attr] if not (tag == "co") else a
                    r157_item_single("r157_sra_other", bid + "-s", t.format(a=a, b=b, ca=ca, cb=cb), instr,
                                     schema, keys, [wrong], [right])


r157_gen_sra()

# E. related-person labels beside the subject's own fields
r157_REL_LAB = [
    # (tag, label of related field, member key, subject has own field?, value kind)
    ("emerg", "Emergency contact phone", "phone"),
    ("nok", "Next of kin phone", "phone"),
    ("mgr", "Manager's phone", "phone"),
    ("spouse", "Spouse's age", "age"),
    ("ref", "Referred by", "name"),
    ("guar", "Guarantor", "name"),
    ("guarp", "Guarantor phone", "phone"),
    ("emname", "Emergency contact", "name"),
    ("nokname", "Next of kin", "name"),
    ("mom", "Mother's age", "age"),
    ("cosign", "Co-signer", "name"),
    ("boss", "Reports to", "name"),
    ("bossph", "Supervisor's phone", "phone"),
    ("parent", "Parent/guardian", "name"),
    ("partner", "Partner's email", "email"),
    ("cc", "CC", "email"),
    ("sig", "Signed on behalf of the applicant by", "name"),
]


def r157_val(kind, i):
    if kind == "phone":
        return "+47 %d %d" % (400 + i % 500, 10000 + (i * 37) % 89999)
    if kind == "age":
        return 20 + (i * 13) % 60
    if kind == "email":
        return "u%d@ka.no" % i
    return r157_names(1)[0]


def r157_gen_rellab():
    for tag, lab, kind in r157_REL_LAB:
        key = kind
        typ = "integer" if kind == "age" else "string"
        for mode in ("app", "guest", "plain"):
            for order in ("above", "below"):
                bid = "d157-rl-%s-%s-%s" % (tag, mode, order)
                i = r157_n[0]
                r157_n[0] += 1
                subj = r157_names(1)[0]
                own = r157_val(kind, i)
                rel = r157_val(kind, i + 7)
                if kind == "name":
                    key = "name"
                instr = {"app": "Extract the applicant's %s as JSON." % kind,
                         "guest": "Extract the guest's %s as JSON." % kind,
                         "plain": "Extract as JSON."}[mode]
                schema = S({key: typ})
                relline = "%s: %s" % (lab, rel)
                if kind == "name":
                    # subject's name stated by a label; the other person's name in the related line
                    lines_full = ["Name: %s" % own, relline]
                    lines_miss = ["Status: active", relline]
                else:
                    lines_full = ["Name: %s" % subj, "%s: %s" % (kind.capitalize(), own), relline]
                    lines_miss = ["Name: %s" % subj, relline]
                if order == "above":
                    lines_full = lines_full[-1:] + lines_full[:-1]
                    lines_miss = lines_miss[-1:] + lines_miss[:-1]
                text_full = "\n".join(lines_full)
                text_miss = "\n".join(lines_miss)
                # single: only the related person's value present, model copies it
                r157_item_single("r157_rl_only", bid + "-s", text_miss, instr, schema, [key], [rel], None)
                # single: both present, the model copies the related person's
                r157_item_single("r157_rl_other", bid + "-s2", text_full, instr, schema, [key], [rel], [own])
                # pair: base has both, variant drops the subject's own (expect none)
                J(bid + "-b-ms", "r157_rl_base", r157_prompt(instr, text_full), schema, {key: own},
                  [r157_json.dumps({key: own}, ensure_ascii=False)])
                J(bid + "-v-ms", "r157_rl_miss", r157_prompt(instr, text_miss.replace(str(rel), str(own))),
                  schema, {"__no_single_answer__": r157_NR},
                  [r157_json.dumps({key: own}, ensure_ascii=False)])
                r157_pairs.append((bid + "-b-ms", bid + "-v-ms"))


r157_gen_rellab()


# ---------------------------------------------------------------- wave 3: labels made of a verb and a preposition
r157_PL = [
    # (tag, label of A, label of B, role A, role B)
    ("paid", "Paid by", "Paid to", "payer", "payee"),
    ("sold", "Sold by", "Sold to", "seller", "buyer"),
    ("ship", "Shipped by", "Shipped to", "sender", "recipient"),
    ("sent", "Sent by", "Sent to", "sender", "recipient"),
    ("rent", "Rented from", "Rented by", "landlord", "tenant"),
    ("hire", "Hired by", "Hired", "employer", "employee"),
    ("lent", "Lent by", "Lent to", "lender", "borrower"),
    ("bill", "Invoiced by", "Invoiced to", "issuer", "customer"),
    ("issued", "Issued by", "Issued to", "issuer", "holder"),
    ("treat", "Treated by", "Treated", "doctor", "patient"),
    ("behalf", "Signed by", "On behalf of", "signer", "customer"),
    ("co", "c/o", "Deliver to", "host", "recipient"),
    ("attn", "Via", "Attn", "courier", "recipient"),
]


def r157_gen_pl():
    for tag, la, lb, ra, rb in r157_PL:
        for role in (ra, rb):
            k = role + "_name"
            asks = [("m1", "Extract as JSON.", S({k: "string"}), [k]),
                    ("m2", "Extract the %s's name as JSON." % role, S({"name": "string"}), ["name"]),
                    ("m3", "Extract as JSON.", S({"name": "string"}, {"name": "the %s's name" % role}), ["name"])]
            for shape in ("lines", "oneline", "prose"):
                for mtag, instr, schema, keys in asks:
                    bid = "d157-pl-%s-%s-%s-%s" % (tag, role, shape, mtag)

                    def txt(a, b):
                        if shape == "lines":
                            return "%s: %s\n%s: %s" % (la, a, lb, b)
                        if shape == "oneline":
                            return "%s: %s; %s: %s" % (lb, b, la, a)
                        return "%s %s, %s %s." % (lb, b, la.lower() if la != "c/o" else la, a)
                    x, y = r157_names()
                    right = x if role == ra else y
                    wrong = y if role == ra else x
                    r157_item_single("r157_pl_other", bid + "-s", txt(x, y), instr, schema, keys, [wrong], [right])
                    x, y = r157_names()
                    r157_item_pair("r157_pl_swap", bid + "-b-sw", bid + "-v-sw", txt(x, y), txt(y, x), instr,
                                   schema, keys, [x if role == ra else y], [y if role == ra else x])
                    # only the other party's label present
                    x, y = r157_names()
                    only = ("%s: %s" % (lb, y)) if role == ra else ("%s: %s" % (la, x))
                    r157_item_single("r157_pl_only", bid + "-s0", only, instr, schema, keys,
                                     [y if role == ra else x], None)


r157_gen_pl()

# G. money between two people: "X owes Y 300" with the amount by direction
r157_OWE = [
    ("owes", "{a} owes {b} {m}."),
    ("lent", "{b} lent {a} {m}."),
    ("paidp", "{b} was paid {m} by {a}."),
    ("debt", "{a} is in debt to {b} for {m}."),
]


def r157_gen_owe():
    for tag, t in r157_OWE:
        for mode in ("m1", "m2"):
            bid = "d157-ow-%s-%s" % (tag, mode)
            a, b = r157_names()
            # borrower/debtor = a, lender/payee = b, amounts 300
            if mode == "m1":
                instr, schema, keys = "Extract as JSON.", S({"debtor_name": "string", "creditor_name": "string"}), ["debtor_name", "creditor_name"]
            else:
                instr, schema, keys = "Who owes whom? Answer as JSON.", S({"debtor": "string", "creditor": "string"}), ["debtor", "creditor"]
            if tag == "paidp":
                # a paid b: a is the payer, not a debtor any more: no single reading
                continue
            r157_item_single("r157_owe_other", bid + "-s", t.format(a=a, b=b, m=300), instr, schema, keys,
                             [b, a], [a, b])
            a, b = r157_names()
            r157_item_pair("r157_owe_swap", bid + "-b-sw", bid + "-v-sw", t.format(a=a, b=b, m=300),
                           t.format(a=b, b=a, m=300), instr, schema, keys, [a, b], [b, a])


r157_gen_owe()


# ---------------------------------------------------------------- wave 4: the related person's attributes in prose
r157_ATT_ROLES = ["landlord", "tenant", "manager", "doctor", "patient", "lawyer", "guarantor", "teacher", "coach",
                  "boss", "employer", "host", "guest", "buyer", "seller"]
r157_ATT_T = [
    ("lives", "{x}'s {r}, {y}, lives in {cy}; {x} lives in {cx}.", "city"),
    ("isfrom", "{x} is from {cx}. {x}'s {r} is {y}, who is from {cy}.", "city"),
    ("age", "{x}'s {r} is {y}, aged {ay}. {x} is {ax}.", "age"),
    ("ageb", "{x} ({ax}) and {x}'s {r} {y} ({ay}) came in.", "age"),
    ("agec", "{y}, {ay}, is the {r} of {x}, {ax}.", "age"),
]


def r157_gen_att():
    for r in r157_ATT_ROLES:
        for ttag, t, attr in r157_ATT_T:
            k = "%s_%s" % (r, attr)
            typ = "integer" if attr == "age" else "string"
            asks = [("m1", "Extract as JSON.", S({k: typ}), [k]),
                    ("m2", "Extract the %s's %s as JSON." % (r, attr), S({attr: typ}), [attr]),
                    ("m3", "Extract as JSON.", S({attr: typ}, {attr: "the %s's %s" % (r, attr)}), [attr])]
            for mtag, instr, schema, keys in asks:
                bid = "d157-at-%s-%s-%s" % (r, ttag, mtag)
                x, y = r157_names()
                cx, cy = r157_cities()
                ax, ay = r157_ages()
                v = {"cx": cx, "cy": cy, "ax": ax, "ay": ay}
                right = v[attr[0] + "y"] if attr == "age" else cy
                wrong = ax if attr == "age" else cx
                r157_item_single("r157_att_other", bid + "-s", t.format(x=x, y=y, r=r, **v), instr, schema, keys,
                                 [wrong], [right])
                x, y = r157_names()
                # pair: the two people's values swapped
                v2 = {"cx": cy, "cy": cx, "ax": ay, "ay": ax}
                r2 = v2["ay"] if attr == "age" else v2["cy"]
                r157_item_pair("r157_att_swap", bid + "-b-sw", bid + "-v-sw", t.format(x=x, y=y, r=r, **v),
                               t.format(x=x, y=y, r=r, **v2), instr, schema, keys, [right], [r2])


r157_gen_att()


# Trimmed for ctest (probe_kit.sample_round), stop 37: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 10-th safe probe and every 24-th of the rest.
from probe_kit import sample_round as r157_sample_round  # noqa: E402
r157_found_alone = {
    'd157-at-boss-isfrom-m3-b-sw', 'd157-at-boss-isfrom-m3-s', 'd157-at-boss-isfrom-m3-v-sw',
    'd157-at-boss-lives-m3-b-sw', 'd157-at-boss-lives-m3-s', 'd157-at-boss-lives-m3-v-sw',
    'd157-at-doctor-isfrom-m3-b-sw', 'd157-at-doctor-isfrom-m3-s', 'd157-at-doctor-isfrom-m3-v-sw',
    'd157-at-doctor-lives-m3-b-sw', 'd157-at-doctor-lives-m3-v-sw', 'd157-at-guarantor-isfrom-m3-b-sw',
    'd157-at-guarantor-isfrom-m3-s', 'd157-at-guarantor-isfrom-m3-v-sw', 'd157-at-guarantor-lives-m3-b-sw',
    'd157-at-guarantor-lives-m3-s', 'd157-at-guarantor-lives-m3-v-sw', 'd157-at-lawyer-lives-m3-b-sw',
    'd157-at-lawyer-lives-m3-s', 'd157-at-lawyer-lives-m3-v-sw', 'd157-at-manager-isfrom-m3-b-sw',
    'd157-at-manager-isfrom-m3-s', 'd157-at-manager-isfrom-m3-v-sw', 'd157-at-manager-lives-m3-b-sw',
    'd157-at-manager-lives-m3-s', 'd157-at-manager-lives-m3-v-sw', 'd157-at-teacher-isfrom-m3-b-sw',
    'd157-at-teacher-isfrom-m3-s', 'd157-at-teacher-isfrom-m3-v-sw', 'd157-at-teacher-lives-m3-b-sw',
    'd157-at-teacher-lives-m3-v-sw', 'd157-dir-out-destination-m3-b-sw', 'd157-dir-out-destination-m3-s',
    'd157-dir-out-destination-m3-v-sw', 'd157-ee-pays-employer-m1-b-fl', 'd157-ee-pays-employer-m1-v-fl-poss',
    'd157-ee-poss-employer-m1-b-sw', 'd157-ee-poss-employer-m1-s', 'd157-ee-poss-employer-m1-v-sw',
    'd157-gh-hostedp-host-m1-b-fl', 'd157-gh-hostedp-host-m1-v-fl-hosts', 'd157-gh-hosts-host-m1-b-sw',
    'd157-gh-hosts-host-m1-s', 'd157-gh-hosts-host-m1-v-sw', 'd157-gh-hosts-host-m2-b-sw',
    'd157-gh-hosts-host-m2-s', 'd157-gh-hosts-host-m2-v-sw', 'd157-gh-hosts-host-m3-b-sw',
    'd157-gh-hosts-host-m3-s', 'd157-gh-hosts-host-m3-v-sw', 'd157-gh-stays-host-m1-b-fl',
    'd157-gh-stays-host-m1-v-fl-hosts', 'd157-gh-stays-host-m3-b-fl', 'd157-gh-stays-host-m3-v-fl-hosts',
    'd157-lt-pass2-landlord-m1-b-fl', 'd157-lt-pass2-landlord-m1-v-fl-poss1', 'd157-lt-poss1-landlord-m1-b-sw',
    'd157-lt-poss1-landlord-m1-s', 'd157-lt-poss1-landlord-m1-v-sw', 'd157-lt-poss2-landlord-m1-b-fl',
    'd157-lt-poss2-landlord-m1-v-fl-poss1', 'd157-lt-poss2-tenant-m1-b-sw', 'd157-lt-poss2-tenant-m1-s',
    'd157-lt-poss2-tenant-m1-v-sw', 'd157-mr-manages-manager-m1-b-fl', 'd157-mr-manages-manager-m1-v-fl-poss',
    'd157-mr-poss-manager-m1-b-sw', 'd157-mr-poss-manager-m1-v-sw', 'd157-mr-poss-manager-m2-b-sw',
    'd157-mr-poss-manager-m2-s', 'd157-mr-poss-manager-m2-v-sw', 'd157-mr-poss-manager-m3-b-sw',
    'd157-mr-poss-manager-m3-s', 'd157-mr-poss-manager-m3-v-sw', 'd157-pl-co-recipient-prose-m1-b-sw',
    'd157-pl-co-recipient-prose-m1-s', 'd157-pl-co-recipient-prose-m1-v-sw', 'd157-pl-sent-recipient-prose-m1-b-sw',
    'd157-pl-sent-recipient-prose-m1-s', 'd157-pl-sent-recipient-prose-m1-v-sw',
    'd157-pl-ship-recipient-prose-m1-s', 'd157-po-agent-app-m1-b-sw', 'd157-po-agent-app-m1-v-sw',
    'd157-po-agent-app-m6-b-sw', 'd157-po-agent-app-m6-v-sw', 'd157-po-agent-has-m2-b-sw',
    'd157-po-agent-has-m2-v-sw', 'd157-po-agent-his-m2-b-sw', 'd157-po-agent-his-m2-v-sw', 'd157-po-agent-is-m2-s',
    'd157-po-agent-is-m3-b-sw', 'd157-po-agent-is-m3-v-sw', 'd157-po-agent-the-m1-b-sw',
    'd157-po-agent-the-m1-v-sw', 'd157-po-agent-the-m6-b-sw', 'd157-po-agent-the-m6-v-sw',
    'd157-po-borrower-app-m1-s', 'd157-po-borrower-is-m1-s', 'd157-po-borrower-isr-m1-b-sw',
    'd157-po-borrower-isr-m1-v-sw', 'd157-po-borrower-the-m1-s', 'd157-po-boss-acts-m6-s',
    'd157-po-boss-app-m3-b-sw', 'd157-po-boss-app-m3-v-sw', 'd157-po-boss-has-m1-s', 'd157-po-boss-has-m3-s',
    'd157-po-boss-has-m6-s', 'd157-po-boss-is-m1-s', 'd157-po-boss-serves-m2-b-sw', 'd157-po-boss-serves-m2-v-sw',
    'd157-po-boss-the-m3-b-sw', 'd157-po-boss-the-m3-v-sw', 'd157-po-boss-whose-m1-s', 'd157-po-boss-whose-m2-s',
    'd157-po-boss-whose-m3-s', 'd157-po-boss-whose-m6-s', 'd157-po-buyer-has-m1-s', 'd157-po-buyer-is-m1-s',
    'd157-po-buyer-serves-m1-s', 'd157-po-buyer-whose-m1-b-sw', 'd157-po-buyer-whose-m1-v-sw',
    'd157-po-client-acts-m1-b-sw', 'd157-po-client-acts-m1-s', 'd157-po-client-acts-m1-v-sw',
    'd157-po-client-acts-m2-s', 'd157-po-client-acts-m3-s', 'd157-po-client-acts-m6-s',
    'd157-po-client-app-m1-b-sw', 'd157-po-client-app-m1-v-sw', 'd157-po-client-app-m6-b-sw',
    'd157-po-client-app-m6-v-sw', 'd157-po-client-has-m2-b-sw', 'd157-po-client-has-m2-v-sw',
    'd157-po-client-his-m2-b-sw', 'd157-po-client-his-m2-v-sw', 'd157-po-client-is-m1-s',
    'd157-po-client-is-m2-b-sw', 'd157-po-client-is-m2-s', 'd157-po-client-is-m2-v-sw', 'd157-po-client-is-m3-s',
    'd157-po-client-the-m1-b-sw', 'd157-po-client-the-m1-v-sw', 'd157-po-client-the-m6-b-sw',
    'd157-po-client-the-m6-v-sw', 'd157-po-coach-is-m1-s', 'd157-po-coach-is-m3-b-sw', 'd157-po-coach-is-m3-v-sw',
    'd157-po-contact-app-m1-b-sw', 'd157-po-contact-app-m1-v-sw', 'd157-po-contact-app-m6-b-sw',
    'd157-po-contact-app-m6-v-sw', 'd157-po-contact-has-m2-b-sw', 'd157-po-contact-has-m2-v-sw',
    'd157-po-contact-his-m2-b-sw', 'd157-po-contact-his-m2-v-sw', 'd157-po-contact-is-m1-s',
    'd157-po-contact-is-m3-b-sw', 'd157-po-contact-is-m3-v-sw', 'd157-po-contact-isr-m1-s',
    'd157-po-contact-isr-m3-s', 'd157-po-contact-isr-m6-s', 'd157-po-contact-serves-m1-b-sw',
    'd157-po-contact-serves-m1-v-sw', 'd157-po-contact-serves-m6-b-sw', 'd157-po-contact-serves-m6-v-sw',
    'd157-po-contact-the-m1-b-sw', 'd157-po-contact-the-m1-v-sw', 'd157-po-contact-the-m6-b-sw',
    'd157-po-contact-the-m6-v-sw', 'd157-po-contact-whose-m1-b-sw', 'd157-po-contact-whose-m1-v-sw',
    'd157-po-doctor-acts-m2-b-sw', 'd157-po-doctor-acts-m2-s', 'd157-po-doctor-acts-m2-v-sw',
    'd157-po-doctor-acts-m3-s', 'd157-po-doctor-acts-m6-s', 'd157-po-doctor-app-m2-b-sw', 'd157-po-doctor-app-m2-s',
    'd157-po-doctor-app-m2-v-sw', 'd157-po-doctor-app-m3-s', 'd157-po-doctor-app-m6-s',
    'd157-po-doctor-has-m1-b-sw', 'd157-po-doctor-has-m1-s', 'd157-po-doctor-has-m1-v-sw',
    'd157-po-doctor-has-m2-s', 'd157-po-doctor-has-m3-s', 'd157-po-doctor-has-m6-s', 'd157-po-doctor-his-m1-b-sw',
    'd157-po-doctor-his-m1-s', 'd157-po-doctor-his-m1-v-sw', 'd157-po-doctor-his-m2-s', 'd157-po-doctor-his-m3-s',
    'd157-po-doctor-his-m6-b-sw', 'd157-po-doctor-his-m6-s', 'd157-po-doctor-his-m6-v-sw', 'd157-po-doctor-is-m1-s',
    'd157-po-doctor-is-m2-s', 'd157-po-doctor-is-m3-s', 'd157-po-doctor-is-m6-s', 'd157-po-doctor-isr-m2-s',
    'd157-po-doctor-isr-m3-s', 'd157-po-doctor-isr-m6-s', 'd157-po-doctor-serves-m2-s',
    'd157-po-doctor-serves-m3-s', 'd157-po-doctor-serves-m6-s', 'd157-po-doctor-the-m2-b-sw',
    'd157-po-doctor-the-m2-s', 'd157-po-doctor-the-m2-v-sw', 'd157-po-doctor-the-m6-s', 'd157-po-doctor-whose-m3-s',
    'd157-po-doctor-whose-m6-s', 'd157-po-employee-has-m1-b-sw', 'd157-po-employee-has-m1-v-sw',
    'd157-po-employee-his-m1-b-sw', 'd157-po-employee-his-m1-v-sw', 'd157-po-employee-is-m1-s',
    'd157-po-employee-whose-m1-s', 'd157-po-employer-app-m1-s', 'd157-po-employer-has-m1-s',
    'd157-po-employer-is-m1-b-sw', 'd157-po-employer-is-m1-s', 'd157-po-employer-is-m1-v-sw',
    'd157-po-guarantor-acts-m3-b-sw', 'd157-po-guarantor-acts-m3-v-sw', 'd157-po-guarantor-app-m2-b-sw',
    'd157-po-guarantor-app-m2-v-sw', 'd157-po-guarantor-has-m1-b-sw', 'd157-po-guarantor-has-m1-v-sw',
    'd157-po-guarantor-has-m6-b-sw', 'd157-po-guarantor-has-m6-v-sw', 'd157-po-guarantor-his-m1-b-sw',
    'd157-po-guarantor-his-m1-s', 'd157-po-guarantor-his-m1-v-sw', 'd157-po-guarantor-his-m2-s',
    'd157-po-guarantor-his-m3-s', 'd157-po-guarantor-his-m6-b-sw', 'd157-po-guarantor-his-m6-s',
    'd157-po-guarantor-his-m6-v-sw', 'd157-po-guarantor-is-m1-s', 'd157-po-guarantor-is-m2-b-sw',
    'd157-po-guarantor-is-m2-v-sw', 'd157-po-guarantor-the-m2-b-sw', 'd157-po-guarantor-the-m2-v-sw',
    'd157-po-guest-app-m1-b-sw', 'd157-po-guest-app-m1-v-sw', 'd157-po-guest-app-m6-b-sw',
    'd157-po-guest-app-m6-v-sw', 'd157-po-guest-has-m2-b-sw', 'd157-po-guest-has-m2-v-sw',
    'd157-po-guest-his-m2-b-sw', 'd157-po-guest-his-m2-v-sw', 'd157-po-guest-is-m1-b-sw', 'd157-po-guest-is-m1-s',
    'd157-po-guest-is-m1-v-sw', 'd157-po-guest-is-m6-b-sw', 'd157-po-guest-is-m6-v-sw',
    'd157-po-guest-serves-m3-b-sw', 'd157-po-guest-serves-m3-v-sw', 'd157-po-guest-the-m1-b-sw',
    'd157-po-guest-the-m1-v-sw', 'd157-po-holder-acts-m1-b-sw', 'd157-po-holder-acts-m1-v-sw',
    'd157-po-holder-app-m2-b-sw', 'd157-po-holder-app-m2-v-sw', 'd157-po-holder-has-m1-b-sw',
    'd157-po-holder-has-m1-v-sw', 'd157-po-holder-has-m6-b-sw', 'd157-po-holder-has-m6-v-sw',
    'd157-po-holder-his-m1-b-sw', 'd157-po-holder-his-m1-v-sw', 'd157-po-holder-his-m6-b-sw',
    'd157-po-holder-his-m6-v-sw', 'd157-po-holder-is-m1-s', 'd157-po-holder-serves-m6-b-sw',
    'd157-po-holder-serves-m6-v-sw', 'd157-po-holder-the-m2-b-sw', 'd157-po-holder-the-m2-v-sw',
    'd157-po-host-acts-m1-b-sw', 'd157-po-host-acts-m1-v-sw', 'd157-po-host-acts-m6-b-sw',
    'd157-po-host-acts-m6-v-sw', 'd157-po-host-has-m3-b-sw', 'd157-po-host-has-m3-v-sw', 'd157-po-host-his-m3-b-sw',
    'd157-po-host-his-m3-v-sw', 'd157-po-host-is-m1-s', 'd157-po-host-serves-m1-s', 'd157-po-host-serves-m2-s',
    'd157-po-host-serves-m3-s', 'd157-po-host-serves-m6-b-sw', 'd157-po-host-serves-m6-s',
    'd157-po-host-serves-m6-v-sw', 'd157-po-host-whose-m1-b-sw', 'd157-po-host-whose-m1-s',
    'd157-po-host-whose-m1-v-sw', 'd157-po-host-whose-m2-s', 'd157-po-host-whose-m3-s', 'd157-po-host-whose-m6-s',
    'd157-po-issuer-acts-m3-b-sw', 'd157-po-issuer-acts-m3-v-sw', 'd157-po-issuer-app-m1-s',
    'd157-po-issuer-app-m2-s', 'd157-po-issuer-app-m3-b-sw', 'd157-po-issuer-app-m3-s',
    'd157-po-issuer-app-m3-v-sw', 'd157-po-issuer-app-m6-s', 'd157-po-issuer-is-m1-s', 'd157-po-issuer-is-m2-b-sw',
    'd157-po-issuer-is-m2-v-sw', 'd157-po-issuer-isr-m1-b-sw', 'd157-po-issuer-isr-m1-v-sw',
    'd157-po-issuer-isr-m6-b-sw', 'd157-po-issuer-isr-m6-v-sw', 'd157-po-landlord-acts-m1-b-sw',
    'd157-po-landlord-acts-m1-s', 'd157-po-landlord-acts-m1-v-sw', 'd157-po-landlord-app-m1-b-sw',
    'd157-po-landlord-app-m1-s', 'd157-po-landlord-app-m1-v-sw', 'd157-po-landlord-has-m1-b-sw',
    'd157-po-landlord-has-m1-s', 'd157-po-landlord-has-m1-v-sw', 'd157-po-landlord-his-m1-b-sw',
    'd157-po-landlord-his-m1-s', 'd157-po-landlord-his-m1-v-sw', 'd157-po-landlord-is-m1-b-sw',
    'd157-po-landlord-is-m1-s', 'd157-po-landlord-is-m1-v-sw', 'd157-po-landlord-isr-m1-b-sw',
    'd157-po-landlord-isr-m1-s', 'd157-po-landlord-isr-m1-v-sw', 'd157-po-landlord-serves-m1-b-sw',
    'd157-po-landlord-serves-m1-s', 'd157-po-landlord-serves-m1-v-sw', 'd157-po-landlord-the-m1-b-sw',
    'd157-po-landlord-the-m1-s', 'd157-po-landlord-the-m1-v-sw', 'd157-po-landlord-whose-m1-b-sw',
    'd157-po-landlord-whose-m1-s', 'd157-po-landlord-whose-m1-v-sw', 'd157-po-lawyer-acts-m2-b-sw',
    'd157-po-lawyer-acts-m2-v-sw', 'd157-po-lawyer-has-m3-b-sw', 'd157-po-lawyer-has-m3-v-sw',
    'd157-po-lawyer-his-m1-s', 'd157-po-lawyer-his-m2-s', 'd157-po-lawyer-his-m3-b-sw', 'd157-po-lawyer-his-m3-s',
    'd157-po-lawyer-his-m3-v-sw', 'd157-po-lawyer-his-m6-s', 'd157-po-lawyer-is-m1-s', 'd157-po-lawyer-serves-m1-s',
    'd157-po-lawyer-serves-m2-s', 'd157-po-lawyer-serves-m3-s', 'd157-po-lawyer-serves-m6-s',
    'd157-po-lender-acts-m1-b-sw', 'd157-po-lender-acts-m1-v-sw', 'd157-po-lender-is-m1-s',
    'd157-po-manager-acts-m1-b-sw', 'd157-po-manager-acts-m1-v-sw', 'd157-po-manager-acts-m2-s',
    'd157-po-manager-acts-m3-s', 'd157-po-manager-acts-m6-b-sw', 'd157-po-manager-acts-m6-s',
    'd157-po-manager-acts-m6-v-sw', 'd157-po-manager-app-m2-s', 'd157-po-manager-app-m3-s',
    'd157-po-manager-app-m6-s', 'd157-po-manager-has-m2-s', 'd157-po-manager-has-m3-s', 'd157-po-manager-has-m6-s',
    'd157-po-manager-his-m2-s', 'd157-po-manager-his-m3-s', 'd157-po-manager-his-m6-s', 'd157-po-manager-is-m1-s',
    'd157-po-manager-is-m3-s', 'd157-po-manager-is-m6-s', 'd157-po-manager-isr-m1-b-sw',
    'd157-po-manager-isr-m1-v-sw', 'd157-po-manager-isr-m2-s', 'd157-po-manager-isr-m3-s',
    'd157-po-manager-isr-m6-b-sw', 'd157-po-manager-isr-m6-s', 'd157-po-manager-isr-m6-v-sw',
    'd157-po-manager-serves-m2-s', 'd157-po-manager-serves-m3-s', 'd157-po-manager-serves-m6-s',
    'd157-po-manager-the-m2-s', 'd157-po-manager-the-m3-s', 'd157-po-manager-the-m6-s',
    'd157-po-manager-whose-m2-s', 'd157-po-manager-whose-m3-s', 'd157-po-manager-whose-m6-s',
    'd157-po-mentor-acts-m3-b-sw', 'd157-po-mentor-acts-m3-v-sw', 'd157-po-mentor-app-m3-b-sw',
    'd157-po-mentor-app-m3-v-sw', 'd157-po-mentor-is-m1-s', 'd157-po-mentor-is-m3-b-sw',
    'd157-po-mentor-is-m3-v-sw', 'd157-po-mentor-the-m3-b-sw', 'd157-po-mentor-the-m3-v-sw',
    'd157-po-mentor-whose-m1-s', 'd157-po-mentor-whose-m2-s', 'd157-po-mentor-whose-m3-b-sw',
    'd157-po-mentor-whose-m3-s', 'd157-po-mentor-whose-m3-v-sw', 'd157-po-owner-acts-m1-s',
    'd157-po-owner-acts-m2-s', 'd157-po-owner-acts-m3-s', 'd157-po-owner-acts-m6-s', 'd157-po-owner-app-m2-b-sw',
    'd157-po-owner-app-m2-v-sw', 'd157-po-owner-has-m1-b-sw', 'd157-po-owner-has-m1-v-sw',
    'd157-po-owner-his-m1-b-sw', 'd157-po-owner-his-m1-v-sw', 'd157-po-owner-his-m6-b-sw',
    'd157-po-owner-his-m6-v-sw', 'd157-po-owner-is-m1-s', 'd157-po-owner-serves-m2-b-sw',
    'd157-po-owner-serves-m2-v-sw', 'd157-po-owner-the-m2-b-sw', 'd157-po-owner-the-m2-v-sw',
    'd157-po-owner-whose-m1-b-sw', 'd157-po-owner-whose-m1-s', 'd157-po-owner-whose-m1-v-sw',
    'd157-po-owner-whose-m3-s', 'd157-po-owner-whose-m6-b-sw', 'd157-po-owner-whose-m6-s',
    'd157-po-owner-whose-m6-v-sw', 'd157-po-partner-acts-m3-b-sw', 'd157-po-partner-acts-m3-v-sw',
    'd157-po-partner-app-m6-b-sw', 'd157-po-partner-app-m6-v-sw', 'd157-po-partner-has-m1-s',
    'd157-po-partner-has-m2-s', 'd157-po-partner-has-m3-s', 'd157-po-partner-has-m6-s', 'd157-po-partner-is-m1-s',
    'd157-po-partner-is-m2-b-sw', 'd157-po-partner-is-m2-v-sw', 'd157-po-partner-isr-m3-b-sw',
    'd157-po-partner-isr-m3-v-sw', 'd157-po-partner-whose-m3-b-sw', 'd157-po-partner-whose-m3-v-sw',
    'd157-po-patient-app-m1-s', 'd157-po-patient-app-m2-s', 'd157-po-patient-app-m3-b-sw',
    'd157-po-patient-app-m3-s', 'd157-po-patient-app-m3-v-sw', 'd157-po-patient-app-m6-s',
    'd157-po-patient-is-m2-s', 'd157-po-patient-the-m3-b-sw', 'd157-po-patient-the-m3-s',
    'd157-po-patient-the-m3-v-sw', 'd157-po-patient-whose-m2-s', 'd157-po-payee-his-m1-s',
    'd157-po-payee-is-m1-b-sw', 'd157-po-payee-is-m1-s', 'd157-po-payee-is-m1-v-sw', 'd157-po-payee-serves-m1-s',
    'd157-po-payer-is-m1-s', 'd157-po-payer-isr-m1-s', 'd157-po-recipient-has-m1-s', 'd157-po-recipient-his-m1-s',
    'd157-po-recipient-is-m1-s', 'd157-po-seller-acts-m1-s', 'd157-po-seller-is-m1-s', 'd157-po-seller-isr-m1-s',
    'd157-po-sender-is-m1-s', 'd157-po-sender-serves-m1-s', 'd157-po-sponsor-acts-m3-b-sw',
    'd157-po-sponsor-acts-m3-v-sw', 'd157-po-sponsor-is-m1-s', 'd157-po-sponsor-isr-m1-s',
    'd157-po-sponsor-isr-m2-s', 'd157-po-sponsor-isr-m3-b-sw', 'd157-po-sponsor-isr-m3-s',
    'd157-po-sponsor-isr-m3-v-sw', 'd157-po-sponsor-serves-m3-b-sw', 'd157-po-sponsor-serves-m3-v-sw',
    'd157-po-sponsor-whose-m3-b-sw', 'd157-po-sponsor-whose-m3-v-sw', 'd157-po-spouse-app-m1-b-sw',
    'd157-po-spouse-app-m1-v-sw', 'd157-po-spouse-app-m6-b-sw', 'd157-po-spouse-app-m6-v-sw',
    'd157-po-spouse-has-m2-b-sw', 'd157-po-spouse-has-m2-v-sw', 'd157-po-spouse-his-m2-b-sw',
    'd157-po-spouse-his-m2-v-sw', 'd157-po-spouse-is-m1-s', 'd157-po-spouse-serves-m3-b-sw',
    'd157-po-spouse-serves-m3-v-sw', 'd157-po-spouse-the-m1-b-sw', 'd157-po-spouse-the-m1-v-sw',
    'd157-po-spouse-the-m6-b-sw', 'd157-po-spouse-the-m6-v-sw', 'd157-po-student-acts-m3-b-sw',
    'd157-po-student-acts-m3-v-sw', 'd157-po-student-is-m1-s', 'd157-po-student-isr-m1-s',
    'd157-po-student-whose-m1-s', 'd157-po-student-whose-m2-s', 'd157-po-student-whose-m3-b-sw',
    'd157-po-student-whose-m3-s', 'd157-po-student-whose-m3-v-sw', 'd157-po-student-whose-m6-s',
    'd157-po-supervisor-app-m1-b-sw', 'd157-po-supervisor-app-m1-v-sw', 'd157-po-supervisor-app-m6-b-sw',
    'd157-po-supervisor-app-m6-v-sw', 'd157-po-supervisor-has-m2-b-sw', 'd157-po-supervisor-has-m2-v-sw',
    'd157-po-supervisor-his-m1-s', 'd157-po-supervisor-his-m2-b-sw', 'd157-po-supervisor-his-m2-s',
    'd157-po-supervisor-his-m2-v-sw', 'd157-po-supervisor-his-m3-s', 'd157-po-supervisor-his-m6-s',
    'd157-po-supervisor-is-m1-s', 'd157-po-supervisor-the-m1-b-sw', 'd157-po-supervisor-the-m1-v-sw',
    'd157-po-supervisor-the-m6-b-sw', 'd157-po-supervisor-the-m6-v-sw', 'd157-po-supervisor-whose-m1-s',
    'd157-po-supervisor-whose-m2-s', 'd157-po-supervisor-whose-m3-s', 'd157-po-supervisor-whose-m6-s',
    'd157-po-teacher-acts-m3-b-sw', 'd157-po-teacher-acts-m3-v-sw', 'd157-po-teacher-is-m1-b-sw',
    'd157-po-teacher-is-m1-s', 'd157-po-teacher-is-m1-v-sw', 'd157-po-teacher-is-m2-s', 'd157-po-teacher-the-m1-s',
    'd157-po-teacher-the-m3-s', 'd157-po-teacher-the-m6-s', 'd157-po-tenant-acts-m1-s', 'd157-po-tenant-has-m1-s',
    'd157-po-tenant-his-m1-s', 'd157-po-tenant-is-m1-s', 'd157-po-tenant-isr-m1-s', 'd157-po-tenant-serves-m1-s',
    'd157-po-tenant-the-m1-s', 'd157-po-tenant-whose-m1-s', 'd157-po-tutor-acts-m1-s', 'd157-po-tutor-acts-m2-s',
    'd157-po-tutor-acts-m3-s', 'd157-po-tutor-app-m3-b-sw', 'd157-po-tutor-app-m3-v-sw', 'd157-po-tutor-is-m1-s',
    'd157-po-tutor-is-m2-s', 'd157-po-tutor-is-m3-s', 'd157-po-tutor-is-m6-s', 'd157-po-tutor-isr-m1-s',
    'd157-po-tutor-isr-m2-s', 'd157-po-tutor-isr-m3-s', 'd157-po-tutor-isr-m6-s', 'd157-po-tutor-serves-m1-b-sw',
    'd157-po-tutor-serves-m1-v-sw', 'd157-po-tutor-serves-m6-b-sw', 'd157-po-tutor-serves-m6-v-sw',
    'd157-sr-addr-recipient-m1-b-fl', 'd157-sr-addr-recipient-m1-v-fl-gave', 'd157-sr-for-sender-m1-b-fl',
    'd157-sr-for-sender-m1-v-fl-prep2', 'd157-sr-gave-recipient-m1-b-sw', 'd157-sr-gave-recipient-m1-s',
    'd157-sr-gave-recipient-m1-v-sw', 'd157-sr-got-sender-m1-b-sw', 'd157-sr-got-sender-m1-s',
    'd157-sr-got-sender-m1-v-sw', 'd157-sr-pass1-recipient-m1-b-sw', 'd157-sr-pass1-recipient-m1-s',
    'd157-sr-pass1-recipient-m1-v-sw', 'd157-sr-pass1-sender-m1-b-fl', 'd157-sr-pass1-sender-m1-v-fl-recv',
    'd157-sr-pass3-recipient-m1-b-fl', 'd157-sr-pass3-recipient-m1-v-fl-sends', 'd157-sr-posts-recipient-m1-b-sw',
    'd157-sr-posts-recipient-m1-s', 'd157-sr-posts-recipient-m1-v-sw', 'd157-sr-prep-recipient-m1-b-sw',
    'd157-sr-prep-recipient-m1-v-sw', 'd157-sr-prep-sender-m1-b-sw', 'd157-sr-prep-sender-m1-s',
    'd157-sr-prep-sender-m1-v-sw', 'd157-sr-prep2-recipient-m1-b-sw', 'd157-sr-prep2-recipient-m1-s',
    'd157-sr-prep2-recipient-m1-v-sw', 'd157-sr-prep2-sender-m1-b-sw', 'd157-sr-prep2-sender-m1-s',
    'd157-sr-prep2-sender-m1-v-sw', 'd157-sr-recv-recipient-m1-b-fl', 'd157-sr-recv-recipient-m1-v-fl-pass1',
    'd157-sr-recv-sender-m1-b-sw', 'd157-sr-recv-sender-m1-s', 'd157-sr-recv-sender-m1-v-sw',
    'd157-sr-sends-recipient-m1-b-sw', 'd157-sr-sends-recipient-m1-s', 'd157-sr-sends-recipient-m1-v-sw',
    'd157-sr-sent-recipient-m1-s', 'd157-sra-co-recipient_name-m1-s', 'd157-sra-recv-sender_name-m1-s',
    'd157-sra-sends-recipient_name-m1-s', 'd157-sra-wired-recipient_name-m1-s', 'd157-sra-wired-sender_name-m1-s',
    'd157-vn-chauffeurs-and-chauffeur-m1-b-sw', 'd157-vn-chauffeurs-and-chauffeur-m1-s',
    'd157-vn-chauffeurs-and-chauffeur-m1-v-sw', 'd157-vn-chauffeurs-and-chauffeur-m2-b-sw',
    'd157-vn-chauffeurs-and-chauffeur-m2-s', 'd157-vn-chauffeurs-and-chauffeur-m2-v-sw',
    'd157-vn-chauffeurs-and-chauffeur-m3-b-sw', 'd157-vn-chauffeurs-and-chauffeur-m3-s',
    'd157-vn-chauffeurs-and-chauffeur-m3-v-sw', 'd157-vn-chauffeurs-who-chauffeur-m2-b-sw',
    'd157-vn-chauffeurs-who-chauffeur-m2-s', 'd157-vn-chauffeurs-who-chauffeur-m2-v-sw',
    'd157-vn-chauffeurs-who-chauffeur-m3-s', 'd157-vn-coaches-and-coach-m1-b-sw', 'd157-vn-coaches-and-coach-m1-s',
    'd157-vn-coaches-and-coach-m1-v-sw', 'd157-vn-coaches-and-coach-m2-b-sw', 'd157-vn-coaches-and-coach-m2-s',
    'd157-vn-coaches-and-coach-m2-v-sw', 'd157-vn-coaches-who-coach-m1-b-sw', 'd157-vn-coaches-who-coach-m1-s',
    'd157-vn-coaches-who-coach-m1-v-sw', 'd157-vn-coaches-who-coach-m2-b-sw', 'd157-vn-coaches-who-coach-m2-s',
    'd157-vn-coaches-who-coach-m2-v-sw', 'd157-vn-coaches-who-coach-m3-s', 'd157-vn-doctors-and-doctor-m1-b-sw',
    'd157-vn-doctors-and-doctor-m1-v-sw', 'd157-vn-doctors-and-doctor-m2-s', 'd157-vn-doctors-and-doctor-m3-b-sw',
    'd157-vn-doctors-and-doctor-m3-s', 'd157-vn-doctors-and-doctor-m3-v-sw', 'd157-vn-doctors-who-doctor-m1-b-sw',
    'd157-vn-doctors-who-doctor-m1-s', 'd157-vn-doctors-who-doctor-m1-v-sw', 'd157-vn-doctors-who-doctor-m2-b-sw',
    'd157-vn-doctors-who-doctor-m2-s', 'd157-vn-doctors-who-doctor-m2-v-sw', 'd157-vn-doctors-who-doctor-m3-s',
    'd157-vn-guards-and-guard-m1-s', 'd157-vn-guards-and-guard-m2-b-sw', 'd157-vn-guards-and-guard-m2-v-sw',
    'd157-vn-guards-and-guard-m3-b-sw', 'd157-vn-guards-and-guard-m3-s', 'd157-vn-guards-and-guard-m3-v-sw',
    'd157-vn-guards-who-guard-m1-s', 'd157-vn-guards-who-guard-m2-b-sw', 'd157-vn-guards-who-guard-m2-s',
    'd157-vn-guards-who-guard-m2-v-sw', 'd157-vn-guards-who-guard-m3-b-sw', 'd157-vn-guards-who-guard-m3-s',
    'd157-vn-guards-who-guard-m3-v-sw', 'd157-vn-guests_with-and-guest-m1-s',
    'd157-vn-guests_with-and-guest-m2-b-sw', 'd157-vn-guests_with-and-guest-m2-s',
    'd157-vn-guests_with-and-guest-m2-v-sw', 'd157-vn-guests_with-and-guest-m3-b-sw',
    'd157-vn-guests_with-and-guest-m3-v-sw', 'd157-vn-guests_with-who-guest-m1-s',
    'd157-vn-guests_with-who-guest-m2-b-sw', 'd157-vn-guests_with-who-guest-m2-s',
    'd157-vn-guests_with-who-guest-m2-v-sw', 'd157-vn-guests_with-who-guest-m3-b-sw',
    'd157-vn-guests_with-who-guest-m3-s', 'd157-vn-guests_with-who-guest-m3-v-sw',
    'd157-vn-guides-and-guide-m1-b-sw', 'd157-vn-guides-and-guide-m1-s', 'd157-vn-guides-and-guide-m1-v-sw',
    'd157-vn-guides-and-guide-m2-s', 'd157-vn-guides-and-guide-m3-b-sw', 'd157-vn-guides-and-guide-m3-s',
    'd157-vn-guides-and-guide-m3-v-sw', 'd157-vn-guides-who-guide-m1-b-sw', 'd157-vn-guides-who-guide-m1-v-sw',
    'd157-vn-guides-who-guide-m2-s', 'd157-vn-guides-who-guide-m3-b-sw', 'd157-vn-guides-who-guide-m3-s',
    'd157-vn-guides-who-guide-m3-v-sw', 'd157-vn-hosts-and-host-m1-b-sw', 'd157-vn-hosts-and-host-m1-v-sw',
    'd157-vn-hosts-and-host-m2-b-sw', 'd157-vn-hosts-and-host-m2-s', 'd157-vn-hosts-and-host-m2-v-sw',
    'd157-vn-hosts-and-host-m3-b-sw', 'd157-vn-hosts-and-host-m3-s', 'd157-vn-hosts-and-host-m3-v-sw',
    'd157-vn-hosts-who-host-m1-b-sw', 'd157-vn-hosts-who-host-m1-s', 'd157-vn-hosts-who-host-m1-v-sw',
    'd157-vn-hosts-who-host-m2-b-sw', 'd157-vn-hosts-who-host-m2-s', 'd157-vn-hosts-who-host-m2-v-sw',
    'd157-vn-hosts-who-host-m3-b-sw', 'd157-vn-hosts-who-host-m3-s', 'd157-vn-hosts-who-host-m3-v-sw',
    'd157-vn-judges-and-judge-m1-s', 'd157-vn-judges-and-judge-m2-b-sw', 'd157-vn-judges-and-judge-m2-v-sw',
    'd157-vn-judges-and-judge-m3-b-sw', 'd157-vn-judges-and-judge-m3-s', 'd157-vn-judges-and-judge-m3-v-sw',
    'd157-vn-judges-who-judge-m1-s', 'd157-vn-judges-who-judge-m2-b-sw', 'd157-vn-judges-who-judge-m2-s',
    'd157-vn-judges-who-judge-m2-v-sw', 'd157-vn-judges-who-judge-m3-b-sw', 'd157-vn-judges-who-judge-m3-s',
    'd157-vn-judges-who-judge-m3-v-sw', 'd157-vn-landlords_for-and-landlord-m1-b-sw',
    'd157-vn-landlords_for-and-landlord-m1-s', 'd157-vn-landlords_for-and-landlord-m1-v-sw',
    'd157-vn-landlords_for-who-landlord-m1-b-sw', 'd157-vn-landlords_for-who-landlord-m1-s',
    'd157-vn-landlords_for-who-landlord-m1-v-sw', 'd157-vn-mentors-and-mentor-m1-b-sw',
    'd157-vn-mentors-and-mentor-m1-s', 'd157-vn-mentors-and-mentor-m1-v-sw', 'd157-vn-mentors-and-mentor-m2-s',
    'd157-vn-mentors-and-mentor-m3-b-sw', 'd157-vn-mentors-and-mentor-m3-s', 'd157-vn-mentors-and-mentor-m3-v-sw',
    'd157-vn-mentors-who-mentor-m1-b-sw', 'd157-vn-mentors-who-mentor-m1-s', 'd157-vn-mentors-who-mentor-m1-v-sw',
    'd157-vn-mentors-who-mentor-m2-b-sw', 'd157-vn-mentors-who-mentor-m2-s', 'd157-vn-mentors-who-mentor-m2-v-sw',
    'd157-vn-nurses-and-nurse-m1-b-sw', 'd157-vn-nurses-and-nurse-m1-s', 'd157-vn-nurses-and-nurse-m1-v-sw',
    'd157-vn-nurses-and-nurse-m2-b-sw', 'd157-vn-nurses-and-nurse-m2-s', 'd157-vn-nurses-and-nurse-m2-v-sw',
    'd157-vn-nurses-who-nurse-m1-b-sw', 'd157-vn-nurses-who-nurse-m1-s', 'd157-vn-nurses-who-nurse-m1-v-sw',
    'd157-vn-nurses-who-nurse-m2-b-sw', 'd157-vn-nurses-who-nurse-m2-s', 'd157-vn-nurses-who-nurse-m2-v-sw',
    'd157-vn-nurses-who-nurse-m3-s', 'd157-vn-sponsors-and-sponsor-m1-s', 'd157-vn-sponsors-and-sponsor-m2-s',
    'd157-vn-sponsors-and-sponsor-m3-b-sw', 'd157-vn-sponsors-and-sponsor-m3-s',
    'd157-vn-sponsors-and-sponsor-m3-v-sw', 'd157-vn-sponsors-who-sponsor-m1-b-sw',
    'd157-vn-sponsors-who-sponsor-m1-v-sw', 'd157-vn-sponsors-who-sponsor-m2-b-sw',
    'd157-vn-sponsors-who-sponsor-m2-s', 'd157-vn-sponsors-who-sponsor-m2-v-sw',
    'd157-vn-sponsors-who-sponsor-m3-b-sw', 'd157-vn-sponsors-who-sponsor-m3-s',
    'd157-vn-sponsors-who-sponsor-m3-v-sw', 'd157-vn-tutors-and-tutor-m1-b-sw', 'd157-vn-tutors-and-tutor-m1-s',
    'd157-vn-tutors-and-tutor-m1-v-sw', 'd157-vn-tutors-and-tutor-m2-s', 'd157-vn-tutors-and-tutor-m3-b-sw',
    'd157-vn-tutors-and-tutor-m3-s', 'd157-vn-tutors-and-tutor-m3-v-sw', 'd157-vn-tutors-who-tutor-m1-b-sw',
    'd157-vn-tutors-who-tutor-m1-v-sw', 'd157-vn-tutors-who-tutor-m2-s', 'd157-vn-tutors-who-tutor-m3-b-sw',
    'd157-vn-tutors-who-tutor-m3-s', 'd157-vn-tutors-who-tutor-m3-v-sw',
    'd157-vn-witnesses_for-and-witness-m1-b-sw', 'd157-vn-witnesses_for-and-witness-m1-s',
    'd157-vn-witnesses_for-and-witness-m1-v-sw', 'd157-vn-witnesses_for-and-witness-m2-s',
    'd157-vn-witnesses_for-and-witness-m3-b-sw', 'd157-vn-witnesses_for-and-witness-m3-s',
    'd157-vn-witnesses_for-and-witness-m3-v-sw', 'd157-vn-witnesses_for-who-witness-m1-b-sw',
    'd157-vn-witnesses_for-who-witness-m1-v-sw', 'd157-vn-witnesses_for-who-witness-m2-s',
    'd157-vn-witnesses_for-who-witness-m3-b-sw', 'd157-vn-witnesses_for-who-witness-m3-s',
    'd157-vn-witnesses_for-who-witness-m3-v-sw',
}
r157_sample_round("d157-", r157_found_alone, 24, safe_every=10)
# Every item the tester called arguable is left out. (The open shape "Outbound from P; destination Q", left out
# at stop 37, is refused since stop 38: a route's end named by its preposition.)
r157_left_out = set()
P[:] = [r157_p for r157_p in P if r157_p["id"] not in r157_left_out and r157_p["id"] not in r157_arguable]
