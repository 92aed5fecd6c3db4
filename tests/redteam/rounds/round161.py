r"""Red-team round 161 (black box, BIN /tmp/rt/bin/stepcache): MOVEMENT, DIRECTION AND ITINERARIES, json_extract.
11,994 probes: 2,879 pairs (base + variant), 5,366 singles (--runs 2), 846 safe variants (24 more bases of safe ones).
Part 1 (d161-a/b/c/cl/d/e/f/g/gp/h/hr/bp/i-): origin/destination/departure/arrival cities, final_destination,
  transfer_airport, current/previous city, departure/arrival time, return_date, pickup/dropoff address, origin/
  destination airport, asked by key (origin_city...), by the instruction ("Extract the destination city as JSON." +
  {city}) and by a description ({city: "the destination city"}); 30 prose clauses neighbouring "Outbound from P;
  destination Q" (other separators, orders, "Inbound", "Ex P, for Q", "Q-bound service out of P", "Origin point P; end
  point Q", Norwegian/German/French/Spanish); 30 label pairs without a role word or abbreviated ("Dep/Arr", "Orig/Dest",
  "Start/End", "Boarding/Alighting", "Fra/Til", "Von/Nach", "Abfahrt/Ankunft", "POL/POD", "Source/Target") as line
  records, one-line "a | b" records, pipe tables, CSV, YAML; routes "A -> H -> F" with 6 separators and 6 labels,
  legs as lines, flight lines, tables and prose; relocations ("Moved from O to N in May", "City: O (moved to N in
  May)", "Was:/Now:"); timetables ("Dep 08:15  Arr 10:40", "STD/STA", "ETD/ETA", "| Stop | Time |"); "Out/Back",
  "Hinflug/Rückflug", "Aller/Retour" dates; "Collect/Deliver", "Henting/Levering" addresses; shipments forwarded,
  redirected, returned to sender; boarding passes ("OSL → BGO", "FROM OSL TO BGO"). Pairs: cities swapped, labels
  swapped with the values left in place, direction words swapped in place ("from X to Y" -> "to X from Y", "X → Y" ->
  "X ← Y", "From:/To:" swapped, "Fra X til Y" -> "Til X fra Y"), a leg added at the end or the front, a route reversed,
  a move added below a stored "City: X" ("Since May: N", "Now: N", "City: C → N", "Forwarding address: N").
Part 2 (d161-p2/fl/o-): 45 clauses x 20 described members ("the destination city", "destination", "the arrival city",
  "where the journey ends", key "place"/"location"/"town"/"stop"/"to"/"from", "reisemål", "Zielort", "the origin
  city"...), with a sentence above or none; flips with the places kept ("Outbound from X; destination Y" -> "Inbound to
  X; origin Y"); the same for moves, transfers, times, dates, addresses.
Part 3 (d161-p3/pr3-): the edges: 28 clauses x 16 keys/descriptions; pairs on the hole's shape (destination changed,
  "(was Q)", a leg added, "not Q but R", reversed).
Part 4 (d161-p4-): the asked role's bare noun before the value in prose for arrival, departure, origin, return,
  times, pickup, drop-off, transfer, residence, previous, final stop.
HELD: every pair (0 wrong from the cache in run 1 or run 2: swaps, label swaps, direction words swapped in place, legs
  added, routes reversed, corrections, moves added); every labelled field without a role word or abbreviated, in every
  layout (1,040 of the model's swapped answers served fresh, none stored); legs, transfers, relocations, timetables,
  return dates, addresses, shipments and boarding passes in every shape of part 1 (fresh wrongs, never stored);
  key-named members (origin_city, destination_city, departure_city, dest_city, trip_destination, destination_town,
  trip_origin) and instruction-named ones over every prose clause; "destination: Q" (a colon), "dest. Q", "ends in
  Q", "terminus Q", "arriving Q", "going to Q", "Ziel/destino/destinasjon Q", "Ex P; destination Q", "Departure P;
  destination Q", "Change in P; final destination Q", a round trip stating both legs; the descriptions "the trip's
  destination", "destination of the trip", "origin of the trip", "the arrival city" over "destination Q";
  times, return dates, drop-off, residence and previous city with their bare noun (part 4).
WHAT GOT THROUGH (all singles: the model's other place stored in run 1, served in run 2 "all 1 steps verified"; 465
  in the full run, 462 of them served wrong from the cache confirmed alone on a fresh SQLite store, --runs 2 (3 more
  served wrong on the patch path alone); all clear, none arguable): THE ASKED ROLE'S NOUN, BARE (no colon), BEFORE
  THE RIGHT VALUE IN PROSE, AND THE OTHER PLACE IN A CLAUSE WITH NO ROLE NOUN, for a member whose key or description
  is that role noun alone ("destination", "the destination", "the destination city", "Destination city", "the city of
  destination", "destination (city)", "final destination", key "destination"/"final_destination"/"origin"/"arrival"/
  "pickup"/"final_stop"):
 (A) the open shape's neighbours: "Outbound from Florø, destination Arendal." {city: "the destination city"} ->
     "Florø"; "Inbound/Homebound/Northbound/Return from P; destination Q", "Leaving/Starting/Departing/Travelling P;
     destination Q", "Outbound from P. Destination Q.", "| destination Q", "– destination Q", "and destination Q",
     "Destination Q; departing Kongsberg" -> "Kongsberg", "Leaving Voss (destination Bodø)." -> "Voss", in an e-mail
     ("we go outbound from Bodø tomorrow; destination Oslo."), "Aller depuis P ; destination Q".
 (B) origin: "Origin Oslo; end Molde." {city: "the origin city"} -> "Molde"; "Origin point Arendal; end point Odda." ->
     "Odda"; "Origin Bergen; terminus Halden." {origin} -> "Halden"; "Origin Bergen; via Copenhagen." -> "Copenhagen".
 (C) stops: "Via Prague; final destination Skien." {final_destination} -> "Prague"; "Destination Oslo, via Lisbon."
     {destination} -> "Lisbon"; "Stopover Madrid; destination Santiago." {city: "the stopover city"} -> "Santiago".
 (D) other roles: "Leaving Halden; arrival Alta." {arrival} -> "Halden"; "Arriving Hamar; departure Risør." {city:
     "Departure city"} -> "Hamar"; "Going to Strandveien 61, Skien; pickup Havnegata 2, Voss." {pickup} -> "Strandveien
     61, Skien"; "Flying on to Osaka; transfer Lisbon." {airport: "Transfer airport"} -> "Osaka"; "Passing Harstad;
     final stop Lillehammer." {final_stop} -> "Harstad".
Adds its probes to probe_kit.P."""
import json as r161_json
import random as r161_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r161_rng = r161_random.Random(161)
r161_pairs = []
r161_singles = []
r161_safe = []
r161_arguable = set()
r161_CITIES = ["Oslo", "Bergen", "Tromsø", "Kongsberg", "Molde", "Hamar", "Bodø", "Alta", "Harstad", "Larvik",
               "Drammen", "Skien", "Gjøvik", "Narvik", "Førde", "Ålesund", "Arendal", "Halden", "Moss", "Lillehammer",
               "Sandnes", "Steinkjer", "Kirkenes", "Florø", "Voss", "Odda", "Brønnøysund", "Mosjøen", "Vardø", "Risør"]
r161_HUBS = ["Amsterdam", "Frankfurt", "Copenhagen", "Helsinki", "Reykjavik", "Istanbul", "Doha", "Dubai", "Zurich",
             "Vienna", "Munich", "Madrid", "Lisbon", "Warsaw", "Prague"]
r161_FAR = ["Lima", "Nairobi", "Bangkok", "Montreal", "Seattle", "Santiago", "Hanoi", "Accra", "Manila", "Denver",
            "Bogota", "Perth", "Osaka", "Chennai", "Havana"]
r161_STREETS = ["Storgata", "Nygata", "Kirkegata", "Strandveien", "Bakkeveien", "Skolegata", "Torggata", "Parkveien",
                "Sjøgata", "Elvegata", "Fjordveien", "Havnegata"]
r161_IATA = ["OSL", "BGO", "TOS", "TRD", "SVG", "BOO", "AES", "KRS", "ALF", "EVE", "HAU", "MOL", "KKN", "LYR"]
r161_FIRST = ["Ida", "Ole", "Mia", "Tor", "Liv", "Per", "Ane", "Odd", "Siv", "Jon"]
r161_LAST = ["Berg", "Lie", "Dahl", "Vik", "Aas", "Haug", "Rud", "Lund", "Moe", "Bakke"]


def r161_two(pool=None):
    a, b = r161_rng.sample(pool or r161_CITIES, 2)
    return a, b


def r161_ref():
    return "".join(r161_rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def r161_person():
    return r161_rng.choice(r161_FIRST) + " " + r161_rng.choice(r161_LAST)


def r161_ctx(kind):
    """Some lines around the record, so a changed word is a small part of the text."""
    ref = r161_ref()
    if kind == "ticket":
        return ("Booking reference: %s\nPassenger: %s\nClass: economy\nSeat: %d%s\n" %
                (ref, r161_person(), r161_rng.randint(3, 40), r161_rng.choice("ACDF")))
    if kind == "ship":
        return "Tracking number: %s%d\nWeight: %.1f kg\nService: standard\n" % (ref, r161_rng.randint(100, 999),
                                                                              r161_rng.uniform(0.5, 9))
    if kind == "person":
        return "Member number: %d\nName: %s\nPhone: 9%d\n" % (r161_rng.randint(10000, 99999), r161_person(),
                                                           r161_rng.randint(1000000, 9999999))
    return "Reference: %s\n" % ref


def r161_j(d):
    return r161_json.dumps(d, ensure_ascii=False)


def r161_single(sid, fam, prompt, schema, right, wrong, arg=False):
    J(sid, fam + ("_arguable" if arg else ""), prompt, schema, right, [r161_j(wrong), r161_j(right), r161_j(right)])
    r161_singles.append(sid)
    if arg:
        r161_arguable.add(sid)


def r161_pair(bid, vid, fam, pb, pv, schema, rb, rv, arg=False):
    J(bid, fam + "_base", pb, schema, rb, [r161_j(rb), r161_j(rb)])
    J(vid, fam + ("_arguable" if arg else ""), pv, schema, rv, [r161_j(rv), r161_j(rv), r161_j(rv)])
    r161_pairs.append((bid, vid))
    if arg:
        r161_arguable.add(vid)


def r161_safe_v(sid, fam, p, schema, r):
    J(sid, fam + "_safe", p, schema, r, [r161_j(r), r161_j(r)], safe=True)
    r161_safe.append(sid)


# asks: (tag, instruction, schema, key) for a role; role in origin/destination/departure/arrival/final
def r161_asks(role):
    k = {"origin": "origin_city", "destination": "destination_city", "departure": "departure_city",
         "arrival": "arrival_city", "final": "final_destination", "current": "current_city",
         "previous": "previous_city"}[role]
    words = {"origin": "origin city", "destination": "destination city", "departure": "departure city",
             "arrival": "arrival city", "final": "final destination", "current": "current city",
             "previous": "previous city"}[role]
    return [("m1", "Extract as JSON.", S({k: "string"}), k),
            ("m2", "Extract the %s as JSON." % words, S({"city": "string"}), "city"),
            ("m3", "Extract as JSON.", S({"city": "string"}, {"city": "the %s" % words}), "city")]


# ---------------------------------------------------------------- A. prose clauses, neighbours of "Outbound from P; destination Q"
r161_A = [
    ("out", "Outbound from {p}; destination {q}."),
    ("outc", "Outbound from {p}, destination {q}."),
    ("outd", "Outbound from {p} \u2014 destination {q}."),
    ("outsl", "Outbound from {p} / destination {q}."),
    ("in", "Inbound from {p}; destination {q}."),
    ("dfirst", "Destination {q}; outbound from {p}."),
    ("lv", "Leaving from {p}; final stop {q}."),
    ("dep", "Departing {p}; terminating at {q}."),
    ("se", "Starts in {p}, ends in {q}."),
    ("ex", "Ex {p}, for {q}."),
    ("outof", "Out of {p}, bound for {q}."),
    ("bnd", "{q}-bound service out of {p}."),
    ("svc", "Service {p} \u2192 {q}."),
    ("oneway", "{p} to {q}, one way."),
    ("head", "Heading to {q} (coming from {p})."),
    ("pt", "Origin point {p}; end point {q}."),
    ("sail", "Sails from {p}, calls at {q}."),
    ("jr", "Journey {p}\u2013{q}."),
    ("goes", "The coach goes {p} to {q}."),
    ("dest2", "Destination {q}, starting from {p}."),
    ("abb", "Dest. {q}; orig. {p}."),
    ("depo", "Departure point {p}; destination {q}."),
    ("cont", "From {p} onwards to {q}."),
    ("no", "Avreise fra {p}; reisem\u00e5l {q}."),
    ("de", "Abfahrt ab {p}; Ziel {q}."),
    ("fr", "D\u00e9part de {p} ; destination {q}."),
    ("es", "Salida desde {p}; destino {q}."),
    ("lv2", "Leaves {p}. Terminates in {q}."),
    ("tkt", "Ticket valid {p} to {q}."),
    ("fly", "Flying out of {p} into {q}."),
]


def r161_gen_A():
    for tag, t in r161_A:
        for role, idx in (("origin", 0), ("destination", 1), ("departure", 0), ("arrival", 1)):
            for mtag, instr, schema, key in r161_asks(role):
                for form in ("plain", "ctx"):
                    base = "d161-a-%s-%s-%s-%s" % (tag, role, mtag, form)
                    p, q = r161_two()
                    pre = r161_ctx("ticket") if form == "ctx" else ""
                    vals = [p, q]
                    txt = "%s\n\n%s%s\n" % (instr, pre, t.format(p=p, q=q))
                    r161_single(base + "-s", "r161_a_other", txt, schema, {key: vals[idx]}, {key: vals[1 - idx]})
                    p, q = r161_two()
                    pre = r161_ctx("ticket") if form == "ctx" else ""
                    pb = "%s\n\n%s%s\n" % (instr, pre, t.format(p=p, q=q))
                    pv = "%s\n\n%s%s\n" % (instr, pre, t.format(p=q, q=p))
                    r161_pair(base + "-b", base + "-v", "r161_a_swap", pb, pv, schema, {key: [p, q][idx]},
                              {key: [q, p][idx]})
                    if mtag == "m1":
                        r161_safe_v(base + "-ok", "r161_a", pb.replace("\n\n", "\n\nPlease note the booking below.\n", 1),
                                    schema, {key: [p, q][idx]})


r161_gen_A()

# ---------------------------------------------------------------- B. field labels without the role word, abbreviations, other languages
r161_B = [
    ("dep", "Dep", "Arr"), ("depd", "Dep.", "Arr."), ("orig", "Orig", "Dest"), ("origd", "Orig.", "Dest."),
    ("se", "Start", "End"), ("lvg", "Leaving", "Going"), ("brd", "Boarding", "Alighting"), ("brda", "Board at", "Alight at"),
    ("outof", "Out of", "Into"), ("ex", "Ex", "For"), ("no", "Fra", "Til"), ("de", "Von", "Nach"), ("fr", "De", "\u00c0"),
    ("es", "Desde", "Hasta"), ("noa", "Avgang", "Ankomst"), ("dea", "Abfahrt", "Ankunft"), ("fra", "D\u00e9part", "Arriv\u00e9e"),
    ("esa", "Salida", "Llegada"), ("pt", "Starting point", "End point"), ("stop", "First stop", "Last stop"),
    ("emb", "Embark", "Disembark"), ("lv", "Leaves", "Arrives"), ("dprt", "Departs", "Arrives at"), ("frm", "Frm", "To"),
    ("lgs", "Leg start", "Leg end"), ("pol", "POL", "POD"), ("src", "Source", "Target"), ("begin", "Begins", "Ends"),
    ("ob", "Outbound", "Inbound"), ("up", "Up", "Down"),
]


def r161_rec(form, la, va, lb, vb, ctx):
    if form == "L":
        return "%s%s: %s\n%s: %s\n" % (ctx, la, va, lb, vb)
    if form == "O":
        return "%s%s: %s | %s: %s\n" % (ctx, la, va, lb, vb)
    if form == "T":
        return "%s| %s | %s |\n|---|---|\n| %s | %s |\n" % (ctx, la, lb, va, vb)
    if form == "C":
        return "%s%s,%s\n%s,%s\n" % (ctx, la, lb, va, vb)
    if form == "Y":
        return "%strip:\n  %s: %s\n  %s: %s\n" % (ctx, la.lower().replace(" ", "_").rstrip("."), va,
                                                   lb.lower().replace(" ", "_").rstrip("."), vb)
    raise ValueError(form)


def r161_gen_B():
    for tag, la, lb in r161_B:
        for role, idx in (("origin", 0), ("destination", 1), ("departure", 0), ("arrival", 1)):
            for mtag, instr, schema, key in r161_asks(role):
                if mtag == "m2":
                    continue
                for form in "LOTCY":
                    base = "d161-b-%s-%s-%s-%s" % (tag, role, mtag, form)
                    p, q = r161_two()
                    ctx = r161_ctx("ticket") if form in "LO" else ""
                    txt = "%s\n\n%s" % (instr, r161_rec(form, la, p, lb, q, ctx))
                    r161_single(base + "-s", "r161_b_other", txt, schema, {key: [p, q][idx]}, {key: [q, p][idx]})
                    if form in "LO":
                        # pair: the labels swapped, the values left in place
                        p, q = r161_two()
                        ctx = r161_ctx("ticket")
                        pb = "%s\n\n%s" % (instr, r161_rec(form, la, p, lb, q, ctx))
                        pv = "%s\n\n%s" % (instr, r161_rec(form, lb, p, la, q, ctx))
                        r161_pair(base + "-b", base + "-v", "r161_b_labswap", pb, pv, schema, {key: [p, q][idx]},
                                  {key: [q, p][idx]})
                        if mtag == "m1":
                            r161_safe_v(base + "-ok", "r161_b", pb + "Have a pleasant journey.\n", schema,
                                        {key: [p, q][idx]})


r161_gen_B()


# ---------------------------------------------------------------- C. routes and legs: final destination, transfer airport
def r161_gen_C():
    arrows = [("ar", " \u2192 "), ("dash", " - "), ("gt", " > "), ("en", " \u2013 "), ("to", " to "), ("sl", " / ")]
    lbls = [("route", "Route: "), ("itin", "Itinerary: "), ("trip", "Trip: "), ("none", ""), ("legs", "Flights: "),
            ("reise", "Reiserute: ")]
    n = 0
    for atag, ar in arrows:
        for ltag, lb in lbls:
            for ask in ("final", "transfer", "dest", "origin"):
                n += 1
                a = r161_rng.choice(r161_CITIES)
                h = r161_rng.choice(r161_HUBS)
                f = r161_rng.choice(r161_FAR)
                if ask == "final":
                    sch, key, instr = S({"final_destination": "string"}), "final_destination", "Extract as JSON."
                elif ask == "transfer":
                    sch, key, instr = S({"transfer_airport": "string"}), "transfer_airport", "Extract as JSON."
                elif ask == "dest":
                    sch, key, instr = S({"destination_city": "string"}), "destination_city", "Extract as JSON."
                else:
                    sch, key, instr = S({"origin_city": "string"}), "origin_city", "Extract as JSON."
                ctx = r161_ctx("ticket")
                base = "d161-c-%s-%s-%s" % (atag, ltag, ask)
                full = "%s\n\n%s%s%s\n" % (instr, ctx, lb, ar.join([a, h, f]))
                right = {"final": f, "transfer": h, "dest": f, "origin": a}[ask]
                wrong = {"final": h, "transfer": a, "dest": h, "origin": h}[ask]
                r161_single(base + "-s", "r161_c_leg", full, sch, {key: right}, {key: wrong})
                # pair: a leg added at the end (final/dest change)
                if ask in ("final", "dest"):
                    pb = "%s\n\n%s%s%s\n" % (instr, ctx, lb, ar.join([a, h]))
                    r161_pair(base + "-b", base + "-v", "r161_c_addleg", pb, full, sch, {key: h}, {key: f})
                    r161_safe_v(base + "-ok", "r161_c", pb.replace(ctx, ctx + "Baggage: 1 x 23 kg\n"), sch, {key: h})
                if ask == "origin":
                    # pair: a leg added at the front
                    pb = "%s\n\n%s%s%s\n" % (instr, ctx, lb, ar.join([h, f]))
                    r161_pair(base + "-b", base + "-v", "r161_c_addleg", pb, full, sch, {key: h}, {key: a})
                if ask == "transfer":
                    # pair: the stopover moved: A > H > F to A > F > H? use another hub inserted first
                    h2 = r161_rng.choice([x for x in r161_HUBS if x != h])
                    pv = "%s\n\n%s%s%s\n" % (instr, ctx, lb, ar.join([a, h, f]).replace(h, h2 + ar.strip(" ") + " " + h, 1) if False else ar.join([a, h2, f]))
                    # value change of the hub: both stated? no -> a plain changed value (control)
                    r161_pair(base + "-b", base + "-v", "r161_c_hubchange", full, pv, sch, {key: h}, {key: h2})
                # reversed route pair
                if ask in ("dest", "origin"):
                    pv = "%s\n\n%s%s%s\n" % (instr, ctx, lb, ar.join([f, h, a]))
                    rr = {"dest": a, "origin": f}[ask]
                    r161_pair(base + "-rb", base + "-rv", "r161_c_reverse", full, pv, sch, {key: right}, {key: rr})
    # legs as lines
    legfmt = [("leg", "Leg 1: {a} \u2192 {h}\nLeg 2: {h} \u2192 {f}\n"),
              ("seg", "Segment 1 {a}-{h}\nSegment 2 {h}-{f}\n"),
              ("fl", "SK1234 {a} 08:10 {h} 10:05\nKL0741 {h} 12:30 {f} 18:45\n"),
              ("tbl", "| Flight | From | To |\n|---|---|---|\n| SK1234 | {a} | {h} |\n| KL0741 | {h} | {f} |\n"),
              ("prose", "First we fly {a} to {h}, then on to {f}.\n"),
              ("prose2", "You fly from {a} and change planes in {h} before landing in {f}.\n"),
              ("stop", "Nonstop is not available: {a} to {f} with a stopover in {h}.\n"),
              ("conn", "Connecting in {h}. Origin {a}. Final stop {f}.\n"),
              ("leg2", "1) {a} \u2013 {h}\n2) {h} \u2013 {f}\n")]
    for tag, t in legfmt:
        for ask, key in (("final", "final_destination"), ("transfer", "transfer_airport"), ("dest", "destination_city"),
                         ("origin", "origin_city"), ("first", "first_stop")):
            for i in range(3):
                a = r161_rng.choice(r161_CITIES)
                h = r161_rng.choice(r161_HUBS)
                f = r161_rng.choice(r161_FAR)
                sch = S({key: "string"})
                instr = "Extract as JSON."
                right = {"final": f, "transfer": h, "dest": f, "origin": a, "first": h}[ask]
                wrong = {"final": h, "transfer": f, "dest": h, "origin": h, "first": f}[ask]
                txt = "%s\n\n%s%s" % (instr, r161_ctx("ticket"), t.format(a=a, h=h, f=f))
                r161_single("d161-cl-%s-%s-%d-s" % (tag, ask, i), "r161_cl_leg", txt, sch, {key: right}, {key: wrong},
                            arg=(ask == "first"))


r161_gen_C()


# ---------------------------------------------------------------- D. relocations: current/previous city
r161_D = [
    ("mv", "Moved from {o} to {n} in May.", False),
    ("mv2", "Moved to {n} from {o} in May.", False),
    ("mv3", "{o} until May, then {n}.", False),
    ("mv4", "Previously {o}, now {n}.", False),
    ("mv5", "Formerly of {o}, now living in {n}.", False),
    ("mv6", "Relocated {o} \u2192 {n} (May 2026).", False),
    ("mv7", "Lives in {n} since May; before that in {o}.", False),
    ("mv8", "Left {o} for {n} in May.", False),
    ("mv9", "City: {o} (moved to {n} in May)", False),
    ("mv10", "City: {n} (moved here from {o} in May)", False),
    ("mv11", "Address change: {o} -> {n}", False),
    ("mv12", "Flyttet fra {o} til {n} i mai.", False),
    ("mv13", "Umzug von {o} nach {n} im Mai.", False),
    ("mv14", "Old city: {o}\nNew city: {n}", False),
    ("mv15", "Was: {o}\nNow: {n}", False),
    ("mv16", "City (until May): {o}\nCity (since May): {n}", False),
    ("mv17", "Home: {o}, {n} from 1 May.", True),
    ("mv18", "She swapped {o} for {n} in May.", False),
    ("mv19", "Transferred from the {o} office to the {n} office in May.", False),
    ("mv20", "Since May: {n}. Before: {o}.", False),
]


def r161_gen_D():
    for tag, t, arg in r161_D:
        for role in ("current", "previous"):
            for mtag, instr, schema, key in r161_asks(role):
                for form in ("plain", "ctx"):
                    base = "d161-d-%s-%s-%s-%s" % (tag, role, mtag, form)
                    o, n = r161_two()
                    pre = r161_ctx("person") if form == "ctx" else ""
                    right = n if role == "current" else o
                    wrong = o if role == "current" else n
                    txt = "%s\n\n%s%s\n" % (instr, pre, t.format(o=o, n=n))
                    r161_single(base + "-s", "r161_d_other", txt, schema, {key: right}, {key: wrong}, arg=arg)
                    o, n = r161_two()
                    pb = "%s\n\n%s%s\n" % (instr, pre, t.format(o=o, n=n))
                    pv = "%s\n\n%s%s\n" % (instr, pre, t.format(o=n, n=o))
                    r161_pair(base + "-b", base + "-v", "r161_d_swap", pb, pv, schema,
                              {key: n if role == "current" else o}, {key: o if role == "current" else n}, arg=arg)
    # pairs: a plain stored city, then a move added
    adds = [("since", "City: {c}\nSince May: {n}\n"), ("moved", "City: {c}\nMoved to {n} in May.\n"),
            ("now", "City: {c}\nNow: {n}\n"), ("upd", "City: {c}\nUpdated: {n}\n"), ("new", "City: {c}\nNew: {n}\n"),
            ("note", "City: {c}\nNote: has since moved to {n}.\n"), ("arrow", "City: {c} \u2192 {n}\n"),
            ("frm", "City: {c}\nFrom May: {n}\n"), ("fwd", "City: {c}\nForwarding address: {n}\n"),
            ("rel", "City: {c}\nRelocating to {n} on 1 May.\n")]
    for tag, t in adds:
        for mtag, instr, schema, key in r161_asks("current"):
            for i in range(2):
                c, n = r161_two()
                ctx = r161_ctx("person")
                pb = "%s\n\n%sCity: %s\n" % (instr, ctx, c)
                pv = "%s\n\n%s%s" % (instr, ctx, t.format(c=c, n=n))
                arg = tag in ("rel", "fwd", "upd", "new")
                r161_pair("d161-da-%s-%s-%d-b" % (tag, mtag, i), "d161-da-%s-%s-%d-v" % (tag, mtag, i), "r161_da_moved",
                          pb, pv, schema, {key: c}, {key: n}, arg=arg)


r161_gen_D()


# ---------------------------------------------------------------- E. times
def r161_tm():
    h1 = r161_rng.randint(5, 14)
    m1 = r161_rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    d = r161_rng.randint(35, 300)
    t1 = h1 * 60 + m1
    t2 = t1 + d
    return "%02d:%02d" % divmod(t1, 60), "%02d:%02d" % divmod(t2, 60)


r161_E = [
    ("arr", "{p} {t1} \u2192 {q} {t2}\n"),
    ("dep", "Dep {t1}  Arr {t2}\n"),
    ("range", "{p}\u2013{q}, {t1}\u2013{t2}\n"),
    ("prose", "Leaves {p} at {t1}, in {q} at {t2}.\n"),
    ("prose2", "The ferry sails at {t1} and docks in {q} at {t2}.\n"),
    ("tbl", "| Stop | Time |\n|---|---|\n| {p} | {t1} |\n| {q} | {t2} |\n"),
    ("tt", "{t1} {p}\n{t2} {q}\n"),
    ("no", "Avg. {t1}  Ank. {t2}\n"),
    ("de", "Ab {t1} \u2013 An {t2}\n"),
    ("lbl", "Off: {t1}\nOn: {t2}\n"),
    ("lbl2", "Wheels up: {t1}\nTouchdown: {t2}\n"),
    ("lbl3", "Boards: {t1}\nLands: {t2}\n"),
    ("lbl4", "Start: {t1}\nEnd: {t2}\n"),
    ("csv", "stop,time\n{p},{t1}\n{q},{t2}\n"),
    ("one", "{p} {t1} | {q} {t2}\n"),
    ("std", "STD {t1} STA {t2}\n"),
    ("etd", "ETD {t1} / ETA {t2}\n"),
    ("gate", "Gate closes {t0}\nDeparture {t1}\n"),
    ("board", "Boarding {t0} | Departure {t1} | Arrival {t2}\n"),
]


def r161_gen_E():
    for tag, t in r161_E:
        for role in ("departure_time", "arrival_time"):
            if tag == "gate" and role == "arrival_time":
                continue
            for mtag in ("m1", "m3"):
                if mtag == "m1":
                    schema, key, instr = S({role: "string"}), role, "Extract as JSON."
                else:
                    schema, key, instr = S({"time": "string"}, {"time": "the %s" % role.replace("_", " ")}), "time", \
                        "Extract as JSON."
                for i in range(3):
                    p, q = r161_two()
                    t1, t2 = r161_tm()
                    h0, m0 = map(int, t1.split(":"))
                    t0 = "%02d:%02d" % divmod(h0 * 60 + m0 - 20, 60)
                    txt = "%s\n\n%s%s" % (instr, r161_ctx("ticket"), t.format(p=p, q=q, t1=t1, t2=t2, t0=t0))
                    right = t1 if role == "departure_time" else t2
                    wrong = (t2 if role == "departure_time" else t1) if tag != "gate" else t0
                    if tag == "board" and role == "departure_time" and i == 2:
                        wrong = t0
                    r161_single("d161-e-%s-%s-%s-%d-s" % (tag, role, mtag, i), "r161_e_time", txt, schema, {key: right},
                                {key: wrong}, arg=(tag in ("lbl4", "range")))
                    if tag in ("dep", "no", "de", "lbl", "lbl2", "lbl3", "std", "etd", "one", "tt") and i == 0:
                        p, q = r161_two()
                        t1, t2 = r161_tm()
                        ctx = r161_ctx("ticket")
                        pb = "%s\n\n%s%s" % (instr, ctx, t.format(p=p, q=q, t1=t1, t2=t2))
                        # variant: the two marks swapped (for tt/one: the stops swapped)
                        if tag in ("tt", "one"):
                            pv = "%s\n\n%s%s" % (instr, ctx, t.format(p=q, q=p, t1=t1, t2=t2))
                            # times now belong to other stops; departure time is still t1 -> skip: not a change
                            continue
                        pv = "%s\n\n%s%s" % (instr, ctx, t.format(p=p, q=q, t1=t2, t2=t1))
                        r161_pair("d161-e-%s-%s-%s-b" % (tag, role, mtag), "d161-e-%s-%s-%s-v" % (tag, role, mtag),
                                  "r161_e_swap", pb, pv, schema, {key: t1 if role == "departure_time" else t2},
                                  {key: t2 if role == "departure_time" else t1})


r161_gen_E()

# ---------------------------------------------------------------- F. return dates
r161_F = [("ob", "Outbound", "Inbound"), ("out", "Out", "Back"), ("go", "Going", "Coming back"), ("hin", "Hinflug", "R\u00fcckflug"),
          ("ut", "Utreise", "Hjemreise"), ("al", "Aller", "Retour"), ("ida", "Ida", "Vuelta"), ("lv", "Leave", "Home"),
          ("fl1", "Flight 1", "Flight 2"), ("d1", "Travel date", "Back on"), ("there", "There", "Back again"),
          ("trip", "Trip starts", "Trip ends")]


def r161_date(rng):
    m = rng.randint(1, 10)
    d = rng.randint(1, 18)
    return "2027-%02d-%02d" % (m, d), "2027-%02d-%02d" % (m, d + rng.randint(3, 10))


def r161_gen_F():
    for tag, la, lb in r161_F:
        for mtag in ("m1", "m3"):
            for form in "LOTY":
                if mtag == "m1":
                    schema, key, instr = S({"return_date": "string"}), "return_date", "Extract as JSON."
                else:
                    schema, key, instr = S({"date": "string"}, {"date": "the date of the return flight"}), "date", \
                        "Extract as JSON."
                d1, d2 = r161_date(r161_rng)
                txt = "%s\n\n%s" % (instr, r161_rec(form, la, d1, lb, d2, r161_ctx("ticket") if form in "LO" else ""))
                r161_single("d161-f-%s-%s-%s-s" % (tag, mtag, form), "r161_f_ret", txt, schema, {key: d2}, {key: d1},
                            arg=(tag in ("fl1", "trip")))
    prose = [("p1", "Flying out {d1}, back home {d2}."), ("p2", "We leave on {d1} and return on {d2}."),
             ("p3", "Away from {d1} to {d2}."), ("p4", "Dates: {d1} \u2013 {d2}"), ("p5", "Utreise {d1}, hjem {d2}."),
             ("p6", "Stay: {d1} to {d2}, flights both ways included.")]
    for tag, t in prose:
        for i in range(4):
            schema, key = S({"return_date": "string"}), "return_date"
            d1, d2 = r161_date(r161_rng)
            txt = "Extract as JSON.\n\n%s%s\n" % (r161_ctx("ticket"), t.format(d1=d1, d2=d2))
            r161_single("d161-fp-%s-%d-s" % (tag, i), "r161_f_ret", txt, schema, {key: d2}, {key: d1},
                        arg=tag in ("p3", "p4", "p6"))


r161_gen_F()

# ---------------------------------------------------------------- G. pickup / dropoff addresses
r161_G = [("col", "Collect", "Deliver"), ("pu", "Pick up", "Drop at"), ("ld", "Load at", "Unload at"),
          ("no", "Henting", "Levering"), ("de", "Abholung", "Zustellung"), ("frm", "From", "To"),
          ("st", "Start", "Stop"), ("a", "A", "B"), ("hm", "Hent", "Lever"), ("fr", "Enl\u00e8vement", "Livraison")]


def r161_addr():
    return "%s %d, %s" % (r161_rng.choice(r161_STREETS), r161_rng.randint(1, 80), r161_rng.choice(r161_CITIES))


def r161_gen_G():
    for tag, la, lb in r161_G:
        for role in ("pickup_address", "dropoff_address"):
            for form in "LOT":
                schema, key = S({role: "string"}), role
                a, b = r161_addr(), r161_addr()
                ctx = r161_ctx("ship") if form != "T" else ""
                txt = "Extract as JSON.\n\n%s" % r161_rec(form, la, a, lb, b, ctx)
                right = a if role == "pickup_address" else b
                wrong = b if role == "pickup_address" else a
                r161_single("d161-g-%s-%s-%s-s" % (tag, role, form), "r161_g_addr", txt, schema, {key: right},
                            {key: wrong}, arg=(tag in ("a", "st")))
                if form in "LO":
                    a, b = r161_addr(), r161_addr()
                    pb = "Extract as JSON.\n\n%s" % r161_rec(form, la, a, lb, b, ctx)
                    pv = "Extract as JSON.\n\n%s" % r161_rec(form, lb, a, la, b, ctx)
                    r161_pair("d161-g-%s-%s-%s-b" % (tag, role, form), "d161-g-%s-%s-%s-v" % (tag, role, form),
                              "r161_g_labswap", pb, pv, schema, {key: a if role == "pickup_address" else b},
                              {key: b if role == "pickup_address" else a}, arg=(tag in ("a", "st")))
    prose = [("p1", "Pick me up at {a} and take me to {b}."), ("p2", "Ride from {a} to {b}."),
             ("p3", "Going to {b}; I'm at {a}."), ("p4", "Taxi {a} \u2192 {b}"),
             ("p5", "Drop-off is {b}, starting at {a}.")]
    for tag, t in prose:
        for role in ("pickup_address", "dropoff_address"):
            for i in range(3):
                schema, key = S({role: "string"}), role
                a, b = r161_addr(), r161_addr()
                txt = "Extract as JSON.\n\nBooking %s\n%s\n" % (r161_ref(), t.format(a=a, b=b))
                right = a if role == "pickup_address" else b
                wrong = b if role == "pickup_address" else a
                r161_single("d161-gp-%s-%s-%d-s" % (tag, role, i), "r161_g_addr", txt, schema, {key: right}, {key: wrong})


r161_gen_G()

# ---------------------------------------------------------------- H. shipments forwarded / returned; boarding passes
r161_H = [
    ("fwd", "Shipped to {a}; forwarded to {b}.", "final", "b", "a", False),
    ("fwd2", "Consignee city {a}. Forwarded on 3 May to {b}.", "final", "b", "a", True),
    ("redir", "Redirected: {a} \u2192 {b}", "final", "b", "a", False),
    ("onw", "Arrives {a} 12 May, onward to {b} 14 May.", "final", "b", "a", False),
    ("fwdd", "Shipped to {a}; forwarded to {b}.", "dest_final", "b", "a", False),
    ("trans", "Transshipment at {a}; delivery {b}.", "final", "b", "a", False),
    ("hub", "Sorted in {a} hub, out for delivery in {b}.", "final", "b", "a", False),
    ("via", "To {b} via {a}.", "final", "b", "a", False),
    ("via2", "Via {a} to {b}.", "final", "b", "a", False),
    ("via3", "Via {a} to {b}.", "transfer", "a", "b", False),
    ("via4", "To {b} via {a}.", "transfer", "a", "b", False),
    ("stopover", "Stopover {a}, final {b}.", "final", "b", "a", False),
    ("chg", "Change trains at {a} for {b}.", "final", "b", "a", False),
    ("chg2", "Change trains at {a} for {b}.", "transfer", "a", "b", False),
]


def r161_gen_H():
    for tag, t, ask, rk, wk, arg in r161_H:
        key = {"final": "final_destination", "dest_final": "destination_city", "transfer": "transfer_airport"}[ask]
        schema = S({key: "string"})
        for i in range(6):
            a, b = r161_two()
            v = {"a": a, "b": b}
            txt = "Extract as JSON.\n\n%s%s\n" % (r161_ctx("ship"), t.format(a=a, b=b))
            r161_single("d161-h-%s-%d-s" % (tag, i), "r161_h_ship", txt, schema, {key: v[rk]}, {key: v[wk]}, arg=arg)
        # pair: base without the second place, variant adds it
        for i in range(3):
            a, b = r161_two()
            ctx = r161_ctx("ship")
            if ask == "transfer":
                continue
            pb = "Extract as JSON.\n\n%sShipped to %s.\n" % (ctx, a)
            pv = "Extract as JSON.\n\n%s%s\n" % (ctx, t.format(a=a, b=b))
            r161_pair("d161-h-%s-%d-b" % (tag, i), "d161-h-%s-%d-v" % (tag, i), "r161_h_addleg", pb, pv, schema,
                      {key: a}, {key: b}, arg=arg)
    # returned to sender: destination stays, current location/final is sender's city (arguable)
    for i in range(6):
        a, b = r161_two()
        schema = S({"final_destination": "string"})
        pb = "Extract as JSON.\n\n%sFrom: %s\nTo: %s\nStatus: in transit\n" % (r161_ctx("ship"), a, b)
        pv = pb.replace("Status: in transit", "Status: refused, returned to sender")
        r161_pair("d161-hr-%d-b" % i, "d161-hr-%d-v" % i, "r161_h_rts", pb, pv, schema, {"final_destination": b},
                  {"final_destination": a}, arg=True)
    # boarding passes with codes
    bp = [("arr", "{a} \u2192 {b}"), ("dash", "{a}-{b}"), ("sp", "{a} {b}"), ("sl", "{a}/{b}"), ("pl", "{a} \u2708 {b}"),
          ("ft", "FROM {a} TO {b}"), ("fr2", "{a} to {b}")]
    for tag, t in bp:
        for role, key in (("o", "origin_airport"), ("d", "destination_airport")):
            for i in range(3):
                a, b = r161_rng.sample(r161_IATA, 2)
                schema = S({key: "string"})
                txt = "Extract as JSON.\n\nBOARDING PASS\n%s\nFlight SK%d\n%s\nGate B%d\n" % (
                    r161_person().upper(), r161_rng.randint(100, 999), t.format(a=a, b=b), r161_rng.randint(1, 20))
                right = a if role == "o" else b
                wrong = b if role == "o" else a
                r161_single("d161-bp-%s-%s-%d-s" % (tag, role, i), "r161_bp", txt, schema, {key: right}, {key: wrong},
                            arg=(tag == "sp"))
                if i == 0 and tag in ("arr", "pl", "dash"):
                    a, b = r161_rng.sample(r161_IATA, 2)
                    pre = "Extract as JSON.\n\nBOARDING PASS\n%s\nFlight SK%d\n" % (r161_person().upper(), r161_rng.randint(100, 999))
                    pb = pre + t.format(a=a, b=b) + "\nGate B7\n"
                    mark = {"arr": ("\u2192", "\u2190"), "pl": ("\u2708", "\u2190"), "dash": ("-", " <- ")}[tag]
                    pv = pre + t.format(a=a, b=b).replace(mark[0], mark[1]) + "\nGate B7\n"
                    r161_pair("d161-bp-%s-%s-b" % (tag, role), "d161-bp-%s-%s-v" % (tag, role), "r161_bp_arrow",
                              pb, pv, schema, {key: a if role == "o" else b}, {key: b if role == "o" else a})


r161_gen_H()

# ---------------------------------------------------------------- I. direction words swapped in place (values stay put)
r161_I = [
    # (tag, base template, variant template): {x} first city, {y} second; base: x origin; variant: y origin
    ("fromto", "The bus runs from {x} to {y}.", "The bus runs to {x} from {y}."),
    ("lvarr", "Leaves {x}, arrives {y}.", "Arrives {x}, leaves {y}."),
    ("depdst", "Departure {x}, destination {y}.", "Destination {x}, departure {y}."),
    ("outin", "Outbound from {x}; destination {y}.", "Inbound to {x}; origin {y}."),
    ("bound", "Bound for {y}, out of {x}.", "Bound for {x}, out of {y}."),
    ("arrow", "{x} \u2192 {y}", "{x} \u2190 {y}"),
    ("arrow2", "{x} -> {y}", "{x} <- {y}"),
    ("ret", "Outward: {x} to {y}.", "Return: {x} to {y}."),
    ("oneway", "One way {x} to {y}.", "One way {x} from {y}."),
    ("lbl", "From: {x}\nTo: {y}", "To: {x}\nFrom: {y}"),
    ("nofra", "Fra {x} til {y}.", "Til {x} fra {y}."),
    ("devon", "Von {x} nach {y}.", "Nach {x} von {y}."),
    ("back", "Going to {y} from {x}.", "Going back to {x} from {y}."),
]


def r161_gen_I():
    for tag, tb, tv in r161_I:
        for role in ("origin", "destination", "departure", "arrival"):
            for mtag, instr, schema, key in r161_asks(role):
                for i in range(2):
                    x, y = r161_two()
                    ctx = r161_ctx("ticket")
                    org = role in ("origin", "departure")
                    if tag == "ret":
                        # Return: x to y is still a trip from x to y; the outward trip would be y -> x: arguable
                        pass
                    pb = "%s\n\n%s%s\n" % (instr, ctx, tb.format(x=x, y=y))
                    pv = "%s\n\n%s%s\n" % (instr, ctx, tv.format(x=x, y=y))
                    rb = x if org else y
                    rv = y if org else x
                    if tag == "ret":
                        rv = rb  # the return trip from x to y: origin still x... not a change; mark safe
                        J("d161-i-%s-%s-%s-%d-b" % (tag, role, mtag, i), "r161_i_base", pb, schema, {key: rb},
                          [r161_j({key: rb}), r161_j({key: rb})])
                        r161_safe_v("d161-i-%s-%s-%s-%d-ok" % (tag, role, mtag, i), "r161_i", pv, schema, {key: rv})
                        continue
                    r161_pair("d161-i-%s-%s-%s-%d-b" % (tag, role, mtag, i), "d161-i-%s-%s-%s-%d-v" % (tag, role, mtag, i),
                              "r161_i_dirswap", pb, pv, schema, {key: rb}, {key: rv})


r161_gen_I()


# ================================================================ PART 2: around the hole (a described member over two places in prose)
# descriptions: (tag, role side 0 = start / 1 = end, key, description)
r161_DESC = [
    ("dc", 1, "city", "the destination city"), ("ac", 1, "city", "the arrival city"), ("dst", 1, "city", "destination"),
    ("end", 1, "city", "where the journey ends"), ("goes", 1, "city", "the city the traveller goes to"),
    ("fin", 1, "city", "the final destination"), ("plc", 1, "place", "the destination"),
    ("town", 1, "town", "the town of arrival"), ("stop", 1, "stop", "the last stop"), ("to", 1, "to", "the destination city"),
    ("loc", 1, "location", "the destination"), ("oc", 0, "city", "the origin city"), ("dpc", 0, "city", "the departure city"),
    ("org", 0, "city", "origin"), ("lvs", 0, "city", "the city the bus leaves from"), ("start", 0, "city", "where the trip starts"),
    ("plo", 0, "place", "the place of departure"), ("frm", 0, "from", "the origin city"), ("dcn", 1, "city", "reisem\u00e5l"),
    ("dcd", 1, "city", "Zielort"),
]
r161_CL = [
    ("out", "Outbound from {p}; destination {q}."), ("in", "Inbound from {p}; destination {q}."),
    ("home", "Homebound from {p}; destination {q}."), ("north", "Northbound from {p}; destination {q}."),
    ("ret", "Return from {p}; destination {q}."), ("outpipe", "Outbound from {p} | destination {q}"),
    ("outnl", "Outbound from {p}.\nDestination {q}."), ("outcol", "Outbound from {p}; destination: {q}."),
    ("outdot", "Outbound from {p}. Destination {q}."), ("outand", "Outbound from {p} and destination {q}."),
    ("outen", "Outbound from {p} \u2013 destination {q}."), ("outto", "Outbound from {p}; going to {q}."),
    ("outfinal", "Outbound from {p}; final destination {q}."), ("outend", "Outbound from {p}; ends in {q}."),
    ("outdst", "Outbound from {p}; dest. {q}."), ("outarr", "Outbound from {p}; arriving {q}."),
    ("outterm", "Outbound from {p}; terminus {q}."), ("lv", "Leaving {p}; destination {q}."),
    ("st", "Starting {p}; destination {q}."), ("dep", "Departing {p}; destination {q}."),
    ("orig", "Origin {p}; end {q}."), ("pt", "Origin point {p}; end point {q}."), ("spt", "Start point {p}; end point {q}."),
    ("src", "Source {p}; target {q}."), ("rev", "{p} outbound, {q} destination."), ("rev2", "Destination {q}; outbound from {p}."),
    ("rev3", "Destination {q}, starting from {p}."), ("rev4", "Destination {q}; departing {p}."),
    ("rev5", "End point {q}; origin point {p}."), ("fromdest", "From {p}; destination {q}."),
    ("fromto", "From {p}; to {q}."), ("bnd", "Bound for {q}; from {p}."), ("exd", "Ex {p}; destination {q}."),
    ("no", "Utg\u00e5ende fra {p}; destinasjon {q}."), ("de", "Hinfahrt ab {p}; Ziel {q}."),
    ("fr", "Aller depuis {p} ; destination {q}."), ("es", "Ida desde {p}; destino {q}."),
    ("lbl", "Outbound: {p}; destination: {q}."), ("lbl2", "Outbound: {p}\nDestination: {q}"),
    ("lbl3", "Origin point: {p}\nEnd point: {q}"), ("lbl4", "Start: {p}\nFinish: {q}"),
    ("one", "Outbound {p} | Destination {q}"), ("leg", "Leg from {p}; destination {q}."),
    ("trav", "Travelling from {p}; destination {q}."), ("way", "On the way from {p}; destination {q}."),
]
r161_PRE = [("plain", ""), ("sent", "Your ticket is confirmed.\n"), ("bus", "Nor-Way coach, seat 12.\n")]


def r161_gen_P2():
    for ctag, t in r161_CL:
        for dtag, side, key, desc in r161_DESC:
            schema = S({key: "string"}, {key: desc})
            for ptag, pre in r161_PRE:
                if ptag != "plain" and dtag not in ("dc", "oc", "end", "start"):
                    continue
                base = "d161-p2-%s-%s-%s" % (ctag, dtag, ptag)
                p, q = r161_two()
                right, wrong = ([p, q][side], [p, q][1 - side])
                txt = "Extract as JSON.\n\n%s%s\n" % (pre, t.format(p=p, q=q))
                r161_single(base + "-s", "r161_p2_other", txt, schema, {key: right}, {key: wrong})
                if ptag == "plain" and dtag in ("dc", "oc", "dst", "org", "end", "start"):
                    p, q = r161_two()
                    pb = "Extract as JSON.\n\n%s\n" % t.format(p=p, q=q)
                    pv = "Extract as JSON.\n\n%s\n" % t.format(p=q, q=p)
                    r161_pair(base + "-b", base + "-v", "r161_p2_swap", pb, pv, schema, {key: [p, q][side]},
                              {key: [q, p][side]})
                    r161_safe_v(base + "-ok", "r161_p2", pb.replace("\n\n", "\n\n\n") + " \n", schema,
                                {key: [p, q][side]})


r161_gen_P2()

# direction words flipped with the places kept where they are (base stored; variant: roles run the other way)
r161_FLIP = [
    ("oi", "Outbound from {x}; destination {y}.", "Inbound to {x}; origin {y}."),
    ("od", "Origin point {x}; end point {y}.", "End point {x}; origin point {y}."),
    ("dd", "Destination {y}; outbound from {x}.", "Origin {y}; outbound to {x}."),
    ("fd", "From {x}; destination {y}.", "To {x}; origin {y}."),
    ("sd", "Start point {x}; end point {y}.", "End point {x}; start point {y}."),
    ("ob", "Outbound from {x}; destination {y}.", "Outbound to {x}; departure {y}."),
    ("rt", "Outbound from {x}; destination {y}.", "Return from {y}; destination {x}."),
]


def r161_gen_flip():
    for tag, tb, tv in r161_FLIP:
        for dtag, side, key, desc in r161_DESC:
            for i in range(2):
                schema = S({key: "string"}, {key: desc})
                x, y = r161_two()
                pb = "Extract as JSON.\n\n%s\n" % tb.format(x=x, y=y)
                pv = "Extract as JSON.\n\n%s\n" % tv.format(x=x, y=y)
                rb = [x, y][side]
                rv = [y, x][side]
                r161_pair("d161-fl-%s-%s-%d-b" % (tag, dtag, i), "d161-fl-%s-%s-%d-v" % (tag, dtag, i), "r161_fl_flip",
                          pb, pv, schema, {key: rb}, {key: rv})


r161_gen_flip()

# the same hole for other members: moves, legs, transfers, times, dates, addresses in prose
r161_OTH = [
    # (tag, template, key, desc, right slot, wrong slot, kind)
    ("mvcur", "Moved from {a} to {b} in May.", "city", "the city she lives in now", "b", "a", "c"),
    ("mvcur2", "Previously {a}; now {b}.", "city", "the current city", "b", "a", "c"),
    ("mvcur3", "Formerly {a}; currently {b}.", "city", "the current city", "b", "a", "c"),
    ("mvprev", "Moved from {a} to {b} in May.", "city", "the previous city", "a", "b", "c"),
    ("mvprev2", "Now in {b}; formerly {a}.", "city", "the city he lived in before", "a", "b", "c"),
    ("mvcur4", "Out of {a} since May; home now {b}.", "city", "the current home city", "b", "a", "c"),
    ("fin", "Via {a}; final destination {b}.", "city", "the final destination", "b", "a", "c"),
    ("fin2", "Outbound from {a}; final stop {b}.", "city", "the final destination", "b", "a", "c"),
    ("tr", "Changing planes in {a}; destination {b}.", "airport", "the transfer airport", "a", "b", "h"),
    ("tr2", "Connecting in {a}; onwards to {b}.", "city", "the transfer city", "a", "b", "h"),
    ("tr3", "Stopover {a}; destination {b}.", "city", "the stopover city", "a", "b", "h"),
    ("fwd", "Shipped to {a}; forwarded to {b}.", "city", "the final delivery city", "b", "a", "c"),
    ("rts", "Sent to {b}; returned to sender in {a}.", "city", "where the parcel is now", "a", "b", "c"),
    ("dt", "Outbound {a}; return {b}.", "time", "the departure time", "a", "b", "t"),
    ("at", "Departs {a}; arrives {b}.", "time", "the arrival time", "b", "a", "t"),
    ("at2", "Outbound at {a}; in at {b}.", "time", "the arrival time", "b", "a", "t"),
    ("rd", "Outbound {a}; back {b}.", "date", "the return date", "b", "a", "d"),
    ("rd2", "Leaving {a}; coming home {b}.", "date", "the return date", "b", "a", "d"),
    ("rd3", "Out on {a}; return on {b}.", "date", "the date of return", "b", "a", "d"),
    ("pu", "Pick-up {a}; drop-off {b}.", "address", "the pickup address", "a", "b", "s"),
    ("pu2", "Collect from {a}; deliver to {b}.", "address", "the pickup address", "a", "b", "s"),
    ("do", "Collect from {a}; deliver to {b}.", "address", "the dropoff address", "b", "a", "s"),
    ("do2", "Starting at {a}; ending at {b}.", "address", "the dropoff address", "b", "a", "s"),
]


def r161_gen_oth():
    for tag, t, key, desc, rs, ws, kind in r161_OTH:
        for mode in ("d", "k"):
            for i in range(5):
                if mode == "d":
                    schema, k = S({key: "string"}, {key: desc}), key
                else:
                    k = desc.replace("the ", "").replace(" ", "_").replace("where_", "").replace("city_she_lives_in_now", "current_city")
                    schema = S({k: "string"})
                if kind == "c":
                    a, b = r161_two()
                elif kind == "h":
                    a, b = r161_rng.choice(r161_HUBS), r161_rng.choice(r161_FAR)
                elif kind == "t":
                    a, b = r161_tm()
                elif kind == "d":
                    a, b = r161_date(r161_rng)
                else:
                    a, b = r161_addr(), r161_addr()
                v = {"a": a, "b": b}
                txt = "Extract as JSON.\n\n%s\n" % t.format(a=a, b=b)
                r161_single("d161-o-%s-%s-%d-s" % (tag, mode, i), "r161_o_other", txt, schema, {k: v[rs]}, {k: v[ws]},
                            arg=(tag in ("rts", "tr2")))


r161_gen_oth()


# ================================================================ PART 3: the edges of the hole
r161_DESC3 = [
    ("tdc", 1, "city", "the trip's destination"), ("dot", 1, "city", "destination of the trip"),
    ("cod", 1, "city", "the city of destination"), ("dpar", 1, "city", "destination (city)"),
    ("dcap", 1, "city", "Destination city"), ("ddest", 1, "destination", None), ("dkey", 1, "dest_city", None),
    ("dkey2", 1, "destination_town", None), ("dkey3", 1, "trip_destination", None), ("fkey", 1, "final_destination", None),
    ("fdesc", 1, "city", "final destination"), ("ocd", 0, "city", "the origin"), ("ocd2", 0, "city", "origin of the trip"),
    ("okey", 0, "origin", None), ("okey2", 0, "origin_city", None), ("okey3", 0, "trip_origin", None),
]
r161_CL3 = [
    ("out", "Outbound from {p}; destination {q}."), ("lv", "Leaving {p}; destination {q}."),
    ("via", "Via {p}; final destination {q}."), ("via2", "Via {p}; destination {q}."),
    ("stp", "Stopover {p}; final destination {q}."), ("stp2", "Stop in {p}; destination {q}."),
    ("chg", "Change in {p}; final destination {q}."), ("ppl", "Passing {p}; destination {q}."),
    ("nl", "Leaving {p}\ndestination {q}"), ("par", "Leaving {p} (destination {q})."),
    ("orig", "Origin {p}; end {q}."), ("orig2", "Origin {p}; terminus {q}."), ("orig3", "Origin {p}; last stop {q}."),
    ("orig4", "Origin {p}; finish {q}."), ("orig5", "Origin {p}; goes on to {q}."), ("orig6", "Origin {p}, end {q}."),
    ("orig7", "End {q}; origin {p}."), ("orig8", "Origin {p} \u2014 end {q}."), ("orig9", "Origin {p}; end station {q}."),
    ("orig10", "Origin {p}; via {q}."), ("orig11", "Origin {p}; stopover in {q}."),
    ("mid", "Destination {q}; stopover {p}."), ("mid2", "Destination {q}, via {p}."),
    ("dd", "Departure {p}; destination {q}."), ("dest3", "Destination {q}; leaving from {p} at 08:15."),
    ("mail", "Hi,\nwe go outbound from {p} tomorrow; destination {q}.\nBest, Ida"),
    ("rt", "Round trip. Outbound from {p}; destination {q}; back the same way."),
    ("two", "Outbound from {p}; destination {q}. Return from {q}; destination {p}."),
]


def r161_gen_P3():
    for ctag, t in r161_CL3:
        for dtag, side, key, desc in r161_DESC3:
            schema = S({key: "string"}, {key: desc} if desc else None)
            if ctag.startswith("orig") and side == 1 and dtag not in ("fkey", "ddest", "tdc"):
                continue
            for i in range(2):
                p, q = r161_two()
                if ctag in ("via", "stp", "chg", "via2", "stp2", "ppl", "mid", "mid2", "orig10", "orig11"):
                    if ctag in ("orig10", "orig11"):
                        q = r161_rng.choice(r161_HUBS)
                    else:
                        p = r161_rng.choice(r161_HUBS)
                right, wrong = [p, q][side], [p, q][1 - side]
                if ctag in ("orig10", "orig11") and side == 1:
                    continue
                arg = ctag in ("two", "rt", "orig5") or (ctag in ("orig10", "orig11"))
                if ctag == "two":
                    arg = True
                txt = "Extract as JSON.\n\n%s\n" % t.format(p=p, q=q)
                r161_single("d161-p3-%s-%s-%d-s" % (ctag, dtag, i), "r161_p3_other", txt, schema, {key: right},
                            {key: wrong}, arg=arg)


r161_gen_P3()

# pairs on the hole's shape: a stored right answer, then the route changed around it
r161_PR3 = [
    # (tag, base, variant, base side 1 value slot, variant value slot)
    ("corr", "Outbound from {p}; destination {q}.", "Outbound from {p}; destination {q}, changed to {r}.", "q", "r"),
    ("corr2", "Outbound from {p}; destination {q}.", "Outbound from {p}; destination {r} (was {q}).", "q", "r"),
    ("leg", "Outbound from {p}; destination {q}.", "Outbound from {p} via {q}; destination {r}.", "q", "r"),
    ("leg2", "Via {p}; final destination {q}.", "Via {p} and {q}; final destination {r}.", "q", "r"),
    ("leg3", "Leaving {p}; destination {q}.", "Leaving {p}; stopover {q}; destination {r}.", "q", "r"),
    ("not", "Outbound from {p}; destination {q}.", "Outbound from {p}; destination not {q} but {r}.", "q", "r"),
    ("rev", "Outbound from {p}; destination {q}.", "Outbound from {q}; destination {p}.", "q", "p"),
    ("mv", "Leaving {p}; destination {q}.", "Leaving {q}; destination {p}.", "q", "p"),
]


def r161_gen_PR3():
    for tag, tb, tv, bs, vs in r161_PR3:
        for dtag, side, key, desc in r161_DESC3 + [("dc", 1, "city", "the destination city"), ("plc", 1, "place", "the destination")]:
            if side != 1:
                continue
            for i in range(2):
                schema = S({key: "string"}, {key: desc} if desc else None)
                p, q = r161_two()
                r = r161_rng.choice([c for c in r161_CITIES if c not in (p, q)])
                v = {"p": p, "q": q, "r": r}
                pb = "Extract as JSON.\n\n%s\n" % tb.format(**v)
                pv = "Extract as JSON.\n\n%s\n" % tv.format(**v)
                r161_pair("d161-pr3-%s-%s-%d-b" % (tag, dtag, i), "d161-pr3-%s-%s-%d-v" % (tag, dtag, i), "r161_pr3",
                          pb, pv, schema, {key: v[bs]}, {key: v[vs]})


r161_gen_PR3()


# ================================================================ PART 4: the bare role noun in prose for other members
r161_P4 = [
    # (tag, template {a} right / {b} other, keys/descs to ask, kind)
    ("arr", "Leaving {b}; arrival {a}.", ["arrival", ("city", "the arrival"), ("city", "Arrival city"), ("city", "arrival (city)")], "c"),
    ("dep", "Arriving {b}; departure {a}.", ["departure", ("city", "the departure"), ("city", "Departure city"), ("city", "departure (city)")], "c"),
    ("org", "Going to {b}; origin {a}.", ["origin", ("city", "the origin"), ("city", "Origin city"), ("city", "origin (city)")], "c"),
    ("ret", "Leaving {b}; return {a}.", ["return", ("date", "the return"), ("date", "Return date"), ("date", "return (date)")], "d"),
    ("arrt", "Doors close {b}; arrival {a}.", ["arrival", ("time", "the arrival"), ("time", "Arrival time"), ("time", "arrival (time)")], "t"),
    ("dept", "Check-in {b}; departure {a}.", ["departure", ("time", "the departure"), ("time", "Departure time"), ("time", "departure (time)")], "t"),
    ("pu", "Going to {b}; pickup {a}.", ["pickup", ("address", "the pickup"), ("address", "Pickup address"), ("address", "pickup (address)")], "s"),
    ("do", "Starting at {b}; drop-off {a}.", ["dropoff", ("address", "the drop-off"), ("address", "Dropoff address"), ("address", "drop-off (address)")], "s"),
    ("tr", "Flying on to {b}; transfer {a}.", ["transfer", ("airport", "the transfer"), ("airport", "Transfer airport"), ("airport", "transfer (airport)")], "h"),
    ("cur", "Moved away from {b}; residence now {a}.", ["residence", ("city", "the residence"), ("city", "Residence city"), ("city", "current residence")], "c"),
    ("prev", "Now in {b}; previous residence {a}.", ["previous", ("city", "the previous residence"), ("city", "Previous city"), ("city", "previous (city)")], "c"),
    ("fin", "Passing {b}; final stop {a}.", ["final_stop", ("city", "the final stop"), ("city", "Final stop"), ("city", "final stop (city)")], "c"),
    ("dst2", "Tickets bought in {b}; destination {a}.", ["destination", ("city", "the destination"), ("city", "Destination city")], "c"),
    ("dst3", "Booked by the office in {b}, destination {a}.", ["destination", ("city", "Destination city")], "c"),
    ("dst4", "Passenger from {b} (home city); destination {a}.", ["destination", ("city", "Destination city")], "c"),
    ("dst5", "Weather in {b}: rain. Destination {a}.", ["destination", ("city", "Destination city")], "c"),
]


def r161_gen_P4():
    for tag, t, asks, kind in r161_P4:
        for ai, ask in enumerate(asks):
            if isinstance(ask, str):
                key, desc = ask, None
            else:
                key, desc = ask
            schema = S({key: "string"}, {key: desc} if desc else None)
            for i in range(3):
                if kind == "c":
                    a, b = r161_two()
                elif kind == "h":
                    a, b = r161_rng.choice(r161_HUBS), r161_rng.choice(r161_FAR)
                elif kind == "t":
                    b, a = r161_tm()
                elif kind == "d":
                    b, a = r161_date(r161_rng)
                else:
                    a, b = r161_addr(), r161_addr()
                txt = "Extract as JSON.\n\n%s\n" % t.format(a=a, b=b)
                r161_single("d161-p4-%s-%d-%d-s" % (tag, ai, i), "r161_p4_other", txt, schema, {key: a}, {key: b},
                            arg=tag in ("dst2", "dst3", "dst4", "dst5"))


r161_gen_P4()


# Reclassified after reading the served answers: these shapes name the asked role plainly; not arguable.
r161_arguable -= {r161_i for r161_i in r161_arguable
                  if r161_i.startswith(("d161-p3-orig5-", "d161-p3-orig10-", "d161-p3-orig11-", "d161-p4-dst"))}
for r161_p in P:
    if r161_p["id"].startswith(("d161-p3-orig5-", "d161-p3-orig10-", "d161-p3-orig11-", "d161-p4-dst")):
        r161_p["family"] = r161_p["family"].replace("_arguable", "")

# Every item served wrong from the cache in the full run (run 2 of --runs 2, fresh SQLite store): all singles.
r161_found_alone = {
    'd161-a-dest2-destination-m3-plain-s', 'd161-a-dfirst-destination-m3-plain-s',
    'd161-a-in-destination-m3-plain-s', 'd161-a-out-destination-m3-plain-s', 'd161-a-outc-destination-m3-plain-s',
    'd161-a-outd-destination-m3-plain-s', 'd161-a-outsl-destination-m3-plain-s', 'd161-a-pt-origin-m3-plain-s',
    'd161-o-fin-d-0-s', 'd161-o-fin-d-1-s', 'd161-o-fin-d-2-s', 'd161-o-fin-d-3-s', 'd161-o-fin-d-4-s',
    'd161-o-fin-k-0-s', 'd161-o-fin-k-1-s', 'd161-o-fin-k-2-s', 'd161-o-fin-k-3-s', 'd161-o-fin-k-4-s',
    'd161-o-tr3-d-0-s', 'd161-o-tr3-d-1-s', 'd161-o-tr3-d-2-s', 'd161-o-tr3-d-3-s', 'd161-o-tr3-d-4-s',
    'd161-p2-dep-dc-bus-s', 'd161-p2-dep-dc-plain-s', 'd161-p2-dep-dc-sent-s', 'd161-p2-dep-dst-plain-s',
    'd161-p2-dep-fin-plain-s', 'd161-p2-dep-loc-plain-s', 'd161-p2-dep-plc-plain-s', 'd161-p2-fr-dc-bus-s',
    'd161-p2-fr-dc-plain-s', 'd161-p2-fr-dc-sent-s', 'd161-p2-fr-dst-plain-s', 'd161-p2-fr-fin-plain-s',
    'd161-p2-fr-loc-plain-s', 'd161-p2-fr-plc-plain-s', 'd161-p2-fromdest-dc-bus-s', 'd161-p2-fromdest-dc-plain-s',
    'd161-p2-fromdest-dc-sent-s', 'd161-p2-fromdest-dst-plain-s', 'd161-p2-fromdest-fin-plain-s',
    'd161-p2-fromdest-loc-plain-s', 'd161-p2-fromdest-plc-plain-s', 'd161-p2-home-dc-bus-s',
    'd161-p2-home-dc-plain-s', 'd161-p2-home-dc-sent-s', 'd161-p2-home-dst-plain-s', 'd161-p2-home-fin-plain-s',
    'd161-p2-home-loc-plain-s', 'd161-p2-home-plc-plain-s', 'd161-p2-in-dc-bus-s', 'd161-p2-in-dc-plain-s',
    'd161-p2-in-dc-sent-s', 'd161-p2-in-dst-plain-s', 'd161-p2-in-fin-plain-s', 'd161-p2-in-loc-plain-s',
    'd161-p2-in-plc-plain-s', 'd161-p2-leg-dc-bus-s', 'd161-p2-leg-dc-plain-s', 'd161-p2-leg-dc-sent-s',
    'd161-p2-leg-dst-plain-s', 'd161-p2-leg-fin-plain-s', 'd161-p2-leg-loc-plain-s', 'd161-p2-leg-plc-plain-s',
    'd161-p2-lv-dc-bus-s', 'd161-p2-lv-dc-plain-s', 'd161-p2-lv-dc-sent-s', 'd161-p2-lv-dst-plain-s',
    'd161-p2-lv-fin-plain-s', 'd161-p2-lv-loc-plain-s', 'd161-p2-lv-plc-plain-s', 'd161-p2-north-dc-bus-s',
    'd161-p2-north-dc-plain-s', 'd161-p2-north-dc-sent-s', 'd161-p2-north-dst-plain-s', 'd161-p2-north-fin-plain-s',
    'd161-p2-north-loc-plain-s', 'd161-p2-north-plc-plain-s', 'd161-p2-orig-oc-bus-s', 'd161-p2-orig-oc-plain-s',
    'd161-p2-orig-oc-sent-s', 'd161-p2-out-dc-bus-s', 'd161-p2-out-dc-plain-s', 'd161-p2-out-dc-sent-s',
    'd161-p2-out-dst-plain-s', 'd161-p2-out-loc-plain-s', 'd161-p2-out-plc-plain-s', 'd161-p2-outand-dc-bus-s',
    'd161-p2-outand-dc-plain-s', 'd161-p2-outand-dc-sent-s', 'd161-p2-outand-dst-plain-s',
    'd161-p2-outand-fin-plain-s', 'd161-p2-outand-loc-plain-s', 'd161-p2-outand-plc-plain-s',
    'd161-p2-outdot-dc-bus-s', 'd161-p2-outdot-dc-plain-s', 'd161-p2-outdot-dc-sent-s', 'd161-p2-outdot-dst-plain-s',
    'd161-p2-outdot-fin-plain-s', 'd161-p2-outdot-loc-plain-s', 'd161-p2-outdot-plc-plain-s',
    'd161-p2-outen-dc-bus-s', 'd161-p2-outen-dc-plain-s', 'd161-p2-outen-dc-sent-s', 'd161-p2-outen-dst-plain-s',
    'd161-p2-outen-fin-plain-s', 'd161-p2-outen-loc-plain-s', 'd161-p2-outen-plc-plain-s',
    'd161-p2-outfinal-dc-bus-s', 'd161-p2-outfinal-dc-plain-s', 'd161-p2-outfinal-dc-sent-s',
    'd161-p2-outfinal-dst-plain-s', 'd161-p2-outfinal-fin-plain-s', 'd161-p2-outfinal-loc-plain-s',
    'd161-p2-outfinal-plc-plain-s', 'd161-p2-outnl-dc-bus-s', 'd161-p2-outnl-dc-plain-s', 'd161-p2-outnl-dc-sent-s',
    'd161-p2-outnl-fin-plain-s', 'd161-p2-outpipe-dc-bus-s', 'd161-p2-outpipe-dc-plain-s',
    'd161-p2-outpipe-dc-sent-s', 'd161-p2-outpipe-dst-plain-s', 'd161-p2-outpipe-fin-plain-s',
    'd161-p2-outpipe-loc-plain-s', 'd161-p2-outpipe-plc-plain-s', 'd161-p2-pt-oc-bus-s', 'd161-p2-pt-oc-plain-s',
    'd161-p2-pt-oc-sent-s', 'd161-p2-pt-org-plain-s', 'd161-p2-ret-dc-bus-s', 'd161-p2-ret-dc-plain-s',
    'd161-p2-ret-dc-sent-s', 'd161-p2-ret-dst-plain-s', 'd161-p2-ret-fin-plain-s', 'd161-p2-ret-loc-plain-s',
    'd161-p2-ret-plc-plain-s', 'd161-p2-rev-dc-bus-s', 'd161-p2-rev-dc-plain-s', 'd161-p2-rev-dc-sent-s',
    'd161-p2-rev-dst-plain-s', 'd161-p2-rev-loc-plain-s', 'd161-p2-rev-plc-plain-s', 'd161-p2-rev2-dc-bus-s',
    'd161-p2-rev2-dc-plain-s', 'd161-p2-rev2-dc-sent-s', 'd161-p2-rev2-dst-plain-s', 'd161-p2-rev2-fin-plain-s',
    'd161-p2-rev2-loc-plain-s', 'd161-p2-rev2-plc-plain-s', 'd161-p2-rev3-dc-bus-s', 'd161-p2-rev3-dc-plain-s',
    'd161-p2-rev3-dc-sent-s', 'd161-p2-rev3-dst-plain-s', 'd161-p2-rev3-fin-plain-s', 'd161-p2-rev3-loc-plain-s',
    'd161-p2-rev3-plc-plain-s', 'd161-p2-rev4-dc-bus-s', 'd161-p2-rev4-dc-plain-s', 'd161-p2-rev4-dc-sent-s',
    'd161-p2-rev4-dst-plain-s', 'd161-p2-rev4-fin-plain-s', 'd161-p2-rev4-loc-plain-s', 'd161-p2-rev4-plc-plain-s',
    'd161-p2-rev5-oc-bus-s', 'd161-p2-rev5-oc-plain-s', 'd161-p2-rev5-oc-sent-s', 'd161-p2-rev5-org-plain-s',
    'd161-p2-st-dc-bus-s', 'd161-p2-st-dc-plain-s', 'd161-p2-st-dc-sent-s', 'd161-p2-st-dst-plain-s',
    'd161-p2-st-fin-plain-s', 'd161-p2-st-loc-plain-s', 'd161-p2-st-plc-plain-s', 'd161-p2-trav-dc-bus-s',
    'd161-p2-trav-dc-plain-s', 'd161-p2-trav-dc-sent-s', 'd161-p2-trav-dst-plain-s', 'd161-p2-trav-fin-plain-s',
    'd161-p2-trav-loc-plain-s', 'd161-p2-trav-plc-plain-s', 'd161-p2-way-dc-bus-s', 'd161-p2-way-dc-plain-s',
    'd161-p2-way-dc-sent-s', 'd161-p2-way-dst-plain-s', 'd161-p2-way-fin-plain-s', 'd161-p2-way-loc-plain-s',
    'd161-p2-way-plc-plain-s', 'd161-p3-dest3-cod-0-s', 'd161-p3-dest3-cod-1-s', 'd161-p3-dest3-dcap-0-s',
    'd161-p3-dest3-dcap-1-s', 'd161-p3-dest3-ddest-0-s', 'd161-p3-dest3-ddest-1-s', 'd161-p3-dest3-dpar-0-s',
    'd161-p3-dest3-dpar-1-s', 'd161-p3-dest3-fdesc-0-s', 'd161-p3-dest3-fdesc-1-s', 'd161-p3-dest3-fkey-0-s',
    'd161-p3-dest3-fkey-1-s', 'd161-p3-lv-cod-0-s', 'd161-p3-lv-cod-1-s', 'd161-p3-lv-dcap-0-s',
    'd161-p3-lv-dcap-1-s', 'd161-p3-lv-ddest-0-s', 'd161-p3-lv-ddest-1-s', 'd161-p3-lv-dpar-0-s',
    'd161-p3-lv-dpar-1-s', 'd161-p3-lv-fdesc-0-s', 'd161-p3-lv-fdesc-1-s', 'd161-p3-lv-fkey-0-s',
    'd161-p3-lv-fkey-1-s', 'd161-p3-mail-cod-0-s', 'd161-p3-mail-cod-1-s', 'd161-p3-mail-dcap-0-s',
    'd161-p3-mail-dcap-1-s', 'd161-p3-mail-ddest-0-s', 'd161-p3-mail-ddest-1-s', 'd161-p3-mail-dpar-0-s',
    'd161-p3-mail-dpar-1-s', 'd161-p3-mail-fdesc-0-s', 'd161-p3-mail-fdesc-1-s', 'd161-p3-mail-fkey-0-s',
    'd161-p3-mail-fkey-1-s', 'd161-p3-mid-cod-0-s', 'd161-p3-mid-cod-1-s', 'd161-p3-mid-dcap-0-s',
    'd161-p3-mid-dcap-1-s', 'd161-p3-mid-ddest-0-s', 'd161-p3-mid-ddest-1-s', 'd161-p3-mid-dpar-1-s',
    'd161-p3-mid-fdesc-0-s', 'd161-p3-mid-fdesc-1-s', 'd161-p3-mid-fkey-0-s', 'd161-p3-mid-fkey-1-s',
    'd161-p3-mid2-cod-0-s', 'd161-p3-mid2-cod-1-s', 'd161-p3-mid2-dcap-0-s', 'd161-p3-mid2-dcap-1-s',
    'd161-p3-mid2-ddest-0-s', 'd161-p3-mid2-ddest-1-s', 'd161-p3-mid2-dpar-0-s', 'd161-p3-mid2-dpar-1-s',
    'd161-p3-mid2-fdesc-0-s', 'd161-p3-mid2-fdesc-1-s', 'd161-p3-mid2-fkey-0-s', 'd161-p3-mid2-fkey-1-s',
    'd161-p3-nl-cod-0-s', 'd161-p3-nl-cod-1-s', 'd161-p3-nl-dcap-0-s', 'd161-p3-nl-dcap-1-s', 'd161-p3-nl-dpar-0-s',
    'd161-p3-nl-dpar-1-s', 'd161-p3-nl-fdesc-0-s', 'd161-p3-nl-fdesc-1-s', 'd161-p3-nl-fkey-0-s',
    'd161-p3-nl-fkey-1-s', 'd161-p3-orig-ocd-0-s', 'd161-p3-orig-ocd-1-s', 'd161-p3-orig-okey-0-s',
    'd161-p3-orig-okey-1-s', 'd161-p3-orig10-ocd-0-s', 'd161-p3-orig10-ocd-1-s', 'd161-p3-orig10-okey-0-s',
    'd161-p3-orig10-okey-1-s', 'd161-p3-orig11-ocd-0-s', 'd161-p3-orig11-ocd-1-s', 'd161-p3-orig11-okey-0-s',
    'd161-p3-orig11-okey-1-s', 'd161-p3-orig2-ocd-0-s', 'd161-p3-orig2-ocd-1-s', 'd161-p3-orig2-okey-0-s',
    'd161-p3-orig2-okey-1-s', 'd161-p3-orig4-ocd-0-s', 'd161-p3-orig4-ocd-1-s', 'd161-p3-orig4-okey-0-s',
    'd161-p3-orig4-okey-1-s', 'd161-p3-orig5-ocd-0-s', 'd161-p3-orig5-ocd-1-s', 'd161-p3-orig5-okey-0-s',
    'd161-p3-orig6-ocd-0-s', 'd161-p3-orig6-ocd-1-s', 'd161-p3-orig6-okey-0-s', 'd161-p3-orig6-okey-1-s',
    'd161-p3-orig7-ocd-0-s', 'd161-p3-orig7-ocd-1-s', 'd161-p3-orig7-okey-0-s', 'd161-p3-orig7-okey-1-s',
    'd161-p3-orig8-ocd-0-s', 'd161-p3-orig8-ocd-1-s', 'd161-p3-orig8-okey-0-s', 'd161-p3-orig8-okey-1-s',
    'd161-p3-orig9-ocd-0-s', 'd161-p3-orig9-ocd-1-s', 'd161-p3-orig9-okey-0-s', 'd161-p3-orig9-okey-1-s',
    'd161-p3-out-cod-0-s', 'd161-p3-out-cod-1-s', 'd161-p3-out-dcap-0-s', 'd161-p3-out-dcap-1-s',
    'd161-p3-out-ddest-0-s', 'd161-p3-out-ddest-1-s', 'd161-p3-out-dpar-0-s', 'd161-p3-out-dpar-1-s',
    'd161-p3-out-fdesc-0-s', 'd161-p3-out-fdesc-1-s', 'd161-p3-out-fkey-0-s', 'd161-p3-out-fkey-1-s',
    'd161-p3-par-cod-0-s', 'd161-p3-par-cod-1-s', 'd161-p3-par-dcap-0-s', 'd161-p3-par-dcap-1-s',
    'd161-p3-par-ddest-0-s', 'd161-p3-par-ddest-1-s', 'd161-p3-par-dpar-0-s', 'd161-p3-par-dpar-1-s',
    'd161-p3-par-fdesc-0-s', 'd161-p3-par-fdesc-1-s', 'd161-p3-par-fkey-0-s', 'd161-p3-par-fkey-1-s',
    'd161-p3-ppl-cod-0-s', 'd161-p3-ppl-cod-1-s', 'd161-p3-ppl-dcap-0-s', 'd161-p3-ppl-dcap-1-s',
    'd161-p3-ppl-ddest-0-s', 'd161-p3-ppl-dpar-0-s', 'd161-p3-ppl-dpar-1-s', 'd161-p3-ppl-fdesc-0-s',
    'd161-p3-ppl-fdesc-1-s', 'd161-p3-ppl-fkey-0-s', 'd161-p3-ppl-fkey-1-s', 'd161-p3-stp-cod-0-s',
    'd161-p3-stp-cod-1-s', 'd161-p3-stp-dcap-0-s', 'd161-p3-stp-dcap-1-s', 'd161-p3-stp-ddest-0-s',
    'd161-p3-stp-ddest-1-s', 'd161-p3-stp-dpar-0-s', 'd161-p3-stp-dpar-1-s', 'd161-p3-stp-fdesc-0-s',
    'd161-p3-stp-fkey-0-s', 'd161-p3-stp-fkey-1-s', 'd161-p3-stp2-cod-1-s', 'd161-p3-stp2-dcap-0-s',
    'd161-p3-stp2-dcap-1-s', 'd161-p3-stp2-ddest-0-s', 'd161-p3-stp2-ddest-1-s', 'd161-p3-stp2-dpar-0-s',
    'd161-p3-stp2-dpar-1-s', 'd161-p3-stp2-fdesc-0-s', 'd161-p3-stp2-fdesc-1-s', 'd161-p3-stp2-fkey-0-s',
    'd161-p3-stp2-fkey-1-s', 'd161-p3-via-cod-0-s', 'd161-p3-via-cod-1-s', 'd161-p3-via-dcap-0-s',
    'd161-p3-via-dcap-1-s', 'd161-p3-via-ddest-0-s', 'd161-p3-via-ddest-1-s', 'd161-p3-via-dpar-0-s',
    'd161-p3-via-fdesc-0-s', 'd161-p3-via-fdesc-1-s', 'd161-p3-via-fkey-0-s', 'd161-p3-via-fkey-1-s',
    'd161-p3-via2-cod-0-s', 'd161-p3-via2-cod-1-s', 'd161-p3-via2-dcap-0-s', 'd161-p3-via2-dcap-1-s',
    'd161-p3-via2-ddest-0-s', 'd161-p3-via2-ddest-1-s', 'd161-p3-via2-dpar-0-s', 'd161-p3-via2-dpar-1-s',
    'd161-p3-via2-fdesc-0-s', 'd161-p3-via2-fdesc-1-s', 'd161-p3-via2-fkey-0-s', 'd161-p3-via2-fkey-1-s',
    'd161-p4-arr-0-0-s', 'd161-p4-arr-0-1-s', 'd161-p4-arr-0-2-s', 'd161-p4-arr-1-0-s', 'd161-p4-arr-1-1-s',
    'd161-p4-arr-1-2-s', 'd161-p4-arr-2-0-s', 'd161-p4-arr-2-1-s', 'd161-p4-arr-2-2-s', 'd161-p4-arr-3-0-s',
    'd161-p4-arr-3-1-s', 'd161-p4-arr-3-2-s', 'd161-p4-dep-0-0-s', 'd161-p4-dep-0-1-s', 'd161-p4-dep-0-2-s',
    'd161-p4-dep-1-0-s', 'd161-p4-dep-1-1-s', 'd161-p4-dep-1-2-s', 'd161-p4-dep-2-0-s', 'd161-p4-dep-2-1-s',
    'd161-p4-dep-2-2-s', 'd161-p4-dep-3-0-s', 'd161-p4-dep-3-1-s', 'd161-p4-dep-3-2-s', 'd161-p4-dst2-0-0-s',
    'd161-p4-dst2-0-1-s', 'd161-p4-dst2-0-2-s', 'd161-p4-dst2-1-0-s', 'd161-p4-dst2-1-1-s', 'd161-p4-dst2-1-2-s',
    'd161-p4-dst2-2-0-s', 'd161-p4-dst2-2-1-s', 'd161-p4-dst2-2-2-s', 'd161-p4-dst3-0-0-s', 'd161-p4-dst3-0-1-s',
    'd161-p4-dst3-0-2-s', 'd161-p4-dst3-1-0-s', 'd161-p4-dst3-1-1-s', 'd161-p4-dst3-1-2-s', 'd161-p4-fin-0-0-s',
    'd161-p4-fin-0-1-s', 'd161-p4-fin-0-2-s', 'd161-p4-fin-1-0-s', 'd161-p4-fin-1-1-s', 'd161-p4-fin-1-2-s',
    'd161-p4-fin-2-0-s', 'd161-p4-fin-2-1-s', 'd161-p4-fin-2-2-s', 'd161-p4-fin-3-0-s', 'd161-p4-fin-3-1-s',
    'd161-p4-fin-3-2-s', 'd161-p4-org-0-0-s', 'd161-p4-org-0-1-s', 'd161-p4-org-0-2-s', 'd161-p4-org-1-0-s',
    'd161-p4-org-1-1-s', 'd161-p4-org-1-2-s', 'd161-p4-org-2-0-s', 'd161-p4-org-2-1-s', 'd161-p4-org-2-2-s',
    'd161-p4-org-3-0-s', 'd161-p4-org-3-1-s', 'd161-p4-org-3-2-s', 'd161-p4-pu-0-0-s', 'd161-p4-pu-0-1-s',
    'd161-p4-pu-0-2-s', 'd161-p4-pu-1-0-s', 'd161-p4-pu-1-1-s', 'd161-p4-pu-1-2-s', 'd161-p4-pu-2-0-s',
    'd161-p4-pu-2-1-s', 'd161-p4-pu-2-2-s', 'd161-p4-pu-3-0-s', 'd161-p4-pu-3-1-s', 'd161-p4-pu-3-2-s',
    'd161-p4-tr-0-0-s', 'd161-p4-tr-0-1-s', 'd161-p4-tr-0-2-s', 'd161-p4-tr-1-0-s', 'd161-p4-tr-1-1-s',
    'd161-p4-tr-1-2-s', 'd161-p4-tr-2-0-s', 'd161-p4-tr-2-1-s', 'd161-p4-tr-2-2-s', 'd161-p4-tr-3-0-s',
    'd161-p4-tr-3-1-s', 'd161-p4-tr-3-2-s',
}
# Trimmed for ctest (probe_kit.sample_round), stop 38: the items the round's tester confirmed alone (clear and
# arguable), every 4th safe variant and every 12th of the rest; then every arguable item left out.
from probe_kit import sample_round as r161_sample_round  # noqa: E402

r161_sample_round("d161-", r161_found_alone, 12, safe_every=4)
P[:] = [r161_p for r161_p in P if r161_p["id"] not in r161_arguable]
