r"""Red-team round 181 (black box): THE NEWEST RULES ATTACKED -- PLACEHOLDERS OF A KIND WHERE NULL IS ALLOWED, LISTS HELD
IN ONE STRING MEMBER.
Focus: (1) a member that may be null (type ["string","null"] or left out of "required") given a value that passes the kind
  and code shapes but is a placeholder or another's; (2) string-typed members holding a list ("allergies", "skills",
  "tags", "languages", "certifications", "medications", "equipment", "dietary", "seats", "rooms", "flights", "vouchers",
  "phones", "guests", "address"), an item added on another line, struck, cancelled, a label repeated, a count.
30,084 probes (seeded random.Random(181)): 25,920 pair probes (base + variant), 4,044 singles (--runs 2), 120 safe.
Part 1 (d181-ph/pb/pv-): 9 kinds (phone, email, date_of_birth, start_date, member_id, booking_ref, postcode, website,
  place_of_birth) x placeholders ("555-0100", "+1 555 0199", "0800 123 456", "+47 400 00 000", "+1-202-555-0143";
  "info@/post@/office@/hr@firm.no"; "01.01.1900", "1970-01-01", "31.12.9999", "00.00.0000", "TBD 2026", "9999-12-31";
  "TBD-001", "XX 99", "NA-00", "ID 00", "N/A 12", "PENDING 01"; "AB1 2CD", "SW1A 0AA", "99999"; "www.example.org",
  "http://localhost"; "Anytown", "Springfield", "Planet Earth") bare, with an intro sentence or a note line saying the
  person has none; pairs: a real value stored, then the placeholder (bare, intro, note) or the same value with an intro.
Part 2 (d181-sh-): a shared box or front-desk number where the text says the person has none ("Office email:", "Front
  desk phone:", "has no e-mail of her own"). Part 3 (d181-lb/lv/ls, ab/av-): 6 list keys x 8 shapes (a labelled added
  line, a prose line, the same label twice, a continuation line, "Cancelled:", "Removed:", a count line, "Since March
  also: x."), address over two lines. Part 4 (d181-db/dv/ds-): items holding digits (seats "12A", rooms, flights "SK
  1234", vouchers, phones; allergies/skills/tags with "b12", "e621", "html5", "x86") x 9 added-line shapes. Part 5
  (d181-fx/fb/fv/gb/gv-): the placeholder beside a field saying none ("Has phone: No", "Email status: shared box").
Part 6 (d181-eb/ev-): the edges of part 4's hole: 7 keys x 6-10 items (one token "E621", "B12", "Q10", "HTML5",
  "PRINCE2" against "vitamin B12", "E 621", "omega-3", "Python 3", "ISO 9001", "iPhone 15", words) x 14 lines (labels,
  sentences, intro sentences above the record). Part 7 (d181-kb/kv/ks-): one alphanumeric token added, repeated label,
  continuation line, one-line record, a count line, and WITHDRAWN ("Outgrown: B12", "Stopped: D3", "Lapsed: CSS3").
Part 8 (d181-nb/nv-): a field of no member turns the value to none ("Status: ok" -> "Status: no phone").
HELD: every placeholder with a sentence or a note saying it is none ("the text says its values are not real"), every
  code placeholder ("TBD-001", "N/A 12", "XX 99", "NA-00", "ID 00", "PENDING 01": 0 stored), every place-of-birth and
  website placeholder, every date placeholder but "1900-01-01", "9999-12-31" and "1970-01-01" bare; shared boxes and
  front-desk numbers (107 fresh wrong per run, never stored); "Has phone: No"/status fields (all regenerated; bases with
  such a field rarely stored). Lists: an added item that is a word or of several tokens ("sesame", "omega-3", "vitamin
  B12", "E 621", "Python 3", "ISO 9001", "iPhone 15", "Dutch (B2)"), every item in a sentence or an intro sentence ("Since
  March Kari is also allergic to E621."), the same label twice, continuation lines, one-line records, bullets, "+ x",
  "and x", "Removed: x"; lists whose base items hold digits (seats, rooms, flights, vouchers, phones: bases refused or
  the variant regenerated); guests as names, address over two lines. Safe on reuse 17-18/120, none served wrong.
  Wrong FRESH (never stored): ~1,040 per run (list singles that drop the added item on the skip path, placeholders beside
  "Has phone: No", shared boxes). Right answers rejected: ~16,100 per run (a joined list "latex, b12" "does not occur in
  the source text", e-mail layouts "2 records", "the value adds ... to a code").
WHAT GOT THROUGH (full round: run 1 692 wrong from the cache + 1 kept on the patch path, run 2 699 + 4; alone (757 found
  ids with the bases of their pairs and singles, fresh SQLite store, --runs 2): run 1 680 + 1 kept (198 clear, 483
  arguable), run 2 685 + 3 kept (199 clear, 489 arguable)):
 (A) CLEAR: a stored string list of words, then ONE line after the record adding a single alphanumeric token (letters and
     digits in one word: b12, e621, q10, E110, x86, k8s, es6, html5, PRINCE2, D3) under a label naming the member's
     relation: "Allergies: penicillin / Also allergic to: b12" -> "penicillin" (expected "penicillin, b12");
     "allergy: latex / Allergic also to: q10"; "skills: excel, welding / trained_in: ES6"; "Skills: plumbing / Certified
     in: es6"; "Medication: insulin, metformin / Prescribed: D3"; "Also taking:", "Now taking:", "Also skilled in:",
     "Also knows:", "Tagged:", "More certificates:". And WITHDRAWN: "Medications: insulin, D3 / Stopped: D3" -> "insulin,
     D3" (expected "insulin"); "allergies: soy, B12 / outgrown: B12"; "Discontinued:", "Untagged:", "No longer allergic
     to:". Singles (ds/ks/ls) with another name get the stored list by the licensed rewrite; a few kept on the patch path.
 (B) ARGUABLE (r181_arguable): the same with a line that does not say which list ("Also: e621", "Latest: q10.", "From
     today also: e250.", "New since March: E621", "Recently added:", "Added 2026-03-02: e211", "Since 2025:"), withdrawals
     a reader may not apply ("Cancelled: E621", "Lapsed: CSS3", "expired:"), and bare placeholders of the member's kind
     stored and served again ("Email: booking@nezubi.no", "Start date: 1970-01-01", "Phone: +47 400 00 000", "+49 30 1234
     5670", "(555) 010-4477", "Date of birth: 1900-01-01", "Postcode: AB1 2CD", "1234").
Adds its probes to probe_kit.P."""
import random as r181_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r181_random.Random(181)
r181_arguable = set()
r181_pairs, r181_singles, r181_safe = [], [], []
r181_seen = set()
C1 = "bdfgklmnprstvz"
V1 = "aeiou"


def word(k):
    return "".join(R.choice(C1) + R.choice(V1) for _ in range(k))


def nm():
    while True:
        n = word(2).capitalize() + " " + word(2).capitalize() + "sen"
        if n not in r181_seen:
            r181_seen.add(n)
            return n


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r181_arguable.add(id)
    {"pair": r181_pairs, "single": r181_singles, "safe": r181_safe}[kind].append(id)


def render(fields, lay):
    if lay == "L":
        return "\n".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "O":
        return " | ".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "Y":
        return "\n".join("%s: %s" % (l.lower().replace(" ", "_").replace(".", ""), v) for l, v in fields)
    if lay == "C":
        return ",".join(l for l, v in fields) + "\n" + ",".join(str(v) for l, v in fields)
    if lay == "T":
        return ("| " + " | ".join(l for l, v in fields) + " |\n|" + "---|" * len(fields) + "\n| "
                + " | ".join(str(v) for l, v in fields) + " |")
    if lay == "M":
        return ("Hi,\n\nplease register the details below.\n\n" + "\n".join("%s: %s" % (l, v) for l, v in fields)
                + "\n\nBest regards,\nFront desk")
    raise ValueError(lay)


INSTR = ["Extract the record as JSON.", "Extract the fields from the record below as JSON.",
         "Return the record's fields as a JSON object.", "Fill the JSON schema from the text."]
MARK = ["Record:", "Text:"]


def prompt(instr, text, mark):
    return "%s\n%s\n%s" % (instr, mark, text)


def para(instr):
    return "Please " + instr[0].lower() + instr[1:]


def nsch(key, nullable, desc=None):
    p = {"type": ["string", "null"]} if nullable == "type" else {"type": "string"}
    if desc:
        p["description"] = desc
    req = ["name", key] if nullable == "type" else ["name"]
    return {"type": "object", "properties": {"name": {"type": "string"}, key: p},
            "required": req, "additionalProperties": False}


def nullexp(who, key, nullable):
    return {"name": who, key: None} if nullable == "type" else {"name": who}


# ------------------------------------------------------------------ Part 1: placeholders that pass the kind shapes
def ph():
    return "+47 %d%d %02d %03d" % (R.choice([4, 9]), R.randint(0, 9), R.randint(10, 99), R.randint(100, 999))


KINDS = [
    # key, labels, real value generator, placeholders, the subject word for notes
    ("phone", ["Phone", "Tel.", "Telefon", "Mobile", "Tlf."], ph,
     ["555-0100", "+1 555 0199", "0800 123 456", "+47 400 00 000", "(555) 010-4477", "+44 20 7946 0000",
      "+49 30 1234 5670", "+1-202-555-0143", "01632 960 001", "+33 1 99 00 12 34"], "phone number"),
    ("email", ["Email", "E-mail", "E-post", "Mail"], lambda: "%s.%s@%s.no" % (word(2), word(2), word(3)),
     ["info@%s.no", "post@%s.no", "office@%s.no", "hr@%s.no", "kontakt@%s.no", "booking@%s.no",
      "reception@%s.no", "admin@%s.no"], "e-mail address"),
    ("date_of_birth", ["Date of birth", "DOB", "Born", "Fødselsdato", "Geburtsdatum"],
     lambda: "%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2004)),
     ["01.01.1900", "1970-01-01", "31.12.9999", "00.00.0000", "TBD 2026", "1900-01-01", "01/01/1901",
      "9999-12-31", "01.01.0001", "11.11.1111"], "date of birth"),
    ("start_date", ["Start date", "Starts", "Startdato", "Beginn"],
     lambda: "%d-%02d-%02d" % (2026, R.randint(1, 12), R.randint(1, 28)),
     ["01.01.1900", "1970-01-01", "31.12.9999", "TBD 2026", "9999-12-31", "2026-00-00", "TBC 2027"], "start date"),
    ("member_id", ["Member ID", "Membership no.", "Medlemsnr.", "Mitgliedsnr."],
     lambda: "M-%05d" % R.randint(10000, 99999),
     ["TBD-001", "XX 99", "NA-00", "ID 00", "N/A 12", "TBA-01", "NN 00", "PENDING 01", "XX-0000", "TBD 2026"],
     "membership number"),
    ("booking_ref", ["Booking ref", "Booking reference", "Ref.", "Bestillingsnr."],
     lambda: "%s%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1000, 9999)),
     ["TBD-001", "XX 99", "NA-00", "ID 00", "N/A 12", "REF 000", "TBA 01", "NO 00", "XXX 000"], "booking reference"),
    ("postcode", ["Postcode", "ZIP", "Postnr.", "PLZ"], lambda: str(R.randint(1001, 9899)),
     ["0000 XX", "12345", "99999", "1234", "AB1 2CD", "XX1 1XX", "SW1A 0AA"], "postcode"),
    ("website", ["Website", "Web", "Homepage", "URL"], lambda: "www.%s.no" % word(3),
     ["www.example.org", "www.domain.com", "www.company.com", "www.yourcompany.no", "www.firma.no",
      "http://localhost", "www.test.no"], "website"),
    ("place_of_birth", ["Place of birth", "Born in", "Fødested", "Geburtsort"],
     lambda: R.choice(["Bergen", "Tromsø", "Ålesund", "Hamar", "Lillehammer", "Molde", "Narvik"]) ,
     ["Not Stated", "Somewhere", "Nowhere", "Unknown City", "City Of Birth", "Anytown", "Springfield", "Xxxxx",
      "Planet Earth", "Norway (Unspecified)"], "place of birth"),
]

NOTES_BELOW = [
    "The {w} above is only the form's placeholder; {who} has none.",
    "Note: {who} did not give a {w}; the field holds the system default.",
    "({who} has no {w} - the value above is a dummy.)",
]
INTROS = [
    "{who} has no {w}; the form below still shows its placeholder value.",
    "Note: the {w} below is a dummy value, since {who} gave none.",
    "Please note that {who} has no {w} of their own; ignore the one below.",
    "The following record was exported with a dummy {w}, as {who} has none:",
]
LAYS = ["L", "O", "Y", "C", "T", "M"]
cnt = 0
for rep in range(3):
    for key, labels, realg, phs, w in KINDS:
        for phv in phs:
            for nullable in ("type", "optional"):
                cnt += 1
                who = nm()
                firm = word(3)
                v = phv % firm if "%s" in phv else phv
                lab = R.choice(labels)
                lay = R.choice(LAYS)
                fields = [("Name", who), (lab, v)]
                if R.random() < 0.5:
                    fields.append(("Room", str(R.randint(100, 499))))
                text = render(fields, lay)
                ctx = ["bare", "intro", "below"][(rep + cnt) % 3]
                if ctx == "intro":
                    text = R.choice(INTROS).format(who=who, w=w) + "\n\n" + text
                elif ctx == "below":
                    text = text + "\n" + R.choice(NOTES_BELOW).format(who=who, w=w)
                instr, mark = R.choice(INSTR), R.choice(MARK)
                sch = nsch(key, nullable)
                exp = nullexp(who, key, nullable)
                bad = {"name": who, key: v}
                arg = ctx == "bare"
                add("single", "d181-ph-%s-%s-%s-%d" % (key, ctx, nullable, cnt), "r181-placeholder",
                    prompt(instr, text, mark), sch, exp, [bad, exp, exp], arg=arg)
                # pair: the record with a real value stored, then the placeholder (bare / with an intro saying so)
                cnt += 1
                who2 = nm()
                real = realg()
                fb = [("Name", who2), (lab, real)] + fields[2:]
                fv = [("Name", who2), (lab, v)] + fields[2:]
                tb = render(fb, lay)
                tv = render(fv, lay)
                vctx = ["bare", "intro", "introsame", "below"][(rep + cnt) % 4]
                if vctx == "intro":
                    tv = R.choice(INTROS).format(who=who2, w=w) + "\n\n" + tv
                elif vctx == "introsame":
                    tv = R.choice(INTROS).format(who=who2, w=w) + "\n\n" + tb
                elif vctx == "below":
                    tv = tv + "\n" + R.choice(NOTES_BELOW).format(who=who2, w=w)
                ins2 = R.choice(INSTR)
                add("pair", "d181-pb-%s-%s-%d" % (key, nullable, cnt), "r181-placeholder-pair",
                    prompt(ins2, tb, mark), sch, {"name": who2, key: real}, [{"name": who2, key: real}])
                e2 = nullexp(who2, key, nullable)
                add("pair", "d181-pv-%s-%s-%s-%d" % (key, vctx, nullable, cnt), "r181-placeholder-pair",
                    prompt(para(ins2), tv, mark), sch, e2, [e2, e2], arg=(vctx == "bare"))

# ------------------------------------------------------------------ Part 2: a shared box / another person's value
SHARED = [("email", "Email", "post@{f}.no"), ("email", "E-mail", "office@{f}.no"), ("email", "Email", "hr@{f}.no"),
          ("email", "E-post", "info@{f}.no"), ("phone", "Phone", "+47 22 %02d %02d 00"),
          ("phone", "Tel.", "+47 23 %02d %02d 10")]
SH_INTRO = ["{who} has no {w} of their own; use the shared one below.",
            "{who} does not have a personal {w}. Messages go to the office:",
            "Note that {who} has no {w}; the one below belongs to the front office."]
for rep in range(25):
    for key, lab, tmpl in SHARED:
        for nullable in ("type", "optional"):
            cnt += 1
            who = nm()
            f = word(3)
            v = tmpl.format(f=f) if "{f}" in tmpl else tmpl % (R.randint(10, 99), R.randint(10, 99))
            w = "e-mail address" if key == "email" else "phone number"
            lay = R.choice(LAYS)
            style = rep % 3
            if style == 0:
                fields = [("Name", who), (lab, v)]
                text = R.choice(SH_INTRO).format(who=who, w=w) + "\n\n" + render(fields, lay)
            elif style == 1:
                fields = [("Name", who), ("Office " + lab.lower(), v)]
                text = render(fields, lay) + "\n" + "%s has no %s of her own." % (who, w)
            else:
                fields = [("Name", who), (lab, "-"), ("Front desk " + lab.lower(), v)]
                text = render(fields, lay)
            sch = nsch(key, nullable)
            exp = nullexp(who, key, nullable)
            add("single", "d181-sh-%s-%d-%s-%d" % (key, style, nullable, cnt), "r181-shared",
                prompt(R.choice(INSTR), text, R.choice(MARK)), sch, exp, [{"name": who, key: v}, exp, exp])

# ------------------------------------------------------------------ Part 3: lists held in one string member
ITEMS = {
    "allergies": (["Allergies", "Allergy", "Allergier", "Allergien"], ["latex", "nuts", "penicillin", "pollen",
                  "shellfish", "gluten", "lactose", "soy"], ["b12", "x86", "q10", "e621", "sesame", "eggs", "mustard",
                  "celery"],
                  ["Also allergic to", "Further allergies", "Also reacts to", "Additionally", "Also", "Plus",
                   "Add", "Allergic also to", "Reacts to", "Intolerant to", "Og", "Auch"]),
    "tags": (["Tags", "Tag", "Labels", "Schlagworte"], ["vip", "priority", "b2b", "repeat", "press", "staff"],
             ["x86", "late", "export", "k8s", "newsletter", "invoice"],
             ["Also tagged", "Further tags", "More tags", "Extra tag", "Also", "Plus", "Labels (cont.)", "+"]),
    "languages": (["Languages", "Language", "Språk", "Sprachen"], ["German", "French", "Norwegian", "Polish",
                  "Spanish", "Italian"], ["Dutch", "Finnish", "Turkish", "Greek", "Czech"],
                  ["Also speaks", "Further languages", "Also fluent in", "Basic knowledge of", "Also", "Plus",
                   "Understands", "Second language"]),
    "skills": (["Skills", "Skill", "Ferdigheter", "Kenntnisse"], ["welding", "excel", "python", "forklift",
               "first aid", "plumbing"], ["es6", "sql", "carpentry", "driving", "cad", "x86"],
               ["Further skills", "Also skilled in", "Also knows", "Also trained in", "Also", "Plus", "+",
                "Certified in", "Additional"]),
    "guests": (["Guests", "Guest", "Gjester", "Gäste"], None, None,
               ["Plus one", "Also attending", "Accompanied by", "With", "Also", "Second guest", "And"]),
    "phones": (["Phones", "Phone", "Telefon", "Tel."], None, None,
               ["Also", "Second number", "Alt.", "Or", "Mobile", "Work", "Private", "+"]),
}
LSTY = ["addline", "addline_prose", "sameLabel", "contline", "struck", "cancelled", "count", "addinline"]


def items_for(key, k):
    labels, base, extra, addl = ITEMS[key]
    if key == "guests":
        return [nm() for _ in range(k)], nm()
    if key == "phones":
        return [ph() for _ in range(k)], ph()
    return R.sample(base, k), R.choice(extra)


for rep in range(14):
    for key in ITEMS:
        labels, _, _, addl = ITEMS[key]
        for sty in LSTY:
            for lay in ["L", "Y", "M", "O"]:
                cnt += 1
                who = nm()
                k = R.choice([1, 1, 2])
                its, extra = items_for(key, k)
                lab = R.choice(labels)
                bv = ", ".join(its)
                fields = [("Name", who), (lab, bv)]
                if R.random() < 0.5:
                    fields.append(("Room", str(R.randint(100, 499))))
                tb = render(fields, lay)
                sep = " | " if lay == "O" else "\n"
                al = R.choice(addl)
                arg = False
                if sty == "addline":
                    tv = tb + sep + "%s: %s" % (al, extra)
                    ve = bv + ", " + extra
                    arg = al in ("Also", "Plus", "Og", "Auch", "+", "And", "Or", "With", "Additional", "Add")
                elif sty == "addline_prose":
                    tv = tb + sep + "%s: %s." % (al, extra) if False else tb + "\n" + R.choice([
                        "Update: %s also needs %s added to the %s." % (who, extra, key),
                        "Also add %s to the %s." % (extra, key),
                        "Please add %s to the %s as well." % (extra, key)])
                    ve = bv + ", " + extra
                elif sty == "sameLabel":
                    tv = tb + sep + "%s: %s" % (lab, extra)
                    ve = bv + ", " + extra
                elif sty == "contline":
                    tv = tb.replace("%s: %s" % (lab if lay != "Y" else lab.lower().replace(" ", "_").replace(".", ""), bv),
                                    "%s: %s,\n  %s" % (lab if lay != "Y" else lab.lower().replace(" ", "_").replace(".", ""), bv, extra))
                    ve = bv + ", " + extra
                    if tv == tb:
                        continue
                elif sty == "struck":
                    if k < 2:
                        continue
                    tv = tb + sep + "Cancelled: %s" % its[-1]
                    ve = ", ".join(its[:-1])
                elif sty == "cancelled":
                    if k < 2:
                        continue
                    tv = tb + sep + R.choice(["Removed: %s", "Not anymore: %s", "Struck: %s", "Delete: %s"]) % its[0]
                    ve = ", ".join(its[1:])
                elif sty == "count":
                    tv = tb + sep + "Number of %s: %d" % (key, k + 1) + sep + "%s: %s" % (al, extra)
                    ve = bv + ", " + extra
                else:  # addinline: a second line of the same record holding the item inside prose
                    tv = tb + "\n" + "%s %s." % (R.choice(["Since March also:", "New since March:", "Latest:"]), extra)
                    ve = bv + ", " + extra
                    arg = True
                sch = S({"name": "string", key: "string"},
                        desc={key: R.choice([None, "comma-separated %s" % key, "all %s, comma-separated" % key])})
                if sch["properties"][key].get("description") is None:
                    sch["properties"][key].pop("description", None)
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                add("pair", "d181-lb-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-list-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d181-lv-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-list-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2,
                    arg=arg)
                # single: the model gives only the first line's items
                if rep % 2 == 0:
                    cnt += 1
                    who3 = nm()
                    tvs = tv.replace(who, who3)
                    add("single", "d181-ls-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-list-single",
                        prompt(ins, tvs, mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)

# address over two lines
for rep in range(60):
    cnt += 1
    who = nm()
    street = "%sveien %d" % (word(2).capitalize(), R.randint(1, 99))
    extra = R.choice(["c/o %s" % nm(), "Flat %d%s" % (R.randint(1, 9), R.choice("ABC")), "PO Box %d" % R.randint(10, 999),
                      "%d Oslo" % R.randint(1001, 1299)])
    lab = R.choice(["Address", "Adresse", "Street address", "Anschrift"])
    tb = "Name: %s\n%s: %s" % (who, lab, street)
    tv = "Name: %s\n%s: %s\n  %s" % (who, lab, street, extra)
    sch = S({"name": "string", "address": "string"})
    ins = R.choice(INSTR)
    mark = R.choice(MARK)
    add("pair", "d181-ab-%d" % cnt, "r181-address", prompt(ins, tb, mark), sch, {"name": who, "address": street},
        [{"name": who, "address": street}])
    ve = street + ", " + extra
    add("pair", "d181-av-%d" % cnt, "r181-address", prompt(para(ins), tv, mark), sch, {"name": who, "address": ve},
        [{"name": who, "address": ve}] * 2, arg=True)

# ------------------------------------------------------------------ safe variants
for rep in range(120):
    cnt += 1
    key, labels, realg, phs, w = R.choice(KINDS)
    nullable = R.choice(["type", "optional"])
    who = nm()
    real = realg()
    lab = R.choice(labels)
    lay = R.choice(["L", "O", "Y"])
    fields = [("Name", who), (lab, real)]
    tb = render(fields, lay)
    ins = R.choice(INSTR)
    mark = R.choice(MARK)
    sch = nsch(key, nullable)
    e = {"name": who, key: real}
    add("pair", "d181-sb-%d" % cnt, "r181-safe", prompt(ins, tb, mark), sch, e, [e])
    how = rep % 3
    if how == 0:
        tv = "Please process the following record for our files.\n\n" + tb
    elif how == 1:
        tv = tb.replace(": ", ":  ")
    else:
        tv = tb
    add("safe", "d181-sv-%d" % cnt, "r181-safe", prompt(para(ins) if how == 2 else ins, tv, mark), sch, e, [e, e])

# ------------------------------------------------------------------ Part 4: the hole's edges -- list items holding digits
def seat():
    return "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))


DKEYS = {
    "seats": (["Seats", "Seat", "Sete", "Sitzplätze"], seat, seat,
              ["Also booked", "Extra seat", "Added seat", "Also reserved", "Also", "Plus"]),
    "rooms": (["Rooms", "Room numbers", "Rom", "Zimmer"], lambda: str(R.randint(101, 499)),
              lambda: str(R.randint(501, 899)), ["Also booked", "Extra room", "Connecting room", "Also", "Plus"]),
    "flights": (["Flights", "Flight numbers", "Fly", "Flüge"],
                lambda: "%s %d" % (R.choice(["SK", "DY", "WF", "LH"]), R.randint(100, 4999)),
                lambda: "%s %d" % (R.choice(["SK", "DY", "WF", "LH"]), R.randint(100, 4999)),
                ["Connecting flight", "Onward flight", "Also booked", "Also", "Plus"]),
    "vouchers": (["Vouchers", "Voucher codes", "Gavekort"], lambda: "GIFT%d" % R.randint(100, 999),
                 lambda: "GIFT%d" % R.randint(100, 999), ["Also redeemed", "Extra voucher", "Also", "Plus"]),
    "allergies": (["Allergies", "Allergy"], lambda: R.choice(["latex", "nuts", "soy", "pollen", "gluten"]),
                  lambda: R.choice(["b12", "e621", "q10", "e110", "e250", "b6", "e211"]),
                  ["Also allergic to", "Also reacts to", "Allergic also to", "Also", "Plus"]),
    "skills": (["Skills", "Skill"], lambda: R.choice(["welding", "excel", "python", "forklift"]),
               lambda: R.choice(["html5", "css3", "es6", "iso9001", "ec2", "k8s"]),
               ["Further skills", "Also skilled in", "Also knows", "Certified in", "Also", "Plus"]),
    "tags": (["Tags", "Labels"], lambda: R.choice(["vip", "priority", "repeat", "press"]),
             lambda: R.choice(["b2b", "q3", "2fa", "x86", "gen2", "k8s"]),
             ["Also tagged", "Further tags", "Extra tag", "Also", "Plus"]),
    "phones": (["Phones", "Phone numbers", "Telefon"], ph, ph,
               ["Second number", "Also reachable at", "Mobile", "Also", "Plus"]),
}
DSTY = ["label", "prose_latest", "prose_since", "bullet", "plus", "and", "dated", "cancel", "struck_line"]
for rep in range(12):
    for key, (labels, bg, eg, addl) in DKEYS.items():
        for sty in DSTY:
            for lay in ["L", "Y", "O", "M"]:
                cnt += 1
                who = nm()
                k = R.choice([1, 1, 2]) if sty not in ("cancel", "struck_line") else 2
                its = []
                while len(its) < k:
                    x = bg()
                    if x not in its:
                        its.append(x)
                extra = eg()
                while extra in its:
                    extra = eg()
                lab = R.choice(labels)
                bv = ", ".join(its)
                fields = [("Name", who), (lab, bv)]
                if R.random() < 0.5:
                    fields.append(("Room" if key != "rooms" else "Floor", str(R.randint(1, 9))))
                tb = render(fields, lay)
                sep = " | " if lay == "O" else "\n"
                al = R.choice(addl)
                arg = False
                ve = bv + ", " + extra
                if sty == "label":
                    tv = tb + sep + "%s: %s" % (al, extra)
                    arg = al in ("Also", "Plus", "Mobile")
                elif sty == "prose_latest":
                    tv = tb + "\n" + "Latest: %s." % extra
                    arg = True
                elif sty == "prose_since":
                    tv = tb + "\n" + R.choice(["Since March also: %s.", "From today also: %s.", "Added later: %s."]) % extra
                elif sty == "bullet":
                    tv = tb + "\n" + "- %s" % extra
                    arg = True
                elif sty == "plus":
                    tv = tb + "\n" + "+ %s" % extra
                    arg = True
                elif sty == "and":
                    tv = tb + "\n" + R.choice(["and %s", "and also %s", "as well as %s"]) % extra
                elif sty == "dated":
                    tv = tb + "\n" + "Added 2026-03-%02d: %s" % (R.randint(1, 28), extra)
                elif sty == "cancel":
                    tv = tb + sep + R.choice(["Cancelled: %s", "Removed: %s", "No longer: %s", "Released: %s",
                                              "Withdrawn: %s"]) % its[1]
                    ve = its[0]
                else:
                    tv = tb + "\n" + R.choice(["%s was cancelled.", "%s is no longer valid.", "Drop %s."]) % its[1]
                    ve = its[0]
                sch = S({"name": "string", key: "string"})
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                add("pair", "d181-db-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-digit-list-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d181-dv-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-digit-list-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)
                if rep % 3 == 0:
                    cnt += 1
                    who3 = nm()
                    add("single", "d181-ds-%s-%s-%s-%d" % (key, sty, lay, cnt), "r181-digit-list-single",
                        prompt(ins, tv.replace(who, who3), mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)

# ------------------------------------------------------------------ Part 5: a placeholder beside a field saying none
CTXF = {"phone": [("Has phone", "No"), ("Phone on file", "No"), ("Phone status", "dummy"), ("Phone verified", "no - placeholder")],
        "email": [("Has email", "No"), ("Email on file", "No"), ("Email status", "shared box, not hers"), ("Own email", "none")],
        "date_of_birth": [("DOB known", "No"), ("Birth date status", "placeholder"), ("DOB verified", "no - default value")],
        "member_id": [("Member", "No"), ("ID issued", "No"), ("ID status", "not issued yet")],
        "postcode": [("Address known", "No"), ("Postcode status", "dummy")],
        "website": [("Has website", "No"), ("Website status", "template")]}
KD = {k[0]: k for k in KINDS}
for rep in range(10):
    for key, ctxs in CTXF.items():
        _, labels, realg, phs, w = KD[key]
        for cl, cv in ctxs:
            for nullable in ("type", "optional"):
                cnt += 1
                who = nm()
                firm = word(3)
                phv = R.choice(phs)
                v = phv % firm if "%s" in phv else phv
                lab = R.choice(labels)
                lay = R.choice(["L", "O", "Y", "T", "M"])
                sch = nsch(key, nullable)
                exp = nullexp(who, key, nullable)
                text = render([("Name", who), (lab, v), (cl, cv)], lay)
                ins, mark = R.choice(INSTR), R.choice(MARK)
                add("single", "d181-fx-%s-%s-%d" % (key, nullable, cnt), "r181-none-field",
                    prompt(ins, text, mark), sch, exp, [{"name": who, key: v}, exp, exp])
                cnt += 1
                who2 = nm()
                real = realg()
                yes = "Yes" if cv in ("No",) else ("ok" if "status" in cl.lower() else "yes")
                tb = render([("Name", who2), (lab, real), (cl, yes)], lay)
                tv = render([("Name", who2), (lab, v), (cl, cv)], lay)
                add("pair", "d181-fb-%s-%s-%d" % (key, nullable, cnt), "r181-none-field-pair",
                    prompt(ins, tb, mark), sch, {"name": who2, key: real}, [{"name": who2, key: real}])
                e2 = nullexp(who2, key, nullable)
                add("pair", "d181-fv-%s-%s-%d" % (key, nullable, cnt), "r181-none-field-pair",
                    prompt(para(ins), tv, mark), sch, e2, [e2, e2])
                # the real value kept, the field turned to none
                cnt += 1
                who3 = nm()
                real = realg()
                tb = render([("Name", who3), (lab, real), (cl, yes)], lay)
                tv = render([("Name", who3), (lab, real), (cl, cv)], lay)
                add("pair", "d181-gb-%s-%s-%d" % (key, nullable, cnt), "r181-none-field-pair",
                    prompt(ins, tb, mark), sch, {"name": who3, key: real}, [{"name": who3, key: real}])
                e3 = nullexp(who3, key, nullable)
                add("pair", "d181-gv-%s-%s-%d" % (key, nullable, cnt), "r181-none-field-pair",
                    prompt(para(ins), tv, mark), sch, e3, [e3, e3], arg=True)

# ------------------------------------------------------------------ Part 6: edges -- which items, keys and added lines
EKEYS = {
    "allergies": (["Allergies", "Allergy"], ["latex", "nuts", "soy", "pollen", "gluten", "penicillin"],
                  ["E621", "B12", "vitamin B12", "omega-3", "E 621", "sesame", "Sesame", "eggs", "cobalt-60", "Q10"],
                  "allergic to"),
    "skills": (["Skills", "Skill"], ["welding", "excel", "python", "forklift", "first aid"],
               ["Python 3", "ISO 9001", "Windows 11", "C++17", "HTML5", "carpentry", "Carpentry", "SQL", "AWS S3", "C1 licence"],
               "skilled in"),
    "certifications": (["Certifications", "Certificates"], ["first aid", "forklift licence", "food hygiene"],
                       ["ISO 27001", "PRINCE2", "ITIL 4", "level 3 food safety", "CPR", "scrum master"], "certified in"),
    "medications": (["Medications", "Medication", "Medisiner"], ["ibuprofen", "insulin", "metformin", "aspirin"],
                    ["vitamin D3", "B12 injections", "omega-3", "Q10", "warfarin", "Warfarin"], "taking"),
    "equipment": (["Equipment", "Gear", "Utstyr"], ["laptop", "headset", "projector", "tripod"],
                  ["iPhone 15", "Dell P2422", "USB-C hub", "monitor", "Monitor", "GoPro 12"], "issued"),
    "languages": (["Languages", "Language"], ["German", "French", "Polish", "Spanish"],
                  ["Dutch (B2)", "Finnish A1", "Greek", "Czech", "Swahili level 2", "Turkish"], "speaks"),
    "dietary": (["Dietary", "Diet", "Dietary needs"], ["vegan", "halal", "no pork", "low salt"],
                ["E120-free", "gluten-free", "kosher", "lactose-free", "no E621"], "needs"),
}
ELINES = [
    ("lab", "Also {v}: {x}"), ("lab", "Additionally {v}: {x}"), ("lab", "Now also {v}: {x}"),
    ("lab", "New since March: {x}"), ("lab", "Recently added: {x}"), ("lab", "Updated 2026-03-02: {x}"),
    ("lab", "Added by GP on 2026-03-02: {x}"), ("lab", "Since 2025: {x}"), ("sent", "Since March also {v} {x}."),
    ("sent", "{who} is now also {v} {x}."), ("sent", "Update: also {v} {x}."),
    ("intro", "Since March {who} is also {v} {x}."), ("intro", "Please note that {who} is now also {v} {x}."),
    ("intro", "Update from today: {who} is also {v} {x}."),
]
for rep in range(6):
    for key, (labels, base, extras, verb) in EKEYS.items():
        for x in extras:
            for kind, tmpl in ELINES:
                cnt += 1
                who = nm()
                k = R.choice([1, 1, 2])
                its = R.sample(base, k)
                bv = ", ".join(its)
                lab = R.choice(labels)
                lay = R.choice(["L", "L", "Y", "T"]) if kind != "lab" else R.choice(["L", "Y"])
                fields = [("Name", who), (lab, bv)]
                if R.random() < 0.5:
                    fields.append(("Room", str(R.randint(100, 499))))
                tb = render(fields, lay)
                line = tmpl.format(v=verb, x=x, who=who)
                tv = line + "\n\n" + tb if kind == "intro" else tb + "\n" + line
                ve = bv + ", " + x
                sch = S({"name": "string", key: "string"})
                ins, mark = R.choice(INSTR), R.choice(MARK)
                arg = (key in ("dietary",) or "level" in x or x.startswith("no "))
                add("pair", "d181-eb-%s-%s-%d" % (key, kind, cnt), "r181-edge-list-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d181-ev-%s-%s-%d" % (key, kind, cnt), "r181-edge-list-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)

# ------------------------------------------------------------------ Part 7: one alphanumeric token -- shapes around it
KKEYS = {
    "allergies": (["Allergies", "Allergy"], ["latex", "nuts", "soy", "pollen", "gluten"], ["B12", "E621", "Q10", "E110", "B6"],
                  ["Also allergic to", "Further allergies", "More allergies", "Allergic to", "New allergy"],
                  ["No longer allergic to", "Outgrown", "Removed", "Cancelled"]),
    "skills": (["Skills", "Skill"], ["welding", "excel", "python", "forklift"], ["HTML5", "ES6", "CSS3", "K8S", "S3"],
               ["Also skilled in", "Further skills", "More skills", "New skill", "Trained in"],
               ["Lapsed", "Removed", "Expired", "Cancelled"]),
    "tags": (["Tags", "Labels"], ["vip", "priority", "repeat", "press"], ["B2B", "Q3", "X86", "2FA", "GEN2"],
             ["Also tagged", "More tags", "New tag", "Tagged", "Extra tag"], ["Untagged", "Removed", "Cancelled"]),
    "certifications": (["Certifications", "Certificates"], ["first aid", "food hygiene"], ["PRINCE2", "CCNA2", "ITIL4", "AZ900"],
                       ["Also certified in", "New certificate", "More certificates", "Certified"],
                       ["Expired", "Revoked", "Removed"]),
    "medications": (["Medications", "Medication"], ["insulin", "aspirin", "metformin"], ["Q10", "D3", "B12", "K2"],
                    ["Also taking", "Now taking", "New medication", "More medications", "Prescribed"],
                    ["Stopped", "Discontinued", "Removed"]),
}
KSTY = ["label", "label_O", "sameLabel", "contline", "cancel", "cancel_O", "count"]
for rep in range(8):
    for key, (labels, base, toks, addl, canl) in KKEYS.items():
        for tok in toks:
            for sty in KSTY:
                cnt += 1
                who = nm()
                lab = R.choice(labels)
                lay = "O" if sty.endswith("_O") else R.choice(["L", "Y"])
                yl = (lambda l: l.lower().replace(" ", "_")) if lay == "Y" else (lambda l: l)
                if sty.startswith("cancel"):
                    its = R.sample(base, R.choice([1, 2])) + [tok]
                    R.shuffle(its)
                else:
                    its = R.sample(base, R.choice([1, 1, 2]))
                bv = ", ".join(its)
                fields = [("Name", who), (lab, bv)]
                if R.random() < 0.5:
                    fields.append(("Room", str(R.randint(100, 499))))
                tb = render(fields, lay)
                sep = " | " if lay == "O" else "\n"
                ve = bv + ", " + tok
                arg = False
                if sty.startswith("label"):
                    tv = tb + sep + "%s: %s" % (yl(R.choice(addl)), tok)
                elif sty == "sameLabel":
                    tv = tb + sep + "%s: %s" % (yl(lab), tok)
                elif sty == "contline":
                    tv = tb.replace("%s: %s" % (yl(lab), bv), "%s: %s,\n  %s" % (yl(lab), bv, tok))
                elif sty == "count":
                    tv = tb + sep + "%s: %s" % (yl(R.choice(addl)), tok) + sep + "%s: %d" % (yl("Number of " + key), len(its) + 1)
                else:
                    tv = tb + sep + "%s: %s" % (yl(R.choice(canl)), tok)
                    ve = ", ".join(i for i in its if i != tok)
                    arg = "Removed" in tv or "Cancelled" in tv or "Untagged" in tv
                if tv == tb:
                    continue
                sch = S({"name": "string", key: "string"})
                ins, mark = R.choice(INSTR), R.choice(MARK)
                add("pair", "d181-kb-%s-%s-%d" % (key, sty, cnt), "r181-token-list-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d181-kv-%s-%s-%d" % (key, sty, cnt), "r181-token-list-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)
                if rep % 2 == 0:
                    cnt += 1
                    who3 = nm()
                    add("single", "d181-ks-%s-%s-%d" % (key, sty, cnt), "r181-token-list-single",
                        prompt(ins, tv.replace(who, who3), mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)

# ------------------------------------------------------------------ Part 8: a field of no member turns the value to none
STAT = {"phone": ["no phone", "NO PHONE", "dummy number", "placeholder", "phone missing", "fake number"],
        "email": ["no email", "NO EMAIL", "shared inbox", "placeholder", "not her address", "dummy address"],
        "date_of_birth": ["DOB unknown", "default date", "placeholder", "dummy date", "no DOB"],
        "start_date": ["not started", "date TBD", "placeholder", "dummy date"],
        "postcode": ["no address", "placeholder", "dummy code"],
        "website": ["no website", "template", "placeholder"]}
SLAB = ["Status", "Flag", "Note", "Check", "Data"]
for rep in range(4):
    for key, vals in STAT.items():
        _, labels, realg, phs, w = KD[key]
        for sv in vals:
            for sl in SLAB:
                nullable = R.choice(["type", "optional"])
                cnt += 1
                who = nm()
                lab = R.choice(labels)
                lay = R.choice(["L", "O", "Y", "T"])
                real = realg()
                phv = R.choice(phs)
                v = phv % word(3) if "%s" in phv else phv
                sch = nsch(key, nullable)
                tb = render([("Name", who), (lab, real), (sl, "ok")], lay)
                same = rep % 2 == 1
                tv = render([("Name", who), (lab, real if same else v), (sl, sv)], lay)
                ins, mark = R.choice(INSTR), R.choice(MARK)
                add("pair", "d181-nb-%s-%s-%d" % (key, nullable, cnt), "r181-status-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: real}, [{"name": who, key: real}])
                e2 = nullexp(who, key, nullable)
                add("pair", "d181-nv-%s-%s-%s-%d" % (key, "same" if same else "ph", nullable, cnt), "r181-status-pair",
                    prompt(para(ins), tv, mark), sch, e2, [e2, e2], arg=same or sl in ("Check", "Data"))

r181_found_alone = set([
"d181-ds-allergies-dated-L-5562",
"d181-ds-allergies-dated-L-6714",
"d181-ds-allergies-dated-L-7866",
"d181-ds-allergies-dated-L-9018",
"d181-ds-allergies-dated-O-5566",
"d181-ds-allergies-dated-O-6718",
"d181-ds-allergies-dated-O-7870",
"d181-ds-allergies-dated-O-9022",
"d181-ds-allergies-dated-Y-5564",
"d181-ds-allergies-dated-Y-6716",
"d181-ds-allergies-dated-Y-7868",
"d181-ds-allergies-dated-Y-9020",
"d181-ds-allergies-label-L-5514",
"d181-ds-allergies-label-L-6666",
"d181-ds-allergies-label-L-8970",
"d181-ds-allergies-label-Y-5516",
"d181-ds-allergies-label-Y-6668",
"d181-ds-allergies-label-Y-7820",
"d181-ds-allergies-label-Y-8972",
"d181-ds-allergies-prose_latest-L-5522",
"d181-ds-allergies-prose_latest-L-6674",
"d181-ds-allergies-prose_latest-L-7826",
"d181-ds-allergies-prose_latest-L-8978",
"d181-ds-allergies-prose_latest-O-5526",
"d181-ds-allergies-prose_latest-O-6678",
"d181-ds-allergies-prose_latest-O-7830",
"d181-ds-allergies-prose_latest-O-8982",
"d181-ds-allergies-prose_latest-Y-5524",
"d181-ds-allergies-prose_latest-Y-6676",
"d181-ds-allergies-prose_latest-Y-7828",
"d181-ds-allergies-prose_latest-Y-8980",
"d181-ds-allergies-prose_since-L-5530",
"d181-ds-allergies-prose_since-L-6682",
"d181-ds-allergies-prose_since-L-7834",
"d181-ds-allergies-prose_since-L-8986",
"d181-ds-allergies-prose_since-O-5534",
"d181-ds-allergies-prose_since-O-6686",
"d181-ds-allergies-prose_since-O-7838",
"d181-ds-allergies-prose_since-O-8990",
"d181-ds-allergies-prose_since-Y-5532",
"d181-ds-allergies-prose_since-Y-6684",
"d181-ds-allergies-prose_since-Y-7836",
"d181-ds-allergies-prose_since-Y-8988",
"d181-ds-skills-dated-L-5634",
"d181-ds-skills-dated-L-6786",
"d181-ds-skills-dated-L-7938",
"d181-ds-skills-dated-L-9090",
"d181-ds-skills-dated-O-5638",
"d181-ds-skills-dated-O-6790",
"d181-ds-skills-dated-O-7942",
"d181-ds-skills-dated-O-9094",
"d181-ds-skills-dated-Y-5636",
"d181-ds-skills-dated-Y-6788",
"d181-ds-skills-dated-Y-7940",
"d181-ds-skills-dated-Y-9092",
"d181-ds-skills-label-L-7890",
"d181-ds-skills-label-L-9042",
"d181-ds-skills-label-Y-5588",
"d181-ds-skills-label-Y-6740",
"d181-ds-skills-prose_latest-L-5594",
"d181-ds-skills-prose_latest-L-6746",
"d181-ds-skills-prose_latest-L-7898",
"d181-ds-skills-prose_latest-L-9050",
"d181-ds-skills-prose_latest-O-5598",
"d181-ds-skills-prose_latest-O-6750",
"d181-ds-skills-prose_latest-O-7902",
"d181-ds-skills-prose_latest-O-9054",
"d181-ds-skills-prose_latest-Y-5596",
"d181-ds-skills-prose_latest-Y-6748",
"d181-ds-skills-prose_latest-Y-7900",
"d181-ds-skills-prose_latest-Y-9052",
"d181-ds-skills-prose_since-L-5602",
"d181-ds-skills-prose_since-L-6754",
"d181-ds-skills-prose_since-L-9058",
"d181-ds-skills-prose_since-O-5606",
"d181-ds-skills-prose_since-O-6758",
"d181-ds-skills-prose_since-O-9062",
"d181-ds-skills-prose_since-Y-5604",
"d181-ds-skills-prose_since-Y-6756",
"d181-ds-skills-prose_since-Y-7908",
"d181-ds-skills-prose_since-Y-9060",
"d181-ds-tags-dated-L-5706",
"d181-ds-tags-dated-L-6858",
"d181-ds-tags-dated-O-5710",
"d181-ds-tags-dated-O-6862",
"d181-ds-tags-dated-O-8014",
"d181-ds-tags-dated-Y-6860",
"d181-ds-tags-label-Y-5660",
"d181-ds-tags-prose_latest-L-6818",
"d181-ds-tags-prose_latest-L-7970",
"d181-ds-tags-prose_latest-L-9122",
"d181-ds-tags-prose_latest-O-5670",
"d181-ds-tags-prose_latest-O-6822",
"d181-ds-tags-prose_latest-O-7974",
"d181-ds-tags-prose_latest-O-9126",
"d181-ds-tags-prose_since-O-7982",
"d181-ds-tags-prose_since-Y-6828",
"d181-dv-allergies-dated-L-5561",
"d181-dv-allergies-dated-L-5969",
"d181-dv-allergies-dated-L-6257",
"d181-dv-allergies-dated-L-6713",
"d181-dv-allergies-dated-L-7121",
"d181-dv-allergies-dated-L-7409",
"d181-dv-allergies-dated-L-7865",
"d181-dv-allergies-dated-L-8273",
"d181-dv-allergies-dated-L-8561",
"d181-dv-allergies-dated-L-9017",
"d181-dv-allergies-dated-L-9425",
"d181-dv-allergies-dated-L-9713",
"d181-dv-allergies-dated-O-5565",
"d181-dv-allergies-dated-O-5971",
"d181-dv-allergies-dated-O-6259",
"d181-dv-allergies-dated-O-6717",
"d181-dv-allergies-dated-O-7123",
"d181-dv-allergies-dated-O-7411",
"d181-dv-allergies-dated-O-7869",
"d181-dv-allergies-dated-O-8563",
"d181-dv-allergies-dated-O-9021",
"d181-dv-allergies-dated-O-9427",
"d181-dv-allergies-dated-O-9715",
"d181-dv-allergies-dated-Y-5563",
"d181-dv-allergies-dated-Y-5970",
"d181-dv-allergies-dated-Y-6258",
"d181-dv-allergies-dated-Y-6715",
"d181-dv-allergies-dated-Y-7410",
"d181-dv-allergies-dated-Y-7867",
"d181-dv-allergies-dated-Y-8274",
"d181-dv-allergies-dated-Y-8562",
"d181-dv-allergies-dated-Y-9019",
"d181-dv-allergies-dated-Y-9426",
"d181-dv-allergies-dated-Y-9714",
"d181-dv-allergies-label-L-5513",
"d181-dv-allergies-label-L-5945",
"d181-dv-allergies-label-L-6233",
"d181-dv-allergies-label-L-6665",
"d181-dv-allergies-label-L-7385",
"d181-dv-allergies-label-L-8249",
"d181-dv-allergies-label-L-8537",
"d181-dv-allergies-label-L-8969",
"d181-dv-allergies-label-L-9401",
"d181-dv-allergies-label-L-9689",
"d181-dv-allergies-label-Y-5515",
"d181-dv-allergies-label-Y-5946",
"d181-dv-allergies-label-Y-6234",
"d181-dv-allergies-label-Y-6667",
"d181-dv-allergies-label-Y-7098",
"d181-dv-allergies-label-Y-7819",
"d181-dv-allergies-label-Y-8250",
"d181-dv-allergies-label-Y-8971",
"d181-dv-allergies-label-Y-9690",
"d181-dv-allergies-prose_latest-L-5521",
"d181-dv-allergies-prose_latest-L-5949",
"d181-dv-allergies-prose_latest-L-6237",
"d181-dv-allergies-prose_latest-L-6673",
"d181-dv-allergies-prose_latest-L-7101",
"d181-dv-allergies-prose_latest-L-7389",
"d181-dv-allergies-prose_latest-L-7825",
"d181-dv-allergies-prose_latest-L-8253",
"d181-dv-allergies-prose_latest-L-8541",
"d181-dv-allergies-prose_latest-L-8977",
"d181-dv-allergies-prose_latest-L-9405",
"d181-dv-allergies-prose_latest-L-9693",
"d181-dv-allergies-prose_latest-O-5525",
"d181-dv-allergies-prose_latest-O-5951",
"d181-dv-allergies-prose_latest-O-6239",
"d181-dv-allergies-prose_latest-O-6677",
"d181-dv-allergies-prose_latest-O-7103",
"d181-dv-allergies-prose_latest-O-7829",
"d181-dv-allergies-prose_latest-O-8255",
"d181-dv-allergies-prose_latest-O-8543",
"d181-dv-allergies-prose_latest-O-8981",
"d181-dv-allergies-prose_latest-O-9407",
"d181-dv-allergies-prose_latest-O-9695",
"d181-dv-allergies-prose_latest-Y-5523",
"d181-dv-allergies-prose_latest-Y-5950",
"d181-dv-allergies-prose_latest-Y-6238",
"d181-dv-allergies-prose_latest-Y-6675",
"d181-dv-allergies-prose_latest-Y-7102",
"d181-dv-allergies-prose_latest-Y-7390",
"d181-dv-allergies-prose_latest-Y-7827",
"d181-dv-allergies-prose_latest-Y-8254",
"d181-dv-allergies-prose_latest-Y-8542",
"d181-dv-allergies-prose_latest-Y-8979",
"d181-dv-allergies-prose_latest-Y-9406",
"d181-dv-allergies-prose_latest-Y-9694",
"d181-dv-allergies-prose_since-L-5529",
"d181-dv-allergies-prose_since-L-5953",
"d181-dv-allergies-prose_since-L-6241",
"d181-dv-allergies-prose_since-L-6681",
"d181-dv-allergies-prose_since-L-7105",
"d181-dv-allergies-prose_since-L-7393",
"d181-dv-allergies-prose_since-L-7833",
"d181-dv-allergies-prose_since-L-8257",
"d181-dv-allergies-prose_since-L-8545",
"d181-dv-allergies-prose_since-L-8985",
"d181-dv-allergies-prose_since-L-9697",
"d181-dv-allergies-prose_since-O-5533",
"d181-dv-allergies-prose_since-O-5955",
"d181-dv-allergies-prose_since-O-6685",
"d181-dv-allergies-prose_since-O-7107",
"d181-dv-allergies-prose_since-O-7395",
"d181-dv-allergies-prose_since-O-7837",
"d181-dv-allergies-prose_since-O-8259",
"d181-dv-allergies-prose_since-O-8547",
"d181-dv-allergies-prose_since-O-8989",
"d181-dv-allergies-prose_since-O-9411",
"d181-dv-allergies-prose_since-O-9699",
"d181-dv-allergies-prose_since-Y-5531",
"d181-dv-allergies-prose_since-Y-5954",
"d181-dv-allergies-prose_since-Y-6242",
"d181-dv-allergies-prose_since-Y-6683",
"d181-dv-allergies-prose_since-Y-7106",
"d181-dv-allergies-prose_since-Y-7394",
"d181-dv-allergies-prose_since-Y-7835",
"d181-dv-allergies-prose_since-Y-8258",
"d181-dv-allergies-prose_since-Y-8546",
"d181-dv-allergies-prose_since-Y-8987",
"d181-dv-allergies-prose_since-Y-9410",
"d181-dv-allergies-prose_since-Y-9698",
"d181-dv-skills-dated-L-5633",
"d181-dv-skills-dated-L-6005",
"d181-dv-skills-dated-L-6293",
"d181-dv-skills-dated-L-6785",
"d181-dv-skills-dated-L-7157",
"d181-dv-skills-dated-L-7445",
"d181-dv-skills-dated-L-7937",
"d181-dv-skills-dated-L-8309",
"d181-dv-skills-dated-L-8597",
"d181-dv-skills-dated-L-9089",
"d181-dv-skills-dated-L-9749",
"d181-dv-skills-dated-O-5637",
"d181-dv-skills-dated-O-6007",
"d181-dv-skills-dated-O-6295",
"d181-dv-skills-dated-O-6789",
"d181-dv-skills-dated-O-7159",
"d181-dv-skills-dated-O-7447",
"d181-dv-skills-dated-O-7941",
"d181-dv-skills-dated-O-8311",
"d181-dv-skills-dated-O-8599",
"d181-dv-skills-dated-O-9093",
"d181-dv-skills-dated-O-9463",
"d181-dv-skills-dated-O-9751",
"d181-dv-skills-dated-Y-5635",
"d181-dv-skills-dated-Y-6006",
"d181-dv-skills-dated-Y-6294",
"d181-dv-skills-dated-Y-6787",
"d181-dv-skills-dated-Y-7158",
"d181-dv-skills-dated-Y-7446",
"d181-dv-skills-dated-Y-7939",
"d181-dv-skills-dated-Y-8310",
"d181-dv-skills-dated-Y-8598",
"d181-dv-skills-dated-Y-9091",
"d181-dv-skills-dated-Y-9462",
"d181-dv-skills-dated-Y-9750",
"d181-dv-skills-label-L-5981",
"d181-dv-skills-label-L-7421",
"d181-dv-skills-label-L-7889",
"d181-dv-skills-label-L-8285",
"d181-dv-skills-label-L-8573",
"d181-dv-skills-label-L-9041",
"d181-dv-skills-label-L-9437",
"d181-dv-skills-label-L-9725",
"d181-dv-skills-label-Y-5587",
"d181-dv-skills-label-Y-5982",
"d181-dv-skills-label-Y-6270",
"d181-dv-skills-label-Y-6739",
"d181-dv-skills-label-Y-7134",
"d181-dv-skills-label-Y-8286",
"d181-dv-skills-label-Y-9438",
"d181-dv-skills-prose_latest-L-5593",
"d181-dv-skills-prose_latest-L-5985",
"d181-dv-skills-prose_latest-L-6273",
"d181-dv-skills-prose_latest-L-6745",
"d181-dv-skills-prose_latest-L-7137",
"d181-dv-skills-prose_latest-L-7425",
"d181-dv-skills-prose_latest-L-7897",
"d181-dv-skills-prose_latest-L-8289",
"d181-dv-skills-prose_latest-L-8577",
"d181-dv-skills-prose_latest-L-9049",
"d181-dv-skills-prose_latest-L-9441",
"d181-dv-skills-prose_latest-L-9729",
"d181-dv-skills-prose_latest-O-5597",
"d181-dv-skills-prose_latest-O-5987",
"d181-dv-skills-prose_latest-O-6275",
"d181-dv-skills-prose_latest-O-6749",
"d181-dv-skills-prose_latest-O-7139",
"d181-dv-skills-prose_latest-O-7427",
"d181-dv-skills-prose_latest-O-8291",
"d181-dv-skills-prose_latest-O-8579",
"d181-dv-skills-prose_latest-O-9053",
"d181-dv-skills-prose_latest-O-9443",
"d181-dv-skills-prose_latest-O-9731",
"d181-dv-skills-prose_latest-Y-5595",
"d181-dv-skills-prose_latest-Y-5986",
"d181-dv-skills-prose_latest-Y-6274",
"d181-dv-skills-prose_latest-Y-6747",
"d181-dv-skills-prose_latest-Y-7426",
"d181-dv-skills-prose_latest-Y-7899",
"d181-dv-skills-prose_latest-Y-8290",
"d181-dv-skills-prose_latest-Y-8578",
"d181-dv-skills-prose_latest-Y-9051",
"d181-dv-skills-prose_latest-Y-9442",
"d181-dv-skills-prose_latest-Y-9730",
"d181-dv-skills-prose_since-L-5601",
"d181-dv-skills-prose_since-L-5989",
"d181-dv-skills-prose_since-L-6277",
"d181-dv-skills-prose_since-L-6753",
"d181-dv-skills-prose_since-L-7141",
"d181-dv-skills-prose_since-L-7429",
"d181-dv-skills-prose_since-L-8293",
"d181-dv-skills-prose_since-L-8581",
"d181-dv-skills-prose_since-L-9057",
"d181-dv-skills-prose_since-L-9445",
"d181-dv-skills-prose_since-L-9733",
"d181-dv-skills-prose_since-O-5605",
"d181-dv-skills-prose_since-O-5991",
"d181-dv-skills-prose_since-O-6279",
"d181-dv-skills-prose_since-O-6757",
"d181-dv-skills-prose_since-O-7431",
"d181-dv-skills-prose_since-O-8295",
"d181-dv-skills-prose_since-O-8583",
"d181-dv-skills-prose_since-O-9061",
"d181-dv-skills-prose_since-O-9447",
"d181-dv-skills-prose_since-O-9735",
"d181-dv-skills-prose_since-Y-5603",
"d181-dv-skills-prose_since-Y-5990",
"d181-dv-skills-prose_since-Y-6278",
"d181-dv-skills-prose_since-Y-6755",
"d181-dv-skills-prose_since-Y-7142",
"d181-dv-skills-prose_since-Y-7430",
"d181-dv-skills-prose_since-Y-7907",
"d181-dv-skills-prose_since-Y-8294",
"d181-dv-skills-prose_since-Y-8582",
"d181-dv-skills-prose_since-Y-9059",
"d181-dv-skills-prose_since-Y-9446",
"d181-dv-skills-prose_since-Y-9734",
"d181-dv-tags-dated-L-5705",
"d181-dv-tags-dated-L-6041",
"d181-dv-tags-dated-L-6857",
"d181-dv-tags-dated-L-7193",
"d181-dv-tags-dated-L-8633",
"d181-dv-tags-dated-L-9497",
"d181-dv-tags-dated-L-9785",
"d181-dv-tags-dated-O-5709",
"d181-dv-tags-dated-O-6331",
"d181-dv-tags-dated-O-6861",
"d181-dv-tags-dated-O-7195",
"d181-dv-tags-dated-O-8013",
"d181-dv-tags-dated-O-9787",
"d181-dv-tags-dated-Y-6859",
"d181-dv-tags-label-L-6305",
"d181-dv-tags-label-L-7457",
"d181-dv-tags-label-L-9761",
"d181-dv-tags-label-Y-5659",
"d181-dv-tags-label-Y-8322",
"d181-dv-tags-prose_latest-L-6021",
"d181-dv-tags-prose_latest-L-6817",
"d181-dv-tags-prose_latest-L-7969",
"d181-dv-tags-prose_latest-L-8325",
"d181-dv-tags-prose_latest-L-8613",
"d181-dv-tags-prose_latest-L-9121",
"d181-dv-tags-prose_latest-L-9477",
"d181-dv-tags-prose_latest-L-9765",
"d181-dv-tags-prose_latest-O-5669",
"d181-dv-tags-prose_latest-O-6023",
"d181-dv-tags-prose_latest-O-6311",
"d181-dv-tags-prose_latest-O-6821",
"d181-dv-tags-prose_latest-O-7175",
"d181-dv-tags-prose_latest-O-7463",
"d181-dv-tags-prose_latest-O-7973",
"d181-dv-tags-prose_latest-O-9125",
"d181-dv-tags-prose_latest-O-9479",
"d181-dv-tags-prose_latest-O-9767",
"d181-dv-tags-prose_latest-Y-7174",
"d181-dv-tags-prose_latest-Y-7462",
"d181-dv-tags-prose_latest-Y-8326",
"d181-dv-tags-prose_latest-Y-8614",
"d181-dv-tags-prose_latest-Y-9478",
"d181-dv-tags-prose_latest-Y-9766",
"d181-dv-tags-prose_since-L-6025",
"d181-dv-tags-prose_since-L-7465",
"d181-dv-tags-prose_since-L-8329",
"d181-dv-tags-prose_since-L-9481",
"d181-dv-tags-prose_since-O-7467",
"d181-dv-tags-prose_since-O-7981",
"d181-dv-tags-prose_since-O-8619",
"d181-dv-tags-prose_since-O-9483",
"d181-dv-tags-prose_since-O-9771",
"d181-dv-tags-prose_since-Y-6314",
"d181-dv-tags-prose_since-Y-6827",
"d181-dv-tags-prose_since-Y-7466",
"d181-dv-tags-prose_since-Y-8330",
"d181-dv-tags-prose_since-Y-9770",
"d181-ev-allergies-lab-10913",
"d181-ev-allergies-lab-10914",
"d181-ev-allergies-lab-10916",
"d181-ev-allergies-lab-10917",
"d181-ev-allergies-lab-10918",
"d181-ev-allergies-lab-10920",
"d181-ev-allergies-lab-10927",
"d181-ev-allergies-lab-10928",
"d181-ev-allergies-lab-10930",
"d181-ev-allergies-lab-10931",
"d181-ev-allergies-lab-10932",
"d181-ev-allergies-lab-10934",
"d181-ev-allergies-lab-11039",
"d181-ev-allergies-lab-11042",
"d181-ev-allergies-lab-11043",
"d181-ev-allergies-lab-11044",
"d181-ev-allergies-lab-11046",
"d181-ev-allergies-lab-11599",
"d181-ev-allergies-lab-11600",
"d181-ev-allergies-lab-11602",
"d181-ev-allergies-lab-11603",
"d181-ev-allergies-lab-11604",
"d181-ev-allergies-lab-11606",
"d181-ev-allergies-lab-11613",
"d181-ev-allergies-lab-11614",
"d181-ev-allergies-lab-11616",
"d181-ev-allergies-lab-11617",
"d181-ev-allergies-lab-11618",
"d181-ev-allergies-lab-11620",
"d181-ev-allergies-lab-11725",
"d181-ev-allergies-lab-11726",
"d181-ev-allergies-lab-11728",
"d181-ev-allergies-lab-11729",
"d181-ev-allergies-lab-11730",
"d181-ev-allergies-lab-11732",
"d181-ev-allergies-lab-12285",
"d181-ev-allergies-lab-12286",
"d181-ev-allergies-lab-12288",
"d181-ev-allergies-lab-12289",
"d181-ev-allergies-lab-12290",
"d181-ev-allergies-lab-12292",
"d181-ev-allergies-lab-12299",
"d181-ev-allergies-lab-12300",
"d181-ev-allergies-lab-12302",
"d181-ev-allergies-lab-12303",
"d181-ev-allergies-lab-12304",
"d181-ev-allergies-lab-12306",
"d181-ev-allergies-lab-12411",
"d181-ev-allergies-lab-12412",
"d181-ev-allergies-lab-12414",
"d181-ev-allergies-lab-12415",
"d181-ev-allergies-lab-12416",
"d181-ev-allergies-lab-12418",
"d181-ev-allergies-lab-12971",
"d181-ev-allergies-lab-12972",
"d181-ev-allergies-lab-12974",
"d181-ev-allergies-lab-12975",
"d181-ev-allergies-lab-12976",
"d181-ev-allergies-lab-12978",
"d181-ev-allergies-lab-12985",
"d181-ev-allergies-lab-12986",
"d181-ev-allergies-lab-12988",
"d181-ev-allergies-lab-12989",
"d181-ev-allergies-lab-12990",
"d181-ev-allergies-lab-12992",
"d181-ev-allergies-lab-13097",
"d181-ev-allergies-lab-13098",
"d181-ev-allergies-lab-13100",
"d181-ev-allergies-lab-13101",
"d181-ev-allergies-lab-13102",
"d181-ev-allergies-lab-13104",
"d181-ev-allergies-lab-13657",
"d181-ev-allergies-lab-13658",
"d181-ev-allergies-lab-13660",
"d181-ev-allergies-lab-13661",
"d181-ev-allergies-lab-13662",
"d181-ev-allergies-lab-13664",
"d181-ev-allergies-lab-13671",
"d181-ev-allergies-lab-13672",
"d181-ev-allergies-lab-13674",
"d181-ev-allergies-lab-13675",
"d181-ev-allergies-lab-13676",
"d181-ev-allergies-lab-13678",
"d181-ev-allergies-lab-13783",
"d181-ev-allergies-lab-13784",
"d181-ev-allergies-lab-13786",
"d181-ev-allergies-lab-13787",
"d181-ev-allergies-lab-13788",
"d181-ev-allergies-lab-13790",
"d181-ev-allergies-lab-14343",
"d181-ev-allergies-lab-14344",
"d181-ev-allergies-lab-14346",
"d181-ev-allergies-lab-14348",
"d181-ev-allergies-lab-14350",
"d181-ev-allergies-lab-14357",
"d181-ev-allergies-lab-14358",
"d181-ev-allergies-lab-14360",
"d181-ev-allergies-lab-14361",
"d181-ev-allergies-lab-14362",
"d181-ev-allergies-lab-14364",
"d181-ev-allergies-lab-14469",
"d181-ev-allergies-lab-14470",
"d181-ev-allergies-lab-14472",
"d181-ev-allergies-lab-14473",
"d181-ev-allergies-lab-14474",
"d181-ev-allergies-lab-14476",
"d181-ev-certifications-lab-11207",
"d181-ev-certifications-lab-11210",
"d181-ev-certifications-lab-11893",
"d181-ev-certifications-lab-11894",
"d181-ev-certifications-lab-11896",
"d181-ev-certifications-lab-11897",
"d181-ev-certifications-lab-11898",
"d181-ev-certifications-lab-12579",
"d181-ev-certifications-lab-12582",
"d181-ev-certifications-lab-12583",
"d181-ev-certifications-lab-13269",
"d181-ev-certifications-lab-13270",
"d181-ev-certifications-lab-13272",
"d181-ev-certifications-lab-13952",
"d181-ev-certifications-lab-13956",
"d181-ev-certifications-lab-14637",
"d181-ev-certifications-lab-14638",
"d181-ev-certifications-lab-14640",
"d181-ev-medications-lab-11319",
"d181-ev-medications-lab-11320",
"d181-ev-medications-lab-11321",
"d181-ev-medications-lab-11323",
"d181-ev-medications-lab-11324",
"d181-ev-medications-lab-11326",
"d181-ev-medications-lab-12005",
"d181-ev-medications-lab-12006",
"d181-ev-medications-lab-12007",
"d181-ev-medications-lab-12008",
"d181-ev-medications-lab-12009",
"d181-ev-medications-lab-12691",
"d181-ev-medications-lab-12692",
"d181-ev-medications-lab-12696",
"d181-ev-medications-lab-12698",
"d181-ev-medications-lab-13377",
"d181-ev-medications-lab-13380",
"d181-ev-medications-lab-13382",
"d181-ev-medications-lab-13384",
"d181-ev-medications-lab-14063",
"d181-ev-medications-lab-14064",
"d181-ev-medications-lab-14065",
"d181-ev-medications-lab-14067",
"d181-ev-medications-lab-14070",
"d181-ev-medications-lab-14749",
"d181-ev-medications-lab-14751",
"d181-ev-medications-lab-14752",
"d181-ev-medications-lab-14753",
"d181-ev-medications-lab-14754",
"d181-ev-skills-lab-11109",
"d181-ev-skills-lab-11110",
"d181-ev-skills-lab-11112",
"d181-ev-skills-lab-11113",
"d181-ev-skills-lab-11114",
"d181-ev-skills-lab-11116",
"d181-ev-skills-lab-11795",
"d181-ev-skills-lab-11796",
"d181-ev-skills-lab-11798",
"d181-ev-skills-lab-11799",
"d181-ev-skills-lab-11800",
"d181-ev-skills-lab-12481",
"d181-ev-skills-lab-12482",
"d181-ev-skills-lab-12484",
"d181-ev-skills-lab-12485",
"d181-ev-skills-lab-12486",
"d181-ev-skills-lab-12488",
"d181-ev-skills-lab-13167",
"d181-ev-skills-lab-13168",
"d181-ev-skills-lab-13170",
"d181-ev-skills-lab-13171",
"d181-ev-skills-lab-13172",
"d181-ev-skills-lab-13174",
"d181-ev-skills-lab-13853",
"d181-ev-skills-lab-13854",
"d181-ev-skills-lab-13856",
"d181-ev-skills-lab-13857",
"d181-ev-skills-lab-13860",
"d181-ev-skills-lab-14539",
"d181-ev-skills-lab-14540",
"d181-ev-skills-lab-14542",
"d181-ev-skills-lab-14543",
"d181-ev-skills-lab-14546",
"d181-ks-allergies-cancel-15052",
"d181-ks-allergies-cancel-15080",
"d181-ks-allergies-cancel-15563",
"d181-ks-allergies-cancel-15577",
"d181-ks-allergies-cancel-16004",
"d181-ks-allergies-cancel-16018",
"d181-ks-allergies-cancel-16046",
"d181-ks-allergies-label-15541",
"d181-ks-allergies-label-16024",
"d181-ks-allergies-label-16052",
"d181-ks-allergies-label-16479",
"d181-ks-certifications-label-15240",
"d181-ks-certifications-label-15268",
"d181-ks-certifications-label-15282",
"d181-ks-certifications-label-15723",
"d181-ks-certifications-label-16206",
"d181-ks-certifications-label-16248",
"d181-ks-certifications-label-16703",
"d181-ks-certifications-label-16717",
"d181-ks-medications-cancel-15318",
"d181-ks-medications-cancel-15332",
"d181-ks-medications-label-15310",
"d181-ks-medications-label-15324",
"d181-ks-medications-label-15779",
"d181-ks-medications-label-15793",
"d181-ks-medications-label-15821",
"d181-ks-medications-label-16262",
"d181-ks-medications-label-16290",
"d181-ks-medications-label-16787",
"d181-ks-skills-cancel-15136",
"d181-ks-skills-cancel-15164",
"d181-ks-skills-cancel-15647",
"d181-ks-skills-cancel-16116",
"d181-ks-skills-cancel-16571",
"d181-ks-skills-cancel-16585",
"d181-ks-skills-label-15114",
"d181-ks-skills-label-15128",
"d181-ks-skills-label-15156",
"d181-ks-skills-label-15597",
"d181-ks-skills-label-16080",
"d181-ks-skills-label-16094",
"d181-ks-skills-label-16122",
"d181-ks-skills-label-16549",
"d181-ks-skills-label-16605",
"d181-ks-tags-cancel-15661",
"d181-ks-tags-cancel-16158",
"d181-ks-tags-label-15170",
"d181-ks-tags-label-15198",
"d181-ks-tags-label-15681",
"d181-kv-allergies-cancel-15362",
"d181-kv-allergies-cancel-15520",
"d181-kv-allergies-cancel-15576",
"d181-kv-allergies-cancel-16335",
"d181-kv-allergies-cancel-16342",
"d181-kv-allergies-label-15351",
"d181-kv-allergies-label-15372",
"d181-kv-allergies-label-15540",
"d181-kv-allergies-label-15841",
"d181-kv-allergies-label-15848",
"d181-kv-allergies-label-15862",
"d181-kv-allergies-label-16023",
"d181-kv-allergies-label-16051",
"d181-kv-allergies-label-16324",
"d181-kv-allergies-label-16338",
"d181-kv-allergies-label-16345",
"d181-kv-allergies-label-16478",
"d181-kv-allergies-label-16800",
"d181-kv-allergies-label-16814",
"d181-kv-certifications-label-15239",
"d181-kv-certifications-label-15267",
"d181-kv-certifications-label-15281",
"d181-kv-certifications-label-15456",
"d181-kv-certifications-label-15470",
"d181-kv-certifications-label-15722",
"d181-kv-certifications-label-15939",
"d181-kv-certifications-label-15946",
"d181-kv-certifications-label-15960",
"d181-kv-certifications-label-16205",
"d181-kv-certifications-label-16247",
"d181-kv-certifications-label-16702",
"d181-kv-certifications-label-16716",
"d181-kv-certifications-label-16905",
"d181-kv-certifications-label-16926",
"d181-kv-medications-cancel-15331",
"d181-kv-medications-cancel-15502",
"d181-kv-medications-cancel-16454",
"d181-kv-medications-cancel-16468",
"d181-kv-medications-cancel-16475",
"d181-kv-medications-label-15309",
"d181-kv-medications-label-15323",
"d181-kv-medications-label-15484",
"d181-kv-medications-label-15505",
"d181-kv-medications-label-15778",
"d181-kv-medications-label-15792",
"d181-kv-medications-label-15820",
"d181-kv-medications-label-15981",
"d181-kv-medications-label-16261",
"d181-kv-medications-label-16289",
"d181-kv-medications-label-16450",
"d181-kv-medications-label-16457",
"d181-kv-medications-label-16471",
"d181-kv-medications-label-16786",
"d181-kv-medications-label-16933",
"d181-kv-medications-label-16954",
"d181-kv-skills-cancel-15135",
"d181-kv-skills-cancel-15390",
"d181-kv-skills-cancel-15418",
"d181-kv-skills-cancel-15646",
"d181-kv-skills-cancel-15873",
"d181-kv-skills-cancel-16115",
"d181-kv-skills-cancel-16356",
"d181-kv-skills-cancel-16570",
"d181-kv-skills-cancel-16584",
"d181-kv-skills-label-15113",
"d181-kv-skills-label-15155",
"d181-kv-skills-label-15386",
"d181-kv-skills-label-15414",
"d181-kv-skills-label-15596",
"d181-kv-skills-label-15890",
"d181-kv-skills-label-15897",
"d181-kv-skills-label-16079",
"d181-kv-skills-label-16093",
"d181-kv-skills-label-16121",
"d181-kv-skills-label-16352",
"d181-kv-skills-label-16380",
"d181-kv-skills-label-16548",
"d181-kv-skills-label-16604",
"d181-kv-skills-label-16835",
"d181-kv-skills-label-16856",
"d181-kv-tags-cancel-15660",
"d181-kv-tags-cancel-16157",
"d181-kv-tags-cancel-16405",
"d181-kv-tags-label-15169",
"d181-kv-tags-label-15197",
"d181-kv-tags-label-15435",
"d181-kv-tags-label-15680",
"d181-kv-tags-label-16870",
"d181-ls-allergies-addinline-L-2919",
"d181-ls-allergies-addinline-O-3469",
"d181-ls-allergies-addinline-O-4563",
"d181-ls-allergies-addinline-Y-2921",
"d181-ls-allergies-addinline-Y-4009",
"d181-ls-allergies-addline-L-3957",
"d181-ls-skills-addinline-O-4194",
"d181-ls-skills-addline-L-3588",
"d181-ls-skills-addline-Y-4682",
"d181-ls-tags-addline-L-1297",
"d181-lv-allergies-addinline-L-1617",
"d181-lv-allergies-addinline-L-2918",
"d181-lv-allergies-addinline-L-4340",
"d181-lv-allergies-addinline-O-3468",
"d181-lv-allergies-addinline-O-4562",
"d181-lv-allergies-addinline-Y-1618",
"d181-lv-allergies-addinline-Y-2158",
"d181-lv-allergies-addinline-Y-2920",
"d181-lv-allergies-addinline-Y-4008",
"d181-lv-allergies-addline-L-3956",
"d181-lv-skills-addinline-O-3891",
"d181-lv-skills-addinline-O-4193",
"d181-lv-skills-addline-L-2225",
"d181-lv-skills-addline-L-3587",
"d181-lv-skills-addline-Y-4681",
"d181-lv-tags-addline-L-1296",
"d181-ph-date_of_birth-bare-type-93",
"d181-ph-email-bare-optional-63",
"d181-ph-email-bare-type-673",
"d181-ph-phone-bare-optional-631",
"d181-ph-phone-bare-optional-643",
"d181-ph-phone-bare-type-637",
"d181-ph-phone-bare-type-649",
"d181-ph-postcode-bare-optional-231",
"d181-ph-postcode-bare-optional-859",
"d181-ph-postcode-bare-type-545",
"d181-ph-start_date-bare-optional-443",
"d181-pv-phone-bare-type-638",
"d181-pv-phone-bare-type-650",
"d181-pv-postcode-bare-optional-232",
"d181-pv-start_date-bare-optional-120"
])


def r181_classify(p):
    """Arguable unless the added line ties the item to the member by its verb or word, or plainly withdraws it."""
    fam = p["id"].split("-")[1]
    if fam in ("ph", "pv", "pb"):
        return True  # a bare placeholder of the member's kind: a reader may take it as the value
    lines = p["prompt"].rstrip().split("\n")
    tail_ = " ".join(lines[-2:]).split(" | ")[-2:] if "-count-" in p["id"] else [lines[-1].split(" | ")[-1]]
    t = " ".join(tail_).lower().replace("_", " ")
    clear = ["allergic", "reacts to", "skilled", "knows", "trained in", "certified", "certificate", "taking",
             "prescribed", "tagged", "further skills", "further allergies", "more allergies", "more skills",
             "no longer", "outgrown", "discontinued", "stopped", "untagged", "revoked", "medication", "new allergy",
             "new skill", "new tag", "more tags", "extra tag", "further tags"]
    return not any(w in t for w in clear) or "is now also" in t


import os as r181_os  # noqa: E402
r181_arguable = {r181_p["id"] for r181_p in P if r181_p["id"] in r181_found_alone and r181_classify(r181_p)}
# Trimmed for ctest (probe_kit.sample_round), stop 42: the items the round's tester confirmed alone (clear and
# arguable) with the bases their pairs and singles stored first, every 10th safe variant and every 30th of the rest;
# then every arguable item left out.
r181_byc = {}
for r181_p in P:
    if r181_p["id"].startswith("d181-"):
        r181_f = r181_p["id"].split("-")
        r181_byc[(r181_f[1], r181_f[2], int(r181_f[-1]))] = r181_p["id"]
r181_keep = set(r181_found_alone)
for r181_i in r181_found_alone:
    r181_f = r181_i.split("-")
    r181_c = int(r181_f[-1])
    if r181_f[1].endswith("v"):
        r181_keep.add(r181_byc.get((r181_f[1][0] + "b", r181_f[2], r181_c)))
    elif r181_f[1] in ("ds", "ks", "ls"):
        r181_keep.add(r181_byc.get((r181_f[1][0] + "b", r181_f[2], r181_c - 1)))
r181_keep.discard(None)
from probe_kit import sample_round as r181_sample_round  # noqa: E402

r181_sample_round("d181-", r181_keep, 30, safe_every=10)
P[:] = [r181_p for r181_p in P if r181_p["id"] not in r181_arguable]
