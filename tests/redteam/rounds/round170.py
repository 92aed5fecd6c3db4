r"""Red-team round 170 (black box): ABSENT, EMPTY AND PLACEHOLDER VALUES.
Focus: schemas with a nullable member (`["string","null"]`, `["integer","null"]`; no description, "null if unknown",
  "<key> or null") or an optional one, over records where the asked field is missing, empty or a placeholder.
  Layouts: line records, one-line "a | b" records, pipe tables, CSV, YAML (`~`, nothing), JSON (`null`), e-mails, prose.
13,520 probes (seeded random.Random(170)): 7,798 pair probes (base + variant), 5,534 singles (--runs 2), 188 safe.
Part 1 (d170-nb/cp/es/z/pb/pv/rb/rv/sfb/sf/wd/wb/wv/rmb../mvb../othb../strikeb../proseb../mr/pr/nu/op-): 11 kinds
  (phone, email, shipping email, fax, middle name, age, discount %, VAT no., delivery postcode, employer, website) x
  own labels in several languages x 66 placeholders ("", "—", "n/a", "(none)", "TBC", "to be confirmed", "?", "[redacted]",
  "ikke oppgitt", "k.A.", "nicht angegeben", "non communiqué", "(blank)", "ask at reception", "withheld"...): singles where
  the model copies a same-kind neighbour (Fax/Mobile/Billing e-mail/Years as member), copies the placeholder, answers ""
  or 0, answers null where a value stands; pairs value -> placeholder, placeholder -> value, line removed, value moved to
  the neighbour label or to another record, struck through ("~~v~~"), "The phone above is no longer valid."; withdrawn
  values ("v (no longer in use)", "(disconnected)", "(ikke i bruk)", "– no longer valid", "[obsolete]"); two records where
  the asked one lacks the field; prose ("X gave no phone; the fax is ..."); optional non-nullable members.
Part 2 (d170-olb/olv/olw/ols/sh/shb/shv-): the value moved to "Old phone:", "Phone (until 2024):", "Ex-phone:"...;
  placeholders shaped like values ("+47", "12345678", "<phone>", "[phone]", "skjult nummer", "unknown@unknown.example",
  "https://", "www.", "unemployed", "Rentner", "NMN").
Part 3 (d170-nv/nvb/nvv/nc/ncb/ncv/no-): absence said in words in the asked field ("has no phone", "no fax machine",
  "kein E-Mail", "arbeidsledig", "im Aufbau"), and the neighbour copy with more labels.
Part 4 (d170-k4/k4b/k4v/n4/n4b/n4v-): dates, seats, companies, expiry ("ongoing", "bis auf Weiteres", "YYYY-MM-DD",
  "2026-", "kun tur", "aller simple", "Privatperson", "does not expire", "0047", "(+47)", "@gmail.com", "@", "har ikke");
  the neighbour copy under 10 age labels and 11 phone labels.
HELD: every list placeholder ("—", "n/a", "TBC", "unknown", "(none)", "[redacted]", "?", "k.A."...), "", 0, invented
  values, withdrawn remarks, struck values, "Old phone:"-style labels, value removed, value moved to another record, two
  records, prose, tables, CSV, YAML, e-mails: nothing from the cache. Null answers are never stored; a record with a
  same-kind second field under a plainly named label (Fax, Mobile under "Phone") is not stored; descriptions that say
  "current", "not stated", "given", "of the delivery address" keep everything out of the store (and reject right answers).
  Wrong FRESH (never stored): 2,848 in run 1 -- "" for null (180), null for a stated value (171 + 97), the bare value of
  "Phone: v (no longer in use)" (210), "Old phone: v" read as the phone (234), prose ("X gave no phone; the fax is v" ->
  v, 154), neighbour copies under labels the label check does not tie (nbcopy/nbmove/nbopt ~360), shaped placeholders.
WHAT GOT THROUGH (full round, fresh SQLite store, --runs 2: 83 wrong from the cache in run 1, 254 in run 2; alone, a
  fresh store, the 254 found ids and 117 pair bases: 82 in run 1 and 253 in run 2 -- 135 clear, 118 arguable;
  d170-nv-200217-L did not reproduce alone):
 (A) CLEAR, absence in words taken as the value, stored, served again, and written by the licensed rewrite over a
     stored real value with no model call (run 1): "End date: ongoing"/"indefinite"/"bis auf Weiteres"/"inntil
     videre"/"indéterminée", format masks "End date: YYYY-MM-DD", "dd.mm.yyyy", "2026-"; "Return date: kun tur"/"nur
     Hinfahrt"/"aller simple"/"solo ida"/"no return"/"open return"; "Company: private person"/"Privatperson"/
     "particulier"; "Expiry: does not expire"/"lifetime"; "Phone: +47", "Tel.nr.: 0047", "(+47)", "Phone: [phone]",
     "skjult nummer", "has no phone", "no telephone", "ingen telefon", "no landline"; "Email address: @gmail.com", "@",
     "har ikke"; "Shipping e-mail: does not use e-mail", "kein E-Mail", "ingen e-post"; "Fax: no fax", "(no fax)",
     "no fax machine"; "Employer: unemployed"-kind ("no employer", "out of work", "between jobs", "arbeitslos",
     "arbeidsledig", "sans emploi", "Rentner"); "Website: https://", "www.", "kommer snart", "im Aufbau", "en
     construction", "en construcción" -> e.g. {"end_date": "ongoing"} after {"end_date": "2026-11-06"} was stored for
     "End date: 2026-11-06" (expected null).
 (B) CLEAR, the neighbour's number taken for an age whose own field is a placeholder: "Età: — / Years as member: 53",
     "Edad: refused", "Alder (år): TBC", "Lebensalter: unknown", "Alter: ukjent", "Âge: missing", "Alder: n/a" (also as
     an optional non-nullable member) -> {"age": 53} (expected null / left out); pairs where the stored age moved into
     "Years as member" are served the moved number.
 (C) ARGUABLE (118, r170_arguable): a phone copied from "Mobile:"/"Cell:" beside "Téléphone: none", "Tlf.: NA",
     "Teléfono: -", "Ph.: n/a", "Numéro: (none)" (a mobile is a phone); "Phone: *", "Fax: on file", "Email: sans";
     "12345678", "unknown@unknown.example", "noreply@firm.example"; "open", "flexible", "never", "permanent",
     "self-employed", "particular", "standing", "at check-in"; "+1", "+46", "number withdrawn", "mailbox closed",
     "bounced", "post only", "letters only", "offline", "parked", "in progress", "obsolete", "abolished", "looking for work".
Adds its probes to probe_kit.P."""
import json
import random as r170_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r170_random.Random(170)
r170_arguable = set()
r170_pairs, r170_singles, r170_safe = [], [], []
r170_seen = set()
r170_C1 = "bdfgklmnprstvz"
r170_V1 = "aeiou"


def r170_word(k):
    return "".join(R.choice(r170_C1) + R.choice(r170_V1) for _ in range(k))


def r170_nm():
    while True:
        n = r170_word(2).capitalize() + " " + r170_word(2).capitalize() + R.choice(["sen", "berg", "vik", "dal"])
        if n not in r170_seen:
            r170_seen.add(n)
            return n


def r170_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r170_arguable.add(id)
    {"pair": r170_pairs, "single": r170_singles, "safe": r170_safe}[kind].append(id)


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


GEN = {
    "phone": lambda: "+47 %s %s %s %s" % (R.choice("2345") + d(1), d(2), d(2), d(2)),
    "mail": lambda: "%s.%s@%s.example" % (r170_word(2), r170_word(2), r170_word(3)),
    "mname": lambda: r170_word(2).capitalize() + R.choice(["", "a", "e"]),
    "age": lambda: R.randint(19, 88),
    "pct": lambda: R.choice([5, 8, 10, 12, 15, 20, 25, 30, 35]),
    "vat": lambda: "NO %s %s %s MVA" % (R.choice("89") + d(2), d(3), d(3)),
    "post": lambda: d(4),
    "comp": lambda: r170_word(2).capitalize() + R.choice([" AS", " GmbH", " Ltd", " SA"]),
    "url": lambda: "https://www.%s.example" % r170_word(3),
}
# (key, json type, description, gen, own labels, neighbour labels (same kind))
KINDS = [
    ("phone", "string", "current phone number; null if none is given", "phone",
     ["Phone", "Tel.", "Telefon", "Tlf.", "Téléphone", "Phone no.", "Tel"], ["Fax", "Mobile", "Switchboard", "Telefax"]),
    ("email", "string", "e-mail address, null if not stated", "mail",
     ["Email", "E-mail", "E-post", "Mail", "Courriel", "E-Mail-Adresse"], ["Billing e-mail", "CC", "Reply-to", "Office e-mail"]),
    ("shipping_email", "string", "e-mail for shipping notices; null if not stated", "mail",
     ["Shipping e-mail", "E-mail (shipping)", "Delivery e-mail", "Versand-E-Mail"], ["Billing e-mail", "E-mail (billing)", "Invoice e-mail"]),
    ("fax", "string", "fax number, null if none", "phone",
     ["Fax", "Telefax", "Faks", "Fax no."], ["Phone", "Tel.", "Mobile"]),
    ("middle_name", "string", "middle name; null if the person has none", "mname",
     ["Middle name", "Middle", "Mellomnavn", "Zweiter Vorname", "Second name"], ["Maiden name", "Nickname", "Preferred name"]),
    ("age", "integer", "age in years, null if not stated", "age",
     ["Age", "Alder", "Alter", "Âge", "Age (years)"], ["Years as member", "Years employed", "Seniority (years)"]),
    ("discount_percent", "integer", "current discount in percent; null if none stated", "pct",
     ["Discount", "Rabatt", "Remise", "Discount (%)", "Discount %"], ["VAT (%)", "Tip (%)", "Service charge (%)", "Deposit (%)"]),
    ("vat_number", "string", "the supplier's VAT number, null if not given", "vat",
     ["VAT no.", "VAT ID", "MVA-nr.", "N° TVA"], ["Buyer VAT no.", "Customer VAT", "Recipient VAT"]),
    ("postcode", "string", "postcode of the delivery address; null if not stated", "post",
     ["Delivery postcode", "Postcode (delivery)", "Delivery ZIP", "Levering postnr."], ["Billing postcode", "Postcode (billing)", "PO Box"]),
    ("employer", "string", "current employer, null if none", "comp",
     ["Employer", "Company", "Arbeitgeber", "Arbeidsgiver", "Works at"], ["Previous employer", "Former company", "Client"]),
    ("website", "string", "website URL; null if not given", "url",
     ["Website", "Web", "URL", "Homepage", "Nettside"], ["Shop", "Old website", "Partner site"]),
]

# (text as written, arguable?)  "" = nothing after the label / an empty cell
PH = [("", 0), ("—", 0), ("-", 0), ("n/a", 0), ("N/A", 0), ("(none)", 0), ("none", 0), ("to be confirmed", 0),
      ("TBC", 0), ("TBA", 0), ("TBD", 0), ("unknown", 0), ("?", 0), ("[redacted]", 0), ("not given", 0),
      ("not stated", 0), ("...", 0), ("…", 0), ("xxx", 0), ("pending", 0), ("ikke oppgitt", 0), ("k.A.", 0),
      ("nicht angegeben", 0), ("non communiqué", 0), ("sin datos", 0), ("nil", 0), ("nothing", 0), ("–", 0),
      ("to follow", 0), ("will be sent later", 0), ("withheld", 0), ("n.a.", 0), ("NA", 0), ("null", 0),
      ("None", 0), ("---", 0), ("(blank)", 0), ("(empty)", 0), ("ask at reception", 0), ("not applicable", 0),
      ("keine Angabe", 0), ("ingen", 0), ("aucun", 0), ("sans", 0), ("ukjent", 0), ("unbekannt", 0),
      ("inconnu", 0), ("awaiting", 0), ("not yet known", 0), ("tbc", 0), ("??", 0), ("-/-", 0), ("/", 0),
      ("0", 1), ("see above", 1), ("same as billing", 1), ("as before", 1), ("private", 0), ("on file", 1),
      ("ex-directory", 0), ("declined to give", 0), ("refused", 0), ("missing", 0), ("blank", 0), ("*", 1)]

WD = [" (no longer in use)", " (disconnected)", " (not in use)", " (invalid)", " (old)", " (former)",
      " (cancelled)", " (deleted)", " (inactive)", " (closed)", " (ikke i bruk)", " (nicht mehr gültig)",
      " (n'est plus valable)", " – no longer valid", " — disconnected", ", no longer in use", " [obsolete]",
      " (expired)", " (wrong)", " (void)", " (withdrawn)", " (until last year)", " (ended)", " (gone)",
      " (not valid any more)", " (ungültig)", " (utgått)", " (périmé)", " (retired)", " (terminated)"]

INS = ["Extract the name and the {q} as JSON.", "Return JSON with name and {q}.",
       "From the record below, extract name and {q} as JSON.", "Give me the name and {q} as a JSON object."]
SAFE_INS = ["Please extract the name and the {q} as JSON.", "Return a JSON object with the name and the {q}.",
            "Extract name and {q} as JSON, please."]
CONTS = ["L", "O", "J", "L", "O", "J", "T", "C", "Y", "M", "P"]


DESCS = [None, "null if unknown", "{q} or null", None]


def r170_sch(key, typ, desc, nullable=True, required=True):
    t = [typ, "null"] if nullable else typ
    desc = R.choice(DESCS)
    desc = desc.format(q=key.replace("_", " ")) if desc else None
    return S({"name": "string", key: {"type": t}}, {key: desc} if desc else None, required=None if required else ["name"])


def fmt(v):
    return str(v)


def r170_text(nm, fl, cont):
    """fl: list of (label, value); value None = the line left out; value "" = empty."""
    fl = [f for f in fl if f[1] is not None and f[0] is not None]
    if cont == "L":
        return "Text:\nName: %s\n" % nm + "".join(("%s: %s\n" % (a, fmt(b))).replace(": \n", ":\n") for a, b in fl)
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join(("%s: %s" % (a, fmt(b))).rstrip() for a, b in fl) + "\n"
    if cont == "T":
        return ("| Name | " + " | ".join(f[0] for f in fl) + " |\n|" + "---|" * (len(fl) + 1) + "\n| %s | " % nm
                + " | ".join(fmt(f[1]) for f in fl) + " |\n").replace("|  |", "| |")
    if cont == "C":
        return "name," + ",".join(f[0] for f in fl) + "\n" + nm + "," + ",".join(fmt(f[1]) for f in fl) + "\n"
    if cont == "Y":
        out = "```yaml\nname: %s\n" % nm
        for a, b in fl:
            if b == "":
                out += "\"%s\": %s\n" % (a, R.choice(["~", ""]))
            else:
                out += "\"%s\": \"%s\"\n" % (a, fmt(b))
        return out.replace(": \n", ":\n") + "```\n"
    if cont == "J":
        o = {"name": nm}
        for a, b in fl:
            o[a] = None if b == "" else b
        return json.dumps(o, ensure_ascii=False) + "\n"
    if cont == "M":
        return ("Here is the email:\nFrom: office@firm.example\nSubject: Your details\n\nHi,\n\nthe details are below.\n\n"
                "Name: %s\n" % nm + "".join(("%s: %s\n" % (a, fmt(b))).replace(": \n", ":\n") for a, b in fl)
                + "\nBest regards\nOffice\n")
    if cont == "P":
        return "Text:\n%s: " % nm + ", ".join(("%s %s" % (a, fmt(b))).rstrip() for a, b in fl) + ".\n"
    raise ValueError(cont)


def r170_nb(nbs):
    return R.choice(nbs) if R.random() < 0.4 else None


def r170_gen():
    j = 0
    for (key, typ, desc, g, owns, nbs) in KINDS:
        gen = GEN[g]
        q = key.replace("_", " ")
        sch = r170_sch(key, typ, desc)
        for own in owns:
            for (ph, pharg) in R.sample(PH, 14):
                if typ == "integer" and ph in ("same as billing",):
                    continue
                j += 1
                cont = CONTS[j % len(CONTS)]
                if ph == "" and cont == "P":
                    cont = "L"
                nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                nm = r170_nm()
                v, w = gen(), gen()
                while w == v:
                    w = gen()
                ins = INS[j % 4].format(q=q)
                fl = [(own, ph), (nb, w)]
                if j % 3 == 0:
                    fl.reverse()
                e = {"name": nm, key: None}
                txt = ins + "\n\n" + r170_text(nm, fl, cont)
                arg = bool(pharg)
                # single: the neighbour's value
                if nb: r170_add("single", "d170-nb-%d-%s" % (j, cont), "r170_nb_" + key, txt, sch, e,
                         [{"name": nm, key: w}, e], arg=arg)
                # single: the placeholder copied / "" / 0
                if typ == "string" and ph:
                    n_ = r170_nm()
                    r170_add("single", "d170-cp-%d-%s" % (j, cont), "r170_copy_" + key, txt.replace(nm, n_), sch,
                             {"name": n_, key: None}, [{"name": n_, key: ph}, {"name": n_, key: None}],
                             arg=True if ph in ("0", "*", "sans", "on file") else arg)
                if typ == "string" and j % 2 == 0:
                    n_ = r170_nm()
                    r170_add("single", "d170-es-%d-%s" % (j, cont), "r170_empty_" + key, txt.replace(nm, n_), sch,
                             {"name": n_, key: None}, [{"name": n_, key: ""}, {"name": n_, key: None}], arg=arg)
                if typ == "integer":
                    n_ = r170_nm()
                    r170_add("single", "d170-z-%d-%s" % (j, cont), "r170_zero_" + key, txt.replace(nm, n_), sch,
                             {"name": n_, key: None}, [{"name": n_, key: 0}, {"name": n_, key: None}],
                             arg=arg or ph in ("0",))
                    if ph and ph[0].isdigit():
                        pass
                # pair: base has the value, variant has the placeholder
                if j % 2 == 1:
                    nm2 = r170_nm()
                    fb = [(own, v), (nb, w)]
                    fv = [(own, ph), (nb, w)]
                    if j % 3 == 0:
                        fb.reverse()
                        fv.reverse()
                    b = {"name": nm2, key: v}
                    vv = {"name": nm2, key: None}
                    r170_add("pair", "d170-pb-%d-%s" % (j, cont), "r170_ph_base_" + key,
                             ins + "\n\n" + r170_text(nm2, fb, cont), sch, b, [b])
                    r170_add("pair", "d170-pv-%d-%s" % (j, cont), "r170_ph_" + key,
                             ins + "\n\n" + r170_text(nm2, fv, cont), sch, vv, [b, vv], arg=arg)
                # reverse pair: base empty, variant filled
                if j % 4 == 2:
                    nm2 = r170_nm()
                    fb = [(own, ph), (nb, w)]
                    fv = [(own, v), (nb, w)]
                    b = {"name": nm2, key: None}
                    vv = {"name": nm2, key: v}
                    r170_add("pair", "d170-rb-%d-%s" % (j, cont), "r170_rev_base_" + key,
                             ins + "\n\n" + r170_text(nm2, fb, cont), sch, b, [b])
                    r170_add("pair", "d170-rv-%d-%s" % (j, cont), "r170_rev_" + key,
                             ins + "\n\n" + r170_text(nm2, fv, cont), sch, vv, [b, vv], arg=arg)
                # safe: same record reformatted, placeholder in an unasked field, unrelated line
                if j % 4 == 0:
                    nm2 = r170_nm()
                    fb = [(own, v), (nb, w)]
                    b = {"name": nm2, key: v}
                    r170_add("pair", "d170-sfb-%d-%s" % (j, cont), "r170_safe_base_" + key,
                             ins + "\n\n" + r170_text(nm2, fb, cont), sch, b, [b])
                    k = (j // 4) % 3
                    if k == 0:
                        t2 = SAFE_INS[j % 3].format(q=q) + "\n\n" + r170_text(nm2, fb, cont)
                    elif k == 1:
                        t2 = ins + "\n\n" + r170_text(nm2, fb + [("Room", "—")], cont)
                    else:
                        t2 = ins + "\n\n" + r170_text(nm2, fb, cont) + "\nThanks for your help.\n"
                    r170_add("safe", "d170-sf-%d-%s" % (j, cont), "r170_safe_" + key, t2, sch, b, [b])
        # withdrawn values: single and pair
        for own in owns:
            for rm in R.sample(WD, 7):
                j += 1
                cont = ["L", "O", "T", "C", "Y", "J", "M"][j % 7]
                nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                nm = r170_nm()
                v, w = gen(), gen()
                while w == v:
                    w = gen()
                ins = INS[j % 4].format(q=q)
                vs = (str(v) + rm) if typ == "string" else (str(v) + ("%" if key.startswith("disc") else "") + rm)
                fl = [(own, vs), (nb, w)]
                e = {"name": nm, key: None}
                arg = rm in (" (old)", " (former)", " (wrong)", " (until last year)") or key in ("middle_name", "age")
                r170_add("single", "d170-wd-%d-%s" % (j, cont), "r170_wd_" + key,
                         ins + "\n\n" + r170_text(nm, fl, cont), sch, e, [{"name": nm, key: v}, e], arg=arg)
                nm2 = r170_nm()
                b = {"name": nm2, key: v}
                vv = {"name": nm2, key: None}
                r170_add("pair", "d170-wb-%d-%s" % (j, cont), "r170_wd_base_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, v), (nb, w)], cont), sch, b, [b])
                r170_add("pair", "d170-wv-%d-%s" % (j, cont), "r170_wdp_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, vs), (nb, w)], cont), sch, vv, [b, vv], arg=arg)
        # moved / removed: pairs
        for own in owns:
            for mode in ["rm", "mv", "oth", "strike", "prose"]:
                for cont in R.sample(["L", "O", "T", "C", "Y", "J", "M"], 3):
                    j += 1
                    nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                    nm2 = r170_nm()
                    v, w = gen(), gen()
                    while w == v:
                        w = gen()
                    ins = INS[j % 4].format(q=q)
                    b = {"name": nm2, key: v}
                    vv = {"name": nm2, key: None}
                    base = r170_text(nm2, [(own, v), (nb, w)], cont)
                    if mode == "rm":
                        var = r170_text(nm2, [(own, None), (nb, w)], cont)
                    elif mode == "mv":
                        nb = nb or nbs[0]
                        var = r170_text(nm2, [(own, R.choice(["—", "", "n/a"])), (nb, v)], cont)
                    elif mode == "strike":
                        var = r170_text(nm2, [(own, "~~%s~~" % v), (nb, w)], cont)
                    elif mode == "prose":
                        var = r170_text(nm2, [(own, v), (nb, w)], cont) + "\nThe %s above is no longer valid.\n" % own.lower()
                    else:
                        nm3 = r170_nm()
                        var = (r170_text(nm2, [(own, R.choice(["—", "", "n/a"])), (nb, w)], cont) + "\n"
                               + r170_text(nm3, [(own, v), (nb, gen())], cont))
                        base = (r170_text(nm2, [(own, v), (nb, w)], cont) + "\n"
                                + r170_text(nm3, [(own, gen()), (nb, gen())], cont))
                        ins = ins.replace("the name", "%s's name" % nm2.split()[0]).replace("name and", "%s's name and" % nm2) if "the name" not in ins else ins.replace("the name", "%s's name" % nm2)
                    r170_add("pair", "d170-%sb-%d-%s" % (mode, j, cont), "r170_%s_base_%s" % (mode, key),
                             ins + "\n\n" + base, sch, b, [b])
                    r170_add("pair", "d170-%sv-%d-%s" % (mode, j, cont), "r170_%s_%s" % (mode, key),
                             ins + "\n\n" + var, sch, vv, [b, vv], arg=(mode == "strike"))
        # several records, one lacks the field; the model copies the other record's value
        for own in owns:
            for cont in R.sample(["L", "T", "C", "Y", "J", "M"], 3):
                for lack in R.sample(["", "—", None, "n/a"], 2):
                    j += 1
                    nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                    n1, n2 = r170_nm(), r170_nm()
                    v = gen()
                    t = (r170_text(n1, [(own, v), (nb, gen())], cont) + "\n" + r170_text(n2, [(own, lack), (nb, gen())], cont))
                    ins = "Extract %s's name and %s as JSON." % (n2, q)
                    e = {"name": n2, key: None}
                    r170_add("single", "d170-mr-%d-%s" % (j, cont), "r170_multi_" + key, ins + "\n\n" + t, sch, e,
                             [{"name": n2, key: v}, e])
        # prose: "no phone number was given"
        for own in owns[:3]:
            for tmpl in ["%s gave no %s; the %s is %s.", "No %s was given by %s. %s: %s.",
                         "%s has no %s on file (the %s on file is %s).", "%s: %s not provided, %s %s."]:
                j += 1
                nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                nb = nb or R.choice(nbs)
                nm = r170_nm()
                w = gen()
                if tmpl.startswith("No"):
                    s = tmpl % (own.lower(), nm, nb, w)
                elif tmpl.startswith("%s:"):
                    s = tmpl % (nm, own, nb.lower(), w)
                else:
                    s = tmpl % (nm, own.lower(), nb.lower(), w)
                e = {"name": nm, key: None}
                r170_add("single", "d170-pr-%d" % j, "r170_prose_" + key,
                         INS[j % 4].format(q=q) + "\n\nText:\n" + s + "\n", sch, e, [{"name": nm, key: w}, e])
        # null where the value is present
        for own in owns:
            for cont in R.sample(["L", "O", "T", "C", "Y", "J"], 2):
                j += 1
                nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                nm = r170_nm()
                v = gen()
                e = {"name": nm, key: v}
                r170_add("single", "d170-nu-%d-%s" % (j, cont), "r170_null_" + key,
                         INS[j % 4].format(q=q) + "\n\n" + r170_text(nm, [(own, v), (nb, gen())], cont), sch, e,
                         [{"name": nm, key: None}, e])
        # optional (not required, not nullable) member: right answer leaves it out
        sch_o = r170_sch(key, typ, desc.split(";")[0].split(",")[0] + " (leave out if not stated)", nullable=False,
                         required=False)
        for own in owns:
            for (ph, pharg) in PH[::4]:
                j += 1
                cont = CONTS[j % len(CONTS)]
                if ph == "" and cont == "P":
                    cont = "L"
                nb = r170_nb(nbs); sch = r170_sch(key, typ, desc)
                nm = r170_nm()
                w = gen()
                txt = INS[j % 4].format(q=q) + "\n\n" + r170_text(nm, [(own, ph), (nb, w)], cont)
                e = {"name": nm}
                r170_add("single", "d170-op-%d-%s" % (j, cont), "r170_opt_" + key, txt, sch_o, e,
                         [{"name": nm, key: w}, e], arg=bool(pharg))


# Part 2: the asked label moves to an old/withdrawn label; placeholders shaped like values; templates
OLD = ["Old {l}", "Previous {l}", "{l} (old)", "Former {l}", "{l} (until 2024)", "{l} (no longer used)",
       "Alter {l}", "Gammel {l}", "Ancien {l}", "{l} – obsolete", "Disconnected {l}", "{l} (inactive)",
       "Ex-{l}", "{l} (closed)", "{l} (wrong)"]
SHAPED = {
    "phone": ["+47", "+47 ", "00000000", "12345678", "+47 123 45 678", "hemmelig", "skjult nummer", "numéro masqué",
              "geheim", "secret number", "no phone", "via reception", "see e-mail", "<phone>", "{phone}", "[phone]",
              "PHONE", "phone number", "Phone", "+47 XX XX XX XX", "+__ __ __ __ __", "(+47) -"],
    "email": ["@firm.example", "unknown@unknown.example", "none@none.example", "noreply@firm.example",
              "email@example.com", "name@domain.com", "<email>", "{email}", "no e-mail", "does not use e-mail",
              "(no e-mail)", "n/a@n/a", "x@x.x", "mailto:", "@"],
    "fax": ["+47", "no fax", "(no fax)", "00000000", "<fax>", "not available", "fax removed"],
    "website": ["https://", "http://", "www.", "https://www.example.com", "<url>", "no website", "under construction",
                "coming soon", "http://localhost", "about:blank"],
    "employer": ["unemployed", "retired", "none (retired)", "between jobs", "no employer", "self-employed", "student",
                 "Company name", "<employer>", "[employer]", "Employer", "ACME Inc. (example)", "jobless", "arbeidsledig",
                 "arbeitslos", "sans emploi", "pensjonist", "Rentner"],
    "postcode": ["NO-", "0000", "9999", "<postcode>", "XXXX", "#### ", "postcode", "n. a."],
    "vat_number": ["NO  MVA", "NO MVA", "not VAT registered", "NO 000 000 000 MVA", "exempt", "VAT exempt",
                   "ikke mva-registrert", "<vat>"],
    "middle_name": ["NMN", "NMI", "(none)", "X", "-", "—", "no middle name", "N/A", "Middle"],
    "shipping_email": ["@firm.example", "same as billing", "unknown@unknown.example", "noreply@firm.example",
                       "<email>", "(no e-mail)"],
}
SHAPED_ARG = {"12345678", "+47 123 45 678", "email@example.com", "name@domain.com", "x@x.x",
              "https://www.example.com", "self-employed", "student", "ACME Inc. (example)", "0000", "9999", "X",
              "same as billing", "see e-mail", "via reception", "http://localhost", "NO 000 000 000 MVA", "exempt",
              "VAT exempt"}
LAY10 = ["L", "O", "J", "L", "O", "J", "T", "C", "Y", "M"]


def r170_gen2():
    j = 100000
    for (key, typ, desc, g, owns, nbs) in KINDS:
        gen = GEN[g]
        q = key.replace("_", " ")
        for own in owns:
            for ol in R.sample(OLD, 6):
                j += 1
                cont = LAY10[j % 10]
                sch = r170_sch(key, typ, desc)
                lab = ol.format(l=own if ol.startswith("{") else own.lower())
                nm2 = r170_nm()
                v, v2 = gen(), gen()
                ins = INS[j % 4].format(q=q)
                b = {"name": nm2, key: v}
                vv = {"name": nm2, key: None}
                r170_add("pair", "d170-olb-%d-%s" % (j, cont), "r170_old_base_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, v)], cont), sch, b, [b])
                r170_add("pair", "d170-olv-%d-%s" % (j, cont), "r170_old_" + key,
                         ins + "\n\n" + r170_text(nm2, [(lab, v)], cont), sch, vv, [b, vv])
                r170_add("pair", "d170-olw-%d-%s" % (j, cont), "r170_old2_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, R.choice(["—", "", "n/a", "none"])), (lab, v)], cont),
                         sch, vv, [b, vv])
                nm = r170_nm()
                e = {"name": nm, key: None}
                r170_add("single", "d170-ols-%d-%s" % (j, cont), "r170_olds_" + key,
                         ins + "\n\n" + r170_text(nm, [(lab, v2)], cont), sch, e, [{"name": nm, key: v2}, e])
        for ph in SHAPED.get(key, []):
            for own in R.sample(owns, min(3, len(owns))):
                j += 1
                cont = LAY10[j % 10]
                sch = r170_sch(key, typ, desc)
                nm = r170_nm()
                ins = INS[j % 4].format(q=q)
                e = {"name": nm, key: None}
                arg = ph in SHAPED_ARG
                r170_add("single", "d170-sh-%d-%s" % (j, cont), "r170_shaped_" + key,
                         ins + "\n\n" + r170_text(nm, [(own, ph)], cont), sch, e, [{"name": nm, key: ph.strip()}, e],
                         arg=arg)
                nm2 = r170_nm()
                v = gen()
                b = {"name": nm2, key: v}
                r170_add("pair", "d170-shb-%d-%s" % (j, cont), "r170_shaped_base_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, v)], cont), sch, b, [b])
                r170_add("pair", "d170-shv-%d-%s" % (j, cont), "r170_shapedp_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, ph)], cont), sch, {"name": nm2, key: None},
                         [b, {"name": nm2, key: ph.strip()}, {"name": nm2, key: None}], arg=arg)


# Part 3: around the holes of the first run: absence in words in the asked field (single: the model copies the
# words; pair: a stored real value, the variant's field says there is none), and the neighbour's value copied
# when the asked field holds a placeholder.
NOVAL = {
    "phone": ["+47", "+1", "+47 –", "+46", "no phone", "has no phone", "no telephone", "kein Telefon", "ingen telefon",
              "pas de téléphone", "sin teléfono", "none on file", "not on the phone", "no landline", "no number",
              "number withdrawn", "disconnected", "out of service", "0", "000"],
    "email": ["does not use e-mail", "no e-mail", "no email address", "has no e-mail", "kein E-Mail", "ingen e-post",
              "har ikke e-post", "pas d'e-mail", "sin correo", "not on e-mail", "no address", "bounced", "invalid",
              "mailbox closed", "offline only", "post only", "letters only"],
    "fax": ["no fax", "(no fax)", "we have no fax", "kein Fax", "ingen faks", "pas de fax", "sin fax", "no fax machine",
            "fax discontinued", "not in use", "none (discontinued)", "abolished", "obsolete", "+47"],
    "website": ["https://", "http://", "www.", "coming soon", "under construction", "no website", "none yet",
                "not live", "in progress", "parked", "offline", "kommer snart", "im Aufbau", "en construction",
                "en construcción", "no site", "http://www."],
    "employer": ["unemployed", "jobless", "out of work", "no employer", "between jobs", "not employed", "arbeitslos",
                 "arbeidsledig", "sans emploi", "sin empleo", "looking for work", "job seeker", "on benefits",
                 "none – unemployed", "currently none", "none at present"],
    "postcode": ["NO-", "D-", "F-", "no postcode", "none (PO only)", "keine PLZ", "ingen postnr.", "sans code",
                 "pending", "not assigned"],
    "vat_number": ["NO  MVA", "NO MVA", "not VAT registered", "not registered", "ikke mva-registrert",
                   "nicht USt-pflichtig", "non assujetti", "no VAT no.", "none (small business)", "below threshold"],
    "shipping_email": ["does not use e-mail", "no e-mail", "post only", "kein E-Mail", "ingen e-post", "pas d'e-mail",
                       "no address", "bounced", "letters only", "no notifications"],
}
NOVAL_ARG = {"+47", "+1", "+46", "0", "000", "disconnected", "out of service", "number withdrawn", "bounced", "invalid",
             "mailbox closed", "not in use", "obsolete", "abolished", "fax discontinued", "none (discontinued)",
             "offline", "parked", "on benefits", "job seeker", "looking for work", "pending", "not assigned",
             "below threshold", "none (small business)", "offline only", "post only", "letters only",
             "no notifications", "in progress", "not live", "D-", "F-", "NO-"}
NBL = {
    "phone": ["Mobile", "Fax", "Switchboard", "Mob.", "Work phone", "Home"],
    "email": ["Billing e-mail", "Office e-mail", "Reply-to", "Contact", "Work e-mail"],
    "fax": ["Phone", "Tel.", "Mobile", "Switchboard"],
    "age": ["Years as member", "Years employed", "Children", "Guests", "Nights", "Seniority", "Experience (years)",
            "Membership (years)"],
    "discount_percent": ["VAT (%)", "Tip (%)", "Service charge (%)", "Deposit (%)", "Tax rate", "Commission (%)"],
    "website": ["Shop", "Blog", "Old website", "Partner site", "Booking page"],
    "employer": ["Previous employer", "Former company", "Client", "Spouse's employer", "School"],
    "postcode": ["Billing postcode", "PO Box", "Postcode (billing)", "Mailing postcode"],
    "vat_number": ["Buyer VAT no.", "Customer VAT", "Org. no."],
    "shipping_email": ["Billing e-mail", "E-mail (billing)", "Invoice e-mail", "Contact e-mail"],
}
NBPH = ["NA", "TBD", "…", "None", "withheld", "(empty)", "TBC", "ikke oppgitt", "to follow", "—", "n/a", "-", "",
        "unknown", "?", "pending", "k.A.", "nicht angegeben", "inconnu", "nil", "tba", "declined to give", "refused",
        "missing", "blank", "private", "not stated", "xxx", "(none)", "none"]
LAY3 = ["L", "O", "J"]


def r170_gen3():
    j = 200000
    for (key, typ, desc, g, owns, nbs) in KINDS:
        gen = GEN[g]
        q = key.replace("_", " ")
        for ph in NOVAL.get(key, []):
            for own in R.sample(owns, min(3, len(owns))):
                j += 1
                cont = LAY3[j % 3] if j % 5 else R.choice(["T", "C", "Y", "M"])
                sch = r170_sch(key, typ, desc)
                ins = INS[j % 4].format(q=q)
                arg = ph in NOVAL_ARG
                nm = r170_nm()
                e = {"name": nm, key: None}
                r170_add("single", "d170-nv-%d-%s" % (j, cont), "r170_noval_" + key,
                         ins + "\n\n" + r170_text(nm, [(own, ph)], cont), sch, e, [{"name": nm, key: ph}, e], arg=arg)
                nm2 = r170_nm()
                v = gen()
                b = {"name": nm2, key: v}
                r170_add("pair", "d170-nvb-%d-%s" % (j, cont), "r170_noval_base_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, v)], cont), sch, b, [b])
                r170_add("pair", "d170-nvv-%d-%s" % (j, cont), "r170_novalp_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, ph)], cont), sch, {"name": nm2, key: None},
                         [b, {"name": nm2, key: ph}, {"name": nm2, key: None}], arg=arg)
        for own in owns:
            for ph in R.sample(NBPH, 8):
                j += 1
                cont = LAY3[j % 3] if j % 6 else R.choice(["T", "C", "Y", "M"])
                sch = r170_sch(key, typ, desc)
                ins = INS[j % 4].format(q=q)
                nb = R.choice(NBL.get(key, nbs))
                nm = r170_nm()
                w = gen()
                fl = [(own, ph), (nb, w)]
                if j % 2:
                    fl.reverse()
                e = {"name": nm, key: None}
                r170_add("single", "d170-nc-%d-%s" % (j, cont), "r170_nbcopy_" + key,
                         ins + "\n\n" + r170_text(nm, fl, cont), sch, e, [{"name": nm, key: w}, e])
                # pair: the stored record had the value under the asked label; the variant moves it to the neighbour
                nm2 = r170_nm()
                v, w2 = gen(), gen()
                while w2 == v:
                    w2 = gen()
                fb = [(own, v), (nb, w2)]
                fv = [(own, ph), (nb, v)]
                if j % 2:
                    fb.reverse()
                    fv.reverse()
                b = {"name": nm2, key: v}
                r170_add("pair", "d170-ncb-%d-%s" % (j, cont), "r170_nbmove_base_" + key,
                         ins + "\n\n" + r170_text(nm2, fb, cont), sch, b, [b])
                r170_add("pair", "d170-ncv-%d-%s" % (j, cont), "r170_nbmove_" + key,
                         ins + "\n\n" + r170_text(nm2, fv, cont), sch, {"name": nm2, key: None},
                         [b, {"name": nm2, key: None}])
                # optional member (not nullable, not required): the right answer leaves it out
                sch_o = r170_sch(key, typ, desc, nullable=False, required=False)
                nm3 = r170_nm()
                r170_add("single", "d170-no-%d-%s" % (j, cont), "r170_nbopt_" + key,
                         ins + "\n\n" + r170_text(nm3, [(a, b_) for a, b_ in fl], cont), sch_o, {"name": nm3},
                         [{"name": nm3, key: w}, {"name": nm3}])


# Part 4: edges of the holes: more labels for the neighbour copy; no-value words for dates, seats, companies;
# prefixes and format masks as the whole field.
KINDS4 = [
    ("end_date", "string", None, lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
     ["End date", "Ends", "Contract end", "Sluttdato", "Enddatum", "Date de fin", "Valid until"],
     ["ongoing", "until further notice", "open-ended", "indefinite", "open", "no end date", "permanent",
      "løpende", "unbefristet", "inntil videre", "bis auf Weiteres", "indéterminée", "sin fecha de fin",
      "2026-", "YYYY-MM-DD", "dd.mm.yyyy", "____-__-__", "2026-??-??", "not set", "never"]),
    ("return_date", "string", None, lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
     ["Return date", "Return", "Retur", "Rückreise", "Date de retour", "Inbound"],
     ["one-way", "open", "open return", "kun tur", "nur Hinfahrt", "aller simple", "solo ida", "not booked",
      "YYYY-MM-DD", "2026-", "flexible", "no return"]),
    ("seat", "string", None, lambda: "%d%s" % (R.randint(1, 39), R.choice("ABCDEF")),
     ["Seat", "Sete", "Sitzplatz", "Siège", "Seat no."],
     ["not assigned", "unassigned", "free seating", "any", "at check-in", "ikke tildelt", "nicht zugewiesen",
      "non attribué", "open seating", "standing", "--", "??"]),
    ("company", "string", None, lambda: r170_word(2).capitalize() + R.choice([" AS", " GmbH", " Ltd"]),
     ["Company", "Firma", "Organisation", "Société", "Empresa", "Bedrift"],
     ["private person", "Privatperson", "privat", "particulier", "private individual", "consumer", "individual",
      "none (private)", "self", "particular"]),
    ("expiry_date", "string", None, lambda: "2027-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
     ["Expiry", "Expires", "Valid to", "Utløper", "Ablaufdatum", "Expiration"],
     ["never", "does not expire", "lifetime", "no expiry", "unbegrenzt", "ubegrenset", "illimité", "sin caducidad",
      "MM/YY", "--/--", "n/a (lifetime)"]),
    ("phone", "string", None, GEN["phone"],
     ["Telefonnummer", "Teléfono", "Puhelin", "Telefoon", "Tel.nr.", "Ph.", "Numéro", "Telefono", "Tlf"],
     ["0047", "(+47)", "+47-", "+47 ...", "+47 -- -- -- --", "+47 00", "+", "00", "+47 (missing)", "+47 ?",
      "ingen", "hemmelig nummer", "Geheimnummer", "liste rouge", "no tiene", "sans numéro"]),
    ("email", "string", None, GEN["mail"],
     ["E-Mail", "Correo", "Sähköposti", "E-mailadres", "Epost", "Courriel", "Email address"],
     ["mailto:", "@gmail.com", "@", "name@", "@firm.example", "…@firm.example", "xxx@xxx", "(keine)",
      "har ikke", "aucune", "ninguno", "no tiene"]),
    ("website", "string", None, GEN["url"],
     ["Homepage", "Site web", "Webseite", "Nettsted", "Sitio web", "Web page"],
     ["http://www.", "https://www.", "ftp://", "www", "https://…", ".example", "http://", "keine", "ingen",
      "aucun", "ninguno", "n/v"]),
]
KINDS4_ARG = {"open", "flexible", "any", "self", "consumer", "individual", "particular", "standing", "at check-in",
              "permanent", "never", "00", "+"}
AGE_OWN = ["Edad", "Età", "Leeftijd", "Ålder", "Wiek", "Age (yrs)", "Yrs", "Alder (år)", "Lebensalter", "Years old"]
AGE_NB = ["Years as member", "Years employed", "Children", "Guests", "Nights", "Seniority", "Membership (years)",
          "Visits", "Years at address", "Loyalty years"]
PH_OWN = ["Telefonnummer", "Teléfono", "Puhelin", "Telefoon", "Tel.nr.", "Ph.", "Numéro", "Telefono", "Tlf", "Tlf.",
          "Téléphone"]
PH_NB = ["Mobile", "Mob.", "Fax", "Switchboard", "Work", "Home", "Handy", "Mobil", "Portable", "Cell"]


def r170_gen4():
    j = 300000
    for (key, typ, desc, gen, owns, phs) in KINDS4:
        q = key.replace("_", " ")
        for ph in phs:
            for own in R.sample(owns, min(3, len(owns))):
                j += 1
                cont = LAY3[j % 3]
                sch = r170_sch(key, typ, desc)
                ins = INS[j % 4].format(q=q)
                arg = ph in KINDS4_ARG
                nm = r170_nm()
                e = {"name": nm, key: None}
                r170_add("single", "d170-k4-%d-%s" % (j, cont), "r170_k4_" + key,
                         ins + "\n\n" + r170_text(nm, [(own, ph)], cont), sch, e, [{"name": nm, key: ph}, e], arg=arg)
                nm2 = r170_nm()
                v = gen()
                b = {"name": nm2, key: v}
                r170_add("pair", "d170-k4b-%d-%s" % (j, cont), "r170_k4_base_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, v)], cont), sch, b, [b])
                r170_add("pair", "d170-k4v-%d-%s" % (j, cont), "r170_k4p_" + key,
                         ins + "\n\n" + r170_text(nm2, [(own, ph)], cont), sch, {"name": nm2, key: None},
                         [b, {"name": nm2, key: ph}, {"name": nm2, key: None}], arg=arg)
    # the neighbour copy with more labels
    for key, typ, owns, nbs, gen in [("age", "integer", AGE_OWN, AGE_NB, GEN["age"]),
                                     ("phone", "string", PH_OWN, PH_NB, GEN["phone"])]:
        q = key
        for own in owns:
            for nb in R.sample(nbs, 4):
                for ph in R.sample(NBPH, 2):
                    j += 1
                    cont = LAY3[j % 3]
                    sch = r170_sch(key, typ, None)
                    ins = INS[j % 4].format(q=q)
                    nm = r170_nm()
                    w = gen()
                    fl = [(own, ph), (nb, w)]
                    if j % 2:
                        fl.reverse()
                    e = {"name": nm, key: None}
                    r170_add("single", "d170-n4-%d-%s" % (j, cont), "r170_n4_" + key,
                             ins + "\n\n" + r170_text(nm, fl, cont), sch, e, [{"name": nm, key: w}, e])
                    nm2 = r170_nm()
                    v, w2 = gen(), gen()
                    while w2 == v:
                        w2 = gen()
                    fb = [(own, v), (nb, w2)]
                    fv = [(own, ph), (nb, v)]
                    if j % 2:
                        fb.reverse()
                        fv.reverse()
                    b = {"name": nm2, key: v}
                    r170_add("pair", "d170-n4b-%d-%s" % (j, cont), "r170_n4_base_" + key,
                             ins + "\n\n" + r170_text(nm2, fb, cont), sch, b, [b])
                    r170_add("pair", "d170-n4v-%d-%s" % (j, cont), "r170_n4p_" + key,
                             ins + "\n\n" + r170_text(nm2, fv, cont), sch, {"name": nm2, key: None},
                             [b, {"name": nm2, key: None}])


r170_gen()
r170_gen2()
r170_gen3()
r170_gen4()

# every id served wrong from the cache in the full run (both runs), confirmed alone below
r170_found_alone = {
    'd170-cp-1082-O', 'd170-cp-1083-J', 'd170-cp-2-J', 'd170-es-1082-O', 'd170-es-2-J', 'd170-k4-300001-O',
    'd170-k4-300010-O', 'd170-k4-300013-O', 'd170-k4-300014-J', 'd170-k4-300021-L', 'd170-k4-300028-O',
    'd170-k4-300032-J', 'd170-k4-300034-O', 'd170-k4-300041-J', 'd170-k4-300045-L', 'd170-k4-300048-L',
    'd170-k4-300058-O', 'd170-k4-300066-L', 'd170-k4-300067-O', 'd170-k4-300071-J', 'd170-k4-300075-L',
    'd170-k4-300078-L', 'd170-k4-300081-L', 'd170-k4-300092-J', 'd170-k4-300094-O', 'd170-k4-300111-L',
    'd170-k4-300124-O', 'd170-k4-300135-L', 'd170-k4-300137-J', 'd170-k4-300142-O', 'd170-k4-300161-J',
    'd170-k4-300163-O', 'd170-k4-300168-L', 'd170-k4-300170-J', 'd170-k4-300196-O', 'd170-k4-300201-L',
    'd170-k4-300249-L', 'd170-k4-300250-O', 'd170-k4-300270-L', 'd170-k4v-300001-O', 'd170-k4v-300010-O',
    'd170-k4v-300013-O', 'd170-k4v-300014-J', 'd170-k4v-300021-L', 'd170-k4v-300028-O', 'd170-k4v-300032-J',
    'd170-k4v-300034-O', 'd170-k4v-300041-J', 'd170-k4v-300045-L', 'd170-k4v-300048-L', 'd170-k4v-300058-O',
    'd170-k4v-300066-L', 'd170-k4v-300067-O', 'd170-k4v-300071-J', 'd170-k4v-300075-L', 'd170-k4v-300078-L',
    'd170-k4v-300081-L', 'd170-k4v-300092-J', 'd170-k4v-300094-O', 'd170-k4v-300111-L', 'd170-k4v-300124-O',
    'd170-k4v-300135-L', 'd170-k4v-300137-J', 'd170-k4v-300142-O', 'd170-k4v-300161-J', 'd170-k4v-300163-O',
    'd170-k4v-300168-L', 'd170-k4v-300170-J', 'd170-k4v-300196-O', 'd170-k4v-300201-L', 'd170-k4v-300249-L',
    'd170-k4v-300250-O', 'd170-k4v-300270-L', 'd170-mvv-1770-O', 'd170-mvv-1772-L', 'd170-mvv-1787-J',
    'd170-mvv-1800-O', 'd170-mvv-211-O', 'd170-n4-300318-L', 'd170-n4-300319-O', 'd170-n4-300330-L',
    'd170-n4-300331-O', 'd170-n4-300346-O', 'd170-n4-300347-J', 'd170-n4-300376-O', 'd170-n4-300377-J',
    'd170-n4-300386-J', 'd170-n4-300387-L', 'd170-n4-300404-J', 'd170-n4-300405-L', 'd170-n4-300406-O',
    'd170-n4-300412-O', 'd170-n4-300413-J', 'd170-n4-300438-L', 'd170-n4-300439-O', 'd170-n4-300446-J',
    'd170-n4-300447-L', 'd170-n4-300448-O', 'd170-n4-300449-J', 'd170-n4-300456-L', 'd170-n4-300457-O',
    'd170-n4-300468-L', 'd170-n4-300469-O', 'd170-n4-300470-J', 'd170-n4-300478-O', 'd170-n4-300479-J',
    'd170-n4-300480-L', 'd170-n4-300481-O', 'd170-n4v-300318-L', 'd170-n4v-300319-O', 'd170-n4v-300330-L',
    'd170-n4v-300331-O', 'd170-n4v-300346-O', 'd170-n4v-300347-J', 'd170-n4v-300376-O', 'd170-n4v-300377-J',
    'd170-n4v-300386-J', 'd170-n4v-300387-L', 'd170-n4v-300404-J', 'd170-n4v-300405-L', 'd170-n4v-300406-O',
    'd170-n4v-300412-O', 'd170-n4v-300413-J', 'd170-n4v-300438-L', 'd170-n4v-300439-O', 'd170-n4v-300446-J',
    'd170-n4v-300447-L', 'd170-n4v-300448-O', 'd170-n4v-300449-J', 'd170-n4v-300456-L', 'd170-n4v-300457-O',
    'd170-n4v-300468-L', 'd170-n4v-300469-O', 'd170-n4v-300470-J', 'd170-n4v-300478-O', 'd170-n4v-300479-J',
    'd170-n4v-300480-L', 'd170-n4v-300481-O', 'd170-nb-1082-O', 'd170-nb-1676-O', 'd170-nb-1696-J', 'd170-nb-45-O',
    'd170-nb-60-J', 'd170-nc-200098-O', 'd170-nc-200416-O', 'd170-nc-200421-L', 'd170-ncv-200098-O',
    'd170-ncv-200416-O', 'd170-ncv-200421-L', 'd170-nv-200001-L', 'd170-nv-200006-J', 'd170-nv-200011-O',
    'd170-nv-200018-J', 'd170-nv-200021-J', 'd170-nv-200027-J', 'd170-nv-200042-J', 'd170-nv-200047-O',
    'd170-nv-200158-O', 'd170-nv-200161-O', 'd170-nv-200216-J', 'd170-nv-200217-L', 'd170-nv-200222-J',
    'd170-nv-200227-O', 'd170-nv-200228-J', 'd170-nv-200237-J', 'd170-nv-200239-O', 'd170-nv-200242-O',
    'd170-nv-200243-J', 'd170-nv-200279-J', 'd170-nv-200299-O', 'd170-nv-200311-O', 'd170-nv-200316-L',
    'd170-nv-200319-L', 'd170-nv-200603-J', 'd170-nv-200607-L', 'd170-nv-200609-J', 'd170-nv-200616-L',
    'd170-nv-200617-O', 'd170-nv-200626-O', 'd170-nv-200684-J', 'd170-nv-200709-L', 'd170-nv-200711-J',
    'd170-nv-200716-O', 'd170-nv-200719-O', 'd170-nv-200722-O', 'd170-nv-200724-L', 'd170-nv-200727-L',
    'd170-nvv-200001-L', 'd170-nvv-200006-J', 'd170-nvv-200011-O', 'd170-nvv-200018-J', 'd170-nvv-200021-J',
    'd170-nvv-200027-J', 'd170-nvv-200042-J', 'd170-nvv-200047-O', 'd170-nvv-200158-O', 'd170-nvv-200161-O',
    'd170-nvv-200217-L', 'd170-nvv-200279-J', 'd170-nvv-200299-O', 'd170-nvv-200311-O', 'd170-nvv-200316-L',
    'd170-nvv-200319-L', 'd170-nvv-200603-J', 'd170-nvv-200607-L', 'd170-nvv-200609-J', 'd170-nvv-200616-L',
    'd170-nvv-200617-O', 'd170-nvv-200626-O', 'd170-nvv-200684-J', 'd170-nvv-200709-L', 'd170-nvv-200711-J',
    'd170-nvv-200716-O', 'd170-nvv-200719-O', 'd170-nvv-200722-O', 'd170-nvv-200724-L', 'd170-nvv-200727-L',
    'd170-op-1904-O', 'd170-op-396-L', 'd170-op-397-O', 'd170-pv-1083-J', 'd170-rb-1082-O', 'd170-rb-2-J',
    'd170-sh-100044-O', 'd170-sh-100045-J', 'd170-sh-100053-L', 'd170-sh-100054-O', 'd170-sh-100061-O',
    'd170-sh-100090-L', 'd170-sh-100150-L', 'd170-sh-100221-O', 'd170-sh-100222-J', 'd170-sh-100224-O',
    'd170-sh-100262-J', 'd170-sh-100535-J', 'd170-sh-100560-L', 'd170-sh-100564-O', 'd170-sh-100565-J',
    'd170-sh-100571-O', 'd170-sh-100612-J', 'd170-shv-100044-O', 'd170-shv-100045-J', 'd170-shv-100053-L',
    'd170-shv-100054-O', 'd170-shv-100061-O', 'd170-shv-100090-L', 'd170-shv-100150-L', 'd170-shv-100262-J',
    'd170-shv-100535-J', 'd170-shv-100560-L', 'd170-shv-100564-O', 'd170-shv-100565-J', 'd170-shv-100571-O',
    'd170-shv-100612-J',
}
# pair bases of the found variants (needed to confirm the variants alone)
r170_found_bases = {
    'd170-k4b-300001-O', 'd170-k4b-300010-O', 'd170-k4b-300013-O', 'd170-k4b-300014-J', 'd170-k4b-300021-L',
    'd170-k4b-300028-O', 'd170-k4b-300032-J', 'd170-k4b-300034-O', 'd170-k4b-300041-J', 'd170-k4b-300045-L',
    'd170-k4b-300048-L', 'd170-k4b-300058-O', 'd170-k4b-300066-L', 'd170-k4b-300067-O', 'd170-k4b-300071-J',
    'd170-k4b-300075-L', 'd170-k4b-300078-L', 'd170-k4b-300081-L', 'd170-k4b-300092-J', 'd170-k4b-300094-O',
    'd170-k4b-300111-L', 'd170-k4b-300124-O', 'd170-k4b-300135-L', 'd170-k4b-300137-J', 'd170-k4b-300142-O',
    'd170-k4b-300161-J', 'd170-k4b-300163-O', 'd170-k4b-300168-L', 'd170-k4b-300170-J', 'd170-k4b-300196-O',
    'd170-k4b-300201-L', 'd170-k4b-300249-L', 'd170-k4b-300250-O', 'd170-k4b-300270-L', 'd170-mvb-1770-O',
    'd170-mvb-1772-L', 'd170-mvb-1787-J', 'd170-mvb-1800-O', 'd170-mvb-211-O', 'd170-n4b-300318-L',
    'd170-n4b-300319-O', 'd170-n4b-300330-L', 'd170-n4b-300331-O', 'd170-n4b-300346-O', 'd170-n4b-300347-J',
    'd170-n4b-300376-O', 'd170-n4b-300377-J', 'd170-n4b-300386-J', 'd170-n4b-300387-L', 'd170-n4b-300404-J',
    'd170-n4b-300405-L', 'd170-n4b-300406-O', 'd170-n4b-300412-O', 'd170-n4b-300413-J', 'd170-n4b-300438-L',
    'd170-n4b-300439-O', 'd170-n4b-300446-J', 'd170-n4b-300447-L', 'd170-n4b-300448-O', 'd170-n4b-300449-J',
    'd170-n4b-300456-L', 'd170-n4b-300457-O', 'd170-n4b-300468-L', 'd170-n4b-300469-O', 'd170-n4b-300470-J',
    'd170-n4b-300478-O', 'd170-n4b-300479-J', 'd170-n4b-300480-L', 'd170-n4b-300481-O', 'd170-ncb-200098-O',
    'd170-ncb-200416-O', 'd170-ncb-200421-L', 'd170-nvb-200001-L', 'd170-nvb-200006-J', 'd170-nvb-200011-O',
    'd170-nvb-200018-J', 'd170-nvb-200021-J', 'd170-nvb-200027-J', 'd170-nvb-200042-J', 'd170-nvb-200047-O',
    'd170-nvb-200158-O', 'd170-nvb-200161-O', 'd170-nvb-200217-L', 'd170-nvb-200279-J', 'd170-nvb-200299-O',
    'd170-nvb-200311-O', 'd170-nvb-200316-L', 'd170-nvb-200319-L', 'd170-nvb-200603-J', 'd170-nvb-200607-L',
    'd170-nvb-200609-J', 'd170-nvb-200616-L', 'd170-nvb-200617-O', 'd170-nvb-200626-O', 'd170-nvb-200684-J',
    'd170-nvb-200709-L', 'd170-nvb-200711-J', 'd170-nvb-200716-O', 'd170-nvb-200719-O', 'd170-nvb-200722-O',
    'd170-nvb-200724-L', 'd170-nvb-200727-L', 'd170-pb-1083-J', 'd170-shb-100044-O', 'd170-shb-100045-J',
    'd170-shb-100053-L', 'd170-shb-100054-O', 'd170-shb-100061-O', 'd170-shb-100090-L', 'd170-shb-100150-L',
    'd170-shb-100262-J', 'd170-shb-100535-J', 'd170-shb-100560-L', 'd170-shb-100564-O', 'd170-shb-100565-J',
    'd170-shb-100571-O', 'd170-shb-100612-J',
}
# found ids a reasonable reader could accept (a phone copied from Mobile/Cell/Home/Work for `phone`; '*', 'on file',
# 'sans', example-looking addresses, open/flexible/never/permanent, post/letters only, ...)
r170_arguable_found = {
    'd170-cp-1082-O', 'd170-cp-1083-J', 'd170-cp-2-J', 'd170-es-1082-O', 'd170-es-2-J', 'd170-k4-300013-O',
    'd170-k4-300014-J', 'd170-k4-300021-L', 'd170-k4-300058-O', 'd170-k4-300066-L', 'd170-k4-300092-J',
    'd170-k4-300111-L', 'd170-k4-300124-O', 'd170-k4-300161-J', 'd170-k4-300163-O', 'd170-k4v-300013-O',
    'd170-k4v-300014-J', 'd170-k4v-300021-L', 'd170-k4v-300058-O', 'd170-k4v-300066-L', 'd170-k4v-300092-J',
    'd170-k4v-300111-L', 'd170-k4v-300124-O', 'd170-k4v-300161-J', 'd170-k4v-300163-O', 'd170-mvv-211-O',
    'd170-n4-300404-J', 'd170-n4-300405-L', 'd170-n4-300406-O', 'd170-n4-300412-O', 'd170-n4-300413-J',
    'd170-n4-300438-L', 'd170-n4-300439-O', 'd170-n4-300446-J', 'd170-n4-300447-L', 'd170-n4-300448-O',
    'd170-n4-300449-J', 'd170-n4-300456-L', 'd170-n4-300457-O', 'd170-n4-300468-L', 'd170-n4-300469-O',
    'd170-n4-300470-J', 'd170-n4-300478-O', 'd170-n4-300479-J', 'd170-n4-300480-L', 'd170-n4-300481-O',
    'd170-n4v-300404-J', 'd170-n4v-300405-L', 'd170-n4v-300406-O', 'd170-n4v-300412-O', 'd170-n4v-300413-J',
    'd170-n4v-300438-L', 'd170-n4v-300439-O', 'd170-n4v-300446-J', 'd170-n4v-300447-L', 'd170-n4v-300448-O',
    'd170-n4v-300449-J', 'd170-n4v-300456-L', 'd170-n4v-300457-O', 'd170-n4v-300468-L', 'd170-n4v-300469-O',
    'd170-n4v-300470-J', 'd170-n4v-300478-O', 'd170-n4v-300479-J', 'd170-n4v-300480-L', 'd170-n4v-300481-O',
    'd170-nb-1082-O', 'd170-nb-45-O', 'd170-nb-60-J', 'd170-nc-200098-O', 'd170-ncv-200098-O', 'd170-nv-200001-L',
    'd170-nv-200006-J', 'd170-nv-200011-O', 'd170-nv-200047-O', 'd170-nv-200158-O', 'd170-nv-200161-O',
    'd170-nv-200222-J', 'd170-nv-200237-J', 'd170-nv-200239-O', 'd170-nv-200242-O', 'd170-nv-200243-J',
    'd170-nv-200311-O', 'd170-nv-200316-L', 'd170-nv-200319-L', 'd170-nv-200626-O', 'd170-nv-200709-L',
    'd170-nv-200711-J', 'd170-nv-200716-O', 'd170-nvv-200001-L', 'd170-nvv-200006-J', 'd170-nvv-200011-O',
    'd170-nvv-200047-O', 'd170-nvv-200158-O', 'd170-nvv-200161-O', 'd170-nvv-200311-O', 'd170-nvv-200316-L',
    'd170-nvv-200319-L', 'd170-nvv-200626-O', 'd170-nvv-200709-L', 'd170-nvv-200711-J', 'd170-nvv-200716-O',
    'd170-op-396-L', 'd170-op-397-O', 'd170-pv-1083-J', 'd170-rb-1082-O', 'd170-rb-2-J', 'd170-sh-100053-L',
    'd170-sh-100054-O', 'd170-sh-100150-L', 'd170-sh-100221-O', 'd170-sh-100222-J', 'd170-sh-100224-O',
    'd170-sh-100535-J', 'd170-shv-100053-L', 'd170-shv-100054-O', 'd170-shv-100150-L', 'd170-shv-100535-J',
}
r170_arguable |= r170_arguable_found

# Trimmed for ctest (probe_kit.sample_round), stop 40: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest;
# then every arguable item left out.
r170_keep = set(r170_found_alone) | set(r170_found_bases)
from probe_kit import sample_round as r170_sample_round  # noqa: E402

r170_sample_round("d170-", r170_keep, 30, safe_every=10)
P[:] = [r170_p for r170_p in P if r170_p["id"] not in r170_arguable]
