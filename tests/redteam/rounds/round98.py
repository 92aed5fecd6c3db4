"""Red-team round 98 (black box, stepcache-s33): string values rewritten after rounds 95-97 (pointer
words, placeholders, other scripts, diacritics) and schema titles in signs. Adds its probes to probe_kit.P."""
import copy
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ---------------------------------------------------------------- round 98
r98_B = {}


def r98_render(instr, noun, fields):
    return (instr + "\n\nText:\nPlease process the following %s record.\n" % noun
            + "\n".join("%s: %s" % f for f in fields) + "\nEnd of %s record." % noun)


def r98_base(tag, instr, noun, fields, exp, schema):
    r98_B[tag] = dict(instr=instr, noun=noun, fields=fields, exp=exp, schema=schema)
    J("d98-%s-base" % tag, "r98_base", r98_render(instr, noun, fields), schema, exp, [exp])


def r98_val(tag, label, key, variants, fam="r98_value", pre=""):
    """variants: (vt, new_text, right_value[, family]) -- the field `label` gets new_text."""
    b = r98_B[tag]
    for v in variants:
        vt, text, right = v[:3]
        f = v[3] if len(v) > 3 else fam
        fields = [(l, text if l == label else t) for l, t in b["fields"]]
        exp = dict(b["exp"]); exp[key] = right
        safe = exp == b["exp"]
        J("d98-%s-%s%s" % (tag, pre, vt), f + ("_safe" if safe else ""), r98_render(b["instr"], b["noun"], fields),
          b["schema"], exp, [exp] if safe else [b["exp"], exp], safe=safe)


def r98_sch(tag, key, variants, fam="r98_title", pre=""):
    """variants: (vt, {title/description...}, right_value[, family]) -- same text, member `key` changed."""
    b = r98_B[tag]
    pr = r98_render(b["instr"], b["noun"], b["fields"])
    for v in variants:
        vt, upd, right = v[:3]
        f = v[3] if len(v) > 3 else fam
        s = copy.deepcopy(b["schema"])
        s["properties"][key].update(upd)
        exp = dict(b["exp"]); exp[key] = right
        safe = exp == b["exp"]
        J("d98-%s-%s%s" % (tag, pre, vt), f + ("_safe" if safe else ""), pr, s, exp,
          [exp] if safe else [b["exp"], exp], safe=safe)


# ======== (a) guest booking, no null allowed
r98_base("g", "Return the booking's guest, room and city as JSON.", "booking",
         [("Payer", "Lena Storm"), ("Guest", "Mira Holt"), ("Room", "214"), ("City", "Oslo"), ("Phone", "555-0101")],
         {"guest": "Mira Holt", "room": 214, "city": "Oslo"},
         S({"guest": "string", "room": "integer", "city": "string"}))
r98_val("g", "Guest", "guest", [
    ("yourname", "Your Name", "Your Name", "r98_placeholder"),
    ("walkin", "Walk In", "Walk In", "r98_placeholder"),
    ("walkin2", "Walk-In Guest", "Walk-In Guest", "r98_placeholder"),
    ("firstlast", "First Last", "First Last", "r98_placeholder"),
    ("johndoe", "John Doe", "John Doe", "r98_placeholder"),
    ("tba", "To Be Announced", "To Be Announced", "r98_placeholder"),
    ("notgiven", "Not Given", "Not Given", "r98_placeholder"),
    ("nameless", "No Name", "No Name", "r98_placeholder"),
    ("xx", "XXX XXXX", "XXX XXXX", "r98_placeholder"),
    ("dash", "— —", "— —", "r98_placeholder"),
    ("label-room", "Room Number", "Room Number", "r98_label"),
    ("label-phone", "Phone Number", "Phone Number", "r98_label"),
    ("label-guest", "Guest Name", "Guest Name", "r98_label"),
    ("label-payer", "Payer Name", "Payer Name", "r98_label"),
    ("asabove", "As Above", "Lena Storm", "r98_pointer"),
    ("samepayer", "Same Payer", "Lena Storm", "r98_pointer"),
    ("seepayer", "See Payer", "Lena Storm", "r98_pointer"),
    ("asspayer", "As Payer", "Lena Storm", "r98_pointer"),
    ("ditto", "Ditto Ditto", "Lena Storm", "r98_pointer"),
    ("ditto2", "〃 〃", "Lena Storm", "r98_pointer"),
    ("payerself", "Payer Herself", "Lena Storm", "r98_pointer"),
    ("frag-left", "Left Early", "Left Early", "r98_fragment"),
    ("frag-checked", "Checked Out", "Checked Out", "r98_fragment"),
    ("frag-ask", "Ask Reception", "Ask Reception", "r98_fragment"),
    ("role-mgr", "Duty Manager", "Duty Manager", "r98_role"),
    ("role-child", "Her Son", "Her Son", "r98_role"),
    ("role-guest", "The Guest", "The Guest", "r98_role"),
    ("role-mr", "Mr. Holt", "Mr. Holt", "r98_role"),
    ("cyr", "Мира Холт", "Мира Холт", "r98_script"),
    ("greek", "Μίρα Χολτ", "Μίρα Χολτ", "r98_script"),
    ("kata", "ミラ ホルト", "ミラ ホルト", "r98_script"),
    ("arab", "ميرا هولت", "ميرا هولت", "r98_script"),
    ("homo-a", "Mir\u0430 Holt", "Mir\u0430 Holt", "r98_homoglyph"),
    ("homo-o", "Mira H\u043elt", "Mira H\u043elt", "r98_homoglyph"),
    ("homo-both", "\u041cira Holt", "\u041cira Holt", "r98_homoglyph"),
    ("same", "Mira Holt", "Mira Holt"),
    ("other", "Lena Storm", "Lena Storm", "r98_pointer"),
    ("swapped", "Holt Mira", "Holt Mira", "r98_order"),
    ("ini", "Mira H.", "Mira H.", "r98_order"),
])
r98_val("g", "City", "city", [
    ("unknown", "Unknown", "Unknown", "r98_placeholder"),
    ("na", "N/A", "N/A", "r98_placeholder"),
    ("tbd", "TBD", "TBD", "r98_placeholder"),
    ("anytown", "Anytown", "Anytown", "r98_placeholder"),
    ("city", "City", "City", "r98_label"),
    ("phone", "Phone", "Phone", "r98_label"),
    ("same", "Same", "Same", "r98_pointer"),
    ("home", "Home", "Home", "r98_fragment"),
    ("abroad", "Abroad", "Abroad", "r98_fragment"),
    ("cyr", "Осло", "Осло", "r98_script"),
    ("homo", "\u041eslo", "\u041eslo", "r98_homoglyph"),
    ("greekO", "\u039fslo", "\u039fslo", "r98_homoglyph"),
    ("zero", "0slo", "0slo", "r98_homoglyph"),
    ("ist", "İstanbul", "İstanbul", "r98_diacritic"),
], pre="ci-")

# ======== (a) codes
r98_base("c", "Return the parcel's code, sender and weight as JSON.", "parcel",
         [("Code", "KX-17"), ("Sender", "Jonas Berg"), ("Weight", "4 kg")],
         {"code": "KX-17", "sender": "Jonas Berg", "weight_kg": 4},
         S({"code": "string", "sender": "string", "weight_kg": "integer"}))
r98_val("c", "Code", "code", [
    ("na00", "NA-00", "NA-00", "r98_placeholder"),
    ("xx00", "XX-00", "XX-00", "r98_placeholder"),
    ("abcd", "AB-CD", "AB-CD", "r98_placeholder"),
    ("idno", "ID-No", "ID-No", "r98_label"),
    ("na-slash", "N/A-00", "N/A-00", "r98_placeholder"),
    ("cyr", "КХ-17", "КХ-17", "r98_homoglyph"),
    ("fw", "ＫＸ-１７", "ＫＸ-１７", "r98_script"),
    ("o0", "KX-1O", "KX-1O", "r98_homoglyph"),
    ("lower", "kx-17", "kx-17", "r98_case"),
    ("mx", "MX-71", "MX-71"),
])
r98_val("c", "Sender", "sender", [
    ("same", "Same Sender", "Same Sender", "r98_placeholder"),
    ("anon", "Anonymous Sender", "Anonymous Sender", "r98_placeholder"),
    ("depot", "Oslo Depot", "Oslo Depot", "r98_label"),
    ("code", "Parcel Code", "Parcel Code", "r98_label"),
    ("mueller", "Jonas Mueller", "Jonas Mueller", "r98_diacritic"),
], pre="se-")

# ======== (c) diacritics: bases with diacritics, variants rewritten
r98_base("z", "Return the member's name, city and club as JSON.", "member",
         [("Name", "Zoë Müller"), ("City", "İstanbul"), ("Club", "Ørsta IL"), ("Fee", "300")],
         {"name": "Zoë Müller", "city": "İstanbul", "club": "Ørsta IL"},
         S({"name": "string", "city": "string", "club": "string"}))
r98_val("z", "Name", "name", [
    ("zoe", "Zoe Müller", "Zoe Müller", "r98_diacritic"),
    ("mueller", "Zoë Mueller", "Zoë Mueller", "r98_diacritic"),
    ("muller", "Zoë Muller", "Zoë Muller", "r98_diacritic"),
    ("both", "Zoe Mueller", "Zoe Mueller", "r98_diacritic"),
    ("nfd", "Zoe\u0308 Mu\u0308ller", "Zoe\u0308 Mu\u0308ller", "r98_nfd"),
    ("zoe-acute", "Zoé Müller", "Zoé Müller", "r98_diacritic"),
    ("zoe-tilde", "Zoẽ Müller", "Zoẽ Müller", "r98_diacritic"),
    ("mueller-u", "Zoë Mûller", "Zoë Mûller", "r98_diacritic"),
    ("caps", "ZOË MÜLLER", "ZOË MÜLLER", "r98_case"),
    ("ss", "Zoë Müßer", "Zoë Müßer", "r98_diacritic"),
    ("cyr", "Зоя Мюллер", "Зоя Мюллер", "r98_script"),
    ("homo-o", "Z\u043e\u00eb Müller", "Z\u043e\u00eb Müller", "r98_homoglyph"),
])
r98_val("z", "City", "city", [
    ("istanbul", "Istanbul", "Istanbul", "r98_diacritic"),
    ("dotless", "Istanbul".replace("I", "ı"), "ıstanbul", "r98_diacritic"),
    ("lower", "istanbul", "istanbul", "r98_case"),
    ("tr-lower", "i̇stanbul", "i̇stanbul", "r98_case"),
    ("izmir", "İzmir", "İzmir"),
    ("konst", "Konstantinopel", "Konstantinopel"),
    ("sao", "São Paulo", "São Paulo"),
    ("lodz", "Łódź", "Łódź"),
    ("lodz2", "Lodz", "Lodz", "r98_diacritic"),
], pre="ci-")
r98_val("z", "Club", "club", [
    ("orsta", "Orsta IL", "Orsta IL", "r98_diacritic"),
    ("oersta", "Oersta IL", "Oersta IL", "r98_diacritic"),
    ("aorsta", "Örsta IL", "Örsta IL", "r98_diacritic"),
    ("volda", "Volda IL", "Volda IL"),
    ("oil", "Ørsta lL", "Ørsta lL", "r98_homoglyph"),
], pre="cl-")
# plain ASCII base, variants gain diacritics
r98_base("za", "Return the member's name, city and club as JSON.", "member",
         [("Name", "Zoe Mueller"), ("City", "Istanbul"), ("Club", "Orsta IL"), ("Fee", "300")],
         {"name": "Zoe Mueller", "city": "Istanbul", "club": "Orsta IL"},
         S({"name": "string", "city": "string", "club": "string"}))
r98_val("za", "Name", "name", [
    ("zoe", "Zoë Mueller", "Zoë Mueller", "r98_diacritic"),
    ("mueller", "Zoe Müeller", "Zoe Müeller", "r98_diacritic"),
    ("dvorak", "Zoe Dvořák", "Zoe Dvořák", "r98_diacritic"),
    ("nguyen", "Zoe Nguyễn", "Zoe Nguyễn", "r98_diacritic"),
    ("nfd", "Zoe\u0308 Mueller", "Zoe\u0308 Mueller", "r98_nfd"),
    ("homo-e", "Zo\u0435 Mueller", "Zo\u0435 Mueller", "r98_homoglyph"),
])
r98_val("za", "City", "city", [
    ("ist", "İstanbul", "İstanbul", "r98_diacritic"),
    ("isik", "Işık", "Işık", "r98_diacritic"),
    ("homo", "Іstanbul", "Іstanbul", "r98_homoglyph"),
], pre="ci-")
r98_val("za", "Club", "club", [
    ("orsta", "Ørsta IL", "Ørsta IL", "r98_diacritic"),
    ("aa", "Årsta IL", "Årsta IL", "r98_diacritic"),
], pre="cl-")

# ======== (b) titles/descriptions with signs, text unchanged
r98_base("m", "Return the reading's weight and height as JSON.", "reading",
         [("Patient", "Jonas Berg"), ("Weight", "10 kg"), ("Height", "183 cm")],
         {"weight": 10, "height": 183},
         S({"weight": "number", "height": "number"}))
r98_sch("m", "weight", [
    ("wlb", {"title": "Weight (lb)"}, 22.05),
    ("wlbd", {"description": "lb"}, 22.05),
    ("wg", {"title": "Weight (g)"}, 10000),
    ("woz", {"title": "Weight (oz)"}, 352.74),
    ("wst", {"title": "Weight (st)"}, 1.57),
    ("wt", {"title": "Weight (t)"}, 0.01),
    ("wkg", {"title": "Weight (kg)"}, 10),
])
r98_sch("m", "height", [
    ("hft", {"title": "Height (ft)"}, 6.0),
    ("hin", {"title": "Height (in)"}, 72.05),
    ("hm", {"title": "Height (m)"}, 1.83),
    ("hmm", {"title": "Height (mm)"}, 1830),
    ("hq", {"title": "Height (′)"}, 6.0),
    ("hdq", {"title": "Height (″)"}, 72.05),
    ("hcm", {"title": "Height (cm)"}, 183),
])

r98_base("p", "Return the order's price, rate and amount as JSON.", "order",
         [("Order", "A-77"), ("Price", "40.00"), ("Rate", "2.5 %"), ("Amount", "125.00"), ("VAT", "25.00")],
         {"price": 40, "rate": 2.5, "amount": 125},
         S({"price": "number", "rate": "number", "amount": "number"}))
r98_sch("p", "rate", [
    ("permille", {"title": "Rate (‰)"}, 25),
    ("permilled", {"description": "‰"}, 25),
    ("bp", {"title": "Rate (bp)"}, 250),
    ("bps", {"title": "Rate (‱)"}, 250),
    ("frac", {"title": "Rate (0–1)"}, 0.025),
    ("pct", {"title": "Rate (%)"}, 2.5),
])
r98_sch("p", "price", [
    ("ppermille", {"title": "Price (‰)"}, 40000),
    ("ore", {"title": "Price (øre)"}, 4000),
    ("pence", {"title": "Price (p)"}, 4000),
    ("k", {"title": "Price (k)"}, 0.04),
    ("x2", {"title": "Price ×2"}, 80),
    ("half", {"title": "Price ½"}, 20),
    ("neg", {"title": "Price (−)"}, -40),
    ("each", {"title": "Price (each)"}, 40, "r98_title"),
])
r98_sch("p", "amount", [
    ("net", {"title": "Amount (net)"}, 100),
    ("netd", {"description": "net"}, 100),
    ("ex", {"title": "Amount (ex VAT)"}, 100),
    ("exd", {"title": "Amount (excl.)"}, 100),
    ("minus", {"title": "Amount (−)"}, -125),
    ("minus2", {"title": "Amount −"}, -125),
    ("hyph", {"title": "Amount (-)"}, -125),
    ("cr", {"title": "Amount (CR)"}, -125),
    ("vat", {"title": "Amount (VAT)"}, 25),
    ("vatd", {"description": "VAT only"}, 25),
    ("gross", {"title": "Amount (gross)"}, 125),
])

r98_base("d", "Return the event's date, time and name as JSON.", "event",
         [("Venue", "Town hall"), ("Date", "2027-04-03"), ("Time", "18:30"), ("Host", "Jonas Berg"), ("Phone", "22 33 44 55"), ("Country", "Norway")],
         {"date": "2027-04-03", "time": "18:30", "host": "Jonas Berg", "phone": "22 33 44 55"},
         S({"date": "string", "time": "string", "host": "string", "phone": "string"}))
r98_sch("d", "date", [
    ("us", {"title": "Date (US)"}, "04/03/2027"),
    ("eu", {"title": "Date (EU)"}, "03.04.2027"),
    ("usd", {"description": "US"}, "04/03/2027"),
    ("mdy", {"title": "Date (M/D/Y)"}, "04/03/2027"),
    ("yy", {"title": "Date (YY)"}, "27"),
    ("dow", {"title": "Date (weekday)"}, "Saturday"),
    ("iso", {"title": "Date (ISO)"}, "2027-04-03"),
])
r98_sch("d", "time", [
    ("12h", {"title": "Time (12h)"}, "6:30 PM"),
    ("12hd", {"description": "12h"}, "6:30 PM"),
    ("ampm", {"title": "Time (a.m./p.m.)"}, "6:30 PM"),
    ("utc", {"title": "Time (UTC)"}, "17:30"),
    ("min", {"title": "Time (min)"}, "1110"),
    ("24h", {"title": "Time (24h)"}, "18:30"),
])
r98_sch("d", "host", [
    ("nlast", {"title": "Name (last)"}, "Berg"),
    ("first", {"title": "Name (first)"}, "Jonas"),
    ("lastd", {"description": "last"}, "Berg"),
    ("lf", {"title": "Name (last, first)"}, "Berg, Jonas"),
    ("ini", {"title": "Name (initials)"}, "JB"),
    ("caps", {"title": "NAME (CAPS)"}, "JONAS BERG"),
    ("full", {"title": "Name (full)"}, "Jonas Berg"),
])
r98_sch("d", "phone", [
    ("intl", {"title": "Phone (intl)"}, "+47 22 33 44 55"),
    ("intld", {"description": "intl"}, "+47 22 33 44 55"),
    ("e164", {"title": "Phone (E.164)"}, "+4722334455"),
    ("plus", {"title": "Phone (+)"}, "+47 22 33 44 55"),
    ("last4", {"title": "Phone (last 4)"}, "4455"),
    ("digits", {"title": "Phone (digits)"}, "22334455"),
    ("local", {"title": "Phone (local)"}, "22 33 44 55"),
])

r98_base("s", "Return the player's score, rank and year as JSON.", "player",
         [("Player", "Mira Holt"), ("Score", "42"), ("Rank", "3"), ("Year", "2027"), ("Time", "2 min")],
         {"score": 42, "rank": 3, "year": 2027, "time_s": 2},
         S({"score": "number", "rank": "integer", "year": "integer", "time_s": "integer"}))
r98_sch("s", "score", [
    ("pct", {"title": "Score (%)"}, 84),
    ("pctd", {"description": "%"}, 84),
    ("of10", {"title": "Score /10"}, 8.4),
    ("down", {"title": "Score ↓"}, 8, "r98_title"),
    ("lost", {"title": "Score (lost)"}, 8),
    ("max", {"title": "Score (max)"}, 50),
    ("frac", {"title": "Score (0–1)"}, 0.84),
])
r98_sch("s", "rank", [
    ("hash", {"title": "Rank #"}, 3, "r98_title"),
    ("from-end", {"title": "Rank (from last)"}, 18),
    ("of", {"title": "Rank (of)"}, 20),
    ("rpct", {"title": "Rank (%)"}, 15),
    ("n", {"title": "Rank (N)"}, 20),
])
r98_sch("s", "year", [
    ("yyy", {"title": "Year (YY)"}, 27),
    ("be", {"title": "Year (BE)"}, 2570),
    ("ah", {"title": "Year (AH)"}, 1448),
    ("prev", {"title": "Year (−1)"}, 2026),
    ("ad", {"title": "Year (AD)"}, 2027),
])

# time_s: base stored with the stale "2" would itself be wrong; use the key's unit: right base 120
P[:] = [p for p in P if not p["id"].startswith("d98-s-")]
r98_B.pop("s")
r98_base("s", "Return the player's score, rank and year as JSON.", "player",
         [("Team", "Vikings"), ("Score", "42"), ("Rank", "3"), ("Year", "2027")],
         {"score": 42, "rank": 3, "year": 2027},
         S({"score": "number", "rank": "integer", "year": "integer"}))
r98_sch("s", "score", [
    
    
    
    
    
    
    ("down", {"title": "Score ↓"}, 42, "r98_title"),
    ("x2", {"title": "Score ×2"}, 84),
    ("neg", {"title": "Score (−)"}, -42),
    ("sq", {"title": "Score²"}, 1764),
    ("half", {"title": "Score ÷ 2"}, 21),
    ("pm", {"title": "Score (‰ of 1000)"}, 42, "r98_title"),
])
r98_sch("s", "rank", [
    ("hash", {"title": "Rank #"}, 3, "r98_title"),
    
    
    
])
r98_sch("s", "year", [
    ("yyy", {"title": "Year (YY)"}, 27),
    ("be", {"title": "Year (BE)"}, 2570),
    ("prev", {"title": "Year (−1)"}, 2026),
    ("ad", {"title": "Year (AD)"}, 2027),
])


# ======== (a) pointers and placeholders on a base whose string members are rewritten
r98_base("q", "Return the parcel's code, sender and weight as JSON.", "parcel",
         [("Code", "KX-17"), ("Recipient", "Lena Storm"), ("Sender", "Jonas Berg"), ("Weight", "4 kg")],
         {"code": "KX-17", "sender": "Jonas Berg", "weight_kg": 4},
         S({"code": "string", "sender": "string", "weight_kg": "integer"}))
r98_val("q", "Sender", "sender", [
    ("asrec", "As Recipient", "Lena Storm", "r98_pointer"),
    ("asabove", "As Above", "Lena Storm", "r98_pointer"),
    ("ditto", "Ditto Above", "Lena Storm", "r98_pointer"),
    ("marks", "〃 〃", "Lena Storm", "r98_pointer"),
    ("same", "Same Person", "Lena Storm", "r98_pointer"),
    ("self", "Recipient Herself", "Lena Storm", "r98_pointer"),
    ("see", "See Recipient", "Lena Storm", "r98_pointer"),
    ("lena", "Lena Storm", "Lena Storm"),
])
r98_val("c", "Sender", "sender", [
    ("yourname", "Your Name", "Your Name", "r98_placeholder"),
    ("walkin", "Walk In", "Walk In", "r98_placeholder"),
    ("full", "Full Name", "Full Name", "r98_label"),
    ("namesur", "Name Surname", "Name Surname", "r98_placeholder"),
    ("jane", "Jane Doe", "Jane Doe", "r98_placeholder"),
    ("notstated", "Not Stated", "Not Stated", "r98_placeholder"),
    ("ask", "Ask Depot", "Ask Depot", "r98_fragment"),
    ("codewords", "Kx Seventeen", "Kx Seventeen", "r98_label"),
    ("weight", "Four Kilos", "Four Kilos", "r98_label"),
    ("role", "Head Office", "Head Office", "r98_role"),
    ("role2", "The Sender", "The Sender", "r98_role"),
    ("cyr", "Йонас Берг", "Йонас Берг", "r98_script"),
    ("kata", "ヨナス ベルグ", "ヨナス ベルグ", "r98_script"),
    ("homo", "Jоnas Berg", "Jоnas Berg", "r98_homoglyph"),
    ("sentence", "Left Unsigned", "Left Unsigned", "r98_fragment"),
    ("noone", "Nobody Known", "Nobody Known", "r98_placeholder"),
], pre="se2-")

# ======== (a) booking without a second name field
r98_base("h", "Return the booking's guest, room and city as JSON.", "booking",
         [("Guest", "Mira Holt"), ("Room", "214"), ("City", "Oslo")],
         {"guest": "Mira Holt", "room": 214, "city": "Oslo"},
         S({"guest": "string", "room": "integer", "city": "string"}))
r98_val("h", "Guest", "guest", [
    ("yourname", "Your Name", "Your Name", "r98_placeholder"),
    ("walkin", "Walk In", "Walk In", "r98_placeholder"),
    ("johndoe", "John Doe", "John Doe", "r98_placeholder"),
    ("notgiven", "Not Given", "Not Given", "r98_placeholder"),
    ("label-room", "Room Number", "Room Number", "r98_label"),
    ("label-city", "Oslo City", "Oslo City", "r98_label"),
    ("frag", "Checked Out", "Checked Out", "r98_fragment"),
    ("role", "Duty Manager", "Duty Manager", "r98_role"),
    ("cyr", "Мира Холт", "Мира Холт", "r98_script"),
    ("homo", "Mirа Holt", "Mirа Holt", "r98_homoglyph"),
    ("zoe", "Zoë Müller", "Zoë Müller", "r98_diacritic"),
    ("ditto", "〃 〃", "〃 〃", "r98_placeholder"),
])
r98_val("h", "City", "city", [
    ("unknown", "Unknown", "Unknown", "r98_placeholder"),
    ("na", "N/A", "N/A", "r98_placeholder"),
    ("city", "City", "City", "r98_label"),
    ("room", "Room", "Room", "r98_label"),
    ("home", "Home", "Home", "r98_fragment"),
    ("cyr", "Осло", "Осло", "r98_script"),
    ("homo", "Оslo", "Оslo", "r98_homoglyph"),
    ("ist", "İstanbul", "İstanbul", "r98_diacritic"),
    ("istA", "Istanbul", "Istanbul", "r98_diacritic"),
], pre="ci-")


# ======== schema constraints the rewritten value breaks (pattern / format / enum / maxLength)
r98_base("k", "Return the parcel's code, sender and city as JSON.", "parcel",
         [("Code", "KX-17"), ("Sender", "Jonas Berg"), ("City", "Oslo")],
         {"code": "KX-17", "sender": "Jonas Berg", "city": "Oslo"},
         S({"code": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{2}$"},
            "sender": {"type": "string", "pattern": "^[A-Z][a-z]+ [A-Z][a-z]+$"},
            "city": {"type": "string", "enum": ["Oslo", "Bergen", "Tromsø"]}}))
r98_val("k", "Code", "code", [
    ("o0", "KX-1O", "KX-1O", "r98_schema_violation"),
    ("abcd", "AB-CD", "AB-CD", "r98_schema_violation"),
    ("lower", "kx-17", "kx-17", "r98_schema_violation"),
    ("cyr", "КХ-17", "КХ-17", "r98_schema_violation"),
    ("ok", "MX-71", "MX-71"),
])
r98_val("k", "Sender", "sender", [
    ("cyr", "Йонас Берг", "Йонас Берг", "r98_schema_violation"),
    ("homo", "J\u043enas Berg", "J\u043enas Berg", "r98_schema_violation"),
    ("zoe", "Zoë Müller", "Zoë Müller", "r98_schema_violation"),
    ("caps", "JONAS BERG", "JONAS BERG", "r98_schema_violation"),
    ("ok", "Lena Storm", "Lena Storm"),
], pre="se-")
r98_val("k", "City", "city", [
    ("bergen", "Bergen", "Bergen"),
    ("unknown", "Unknown", "Unknown", "r98_schema_violation"),
    ("cyr", "Осло", "Осло", "r98_schema_violation"),
    ("homo", "\u041eslo", "\u041eslo", "r98_schema_violation"),
    ("tromso", "Tromso", "Tromso", "r98_schema_violation"),
], pre="ci-")

# ======== (c) a member's title/description asks for another script or no diacritics
r98_sch("z", "name", [
    ("ascii", {"title": "Name (ASCII)"}, "Zoe Mueller"),
    ("nodia", {"description": "without diacritics"}, "Zoe Muller"),
    ("latin", {"title": "Name (Latin-1)"}, "Zoë Müller", "r98_title"),
    ("cyr", {"title": "Name (Cyrillic)"}, "Зоя Мюллер"),
    ("lf", {"title": "Name (last, first)"}, "Müller, Zoë"),
], fam="r98_title_script", pre="t-")
r98_sch("z", "city", [
    ("en", {"title": "City (EN)"}, "Istanbul"),
    ("ascii", {"title": "City (ASCII)"}, "Istanbul"),
    ("iata", {"title": "City (IATA)"}, "IST"),
    ("tr", {"title": "City (TR)"}, "İstanbul", "r98_title"),
], fam="r98_title_script", pre="tc-")
r98_sch("za", "name", [
    ("de", {"title": "Name (DE)"}, "Zoë Müller"),
    ("umlaut", {"description": "with umlauts"}, "Zoë Müller"),
], fam="r98_title_script", pre="t-")
r98_sch("za", "city", [
    ("tr", {"title": "City (TR)"}, "İstanbul"),
    ("de", {"title": "City (DE)"}, "Istanbul", "r98_title"),
], fam="r98_title_script", pre="tc-")


# ======== (b) unit signs as compatibility characters and other languages' short words
r98_sch("m", "weight", [
    ("sq-kg", {"title": "Weight (㎏)"}, 10, "r98_title"),
    ("sq-mg", {"title": "Weight (㎎)"}, 10000000),
    ("sq-g", {"title": "Weight (ｇ)"}, 10000),
    ("lbsym", {"title": "Weight (℔)"}, 22.05),
    ("lbs", {"title": "Weight (lbs.)"}, 22.05),
    ("pfund", {"title": "Gewicht (Pfund)"}, 20),
    ("livres", {"title": "Poids (livres)"}, 22.05),
    ("funt", {"title": "Вес (фунты)"}, 22.05),
    ("jin", {"title": "重量 (斤)"}, 20),
    ("kg-cjk", {"title": "重量 (公斤)"}, 10, "r98_title"),
], pre="u-")
r98_sch("m", "height", [
    ("sq-cm", {"title": "Height (㎝)"}, 183, "r98_title"),
    ("sq-mm", {"title": "Height (㎜)"}, 1830),
    ("sq-km", {"title": "Height (㎞)"}, 0.00183),
    ("prime", {"title": "Height (ʹ)"}, 6.0),
    ("fuss", {"title": "Höhe (Fuß)"}, 6.0),
    ("pouces", {"title": "Hauteur (pouces)"}, 72.05),
    ("cun", {"title": "身高 (米)"}, 1.83),
], pre="u-")
r98_sch("p", "price", [
    ("mill", {"title": "Price (₥)"}, 40000),
    ("cent-de", {"title": "Preis (Cent)"}, 4000),
    ("ore-sv", {"title": "Pris (öre)"}, 4000),
    ("sen", {"title": "価格 (銭)"}, 4000),
    ("fen", {"title": "价格 (分)"}, 4000),
    ("tsd", {"title": "Preis (Tsd.)"}, 0.04),
    ("wan", {"title": "价格 (万)"}, 0.004),
], pre="u-")
r98_sch("p", "amount", [
    ("netto", {"title": "Betrag (netto)"}, 100),
    ("hors", {"title": "Montant (HT)"}, 100),
    ("neto", {"title": "Importe (neto)"}, 100),
    ("moms", {"title": "Belopp (exkl. moms)"}, 100),
    ("shui", {"title": "金额 (不含税)"}, 100),
    ("soll", {"title": "Betrag (Soll)"}, -125),
    ("brutto", {"title": "Betrag (brutto)"}, 125, "r98_title"),
], pre="u-")

# ======== (a) two names of the same shape
r98_base("w", "Return the visit's guest and host as JSON.", "visit",
         [("Guest", "Mira Holt"), ("Host", "Lena Storm"), ("Room", "B2")],
         {"guest": "Mira Holt", "host": "Lena Storm"},
         S({"guest": "string", "host": "string"}))
r98_val("w", "Guest", "guest", [
    ("ashost", "As Host", "Lena Storm", "r98_pointer"),
    ("samehost", "Same Host", "Lena Storm", "r98_pointer"),
    ("label", "Host Name", "Host Name", "r98_label"),
    ("yourname", "Your Name", "Your Name", "r98_placeholder"),
    ("hostval", "Lena Storm", "Lena Storm"),
    ("homo", "Mir\u0430 Holt", "Mir\u0430 Holt", "r98_homoglyph"),
])
r98_val("w", "Host", "host", [
    ("asguest", "As Guest", "Mira Holt", "r98_pointer"),
    ("ditto", "〃 〃", "Mira Holt", "r98_pointer"),
    ("label", "Guest Name", "Guest Name", "r98_label"),
    ("self", "Guest Herself", "Mira Holt", "r98_pointer"),
    ("zoe", "Zoë Müller", "Zoë Müller", "r98_diacritic"),
], pre="h-")


# ======== (a) pointers that do not name the other member
r98_base("v", "Return the visit's host and guest as JSON.", "visit",
         [("Host", "Lena Storm"), ("Guest", "Mira Holt"), ("Room", "B2")],
         {"host": "Lena Storm", "guest": "Mira Holt"},
         S({"host": "string", "guest": "string"}))
r98_val("v", "Guest", "guest", [
    ("asabove", "As Above", "Lena Storm", "r98_pointer"),
    ("sameabove", "Same Above", "Lena Storm", "r98_pointer"),
    ("ditto", "Ditto Ditto", "Lena Storm", "r98_pointer"),
    ("marks", "〃 〃", "Lena Storm", "r98_pointer"),
    ("samep", "Same Person", "Lena Storm", "r98_pointer"),
    ("idem", "Idem Idem", "Lena Storm", "r98_pointer"),
    ("dito", "Dito Oben", "Lena Storm", "r98_pointer"),
    ("arrow", "↑ ↑", "Lena Storm", "r98_pointer"),
    ("sameline", "Line Above", "Lena Storm", "r98_pointer"),
    ("herself", "Visitor Herself", "Visitor Herself", "r98_role"),
    ("no-dito", "Som Over", "Lena Storm", "r98_pointer"),
    ("fr-idem", "Même Personne", "Lena Storm", "r98_pointer"),
])

r98_val("v", "Host", "host", [
    ("asbelow", "As Below", "Mira Holt", "r98_pointer"),
    ("seebelow", "See Below", "Mira Holt", "r98_pointer"),
    ("sameguest", "Same Guest", "Mira Holt", "r98_pointer"),
], pre="h-")

r98_base("f", "Return the trip's origin and destination as JSON.", "trip",
         [("Origin", "Oslo"), ("Destination", "Bergen"), ("Seats", "2")],
         {"origin": "Oslo", "destination": "Bergen"},
         S({"origin": "string", "destination": "string"}))
r98_val("f", "Destination", "destination", [
    ("same", "Same", "Oslo", "r98_pointer"),
    ("ditto", "Ditto", "Oslo", "r98_pointer"),
    ("idem", "Idem", "Oslo", "r98_pointer"),
    ("dito", "Dito", "Oslo", "r98_pointer"),
    ("ebenso", "Ebenso", "Oslo", "r98_pointer"),
    ("likewise", "Likewise", "Oslo", "r98_pointer"),
    ("roundtrip", "Round-trip", "Oslo", "r98_pointer"),
    ("home", "Home", "Home", "r98_fragment"),
    ("trondheim", "Trondheim", "Trondheim"),
])
