r"""Red-team round 230 (black box): THE MODEL'S ANSWER FORMAT FOR json_extract.
Focus: first answers of pairs and singles (and the regenerated member's answer on the patch path) in the forms a small
  model writes: fenced JSON (```json / ```), prose before / after / both, two objects in one answer (an example then
  the answer, the answer then "Wait, I made a mistake. Corrected:", two bare objects, two fenced blocks, an answer then
  "Actually, correction:" with a wrong one, an answer then "For example, another record would be: ..."), trailing
  commas, single quotes, // comments, unquoted keys, truncation (inside a string, inside a number, after a key, the
  closing brace), duplicate keys with different values (stale last / wrong last), keys capitalised or with spaces
  ("order id", "start year"), numbers as strings ("650", "72,000"), order_id as a number, \u escapes ("Krak\u00f3w").
  Three schemas (guest: name/age/room/city; order: order_id/quantity/unit_price/customer; staff: name/job/salary/
  start_year), one record per card with labels that name the members ("Name:", "Unit price:"), card / intro sentence /
  lower-case "label - value" layouts, a few two-record texts. 2,978 probes (seeded random.Random(230)): 2,699 pair
  probes, 198 singles, 81 safe (--runs 2).
Part 1 (d230-pb/pv-): pairs, one member changed; the variant's first answer is the BASE's answer in one of 22 formats,
  then the right one. Part 2 (d230-qb/qv-): the base itself first answered in a format; the variant's first answer has
  the right values but the stale object beside it (example / correction / two objects), a duplicate key holding the
  stale value last, a truncated right object, numbers as strings, spaced keys. Part 3 (d230-s-, d230-t-): singles whose
  first answer is a mistake in a format (another value, the other record's values, truncated in a number so "650"
  reads "65", duplicate key with a wrong value last, a wrong second object, "72,000" as a string). Part 4
  (d230-xb/xv-): one member's label AND value changed ("Room" -> "Room #", "Age" -> "Age in years", "Unit price" ->
  "Price per unit"...), the regenerated member's first answer a stale value in a format ({'room': 410}, {"ROOM": 410},
  {"room": "410"}, {"room": 41, "The room # is 411.\n{"room": 410}", an example object then the stale one, the whole
  stale record, another member's number). Part 5 (d230-yb/yv-): the patch path on unit_price ("Price", "Unit cost",
  "Price/unit", "Cost per unit"), value changed or kept, the regenerated member in 14 formats (also a whole object
  with the right price and OTHER members wrong). Safe (d230-sf-): the base with an extra blank line.
HELD: no wrong answer from the cache in either run (0 path=reuse, 0 KEPT-FROM-CACHE): run 1 830 reuse + 184 patch,
  run 2 916 reuse + 123 patch, all right. Every stale first answer of part 1 (all 22 formats, 641 variants) was refused
  and the right second answer served or the variant refused; none was stored (run 2 serves the same). Part 2's
  "example then answer" / "then corrected" / two objects were read as their right (last) object and served right
  (0 of 151 wrong); truncated right objects (167) and numbers-as-strings / spaced keys were regenerated or repaired
  right. Singles (part 3): 0 of 198 with a mistake served wrong except the duplicate-key ones below; truncation inside
  a number ("room": 65 for 650) was not repaired into a wrong value; "Actually, correction:" with a wrong second object
  and "For example, another record..." were refused. Patch path (parts 4-5): 184 / 123 patched answers, every
  regenerated member in a format with a stale, other-member or truncated value was refused or re-asked ("1 of 4 steps
  failed (/unit_price: reuse: its evidence "unit price : 4.5" is not in the new text)"), and a regenerated whole
  object's other members were never taken. Label changes other than unit_price made every member fail
  ("failing_fraction_above: 1.0") and were answered fresh. Safe on reuse 24/81 (both runs).
WHAT GOT THROUGH: nothing from the cache. Fresh (path=skip) only, the lesser matter:
 (A) duplicate keys served verbatim: the cache verifies the FIRST occurrence of a key and serves the model's text
     as written, so a client whose JSON reader keeps the LAST one (Python, JavaScript, most) reads the stale or wrong
     value: "Return the guest record as JSON. / Name: Tomasz Nowak / Age: 75 / Room: 475 / City: Tartu" ->
     '{"name":"Tomasz Nowak","age":75,"room":475,"city":"Tartu","name":"Chidi Okafor"}'; "Extract the guest record
     as JSON. / Name: Aiko Tanaka / Age: 25 / Room: 650 / City: Kraków" -> '{..."room":650,"city":"Kraków",
     "room":649}'; single "Return the staff record as JSON. / name - Pablo Ruiz / ... / salary - 90000" ->
     '{"name":"Pablo Ruiz","job":"welder","salary":90000,"start_year":2005,"salary":91000}'. 36 in run 1 (30 qv, 6 t),
     27 in run 2; alone (the 36 ids and their 30 bases, 66 probes, fresh store) 36 / 36, all path=skip,
     never stored or reused. ARGUABLE as a finding (RFC 8259 leaves duplicate names undefined); not in r230_found_alone.
Counts from the cache: whole round 0 (run 1) / 0 (run 2); alone 0 / 0 (0 clear, 0 arguable).
Adds its probes to probe_kit.P."""
import json
import random as r230_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r230_rng = r230_random.Random(230)
r230_found_alone = set()
r230_arguable = set()
r230_prompts = {}
r230_n = [0]
r230_counts = {"pair": 0, "single": 0, "safe": 0}

R230_NAMES = ["Mira Holt", "Jonas Berg", "Aiko Tanaka", "Rosa Delgado", "Tomasz Nowak", "Léa Dubois", "Chidi Okafor",
              "Sven Åberg", "Nadia Petrova", "Omar Haddad", "Ingrid Solheim", "Pablo Ruiz"]
R230_CITIES = ["Ghent", "Bergen", "Osaka", "Sevilla", "Kraków", "Lyon", "Lagos", "Malmö", "Tartu", "Amman", "Tromsø", "Quito"]
R230_JOBS = ["pharmacist", "welder", "nurse", "architect", "baker", "translator", "pilot", "librarian"]

R230_SCHEMAS = {
    "guest": S({"name": "string", "age": "integer", "room": "integer", "city": "string"}),
    "order": S({"order_id": "string", "quantity": "integer", "unit_price": "number", "customer": "string"}),
    "staff": S({"name": "string", "job": "string", "salary": "integer", "start_year": "integer"}),
}


def r230_rec(dom):
    g = r230_rng
    if dom == "guest":
        return {"name": g.choice(R230_NAMES), "age": g.randint(19, 88), "room": g.randint(101, 989),
                "city": g.choice(R230_CITIES)}
    if dom == "order":
        return {"order_id": "A-%d" % g.randint(1000, 9999), "quantity": g.randint(2, 90),
                "unit_price": g.choice([4.5, 12.75, 19.99, 7.25, 3.8, 120.0, 56.1]), "customer": g.choice(R230_NAMES)}
    return {"name": g.choice(R230_NAMES), "job": g.choice(R230_JOBS), "salary": g.randint(31, 99) * 1000,
            "start_year": g.randint(1995, 2024)}


R230_LABELS = {"guest": ["Name", "Age", "Room", "City"], "order": ["Order ID", "Quantity", "Unit price", "Customer"],
               "staff": ["Name", "Job", "Salary", "Start year"]}


def r230_doc(dom, rec, layout, other=None):
    """The document text: fields labelled like the schema's members, in a few layouts; other = a second record."""
    def one(r):
        labs = R230_LABELS[dom]
        vals = list(r.values())
        if layout == "card":
            return "".join("%s: %s\n" % (l, v) for l, v in zip(labs, vals))
        if layout == "intro":
            return "Please process the following booking record.\n" + "".join("%s: %s\n" % (l, v) for l, v in zip(labs, vals))
        return "".join("%s - %s\n" % (l.lower(), v) for l, v in zip(labs, vals))
    txt = one(rec)
    if other is not None:
        txt = txt + "\n" + one(other)
    return txt


def r230_prompt(dom, rec, layout, other=None, ask=0):
    intro = {"guest": ["Return the guest record as JSON.", "Extract the guest record as JSON."],
             "order": ["Pull out the order details into JSON.", "Extract the order details as JSON."],
             "staff": ["Return the staff record as JSON.", "Extract the staff record as JSON."]}[dom][ask]
    who = ""
    if other is not None:
        key = "order_id" if dom == "order" else "name"
        who = " Only the record for %s." % rec[key]
    return "%s%s\n\n%s" % (intro, who, r230_doc(dom, rec, layout, other))


# ------------------------------------------------------------------ answer formats
def r230_dumps(obj, quote='"', keyq=True, trailing=False, sp=True):
    parts = []
    for k, v in obj.items():
        kk = (quote + k + quote) if keyq else k
        if isinstance(v, str):
            vv = quote + v + quote
        else:
            vv = json.dumps(v)
        parts.append("%s: %s" % (kk, vv))
    body = ", ".join(parts) + ("," if trailing else "")
    return "{" + body + "}"


def r230_fmt(obj, style, dom=None, wrong=None):
    """The answer `obj` in a model's format; wrong = another object that appears too (example / first try)."""
    js = json.dumps(obj)
    if style == "fence":
        return "```json\n%s\n```" % json.dumps(obj, indent=2)
    if style == "fence_plain":
        return "```\n%s\n```" % js
    if style == "prose_before":
        return "Here is the extracted record:\n%s" % js
    if style == "prose_after":
        return "%s\n\nI took these values from the text above. Let me know if you need anything else." % js
    if style == "prose_both":
        return "Sure! Based on the document, the JSON is:\n\n```json\n%s\n```\n\nNote: all values were copied verbatim." % js
    if style == "example_then":
        return "The format looks like this: %s\n\nAnd the answer is:\n%s" % (json.dumps(wrong), js)
    if style == "then_correct":
        return "%s\n\nWait, I made a mistake. Corrected:\n%s" % (json.dumps(wrong), js)
    if style == "two_plain":
        return "%s\n%s" % (json.dumps(wrong), js)
    if style == "trailing":
        return r230_dumps(obj, trailing=True)
    if style == "single_q":
        return r230_dumps(obj, quote="'")
    if style == "comments":
        lines = ["{"]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            lines.append('  "%s": %s%s  // from the text' % (k, json.dumps(v), "," if i < len(items) - 1 else ""))
        lines.append("}")
        return "\n".join(lines)
    if style == "unquoted":
        return r230_dumps(obj, keyq=False)
    if style == "dup_keys":  # wrong value first, right value last
        k = [k for k in obj if obj[k] != wrong[k]][0] if wrong else list(obj)[1]
        s = js[:-1] + ', "%s": %s}' % (k, json.dumps(obj[k]))
        return '{"%s": %s, ' % (k, json.dumps(wrong[k] if wrong else obj[k])) + js[1:] if False else \
            js[:-1] + ', "%s": %s}' % (k, json.dumps(wrong[k] if wrong else obj[k]))
    if style == "upper_keys":
        return json.dumps({k.capitalize(): v for k, v in obj.items()})
    if style == "space_keys":
        return json.dumps({k.replace("_", " "): v for k, v in obj.items()})
    if style == "num_str":
        return json.dumps({k: (str(v) if isinstance(v, (int, float)) else v) for k, v in obj.items()})
    if style == "str_num":
        return json.dumps({k: (int(v.split("-")[1]) if k == "order_id" else v) for k, v in obj.items()})
    if style == "unicode":
        return json.dumps(obj, ensure_ascii=True).replace("a", "\\u0061", 1) if False else json.dumps(obj, ensure_ascii=True)
    if style == "trunc_after_key":
        k = list(obj)[-1]
        return js[:js.rindex('"%s"' % k) + len(k) + 3]
    if style == "trunc_in_str":
        k = [k for k, v in obj.items() if isinstance(v, str)][-1]
        i = js.index('"%s": "' % k) + len(k) + 5
        return js[:i + max(2, len(obj[k]) // 2)]
    if style == "trunc_in_num":
        k = [k for k, v in obj.items() if isinstance(v, int) and not isinstance(v, bool) and v >= 10][-1]
        i = js.index('"%s": ' % k) + len(k) + 4
        return js[:i + len(str(obj[k])) - 1]
    if style == "trunc_end":
        return js[:-1]
    raise ValueError(style)


R230_STYLES = ["fence", "fence_plain", "prose_before", "prose_after", "prose_both", "example_then", "then_correct",
               "two_plain", "trailing", "single_q", "comments", "unquoted", "dup_keys", "upper_keys", "space_keys",
               "num_str", "str_num", "unicode", "trunc_after_key", "trunc_in_str", "trunc_in_num", "trunc_end"]


def r230_add(tag, prompt, dom, expect, answers, kind, safe=False):
    if prompt in r230_prompts:
        return r230_prompts[prompt]
    r230_n[0] += 1
    pid = "d230-%s-%d" % (tag, r230_n[0])
    J(pid, "answer_format", prompt, R230_SCHEMAS[dom], expect, answers, safe=safe)
    r230_prompts[prompt] = pid
    r230_counts[kind] += 1
    return pid


def r230_change(dom, rec):
    """A copy of rec with one member changed (which one, chosen at random)."""
    new = dict(rec)
    k = r230_rng.choice(list(rec))
    g = r230_rng
    v = rec[k]
    if k in ("name", "customer"):
        new[k] = g.choice([n for n in R230_NAMES if n != v])
    elif k == "city":
        new[k] = g.choice([c for c in R230_CITIES if c != v])
    elif k == "job":
        new[k] = g.choice([j for j in R230_JOBS if j != v])
    elif k == "order_id":
        new[k] = "A-%d" % (int(v[2:]) + g.choice([1, 10, 100, -1]))
    elif k == "unit_price":
        new[k] = g.choice([p for p in [4.5, 12.75, 19.99, 7.25, 3.8, 120.0, 56.1] if p != v])
    elif k == "salary":
        new[k] = v + g.choice([1000, -1000, 5000])
    else:
        new[k] = v + g.choice([1, -1, 10, 2])
    return new, k


# ------------------------------------------------------------------ part 1: pairs, first answer = base's answer in a format
for dom in ("guest", "order", "staff"):
    for layout in ("card", "intro", "dash"):
        for rep in range(9):
            base = r230_rec(dom)
            other = r230_rec(dom) if rep % 7 == 6 else None
            if other is not None:
                key = "order_id" if dom == "order" else "name"
                if other[key] == base[key]:
                    other = None
            ask = rep % 2
            bp = r230_prompt(dom, base, layout, other, ask)
            r230_add("pb", bp, dom, base, [base], "pair")
            for style in r230_rng.sample(R230_STYLES, 10):
                new, k = r230_change(dom, base)
                if other is not None and k in ("name", "order_id"):
                    continue
                vp = r230_prompt(dom, new, layout, other, ask)
                try:
                    first = r230_fmt(base, style, dom, wrong=new)
                except (ValueError, IndexError):
                    continue
                r230_add("pv", vp, dom, new, [first, new], "pair")
            # safe: the same request with a trailing "Thanks!" / spacing
            r230_add("sf", bp.replace("\n\n", "\n\n\n", 1), dom, base, [base], "safe", safe=True)

# ------------------------------------------------------------------ part 2: pairs, variant's first answer = RIGHT values but the
# stale (base) object appears too (example / first try / duplicate key), or the right object truncated
for dom in ("guest", "order", "staff"):
    for layout in ("card", "intro", "dash"):
        for rep in range(6):
            base = r230_rec(dom)
            bp = r230_prompt(dom, base, layout, None, rep % 2)
            bstyle = r230_rng.choice(["fence", "prose_both", "trailing", "single_q", "comments", "unquoted",
                                      "upper_keys", "num_str", "prose_after"])
            r230_add("qb", bp, dom, base, [r230_fmt(base, bstyle), base], "pair")
            for style in ["example_then", "then_correct", "two_plain", "dup_keys", "trunc_in_num", "trunc_in_str",
                          "trunc_after_key", "trunc_end", "num_str", "space_keys"]:
                new, k = r230_change(dom, base)
                vp = r230_prompt(dom, new, layout, None, rep % 2)
                try:
                    if style in ("example_then", "then_correct", "two_plain"):
                        first = r230_fmt(new, style, dom, wrong=base)
                    elif style == "dup_keys":
                        # base value last (so a last-wins reader takes the stale one)
                        js = json.dumps(new)
                        first = js[:-1] + ', "%s": %s}' % (k, json.dumps(base[k]))
                    else:
                        first = r230_fmt(new, style, dom)
                except (ValueError, IndexError):
                    continue
                r230_add("qv", vp, dom, new, [first, new], "pair")

# ------------------------------------------------------------------ part 3: singles, first answer a mistake in a format
for dom in ("guest", "order", "staff"):
    for layout in ("card", "intro", "dash"):
        for rep in range(12):
            rec = r230_rec(dom)
            other = r230_rec(dom) if rep % 6 == 5 else None
            if other is not None:
                key = "order_id" if dom == "order" else "name"
                if other[key] == rec[key]:
                    other = None
            wrong, k = r230_change(dom, rec)
            if other is not None:
                wrong = dict(other)  # the other record's values
            p = r230_prompt(dom, rec, layout, other, rep % 2)
            style = R230_STYLES[(rep * 7 + len(layout) + len(dom)) % len(R230_STYLES)]
            kinds = []
            # the wrong object in the format
            try:
                kinds.append(r230_fmt(wrong, style, dom, wrong=rec))
            except (ValueError, IndexError):
                kinds.append(r230_fmt(wrong, "fence", dom))
            r230_add("s", p, dom, rec, kinds + [rec], "single")

# part 3b: singles whose truncation / duplicate / second object yields a wrong value
for dom in ("guest", "order", "staff"):
    for layout in ("card", "intro", "dash"):
        for rep in range(10):
            rec = r230_rec(dom)
            wrong, k = r230_change(dom, rec)
            p = r230_prompt(dom, rec, layout, None, rep % 2)
            style = ["trunc_in_num", "trunc_in_str", "dup_rightfirst", "example_wrong_after", "then_wrong",
                     "prose_wrong_value", "num_comma", "trunc_after_key", "unicode_wrong", "two_objs_fence"][rep]
            js = json.dumps(rec)
            if style == "trunc_in_num":
                try:
                    first = r230_fmt(rec, "trunc_in_num")
                except IndexError:
                    first = js[:-3]
            elif style == "trunc_in_str":
                first = r230_fmt(rec, "trunc_in_str")
            elif style == "trunc_after_key":
                first = r230_fmt(rec, "trunc_after_key")
            elif style == "dup_rightfirst":
                first = js[:-1] + ', "%s": %s}' % (k, json.dumps(wrong[k]))
            elif style == "example_wrong_after":
                first = "%s\n\nFor example, another record would be: %s" % (js, json.dumps(wrong))
            elif style == "then_wrong":
                first = "%s\n\nActually, correction:\n%s" % (js, json.dumps(wrong))
            elif style == "prose_wrong_value":
                first = "```json\n%s\n```\nHere %s is %s." % (js, k, json.dumps(wrong[k]))
            elif style == "num_comma":
                nk = [x for x, v in rec.items() if isinstance(v, int) and v >= 1000]
                if nk:
                    kk = nk[0]
                    first = js.replace('"%s": %d' % (kk, rec[kk]), '"%s": "%s"' % (kk, "{:,}".format(rec[kk])))
                else:
                    first = json.dumps(wrong)
            elif style == "unicode_wrong":
                first = json.dumps(wrong, ensure_ascii=True)
            else:
                first = "```json\n%s\n```\n```json\n%s\n```" % (json.dumps(wrong), js)
            r230_add("t", p, dom, rec, [first, rec], "single")

# ------------------------------------------------------------------ part 4: patch path: one label changes, the
# regenerated member's answer comes in a format (stale value, another member's value, other keys)
R230_RELABEL = {"Age": ["Age (years)", "Age in years", "Guest age"], "Room": ["Room number", "Room no.", "Room #"],
                "City": ["Home city", "City/town", "Town"], "Name": ["Full name", "Guest name", "Name (full)"],
                "Quantity": ["Qty", "Quantity ordered", "Units"], "Unit price": ["Price per unit", "Unit cost", "Price"],
                "Customer": ["Customer name", "Client", "Buyer"], "Order ID": ["Order number", "Order no.", "Order ref"],
                "Job": ["Job title", "Position", "Role"], "Salary": ["Yearly salary", "Salary (EUR)", "Pay"],
                "Start year": ["Started", "Year started", "Start"]}


def r230_doc2(dom, rec, labs, layout):
    vals = list(rec.values())
    if layout == "card":
        return "".join("%s: %s\n" % (l, v) for l, v in zip(labs, vals))
    return "Please process the following booking record.\n" + "".join("%s: %s\n" % (l, v) for l, v in zip(labs, vals))


for dom in ("guest", "order", "staff"):
    keys = list(R230_SCHEMAS[dom]["properties"])
    for layout in ("card", "intro"):
        for rep in range(16):
            base = r230_rec(dom)
            ask = rep % 2
            intro = {"guest": ["Return the guest record as JSON.", "Extract the guest record as JSON."],
                     "order": ["Pull out the order details into JSON.", "Extract the order details as JSON."],
                     "staff": ["Return the staff record as JSON.", "Extract the staff record as JSON."]}[dom][ask]
            labs = R230_LABELS[dom]
            bp = "%s\n\n%s" % (intro, r230_doc2(dom, base, labs, layout))
            r230_add("xb", bp, dom, base, [base], "pair")
            for j, k in enumerate(keys):
                for style in ("stale_fence", "stale_single", "dup", "upper", "numstr", "trunc", "full_stale",
                              "prose_stale", "two", "other_member"):
                    if r230_rng.random() < 0.75:
                        continue
                    new, _ = r230_change(dom, base)
                    # change member k's value and its label
                    new = dict(base)
                    tmp, kk = dict(base), None
                    for _t in range(20):
                        tmp, kk = r230_change(dom, base)
                        if kk == k:
                            break
                    if kk != k:
                        continue
                    new = tmp
                    labs2 = list(labs)
                    labs2[j] = r230_rng.choice(R230_RELABEL[labs[j]])
                    vp = "%s\n\n%s" % (intro, r230_doc2(dom, new, labs2, layout))
                    ov, nv = json.dumps(base[k]), json.dumps(new[k])
                    if style == "stale_fence":
                        first = "```json\n{\"%s\": %s}\n```" % (k, ov)
                    elif style == "stale_single":
                        first = "{'%s': %s}" % (k, ov.replace('"', "'"))
                    elif style == "dup":
                        first = '{"%s": %s, "%s": %s}' % (k, nv, k, ov)
                    elif style == "upper":
                        first = '{"%s": %s}' % (k.upper(), ov)
                    elif style == "numstr":
                        first = '{"%s": "%s"}' % (k, base[k])
                    elif style == "trunc":
                        first = '{"%s": %s' % (k, nv[:-1] if len(nv) > 2 else nv)
                    elif style == "full_stale":
                        first = json.dumps(base)
                    elif style == "prose_stale":
                        first = "The %s is %s.\n{\"%s\": %s}" % (labs2[j].lower(), nv, k, ov)
                    elif style == "two":
                        first = '{"%s": %s}\n{"%s": %s}' % (k, ov, k, nv) if r230_rng.random() < 0.5 else \
                            'Example: {"%s": %s}\nAnswer: {"%s": %s}' % (k, nv, k, ov)
                    else:
                        o = keys[(j + 1) % len(keys)]
                        first = '{"%s": %s}' % (k, json.dumps(base[o]) if type(base[o]) == type(base[k]) else ov)
                    r230_add("xv", vp, dom, new, [first, new], "pair")

# ------------------------------------------------------------------ part 5: patch path on unit_price (its label renamed,
# its value changed or kept), the regenerated member's answer in a format; the other members kept from the cache
for layout in ("card", "intro"):
    for rep in range(20):
        base = r230_rec("order")
        ask = rep % 2
        intro = ["Pull out the order details into JSON.", "Extract the order details as JSON."][ask]
        labs = R230_LABELS["order"]
        bp = "%s\n\n%s" % (intro, r230_doc2("order", base, labs, layout))
        r230_add("yb", bp, "order", base, [base], "pair")
        for style in ("stale_fence", "stale_single", "dup", "upper", "numstr", "trunc", "full_stale", "prose_stale",
                      "two", "other_member", "full_wrong_other", "comment", "unquoted", "trailing"):
            new = dict(base)
            keep = r230_rng.random() < 0.3
            if not keep:
                new["unit_price"] = r230_rng.choice([p for p in [4.5, 12.75, 19.99, 7.25, 3.8, 120.0, 56.1, 9.5, 14.25]
                                                    if p != base["unit_price"]])
            labs2 = list(labs)
            labs2[2] = r230_rng.choice(["Price", "Unit cost", "Price per unit", "Price/unit", "Cost per unit"])
            vp = "%s\n\n%s" % (intro, r230_doc2("order", new, labs2, layout))
            ov, nv = json.dumps(base["unit_price"]), json.dumps(new["unit_price"])
            if keep:  # the model's mistake: another number of the record
                ov = json.dumps(base["quantity"])
            if style == "stale_fence":
                first = "```json\n{\"unit_price\": %s}\n```" % ov
            elif style == "stale_single":
                first = "{'unit_price': %s}" % ov
            elif style == "dup":
                first = '{"unit_price": %s, "unit_price": %s}' % (nv, ov)
            elif style == "upper":
                first = '{"Unit_Price": %s}' % ov
            elif style == "numstr":
                first = '{"unit_price": "%s"}' % ov
            elif style == "trunc":
                first = '{"unit_price": %s' % nv[:-1]
            elif style == "full_stale":
                d = dict(base); d["unit_price"] = json.loads(ov)
                first = json.dumps(d)
            elif style == "prose_stale":
                first = "The %s is %s.\n{\"unit_price\": %s}" % (labs2[2].lower(), nv, ov)
            elif style == "two":
                first = 'Example: {"unit_price": %s}\nAnswer: {"unit_price": %s}' % (nv, ov)
            elif style == "other_member":
                first = '{"unit_price": %s}' % json.dumps(float(base["quantity"]))
            elif style == "full_wrong_other":  # right price, other members wrong (should not be taken)
                d = dict(new); d["quantity"] = base["quantity"] + 5; d["customer"] = "Tomasz Nowak" if base["customer"] != "Tomasz Nowak" else "Mira Holt"
                first = json.dumps(d)
                r230_add("yv", vp, "order", new, [first, new], "pair")
                continue
            elif style == "comment":
                first = '{\n  "unit_price": %s  // per unit, from "%s"\n}' % (ov, labs2[2])
            elif style == "unquoted":
                first = '{unit_price: %s}' % ov
            else:
                first = '{"unit_price": %s,}' % ov
            r230_add("yv", vp, "order", new, [first, new], "pair")

# In ctest whole, stop 49 (2,978 probes; its groups' bases and variants share stores, so no trim).
P[:] = [r230_p for r230_p in P if r230_p["id"] not in r230_arguable]
