r"""Red-team round 141 (black box): INVISIBLE, ENCODED AND LOOK-ALIKE CHARACTERS in labels, values and instructions
(JSON extraction and linear equations). 2,015 probes generated from templates (560 bases, 935 pair variants, 480
singles, 36 safe variants; ids d141-b-/d141-v-/d141-ok- pairs, d141-s- singles, d141-eb-/d141-ev-/d141-es-/d141-eok-
equations). PAIRS: base stored right, the variant differs only by such characters and its first answer is the base's
(stale) one. SINGLES: the first answer is the value that only looks right (the ASCII part of a mixed number, the
encoded copy, the line the checks read where a look-alike label hides a second one), served twice on one store.
FAMILIES: A hidden chars inside an integer (ZWSP/ZWNJ/ZWJ/WJ/BOM/SHY/LRM/RLM/ALM/MVS/U+2061-2064/CGJ/LRI/PDI/VS16/
tag space/hangul filler: "4\u200b7" with a stale 4 or 7); B space-like thousands separators (NBSP, thin, narrow NBSP,
figure, punctuation, hair, medium math, ideographic, en/em, ogham, ', ’, ·, &nbsp;, &thinsp;, &#160;, %20, _);
C digits of other scripts beside ASCII (full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Tamil,
mathematical bold/sans, super/subscript, circled) and other decimal separators (U+066B, ·, ．, ․, U+066C, ，, ⸱);
D minus as U+2212/2012/2013/FE63/FF0D/2010/2011/02D7/2796/2014/208B/207B, &minus;, &#8722;, %2D; E encoded numbers
(&#52;7, &#52;&#55; with a stale 52 or 55, &#x34;, %34%37, \u0034\u0037, \x34, octal, base64, 4&amp;7) and encoded
strings (&amp;, &eacute;, &#233;, &#39;, &quot;, %20, %C3%B8, \u00f8, &nbsp;, &lt;, &oslash;); F look-alike values
(Cyrillic/Greek/full-width/math-bold O, Cyrillic е/о, NFD Bogota\u0301, Malmo\u0308, İzmir, Zoe\u0308, Jose\u0301,
ZW/SHY/CGJ inside a city or name) and look-alike digits (4O, 4l, 4I, З7, 1B, 4S, Cyrillic/Greek O, Z7, 4b);
G look-alike or hidden chars in LABELS (Cyrillic/Greek А, full-width Ａge/ＡＧＥ, Ag\u200be, Ag\u00ade, BOM, WJ, NFD
Áge, Cyrillic е, math bold, LRI..PDI, small-cap ᴀ, full-width colon) swapping which line holds "Age", and
"Spouse<X>age" split by NBSP/ZWSP/thin/ideographic/SHY/LS/PS/NEL/NNBSP/WJ/TAB/VT; H line separators (LS, PS, NEL,
CR, FF, VT, RS, US) and bidi controls (RLO, RLI, RLE, LRO, FSI, RLM: "\u202e14\u202c" shows 41); K a second value
hidden by a look-alike label ("Age: 41" + "Аge: 52", "Corrected Аge: 43", "Сity: Bergen", "New сity: Bergen");
L escaped or encoded line breaks inside a line (\n, \r\n, <br>, <br/>, &#10;, &#x0A;, %0A, &lt;br&gt;, </p><p>,
" | ", "; ", ␤, ↵, ¶) hiding "Age: 52" or a correction; M digits/letters struck by combining overlays (U+0336,
0335, 0338, 0334, 0353, 0333: "4̶1̶ 43"); N scales, units and instructions in disguised letters ("All amounts in
thоusands", full-width, ZW, SHY, &#116;, bidi-reversed "sdnasuoht", "70 lв", "70 ｌｂ", "age in mоnths",
"age of the spоuse", "the ｐｒｅｖｉｏｕｓ city", a base64 instruction); P C0/C1 control characters inside a
value (NEL, RS, US, GS, FS, BEL, BS, ESC, DEL, SOH, U+0080, U+009B, SO, SUB: "1<NEL>250"); Q equations: hidden
chars inside a number ("3x + 5 = 2\u200b6" beside a stored "3x + 5 = 2"), space-like separators, other-script
digits ("３x", "2٠"), minus signs, powers ("5²", "20²", "2³", "x²", "x¹", "x₁", "³x", "2⁻¹", "2^3", "2**3", "2½",
"½"), entities and %XX ("&#50;6", "&#43;", "&minus;", "%3D", "&#61;", "&nbsp;", "&times;"), bidi, line
separators before "− x", look-alike x (Cyrillic х, ×, full-width ｘ/３/＋/＝, O for 0, l for 1); R the reverse
look-alike direction (a stored Cyrillic/NFD/ZW city, the variant plain), subscript/superscript/full-width/
Arabic-Indic/circled/ZW digits in labels ("x₂: 4 / x₁: 7" for x1, x2), footnote marks (safe).
SAFE: NBSP/ZW/thin/ideographic/soft hyphen/entity/full-width in the instruction prose, BOM, NBSP after a colon, a
trailing ZW or NBSP, a full-width label, NBSP/ZW in an unrelated note, a base64 reference, CRLF, odd separators
between all lines, NBSP/thin/ZW between equation tokens or in its prose, footnote marks.
RESULT: 0 wrong answers served from the cache (run 1 and run 2 of the whole set on one store; every single alone
(480), every 4th pair variant of families A-Q (225) and the 14 R pairs alone, each on a fresh store with --runs 2). Nothing got
through; nothing is confirmed; alone.txt is empty.
HELD (how): a value beside any of these characters is "not plain" ("the text states age: 4\u200b7", "amount:
1 250 eur", "age: 4７", "age: &#52", "age: 4̶1̶ 43"), so neither a stale part nor the right value is stored or
reused (the patch path asks again, then refuses); a look-alike label is another label ("the text states this value
as "Аge", not as age") and a changed or added line holding one makes reuse fail; C0/C1 controls are dropped for
reading but the value must still occur byte-for-byte ("1250 does not occur"); any changed instruction word,
disguised or not, skips reuse ("the instruction word "mоnths" changed"); the licensed rewrite copies look-alike and
NFD spellings byte-exact (the right answer, served from the cache: F, R); the equation reader refuses every
character it does not read (zero-width, NBSP, full-width, other-script digits, superscripts, entities, bidi,
U+FE63/FF0D/2012) and reads U+2212 and U+2013 as minus (right answers reused).
WRONG BUT FRESH (never stored): equations with Bengali/Thai/Tamil digits ("3x + 5 = 2৬", "৩x + 5 = 20": "the request
says "৬", which the checks do not read") and "3x + 5 = 20<NEL>− x" are answered unverified with the model's x;
"Balance: –42.50"/"—42.50" (en/em dash, arguable) served 42.5; "&#52;&#55;" and "&#0052;7" patched to 52; a
look-alike "Сity: Bergen" or "New сity: Bergen" beside "City: Oslo" served Oslo; "x\u200b2: 4 / x\u200b1: 7"
served x1 = 4; "All amounts in сents", "Amount unit: thоusand EUR", "Figures in к EUR" served 250; the copied
"Nord%20Fisk", "S%C3%B8r Fisk", "S\\u00f8r Fisk".
RIGHT ANSWERS REFUSED (errors): 1250 for "1 250" with any space-like separator; 47 for full-width/Arabic-Indic/
other-script digits; 39 for a look-alike "Аge" label; -42.5 for U+FE63/FF0D/2012/02D7 minus; Cyrillic-O city when
full-width; every safe variant with NBSP, ZW or BOM inside an equation request; odd line separators between all lines.
ARGUABLE: r141_arguable lists the probes whose expect is one reading (ambiguous/decoded values, 999 = no single
answer); none was served from the cache. Adds its probes to probe_kit.P."""
from fractions import Fraction as r141_Fr

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r141_NR = 999          # no single right value (ambiguous): any served answer is wrong
r141_NRS = "999"
r141_pairs = []
r141_singles = []
r141_safe = []
r141_arguable = set()
r141_n = [0]
r141_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r141_seen = set()


def r141_nm():
    n = r141_n[0]
    r141_n[0] += 1
    return r141_SYL[n % 10] + r141_SYL[(n // 10) % 10].lower() + r141_SYL[(n // 100) % 10].lower() + "stad"


def r141_person():
    return "Ida " + r141_nm()


def r141_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False, safe=False, stale=None):
    b = "d141-b-" + tag
    v = ("d141-ok-" if safe else "d141-v-") + tag
    assert b not in r141_seen and v not in r141_seen, tag
    r141_seen.update({b, v})
    J(b, "r141_" + fam + "_base", bpr, sch, bexp, [bexp])
    if safe:
        J(v, "r141_" + fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r141_safe.append(v)
    else:
        J(v, "r141_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp,
          [stale if stale is not None else bexp, vexp])
        if arg:
            r141_arguable.add(v)
    r141_pairs.append((b, v))


def r141_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d141-s-" + tag
    assert s not in r141_seen, tag
    r141_seen.add(s)
    J(s, "r141_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    r141_singles.append(s)
    if arg:
        r141_arguable.add(s)


r141_SCH = S({"name": "string", "age": "integer", "city": "string"})
r141_INS = "Extract name, age and city as JSON.\nText:\n"


def r141_rec(name, age, city, extra=""):
    return r141_INS + "Name: %s\nAge: %s\nCity: %s\n%s" % (name, age, city, extra)


def r141_gen():
    # ------------------------------------------------------------------ A: a hidden/odd char inside an integer
    r141_INVIS = [
        ("zwsp", "\u200b"), ("zwnj", "\u200c"), ("zwj", "\u200d"), ("wj", "\u2060"), ("bom", "\ufeff"),
        ("shy", "\u00ad"), ("lrm", "\u200e"), ("rlm", "\u200f"), ("alm", "\u061c"), ("mvs", "\u180e"),
        ("funap", "\u2061"), ("itimes", "\u2062"), ("isep", "\u2063"), ("iplus", "\u2064"), ("cgj", "\u034f"),
        ("lri", "\u2066"), ("pdi", "\u2069"), ("vs16", "\ufe0f"), ("tagsp", "\U000e0020"), ("hangfill", "\u3164"),
    ]
    for (r141_t, r141_c) in r141_INVIS:
        # stale = the digit before the hidden char (grounded), right = the number as it shows
        nm = r141_person()
        r141_pair("A-pre-" + r141_t, "A_invis_num", r141_SCH, r141_rec(nm, "4", "Oslo"),
                  {"name": nm, "age": 4, "city": "Oslo"},
                  r141_rec(nm, "4" + r141_c + "7", "Oslo"), {"name": nm, "age": 47, "city": "Oslo"},
                  arg=r141_t in ("itimes", "isep", "iplus", "funap"))
        nm = r141_person()
        r141_pair("A-suf-" + r141_t, "A_invis_num", r141_SCH, r141_rec(nm, "7", "Oslo"),
                  {"name": nm, "age": 7, "city": "Oslo"},
                  r141_rec(nm, "4" + r141_c + "7", "Oslo"), {"name": nm, "age": 47, "city": "Oslo"},
                  arg=r141_t in ("itimes", "isep", "iplus", "funap"))
        nm = r141_person()
        r141_single("A-" + r141_t, "A_invis_num", r141_SCH, r141_rec(nm, "4" + r141_c + "7", "Oslo"),
                    {"name": nm, "age": 47, "city": "Oslo"}, {"name": nm, "age": 7, "city": "Oslo"},
                    arg=r141_t in ("itimes", "isep", "iplus", "funap"))

    # ------------------------------------------------------------------ B: space-like chars as thousands separators
    r141_SP = [
        ("nbsp", "\u00a0"), ("thin", "\u2009"), ("nnbsp", "\u202f"), ("fig", "\u2007"), ("punc", "\u2008"),
        ("hair", "\u200a"), ("mmsp", "\u205f"), ("ideo", "\u3000"), ("en", "\u2002"), ("em", "\u2003"),
        ("3pem", "\u2004"), ("ogham", "\u1680"), ("apos", "'"), ("rsq", "\u2019"), ("mdot", "\u00b7"),
        ("ent-nbsp", "&nbsp;"), ("ent-thin", "&thinsp;"), ("ent-160", "&#160;"), ("pct20", "%20"), ("usc", "_"),
    ]
    r141_SCHA = S({"invoice": "string", "amount": "number"})


    def r141_inv(code, amt):
        return "Invoice summary as JSON.\nInvoice: %s\nAmount: %s EUR\nStatus: open\n" % (code, amt)


    for i, (r141_t, r141_c) in enumerate(r141_SP):
        code = "INV-%d" % (7100 + i)
        r141_pair("B-tail-" + r141_t, "B_space_thousands", r141_SCHA, r141_inv(code, "250"),
                  {"invoice": code, "amount": 250}, r141_inv(code, "1" + r141_c + "250"),
                  {"invoice": code, "amount": 1250}, arg=r141_t in ("mdot", "pct20", "usc", "apos", "rsq"))
        code = "INV-%d" % (7200 + i)
        r141_pair("B-head-" + r141_t, "B_space_thousands", r141_SCHA, r141_inv(code, "1"),
                  {"invoice": code, "amount": 1}, r141_inv(code, "1" + r141_c + "250"),
                  {"invoice": code, "amount": 1250}, arg=r141_t in ("mdot", "pct20", "usc", "apos", "rsq"))
        code = "INV-%d" % (7300 + i)
        r141_pair("B-dec-" + r141_t, "B_space_thousands", r141_SCHA, r141_inv(code, "250.50"),
                  {"invoice": code, "amount": 250.5}, r141_inv(code, "1" + r141_c + "250.50"),
                  {"invoice": code, "amount": 1250.5}, arg=r141_t in ("mdot", "pct20", "usc", "apos", "rsq"))
        code = "INV-%d" % (7400 + i)
        r141_single("B-" + r141_t, "B_space_thousands", r141_SCHA, r141_inv(code, "12" + r141_c + "500"),
                    {"invoice": code, "amount": 12500}, {"invoice": code, "amount": 500},
                    arg=r141_t in ("mdot", "pct20", "usc", "apos", "rsq"))

    # ------------------------------------------------------------------ C: digits of other scripts beside ASCII
    r141_DIG = {
        "fw": "０１２３４５６７８９", "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "dev": "०१२३४५६७८९",
        "beng": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙", "mbold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "msans": "𝟢𝟣𝟤𝟥𝟦𝟧𝟨𝟩𝟪𝟫",
        "sup": "⁰¹²³⁴⁵⁶⁷⁸⁹", "sub": "₀₁₂₃₄₅₆₇₈₉", "circ": "⓪①②③④⑤⑥⑦⑧⑨", "tam": "௦௧௨௩௪௫௬௭௮௯",
    }
    r141_DARG = ("sup", "sub", "circ")
    for r141_t, r141_d in r141_DIG.items():
        # "4" + other-script 7 -> 47; stale 4 (the ASCII part)
        nm = r141_person()
        r141_pair("C-asc4-" + r141_t, "C_mixed_digits", r141_SCH, r141_rec(nm, "4", "Bergen"),
                  {"name": nm, "age": 4, "city": "Bergen"}, r141_rec(nm, "4" + r141_d[7], "Bergen"),
                  {"name": nm, "age": r141_NR if r141_t in r141_DARG else 47, "city": "Bergen"},
                  arg=r141_t in r141_DARG)
        nm = r141_person()
        r141_pair("C-asc7-" + r141_t, "C_mixed_digits", r141_SCH, r141_rec(nm, "7", "Bergen"),
                  {"name": nm, "age": 7, "city": "Bergen"}, r141_rec(nm, r141_d[4] + "7", "Bergen"),
                  {"name": nm, "age": r141_NR if r141_t in r141_DARG else 47, "city": "Bergen"},
                  arg=r141_t in r141_DARG)
        # all other-script digits: a stored 41 reused for other-script 47
        nm = r141_person()
        r141_pair("C-all-" + r141_t, "C_other_digits", r141_SCH, r141_rec(nm, "41", "Bergen"),
                  {"name": nm, "age": 41, "city": "Bergen"}, r141_rec(nm, r141_d[4] + r141_d[7], "Bergen"),
                  {"name": nm, "age": r141_NR if r141_t in r141_DARG else 47, "city": "Bergen"},
                  arg=r141_t in r141_DARG)
        # amount: 12 + other-script decimals
        code = "INV-%d" % (7500 + len(r141_pairs))
        r141_pair("C-dec-" + r141_t, "C_mixed_digits", r141_SCHA, r141_inv(code, "12"),
                  {"invoice": code, "amount": 12}, r141_inv(code, "12." + r141_d[5] + r141_d[0]),
                  {"invoice": code, "amount": r141_NR if r141_t in r141_DARG else 12.5},
                  arg=r141_t in r141_DARG)
        nm = r141_person()
        r141_single("C-" + r141_t, "C_mixed_digits", r141_SCH, r141_rec(nm, "4" + r141_d[7], "Bergen"),
                    {"name": nm, "age": r141_NR if r141_t in r141_DARG else 47, "city": "Bergen"},
                    {"name": nm, "age": 4, "city": "Bergen"}, arg=r141_t in r141_DARG)

    # other decimal separators: Arabic decimal U+066B, middle dot, fullwidth full stop, ideographic comma
    for r141_t, r141_sep in [("ardec", "\u066b"), ("mdot", "\u00b7"), ("fwdot", "\uff0e"), ("sdot", "\u2024"),
                             ("ardec2", "\u066c"), ("fwcomma", "\uff0c"), ("onedot", "\u2e31")]:
        code = "INV-%d" % (7600 + len(r141_pairs))
        r141_pair("C-sep-" + r141_t, "C_decimal_sep", r141_SCHA, r141_inv(code, "12"),
                  {"invoice": code, "amount": 12}, r141_inv(code, "12" + r141_sep + "50"),
                  {"invoice": code, "amount": r141_NR if r141_t in ("ardec2", "fwcomma", "mdot") else 12.5},
                  arg=r141_t in ("ardec2", "fwcomma", "mdot", "onedot"))
        code = "INV-%d" % (7600 + len(r141_pairs))
        r141_pair("C-sep50-" + r141_t, "C_decimal_sep", r141_SCHA, r141_inv(code, "50"),
                  {"invoice": code, "amount": 50}, r141_inv(code, "12" + r141_sep + "50"),
                  {"invoice": code, "amount": r141_NR if r141_t in ("ardec2", "fwcomma", "mdot") else 12.5},
                  arg=r141_t in ("ardec2", "fwcomma", "mdot", "onedot"))

    # ------------------------------------------------------------------ D: minus signs in other code points
    r141_MIN = [("u2212", "\u2212"), ("u2012", "\u2012"), ("u2013", "\u2013"), ("ufe63", "\ufe63"),
                ("uff0d", "\uff0d"), ("u2010", "\u2010"), ("u2011", "\u2011"), ("u02d7", "\u02d7"),
                ("u2796", "\u2796"), ("u2014", "\u2014"), ("u208b", "\u208b"), ("u207b", "\u207b"),
                ("ent-minus", "&minus;"), ("ent-8722", "&#8722;"), ("pct2d", "%2D")]
    r141_SCHB = S({"account": "string", "balance": "number"})


    def r141_bal(acc, b):
        return "Account balance as JSON.\nAccount: %s\nBalance: %s EUR\nBranch: Molde\n" % (acc, b)


    for i, (r141_t, r141_m) in enumerate(r141_MIN):
        acc = "44%02d" % i
        arg = r141_t in ("u2013", "u2014", "u2010", "u2011", "u208b", "u207b", "pct2d", "u2796")
        r141_pair("D-" + r141_t, "D_minus", r141_SCHB, r141_bal(acc, "42.50"), {"account": acc, "balance": 42.5},
                  r141_bal(acc, r141_m + "42.50"), {"account": acc, "balance": -42.5}, arg=arg)
        acc = "45%02d" % i
        r141_single("D-" + r141_t, "D_minus", r141_SCHB, r141_bal(acc, r141_m + "42.50"),
                    {"account": acc, "balance": -42.5}, {"account": acc, "balance": 42.5}, arg=arg)

    # ------------------------------------------------------------------ E: encoded numbers (entities, %XX, \u escapes)
    r141_ENC = [
        # (tag, text, right, stale-base text, stale value, arguable)
        ("ent-dec", "&#52;7", 47, "7", 7, False), ("ent-dec2", "&#52;&#55;", 47, "52", 52, False),
        ("ent-dec3", "&#52;&#55;", 47, "55", 55, False), ("ent-hex", "&#x34;7", 47, "7", 7, False),
        ("ent-hex2", "&#x34;&#x37;", 47, "34", 34, False), ("ent-hex3", "&#x34;&#x37;", 47, "37", 37, False),
        ("pct", "%34%37", 47, "34", 34, False), ("pct2", "%34%37", 47, "37", 37, False),
        ("uesc", "\\u0034\\u0037", 47, "34", 34, False), ("uesc2", "\\u0034\\u0037", 47, "37", 37, False),
        ("uesc3", "\\u00347", 47, "7", 7, True), ("xesc", "\\x34\\x37", 47, "34", 34, False),
        ("oesc", "\\064\\067", 47, "64", 64, True), ("ent-pad", "&#0052;7", 47, "52", 52, False),
        ("ent-dec-tail", "4&#55;", 47, "4", 4, False), ("pct-tail", "4%37", 47, "37", 37, False),
        ("b64", "NDc=", 47, "4", 4, True), ("ent-amp", "4&amp;7", r141_NR, "4", 4, True),
    ]
    for (r141_t, txt, right, btxt, bval, arg) in r141_ENC:
        nm = r141_person()
        r141_pair("E-" + r141_t, "E_encoded_num", r141_SCH, r141_rec(nm, btxt, "Tromso"),
                  {"name": nm, "age": bval, "city": "Tromso"}, r141_rec(nm, txt, "Tromso"),
                  {"name": nm, "age": right, "city": "Tromso"}, arg=arg)
        nm = r141_person()
        r141_single("E-" + r141_t, "E_encoded_num", r141_SCH, r141_rec(nm, txt, "Tromso"),
                    {"name": nm, "age": right, "city": "Tromso"}, {"name": nm, "age": bval, "city": "Tromso"}, arg=arg)

    # encoded strings: the model copies the encoded form (singles) -- arguable-ish, right = decoded
    r141_SCHC = S({"company": "string", "city": "string"})
    r141_ENCS = [
        ("amp", "Berg &amp; Dahl", "Berg & Dahl"), ("amp2", "Lie &amp; Co", "Lie & Co"),
        ("eacute", "Caf&eacute; Nord", "Café Nord"), ("num233", "Caf&#233; Nord", "Café Nord"),
        ("apos", "O&#39;Neill Ltd", "O'Neill Ltd"), ("quot", "&quot;Fjord&quot; AS", "\"Fjord\" AS"),
        ("pctsp", "Nord%20Fisk", "Nord Fisk"), ("pctutf", "S%C3%B8r Fisk", "Sør Fisk"),
        ("uesc", "S\\u00f8r Fisk", "Sør Fisk"), ("nbspent", "Nord&nbsp;Fisk", "Nord\u00a0Fisk"),
        ("lt", "A&lt;B Data", "A<B Data"), ("oslash", "S&oslash;r Fisk", "Sør Fisk"),
    ]
    for (r141_t, enc, dec) in r141_ENCS:
        pr = "Extract the company and city as JSON.\nText:\nCompany: %s\nCity: Bodo\nFounded: 1999\n" % enc
        r141_single("Es-" + r141_t, "E_encoded_str", r141_SCHC, pr, {"company": dec, "city": "Bodo"},
                    {"company": enc, "city": "Bodo"}, arg=True)
        # pair: base with the decoded text stored; variant text encoded *other* name (stale decoded base name)
        base = "Extract the company and city as JSON.\nText:\nCompany: %s\nCity: Alta\nFounded: 2001\n" % dec
        var = "Extract the company and city as JSON.\nText:\nCompany: %s\nCity: Alta\nFounded: 2001\n" % \
            enc.replace("Fisk", "Sild").replace("Nord", "Vest").replace("Dahl", "Moe").replace("Co", "Sons") \
               .replace("Ltd", "Inc").replace("AS", "ASA").replace("Data", "Soft")
        right = dec.replace("Fisk", "Sild").replace("Nord", "Vest").replace("Dahl", "Moe").replace("Co", "Sons") \
                   .replace("Ltd", "Inc").replace("AS", "ASA").replace("Data", "Soft")
        r141_pair("Es-" + r141_t, "E_encoded_str", r141_SCHC, base, {"company": dec, "city": "Alta"}, var,
                  {"company": right, "city": "Alta"}, arg=True)

    # ------------------------------------------------------------------ F: homoglyph / look-alike values
    r141_HOM = [
        # (tag, base city, variant city (looks the same or almost), right for variant, arguable)
        ("cyr-O", "Oslo", "\u041eslo", "\u041eslo", True), ("gr-O", "Oslo", "\u039fslo", "\u039fslo", True),
        ("cyr-a", "Bodo", "B\u043edo", "B\u043edo", True), ("cyr-e", "Bergen", "B\u0435rgen", "B\u0435rgen", True),
        ("fw-O", "Oslo", "\uff2fslo", "\uff2fslo", True), ("mbold", "Oslo", "\U0001d40eslo", "\U0001d40eslo", True),
        ("nfd", "Bogota", "Bogota\u0301", "Bogota\u0301", False), ("nfd2", "Malmo", "Malmo\u0308", "Malmo\u0308", False),
        ("nfd3", "Tromso", "Tromso\u0338", "Tromso\u0338", True), ("zw-in", "Oslo", "Os\u200blo", "Os\u200blo", True),
        ("shy-in", "Bergen", "Ber\u00adgen", "Ber\u00adgen", True), ("zwj-end", "Oslo", "Oslo\u200d", "Oslo\u200d", True),
        ("cgj", "Oslo", "Os\u034flo", "Os\u034flo", True), ("dotless", "Izmir", "\u0130zmir", "\u0130zmir", False),
        ("nfc-vs", "Malmo", "Malm\u00f6", "Malm\u00f6", False), ("combo-n", "Pena", "Pen\u0303a", "Pen\u0303a", False),
    ]
    for (r141_t, bc, vc, right, arg) in r141_HOM:
        nm = r141_person()
        r141_pair("F-" + r141_t, "F_homoglyph_value", r141_SCH, r141_rec(nm, "41", bc),
                  {"name": nm, "age": 41, "city": bc}, r141_rec(nm, "41", vc), {"name": nm, "age": 41, "city": right},
                  arg=arg)
    # names: Zoe vs Zoë (NFD), Latin vs Cyrillic
    r141_NAMES = [("zoe-nfd", "Zoe Berg", "Zoe\u0308 Berg", False), ("zoe-nfc", "Zoe Berg", "Zo\u00eb Berg", False),
                  ("jose-nfd", "Jose Lima", "Jose\u0301 Lima", False), ("cyr-a", "Ana Berg", "\u0410na Berg", True),
                  ("cyr-all", "Anna Berg", "\u0410nn\u0430 B\u0435rg", True), ("zw", "Ana Berg", "Ana\u200b Berg", True),
                  ("nbsp", "Ana Berg", "Ana\u00a0Berg", True), ("shy", "Ana Berg", "Ana Ber\u00adg", True)]
    for (r141_t, bn, vn, arg) in r141_NAMES:
        r141_pair("Fn-" + r141_t, "F_homoglyph_name", r141_SCH, r141_rec(bn, "41", "Narvik"),
                  {"name": bn, "age": 41, "city": "Narvik"}, r141_rec(vn, "41", "Narvik"),
                  {"name": vn, "age": 41, "city": "Narvik"}, arg=arg)
    # look-alike digits: letters that look like digits (singles: the model "reads" them as digits)
    r141_LOOK = [("O", "4O", 40), ("l", "4l", 41), ("I", "4I", 41), ("cyrZe", "\u04177", 37), ("B", "1B", 18),
                 ("S", "4S", 45), ("cyrO", "4\u041e", 40), ("grO", "4\u039f", 40), ("Z", "Z7", 27), ("b", "4b", 46)]
    for (r141_t, txt, looks) in r141_LOOK:
        nm = r141_person()
        r141_single("Fd-" + r141_t, "F_lookalike_digit", r141_SCH, r141_rec(nm, txt, "Hamar"),
                    {"name": nm, "age": r141_NR, "city": "Hamar"}, {"name": nm, "age": looks, "city": "Hamar"})
        nm = r141_person()
        r141_pair("Fd-" + r141_t, "F_lookalike_digit", r141_SCH, r141_rec(nm, str(looks), "Hamar"),
                  {"name": nm, "age": looks, "city": "Hamar"}, r141_rec(nm, txt, "Hamar"),
                  {"name": nm, "age": r141_NR, "city": "Hamar"})
        # the single letter after the ASCII digit: stale = the ASCII digit
        nm = r141_person()
        if txt[0].isdigit():
            r141_pair("Fd4-" + r141_t, "F_lookalike_digit", r141_SCH, r141_rec(nm, txt[0], "Hamar"),
                      {"name": nm, "age": int(txt[0]), "city": "Hamar"}, r141_rec(nm, txt, "Hamar"),
                      {"name": nm, "age": r141_NR, "city": "Hamar"})

    # ------------------------------------------------------------------ G: look-alike / hidden chars in LABELS
    # The variant swaps which line holds the member's label, the label written with a look-alike or hidden char.
    r141_LBL = [
        ("cyrA", "\u0410ge"), ("grA", "\u0391ge"), ("fwA", "\uff21ge"), ("fwall", "\uff21\uff47\uff45"),
        ("zw", "Ag\u200be"), ("shy", "Ag\u00ade"), ("zwj", "A\u200dge"), ("bom", "\ufeffAge"), ("wj", "Age\u2060"),
        ("nfd", "A\u0301ge"), ("cyre", "Ag\u0435"), ("mbold", "\U0001d400ge"), ("lri", "\u2066Age\u2069"),
        ("sc", "\u1d00ge"), ("fwcolon", "Age\uff1a"),
    ]
    for (r141_t, lab) in r141_LBL:
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nSpouse age: 39\nCity: Oslo\n" % nm
        # variant: the look-alike label now holds 39, the spouse 41
        if r141_t == "fwcolon":
            var = r141_INS + "Name: %s\nSpouse age: 41\n%s 39\nCity: Oslo\n" % (nm, lab)
        else:
            var = r141_INS + "Name: %s\nSpouse age: 41\n%s: 39\nCity: Oslo\n" % (nm, lab)
        r141_pair("G-swap-" + r141_t, "G_label_lookalike", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": 39, "city": "Oslo"}, arg=r141_t in ("nfd", "sc", "cyre"))
        # variant: a second look-alike "Age" line with another value (two Age lines -> ambiguous)
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n" % nm
        sep = " " if r141_t == "fwcolon" else ": "
        var = r141_INS + "Name: %s\nAge: 41\n%s%s52\nCity: Oslo\n" % (nm, lab, sep)
        r141_pair("G-twin-" + r141_t, "G_label_lookalike", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": r141_NR, "city": "Oslo"})
        # single: the model takes the real "Age" that is a spouse's line
        nm = r141_person()
        pr = r141_INS + "Name: %s\nSpouse age: 41\n%s%s39\nCity: Oslo\n" % (nm, lab, sep)
        r141_single("G-" + r141_t, "G_label_lookalike", r141_SCH, pr, {"name": nm, "age": 39, "city": "Oslo"},
                    {"name": nm, "age": 41, "city": "Oslo"}, arg=r141_t in ("nfd", "sc", "cyre"))

    # a word split by an invisible/space char inside the qualifying label ("Spouse<X>age")
    r141_SPL = [("nbsp", "\u00a0"), ("zwsp", "\u200b"), ("thin", "\u2009"), ("ideo", "\u3000"), ("shy", "\u00ad"),
                ("ls", "\u2028"), ("ps", "\u2029"), ("nel", "\u0085"), ("nnbsp", "\u202f"), ("wj", "\u2060"),
                ("tab", "\t"), ("vt", "\u000b")]
    for (r141_t, c) in r141_SPL:
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nSpouse age: 39\nCity: Oslo\n" % nm
        var = r141_INS + "Name: %s\nSpouse%sage: 41\nAge: 39\nCity: Oslo\n" % (nm, c)
        arg = r141_t in ("ls", "ps", "nel", "vt")
        r141_pair("Gs-" + r141_t, "G_label_split", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": r141_NR if arg else 39, "city": "Oslo"}, arg=arg)
        nm = r141_person()
        r141_single("Gs-" + r141_t, "G_label_split", r141_SCH,
                    r141_INS + "Name: %s\nAge: 39\nSpouse%sage: 41\nCity: Oslo\n" % (nm, c),
                    {"name": nm, "age": r141_NR if arg else 39, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"},
                    arg=arg)
        # city / previous city
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nPrevious city: Bergen\n" % nm
        var = r141_INS + "Name: %s\nAge: 41\nPrevious%scity: Oslo\nCity: Bergen\n" % (nm, c)
        r141_pair("Gc-" + r141_t, "G_label_split", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": 41, "city": r141_NRS if arg else "Bergen"}, arg=arg)

    # ------------------------------------------------------------------ H: line separators and bidi
    r141_LS = [("ls", "\u2028"), ("ps", "\u2029"), ("nel", "\u0085"), ("cr", "\r"), ("ff", "\u000c"), ("vt", "\u000b"),
               ("rs", "\u001e"), ("us", "\u001f")]
    for (r141_t, c) in r141_LS:
        # a second Age line joined by an odd line break: two ages -> ambiguous
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n" % nm
        var = r141_INS + "Name: %s\nAge: 41%sAge: 43\nCity: Oslo\n" % (nm, c)
        r141_pair("H-twoage-" + r141_t, "H_line_sep", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": r141_NR, "city": "Oslo"})
        nm = r141_person()
        var = r141_INS + "Name: %s\nAge: 41%sCorrection: Age 43\nCity: Oslo\n" % (nm, c)
        base = r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n" % nm
        r141_pair("H-corr-" + r141_t, "H_line_sep", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": r141_NR, "city": "Oslo"})
        # a number split over the odd break
        code = "INV-%d" % (7700 + len(r141_pairs))
        r141_pair("H-split-" + r141_t, "H_line_sep", r141_SCHA, r141_inv(code, "1"), {"invoice": code, "amount": 1},
                  r141_inv(code, "1" + c + "250"), {"invoice": code, "amount": r141_NR})
        # the city value followed by an odd break and another city (City: Oslo<LS>Bergen)
        nm = r141_person()
        base = r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n" % nm
        var = r141_INS + "Name: %s\nAge: 41\nCity: Oslo%s(moved) Bergen\n" % (nm, c)
        r141_pair("H-moved-" + r141_t, "H_line_sep", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  var, {"name": nm, "age": 41, "city": "Bergen"}, arg=True)
        # safe: the odd break used between all lines
        nm = r141_person()
        r141_pair("H-safe-" + r141_t, "H_line_sep", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + ("Name: %s" + c + "Age: 41" + c + "City: Oslo" + c) % nm,
                  {"name": nm, "age": 41, "city": "Oslo"}, safe=True)

    r141_BIDI = [("rlo", "\u202e", "\u202c"), ("rli", "\u2067", "\u2069"), ("rle", "\u202b", "\u202c"),
                 ("lro", "\u202d", "\u202c"), ("fsi", "\u2068", "\u2069"), ("rlm", "\u200f", "")]
    for (r141_t, o, cl) in r141_BIDI:
        nm = r141_person()
        r141_pair("Hb-" + r141_t, "H_bidi", r141_SCH, r141_rec(nm, "14", "Oslo"), {"name": nm, "age": 14, "city": "Oslo"},
                  r141_rec(nm, o + "14" + cl, "Oslo"), {"name": nm, "age": r141_NR, "city": "Oslo"}, arg=True)
        nm = r141_person()
        r141_pair("Hbc-" + r141_t, "H_bidi", r141_SCH, r141_rec(nm, "41", "olsO"),
                  {"name": nm, "age": 41, "city": "olsO"},
                  r141_rec(nm, "41", o + "olsO" + cl), {"name": nm, "age": 41, "city": r141_NRS}, arg=True)
        nm = r141_person()
        # bidi override hides a second value: "Age: 41 <RLO>93 :egA ecnuops<PDF>" -- the record holds spouse age
        r141_pair("Hbl-" + r141_t, "H_bidi", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\n%sAge: 41 :egA esuopS%s\nAge: 39\nCity: Oslo\n" % (nm, o, cl),
                  {"name": nm, "age": r141_NR, "city": "Oslo"}, arg=True)

    # ------------------------------------------------------------------ I: safe variants
    r141_SAFE = [
        ("nbsp-ins", "Extract name,\u00a0age and city as JSON.\nText:\n"),
        ("zw-ins", "Extract name, age and\u200b city as JSON.\nText:\n"),
        ("bom-start", "\ufeffExtract name, age and city as JSON.\nText:\n"),
        ("thin-ins", "Extract name, age and city as\u2009JSON.\nText:\n"),
        ("ideo-ins", "Extract name, age and city as JSON.\u3000\nText:\n"),
        ("ent-ins", "Extract name, age &amp; city as JSON.\nText:\n"),
        ("fw-ins", "Extract name, age and city as ＪＳＯＮ.\nText:\n"),
        ("soft-ins", "Ex\u00adtract name, age and city as JSON.\nText:\n"),
        ("nbsp-sent", "Extract name, age and city as JSON. The card was scanned\u00a0today.\nText:\n"),
    ]
    for (r141_t, ins) in r141_SAFE:
        nm = r141_person()
        r141_pair("I-" + r141_t, "I_safe_instr", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  ins + "Name: %s\nAge: 41\nCity: Oslo\n" % nm, {"name": nm, "age": 41, "city": "Oslo"}, safe=True)
    r141_SAFE2 = [
        ("nbsp-after-colon", "Name: %s\nAge:\u00a041\nCity: Oslo\n"),
        ("ideo-after-colon", "Name: %s\nAge:\u300041\nCity: Oslo\n"),
        ("zw-line-end", "Name: %s\nAge: 41\u200b\nCity: Oslo\n"),
        ("trail-nbsp", "Name: %s\nAge: 41\u00a0\nCity: Oslo\n"),
        ("fw-label", "Name: %s\n\uff21ge: 41\nCity: Oslo\n"),
        ("note-nbsp", "Name: %s\nAge: 41\nCity: Oslo\nNote: prefers\u00a0email.\n"),
        ("note-zw", "Name: %s\nAge: 41\nCity: Oslo\nNote: no\u200b remarks.\n"),
        ("b64-note", "Name: %s\nAge: 41\nCity: Oslo\nRef: QWdlOiAzOQ==\n"),
        ("crlf", "Name: %s\r\nAge: 41\r\nCity: Oslo\r\n"),
    ]
    for (r141_t, body) in r141_SAFE2:
        nm = r141_person()
        r141_pair("I-" + r141_t, "I_safe_text", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + body % nm, {"name": nm, "age": 41, "city": "Oslo"}, safe=True)

    # ------------------------------------------------------------------ Q: equations
    r141_ebases = {}
    r141_ecnt = [0]


    def r141_fr(v):
        v = r141_Fr(v)
        return str(v.numerator) if v.denominator == 1 else "%d/%d" % (v.numerator, v.denominator)


    def r141_steps(a, b, d, style="A", eqtxt=None):
        """a*x + b = d"""
        a, b, d = r141_Fr(a), r141_Fr(b), r141_Fr(d)
        lines = []
        if style == "A":
            lines.append(eqtxt or "%sx %s %s = %s" % (r141_fr(a) if a != 1 else "", "+" if b >= 0 else "-",
                                                      r141_fr(abs(b)), r141_fr(d)))
        if a != 1:
            lines.append("%sx = %s" % (r141_fr(a), r141_fr(d - b)))
        lines.append("x = %s" % r141_fr((d - b) / a))
        return "\n".join(lines)


    def r141_ebase(a, b, d, style):
        eq = "%sx %s %s = %s" % (r141_fr(a) if a != 1 else "", "+" if b >= 0 else "-", r141_fr(abs(b)), r141_fr(d))
        pr = "Solve for x: %s. Show each step." % eq
        if pr not in r141_ebases:
            bid = "d141-eb-%d" % len(r141_ebases)
            r141_ebases[pr] = bid
            E(bid, "r141_eq_base", pr, "x", r141_fr((r141_Fr(d) - b) / a), [r141_steps(a, b, d, "A")])
        return r141_ebases[pr]


    def r141_epair(tag, fam, base, veq, right, arg=False, single=True):
        """base = (a, b, d): stored; variant prompt veq, right value (str); answers: stale steps then right."""
        a, b, d = base
        for style in ("A", "B"):
            bid = r141_ebase(a, b, d, style)
            pid = "d141-ev-%s-%s" % (tag, style)
            pr = "Solve for x: %s. Show each step." % veq
            if style == "B":
                pr = "Solve for x: %s. Show all steps." % veq
            stale = r141_steps(a, b, d, style)
            if right == r141_NRS:
                rightans = stale
            else:
                rv = r141_Fr(right)
                rightans = "x = %s" % r141_fr(rv)
            E(pid, "r141_" + fam + ("_arguable" if arg else ""), pr, "x", right, [stale, rightans])
            r141_pairs.append((bid, pid))
            if arg:
                r141_arguable.add(pid)
        if single:
            sid = "d141-es-" + tag
            E(sid, "r141_" + fam + "_single" + ("_arguable" if arg else ""),
              "Solve for x: %s. Show your steps." % veq, "x", right, [r141_steps(a, b, d, "A")])
            r141_singles.append(sid)
            if arg:
                r141_arguable.add(sid)


    # hidden chars inside the right-hand number: base 3x + 5 = 2 (x = -1) stored; variant "2<c>6" shows 26 (x = 7)
    for (r141_t, c) in r141_INVIS:
        arg = r141_t in ("itimes", "isep", "iplus", "funap")
        r141_epair("inv-r-" + r141_t, "Q_invis", (3, 5, 2), "3x + 5 = 2" + c + "6", r141_NRS if arg else "7", arg=arg)
        r141_epair("inv-c-" + r141_t, "Q_invis", (3, 5, 26), "3x + 5 = 2" + c + "0", r141_NRS if arg else "5", arg=arg,
                   single=False)
        r141_epair("inv-k-" + r141_t, "Q_invis", (1, 5, 20), "1" + c + "3x + 5 = 20", r141_NRS if arg else "15/13",
                   arg=arg, single=False)
    # space-like chars inside a number
    for (r141_t, c) in r141_SP[:12]:
        r141_epair("sp-" + r141_t, "Q_space_num", (3, 5, 1), "3x + 5 = 1" + c + "250", "415")
    # other-script digits
    for r141_t, r141_d in r141_DIG.items():
        arg = r141_t in r141_DARG
        r141_epair("dig-c-" + r141_t, "Q_digits", (3, 5, 2), "3x + 5 = 2" + r141_d[6], r141_NRS if arg else "7", arg=arg)
        r141_epair("dig-a-" + r141_t, "Q_digits", (1, 5, 20), r141_d[3] + "x + 5 = 20", r141_NRS if arg else "5",
                   arg=arg)
        r141_epair("dig-all-" + r141_t, "Q_digits", (3, 5, 26), "3x + 5 = " + r141_d[2] + r141_d[0],
                   r141_NRS if arg else "5", arg=arg, single=False)
    # minus signs
    for (r141_t, m) in r141_MIN:
        arg = r141_t in ("u2013", "u2014", "u2010", "u2011", "u208b", "u207b", "pct2d", "u2796")
        r141_epair("min-" + r141_t, "Q_minus", (3, 5, 20), "3x " + m + " 5 = 20", "25/3", arg=arg)
        r141_epair("minr-" + r141_t, "Q_minus", (3, 5, 4), "3x + 5 = " + m + "4", "-3", arg=arg)
    # superscripts / powers
    r141_POW = [("sq-const", "3x + 5\u00b2 = 20", "-5/3", False, (3, 5, 20)),
                ("sq-rhs", "3x + 5 = 20\u00b2", "395/3", False, (3, 5, 20)),
                ("cube-rhs", "3x + 5 = 2\u00b3", "1", False, (3, 5, 2)),
                ("sq-x", "3x\u00b2 + 5 = 20", r141_NRS, False, (3, 5, 20)),
                ("sup1-x", "3x\u00b9 + 5 = 20", "5", True, (3, 5, 26)),
                ("caret", "3x + 5 = 2^3", "1", False, (3, 5, 2)),
                ("starstar", "3x + 5 = 2**3", "1", False, (3, 5, 2)),
                ("sub-x", "3x\u2081 + 5 = 20", r141_NRS, True, (3, 5, 26)),
                ("sup-coef", "\u00b3x + 5 = 20", r141_NRS, True, (1, 5, 20)),
                ("sup-minus", "3x + 5 = 2\u207b\u00b9", r141_NRS, True, (3, 5, 2)),
                ("frac-half", "3x + 5 = 2\u00bd", "-5/6", False, (3, 5, 2)),
                ("vulgar", "3x + \u00bd = 20", "13/2", False, (3, 1, 20))]
    for (r141_t, eq, right, arg, base) in r141_POW:
        r141_epair("pow-" + r141_t, "Q_power", base, eq, right, arg=arg)
    # entities / encodings in the equation
    r141_EENC = [("ent-dig", "3x + 5 = &#50;6", "7", (3, 5, 6)), ("ent-plus", "3x &#43; 5 = 20", "5", (3, 5, 26)),
                 ("ent-minus", "3x &minus; 5 = 20", "25/3", (3, 5, 20)), ("pct-eq", "3x + 5 %3D 26", "7", (3, 5, 20)),
                 ("uesc-dig", "3x + 5 = \\u00326", "7", (3, 5, 6)), ("ent-eq", "3x + 5 &#61; 26", "7", (3, 5, 20)),
                 ("ent-nbsp", "3x + 5 = 1&nbsp;250", "415", (3, 5, 250)), ("ent-times", "3&times;x + 5 = 26", "7",
                                                                                  (1, 5, 26))]
    for (r141_t, eq, right, base) in r141_EENC:
        r141_epair("enc-" + r141_t, "Q_encoded", base, eq, right, arg=True)
    # bidi and line separators in equations
    for (r141_t, o, cl) in r141_BIDI:
        r141_epair("bidi-" + r141_t, "Q_bidi", (3, 5, 20), "3x + 5 = " + o + "02" + cl, r141_NRS, arg=True)
    for (r141_t, c) in r141_LS:
        r141_epair("ls-" + r141_t, "Q_line_sep", (3, 5, 20), "3x + 5 = 20" + c + "\u2212 x", r141_NRS)
        r141_epair("lsn-" + r141_t, "Q_line_sep", (3, 5, 2), "3x + 5 = 2" + c + "6", r141_NRS, single=False)
    # look-alike x and letters
    r141_EX = [("cyrx", "3\u0445 + 5 = 26", "7", True), ("times", "3\u00d7 + 5 = 26", r141_NRS, False),
               ("fwx", "3\uff58 + 5 = 26", "7", True), ("fw3", "\uff13x + 5 = 26", "7", False),
               ("fwall", "\uff13\uff58 + \uff15 = \uff12\uff16", "7", False),
               ("fwplus", "3x \uff0b 5 = 26", "7", False), ("fweq", "3x + 5 \uff1d 26", "7", False),
               ("O-for-0", "3x + 5 = 2O", r141_NRS, False), ("l-for-1", "3x + 5 = l1", r141_NRS, False)]
    for (r141_t, eq, right, arg) in r141_EX:
        r141_epair("x-" + r141_t, "Q_lookalike", (3, 5, 20), eq, right, arg=arg)
    # safe equation variants: NBSP/thin space between tokens, ZW in prose
    r141_ESAFE = ["3x\u00a0+\u00a05 = 20", "3x + 5\u2009=\u200920", "3x + 5 = 20\u200b", "3x\u3000+ 5 = 20"]
    for i, eq in enumerate(r141_ESAFE):
        bid = r141_ebase(3, 5, 20, "A")
        sid = "d141-eok-%d" % i
        E(sid, "r141_eq_safe", "Solve for x: %s. Show each step." % eq, "x", "5", [r141_steps(3, 5, 20, "A")], safe=True)
        r141_safe.append(sid)
        r141_pairs.append((bid, sid))
    for i, pr in enumerate(["Solve\u00a0for x: 3x + 5 = 20. Show each step.",
                            "Solve for x: 3x + 5 = 20.\u00a0Show each\u200b step.",
                            "\ufeffSolve for x: 3x + 5 = 20. Show each step."]):
        bid = r141_ebase(3, 5, 20, "A")
        sid = "d141-eokp-%d" % i
        E(sid, "r141_eq_safe", pr, "x", "5", [r141_steps(3, 5, 20, "A")], safe=True)
        r141_safe.append(sid)
        r141_pairs.append((bid, sid))

    # ------------------------------------------------------------------ K: a second value hidden from the checks by a look-alike label
    # Visually two "Age" lines (or an "Age" correction): the checks read only the ASCII one.
    r141_KLAB = r141_LBL + [("cyrAll", "\u0410g\u0435"), ("grAll", "\u0391g\u03b5"), ("upcyr", "\u0410GE"),
                            ("lower-cyr", "\u0430ge"), ("ideo-sp", "Age\u3000"), ("nbsp-in", "A\u00a0ge")]
    for (r141_t, lab) in r141_KLAB:
        sep = " " if r141_t == "fwcolon" else ": "
        nm = r141_person()
        r141_single("K-after-" + r141_t, "K_hidden_twin", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\n%s%s52\nCity: Oslo\n" % (nm, lab, sep),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_single("K-before-" + r141_t, "K_hidden_twin", r141_SCH,
                    r141_INS + "Name: %s\n%s%s52\nAge: 41\nCity: Oslo\n" % (nm, lab, sep),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_single("K-corr-" + r141_t, "K_hidden_corr", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nCorrected %s%s43\n" % (nm, lab.lower() if r141_t in ("cyrA", "grA", "zw", "shy", "bom", "wj", "lri") else lab, sep),
                    {"name": nm, "age": 43, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_pair("K-corr-" + r141_t, "K_hidden_corr", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nCorrected %s%s43\n" % (nm, lab, sep),
                  {"name": nm, "age": 43, "city": "Oslo"})
        nm = r141_person()
        r141_pair("K-twin2-" + r141_t, "K_hidden_twin", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\n%s%s52\nAge: 41\nCity: Oslo\n" % (nm, lab, sep),
                  {"name": nm, "age": r141_NR, "city": "Oslo"})
    r141_CLAB = [("cyrC", "\u0421ity"), ("fwC", "\uff23ity"), ("zw", "Ci\u200bty"), ("shy", "Ci\u00adty"),
                 ("cyri", "C\u0456ty"), ("cyry", "Cit\u0443"), ("grI", "C\u03b9ty"), ("bom", "\ufeffCity"),
                 ("nfd", "Ci\u0301ty"), ("wj", "City\u2060")]
    for (r141_t, lab) in r141_CLAB:
        nm = r141_person()
        r141_single("Kc-after-" + r141_t, "K_hidden_twin_city", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n%s: Bergen\n" % (nm, lab),
                    {"name": nm, "age": 41, "city": r141_NRS}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_single("Kc-now-" + r141_t, "K_hidden_corr_city", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nNew %s: Bergen (moved in May)\n" % (nm, lab.lower()),
                    {"name": nm, "age": 41, "city": "Bergen"}, {"name": nm, "age": 41, "city": "Oslo"}, arg=True)
        nm = r141_person()
        r141_pair("Kc-after-" + r141_t, "K_hidden_twin_city", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\nAge: 41\nCity: Oslo\n%s: Bergen\n" % (nm, lab),
                  {"name": nm, "age": 41, "city": r141_NRS})

    # ------------------------------------------------------------------ L: escaped / encoded line breaks hiding a second line
    r141_BR = [("bsn", "\\n"), ("bsrn", "\\r\\n"), ("br", "<br>"), ("brs", "<br/>"), ("ent10", "&#10;"),
               ("entx0a", "&#x0A;"), ("pct0a", "%0A"), ("ltbr", "&lt;br&gt;"), ("p", "</p><p>"), ("pipe", " | "),
               ("semi", "; "), ("u2424", "\u2424"), ("u21b5", " \u21b5 "), ("pilcrow", " \u00b6 ")]
    for (r141_t, br) in r141_BR:
        nm = r141_person()
        r141_single("L-city-" + r141_t, "L_escaped_break", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\nCity: Oslo%sAge: 52\n" % (nm, br),
                    {"name": nm, "age": r141_NR, "city": r141_NRS}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_single("L-name-" + r141_t, "L_escaped_break", r141_SCH,
                    r141_INS + "Name: %s%sAge: 52\nAge: 41\nCity: Oslo\n" % (nm, br),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_single("L-corr-" + r141_t, "L_escaped_break", r141_SCH,
                    r141_INS + "Name: %s\nAge: 41\nCity: Oslo%sCorrection: age is 43, city is Bergen\n" % (nm, br),
                    {"name": nm, "age": 43, "city": "Bergen"}, {"name": nm, "age": 41, "city": "Oslo"}, arg=True)
        nm = r141_person()
        r141_pair("L-city-" + r141_t, "L_escaped_break", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\nAge: 41\nCity: Oslo%sAge: 52\n" % (nm, br),
                  {"name": nm, "age": r141_NR, "city": r141_NRS})
        nm = r141_person()
        r141_pair("L-note-" + r141_t, "L_escaped_break", r141_SCH,
                  r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nNote: none\n" % nm, {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\nAge: 41\nCity: Oslo\nNote: none%sAge: 52\n" % (nm, br),
                  {"name": nm, "age": r141_NR, "city": "Oslo"})

    # ------------------------------------------------------------------ M: struck-through digits by combining overlays
    r141_STR = [("long", "\u0336"), ("short", "\u0335"), ("slash", "\u0338"), ("tilde", "\u0334"), ("x", "\u0353"),
                ("dbl", "\u0333")]
    for (r141_t, m) in r141_STR:
        struck = "4" + m + "1" + m
        nm = r141_person()
        r141_single("M-repl-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, struck + " 43", "Oslo"),
                    {"name": nm, "age": 43 if r141_t in ("long", "short", "slash") else r141_NR, "city": "Oslo"},
                    {"name": nm, "age": 41, "city": "Oslo"}, arg=r141_t not in ("long", "short"))
        nm = r141_person()
        r141_pair("M-repl-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"}, r141_rec(nm, struck + " 43", "Oslo"),
                  {"name": nm, "age": 43 if r141_t in ("long", "short", "slash") else r141_NR, "city": "Oslo"},
                  arg=r141_t not in ("long", "short"))
        nm = r141_person()
        r141_pair("M-new-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, "43", "Oslo"),
                  {"name": nm, "age": 43, "city": "Oslo"}, r141_rec(nm, "4" + m + "3" + m + " 41", "Oslo"),
                  {"name": nm, "age": 41 if r141_t in ("long", "short", "slash") else r141_NR, "city": "Oslo"},
                  arg=r141_t not in ("long", "short"))
        nm = r141_person()
        sc = "".join(ch + m for ch in "Oslo")
        r141_single("M-city-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, "41", sc + " Bergen"),
                    {"name": nm, "age": 41, "city": "Bergen" if r141_t in ("long", "short", "slash") else r141_NRS},
                    {"name": nm, "age": 41, "city": "Oslo"}, arg=r141_t not in ("long", "short"))
        nm = r141_person()
        r141_pair("M-city-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"}, r141_rec(nm, "41", sc + " Bergen"),
                  {"name": nm, "age": 41, "city": "Bergen" if r141_t in ("long", "short", "slash") else r141_NRS},
                  arg=r141_t not in ("long", "short"))
        nm = r141_person()
        r141_single("M-alone-" + r141_t, "M_struck", r141_SCH, r141_rec(nm, struck, "Oslo"),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})

    # ------------------------------------------------------------------ N: scales, units and instructions in disguised letters
    r141_SCHK = S({"item": "string", "weight_kg": "number"}, {"weight_kg": "weight in kilograms"})
    r141_NOTE = [
        ("cyr-th", "All amounts in th\u043eusands of EUR.", 250000), ("fw-th", "All amounts in \uff54\uff48\uff4f\uff55\uff53\uff41\uff4e\uff44\uff53 of EUR.", 250000),
        ("zw-th", "All amounts in thou\u200bsands of EUR.", 250000), ("shy-th", "All amounts in thou\u00adsands of EUR.", 250000),
        ("cyr-k", "Figures in \u043a EUR (thousands).", 250000), ("mio-cyr", "All amounts in mill\u0456ons of EUR.", 250000000),
        ("ent-th", "All amounts in &#116;housands of EUR.", 250000), ("cents-cyr", "All amounts in \u0441ents.", 2.5),
        ("lbl-th", "Amount unit: th\u043eusand EUR", 250000), ("bidi-th", "All amounts in \u202esdnasuoht\u202c of EUR.", 250000),
    ]
    for (r141_t, note, right) in r141_NOTE:
        code = "INV-%d" % (7800 + len(r141_pairs))
        base = r141_inv(code, "250")
        var = "Invoice summary as JSON.\n%s\nInvoice: %s\nAmount: 250 EUR\nStatus: open\n" % (note, code)
        r141_pair("N-" + r141_t, "N_disguised_scale", r141_SCHA, base, {"invoice": code, "amount": 250}, var,
                  {"invoice": code, "amount": right}, arg=r141_t in ("cyr-k", "bidi-th"))
        code = "INV-%d" % (7800 + len(r141_pairs))
        r141_single("N-" + r141_t, "N_disguised_scale", r141_SCHA,
                    "Invoice summary as JSON.\n%s\nInvoice: %s\nAmount: 250 EUR\nStatus: open\n" % (note, code),
                    {"invoice": code, "amount": right}, {"invoice": code, "amount": 250}, arg=r141_t in ("cyr-k", "bidi-th"))
    r141_UNIT = [("cyr-lb", "Weight: 70 l\u0432"), ("fw-lb", "Weight: 70 \uff4c\uff42"), ("zw-lb", "Weight: 70 l\u200bb"),
                 ("cyr-g", "Weight: 70 \u0261"), ("pounds-cyr", "Weight: 70 p\u043eunds"),
                 ("gr-g", "Weight: 7000 \u0261rams"), ("t-cyr", "Weight: 70 \u0442"), ("oz-cyr", "Weight: 70 \u043ez")]
    r141_URIGHT = {"cyr-lb": 31.75, "fw-lb": 31.75, "zw-lb": 31.75, "cyr-g": 0.07, "pounds-cyr": 31.75, "gr-g": 7,
                   "t-cyr": 70000, "oz-cyr": 1.98}
    for (r141_t, line) in r141_UNIT:
        it = "Crate " + r141_nm()
        base = "Parcel to JSON.\nItem: %s\nWeight: 70\nOrigin: Oslo\n" % it
        var = "Parcel to JSON.\nItem: %s\n%s\nOrigin: Oslo\n" % (it, line)
        r141_pair("Nu-" + r141_t, "N_disguised_unit", r141_SCHK, base, {"item": it, "weight_kg": 70}, var,
                  {"item": it, "weight_kg": r141_NR}, arg=True)
        it = "Crate " + r141_nm()
        r141_single("Nu-" + r141_t, "N_disguised_unit", r141_SCHK,
                    "Parcel to JSON.\nItem: %s\n%s\nOrigin: Oslo\n" % (it, line),
                    {"item": it, "weight_kg": r141_NR}, {"item": it, "weight_kg": 70})
    r141_INSTR = [
        ("months-cyr", "Extract name, age in m\u043enths and city as JSON.", 492, "Oslo"),
        ("months-zw", "Extract name, age in mon\u200bths and city as JSON.", 492, "Oslo"),
        ("months-fw", "Extract name, age in \uff4d\uff4f\uff4e\uff54\uff48\uff53 and city as JSON.", 492, "Oslo"),
        ("months-shy", "Extract name, age in mon\u00adths and city as JSON.", 492, "Oslo"),
        ("months-ent", "Extract name, age in &#109;onths and city as JSON.", 492, "Oslo"),
        ("plus1-cyr", "Extract name, age and city as JSON; give the age n\u0435xt year.", 42, "Oslo"),
        ("upper-cyr", "Extract name, age and city as JSON, the city in \u0441apitals.", 41, "OSLO"),
        ("spouse-cyr", "Extract name, age of the sp\u043euse and city as JSON.", 39, "Oslo"),
        ("spouse-zw", "Extract name, age of the spo\u200buse and city as JSON.", 39, "Oslo"),
        ("prev-cyr", "Extract name, age and the pr\u0435vious city as JSON.", 41, "Bergen"),
        ("prev-fw", "Extract name, age and the \uff50\uff52\uff45\uff56\uff49\uff4f\uff55\uff53 city as JSON.", 41, "Bergen"),
        ("bidi", "Extract name, age and the \u202esuoiverp\u202c city as JSON.", 41, "Bergen"),
        ("b64", "Extract name, age and city as JSON. Also: dGhlIHByZXZpb3VzIGNpdHk= (decode and follow).", 41, "Bergen"),
    ]
    for (r141_t, ins, age, city) in r141_INSTR:
        nm = r141_person()
        body = "Text:\nName: %s\nAge: 41\nSpouse age: 39\nCity: Oslo\nPrevious city: Bergen\n" % nm
        base = "Extract name, age and city as JSON.\n" + body
        right = {"name": nm, "age": age, "city": city}
        arg = r141_t in ("b64", "bidi", "months-ent")
        r141_pair("Ni-" + r141_t, "N_disguised_instr", r141_SCH, base, {"name": nm, "age": 41, "city": "Oslo"},
                  ins + "\n" + body, right, arg=arg)
        # schema description in disguise

    # ------------------------------------------------------------------ P: control characters (C0, DEL, C1 incl. NEL) inside a value
    # The checks drop them ("Amount: 1<NEL>250" reads "1250"); a reader (or model) sees a line break or a gap.
    r141_CTL = [("nel", "\u0085"), ("rs", "\u001e"), ("us", "\u001f"), ("gs", "\u001d"), ("fs", "\u001c"),
                ("bel", "\u0007"), ("bs", "\u0008"), ("esc", "\u001b"), ("del", "\u007f"), ("soh", "\u0001"),
                ("c1-80", "\u0080"), ("c1-9b", "\u009b"), ("so", "\u000e"), ("sub", "\u001a")]
    for (r141_t, c) in r141_CTL:
        code = "INV-%d" % (8100 + len(r141_pairs))
        r141_pair("P-amt-" + r141_t, "P_control_in_value", r141_SCHA, r141_inv(code, "1250"),
                  {"invoice": code, "amount": 1250}, r141_inv(code, "1" + c + "250"),
                  {"invoice": code, "amount": r141_NR}, arg=True)
        code = "INV-%d" % (8100 + len(r141_pairs))
        r141_single("P-amt-" + r141_t, "P_control_in_value", r141_SCHA, r141_inv(code, "1" + c + "250"),
                    {"invoice": code, "amount": r141_NR}, {"invoice": code, "amount": 1250}, arg=True)
        nm = r141_person()
        r141_pair("P-age-" + r141_t, "P_control_in_value", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"}, r141_rec(nm, "4" + c + "1", "Oslo"),
                  {"name": nm, "age": r141_NR, "city": "Oslo"}, arg=True)
        nm = r141_person()
        r141_single("P-age-" + r141_t, "P_control_in_value", r141_SCH, r141_rec(nm, "4" + c + "1", "Oslo"),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"}, arg=True)
        # a second Age line behind the control char: the checks read one field "41age: 43"
        nm = r141_person()
        r141_single("P-two-" + r141_t, "P_control_in_value", r141_SCH,
                    r141_rec(nm, "41" + c + "Age: 43", "Oslo"),
                    {"name": nm, "age": r141_NR, "city": "Oslo"}, {"name": nm, "age": 41, "city": "Oslo"})
        nm = r141_person()
        r141_pair("P-city-" + r141_t, "P_control_in_value", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"}, r141_rec(nm, "41", "Os" + c + "lo"),
                  {"name": nm, "age": 41, "city": r141_NRS}, arg=True)
        nm = r141_person()
        r141_single("P-city-" + r141_t, "P_control_in_value", r141_SCH, r141_rec(nm, "41", "Os" + c + "lo"),
                    {"name": nm, "age": 41, "city": r141_NRS}, {"name": nm, "age": 41, "city": "Oslo"}, arg=True)


    # ------------------------------------------------------------------ R: reverse look-alikes, subscript labels, footnote marks
    for (r141_t, bc, vc) in [("cyr-O", "\u041eslo", "Oslo"), ("gr-O", "\u039fslo", "Oslo"), ("nfd", "Bogota\u0301", "Bogot\u00e1"),
                             ("nfc", "Bogot\u00e1", "Bogota\u0301"), ("zw", "Os\u200blo", "Oslo"), ("shy", "Ber\u00adgen", "Bergen"),
                             ("fw", "\uff2fslo", "Oslo"), ("cyr-e", "B\u0435rgen", "Bergen")]:
        nm = r141_person()
        r141_pair("R-rev-" + r141_t, "R_reverse_lookalike", r141_SCH, r141_rec(nm, "41", bc),
                  {"name": nm, "age": 41, "city": bc}, r141_rec(nm, "41", vc), {"name": nm, "age": 41, "city": vc})
    r141_SCHX = S({"x1": "number", "x2": "number"})
    for (r141_t, l1, l2) in [("sub", "x\u2081", "x\u2082"), ("sup", "x\u00b9", "x\u00b2"), ("fw", "x\uff11", "x\uff12"),
                             ("ar", "x\u0661", "x\u0662"), ("circ", "x\u2460", "x\u2461"), ("zw", "x\u200b1", "x\u200b2")]:
        base = "Return x1 and x2 as JSON.\nReadings:\nx1: 4\nx2: 7\nUnit: volt\n"
        var = "Return x1 and x2 as JSON.\nReadings:\n%s: 4\n%s: 7\nUnit: volt\n" % (l2, l1)
        r141_pair("R-xsub-" + r141_t, "R_subscript_label", r141_SCHX, base.replace("volt", "volt (" + r141_t + ")"),
                  {"x1": 4, "x2": 7}, var.replace("volt", "volt (" + r141_t + ")"), {"x1": 7, "x2": 4},
                  arg=r141_t in ("sup", "circ"))
        r141_single("R-xsub-" + r141_t, "R_subscript_label", r141_SCHX,
                    "Give x1 and x2 as JSON.\n%s: 5\n%s: 9\nSensor: " % (l2, l1) + r141_t + "\n",
                    {"x1": 9, "x2": 5}, {"x1": 5, "x2": 9}, arg=r141_t in ("sup", "circ"))
    for (r141_t, line) in [("fn1", "Age\u00b9: 41\nCity: Oslo\n\u00b9 self-reported"),
                           ("fn-star", "Age: 41*\nCity: Oslo\n* self-reported"),
                           ("fn-dag", "Age: 41\u2020\nCity: Oslo\n\u2020 self-reported")]:
        nm = r141_person()
        r141_pair("R-" + r141_t, "R_footnote_safe", r141_SCH, r141_rec(nm, "41", "Oslo"),
                  {"name": nm, "age": 41, "city": "Oslo"},
                  r141_INS + "Name: %s\n%s\n" % (nm, line), {"name": nm, "age": 41, "city": "Oslo"}, safe=True)


r141_gen()


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) all kept, every safe variant and every 6th of the held rest.
from probe_kit import sample_round as r141_sample_round  # noqa: E402
r141_found = set()
r141_sample_round("d141-", r141_found, 6, safe_every=1)
