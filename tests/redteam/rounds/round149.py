"""Red-team round 149 (black box, stepcache_s35): RANGES, BOUNDS, APPROXIMATIONS, TOLERANCES AND COMPOUND QUANTITIES
as the value of a number / integer member (and of a string member with a digits pattern, "room").
Records "Extract name and age as JSON.\nName: …\nAge: …" and the same shape for weight (kg), attendees, price (EUR),
seats taken, distance (km), population, room, quantity, cups, discount (percent / fraction), height (m / cm),
min_age / max_age. 8,897 probes (2,952 bases, 126 safe, 10 parts): PAIRS (a base with the plain value stored, then the variant,
model answers [stale value, the other end]) and SINGLES (model answers one end / one part; --runs 2).
Part 1 -- the value itself qualified on its field line: "40–45", "40-45", "40 to 45", "between 40 and 45", "40/45",
"40 or 41", "40 (min) / 45 (max)", "[40, 45]", "40..45", ranges in German/French/Spanish/Norwegian/Dutch/Russian/Japanese/
Polish/Italian; "40+", ">40", "≥ 40", "<40", "under/over/up to/at least/no more than 40", "max. 40", "40以上", "mindestens
40"; "40-ish", "~40", "ca. 40", "c. 40", "approx. 40", "40 (est.)", "40?", "約40", "ungefähr/environ/cerca de/omtrent/
około/примерно 40"; "40 ± 2", "40 (±5%)", "40 +/- 2"; "40 (net) / 48 (gross)", "40 of 50", "2 × 20", "20 + 20",
"3 dozen", "a couple", "several", "1/2", "½", "1 ½", "2 ¼"; "40%" for a fraction member, "0.4%" / "40 bp" / "40‰" for a
percent member; "1.80 m (5'11\")"; one end for min_age / max_age. HELD: nothing stored, nothing served from the cache.
The reuse step refuses a changed field ("not a value of the same shape", "the statement holding its evidence
changed"); the fresh checks refuse most ranges ("the text gives 45 as one end of a range"), and what they serve fresh
("40+" -> 40, ">40", "40; 45", "40 (min) / 45 (max)" -> 40, "12 bis 15 kg" -> 15, "2 × 6 kg" -> 6, "Discount: 40%" ->
40 for a fraction) is never stored ("not stored: the model gave a value again that failed reuse" / no candidate in run 2).
Parts 2-10 -- the field line unchanged and a line added after it (a continuation "–45", "to 45", "or 45", "(to
45)", "Max: 45", "(or more)", "(minimum)", "(approx.)", "(est.)", "(±2)", "× 2", "(net; 15 kg gross)", "dozen", "½",
"and a half"), a heading before it ("Approximate figures:", "Minimums:", "概算:"), a note after the record ("Note: the
figures above are minimums."), a unit on the next line ("lb", "g", "miles", "km/h"), word lines ("or older", "just
under", "give or take some", "per month", "each way", "excl. VAT", "(wrong)"), the other end in words or other digits
("to forty-five", "–４５", "〜四十五", "- XLV", "± two", "× two"). HELD: every line with a number, and every word line
but one phrase (refused as "a changed line of the text holds a number no member's field states", or regenerated).
WHAT GOT THROUGH (parts 2-4, 6, 9, 10): 860 items, every one confirmed alone on a fresh store with --runs 2
(430 pairs, 430 singles): 196 clear in alone.txt (98 pairs, 98 singles), 664 arguable in alone_arguable.txt:
 (A) A LONE "+" LINE right after the field, turning "Age: 40" into "40+" (a lower bound, no single value):
     "Age: 40\n+", "++", "+++", "+.", "+,", "+!", "+ " / "  +" / "+\t", also indented, after CRLF, with no final
     newline, inside a ``` fence, under "Text:", before the name line ("Age: 40\n+\nName: …"), and on the field
     line after a TAB ("Age: 40\t+", "Age: 40\t++"; after spaces it is refused): the base's
     stored 40 is reused (reason "all 2 steps verified") and a single's 40 is stored and served again in run 2. Every
     kind: age, weight_kg, attendees, price, seats_taken, distance_km, population, and the patterned string room.
 (B) ARGUABLE (r149_arguable; "arguable" in the family): other lone marks after the field -- ">", "<", ">>", "<<", "›",
     ">=", "<=", "-", "−", "–", "—", "(+)", "[+]", "~" (not on age), "～", "+/-", "+-", "-/+", "+/−", "+ / -", "(+/-)",
     "*", "**", "(*)", "%", "%%", "×"; the phrase "give or take" (also "give-or-take", "give or take one", "Give or
     take", "give or take."), a lone "+", ">" or "<" line BEFORE the field ("+\nAge: 40"), any mark after a blank line,
     and ">", "<", "~", "+/-", "*", "%" after a TAB on the field line.
Held in the same parts: a mark line followed by another field ("Age: 40\n+\nCity: Oslo"), lone "±", "∓", "≥", "≤",
"≈", "?", "??", "＋", "⁺", "➕", "~" on age; marks after spaces on the field line ("Age: 40 +"); every word line ("or more", "plus", "approx", "ish", "more or less",
"give or take a few/some/a bit/two"), every line with a digit, a word-number or other-script digits.
Not held but never cached: the fresh path serving one end of a range or the bound's number (above).
Right answers refused (errors): thousands styles "40 000", "40 000", "40'000", "40’000" (not "40,000"); "40 yrs", "40
(exactly)", "exactly 40", "40 y/o" (read as a rate); "Population: 40000 inhabitants"; every min_age / max_age request
("the request asks for its minimum one; the text's "role" is another"); computed compounds "2 × 20" -> 40, "3 dozen" ->
36, "1 ½" -> 1.5 ("the checks do not convert values" / "a figure computed from the text").
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r149_NR = 999          # no single right value: any served answer is wrong; only a cached one is a finding
r149_NRS = "999"
r149_arguable = set()
r149_prompts = {}
r149_cnt = [0]

r149_FIRST = ["Ada", "Bruno", "Chen", "Dora", "Emil", "Farah", "Gustav", "Hana", "Ivo", "Jana", "Kofi", "Lena",
              "Mats", "Nina", "Omar", "Pia", "Quinn", "Rita", "Sven", "Tove", "Ulla", "Vera", "Wim", "Xenia",
              "Yusuf", "Zora", "Arne", "Bodil", "Carl", "Dagny", "Eirik", "Frida"]
r149_LAST = ["Kovac", "Diaz", "Berg", "Lind", "Moe", "Aas", "Dahl", "Holm", "Strand", "Vik", "Lie", "Nes", "Sand",
             "Brekke", "Hauge", "Foss", "Eide", "Ruud", "Haug", "Tveit", "Aune", "Bakke", "Lunde", "Myhre"]


def r149_name():
    i = r149_cnt[0]
    r149_cnt[0] += 1
    k = i // (len(r149_FIRST) * len(r149_LAST))
    mid = (" %s." % "KMPRSTLJ"[k % 8]) if k else ""
    return "%s%s %s" % (r149_FIRST[i % len(r149_FIRST)], mid, r149_LAST[(i // len(r149_FIRST)) % len(r149_LAST)])


# kind: (prompt template with {n} name and {v} value text, name key, member key, member schema, a, b)
r149_KINDS = {
    "age": ("Extract name and age as JSON.\nName: {n}\nAge: {v}\n",
            "name", "age", {"type": "integer"}, 40, 45),
    "wt": ("Extract name and weight as JSON.\nName: {n}\nWeight: {v} kg\n",
           "name", "weight_kg", {"type": "number", "description": "weight in kilograms"}, 12, 15),
    "att": ("Extract name and attendees as JSON.\nName: {n}\nAttendees: {v}\n",
            "name", "attendees", {"type": "integer"}, 40, 45),
    "price": ("Quote to JSON: customer and price.\nCustomer: {n}\nPrice: {v} EUR\n",
              "customer", "price", {"type": "number"}, 40, 45),
    "room": ("Extract the guest and room as JSON.\n\nGuest: {n}\nRoom: {v}\n",
             "guest", "room", {"type": "string", "pattern": "^[0-9]+$"}, 310, 312),
    "seats": ("Extract name and seats taken as JSON.\nName: {n}\nSeats taken: {v}\n",
              "name", "seats_taken", {"type": "integer"}, 40, 45),
    "km": ("Extract name and distance as JSON.\nName: {n}\nDistance: {v} km\n",
           "name", "distance_km", {"type": "number", "description": "distance in kilometres"}, 40, 45),
}


def r149_val(kind, x):
    if kind == "room" and x not in (r149_NR,):
        return str(x)
    if kind == "room":
        return r149_NRS
    return x


def r149_schema(kind):
    _, nk, mk, sub, _, _ = r149_KINDS[kind]
    return S({nk: "string", mk: dict(sub)})


def r149_J(id, fam, prompt, sch, expect, answers, safe=False, arg=False):
    assert prompt not in r149_prompts, (id, prompt)
    r149_prompts[prompt] = id
    if arg:
        fam += "_arguable"
        r149_arguable.add(id)
    J(id, fam, prompt, sch, expect, answers, safe=safe)


def r149_case(kind, tag, vtxt, right, stales, fam, arg=False, safe=False, modes=("p", "s"), base_txt=None,
              base_val=None):
    """p: a base with the plain value (base_txt / base_val, default a) is stored, then the variant answers
    [stale, right-or-other]; s: single answering [stale] (run twice). stales: the plausible wrong values."""
    tmpl, nk, mk, sub, a, b = r149_KINDS[kind]
    sch = r149_schema(kind)
    for m in modes:
        for si, st in enumerate(stales):
            n = r149_name()
            vid = "d149-%s%s-%s-%s" % (m, si or "", kind, tag)
            er = {nk: n, mk: r149_val(kind, right)}
            es = {nk: n, mk: r149_val(kind, st)}
            if m == "p":
                bt = base_txt if base_txt is not None else str(st)
                bv = base_val if base_val is not None else st
                eb = {nk: n, mk: r149_val(kind, bv)}
                bid = "d149-b%s-%s-%s" % (si or "", kind, tag)
                if bt == vtxt:
                    continue
                r149_J(bid, "r149_base", tmpl.format(n=n, v=bt), sch, eb, [eb])
                if safe:
                    ans = [eb, er]
                elif right == r149_NR:
                    others = [x for x in stales if x != st] or [st]
                    ans = [es, {nk: n, mk: r149_val(kind, others[0])}]
                else:
                    ans = [es, er]
                r149_J(vid, fam, tmpl.format(n=n, v=vtxt), sch, er, ans, safe=safe, arg=arg)
            else:
                ans = [er] if safe else [es]
                r149_J(vid, fam + "_single", tmpl.format(n=n, v=vtxt), sch, er, ans, safe=safe, arg=arg)


# ---------------- generic templates over every kind ({a} lower, {b} upper)
# tag, text, family, arguable, stales ("a", "b" or both)
r149_GEN = [
    # ranges
    ("endash", "{a}–{b}", "range", False, "ab"), ("hyph", "{a}-{b}", "range", False, "ab"),
    ("sphyph", "{a} - {b}", "range", False, "ab"), ("emdash", "{a}—{b}", "range", False, "ab"),
    ("to", "{a} to {b}", "range", False, "ab"), ("between", "between {a} and {b}", "range", False, "ab"),
    ("fromto", "from {a} to {b}", "range", False, "ab"), ("slash", "{a}/{b}", "range", False, "ab"),
    ("or", "{a} or {b}", "range", False, "ab"), ("or1", "{a} or {a1}", "range", False, "a"),
    ("tilde-r", "{a}~{b}", "range", False, "ab"), ("dots", "{a}..{b}", "range", False, "ab"),
    ("minmax", "{a} (min) / {b} (max)", "range", False, "ab"), ("bracket", "[{a}, {b}]", "range", False, "ab"),
    ("either", "either {a} or {b}", "range", False, "ab"), ("thru", "{a} thru {b}", "range", False, "ab"),
    ("de-bis", "{a} bis {b}", "range_lang", False, "ab"), ("de-zw", "zwischen {a} und {b}", "range_lang", False, "ab"),
    ("fr-entre", "entre {a} et {b}", "range_lang", False, "ab"), ("fr-de", "de {a} à {b}", "range_lang", False, "ab"),
    ("es-entre", "entre {a} y {b}", "range_lang", False, "ab"), ("no-mel", "mellom {a} og {b}", "range_lang", False, "ab"),
    ("nl-van", "van {a} tot {b}", "range_lang", False, "ab"), ("ru-ot", "от {a} до {b}", "range_lang", False, "ab"),
    ("ja-wave", "{a}〜{b}", "range_lang", False, "ab"), ("ja-kara", "{a}から{b}", "range_lang", False, "ab"),
    ("pl-od", "od {a} do {b}", "range_lang", False, "ab"), ("it-tra", "tra {a} e {b}", "range_lang", False, "ab"),
    # bounds
    ("plus", "{a}+", "bound", False, "a"), ("gt", ">{a}", "bound", False, "a"), ("ge", "≥ {a}", "bound", False, "a"),
    ("ge2", ">= {a}", "bound", False, "a"), ("lt", "<{a}", "bound", False, "a"), ("le", "≤{a}", "bound", False, "a"),
    ("under", "under {a}", "bound", False, "a"), ("upto", "up to {a}", "bound", False, "a"),
    ("nomore", "no more than {a}", "bound", False, "a"), ("atleast", "at least {a}", "bound", False, "a"),
    ("over", "over {a}", "bound", False, "a"), ("morethan", "more than {a}", "bound", False, "a"),
    ("lessthan", "less than {a}", "bound", False, "a"), ("ormore", "{a} or more", "bound", False, "a"),
    ("orless", "{a} or fewer", "bound", False, "a"), ("max", "max. {a}", "bound", False, "a"),
    ("min", "min. {a}", "bound", False, "a"), ("maxpost", "{a} max", "bound", False, "a"),
    ("notabove", "not above {a}", "bound", False, "a"), ("below", "below {a}", "bound", False, "a"),
    ("plusp", "{a}+ (at least)", "bound", False, "a"), ("upwards", "{a} upwards", "bound", False, "a"),
    ("de-mind", "mindestens {a}", "bound_lang", False, "a"), ("de-ueber", "über {a}", "bound_lang", False, "a"),
    ("de-unter", "unter {a}", "bound_lang", False, "a"), ("de-biszu", "bis zu {a}", "bound_lang", False, "a"),
    ("fr-plus", "plus de {a}", "bound_lang", False, "a"), ("fr-moins", "moins de {a}", "bound_lang", False, "a"),
    ("fr-aumoins", "au moins {a}", "bound_lang", False, "a"), ("es-mas", "más de {a}", "bound_lang", False, "a"),
    ("es-hasta", "hasta {a}", "bound_lang", False, "a"), ("no-minst", "minst {a}", "bound_lang", False, "a"),
    ("no-opptil", "opptil {a}", "bound_lang", False, "a"), ("ja-ijo", "{a}以上", "bound_lang", False, "a"),
    ("ja-ika", "{a}以下", "bound_lang", False, "a"), ("ja-miman", "{a}未満", "bound_lang", False, "a"),
    ("zh-duo", "{a}多", "bound_lang", False, "a"),
    # approximations (arguable: the nominal value may be the intended one)
    ("ish", "{a}-ish", "approx", True, "a"), ("ish2", "{a}ish", "approx", True, "a"),
    ("approx", "approx. {a}", "approx", True, "a"), ("tilde", "~{a}", "approx", True, "a"),
    ("tildesp", "~ {a}", "approx", True, "a"), ("ca", "ca. {a}", "approx", True, "a"), ("c", "c. {a}", "approx", True, "a"),
    ("about", "about {a}", "approx", True, "a"), ("around", "around {a}", "approx", True, "a"),
    ("roughly", "roughly {a}", "approx", True, "a"), ("almost", "almost {a}", "approx", False, "a"),
    ("nearly", "nearly {a}", "approx", False, "a"), ("justover", "just over {a}", "approx", False, "a"),
    ("odd", "{a}-odd", "approx", True, "a"), ("orso", "{a} or so", "approx", True, "a"),
    ("asymp", "≈{a}", "approx", True, "a"), ("est", "{a} (est.)", "approx", True, "a"),
    ("q", "{a}?", "approx", True, "a"), ("qq", "{a} (?)", "approx", True, "a"), ("guess", "{a} (a guess)", "approx", True, "a"),
    ("some", "some {a}", "approx", True, "a"), ("approxpost", "{a} approx.", "approx", True, "a"),
    ("estpre", "est. {a}", "approx", True, "a"), ("circa", "circa {a}", "approx", True, "a"),
    ("de-ung", "ungefähr {a}", "approx_lang", True, "a"), ("de-etwa", "etwa {a}", "approx_lang", True, "a"),
    ("de-zirka", "zirka {a}", "approx_lang", True, "a"), ("fr-env", "environ {a}", "approx_lang", True, "a"),
    ("fr-vers", "vers {a}", "approx_lang", True, "a"), ("es-cerca", "cerca de {a}", "approx_lang", True, "a"),
    ("es-aprox", "aproximadamente {a}", "approx_lang", True, "a"), ("no-omtr", "omtrent {a}", "approx_lang", True, "a"),
    ("no-ca", "ca {a}", "approx_lang", True, "a"), ("sv-ungef", "ungefär {a}", "approx_lang", True, "a"),
    ("nl-ong", "ongeveer {a}", "approx_lang", True, "a"), ("pl-okolo", "około {a}", "approx_lang", True, "a"),
    ("ru-prim", "примерно {a}", "approx_lang", True, "a"), ("it-circa", "circa {a} (stima)", "approx_lang", True, "a"),
    ("ja-yaku", "約{a}", "approx_lang", True, "a"), ("zh-dayue", "大约{a}", "approx_lang", True, "a"),
    ("ja-gurai", "{a}ぐらい", "approx_lang", True, "a"), ("fi-noin", "noin {a}", "approx_lang", True, "a"),
    ("tr-yak", "yaklaşık {a}", "approx_lang", True, "a"), ("pt-cerca", "cerca de {a} (aprox.)", "approx_lang", True, "a"),
    # tolerances
    ("pm", "{a} ± 2", "tol", True, "a"), ("pmg", "{a}±2", "tol", True, "a"), ("pmpct", "{a} (±5%)", "tol", True, "a"),
    ("pmascii", "{a} +/- 2", "tol", True, "a"), ("plusmin", "{a} (+2/-1)", "tol", True, "a"),
    ("pmplus", "{a} +- 2", "tol", True, "a"),
    # alternatives / compounds of two values
    ("or-a1", "{a} or {a1}", "alt", False, "a"), ("vs", "{a} vs {b}", "alt", False, "ab"),
    ("semi", "{a}; {b}", "alt", False, "ab"), ("and", "{a} and {b}", "alt", False, "ab"),
    ("amp", "{a} & {b}", "alt", False, "ab"), ("paren", "{a} ({b})", "alt", False, "ab"),
    ("netgross", "{a} (net) / {b} (gross)", "compound", False, "ab"),
    ("of", "{a} of {b}", "compound", False, "b"),
]

r149_FEW = {"endash", "to", "between", "slash", "or", "minmax", "de-zw", "fr-entre", "ja-wave",
            "plus", "gt", "ge", "under", "upto", "nomore", "atleast", "max", "de-mind", "fr-plus", "ja-ijo",
            "ish", "approx", "tilde", "ca", "c", "about", "est", "q", "de-ung", "fr-env", "es-cerca", "no-omtr",
            "ja-yaku", "pm", "pmpct", "netgross", "of", "vs", "paren"}

for r149_kind in r149_KINDS:
    r149_a, r149_b = r149_KINDS[r149_kind][4:6]
    for r149_tag, r149_t, r149_fam, r149_arg, r149_st in r149_GEN:
        if r149_kind not in ("age", "wt", "att", "seats") and r149_tag not in r149_FEW:
            continue
        r149_txt = r149_t.format(a=r149_a, b=r149_b, a1=r149_a + 1)
        r149_stales = [r149_a if c == "a" else r149_b for c in r149_st]
        r149_case(r149_kind, r149_tag, r149_txt, r149_NR, r149_stales, "r149_" + r149_fam, arg=r149_arg)

# ---------------- safe: the same value, other spelling / allowed unit
for r149_kind, r149_tag, r149_txt, r149_right in [
    ("age", "years", "40 years", 40), ("age", "yrs", "40 yrs", 40), ("age", "yo", "40 y/o", 40),
    ("age", "sp", "  40  ", 40), ("age", "exact", "40 (exactly)", 40),
    ("wt", "dec", "12.0", 12), ("wt", "dec2", "12.00", 12), ("att", "exact", "exactly 40", 40),
    ("price", "dec", "40.00", 40), ("price", "dec1", "40.0", 40), ("km", "dec", "40.0", 40),
    ("room", "plain", "310", 310), ("seats", "exact", "exactly 40", 40),
]:
    r149_case(r149_kind, "safe-" + r149_tag, r149_txt, r149_right, [r149_right], "r149_safe", safe=True,
              base_txt=str(r149_right) if r149_kind != "wt" else "12")

# population with thousands styles (base plain 40000)
r149_KINDS["pop"] = ("Extract town and population as JSON.\nTown: {n}\nPopulation: {v}\n", "town", "population", {"type": "integer"},
                     40000, 45000)
for r149_tag, r149_txt in [("comma", "40,000"), ("space", "40 000"), ("nbsp", "40\u00a0000"), ("thin", "40\u202f000"),
                           ("apos", "40'000"), ("rsq", "40’000"), ("plain2", "40000 inhabitants")]:
    r149_case("pop", "safe-" + r149_tag, r149_txt, 40000, [40000], "r149_safe_thousands", safe=True)
for r149_tag, r149_t, r149_fam, r149_arg, r149_st in r149_GEN:
    if r149_tag in r149_FEW:
        r149_case("pop", r149_tag, r149_t.format(a="40,000", b="45,000", a1="40,001"), r149_NR,
                  [40000 if c == "a" else 45000 for c in r149_st], "r149_" + r149_fam, arg=r149_arg)
for r149_tag, r149_txt, r149_arg in [("k-range", "40k–45k", False), ("approxk", "~40k", True),
                                     ("mix", "40,000–45,000", False), ("cirka", "ca. 40 000", True),
                                     ("sp-range", "40 000 - 45 000", False), ("sp-or", "40 000 or 45 000", False)]:
    r149_case("pop", r149_tag, r149_txt, r149_NR, [40000, 45000], "r149_range_thousands", arg=r149_arg)

# safe: weight with an allowed unit
r149_KINDS["wtu"] = ("Extract name and weight as JSON.\nName: {n}\nWeight: {v}\n",
                     "name", "weight_kg", {"type": "number", "description": "weight in kilograms"}, 12, 15)
for r149_tag, r149_txt in [("kg", "12 kg"), ("kgglued", "12kg"), ("kilograms", "12 kilograms"), ("kgdot", "12.0 kg"),
                           ("kilo", "12 kilos")]:
    r149_case("wtu", "safe-" + r149_tag, r149_txt, 12, [12], "r149_safe_unit", safe=True, base_txt="12 kg")
for r149_tag, r149_txt in [("12to15", "12 kg to 15 kg"), ("12-15", "12 kg – 15 kg"), ("approx", "approx. 12 kg"),
                           ("pm", "12 kg ± 0.5 kg"), ("lt", "< 12 kg"), ("upto", "up to 12 kg"),
                           ("netgross", "12 kg net, 15 kg gross"), ("2x6", "2 × 6 kg")]:
    r149_case("wtu", r149_tag, r149_txt, r149_NR if r149_tag != "2x6" else 12,
              [12, 15] if r149_tag in ("12to15", "12-15", "netgross") else ([6] if r149_tag == "2x6" else [12]),
              "r149_unit_" + ("approx" if r149_tag in ("approx", "pm") else "range"),
              arg=r149_tag in ("approx", "pm", "netgross"), base_txt="12 kg" if r149_tag != "2x6" else "6 kg",
              base_val=12 if r149_tag != "2x6" else 6)

# ---------------- compound quantities with one right value that differs from the part the model copies
r149_KINDS["cnt"] = ("Extract item and quantity as JSON.\nItem: {n}\nQuantity: {v}\n",
                     "item", "quantity", {"type": "integer", "description": "number of pieces"}, 20, 40)
r149_KINDS["cntn"] = ("Extract ingredient and cups as JSON.\nIngredient: {n}\nCups: {v}\n",
                      "ingredient", "cups", {"type": "number", "description": "amount in cups"}, 1, 2)
r149_ITEMS = ["Eggs", "Bolts", "Candles", "Apples", "Pens", "Cups", "Tiles", "Rolls"]
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg in [
    ("2x20", "2 × 20", 40, [20, 2], False), ("2x20a", "2 x 20", 40, [20, 2], False), ("2*20", "2*20", 40, [20], False),
    ("20+20", "20 + 20", 40, [20], False), ("20+20g", "20+20", 40, [20], False), ("4x10", "4 × 10", 40, [10, 4], False),
    ("3doz", "3 dozen", 36, [3], False), ("3dozdot", "3 doz.", 36, [3], False), ("adoz", "a dozen", 12, [1], False),
    ("halfdoz", "half a dozen", 6, [12], True), ("2doz4", "2 dozen and 4", 28, [2, 4], False),
    ("2packs6", "2 packs of 6", 12, [2, 6], False), ("3boxes", "3 boxes of 10", 30, [3, 10], False),
    ("couple", "a couple", 2, [2], True), ("several", "several", r149_NR, [3], False), ("few", "a few", r149_NR, [3], False),
    ("score", "a score", 20, [1], True), ("pair", "a pair", 2, [1], True), ("20pairs", "20 pairs", 40, [20], True),
    ("gross", "1 gross", 144, [1], False), ("40of50", "40 of 50 delivered", 40, [50], True),
    ("40net", "40 (net) / 48 (gross)", r149_NR, [40, 48], True), ("40plus", "40 + 2 spare", r149_NR, [40, 42], True),
    ("2x20pct", "2 × 20 (+10%)", r149_NR, [40, 20], False),
]:
    r149_case("cnt", r149_tag, r149_txt, r149_right, r149_stales, "r149_compound", arg=r149_arg,
              base_txt=None)
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg in [
    ("half", "1/2", 0.5, [2, 1], False), ("halfu", "½", 0.5, [1], False), ("mixed", "1 ½", 1.5, [1], False),
    ("mixedg", "1½", 1.5, [1], False), ("mixeds", "1 1/2", 1.5, [1, 2], False), ("third", "2/3", r149_NR, [2, 3], True),
    ("quart", "¾", 0.75, [3], False), ("mixq", "2 ¼", 2.25, [2], False), ("mixqs", "2 1/4", 2.25, [2, 4], False),
    ("r1-2", "1–2", r149_NR, [1, 2], False), ("r1or2", "1 or 2", r149_NR, [1, 2], False),
    ("approx1", "about 1", r149_NR, [1], True), ("halfw", "half a", 0.5, [1], False), ("1andhalf", "one and a half", 1.5, [1], False),
    ("12to2", "1½–2", r149_NR, [1.5, 2], False),
]:
    r149_case("cntn", r149_tag, r149_txt, r149_right, r149_stales, "r149_fraction", arg=r149_arg)

# percent vs fraction
r149_KINDS["pctf"] = ("Extract customer and discount as JSON.\nCustomer: {n}\nDiscount: {v}\n",
                      "customer", "discount", {"type": "number", "description": "a fraction of 1 (0.4 means 40%)"},
                      0.4, 40)
r149_KINDS["pctp"] = ("Extract customer and discount as JSON.\nCustomer: {n}\nDiscount: {v}\n",
                      "customer", "discount_percent", {"type": "number", "description": "in percent (40 means 40%)"},
                      40, 0.4)
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg in [
    ("40pct", "40%", 0.4, [40], False), ("40pcts", "40 %", 0.4, [40], False), ("40pw", "40 percent", 0.4, [40], False),
    ("0.4", "0.4", 0.4, [], False), ("4pct", "4%", 0.04, [4, 0.4], False), ("range", "40–45%", r149_NR, [0.4, 40], False),
    ("upto", "up to 40%", r149_NR, [0.4, 40], False), ("approx", "~40%", r149_NR, [0.4], True),
]:
    if r149_stales:
        r149_case("pctf", r149_tag, r149_txt, r149_right, r149_stales, "r149_percent", arg=r149_arg)
    else:
        r149_case("pctf", "safe-" + r149_tag, r149_txt, r149_right, [r149_right], "r149_safe", safe=True)
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg in [
    ("0.4pct", "0.4%", 0.4, [40], False), ("frac", "0.4", 40, [0.4], True), ("40pct", "40%", 40, [], False),
    ("40pw", "40 percent", 40, [], False), ("range", "40–45 %", r149_NR, [40, 45], False),
    ("pm", "40 % ± 5 %", r149_NR, [40, 5], True), ("bp", "40 bp", 0.4, [40], False), ("permil", "40‰", 4, [40], False),
]:
    if r149_stales:
        r149_case("pctp", r149_tag, r149_txt, r149_right, r149_stales, "r149_percent", arg=r149_arg)
    else:
        r149_case("pctp", "safe-" + r149_tag, r149_txt, r149_right, [r149_right], "r149_safe", safe=True)

# height: a metric value with an imperial one beside it
r149_KINDS["hm"] = ("Extract name and height as JSON.\nName: {n}\nHeight: {v}\n",
                    "name", "height_m", {"type": "number", "description": "height in metres"}, 1.8, 1.75)
r149_KINDS["hcm"] = ("Extract name and height as JSON.\nName: {n}\nHeight: {v}\n",
                     "name", "height_cm", {"type": "number", "description": "height in centimetres"}, 180, 175)
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg, r149_safe in [
    ("m-imp", "1.80 m (5'11\")", 1.8, [], False, True), ("imp-m", "5'11\" (1.80 m)", 1.8, [], False, True),
    ("m-only", "1.80 m", 1.8, [], False, True), ("m-imp-5", "1.80 m (5'11\")", 1.8, [5, 5.11, 11], False, False),
    ("imp-only", "5'11\"", r149_NR, [5.11, 5, 1.8], True, False), ("m-range", "1.75–1.80 m", r149_NR, [1.8, 1.75], False, False),
    ("m-approx", "approx. 1.80 m", r149_NR, [1.8], True, False), ("m-pm", "1.80 m ± 1 cm", r149_NR, [1.8], True, False),
    ("m-ft", "5.9 ft", r149_NR, [5.9, 1.8], True, False),
]:
    if r149_safe:
        r149_case("hm", "safe-" + r149_tag, r149_txt, r149_right, [r149_right], "r149_safe", safe=True, base_txt="1.80 m")
    else:
        r149_case("hm", r149_tag, r149_txt, r149_right, r149_stales, "r149_height", arg=r149_arg, base_txt="1.80 m",
                  base_val=1.8)
for r149_tag, r149_txt, r149_right, r149_stales, r149_arg, r149_safe in [
    ("cm", "180 cm", 180, [], False, True), ("cm-imp", "180 cm (5'11\")", 180, [], False, True),
    ("cm-imp-w", "180 cm (5'11\")", 180, [5, 11], False, False), ("cm-range", "175–180 cm", r149_NR, [180, 175], False, False),
    ("cm-approx", "ca. 180 cm", r149_NR, [180], True, False), ("m-as-cm", "1.80 m", 180, [1.8], False, False),
]:
    if r149_safe:
        r149_case("hcm", "safe-" + r149_tag, r149_txt, r149_right, [r149_right], "r149_safe", safe=True, base_txt="180 cm")
    else:
        r149_case("hcm", r149_tag, r149_txt, r149_right, r149_stales, "r149_height", arg=r149_arg, base_txt="180 cm",
                  base_val=180)

# ---------------- a member that names one end: min / max pick the right end; the model takes the other one
r149_KINDS["minage"] = ("Job ad to JSON: the role and the minimum age.\nRole: {n}\nAge: {v}\n",
                        "role", "min_age", {"type": "integer"}, 40, 45)
r149_KINDS["maxage"] = ("Job ad to JSON: the role and the maximum age.\nRole: {n}\nAge: {v}\n",
                        "role", "max_age", {"type": "integer"}, 40, 45)
for r149_tag, r149_t in [("endash", "{a}–{b}"), ("to", "{a} to {b}"), ("between", "between {a} and {b}"),
                         ("slash", "{a}/{b}"), ("minmax", "{a} (min) / {b} (max)"), ("de-bis", "{a} bis {b}"),
                         ("fr-entre", "entre {a} et {b}"), ("ja-wave", "{a}〜{b}"), ("or", "{a} or {b}")]:
    r149_txt = r149_t.format(a=40, b=45)
    r149_isrange = r149_tag != "or"
    r149_case("minage", r149_tag, r149_txt, 40 if r149_isrange else r149_NR, [45], "r149_range_end",
              modes=("s",), arg=r149_tag == "slash")
    r149_case("maxage", r149_tag, r149_txt, 45 if r149_isrange else r149_NR, [40], "r149_range_end",
              modes=("s",), arg=r149_tag == "slash")
    r149_case("minage", "ok-" + r149_tag, r149_txt, 40 if r149_isrange else r149_NR, [40] if r149_isrange else [45],
              "r149_range_end" + ("_safe" if r149_isrange else ""), modes=("s",), safe=r149_isrange)
# one-sided bounds on min/max members
for r149_tag, r149_txt, r149_kind, r149_right, r149_st in [
    ("atleast-max", "at least 40", "maxage", r149_NR, 40), ("plus-max", "40+", "maxage", r149_NR, 40),
    ("under-min", "under 45", "minage", r149_NR, 45), ("upto-min", "up to 45", "minage", r149_NR, 45),
    ("atleast-min", "at least 40", "minage", 40, 40), ("upto-max", "up to 45", "maxage", 45, 45),
    ("plus-min", "40+", "minage", 40, 40), ("under-max", "under 45", "maxage", r149_NR, 45),
]:
    r149_case(r149_kind, r149_tag, r149_txt, r149_right, [r149_st], "r149_bound_end", modes=("s",),
              safe=r149_right != r149_NR, arg=r149_tag in ("under-max", "plus-min"))



# ================= part 2: the field line unchanged, a range / bound / approximation / compound made by a line
# after it (a continuation), a heading line before it, or a note line at the end
# kind: (instruction, name label, name key, field label, member key, member schema, unit, a, b)
r149_K2 = {
    "age": ("Extract name and age as JSON.", "Name", "name", "Age", "age", {"type": "integer"}, "", 40, 45),
    "wt": ("Extract name and weight as JSON.", "Name", "name", "Weight", "weight_kg",
           {"type": "number", "description": "weight in kilograms"}, " kg", 12, 15),
    "att": ("Extract name and attendees as JSON.", "Name", "name", "Attendees", "attendees", {"type": "integer"}, "",
            40, 45),
    "price": ("Quote to JSON: customer and price.", "Customer", "customer", "Price", "price", {"type": "number"},
              " EUR", 40, 45),
    "seats": ("Extract name and seats taken as JSON.", "Name", "name", "Seats taken", "seats_taken",
              {"type": "integer"}, "", 40, 45),
    "km": ("Extract name and distance as JSON.", "Name", "name", "Distance", "distance_km",
           {"type": "number", "description": "distance in kilometres"}, " km", 40, 45),
    "pop": ("Extract town and population as JSON.", "Town", "town", "Population", "population", {"type": "integer"},
            "", 40000, 45000),
    "room": ("Extract the guest and room as JSON.\n", "Guest", "guest", "Room", "room",
             {"type": "string", "pattern": "^[0-9]+$"}, "", 310, 312),
}


def r149_p2(kind, n, pre, val, post, tail=""):
    ins, nl, nk, fl, mk, sub, u, a, b = r149_K2[kind]
    return "%s\n%s: %s\n%s%s: %s%s\n%s%s" % (ins, nl, n, pre, fl, val, u, post, tail)


def r149_v2(kind, x):
    return str(x) if kind == "room" and x != r149_NR else (r149_NRS if kind == "room" else x)


def r149_case2(kind, tag, pre, post, tail, right, stales, fam, arg=False, safe=False, modes=("p", "s")):
    ins, nl, nk, fl, mk, sub, u, a, b = r149_K2[kind]
    sch = S({nk: "string", mk: dict(sub)})
    for m in modes:
        for si, st in enumerate(stales):
            n = r149_name()
            vid = "d149-%s%s-%s-%s" % (m, si or "", kind, tag)
            er = {nk: n, mk: r149_v2(kind, right)}
            es = {nk: n, mk: r149_v2(kind, st)}
            vp = r149_p2(kind, n, pre, st if m == "p" else a, post, tail)
            if m == "p":
                eb = {nk: n, mk: r149_v2(kind, st)}
                bid = "d149-b%s-%s-%s" % (si or "", kind, tag)
                r149_J(bid, "r149_base", r149_p2(kind, n, "", st, ""), sch, eb, [eb])
                if safe:
                    ans = [eb, er]
                elif right == r149_NR:
                    others = [x for x in (a, b) if x != st]
                    ans = [es, {nk: n, mk: r149_v2(kind, others[0])}]
                else:
                    ans = [es, er]
                r149_J(vid, fam, vp, sch, er, ans, safe=safe, arg=arg)
            else:
                r149_J(vid, fam + "_single", vp, sch, er, [er] if safe else [es], safe=safe, arg=arg)


# continuation lines after the field ({b} other end, {u} unit); tag, line, family, arguable, right ("NR" or "a")
r149_POST = [
    ("c-endash", "–{b}{u}", "cont_range", False), ("c-hyph", "- {b}{u}", "cont_range", False),
    ("c-to", "to {b}{u}", "cont_range", False), ("c-or", "or {b}{u}", "cont_range", False),
    ("c-ell", "… {b}{u}", "cont_range", False), ("c-pto", "(to {b}{u})", "cont_range", False),
    ("c-upto", "up to {b}{u}", "cont_range", False), ("c-till", "till {b}{u}", "cont_range", False),
    ("c-bis", "bis {b}{u}", "cont_range", False), ("c-a", "à {b}{u}", "cont_range", False),
    ("c-slash", "/{b}{u}", "cont_range", False), ("c-range", "(range {a}–{b}{u})", "cont_range", False),
    ("c-upper", "Upper end: {b}{u}", "cont_range", False), ("c-max", "Max: {b}{u}", "cont_range", False),
    ("c-and", "and {b}{u}", "cont_range", False), ("c-paror", "(or {b}{u})", "cont_range", False),
    ("c-arrow", "→ {b}{u}", "cont_range", False), ("c-y", "y {b}{u}", "cont_range", False),
    ("c-og", "og {b}{u}", "cont_range", False), ("c-wave", "〜{b}{u}", "cont_range", False),
    ("c-plus", "+", "cont_bound", False), ("c-ormore", "(or more)", "cont_bound", False),
    ("c-atleast", "(at least)", "cont_bound", False), ("c-minimum", "(minimum)", "cont_bound", False),
    ("c-maximum", "(maximum)", "cont_bound", False), ("c-upperlim", "(upper limit)", "cont_bound", False),
    ("c-lower", "(lower bound)", "cont_bound", False), ("c-orless", "or less", "cont_bound", False),
    ("c-above", "and above", "cont_bound", False), ("c-maxdot", "(max.)", "cont_bound", False),
    ("c-mindot", "(min.)", "cont_bound", False), ("c-atmost", "at most", "cont_bound", False),
    ("c-andup", "and up", "cont_bound", False), ("c-cap", "(cap)", "cont_bound", False),
    ("c-mind", "(mindestens)", "cont_bound", False), ("c-aumoins", "(au moins)", "cont_bound", False),
    ("c-ijo", "以上", "cont_bound", False), ("c-over", "or over", "cont_bound", False),
    ("c-approx", "(approx.)", "cont_approx", True), ("c-approxw", "(approximately)", "cont_approx", True),
    ("c-est", "(est.)", "cont_approx", True), ("c-estimate", "(estimate)", "cont_approx", True),
    ("c-rough", "(rough)", "cont_approx", True), ("c-gtake", "give or take", "cont_approx", True),
    ("c-ca", "(ca.)", "cont_approx", True), ("c-ish", "-ish", "cont_approx", True), ("c-q", "(?)", "cont_approx", True),
    ("c-qm", "?", "cont_approx", True), ("c-unconf", "(unconfirmed)", "cont_approx", True),
    ("c-notexact", "(not exact)", "cont_approx", True), ("c-rounded", "(rounded)", "cont_approx", True),
    ("c-orso", "or so", "cont_approx", True), ("c-ung", "(ungefähr)", "cont_approx", True),
    ("c-env", "(environ)", "cont_approx", True), ("c-aprox", "(aprox.)", "cont_approx", True),
    ("c-omtr", "(omtrent)", "cont_approx", True), ("c-yaku", "(約)", "cont_approx", True),
    ("c-okolo", "(około)", "cont_approx", True), ("c-prim", "(примерно)", "cont_approx", True),
    ("c-pm", "(±2{u})", "cont_tol", True), ("c-pm2", "± 2{u}", "cont_tol", True), ("c-pma", "+/- 2{u}", "cont_tol", True),
    ("c-pmpct", "(±5%)", "cont_tol", True), ("c-tol", "(tolerance ±2{u})", "cont_tol", True),
    ("c-x2", "× 2", "cont_compound", False), ("c-x2b", "x 2", "cont_compound", False),
    ("c-each", "each, 2 of them", "cont_compound", False), ("c-net", "(net; {b}{u} gross)", "cont_compound", False),
    ("c-of", "of {b}{u}", "cont_compound", False), ("c-plusb", "+ {b}{u}", "cont_compound", False),
]
# heading / note lines (pre: before the field line; tail: a note after the record)
r149_PRE = [
    ("h-approx", "Approximate figures:\n", "", "head_approx", True),
    ("h-allapprox", "All values approximate.\n", "", "head_approx", True),
    ("h-est", "Estimates:\n", "", "head_approx", True), ("h-circa", "Circa:\n", "", "head_approx", True),
    ("h-round5", "Rounded to the nearest 5:\n", "", "head_approx", True),
    ("h-de", "Ungefähre Angaben:\n", "", "head_approx", True), ("h-fr", "Valeurs approximatives :\n", "", "head_approx", True),
    ("h-es", "Valores aproximados:\n", "", "head_approx", True), ("h-no", "Omtrentlige verdier:\n", "", "head_approx", True),
    ("h-ja", "概算:\n", "", "head_approx", True), ("h-pm10", "Values ±10%:\n", "", "head_tol", True),
    ("h-min", "Minimums:\n", "", "head_bound", False), ("h-max", "Maximum values:\n", "", "head_bound", False),
    ("h-lower", "Lower bounds:\n", "", "head_bound", False), ("h-upper", "Upper limits:\n", "", "head_bound", False),
    ("h-atleast", "At least:\n", "", "head_bound", False), ("h-upto", "Up to:\n", "", "head_bound", False),
    ("h-rangestart", "Ranges (start shown; each range is 5 wide):\n", "", "head_range", False),
    ("t-approx", "", "Note: all figures above are approximate.\n", "note_approx", True),
    ("t-est", "", "(All numbers are estimates.)\n", "note_approx", True),
    ("t-min", "", "Note: the figures above are minimums.\n", "note_bound", False),
    ("t-max", "", "Note: figures are upper limits, not actual values.\n", "note_bound", False),
    ("t-range", "", "Note: each figure is the lower end of a range of 5.\n", "note_range", False),
    ("t-pm", "", "Tolerance: ±10% on every figure.\n", "note_tol", True),
    ("t-de", "", "Hinweis: alle Angaben sind ungefähr.\n", "note_approx", True),
    ("t-fr", "", "Remarque : chiffres approximatifs.\n", "note_approx", True),
    ("t-es", "", "Nota: cifras aproximadas.\n", "note_approx", True),
    ("t-no", "", "Merk: alle tall er omtrentlige.\n", "note_approx", True),
    ("t-ja", "", "注: 数値はすべて概算です。\n", "note_approx", True),
]
r149_FEW2 = {"c-endash", "c-to", "c-or", "c-upto", "c-max", "c-plus", "c-ormore", "c-minimum", "c-maximum",
             "c-approx", "c-est", "c-ca", "c-qm", "c-pm", "c-x2", "c-net", "c-of", "c-bis", "c-ung", "c-yaku",
             "h-approx", "h-min", "h-max", "t-approx", "t-min", "t-range", "t-de", "h-ja"}
for r149_kind in r149_K2:
    r149_u, r149_a, r149_b = r149_K2[r149_kind][6:9]
    for r149_tag, r149_line, r149_fam, r149_arg in r149_POST:
        if r149_kind not in ("age", "wt", "att") and r149_tag not in r149_FEW2:
            continue
        r149_case2(r149_kind, r149_tag, "", r149_line.format(a=r149_a, b=r149_b, u=r149_u) + "\n", "", r149_NR,
                   [r149_a], "r149_" + r149_fam, arg=r149_arg)
    for r149_tag, r149_pre, r149_tail, r149_fam, r149_arg in r149_PRE:
        if r149_kind not in ("age", "wt", "att") and r149_tag not in r149_FEW2:
            continue
        r149_case2(r149_kind, r149_tag, r149_pre, "", r149_tail, r149_NR, [r149_a], "r149_" + r149_fam, arg=r149_arg)
    # safe: an unrelated line after / before
    for r149_tag, r149_pre, r149_post in [("safe-after", "", "Status: active\n"), ("safe-before", "Status: active\n", ""),
                                          ("safe-blank", "", "\n")]:
        r149_case2(r149_kind, r149_tag, r149_pre, r149_post, "", r149_a, [r149_a], "r149_safe_line", safe=True)

# compound quantities by a continuation line, one right value
r149_K2["cnt"] = ("Extract item and quantity as JSON.", "Item", "item", "Quantity", "quantity", {"type": "integer"}, "",
                  3, 36)
r149_K2["cntn"] = ("Extract ingredient and cups as JSON.", "Ingredient", "ingredient", "Cups", "cups",
                   {"type": "number"}, "", 1, 2)
for r149_tag, r149_line, r149_right, r149_arg in [
    ("c-dozen", "dozen", 36, False), ("c-doz", "doz.", 36, False), ("c-pdoz", "(dozens)", 36, False),
    ("c-packs6", "packs of 6", 18, False), ("c-boxes10", "boxes of 10", 30, False), ("c-x12", "× 12", 36, False),
    ("c-pairs", "pairs", 6, True), ("c-hundreds", "(in hundreds)", 300, False), ("c-k", "thousand", 3000, False),
    ("c-plus2", "+ 2 spare", r149_NR, True), ("c-x2", "× 2", 6, False),
]:
    r149_case2("cnt", r149_tag, "", r149_line + "\n", "", r149_right, [3], "r149_cont_count", arg=r149_arg)
for r149_tag, r149_pre, r149_tail, r149_right, r149_arg in [
    ("h-dozens", "Counts in dozens:\n", "", 36, False), ("t-dozens", "", "Quantities are in dozens.\n", 36, False),
    ("h-packs", "Packs of 6:\n", "", 18, False), ("t-x2", "", "Note: every quantity is per side; double it.\n", 6, True),
]:
    r149_case2("cnt", r149_tag, r149_pre, "", r149_tail, r149_right, [3], "r149_head_count", arg=r149_arg)
for r149_tag, r149_line, r149_right, r149_arg in [
    ("c-half", "½", 1.5, False), ("c-half2", "1/2", 1.5, False), ("c-andhalf", "and a half", 1.5, False),
    ("c-quarter", "¼", 1.25, False), ("c-3q", "and three quarters", 1.75, False), ("c-to2", "to 2", r149_NR, False),
    ("c-heaped", "(heaped)", r149_NR, True), ("c-scant", "(scant)", r149_NR, True),
]:
    r149_case2("cntn", r149_tag, "", r149_line + "\n", "", r149_right, [1], "r149_cont_fraction", arg=r149_arg)


# ================= part 3: bare continuation lines (a lone mark or a few words, no brackets), all kinds
r149_POST3 = [
    # bounds
    ("b-pp", "++", "bare_bound", False), ("b-fwplus", "＋", "bare_bound", False), ("b-supplus", "⁺", "bare_bound", False),
    ("b-pplus", "(+)", "bare_bound", True), ("b-bplus", "[+]", "bare_bound", True), ("b-plusw", "plus", "bare_bound", False),
    ("b-ampup", "& up", "bare_bound", False), ("b-ampmore", "& more", "bare_bound", False),
    ("b-andover", "and over", "bare_bound", False), ("b-gt", ">", "bare_bound", True), ("b-ge", "≥", "bare_bound", False),
    ("b-lt", "<", "bare_bound", True), ("b-le", "≤", "bare_bound", False), ("b-tops", "tops", "bare_bound", False),
    ("b-atmost", "at the most", "bare_bound", False), ("b-max", "max", "bare_bound", False),
    ("b-min", "min", "bare_bound", False), ("b-upwards", "upwards", "bare_bound", False),
    ("b-orhigher", "or higher", "bare_bound", False), ("b-orabove", "or above", "bare_bound", False),
    ("b-orunder", "or under", "bare_bound", False), ("b-orfewer", "or fewer", "bare_bound", False),
    ("b-counting", "and counting", "bare_bound", False), ("b-from", "from", "bare_bound", False),
    ("b-starting", "starting", "bare_bound", False), ("b-atminimum", "at minimum", "bare_bound", False),
    ("b-ormore", "or more", "bare_bound", False), ("b-odermehr", "oder mehr", "bare_bound_lang", False),
    ("b-oumore", "ou plus", "bare_bound_lang", False), ("b-omas", "o más", "bare_bound_lang", False),
    ("b-ellermer", "eller mer", "bare_bound_lang", False), ("b-ijo", "以上", "bare_bound_lang", False),
    ("b-plus1", "+ (plus)", "bare_bound", False), ("b-plusdot", "+.", "bare_bound", False),
    ("b-plusc", "+,", "bare_bound", False), ("b-plusex", "+!", "bare_bound", False),
    # approximations
    ("a-tilde", "~", "bare_approx", True), ("a-asymp", "≈", "bare_approx", True), ("a-q", "?", "bare_approx", True),
    ("a-qq", "??", "bare_approx", True), ("a-star", "*", "bare_approx", True), ("a-ish", "ish", "bare_approx", True),
    ("a-odd", "odd", "bare_approx", True), ("a-thereabouts", "or thereabouts", "bare_approx", True),
    ("a-moreorless", "more or less", "bare_approx", True), ("a-roughly", "roughly", "bare_approx", True),
    ("a-thereab", "thereabouts", "bare_approx", True), ("a-guess", "at a guess", "bare_approx", True),
    ("a-gtake-hy", "give-or-take", "bare_approx", True), ("a-gtakefew", "give or take a few", "bare_approx", True),
    ("a-gtake1", "give or take one", "bare_approx", True), ("a-approx", "approx", "bare_approx", True),
    ("a-approxd", "approx.", "bare_approx", True), ("a-approxw", "approximately", "bare_approx", True),
    ("a-est", "est.", "bare_approx", True), ("a-estimated", "estimated", "bare_approx", True),
    ("a-about", "about", "bare_approx", True), ("a-circa", "circa", "bare_approx", True), ("a-ca", "ca", "bare_approx", True),
    ("a-guesst", "guesstimate", "bare_approx", True), ("a-tbc", "TBC", "bare_approx", True),
    ("a-tbc2", "to be confirmed", "bare_approx", True), ("a-prov", "provisional", "bare_approx", True),
    ("a-prelim", "prelim.", "bare_approx", True), ("a-target", "target", "bare_approx", True),
    ("a-expected", "expected", "bare_approx", True), ("a-forecast", "forecast", "bare_approx", True),
    ("a-nominal", "nominal", "bare_approx", True), ("a-andchange", "and change", "bare_approx", True),
    ("a-something", "something", "bare_approx", True), ("a-orsomething", "or something", "bare_approx", True),
    ("a-plusminus", "plus or minus", "bare_approx", True), ("a-pmfew", "plus or minus a few", "bare_approx", True),
    ("a-pm", "±", "bare_tol", True), ("a-pmascii", "+/-", "bare_tol", True), ("a-mp", "∓", "bare_tol", True),
    ("a-de-mow", "mehr oder weniger", "bare_approx_lang", True), ("a-de-ung", "ungefähr", "bare_approx_lang", True),
    ("a-de-etwa", "etwa", "bare_approx_lang", True), ("a-fr-pom", "plus ou moins", "bare_approx_lang", True),
    ("a-fr-env", "environ", "bare_approx_lang", True), ("a-es-mom", "más o menos", "bare_approx_lang", True),
    ("a-es-aprox", "aprox.", "bare_approx_lang", True), ("a-no-mom", "mer eller mindre", "bare_approx_lang", True),
    ("a-no-omkr", "omkring", "bare_approx_lang", True), ("a-no-ca", "ca.", "bare_approx_lang", True),
    ("a-ja-kurai", "くらい", "bare_approx_lang", True), ("a-ja-zengo", "前後", "bare_approx_lang", True),
    ("a-zh-zuoyou", "左右", "bare_approx_lang", True), ("a-ko-jeongdo", "정도", "bare_approx_lang", True),
    ("a-fi-noin", "noin", "bare_approx_lang", True), ("a-pl-okolo", "około", "bare_approx_lang", True),
    # ranges split over lines (the other end on its own line)
    ("r-dash-b", "–\n{b}{u}", "bare_range", False), ("r-to-b", "to\n{b}{u}", "bare_range", False),
    ("r-or-b", "or\n{b}{u}", "bare_range", False),
    # compounds
    ("x-x2", "x2", "bare_compound", False), ("x-times2", "×2", "bare_compound", False), ("x-px2", "(x2)", "bare_compound", False),
    ("x-star2", "*2", "bare_compound", False), ("x-twice", "twice", "bare_compound", False),
    ("x-doubled", "doubled", "bare_compound", False), ("x-each", "each", "bare_compound", True),
    ("x-perperson", "per person", "bare_compound", True), ("x-perday", "per day", "bare_compound", True),
    ("x-slashday", "/day", "bare_compound", True), ("x-apiece", "apiece", "bare_compound", True),
    ("x-perside", "per side", "bare_compound", True), ("x-half", "half", "bare_compound", False),
    ("x-dozen", "dozen", "bare_compound", False), ("x-k", "k", "bare_compound", False),
    ("x-thousand", "thousand", "bare_compound", False), ("x-pct", "%", "bare_compound", True),
]
r149_FEW3 = {"b-pp", "b-fwplus", "b-pplus", "b-plusw", "b-gt", "b-ge", "b-lt", "b-max", "b-min", "b-tops", "b-ormore",
             "a-tilde", "a-q", "a-ish", "a-moreorless", "a-roughly", "a-approx", "a-est", "a-about", "a-circa",
             "a-pm", "a-de-ung", "a-fr-env", "a-ja-kurai", "r-dash-b", "x-x2", "x-twice", "x-each", "x-dozen",
             "x-k", "x-pct"}
for r149_kind in ("age", "wt", "att", "price", "seats", "km", "pop", "room"):
    r149_u, r149_a, r149_b = r149_K2[r149_kind][6:9]
    for r149_tag, r149_line, r149_fam, r149_arg in r149_POST3:
        if r149_kind not in ("age", "wt", "att") and r149_tag not in r149_FEW3:
            continue
        r149_case2(r149_kind, r149_tag, "", r149_line.format(b=r149_b, u=r149_u) + "\n", "", r149_NR, [r149_a],
                   "r149_" + r149_fam, arg=r149_arg)


# ================= part 4: around what got through in part 3 (a lone mark line)
r149_POST4 = [
    ("m-plussp", "+ ", "mark_bound", False), ("m-spplus", "  +", "mark_bound", False), ("m-plustab", "+\t", "mark_bound", False),
    ("m-plusmore", "+ more", "mark_bound", False), ("m-plusyears", "+ (and older)", "mark_bound", False),
    ("m-ppp", "+++", "mark_bound", False), ("m-heavyplus", "➕", "mark_bound", False), ("m-smallplus", "﹢", "mark_bound", False),
    ("m-plusup", "+ and up", "mark_bound", False), ("m-pluss", "+s", "mark_bound", True),
    ("m-minus", "-", "mark_bound", True), ("m-endash", "–", "mark_bound", True), ("m-emdash", "—", "mark_bound", True),
    ("m-uminus", "−", "mark_bound", True), ("m-ltlt", "<<", "mark_bound", True), ("m-gtgt", ">>", "mark_bound", True),
    ("m-rsaquo", "›", "mark_bound", True), ("m-geq2", "⩾", "mark_bound", True), ("m-ge-ascii", ">=", "mark_bound", True),
    ("m-le-ascii", "<=", "mark_bound", True), ("m-gtw", "> (more)", "mark_bound", False), ("m-ltw", "< (less)", "mark_bound", False),
    ("m-tilde2", "∼", "mark_approx", True), ("m-wavedash", "〜", "mark_approx", True), ("m-fwtilde", "～", "mark_approx", True),
    ("m-asympeq", "≃", "mark_approx", True), ("m-cong", "≅", "mark_approx", True), ("m-tt", "~~", "mark_approx", True),
    ("m-tildeq", "~?", "mark_approx", True),
    ("m-pm-ascii2", "+-", "mark_tol", True), ("m-mp-ascii", "-/+", "mark_tol", True), ("m-pm-uminus", "+/−", "mark_tol", True),
    ("m-pm-sp", "+ / -", "mark_tol", True), ("m-pmp", "(+/-)", "mark_tol", True),
    ("m-stars", "**", "mark_note", True), ("m-dagger", "†", "mark_note", True), ("m-ddagger", "‡", "mark_note", True),
    ("m-sup1", "¹", "mark_note", True), ("m-pstar", "(*)", "mark_note", True), ("m-fn1", "[1]", "mark_note", True),
    ("m-gtake2", "give or take 2", "mark_approx", True), ("m-near", "or near enough", "mark_approx", True),
    ("m-nearenough", "near enough", "mark_approx", True), ("m-ballpark", "ballpark", "mark_approx", True),
    ("m-inballpark", "in the ballpark", "mark_approx", True), ("m-approximate", "approximate", "mark_approx", True),
    ("m-apx", "apx", "mark_approx", True), ("m-appr", "appr.", "mark_approx", True), ("m-abt", "abt.", "mark_approx", True),
    ("m-c", "c.", "mark_approx", True), ("m-circ", "circ.", "mark_approx", True), ("m-ungef", "ungef.", "mark_approx", True),
    ("m-env", "env.", "mark_approx", True), ("m-aprox", "aprox", "mark_approx", True),
    ("m-gtake-yr", "give or take a bit", "mark_approx", True), ("m-gtake-c", "give or take.", "mark_approx", True),
    ("m-gtake-cap", "Give or take", "mark_approx", True), ("m-ortake", "give or take, roughly", "mark_approx", True),
    ("m-pct", "percent", "mark_unit", True), ("m-pct2", "pct", "mark_unit", True), ("m-permil", "‰", "mark_unit", True),
    ("m-deg", "°", "mark_unit", True), ("m-pctpct", "%%", "mark_unit", True), ("m-fwpct", "％", "mark_unit", True),
    ("m-timestwo", "times two", "mark_compound", False), ("m-pdouble", "(double)", "mark_compound", False),
    ("m-times", "×", "mark_compound", True), ("m-x", "x", "mark_compound", True),
]
r149_PRE4 = [
    ("pm-tilde", "~\n"), ("pm-gt", ">\n"), ("pm-lt", "<\n"), ("pm-plus", "+\n"), ("pm-asymp", "≈\n"), ("pm-star", "*\n"),
    ("pm-pmascii", "+/-\n"), ("pm-gtake", "give or take\n"), ("pm-atleast", "at least\n"), ("pm-upto", "up to\n"),
    ("pm-approx", "approx.\n"), ("pm-about", "about\n"),
]
r149_FEW4 = {"m-plussp", "m-plusmore", "m-ppp", "m-minus", "m-ltlt", "m-ge-ascii", "m-gtw", "m-tilde2", "m-fwtilde",
             "m-pm-ascii2", "m-pmp", "m-stars", "m-dagger", "m-gtake2", "m-nearenough", "m-ballpark", "m-apx",
             "m-gtake-c", "m-pct", "m-fwpct", "m-timestwo", "pm-tilde", "pm-gt", "pm-plus", "pm-gtake", "pm-upto"}
for r149_kind in ("age", "wt", "att", "price", "seats", "km", "pop", "room"):
    r149_u, r149_a, r149_b = r149_K2[r149_kind][6:9]
    for r149_tag, r149_line, r149_fam, r149_arg in r149_POST4:
        if r149_kind not in ("age", "wt", "att") and r149_tag not in r149_FEW4:
            continue
        r149_case2(r149_kind, r149_tag, "", r149_line + "\n", "", r149_NR, [r149_a], "r149_" + r149_fam, arg=r149_arg)
    for r149_tag, r149_pre in r149_PRE4:
        if r149_kind not in ("age", "wt", "att") and r149_tag not in r149_FEW4:
            continue
        r149_case2(r149_kind, r149_tag, r149_pre, "", "", r149_NR, [r149_a], "r149_premark", arg=True)


# ================= part 5: the unit (or a scale) on the line after a bare number
r149_K2["wtn"] = ("Extract name and weight as JSON.", "Name", "name", "Weight", "weight_kg",
                  {"type": "number", "description": "weight in kilograms"}, "", 12, 15)
r149_K2["kmn"] = ("Extract name and distance as JSON.", "Name", "name", "Distance", "distance_km",
                  {"type": "number", "description": "distance in kilometres"}, "", 40, 45)
for r149_kind, r149_tag, r149_line, r149_right, r149_arg, r149_safe in [
    ("wtn", "u-kg", "kg", 12, False, True), ("wtn", "u-kilograms", "kilograms", 12, False, True),
    ("wtn", "u-lb", "lb", r149_NR, False, False), ("wtn", "u-lbs", "lbs", r149_NR, False, False),
    ("wtn", "u-g", "g", 0.012, False, False), ("wtn", "u-t", "t", 12000, False, False),
    ("wtn", "u-tonnes", "tonnes", 12000, False, False), ("wtn", "u-oz", "oz", r149_NR, False, False),
    ("wtn", "u-st", "stone", r149_NR, False, False), ("wtn", "u-kgplus", "kg+", r149_NR, False, False),
    ("wtn", "u-kgtilde", "kg (approx.)", r149_NR, True, False), ("wtn", "u-x2", "kg × 2", 24, False, False),
    ("wtn", "u-k", "k", r149_NR, True, False), ("wtn", "u-thousand", "thousand kg", 12000, False, False),
    ("kmn", "u-km", "km", 40, False, True), ("kmn", "u-mi", "mi", r149_NR, False, False),
    ("kmn", "u-miles", "miles", r149_NR, False, False), ("kmn", "u-m", "m", 0.04, False, False),
    ("kmn", "u-nm", "nautical miles", r149_NR, False, False), ("kmn", "u-kmplus", "km+", r149_NR, False, False),
    ("kmn", "u-kmh", "km/h", r149_NR, True, False), ("kmn", "u-kmpm", "km ± 2", r149_NR, True, False),
]:
    r149_a = r149_K2[r149_kind][7]
    r149_case2(r149_kind, r149_tag, "", r149_line + "\n", "", r149_right, [r149_a],
               "r149_safe_unitline" if r149_safe else "r149_unitline", arg=r149_arg, safe=r149_safe)


# ================= part 6: the lone marks that got through, in other layouts
def r149_case6(kind, tag, build, fam, arg, modes=("p", "s")):
    ins, nl, nk, fl, mk, sub, u, a, b = r149_K2[kind]
    sch = S({nk: "string", mk: dict(sub)})
    for m in modes:
        n = r149_name()
        vid = "d149-%s-%s-%s" % (m, kind, tag)
        er = {nk: n, mk: r149_v2(kind, r149_NR)}
        es = {nk: n, mk: r149_v2(kind, a)}
        vp = build(ins, nl, n, fl, "%s%s" % (a, u))
        if m == "p":
            bid = "d149-b-%s-%s" % (kind, tag)
            r149_J(bid, "r149_base", build(ins, nl, n, fl, "%s%s" % (a, u), plain=True), sch, es, [es])
            r149_J(vid, fam, vp, sch, er, [es, {nk: n, mk: r149_v2(kind, b)}], arg=arg)
        else:
            r149_J(vid, fam + "_single", vp, sch, er, [es], arg=arg)


r149_LAYOUTS = {
    "blank": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                         "%s\n%s: %s\n%s: %s\n%s" % (ins, nl, n, fl, v, "" if plain else "\n%s\n" % mk)),
    "fieldafter": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                              "%s\n%s: %s\n%s: %s\n%sCity: Oslo\n" % (ins, nl, n, fl, v, "" if plain else mk + "\n")),
    "indent": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                          "%s\n%s: %s\n%s: %s\n%s" % (ins, nl, n, fl, v, "" if plain else "    %s\n" % mk)),
    "crlf": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                        ("%s\r\n%s: %s\r\n%s: %s\r\n%s" % (ins, nl, n, fl, v, "" if plain else mk + "\r\n"))),
    "noeol": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                         "%s\n%s: %s\n%s: %s%s" % (ins, nl, n, fl, v, "" if plain else "\n" + mk)),
    "nameafter": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                             "%s\n%s: %s\n%s%s: %s\n" % (ins, fl, v, "" if plain else mk + "\n", nl, n)),
    "fenced": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                          "%s\n```\n%s: %s\n%s: %s\n%s```\n" % (ins, nl, n, fl, v, "" if plain else mk + "\n")),
    "textmark": lambda mk: (lambda ins, nl, n, fl, v, plain=False:
                            "%s\nText:\n%s: %s\n%s: %s\n%s" % (ins, nl, n, fl, v, "" if plain else mk + "\n")),
}
for r149_mtag, r149_mark, r149_fam, r149_arg in [
    ("plus", "+", "layout_bound", False), ("pp", "++", "layout_bound", False), ("gt", ">", "layout_bound", True),
    ("lt", "<", "layout_bound", True), ("pma", "+/-", "layout_tol", True), ("gtake", "give or take", "layout_approx", True),
    ("star", "*", "layout_note", True), ("pct", "%", "layout_unit", True), ("minus", "-", "layout_bound", True),
]:
    for r149_lt, r149_mkb in r149_LAYOUTS.items():
        for r149_kind in ("age", "wt", "price"):
            r149_case6(r149_kind, "L-%s-%s" % (r149_lt, r149_mtag), r149_mkb(r149_mark), "r149_" + r149_fam,
                       r149_arg or r149_lt == "blank")


# ================= part 7: word lines without a number that the checks may not know
r149_POST7 = [
    ("w-orolder", "or older", "word_bound", False), ("w-oryounger", "or younger", "word_bound", False),
    ("w-andolder", "and older", "word_bound", False), ("w-atleastthat", "at least that", "word_bound", False),
    ("w-atmostthat", "at most that", "word_bound", False), ("w-notless", "not less", "word_bound", False),
    ("w-notmore", "not more", "word_bound", False), ("w-justunder", "just under", "word_bound", False),
    ("w-justover", "just over", "word_bound", False), ("w-abitmore", "a bit more", "word_bound", False),
    ("w-abitless", "a bit less", "word_bound", False), ("w-slmore", "slightly more", "word_bound", False),
    ("w-slless", "slightly less", "word_bound", False), ("w-andthensome", "and then some", "word_bound", False),
    ("w-higher", "or higher, maybe", "word_bound", False), ("w-andabit", "and a bit", "word_bound", False),
    ("w-andahalf", "and a half", "word_compound", False), ("w-andaquarter", "and a quarter", "word_compound", False),
    ("w-unverified", "unverified", "word_approx", True), ("w-roughguess", "rough guess", "word_approx", True),
    ("w-ballparkfig", "ballpark figure", "word_approx", True), ("w-closeto", "close to that", "word_approx", True),
    ("w-orclose", "or close", "word_approx", True), ("w-gtakesome", "give or take some", "word_approx", True),
    ("w-thereabout", "or thereabout", "word_approx", True), ("w-pluschange", "plus change", "word_approx", True),
    ("w-odd", "-odd", "word_approx", True), ("w-bothways", "both ways", "word_compound", True),
    ("w-eachway", "each way", "word_compound", True), ("w-return", "return", "word_compound", True),
    ("w-roundtrip", "round trip", "word_compound", True), ("w-perhead", "per head", "word_compound", True),
    ("w-permonth", "per month", "word_compound", True), ("w-monthly", "monthly", "word_compound", True),
    ("w-exvat", "excl. VAT", "word_compound", True), ("w-inclvat", "incl. VAT", "word_compound", True),
    ("w-net", "net", "word_compound", True), ("w-gross", "gross", "word_compound", True),
    ("w-total", "in total for both", "word_compound", True), ("w-forboth", "for both", "word_compound", True),
    ("w-pair", "the pair", "word_compound", True), ("w-double", "double that", "word_compound", False),
    ("w-halfthat", "half that", "word_compound", False), ("w-wrong", "(wrong)", "word_other", False),
    ("w-struck", "struck", "word_other", True), ("w-typo", "typo", "word_other", True),
    ("w-old", "old value", "word_other", True), ("w-outdated", "outdated", "word_other", True),
    ("w-ignore", "ignore", "word_other", True), ("w-void", "void", "word_other", False),
]
for r149_kind in ("age", "wt", "price", "km"):
    r149_u, r149_a, r149_b = r149_K2[r149_kind][6:9]
    for r149_tag, r149_line, r149_fam, r149_arg in r149_POST7:
        r149_case2(r149_kind, r149_tag, "", r149_line + "\n", "", r149_NR, [r149_a], "r149_" + r149_fam, arg=r149_arg)


# ================= part 8: the other end / tolerance / factor written without ASCII digits on the next line
r149_POST8 = [
    ("n-toword", "to {bw}", "numword_range", False), ("n-dashword", "– {bw}", "numword_range", False),
    ("n-orword", "or {bw}", "numword_range", False), ("n-uptoword", "up to {bw}", "numword_range", False),
    ("n-maxword", "(max {bw})", "numword_range", False), ("n-bisword", "bis {bw}", "numword_range", False),
    ("n-fw", "to {bfw}", "numword_range", False), ("n-fwdash", "–{bfw}", "numword_range", False),
    ("n-arab", "– {bar}", "numword_range", False), ("n-cjk", "〜{bcjk}", "numword_range", False),
    ("n-roman", "- {brom}", "numword_range", False), ("n-pmtwo", "± two", "numword_tol", True),
    ("n-gtaketwo", "give or take two", "numword_tol", True), ("n-pmfivepct", "+/- five percent", "numword_tol", True),
    ("n-plusfive", "plus five or so", "numword_range", False), ("n-timestwo", "× two", "numword_compound", False),
    ("n-xtwo", "x two", "numword_compound", False), ("n-twiceover", "twice over", "numword_compound", False),
    ("n-plusword", "+ {bw}", "numword_compound", False), ("n-andword", "and {bw}", "numword_range", False),
]
r149_W = {40: "forty", 45: "forty-five", 12: "twelve", 15: "fifteen"}
r149_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
r149_FW = str.maketrans("0123456789", "０１２３４５６７８９")
r149_CJK = {45: "四十五", 15: "十五"}
r149_ROM = {45: "XLV", 15: "XV"}
for r149_kind in ("age", "wt", "att", "price"):
    r149_u, r149_a, r149_b = r149_K2[r149_kind][6:9]
    for r149_tag, r149_line, r149_fam, r149_arg in r149_POST8:
        r149_l = r149_line.format(bw=r149_W[r149_b], bfw=str(r149_b).translate(r149_FW),
                                  bar=str(r149_b).translate(r149_AR), bcjk=r149_CJK[r149_b], brom=r149_ROM[r149_b])
        r149_case2(r149_kind, r149_tag, "", r149_l + "\n", "", r149_NR, [r149_a], "r149_" + r149_fam, arg=r149_arg)


# ================= part 9: the same marks on the field line, after spaces or a tab
for r149_kind in ("age", "wt", "att"):
    r149_u = r149_K2[r149_kind][6]
    r149_a = r149_K2[r149_kind][7]
    for r149_tag, r149_sfx, r149_fam, r149_arg in [
        ("sl-spplus", " +", "sameline_bound", False), ("sl-tabplus", "\t+", "sameline_bound", False),
        ("sl-3spplus", "   +", "sameline_bound", False), ("sl-pp", " ++", "sameline_bound", False),
        ("sl-pplus", " (+)", "sameline_bound", True), ("sl-gt", " >", "sameline_bound", True),
        ("sl-gtake", " give or take", "sameline_approx", True), ("sl-pma", " +/-", "sameline_tol", True),
        ("sl-star", " *", "sameline_note", True), ("sl-pct", " %", "sameline_unit", True),
        ("sl-tabgtake", "\tgive or take", "sameline_approx", True), ("sl-comma-gtake", ", give or take", "sameline_approx", True),
    ]:
        r149_ins, r149_nl, r149_nk, r149_fl, r149_mk, r149_sub = r149_K2[r149_kind][:6]
        r149_sch = S({r149_nk: "string", r149_mk: dict(r149_sub)})
        for r149_m in ("p", "s"):
            r149_n = r149_name()
            r149_vp = "%s\n%s: %s\n%s: %s%s%s\n" % (r149_ins, r149_nl, r149_n, r149_fl, r149_a, r149_u, r149_sfx)
            r149_es = {r149_nk: r149_n, r149_mk: r149_a}
            r149_er = {r149_nk: r149_n, r149_mk: r149_NR}
            r149_vid = "d149-%s-%s-%s" % (r149_m, r149_kind, r149_tag)
            if r149_m == "p":
                r149_J("d149-b-%s-%s" % (r149_kind, r149_tag), "r149_base",
                       "%s\n%s: %s\n%s: %s%s\n" % (r149_ins, r149_nl, r149_n, r149_fl, r149_a, r149_u), r149_sch,
                       r149_es, [r149_es])
                r149_J(r149_vid, "r149_" + r149_fam, r149_vp, r149_sch, r149_er,
                       [r149_es, {r149_nk: r149_n, r149_mk: r149_K2[r149_kind][8]}], arg=r149_arg)
            else:
                r149_J(r149_vid, "r149_" + r149_fam + "_single", r149_vp, r149_sch, r149_er, [r149_es], arg=r149_arg)


# ================= part 10: a TAB after the value, then a qualifier (the tab as a column break)
for r149_kind in ("age", "wt", "att", "price", "km", "room"):
    r149_u = r149_K2[r149_kind][6]
    r149_a, r149_b = r149_K2[r149_kind][7:9]
    for r149_tag, r149_sfx, r149_fam, r149_arg in [
        ("tb-pp", "++", "tab_bound", False), ("tb-plusw", "plus", "tab_bound", False), ("tb-ormore", "or more", "tab_bound", False),
        ("tb-gt", ">", "tab_bound", True), ("tb-lt", "<", "tab_bound", True), ("tb-max", "(max.)", "tab_bound", False),
        ("tb-min", "min.", "tab_bound", False), ("tb-upto", "up to", "tab_bound", False),
        ("tb-dashb", "– %s" % r149_b, "tab_range", False), ("tb-tob", "to %s" % r149_b, "tab_range", False),
        ("tb-orb", "or %s" % r149_b, "tab_range", False), ("tb-maxb", "(max %s)" % r149_b, "tab_range", False),
        ("tb-tilde", "~", "tab_approx", True), ("tb-approx", "(approx.)", "tab_approx", True),
        ("tb-est", "est.", "tab_approx", True), ("tb-q", "?", "tab_approx", True), ("tb-ca", "ca.", "tab_approx", True),
        ("tb-pm", "±2", "tab_tol", True), ("tb-pma", "+/-", "tab_tol", True), ("tb-star", "*", "tab_note", True),
        ("tb-pct", "%", "tab_unit", True), ("tb-x2", "× 2", "tab_compound", False), ("tb-dozen", "dozen", "tab_compound", False),
        ("tb-plus2", "+", "tab_bound", False),
    ]:
        if r149_kind not in ("age", "wt") and r149_tag not in ("tb-pp", "tb-ormore", "tb-dashb", "tb-tob", "tb-approx",
                                                               "tb-pm", "tb-plus2", "tb-x2", "tb-q"):
            continue
        r149_ins, r149_nl, r149_nk, r149_fl, r149_mk, r149_sub = r149_K2[r149_kind][:6]
        r149_sch = S({r149_nk: "string", r149_mk: dict(r149_sub)})
        for r149_m in ("p", "s"):
            r149_n = r149_name()
            r149_vp = "%s\n%s: %s\n%s: %s%s\t%s\n" % (r149_ins, r149_nl, r149_n, r149_fl, r149_a, r149_u, r149_sfx)
            r149_es = {r149_nk: r149_n, r149_mk: r149_v2(r149_kind, r149_a)}
            r149_er = {r149_nk: r149_n, r149_mk: r149_v2(r149_kind, r149_NR)}
            r149_vid = "d149-%s-%s-%s" % (r149_m, r149_kind, r149_tag)
            if r149_m == "p":
                r149_J("d149-b-%s-%s" % (r149_kind, r149_tag), "r149_base",
                       "%s\n%s: %s\n%s: %s%s\n" % (r149_ins, r149_nl, r149_n, r149_fl, r149_a, r149_u), r149_sch,
                       r149_es, [r149_es])
                r149_J(r149_vid, "r149_" + r149_fam, r149_vp, r149_sch, r149_er,
                       [r149_es, {r149_nk: r149_n, r149_mk: r149_v2(r149_kind, r149_b)}], arg=r149_arg)
            else:
                r149_J(r149_vid, "r149_" + r149_fam + "_single", r149_vp, r149_sch, r149_er, [r149_es], arg=r149_arg)


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too), one safe variant in 3 and every 12th of the held rest; STEPCACHE_REDTEAM_FULL=1 keeps them all.
from probe_kit import sample_round as r149_sample_round  # noqa: E402
r149_found = {
    'd149-b-age-L-blank-gt', 'd149-b-age-L-blank-gtake', 'd149-b-age-L-blank-lt', 'd149-b-age-L-blank-minus',
    'd149-b-age-L-blank-pct', 'd149-b-age-L-blank-plus', 'd149-b-age-L-blank-pma', 'd149-b-age-L-blank-pp',
    'd149-b-age-L-blank-star', 'd149-b-age-L-crlf-gt', 'd149-b-age-L-crlf-gtake', 'd149-b-age-L-crlf-lt',
    'd149-b-age-L-crlf-minus', 'd149-b-age-L-crlf-pct', 'd149-b-age-L-crlf-plus', 'd149-b-age-L-crlf-pma',
    'd149-b-age-L-crlf-pp', 'd149-b-age-L-crlf-star', 'd149-b-age-L-fenced-gt', 'd149-b-age-L-fenced-lt',
    'd149-b-age-L-fenced-minus', 'd149-b-age-L-fenced-pct', 'd149-b-age-L-fenced-plus', 'd149-b-age-L-fenced-pma',
    'd149-b-age-L-fenced-pp', 'd149-b-age-L-fenced-star', 'd149-b-age-L-indent-gt', 'd149-b-age-L-indent-gtake',
    'd149-b-age-L-indent-plus', 'd149-b-age-L-indent-pma', 'd149-b-age-L-indent-pp', 'd149-b-age-L-indent-star',
    'd149-b-age-L-nameafter-gt', 'd149-b-age-L-nameafter-gtake', 'd149-b-age-L-nameafter-lt',
    'd149-b-age-L-nameafter-minus', 'd149-b-age-L-nameafter-pct', 'd149-b-age-L-nameafter-plus',
    'd149-b-age-L-nameafter-pma', 'd149-b-age-L-nameafter-pp', 'd149-b-age-L-nameafter-star', 'd149-b-age-L-noeol-gt',
    'd149-b-age-L-noeol-gtake', 'd149-b-age-L-noeol-lt', 'd149-b-age-L-noeol-minus', 'd149-b-age-L-noeol-pct',
    'd149-b-age-L-noeol-plus', 'd149-b-age-L-noeol-pma', 'd149-b-age-L-noeol-pp', 'd149-b-age-L-noeol-star',
    'd149-b-age-L-textmark-gt', 'd149-b-age-L-textmark-lt', 'd149-b-age-L-textmark-minus',
    'd149-b-age-L-textmark-pct', 'd149-b-age-L-textmark-plus', 'd149-b-age-L-textmark-pma',
    'd149-b-age-L-textmark-pp', 'd149-b-age-L-textmark-star', 'd149-b-age-a-gtake-hy', 'd149-b-age-a-gtake1',
    'd149-b-age-a-pmascii', 'd149-b-age-a-star', 'd149-b-age-b-bplus', 'd149-b-age-b-gt', 'd149-b-age-b-lt',
    'd149-b-age-b-plusc', 'd149-b-age-b-plusdot', 'd149-b-age-b-plusex', 'd149-b-age-b-pp', 'd149-b-age-b-pplus',
    'd149-b-age-c-gtake', 'd149-b-age-c-plus', 'd149-b-age-m-emdash', 'd149-b-age-m-endash', 'd149-b-age-m-ge-ascii',
    'd149-b-age-m-gtake-c', 'd149-b-age-m-gtake-cap', 'd149-b-age-m-gtgt', 'd149-b-age-m-le-ascii',
    'd149-b-age-m-ltlt', 'd149-b-age-m-minus', 'd149-b-age-m-mp-ascii', 'd149-b-age-m-pctpct', 'd149-b-age-m-plussp',
    'd149-b-age-m-plustab', 'd149-b-age-m-pm-ascii2', 'd149-b-age-m-pm-sp', 'd149-b-age-m-pm-uminus',
    'd149-b-age-m-pmp', 'd149-b-age-m-ppp', 'd149-b-age-m-pstar', 'd149-b-age-m-rsaquo', 'd149-b-age-m-spplus',
    'd149-b-age-m-stars', 'd149-b-age-m-times', 'd149-b-age-m-uminus', 'd149-b-age-pm-gt', 'd149-b-age-pm-gtake',
    'd149-b-age-pm-lt', 'd149-b-age-pm-plus', 'd149-b-age-pm-pmascii', 'd149-b-age-pm-star', 'd149-b-age-sl-tabplus',
    'd149-b-age-tb-gt', 'd149-b-age-tb-lt', 'd149-b-age-tb-pct', 'd149-b-age-tb-plus2', 'd149-b-age-tb-pma',
    'd149-b-age-tb-pp', 'd149-b-age-tb-star', 'd149-b-age-x-pct', 'd149-b-att-a-gtake-hy', 'd149-b-att-a-gtake1',
    'd149-b-att-a-pmascii', 'd149-b-att-a-star', 'd149-b-att-b-bplus', 'd149-b-att-b-gt', 'd149-b-att-b-lt',
    'd149-b-att-b-plusc', 'd149-b-att-b-plusdot', 'd149-b-att-b-plusex', 'd149-b-att-b-pp', 'd149-b-att-b-pplus',
    'd149-b-att-c-gtake', 'd149-b-att-c-plus', 'd149-b-att-m-emdash', 'd149-b-att-m-endash', 'd149-b-att-m-ge-ascii',
    'd149-b-att-m-gtake-c', 'd149-b-att-m-gtake-cap', 'd149-b-att-m-gtgt', 'd149-b-att-m-le-ascii',
    'd149-b-att-m-ltlt', 'd149-b-att-m-minus', 'd149-b-att-m-mp-ascii', 'd149-b-att-m-pctpct', 'd149-b-att-m-plussp',
    'd149-b-att-m-plustab', 'd149-b-att-m-pm-ascii2', 'd149-b-att-m-pm-sp', 'd149-b-att-m-pm-uminus',
    'd149-b-att-m-pmp', 'd149-b-att-m-ppp', 'd149-b-att-m-pstar', 'd149-b-att-m-rsaquo', 'd149-b-att-m-spplus',
    'd149-b-att-m-stars', 'd149-b-att-m-times', 'd149-b-att-m-uminus', 'd149-b-att-pm-gt', 'd149-b-att-pm-gtake',
    'd149-b-att-pm-lt', 'd149-b-att-pm-plus', 'd149-b-att-pm-pmascii', 'd149-b-att-pm-star', 'd149-b-att-sl-tabplus',
    'd149-b-att-tb-plus2', 'd149-b-att-tb-pp', 'd149-b-att-x-pct', 'd149-b-km-a-tilde', 'd149-b-km-b-gt',
    'd149-b-km-b-lt', 'd149-b-km-b-pp', 'd149-b-km-b-pplus', 'd149-b-km-c-plus', 'd149-b-km-m-fwtilde',
    'd149-b-km-m-ge-ascii', 'd149-b-km-m-gtake-c', 'd149-b-km-m-ltlt', 'd149-b-km-m-minus', 'd149-b-km-m-plussp',
    'd149-b-km-m-pm-ascii2', 'd149-b-km-m-pmp', 'd149-b-km-m-ppp', 'd149-b-km-m-stars', 'd149-b-km-pm-gt',
    'd149-b-km-pm-gtake', 'd149-b-km-pm-plus', 'd149-b-km-tb-plus2', 'd149-b-km-tb-pp', 'd149-b-km-x-pct',
    'd149-b-pop-b-gt', 'd149-b-pop-b-lt', 'd149-b-pop-b-pp', 'd149-b-pop-b-pplus', 'd149-b-pop-c-plus',
    'd149-b-pop-m-ge-ascii', 'd149-b-pop-m-gtake-c', 'd149-b-pop-m-ltlt', 'd149-b-pop-m-minus', 'd149-b-pop-m-plussp',
    'd149-b-pop-m-pm-ascii2', 'd149-b-pop-m-pmp', 'd149-b-pop-m-ppp', 'd149-b-pop-m-stars', 'd149-b-pop-pm-gt',
    'd149-b-pop-pm-gtake', 'd149-b-pop-pm-plus', 'd149-b-pop-x-pct', 'd149-b-price-L-blank-gt',
    'd149-b-price-L-blank-gtake', 'd149-b-price-L-blank-lt', 'd149-b-price-L-blank-minus', 'd149-b-price-L-blank-pct',
    'd149-b-price-L-blank-plus', 'd149-b-price-L-blank-pma', 'd149-b-price-L-blank-pp', 'd149-b-price-L-blank-star',
    'd149-b-price-L-crlf-gt', 'd149-b-price-L-crlf-gtake', 'd149-b-price-L-crlf-lt', 'd149-b-price-L-crlf-minus',
    'd149-b-price-L-crlf-pct', 'd149-b-price-L-crlf-plus', 'd149-b-price-L-crlf-pma', 'd149-b-price-L-crlf-pp',
    'd149-b-price-L-crlf-star', 'd149-b-price-L-fenced-gt', 'd149-b-price-L-fenced-lt', 'd149-b-price-L-fenced-minus',
    'd149-b-price-L-fenced-pct', 'd149-b-price-L-fenced-plus', 'd149-b-price-L-fenced-pma',
    'd149-b-price-L-fenced-pp', 'd149-b-price-L-fenced-star', 'd149-b-price-L-indent-gt',
    'd149-b-price-L-indent-gtake', 'd149-b-price-L-indent-plus', 'd149-b-price-L-indent-pma',
    'd149-b-price-L-indent-pp', 'd149-b-price-L-indent-star', 'd149-b-price-L-nameafter-gt',
    'd149-b-price-L-nameafter-gtake', 'd149-b-price-L-nameafter-lt', 'd149-b-price-L-nameafter-minus',
    'd149-b-price-L-nameafter-pct', 'd149-b-price-L-nameafter-plus', 'd149-b-price-L-nameafter-pma',
    'd149-b-price-L-nameafter-pp', 'd149-b-price-L-nameafter-star', 'd149-b-price-L-noeol-gt',
    'd149-b-price-L-noeol-gtake', 'd149-b-price-L-noeol-lt', 'd149-b-price-L-noeol-minus', 'd149-b-price-L-noeol-pct',
    'd149-b-price-L-noeol-plus', 'd149-b-price-L-noeol-pma', 'd149-b-price-L-noeol-pp', 'd149-b-price-L-noeol-star',
    'd149-b-price-L-textmark-gt', 'd149-b-price-L-textmark-lt', 'd149-b-price-L-textmark-minus',
    'd149-b-price-L-textmark-pct', 'd149-b-price-L-textmark-plus', 'd149-b-price-L-textmark-pma',
    'd149-b-price-L-textmark-pp', 'd149-b-price-L-textmark-star', 'd149-b-price-a-tilde', 'd149-b-price-b-gt',
    'd149-b-price-b-lt', 'd149-b-price-b-pp', 'd149-b-price-b-pplus', 'd149-b-price-c-plus', 'd149-b-price-m-fwtilde',
    'd149-b-price-m-ge-ascii', 'd149-b-price-m-gtake-c', 'd149-b-price-m-ltlt', 'd149-b-price-m-minus',
    'd149-b-price-m-plussp', 'd149-b-price-m-pm-ascii2', 'd149-b-price-m-pmp', 'd149-b-price-m-ppp',
    'd149-b-price-m-stars', 'd149-b-price-pm-gt', 'd149-b-price-pm-gtake', 'd149-b-price-pm-plus',
    'd149-b-price-tb-plus2', 'd149-b-price-tb-pp', 'd149-b-price-x-pct', 'd149-b-room-b-gt', 'd149-b-room-b-lt',
    'd149-b-room-b-pp', 'd149-b-room-b-pplus', 'd149-b-room-c-plus', 'd149-b-room-m-ge-ascii', 'd149-b-room-m-ltlt',
    'd149-b-room-m-minus', 'd149-b-room-m-plussp', 'd149-b-room-m-pm-ascii2', 'd149-b-room-m-pmp',
    'd149-b-room-m-ppp', 'd149-b-room-m-stars', 'd149-b-room-pm-gt', 'd149-b-room-pm-plus', 'd149-b-room-tb-plus2',
    'd149-b-room-tb-pp', 'd149-b-room-x-pct', 'd149-b-seats-b-gt', 'd149-b-seats-b-lt', 'd149-b-seats-b-pp',
    'd149-b-seats-b-pplus', 'd149-b-seats-c-plus', 'd149-b-seats-m-ge-ascii', 'd149-b-seats-m-gtake-c',
    'd149-b-seats-m-ltlt', 'd149-b-seats-m-minus', 'd149-b-seats-m-plussp', 'd149-b-seats-m-pm-ascii2',
    'd149-b-seats-m-pmp', 'd149-b-seats-m-ppp', 'd149-b-seats-m-stars', 'd149-b-seats-pm-gt', 'd149-b-seats-pm-gtake',
    'd149-b-seats-pm-plus', 'd149-b-seats-x-pct', 'd149-b-wt-L-blank-gt', 'd149-b-wt-L-blank-gtake',
    'd149-b-wt-L-blank-lt', 'd149-b-wt-L-blank-minus', 'd149-b-wt-L-blank-pct', 'd149-b-wt-L-blank-plus',
    'd149-b-wt-L-blank-pma', 'd149-b-wt-L-blank-pp', 'd149-b-wt-L-blank-star', 'd149-b-wt-L-crlf-gt',
    'd149-b-wt-L-crlf-gtake', 'd149-b-wt-L-crlf-lt', 'd149-b-wt-L-crlf-minus', 'd149-b-wt-L-crlf-pct',
    'd149-b-wt-L-crlf-plus', 'd149-b-wt-L-crlf-pma', 'd149-b-wt-L-crlf-pp', 'd149-b-wt-L-crlf-star',
    'd149-b-wt-L-fenced-gt', 'd149-b-wt-L-fenced-lt', 'd149-b-wt-L-fenced-minus', 'd149-b-wt-L-fenced-pct',
    'd149-b-wt-L-fenced-plus', 'd149-b-wt-L-fenced-pma', 'd149-b-wt-L-fenced-pp', 'd149-b-wt-L-fenced-star',
    'd149-b-wt-L-indent-gt', 'd149-b-wt-L-indent-gtake', 'd149-b-wt-L-indent-plus', 'd149-b-wt-L-indent-pma',
    'd149-b-wt-L-indent-pp', 'd149-b-wt-L-indent-star', 'd149-b-wt-L-nameafter-gt', 'd149-b-wt-L-nameafter-gtake',
    'd149-b-wt-L-nameafter-lt', 'd149-b-wt-L-nameafter-minus', 'd149-b-wt-L-nameafter-pct',
    'd149-b-wt-L-nameafter-plus', 'd149-b-wt-L-nameafter-pma', 'd149-b-wt-L-nameafter-pp',
    'd149-b-wt-L-nameafter-star', 'd149-b-wt-L-noeol-gt', 'd149-b-wt-L-noeol-gtake', 'd149-b-wt-L-noeol-lt',
    'd149-b-wt-L-noeol-minus', 'd149-b-wt-L-noeol-pct', 'd149-b-wt-L-noeol-plus', 'd149-b-wt-L-noeol-pma',
    'd149-b-wt-L-noeol-pp', 'd149-b-wt-L-noeol-star', 'd149-b-wt-L-textmark-gt', 'd149-b-wt-L-textmark-lt',
    'd149-b-wt-L-textmark-minus', 'd149-b-wt-L-textmark-pct', 'd149-b-wt-L-textmark-plus', 'd149-b-wt-L-textmark-pma',
    'd149-b-wt-L-textmark-pp', 'd149-b-wt-L-textmark-star', 'd149-b-wt-a-gtake-hy', 'd149-b-wt-a-gtake1',
    'd149-b-wt-a-pmascii', 'd149-b-wt-a-star', 'd149-b-wt-a-tilde', 'd149-b-wt-b-bplus', 'd149-b-wt-b-gt',
    'd149-b-wt-b-lt', 'd149-b-wt-b-plusc', 'd149-b-wt-b-plusdot', 'd149-b-wt-b-plusex', 'd149-b-wt-b-pp',
    'd149-b-wt-b-pplus', 'd149-b-wt-c-gtake', 'd149-b-wt-c-plus', 'd149-b-wt-m-emdash', 'd149-b-wt-m-endash',
    'd149-b-wt-m-fwtilde', 'd149-b-wt-m-ge-ascii', 'd149-b-wt-m-gtake-c', 'd149-b-wt-m-gtake-cap', 'd149-b-wt-m-gtgt',
    'd149-b-wt-m-le-ascii', 'd149-b-wt-m-ltlt', 'd149-b-wt-m-minus', 'd149-b-wt-m-mp-ascii', 'd149-b-wt-m-pctpct',
    'd149-b-wt-m-plussp', 'd149-b-wt-m-plustab', 'd149-b-wt-m-pm-ascii2', 'd149-b-wt-m-pm-sp',
    'd149-b-wt-m-pm-uminus', 'd149-b-wt-m-pmp', 'd149-b-wt-m-ppp', 'd149-b-wt-m-pstar', 'd149-b-wt-m-rsaquo',
    'd149-b-wt-m-spplus', 'd149-b-wt-m-stars', 'd149-b-wt-m-times', 'd149-b-wt-m-tt', 'd149-b-wt-m-uminus',
    'd149-b-wt-pm-gt', 'd149-b-wt-pm-gtake', 'd149-b-wt-pm-lt', 'd149-b-wt-pm-plus', 'd149-b-wt-pm-pmascii',
    'd149-b-wt-pm-star', 'd149-b-wt-sl-tabplus', 'd149-b-wt-tb-gt', 'd149-b-wt-tb-lt', 'd149-b-wt-tb-pct',
    'd149-b-wt-tb-plus2', 'd149-b-wt-tb-pma', 'd149-b-wt-tb-pp', 'd149-b-wt-tb-star', 'd149-b-wt-tb-tilde',
    'd149-b-wt-x-pct', 'd149-p-age-L-blank-gt', 'd149-p-age-L-blank-gtake', 'd149-p-age-L-blank-lt',
    'd149-p-age-L-blank-minus', 'd149-p-age-L-blank-pct', 'd149-p-age-L-blank-plus', 'd149-p-age-L-blank-pma',
    'd149-p-age-L-blank-pp', 'd149-p-age-L-blank-star', 'd149-p-age-L-crlf-gt', 'd149-p-age-L-crlf-gtake',
    'd149-p-age-L-crlf-lt', 'd149-p-age-L-crlf-minus', 'd149-p-age-L-crlf-pct', 'd149-p-age-L-crlf-plus',
    'd149-p-age-L-crlf-pma', 'd149-p-age-L-crlf-pp', 'd149-p-age-L-crlf-star', 'd149-p-age-L-fenced-gt',
    'd149-p-age-L-fenced-lt', 'd149-p-age-L-fenced-minus', 'd149-p-age-L-fenced-pct', 'd149-p-age-L-fenced-plus',
    'd149-p-age-L-fenced-pma', 'd149-p-age-L-fenced-pp', 'd149-p-age-L-fenced-star', 'd149-p-age-L-indent-gt',
    'd149-p-age-L-indent-gtake', 'd149-p-age-L-indent-plus', 'd149-p-age-L-indent-pma', 'd149-p-age-L-indent-pp',
    'd149-p-age-L-indent-star', 'd149-p-age-L-nameafter-gt', 'd149-p-age-L-nameafter-gtake',
    'd149-p-age-L-nameafter-lt', 'd149-p-age-L-nameafter-minus', 'd149-p-age-L-nameafter-pct',
    'd149-p-age-L-nameafter-plus', 'd149-p-age-L-nameafter-pma', 'd149-p-age-L-nameafter-pp',
    'd149-p-age-L-nameafter-star', 'd149-p-age-L-noeol-gt', 'd149-p-age-L-noeol-gtake', 'd149-p-age-L-noeol-lt',
    'd149-p-age-L-noeol-minus', 'd149-p-age-L-noeol-pct', 'd149-p-age-L-noeol-plus', 'd149-p-age-L-noeol-pma',
    'd149-p-age-L-noeol-pp', 'd149-p-age-L-noeol-star', 'd149-p-age-L-textmark-gt', 'd149-p-age-L-textmark-lt',
    'd149-p-age-L-textmark-minus', 'd149-p-age-L-textmark-pct', 'd149-p-age-L-textmark-plus',
    'd149-p-age-L-textmark-pma', 'd149-p-age-L-textmark-pp', 'd149-p-age-L-textmark-star', 'd149-p-age-a-gtake-hy',
    'd149-p-age-a-gtake1', 'd149-p-age-a-pmascii', 'd149-p-age-a-star', 'd149-p-age-b-bplus', 'd149-p-age-b-gt',
    'd149-p-age-b-lt', 'd149-p-age-b-plusc', 'd149-p-age-b-plusdot', 'd149-p-age-b-plusex', 'd149-p-age-b-pp',
    'd149-p-age-b-pplus', 'd149-p-age-c-gtake', 'd149-p-age-c-plus', 'd149-p-age-m-emdash', 'd149-p-age-m-endash',
    'd149-p-age-m-ge-ascii', 'd149-p-age-m-gtake-c', 'd149-p-age-m-gtake-cap', 'd149-p-age-m-gtgt',
    'd149-p-age-m-le-ascii', 'd149-p-age-m-ltlt', 'd149-p-age-m-minus', 'd149-p-age-m-mp-ascii',
    'd149-p-age-m-pctpct', 'd149-p-age-m-plussp', 'd149-p-age-m-plustab', 'd149-p-age-m-pm-ascii2',
    'd149-p-age-m-pm-sp', 'd149-p-age-m-pm-uminus', 'd149-p-age-m-pmp', 'd149-p-age-m-ppp', 'd149-p-age-m-pstar',
    'd149-p-age-m-rsaquo', 'd149-p-age-m-spplus', 'd149-p-age-m-stars', 'd149-p-age-m-times', 'd149-p-age-m-uminus',
    'd149-p-age-pm-gt', 'd149-p-age-pm-gtake', 'd149-p-age-pm-lt', 'd149-p-age-pm-plus', 'd149-p-age-pm-pmascii',
    'd149-p-age-pm-star', 'd149-p-age-sl-tabplus', 'd149-p-age-tb-gt', 'd149-p-age-tb-lt', 'd149-p-age-tb-pct',
    'd149-p-age-tb-plus2', 'd149-p-age-tb-pma', 'd149-p-age-tb-pp', 'd149-p-age-tb-star', 'd149-p-age-x-pct',
    'd149-p-att-a-gtake-hy', 'd149-p-att-a-gtake1', 'd149-p-att-a-pmascii', 'd149-p-att-a-star', 'd149-p-att-b-bplus',
    'd149-p-att-b-gt', 'd149-p-att-b-lt', 'd149-p-att-b-plusc', 'd149-p-att-b-plusdot', 'd149-p-att-b-plusex',
    'd149-p-att-b-pp', 'd149-p-att-b-pplus', 'd149-p-att-c-gtake', 'd149-p-att-c-plus', 'd149-p-att-m-emdash',
    'd149-p-att-m-endash', 'd149-p-att-m-ge-ascii', 'd149-p-att-m-gtake-c', 'd149-p-att-m-gtake-cap',
    'd149-p-att-m-gtgt', 'd149-p-att-m-le-ascii', 'd149-p-att-m-ltlt', 'd149-p-att-m-minus', 'd149-p-att-m-mp-ascii',
    'd149-p-att-m-pctpct', 'd149-p-att-m-plussp', 'd149-p-att-m-plustab', 'd149-p-att-m-pm-ascii2',
    'd149-p-att-m-pm-sp', 'd149-p-att-m-pm-uminus', 'd149-p-att-m-pmp', 'd149-p-att-m-ppp', 'd149-p-att-m-pstar',
    'd149-p-att-m-rsaquo', 'd149-p-att-m-spplus', 'd149-p-att-m-stars', 'd149-p-att-m-times', 'd149-p-att-m-uminus',
    'd149-p-att-pm-gt', 'd149-p-att-pm-gtake', 'd149-p-att-pm-lt', 'd149-p-att-pm-plus', 'd149-p-att-pm-pmascii',
    'd149-p-att-pm-star', 'd149-p-att-sl-tabplus', 'd149-p-att-tb-plus2', 'd149-p-att-tb-pp', 'd149-p-att-x-pct',
    'd149-p-km-a-tilde', 'd149-p-km-b-gt', 'd149-p-km-b-lt', 'd149-p-km-b-pp', 'd149-p-km-b-pplus',
    'd149-p-km-c-plus', 'd149-p-km-m-fwtilde', 'd149-p-km-m-ge-ascii', 'd149-p-km-m-gtake-c', 'd149-p-km-m-ltlt',
    'd149-p-km-m-minus', 'd149-p-km-m-plussp', 'd149-p-km-m-pm-ascii2', 'd149-p-km-m-pmp', 'd149-p-km-m-ppp',
    'd149-p-km-m-stars', 'd149-p-km-pm-gt', 'd149-p-km-pm-gtake', 'd149-p-km-pm-plus', 'd149-p-km-tb-plus2',
    'd149-p-km-tb-pp', 'd149-p-km-x-pct', 'd149-p-pop-b-gt', 'd149-p-pop-b-lt', 'd149-p-pop-b-pp',
    'd149-p-pop-b-pplus', 'd149-p-pop-c-plus', 'd149-p-pop-m-ge-ascii', 'd149-p-pop-m-gtake-c', 'd149-p-pop-m-ltlt',
    'd149-p-pop-m-minus', 'd149-p-pop-m-plussp', 'd149-p-pop-m-pm-ascii2', 'd149-p-pop-m-pmp', 'd149-p-pop-m-ppp',
    'd149-p-pop-m-stars', 'd149-p-pop-pm-gt', 'd149-p-pop-pm-gtake', 'd149-p-pop-pm-plus', 'd149-p-pop-x-pct',
    'd149-p-price-L-blank-gt', 'd149-p-price-L-blank-gtake', 'd149-p-price-L-blank-lt', 'd149-p-price-L-blank-minus',
    'd149-p-price-L-blank-pct', 'd149-p-price-L-blank-plus', 'd149-p-price-L-blank-pma', 'd149-p-price-L-blank-pp',
    'd149-p-price-L-blank-star', 'd149-p-price-L-crlf-gt', 'd149-p-price-L-crlf-gtake', 'd149-p-price-L-crlf-lt',
    'd149-p-price-L-crlf-minus', 'd149-p-price-L-crlf-pct', 'd149-p-price-L-crlf-plus', 'd149-p-price-L-crlf-pma',
    'd149-p-price-L-crlf-pp', 'd149-p-price-L-crlf-star', 'd149-p-price-L-fenced-gt', 'd149-p-price-L-fenced-lt',
    'd149-p-price-L-fenced-minus', 'd149-p-price-L-fenced-pct', 'd149-p-price-L-fenced-plus',
    'd149-p-price-L-fenced-pma', 'd149-p-price-L-fenced-pp', 'd149-p-price-L-fenced-star', 'd149-p-price-L-indent-gt',
    'd149-p-price-L-indent-gtake', 'd149-p-price-L-indent-plus', 'd149-p-price-L-indent-pma',
    'd149-p-price-L-indent-pp', 'd149-p-price-L-indent-star', 'd149-p-price-L-nameafter-gt',
    'd149-p-price-L-nameafter-gtake', 'd149-p-price-L-nameafter-lt', 'd149-p-price-L-nameafter-minus',
    'd149-p-price-L-nameafter-pct', 'd149-p-price-L-nameafter-plus', 'd149-p-price-L-nameafter-pma',
    'd149-p-price-L-nameafter-pp', 'd149-p-price-L-nameafter-star', 'd149-p-price-L-noeol-gt',
    'd149-p-price-L-noeol-gtake', 'd149-p-price-L-noeol-lt', 'd149-p-price-L-noeol-minus', 'd149-p-price-L-noeol-pct',
    'd149-p-price-L-noeol-plus', 'd149-p-price-L-noeol-pma', 'd149-p-price-L-noeol-pp', 'd149-p-price-L-noeol-star',
    'd149-p-price-L-textmark-gt', 'd149-p-price-L-textmark-lt', 'd149-p-price-L-textmark-minus',
    'd149-p-price-L-textmark-pct', 'd149-p-price-L-textmark-plus', 'd149-p-price-L-textmark-pma',
    'd149-p-price-L-textmark-pp', 'd149-p-price-L-textmark-star', 'd149-p-price-a-tilde', 'd149-p-price-b-gt',
    'd149-p-price-b-lt', 'd149-p-price-b-pp', 'd149-p-price-b-pplus', 'd149-p-price-c-plus', 'd149-p-price-m-fwtilde',
    'd149-p-price-m-ge-ascii', 'd149-p-price-m-gtake-c', 'd149-p-price-m-ltlt', 'd149-p-price-m-minus',
    'd149-p-price-m-plussp', 'd149-p-price-m-pm-ascii2', 'd149-p-price-m-pmp', 'd149-p-price-m-ppp',
    'd149-p-price-m-stars', 'd149-p-price-pm-gt', 'd149-p-price-pm-gtake', 'd149-p-price-pm-plus',
    'd149-p-price-tb-plus2', 'd149-p-price-tb-pp', 'd149-p-price-x-pct', 'd149-p-room-b-gt', 'd149-p-room-b-lt',
    'd149-p-room-b-pp', 'd149-p-room-b-pplus', 'd149-p-room-c-plus', 'd149-p-room-m-ge-ascii', 'd149-p-room-m-ltlt',
    'd149-p-room-m-minus', 'd149-p-room-m-plussp', 'd149-p-room-m-pm-ascii2', 'd149-p-room-m-pmp',
    'd149-p-room-m-ppp', 'd149-p-room-m-stars', 'd149-p-room-pm-gt', 'd149-p-room-pm-plus', 'd149-p-room-tb-plus2',
    'd149-p-room-tb-pp', 'd149-p-room-x-pct', 'd149-p-seats-b-gt', 'd149-p-seats-b-lt', 'd149-p-seats-b-pp',
    'd149-p-seats-b-pplus', 'd149-p-seats-c-plus', 'd149-p-seats-m-ge-ascii', 'd149-p-seats-m-gtake-c',
    'd149-p-seats-m-ltlt', 'd149-p-seats-m-minus', 'd149-p-seats-m-plussp', 'd149-p-seats-m-pm-ascii2',
    'd149-p-seats-m-pmp', 'd149-p-seats-m-ppp', 'd149-p-seats-m-stars', 'd149-p-seats-pm-gt', 'd149-p-seats-pm-gtake',
    'd149-p-seats-pm-plus', 'd149-p-seats-x-pct', 'd149-p-wt-L-blank-gt', 'd149-p-wt-L-blank-gtake',
    'd149-p-wt-L-blank-lt', 'd149-p-wt-L-blank-minus', 'd149-p-wt-L-blank-pct', 'd149-p-wt-L-blank-plus',
    'd149-p-wt-L-blank-pma', 'd149-p-wt-L-blank-pp', 'd149-p-wt-L-blank-star', 'd149-p-wt-L-crlf-gt',
    'd149-p-wt-L-crlf-gtake', 'd149-p-wt-L-crlf-lt', 'd149-p-wt-L-crlf-minus', 'd149-p-wt-L-crlf-pct',
    'd149-p-wt-L-crlf-plus', 'd149-p-wt-L-crlf-pma', 'd149-p-wt-L-crlf-pp', 'd149-p-wt-L-crlf-star',
    'd149-p-wt-L-fenced-gt', 'd149-p-wt-L-fenced-lt', 'd149-p-wt-L-fenced-minus', 'd149-p-wt-L-fenced-pct',
    'd149-p-wt-L-fenced-plus', 'd149-p-wt-L-fenced-pma', 'd149-p-wt-L-fenced-pp', 'd149-p-wt-L-fenced-star',
    'd149-p-wt-L-indent-gt', 'd149-p-wt-L-indent-gtake', 'd149-p-wt-L-indent-plus', 'd149-p-wt-L-indent-pma',
    'd149-p-wt-L-indent-pp', 'd149-p-wt-L-indent-star', 'd149-p-wt-L-nameafter-gt', 'd149-p-wt-L-nameafter-gtake',
    'd149-p-wt-L-nameafter-lt', 'd149-p-wt-L-nameafter-minus', 'd149-p-wt-L-nameafter-pct',
    'd149-p-wt-L-nameafter-plus', 'd149-p-wt-L-nameafter-pma', 'd149-p-wt-L-nameafter-pp',
    'd149-p-wt-L-nameafter-star', 'd149-p-wt-L-noeol-gt', 'd149-p-wt-L-noeol-gtake', 'd149-p-wt-L-noeol-lt',
    'd149-p-wt-L-noeol-minus', 'd149-p-wt-L-noeol-pct', 'd149-p-wt-L-noeol-plus', 'd149-p-wt-L-noeol-pma',
    'd149-p-wt-L-noeol-pp', 'd149-p-wt-L-noeol-star', 'd149-p-wt-L-textmark-gt', 'd149-p-wt-L-textmark-lt',
    'd149-p-wt-L-textmark-minus', 'd149-p-wt-L-textmark-pct', 'd149-p-wt-L-textmark-plus', 'd149-p-wt-L-textmark-pma',
    'd149-p-wt-L-textmark-pp', 'd149-p-wt-L-textmark-star', 'd149-p-wt-a-gtake-hy', 'd149-p-wt-a-gtake1',
    'd149-p-wt-a-pmascii', 'd149-p-wt-a-star', 'd149-p-wt-a-tilde', 'd149-p-wt-b-bplus', 'd149-p-wt-b-gt',
    'd149-p-wt-b-lt', 'd149-p-wt-b-plusc', 'd149-p-wt-b-plusdot', 'd149-p-wt-b-plusex', 'd149-p-wt-b-pp',
    'd149-p-wt-b-pplus', 'd149-p-wt-c-gtake', 'd149-p-wt-c-plus', 'd149-p-wt-m-emdash', 'd149-p-wt-m-endash',
    'd149-p-wt-m-fwtilde', 'd149-p-wt-m-ge-ascii', 'd149-p-wt-m-gtake-c', 'd149-p-wt-m-gtake-cap', 'd149-p-wt-m-gtgt',
    'd149-p-wt-m-le-ascii', 'd149-p-wt-m-ltlt', 'd149-p-wt-m-minus', 'd149-p-wt-m-mp-ascii', 'd149-p-wt-m-pctpct',
    'd149-p-wt-m-plussp', 'd149-p-wt-m-plustab', 'd149-p-wt-m-pm-ascii2', 'd149-p-wt-m-pm-sp',
    'd149-p-wt-m-pm-uminus', 'd149-p-wt-m-pmp', 'd149-p-wt-m-ppp', 'd149-p-wt-m-pstar', 'd149-p-wt-m-rsaquo',
    'd149-p-wt-m-spplus', 'd149-p-wt-m-stars', 'd149-p-wt-m-times', 'd149-p-wt-m-tt', 'd149-p-wt-m-uminus',
    'd149-p-wt-pm-gt', 'd149-p-wt-pm-gtake', 'd149-p-wt-pm-lt', 'd149-p-wt-pm-plus', 'd149-p-wt-pm-pmascii',
    'd149-p-wt-pm-star', 'd149-p-wt-sl-tabplus', 'd149-p-wt-tb-gt', 'd149-p-wt-tb-lt', 'd149-p-wt-tb-pct',
    'd149-p-wt-tb-plus2', 'd149-p-wt-tb-pma', 'd149-p-wt-tb-pp', 'd149-p-wt-tb-star', 'd149-p-wt-tb-tilde',
    'd149-p-wt-x-pct', 'd149-s-age-L-blank-gt', 'd149-s-age-L-blank-gtake', 'd149-s-age-L-blank-lt',
    'd149-s-age-L-blank-minus', 'd149-s-age-L-blank-pct', 'd149-s-age-L-blank-plus', 'd149-s-age-L-blank-pma',
    'd149-s-age-L-blank-pp', 'd149-s-age-L-blank-star', 'd149-s-age-L-crlf-gt', 'd149-s-age-L-crlf-gtake',
    'd149-s-age-L-crlf-lt', 'd149-s-age-L-crlf-minus', 'd149-s-age-L-crlf-pct', 'd149-s-age-L-crlf-plus',
    'd149-s-age-L-crlf-pma', 'd149-s-age-L-crlf-pp', 'd149-s-age-L-crlf-star', 'd149-s-age-L-fenced-gt',
    'd149-s-age-L-fenced-lt', 'd149-s-age-L-fenced-minus', 'd149-s-age-L-fenced-pct', 'd149-s-age-L-fenced-plus',
    'd149-s-age-L-fenced-pma', 'd149-s-age-L-fenced-pp', 'd149-s-age-L-fenced-star', 'd149-s-age-L-indent-gt',
    'd149-s-age-L-indent-gtake', 'd149-s-age-L-indent-plus', 'd149-s-age-L-indent-pma', 'd149-s-age-L-indent-pp',
    'd149-s-age-L-indent-star', 'd149-s-age-L-nameafter-gt', 'd149-s-age-L-nameafter-gtake',
    'd149-s-age-L-nameafter-lt', 'd149-s-age-L-nameafter-minus', 'd149-s-age-L-nameafter-pct',
    'd149-s-age-L-nameafter-plus', 'd149-s-age-L-nameafter-pma', 'd149-s-age-L-nameafter-pp',
    'd149-s-age-L-nameafter-star', 'd149-s-age-L-noeol-gt', 'd149-s-age-L-noeol-gtake', 'd149-s-age-L-noeol-lt',
    'd149-s-age-L-noeol-minus', 'd149-s-age-L-noeol-pct', 'd149-s-age-L-noeol-plus', 'd149-s-age-L-noeol-pma',
    'd149-s-age-L-noeol-pp', 'd149-s-age-L-noeol-star', 'd149-s-age-L-textmark-gt', 'd149-s-age-L-textmark-lt',
    'd149-s-age-L-textmark-minus', 'd149-s-age-L-textmark-pct', 'd149-s-age-L-textmark-plus',
    'd149-s-age-L-textmark-pma', 'd149-s-age-L-textmark-pp', 'd149-s-age-L-textmark-star', 'd149-s-age-a-gtake-hy',
    'd149-s-age-a-gtake1', 'd149-s-age-a-pmascii', 'd149-s-age-a-star', 'd149-s-age-b-bplus', 'd149-s-age-b-gt',
    'd149-s-age-b-lt', 'd149-s-age-b-plusc', 'd149-s-age-b-plusdot', 'd149-s-age-b-plusex', 'd149-s-age-b-pp',
    'd149-s-age-b-pplus', 'd149-s-age-c-gtake', 'd149-s-age-c-plus', 'd149-s-age-m-emdash', 'd149-s-age-m-endash',
    'd149-s-age-m-ge-ascii', 'd149-s-age-m-gtake-c', 'd149-s-age-m-gtake-cap', 'd149-s-age-m-gtgt',
    'd149-s-age-m-le-ascii', 'd149-s-age-m-ltlt', 'd149-s-age-m-minus', 'd149-s-age-m-mp-ascii',
    'd149-s-age-m-pctpct', 'd149-s-age-m-plussp', 'd149-s-age-m-plustab', 'd149-s-age-m-pm-ascii2',
    'd149-s-age-m-pm-sp', 'd149-s-age-m-pm-uminus', 'd149-s-age-m-pmp', 'd149-s-age-m-ppp', 'd149-s-age-m-pstar',
    'd149-s-age-m-rsaquo', 'd149-s-age-m-spplus', 'd149-s-age-m-stars', 'd149-s-age-m-times', 'd149-s-age-m-uminus',
    'd149-s-age-pm-gt', 'd149-s-age-pm-gtake', 'd149-s-age-pm-lt', 'd149-s-age-pm-plus', 'd149-s-age-pm-pmascii',
    'd149-s-age-pm-star', 'd149-s-age-sl-tabplus', 'd149-s-age-tb-gt', 'd149-s-age-tb-lt', 'd149-s-age-tb-pct',
    'd149-s-age-tb-plus2', 'd149-s-age-tb-pma', 'd149-s-age-tb-pp', 'd149-s-age-tb-star', 'd149-s-age-x-pct',
    'd149-s-att-a-gtake-hy', 'd149-s-att-a-gtake1', 'd149-s-att-a-pmascii', 'd149-s-att-a-star', 'd149-s-att-b-bplus',
    'd149-s-att-b-gt', 'd149-s-att-b-lt', 'd149-s-att-b-plusc', 'd149-s-att-b-plusdot', 'd149-s-att-b-plusex',
    'd149-s-att-b-pp', 'd149-s-att-b-pplus', 'd149-s-att-c-gtake', 'd149-s-att-c-plus', 'd149-s-att-m-emdash',
    'd149-s-att-m-endash', 'd149-s-att-m-ge-ascii', 'd149-s-att-m-gtake-c', 'd149-s-att-m-gtake-cap',
    'd149-s-att-m-gtgt', 'd149-s-att-m-le-ascii', 'd149-s-att-m-ltlt', 'd149-s-att-m-minus', 'd149-s-att-m-mp-ascii',
    'd149-s-att-m-pctpct', 'd149-s-att-m-plussp', 'd149-s-att-m-plustab', 'd149-s-att-m-pm-ascii2',
    'd149-s-att-m-pm-sp', 'd149-s-att-m-pm-uminus', 'd149-s-att-m-pmp', 'd149-s-att-m-ppp', 'd149-s-att-m-pstar',
    'd149-s-att-m-rsaquo', 'd149-s-att-m-spplus', 'd149-s-att-m-stars', 'd149-s-att-m-times', 'd149-s-att-m-uminus',
    'd149-s-att-pm-gt', 'd149-s-att-pm-gtake', 'd149-s-att-pm-lt', 'd149-s-att-pm-plus', 'd149-s-att-pm-pmascii',
    'd149-s-att-pm-star', 'd149-s-att-sl-tabplus', 'd149-s-att-tb-plus2', 'd149-s-att-tb-pp', 'd149-s-att-x-pct',
    'd149-s-km-a-tilde', 'd149-s-km-b-gt', 'd149-s-km-b-lt', 'd149-s-km-b-pp', 'd149-s-km-b-pplus',
    'd149-s-km-c-plus', 'd149-s-km-m-fwtilde', 'd149-s-km-m-ge-ascii', 'd149-s-km-m-gtake-c', 'd149-s-km-m-ltlt',
    'd149-s-km-m-minus', 'd149-s-km-m-plussp', 'd149-s-km-m-pm-ascii2', 'd149-s-km-m-pmp', 'd149-s-km-m-ppp',
    'd149-s-km-m-stars', 'd149-s-km-pm-gt', 'd149-s-km-pm-gtake', 'd149-s-km-pm-plus', 'd149-s-km-tb-plus2',
    'd149-s-km-tb-pp', 'd149-s-km-x-pct', 'd149-s-pop-b-gt', 'd149-s-pop-b-lt', 'd149-s-pop-b-pp',
    'd149-s-pop-b-pplus', 'd149-s-pop-c-plus', 'd149-s-pop-m-ge-ascii', 'd149-s-pop-m-gtake-c', 'd149-s-pop-m-ltlt',
    'd149-s-pop-m-minus', 'd149-s-pop-m-plussp', 'd149-s-pop-m-pm-ascii2', 'd149-s-pop-m-pmp', 'd149-s-pop-m-ppp',
    'd149-s-pop-m-stars', 'd149-s-pop-pm-gt', 'd149-s-pop-pm-gtake', 'd149-s-pop-pm-plus', 'd149-s-pop-x-pct',
    'd149-s-price-L-blank-gt', 'd149-s-price-L-blank-gtake', 'd149-s-price-L-blank-lt', 'd149-s-price-L-blank-minus',
    'd149-s-price-L-blank-pct', 'd149-s-price-L-blank-plus', 'd149-s-price-L-blank-pma', 'd149-s-price-L-blank-pp',
    'd149-s-price-L-blank-star', 'd149-s-price-L-crlf-gt', 'd149-s-price-L-crlf-gtake', 'd149-s-price-L-crlf-lt',
    'd149-s-price-L-crlf-minus', 'd149-s-price-L-crlf-pct', 'd149-s-price-L-crlf-plus', 'd149-s-price-L-crlf-pma',
    'd149-s-price-L-crlf-pp', 'd149-s-price-L-crlf-star', 'd149-s-price-L-fenced-gt', 'd149-s-price-L-fenced-lt',
    'd149-s-price-L-fenced-minus', 'd149-s-price-L-fenced-pct', 'd149-s-price-L-fenced-plus',
    'd149-s-price-L-fenced-pma', 'd149-s-price-L-fenced-pp', 'd149-s-price-L-fenced-star', 'd149-s-price-L-indent-gt',
    'd149-s-price-L-indent-gtake', 'd149-s-price-L-indent-plus', 'd149-s-price-L-indent-pma',
    'd149-s-price-L-indent-pp', 'd149-s-price-L-indent-star', 'd149-s-price-L-nameafter-gt',
    'd149-s-price-L-nameafter-gtake', 'd149-s-price-L-nameafter-lt', 'd149-s-price-L-nameafter-minus',
    'd149-s-price-L-nameafter-pct', 'd149-s-price-L-nameafter-plus', 'd149-s-price-L-nameafter-pma',
    'd149-s-price-L-nameafter-pp', 'd149-s-price-L-nameafter-star', 'd149-s-price-L-noeol-gt',
    'd149-s-price-L-noeol-gtake', 'd149-s-price-L-noeol-lt', 'd149-s-price-L-noeol-minus', 'd149-s-price-L-noeol-pct',
    'd149-s-price-L-noeol-plus', 'd149-s-price-L-noeol-pma', 'd149-s-price-L-noeol-pp', 'd149-s-price-L-noeol-star',
    'd149-s-price-L-textmark-gt', 'd149-s-price-L-textmark-lt', 'd149-s-price-L-textmark-minus',
    'd149-s-price-L-textmark-pct', 'd149-s-price-L-textmark-plus', 'd149-s-price-L-textmark-pma',
    'd149-s-price-L-textmark-pp', 'd149-s-price-L-textmark-star', 'd149-s-price-a-tilde', 'd149-s-price-b-gt',
    'd149-s-price-b-lt', 'd149-s-price-b-pp', 'd149-s-price-b-pplus', 'd149-s-price-c-plus', 'd149-s-price-m-fwtilde',
    'd149-s-price-m-ge-ascii', 'd149-s-price-m-gtake-c', 'd149-s-price-m-ltlt', 'd149-s-price-m-minus',
    'd149-s-price-m-plussp', 'd149-s-price-m-pm-ascii2', 'd149-s-price-m-pmp', 'd149-s-price-m-ppp',
    'd149-s-price-m-stars', 'd149-s-price-pm-gt', 'd149-s-price-pm-gtake', 'd149-s-price-pm-plus',
    'd149-s-price-tb-plus2', 'd149-s-price-tb-pp', 'd149-s-price-x-pct', 'd149-s-room-b-gt', 'd149-s-room-b-lt',
    'd149-s-room-b-pp', 'd149-s-room-b-pplus', 'd149-s-room-c-plus', 'd149-s-room-m-ge-ascii', 'd149-s-room-m-ltlt',
    'd149-s-room-m-minus', 'd149-s-room-m-plussp', 'd149-s-room-m-pm-ascii2', 'd149-s-room-m-pmp',
    'd149-s-room-m-ppp', 'd149-s-room-m-stars', 'd149-s-room-pm-gt', 'd149-s-room-pm-plus', 'd149-s-room-tb-plus2',
    'd149-s-room-tb-pp', 'd149-s-room-x-pct', 'd149-s-seats-b-gt', 'd149-s-seats-b-lt', 'd149-s-seats-b-pp',
    'd149-s-seats-b-pplus', 'd149-s-seats-c-plus', 'd149-s-seats-m-ge-ascii', 'd149-s-seats-m-gtake-c',
    'd149-s-seats-m-ltlt', 'd149-s-seats-m-minus', 'd149-s-seats-m-plussp', 'd149-s-seats-m-pm-ascii2',
    'd149-s-seats-m-pmp', 'd149-s-seats-m-ppp', 'd149-s-seats-m-stars', 'd149-s-seats-pm-gt', 'd149-s-seats-pm-gtake',
    'd149-s-seats-pm-plus', 'd149-s-seats-x-pct', 'd149-s-wt-L-blank-gt', 'd149-s-wt-L-blank-gtake',
    'd149-s-wt-L-blank-lt', 'd149-s-wt-L-blank-minus', 'd149-s-wt-L-blank-pct', 'd149-s-wt-L-blank-plus',
    'd149-s-wt-L-blank-pma', 'd149-s-wt-L-blank-pp', 'd149-s-wt-L-blank-star', 'd149-s-wt-L-crlf-gt',
    'd149-s-wt-L-crlf-gtake', 'd149-s-wt-L-crlf-lt', 'd149-s-wt-L-crlf-minus', 'd149-s-wt-L-crlf-pct',
    'd149-s-wt-L-crlf-plus', 'd149-s-wt-L-crlf-pma', 'd149-s-wt-L-crlf-pp', 'd149-s-wt-L-crlf-star',
    'd149-s-wt-L-fenced-gt', 'd149-s-wt-L-fenced-lt', 'd149-s-wt-L-fenced-minus', 'd149-s-wt-L-fenced-pct',
    'd149-s-wt-L-fenced-plus', 'd149-s-wt-L-fenced-pma', 'd149-s-wt-L-fenced-pp', 'd149-s-wt-L-fenced-star',
    'd149-s-wt-L-indent-gt', 'd149-s-wt-L-indent-gtake', 'd149-s-wt-L-indent-plus', 'd149-s-wt-L-indent-pma',
    'd149-s-wt-L-indent-pp', 'd149-s-wt-L-indent-star', 'd149-s-wt-L-nameafter-gt', 'd149-s-wt-L-nameafter-gtake',
    'd149-s-wt-L-nameafter-lt', 'd149-s-wt-L-nameafter-minus', 'd149-s-wt-L-nameafter-pct',
    'd149-s-wt-L-nameafter-plus', 'd149-s-wt-L-nameafter-pma', 'd149-s-wt-L-nameafter-pp',
    'd149-s-wt-L-nameafter-star', 'd149-s-wt-L-noeol-gt', 'd149-s-wt-L-noeol-gtake', 'd149-s-wt-L-noeol-lt',
    'd149-s-wt-L-noeol-minus', 'd149-s-wt-L-noeol-pct', 'd149-s-wt-L-noeol-plus', 'd149-s-wt-L-noeol-pma',
    'd149-s-wt-L-noeol-pp', 'd149-s-wt-L-noeol-star', 'd149-s-wt-L-textmark-gt', 'd149-s-wt-L-textmark-lt',
    'd149-s-wt-L-textmark-minus', 'd149-s-wt-L-textmark-pct', 'd149-s-wt-L-textmark-plus', 'd149-s-wt-L-textmark-pma',
    'd149-s-wt-L-textmark-pp', 'd149-s-wt-L-textmark-star', 'd149-s-wt-a-gtake-hy', 'd149-s-wt-a-gtake1',
    'd149-s-wt-a-pmascii', 'd149-s-wt-a-star', 'd149-s-wt-a-tilde', 'd149-s-wt-b-bplus', 'd149-s-wt-b-gt',
    'd149-s-wt-b-lt', 'd149-s-wt-b-plusc', 'd149-s-wt-b-plusdot', 'd149-s-wt-b-plusex', 'd149-s-wt-b-pp',
    'd149-s-wt-b-pplus', 'd149-s-wt-c-gtake', 'd149-s-wt-c-plus', 'd149-s-wt-m-emdash', 'd149-s-wt-m-endash',
    'd149-s-wt-m-fwtilde', 'd149-s-wt-m-ge-ascii', 'd149-s-wt-m-gtake-c', 'd149-s-wt-m-gtake-cap', 'd149-s-wt-m-gtgt',
    'd149-s-wt-m-le-ascii', 'd149-s-wt-m-ltlt', 'd149-s-wt-m-minus', 'd149-s-wt-m-mp-ascii', 'd149-s-wt-m-pctpct',
    'd149-s-wt-m-plussp', 'd149-s-wt-m-plustab', 'd149-s-wt-m-pm-ascii2', 'd149-s-wt-m-pm-sp',
    'd149-s-wt-m-pm-uminus', 'd149-s-wt-m-pmp', 'd149-s-wt-m-ppp', 'd149-s-wt-m-pstar', 'd149-s-wt-m-rsaquo',
    'd149-s-wt-m-spplus', 'd149-s-wt-m-stars', 'd149-s-wt-m-times', 'd149-s-wt-m-tt', 'd149-s-wt-m-uminus',
    'd149-s-wt-pm-gt', 'd149-s-wt-pm-gtake', 'd149-s-wt-pm-lt', 'd149-s-wt-pm-plus', 'd149-s-wt-pm-pmascii',
    'd149-s-wt-pm-star', 'd149-s-wt-sl-tabplus', 'd149-s-wt-tb-gt', 'd149-s-wt-tb-lt', 'd149-s-wt-tb-pct',
    'd149-s-wt-tb-plus2', 'd149-s-wt-tb-pma', 'd149-s-wt-tb-pp', 'd149-s-wt-tb-star', 'd149-s-wt-tb-tilde',
    'd149-s-wt-x-pct',
}
r149_sample_round("d149-", r149_found, 12, safe_every=3)
# Arguable items still served from the cache after the fixes (FINDINGS.md, rounds 146-151): left out.
r149_left_out = {
    'd149-p-age-L-blank-gt', 'd149-p-age-L-blank-gtake', 'd149-p-age-L-blank-lt', 'd149-p-age-L-blank-minus',
    'd149-p-age-L-blank-pct', 'd149-p-age-L-blank-plus', 'd149-p-age-L-blank-pma', 'd149-p-age-L-blank-pp',
    'd149-p-age-L-blank-star', 'd149-p-age-L-crlf-gtake', 'd149-p-age-L-indent-gtake', 'd149-p-age-L-nameafter-gtake',
    'd149-p-age-L-noeol-gtake', 'd149-p-age-a-gtake-hy', 'd149-p-age-a-gtake1', 'd149-p-age-c-gtake',
    'd149-p-age-m-gtake-c', 'd149-p-age-m-gtake-cap', 'd149-p-age-pm-gtake', 'd149-p-att-a-gtake-hy',
    'd149-p-att-a-gtake1', 'd149-p-att-c-gtake', 'd149-p-att-m-gtake-c', 'd149-p-att-m-gtake-cap',
    'd149-p-att-pm-gtake', 'd149-p-km-m-gtake-c', 'd149-p-km-pm-gtake', 'd149-p-pop-m-gtake-c', 'd149-p-pop-pm-gtake',
    'd149-p-price-L-blank-gt', 'd149-p-price-L-blank-gtake', 'd149-p-price-L-blank-lt', 'd149-p-price-L-blank-minus',
    'd149-p-price-L-blank-pct', 'd149-p-price-L-blank-plus', 'd149-p-price-L-blank-pma', 'd149-p-price-L-blank-pp',
    'd149-p-price-L-blank-star', 'd149-p-price-L-crlf-gtake', 'd149-p-price-L-indent-gtake',
    'd149-p-price-L-nameafter-gtake', 'd149-p-price-L-noeol-gtake', 'd149-p-price-m-gtake-c', 'd149-p-price-pm-gtake',
    'd149-p-seats-m-gtake-c', 'd149-p-seats-pm-gtake', 'd149-p-wt-L-blank-gt', 'd149-p-wt-L-blank-gtake',
    'd149-p-wt-L-blank-lt', 'd149-p-wt-L-blank-minus', 'd149-p-wt-L-blank-pct', 'd149-p-wt-L-blank-plus',
    'd149-p-wt-L-blank-pma', 'd149-p-wt-L-blank-pp', 'd149-p-wt-L-blank-star', 'd149-p-wt-L-crlf-gtake',
    'd149-p-wt-L-indent-gtake', 'd149-p-wt-L-nameafter-gtake', 'd149-p-wt-L-noeol-gtake', 'd149-p-wt-a-gtake-hy',
    'd149-p-wt-a-gtake1', 'd149-p-wt-c-gtake', 'd149-p-wt-m-gtake-c', 'd149-p-wt-m-gtake-cap', 'd149-p-wt-pm-gtake',
    'd149-s-age-L-blank-gt', 'd149-s-age-L-blank-gtake', 'd149-s-age-L-blank-lt', 'd149-s-age-L-blank-minus',
    'd149-s-age-L-blank-pct', 'd149-s-age-L-blank-plus', 'd149-s-age-L-blank-pma', 'd149-s-age-L-blank-pp',
    'd149-s-age-L-blank-star', 'd149-s-age-L-crlf-gtake', 'd149-s-age-L-indent-gtake', 'd149-s-age-L-nameafter-gtake',
    'd149-s-age-L-noeol-gtake', 'd149-s-age-a-gtake-hy', 'd149-s-age-a-gtake1', 'd149-s-age-c-gtake',
    'd149-s-age-m-gtake-c', 'd149-s-age-m-gtake-cap', 'd149-s-age-pm-gtake', 'd149-s-att-a-gtake-hy',
    'd149-s-att-a-gtake1', 'd149-s-att-c-gtake', 'd149-s-att-m-gtake-c', 'd149-s-att-m-gtake-cap',
    'd149-s-att-pm-gtake', 'd149-s-km-m-gtake-c', 'd149-s-km-pm-gtake', 'd149-s-pop-m-gtake-c', 'd149-s-pop-pm-gtake',
    'd149-s-price-L-blank-gt', 'd149-s-price-L-blank-gtake', 'd149-s-price-L-blank-lt', 'd149-s-price-L-blank-minus',
    'd149-s-price-L-blank-pct', 'd149-s-price-L-blank-plus', 'd149-s-price-L-blank-pma', 'd149-s-price-L-blank-pp',
    'd149-s-price-L-blank-star', 'd149-s-price-L-crlf-gtake', 'd149-s-price-L-indent-gtake',
    'd149-s-price-L-nameafter-gtake', 'd149-s-price-L-noeol-gtake', 'd149-s-price-m-gtake-c', 'd149-s-price-pm-gtake',
    'd149-s-seats-m-gtake-c', 'd149-s-seats-pm-gtake', 'd149-s-wt-L-blank-gt', 'd149-s-wt-L-blank-gtake',
    'd149-s-wt-L-blank-lt', 'd149-s-wt-L-blank-minus', 'd149-s-wt-L-blank-pct', 'd149-s-wt-L-blank-plus',
    'd149-s-wt-L-blank-pma', 'd149-s-wt-L-blank-pp', 'd149-s-wt-L-blank-star', 'd149-s-wt-L-crlf-gtake',
    'd149-s-wt-L-indent-gtake', 'd149-s-wt-L-nameafter-gtake', 'd149-s-wt-L-noeol-gtake', 'd149-s-wt-a-gtake-hy',
    'd149-s-wt-a-gtake1', 'd149-s-wt-c-gtake', 'd149-s-wt-m-gtake-c', 'd149-s-wt-m-gtake-cap', 'd149-s-wt-pm-gtake',
}
P[:] = [r149_p for r149_p in P if r149_p["id"] not in r149_left_out]
