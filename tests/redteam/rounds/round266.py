r"""Red-team round 266 (black box): PAIRED MEMBERS - TWO MEMBERS THAT SHARE A WORD OR A KIND.
Focus: json_extract schemas with two members of one kind whose labels differ by one word - opening/closing balance,
  billing/shipping city, min/max temperature, start/end date, departure/arrival time, home/away score, payer/payee
  account, sender/recipient, old/new city, buy/sell price, first/last name, height/width, systolic/diastolic,
  check-in/check-out - each beside one member outside the pair (holder, customer, station, match, item, patient...).
  The instruction names every member by its key ("Return customer, billing_city and shipping_city as JSON."; an
  instruction in other words stored nothing in a trial run). All seeded random.Random(266).
  Parts: labelled bases ("Label: value" lines, two fields on one line with " | " or ", ", key=value, a table, prose,
  an e-mail) with variants: values swapped, labels swapped, one value changed, both the same, other wordings of the
  labels kept or swapped ("Balance (closing)", "Tmin", "Dep."), a label shortened, a label of another kind ("Office
  city", "Fee account", "Courier"), "(corrected: x)", "A / B: a / b" one field, (t) a note naming the members that
  says they are swapped (24 wordings, intro / heading / below / P.S. / in a value), (w) a note naming no member
  ("the two values on this form are swapped", 30 wordings in six languages) after the value of the field outside
  the pair in round or square brackets, after " - ", " — ", "; " or ", ", as a "Remark:" field or an intro line, and (u) synonym pairs ("Starting/Ending balance", "ETD/ETA",
  "Shipper/Consignee", "Arrival/Departure" for a stay) in order (safe) and swapped; one-field pairs ("Min/max
  temperature: 3/12", "from X to Y", "X -> Y", "between X and Y", "high X, low Y"); bases stored as lines whose
  variants write the pair the other way ("Closing/opening balance: a/b", "shipping_city=a, billing_city=b"); (x) a
  stored record whose field outside the pair gains a bracketed remark that the pair is swapped or that one of its
  values is another ("(the first value below is a typo for 140)"); 40 single requests whose model swaps the pair,
  copies one value into both, or sticks to that.
  2,999 probes: 150 bases, 2,020 variants, 789 safe, 40 singles. Fresh SQLite store, two passes. Paths: run 1 skip
  2,516 / patch 236 / reuse 247, run 2 skip 2,309 / patch 186 / reuse 504; safe on reuse 55/789 and 111/789.
HELD: nothing came from the reuse path wrong (run 2: 299 variants and 111 safe ones reused, all right when read by
  hand: swapped values and swapped labels were re-read from their lines, "Closing balance: b / Opening balance: a",
  "Arrival time: 23:40, Departure time: 10:45", "Check out: / Check in:"). A note that names a member ("the opening
  balance and closing balance figures are transposed") failed every member, wherever it stood; a note naming none,
  against a stored base, held in every place but round brackets (0 of 210: a "Remark:" / "Comment:" / "Status:" /
  "Memo:" field, an intro line, after " - ", " — ", "; " or ", ", in square brackets). Labels
  of another kind, synonyms, one-field pairs, ranges and the cross-layout variants were regenerated. The 40 singles'
  swapped and copied answers were all refused or retried (0 wrong).
  Cost: 2,690 right answers rejected over the two runs (payer/payee and old/new pairs, first/last names, key=value,
  tables, prose, e-mails and every one-field pair were never stored).
WHAT GOT THROUGH: from the cache, 89 ids (69 clear, 20 arguable), all confirmed alone (the
  89 ids with their 38 bases: 89 in run 1, 84 in run 2; the whole round: 89 in run 1, 80 in run 2),
  all on the patch path (KEPT-FROM-CACHE), one shape: a remark in brackets after the value of the member outside the
  pair that says the two values are swapped, or that one of them is another value, naming no member; the patch
  regenerated only that member ("the statement holding its evidence changed: customer : zofia holt ( ... )") and
  kept both pair members from the cache:
  "Customer: Zofia Holt (the two cities on this form are swapped)\nBilling city: Trier\nShipping city: Krakow" ->
  billing Trier, shipping Krakow; "Match: Molde v Viking (both lines below are transposed)\nHome score: 5\nAway
  score: 2" -> 5, 2; "Account holder: Emil Sato (the pair below is reversed)\nOpening balance: 4245.30\nClosing
  balance: 441.54" -> 4245.3, 441.54; "Item: Shelf (the first value below is a typo for 140)\nHeight: 76\nWidth:
  153" -> height 76; "Customer: Lukas Rossi (read Utrecht for the first entry below)" -> billing Kaunas; also in
  Norwegian, Spanish, French, Italian and German ("de to verdiene er byttet om", "i due valori sono scambiati").
  Arguable (20): min/max temperature, check-in/check-out, systolic/diastolic and buy/sell where following the note
  makes min > max, check-in after check-out, systolic below diastolic or buy above sell.
 Served fresh (the model's first answer was the base's, accepted by the fresh checks): 44 ids over the two runs,
  (F1) a one-field pair whose labels run the other way, read in the labels' usual order: "Shipping city / Billing
  city: Porto / Bilbao" -> billing Porto; "Width / Height: 164 / 132" -> height 164; "Recipient / Sender: Dana Sato /
  Priya Aalto" -> sender Dana Sato; (F2) swapped short or other labels: "Arr.: 07:30 | Dep.: 22:40" -> departure
  07:30; "Rcpt: Dana Sato | Sndr: Priya Aalto"; "STD: 07:10, STA: 10:45" -> departure 10:45; "Moving from: Odense |
  Moving to: Basel" -> old Basel; "name=Jon Novak, new_city=Krakow, old_city=Lyon" -> old Krakow; (F3) a note that
  the pair is swapped left unread: "Name: Pavel Rossi (the two cities are the other way round)", "Employee ID: E72494
  - swap the two names", "The two cities swap places in this record:"; (F4) a field of another kind taken:
  "Fee account: 5832 51 45477" as payee_account, "previous_end_date=2026-07-24" as end_date; arguable: ranges written
  backwards ("Stay: 2026-04-01 - 2026-02-03"), "Diastolic / Systolic: 159 / 84", a stay's "Departure:/Arrival:".

FIXED (stop 54): a remark in brackets in a field's value that speaks of other values (swapped, reversed, a typo,
the opposite order, "the pair below") keeps every member from being plain, so the patch path keeps none of them.
"""
from probe_kit import J, E, S, P  # noqa: F401
import random

r266_rng = random.Random(266)
r266_meta = {}
r266_n = {"b": 0, "v": 0, "s": 0, "f": 0}

R266_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Priya", "Oskar", "Lena", "Pavel", "Sofia", "Emil", "Ines", "Karl",
              "Nora", "Rafael", "Hana", "Ivo", "Elin", "Marek", "Yara", "Lukas", "Dana", "Timo", "Zofia", "Ruben"]
R266_LAST = ["Ruiz", "Berg", "Holt", "Ek", "Nair", "Lind", "Novak", "Fischer", "Holm", "Kovac", "Diaz", "Weber",
             "Sato", "Moreau", "Costa", "Dahl", "Vidal", "Brandt", "Okafor", "Lund", "Varga", "Rossi", "Aalto", "Kim"]
R266_CITIES = ["Bergen", "Ghent", "Porto", "Split", "Cadiz", "Lyon", "Graz", "Turku", "Malmo", "Brno", "Leeds",
               "Bari", "Aarhus", "Tartu", "Kaunas", "Utrecht", "Bilbao", "Krakow", "Dijon", "Basel", "Cork",
               "Odense", "Linz", "Gdansk", "Sevilla", "Trier", "Tromso", "Nantes"]
R266_TEAMS = ["Lyn", "Brann", "Molde", "Viking", "Odd", "Rosenborg", "Start", "Bodo", "Tromso IL", "Sogndal"]


def r266_id(kind):
    r266_n[kind] += 1
    return "d266-%s-%04d" % (kind, r266_n[kind])


def r266_name():
    return r266_rng.choice(R266_FIRST) + " " + r266_rng.choice(R266_LAST)


def r266_date():
    return "2026-%02d-%02d" % (r266_rng.randint(1, 12), r266_rng.randint(1, 28))


def r266_time():
    return "%02d:%02d" % (r266_rng.randint(0, 23), r266_rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def r266_money():
    return "%d.%02d" % (r266_rng.randint(100, 9999), r266_rng.randint(0, 99))


def r266_acct():
    return "%04d %02d %05d" % (r266_rng.randint(1000, 9999), r266_rng.randint(10, 99), r266_rng.randint(10000, 99999))


# A pair domain: prompt, the two keys, their type, the two distinguishing words (A, B), the shared noun,
# whether the pair runs from A to B (directional) or is a range (min/max), the context member, and how a value
# is drawn and read into JSON.
def r266_num(s):
    return float(s) if "." in s else int(s)


R266_DOMAINS = [
    dict(tag="bal", prompt="Pull the details out of the account statement into JSON.",
         ka="opening_balance", kb="closing_balance", t="number", A="Opening", B="Closing", noun="balance",
         abA="Open. bal.", abB="Clos. bal.", kind="dir", ctxk="account_holder", ctxL="Account holder", ctx=r266_name,
         gen=r266_money, conv=r266_num, other="Available balance"),
    dict(tag="city", prompt="Pull the details out of the order form into JSON.",
         ka="billing_city", kb="shipping_city", t="string", A="Billing", B="Shipping", noun="city",
         abA="Bill. city", abB="Ship. city", kind="pair", ctxk="customer", ctxL="Customer", ctx=r266_name,
         gen=lambda: r266_rng.choice(R266_CITIES), conv=str, other="Office city"),
    dict(tag="temp", prompt="Pull the details out of the weather report into JSON.",
         ka="min_temperature", kb="max_temperature", t="integer", A="Min", B="Max", noun="temperature",
         abA="Tmin", abB="Tmax", kind="range", ctxk="station", ctxL="Station", ctx=lambda: r266_rng.choice(R266_CITIES),
         gen=lambda: str(r266_rng.randint(-15, 35)), conv=int, other="Mean temperature"),
    dict(tag="date", prompt="Pull the details out of the project note into JSON.",
         ka="start_date", kb="end_date", t="string", A="Start", B="End", noun="date",
         abA="Start dt", abB="End dt", kind="dir", ctxk="project", ctxL="Project",
         ctx=lambda: "Project " + r266_rng.choice(["Falcon", "Birch", "Harbor", "Quartz", "Nimbus", "Atlas", "Cedar", "Orion"]),
         gen=r266_date, conv=str, other="Review date"),
    dict(tag="time", prompt="Pull the details out of the itinerary into JSON.",
         ka="departure_time", kb="arrival_time", t="string", A="Departure", B="Arrival", noun="time",
         abA="Dep.", abB="Arr.", kind="dir", ctxk="flight", ctxL="Flight",
         ctx=lambda: r266_rng.choice(["SK", "DY", "LH", "KL", "AF", "BA"]) + str(r266_rng.randint(100, 999)),
         gen=r266_time, conv=str, other="Boarding time"),
    dict(tag="score", prompt="Pull the details out of the match result into JSON.",
         ka="home_score", kb="away_score", t="integer", A="Home", B="Away", noun="score",
         abA="H", abB="A", kind="pair", ctxk="match", ctxL="Match",
         ctx=lambda: " v ".join(r266_rng.sample(R266_TEAMS, 2)),
         gen=lambda: str(r266_rng.randint(0, 6)), conv=int, other="Half-time score"),
    dict(tag="acct", prompt="Pull the details out of the transfer slip into JSON.",
         ka="payer_account", kb="payee_account", t="string", A="Payer", B="Payee", noun="account",
         abA="Debit acct", abB="Credit acct", kind="dir", ctxk="reference", ctxL="Reference",
         ctx=lambda: "TRF-%05d" % r266_rng.randint(10000, 99999), gen=r266_acct, conv=str, other="Fee account"),
    dict(tag="party", prompt="Pull the details out of the parcel label into JSON.",
         ka="sender", kb="recipient", t="string", A="Sender", B="Recipient", noun="",
         abA="Sndr", abB="Rcpt", kind="dir", ctxk="tracking", ctxL="Tracking",
         ctx=lambda: "TRK%07d" % r266_rng.randint(1000000, 9999999), gen=r266_name, conv=str, other="Courier"),
    dict(tag="addr", prompt="Pull the details out of the change-of-address form into JSON.",
         ka="old_city", kb="new_city", t="string", A="Old", B="New", noun="city",
         abA="Prev. city", abB="Curr. city", kind="dir", ctxk="name", ctxL="Name", ctx=r266_name,
         gen=lambda: r266_rng.choice(R266_CITIES), conv=str, other="Birth city"),
    dict(tag="px", prompt="Pull the details out of the rate sheet into JSON.",
         ka="buy_price", kb="sell_price", t="number", A="Buy", B="Sell", noun="price",
         abA="Bid", abB="Ask", kind="pair", ctxk="currency", ctxL="Currency",
         ctx=lambda: r266_rng.choice(["EUR", "USD", "GBP", "CHF", "JPY", "PLN"]),
         gen=lambda: "%d.%04d" % (r266_rng.randint(1, 30), r266_rng.randint(0, 9999)), conv=r266_num, other="Mid price"),
    dict(tag="nm", prompt="Pull the details out of the HR record into JSON.",
         ka="first_name", kb="last_name", t="string", A="First", B="Last", noun="name",
         abA="Given", abB="Surname", kind="pair", ctxk="employee_id", ctxL="Employee ID",
         ctx=lambda: "E%05d" % r266_rng.randint(10000, 99999), gen=None, conv=str, other="Middle name"),
    dict(tag="dim", prompt="Pull the details out of the product spec into JSON.",
         ka="height", kb="width", t="integer", A="Height", B="Width", noun="",
         abA="H", abB="W", kind="pair", ctxk="item", ctxL="Item",
         ctx=lambda: r266_rng.choice(["Shelf", "Mirror", "Poster", "Door panel", "Window", "Canvas", "Cabinet"]),
         gen=lambda: str(r266_rng.randint(20, 240)), conv=int, other="Depth"),
    dict(tag="bp", prompt="Pull the details out of the vitals chart into JSON.",
         ka="systolic", kb="diastolic", t="integer", A="Systolic", B="Diastolic", noun="",
         abA="Sys", abB="Dia", kind="pair", ctxk="patient", ctxL="Patient", ctx=r266_name,
         gen=None, conv=int, other="Pulse"),
    dict(tag="stay", prompt="Pull the details out of the booking into JSON.",
         ka="check_in", kb="check_out", t="string", A="Check-in", B="Check-out", noun="",
         abA="In", abB="Out", kind="dir", ctxk="guest", ctxL="Guest", ctx=r266_name,
         gen=r266_date, conv=str, other="Booking date"),
]

# notes that say the two members are printed the wrong way round
R266_SWAP_NOTES = [
    "Note: the {a} and the {b} below were entered the wrong way round.",
    "The two {n} on this form are swapped.",
    "Please note that the {a} and {b} figures are transposed:",
    "Erratum: read {a} for {b} and vice versa.",
    "The lines for {a} and {b} are reversed on this copy.",
    "Careful, the {a} and {b} got mixed up below.",
    "NB: {a} and {b} are printed back to front.",
    "The {a} line shows the {b}, and the {b} line shows the {a}.",
    "Labels inverted: {a} <-> {b}.",
    "The {a} and {b} values belong in each other's place.",
    "The {n} were keyed in the other way about.",
    "Data entry error: {a} and {b} interchanged.",
    "System note: the {a} and {b} columns are flipped on this export.",
    "Correction: swap the {a} and the {b}.",
    "Beware - {a} and {b} crossed over in this record.",
    "Merk: {a} og {b} er byttet om.",
    "Hinweis: {a} und {b} sind vertauscht.",
    "Nota: {a} y {b} están invertidos.",
    "Remarque : {a} et {b} sont inversés.",
    "Attenzione: {a} e {b} sono scambiati.",
    "Heads-up: {a}/{b} transposed in the source system, so read them the other way.",
    "The following record has its {n} in the wrong rows:",
    "Below, the {a} is what we call the {b} and the {b} is the {a}.",
    "Known issue: this template prints the {b} under the {a} label and vice versa.",
]

# notes that say the pair is swapped and name no member
R266_GENERIC_NOTES = [
    "the two {n} on this form are swapped", "the two figures below are swapped", "both lines below are transposed",
    "the values below were entered the wrong way round", "read the two lines below the other way round",
    "the labels below are swapped", "rows swapped", "labels inverted", "figures transposed",
    "the pair below is reversed", "values interchanged", "each entry below belongs on the other line",
    "the two {n} are in each other's place", "the {n} were swapped by mistake", "the two {n} are back to front",
    "de to verdiene er byttet om", "die beiden Werte sind vertauscht", "los dos valores están invertidos",
    "les deux valeurs sont inversées", "i due valori sono scambiati",
    "the two {n} are the other way round", "note the two {n} are reversed", "entries reversed",
    "the {n} appear in the opposite order of their labels", "the two {n} swap places", "swap the two {n}",
    "the two {n} were typed under the wrong labels", "the two {n} are mislabelled",
    "the first {n} belongs to the second label and vice versa", "the {n} are listed against the wrong labels",
]


def r266_plural(w):
    if w.endswith("y"):
        return w[:-1] + "ies"
    return w + "s"


# other words for the pair, (word for A, word for B)
R266_SYNONYMS = {
    "bal": [("Starting balance", "Ending balance"), ("Beginning balance", "Final balance"),
            ("Balance b/f", "Balance c/f"), ("Initial balance", "End balance"), ("Balance brought forward", "Balance carried forward")],
    "city": [("Invoice city", "Delivery city"), ("Bill-to city", "Ship-to city"), ("Billing town", "Shipping town"),
             ("City (billing)", "City (delivery)")],
    "temp": [("Low", "High"), ("Lowest temperature", "Highest temperature"), ("Minimum temperature", "Maximum temperature"),
             ("Min. temp", "Max. temp"), ("Tmin", "Tmax")],
    "date": [("Begins", "Ends"), ("Starts", "Finishes"), ("Start", "Finish"), ("Kick-off date", "Completion date"),
             ("Date from", "Date to")],
    "time": [("Departs", "Arrives"), ("ETD", "ETA"), ("STD", "STA"), ("Takes off", "Lands"), ("Dep. time", "Arr. time")],
    "score": [("Home goals", "Away goals"), ("Hosts", "Visitors"), ("Home team", "Away team"), ("Home pts", "Away pts")],
    "acct": [("Debit account", "Credit account"), ("From account", "To account"), ("Source account", "Destination account")],
    "party": [("From", "To"), ("Shipper", "Consignee"), ("Ship from", "Ship to"), ("Sent by", "Addressee")],
    "addr": [("Previous city", "Current city"), ("Former city", "Present city"), ("Moving from", "Moving to")],
    "px": [("Bid", "Ask"), ("We buy", "We sell"), ("Purchase price", "Sale price"), ("Buying rate", "Selling rate")],
    "nm": [("Given name", "Family name"), ("Forename", "Surname"), ("First", "Last")],
    "dim": [("H", "W"), ("Tall", "Wide"), ("Height (cm)", "Width (cm)"), ("Vertical", "Horizontal")],
    "bp": [("SYS", "DIA"), ("Upper", "Lower"), ("Systolic pressure", "Diastolic pressure"), ("Sys. BP", "Dia. BP")],
    "stay": [("Arrival", "Departure"), ("Arriving", "Leaving"), ("Check in", "Check out"), ("From", "Until")],
}


def r266_pairvals(d):
    """Two distinct raw values (a for A, b for B), plausible for the domain."""
    if d["tag"] == "nm":
        return r266_rng.choice(R266_FIRST), r266_rng.choice(R266_LAST)
    if d["tag"] == "bp":
        return str(r266_rng.randint(105, 165)), str(r266_rng.randint(60, 98))
    while True:
        a, b = d["gen"](), d["gen"]()
        if a == b:
            continue
        if d["kind"] == "range" and int(a) > int(b):
            a, b = b, a
        if d["tag"] in ("date", "stay") and a > b:
            a, b = b, a
        return a, b


def r266_other(d, avoid):
    while True:
        if d["tag"] == "nm":
            v = r266_rng.choice(R266_FIRST + R266_LAST)
        elif d["tag"] == "bp":
            v = str(r266_rng.randint(60, 165))
        else:
            v = d["gen"]()
        if v not in avoid:
            return v


def r266_label(d, w):
    return (w + " " + d["noun"]).strip()


def r266_lab_lo(d, w):
    s = r266_label(d, w)
    return s[0].lower() + s[1:] if not s.startswith(("Check",)) else s.lower()


def r266_instr(d):
    """The instruction names each member by its key (twins sharing a word are stored only so)."""
    ks = (d["ctxk"], d["ka"], d["kb"])
    form = r266_rng.choice(["Return %s, %s and %s as JSON.\n\n", "Extract %s, %s and %s as JSON.\n\n",
                            "Give %s, %s and %s in JSON.\n\n"])
    return form % ks


def r266_render(d, layout, ctx, items, extra=None):
    """items: [(label, value)] in text order; layout: how the record is written."""
    ctxL = d["ctxL"]
    lines = []
    if layout == "lines":
        lines = ["%s: %s" % (ctxL, ctx)] + ["%s: %s" % (lab, v) for lab, v in items]
        if extra:
            lines += extra
        return "\n".join(lines) + "\n"
    if layout in ("pipe", "comma"):
        j = " | " if layout == "pipe" else ", "
        lines = ["%s: %s" % (ctxL, ctx), j.join("%s: %s" % (lab, v) for lab, v in items)]
        if extra:
            lines += extra
        return "\n".join(lines) + "\n"
    if layout == "kv":
        parts = ["%s=%s" % (ctxL.lower().replace(" ", "_").replace(".", ""), ctx)]
        parts += ["%s=%s" % (lab.lower().replace(" ", "_").replace(".", "").replace("-", "_"), v) for lab, v in items]
        if extra:
            parts += extra
        return "; ".join(parts) + "\n"
    if layout == "table":
        heads = [ctxL] + [lab for lab, _ in items]
        vals = [ctx] + [v for _, v in items]
        return ("| " + " | ".join(heads) + " |\n|" + "---|" * len(heads) + "\n| " + " | ".join(vals) + " |\n")
    if layout == "prose":
        cl = ["the %s was %s" % (lab[0].lower() + lab[1:], v) for lab, v in items]
        s = "%s %s: %s." % (ctxL, ctx, ", and ".join(cl))
        if extra:
            s += " " + " ".join(extra)
        return s + "\n"
    if layout == "email":
        cl = ["the %s is %s" % (lab[0].lower() + lab[1:], v) for lab, v in items]
        s = "From: desk@example.org\nSubject: %s %s\n\nHello,\n\njust confirming: %s.\n" % (ctxL, ctx, "; ".join(cl))
        if extra:
            s += " ".join(extra) + "\n"
        return s + "\nBest regards,\nThe desk\n"
    raise ValueError(layout)


def r266_expect(d, ctx, va, vb):
    e = {d["ctxk"]: ctx}
    e[d["ka"]] = None if va is None else d["conv"](va)
    e[d["kb"]] = None if vb is None else d["conv"](vb)
    return e


def r266_schema(d, nullable):
    t = d["t"]
    props = {d["ctxk"]: "string"}
    if nullable:
        props[d["ka"]] = {"type": [t, "null"]}
        props[d["kb"]] = {"type": [t, "null"]}
    else:
        props[d["ka"]] = t
        props[d["kb"]] = t
    return S(props)


def r266_pair(fam, prompt, schema, base_expect, variants):
    bid = r266_id("b")
    J(bid, fam, prompt, schema, base_expect, [base_expect])
    r266_meta[bid] = {}
    seen = {prompt}
    for vp, ve, safe, stale in variants:
        if vp in seen:
            continue
        seen.add(vp)
        vid = r266_id("s" if safe else "v")
        # a realistic model: mostly right at once; some first repeat the base's answer (a stale copy)
        answers = [base_expect, ve] if (stale and not safe) else [ve]
        J(vid, fam, vp, schema, ve, answers, safe=safe)
        r266_meta[vid] = {"base": bid}
    return bid


def r266_labelled_base(d, layout, nullable):
    ctx = d["ctx"]()
    a, b = r266_pairvals(d)
    LA, LB = r266_label(d, d["A"]), r266_label(d, d["B"])
    schema = r266_schema(d, nullable)
    instr = r266_instr(d)
    R = lambda items, extra=None: instr + r266_render(d, layout, ctx, items, extra)  # noqa: E731
    E_ = lambda x, y: r266_expect(d, ctx, x, y)  # noqa: E731
    base = R([(LA, a), (LB, b)])
    exp = E_(a, b)
    a2 = r266_other(d, {a, b})
    b2 = r266_other(d, {a, b, a2})
    if d["kind"] == "range":
        if int(a2) > int(b):
            a2 = str(int(b) - 1)
        if int(b2) < int(a):
            b2 = str(int(a) + 1)
    st = lambda: r266_rng.random() < 0.25  # noqa: E731
    V = []
    V.append((R([(LB, b), (LA, a)]), exp, True, False))                        # reorder, labels kept
    V.append((R([(d["abA"], a), (d["abB"], b)]), exp, True, False))            # abbreviated labels
    V.append((R([(LA, a), (LB, b), (d["other"], a2)]), exp, True, False))      # a third value of the kind
    if d["kind"] != "range":
        V.append((R([(LA, b), (LB, a)]), E_(b, a), False, st()))               # values swap places
    V.append((R([(LB, a), (LA, b)]), E_(b, a), False, st()))  # labels swap
    V.append((R([(LA, a2), (LB, b)]), E_(a2, b), False, st()))                 # A changes
    V.append((R([(LA, a), (LB, b2)]), E_(a, b2), False, st()))                 # B changes
    V.append((R([(LA, a), (LB, a)]), E_(a, a), False, st()))                   # both the same (A's)
    V.append((R([(LA, b), (LB, b)]), E_(b, b), False, st()))                   # both the same (B's)
    V.append((R([(d["abB"], a), (d["abA"], b)]), E_(b, a), False, st()))       # abbreviated, swapped
    V.append((R([(LA, a), (d["other"], b)]), E_(a, None) if nullable else None, False, st()))  # B's label is another kind
    V.append((R([(d["other"], a), (LB, b)]), E_(None, b) if nullable else None, False, st()))  # A's label another kind
    V.append((R([(LA, a), (LB, b + " (corrected: %s)" % b2)]), E_(a, b2), False, st()))
    V.append((R([(LB, b2), (LA, a)]), E_(a, b2), False, st()))                 # other order, B changed
    noun = d["noun"]
    A, B = d["A"], d["B"]
    if noun:
        n1 = noun[0].upper() + noun[1:]
        alt = [("%s %s" % (n1, A.lower()), "%s %s" % (n1, B.lower())),
               ("%s (%s)" % (n1, A.lower()), "%s (%s)" % (n1, B.lower())),
               ("%s, %s" % (n1, A.lower()), "%s, %s" % (n1, B.lower())),
               (A, B)]
    else:
        alt = [(A + " value", B + " value"), (A.upper(), B.upper()), (A + ":", B + ":")]
    for pa, pb in r266_rng.sample(alt, 2):
        V.append((R([(pa, a), (pb, b)]), exp, True, False))                  # same order, other wording
        V.append((R([(pb, a), (pa, b)]), E_(b, a), False, st()))             # the other wording, labels swapped
    V.append((R([(LA, a), (B, b)]), exp, True, False))                        # B's label shortened
    V.append((R([(B, a), (LA, b)]), E_(b, a), False, st()))                   # shortened, swapped
    V.append((R([(LB + " (prev. %s)" % a, b), (LA, a)]), exp, True, False))   # a remark naming the other value
    V.append((R([(LA, a), (LB, b), ("Previous " + LB.lower(), a2)]), exp, True, False))
    V.append((R([(LA, b), (LB, a), ("Previous " + LB.lower(), b)]), E_(b, a), False, st()))
    V.append((R([(LA + " / " + LB, a + " / " + b)]), exp, True, False))
    V.append((R([(LB + " / " + LA, a + " / " + b)]), E_(b, a), False, st()))
    if layout in ("lines", "pipe", "comma"):
        # (t) a note that says the pair is printed the wrong way round, in many words and places
        for _ in range(1):
            note = r266_rng.choice(R266_SWAP_NOTES).format(a=LA.lower(), b=LB.lower(), n=r266_plural(noun or "value"))
            where = r266_rng.choice(["intro", "below", "ctx", "after_b", "heading", "ps"])
            if where == "intro":
                vp = instr + note + "\n" + r266_render(d, layout, ctx, [(LA, a), (LB, b)])
            elif where == "below":
                vp = R([(LA, a), (LB, b)], [note])
            elif where == "ctx":
                vp = instr + r266_render(d, layout, ctx + " (" + note.rstrip(".:") + ")", [(LA, a), (LB, b)])
            elif where == "after_b":
                vp = R([(LA, a), (LB, b + " (" + note.rstrip(".:") + ")")])
            elif where == "heading":
                vp = instr + r266_render(d, layout, ctx, [(LA, a), (LB, b)]).replace(
                    "\n", "\n" + note.rstrip(".") + ":\n", 1)
            else:
                vp = R([(LA, a), (LB, b)], ["", "P.S. " + note])
            V.append((vp, E_(b, a), False, st()))
        # (w) a note that names no member: the pair is swapped, in the field of no pair member and elsewhere
        for _ in range(5):
            note = r266_rng.choice(R266_GENERIC_NOTES).format(n=r266_plural(noun or "value"))
            where = r266_rng.choice(["ctx", "ctx", "ctx", "ctx_dash", "field_below", "field_above", "intro",
                                     "ctx_bracket", "ctx_semi", "ctx_comma", "ctx_emdash"])
            body = None
            if where in ("ctx_semi", "ctx_comma", "ctx_emdash"):
                sep = {"ctx_semi": "; ", "ctx_comma": ", ", "ctx_emdash": " — "}[where]
                body = r266_render(d, layout, ctx + sep + note, [(LA, a), (LB, b)])
            elif where == "ctx":
                body = r266_render(d, layout, ctx + " (" + note + ")", [(LA, a), (LB, b)])
            elif where == "ctx_dash":
                body = r266_render(d, layout, ctx + " - " + note, [(LA, a), (LB, b)])
            elif where == "ctx_bracket":
                body = r266_render(d, layout, ctx + " [" + note + "]", [(LA, a), (LB, b)])
            elif where == "field_below":
                body = r266_render(d, layout, ctx, [(LA, a), (LB, b)],
                                   ["%s: %s" % (r266_rng.choice(["Remark", "Comment", "Status", "Memo"]), note)])
            elif where == "field_above":
                body = r266_render(d, layout, ctx, [(LA, a), (LB, b)]).replace(
                    "\n", "\n%s: %s\n" % (r266_rng.choice(["Remark", "Comment", "Status", "Memo"]), note), 1)
            else:
                body = note[0].upper() + note[1:] + " in this record:\n" + r266_render(d, layout, ctx, [(LA, a), (LB, b)])
            V.append((instr + body, E_(b, a), False, st()))
        # (u) synonyms of the pair's words: kept order (safe) and swapped
        syn = R266_SYNONYMS.get(d["tag"], [])
        for sa, sb in r266_rng.sample(syn, min(1, len(syn))):
            V.append((R([(sa, a), (sb, b)]), exp, True, False))
            V.append((R([(sb, a), (sa, b)]), E_(b, a), False, st()))
        for sa, sb in r266_rng.sample(syn, min(1, len(syn))):
            V.append((R([(sa, b), (sb, a)]), E_(b, a), False, st()))
    V = [v for v in V if v[1] is not None]
    if layout in ("kv", "table", "prose", "email"):
        V = r266_rng.sample(V, 9)  # never stored in a trial run: a sample, for the fresh checks
    return r266_pair("r266_" + d["tag"] + "_" + layout, base, schema, exp, V)


def r266_short(d):
    return d["A"], d["B"]


def r266_compound_base(d, form, nullable):
    """Pair in one field: 'A/B noun: a/b', 'Noun (A -> B): a -> b', 'Noun: from a to b', 'between a and b'."""
    ctx = d["ctx"]()
    a, b = r266_pairvals(d)
    A, B = r266_short(d)
    noun = d["noun"] or {"party": "Parties", "dim": "Size", "bp": "Blood pressure", "stay": "Stay"}.get(d["tag"], "Value")
    Noun = noun[0].upper() + noun[1:]
    schema = r266_schema(d, nullable)
    instr = r266_instr(d) + "%s: %s\n" % (d["ctxL"], ctx)
    E_ = lambda x, y: r266_expect(d, ctx, x, y)  # noqa: E731
    exp = E_(a, b)
    a2 = r266_other(d, {a, b})
    b2 = r266_other(d, {a, b, a2})
    if d["kind"] == "range":
        if int(a2) > int(b):
            a2 = str(int(b) - 1)
        if int(b2) < int(a):
            b2 = str(int(a) + 1)
    st = lambda: r266_rng.random() < 0.25  # noqa: E731
    V = []
    sep = " x " if d["tag"] == "dim" else "/"
    if form == "slash":
        f = lambda p, q, x, y: instr + "%s/%s %s: %s%s%s\n" % (p, q, noun.lower(), x, sep, y)  # noqa: E731
        base = f(A, B.lower(), a, b)
        V.append((f(B, A.lower(), b, a), exp, True, False))
        V.append((f(A, B.lower(), b, a), E_(b, a), False, st()))
        V.append((f(B, A.lower(), a, b), E_(b, a), False, st()))
        V.append((f(A, B.lower(), a2, b), E_(a2, b), False, st()))
        V.append((f(A, B.lower(), a, b2), E_(a, b2), False, st()))
        V.append((f(A, B.lower(), a, a), E_(a, a), False, st()))
        V.append((instr + "%s %s: %s\n%s %s: %s\n" % (B, noun.lower(), a, A, noun.lower(), b), E_(b, a), False, st()))
        V.append((instr + "%s %s: %s\n%s %s: %s\n" % (A, noun.lower(), a, B, noun.lower(), b), exp, True, False))
    elif form == "arrow":
        f = lambda p, q, x, y, ar="->": instr + "%s (%s %s %s): %s %s %s\n" % (Noun, p, ar, q, x, ar, y)  # noqa: E731
        base = f(A.lower(), B.lower(), a, b)
        V.append((f(B.lower(), A.lower(), b, a, "<-"), exp, True, False))
        V.append((f(B.lower(), A.lower(), a, b), E_(b, a), False, st()))
        V.append((f(A.lower(), B.lower(), b, a), E_(b, a), False, st()))
        V.append((f(A.lower(), B.lower(), a2, b), E_(a2, b), False, st()))
        V.append((f(A.lower(), B.lower(), a, b2), E_(a, b2), False, st()))
        V.append((f(A.lower(), B.lower(), b, b), E_(b, b), False, st()))
        V.append((instr + "%s (%s %s %s): %s %s %s\n" % (Noun, B.lower(), "<-", A.lower(), a, "<-", b), E_(b, a), False, st()))
    elif form == "fromto":
        f = lambda x, y: instr + "%s: from %s to %s\n" % (Noun, x, y)  # noqa: E731
        base = f(a, b)
        V.append((instr + "%s: to %s from %s\n" % (Noun, b, a), exp, True, False))
        V.append((f(b, a), E_(b, a), False, st()))
        V.append((instr + "%s: to %s from %s\n" % (Noun, a, b), E_(b, a), False, st()))
        V.append((f(a2, b), E_(a2, b), False, st()))
        V.append((f(a, b2), E_(a, b2), False, st()))
        V.append((instr + "%s: %s -> %s\n" % (Noun, a, b), exp, True, False))
        V.append((instr + "%s: %s -> %s\n" % (Noun, b, a), E_(b, a), False, st()))
        V.append((instr + "%s: %s <- %s\n" % (Noun, a, b), E_(b, a), False, st()))
        V.append((instr + "%s: %s - %s\n" % (Noun, b, a), E_(b, a), False, st()))
    elif form == "between":
        f = lambda x, y: instr + "%s today: between %s and %s\n" % (Noun, x, y)  # noqa: E731
        base = f(a, b)
        V.append((f(b, a), exp, True, False))
        V.append((instr + "%s today: %s to %s\n" % (Noun, a, b), exp, True, False))
        V.append((f(a2, b), E_(a2, b), False, st()))
        V.append((f(a, b2), E_(a, b2), False, st()))
        V.append((f(b2, a), E_(a, b2), False, st()))
        V.append((instr + "Min/max %s: %s/%s\n" % (noun, a, b), exp, True, False))
        V.append((instr + "Max/min %s: %s/%s\n" % (noun, b, a), exp, True, False))
        V.append((instr + "%s today: high %s, low %s\n" % (Noun, b, a), exp, True, False))
        V.append((instr + "%s today: high %s, low %s\n" % (Noun, b2, a), E_(a, b2), False, st()))
    V = [v for v in V if v[1] is not None]
    return r266_pair("r266_" + d["tag"] + "_" + form, base, schema, exp, V)


def r266_cross_base(d, nullable):
    """A stored 'Label: value' record, then variants written in a pair form whose labels run the other way."""
    ctx = d["ctx"]()
    a, b = r266_pairvals(d)
    A, B = r266_short(d)
    LA, LB = r266_label(d, A), r266_label(d, B)
    noun = d["noun"] or "value"
    schema = r266_schema(d, nullable)
    instr = r266_instr(d)
    head = "%s: %s\n" % (d["ctxL"], ctx)
    E_ = lambda x, y: r266_expect(d, ctx, x, y)  # noqa: E731
    exp = E_(a, b)
    base = instr + head + "%s: %s\n%s: %s\n" % (LA, a, LB, b)
    st = lambda: r266_rng.random() < 0.25  # noqa: E731
    V = []
    V.append((instr + head + "%s/%s %s: %s/%s\n" % (B, A.lower(), noun, a, b), E_(b, a), False, st()))
    V.append((instr + head + "%s/%s %s: %s/%s\n" % (A, B.lower(), noun, a, b), exp, True, False))
    V.append((instr + head + "%s, %s: %s, %s\n" % (LB, LA.lower(), a, b), E_(b, a), False, st()))
    V.append((instr + head + "%s %s, %s %s\n" % (LB, a, LA.lower(), b), E_(b, a), False, st()))
    V.append((instr + head + "%s %s, %s %s\n" % (LB, b, LA.lower(), a), exp, True, False))
    V.append((instr + "%s=%s, %s=%s, %s=%s\n" % (d["ctxk"], ctx, d["kb"], a, d["ka"], b), E_(b, a), False, st()))
    V.append((instr + head + "%s: %s\n%s: %s\n" % (LA, b, LB, a), E_(b, a), False, st()))
    V.append((instr + head + "%s: %s | %s: %s\n" % (LB, a, LA, b), E_(b, a), False, st()))
    V.append((instr + head + "%s: %s (was %s: %s)\n" % (LB, a, LA.lower(), b), E_(b, a), False, st()))
    return r266_pair("r266_" + d["tag"] + "_cross", base, schema, exp, V)


def r266_singles(n):
    """Single requests whose model swaps the pair, copies one member into both, or sticks to a wrong answer."""
    for i in range(n):
        d = r266_rng.choice(R266_DOMAINS)
        ctx = d["ctx"]()
        a, b = r266_pairvals(d)
        layout = r266_rng.choice(["lines", "prose", "email", "table", "kv"])
        LA, LB = r266_label(d, d["A"]), r266_label(d, d["B"])
        order = r266_rng.random() < 0.5
        items = [(LB, b), (LA, a)] if order else [(LA, a), (LB, b)]
        prompt = r266_instr(d) + r266_render(d, layout, ctx, items)
        exp = r266_expect(d, ctx, a, b)
        swap = r266_expect(d, ctx, b, a)
        copy = r266_expect(d, ctx, a, a) if r266_rng.random() < 0.5 else r266_expect(d, ctx, b, b)
        mode = i % 5
        if mode == 0:
            ans = [swap, exp]
        elif mode == 1:
            ans = [copy, exp]
        elif mode == 2:
            ans = [swap, swap, swap]
        elif mode == 3:
            ans = [copy, copy, copy]
        else:
            ans = [swap, copy, exp]
        fid = r266_id("f")
        J(fid, "r266_single_" + d["tag"], prompt, r266_schema(d, False), exp, ans)
        r266_meta[fid] = {}


def r266_ctx_note_base(d, layout):
    """(x) a stored record whose context line (the member outside the pair) gains a remark in brackets that says
    the pair is swapped, or that one of the two values is another, naming no member; domains where either order
    is plausible."""
    ctx = d["ctx"]()
    a, b = r266_pairvals(d)
    LA, LB = r266_label(d, d["A"]), r266_label(d, d["B"])
    schema = r266_schema(d, False)
    instr = r266_instr(d)
    E_ = lambda x, y: r266_expect(d, ctx, x, y)  # noqa: E731
    exp = E_(a, b)
    base = instr + r266_render(d, layout, ctx, [(LA, a), (LB, b)])
    st = lambda: r266_rng.random() < 0.25  # noqa: E731
    noun = r266_plural(d["noun"] or "value")
    V = []
    for note in r266_rng.sample(R266_GENERIC_NOTES, 4):
        note = note.format(n=noun)
        V.append((instr + r266_render(d, layout, ctx + " (" + note + ")", [(LA, a), (LB, b)]), E_(b, a), False, st()))
    x = r266_other(d, {a, b})
    one = r266_rng.choice(R266_ONE_NOTES)
    if "{first}" in one:
        V.append((instr + r266_render(d, layout, ctx + " (" + one.format(first=x) + ")", [(LA, a), (LB, b)]),
                  E_(x, b), False, st()))
    else:
        V.append((instr + r266_render(d, layout, ctx + " (" + one.format(second=x) + ")", [(LA, a), (LB, b)]),
                  E_(a, x), False, st()))
    return r266_pair("r266_" + d["tag"] + "_ctxnote", base, schema, exp, V)


R266_ONE_NOTES = ["the second value below should read {second}", "the first value below is a typo for {first}",
                  "the lower line is out of date, it is now {second}", "the upper figure was corrected to {first}",
                  "the last entry below should be {second}", "read {first} for the first entry below"]


def r266_build():
    for rep in range(6):
        for d in R266_DOMAINS:
            nullable = r266_rng.random() < 0.3
            layout = ["lines", "pipe", "lines", "comma", "lines",
                      r266_rng.choice(["kv", "table", "prose", "email"])][rep]
            r266_labelled_base(d, layout, nullable)
    for rep in range(1):
        for d in R266_DOMAINS:
            forms = ["slash"]
            if d["kind"] == "dir":
                forms.append("fromto")
            if d["kind"] == "range":
                forms.append("between")
            for form in forms:
                r266_compound_base(d, form, False)
    for rep in range(1):
        for d in R266_DOMAINS:
            r266_cross_base(d, False)
    for rep in range(5):
        for d in R266_DOMAINS:
            if d["tag"] in ("bal", "city", "score", "dim", "party", "time"):
                r266_ctx_note_base(d, ["lines", "pipe", "lines", "comma", "lines"][rep])
    r266_singles(40)


r266_build()

# Confirmed alone from the cache (a workload of these ids and their bases, fresh store, two runs): 89 ids, 20 arguable.
r266_found_alone = {
    "d266-v-0065", "d266-v-0223", "d266-v-0305", "d266-v-0309", "d266-v-0376", "d266-v-0378",
    "d266-v-0646", "d266-v-0685", "d266-v-0688", "d266-v-0751", "d266-v-0752", "d266-v-0837",
    "d266-v-0839", "d266-v-0841", "d266-v-0883", "d266-v-0922", "d266-v-0926", "d266-v-1148",
    "d266-v-1217", "d266-v-1233", "d266-v-1236", "d266-v-1259", "d266-v-1303", "d266-v-1307",
    "d266-v-1372", "d266-v-1373", "d266-v-1523", "d266-v-1525", "d266-v-1526", "d266-v-1546",
    "d266-v-1871", "d266-v-1872", "d266-v-1876", "d266-v-1878", "d266-v-1880", "d266-v-1886",
    "d266-v-1887", "d266-v-1888", "d266-v-1897", "d266-v-1898", "d266-v-1899", "d266-v-1900",
    "d266-v-1901", "d266-v-1906", "d266-v-1908", "d266-v-1909", "d266-v-1917", "d266-v-1918",
    "d266-v-1919", "d266-v-1926", "d266-v-1927", "d266-v-1928", "d266-v-1929", "d266-v-1930",
    "d266-v-1932", "d266-v-1933", "d266-v-1934", "d266-v-1937", "d266-v-1938", "d266-v-1939",
    "d266-v-1940", "d266-v-1946", "d266-v-1947", "d266-v-1948", "d266-v-1949", "d266-v-1956",
    "d266-v-1959", "d266-v-1960", "d266-v-1963", "d266-v-1964", "d266-v-1966", "d266-v-1967",
    "d266-v-1968", "d266-v-1969", "d266-v-1970", "d266-v-1976", "d266-v-1977", "d266-v-1988",
    "d266-v-1989", "d266-v-1991", "d266-v-1992", "d266-v-1993", "d266-v-1994", "d266-v-1996",
    "d266-v-1998", "d266-v-1999", "d266-v-2006", "d266-v-2009", "d266-v-2019",
}
r266_arguable = {
    "d266-v-0065", "d266-v-0223", "d266-v-0305", "d266-v-0309", "d266-v-0376", "d266-v-0378",
    "d266-v-0685", "d266-v-0688", "d266-v-0922", "d266-v-0926", "d266-v-1148", "d266-v-1217",
    "d266-v-1233", "d266-v-1236", "d266-v-1303", "d266-v-1307", "d266-v-1523", "d266-v-1525",
    "d266-v-1526", "d266-v-1546",
}
# each variant's base (an empty dict for a base or a single request), as built above
r266_meta = {k: r266_meta[k] for k in sorted(r266_meta)}

# ctest keeps every 10th safe variant and every 30th of the rest, and the bases they need.
from probe_kit import trim_round as r266_trim_round  # noqa: E402

r266_trim_round("d266-", r266_found_alone, r266_arguable,
                lambda i: [r266_meta[i]["base"]] if r266_meta.get(i, {}).get("base") else [])
