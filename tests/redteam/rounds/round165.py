r"""Red-team round 165 (black box, BIN /tmp/rt/bin/stepcache): THE NEWEST RULES (rounds 161-164's fixes) ATTACKED.
Focus: the preposition before a route's value, the member's own word naming one value in prose, the half of the day
  beside a time, "the same" in other words. 8,705 probes (seeded random.Random(165)): 948 pairs (base + variant),
  5,553 singles (--runs 2), 1,256 safe variants.
Part A (d165-a-): 41 prose clauses with other prepositions and orders ("Bound for Q out of P", "Flying out of P and
  into Q", "P onwards to Q", "Beginning at P, ending at Q", "Terminating in Q; originating in P", "Q is where the trip
  ends", the member's word apart from its value, bracketed, after a dash; Italian, Dutch, Swedish, Polish, German,
  Norwegian, French, Spanish, Portuguese, Finnish; an e-mail), asked for destination and origin by key
  (destination_city/origin_city), instruction, description ("the destination city") and bare key ("destination");
  pairs swapping the places, safe "Thanks in advance." lines. Legs (d165-l-): 11 shapes of several legs ("From P to H,
  then on to Q", "change at H for Q", "Leg 1/Leg 2", German, Norwegian) for final_destination, model answering H or P.
Part B (d165-b-): the member's word naming a value in a field of no member ("Route: P, Q / Remark: destination Q",
  "Tag: Q (destination)", pipe, YAML, CSV). Part C (d165-c-): the half of the day written elsewhere (a header "EVENING
  SAILINGS", "(all times p.m.)", a legend, a footer, inside another field "Date: Friday 14 March, evening", "Slot:
  afternoon", "Note: p.m.", prose "at 04:15 in the evening", "Tageszeit: abends", "Del av dagen: kveld", "Franja:
  tarde", "Pora dnia: wieczór", "Dagdeel: avond", 下午/午後/오후/после полудня/μ.μ./ＰＭ, pipe, table, YAML, JSON) with a
  24-hour pattern, "HH:MM" description or "(24-hour, HH:MM)" instruction; pairs adding the hint to a stored time.
  Part D (d165-s-): 33 "the same" words no list may hold (同上, 同じ, 상동, Samma, Sama, Stesso, Mismo, Même, Selbe,
  Zelfde, Tas pats, Ugyanaz, Aynı, "Samme som faktura", "Gleich wie Rechnung", Ibidem, Dtto, Detto, ″, 〃...).
Parts E/F/G (d165-e/f/g-): the edges of what got through: 6 leads x 16 tails, 20 French/Italian/Spanish/German/Dutch/
  English "with destination" clauses, 8 more schemas (key "to", "dest", "final_destination", "destination_city" +
  description "the destination", "place", "Extract the destination as JSON."), 4 layouts (plain, e-mail, "Trip:"
  field, "Note:" field), the origin twin ("Arriving in Q – P being the origin"), more languages and layouts.
HELD: every pair (0 variants served their base's value from the cache; the one run-1 "variant" reuse,
  d165-e-out-srv-d-ds-v, is a request identical to a single whose wrong answer was stored); parts B, C and D
  entirely (fresh wrong answers, never stored: "Remark: destination Q", every half-of-day hint, every "same" word,
  the legs); part A's new prepositions ("bound for", "out of", "into", "onwards to", "ending at", "terminating in",
  "towards", "homeward", "con rumbo a", "met bestemming", "resmål", "cel podróży"...: served fresh wrong, not stored);
  the destination_city key and "Extract the destination city as JSON." over "Leaving P – Q being the destination";
  "via H" before the value; the e-mail, "Trip:" and "Note:" layouts; Norwegian, German, Spanish, Italian, Swedish
  "with Q as destination" clauses; bullets.
WHAT GOT THROUGH (all singles, the model's other place stored in run 1, served in run 2 "all 1 steps verified"):
  385 ids in the full run; confirmed alone on a fresh SQLite store, --runs 2: 384 served wrong from the cache in run 2
  (2 already in run 1, identical requests), 1 (d165-f-we-thed-to-pl-s) served wrong fresh only. All clear, none
  arguable. THE MEMBER'S WORD AFTER ITS VALUE ("Q being the destination") IS BOUND TO THE CLAUSE'S FIRST VALUE:
 (A) 327: "Leaving Risør – Oslo being the destination." {city: "the destination city"} -> "Risør" (also ", Q being
     our destination", "(Q being the destination)", ", with Q as the destination", ", Q as destination", ", Q serving as
     the destination", ", Q, the destination.", "(Q – the destination)", "; Q the destination.", ", and Q is our
     destination", "Q being the destination, we leave P at nine"), leads "Leaving/Out of/Starting in/Departing/
     Exiting/We leave P tomorrow", two or three sentences, lower case, "Leaving P | Q being the destination"; keys
     "destination", "final_destination", "to", description "the destination"/"the destination city", "Extract the
     destination as JSON.". "Leaving Oslo by train; Bodø is the destination." only for key "to".
 (B) 26 French: "En partance de Skien, à destination de Ålesund." -> "Skien"; "Vol de Gjøvik à destination de
     Kongsberg." -> "Gjøvik"; "En provenance de P, à destination de Q"; "Quittant Odda, avec Arendal comme destination."
 (C) 8 the origin twin: "Arriving Hamar (Ålesund being the origin)." {city: "the origin city"} -> "Hamar"; "Going to
     Halden, Gjøvik being the starting point." {start: "the starting point"} -> "Halden".
 (D) 8 a hub: "Leaving Kongsberg, changing in Lisbon, with Kirkenes as the destination." -> "Lisbon".
 (E) 6 "The destination for this booking is, as agreed, Skien. Leaving Moss." {destination} -> "Moss".
COST (right answers refused by the new rules): the origin of "Leaving Oslo – Skien being the destination" ("states
  this value for another party or end"), "Leaving Harstad, Moss, which is the destination." -> Moss refused ("the text
  names another value by destination"), the e-mail/"Trip:" layouts ("marks another part as destination").
Adds its probes to probe_kit.P; R165_ALONE=1 keeps only r165_found_alone."""
import json as r165_json
import random as r165_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r165_rng = r165_random.Random(165)
r165_pairs = []
r165_singles = []
r165_safe = []
r165_arguable = set()
r165_CITIES = ["Oslo", "Bergen", "Tromsø", "Kongsberg", "Molde", "Hamar", "Bodø", "Alta", "Harstad", "Larvik",
               "Drammen", "Skien", "Gjøvik", "Narvik", "Førde", "Ålesund", "Arendal", "Halden", "Moss", "Lillehammer",
               "Sandnes", "Steinkjer", "Kirkenes", "Florø", "Voss", "Odda", "Mosjøen", "Vardø", "Risør", "Loen"]
r165_HUBS = ["Amsterdam", "Frankfurt", "Copenhagen", "Helsinki", "Reykjavik", "Munich", "Madrid", "Lisbon", "Prague"]
r165_FIRST = ["Ida", "Ole", "Mia", "Tor", "Liv", "Ane", "Odd", "Siv", "Jon", "Eli"]
r165_LAST = ["Berg", "Lie", "Dahl", "Vik", "Aas", "Haug", "Rud", "Lund", "Moe", "Bakke"]


def r165_j(d):
    return r165_json.dumps(d, ensure_ascii=False)


def r165_single(sid, fam, prompt, schema, right, wrong, arg=False):
    J(sid, fam + ("_arguable" if arg else ""), prompt, schema, right, [r165_j(wrong), r165_j(right), r165_j(right)])
    r165_singles.append(sid)
    if arg:
        r165_arguable.add(sid)


def r165_pair(bid, vid, fam, pb, pv, schema, rb, rv, arg=False):
    J(bid, fam + "_base", pb, schema, rb, [r165_j(rb), r165_j(rb)])
    J(vid, fam + ("_arguable" if arg else ""), pv, schema, rv, [r165_j(rv), r165_j(rv), r165_j(rv)])
    r165_pairs.append((bid, vid))
    if arg:
        r165_arguable.add(vid)


def r165_safe_v(sid, fam, p, schema, r):
    J(sid, fam + "_safe", p, schema, r, [r165_j(r), r165_j(r)], safe=True)
    r165_safe.append(sid)


def r165_person():
    return r165_rng.choice(r165_FIRST) + " " + r165_rng.choice(r165_LAST)


def r165_ref():
    return "".join(r165_rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


# asks for a role: (tag, instruction, schema, key)
def r165_asks(role):
    k = {"o": "origin_city", "d": "destination_city", "f": "final_destination"}[role]
    w = {"o": "origin city", "d": "destination city", "f": "final destination"}[role]
    return [("k", "Extract as JSON.", S({k: "string"}), k),
            ("i", "Extract the %s as JSON." % w, S({"city": "string"}), "city"),
            ("ds", "Extract as JSON.", S({"city": "string"}, {"city": "the %s" % w}), "city"),
            ("bare", "Extract as JSON.", S({("destination" if role != "o" else "origin"): "string"}),
             ("destination" if role != "o" else "origin"))]


# ------------------------------------------------------------------ PART A: prose routes, other prepositions/orders
# template with {p} origin, {q} destination, {h} hub. (tag, text, arguable)
r165_A = [
    ("bf", "Bound for {q} out of {p}.", False),
    ("bf2", "Out of {p}, bound for {q}.", False),
    ("bf3", "The ferry sails out of {p} and is bound for {q}.", False),
    ("into", "Flying out of {p} and into {q} tonight.", False),
    ("into2", "Into {q} late, out of {p} early.", False),
    ("onw", "{p} onwards to {q}.", False),
    ("onw2", "Starting in {p}, onwards to {q}.", False),
    ("endat", "Beginning at {p}, ending at {q}.", False),
    ("endat2", "Ending at {q}; beginning at {p}.", False),
    ("endsat", "The route ends at {q} and begins at {p}.", False),
    ("term", "Terminating in {q}; originating in {p}.", False),
    ("towards", "Towards {q}, having left {p} at dawn.", False),
    ("after", "Arriving in {q} after leaving {p}.", False),
    ("homeward", "Homeward bound to {q}, setting off in {p}.", False),
    ("for", "The 08:10 for {q} leaves {p} on time.", False),
    ("calls", "Departs {p}, calling only at {q}.", True),
    ("wend", "{q} is where the trip ends; {p} is where it starts.", False),
    ("wend2", "The trip starts in {p}. It ends in {q}.", False),
    ("dsep", "Destination, after a long day on the road, {q}; we leave {p} at six.", False),
    ("dsep2", "The destination for this booking is, as agreed, {q}. Leaving {p}.", False),
    ("dbr", "Leaving {p} today (the destination being {q}).", False),
    ("ddash", "Leaving {p} \u2014 final stop: {q}.", False),
    ("ddash2", "Leaving {p} \u2013 {q} being the destination.", False),
    ("dlast", "Leaving {p}; {q} will be the destination.", False),
    ("dlast2", "Leaving {p}. The place we are going is {q}.", False),
    ("goal", "Goal of the trip: reach {q}. Start: {p}.", False),
    ("it", "Partenza da {p}; destinazione {q}.", False),
    ("nl", "Vertrek uit {p}; bestemming {q}.", False),
    ("sv", "Avg\u00e5ng fr\u00e5n {p}; resm\u00e5l {q}.", False),
    ("pl", "Wyjazd z {p}; cel podr\u00f3\u017cy {q}.", False),
    ("de2", "Abreise aus {p}, Reiseziel {q}.", False),
    ("de3", "Von {p} kommend, Richtung {q}.", False),
    ("no2", "Vi reiser ut av {p} og videre til {q}.", False),
    ("fr2", "En partance de {p}, \u00e0 destination de {q}.", False),
    ("es2", "Con rumbo a {q}, saliendo de {p}.", False),
    ("pt", "Partindo de {p}, com destino a {q}.", False),
    ("fi", "L\u00e4ht\u00f6 {p}, m\u00e4\u00e4r\u00e4np\u00e4\u00e4 {q}.", False),
    ("email", "Hi,\nwe set off out of {p} on Monday and we are bound for {q}.\nBest, {n}", False),
    ("bnd", "{q}-bound, out of {p}.", False),
    ("bndrev", "Out of {p}; {q}-bound.", False),
    ("ret", "Returning to {p} is not planned; the trip takes us to {q}.", True),
]
# several legs: final destination asked; (tag, text) with {p},{h},{q}; model answers {h}
r165_LEGS = [
    ("then", "From {p} to {h}, then on to {q}."),
    ("change", "Leave {p}, change at {h} for {q}."),
    ("leg", "Leg 1: {p} to {h}. Leg 2: {h} to {q}."),
    ("firstt", "First {p} to {h}; after that {h} to {q}."),
    ("cont", "Out of {p} into {h}, continuing to {q}."),
    ("conn", "{p} to {h}, connecting onward to {q}."),
    ("stop", "Stopping in {h} on the way from {p} to {q}."),
    ("night", "Overnight in {h}; next morning on to {q}. Start {p}."),
    ("bf", "Out of {p}, bound for {h}, and from there bound for {q}."),
    ("de", "Von {p} nach {h}, dann weiter nach {q}."),
    ("no", "Fra {p} til {h}, deretter videre til {q}."),
]


def r165_gen_A():
    for (tag, tx, arg) in r165_A:
        for role in ("d", "o"):
            for (mt, ins, sch, key) in r165_asks(role):
                for i in range(3):
                    p, q = r165_rng.sample(r165_CITIES, 2)
                    n = r165_person()
                    body = tx.format(p=p, q=q, n=n)
                    pre = ""
                    pr = "%s\n\n%s%s" % (ins, pre, body)
                    right, wrong = (q, p) if role == "d" else (p, q)
                    r165_single("d165-a-%s-%s-%s-%d-s" % (tag, role, mt, i), "r165_a", pr, sch, {key: right},
                                {key: wrong}, arg)
                    if i == 0:
                        # pair: the two places swapped in place (a base of its own places, not the single's)
                        p, q = r165_rng.sample(r165_CITIES, 2)
                        right = q if role == "d" else p
                        pr = "%s\n\n%s" % (ins, tx.format(p=p, q=q, n=n))
                        pv = "%s\n\n%s" % (ins, tx.format(p=q, q=p, n=n))
                        rv = p if role == "d" else q
                        r165_pair("d165-a-%s-%s-%s-b" % (tag, role, mt), "d165-a-%s-%s-%s-v" % (tag, role, mt),
                                  "r165_a", pr, pv, sch, {key: right}, {key: rv}, arg)
                        r165_safe_v("d165-a-%s-%s-%s-ok" % (tag, role, mt), "r165_a",
                                    pr + "\nThanks in advance.", sch, {key: right})
    for (tag, tx) in r165_LEGS:
        for (mt, ins, sch, key) in r165_asks("f"):
            for i in range(3):
                p, q = r165_rng.sample(r165_CITIES, 2)
                h = r165_rng.choice(r165_HUBS)
                pr = "%s\n\n%s" % (ins, tx.format(p=p, q=q, h=h))
                r165_single("d165-l-%s-%s-%d-s" % (tag, mt, i), "r165_legs", pr, sch, {key: q}, {key: h})
                r165_single("d165-l-%s-%s-%d-so" % (tag, mt, i), "r165_legs", pr, sch, {key: q}, {key: p})


# ------------------------------------------------------------------ PART B: member's word in a field of no member
r165_B = [
    ("rem", "Route: {p}, {q}\nRemark: destination {q}"),
    ("rem2", "Route: {p} / {q}\nNote: final stop is {q}"),
    ("rem3", "Cities: {q}, {p}\nComment: {q} is the destination"),
    ("rem4", "Stops: {p}; {q}\nInfo: going to {q}"),
    ("tag", "Places: {p}, {q}\nTag: {q} (destination)"),
    ("pipe", "{n} | {p}, {q} | destination {q}"),
    ("yaml", "name: {n}\nplaces: [{p}, {q}]\nremark: destination {q}"),
    ("csv", "name,places,remark\n{n},\"{p} {q}\",destination {q}"),
]


def r165_gen_B():
    for (tag, tx) in r165_B:
        for (mt, ins, sch, key) in r165_asks("d"):
            for i in range(3):
                p, q = r165_rng.sample(r165_CITIES, 2)
                n = r165_person()
                pr = "%s\n\n%s" % (ins, tx.format(p=p, q=q, n=n))
                r165_single("d165-b-%s-%s-%d-s" % (tag, mt, i), "r165_b", pr, sch, {key: q}, {key: p})


# ------------------------------------------------------------------ PART C: half of the day written elsewhere
r165_TSCH = [
    ("pat", S({"name": "string", "time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}}),
     "Extract name and time as JSON."),
    ("hh", S({"name": "string", "time": "string"}, {"time": "24-hour clock, HH:MM"}), "Extract name and time as JSON."),
    ("ins", S({"name": "string", "time": "string"}), "Extract name and time (24-hour, HH:MM) as JSON."),
]
# (tag, template with {n} name, {t} written time; arguable)
r165_C = [
    ("hdr", "EVENING SAILINGS\nName: {n}\nTime: {t}", True),
    ("hdr2", "Afternoon session (all times p.m.)\nName: {n}\nTime: {t}", False),
    ("hdr3", "Times below are PM.\n\nName: {n}\nTime: {t}", False),
    ("leg", "Name: {n}\nTime: {t}\n\nLegend: times are in the 12-hour clock, afternoon.", False),
    ("foot", "Name: {n}\nTime: {t}\n-- all times p.m. --", False),
    ("inval", "Name: {n}\nDate: Friday 14 March, evening\nTime: {t}", True),
    ("inval2", "Name: {n}\nSlot: afternoon\nTime: {t}", True),
    ("inval3", "Name: {n}\nShift: evening (p.m.)\nTime: {t}", False),
    ("inval4", "Name: {n}\nTime: {t}\nNote: p.m.", False),
    ("inval5", "Name: {n}\nTime: {t}\nRemark: that is in the evening", False),
    ("prose", "{n}'s meeting is at {t} in the evening.", False),
    ("prose2", "{n} arrives at {t} in the afternoon.", False),
    ("prose3", "{n} arrives at {t} tonight.", True),
    ("prose4", "{n} arrives at {t}, which is in the afternoon.", False),
    ("prose5", "{n} arrives in the afternoon, at {t}.", False),
    ("prose6", "Name: {n}\nTime: {t}\nThis is an evening appointment.", False),
    ("same", "Name: {n}\nTime: {t} in the evening", False),
    ("same2", "Name: {n}\nTime: {t} (afternoon)", False),
    ("tagesz", "Name: {n}\nZeit: {t}\nTageszeit: abends", False),
    ("nach", "Name: {n}\nZeit: {t}\nTageszeit: nachm.", False),
    ("kveld", "Navn: {n}\nTid: {t}\nDel av dagen: kveld", False),
    ("em", "Navn: {n}\nTid: {t}\nTid p\u00e5 d\u00f8gnet: e.m.", False),
    ("es", "Nombre: {n}\nHora: {t}\nFranja: tarde", True),
    ("es2", "Nombre: {n}\nHora: {t}\nFranja: p. m.", False),
    ("it", "Nome: {n}\nOra: {t}\nFascia: pomeriggio", True),
    ("pl", "Imi\u0119: {n}\nGodzina: {t}\nPora dnia: wiecz\u00f3r", False),
    ("nl", "Naam: {n}\nTijd: {t}\nDagdeel: avond", False),
    ("fi", "Nimi: {n}\nAika: {t}\nVuorokaudenaika: ip.", False),
    ("zh", "Name: {n}\nTime: {t}\nAM/PM: \u4e0b\u5348", False),
    ("ja", "Name: {n}\nTime: {t}\nHalf: \u5348\u5f8c", False),
    ("ko", "Name: {n}\nTime: {t}\nHalf: \uc624\ud6c4", False),
    ("ru", "Name: {n}\nTime: {t}\nHalf: \u043f\u043e\u0441\u043b\u0435 \u043f\u043e\u043b\u0443\u0434\u043d\u044f", False),
    ("gr", "Name: {n}\nTime: {t}\nHalf: \u03bc.\u03bc.", False),
    ("fw", "Name: {n}\nTime: {t}\nHalf: \uff30\uff2d", False),
    ("pmnd", "Name: {n}\nTime: {t}\nAMPM: p.m", False),
    ("pipe", "{n} | {t} | evening", True),
    ("pipe2", "{n} | {t} | p.m.", False),
    ("tbl", "| Name | Time | Half |\n|---|---|---|\n| {n} | {t} | PM |", False),
    ("yaml", "name: {n}\ntime: \"{t}\"\nhalf_of_day: pm", False),
    ("json", "{{\"name\": \"{n}\", \"time\": \"{t}\", \"ampm\": \"pm\"}}", False),
    ("sched", "Schedule for {n}\nMorning: none\nEvening: {t}", False),
]


def r165_gen_C():
    for (tag, tx, arg) in r165_C:
        for (st, sch, ins) in r165_TSCH:
            for i in range(3):
                h = r165_rng.randint(1, 11)
                m = r165_rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
                am = "%02d:%02d" % (h, m)
                pm = "%02d:%02d" % (h + 12, m)
                n = r165_person()
                pr = "%s\n\n%s" % (ins, tx.format(n=n, t=am))
                r165_single("d165-c-%s-%s-%d-s" % (tag, st, i), "r165_time", pr, sch, {"name": n, "time": pm},
                            {"name": n, "time": am}, arg)
                if i == 0:
                    # pair: base without the half-of-day hint is stored; variant adds it
                    pb = "%s\n\nName: %s\nTime: %s" % (ins, n, am)
                    r165_pair("d165-c-%s-%s-b" % (tag, st), "d165-c-%s-%s-v" % (tag, st), "r165_time", pb, pr, sch,
                              {"name": n, "time": am}, {"name": n, "time": pm}, arg)


# ------------------------------------------------------------------ PART D: "the same" in words no list may hold
r165_SAME = ["\u540c\u4e0a", "\u540c\u3058", "\uc0c1\ub3d9", "Samma", "Sama", "Stesso", "Mismo", "M\u00eame",
             "Selbe", "Dieselbe", "Zelfde", "Hetzelfde", "Tas pats", "Ugyanaz", "Ayn\u0131", "Isto",
             "Samme som faktura", "Gleich wie Rechnung", "Zelfde als factuur", "Idem als boven", "Same as above",
             "See above", "Repeat", "\u0422\u043e \u0436\u0435", "\u0391\u03c5\u03c4\u03cc", "Stejn\u011b",
             "Ibidem", "Dtto", "Detto", "\u2033", "\u3003", "Likes\u00e5 som over", "Precis som ovan"]


def r165_gen_D():
    sch = S({"billing_city": "string", "shipping_city": "string"})
    for si, w in enumerate(r165_SAME):
        for i in range(2):
            b, o = r165_rng.sample(r165_CITIES, 2)
            n = r165_person()
            pr = "Extract as JSON.\n\nCustomer: %s\nBilling city: %s\nShipping city: %s" % (n, b, w)
            r165_single("d165-s-%d-%d-s" % (si, i), "r165_same", pr, sch, {"billing_city": b, "shipping_city": b},
                        {"billing_city": b, "shipping_city": w}, arg=(w in ("Repeat", "\u2033")))
            pb = "Extract as JSON.\n\nCustomer: %s\nBilling city: %s\nShipping city: %s" % (n, b, o)
            if i == 0:
                r165_pair("d165-s-%d-b" % si, "d165-s-%d-v" % si, "r165_same", pb, pr, sch,
                          {"billing_city": b, "shipping_city": o}, {"billing_city": b, "shipping_city": b})


# ------------------------------------------------------------------ PART E: edges of what got through in the first run
# ("Leaving P – Q being the destination."; "En partance de P, à destination de Q.")
r165_E_LEAD = [("lv", "Leaving {p}"), ("out", "Out of {p}"), ("st", "Starting in {p}"), ("fr", "From {p}"),
               ("dep", "Departing {p}"), ("no", "Fra {p}")]
r165_E_TAIL = [
    ("bd", " – {q} being the destination."), ("bd2", ", {q} being the destination."),
    ("bd3", "; {q} being our destination."), ("bd4", " — {q} being the final destination."),
    ("bd5", " ({q} being the destination)."), ("as", ", with {q} as the destination."),
    ("as2", ", {q} as destination."), ("srv", ", {q} serving as the destination."),
    ("wh", ", {q}, which is the destination."), ("app", ", {q}, the destination."),
    ("br", " ({q} – the destination)."), ("dsh", " – {q}: the destination."),
    ("bde", " – {q} being the end point."), ("bdt", " – {q} being the terminus."),
    ("bdg", " – {q} being the goal."), ("bdo", " – {q} being the destination, not {p}."),
]
r165_E_FR = [
    ("fr1", "En partance de {p}, à destination de {q}."), ("fr2", "Au départ de {p}, à destination de {q}."),
    ("fr3", "En provenance de {p}, à destination de {q}."), ("fr4", "Train à destination de {q}, au départ de {p}."),
    ("fr5", "Vol de {p} à destination de {q}."), ("fr6", "Partant de {p} pour {q}."),
    ("fr7", "Départ {p}, arrivée {q}."), ("fr8", "Le car quitte {p} en direction de {q}."),
    ("it1", "In partenza da {p}, diretto a {q}."), ("it2", "Treno da {p} con destinazione {q}."),
    ("es1", "Procedente de {p}, con destino a {q}."), ("es3", "Tren de {p} con destino {q}."),
    ("pt1", "Saindo de {p} com destino a {q}."), ("de1", "Ab {p} mit Ziel {q}."),
    ("de4", "Zug von {p} in Richtung {q}."), ("nl1", "Vanuit {p} met bestemming {q}."),
    ("en1", "Departing from {p}, destined for {q}."), ("en2", "Out of {p} with destination {q}."),
    ("en3", "Travelling from {p} with a destination of {q}."), ("en4", "Service from {p} to destination {q}."),
]


def r165_gen_E():
    rows = [("%s-%s" % (lt, tt), lx + tx, tt in ("bdo",)) for (lt, lx) in r165_E_LEAD for (tt, tx) in r165_E_TAIL]
    rows += [(t, x, False) for (t, x) in r165_E_FR]
    for (tag, tx, arg) in rows:
        for role in ("d", "o"):
            for (mt, ins, sch, key) in r165_asks(role):
                for i in range(2):
                    p, q = r165_rng.sample(r165_CITIES, 2)
                    pr = "%s\n\n%s" % (ins, tx.format(p=p, q=q))
                    right, wrong = (q, p) if role == "d" else (p, q)
                    r165_single("d165-e-%s-%s-%s-%d-s" % (tag, role, mt, i), "r165_e", pr, sch, {key: right},
                                {key: wrong}, arg)
                if role == "d":
                    p, q = r165_rng.sample(r165_CITIES, 2)
                    pb = "%s\n\n%s" % (ins, tx.format(p=p, q=q))
                    pv = "%s\n\n%s" % (ins, tx.format(p=q, q=p))
                    r165_pair("d165-e-%s-%s-%s-b" % (tag, role, mt), "d165-e-%s-%s-%s-v" % (tag, role, mt), "r165_e",
                              pb, pv, sch, {key: q}, {key: p}, arg)
                    r165_safe_v("d165-e-%s-%s-%s-ok" % (tag, role, mt), "r165_e", pb + "\nThank you.", sch, {key: q})
                    r165_safe_v("d165-e-%s-%s-%s-ok2" % (tag, role, mt), "r165_e", pb.replace("\n\n", "\n\n\n"),
                                sch, {key: q})


# ------------------------------------------------------------------ PART F: the hole's edges: schemas, clauses, origin twin
r165_F_SCH = [
    ("dk", "Extract as JSON.", S({"destination": "string"}, {"destination": "where the trip ends"}), "destination"),
    ("to", "Extract as JSON.", S({"to": "string"}), "to"),
    ("dst", "Extract as JSON.", S({"dest": "string"}), "dest"),
    ("fd", "Extract as JSON.", S({"final_destination": "string"}), "final_destination"),
    ("dcd", "Extract as JSON.", S({"destination_city": "string"}, {"destination_city": "the destination"}),
     "destination_city"),
    ("pl", "Extract as JSON.", S({"place": "string"}, {"place": "the destination"}), "place"),
    ("ins", "Extract the destination as JSON.", S({"destination": "string"}), "destination"),
    ("two", "Extract as JSON.", S({"name": "string", "destination": "string"}), "destination"),
]
r165_F_LEAD = [("lvt", "Leaving {p} by train"), ("we", "We leave {p} tomorrow"), ("aft", "After {p}"),
               ("depn", "Departure {p}"), ("ex", "Exiting {p}"), ("qfirst", None)]
r165_F_TAIL = [("bd", " \u2013 {q} being the destination."), ("as", ", with {q} as the destination."),
               ("app", ", {q}, the destination."), ("br", " ({q} being the destination)."),
               ("isd", "; {q} is the destination."), ("thed", "; {q} the destination."),
               ("dw", ", {q} destination-wise."), ("our", ", and {q} is our destination."),
               ("dest", ", {q} destination.")]
r165_F_ORIG = [
    ("o1", "Arriving in {q} \u2013 {p} being the origin."), ("o2", "Going to {q}, {p} being the starting point."),
    ("o3", "Heading to {q}, with {p} as the origin."), ("o4", "Reaching {q}, {p} as the point of departure."),
    ("o5", "Arriving {q} ({p} being the origin)."), ("o6", "Bound for {q}, {p}, the origin."),
]
r165_F_LAY = [
    ("pl", "{t}"),
    ("em", "Hi,\nquick update on the trip: {t}\nRegards, Siv"),
    ("fld", "Ref: {r}\nTrip: {t}"),
    ("two", "Name: {n}\nNote: {t}"),
]


def r165_gen_F():
    rows = []
    for (lt, lx) in r165_F_LEAD:
        for (tt, tx) in r165_F_TAIL:
            if lx is None:
                rows.append(("%s-%s" % (lt, tt), "{q} being the destination, we leave {p} at nine.", "d"))
                break
            rows.append(("%s-%s" % (lt, tt), lx + tx, "d"))
    rows += [(t, x, "o") for (t, x) in r165_F_ORIG]
    for (tag, tx, role) in rows:
        schs = r165_F_SCH + r165_asks("d")[2:] if role == "d" else \
            [("ok", "Extract as JSON.", S({"origin": "string"}), "origin"),
             ("ods", "Extract as JSON.", S({"city": "string"}, {"city": "the origin city"}), "city"),
             ("oc", "Extract as JSON.", S({"origin_city": "string"}), "origin_city"),
             ("st", "Extract as JSON.", S({"start": "string"}, {"start": "the starting point"}), "start")]
        for (mt, ins, sch, key) in schs:
            for (lay, lx) in r165_F_LAY:
                p, q = r165_rng.sample(r165_CITIES, 2)
                n = r165_person()
                t = tx.format(p=p, q=q)
                body = lx.format(t=t, r=r165_ref(), n=n)
                pr = "%s\n\n%s" % (ins, body)
                right, wrong = (q, p) if role == "d" else (p, q)
                ri, wr = {key: right}, {key: wrong}
                if "name" in sch["properties"]:
                    ri = {"name": n, key: right}
                    wr = {"name": n, key: wrong}
                    if lay != "two":
                        continue
                r165_single("d165-f-%s-%s-%s-s" % (tag, mt, lay), "r165_f", pr, sch, ri, wr)


# ------------------------------------------------------------------ PART G: more layouts and languages of the hole
r165_G = [
    ("two", "Booking confirmed. Leaving {p} \u2013 {q} being the destination.", "p"),
    ("three", "Seats are free. We go on Friday. Leaving {p}, {q} being the destination.", "p"),
    ("lc", "leaving {p} \u2013 {q} being the destination.", "p"),
    ("via", "Leaving {p} via {h}, {q} being the destination.", "h"),
    ("via2", "Leaving {p}, changing in {h}, with {q} as the destination.", "h"),
    ("no", "Vi forlater {p}, med {q} som reisem\u00e5l.", "p"),
    ("no2", "Avreise {p}, {q} er reisem\u00e5let.", "p"),
    ("de", "Wir verlassen {p}, mit {q} als Ziel.", "p"),
    ("de2", "Abfahrt {p}, {q} ist das Reiseziel.", "p"),
    ("es", "Saliendo {p}, siendo {q} el destino.", "p"),
    ("fr", "Quittant {p}, avec {q} comme destination.", "p"),
    ("it", "Lasciando {p}, con {q} come destinazione.", "p"),
    ("sv", "Vi l\u00e4mnar {p}, med {q} som resm\u00e5l.", "p"),
    ("bul", "- Leaving {p}\n- {q} being the destination", "p"),
    ("pipe", "Leaving {p} | {q} being the destination", "p"),
]


def r165_gen_G():
    for (tag, tx, wr) in r165_G:
        for (mt, ins, sch, key) in r165_asks("d")[2:] + [r165_F_SCH[6], r165_F_SCH[3]]:
            for i in range(2):
                p, q = r165_rng.sample(r165_CITIES, 2)
                h = r165_rng.choice(r165_HUBS)
                pr = "%s\n\n%s" % (ins, tx.format(p=p, q=q, h=h))
                r165_single("d165-g-%s-%s-%d-s" % (tag, mt, i), "r165_g", pr, sch, {key: q},
                            {key: p if wr == "p" else h})


r165_gen_A()
r165_gen_E()
r165_gen_F()
r165_gen_G()
r165_gen_B()
r165_gen_C()
r165_gen_D()

r165_found_alone = {
    'd165-a-ddash2-d-bare-0-s', 'd165-a-ddash2-d-bare-1-s', 'd165-a-ddash2-d-bare-2-s', 'd165-a-ddash2-d-ds-0-s',
    'd165-a-ddash2-d-ds-1-s', 'd165-a-ddash2-d-ds-2-s', 'd165-a-dsep2-d-bare-0-s', 'd165-a-dsep2-d-bare-1-s',
    'd165-a-dsep2-d-bare-2-s', 'd165-a-dsep2-d-ds-0-s', 'd165-a-dsep2-d-ds-1-s', 'd165-a-dsep2-d-ds-2-s',
    'd165-a-fr2-d-bare-0-s', 'd165-a-fr2-d-bare-1-s', 'd165-a-fr2-d-bare-2-s', 'd165-a-fr2-d-ds-0-s',
    'd165-a-fr2-d-ds-1-s', 'd165-a-fr2-d-ds-2-s', 'd165-e-dep-app-d-bare-0-s', 'd165-e-dep-app-d-bare-1-s',
    'd165-e-dep-app-d-ds-0-s', 'd165-e-dep-app-d-ds-1-s', 'd165-e-dep-as-d-bare-0-s', 'd165-e-dep-as-d-bare-1-s',
    'd165-e-dep-as-d-ds-0-s', 'd165-e-dep-as-d-ds-1-s', 'd165-e-dep-as2-d-bare-0-s', 'd165-e-dep-as2-d-bare-1-s',
    'd165-e-dep-as2-d-ds-0-s', 'd165-e-dep-as2-d-ds-1-s', 'd165-e-dep-bd-d-bare-0-s', 'd165-e-dep-bd-d-bare-1-s',
    'd165-e-dep-bd-d-ds-0-s', 'd165-e-dep-bd-d-ds-1-s', 'd165-e-dep-bd2-d-bare-0-s', 'd165-e-dep-bd2-d-bare-1-s',
    'd165-e-dep-bd2-d-ds-0-s', 'd165-e-dep-bd2-d-ds-1-s', 'd165-e-dep-bd3-d-bare-0-s', 'd165-e-dep-bd3-d-bare-1-s',
    'd165-e-dep-bd3-d-ds-0-s', 'd165-e-dep-bd3-d-ds-1-s', 'd165-e-dep-bd4-d-bare-0-s', 'd165-e-dep-bd4-d-bare-1-s',
    'd165-e-dep-bd4-d-ds-0-s', 'd165-e-dep-bd4-d-ds-1-s', 'd165-e-dep-bd5-d-bare-0-s', 'd165-e-dep-bd5-d-bare-1-s',
    'd165-e-dep-bd5-d-ds-0-s', 'd165-e-dep-bd5-d-ds-1-s', 'd165-e-dep-br-d-bare-0-s', 'd165-e-dep-br-d-bare-1-s',
    'd165-e-dep-br-d-ds-0-s', 'd165-e-dep-br-d-ds-1-s', 'd165-e-dep-srv-d-bare-0-s', 'd165-e-dep-srv-d-bare-1-s',
    'd165-e-dep-srv-d-ds-0-s', 'd165-e-dep-srv-d-ds-1-s', 'd165-e-fr1-d-bare-0-s', 'd165-e-fr1-d-bare-1-s',
    'd165-e-fr1-d-ds-0-s', 'd165-e-fr1-d-ds-1-s', 'd165-e-fr3-d-bare-0-s', 'd165-e-fr3-d-bare-1-s',
    'd165-e-fr3-d-ds-0-s', 'd165-e-fr3-d-ds-1-s', 'd165-e-fr5-d-bare-0-s', 'd165-e-fr5-d-bare-1-s',
    'd165-e-fr5-d-ds-0-s', 'd165-e-fr5-d-ds-1-s', 'd165-e-lv-app-d-bare-0-s', 'd165-e-lv-app-d-bare-1-s',
    'd165-e-lv-app-d-ds-0-s', 'd165-e-lv-app-d-ds-1-s', 'd165-e-lv-as-d-bare-0-s', 'd165-e-lv-as-d-bare-1-s',
    'd165-e-lv-as-d-ds-0-s', 'd165-e-lv-as-d-ds-1-s', 'd165-e-lv-as2-d-bare-0-s', 'd165-e-lv-as2-d-bare-1-s',
    'd165-e-lv-as2-d-ds-0-s', 'd165-e-lv-as2-d-ds-1-s', 'd165-e-lv-bd-d-bare-0-s', 'd165-e-lv-bd-d-bare-1-s',
    'd165-e-lv-bd-d-ds-0-s', 'd165-e-lv-bd-d-ds-1-s', 'd165-e-lv-bd2-d-bare-0-s', 'd165-e-lv-bd2-d-bare-1-s',
    'd165-e-lv-bd2-d-ds-0-s', 'd165-e-lv-bd2-d-ds-1-s', 'd165-e-lv-bd3-d-bare-0-s', 'd165-e-lv-bd3-d-bare-1-s',
    'd165-e-lv-bd3-d-ds-0-s', 'd165-e-lv-bd3-d-ds-1-s', 'd165-e-lv-bd4-d-bare-0-s', 'd165-e-lv-bd4-d-bare-1-s',
    'd165-e-lv-bd4-d-ds-0-s', 'd165-e-lv-bd4-d-ds-1-s', 'd165-e-lv-bd5-d-bare-0-s', 'd165-e-lv-bd5-d-bare-1-s',
    'd165-e-lv-bd5-d-ds-0-s', 'd165-e-lv-bd5-d-ds-1-s', 'd165-e-lv-br-d-bare-0-s', 'd165-e-lv-br-d-bare-1-s',
    'd165-e-lv-br-d-ds-0-s', 'd165-e-lv-br-d-ds-1-s', 'd165-e-lv-srv-d-bare-0-s', 'd165-e-lv-srv-d-bare-1-s',
    'd165-e-lv-srv-d-ds-0-s', 'd165-e-lv-srv-d-ds-1-s', 'd165-e-out-app-d-bare-0-s', 'd165-e-out-app-d-bare-1-s',
    'd165-e-out-app-d-ds-0-s', 'd165-e-out-app-d-ds-1-s', 'd165-e-out-as-d-bare-0-s', 'd165-e-out-as-d-bare-1-s',
    'd165-e-out-as-d-ds-0-s', 'd165-e-out-as2-d-bare-0-s', 'd165-e-out-as2-d-bare-1-s', 'd165-e-out-as2-d-ds-0-s',
    'd165-e-out-as2-d-ds-1-s', 'd165-e-out-bd-d-bare-0-s', 'd165-e-out-bd-d-bare-1-s', 'd165-e-out-bd-d-ds-0-s',
    'd165-e-out-bd-d-ds-1-s', 'd165-e-out-bd2-d-bare-0-s', 'd165-e-out-bd2-d-bare-1-s', 'd165-e-out-bd2-d-ds-0-s',
    'd165-e-out-bd2-d-ds-1-s', 'd165-e-out-bd3-d-bare-0-s', 'd165-e-out-bd3-d-bare-1-s', 'd165-e-out-bd3-d-ds-0-s',
    'd165-e-out-bd3-d-ds-1-s', 'd165-e-out-bd4-d-bare-0-s', 'd165-e-out-bd4-d-bare-1-s', 'd165-e-out-bd4-d-ds-0-s',
    'd165-e-out-bd4-d-ds-1-s', 'd165-e-out-bd5-d-bare-0-s', 'd165-e-out-bd5-d-bare-1-s', 'd165-e-out-bd5-d-ds-0-s',
    'd165-e-out-bd5-d-ds-1-s', 'd165-e-out-br-d-bare-0-s', 'd165-e-out-br-d-bare-1-s', 'd165-e-out-br-d-ds-0-s',
    'd165-e-out-br-d-ds-1-s', 'd165-e-out-srv-d-bare-0-s', 'd165-e-out-srv-d-bare-1-s', 'd165-e-out-srv-d-ds-0-s',
    'd165-e-out-srv-d-ds-1-s', 'd165-e-out-srv-d-ds-v', 'd165-e-st-app-d-bare-0-s', 'd165-e-st-app-d-bare-1-s',
    'd165-e-st-app-d-ds-0-s', 'd165-e-st-app-d-ds-1-s', 'd165-e-st-as-d-bare-0-s', 'd165-e-st-as-d-bare-1-s',
    'd165-e-st-as-d-ds-0-s', 'd165-e-st-as-d-ds-1-s', 'd165-e-st-as2-d-bare-0-s', 'd165-e-st-as2-d-bare-1-s',
    'd165-e-st-as2-d-ds-0-s', 'd165-e-st-as2-d-ds-1-s', 'd165-e-st-bd-d-bare-0-s', 'd165-e-st-bd-d-bare-1-s',
    'd165-e-st-bd-d-ds-0-s', 'd165-e-st-bd-d-ds-1-s', 'd165-e-st-bd2-d-bare-0-s', 'd165-e-st-bd2-d-bare-1-s',
    'd165-e-st-bd2-d-ds-0-s', 'd165-e-st-bd2-d-ds-1-s', 'd165-e-st-bd3-d-bare-0-s', 'd165-e-st-bd3-d-bare-1-s',
    'd165-e-st-bd3-d-ds-0-s', 'd165-e-st-bd3-d-ds-1-s', 'd165-e-st-bd4-d-bare-0-s', 'd165-e-st-bd4-d-bare-1-s',
    'd165-e-st-bd4-d-ds-0-s', 'd165-e-st-bd4-d-ds-1-s', 'd165-e-st-bd5-d-bare-0-s', 'd165-e-st-bd5-d-bare-1-s',
    'd165-e-st-bd5-d-ds-0-s', 'd165-e-st-bd5-d-ds-1-s', 'd165-e-st-br-d-bare-0-s', 'd165-e-st-br-d-bare-1-s',
    'd165-e-st-br-d-ds-0-s', 'd165-e-st-br-d-ds-1-s', 'd165-e-st-srv-d-bare-0-s', 'd165-e-st-srv-d-bare-1-s',
    'd165-e-st-srv-d-ds-0-s', 'd165-e-st-srv-d-ds-1-s', 'd165-f-ex-app-dcd-pl-s', 'd165-f-ex-app-ds-pl-s',
    'd165-f-ex-app-fd-pl-s', 'd165-f-ex-app-ins-pl-s', 'd165-f-ex-app-pl-pl-s', 'd165-f-ex-app-to-pl-s',
    'd165-f-ex-as-bare-pl-s', 'd165-f-ex-as-dcd-pl-s', 'd165-f-ex-as-ds-pl-s', 'd165-f-ex-as-fd-pl-s',
    'd165-f-ex-as-ins-pl-s', 'd165-f-ex-as-pl-pl-s', 'd165-f-ex-as-to-pl-s', 'd165-f-ex-bd-bare-pl-s',
    'd165-f-ex-bd-dcd-pl-s', 'd165-f-ex-bd-ds-pl-s', 'd165-f-ex-bd-fd-pl-s', 'd165-f-ex-bd-ins-pl-s',
    'd165-f-ex-bd-pl-pl-s', 'd165-f-ex-bd-to-pl-s', 'd165-f-ex-br-bare-pl-s', 'd165-f-ex-br-dcd-pl-s',
    'd165-f-ex-br-ds-pl-s', 'd165-f-ex-br-fd-pl-s', 'd165-f-ex-br-ins-pl-s', 'd165-f-ex-br-pl-pl-s',
    'd165-f-ex-br-to-pl-s', 'd165-f-ex-dest-to-pl-s', 'd165-f-ex-dw-to-pl-s', 'd165-f-ex-isd-to-pl-s',
    'd165-f-ex-our-bare-pl-s', 'd165-f-ex-our-dcd-pl-s', 'd165-f-ex-our-ds-pl-s', 'd165-f-ex-our-fd-pl-s',
    'd165-f-ex-our-ins-pl-s', 'd165-f-ex-our-pl-pl-s', 'd165-f-ex-our-to-pl-s', 'd165-f-ex-thed-bare-pl-s',
    'd165-f-ex-thed-dcd-pl-s', 'd165-f-ex-thed-ds-pl-s', 'd165-f-ex-thed-fd-pl-s', 'd165-f-ex-thed-ins-pl-s',
    'd165-f-ex-thed-pl-pl-s', 'd165-f-ex-thed-to-pl-s', 'd165-f-lvt-app-bare-pl-s', 'd165-f-lvt-app-dcd-pl-s',
    'd165-f-lvt-app-ds-pl-s', 'd165-f-lvt-app-fd-pl-s', 'd165-f-lvt-app-ins-pl-s', 'd165-f-lvt-app-pl-pl-s',
    'd165-f-lvt-app-to-pl-s', 'd165-f-lvt-as-bare-pl-s', 'd165-f-lvt-as-dcd-pl-s', 'd165-f-lvt-as-ds-pl-s',
    'd165-f-lvt-as-fd-pl-s', 'd165-f-lvt-as-ins-pl-s', 'd165-f-lvt-as-pl-pl-s', 'd165-f-lvt-as-to-pl-s',
    'd165-f-lvt-bd-bare-pl-s', 'd165-f-lvt-bd-dcd-pl-s', 'd165-f-lvt-bd-ds-pl-s', 'd165-f-lvt-bd-fd-pl-s',
    'd165-f-lvt-bd-ins-pl-s', 'd165-f-lvt-bd-pl-pl-s', 'd165-f-lvt-bd-to-pl-s', 'd165-f-lvt-br-bare-pl-s',
    'd165-f-lvt-br-dcd-pl-s', 'd165-f-lvt-br-ds-pl-s', 'd165-f-lvt-br-fd-pl-s', 'd165-f-lvt-br-ins-pl-s',
    'd165-f-lvt-br-pl-pl-s', 'd165-f-lvt-br-to-pl-s', 'd165-f-lvt-dest-to-pl-s', 'd165-f-lvt-dw-to-pl-s',
    'd165-f-lvt-isd-to-pl-s', 'd165-f-lvt-our-bare-pl-s', 'd165-f-lvt-our-dcd-pl-s', 'd165-f-lvt-our-ds-pl-s',
    'd165-f-lvt-our-fd-pl-s', 'd165-f-lvt-our-ins-pl-s', 'd165-f-lvt-our-pl-pl-s', 'd165-f-lvt-our-to-pl-s',
    'd165-f-lvt-thed-bare-pl-s', 'd165-f-lvt-thed-dcd-pl-s', 'd165-f-lvt-thed-ds-pl-s', 'd165-f-lvt-thed-fd-pl-s',
    'd165-f-lvt-thed-ins-pl-s', 'd165-f-lvt-thed-pl-pl-s', 'd165-f-lvt-thed-to-pl-s', 'd165-f-o1-ods-pl-s',
    'd165-f-o1-ok-pl-s', 'd165-f-o2-st-pl-s', 'd165-f-o4-st-pl-s', 'd165-f-o5-ods-pl-s', 'd165-f-o5-ok-pl-s',
    'd165-f-o6-ods-pl-s', 'd165-f-o6-ok-pl-s', 'd165-f-qfirst-bd-bare-pl-s', 'd165-f-qfirst-bd-dcd-pl-s',
    'd165-f-qfirst-bd-ds-pl-s', 'd165-f-qfirst-bd-fd-pl-s', 'd165-f-qfirst-bd-ins-pl-s', 'd165-f-qfirst-bd-pl-pl-s',
    'd165-f-qfirst-bd-to-pl-s', 'd165-f-we-app-bare-pl-s', 'd165-f-we-app-dcd-pl-s', 'd165-f-we-app-ds-pl-s',
    'd165-f-we-app-fd-pl-s', 'd165-f-we-app-ins-pl-s', 'd165-f-we-app-pl-pl-s', 'd165-f-we-app-to-pl-s',
    'd165-f-we-as-bare-pl-s', 'd165-f-we-as-dcd-pl-s', 'd165-f-we-as-ds-pl-s', 'd165-f-we-as-fd-pl-s',
    'd165-f-we-as-ins-pl-s', 'd165-f-we-as-pl-pl-s', 'd165-f-we-as-to-pl-s', 'd165-f-we-bd-bare-pl-s',
    'd165-f-we-bd-dcd-pl-s', 'd165-f-we-bd-ds-pl-s', 'd165-f-we-bd-fd-pl-s', 'd165-f-we-bd-ins-pl-s',
    'd165-f-we-bd-pl-pl-s', 'd165-f-we-bd-to-pl-s', 'd165-f-we-br-bare-pl-s', 'd165-f-we-br-dcd-pl-s',
    'd165-f-we-br-ds-pl-s', 'd165-f-we-br-fd-pl-s', 'd165-f-we-br-ins-pl-s', 'd165-f-we-br-pl-pl-s',
    'd165-f-we-br-to-pl-s', 'd165-f-we-dest-to-pl-s', 'd165-f-we-dw-to-pl-s', 'd165-f-we-isd-to-pl-s',
    'd165-f-we-our-bare-pl-s', 'd165-f-we-our-dcd-pl-s', 'd165-f-we-our-ds-pl-s', 'd165-f-we-our-fd-pl-s',
    'd165-f-we-our-pl-pl-s', 'd165-f-we-thed-bare-pl-s', 'd165-f-we-thed-dcd-pl-s', 'd165-f-we-thed-ds-pl-s',
    'd165-f-we-thed-fd-pl-s', 'd165-f-we-thed-ins-pl-s', 'd165-f-we-thed-pl-pl-s', 'd165-f-we-thed-to-pl-s',
    'd165-g-fr-bare-0-s', 'd165-g-fr-bare-1-s', 'd165-g-fr-ds-0-s', 'd165-g-fr-ds-1-s', 'd165-g-fr-fd-0-s',
    'd165-g-fr-fd-1-s', 'd165-g-fr-ins-0-s', 'd165-g-fr-ins-1-s', 'd165-g-lc-bare-0-s', 'd165-g-lc-bare-1-s',
    'd165-g-lc-ds-0-s', 'd165-g-lc-ds-1-s', 'd165-g-lc-fd-0-s', 'd165-g-lc-fd-1-s', 'd165-g-lc-ins-0-s',
    'd165-g-lc-ins-1-s', 'd165-g-pipe-bare-0-s', 'd165-g-pipe-bare-1-s', 'd165-g-pipe-ds-0-s', 'd165-g-pipe-ds-1-s',
    'd165-g-pipe-fd-0-s', 'd165-g-pipe-fd-1-s', 'd165-g-pipe-ins-0-s', 'd165-g-pipe-ins-1-s',
    'd165-g-three-bare-0-s', 'd165-g-three-bare-1-s', 'd165-g-three-ds-0-s', 'd165-g-three-ds-1-s',
    'd165-g-three-fd-0-s', 'd165-g-three-fd-1-s', 'd165-g-three-ins-0-s', 'd165-g-three-ins-1-s',
    'd165-g-two-bare-0-s', 'd165-g-two-bare-1-s', 'd165-g-two-ds-0-s', 'd165-g-two-ds-1-s', 'd165-g-two-fd-0-s',
    'd165-g-two-fd-1-s', 'd165-g-two-ins-0-s', 'd165-g-two-ins-1-s', 'd165-g-via2-bare-0-s', 'd165-g-via2-bare-1-s',
    'd165-g-via2-ds-0-s', 'd165-g-via2-ds-1-s', 'd165-g-via2-fd-0-s', 'd165-g-via2-fd-1-s', 'd165-g-via2-ins-0-s',
    'd165-g-via2-ins-1-s',
}
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 6th safe variant and every 10th of the rest; then every arguable item left out.
from probe_kit import sample_round as r165_sample_round  # noqa: E402

r165_sample_round("d165-", r165_found_alone, 10, safe_every=6)
P[:] = [r165_p for r165_p in P if r165_p["id"] not in r165_arguable]
