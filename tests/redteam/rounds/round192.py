r"""Red-team round 192 (black box): A VALUE'S FORM ASKED IN WORDS THE CHECKS DO NOT LIST.
Focus: one member's value asked in another form than the text writes it (no spaces, E.164, no country code, digits,
  dashes, day first, ISO, US/UK order, month written out, year only, lower/upper/Title case, surname first, initials,
  abbreviated first name, cents, rounded/integer, percent, 24-/12-hour, ASCII/no accents, ISO country code, English
  name, e-mail domain, without units, just the number), in English, German, Norwegian and French phrasings, and by the
  schema alone (format, pattern, maxLength, examples, example, x-format, contentEncoding, description, $comment) or a
  few-shot answer. Pairs: base with no clause (stored), variant with the clause, model answers the new form; singles
  (--runs 2): the model first keeps the text's form.
13,410 probes (seeded random.Random(192)): 8,810 pair probes (bases + variants), 4,390 singles, 210 safe.
Part 1 (d192-pb/pv/s-): 33 forms x 3-19 phrasings (355) x 7 places ("Answer as JSON, <form>.", "<Form>." after the
  instruction, ", <form>." inside it, "Answer as JSON, <form>." after the record, "with the <label> <form>",
  "Note: give the <label> <form>." after the record, "Format: JSON, <form>") over line and one-line records; part 3
  (same ids + "-x"): 3 phrasings per form over tables, CSV, YAML, e-mails, prose. Part 2 (d192-xb/xv/xs/fb/fv-):
  the form in the schema only (format: date, pattern, maxLength, examples, description, $comment, contentEncoding) and
  few-shot answers. Part 4 (d192-sb/sv-): safe clauses ("Answer as JSON.", "Please.", "Compact JSON.", "One line.",
  "No code fences.", "Thanks!", a sentence of context, "Takk!", "Bitte als JSON."). Part 5 (d192-eb/ev/es-): part 1's
  holes widened: words of the instruction vocabulary ("integer", "number", "value", "code", "text", "sentence",
  "short name") over amounts, values with units ("355 kg", "113 min", "475 ml", "733 NOK"), codes ("#89311", "Case
  70783"), countries, dates, phones, names. Part 6 (d192-ys-): singles under schema keywords (examples, example,
  x-format, non-standard "format" values "E.164", "DD.MM.YYYY", "uppercase", "ascii", "HH:mm"). Part 7
  (d192-gb/gv/gs-): "integer" over other numbers and in all layouts, as its own sentence ("Give the price as an
  integer."), "just the number" in other languages and layouts, "no spaces" over YAML.
HELD (0 from the cache): every form word outside the vocabulary -- "spaces", "whitespace", "E.164", "country code",
  "prefix", "digits", "numbers only", "punctuation", "plus sign", "dashes", "hyphens", "DD.MM.YYYY", "day first",
  "European", "ISO", "8601", "year first", "MM/DD/YYYY", "slashes", "month name", "spelled out", "lowercase",
  "capitals", "Title Case", "surname first", "Lastname, Firstname", "initials", "abbreviated", "cents", "øre", "rounded",
  "whole number", "decimals", "percent", "24-hour", "military time", "AM/PM", "ASCII", "accents", "diacritics",
  "transliterated", "in English", "translated", "domain", "units", "unitless", and every German/Norwegian/French
  phrasing ("ohne Leerzeichen", "kleingeschrieben", "nur die Zahl", "bare tallet", "juste le nombre"...). The
  "Note: give the <label> ..." line after the record held for every word. Schema-only forms held when they are
  description, title, $comment, pattern, maxLength, format (date or any other string), x-format, x-transform,
  example (singular); few-shot answers held. Stored at all: line records, one-line records and YAML only (tables, CSV,
  e-mails, prose never served from the cache). Safe on reuse: 76/210 ("Please." 11/14, "Answer as JSON." 9/14,
  "Compact JSON." 8/14; "No code fences.", "One line.", a sentence of context, "Takk!", "Bitte als JSON." 0/14).
  Wrong FRESH (never stored): 2,635 in run 1 -- the model's plain value under a form clause outside the list
  (every form of part 1: "without accents" 116, "24-hour" 86, "numerically" 84, "without spaces" 72, ...), under
  "just the number", "as a code", "as text", and under examples/contentEncoding.
WHAT GOT THROUGH (whole round, fresh SQLite store, --runs 2: 318 ids wrong from the cache in run 1, 863 in run 2, 0
  kept on the patch path; alone (R192_ALONE=1: the found ids and their pairs' bases, fresh store, --runs 2): 316 in
  run 1, all 863 in run 2 -- 175 clear, 688 arguable). A form asked only in words of the instruction vocabulary is
  a licensed change (pairs reused, or rewritten by the licensed rewrite) and is not seen by the fresh checks (singles
  stored and served again):
 (A) CLEAR (175): "integer" over a number member: "From the text below, extract the hours and the reference. Answer
     as JSON, with the hours as an integer." over "Hours: 448.25" -> 448.25 (expected 448); "Give the price as an
     integer." over "Price: 284.10" -> 284.1; "Return the amount and the reference as JSON, as an integer." ->
     7956.3; "as integer", "integer value", "integer number", "an integer", "The price as an integer, please", also
     over YAML. "just the number" over a value with a unit or a mark, the clause about the member: "Read the record
     and give its height and reference, number, nothing else." over "Height: 179 cm" -> "179 cm" (expected "179");
     "with the volume the number and nothing else" -> "475 ml"; "with the order just the number" over "Order:
     #89311" -> "#89311"; "just the number", "only the number", "bare number", "as a number", "just a number",
     "just the number, please" (YAML too).
 (B) ARGUABLE (688, r192_arguable): the same words in a clause a reader may take for the whole answer ("Answer as
     JSON, number only." over "Weight: 355 kg"; "Answer as JSON, the value only."); forms not fixed by the words:
     "as a code" / "the code" / "as a short code" / "in code form" over "Country: Spain" -> "Spain" (expected "ES";
     alpha-3 possible); "as text" / "in a sentence" / "in plain text" over "Date: 2024-09-23" (expected "23 September
     2024"); "as a number" / "as an integer" / "as one number" over "Phone: +47 822 30 775" (expected "4782230775");
     "short name" (expected "R. Pasosen"); rounding of .50-.90 amounts "as an integer" (part 1); "with no spaces" once
     over YAML; schema "examples" (["31.01.2025"] beside "2024-10-19", [129900] beside 9183.75, ["+4791234567"],
     ["KARI HANSEN"], ["Zurich"], ["SE"], ["17:30"]) and "contentEncoding": "E.164" -- singles only, stored and served.
Adds its probes to probe_kit.P."""
import json
import os
import random as r192_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = random = r192_random.Random(192)
r192_arguable = set()
r192_pairs, r192_singles, r192_safe = [], [], []
r192_seen = set()
C1, V1 = "bdfgklmnprstvz", "aeiou"


def r192_word(k):
    return "".join(R.choice(C1) + R.choice(V1) for _ in range(k))


def r192_name():
    while True:
        f = r192_word(2).capitalize()
        s = r192_word(2).capitalize() + R.choice(["sen", "berg", "lund", "dal", "vik"])
        if (f, s) not in r192_seen:
            r192_seen.add((f, s))
            return f, s


def js(o):
    return json.dumps(o, ensure_ascii=False)


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, [js(a) for a in answers], safe=(kind == "safe"))
    if arg:
        r192_arguable.add(id)
    {"pair": r192_pairs, "single": r192_singles, "safe": r192_safe}[kind].append(id)


CITIES = ["Bergen", "Trondheim", "Stavanger", "Drammen", "Hamar", "Molde", "Narvik", "Halden", "Kongsberg", "Larvik",
          "Moss", "Gjøvik", "Harstad", "Arendal", "Skien"]
ACC = [("Orléans", "Orleans"), ("Besançon", "Besancon"), ("Málaga", "Malaga"), ("Kraków", "Krakow"),
       ("Córdoba", "Cordoba"), ("Nîmes", "Nimes"), ("Gijón", "Gijon"), ("Cádiz", "Cadiz"), ("Québec", "Quebec"),
       ("Grenoble-Échirolles", "Grenoble-Echirolles"), ("Asunción", "Asuncion"), ("Valparaíso", "Valparaiso")]
COUNTRIES = [("Norway", "NO", "Norge"), ("Sweden", "SE", "Sverige"), ("Denmark", "DK", "Danmark"),
             ("Germany", "DE", "Deutschland"), ("Finland", "FI", "Suomi"), ("Spain", "ES", "España"),
             ("Netherlands", "NL", "Nederland"), ("Poland", "PL", "Polska"), ("Austria", "AT", "Österreich"),
             ("Switzerland", "CH", "Schweiz")]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


# ---- kinds: value generator -> (key choices, label choices, type, text form, plain answer)
def v_phone():
    a, b, c = R.randint(400, 999), R.randint(10, 99), R.randint(100, 999)
    return {"t": "+47 %d %d %d" % (a, b, c), "nsp": "+47%d%d%d" % (a, b, c), "nocc": "%d %d %d" % (a, b, c),
            "dig": "47%d%d%d" % (a, b, c), "dash": "+47-%d-%d-%d" % (a, b, c), "nat": "%d%d%d" % (a, b, c)}


def v_date_iso():
    y, m, d = R.randint(2024, 2027), R.randint(1, 12), R.randint(13, 28)
    return {"t": "%04d-%02d-%02d" % (y, m, d), "dmy": "%02d.%02d.%04d" % (d, m, y), "mdy": "%02d/%02d/%04d" % (m, d, y),
            "dmys": "%02d/%02d/%04d" % (d, m, y), "year": str(y), "long": "%d %s %d" % (d, MON[m - 1], y)}


def v_date_dmy():
    v = v_date_iso()
    return {"t": v["dmy"], "iso": v["t"], "mdy": v["mdy"]}


def v_date_long():
    v = v_date_iso()
    return {"t": v["long"], "iso": v["t"], "dmy": v["dmy"]}


def v_name():
    f, s = r192_name()
    return {"t": "%s %s" % (f, s), "low": ("%s %s" % (f, s)).lower(), "up": ("%s %s" % (f, s)).upper(),
            "sf": "%s, %s" % (s, f), "sfn": "%s %s" % (s, f), "ini": "%s. %s." % (f[0], s[0]),
            "fi": "%s. %s" % (f[0], s), "first": f, "last": s}


def v_name_up():
    v = v_name()
    return {"t": v["up"], "tc": v["t"]}


def v_amount():
    k = R.randint(1100, 9800)
    c = R.choice([25, 50, 75, 60, 90])
    return {"t": "%d.%02d" % (k, c), "cents": k * 100 + c, "round": k + (1 if c >= 50 else 0),
            "int": k, "num": float("%d.%02d" % (k, c))}


def v_pct():
    p = R.choice([5, 12, 15, 20, 25, 30, 35, 40, 45, 60, 75])
    return {"t": "0.%02d" % p, "num": p / 100.0, "pct": p}


def v_time12():
    h, m = R.randint(1, 11), R.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    return {"t": "%d:%02d PM" % (h, m), "h24": "%02d:%02d" % (h + 12, m)}


def v_time24():
    h, m = R.randint(13, 23), R.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    return {"t": "%02d:%02d" % (h, m), "h12": "%d:%02d PM" % (h - 12, m)}


def v_acc():
    a, b = R.choice(ACC)
    return {"t": a, "ascii": b, "up": a.upper(), "low": a.lower()}


def v_country():
    en, iso, loc = R.choice(COUNTRIES)
    return {"t": en, "iso": iso, "up": en.upper(), "low": en.lower()}


def v_country_loc():
    en, iso, loc = R.choice(COUNTRIES)
    return {"t": loc, "en": en, "iso": iso}


def v_email():
    f, s = r192_name()
    dom = R.choice(["fjordpost.no", "kvikkmail.no", "havnenett.no", "tindenett.no"])
    e = "%s.%s@%s" % (f.lower(), s.lower(), dom)
    return {"t": e, "dom": dom, "up": e.upper(), "user": "%s.%s" % (f.lower(), s.lower())}


def v_weight():
    w = R.randint(11, 95)
    return {"t": "%d kg" % w, "nou": "%d" % w, "g": "%d000 g" % w}


KINDS = {
    # kind: (gen, keys, labels, type)
    "phone": (v_phone, ["phone", "mobile"], ["Phone", "Mobile", "Tel."], "string"),
    "dateI": (v_date_iso, ["date", "invoice_date"], ["Date", "Invoice date"], "string"),
    "dateD": (v_date_dmy, ["date", "due_date"], ["Date", "Due date"], "string"),
    "dateL": (v_date_long, ["date", "start_date"], ["Date", "Start date"], "string"),
    "name": (v_name, ["name", "customer"], ["Name", "Customer"], "string"),
    "nameU": (v_name_up, ["name", "passenger"], ["Name", "Passenger"], "string"),
    "amount": (v_amount, ["amount", "total"], ["Amount", "Total"], "number"),
    "pct": (v_pct, ["discount", "tax_rate"], ["Discount", "Tax rate"], "number"),
    "t12": (v_time12, ["time", "departure"], ["Time", "Departure"], "string"),
    "t24": (v_time24, ["time", "arrival"], ["Time", "Arrival"], "string"),
    "acc": (v_acc, ["city", "destination"], ["City", "Destination"], "string"),
    "ctry": (v_country, ["country"], ["Country"], "string"),
    "ctryL": (v_country_loc, ["country"], ["Country", "Land"], "string"),
    "email": (v_email, ["email"], ["E-mail", "Email"], "string"),
    "wt": (v_weight, ["weight"], ["Weight"], "string"),
}

# form transforms: (kind, tag, form key in value dict, phrases, arguable-when-generic phrases are marked by *)
FORMS = [
    ("phone", "nsp", "nsp", ["without spaces", "with no spaces", "no spaces", "spaces removed", "without whitespace",
                             "no whitespace", "in E.164", "E.164 format", "as E.164", "in E.164 form", "ohne Leerzeichen",
                             "uten mellomrom", "sans espaces", "without blanks", "unspaced", "joined up", "stripped"]),
    ("phone", "nocc", "nocc", ["without the country code", "no country code", "without country code",
                               "national format", "local format", "domestic format", "in national form",
                               "without the prefix", "ohne Ländervorwahl", "uten landskode", "sans l'indicatif"]),
    ("phone", "dig", "dig", ["digits only", "only digits", "numbers only", "just the digits", "as digits",
                             "numeric only", "no symbols", "without punctuation", "no punctuation", "without the plus sign",
                             "no plus sign", "nur Ziffern", "kun sifre", "chiffres uniquement", "as a number"]),
    ("phone", "dash", "dash", ["with dashes", "dash-separated", "hyphenated", "with hyphens", "dashes instead of spaces"]),
    ("dateI", "dmy", "dmy", ["as DD.MM.YYYY", "day first", "day-first", "European format", "European style",
                             "German format", "Norwegian format", "in the format dd.mm.yyyy", "TT.MM.JJJJ",
                             "im deutschen Format", "på norsk format", "au format français", "with dots"]),
    ("dateI", "mdy", "mdy", ["MM/DD/YYYY", "month first", "month-first", "as month/day/year", "with slashes, month first"]),
    ("dateI", "dmys", "dmys", ["DD/MM/YYYY", "British format", "UK style", "with slashes"]),
    ("dateI", "long", "long", ["spelled out", "with the month spelled out", "month as a word", "month name",
                               "with the month name", "long format", "long date", "human-readable", "readable",
                               "as text", "as a sentence", "ausgeschrieben", "i bokstaver", "en toutes lettres"]),
    ("dateI", "year", "year", ["year only", "just the year", "only the year"]),
    ("dateD", "iso", "iso", ["ISO format", "in ISO format", "ISO 8601", "ISO-8601", "as YYYY-MM-DD", "year first",
                             "RFC 3339", "standard format", "normalized", "normalised", "machine-readable",
                             "canonical form", "im ISO-Format", "au format ISO", "i ISO-format", "sortable",
                             "as an ISO date", "ISO"]),
    ("dateD", "mdy", "mdy", ["MM/DD/YYYY", "month first", "month/day/year"]),
    ("dateL", "iso", "iso", ["numerically", "as numbers", "numeric", "in digits", "as digits", "ISO format",
                             "YYYY-MM-DD", "in numbers", "numeric form", "as a numeral", "in Ziffern", "med tall",
                             "en chiffres"]),
    ("dateL", "dmy", "dmy", ["DD.MM.YYYY", "day.month.year", "with dots", "dotted"]),
    ("name", "low", "low", ["lowercase", "in lowercase", "lower case", "all lowercase", "in small letters",
                            "lower-cased", "lowercased", "kleingeschrieben", "in Kleinbuchstaben",
                            "med små bokstaver", "en minuscules", "no capitals", "without capitals"]),
    ("name", "up", "up", ["UPPERCASE", "upper case", "in capitals", "in capital letters", "block letters",
                          "in block capitals", "all capitals", "capitalised", "in Großbuchstaben",
                          "med store bokstaver", "en majuscules", "as on the passport", "shouting"]),
    ("name", "sf", "sf", ["surname first", "last name first", "last name, first name", "family name first",
                          "Lastname, Firstname", "as Surname, Given name", "reversed", "in reverse order",
                          "Nachname, Vorname", "etternavn først", "nom de famille d'abord", "sorted by surname",
                          "in directory order", "as in a phone book", "formal order"]),
    ("name", "ini", "ini", ["initials only", "as initials", "initials", "just the initials", "as monogram",
                            "nur Initialen", "kun initialer"]),
    ("name", "fi", "fi", ["abbreviated", "first name abbreviated", "with the first name as an initial",
                          "abbreviate the first name", "first initial", "short name", "abgekürzt", "forkortet",
                          "abrégé"]),
    ("nameU", "tc", "tc", ["Title Case", "title case", "properly capitalized", "capitalized", "normal case",
                           "sentence case", "proper case", "not in capitals", "in normal letters",
                           "mixed case", "with normal capitalisation"]),
    ("amount", "cents", "cents", ["in cents", "in øre", "as cents", "as an integer number of cents", "times 100",
                                  "in the smallest unit", "in hundredths", "in Cent", "i øre", "en centimes"]),
    ("amount", "round", "round", ["rounded", "rounded to whole kroner", "as a whole number", "no decimals",
                                  "without decimals", "as an integer", "integer", "whole number", "whole kroner",
                                  "ohne Nachkommastellen", "avrundet", "arrondi", "to the nearest krone",
                                  "rounded off", "round numbers"]),
    ("pct", "pct", "pct", ["as a percentage", "in percent", "in %", "as percent", "percentage", "als Prozent",
                           "i prosent", "en pourcentage", "as a percent value", "times 100"]),
    ("t12", "h24", "h24", ["in 24-hour time", "24-hour", "24-hour clock", "military time", "in 24-hour format",
                           "24-Stunden-Format", "24-timers format", "format 24 heures", "European time",
                           "continental time", "without AM/PM", "no AM/PM"]),
    ("t24", "h12", "h12", ["12-hour", "12-hour clock", "with AM/PM", "AM/PM", "in 12-hour format", "US time",
                           "am/pm style"]),
    ("acc", "ascii", "ascii", ["ASCII only", "in ASCII", "without accents", "no accents", "no special characters",
                               "without diacritics", "transliterated", "plain ASCII", "ASCII", "no diacritics",
                               "latinized", "ohne Akzente", "uten aksenter", "sans accents", "plain letters",
                               "English letters only", "7-bit"]),
    ("acc", "up", "up", ["UPPERCASE", "in capitals", "upper case", "in capital letters"]),
    ("ctry", "iso", "iso", ["as the ISO code", "as an ISO-3166 code", "ISO 3166 alpha-2", "two-letter code",
                            "as a country code", "as a code", "abbreviated", "as the ISO-3166 code of the country",
                            "ISO", "in ISO form", "Ländercode", "landkode", "code pays", "short form code"]),
    ("ctry", "low", "low", ["lowercase", "in lowercase", "in small letters"]),
    ("ctryL", "en", "en", ["translated to English", "in English", "the English name", "English", "auf Englisch",
                           "på engelsk", "en anglais", "translated", "the English exonym", "in the language of this request"]),
    ("email", "dom", "dom", ["the domain only", "just the domain", "domain of the e-mail", "only the host part",
                             "the part after the @"]),
    ("email", "up", "up", ["UPPERCASE", "in capitals"]),
    ("wt", "nou", "nou", ["without units", "no units", "number only", "unitless", "without the unit", "bare number",
                          "ohne Einheit", "uten enhet", "sans unité", "just the number", "as a plain number"]),
]

INSTR = ["Extract the {w} and the reference from the record below.",
         "From the text below, extract the {w} and the reference.",
         "Return the {w} and the reference as JSON.",
         "Read the record and give its {w} and reference."]
REFS = ["BK-%d" % i for i in range(10000, 10100)]


def ref():
    return "K%s%d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXZ"), R.randint(10000, 99999))


def record(layout, fields):
    labs = [l for l, _ in fields]
    vals = [v for _, v in fields]
    if layout == "L":
        return "\n".join("%s: %s" % (l, v) for l, v in zip(labs, vals))
    if layout == "O":
        return " | ".join("%s: %s" % (l, v) for l, v in zip(labs, vals))
    if layout == "T":
        return "| " + " | ".join(labs) + " |\n|" + "---|" * len(labs) + "\n| " + " | ".join(vals) + " |"
    if layout == "C":
        return ",".join(labs) + "\n" + ",".join(vals)
    if layout == "Y":
        return "\n".join("%s: \"%s\"" % (l.lower().replace(" ", "_").replace(".", ""), v) for l, v in zip(labs, vals))
    if layout == "E":
        return ("From: service@fjordline.example\nSubject: Your booking\n\nHello,\n\nhere are the details:\n\n"
                + "\n".join("%s: %s" % (l, v) for l, v in zip(labs, vals)) + "\n\nBest regards,\nThe booking team")
    return " ".join("The %s is %s." % (l.lower().rstrip("."), v) for l, v in zip(labs, vals))


def schema(key, typ, extra=None):
    sch = S({key: typ, "reference": "string"})
    if extra:
        sch["properties"][key].update(extra)
    return sch


def plainval(kind, v):
    if KINDS[kind][3] == "number":
        return v["num"]
    return v["t"]


GENERIC = {"without spaces", "with no spaces", "no spaces", "spaces removed", "without whitespace", "no whitespace",
           "lowercase", "in lowercase", "lower case", "all lowercase", "in small letters", "lower-cased", "lowercased",
           "UPPERCASE", "upper case", "in capitals", "in capital letters", "block letters", "in block capitals",
           "all capitals", "ASCII only", "in ASCII", "without accents", "no accents", "no special characters",
           "plain ASCII", "ASCII", "no punctuation", "without punctuation", "no symbols", "numbers only", "readable",
           "human-readable", "normalized", "normalised", "canonical form", "standard format", "machine-readable",
           "stripped", "joined up", "in English", "English", "translated", "abbreviated", "short name", "rounded",
           "round numbers", "integer", "no decimals", "without decimals", "as text", "as a sentence", "sortable",
           "no units", "without units", "no capitals", "without capitals", "capitalized", "capitalised", "7-bit",
           "in the language of this request", "reversed", "in reverse order", "ISO", "numeric", "as numbers",
           "in numbers", "English letters only", "plain letters", "shouting", "mixed case", "sentence case",
           "no diacritics", "without diacritics", "unspaced", "in Kleinbuchstaben", "kleingeschrieben",
           "en minuscules", "med små bokstaver", "in Großbuchstaben", "med store bokstaver", "en majuscules",
           "ohne Leerzeichen", "uten mellomrom", "sans espaces", "ohne Akzente", "uten aksenter", "sans accents",
           "auf Englisch", "på engelsk", "en anglais", "without blanks", "proper case", "title case", "Title Case",
           "normal case", "in normal letters", "not in capitals", "with normal capitalisation", "latinized",
           "transliterated", "formal order", "in directory order", "ohne Nachkommastellen", "avrundet", "arrondi",
           "rounded off", "whole number", "as a whole number", "as an integer", "with dots", "dotted", "with slashes",
           "with dashes", "with hyphens", "hyphenated", "dash-separated", "long format", "as digits", "in digits",
           "numerically", "number only", "just the number", "as a plain number", "bare number", "unitless"}
# ambiguous in themselves (which form? or already the text's form)
AMBIG = {"national format", "local format", "domestic format", "in national form", "as a number", "European format",
         "European style", "German format", "Norwegian format", "im deutschen Format", "på norsk format",
         "au format français", "British format", "UK style", "readable", "human-readable", "as text", "as a sentence",
         "long format", "long date", "standard format", "normalized", "normalised", "canonical form",
         "machine-readable", "sortable", "ISO", "as on the passport", "shouting", "reversed", "in reverse order",
         "sorted by surname", "formal order", "in directory order", "as in a phone book", "short name", "abbreviated",
         "abgekürzt", "forkortet", "abrégé", "as monogram", "initials", "rounded", "rounded off", "round numbers",
         "integer", "times 100", "in the smallest unit", "in hundredths", "percentage", "European time",
         "continental time", "US time", "translated", "in the language of this request", "7-bit", "stripped",
         "joined up", "as numbers", "numeric", "in numbers", "numeric form", "as a numeral", "dotted",
         "with slashes", "with dashes", "hyphenated", "dash-separated", "with hyphens", "dashes instead of spaces",
         "with dots", "mixed case", "sentence case", "capitalized", "capitalised", "normal case", "latinized",
         "transliterated", "English", "short form code", "as a code", "ISO 3166 alpha-2", "in ISO form",
         "as the ISO code", "the part after the @", "only the host part", "7-bit", "plain letters",
         "English letters only", "as a plain number", "bare number", "Ländercode", "landkode", "code pays",
         "as a country code", "two-letter code"}

SHAPES = ["comma", "sent", "inner", "end", "member", "note", "fmt"]


def build(kind, tag, fk, ph, shape, layout, idtag):
    gen, keys, labs, typ = KINDS[kind]
    v = gen()
    key, lab = R.choice(keys), R.choice(labs)
    rf = ref()
    ins = R.choice(INSTR).format(w=lab.lower().rstrip("."))
    other = [("Room", str(R.randint(100, 499)))]
    rec = record(layout, [(lab, v["t"]), ("Reference", rf)] + other)
    sch = schema(key, typ)
    lw = lab.lower().rstrip(".")
    if shape == "comma":
        pb, pv = ins + " Answer as JSON.\n\n" + rec, ins + " Answer as JSON, %s.\n\n" % ph + rec
    elif shape == "sent":
        pb, pv = ins + "\n\n" + rec, ins + " " + ph[0].upper() + ph[1:] + ".\n\n" + rec
    elif shape == "inner":
        pb, pv = ins + "\n\n" + rec, ins[:-1] + ", " + ph + ".\n\n" + rec
    elif shape == "end":
        pb, pv = ins + "\n\n" + rec + "\n\nAnswer as JSON.", ins + "\n\n" + rec + "\n\nAnswer as JSON, %s." % ph
    elif shape == "member":
        pb = ins + " Answer as JSON.\n\n" + rec
        pv = ins + " Answer as JSON, with the %s %s.\n\n" % (lw, ph) + rec
    elif shape == "note":
        pb = ins + "\n\n" + rec + "\n\nNote: give the %s as written." % lw
        pv = ins + "\n\n" + rec + "\n\nNote: give the %s %s." % (lw, ph)
    else:  # fmt
        pb, pv = ins + " Format: JSON\n\n" + rec, ins + " Format: JSON, %s\n\n" % ph + rec
    plain = {key: plainval(kind, v), "reference": rf}
    new = {key: v[fk], "reference": rf}
    arg = (ph in AMBIG) or (ph in GENERIC and shape in ("comma", "end", "fmt", "sent"))
    fam = "r192_%s_%s_%s" % (kind, tag, shape)
    add("pair", "d192-pb-%s" % idtag, fam + "_base", pb, sch, plain, [plain])
    add("pair", "d192-pv-%s" % idtag, fam, pv, sch, new, [new, new, new], arg=arg)
    # single
    v2 = gen()
    rf2 = ref()
    rec2 = record(layout, [(lab, v2["t"]), ("Reference", rf2)] + other)
    ps = pv.replace(rec, rec2)
    plain2 = {key: plainval(kind, v2), "reference": rf2}
    new2 = {key: v2[fk], "reference": rf2}
    add("single", "d192-s-%s" % idtag, fam + "_single", ps, sch, new2, [plain2, new2, new2], arg=arg)


def slug(s):
    return "".join(c if c.isalnum() else "" for c in s.encode("ascii", "ignore").decode())[:14] or "x"


for kind, tag, fk, phrases in FORMS:
    for pi, ph in enumerate(phrases):
        for shape in SHAPES:
            layout = "L" if (pi + SHAPES.index(shape)) % 2 == 0 else "O"
            build(kind, tag, fk, ph, shape, layout, "%s-%s-%d-%s-%s" % (kind, tag, pi, shape, layout))

# ---- part 2: the form asked by the schema only (format / pattern / examples / description) and few-shot
SCH_FORMS = [
    ("dateD", "iso", {"format": "date"}, "fmtdate"),
    ("dateL", "iso", {"format": "date"}, "fmtdateL"),
    ("dateD", "iso", {"pattern": "^\\d{4}-\\d{2}-\\d{2}$"}, "patiso"),
    ("dateI", "dmy", {"pattern": "^\\d{2}\\.\\d{2}\\.\\d{4}$"}, "patdmy"),
    ("phone", "nsp", {"pattern": "^\\+\\d+$"}, "patnsp"),
    ("phone", "nocc", {"pattern": "^\\d{3} \\d{2} \\d{3}$"}, "patnocc"),
    ("name", "up", {"pattern": "^[A-Z ]+$"}, "patup"),
    ("name", "low", {"pattern": "^[a-z ]+$"}, "patlow"),
    ("acc", "ascii", {"pattern": "^[A-Za-z -]+$"}, "patascii"),
    ("ctry", "iso", {"pattern": "^[A-Z]{2}$"}, "patiso2"),
    ("ctry", "iso", {"maxLength": 2}, "maxlen2"),
    ("t12", "h24", {"pattern": "^\\d{2}:\\d{2}$"}, "pat24"),
    ("dateD", "iso", {"examples": ["2025-01-31"]}, "exiso"),
    ("dateI", "dmy", {"examples": ["31.01.2025"]}, "exdmy"),
    ("phone", "nsp", {"examples": ["+4791234567"]}, "exnsp"),
    ("name", "sf", {"examples": ["Hansen, Kari"]}, "exsf"),
    ("name", "up", {"examples": ["KARI HANSEN"]}, "exup"),
    ("t12", "h24", {"examples": ["17:30"]}, "ex24"),
    ("ctry", "iso", {"examples": ["SE"]}, "exiso2"),
    ("ctryL", "en", {"examples": ["Sweden"]}, "exen"),
    ("acc", "ascii", {"examples": ["Zurich"]}, "exascii"),
    ("dateD", "iso", {"description": "ISO date"}, "dsiso"),
    ("phone", "nsp", {"description": "E.164"}, "dse164"),
    ("name", "sf", {"description": "Last name, first name"}, "dssf"),
    ("ctry", "iso", {"description": "ISO-3166 alpha-2"}, "dsiso2"),
    ("acc", "ascii", {"description": "ASCII only"}, "dsascii"),
    ("t12", "h24", {"description": "24-hour HH:MM"}, "ds24"),
    ("dateD", "iso", {"format": "date", "description": "the date"}, "fmtdesc"),
    ("phone", "nsp", {"contentEncoding": "E.164"}, "ce164"),
    ("dateD", "iso", {"$comment": "ISO 8601"}, "cmiso"),
]

for rep in range(6):
    for kind, fk, extra, tag in SCH_FORMS:
        layout = "LO"[rep % 2]
        gen, keys, labs, typ = KINDS[kind]
        key, lab = R.choice(keys), R.choice(labs)
        ins = R.choice(INSTR).format(w=lab.lower().rstrip("."))
        other = [("Room", str(R.randint(100, 499)))]
        v, rf = gen(), ref()
        rec = record(layout, [(lab, v["t"]), ("Reference", rf)] + other)
        p = ins + "\n\n" + rec
        plain = {key: plainval(kind, v), "reference": rf}
        new = {key: v[fk], "reference": rf}
        fam = "r192_sch_%s" % tag
        idt = "%s-%d-%s" % (tag, rep, layout)
        arg = tag.startswith("ex") or tag in ("maxlen2", "cmiso", "ce164")
        add("pair", "d192-xb-" + idt, fam + "_base", p, schema(key, typ), plain, [plain])
        add("pair", "d192-xv-" + idt, fam, p, schema(key, typ, extra), new, [new, new, new], arg=arg)
        v2, rf2 = gen(), ref()
        rec2 = record(layout, [(lab, v2["t"]), ("Reference", rf2)] + other)
        plain2 = {key: plainval(kind, v2), "reference": rf2}
        new2 = {key: v2[fk], "reference": rf2}
        add("single", "d192-xs-" + idt, fam + "_single", ins + "\n\n" + rec2, schema(key, typ, extra), new2,
            [plain2, new2, new2], arg=arg)
        # few-shot: an example answer in the new form before the record
        if rep < 3:
            ex_v = gen()
            ex_rec = record(layout, [(lab, ex_v["t"]), ("Reference", "KX10001")] + other)
            ex_ans = js({key: ex_v[fk], "reference": "KX10001"})
            pf = ins + "\n\nExample:\n" + ex_rec + "\nAnswer: " + ex_ans + "\n\nNow this one:\n" + rec2
            pfb = ins + "\n\nExample:\n" + ex_rec + "\nAnswer: " + js({key: plainval(kind, ex_v), "reference": "KX10001"}) + "\n\nNow this one:\n" + rec2
            add("pair", "d192-fb-" + idt, fam + "_fsb", pfb, schema(key, typ), plain2, [plain2])
            add("pair", "d192-fv-" + idt, fam + "_fs", pf, schema(key, typ), new2, [new2, new2, new2])

# ---- part 3: other layouts for a sample of phrases
for kind, tag, fk, phrases in FORMS:
    for pi, ph in enumerate(phrases[:3]):
        for layout in "TCYEP":
            shape = ["member", "inner", "sent"][pi % 3]
            build(kind, tag, fk, ph, shape, layout, "%s-%s-%d-%s-%s-x" % (kind, tag, pi, shape, layout))

# ---- part 4: safe variants
SAFE = ["Answer as JSON.", "Please.", "Kindly answer as JSON.", "No code fences.", "Compact JSON.", "One line.",
        "Return compact JSON on one line.", "Thanks!", "Please answer as JSON without code fences.",
        "This is for our booking system.", "Kindly return JSON only.", "Do not wrap the JSON in code fences.",
        "Reply with JSON only, no commentary.", "Takk!", "Bitte als JSON."]
for rep in range(2):
    for si, sc in enumerate(SAFE):
        for kind in ["phone", "dateI", "name", "amount", "t12", "acc", "ctry"]:
            layout = "LO"[(si + rep) % 2]
            gen, keys, labs, typ = KINDS[kind]
            key, lab = R.choice(keys), R.choice(labs)
            ins = R.choice(INSTR).format(w=lab.lower().rstrip("."))
            v, rf = gen(), ref()
            rec = record(layout, [(lab, v["t"]), ("Reference", rf), ("Room", str(R.randint(100, 499)))])
            plain = {key: plainval(kind, v), "reference": rf}
            idt = "%s-%d-%d-%s" % (kind, si, rep, layout)
            add("pair", "d192-sb-" + idt, "r192_safe_base", ins + "\n\n" + rec, schema(key, typ), plain, [plain])
            add("safe", "d192-sv-" + idt, "r192_safe", ins + " " + sc + "\n\n" + rec, schema(key, typ), plain,
                [plain, plain, plain])


# ---- part 5: the holes' edges -- form words the instruction vocabulary holds ("number", "integer", "code", "text",
# "value", "only", "just", "plain"), over more kinds of values
def v_amount_low():
    k = R.randint(1100, 9800)
    c = R.choice([10, 20, 25, 30, 40])
    return {"t": "%d.%02d" % (k, c), "round": k, "num": float("%d.%02d" % (k, c))}


def v_unit():
    u = R.choice([("Weight", "weight", "kg"), ("Duration", "duration", "min"), ("Distance", "distance", "km"),
                  ("Height", "height", "cm"), ("Volume", "volume", "ml"), ("Price", "price", "NOK"),
                  ("Load", "load", "t"), ("Speed", "speed", "km/h")])
    n = R.randint(11, 950)
    return {"t": "%d %s" % (n, u[2]), "nou": "%d" % n, "lab": u[0], "key": u[1]}


def v_code_num():
    u = R.choice([("Order", "order", "#"), ("Ticket", "ticket", "No. "), ("Invoice", "invoice", "INV-"),
                  ("Case", "case", "Case ")])
    n = R.randint(10000, 99999)
    return {"t": "%s%d" % (u[2], n), "nou": "%d" % n, "lab": u[0], "key": u[1]}


E5 = [
    ("amtI", v_amount_low, "number", ["amount", "total"], ["Amount", "Total"], "round",
     ["as an integer", "integer", "as an int", "integer value", "as integer", "integer only", "an integer",
      "integers", "as integers", "int", "as a whole integer", "integer number", "as an integer number"]),
    ("unit", v_unit, "string", None, None, "nou",
     ["number only", "just the number", "only the number", "the number only", "bare number", "plain number",
      "as a plain number", "as a number", "numeric value", "the value only", "just the value", "value only",
      "only the value", "plain value", "bare value", "as a bare number", "number without text", "only a number",
      "just a number", "nothing but the number", "the number alone", "as number"]),
    ("code", v_code_num, "string", None, None, "nou",
     ["number only", "just the number", "only the number", "the number alone", "as a number", "bare number",
      "plain number", "just a number"]),
    ("ctryC", v_country, "string", ["country"], ["Country"], "iso",
     ["as a code", "code only", "just the code", "the code", "as code", "as a short code", "in code form",
      "only the code", "as the code"]),
    ("dateT", v_date_iso, "string", ["date", "invoice_date"], ["Date", "Invoice date"], "long",
     ["as text", "as a sentence", "in a sentence", "in text", "as plain text", "in plain text", "text only",
      "as a text", "textual", "as a text value"]),
    ("phoneN", v_phone, "string", ["phone", "mobile"], ["Phone", "Mobile"], "dig",
     ["as a number", "as a plain number", "as one number", "a single number", "as an integer", "integer"]),
    ("nameS", v_name, "string", ["name", "customer"], ["Name", "Customer"], "fi",
     ["short name", "as a short name", "the short name", "short version", "shortened"]),
]

for kind, gen, typ, keys, labs, fk, phrases in E5:
    for pi, ph in enumerate(phrases):
        for shape in SHAPES:
            for layout in "LO":
                v = gen()
                key = v["key"] if keys is None else R.choice(keys)
                lab = v["lab"] if labs is None else R.choice(labs)
                rf = ref()
                ins = R.choice(INSTR).format(w=lab.lower().rstrip("."))
                rec = record(layout, [(lab, v["t"]), ("Reference", rf), ("Room", str(R.randint(100, 499)))])
                lw = lab.lower()
                if shape == "comma":
                    pb, pv = ins + " Answer as JSON.\n\n" + rec, ins + " Answer as JSON, %s.\n\n" % ph + rec
                elif shape == "sent":
                    pb, pv = ins + "\n\n" + rec, ins + " " + ph[0].upper() + ph[1:] + ".\n\n" + rec
                elif shape == "inner":
                    pb, pv = ins + "\n\n" + rec, ins[:-1] + ", " + ph + ".\n\n" + rec
                elif shape == "end":
                    pb, pv = ins + "\n\n" + rec + "\n\nAnswer as JSON.", ins + "\n\n" + rec + "\n\nAnswer as JSON, %s." % ph
                elif shape == "member":
                    pb = ins + " Answer as JSON.\n\n" + rec
                    pv = ins + " Answer as JSON, with the %s %s.\n\n" % (lw, ph) + rec
                elif shape == "note":
                    pb = ins + "\n\n" + rec + "\n\nNote: give the %s as written." % lw
                    pv = ins + "\n\n" + rec + "\n\nNote: give the %s %s." % (lw, ph)
                else:
                    pb, pv = ins + " Format: JSON\n\n" + rec, ins + " Format: JSON, %s\n\n" % ph + rec
                sch = schema(key, typ)
                plain = {key: v["num"] if typ == "number" else v["t"], "reference": rf}
                new = {key: v[fk], "reference": rf}
                arg = kind in ("ctryC", "dateT", "phoneN", "nameS") or (shape in ("comma", "end", "fmt", "sent")
                                                                          and kind != "amtI")
                idt = "%s-%d-%s-%s" % (kind, pi, shape, layout)
                fam = "r192_e5_%s_%s" % (kind, shape)
                add("pair", "d192-eb-" + idt, fam + "_base", pb, sch, plain, [plain])
                add("pair", "d192-ev-" + idt, fam, pv, sch, new, [new, new, new], arg=arg)
                v2, rf2 = gen(), ref()
                if keys is None:
                    v2["t"], v2["nou"] = v2["t"].replace(v2["nou"], str(int(v["nou"]) + 7)), str(int(v["nou"]) + 7)
                    v2["lab"], v2["key"] = v["lab"], v["key"]
                    v2["t"] = v["t"].replace(v["nou"], v2["nou"])
                rec2 = record(layout, [(lab, v2["t"]), ("Reference", rf2), ("Room", str(R.randint(100, 499)))])
                plain2 = {key: v2["num"] if typ == "number" else v2["t"], "reference": rf2}
                new2 = {key: v2[fk], "reference": rf2}
                add("single", "d192-es-" + idt, fam + "_single", pv.replace(rec, rec2), sch, new2, [plain2, new2, new2],
                    arg=arg)

# ---- part 6: the form in schema keywords no check reads (examples, example, x-format, non-standard format values)
S6 = [
    ("dateD", "iso", {"examples": ["2025-01-31"]}, "exiso"),
    ("dateD", "iso", {"example": "2025-01-31"}, "ex1iso"),
    ("dateD", "iso", {"x-format": "YYYY-MM-DD"}, "xfiso"),
    ("dateD", "iso", {"format": "YYYY-MM-DD"}, "fmyiso"),
    ("dateD", "iso", {"format": "iso-8601"}, "fmiso8601"),
    ("dateI", "dmy", {"examples": ["31.01.2025"]}, "exdmy"),
    ("dateI", "dmy", {"format": "DD.MM.YYYY"}, "fmdmy"),
    ("dateI", "dmy", {"x-format": "DD.MM.YYYY"}, "xfdmy"),
    ("dateI", "dmy", {"example": "31.01.2025"}, "ex1dmy"),
    ("phone", "nsp", {"examples": ["+4791234567"]}, "exnsp"),
    ("phone", "nsp", {"format": "e164"}, "fme164"),
    ("phone", "nsp", {"format": "E.164"}, "fmE164"),
    ("phone", "nsp", {"x-format": "E.164"}, "xfe164"),
    ("phone", "nsp", {"contentEncoding": "E.164"}, "ce164"),
    ("phone", "nsp", {"example": "+4791234567"}, "ex1nsp"),
    ("name", "up", {"examples": ["KARI HANSEN"]}, "exup"),
    ("name", "up", {"format": "uppercase"}, "fmup"),
    ("name", "up", {"x-transform": "uppercase"}, "xtup"),
    ("name", "sf", {"examples": ["Hansen, Kari"]}, "exsf"),
    ("name", "sf", {"format": "Lastname, Firstname"}, "fmsf"),
    ("t12", "h24", {"examples": ["17:30"]}, "ex24"),
    ("t12", "h24", {"format": "HH:mm"}, "fm24"),
    ("t12", "h24", {"format": "time"}, "fmtime"),
    ("acc", "ascii", {"examples": ["Zurich"]}, "exascii"),
    ("acc", "ascii", {"format": "ascii"}, "fmascii"),
    ("ctry", "iso", {"examples": ["SE"]}, "exiso2"),
    ("ctry", "iso", {"format": "iso-3166-1-alpha-2"}, "fmiso2"),
    ("ctryL", "en", {"examples": ["Sweden"]}, "exen"),
    ("amount", "cents", {"format": "cents"}, "fmcents"),
    ("amount", "cents", {"examples": [129900]}, "excents"),
]
for rep in range(6):
    for kind, fk, extra, tag in S6:
        layout = "LO"[rep % 2]
        gen, keys, labs, typ = KINDS[kind]
        key, lab = R.choice(keys), R.choice(labs)
        ins = R.choice(INSTR).format(w=lab.lower().rstrip("."))
        v, rf = gen(), ref()
        rec = record(layout, [(lab, v["t"]), ("Reference", rf), ("Room", str(R.randint(100, 499)))])
        plain = {key: plainval(kind, v), "reference": rf}
        new = {key: v[fk], "reference": rf}
        idt = "%s-%d-%s" % (tag, rep, layout)
        arg = tag.startswith("ex") or tag in ("ce164", "xtup")
        add("single", "d192-ys-" + idt, "r192_s6_%s_single" % tag, ins + "\n\n" + rec, schema(key, typ, extra), new,
            [plain, new, new], arg=arg)


# ---- part 7: edges of part 5's clear holes: other numbers, other languages, other layouts, the clause as a sentence
def v_num_low():
    u = R.choice([("Distance", "distance", "km"), ("Weight", "weight", "kg"), ("Total", "total", "NOK"),
                  ("Hours", "hours", "h"), ("Price", "price", "EUR")])
    k, c = R.randint(12, 980), R.choice([10, 20, 25, 30, 40])
    return {"t": "%d.%02d" % (k, c), "num": float("%d.%02d" % (k, c)), "round": k, "lab": u[0], "key": u[1]}


E7 = [
    ("numI", v_num_low, "number", "round", "LOTCYEP",
     ["as an integer", "integer", "as integer", "integer value", "in integers", "as an integer value"]),
    ("numIs", v_num_low, "number", "round", "LO",
     ["The {w} must be an integer", "Give the {w} as an integer", "The {w} as an integer, please",
      "Integer {w}", "{W}: integer", "Return the {w} as integer"]),
    ("unitF", v_unit, "string", "nou", "LO",
     ["nur die Zahl", "bare tallet", "juste le nombre", "solo el número", "nur die Nummer", "bare nummeret",
      "just the number, please", "number, nothing else", "the number and nothing else"]),
    ("unitX", v_unit, "string", "nou", "TCYEP",
     ["just the number", "number only", "the number only", "as a bare number", "just a number"]),
    ("phoneY", v_phone, "string", "nsp", "YTCEP",
     ["with no spaces", "without spaces", "no spaces", "without whitespace", "spaces removed"]),
]
for kind, gen, typ, fk, layouts, phrases in E7:
    for pi, ph in enumerate(phrases):
        for shape in (["sentx"] if kind == "numIs" else ["inner", "member", "comma"]):
            for layout in layouts:
                v = gen()
                if "key" in v:
                    key, lab = v["key"], v["lab"]
                else:
                    key, lab = R.choice(["phone", "mobile"]), R.choice(["Phone", "Mobile"])
                rf = ref()
                ins = R.choice(INSTR).format(w=lab.lower())
                rec = record(layout, [(lab, v["t"]), ("Reference", rf), ("Room", str(R.randint(100, 499)))])
                lw = lab.lower()
                if shape == "comma":
                    pb, pv = ins + " Answer as JSON.\n\n" + rec, ins + " Answer as JSON, %s.\n\n" % ph + rec
                elif shape == "inner":
                    pb, pv = ins + "\n\n" + rec, ins[:-1] + ", " + ph + ".\n\n" + rec
                elif shape == "member":
                    pb = ins + " Answer as JSON.\n\n" + rec
                    pv = ins + " Answer as JSON, with the %s %s.\n\n" % (lw, ph) + rec
                else:
                    pb, pv = ins + "\n\n" + rec, ins + " " + ph.format(w=lw, W=lab) + ".\n\n" + rec
                sch = schema(key, typ)
                plain = {key: v["num"] if typ == "number" else v["t"], "reference": rf}
                new = {key: v[fk], "reference": rf}
                arg = (shape == "comma" and kind in ("unitF", "unitX", "phoneY")) or (kind == "phoneY" and shape != "member")
                idt = "%s-%d-%s-%s" % (kind, pi, shape, layout)
                fam = "r192_e7_%s_%s" % (kind, shape)
                add("pair", "d192-gb-" + idt, fam + "_base", pb, sch, plain, [plain])
                add("pair", "d192-gv-" + idt, fam, pv, sch, new, [new, new, new], arg=arg)
                v2, rf2 = gen(), ref()
                if "key" in v:
                    v2["key"], v2["lab"] = v["key"], v["lab"]
                    v2["t"] = v2["t"].rsplit(" ", 1)[0] + (" " + v["t"].rsplit(" ", 1)[1] if " " in v["t"] else "")
                rec2 = record(layout, [(lab, v2["t"]), ("Reference", rf2), ("Room", str(R.randint(100, 499)))])
                plain2 = {key: v2["num"] if typ == "number" else v2["t"], "reference": rf2}
                new2 = {key: v2[fk], "reference": rf2}
                add("single", "d192-gs-" + idt, fam + "_single", pv.replace(rec, rec2), sch, new2,
                    [plain2, new2, new2], arg=arg)

r192_found_alone = {
    'd192-es-amtI-0-comma-L', 'd192-es-amtI-0-end-O', 'd192-es-amtI-0-fmt-L', 'd192-es-amtI-0-fmt-O',
    'd192-es-amtI-0-inner-O', 'd192-es-amtI-0-member-L', 'd192-es-amtI-1-comma-L', 'd192-es-amtI-1-comma-O',
    'd192-es-amtI-1-end-L', 'd192-es-amtI-1-end-O', 'd192-es-amtI-1-fmt-L', 'd192-es-amtI-1-inner-O',
    'd192-es-amtI-11-end-L', 'd192-es-amtI-11-end-O', 'd192-es-amtI-11-inner-L', 'd192-es-amtI-12-comma-O',
    'd192-es-amtI-12-end-L', 'd192-es-amtI-12-inner-O', 'd192-es-amtI-3-comma-L', 'd192-es-amtI-3-comma-O',
    'd192-es-amtI-3-end-O', 'd192-es-amtI-3-inner-O', 'd192-es-amtI-3-member-L', 'd192-es-amtI-4-comma-O',
    'd192-es-amtI-4-end-L', 'd192-es-amtI-4-fmt-L', 'd192-es-amtI-4-fmt-O', 'd192-es-amtI-4-inner-L',
    'd192-es-amtI-4-inner-O', 'd192-es-amtI-4-member-O', 'd192-es-amtI-5-comma-O', 'd192-es-amtI-6-comma-L',
    'd192-es-amtI-6-end-O', 'd192-es-code-0-comma-O', 'd192-es-code-1-comma-L', 'd192-es-code-1-end-O',
    'd192-es-code-1-inner-L', 'd192-es-code-1-member-L', 'd192-es-code-1-member-O', 'd192-es-code-2-comma-L',
    'd192-es-code-2-inner-L', 'd192-es-code-2-sent-O', 'd192-es-code-4-comma-L', 'd192-es-code-4-comma-O',
    'd192-es-code-4-end-L', 'd192-es-code-4-end-O', 'd192-es-code-4-fmt-L', 'd192-es-code-4-fmt-O',
    'd192-es-code-4-inner-L', 'd192-es-code-4-member-L', 'd192-es-code-4-member-O', 'd192-es-code-5-comma-L',
    'd192-es-code-5-end-L', 'd192-es-code-5-inner-L', 'd192-es-code-5-member-L', 'd192-es-code-5-member-O',
    'd192-es-code-6-comma-L', 'd192-es-code-7-end-L', 'd192-es-code-7-inner-L', 'd192-es-ctryC-0-comma-L',
    'd192-es-ctryC-0-comma-O', 'd192-es-ctryC-0-end-L', 'd192-es-ctryC-0-end-O', 'd192-es-ctryC-0-fmt-L',
    'd192-es-ctryC-0-fmt-O', 'd192-es-ctryC-0-inner-L', 'd192-es-ctryC-0-inner-O', 'd192-es-ctryC-0-member-L',
    'd192-es-ctryC-0-member-O', 'd192-es-ctryC-0-sent-L', 'd192-es-ctryC-0-sent-O', 'd192-es-ctryC-1-comma-L',
    'd192-es-ctryC-1-comma-O', 'd192-es-ctryC-1-end-L', 'd192-es-ctryC-1-end-O', 'd192-es-ctryC-1-fmt-L',
    'd192-es-ctryC-1-inner-L', 'd192-es-ctryC-2-comma-L', 'd192-es-ctryC-2-comma-O', 'd192-es-ctryC-2-end-L',
    'd192-es-ctryC-2-end-O', 'd192-es-ctryC-2-member-L', 'd192-es-ctryC-2-member-O', 'd192-es-ctryC-2-sent-O',
    'd192-es-ctryC-3-comma-L', 'd192-es-ctryC-3-comma-O', 'd192-es-ctryC-3-end-L', 'd192-es-ctryC-3-end-O',
    'd192-es-ctryC-3-fmt-L', 'd192-es-ctryC-3-fmt-O', 'd192-es-ctryC-3-inner-L', 'd192-es-ctryC-3-inner-O',
    'd192-es-ctryC-3-member-L', 'd192-es-ctryC-3-member-O', 'd192-es-ctryC-3-sent-L', 'd192-es-ctryC-3-sent-O',
    'd192-es-ctryC-4-comma-L', 'd192-es-ctryC-4-comma-O', 'd192-es-ctryC-4-end-L', 'd192-es-ctryC-4-end-O',
    'd192-es-ctryC-4-inner-L', 'd192-es-ctryC-4-inner-O', 'd192-es-ctryC-4-member-L', 'd192-es-ctryC-4-member-O',
    'd192-es-ctryC-4-sent-L', 'd192-es-ctryC-4-sent-O', 'd192-es-ctryC-5-comma-L', 'd192-es-ctryC-5-comma-O',
    'd192-es-ctryC-5-end-L', 'd192-es-ctryC-5-end-O', 'd192-es-ctryC-5-fmt-L', 'd192-es-ctryC-5-inner-L',
    'd192-es-ctryC-5-inner-O', 'd192-es-ctryC-5-member-L', 'd192-es-ctryC-5-member-O', 'd192-es-ctryC-5-sent-L',
    'd192-es-ctryC-5-sent-O', 'd192-es-ctryC-6-comma-L', 'd192-es-ctryC-6-comma-O', 'd192-es-ctryC-6-end-L',
    'd192-es-ctryC-6-end-O', 'd192-es-ctryC-6-fmt-L', 'd192-es-ctryC-6-inner-L', 'd192-es-ctryC-6-inner-O',
    'd192-es-ctryC-6-member-L', 'd192-es-ctryC-6-member-O', 'd192-es-ctryC-6-sent-L', 'd192-es-ctryC-6-sent-O',
    'd192-es-ctryC-7-comma-O', 'd192-es-ctryC-7-fmt-O', 'd192-es-ctryC-8-comma-L', 'd192-es-ctryC-8-comma-O',
    'd192-es-ctryC-8-end-L', 'd192-es-ctryC-8-end-O', 'd192-es-ctryC-8-inner-L', 'd192-es-ctryC-8-inner-O',
    'd192-es-ctryC-8-member-L', 'd192-es-ctryC-8-member-O', 'd192-es-ctryC-8-sent-L', 'd192-es-ctryC-8-sent-O',
    'd192-es-dateT-0-comma-O', 'd192-es-dateT-0-end-L', 'd192-es-dateT-0-end-O', 'd192-es-dateT-0-inner-L',
    'd192-es-dateT-0-member-O', 'd192-es-dateT-0-sent-L', 'd192-es-dateT-1-comma-O', 'd192-es-dateT-1-end-L',
    'd192-es-dateT-1-end-O', 'd192-es-dateT-1-fmt-L', 'd192-es-dateT-1-inner-L', 'd192-es-dateT-1-member-L',
    'd192-es-dateT-2-comma-L', 'd192-es-dateT-2-end-L', 'd192-es-dateT-2-end-O', 'd192-es-dateT-2-inner-L',
    'd192-es-dateT-2-inner-O', 'd192-es-dateT-2-member-L', 'd192-es-dateT-2-member-O', 'd192-es-dateT-2-sent-L',
    'd192-es-dateT-3-comma-L', 'd192-es-dateT-3-comma-O', 'd192-es-dateT-3-end-O', 'd192-es-dateT-3-fmt-L',
    'd192-es-dateT-3-inner-L', 'd192-es-dateT-3-member-L', 'd192-es-dateT-3-member-O', 'd192-es-dateT-3-sent-L',
    'd192-es-dateT-3-sent-O', 'd192-es-dateT-4-comma-O', 'd192-es-dateT-4-end-L', 'd192-es-dateT-4-end-O',
    'd192-es-dateT-4-inner-L', 'd192-es-dateT-5-comma-O', 'd192-es-dateT-5-end-L', 'd192-es-dateT-5-inner-O',
    'd192-es-dateT-5-sent-O', 'd192-es-dateT-6-comma-L', 'd192-es-dateT-6-comma-O', 'd192-es-dateT-6-end-O',
    'd192-es-dateT-6-fmt-L', 'd192-es-dateT-6-fmt-O', 'd192-es-dateT-7-comma-L', 'd192-es-dateT-7-comma-O',
    'd192-es-dateT-7-end-L', 'd192-es-dateT-7-end-O', 'd192-es-dateT-7-fmt-L', 'd192-es-dateT-7-fmt-O',
    'd192-es-dateT-7-inner-L', 'd192-es-dateT-7-inner-O', 'd192-es-dateT-7-member-O', 'd192-es-dateT-7-sent-O',
    'd192-es-dateT-9-comma-L', 'd192-es-dateT-9-comma-O', 'd192-es-dateT-9-end-L', 'd192-es-dateT-9-fmt-L',
    'd192-es-dateT-9-inner-L', 'd192-es-dateT-9-member-L', 'd192-es-dateT-9-member-O', 'd192-es-dateT-9-sent-L',
    'd192-es-dateT-9-sent-O', 'd192-es-nameS-0-end-O', 'd192-es-nameS-1-end-O', 'd192-es-nameS-1-inner-L',
    'd192-es-nameS-2-inner-L', 'd192-es-nameS-2-inner-O', 'd192-es-nameS-2-member-O', 'd192-es-phoneN-0-comma-L',
    'd192-es-phoneN-0-comma-O', 'd192-es-phoneN-0-end-L', 'd192-es-phoneN-0-end-O', 'd192-es-phoneN-0-fmt-L',
    'd192-es-phoneN-0-fmt-O', 'd192-es-phoneN-0-inner-L', 'd192-es-phoneN-0-inner-O', 'd192-es-phoneN-0-member-L',
    'd192-es-phoneN-0-member-O', 'd192-es-phoneN-1-comma-L', 'd192-es-phoneN-1-comma-O', 'd192-es-phoneN-1-end-L',
    'd192-es-phoneN-1-end-O', 'd192-es-phoneN-1-fmt-L', 'd192-es-phoneN-1-inner-O', 'd192-es-phoneN-2-comma-L',
    'd192-es-phoneN-2-comma-O', 'd192-es-phoneN-2-end-L', 'd192-es-phoneN-2-end-O', 'd192-es-phoneN-2-fmt-L',
    'd192-es-phoneN-2-fmt-O', 'd192-es-phoneN-2-inner-L', 'd192-es-phoneN-2-inner-O', 'd192-es-phoneN-2-member-L',
    'd192-es-phoneN-2-member-O', 'd192-es-phoneN-3-comma-L', 'd192-es-phoneN-3-comma-O', 'd192-es-phoneN-3-end-L',
    'd192-es-phoneN-3-end-O', 'd192-es-phoneN-3-fmt-L', 'd192-es-phoneN-3-fmt-O', 'd192-es-phoneN-3-inner-L',
    'd192-es-phoneN-3-inner-O', 'd192-es-phoneN-3-member-L', 'd192-es-phoneN-3-member-O', 'd192-es-phoneN-4-comma-L',
    'd192-es-phoneN-4-comma-O', 'd192-es-phoneN-4-end-L', 'd192-es-phoneN-4-end-O', 'd192-es-phoneN-4-fmt-L',
    'd192-es-phoneN-4-fmt-O', 'd192-es-phoneN-4-inner-L', 'd192-es-phoneN-4-inner-O', 'd192-es-phoneN-4-member-L',
    'd192-es-phoneN-4-member-O', 'd192-es-phoneN-5-comma-L', 'd192-es-phoneN-5-comma-O', 'd192-es-phoneN-5-end-L',
    'd192-es-phoneN-5-end-O', 'd192-es-phoneN-5-fmt-O', 'd192-es-phoneN-5-inner-L', 'd192-es-phoneN-5-inner-O',
    'd192-es-phoneN-5-member-L', 'd192-es-phoneN-5-member-O', 'd192-es-unit-0-comma-L', 'd192-es-unit-0-end-L',
    'd192-es-unit-0-end-O', 'd192-es-unit-1-comma-L', 'd192-es-unit-1-comma-O', 'd192-es-unit-1-end-L',
    'd192-es-unit-1-end-O', 'd192-es-unit-1-fmt-L', 'd192-es-unit-1-fmt-O', 'd192-es-unit-1-inner-L',
    'd192-es-unit-1-inner-O', 'd192-es-unit-1-member-L', 'd192-es-unit-1-member-O', 'd192-es-unit-10-comma-L',
    'd192-es-unit-10-comma-O', 'd192-es-unit-10-end-L', 'd192-es-unit-10-end-O', 'd192-es-unit-10-fmt-O',
    'd192-es-unit-10-member-L', 'd192-es-unit-11-comma-L', 'd192-es-unit-11-comma-O', 'd192-es-unit-11-end-L',
    'd192-es-unit-11-end-O', 'd192-es-unit-12-comma-L', 'd192-es-unit-12-comma-O', 'd192-es-unit-12-sent-L',
    'd192-es-unit-13-end-L', 'd192-es-unit-13-end-O', 'd192-es-unit-14-comma-L', 'd192-es-unit-14-comma-O',
    'd192-es-unit-14-end-L', 'd192-es-unit-14-end-O', 'd192-es-unit-14-inner-O', 'd192-es-unit-14-member-L',
    'd192-es-unit-14-member-O', 'd192-es-unit-15-comma-L', 'd192-es-unit-15-comma-O', 'd192-es-unit-15-end-L',
    'd192-es-unit-15-end-O', 'd192-es-unit-15-fmt-O', 'd192-es-unit-15-inner-L', 'd192-es-unit-15-inner-O',
    'd192-es-unit-15-member-O', 'd192-es-unit-16-comma-L', 'd192-es-unit-16-comma-O', 'd192-es-unit-16-end-L',
    'd192-es-unit-16-end-O', 'd192-es-unit-16-inner-L', 'd192-es-unit-17-comma-L', 'd192-es-unit-17-end-O',
    'd192-es-unit-17-inner-L', 'd192-es-unit-18-comma-L', 'd192-es-unit-18-comma-O', 'd192-es-unit-18-end-L',
    'd192-es-unit-18-end-O', 'd192-es-unit-18-inner-L', 'd192-es-unit-18-inner-O', 'd192-es-unit-18-member-L',
    'd192-es-unit-18-member-O', 'd192-es-unit-2-comma-L', 'd192-es-unit-2-comma-O', 'd192-es-unit-2-end-L',
    'd192-es-unit-2-fmt-L', 'd192-es-unit-2-sent-L', 'd192-es-unit-21-comma-L', 'd192-es-unit-21-comma-O',
    'd192-es-unit-21-end-O', 'd192-es-unit-21-inner-L', 'd192-es-unit-21-inner-O', 'd192-es-unit-21-member-L',
    'd192-es-unit-21-member-O', 'd192-es-unit-3-comma-L', 'd192-es-unit-3-comma-O', 'd192-es-unit-3-end-L',
    'd192-es-unit-3-end-O', 'd192-es-unit-3-inner-L', 'd192-es-unit-3-inner-O', 'd192-es-unit-3-sent-L',
    'd192-es-unit-3-sent-O', 'd192-es-unit-4-comma-L', 'd192-es-unit-4-comma-O', 'd192-es-unit-4-end-O',
    'd192-es-unit-4-fmt-L', 'd192-es-unit-4-inner-L', 'd192-es-unit-4-inner-O', 'd192-es-unit-4-member-L',
    'd192-es-unit-4-member-O', 'd192-es-unit-5-comma-O', 'd192-es-unit-6-comma-L', 'd192-es-unit-6-comma-O',
    'd192-es-unit-6-end-L', 'd192-es-unit-6-end-O', 'd192-es-unit-6-inner-L', 'd192-es-unit-6-inner-O',
    'd192-es-unit-7-comma-L', 'd192-es-unit-7-comma-O', 'd192-es-unit-7-end-L', 'd192-es-unit-7-end-O',
    'd192-es-unit-7-fmt-L', 'd192-es-unit-7-inner-L', 'd192-es-unit-7-member-L', 'd192-es-unit-7-member-O',
    'd192-es-unit-9-comma-L', 'd192-es-unit-9-comma-O', 'd192-es-unit-9-end-L', 'd192-es-unit-9-end-O',
    'd192-es-unit-9-fmt-L', 'd192-es-unit-9-inner-O', 'd192-es-unit-9-sent-L', 'd192-es-unit-9-sent-O',
    'd192-ev-code-0-comma-O', 'd192-ev-code-1-comma-L', 'd192-ev-code-1-end-O', 'd192-ev-code-1-inner-L',
    'd192-ev-code-1-member-L', 'd192-ev-code-2-comma-L', 'd192-ev-code-2-inner-L', 'd192-ev-code-2-sent-O',
    'd192-ev-code-4-comma-L', 'd192-ev-code-4-comma-O', 'd192-ev-code-4-end-L', 'd192-ev-code-4-end-O',
    'd192-ev-code-4-fmt-L', 'd192-ev-code-4-fmt-O', 'd192-ev-code-4-inner-L', 'd192-ev-code-5-comma-L',
    'd192-ev-code-5-end-L', 'd192-ev-code-5-inner-L', 'd192-ev-code-6-comma-L', 'd192-ev-code-7-end-L',
    'd192-ev-code-7-inner-L', 'd192-ev-ctryC-0-comma-L', 'd192-ev-ctryC-0-comma-O', 'd192-ev-ctryC-0-end-L',
    'd192-ev-ctryC-0-end-O', 'd192-ev-ctryC-0-fmt-L', 'd192-ev-ctryC-0-fmt-O', 'd192-ev-ctryC-0-inner-L',
    'd192-ev-ctryC-0-inner-O', 'd192-ev-ctryC-0-sent-L', 'd192-ev-ctryC-0-sent-O', 'd192-ev-ctryC-1-comma-L',
    'd192-ev-ctryC-1-comma-O', 'd192-ev-ctryC-1-end-L', 'd192-ev-ctryC-1-end-O', 'd192-ev-ctryC-1-fmt-L',
    'd192-ev-ctryC-1-inner-L', 'd192-ev-ctryC-2-comma-L', 'd192-ev-ctryC-2-comma-O', 'd192-ev-ctryC-2-end-L',
    'd192-ev-ctryC-2-end-O', 'd192-ev-ctryC-2-sent-O', 'd192-ev-ctryC-3-comma-L', 'd192-ev-ctryC-3-comma-O',
    'd192-ev-ctryC-3-end-L', 'd192-ev-ctryC-3-end-O', 'd192-ev-ctryC-3-fmt-L', 'd192-ev-ctryC-3-fmt-O',
    'd192-ev-ctryC-3-inner-L', 'd192-ev-ctryC-3-inner-O', 'd192-ev-ctryC-3-member-L', 'd192-ev-ctryC-3-sent-L',
    'd192-ev-ctryC-3-sent-O', 'd192-ev-ctryC-4-comma-L', 'd192-ev-ctryC-4-comma-O', 'd192-ev-ctryC-4-end-L',
    'd192-ev-ctryC-4-end-O', 'd192-ev-ctryC-4-inner-L', 'd192-ev-ctryC-4-inner-O', 'd192-ev-ctryC-4-member-O',
    'd192-ev-ctryC-4-sent-L', 'd192-ev-ctryC-4-sent-O', 'd192-ev-ctryC-5-comma-L', 'd192-ev-ctryC-5-comma-O',
    'd192-ev-ctryC-5-end-L', 'd192-ev-ctryC-5-end-O', 'd192-ev-ctryC-5-fmt-L', 'd192-ev-ctryC-5-inner-L',
    'd192-ev-ctryC-5-inner-O', 'd192-ev-ctryC-5-member-L', 'd192-ev-ctryC-5-sent-L', 'd192-ev-ctryC-5-sent-O',
    'd192-ev-ctryC-6-comma-L', 'd192-ev-ctryC-6-comma-O', 'd192-ev-ctryC-6-end-L', 'd192-ev-ctryC-6-end-O',
    'd192-ev-ctryC-6-fmt-L', 'd192-ev-ctryC-6-inner-L', 'd192-ev-ctryC-6-inner-O', 'd192-ev-ctryC-6-sent-L',
    'd192-ev-ctryC-6-sent-O', 'd192-ev-ctryC-7-comma-O', 'd192-ev-ctryC-7-fmt-O', 'd192-ev-ctryC-8-comma-L',
    'd192-ev-ctryC-8-comma-O', 'd192-ev-ctryC-8-end-L', 'd192-ev-ctryC-8-end-O', 'd192-ev-ctryC-8-inner-L',
    'd192-ev-ctryC-8-inner-O', 'd192-ev-ctryC-8-member-L', 'd192-ev-ctryC-8-sent-L', 'd192-ev-ctryC-8-sent-O',
    'd192-ev-dateT-0-comma-O', 'd192-ev-dateT-0-end-L', 'd192-ev-dateT-0-end-O', 'd192-ev-dateT-0-sent-L',
    'd192-ev-dateT-1-comma-O', 'd192-ev-dateT-1-end-L', 'd192-ev-dateT-1-end-O', 'd192-ev-dateT-1-fmt-L',
    'd192-ev-dateT-1-inner-L', 'd192-ev-dateT-2-comma-L', 'd192-ev-dateT-2-end-L', 'd192-ev-dateT-2-end-O',
    'd192-ev-dateT-2-inner-L', 'd192-ev-dateT-2-inner-O', 'd192-ev-dateT-2-sent-L', 'd192-ev-dateT-3-comma-L',
    'd192-ev-dateT-3-comma-O', 'd192-ev-dateT-3-end-O', 'd192-ev-dateT-3-fmt-L', 'd192-ev-dateT-3-inner-L',
    'd192-ev-dateT-3-sent-L', 'd192-ev-dateT-3-sent-O', 'd192-ev-dateT-4-comma-O', 'd192-ev-dateT-4-end-L',
    'd192-ev-dateT-4-end-O', 'd192-ev-dateT-4-inner-L', 'd192-ev-dateT-5-comma-O', 'd192-ev-dateT-5-end-L',
    'd192-ev-dateT-5-inner-O', 'd192-ev-dateT-5-sent-O', 'd192-ev-dateT-6-comma-L', 'd192-ev-dateT-6-comma-O',
    'd192-ev-dateT-6-end-O', 'd192-ev-dateT-6-inner-O', 'd192-ev-dateT-7-comma-L', 'd192-ev-dateT-7-comma-O',
    'd192-ev-dateT-7-end-L', 'd192-ev-dateT-7-end-O', 'd192-ev-dateT-7-fmt-L', 'd192-ev-dateT-7-fmt-O',
    'd192-ev-dateT-7-inner-L', 'd192-ev-dateT-7-inner-O', 'd192-ev-dateT-7-sent-O', 'd192-ev-dateT-9-comma-L',
    'd192-ev-dateT-9-comma-O', 'd192-ev-dateT-9-end-L', 'd192-ev-dateT-9-fmt-L', 'd192-ev-dateT-9-inner-L',
    'd192-ev-dateT-9-sent-L', 'd192-ev-dateT-9-sent-O', 'd192-ev-nameS-0-end-O', 'd192-ev-nameS-1-end-O',
    'd192-ev-nameS-1-inner-L', 'd192-ev-nameS-2-inner-L', 'd192-ev-nameS-2-inner-O', 'd192-ev-phoneN-0-comma-L',
    'd192-ev-phoneN-0-comma-O', 'd192-ev-phoneN-0-end-L', 'd192-ev-phoneN-0-end-O', 'd192-ev-phoneN-0-fmt-L',
    'd192-ev-phoneN-0-fmt-O', 'd192-ev-phoneN-0-inner-L', 'd192-ev-phoneN-0-inner-O', 'd192-ev-phoneN-1-comma-L',
    'd192-ev-phoneN-1-comma-O', 'd192-ev-phoneN-1-end-L', 'd192-ev-phoneN-1-end-O', 'd192-ev-phoneN-1-fmt-L',
    'd192-ev-phoneN-1-inner-O', 'd192-ev-unit-0-comma-L', 'd192-ev-unit-0-end-L', 'd192-ev-unit-0-end-O',
    'd192-ev-unit-1-comma-L', 'd192-ev-unit-1-comma-O', 'd192-ev-unit-1-end-L', 'd192-ev-unit-1-end-O',
    'd192-ev-unit-1-fmt-L', 'd192-ev-unit-1-fmt-O', 'd192-ev-unit-1-inner-L', 'd192-ev-unit-1-inner-O',
    'd192-ev-unit-10-comma-L', 'd192-ev-unit-10-comma-O', 'd192-ev-unit-10-end-L', 'd192-ev-unit-10-end-O',
    'd192-ev-unit-10-fmt-O', 'd192-ev-unit-11-comma-L', 'd192-ev-unit-11-comma-O', 'd192-ev-unit-11-end-L',
    'd192-ev-unit-11-end-O', 'd192-ev-unit-12-comma-L', 'd192-ev-unit-12-comma-O', 'd192-ev-unit-12-sent-L',
    'd192-ev-unit-13-end-L', 'd192-ev-unit-13-end-O', 'd192-ev-unit-14-comma-L', 'd192-ev-unit-14-comma-O',
    'd192-ev-unit-14-end-L', 'd192-ev-unit-14-end-O', 'd192-ev-unit-14-inner-O', 'd192-ev-unit-15-comma-L',
    'd192-ev-unit-15-comma-O', 'd192-ev-unit-15-end-L', 'd192-ev-unit-15-end-O', 'd192-ev-unit-15-fmt-O',
    'd192-ev-unit-15-inner-L', 'd192-ev-unit-15-inner-O', 'd192-ev-unit-16-comma-L', 'd192-ev-unit-16-comma-O',
    'd192-ev-unit-16-end-L', 'd192-ev-unit-16-end-O', 'd192-ev-unit-16-inner-L', 'd192-ev-unit-17-comma-L',
    'd192-ev-unit-17-end-O', 'd192-ev-unit-17-inner-L', 'd192-ev-unit-18-comma-L', 'd192-ev-unit-18-comma-O',
    'd192-ev-unit-18-end-L', 'd192-ev-unit-18-end-O', 'd192-ev-unit-18-inner-L', 'd192-ev-unit-18-inner-O',
    'd192-ev-unit-2-comma-L', 'd192-ev-unit-2-comma-O', 'd192-ev-unit-2-end-L', 'd192-ev-unit-2-fmt-L',
    'd192-ev-unit-2-sent-L', 'd192-ev-unit-21-comma-L', 'd192-ev-unit-21-comma-O', 'd192-ev-unit-21-end-O',
    'd192-ev-unit-21-inner-L', 'd192-ev-unit-21-inner-O', 'd192-ev-unit-3-comma-L', 'd192-ev-unit-3-comma-O',
    'd192-ev-unit-3-end-L', 'd192-ev-unit-3-end-O', 'd192-ev-unit-3-inner-L', 'd192-ev-unit-3-inner-O',
    'd192-ev-unit-3-sent-L', 'd192-ev-unit-3-sent-O', 'd192-ev-unit-4-comma-L', 'd192-ev-unit-4-comma-O',
    'd192-ev-unit-4-end-O', 'd192-ev-unit-4-fmt-L', 'd192-ev-unit-4-inner-L', 'd192-ev-unit-4-inner-O',
    'd192-ev-unit-5-comma-O', 'd192-ev-unit-6-comma-L', 'd192-ev-unit-6-comma-O', 'd192-ev-unit-6-end-L',
    'd192-ev-unit-6-end-O', 'd192-ev-unit-6-inner-L', 'd192-ev-unit-6-inner-O', 'd192-ev-unit-7-comma-L',
    'd192-ev-unit-7-comma-O', 'd192-ev-unit-7-end-L', 'd192-ev-unit-7-end-O', 'd192-ev-unit-7-fmt-L',
    'd192-ev-unit-7-inner-L', 'd192-ev-unit-9-comma-L', 'd192-ev-unit-9-comma-O', 'd192-ev-unit-9-end-L',
    'd192-ev-unit-9-end-O', 'd192-ev-unit-9-fmt-L', 'd192-ev-unit-9-inner-O', 'd192-ev-unit-9-sent-L',
    'd192-ev-unit-9-sent-O', 'd192-gs-numI-0-comma-L', 'd192-gs-numI-0-comma-O', 'd192-gs-numI-0-comma-Y',
    'd192-gs-numI-0-inner-L', 'd192-gs-numI-0-inner-O', 'd192-gs-numI-0-inner-Y', 'd192-gs-numI-0-member-L',
    'd192-gs-numI-0-member-O', 'd192-gs-numI-0-member-Y', 'd192-gs-numI-1-comma-L', 'd192-gs-numI-1-comma-O',
    'd192-gs-numI-1-comma-Y', 'd192-gs-numI-1-inner-O', 'd192-gs-numI-1-inner-Y', 'd192-gs-numI-1-member-L',
    'd192-gs-numI-1-member-O', 'd192-gs-numI-1-member-Y', 'd192-gs-numI-2-comma-L', 'd192-gs-numI-2-comma-O',
    'd192-gs-numI-2-comma-Y', 'd192-gs-numI-2-inner-L', 'd192-gs-numI-2-inner-O', 'd192-gs-numI-2-inner-Y',
    'd192-gs-numI-2-member-L', 'd192-gs-numI-2-member-O', 'd192-gs-numI-2-member-Y', 'd192-gs-numI-3-comma-L',
    'd192-gs-numI-3-comma-O', 'd192-gs-numI-3-comma-Y', 'd192-gs-numI-3-inner-O', 'd192-gs-numI-3-inner-Y',
    'd192-gs-numI-3-member-L', 'd192-gs-numI-3-member-O', 'd192-gs-numI-3-member-Y', 'd192-gs-numI-5-comma-L',
    'd192-gs-numI-5-comma-O', 'd192-gs-numI-5-comma-Y', 'd192-gs-numI-5-inner-L', 'd192-gs-numI-5-inner-O',
    'd192-gs-numI-5-inner-Y', 'd192-gs-numI-5-member-L', 'd192-gs-numI-5-member-O', 'd192-gs-numI-5-member-Y',
    'd192-gs-numIs-1-sentx-L', 'd192-gs-numIs-1-sentx-O', 'd192-gs-numIs-2-sentx-L', 'd192-gs-numIs-2-sentx-O',
    'd192-gs-numIs-5-sentx-L', 'd192-gs-numIs-5-sentx-O', 'd192-gs-phoneY-0-inner-Y', 'd192-gs-unitF-6-comma-L',
    'd192-gs-unitF-6-comma-O', 'd192-gs-unitF-6-inner-L', 'd192-gs-unitF-6-inner-O', 'd192-gs-unitF-6-member-L',
    'd192-gs-unitF-7-comma-L', 'd192-gs-unitF-7-comma-O', 'd192-gs-unitF-7-inner-L', 'd192-gs-unitF-7-inner-O',
    'd192-gs-unitF-7-member-O', 'd192-gs-unitF-8-comma-L', 'd192-gs-unitF-8-comma-O', 'd192-gs-unitF-8-inner-L',
    'd192-gs-unitF-8-inner-O', 'd192-gs-unitF-8-member-L', 'd192-gs-unitF-8-member-O', 'd192-gs-unitX-0-comma-Y',
    'd192-gs-unitX-0-inner-Y', 'd192-gs-unitX-0-member-Y', 'd192-gs-unitX-1-comma-Y', 'd192-gs-unitX-2-comma-Y',
    'd192-gs-unitX-2-inner-Y', 'd192-gs-unitX-3-comma-Y', 'd192-gs-unitX-3-inner-Y', 'd192-gs-unitX-3-member-Y',
    'd192-gs-unitX-4-comma-Y', 'd192-gs-unitX-4-inner-Y', 'd192-gs-unitX-4-member-Y', 'd192-gv-unitF-6-comma-L',
    'd192-gv-unitF-6-comma-O', 'd192-gv-unitF-6-inner-L', 'd192-gv-unitF-6-inner-O', 'd192-gv-unitF-7-comma-L',
    'd192-gv-unitF-7-comma-O', 'd192-gv-unitF-7-inner-L', 'd192-gv-unitF-7-inner-O', 'd192-gv-unitF-8-comma-L',
    'd192-gv-unitF-8-comma-O', 'd192-gv-unitF-8-inner-L', 'd192-gv-unitF-8-inner-O', 'd192-gv-unitX-0-comma-Y',
    'd192-gv-unitX-0-inner-Y', 'd192-gv-unitX-1-comma-Y', 'd192-gv-unitX-2-comma-Y', 'd192-gv-unitX-2-inner-Y',
    'd192-gv-unitX-3-comma-Y', 'd192-gv-unitX-3-inner-Y', 'd192-gv-unitX-4-comma-Y', 'd192-gv-unitX-4-inner-Y',
    'd192-pv-amount-round-5-end-L', 'd192-pv-amount-round-6-comma-L', 'd192-pv-amount-round-6-fmt-L', 'd192-pv-ctry-iso-5-comma-O',
    'd192-pv-ctry-iso-5-end-L', 'd192-pv-ctry-iso-5-fmt-O', 'd192-pv-ctry-iso-5-inner-O', 'd192-pv-ctry-iso-5-sent-L',
    'd192-pv-dateI-long-10-comma-L', 'd192-pv-dateI-long-10-end-O', 'd192-pv-dateI-long-10-inner-L', 'd192-pv-dateI-long-10-member-L',
    'd192-pv-dateI-long-10-sent-O', 'd192-pv-dateI-long-9-end-L', 'd192-pv-dateI-long-9-inner-O', 'd192-pv-dateI-long-9-sent-L',
    'd192-pv-phone-dig-14-comma-L', 'd192-pv-phone-dig-14-end-O', 'd192-pv-phone-dig-14-fmt-L', 'd192-pv-phone-dig-14-inner-L',
    'd192-pv-wt-nou-10-comma-L', 'd192-pv-wt-nou-10-end-O', 'd192-pv-wt-nou-2-comma-L', 'd192-pv-wt-nou-2-end-O',
    'd192-pv-wt-nou-2-fmt-L', 'd192-pv-wt-nou-5-comma-O', 'd192-pv-wt-nou-5-end-L', 'd192-pv-wt-nou-5-fmt-O',
    'd192-pv-wt-nou-5-inner-O', 'd192-pv-wt-nou-5-member-O', 'd192-pv-wt-nou-9-comma-O', 'd192-pv-wt-nou-9-end-L',
    'd192-pv-wt-nou-9-inner-O', 'd192-s-amount-round-5-comma-O', 'd192-s-amount-round-5-end-L', 'd192-s-amount-round-5-inner-O',
    'd192-s-amount-round-5-member-O', 'd192-s-amount-round-6-comma-L', 'd192-s-amount-round-6-end-O', 'd192-s-amount-round-6-fmt-L',
    'd192-s-ctry-iso-5-comma-O', 'd192-s-ctry-iso-5-end-L', 'd192-s-ctry-iso-5-fmt-O', 'd192-s-ctry-iso-5-inner-O',
    'd192-s-ctry-iso-5-member-O', 'd192-s-ctry-iso-5-sent-L', 'd192-s-dateI-long-10-comma-L', 'd192-s-dateI-long-10-end-O',
    'd192-s-dateI-long-10-inner-L', 'd192-s-dateI-long-10-member-L', 'd192-s-dateI-long-10-sent-O', 'd192-s-dateI-long-9-end-L',
    'd192-s-dateI-long-9-inner-O', 'd192-s-dateI-long-9-member-O', 'd192-s-dateI-long-9-sent-L', 'd192-s-name-fi-5-member-O',
    'd192-s-phone-dig-14-comma-L', 'd192-s-phone-dig-14-end-O', 'd192-s-phone-dig-14-fmt-L', 'd192-s-phone-dig-14-inner-L',
    'd192-s-phone-dig-14-member-L', 'd192-s-phone-nsp-1-inner-Y-x', 'd192-s-wt-nou-10-comma-L', 'd192-s-wt-nou-10-end-O',
    'd192-s-wt-nou-2-comma-L', 'd192-s-wt-nou-2-end-O', 'd192-s-wt-nou-2-fmt-L', 'd192-s-wt-nou-5-comma-O',
    'd192-s-wt-nou-5-end-L', 'd192-s-wt-nou-5-fmt-O', 'd192-s-wt-nou-5-inner-O', 'd192-s-wt-nou-5-member-O',
    'd192-s-wt-nou-9-comma-O', 'd192-s-wt-nou-9-end-L', 'd192-s-wt-nou-9-inner-O', 'd192-s-wt-nou-9-member-O',
    'd192-xs-ce164-1-O', 'd192-xs-ce164-2-L', 'd192-xs-ce164-3-O', 'd192-xs-ce164-4-L',
    'd192-xs-ce164-5-O', 'd192-xs-ex24-1-O', 'd192-xs-exascii-1-O', 'd192-xs-exascii-2-L',
    'd192-xs-exascii-3-O', 'd192-xs-exdmy-1-O', 'd192-xs-exdmy-2-L', 'd192-xs-exdmy-3-O',
    'd192-xs-exdmy-4-L', 'd192-xs-exdmy-5-O', 'd192-xs-exiso-1-O', 'd192-xs-exiso-3-O',
    'd192-xs-exiso2-3-O', 'd192-xs-exnsp-1-O', 'd192-xs-exnsp-3-O', 'd192-xs-exnsp-4-L',
    'd192-xs-exnsp-5-O', 'd192-xs-exsf-1-O', 'd192-xs-exsf-3-O', 'd192-xs-exup-1-O',
    'd192-xs-exup-3-O', 'd192-ys-ce164-0-L', 'd192-ys-ce164-1-O', 'd192-ys-ce164-2-L',
    'd192-ys-ce164-3-O', 'd192-ys-ce164-4-L', 'd192-ys-ce164-5-O', 'd192-ys-ex24-1-O',
    'd192-ys-ex24-3-O', 'd192-ys-excents-1-O', 'd192-ys-excents-2-L', 'd192-ys-excents-3-O',
    'd192-ys-excents-4-L', 'd192-ys-exdmy-1-O', 'd192-ys-exdmy-2-L', 'd192-ys-exdmy-4-L',
    'd192-ys-exdmy-5-O', 'd192-ys-exiso-0-L', 'd192-ys-exiso-1-O', 'd192-ys-exiso-3-O',
    'd192-ys-exiso-4-L', 'd192-ys-exiso-5-O', 'd192-ys-exiso2-1-O', 'd192-ys-exiso2-3-O',
    'd192-ys-exiso2-4-L', 'd192-ys-exiso2-5-O', 'd192-ys-exnsp-0-L', 'd192-ys-exnsp-1-O',
    'd192-ys-exnsp-2-L', 'd192-ys-exnsp-3-O', 'd192-ys-exnsp-4-L', 'd192-ys-exnsp-5-O',
    'd192-ys-exsf-3-O', 'd192-ys-exsf-5-O', 'd192-ys-exup-5-O',
}

# stricter classification after reading what got through: a rounding of .50-.90 amounts is open to truncation or
# rounding (part 1's "amount"), "value" phrases may be read as "just the values, no commentary"
for r192_p in P:
    r192_i = r192_p["id"]
    if not r192_i.startswith("d192-"):
        continue
    if r192_i.split("-")[1] in ("pv", "s") and r192_i.split("-")[2] == "amount" and r192_i.split("-")[3] == "round":
        r192_arguable.add(r192_i)
    if r192_i.split("-")[1] in ("ev", "es") and r192_i.split("-")[2] == "unit" and "value" in E5[1][6][int(r192_i.split("-")[3])]:
        r192_arguable.add(r192_i)
r192_arguable &= r192_found_alone
# (The YAML "with no spaces" single is listed arguable in the round's findings.)
r192_arguable.add("d192-s-phone-nsp-1-inner-Y-x")

# Trimmed for ctest (probe_kit.sample_round), stop 45: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r192_keep = set(r192_found_alone)
for r192_i in r192_found_alone:
    for r192_a, r192_b in (("-pv-", "-pb-"), ("-xv-", "-xb-"), ("-fv-", "-fb-"), ("-ev-", "-eb-"), ("-gv-", "-gb-")):
        if r192_a in r192_i:
            r192_keep.add(r192_i.replace(r192_a, r192_b))
from probe_kit import sample_round as r192_sample_round  # noqa: E402

r192_sample_round("d192-", r192_keep, 30, safe_every=10)
P[:] = [r192_p for r192_p in P if r192_p["id"] not in r192_arguable]
