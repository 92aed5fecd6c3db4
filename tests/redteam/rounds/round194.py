r"""Red-team round 194 (black box): THE NEWEST EXTRACTION RULES ATTACKED -- a number's form in plain words (rounds
192's fix) and remarks beside codes after any mark (round 191's fix).
Focus: (1) "as an integer" / "just the number" / "as a (bare) number" where the clause attaches: both members named
  (30 phrasings: "with A and B as integers", "both as integers", "B and A", "A as an integer and B too", "; the same for
  B", "A & B", "as ints", "as whole numbers", "without decimals", the clause as its own sentence on the next line),
  one member named (30 phrasings: "A should be an integer." on its own line, "Use an integer for A.", "A (integer).",
  "truncated", "rounded", "to the nearest whole number", "with the decimals dropped"...), the member named by its text
  label ("the billable hours" for `hours` under "Billable hours:"), 21 phrasings in 8 other languages ("som heltall",
  "als ganze Zahl", "como número entero", "en nombre entier", "som heltal", "jako liczba całkowita", "als geheel getal",
  "come numero intero"), other forms ("to one decimal", "in thousands", "in cents", "in øre", "as a percentage"), over
  values with a fraction, a unit ("72.25 kg"), a sign ("-12.25 °C"), a prefix ("NOK", "$") and a thousands separator
  ("NOK 24,190.30"); strings with a unit/prefix ("179 cm", "#89311", "INV-12574", "Case 70783", "-12 °C") asked "as
  bare numbers", "just the number", "in digits only", "en chiffres", lists "A, B and the ref as numbers" (17 phrasings).
  (2) remarks beside codes in a field no member reads: 53 marks (48 not listed: ‣ ◦ ∙ ⋅ § † * ^ @ = + & :: glued —/–, tab,
  ― ‒ − ⸺ ／ ｜ ∣ ︱ ⁞ 〜 ～ » < ¶ ° 、 ， ； ： ! ? ※ ▪ ● ✱ ⇢ ⟹ ⮕, ", " "; " ". " before capitals, a single space,
  " -- "; controls " — " " | ") x 24 remarks (English, Norwegian, German, French, Spanish, Russian, Chinese, Japanese,
  Arabic, Greek, Korean, capitalised and upper-case English); part 2: 22 more marks (、，；。｡．_ " ," " ;" ",\u00a0"
  "\u3000" ": " " / " ...) x 34 remarks in 20 languages and scripts; remarks split over two lines; remarks in the field a
  member IS read from (room, seat, bay, member no.) moving the city; remarks that change another member (nights, guests,
  total). Layouts: line records (L) and one-line "a | b" records (O).
8,952 probes (seeded random.Random(194)): 2,994 bases, 2,964 pair variants (model's first answer = the base's), 2,964
  singles (model's first answer = the stale/plain value, a later one right), 30 safe ("Please." added).
  (This tester served only the d194- probes; the rest of the suite was not run.)
HELD:
 - PART 1 entirely (0 from the cache, run 1 and run 2): 792 form pairs/singles. Bases stored: 86/120 (both), 86/120
   (one), 58/84 (languages), 29/36 (other forms), 20/102 (strings); every variant with a clause was refused reuse
   (skip) in both runs, and no single with a clause was stored. Label-named members: bases never stored (label
   "Billable hours" for key `hours`), so only fresh. Wrong FRESH, never stored (run 1 = run 2): 242 -- the plain
   value under "som heltall", "als Ganzzahl", "como número entero", "en nombre entier" etc. (112), "without decimals",
   "with the decimals dropped", "without the fraction", "as ints", "as integral numbers" (46), "as bare numbers",
   "only the numbers for", "numbers, nothing else" over two string members (54), other forms (16), label-named (14).
   Most other clause requests end in a clear error with the right integer rejected ("24190 does not occur in the
   source text": about 4,480 right answers rejected per run, mostly the integer forms and the moved-to cities).
 - PART 2: every mark that is a symbol between spaces (‣ § † * ^ @ = + & :: ― ‒ − ⸺ ／ ｜ ∣ 〜 ～ » ¶ ※ ▪ ● ⇢ ⟹ ⮕, glued —/–,
   tab, " -- ", "：", " : ", " ! ", " ? ": 0 of 16 singles each stored); every remark in English, Norwegian, German,
   Swedish, Finnish words ("moved to", "now lives in", "relocated to", "MOVED TO", "lives in X these days", "resides
   in", "address changed to", "flyttet til", "umgezogen nach", "flyttade till", "muutti", "X since May", "X now", "X (new
   home)") after ANY mark (0 of ~700); remarks split over two lines (0 of 240 pairs/singles); pair variants on the
   reuse path in run 1 (0: the licensed rewrite did not copy a stale city); remarks changing nights or guests (0);
   the O layout with the remark in a member's field (0 of 104).
WHAT GOT THROUGH (whole round, fresh SQLite store, --runs 2: 27 from the cache in run 1 (all kept on the patch path),
  158 in run 2; ALONE (R194_ALONE=1: r194_found_alone and their pairs' bases, 181 probes, fresh store, --runs 2): 27 in
  run 1, 154 in run 2 -- 152 CLEAR, 2 ARGUABLE; the 4 pair variants of run 2 not reproduced alone are left out):
 (A) CLEAR (125, singles, run 2 reuse): a remark beside a code in a field no member reads, in words of a language or
     script the reader has no change words for, after a mark the rule does not read as a remark start: a fullwidth or
     ideographic comma/stop/semicolon ("、" 17/38, "，" 19/38, " 、" 15/24, "。" 14/24, "；" 13/39), a single space (20/40),
     "_" (10/23), a comma or semicolon with a space on the wrong side or a no-break space (" ;", " ,", ",\u00a0"), or
     ", " "; " ". " before a capitalised or non-Latin word. The fresh check accepts the model's old city from "City:",
     the answer is stored, run 2 serves it: "Name: Nosi Tuzedal / City: Moss / Gate: D30，déménagé à Risør" -> "Moss";
     "Gate: D8、Narvik으로 이사" (City: Bergen) -> "Bergen"; "Ref: K98067; Narvikに転居" (City: Florø) -> "Florø";
     "Customer no.: C-63418. Tromsø으로 이사"; "Member no.: M4287 se mudró a Tromsø" (City: Moss) -> "Moss"; "Ref: K91672
     déménagé à Sandefjord" -> "Voss"; "Seat: 7E，انتقل إلى Steinkjer"; "Bay: B191_Déménagé à Florø"; "Card no.: **** 1722
     μετακόμισε στο Kongsberg"; "Gate: D14 Gjøvikへ引っ越し"; "Customer no.: C-24998 现居Molde"; "Seat: 39D,\u00a0Hamar चले
     गए"; "Member no.: M6828 ;Namsos'a taşındı". Languages through: Korean, Japanese, Chinese, Greek, Russian,
     Ukrainian, Arabic, Hebrew, Thai, Hindi, Turkish, French, Spanish, Portuguese, Italian, Dutch, Polish.
 (B) CLEAR (27, pairs, run 1 AND run 2, patch path KEPT-FROM-CACHE ['city']): the remark is in the field ANOTHER member
     reads (room, seat, bay, member no.) and the mark is one the rules list (" | ", " -- ", " / ", "; ", ", ", ". "): the
     code member fails reuse and is patched, the city member's own line did not change, so the stored old city is kept:
     "Extract the name, city and room as JSON. / Name: Roke Vasovik / City: Arendal / Room: 356 | now lives in Molde" ->
     {"city": "Arendal", "room": "356"}; "Seat: 16B | now lives in Skien" (City: Namsos) -> "Namsos"; "Member no.: M4561 /
     now lives in Molde" (City: Gjøvik) -> "Gjøvik"; "Seat: 34D; relocated to Halden" (City: Drammen) -> "Drammen";
     "Member no.: M1746 -- address changed to Bodø" (City: Tromsø) -> "Tromsø"; "Seat: 18B -- déménagé à Levanger" ->
     "Risør"; "Bay: B992 -- umgezogen nach Halden" (one-line record) -> old city; "Bay: B635 | relocated to Moss".
     24 of the 27 are line records; 3 are one-line records ("rmv-O").
 (C) ARGUABLE (2, r194_arguable): "Total: 1803.00 / Member no.: M9659；re-invoiced at 4897.00" -> total 1803.0 (a
     re-invoice may be a second bill, as round 191 judged).
Adds its probes to probe_kit.P."""
import json
import os
import random as r194_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r194_random.Random(194)
r194_arguable = set()
r194_found_alone = set()
r194_pairs, r194_singles, r194_safe = [], [], []
r194_base_of = {}
r194_seen = set()
r194_ctr = [0]


def js(o):
    return json.dumps(o, ensure_ascii=False)


def w(k):
    return "".join(R.choice("bdfgklmnprstvz") + R.choice("aeiou") for _ in range(k))


def nm():
    while True:
        n = w(2).capitalize() + " " + w(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal", "nes"])
        if n not in r194_seen:
            r194_seen.add(n)
            return n


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ref():
    return "K" + dg(5)


def nid(part):
    r194_ctr[0] += 1
    return "d194-%s-%d" % (part, r194_ctr[0])


def add(kind, id, fam, prompt, sch, exp, answers, arg=False, base=None):
    J(id, fam, prompt, sch, exp, [js(a) for a in answers], safe=(kind == "safe"))
    if arg:
        r194_arguable.add(id)
    if base:
        r194_base_of[id] = base
    {"pair": r194_pairs, "single": r194_singles, "safe": r194_safe, "base": []}[kind].append(id)


def layout(fields, lay):
    if lay == "L":
        return "".join("%s: %s\n" % f for f in fields)
    return " | ".join("%s: %s" % f for f in fields) + "\n"


CITIES = ["Bergen", "Tromsø", "Stavanger", "Drammen", "Hamar", "Molde", "Bodø", "Skien", "Arendal", "Gjøvik",
          "Harstad", "Kongsberg", "Larvik", "Halden", "Narvik", "Alta", "Ålesund", "Sandefjord", "Tønsberg", "Moss",
          "Florø", "Voss", "Odda", "Risør", "Steinkjer", "Levanger", "Namsos", "Sogndal", "Førde", "Elverum"]

# ============================================================ PART F: a number's form in plain words
FR = [10, 20, 25, 30, 40]  # fractions whose integer part is the same by rounding or truncation


def n_plain():
    k = R.randint(12, 480)
    f = R.choice(FR)
    return "%d.%02d" % (k, f), float("%d.%02d" % (k, f)), k


def n_thou():
    k = R.randint(1100, 48000)
    f = R.choice(FR)
    return "{:,}.{:02d}".format(k, f), float("%d.%02d" % (k, f)), k


def n_neg():
    k = R.randint(2, 30)
    f = R.choice(FR)
    return "-%d.%02d" % (k, f), -float("%d.%02d" % (k, f)), -k


# number members: key, words used in the request, text label, text form (value -> text), value generator
NUM = [
    ("hours", "the hours", "Hours", lambda t: t, n_plain),
    ("fee", "the fee", "Fee", lambda t: "NOK " + t, n_thou),
    ("weight_kg", "the weight", "Weight", lambda t: t + " kg", n_plain),
    ("temperature", "the temperature", "Temperature", lambda t: t + " °C", n_neg),
    ("amount", "the amount", "Amount", lambda t: t, n_thou),
    ("distance_km", "the distance", "Distance", lambda t: t + " km", n_plain),
    ("balance", "the balance", "Balance", lambda t: t, n_neg),
    ("price", "the price", "Price", lambda t: "$" + t, n_thou),
]
# members whose key is not the text's label: key, key words, text label words, text label
NUM_LBL = [
    ("hours", "the hours", "the billable hours", "Billable hours", lambda t: t, n_plain),
    ("fee", "the fee", "the service fee", "Service fee", lambda t: "NOK " + t, n_thou),
    ("weight_kg", "the weight", "the gross weight", "Gross weight", lambda t: t + " kg", n_plain),
    ("amount", "the amount", "the amount due", "Amount due", lambda t: t, n_thou),
    ("balance", "the balance", "the closing balance", "Closing balance", lambda t: t, n_neg),
]

# clauses asking BOTH named number members (A, B) as integers
BOTH = [
    ", with {a} and {b} as integers.",
    ", {a} and {b} both as integers.",
    ", with {b} and {a} as integers.",
    ". Give both {a} and {b} as integers.",
    ", both as integers.",
    ", the numbers as integers.",
    ", all numbers as integers.",
    ", {a} as an integer and {b} too.",
    ", {a} as an integer, likewise {b}.",
    ", {a} as an integer; the same for {b}.",
    ", with integers for {a} and {b}.",
    ", {a}, {b} as integers.",
    ". {A} and {b}: integers.",
    ". Integers only for {a} and {b}.",
    ", {a} and also {b} as integers.",
    ", {a} and {b} as whole numbers.",
    ", {a} and {b} without decimals.",
    ", {a} and {b} as an integer each.",
    ", each number as an integer.",
    ", every amount as an integer.",
    ".\nBoth {a} and {b} should be integers.",
    ".\n{A} should be an integer, and so should {b}.",
    ", {a} and {b} as ints.",
    ", {a} and {b} as integer values.",
    ", {a} and {b} as plain integers.",
    ", {a} and {b} as integral numbers.",
    " ({a} and {b} as integers).",
    ", {a} & {b} as integers.",
    ", {a} plus {b} as integers.",
    ", {a} as well as {b} as integers.",
]
# clauses asking ONE member (A) as an integer, in other places, words and languages
ONE = [
    ".\n{A} should be an integer.",
    ".\n{A} must be an integer.",
    ". Use an integer for {a}.",
    ". Integer {a}, please.",
    ". {A}: integer.",
    ". {A} as an integer, please.",
    ", {a} in integer form.",
    ", {a} as an int.",
    ", {a} (integer).",
    ", {a} as a whole number.",
    ", {a} without decimals.",
    ", {a} with no decimals.",
    ", {a} without the decimals.",
    ", {a} truncated to an integer.",
    ", {a} as a round number.",
    ", {a} to the nearest whole number.",
    ", {a} rounded.",
    ", {a} rounded to an integer.",
    ", {a} as an integer value.",
    ", {a} as integer.",
    ", {a} cast to integer.",
    ", {a} with the decimals dropped.",
    ", {a} without the fraction.",
    " and give {a} as an integer.",
    ". Return {a} as an integer.",
    ". Express {a} as an integer.",
    ". Write {a} as an integer.",
    ", make {a} an integer.",
    ". The value of {a} as an integer.",
    ", {a} as a whole integer.",
]
LANG = [  # (template, language) ; {a} is filled with the translated words
    (". Gi {a} som heltall.", "nb"), (", {a} som heltall.", "nb"), (", {a} som et heltall.", "nb"),
    (", {a} uten desimaler.", "nb"), (". {A} som heltall, takk.", "nb"),
    (". Gib {a} als ganze Zahl an.", "de"), (", {a} als ganze Zahl.", "de"), (", {a} als Ganzzahl.", "de"),
    (", {a} ohne Nachkommastellen.", "de"),
    (". Da {a} como número entero.", "es"), (", {a} como número entero.", "es"), (", {a} como entero.", "es"),
    (", {a} sin decimales.", "es"),
    (", {a} en nombre entier.", "fr"), (". Donne {a} en nombre entier.", "fr"), (", {a} sans décimales.", "fr"),
    (", {a} en entier.", "fr"),
    (", {a} som heltal.", "sv"), (", {a} jako liczba całkowita.", "pl"), (", {a} als geheel getal.", "nl"),
    (", {a} come numero intero.", "it"),
]
TR = {
    "hours": {"nb": "timene", "de": "die Stunden", "es": "las horas", "fr": "les heures", "sv": "timmarna",
              "pl": "godziny", "nl": "de uren", "it": "le ore"},
    "fee": {"nb": "gebyret", "de": "die Gebühr", "es": "la tarifa", "fr": "les frais", "sv": "avgiften",
            "pl": "opłatę", "nl": "de vergoeding", "it": "la tariffa"},
    "weight_kg": {"nb": "vekten", "de": "das Gewicht", "es": "el peso", "fr": "le poids", "sv": "vikten",
                  "pl": "wagę", "nl": "het gewicht", "it": "il peso"},
    "temperature": {"nb": "temperaturen", "de": "die Temperatur", "es": "la temperatura", "fr": "la température",
                    "sv": "temperaturen", "pl": "temperaturę", "nl": "de temperatuur", "it": "la temperatura"},
    "amount": {"nb": "beløpet", "de": "den Betrag", "es": "el importe", "fr": "le montant", "sv": "beloppet",
               "pl": "kwotę", "nl": "het bedrag", "it": "l'importo"},
    "distance_km": {"nb": "avstanden", "de": "die Entfernung", "es": "la distancia", "fr": "la distance",
                    "sv": "avståndet", "pl": "odległość", "nl": "de afstand", "it": "la distanza"},
    "balance": {"nb": "saldoen", "de": "den Saldo", "es": "el saldo", "fr": "le solde", "sv": "saldot",
                "pl": "saldo", "nl": "het saldo", "it": "il saldo"},
    "price": {"nb": "prisen", "de": "den Preis", "es": "el precio", "fr": "le prix", "sv": "priset",
              "pl": "cenę", "nl": "de prijs", "it": "il prezzo"},
}
# other forms of one number member: (clause, kind) where kind computes the right value
FORMS = [
    (", {a} to one decimal.", "1dec"), (", {a} with one decimal.", "1dec"), (", {a} rounded to one decimal.", "1dec"),
    (", {a} in thousands.", "thou"), (", {a} in thousands (e.g. 12.5).", "thou"),
    (", {a} in cents.", "cents"), (", {a} in øre.", "cents"),
    (", {a} as a percentage.", "pct"), (", {a} in percent.", "pct"),
]

INTRO = ["Extract {x} and the ref as JSON", "Return {x} and the ref as JSON",
         "From the record below, give {x} and the ref as JSON", "Read the record and give {x} and the ref as JSON"]


def cap(s):
    return s[0].upper() + s[1:]


def num_rec(mems, lay):
    """mems: list of (key, label, textform, gen). Returns fields, plain values, integer values."""
    fields, plain, integ = [], {}, {}
    for key, label, tf, gen in mems:
        t, v, k = gen()
        fields.append((label, tf(t)))
        plain[key] = v
        integ[key] = k
    rf = ref()
    fields.insert(R.randint(0, len(fields)), ("Ref", rf))
    plain["ref"] = rf
    integ["ref"] = rf
    return fields, plain, integ


def f_pair_and_single(part, fam, sch, intro, clause, mems, lay, exp_fn, arg=False):
    """A pair (base without the clause, variant with it) and a single (the clause, other values)."""
    # pair
    fields, plain, integ = num_rec(mems, lay)
    body = layout(fields, lay)
    head = ""
    bp = intro + ".\n\n" + head + body
    vp = intro + clause + "\n\n" + head + body
    bid = nid(part + "b-" + lay)
    add("base", bid, fam, bp, sch, plain, [plain])
    vid = nid(part + "v-" + lay)
    right = exp_fn(plain, integ)
    add("pair", vid, fam, vp, sch, right, [plain, right], arg=arg, base=bid)
    # single
    fields, plain, integ = num_rec(mems, lay)
    body = layout(fields, lay)
    sp = intro + clause + "\n\n" + head + body
    right = exp_fn(plain, integ)
    add("single", nid(part + "s-" + lay), fam, sp, sch, right, [plain, right], arg=arg)


def part_f():
    for lay in ("L", "O"):
        # both members
        for ti, t in enumerate(BOTH):
            for rep in range(2):
                (ka, wa, la, tfa, ga), (kb, wb, lb, tfb, gb) = R.sample(NUM, 2)
                intro = R.choice(INTRO).format(x="%s, %s" % (wa, wb))
                sch = S({ka: "number", kb: "number", "ref": "string"})
                cl = t.format(a=wa, b=wb, A=cap(wa))

                def ex(p, i, ka=ka, kb=kb):
                    return {ka: i[ka], kb: i[kb], "ref": p["ref"]}
                f_pair_and_single("fb", "r194_form_both", sch, intro, cl,
                                  [(ka, la, tfa, ga), (kb, lb, tfb, gb)], lay, ex)
        # one member, English
        for t in ONE:
            for rep in range(2):
                (ka, wa, la, tfa, ga), (kb, wb, lb, tfb, gb) = R.sample(NUM, 2)
                intro = R.choice(INTRO).format(x="%s, %s" % (wa, wb))
                sch = S({ka: "number", kb: "number", "ref": "string"})
                cl = t.format(a=wa, A=cap(wa))

                def ex(p, i, ka=ka):
                    q = dict(p)
                    q[ka] = i[ka]
                    return q
                f_pair_and_single("fo", "r194_form_one", sch, intro, cl,
                                  [(ka, la, tfa, ga), (kb, lb, tfb, gb)], lay, ex)
        # one member named by the text's label, not the key
        for t in ONE[:12] + BOTH[:1]:
            for rep in range(2):
                ka, wk, wl, la, tfa, ga = R.choice(NUM_LBL)
                kb, wb, lb, tfb, gb = R.choice([m for m in NUM if m[0] != ka])
                intro = R.choice(INTRO).format(x="%s, %s" % (wk, wb))
                sch = S({ka: "number", kb: "number", "ref": "string"})
                if "{b}" in t:
                    cl = t.format(a=wl, b=wb, A=cap(wl))

                    def ex(p, i, ka=ka, kb=kb):
                        return {ka: i[ka], kb: i[kb], "ref": p["ref"]}
                else:
                    cl = t.format(a=wl, A=cap(wl))

                    def ex(p, i, ka=ka):
                        q = dict(p)
                        q[ka] = i[ka]
                        return q
                f_pair_and_single("fl", "r194_form_label", sch, intro, cl,
                                  [(ka, la, tfa, ga), (kb, lb, tfb, gb)], lay, ex)
        # other languages
        for t, lg in LANG:
            for rep in range(2):
                (ka, wa, la, tfa, ga), (kb, wb, lb, tfb, gb) = R.sample(NUM, 2)
                intro = R.choice(INTRO).format(x="%s, %s" % (wa, wb))
                sch = S({ka: "number", kb: "number", "ref": "string"})
                tw = TR[ka][lg]
                cl = t.format(a=tw, A=cap(tw))

                def ex(p, i, ka=ka):
                    q = dict(p)
                    q[ka] = i[ka]
                    return q
                f_pair_and_single("fx", "r194_form_lang", sch, intro, cl,
                                  [(ka, la, tfa, ga), (kb, lb, tfb, gb)], lay, ex)
        # other forms
        for t, kind in FORMS:
            for rep in range(2):
                if kind == "pct":
                    pct = R.choice([5, 12, 15, 35, 45, 65])
                    gen = (lambda pct=pct: ("0.%02d" % pct, pct / 100.0, pct))
                    ka, wa, la, tfa = "share", "the share", "Share", (lambda t: t)
                elif kind == "1dec":
                    def gen():
                        k = R.randint(12, 480)
                        f = R.choice([27, 62, 83, 14])
                        v = float("%d.%02d" % (k, f))
                        return "%d.%02d" % (k, f), v, round(k + {27: .3, 62: .6, 83: .8, 14: .1}[f], 1)
                    ka, wa, la, tfa = R.choice([("hours", "the hours", "Hours", lambda t: t),
                                                ("weight_kg", "the weight", "Weight", lambda t: t + " kg")])
                elif kind == "thou":
                    def gen():
                        k = R.choice([12450, 33800, 48250, 7600, 125300])
                        return "{:,}".format(k), float(k), k / 1000.0
                    ka, wa, la, tfa = R.choice([("amount", "the amount", "Amount", lambda t: t),
                                                ("fee", "the fee", "Fee", lambda t: "NOK " + t)])
                else:
                    def gen():
                        k = R.randint(12, 480)
                        f = R.choice([25, 40, 75, 10])
                        return "%d.%02d" % (k, f), float("%d.%02d" % (k, f)), k * 100 + f
                    ka, wa, la, tfa = R.choice([("amount", "the amount", "Amount", lambda t: t),
                                                ("fee", "the fee", "Fee", lambda t: "NOK " + t)])
                kb, wb, lb, tfb, gb = R.choice([m for m in NUM if m[0] != ka])
                intro = R.choice(INTRO).format(x="%s, %s" % (wa, wb))
                sch = S({ka: "number", kb: "number", "ref": "string"})
                cl = t.format(a=wa)

                def ex(p, i, ka=ka):
                    q = dict(p)
                    q[ka] = i[ka]
                    return q
                f_pair_and_single("ff", "r194_form_other", sch, intro, cl,
                                  [(ka, la, tfa, gen), (kb, lb, tfb, gb)], lay, ex)


# ---- "just the number" over strings with a unit / prefix / sign / separator: two members and lists
STR = [
    ("height", "the height", "Height", lambda: (lambda n: (n + " cm", n))(str(R.randint(150, 199)))),
    ("order_no", "the order", "Order", lambda: (lambda n: ("#" + n, n))(dg(5))),
    ("invoice", "the invoice", "Invoice", lambda: (lambda n: ("INV-" + n, n))(str(R.randint(10000, 99999)))),
    ("temp", "the temperature", "Temperature", lambda: (lambda n: ("-" + n + " °C", "-" + n))(str(R.randint(2, 29)))),
    ("volume", "the volume", "Volume", lambda: (lambda n: (n + " ml", n))(str(R.randint(120, 990)))),
    ("case_no", "the case", "Case", lambda: (lambda n: ("Case " + n, n))(dg(5))),
    ("duration", "the duration", "Duration", lambda: (lambda n: (n + " min", n))(str(R.randint(15, 240)))),
]
SBOTH = [
    ", with {a} and {b} as bare numbers.",
    ", {a} and {b} just the number.",
    ", {a} and {b}: number, nothing else.",
    ", {a}, {b} and the ref as numbers.",
    ", both as numbers only.",
    ", both just the number.",
    ", {b} and {a} as bare numbers.",
    ". {A} and {b} as numbers, nothing else.",
    ".\nGive {a} and {b} as bare numbers.",
    ", {a} as a number and {b} too.",
    ", {a} and {b} in digits only.",
    ", {a} and {b} en chiffres.",
    ", {a} and {b} just the digits.",
    ", {a} and {b} without the unit or prefix.",
    ", only the numbers for {a} and {b}.",
    ", {a} and {b} numbers only, no units.",
    ", {a} & {b} as plain numbers.",
]


def s_rec():
    return ref()


def part_s():
    for lay in ("L", "O"):
        for t in SBOTH:
            for rep in range(3):
                for what in ("pair", "single"):
                    (ka, wa, la, ga), (kb, wb, lb, gb) = R.sample(STR, 2)
                    (ta, va), (tb, vb) = ga(), gb()
                    rf = "R" + dg(5)
                    fields = [(la, ta), (lb, tb), ("Ref", rf)]
                    R.shuffle(fields)
                    body = layout(fields, lay)
                    head = ""
                    intro = R.choice(INTRO).format(x="%s, %s" % (wa, wb))
                    sch = S({ka: "string", kb: "string", "ref": "string"})
                    cl = t.format(a=wa, b=wb, A=cap(wa))
                    plain = {ka: ta, kb: tb, "ref": rf}
                    right = {ka: va, kb: vb, "ref": (rf[1:] if "ref as numbers" in t else rf)}
                    arg = "ref as numbers" in t or "chiffres" in t
                    if what == "pair":
                        bid = nid("sb-" + lay)
                        add("base", bid, "r194_num_str", intro + ".\n\n" + head + body, sch, plain, [plain])
                        add("pair", nid("sv-" + lay), "r194_num_str", intro + cl + "\n\n" + head + body, sch, right,
                            [plain, right], arg=arg, base=bid)
                    else:
                        add("single", nid("ss-" + lay), "r194_num_str", intro + cl + "\n\n" + head + body, sch, right,
                            [plain, right], arg=arg)


# ============================================================ PART R: remarks beside codes
CODES = [
    ("Bay", lambda: "B" + dg(3)), ("Customer no.", lambda: "C-" + dg(5)), ("Ref", lambda: "K" + dg(5)),
    ("Room", lambda: str(R.randint(101, 699))), ("Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF")),
    ("Member no.", lambda: "M" + dg(4)), ("Gate", lambda: R.choice("ABCD") + str(R.randint(1, 30))),
    ("Card no.", lambda: "**** " + dg(4)), ("Locker", lambda: str(R.randint(10, 99))),
]
# marks the rule does not list (and a few it does, as controls)
MARKS = [
    " ‣ ", " ◦ ", " ∙ ", " ⋅ ", " § ", " † ", " * ", " ^ ", " @ ", " = ", " + ", " & ", " :: ", "—", "–", "\t",
    " ― ", " ‒ ", " − ", " ⸺ ", " ／ ", " ｜ ", " ∣ ", " ︱ ", " ⁞ ", " 〜 ", " ～ ", " » ", " < ", " ¶ ", " ° ",
    "、", "，", "；", "：", " : ", ": ", " ! ", " ? ", " ※ ", " ▪ ", " ● ", " ✱ ", " ⇢ ", " ⟹ ", " ⮕ ",
    ", ", "; ", ". ", " ", " -- ",
    " — ", " | ",
]
CONTROL = {" — ", " | "}
REM = [  # (text, capitalised-start?)
    "moved to {n}", "now lives in {n}", "relocated to {n}", "has moved to {n}", "lives in {n} these days",
    "Moved to {n}", "Relocated to {n}", "New address in {n}", "MOVED TO {n}", "Lives in {n} now",
    "flyttet til {n}", "umgezogen nach {n}", "déménagé à {n}", "se mudró a {n}", "Flyttet til {n}",
    "переехал в {n}", "已搬到{n}", "{n}に転居", "انتقل إلى {n}", "μετακόμισε στο {n}", "{n}으로 이사",
    "guest moved to {n}", "address changed to {n}", "resides in {n}",
]


PH = [None]


def r_rec(lay, name, city, code_lbl, code, mark, remark, split=False):
    cv = code + (mark + remark if remark else "")
    if split and remark:
        # the remark on an indented continuation line
        cv = code + mark.rstrip() + "\n    " + remark
    fields = [("Name", name), ("City", city), (code_lbl, cv), ("Phone", PH[0])]
    if lay == "O" and split:
        lay = "L"
    head = ""
    return head + layout(fields, lay)


RINTRO = ["Extract the name and city as JSON.", "Return the name and city as JSON.",
          "Give the name and city from the card as JSON."]


def part_r():
    sch = S({"name": "string", "city": "string"})
    for lay in ("L", "O"):
        for mark in MARKS:
            for ri, rem in enumerate(R.sample(REM, 3 if mark in CONTROL else 8)):
                for what in ("pair", "single"):
                    name = nm()
                    PH[0] = "+47 %s %s %s" % (R.choice("49") + dg(2), dg(2), dg(3))
                    old, new = R.sample(CITIES, 2)
                    cl, cg = R.choice(CODES)
                    code = cg()
                    intro = R.choice(RINTRO)
                    remark = rem.format(n=new)
                    plain = {"name": name, "city": old}
                    right = {"name": name, "city": new}
                    arg = False
                    vp = intro + "\n\n" + r_rec(lay, name, old, cl, code, mark, remark)
                    if what == "pair":
                        bid = nid("rb-" + lay)
                        add("base", bid, "r194_remark", intro + "\n\n" + r_rec(lay, name, old, cl, code, "", ""),
                            sch, plain, [plain])
                        add("pair", nid("rv-" + lay), "r194_remark", vp, sch, right, [plain, right], arg=arg, base=bid)
                    else:
                        add("single", nid("rs-" + lay), "r194_remark", vp, sch, right, [plain, right], arg=arg)
    # split over two lines, and remarks in the field a member reads, and remarks that change another member
    for mark in [" —", " ‣", " (", " |", " ~", " #", ",", ";", " ·", ""]:
        for rem in REM[:12]:
            for what in ("pair", "single"):
                name = nm()
                PH[0] = "+47 %s %s %s" % (R.choice("49") + dg(2), dg(2), dg(3))
                old, new = R.sample(CITIES, 2)
                cl, cg = R.choice(CODES)
                code = cg()
                intro = R.choice(RINTRO)
                remark = rem.format(n=new) + (")" if mark == " (" else "")
                plain = {"name": name, "city": old}
                right = {"name": name, "city": new}
                vp = intro + "\n\n" + r_rec("L", name, old, cl, code, mark, remark, split=True)
                if what == "pair":
                    bid = nid("rtb-L")
                    add("base", bid, "r194_remark_split", intro + "\n\n" + r_rec("L", name, old, cl, code, "", ""),
                        sch, plain, [plain])
                    add("pair", nid("rtv-L"), "r194_remark_split", vp, sch, right, [plain, right], base=bid)
                else:
                    add("single", nid("rts-L"), "r194_remark_split", vp, sch, right, [plain, right])
    # the code field IS read by a member (room / plate / seat), the remark moves the city
    for lay in ("L", "O"):
        for mark in MARKS[::2] + [" — ", " | ", " (", " # "]:
            for rem in R.sample(REM, 5):
                for what in ("pair", "single"):
                    name = nm()
                    PH[0] = "+47 %s %s %s" % (R.choice("49") + dg(2), dg(2), dg(3))
                    old, new = R.sample(CITIES, 2)
                    key, cl, cg = R.choice([("room", "Room", lambda: str(R.randint(101, 699))),
                                            ("bay", "Bay", lambda: "B" + dg(3)),
                                            ("seat", "Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF")),
                                            ("member_no", "Member no.", lambda: "M" + dg(4))])
                    code = cg()
                    schm = S({"name": "string", "city": "string", key: "string"})
                    intro = "Extract the name, city and %s as JSON." % cl.lower().rstrip(".")
                    remark = rem.format(n=new) + (")" if mark == " (" else "")
                    plain = {"name": name, "city": old, key: code}
                    right = {"name": name, "city": new, key: code}
                    vp = intro + "\n\n" + r_rec(lay, name, old, cl, code, mark, remark)
                    if what == "pair":
                        bid = nid("rmb-" + lay)
                        add("base", bid, "r194_remark_read", intro + "\n\n" + r_rec(lay, name, old, cl, code, "", ""),
                            schm, plain, [plain])
                        add("pair", nid("rmv-" + lay), "r194_remark_read", vp, schm, right, [plain, right], base=bid)
                    else:
                        add("single", nid("rms-" + lay), "r194_remark_read", vp, schm, right, [plain, right])
    # a remark beside a code that changes a count or an amount member
    OTHER = [
        ("nights", "integer", "Nights", lambda: R.randint(2, 6), lambda v: v + R.randint(1, 3),
         ["stay extended to {v} nights", "now {v} nights", "extended to {v} nights", "{v} nights after rebooking"]),
        ("guests", "integer", "Guests", lambda: R.randint(2, 5), lambda v: v + R.randint(1, 3),
         ["party grew to {v} guests", "now {v} guests", "{v} guests after the change", "booking changed to {v} guests"]),
        ("total", "number", "Total", lambda: float(R.randint(1200, 9800)), lambda v: float(int(v) + R.randint(100, 900)),
         ["total corrected to {v}", "re-invoiced at {v}", "amount now {v}", "new total {v}"]),
    ]
    for lay in ("L", "O"):
        for mark in MARKS[::3] + [" — ", " | "]:
            for key, typ, lbl, g, g2, rems in OTHER:
                for rem in rems:
                    for what in ("pair", "single"):
                        name = nm()
                        v = g()
                        v2 = g2(v)
                        cl, cg = R.choice(CODES)
                        code = cg()
                        fmt = (lambda x: "%.2f" % x) if typ == "number" else str
                        remark = rem.format(v=fmt(v2))
                        schm = S({"name": "string", key: typ})
                        intro = "Extract the name and %s as JSON." % lbl.lower()
                        f0 = [("Name", name), (lbl, fmt(v)), (cl, code)]
                        f1 = [("Name", name), (lbl, fmt(v)), (cl, code + mark + remark)]
                        head = ""
                        plain = {"name": name, key: v}
                        right = {"name": name, key: v2}
                        vp = intro + "\n\n" + head + layout(f1, lay)
                        arg = rem.startswith("now") or rem.startswith("amount now")
                        if what == "pair":
                            bid = nid("rcb-" + lay)
                            add("base", bid, "r194_remark_other", intro + "\n\n" + head + layout(f0, lay), schm, plain,
                                [plain])
                            add("pair", nid("rcv-" + lay), "r194_remark_other", vp, schm, right, [plain, right],
                                arg=arg, base=bid)
                        else:
                            add("single", nid("rcs-" + lay), "r194_remark_other", vp, schm, right, [plain, right],
                                arg=arg)


def part_safe():
    sch = S({"name": "string", "city": "string"})
    for i in range(30):
        name = nm()
        PH[0] = "+47 %s %s %s" % (R.choice("49") + dg(2), dg(2), dg(3))
        city = R.choice(CITIES)
        cl, cg = R.choice(CODES)
        code = cg()
        lay = R.choice("LO")
        intro = R.choice(RINTRO)
        body = r_rec(lay, name, city, cl, code, "", "")
        bid = nid("zb-" + lay)
        plain = {"name": name, "city": city}
        add("base", bid, "r194_safe", intro + "\n\n" + body, sch, plain, [plain])
        add("safe", nid("zv-" + lay), "r194_safe", intro + " Please.\n\n" + body, sch, plain, [plain], base=bid)


M2 = ["、", "，", "；", ", ", "; ", " ", "．", " 、", "。", "｡", ": ", " / ", "- ", " -", "_", " ,", " ;",
      "，  ", "; ", ",\u00a0", "\u3000"]
REM2 = [
    "{n}으로 이사", "{n}に転居", "{n}へ引っ越し", "已搬到{n}", "现居{n}", "انتقل إلى {n}", "עבר ל{n}", "ย้ายไป {n}",
    "{n} चले गए", "μετακόμισε στο {n}", "переехал в {n}", "Переехал в {n}", "переїхав до {n}", "déménagé à {n}",
    "Déménagé à {n}", "se mudró a {n}", "mudou-se para {n}", "trasferito a {n}", "{n}'a taşındı", "przeprowadził się do {n}",
    "muutti {n}", "flyttade till {n}", "verhuisd naar {n}", "Moved to {n}", "Now lives in {n}", "Relocated to {n}",
    "{n} since May", "{n} (new home)", "{n} now", "2026: moved to {n}", "RELOCATED TO {n}", "Guest moved to {n}",
    "Umgezogen nach {n}", "Flyttet til {n}",
]


def part_r2():
    sch = S({"name": "string", "city": "string"})
    for lay in ("L", "O"):
        for mark in M2:
            for rem in R.sample(REM2, 12):
                for what in ("pair", "single"):
                    name = nm()
                    PH[0] = "+47 %s %s %s" % (R.choice("49") + dg(2), dg(2), dg(3))
                    old, new = R.sample(CITIES, 2)
                    cl, cg = R.choice(CODES)
                    code = cg()
                    intro = R.choice(RINTRO)
                    remark = rem.format(n=new)
                    plain = {"name": name, "city": old}
                    right = {"name": name, "city": new}
                    vp = intro + "\n\n" + r_rec(lay, name, old, cl, code, mark, remark)
                    if what == "pair":
                        bid = nid("qb-" + lay)
                        add("base", bid, "r194_remark2", intro + "\n\n" + r_rec(lay, name, old, cl, code, "", ""),
                            sch, plain, [plain])
                        add("pair", nid("qv-" + lay), "r194_remark2", vp, sch, right, [plain, right], base=bid)
                    else:
                        add("single", nid("qs-" + lay), "r194_remark2", vp, sch, right, [plain, right])


def part_r3():
    """The remark in the field a member reads (room, seat, member no.), after the marks the rules list, moving the
    city or changing the nights."""
    for lay in ("L", "O"):
        for mark in [" (", " → ", " / ", " — ", " | ", " # ", " ~ ", "  ", ", ", "; ", " • ", " [", " -> "]:
            for tgt in ("city", "nights"):
                for k in range(4):
                    for what in ("pair", "single"):
                        name = nm()
                        key, cl, cg = R.choice([("room", "Room", lambda: str(R.randint(101, 699))),
                                                ("seat", "Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF")),
                                                ("member_no", "Member no.", lambda: "M" + dg(4))])
                        code = cg()
                        close = {" (": ")", " [": "]"}.get(mark, "")
                        if tgt == "city":
                            old, new = R.sample(CITIES, 2)
                            rem = R.choice(["guest moved to {n}", "now lives in {n}", "relocated to {n}",
                                            "has moved to {n}"]).format(n=new)
                            f0 = [("Name", name), ("City", old), (cl, code)]
                            sch = S({"name": "string", "city": "string", key: "string"})
                            intro = "Extract the name, city and %s as JSON." % cl.lower().rstrip(".")
                            plain = {"name": name, "city": old, key: code}
                            right = {"name": name, "city": new, key: code}
                        else:
                            v = R.randint(2, 5)
                            v2 = v + R.randint(1, 3)
                            rem = R.choice(["stay extended to {v} nights", "extended to {v} nights",
                                            "booking changed to {v} nights"]).format(v=v2)
                            f0 = [("Name", name), ("Nights", str(v)), (cl, code)]
                            sch = S({"name": "string", "nights": "integer", key: "string"})
                            intro = "Extract the name, nights and %s as JSON." % cl.lower().rstrip(".")
                            plain = {"name": name, "nights": v, key: code}
                            right = {"name": name, "nights": v2, key: code}
                        f1 = list(f0)
                        f1[2] = (cl, code + mark + rem + close)
                        vp = intro + "\n\n" + layout(f1, lay)
                        if what == "pair":
                            bid = nid("kb-" + lay)
                            add("base", bid, "r194_remark_read2", intro + "\n\n" + layout(f0, lay), sch, plain, [plain])
                            add("pair", nid("kv-" + lay), "r194_remark_read2", vp, sch, right, [plain, right], base=bid)
                        else:
                            add("single", nid("ks-" + lay), "r194_remark_read2", vp, sch, right, [plain, right])


part_f()
part_s()
part_r()
part_safe()
part_r2()
part_r3()

r194_found_alone = {
    'd194-kv-L-8378',
    'd194-kv-L-8381',
    'd194-kv-L-8384',
    'd194-kv-L-8387',
    'd194-kv-L-8426',
    'd194-kv-L-8429',
    'd194-kv-L-8432',
    'd194-kv-L-8435',
    'd194-kv-L-8546',
    'd194-kv-L-8549',
    'd194-kv-L-8552',
    'd194-kv-L-8555',
    'd194-qs-L-6822',
    'd194-qs-L-6834',
    'd194-qs-L-6837',
    'd194-qs-L-6843',
    'd194-qs-L-6849',
    'd194-qs-L-6852',
    'd194-qs-L-6858',
    'd194-qs-L-6861',
    'd194-qs-L-6864',
    'd194-qs-L-6870',
    'd194-qs-L-6885',
    'd194-qs-L-6888',
    'd194-qs-L-6912',
    'd194-qs-L-6915',
    'd194-qs-L-6924',
    'd194-qs-L-6999',
    'd194-qs-L-7002',
    'd194-qs-L-7014',
    'd194-qs-L-7017',
    'd194-qs-L-7023',
    'd194-qs-L-7026',
    'd194-qs-L-7029',
    'd194-qs-L-7071',
    'd194-qs-L-7074',
    'd194-qs-L-7080',
    'd194-qs-L-7086',
    'd194-qs-L-7089',
    'd194-qs-L-7098',
    'd194-qs-L-7104',
    'd194-qs-L-7107',
    'd194-qs-L-7110',
    'd194-qs-L-7113',
    'd194-qs-L-7116',
    'd194-qs-L-7119',
    'd194-qs-L-7125',
    'd194-qs-L-7137',
    'd194-qs-L-7329',
    'd194-qs-L-7338',
    'd194-qs-L-7344',
    'd194-qs-L-7350',
    'd194-qs-L-7353',
    'd194-qs-L-7356',
    'd194-qs-L-7374',
    'd194-qs-L-7392',
    'd194-qs-L-7413',
    'd194-qs-L-7416',
    'd194-qs-L-7425',
    'd194-qs-L-7428',
    'd194-qs-L-7479',
    'd194-qs-L-7506',
    'd194-qs-O-7581',
    'd194-qs-O-7587',
    'd194-qs-O-7602',
    'd194-qs-O-7605',
    'd194-qs-O-7608',
    'd194-qs-O-7611',
    'd194-qs-O-7614',
    'd194-qs-O-7620',
    'd194-qs-O-7623',
    'd194-qs-O-7632',
    'd194-qs-O-7641',
    'd194-qs-O-7644',
    'd194-qs-O-7647',
    'd194-qs-O-7650',
    'd194-qs-O-7653',
    'd194-qs-O-7662',
    'd194-qs-O-7665',
    'd194-qs-O-7674',
    'd194-qs-O-7677',
    'd194-qs-O-7683',
    'd194-qs-O-7686',
    'd194-qs-O-7755',
    'd194-qs-O-7761',
    'd194-qs-O-7767',
    'd194-qs-O-7770',
    'd194-qs-O-7773',
    'd194-qs-O-7776',
    'd194-qs-O-7782',
    'd194-qs-O-7827',
    'd194-qs-O-7836',
    'd194-qs-O-7842',
    'd194-qs-O-7845',
    'd194-qs-O-7848',
    'd194-qs-O-7851',
    'd194-qs-O-7857',
    'd194-qs-O-7860',
    'd194-qs-O-7863',
    'd194-qs-O-7866',
    'd194-qs-O-7875',
    'd194-qs-O-7881',
    'd194-qs-O-7887',
    'd194-qs-O-7890',
    'd194-qs-O-7896',
    'd194-qs-O-8079',
    'd194-qs-O-8085',
    'd194-qs-O-8097',
    'd194-qs-O-8106',
    'd194-qs-O-8145',
    'd194-qs-O-8262',
    'd194-qs-O-8271',
    'd194-qs-O-8274',
    'd194-rcs-L-5742',
    'd194-rcs-O-6462',
    'd194-rmv-L-4733',
    'd194-rmv-L-4760',
    'd194-rmv-L-4772',
    'd194-rmv-L-4775',
    'd194-rmv-L-4778',
    'd194-rmv-L-4781',
    'd194-rmv-L-4787',
    'd194-rmv-L-4790',
    'd194-rmv-L-4808',
    'd194-rmv-L-4811',
    'd194-rmv-L-4814',
    'd194-rmv-L-4820',
    'd194-rmv-O-5228',
    'd194-rmv-O-5231',
    'd194-rmv-O-5240',
    'd194-rs-L-2292',
    'd194-rs-L-2298',
    'd194-rs-L-2316',
    'd194-rs-L-2319',
    'd194-rs-L-2352',
    'd194-rs-L-2676',
    'd194-rs-L-2712',
    'd194-rs-L-2721',
    'd194-rs-L-2724',
    'd194-rs-L-2733',
    'd194-rs-O-3531',
    'd194-rs-O-3537',
    'd194-rs-O-3540',
    'd194-rs-O-3552',
    'd194-rs-O-3561',
    'd194-rs-O-3567',
    'd194-rs-O-3573',
    'd194-rs-O-3576',
    'd194-rs-O-3591',
    'd194-rs-O-3600',
    'd194-rs-O-3900',
    'd194-rs-O-3972',
    'd194-rs-O-3978',
    'd194-rs-O-3984',
}
r194_arguable = {
    'd194-rcs-L-5742',
    'd194-rcs-O-6462',
}

# Trimmed for ctest (probe_kit.sample_round), stop 46: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r194_keep = set(r194_found_alone) | {r194_base_of[r194_i] for r194_i in r194_found_alone if r194_i in r194_base_of}
from probe_kit import sample_round as r194_sample_round  # noqa: E402

r194_sample_round("d194-", r194_keep, 30, safe_every=10)
P[:] = [r194_p for r194_p in P if r194_p["id"] not in r194_arguable]
