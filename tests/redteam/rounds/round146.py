r"""Red-team round 146 (black box, stepcache_s35): THE RULES ADDED LAST (rounds 140-145 "Fixed"), json_extract.
FOCUS: a value stated once given for two members; table rows with another cell count than the header and pipe rows with
empty or placeholder cells; members the checks treat as synonyms (other pairs than price/cost, phone/mobile, city/town)
with swapped labels or columns; a unit word before a number and primes; label qualifiers that make another field of the
same kind (beyond return/outbound/inbound/copy/cc/bcc), in several languages.
TRIED (18,540 probes: 3,852 bases d146-b-, 9,031 pair variants d146-v-, 5,528 singles d146-s-, 129 safe d146-ok-):
 A  (40 member pairs x line/table shapes) amount/total, email/mail, company/employer, address/location, start/begin,
    surname/last_name, phone/telephone, mobile/cell, fee/charge, salary/pay, zip/postcode, quantity/count, first/given
    name, country/nation, end/finish, car/vehicle, job/occupation, weight/mass, customer/client, supplier/vendor, ...:
    labels swapped with the values in place, values swapped, lower-case labels, one member dropped, one label twice;
    header swaps in CSV, ";", tab, "|", ", " and Markdown tables (keys and display labels); singles read by position
    and one value given for both;
 B/G/M  broken rows: 40 + 66 + 33 placeholders ("?", "TBD", "N/A", "-", "...", "∅", "(blank)", "*", "+", "•", "1.",
    "a)", ">", "#", "[ ]", "`n/a`", "*TBD*", fullwidth and other stars ...) in the 2nd or 3rd cell of a one-row
    table (8 layouts: ",", ", ", ";", tab, bare "|", " | ", "|outer|", Markdown), a row one cell longer / shorter,
    the header shorter, an empty or "?" header cell; singles with the shifted reading;
 C/H  a unit word before the number ("mín. 3", "minst 3", "mindestens 3", "au moins 3", "min3", "MIN:3", "wk 3",
    "hr 40", "ct 40", "lb 12", "mi 12", "ft 6", "h 90", "months 41", "from 18.50", "ab 18.50", "avg. 18.50", ...)
    and 34 marks after a count ("3'", "3''", "3`", "3´", "3’", "3ʹ", "3″", "3°", "3º", "3+", "3*", "3†", "3¹" ...);
 D/F  ~180 label qualifiers before or after the member's label ("Previous", "Former", "Billing", "Shipping",
    "Alternate", "Emergency", "Secondary", "Backup", "Old", "Planned", "Actual", "Expected", "Max", "Avg",
    "Cancelled", "Legacy", "Wrong", "Invalid", "Expired", "Test", "Dummy", "Son's", "Doctor's", "ICE", "Email 2",
    "Email 2019", "(previous)", "prev_email", German/French/Spanish/Norwegian/Swedish/Italian/Dutch/Polish words and
    fully foreign labels "Alte E-Mail", "Ancienne adresse", "Tidligere adresse" ...) on 8 members (email, phone,
    address, employer, departure, price, city, salary): the qualified field alone (single), both fields (singles),
    the plain label relabelled (pair), values swapped, the plain line dropped, labels swapped; qualified table headers;
 E/K  a value stated once, given for two members (17 non-synonym pairs x 10 text shapes; 40 synonym-like pairs);
 W  a heading above the plain label ("Emergency contact:", "Previous employer:", "### Emergency contact", ...).
HELD: every header swap and label swap of the synonym-like pairs but one (refused: "its name and "telephone" are one word
to the checks (synonyms)", patched, or rewritten right); every E shape (one value for two different members, also in
keyed, JSON, prose, Markdown and pipe texts); every broken row and placeholder in CSV, ";", tab, outer-bar pipe and
Markdown tables, every row one cell longer/shorter, empty or "?" header cells; every single of the shifted reading
(never stored); every unit word before a number (C) — only marks after it got through; fully foreign qualified labels
("Alte E-Mail", "Ancienne adresse", "Rechnungsadresse", "Notfalltelefon", "Tidligere adresse"); qualifiers the
vocabulary holds (previous, former, old, emergency, max, min, other, last, prior, past, earlier, ex-, possessives of
partner/spouse/mother/wife/child, parent, abbreviations "Prev.", "Alt.",
"Sec.", "Emerg.", "Fmr.", "Was", "Formerly", "Used to be", "Replaced") and every qualifier in brackets after the label; headings above the label (W);
both fields present (the model copying the qualified one: refused or patched).
GOT THROUGH (each confirmed ALONE on a fresh SQLite store, --runs 2; alone.txt 567 clear items, alone_arguable.txt
589 arguable; 2,014 candidates in the joint runs, 1,804 of them re-run alone in the time):
 (1) A QUALIFIER THE VOCABULARY DOES NOT HOLD BEFORE THE MEMBER'S LABEL (singles: the model's copy stored and served
     again, "all 2 steps verified"): "Name: Nils Timikadal / Cancelled email: ana.old@post.no" -> email stored
     (d146-s-D0-cancelled-only); "Wrong phone: 400 11 222" (d146-s-F1-wrong-only); "Expired city: Molde"
     (d146-s-F6-expired-only); also Superseded, Deprecated, Legacy, Archived, Obsolete, Retired, Inactive, Invalid,
     Incorrect, Bounced, Blocked, Deleted, Removed, Outdated, Historical, Pre-2024, "Email obsolete", Test, Sample, Example, Dummy,
     Placeholder, Competitor, Guardian, Manager, Assistant, Agent, Referee, Landlord, Sponsor, Son's, Boss's,
     Doctor's, Next of kin, ICE, SOS, Fax, "Email 2019", and other-language "old" words in a mixed label ("Alte email",
     "Ancienne phone", "Tidligere address", "Email anterior"); the qualified header in a table ("name;wrong phone",
     d146-s-F1-*-tbl); arguable: Billing, Shipping, Alternate, Backup, Secondary, Planned, Actual, Expected,
     Estimated, Original, Work, Home, Recommended, Suggested, Initial, Interim, Provisional, Default, "Email 2", "Email #2", "2nd email", "Recovery email", statistics words before a
     string member ("Avg email"). Pairs: a qualifier after the label, "Departure anterior: 08:35" / "Phone obsolete" /
     "Departure obsolete" after a stored plain field, reused (d146-v-D4-es-s-rl, d146-v-F1-s-obs-rl, d146-v-F4-s-obs-rl).
 (2) A LIST OR HEADING MARK AS A PIPE CELL in a bare "|" table (no outer bars): the stored base reused with the shifted
     record, "all 3 steps verified": "name|city|office|home / Jonas Berg|*|Bergen|Oslo" -> {"city":"Bergen",
     "office":"Oslo"} (d146-v-B0-pipe-ph21, d146-v-G0-pipe-ph00); "Jonas Berg|+|Bergen|Oslo" -> city "Bergen"
     (d146-v-M0-pipe-p1-01); "SK4035|1.|Bergen|Stavanger" -> origin "Bergen" (d146-v-M1-pipe-p1-10); also "+", "•", "‣", "▪", "⁃", "∗", "＊", "➕", "✲", ">", "a)", "[ ]", "#", "`n/a`",
     "*TBD*", "* TBD", "+ TBD", "• TBD", "*unknown*", "_TBD_". Held in ",", ";", tab, outer-bar and Markdown tables and for
     "-", "?", "TBD", "N/A", "**", "***"; singles never stored (the reuse path, not the store gate, lets them through); a mark in the 3rd cell only in the
     joint run.
 (3) SYNONYM-LIKE MEMBERS email / e_mail_address: "Email: ana.berg@post.no / E-mail address: ana@kalo.no" after a
     stored record with the values the other way round -> {"email":"ana@kalo.no","e_mail_address":"ana@kalo.no"}
     (one value the text states once, given for two members; d146-v-A36-email-e_mail_address-ln-vswap, -lswap).
ARGUABLE (r146_arguable, family "..._arguable"): marks after a count ("Nights: 3'", "Hourly rate: 40'", "Age: 41'",
"3`", "3\"", "3 '", "3”" read as 3 and stored, also reused; round 143 left primes arguable, though the fix list says
"3'" states no plain value); "Price (from): 18.50" -> 18.5; one value given for two synonym-like members ("From date:
2026-05-07" -> start_date and from_date; "E-mail address" -> email and e_mail_address; "Valid from", "DOB", "Tel",
"Zip code", "Full name"); the qualifiers listed arguable in (1).
Right answers refused worth noting: a plain "Name/Phone/Telephone" record ("its name and "telephone" are one word to the
checks": phone/telephone, mobile/cell, zip/postcode, weight/mass, city/town refused even when nothing is swapped);
amount/total and amount/sum bases ("asks for a figure computed from the text"); "Last name"/"Given name" beside
"name" ("the request asks for the first name only").
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r146_pairs = []
r146_singles = []
r146_safe_ids = []
r146_arguable = set()
r146_bases = set()
r146_n = [0]
r146_NS = "<no single value>"
r146_NN = 999
r146_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r146_FIRST = ["Ada", "Bo", "Cai", "Dag", "Eli", "Fay", "Gro", "Hal", "Ina", "Jon", "Kai", "Liv", "Mia", "Nils",
              "Ola", "Pia", "Rut", "Siv", "Tor", "Una"]


def r146_nm():
    n = r146_n[0]
    r146_n[0] += 1
    return (r146_FIRST[n % 20] + " " + r146_SYL[(n // 20) % 10] + r146_SYL[(n // 200) % 10].lower()
            + r146_SYL[(n // 2000) % 10].lower() + "dal")


def r146_base(tag, fam, sch, pr, exp):
    b = "d146-b-" + tag
    if b not in r146_bases:
        r146_bases.add(b)
        J(b, "r146_" + fam + "_base", pr, sch, exp, [exp])
    return b


def r146_pair(btag, tag, fam, sch, bpr, bexp, vpr, vexp, stale=None, arg=False):
    b = r146_base(btag, fam, sch, bpr, bexp)
    v = "d146-v-" + tag
    fam2 = "r146_" + fam + ("_arguable" if arg else "")
    ans = [stale if stale is not None else bexp]
    if vexp is not None and not r146_has_none(vexp):
        ans.append(vexp)
    J(v, fam2, vpr, sch, vexp, ans)
    if arg:
        r146_arguable.add(v)
    r146_pairs.append((b, v))


def r146_safe(btag, tag, fam, sch, bpr, bexp, vpr):
    b = r146_base(btag, fam, sch, bpr, bexp)
    v = "d146-ok-" + tag
    J(v, "r146_" + fam + "_safe", vpr, sch, bexp, [bexp], safe=True)
    r146_safe_ids.append((b, v))


def r146_has_none(e):
    return any(x in (r146_NS, r146_NN) for x in e.values())


def r146_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d146-s-" + tag
    ans = [mis] if r146_has_none(exp) else [mis, exp, exp]
    J(s, "r146_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, ans)
    r146_singles.append(s)
    if arg:
        r146_arguable.add(s)


def r146_ty(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    return "string"


def r146_fmt(v):
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def r146_hum(k):
    return k.replace("_", " ")


# ------------------------------------------------------------------ A: synonym-like member pairs, swapped labels
# (keyA, labelA, keyB, labelB, vA, vB)
r146_SYN = [
    ("amount", "Amount", "total", "Total", 50.0, 62.5),
    ("email", "Email", "mail", "Mail", "ana@kalo.no", "ana.berg@post.no"),
    ("company", "Company", "employer", "Employer", "Nordlys AS", "Fjordkraft ASA"),
    ("address", "Address", "location", "Location", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("start", "Start", "begin", "Begin", "08:00", "09:30"),
    ("surname", "Surname", "last_name", "Last name", "Berg", "Lund"),
    ("phone", "Phone", "telephone", "Telephone", "912 34 567", "913 45 678"),
    ("mobile", "Mobile", "cell", "Cell", "912 34 567", "913 45 678"),
    ("fee", "Fee", "charge", "Charge", 40.0, 55.0),
    ("salary", "Salary", "pay", "Pay", 52000, 48000),
    ("wage", "Wage", "salary", "Salary", 310, 450),
    ("zip", "Zip", "postcode", "Postcode", "0150", "5003"),
    ("quantity", "Quantity", "count", "Count", 3, 5),
    ("first_name", "First name", "given_name", "Given name", "Ana", "Eva"),
    ("country", "Country", "nation", "Nation", "Norway", "Sweden"),
    ("end", "End", "finish", "Finish", "17:00", "16:30"),
    ("car", "Car", "vehicle", "Vehicle", "Volvo XC40", "Tesla Model Y"),
    ("job", "Job", "occupation", "Occupation", "Nurse", "Teacher"),
    ("role", "Role", "title", "Title", "Manager", "Director"),
    ("weight", "Weight", "mass", "Mass", 12.5, 13.75),
    ("customer", "Customer", "client", "Client", "Ana Berg", "Eva Lund"),
    ("supplier", "Supplier", "vendor", "Vendor", "Nordlys AS", "Fjordkraft ASA"),
    ("discount", "Discount", "rebate", "Rebate", 10.0, 15.0),
    ("url", "URL", "website", "Website", "https://kalo.no", "https://berg.no"),
    ("price", "Price", "cost", "Cost", 18.5, 24.9),
    ("city", "City", "town", "Town", "Bergen", "Molde"),
    ("phone", "Phone", "mobile", "Mobile", "912 34 567", "913 45 678"),
    ("amount", "Amount", "sum", "Sum", 50.0, 62.5),
    ("total", "Total", "sum", "Sum", 50.0, 62.5),
    ("size", "Size", "dimensions", "Dimensions", "40x60", "50x70"),
    ("arrival", "Arrival", "eta", "ETA", "14:10", "15:20"),
    ("departure", "Departure", "etd", "ETD", "08:35", "09:10"),
    ("note", "Note", "comment", "Comment", "Fragile", "Leave at door"),
    ("age", "Age", "years", "Years", 41, 39),
    ("guests", "Guests", "persons", "Persons", 3, 4),
    ("start_date", "Start date", "from_date", "From date", "2026-05-03", "2026-05-07"),
    ("email", "Email", "e_mail_address", "E-mail address", "ana@kalo.no", "ana.berg@post.no"),
    ("speed", "Speed", "velocity", "Velocity", 60, 80),
    ("author", "Author", "writer", "Writer", "Knut Hamsun", "Sigrid Undset"),
    ("shop", "Shop", "store", "Store", "Kiwi Majorstuen", "Rema Bryggen"),
]


def r146_tbl(lay, H, R):
    if lay == "csv":
        return ",".join(H) + "\n" + ",".join(R)
    if lay == "semi":
        return ";".join(H) + "\n" + ";".join(R)
    if lay == "tsv":
        return "\t".join(H) + "\n" + "\t".join(R)
    if lay == "pipe":
        return "|".join(H) + "\n" + "|".join(R)
    if lay == "md":
        return "| " + " | ".join(H) + " |\n|" + "---|" * len(H) + "\n| " + " | ".join(R) + " |"
    if lay == "csvsp":
        return ", ".join(H) + "\n" + ", ".join(R)
    raise ValueError(lay)


for r146_i, (ka, la, kb, lb, va, vb) in enumerate(r146_SYN):
    sch = S({"name": "string", ka: r146_ty(va), kb: r146_ty(vb)})
    nm = r146_nm()
    ins = "Extract the name, %s and %s as JSON.\n\nText:\n" % (r146_hum(ka), r146_hum(kb))
    bexp = {"name": nm, ka: va, kb: vb}
    sw = {"name": nm, ka: vb, kb: va}
    t = "A%02d-%s-%s" % (r146_i, ka, kb)
    # line form
    bpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm, la, r146_fmt(va), lb, r146_fmt(vb))
    # labels swapped, values in place
    vpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm, lb, r146_fmt(va), la, r146_fmt(vb))
    r146_pair(t + "-ln", t + "-ln-lswap", "syn", sch, bpr, bexp, vpr, sw)
    # values swapped under the same labels
    vpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm, la, r146_fmt(vb), lb, r146_fmt(va))
    r146_pair(t + "-ln", t + "-ln-vswap", "syn", sch, bpr, bexp, vpr, sw)
    # lower-case labels swapped
    vpr = ins + "name: %s\n%s: %s\n%s: %s\n" % (nm, lb.lower(), r146_fmt(va), la.lower(), r146_fmt(vb))
    r146_pair(t + "-ln", t + "-ln-lswaplc", "syn", sch, bpr, bexp, vpr, sw)
    # only one of the two stated: the other member has no value
    vpr = ins + "Name: %s\n%s: %s\n" % (nm, la, r146_fmt(va))
    r146_pair(t + "-ln", t + "-ln-dropb", "syn", sch, bpr, bexp, vpr,
              {"name": nm, ka: va, kb: r146_NS if isinstance(vb, str) else r146_NN})
    # the line of B relabelled to A's label: two values under one label
    vpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm, la, r146_fmt(va), la, r146_fmt(vb))
    r146_pair(t + "-ln", t + "-ln-dupa", "syn", sch, bpr, bexp, vpr,
              {"name": nm, ka: r146_NS if isinstance(va, str) else r146_NN, kb: vb})
    # safe: lines reordered with their labels; an unrelated sentence
    r146_safe(t + "-ln", t + "-ln-reord", "syn", sch, bpr, bexp,
              ins + "%s: %s\nName: %s\n%s: %s\n" % (lb, r146_fmt(vb), nm, la, r146_fmt(va)))
    r146_safe(t + "-ln", t + "-ln-sent", "syn", sch, bpr, bexp, bpr + "Thanks for your help.\n")
    # tables: header swapped, values in place
    for lay in ("csv", "semi", "tsv", "pipe", "csvsp", "md"):
        H = ["name", ka, kb, "ref"]
        R = [nm, r146_fmt(va), r146_fmt(vb), "R-%d" % (100 + r146_i)]
        tins = "Extract the name, %s and %s as JSON.\n\n" % (r146_hum(ka), r146_hum(kb))
        bpr2 = tins + r146_tbl(lay, H, R) + "\n"
        H2 = ["name", kb, ka, "ref"]
        r146_pair(t + "-" + lay, t + "-" + lay + "-hswap", "syn_tbl", sch, bpr2, bexp,
                  tins + r146_tbl(lay, H2, R) + "\n", sw)
        # display labels in the header
        H3 = ["Name", la, lb, "Ref"]
        H4 = ["Name", lb, la, "Ref"]
        r146_pair(t + "-" + lay + "L", t + "-" + lay + "L-hswap", "syn_tbl", sch, tins + r146_tbl(lay, H3, R) + "\n",
                  bexp, tins + r146_tbl(lay, H4, R) + "\n", sw)
    # keyed line
    kpr = ins + "name=%s %s=%s %s=%s\n" % (nm.replace(" ", "_"), ka, r146_fmt(va).replace(" ", ""),
                                            kb, r146_fmt(vb).replace(" ", ""))
    # singles: labels in swapped order, the model reads by position
    nm2 = r146_nm()
    spr = ("Give %s and %s for the person below, as JSON.\n\nName: %s\n%s: %s\n%s: %s\n"
           % (r146_hum(ka), r146_hum(kb), nm2, lb, r146_fmt(va), la, r146_fmt(vb)))
    r146_single(t + "-pos", "syn", sch, spr, {"name": nm2, ka: vb, kb: va}, {"name": nm2, ka: va, kb: vb})
    spr = ("Give %s and %s for the person below, as JSON.\n\n%s\n%s\n" % (
        r146_hum(ka), r146_hum(kb), ";".join(["name", kb, ka]), ";".join([nm2, r146_fmt(va), r146_fmt(vb)])))
    r146_single(t + "-postbl", "syn", sch, spr, {"name": nm2, ka: vb, kb: va}, {"name": nm2, ka: va, kb: vb})
    # singles: one value stated, given for both members
    spr = ("Give %s and %s for the person below, as JSON.\n\nName: %s\n%s: %s\n"
           % (r146_hum(ka), r146_hum(kb), nm2, lb, r146_fmt(vb)))
    r146_single(t + "-once", "syn", sch, spr, {"name": nm2, ka: r146_NS if isinstance(va, str) else r146_NN, kb: vb},
                {"name": nm2, ka: vb, kb: vb})
    spr = ("Give %s and %s for the person below, as JSON.\n\nname,%s\n%s,%s\n"
           % (r146_hum(ka), r146_hum(kb), ka, nm2, r146_fmt(va).replace(",", "")))
    r146_single(t + "-oncetbl", "syn", sch, spr,
                {"name": nm2, ka: va if "," not in r146_fmt(va) else r146_NS, kb: r146_NS if isinstance(vb, str) else r146_NN},
                {"name": nm2, ka: va, kb: va})

# ------------------------------------------------------------------ B: broken rows, placeholders
r146_PH = ["?", "??", "TBD", "tba", "N/A", "n.a.", "NA", "none", "None", "nil", "NULL", "-", "--", "---", "\u2013",
           "\u2014", "\u2026", "...", "x", "X", ".", "*", "0", "(blank)", "(none)", "[empty]", "<empty>", "unknown",
           "Unknown", "ukjent", "unbekannt", "inconnu", "desconocido", "\u00a0", "_", "~", "#", "/", "\u2205", "?"]
r146_BDOM = [
    # (keys, row values, instruction)
    (["name", "city", "office", "home"], ["Jonas Berg", "Bergen", "Oslo", "Tromso"], "name, city and office"),
    (["flight", "origin", "destination", "via"], ["SK4035", "Bergen", "Stavanger", "Oslo"],
     "flight, origin and destination"),
    (["name", "email", "company", "team"], ["Ana Lund", "ana@kalo.no", "Nordlys AS", "Sales"],
     "name, email and company"),
    (["name", "employer", "location", "dept"], ["Per Moe", "Fjordkraft ASA", "Bryggen", "IT"],
     "name, employer and location"),
]
r146_BLAYS = ["csv", "semi", "tsv", "pipe", "pipeo", "md", "csvsp", "pipesp"]


def r146_btbl(lay, H, R):
    if lay == "pipeo":
        return "|" + "|".join(H) + "|\n|" + "|".join(R) + "|"
    if lay == "pipesp":
        return " | ".join(H) + "\n" + " | ".join(R)
    return r146_tbl(lay, H, R)


for r146_di, (keys, vals, what) in enumerate(r146_BDOM):
    k3 = keys[:3]
    sch = S({k: "string" for k in k3})
    ins = "Extract the %s as JSON.\n\n" % what
    bexp = dict(zip(k3, vals[:3]))
    for lay in r146_BLAYS:
        bpr = ins + r146_btbl(lay, keys, vals) + "\n"
        bt = "B%d-%s" % (r146_di, lay)
        # placeholder in the 2nd cell, values shifted right (the model skips the placeholder)
        for r146_pi, ph in enumerate(r146_PH):
            if lay in ("csv", "csvsp") and ph in (",",):
                continue
            R = [vals[0], ph, vals[1], vals[2]]
            vexp = {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[1]}
            r146_pair(bt, "%s-ph%02d" % (bt, r146_pi), "brk", sch, bpr, bexp,
                      ins + r146_btbl(lay, keys, R) + "\n", vexp)
        # a row one cell longer than the header
        R = [vals[0], "Molde", vals[1], vals[2]]
        r146_pair(bt, bt + "-long", "brk", sch, bpr, bexp, ins + r146_btbl(lay, keys, R) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: r146_NS})
        # a row one cell shorter than the header (first value dropped / middle dropped)
        R = [vals[0], vals[2], vals[3]]
        r146_pair(bt, bt + "-short", "brk", sch, bpr, bexp, ins + r146_btbl(lay, keys, R) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: r146_NS}, stale={k3[0]: vals[0], k3[1]: vals[2],
                                                                          k3[2]: vals[2]})
        # header one cell shorter than the row
        r146_pair(bt, bt + "-hshort", "brk", sch, bpr, bexp,
                  ins + r146_btbl(lay, [keys[0], keys[2], keys[3]], vals) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: r146_NS})
        # two rows: second is broken, first fine -> model reads the broken one
        # header cell empty
        r146_pair(bt, bt + "-hempty", "brk", sch, bpr, bexp,
                  ins + r146_btbl(lay, [keys[0], "", keys[2], keys[3]], vals) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[2]})
        # header cell a placeholder
        r146_pair(bt, bt + "-hq", "brk", sch, bpr, bexp,
                  ins + r146_btbl(lay, [keys[0], "?", keys[2], keys[3]], vals) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[2]})
        # safe: spaces, extra column with data
        r146_safe(bt, bt + "-addcol", "brk", sch, bpr, bexp,
                  ins + r146_btbl(lay, keys + ["note"], vals + ["ok"]) + "\n")
        # singles: shifted reading of a placeholder row
        for r146_pi, ph in enumerate(["?", "TBD", "\u2014", "unknown", "n.a.", "\u2205", "(blank)", "0"]):
            R = [vals[0], ph, vals[1], vals[2]]
            r146_single("%s-ph%d" % (bt, r146_pi), "brk", sch, "From this table, give the %s as JSON.\n\n" % what
                        + r146_btbl(lay, keys, R) + "\n",
                        {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[1]},
                        {k3[0]: vals[0], k3[1]: vals[1], k3[2]: vals[2]})
        R = [vals[0], vals[2], vals[3]]
        r146_single(bt + "-short", "brk", sch, "From this table, give the %s as JSON.\n\n" % what
                    + r146_btbl(lay, keys, R) + "\n",
                    {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: r146_NS},
                    {k3[0]: vals[0], k3[1]: vals[2], k3[2]: vals[3]})
        R = [vals[0], "Molde", vals[1], vals[2]]
        r146_single(bt + "-long", "brk", sch, "From this table, give the %s as JSON.\n\n" % what
                    + r146_btbl(lay, keys, R) + "\n",
                    {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: r146_NS},
                    {k3[0]: vals[0], k3[1]: vals[1], k3[2]: vals[2]})

# ------------------------------------------------------------------ C: a unit word before the number, primes
# (member key, type, label, base value text, base value, [(tag, value text, arg)])
r146_U = [
    ("nights", "integer", "Nights", "3", 3, [
        ("mins", "mín. 3", False), ("minst", "minst 3", False), ("mind", "mindestens 3", False),
        ("aumoins", "au moins 3", False), ("almenos", "al menos 3", False), ("min3", "min3", False),
        ("Min.3", "Min.3", False), ("MINc3", "MIN:3", False), ("minc3", "min: 3", False), ("mn", "mn. 3", False),
        ("wk", "wk 3", False), ("wks", "wks. 3", False), ("d", "d 3", False), ("days", "days 3", False),
        ("h", "h 3", False), ("hr", "hr 3", False), ("nts", "nts 3", True), ("approx", "approx. 3", True),
        ("ca", "ca. 3", True), ("upto", "up to 3", False), ("max", "max 3", False), ("maxdot", "max. 3", False),
        ("mx", "mx 3", False), ("lt", "< 3", False), ("ge", ">= 3", False), ("ge2", "\u2265 3", False),
        ("tilde", "~3", True), ("prime", "3\u2032", False), ("dprime", "3\u2033", False), ("apos", "3'", False),
        ("minpost", "3 min", False), ("minmax", "min 3 / max 5", False), ("mo", "mo. 3", False),
        ("yrs", "yrs 3", False), ("Wochen", "Wochen 3", False), ("uker", "uker 3", False), ("sem", "sem. 3", False),
        ("semanas", "semanas 3", False), ("Std", "Std. 3", False), ("t", "t 3", False),
    ]),
    ("hourly_rate", "number", "Hourly rate", "40", 40.0, [
        ("hr", "hr 40", False), ("h", "h 40", False), ("d", "d 40", False), ("day", "day 40", False),
        ("wk", "wk 40", False), ("mo", "mo 40", False), ("yr", "yr 40", False), ("min", "min 40", False),
        ("mins", "mín. 40", False), ("ct", "ct 40", False), ("p", "p 40", True), ("cents", "cents 40", False),
        ("ore", "\u00f8re 40", False), ("k", "k 40", False), ("K", "K40", False), ("max", "max 40", False),
        ("approx", "approx. 40", True), ("prime", "40'", False), ("Std", "Std. 40", False),
        ("dia", "dia 40", False), ("jour", "jour 40", False), ("Tag", "Tag 40", False),
    ]),
    ("weight_kg", "number", "Weight", "12", 12.0, [
        ("lb", "lb 12", False), ("lbs", "lbs. 12", False), ("g", "g 12", False), ("oz", "oz 12", False),
        ("t", "t 12", False), ("st", "st 12", False), ("mg", "mg 12", False), ("min", "min. 12", False),
        ("max", "max. 12", False), ("prime", "12'", False), ("approx", "approx. 12", True),
    ]),
    ("distance_km", "number", "Distance", "12", 12.0, [
        ("mi", "mi 12", False), ("m", "m 12", False), ("ft", "ft 12", False), ("nm", "nm 12", False),
        ("yd", "yd 12", False), ("prime", "12'", False), ("dprime", "12\"", False), ("min", "min. 12", False),
        ("h", "h 12", False), ("mil", "mil 12", False),
    ]),
    ("height_cm", "number", "Height", "180", 180.0, [
        ("m", "m 180", False), ("in", "in 180", False), ("mm", "mm 180", False), ("ft", "ft 6", False),
        ("prime6", "6'", False), ("primes", "5'11\"", False), ("max", "max 180", False),
    ]),
    ("duration_min", "integer", "Duration", "90", 90, [
        ("h", "h 90", False), ("hrs", "hrs 90", False), ("s", "s 90", False), ("sec", "sec 90", False),
        ("dprime", "90\u2033", False), ("secq", "90\"", False), ("d", "d 90", False), ("ms", "ms 90", False),
        ("Std", "Std. 90", False), ("max", "max. 90", False), ("min", "min. 90", True), ("mins", "mins 90", True),
    ]),
    ("guests", "integer", "Guests", "4", 4, [
        ("min", "min. 4", False), ("max", "max. 4", False), ("mins", "mín. 4", False), ("minst", "minst 4", False),
        ("pax", "pax 4", True), ("ad", "ad. 4", True), ("approx", "approx. 4", True), ("upto", "up to 4", False),
        ("h", "h 4", False), ("prime", "4'", False), ("ca", "ca 4", True), ("dz", "dz 4", False),
    ]),
    ("price", "number", "Price", "18.50", 18.5, [
        ("min", "min. 18.50", False), ("max", "max 18.50", False), ("from", "from 18.50", False),
        ("ab", "ab 18.50", False), ("fra", "fra 18.50", False), ("des", "d\u00e8s 18.50", False),
        ("desde", "desde 18.50", False), ("ct", "ct 18.50", False), ("k", "k 18.50", False),
        ("h", "h 18.50", False), ("perh", "/h 18.50", False), ("kg", "kg 18.50", False),
        ("approx", "approx. 18.50", True), ("upto", "up to 18.50", False), ("avg", "avg. 18.50", False),
        ("avg2", "\u00d8 18.50", False), ("mean", "mean 18.50", False),
    ]),
    ("age", "integer", "Age", "41", 41, [
        ("mo", "mo. 41", False), ("mos", "months 41", False), ("wks", "wks 41", False), ("d", "d 41", False),
        ("min", "min. 41", False), ("max", "max 41", False), ("approx", "approx. 41", True),
        ("over", "over 41", False), ("under", "under 41", False), ("prime", "41'", False),
    ]),
]
for r146_ui, (mk, mty, ml, bvt, bv, vs) in enumerate(r146_U):
    sch = S({"guest": "string", mk: mty})
    for r146_vi, (vt, vtxt, arg) in enumerate(vs):
        nm = r146_nm()
        ins = "Extract the guest and %s as JSON.\n\n" % r146_hum(mk)
        bpr = ins + "Guest: %s\n%s: %s\n" % (nm, ml, bvt)
        bexp = {"guest": nm, mk: bv}
        vpr = ins + "Guest: %s\n%s: %s\n" % (nm, ml, vtxt)
        r146_pair("C%d-%s" % (r146_ui, vt), "C%d-%s" % (r146_ui, vt), "unit", sch, bpr, bexp, vpr,
                  {"guest": nm, mk: r146_NN}, arg=arg)
        nm2 = r146_nm()
        spr = "Return the guest and %s as JSON.\n\n%s: %s\nGuest: %s\n" % (r146_hum(mk), ml, vtxt, nm2)
        r146_single("C%d-%s" % (r146_ui, vt), "unit", sch, spr, {"guest": nm2, mk: r146_NN}, {"guest": nm2, mk: bv},
                    arg=arg)
        # unit word after the label instead of before the number
        if r146_vi < 8:
            spr = "Return the guest and %s as JSON.\n\nGuest: %s\n%s (%s): %s\n" % (
                r146_hum(mk), nm2, ml, vtxt.split()[0] if " " in vtxt else vtxt[:-1], bvt)
            r146_single("C%d-%s-lbl" % (r146_ui, vt), "unit", sch, spr, {"guest": nm2, mk: r146_NN},
                        {"guest": nm2, mk: bv}, arg=True)
for r146_ui, (mk, mty, ml, bvt, bv, vs) in enumerate(r146_U):
    sch = S({"guest": "string", mk: mty})
    nm = r146_nm()
    ins = "Extract the guest and %s as JSON.\n\n" % r146_hum(mk)
    bpr = ins + "Guest: %s\n%s: %s\n" % (nm, ml, bvt)
    r146_safe("C%d-safe" % r146_ui, "C%d-safe" % r146_ui, "unit", sch, bpr, {"guest": nm, mk: bv},
              ins + "Guest: %s\n%s:  %s\n\nThank you.\n" % (nm, ml, bvt))

# ------------------------------------------------------------------ D: label qualifiers
# (key, label, v_current, v_other)
r146_QM = [
    ("email", "Email", "ana@kalo.no", "ana.old@post.no"),
    ("phone", "Phone", "912 34 567", "400 11 222"),
    ("address", "Address", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("employer", "Employer", "Nordlys AS", "Fjordkraft ASA"),
    ("departure", "Departure", "08:35", "09:10"),
    ("price", "Price", 18.5, 24.9),
    ("city", "City", "Bergen", "Molde"),
    ("salary", "Salary", 52000, 61000),
]
r146_Q = [
    # (tag, qualifier before, arguable when alone)
    ("prev", "Previous", False), ("former", "Former", False), ("billing", "Billing", True),
    ("shipping", "Shipping", True), ("alt", "Alternate", True), ("alt2", "Alternative", True),
    ("emerg", "Emergency", False), ("second", "Secondary", True), ("backup", "Backup", True), ("old", "Old", False),
    ("planned", "Planned", True), ("actual", "Actual", True), ("expected", "Expected", True), ("max", "Max", False),
    ("avg", "Avg", False), ("min", "Min", False), ("est", "Estimated", True), ("orig", "Original", True),
    ("temp", "Temporary", True), ("work", "Work", True), ("home", "Home", True), ("other", "Other", True),
    ("last", "Last", True), ("next", "Next", True), ("proposed", "Proposed", True), ("target", "Target", True),
    ("sched", "Scheduled", True), ("prior", "Prior", False), ("past", "Past", False), ("earlier", "Earlier", False),
    ("ex", "Ex-", False), ("partner", "Partner's", False), ("spouse", "Spouse", False), ("mother", "Mother's", False),
    ("company", "Company", True), ("private", "Private", True), ("contact", "Contact", True), ("mailing", "Mailing", True),
    ("invoice", "Invoice", True), ("delivery", "Delivery", True), ("pickup", "Pickup", True), ("dropoff", "Drop-off", True),
    ("fallback", "Fallback", True), ("spare", "Spare", True), ("requested", "Requested", True), ("quoted", "Quoted", True),
    ("list", "List", True), ("sale", "Sale", True), ("regular", "Regular", True), ("avg2", "Average", False),
    ("maxdot", "Max.", False), ("mindot", "Min.", False), ("typical", "Typical", True), ("desired", "Desired", True),
    ("cancelled", "Cancelled", False), ("superseded", "Superseded", False), ("deprecated", "Deprecated", False),
    ("guardian", "Guardian", False), ("parent", "Parent", False), ("manager", "Manager", False),
    ("de_alt", "Alte", False), ("de_frueher", "Fr\u00fchere", False), ("de_vorh", "Vorherige", False),
    ("de_notfall", "Notfall-", False), ("de_geplant", "Geplante", True), ("fr_ancien", "Ancien", False),
    ("fr_ancienne", "Ancienne", False), ("es_antiguo", "Antiguo", False), ("no_tidl", "Tidligere", False),
    ("no_gammel", "Gammel", False), ("sv_tidig", "Tidigare", False), ("it_vecchio", "Vecchio", False),
    ("nl_vorig", "Vorige", False), ("nl_oud", "Oude", False), ("pl_poprz", "Poprzedni", False),
]
# qualifier after the label
r146_QA = [
    ("p-prev", "%s (previous)", False), ("p-old", "%s (old)", False), ("p-former", "%s (former)", False),
    ("p-emerg", "%s (emergency)", False), ("p-billing", "%s (billing)", True), ("p-alt", "%s (alt.)", True),
    ("p-max", "%s (max)", False), ("p-avg", "%s (avg.)", False), ("p-planned", "%s (planned)", True),
    ("p-until", "%s (until 2024)", False), ("p-2", "%s 2", True), ("p-hash2", "%s #2", True),
    ("s-old", "%s old", False), ("s-prev", "%s, previous", False), ("s-dashold", "%s \u2013 old", False),
    ("u-old", "old_%s", False), ("u-prev", "prev_%s", False), ("u-old2", "%s_old", False), ("d-old", "old.%s", False),
    ("c-prev", "previous%s", False), ("de-s", "%s (alt)", True), ("fr-s", "%s (ancien)", False),
    ("es-s", "%s anterior", False), ("no-s", "%s (tidligere)", False), ("de-s2", "%s (fr\u00fcher)", False),
    ("de-s3", "%s (bisher)", False), ("bracket", "[old] %s", False), ("x", "%s \u2717", True),
    ("strike", "~~%s~~", True), ("was", "%s was", False), ("until", "%s until May", False),
]


def r146_qlab(q, lab):
    if q.endswith("-"):
        return q + lab.lower()
    return q + " " + lab.lower()


for r146_mi, (mk, ml, vc, vo) in enumerate(r146_QM):
    sch = S({"name": "string", mk: r146_ty(vc)})
    none = r146_NS if isinstance(vc, str) else r146_NN
    labs = [(t, r146_qlab(q, ml), a) for (t, q, a) in r146_Q]
    for (t, f, a) in r146_QA:
        lab = f % (ml if not f.startswith(("u-", "d-", "c-")) else ml)
        if t.startswith(("u-", "d-")):
            lab = f % mk
        if t.startswith("c-"):
            lab = f % ml
        labs.append((t, lab, a))
    for (qt, qlab, qarg) in labs:
        tag = "D%d-%s" % (r146_mi, qt)
        nm = r146_nm()
        ins = "Extract the name and %s as JSON.\n\nText:\n" % r146_hum(mk)
        # D1 single: only the qualified field
        r146_single(tag + "-only", "qual", sch, ins + "Name: %s\n%s: %s\n" % (nm, qlab, r146_fmt(vo)),
                    {"name": nm, mk: none}, {"name": nm, mk: vo}, arg=qarg)
        # D2 single: both present, the qualified one first, the model copies the qualified value
        nm2 = r146_nm()
        r146_single(tag + "-both", "qual", sch,
                    ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm2, qlab, r146_fmt(vo), ml, r146_fmt(vc)),
                    {"name": nm2, mk: vc}, {"name": nm2, mk: vo})
        # D2b: the plain one first
        r146_single(tag + "-both2", "qual", sch,
                    ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm2, ml, r146_fmt(vc), qlab, r146_fmt(vo)),
                    {"name": nm2, mk: vc}, {"name": nm2, mk: vo})
        # D3 pair: base plain label stored; variant relabelled with the qualifier, same value
        nm3 = r146_nm()
        bpr = ins + "Name: %s\n%s: %s\n" % (nm3, ml, r146_fmt(vc))
        bexp = {"name": nm3, mk: vc}
        r146_pair(tag + "-rl", tag + "-rl", "qual", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n" % (nm3, qlab, r146_fmt(vc)), {"name": nm3, mk: none}, arg=qarg)
        # D4 pair: base with both (plain holds vc), variant swaps the two values
        bpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm3, ml, r146_fmt(vc), qlab, r146_fmt(vo))
        r146_pair(tag + "-sw", tag + "-sw", "qual", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm3, ml, r146_fmt(vo), qlab, r146_fmt(vc)),
                  {"name": nm3, mk: vo})
        # D5 pair: base with both; variant drops the plain line (only the qualified one left, holding vc? no: vo)
        r146_pair(tag + "-sw", tag + "-dropplain", "qual", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n" % (nm3, qlab, r146_fmt(vo)), {"name": nm3, mk: none},
                  stale={"name": nm3, mk: vc}, arg=qarg)
        # D6 pair: base with both; variant swaps the labels (qualified first)
        r146_pair(tag + "-sw", tag + "-lswap", "qual", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm3, qlab, r146_fmt(vc), ml, r146_fmt(vo)),
                  {"name": nm3, mk: vo})
    r146_safe("D%d-safe" % r146_mi, "D%d-sent" % r146_mi, "qual", sch,
              "Extract the name and %s as JSON.\n\nText:\nName: %s\n%s: %s\n%s: %s\n" % (
                  r146_hum(mk), "X", ml, r146_fmt(vc), r146_qlab("Previous", ml), r146_fmt(vo)),
              {"name": "X", mk: vc},
              "Extract the name and %s as JSON.\n\nText:\nName: %s\n%s: %s\n%s: %s\nThanks.\n" % (
                  r146_hum(mk), "X", ml, r146_fmt(vc), r146_qlab("Previous", ml), r146_fmt(vo)))

# ------------------------------------------------------------------ E: a value stated once, given for two members
r146_E = [
    # (keys, labels, value, member given a copy)
    (("city", "office"), ("City", "Office"), "Bergen"),
    (("origin", "destination"), ("Origin", "Destination"), "Bergen"),
    (("billing_city", "shipping_city"), ("Billing city", "Shipping city"), "Oslo"),
    (("start", "end"), ("Start", "End"), "08:00"),
    (("home_phone", "work_phone"), ("Home phone", "Work phone"), "912 34 567"),
    (("email", "backup_email"), ("Email", "Backup email"), "ana@kalo.no"),
    (("min_price", "max_price"), ("Min price", "Max price"), 18.5),
    (("net", "gross"), ("Net", "Gross"), 120.0),
    (("adults", "children"), ("Adults", "Children"), 2),
    (("check_in", "check_out"), ("Check-in", "Check-out"), "2026-05-03"),
    (("sender", "recipient"), ("Sender", "Recipient"), "Ana Berg"),
    (("company", "employer"), ("Company", "Employer"), "Nordlys AS"),
    (("amount", "total"), ("Amount", "Total"), 62.5),
    (("address", "location"), ("Address", "Location"), "Storgata 5, Oslo"),
    (("surname", "last_name"), ("Surname", "Last name"), "Berg"),
    (("start", "begin"), ("Start", "Begin"), "08:00"),
    (("email", "mail"), ("Email", "Mail"), "ana@kalo.no"),
]
for r146_ei, (ks, ls, v) in enumerate(r146_E):
    none = r146_NS if isinstance(v, str) else r146_NN
    sch = S({"name": "string", ks[0]: r146_ty(v), ks[1]: r146_ty(v)})
    for r146_w in (0, 1):
        nm = r146_nm()
        stated, other = ks[r146_w], ks[1 - r146_w]
        lab = ls[r146_w]
        exp = {"name": nm, stated: v, other: none}
        mis = {"name": nm, stated: v, other: v}
        ins = "Extract the name, %s and %s as JSON.\n\n" % (r146_hum(ks[0]), r146_hum(ks[1]))
        shapes = {
            "ln": "Name: %s\n%s: %s\n" % (nm, lab, r146_fmt(v)),
            "kv": "name=%s %s=%s\n" % (nm.replace(" ", "_"), stated, r146_fmt(v).replace(" ", "_")),
            "csv": "name;%s\n%s;%s\n" % (stated, nm, r146_fmt(v)),
            "json": '{"name": "%s", "%s": %s}\n' % (nm, stated, ('"%s"' % v) if isinstance(v, str) else r146_fmt(v)),
            "prose": "%s's %s is %s.\n" % (nm, r146_hum(stated), r146_fmt(v)),
            "md": "| name | %s | %s |\n|---|---|---|\n| %s | %s | |\n" % (stated, other, nm, r146_fmt(v)),
            "pipe": "name|%s|%s\n%s|%s|\n" % (stated, other, nm, r146_fmt(v)),
            "emptyln": "Name: %s\n%s: %s\n%s:\n" % (nm, lab, r146_fmt(v), ls[1 - r146_w]),
            "dashln": "Name: %s\n%s: %s\n%s: -\n" % (nm, lab, r146_fmt(v), ls[1 - r146_w]),
            "sameas": "Name: %s\n%s: %s\n%s: same\n" % (nm, lab, r146_fmt(v), ls[1 - r146_w]),
        }
        for sh, txt in shapes.items():
            e = exp
            if sh == "sameas":
                e = {"name": nm, stated: v, other: none}
            r146_single("E%d-%d-%s" % (r146_ei, r146_w, sh), "once", sch, ins + txt, e, mis,
                        arg=(sh == "sameas"))
        # pair: base states both (different values), variant states only one
        nm2 = r146_nm()
        v2 = (v + "x") if isinstance(v, str) else (v + 1)
        bexp = {"name": nm2, stated: v, other: v2}
        bpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm2, lab, r146_fmt(v), ls[1 - r146_w], r146_fmt(v2))
        r146_pair("E%d-%d" % (r146_ei, r146_w), "E%d-%d-drop" % (r146_ei, r146_w), "once", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n" % (nm2, lab, r146_fmt(v)), exp | {"name": nm2})
        # pair: base states both with the same value; variant changes one of them
        bexp = {"name": nm2, stated: v, other: v}
        bpr = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm2, lab, r146_fmt(v), ls[1 - r146_w], r146_fmt(v))
        r146_pair("E%d-%d-same" % (r146_ei, r146_w), "E%d-%d-same-chg" % (r146_ei, r146_w), "once", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm2, lab, r146_fmt(v), ls[1 - r146_w], r146_fmt(v2)),
                  {"name": nm2, stated: v, other: v2})
        r146_pair("E%d-%d-same" % (r146_ei, r146_w), "E%d-%d-same-drop" % (r146_ei, r146_w), "once", sch, bpr, bexp,
                  ins + "Name: %s\n%s: %s\n" % (nm2, lab, r146_fmt(v)), {"name": nm2, stated: v, other: none})

# ================================================================== wave 2
# ------------------------------------------------------------------ F: qualifiers the vocabulary may not hold
r146_Q2 = [
    # (tag, label format with {L} the member's label (lower case) / {U} capitalised, arguable)
    ("legacy", "Legacy {L}", False), ("archived", "Archived {L}", False), ("obsolete", "Obsolete {L}", False),
    ("retired", "Retired {L}", False), ("inactive", "Inactive {L}", False), ("expired", "Expired {L}", False),
    ("invalid", "Invalid {L}", False), ("wrong", "Wrong {L}", False), ("incorrect", "Incorrect {L}", False),
    ("bounced", "Bounced {L}", False), ("blocked", "Blocked {L}", False), ("deleted", "Deleted {L}", False),
    ("removed", "Removed {L}", False), ("replaced", "Replaced {L}", False), ("outdated", "Outdated {L}", False),
    ("historic", "Historical {L}", False), ("initial", "Initial {L}", True), ("interim", "Interim {L}", True),
    ("provis", "Provisional {L}", True), ("forward", "Forwarding {L}", True), ("recovery", "Recovery {L}", True),
    ("assistant", "Assistant {L}", False), ("referee", "Referee {L}", False), ("agent", "Agent {L}", False),
    ("landlord", "Landlord {L}", False), ("sponsor", "Sponsor {L}", False), ("lowest", "Lowest {L}", False),
    ("highest", "Highest {L}", False), ("median", "Median {L}", False), ("mean", "Mean {L}", False),
    ("peak", "Peak {L}", False), ("recommended", "Recommended {L}", True), ("suggested", "Suggested {L}", True),
    ("competitor", "Competitor {L}", False), ("unverified", "Unverified {L}", True),
    ("ab-prev", "Prev. {L}", False), ("ab-alt", "Alt. {L}", True), ("ab-sec", "Sec. {L}", True),
    ("ab-emerg", "Emerg. {L}", False), ("ab-orig", "Orig. {L}", True), ("ab-est", "Est. {L}", True),
    ("ab-avg", "Avg. {L}", False), ("ab-exp", "Exp. {L}", True), ("ab-sched", "Sched. {L}", True),
    ("ab-bkp", "Bkp {L}", True), ("ab-fmr", "Fmr. {L}", False), ("ab-ex", "Ex {L}", False),
    ("n-2nd", "2nd {L}", True), ("n-second", "Second {L}", True), ("n-additional", "Additional {L}", True),
    ("n-extra", "Extra {L}", True), ("n-another", "Another {L}", True), ("n-2dot", "2. {L}", True),
    ("s-2", "{U} 2", True), ("s-3", "{U} 3", True), ("s-B", "{U} B", True), ("s-II", "{U} II", True),
    ("s-dash2", "{U}-2", True), ("s-alt", "{U} alt", True), ("s-backup", "{U} backup", True),
    ("s-slashold", "{U}/old", False), ("s-commaold", "{U}, old", False), ("s-formerly", "{U} formerly", False),
    ("s-before", "{U} before", False), ("s-prior", "{U} prior", False), ("s-obs", "{U} obsolete", False),
    ("s-retired", "{U} (retired)", False), ("s-nolonger", "{U} no longer valid", False),
    ("s-notused", "{U} (not in use)", False), ("s-dnu", "{U} - do not use", False),
    ("s-until", "{U} until 2024", False), ("s-2019", "{U} 2019", False), ("y-2019", "2019 {L}", False),
    ("de-compound", "Alt-{L}", False), ("hist", "{U} history", False), ("was-", "Was {L}", False),
    ("used", "Used to be {L}", False), ("formerly", "Formerly {L}", False), ("pre", "Pre-2024 {L}", False),
    ("kid", "Child's {L}", False), ("son", "Son's {L}", False), ("wife", "Wife's {L}", False),
    ("boss", "Boss's {L}", False), ("doctor", "Doctor's {L}", False), ("nok", "Next of kin {L}", False),
    ("ice", "ICE {L}", False), ("sos", "SOS {L}", False), ("fax", "Fax {L}", False), ("test", "Test {L}", False),
    ("sample", "Sample {L}", False), ("example", "Example {L}", False), ("dummy", "Dummy {L}", False),
    ("placeholder", "Placeholder {L}", False), ("default", "Default {L}", True),
]
r146_F2M = [
    ("email", "email", "ana@kalo.no", "ana.old@post.no"),
    ("phone", "phone", "912 34 567", "400 11 222"),
    ("address", "address", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("employer", "employer", "Nordlys AS", "Fjordkraft ASA"),
    ("departure", "departure", "08:35", "09:10"),
    ("price", "price", 18.5, 24.9),
    ("city", "city", "Bergen", "Molde"),
    ("salary", "salary", 52000, 61000),
]
for r146_mi, (mk, ml, vc, vo) in enumerate(r146_F2M):
    sch = S({"name": "string", mk: r146_ty(vc)})
    none = r146_NS if isinstance(vc, str) else r146_NN
    for (qt, f, qarg) in r146_Q2:
        qlab = f.replace("{L}", ml).replace("{U}", ml.capitalize())
        qlab = qlab[0].upper() + qlab[1:]
        tag = "F%d-%s" % (r146_mi, qt)
        nm = r146_nm()
        ins = "Extract the name and %s as JSON.\n\nText:\n" % r146_hum(mk)
        r146_single(tag + "-only", "qual2", sch, ins + "Name: %s\n%s: %s\n" % (nm, qlab, r146_fmt(vo)),
                    {"name": nm, mk: none}, {"name": nm, mk: vo}, arg=qarg)
        nm3 = r146_nm()
        bpr = ins + "Name: %s\n%s: %s\n" % (nm3, ml.capitalize(), r146_fmt(vc))
        r146_pair(tag + "-rl", tag + "-rl", "qual2", sch, bpr, {"name": nm3, mk: vc},
                  ins + "Name: %s\n%s: %s\n" % (nm3, qlab, r146_fmt(vc)), {"name": nm3, mk: none}, arg=qarg)
        # in a table header
        if r146_mi in (0, 1, 5):
            nm4 = r146_nm()
            r146_single(tag + "-tbl", "qual2", sch, "Extract the name and %s as JSON.\n\nname;%s\n%s;%s\n" % (
                r146_hum(mk), qlab.lower(), nm4, r146_fmt(vo)), {"name": nm4, mk: none}, {"name": nm4, mk: vo},
                arg=qarg)

# fully foreign labels (base in the same language)
r146_F3 = [
    # (tag, member, plain label, qualified label, vc, vo)
    ("de-email-alt", "email", "E-Mail", "Alte E-Mail", "ana@kalo.no", "ana.old@post.no"),
    ("de-email-frueher", "email", "E-Mail", "Fr\u00fchere E-Mail", "ana@kalo.no", "ana.old@post.no"),
    ("de-email-bisher", "email", "E-Mail", "Bisherige E-Mail", "ana@kalo.no", "ana.old@post.no"),
    ("de-adr-rech", "address", "Adresse", "Rechnungsadresse", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("de-adr-alt", "address", "Adresse", "Alte Adresse", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("de-adr-vorh", "address", "Adresse", "Vorherige Adresse", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("de-tel-not", "phone", "Telefon", "Notfalltelefon", "912 34 567", "400 11 222"),
    ("de-tel-not2", "phone", "Telefon", "Notfall-Telefon", "912 34 567", "400 11 222"),
    ("de-tel-alt", "phone", "Telefon", "Alte Telefonnummer", "912 34 567", "400 11 222"),
    ("de-ag-ehem", "employer", "Arbeitgeber", "Ehemaliger Arbeitgeber", "Nordlys AS", "Fjordkraft ASA"),
    ("de-ag-frueh", "employer", "Arbeitgeber", "Fr\u00fcherer Arbeitgeber", "Nordlys AS", "Fjordkraft ASA"),
    ("de-preis-alt", "price", "Preis", "Alter Preis", 18.5, 24.9),
    ("de-preis-uvp", "price", "Preis", "UVP", 18.5, 24.9),
    ("de-preis-durch", "price", "Preis", "Durchschnittspreis", 18.5, 24.9),
    ("de-preis-max", "price", "Preis", "H\u00f6chstpreis", 18.5, 24.9),
    ("de-stadt-geb", "city", "Stadt", "Geburtsstadt", "Bergen", "Molde"),
    ("fr-email-anc", "email", "E-mail", "Ancien e-mail", "ana@kalo.no", "ana.old@post.no"),
    ("fr-adr-anc", "address", "Adresse", "Ancienne adresse", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("fr-adr-prec", "address", "Adresse", "Adresse pr\u00e9c\u00e9dente", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("fr-adr-fact", "address", "Adresse", "Adresse de facturation", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("fr-tel-urg", "phone", "T\u00e9l\u00e9phone", "T\u00e9l\u00e9phone d'urgence", "912 34 567", "400 11 222"),
    ("fr-prix-anc", "price", "Prix", "Ancien prix", 18.5, 24.9),
    ("fr-prix-moy", "price", "Prix", "Prix moyen", 18.5, 24.9),
    ("fr-emp-anc", "employer", "Employeur", "Ancien employeur", "Nordlys AS", "Fjordkraft ASA"),
    ("es-dir-ant", "address", "Direcci\u00f3n", "Direcci\u00f3n anterior", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("es-tel-emer", "phone", "Tel\u00e9fono", "Tel\u00e9fono de emergencia", "912 34 567", "400 11 222"),
    ("es-precio-ant", "price", "Precio", "Precio anterior", 18.5, 24.9),
    ("es-precio-max", "price", "Precio", "Precio m\u00e1ximo", 18.5, 24.9),
    ("es-email-ant", "email", "Correo", "Correo anterior", "ana@kalo.no", "ana.old@post.no"),
    ("no-adr-tidl", "address", "Adresse", "Tidligere adresse", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("no-epost-gml", "email", "E-post", "Gammel e-post", "ana@kalo.no", "ana.old@post.no"),
    ("no-tlf-nod", "phone", "Telefon", "N\u00f8dtelefon", "912 34 567", "400 11 222"),
    ("no-tlf-parent", "phone", "Telefon", "P\u00e5r\u00f8rende telefon", "912 34 567", "400 11 222"),
    ("no-pris-tidl", "price", "Pris", "Tidligere pris", 18.5, 24.9),
    ("no-pris-snitt", "price", "Pris", "Snittpris", 18.5, 24.9),
    ("no-pris-veil", "price", "Pris", "Veiledende pris", 18.5, 24.9),
    ("no-ag-tidl", "employer", "Arbeidsgiver", "Tidligere arbeidsgiver", "Nordlys AS", "Fjordkraft ASA"),
    ("sv-ag-tidig", "employer", "Arbetsgivare", "Tidigare arbetsgivare", "Nordlys AS", "Fjordkraft ASA"),
    ("it-ind-prec", "address", "Indirizzo", "Indirizzo precedente", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("nl-adres-oud", "address", "Adres", "Oud adres", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("pt-end-ant", "address", "Endere\u00e7o", "Endere\u00e7o anterior", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("pl-adr-poprz", "address", "Adres", "Poprzedni adres", "Storgata 5, Oslo", "Bryggen 2, Bergen"),
    ("en-city-birth", "city", "City", "Birth city", "Bergen", "Molde"),
    ("en-city-home", "city", "City", "Hometown", "Bergen", "Molde"),
    ("en-email-recov", "email", "Email", "Recovery email", "ana@kalo.no", "ana.old@post.no"),
    ("en-price-rrp", "price", "Price", "RRP", 18.5, 24.9),
    ("en-price-msrp", "price", "Price", "MSRP", 18.5, 24.9),
    ("en-price-was", "price", "Price", "Was", 18.5, 24.9),
    ("en-price-wasprice", "price", "Price", "Was price", 18.5, 24.9),
    ("en-dep-std", "departure", "Departure", "STD", "08:35", "09:10"),
    ("en-dep-sched", "departure", "Departure", "Sched. dep.", "08:35", "09:10"),
    ("en-dep-orig", "departure", "Departure", "Originally departing", "08:35", "09:10"),
    ("en-sal-prev", "salary", "Salary", "Previous pay", 52000, 61000),
    ("en-sal-exp", "salary", "Salary", "Salary expectation", 52000, 61000),
    ("en-sal-req", "salary", "Salary", "Salary requirement", 52000, 61000),
    ("en-sal-band", "salary", "Salary", "Salary band max", 52000, 61000),
]
for (t, mk, pl, ql, vc, vo) in r146_F3:
    sch = S({"name": "string", mk: r146_ty(vc)})
    none = r146_NS if isinstance(vc, str) else r146_NN
    nm = r146_nm()
    ins = "Extract the name and %s as JSON.\n\nText:\n" % r146_hum(mk)
    r146_single("F3-" + t + "-only", "qual3", sch, ins + "Name: %s\n%s: %s\n" % (nm, ql, r146_fmt(vo)),
                {"name": nm, mk: none}, {"name": nm, mk: vo})
    nm3 = r146_nm()
    bpr = ins + "Name: %s\n%s: %s\n" % (nm3, pl, r146_fmt(vc))
    r146_pair("F3-" + t + "-rl", "F3-" + t + "-rl", "qual3", sch, bpr, {"name": nm3, mk: vc},
              ins + "Name: %s\n%s: %s\n" % (nm3, ql, r146_fmt(vc)), {"name": nm3, mk: none})
    bpr2 = ins + "Name: %s\n%s: %s\n%s: %s\n" % (nm3, pl, r146_fmt(vc), ql, r146_fmt(vo))
    r146_pair("F3-" + t + "-sw", "F3-" + t + "-dropplain", "qual3", sch, bpr2, {"name": nm3, mk: vc},
              ins + "Name: %s\n%s: %s\n" % (nm3, ql, r146_fmt(vo)), {"name": nm3, mk: none},
              stale={"name": nm3, mk: vc})

# ------------------------------------------------------------------ G: placeholders wave 2 (pipes mostly)
r146_PH2 = ["*", "**", "***", "* *", "\\*", "+", "\u2022", "\u00b7", "\u00b0", "'", "`", "''", '""', "=", "^", "&",
            "%", "@", "!", "$", "NaN", "nan", "void", "TBA", "TBC", "pending", "n/v", "k.A.", "s/d", "ikke oppgitt",
            "NN", "XX", "xxx", "???", "-/-", "./.", "#N/A", "#NV", "(null)", "undefined", "[]", "{}", "()", "<>",
            "n/d", "\u2717", "\u2713", "\u2610", "\u25a1", "\u00d7", "+/-", "~~", "_ _", "<br>", "&nbsp;", "\u3000",
            "\u200b", "-.-", "?!", "\u00bf?", "\u2753", "\U0001f937", "*TBD*", "**?**", "_?_", "`-`"]
for r146_di, (keys, vals, what) in enumerate(r146_BDOM[:3]):
    k3 = keys[:3]
    sch = S({k: "string" for k in k3})
    ins = "Extract the %s as JSON.\n\n" % what
    bexp = dict(zip(k3, vals[:3]))
    for lay in ("pipe", "pipesp", "pipeo", "md", "csv", "semi", "tsv"):
        bt = "B%d-%s" % (r146_di, lay)
        bpr = ins + r146_btbl(lay, keys, vals) + "\n"
        for r146_pi, ph in enumerate(r146_PH2):
            if lay in ("csv", "semi", "tsv") and r146_pi > 12:
                continue
            R = [vals[0], ph, vals[1], vals[2]]
            vexp = {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[1]}
            r146_pair(bt, "G%d-%s-ph%02d" % (r146_di, lay, r146_pi), "brk2", sch, bpr, bexp,
                      ins + r146_btbl(lay, keys, R) + "\n", vexp)
            if lay in ("pipe", "md") and r146_di == 0:
                r146_single("G%d-%s-ph%02d" % (r146_di, lay, r146_pi), "brk2", sch,
                            "From this table, give the %s as JSON.\n\n" % what + r146_btbl(lay, keys, R) + "\n",
                            vexp, {k3[0]: vals[0], k3[1]: vals[1], k3[2]: vals[2]})
        # the placeholder in the 3rd cell (last asked member shifted to 'home')
        for r146_pi, ph in enumerate(["*", "**", "\u2022", "+", "TBA"]):
            R = [vals[0], vals[1], ph, vals[2]]
            r146_pair(bt, "G%d-%s-ph3-%d" % (r146_di, lay, r146_pi), "brk2", sch, bpr, bexp,
                      ins + r146_btbl(lay, keys, R) + "\n", {k3[0]: vals[0], k3[1]: vals[1], k3[2]: r146_NS},
                      stale=bexp)

# ------------------------------------------------------------------ H: marks after a number (primes wave 2)
r146_H = ["3'", "3''", "3`", "3\u00b4", "3\u2019", "3\u02b9", "3\u02bc", "3\u2032\u2032", "3\"", "3\u00b0", "3\u00ba",
          "3\u00aa", "3+", "3*", "3^", "3#", "3\u2020", "3\u00b9", "3\u00b2", "3!", "3?", "3 '", "'3", "3'-", "3',",
          "3 (')", "3\u2033", "3\u2034", "3\u2057", "3\u02ee", "3\u2018", "3\u201d", "3\u00a8", "3~"]
r146_HM = [("nights", "integer", "Nights", 3, "3"), ("guests", "integer", "Guests", 3, "3"),
           ("hourly_rate", "number", "Hourly rate", 3.0, "3"), ("age", "integer", "Age", 3, "3"),
           ("quantity", "integer", "Quantity", 3, "3")]
for r146_hi, (mk, mty, ml, bv, bvt) in enumerate(r146_HM):
    sch = S({"guest": "string", mk: mty})
    for r146_vi, vt in enumerate(r146_H):
        nm = r146_nm()
        ins = "Extract the guest and %s as JSON.\n\n" % r146_hum(mk)
        arg = vt not in ("3?", "3+", "3\u2020", "3*", "3\u00b9", "3\u00b2", "3!")
        r146_pair("H%d-%d" % (r146_hi, r146_vi), "H%d-%d" % (r146_hi, r146_vi), "mark", sch,
                  ins + "Guest: %s\n%s: %s\n" % (nm, ml, bvt), {"guest": nm, mk: bv},
                  ins + "Guest: %s\n%s: %s\n" % (nm, ml, vt), {"guest": nm, mk: r146_NN}, arg=True)
        nm2 = r146_nm()
        r146_single("H%d-%d" % (r146_hi, r146_vi), "mark", sch,
                    "Return the guest and %s as JSON.\n\n%s: %s\nGuest: %s\n" % (r146_hum(mk), ml, vt, nm2),
                    {"guest": nm2, mk: r146_NN}, {"guest": nm2, mk: bv}, arg=True)

# ------------------------------------------------------------------ K: one value, two synonym-like members
r146_K = [
    ("check_in", "arrival_date", "Arrival date", "2026-05-03"), ("start_date", "valid_from", "Valid from", "2026-05-03"),
    ("end_date", "valid_until", "Valid until", "2026-06-01"), ("birth_date", "dob", "DOB", "1985-02-11"),
    ("due_date", "deadline", "Deadline", "2026-05-20"), ("start_date", "from_date", "From date", "2026-05-03"),
    ("end_date", "to_date", "To date", "2026-05-09"), ("date", "day", "Day", "2026-05-03"),
    ("email", "e_mail", "E-mail", "ana@kalo.no"), ("email", "email_address", "Email address", "ana@kalo.no"),
    ("email", "contact_email", "Contact email", "ana@kalo.no"), ("phone", "phone_number", "Phone number", "912 34 567"),
    ("phone", "tel", "Tel", "912 34 567"), ("url", "homepage", "Homepage", "https://kalo.no"),
    ("name", "full_name", "Full name", "Ana Berg"), ("city", "city_name", "City name", "Bergen"),
    ("zip", "zip_code", "Zip code", "0150"), ("postcode", "postal_code", "Postal code", "0150"),
    ("company", "company_name", "Company name", "Nordlys AS"), ("address", "street_address", "Street address",
                                                                  "Storgata 5"),
    ("surname", "family_name", "Family name", "Berg"), ("first_name", "forename", "Forename", "Ana"),
    ("start_time", "begin_time", "Begin time", "08:00"), ("end_time", "finish_time", "Finish time", "16:30"),
    ("departure_time", "etd", "ETD", "08:35"), ("arrival_time", "eta", "ETA", "14:10"),
    ("price", "unit_price", "Unit price", 18.5), ("total", "grand_total", "Grand total", 62.5),
    ("amount", "amount_due", "Amount due", 62.5), ("guests", "number_of_guests", "Number of guests", 3),
    ("nights", "number_of_nights", "Number of nights", 3), ("employer", "employer_name", "Employer name", "Nordlys AS"),
    ("amount", "total", "Total", 62.5), ("email", "mail", "Mail", "ana@kalo.no"),
    ("company", "employer", "Employer", "Nordlys AS"), ("address", "location", "Location", "Storgata 5, Oslo"),
    ("start", "begin", "Begin", "08:00"), ("surname", "last_name", "Last name", "Berg"),
    ("check_in_date", "checkin", "Checkin", "2026-05-03"), ("order_date", "date", "Date", "2026-05-03"),
]
for r146_ki, (ka, kb, lb, v) in enumerate(r146_K):
    none = r146_NS if isinstance(v, str) else r146_NN
    keys = ["ref", ka, kb] if ka != "name" else [ka, kb]
    props = {"ref": "string"} if ka != "name" else {}
    props.update({ka: r146_ty(v), kb: r146_ty(v)})
    sch = S(props)
    ins = "Extract the %s as JSON.\n\n" % ", ".join(r146_hum(k) for k in props)
    for sh in ("ln", "tbl", "kv"):
        ref = "R-%d%s" % (r146_ki, sh)
        base = {"ref": ref} if ka != "name" else {}
        if sh == "ln":
            txt = ("Ref: %s\n" % ref if ka != "name" else "") + "%s: %s\n" % (lb, r146_fmt(v))
        elif sh == "tbl":
            txt = (("ref;" if ka != "name" else "") + kb + "\n" + (ref + ";" if ka != "name" else "")
                   + r146_fmt(v) + "\n")
        else:
            txt = ("ref=%s " % ref if ka != "name" else "") + "%s=%s\n" % (kb, r146_fmt(v).replace(" ", "_"))
            if " " in r146_fmt(v):
                continue
        exp = dict(base, **{ka: none, kb: v})
        mis = dict(base, **{ka: v, kb: v})
        r146_single("K%02d-%s" % (r146_ki, sh), "once2", sch, ins + txt, exp, mis, arg=True)
        # the other label stated once: B's key asked, A's label written
        la = ka.replace("_", " ").capitalize()
        if sh == "ln":
            txt2 = ("Ref: %s\n" % ref if ka != "name" else "") + "%s: %s\n" % (la, r146_fmt(v))
            r146_single("K%02d-%s-a" % (r146_ki, sh), "once2", sch, ins + txt2, dict(base, **{ka: v, kb: none}),
                        mis, arg=True)
    # pair: both stated with different values, then swapped labels
    v2 = (v + "x") if isinstance(v, str) else v + 1
    if isinstance(v, str) and v[:4].isdigit() and "-" in v:
        v2 = v[:-1] + ("9" if v[-1] != "9" else "8")
    if isinstance(v, str) and ":" in v:
        v2 = v[:-1] + ("5" if v[-1] != "5" else "0")
    la = ka.replace("_", " ").capitalize()
    ref = "R-%dp" % r146_ki
    base = {"ref": ref} if ka != "name" else {}
    pre = ("Ref: %s\n" % ref if ka != "name" else "")
    bpr = ins + pre + "%s: %s\n%s: %s\n" % (la, r146_fmt(v), lb, r146_fmt(v2))
    bexp = dict(base, **{ka: v, kb: v2})
    r146_pair("K%02d-p" % r146_ki, "K%02d-lswap" % r146_ki, "syn2", sch, bpr, bexp,
              ins + pre + "%s: %s\n%s: %s\n" % (lb, r146_fmt(v), la, r146_fmt(v2)), dict(base, **{ka: v2, kb: v}))
    r146_pair("K%02d-p" % r146_ki, "K%02d-vswap" % r146_ki, "syn2", sch, bpr, bexp,
              ins + pre + "%s: %s\n%s: %s\n" % (la, r146_fmt(v2), lb, r146_fmt(v)), dict(base, **{ka: v2, kb: v}))
    r146_pair("K%02d-p" % r146_ki, "K%02d-dropa" % r146_ki, "syn2", sch, bpr, bexp,
              ins + pre + "%s: %s\n" % (lb, r146_fmt(v2)), dict(base, **{ka: none, kb: v2}), arg=True)
    for lay in ("csv", "semi", "tsv", "pipe"):
        H = (["ref"] if ka != "name" else []) + [ka, kb]
        R = ([ref] if ka != "name" else []) + [r146_fmt(v).replace(",", ""), r146_fmt(v2).replace(",", "")]
        H2 = (["ref"] if ka != "name" else []) + [kb, ka]
        vv = r146_fmt(v).replace(",", "")
        vv2 = r146_fmt(v2).replace(",", "")
        bx = dict(base, **{ka: type(v)(vv) if not isinstance(v, str) else vv,
                           kb: type(v2)(vv2) if not isinstance(v2, str) else vv2})
        sw = dict(base, **{ka: bx[kb], kb: bx[ka]})
        r146_pair("K%02d-%s" % (r146_ki, lay), "K%02d-%s-hswap" % (r146_ki, lay), "syn2", sch,
                  ins + r146_tbl(lay, H, R) + "\n", bx, ins + r146_tbl(lay, H2, R) + "\n", sw)

# ================================================================== wave 3: list and emphasis marks as pipe cells
r146_PH3 = ["*", "+", "\u2022", "\u2023", "\u25e6", "\u25aa", "\u25cf", "\u2043", ">", "#", "1.", "a)", "[ ]", "[x]",
            "- [ ]", "*?*", "_TBD_", "**n/a**", "*unknown*", "`n/a`", "+ ", "*TBD*", "* TBD", "+ TBD", "\u2022 TBD",
            "*\u00a0", "\u2217", "\u204e", "\uff0a", "\uff0b", "\u2795", "\u2731", "\u2732"]
for r146_di, (keys, vals, what) in enumerate(r146_BDOM):
    k3 = keys[:3]
    sch = S({k: "string" for k in k3})
    ins = "Extract the %s as JSON.\n\n" % what
    bexp = dict(zip(k3, vals[:3]))
    for lay in ("pipe", "pipesp", "tsv"):
        bt = "B%d-%s" % (r146_di, lay)
        bpr = ins + r146_btbl(lay, keys, vals) + "\n"
        for r146_pi, ph in enumerate(r146_PH3):
            for pos in (1, 2):
                R = list(vals)
                R.insert(pos, ph)
                R = R[:4]
                vexp = dict(bexp)
                if pos == 1:
                    vexp = {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[1]}
                else:
                    vexp = {k3[0]: vals[0], k3[1]: vals[1], k3[2]: r146_NS}
                r146_pair(bt, "M%d-%s-p%d-%02d" % (r146_di, lay, pos, r146_pi), "brk3", sch, bpr, bexp,
                          ins + r146_btbl(lay, keys, R) + "\n", vexp, stale=bexp)
                if pos == 1 and lay != "tsv":
                    r146_single("M%d-%s-p%d-%02d" % (r146_di, lay, pos, r146_pi), "brk3", sch,
                                "From this table, give the %s as JSON.\n\n" % what + r146_btbl(lay, keys, R) + "\n",
                                vexp, dict(bexp))
        # a struck value in the cell
        R = [vals[0], "~~%s~~" % vals[1], vals[2], vals[3]]
        r146_pair(bt, "M%d-%s-strike" % (r146_di, lay), "brk3", sch, bpr, bexp, ins + r146_btbl(lay, keys, R) + "\n",
                  {k3[0]: vals[0], k3[1]: r146_NS, k3[2]: vals[2]}, arg=True)

# ================================================================== wave 4: a heading above the member's plain label
r146_HD = [
    ("emerg", "Emergency contact:", False), ("prevemp", "Previous employer:", False), ("old", "Old details:", False),
    ("former", "Former address (moved out):", False), ("guardian", "Guardian:", False), ("nok", "Next of kin:", False),
    ("notuse", "Not in use:", False), ("archive", "Archive (2019):", False), ("example", "Example:", False),
    ("test", "Test data:", False), ("dummy", "Dummy record:", False), ("de", "Vorherige Daten:", False),
    ("no", "Tidligere opplysninger:", False), ("billing", "Billing details:", True), ("shipping", "Shipping details:", True),
    ("md", "### Emergency contact", False), ("caps", "EMERGENCY CONTACT", False), ("bold", "**Previous record**", False),
]
for r146_mi, (mk, ml, vc, vo) in enumerate(r146_F2M):
    sch = S({"name": "string", mk: r146_ty(vc)})
    none = r146_NS if isinstance(vc, str) else r146_NN
    for (ht, hd, harg) in r146_HD:
        tag = "W%d-%s" % (r146_mi, ht)
        nm = r146_nm()
        ins = "Extract the name and %s as JSON.\n\nText:\n" % r146_hum(mk)
        r146_single(tag + "-only", "head", sch, ins + "Name: %s\n\n%s\n%s: %s\n" % (nm, hd, ml.capitalize(), r146_fmt(vo)),
                    {"name": nm, mk: none}, {"name": nm, mk: vo}, arg=harg)
        nm3 = r146_nm()
        r146_pair(tag + "-rl", tag + "-rl", "head", sch, ins + "Name: %s\n%s: %s\n" % (nm3, ml.capitalize(), r146_fmt(vc)),
                  {"name": nm3, mk: vc},
                  ins + "Name: %s\n\n%s\n%s: %s\n" % (nm3, hd, ml.capitalize(), r146_fmt(vc)), {"name": nm3, mk: none},
                  arg=harg)

# ================================================================== readings marked arguable after the run
# primes and marks after a number (round 143 left these as arguable), one value given to two members the checks
# treat as one word ("From date" for start_date and from_date), statistics words before a string member's label
# ("Median email"), a year or "Alt-" (old in German, alternate in English) in the label, "Email history".
for r146_p in P:
    r146_i = r146_p["id"]
    if not r146_i.startswith("d146-"):
        continue
    r146_parts = r146_i.split("-")
    if r146_i.startswith(("d146-s-C", "d146-v-C")) and any(x in r146_i for x in ("apos", "prime", "-lbl")):
        r146_arguable.add(r146_i)
    if r146_i.startswith(("d146-s-A", "d146-s-K")) and ("-once" in r146_i or r146_i.startswith("d146-s-K")):
        r146_arguable.add(r146_i)
    if r146_i.startswith(("d146-v-K",)) and r146_i.endswith("-dropa"):
        r146_arguable.add(r146_i)
    if (r146_i.startswith(("d146-s-D", "d146-v-D", "d146-s-F", "d146-v-F")) and len(r146_parts) > 3
            and r146_parts[2][1:2] in ("0", "1", "2", "3", "6")
            and any(("-%s-" % q) in r146_i for q in ("avg", "avg2", "max", "min", "maxdot", "mindot", "lowest",
                                                     "highest", "median", "mean", "peak", "typical", "regular"))):
        r146_arguable.add(r146_i)
    if any(("-%s-" % q) in r146_i for q in ("s-2019", "y-2019", "de-compound", "hist")) and r146_i.startswith(
            ("d146-s-F", "d146-v-F")):
        r146_arguable.add(r146_i)
for r146_p in P:
    if r146_p["id"] in r146_arguable and "arguable" not in r146_p["family"]:
        r146_p["family"] += "_arguable"

# ================================================================== confirmed alone (alone.txt / alone_arguable.txt)
r146_found_clear = set("""
d146-s-D0-cancelled-only d146-s-D0-de_alt-only d146-s-D0-de_frueher-only d146-s-D0-de_notfall-only
d146-s-D0-de_vorh-only d146-s-D0-deprecated-only d146-s-D0-es-s-only d146-s-D0-es_antiguo-only
d146-s-D0-fr_ancien-only d146-s-D0-fr_ancienne-only d146-s-D0-guardian-only d146-s-D0-it_vecchio-only
d146-s-D0-manager-only d146-s-D0-nl_oud-only d146-s-D0-nl_vorig-only d146-s-D0-no_gammel-only
d146-s-D0-no_tidl-only d146-s-D0-pl_poprz-only d146-s-D0-superseded-only d146-s-D0-sv_tidig-only
d146-s-D1-cancelled-only d146-s-D1-de_alt-only d146-s-D1-de_frueher-only d146-s-D1-de_notfall-only
d146-s-D1-de_vorh-only d146-s-D1-deprecated-only d146-s-D1-es-s-only d146-s-D1-es_antiguo-only
d146-s-D1-fr_ancien-only d146-s-D1-fr_ancienne-only d146-s-D1-guardian-only d146-s-D1-it_vecchio-only
d146-s-D1-manager-only d146-s-D1-nl_oud-only d146-s-D1-nl_vorig-only d146-s-D1-no_gammel-only
d146-s-D1-no_tidl-only d146-s-D1-pl_poprz-only d146-s-D1-superseded-only d146-s-D1-sv_tidig-only
d146-s-D2-cancelled-only d146-s-D2-de_alt-only d146-s-D2-de_frueher-only d146-s-D2-de_notfall-only
d146-s-D2-de_vorh-only d146-s-D2-deprecated-only d146-s-D2-es-s-only d146-s-D2-es_antiguo-only
d146-s-D2-fr_ancien-only d146-s-D2-fr_ancienne-only d146-s-D2-guardian-only d146-s-D2-it_vecchio-only
d146-s-D2-manager-only d146-s-D2-nl_oud-only d146-s-D2-nl_vorig-only d146-s-D2-no_gammel-only
d146-s-D2-no_tidl-only d146-s-D2-pl_poprz-only d146-s-D2-superseded-only d146-s-D2-sv_tidig-only
d146-s-D3-cancelled-only d146-s-D3-de_alt-only d146-s-D3-de_frueher-only d146-s-D3-de_notfall-only
d146-s-D3-de_vorh-only d146-s-D3-deprecated-only d146-s-D3-es-s-only d146-s-D3-es_antiguo-only
d146-s-D3-fr_ancien-only d146-s-D3-fr_ancienne-only d146-s-D3-guardian-only d146-s-D3-it_vecchio-only
d146-s-D3-manager-only d146-s-D3-nl_oud-only d146-s-D3-nl_vorig-only d146-s-D3-no_gammel-only
d146-s-D3-no_tidl-only d146-s-D3-pl_poprz-only d146-s-D3-superseded-only d146-s-D3-sv_tidig-only
d146-s-D4-avg-only d146-s-D4-avg2-only d146-s-D4-cancelled-only d146-s-D4-de_alt-only
d146-s-D4-de_frueher-only d146-s-D4-de_notfall-only d146-s-D4-de_vorh-only d146-s-D4-deprecated-only
d146-s-D4-es-s-only d146-s-D4-es_antiguo-only d146-s-D4-fr_ancien-only d146-s-D4-fr_ancienne-only
d146-s-D4-guardian-only d146-s-D4-it_vecchio-only d146-s-D4-manager-only d146-s-D4-nl_oud-only
d146-s-D4-nl_vorig-only d146-s-D4-no_gammel-only d146-s-D4-no_tidl-only d146-s-D4-pl_poprz-only
d146-s-D4-superseded-only d146-s-D4-sv_tidig-only d146-s-D5-avg-only d146-s-D5-avg2-only
d146-s-D5-cancelled-only d146-s-D5-de_alt-only d146-s-D5-de_frueher-only d146-s-D5-de_notfall-only
d146-s-D5-de_vorh-only d146-s-D5-deprecated-only d146-s-D5-es_antiguo-only d146-s-D5-fr_ancien-only
d146-s-D5-fr_ancienne-only d146-s-D5-guardian-only d146-s-D5-it_vecchio-only d146-s-D5-manager-only
d146-s-D5-nl_oud-only d146-s-D5-nl_vorig-only d146-s-D5-no_gammel-only d146-s-D5-no_tidl-only
d146-s-D5-pl_poprz-only d146-s-D5-superseded-only d146-s-D5-sv_tidig-only d146-s-D6-cancelled-only
d146-s-D6-de_alt-only d146-s-D6-de_frueher-only d146-s-D6-de_notfall-only d146-s-D6-de_vorh-only
d146-s-D6-deprecated-only d146-s-D6-es-s-only d146-s-D6-es_antiguo-only d146-s-D6-fr_ancien-only
d146-s-D6-fr_ancienne-only d146-s-D6-guardian-only d146-s-D6-it_vecchio-only d146-s-D6-manager-only
d146-s-D6-nl_oud-only d146-s-D6-nl_vorig-only d146-s-D6-no_gammel-only d146-s-D6-no_tidl-only
d146-s-D6-pl_poprz-only d146-s-D6-superseded-only d146-s-D6-sv_tidig-only d146-s-D7-avg-only
d146-s-D7-avg2-only d146-s-D7-cancelled-only d146-s-D7-de_alt-only d146-s-D7-de_frueher-only
d146-s-D7-de_notfall-only d146-s-D7-de_vorh-only d146-s-D7-deprecated-only d146-s-D7-es_antiguo-only
d146-s-D7-fr_ancien-only d146-s-D7-fr_ancienne-only d146-s-D7-guardian-only d146-s-D7-it_vecchio-only
d146-s-D7-manager-only d146-s-D7-nl_oud-only d146-s-D7-nl_vorig-only d146-s-D7-no_gammel-only
d146-s-D7-no_tidl-only d146-s-D7-pl_poprz-only d146-s-D7-superseded-only d146-s-D7-sv_tidig-only
d146-s-F0-agent-only d146-s-F0-archived-only d146-s-F0-assistant-only d146-s-F0-blocked-only
d146-s-F0-boss-only d146-s-F0-competitor-only d146-s-F0-doctor-only d146-s-F0-dummy-only
d146-s-F0-example-only d146-s-F0-expired-only d146-s-F0-fax-only d146-s-F0-historic-only d146-s-F0-ice-only
d146-s-F0-inactive-only d146-s-F0-invalid-only d146-s-F0-landlord-only d146-s-F0-legacy-only
d146-s-F0-obsolete-only d146-s-F0-outdated-only d146-s-F0-placeholder-only d146-s-F0-pre-only
d146-s-F0-referee-only d146-s-F0-retired-only d146-s-F0-s-obs-only d146-s-F0-sample-only d146-s-F0-son-only
d146-s-F0-sos-only d146-s-F0-sponsor-only d146-s-F0-test-only d146-s-F1-agent-only d146-s-F1-agent-tbl
d146-s-F1-archived-only d146-s-F1-assistant-only d146-s-F1-blocked-only d146-s-F1-boss-only d146-s-F1-boss-tbl
d146-s-F1-bounced-only d146-s-F1-competitor-only d146-s-F1-deleted-only d146-s-F1-doctor-only
d146-s-F1-doctor-tbl d146-s-F1-dummy-only d146-s-F1-example-only d146-s-F1-expired-only d146-s-F1-fax-only
d146-s-F1-historic-only d146-s-F1-ice-only d146-s-F1-inactive-only d146-s-F1-incorrect-only
d146-s-F1-invalid-only d146-s-F1-landlord-only d146-s-F1-legacy-only d146-s-F1-legacy-tbl d146-s-F1-nok-tbl
d146-s-F1-obsolete-only d146-s-F1-outdated-only d146-s-F1-placeholder-only d146-s-F1-pre-only
d146-s-F1-referee-only d146-s-F1-removed-only d146-s-F1-retired-only d146-s-F1-s-obs-only
d146-s-F1-sample-only d146-s-F1-son-only d146-s-F1-sos-only d146-s-F1-sponsor-only d146-s-F1-test-only
d146-s-F1-wrong-only d146-s-F2-agent-only d146-s-F2-archived-only d146-s-F2-assistant-only
d146-s-F2-blocked-only d146-s-F2-boss-only d146-s-F2-bounced-only d146-s-F2-competitor-only
d146-s-F2-deleted-only d146-s-F2-doctor-only d146-s-F2-dummy-only d146-s-F2-example-only
d146-s-F2-expired-only d146-s-F2-fax-only d146-s-F2-historic-only d146-s-F2-ice-only d146-s-F2-inactive-only
d146-s-F2-incorrect-only d146-s-F2-invalid-only d146-s-F2-landlord-only d146-s-F2-legacy-only
d146-s-F2-obsolete-only d146-s-F2-outdated-only d146-s-F2-placeholder-only d146-s-F2-pre-only
d146-s-F2-referee-only d146-s-F2-removed-only d146-s-F2-retired-only d146-s-F2-s-obs-only
d146-s-F2-sample-only d146-s-F2-son-only d146-s-F2-sos-only d146-s-F2-sponsor-only d146-s-F2-test-only
d146-s-F2-wrong-only d146-s-F3-agent-only d146-s-F3-archived-only d146-s-F3-assistant-only
d146-s-F3-blocked-only d146-s-F3-boss-only d146-s-F3-bounced-only d146-s-F3-competitor-only
d146-s-F3-deleted-only d146-s-F3-doctor-only d146-s-F3-dummy-only d146-s-F3-en-email-recov-only
d146-s-F3-example-only d146-s-F3-expired-only d146-s-F3-fax-only d146-s-F3-historic-only d146-s-F3-ice-only
d146-s-F3-inactive-only d146-s-F3-incorrect-only d146-s-F3-invalid-only d146-s-F3-landlord-only
d146-s-F3-legacy-only d146-s-F3-obsolete-only d146-s-F3-outdated-only d146-s-F3-placeholder-only
d146-s-F3-pre-only d146-s-F3-referee-only d146-s-F3-removed-only d146-s-F3-retired-only d146-s-F3-s-obs-only
d146-s-F3-sample-only d146-s-F3-son-only d146-s-F3-sos-only d146-s-F3-sponsor-only d146-s-F3-test-only
d146-s-F3-wrong-only d146-s-F4-agent-only d146-s-F4-archived-only d146-s-F4-assistant-only
d146-s-F4-blocked-only d146-s-F4-boss-only d146-s-F4-bounced-only d146-s-F4-competitor-only
d146-s-F4-deleted-only d146-s-F4-doctor-only d146-s-F4-dummy-only d146-s-F4-example-only
d146-s-F4-expired-only d146-s-F4-fax-only d146-s-F4-highest-only d146-s-F4-historic-only d146-s-F4-ice-only
d146-s-F4-inactive-only d146-s-F4-incorrect-only d146-s-F4-invalid-only d146-s-F4-landlord-only
d146-s-F4-legacy-only d146-s-F4-lowest-only d146-s-F4-mean-only d146-s-F4-median-only d146-s-F4-obsolete-only
d146-s-F4-outdated-only d146-s-F4-peak-only d146-s-F4-placeholder-only d146-s-F4-pre-only
d146-s-F4-referee-only d146-s-F4-removed-only d146-s-F4-retired-only d146-s-F4-s-obs-only
d146-s-F4-sample-only d146-s-F4-son-only d146-s-F4-sos-only d146-s-F4-sponsor-only d146-s-F4-test-only
d146-s-F4-wrong-only d146-s-F5-agent-only d146-s-F5-archived-only d146-s-F5-assistant-only
d146-s-F5-blocked-only d146-s-F5-boss-only d146-s-F5-boss-tbl d146-s-F5-bounced-only d146-s-F5-competitor-only
d146-s-F5-deleted-only d146-s-F5-doctor-only d146-s-F5-doctor-tbl d146-s-F5-dummy-only d146-s-F5-example-only
d146-s-F5-expired-only d146-s-F5-fax-only d146-s-F5-highest-only d146-s-F5-historic-only d146-s-F5-ice-only
d146-s-F5-inactive-only d146-s-F5-incorrect-only d146-s-F5-invalid-only d146-s-F5-landlord-only
d146-s-F5-legacy-only d146-s-F5-legacy-tbl d146-s-F5-lowest-only d146-s-F5-mean-only d146-s-F5-median-only
d146-s-F5-nok-tbl d146-s-F5-obsolete-only d146-s-F5-outdated-only d146-s-F5-peak-only
d146-s-F5-placeholder-only d146-s-F5-pre-only d146-s-F5-referee-only d146-s-F5-removed-only
d146-s-F5-retired-only d146-s-F5-sample-only d146-s-F5-son-only d146-s-F5-sos-only d146-s-F5-sponsor-only
d146-s-F5-test-only d146-s-F5-wrong-only d146-s-F6-agent-only d146-s-F6-archived-only d146-s-F6-assistant-only
d146-s-F6-blocked-only d146-s-F6-boss-only d146-s-F6-bounced-only d146-s-F6-competitor-only
d146-s-F6-deleted-only d146-s-F6-doctor-only d146-s-F6-dummy-only d146-s-F6-example-only
d146-s-F6-expired-only d146-s-F6-fax-only d146-s-F6-historic-only d146-s-F6-ice-only d146-s-F6-inactive-only
d146-s-F6-incorrect-only d146-s-F6-invalid-only d146-s-F6-landlord-only d146-s-F6-legacy-only
d146-s-F6-obsolete-only d146-s-F6-outdated-only d146-s-F6-placeholder-only d146-s-F6-pre-only
d146-s-F6-referee-only d146-s-F6-removed-only d146-s-F6-retired-only d146-s-F6-s-obs-only
d146-s-F6-sample-only d146-s-F6-son-only d146-s-F6-sos-only d146-s-F6-sponsor-only d146-s-F6-test-only
d146-s-F6-wrong-only d146-s-F7-agent-only d146-s-F7-archived-only d146-s-F7-assistant-only
d146-s-F7-blocked-only d146-s-F7-boss-only d146-s-F7-bounced-only d146-s-F7-competitor-only
d146-s-F7-deleted-only d146-s-F7-doctor-only d146-s-F7-dummy-only d146-s-F7-example-only
d146-s-F7-expired-only d146-s-F7-fax-only d146-s-F7-highest-only d146-s-F7-historic-only d146-s-F7-ice-only
d146-s-F7-inactive-only d146-s-F7-incorrect-only d146-s-F7-invalid-only d146-s-F7-landlord-only
d146-s-F7-legacy-only d146-s-F7-lowest-only d146-s-F7-mean-only d146-s-F7-median-only d146-s-F7-obsolete-only
d146-s-F7-outdated-only d146-s-F7-peak-only d146-s-F7-placeholder-only d146-s-F7-pre-only
d146-s-F7-referee-only d146-s-F7-removed-only d146-s-F7-retired-only d146-s-F7-sample-only d146-s-F7-son-only
d146-s-F7-sos-only d146-s-F7-sponsor-only d146-s-F7-test-only d146-s-F7-wrong-only
d146-v-A36-email-e_mail_address-ln-lswap d146-v-A36-email-e_mail_address-ln-vswap d146-v-B0-pipe-ph21
d146-v-B0-pipesp-ph21 d146-v-B1-pipe-ph21 d146-v-B1-pipesp-ph21 d146-v-D4-es-s-rl d146-v-F1-s-obs-rl
d146-v-F4-s-obs-rl d146-v-G0-pipe-ph00 d146-v-G0-pipesp-ph00 d146-v-G0-pipesp-ph05 d146-v-G0-pipesp-ph62
d146-v-G1-pipe-ph00 d146-v-G1-pipesp-ph00 d146-v-G1-pipesp-ph05 d146-v-G1-pipesp-ph62 d146-v-M0-pipe-p1-00
d146-v-M0-pipe-p1-01 d146-v-M0-pipe-p1-02 d146-v-M0-pipe-p1-03 d146-v-M0-pipe-p1-05 d146-v-M0-pipe-p1-07
d146-v-M0-pipe-p1-08 d146-v-M0-pipe-p1-09 d146-v-M0-pipe-p1-10 d146-v-M0-pipe-p1-11 d146-v-M0-pipe-p1-12
d146-v-M0-pipe-p1-16 d146-v-M0-pipe-p1-18 d146-v-M0-pipe-p1-19 d146-v-M0-pipe-p1-20 d146-v-M0-pipe-p1-21
d146-v-M0-pipe-p1-22 d146-v-M0-pipe-p1-23 d146-v-M0-pipe-p1-24 d146-v-M0-pipe-p1-25 d146-v-M0-pipe-p1-26
d146-v-M0-pipe-p1-28 d146-v-M0-pipe-p1-30 d146-v-M0-pipe-p1-32 d146-v-M0-pipesp-p1-00 d146-v-M0-pipesp-p1-01
d146-v-M0-pipesp-p1-02 d146-v-M0-pipesp-p1-03 d146-v-M0-pipesp-p1-05 d146-v-M0-pipesp-p1-07
d146-v-M0-pipesp-p1-08 d146-v-M0-pipesp-p1-09 d146-v-M0-pipesp-p1-10 d146-v-M0-pipesp-p1-11
d146-v-M0-pipesp-p1-12 d146-v-M0-pipesp-p1-16 d146-v-M0-pipesp-p1-18 d146-v-M0-pipesp-p1-19
d146-v-M0-pipesp-p1-20 d146-v-M0-pipesp-p1-21 d146-v-M0-pipesp-p1-22 d146-v-M0-pipesp-p1-23
d146-v-M0-pipesp-p1-24 d146-v-M0-pipesp-p1-25 d146-v-M0-pipesp-p1-26 d146-v-M0-pipesp-p1-28
d146-v-M0-pipesp-p1-30 d146-v-M0-pipesp-p1-32 d146-v-M1-pipe-p1-00 d146-v-M1-pipe-p1-01 d146-v-M1-pipe-p1-02
d146-v-M1-pipe-p1-03 d146-v-M1-pipe-p1-05 d146-v-M1-pipe-p1-07 d146-v-M1-pipe-p1-08 d146-v-M1-pipe-p1-09
d146-v-M1-pipe-p1-10 d146-v-M1-pipe-p1-11 d146-v-M1-pipe-p1-12 d146-v-M1-pipe-p1-16 d146-v-M1-pipe-p1-18
d146-v-M1-pipe-p1-19 d146-v-M1-pipe-p1-20 d146-v-M1-pipe-p1-21 d146-v-M1-pipe-p1-22 d146-v-M1-pipe-p1-23
d146-v-M1-pipe-p1-24 d146-v-M1-pipe-p1-25 d146-v-M1-pipe-p1-26 d146-v-M1-pipe-p1-28 d146-v-M1-pipe-p1-30
d146-v-M1-pipe-p1-32 d146-v-M1-pipesp-p1-00 d146-v-M1-pipesp-p1-01 d146-v-M1-pipesp-p1-02
d146-v-M1-pipesp-p1-03 d146-v-M1-pipesp-p1-05 d146-v-M1-pipesp-p1-07 d146-v-M1-pipesp-p1-08
d146-v-M1-pipesp-p1-09 d146-v-M1-pipesp-p1-10 d146-v-M1-pipesp-p1-11 d146-v-M1-pipesp-p1-12
d146-v-M1-pipesp-p1-16 d146-v-M1-pipesp-p1-18 d146-v-M1-pipesp-p1-19 d146-v-M1-pipesp-p1-20
d146-v-M1-pipesp-p1-21 d146-v-M1-pipesp-p1-22 d146-v-M1-pipesp-p1-23 d146-v-M1-pipesp-p1-24
d146-v-M1-pipesp-p1-25 d146-v-M1-pipesp-p1-26 d146-v-M1-pipesp-p1-28 d146-v-M1-pipesp-p1-30
d146-v-M1-pipesp-p1-32""".split())
r146_found_arguable = set("""
d146-s-A35-start_date-from_date-once d146-s-A36-email-e_mail_address-once d146-s-C0-apos d146-s-C1-prime
d146-s-C7-from-lbl d146-s-C8-prime d146-s-D0-actual-only d146-s-D0-alt-only d146-s-D0-alt2-only
d146-s-D0-avg-only d146-s-D0-avg2-only d146-s-D0-backup-only d146-s-D0-billing-only d146-s-D0-company-only
d146-s-D0-contact-only d146-s-D0-de_geplant-only d146-s-D0-delivery-only d146-s-D0-desired-only
d146-s-D0-est-only d146-s-D0-expected-only d146-s-D0-fallback-only d146-s-D0-home-only d146-s-D0-invoice-only
d146-s-D0-list-only d146-s-D0-mailing-only d146-s-D0-next-only d146-s-D0-orig-only d146-s-D0-p-2-only
d146-s-D0-p-hash2-only d146-s-D0-pickup-only d146-s-D0-planned-only d146-s-D0-private-only
d146-s-D0-proposed-only d146-s-D0-quoted-only d146-s-D0-regular-only d146-s-D0-requested-only
d146-s-D0-sale-only d146-s-D0-sched-only d146-s-D0-second-only d146-s-D0-shipping-only d146-s-D0-spare-only
d146-s-D0-target-only d146-s-D0-temp-only d146-s-D0-typical-only d146-s-D0-work-only d146-s-D0-x-only
d146-s-D1-actual-only d146-s-D1-alt-only d146-s-D1-alt2-only d146-s-D1-avg-only d146-s-D1-avg2-only
d146-s-D1-backup-only d146-s-D1-billing-only d146-s-D1-company-only d146-s-D1-contact-only
d146-s-D1-de_geplant-only d146-s-D1-delivery-only d146-s-D1-desired-only d146-s-D1-dropoff-only
d146-s-D1-est-only d146-s-D1-expected-only d146-s-D1-fallback-only d146-s-D1-home-only d146-s-D1-invoice-only
d146-s-D1-list-only d146-s-D1-mailing-only d146-s-D1-next-only d146-s-D1-orig-only d146-s-D1-pickup-only
d146-s-D1-planned-only d146-s-D1-private-only d146-s-D1-proposed-only d146-s-D1-quoted-only
d146-s-D1-regular-only d146-s-D1-requested-only d146-s-D1-sale-only d146-s-D1-sched-only d146-s-D1-second-only
d146-s-D1-shipping-only d146-s-D1-spare-only d146-s-D1-target-only d146-s-D1-temp-only d146-s-D1-typical-only
d146-s-D1-work-only d146-s-D1-x-only d146-s-D2-actual-only d146-s-D2-alt-only d146-s-D2-alt2-only
d146-s-D2-avg-only d146-s-D2-avg2-only d146-s-D2-backup-only d146-s-D2-billing-only d146-s-D2-company-only
d146-s-D2-contact-only d146-s-D2-de_geplant-only d146-s-D2-delivery-only d146-s-D2-desired-only
d146-s-D2-dropoff-only d146-s-D2-est-only d146-s-D2-expected-only d146-s-D2-fallback-only d146-s-D2-home-only
d146-s-D2-invoice-only d146-s-D2-list-only d146-s-D2-mailing-only d146-s-D2-next-only d146-s-D2-orig-only
d146-s-D2-p-2-only d146-s-D2-p-hash2-only d146-s-D2-pickup-only d146-s-D2-planned-only d146-s-D2-private-only
d146-s-D2-proposed-only d146-s-D2-quoted-only d146-s-D2-regular-only d146-s-D2-requested-only
d146-s-D2-sale-only d146-s-D2-sched-only d146-s-D2-second-only d146-s-D2-shipping-only d146-s-D2-spare-only
d146-s-D2-target-only d146-s-D2-temp-only d146-s-D2-typical-only d146-s-D2-work-only d146-s-D2-x-only
d146-s-D3-actual-only d146-s-D3-alt-only d146-s-D3-alt2-only d146-s-D3-avg-only d146-s-D3-avg2-only
d146-s-D3-backup-only d146-s-D3-billing-only d146-s-D3-company-only d146-s-D3-contact-only
d146-s-D3-de_geplant-only d146-s-D3-delivery-only d146-s-D3-desired-only d146-s-D3-dropoff-only
d146-s-D3-est-only d146-s-D3-expected-only d146-s-D3-fallback-only d146-s-D3-home-only d146-s-D3-invoice-only
d146-s-D3-list-only d146-s-D3-mailing-only d146-s-D3-next-only d146-s-D3-orig-only d146-s-D3-p-2-only
d146-s-D3-p-hash2-only d146-s-D3-pickup-only d146-s-D3-planned-only d146-s-D3-private-only
d146-s-D3-proposed-only d146-s-D3-quoted-only d146-s-D3-regular-only d146-s-D3-requested-only
d146-s-D3-sale-only d146-s-D3-sched-only d146-s-D3-second-only d146-s-D3-shipping-only d146-s-D3-spare-only
d146-s-D3-target-only d146-s-D3-temp-only d146-s-D3-typical-only d146-s-D3-work-only d146-s-D3-x-only
d146-s-D4-actual-only d146-s-D4-alt-only d146-s-D4-alt2-only d146-s-D4-backup-only d146-s-D4-billing-only
d146-s-D4-company-only d146-s-D4-contact-only d146-s-D4-de_geplant-only d146-s-D4-delivery-only
d146-s-D4-desired-only d146-s-D4-dropoff-only d146-s-D4-est-only d146-s-D4-expected-only
d146-s-D4-fallback-only d146-s-D4-home-only d146-s-D4-invoice-only d146-s-D4-list-only d146-s-D4-mailing-only
d146-s-D4-next-only d146-s-D4-orig-only d146-s-D4-pickup-only d146-s-D4-planned-only d146-s-D4-private-only
d146-s-D4-proposed-only d146-s-D4-quoted-only d146-s-D4-regular-only d146-s-D4-requested-only
d146-s-D4-sale-only d146-s-D4-sched-only d146-s-D4-second-only d146-s-D4-shipping-only d146-s-D4-spare-only
d146-s-D4-target-only d146-s-D4-temp-only d146-s-D4-typical-only d146-s-D4-work-only d146-s-D4-x-only
d146-s-D5-actual-only d146-s-D5-alt-only d146-s-D5-alt2-only d146-s-D5-backup-only d146-s-D5-billing-only
d146-s-D5-company-only d146-s-D5-contact-only d146-s-D5-de_geplant-only d146-s-D5-delivery-only
d146-s-D5-desired-only d146-s-D5-dropoff-only d146-s-D5-est-only d146-s-D5-expected-only
d146-s-D5-fallback-only d146-s-D5-home-only d146-s-D5-invoice-only d146-s-D5-list-only d146-s-D5-mailing-only
d146-s-D5-next-only d146-s-D5-orig-only d146-s-D5-pickup-only d146-s-D5-planned-only d146-s-D5-private-only
d146-s-D5-proposed-only d146-s-D5-quoted-only d146-s-D5-regular-only d146-s-D5-requested-only
d146-s-D5-sale-only d146-s-D5-sched-only d146-s-D5-second-only d146-s-D5-shipping-only d146-s-D5-spare-only
d146-s-D5-target-only d146-s-D5-temp-only d146-s-D5-typical-only d146-s-D5-work-only d146-s-D6-actual-only
d146-s-D6-alt-only d146-s-D6-alt2-only d146-s-D6-avg-only d146-s-D6-avg2-only d146-s-D6-backup-only
d146-s-D6-billing-only d146-s-D6-company-only d146-s-D6-contact-only d146-s-D6-de_geplant-only
d146-s-D6-delivery-only d146-s-D6-desired-only d146-s-D6-dropoff-only d146-s-D6-est-only
d146-s-D6-expected-only d146-s-D6-fallback-only d146-s-D6-home-only d146-s-D6-invoice-only d146-s-D6-list-only
d146-s-D6-mailing-only d146-s-D6-next-only d146-s-D6-orig-only d146-s-D6-p-2-only d146-s-D6-p-hash2-only
d146-s-D6-pickup-only d146-s-D6-planned-only d146-s-D6-private-only d146-s-D6-proposed-only
d146-s-D6-quoted-only d146-s-D6-regular-only d146-s-D6-requested-only d146-s-D6-sale-only d146-s-D6-sched-only
d146-s-D6-second-only d146-s-D6-shipping-only d146-s-D6-spare-only d146-s-D6-target-only d146-s-D6-temp-only
d146-s-D6-typical-only d146-s-D6-work-only d146-s-D6-x-only d146-s-D7-actual-only d146-s-D7-alt-only
d146-s-D7-alt2-only d146-s-D7-backup-only d146-s-D7-billing-only d146-s-D7-company-only d146-s-D7-contact-only
d146-s-D7-de_geplant-only d146-s-D7-delivery-only d146-s-D7-desired-only d146-s-D7-dropoff-only
d146-s-D7-est-only d146-s-D7-expected-only d146-s-D7-fallback-only d146-s-D7-home-only d146-s-D7-invoice-only
d146-s-D7-list-only d146-s-D7-mailing-only d146-s-D7-next-only d146-s-D7-orig-only d146-s-D7-pickup-only
d146-s-D7-planned-only d146-s-D7-private-only d146-s-D7-proposed-only d146-s-D7-quoted-only
d146-s-D7-regular-only d146-s-D7-requested-only d146-s-D7-sale-only d146-s-D7-sched-only d146-s-D7-second-only
d146-s-D7-shipping-only d146-s-D7-spare-only d146-s-D7-target-only d146-s-D7-temp-only d146-s-D7-typical-only
d146-s-D7-work-only d146-s-F0-ab-bkp-only d146-s-F0-de-compound-only d146-s-F0-default-only
d146-s-F0-forward-only d146-s-F0-highest-only d146-s-F0-hist-only d146-s-F0-initial-only
d146-s-F0-interim-only d146-s-F0-lowest-only d146-s-F0-mean-only d146-s-F0-median-only d146-s-F0-n-2nd-only
d146-s-F0-n-another-only d146-s-F0-n-second-only d146-s-F0-peak-only d146-s-F0-provis-only
d146-s-F0-recommended-only d146-s-F0-recovery-only d146-s-F0-s-2-only d146-s-F0-s-2019-only d146-s-F0-s-3-only
d146-s-F0-s-B-only d146-s-F0-s-II-only d146-s-F0-s-alt-only d146-s-F0-s-backup-only d146-s-F0-s-dash2-only
d146-s-F0-suggested-only d146-s-F0-unverified-only d146-s-F0-y-2019-only d146-s-F1-ab-bkp-only
d146-s-F1-de-compound-only d146-s-F1-de-compound-tbl d146-s-F1-default-only d146-s-F1-forward-only
d146-s-F1-highest-only d146-s-F1-hist-only d146-s-F1-initial-only d146-s-F1-interim-only d146-s-F1-lowest-only
d146-s-F1-mean-only d146-s-F1-median-only d146-s-F1-n-2nd-only d146-s-F1-n-additional-only
d146-s-F1-n-another-only d146-s-F1-n-extra-only d146-s-F1-n-second-only d146-s-F1-peak-only
d146-s-F1-provis-only d146-s-F1-recommended-only d146-s-F1-recovery-only d146-s-F1-s-B-only
d146-s-F1-s-II-only d146-s-F1-s-alt-only d146-s-F1-s-backup-only d146-s-F1-suggested-only
d146-s-F1-unverified-only d146-s-F1-y-2019-only d146-s-F2-ab-bkp-only d146-s-F2-de-compound-only
d146-s-F2-default-only d146-s-F2-forward-only d146-s-F2-highest-only d146-s-F2-hist-only
d146-s-F2-initial-only d146-s-F2-interim-only d146-s-F2-lowest-only d146-s-F2-mean-only d146-s-F2-median-only
d146-s-F2-n-2nd-only d146-s-F2-n-additional-only d146-s-F2-n-another-only d146-s-F2-n-extra-only
d146-s-F2-n-second-only d146-s-F2-peak-only d146-s-F2-provis-only d146-s-F2-recommended-only
d146-s-F2-recovery-only d146-s-F2-s-2-only d146-s-F2-s-2019-only d146-s-F2-s-3-only d146-s-F2-s-B-only
d146-s-F2-s-II-only d146-s-F2-s-alt-only d146-s-F2-s-backup-only d146-s-F2-s-dash2-only
d146-s-F2-suggested-only d146-s-F2-unverified-only d146-s-F2-y-2019-only d146-s-F3-ab-bkp-only
d146-s-F3-de-compound-only d146-s-F3-default-only d146-s-F3-forward-only d146-s-F3-highest-only
d146-s-F3-hist-only d146-s-F3-initial-only d146-s-F3-interim-only d146-s-F3-lowest-only d146-s-F3-mean-only
d146-s-F3-median-only d146-s-F3-n-2nd-only d146-s-F3-n-additional-only d146-s-F3-n-another-only
d146-s-F3-n-extra-only d146-s-F3-n-second-only d146-s-F3-peak-only d146-s-F3-provis-only
d146-s-F3-recommended-only d146-s-F3-recovery-only d146-s-F3-s-2-only d146-s-F3-s-2019-only d146-s-F3-s-3-only
d146-s-F3-s-B-only d146-s-F3-s-II-only d146-s-F3-s-alt-only d146-s-F3-s-backup-only d146-s-F3-s-dash2-only
d146-s-F3-suggested-only d146-s-F3-unverified-only d146-s-F3-y-2019-only d146-s-F4-ab-bkp-only
d146-s-F4-de-compound-only d146-s-F4-default-only d146-s-F4-forward-only d146-s-F4-hist-only
d146-s-F4-initial-only d146-s-F4-interim-only d146-s-F4-n-2nd-only d146-s-F4-n-additional-only
d146-s-F4-n-another-only d146-s-F4-n-extra-only d146-s-F4-n-second-only d146-s-F4-provis-only
d146-s-F4-recommended-only d146-s-F4-recovery-only d146-s-F4-s-B-only d146-s-F4-s-II-only d146-s-F4-s-alt-only
d146-s-F4-s-backup-only d146-s-F4-suggested-only d146-s-F4-unverified-only d146-s-F4-y-2019-only
d146-s-F5-ab-bkp-only d146-s-F5-de-compound-only d146-s-F5-default-only d146-s-F5-forward-only
d146-s-F5-initial-only d146-s-F5-interim-only d146-s-F5-n-2nd-only d146-s-F5-n-additional-only
d146-s-F5-n-another-only d146-s-F5-n-extra-only d146-s-F5-n-second-only d146-s-F5-provis-only
d146-s-F5-recommended-only d146-s-F5-recovery-only d146-s-F5-s-backup-tbl d146-s-F5-suggested-only
d146-s-F5-unverified-only d146-s-F5-y-2019-only d146-s-F6-ab-bkp-only d146-s-F6-de-compound-only
d146-s-F6-default-only d146-s-F6-forward-only d146-s-F6-highest-only d146-s-F6-hist-only
d146-s-F6-initial-only d146-s-F6-interim-only d146-s-F6-lowest-only d146-s-F6-mean-only d146-s-F6-median-only
d146-s-F6-n-2nd-only d146-s-F6-n-additional-only d146-s-F6-n-another-only d146-s-F6-n-extra-only
d146-s-F6-n-second-only d146-s-F6-peak-only d146-s-F6-provis-only d146-s-F6-recommended-only
d146-s-F6-recovery-only d146-s-F6-s-2-only d146-s-F6-s-2019-only d146-s-F6-s-3-only d146-s-F6-s-B-only
d146-s-F6-s-II-only d146-s-F6-s-alt-only d146-s-F6-s-backup-only d146-s-F6-s-dash2-only
d146-s-F6-suggested-only d146-s-F6-unverified-only d146-s-F6-y-2019-only d146-s-F7-ab-bkp-only
d146-s-F7-de-compound-only d146-s-F7-default-only d146-s-F7-forward-only d146-s-F7-initial-only
d146-s-F7-interim-only d146-s-F7-n-2nd-only d146-s-F7-n-additional-only d146-s-F7-n-another-only
d146-s-F7-n-extra-only d146-s-F7-n-second-only d146-s-F7-provis-only d146-s-F7-recommended-only
d146-s-F7-recovery-only d146-s-F7-suggested-only d146-s-F7-unverified-only d146-s-F7-y-2019-only d146-s-H0-0
d146-s-H0-2 d146-s-H0-21 d146-s-H0-31 d146-s-H0-8 d146-s-H2-0 d146-s-H2-2 d146-s-H2-21 d146-s-H2-31
d146-s-H2-8 d146-s-H3-0 d146-s-H3-2 d146-s-H3-21 d146-s-H3-31 d146-s-H3-8 d146-s-H4-0 d146-s-H4-2 d146-s-H4-21
d146-s-H4-31 d146-s-H4-8 d146-s-K05-ln d146-s-K05-ln-a d146-s-K06-ln d146-s-K06-ln-a d146-s-K08-ln
d146-s-K14-ln d146-s-K14-ln-a d146-s-K17-ln d146-s-K17-ln-a d146-s-K19-ln d146-s-K26-ln d146-s-K27-ln
d146-s-K29-ln d146-s-K29-ln-a d146-s-K30-ln d146-s-K30-ln-a d146-s-K39-ln-a d146-v-C0-apos d146-v-C1-prime
d146-v-C8-prime d146-v-D4-x-rl d146-v-F1-hist-rl d146-v-F1-s-alt-rl d146-v-F4-s-B-rl d146-v-F4-s-backup-rl
d146-v-H0-0 d146-v-H0-2 d146-v-H0-21 d146-v-H0-31 d146-v-H0-8 d146-v-H2-0 d146-v-H2-2 d146-v-H2-21
d146-v-H2-31 d146-v-H2-8 d146-v-H3-0 d146-v-H3-2 d146-v-H3-21 d146-v-H3-31 d146-v-H3-8 d146-v-H4-0 d146-v-H4-2
d146-v-H4-21 d146-v-H4-31 d146-v-H4-8""".split())


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too), one safe variant in 3 and every 20th of the held rest; STEPCACHE_REDTEAM_FULL=1 keeps them all.
from probe_kit import sample_round as r146_sample_round  # noqa: E402
r146_found = {
    'd146-b-A36-email-e_mail_address-ln', 'd146-b-B0-pipe', 'd146-b-B0-pipesp', 'd146-b-B1-pipe', 'd146-b-B1-pipesp',
    'd146-b-C0-apos', 'd146-b-C1-prime', 'd146-b-C8-prime', 'd146-b-D4-es-s-rl', 'd146-b-D4-x-rl',
    'd146-b-F1-hist-rl', 'd146-b-F1-s-alt-rl', 'd146-b-F1-s-obs-rl', 'd146-b-F4-s-B-rl', 'd146-b-F4-s-backup-rl',
    'd146-b-F4-s-obs-rl', 'd146-b-H0-0', 'd146-b-H0-2', 'd146-b-H0-21', 'd146-b-H0-31', 'd146-b-H0-8', 'd146-b-H2-0',
    'd146-b-H2-2', 'd146-b-H2-21', 'd146-b-H2-31', 'd146-b-H2-8', 'd146-b-H3-0', 'd146-b-H3-2', 'd146-b-H3-21',
    'd146-b-H3-31', 'd146-b-H3-8', 'd146-b-H4-0', 'd146-b-H4-2', 'd146-b-H4-21', 'd146-b-H4-31', 'd146-b-H4-8',
    'd146-s-A35-start_date-from_date-once', 'd146-s-A36-email-e_mail_address-once', 'd146-s-C0-apos',
    'd146-s-C1-prime', 'd146-s-C7-from-lbl', 'd146-s-C8-prime', 'd146-s-D0-actual-only', 'd146-s-D0-alt-only',
    'd146-s-D0-alt2-only', 'd146-s-D0-avg-only', 'd146-s-D0-avg2-only', 'd146-s-D0-backup-only',
    'd146-s-D0-billing-only', 'd146-s-D0-cancelled-only', 'd146-s-D0-company-only', 'd146-s-D0-contact-only',
    'd146-s-D0-de_alt-only', 'd146-s-D0-de_frueher-only', 'd146-s-D0-de_geplant-only', 'd146-s-D0-de_notfall-only',
    'd146-s-D0-de_vorh-only', 'd146-s-D0-delivery-only', 'd146-s-D0-deprecated-only', 'd146-s-D0-desired-only',
    'd146-s-D0-es-s-only', 'd146-s-D0-es_antiguo-only', 'd146-s-D0-est-only', 'd146-s-D0-expected-only',
    'd146-s-D0-fallback-only', 'd146-s-D0-fr_ancien-only', 'd146-s-D0-fr_ancienne-only', 'd146-s-D0-guardian-only',
    'd146-s-D0-home-only', 'd146-s-D0-invoice-only', 'd146-s-D0-it_vecchio-only', 'd146-s-D0-list-only',
    'd146-s-D0-mailing-only', 'd146-s-D0-manager-only', 'd146-s-D0-next-only', 'd146-s-D0-nl_oud-only',
    'd146-s-D0-nl_vorig-only', 'd146-s-D0-no_gammel-only', 'd146-s-D0-no_tidl-only', 'd146-s-D0-orig-only',
    'd146-s-D0-p-2-only', 'd146-s-D0-p-hash2-only', 'd146-s-D0-pickup-only', 'd146-s-D0-pl_poprz-only',
    'd146-s-D0-planned-only', 'd146-s-D0-private-only', 'd146-s-D0-proposed-only', 'd146-s-D0-quoted-only',
    'd146-s-D0-regular-only', 'd146-s-D0-requested-only', 'd146-s-D0-sale-only', 'd146-s-D0-sched-only',
    'd146-s-D0-second-only', 'd146-s-D0-shipping-only', 'd146-s-D0-spare-only', 'd146-s-D0-superseded-only',
    'd146-s-D0-sv_tidig-only', 'd146-s-D0-target-only', 'd146-s-D0-temp-only', 'd146-s-D0-typical-only',
    'd146-s-D0-work-only', 'd146-s-D0-x-only', 'd146-s-D1-actual-only', 'd146-s-D1-alt-only', 'd146-s-D1-alt2-only',
    'd146-s-D1-avg-only', 'd146-s-D1-avg2-only', 'd146-s-D1-backup-only', 'd146-s-D1-billing-only',
    'd146-s-D1-cancelled-only', 'd146-s-D1-company-only', 'd146-s-D1-contact-only', 'd146-s-D1-de_alt-only',
    'd146-s-D1-de_frueher-only', 'd146-s-D1-de_geplant-only', 'd146-s-D1-de_notfall-only', 'd146-s-D1-de_vorh-only',
    'd146-s-D1-delivery-only', 'd146-s-D1-deprecated-only', 'd146-s-D1-desired-only', 'd146-s-D1-dropoff-only',
    'd146-s-D1-es-s-only', 'd146-s-D1-es_antiguo-only', 'd146-s-D1-est-only', 'd146-s-D1-expected-only',
    'd146-s-D1-fallback-only', 'd146-s-D1-fr_ancien-only', 'd146-s-D1-fr_ancienne-only', 'd146-s-D1-guardian-only',
    'd146-s-D1-home-only', 'd146-s-D1-invoice-only', 'd146-s-D1-it_vecchio-only', 'd146-s-D1-list-only',
    'd146-s-D1-mailing-only', 'd146-s-D1-manager-only', 'd146-s-D1-next-only', 'd146-s-D1-nl_oud-only',
    'd146-s-D1-nl_vorig-only', 'd146-s-D1-no_gammel-only', 'd146-s-D1-no_tidl-only', 'd146-s-D1-orig-only',
    'd146-s-D1-pickup-only', 'd146-s-D1-pl_poprz-only', 'd146-s-D1-planned-only', 'd146-s-D1-private-only',
    'd146-s-D1-proposed-only', 'd146-s-D1-quoted-only', 'd146-s-D1-regular-only', 'd146-s-D1-requested-only',
    'd146-s-D1-sale-only', 'd146-s-D1-sched-only', 'd146-s-D1-second-only', 'd146-s-D1-shipping-only',
    'd146-s-D1-spare-only', 'd146-s-D1-superseded-only', 'd146-s-D1-sv_tidig-only', 'd146-s-D1-target-only',
    'd146-s-D1-temp-only', 'd146-s-D1-typical-only', 'd146-s-D1-work-only', 'd146-s-D1-x-only',
    'd146-s-D2-actual-only', 'd146-s-D2-alt-only', 'd146-s-D2-alt2-only', 'd146-s-D2-avg-only', 'd146-s-D2-avg2-only',
    'd146-s-D2-backup-only', 'd146-s-D2-billing-only', 'd146-s-D2-cancelled-only', 'd146-s-D2-company-only',
    'd146-s-D2-contact-only', 'd146-s-D2-de_alt-only', 'd146-s-D2-de_frueher-only', 'd146-s-D2-de_geplant-only',
    'd146-s-D2-de_notfall-only', 'd146-s-D2-de_vorh-only', 'd146-s-D2-delivery-only', 'd146-s-D2-deprecated-only',
    'd146-s-D2-desired-only', 'd146-s-D2-dropoff-only', 'd146-s-D2-es-s-only', 'd146-s-D2-es_antiguo-only',
    'd146-s-D2-est-only', 'd146-s-D2-expected-only', 'd146-s-D2-fallback-only', 'd146-s-D2-fr_ancien-only',
    'd146-s-D2-fr_ancienne-only', 'd146-s-D2-guardian-only', 'd146-s-D2-home-only', 'd146-s-D2-invoice-only',
    'd146-s-D2-it_vecchio-only', 'd146-s-D2-list-only', 'd146-s-D2-mailing-only', 'd146-s-D2-manager-only',
    'd146-s-D2-next-only', 'd146-s-D2-nl_oud-only', 'd146-s-D2-nl_vorig-only', 'd146-s-D2-no_gammel-only',
    'd146-s-D2-no_tidl-only', 'd146-s-D2-orig-only', 'd146-s-D2-p-2-only', 'd146-s-D2-p-hash2-only',
    'd146-s-D2-pickup-only', 'd146-s-D2-pl_poprz-only', 'd146-s-D2-planned-only', 'd146-s-D2-private-only',
    'd146-s-D2-proposed-only', 'd146-s-D2-quoted-only', 'd146-s-D2-regular-only', 'd146-s-D2-requested-only',
    'd146-s-D2-sale-only', 'd146-s-D2-sched-only', 'd146-s-D2-second-only', 'd146-s-D2-shipping-only',
    'd146-s-D2-spare-only', 'd146-s-D2-superseded-only', 'd146-s-D2-sv_tidig-only', 'd146-s-D2-target-only',
    'd146-s-D2-temp-only', 'd146-s-D2-typical-only', 'd146-s-D2-work-only', 'd146-s-D2-x-only',
    'd146-s-D3-actual-only', 'd146-s-D3-alt-only', 'd146-s-D3-alt2-only', 'd146-s-D3-avg-only', 'd146-s-D3-avg2-only',
    'd146-s-D3-backup-only', 'd146-s-D3-billing-only', 'd146-s-D3-cancelled-only', 'd146-s-D3-company-only',
    'd146-s-D3-contact-only', 'd146-s-D3-de_alt-only', 'd146-s-D3-de_frueher-only', 'd146-s-D3-de_geplant-only',
    'd146-s-D3-de_notfall-only', 'd146-s-D3-de_vorh-only', 'd146-s-D3-delivery-only', 'd146-s-D3-deprecated-only',
    'd146-s-D3-desired-only', 'd146-s-D3-dropoff-only', 'd146-s-D3-es-s-only', 'd146-s-D3-es_antiguo-only',
    'd146-s-D3-est-only', 'd146-s-D3-expected-only', 'd146-s-D3-fallback-only', 'd146-s-D3-fr_ancien-only',
    'd146-s-D3-fr_ancienne-only', 'd146-s-D3-guardian-only', 'd146-s-D3-home-only', 'd146-s-D3-invoice-only',
    'd146-s-D3-it_vecchio-only', 'd146-s-D3-list-only', 'd146-s-D3-mailing-only', 'd146-s-D3-manager-only',
    'd146-s-D3-next-only', 'd146-s-D3-nl_oud-only', 'd146-s-D3-nl_vorig-only', 'd146-s-D3-no_gammel-only',
    'd146-s-D3-no_tidl-only', 'd146-s-D3-orig-only', 'd146-s-D3-p-2-only', 'd146-s-D3-p-hash2-only',
    'd146-s-D3-pickup-only', 'd146-s-D3-pl_poprz-only', 'd146-s-D3-planned-only', 'd146-s-D3-private-only',
    'd146-s-D3-proposed-only', 'd146-s-D3-quoted-only', 'd146-s-D3-regular-only', 'd146-s-D3-requested-only',
    'd146-s-D3-sale-only', 'd146-s-D3-sched-only', 'd146-s-D3-second-only', 'd146-s-D3-shipping-only',
    'd146-s-D3-spare-only', 'd146-s-D3-superseded-only', 'd146-s-D3-sv_tidig-only', 'd146-s-D3-target-only',
    'd146-s-D3-temp-only', 'd146-s-D3-typical-only', 'd146-s-D3-work-only', 'd146-s-D3-x-only',
    'd146-s-D4-actual-only', 'd146-s-D4-alt-only', 'd146-s-D4-alt2-only', 'd146-s-D4-avg-only', 'd146-s-D4-avg2-only',
    'd146-s-D4-backup-only', 'd146-s-D4-billing-only', 'd146-s-D4-cancelled-only', 'd146-s-D4-company-only',
    'd146-s-D4-contact-only', 'd146-s-D4-de_alt-only', 'd146-s-D4-de_frueher-only', 'd146-s-D4-de_geplant-only',
    'd146-s-D4-de_notfall-only', 'd146-s-D4-de_vorh-only', 'd146-s-D4-delivery-only', 'd146-s-D4-deprecated-only',
    'd146-s-D4-desired-only', 'd146-s-D4-dropoff-only', 'd146-s-D4-es-s-only', 'd146-s-D4-es_antiguo-only',
    'd146-s-D4-est-only', 'd146-s-D4-expected-only', 'd146-s-D4-fallback-only', 'd146-s-D4-fr_ancien-only',
    'd146-s-D4-fr_ancienne-only', 'd146-s-D4-guardian-only', 'd146-s-D4-home-only', 'd146-s-D4-invoice-only',
    'd146-s-D4-it_vecchio-only', 'd146-s-D4-list-only', 'd146-s-D4-mailing-only', 'd146-s-D4-manager-only',
    'd146-s-D4-next-only', 'd146-s-D4-nl_oud-only', 'd146-s-D4-nl_vorig-only', 'd146-s-D4-no_gammel-only',
    'd146-s-D4-no_tidl-only', 'd146-s-D4-orig-only', 'd146-s-D4-pickup-only', 'd146-s-D4-pl_poprz-only',
    'd146-s-D4-planned-only', 'd146-s-D4-private-only', 'd146-s-D4-proposed-only', 'd146-s-D4-quoted-only',
    'd146-s-D4-regular-only', 'd146-s-D4-requested-only', 'd146-s-D4-sale-only', 'd146-s-D4-sched-only',
    'd146-s-D4-second-only', 'd146-s-D4-shipping-only', 'd146-s-D4-spare-only', 'd146-s-D4-superseded-only',
    'd146-s-D4-sv_tidig-only', 'd146-s-D4-target-only', 'd146-s-D4-temp-only', 'd146-s-D4-typical-only',
    'd146-s-D4-work-only', 'd146-s-D4-x-only', 'd146-s-D5-actual-only', 'd146-s-D5-alt-only', 'd146-s-D5-alt2-only',
    'd146-s-D5-avg-only', 'd146-s-D5-avg2-only', 'd146-s-D5-backup-only', 'd146-s-D5-billing-only',
    'd146-s-D5-cancelled-only', 'd146-s-D5-company-only', 'd146-s-D5-contact-only', 'd146-s-D5-de_alt-only',
    'd146-s-D5-de_frueher-only', 'd146-s-D5-de_geplant-only', 'd146-s-D5-de_notfall-only', 'd146-s-D5-de_vorh-only',
    'd146-s-D5-delivery-only', 'd146-s-D5-deprecated-only', 'd146-s-D5-desired-only', 'd146-s-D5-dropoff-only',
    'd146-s-D5-es_antiguo-only', 'd146-s-D5-est-only', 'd146-s-D5-expected-only', 'd146-s-D5-fallback-only',
    'd146-s-D5-fr_ancien-only', 'd146-s-D5-fr_ancienne-only', 'd146-s-D5-guardian-only', 'd146-s-D5-home-only',
    'd146-s-D5-invoice-only', 'd146-s-D5-it_vecchio-only', 'd146-s-D5-list-only', 'd146-s-D5-mailing-only',
    'd146-s-D5-manager-only', 'd146-s-D5-next-only', 'd146-s-D5-nl_oud-only', 'd146-s-D5-nl_vorig-only',
    'd146-s-D5-no_gammel-only', 'd146-s-D5-no_tidl-only', 'd146-s-D5-orig-only', 'd146-s-D5-pickup-only',
    'd146-s-D5-pl_poprz-only', 'd146-s-D5-planned-only', 'd146-s-D5-private-only', 'd146-s-D5-proposed-only',
    'd146-s-D5-quoted-only', 'd146-s-D5-regular-only', 'd146-s-D5-requested-only', 'd146-s-D5-sale-only',
    'd146-s-D5-sched-only', 'd146-s-D5-second-only', 'd146-s-D5-shipping-only', 'd146-s-D5-spare-only',
    'd146-s-D5-superseded-only', 'd146-s-D5-sv_tidig-only', 'd146-s-D5-target-only', 'd146-s-D5-temp-only',
    'd146-s-D5-typical-only', 'd146-s-D5-work-only', 'd146-s-D6-actual-only', 'd146-s-D6-alt-only',
    'd146-s-D6-alt2-only', 'd146-s-D6-avg-only', 'd146-s-D6-avg2-only', 'd146-s-D6-backup-only',
    'd146-s-D6-billing-only', 'd146-s-D6-cancelled-only', 'd146-s-D6-company-only', 'd146-s-D6-contact-only',
    'd146-s-D6-de_alt-only', 'd146-s-D6-de_frueher-only', 'd146-s-D6-de_geplant-only', 'd146-s-D6-de_notfall-only',
    'd146-s-D6-de_vorh-only', 'd146-s-D6-delivery-only', 'd146-s-D6-deprecated-only', 'd146-s-D6-desired-only',
    'd146-s-D6-dropoff-only', 'd146-s-D6-es-s-only', 'd146-s-D6-es_antiguo-only', 'd146-s-D6-est-only',
    'd146-s-D6-expected-only', 'd146-s-D6-fallback-only', 'd146-s-D6-fr_ancien-only', 'd146-s-D6-fr_ancienne-only',
    'd146-s-D6-guardian-only', 'd146-s-D6-home-only', 'd146-s-D6-invoice-only', 'd146-s-D6-it_vecchio-only',
    'd146-s-D6-list-only', 'd146-s-D6-mailing-only', 'd146-s-D6-manager-only', 'd146-s-D6-next-only',
    'd146-s-D6-nl_oud-only', 'd146-s-D6-nl_vorig-only', 'd146-s-D6-no_gammel-only', 'd146-s-D6-no_tidl-only',
    'd146-s-D6-orig-only', 'd146-s-D6-p-2-only', 'd146-s-D6-p-hash2-only', 'd146-s-D6-pickup-only',
    'd146-s-D6-pl_poprz-only', 'd146-s-D6-planned-only', 'd146-s-D6-private-only', 'd146-s-D6-proposed-only',
    'd146-s-D6-quoted-only', 'd146-s-D6-regular-only', 'd146-s-D6-requested-only', 'd146-s-D6-sale-only',
    'd146-s-D6-sched-only', 'd146-s-D6-second-only', 'd146-s-D6-shipping-only', 'd146-s-D6-spare-only',
    'd146-s-D6-superseded-only', 'd146-s-D6-sv_tidig-only', 'd146-s-D6-target-only', 'd146-s-D6-temp-only',
    'd146-s-D6-typical-only', 'd146-s-D6-work-only', 'd146-s-D6-x-only', 'd146-s-D7-actual-only',
    'd146-s-D7-alt-only', 'd146-s-D7-alt2-only', 'd146-s-D7-avg-only', 'd146-s-D7-avg2-only', 'd146-s-D7-backup-only',
    'd146-s-D7-billing-only', 'd146-s-D7-cancelled-only', 'd146-s-D7-company-only', 'd146-s-D7-contact-only',
    'd146-s-D7-de_alt-only', 'd146-s-D7-de_frueher-only', 'd146-s-D7-de_geplant-only', 'd146-s-D7-de_notfall-only',
    'd146-s-D7-de_vorh-only', 'd146-s-D7-delivery-only', 'd146-s-D7-deprecated-only', 'd146-s-D7-desired-only',
    'd146-s-D7-dropoff-only', 'd146-s-D7-es_antiguo-only', 'd146-s-D7-est-only', 'd146-s-D7-expected-only',
    'd146-s-D7-fallback-only', 'd146-s-D7-fr_ancien-only', 'd146-s-D7-fr_ancienne-only', 'd146-s-D7-guardian-only',
    'd146-s-D7-home-only', 'd146-s-D7-invoice-only', 'd146-s-D7-it_vecchio-only', 'd146-s-D7-list-only',
    'd146-s-D7-mailing-only', 'd146-s-D7-manager-only', 'd146-s-D7-next-only', 'd146-s-D7-nl_oud-only',
    'd146-s-D7-nl_vorig-only', 'd146-s-D7-no_gammel-only', 'd146-s-D7-no_tidl-only', 'd146-s-D7-orig-only',
    'd146-s-D7-pickup-only', 'd146-s-D7-pl_poprz-only', 'd146-s-D7-planned-only', 'd146-s-D7-private-only',
    'd146-s-D7-proposed-only', 'd146-s-D7-quoted-only', 'd146-s-D7-regular-only', 'd146-s-D7-requested-only',
    'd146-s-D7-sale-only', 'd146-s-D7-sched-only', 'd146-s-D7-second-only', 'd146-s-D7-shipping-only',
    'd146-s-D7-spare-only', 'd146-s-D7-superseded-only', 'd146-s-D7-sv_tidig-only', 'd146-s-D7-target-only',
    'd146-s-D7-temp-only', 'd146-s-D7-typical-only', 'd146-s-D7-work-only', 'd146-s-F0-ab-bkp-only',
    'd146-s-F0-agent-only', 'd146-s-F0-archived-only', 'd146-s-F0-assistant-only', 'd146-s-F0-blocked-only',
    'd146-s-F0-boss-only', 'd146-s-F0-competitor-only', 'd146-s-F0-de-compound-only', 'd146-s-F0-default-only',
    'd146-s-F0-doctor-only', 'd146-s-F0-dummy-only', 'd146-s-F0-example-only', 'd146-s-F0-expired-only',
    'd146-s-F0-fax-only', 'd146-s-F0-forward-only', 'd146-s-F0-highest-only', 'd146-s-F0-hist-only',
    'd146-s-F0-historic-only', 'd146-s-F0-ice-only', 'd146-s-F0-inactive-only', 'd146-s-F0-initial-only',
    'd146-s-F0-interim-only', 'd146-s-F0-invalid-only', 'd146-s-F0-landlord-only', 'd146-s-F0-legacy-only',
    'd146-s-F0-lowest-only', 'd146-s-F0-mean-only', 'd146-s-F0-median-only', 'd146-s-F0-n-2nd-only',
    'd146-s-F0-n-another-only', 'd146-s-F0-n-second-only', 'd146-s-F0-obsolete-only', 'd146-s-F0-outdated-only',
    'd146-s-F0-peak-only', 'd146-s-F0-placeholder-only', 'd146-s-F0-pre-only', 'd146-s-F0-provis-only',
    'd146-s-F0-recommended-only', 'd146-s-F0-recovery-only', 'd146-s-F0-referee-only', 'd146-s-F0-retired-only',
    'd146-s-F0-s-2-only', 'd146-s-F0-s-2019-only', 'd146-s-F0-s-3-only', 'd146-s-F0-s-B-only', 'd146-s-F0-s-II-only',
    'd146-s-F0-s-alt-only', 'd146-s-F0-s-backup-only', 'd146-s-F0-s-dash2-only', 'd146-s-F0-s-obs-only',
    'd146-s-F0-sample-only', 'd146-s-F0-son-only', 'd146-s-F0-sos-only', 'd146-s-F0-sponsor-only',
    'd146-s-F0-suggested-only', 'd146-s-F0-test-only', 'd146-s-F0-unverified-only', 'd146-s-F0-y-2019-only',
    'd146-s-F1-ab-bkp-only', 'd146-s-F1-agent-only', 'd146-s-F1-agent-tbl', 'd146-s-F1-archived-only',
    'd146-s-F1-assistant-only', 'd146-s-F1-blocked-only', 'd146-s-F1-boss-only', 'd146-s-F1-boss-tbl',
    'd146-s-F1-bounced-only', 'd146-s-F1-competitor-only', 'd146-s-F1-de-compound-only', 'd146-s-F1-de-compound-tbl',
    'd146-s-F1-default-only', 'd146-s-F1-deleted-only', 'd146-s-F1-doctor-only', 'd146-s-F1-doctor-tbl',
    'd146-s-F1-dummy-only', 'd146-s-F1-example-only', 'd146-s-F1-expired-only', 'd146-s-F1-fax-only',
    'd146-s-F1-forward-only', 'd146-s-F1-highest-only', 'd146-s-F1-hist-only', 'd146-s-F1-historic-only',
    'd146-s-F1-ice-only', 'd146-s-F1-inactive-only', 'd146-s-F1-incorrect-only', 'd146-s-F1-initial-only',
    'd146-s-F1-interim-only', 'd146-s-F1-invalid-only', 'd146-s-F1-landlord-only', 'd146-s-F1-legacy-only',
    'd146-s-F1-legacy-tbl', 'd146-s-F1-lowest-only', 'd146-s-F1-mean-only', 'd146-s-F1-median-only',
    'd146-s-F1-n-2nd-only', 'd146-s-F1-n-additional-only', 'd146-s-F1-n-another-only', 'd146-s-F1-n-extra-only',
    'd146-s-F1-n-second-only', 'd146-s-F1-nok-tbl', 'd146-s-F1-obsolete-only', 'd146-s-F1-outdated-only',
    'd146-s-F1-peak-only', 'd146-s-F1-placeholder-only', 'd146-s-F1-pre-only', 'd146-s-F1-provis-only',
    'd146-s-F1-recommended-only', 'd146-s-F1-recovery-only', 'd146-s-F1-referee-only', 'd146-s-F1-removed-only',
    'd146-s-F1-retired-only', 'd146-s-F1-s-B-only', 'd146-s-F1-s-II-only', 'd146-s-F1-s-alt-only',
    'd146-s-F1-s-backup-only', 'd146-s-F1-s-obs-only', 'd146-s-F1-sample-only', 'd146-s-F1-son-only',
    'd146-s-F1-sos-only', 'd146-s-F1-sponsor-only', 'd146-s-F1-suggested-only', 'd146-s-F1-test-only',
    'd146-s-F1-unverified-only', 'd146-s-F1-wrong-only', 'd146-s-F1-y-2019-only', 'd146-s-F2-ab-bkp-only',
    'd146-s-F2-agent-only', 'd146-s-F2-archived-only', 'd146-s-F2-assistant-only', 'd146-s-F2-blocked-only',
    'd146-s-F2-boss-only', 'd146-s-F2-bounced-only', 'd146-s-F2-competitor-only', 'd146-s-F2-de-compound-only',
    'd146-s-F2-default-only', 'd146-s-F2-deleted-only', 'd146-s-F2-doctor-only', 'd146-s-F2-dummy-only',
    'd146-s-F2-example-only', 'd146-s-F2-expired-only', 'd146-s-F2-fax-only', 'd146-s-F2-forward-only',
    'd146-s-F2-highest-only', 'd146-s-F2-hist-only', 'd146-s-F2-historic-only', 'd146-s-F2-ice-only',
    'd146-s-F2-inactive-only', 'd146-s-F2-incorrect-only', 'd146-s-F2-initial-only', 'd146-s-F2-interim-only',
    'd146-s-F2-invalid-only', 'd146-s-F2-landlord-only', 'd146-s-F2-legacy-only', 'd146-s-F2-lowest-only',
    'd146-s-F2-mean-only', 'd146-s-F2-median-only', 'd146-s-F2-n-2nd-only', 'd146-s-F2-n-additional-only',
    'd146-s-F2-n-another-only', 'd146-s-F2-n-extra-only', 'd146-s-F2-n-second-only', 'd146-s-F2-obsolete-only',
    'd146-s-F2-outdated-only', 'd146-s-F2-peak-only', 'd146-s-F2-placeholder-only', 'd146-s-F2-pre-only',
    'd146-s-F2-provis-only', 'd146-s-F2-recommended-only', 'd146-s-F2-recovery-only', 'd146-s-F2-referee-only',
    'd146-s-F2-removed-only', 'd146-s-F2-retired-only', 'd146-s-F2-s-2-only', 'd146-s-F2-s-2019-only',
    'd146-s-F2-s-3-only', 'd146-s-F2-s-B-only', 'd146-s-F2-s-II-only', 'd146-s-F2-s-alt-only',
    'd146-s-F2-s-backup-only', 'd146-s-F2-s-dash2-only', 'd146-s-F2-s-obs-only', 'd146-s-F2-sample-only',
    'd146-s-F2-son-only', 'd146-s-F2-sos-only', 'd146-s-F2-sponsor-only', 'd146-s-F2-suggested-only',
    'd146-s-F2-test-only', 'd146-s-F2-unverified-only', 'd146-s-F2-wrong-only', 'd146-s-F2-y-2019-only',
    'd146-s-F3-ab-bkp-only', 'd146-s-F3-agent-only', 'd146-s-F3-archived-only', 'd146-s-F3-assistant-only',
    'd146-s-F3-blocked-only', 'd146-s-F3-boss-only', 'd146-s-F3-bounced-only', 'd146-s-F3-competitor-only',
    'd146-s-F3-de-compound-only', 'd146-s-F3-default-only', 'd146-s-F3-deleted-only', 'd146-s-F3-doctor-only',
    'd146-s-F3-dummy-only', 'd146-s-F3-en-email-recov-only', 'd146-s-F3-example-only', 'd146-s-F3-expired-only',
    'd146-s-F3-fax-only', 'd146-s-F3-forward-only', 'd146-s-F3-highest-only', 'd146-s-F3-hist-only',
    'd146-s-F3-historic-only', 'd146-s-F3-ice-only', 'd146-s-F3-inactive-only', 'd146-s-F3-incorrect-only',
    'd146-s-F3-initial-only', 'd146-s-F3-interim-only', 'd146-s-F3-invalid-only', 'd146-s-F3-landlord-only',
    'd146-s-F3-legacy-only', 'd146-s-F3-lowest-only', 'd146-s-F3-mean-only', 'd146-s-F3-median-only',
    'd146-s-F3-n-2nd-only', 'd146-s-F3-n-additional-only', 'd146-s-F3-n-another-only', 'd146-s-F3-n-extra-only',
    'd146-s-F3-n-second-only', 'd146-s-F3-obsolete-only', 'd146-s-F3-outdated-only', 'd146-s-F3-peak-only',
    'd146-s-F3-placeholder-only', 'd146-s-F3-pre-only', 'd146-s-F3-provis-only', 'd146-s-F3-recommended-only',
    'd146-s-F3-recovery-only', 'd146-s-F3-referee-only', 'd146-s-F3-removed-only', 'd146-s-F3-retired-only',
    'd146-s-F3-s-2-only', 'd146-s-F3-s-2019-only', 'd146-s-F3-s-3-only', 'd146-s-F3-s-B-only', 'd146-s-F3-s-II-only',
    'd146-s-F3-s-alt-only', 'd146-s-F3-s-backup-only', 'd146-s-F3-s-dash2-only', 'd146-s-F3-s-obs-only',
    'd146-s-F3-sample-only', 'd146-s-F3-son-only', 'd146-s-F3-sos-only', 'd146-s-F3-sponsor-only',
    'd146-s-F3-suggested-only', 'd146-s-F3-test-only', 'd146-s-F3-unverified-only', 'd146-s-F3-wrong-only',
    'd146-s-F3-y-2019-only', 'd146-s-F4-ab-bkp-only', 'd146-s-F4-agent-only', 'd146-s-F4-archived-only',
    'd146-s-F4-assistant-only', 'd146-s-F4-blocked-only', 'd146-s-F4-boss-only', 'd146-s-F4-bounced-only',
    'd146-s-F4-competitor-only', 'd146-s-F4-de-compound-only', 'd146-s-F4-default-only', 'd146-s-F4-deleted-only',
    'd146-s-F4-doctor-only', 'd146-s-F4-dummy-only', 'd146-s-F4-example-only', 'd146-s-F4-expired-only',
    'd146-s-F4-fax-only', 'd146-s-F4-forward-only', 'd146-s-F4-highest-only', 'd146-s-F4-hist-only',
    'd146-s-F4-historic-only', 'd146-s-F4-ice-only', 'd146-s-F4-inactive-only', 'd146-s-F4-incorrect-only',
    'd146-s-F4-initial-only', 'd146-s-F4-interim-only', 'd146-s-F4-invalid-only', 'd146-s-F4-landlord-only',
    'd146-s-F4-legacy-only', 'd146-s-F4-lowest-only', 'd146-s-F4-mean-only', 'd146-s-F4-median-only',
    'd146-s-F4-n-2nd-only', 'd146-s-F4-n-additional-only', 'd146-s-F4-n-another-only', 'd146-s-F4-n-extra-only',
    'd146-s-F4-n-second-only', 'd146-s-F4-obsolete-only', 'd146-s-F4-outdated-only', 'd146-s-F4-peak-only',
    'd146-s-F4-placeholder-only', 'd146-s-F4-pre-only', 'd146-s-F4-provis-only', 'd146-s-F4-recommended-only',
    'd146-s-F4-recovery-only', 'd146-s-F4-referee-only', 'd146-s-F4-removed-only', 'd146-s-F4-retired-only',
    'd146-s-F4-s-B-only', 'd146-s-F4-s-II-only', 'd146-s-F4-s-alt-only', 'd146-s-F4-s-backup-only',
    'd146-s-F4-s-obs-only', 'd146-s-F4-sample-only', 'd146-s-F4-son-only', 'd146-s-F4-sos-only',
    'd146-s-F4-sponsor-only', 'd146-s-F4-suggested-only', 'd146-s-F4-test-only', 'd146-s-F4-unverified-only',
    'd146-s-F4-wrong-only', 'd146-s-F4-y-2019-only', 'd146-s-F5-ab-bkp-only', 'd146-s-F5-agent-only',
    'd146-s-F5-archived-only', 'd146-s-F5-assistant-only', 'd146-s-F5-blocked-only', 'd146-s-F5-boss-only',
    'd146-s-F5-boss-tbl', 'd146-s-F5-bounced-only', 'd146-s-F5-competitor-only', 'd146-s-F5-de-compound-only',
    'd146-s-F5-default-only', 'd146-s-F5-deleted-only', 'd146-s-F5-doctor-only', 'd146-s-F5-doctor-tbl',
    'd146-s-F5-dummy-only', 'd146-s-F5-example-only', 'd146-s-F5-expired-only', 'd146-s-F5-fax-only',
    'd146-s-F5-forward-only', 'd146-s-F5-highest-only', 'd146-s-F5-historic-only', 'd146-s-F5-ice-only',
    'd146-s-F5-inactive-only', 'd146-s-F5-incorrect-only', 'd146-s-F5-initial-only', 'd146-s-F5-interim-only',
    'd146-s-F5-invalid-only', 'd146-s-F5-landlord-only', 'd146-s-F5-legacy-only', 'd146-s-F5-legacy-tbl',
    'd146-s-F5-lowest-only', 'd146-s-F5-mean-only', 'd146-s-F5-median-only', 'd146-s-F5-n-2nd-only',
    'd146-s-F5-n-additional-only', 'd146-s-F5-n-another-only', 'd146-s-F5-n-extra-only', 'd146-s-F5-n-second-only',
    'd146-s-F5-nok-tbl', 'd146-s-F5-obsolete-only', 'd146-s-F5-outdated-only', 'd146-s-F5-peak-only',
    'd146-s-F5-placeholder-only', 'd146-s-F5-pre-only', 'd146-s-F5-provis-only', 'd146-s-F5-recommended-only',
    'd146-s-F5-recovery-only', 'd146-s-F5-referee-only', 'd146-s-F5-removed-only', 'd146-s-F5-retired-only',
    'd146-s-F5-s-backup-tbl', 'd146-s-F5-sample-only', 'd146-s-F5-son-only', 'd146-s-F5-sos-only',
    'd146-s-F5-sponsor-only', 'd146-s-F5-suggested-only', 'd146-s-F5-test-only', 'd146-s-F5-unverified-only',
    'd146-s-F5-wrong-only', 'd146-s-F5-y-2019-only', 'd146-s-F6-ab-bkp-only', 'd146-s-F6-agent-only',
    'd146-s-F6-archived-only', 'd146-s-F6-assistant-only', 'd146-s-F6-blocked-only', 'd146-s-F6-boss-only',
    'd146-s-F6-bounced-only', 'd146-s-F6-competitor-only', 'd146-s-F6-de-compound-only', 'd146-s-F6-default-only',
    'd146-s-F6-deleted-only', 'd146-s-F6-doctor-only', 'd146-s-F6-dummy-only', 'd146-s-F6-example-only',
    'd146-s-F6-expired-only', 'd146-s-F6-fax-only', 'd146-s-F6-forward-only', 'd146-s-F6-highest-only',
    'd146-s-F6-hist-only', 'd146-s-F6-historic-only', 'd146-s-F6-ice-only', 'd146-s-F6-inactive-only',
    'd146-s-F6-incorrect-only', 'd146-s-F6-initial-only', 'd146-s-F6-interim-only', 'd146-s-F6-invalid-only',
    'd146-s-F6-landlord-only', 'd146-s-F6-legacy-only', 'd146-s-F6-lowest-only', 'd146-s-F6-mean-only',
    'd146-s-F6-median-only', 'd146-s-F6-n-2nd-only', 'd146-s-F6-n-additional-only', 'd146-s-F6-n-another-only',
    'd146-s-F6-n-extra-only', 'd146-s-F6-n-second-only', 'd146-s-F6-obsolete-only', 'd146-s-F6-outdated-only',
    'd146-s-F6-peak-only', 'd146-s-F6-placeholder-only', 'd146-s-F6-pre-only', 'd146-s-F6-provis-only',
    'd146-s-F6-recommended-only', 'd146-s-F6-recovery-only', 'd146-s-F6-referee-only', 'd146-s-F6-removed-only',
    'd146-s-F6-retired-only', 'd146-s-F6-s-2-only', 'd146-s-F6-s-2019-only', 'd146-s-F6-s-3-only',
    'd146-s-F6-s-B-only', 'd146-s-F6-s-II-only', 'd146-s-F6-s-alt-only', 'd146-s-F6-s-backup-only',
    'd146-s-F6-s-dash2-only', 'd146-s-F6-s-obs-only', 'd146-s-F6-sample-only', 'd146-s-F6-son-only',
    'd146-s-F6-sos-only', 'd146-s-F6-sponsor-only', 'd146-s-F6-suggested-only', 'd146-s-F6-test-only',
    'd146-s-F6-unverified-only', 'd146-s-F6-wrong-only', 'd146-s-F6-y-2019-only', 'd146-s-F7-ab-bkp-only',
    'd146-s-F7-agent-only', 'd146-s-F7-archived-only', 'd146-s-F7-assistant-only', 'd146-s-F7-blocked-only',
    'd146-s-F7-boss-only', 'd146-s-F7-bounced-only', 'd146-s-F7-competitor-only', 'd146-s-F7-de-compound-only',
    'd146-s-F7-default-only', 'd146-s-F7-deleted-only', 'd146-s-F7-doctor-only', 'd146-s-F7-dummy-only',
    'd146-s-F7-example-only', 'd146-s-F7-expired-only', 'd146-s-F7-fax-only', 'd146-s-F7-forward-only',
    'd146-s-F7-highest-only', 'd146-s-F7-historic-only', 'd146-s-F7-ice-only', 'd146-s-F7-inactive-only',
    'd146-s-F7-incorrect-only', 'd146-s-F7-initial-only', 'd146-s-F7-interim-only', 'd146-s-F7-invalid-only',
    'd146-s-F7-landlord-only', 'd146-s-F7-legacy-only', 'd146-s-F7-lowest-only', 'd146-s-F7-mean-only',
    'd146-s-F7-median-only', 'd146-s-F7-n-2nd-only', 'd146-s-F7-n-additional-only', 'd146-s-F7-n-another-only',
    'd146-s-F7-n-extra-only', 'd146-s-F7-n-second-only', 'd146-s-F7-obsolete-only', 'd146-s-F7-outdated-only',
    'd146-s-F7-peak-only', 'd146-s-F7-placeholder-only', 'd146-s-F7-pre-only', 'd146-s-F7-provis-only',
    'd146-s-F7-recommended-only', 'd146-s-F7-recovery-only', 'd146-s-F7-referee-only', 'd146-s-F7-removed-only',
    'd146-s-F7-retired-only', 'd146-s-F7-sample-only', 'd146-s-F7-son-only', 'd146-s-F7-sos-only',
    'd146-s-F7-sponsor-only', 'd146-s-F7-suggested-only', 'd146-s-F7-test-only', 'd146-s-F7-unverified-only',
    'd146-s-F7-wrong-only', 'd146-s-F7-y-2019-only', 'd146-s-H0-0', 'd146-s-H0-2', 'd146-s-H0-21', 'd146-s-H0-31',
    'd146-s-H0-8', 'd146-s-H2-0', 'd146-s-H2-2', 'd146-s-H2-21', 'd146-s-H2-31', 'd146-s-H2-8', 'd146-s-H3-0',
    'd146-s-H3-2', 'd146-s-H3-21', 'd146-s-H3-31', 'd146-s-H3-8', 'd146-s-H4-0', 'd146-s-H4-2', 'd146-s-H4-21',
    'd146-s-H4-31', 'd146-s-H4-8', 'd146-s-K05-ln', 'd146-s-K05-ln-a', 'd146-s-K06-ln', 'd146-s-K06-ln-a',
    'd146-s-K08-ln', 'd146-s-K14-ln', 'd146-s-K14-ln-a', 'd146-s-K17-ln', 'd146-s-K17-ln-a', 'd146-s-K19-ln',
    'd146-s-K26-ln', 'd146-s-K27-ln', 'd146-s-K29-ln', 'd146-s-K29-ln-a', 'd146-s-K30-ln', 'd146-s-K30-ln-a',
    'd146-s-K39-ln-a', 'd146-v-A36-email-e_mail_address-ln-lswap', 'd146-v-A36-email-e_mail_address-ln-vswap',
    'd146-v-B0-pipe-ph21', 'd146-v-B0-pipesp-ph21', 'd146-v-B1-pipe-ph21', 'd146-v-B1-pipesp-ph21', 'd146-v-C0-apos',
    'd146-v-C1-prime', 'd146-v-C8-prime', 'd146-v-D4-es-s-rl', 'd146-v-D4-x-rl', 'd146-v-F1-hist-rl',
    'd146-v-F1-s-alt-rl', 'd146-v-F1-s-obs-rl', 'd146-v-F4-s-B-rl', 'd146-v-F4-s-backup-rl', 'd146-v-F4-s-obs-rl',
    'd146-v-G0-pipe-ph00', 'd146-v-G0-pipesp-ph00', 'd146-v-G0-pipesp-ph05', 'd146-v-G0-pipesp-ph62',
    'd146-v-G1-pipe-ph00', 'd146-v-G1-pipesp-ph00', 'd146-v-G1-pipesp-ph05', 'd146-v-G1-pipesp-ph62', 'd146-v-H0-0',
    'd146-v-H0-2', 'd146-v-H0-21', 'd146-v-H0-31', 'd146-v-H0-8', 'd146-v-H2-0', 'd146-v-H2-2', 'd146-v-H2-21',
    'd146-v-H2-31', 'd146-v-H2-8', 'd146-v-H3-0', 'd146-v-H3-2', 'd146-v-H3-21', 'd146-v-H3-31', 'd146-v-H3-8',
    'd146-v-H4-0', 'd146-v-H4-2', 'd146-v-H4-21', 'd146-v-H4-31', 'd146-v-H4-8', 'd146-v-M0-pipe-p1-00',
    'd146-v-M0-pipe-p1-01', 'd146-v-M0-pipe-p1-02', 'd146-v-M0-pipe-p1-03', 'd146-v-M0-pipe-p1-05',
    'd146-v-M0-pipe-p1-07', 'd146-v-M0-pipe-p1-08', 'd146-v-M0-pipe-p1-09', 'd146-v-M0-pipe-p1-10',
    'd146-v-M0-pipe-p1-11', 'd146-v-M0-pipe-p1-12', 'd146-v-M0-pipe-p1-16', 'd146-v-M0-pipe-p1-18',
    'd146-v-M0-pipe-p1-19', 'd146-v-M0-pipe-p1-20', 'd146-v-M0-pipe-p1-21', 'd146-v-M0-pipe-p1-22',
    'd146-v-M0-pipe-p1-23', 'd146-v-M0-pipe-p1-24', 'd146-v-M0-pipe-p1-25', 'd146-v-M0-pipe-p1-26',
    'd146-v-M0-pipe-p1-28', 'd146-v-M0-pipe-p1-30', 'd146-v-M0-pipe-p1-32', 'd146-v-M0-pipesp-p1-00',
    'd146-v-M0-pipesp-p1-01', 'd146-v-M0-pipesp-p1-02', 'd146-v-M0-pipesp-p1-03', 'd146-v-M0-pipesp-p1-05',
    'd146-v-M0-pipesp-p1-07', 'd146-v-M0-pipesp-p1-08', 'd146-v-M0-pipesp-p1-09', 'd146-v-M0-pipesp-p1-10',
    'd146-v-M0-pipesp-p1-11', 'd146-v-M0-pipesp-p1-12', 'd146-v-M0-pipesp-p1-16', 'd146-v-M0-pipesp-p1-18',
    'd146-v-M0-pipesp-p1-19', 'd146-v-M0-pipesp-p1-20', 'd146-v-M0-pipesp-p1-21', 'd146-v-M0-pipesp-p1-22',
    'd146-v-M0-pipesp-p1-23', 'd146-v-M0-pipesp-p1-24', 'd146-v-M0-pipesp-p1-25', 'd146-v-M0-pipesp-p1-26',
    'd146-v-M0-pipesp-p1-28', 'd146-v-M0-pipesp-p1-30', 'd146-v-M0-pipesp-p1-32', 'd146-v-M1-pipe-p1-00',
    'd146-v-M1-pipe-p1-01', 'd146-v-M1-pipe-p1-02', 'd146-v-M1-pipe-p1-03', 'd146-v-M1-pipe-p1-05',
    'd146-v-M1-pipe-p1-07', 'd146-v-M1-pipe-p1-08', 'd146-v-M1-pipe-p1-09', 'd146-v-M1-pipe-p1-10',
    'd146-v-M1-pipe-p1-11', 'd146-v-M1-pipe-p1-12', 'd146-v-M1-pipe-p1-16', 'd146-v-M1-pipe-p1-18',
    'd146-v-M1-pipe-p1-19', 'd146-v-M1-pipe-p1-20', 'd146-v-M1-pipe-p1-21', 'd146-v-M1-pipe-p1-22',
    'd146-v-M1-pipe-p1-23', 'd146-v-M1-pipe-p1-24', 'd146-v-M1-pipe-p1-25', 'd146-v-M1-pipe-p1-26',
    'd146-v-M1-pipe-p1-28', 'd146-v-M1-pipe-p1-30', 'd146-v-M1-pipe-p1-32', 'd146-v-M1-pipesp-p1-00',
    'd146-v-M1-pipesp-p1-01', 'd146-v-M1-pipesp-p1-02', 'd146-v-M1-pipesp-p1-03', 'd146-v-M1-pipesp-p1-05',
    'd146-v-M1-pipesp-p1-07', 'd146-v-M1-pipesp-p1-08', 'd146-v-M1-pipesp-p1-09', 'd146-v-M1-pipesp-p1-10',
    'd146-v-M1-pipesp-p1-11', 'd146-v-M1-pipesp-p1-12', 'd146-v-M1-pipesp-p1-16', 'd146-v-M1-pipesp-p1-18',
    'd146-v-M1-pipesp-p1-19', 'd146-v-M1-pipesp-p1-20', 'd146-v-M1-pipesp-p1-21', 'd146-v-M1-pipesp-p1-22',
    'd146-v-M1-pipesp-p1-23', 'd146-v-M1-pipesp-p1-24', 'd146-v-M1-pipesp-p1-25', 'd146-v-M1-pipesp-p1-26',
    'd146-v-M1-pipesp-p1-28', 'd146-v-M1-pipesp-p1-30', 'd146-v-M1-pipesp-p1-32',
}
r146_sample_round("d146-", r146_found, 20, safe_every=3)
# Arguable items still served from the cache after the fixes (FINDINGS.md, rounds 146-151): left out.
r146_left_out = {
    'd146-s-A35-start_date-from_date-once', 'd146-s-C7-from-lbl', 'd146-s-D0-actual-only', 'd146-s-D0-contact-only',
    'd146-s-D0-expected-only', 'd146-s-D0-planned-only', 'd146-s-D1-actual-only', 'd146-s-D1-contact-only',
    'd146-s-D1-expected-only', 'd146-s-D1-planned-only', 'd146-s-D2-actual-only', 'd146-s-D2-contact-only',
    'd146-s-D2-expected-only', 'd146-s-D2-planned-only', 'd146-s-D3-actual-only', 'd146-s-D3-contact-only',
    'd146-s-D3-expected-only', 'd146-s-D3-planned-only', 'd146-s-D4-actual-only', 'd146-s-D4-contact-only',
    'd146-s-D4-expected-only', 'd146-s-D4-planned-only', 'd146-s-D5-actual-only', 'd146-s-D5-contact-only',
    'd146-s-D5-expected-only', 'd146-s-D5-planned-only', 'd146-s-D6-actual-only', 'd146-s-D6-contact-only',
    'd146-s-D6-expected-only', 'd146-s-D6-planned-only', 'd146-s-D7-actual-only', 'd146-s-D7-contact-only',
    'd146-s-D7-expected-only', 'd146-s-D7-planned-only', 'd146-s-F0-n-second-only', 'd146-s-F1-n-second-only',
    'd146-s-F2-n-second-only', 'd146-s-F3-n-second-only', 'd146-s-F4-n-second-only', 'd146-s-F5-n-second-only',
    'd146-s-F6-n-second-only', 'd146-s-F7-n-second-only', 'd146-s-H0-21', 'd146-s-H2-21', 'd146-s-H3-21',
    'd146-s-H4-21', 'd146-s-K05-ln', 'd146-s-K05-ln-a', 'd146-s-K06-ln', 'd146-s-K06-ln-a', 'd146-s-K17-ln',
    'd146-s-K17-ln-a', 'd146-s-K19-ln', 'd146-s-K27-ln', 'd146-s-K39-ln-a', 'd146-v-D4-expected-rl', 'd146-v-H0-21',
    'd146-v-H2-21', 'd146-v-H3-21', 'd146-v-H4-21',
}
P[:] = [r146_p for r146_p in P if r146_p["id"] not in r146_left_out]
