r"""Red-team round 256 (black box): COMPOUND CHANGES - A LICENSED CHANGE THAT HIDES AN UNLICENSED ONE.
Focus: compound changes - a licensed change beside one that changes the right answer, in both tasks. All seeded
  random.Random(256). Parts:
  (1) json_extract, four record kinds (person name/age/city with Country and Room fields; invoice customer/city/amount
      with Country; booking guest/nights/room with Floor; order ID/quantity with Item), six stored bases each: 11
      harmless changes (instruction paraphrase, CRLF, extra blanks, "Thanks in advance!", an intro sentence above the
      first field, fields in reverse order, labels in capitals, member labels in small letters, the record moved above
      the instruction, a schema key renamed with the old key as its description, the record in a code fence) alone and
      two at once (safe); each of 12 answer changes (a number, a string, a surname, a longer value, two values traded
      under fixed labels, two labels traded over fixed values, a sign, "in cents"/"in months"/"box of 12", "Do not
      include the city", a correction line, the key renamed to another field's, a description asking another field)
      behind one or two harmless changes; cancelling pairs (values and labels both traded; key moved and values
      traded: safe); two values changed at once; chains of requests one change apart whose sum changes the answer;
      a variant one change from one stored base and two from another;
  (2) linear_equation, six bases "Solve for x: ax + b = c. Show each step.": 7 harmless changes (rename, paraphrase,
      no blanks, sides swapped, terms swapped, "Thanks in advance!", the equation on its own line) alone and in pairs,
      each of 5 answer changes (constant, sign of b, coefficient, sign of c, "then report 2y / -y / y + 10") behind one
      or two, cancelling pairs (both sides shifted, negated, doubled, doubled and renamed: safe), chains; plus the
      variable asked changed with a rename ("Solve for y: 3x + 5 = 20", "Solve for 3y:", "Solve for -y:", "Solve for
      Y:"), "÷2", ".20", "× 2", a Unicode minus, brackets, "= 20 + y";
  (3) a lower-case CSV record (header cells moved, row cells moved, both, with paraphrase/CRLF/blanks); a note line
      naming one member and changing another too ("Update: age is now 35 since she moved to Oslo."); a field of no
      member giving the unit or currency ("Unit: lb", "Units: imperial", "Weight unit: lb", "UoM: LB", "Currency:
      SEK") beside weight in kilograms / amount in EUR; the record asked for by a person's name, changed in the
      instruction, in the record or both;
  (4) a number member rewritten to a value of another kind beside a harmless change: an age that is a year (1961-2004,
      2026), a date written as digits ("19750816"), or past any lifetime (151/187/240); nights that are a date
      ("20260616") or a year (2026); and six single requests of the same shape with no base.
  2,999 probes: 70 bases and singles, 2,158 variants whose right answer differs, 771 safe variants. Fresh SQLite store,
  two passes. Paths: run 1 skip 2,031 / reuse 671 / patch 297, run 2 reuse 1,163 / skip 1,822 / patch 14; safe on
  reuse 354/771 and 426/771.
HELD (parts 1-3, 2,857 probes: 0 served from the cache in either run, no wrong member kept on the patch path): of
  the 1,520 part-1 extraction variants whose answer changes, run 1 reused 177 and patched 75, every one right (a
  number, a string, a surname, a longer value, a trade of values or labels, a sign, two values at once, chains and
  two-base variants, behind paraphrase, CRLF, blanks, capitals, reversed fields, a fence or the record moved: "all 3
  steps verified after a licensed rewrite"); all 416 requests with a renamed key or a description moved to another
  field were regenerated; instruction clauses were caught ("the instruction names "city" a different number of
  times"); correction and note lines failed the members; CSV header and row moves were rewritten right or
  regenerated; equations: renames, sides swapped and number changes were patched or rewritten right, and every other
  form asked ("Solve for 3y", "Solve for -y", "Solve for y: 3x + 5 = 20", superscripts, full-width digits, "2,0",
  line breaks inside the equation) ended in a clear error or a right answer.
WHAT GOT THROUGH (part 4, path=reuse, 74 ids in run 1 and 90 in run 2; alone - the 90 ids and their 8 bases, fresh
  store - 86 in run 1 and 89 in run 2 (d256-agek-single-2960 was served fresh alone):
 (A) CLEAR (61 ids): a number member's stored answer rewritten to a year or a date the text writes under the
     member's label, though no one is that old (the engine refuses the same value when the age may be null: "no one
     is that old: no age", seen in a side test with "type": ["integer", "null"]): base "Extract the name, age and city as JSON.\n\nText:\nName: Julia Strand\nAge: 63\n
     City: Nantes\nCountry: France\nRoom: 38\n", then "...Age: 1975..." -> {"name":"Julia Strand","age":1975,
     "city":"Nantes"}, "...Age: 19750816..." -> "age":19750816, "...Age: 2026..." -> "age":2026 (beside CRLF, a
     paraphrase or fields in reverse order too); "Give the guest, the number of nights and the room as JSON.\n\n
     Text:\nGuest: Clara Holm\nNights: 20260616\nRoom: 214\nFloor: 2\n" -> "nights":20260616; a single "Please
     return the name, age and city as a JSON object.\n\nText:\nName: Clara Berg\nAge: 1978\n..." stored in run 1
     and reused in run 2 (right: a refusal each time).
 (B) ARGUABLE (28 ids, r256_arguable): an age past any lifetime ("Age: 187" -> 187; the text says so) and nights of
     "2026" (a year, or a very long stay).
 Served fresh (the model's answer accepted; none stored but part 4's singles): 192 in run 1, 178 in run 2 - a field
  of no member giving the
  unit ("Weight: 12\nUnit: lb", "Units: imperial", "Weight unit: lb", "UoM: LB", "Note: all weights are in pounds"
  -> weight_kg 12: 57 per run); the record of another person ("Extract the age and city of the person named Lena
  Strand as JSON.\n\nText:\nName: Sofia Sandvik\nAge: 61\nCity: Uppsala\n" -> {"age":61,"city":"Uppsala"}: 24); the
  model's stale answer under "Do not include the city; leave it as an empty string." (40), "Give the amount in
  cents." / "Each unit is a box of 12" (15); "Currency: EUR cents" (4); "Age verified; home town changed to Oslo."
  (2, run 2); part 4's values served fresh (52 / 36).
FIXED (stop 53): an age past 150 or below 0 and a number of nights past 999 fail whether or not the member may be
null ("Age: 19750816", "Nights: 20260217"), so the licensed rewrite of a stored answer fails on them too.
Adds its probes to probe_kit.P."""
import json
import random as r256_random
from fractions import Fraction as R256Frac

from probe_kit import J, E, S, P  # noqa: F401

r256_rng = r256_random.Random(256)
r256_found_alone = set()
r256_arguable = set()
r256_meta = {}
r256_needs = {}
r256_seen = set()
r256_n = [0]
r256_counts = {"base": 0, "pair": 0, "safe": 0}


def r256_id(tag):
    r256_n[0] += 1
    return "d256-%s-%04d" % (tag, r256_n[0])


def r256_add_j(kind, base, tag, family, prompt, schema, expect, answers, safe=False, also=()):
    key = prompt + "\u0000" + json.dumps(schema, sort_keys=True)
    if key in r256_seen:
        return None
    r256_seen.add(key)
    pid = r256_id(tag)
    J(pid, family, prompt, schema, expect, answers, safe=safe)
    r256_meta[pid] = {"base": base} if base else {}
    r256_needs[pid] = [b for b in ((base,) + tuple(also)) if b]
    r256_counts[kind] += 1
    return pid


def r256_add_e(kind, base, tag, family, prompt, var, value, answers, report=None, safe=False, also=()):
    if prompt in r256_seen:
        return None
    r256_seen.add(prompt)
    pid = r256_id(tag)
    E(pid, family, prompt, var, value, answers, report=report, safe=safe)
    r256_meta[pid] = {"base": base} if base else {}
    r256_needs[pid] = [b for b in ((base,) + tuple(also)) if b]
    r256_counts[kind] += 1
    return pid


# ================================================================== json_extract: records as states
R256_FIRST = ["Anna", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Hanna", "Marta", "Petra", "Julia", "Omar", "Tomas",
              "Jonas", "Pavel", "Erik", "Karim", "Felix", "Ivan", "Lars", "Mateo", "Arne", "Rui"]
R256_LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Vik", "Haug",
             "Moen", "Sandvik", "Brekke"]
R256_CITY = [("Bergen", "Norway"), ("Tromsø", "Norway"), ("Stavanger", "Norway"), ("Graz", "Austria"),
             ("Lyon", "France"), ("Porto", "Portugal"), ("Malmö", "Sweden"), ("Aarhus", "Denmark"),
             ("Nantes", "France"), ("Uppsala", "Sweden"), ("Odense", "Denmark"), ("Braga", "Portugal")]


def r256_name(rng):
    return "%s %s" % (rng.choice(R256_FIRST), rng.choice(R256_LAST))


def r256_amount(rng):
    return "%d.%02d" % (rng.randint(120, 4800), rng.choice([20, 35, 40, 60, 75, 80, 90]))


# A state: instruction, fields [label, member|None, text value, json value], schema props {member: (key, type, desc)},
# layout flags, clauses added to the instruction, lines added below the record, value transforms per member.
def r256_state(instr, fields, props):
    return {"instr": instr, "fields": [list(f) for f in fields], "props": {m: list(v) for m, v in props.items()},
            "layout": [], "clauses": [], "below": [], "xform": {}, "para": None}


def r256_copy(st):
    return json.loads(json.dumps(st, ensure_ascii=False)) if not st["xform"] else dict(
        json.loads(json.dumps({k: v for k, v in st.items() if k != "xform"}, ensure_ascii=False)), xform=dict(st["xform"]))


def r256_schema(st):
    props, desc, order = {}, {}, []
    for m, (key, typ, d) in st["props"].items():
        props[key] = typ
        if d:
            desc[key] = d
    return S(props, desc)


def r256_expect(st):
    out = {}
    for m, (key, typ, d) in st["props"].items():
        val = None
        for f in st["fields"]:
            if f[1] == m:
                val = f[3]
        if m in st["xform"]:
            val = st["xform"][m](val)
        out[key] = val
    return out


def r256_prompt(st):
    sep = "\r\n" if "crlf" in st["layout"] else "\n"
    fmt = "%s:   %s  " if "ws" in st["layout"] else "%s: %s"
    lines = []
    if "intro" in st["layout"]:
        lines.append("Please process the following record below.")
    for f in st["fields"]:
        lab = f[0]
        if "upper" in st["layout"]:
            lab = lab.upper()
        elif "lower1" in st["layout"] and f[1]:
            lab = lab.lower()
        lines.append(fmt % (lab, f[2]))
    lines += st["below"]
    rec = sep.join(lines) + sep
    if "fence" in st["layout"]:
        rec = "```" + sep + rec + "```" + sep
    instr = st["para"] or st["instr"]
    if st["clauses"]:
        instr = instr + " " + " ".join(st["clauses"])
    if "unrel" in st["layout"]:
        instr = instr + " Thanks in advance!"
    if "after" in st["layout"]:
        return "Here is the record:" + sep + rec + sep + instr + sep
    return instr + sep + sep + "Text:" + sep + rec


# ------------------------------------------------------------------ kinds
def r256_k_person(rng):
    city, country = rng.choice(R256_CITY)
    age = rng.choice([23, 29, 34, 41, 47, 52, 63])
    room = rng.choice([27, 38, 44, 61])
    return r256_state("Extract the name, age and city as JSON.",
                      [["Name", "name", None, None], ["Age", "age", str(age), age], ["City", "city", city, city],
                       ["Country", None, country, country], ["Room", None, str(room), room]],
                      {"name": ["name", "string", None], "age": ["age", "integer", None], "city": ["city", "string", None]})


def r256_k_invoice(rng):
    city, country = rng.choice(R256_CITY)
    amt = r256_amount(rng)
    return r256_state("Extract the customer, city and amount as JSON.",
                      [["Customer", "customer", None, None], ["City", "city", city, city],
                       ["Country", None, country, country], ["Amount", "amount", amt + " EUR", json.loads(amt)]],
                      {"customer": ["customer", "string", None], "city": ["city", "string", None],
                       "amount": ["amount", "number", None]})


def r256_k_booking(rng):
    n = rng.randint(2, 9)
    room = rng.choice([112, 214, 305, 418, 507])
    return r256_state("Give the guest, the number of nights and the room as JSON.",
                      [["Guest", "guest", None, None], ["Nights", "nights", str(n), n], ["Room", "room", str(room), room],
                       ["Floor", None, str(room // 100), room // 100]],
                      {"guest": ["guest", "string", None], "nights": ["nights", "integer", None],
                       "room": ["room", "integer", None]})


def r256_k_order(rng):
    q = rng.randint(3, 40)
    oid = "PO-2026-%04d" % rng.randint(100, 9999)
    return r256_state("Return the order ID and the quantity as JSON.",
                      [["Order ID", "order_id", oid, oid], ["Quantity", "quantity", str(q), q],
                       ["Item", None, rng.choice(["Oak table", "Desk lamp", "Bookcase", "Office chair"]), None]],
                      {"order_id": ["order_id", "string", None], "quantity": ["quantity", "integer", None]})


R256_PARA = {
    "person": ["Please return the name, age and city as a JSON object.", "Pull out the name, the age and the city, as JSON.",
               "Return JSON with the name, age and city."],
    "invoice": ["Please return the customer, city and amount as a JSON object.",
                "Pull out the customer, the city and the amount, as JSON.", "Return JSON with the customer, city and amount."],
    "booking": ["Please return the guest, the nights and the room as a JSON object.",
                "Pull out the guest, the number of nights and the room, as JSON."],
    "order": ["Please return the order ID and quantity as a JSON object.", "Pull out the order ID and the quantity, as JSON."],
}
R256_KEYREN = {"name": "full_name", "age": "years", "city": "town", "customer": "client", "amount": "total",
               "guest": "guest_name", "nights": "night_count", "room": "room_no", "order_id": "po_number",
               "quantity": "qty"}


def r256_set_member(st, m, text, val):
    for f in st["fields"]:
        if f[1] == m:
            f[2], f[3] = text, val
            return True
    return False


def r256_field(st, label):
    for f in st["fields"]:
        if f[0] == label:
            return f
    return None


# ------------------------------------------------------------------ harmless changes (the answer's values stay)
def r256_h_para(st, rng, kind):
    st["para"] = rng.choice(R256_PARA[kind])
    return True


def r256_h_layout(flag):
    def f(st, rng, kind):
        if flag in st["layout"]:
            return False
        st["layout"].append(flag)
        return True
    return f


def r256_h_order(st, rng, kind):
    st["fields"] = list(reversed(st["fields"]))
    return True


def r256_h_key(st, rng, kind):
    cands = [m for m, p in st["props"].items() if p[0] == m and not p[2]]
    if not cands:
        return False
    m = rng.choice(cands)
    st["props"][m] = [R256_KEYREN[m], st["props"][m][1], m.replace("_", " ")]
    return True


R256_H = {"para": r256_h_para, "crlf": r256_h_layout("crlf"), "ws": r256_h_layout("ws"),
          "unrel": r256_h_layout("unrel"), "intro": r256_h_layout("intro"), "order": r256_h_order,
          "upper": r256_h_layout("upper"), "lower1": r256_h_layout("lower1"), "after": r256_h_layout("after"),
          "key": r256_h_key, "fence": r256_h_layout("fence")}


# ------------------------------------------------------------------ changes of the answer
def r256_d_num(st, rng, kind):
    m = {"person": "age", "invoice": "amount", "booking": "nights", "order": "quantity"}[kind]
    for f in st["fields"]:
        if f[1] == m:
            if m == "amount":
                a = r256_amount(rng)
                f[2], f[3] = a + " EUR", json.loads(a)
            else:
                v = f[3] + rng.choice([1, 2, 10, -1]) if m != "age" else int(str(f[3])[::-1])
                if v == f[3] or v <= 0:
                    v = f[3] + 3
                f[2], f[3] = str(v), v
            return True
    return False


def r256_d_str(st, rng, kind):
    m = {"person": "city", "invoice": "city", "booking": "guest", "order": "order_id"}[kind]
    for f in st["fields"]:
        if f[1] == m:
            if m == "city":
                c = rng.choice([c for c, _ in R256_CITY if c != f[3]])
            elif m == "guest":
                c = r256_name(rng)
                while c == f[3]:
                    c = r256_name(rng)
            else:
                c = f[3][:-1] + str((int(f[3][-1]) + 1) % 10)
            f[2], f[3] = c, c
            return True
    return False


def r256_d_name(st, rng, kind):
    m = {"person": "name", "invoice": "customer", "booking": "guest", "order": None}[kind]
    if not m:
        return False
    for f in st["fields"]:
        if f[1] == m:
            c = f[3].split()[0] + " " + rng.choice([x for x in R256_LAST if x != f[3].split()[1]])
            f[2], f[3] = c, c
            return True
    return False


def r256_d_ext(st, rng, kind):
    """A longer value: a partial span of the new one is the old one."""
    m = {"person": "city", "invoice": "customer", "booking": "guest", "order": "order_id"}[kind]
    for f in st["fields"]:
        if f[1] == m:
            c = f[3] + {"city": " Sentrum", "customer": "-Moen", "guest": "-Lind", "order_id": "-B"}[m]
            f[2], f[3] = c, c
            return True
    return False


R256_PAIR = {"person": ("Age", "Room"), "invoice": ("City", "Country"), "booking": ("Nights", "Floor"),
             "order": None}


def r256_d_swapval(st, rng, kind):
    """Two fields keep their places and labels; their values trade."""
    pr = R256_PAIR[kind]
    if not pr:
        return False
    a, b = r256_field(st, pr[0]), r256_field(st, pr[1])
    a[2], b[2] = b[2], a[2]
    a[3], b[3] = b[3], a[3]
    return True


def r256_d_swaplab(st, rng, kind):
    """Two fields keep their values and places; their labels trade."""
    pr = R256_PAIR[kind]
    if not pr:
        return False
    a, b = r256_field(st, pr[0]), r256_field(st, pr[1])
    a[0], b[0] = b[0], a[0]
    a[1], b[1] = b[1], a[1]
    return True


def r256_d_sign(st, rng, kind):
    if kind != "invoice":
        return False
    f = r256_field(st, "Amount")
    f[2] = "-" + f[2]
    f[3] = -f[3]
    return True


R256_CLAUSE = {
    "person": ("Give the age in months.", "age", lambda v: v * 12),
    "invoice": ("Give the amount in cents.", "amount", lambda v: int(round(v * 100))),
    "booking": ("Give the number of nights plus one, as the checkout counts a night too.", "nights", lambda v: v + 1),
    "order": ("Each unit is a box of 12: give the quantity as the number of items.", "quantity", lambda v: v * 12),
}


def r256_d_unit(st, rng, kind):
    c, m, fn = R256_CLAUSE[kind]
    st["clauses"].append(c)
    st["xform"][m] = fn
    return True


R256_NEG = {"person": ("Do not include the city; leave it as an empty string.", "city"),
            "invoice": ("Do not include the city; leave it as an empty string.", "city"),
            "booking": ("Do not include the guest's name; leave it as an empty string.", "guest"),
            "order": ("Do not give the order ID; leave it as an empty string.", "order_id")}


def r256_d_neg(st, rng, kind):
    c, m = R256_NEG[kind]
    st["clauses"].append(c)
    st["xform"][m] = lambda v: ""
    return True


def r256_d_corr(st, rng, kind):
    m = {"person": "age", "invoice": "amount", "booking": "nights", "order": "quantity"}[kind]
    f = [f for f in st["fields"] if f[1] == m][0]
    if m == "amount":
        nv = json.loads(r256_amount(rng))
        st["below"].append("Correction: the amount is %.2f EUR." % nv)
    else:
        nv = f[3] + 2
        st["below"].append("Correction: the %s is %d." % (m if m != "nights" else "number of nights", nv))
    st["xform"][m] = lambda v, nv=nv: nv
    return True


def r256_d_keyother(st, rng, kind):
    """The member's key renamed to another field of the record (city -> country, age -> room)."""
    if kind not in ("person", "invoice", "booking"):
        return False
    src, dst_label, newkey = {"person": ("age", "Room", "room"), "invoice": ("city", "Country", "country"),
                              "booking": ("nights", "Floor", "floor")}[kind]
    if st["props"][src][0] != src:
        return False
    for f in st["fields"]:
        if f[1] == src:
            f[1] = None
    r256_field(st, dst_label)[1] = src
    st["props"][src] = [newkey, st["props"][src][1], None]
    return True


def r256_d_descother(st, rng, kind):
    """The member keeps its key; a description now asks for another field."""
    if kind not in ("person", "invoice", "booking"):
        return False
    src, dst_label, d = {"person": ("age", "Room", "the room number (not the age)"),
                         "invoice": ("city", "Country", "the country (not the city)"),
                         "booking": ("nights", "Floor", "the floor of the room (not the nights)")}[kind]
    if st["props"][src][0] != src:
        return False
    for f in st["fields"]:
        if f[1] == src:
            f[1] = None
    r256_field(st, dst_label)[1] = src
    st["props"][src][2] = d
    return True


R256_D = {"num": r256_d_num, "str": r256_d_str, "name": r256_d_name, "ext": r256_d_ext, "swapval": r256_d_swapval,
          "swaplab": r256_d_swaplab, "sign": r256_d_sign, "unit": r256_d_unit, "neg": r256_d_neg, "corr": r256_d_corr,
          "keyother": r256_d_keyother, "descother": r256_d_descother}
R256_KINDS = {"person": r256_k_person, "invoice": r256_k_invoice, "booking": r256_k_booking, "order": r256_k_order}


def r256_fill_names(st, rng):
    for f in st["fields"]:
        if f[2] is None:
            nm = r256_name(rng)
            f[2], f[3] = nm, nm


def r256_wrong_from(st, base_expect_vals, rng):
    """A small model's wrong answer for this state: the base's (stale) values under this state's keys, or a value
    from another field of the record."""
    exp = r256_expect(st)
    if rng.random() < 0.6:
        keys = list(exp)
        return {k: base_expect_vals[i] for i, k in enumerate(keys)}
    w = dict(exp)
    k = rng.choice(list(w))
    others = [f[3] for f in st["fields"] if f[3] is not None and f[3] != w[k] and isinstance(f[3], type(w[k]))]
    if others:
        w[k] = rng.choice(others)
    return w


def r256_apply(st, ops, rng, kind):
    """Applies ops (names of R256_D then R256_H, in the given order); None when one does not apply."""
    st = r256_copy(st)
    for op in ops:
        fn = R256_D.get(op) or R256_H.get(op)
        if not fn(st, rng, kind):
            return None
    return st


def r256_emit(kind, base_id, base_vals, st, tag, family, rng, also=(), force_safe=None):
    exp = r256_expect(st)
    safe = list(exp.values()) == list(base_vals) if force_safe is None else force_safe
    if safe:
        answers = [exp]
    else:
        u = rng.random()
        if u < 0.5:
            answers = [exp]
        else:
            answers = [r256_wrong_from(st, base_vals, rng), exp]
    return r256_add_j("safe" if safe else "pair", base_id, tag, family, r256_prompt(st), r256_schema(st), exp, answers,
                      safe=safe, also=also)


R256_HNAMES = list(R256_H)
R256_DNAMES = list(R256_D)


def r256_json_part():
    rng = r256_rng
    for kind, mk in R256_KINDS.items():
        nb = 6
        for bi in range(nb):
            base = mk(rng)
            r256_fill_names(base, rng)
            exp = r256_expect(base)
            bvals = list(exp.values())
            bid = r256_add_j("base", None, "%s-base" % kind[:3], "r256_base", r256_prompt(base), r256_schema(base), exp,
                             [exp])
            # (1) one harmless change alone, two at once (safe)
            for h in R256_HNAMES:
                st = r256_apply(base, [h], rng, kind)
                if st:
                    r256_emit(kind, bid, bvals, st, "%s-h-%s" % (kind[:3], h), "r256_safe1", rng)
            for _ in range(5):
                h1, h2 = rng.sample(R256_HNAMES, 2)
                st = r256_apply(base, [h1, h2], rng, kind)
                if st:
                    r256_emit(kind, bid, bvals, st, "%s-hh-%s-%s" % (kind[:3], h1, h2), "r256_safe2", rng)
            # (2) one change of the answer hidden behind one or two harmless ones
            for d in R256_DNAMES:
                hs = list(R256_HNAMES)
                rng.shuffle(hs)
                for h in hs[:3]:
                    st = r256_apply(base, [d, h], rng, kind)
                    if st:
                        r256_emit(kind, bid, bvals, st, "%s-dh-%s-%s" % (kind[:3], d, h), "r256_dh_" + d, rng)
                for _ in range(2):
                    h1, h2 = rng.sample(R256_HNAMES, 2)
                    st = r256_apply(base, [d, h1, h2], rng, kind)
                    if st:
                        r256_emit(kind, bid, bvals, st, "%s-dhh-%s-%s-%s" % (kind[:3], d, h1, h2), "r256_dhh_" + d, rng)
            # (3) changes that cancel: values swapped and labels swapped; key moved and values swapped (safe)
            for hs in ([], ["para"], ["crlf"], ["upper"], ["key"]):
                st = r256_apply(base, ["swapval", "swaplab"] + hs, rng, kind)
                if st:
                    r256_emit(kind, bid, bvals, st, "%s-cancel-sw" % kind[:3], "r256_cancel", rng)
                st = r256_apply(base, ["keyother", "swapval"] + hs, rng, kind)
                if st:
                    r256_emit(kind, bid, bvals, st, "%s-cancel-ko" % kind[:3], "r256_cancel", rng,
                              force_safe=True)
            # two value changes that together change the answer of two members
            for hs in (["para"], ["order"], ["ws"], ["lower1"]):
                st = r256_apply(base, ["num", "str"] + hs, rng, kind)
                if st:
                    r256_emit(kind, bid, bvals, st, "%s-dd-%s" % (kind[:3], hs[0]), "r256_dd", rng)
            # (4) chains: each step one change, the sum changes the answer
            for ci in range(3):
                steps = rng.sample(R256_HNAMES, 3)
                d = rng.choice(["num", "str", "swapval", "swaplab", "name", "ext", "keyother", "descother"])
                seq = steps[:2] + [d] + steps[2:]
                prev, ops = bid, []
                for op in seq:
                    ops = ops + [op]
                    st = r256_apply(base, [o for o in ops if o in R256_D] + [o for o in ops if o in R256_H], rng, kind)
                    if not st:
                        break
                    pid = r256_emit(kind, prev, bvals, st, "%s-chain%d-%s" % (kind[:3], ci, op), "r256_chain", rng)
                    if pid:
                        prev = pid
            # (5) two stored bases: B = paraphrase + one value changed; V = paraphrase + another value changed
            #     (V differs from the base by its second change, from B by both values)
            stb = r256_apply(base, ["num", "para"], rng, kind)
            if stb:
                b2 = r256_emit(kind, bid, bvals, stb, "%s-two-b" % kind[:3], "r256_twobase", rng)
                for hs in (["para"], ["para", "ws"], ["para", "order"]):
                    stv = r256_apply(base, ["str"] + hs, rng, kind)
                    if stv:
                        stv["para"] = stb["para"]
                        r256_emit(kind, bid, bvals, stv, "%s-two-v" % kind[:3], "r256_twobase", rng,
                                  also=(b2,) if b2 else ())
                # the record of B with the instruction of the base and B's number put back in another field's place
                stv = r256_apply(base, ["num", "swapval"], rng, kind)
                if stv:
                    r256_emit(kind, bid, bvals, stv, "%s-two-w" % kind[:3], "r256_twobase", rng,
                              also=(b2,) if b2 else ())


# ================================================================== linear_equation
def r256_fmt_lin(a, v, b):
    """a*v + b as written."""
    s = ("%s%s" % ("" if a == 1 else ("-" if a == -1 else str(a)), v))
    if b > 0:
        s += " + %d" % b
    elif b < 0:
        s += " - %d" % -b
    return s


def r256_fracs(x):
    x = R256Frac(x)
    return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)


def r256_eq_state(a, b, c, v="x"):
    return {"a": a, "b": b, "c": c, "v": v, "form": "std", "instr": "std", "unrel": False, "report": None, "nl": False}


def r256_eq_eqtext(st):
    a, b, c, v = st["a"], st["b"], st["c"], st["v"]
    lhs = r256_fmt_lin(a, v, b)
    if st["form"] == "swap":
        return "%d = %s" % (c, lhs)
    if st["form"] == "comm":
        return "%d + %s = %d" % (b, r256_fmt_lin(a, v, 0), c)
    if st["form"] == "tight":
        return (lhs + " = %d" % c).replace(" ", "")
    return lhs + " = %d" % c


def r256_eq_prompt(st):
    eq = r256_eq_eqtext(st)
    v = st["v"]
    if st["instr"] == "para":
        p = "Find %s, step by step, given that %s." % (v, eq)
    elif st["nl"]:
        p = "Solve for %s:\n%s\nShow each step." % (v, eq)
    else:
        p = "Solve for %s: %s. Show each step." % (v, eq)
    if st["report"]:
        p += " " + st["report"][0] % {"v": v}
    if st["unrel"]:
        p += " Thanks in advance!"
    return p


def r256_eq_value(st):
    return R256Frac(st["c"] - st["b"], st["a"])


def r256_eq_working(st, value=None):
    a, b, c, v = st["a"], st["b"], st["c"], st["v"]
    first = r256_eq_eqtext(st)
    if st["form"] == "tight":
        first = r256_fmt_lin(a, v, b) + " = %d" % c
    lines = [first]
    if st["form"] == "swap":
        lines.append(r256_fmt_lin(a, v, b) + " = %d" % c)
    lines.append("%s%s = %d" % ("" if a == 1 else str(a), v, c - b))
    val = r256_eq_value(st) if value is None else value
    lines.append("%s = %s" % (v, r256_fracs(val)))
    if st["report"]:
        expr_t, fn = st["report"][1], st["report"][2]
        lines.append("%s = %s" % (expr_t % {"v": v}, r256_fracs(fn(val))))
    return "\n".join(lines)


def r256_eq_stale(st):
    """The base's working, its variable renamed to this request's: a small model's stale answer."""
    b = st["base"]
    return r256_eq_working(dict(r256_eq_state(b[0], b[1], b[2], st["v"]), form=st["form"] if st["form"] != "swap" else "std"))


R256_REPORTS = [("Then report the value of 2%(v)s.", "2%(v)s", lambda x: 2 * x),
                ("At the end, give the value of -%(v)s.", "-%(v)s", lambda x: -x),
                ("Then report the value of %(v)s + 10.", "%(v)s + 10", lambda x: x + 10)]


def r256_eh(name, st, rng):
    if name == "ren":
        nv = rng.choice([l for l in "ynktzmp" if l != st["v"]])
        st["v"] = nv
    elif name == "para":
        st["instr"] = "para"
    elif name == "tight":
        if st["form"] != "std":
            return False
        st["form"] = "tight"
    elif name == "swap":
        if st["form"] != "std":
            return False
        st["form"] = "swap"
    elif name == "comm":
        if st["form"] != "std" or st["b"] <= 0:
            return False
        st["form"] = "comm"
    elif name == "unrel":
        st["unrel"] = True
    elif name == "nl":
        if st["instr"] == "para":
            return False
        st["nl"] = True
    return True


def r256_ed(name, st, rng):
    if name == "const":
        st["c"] = st["c"] + rng.choice([1, 2, st["a"], -st["a"], 10])
    elif name == "sign":
        st["b"] = -st["b"]
    elif name == "coef":
        st["a"] = st["a"] + rng.choice([1, 2, -1]) or 2
        if st["a"] in (0, 1, -1):
            st["a"] = 5
    elif name == "rhsneg":
        st["c"] = -st["c"]
    elif name == "report":
        st["report"] = rng.choice(R256_REPORTS)
    return True


R256_EH = ["ren", "para", "tight", "swap", "comm", "unrel", "nl"]
R256_ED = ["const", "sign", "coef", "rhsneg", "report"]


def r256_eq_emit(base_id, base_val, st, tag, rng, also=()):
    val = r256_eq_value(st)
    rep = None
    if st["report"]:
        rep = {"expression": st["report"][1] % {"v": st["v"]}, "value": r256_fracs(st["report"][2](val))}
    safe = val == base_val and not st["report"]
    right = r256_eq_working(st)
    if safe or rng.random() < 0.5:
        answers = [right]
    else:
        answers = [r256_eq_stale(st), right]
    return r256_add_e("safe" if safe else "pair", base_id, tag, "r256_eq", r256_eq_prompt(st), st["v"], r256_fracs(val),
                      answers, report=rep, safe=safe, also=also)


def r256_eq_part():
    rng = r256_rng
    for bi in range(6):
        a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9])
        x = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12])
        b = rng.choice([1, 3, 5, 6, 7, 9, 11, 13])
        base = r256_eq_state(a, b, a * x + b)
        base["base"] = (a, b, a * x + b)
        bval = r256_eq_value(base)
        bid = r256_add_e("base", None, "eq-base", "r256_eq_base", r256_eq_prompt(base), "x", r256_fracs(bval),
                         [r256_eq_working(base)])
        for h in R256_EH:
            st = dict(base)
            if r256_eh(h, st, rng):
                r256_eq_emit(bid, bval, st, "eq-h-" + h, rng)
        for _ in range(6):
            h1, h2 = rng.sample(R256_EH, 2)
            st = dict(base)
            if r256_eh(h1, st, rng) and r256_eh(h2, st, rng):
                r256_eq_emit(bid, bval, st, "eq-hh-%s-%s" % (h1, h2), rng)
        for d in R256_ED:
            for h in R256_EH:
                st = dict(base)
                if r256_ed(d, st, rng) and r256_eh(h, st, rng):
                    r256_eq_emit(bid, bval, st, "eq-dh-%s-%s" % (d, h), rng)
            for _ in range(2):
                h1, h2 = rng.sample(R256_EH, 2)
                st = dict(base)
                if r256_ed(d, st, rng) and r256_eh(h1, st, rng) and r256_eh(h2, st, rng):
                    r256_eq_emit(bid, bval, st, "eq-dhh-%s-%s-%s" % (d, h1, h2), rng)
        # changes that cancel: constant and term both moved by the same amount; sign of b and c flipped with a
        st = dict(base)
        st["b"], st["c"] = base["b"] + 4, base["c"] + 4
        r256_eq_emit(bid, bval, st, "eq-cancel-shift", rng)
        st = dict(base)
        st["a"], st["b"], st["c"] = -base["a"], -base["b"], -base["c"]
        r256_eq_emit(bid, bval, st, "eq-cancel-neg", rng)
        st = dict(base)
        st["a"], st["b"], st["c"] = 2 * base["a"], 2 * base["b"], 2 * base["c"]
        r256_eq_emit(bid, bval, st, "eq-cancel-dbl", rng)
        st = dict(base)
        r256_eh("ren", st, rng)
        st["a"], st["b"], st["c"] = 2 * base["a"], 2 * base["b"], 2 * base["c"]
        r256_eq_emit(bid, bval, st, "eq-cancel-dblren", rng)
        # chains: rename, then paraphrase, then a constant, then whitespace
        for ci in range(2):
            hs = rng.sample(R256_EH, 3)
            d = rng.choice(R256_ED)
            st, prev = dict(base), bid
            for op in hs[:2] + [d] + hs[2:]:
                ok = r256_eh(op, st, rng) if op in R256_EH else r256_ed(op, st, rng)
                if not ok:
                    continue
                pid = r256_eq_emit(prev, bval, dict(st), "eq-chain%d-%s" % (ci, op), rng)
                if pid:
                    prev = pid


r256_json_part()
r256_eq_part()


# ================================================================== extra shapes (hand-written, seeded choices)
def r256_pairs(tag, family, schema, base_prompt, base_exp, variants):
    """A base, then variants: (prompt, expect, safe, answers or None: [expect])."""
    bid = r256_add_j("base", None, tag + "-base", family, base_prompt, schema, base_exp, [base_exp])
    for v in variants:
        vp, ve, safe = v[0], v[1], v[2]
        ans = v[3] if len(v) > 3 else [ve]
        r256_add_j("safe" if safe else "pair", bid, tag, family, vp, schema, ve, ans, safe=safe)


def r256_extra_part():
    rng = r256_rng
    per = S({"name": "string", "age": "integer", "city": "string"})
    i1 = "Extract the name, age and city as JSON.\n\nText:\n"
    i2 = "Please return the name, age and city as a JSON object.\n\nText:\n"
    # (6) a lower-case CSV record: header cells moved, values moved, both (cancel), with a harmless change beside
    for k in range(6):
        nm = r256_name(rng)
        age, room = rng.choice([(34, 41), (29, 52), (47, 38), (23, 61), (63, 27), (52, 44)])
        city = rng.choice(R256_CITY)[0]
        ex = {"name": nm, "age": age, "city": city}
        row = lambda a, b: "%s,%d,%d,%s\n" % (nm, a, b, city)
        base = i1 + "name,age,room,city\n" + row(age, room)
        stale = [ex]
        r256_pairs("csv", "r256_csv", per, base, ex, [
            (i1 + "name,room,age,city\n" + row(age, room), dict(ex, age=room), False, stale + [dict(ex, age=room)]),
            (i2 + "name,room,age,city\n" + row(age, room), dict(ex, age=room), False, stale + [dict(ex, age=room)]),
            ((i1 + "name,room,age,city\n" + row(age, room)).replace("\n", "\r\n"), dict(ex, age=room), False),
            (i1 + "name, room, age, city\n" + row(age, room).replace(",", ", "), dict(ex, age=room), False),
            (i1 + "name,room,age,city\n" + row(room, age), ex, True),
            (i2 + "name,room,age,city\n" + row(room, age), ex, True),
            (i1 + "name,age,room,city\n" + row(room, age), dict(ex, age=room), False),
            (i2 + "name,age,room,city\n" + row(room, age), dict(ex, age=room), False, stale + [dict(ex, age=room)]),
            (i1 + "city,age,room,name\n" + row(age, room), {"name": city, "age": age, "city": nm}, False),
            ((i2 + "name,age,room,city\n" + row(age, room)).replace("\n", "\r\n"), ex, True),
            (i1 + "name, age, room, city\n" + row(age, room).replace(",", ", "), ex, True),
            (i1 + "name,age,room,city\n" + "%s,%d,%d,%s\n" % (nm, age + 1, room, city), dict(ex, age=age + 1), False),
            (i2 + "name,age,room,city\n" + "%s,%d,%d,%s\n" % (nm, room, age, "Oslo"), dict(ex, age=room, city="Oslo"), False),
        ])
    # (7) a note that names one member and changes another too, beside a harmless change
    notes = [("Update: age is now %(a1)d since she moved to Oslo.", {"age": 1, "city": "Oslo"}),
             ("Note: the age is %(a1)d; she relocated to Oslo in May.", {"age": 1, "city": "Oslo"}),
             ("City update: Oslo. She also turned %(a1)d yesterday.", {"age": 1, "city": "Oslo"}),
             ("Age verified. Residence since June: Oslo.", {"city": "Oslo"}),
             ("Age verified; home town changed to Oslo.", {"city": "Oslo"}),
             ("The room number and the age are the wrong way round.", {"age": "room"}),
             ("Room change: 12. Birthday today: one year older.", {"age": 1})]
    for k in range(3):
        nm = "%s %s" % (rng.choice(["Ana", "Eva", "Ida", "Siv"]), rng.choice(R256_LAST))
        age, room = rng.choice([(34, 41), (29, 52), (47, 38)])
        city = rng.choice([c for c, _ in R256_CITY if c != "Oslo"])
        rec = "Name: %s\nAge: %d\nCity: %s\nRoom: %d\n" % (nm, age, city, room)
        ex = {"name": nm, "age": age, "city": city}
        vs = []
        for note, ch in notes:
            e = dict(ex)
            for m, v in ch.items():
                e[m] = (age + 1 if v == 1 else room if v == "room" else v)
            txt = note % {"a1": age + 1}
            vs.append((i1 + rec + txt + "\n", e, False, [ex, e]))
            vs.append(((i2 + rec + txt + "\n").replace("\n", "\r\n"), e, False, [ex, e]))
        r256_pairs("note", "r256_note", per, i1 + rec, ex, vs)
    # (8) a field of no member that gives the unit or the currency, changed beside a harmless change
    wk = S({"item": "string", "weight_kg": "number"}, {"weight_kg": "weight in kilograms"})
    for item, w in (("Oak table", 12), ("Desk lamp", 3), ("Bookcase", 40)):
        b = "Extract the item and its weight as JSON.\n\nText:\nItem: %s\nWeight: %d\nUnit: kg\n" % (item, w)
        ex = {"item": item, "weight_kg": w}
        vs = []
        for u, f in (("lb", 0.45359237), ("g", 0.001), ("t", 1000)):
            e = {"item": item, "weight_kg": round(w * f, 6)}
            vs.append((b.replace("Unit: kg", "Unit: " + u), e, False, [ex, e]))
            vs.append((b.replace("Unit: kg", "Unit: " + u).replace("Extract the item and its weight as JSON.",
                       "Please return the item and its weight as a JSON object."), e, False, [ex, e]))
            vs.append((b.replace("Unit: kg", "Unit: " + u).replace("\n", "\r\n"), e, False, [ex, e]))
        for f_ in ("Units: imperial", "Weight unit: lb", "Measured in: pounds", "UoM: LB", "Note: all weights are in pounds"):
            e = {"item": item, "weight_kg": round(w * 0.45359237, 6)}
            vs.append((b.replace("Unit: kg", f_), e, False, [ex, e]))
            vs.append((b.replace("Unit: kg", f_).replace("Extract the item and its weight as JSON.",
                       "Please return the item and its weight as a JSON object.").replace("\n", "\r\n"), e, False, [ex, e]))
        vs.append((b.replace("Extract the item and its weight as JSON.", "Please return the item and its weight as a JSON object."), ex, True))
        r256_pairs("unitf", "r256_unitfield", wk, b, ex, vs)
    inv = S({"customer": "string", "amount": "number"}, {"amount": "the amount in EUR"})
    for cust, a in (("Ana Berg", "300.00"), ("Tomas Holm", "1250.40")):
        b = "Extract the customer and the amount as JSON.\n\nText:\nCustomer: %s\nAmount: %s\nCurrency: EUR\n" % (cust, a)
        ex = {"customer": cust, "amount": json.loads(a)}
        vs = []
        for c in ("SEK", "NOK", "USD", "EUR cents", "kEUR"):
            vs.append((b.replace("Currency: EUR", "Currency: " + c), None, False, [ex]))
            vs.append((b.replace("Currency: EUR", "Currency: " + c).replace("\n", "\r\n"), None, False, [ex]))
        vs = [(p, ({"customer": cust, "amount": round(json.loads(a) / 100, 4)} if "cents" in p else
                   {"customer": cust, "amount": json.loads(a) * 1000} if "kEUR" in p else {"customer": cust, "amount": None}),
               s, an) for p, e, s, an in vs]
        r256_pairs("cur", "r256_currencyfield", inv, b, ex, vs)


def r256_eq_extra():
    """Equations: the variable asked changed with the variable renamed, and number forms beside a rename."""
    rng = r256_rng
    for k in range(4):
        a = rng.choice([3, 4, 6, 7])
        x = rng.choice([5, 6, 8])
        b = rng.choice([5, 7, 9])
        c = a * x + b
        bid = r256_add_e("base", None, "eqv-base", "r256_eq_var", "Solve for x: %dx + %d = %d. Show each step." % (a, b, c),
                         "x", str(x), ["%dx + %d = %d\n%dx = %d\nx = %d" % (a, b, c, a, c - b, x)])
        w = lambda v: "%d%s + %d = %d\n%d%s = %d\n%s = %d" % (a, v, b, c, a, v, c - b, v, x)

        def rw(first, cc, aa=a, bb=b, v="y"):
            val = R256Frac(cc - bb, aa)
            norm = "%d%s + %d = %s" % (aa, v, bb, r256_fracs(cc))
            lines = [first] + ([norm] if norm != first else []) + ["%d%s = %s" % (aa, v, r256_fracs(cc - bb)),
                                                                   "%s = %s" % (v, r256_fracs(val))]
            return "\n".join(lines), r256_fracs(val)
        # (prompt, var, value, answers, report, safe)
        items = [
            ("Solve for y: %dx + %d = %d. Show each step." % (a, b, c), "x", str(x), [w("x")], None, False),
            ("Solve for x: %dy + %d = %d. Show each step." % (a, b, c), "y", str(x), [w("y")], None, False),
            ("Solve for %dy: %dy + %d = %d. Show each step." % (a, a, b, c), "y", str(x),
             [w("y"), w("y") + "\n%dy = %d" % (a, a * x)], {"expression": "%dy" % a, "value": str(a * x)}, False),
            ("Solve for -y: %dy + %d = %d. Show each step." % (a, b, c), "y", str(x),
             [w("y"), w("y") + "\n-y = %d" % -x], {"expression": "-y", "value": str(-x)}, False),
            ("Solve for y + 1: %dy + %d = %d. Show each step." % (a, b, c), "y", str(x),
             [w("y"), w("y") + "\ny + 1 = %d" % (x + 1)], {"expression": "y + 1", "value": str(x + 1)}, False),
            ("Solve for Y: %dy + %d = %d. Show each step." % (a, b, c), "y", str(x), [w("y")], None, False),
        ]
        t, val = rw("%dy + %d = %d + y" % (a, b, c), 0)
        val = r256_fracs(R256Frac(c - b, a - 1))
        items.append(("Find y, step by step, given that %dy + %d = %d + y." % (a, b, c), "y", val,
                      [w("y"), "%dy + %d = %d + y\n%dy + %d = %d\n%dy = %d\ny = %s" % (a, b, c, a - 1, b, c, a - 1, c - b, val)],
                      None, False))
        for first, cc in (("%dy + %d = %d÷2" % (a, b, c), R256Frac(c, 2)),
                          ("%dy + %d = .%d" % (a, b, c), R256Frac(c, 10 ** len(str(c)))),
                          ("%dy + %d = %d × 2" % (a, b, c), 2 * c)):
            t, val = rw(first, cc)
            items.append(("Solve for y: %s. Show each step." % first, "y", val, [w("y"), t], None, False))
        t, val = rw("%dy - %d = %d" % (a, b, c), c, bb=-b)
        t = "%dy - %d = %d\n%dy = %d\ny = %s" % (a, b, c, a, c + b, val)
        items.append(("Solve for y: %dy − %d = %d. Show each step." % (a, b, c), "y", val, [w("y"), t], None, False))
        val = r256_fracs(R256Frac(c - a * b, a))
        items.append(("Solve for y: %d(y + %d) = %d. Show each step." % (a, b, c), "y", val,
                      [w("y"), "%d(y + %d) = %d\n%dy + %d = %d\n%dy = %d\ny = %s" % (a, b, c, a, a * b, c, a, c - a * b, val)],
                      None, False))
        items.append(("Solve for y: %dy + %d = %d. Show each step. Thanks!" % (a, b, c), "y", str(x), [w("y")], None, True))
        for p_, v_, val_, ans_, rep_, safe_ in items:
            r256_add_e("safe" if safe_ else "pair", bid, "eqv", "r256_eq_var", p_, v_, val_, ans_, report=rep_, safe=safe_)


r256_extra_part()
r256_eq_extra()


def r256_who_part():
    """The record asked for by a person's name: the name in the instruction changed, the record's name changed, or
    both, beside a harmless change (the scripted model answers the record's values first)."""
    rng = r256_rng
    sch = S({"age": "integer", "city": "string"})
    for k in range(6):
        n1, n2 = r256_name(rng), r256_name(rng)
        while n2.split()[1] == n1.split()[1]:
            n2 = r256_name(rng)
        age = rng.choice([23, 34, 41, 52, 61])
        city = rng.choice(R256_CITY)[0]
        ex = {"age": age, "city": city}
        refuse = R256_REFUSE
        rec = "Name: %s\nAge: %d\nCity: %s\n" % (n1, age, city)
        ins = "Extract the age and city of the person named %s as JSON.\n\nText:\n"
        r256_pairs("who", "r256_who", sch, ins % n1 + rec, ex, [
            (ins % n2 + rec, refuse, False, [ex]),
            ((ins % n2 + rec).replace("\n", "\r\n"), refuse, False, [ex]),
            ("Please return the age and city of %s as a JSON object.\n\nText:\n" % n2 + rec, refuse, False, [ex]),
            (ins % n1 + rec.replace(n1, n2), refuse, False, [ex]),
            (ins % n2 + rec.replace(n1, n2), ex, True),
        ])



R256_REFUSE = {"__refusal_expected__": True}


def r256_agekind_part():
    """A number member rewritten to a value of another kind, beside a harmless change: an age that is a year, a date
    written as digits or past any lifetime ("Age: 1991", "Age: 19910514", "Age: 151"); nights that are a date or a
    year. The request asks for the age; no such number is one (the right answer: a refusal). The scripted model copies
    the text."""
    rng = r256_rng
    per_i = "Extract the name, age and city as JSON."
    per_p = "Please return the name, age and city as a JSON object."
    for k in range(6):
        st = r256_k_person(rng)
        r256_fill_names(st, rng)
        ex = r256_expect(st)
        bid = r256_add_j("base", None, "agek-base", "r256_agekind", r256_prompt(st), r256_schema(st), ex, [ex])
        year = rng.randint(1961, 2004)
        vals = [("year", str(year)), ("date", "%d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))),
                ("now", "2026"), ("old", str(rng.choice([151, 187, 240])))]
        for tag, v in vals:
            for hs in ([], ["para"], ["crlf"], ["order"]):
                vst = r256_apply(st, hs, rng, "person")
                if vst is None:
                    continue
                for f in vst["fields"]:
                    if f[1] == "age":
                        f[2], f[3] = v, int(v)
                r256_add_j("pair", bid, "agek-%s" % tag, "r256_agekind_" + tag, r256_prompt(vst), r256_schema(vst),
                           R256_REFUSE, [r256_expect(vst)])
        # a plausible new age: the licensed rewrite, right
        vst = r256_apply(st, ["para"], rng, "person")
        for f in vst["fields"]:
            if f[1] == "age":
                f[2], f[3] = str(f[3] + 7), f[3] + 7
        r256_add_j("pair", bid, "agek-plain", "r256_agekind", r256_prompt(vst), r256_schema(vst), r256_expect(vst),
                   [r256_expect(vst)])
    for k in range(4):
        st = r256_k_booking(rng)
        r256_fill_names(st, rng)
        ex = r256_expect(st)
        bid = r256_add_j("base", None, "nightk-base", "r256_agekind", r256_prompt(st), r256_schema(st), ex, [ex])
        for tag, v in (("date", "2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))), ("year", "2026")):
            for hs in ([], ["para"], ["crlf"]):
                vst = r256_apply(st, hs, rng, "booking")
                for f in vst["fields"]:
                    if f[1] == "nights":
                        f[2], f[3] = v, int(v)
                r256_add_j("pair", bid, "nightk-%s" % tag, "r256_nightkind_" + tag, r256_prompt(vst), r256_schema(vst),
                           R256_REFUSE, [r256_expect(vst)])
    # singles: no stored base, the same shape served fresh (and stored?) in run 1, then again in run 2
    for k in range(6):
        st = r256_k_person(rng)
        r256_fill_names(st, rng)
        year = rng.randint(1961, 2004)
        v = str(year) if k % 2 == 0 else "%d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        for f in st["fields"]:
            if f[1] == "age":
                f[2], f[3] = v, int(v)
        st["para"] = per_p if k % 3 == 0 else None
        r256_add_j("base", None, "agek-single", "r256_agekind_single", r256_prompt(st), r256_schema(st), R256_REFUSE,
                   [r256_expect(st)])


r256_agekind_part()
r256_who_part()


# Confirmed alone (the ids and their bases, fresh SQLite store, two passes): served from the cache.
r256_found_alone_list = {
    'd256-agek-date-2827', 'd256-agek-date-2828', 'd256-agek-date-2829', 'd256-agek-date-2830',
    'd256-agek-date-2863', 'd256-agek-date-2864', 'd256-agek-date-2865', 'd256-agek-date-2866',
    'd256-agek-date-2899', 'd256-agek-date-2900', 'd256-agek-date-2901', 'd256-agek-date-2902',
    'd256-agek-date-2917', 'd256-agek-date-2918', 'd256-agek-date-2919', 'd256-agek-date-2920', 'd256-agek-now-2831',
    'd256-agek-now-2832', 'd256-agek-now-2833', 'd256-agek-now-2834', 'd256-agek-now-2867', 'd256-agek-now-2868',
    'd256-agek-now-2869', 'd256-agek-now-2870', 'd256-agek-now-2903', 'd256-agek-now-2904', 'd256-agek-now-2905',
    'd256-agek-now-2906', 'd256-agek-now-2921', 'd256-agek-now-2922', 'd256-agek-now-2923', 'd256-agek-now-2924',
    'd256-agek-old-2835', 'd256-agek-old-2836', 'd256-agek-old-2837', 'd256-agek-old-2838', 'd256-agek-old-2871',
    'd256-agek-old-2872', 'd256-agek-old-2873', 'd256-agek-old-2874', 'd256-agek-old-2907', 'd256-agek-old-2908',
    'd256-agek-old-2909', 'd256-agek-old-2910', 'd256-agek-old-2925', 'd256-agek-old-2926', 'd256-agek-old-2927',
    'd256-agek-old-2928', 'd256-agek-single-2958', 'd256-agek-year-2823', 'd256-agek-year-2824',
    'd256-agek-year-2825', 'd256-agek-year-2826', 'd256-agek-year-2859', 'd256-agek-year-2860',
    'd256-agek-year-2861', 'd256-agek-year-2862', 'd256-agek-year-2895', 'd256-agek-year-2896',
    'd256-agek-year-2897', 'd256-agek-year-2898', 'd256-agek-year-2913', 'd256-agek-year-2914',
    'd256-agek-year-2915', 'd256-agek-year-2916', 'd256-nightk-date-2931', 'd256-nightk-date-2932',
    'd256-nightk-date-2933', 'd256-nightk-date-2938', 'd256-nightk-date-2939', 'd256-nightk-date-2940',
    'd256-nightk-date-2945', 'd256-nightk-date-2946', 'd256-nightk-date-2947', 'd256-nightk-date-2952',
    'd256-nightk-date-2953', 'd256-nightk-date-2954', 'd256-nightk-year-2934', 'd256-nightk-year-2935',
    'd256-nightk-year-2936', 'd256-nightk-year-2941', 'd256-nightk-year-2942', 'd256-nightk-year-2943',
    'd256-nightk-year-2948', 'd256-nightk-year-2949', 'd256-nightk-year-2950', 'd256-nightk-year-2955',
    'd256-nightk-year-2956', 'd256-nightk-year-2957',
}
r256_arguable_list = {
    'd256-agek-old-2835', 'd256-agek-old-2836', 'd256-agek-old-2837', 'd256-agek-old-2838', 'd256-agek-old-2871',
    'd256-agek-old-2872', 'd256-agek-old-2873', 'd256-agek-old-2874', 'd256-agek-old-2907', 'd256-agek-old-2908',
    'd256-agek-old-2909', 'd256-agek-old-2910', 'd256-agek-old-2925', 'd256-agek-old-2926', 'd256-agek-old-2927',
    'd256-agek-old-2928', 'd256-nightk-year-2934', 'd256-nightk-year-2935', 'd256-nightk-year-2936',
    'd256-nightk-year-2941', 'd256-nightk-year-2942', 'd256-nightk-year-2943', 'd256-nightk-year-2948',
    'd256-nightk-year-2949', 'd256-nightk-year-2950', 'd256-nightk-year-2955', 'd256-nightk-year-2956',
    'd256-nightk-year-2957',
}
r256_found_alone |= r256_found_alone_list
r256_arguable |= r256_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 53: the confirmed items (fixed) all kept with their bases, every 10th
# safe variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r256_trim_round  # noqa: E402

r256_trim_round("d256-", r256_found_alone, r256_arguable,
                lambda i: [r256_meta[i]["base"]] if r256_meta.get(i, {}).get("base") else [])
