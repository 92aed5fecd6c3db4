r"""Red-team round 183 (black box): THE LICENSED REWRITE AND FORMATTED MEMBERS.
Focus: a stored record whose formatted member's field changes value only, in a form the schema constrains or that needs
  normalizing: "format" date/time/email/uri, "pattern" (digits only, HH:MM, plain decimal string), "enum" (case, symbol,
  other language), "minimum"/"maximum", numbers as strings, thousands and decimal marks ("1 500", "1.500,00", "1,500.00",
  "1'500", "1500,50"), currencies ("NOK 1 500,-", "kr 1.500,-", "$1.5k", "1,5k", "1500.-"), percentages ("15 %", "15‰",
  "0.15", "15 pct", "1500 bp"), negatives ("(1500)", "1500-", "minus 1500", "−1500", "1500 CR"), dates day-first,
  month-first, with month names (English, Norwegian), compact, unpadded, with a time; times ("7:30 pm", "19.30", "19h30",
  "kl. 19.30", "1930", "19:30:00"); booleans ("Paid: yes" -> "nei", "N", "✗", "0", "not yet", "nein", "non", "ei",
  "ikke betalt"; "no" -> "ja", "✓", "Y", "1", "oui", "sí", "betalt"); e-mails "(at)", "[at]", "mailto:", "<...>".
12,417 probes (seeded random.Random(183)): 10,372 pair probes (base + variant), 823 singles (--runs 2), 1,222 safe.
Part 1 (d183-b/v/s/f-): 16 formatted members x their forms x 7 layouts (line records, one-line "a | b", pipe table, YAML,
  e-mail, CSV, prose) x 2 labels (the plain one, then one of "Due", "Forfallsdato", "Beløp", "Saldo", "Rabatt", "Avgang",
  "Tel.", "Nettside", "Gjester"...); each record also holds name, booking ref and city members. Pairs: base in the plain
  form, variant with the new value in another form; singles: the model copies the form (or drops its sign or scale) first.
Part 2 (d183-xb/xv-): the changed token inside another member: surname in the e-mail (name only, e-mail only, both
  changed), the city inside the street name ("Bergenveien 12", city or street changed), the amount inside the invoice
  code ("INV-1200-77", amount or code changed), the surname that is the city ("Ola Molde", City: Molde -> Oslo).
Part 3 (d183-mb/mv-): two records, one picked by name: the other record's amount or date changed (also to another form),
  amounts swapped, the picked record's date day-first, its amount "(1500)" or "NOK 1 500,-", both changed, the picked
  record given the other's old amount. Part 4 (d183-rb/rv-): part 1's forms on three-line records (Name, City, member),
  the shape the licensed rewrite was seen to fire on.
HELD: everything -- 0 wrong answers from the cache in run 1 and run 2 (whole round and part 4 alone), 0 members kept on
  the patch path. A variant in a form that needs normalizing is never rewritten: the rewrite's value fails grounding
  ("2900 does not occur in the source text; the text states amount: 2 900") or the schema ("enum: value is not one of the
  enum values", "format: not a valid time") and the model is asked; the model's normalized answer is then refused too
  ("the checks convert nothing": 5,538 right answers rejected, e.g. "2026-02-15" for "15.02.2026", 1500 for "1 500",
  "EUR" for "eur", "medium" for "Medium"; a few enum case changes and "1500.-" went through the patch path, right).
  Forms that read plain were rewritten or reused right ("1,500.00" -> 1500, "−1500" -> -1500, "12.0" -> 12, "Paid: N"
  -> false, "unpaid" -> false, "15 %" -> 15). Cross-member tokens: every e-mail/name, street/city, code/amount and
  name/city variant served right (reuse 38-39 per family in run 2, all right); no rewrite touched the other member.
  Several records: the other record's change, swaps and the picked record's new forms held (refused or regenerated).
  Safe variants on reuse: 50/1,222 (records in tables, YAML, e-mails, CSV and prose are mostly not stored).
WHAT GOT THROUGH: nothing from the cache (0 clear, 0 arguable). Served wrong FRESH, never stored (run 2 asks the model
  again, confirmed alone on a fresh store, --runs 2: 9 in run 1, 9 in run 2, all path=skip, "no cached candidate"):
  prose only, the model dropping the sign or the scale -- "Their amount is (9400)." -> 9400, "6150-" -> 6150, "minus
  9050" -> 9050, "2500 CR" -> 2500, "Their balance is 3k." -> 3 (r183_fresh_wrong).
Adds its probes to probe_kit.P."""
import random as r183_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r183_random.Random(183)
r183_arguable_probes = set()  # probes whose expected answer a reader may dispute
r183_pairs, r183_singles, r183_safe = [], [], []
r183_seen = set()
FIRST = ["Ana", "Bo", "Ida", "Ola", "Eva", "Tor", "Siri", "Lars", "Mona", "Kari", "Jon", "Liv", "Per", "Rut",
         "Nils", "Tone", "Arne", "Hege", "Emil", "Vera"]
LAST = ["Berg", "Lund", "Dahl", "Moen", "Holm", "Vik", "Strand", "Haug", "Lie", "Bakke", "Solberg", "Aas",
        "Foss", "Nygaard", "Eide", "Hagen", "Brekke", "Rud", "Sand", "Tveit"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MON_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]


def nm():
    while True:
        n = R.choice(FIRST) + " " + R.choice(["", "", "", "Marie ", "Kristian ", "Elise ", "Johan ", "Sofie ", "Anders "]) \
            + R.choice(LAST) + R.choice(["", "", "sen", "rud", "vik", "li", "dal", "heim", "stad", "nes", "bu"])
        if n not in r183_seen:
            r183_seen.add(n)
            return n


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r183_arguable_probes.add(id)
    {"pair": r183_pairs, "single": r183_singles, "safe": r183_safe}[kind].append(id)


def rdate():
    return (2026, R.randint(1, 12), R.randint(13, 28))


def iso(t):
    return "%04d-%02d-%02d" % t


# ---------------------------------------------------------------- kinds
# each kind: key, member schema, labels, base() -> (text, answer), variants: list of (name, f(new) -> (text, exp, arg))


def k_date():
    def base():
        t = rdate()
        return iso(t), iso(t), t

    def new():
        return rdate()
    V = [
        ("dot", lambda t: ("%02d.%02d.%04d" % (t[2], t[1], t[0]), iso(t), False)),
        ("dmy", lambda t: ("%02d/%02d/%04d" % (t[2], t[1], t[0]), iso(t), False)),
        ("mdy", lambda t: ("%02d/%02d/%04d" % (t[1], t[2], t[0]), iso(t), False)),
        ("dmon", lambda t: ("%d %s %d" % (t[2], MON[t[1] - 1], t[0]), iso(t), False)),
        ("mond", lambda t: ("%s %d, %d" % (MON[t[1] - 1], t[2], t[0]), iso(t), False)),
        ("nomon", lambda t: ("%d. %s %d" % (t[2], MON_NO[t[1] - 1], t[0]), iso(t), False)),
        ("slash", lambda t: ("%04d/%02d/%02d" % t, iso(t), False)),
        ("compact", lambda t: ("%04d%02d%02d" % t, iso(t), False)),
        ("dmyd", lambda t: ("%02d-%02d-%04d" % (t[2], t[1], t[0]), iso(t), False)),
        ("nopad", lambda t: ("%d-%d-%d" % (t[0], t[1], t[2]), iso(t), t[1] >= 10)),
        ("dt", lambda t: ("%sT10:00" % iso(t), iso(t), True)),
        ("iso", lambda t: (iso(t), iso(t), False)),
    ]
    return V, base, new


def k_time():
    def mk():
        h = R.randint(13, 21)
        m = R.choice([0, 15, 30, 45])
        return (h, m)

    def base():
        t = mk()
        return "%02d:%02d" % t, "%02d:%02d" % t, t
    V = [
        ("pm", lambda t: ("%d:%02d pm" % (t[0] - 12, t[1]), "%02d:%02d" % t, False)),
        ("PM", lambda t: ("%d:%02d PM" % (t[0] - 12, t[1]), "%02d:%02d" % t, False)),
        ("dot", lambda t: ("%02d.%02d" % t, "%02d:%02d" % t, False)),
        ("h", lambda t: ("%02dh%02d" % t, "%02d:%02d" % t, False)),
        ("kl", lambda t: ("kl. %02d.%02d" % t, "%02d:%02d" % t, False)),
        ("sec", lambda t: ("%02d:%02d:00" % t, "%02d:%02d" % t, False)),
        ("four", lambda t: ("%02d%02d" % t, "%02d:%02d" % t, False)),
        ("am", lambda t: ("%d:%02d am" % (t[0] - 12, t[1]), "%02d:%02d" % (t[0] - 12, t[1]), False)),
        ("plain", lambda t: ("%02d:%02d" % t, "%02d:%02d" % t, False)),
    ]
    return V, base, mk


def k_amount():
    def mk():
        return R.randint(11, 98) * 100 + R.choice([0, 0, 50])

    def base():
        v = mk()
        return str(v), v, v

    def sp(v):
        s = str(v)
        return s[:-3] + " " + s[-3:] if len(s) > 3 else s

    def dotk(v):
        s = str(v)
        return s[:-3] + "." + s[-3:]

    def comk(v):
        s = str(v)
        return s[:-3] + "," + s[-3:]
    V = [
        ("space", lambda v: (sp(v), v, False)),
        ("deDec", lambda v: (dotk(v) + ",00", v, False)),
        ("enDec", lambda v: (comk(v) + ".00", v, False)),
        ("nok", lambda v: ("NOK " + sp(v) + ",-", v, False)),
        ("kr", lambda v: ("kr " + dotk(v) + ",-", v, False)),
        ("dollark", lambda v: ("$%gk" % (v / 1000.0), v, False)),
        ("kcomma", lambda v: (("%gk" % (v / 1000.0)).replace(".", ","), v, False)),
        ("commadec", lambda v: ("%d,50" % v, v + 0.5, False)),
        ("spcommadec", lambda v: (sp(v) + ",50", v + 0.5, False)),
        ("paren", lambda v: ("(%d)" % v, -v, False)),
        ("trail", lambda v: ("%d-" % v, -v, False)),
        ("minusw", lambda v: ("minus %d" % v, -v, False)),
        ("umin", lambda v: ("\u2212%d" % v, -v, False)),
        ("hyph", lambda v: ("-%d" % v, -v, False)),
        ("swiss", lambda v: (str(v)[:-3] + "'" + str(v)[-3:], v, False)),
        ("dotdash", lambda v: ("%d.-" % v, v, False)),
        ("cr", lambda v: ("%d CR" % v, -v, True)),
        ("exp", lambda v: ("%ge3" % (v / 1000.0), v, False)),
        ("plain", lambda v: (str(v), v, False)),
    ]
    return V, base, mk


def k_pct():
    def mk():
        return R.randint(5, 40)

    def base():
        v = mk()
        return "%d%%" % v, v, v
    V = [
        ("sp", lambda v: ("%d %%" % v, v, False)),
        ("permil", lambda v: ("%d\u2030" % v, v / 10.0, False)),
        ("frac", lambda v: ("0.%02d" % v, v, True)),
        ("commadec", lambda v: ("%d,5 %%" % v, v + 0.5, False)),
        ("pct", lambda v: ("%d pct" % v, v, False)),
        ("percent", lambda v: ("%d percent" % v, v, False)),
        ("prosent", lambda v: ("%d prosent" % v, v, False)),
        ("bp", lambda v: ("%d bp" % (v * 100), v, False)),
        ("plain", lambda v: ("%d%%" % v, v, False)),
    ]
    return V, base, mk


def k_bool_t():
    def base():
        return "yes", True, None
    V = [(w, (lambda w: lambda _: (w, False, a))(w)) for (w, a) in
         [("nei", False), ("no", False), ("N", False), ("\u2717", False), ("0", False), ("not yet", False),
          ("nein", False), ("non", False), ("ei", False), ("unpaid", False), ("pending", True), ("partly", True),
          ("nej", False), ("false", False), ("No", False), ("ikke betalt", False), ("outstanding", True)]]
    return V, base, lambda: None


def k_bool_f():
    def base():
        return "no", False, None
    V = [(w, (lambda w: lambda _: (w, True, a))(w)) for (w, a) in
         [("ja", False), ("yes", False), ("\u2713", False), ("Y", False), ("1", False), ("oui", False),
          ("s\u00ed", False), ("done", True), ("true", False), ("Yes", False), ("betalt", False),
          ("settled", True), ("x", True)]]
    return V, base, lambda: None


def k_enum_prio():
    def base():
        return "high", "high", None
    V = [(w, (lambda w, e, a: lambda _: (w, e, a))(w, e, a)) for (w, e, a) in
         [("Medium", "medium", False), ("MEDIUM", "medium", False), ("Low", "low", False), ("LOW", "low", False),
          ("med", "medium", True), ("middels", "medium", True), ("lav", "low", True), ("medium", "medium", False),
          ("low", "low", False), ("Lo", "low", True)]]
    return V, base, lambda: None


def k_enum_cur():
    def base():
        return "NOK", "NOK", None
    V = [(w, (lambda w, e, a: lambda _: (w, e, a))(w, e, a)) for (w, e, a) in
         [("eur", "EUR", False), ("\u20ac", "EUR", False), ("Euro", "EUR", False), ("US$", "USD", False),
          ("usd", "USD", False), ("sek", "SEK", False), ("Eur", "EUR", False), ("EUR", "EUR", False),
          ("euros", "EUR", False), ("kr", "NOK", True), ("Swedish kronor", "SEK", False)]]
    return V, base, lambda: None


def k_email():
    def mk():
        return (R.choice(FIRST).lower(), R.choice(LAST).lower(), R.choice(["firma", "post", "mail", "hotell"]))

    def base():
        t = mk()
        s = "%s.%s@%s.no" % t
        return s, s, t
    V = [
        ("at", lambda t: ("%s.%s (at) %s.no" % t, "%s.%s@%s.no" % t, False)),
        ("brat", lambda t: ("%s.%s[at]%s.no" % t, "%s.%s@%s.no" % t, False)),
        ("mailto", lambda t: ("mailto:%s.%s@%s.no" % t, "%s.%s@%s.no" % t, False)),
        ("angle", lambda t: ("<%s.%s@%s.no>" % t, "%s.%s@%s.no" % t, False)),
        ("dot", lambda t: ("%s.%s@%s.no." % t, "%s.%s@%s.no" % t, True)),
        ("atdot", lambda t: ("%s.%s at %s dot no" % t, "%s.%s@%s.no" % t, False)),
        ("plain", lambda t: ("%s.%s@%s.no" % t, "%s.%s@%s.no" % t, False)),
    ]
    return V, base, mk


def k_uri():
    def mk():
        return R.choice(LAST).lower() + R.choice(["", "-as", "hus", "bygg"])

    def base():
        t = mk()
        return "https://www.%s.no" % t, "https://www.%s.no" % t, t
    V = [
        ("www", lambda t: ("www.%s.no" % t, "https://www.%s.no" % t, True)),
        ("angle", lambda t: ("<https://www.%s.no>" % t, "https://www.%s.no" % t, False)),
        ("md", lambda t: ("[www.%s.no](https://www.%s.no)" % (t, t), "https://www.%s.no" % t, False)),
        ("http", lambda t: ("http://www.%s.no" % t, "http://www.%s.no" % t, False)),
        ("plain", lambda t: ("https://www.%s.no" % t, "https://www.%s.no" % t, False)),
    ]
    return V, base, mk


def k_phone():
    def mk():
        return R.choice("49") + "".join(R.choice("0123456789") for _ in range(7))

    def base():
        t = mk()
        return t, t, t
    V = [
        ("sp", lambda t: ("%s %s %s" % (t[:3], t[3:5], t[5:]), t, False)),
        ("dash", lambda t: ("%s-%s-%s" % (t[:3], t[3:5], t[5:]), t, False)),
        ("dots", lambda t: ("%s.%s.%s" % (t[:3], t[3:5], t[5:]), t, False)),
        ("pairs", lambda t: ("%s %s %s %s" % (t[:2], t[2:4], t[4:6], t[6:]), t, False)),
        ("paren", lambda t: ("(%s) %s" % (t[:3], t[3:]), t, False)),
        ("plain", lambda t: (t, t, False)),
    ]
    return V, base, mk


def k_amount_str():
    V, base0, mk = k_amount()

    def base():
        a, b, c = base0()
        return a, str(b), c

    def fmt(x):
        return ("%d" % x) if x == int(x) else ("%.1f" % x)
    V2 = [(n, (lambda f: lambda v: (lambda r: (r[0], fmt(r[1]), r[2]))(f(v)))(f)) for (n, f) in V]
    return V2, base, mk


def k_int():
    W = {12: "twelve", 15: "fifteen", 8: "eight", 9: "nine", 11: "eleven", 14: "fourteen"}

    def mk():
        return R.choice(list(W))

    def base():
        v = R.randint(2, 7)
        return str(v), v, v
    V = [
        ("word", lambda v: (W[v], v, False)),
        ("wordnum", lambda v: ("%d (%s)" % (v, W[v]), v, False)),
        ("numword", lambda v: ("%s (%d)" % (W[v], v), v, False)),
        ("dec", lambda v: ("%d.0" % v, v, False)),
        ("pers", lambda v: ("%d pers." % v, v, False)),
        ("plain", lambda v: (str(v), v, False)),
    ]
    return V, base, mk


# key, schema member, labels (first is the plain one), kind
KINDS = [
    ("due_date", {"type": "string", "format": "date"}, ["Due date", "Due", "Forfallsdato", "Payment due"], k_date),
    ("check_in", {"type": "string", "description": "Check-in date, ISO 8601 (YYYY-MM-DD)"},
     ["Check-in", "Arrival", "Ankomst", "Check in date"], k_date),
    ("start_time", {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "24-hour clock, HH:MM"},
     ["Start time", "Starts", "Start", "Begins at"], k_time),
    ("departure_time", {"type": "string", "format": "time"}, ["Departure time", "Departs", "Avgang"], k_time),
    ("amount", {"type": "number"}, ["Amount", "Sum", "Beløp", "Total"], k_amount),
    ("balance", {"type": "number", "description": "signed balance; negative when owed"},
     ["Balance", "Saldo", "Account balance"], k_amount),
    ("amount_text", {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                     "description": "the amount as a plain decimal number string, e.g. 1234.5"},
     ["Amount", "Sum", "Beløp"], k_amount_str),
    ("discount_percent", {"type": "number", "minimum": 0, "maximum": 100}, ["Discount", "Rabatt", "Discount rate"],
     k_pct),
    ("paid", {"type": "boolean"}, ["Paid", "Betalt", "Payment received"], k_bool_t),
    ("paid", {"type": "boolean"}, ["Paid", "Betalt", "Settled"], k_bool_f),
    ("priority", {"type": "string", "enum": ["low", "medium", "high"]}, ["Priority", "Prioritet", "Urgency"],
     k_enum_prio),
    ("currency", {"type": "string", "enum": ["NOK", "EUR", "USD", "SEK"]}, ["Currency", "Valuta", "Curr."],
     k_enum_cur),
    ("email", {"type": "string", "format": "email"}, ["Email", "E-mail", "E-post", "Contact"], k_email),
    ("website", {"type": "string", "format": "uri"}, ["Website", "Web", "Nettside", "URL"], k_uri),
    ("phone", {"type": "string", "pattern": "^[0-9]{8}$", "description": "8 digits, no spaces"},
     ["Phone", "Tel.", "Mobil", "Telefon"], k_phone),
    ("guests", {"type": "integer", "minimum": 1, "maximum": 20}, ["Guests", "Gjester", "Party size", "Persons"],
     k_int),
]

INS = ["Extract the name, {q} as JSON.", "Return name, {q} as a JSON object.",
       "From the record below, extract name, {q} as JSON.", "Give me the name, {q} in JSON."]


def layout(cont, fields, extra=None):
    """fields: list of (label, value)."""
    if cont == "L":
        t = "Record:\n" + "\n".join("%s: %s" % f for f in fields)
    elif cont == "O":
        t = "Record:\n" + " | ".join("%s: %s" % f for f in fields)
    elif cont == "T":
        t = "Text:\n| " + " | ".join(f[0] for f in fields) + " |\n|" + "---|" * len(fields) + "\n| " + \
            " | ".join(str(f[1]) for f in fields) + " |"
    elif cont == "Y":
        t = "```yaml\n" + "\n".join("%s: %s" % (f[0].lower().replace(" ", "_").replace(".", ""),
                                                   '"%s"' % f[1] if any(c in str(f[1]) for c in ":#[]{}<>") else f[1])
                                    for f in fields) + "\n```"
    elif cont == "M":
        t = "Here is the email:\nFrom: booking@hotell.example\nSubject: Your booking\n\nHello,\n\n" + \
            "\n".join("%s: %s" % f for f in fields) + "\n\nBest regards,\nFront desk"
    elif cont == "C":
        t = "Text:\n" + ";".join(f[0] for f in fields) + "\n" + ";".join(str(f[1]) for f in fields)
    else:  # P prose
        t = "Text:\n%s is on file. Their %s is %s." % (fields[0][1], fields[1][0].lower(), fields[1][1])
        if len(fields) > 2:
            t += " " + " ".join("The %s is %s." % (f[0].lower(), f[1]) for f in fields[2:])
    if extra:
        t += "\n" + extra
    return t


CONTS = ["L", "O", "T", "Y", "M", "C", "P"]


def pad():
    return [("Booking ref", "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))),
            ("City", R.choice(["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Tromsø", "Bodø", "Ålesund"]))]


def padded(n, lab, val, ex, pos):
    f = [("Name", n)] + list(ex)
    f.insert(1 + pos % (len(ex) + 1), (lab, val))
    return f


def gen_pairs():
    j = 0
    for (key, mem, labels, kind) in KINDS:
        V, base, new = kind()
        sch = {"type": "object", "properties": {"name": {"type": "string"}, "booking_ref": {"type": "string"},
                                                "city": {"type": "string"}, key: dict(mem)},
               "required": ["name", "booking_ref", "city", key], "additionalProperties": False}
        q = "booking ref, city and " + key.replace("_", " ")
        for (vn, vf) in V:
            for cont in CONTS:
                for rep in range(2):
                    j += 1
                    lab = labels[0] if rep == 0 else R.choice(labels)
                    n = nm()
                    bt, ba, _ = base()
                    nv = new()
                    vt, ve, arg = vf(nv if nv is not None else None)
                    ins = INS[j % 4].format(q=q)
                    ex, pos = pad(), R.randint(0, 9)
                    b = {"name": n, "booking_ref": ex[0][1], "city": ex[1][1], key: ba}
                    v = {"name": n, "booking_ref": ex[0][1], "city": ex[1][1], key: ve}
                    fam = "r183_%s_%s" % (key, vn)
                    if cont == "P":
                        pos = 0
                    add("pair", "d183-b-%d-%s" % (j, cont), fam + "_b", ins + "\n\n" + layout(cont, padded(n, lab, bt, ex, pos)),
                        sch, b, [b])
                    add("pair", "d183-v-%d-%s" % (j, cont), fam + "_v", ins + "\n\n" + layout(cont, padded(n, lab, vt, ex, pos)),
                        sch, v, [v], arg=arg)
                    if rep == 0 and vn != "plain" and vt != ve:
                        # single: the model copies the text's form first
                        j += 1
                        n2 = nm()
                        nv2 = new()
                        vt2, ve2, arg2 = vf(nv2)
                        raw = vt2
                        if isinstance(ve2, bool):
                            continue
                        if isinstance(ve2, (int, float)) and not isinstance(ve2, bool):
                            # a number the model reads wrongly from the form: the sign or scale dropped
                            digits = "".join(c for c in vt2 if c.isdigit())
                            raw = int(digits) if digits else 0
                            if raw == ve2:
                                raw = abs(ve2) if ve2 < 0 else None
                            if raw is None or raw == ve2:
                                continue
                        ex2 = pad()
                        e = {"name": n2, "booking_ref": ex2[0][1], "city": ex2[1][1], key: ve2}
                        add("single", "d183-s-%d-%s" % (j, cont), fam + "_s",
                            ins + "\n\n" + layout(cont, padded(n2, lab, vt2, ex2, 0)), sch, e,
                            [{"name": n2, "booking_ref": ex2[0][1], "city": ex2[1][1], key: raw}, e], arg=arg2)
                    if j % 4 == 0:
                        j += 1
                        n3 = nm()
                        bt3, ba3, _ = base()
                        ex3 = pad()
                        b3 = {"name": n3, "booking_ref": ex3[0][1], "city": ex3[1][1], key: ba3}
                        add("pair", "d183-b-%d-%s" % (j, cont), fam + "_sb",
                            ins + "\n\n" + layout(cont, padded(n3, lab, bt3, ex3, 0)), sch, b3, [b3])
                        add("safe", "d183-f-%d-%s" % (j, cont), fam + "_safe",
                            ins + "\n\n" + layout(cont, padded(n3, lab, bt3, ex3, 0),
                                                  extra=R.choice(["", "Thank you.", " "])) + "\n", sch, b3, [b3])


gen_pairs()


# ---------------------------------------------------------------- the changed token inside another member
def gen_cross():
    j = 50000
    for rep in range(20):
        for cont in ["L", "O", "T", "Y", "M", "C"]:
            # name and email: the surname changes in the name only / in the email only
            f, l1, l2 = R.choice(FIRST), R.choice(LAST), R.choice(LAST)
            if l1 == l2:
                continue
            dom = R.choice(["firma", "post", "hotell"])
            sch = S({"name": "string", "email": {"type": "string", "format": "email"}})
            e1 = "%s.%s@%s.no" % (f.lower(), l1.lower(), dom)
            e2 = "%s.%s@%s.no" % (f.lower(), l2.lower(), dom)
            ins = INS[j % 4].format(q="email")
            b = {"name": f + " " + l1, "email": e1}
            for (tag, nn, ee) in [("nm", f + " " + l2, e1), ("em", f + " " + l1, e2), ("both", f + " " + l2, e2)]:
                j += 1
                add("pair", "d183-xb-%d-%s" % (j, cont), "r183_x_email_b",
                    ins + "\n\n" + layout(cont, [("Name", f + " " + l1), ("Email", e1)]), sch, b, [b])
                v = {"name": nn, "email": ee}
                add("pair", "d183-xv-%s-%d-%s" % (tag, j, cont), "r183_x_email_" + tag,
                    ins + "\n\n" + layout(cont, [("Name", nn), ("Email", ee)]), sch, v, [v])
            # city and street: the city is a word of the street's name
            c1, c2 = R.sample(["Oslo", "Bergen", "Molde", "Skien", "Larvik", "Hamar", "Moss", "Narvik"], 2)
            st = "%sveien %d" % (c1, R.randint(2, 90))
            sch2 = S({"name": "string", "street": "string", "city": "string"})
            n = nm()
            ins2 = "Extract name, street and city as JSON."
            b = {"name": n, "street": st, "city": c1}
            j += 1
            add("pair", "d183-xb-%d-%s" % (j, cont), "r183_x_city_b",
                ins2 + "\n\n" + layout(cont, [("Name", n), ("Street", st), ("City", c1)]), sch2, b, [b])
            v = {"name": n, "street": st, "city": c2}
            add("pair", "d183-xv-city-%d-%s" % (j, cont), "r183_x_city_v",
                ins2 + "\n\n" + layout(cont, [("Name", n), ("Street", st), ("City", c2)]), sch2, v, [v])
            # street changes, city stays
            j += 1
            n = nm()
            b = {"name": n, "street": st, "city": c1}
            add("pair", "d183-xb-%d-%s" % (j, cont), "r183_x_street_b",
                ins2 + "\n\n" + layout(cont, [("Name", n), ("Street", st), ("City", c1)]), sch2, b, [b])
            st2 = st.replace(c1, c2)
            v = {"name": n, "street": st2, "city": c1}
            add("pair", "d183-xv-street-%d-%s" % (j, cont), "r183_x_street_v",
                ins2 + "\n\n" + layout(cont, [("Name", n), ("Street", st2), ("City", c1)]), sch2, v, [v])
            # amount inside an invoice code
            a1, a2 = R.randint(11, 98) * 100, R.randint(11, 98) * 100
            if a1 == a2:
                continue
            code = "INV-%d-%02d" % (a1, R.randint(10, 99))
            sch3 = S({"invoice_no": "string", "amount": "number"})
            ins3 = "Extract invoice no and amount as JSON."
            for (tag, cc, aa) in [("amt", code, a2), ("code", code.replace(str(a1), str(a2)), a1)]:
                j += 1
                b = {"invoice_no": code, "amount": a1}
                nn = nm()
                add("pair", "d183-xb-%d-%s" % (j, cont), "r183_x_inv_b",
                    ins3 + "\n\n" + layout(cont, [("Customer", nn), ("Invoice no", code), ("Amount", a1)]), sch3, b, [b])
                v = {"invoice_no": cc, "amount": aa}
                add("pair", "d183-xv-%s-%d-%s" % (tag, j, cont), "r183_x_inv_" + tag,
                    ins3 + "\n\n" + layout(cont, [("Customer", nn), ("Invoice no", cc), ("Amount", aa)]), sch3, v, [v])
            # the surname is also the city
            l = R.choice(["Molde", "Moss", "Hamar", "Skien"])
            c3 = R.choice(["Oslo", "Bergen", "Narvik"])
            n = R.choice(FIRST) + " " + l
            j += 1
            b = {"name": n, "city": l}
            sch4 = S({"name": "string", "city": "string"})
            if n in r183_seen:
                continue
            r183_seen.add(n)
            add("pair", "d183-xb-%d-%s" % (j, cont), "r183_x_namecity_b",
                "Extract name and city as JSON.\n\n" + layout(cont, [("Name", n), ("City", l)]), sch4, b, [b])
            v = {"name": n, "city": c3}
            add("pair", "d183-xv-nc-%d-%s" % (j, cont), "r183_x_namecity_v",
                "Extract name and city as JSON.\n\n" + layout(cont, [("Name", n), ("City", c3)]), sch4, v, [v])


gen_cross()


# ---------------------------------------------------------------- several records
def recs(cont, rows, labels):
    if cont == "T":
        return "Text:\n| " + " | ".join(labels) + " |\n|" + "---|" * len(labels) + "\n" + \
            "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    if cont == "C":
        return "Text:\n" + ";".join(labels) + "\n" + "\n".join(";".join(str(x) for x in r) for r in rows)
    if cont == "Y":
        return "```yaml\n" + "\n".join("- " + "\n  ".join("%s: %s" % (lab.lower().replace(" ", "_"), x)
                                                           for lab, x in zip(labels, r)) for r in rows) + "\n```"
    return "Records:\n\n" + "\n\n".join("\n".join("%s: %s" % (lab, x) for lab, x in zip(labels, r)) for r in rows)


def gen_multi():
    j = 70000
    for rep in range(20):
        for cont in ["L", "T", "C", "Y"]:
            n1, n2 = nm(), nm()
            t1, t2, t3 = rdate(), rdate(), rdate()
            a1, a2, a3 = R.randint(11, 98) * 100, R.randint(11, 98) * 100, R.randint(11, 98) * 100
            if len({a1, a2, a3}) < 3 or len({t1, t2, t3}) < 3:
                continue
            sch = {"type": "object", "properties": {"amount": {"type": "number"},
                                                    "due_date": {"type": "string", "format": "date"}},
                   "required": ["amount", "due_date"], "additionalProperties": False}
            labs = ["Name", "Amount", "Due date"]
            b = {"amount": a2, "due_date": iso(t2)}
            for tag in ["other", "otherfmt", "swap", "selfmt", "selneg", "selnok", "oneboth", "takeold"]:
                n1, n2 = nm(), nm()
                ins = "Extract the amount and due date for %s as JSON." % n2
                base_rows = [(n1, a1, iso(t1)), (n2, a2, iso(t2))]
                d3 = "%02d.%02d.%d" % (t3[2], t3[1], t3[0])
                rows, ve = {
                    "other": ([(n1, a3, iso(t1)), (n2, a2, iso(t2))], b),
                    "otherfmt": ([(n1, a1, d3), (n2, a2, iso(t2))], b),
                    "swap": ([(n1, a2, iso(t2)), (n2, a1, iso(t1))], {"amount": a1, "due_date": iso(t1)}),
                    "selfmt": ([(n1, a1, iso(t1)), (n2, a2, d3)], {"amount": a2, "due_date": iso(t3)}),
                    "selneg": ([(n1, a1, iso(t1)), (n2, "(%d)" % a3, iso(t2))], {"amount": -a3, "due_date": iso(t2)}),
                    "selnok": ([(n1, a1, iso(t1)), (n2, "NOK %s %s,-" % (str(a3)[:-3], str(a3)[-3:]), iso(t2))],
                               {"amount": a3, "due_date": iso(t2)}),
                    "oneboth": ([(n1, a2, iso(t1)), (n2, a3, iso(t2))], {"amount": a3, "due_date": iso(t2)}),
                    "takeold": ([(n1, a1, iso(t1)), (n2, a1, iso(t2))], {"amount": a1, "due_date": iso(t2)}),
                }[tag]
                j += 1
                add("pair", "d183-mb-%d-%s" % (j, cont), "r183_m_b", ins + "\n\n" + recs(cont, base_rows, labs),
                    sch, b, [b])
                add("pair", "d183-mv-%s-%d-%s" % (tag, j, cont), "r183_m_" + tag,
                    ins + "\n\n" + recs(cont, rows, labs), sch, ve, [ve])


gen_multi()


# ---------------------------------------------------------------- part 4: the rewrite itself, three-line records
def gen_rw():
    j = 90000
    for (key, mem, labels, kind) in KINDS:
        V, base, new = kind()
        sch = {"type": "object", "properties": {"name": {"type": "string"}, "city": {"type": "string"}, key: dict(mem)},
               "required": ["name", "city", key], "additionalProperties": False}
        ins = "Extract the name, city and %s as JSON." % key.replace("_", " ")
        for (vn, vf) in V:
            for rep in range(3):
                j += 1
                n = nm()
                c = R.choice(["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Bodø"])
                bt, ba, _ = base()
                vt, ve, arg = vf(new())
                b = {"name": n, "city": c, key: ba}
                v = {"name": n, "city": c, key: ve}
                add("pair", "d183-rb-%d-L" % j, "r183_rw_%s_%s_b" % (key, vn),
                    ins + "\n\nRecord:\nName: %s\nCity: %s\n%s: %s" % (n, c, labels[0], bt), sch, b, [b])
                add("pair", "d183-rv-%d-L" % j, "r183_rw_%s_%s_v" % (key, vn),
                    ins + "\n\nRecord:\nName: %s\nCity: %s\n%s: %s" % (n, c, labels[0], vt), sch, v, [v], arg=arg)


gen_rw()

# Nothing was served wrong from the cache (run 1 or 2, whole round or alone): no finding, so nothing arguable.
r183_found_alone = set()
r183_arguable = set()
# Served wrong FRESH (the model's mistake let through, never stored; run 2 asks the model again): confirmed alone.
r183_fresh_wrong = {
    "d183-s-1407-P", "d183-s-1435-P", "d183-s-1463-P", "d183-s-1603-P", "d183-s-1843-P", "d183-s-1927-P",
    "d183-s-1955-P", "d183-s-1983-P", "d183-s-2123-P",
}

# Trimmed for ctest (probe_kit.sample_round), stop 42: nothing was found; every 10th safe variant and every 30th of
# the rest, the probes whose expected answer a reader may dispute left out.
from probe_kit import sample_round as r183_sample_round  # noqa: E402

r183_sample_round("d183-", set(r183_fresh_wrong), 30, safe_every=10)
P[:] = [r183_p for r183_p in P if r183_p["id"] not in r183_arguable | r183_arguable_probes]
