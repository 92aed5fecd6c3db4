r"""Red-team round 233 (black box): SIZE AND DISTANCE.
Focus: long prompts (a record buried at the start, middle or end of 0.3-300 KB of logs or paragraphs), tables of 50-500
  rows with one row picked by name or ordinal, records of 8-80 members, long string values (200-2,000 characters) with
  one character changed at the start, a quarter, the middle or the end, the same paragraph given twice with one
  difference, and equations after a long preamble; stored request, then variants whose only change is far from the
  start (or near it, with the long text after). 1,444 probes (seeded random.Random(233)): 1,002 pair probes, 261
  singles, 181 safe; 9.7 MB of the 14.4 MB workload.
Part 1 (d233-wb/wv/ws/wsg/wsw-, 135): 30-80-member inspection sheets under "Record:", with or without a 3-20 KB log
  before/after; one member changed first/middle/last/second-last; singles with a digit typo or two neighbours swapped.
Part 2 (d233-lb/lv/lsg/ls-, 114): a technician's note of 200-2,000 characters as a member; one char changed mid/end/
  start; singles with a typo, a cut note, a dropped word. Part 3 (d233-bb/bv/bs/bc/bsg-, 169): a four-field guest card
  inside 0.3-300 KB of log or prose; age/room/city changed; a filler line added (safe); a correction 10-300 KB after
  the card; singles reading an archived card from the middle. Part 4 (d233-tb/tv/ts-, 60): member tables of 50-500
  rows, the row picked by name or "the Nth data row"; the row's age changed, the pick moved one row, a far row changed.
Part 5 (d233-tb2/t2v/t2s-, 80): "pasted twice; the second copy is the corrected one" / "Use the later draft", 1.5-6 KB
  each, the second copy's age or city changed. Part 6 (d233-eb/ev/es/esg-, 174): "ax + b = c" after (or before)
  2-120 KB of class notes; a, b or c changed; singles with an arithmetic slip or the model solving another equation.
Part 7 (d233-cb/cv/cs/csg-, 280): clean "Label: value" records of 8, 12, 14, 16, 18, 30, 79 members under a one-line
  instruction; one member changed first/middle/last/second-last, two changed near the end; singles with a typo in the
  last numeric/code member. Part 8 (d233-qb/qv/qsg-, 300): a DNA sequence, a base64 public key or a hex checksum of
  200/500/1,000/2,000 characters beside an id and an owner; one char changed at start/quarter/middle/end, one dropped
  mid, the id changed; singles whose value has one char flipped mid, two transposed mid, or the last char cut.
Part 9 (d233-nb/nv/ns/nsg-, 132): "Solve for x: ax + b = c. Show each step." after 1-150 neutral sentences.
HELD (everything; fresh SQLite store, two passes, 0 wrong from the cache in run 1 and run 2, 0 KEPT-FROM-CACHE):
  - Long texts are never stored: of parts 1-6 and 9 (864 probes) nothing was reused in either run; the buried cards
    (0.3-300 KB), tables (refused: "the text holds 121 records and the request does not say which one"), long notes
    (refused: a note line is read as a change), equations after class notes (refused: "the request holds two
    equations" / "asks for more than the value of x ("days")"), all regenerated or refused.
  - Wide records: stored up to 16 members, never at 18, 30 or 79 (cb stored 0 of 15). At 8-16 members every variant
    whose only change is the last, second-last, middle or first member, or two near the end, was served right:
    run 2 74 reuse + 16 patch of 100 variants, all right (their own stored answers); none reused the base's answer.
    Singles with a typo in the last member: refused fresh, the right second answer stored (18 reused right in run 2).
  - Long code-like values (DNA, hex; base64 never stored): one char flipped at start/quarter/middle/end, one char
    dropped, the id changed: 0 of 120 variants given the base's value; run 2 120 reuse, all right. Singles with one
    char flipped/transposed mid or the last char cut: 0 of 90 accepted fresh (all refused; the right answer stored).
  - Safe variants on reuse in run 2: clean records + "Thanks!": 1 of 35; long texts 0 (never stored).
WHAT GOT THROUGH: nothing from the cache (r233_found_alone and r233_arguable empty).
  Wrong answers served FRESH (path=skip, "no cached candidate"; the lesser matter): 18 in run 1, 18 in run 2, and
  18 / 18 alone (R233_ALONE=1: 18 ids + 9 bases): (A) CLEAR, "the same paragraph given twice" with the instruction
  naming the second copy, the model's value from the FIRST copy accepted: "Two drafts of the same report follow. Use
  the later draft. Give name, age, job and city as JSON. / Draft 1: ... Yusuf Solheim, aged 61, works as a nurse in
  Ålesund. ... / Draft 2: ... aged 64 ..." -> {"name":"Yusuf Solheim","age":61,...}; the same with "... a nurse in
  Ålesund" / "... a nurse in Drammen" -> "city":"Ålesund"; "... a welder in Bodø" / "... a welder in Bergen" ->
  "city":"Bodø" (d233-t2v-480, -481, -485).
  All 18 under "Two drafts of the same report follow. Use the later draft." (18 of 18 such variants); the 22 under
  "The report below was pasted twice; the second copy is the corrected one." were all refused. Never stored: the bases with two equal copies
  are refused or served fresh.)
Adds its probes to probe_kit.P."""
import re
import random as r233_random

from probe_kit import P, S, J, E  # noqa: F401

r233_rng = r233_random.Random(233)
r233_found_alone = set()
r233_arguable = set()
r233_prompts = {}
r233_n = [0]
r233_counts = {"pair": 0, "single": 0, "safe": 0}
r233_meta = {}


def r233_J(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r233_prompts:
        return r233_prompts[prompt]
    r233_n[0] += 1
    pid = "d233-%s-%d" % (tag, r233_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r233_prompts[prompt] = pid
    r233_counts[kind] += 1
    r233_meta[pid] = {"base": base}
    return pid


def r233_E(tag, fam, prompt, var, val, answers, kind, safe=False, base=None):
    if prompt in r233_prompts:
        return r233_prompts[prompt]
    r233_n[0] += 1
    pid = "d233-%s-%d" % (tag, r233_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r233_prompts[prompt] = pid
    r233_counts[kind] += 1
    r233_meta[pid] = {"base": base}
    return pid


rng = r233_rng
FIRST = ["Mira", "Tomas", "Ingrid", "Priya", "Jonas", "Astrid", "Kofi", "Leila", "Henrik", "Sofie", "Arne", "Nadia",
         "Erik", "Hanne", "Omar", "Silje", "Lars", "Maja", "Pål", "Yusuf", "Greta", "Dag", "Eva", "Rune"]
LAST = ["Holt", "Ek", "Nair", "Lund", "Berg", "Dahl", "Haugen", "Vik", "Strand", "Moen", "Bakke", "Solheim", "Aas",
        "Lie", "Hagen", "Eide", "Nygaard", "Tveit", "Myhre", "Brekke"]
CITIES = ["Bergen", "Tromsø", "Skien", "Ghent", "Bruges", "Molde", "Ålesund", "Bodø", "Hamar", "Drammen", "Lund",
          "Aarhus", "Turku", "Tartu", "Porto", "Lyon"]


def name():
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


# ------------------------------------------------------------------ filler texts
LOGW = ["INFO", "DEBUG", "WARN", "INFO", "INFO", "TRACE"]
SVC = ["scheduler", "api-gw", "billing", "auth", "queue", "mailer", "cron", "indexer"]
MSG = ["request served in {n} ms", "cache warm, {n} keys", "retrying job {n}", "heartbeat ok (seq {n})",
       "user session {n} refreshed", "flushed {n} rows to disk", "connection pool size {n}", "gc pause {n} ms",
       "queue depth {n}", "upstream latency {n} ms"]
PARA = ["The committee met on a grey morning to review the quarterly figures, and most of the discussion turned on "
        "the cost of heating the old wing of the building, which has been a subject of complaint for years.",
        "Several members noted that the survey responses were late, and that the new form had confused people who "
        "were used to the paper version; a reminder will go out next week.",
        "Volunteers repainted the fence along the north path in {n} hours, and the group thanked the hardware shop "
        "for donating the brushes and the primer.",
        "The library will close early on the third Thursday while the shelves in the reading room are replaced, and "
        "borrowers are asked to return items through the slot by the side door.",
        "Minutes from the last meeting were read and approved without changes; item {n} on the agenda was deferred "
        "because the treasurer was travelling.",
        "A short discussion followed about parking on match days, and it was agreed that the gate would stay locked "
        "until the stewards arrive."]


def logtext(nbytes, seed):
    lr = r233_random.Random(seed)
    out, size, t = [], 0, 0
    while size < nbytes:
        t += lr.randint(1, 40)
        line = "2026-11-%02d %02d:%02d:%02d %s [%s] %s" % (
            1 + (t // 86400) % 28, (t // 3600) % 24, (t // 60) % 60, t % 60, lr.choice(LOGW), lr.choice(SVC),
            lr.choice(MSG).format(n=lr.randint(1, 9999)))
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


def paratext(nbytes, seed):
    lr = r233_random.Random(seed)
    out, size = [], 0
    while size < nbytes:
        p = " ".join(lr.choice(PARA).format(n=lr.randint(2, 40)) for _ in range(lr.randint(2, 5)))
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)


# ------------------------------------------------------------------ PART 1: wide records (30-80 members)
FIELDS = [("asset_tag", "s"), ("site", "c"), ("inspector", "n"), ("floor", "i"), ("room", "i"), ("voltage", "i"),
          ("current", "f"), ("serial_number", "code"), ("model", "code"), ("firmware", "ver"), ("weight", "f"),
          ("height", "i"), ("width", "i"), ("depth", "i"), ("year_built", "y"), ("owner", "n"),
          ("contact_phone", "ph"), ("service_interval", "i"), ("passed", "b"), ("fan_count", "i"),
          ("filter_changed", "b"), ("temperature", "f"), ("humidity", "i"), ("cost", "i"),
          ("warranty", "i"), ("supplier", "s2"), ("order_number", "code"), ("rack", "code"),
          ("port_count", "i"), ("power", "i"), ("noise_level", "i"), ("city", "c"), ("backup_owner", "n"),
          ("hours_run", "i"), ("errors_logged", "i"), ("label_colour", "col"), ("cable_length", "f"), ("locked", "b"),
          ("key_holder", "n"), ("building", "code"), ("zone", "i"), ("breaker", "code"), ("phase_count", "i"),
          ("max_load", "i"), ("pallet_id", "code"), ("license_plate", "code"), ("seats", "i"), ("doors", "i"),
          ("mileage", "i"), ("fuel", "f"), ("tyre_pressure", "f"), ("driver", "n"), ("depot", "c"),
          ("shift", "i"), ("badge", "code"), ("vendor_ref", "code"), ("invoice_total", "f"), ("discount", "i"),
          ("paid", "b"), ("currency", "cur"), ("lot", "code"), ("batch_size", "i"), ("expiry_year", "y"),
          ("storage_temp", "i"), ("shelf", "code"), ("aisle", "i"), ("bin_count", "i"), ("picker", "n"),
          ("checker", "n"), ("route", "code"), ("stops", "i"), ("distance", "f"), ("eta", "i"),
          ("priority", "i"), ("fragile", "b"), ("signed_by", "n"), ("region", "c"), ("postcode", "pc"),
          ("unit_price", "f"), ("quantity", "i")]
TYPES = {"s": "string", "c": "string", "n": "string", "i": "integer", "f": "number", "code": "string",
         "ver": "string", "y": "integer", "ph": "string", "b": "boolean", "s2": "string", "col": "string",
         "cur": "string", "pc": "string"}
COLS = ["red", "blue", "green", "yellow", "white", "black"]


def fval(kind):
    if kind == "s":
        return "AT-%05d" % rng.randint(10000, 99999)
    if kind == "c":
        return rng.choice(CITIES)
    if kind == "n":
        return name()
    if kind == "i":
        return rng.randint(2, 950)
    if kind == "f":
        return round(rng.randint(11, 9999) / 10.0, 1)
    if kind == "code":
        return "%s%d-%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(2)), rng.randint(100, 9999),
                            rng.choice("ABCDEFGH"))
    if kind == "ver":
        return "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40))
    if kind == "y":
        return rng.randint(1975, 2025)
    if kind == "ph":
        return "+47 %d %02d %03d" % (rng.randint(400, 999), rng.randint(10, 99), rng.randint(100, 999))
    if kind == "b":
        return rng.choice([True, False])
    if kind == "s2":
        return rng.choice(["Fjordsoft AS", "Nordlys Elektro", "Vestkyst Data", "Kvarts Teknikk", "Havbris AS"])
    if kind == "col":
        return rng.choice(COLS)
    if kind == "cur":
        return rng.choice(["NOK", "EUR", "SEK", "DKK"])
    if kind == "pc":
        return "%04d" % rng.randint(1000, 9990)
    raise ValueError(kind)


def change(kind, v):
    for _ in range(50):
        w = fval(kind)
        if w != v:
            if kind == "i" and isinstance(v, int):
                # a near change: one digit
                s = str(v)
                k = rng.randrange(len(s))
                d = rng.choice([c for c in "0123456789" if c != s[k] and not (k == 0 and c == "0")])
                return int(s[:k] + d + s[k + 1:])
            if kind == "code":
                k = rng.randrange(len(v))
                if v[k].isdigit():
                    return v[:k] + rng.choice([c for c in "0123456789" if c != v[k]]) + v[k + 1:]
                if v[k].isalpha():
                    return v[:k] + rng.choice([c for c in "ABCDEFGHJKLMNPRSTUVWXZ" if c != v[k]]) + v[k + 1:]
            return w
    return w


def label(key):
    return key.replace("_", " ").capitalize()


def render_val(v):
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)


def wide_prompt(fields, rec, instr, pre="", post=""):
    lines = ["%s: %s" % (label(k), render_val(rec[k])) for k, _ in fields]
    return "%s\n\n%sRecord:\n%s\n%s" % (instr, pre, "\n".join(lines), post)


WIDE_INSTR = ["Extract every field of the inspection record below into JSON.",
              "Fill in the JSON for this equipment sheet. Use the values exactly as written.",
              "Extract the equipment sheet below as JSON."]

for gi in range(15):
    nf = rng.choice([30, 40, 50, 60, 70, 80])
    fields = FIELDS[:nf]
    rng.shuffle(fields)
    sch = S({k: TYPES[t] for k, t in fields})
    rec = {k: fval(t) for k, t in fields}
    instr = rng.choice(WIDE_INSTR)
    pre = ""
    post = ""
    if gi % 3 == 1:
        pre = "Log excerpt attached for context:\n%s\n\n" % logtext(rng.choice([3000, 10000, 20000]), gi)
    if gi % 3 == 2:
        post = "\nAttached log:\n%s\n" % logtext(rng.choice([3000, 10000, 20000]), gi)
    bp = wide_prompt(fields, rec, instr, pre, post)
    bid = r233_J("wb", "wide_base", bp, sch, rec, [rec], "pair")
    # variants: change one member at the end, the start, the middle
    for pos in ("last", "first", "mid", "last2", "mid2"):
        idx = {"last": nf - 1, "first": 0, "mid": nf // 2, "last2": nf - 2, "mid2": rng.randrange(1, nf - 2)}[pos]
        k, t = fields[idx]
        if t == "b":
            nv = not rec[k]
        else:
            nv = change(t, rec[k])
        r2 = dict(rec)
        r2[k] = nv
        vp = wide_prompt(fields, r2, instr, pre, post)
        r233_J("wv", "wide_" + pos, vp, sch, r2, [rec, r2], "pair", base=bid)
    # safe: instruction politeness, extra trailing blank line
    r233_J("ws", "wide_safe", "Please " + instr[0].lower() + instr[1:] + bp[len(instr):], sch, rec, [rec], "safe",
           safe=True, base=bid)
    # singles: model answer with one member wrong far down (a neighbour's value / a digit typo)
    ks = [k for k, t in fields if t in ("i", "code")]
    k = ks[-1]
    t = dict(fields)[k]
    wrong = dict(rec)
    wrong[k] = change(t, rec[k])
    rec3 = {kk: fval(tt) for kk, tt in fields}
    p3 = wide_prompt(fields, rec3, instr, pre, post)
    w3 = dict(rec3)
    w3[k] = change(t, rec3[k])
    r233_J("wsg", "wide_single_typo", p3, sch, rec3, [w3, rec3], "single")
    # swapped neighbours at the end of the record
    ints = [kk for kk, tt in fields if tt == "i"]
    if len(ints) >= 2:
        rec4 = {kk: fval(tt) for kk, tt in fields}
        a_, b_ = ints[-2], ints[-1]
        if rec4[a_] != rec4[b_]:
            w4 = dict(rec4)
            w4[a_], w4[b_] = rec4[b_], rec4[a_]
            r233_J("wsw", "wide_single_swap", wide_prompt(fields, rec4, instr, pre, post), sch, rec4, [w4, rec4], "single")

# ------------------------------------------------------------------ PART 2: long string values, one character changed
WORDS = ("the unit was inspected during the storm and the seal on the rear panel shows minor wear while the "
         "fan bearings are quiet and the filters look clean according to the night crew who also noted that "
         "the cable tray on the left side needs two more clips and that the key is kept at "
         "reception").split()


def longstr(n, lr):
    out = []
    while len(" ".join(out)) < n:
        w = lr.choice(WORDS)
        if lr.random() < 0.06:
            w = "%d" % lr.randint(10, 9999)
        if lr.random() < 0.03:
            w = "part %s%d" % (lr.choice("KLMNP"), lr.randint(100, 999))
        out.append(w)
    s = " ".join(out)
    return s[0].upper() + s[1:] + "."


def onechar(s, lr):
    """Change one character near the middle: a digit if one is near, else a letter."""
    mid = len(s) // 2
    for d in range(0, len(s) // 2):
        for k in (mid + d, mid - d):
            if 0 <= k < len(s) and s[k].isdigit():
                return s[:k] + lr.choice([c for c in "0123456789" if c != s[k]]) + s[k + 1:], "digit"
    k = mid
    while not s[k].isalpha():
        k += 1
    c = lr.choice([c for c in "aeiou" if c != s[k]])
    return s[:k] + c + s[k + 1:], "letter"


LS_INSTR = ["Copy the technician's note and the unit fields into JSON. Keep the note word for word.",
            "Return the inspection note verbatim along with the unit and date fields."]
for gi in range(15):
    lr = r233_random.Random(5000 + gi)
    n = rng.choice([200, 400, 800, 1200, 2000])
    note = longstr(n, lr)
    sch = S({"unit": "string", "inspected_on": "string", "note": "string", "technician": "string"})
    unit = "U-%04d" % rng.randint(1000, 9999)
    tech = name()
    day = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    instr = rng.choice(LS_INSTR)

    def lsp(note_, unit_=unit):
        return "%s\n\nUnit: %s\nInspected on: %s\nTechnician: %s\nNote: %s\n" % (instr, unit_, day, tech, note_)
    base = {"unit": unit, "inspected_on": day, "note": note, "technician": tech}
    bid = r233_J("lb", "longstr_base", lsp(note), sch, base, [base], "pair")
    n2, how = onechar(note, lr)
    v = dict(base, note=n2)
    r233_J("lv", "longstr_onechar_" + how, lsp(n2), sch, v, [base, v], "pair", base=bid)
    # change at the very end of the note
    n3 = note[:-1] + "!" if gi % 2 else note[:-6] + note[-6:].replace("e", "a", 1)
    if n3 != note:
        v3 = dict(base, note=n3)
        r233_J("lv", "longstr_end", lsp(n3), sch, v3, [base, v3], "pair", base=bid)
    # change at the start of the note
    n4 = ("The" if not note.startswith("The") else "A") + note[note.index(" "):]
    v4 = dict(base, note=n4)
    r233_J("lv", "longstr_start", lsp(n4), sch, v4, [base, v4], "pair", base=bid)
    # singles: the model's note has one character wrong in the middle (a typo), or is truncated
    lr2 = r233_random.Random(7000 + gi)
    note5 = longstr(n, lr2)
    rec5 = {"unit": "U-%04d" % rng.randint(1000, 9999), "inspected_on": day, "note": note5, "technician": tech}
    p5 = "%s\n\nUnit: %s\nInspected on: %s\nTechnician: %s\nNote: %s\n" % (instr, rec5["unit"], day, tech, note5)
    w5 = dict(rec5, note=onechar(note5, lr2)[0])
    r233_J("lsg", "longstr_single_typo", p5, sch, rec5, [w5, rec5], "single")
    note6 = longstr(n, r233_random.Random(9000 + gi))
    rec6 = dict(rec5, note=note6, unit="U-%04d" % rng.randint(1000, 9999))
    p6 = "%s\n\nUnit: %s\nInspected on: %s\nTechnician: %s\nNote: %s\n" % (instr, rec6["unit"], day, tech, note6)
    cut = note6[: len(note6) * 2 // 3]
    cut = cut[: cut.rfind(" ")] + "."
    w6 = dict(rec6, note=cut)
    r233_J("lsg", "longstr_single_trunc", p6, sch, rec6, [w6, rec6], "single")
    # single: a word dropped in the middle
    ws = note6.split(" ")
    mid = len(ws) // 2
    w7 = dict(rec6, note=" ".join(ws[:mid] + ws[mid + 1:]))
    rec7 = dict(rec6, unit="U-%04d" % rng.randint(1000, 9999))
    p7 = "%s\n\nUnit: %s\nInspected on: %s\nTechnician: %s\nNote: %s\n" % (instr, rec7["unit"], day, tech, note6)
    w7["unit"] = rec7["unit"]
    r233_J("lsg", "longstr_single_dropword", p7, sch, rec7, [w7, rec7], "single")
    # safe: a different unit code near the top? not safe. Safe: "Please" prefix
    r233_J("ls", "longstr_safe", "Please c" + lsp(note)[1:] if lsp(note).startswith("C") else "Please r" + lsp(note)[1:],
           sch, base, [base], "safe", safe=True, base=bid)

# ------------------------------------------------------------------ PART 3: a small record buried in a long text
guest = S({"guest": "string", "age": "integer", "room": "integer", "city": "string"})
BUR_INSTR = ["The guest card is somewhere in the text below. Return the guest, age, room and city as JSON.",
             "Find the registration card in this dump and extract guest, age, room and city."]
for gi in range(30):
    size = rng.choice([80000, 150000, 300000]) if gi % 15 == 0 else rng.choice([300, 800, 1500, 3000, 6000, 10000, 20000])
    where = rng.choice(["end", "middle", "start"])
    filler = (logtext if gi % 2 else paratext)(size, 100 + gi)
    g = {"guest": name(), "age": rng.randint(19, 88), "room": rng.randint(100, 999), "city": rng.choice(CITIES)}
    instr = rng.choice(BUR_INSTR)

    def card(r):
        return "Registration card:\nGuest: %s\nAge: %d\nRoom: %d\nCity: %s" % (r["guest"], r["age"], r["room"], r["city"])

    def bur(r, fill=filler):
        if where == "end":
            return "%s\n\n%s\n\n%s\n" % (instr, fill, card(r))
        if where == "start":
            return "%s\n\n%s\n\n%s\n" % (instr, card(r), fill)
        h = len(fill) // 2
        h = fill.find("\n", h)
        if h < 0:
            h = fill.find(". ", len(fill) // 2) + 1
        return "%s\n\n%s\n\n%s\n\n%s\n" % (instr, fill[:h], card(r), fill[h + 1:])
    bid = r233_J("bb", "buried_base_" + where, bur(g), guest, g, [g], "pair")
    for mem in ("age", "room", "city"):
        g2 = dict(g)
        if mem == "age":
            g2["age"] = g["age"] + rng.choice([1, 2, -1, 10])
        elif mem == "room":
            g2["room"] = int(str(g["room"])[:-1] + str((g["room"] % 10 + 3) % 10))
        else:
            g2["city"] = rng.choice([c for c in CITIES if c != g["city"]])
        r233_J("bv", "buried_%s_%s" % (where, mem), bur(g2), guest, g2, [g, g2], "pair", base=bid)
    # a changed far-away filler line only (safe): one log line's number changes
    f2 = filler.replace("\n", "\n[note] shift change logged\n", 1) if where != "start" else filler + "\n[note] shift change logged"
    r233_J("bs", "buried_safe_filler", bur(g, f2), guest, g, [g], "safe", safe=True, base=bid)
    # a correction buried far from the card (other direction): at the end while the card is at the start
    if where == "start":
        g3 = dict(g, room=g["room"] + 1)
        p = bur(g) + "\nFront desk, 23:10: guest %s moved to room %d (the card is out of date).\n" % (g["guest"], g3["room"])
        r233_J("bc", "buried_correction_far", p, guest, g3, [g, g3], "pair", base=bid)
    # single: a second card in the filler (an older stay) and the model takes it
    if where == "end":
        old = dict(g, room=rng.randint(100, 999), age=g["age"] - 3)
        fill_old = filler[: len(filler) // 3] + "\n\nArchived card (stay of 2023):\n" + card(old)[len("Registration card:\n"):] + "\n\n" + filler[len(filler) // 3:]
        r233_J("bsg", "buried_single_archived", bur(g, fill_old), guest, g, [old, g], "single")

# ------------------------------------------------------------------ PART 4: tables of 50-500 rows, one selected
row_s = S({"name": "string", "age": "integer", "city": "string", "member_no": "integer"})
for gi in range(15):
    nrows = rng.choice([50, 120, 250, 500]) if gi % 5 == 0 else rng.choice([50, 80, 120])
    used = set()
    rows = []
    while len(rows) < nrows:
        nm = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        if nm in used:
            nm = nm + "-" + rng.choice(LAST)
            if nm in used:
                continue
        used.add(nm)
        rows.append({"name": nm, "age": rng.randint(18, 90), "city": rng.choice(CITIES), "member_no": rng.randint(10000, 99999)})
    sel = rng.randrange(nrows // 2, nrows) if gi % 2 else rng.randrange(0, 5)
    mode = rng.choice(["name", "ordinal"])

    def table(rs):
        return "name | age | city | member_no\n" + "\n".join("%s | %d | %s | %d" % (r["name"], r["age"], r["city"], r["member_no"]) for r in rs)

    def ordw(i):
        n = i + 1
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return "%d%s" % (n, suf)

    def tp(rs, s):
        q = ("Return the row for %s from the member list as JSON." % rs[s]["name"]) if mode == "name" else \
            ("Return the %s data row of the member list (not counting the header) as JSON." % ordw(s))
        return "%s\n\nMember list (%d rows):\n%s\n" % (q, len(rs), table(rs))
    bid = r233_J("tb", "table_base_" + mode, tp(rows, sel), row_s, rows[sel], [rows[sel]], "pair")
    # the selected row's value changes
    r2 = [dict(r) for r in rows]
    r2[sel]["age"] = rows[sel]["age"] + 1
    r233_J("tv", "table_rowchange_" + mode, tp(r2, sel), row_s, r2[sel], [rows[sel], r2[sel]], "pair", base=bid)
    # selection moves to a neighbour row
    s2 = sel - 1 if sel > 0 else sel + 1
    r233_J("tv", "table_selchange_" + mode, tp(rows, s2), row_s, rows[s2], [rows[sel], rows[s2]], "pair", base=bid)
    # a row far from the selected one changes (safe)
    far = 0 if sel > nrows // 2 else nrows - 1
    r3 = [dict(r) for r in rows]
    r3[far]["city"] = rng.choice([c for c in CITIES if c != rows[far]["city"]])
    r233_J("ts", "table_safe_far", tp(r3, sel), row_s, rows[sel], [rows[sel]], "safe", safe=True, base=bid)

# ------------------------------------------------------------------ PART 5: the same paragraph twice, one difference
pp = S({"name": "string", "age": "integer", "job": "string", "city": "string"})
for gi in range(20):
    nm = name()
    age = rng.randint(20, 70)
    job = rng.choice(["pharmacist", "welder", "teacher", "nurse", "pilot", "carpenter"])
    city = rng.choice(CITIES)
    filler = paratext(rng.choice([1500, 3000, 6000]), 900 + gi)

    def para(a, c):
        return "%s\n\n%s, aged %d, works as a %s in %s.\n\n%s" % (filler[:len(filler) // 2], nm, a, job, c, filler[len(filler) // 2:])
    instr = rng.choice(["The report below was pasted twice; the second copy is the corrected one. Return name, age, job and city.",
                        "Two drafts of the same report follow. Use the later draft. Give name, age, job and city as JSON."])
    base = {"name": nm, "age": age, "job": job, "city": city}
    bp = "%s\n\nDraft 1:\n%s\n\nDraft 2:\n%s\n" % (instr, para(age, city), para(age, city))
    bid = r233_J("tb2", "twice_base", bp, pp, base, [base], "pair")
    a2 = age + rng.choice([1, 2, 3])
    v = dict(base, age=a2)
    r233_J("t2v", "twice_second_differs", "%s\n\nDraft 1:\n%s\n\nDraft 2:\n%s\n" % (instr, para(age, city), para(a2, city)),
           pp, v, [base, v], "pair", base=bid)
    c2 = rng.choice([c for c in CITIES if c != city])
    v2 = dict(base, city=c2)
    r233_J("t2v", "twice_second_differs_city", "%s\n\nDraft 1:\n%s\n\nDraft 2:\n%s\n" % (instr, para(age, city), para(age, c2)),
           pp, v2, [base, v2], "pair", base=bid)
    # first draft differs (the used one is unchanged): safe-ish
    r233_J("t2s", "twice_first_differs", "%s\n\nDraft 1:\n%s\n\nDraft 2:\n%s\n" % (instr, para(a2, city), para(age, city)),
           pp, base, [base], "safe", safe=True, base=bid)

# ------------------------------------------------------------------ PART 6: equations at the end of a long preamble
EQ_TPL = ["Solve for x: {eq}. Show each step.", "Now the actual question. Solve {eq} step by step.",
          "Here is the one I need: {eq}. Solve for x and show the working."]
for gi in range(30):
    a = rng.randint(2, 9)
    x = rng.randint(2, 15)
    b = rng.randint(1, 30)
    c = a * x + b
    size = rng.choice([2000, 10000, 12000, 20000]) if gi % 20 else 120000
    pre = re.sub(r'\d+', 'a few', paratext(size, 3000 + gi)).replace('replaced', 'looked at')
    dist = rng.choice(["end", "end", "end", "start"])
    tpl = rng.choice(EQ_TPL)
    preamble_eq = "Last week we solved %dx + %d = %d as practice." % (a + 1, b, (a + 1) * 3 + b)

    def eqp(a_, b_, c_, pre_=pre):
        q = tpl.format(eq="%dx + %d = %d" % (a_, b_, c_))
        if dist == "end":
            return "Some background first (from my class notes).\n\n%s\n\n%s" % (pre_, q)
        return "%s\n\n(Background, from my class notes; not part of the question.)\n\n%s" % (q, pre_)

    def work(a_, b_, c_):
        xx = (c_ - b_) // a_
        return "%dx + %d = %d\n%dx = %d\nx = %d" % (a_, b_, c_, a_, c_ - b_, xx)
    bid = r233_E("eb", "eq_long_base_" + dist, eqp(a, b, c), "x", x, [work(a, b, c)], "pair")
    # variant: change c only (last number, farthest from the start)
    x2 = x + rng.choice([1, 2, -1])
    if x2 < 1:
        x2 = x + 3
    c2 = a * x2 + b
    r233_E("ev", "eq_long_c_" + dist, eqp(a, b, c2), "x", x2, [work(a, b, c), work(a, b, c2)], "pair", base=bid)
    # variant: change b, keep x (so c changes)
    b3 = b + rng.choice([1, 2, 5])
    c3 = a * x + b3
    r233_E("ev", "eq_long_b_" + dist, eqp(a, b3, c3), "x", x, [work(a, b, c), work(a, b3, c3)], "pair", base=bid)
    # variant: change a (first digit of the equation) with the same c
    for a4 in range(2, 10):
        if a4 != a and (c - b) % a4 == 0:
            r233_E("ev", "eq_long_a_" + dist, eqp(a4, b, c), "x", (c - b) // a4, [work(a, b, c), work(a4, b, c)], "pair", base=bid)
            break
    # safe: the preamble's practice equation changes only (far from the question when dist == start)
    pre2 = pre.replace("the", "thee", 1)
    r233_E("es", "eq_long_safe_preamble", eqp(a, b, c, pre2), "x", x, [work(a, b, c)], "safe", safe=True, base=bid)
    # singles: an arithmetic slip in the middle of the working under a long preamble
    if gi % 2 == 0:
        a5, x5, b5 = rng.randint(2, 9), rng.randint(2, 15), rng.randint(1, 30)
        c5 = a5 * x5 + b5
        wrongw = "%dx + %d = %d\n%dx = %d\nx = %d" % (a5, b5, c5, a5, c5 - b5 + a5, x5 + 1)
        r233_E("esg", "eq_long_single_slip", eqp(a5, b5, c5), "x", x5, [wrongw, work(a5, b5, c5)], "single")
    else:
        # the model solves the practice equation in the preamble instead
        a5, x5, b5 = rng.randint(2, 9), rng.randint(2, 15), rng.randint(1, 30)
        c5 = a5 * x5 + b5
        p = eqp(a5, b5, c5)
        pa, pb, pc = a + 1, b, (a + 1) * 3 + b
        wrongw = "%dx + %d = %d\n%dx = %d\nx = 3" % (pa, pb, pc, pa, pc - pb)
        if dist == "end":
            r233_E("esg", "eq_long_single_practice", p, "x", x5, [wrongw, work(a5, b5, c5)], "single")


# ------------------------------------------------------------------ PART 7: clean wide records (no heading, no filler)
CLEAN_INSTR = ["Extract the record as JSON.", "Return the record below as JSON.", "Extract these fields as JSON."]
CLEAN_FIELDS = [f for f in FIELDS if f[0] not in ("discount",)]
for gi in range(35):
    nf = [8, 12, 14, 16, 18, 30, 79][gi % 7]
    fields = list(CLEAN_FIELDS[:nf])
    rng.shuffle(fields)
    sch = S({k: TYPES[t] for k, t in fields})
    rec = {k: fval(t) for k, t in fields}
    instr = rng.choice(CLEAN_INSTR)

    def cp(r):
        return "%s\n\n%s\n" % (instr, "\n".join("%s: %s" % (label(k), render_val(r[k])) for k, _ in fields))
    bid = r233_J("cb", "clean_base_%d" % nf, cp(rec), sch, rec, [rec], "pair")
    for pos in ("last", "first", "mid", "last2"):
        idx = {"last": nf - 1, "first": 0, "mid": nf // 2, "last2": nf - 2}[pos]
        k, t = fields[idx]
        nv = (not rec[k]) if t == "b" else change(t, rec[k])
        r2 = dict(rec)
        r2[k] = nv
        r233_J("cv", "clean_%s_%d" % (pos, nf), cp(r2), sch, r2, [rec, r2], "pair", base=bid)
    # two changes, both far down
    r3 = dict(rec)
    for idx in (nf - 1, nf - 3):
        k, t = fields[idx]
        r3[k] = (not rec[k]) if t == "b" else change(t, rec[k])
    r233_J("cv", "clean_two_far_%d" % nf, cp(r3), sch, r3, [rec, r3], "pair", base=bid)
    # safe: the same record, one trailing blank line and "Thanks!"
    r233_J("cs", "clean_safe_%d" % nf, cp(rec) + "\nThanks!\n", sch, rec, [rec], "safe", safe=True, base=bid)
    # singles: one wrong member near the end (typo / neighbour swap)
    rec4 = {k: fval(t) for k, t in fields}
    k, t = [f for f in fields if f[1] in ("i", "code", "f")][-1]
    w4 = dict(rec4)
    w4[k] = change(t, rec4[k]) if t != "f" else round(rec4[k] + 0.1, 1)
    r233_J("csg", "clean_single_typo_%d" % nf, cp(rec4), sch, rec4, [w4, rec4], "single")

# ------------------------------------------------------------------ PART 8: long code-like string values, one char changed
def seq(n, lr, kind):
    if kind == "dna":
        return "".join(lr.choice("ACGT") for _ in range(n))
    if kind == "b64":
        return "".join(lr.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))
    return "".join(lr.choice("0123456789abcdef") for _ in range(n))


def flip(sv, k, lr, kind):
    alpha = {"dna": "ACGT", "b64": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
             "hex": "0123456789abcdef"}[kind]
    return sv[:k] + lr.choice([c for c in alpha if c != sv[k]]) + sv[k + 1:]


LKIND = [("dna", "sample_id", "sequence", "Sample ID", "Sequence", "Return the sample ID, the sequence and the lab as JSON."),
         ("b64", "key_name", "public_key", "Key name", "Public key", "Extract the key name, the public key and the owner as JSON."),
         ("hex", "file_name", "checksum", "File name", "Checksum", "Extract the file name, the checksum and the uploader as JSON.")]
for gi in range(30):
    lr = r233_random.Random(11000 + gi)
    kind, idk, sk, idl, sl, instr = LKIND[gi % 3]
    n = [200, 500, 1000, 2000][gi % 4]
    other = {"dna": ("lab", "Lab"), "b64": ("owner", "Owner"), "hex": ("uploader", "Uploader")}[kind]
    sch = S({idk: "string", sk: "string", other[0]: "string"})
    ident = "%s-%04d" % ({"dna": "S", "b64": "deploy", "hex": "backup"}[kind], lr.randint(1000, 9999))
    who = name() if kind != "dna" else rng.choice(CITIES) + " Genomics"
    sv = seq(n, lr, kind)

    def lp(v, ident_=ident):
        return "%s\n\n%s: %s\n%s: %s\n%s: %s\n" % (instr, idl, ident_, sl, v, other[1], who)
    base = {idk: ident, sk: sv, other[0]: who}
    bid = r233_J("qb", "code_base_%s_%d" % (kind, n), lp(sv), sch, base, [base], "pair")
    for where, k in (("mid", n // 2), ("end", n - 1), ("start", 0), ("q3", 3 * n // 4)):
        v2 = flip(sv, k, lr, kind)
        r233_J("qv", "code_%s_%s_%d" % (where, kind, n), lp(v2), sch, dict(base, **{sk: v2}), [base, dict(base, **{sk: v2})],
               "pair", base=bid)
    # one char dropped in the middle (length changes)
    v3 = sv[: n // 2] + sv[n // 2 + 1:]
    r233_J("qv", "code_drop_%s_%d" % (kind, n), lp(v3), sch, dict(base, **{sk: v3}), [base, dict(base, **{sk: v3})], "pair", base=bid)
    # the same value, a different id near the start, stale id from the model
    id2 = ident[:-1] + str((int(ident[-1]) + 1) % 10)
    r233_J("qv", "code_id_%s_%d" % (kind, n), lp(sv, id2), sch, dict(base, **{idk: id2}), [base, dict(base, **{idk: id2})],
           "pair", base=bid)
    # singles: the model's value has one char wrong in the middle / is cut short / two chars transposed
    sv4 = seq(n, lr, kind)
    ident4 = ident[:-2] + "%02d" % lr.randint(0, 99)
    rec4 = {idk: ident4, sk: sv4, other[0]: who}
    p4 = "%s\n\n%s: %s\n%s: %s\n%s: %s\n" % (instr, idl, ident4, sl, sv4, other[1], who)
    k = n // 2
    w4 = dict(rec4, **{sk: flip(sv4, k, lr, kind)})
    r233_J("qsg", "code_single_flip_%s_%d" % (kind, n), p4, sch, rec4, [w4, rec4], "single")
    sv5 = seq(n, lr, kind)
    rec5 = dict(rec4, **{sk: sv5})
    p5 = "%s\n\n%s: %s\n%s: %s\n%s: %s\n" % (instr, idl, ident4, sl, sv5, other[1], who)
    kk = n // 2
    while sv5[kk] == sv5[kk + 1]:
        kk += 1
    w5 = dict(rec5, **{sk: sv5[:kk] + sv5[kk + 1] + sv5[kk] + sv5[kk + 2:]})
    r233_J("qsg", "code_single_transpose_%s_%d" % (kind, n), p5, sch, rec5, [w5, rec5], "single")
    sv6 = seq(n, lr, kind)
    rec6 = dict(rec4, **{sk: sv6})
    p6 = "%s\n\n%s: %s\n%s: %s\n%s: %s\n" % (instr, idl, ident4, sl, sv6, other[1], who)
    w6 = dict(rec6, **{sk: sv6[:-1]})
    r233_J("qsg", "code_single_cut_%s_%d" % (kind, n), p6, sch, rec6, [w6, rec6], "single")

# ------------------------------------------------------------------ PART 9: equations after a neutral preamble
NEUTRAL = ["I have been stuck on this one for a while.", "My teacher says we should always check our answer.",
           "I tried it twice and got confused both times.", "Please go slowly so I can follow.",
           "We are doing linear equations this week.", "I think I made a mistake somewhere but I cannot find it."]
for gi in range(22):
    a = rng.randint(2, 9)
    x = rng.randint(2, 15)
    b = rng.randint(1, 30)
    c = a * x + b
    reps = [1, 5, 20, 60, 150][gi % 5]
    pre = " ".join(NEUTRAL[(i * 7 + gi) % len(NEUTRAL)] for i in range(reps))

    def np_(a_, b_, c_):
        return "%s\n\nSolve for x: %dx + %d = %d. Show each step." % (pre, a_, b_, c_)

    def work(a_, b_, c_):
        return "%dx + %d = %d\n%dx = %d\nx = %d" % (a_, b_, c_, a_, c_ - b_, (c_ - b_) // a_)
    bid = r233_E("nb", "eq_neutral_base_%d" % reps, np_(a, b, c), "x", x, [work(a, b, c)], "pair")
    x2 = x + 1
    c2 = a * x2 + b
    r233_E("nv", "eq_neutral_c_%d" % reps, np_(a, b, c2), "x", x2, [work(a, b, c), work(a, b, c2)], "pair", base=bid)
    b3 = b + 2
    r233_E("nv", "eq_neutral_b_%d" % reps, np_(a, b3, a * x + b3), "x", x, [work(a, b, c), work(a, b3, a * x + b3)], "pair",
           base=bid)
    a4 = a + 1
    c4 = a4 * x + b
    r233_E("nv", "eq_neutral_a_%d" % reps, np_(a4, b, c4), "x", x, [work(a, b, c), work(a4, b, c4)], "pair", base=bid)
    r233_E("ns", "eq_neutral_safe_%d" % reps, np_(a, b, c).replace("Show each step.", "Show each step please."), "x", x,
           [work(a, b, c)], "safe", safe=True, base=bid)
    a5, x5, b5 = rng.randint(2, 9), rng.randint(2, 15), rng.randint(1, 30)
    c5 = a5 * x5 + b5
    wrong = "%dx + %d = %d\n%dx = %d\nx = %d" % (a5, b5, c5, a5, c5 - b5 + a5, x5 + 1)
    r233_E("nsg", "eq_neutral_single_slip_%d" % reps, np_(a5, b5, c5), "x", x5, [wrong, work(a5, b5, c5)], "single")

# Confirmed alone: nothing from the cache (r233_found_alone and r233_arguable stay empty). The wrong answers served
# FRESH (path=skip, both runs) are kept apart in r233_fresh_wrong (and listed in known_wrong.txt).
r233_fresh_wrong = {'d233-t2v-480', 'd233-t2v-481', 'd233-t2v-484', 'd233-t2v-485', 'd233-t2v-492', 'd233-t2v-493', 'd233-t2v-500', 'd233-t2v-501', 'd233-t2v-512', 'd233-t2v-513', 'd233-t2v-524', 'd233-t2v-525', 'd233-t2v-528', 'd233-t2v-529', 'd233-t2v-548', 'd233-t2v-549', 'd233-t2v-556', 'd233-t2v-557'}
# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing was found from the cache; every 10th safe variant, every
# 30th of the rest (1,444 generated, 9.7 MB of prompts) and the fresh wrong answers above (open: two drafts, the later
# one asked for), each with the base of its pair.
from probe_kit import sample_round as r233_sample_round  # noqa: E402

r233_all = list(P)
r233_sample_round("d233-", r233_fresh_wrong, 30, safe_every=10)
r233_keep = {r233_p["id"] for r233_p in P if r233_p["id"].startswith("d233-")}
r233_keep |= {r233_meta[r233_i]["base"] for r233_i in list(r233_keep) if r233_meta.get(r233_i, {}).get("base")}
P[:] = [r233_p for r233_p in r233_all if not r233_p["id"].startswith("d233-") or r233_p["id"] in r233_keep]
