r"""Red-team round 247 (black box): BYTE-LEVEL FORMATTING OF THE REQUEST TEXT, both tasks.
Focus: CRLF, lone CR, U+2028/U+2029, a BOM at the start / before a line / before a value, tabs between label and
  value, trailing spaces and " \t", NBSP / thin / narrow no-break spaces around the colon, full-width colons, U+2011
  in values, ZWJ in labels, one long line of all fields (", ", "; ", tab), " · " / " • " joins, mixed endings in one
  record, a value on the line after its label; equations and workings with CRLF, CR, U+2028, tabs, NBSP, thin
  spaces, U+2212 / U+2011 / U+2010 / en dash minus, a minus parted from its number by NBSP or a thin space,
  full-width digits, an equation broken across a line ("3x + 5\r\n= 20"), a term after the break ("= 20\r\n+ x").
  2,962 probes (seeded random.Random(247)): 1,982 pair variants, 240 singles (--runs 2), 578 safe, 162 bases.
  Stored bases are plain LF records the cache stores (guest card: Guest/Age/Suite/Phone; booking:
  Passenger/Row/Gate/Seat "<row><letter>"; instructions that name no member; an earlier draft with parcel /
  invoice / employee / order / trip kinds, numeric side fields and member-listing instructions stored nothing).
Part 1 (d247-jb/js/jc/jd/jw/jn-): 25 layouts x (safe; a number changed; one member set to another member's value;
  two members' values swapped; the name changed), the model's first answer the base's. Part 1b (d247-pb/ps/pc/pw-):
  three people per sheet, " · ", " • ", CRLF, CR, U+2028/9, one line, a tab table; an age changed or two swapped.
  Singles (d247-jx-): the model takes a neighbour's number, another member's, or one off. Equations (d247-eb/es/ec/
  eg/er/ex-): 3 shapes x 13 prompt layouts x 8 working layouts: a number changed, "+" turned to U+2212, the new
  equation restated over the base's stale steps; singles with a wrong middle step, final, sign or summary line in
  CR / U+2028 / tab-joined workings. Part 2 (d247-fb/fg/fn/fk/fs/ft-, d247-kb/ks/kc/kw-): sign written in 7 minus
  forms (b's sign, or the right side negated, "= −7"), equation broken by CRLF/CR/U+2028/U+2029/tab/CRLF+tab with
  the number after the break changed, and a "+ x" term after the break; records with the value on the next line
  (CRLF, CR, U+2028), pairs on one line parted by CR / U+2028, double CR ("\r\r\n"), a BOM before every line,
  " \r" line ends. Part 3 (d247-mb/mc/md/nb/nc-): in the layouts the cache reuses, a value that grows around the old
  one or shrinks to a digit of it (Suite 58 -> 158 / 580 / 5, Gate 23 -> 231 / 2), and equation numbers grown the
  same way (3x -> 13x, + 5 -> + 15, = 20 -> = 120 / 200).
HELD (all): wrong answers served from the cache 0 in run 1 and 0 in run 2 (full workload, fresh SQLite store, two
  passes; d247 paths run 1: reuse 321, patch 519, skip 2,122; run 2: reuse 965, patch 108, skip 1,889). Reused
  right with formatting: CRLF, trailing spaces / " \t", tab after the colon, full-width colon + space, narrow
  no-break space before the colon, one long line (", ", "; ", tab), mixed endings, "\r\r\n", " \r"; every changed,
  swapped, coincident or grown/shrunk value in them was rewritten or refused (part 3: 133 reused right in run 2,
  0 wrong). Refused (fresh error, nothing stored): lone CR, U+2028/U+2029, BOM before a line or value, tab with no
  colon, NBSP / thin space around the colon, full-width colon glued, ZWJ in a label, " · " / " • " joins, value on
  the next line after CR or U+2028. Equations: U+2212 and en dash read as minus (sign flips reused right: 27 in run
  2), U+2011 / U+2010 / "−\u00a0" / "−\u2009" / "-\u00a0" refused; an equation broken by CR / CRLF / U+2028 /
  U+2029 refused, broken by a tab read right (the "+ x" after a tab counted: 11 reused right); grown numbers (116 in
  run 2) all right. Safe on reuse 124/578 (run 1), 151/578 (run 2).
WHAT GOT THROUGH from the cache: nothing (r247_found_alone and r247_arguable empty).
  Served FRESH, wrong (the model's stale answer accepted by the fresh check, never stored; 56 in run 1 and 56 in
  run 2; alone: the 56 ids and their 23 bases, 79 probes, fresh store: 56 / 56, all path=skip):
  (F1) a value on the line after its label, CRLF: "Booking:\r\nPassenger:\r\nKofi Berg\r\nRow:\r\n36\r\nGate:\r\n
       15\r\nSeat:\r\n36C\r\n" -> {"row":15,"gate":36} (right 36 / 15); 15 ids d247-kw-* (j2_swap_nextcrlf).
  (F2) ages swapped between people of a sheet, every layout (" · ", " • ", CRLF, CR, one line, tab table): "Name:
       Lena Sato · Age: 27\nName: Omar Mensah · Age: 69 ..." -> Lena 69, Omar 27; 41 ids d247-pw-*.
  Also seen (value right): a reused U+2212 sign flip served with the request's equation restated twice, once with
  "-" and once with "−" ("4n - 15 = 7\n4n − 15 = 7\n4n = 22\nn = 11/2", d247-fg-1754).
Adds its probes to probe_kit.P."""
import random as r247_random

from probe_kit import P, S, J, E  # noqa: F401

r247_rng = r247_random.Random(247)
r247_found_alone = set()
r247_arguable = set()
r247_prompts = {}
r247_n = [0]
r247_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r247_meta = {}


def r247_addJ(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r247_prompts:
        return None
    r247_n[0] += 1
    pid = "d247-%s-%d" % (tag, r247_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r247_prompts[key] = pid
    r247_counts[kind] += 1
    r247_meta[pid] = {"base": base}
    return pid


def r247_addE(tag, fam, prompt, var, val, answers, kind, safe=False, base=None):
    key = (prompt, "eq")
    if key in r247_prompts:
        return None
    r247_n[0] += 1
    pid = "d247-%s-%d" % (tag, r247_n[0])
    E(pid, fam, prompt, var, val, answers, safe=safe)
    r247_prompts[key] = pid
    r247_counts[kind] += 1
    r247_meta[pid] = {"base": base}
    return pid


# ------------------------------------------------------------------ JSON records
FIRST = ["Mira", "Tomas", "Priya", "Jonas", "Ines", "Kofi", "Lena", "Rafael", "Aiko", "Omar", "Sigrid", "Nadia"]
LAST = ["Holt", "Ek", "Nair", "Berg", "Duarte", "Mensah", "Vogel", "Costa", "Sato", "Haddad", "Lunde", "Petrova"]
HYPH = ["Anne-Marie", "Jean-Luc", "Eva-Lotta", "Karl-Erik", "Mary-Jane"]
CITIES = ["Ghent", "Bergen", "Porto", "Lyon", "Tartu", "Leeds", "Graz", "Aarhus"]
DEPTS = ["Finance", "Logistics", "Research", "Sales", "Support"]

# schema kinds: list of (key, label, type, generator); distractor label for a number of the same kind
KINDS = {
    "guest": dict(
        instr="Pull the guest's details out of the card into JSON.",
        header="Card:",
        fields=[("guest", "Guest", "string", "name"), ("age", "Age", "integer", (18, 90)),
                ("suite", "Suite", "integer", (10, 99))],
        extra=[("Phone", "phone")]),
    "booking": dict(
        instr="Put the booking into JSON.",
        header="Booking:",
        fields=[("passenger", "Passenger", "string", "name"), ("row", "Row", "integer", (1, 40)),
                ("gate", "Gate", "integer", (1, 40))],
        extra=[("Seat", "seat")]),
}


def r247_schema(kind):
    return S({k: t for k, _, t, _ in KINDS[kind]["fields"]})


def r247_val(gen, rng, avoid=()):
    for _ in range(100):
        if gen == "name":
            v = "%s %s" % (rng.choice(FIRST + HYPH), rng.choice(LAST))
        elif gen == "city":
            v = rng.choice(CITIES)
        elif gen == "dept":
            v = rng.choice(DEPTS)
        elif gen == "code":
            v = "INV-%d" % rng.randint(1000, 9999)
        elif gen == "phone":
            v = "555 %04d" % rng.randint(0, 9999)
        elif gen == "seat":
            v = "%d%s" % (rng.randint(1, 40), rng.choice("ABCDEF"))
        elif gen == "dec":
            v = rng.randint(11, 199) / 10.0
        elif gen == "money":
            v = rng.randint(1000, 99999) / 100.0
        else:
            v = rng.randint(*gen)
        if v not in avoid:
            return v
    return v


def r247_txt(v):
    if isinstance(v, float):
        if abs(v * 10 - round(v * 10)) < 1e-9:
            return "%.1f" % v
        return "%.2f" % v
    return str(v)


ZW = "\u200d"


def r247_render(kind, vals, extras, style, rng, nbh=False):
    """The request text in a formatting style. vals: key -> value; extras: list of (label, value)."""
    K = KINDS[kind]
    if kind == "booking":  # the seat follows the row
        extras = [("Seat", "%d%s" % (vals["row"], extras[0][1][-1]))]
    items = [(lab, vals[k]) for k, lab, _, _ in K["fields"]] + list(extras)
    order = list(range(len(items)))
    # keep the record order fixed: the base order

    def vt(v):
        t = r247_txt(v)
        if nbh:
            t = t.replace("-", "\u2011")
        return t

    sep = ": "
    lab = lambda l: l  # noqa: E731
    trail = ""
    if style == "tab":
        sep = "\t"
    elif style == "tabcolon":
        sep = ":\t"
    elif style == "nbsp":
        sep = "\u00a0:\u00a0"
    elif style == "nbsp2":
        sep = ":\u00a0"
    elif style == "thin":
        sep = "\u2009:\u2009"
    elif style == "nnbsp":
        sep = "\u202f: "
    elif style == "fwcolon":
        sep = "\uff1a"
    elif style == "fwcolon2":
        sep = "\uff1a "
    elif style == "zwj":
        lab = lambda l: l[:2] + ZW + l[2:] if len(l) > 2 else l  # noqa: E731
    elif style == "trail":
        trail = "   "
    elif style == "trailtab":
        trail = " \t"
    lines = ["%s%s%s%s" % (lab(items[i][0]), sep, vt(items[i][1]), trail) for i in order]
    head = K["header"]
    if style in ("dot", "bullet", "long", "longsemi", "longtab"):
        j = {"dot": " · ", "bullet": " • ", "long": ", ", "longsemi": "; ", "longtab": "\t"}[style]
        body = [head + " " + j.join(lines)] if style != "long" else [head + " " + j.join(lines) + "."]
    else:
        body = [head] + lines
    all_lines = [K["instr"], ""] + body
    if style == "crlf":
        text = "\r\n".join(all_lines) + "\r\n"
    elif style == "cr":
        text = "\r".join(all_lines) + "\r"
    elif style == "ls":
        text = "\u2028".join(all_lines) + "\u2028"
    elif style == "ps":
        text = K["instr"] + "\u2029" + "\u2028".join(body) + "\u2029"
    elif style == "mixed":
        text = ""
        for ln in all_lines:
            text += ln + rng.choice(["\n", "\r\n", "\r"])
    elif style == "mixedrec":  # one record: CRLF, then a lone CR, then LF
        text = K["instr"] + "\n\n"
        ends = ["\r\n", "\r", "\n", "\r\r\n"]
        for i, ln in enumerate(body):
            text += ln + ends[i % len(ends)]
    elif style == "bom0":
        text = "\ufeff" + "\n".join(all_lines) + "\n"
    elif style == "bommid":
        k = rng.randrange(2, len(all_lines))
        al = list(all_lines)
        al[k] = "\ufeff" + al[k]
        text = "\n".join(al) + "\n"
    elif style == "bomval":  # a BOM right before a value (after the separator)
        al = [K["instr"], "", head] + ["%s: \ufeff%s" % (l, vt(v)) for l, v in items]
        text = "\n".join(al) + "\n"
    else:
        text = "\n".join(all_lines) + "\n"
    return text


J_STYLES = ["crlf", "cr", "ls", "ps", "mixed", "mixedrec", "bom0", "bommid", "bomval", "tab", "tabcolon", "trail",
            "trailtab", "nbsp", "nbsp2", "thin", "nnbsp", "fwcolon", "fwcolon2", "zwj", "long", "longsemi",
            "longtab", "dot", "bullet"]


def r247_json_pairs(nbases):
    rng = r247_rng
    kinds = list(KINDS)
    for bi in range(nbases):
        kind = kinds[bi % len(kinds)]
        K = KINDS[kind]
        schema = r247_schema(kind)
        vals = {}
        used = []
        for k, _, t, g in K["fields"]:
            vals[k] = r247_val(g, rng, used)
            used.append(vals[k])
        extras = []
        for lab, g in K["extra"]:
            v = r247_val(g, rng, used)
            if g == "seat":
                v = "%d%s" % (vals["row"], rng.choice("ABCDEF"))
            extras.append((lab, v))
        hy = any(isinstance(v, str) and "-" in v for v in vals.values())
        base_prompt = r247_render(kind, vals, extras, "plain", rng)
        bid = r247_addJ("jb", "base_%s" % kind, base_prompt, schema, dict(vals), [dict(vals)], "base")
        if bid is None:
            continue
        styles = rng.sample(J_STYLES, 10)
        int_keys = [k for k, _, t, _ in K["fields"] if t == "integer"]
        num_keys = [k for k, _, t, _ in K["fields"] if t in ("integer", "number")]
        for st in styles:
            nbh = hy and rng.random() < 0.3
            # safe: formatting only
            v2 = dict(vals)
            exp = dict(v2)
            if nbh:
                exp = {k: (v.replace("-", "\u2011") if isinstance(v, str) else v) for k, v in exp.items()}
            pr = r247_render(kind, v2, extras, st, rng, nbh)
            r247_addJ("js", "safe_%s%s" % (st, "_nbh" if nbh else ""), pr, schema, exp, [exp], "safe", safe=True,
                      base=bid)
            # chg: one number changed to a fresh value
            k = rng.choice(num_keys)
            g = [f for f in K["fields"] if f[0] == k][0][3]
            v2 = dict(vals)
            v2[k] = r247_val(g, rng, used)
            exp = dict(v2)
            if nbh:
                exp = {kk: (v.replace("-", "\u2011") if isinstance(v, str) else v) for kk, v in exp.items()}
            pr = r247_render(kind, v2, extras, st, rng, nbh)
            r247_addJ("jc", "chg_%s_%s" % (st, k), pr, schema, exp, [dict(vals), exp, exp], "pair", base=bid)
            # dist: a number changed to the distractor's value (it already occurs in the record)
            if len(int_keys) >= 2:
                k, k2 = rng.sample(int_keys, 2)
                ev = vals[k2]
                if ev != vals[k]:
                    v2 = dict(vals)
                    v2[k] = ev
                    exp = dict(v2)
                    pr = r247_render(kind, v2, extras, st, rng)
                    r247_addJ("jd", "dist_%s_%s" % (st, k), pr, schema, exp, [dict(vals), exp, exp], "pair", base=bid)
            # swap: two numbers of the same record exchanged (values move between labels)
            if len(num_keys) >= 2:
                a, b = rng.sample(num_keys, 2)
                ta = [f for f in K["fields"] if f[0] == a][0][2]
                tb = [f for f in K["fields"] if f[0] == b][0][2]
                if ta == tb:
                    v2 = dict(vals)
                    v2[a], v2[b] = vals[b], vals[a]
                    exp = dict(v2)
                    pr = r247_render(kind, v2, extras, st, rng)
                    r247_addJ("jw", "swap_%s" % st, pr, schema, exp, [dict(vals), exp, exp], "pair", base=bid)
            # string value changed (name / city), formatting changed
            skeys = [kk for kk, _, t, g2 in K["fields"] if t == "string" and g2 in ("name", "city", "dept")]
            if skeys and rng.random() < 0.5:
                k = rng.choice(skeys)
                g = [f for f in K["fields"] if f[0] == k][0][3]
                v2 = dict(vals)
                v2[k] = r247_val(g, rng, [vals[k]])
                exp = dict(v2)
                pr = r247_render(kind, v2, extras, st, rng)
                r247_addJ("jn", "str_%s" % st, pr, schema, exp, [dict(vals), exp, exp], "pair", base=bid)


# several records: people, lines joined with " • " / " · " / CR
PEOPLE = S({"people": {"type": "array", "items": {"type": "object", "properties": {
    "name": {"type": "string"}, "age": {"type": "integer"}}, "required": ["name", "age"],
    "additionalProperties": False}}})


def r247_people_text(ppl, style, rng):
    instr = "List every person on the sign-up sheet with their age, as JSON."
    recs = ["Name: %s%sAge: %d" % (n, {"dot": " · ", "bullet": " • "}.get(style, "\n"), a) for n, a in ppl]
    if style in ("dot", "bullet"):
        return instr + "\n\nSheet:\n" + "\n".join(recs) + "\n"
    if style == "crlf":
        return instr + "\r\n\r\nSheet:\r\n" + "\r\n\r\n".join(r.replace("\n", "\r\n") for r in recs) + "\r\n"
    if style == "cr":
        return instr + "\r\rSheet:\r" + "\r\r".join(r.replace("\n", "\r") for r in recs) + "\r"
    if style == "ls":
        return instr + "\u2029Sheet:\u2028" + "\u2029".join(r.replace("\n", "\u2028") for r in recs) + "\u2029"
    if style == "oneline":
        return instr + "\n\nSheet: " + "; ".join(r.replace("\n", ", ") for r in recs) + "\n"
    if style == "tabs":
        return instr + "\n\nSheet:\nName\tAge\n" + "\n".join("%s\t%d" % (n, a) for n, a in ppl) + "\n"
    return instr + "\n\nSheet:\n" + "\n\n".join(recs) + "\n"


def r247_people(nbases):
    rng = r247_rng
    for bi in range(nbases):
        names = rng.sample(["%s %s" % (f, l) for f in FIRST for l in LAST], 3)
        ages = rng.sample(range(19, 80), 3)
        ppl = list(zip(names, ages))
        exp = {"people": [{"name": n, "age": a} for n, a in ppl]}
        bid = r247_addJ("pb", "people_base", r247_people_text(ppl, "plain", rng), PEOPLE, exp, [exp], "base")
        if bid is None:
            continue
        for st in ["dot", "bullet", "crlf", "cr", "ls", "oneline", "tabs"]:
            r247_addJ("ps", "people_safe_%s" % st, r247_people_text(ppl, st, rng), PEOPLE, exp, [exp], "safe",
                      safe=True, base=bid)
            # one age changed
            i = rng.randrange(3)
            p2 = list(ppl)
            p2[i] = (ppl[i][0], rng.choice([a for a in range(19, 80) if a not in ages]))
            e2 = {"people": [{"name": n, "age": a} for n, a in p2]}
            r247_addJ("pc", "people_chg_%s" % st, r247_people_text(p2, st, rng), PEOPLE, e2, [exp, e2, e2], "pair",
                      base=bid)
            # two ages swapped between people
            i, j = rng.sample(range(3), 2)
            p2 = list(ppl)
            p2[i] = (ppl[i][0], ppl[j][1])
            p2[j] = (ppl[j][0], ppl[i][1])
            e2 = {"people": [{"name": n, "age": a} for n, a in p2]}
            r247_addJ("pw", "people_swap_%s" % st, r247_people_text(p2, st, rng), PEOPLE, e2, [exp, e2, e2], "pair",
                      base=bid)


def r247_json_singles(n):
    """One request, the model's first answer takes the wrong number (a neighbouring field on a joined line,
    the distractor, or the value of the next line after a lone CR)."""
    rng = r247_rng
    kinds = list(KINDS)
    for si in range(n):
        kind = rng.choice(kinds)
        K = KINDS[kind]
        schema = r247_schema(kind)
        vals = {}
        used = []
        for k, _, t, g in K["fields"]:
            vals[k] = r247_val(g, rng, used)
            used.append(vals[k])
        extras = []
        for lab, g in K["extra"]:
            v = r247_val(g, rng, used)
            used.append(v)
            extras.append((lab, v))
        st = rng.choice(J_STYLES)
        pr = r247_render(kind, vals, extras, st, rng)
        int_keys = [k for k, _, t, _ in K["fields"] if t == "integer"]
        if not int_keys:
            continue
        k = rng.choice(int_keys)
        mode = rng.choice(["extra", "neigh", "digit"])
        wrong = dict(vals)
        if mode == "extra":
            wrong[k] = rng.choice([vv for kk, vv in vals.items() if isinstance(vv, int) and kk != k])
        elif mode == "neigh":
            other = [kk for kk in int_keys if kk != k] or None
            if other:
                kk = rng.choice(other)
                wrong[k], wrong[kk] = vals[kk], vals[k]
            else:
                wrong[k] = vals[k] + 10
        else:
            wrong[k] = vals[k] + rng.choice([1, -1, 10])
        if wrong == vals:
            continue
        r247_addJ("jx", "single_%s_%s" % (st, mode), pr, schema, dict(vals), [wrong, dict(vals), dict(vals)], "single")


# ------------------------------------------------------------------ equations
MINUS = "\u2212"
FW = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
E_TPLS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Find {v} given {eq}. Show your working.",
          "Solve for {v}: {eq}. Explain each step."]


def r247_eq(shape, a, b, c, v):
    """(equation, workings lines, value as Fraction string)."""
    from fractions import Fraction as F
    if shape == "p":      # a v + b = c
        x = F(c - b, a)
        return ("%d%s + %d = %d" % (a, v, b, c), ["%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b),
                                                   "%s = %s" % (v, x)], x)
    if shape == "m":      # a v - b = c
        x = F(c + b, a)
        return ("%d%s - %d = %d" % (a, v, b, c), ["%d%s - %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c + b),
                                                   "%s = %s" % (v, x)], x)
    if shape == "b":      # a(v + b) = c
        x = F(c, a) - b
        return ("%d(%s + %d) = %d" % (a, v, b, c), ["%d(%s + %d) = %d" % (a, v, b, c), "%s + %d = %s" % (v, b, F(c, a)),
                                                     "%s = %s" % (v, x)], x)
    raise ValueError(shape)


def r247_efmt(text, style, part):
    """Formats an equation (part='eq') or a workings line."""
    if style == "nbsp":
        return text.replace(" ", "\u00a0")
    if style == "thin":
        return text.replace(" ", "\u2009")
    if style == "minus":
        return text.replace(" - ", " " + MINUS + " ").replace("= -", "= " + MINUS)
    if style == "minusnb":
        return text.replace(" - ", "\u00a0" + MINUS + "\u00a0").replace(" + ", "\u00a0+\u00a0")
    if style == "fw" and part == "eq":
        return text.translate(FW)
    if style == "tab":
        return text.replace(" = ", "\t=\t")
    return text


def r247_eprompt(tpl, eq, v, style):
    p = tpl.format(v=v, eq=eq)
    if style == "crlf":
        p = p.replace(": ", ":\r\n").replace(". ", ".\r\n")
    elif style == "cr":
        p = p.replace(": ", ":\r").replace(". ", ".\r")
    elif style == "ls":
        p = p.replace(". ", ".\u2028")
    elif style == "bom":
        p = "\ufeff" + p
    elif style == "tabp":
        p = p.replace(": ", ":\t")
    elif style == "trail":
        p = p + "   \r\n"
    return p


def r247_ework(lines, style):
    j = {"crlf": "\r\n", "cr": "\r", "ls": "\u2028", "mixed": None, "tabj": "\t"}.get(style, "\n")
    ls = [r247_efmt(l, style, "work") for l in lines]
    if j is None:
        out = ""
        ends = ["\r\n", "\r", "\n"]
        for i, l in enumerate(ls):
            out += l + (ends[i % 3] if i < len(ls) - 1 else "")
        return out
    return j.join(ls)


E_PSTYLES = ["crlf", "cr", "ls", "bom", "tabp", "trail", "nbsp", "thin", "minus", "minusnb", "fw", "tab", "plain"]
E_WSTYLES = ["crlf", "cr", "ls", "mixed", "nbsp", "minus", "tab", "plain"]


def r247_vstr(x):
    return str(x)


def r247_eq_pairs(nbases):
    rng = r247_rng
    for bi in range(nbases):
        shape = rng.choice("pmb")
        v = rng.choice("xxxyntk")
        a = rng.randint(2, 9)
        if shape == "b":
            xv = rng.randint(1, 9)
            b = rng.randint(1, 9)
            c = a * (xv + b)
        else:
            xv = rng.randint(1, 12)
            b = rng.randint(1, 15)
            c = a * xv + b if shape == "p" else a * xv - b
        eq, work, x = r247_eq(shape, a, b, c, v)
        tpl = rng.choice(E_TPLS)
        base_ans = "\n".join(work)
        bid = r247_addE("eb", "eq_base_%s" % shape, tpl.format(v=v, eq=eq), v, r247_vstr(x), [base_ans], "base")
        if bid is None:
            continue
        for ps in rng.sample(E_PSTYLES, 6):
            ws = rng.choice(E_WSTYLES)
            # safe: formatting only
            pe = r247_efmt(eq, ps, "eq")
            pr = r247_eprompt(tpl, pe, v, ps)
            r247_addE("es", "eq_safe_%s_%s" % (ps, ws), pr, v, r247_vstr(x), [r247_ework(work, ws)], "safe",
                      safe=True, base=bid)
            # chg: one number changed
            which = rng.choice("abc")
            a2, b2, c2 = a, b, c
            if which == "a":
                a2 = rng.choice([k for k in range(2, 10) if k != a])
            elif which == "b":
                b2 = rng.choice([k for k in range(1, 16) if k != b])
            else:
                c2 = c + rng.choice([-3, -2, -1, 1, 2, 3, 10])
            eq2, work2, x2 = r247_eq(shape, a2, b2, c2, v)
            pe = r247_efmt(eq2, ps, "eq")
            pr = r247_eprompt(tpl, pe, v, ps)
            stale = rng.choice([base_ans, r247_ework(work, ws)])
            r247_addE("ec", "eq_chg_%s_%s_%s" % (ps, ws, which), pr, v, r247_vstr(x2),
                      [stale, r247_ework(work2, ws), r247_ework(work2, ws)], "pair", base=bid)
            # sign: + becomes U+2212 (or − becomes +) with the base's working first
            if shape in "pm":
                shape2 = "m" if shape == "p" else "p"
                eq3, work3, x3 = r247_eq(shape2, a, b, c, v)
                pe = r247_efmt(eq3, "minus" if ps not in ("nbsp", "thin", "tab", "fw") else ps, "eq")
                pe = pe.replace(" - ", " " + MINUS + " ").replace("\u00a0-\u00a0", "\u00a0" + MINUS + "\u00a0") \
                       .replace("\u2009-\u2009", "\u2009" + MINUS + "\u2009")
                pr = r247_eprompt(tpl, pe, v, ps)
                r247_addE("eg", "eq_sign_%s_%s" % (ps, ws), pr, v, r247_vstr(x3),
                          [base_ans, r247_ework(work3, ws), r247_ework(work3, ws)], "pair", base=bid)
            # stale working with the new equation restated on the first line
            w4 = [r247_efmt(eq2, "plain", "work")] + work[1:]
            r247_addE("er", "eq_restate_%s_%s" % (ps, ws), r247_eprompt(rng.choice(E_TPLS), r247_efmt(eq2, ps, "eq"), v, ps),
                      v, r247_vstr(x2), [r247_ework(w4, ws), r247_ework(work2, ws), r247_ework(work2, ws)], "pair",
                      base=bid)


def r247_eq_singles(n):
    """A wrong middle step (or a wrong final line) in workings split by CR, U+2028, tabs, NBSP, U+2212."""
    rng = r247_rng
    from fractions import Fraction as F
    for si in range(n):
        shape = rng.choice("pm")
        v = rng.choice("xyn")
        a = rng.randint(2, 9)
        xv = rng.randint(1, 12)
        b = rng.randint(1, 15)
        c = a * xv + b if shape == "p" else a * xv - b
        eq, work, x = r247_eq(shape, a, b, c, v)
        ps = rng.choice(E_PSTYLES)
        ws = rng.choice(E_WSTYLES + ["tabj"])
        mode = rng.choice(["mid", "final", "sign", "final2"])
        if mode == "mid":    # the second line subtracts the wrong way, the value follows from it
            wrongc = c + b if shape == "p" else c - b
            ww = [work[0], "%d%s = %d" % (a, v, wrongc), "%s = %s" % (v, F(wrongc, a))]
        elif mode == "final":
            ww = [work[0], work[1], "%s = %s" % (v, x + 1)]
        elif mode == "sign":
            ww = [work[0], work[1], "%s = %s" % (v, -x)]
            if ws in ("minus",) or rng.random() < 0.5:
                ww[2] = "%s = %s%s" % (v, MINUS, x)
        else:                # right workings, then a wrong summary line
            ww = work + ["So %s = %s." % (v, x + 2)]
        wa = r247_ework(ww, ws)
        ra = r247_ework(work, ws)
        if wa == ra:
            continue
        tpl = rng.choice(E_TPLS)
        r247_addE("ex", "eq_single_%s_%s_%s" % (ps, ws, mode), r247_eprompt(tpl, r247_efmt(eq, ps, "eq"), v, ps), v,
                  r247_vstr(x), [wa, ra, ra], "single")


r247_json_pairs(17)
r247_people(8)
r247_json_singles(130)
r247_eq_pairs(28)
r247_eq_singles(110)


# ------------------------------------------------------------------ PART 2 (refinement): signs and breaks
def r247_eq2(n):
    """Equations whose only change is a sign written as U+2212, U+2011, U+2010, an en dash, or a minus
    parted from its number by a no-break or thin space; and equations broken across a CR / CRLF / U+2028
    line, the number after the break changed. The model's first answer is the base's working."""
    rng = r247_rng
    from fractions import Fraction as F
    MINS = [("\u2212", "u2212"), ("\u2011", "nbhyph"), ("\u2010", "hyph"), ("\u2013", "endash"),
            ("\u2212\u00a0", "u2212nbsp"), ("\u2212\u2009", "u2212thin"), ("-\u00a0", "hyphnbsp")]
    BRK = [("\r\n", "crlf"), ("\r", "cr"), ("\u2028", "ls"), ("\u2029", "ps"), ("\t", "tab"), ("\r\n\t", "crlftab")]
    for i in range(n):
        v = rng.choice("xyn")
        a = rng.randint(2, 9)
        b = rng.randint(1, 15)
        xv = rng.randint(-9, 12)
        c = a * xv + b
        tpl = rng.choice(E_TPLS)
        eq = "%d%s + %d = %s" % (a, v, b, c)
        work = [eq, "%d%s = %d" % (a, v, c - b), "%s = %s" % (v, F(c - b, a))]
        base_ans = "\n".join(work)
        bid = r247_addE("fb", "eq2_base", tpl.format(v=v, eq=eq), v, str(F(c - b, a)), [base_ans], "base")
        if bid is None:
            continue
        for mch, mname in rng.sample(MINS, 3):
            # the constant's sign flipped: a v - b = c, written with mch
            eq2 = "%d%s %s%d = %s" % (a, v, mch if len(mch) == 2 else mch + " ", b, c) if False else \
                  "%d%s %s %d = %s" % (a, v, mch.strip() if len(mch) == 1 else mch[0], b, c) if len(mch) == 1 else \
                  "%d%s + %s%d = %s" % (a, v, mch, b, c)
            x2 = F(c + b, a) if len(mch) == 1 else F(c + b, a)
            r247_addE("fg", "eq2_sign_%s" % mname, tpl.format(v=v, eq=eq2), v, str(x2),
                      [base_ans, "%s\n%d%s = %d\n%s = %s" % (eq2, a, v, c + b, v, x2),
                       "%s\n%d%s = %d\n%s = %s" % (eq2, a, v, c + b, v, x2)], "pair", base=bid)
            # the right side negated (glued: "= −c")
            eq3 = "%d%s + %d = %s%d" % (a, v, b, mch, c) if c > 0 else None
            if eq3:
                x3 = F(-c - b, a)
                r247_addE("fn", "eq2_rhsneg_%s" % mname, tpl.format(v=v, eq=eq3), v, str(x3),
                          [base_ans, "%s\n%d%s = %d\n%s = %s" % (eq3, a, v, -c - b, v, x3),
                           "%s\n%d%s = %d\n%s = %s" % (eq3, a, v, -c - b, v, x3)], "pair", base=bid)
        for brk, bname in rng.sample(BRK, 3):
            c2 = c + rng.choice([-2, -1, 1, 2, 5])
            eq4 = "%d%s + %d%s= %d" % (a, v, b, brk, c2)
            x4 = F(c2 - b, a)
            pr = "Solve for %s:%s%s%sShow each step." % (v, brk if rng.random() < 0.5 else " ", eq4, brk)
            r247_addE("fk", "eq2_break_%s" % bname, pr, v, str(x4),
                      [base_ans, "%d%s + %d = %d\n%d%s = %d\n%s = %s" % (a, v, b, c2, a, v, c2 - b, v, x4),
                       "%d%s + %d = %d\n%d%s = %d\n%s = %s" % (a, v, b, c2, a, v, c2 - b, v, x4)], "pair", base=bid)
            # safe: the same equation broken
            eq5 = "%d%s + %d%s= %d" % (a, v, b, brk, c)
            r247_addE("fs", "eq2_safe_break_%s" % bname, "Solve for %s: %s%sShow each step." % (v, eq5, brk), v,
                      str(F(c - b, a)), [base_ans], "safe", safe=True, base=bid)
            # a term after the break ("3x + 5 = 20\r\n+ x"): the model's first answer ignores it
            pr6 = "Solve for %s: %d%s + %d = %d%s+ %s%sShow each step." % (v, a, v, b, c, brk, v, brk)
            x6 = F(c - b, a - 1)
            r247_addE("ft", "eq2_term_%s" % bname, pr6, v, str(x6),
                      [base_ans, "%d%s + %d = %d + %s\n%s%s = %d\n%s = %s" % (a, v, b, c, v, "" if a == 2 else a - 1, v,
                                                                            c - b, v, x6)] * 1 + [None],
                      "pair", base=bid)
            P[-1]["answers"] = [P[-1]["answers"][0], P[-1]["answers"][1], P[-1]["answers"][1]] if P[-1]["answers"][-1] is None else P[-1]["answers"]
            r247_meta[r247_prompts[(pr6, "eq")]]["arg"] = "term-after-break"


def r247_json2(n):
    """Records whose value sits on the line after its label (CRLF, lone CR, U+2028), whose pairs share a line
    split by a lone CR or U+2028, or whose lines end in a double CR; one value changed, the model's first answer
    the base's."""
    rng = r247_rng
    for i in range(n):
        kind = rng.choice(list(KINDS))
        K = KINDS[kind]
        schema = r247_schema(kind)
        vals = {}
        used = []
        for k, _, t, g in K["fields"]:
            vals[k] = r247_val(g, rng, used)
            used.append(vals[k])
        letter = rng.choice("ABCDEF")
        phone = r247_val("phone", rng)

        def rec(vv, how):
            items = [(lab, vv[k]) for k, lab, _, _ in K["fields"]]
            items.append(("Seat", "%d%s" % (vv["row"], letter)) if kind == "booking" else ("Phone", phone))
            head = K["instr"] + "\n\n" + K["header"]
            if how == "plain":
                return head + "\n" + "\n".join("%s: %s" % (l, r247_txt(x)) for l, x in items) + "\n"
            if how in ("nextcrlf", "nextcr", "nextls"):
                e = {"nextcrlf": "\r\n", "nextcr": "\r", "nextls": "\u2028"}[how]
                return head + e + e.join("%s:%s%s" % (l, e, r247_txt(x)) for l, x in items) + e
            if how in ("pairscr", "pairsls"):
                e = {"pairscr": "\r", "pairsls": "\u2028"}[how]
                return head + " " + e.join("%s: %s" % (l, r247_txt(x)) for l, x in items) + "\n"
            if how == "dblcr":
                return head + "\r\r\n" + "\r\r\n".join("%s: %s" % (l, r247_txt(x)) for l, x in items) + "\r\r\n"
            if how == "nbspname":
                return head + "\n" + "\n".join("%s: %s" % (l, r247_txt(x)) for l, x in items) + "\n"
            if how == "bomlines":
                return head + "\n" + "\n".join("\ufeff%s: %s" % (l, r247_txt(x)) for l, x in items) + "\n"
            if how == "crtrail":
                return head + "\n" + "\n".join("%s: %s \r" % (l, r247_txt(x)) for l, x in items) + "\n"
            raise ValueError(how)

        bid = r247_addJ("kb", "j2_base_%s" % kind, rec(vals, "plain"), schema, dict(vals), [dict(vals)], "base")
        if bid is None:
            continue
        for how in rng.sample(["nextcrlf", "nextcr", "nextls", "pairscr", "pairsls", "dblcr", "bomlines",
                               "crtrail"], 5):
            r247_addJ("ks", "j2_safe_%s" % how, rec(vals, how), schema, dict(vals), [dict(vals)], "safe", safe=True,
                      base=bid)
            ik = [k for k, _, t, _ in K["fields"] if t == "integer"]
            k = rng.choice(ik)
            v2 = dict(vals)
            v2[k] = r247_val([f for f in K["fields"] if f[0] == k][0][3], rng, used)
            r247_addJ("kc", "j2_chg_%s_%s" % (how, k), rec(v2, how), schema, dict(v2), [dict(vals), dict(v2), dict(v2)],
                      "pair", base=bid)
            v3 = dict(vals)
            v3[ik[0]], v3[ik[1]] = vals[ik[1]], vals[ik[0]]
            r247_addJ("kw", "j2_swap_%s" % how, rec(v3, how), schema, dict(v3), [dict(vals), dict(v3), dict(v3)],
                      "pair", base=bid)


r247_eq2(24)
r247_json2(30)


# ------------------------------------------------------------------ PART 3 (refinement): old value inside the new
def r247_part3(nj, ne):
    """In the layouts the cache reuses (CRLF, one long line, trailing spaces, tab after the colon, full-width colon
    with a space, narrow no-break space, double CR, mixed endings), a value grows around the old one (58 -> 158,
    58 -> 580, 14 -> 141) or the equation's number does (20 -> 120, 5 -> 15, 3x -> 13x). The model's first answer
    is the base's."""
    rng = r247_rng
    styles = ["crlf", "long", "longsemi", "longtab", "trail", "trailtab", "tabcolon", "fwcolon2", "nnbsp", "mixed"]
    for i in range(nj):
        kind = rng.choice(list(KINDS))
        K = KINDS[kind]
        schema = r247_schema(kind)
        vals = {}
        for k, _, t, g in K["fields"]:
            vals[k] = r247_val(g, rng, list(vals.values()))
        ex = [("Phone", r247_val("phone", rng))] if kind == "guest" else [("Seat", "%d%s" % (vals["row"], rng.choice("ABCDEF")))]
        bid = r247_addJ("mb", "p3_base_%s" % kind, r247_render(kind, vals, ex, "plain", rng), schema, dict(vals),
                        [dict(vals)], "base")
        if bid is None:
            continue
        for st in rng.sample(styles, 5):
            k = rng.choice([kk for kk, _, t, _ in K["fields"] if t == "integer"])
            old = vals[k]
            new = rng.choice([int("1" + str(old)), int(str(old) + "0"), int(str(old) + str(rng.randint(1, 9))),
                              int(str(rng.randint(1, 9)) + str(old))])
            v2 = dict(vals)
            v2[k] = new
            r247_addJ("mc", "p3_grow_%s_%s" % (st, k), r247_render(kind, v2, ex, st, rng), schema, dict(v2),
                      [dict(vals), dict(v2), dict(v2)], "pair", base=bid)
            # and the value shrinks to a part of the old one (58 -> 5 / 8), if the old has two digits
            if old >= 10:
                v3 = dict(vals)
                v3[k] = int(str(old)[rng.randrange(2)]) or 1
                if v3[k] != old:
                    r247_addJ("md", "p3_shrink_%s_%s" % (st, k), r247_render(kind, v3, ex, st, rng), schema,
                              dict(v3), [dict(vals), dict(v3), dict(v3)], "pair", base=bid)
    from fractions import Fraction as F
    for i in range(ne):
        v = rng.choice("xyn")
        a = rng.randint(2, 9)
        xv = rng.randint(1, 9)
        b = rng.randint(1, 9)
        c = a * xv + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        tpl = rng.choice(E_TPLS)
        base_ans = "%s\n%d%s = %d\n%s = %d" % (eq, a, v, c - b, v, xv)
        bid = r247_addE("nb", "p3_eq_base", tpl.format(v=v, eq=eq), v, str(xv), [base_ans], "base")
        if bid is None:
            continue
        for which in ["a", "b", "c", "c2"]:
            a2, b2, c2 = a, b, c
            if which == "a":
                a2 = int("1" + str(a))
            elif which == "b":
                b2 = int("1" + str(b))
            elif which == "c":
                c2 = int("1" + str(c))
            else:
                c2 = int(str(c) + "0")
            eq2 = "%d%s + %d = %d" % (a2, v, b2, c2)
            x2 = F(c2 - b2, a2)
            ps = rng.choice(["crlf", "tab", "minus", "trail", "plain", "tabp"])
            ws = rng.choice(["crlf", "cr", "plain", "tab", "mixed"])
            pr = r247_eprompt(tpl, r247_efmt(eq2, ps, "eq"), v, ps)
            right = r247_ework([eq2, "%d%s = %d" % (a2, v, c2 - b2), "%s = %s" % (v, x2)], ws)
            r247_addE("nc", "p3_eq_grow_%s_%s_%s" % (which, ps, ws), pr, v, str(x2),
                      [rng.choice([base_ans, r247_ework(base_ans.split("\n"), ws)]), right, right], "pair", base=bid)


r247_part3(26, 30)


# ------------------------------------------------------------------ findings
r247_found_alone_list = set()
r247_fresh_alone = set(['d247-kw-2110', 'd247-kw-2123', 'd247-kw-2145', 'd247-kw-2158', 'd247-kw-2196', 'd247-kw-2215', 'd247-kw-2273', 'd247-kw-2305', 'd247-kw-2315', 'd247-kw-2337', 'd247-kw-2468', 'd247-kw-2484', 'd247-kw-2503', 'd247-kw-2529', 'd247-kw-2548', 'd247-pw-784', 'd247-pw-787', 'd247-pw-790', 'd247-pw-793', 'd247-pw-799', 'd247-pw-802', 'd247-pw-806', 'd247-pw-809', 'd247-pw-812', 'd247-pw-815', 'd247-pw-821', 'd247-pw-828', 'd247-pw-831', 'd247-pw-834', 'd247-pw-837', 'd247-pw-843', 'd247-pw-850', 'd247-pw-853', 'd247-pw-856', 'd247-pw-859', 'd247-pw-865', 'd247-pw-872', 'd247-pw-875', 'd247-pw-878', 'd247-pw-881', 'd247-pw-887', 'd247-pw-894', 'd247-pw-897', 'd247-pw-900', 'd247-pw-903', 'd247-pw-909', 'd247-pw-916', 'd247-pw-919', 'd247-pw-922', 'd247-pw-925', 'd247-pw-931', 'd247-pw-938', 'd247-pw-941', 'd247-pw-944', 'd247-pw-947', 'd247-pw-953'])
r247_arguable_list = set()
r247_found_alone |= r247_found_alone_list
r247_arguable |= r247_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: nothing came from the cache; the 56 wrong answers served fresh
# (r247_fresh_alone) all kept, every 10th safe variant and every 30th of the rest, each with the base of its pair.
from probe_kit import trim_round as r247_trim_round  # noqa: E402

r247_trim_round("d247-", r247_found_alone | r247_fresh_alone, r247_arguable,
                lambda i: [r247_meta[i]["base"]] if r247_meta.get(i, {}).get("base") else [])
