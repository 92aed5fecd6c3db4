r"""Red-team round 217 (black box): INVISIBLE AND LOOK-ALIKE CHARACTERS, both tasks, both directions (stored plain /
variant odd, stored odd / variant plain).
2,838 probes (seeded random.Random(217); each family trimmed to 11 variants/singles, seeded, plus the bases they need):
1,167 bases, 1,429 pair variants, 209 singles, 33 safe; 1,184 json_extract, 1,654 linear_equation. Its tester served
only this round's probes.
JSON (schema name/age/city, or name/postcode/phone; layouts "Name: ..", other labels "Full name - / Years: /
  Hometown:", prose, a sentence with "(age)", three records picked by ID, "Name - .."):
  J1 the variant's CHANGED age written oddly (ZW/ZWNJ/ZWJ/WJ/SHY/BOM/LRM/RLM inside, full-width, one full-width digit,
     math bold/sans, RLM..LRM around, combining enclosing circle, trailing ZWSP, leading BOM), stale first answer;
  J2 the variant's changed name/city gets a visible accent, NFD (Ko\u0308ln, Lo\u0301dz\u0301, Tromso\u0338) or NFC;
  J3 the reverse (stored NFD/NFC accent, variant plain); J4 a changed city written partly in Cyrillic, the same city
     in look-alikes (arguable), a changed surname with SHY/ZW inside; J5 odd LABELS (A\u00adge, Ag\u200be, Cyrillic/Greek
     A, full-width, BOM/WJ before, RLM after, C\u0131ty, Cit\u0443, Ci\u200dty) with a changed value, both directions;
  J6 two records told apart only by Cyrillic look-alike letters in the name (arguable); J7 singles: plain request,
     the model's first answer carries ZWSP (end/middle), SHY, BOM, ZWJ, LRM, one Cyrillic or Greek letter, full-width
     letters, NFD (arguable) or stripped accents; J8 postcodes as strings: model's "4O37"/"4l50"/full-width/math
     bold/ZW copy (singles) and a changed postcode written with ZW/SHY/full-width/math bold (pairs).
EQUATIONS ("Solve for x: ax + b = c. Show each step." and 4 other templates):
  E1 the changed right side/coefficient written with a full-width or math-bold digit, enclosing circle, combining
     stroke, ZW/ZWNJ/ZWJ/WJ/SHY/BOM/LRM/RLM inside; E2 the variable as Cyrillic х, math italic 𝑥, full-width ｘ, Greek
     χ, bold 𝐱, "×" (changed number; plain "Solve for x" with a look-alike in the equation; the reverse; safe: same
     numbers); E3 a changed sign written with RLM/LRM/ALM/ZWSP/WJ/SHY beside "-", U+2010, U+FF0D, U+FE63, U+2212, and
     negative right sides so written; E4 singles whose working has ZW/SHY/RLM/full-width/math-bold numbers, a
     Cyrillic-х line or a wrong final value.
REFINEMENT (R2): R2a two members change at once, one plain (licensed rewrite) and one odd (SHY/ZW/Cyrillic/NFD/WJ/
  BOM/LRM/full-width), in city or surname; stored odd city with only the age changed (kept odd copy); stored odd city
  and the variant plain (stale odd copy would be wrong). R2b combining overline/underline/dot/acute, keycap, VS15/
  VS16, CGJ, tag digit on a digit of a changed age or right side. R2c another variable's look-alike (Cyrillic у/а/р/
  с/т, Greek ν) for y/a/p/c/t/v, both directions, number changed. R2d stored U+2212/U+2013 minus, variant plain sign
  flipped or number changed; an en dash range "problems 3–5" in the prose.
HELD (all of it): 0 wrong answers from the cache in run 1 and run 2 (whole round, one SQLite store). Of the 1,671
  variants/singles/safe, 527 (run 1) and 547 (run 2) were served on the reuse or patch path (300 JSON, 227/247
  equations), all right: NFD/NFC and look-alike values are copied byte-exact by the licensed rewrite ("City:
  Ko\u0308ln" -> "Ko\u0308ln"; "City: Рortо" (Cyrillic) -> the Cyrillic copy; stored "Bogota\u0301", variant "Bogota"
  -> "Bogota"); two members changed (one odd) are both rewritten or regenerated; stored look-alike variables give
  right plain-variable answers (stored "Solve for у: …", variant "Solve for y: 2y + 15 = 33" -> "y = 9"). Every odd
  number in a changed value (J1, J8, R2b: 110 + 55 + 54 variants) was refused or (BOM/LRM/RLM beside it, trailing
  ZWSP: 17 of J1) answered right fresh and not stored ("75 does not occur in the source text; the text states age:
  7\u200c5"; in equations "the request asks for more than the variable's value (the character "\u200b" …)"); an odd
  "Age" label with a changed value was refused (11/11), an odd "City" label answered right fresh (11/11), the reverse
  (stored odd label, variant plain) reused right (22/22); every look-alike variable in an equation (E2, R2c
  plain->odd) gives "the equation has no variable", a clear error; in the singles with an odd model answer (J7, J8:
  121 + 11) the odd first answer was never served ("not stored: the model gave a value again that failed reuse"),
  the later right one was (116) or the request refused (16); E4 singles' odd working was rejected and the right
  answer served. Safe variants (same equation, look-alike variable): 0/33 reused, all
  refused (right answers lost, not wrong).
WHAT GOT THROUGH FROM THE CACHE: nothing. r217_found_alone is empty.
WRONG BUT FRESH (path=skip, never stored; these 11 and their bases alone, 22 probes, fresh store:
  11 in run 1, 11 in run 2, all path=skip "no cached candidate"): (J6, ARGUABLE) "…two customers share a name, take
  ID 7. / ID 6: Noah Silva, 24, Parma / ID 7: Nоаh Silvа (Cyrillic о, а), 34, Turku" -> {"name": "Noah Silva", "age":
  34, "city": "Turku"}: the Latin name of ID 6 accepted for ID 7 (looks the same on screen; bytes from the other
  record). 11 of 11 in the round (run 1 and run 2).
Counts from the cache: whole round 0 / 0 (run 1 / run 2); alone 0 / 0 (nothing to confirm); clear 0, arguable 0.
Adds its probes to probe_kit.P."""
import json
import random as r217_random

from probe_kit import P, S, J, E  # noqa: F401

r217_rng = r217_random.Random(217)
r217_found_alone = set()  # wrong answers served from the cache, confirmed alone: none
r217_arguable = set()  # probes whose right answer is one reading of an ambiguous request (none served from the cache)
# wrong answers served FRESH (path=skip, never reused in run 2)
r217_fresh_wrong = {"d217-pa-2228", "d217-pa-2234", "d217-pa-2238", "d217-pa-2244", "d217-pa-2248", "d217-pa-2250",
                    "d217-pa-2260", "d217-pa-2262", "d217-pa-2268", "d217-pa-2276", "d217-pa-2302"}
r217_n = [0]
r217_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r217_bases = {}   # prompt -> id
r217_need = {}    # variant id -> base id

ZW = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "shy": "\u00ad", "bom": "\ufeff",
      "lrm": "\u200e", "rlm": "\u200f"}
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
       "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
GRK = {"o": "\u03bf", "A": "\u0391", "B": "\u0392", "E": "\u0395", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
       "i": "\u03b9", "v": "\u03bd", "x": "\u03c7"}


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def mbold(s):
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def msans(s):
    return "".join(chr(0x1D7EC + int(c)) if c.isdigit() else c for c in s)


def r217_nid(tag):
    r217_n[0] += 1
    return "d217-%s-%d" % (tag, r217_n[0])


def r217_jbase(fam, prompt, sch, exp):
    if prompt in r217_bases:
        return r217_bases[prompt]
    bid = r217_nid("b")
    J(bid, "r217_" + fam + "_base", prompt, sch, exp, [json.dumps(exp, ensure_ascii=False)])
    r217_bases[prompt] = bid
    r217_counts["base"] += 1
    return bid


def r217_jpair(fam, bprompt, bexp, vprompt, vexp, sch, first=None, arg=False, safe=False):
    bid = r217_jbase(fam, bprompt, sch, bexp)
    vid = r217_nid("sf" if safe else ("pa" if arg else "p"))
    if safe:
        J(vid, "r217_" + fam + "_safe", vprompt, sch, vexp, [json.dumps(vexp, ensure_ascii=False)], safe=True)
        r217_counts["safe"] += 1
    else:
        f = first if first is not None else bexp
        J(vid, "r217_" + fam + ("_arguable" if arg else ""), vprompt, sch, vexp,
          [json.dumps(f, ensure_ascii=False), json.dumps(vexp, ensure_ascii=False)])
        r217_counts["pair"] += 1
        if arg:
            r217_arguable.add(vid)
    r217_need[vid] = bid
    return vid


def r217_jsingle(fam, prompt, sch, exp, mis, arg=False):
    sid = r217_nid("sa" if arg else "s")
    J(sid, "r217_" + fam + "_single" + ("_arguable" if arg else ""), prompt, sch, exp,
      [json.dumps(mis, ensure_ascii=False), json.dumps(exp, ensure_ascii=False),
       json.dumps(exp, ensure_ascii=False)])
    r217_counts["single"] += 1
    if arg:
        r217_arguable.add(sid)
    return sid


# ------------------------------------------------------------------ JSON material
FIRST = ["Ana", "Jose", "Maria", "Lukas", "Zoe", "Noah", "Emma", "Ivan", "Sara", "Omar", "Lena", "Paulo", "Rosa",
         "Hugo", "Nina", "Tomas", "Elena", "Marco", "Ines", "Karl"]
LAST = ["Silva", "Muller", "Costa", "Berg", "Novak", "Rossi", "Moreau", "Olsen", "Garcia", "Petrov", "Lind",
        "Santos", "Weber", "Kowalski", "Haas"]
CITY = ["Porto", "Oslo", "Braga", "Bergen", "Lyon", "Malmo", "Bogota", "Cadiz", "Sevilla", "Turku", "Graz",
        "Parma", "Split", "Lodz", "Zurich", "Koln", "Aarhus", "Gent", "Tromso", "Evora"]
# plain -> NFD with a visible accent (the variant's value, copied byte-exact)
NFDMAP = {"Jose": "Jose\u0301", "Zoe": "Zoe\u0308", "Ines": "Ine\u0300s", "Tomas": "Toma\u0301s",
          "Elena": "Ele\u0301na", "Muller": "Mu\u0308ller", "Malmo": "Malmo\u0308", "Bogota": "Bogota\u0301",
          "Cadiz": "Ca\u0301diz", "Lodz": "Lo\u0301dz\u0301", "Zurich": "Zu\u0308rich", "Koln": "Ko\u0308ln",
          "Tromso": "Tromso\u0338", "Evora": "E\u0301vora", "Sevilla": "Sevi\u0303lla", "Garcia": "Garci\u0301a",
          "Santos": "San\u0303tos", "Novak": "Nova\u0301k", "Olsen": "O\u0308lsen", "Lind": "Li\u0308nd"}
NFCMAP = {k: __import__("unicodedata").normalize("NFC", v) for k, v in NFDMAP.items()}

SCH = S({"name": "string", "age": "integer", "city": "string"})
SCH2 = S({"name": "string", "age": "integer", "city": "string"},
         desc={"name": "full name", "age": "age in years", "city": "city of residence"})
SCHZ = S({"name": "string", "postcode": "string", "phone": "string"})


def render(style, name, age, city, extra=None):
    """extra: list of other-record lines (several records)."""
    if style == "lab":
        t = "Name: %s\nAge: %s\nCity: %s" % (name, age, city)
        return "Extract the person's details as JSON.\n\n" + t + "\n"
    if style == "other":
        t = "Full name - %s\nYears: %s\nHometown: %s" % (name, age, city)
        return "Pull the person's details from this form as JSON.\n\n" + t + "\n"
    if style == "prose":
        return ("Extract the person's details as JSON.\n\n%s is %s years old and lives in %s. "
                "She moved there last spring.\n" % (name, age, city))
    if style == "prose2":
        return ("Extract the person's details as JSON.\n\nOur new volunteer, %s (%s), "
                "comes from %s and starts Monday.\n" % (name, age, city))
    if style == "multi":
        o = extra or ("Karl Haas", "63", "Graz")
        return ("Extract the person's details as JSON. Use the record with ID C-12.\n\n"
                "ID C-11 | %s | %s | %s\nID C-12 | %s | %s | %s\nID C-13 | Rosa Lind | 29 | Split\n"
                % (o[0], o[1], o[2], name, age, city))
    if style == "json":
        return ("Extract the person's details as JSON.\n\nName - %s\nAge - %s\nCity - %s\n" % (name, age, city))
    raise ValueError(style)


STYLES = ["lab", "other", "prose", "prose2", "multi", "json"]


def rec():
    f = r217_rng.choice(FIRST)
    l = r217_rng.choice(LAST)
    return f, l, r217_rng.randint(19, 78), r217_rng.choice(CITY)


def newage(a):
    b = a
    while b == a or b < 10 or b > 99:
        b = a + r217_rng.choice([-11, -10, -9, -2, -1, 1, 2, 9, 10, 11, 20])
    return b


def hidden_num(n, k):
    s = str(n)
    return s[:1] + ZW[k] + s[1:]


def gen_json():
    # Part J1: stored plain / variant's CHANGED age written oddly (hidden char, fullwidth, math digits, bidi)
    odd_num = [("zw", lambda n: hidden_num(n, r217_rng.choice(list(ZW)))),
               ("fw", lambda n: fw(str(n))), ("fwmix", lambda n: str(n)[0] + fw(str(n)[1])),
               ("mb", lambda n: mbold(str(n))), ("ms", lambda n: msans(str(n))),
               ("rlm", lambda n: "\u200f" + str(n) + "\u200e"), ("lrm", lambda n: "\u200e" + str(n)),
               ("circ", lambda n: str(n)[0] + "\u20dd" + str(n)[1:]), ("tailzw", lambda n: str(n) + "\u200b"),
               ("bomlead", lambda n: "\ufeff" + str(n))]
    for style in STYLES:
        for tag, f in odd_num:
            for _ in range(5):
                fn, ln, a, c = rec()
                nm = fn + " " + ln
                b = newage(a)
                bp = render(style, nm, a, c)
                vp = render(style, nm, f(b), c)
                # right: the visible number; circled/enclosed digit ambiguous -> arguable
                r217_jpair("j1" + tag, bp, {"name": nm, "age": a, "city": c}, vp, {"name": nm, "age": b, "city": c},
                           SCH, arg=(tag == "circ"))
    # Part J2: stored plain / variant's changed string gets a visible accent by a combining mark (NFD) or NFC
    for style in STYLES:
        for k in list(NFDMAP):
            for form in ("nfd", "nfc"):
                fn, ln, a, c = rec()
                m = NFDMAP if form == "nfd" else NFCMAP
                if k in FIRST:
                    fn = k
                elif k in LAST:
                    ln = k
                else:
                    c = k
                nm = fn + " " + ln
                vfn, vln, vc = (m.get(fn, fn), m.get(ln, ln), m.get(c, c))
                # only one of them changed: keep the chosen k
                if k == fn:
                    vln, vc = ln, c
                elif k == ln:
                    vfn, vc = fn, c
                else:
                    vfn, vln = fn, ln
                vnm = vfn + " " + vln
                bp = render(style, nm, a, c)
                vp = render(style, vnm, a, vc)
                r217_jpair("j2" + form, bp, {"name": nm, "age": a, "city": c}, vp,
                           {"name": vnm, "age": a, "city": vc}, SCH)
    # Part J3: reverse: stored NFD/NFC accented (or odd) value / variant plain (accent removed)
    for style in STYLES:
        for k in list(NFDMAP):
            for form in ("nfd", "nfc"):
                fn, ln, a, c = rec()
                m = NFDMAP if form == "nfd" else NFCMAP
                if k in FIRST:
                    fn = k
                elif k in LAST:
                    ln = k
                else:
                    c = k
                ofn = m[fn] if k == fn else fn
                oln = m[ln] if k == ln else ln
                oc = m[c] if k == c else c
                bp = render(style, ofn + " " + oln, a, oc)
                vp = render(style, fn + " " + ln, a, c)
                r217_jpair("j3" + form, bp, {"name": ofn + " " + oln, "age": a, "city": oc}, vp,
                           {"name": fn + " " + ln, "age": a, "city": c}, SCH)
    # Part J4: stored plain / variant's changed string written with look-alike letters so it reads as another
    # visible word (Cyrillic/Greek for a changed letter): "Porto" -> "Pоrtо"? invisible (arguable) and
    # visible changes hidden among look-alikes: "Lyon" -> "Lуоn"(arg) ; "Braga" -> "Вraga"(arg)
    def cyr(s):
        return "".join(CYR.get(ch, ch) if r217_rng.random() < 0.7 else ch for ch in s)
    for style in STYLES:
        for _ in range(12):
            fn, ln, a, c = rec()
            nm = fn + " " + ln
            c2 = r217_rng.choice([x for x in CITY if x != c])
            oc = cyr(c2)
            if oc == c2:
                oc = c2[0] + CYR.get(c2[1], c2[1]) + c2[2:]
            # visible change to another city written partly in Cyrillic: right is the copy
            r217_jpair("j4cyr", render(style, nm, a, c), {"name": nm, "age": a, "city": c},
                       render(style, nm, a, oc), {"name": nm, "age": a, "city": oc}, SCH)
            # invisible change: same city in look-alikes: stale plain is byte-wrong -> arguable
            oc2 = cyr(c)
            if oc2 != c:
                r217_jpair("j4same", render(style, nm, a, c), {"name": nm, "age": a, "city": c},
                           render(style, nm, a, oc2), {"name": nm, "age": a, "city": oc2}, SCH, arg=True)
            # hidden char inside a changed name: "Ana Si\u00adlva" -> "Ana Co\u00adsta"
            ln2 = r217_rng.choice([x for x in LAST if x != ln])
            z = r217_rng.choice(["\u00ad", "\u200b", "\u200d", "\u2060", "\u200c"])
            vn = fn + " " + ln2[:2] + z + ln2[2:]
            r217_jpair("j4zwname", render(style, nm, a, c), {"name": nm, "age": a, "city": c},
                       render(style, vn, a, c), {"name": vn, "age": a, "city": c}, SCH, arg=True,
                       first={"name": nm, "age": a, "city": c})
    # Part J5: odd LABELS with a changed value (Ci\u00adty, А(Cyr)ge, fullwidth Ａge, Ag\u200be, NFD Âge?)
    labs_age = ["A\u00adge", "Ag\u200be", "\u0410ge", "\uff21ge", "\u2060Age", "\ufeffAge", "Age\u200f",
                "\u0391ge", "A\u0261e"]
    labs_city = ["Ci\u00adty", "C\u0131ty", "\u0421ity", "City\u200b", "\uff23ity", "Cit\u0443", "Ci\u200dty"]
    for lab in labs_age:
        for _ in range(6):
            fn, ln, a, c = rec()
            nm = fn + " " + ln
            b = newage(a)
            bp = "Extract the person's details as JSON.\n\nName: %s\nAge: %d\nCity: %s\n" % (nm, a, c)
            vp = "Extract the person's details as JSON.\n\nName: %s\n%s: %d\nCity: %s\n" % (nm, lab, b, c)
            r217_jpair("j5age", bp, {"name": nm, "age": a, "city": c}, vp, {"name": nm, "age": b, "city": c}, SCH)
            # reverse: stored odd label, variant plain label with another age
            r217_jpair("j5ager", vp, {"name": nm, "age": b, "city": c}, bp, {"name": nm, "age": a, "city": c}, SCH)
    for lab in labs_city:
        for _ in range(6):
            fn, ln, a, c = rec()
            nm = fn + " " + ln
            c2 = r217_rng.choice([x for x in CITY if x != c])
            bp = "Extract the person's details as JSON.\n\nName: %s\nAge: %d\nCity: %s\n" % (nm, a, c)
            vp = "Extract the person's details as JSON.\n\nName: %s\nAge: %d\n%s: %s\n" % (nm, a, lab, c2)
            r217_jpair("j5city", bp, {"name": nm, "age": a, "city": c}, vp, {"name": nm, "age": a, "city": c2}, SCH)
            r217_jpair("j5cityr", vp, {"name": nm, "age": a, "city": c2}, bp, {"name": nm, "age": a, "city": c}, SCH)
    # Part J6: two records told apart only by look-alikes / hidden chars (the asked one changes)
    for _ in range(40):
        fn, ln, a, c = rec()
        b = newage(a)
        c2 = r217_rng.choice([x for x in CITY if x != c])
        nm = fn + " " + ln
        odd = "".join(CYR.get(ch, ch) for ch in nm)
        if odd == nm:
            continue
        pr1 = ("Extract the person's details as JSON: two customers share a name, take ID 7.\n\nID 6: %s, %d, %s\n"
               "ID 7: %s, %d, %s\n" % (odd, a, c, nm, b, c2))
        pr2 = ("Extract the person's details as JSON: two customers share a name, take ID 7.\n\nID 6: %s, %d, %s\n"
               "ID 7: %s, %d, %s\n" % (nm, a, c, odd, b, c2))
        r217_jpair("j6", pr1, {"name": nm, "age": b, "city": c2}, pr2, {"name": odd, "age": b, "city": c2}, SCH,
                   arg=True)
    # Part J7: singles: plain request, the model's first answer carries a hidden or look-alike character
    def mis_str(s, kind):
        if kind == "zwtail":
            return s + "\u200b"
        if kind == "zwmid":
            return s[:2] + "\u200b" + s[2:]
        if kind == "shy":
            return s[:3] + "\u00ad" + s[3:]
        if kind == "bom":
            return "\ufeff" + s
        if kind == "zwj":
            return s[:1] + "\u200d" + s[1:]
        if kind == "cyr":
            for i, ch in enumerate(s):
                if ch in CYR:
                    return s[:i] + CYR[ch] + s[i + 1:]
            return s + "\u200b"
        if kind == "grk":
            for i, ch in enumerate(s):
                if ch in GRK:
                    return s[:i] + GRK[ch] + s[i + 1:]
            return s + "\u200c"
        if kind == "fw":
            return s[0] + fw(s[1:3]) + s[3:]
        if kind == "lrm":
            return "\u200e" + s
        if kind == "nfd":
            return s  # handled separately
        raise ValueError(kind)
    kinds = ["zwtail", "zwmid", "shy", "bom", "zwj", "cyr", "grk", "fw", "lrm"]
    for style in STYLES:
        for kind in kinds:
            for _ in range(4):
                fn, ln, a, c = rec()
                nm = fn + " " + ln
                exp = {"name": nm, "age": a, "city": c}
                field = r217_rng.choice(["name", "city"])
                mis = dict(exp)
                mis[field] = mis_str(exp[field], kind)
                if mis[field] == exp[field]:
                    continue
                r217_jsingle("j7" + kind, render(style, nm, a, c), SCH2, exp, mis)
        # NFC source, NFD answer and back (arguable: canonically equal)
        for k in list(NFCMAP)[:10]:
            fn, ln, a, c = rec()
            if k in FIRST:
                fn = NFCMAP[k]
            elif k in LAST:
                ln = NFCMAP[k]
            else:
                c = NFCMAP[k]
            nm = fn + " " + ln
            exp = {"name": nm, "age": a, "city": c}
            import unicodedata as ud
            mis = {"name": ud.normalize("NFD", nm), "age": a, "city": ud.normalize("NFD", c)}
            r217_jsingle("j7nfd", render(style, nm, a, c), SCH2, exp, mis, arg=True)
            # accent dropped (clear)
            mis2 = {"name": ud.normalize("NFKD", nm).encode("ascii", "ignore").decode(), "age": a,
                    "city": ud.normalize("NFKD", c).encode("ascii", "ignore").decode()}
            r217_jsingle("j7strip", render(style, nm, a, c), SCH2, exp, mis2)
    # Part J8: postcode / phone as strings: digits with look-alikes in the answer or the request
    for _ in range(60):
        fn, ln = r217_rng.choice(FIRST), r217_rng.choice(LAST)
        pc = "%04d" % r217_rng.randint(1000, 9999)
        ph = "+351 9%02d %03d %03d" % (r217_rng.randint(10, 99), r217_rng.randint(100, 999), r217_rng.randint(100, 999))
        pr = "Get the contact details as JSON.\n\nName: %s %s\nPostcode: %s\nPhone: %s\n" % (fn, ln, pc, ph)
        exp = {"name": fn + " " + ln, "postcode": pc, "phone": ph}
        k = r217_rng.choice(["O", "l", "fw", "zw", "mb"])
        if k == "O" and "0" in pc:
            bad = pc.replace("0", "O", 1)
        elif k == "l" and "1" in pc:
            bad = pc.replace("1", "l", 1)
        elif k == "fw":
            bad = pc[:2] + fw(pc[2:])
        elif k == "mb":
            bad = mbold(pc)
        else:
            bad = pc[:2] + "\u200b" + pc[2:]
        mis = dict(exp)
        mis["postcode"] = bad
        r217_jsingle("j8pc", pr, SCHZ, exp, mis)
        # pair: variant's postcode changed and written with a hidden char / fullwidth digit
        pc2 = "%04d" % (int(pc) + r217_rng.choice([1, 9, 10, 100, -1, -10]))
        for form in ("zw", "fw", "shy", "mb"):
            vpc = {"zw": pc2[:2] + "\u200b" + pc2[2:], "fw": pc2[:3] + fw(pc2[3]), "shy": pc2[:2] + "\u00ad" + pc2[2:],
                   "mb": mbold(pc2)}[form]
            vpr = "Get the contact details as JSON.\n\nName: %s %s\nPostcode: %s\nPhone: %s\n" % (fn, ln, vpc, ph)
            # right answer: the visible digits as ASCII (a copy with the odd character is arguable)
            r217_jpair("j8pc" + form, pr, exp, vpr, {"name": fn + " " + ln, "postcode": pc2, "phone": ph}, SCHZ,
                       arg=(form in ("fw", "mb")))


# ------------------------------------------------------------------ equations
def steps(a, b, d, v="x", eqt=None):
    lines = [eqt or "%d%s + %d = %d" % (a, v, b, d), "%d%s = %d" % (a, v, d - b), "%s = %d" % (v, (d - b) // a)]
    return "\n".join(lines)


VARS_ODD = {"cyr": "\u0445", "mi": "\U0001d465", "fw": "\uff58", "chi": "\u03c7", "mb": "\U0001d431",
            "times": "\u00d7"}


def r217_ebase(fam, prompt, var, val, ans):
    if prompt in r217_bases:
        return r217_bases[prompt]
    bid = r217_nid("eb")
    E(bid, "r217_" + fam + "_base", prompt, var, str(val), [ans])
    r217_bases[prompt] = bid
    r217_counts["base"] += 1
    return bid


def r217_epair(fam, bp, bvar, bval, bans, vp, vvar, vval, vfirst, vans, arg=False, safe=False):
    bid = r217_ebase(fam, bp, bvar, bval, bans)
    vid = r217_nid("esf" if safe else ("epa" if arg else "ep"))
    if safe:
        E(vid, "r217_" + fam + "_safe", vp, vvar, str(vval), [vans], safe=True)
        r217_counts["safe"] += 1
    else:
        E(vid, "r217_" + fam + ("_arguable" if arg else ""), vp, vvar, str(vval), [vfirst, vans])
        r217_counts["pair"] += 1
        if arg:
            r217_arguable.add(vid)
    r217_need[vid] = bid
    return vid


TPL = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} for {v}, step by step.", "Please solve {eq}",
       "Find {v} if {eq}. Explain each step.", "{eq}\nSolve for {v}."]


def gen_eq():
    def numodd(n, k):
        s = str(n)
        if k == "fw":
            return s[:-1] + fw(s[-1])
        if k == "mb":
            return mbold(s)
        if k == "circ":
            return s[:-1] + s[-1] + "\u20dd"
        if k == "stroke":
            return s[:-1] + s[-1] + "\u0338"
        if k in ZW:
            return s[:1] + ZW[k] + s[1:] if len(s) > 1 else ZW[k] + s
        raise ValueError(k)
    # E1: stored plain / variant's changed number written oddly (rhs or constant), stale first answer
    for t in TPL:
        for k in ["fw", "mb", "circ", "stroke"] + list(ZW):
            for _ in range(4):
                a = r217_rng.randint(2, 9)
                x = r217_rng.randint(2, 12)
                b = r217_rng.randint(1, 19)
                d = a * x + b
                x2 = x + r217_rng.choice([1, 2, 3])
                d2 = a * x2 + b
                beq = "%dx + %d = %d" % (a, b, d)
                veq = "%dx + %d = %s" % (a, b, numodd(d2, k))
                r217_epair("e1" + k, t.format(v="x", eq=beq), "x", x, steps(a, b, d),
                           t.format(v="x", eq=veq), "x", x2, steps(a, b, d, eqt=veq) if False else steps(a, b, d),
                           steps(a, b, d2), arg=(k in ("circ", "stroke")))
                # the changed coefficient written oddly
                a2 = a + 1
                d3 = a2 * x + b
                veq2 = "%sx + %d = %d" % (numodd(a2, k) if k in ("fw", "mb") else str(a2)[:0] + ZW.get(k, "") + str(a2),
                                          b, d3)
                if k in ("circ", "stroke"):
                    continue
                r217_epair("e1c" + k, t.format(v="x", eq=beq), "x", x, steps(a, b, d), t.format(v="x", eq=veq2),
                           "x", x, steps(a, b, d).replace("%d = " % x, "%d = " % x),
                           steps(a2, b, d3), arg=False) if False else None
                # coefficient change with stale answer whose value differs: use d kept, x changes
                if (d - b) % a2 == 0:
                    x3 = (d - b) // a2
                    veq3 = "%sx + %d = %d" % (numodd(a2, k) if k in ("fw", "mb") else ZW.get(k, "") + str(a2), b, d)
                    r217_epair("e1c" + k, t.format(v="x", eq=beq), "x", x, steps(a, b, d), t.format(v="x", eq=veq3),
                               "x", x3, steps(a, b, d), steps(a2, b, d))
    # E2: the variable written as a look-alike (Cyrillic х, math italic 𝑥, fullwidth ｘ, Greek χ, bold 𝐱),
    #     with the number changed (stale answer) -- and the same equation (safe)
    for t in TPL:
        for vk, vv in VARS_ODD.items():
            for _ in range(5):
                a = r217_rng.randint(2, 9)
                x = r217_rng.randint(2, 12)
                b = r217_rng.randint(1, 19)
                d = a * x + b
                x2 = x + r217_rng.choice([1, 2, -1])
                d2 = a * x2 + b
                beq = "%dx + %d = %d" % (a, b, d)
                veq = "%d%s + %d = %d" % (a, vv, b, d2)
                r217_epair("e2" + vk, t.format(v="x", eq=beq), "x", x, steps(a, b, d),
                           t.format(v=vv, eq=veq), vv, x2, steps(a, b, d), steps(a, b, d2, v=vv),
                           arg=(vk == "times"))
                # variable named plain in the question, look-alike in the equation (mixed)
                veqm = "%d%s + %d = %d" % (a, vv, b, d2)
                r217_epair("e2m" + vk, t.format(v="x", eq=beq), "x", x, steps(a, b, d),
                           t.format(v="x", eq=veqm), "x", x2, steps(a, b, d), steps(a, b, d2), arg=True)
                # reverse: stored look-alike variable, variant plain with changed number
                r217_epair("e2r" + vk, t.format(v=vv, eq="%d%s + %d = %d" % (a, vv, b, d)), vv, x,
                           steps(a, b, d, v=vv), t.format(v="x", eq="%dx + %d = %d" % (a, b, d2)), "x", x2,
                           steps(a, b, d, v=vv), steps(a, b, d2))
                # safe: same numbers, look-alike variable
                if vk in ("cyr", "mi", "fw"):
                    r217_epair("e2s" + vk, t.format(v="x", eq=beq), "x", x, steps(a, b, d),
                               t.format(v=vv, eq="%d%s + %d = %d" % (a, vv, b, d)), vv, x, None,
                               steps(a, b, d, v=vv), safe=True)
    # E3: direction marks / hidden chars around the sign that changes (+ -> -), and a look-alike minus
    for t in TPL:
        for sk, sgn in [("rlm", "\u200f-"), ("lrm", "\u200e-"), ("zwsp", "\u200b-"), ("alm", "\u061c-"),
                        ("wj", "-\u2060"), ("shy", "\u00ad-"), ("hyph", "\u2010"), ("fwminus", "\uff0d"),
                        ("small", "\ufe63"), ("minus", "\u2212")]:
            for _ in range(4):
                a = r217_rng.randint(2, 9)
                x = r217_rng.randint(3, 12)
                b = r217_rng.randint(1, 9)
                d = a * x + b
                beq = "%dx + %d = %d" % (a, b, d)
                # variant: a x - b = d  -> x = (d + b)/a (make integer)
                d2 = a * (x + 1) - b
                veq = "%dx %s %d = %d" % (a, sgn, b, d2)
                ans2 = "%s\n%dx = %d\nx = %d" % (veq.replace(sgn, "-"), a, d2 + b, x + 1)
                r217_epair("e3" + sk, t.format(v="x", eq=beq), "x", x, steps(a, b, d), t.format(v="x", eq=veq),
                           "x", x + 1, steps(a, b, d), ans2)
                # negative rhs with an odd minus beside a mark
                d3 = a * (-x) + b
                veq3 = "%dx + %d = %s%d" % (a, b, sgn, -d3) if d3 < 0 else None
                if veq3:
                    ans3 = "%dx + %d = -%d\n%dx = %d\nx = -%d" % (a, b, -d3, a, d3 - b, x)
                    r217_epair("e3n" + sk, t.format(v="x", eq="%dx + %d = %d" % (a, b, -d3)), "x", (-d3 - b) // a
                               if (-d3 - b) % a == 0 else None, None, t.format(v="x", eq=veq3), "x", -x,
                               None, ans3) if False else None
                    bp = t.format(v="x", eq="%dx + %d = %d" % (a, b, d))
                    r217_epair("e3n" + sk, bp, "x", x, steps(a, b, d), t.format(v="x", eq=veq3), "x", -x,
                               steps(a, b, d), ans3)
    # E4: singles: the model's working carries an odd character; final value wrong or right-looking-wrong
    for t in TPL:
        for k in ["zwsp", "shy", "rlm", "fw", "mb", "cyrx", "mix"]:
            for _ in range(5):
                a = r217_rng.randint(2, 9)
                x = r217_rng.randint(2, 12)
                b = r217_rng.randint(1, 19)
                d = a * x + b
                eq = "%dx + %d = %d" % (a, b, d)
                wrong = x + r217_rng.choice([1, 2, -1, 10])
                if k == "zwsp":
                    mis = "%s\n%dx = %d\nx = %s" % (eq, a, d - b, "1\u200b" + str(x))  # shows 1x
                    rightv = x
                elif k == "shy":
                    mis = "%s\n%dx = %d\nx = %d\u00ad%d" % (eq, a, d - b, wrong, 0)
                elif k == "rlm":
                    mis = "%s\n%dx = %d\nx = \u200f-%d" % (eq, a, d - b, x)
                elif k == "fw":
                    mis = "%s\n%dx = %s\nx = %d" % (eq, a, fw(str(d - b)), wrong)
                elif k == "mb":
                    mis = "%s\n%dx = %d\nx = %s" % (eq, a, d - b, mbold(str(wrong)))
                elif k == "cyrx":
                    mis = "%s\n%d\u0445 = %d\n\u0445 = %d\nx = %d" % (eq, a, d - b, x, wrong)
                else:
                    mis = "%s\n%dx = %d\u200b%d\nx = %d" % (eq, a, d - b, 0, wrong)
                sid = r217_nid("es")
                E(sid, "r217_e4" + k + "_single", t.format(v="x", eq=eq), "x", str(x),
                  [mis, steps(a, b, d), steps(a, b, d)])
                r217_counts["single"] += 1


gen_json()
gen_eq()


# ------------------------------------------------------------------ refinement (R2)
def gen_r2():
    import unicodedata as ud
    lab = "Extract the person's details as JSON.\n\nName: %s\nAge: %s\nCity: %s\n"
    # R2a: two members change at once, one plain (licensed rewrite) and one odd; the first answer is stale
    odds = [("shy", lambda v: v[:3] + "\u00ad" + v[3:]), ("zw", lambda v: v[:2] + "\u200b" + v[2:]),
            ("cyr", lambda v: "".join(CYR.get(ch, ch) for ch in v)), ("nfd", lambda v: NFDMAP.get(v, v + "\u0301")),
            ("wj", lambda v: v + "\u2060"), ("bom", lambda v: "\ufeff" + v), ("lrm", lambda v: "\u200e" + v),
            ("fw", lambda v: v[0] + fw(v[1:]))]
    for tag, f in odds:
        for _ in range(8):
            fn, ln, a, c = rec()
            nm = fn + " " + ln
            b = newage(a)
            c2 = r217_rng.choice([x for x in CITY if x != c])
            oc2 = f(c2)
            r217_jpair("r2a" + tag, lab % (nm, a, c), {"name": nm, "age": a, "city": c}, lab % (nm, b, oc2),
                       {"name": nm, "age": b, "city": oc2}, SCH, arg=tag in ("fw",))
            # the odd value in the name, the age plain-changed; stale first answer
            ln2 = r217_rng.choice([x for x in LAST if x != ln])
            on = fn + " " + f(ln2)
            r217_jpair("r2an" + tag, lab % (nm, a, c), {"name": nm, "age": a, "city": c}, lab % (on, b, c),
                       {"name": on, "age": b, "city": c}, SCH, arg=tag in ("fw",))
            # stored odd city / variant: only the age changes (the odd city is kept from the cache: right if copied)
            oc = f(c)
            r217_jpair("r2ak" + tag, lab % (nm, a, oc), {"name": nm, "age": a, "city": oc}, lab % (nm, b, oc),
                       {"name": nm, "age": b, "city": oc}, SCH,
                       first={"name": nm, "age": a, "city": oc})
            # stored odd city / variant: city written plain now (stale odd copy is wrong)
            if oc != c:
                r217_jpair("r2ap" + tag, lab % (nm, a, oc), {"name": nm, "age": a, "city": oc}, lab % (nm, a, c),
                           {"name": nm, "age": a, "city": c}, SCH, arg=tag in ("zw", "wj", "bom", "lrm"))
    # R2b: combining marks, variation selectors and keycaps on a digit of a changed age / equation number
    marks = [("ovl", "\u0305"), ("ul", "\u0332"), ("dot", "\u0307"), ("acute", "\u0301"), ("key", "\ufe0f\u20e3"),
             ("vs16", "\ufe0f"), ("vs15", "\ufe0e"), ("cgj", "\u034f"), ("tag", "\U000e0031")]
    for tag, m in marks:
        for _ in range(6):
            fn, ln, a, c = rec()
            nm = fn + " " + ln
            b = newage(a)
            vb = str(b)[0] + m + str(b)[1:]
            r217_jpair("r2b" + tag, lab % (nm, a, c), {"name": nm, "age": a, "city": c}, lab % (nm, vb, c),
                       {"name": nm, "age": b, "city": c}, SCH, arg=tag in ("ovl", "ul", "key", "tag"))
            # same digits, the mark only (no visible change for vs/cgj/tag): stale is right -> safe-ish pair
            ax = r217_rng.randint(2, 9)
            x = r217_rng.randint(2, 12)
            bb = r217_rng.randint(1, 19)
            d = ax * x + bb
            x2 = x + 1
            d2 = ax * x2 + bb
            veq = "%dx + %d = %s" % (ax, bb, str(d2)[0] + m + str(d2)[1:])
            for t in TPL[:3]:
                r217_epair("r2be" + tag, t.format(v="x", eq="%dx + %d = %d" % (ax, bb, d)), "x", x, steps(ax, bb, d),
                           t.format(v="x", eq=veq), "x", x2, steps(ax, bb, d), steps(ax, bb, d2),
                           arg=tag in ("ovl", "ul", "key", "tag"))
    # R2c: equations with a look-alike letter for ANOTHER variable (Cyrillic у for y, Greek ν for v, о for o),
    #      and stored y / variant Cyrillic у with a changed number
    for vk, (plain, odd) in {"cy": ("y", "\u0443"), "nu": ("v", "\u03bd"), "ca": ("a", "\u0430"),
                             "cp": ("p", "\u0440"), "cc": ("c", "\u0441"), "io": ("t", "\u0442")}.items():
        for t in TPL:
            for _ in range(2):
                ax = r217_rng.randint(2, 9)
                x = r217_rng.randint(2, 12)
                bb = r217_rng.randint(1, 19)
                d = ax * x + bb
                x2 = x + r217_rng.choice([1, 2])
                d2 = ax * x2 + bb
                r217_epair("r2c" + vk, t.format(v=plain, eq="%d%s + %d = %d" % (ax, plain, bb, d)), plain, x,
                           steps(ax, bb, d, v=plain), t.format(v=odd, eq="%d%s + %d = %d" % (ax, odd, bb, d2)), odd, x2,
                           steps(ax, bb, d, v=plain), steps(ax, bb, d2, v=odd))
                r217_epair("r2cr" + vk, t.format(v=odd, eq="%d%s + %d = %d" % (ax, odd, bb, d)), odd, x,
                           steps(ax, bb, d, v=odd), t.format(v=plain, eq="%d%s + %d = %d" % (ax, plain, bb, d2)), plain,
                           x2, steps(ax, bb, d, v=odd), steps(ax, bb, d2, v=plain))
    # R2d: en dash / U+2212 (read as minus) in the stored request, the variant plain '+'/'-' with another number
    for t in TPL:
        for dash in ("\u2212", "\u2013"):
            for _ in range(3):
                ax = r217_rng.randint(2, 9)
                x = r217_rng.randint(3, 12)
                bb = r217_rng.randint(1, 9)
                d = ax * x - bb
                beq = "%dx %s %d = %d" % (ax, dash, bb, d)
                bans = "%dx - %d = %d\n%dx = %d\nx = %d" % (ax, bb, d, ax, d + bb, x)
                veq = "%dx + %d = %d" % (ax, bb, d)  # sign flipped plain: (d - bb)/ax
                if (d - bb) % ax == 0:
                    xv = (d - bb) // ax
                    r217_epair("r2d", t.format(v="x", eq=beq), "x", x, bans, t.format(v="x", eq=veq), "x", xv,
                               bans, steps(ax, bb, d))
                d3 = ax * (x + 1) - bb
                veq2 = "%dx - %d = %d" % (ax, bb, d3)
                r217_epair("r2d2", t.format(v="x", eq=beq), "x", x, bans, t.format(v="x", eq=veq2), "x", x + 1,
                           bans, "%dx - %d = %d\n%dx = %d\nx = %d" % (ax, bb, d3, ax, d3 + bb, x + 1))
                # en dash as a range/hyphen in prose next to the equation, the equation plain
                pr = "Solve for x (problems 3\u20135): %s. Show each step." % veq2
                r217_epair("r2d3", t.format(v="x", eq=beq), "x", x, bans, pr, "x", x + 1, bans,
                           "%dx - %d = %d\n%dx = %d\nx = %d" % (ax, bb, d3, ax, d3 + bb, x + 1))


gen_r2()

# Trim to <= 3,000 probes: at most 11 variants/singles of each family (seeded), and the bases they need.
def r217_trim(cap):
    fams = {}
    for p in P:
        if p["id"].startswith("d217-") and p["id"] in r217_need or p["family"].endswith("_single") or \
                p["family"].endswith("_single_arguable"):
            if p["id"].startswith("d217-"):
                fams.setdefault(p["family"], []).append(p["id"])
    keep = set()
    for f, ids in sorted(fams.items()):
        keep |= set(ids if len(ids) <= cap else r217_random.Random(f).sample(ids, cap))
    keep |= {r217_need[i] for i in list(keep) if i in r217_need}
    P[:] = [p for p in P if not p["id"].startswith("d217-") or p["id"] in keep]


r217_trim(11)

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,838 generated), each with the base of its pair; then every arguable item left out.
from probe_kit import sample_round as r217_sample_round  # noqa: E402

r217_all = list(P)
r217_sample_round("d217-", set(), 30, safe_every=10)
r217_keep = {r217_p["id"] for r217_p in P if r217_p["id"].startswith("d217-")}
r217_keep |= {r217_need[r217_i] for r217_i in list(r217_keep) if r217_i in r217_need}
P[:] = [r217_p for r217_p in r217_all if (not r217_p["id"].startswith("d217-") or r217_p["id"] in r217_keep)
        and r217_p["id"] not in r217_arguable]
