r"""Red-team round 185 (black box, /tmp/rt/bin/stepcache185): DERIVED MEMBERS -- values the text implies but does not write.
Focus: booleans from yes/no words of 40+ languages and marks, from negated labels and from state words; enums from
  synonyms; counts, sums, durations and ages computed from a field, a list or two dates; then a stored plain record
  ("Status: open") beside a field of no member whose label says the state changed ("Closed in: 82327").
18,123 probes (seeded random.Random(185)): 5,687 pairs (base + variant), 6,610 singles (--runs 2), 139 safe.
Layouts: line records (L), one-line "a | b" records (O), pipe tables (T), CSV (C), YAML (Y), e-mails (M), two records
  picked by name (W).
Part 1 (d185-yn-): "Fragile: ναι", "Paid: hayır", "Smoker: po", "✓/✗", "[x]", "nope", "auf keinen Fall"...; singles where
  the model reads the word the other way round, pairs from the English word of the other truth.
Part 2 (d185-ng/ngn-): negated labels ("Non-smoker", "Nichtraucher", "Bruchsicher", "Unzerbrechlich", "Glutenfrei",
  "Nonrefundable", "Sold out", "Utsolgt", "Pet-free"...) with "yes"/"ja"/"true"/"✓"/"x"; pairs from "Smoker: yes".
Part 3 (d185-st-): state words ("Smoker: quit in 2019", "Pets: none, but a cat sitter visits", "Paid: not yet",
  "Refund: declined", "Insurance: lapsed", "Breakfast: 15.00 extra", "Civil status: divorced"...).
Part 4 (d185-en-): enums from synonyms ("resolved", "dispatched", "zugestellt", "partly paid", "Einzelzimmer", "w").
Part 5 (d185-ct-): counts/sums/durations in one field ("Guests: 2 adults + 1 child", "Children: Ana, Bo, Cy",
  "Price: 45.00 x 2", "Stay: a fortnight", "Duration: 2 x 45 min", "Age: 18 months"); pairs from the plain value.
Part 6 (d185-dt/ag/tt/cl-): nights from two dates, age from born + today, totals from line items, counts of a list,
  stated beside their sources (pairs change a source and the stated value) or not stated (singles).
Part 7 (d185-pr-): booleans in prose ("... had a cat until last year.", "... quit smoking in 2019.").
Part 8 (d185-ad/in/km-): a stored plain record, then an added line ("  quit in 2019", "Extension: 2", "Charged back:
  yes", "Resolved: 3 May 2026", "Fixed in: 2.4.1") or an instruction that changes the derived meaning; km- the same with
  a second member (room) changed, so the first is kept on the patch path.
Parts 9-12 (d185-cf/ck/ce/cv/cw-): the hole found in part 8 at its edges: closing, reopening, cancelling, terminating,
  settling and publishing labels (English, German, Norwegian, French, Spanish) with a version, "#n", digits, an amount,
  a person, a PR code, a hash, words, a date; above or below the state; enums of 2 and 4 values and a plain string.
HELD: every derived value the text does not state under its label is refused or served fresh and never stored
  ("the request asks for a figure computed from the text"; counts from lists, sums, "x 2", weeks, months, dates, ages);
  booleans beside any other field (a "Ref:" line) are never stored; yes/no words of every language and mark, negated
  labels, state words and enum synonyms were never stored with a wrong value (parts 1-7: 0 from the cache); every added
  line of part 8 held for booleans, counts and nights ("Charged back: yes", "Extension: 2", "  + 1 child", "  quit in
  2019", "Stopped: 2019") and every instruction change; a date, a person, a PR code, a hash or words under a closing label
  held; order_status/membership enums and a "pending" or "active" state held.
  Wrong FRESH (never stored): 2,069 in run 1 -- negated labels read as the member's ("Non-smoker: ja" -> smoker true,
  "Sold out: yes" -> available true, "Utsolgt: yes", "Nicht verfügbar: yes"; 1,261), state words, yes/no words and enum
  synonyms in CSV only (199), "Duration: 2 x 45 min" -> 45, "90 min + 15 min break" -> 90, "Stay: 3 nights + 1" -> 3 (42).
WHAT GOT THROUGH (full round, one fresh SQLite store, --runs 2: 327 wrong from the cache in run 1, 373 in run 2; alone,
  a fresh store, --runs 2: 326 in run 1 and 364 of the 375 found ids in run 2 -- 271 clear, 93 arguable; L and O
  layouts only): a field of no member whose label says the stated state has changed, holding a value with digits and
  no letter (a version "2.4.1", "#6793", "24282", an amount), above or below the member's own "Label: allowed value",
  does not stop reuse of a stored enum or state string, nor the keeping of that member on the patch path:
 (A) CLEAR (271): "Booking status: confirmed / Cancellation no.: 24282" -> "confirmed" (also "N° d'annulation: #6793",
     "Stornonummer", "Avbestillingsnr.", "Cancellation ref", "Cancelled under"); "Status: open / Closed in: 82327",
     "Closed by: #2624", "Closure no.: 5.7.3", "Erledigt in: 63652", "Ferdig i", "Cerrado en", "Lukket i",
     "Resolution ref", "Resolved by commit: 85339" -> "open"; "Status: closed / Reopened in: 32084" (also "Reopen ref",
     "Rouvert par", "Wiedereröffnet in", "Gjenåpnet i") -> "closed"; "Contract status: active / Termination no.: 7.9.7"
     -> "active"; "Claim status: open / Settlement no.: 21908" -> "open"; "State: draft / Publication no.: #2131" ->
     "draft"; kept on the patch path when "Room:" also changed ("Room: R724 / Status: open / Geschlossen durch: 6.13.3").
 (B) ARGUABLE (93, r185_arguable): a fix not yet closed or a policy line ("Fixed in: 2.4.1", "Behoben in", "Fix
     released in", "Merged", "Duplicate of", "Superseded by", "Regression in", "Refund ref", "Cancellation fee:
     277.00", "Frais d'annulation", "Resolution time: 52.00"), and values that make no sense under their label (an
     amount as "Cancellation no.", a hash as "Storniert von"): the record's own status field may be read as current.
Adds its probes to probe_kit.P."""
import json
import random as r185_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r185_rng = r185_random.Random(185)
R = r185_rng
r185_arguable = set()
r185_pairs, r185_singles, r185_safe = [], [], []
r185_seen = set()
r185_C1 = "bdfgklmnprstvz"
r185_V1 = "aeiou"


def r185_word(k):
    return "".join(R.choice(r185_C1) + R.choice(r185_V1) for _ in range(k))


def r185_nm():
    while True:
        n = r185_word(2).capitalize() + " " + r185_word(2).capitalize() + R.choice(["sen", "berg", "vik", "lund"])
        if n not in r185_seen:
            r185_seen.add(n)
            return n


def r185_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    if "\n\nRecords:\nName: " in prompt:  # two records: the instruction names the first one's person
        ins, txt = prompt.split("\n\n", 1)
        who = txt.split("\n")[1][len("Name: "):]
        ins = ins.replace(" as JSON", " of %s as JSON" % who).replace(" as a JSON object", " of %s as a JSON object" % who)
        prompt = ins + "\n\n" + txt
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r185_arguable.add(id)
    {"pair": r185_pairs, "single": r185_singles, "safe": r185_safe, "base": []}[kind].append(id)


def r185_fields(nm, fl, cont):
    """fl: list of (label, value). Returns the record text."""
    if cont == "L":
        return "Text:\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fl)
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join("%s: %s" % f for f in fl) + "\n"
    if cont == "T":
        return ("| Name | " + " | ".join(f[0] for f in fl) + " |\n|" + "---|" * (len(fl) + 1) + "\n| %s | " % nm
                + " | ".join(f[1] for f in fl) + " |\n")
    if cont == "C":
        return ("name," + ",".join(f[0] for f in fl) + "\n" + nm + "," + ",".join(f[1] for f in fl) + "\n")
    if cont == "Y":
        return "```yaml\nname: %s\n" % nm + "".join("%s: %s\n" % f for f in fl) + "```\n"
    if cont == "M":
        return ("Here is the email:\nFrom: office@firm.example\nSubject: Your booking\n\nHi,\n\nthe details are below.\n\n"
                "Name: %s\n" % nm + "".join("%s: %s\n" % f for f in fl) + "\nBest regards\nOffice\n")
    if cont == "W":  # two records, the instruction picks one by name (the first)
        other = r185_nm()
        return ("Records:\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fl) + "\nName: %s\n" % other
                + "".join("%s: %s\n" % (f[0], "—") for f in fl))
    raise ValueError(cont)


r185_CONTS = ["L", "O", "T", "C", "Y", "M"]
r185_INS = ["Extract name and {q} as JSON.", "Return the name and the {q} as a JSON object.",
            "Give me name and {q} as JSON.", "Extract the name and the {q} as JSON."]
r185_SAFE_INS = ["Please extract the name and the {q} as JSON.", "Return JSON with name and {q}.",
                 "Extract name and {q} as JSON, please."]


def r185_ins(q, j):
    return r185_INS[j % len(r185_INS)].format(q=q)


# ----------------------------------------------------------------------------------- part 1: yes/no words
# (key, label, q)
r185_BOOLS = [
    ("fragile", "Fragile", "whether it is fragile"),
    ("refundable", "Refundable", "whether it is refundable"),
    ("smoker", "Smoker", "smoker"),
    ("has_pets", "Pets", "whether they have pets"),
    ("paid", "Paid", "whether it is paid"),
    ("insured", "Insured", "insured"),
    ("breakfast_included", "Breakfast included", "breakfast included"),
    ("parking", "Parking", "parking"),
    ("vegetarian", "Vegetarian", "vegetarian"),
    ("wheelchair_access", "Wheelchair access", "wheelchair access"),
    ("signed", "Signed", "whether it is signed"),
    ("urgent", "Urgent", "urgent"),
]
# (word, truth, language/note, arguable)
r185_YN = [
    ("yes", True, "en", False), ("no", False, "en", False),
    ("ja", True, "de/no/sv/nl", False), ("nein", False, "de", False), ("nei", False, "no", False),
    ("nej", False, "sv/da", False), ("nee", False, "nl", False),
    ("oui", True, "fr", False), ("non", False, "fr/it", False),
    ("sí", True, "es", False), ("si", True, "it", False), ("sim", True, "pt", False), ("não", False, "pt", False),
    ("tak", True, "pl", False), ("nie", False, "pl", False),
    ("ano", True, "cs", False), ("ne", False, "cs/sl/hr", False),
    ("da", True, "ro/hr/sl", False), ("nu", False, "ro", False),
    ("igen", True, "hu", False), ("nem", False, "hu", False),
    ("kyllä", True, "fi", False), ("ei", False, "fi/et", False), ("jah", True, "et", False),
    ("evet", True, "tr", False), ("hayır", False, "tr", False),
    ("ναι", True, "el", False), ("όχι", False, "el", False), ("Ναι", True, "el", False), ("Όχι", False, "el", False),
    ("да", True, "ru", False), ("нет", False, "ru", False),
    ("taip", True, "lt", False), ("jā", True, "lv", False), ("nē", False, "lv", False),
    ("já", True, "is", False),
    ("po", True, "sq", False), ("jo", False, "sq", False),
    ("oo", True, "tl", False), ("hindi", False, "tl", False),
    ("ya", True, "id", False), ("tidak", False, "id", False),
    ("ndiyo", True, "sw", False), ("hapana", False, "sw", False),
    ("có", True, "vi", False), ("không", False, "vi", False),
    ("はい", True, "ja", False), ("いいえ", False, "ja", False),
    ("是", True, "zh", False), ("否", False, "zh", False),
    ("예", True, "ko", False), ("아니요", False, "ko", False),
    ("כן", True, "he", False), ("לא", False, "he", False),
    ("نعم", True, "ar", False), ("لا", False, "ar", False),
    ("Y", True, "letter", False), ("N", False, "letter", False),
    ("✓", True, "mark", False), ("✗", False, "mark", False), ("✔", True, "mark", False), ("✘", False, "mark", False),
    ("[x]", True, "box", False), ("[ ]", False, "box", True), ("☑", True, "box", False), ("☐", False, "box", False),
    ("yep", True, "en", False), ("nope", False, "en", False), ("nah", False, "en", False), ("yup", True, "en", False),
    ("aye", True, "en", False), ("nay", False, "en", False),
    ("affirmative", True, "en", False), ("negative", False, "en", False),
    ("absolutely", True, "en", False), ("not at all", False, "en", False), ("by no means", False, "en", False),
    ("of course", True, "en", False), ("certainly not", False, "en", False),
    ("definitely not", False, "en", False), ("no, never", False, "en", False),
    ("jawohl", True, "de", False), ("keineswegs", False, "de", False), ("auf keinen Fall", False, "de", False),
    ("på ingen måte", False, "no", False), ("absolument pas", False, "fr", False), ("pas du tout", False, "fr", False),
    ("en absoluto", False, "es", False), ("für nein", False, "x", True),
    ("ingen", False, "no", False), ("keine", False, "de", False), ("aucun", False, "fr", False),
]


def r185_part1():
    j = 0
    yes = [w for w in r185_YN if w[1] and not w[3]]
    no = [w for w in r185_YN if not w[1] and not w[3]]
    for (w, t, lang, arg) in r185_YN:
        for (key, label, q) in R.sample(r185_BOOLS, 2):
            sch = S({"name": "string", key: "boolean"})
            for cont in r185_CONTS:
                j += 1
                nm = r185_nm()
                ins = r185_ins(q, j)
                txt = r185_fields(nm, [(label, w)], cont)
                # single: the model reads the word the other way round
                r185_add("single", "d185-yn-s-%d-%s" % (j, cont), "r185_yn_single", ins + "\n\n" + txt, sch,
                         {"name": nm, key: t}, [{"name": nm, key: not t}, {"name": nm, key: t},
                                                 {"name": nm, key: t}], arg=arg)
                # pair: base with the plain English word of the same truth, variant with the opposite foreign word
                if cont in ("L", "O", "Y") and not arg:
                    nm2 = r185_nm()
                    opp = R.choice(no if t else yes)
                    b_txt = r185_fields(nm2, [(label, opp[0])], cont)
                    v_txt = r185_fields(nm2, [(label, w)], cont)
                    bid = "d185-yn-b-%d-%s" % (j, cont)
                    r185_add("base", bid, "r185_yn_base", ins + "\n\n" + b_txt, sch, {"name": nm2, key: not t},
                             [{"name": nm2, key: not t}])
                    r185_add("pair", "d185-yn-v-%d-%s" % (j, cont), "r185_yn", ins + "\n\n" + v_txt, sch,
                             {"name": nm2, key: t}, [{"name": nm2, key: not t}, {"name": nm2, key: t}])


# ----------------------------------------------------------------------------------- part 2: negated labels
# (key, q, positive label, [negated labels]) -- "NegLabel: yes" means key false
r185_NEG = [
    ("smoker", "smoker", "Smoker", ["Non-smoker", "Nonsmoker", "Non smoker", "Nichtraucher", "Ikke-røyker",
                                    "Non-fumeur", "No fumador", "Icke-rökare", "Niepalący", "Ex-smoker",
                                    "Former smoker", "Quit smoking", "Smoke-free"]),
    ("fragile", "whether it is fragile", "Fragile", ["Not fragile", "Unbreakable", "Shatterproof", "Bruchsicher",
                                                     "Unzerbrechlich", "Nicht zerbrechlich", "Ikke skjør",
                                                     "Non fragile", "Robust", "Break-proof", "Infragile"]),
    ("refundable", "whether it is refundable", "Refundable", ["Non-refundable", "Nonrefundable", "Unrefundable",
                                                              "Not refundable", "Nicht erstattbar",
                                                              "Ikke refunderbar", "Non remboursable",
                                                              "No reembolsable", "Final sale", "Refund excluded"]),
    ("has_pets", "whether they have pets", "Pets", ["No pets", "Pet-free", "Keine Haustiere", "Ingen dyr",
                                                    "Pas d'animaux", "Sin mascotas", "Petless", "Pets excluded"]),
    ("contains_gluten", "whether it contains gluten", "Gluten", ["Gluten-free", "Glutenfrei", "Glutenfri",
                                                                  "Sans gluten", "Sin gluten", "Senza glutine",
                                                                  "GF", "Free from gluten", "No gluten"]),
    ("contains_alcohol", "whether it contains alcohol", "Alcohol", ["Alcohol-free", "Alkoholfrei",
                                                                     "Alkoholfri", "Sans alcool", "Sin alcohol",
                                                                     "Non-alcoholic", "Zero alcohol", "0.0%"]),
    ("contains_nuts", "whether it contains nuts", "Nuts", ["Nut-free", "Nussfrei", "Nøttefri", "Sans noix",
                                                           "Free from nuts", "No nuts"]),
    ("smoking_room", "smoking room", "Smoking room", ["Non-smoking room", "Nichtraucherzimmer", "Røykfritt rom",
                                                      "Chambre non-fumeur", "Smoke-free room"]),
    ("paid", "whether it is paid", "Paid", ["Unpaid", "Not paid", "Unbezahlt", "Ubetalt", "Impayé", "Outstanding",
                                            "Overdue"]),
    ("insured", "insured", "Insured", ["Uninsured", "Not insured", "Unversichert", "Uforsikret", "Non assuré"]),
    ("available", "availability", "Available", ["Unavailable", "Not available", "Sold out", "Out of stock",
                                                 "Nicht verfügbar", "Utsolgt", "Indisponible"]),
    ("signed", "whether it is signed", "Signed", ["Unsigned", "Not signed", "Unsigniert", "Usignert",
                                                  "Non signé"]),
]


def r185_part2():
    j = 0
    for (key, q, pos, negs) in r185_NEG:
        sch = S({"name": "string", key: "boolean"})
        for neg in negs:
            for cont in r185_CONTS + ["W"]:
                for yw in ["yes", "ja", "true", "✓", "x"]:
                    if yw != "yes" and cont != "L":
                        continue
                    j += 1
                    nm = r185_nm()
                    ins = r185_ins(q, j)
                    b_txt = r185_fields(nm, [(pos, yw)], cont)
                    v_txt = r185_fields(nm, [(neg, yw)], cont)
                    r185_add("base", "d185-ng-b-%d-%s" % (j, cont), "r185_ng_base", ins + "\n\n" + b_txt, sch,
                             {"name": nm, key: True}, [{"name": nm, key: True}])
                    arg = neg in ("Robust", "GF", "0.0%", "Final sale", "Outstanding", "Overdue", "Quit smoking",
                                  "Ex-smoker", "Former smoker") or yw == "x"
                    r185_add("pair", "d185-ng-v-%d-%s" % (j, cont), "r185_ng", ins + "\n\n" + v_txt, sch,
                             {"name": nm, key: False}, [{"name": nm, key: True}, {"name": nm, key: False}], arg=arg)
                    # single: the negated label alone, the model forgets the negation
                    nm3 = r185_nm()
                    s_txt = r185_fields(nm3, [(neg, yw)], cont)
                    r185_add("single", "d185-ng-s-%d-%s" % (j, cont), "r185_ng_single", ins + "\n\n" + s_txt, sch,
                             {"name": nm3, key: False}, [{"name": nm3, key: True}, {"name": nm3, key: False},
                                                         {"name": nm3, key: False}], arg=arg)
                    # single: "Pos: no" under a negated label too ("Non-smoker: no" -> smoker true)
                    if yw == "yes":
                        nm4 = r185_nm()
                        s2 = r185_fields(nm4, [(neg, "no")], cont)
                        r185_add("single", "d185-ngn-s-%d-%s" % (j, cont), "r185_ngn_single", ins + "\n\n" + s2,
                                 sch, {"name": nm4, key: True},
                                 [{"name": nm4, key: False}, {"name": nm4, key: True}, {"name": nm4, key: True}],
                                 arg=True)


# ----------------------------------------------------------------------------------- part 3: value words of state
# (key, label, q, value text, truth, arguable)
r185_STATE = [
    ("smoker", "Smoker", "smoker", "quit in 2019", False, False),
    ("smoker", "Smoker", "smoker", "former", False, False),
    ("smoker", "Smoker", "smoker", "ex-smoker", False, False),
    ("smoker", "Smoker", "smoker", "stopped 2015", False, False),
    ("smoker", "Smoker", "smoker", "used to", False, False),
    ("smoker", "Smoker", "smoker", "no longer", False, False),
    ("smoker", "Smoker", "smoker", "gave up", False, False),
    ("smoker", "Smoker", "smoker", "früher", False, False),
    ("smoker", "Smoker", "smoker", "tidligere", False, False),
    ("smoker", "Smoker", "smoker", "daily", True, False),
    ("smoker", "Smoker", "smoker", "10 a day", True, False),
    ("has_pets", "Pets", "whether they have pets", "none, but a cat sitter visits", False, False),
    ("has_pets", "Pets", "whether they have pets", "had a cat", False, False),
    ("has_pets", "Pets", "whether they have pets", "cat (deceased)", False, False),
    ("has_pets", "Pets", "whether they have pets", "a dog", True, False),
    ("has_pets", "Pets", "whether they have pets", "two cats", True, False),
    ("has_pets", "Pets", "whether they have pets", "allergic to pets", False, False),
    ("has_pets", "Pets", "whether they have pets", "none", False, False),
    ("has_pets", "Pets", "whether they have pets", "0", False, False),
    ("has_pets", "Pets", "whether they have pets", "keine", False, False),
    ("paid", "Paid", "whether it is paid", "not yet", False, False),
    ("paid", "Paid", "whether it is paid", "pending", False, False),
    ("paid", "Paid", "whether it is paid", "due 3 May", False, False),
    ("paid", "Paid", "whether it is paid", "partly", False, True),
    ("paid", "Paid", "whether it is paid", "in full", True, False),
    ("paid", "Paid", "whether it is paid", "0.00 of 120.00", False, False),
    ("paid", "Paid", "whether it is paid", "noch nicht", False, False),
    ("paid", "Paid", "whether it is paid", "ikke ennå", False, False),
    ("paid", "Paid", "whether it is paid", "pas encore", False, False),
    ("paid", "Paid", "whether it is paid", "todavía no", False, False),
    ("paid", "Paid", "whether it is paid", "bounced", False, False),
    ("paid", "Paid", "whether it is paid", "reversed", False, False),
    ("paid", "Paid", "whether it is paid", "awaiting", False, False),
    ("refunded", "Refund", "whether it was refunded", "declined", False, False),
    ("refunded", "Refund", "whether it was refunded", "requested", False, False),
    ("refunded", "Refund", "whether it was refunded", "pending", False, False),
    ("refunded", "Refund", "whether it was refunded", "rejected", False, False),
    ("refunded", "Refund", "whether it was refunded", "denied", False, False),
    ("refunded", "Refund", "whether it was refunded", "abgelehnt", False, False),
    ("refunded", "Refund", "whether it was refunded", "avslått", False, False),
    ("refunded", "Refund", "whether it was refunded", "issued", True, False),
    ("refunded", "Refund", "whether it was refunded", "sent 3 May", True, False),
    ("insured", "Insurance", "insured", "expired", False, False),
    ("insured", "Insurance", "insured", "lapsed", False, False),
    ("insured", "Insurance", "insured", "cancelled", False, False),
    ("insured", "Insurance", "insured", "valid", True, False),
    ("insured", "Insurance", "insured", "abgelaufen", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "extra charge", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "15.00 extra", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "not included", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "included", True, False),
    ("breakfast_included", "Breakfast", "breakfast included", "inklusive", True, False),
    ("breakfast_included", "Breakfast", "breakfast included", "inkludert", True, False),
    ("breakfast_included", "Breakfast", "breakfast included", "ikke inkludert", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "nicht inbegriffen", False, False),
    ("breakfast_included", "Breakfast", "breakfast included", "en supplément", False, False),
    ("free_wifi", "Wi-Fi", "free wifi", "paid", False, False),
    ("free_wifi", "Wi-Fi", "free wifi", "5.00 per day", False, False),
    ("free_wifi", "Wi-Fi", "free wifi", "free", True, False),
    ("free_wifi", "Wi-Fi", "free wifi", "gratis", True, False),
    ("free_wifi", "Wi-Fi", "free wifi", "kostenpflichtig", False, False),
    ("fragile", "Fragile", "whether it is fragile", "not really", False, False),
    ("fragile", "Fragile", "whether it is fragile", "handle normally", False, False),
    ("fragile", "Handling", "whether it is fragile", "fragile", True, False),
    ("fragile", "Handling", "whether it is fragile", "not fragile", False, False),
    ("fragile", "Handling", "whether it is fragile", "standard", False, False),
    ("fragile", "Label", "whether it is fragile", "Do not bend", False, True),
    ("shipped", "Shipped", "whether it has shipped", "not yet", False, False),
    ("shipped", "Shipped", "whether it has shipped", "awaiting stock", False, False),
    ("shipped", "Shipped", "whether it has shipped", "on hold", False, False),
    ("shipped", "Shipped", "whether it has shipped", "3 May", True, False),
    ("shipped", "Dispatch", "whether it has shipped", "scheduled 9 May", False, False),
    ("shipped", "Dispatch", "whether it has shipped", "done", True, False),
    ("active", "Status", "whether it is active", "inactive", False, False),
    ("active", "Status", "whether it is active", "deactivated", False, False),
    ("active", "Status", "whether it is active", "suspended", False, False),
    ("active", "Status", "whether it is active", "active", True, False),
    ("active", "Status", "whether it is active", "not active", False, False),
    ("active", "Status", "whether it is active", "aktiv", True, False),
    ("active", "Status", "whether it is active", "inaktiv", False, False),
    ("married", "Civil status", "married", "divorced", False, False),
    ("married", "Civil status", "married", "widowed", False, False),
    ("married", "Civil status", "married", "single", False, False),
    ("married", "Civil status", "married", "married", True, False),
    ("married", "Civil status", "married", "geschieden", False, False),
    ("married", "Civil status", "married", "gift", True, False),
    ("married", "Civil status", "married", "ugift", False, False),
    ("married", "Married", "married", "divorced 2020", False, False),
    ("married", "Married", "married", "separated", False, True),
]


def r185_part3():
    j = 0
    for (key, label, q, val, t, arg) in r185_STATE:
        sch = S({"name": "string", key: "boolean"})
        for cont in r185_CONTS + ["W"]:
            for rep in range(2):
                j += 1
                nm = r185_nm()
                ins = r185_ins(q, j)
                txt = r185_fields(nm, [(label, val)], cont)
                r185_add("single", "d185-st-s-%d-%s" % (j, cont), "r185_st_single", ins + "\n\n" + txt, sch,
                         {"name": nm, key: t}, [{"name": nm, key: not t}, {"name": nm, key: t},
                                                 {"name": nm, key: t}], arg=arg)
                if rep == 1:
                    continue
                # pair: a plain base "Label: yes/no" stored, then the state word
                nm2 = r185_nm()
                b_txt = r185_fields(nm2, [(label, "yes" if not t else "no")], cont)
                v_txt = r185_fields(nm2, [(label, val)], cont)
                r185_add("base", "d185-st-b-%d-%s" % (j, cont), "r185_st_base", ins + "\n\n" + b_txt, sch,
                         {"name": nm2, key: not t}, [{"name": nm2, key: not t}])
                r185_add("pair", "d185-st-v-%d-%s" % (j, cont), "r185_st", ins + "\n\n" + v_txt, sch,
                         {"name": nm2, key: t}, [{"name": nm2, key: not t}, {"name": nm2, key: t}], arg=arg)
                # safe: an unrelated sentence above the record
                if cont == "L":
                    s_txt = "Please process the following record today.\n" + r185_fields(
                        nm2, [(label, "yes" if not t else "no")], cont)
                    r185_add("safe", "d185-st-ok-%d-%s" % (j, cont), "r185_st_safe",
                             r185_SAFE_INS[j % 3].format(q=q) + "\n\n" + s_txt, sch, {"name": nm2, key: not t},
                             [{"name": nm2, key: not t}])


# ----------------------------------------------------------------------------------- part 4: enums from synonyms
# (key, enum, label, [(text word, right value, wrong value the model picks, arguable)])
r185_ENUMS = [
    ("status", ["open", "closed"], "Status", [
        ("resolved", "closed", "open", False), ("done", "closed", "open", False), ("fixed", "closed", "open", False),
        ("reopened", "open", "closed", False), ("not closed", "open", "closed", False),
        ("no longer open", "closed", "open", False), ("closed → reopened", "open", "closed", True),
        ("geschlossen", "closed", "open", False), ("lukket", "closed", "open", False), ("fermé", "closed", "open", False),
        ("offen", "open", "closed", False), ("åpen", "open", "closed", False), ("ouvert", "open", "closed", False),
        ("in progress", "open", "closed", False), ("pending", "open", "closed", False),
        ("unresolved", "open", "closed", False), ("won't fix", "closed", "open", False),
        ("open: no", "closed", "open", False), ("closed: no", "open", "closed", False),
        ("was open", "closed", "open", True), ("formerly closed", "open", "closed", True),
    ]),
    ("shipping_status", ["pending", "shipped", "delivered"], "Shipping", [
        ("dispatched", "shipped", "pending", False), ("sent", "shipped", "pending", False),
        ("in transit", "shipped", "delivered", False), ("on its way", "shipped", "delivered", False),
        ("versendet", "shipped", "pending", False), ("sendt", "shipped", "pending", False),
        ("expédié", "shipped", "pending", False), ("received", "delivered", "shipped", False),
        ("zugestellt", "delivered", "shipped", False), ("levert", "delivered", "shipped", False),
        ("livré", "delivered", "shipped", False), ("handed over", "delivered", "shipped", False),
        ("not yet shipped", "pending", "shipped", False), ("not shipped", "pending", "shipped", False),
        ("awaiting dispatch", "pending", "shipped", False), ("processing", "pending", "shipped", False),
        ("shipped? not yet", "pending", "shipped", False), ("not delivered", "shipped", "delivered", True),
        ("delivery failed", "shipped", "delivered", True), ("ikke sendt", "pending", "shipped", False),
        ("nicht versendet", "pending", "shipped", False),
    ]),
    ("payment_status", ["paid", "unpaid", "partial"], "Payment", [
        ("settled", "paid", "unpaid", False), ("bezahlt", "paid", "unpaid", False), ("betalt", "paid", "unpaid", False),
        ("payé", "paid", "unpaid", False), ("outstanding", "unpaid", "paid", False), ("overdue", "unpaid", "paid", False),
        ("due", "unpaid", "paid", False), ("not paid", "unpaid", "paid", False), ("ubetalt", "unpaid", "paid", False),
        ("offen", "unpaid", "paid", False), ("partly paid", "partial", "paid", False),
        ("deposit paid", "partial", "paid", False), ("half paid", "partial", "paid", False),
        ("teilweise bezahlt", "partial", "paid", False), ("delvis betalt", "partial", "paid", False),
        ("paid in part", "partial", "paid", False), ("paid: no", "unpaid", "paid", False),
        ("not yet paid", "unpaid", "paid", False), ("paid (refunded)", "unpaid", "paid", True),
        ("ikke betalt", "unpaid", "paid", False), ("nicht bezahlt", "unpaid", "paid", False),
    ]),
    ("gender", ["male", "female"], "Sex", [
        ("M", "male", "female", False), ("F", "female", "male", False), ("m", "male", "female", False),
        ("w", "female", "male", False), ("weiblich", "female", "male", False), ("männlich", "male", "female", False),
        ("mann", "male", "female", False), ("kvinne", "female", "male", False), ("femme", "female", "male", False),
        ("homme", "male", "female", False), ("not male", "female", "male", True),
    ]),
    ("room_type", ["single", "double", "twin"], "Room", [
        ("Einzelzimmer", "single", "double", False), ("Doppelzimmer", "double", "single", False),
        ("enkeltrom", "single", "double", False), ("dobbeltrom", "double", "single", False),
        ("two single beds", "twin", "single", False), ("2 singles", "twin", "single", False),
        ("one double bed", "double", "single", False), ("not double", "single", "double", True),
        ("double for single use", "double", "single", True), ("chambre simple", "single", "double", False),
    ]),
]


def r185_part4():
    j = 0
    for (key, enum, label, words) in r185_ENUMS:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        q = key.replace("_", " ")
        for (w, right, wrong, arg) in words:
            for cont in r185_CONTS + ["W"]:
                for rep in range(2):
                    j += 1
                    nm = r185_nm()
                    ins = r185_ins(q, j)
                    txt = r185_fields(nm, [(label, w)], cont)
                    r185_add("single", "d185-en-s-%d-%s" % (j, cont), "r185_en_single", ins + "\n\n" + txt, sch,
                             {"name": nm, key: right}, [{"name": nm, key: wrong}, {"name": nm, key: right},
                                                         {"name": nm, key: right}], arg=arg)
                    if rep:
                        continue
                    nm2 = r185_nm()
                    b_txt = r185_fields(nm2, [(label, wrong)], cont)
                    v_txt = r185_fields(nm2, [(label, w)], cont)
                    r185_add("base", "d185-en-b-%d-%s" % (j, cont), "r185_en_base", ins + "\n\n" + b_txt, sch,
                             {"name": nm2, key: wrong}, [{"name": nm2, key: wrong}])
                    r185_add("pair", "d185-en-v-%d-%s" % (j, cont), "r185_en", ins + "\n\n" + v_txt, sch,
                             {"name": nm2, key: right}, [{"name": nm2, key: wrong}, {"name": nm2, key: right}],
                             arg=arg)


# ----------------------------------------------------------------------------------- part 5: counts and sums in a field
# (key, q, label, stated base value text, base value, variant value text, variant value, model's wrong, type, arg)
r185_CNT = [
    ("guests", "number of guests", "Guests", "2 adults", 2, "2 adults + 1 child", 3, 2, "integer", False),
    ("guests", "number of guests", "Guests", "2 adults", 2, "2 adults, 1 child", 3, 2, "integer", False),
    ("guests", "number of guests", "Guests", "2", 2, "2 + 1", 3, 2, "integer", False),
    ("guests", "number of guests", "Guests", "2", 2, "2 (+1 child)", 3, 2, "integer", False),
    ("guests", "number of guests", "Persons", "2 Erwachsene", 2, "2 Erwachsene, 1 Kind", 3, 2, "integer", False),
    ("guests", "number of guests", "Personer", "2 voksne", 2, "2 voksne og 1 barn", 3, 2, "integer", False),
    ("number_of_children", "number of children", "Children", "Ana, Bo", 2, "Ana, Bo, Cy", 3, 2, "integer", False),
    ("number_of_children", "number of children", "Children", "2 boys", 2, "2 boys and 1 girl", 3, 2, "integer", False),
    ("number_of_children", "number of children", "Children", "2", 2, "2 (and twins on the way)", 2, 4, "integer", True),
    ("number_of_children", "number of children", "Kinder", "zwei", 2, "drei", 3, 2, "integer", False),
    ("number_of_children", "number of children", "Barn", "to", 2, "tre", 3, 2, "integer", False),
    ("number_of_children", "number of children", "Children", "two", 2, "twelve", 12, 2, "integer", False),
    ("number_of_pets", "number of pets", "Pets", "1 dog", 1, "1 dog, 2 cats", 3, 1, "integer", False),
    ("number_of_pets", "number of pets", "Pets", "1 dog", 1, "1 dog and 1 cat", 2, 1, "integer", False),
    ("rooms", "number of rooms", "Rooms", "2 double", 2, "2 double + 1 single", 3, 2, "integer", False),
    ("rooms", "number of rooms", "Rooms", "2", 2, "2 x 2", 4, 2, "integer", True),
    ("nights", "number of nights", "Nights", "3", 3, "3 + 2 extra", 5, 3, "integer", False),
    ("nights", "number of nights", "Nights", "3", 3, "3 (extended to 5)", 5, 3, "integer", False),
    ("nights", "number of nights", "Stay", "3 nights", 3, "3 nights + 1", 4, 3, "integer", False),
    ("nights", "number of nights", "Stay", "3 nights", 3, "1 week", 7, 1, "integer", False),
    ("nights", "number of nights", "Stay", "3 nights", 3, "2 weeks", 14, 2, "integer", False),
    ("nights", "number of nights", "Stay", "a week", 7, "a fortnight", 14, 7, "integer", False),
    ("tickets", "number of tickets", "Tickets", "2 adult", 2, "2 adult, 2 child", 4, 2, "integer", False),
    ("item_count", "item count", "Items", "Lamp, Cable", 2, "Lamp, Cable, Mouse", 3, 2, "integer", False),
    ("item_count", "item count", "Items", "2", 2, "2 + 1 free", 3, 2, "integer", True),
    ("quantity", "quantity", "Quantity", "2 boxes", 2, "2 dozen", 24, 2, "integer", False),
    ("quantity", "quantity", "Quantity", "12", 12, "a dozen", 12, 1, "integer", False),
    ("quantity", "quantity", "Quantity", "2 pairs", 2, "2 pairs (4 pcs)", 2, 4, "integer", True),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 x 2", 90.0, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "2 × 45.00", 90.0, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 each (2 pcs)", 90.0, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 per night, 3 nights", 135.0, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 + 15.00 shipping", 60.0, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 + VAT 25%", 56.25, 45.0, "number", False),
    ("total_price", "total price", "Price", "45.00", 45.0, "45.00 - 10.00 discount", 35.0, 45.0, "number", False),
    ("total_price", "total price", "Total", "45.00", 45.0, "45.00 + 15.00", 60.0, 45.0, "number", False),
    ("total", "total", "Total", "120.00", 120.0, "120.00 (before 20.00 discount)", 100.0, 120.0, "number", False),
    ("total", "total", "Total", "120.00", 120.0, "120.00 + 15.00 shipping", 135.0, 120.0, "number", False),
    ("total", "total", "Total", "120.00", 120.0, "100.00 + 20.00", 120.0, 100.0, "number", False),
    ("total", "total", "Sum", "120.00", 120.0, "2 x 60.00", 120.0, 60.0, "number", False),
    ("duration_minutes", "duration in minutes", "Duration", "90 min", 90, "1 h 30 min", 90, 1, "integer", False),
    ("duration_minutes", "duration in minutes", "Duration", "90 min", 90, "1.5 h", 90, 1.5, "number", False),
    ("duration_minutes", "duration in minutes", "Duration", "90 min", 90, "90 min + 15 min break", 105, 90,
     "integer", False),
    ("duration_minutes", "duration in minutes", "Duration", "45 min", 45, "2 x 45 min", 90, 45, "integer", False),
    ("age", "age", "Age", "41", 41, "41 (42 next week)", 41, 42, "integer", True),
    ("age", "age", "Age", "41", 41, "41 years 11 months", 41, 11, "integer", False),
    ("age", "age", "Age", "41", 41, "4 months", 0, 4, "integer", False),
    ("age", "age", "Age", "41", 41, "18 months", 1, 18, "integer", False),
    ("age", "age", "Age", "6", 6, "6 weeks", 0, 6, "integer", False),
    ("age", "age", "Age", "41", 41, "mid-forties", 45, 41, "integer", True),
]


def r185_part5():
    j = 0
    for (key, q, label, bt, bv, vt, vv, wrong, typ, arg) in r185_CNT:
        sch = S({"name": "string", key: typ})
        for cont in r185_CONTS + ["W"]:
            for rep in range(3):
                j += 1
                nm = r185_nm()
                ins = r185_ins(q, j)
                if rep < 2:
                    # single: the variant's text, the model copies the first number
                    txt = r185_fields(nm, [(label, vt)], cont)
                    r185_add("single", "d185-ct-s-%d-%s" % (j, cont), "r185_ct_single", ins + "\n\n" + txt, sch,
                             {"name": nm, key: vv}, [{"name": nm, key: wrong}, {"name": nm, key: vv},
                                                      {"name": nm, key: vv}], arg=arg)
                    continue
                b_txt = r185_fields(nm, [(label, bt)], cont)
                v_txt = r185_fields(nm, [(label, vt)], cont)
                r185_add("base", "d185-ct-b-%d-%s" % (j, cont), "r185_ct_base", ins + "\n\n" + b_txt, sch,
                         {"name": nm, key: bv}, [{"name": nm, key: bv}])
                if vv == bv:
                    r185_add("pair", "d185-ct-v-%d-%s" % (j, cont), "r185_ct_same", ins + "\n\n" + v_txt, sch,
                             {"name": nm, key: vv}, [{"name": nm, key: vv}], arg=arg)
                else:
                    r185_add("pair", "d185-ct-v-%d-%s" % (j, cont), "r185_ct", ins + "\n\n" + v_txt, sch,
                             {"name": nm, key: vv}, [{"name": nm, key: bv}, {"name": nm, key: vv}], arg=arg)
                if cont == "L":
                    s_txt = r185_fields(nm, [(label, bt)], cont).replace(": ", ":   ")
                    r185_add("safe", "d185-ct-ok-%d-%s" % (j, cont), "r185_ct_safe",
                             r185_SAFE_INS[j % 3].format(q=q) + "\n\n" + s_txt, sch, {"name": nm, key: bv},
                             [{"name": nm, key: bv}])


# ----------------------------------------------------------------------------------- part 6: sources beside a stated value
# a stated derived value beside its sources; the variant changes one source and the stated value with it
def r185_part6():
    j = 0
    for cont in r185_CONTS:
        for rep in range(12):
            j += 1
            nm = r185_nm()
            # nights from dates, stated
            d1 = R.randint(1, 20)
            n1 = R.randint(2, 6)
            n2 = n1 + R.choice([1, 2])
            sch = S({"name": "string", "nights": "integer"})
            ins = r185_ins("number of nights", j)
            b = r185_fields(nm, [("Check-in", "%d May 2026" % d1), ("Check-out", "%d May 2026" % (d1 + n1)),
                                 ("Nights", str(n1))], cont)
            v = r185_fields(nm, [("Check-in", "%d May 2026" % d1), ("Check-out", "%d May 2026" % (d1 + n2)),
                                 ("Nights", str(n2))], cont)
            r185_add("base", "d185-dt-b-%d-%s" % (j, cont), "r185_dt_base", ins + "\n\n" + b, sch,
                     {"name": nm, "nights": n1}, [{"name": nm, "nights": n1}])
            r185_add("pair", "d185-dt-v-%d-%s" % (j, cont), "r185_dt", ins + "\n\n" + v, sch,
                     {"name": nm, "nights": n2}, [{"name": nm, "nights": n1}, {"name": nm, "nights": n2}])
            # nights from dates, not stated: single, the model gives the check-out day or counts inclusively
            nm2 = r185_nm()
            t = r185_fields(nm2, [("Check-in", "%d May 2026" % d1), ("Check-out", "%d May 2026" % (d1 + n1))], cont)
            r185_add("single", "d185-dt-s-%d-%s" % (j, cont), "r185_dt_single", ins + "\n\n" + t, sch,
                     {"name": nm2, "nights": n1}, [{"name": nm2, "nights": R.choice([n1 + 1, d1 + n1, d1])},
                                                   {"name": nm2, "nights": n1}, {"name": nm2, "nights": n1}])
            # age from born + today, not stated
            nm3 = r185_nm()
            by = R.randint(1950, 2000)
            bd = R.randint(2, 27)
            age = 2026 - by - (1 if bd > 10 else 0)
            sch_a = S({"name": "string", "age": "integer"})
            t = r185_fields(nm3, [("Born", "%02d.06.%d" % (bd, by)), ("Today", "10.06.2026")], cont)
            wrong = 2026 - by if bd > 10 else 2026 - by - 1
            r185_add("single", "d185-ag-s-%d-%s" % (j, cont), "r185_ag_single", r185_ins("age", j) + "\n\n" + t,
                     sch_a, {"name": nm3, "age": age}, [{"name": nm3, "age": wrong}, {"name": nm3, "age": age},
                                                        {"name": nm3, "age": age}])
            # age stated beside born: the variant changes born and age together
            nm4 = r185_nm()
            b = r185_fields(nm4, [("Born", "%02d.06.%d" % (bd, by)), ("Age", str(age))], cont)
            v = r185_fields(nm4, [("Born", "%02d.06.%d" % (bd, by - 1)), ("Age", str(age + 1))], cont)
            r185_add("base", "d185-ag-b-%d-%s" % (j, cont), "r185_ag_base", r185_ins("age", j) + "\n\n" + b, sch_a,
                     {"name": nm4, "age": age}, [{"name": nm4, "age": age}])
            r185_add("pair", "d185-ag-v-%d-%s" % (j, cont), "r185_ag", r185_ins("age", j) + "\n\n" + v, sch_a,
                     {"name": nm4, "age": age + 1}, [{"name": nm4, "age": age}, {"name": nm4, "age": age + 1}])
            # totals: line items + stated total; variant changes one price and the total
            nm5 = r185_nm()
            p1 = R.randint(10, 90)
            p2 = R.randint(10, 90)
            p2b = p2 + R.choice([5, 10, 20])
            sch_t = S({"name": "string", "total_price": "number"})
            b = r185_fields(nm5, [("Lamp", "%d.00" % p1), ("Cable", "%d.00" % p2), ("Total", "%d.00" % (p1 + p2))],
                            cont)
            v = r185_fields(nm5, [("Lamp", "%d.00" % p1), ("Cable", "%d.00" % p2b),
                                  ("Total", "%d.00" % (p1 + p2b))], cont)
            r185_add("base", "d185-tt-b-%d-%s" % (j, cont), "r185_tt_base", r185_ins("total price", j) + "\n\n" + b,
                     sch_t, {"name": nm5, "total_price": p1 + p2}, [{"name": nm5, "total_price": p1 + p2}])
            r185_add("pair", "d185-tt-v-%d-%s" % (j, cont), "r185_tt", r185_ins("total price", j) + "\n\n" + v,
                     sch_t, {"name": nm5, "total_price": p1 + p2b},
                     [{"name": nm5, "total_price": p1 + p2}, {"name": nm5, "total_price": p1 + p2b}])
            # totals not stated: subtotal + shipping, the model copies the subtotal
            nm6 = r185_nm()
            lab = R.choice(["Subtotal", "Zwischensumme", "Delsum", "Sous-total", "Items", "Goods", "Net"])
            sh = R.choice([5, 9, 15])
            t = r185_fields(nm6, [(lab, "%d.00" % (p1 + p2)), ("Shipping", "%d.00" % sh)], cont)
            r185_add("single", "d185-tt-s-%d-%s" % (j, cont), "r185_tt_single",
                     r185_ins("total price", j) + "\n\n" + t, sch_t, {"name": nm6, "total_price": p1 + p2 + sh},
                     [{"name": nm6, "total_price": p1 + p2}, {"name": nm6, "total_price": p1 + p2 + sh},
                      {"name": nm6, "total_price": p1 + p2 + sh}])
            # count from a list with a stated count that agrees; variant removes an item and the count
            nm7 = r185_nm()
            kids = [r185_word(2).capitalize() for _ in range(4)]
            sch_c = S({"name": "string", "number_of_children": "integer"})
            b = r185_fields(nm7, [("Children", ", ".join(kids[:3])), ("Number of children", "3")], cont)
            v = r185_fields(nm7, [("Children", ", ".join(kids[:4])), ("Number of children", "4")], cont)
            r185_add("base", "d185-cl-b-%d-%s" % (j, cont), "r185_cl_base",
                     r185_ins("number of children", j) + "\n\n" + b, sch_c, {"name": nm7, "number_of_children": 3},
                     [{"name": nm7, "number_of_children": 3}])
            r185_add("pair", "d185-cl-v-%d-%s" % (j, cont), "r185_cl",
                     r185_ins("number of children", j) + "\n\n" + v, sch_c, {"name": nm7, "number_of_children": 4},
                     [{"name": nm7, "number_of_children": 3}, {"name": nm7, "number_of_children": 4}])
            # count from a list, not stated: model miscounts
            nm8 = r185_nm()
            t = r185_fields(nm8, [("Children", ", ".join(kids[:3]))], cont)
            r185_add("single", "d185-cl-s-%d-%s" % (j, cont), "r185_cl_single",
                     r185_ins("number of children", j) + "\n\n" + t, sch_c, {"name": nm8, "number_of_children": 3},
                     [{"name": nm8, "number_of_children": 2}, {"name": nm8, "number_of_children": 3},
                      {"name": nm8, "number_of_children": 3}])


# ----------------------------------------------------------------------------------- part 7: prose booleans
r185_PROSE = [
    ("has_pets", "whether they have pets", "%s has no pets, but a cat sitter visits on Fridays.", False),
    ("has_pets", "whether they have pets", "%s had a cat until last year.", False),
    ("has_pets", "whether they have pets", "%s has a cat.", True),
    ("has_pets", "whether they have pets", "%s is looking after a neighbour's dog this week.", False),
    ("smoker", "smoker", "%s quit smoking in 2019.", False),
    ("smoker", "smoker", "%s smokes.", True),
    ("smoker", "smoker", "%s smoked for ten years.", False),
    ("smoker", "smoker", "%s does not smoke.", False),
    ("smoker", "smoker", "%s never smoked.", False),
    ("paid", "whether it is paid", "%s has not paid yet.", False),
    ("paid", "whether it is paid", "%s paid the deposit only.", False),
    ("paid", "whether it is paid", "%s has paid.", True),
    ("married", "married", "%s was married until 2020.", False),
    ("married", "married", "%s got divorced last year.", False),
    ("married", "married", "%s is married.", True),
    ("employed", "employed", "%s retired in March.", False),
    ("employed", "employed", "%s was laid off in May.", False),
    ("employed", "employed", "%s works at the harbour.", True),
]


def r185_part7():
    j = 0
    for (key, q, sent, t) in r185_PROSE:
        sch = S({"name": "string", key: "boolean"})
        for rep in range(6):
            j += 1
            nm = r185_nm()
            ins = r185_ins(q, j)
            txt = ["Text:\nName: %s\nRef: P-%d\n%s\n" % (nm, 1000 + j, sent % "She"),
                   "Text:\n" + sent % nm + "\n",
                   "Here is the email:\nSubject: Booking\n\nHi,\n\n" + sent % nm + "\n\nBest regards\nOffice\n"][rep % 3]
            r185_add("single", "d185-pr-s-%d" % j, "r185_pr_single", ins + "\n\n" + txt, sch, {"name": nm, key: t},
                     [{"name": nm, key: not t}, {"name": nm, key: t}, {"name": nm, key: t}])


r185_part1()
r185_part2()
r185_part3()
r185_part4()
r185_part5()
r185_part6()
r185_part7()


# ----------------------------------------------------------------------------------- part 8: a stored plain record, then
# a line or an instruction that changes the derived meaning while the member's own line stays as it was
r185_P8 = [
    # (key, typ, label, base value, base truth, enum, q, [(added lines, right, arg)], [(instruction, right, arg)])
    ("smoker", "boolean", "Smoker", "yes", True, None, "smoker",
     [("  quit in 2019", False, False), ("(until 2019)", False, False), ("Stopped: 2019", False, False),
      ("Quit date: 2019-03-01", False, False), ("Update: no longer smokes", False, False),
      ("Former: yes", False, True), ("P.S. She quit last year.", False, False),
      ("Nicotine-free since: 2019", False, False), ("Smoke-free since: 2019", False, False),
      ("Rauchfrei seit: 2019", False, False), ("Røykfri siden: 2019", False, False),
      ("→ quit 2019", False, False), ("Status: ex-smoker", False, False), ("Status: former", False, True),
      ("Correction: no", False, False), ("Korrektur: nein", False, False), ("Rettelse: nei", False, False),
      ("Verified: no", True, True), ("Since: 2019", True, False)],
     [("Extract name and smoker as JSON, with true meaning non-smoker.", False, False),
      ("Extract name and smoker as JSON (answer the opposite).", False, False),
      ("Extract name and non-smoker as JSON.", False, True),
      ("Extract name and smoker as JSON; was it ever false?", True, True)]),
    ("guests", "integer", "Guests", "2", 2, None, "guests",
     [("  + 1 child", 3, False), ("  and 1 child", 3, False), ("Additional guests: 1", 3, False),
      ("Extra guest: Di Moe", 3, False), ("Plus one: yes", 3, False), ("Children: 1", 3, True),
      ("Cancelled: 1 guest", 1, False), ("No-show: 1", 1, False), ("Storniert: 1 Gast", 1, False),
      ("Avbestilt: 1 gjest", 1, False), ("Update: one more guest", 3, False), ("(adults only)", 2, True),
      ("Guests below: Ana Berg, Bo Lie, Cy Holm", 3, True), ("Change: +1", 3, False), ("Endring: +1", 3, False)],
     [("Extract name and guests as JSON, not counting the booker.", 1, False),
      ("Extract name and guests as JSON (including the host).", 3, False),
      ("Extract name and guests as JSON, couples counted as one.", 1, True)]),
    ("nights", "integer", "Nights", "3", 3, None, "nights",
     [("Extended: +2 nights", 5, False), ("Extension: 2", 5, False), ("Late checkout: 1 extra night", 4, False),
      ("Check-out moved 2 days later", 5, False), ("  + 2 extra", 5, False), ("Verlängert: 2 Nächte", 5, False),
      ("Forlenget: 2 netter", 5, False), ("Shortened by: 1", 2, False), ("Left early: 1 night", 2, False),
      ("Days: 4", 3, True)],
     [("Extract name and nights as JSON, counting the check-out day too.", 4, False),
      ("Extract name and nights as JSON (days, not nights).", 4, False),
      ("Extract name and nights as JSON, in weeks.", 0.43, True)]),
    ("status", "string", "Status", "open", "open", ["open", "closed"], "status",
     [("Resolved: 3 May 2026", "closed", False), ("Closed on: 3 May 2026", "closed", False),
      ("Update: resolved", "closed", False), ("  → resolved 3 May", "closed", False), ("(now closed)", "closed", False),
      ("Erledigt: 3. Mai", "closed", False), ("Løst: 3. mai", "closed", False), ("Done: yes", "closed", False),
      ("Fixed in: 2.4.1", "closed", False), ("Won't fix: yes", "closed", False)],
     [("Extract name and status as JSON, as it will be after this reply closes it.", "closed", True),
      ("Extract name and status as JSON (the opposite of the text).", "closed", False)]),
    ("paid", "boolean", "Paid", "yes", True, None, "paid",
     [("Refunded: 3 May 2026", False, True), ("Charged back: yes", False, False), ("Bounced: yes", False, False),
      ("Reversed: 3 May", False, False), ("Amount paid: 0.00", False, False), ("Outstanding: 120.00", False, False),
      ("Balance due: 120.00", False, False), ("Zurückgebucht: ja", False, False), ("Tilbakeført: ja", False, False),
      ("  (deposit only)", False, True), ("Rest: 80.00 due", False, True)],
     [("Extract name and paid as JSON; true only if nothing is due.", True, True),
      ("Extract name and paid as JSON, true meaning unpaid.", False, False)]),
]


def r185_part8():
    j = 0
    for (key, typ, label, bv, bt, enum, q, adds, inss) in r185_P8:
        sch = S({"name": "string", key: ({"type": "string", "enum": enum} if enum else typ)})
        for cont in ("L", "O"):
            for rep in range(3):
                for (line, right, arg) in adds:
                    j += 1
                    nm = r185_nm()
                    ins = "Extract name and %s as JSON." % q
                    if cont == "L":
                        b = "Text:\nName: %s\n%s: %s\n" % (nm, label, bv)
                        v = b + line + "\n" if rep < 2 else "Text:\n%s\nName: %s\n%s: %s\n" % (line, nm, label, bv)
                    else:
                        b = "Record: Name: %s | %s: %s\n" % (nm, label, bv)
                        v = (b[:-1] + " | " + line.strip() + "\n") if rep < 2 else b + line.strip() + "\n"
                    r185_add("base", "d185-ad-b-%d-%s" % (j, cont), "r185_ad_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bt}, [{"name": nm, key: bt}])
                    r185_add("pair", "d185-ad-v-%d-%s" % (j, cont), "r185_ad", ins + "\n\n" + v, sch,
                             {"name": nm, key: right}, [{"name": nm, key: bt}, {"name": nm, key: right}],
                             arg=arg or right == bt)
                if rep:
                    continue
                for (ins2, right, arg) in inss:
                    j += 1
                    nm = r185_nm()
                    ins = "Extract name and %s as JSON." % q
                    b = ("Text:\nName: %s\n%s: %s\n" % (nm, label, bv) if cont == "L"
                         else "Record: Name: %s | %s: %s\n" % (nm, label, bv))
                    r185_add("base", "d185-in-b-%d-%s" % (j, cont), "r185_in_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bt}, [{"name": nm, key: bt}])
                    r185_add("pair", "d185-in-v-%d-%s" % (j, cont), "r185_in", ins2 + "\n\n" + b, sch,
                             {"name": nm, key: right}, [{"name": nm, key: bt}, {"name": nm, key: right}],
                             arg=arg or right == bt)
        # two members: one changed (the patch path), the other's line gains a remark
        sch2 = S({"name": "string", "room": "string", key: ({"type": "string", "enum": enum} if enum else typ)})
        for (line, right, arg) in adds:
            for cont in ("L", "O"):
                j += 1
                nm = r185_nm()
                ins = "Extract name, room and %s as JSON." % q
                r1, r2 = "Room %d" % R.randint(100, 499), "Room %d" % R.randint(500, 899)
                if cont == "L":
                    b = "Text:\nName: %s\nRoom: %s\n%s: %s\n" % (nm, r1, label, bv)
                    v = "Text:\nName: %s\nRoom: %s\n%s: %s\n%s\n" % (nm, r2, label, bv, line)
                else:
                    b = "Record: Name: %s | Room: %s | %s: %s\n" % (nm, r1, label, bv)
                    v = "Record: Name: %s | Room: %s | %s: %s | %s\n" % (nm, r2, label, bv, line.strip())
                r185_add("base", "d185-km-b-%d-%s" % (j, cont), "r185_km_base", ins + "\n\n" + b, sch2,
                         {"name": nm, "room": r1, key: bt}, [{"name": nm, "room": r1, key: bt}])
                r185_add("pair", "d185-km-v-%d-%s" % (j, cont), "r185_km", ins + "\n\n" + v, sch2,
                         {"name": nm, "room": r2, key: right},
                         [{"name": nm, "room": r2, key: bt}, {"name": nm, "room": r2, key: right}],
                         arg=arg or right == bt)


r185_part8()


# ----------------------------------------------------------------------------------- part 9: round 185's hole at its
# edges: a field of no member whose value is a code (version, ticket, reference) and whose label says the state changed
def r185_code():
    k = R.randint(0, 7)
    if k == 0:
        return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))
    if k == 1:
        return "v%d.%d" % (R.randint(1, 9), R.randint(0, 20))
    if k == 2:
        return "PR-%d" % R.randint(100, 9999)
    if k == 3:
        return "#%d" % R.randint(100, 9999)
    if k == 4:
        return "%s-%d" % (R.choice(["CB", "RF", "RV", "INK", "CX", "TRM", "POD", "DUP"]), R.randint(1000, 99999))
    if k == 5:
        return "%07x" % R.randint(0, 0xfffffff)
    if k == 6:
        return "REL-2026-%02d" % R.randint(1, 12)
    return "%d" % R.randint(10000, 99999)


r185_P9 = [
    # (key, typ, enum, label, base value, base truth, q, [(field label, right, arg)])
    ("status", "string", ["open", "closed"], "Status", "open", "open", "status",
     [("Fixed in", "closed", True), ("Resolved in", "closed", False), ("Closed by", "closed", False),
      ("Closed in", "closed", False), ("Closed with", "closed", False), ("Merged", "closed", True),
      ("Duplicate of", "closed", False), ("Superseded by", "closed", False), ("Closing ref", "closed", False),
      ("Resolution", "closed", False), ("Behoben in", "closed", True), ("Geschlossen durch", "closed", False),
      ("Løst i", "closed", True), ("Lukket av", "closed", False), ("Corrigé dans", "closed", True),
      ("Fermé par", "closed", False), ("Resolved by commit", "closed", False), ("Fix released in", "closed", False),
      ("Found in", "open", True), ("Affects version", "open", True), ("Target release", "open", True)]),
    ("shipping_status", "string", ["pending", "shipped", "delivered"], "Shipping", "pending", "pending",
     "shipping status",
     [("Proof of delivery", "delivered", False), ("POD", "delivered", False), ("Delivered, signed by", "delivered", False),
      ("Zustellnachweis", "delivered", False), ("Leveringsbevis", "delivered", False),
      ("Dispatched with", "shipped", False), ("Shipped via", "shipped", True), ("Consignment", "shipped", True),
      ("Sendungsnummer", "shipped", True), ("Versendet mit", "shipped", False), ("Sendt med", "shipped", False),
      ("Expédié avec", "shipped", False)]),
    ("paid", "boolean", None, "Paid", "yes", True, "paid",
     [("Chargeback ref", False, False), ("Chargeback", False, False), ("Refund ref", False, True),
      ("Reversal ID", False, False), ("Collection case", False, False), ("Inkasso-Nr.", False, False),
      ("Inkassosak", False, False), ("Rückbuchung", False, False), ("Tilbakeføring", False, False),
      ("Returned payment", False, False), ("Dunning no.", False, True), ("Mahnung Nr.", False, True),
      ("Purring nr.", False, True), ("Bounced cheque", False, False)]),
    ("active", "boolean", None, "Active", "yes", True, "active",
     [("Termination ref", False, False), ("Terminated", False, False), ("Cancellation no.", False, False),
      ("Kündigung", False, False), ("Oppsigelse", False, False), ("Résiliation", False, False),
      ("Deactivated by", False, False), ("Suspension", False, False), ("Closed account ref", False, False)]),
    ("smoker", "boolean", None, "Smoker", "yes", True, "smoker",
     [("Quit programme", False, True), ("Cessation ref", False, True), ("Quit", False, False),
      ("Stopped", False, False), ("Rauchstopp", False, False), ("Røykeslutt", False, False)]),
    ("guests", "integer", None, "Guests", "2", 2, "guests",
     [("Cancellation no.", 1, True), ("No-show ref", 1, True), ("Extra guest ref", 3, True),
      ("Added guest", 3, True)]),
]


def r185_part9():
    j = 0
    for (key, typ, enum, label, bv, bt, q, fields) in r185_P9:
        sch = S({"name": "string", key: ({"type": "string", "enum": enum} if enum else typ)})
        sch2 = S({"name": "string", "room": "string", key: ({"type": "string", "enum": enum} if enum else typ)})
        for (fl, right, arg) in fields:
            for cont in ("L", "O"):
                for rep in range(4):
                    j += 1
                    nm = r185_nm()
                    code = r185_code()
                    ins = "Extract name and %s as JSON." % q
                    if cont == "L":
                        b = "Text:\nName: %s\n%s: %s\n" % (nm, label, bv)
                        v = (b + "%s: %s\n" % (fl, code)) if rep % 2 == 0 else \
                            "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, fl, code, label, bv)
                    else:
                        b = "Record: Name: %s | %s: %s\n" % (nm, label, bv)
                        v = "Record: Name: %s | %s: %s | %s: %s\n" % (nm, label, bv, fl, code)
                    r185_add("base", "d185-cf-b-%d-%s" % (j, cont), "r185_cf_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bt}, [{"name": nm, key: bt}])
                    r185_add("pair", "d185-cf-v-%d-%s" % (j, cont), "r185_cf", ins + "\n\n" + v, sch,
                             {"name": nm, key: right}, [{"name": nm, key: bt}, {"name": nm, key: right}],
                             arg=arg or right == bt)
                    if rep == 0:
                        # single: the record with the field, the model gives the stated value
                        nm3 = r185_nm()
                        t = v.replace(nm, nm3)
                        r185_add("single", "d185-cf-s-%d-%s" % (j, cont), "r185_cf_single", ins + "\n\n" + t, sch,
                                 {"name": nm3, key: right}, [{"name": nm3, key: bt}, {"name": nm3, key: right},
                                                             {"name": nm3, key: right}], arg=arg or right == bt)
                    if rep == 1:
                        # two members: the room changes (patch path), the field is added
                        nm4 = r185_nm()
                        r1, r2 = "R%d" % R.randint(100, 499), "R%d" % R.randint(500, 899)
                        ins2 = "Extract name, room and %s as JSON." % q
                        if cont == "L":
                            b2 = "Text:\nName: %s\nRoom: %s\n%s: %s\n" % (nm4, r1, label, bv)
                            v2 = "Text:\nName: %s\nRoom: %s\n%s: %s\n%s: %s\n" % (nm4, r2, label, bv, fl, code)
                        else:
                            b2 = "Record: Name: %s | Room: %s | %s: %s\n" % (nm4, r1, label, bv)
                            v2 = "Record: Name: %s | Room: %s | %s: %s | %s: %s\n" % (nm4, r2, label, bv, fl, code)
                        r185_add("base", "d185-ck-b-%d-%s" % (j, cont), "r185_ck_base", ins2 + "\n\n" + b2, sch2,
                                 {"name": nm4, "room": r1, key: bt}, [{"name": nm4, "room": r1, key: bt}])
                        r185_add("pair", "d185-ck-v-%d-%s" % (j, cont), "r185_ck", ins2 + "\n\n" + v2, sch2,
                                 {"name": nm4, "room": r2, key: right},
                                 [{"name": nm4, "room": r2, key: bt}, {"name": nm4, "room": r2, key: right}],
                                 arg=arg or right == bt)


r185_part9()


# ----------------------------------------------------------------------------------- part 10: the hole's edges: other
# enums and other codes beside a stated allowed value
r185_P10 = [
    ("status", ["open", "closed"], "Status", "open", "status",
     [("Closed", "closed", True), ("Closure no.", "closed", False), ("Closure ref", "closed", False),
      ("Resolution ref", "closed", False), ("Solved in", "closed", True), ("Completed in", "closed", True),
      ("Erledigt in", "closed", True), ("Ferdig i", "closed", True), ("Closed as duplicate of", "closed", False),
      ("Closed via", "closed", False), ("Lukket i", "closed", False), ("Cerrado en", "closed", False)]),
    ("status", ["open", "closed"], "Status", "closed", "status",
     [("Reopened in", "open", False), ("Reopen ref", "open", False), ("Reopened by", "open", False),
      ("Wiedereröffnet in", "open", False), ("Gjenåpnet i", "open", False), ("Rouvert par", "open", False),
      ("Regression in", "open", True)]),
    ("order_status", ["pending", "shipped", "delivered", "cancelled"], "Order status", "pending", "order status",
     [("Cancellation no.", "cancelled", False), ("Storno-Nr.", "cancelled", False), ("Avbestillingsnr.", "cancelled", False),
      ("N° d'annulation", "cancelled", False), ("Cancelled under", "cancelled", False),
      ("Proof of delivery no.", "delivered", False), ("Delivered under", "delivered", False),
      ("Shipped under", "shipped", False), ("Dispatch note no.", "shipped", True)]),
    ("booking_status", ["confirmed", "cancelled"], "Booking status", "confirmed", "booking status",
     [("Cancellation no.", "cancelled", False), ("Cancellation ref", "cancelled", False),
      ("Stornonummer", "cancelled", False), ("Avbestillingsnr.", "cancelled", False),
      ("N° d'annulation", "cancelled", False), ("Cancelled under", "cancelled", False),
      ("Refund ref", "cancelled", True)]),
    ("membership", ["active", "expired"], "Membership", "active", "membership",
     [("Expired on", "expired", False), ("Expiry notice no.", "expired", True), ("Lapsed", "expired", False),
      ("Terminated under", "expired", False), ("Abgelaufen", "expired", False), ("Utløpt", "expired", False)]),
]


def r185_code10():
    k = R.randint(0, 2)
    if k == 0:
        return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))
    if k == 1:
        return "#%d" % R.randint(100, 9999)
    return "%d" % R.randint(10000, 99999)


def r185_part10():
    j = 0
    for (key, enum, label, bv, q, fields) in r185_P10:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        for (fl, right, arg) in fields:
            for cont in ("L", "O"):
                for rep in range(4):
                    j += 1
                    nm = r185_nm()
                    code = r185_code10()
                    ins = "Extract name and %s as JSON." % q
                    if cont == "L":
                        b = "Text:\nName: %s\n%s: %s\n" % (nm, label, bv)
                        v = (b + "%s: %s\n" % (fl, code)) if rep % 2 == 0 else \
                            "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, fl, code, label, bv)
                    else:
                        b = "Record: Name: %s | %s: %s\n" % (nm, label, bv)
                        v = "Record: Name: %s | %s: %s | %s: %s\n" % (nm, label, bv, fl, code)
                    r185_add("base", "d185-ce-b-%d-%s" % (j, cont), "r185_ce_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r185_add("pair", "d185-ce-v-%d-%s" % (j, cont), "r185_ce", ins + "\n\n" + v, sch,
                             {"name": nm, key: right}, [{"name": nm, key: bv}, {"name": nm, key: right}], arg=arg)
                    if rep < 2:
                        nm3 = r185_nm()
                        r185_add("single", "d185-ce-s-%d-%s" % (j, cont), "r185_ce_single",
                                 ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: right},
                                 [{"name": nm3, key: bv}, {"name": nm3, key: right}, {"name": nm3, key: right}],
                                 arg=arg)


r185_part10()


# ----------------------------------------------------------------------------------- part 11: the same labels with other
# values: a person, a code with letters, a commit hash, an amount, a duration
r185_P11 = [
    ("status", ["open", "closed"], "Status", "open", "status",
     [("Closed by", "closed"), ("Resolved by", "closed"), ("Closure no.", "closed"), ("Closing ref", "closed"),
      ("Geschlossen von", "closed"), ("Lukket av", "closed"), ("Time to resolve", "closed"),
      ("Resolution time", "closed"), ("Closure note", "closed")]),
    ("booking_status", ["confirmed", "cancelled"], "Booking status", "confirmed", "booking status",
     [("Cancellation no.", "cancelled"), ("Cancelled by", "cancelled"), ("Cancellation fee", "cancelled"),
      ("Cancellation reason", "cancelled"), ("Stornogebühr", "cancelled"), ("Avbestillingsgebyr", "cancelled"),
      ("Frais d'annulation", "cancelled"), ("Storniert von", "cancelled")]),
]
r185_V11 = [("person", lambda: r185_nm()), ("code", lambda: "PR-%d" % R.randint(100, 9999)),
            ("hash", lambda: "%07x" % R.randint(0, 0xfffffff)), ("amount", lambda: "%d.00" % R.randint(20, 300)),
            ("duration", lambda: "%d days" % R.randint(2, 9)), ("words", lambda: R.choice(
                ["guest request", "duplicate booking", "fixed upstream", "works as intended", "customer called"])),
            ("yes", lambda: "yes"), ("date", lambda: "%d May 2026" % R.randint(1, 28))]


def r185_part11():
    j = 0
    for (key, enum, label, bv, q, fields) in r185_P11:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        for (fl, right) in fields:
            for (vk, vf) in r185_V11:
                for cont in ("L", "O"):
                    for rep in range(2):
                        j += 1
                        nm = r185_nm()
                        val = vf()
                        ins = "Extract name and %s as JSON." % q
                        if cont == "L":
                            b = "Text:\nName: %s\n%s: %s\n" % (nm, label, bv)
                            v = b + "%s: %s\n" % (fl, val)
                        else:
                            b = "Record: Name: %s | %s: %s\n" % (nm, label, bv)
                            v = "Record: Name: %s | %s: %s | %s: %s\n" % (nm, label, bv, fl, val)
                        r185_add("base", "d185-cv-b-%d-%s" % (j, cont), "r185_cv_base", ins + "\n\n" + b, sch,
                                 {"name": nm, key: bv}, [{"name": nm, key: bv}])
                        r185_add("pair", "d185-cv-v-%d-%s-%s" % (j, vk, cont), "r185_cv", ins + "\n\n" + v, sch,
                                 {"name": nm, key: right}, [{"name": nm, key: bv}, {"name": nm, key: right}],
                                 arg=(vk in ("words", "yes")))


r185_part11()


# ----------------------------------------------------------------------------------- part 12: which members the hole needs
r185_P12 = [
    ("status", None, "Status", "open", "status", "closed",
     ["Closed in", "Closure no.", "Resolution ref", "Reopen ref"]),
    ("status", ["pending", "shipped", "delivered", "cancelled"], "Status", "pending", "status", "cancelled",
     ["Cancellation no.", "Stornonummer"]),
    ("status", ["pending", "shipped", "delivered", "cancelled"], "Status", "pending", "status", "delivered",
     ["Proof of delivery no.", "Delivered under"]),
    ("order_status", ["pending", "shipped", "delivered", "cancelled"], "Status", "pending", "order status",
     "cancelled", ["Cancellation no.", "Stornonummer"]),
    ("order_status", ["pending", "cancelled"], "Order status", "pending", "order status", "cancelled",
     ["Cancellation no.", "Stornonummer"]),
    ("state", ["draft", "published"], "State", "draft", "state", "published",
     ["Published as", "Publication no.", "Veröffentlicht als"]),
    ("membership", ["active", "expired"], "Status", "active", "membership", "expired",
     ["Expiry notice no.", "Terminated under"]),
    ("contract_status", ["active", "terminated"], "Contract status", "active", "contract status", "terminated",
     ["Termination no.", "Kündigungsnr.", "Oppsigelsesnr."]),
    ("claim_status", ["open", "settled"], "Claim status", "open", "claim status", "settled",
     ["Settlement no.", "Settled under", "Payout ref"]),
]


def r185_part12():
    j = 0
    for (key, enum, label, bv, q, right, fields) in r185_P12:
        sch = S({"name": "string", key: ({"type": "string", "enum": enum} if enum else "string")})
        for fl in fields:
            for cont in ("L", "O"):
                for rep in range(4):
                    j += 1
                    nm = r185_nm()
                    code = r185_code10()
                    ins = "Extract name and %s as JSON." % q
                    if cont == "L":
                        b = "Text:\nName: %s\n%s: %s\n" % (nm, label, bv)
                        v = (b + "%s: %s\n" % (fl, code)) if rep % 2 == 0 else \
                            "Text:\nName: %s\n%s: %s\n%s: %s\n" % (nm, fl, code, label, bv)
                    else:
                        b = "Record: Name: %s | %s: %s\n" % (nm, label, bv)
                        v = "Record: Name: %s | %s: %s | %s: %s\n" % (nm, label, bv, fl, code)
                    rr = "open" if fl == "Reopen ref" else right
                    bb = "closed" if fl == "Reopen ref" else bv
                    b = b.replace(": " + bv + "\n", ": " + bb + "\n").replace(": " + bv + " |", ": " + bb + " |")
                    v = v.replace(label + ": " + bv, label + ": " + bb)
                    r185_add("base", "d185-cw-b-%d-%s" % (j, cont), "r185_cw_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bb}, [{"name": nm, key: bb}])
                    r185_add("pair", "d185-cw-v-%d-%s" % (j, cont), "r185_cw", ins + "\n\n" + v, sch,
                             {"name": nm, key: rr}, [{"name": nm, key: bb}, {"name": nm, key: rr}])


r185_part12()

r185_found_alone = {
    'd185-ad-v-381-L', 'd185-ad-v-393-L', 'd185-ad-v-403-L', 'd185-ad-v-413-O', 'd185-ad-v-425-O',
    'd185-ad-v-435-O', 'd185-ce-s-10-L', 'd185-ce-s-101-O', 'd185-ce-s-102-O', 'd185-ce-s-105-L',
    'd185-ce-s-106-L', 'd185-ce-s-109-O', 'd185-ce-s-110-O', 'd185-ce-s-113-L', 'd185-ce-s-114-L',
    'd185-ce-s-117-O', 'd185-ce-s-118-O', 'd185-ce-s-121-L', 'd185-ce-s-122-L', 'd185-ce-s-125-O',
    'd185-ce-s-126-O', 'd185-ce-s-129-L', 'd185-ce-s-13-O', 'd185-ce-s-130-L', 'd185-ce-s-137-L',
    'd185-ce-s-138-L', 'd185-ce-s-14-O', 'd185-ce-s-141-O', 'd185-ce-s-142-O', 'd185-ce-s-145-L',
    'd185-ce-s-146-L', 'd185-ce-s-149-O', 'd185-ce-s-150-O', 'd185-ce-s-17-L', 'd185-ce-s-18-L',
    'd185-ce-s-2-L', 'd185-ce-s-225-L', 'd185-ce-s-226-L', 'd185-ce-s-229-O', 'd185-ce-s-230-O',
    'd185-ce-s-233-L', 'd185-ce-s-234-L', 'd185-ce-s-241-L', 'd185-ce-s-242-L', 'd185-ce-s-249-L',
    'd185-ce-s-25-L', 'd185-ce-s-250-L', 'd185-ce-s-257-L', 'd185-ce-s-258-L', 'd185-ce-s-26-L',
    'd185-ce-s-261-O', 'd185-ce-s-262-O', 'd185-ce-s-266-L', 'd185-ce-s-273-L', 'd185-ce-s-274-L',
    'd185-ce-s-29-O', 'd185-ce-s-30-O', 'd185-ce-s-33-L', 'd185-ce-s-34-L', 'd185-ce-s-37-O',
    'd185-ce-s-38-O', 'd185-ce-s-41-L', 'd185-ce-s-42-L', 'd185-ce-s-49-L', 'd185-ce-s-50-L',
    'd185-ce-s-53-O', 'd185-ce-s-54-O', 'd185-ce-s-57-L', 'd185-ce-s-58-L', 'd185-ce-s-61-O',
    'd185-ce-s-62-O', 'd185-ce-s-74-L', 'd185-ce-s-81-L', 'd185-ce-s-82-L', 'd185-ce-s-89-L',
    'd185-ce-s-9-L', 'd185-ce-s-90-L', 'd185-ce-s-97-L', 'd185-ce-s-98-L', 'd185-ce-v-10-L',
    'd185-ce-v-100-L', 'd185-ce-v-101-O', 'd185-ce-v-102-O', 'd185-ce-v-103-O', 'd185-ce-v-104-O',
    'd185-ce-v-105-L', 'd185-ce-v-106-L', 'd185-ce-v-107-L', 'd185-ce-v-108-L', 'd185-ce-v-109-O',
    'd185-ce-v-11-L', 'd185-ce-v-110-O', 'd185-ce-v-111-O', 'd185-ce-v-112-O', 'd185-ce-v-113-L',
    'd185-ce-v-114-L', 'd185-ce-v-115-L', 'd185-ce-v-116-L', 'd185-ce-v-117-O', 'd185-ce-v-118-O',
    'd185-ce-v-119-O', 'd185-ce-v-12-L', 'd185-ce-v-120-O', 'd185-ce-v-121-L', 'd185-ce-v-122-L',
    'd185-ce-v-123-L', 'd185-ce-v-124-L', 'd185-ce-v-125-O', 'd185-ce-v-126-O', 'd185-ce-v-127-O',
    'd185-ce-v-128-O', 'd185-ce-v-129-L', 'd185-ce-v-13-O', 'd185-ce-v-130-L', 'd185-ce-v-131-L',
    'd185-ce-v-132-L', 'd185-ce-v-137-L', 'd185-ce-v-138-L', 'd185-ce-v-139-L', 'd185-ce-v-14-O',
    'd185-ce-v-140-L', 'd185-ce-v-141-O', 'd185-ce-v-142-O', 'd185-ce-v-143-O', 'd185-ce-v-144-O',
    'd185-ce-v-145-L', 'd185-ce-v-146-L', 'd185-ce-v-147-L', 'd185-ce-v-148-L', 'd185-ce-v-149-O',
    'd185-ce-v-15-O', 'd185-ce-v-150-O', 'd185-ce-v-151-O', 'd185-ce-v-152-O', 'd185-ce-v-16-O',
    'd185-ce-v-17-L', 'd185-ce-v-18-L', 'd185-ce-v-19-L', 'd185-ce-v-2-L', 'd185-ce-v-20-L',
    'd185-ce-v-225-L', 'd185-ce-v-226-L', 'd185-ce-v-227-L', 'd185-ce-v-228-L', 'd185-ce-v-229-O',
    'd185-ce-v-23-O', 'd185-ce-v-230-O', 'd185-ce-v-231-O', 'd185-ce-v-232-O', 'd185-ce-v-233-L',
    'd185-ce-v-234-L', 'd185-ce-v-235-L', 'd185-ce-v-236-L', 'd185-ce-v-24-O', 'd185-ce-v-241-L',
    'd185-ce-v-242-L', 'd185-ce-v-243-L', 'd185-ce-v-244-L', 'd185-ce-v-249-L', 'd185-ce-v-25-L',
    'd185-ce-v-250-L', 'd185-ce-v-251-L', 'd185-ce-v-252-L', 'd185-ce-v-257-L', 'd185-ce-v-258-L',
    'd185-ce-v-259-L', 'd185-ce-v-26-L', 'd185-ce-v-260-L', 'd185-ce-v-261-O', 'd185-ce-v-262-O',
    'd185-ce-v-263-O', 'd185-ce-v-264-O', 'd185-ce-v-266-L', 'd185-ce-v-268-L', 'd185-ce-v-27-L',
    'd185-ce-v-273-L', 'd185-ce-v-274-L', 'd185-ce-v-275-L', 'd185-ce-v-276-L', 'd185-ce-v-28-L',
    'd185-ce-v-29-O', 'd185-ce-v-30-O', 'd185-ce-v-31-O', 'd185-ce-v-32-O', 'd185-ce-v-33-L',
    'd185-ce-v-34-L', 'd185-ce-v-35-L', 'd185-ce-v-36-L', 'd185-ce-v-38-O', 'd185-ce-v-39-O',
    'd185-ce-v-4-L', 'd185-ce-v-40-O', 'd185-ce-v-41-L', 'd185-ce-v-42-L', 'd185-ce-v-43-L',
    'd185-ce-v-44-L', 'd185-ce-v-49-L', 'd185-ce-v-50-L', 'd185-ce-v-51-L', 'd185-ce-v-52-L',
    'd185-ce-v-53-O', 'd185-ce-v-54-O', 'd185-ce-v-55-O', 'd185-ce-v-56-O', 'd185-ce-v-57-L',
    'd185-ce-v-58-L', 'd185-ce-v-59-L', 'd185-ce-v-60-L', 'd185-ce-v-61-O', 'd185-ce-v-62-O',
    'd185-ce-v-63-O', 'd185-ce-v-64-O', 'd185-ce-v-74-L', 'd185-ce-v-76-L', 'd185-ce-v-81-L',
    'd185-ce-v-82-L', 'd185-ce-v-83-L', 'd185-ce-v-84-L', 'd185-ce-v-89-L', 'd185-ce-v-9-L',
    'd185-ce-v-90-L', 'd185-ce-v-91-L', 'd185-ce-v-92-L', 'd185-ce-v-95-O', 'd185-ce-v-96-O',
    'd185-ce-v-97-L', 'd185-ce-v-98-L', 'd185-ce-v-99-L', 'd185-cf-s-121-L', 'd185-cf-s-133-O',
    'd185-cf-s-137-L', 'd185-cf-s-61-O', 'd185-cf-s-65-L', 'd185-cf-s-81-L', 'd185-cf-v-107-L',
    'd185-cf-v-121-L', 'd185-cf-v-124-L', 'd185-cf-v-130-L', 'd185-cf-v-132-L', 'd185-cf-v-133-O',
    'd185-cf-v-137-L', 'd185-cf-v-139-L', 'd185-cf-v-18-L', 'd185-cf-v-2-L', 'd185-cf-v-28-L',
    'd185-cf-v-42-L', 'd185-cf-v-43-L', 'd185-cf-v-44-L', 'd185-cf-v-50-L', 'd185-cf-v-51-L',
    'd185-cf-v-52-L', 'd185-cf-v-58-L', 'd185-cf-v-60-L', 'd185-cf-v-61-O', 'd185-cf-v-65-L',
    'd185-cf-v-68-L', 'd185-cf-v-74-L', 'd185-cf-v-81-L', 'd185-cf-v-82-L', 'd185-cf-v-90-L',
    'd185-ck-v-130-L', 'd185-ck-v-2-L', 'd185-ck-v-42-L', 'd185-ck-v-50-L', 'd185-ck-v-58-L',
    'd185-ck-v-74-L', 'd185-ck-v-82-L', 'd185-ck-v-90-L', 'd185-cv-v-109-amount-L', 'd185-cv-v-110-amount-L',
    'd185-cv-v-141-amount-L', 'd185-cv-v-142-amount-L', 'd185-cv-v-143-amount-O', 'd185-cv-v-144-amount-O', 'd185-cv-v-173-amount-L',
    'd185-cv-v-174-amount-L', 'd185-cv-v-205-amount-L', 'd185-cv-v-206-amount-L', 'd185-cv-v-237-amount-L', 'd185-cv-v-238-amount-L',
    'd185-cv-v-301-amount-L', 'd185-cv-v-302-amount-L', 'd185-cv-v-303-amount-O', 'd185-cv-v-304-amount-O', 'd185-cv-v-365-amount-L',
    'd185-cv-v-366-amount-L', 'd185-cv-v-397-amount-L', 'd185-cv-v-398-amount-L', 'd185-cv-v-429-amount-L', 'd185-cv-v-430-amount-L',
    'd185-cv-v-45-amount-L', 'd185-cv-v-46-amount-L', 'd185-cv-v-461-amount-L', 'd185-cv-v-462-amount-L', 'd185-cv-v-47-amount-O',
    'd185-cv-v-48-amount-O', 'd185-cv-v-493-amount-L', 'd185-cv-v-494-amount-L', 'd185-cv-v-495-amount-O', 'd185-cv-v-496-amount-O',
    'd185-cv-v-521-hash-L', 'd185-cv-v-525-amount-L', 'd185-cv-v-526-amount-L', 'd185-cv-v-528-amount-O', 'd185-cv-v-77-amount-L',
    'd185-cv-v-78-amount-L', 'd185-cw-v-1-L', 'd185-cw-v-10-L', 'd185-cw-v-100-L', 'd185-cw-v-105-L',
    'd185-cw-v-106-L', 'd185-cw-v-107-L', 'd185-cw-v-108-L', 'd185-cw-v-11-L', 'd185-cw-v-113-L',
    'd185-cw-v-114-L', 'd185-cw-v-115-L', 'd185-cw-v-116-L', 'd185-cw-v-12-L', 'd185-cw-v-13-O',
    'd185-cw-v-137-L', 'd185-cw-v-138-L', 'd185-cw-v-139-L', 'd185-cw-v-14-O', 'd185-cw-v-140-L',
    'd185-cw-v-141-O', 'd185-cw-v-142-O', 'd185-cw-v-143-O', 'd185-cw-v-144-O', 'd185-cw-v-145-L',
    'd185-cw-v-146-L', 'd185-cw-v-147-L', 'd185-cw-v-148-L', 'd185-cw-v-15-O', 'd185-cw-v-153-L',
    'd185-cw-v-154-L', 'd185-cw-v-155-L', 'd185-cw-v-156-L', 'd185-cw-v-16-O', 'd185-cw-v-161-L',
    'd185-cw-v-162-L', 'd185-cw-v-163-L', 'd185-cw-v-164-L', 'd185-cw-v-165-O', 'd185-cw-v-166-O',
    'd185-cw-v-167-O', 'd185-cw-v-168-O', 'd185-cw-v-17-L', 'd185-cw-v-170-L', 'd185-cw-v-172-L',
    'd185-cw-v-177-L', 'd185-cw-v-178-L', 'd185-cw-v-179-L', 'd185-cw-v-18-L', 'd185-cw-v-180-L',
    'd185-cw-v-19-L', 'd185-cw-v-2-L', 'd185-cw-v-20-L', 'd185-cw-v-25-L', 'd185-cw-v-26-L',
    'd185-cw-v-27-L', 'd185-cw-v-28-L', 'd185-cw-v-29-O', 'd185-cw-v-3-L', 'd185-cw-v-30-O',
    'd185-cw-v-31-O', 'd185-cw-v-32-O', 'd185-cw-v-4-L', 'd185-cw-v-5-O', 'd185-cw-v-6-O',
    'd185-cw-v-7-O', 'd185-cw-v-8-O', 'd185-cw-v-9-L', 'd185-cw-v-98-L', 'd185-km-v-453-L',
}
r185_arguable_found = {
    'd185-ad-v-381-L', 'd185-ad-v-393-L', 'd185-ad-v-403-L', 'd185-ad-v-413-O', 'd185-ad-v-425-O',
    'd185-ad-v-435-O', 'd185-ce-s-145-L', 'd185-ce-s-146-L', 'd185-ce-s-149-O', 'd185-ce-s-150-O',
    'd185-ce-s-2-L', 'd185-ce-s-273-L', 'd185-ce-s-274-L', 'd185-ce-v-145-L', 'd185-ce-v-146-L',
    'd185-ce-v-147-L', 'd185-ce-v-148-L', 'd185-ce-v-149-O', 'd185-ce-v-150-O', 'd185-ce-v-151-O',
    'd185-ce-v-152-O', 'd185-ce-v-2-L', 'd185-ce-v-273-L', 'd185-ce-v-274-L', 'd185-ce-v-275-L',
    'd185-ce-v-276-L', 'd185-ce-v-4-L', 'd185-cf-s-137-L', 'd185-cf-s-61-O', 'd185-cf-s-81-L',
    'd185-cf-v-137-L', 'd185-cf-v-139-L', 'd185-cf-v-2-L', 'd185-cf-v-42-L', 'd185-cf-v-43-L',
    'd185-cf-v-44-L', 'd185-cf-v-50-L', 'd185-cf-v-51-L', 'd185-cf-v-52-L', 'd185-cf-v-58-L',
    'd185-cf-v-60-L', 'd185-cf-v-61-O', 'd185-cf-v-74-L', 'd185-cf-v-81-L', 'd185-cf-v-82-L',
    'd185-ck-v-2-L', 'd185-ck-v-42-L', 'd185-ck-v-50-L', 'd185-ck-v-58-L', 'd185-ck-v-74-L',
    'd185-ck-v-82-L', 'd185-cv-v-109-amount-L', 'd185-cv-v-110-amount-L', 'd185-cv-v-141-amount-L', 'd185-cv-v-142-amount-L',
    'd185-cv-v-143-amount-O', 'd185-cv-v-144-amount-O', 'd185-cv-v-173-amount-L', 'd185-cv-v-174-amount-L', 'd185-cv-v-205-amount-L',
    'd185-cv-v-206-amount-L', 'd185-cv-v-237-amount-L', 'd185-cv-v-238-amount-L', 'd185-cv-v-301-amount-L', 'd185-cv-v-302-amount-L',
    'd185-cv-v-303-amount-O', 'd185-cv-v-304-amount-O', 'd185-cv-v-365-amount-L', 'd185-cv-v-366-amount-L', 'd185-cv-v-397-amount-L',
    'd185-cv-v-398-amount-L', 'd185-cv-v-429-amount-L', 'd185-cv-v-430-amount-L', 'd185-cv-v-45-amount-L', 'd185-cv-v-46-amount-L',
    'd185-cv-v-461-amount-L', 'd185-cv-v-462-amount-L', 'd185-cv-v-47-amount-O', 'd185-cv-v-48-amount-O', 'd185-cv-v-493-amount-L',
    'd185-cv-v-494-amount-L', 'd185-cv-v-495-amount-O', 'd185-cv-v-496-amount-O', 'd185-cv-v-521-hash-L', 'd185-cv-v-525-amount-L',
    'd185-cv-v-526-amount-L', 'd185-cv-v-528-amount-O', 'd185-cv-v-77-amount-L', 'd185-cv-v-78-amount-L', 'd185-cw-v-177-L',
    'd185-cw-v-178-L', 'd185-cw-v-179-L', 'd185-cw-v-180-L', 'd185-km-v-453-L',
}
r185_arguable |= r185_arguable_found

# Trimmed for ctest (probe_kit.sample_round), stop 43: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
import re as r185_re  # noqa: E402
r185_keep = set(r185_found_alone) | {r185_re.sub(r"^d185-([a-z]+)-[vs]-", r"d185-\1-b-", r185_i)
                                     for r185_i in r185_found_alone if "-v-" in r185_i}
from probe_kit import sample_round as r185_sample_round  # noqa: E402

r185_sample_round("d185-", r185_keep, 30, safe_every=10)
P[:] = [r185_p for r185_p in P if r185_p["id"] not in r185_arguable]
