r"""Red-team round 184 (black box): THE FINAL RULES OF STOP (rounds 178-182) ATTACKED -- LIST ITEMS UNDER ATTRIBUTE
NOUNS, WRAPPED NULLABLE AND ARRAY SCHEMAS, PLACEHOLDER CODES, TWO-SIGN FINAL VALUES, CHECK-ONLY REQUESTS.
18,589 probes (seeded random.Random(184)): 12,336 pair probes (base + variant), 6,241 singles (--runs 2), 12 safe.
Part 1 (d184-lb/lv/ls/lsafe-): 6 list members held in one string ("order_items", "purchase", "skills", "labels",
  "additives", "allergies") x 15 shapes of a changed line: an attribute noun carrying an item ("Product: B12", "Item 2:
  x86", "Language: C2", "Tag: q3", "Category: E621", "SKU:", "Level:", "Class:"), bare "b12", "+ x86", "- E621", "* q3",
  "  - E621" (YAML item), sentences ("Kari is also allergic to E621.", "Kari's additives also include E621."), a CSV
  column, a table row, "(Category: E621)", and the change on the OLD side (item removed: "- E621 (removed)", "Category:
  E621 (cancelled)", "~~E621~~") x layouts L/Y/M(e-mail)/O(one-line "a | b"). Part 2 (d184-sb/sv/ss-): schema shapes
  ("$ref" chains to a type list or a string, "definitions", "allOf" wrappers, "type":["string"], "oneOf" of patterned
  strings, "anyOf" of strings, no type, "if/then") with one value, then "Also tagged: x86" / "Language: es6" / "+ q3".
Part 3 (d184-ps/pb/pv-): placeholder codes where null is allowed ("AB 00", "XX-12", "TBD 2026-00", "ZZ 99", "TBA 00",
  "NN-000", "PENDING 2026-00", "TBD-2026", "N/A-2026", "TBC 01"...) x 5 code keys x 6 nullable shapes (type list,
  not required, if/then, anyOf null, $ref to a nullable, allOf [nullable]) bare, with a note or an intro saying none.
Part 4 (d184-es_/jb/jv-): final values "y = -(-12)", "y = +12", "y = −(−12)", "- (-12)", "−−12", "(-(-12))",
  "-1·(-12)", "+(12)", "~12" (right value) and "-(12)", "+-12", "-+12", "+−12", "-(+12)", "−12", "±12" (wrong value);
  16 check-only phrasings ("Only give the check.", "Check only.", "The check, nothing else.", "Just verify."...).
Part 5 (d184-eb/ev/ed-): part 1's hole in 5 keys x 11 labels x 8 forms (one-line record with the label last, first,
  in parentheses, removed; L/Y with parentheses; "(also E621)"). Part 6 (d184-ws-): 8 wrappers of a nullable member
  (allOf [nullable], allOf [nullable, maxLength], allOf [allOf [nullable]], allOf [$ref nullable], $ref to allOf
  [nullable], oneOf [string, null], anyOf [allOf [string], null], type list) x 7 keys x placeholders of the rules
  ("Nom Prénom", "Awaiting Assignment", "Wird Nachgereicht", "ukendt", "haijulikani", "Nvt", "Kosong", "na@na.com",
  "tbd@tbd.tbd", "+47 11 11 11 11", "11111", "TBD 2026-00", "PENDING 2026-00", "00.00.0000", "1970-01-01").
Part 7 (d184-et_/kb/kv-): three signs ("-(-(-12))", "- - -12", "−(−(−12))"), "+(-12)", "(-12)·(-1)", "0 - 12", "-|12|";
  16 more check-only phrasings. Part 8 (d184-ab/av/as-): allOf-wrapped members that allow arrays or have no type.
HELD: every list item in a sentence, bare on its line, after "+", "-", "*", as a YAML item, in a CSV column or a table
  row, under a numbered or relation label ("Item 2:", "Additive 2:", "Also contains:", "Allergen:", "Extra item:",
  "Another tag:", "Skill 2:"), and every removal on the old side; attribute nouns on their own line in L/Y/e-mail
  records (but 3 of 1,120: "E-number: E250", "SKU: K8", "Level: es6" after a Room line; and
  "(Tag: h1)" in 2); every array-allowing or untyped member, plain or wrapped in allOf/$ref (part 8: 0); every
  placeholder with a note or intro saying none; every placeholder behind type lists, "not required", anyOf/oneOf null,
  $ref to a nullable, $ref to allOf (only "AB 00"/"ZZ 99" codes and "1970-01-01" stored there); every two-sign final
  value whose value is WRONG ("-(12)", "+-12", "-(+12)", "−12", "±12", "-(-(-12))", "+(-12)", "0 - 12": never stored).
  Safe on reuse 1/12 (bases of list records are mostly refused: a joined list "does not occur in the source text").
  Wrong FRESH (never stored): ~1,700 in run 1, ~1,500 in run 2 (list singles that drop the added item, placeholders
  served fresh), ~300/125 kept wrong on the patch path. Right answers rejected: ~9,640 per run (joined lists, e-mails).
WHAT GOT THROUGH (full round, fresh SQLite store, --runs 2: run 1 270 wrong from the cache (26 clear), run 2 668
  (129 clear); alone (668 found ids + their bases, fresh store, --runs 2): run 1 277 (27 clear, 250 arguable), run 2
  635 (119 clear, 516 arguable)):
 (A) CLEAR (129): a member whose nullable type sits inside "allOf" ({"allOf":[{"type":["string","null"]}]}, with a
     maxLength beside it, nested allOf, allOf [$ref to a nullable]) is stored with the placeholders the nullable rule
     turns away: "Employer: ukendt" / "haijulikani" / "Nvt" / "Kosong" / "Wird Nachgereicht", "Contact person:
     Awaiting Assignment", "Email: na@na.com" / "tbd@tbd.tbd", "Seat: TBD 2026-00", "Booking ref: PENDING 2026-00",
     "Member ID: TBD-2026", "Phone: TBD 2026-00", "Date of birth: TBD 2026-00" -> served e.g. {"employer": "ukendt"},
     {"seat": "TBD 2026-00"} (expected null); the licensed rewrite copies them to other records of that shape.
 (B) ARGUABLE (539, r184_arguable): one-line records ("a | b | c") with an attribute noun carrying a coded item:
     "Name: Losu Ledosen | Additives: yeast, sugar | Room: 484 | Class: E211" -> "yeast, sugar" (expected "yeast,
     sugar, E211"); "| E-number: E330", "| Code: e110" beside "Allergy: latex", "| Level: k8s" beside skills, "| (SKU:
     K8)" / "(Product: B12)" beside order items, "(Tag: h1)" beside labels (also L/Y), the label first ("E-number: E211
     | Name: ..."); "Category: b12" beside allergies with "$ref" chains, "type":["string"], minLength (L layout). Bare
     placeholder codes "AB 00", "ZZ 99" (any nullable shape), "Lorem Ipsum", "Max Mustermann", "test@test.com",
     "1970-01-01", "01.01.1900" under allOf. Final values "n = −(−12)", "x = - (-40)", "n = +(25)", "y = +12", "n =
     -1·(-105)", "x = (-(-40))", "x = (-15)·(-1)" stored and served (right value, odd form). "Only give the check.",
     "The check, nothing else.", "Check line, nothing else." served the stored solution instead of the check.
Adds its probes to probe_kit.P."""
import os
import random as r184_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r184_random.Random(184)
r184_arguable = set()
r184_pairs, r184_singles, r184_safe = [], [], []
r184_seen = set()
C1 = "bdfgklmnprstvz"
V1 = "aeiou"
cnt = [0]


def word(k):
    return "".join(R.choice(C1) + R.choice(V1) for _ in range(k))


def nm():
    while True:
        n = word(2).capitalize() + " " + word(2).capitalize() + "sen"
        if n not in r184_seen:
            r184_seen.add(n)
            return n


def nid():
    cnt[0] += 1
    return cnt[0]


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r184_arguable.add(id)
    {"pair": r184_pairs, "single": r184_singles, "safe": r184_safe}[kind].append(id)


def render(fields, lay):
    if lay == "L":
        return "\n".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "O":
        return " | ".join("%s: %s" % (l, v) for l, v in fields)
    if lay == "Y":
        return "\n".join("%s: %s" % (l.lower().replace(" ", "_").replace(".", ""), v) for l, v in fields)
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


# ------------------------------------------------------------------ Part 1: list members, an item under an attribute noun
# key: (member labels, base words, extra coded items, attribute labels carrying an item)
LISTS = {
    "order_items": (["Order items", "Items", "Ordered"], ["lamp", "chair", "desk", "shelf", "rug", "kettle"],
                    ["B12", "x86", "K8", "Q10", "E621", "A4"],
                    ["Product", "Item 2", "Item 3", "SKU", "Article", "Model", "Part"]),
    "purchase": (["Purchase", "Bought", "Purchased"], ["bread", "milk", "coffee", "tea", "apples"],
                 ["x86", "B12", "Q10", "D3", "C2"],
                 ["Item 2", "Item 3", "Product", "Article", "Line 2"]),
    "skills": (["Skills", "Skill", "Ferdigheter"], ["welding", "excel", "python", "forklift", "plumbing"],
               ["C2", "x86", "es6", "html5", "k8s", "PRINCE2"],
               ["Language", "Level", "Certificate", "Tool", "Stack", "Framework"]),
    "labels": (["Labels", "Tags", "Label"], ["vip", "priority", "repeat", "press", "staff"],
               ["q3", "x86", "b2b", "k8s", "h1"],
               ["Tag", "Label 2", "Flag", "Marker", "Class", "Segment"]),
    "additives": (["Additives", "Additive", "Zusatzstoffe"], ["salt", "sugar", "pectin", "citric acid", "yeast"],
                  ["E621", "E211", "E250", "E330", "E110"],
                  ["Category", "Code", "Type", "Class", "E-number"]),
    "allergies": (["Allergies", "Allergy", "Allergier"], ["latex", "nuts", "penicillin", "pollen", "gluten"],
                  ["E621", "b12", "q10", "e110", "x86"],
                  ["Category", "Type", "Code", "Class", "Group"]),
}
SHAPES = ["attr", "attr_num", "bare", "plus", "minus", "star", "sentence", "sentence_name", "csvcol", "tablerow",
          "old_minus", "old_attr", "old_bare", "yamlitem", "paren"]


def base_fields(who, lab, bv):
    f = [("Name", who), (lab, bv)]
    if R.random() < 0.5:
        f.append(("Room", str(R.randint(100, 499))))
    return f


for rep in range(10):
    for key, (labels, words, extras, attrs) in LISTS.items():
        for sty in SHAPES:
            for lay in ["L", "Y", "M", "O"]:
                if sty in ("csvcol", "tablerow") and lay != "L":
                    continue
                if lay == "O" and sty in ("bare", "plus", "minus", "star", "old_minus", "old_bare", "yamlitem"):
                    continue
                i = nid()
                who = nm()
                k = R.choice([1, 2, 2])
                its = R.sample(words, k)
                extra = R.choice(extras)
                lab = R.choice(labels)
                attr = R.choice(attrs)
                bv = ", ".join(its)
                ve = bv + ", " + extra
                sep = " | " if lay == "O" else "\n"
                first = who.split()[0]
                arg = False
                fields = base_fields(who, lab, bv)
                tb = render(fields, lay)
                if sty == "attr":
                    tv = tb + sep + "%s: %s" % (attr, extra)
                    arg = True  # an attribute label may be another field
                elif sty == "attr_num":
                    tv = tb + sep + "%s: %s" % (attr if "2" in attr or "3" in attr else attr + " 2", extra)
                    arg = "2" not in attr and "3" not in attr
                elif sty == "bare":
                    tv = tb + "\n" + extra
                    arg = True
                elif sty == "plus":
                    tv = tb + "\n+ " + extra
                elif sty == "minus":
                    tv = tb + "\n- " + extra
                    arg = True
                elif sty == "star":
                    tv = tb + "\n* " + extra
                    arg = True
                elif sty == "sentence":
                    tv = tb + "\n" + R.choice(["%s is also allergic to %s." % (first, extra) if key == "allergies" else
                                                "%s also added %s." % (first, extra),
                                                "Please note %s as well." % extra,
                                                "Since March, %s too." % extra])
                    arg = True
                elif sty == "sentence_name":
                    tv = tb + "\n" + "%s's %s also include %s." % (first, key.replace("_", " "), extra)
                elif sty == "csvcol":
                    heads = [l for l, v in fields] + [attr]
                    vals = [v for l, v in fields] + [extra]
                    tb = ",".join(l for l, v in fields) + "\n" + ",".join('"%s"' % v if "," in v else v for l, v in fields)
                    tv = ",".join(heads) + "\n" + ",".join('"%s"' % v if "," in v else v for v in vals)
                    arg = True
                elif sty == "tablerow":
                    rows = ["| %s | %s |" % (first, it) for it in its]
                    tb = "| Name | %s |\n|---|---|\n" % lab + "\n".join(rows)
                    tv = tb + "\n| %s | %s |" % (first, extra)
                    bv = ", ".join(its)
                    ve = bv + ", " + extra
                    # name is the full name in the expectation; use first name in table
                    who = first
                elif sty in ("old_minus", "old_attr", "old_bare"):
                    # the OLD text has the item, the new one removes it
                    full = bv + ", " + extra
                    fb = base_fields(who, lab, full)
                    tb = render(fb, lay)
                    if sty == "old_minus":
                        tv = tb + "\n- " + extra + " (removed)"
                    elif sty == "old_attr":
                        tv = tb + sep + "%s: %s %s" % (attr, extra, R.choice(["(removed)", "(cancelled)", "– no longer"]))
                        arg = True
                    else:
                        tv = tb + "\n" + "~~%s~~" % extra
                        arg = True
                    bv, ve = full, bv
                elif sty == "yamlitem":
                    tv = tb + "\n  - " + extra
                    arg = True
                else:  # paren
                    tv = tb + sep + "(%s: %s)" % (attr, extra)
                    arg = True
                sch = S({"name": "string", key: "string"},
                        desc={key: R.choice([None, "comma-separated %s" % key.replace("_", " ")])})
                if sch["properties"][key].get("description") is None:
                    sch["properties"][key].pop("description", None)
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                add("pair", "d184-lb-%s-%s-%s-%d" % (key, sty, lay, i), "r184-list-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d184-lv-%s-%s-%s-%d" % (key, sty, lay, i), "r184-list-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)
                if rep % 2 == 0:
                    who3 = nm() if sty != "tablerow" else word(2).capitalize()
                    tvs = tv.replace(who, who3)
                    add("single", "d184-ls-%s-%s-%s-%d" % (key, sty, lay, i), "r184-list-single",
                        prompt(ins, tvs, mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)
                if rep == 0 and lay == "L" and sty == "attr":
                    add("safe", "d184-lsafe-%s-%d" % (key, i), "r184-list-safe",
                        prompt(ins, tb + "\n\nThanks!", mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                    add("safe", "d184-lsafe2-%s-%d" % (key, i), "r184-list-safe",
                        prompt(para(ins), tb.replace(": ", ":  "), mark), sch, {"name": who, key: bv},
                        [{"name": who, key: bv}])


# ------------------------------------------------------------------ Part 2: schema shapes that allow arrays / null
def wrap(shape, key, base):
    """Returns (schema, required) for member key in a given schema shape."""
    props = {"name": {"type": "string"}}
    sch = {"type": "object", "properties": props, "required": ["name", key], "additionalProperties": False}
    if shape == "ref_chain":
        sch["$defs"] = {"a": {"$ref": "#/$defs/b"}, "b": {"type": ["string", "array"], "items": {"type": "string"}}}
        props[key] = {"$ref": "#/$defs/a"}
    elif shape == "ref_chain_str":
        sch["$defs"] = {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/c"}, "c": {"type": "string"}}
        props[key] = {"$ref": "#/$defs/a"}
    elif shape == "definitions":
        sch["definitions"] = {"t": {"type": "string"}}
        props[key] = {"$ref": "#/definitions/t"}
    elif shape == "allof":
        props[key] = {"allOf": [{"type": "string"}, {"minLength": 1}]}
    elif shape == "allof_nested":
        props[key] = {"allOf": [{"allOf": [{"type": "string"}]}]}
    elif shape == "typelist1":
        props[key] = {"type": ["string"]}
    elif shape == "oneof_pat":
        props[key] = {"oneOf": [{"type": "string", "pattern": "^[a-z]"}, {"type": "string", "pattern": "^[A-Z0-9]"}]}
    elif shape == "anyof_str":
        props[key] = {"anyOf": [{"type": "string"}, {"type": "string", "maxLength": 40}]}
    elif shape == "notype":
        props[key] = {"description": "the %s" % key}
    elif shape == "enumless_const":
        props[key] = {"type": "string", "minLength": 0}
    elif shape == "ifthen":
        props[key] = {"type": "string"}
        sch["if"] = {"properties": {"name": {"const": ""}}}
        sch["then"] = {"properties": {key: {"type": ["string", "null"]}}}
    return sch


SHAPES2 = ["ref_chain", "ref_chain_str", "definitions", "allof", "allof_nested", "typelist1", "oneof_pat", "anyof_str",
           "notype", "enumless_const", "ifthen"]
LIST2 = [("tags", "Tags", ["vip", "press", "staff", "repeat"], ["x86", "k8s", "q3"], ["Also tagged", "Tag", "+"]),
         ("skills", "Skills", ["welding", "excel", "plumbing"], ["es6", "html5", "C2"], ["Also skilled in", "Language", "+"]),
         ("allergies", "Allergies", ["latex", "nuts", "pollen"], ["E621", "b12", "q10"], ["Also allergic to", "Category", "+"])]

for rep in range(8):
    for shape in SHAPES2:
        for key, lab, words, extras, addl in LIST2:
            for al in addl:
                i = nid()
                who = nm()
                bv = R.choice(words)
                extra = R.choice(extras)
                sch = wrap(shape, key, bv)
                tb = "Name: %s\n%s: %s" % (who, lab, bv)
                tv = tb + ("\n+ %s" % extra if al == "+" else "\n%s: %s" % (al, extra))
                ve = bv + ", " + extra
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                arg = al != "Also tagged" and al != "Also skilled in" and al != "Also allergic to"
                add("pair", "d184-sb-%s-%s-%d" % (shape, key, i), "r184-shape-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d184-sv-%s-%s-%d" % (shape, key, i), "r184-shape-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)
                if rep % 2 == 0:
                    who3 = nm()
                    add("single", "d184-ss-%s-%s-%d" % (shape, key, i), "r184-shape-single",
                        prompt(ins, tv.replace(who, who3), mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)

# ------------------------------------------------------------------ Part 3: placeholder codes where null is allowed
CODES = [("booking_ref", "Booking ref", lambda: "SK %d" % R.randint(1000, 9999)),
         ("member_id", "Member ID", lambda: "M-%d" % R.randint(10000, 99999)),
         ("seat", "Seat", lambda: "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))),
         ("ticket_no", "Ticket no.", lambda: "TK %d" % R.randint(100000, 999999)),
         ("locker", "Locker", lambda: "L-%d" % R.randint(10, 99))]
PH = [("AB 00", True), ("XX-12", True), ("TBD 2026-00", False), ("XX 00", True), ("TBA 00", False), ("NN-000", True),
      ("00-00", True), ("ZZ 99", True), ("TBD-2026", False), ("PENDING 2026-00", False), ("XXX 123", True),
      ("N/A-2026", False), ("???-00", False), ("-- 00", True), ("TBC 01", False)]
NULLSH = ["typenull", "notreq", "ifthen", "anyofnull", "ref_null", "allof_null"]


def nsch(key, shape):
    props = {"name": {"type": "string"}}
    sch = {"type": "object", "properties": props, "required": ["name", key], "additionalProperties": False}
    if shape == "typenull":
        props[key] = {"type": ["string", "null"]}
    elif shape == "notreq":
        props[key] = {"type": "string"}
        sch["required"] = ["name"]
    elif shape == "ifthen":
        props[key] = {"type": "string"}
        sch["if"] = {"properties": {key: {"const": None}}}
        sch["then"] = {"properties": {key: {"type": "null"}}}
        sch["else"] = {"properties": {key: {"type": "string"}}}
        props[key] = {"type": ["string", "null"]} if R.random() < 0.0 else {}
        props[key] = {"type": "string"}
        sch["required"] = ["name"]
    elif shape == "anyofnull":
        props[key] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    elif shape == "ref_null":
        sch["$defs"] = {"c": {"type": ["string", "null"]}}
        props[key] = {"$ref": "#/$defs/c"}
    elif shape == "allof_null":
        props[key] = {"allOf": [{"type": ["string", "null"]}]}
    return sch


def nexp(who, key, shape):
    return {"name": who} if shape in ("notreq", "ifthen") else {"name": who, key: None}


for rep in range(4):
    for key, lab, gen in CODES:
        for phv, argph in PH:
            for shape in NULLSH:
                i = nid()
                who = nm()
                sch = nsch(key, shape)
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                ctx = R.choice(["bare", "note", "intro"])
                if ctx == "bare":
                    t = "Name: %s\n%s: %s" % (who, lab, phv)
                    arg = argph
                elif ctx == "note":
                    t = "Name: %s\n%s: %s\nNote: %s is a placeholder, none issued yet." % (who, lab, phv, lab.lower())
                    arg = False
                else:
                    t = "%s has no %s yet; the form shows a dummy.\nName: %s\n%s: %s" % (
                        who.split()[0], lab.lower(), who, lab, phv)
                    arg = False
                wrong = {"name": who, key: phv}
                right = nexp(who, key, shape)
                add("single", "d184-ps-%s-%s-%s-%d" % (key, shape, ctx, i), "r184-placeholder-single",
                    prompt(ins, t, mark), sch, right, [wrong, right, right], arg=arg)
                if rep == 0 and ctx != "bare":
                    # pair: a real code stored, then the placeholder with a note
                    who2 = nm()
                    real = gen()
                    tb = "Name: %s\n%s: %s" % (who2, lab, real)
                    add("pair", "d184-pb-%s-%s-%d" % (key, shape, i), "r184-placeholder-pair",
                        prompt(ins, tb, mark), sch, {"name": who2, key: real}, [{"name": who2, key: real}])
                    tv = tb + "\nUpdate: %s %s was a dummy; the real one is still to come (%s)." % (
                        who2.split()[0] + "'s", lab.lower(), phv)
                    add("pair", "d184-pv-%s-%s-%d" % (key, shape, i), "r184-placeholder-pair",
                        prompt(para(ins), tv, mark), sch, nexp(who2, key, shape), [nexp(who2, key, shape)] * 2)


# ------------------------------------------------------------------ Part 4: equations, two signs and check-only
def eq_ans(lines):
    return "\n".join(lines)


TPL = ["Solve for {v}: {eq}.", "Find {v} if {eq}.", "Solve {eq} for {v}.", "What is {v}? {eq}"]
eq_prompts = set()


def eadd(tag, fam, p, v, val, answers, kind, report=None, safe=False, arg=False):
    if p in eq_prompts:
        return
    eq_prompts.add(p)
    i = nid()
    pid = "d184-%s-%d" % (tag, i)
    if arg:
        r184_arguable.add(pid)
    E(pid, fam, p, v, str(val), answers, report=report, safe=safe)
    {"pair": r184_pairs, "single": r184_singles, "safe": r184_safe}[kind].append(pid)


# final values with two signs: right value odd form (arguable) and wrong value (clear)
for i in range(400):
    v = R.choice(["x", "y", "n", "t"])
    a = R.randint(2, 9)
    xx = R.choice([12, 15, 7, 25, 40, 105, 36])
    b = R.randint(1, 9)
    eq = "%d%s + %d = %d" % (a, v, b, a * xx + b)
    st = [eq, "%d%s = %d" % (a, v, a * xx)]
    s = str(xx)
    forms = [("negneg", "%s = -(-%s)" % (v, s), True), ("plus", "%s = +%s" % (v, s), True),
             ("uneg", "%s = −(−%s)" % (v, s), True), ("negpar", "%s = -(%s)" % (v, s), False),
             ("plusneg", "%s = +-%s" % (v, s), False), ("negplus", "%s = -+%s" % (v, s), False),
             ("uplusneg", "%s = +−%s" % (v, s), False), ("negnegspace", "%s = - (-%s)" % (v, s), True),
             ("minusminusu", "%s = −−%s" % (v, s), True), ("negparneg", "%s = -(+%s)" % (v, s), False),
             ("dblpar", "%s = (-(-%s))" % (v, s), True), ("neg1", "%s = -1·(-%s)" % (v, s), True),
             ("pluspar", "%s = +(%s)" % (v, s), True), ("negfull", "%s = −%s" % (v, s), False),
             ("tilde", "%s = ~%s" % (v, s), True), ("pm", "%s = ±%s" % (v, s), False)]
    tag, last, arg = forms[i % len(forms)]
    p = R.choice(TPL).format(v=v, eq=eq)
    eadd("es_" + tag, "final_" + tag, p, v, xx, [eq_ans(st + [last]), eq_ans(st + ["%s = %s" % (v, s)])] * 1
         + [eq_ans(st + ["%s = %s" % (v, s)])], "single", arg=arg)

# check-only requests
JUST = ["Only give the check.", "Check only.", "The check, nothing else.", "Only the check.", "Just check it.",
        "Give me the check only.", "Nothing but the check.", "Only the verification.", "Just verify.",
        "The check alone, please.", "Just the substitution check.", "Only show the check line.",
        "Give only the check.", "Check, only.", "Just the proof check.", "Only the check please."]
for i in range(len(JUST) * 12):
    v = R.choice(["x", "n", "t"])
    a = R.randint(2, 9)
    xx = R.randint(2, 12)
    b = R.randint(1, 9)
    c = a * xx + b
    eq = "%d%s + %d = %d" % (a, v, b, c)
    steps = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, xx)]
    xonly = eq_ans(steps)
    cl = JUST[i % len(JUST)]
    base_p = "Solve for %s: %s." % (v, eq)
    eadd("jb", "just_base", base_p, v, xx, [xonly], "pair")
    chk = "%d(%d) + %d = %d" % (a, xx, b, c)
    rep = {"expression": "%d(%d)+%d" % (a, xx, b), "value": str(c)}
    eadd("jv", "just_check", base_p + " " + cl, v, xx, [xonly + "\n" + chk, chk], "pair", report=rep, arg=True)


# ------------------------------------------------------------------ Part 5: edges of part 1's hole (one-line records, parens)
EDGE = {
    "additives": (["Additives", "Additive"], ["salt", "sugar", "pectin", "yeast"], ["E621", "E211", "E250", "E330"],
                  ["Additive 2", "Also contains", "Extra additive", "E-number", "Category", "Allergen", "Contains",
                   "Preservative", "Colour", "Flavour enhancer", "More"]),
    "order_items": (["Order items", "Items"], ["lamp", "chair", "desk", "rug"], ["B12", "K8", "x86", "A4"],
                    ["Item 2", "Product 2", "Also ordered", "Product", "SKU", "Extra item", "Add-on", "Plus", "Item",
                     "Article 3", "Backorder"]),
    "allergies": (["Allergies", "Allergy"], ["latex", "nuts", "pollen"], ["E621", "b12", "q10", "e110"],
                  ["Allergy 2", "Also allergic to", "Allergen", "Category", "Reacts to", "Intolerance", "Plus",
                   "Avoid", "Trigger", "Code", "More"]),
    "labels": (["Labels", "Tags"], ["vip", "press", "repeat"], ["h1", "q3", "k8s", "x86"],
               ["Tag", "Label 2", "Another tag", "Also tagged", "Class", "Flag", "Segment", "Marker", "Plus", "Tag 3",
                "Group"]),
    "skills": (["Skills", "Skill"], ["welding", "excel", "plumbing"], ["k8s", "html5", "es6", "C2"],
               ["Skill 2", "Language", "Also skilled in", "Level", "Tool", "Stack", "Framework", "Certified",
                "Plus", "Knows", "Tech"]),
}
for rep in range(4):
    for key, (labels, words, extras, attrs) in EDGE.items():
        for attr in attrs:
            for form in ["O", "Opar", "Lpar", "Ypar", "Ofirst", "Oold", "L", "Opar_also"]:
                i = nid()
                who = nm()
                its = R.sample(words, R.choice([1, 2]))
                extra = R.choice(extras)
                lab = R.choice(labels)
                bv = ", ".join(its)
                ve = bv + ", " + extra
                room = R.random() < 0.5
                f = [("Name", who), (lab, bv)] + ([("Room", str(R.randint(100, 499)))] if room else [])
                if form == "Oold":
                    full = bv + ", " + extra
                    tb = render([("Name", who), (lab, full)] + f[2:], "O")
                    tv = tb + " | %s: %s (removed)" % (attr, extra)
                    bv, ve = full, bv
                elif form == "Ofirst":
                    tb = render(f, "O")
                    tv = "%s: %s | " % (attr, extra) + tb
                else:
                    lay = form[0]
                    tb = render(f, lay)
                    sep = " | " if lay == "O" else "\n"
                    if form == "O" or form == "L":
                        tv = tb + sep + "%s: %s" % (attr, extra)
                    elif form == "Opar_also":
                        tv = tb + sep + "(also %s)" % extra
                    else:
                        tv = tb + sep + "(%s: %s)" % (attr, extra)
                if lay == "Y" and form == "Ypar":
                    pass
                arg = not (attr.startswith("Also") or attr[-1].isdigit() or attr in ("Extra additive", "Extra item",
                           "Another tag", "Allergy 2", "Skill 2", "Also ordered", "Also contains") or form == "Opar_also")
                sch = S({"name": "string", key: "string"})
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                add("pair", "d184-eb-%s-%s-%d" % (key, form, i), "r184-edge-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d184-ev-%s-%s-%d" % (key, form, i), "r184-edge-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2, arg=arg)
                if rep < 2:
                    who3 = nm()
                    add("single", "d184-ed-%s-%s-%d" % (key, form, i), "r184-edge-single",
                        prompt(ins, tv.replace(who, who3), mark), sch, {"name": who3, key: ve},
                        [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}], arg=arg)

# ------------------------------------------------------------------ Part 6: wrappers of a nullable member, placeholders
WRAPS = ["allof_null", "allof_null2", "allof_nested_null", "allof_ref_null", "ref_allof_null", "oneof_null",
         "anyof_allof_null", "typenull"]


def wsch(key, w):
    props = {"name": {"type": "string"}}
    sch = {"type": "object", "properties": props, "required": ["name", key], "additionalProperties": False}
    if w == "allof_null":
        props[key] = {"allOf": [{"type": ["string", "null"]}]}
    elif w == "allof_null2":
        props[key] = {"allOf": [{"type": ["string", "null"]}, {"maxLength": 60}]}
    elif w == "allof_nested_null":
        props[key] = {"allOf": [{"allOf": [{"type": ["null", "string"]}]}]}
    elif w == "allof_ref_null":
        sch["$defs"] = {"n": {"type": ["string", "null"]}}
        props[key] = {"allOf": [{"$ref": "#/$defs/n"}]}
    elif w == "ref_allof_null":
        sch["$defs"] = {"n": {"allOf": [{"type": ["string", "null"]}]}}
        props[key] = {"$ref": "#/$defs/n"}
    elif w == "oneof_null":
        props[key] = {"oneOf": [{"type": "string"}, {"type": "null"}]}
    elif w == "anyof_allof_null":
        props[key] = {"anyOf": [{"allOf": [{"type": "string"}]}, {"type": "null"}]}
    else:
        props[key] = {"type": ["string", "null"]}
    return sch


PH6 = [("contact_person", "Contact person", ["Nom Prénom", "Awaiting Assignment", "Wird Nachgereicht", "Lorem Ipsum",
                                             "Max Mustermann", "To Be Assigned", "Not Yet Known"], ["Awaiting Assignment",
                                             "Wird Nachgereicht", "To Be Assigned", "Not Yet Known"]),
       ("employer", "Employer", ["ukendt", "haijulikani", "Nvt", "Kosong", "unknown", "TBD", "Wird Nachgereicht"],
        ["ukendt", "haijulikani", "Nvt", "Kosong", "unknown", "TBD", "Wird Nachgereicht"]),
       ("phone", "Phone", ["+47 11 11 11 11", "+47 12 34 56 78", "11111", "000 00 000", "TBD 2026-00"],
        ["TBD 2026-00"]),
       ("email", "Email", ["na@na.com", "noreply@firm.no", "x@example.com", "test@test.com", "tbd@tbd.tbd"],
        ["na@na.com", "tbd@tbd.tbd"]),
       ("seat", "Seat", ["TBD 2026-00", "TBD-2026", "PENDING 2026-00", "TBA 2026", "N/A 2026", "XX-12", "AB 00"],
        ["TBD 2026-00", "TBD-2026", "PENDING 2026-00", "TBA 2026", "N/A 2026"]),
       ("booking_ref", "Booking ref", ["TBD 2026-00", "TBD-2026", "PENDING 2026-00", "TBC 2026", "NONE 00"],
        ["TBD 2026-00", "TBD-2026", "PENDING 2026-00", "TBC 2026", "NONE 00"]),
       ("date_of_birth", "Date of birth", ["00.00.0000", "TBD 2026-00", "01.01.1900", "1970-01-01"],
        ["00.00.0000", "TBD 2026-00"])]
for rep in range(3):
    for key, lab, phs, clear in PH6:
        for phv in phs:
            for w in WRAPS:
                i = nid()
                who = nm()
                sch = wsch(key, w)
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                lay = R.choice(["L", "O", "Y"])
                t = render([("Name", who), (lab, phv)], lay)
                add("single", "d184-ws-%s-%s-%d" % (key, w, i), "r184-wrap-single",
                    prompt(ins, t, mark), sch, {"name": who, key: None},
                    [{"name": who, key: phv}, {"name": who, key: None}, {"name": who, key: None}],
                    arg=phv not in clear)

# ------------------------------------------------------------------ Part 7: more final-value spellings and check-only words
for i in range(240):
    v = R.choice(["x", "y", "n", "t"])
    a = R.randint(2, 9)
    xx = R.choice([12, 15, 7, 25, 40, 36])
    b = R.randint(1, 9)
    eq = "%d%s + %d = %d" % (a, v, b, a * xx + b)
    st = [eq, "%d%s = %d" % (a, v, a * xx)]
    s = str(xx)
    forms = [("tneg", "%s = -(-(-%s))" % (v, s), False), ("tneg2", "%s = - - -%s" % (v, s), False),
             ("pneg", "%s = +(-%s)" % (v, s), False), ("negm1", "%s = -(-%s)·(-1)" % (v, s), False),
             ("m1neg", "%s = (-%s)·(-1)" % (v, s), True), ("negnegpar2", "%s = -(-(%s))" % (v, s), True),
             ("unegpar", "%s = −(%s)" % (v, s), False), ("negsp", "%s = - (%s)" % (v, s), False),
             ("negnegm", "%s = −(−(−%s))" % (v, s), False), ("pluspneg", "%s = +(−%s)" % (v, s), False),
             ("zeroneg", "%s = 0 - %s" % (v, s), False), ("negabs", "%s = -|%s|" % (v, s), False)]
    tag, last, arg = forms[i % len(forms)]
    p = R.choice(TPL).format(v=v, eq=eq)
    eadd("et_" + tag, "final2_" + tag, p, v, xx, [eq_ans(st + [last]), eq_ans(st + ["%s = %s" % (v, s)]),
                                                  eq_ans(st + ["%s = %s" % (v, s)])], "single", arg=arg)
JUST2 = ["The check, nothing else.", "Only give the check.", "The check only, nothing else.", "Check line, nothing else.",
         "Give the check, nothing else.", "Only give the check line.", "Just give the check.", "Only write the check.",
         "The check and nothing more.", "Nothing else but the check.", "The check, no solution.",
         "Do not solve it, only check it.", "Only give the check, not the value.", "The check, nothing more.",
         "Only give the substitution.", "Only the substituted equation."]
for i in range(len(JUST2) * 8):
    v = R.choice(["x", "n", "t"])
    a = R.randint(2, 9)
    xx = R.randint(2, 12)
    b = R.randint(1, 9)
    c = a * xx + b
    eq = "%d%s + %d = %d" % (a, v, b, c)
    steps = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, xx)]
    xonly = eq_ans(steps)
    cl = JUST2[i % len(JUST2)]
    base_p = R.choice(["Solve for %s: %s.", "Find %s: %s."]) % (v, eq)
    eadd("kb", "just2_base", base_p, v, xx, [xonly], "pair")
    chk = "%d(%d) + %d = %d" % (a, xx, b, c)
    rep = {"expression": "%d(%d)+%d" % (a, xx, b), "value": str(c)}
    eadd("kv", "just2_check", base_p + " " + cl, v, xx, [xonly + "\n" + chk, chk], "pair", report=rep, arg=True)

# ------------------------------------------------------------------ Part 8: allOf-wrapped members that allow arrays or have no type
AW = ["allof_arr", "allof_notype", "allof_ref_arr", "allof_nested_arr", "allof_anyof_arr"]


def awsch(key, w):
    props = {"name": {"type": "string"}}
    sch = {"type": "object", "properties": props, "required": ["name", key], "additionalProperties": False}
    if w == "allof_arr":
        props[key] = {"allOf": [{"type": ["string", "array"], "items": {"type": "string"}}]}
    elif w == "allof_notype":
        props[key] = {"allOf": [{"description": "the %s" % key}]}
    elif w == "allof_ref_arr":
        sch["$defs"] = {"l": {"type": ["array", "string"], "items": {"type": "string"}}}
        props[key] = {"allOf": [{"$ref": "#/$defs/l"}]}
    elif w == "allof_nested_arr":
        props[key] = {"allOf": [{"allOf": [{"type": ["string", "array"], "items": {"type": "string"}}]}]}
    else:
        props[key] = {"allOf": [{"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}]}
    return sch


AL8 = [("tags", "Tags", ["vip", "press", "staff"], ["x86", "k8s", "q3"], ["Also tagged", "Further tags"]),
       ("skills", "Skills", ["welding", "excel"], ["es6", "html5"], ["Also skilled in", "Further skills"]),
       ("allergies", "Allergies", ["latex", "nuts"], ["E621", "b12"], ["Also allergic to", "Further allergies"])]
for rep in range(6):
    for w in AW:
        for key, lab, words, extras, addl in AL8:
            for al in addl:
                i = nid()
                who = nm()
                bv = R.choice(words)
                extra = R.choice(extras)
                sch = awsch(key, w)
                lay = R.choice(["L", "O", "Y"])
                tb = render([("Name", who), (lab, bv)], lay)
                tv = tb + (" | " if lay == "O" else "\n") + "%s: %s" % (al, extra)
                ve = bv + ", " + extra
                ins = R.choice(INSTR)
                mark = R.choice(MARK)
                add("pair", "d184-ab-%s-%s-%d" % (w, key, i), "r184-allof-arr-pair",
                    prompt(ins, tb, mark), sch, {"name": who, key: bv}, [{"name": who, key: bv}])
                add("pair", "d184-av-%s-%s-%d" % (w, key, i), "r184-allof-arr-pair",
                    prompt(para(ins), tv, mark), sch, {"name": who, key: ve}, [{"name": who, key: ve}] * 2)
                who3 = nm()
                add("single", "d184-as-%s-%s-%d" % (w, key, i), "r184-allof-arr-single",
                    prompt(ins, tv.replace(who, who3), mark), sch, {"name": who3, key: ve},
                    [{"name": who3, key: bv}, {"name": who3, key: ve}, {"name": who3, key: ve}])

# ------------------------------------------------------------------ classification of the found ids
# Arguable: every list finding (the attribute label does not say the item is the member's), every equation finding
# (the served value is right, its form odd, or the check was asked and the solution served), bare placeholders a
# reader may copy ("AB 00", "ZZ 99", "Lorem Ipsum", "1970-01-01"). Clear: placeholders that say there is none.
r184_arguable_found = {
    'd184-ed-additives-L-6654', 'd184-ed-additives-O-6208', 'd184-ed-additives-O-6216', 'd184-ed-additives-O-6248',
    'd184-ed-additives-O-6648', 'd184-ed-additives-O-6656', 'd184-ed-additives-O-6688', 'd184-ed-additives-Ofirst-6212',
    'd184-ed-additives-Ofirst-6220', 'd184-ed-additives-Ofirst-6252', 'd184-ed-additives-Ofirst-6652', 'd184-ed-additives-Ofirst-6660',
    'd184-ed-additives-Ofirst-6692', 'd184-ed-additives-Opar-6209', 'd184-ed-additives-Opar-6217', 'd184-ed-additives-Opar-6249',
    'd184-ed-additives-Opar-6657', 'd184-ed-additives-Opar-6689', 'd184-ed-allergies-O-6384', 'd184-ed-allergies-O-6432',
    'd184-ed-allergies-O-6824', 'd184-ed-allergies-O-6872', 'd184-ed-allergies-Ofirst-6388', 'd184-ed-allergies-Ofirst-6436',
    'd184-ed-allergies-Ofirst-6828', 'd184-ed-allergies-Ofirst-6876', 'd184-ed-allergies-Opar-6385', 'd184-ed-allergies-Opar-6433',
    'd184-ed-allergies-Opar-6825', 'd184-ed-allergies-Opar-6873', 'd184-ed-labels-O-6888', 'd184-ed-labels-O-6920',
    'd184-ed-labels-Ofirst-6452', 'd184-ed-labels-Ofirst-6484', 'd184-ed-labels-Ofirst-6892', 'd184-ed-labels-Ofirst-6924',
    'd184-ed-labels-Opar-6889', 'd184-ed-order_items-L-6750', 'd184-ed-order_items-Ofirst-6300', 'd184-ed-skills-L-7006',
    'd184-ed-skills-O-6544', 'd184-ed-skills-O-6560', 'd184-ed-skills-O-6984', 'd184-ed-skills-O-7000',
    'd184-ed-skills-Ofirst-6548', 'd184-ed-skills-Ofirst-6564', 'd184-ed-skills-Ofirst-6988', 'd184-ed-skills-Ofirst-7004',
    'd184-ed-skills-Opar-6545', 'd184-ed-skills-Opar-6561', 'd184-ed-skills-Opar-6985', 'd184-ed-skills-Opar-7001',
    'd184-es_dblpar-5423', 'd184-es_dblpar-5439', 'd184-es_dblpar-5455', 'd184-es_dblpar-5471',
    'd184-es_dblpar-5503', 'd184-es_dblpar-5519', 'd184-es_dblpar-5535', 'd184-es_dblpar-5551',
    'd184-es_dblpar-5566', 'd184-es_dblpar-5582', 'd184-es_dblpar-5598', 'd184-es_dblpar-5614',
    'd184-es_dblpar-5630', 'd184-es_dblpar-5646', 'd184-es_dblpar-5662', 'd184-es_dblpar-5693',
    'd184-es_dblpar-5709', 'd184-es_dblpar-5725', 'd184-es_dblpar-5740', 'd184-es_dblpar-5756',
    'd184-es_dblpar-5771', 'd184-es_dblpar-5787', 'd184-es_minusminusu-5580', 'd184-es_minusminusu-5691',
    'd184-es_neg1-5424', 'd184-es_neg1-5440', 'd184-es_neg1-5456', 'd184-es_neg1-5472',
    'd184-es_neg1-5488', 'd184-es_neg1-5504', 'd184-es_neg1-5520', 'd184-es_neg1-5536',
    'd184-es_neg1-5552', 'd184-es_neg1-5567', 'd184-es_neg1-5583', 'd184-es_neg1-5599',
    'd184-es_neg1-5615', 'd184-es_neg1-5631', 'd184-es_neg1-5647', 'd184-es_neg1-5663',
    'd184-es_neg1-5678', 'd184-es_neg1-5694', 'd184-es_neg1-5710', 'd184-es_neg1-5726',
    'd184-es_neg1-5741', 'd184-es_neg1-5757', 'd184-es_neg1-5772', 'd184-es_neg1-5788',
    'd184-es_neg1-5804', 'd184-es_negfull-5617', 'd184-es_negfull-5743', 'd184-es_negneg-5413',
    'd184-es_negneg-5429', 'd184-es_negneg-5477', 'd184-es_negneg-5493', 'd184-es_negneg-5509',
    'd184-es_negneg-5525', 'd184-es_negneg-5541', 'd184-es_negneg-5556', 'd184-es_negneg-5572',
    'd184-es_negneg-5588', 'd184-es_negneg-5604', 'd184-es_negneg-5620', 'd184-es_negneg-5636',
    'd184-es_negneg-5652', 'd184-es_negneg-5668', 'd184-es_negneg-5683', 'd184-es_negneg-5715',
    'd184-es_negneg-5746', 'd184-es_negneg-5762', 'd184-es_negneg-5777', 'd184-es_negneg-5793',
    'd184-es_negnegspace-5420', 'd184-es_negnegspace-5436', 'd184-es_negnegspace-5452', 'd184-es_negnegspace-5468',
    'd184-es_negnegspace-5500', 'd184-es_negnegspace-5516', 'd184-es_negnegspace-5532', 'd184-es_negnegspace-5548',
    'd184-es_negnegspace-5563', 'd184-es_negnegspace-5579', 'd184-es_negnegspace-5595', 'd184-es_negnegspace-5611',
    'd184-es_negnegspace-5627', 'd184-es_negnegspace-5643', 'd184-es_negnegspace-5659', 'd184-es_negnegspace-5674',
    'd184-es_negnegspace-5706', 'd184-es_negnegspace-5722', 'd184-es_negnegspace-5737', 'd184-es_negnegspace-5753',
    'd184-es_negnegspace-5768', 'd184-es_negnegspace-5784', 'd184-es_negnegspace-5800', 'd184-es_negpar-5528',
    'd184-es_negpar-5718', 'd184-es_negpar-5780', 'd184-es_plus-5414', 'd184-es_plus-5430',
    'd184-es_plus-5446', 'd184-es_plus-5462', 'd184-es_plus-5478', 'd184-es_plus-5494',
    'd184-es_plus-5510', 'd184-es_plus-5526', 'd184-es_plus-5542', 'd184-es_plus-5557',
    'd184-es_plus-5573', 'd184-es_plus-5589', 'd184-es_plus-5605', 'd184-es_plus-5621',
    'd184-es_plus-5653', 'd184-es_plus-5669', 'd184-es_plus-5684', 'd184-es_plus-5700',
    'd184-es_plus-5716', 'd184-es_plus-5732', 'd184-es_plus-5747', 'd184-es_plus-5763',
    'd184-es_plus-5778', 'd184-es_plus-5794', 'd184-es_pluspar-5425', 'd184-es_pluspar-5441',
    'd184-es_pluspar-5457', 'd184-es_pluspar-5489', 'd184-es_pluspar-5505', 'd184-es_pluspar-5537',
    'd184-es_pluspar-5553', 'd184-es_pluspar-5568', 'd184-es_pluspar-5584', 'd184-es_pluspar-5600',
    'd184-es_pluspar-5616', 'd184-es_pluspar-5632', 'd184-es_pluspar-5648', 'd184-es_pluspar-5664',
    'd184-es_pluspar-5679', 'd184-es_pluspar-5711', 'd184-es_pluspar-5727', 'd184-es_pluspar-5742',
    'd184-es_pluspar-5758', 'd184-es_pluspar-5773', 'd184-es_pluspar-5789', 'd184-es_pluspar-5805',
    'd184-es_pm-5745', 'd184-es_uneg-5415', 'd184-es_uneg-5431', 'd184-es_uneg-5463',
    'd184-es_uneg-5479', 'd184-es_uneg-5495', 'd184-es_uneg-5511', 'd184-es_uneg-5527',
    'd184-es_uneg-5543', 'd184-es_uneg-5558', 'd184-es_uneg-5590', 'd184-es_uneg-5606',
    'd184-es_uneg-5622', 'd184-es_uneg-5638', 'd184-es_uneg-5654', 'd184-es_uneg-5670',
    'd184-es_uneg-5685', 'd184-es_uneg-5701', 'd184-es_uneg-5717', 'd184-es_uneg-5748',
    'd184-es_uneg-5764', 'd184-es_uneg-5779', 'd184-es_uneg-5795', 'd184-es_uplusneg-5658',
    'd184-es_uplusneg-5673', 'd184-es_uplusneg-5767', 'd184-et_m1neg-8907', 'd184-et_m1neg-8919',
    'd184-et_m1neg-8931', 'd184-et_m1neg-8954', 'd184-et_m1neg-8966', 'd184-et_m1neg-8987',
    'd184-et_m1neg-8997', 'd184-et_m1neg-9008', 'd184-et_m1neg-9020', 'd184-et_m1neg-9030',
    'd184-et_m1neg-9041', 'd184-et_m1neg-9052', 'd184-et_m1neg-9062', 'd184-et_m1neg-9073',
    'd184-et_m1neg-9095', 'd184-et_m1neg-9106', 'd184-et_negnegpar2-8908', 'd184-et_negnegpar2-8920',
    'd184-et_negnegpar2-8932', 'd184-et_negnegpar2-8943', 'd184-et_negnegpar2-8955', 'd184-et_negnegpar2-8967',
    'd184-et_negnegpar2-8988', 'd184-et_negnegpar2-8998', 'd184-et_negnegpar2-9021', 'd184-et_negnegpar2-9031',
    'd184-et_negnegpar2-9042', 'd184-et_negnegpar2-9063', 'd184-et_negnegpar2-9074', 'd184-et_negnegpar2-9107',
    'd184-et_negsp-9023', 'd184-et_negsp-9118', 'd184-et_pluspneg-8924', 'd184-et_pneg-8917',
    'd184-et_tneg-9016', 'd184-et_tneg-9027', 'd184-et_tneg-9070', 'd184-et_unegpar-8921',
    'd184-ev-additives-L-6654', 'd184-ev-additives-O-6208', 'd184-ev-additives-O-6216', 'd184-ev-additives-O-6248',
    'd184-ev-additives-O-6648', 'd184-ev-additives-O-6656', 'd184-ev-additives-O-6688', 'd184-ev-additives-O-7088',
    'd184-ev-additives-O-7096', 'd184-ev-additives-O-7128', 'd184-ev-additives-O-7528', 'd184-ev-additives-O-7536',
    'd184-ev-additives-O-7568', 'd184-ev-additives-Ofirst-6212', 'd184-ev-additives-Ofirst-6220', 'd184-ev-additives-Ofirst-6252',
    'd184-ev-additives-Ofirst-6652', 'd184-ev-additives-Ofirst-6660', 'd184-ev-additives-Ofirst-6692', 'd184-ev-additives-Ofirst-7092',
    'd184-ev-additives-Ofirst-7100', 'd184-ev-additives-Ofirst-7132', 'd184-ev-additives-Ofirst-7532', 'd184-ev-additives-Ofirst-7540',
    'd184-ev-additives-Ofirst-7572', 'd184-ev-additives-Opar-6209', 'd184-ev-additives-Opar-6217', 'd184-ev-additives-Opar-6249',
    'd184-ev-additives-Opar-6657', 'd184-ev-additives-Opar-6689', 'd184-ev-additives-Opar-7089', 'd184-ev-additives-Opar-7097',
    'd184-ev-additives-Opar-7129', 'd184-ev-additives-Opar-7529', 'd184-ev-additives-Opar-7537', 'd184-ev-allergies-O-6384',
    'd184-ev-allergies-O-6432', 'd184-ev-allergies-O-6824', 'd184-ev-allergies-O-6872', 'd184-ev-allergies-O-7264',
    'd184-ev-allergies-O-7312', 'd184-ev-allergies-O-7704', 'd184-ev-allergies-O-7752', 'd184-ev-allergies-Ofirst-6388',
    'd184-ev-allergies-Ofirst-6436', 'd184-ev-allergies-Ofirst-6828', 'd184-ev-allergies-Ofirst-6876', 'd184-ev-allergies-Ofirst-7268',
    'd184-ev-allergies-Ofirst-7316', 'd184-ev-allergies-Ofirst-7708', 'd184-ev-allergies-Ofirst-7756', 'd184-ev-allergies-Opar-6385',
    'd184-ev-allergies-Opar-6433', 'd184-ev-allergies-Opar-6825', 'd184-ev-allergies-Opar-6873', 'd184-ev-allergies-Opar-7265',
    'd184-ev-allergies-Opar-7313', 'd184-ev-allergies-Opar-7705', 'd184-ev-allergies-Opar-7753', 'd184-ev-labels-O-6888',
    'd184-ev-labels-O-6920', 'd184-ev-labels-O-7328', 'd184-ev-labels-O-7768', 'd184-ev-labels-O-7800',
    'd184-ev-labels-Ofirst-6452', 'd184-ev-labels-Ofirst-6484', 'd184-ev-labels-Ofirst-6892', 'd184-ev-labels-Ofirst-6924',
    'd184-ev-labels-Ofirst-7332', 'd184-ev-labels-Ofirst-7364', 'd184-ev-labels-Ofirst-7804', 'd184-ev-labels-Opar-6889',
    'd184-ev-labels-Opar-7329', 'd184-ev-labels-Opar-7361', 'd184-ev-labels-Opar-7769', 'd184-ev-order_items-L-6750',
    'd184-ev-order_items-O-7176', 'd184-ev-order_items-O-7624', 'd184-ev-order_items-Ofirst-6300', 'd184-ev-order_items-Ofirst-7188',
    'd184-ev-order_items-Ofirst-7628', 'd184-ev-order_items-Opar-7617', 'd184-ev-order_items-Opar-7625', 'd184-ev-skills-L-7006',
    'd184-ev-skills-O-6544', 'd184-ev-skills-O-6560', 'd184-ev-skills-O-6984', 'd184-ev-skills-O-7000',
    'd184-ev-skills-O-7424', 'd184-ev-skills-O-7440', 'd184-ev-skills-O-7864', 'd184-ev-skills-O-7880',
    'd184-ev-skills-Ofirst-6548', 'd184-ev-skills-Ofirst-6564', 'd184-ev-skills-Ofirst-6988', 'd184-ev-skills-Ofirst-7004',
    'd184-ev-skills-Ofirst-7428', 'd184-ev-skills-Ofirst-7444', 'd184-ev-skills-Ofirst-7868', 'd184-ev-skills-Ofirst-7884',
    'd184-ev-skills-Opar-6545', 'd184-ev-skills-Opar-6561', 'd184-ev-skills-Opar-6985', 'd184-ev-skills-Opar-7001',
    'd184-ev-skills-Opar-7425', 'd184-ev-skills-Opar-7441', 'd184-ev-skills-Opar-7865', 'd184-ev-skills-Opar-7881',
    'd184-jv-5814', 'd184-jv-5842', 'd184-jv-5846', 'd184-jv-5874',
    'd184-jv-5878', 'd184-jv-5910', 'd184-jv-5942', 'd184-jv-6037',
    'd184-jv-6097', 'd184-jv-6129', 'd184-kb-9137', 'd184-kv-9130',
    'd184-kv-9162', 'd184-kv-9188', 'd184-kv-9194', 'd184-kv-9225',
    'd184-kv-9256', 'd184-kv-9287', 'd184-kv-9313', 'd184-kv-9319',
    'd184-kv-9345', 'd184-kv-9351', 'd184-ls-additives-attr-O-1320', 'd184-ls-additives-attr-O-192',
    'd184-ls-additives-attr-O-2448', 'd184-ls-additives-attr-O-756', 'd184-ls-additives-paren-O-1927', 'd184-ls-additives-paren-O-799',
    'd184-ls-allergies-paren-O-846', 'd184-ls-labels-attr-O-1273', 'd184-ls-labels-paren-L-1877', 'd184-ls-order_items-paren-O-1175',
    'd184-ls-order_items-paren-O-1739', 'd184-ls-order_items-paren-O-2303', 'd184-ls-skills-paren-O-1269', 'd184-lv-additives-attr-O-1320',
    'd184-lv-additives-attr-O-1602', 'd184-lv-additives-attr-O-192', 'd184-lv-additives-attr-O-2448', 'd184-lv-additives-attr-O-2730',
    'd184-lv-additives-attr-O-756', 'd184-lv-additives-paren-O-1927', 'd184-lv-additives-paren-O-2209', 'd184-lv-additives-paren-O-2773',
    'd184-lv-additives-paren-O-799', 'd184-lv-allergies-attr-O-521', 'd184-lv-allergies-paren-O-2820', 'd184-lv-allergies-paren-O-846',
    'd184-lv-labels-attr-O-1273', 'd184-lv-labels-paren-L-1877', 'd184-lv-labels-paren-Y-2724', 'd184-lv-order_items-paren-O-1175',
    'd184-lv-order_items-paren-O-1457', 'd184-lv-order_items-paren-O-1739', 'd184-lv-order_items-paren-O-2021', 'd184-lv-order_items-paren-O-2303',
    'd184-lv-skills-attr-O-2072', 'd184-lv-skills-paren-O-1269', 'd184-ps-booking_ref-allof_null-bare-5010', 'd184-ps-booking_ref-anyofnull-bare-5008',
    'd184-ps-booking_ref-notreq-bare-3614', 'd184-ps-booking_ref-notreq-bare-4106', 'd184-ps-booking_ref-notreq-bare-4964', 'd184-ps-booking_ref-notreq-bare-5006',
    'd184-ps-booking_ref-typenull-bare-4063', 'd184-ps-booking_ref-typenull-bare-4513', 'd184-ps-locker-allof_null-bare-4428', 'd184-ps-locker-allof_null-bare-4470',
    'd184-ps-locker-allof_null-bare-5328', 'd184-ps-locker-allof_null-bare-5370', 'd184-ps-locker-anyofnull-bare-4426', 'd184-ps-locker-anyofnull-bare-4876',
    'd184-ps-locker-anyofnull-bare-5368', 'd184-ps-locker-ifthen-bare-5367', 'd184-ps-locker-notreq-bare-4466', 'd184-ps-locker-typenull-bare-4423',
    'd184-ps-member_id-allof_null-bare-4158', 'd184-ps-member_id-allof_null-bare-5100', 'd184-ps-member_id-anyofnull-bare-4648', 'd184-ps-member_id-ifthen-bare-5055',
    'd184-ps-member_id-ifthen-bare-5097', 'd184-ps-member_id-notreq-bare-4196', 'd184-ps-member_id-notreq-bare-4646', 'd184-ps-member_id-typenull-bare-3703',
    'd184-ps-member_id-typenull-bare-4153', 'd184-ps-member_id-typenull-bare-4603', 'd184-ps-member_id-typenull-bare-4645', 'd184-ps-seat-allof_null-bare-4698',
    'd184-ps-seat-allof_null-bare-5148', 'd184-ps-seat-anyofnull-bare-4288', 'd184-ps-seat-ifthen-bare-5187', 'd184-ps-seat-notreq-bare-4694',
    'd184-ps-seat-notreq-bare-5186', 'd184-ps-seat-typenull-bare-4243', 'd184-ps-seat-typenull-bare-4693', 'd184-ps-ticket_no-allof_null-bare-5280',
    'd184-ps-ticket_no-anyofnull-bare-4786', 'd184-ps-ticket_no-ifthen-bare-4827', 'd184-ps-ticket_no-ifthen-bare-5235', 'd184-ps-ticket_no-notreq-bare-4826',
    'd184-ps-ticket_no-typenull-bare-5233', 'd184-ss-enumless_const-skills-2906', 'd184-ss-ref_chain_str-allergies-2837', 'd184-ss-typelist1-allergies-3467',
    'd184-sv-typelist1-allergies-3467', 'd184-ws-contact_person-allof_nested_null-8298', 'd184-ws-contact_person-allof_nested_null-8586', 'd184-ws-contact_person-allof_nested_null-8618',
    'd184-ws-contact_person-allof_null-7968', 'd184-ws-contact_person-allof_null-8264', 'd184-ws-contact_person-allof_null-8288', 'd184-ws-contact_person-allof_null-8584',
    'd184-ws-contact_person-allof_null-8616', 'd184-ws-contact_person-allof_null2-8289', 'd184-ws-contact_person-allof_null2-8297', 'd184-ws-contact_person-allof_ref_null-8291',
    'd184-ws-contact_person-allof_ref_null-8299', 'd184-ws-contact_person-allof_ref_null-8611', 'd184-ws-contact_person-allof_ref_null-8619', 'd184-ws-date_of_birth-allof_nested_null-8578',
    'd184-ws-date_of_birth-allof_null-8248', 'd184-ws-date_of_birth-allof_null-8256', 'd184-ws-date_of_birth-allof_null-8568', 'd184-ws-date_of_birth-allof_null-8576',
    'd184-ws-date_of_birth-allof_null2-8249', 'd184-ws-date_of_birth-allof_null2-8569', 'd184-ws-date_of_birth-oneof_null-8261', 'd184-ws-date_of_birth-oneof_null-8581',
    'd184-ws-date_of_birth-oneof_null-8901', 'd184-ws-email-allof_nested_null-8106', 'd184-ws-email-allof_nested_null-8114', 'd184-ws-email-allof_nested_null-8434',
    'd184-ws-email-allof_nested_null-8762', 'd184-ws-email-allof_null-8104', 'd184-ws-email-allof_null-8120', 'd184-ws-email-allof_null-8424',
    'd184-ws-email-allof_null-8432', 'd184-ws-email-allof_null-8440', 'd184-ws-email-allof_null-8744', 'd184-ws-email-allof_null-8752',
    'd184-ws-email-allof_null-8760', 'd184-ws-email-allof_null2-8121', 'd184-ws-email-allof_null2-8761', 'd184-ws-email-allof_ref_null-8427',
    'd184-ws-email-allof_ref_null-8435', 'd184-ws-email-allof_ref_null-8763', 'd184-ws-phone-allof_nested_null-8058', 'd184-ws-phone-allof_nested_null-8386',
    'd184-ws-phone-allof_null-8056', 'd184-ws-phone-allof_null-8064', 'd184-ws-phone-allof_null-8072', 'd184-ws-phone-allof_null-8392',
    'd184-ws-phone-allof_null-8704', 'd184-ws-phone-allof_null-8712', 'd184-ws-phone-allof_null2-8057', 'd184-ws-phone-allof_null2-8073',
    'd184-ws-phone-allof_null2-8385', 'd184-ws-phone-allof_null2-8393', 'd184-ws-phone-allof_null2-8705', 'd184-ws-phone-allof_null2-8713',
    'd184-ws-phone-allof_ref_null-8387', 'd184-ws-seat-allof_nested_null-8506', 'd184-ws-seat-allof_nested_null-8826', 'd184-ws-seat-allof_null-8184',
    'd184-ws-seat-allof_null-8504', 'd184-ws-seat-allof_null2-8505', 'd184-ws-seat-allof_ref_null-8187', 'd184-ws-seat-allof_ref_null-8507',
    'd184-ws-seat-typenull-8191', 'd184-ws-seat-typenull-8511', 'd184-ws-seat-typenull-8831',
}

# ------------------------------------------------------------------ confirm-alone workload
r184_found_alone = {
    'd184-ed-additives-L-6654', 'd184-ed-additives-O-6208', 'd184-ed-additives-O-6216', 'd184-ed-additives-O-6248',
    'd184-ed-additives-O-6648', 'd184-ed-additives-O-6656', 'd184-ed-additives-O-6688', 'd184-ed-additives-Ofirst-6212',
    'd184-ed-additives-Ofirst-6220', 'd184-ed-additives-Ofirst-6252', 'd184-ed-additives-Ofirst-6652', 'd184-ed-additives-Ofirst-6660',
    'd184-ed-additives-Ofirst-6692', 'd184-ed-additives-Opar-6209', 'd184-ed-additives-Opar-6217', 'd184-ed-additives-Opar-6249',
    'd184-ed-additives-Opar-6657', 'd184-ed-additives-Opar-6689', 'd184-ed-allergies-O-6384', 'd184-ed-allergies-O-6432',
    'd184-ed-allergies-O-6824', 'd184-ed-allergies-O-6872', 'd184-ed-allergies-Ofirst-6388', 'd184-ed-allergies-Ofirst-6436',
    'd184-ed-allergies-Ofirst-6828', 'd184-ed-allergies-Ofirst-6876', 'd184-ed-allergies-Opar-6385', 'd184-ed-allergies-Opar-6433',
    'd184-ed-allergies-Opar-6825', 'd184-ed-allergies-Opar-6873', 'd184-ed-labels-O-6888', 'd184-ed-labels-O-6920',
    'd184-ed-labels-Ofirst-6452', 'd184-ed-labels-Ofirst-6484', 'd184-ed-labels-Ofirst-6892', 'd184-ed-labels-Ofirst-6924',
    'd184-ed-labels-Opar-6889', 'd184-ed-order_items-L-6750', 'd184-ed-order_items-Ofirst-6300', 'd184-ed-skills-L-7006',
    'd184-ed-skills-O-6544', 'd184-ed-skills-O-6560', 'd184-ed-skills-O-6984', 'd184-ed-skills-O-7000',
    'd184-ed-skills-Ofirst-6548', 'd184-ed-skills-Ofirst-6564', 'd184-ed-skills-Ofirst-6988', 'd184-ed-skills-Ofirst-7004',
    'd184-ed-skills-Opar-6545', 'd184-ed-skills-Opar-6561', 'd184-ed-skills-Opar-6985', 'd184-ed-skills-Opar-7001',
    'd184-es_dblpar-5423', 'd184-es_dblpar-5439', 'd184-es_dblpar-5455', 'd184-es_dblpar-5471',
    'd184-es_dblpar-5503', 'd184-es_dblpar-5519', 'd184-es_dblpar-5535', 'd184-es_dblpar-5551',
    'd184-es_dblpar-5566', 'd184-es_dblpar-5582', 'd184-es_dblpar-5598', 'd184-es_dblpar-5614',
    'd184-es_dblpar-5630', 'd184-es_dblpar-5646', 'd184-es_dblpar-5662', 'd184-es_dblpar-5693',
    'd184-es_dblpar-5709', 'd184-es_dblpar-5725', 'd184-es_dblpar-5740', 'd184-es_dblpar-5756',
    'd184-es_dblpar-5771', 'd184-es_dblpar-5787', 'd184-es_minusminusu-5580', 'd184-es_minusminusu-5691',
    'd184-es_neg1-5424', 'd184-es_neg1-5440', 'd184-es_neg1-5456', 'd184-es_neg1-5472',
    'd184-es_neg1-5488', 'd184-es_neg1-5504', 'd184-es_neg1-5520', 'd184-es_neg1-5536',
    'd184-es_neg1-5552', 'd184-es_neg1-5567', 'd184-es_neg1-5583', 'd184-es_neg1-5599',
    'd184-es_neg1-5615', 'd184-es_neg1-5631', 'd184-es_neg1-5647', 'd184-es_neg1-5663',
    'd184-es_neg1-5678', 'd184-es_neg1-5694', 'd184-es_neg1-5710', 'd184-es_neg1-5726',
    'd184-es_neg1-5741', 'd184-es_neg1-5757', 'd184-es_neg1-5772', 'd184-es_neg1-5788',
    'd184-es_neg1-5804', 'd184-es_negfull-5617', 'd184-es_negfull-5743', 'd184-es_negneg-5413',
    'd184-es_negneg-5429', 'd184-es_negneg-5477', 'd184-es_negneg-5493', 'd184-es_negneg-5509',
    'd184-es_negneg-5525', 'd184-es_negneg-5541', 'd184-es_negneg-5556', 'd184-es_negneg-5572',
    'd184-es_negneg-5588', 'd184-es_negneg-5604', 'd184-es_negneg-5620', 'd184-es_negneg-5636',
    'd184-es_negneg-5652', 'd184-es_negneg-5668', 'd184-es_negneg-5683', 'd184-es_negneg-5715',
    'd184-es_negneg-5746', 'd184-es_negneg-5762', 'd184-es_negneg-5777', 'd184-es_negneg-5793',
    'd184-es_negnegspace-5420', 'd184-es_negnegspace-5436', 'd184-es_negnegspace-5452', 'd184-es_negnegspace-5468',
    'd184-es_negnegspace-5500', 'd184-es_negnegspace-5516', 'd184-es_negnegspace-5532', 'd184-es_negnegspace-5548',
    'd184-es_negnegspace-5563', 'd184-es_negnegspace-5579', 'd184-es_negnegspace-5595', 'd184-es_negnegspace-5611',
    'd184-es_negnegspace-5627', 'd184-es_negnegspace-5643', 'd184-es_negnegspace-5659', 'd184-es_negnegspace-5674',
    'd184-es_negnegspace-5706', 'd184-es_negnegspace-5722', 'd184-es_negnegspace-5737', 'd184-es_negnegspace-5753',
    'd184-es_negnegspace-5768', 'd184-es_negnegspace-5784', 'd184-es_negnegspace-5800', 'd184-es_negpar-5528',
    'd184-es_negpar-5718', 'd184-es_negpar-5780', 'd184-es_plus-5414', 'd184-es_plus-5430',
    'd184-es_plus-5446', 'd184-es_plus-5462', 'd184-es_plus-5478', 'd184-es_plus-5494',
    'd184-es_plus-5510', 'd184-es_plus-5526', 'd184-es_plus-5542', 'd184-es_plus-5557',
    'd184-es_plus-5573', 'd184-es_plus-5589', 'd184-es_plus-5605', 'd184-es_plus-5621',
    'd184-es_plus-5653', 'd184-es_plus-5669', 'd184-es_plus-5684', 'd184-es_plus-5700',
    'd184-es_plus-5716', 'd184-es_plus-5732', 'd184-es_plus-5747', 'd184-es_plus-5763',
    'd184-es_plus-5778', 'd184-es_plus-5794', 'd184-es_pluspar-5425', 'd184-es_pluspar-5441',
    'd184-es_pluspar-5457', 'd184-es_pluspar-5489', 'd184-es_pluspar-5505', 'd184-es_pluspar-5537',
    'd184-es_pluspar-5553', 'd184-es_pluspar-5568', 'd184-es_pluspar-5584', 'd184-es_pluspar-5600',
    'd184-es_pluspar-5616', 'd184-es_pluspar-5632', 'd184-es_pluspar-5648', 'd184-es_pluspar-5664',
    'd184-es_pluspar-5679', 'd184-es_pluspar-5711', 'd184-es_pluspar-5727', 'd184-es_pluspar-5742',
    'd184-es_pluspar-5758', 'd184-es_pluspar-5773', 'd184-es_pluspar-5789', 'd184-es_pluspar-5805',
    'd184-es_pm-5745', 'd184-es_uneg-5415', 'd184-es_uneg-5431', 'd184-es_uneg-5463',
    'd184-es_uneg-5479', 'd184-es_uneg-5495', 'd184-es_uneg-5511', 'd184-es_uneg-5527',
    'd184-es_uneg-5543', 'd184-es_uneg-5558', 'd184-es_uneg-5590', 'd184-es_uneg-5606',
    'd184-es_uneg-5622', 'd184-es_uneg-5638', 'd184-es_uneg-5654', 'd184-es_uneg-5670',
    'd184-es_uneg-5685', 'd184-es_uneg-5701', 'd184-es_uneg-5717', 'd184-es_uneg-5748',
    'd184-es_uneg-5764', 'd184-es_uneg-5779', 'd184-es_uneg-5795', 'd184-es_uplusneg-5658',
    'd184-es_uplusneg-5673', 'd184-es_uplusneg-5767', 'd184-et_m1neg-8907', 'd184-et_m1neg-8919',
    'd184-et_m1neg-8931', 'd184-et_m1neg-8954', 'd184-et_m1neg-8966', 'd184-et_m1neg-8987',
    'd184-et_m1neg-8997', 'd184-et_m1neg-9008', 'd184-et_m1neg-9020', 'd184-et_m1neg-9030',
    'd184-et_m1neg-9041', 'd184-et_m1neg-9052', 'd184-et_m1neg-9062', 'd184-et_m1neg-9073',
    'd184-et_m1neg-9095', 'd184-et_m1neg-9106', 'd184-et_negnegpar2-8908', 'd184-et_negnegpar2-8920',
    'd184-et_negnegpar2-8932', 'd184-et_negnegpar2-8943', 'd184-et_negnegpar2-8955', 'd184-et_negnegpar2-8967',
    'd184-et_negnegpar2-8988', 'd184-et_negnegpar2-8998', 'd184-et_negnegpar2-9021', 'd184-et_negnegpar2-9031',
    'd184-et_negnegpar2-9042', 'd184-et_negnegpar2-9063', 'd184-et_negnegpar2-9074', 'd184-et_negnegpar2-9107',
    'd184-et_negsp-9023', 'd184-et_negsp-9118', 'd184-et_pluspneg-8924', 'd184-et_pneg-8917',
    'd184-et_tneg-9016', 'd184-et_tneg-9027', 'd184-et_tneg-9070', 'd184-et_unegpar-8921',
    'd184-ev-additives-L-6654', 'd184-ev-additives-O-6208', 'd184-ev-additives-O-6216', 'd184-ev-additives-O-6248',
    'd184-ev-additives-O-6648', 'd184-ev-additives-O-6656', 'd184-ev-additives-O-6688', 'd184-ev-additives-O-7088',
    'd184-ev-additives-O-7096', 'd184-ev-additives-O-7128', 'd184-ev-additives-O-7528', 'd184-ev-additives-O-7536',
    'd184-ev-additives-O-7568', 'd184-ev-additives-Ofirst-6212', 'd184-ev-additives-Ofirst-6220', 'd184-ev-additives-Ofirst-6252',
    'd184-ev-additives-Ofirst-6652', 'd184-ev-additives-Ofirst-6660', 'd184-ev-additives-Ofirst-6692', 'd184-ev-additives-Ofirst-7092',
    'd184-ev-additives-Ofirst-7100', 'd184-ev-additives-Ofirst-7132', 'd184-ev-additives-Ofirst-7532', 'd184-ev-additives-Ofirst-7540',
    'd184-ev-additives-Ofirst-7572', 'd184-ev-additives-Opar-6209', 'd184-ev-additives-Opar-6217', 'd184-ev-additives-Opar-6249',
    'd184-ev-additives-Opar-6657', 'd184-ev-additives-Opar-6689', 'd184-ev-additives-Opar-7089', 'd184-ev-additives-Opar-7097',
    'd184-ev-additives-Opar-7129', 'd184-ev-additives-Opar-7529', 'd184-ev-additives-Opar-7537', 'd184-ev-allergies-O-6384',
    'd184-ev-allergies-O-6432', 'd184-ev-allergies-O-6824', 'd184-ev-allergies-O-6872', 'd184-ev-allergies-O-7264',
    'd184-ev-allergies-O-7312', 'd184-ev-allergies-O-7704', 'd184-ev-allergies-O-7752', 'd184-ev-allergies-Ofirst-6388',
    'd184-ev-allergies-Ofirst-6436', 'd184-ev-allergies-Ofirst-6828', 'd184-ev-allergies-Ofirst-6876', 'd184-ev-allergies-Ofirst-7268',
    'd184-ev-allergies-Ofirst-7316', 'd184-ev-allergies-Ofirst-7708', 'd184-ev-allergies-Ofirst-7756', 'd184-ev-allergies-Opar-6385',
    'd184-ev-allergies-Opar-6433', 'd184-ev-allergies-Opar-6825', 'd184-ev-allergies-Opar-6873', 'd184-ev-allergies-Opar-7265',
    'd184-ev-allergies-Opar-7313', 'd184-ev-allergies-Opar-7705', 'd184-ev-allergies-Opar-7753', 'd184-ev-labels-O-6888',
    'd184-ev-labels-O-6920', 'd184-ev-labels-O-7328', 'd184-ev-labels-O-7768', 'd184-ev-labels-O-7800',
    'd184-ev-labels-Ofirst-6452', 'd184-ev-labels-Ofirst-6484', 'd184-ev-labels-Ofirst-6892', 'd184-ev-labels-Ofirst-6924',
    'd184-ev-labels-Ofirst-7332', 'd184-ev-labels-Ofirst-7364', 'd184-ev-labels-Ofirst-7804', 'd184-ev-labels-Opar-6889',
    'd184-ev-labels-Opar-7329', 'd184-ev-labels-Opar-7361', 'd184-ev-labels-Opar-7769', 'd184-ev-order_items-L-6750',
    'd184-ev-order_items-O-7176', 'd184-ev-order_items-O-7624', 'd184-ev-order_items-Ofirst-6300', 'd184-ev-order_items-Ofirst-7188',
    'd184-ev-order_items-Ofirst-7628', 'd184-ev-order_items-Opar-7617', 'd184-ev-order_items-Opar-7625', 'd184-ev-skills-L-7006',
    'd184-ev-skills-O-6544', 'd184-ev-skills-O-6560', 'd184-ev-skills-O-6984', 'd184-ev-skills-O-7000',
    'd184-ev-skills-O-7424', 'd184-ev-skills-O-7440', 'd184-ev-skills-O-7864', 'd184-ev-skills-O-7880',
    'd184-ev-skills-Ofirst-6548', 'd184-ev-skills-Ofirst-6564', 'd184-ev-skills-Ofirst-6988', 'd184-ev-skills-Ofirst-7004',
    'd184-ev-skills-Ofirst-7428', 'd184-ev-skills-Ofirst-7444', 'd184-ev-skills-Ofirst-7868', 'd184-ev-skills-Ofirst-7884',
    'd184-ev-skills-Opar-6545', 'd184-ev-skills-Opar-6561', 'd184-ev-skills-Opar-6985', 'd184-ev-skills-Opar-7001',
    'd184-ev-skills-Opar-7425', 'd184-ev-skills-Opar-7441', 'd184-ev-skills-Opar-7865', 'd184-ev-skills-Opar-7881',
    'd184-jv-5814', 'd184-jv-5842', 'd184-jv-5846', 'd184-jv-5874',
    'd184-jv-5878', 'd184-jv-5910', 'd184-jv-5942', 'd184-jv-6037',
    'd184-jv-6097', 'd184-jv-6129', 'd184-kb-9137', 'd184-kv-9130',
    'd184-kv-9162', 'd184-kv-9188', 'd184-kv-9194', 'd184-kv-9225',
    'd184-kv-9256', 'd184-kv-9287', 'd184-kv-9313', 'd184-kv-9319',
    'd184-kv-9345', 'd184-kv-9351', 'd184-ls-additives-attr-O-1320', 'd184-ls-additives-attr-O-192',
    'd184-ls-additives-attr-O-2448', 'd184-ls-additives-attr-O-756', 'd184-ls-additives-paren-O-1927', 'd184-ls-additives-paren-O-799',
    'd184-ls-allergies-paren-O-846', 'd184-ls-labels-attr-O-1273', 'd184-ls-labels-paren-L-1877', 'd184-ls-order_items-paren-O-1175',
    'd184-ls-order_items-paren-O-1739', 'd184-ls-order_items-paren-O-2303', 'd184-ls-skills-paren-O-1269', 'd184-lv-additives-attr-O-1320',
    'd184-lv-additives-attr-O-1602', 'd184-lv-additives-attr-O-192', 'd184-lv-additives-attr-O-2448', 'd184-lv-additives-attr-O-2730',
    'd184-lv-additives-attr-O-756', 'd184-lv-additives-paren-O-1927', 'd184-lv-additives-paren-O-2209', 'd184-lv-additives-paren-O-2773',
    'd184-lv-additives-paren-O-799', 'd184-lv-allergies-attr-O-521', 'd184-lv-allergies-paren-O-2820', 'd184-lv-allergies-paren-O-846',
    'd184-lv-labels-attr-O-1273', 'd184-lv-labels-paren-L-1877', 'd184-lv-labels-paren-Y-2724', 'd184-lv-order_items-paren-O-1175',
    'd184-lv-order_items-paren-O-1457', 'd184-lv-order_items-paren-O-1739', 'd184-lv-order_items-paren-O-2021', 'd184-lv-order_items-paren-O-2303',
    'd184-lv-skills-attr-O-2072', 'd184-lv-skills-paren-O-1269', 'd184-ps-booking_ref-allof_null-bare-4116', 'd184-ps-booking_ref-allof_null-bare-4980',
    'd184-ps-booking_ref-allof_null-bare-5010', 'd184-ps-booking_ref-allof_null-bare-5016', 'd184-ps-booking_ref-anyofnull-bare-5008', 'd184-ps-booking_ref-notreq-bare-3614',
    'd184-ps-booking_ref-notreq-bare-4106', 'd184-ps-booking_ref-notreq-bare-4964', 'd184-ps-booking_ref-notreq-bare-5006', 'd184-ps-booking_ref-typenull-bare-4063',
    'd184-ps-booking_ref-typenull-bare-4513', 'd184-ps-locker-allof_null-bare-4032', 'd184-ps-locker-allof_null-bare-4428', 'd184-ps-locker-allof_null-bare-4470',
    'd184-ps-locker-allof_null-bare-4932', 'd184-ps-locker-allof_null-bare-5328', 'd184-ps-locker-allof_null-bare-5370', 'd184-ps-locker-anyofnull-bare-4426',
    'd184-ps-locker-anyofnull-bare-4876', 'd184-ps-locker-anyofnull-bare-5368', 'd184-ps-locker-ifthen-bare-5367', 'd184-ps-locker-notreq-bare-4466',
    'd184-ps-locker-typenull-bare-4423', 'd184-ps-member_id-allof_null-bare-3756', 'd184-ps-member_id-allof_null-bare-4158', 'd184-ps-member_id-allof_null-bare-4206',
    'd184-ps-member_id-allof_null-bare-5100', 'd184-ps-member_id-allof_null-bare-5112', 'd184-ps-member_id-anyofnull-bare-4648', 'd184-ps-member_id-ifthen-bare-5055',
    'd184-ps-member_id-ifthen-bare-5097', 'd184-ps-member_id-notreq-bare-4196', 'd184-ps-member_id-notreq-bare-4646', 'd184-ps-member_id-typenull-bare-3703',
    'd184-ps-member_id-typenull-bare-4153', 'd184-ps-member_id-typenull-bare-4603', 'd184-ps-member_id-typenull-bare-4645', 'd184-ps-seat-allof_null-bare-3810',
    'd184-ps-seat-allof_null-bare-3846', 'd184-ps-seat-allof_null-bare-4260', 'd184-ps-seat-allof_null-bare-4698', 'd184-ps-seat-allof_null-bare-4752',
    'd184-ps-seat-allof_null-bare-5148', 'd184-ps-seat-anyofnull-bare-4288', 'd184-ps-seat-ifthen-bare-5187', 'd184-ps-seat-notreq-bare-4694',
    'd184-ps-seat-notreq-bare-5186', 'd184-ps-seat-typenull-bare-4243', 'd184-ps-seat-typenull-bare-4693', 'd184-ps-ticket_no-allof_null-bare-4842',
    'd184-ps-ticket_no-allof_null-bare-5280', 'd184-ps-ticket_no-anyofnull-bare-4786', 'd184-ps-ticket_no-ifthen-bare-4827', 'd184-ps-ticket_no-ifthen-bare-5235',
    'd184-ps-ticket_no-notreq-bare-4826', 'd184-ps-ticket_no-typenull-bare-5233', 'd184-ss-enumless_const-skills-2906', 'd184-ss-ref_chain_str-allergies-2837',
    'd184-ss-typelist1-allergies-3467', 'd184-sv-typelist1-allergies-3467', 'd184-ws-booking_ref-allof_nested_null-8194', 'd184-ws-booking_ref-allof_nested_null-8514',
    'd184-ws-booking_ref-allof_nested_null-8522', 'd184-ws-booking_ref-allof_nested_null-8530', 'd184-ws-booking_ref-allof_nested_null-8850', 'd184-ws-booking_ref-allof_null-8192',
    'd184-ws-booking_ref-allof_null-8200', 'd184-ws-booking_ref-allof_null-8224', 'd184-ws-booking_ref-allof_null-8520', 'd184-ws-booking_ref-allof_null-8840',
    'd184-ws-booking_ref-allof_null-8848', 'd184-ws-booking_ref-allof_null2-8193', 'd184-ws-booking_ref-allof_null2-8209', 'd184-ws-booking_ref-allof_null2-8545',
    'd184-ws-booking_ref-allof_null2-8849', 'd184-ws-booking_ref-allof_null2-8865', 'd184-ws-booking_ref-allof_ref_null-8211', 'd184-ws-booking_ref-allof_ref_null-8227',
    'd184-ws-booking_ref-allof_ref_null-8523', 'd184-ws-booking_ref-allof_ref_null-8547', 'd184-ws-contact_person-allof_nested_null-7954', 'd184-ws-contact_person-allof_nested_null-8298',
    'd184-ws-contact_person-allof_nested_null-8586', 'd184-ws-contact_person-allof_nested_null-8618', 'd184-ws-contact_person-allof_null-7952', 'd184-ws-contact_person-allof_null-7960',
    'd184-ws-contact_person-allof_null-7968', 'd184-ws-contact_person-allof_null-8264', 'd184-ws-contact_person-allof_null-8272', 'd184-ws-contact_person-allof_null-8288',
    'd184-ws-contact_person-allof_null-8584', 'd184-ws-contact_person-allof_null-8592', 'd184-ws-contact_person-allof_null-8600', 'd184-ws-contact_person-allof_null-8616',
    'd184-ws-contact_person-allof_null2-8289', 'd184-ws-contact_person-allof_null2-8297', 'd184-ws-contact_person-allof_ref_null-7963', 'd184-ws-contact_person-allof_ref_null-8275',
    'd184-ws-contact_person-allof_ref_null-8283', 'd184-ws-contact_person-allof_ref_null-8291', 'd184-ws-contact_person-allof_ref_null-8299', 'd184-ws-contact_person-allof_ref_null-8603',
    'd184-ws-contact_person-allof_ref_null-8611', 'd184-ws-contact_person-allof_ref_null-8619', 'd184-ws-date_of_birth-allof_nested_null-8242', 'd184-ws-date_of_birth-allof_nested_null-8562',
    'd184-ws-date_of_birth-allof_nested_null-8578', 'd184-ws-date_of_birth-allof_null-8248', 'd184-ws-date_of_birth-allof_null-8256', 'd184-ws-date_of_birth-allof_null-8560',
    'd184-ws-date_of_birth-allof_null-8568', 'd184-ws-date_of_birth-allof_null-8576', 'd184-ws-date_of_birth-allof_null-8880', 'd184-ws-date_of_birth-allof_null2-8249',
    'd184-ws-date_of_birth-allof_null2-8569', 'd184-ws-date_of_birth-allof_null2-8881', 'd184-ws-date_of_birth-oneof_null-8261', 'd184-ws-date_of_birth-oneof_null-8581',
    'd184-ws-date_of_birth-oneof_null-8901', 'd184-ws-email-allof_nested_null-8106', 'd184-ws-email-allof_nested_null-8114', 'd184-ws-email-allof_nested_null-8130',
    'd184-ws-email-allof_nested_null-8434', 'd184-ws-email-allof_nested_null-8450', 'd184-ws-email-allof_nested_null-8738', 'd184-ws-email-allof_nested_null-8762',
    'd184-ws-email-allof_nested_null-8770', 'd184-ws-email-allof_null-8096', 'd184-ws-email-allof_null-8104', 'd184-ws-email-allof_null-8120',
    'd184-ws-email-allof_null-8128', 'd184-ws-email-allof_null-8416', 'd184-ws-email-allof_null-8424', 'd184-ws-email-allof_null-8432',
    'd184-ws-email-allof_null-8440', 'd184-ws-email-allof_null-8744', 'd184-ws-email-allof_null-8752', 'd184-ws-email-allof_null-8760',
    'd184-ws-email-allof_null2-8097', 'd184-ws-email-allof_null2-8121', 'd184-ws-email-allof_null2-8129', 'd184-ws-email-allof_null2-8417',
    'd184-ws-email-allof_null2-8449', 'd184-ws-email-allof_null2-8761', 'd184-ws-email-allof_null2-8769', 'd184-ws-email-allof_ref_null-8427',
    'd184-ws-email-allof_ref_null-8435', 'd184-ws-email-allof_ref_null-8763', 'd184-ws-employer-allof_nested_null-8002', 'd184-ws-employer-allof_nested_null-8010',
    'd184-ws-employer-allof_nested_null-8018', 'd184-ws-employer-allof_nested_null-8026', 'd184-ws-employer-allof_nested_null-8050', 'd184-ws-employer-allof_nested_null-8322',
    'd184-ws-employer-allof_nested_null-8330', 'd184-ws-employer-allof_nested_null-8338', 'd184-ws-employer-allof_nested_null-8642', 'd184-ws-employer-allof_nested_null-8658',
    'd184-ws-employer-allof_nested_null-8666', 'd184-ws-employer-allof_nested_null-8690', 'd184-ws-employer-allof_null-8000', 'd184-ws-employer-allof_null-8008',
    'd184-ws-employer-allof_null-8016', 'd184-ws-employer-allof_null-8024', 'd184-ws-employer-allof_null-8048', 'd184-ws-employer-allof_null-8328',
    'd184-ws-employer-allof_null-8336', 'd184-ws-employer-allof_null-8368', 'd184-ws-employer-allof_null-8640', 'd184-ws-employer-allof_null-8656',
    'd184-ws-employer-allof_null-8688', 'd184-ws-employer-allof_null2-8009', 'd184-ws-employer-allof_null2-8025', 'd184-ws-employer-allof_null2-8049',
    'd184-ws-employer-allof_null2-8321', 'd184-ws-employer-allof_null2-8329', 'd184-ws-employer-allof_null2-8345', 'd184-ws-employer-allof_null2-8641',
    'd184-ws-employer-allof_null2-8657', 'd184-ws-employer-allof_null2-8665', 'd184-ws-employer-allof_null2-8689', 'd184-ws-employer-allof_ref_null-8019',
    'd184-ws-employer-allof_ref_null-8027', 'd184-ws-employer-allof_ref_null-8323', 'd184-ws-employer-allof_ref_null-8331', 'd184-ws-employer-allof_ref_null-8347',
    'd184-ws-employer-allof_ref_null-8651', 'd184-ws-employer-allof_ref_null-8659', 'd184-ws-employer-allof_ref_null-8667', 'd184-ws-employer-allof_ref_null-8691',
    'd184-ws-phone-allof_nested_null-8058', 'd184-ws-phone-allof_nested_null-8090', 'd184-ws-phone-allof_nested_null-8386', 'd184-ws-phone-allof_nested_null-8410',
    'd184-ws-phone-allof_nested_null-8730', 'd184-ws-phone-allof_null-8056', 'd184-ws-phone-allof_null-8064', 'd184-ws-phone-allof_null-8072',
    'd184-ws-phone-allof_null-8088', 'd184-ws-phone-allof_null-8392', 'd184-ws-phone-allof_null-8704', 'd184-ws-phone-allof_null-8712',
    'd184-ws-phone-allof_null2-8057', 'd184-ws-phone-allof_null2-8073', 'd184-ws-phone-allof_null2-8385', 'd184-ws-phone-allof_null2-8393',
    'd184-ws-phone-allof_null2-8705', 'd184-ws-phone-allof_null2-8713', 'd184-ws-phone-allof_null2-8729', 'd184-ws-phone-allof_ref_null-8387',
    'd184-ws-seat-allof_nested_null-8466', 'd184-ws-seat-allof_nested_null-8506', 'd184-ws-seat-allof_nested_null-8778', 'd184-ws-seat-allof_nested_null-8786',
    'd184-ws-seat-allof_nested_null-8794', 'd184-ws-seat-allof_nested_null-8826', 'd184-ws-seat-allof_null-8136', 'd184-ws-seat-allof_null-8144',
    'd184-ws-seat-allof_null-8152', 'd184-ws-seat-allof_null-8184', 'd184-ws-seat-allof_null-8456', 'd184-ws-seat-allof_null-8464',
    'd184-ws-seat-allof_null-8472', 'd184-ws-seat-allof_null-8504', 'd184-ws-seat-allof_null-8776', 'd184-ws-seat-allof_null-8784',
    'd184-ws-seat-allof_null-8792', 'd184-ws-seat-allof_null2-8153', 'd184-ws-seat-allof_null2-8465', 'd184-ws-seat-allof_null2-8473',
    'd184-ws-seat-allof_null2-8505', 'd184-ws-seat-allof_ref_null-8139', 'd184-ws-seat-allof_ref_null-8155', 'd184-ws-seat-allof_ref_null-8187',
    'd184-ws-seat-allof_ref_null-8467', 'd184-ws-seat-allof_ref_null-8475', 'd184-ws-seat-allof_ref_null-8507', 'd184-ws-seat-allof_ref_null-8787',
    'd184-ws-seat-allof_ref_null-8795', 'd184-ws-seat-typenull-8191', 'd184-ws-seat-typenull-8511', 'd184-ws-seat-typenull-8831',
}
r184_arguable = set(r184_arguable_found)
# (Stop 42, the whole suite after the fixes: two more items of the tester's arguable "list-paren" shape, a code
# under a noun of an attribute in brackets below a list: "(E-number: E110)" below "additive: citric acid, sugar",
# "(Product: A4)" below "Order items: rug". Left open, FINDINGS.md.)
r184_arguable |= {"d184-ls-additives-paren-Y-2489", "d184-ed-order_items-Lpar-6298"}

# Trimmed for ctest (probe_kit.sample_round), stop 42: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r184_keep = set(r184_found_alone)
for r184_f in list(r184_found_alone):
    for r184_a, r184_b in (("-lv-", "-lb-"), ("-sv-", "-sb-"), ("-pv-", "-pb-"), ("-ev-", "-eb-")):
        if r184_a in r184_f:
            r184_keep.add(r184_f.replace(r184_a, r184_b))
r184_keep |= {r184_p["id"] for r184_p in P if r184_p["id"].startswith(("d184-jb-", "d184-kb-"))}
from probe_kit import sample_round as r184_sample_round  # noqa: E402

r184_sample_round("d184-", r184_keep, 30, safe_every=10)
P[:] = [r184_p for r184_p in P if r184_p["id"] not in r184_arguable]
