r"""Red-team round 182 (black box): LISTS WRITTEN IN ONE STRING, AGAINST THE RULE WRITTEN AFTER ROUND 181 (a string member that
may list things -- its value joins items with "," ";" "and" "&", or its name's last word is a plural -- is not reused when a
changed line that no member's field holds gives a code with digits).
9,996 probes (seeded random.Random(182)): 8,550 pair probes (base + variant), 992 singles (--runs 2), 454 safe.
Part 1 (d182-ab/av-): 14 keys (allergy_list, allergy, medication_info, languages_spoken, diet, skillset, tag, equipment,
  luggage, menu, cargo; controls allergies, skills, tags), one item stored, then a line adding a second: a code or a word,
  under a verb label ("Also allergic to"), a neutral one ("Also", "Auch", "Og"), "Second allergy", "Allergies (cont.)",
  "Added today", "More allergies", "x and E621", beside "Room: 214"; line, one-line, keyed layouts.
Part 2 (d182-fb/fv-): the item added inside the field ("Penicillin, E621", "vip x86", "welding / PRINCE2"), on an indented
  continuation line, under a repeated label, after "&" or ";" at the line's end, a bullet list under the label.
Part 3 (d182-pb/pv-): intro sentences above the first field ("Please note that the patient below is also allergic to E621."),
  "Update:" prose below, a bullet below, e-mail threads (update in the body or the greeting), YAML lists, CSV and pipe tables
  with a second-item column, one-line records, unlabelled pipes; withdrawals ("... was removed from the list", "Ruled out:").
Part 4 (d182-kb/kv-): counts that disagree ("Allergies (2): x", "Number of allergies: 2", "2 allergies: x", "x (1 of 2)").
Part 5 (d182-s-): singles, the model drops the second item (own line, code line, intro sentence, in the field) or adds one
  (the mother's, a ruled-out or removed one, the next record's).
Part 6 (d182-xb/xs-): safe, "Room: 238" -> "Room: 240" / "Booking ref" / "Floor", an intro sentence, doubled blanks.
Part 7 (d182-gb/gv/gs/qb/qs-): 34 keys (singular and list-like English names, camelCase, "_text", "_str", "_csv", Norwegian and
  German plurals) x 14 labels x 22 glued codes; the added line below the field, after "Room:", or above the field.
Part 8 (d182-hb/hv/hs/lb/lv/ls-): verb labels and synonym labels per key; keys in other languages (allergien, allergier,
  alergias, allergie, etiketter, etiquetas, sprachen, ferdigheter) with their own singular in the label, code or word.
Part 9 (d182-rb/rv/rs/rqb/rqs-): realistic codes per domain (E621 for allergies, D3/Q10 for medication, UN1203 for cargo,
  inReach2 for equipment, PCV13 for vaccinations, ES6/PRINCE2 for skills), 4 labels x 4 layouts.
Part 10 (d182-wb/wv-): two items stored joined by "," "/" "+" "og" "und" "·" "|", the code withdrawn by a coded line.
HELD: every English PLURAL key (allergies, skills, tags: 0 of ~240 stored pairs, every label, layout and code); every
  second item that is a WORD or an acronym without digits ("Also allergic to: Latex", "NSAIDs"), for every key; codes that
  start with a digit or hold a hyphen or a space ("2FA", "4K", "B-12", "COX-2", "C1 Italian", "ISO 9001", "Box 2"); Spanish
  plurals ending in -s (alergias, etiquetas); a label holding the member key's own English word ("Allergy 2", "Additional
  cargo", "Medication 2", "Tag 2" for tag_list); every in-field addition (rewritten right or regenerated), continuation
  line, repeated label, bullet list, prose, intro sentence, e-mail, YAML, CSV, table, one-line and count probe (parts 2-4:
  0 from the cache); every withdrawal (part 10, all separators). Keys with a "comma-separated" description, camelCase,
  "_str"/"_csv" suffixes, "allergy_info", "vaccination_record", "languages_spoken", "addon" were never stored. Singles: the
  model's dropped or added item was served FRESH (194 in run 1, 211 in run 2: the checks cannot tell a one-item answer from
  the list) but never stored by its own request. Safe: 180/454 reused; where the base was stored, every non-plural key
  reused its one item across a changed "Room:" line (174/174), plural keys never (0/18: the new rule's cost), and a
  record with "Booking ref: BK123" beside the list was never stored (0/64). Right answers rejected: ~3,600 per run, almost all
  the joined answer ("Penicillin, E102 does not occur in the source text"): a list spread over two lines cannot be answered.
WHAT GOT THROUGH (full round: 1,175 wrong from the cache in run 1 (1 kept on the patch path), 1,192 in run 2; alone (found
  ids + the bases of their pairs, fresh SQLite store, --runs 2): 1,166 in run 1 (434 clear), 1,171 in run 2 (463 clear,
  708 arguable); 1,212 ids over both runs, 477 clear, 735 arguable); every one the stored ONE item served where the text
  now adds a second item, a code glued of letters and digits ("E621", "B12", "D3", "Q10", "UN1203", "x86", "p1", "1203"),
  on a field line of its own:
 (A) CLEAR (477): (1) a list-like ENGLISH name that is no plural (allergy_list, medication_info, medication_list, skillset,
     tag_list, cargo, equipment, luggage, menu) and a label naming the member by a verb or another noun: "Allergies: Kiwi /
     Also allergic to: E102" -> allergy_list "Kiwi" (expected "Kiwi, E102"); "Medication: Warfarin / Room: 280 / Also
     prescribed: D3" -> "Warfarin"; "Medication: Warfarin / Drug 2: B12"; "Cargo: timber / Additional freight: UN1203";
     "Cargo: fish / Also loaded (new): UN1993"; "Tag list: vip / Also tagged: p1"; "Skillset: python / Additional skill:
     S3", "Skill 2: ISO9001", "Competence 2: ES6"; the line above the field too ("Also brings: inReach2 / Equipment: rope").
     (2) a PLURAL in another language: "Allergien: Latex / Room: 281 / Zusätzliche Allergie: E211" -> "Latex"; "Allergier:
     Penicillin / Allergi 2: E211"; "Etiketter: prioritet / Etikett 2: b2b"; "Ferdigheter: truckkjøring / Annen ferdighet: x86";
     Italian "Allergie: Arachidi / Allergia 2: E211" -- even the member's own noun in the label. (3) singles whose text, with another name, got the
     stored one item with the name rewritten (d182-rs/ls/hs/gs-: "Etiketter: faktura / Room: 421 / Etikett 2: q3" ->
     "faktura").
 (B) ARGUABLE (735, r182_arguable): a SINGULAR key (allergy, tag, skill, hobby, vaccination, language, product...: the
     schema may ask for one), a code no reader expects in the domain ("Menu: steak / Second dish: B12", "Cargo: grain /
     Also loaded: K2", CEFR levels as languages), a neutral label ("tags: priority / also: q3", "Allergies: Penicillin /
     Auch: B12", "Extra:", "Added:", "Også:"), or a loose synonym ("Second intolerance", "Reaction 2", "Label 2", "Shot 2").
Set R182_ALONE=1 to generate only r182_found_alone and the bases of their pairs.
Adds its probes to probe_kit.P."""
import json
import random as r182_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r182_random.Random(182)
r182_arguable = set()
r182_pairs, r182_singles, r182_safe = [], [], []
r182_seen = set()
r182_C1 = "bdfgklmnprstvz"
r182_V1 = "aeiou"


def r182_word(k):
    return "".join(R.choice(r182_C1) + R.choice(r182_V1) for _ in range(k))


def r182_nm():
    while True:
        n = r182_word(2).capitalize() + " " + r182_word(2).capitalize() + R.choice(["sen", "berg", "lund", "dal", "vik"])
        if n not in r182_seen:
            r182_seen.add(n)
            return n


def A(o):
    return json.dumps(o, ensure_ascii=False) + "\n"


def r182_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    {"pair": r182_pairs, "single": r182_singles, "safe": r182_safe}[kind].append(id)
    if arg:
        r182_arguable.add(id)


# key, field label in the text, person label, words, codes, verb label (adds one), sentence verb
DOM = [
    ("allergy_list", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Shellfish", "Pollen", "Sesame", "Aspirin", "Kiwi"],
     ["E621", "B12", "E102", "COX-2", "E211"], "Also allergic to", "is also allergic to"),
    ("allergy", "Allergy", "Patient", ["Penicillin", "Latex", "Peanuts", "Shellfish", "Pollen", "Sesame", "Aspirin", "Kiwi"],
     ["E621", "B12", "E102", "COX-2", "E211"], "Also allergic to", "is also allergic to"),
    ("medication_info", "Medication", "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin", "Atorvastatin", "Lisinopril"],
     ["Vitamin D3", "Omega-3", "B12", "Q10"], "Also takes", "also takes"),
    ("languages_spoken", "Languages", "Employee", ["English", "German", "French", "Spanish", "Polish", "Dutch"],
     ["C1 Italian", "B2 Danish"], "Also speaks", "also speaks"),
    ("diet", "Diet", "Guest", ["vegan", "halal", "kosher", "vegetarian", "gluten-free", "lactose-free"],
     ["low-FODMAP 2", "E-free 100"], "Also requires", "also requires"),
    ("skillset", "Skills", "Candidate", ["welding", "python", "forklift", "bookkeeping", "carpentry", "excel"],
     ["PRINCE2", "ISO 9001", "ES6", "C1 English", "AWS S3"], "Also skilled in", "is also skilled in"),
    ("tag", "Tags", "Customer", ["vip", "billing", "refund", "priority", "warranty", "returns"],
     ["x86", "b2b", "q3", "p1", "sla-48"], "Also tagged", "is also tagged"),
    ("equipment", "Equipment", "Hiker", ["tent", "stove", "sleeping bag", "headlamp", "crampons", "rope"],
     ["GPS 66i", "R2 mat", "EN 1078 helmet"], "Also brings", "also brings"),
    ("luggage", "Luggage", "Passenger", ["suitcase", "skis", "golf bag", "backpack", "bicycle", "guitar"],
     ["23kg bag", "Box 2"], "Also checks in", "also checks in"),
    ("menu", "Menu", "Guest", ["salmon", "soup", "steak", "risotto", "salad", "curry"],
     ["Menu 3", "Dessert 2"], "Also ordered", "also ordered"),
    ("cargo", "Cargo", "Shipper", ["timber", "steel coils", "grain", "cement", "paper rolls", "fish"],
     ["UN1203", "UN1993", "Class 3"], "Also loaded", "also loaded"),
    ("allergies", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Shellfish", "Pollen", "Sesame", "Aspirin", "Kiwi"],
     ["E621", "B12", "E102", "COX-2"], "Also allergic to", "is also allergic to"),
    ("skills", "Skills", "Candidate", ["welding", "python", "forklift", "bookkeeping", "carpentry", "excel"],
     ["PRINCE2", "ISO 9001", "ES6"], "Also skilled in", "is also skilled in"),
    ("tags", "Tags", "Customer", ["vip", "billing", "refund", "priority", "warranty", "returns"],
     ["x86", "b2b", "q3", "p1"], "Also tagged", "is also tagged"),
]
ACRO = ["NSAIDs", "MSG", "PVC", "GMO", "SQL", "CPR", "HGV", "ADR"]  # codes without digits


def schema_for(d, pkey, mode):
    key = d[0]
    if mode == 0:
        return S({pkey: "string", key: "string"})
    if mode == 1:
        return S({pkey: "string", key: "string"}, desc={key: "all of them, comma-separated"})
    return S({pkey: "string", key: "string"}, desc={key: d[1]})


def rec(lay, plab, n, lab, val, extra=None):
    """A record: extra is a list of (label, value) lines of no member after the member."""
    extra = extra or []
    if lay == 0:
        return "%s: %s\n%s: %s\n" % (plab, n, lab, val) + "".join("%s: %s\n" % e for e in extra)
    if lay == 1:
        return "%s: %s | %s: %s" % (plab, n, lab, val) + "".join(" | %s: %s" % e for e in extra) + "\n"
    if lay == 2:
        return "%s: %s\n%s: %s\n" % (plab.lower(), n, lab.lower().replace(" ", "_"), val) + \
            "".join("%s: %s\n" % (e[0].lower().replace(" ", "_"), e[1]) for e in extra)
    if lay == 3:
        hs = [plab, lab] + [e[0] for e in extra]
        vs = [n, val] + [e[1] for e in extra]
        return "| " + " | ".join(hs) + " |\n|" + "---|" * len(hs) + "\n| " + " | ".join(vs) + " |\n"
    hs = [plab.lower(), lab.lower()] + [e[0].lower() for e in extra]
    vs = [n, val] + [e[1] for e in extra]
    return ",".join(hs) + "\n" + ",".join('"%s"' % v if "," in v else v for v in vs) + "\n"


INS = ["Extract the %s and the %s as JSON.", "Return %s and %s as a JSON object.",
       "From the record below, extract the %s and the %s as JSON."]

# ------------------------------------------------------------ Part 1: one item stored, a second item on a line of its own
NEUTRAL = ["Also", "Plus", "Extra", "Additionally", "Og", "Auch", "Added", "Further"]
i = 0
for rep in range(2):
    for di, d in enumerate(DOM):
        key, lab, plab, words, codes, vlab, sverb = d
        for how in range(12):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            mode = R.choice([0, 0, 1, 2])
            sch = schema_for(d, pkey, mode)
            x, y = R.sample(words, 2)
            code = R.choice(codes)
            acro = R.choice(ACRO)
            lay = R.choice([0, 0, 1, 2])
            ins = "%s\n\n" % (R.choice(INS) % (pkey, key.replace("_", " ")))
            base = ins + rec(lay, plab, n, lab, x)
            exp = {pkey: n, key: x}
            arg = False
            if how == 0:
                v = ins + rec(lay, plab, n, lab, x, [(vlab, code)]); y2 = code
            elif how == 1:
                v = ins + rec(lay, plab, n, lab, x, [(R.choice(NEUTRAL), code)]); y2 = code; arg = True
            elif how == 2:
                v = ins + rec(lay, plab, n, lab, x, [(vlab, y)]); y2 = y
            elif how == 3:
                v = ins + rec(lay, plab, n, lab, x, [(R.choice(NEUTRAL), y)]); y2 = y; arg = True
            elif how == 4:
                v = ins + rec(lay, plab, n, lab, x, [(vlab, acro)]); y2 = acro
            elif how == 5:
                v = ins + rec(lay, plab, n, lab, x, [("Second " + lab.lower().rstrip("s"), y)]); y2 = y
            elif how == 6:
                v = ins + rec(lay, plab, n, lab, x, [(lab + " (cont.)", y)]); y2 = y
            elif how == 7:
                v = ins + rec(lay, plab, n, lab, x, [("Added " + R.choice(["today", "on 12 May", "later"]), y)]); y2 = y; arg = True
            elif how == 8:
                v = ins + rec(lay, plab, n, lab, x, [(vlab, "%s and %s" % (y, code))]); y2 = "%s, %s" % (y, code)
            elif how == 9:
                v = ins + rec(lay, plab, n, lab, x, [("Room", "%d" % R.randint(100, 499)), (vlab, y)]); y2 = y
            elif how == 10:
                v = ins + rec(lay, plab, n, lab, x, [(vlab + " (new)", code)]); y2 = code
            else:
                v = ins + rec(lay, plab, n, lab, x, [("More " + lab.lower(), y)]); y2 = y
            e2 = {pkey: n, key: "%s, %s" % (x, y2)}
            r182_add("pair", "d182-ab-%d" % i, "r182-addline", base, sch, exp, [A(exp)])
            r182_add("pair", "d182-av-%d" % i, "r182-addline", v, sch, e2, [A(e2)], arg=arg)

# ------------------------------------------------------------ Part 2: an item added inside the field, continuation, repeated label
i = 0
for rep in range(2):
    for di, d in enumerate(DOM):
        key, lab, plab, words, codes, vlab, sverb = d
        for how in range(10):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = schema_for(d, pkey, R.choice([0, 0, 1, 2]))
            x, y = R.sample(words, 2)
            code = R.choice(codes)
            ins = "%s\n\n" % (R.choice(INS) % (pkey, key.replace("_", " ")))
            base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
            exp = {pkey: n, key: x}
            arg = False
            if how == 0:
                t = "%s: %s\n%s: %s, %s\n" % (plab, n, lab, x, code); val = "%s, %s" % (x, code)
            elif how == 1:
                t = "%s: %s\n%s: %s %s\n" % (plab, n, lab, x, code); val = "%s %s" % (x, code); arg = True
            elif how == 2:
                t = "%s: %s\n%s: %s / %s\n" % (plab, n, lab, x, y); val = "%s / %s" % (x, y)
            elif how == 3:
                t = "%s: %s\n%s: %s,\n    %s\n" % (plab, n, lab, x, y); val = "%s, %s" % (x, y)
            elif how == 4:
                t = "%s: %s\n%s: %s\n    %s\n" % (plab, n, lab, x, code); val = "%s, %s" % (x, code)
            elif how == 5:
                t = "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, lab, x, lab, y); val = "%s, %s" % (x, y)
            elif how == 6:
                t = "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, lab, x, lab, code); val = "%s, %s" % (x, code)
            elif how == 7:
                t = "%s: %s\n%s: %s &\n%s\n" % (plab, n, lab, x, y); val = "%s & %s" % (x, y)
            elif how == 8:
                t = "%s: %s\n%s:\n- %s\n- %s\n" % (plab, n, lab, x, y); val = "%s, %s" % (x, y)
                base = ins + "%s: %s\n%s:\n- %s\n" % (plab, n, lab, x)
            else:
                t = "%s: %s\n%s: %s;\n%s\n" % (plab, n, lab, x, code); val = "%s; %s" % (x, code)
            v = ins + t
            e2 = {pkey: n, key: val}
            r182_add("pair", "d182-fb-%d" % i, "r182-infield", base, sch, exp, [A(exp)])
            r182_add("pair", "d182-fv-%d" % i, "r182-infield", v, sch, e2, [A(e2)], arg=arg)

# ------------------------------------------------------------ Part 3: prose, intro sentences, e-mails, YAML, CSV, tables
i = 0
for rep in range(2):
    for di, d in enumerate(DOM):
        key, lab, plab, words, codes, vlab, sverb = d
        for how in range(14):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = schema_for(d, pkey, R.choice([0, 0, 1, 2]))
            x, y = R.sample(words, 2)
            code = R.choice(codes)
            z = R.choice([y, code])
            ins = "%s\n\n" % (R.choice(INS) % (pkey, key.replace("_", " ")))
            first = n.split()[0]
            rr = "%s: %s\n%s: %s\n" % (plab, n, lab, x)
            base = ins + rr
            exp = {pkey: n, key: x}
            arg = False
            val = "%s, %s" % (x, z)
            if how == 0:   # intro sentence above the first field
                v = ins + "Please note that the %s below %s %s.\n%s" % (plab.lower(), sverb, z, rr)
            elif how == 1:
                v = ins + "Good to know before you start: %s %s %s.\n%s" % (first, sverb, z, rr)
            elif how == 2:
                v = ins + "Update from the ward this morning, %s as well.\n%s" % (z, rr) if "allerg" in key else \
                    ins + "Update from the office this morning: add %s to the list below.\n%s" % (z, rr)
            elif how == 3:  # prose below
                v = ins + rr + "Update: %s %s %s.\n" % (first, sverb, z)
            elif how == 4:  # bullet below
                v = ins + rr + "- %s\n" % z; arg = True
            elif how == 5:  # e-mail thread
                base = ins + "From: office@example.no\nSubject: %s\n\nHi,\n\n%s\nRegards,\nDesk\n" % (n, rr)
                v = ins + "From: office@example.no\nSubject: %s\n\nHi,\n\n%s\nUpdate: %s %s %s.\n\nRegards,\nDesk\n" % (n, rr, first, sverb, z)
            elif how == 6:
                base = ins + "From: office@example.no\nSubject: %s\n\nHi,\n\n%s\nRegards,\nDesk\n" % (n, rr)
                v = ins + "From: office@example.no\nSubject: %s\n\nHi, one more thing: %s %s %s.\n\n%s\nRegards,\nDesk\n" % (n, first, sverb, z, rr)
            elif how == 7:  # YAML with list
                base = ins + "%s: %s\n%s:\n  - %s\n" % (pkey, n, key, x)
                v = ins + "%s: %s\n%s:\n  - %s\n  - %s\n" % (pkey, n, key, x, z)
            elif how == 8:  # CSV with a second column
                base = ins + "%s,%s\n%s,%s\n" % (pkey, lab.lower(), n, x)
                v = ins + "%s,%s,%s\n%s,%s,%s\n" % (pkey, lab.lower(), "second " + lab.lower().rstrip("s"), n, x, z)
            elif how == 9:  # pipe table
                base = ins + "| %s | %s |\n|---|---|\n| %s | %s |\n" % (plab, lab, n, x)
                v = ins + "| %s | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (plab, lab, "More " + lab.lower(), n, x, z)
            elif how == 10:  # one-line record
                base = ins + "%s: %s | %s: %s\n" % (plab, n, lab, x)
                v = ins + "%s: %s | %s: %s | %s: %s\n" % (plab, n, lab, x, vlab, z)
            elif how == 11:  # one-line pipes without labels
                base = ins + "%s | %s\n" % (n, x)
                v = ins + "%s | %s | %s\n" % (n, x, z); arg = True
            elif how == 12:  # withdrawn in intro sentence from a 2-item base
                rr2 = "%s: %s\n%s: %s, %s\n" % (plab, n, lab, x, y)
                base = ins + rr2
                exp = {pkey: n, key: "%s, %s" % (x, y)}
                v = ins + "Please note that %s was removed from the list for the %s below.\n%s" % (y, plab.lower(), rr2)
                val = x
            else:  # withdrawn by a field of no member
                rr2 = "%s: %s\n%s: %s, %s\n" % (plab, n, lab, x, y)
                base = ins + rr2
                exp = {pkey: n, key: "%s, %s" % (x, y)}
                v = ins + rr2 + "%s: %s\n" % (R.choice(["Ruled out", "Withdrawn", "Cleared", "Removed"]), y)
                val = x
            e2 = {pkey: n, key: val}
            r182_add("pair", "d182-pb-%d" % i, "r182-prose", base, sch, exp, [A(exp)])
            r182_add("pair", "d182-pv-%d" % i, "r182-prose", v, sch, e2, [A(e2)], arg=arg)

# ------------------------------------------------------------ Part 4: counts that disagree (arguable by nature)
i = 0
for d in DOM:
    key, lab, plab, words, codes, vlab, sverb = d
    for how in range(4):
        i += 1
        n = r182_nm()
        pkey = plab.lower()
        sch = schema_for(d, pkey, 0)
        x, y = R.sample(words, 2)
        ins = "%s\n\n" % (INS[0] % (pkey, key.replace("_", " ")))
        base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
        exp = {pkey: n, key: x}
        if how == 0:
            v = ins + "%s: %s\n%s (2): %s\n" % (plab, n, lab, x)
        elif how == 1:
            v = ins + "%s: %s\n%s: %s\nNumber of %s: 2\n" % (plab, n, lab, x, lab.lower())
        elif how == 2:
            v = ins + "%s: %s\n2 %s: %s\n" % (plab, n, lab.lower(), x)
        else:
            v = ins + "%s: %s\n%s: %s (1 of 2)\n" % (plab, n, lab, x)
        r182_add("pair", "d182-kb-%d" % i, "r182-count", base, sch, exp, [A(exp)])
        # expected unknowable: the text says there are two; we expect the model to answer x anyway. Served x is "right" here;
        # the probe only counts when StepCache serves something else. Marked arguable.
        r182_add("pair", "d182-kv-%d" % i, "r182-count", v, sch, exp, [A(exp)], arg=True)

# ------------------------------------------------------------ Part 5: singles, the model drops or adds an item
i = 0
for rep in range(3):
    for d in DOM:
        key, lab, plab, words, codes, vlab, sverb = d
        for how in range(8):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = schema_for(d, pkey, R.choice([0, 0, 1, 2]))
            x, y, w = R.sample(words, 3)
            code = R.choice(codes)
            ins = "%s\n\n" % (R.choice(INS) % (pkey, key.replace("_", " ")))
            arg = False
            if how == 0:   # second item on its own line, the model drops it
                t = "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, lab, x, vlab, y); ex = "%s, %s" % (x, y); wr = x
            elif how == 1:
                t = "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, lab, x, vlab, code); ex = "%s, %s" % (x, code); wr = x
            elif how == 2:  # intro sentence
                t = "Please note that the %s below %s %s.\n%s: %s\n%s: %s\n" % (plab.lower(), sverb, y, plab, n, lab, x)
                ex = "%s, %s" % (x, y); wr = x
            elif how == 3:  # model adds another person's item
                t = "%s: %s\n%s: %s\nMother's %s: %s\n" % (plab, n, lab, x, lab.lower(), y); ex = x; wr = "%s, %s" % (x, y)
            elif how == 4:  # model adds a ruled-out item
                t = "%s: %s\n%s: %s\nRuled out: %s\n" % (plab, n, lab, x, y); ex = x; wr = "%s, %s" % (x, y)
            elif how == 5:  # model keeps a withdrawn item
                t = "%s: %s\n%s: %s, %s\nRemoved: %s\n" % (plab, n, lab, x, y, y); ex = x; wr = "%s, %s" % (x, y)
            elif how == 6:  # model drops one of the field's items
                t = "%s: %s\n%s: %s, %s\n" % (plab, n, lab, x, y); ex = "%s, %s" % (x, y); wr = x
            else:  # model adds the next record's item
                n2 = r182_nm()
                t = "%s: %s\n%s: %s\n\n%s: %s\n%s: %s, %s\n" % (plab, n, lab, x, plab, n2, lab, y, w)
                ex = x; wr = "%s, %s" % (x, y)
                ins = "%s\n\n" % ("Extract the %s and the %s of %s as JSON." % (pkey, key.replace("_", " "), n))
            e = {pkey: n, key: ex}
            r182_add("single", "d182-s-%d" % i, "r182-single", ins + t, sch, e, [A({pkey: n, key: wr}), A(e), A(e)], arg=arg)

# ------------------------------------------------------------ Part 6: safe, an unrelated coded line changes beside one item
i = 0
for rep in range(2):
    for d in DOM:
        key, lab, plab, words, codes, vlab, sverb = d
        for how in range(3):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = schema_for(d, pkey, R.choice([0, 0, 1, 2]))
            x = R.choice(words)
            ins = "%s\n\n" % (R.choice(INS) % (pkey, key.replace("_", " ")))
            r1, r2 = R.sample(range(100, 500), 2)
            other = R.choice([("Room", "%d", "%d"), ("Booking ref", "BK%d", "BK%d"), ("Floor", "%d", "%d")])
            lay = R.choice([0, 1])
            base = ins + rec(lay, plab, n, lab, x, [(other[0], other[1] % r1)])
            if how == 0:
                v = ins + rec(lay, plab, n, lab, x, [(other[0], other[2] % r2)])
            elif how == 1:
                v = "Please process the following record carefully.\n" + base
                v = ins + "Please process the following record carefully.\n" + rec(lay, plab, n, lab, x, [(other[0], other[1] % r1)])
            else:
                v = ins + rec(lay, plab, n, lab, x, [(other[0], other[1] % r1)]).replace(": ", ":  ")
            exp = {pkey: n, key: x}
            r182_add("pair", "d182-xb-%d" % i, "r182-safe-base", base, sch, exp, [A(exp)])
            r182_add("safe", "d182-xs-%d" % i, "r182-safe", v, sch, exp, [A(exp)])

# ------------------------------------------------------------ Part 7: the hole's edges: a glued code on a line of its own, by the member's name
KEYS = [  # key, label, singular word for labels, plural (for the fix), person label, items
    ("allergy_list", "Allergies", "allergy", False, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("allergy", "Allergy", "allergy", False, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("allergy_info", "Allergy info", "allergy", False, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("allergyList", "Allergies", "allergy", False, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("allergies_text", "Allergies", "allergy", False, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("knownAllergies", "Known allergies", "allergy", True, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("allergier", "Allergier", "allergi", False, "Pasient", ["Penicillin", "Lateks", "Peanøtter", "Sesam", "Kiwi"]),
    ("allergien", "Allergien", "Allergie", False, "Patient", ["Penicillin", "Latex", "Erdnüsse", "Sesam", "Kiwi"]),
    ("medication", "Medication", "medication", False, "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin"]),
    ("medication_info", "Medication", "medication", False, "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin"]),
    ("skillset", "Skills", "skill", False, "Candidate", ["welding", "python", "forklift", "bookkeeping"]),
    ("skill", "Skill", "skill", False, "Candidate", ["welding", "python", "forklift", "bookkeeping"]),
    ("skills_str", "Skills", "skill", False, "Candidate", ["welding", "python", "forklift", "bookkeeping"]),
    ("tag", "Tags", "tag", False, "Customer", ["vip", "billing", "refund", "priority"]),
    ("tag_list", "Tags", "tag", False, "Customer", ["vip", "billing", "refund", "priority"]),
    ("tags_csv", "Tags", "tag", False, "Customer", ["vip", "billing", "refund", "priority"]),
    ("etiketter", "Etiketter", "etikett", False, "Kunde", ["vip", "faktura", "retur", "prioritet"]),
    ("cargo", "Cargo", "cargo", False, "Shipper", ["timber", "steel coils", "grain", "cement"]),
    ("equipment", "Equipment", "equipment", False, "Hiker", ["tent", "stove", "headlamp", "rope"]),
    ("luggage", "Luggage", "luggage", False, "Passenger", ["suitcase", "skis", "backpack", "guitar"]),
    ("menu", "Menu", "dish", False, "Guest", ["salmon", "soup", "steak", "risotto"]),
    ("diet", "Diet", "diet", False, "Guest", ["vegan", "halal", "kosher", "vegetarian"]),
    ("hobby", "Hobbies", "hobby", False, "Member", ["chess", "hiking", "painting", "cycling"]),
    ("language", "Languages", "language", False, "Employee", ["English", "German", "French", "Polish"]),
    ("languages_spoken", "Languages", "language", False, "Employee", ["English", "German", "French", "Polish"]),
    ("product", "Products", "product", False, "Customer", ["Kettle", "Toaster", "Blender", "Stool"]),
    ("vaccination", "Vaccinations", "vaccination", False, "Patient", ["Tetanus", "Measles", "Hepatitis", "Rabies"]),
    ("certification", "Certifications", "certification", False, "Employee", ["forklift", "first aid", "welding"]),
    ("ingredient", "Ingredients", "ingredient", False, "Dish", ["flour", "sugar", "butter", "salt"]),
    ("symptom", "Symptoms", "symptom", False, "Patient", ["fever", "cough", "headache", "nausea"]),
    ("addon", "Add-ons", "add-on", False, "Guest", ["breakfast", "parking", "late checkout", "spa"]),
    ("allergies", "Allergies", "allergy", True, "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame", "Kiwi"]),
    ("tags", "Tags", "tag", True, "Customer", ["vip", "billing", "refund", "priority"]),
    ("skills", "Skills", "skill", True, "Candidate", ["welding", "python", "forklift", "bookkeeping"]),
]
GCODES = ["E621", "B12", "x86", "q3", "p1", "UN1203", "ES6", "K2", "A4", "2FA", "5G", "4K", "3D", "CO2", "D3", "R32",
          "e-621", "B-12", "v2.1", "COX-2", "9001", "1203"]
i = 0
for rep in range(3):
    for kd in KEYS:
        key, lab, sing, plural, plab, items = kd
        for how in range(14):
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = S({pkey: "string", key: "string"}) if rep != 1 else S({pkey: "string", key: "string"}, desc={key: "comma-separated"})
            x = R.choice(items)
            code = GCODES[(i + how) % len(GCODES)]
            ins = "Extract the %s and the %s as JSON.\n\n" % (pkey, key)
            lay = (rep + how) % 3
            arg = False
            extra_lab = ["Also", "Additional %s" % sing, "%s 2" % sing.capitalize(), "Second %s" % sing, "Plus",
                         "Also %s" % lab.lower(), "New %s" % sing, "Extra", "Further %s" % sing, "Også", "Another %s" % sing,
                         "Added", "%s (more)" % lab, "Latest %s" % sing][how]
            arg = extra_lab in ("Also", "Plus", "Extra", "Added", "Også")
            if lay == 0:
                base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
                v = base + "%s: %s\n" % (extra_lab, code)
            elif lay == 1:
                base = ins + "%s: %s\n%s: %s\nRoom: %d\n" % (plab, n, lab, x, R.randint(100, 499))
                v = base + "%s: %s\n" % (extra_lab, code)
            else:
                base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
                v = ins + "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, extra_lab, code, lab, x)  # the added line above the field
            exp = {pkey: n, key: x}
            e2 = {pkey: n, key: "%s, %s" % (x, code)}
            r182_add("pair", "d182-gb-%d" % i, "r182-glued", base, sch, exp, [A(exp)])
            r182_add("pair", "d182-gv-%d" % i, "r182-glued", v, sch, e2, [A(e2)], arg=arg)
            # safe twin: an unrelated coded line changes beside the one item
            if how in (0, 5, 9):
                r1, r2 = R.sample(range(100, 500), 2)
                sb = ins + "%s: %s\n%s: %s\nRoom: %d\n" % (plab, n + "x", lab, x, r1)
                sbv = sb.replace("Room: %d" % r1, "Room: %d" % r2)
                se = {pkey: n + "x", key: x}
                r182_add("pair", "d182-qb-%d" % i, "r182-glued-safe-base", sb, sch, se, [A(se)])
                r182_add("safe", "d182-qs-%d" % i, "r182-glued-safe", sbv, sch, se, [A(se)])
            # single: the model drops the glued code
            if how in (1, 3):
                n2 = r182_nm()
                t = v.replace(n, n2)
                e3 = {pkey: n2, key: "%s, %s" % (x, code)}
                r182_add("single", "d182-gs-%d" % i, "r182-glued-single", t, sch, e3, [A({pkey: n2, key: x}), A(e3), A(e3)], arg=arg)

# ------------------------------------------------------------ Part 8: the hole by label kind: verbs, synonyms, other languages
VKEYS = [  # key, label, person label, items, verb labels, synonym labels (name the member by another noun), plural?
    ("allergy_list", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"],
     ["Also allergic to", "Also reacts to", "Allergic also to", "Further allergic to"], ["Second intolerance", "Reaction 2", "Another sensitivity"], False),
    ("allergy", "Allergy", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"],
     ["Also allergic to", "Also reacts to", "Allergic also to", "Further allergic to"], ["Second intolerance", "Reaction 2", "Another sensitivity"], False),
    ("medication_info", "Medication", "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin"],
     ["Also takes", "Also prescribed", "Further prescribed", "Additionally takes"], ["Drug 2", "Additional medicine", "Second prescription"], False),
    ("skillset", "Skillset", "Candidate", ["welding", "python", "forklift", "bookkeeping"],
     ["Also skilled in", "Also knows", "Also trained in", "Also certified in"], ["Competence 2", "Another ability", "Second qualification"], False),
    ("tag", "Tag", "Customer", ["vip", "billing", "refund", "priority"],
     ["Also tagged", "Tagged also", "Also labelled", "Further tagged"], ["Label 2", "Extra label", "Second marker"], False),
    ("cargo", "Cargo", "Shipper", ["timber", "steel coils", "grain", "cement"],
     ["Also loaded", "Also shipped", "Also carries", "Further loaded"], ["Freight 2", "Second load", "Additional freight"], False),
    ("equipment", "Equipment", "Hiker", ["tent", "stove", "headlamp", "rope"],
     ["Also brings", "Also packed", "Also carries", "Further packed"], ["Gear 2", "Extra gear", "Second kit item"], False),
    ("luggage", "Luggage", "Passenger", ["suitcase", "skis", "backpack", "guitar"],
     ["Also checks in", "Also carries", "Also brings", "Further checked in"], ["Bag 2", "Second bag", "Extra baggage"], False),
    ("menu", "Menu", "Guest", ["salmon", "soup", "steak", "risotto"],
     ["Also ordered", "Also chose", "Ordered also", "Further ordered"], ["Course 2", "Second course", "Extra meal"], False),
    ("diet", "Diet", "Guest", ["vegan", "halal", "kosher", "vegetarian"],
     ["Also requires", "Also needs", "Also follows", "Further requires"], ["Restriction 2", "Second requirement", "Extra restriction"], False),
    ("hobby", "Hobby", "Member", ["chess", "hiking", "painting", "cycling"],
     ["Also enjoys", "Also plays", "Also does", "Further enjoys"], ["Pastime 2", "Second interest", "Another pastime"], False),
    ("vaccination", "Vaccination", "Patient", ["Tetanus", "Measles", "Hepatitis", "Rabies"],
     ["Also vaccinated against", "Also received", "Also given", "Further vaccinated against"], ["Shot 2", "Second jab", "Another shot"], False),
    ("allergies", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"],
     ["Also allergic to", "Also reacts to", "Allergic also to", "Further allergic to"], ["Second intolerance", "Reaction 2", "Another sensitivity"], True),
    ("tags", "Tags", "Customer", ["vip", "billing", "refund", "priority"],
     ["Also tagged", "Tagged also", "Also labelled", "Further tagged"], ["Label 2", "Extra label", "Second marker"], True),
]
LKEYS = [  # other languages: key, label, person label, items, labels naming the member in the singular
    ("allergien", "Allergien", "Patient", ["Penicillin", "Latex", "Erdnüsse", "Sesam"], ["Weitere Allergie", "Allergie 2", "Zusätzliche Allergie", "Auch allergisch gegen"]),
    ("allergier", "Allergier", "Pasient", ["Penicillin", "Lateks", "Peanøtter", "Sesam"], ["Annen allergi", "Allergi 2", "Ytterligere allergi", "Også allergisk mot"]),
    ("alergias", "Alergias", "Paciente", ["Penicilina", "Látex", "Cacahuetes", "Sésamo"], ["Otra alergia", "Alergia 2", "Alergia adicional", "También alérgico a"]),
    ("allergie", "Allergie", "Paziente", ["Penicillina", "Lattice", "Arachidi", "Sesamo"], ["Altra allergia", "Allergia 2", "Allergia aggiuntiva", "Allergico anche a"]),
    ("etiketter", "Etiketter", "Kunde", ["vip", "faktura", "retur", "prioritet"], ["Annen etikett", "Etikett 2", "Ekstra etikett", "Også merket"]),
    ("etiquetas", "Etiquetas", "Cliente", ["vip", "factura", "reembolso", "prioridad"], ["Otra etiqueta", "Etiqueta 2", "Etiqueta adicional", "También etiquetado"]),
    ("sprachen", "Sprachen", "Mitarbeiter", ["Englisch", "Deutsch", "Französisch", "Polnisch"], ["Weitere Sprache", "Sprache 2", "Zusätzliche Sprache", "Spricht auch"]),
    ("ferdigheter", "Ferdigheter", "Kandidat", ["sveising", "python", "truckkjøring", "regnskap"], ["Annen ferdighet", "Ferdighet 2", "Ekstra ferdighet", "Kan også"]),
]
CODES8 = ["E621", "B12", "E102", "E211", "Q10", "D3", "x86", "q3", "p1", "ES6", "UN1203", "UN1993", "A4", "K2", "R32", "CO2", "1203", "9001"]
i = 0
for rep in range(2):
    for kd in VKEYS:
        key, lab, plab, items, verbs, syns, plural = kd
        for li, lbl in enumerate(verbs + syns):
            for lay in range(2):
                i += 1
                n = r182_nm()
                pkey = plab.lower()
                sch = S({pkey: "string", key: "string"})
                x = R.choice(items)
                code = CODES8[(i * 7 + rep) % len(CODES8)]
                ins = "Extract the %s and the %s as JSON.\n\n" % (pkey, key.replace("_", " "))
                if lay == 0:
                    base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
                else:
                    base = ins + "%s: %s\n%s: %s\nRoom: %d\n" % (plab, n, lab, x, R.randint(100, 499))
                v = base + "%s: %s\n" % (lbl, code)
                exp = {pkey: n, key: x}
                e2 = {pkey: n, key: "%s, %s" % (x, code)}
                r182_add("pair", "d182-hb-%d" % i, "r182-verbsyn", base, sch, exp, [A(exp)])
                r182_add("pair", "d182-hv-%d" % i, "r182-verbsyn", v, sch, e2, [A(e2)])
                if lay == 1:
                    n2 = r182_nm()
                    e3 = {pkey: n2, key: "%s, %s" % (x, code)}
                    r182_add("single", "d182-hs-%d" % i, "r182-verbsyn-single", v.replace(n, n2), sch, e3,
                             [A({pkey: n2, key: x}), A(e3), A(e3)])
i = 0
for rep in range(4):
    for kd in LKEYS:
        key, lab, plab, items, labels = kd
        for lbl in labels:
            for word in (0, 1):
                i += 1
                n = r182_nm()
                pkey = plab.lower()
                sch = S({pkey: "string", key: "string"})
                x, y = R.sample(items, 2)
                code = CODES8[(i * 5 + rep) % len(CODES8)] if word == 0 else y
                ins = "Extract the %s and the %s as JSON.\n\n" % (pkey, key)
                base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
                v = base + "%s: %s\n" % (lbl, code)
                exp = {pkey: n, key: x}
                e2 = {pkey: n, key: "%s, %s" % (x, code)}
                r182_add("pair", "d182-lb-%d" % i, "r182-lang", base, sch, exp, [A(exp)])
                r182_add("pair", "d182-lv-%d" % i, "r182-lang", v, sch, e2, [A(e2)])
                if word == 0 and rep < 2:
                    n2 = r182_nm()
                    e3 = {pkey: n2, key: "%s, %s" % (x, code)}
                    r182_add("single", "d182-ls-%d" % i, "r182-lang-single", v.replace(n, n2), sch, e3,
                             [A({pkey: n2, key: x}), A(e3), A(e3)])

# ------------------------------------------------------------ Part 9: realistic codes per domain, list-like names that are no plural
RKEYS = [  # key, label, person label, items, realistic glued codes, labels naming the member (verb or noun), layout text kinds
    ("allergy_list", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"], ["E621", "E102", "E211", "E220", "B12"],
     ["Also allergic to", "Additional allergy", "Allergy 2", "Further allergy"]),
    ("allergy_info", "Allergy info", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"], ["E621", "E102", "E211", "E220", "B12"],
     ["Also allergic to", "Additional allergy", "Allergy 2", "Further allergy"]),
    ("medication_info", "Medication", "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin"], ["B12", "D3", "Q10", "K2", "Omega3"],
     ["Also takes", "Additional medication", "Medication 2", "Also prescribed"]),
    ("medication_list", "Medication", "Patient", ["Metformin", "Ibuprofen", "Warfarin", "Insulin"], ["B12", "D3", "Q10", "K2", "Omega3"],
     ["Also takes", "Additional medication", "Medication 2", "Also prescribed"]),
    ("skillset", "Skillset", "Candidate", ["welding", "python", "forklift", "bookkeeping"], ["ES6", "x86", "PRINCE2", "ISO9001", "S3"],
     ["Also skilled in", "Additional skill", "Skill 2", "Also certified in"]),
    ("tag_list", "Tag list", "Customer", ["vip", "billing", "refund", "priority"], ["x86", "b2b", "q3", "p1", "sla48"],
     ["Also tagged", "Additional tag", "Tag 2", "Further tag"]),
    ("cargo", "Cargo", "Shipper", ["timber", "steel coils", "grain", "cement"], ["UN1203", "UN1993", "UN1170", "R32"],
     ["Also loaded", "Additional cargo", "Cargo 2", "Also shipped"]),
    ("equipment", "Equipment", "Hiker", ["tent", "stove", "headlamp", "rope"], ["GPS66i", "EN1078", "inReach2"],
     ["Also brings", "Additional equipment", "Equipment 2", "Also packed"]),
    ("luggage", "Luggage", "Passenger", ["suitcase", "skis", "backpack", "guitar"], ["Box2", "Bag3", "23kg"],
     ["Also checks in", "Additional luggage", "Luggage 2", "Also brings"]),
    ("menu", "Menu", "Guest", ["salmon", "soup", "steak", "risotto"], ["Menu3", "Dish12", "M4"],
     ["Also ordered", "Additional menu", "Menu 2", "Also chose"]),
    ("vaccination_record", "Vaccinations", "Patient", ["Tetanus", "Measles", "Hepatitis A", "Rabies"], ["PCV13", "HPV9", "MMR2", "Tdap5"],
     ["Also vaccinated against", "Additional vaccination", "Vaccination 2", "Also received"]),
    ("languages_spoken", "Languages spoken", "Employee", ["English", "German", "French", "Polish"], ["C1", "B2"],
     ["Also speaks", "Additional language", "Language 2", "Also fluent in"]),
    ("allergien", "Allergien", "Patient", ["Penicillin", "Latex", "Erdnüsse", "Sesam"], ["E621", "E102", "E211", "B12"],
     ["Auch allergisch gegen", "Weitere Allergie", "Allergie 2", "Zusätzliche Allergie"]),
    ("allergier", "Allergier", "Pasient", ["Penicillin", "Lateks", "Peanøtter", "Sesam"], ["E621", "E102", "E211", "B12"],
     ["Også allergisk mot", "Annen allergi", "Allergi 2", "Ytterligere allergi"]),
    ("etiketter", "Etiketter", "Kunde", ["vip", "faktura", "retur", "prioritet"], ["x86", "b2b", "q3", "p1"],
     ["Også merket", "Annen etikett", "Etikett 2", "Ekstra etikett"]),
    ("allergies", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts", "Sesame"], ["E621", "E102", "E211", "E220", "B12"],
     ["Also allergic to", "Additional allergy", "Allergy 2", "Further allergy"]),
]
i = 0
for rep in range(3):
    for kd in RKEYS:
        key, lab, plab, items, codes, labels = kd
        for lbl in labels:
            for lay in range(4):
                i += 1
                n = r182_nm()
                pkey = plab.lower()
                sch = S({pkey: "string", key: "string"})
                x = R.choice(items)
                code = codes[(i + rep) % len(codes)]
                ins = "Extract the %s and the %s as JSON.\n\n" % (pkey, key.replace("_", " "))
                rm = R.randint(100, 499)
                if lay == 0:
                    base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x); v = base + "%s: %s\n" % (lbl, code)
                elif lay == 1:
                    base = ins + "%s: %s\n%s: %s\nRoom: %d\n" % (plab, n, lab, x, rm); v = base + "%s: %s\n" % (lbl, code)
                elif lay == 2:  # the added field between the name and the member
                    base = ins + "%s: %s\n%s: %s\n" % (plab, n, lab, x)
                    v = ins + "%s: %s\n%s: %s\n%s: %s\n" % (plab, n, lbl, code, lab, x)
                else:  # keyed lines
                    base = ins + "%s: %s\n%s: %s\n" % (pkey, n, lab.lower().replace(" ", "_"), x)
                    v = base + "%s: %s\n" % (lbl.lower().replace(" ", "_"), code)
                exp = {pkey: n, key: x}
                e2 = {pkey: n, key: "%s, %s" % (x, code)}
                r182_add("pair", "d182-rb-%d" % i, "r182-real", base, sch, exp, [A(exp)])
                r182_add("pair", "d182-rv-%d" % i, "r182-real", v, sch, e2, [A(e2)])
                if lay == 1:
                    n2 = r182_nm()
                    e3 = {pkey: n2, key: "%s, %s" % (x, code)}
                    r182_add("single", "d182-rs-%d" % i, "r182-real-single", v.replace(n, n2), sch, e3,
                             [A({pkey: n2, key: x}), A(e3), A(e3)])
                if lay == 0 and rep == 0:  # safe: an unrelated coded line changes
                    sb = ins + "%s: %s\n%s: %s\nBooking ref: BK%d\n" % (plab, n + "e", lab, x, rm)
                    se = {pkey: n + "e", key: x}
                    r182_add("pair", "d182-rqb-%d" % i, "r182-real-safe-base", sb, sch, se, [A(se)])
                    r182_add("safe", "d182-rqs-%d" % i, "r182-real-safe", sb.replace("BK%d" % rm, "BK%d" % (rm + 7)), sch, se, [A(se)])

# ------------------------------------------------------------ Part 10: two items stored, one withdrawn by a coded line; separators the rule may not read
WKEYS = [("allergy_list", "Allergies", "Patient", ["Penicillin", "Latex", "Peanuts"], ["E621", "E102", "B12"], ["Ruled out", "No longer allergic to", "Tested negative for", "Removed"]),
         ("medication_info", "Medication", "Patient", ["Metformin", "Ibuprofen", "Warfarin"], ["B12", "D3", "Q10"], ["Stopped", "No longer takes", "Discontinued", "Removed"]),
         ("skillset", "Skillset", "Candidate", ["welding", "python", "forklift"], ["ES6", "x86", "PRINCE2"], ["Expired", "No longer certified in", "Lapsed", "Removed"]),
         ("cargo", "Cargo", "Shipper", ["timber", "grain", "cement"], ["UN1203", "UN1993", "R32"], ["Unloaded", "No longer carries", "Offloaded", "Removed"]),
         ("allergier", "Allergier", "Pasient", ["Penicillin", "Lateks", "Sesam"], ["E621", "E102", "B12"], ["Avkreftet", "Ikke lenger allergisk mot", "Testet negativ for", "Fjernet"])]
SEPS = [", ", " / ", " + ", " og ", " und ", " · ", " | "]
i = 0
for kd in WKEYS:
    key, lab, plab, items, codes, wl = kd
    for sep in SEPS:
        for w in wl:
            i += 1
            n = r182_nm()
            pkey = plab.lower()
            sch = S({pkey: "string", key: "string"})
            x = R.choice(items); code = R.choice(codes)
            ins = "Extract the %s and the %s as JSON.\n\n" % (pkey, key.replace("_", " "))
            base = ins + "%s: %s\n%s: %s%s%s\n" % (plab, n, lab, x, sep, code)
            v = base + "%s: %s\n" % (w, code)
            exp = {pkey: n, key: "%s%s%s" % (x, sep, code)}
            e2 = {pkey: n, key: x}
            r182_add("pair", "d182-wb-%d" % i, "r182-withdraw", base, sch, exp, [A(exp)])
            r182_add("pair", "d182-wv-%d" % i, "r182-withdraw", v, sch, e2, [A(e2)], arg=(w in ("Removed", "Fjernet")))

r182_found_alone = {
    'd182-av-1', 'd182-av-2', 'd182-av-35', 'd182-av-61', 'd182-av-73', 'd182-av-74',
    'd182-av-83', 'd182-av-121', 'd182-av-131', 'd182-av-169', 'd182-av-181', 'd182-av-203',
    'd182-av-290', 'd182-av-299', 'd182-gs-86', 'd182-gs-88', 'd182-gs-100', 'd182-gs-226',
    'd182-gs-284', 'd182-gs-1038', 'd182-gs-1054', 'd182-gs-1178', 'd182-gs-1234', 'd182-gs-1236',
    'd182-gv-1', 'd182-gv-8', 'd182-gv-12', 'd182-gv-15', 'd182-gv-22', 'd182-gv-26',
    'd182-gv-29', 'd182-gv-36', 'd182-gv-38', 'd182-gv-40', 'd182-gv-57', 'd182-gv-64',
    'd182-gv-68', 'd182-gv-86', 'd182-gv-87', 'd182-gv-88', 'd182-gv-93', 'd182-gv-94',
    'd182-gv-98', 'd182-gv-100', 'd182-gv-101', 'd182-gv-105', 'd182-gv-106', 'd182-gv-107',
    'd182-gv-108', 'd182-gv-112', 'd182-gv-113', 'd182-gv-122', 'd182-gv-124', 'd182-gv-136',
    'd182-gv-155', 'd182-gv-162', 'd182-gv-166', 'd182-gv-183', 'd182-gv-190', 'd182-gv-192',
    'd182-gv-194', 'd182-gv-197', 'd182-gv-204', 'd182-gv-208', 'd182-gv-225', 'd182-gv-226',
    'd182-gv-233', 'd182-gv-234', 'd182-gv-235', 'd182-gv-236', 'd182-gv-248', 'd182-gv-260',
    'd182-gv-262', 'd182-gv-267', 'd182-gv-276', 'd182-gv-278', 'd182-gv-284', 'd182-gv-287',
    'd182-gv-290', 'd182-gv-291', 'd182-gv-294', 'd182-gv-302', 'd182-gv-304', 'd182-gv-309',
    'd182-gv-316', 'd182-gv-320', 'd182-gv-323', 'd182-gv-330', 'd182-gv-334', 'd182-gv-351',
    'd182-gv-358', 'd182-gv-362', 'd182-gv-365', 'd182-gv-372', 'd182-gv-376', 'd182-gv-379',
    'd182-gv-388', 'd182-gv-390', 'd182-gv-402', 'd182-gv-414', 'd182-gv-416', 'd182-gv-953',
    'd182-gv-960', 'd182-gv-962', 'd182-gv-964', 'd182-gv-967', 'd182-gv-974', 'd182-gv-978',
    'd182-gv-981', 'd182-gv-988', 'd182-gv-992', 'd182-gv-1018', 'd182-gv-1037', 'd182-gv-1038',
    'd182-gv-1039', 'd182-gv-1043', 'd182-gv-1046', 'd182-gv-1047', 'd182-gv-1048', 'd182-gv-1050',
    'd182-gv-1054', 'd182-gv-1057', 'd182-gv-1060', 'd182-gv-1061', 'd182-gv-1064', 'd182-gv-1072',
    'd182-gv-1074', 'd182-gv-1079', 'd182-gv-1086', 'd182-gv-1090', 'd182-gv-1107', 'd182-gv-1114',
    'd182-gv-1116', 'd182-gv-1118', 'd182-gv-1135', 'd182-gv-1142', 'd182-gv-1146', 'd182-gv-1149',
    'd182-gv-1158', 'd182-gv-1160', 'd182-gv-1178', 'd182-gv-1179', 'd182-gv-1183', 'd182-gv-1184',
    'd182-gv-1185', 'd182-gv-1186', 'd182-gv-1190', 'd182-gv-1191', 'd182-gv-1200', 'd182-gv-1202',
    'd182-gv-1214', 'd182-gv-1226', 'd182-gv-1228', 'd182-gv-1233', 'd182-gv-1234', 'd182-gv-1235',
    'd182-gv-1236', 'd182-gv-1239', 'd182-gv-1240', 'd182-gv-1243', 'd182-gv-1244', 'd182-gv-1246',
    'd182-gv-1247', 'd182-gv-1254', 'd182-gv-1258', 'd182-gv-1261', 'd182-gv-1268', 'd182-gv-1270',
    'd182-gv-1272', 'd182-gv-1275', 'd182-gv-1282', 'd182-gv-1286', 'd182-gv-1303', 'd182-gv-1312',
    'd182-gv-1314', 'd182-gv-1326', 'd182-gv-1338', 'd182-gv-1340', 'd182-gv-1345', 'd182-gv-1354',
    'd182-gv-1356', 'd182-gv-1368', 'd182-hs-2', 'd182-hs-4', 'd182-hs-6', 'd182-hs-8',
    'd182-hs-10', 'd182-hs-12', 'd182-hs-14', 'd182-hs-16', 'd182-hs-18', 'd182-hs-20',
    'd182-hs-22', 'd182-hs-24', 'd182-hs-26', 'd182-hs-28', 'd182-hs-30', 'd182-hs-32',
    'd182-hs-34', 'd182-hs-36', 'd182-hs-38', 'd182-hs-40', 'd182-hs-42', 'd182-hs-44',
    'd182-hs-46', 'd182-hs-48', 'd182-hs-50', 'd182-hs-52', 'd182-hs-54', 'd182-hs-56',
    'd182-hs-58', 'd182-hs-60', 'd182-hs-62', 'd182-hs-64', 'd182-hs-66', 'd182-hs-68',
    'd182-hs-70', 'd182-hs-72', 'd182-hs-74', 'd182-hs-76', 'd182-hs-78', 'd182-hs-80',
    'd182-hs-82', 'd182-hs-84', 'd182-hs-86', 'd182-hs-88', 'd182-hs-90', 'd182-hs-92',
    'd182-hs-94', 'd182-hs-96', 'd182-hs-98', 'd182-hs-100', 'd182-hs-102', 'd182-hs-104',
    'd182-hs-106', 'd182-hs-108', 'd182-hs-110', 'd182-hs-112', 'd182-hs-114', 'd182-hs-116',
    'd182-hs-118', 'd182-hs-120', 'd182-hs-122', 'd182-hs-124', 'd182-hs-126', 'd182-hs-128',
    'd182-hs-130', 'd182-hs-132', 'd182-hs-134', 'd182-hs-138', 'd182-hs-140', 'd182-hs-142',
    'd182-hs-144', 'd182-hs-146', 'd182-hs-148', 'd182-hs-150', 'd182-hs-152', 'd182-hs-154',
    'd182-hs-156', 'd182-hs-158', 'd182-hs-160', 'd182-hs-162', 'd182-hs-164', 'd182-hs-166',
    'd182-hs-168', 'd182-hs-172', 'd182-hs-190', 'd182-hs-198', 'd182-hs-200', 'd182-hs-202',
    'd182-hs-204', 'd182-hs-206', 'd182-hs-210', 'd182-hs-212', 'd182-hs-214', 'd182-hs-216',
    'd182-hs-218', 'd182-hs-220', 'd182-hs-222', 'd182-hs-224', 'd182-hs-226', 'd182-hs-228',
    'd182-hs-230', 'd182-hs-232', 'd182-hs-234', 'd182-hs-236', 'd182-hs-238', 'd182-hs-240',
    'd182-hs-242', 'd182-hs-244', 'd182-hs-246', 'd182-hs-248', 'd182-hs-250', 'd182-hs-252',
    'd182-hs-254', 'd182-hs-256', 'd182-hs-258', 'd182-hs-260', 'd182-hs-264', 'd182-hs-266',
    'd182-hs-268', 'd182-hs-270', 'd182-hs-272', 'd182-hs-274', 'd182-hs-276', 'd182-hs-278',
    'd182-hs-280', 'd182-hs-282', 'd182-hs-284', 'd182-hs-286', 'd182-hs-288', 'd182-hs-290',
    'd182-hs-292', 'd182-hs-294', 'd182-hs-296', 'd182-hs-298', 'd182-hs-300', 'd182-hs-302',
    'd182-hs-304', 'd182-hs-306', 'd182-hs-308', 'd182-hs-310', 'd182-hs-312', 'd182-hs-314',
    'd182-hs-316', 'd182-hs-318', 'd182-hs-320', 'd182-hs-322', 'd182-hs-324', 'd182-hs-326',
    'd182-hs-328', 'd182-hs-330', 'd182-hs-332', 'd182-hs-334', 'd182-hs-336', 'd182-hs-338',
    'd182-hs-340', 'd182-hs-342', 'd182-hs-344', 'd182-hs-346', 'd182-hs-348', 'd182-hs-350',
    'd182-hs-352', 'd182-hs-354', 'd182-hs-356', 'd182-hs-358', 'd182-hs-360', 'd182-hs-362',
    'd182-hs-364', 'd182-hs-370', 'd182-hv-1', 'd182-hv-2', 'd182-hv-3', 'd182-hv-4',
    'd182-hv-5', 'd182-hv-6', 'd182-hv-7', 'd182-hv-8', 'd182-hv-9', 'd182-hv-10',
    'd182-hv-11', 'd182-hv-12', 'd182-hv-13', 'd182-hv-14', 'd182-hv-15', 'd182-hv-16',
    'd182-hv-17', 'd182-hv-18', 'd182-hv-19', 'd182-hv-20', 'd182-hv-21', 'd182-hv-22',
    'd182-hv-23', 'd182-hv-24', 'd182-hv-25', 'd182-hv-26', 'd182-hv-27', 'd182-hv-28',
    'd182-hv-29', 'd182-hv-30', 'd182-hv-31', 'd182-hv-32', 'd182-hv-33', 'd182-hv-34',
    'd182-hv-35', 'd182-hv-36', 'd182-hv-37', 'd182-hv-38', 'd182-hv-39', 'd182-hv-40',
    'd182-hv-41', 'd182-hv-42', 'd182-hv-43', 'd182-hv-44', 'd182-hv-45', 'd182-hv-46',
    'd182-hv-47', 'd182-hv-48', 'd182-hv-49', 'd182-hv-50', 'd182-hv-51', 'd182-hv-52',
    'd182-hv-53', 'd182-hv-54', 'd182-hv-55', 'd182-hv-56', 'd182-hv-57', 'd182-hv-58',
    'd182-hv-59', 'd182-hv-60', 'd182-hv-61', 'd182-hv-62', 'd182-hv-63', 'd182-hv-64',
    'd182-hv-65', 'd182-hv-66', 'd182-hv-67', 'd182-hv-68', 'd182-hv-69', 'd182-hv-70',
    'd182-hv-71', 'd182-hv-72', 'd182-hv-73', 'd182-hv-74', 'd182-hv-75', 'd182-hv-76',
    'd182-hv-77', 'd182-hv-78', 'd182-hv-79', 'd182-hv-80', 'd182-hv-81', 'd182-hv-82',
    'd182-hv-83', 'd182-hv-84', 'd182-hv-85', 'd182-hv-86', 'd182-hv-87', 'd182-hv-88',
    'd182-hv-89', 'd182-hv-90', 'd182-hv-91', 'd182-hv-92', 'd182-hv-93', 'd182-hv-94',
    'd182-hv-95', 'd182-hv-96', 'd182-hv-97', 'd182-hv-98', 'd182-hv-99', 'd182-hv-100',
    'd182-hv-101', 'd182-hv-102', 'd182-hv-103', 'd182-hv-104', 'd182-hv-105', 'd182-hv-106',
    'd182-hv-107', 'd182-hv-108', 'd182-hv-109', 'd182-hv-110', 'd182-hv-111', 'd182-hv-112',
    'd182-hv-113', 'd182-hv-114', 'd182-hv-115', 'd182-hv-116', 'd182-hv-117', 'd182-hv-118',
    'd182-hv-119', 'd182-hv-120', 'd182-hv-121', 'd182-hv-122', 'd182-hv-123', 'd182-hv-124',
    'd182-hv-125', 'd182-hv-126', 'd182-hv-127', 'd182-hv-128', 'd182-hv-129', 'd182-hv-130',
    'd182-hv-131', 'd182-hv-132', 'd182-hv-133', 'd182-hv-134', 'd182-hv-135', 'd182-hv-137',
    'd182-hv-138', 'd182-hv-139', 'd182-hv-140', 'd182-hv-141', 'd182-hv-142', 'd182-hv-143',
    'd182-hv-144', 'd182-hv-145', 'd182-hv-146', 'd182-hv-147', 'd182-hv-148', 'd182-hv-150',
    'd182-hv-151', 'd182-hv-152', 'd182-hv-153', 'd182-hv-154', 'd182-hv-155', 'd182-hv-156',
    'd182-hv-157', 'd182-hv-158', 'd182-hv-159', 'd182-hv-160', 'd182-hv-161', 'd182-hv-162',
    'd182-hv-163', 'd182-hv-164', 'd182-hv-165', 'd182-hv-166', 'd182-hv-167', 'd182-hv-168',
    'd182-hv-172', 'd182-hv-190', 'd182-hv-197', 'd182-hv-198', 'd182-hv-199', 'd182-hv-200',
    'd182-hv-201', 'd182-hv-202', 'd182-hv-203', 'd182-hv-204', 'd182-hv-205', 'd182-hv-206',
    'd182-hv-207', 'd182-hv-209', 'd182-hv-210', 'd182-hv-211', 'd182-hv-212', 'd182-hv-213',
    'd182-hv-214', 'd182-hv-215', 'd182-hv-216', 'd182-hv-217', 'd182-hv-218', 'd182-hv-219',
    'd182-hv-220', 'd182-hv-221', 'd182-hv-222', 'd182-hv-223', 'd182-hv-224', 'd182-hv-225',
    'd182-hv-226', 'd182-hv-227', 'd182-hv-228', 'd182-hv-229', 'd182-hv-230', 'd182-hv-231',
    'd182-hv-232', 'd182-hv-233', 'd182-hv-234', 'd182-hv-235', 'd182-hv-236', 'd182-hv-237',
    'd182-hv-238', 'd182-hv-239', 'd182-hv-240', 'd182-hv-241', 'd182-hv-242', 'd182-hv-243',
    'd182-hv-244', 'd182-hv-245', 'd182-hv-246', 'd182-hv-247', 'd182-hv-248', 'd182-hv-249',
    'd182-hv-250', 'd182-hv-251', 'd182-hv-252', 'd182-hv-253', 'd182-hv-254', 'd182-hv-255',
    'd182-hv-256', 'd182-hv-257', 'd182-hv-258', 'd182-hv-259', 'd182-hv-260', 'd182-hv-261',
    'd182-hv-263', 'd182-hv-264', 'd182-hv-265', 'd182-hv-266', 'd182-hv-267', 'd182-hv-268',
    'd182-hv-269', 'd182-hv-270', 'd182-hv-271', 'd182-hv-272', 'd182-hv-273', 'd182-hv-274',
    'd182-hv-275', 'd182-hv-276', 'd182-hv-277', 'd182-hv-278', 'd182-hv-279', 'd182-hv-280',
    'd182-hv-281', 'd182-hv-282', 'd182-hv-283', 'd182-hv-284', 'd182-hv-285', 'd182-hv-286',
    'd182-hv-287', 'd182-hv-288', 'd182-hv-289', 'd182-hv-290', 'd182-hv-291', 'd182-hv-292',
    'd182-hv-293', 'd182-hv-294', 'd182-hv-295', 'd182-hv-296', 'd182-hv-297', 'd182-hv-298',
    'd182-hv-299', 'd182-hv-300', 'd182-hv-301', 'd182-hv-302', 'd182-hv-304', 'd182-hv-305',
    'd182-hv-306', 'd182-hv-307', 'd182-hv-308', 'd182-hv-309', 'd182-hv-310', 'd182-hv-311',
    'd182-hv-312', 'd182-hv-313', 'd182-hv-314', 'd182-hv-315', 'd182-hv-316', 'd182-hv-317',
    'd182-hv-318', 'd182-hv-319', 'd182-hv-320', 'd182-hv-321', 'd182-hv-322', 'd182-hv-323',
    'd182-hv-324', 'd182-hv-325', 'd182-hv-326', 'd182-hv-327', 'd182-hv-328', 'd182-hv-329',
    'd182-hv-330', 'd182-hv-331', 'd182-hv-332', 'd182-hv-333', 'd182-hv-334', 'd182-hv-335',
    'd182-hv-336', 'd182-hv-337', 'd182-hv-338', 'd182-hv-339', 'd182-hv-340', 'd182-hv-341',
    'd182-hv-342', 'd182-hv-343', 'd182-hv-344', 'd182-hv-345', 'd182-hv-346', 'd182-hv-347',
    'd182-hv-348', 'd182-hv-349', 'd182-hv-350', 'd182-hv-351', 'd182-hv-352', 'd182-hv-353',
    'd182-hv-354', 'd182-hv-355', 'd182-hv-356', 'd182-hv-357', 'd182-hv-358', 'd182-hv-359',
    'd182-hv-360', 'd182-hv-361', 'd182-hv-362', 'd182-hv-363', 'd182-hv-364', 'd182-hv-370',
    'd182-ls-1', 'd182-ls-3', 'd182-ls-5', 'd182-ls-7', 'd182-ls-9', 'd182-ls-11',
    'd182-ls-13', 'd182-ls-15', 'd182-ls-25', 'd182-ls-27', 'd182-ls-29', 'd182-ls-31',
    'd182-ls-33', 'd182-ls-35', 'd182-ls-37', 'd182-ls-39', 'd182-ls-49', 'd182-ls-51',
    'd182-ls-53', 'd182-ls-55', 'd182-ls-57', 'd182-ls-59', 'd182-ls-61', 'd182-ls-63',
    'd182-ls-65', 'd182-ls-67', 'd182-ls-69', 'd182-ls-71', 'd182-ls-73', 'd182-ls-77',
    'd182-ls-79', 'd182-ls-89', 'd182-ls-91', 'd182-ls-93', 'd182-ls-95', 'd182-ls-97',
    'd182-ls-99', 'd182-ls-101', 'd182-ls-103', 'd182-ls-113', 'd182-ls-115', 'd182-ls-117',
    'd182-ls-119', 'd182-ls-121', 'd182-ls-123', 'd182-ls-125', 'd182-ls-127', 'd182-lv-1',
    'd182-lv-3', 'd182-lv-5', 'd182-lv-7', 'd182-lv-9', 'd182-lv-11', 'd182-lv-13',
    'd182-lv-15', 'd182-lv-25', 'd182-lv-27', 'd182-lv-29', 'd182-lv-31', 'd182-lv-33',
    'd182-lv-35', 'd182-lv-37', 'd182-lv-39', 'd182-lv-49', 'd182-lv-51', 'd182-lv-53',
    'd182-lv-55', 'd182-lv-57', 'd182-lv-59', 'd182-lv-61', 'd182-lv-63', 'd182-lv-65',
    'd182-lv-67', 'd182-lv-69', 'd182-lv-71', 'd182-lv-73', 'd182-lv-77', 'd182-lv-79',
    'd182-lv-89', 'd182-lv-91', 'd182-lv-93', 'd182-lv-95', 'd182-lv-97', 'd182-lv-99',
    'd182-lv-101', 'd182-lv-103', 'd182-lv-113', 'd182-lv-115', 'd182-lv-117', 'd182-lv-119',
    'd182-lv-121', 'd182-lv-123', 'd182-lv-125', 'd182-lv-127', 'd182-lv-129', 'd182-lv-131',
    'd182-lv-133', 'd182-lv-135', 'd182-lv-137', 'd182-lv-139', 'd182-lv-141', 'd182-lv-143',
    'd182-lv-153', 'd182-lv-155', 'd182-lv-157', 'd182-lv-159', 'd182-lv-161', 'd182-lv-163',
    'd182-lv-165', 'd182-lv-167', 'd182-lv-177', 'd182-lv-179', 'd182-lv-181', 'd182-lv-183',
    'd182-lv-185', 'd182-lv-187', 'd182-lv-189', 'd182-lv-191', 'd182-lv-193', 'd182-lv-195',
    'd182-lv-197', 'd182-lv-199', 'd182-lv-201', 'd182-lv-203', 'd182-lv-205', 'd182-lv-207',
    'd182-lv-217', 'd182-lv-219', 'd182-lv-221', 'd182-lv-223', 'd182-lv-225', 'd182-lv-227',
    'd182-lv-229', 'd182-lv-231', 'd182-lv-241', 'd182-lv-243', 'd182-lv-245', 'd182-lv-247',
    'd182-lv-249', 'd182-lv-253', 'd182-lv-255', 'd182-rs-2', 'd182-rs-34', 'd182-rs-46',
    'd182-rs-62', 'd182-rs-66', 'd182-rs-70', 'd182-rs-74', 'd182-rs-78', 'd182-rs-82',
    'd182-rs-98', 'd182-rs-110', 'd182-rs-114', 'd182-rs-126', 'd182-rs-130', 'd182-rs-142',
    'd182-rs-146', 'd182-rs-158', 'd182-rs-178', 'd182-rs-190', 'd182-rs-194', 'd182-rs-198',
    'd182-rs-202', 'd182-rs-206', 'd182-rs-210', 'd182-rs-214', 'd182-rs-218', 'd182-rs-222',
    'd182-rs-226', 'd182-rs-230', 'd182-rs-234', 'd182-rs-238', 'd182-rs-258', 'd182-rs-290',
    'd182-rs-302', 'd182-rs-306', 'd182-rs-318', 'd182-rs-322', 'd182-rs-326', 'd182-rs-330',
    'd182-rs-334', 'd182-rs-338', 'd182-rs-354', 'd182-rs-366', 'd182-rs-370', 'd182-rs-382',
    'd182-rs-386', 'd182-rs-398', 'd182-rs-402', 'd182-rs-414', 'd182-rs-434', 'd182-rs-446',
    'd182-rs-450', 'd182-rs-454', 'd182-rs-458', 'd182-rs-462', 'd182-rs-466', 'd182-rs-470',
    'd182-rs-474', 'd182-rs-478', 'd182-rs-482', 'd182-rs-486', 'd182-rs-490', 'd182-rs-494',
    'd182-rs-514', 'd182-rs-546', 'd182-rs-558', 'd182-rs-562', 'd182-rs-574', 'd182-rs-578',
    'd182-rs-582', 'd182-rs-586', 'd182-rs-590', 'd182-rs-594', 'd182-rs-610', 'd182-rs-622',
    'd182-rs-626', 'd182-rs-638', 'd182-rs-658', 'd182-rs-670', 'd182-rs-690', 'd182-rs-702',
    'd182-rs-706', 'd182-rs-710', 'd182-rs-714', 'd182-rs-718', 'd182-rs-722', 'd182-rs-726',
    'd182-rs-730', 'd182-rs-734', 'd182-rs-738', 'd182-rs-742', 'd182-rs-746', 'd182-rs-750',
    'd182-rv-1', 'd182-rv-2', 'd182-rv-3', 'd182-rv-33', 'd182-rv-34', 'd182-rv-35',
    'd182-rv-36', 'd182-rv-45', 'd182-rv-46', 'd182-rv-47', 'd182-rv-51', 'd182-rv-52',
    'd182-rv-61', 'd182-rv-62', 'd182-rv-63', 'd182-rv-64', 'd182-rv-65', 'd182-rv-66',
    'd182-rv-67', 'd182-rv-68', 'd182-rv-69', 'd182-rv-70', 'd182-rv-71', 'd182-rv-73',
    'd182-rv-74', 'd182-rv-75', 'd182-rv-77', 'd182-rv-78', 'd182-rv-79', 'd182-rv-81',
    'd182-rv-82', 'd182-rv-83', 'd182-rv-97', 'd182-rv-98', 'd182-rv-99', 'd182-rv-109',
    'd182-rv-110', 'd182-rv-111', 'd182-rv-113', 'd182-rv-114', 'd182-rv-115', 'd182-rv-125',
    'd182-rv-126', 'd182-rv-127', 'd182-rv-129', 'd182-rv-130', 'd182-rv-141', 'd182-rv-142',
    'd182-rv-145', 'd182-rv-146', 'd182-rv-147', 'd182-rv-157', 'd182-rv-158', 'd182-rv-159',
    'd182-rv-177', 'd182-rv-178', 'd182-rv-179', 'd182-rv-189', 'd182-rv-190', 'd182-rv-191',
    'd182-rv-193', 'd182-rv-194', 'd182-rv-195', 'd182-rv-197', 'd182-rv-198', 'd182-rv-199',
    'd182-rv-201', 'd182-rv-202', 'd182-rv-203', 'd182-rv-205', 'd182-rv-206', 'd182-rv-207',
    'd182-rv-209', 'd182-rv-210', 'd182-rv-211', 'd182-rv-212', 'd182-rv-213', 'd182-rv-214',
    'd182-rv-215', 'd182-rv-216', 'd182-rv-217', 'd182-rv-218', 'd182-rv-219', 'd182-rv-221',
    'd182-rv-222', 'd182-rv-223', 'd182-rv-224', 'd182-rv-225', 'd182-rv-226', 'd182-rv-227',
    'd182-rv-229', 'd182-rv-230', 'd182-rv-231', 'd182-rv-233', 'd182-rv-234', 'd182-rv-235',
    'd182-rv-237', 'd182-rv-238', 'd182-rv-239', 'd182-rv-257', 'd182-rv-258', 'd182-rv-259',
    'd182-rv-289', 'd182-rv-290', 'd182-rv-291', 'd182-rv-292', 'd182-rv-301', 'd182-rv-302',
    'd182-rv-303', 'd182-rv-304', 'd182-rv-305', 'd182-rv-306', 'd182-rv-307', 'd182-rv-308',
    'd182-rv-317', 'd182-rv-319', 'd182-rv-321', 'd182-rv-322', 'd182-rv-323', 'd182-rv-325',
    'd182-rv-326', 'd182-rv-327', 'd182-rv-328', 'd182-rv-329', 'd182-rv-330', 'd182-rv-331',
    'd182-rv-333', 'd182-rv-334', 'd182-rv-335', 'd182-rv-337', 'd182-rv-338', 'd182-rv-339',
    'd182-rv-353', 'd182-rv-354', 'd182-rv-355', 'd182-rv-365', 'd182-rv-366', 'd182-rv-367',
    'd182-rv-368', 'd182-rv-369', 'd182-rv-370', 'd182-rv-371', 'd182-rv-381', 'd182-rv-382',
    'd182-rv-383', 'd182-rv-386', 'd182-rv-387', 'd182-rv-398', 'd182-rv-399', 'd182-rv-401',
    'd182-rv-402', 'd182-rv-403', 'd182-rv-413', 'd182-rv-414', 'd182-rv-415', 'd182-rv-416',
    'd182-rv-433', 'd182-rv-434', 'd182-rv-435', 'd182-rv-445', 'd182-rv-446', 'd182-rv-447',
    'd182-rv-449', 'd182-rv-450', 'd182-rv-451', 'd182-rv-452', 'd182-rv-453', 'd182-rv-454',
    'd182-rv-455', 'd182-rv-456', 'd182-rv-457', 'd182-rv-458', 'd182-rv-459', 'd182-rv-460',
    'd182-rv-461', 'd182-rv-462', 'd182-rv-463', 'd182-rv-465', 'd182-rv-466', 'd182-rv-467',
    'd182-rv-469', 'd182-rv-470', 'd182-rv-471', 'd182-rv-473', 'd182-rv-474', 'd182-rv-475',
    'd182-rv-476', 'd182-rv-477', 'd182-rv-478', 'd182-rv-479', 'd182-rv-481', 'd182-rv-482',
    'd182-rv-483', 'd182-rv-485', 'd182-rv-486', 'd182-rv-487', 'd182-rv-489', 'd182-rv-490',
    'd182-rv-491', 'd182-rv-493', 'd182-rv-494', 'd182-rv-495', 'd182-rv-513', 'd182-rv-514',
    'd182-rv-515', 'd182-rv-545', 'd182-rv-546', 'd182-rv-547', 'd182-rv-548', 'd182-rv-557',
    'd182-rv-558', 'd182-rv-559', 'd182-rv-561', 'd182-rv-562', 'd182-rv-563', 'd182-rv-564',
    'd182-rv-573', 'd182-rv-574', 'd182-rv-575', 'd182-rv-577', 'd182-rv-578', 'd182-rv-579',
    'd182-rv-580', 'd182-rv-581', 'd182-rv-582', 'd182-rv-583', 'd182-rv-585', 'd182-rv-586',
    'd182-rv-587', 'd182-rv-588', 'd182-rv-589', 'd182-rv-590', 'd182-rv-591', 'd182-rv-593',
    'd182-rv-594', 'd182-rv-595', 'd182-rv-609', 'd182-rv-610', 'd182-rv-611', 'd182-rv-621',
    'd182-rv-622', 'd182-rv-623', 'd182-rv-625', 'd182-rv-626', 'd182-rv-627', 'd182-rv-637',
    'd182-rv-638', 'd182-rv-639', 'd182-rv-641', 'd182-rv-643', 'd182-rv-644', 'd182-rv-653',
    'd182-rv-655', 'd182-rv-656', 'd182-rv-657', 'd182-rv-658', 'd182-rv-659', 'd182-rv-660',
    'd182-rv-669', 'd182-rv-670', 'd182-rv-671', 'd182-rv-689', 'd182-rv-690', 'd182-rv-691',
    'd182-rv-701', 'd182-rv-702', 'd182-rv-703', 'd182-rv-705', 'd182-rv-706', 'd182-rv-707',
    'd182-rv-709', 'd182-rv-710', 'd182-rv-711', 'd182-rv-712', 'd182-rv-713', 'd182-rv-714',
    'd182-rv-715', 'd182-rv-717', 'd182-rv-718', 'd182-rv-719', 'd182-rv-721', 'd182-rv-722',
    'd182-rv-723', 'd182-rv-724', 'd182-rv-725', 'd182-rv-726', 'd182-rv-727', 'd182-rv-728',
    'd182-rv-729', 'd182-rv-730', 'd182-rv-731', 'd182-rv-733', 'd182-rv-734', 'd182-rv-735',
    'd182-rv-737', 'd182-rv-738', 'd182-rv-739', 'd182-rv-741', 'd182-rv-742', 'd182-rv-743',
    'd182-rv-745', 'd182-rv-746', 'd182-rv-747', 'd182-rv-749', 'd182-rv-750', 'd182-rv-751',
    'd182-s-50', 'd182-s-82', 'd182-s-162', 'd182-s-274', 'd182-s-306',
}

# The ids a reasonable reader could answer as served (see the docstring): replaces the generator's flags.
r182_arguable = {
    'd182-av-2', 'd182-av-73', 'd182-av-74', 'd182-av-83', 'd182-av-181', 'd182-av-290',
    'd182-gs-86', 'd182-gs-88', 'd182-gs-100', 'd182-gs-284', 'd182-gs-1038', 'd182-gs-1234',
    'd182-gs-1236', 'd182-gv-1', 'd182-gv-8', 'd182-gv-12', 'd182-gv-15', 'd182-gv-22',
    'd182-gv-26', 'd182-gv-29', 'd182-gv-36', 'd182-gv-38', 'd182-gv-40', 'd182-gv-57',
    'd182-gv-64', 'd182-gv-68', 'd182-gv-86', 'd182-gv-88', 'd182-gv-93', 'd182-gv-94',
    'd182-gv-100', 'd182-gv-101', 'd182-gv-106', 'd182-gv-107', 'd182-gv-108', 'd182-gv-112',
    'd182-gv-113', 'd182-gv-122', 'd182-gv-124', 'd182-gv-136', 'd182-gv-155', 'd182-gv-162',
    'd182-gv-166', 'd182-gv-183', 'd182-gv-190', 'd182-gv-192', 'd182-gv-194', 'd182-gv-197',
    'd182-gv-204', 'd182-gv-208', 'd182-gv-225', 'd182-gv-234', 'd182-gv-236', 'd182-gv-248',
    'd182-gv-260', 'd182-gv-262', 'd182-gv-267', 'd182-gv-276', 'd182-gv-278', 'd182-gv-284',
    'd182-gv-287', 'd182-gv-290', 'd182-gv-291', 'd182-gv-294', 'd182-gv-302', 'd182-gv-304',
    'd182-gv-309', 'd182-gv-316', 'd182-gv-320', 'd182-gv-323', 'd182-gv-330', 'd182-gv-334',
    'd182-gv-351', 'd182-gv-358', 'd182-gv-362', 'd182-gv-365', 'd182-gv-372', 'd182-gv-376',
    'd182-gv-379', 'd182-gv-388', 'd182-gv-390', 'd182-gv-402', 'd182-gv-414', 'd182-gv-416',
    'd182-gv-953', 'd182-gv-960', 'd182-gv-962', 'd182-gv-964', 'd182-gv-967', 'd182-gv-974',
    'd182-gv-978', 'd182-gv-981', 'd182-gv-988', 'd182-gv-992', 'd182-gv-1018', 'd182-gv-1037',
    'd182-gv-1038', 'd182-gv-1039', 'd182-gv-1043', 'd182-gv-1046', 'd182-gv-1048', 'd182-gv-1050',
    'd182-gv-1057', 'd182-gv-1060', 'd182-gv-1061', 'd182-gv-1064', 'd182-gv-1072', 'd182-gv-1074',
    'd182-gv-1079', 'd182-gv-1086', 'd182-gv-1090', 'd182-gv-1107', 'd182-gv-1114', 'd182-gv-1116',
    'd182-gv-1118', 'd182-gv-1135', 'd182-gv-1142', 'd182-gv-1146', 'd182-gv-1149', 'd182-gv-1158',
    'd182-gv-1160', 'd182-gv-1184', 'd182-gv-1186', 'd182-gv-1191', 'd182-gv-1200', 'd182-gv-1202',
    'd182-gv-1214', 'd182-gv-1226', 'd182-gv-1228', 'd182-gv-1233', 'd182-gv-1234', 'd182-gv-1235',
    'd182-gv-1236', 'd182-gv-1239', 'd182-gv-1240', 'd182-gv-1243', 'd182-gv-1244', 'd182-gv-1246',
    'd182-gv-1247', 'd182-gv-1254', 'd182-gv-1258', 'd182-gv-1261', 'd182-gv-1268', 'd182-gv-1270',
    'd182-gv-1272', 'd182-gv-1275', 'd182-gv-1282', 'd182-gv-1286', 'd182-gv-1303', 'd182-gv-1312',
    'd182-gv-1314', 'd182-gv-1326', 'd182-gv-1338', 'd182-gv-1340', 'd182-gv-1345', 'd182-gv-1354',
    'd182-gv-1356', 'd182-gv-1368', 'd182-hs-2', 'd182-hs-4', 'd182-hs-6', 'd182-hs-10',
    'd182-hs-12', 'd182-hs-14', 'd182-hs-16', 'd182-hs-18', 'd182-hs-20', 'd182-hs-22',
    'd182-hs-24', 'd182-hs-26', 'd182-hs-28', 'd182-hs-30', 'd182-hs-32', 'd182-hs-36',
    'd182-hs-38', 'd182-hs-40', 'd182-hs-42', 'd182-hs-44', 'd182-hs-46', 'd182-hs-48',
    'd182-hs-50', 'd182-hs-52', 'd182-hs-54', 'd182-hs-56', 'd182-hs-58', 'd182-hs-60',
    'd182-hs-62', 'd182-hs-64', 'd182-hs-66', 'd182-hs-68', 'd182-hs-70', 'd182-hs-72',
    'd182-hs-78', 'd182-hs-80', 'd182-hs-82', 'd182-hs-84', 'd182-hs-86', 'd182-hs-88',
    'd182-hs-90', 'd182-hs-92', 'd182-hs-94', 'd182-hs-96', 'd182-hs-98', 'd182-hs-100',
    'd182-hs-102', 'd182-hs-104', 'd182-hs-106', 'd182-hs-108', 'd182-hs-110', 'd182-hs-112',
    'd182-hs-114', 'd182-hs-116', 'd182-hs-118', 'd182-hs-120', 'd182-hs-122', 'd182-hs-124',
    'd182-hs-126', 'd182-hs-128', 'd182-hs-130', 'd182-hs-132', 'd182-hs-134', 'd182-hs-138',
    'd182-hs-140', 'd182-hs-142', 'd182-hs-144', 'd182-hs-146', 'd182-hs-148', 'd182-hs-150',
    'd182-hs-152', 'd182-hs-154', 'd182-hs-156', 'd182-hs-158', 'd182-hs-160', 'd182-hs-162',
    'd182-hs-164', 'd182-hs-166', 'd182-hs-168', 'd182-hs-172', 'd182-hs-200', 'd182-hs-202',
    'd182-hs-204', 'd182-hs-206', 'd182-hs-210', 'd182-hs-212', 'd182-hs-214', 'd182-hs-216',
    'd182-hs-218', 'd182-hs-220', 'd182-hs-222', 'd182-hs-224', 'd182-hs-226', 'd182-hs-230',
    'd182-hs-236', 'd182-hs-238', 'd182-hs-240', 'd182-hs-242', 'd182-hs-244', 'd182-hs-246',
    'd182-hs-250', 'd182-hs-252', 'd182-hs-254', 'd182-hs-256', 'd182-hs-258', 'd182-hs-260',
    'd182-hs-264', 'd182-hs-266', 'd182-hs-268', 'd182-hs-270', 'd182-hs-276', 'd182-hs-278',
    'd182-hs-280', 'd182-hs-282', 'd182-hs-284', 'd182-hs-286', 'd182-hs-288', 'd182-hs-290',
    'd182-hs-292', 'd182-hs-294', 'd182-hs-296', 'd182-hs-298', 'd182-hs-300', 'd182-hs-302',
    'd182-hs-304', 'd182-hs-306', 'd182-hs-308', 'd182-hs-310', 'd182-hs-312', 'd182-hs-314',
    'd182-hs-316', 'd182-hs-318', 'd182-hs-320', 'd182-hs-322', 'd182-hs-324', 'd182-hs-326',
    'd182-hs-328', 'd182-hs-330', 'd182-hs-332', 'd182-hs-334', 'd182-hs-336', 'd182-hs-338',
    'd182-hs-340', 'd182-hs-342', 'd182-hs-344', 'd182-hs-346', 'd182-hs-348', 'd182-hs-350',
    'd182-hs-352', 'd182-hs-354', 'd182-hs-356', 'd182-hs-358', 'd182-hs-360', 'd182-hs-362',
    'd182-hs-364', 'd182-hs-370', 'd182-hv-1', 'd182-hv-2', 'd182-hv-4', 'd182-hv-5',
    'd182-hv-6', 'd182-hv-7', 'd182-hv-9', 'd182-hv-10', 'd182-hv-11', 'd182-hv-12',
    'd182-hv-13', 'd182-hv-14', 'd182-hv-15', 'd182-hv-16', 'd182-hv-17', 'd182-hv-18',
    'd182-hv-19', 'd182-hv-20', 'd182-hv-21', 'd182-hv-22', 'd182-hv-23', 'd182-hv-24',
    'd182-hv-25', 'd182-hv-26', 'd182-hv-27', 'd182-hv-28', 'd182-hv-30', 'd182-hv-32',
    'd182-hv-33', 'd182-hv-35', 'd182-hv-36', 'd182-hv-37', 'd182-hv-38', 'd182-hv-39',
    'd182-hv-40', 'd182-hv-41', 'd182-hv-42', 'd182-hv-43', 'd182-hv-44', 'd182-hv-46',
    'd182-hv-47', 'd182-hv-48', 'd182-hv-49', 'd182-hv-50', 'd182-hv-51', 'd182-hv-52',
    'd182-hv-53', 'd182-hv-54', 'd182-hv-55', 'd182-hv-56', 'd182-hv-57', 'd182-hv-58',
    'd182-hv-59', 'd182-hv-60', 'd182-hv-61', 'd182-hv-62', 'd182-hv-63', 'd182-hv-64',
    'd182-hv-65', 'd182-hv-66', 'd182-hv-67', 'd182-hv-68', 'd182-hv-69', 'd182-hv-70',
    'd182-hv-72', 'd182-hv-73', 'd182-hv-75', 'd182-hv-77', 'd182-hv-78', 'd182-hv-79',
    'd182-hv-80', 'd182-hv-81', 'd182-hv-82', 'd182-hv-83', 'd182-hv-84', 'd182-hv-85',
    'd182-hv-86', 'd182-hv-87', 'd182-hv-88', 'd182-hv-89', 'd182-hv-90', 'd182-hv-91',
    'd182-hv-92', 'd182-hv-93', 'd182-hv-94', 'd182-hv-95', 'd182-hv-96', 'd182-hv-97',
    'd182-hv-98', 'd182-hv-99', 'd182-hv-100', 'd182-hv-101', 'd182-hv-102', 'd182-hv-103',
    'd182-hv-104', 'd182-hv-105', 'd182-hv-106', 'd182-hv-107', 'd182-hv-108', 'd182-hv-109',
    'd182-hv-110', 'd182-hv-111', 'd182-hv-112', 'd182-hv-113', 'd182-hv-114', 'd182-hv-115',
    'd182-hv-116', 'd182-hv-117', 'd182-hv-118', 'd182-hv-119', 'd182-hv-120', 'd182-hv-121',
    'd182-hv-122', 'd182-hv-123', 'd182-hv-124', 'd182-hv-125', 'd182-hv-126', 'd182-hv-127',
    'd182-hv-128', 'd182-hv-129', 'd182-hv-130', 'd182-hv-131', 'd182-hv-132', 'd182-hv-133',
    'd182-hv-134', 'd182-hv-135', 'd182-hv-137', 'd182-hv-138', 'd182-hv-139', 'd182-hv-140',
    'd182-hv-141', 'd182-hv-142', 'd182-hv-143', 'd182-hv-144', 'd182-hv-145', 'd182-hv-146',
    'd182-hv-147', 'd182-hv-148', 'd182-hv-150', 'd182-hv-151', 'd182-hv-152', 'd182-hv-153',
    'd182-hv-154', 'd182-hv-155', 'd182-hv-156', 'd182-hv-157', 'd182-hv-158', 'd182-hv-159',
    'd182-hv-160', 'd182-hv-161', 'd182-hv-162', 'd182-hv-163', 'd182-hv-164', 'd182-hv-165',
    'd182-hv-166', 'd182-hv-167', 'd182-hv-168', 'd182-hv-172', 'd182-hv-197', 'd182-hv-199',
    'd182-hv-200', 'd182-hv-202', 'd182-hv-204', 'd182-hv-205', 'd182-hv-206', 'd182-hv-207',
    'd182-hv-209', 'd182-hv-210', 'd182-hv-211', 'd182-hv-212', 'd182-hv-213', 'd182-hv-214',
    'd182-hv-215', 'd182-hv-216', 'd182-hv-217', 'd182-hv-218', 'd182-hv-219', 'd182-hv-220',
    'd182-hv-221', 'd182-hv-222', 'd182-hv-223', 'd182-hv-224', 'd182-hv-225', 'd182-hv-226',
    'd182-hv-227', 'd182-hv-229', 'd182-hv-230', 'd182-hv-231', 'd182-hv-233', 'd182-hv-235',
    'd182-hv-236', 'd182-hv-238', 'd182-hv-239', 'd182-hv-240', 'd182-hv-241', 'd182-hv-242',
    'd182-hv-243', 'd182-hv-244', 'd182-hv-246', 'd182-hv-247', 'd182-hv-249', 'd182-hv-250',
    'd182-hv-251', 'd182-hv-252', 'd182-hv-253', 'd182-hv-254', 'd182-hv-255', 'd182-hv-256',
    'd182-hv-257', 'd182-hv-258', 'd182-hv-259', 'd182-hv-260', 'd182-hv-261', 'd182-hv-263',
    'd182-hv-264', 'd182-hv-265', 'd182-hv-266', 'd182-hv-267', 'd182-hv-268', 'd182-hv-269',
    'd182-hv-270', 'd182-hv-271', 'd182-hv-273', 'd182-hv-275', 'd182-hv-276', 'd182-hv-278',
    'd182-hv-280', 'd182-hv-281', 'd182-hv-282', 'd182-hv-283', 'd182-hv-284', 'd182-hv-285',
    'd182-hv-286', 'd182-hv-287', 'd182-hv-288', 'd182-hv-289', 'd182-hv-290', 'd182-hv-291',
    'd182-hv-292', 'd182-hv-293', 'd182-hv-294', 'd182-hv-295', 'd182-hv-296', 'd182-hv-297',
    'd182-hv-298', 'd182-hv-299', 'd182-hv-300', 'd182-hv-301', 'd182-hv-302', 'd182-hv-304',
    'd182-hv-305', 'd182-hv-306', 'd182-hv-307', 'd182-hv-308', 'd182-hv-309', 'd182-hv-310',
    'd182-hv-311', 'd182-hv-312', 'd182-hv-313', 'd182-hv-314', 'd182-hv-315', 'd182-hv-316',
    'd182-hv-317', 'd182-hv-318', 'd182-hv-319', 'd182-hv-320', 'd182-hv-321', 'd182-hv-322',
    'd182-hv-323', 'd182-hv-324', 'd182-hv-325', 'd182-hv-326', 'd182-hv-327', 'd182-hv-328',
    'd182-hv-329', 'd182-hv-330', 'd182-hv-331', 'd182-hv-332', 'd182-hv-333', 'd182-hv-334',
    'd182-hv-335', 'd182-hv-336', 'd182-hv-337', 'd182-hv-338', 'd182-hv-339', 'd182-hv-340',
    'd182-hv-341', 'd182-hv-342', 'd182-hv-343', 'd182-hv-344', 'd182-hv-345', 'd182-hv-346',
    'd182-hv-347', 'd182-hv-348', 'd182-hv-349', 'd182-hv-350', 'd182-hv-351', 'd182-hv-352',
    'd182-hv-353', 'd182-hv-354', 'd182-hv-355', 'd182-hv-356', 'd182-hv-357', 'd182-hv-358',
    'd182-hv-359', 'd182-hv-360', 'd182-hv-361', 'd182-hv-362', 'd182-hv-363', 'd182-hv-364',
    'd182-hv-370', 'd182-ls-3', 'd182-ls-5', 'd182-ls-7', 'd182-ls-9', 'd182-ls-13',
    'd182-ls-25', 'd182-ls-27', 'd182-ls-31', 'd182-ls-49', 'd182-ls-51', 'd182-ls-53',
    'd182-ls-55', 'd182-ls-57', 'd182-ls-59', 'd182-ls-61', 'd182-ls-67', 'd182-ls-71',
    'd182-ls-73', 'd182-ls-77', 'd182-ls-89', 'd182-ls-91', 'd182-ls-93', 'd182-ls-95',
    'd182-ls-113', 'd182-ls-115', 'd182-ls-117', 'd182-ls-119', 'd182-ls-121', 'd182-ls-123',
    'd182-ls-125', 'd182-lv-3', 'd182-lv-5', 'd182-lv-7', 'd182-lv-9', 'd182-lv-13',
    'd182-lv-25', 'd182-lv-27', 'd182-lv-31', 'd182-lv-49', 'd182-lv-51', 'd182-lv-53',
    'd182-lv-55', 'd182-lv-57', 'd182-lv-59', 'd182-lv-61', 'd182-lv-67', 'd182-lv-71',
    'd182-lv-73', 'd182-lv-77', 'd182-lv-89', 'd182-lv-91', 'd182-lv-93', 'd182-lv-95',
    'd182-lv-113', 'd182-lv-115', 'd182-lv-117', 'd182-lv-119', 'd182-lv-121', 'd182-lv-123',
    'd182-lv-125', 'd182-lv-129', 'd182-lv-131', 'd182-lv-135', 'd182-lv-139', 'd182-lv-143',
    'd182-lv-153', 'd182-lv-157', 'd182-lv-177', 'd182-lv-179', 'd182-lv-181', 'd182-lv-183',
    'd182-lv-187', 'd182-lv-189', 'd182-lv-191', 'd182-lv-193', 'd182-lv-195', 'd182-lv-197',
    'd182-lv-199', 'd182-lv-203', 'd182-lv-207', 'd182-lv-217', 'd182-lv-221', 'd182-lv-241',
    'd182-lv-243', 'd182-lv-245', 'd182-lv-247', 'd182-lv-253', 'd182-lv-255', 'd182-rs-178',
    'd182-rs-190', 'd182-rs-434', 'd182-rs-446', 'd182-rs-690', 'd182-rs-702', 'd182-rv-177',
    'd182-rv-178', 'd182-rv-179', 'd182-rv-189', 'd182-rv-190', 'd182-rv-191', 'd182-rv-433',
    'd182-rv-434', 'd182-rv-435', 'd182-rv-445', 'd182-rv-446', 'd182-rv-447', 'd182-rv-689',
    'd182-rv-690', 'd182-rv-691', 'd182-rv-701', 'd182-rv-702', 'd182-rv-703', 'd182-s-50',
    'd182-s-162', 'd182-s-274',
}

BASE_OF = {"av": "ab", "fv": "fb", "pv": "pb", "kv": "kb", "gv": "gb", "hv": "hb", "lv": "lb", "rv": "rb", "wv": "wb",
           "xs": "xb", "qs": "qb", "rqs": "rqb"}


def r182_alone_ids():
    keep = set(r182_found_alone)
    for x in r182_found_alone:
        pre, num = x.rsplit("-", 1)
        part = pre.split("-", 1)[1]
        if part in BASE_OF:
            keep.add("d182-%s-%s" % (BASE_OF[part], num))
    return keep


# Trimmed for ctest (probe_kit.sample_round), stop 42: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
from probe_kit import sample_round as r182_sample_round  # noqa: E402

r182_sample_round("d182-", r182_alone_ids(), 30, safe_every=10)
P[:] = [r182_p for r182_p in P if r182_p["id"] not in r182_arguable]
