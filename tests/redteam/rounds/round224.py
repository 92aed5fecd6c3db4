r"""Red-team round 224 (black box): PROSE RECORDS WITH TWO VALUES OF ONE KIND.
Focus: bios, e-mails, chat lines and notes holding two values of one kind: two cities (born in / lives in, moved
  from / to, flies from / to, "continues to"), two ages (own and a child's), a count and a price, two names (sender and
  the person asked about), two dates (booked / arrival); the instruction picking one of the two ("the city they live in
  now", "city of birth", "the city of departure", "the child's name and age", "the sender's name", "the booking date").
  2,956 probes (seeded random.Random(224)): 369 bases, 1,732 pair variants, 62 singles, 793 safe.
  Parts (ids d224-<part><k><b|p|s>-n): lv/lb prose bios (swap, one city changed, "Last month he moved again, to X",
  "has just relocated to X", unrelated sentence, reworded, instruction turned to the other city, "is visiting X");
  ll/rl/al labelled base ("Name/Birthplace/City", "Traveller/From/To", "Name/Age/Child/Child age") then prose
  variants; rt/rp routes (destination; patch schema origin+destination with one end changed, "via"); ag ages; or
  count and unit price (one changed, "Correction: make that N", "Later the price was cut to P", a total added);
  ms/mg/mp sender vs guest (swap, other sender, P.S., instruction turned); dt dates (swap, "Update: arrival moved to");
  pl/pa/pn/pd plain labelled bases ("Name/City", "Name/Age", "Name", "Date") then prose and mixed variants; tr/ta
  three-member labelled bases (name, phone, city|age) with one member moved into prose or given a second value
  ("City: X (born in Y)", "City: moved from X to Y", "Age: 34 (son 7)", "Ages: son 7, Ana 35"); sc a stored
  labelled base with a note, chat line, "Previous city:"/"New city:"/"Current city:"/"Work city:" or signature beside.
  Its tester served this round's probes alone.
HELD: nothing wrong was served from the cache: 0 of 2,956 wrong with path=reuse or KEPT-FROM-CACHE in run 1 and in
  run 2 (fresh SQLite store, --runs 2). No prose record was stored: every prose base found "no cached candidate" or
  was refused by "instruction_changed" (a base with another instruction word) and answered fresh; only plain
  labelled bases were reused (134 run 1 / 140 run 2, every one right: "Name/City", "Name/Age", "Name", 3-member
  bases). Every variant of a stored labelled base that added a second value of the kind (prose sentence, note,
  chat line, "New city:", "Current city:", a remark in the field) was refused ("failing_fraction_above 1.0",
  "source_text_changed", "the statement holding its evidence changed") or patched member by member (30
  "City: X (moving to Y next week)", right); the instruction turned to the other value was refused
  ("instruction_changed") every time. Safe on reuse 0/793 (the price: no prose variant is ever reused).
WHAT GOT THROUGH: nothing from the cache (r224_found_alone and r224_arguable empty; no alone run needed).
  Wrong answers served FRESH (the model's first answer, the base's value, accepted): 483 in run 1, 493 in run 2, in
  37 families, e.g. "Return the name and current city as JSON. / Leo Vik was born in Brno and now lives in Bergen. Last
  month he moved again, to Galway." -> Bergen; "Give the person's name and their city of birth ... / Leo Vik was born
  in Brno and now lives in Bergen." -> Bergen; "... where they are going ... / flies from Lucerne to Bilbao on Friday.
  From there she continues to Bremen." -> Bilbao; "the city they live in / lives in Nantes and flies to Leipzig every
  month." -> Leipzig; "Extract the sender's name / Name: Jonas Moreau\nSent by Pavel Fjeld." -> Jonas Moreau;
  "Extract the arrival date / Booked: 2025-03-22\nArrival: 2025-12-10" -> 2025-03-22 (schema key "date");
  "Name/Phone\nShe was born in Graz and lives in Bilbao." -> Graz; "the city they live in now / City: Turku\nHe moved
  to Cork in 2024." -> Turku. Right answers refused: 1,314 (run 1), 1,304 (run 2), e.g. "Originally from Brno, Leo Vik
  moved to Bergen in 2005" for the birthplace ("the text gives it as what held before").
Adds its probes to probe_kit.P."""
import random as r224_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r224_rng = r224_random.Random(224)
r224_found_alone = set()
r224_arguable = set()
r224_prompts = {}
r224_n = [0]
r224_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r224_meta = {}

R224_CITIES = ["Cork", "Ghent", "Bergen", "Porto", "Lyon", "Leeds", "Graz", "Turku", "Malmö", "Aarhus", "Bremen",
               "Utrecht", "Bilbao", "Split", "Brno", "Tartu", "Kraków", "Galway", "Nantes", "Trieste", "Basel",
               "Uppsala", "Tromsø", "Seville", "Lucerne", "Odense", "Leipzig", "Verona", "Dundee", "Gdańsk"]
R224_FIRST = [("Ana", "she"), ("Leo", "he"), ("Mira", "she"), ("Jonas", "he"), ("Eva", "she"), ("Tomas", "he"),
              ("Ingrid", "she"), ("Pavel", "he"), ("Sofia", "she"), ("Emil", "he"), ("Nora", "she"), ("Karl", "he")]
R224_LAST = ["Berg", "Lund", "Holt", "Vik", "Novak", "Moreau", "Costa", "Fjeld", "Weber", "Dahl", "Sousa", "Kerr"]
R224_CHILD = ["Leo", "Ida", "Sam", "Maja", "Oskar", "Lily", "Finn", "Alma"]
R224_ITEMS = ["chairs", "lamps", "desks", "boxes of paper", "monitors", "tables"]
R224_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def r224_prompt(instr, body):
    return "%s\n\nText:\n%s" % (instr, body)


def r224_add(tag, fam, prompt, schema, exp, answers, kind, base=None, safe=False, note=""):
    if prompt in r224_prompts:
        return r224_prompts[prompt]
    r224_n[0] += 1
    pid = "d224-%s-%d" % (tag, r224_n[0])
    J(pid, fam, prompt, schema, exp, answers, safe=safe)
    r224_prompts[prompt] = pid
    r224_counts[kind] += 1
    r224_meta[pid] = {"base": base, "note": note}
    return pid


def r224_person():
    f, pr = r224_rng.choice(R224_FIRST)
    return "%s %s" % (f, r224_rng.choice(R224_LAST)), pr


def r224_cities(k):
    return r224_rng.sample(R224_CITIES, k)


def r224_pair(tag, fam, instr, body, schema, exp, variants):
    """variants: list of (vtag, instr or None, body, right exp, wrong first answer or None)."""
    bid = r224_add(tag + "b", fam + "_base", r224_prompt(instr, body), schema, exp, [exp], "base")
    for vt, vi, vb, right, wrong in variants:
        safe = right == exp
        if wrong is None:
            wrong = exp
        ans = [right] if safe else [wrong, right]
        r224_add(tag + ("s" if safe else "p"), fam + "_" + vt + ("_safe" if safe else ""),
                 r224_prompt(vi or instr, vb), schema, right, ans, "safe" if safe else "pair", base=bid, safe=safe,
                 note=vt)


# ---------------------------------------------------------------- (1) birthplace / current city
R224_LIVE_T = [
    "{n} was born in {B} and now lives in {C}.",
    "Originally from {B}, {n} moved to {C} in {yr}.",
    "{n} grew up in {B}. These days {pr} lives in {C}.",
    "{n} lives in {C}, though {pr} was born in {B}.",
    "Hi! I'm {n}. I was born in {B}, but I have lived in {C} for {k} years.",
    "{n} (born in {B}) is a nurse based in {C}.",
    "{n} moved from {B} to {C} after university.",
    "Born in {B}, {n} has made {C} home since {yr}.",
]
R224_INSTR_NOW = ["Extract the person's name and the city they live in now as JSON.",
                  "Return the name and current city as JSON.",
                  "Give the person's name and the city where they live today, as JSON."]
R224_INSTR_BORN = ["Extract the person's name and the city they were born in as JSON.",
                   "Return the name and birthplace as JSON.",
                   "Give the person's name and their city of birth, as JSON."]


def r224_live(i):
    n, pr = r224_person()
    B, C, D = r224_cities(3)
    yr = r224_rng.randint(1998, 2021)
    k = r224_rng.randint(2, 15)
    t = R224_LIVE_T[i % len(R224_LIVE_T)]
    fill = lambda t, B, C: t.format(n=n, B=B, C=C, pr=pr, yr=yr, k=k)
    Pr = pr.capitalize()
    body = fill(t, B, C)
    sch = S({"name": "string", "city": "string"})
    now = r224_rng.choice(R224_INSTR_NOW)
    born = r224_rng.choice(R224_INSTR_BORN)
    e = lambda c: {"name": n, "city": c}
    extra = r224_rng.choice(["%s works as a teacher." % Pr, "%s enjoys hiking." % Pr, "%s has two cats." % Pr])
    tv = R224_LIVE_T[(i + 3) % len(R224_LIVE_T)]
    vs = [
        ("swap", None, fill(t, C, B), e(B), None),
        ("change_now", None, fill(t, B, D), e(D), None),
        ("change_born", None, fill(t, D, C), e(C), None),
        ("add_move", None, body + " Last month %s moved again, to %s." % (pr, D), e(D), None),
        ("add_move2", None, body + " %s has just relocated to %s." % (Pr, D), e(D), None),
        ("add_unrel", None, body + " " + extra, e(C), None),
        ("reword", None, fill(tv, B, C), e(C), None),
        ("reword_swap", None, fill(tv, C, B), e(B), None),
        ("ask_born", born, body, e(B), None),
        ("ask_born_extra", born, body + " " + extra, e(B), None),
        ("visit", None, body + " Next week %s is visiting %s." % (pr, D), e(C), None),
        ("was_now", None, body.replace(" now", "") if " now" in body else body + " %s spent a year in %s." % (Pr, D),
         e(C), None),
    ]
    r224_pair("lv%d" % i, "r224_live", now, body, sch, e(C), vs)
    # the base asking the birthplace, variant asking now
    body2 = fill(R224_LIVE_T[(i + 1) % len(R224_LIVE_T)], B, C)
    r224_pair("lb%d" % i, "r224_born", born, body2, sch, e(B), [
        ("ask_now", now, body2, e(C), None),
        ("swap", None, fill(R224_LIVE_T[(i + 1) % len(R224_LIVE_T)], C, B), e(C), None),
        ("add_move", None, body2 + " In %d %s moved to %s." % (yr + 1, pr, D), e(B), None),
        ("change_born", None, fill(R224_LIVE_T[(i + 1) % len(R224_LIVE_T)], D, C), e(D), None),
    ])
    # labelled base then prose variant
    lab = "Name: %s\nBirthplace: %s\nCity: %s" % (n, B, C)
    r224_pair("ll%d" % i, "r224_lab2prose", now, lab, sch, e(C), [
        ("prose_same", None, body, e(C), None),
        ("prose_swap", None, fill(t, C, B), e(B), None),
        ("prose_other", None, fill(t, B, D), e(D), None),
        ("lab_plus_prose", None, lab + "\n%s moved to %s last month." % (n.split()[0], D), e(D), None),
        ("lab_swap_labels", None, "Name: %s\nBirthplace: %s\nCity: %s" % (n, C, B), e(B), None),
        ("lab_prose_born", None, "Name: %s\nCity: %s\nNote: %s was born in %s." % (n, B, n.split()[0], C), e(B), None),
    ])
    # single: model gives the other city first
    r224_add("ls", "r224_live_single", r224_prompt(now, fill(tv, B, C)), sch, e(C), [e(B), e(C)], "single")
    r224_add("ls", "r224_born_single", r224_prompt(born, fill(tv, B, C) + " " + extra), sch, e(B), [e(C), e(B)],
             "single")


# ---------------------------------------------------------------- (2) routes
R224_ROUTE_T = [
    "{n} flies from {A} to {Z} on Friday.",
    "Hi team, {n} here. I'm travelling from {A} to {Z} next week.",
    "{n} will take the train to {Z}, leaving from {A} at 9.",
    "Trip for {n}: {A} to {Z}, one way.",
    "{n} is driving down to {Z} from {A} on Monday.",
    "{n}'s flight departs {A} and lands in {Z} at noon.",
]


def r224_route(i):
    n, pr = r224_person()
    A, Z, V = r224_cities(3)
    t = R224_ROUTE_T[i % len(R224_ROUTE_T)]
    f = lambda t, A, Z: t.format(n=n, A=A, Z=Z)
    sch = S({"traveller": "string", "destination": "string"})
    instr = r224_rng.choice(["Extract the traveller and the destination city as JSON.",
                             "Return the traveller's name and where they are going, as JSON."])
    e = lambda c: {"traveller": n, "destination": c}
    body = f(t, A, Z)
    tv = R224_ROUTE_T[(i + 2) % len(R224_ROUTE_T)]
    vs = [
        ("swap", None, f(t, Z, A), e(A), None),
        ("change_dest", None, f(t, A, V), e(V), None),
        ("change_origin", None, f(t, V, Z), e(Z), None),
        ("via", None, body + " From there %s continues to %s." % (pr, V), e(V), None),
        ("change_plan", None, body + " Update: the trip now ends in %s instead." % V, e(V), None),
        ("return", None, body + " %s returns to %s on Sunday." % (pr.capitalize(), A), e(Z), None),
        ("reword", None, f(tv, A, Z), e(Z), None),
        ("reword_swap", None, f(tv, Z, A), e(A), None),
        ("ask_origin", "Extract the traveller and the city of departure as JSON.", body, e(A), None),
    ]
    r224_pair("rt%d" % i, "r224_route", instr, body, sch, e(Z), vs)
    lab = "Traveller: %s\nFrom: %s\nTo: %s" % (n, A, Z)
    r224_pair("rl%d" % i, "r224_route_lab", instr, lab, sch, e(Z), [
        ("prose_same", None, body, e(Z), None),
        ("prose_swap", None, f(t, Z, A), e(A), None),
        ("prose_other", None, f(t, A, V), e(V), None),
    ])
    # patch path: schema with both ends
    sch2 = S({"traveller": "string", "origin": "string", "destination": "string"})
    e2 = lambda a, z: {"traveller": n, "origin": a, "destination": z}
    ins2 = "Extract the traveller, origin city and destination city as JSON."
    r224_pair("rp%d" % i, "r224_route_patch", ins2, body, sch2, e2(A, Z), [
        ("dest_only", None, f(t, A, V), e2(A, V), None),
        ("origin_only", None, f(t, V, Z), e2(V, Z), None),
        ("swap", None, f(t, Z, A), e2(Z, A), None),
        ("via", None, body + " From there %s continues to %s." % (pr, V), e2(A, V), None),
        ("swap_half_wrong", None, f(t, Z, A), e2(Z, A), e2(Z, Z)),
    ])
    r224_add("rs", "r224_route_single", r224_prompt(instr, f(tv, A, Z)), sch, e(Z), [e(A), e(Z)], "single")


# ---------------------------------------------------------------- (3) two ages
R224_AGE_T = [
    "I'm {n}, {a} years old. My {rel} {c} is {k}.",
    "{n} ({a}) came in with {pp} {rel} {c}, aged {k}.",
    "My {rel} {c} turns {k} this year; I ({n}) am {a}.",
    "Note: {n}, age {a}, accompanied by {rel} {c} ({k}).",
    "Hello, this is {n}. I am {a} and I'm asking about my {rel} {c}, who is {k}.",
]


def r224_age(i):
    n, pr = r224_person()
    pp = "her" if pr == "she" else "his"
    c = r224_rng.choice(R224_CHILD)
    rel = r224_rng.choice(["son", "daughter"])
    a, k, a2, k2 = r224_rng.randint(28, 55), r224_rng.randint(3, 14), r224_rng.randint(28, 55), r224_rng.randint(3, 14)
    if a2 == a:
        a2 += 1
    if k2 == k:
        k2 += 1
    t = R224_AGE_T[i % len(R224_AGE_T)]
    f = lambda t, a, k: t.format(n=n, a=a, k=k, c=c, rel=rel, pp=pp)
    sch = S({"name": "string", "age": "integer"})
    instr = r224_rng.choice(["Extract the adult's name and age as JSON.",
                             "Return the name and age of the parent as JSON."])
    e = lambda nm, ag: {"name": nm, "age": ag}
    body = f(t, a, k)
    vs = [
        ("child_age", None, f(t, a, k2), e(n, a), None),
        ("own_age", None, f(t, a2, k), e(n, a2), None),
        ("own_age_patch", None, f(t, a2, k), e(n, a2), e(n, k)),
        ("swap_nums", None, f(t, k + 20, a - 20 if a - 20 > 1 else 2), e(n, k + 20), None),
        ("add_bday", None, body + " (Update: %s had a birthday yesterday and is now %d.)" % (n.split()[0], a + 1),
         e(n, a + 1), None),
        ("reword", None, f(R224_AGE_T[(i + 2) % len(R224_AGE_T)], a, k), e(n, a), None),
        ("ask_child", "Extract the child's name and age as JSON.", body, e(c, k), None),
        ("ask_child2", "Return the name and age of the %s as JSON." % rel, body, e(c, k), None),
    ]
    r224_pair("ag%d" % i, "r224_age", instr, body, sch, e(n, a), vs)
    lab = "Name: %s\nAge: %d\nChild: %s\nChild age: %d" % (n, a, c, k)
    r224_pair("al%d" % i, "r224_age_lab", instr, lab, sch, e(n, a), [
        ("prose_same", None, body, e(n, a), None),
        ("prose_own", None, f(t, a2, k), e(n, a2), None),
        ("prose_childage", None, f(t, k + 30, a), e(n, k + 30), None),
    ])
    r224_add("as", "r224_age_single", r224_prompt(instr, body), sch, e(n, a), [e(n, k), e(n, a)], "single")


# ---------------------------------------------------------------- (4) count and price
R224_ORD_T = [
    "{n} ordered {q} {it} at {p} euros each.",
    "Hi, {n} here - please send {q} {it}; you quoted {p} EUR per piece.",
    "Order note: {q} {it} for {n}, unit price {p} euros.",
    "{n} wants {it}: {q} of them, {p} euros apiece.",
    "We ({n}) need {q} {it}. The price you gave was {p} euros each.",
]


def r224_order(i):
    n, pr = r224_person()
    it = r224_rng.choice(R224_ITEMS)
    q, p = r224_rng.randint(2, 40), r224_rng.randint(12, 300)
    q2, p2 = q + r224_rng.randint(1, 9), p + r224_rng.randint(1, 20)
    t = R224_ORD_T[i % len(R224_ORD_T)]
    f = lambda t, q, p: t.format(n=n, q=q, p=p, it=it)
    sch = S({"customer": "string", "quantity": "integer", "unit_price": "number"})
    instr = r224_rng.choice(["Extract the customer, quantity and unit price as JSON.",
                             "Return the customer name, how many items and the price per item, as JSON."])
    e = lambda q, p: {"customer": n, "quantity": q, "unit_price": p}
    body = f(t, q, p)
    vs = [
        ("qty", None, f(t, q2, p), e(q2, p), None),
        ("price", None, f(t, q, p2), e(q, p2), None),
        ("swap", None, f(t, p, q), e(p, q), None),
        ("add_change_qty", None, body + " Correction: make that %d %s." % (q2, it), e(q2, p), None),
        ("add_discount", None, body + " Later the price was cut to %d euros each." % p2, e(q, p2), None),
        ("add_total", None, body + " That comes to %d euros in total." % (q * p), e(q, p), None),
        ("add_wrong_total_first", None, body + " That comes to %d euros in total." % (q * p), e(q, p), e(q, q * p)),
        ("reword", None, f(R224_ORD_T[(i + 1) % len(R224_ORD_T)], q, p), e(q, p), None),
    ]
    r224_pair("or%d" % i, "r224_order", instr, body, sch, e(q, p), vs)
    r224_add("os", "r224_order_single", r224_prompt(instr, f(R224_ORD_T[(i + 3) % len(R224_ORD_T)], q, p)), sch,
             e(q, p), [e(p, q), e(q, p)], "single")


# ---------------------------------------------------------------- (5) sender and person asked about
R224_MAIL_T = [
    "Hi, this is {s}. Could you tell me whether {g}'s room is ready?",
    "Hello,\nI am writing on behalf of {g}, who arrives tomorrow.\nBest regards,\n{s}",
    "{s}: hey, is {g} still booked for Friday?",
    "Dear reception, my colleague {g} asked me to confirm the booking. Kind regards, {s}",
    "From the desk of {s} - please check in {g} early if possible.",
]


def r224_mail(i):
    s, _ = r224_person()
    g, _ = r224_person()
    while g == s:
        g, _ = r224_person()
    h, _ = r224_person()
    while h in (s, g):
        h, _ = r224_person()
    t = R224_MAIL_T[i % len(R224_MAIL_T)]
    f = lambda t, s, g: t.format(s=s, g=g)
    sch = S({"name": "string"})
    i_s = r224_rng.choice(["Extract the sender's name as JSON.", "Return the name of the person who wrote the message, as JSON."])
    i_g = r224_rng.choice(["Extract the name of the guest asked about as JSON.",
                           "Return the name of the person the message is about, as JSON."])
    e = lambda x: {"name": x}
    body = f(t, s, g)
    r224_pair("ms%d" % i, "r224_sender", i_s, body, sch, e(s), [
        ("swap", None, f(t, g, s), e(g), None),
        ("other_guest", None, f(t, s, h), e(s), None),
        ("other_sender", None, f(t, h, g), e(h), None),
        ("ask_guest", i_g, body, e(g), None),
        ("ps", None, body + "\nP.S. %s will forward this to you." % h, e(s), None),
        ("reword", None, f(R224_MAIL_T[(i + 1) % len(R224_MAIL_T)], s, g), e(s), None),
        ("reword_swap", None, f(R224_MAIL_T[(i + 2) % len(R224_MAIL_T)], g, s), e(g), None),
    ])
    r224_pair("mg%d" % i, "r224_guest", i_g, body, sch, e(g), [
        ("swap", None, f(t, g, s), e(s), None),
        ("other_guest", None, f(t, s, h), e(h), None),
        ("ask_sender", i_s, body, e(s), None),
    ])
    sch2 = S({"sender": "string", "guest": "string"})
    e2 = lambda a, b: {"sender": a, "guest": b}
    i2 = "Extract the sender and the guest as JSON."
    r224_pair("mp%d" % i, "r224_mail_patch", i2, body, sch2, e2(s, g), [
        ("guest_only", None, f(t, s, h), e2(s, h), None),
        ("sender_only", None, f(t, h, g), e2(h, g), None),
        ("swap", None, f(t, g, s), e2(g, s), None),
    ])
    r224_add("mx", "r224_sender_single", r224_prompt(i_s, f(R224_MAIL_T[(i + 3) % len(R224_MAIL_T)], s, g)), sch,
             e(s), [e(g), e(s)], "single")


# ---------------------------------------------------------------- (6) two dates
R224_DATE_T = [
    "I booked on {d1} and will arrive on {d2}.",
    "{n} made the reservation on {d1}; check-in is {d2}.",
    "Arriving {d2} (booked {d1}), {n}.",
    "Hi, {n} here. My booking from {d1} is for arrival on {d2}.",
]


def r224_date(i):
    n, _ = r224_person()
    m1, m2, m3 = sorted(r224_rng.sample(range(12), 3))
    y = 2025
    ds = lambda m, d: "%d %s %d" % (d, R224_MONTHS[m], y)
    iso = lambda m, d: "%d-%02d-%02d" % (y, m + 1, d)
    a, b, c = (m1, r224_rng.randint(1, 28)), (m2, r224_rng.randint(1, 28)), (m3, r224_rng.randint(1, 28))
    t = R224_DATE_T[i % len(R224_DATE_T)]
    f = lambda t, x, z: t.format(n=n, d1=ds(*x), d2=ds(*z))
    sch = S({"arrival_date": {"type": "string", "format": "date"}})
    instr = "Extract the arrival date (YYYY-MM-DD) as JSON."
    e = lambda x: {"arrival_date": iso(*x)}
    body = f(t, a, b)
    r224_pair("dt%d" % i, "r224_date", instr, body, sch, e(b), [
        ("swap", None, f(t, b, a), e(a), None),
        ("change_arr", None, f(t, a, c), e(c), None),
        ("change_booked", None, f(t, c, b) if c != b else f(t, a, b), e(b), None),
        ("add_moved", None, body + " Update: arrival moved to %s." % ds(*c), e(c), None),
        ("ask_booked", "Extract the booking date (YYYY-MM-DD) as JSON.", body, e(a), None),
        ("reword", None, f(R224_DATE_T[(i + 1) % len(R224_DATE_T)], a, b), e(b), None),
    ])
    r224_add("ds", "r224_date_single", r224_prompt(instr, f(R224_DATE_T[(i + 2) % len(R224_DATE_T)], a, b)), sch,
             e(b), [e(a), e(b)], "single")


for r224_i in range(20):
    r224_live(r224_i)
for r224_i in range(18):
    r224_route(r224_i)
for r224_i in range(15):
    r224_age(r224_i)
for r224_i in range(15):
    r224_order(r224_i)
for r224_i in range(15):
    r224_mail(r224_i)
for r224_i in range(12):
    r224_date(r224_i)


# ---------------------------------------------------------------- (7) plain labelled bases (storable) -> prose / mixed variants
def r224_lab(i):
    n, pr = r224_person()
    first = n.split()[0]
    Pr = pr.capitalize()
    B, C, D = r224_cities(3)
    sch = S({"name": "string", "city": "string"})
    instr = r224_rng.choice(["Extract the name and city as JSON.", "Return the person's name and city as JSON.",
                             "Extract the name and the city they live in as JSON."])
    e = lambda c: {"name": n, "city": c}
    base = "Name: %s\nCity: %s" % (n, C)
    vs = [
        ("prose_born_lives", None, "%s was born in %s and lives in %s." % (n, B, C), e(C), None),
        ("prose_born_lives_w", None, "%s was born in %s and lives in %s." % (n, C, B), e(B), None),
        ("prose_moved", None, "%s moved from %s to %s." % (n, C, B), e(B), None),
        ("prose_flies", None, "%s lives in %s and flies to %s every month." % (n, B, C), e(B), None),
        ("lab_plus_moved", None, base + "\n%s moved to %s last month." % (first, D), e(D), None),
        ("lab_plus_moved2", None, base + "\n%s has since moved to %s." % (Pr, D), e(D), None),
        ("lab_plus_born", None, base + "\n%s was born in %s." % (first, D), e(C), None),
        ("lab_plus_born_ask", "Extract the name and the city they were born in as JSON.",
         base + "\n%s was born in %s." % (first, D), e(D), None),
        ("lab_prose_before", None, "%s grew up in %s.\n" % (first, D) + base, e(C), None),
        ("lab_moving", None, base + "\nMoving to %s in May." % D, e(C), None),
        ("lab_ask_born", "Extract the name and birthplace as JSON.", base + "\nBorn in %s." % D, e(D), None),
        ("lab_city_paren", None, "Name: %s\nCity: %s (moved to %s in March)" % (n, C, D), e(D), None),
        ("lab_city_from", None, "Name: %s\nCity: %s, originally from %s" % (n, C, D), e(C), None),
        ("lab_city_from_w", None, "Name: %s\nCity: originally %s, now %s" % (n, C, D), e(D), None),
        ("mail", None, "Hi, I'm %s from %s. I used to live in %s." % (n, D, C), e(D), None),
        ("mail2", None, "Hi, I'm %s. I used to live in %s; now I'm in %s." % (n, C, D), e(D), None),
        ("chat", None, "%s: just landed in %s, back home in %s on Sunday" % (n, D, C), e(C), None),
    ]
    r224_pair("pl%d" % i, "r224_plainlab", instr, base, sch, e(C), vs)
    # ages: own + child
    a, k = r224_rng.randint(30, 50), r224_rng.randint(3, 12)
    c = r224_rng.choice(R224_CHILD)
    sch2 = S({"name": "string", "age": "integer"})
    e2 = lambda nm, ag: {"name": nm, "age": ag}
    ins2 = "Extract the name and age as JSON."
    b2 = "Name: %s\nAge: %d" % (n, a)
    r224_pair("pa%d" % i, "r224_plainage", ins2, b2, sch2, e2(n, a), [
        ("lab_plus_child", None, b2 + "\nHer son %s is %d." % (c, k) if pr == "she" else b2 + "\nHis son %s is %d." % (c, k),
         e2(n, a), None),
        ("lab_plus_child_w", None, b2 + "\n%s's son %s is %d." % (first, c, a + 3), e2(n, a), None),
        ("prose_two", None, "%s is %d; %s son %s is %d." % (n, a + 2, "her" if pr == "she" else "his", c, k),
         e2(n, a + 2), None),
        ("prose_two_w", None, "%s, %d, with son %s (%d)." % (n, a + 4, c, k), e2(n, a + 4), e2(n, a)),
        ("lab_bday", None, b2 + "\n%s turns %d tomorrow." % (first, a + 1), e2(n, a), None),
        ("lab_bday_past", None, b2 + "\n%s turned %d yesterday." % (first, a + 1), e2(n, a + 1), None),
        ("ask_child", "Extract the child's name and age as JSON.", b2 + "\nChild: %s, %d" % (c, k), e2(c, k), None),
    ])
    # sender vs asked-about
    g, _ = r224_person()
    while g == n:
        g, _ = r224_person()
    sch3 = S({"name": "string"})
    b3 = "Name: %s" % n
    r224_pair("pn%d" % i, "r224_plainname", "Extract the name as JSON.", b3, sch3, {"name": n}, [
        ("lab_plus_sender", "Extract the sender's name as JSON.", b3 + "\nSent by %s." % g, {"name": g}, None),
        ("prose_about", "Extract the name of the person asked about as JSON.",
         "Hi, this is %s. Is %s's room ready?" % (n, g), {"name": g}, None),
        ("prose_sender", "Extract the sender's name as JSON.", "Hi, this is %s. Is %s's room ready?" % (g, n),
         {"name": g}, None),
        ("lab_from", None, "From: %s\nName: %s" % (g, n), {"name": n}, None),
        ("lab_for", None, b3 + " (asking for %s)" % g, {"name": g}, None),
    ])
    # dates
    m1, m2 = sorted(r224_rng.sample(range(12), 2))
    d1, d2 = r224_rng.randint(1, 28), r224_rng.randint(1, 28)
    iso = lambda m, d: "2025-%02d-%02d" % (m + 1, d)
    sch4 = S({"date": "string"})
    b4 = "Date: %s" % iso(m1, d1)
    r224_pair("pd%d" % i, "r224_plaindate", "Extract the date (YYYY-MM-DD) as JSON.", b4, sch4, {"date": iso(m1, d1)}, [
        ("lab_plus_moved", None, b4 + "\nMoved to %s." % iso(m2, d2), {"date": iso(m2, d2)}, None),
        ("lab_plus_booked", "Extract the arrival date (YYYY-MM-DD) as JSON.",
         "Booked: %s\nArrival: %s" % (iso(m1, d1), iso(m2, d2)), {"date": iso(m2, d2)}, None),
        ("prose_two", None, "Booked on %s, arriving %s." % (iso(m1, d1), iso(m2, d2)), {"date": iso(m2, d2)}, None),
    ])


for r224_i in range(22):
    r224_lab(r224_i)


# ---------------------------------------------------------------- (8) three-member labelled bases, one member moved into prose (patch path)
def r224_tri(i):
    n, pr = r224_person()
    first = n.split()[0]
    Pr = pr.capitalize()
    B, C, D = r224_cities(3)
    ph = "555-%04d" % r224_rng.randint(100, 9999)
    a, k = r224_rng.randint(30, 50), r224_rng.randint(3, 12)
    sch = S({"name": "string", "phone": "string", "city": "string"})
    instr = "Extract the name, phone and city as JSON."
    e = lambda c, nm=n: {"name": nm, "phone": ph, "city": c}
    base = "Name: %s\nPhone: %s\nCity: %s" % (n, ph, C)
    g, _ = r224_person()
    while g == n:
        g, _ = r224_person()
    vs = [
        ("add_moved", None, base + "\n%s moved to %s last month." % (first, D), e(D), None),
        ("add_relocated", None, base + "\nUpdate: %s now lives in %s." % (pr, D), e(D), None),
        ("city_paren_born", None, "Name: %s\nPhone: %s\nCity: %s (born in %s)" % (n, ph, C, D), e(C), None),
        ("city_paren_moved", None, "Name: %s\nPhone: %s\nCity: %s (moving to %s next week)" % (n, ph, C, D), e(C), None),
        ("city_from_to", None, "Name: %s\nPhone: %s\nCity: moved from %s to %s" % (n, ph, C, D), e(D), None),
        ("city_prose", None, "Name: %s\nPhone: %s\n%s was born in %s and lives in %s." % (n, ph, Pr, C, D), e(D), None),
        ("city_prose_safe", None, "Name: %s\nPhone: %s\n%s was born in %s and lives in %s." % (n, ph, Pr, D, C), e(C), None),
        ("ask_born", "Extract the name, phone and birthplace as JSON.", base + "\nBorn in %s." % D, e(D), None),
        ("name_sender", "Extract the name of the person asked about, the phone and city as JSON.",
         "From: %s\nRe: %s\nPhone: %s\nCity: %s" % (g, n, ph, C), e(C), e(C, g)),
        ("name_prose", None, "Hi, this is %s. I'm asking for %s.\nPhone: %s\nCity: %s" % (g, n, ph, C), e(C, g), None),
        ("flies", None, base + "\n%s flies from %s to %s on Friday." % (first, C, D), e(C), None),
        ("flies_home", None, "Name: %s\nPhone: %s\n%s flies home to %s from %s on Friday." % (n, ph, first, D, C),
         e(D), None),
    ]
    r224_pair("tr%d" % i, "r224_tri", instr, base, sch, e(C), vs)
    sch2 = S({"name": "string", "phone": "string", "age": "integer"})
    e2 = lambda ag: {"name": n, "phone": ph, "age": ag}
    b2 = "Name: %s\nPhone: %s\nAge: %d" % (n, ph, a)
    r224_pair("ta%d" % i, "r224_triage", "Extract the name, phone and age as JSON.", b2, sch2, e2(a), [
        ("age_paren_child", None, "Name: %s\nPhone: %s\nAge: %d (son %d)" % (n, ph, a, k), e2(a), None),
        ("age_child_first", None, "Name: %s\nPhone: %s\nAges: son %d, %s %d" % (n, ph, k, first, a + 1), e2(a + 1), e2(a)),
        ("age_prose", None, "Name: %s\nPhone: %s\n%s is %d and %s son is %d." % (n, ph, Pr, a + 2,
                                                                           "her" if pr == "she" else "his", k),
         e2(a + 2), None),
        ("age_prose_child", None, "Name: %s\nPhone: %s\n%s son is %d; %s is %d." % (n, ph, ("Her" if pr == "she" else "His"), a, pr, k + 30),
         e2(k + 30), None),
        ("age_turned", None, b2 + "\n%s turned %d last week." % (Pr, a + 1), e2(a + 1), None),
    ])


for r224_i in range(30):
    r224_tri(r224_i)


# ---------------------------------------------------------------- (9) stored labelled base, a second value of the same kind beside it (note / chat line)
def r224_second(i):
    n, pr = r224_person()
    first = n.split()[0]
    B, C, D = r224_cities(3)
    ph = "555-%04d" % r224_rng.randint(100, 9999)
    sch = S({"name": "string", "phone": "string", "city": "string"})
    e = lambda c, nm=n: {"name": nm, "phone": ph, "city": c}
    instr = "Extract the name, phone and city as JSON."
    base = "Name: %s\nPhone: %s\nCity: %s" % (n, ph, C)
    g, _ = r224_person()
    while g == n:
        g, _ = r224_person()
    r224_pair("sc%d" % i, "r224_second", instr, base, sch, e(C), [
        ("note_now", None, base + "\nNote: lives in %s now." % D, e(D), None),
        ("note_moved", None, base + "\nNote: moved to %s in May." % D, e(D), None),
        ("note_born", None, base + "\nNote: born in %s." % D, e(C), None),
        ("chat_now", None, base + "\n[10:02] %s: I'm in %s these days btw" % (first, D), e(D), None),
        ("prev_line", None, "Name: %s\nPhone: %s\nPrevious city: %s\nCity: %s" % (n, ph, D, C), e(C), None),
        ("new_line", None, base + "\nNew city: %s" % D, e(D), None),
        ("current_line", None, base + "\nCurrent city: %s" % D, e(D), None),
        ("home_work", None, "Name: %s\nPhone: %s\nCity: %s\nWork city: %s" % (n, ph, C, D), e(C), None),
        ("sig", None, base + "\n-- sent from %s by %s" % (D, g), e(C), None),
        ("ask_now", "Extract the name, phone and the city they live in now as JSON.",
         base + "\nShe moved to %s in 2024." % D if pr == "she" else base + "\nHe moved to %s in 2024." % D, e(D), None),
    ])


for r224_i in range(22):
    r224_second(r224_i)

r224_found_alone_list = set()
r224_arguable_list = set()
r224_found_alone |= r224_found_alone_list
r224_arguable |= r224_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,956 generated), each with the base of its pair; then every arguable item left out.
from probe_kit import sample_round as r224_sample_round  # noqa: E402

r224_all = list(P)
r224_sample_round("d224-", set(r224_found_alone), 30, safe_every=10)
r224_keep = {r224_p["id"] for r224_p in P if r224_p["id"].startswith("d224-")}
r224_keep |= {r224_meta[r224_i]["base"] for r224_i in list(r224_keep) if r224_meta.get(r224_i, {}).get("base")}
P[:] = [r224_p for r224_p in r224_all if (not r224_p["id"].startswith("d224-") or r224_p["id"] in r224_keep)
        and r224_p["id"] not in r224_arguable]
