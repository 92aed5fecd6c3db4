r"""Red-team round 176 (black box): CAPITALISED NONE WORDS, DIGIT PLACEHOLDERS, KIND LOOK-ALIKES WHERE NULL IS ALLOWED.
Focus: the stop's newest rule (rules/README.md, "Since rounds 174-175"): a string of a member that may be null or that
  "required" leaves out is stored only when it holds a digit or an "@" or opens with a capital; dates, phones, e-mails,
  web addresses and postcodes are read more closely; words for "unknown" fail.
7,554 probes (seeded random.Random(176)): 2,471 pair probes (base + variant), 4,714 singles (--runs 2), 369 safe.
Part 1 (d176-cn/cb/cv/cs-): 18 keys (employer, manager, company, spouse, supervisor, nickname, middle_name,
  emergency_contact, works_at, department, city, title; phone, email, website, date_of_birth, start_date, postcode) x 155
  CAPITALISED none words ("Unknown", "Keine Angabe", "Nicht bekannt", "Sin datos", "Ingen", "Brak danych", "Ei tiedossa",
  "Bilinmiyor", "Non renseigné", "Nenhum", "Onbekend", "Ukjent", "Nvt", "Geen", "Kosong", "Walang", "Not Applicable",
  "To Be Confirmed", "Left Blank", "Entfällt", "Mangler", "Néant", "Saknas", "Nepoznato", "Žádný", "Нет", "Hindi alam"...)
  and pointers ("See Notes", "Ask Reception", "Same As Above", "Siehe oben", "On File", "Vertraulich"...), layouts lines,
  one-line "a | b", YAML, pipe table, CSV, e-mail. Part 2 (d176-dn/db/dv-): 40 none values with a digit ("0", "N/A 0",
  "none (0)", "00000", "x0", "n.v.t. 1", "Nil 0", "N0NE", "Unkn0wn", "Code 0"...). Part 3 (d176-fd/fv/fs/fb/gb/gv-): 44
  dates in other languages as right answers ("3 marca 2026", "3 Mart 2026", "3. huhtikuuta 2026", "3 березня 2026",
  "2026年3月3日") and 50 look-alikes as wrong ones ("3 Monate", "Woche 14", "KW 14", "Tag 1", "3. Quartal 2026",
  "Frühjahr 2026"), under start/end/move-in dates and birth dates. Part 4 (d176-ko/kv/ks/kb-): phones, e-mails, web
  addresses and postcodes as people write them ("+49 (0)30 1234567", "030/1234567", "KARI@FIRM.NO", "firm.no", "SW1A
  1AA", "D02 X285", "NO-0150") and look-alikes ("Mon-Fri 08-16", "Room 204", "Org.nr 912 345 678", "Kari@Firm", "Box 114",
  "Floor 3", "P.O. 114"). Part 5 (d176-sm/sv/sw-): right values in small letters ("bergen kommune", "ikea", "den haag",
  "van"), then the field replaced by a capitalised none word or by another small-letter value. Part 6 (d176-mr-): two
  records, the asked one's field a none word. Second pass (d176-xn/xb/xv/xd/xk/xkb/xkv-): capitalised and upper-case forms
  of round 175's listed words ("Onbekend", "NIEZNANY", "Do ustalenia", "Неизвестно", "Δεν υπάρχει"), 150 more words and
  phrases (nobody, empty, don't know, not applicable, jobless, vacancy in 25 languages), 54 digit shapes, 75 codes of
  another kind under a phone, mobile or postcode label ("MVA 912345678", "PESEL 85010112345", "IMEI ...", "POB 114").
HELD: every kind reader against words (phone, e-mail, website, dates, postcode: no capitalised word got through there);
  English words and phrases of the lists in any case ("Unknown", "UNKNOWN", "Not Applicable", "To Be Confirmed", "N/A",
  "TBA", "Nobody", "Vacant", "Not Known Yet"...), and many foreign ones ("Keine Angabe", "Nicht bekannt", "Sin datos",
  "Ingen", "Brak danych", "Ei tiedossa", "Bilinmiyor", "Non renseigné", "Nenhum", "Onbekend", "Ukjent", "Geen",
  "Nieznany", "Unbekannt", "Inconnu", "Desconocido"); "0", "N/A 0", "none (0)", "00000", "x0", "None 1", "Keine 0";
  every date look-alike ("3 Monate", "Woche 14", "KW 14", "Tag 1", "Frühjahr 2026": none even served fresh); e-mail and
  website look-alikes; most postcode look-alikes ("Box 114", "Room 12", "Floor 3", "Postfach 114", "OSLO", "XXXXX");
  every date-to-none-word pair; two-record requests (fresh only). Safe on reuse 18-19/369 (the safe variants added a
  line; e-mail and CSV layouts are read as two records), no safe variant served wrong.
  Errors on right answers (not cache hazards): 151 of 176 foreign dates rejected ("3 marca 2026", "3 Mart 2026", "3.
  huhtikuuta 2026", "3 березня 2026", "3 Ekim 2026", "3 Maret 2026", "3. marts 2026": "holds no year, no day and month";
  "3. März 2026" in a one-line record "is only part of the text's 'startdatum: 3'"); "3 mars", "3 de marzo de", "3 maart",
  "3 ottobre", "2026年3月3日", "2026년 3월 3일" stand. Small letters: "nav" (the Norwegian agency) read as a none word,
  "the guardian" as a pointer, "jj"/"zz" as placeholders; "01 23 45 67 89" as a template phone; "SE-111 22" as a pointer;
  "Email: KARI@FIRM.NO" beside "Name: Lari Barusen" fails the NAME ("does not occur in the source text").
WHAT GOT THROUGH (full round, fresh SQLite store, --runs 2: run 1 141 wrong from the cache + 6 kept on the patch path,
  run 2 643 (483 clear, 160 arguable); wrong fresh 1,214 in run 1. Alone: the 643 found ids with the bases of their
  pairs (770 probes), a fresh store, --runs 2: 146 in run 1, 638 in run 2 -- 478 clear, 160 arguable; the 5 that did not come back alone ("MVA
  912345678" in a one-line record, "TC 12345678901" as a phone, a small-letter pair) were served fresh, not stored):
 (A) CLEAR (323 = 259 singles + 64 pair variants): CAPITALISED words of absence the lists lack, and capitalised or
     upper-case forms of words round 175 listed in small letters, under keys of no value kind (employer, manager,
     company, spouse, supervisor, nickname, works_at, department, city, title): "Employer: Nvt", "Entfällt", "Fehlt",
     "Mangler", "Saknas", "Néant", "Aún no", "Ninguém", "Não informado", "Necunoscut"/"NECUNOSCUT", "Nepoznato",
     "Nije poznato", "Žádný", "Nevyplněno", "Neuvedeno", "Nem ismert", "Óþekkt", "Engin", "Kosong"/"KOSONG", "Walang",
     "Wala", "Tiada", "Hindi alam", "Left Blank", "Noch offen", "Неизвестно"/"НЕИЗВЕСТНО", "Нет", "Немає", "Невідомо",
     "Κανένας", "Δεν υπάρχει", "Не указан", "Do ustalenia", "Belirtilmemiş", "Haipo", "Chưa có"->"CHƯA CÓ", "Boş",
     "Vacío", "Vazio", "Pusty", "Tyhjä", "Üres", "Nikt", "Nikdo", "Kimse", "Ніхто", "Sijui", "Не Знаю", "Não Sei",
     "En Tiedä", "Nem Tudom", "Bilmiyorum", "Não Se Aplica", "Ej Tillämpligt"; "Works at: Jobless"/"Werkloos";
     "Manager: Open Position", "Supervisor: Vacancy"/"Ledig Stilling" -> e.g. {"name": "Puge Pokasen", "employer": "Nvt"}
     (expected employer null / left out). Stored in run 1, then served with no model call to the same request and,
     by the licensed rewrite, to OTHER records holding the same word ("Works at: Žádný", "Tiada", "Неизвестно",
     "Kosong", "Не Знаю" in run 1).
 (B) CLEAR (94 = 80 + 14): none words with a digit or a zero for an "o": "Nil 0", "NIL 0", "Nil (0)", "Nil-0", "Nil 00",
     "Nill 0", "Null 0", "NULL 0", "Nvt 0", "n.v.t. 1", "N.v.t. 1", "N.V.T. 1", "Fehlt 0", "0 Fehlt", "Empty 0",
     "Blank 0", "Void 0", "Tiada 0", "Wala 0", "Ninguno 0", "N0NE", "N0ne", "NON3", "Unkn0wn", "UNKN0WN" -> e.g.
     {"supervisor": "n.v.t. 1"}.
 (C) CLEAR (44 = 30 + 14): another code under a phone or postcode label, stored as that kind: "Telefon: MVA 912345678",
     "Phone: SIRET 12345678901234"/"TC 12345678901"/"NIP 123-456-78-90"/"CPR 010184-1234"/"PESEL 85010112345"/"BSN
     123456782"/"ABN 51 824 753 556"/"GLN 7080001234567"/"EAN 7038010000000"/"IMEI 356938035643809"; "Postcode: P.O.
     114"/"POB 114"/"PB 114"/"PO 114"/"BP 114"/"OG 2" -> e.g. {"phone": "MVA 912345678"} (expected null).
 (E) CLEAR (22 pair variants, d176-sv-): a stored small-letter record ("Company: spotify ab"), then the same
     person's field replaced by a capitalised none word ("Company: Nieobecny", "Noch offen", "Fehlt", "Aún no",
     "Ninguém"): in run 1 the patch path KEPT the company "Nieobecny" from another record's stored (wrong) answer (6),
     in run 2 served from the cache (22).
 (D) ARGUABLE (160, r176_arguable): pointers and withheld words ("Ask Reception", "On File", "Self", "Vertraulich",
     "Gizli", "Rahasia", "Salainen"), words that are also names or other words ("Inga", "Personne", "Tom", "Vide",
     "Ledig", "Noone", "Offen", "Nicio"), Latin/Esperanto/made-up ("Nescio", "Neniu", "Anigh"), "Awaiting
     Confirmation", a label and zero ("Code 0", "Option 0", "Level 0", "ID 0", "No. 0", "Nr 0", "Ref 0", "Zero"), "Nil 1",
     "n.v.t. 2", "Unkn0wn 1", "T8D", "7BD", "TB0", vacancy or job-state words under keys they do not fit ("City:
     Vacancy", "Nickname: Jobless"), "CP 114" as a postcode.
Adds its probes to probe_kit.P."""
import json
import random as r176_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r176_random.Random(176)
r176_arguable = set()
r176_found_alone = set()
r176_pairs, r176_singles, r176_safe = [], [], []
_C = "bdfgklmnprstvz"; _V = "aeiou"


def w(k):
    return "".join(R.choice(_C) + R.choice(_V) for _ in range(k))


def nm():
    return w(2).capitalize() + " " + w(2).capitalize() + "sen"


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r176_arguable.add(id)
    {"pair": r176_pairs, "single": r176_singles, "safe": r176_safe}[kind].append(id)


def layout(lay, fields, intro="Extract the record."):
    if lay == "L":
        body = "\n".join("%s: %s" % f for f in fields)
    elif lay == "O":
        body = " | ".join("%s: %s" % f for f in fields)
    elif lay == "Y":
        body = "\n".join("%s: %s" % (l.lower().replace(" ", "_").replace(".", ""), v) for l, v in fields)
    elif lay == "T":
        body = "| " + " | ".join(l for l, _ in fields) + " |\n|" + "---|" * len(fields) + "\n| " + \
            " | ".join(v for _, v in fields) + " |"
    elif lay == "C":
        body = ",".join(l for l, _ in fields) + "\n" + ",".join(v for _, v in fields)
    else:  # E e-mail
        body = "Subject: new member\n\nHi,\n\nplease register:\n" + "\n".join("%s: %s" % f for f in fields) + \
            "\n\nBest regards,\nOffice"
    return intro + "\n\n" + body


def sch_for(key, typ, nullable):
    if nullable:
        return S({"name": "string", key: {"type": [typ, "null"]}})
    return S({"name": "string", key: typ}, required=["name"])


def none_exp(name, key, nullable):
    return {"name": name, key: None} if nullable else {"name": name}


def _phone():
    return "+47 %s %s %s %s" % (d(2), d(2), d(2), d(2))


# key, labels (key's own word first), real value
NAMEKEYS = [
    ("employer", ["Employer", "Arbeitgeber", "Arbeidsgiver"], lambda: w(3).capitalize() + " AS"),
    ("manager", ["Manager", "Leder"], nm),
    ("company", ["Company", "Firma"], lambda: w(3).capitalize() + " GmbH"),
    ("spouse", ["Spouse", "Ehepartner"], nm),
    ("supervisor", ["Supervisor"], nm),
    ("nickname", ["Nickname"], lambda: w(2).capitalize()),
    ("middle_name", ["Middle name"], lambda: w(2).capitalize()),
    ("emergency_contact", ["Emergency contact"], nm),
    ("works_at", ["Works at"], lambda: w(3).capitalize() + " Ltd"),
    ("department", ["Department", "Abteilung"], lambda: w(3).capitalize()),
    ("city", ["City", "Ort"], lambda: w(3).capitalize()),
    ("title", ["Title", "Anrede"], lambda: R.choice(["Dr.", "Prof.", "Mr", "Ms"])),
]
KINDKEYS = [
    ("phone", ["Phone", "Telefon"], _phone),
    ("email", ["Email", "E-Mail"], lambda: "%s@%s.no" % (w(2), w(3))),
    ("website", ["Website"], lambda: "https://www.%s.no" % w(3)),
    ("date_of_birth", ["Date of birth", "Geburtsdatum"], lambda: "%02d.%02d.19%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99))),
    ("start_date", ["Start date"], lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))),
    ("postcode", ["Postcode", "PLZ"], lambda: d(4)),
]

CAPNONE = ["Unknown", "Keine Angabe", "Nicht bekannt", "Sin datos", "Ingen", "Brak danych", "Ei tiedossa", "Bilinmiyor",
           "Non renseigné", "Nenhum", "Onbekend", "Ukjent", "Nvt", "Geen", "Kosong", "Walang", "Not Applicable",
           "To Be Confirmed", "Left Blank", "Ukendt", "Okänd", "Saknas", "Inte angivet", "Ikke oppgitt", "Mangler",
           "Sconosciuto", "Nessuno", "Desconocido", "Ninguno", "Aucun", "Inconnu", "Néant", "Sans objet",
           "Desconhecido", "Não informado", "Keiner", "Entfällt", "Nicht vorhanden", "Unbekannt", "Neznámý", "Žádný",
           "Nincs", "Ismeretlen", "Yok", "Belirsiz", "Tidak Ada", "Tiada", "Hakuna", "Haijulikani", "Không có",
           "Chưa rõ", "Wala", "Hindi alam", "Άγνωστο", "Κανένας", "Неизвестно", "Нет", "Немає", "Невідомо", "Brak",
           "Nieznany", "Żaden", "Niet bekend", "N.v.t.", "N.N.", "NN", "Nobody", "None Given", "Not Known", "No Data",
           "Not Specified", "Not Stated", "Not Disclosed", "To Follow", "Pending", "Awaiting Confirmation",
           "Does Not Apply", "Not Provided", "Nothing", "Empty", "Blank", "Null", "NULL", "Nil", "NONE", "UNKNOWN",
           "N/A", "TBA", "TBC", "Unassigned", "Vacant", "Not Yet Known", "Niemand", "Personne", "Nadie", "Ninguém",
           "Ingen uppgift", "Ikke relevant", "Ei ole", "Puuttuu", "Nieobecny", "Fehlt", "Offen", "Noch offen",
           "Noch nicht bekannt", "Pas encore connu", "Aún no", "Belum Ada", "Tidak Diketahui", "Chưa Có", "Yok Değil",
           "Hiçbiri", "Sem dados", "Sin información", "Ohne", "Kein", "Keine", "Inga", "Ei mitään",
           "Nije poznato", "Nepoznato", "Necunoscut", "Nu există", "Neuvedeno", "Nevyplněno", "Nem ismert",
           "Nincs Megadva", "Ukjent Foreløpig", "Ubekendt", "Óþekkt", "Engin", "Anigh", "Neniu", "Nescio"]
ARGNONE_POINT = ["See Notes", "Ask Reception", "Same As Above", "Siehe oben", "Voir ci-dessus", "Zie boven",
                 "Se ovenfor", "Katso yllä", "Patrz wyżej", "Ver arriba", "Vedi sopra", "On File", "Confidential",
                 "Private", "Withheld", "Redacted", "Self", "Dto.", "Idem", "Same", "Ditto", "Vertraulich",
                 "Geheim", "Hemmelig", "Salainen", "Gizli", "Rahasia"]
DIGITNONE = ["0", "N/A 0", "none (0)", "00000", "x0", "n.v.t. 1", "Nil 0", "0 (none)", "-0-", "No. 0", "000-000",
             "None 1", "Keine 0", "0 / n.a.", "#0", "0.0", "Unknown 0", "? 0", "TBD 1", "n/a (0)", "00", "000",
             "0000 0000", "—0—", "Ingen (0)", "0 = unknown", "1 (unknown)", "9 (not given)", "Code 0", "ID 0",
             "N0NE", "Unkn0wn", "0 - keine", "[0]", "(0)", "Nr. 0", "0x0", "0 N/A", "Option 0", "Level 0"]
LAYS = "LOYLOYTCE"

# ---------------------------------------------------------------- part 1: capitalised none words
for ki, (key, labels, gen) in enumerate(NAMEKEYS + KINDKEYS):
    for j, ph in enumerate(CAPNONE + ARGNONE_POINT):
        if key in [k[0] for k in KINDKEYS] and j % 3:
            continue
        arg = ph in ARGNONE_POINT or (ph in ("Pending", "Offen", "Noch offen") and key not in ("manager",))
        name = nm(); nullable = (j + ki) % 3 != 0
        lab = labels[(j // 2) % len(labels)]; lay = LAYS[(j + ki) % len(LAYS)]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: ph}
        pr = layout(lay, [("Name", name), (lab, ph)])
        add("single", "d176-cn-%s-%d-%s" % (key, j, lay), "r176-capnone", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
        if j % 4 == 0:
            real = gen()
            b = {"name": name, key: real}
            pb = layout(lay, [("Name", name), (lab, real)])
            add("pair", "d176-cb-%s-%d-%s" % (key, j, lay), "r176-cn-base", pb, sch, b, [json.dumps(b)] * 3)
            add("pair", "d176-cv-%s-%d-%s" % (key, j, lay), "r176-cn-var", pr, sch, e, [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
            if j % 8 == 0:
                ps = layout(lay, [("Name", name), (lab, real)], intro="Extract the record.\n")
                add("safe", "d176-cs-%s-%d-%s" % (key, j, lay), "r176-cn-safe", ps + "\n\nThanks.", sch, b, [json.dumps(b)] * 3)

# ---------------------------------------------------------------- part 2: digit placeholders
for ki, (key, labels, gen) in enumerate(NAMEKEYS + KINDKEYS):
    for j, ph in enumerate(DIGITNONE):
        arg = ph in ("0.0", "Code 0", "ID 0", "Option 0", "Level 0", "Nr. 0", "No. 0", "#0", "00", "000", "0x0")
        name = nm(); nullable = (j + ki) % 2 == 0
        lab = labels[j % len(labels)]; lay = "LOY"[(j + ki) % 3]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: ph}
        pr = layout(lay, [("Name", name), (lab, ph)])
        add("single", "d176-dn-%s-%d-%s" % (key, j, lay), "r176-digitnone", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
        if j % 5 == 0:
            real = gen(); b = {"name": name, key: real}
            pb = layout(lay, [("Name", name), (lab, real)])
            add("pair", "d176-db-%s-%d-%s" % (key, j, lay), "r176-dn-base", pb, sch, b, [json.dumps(b)] * 3)
            add("pair", "d176-dv-%s-%d-%s" % (key, j, lay), "r176-dn-var", pr, sch, e, [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)

# ---------------------------------------------------------------- part 3: foreign dates right, look-alikes wrong
DATES_OK = ["3 marca 2026", "3 Mart 2026", "3. huhtikuuta 2026", "3 березня 2026", "3. März 2026", "3 mars 2026",
            "3 de marzo de 2026", "3 maart 2026", "3 marzo 2026", "3 martie 2026", "3. března 2026",
            "3 Μαρτίου 2026", "3 марта 2026", "2026年3月3日", "2026년 3월 3일", "3 tháng 3 năm 2026", "3 Maret 2026",
            "3. marts 2026", "3. mars 2026", "3 mei 2026", "3. lokakuuta 2026", "3 października 2026",
            "3 Ekim 2026", "3 de outubro de 2026", "3 octobre 2026", "3. Oktober 2026", "3 listopada 2026",
            "3. marraskuuta 2026", "3 Kasım 2026", "3 листопада 2026", "3. huhtik. 2026", "3 mar. 2026",
            "3 kwi 2026", "3. Mai 2026", "3 Mayıs 2026", "3 maja 2026", "3 травня 2026", "3. toukokuuta 2026",
            "3 ottobre 2026", "3 octubre 2026", "Machi 3, 2026", "3 Machi 2026", "3 मार्च 2026", "3 آذار 2026"]
DATES_BAD = ["3 Monate", "Woche 14", "3 Wochen", "KW 14", "Semaine 14", "3 miesiące", "3 kuukautta", "3 hafta",
             "3 ay", "Tag 1", "Dia 1", "Día 1", "Jour 1", "Päivä 1", "3 dni", "3 días", "3 jours", "3 maanden",
             "Quartal 3", "Q3/2026", "3. Quartal 2026", "Frühjahr 2026", "Sommer 2026", "Herbst 2026", "Kesä 2026",
             "Wiosna 2026", "Yaz 2026", "Printemps 2026", "Verano 2026", "Ab sofort 1", "Sofort (1)",
             "Nach 3 Monaten", "3 Monate nach Vertrag", "Ab Woche 2", "Semester 2", "Jahr 1", "Rok 1",
             "Vuosi 2026 (ei päivää)", "14. Woche 2026", "Woche 14/2026", "Tydzień 14", "Hafta 14", "Viikko 14",
             "Uke 14", "Vecka 14", "Week 14 2026", "Dag 1", "Kwartaal 3", "3 måneder", "3 mánuðir"]
for key, labels in [("start_date", ["Start date", "Startdatum", "Beginn"]), ("date_of_birth", ["Date of birth", "Geburtsdatum"]),
                    ("end_date", ["End date", "Enddatum"]), ("move_in_date", ["Move-in date"])]:
    for j, dt in enumerate(DATES_OK):
        dv = dt if key != "date_of_birth" else dt.replace("2026", "1984")
        name = nm(); nullable = j % 2 == 0; lay = "LOY"[j % 3]; lab = labels[j % len(labels)]
        sch = sch_for(key, "string", nullable)
        b = {"name": name, key: dv}
        pr = layout(lay, [("Name", name), (lab, dv)])
        add("single", "d176-fd-%s-%d-%s" % (key, j, lay), "r176-date-ok", pr, sch, b, [json.dumps(b)] * 3)
        # pair: the stored right date, then the field becomes a placeholder
        ph = CAPNONE[j % len(CAPNONE)]
        e = none_exp(name, key, nullable)
        pv = layout(lay, [("Name", name), (lab, ph)])
        add("pair", "d176-fv-%s-%d-%s" % (key, j, lay), "r176-date-var", pv, sch, e,
            [json.dumps({"name": name, key: ph}), json.dumps(e), json.dumps(e)])
        # safe: the stored date, the record re-spaced
        ps = pr.replace(": ", ":  ", 1) + "\n"
        if j % 3 == 0:
            add("safe", "d176-fs-%s-%d-%s" % (key, j, lay), "r176-date-safe", ps, sch, b, [json.dumps(b)] * 3)
    for j, dt in enumerate(DATES_BAD):
        name = nm(); nullable = j % 2 == 1; lay = "LOY"[j % 3]; lab = labels[j % len(labels)]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: dt}
        pr = layout(lay, [("Name", name), (lab, dt)])
        arg = dt in ("Vuosi 2026 (ei päivää)",)
        add("single", "d176-fb-%s-%d-%s" % (key, j, lay), "r176-date-bad", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
        if j % 3 == 0:
            real = "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
            b = {"name": name, key: real}
            add("pair", "d176-gb-%s-%d-%s" % (key, j, lay), "r176-dbad-base", layout(lay, [("Name", name), (lab, real)]), sch, b, [json.dumps(b)] * 3)
            add("pair", "d176-gv-%s-%d-%s" % (key, j, lay), "r176-dbad-var", pr, sch, e, [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)

# ---------------------------------------------------------------- part 4: phones, e-mails, web addresses, postcodes
KOK = {
    "phone": ["+49 (0)30 1234567", "030/1234567", "+1 555-123-4567", "0800 123 456", "22 33 44 55", "+47 22334455",
              "(030) 123 45 67", "+44 20 7946 0958", "020-123 45 67", "+48 601 234 567", "0532 123 45 67",
              "+358 40 1234567", "+31 6 12345678", "+90 (532) 123 4567", "01 23 45 67 89", "+33 1 23 45 67 89",
              "+47 915 12 345", "+46 70-123 45 67", "555.123.4567", "+1 (555) 123-4567"],
    "email": ["KARI@FIRM.NO", "Kari.Nordmann@firm.no", "kari+news@firm.no", "k.nordmann@firm.co.uk",
              "info@bergen.kommune.no", "post@ikea.no", "Ola_Berg@mail.example.de", "anna-lena@web.de",
              "j.doe@uni-oslo.no", "Kontakt@Firma.de"],
    "website": ["firm.no", "www.firm.no/kontakt", "http://firm.no", "https://bergen.kommune.no", "Firm.no",
                "WWW.IKEA.NO", "ikea.com/no/no", "https://www.uio.no/", "www.bergen.kommune.no", "sub.firm.de/en"],
    "postcode": ["SW1A 1AA", "1017 XN", "00-950", "D02 X285", "75008", "NO-0150", "0150", "10115", "EC1A 1BB",
                 "H3Z 2Y7", "D-10115", "SE-111 22", "34000", "FI-00100", "1010"],
}
KBAD = {
    "phone": [("Mon-Fri 08-16", 0), ("Room 204", 0), ("Org.nr 912 345 678", 0), ("Kundennr. 12345", 0),
              ("Flight SK 4103", 0), ("Order 2026-0042", 0), ("Mo-Fr 8-16 Uhr", 0), ("Zimmer 204", 0),
              ("Kontonr. 1234.56.78901", 0), ("MVA 912345678", 0), ("Postboks 114", 0), ("Gate 12", 0),
              ("Apt. 4B", 0), ("Tür 3", 0), ("Plot 17", 0), ("08:00 - 16:00", 0), ("Ext. None", 0),
              ("Table 12", 0), ("Bus 31", 0), ("Ticket 44817", 0)],
    "email": [("Kari@Firm", 0), ("@Firm", 0), ("Kari Nordmann (Firm)", 0), ("Firm AS", 0), ("www.firm.no", 0),
              ("https://firm.no/kontakt", 0), ("Kari @ Reception", 0), ("Via Firma", 0), ("Postfach 114", 0),
              ("Contact Form", 0), ("Kari@", 0), ("@Kari_N", 0), ("Twitter @kari", 0), ("Kein E-Mail", 0)],
    "website": [("Kari@firm.no", 0), ("Firm AS", 0), ("Facebook: Firm", 0), ("Instagram @Firm", 0),
                ("Firm (LinkedIn)", 0), ("@Firm", 0), ("Google Maps", 0), ("Keine Webseite", 0),
                ("Ingen Nettside", 0), ("Search Firm Oslo", 0), ("App Store", 0), ("Tel. 22 33 44 55", 0)],
    "postcode": [("Box 114", 0), ("Room 12", 0), ("Floor 3", 0), ("Nr 7", 0), ("Gate 4", 0), ("Oslo", 0),
                 ("OSLO", 0), ("Postfach 114", 0), ("Apt 4B", 0), ("Unit 7", 0), ("Haus 3", 0), ("Etage 2", 0),
                 ("P.O. 114", 0), ("BOX 114", 0), ("Bygg 2", 0), ("CEDEX", 0), ("Flat 3", 0), ("12:00", 0),
                 ("2026-05-01", 0), ("Tel 22 33 44 55", 0), ("UNKNOWN", 0), ("N/A", 0), ("XXXXX", 0), ("NONE", 0),
                 ("PLZ", 0), ("ZIP", 0), ("Km 12", 0), ("Hwy 7", 0)],
}
KLAB = {"phone": ["Phone", "Telefon", "Tel."], "email": ["Email", "E-Mail"], "website": ["Website", "Webseite", "Web"],
        "postcode": ["Postcode", "PLZ", "Postal code", "Postnummer"]}
for key in KOK:
    for j, v in enumerate(KOK[key]):
        name = nm(); nullable = j % 2 == 0; lay = "LOY"[j % 3]; lab = KLAB[key][j % len(KLAB[key])]
        sch = sch_for(key, "string", nullable)
        b = {"name": name, key: v}
        pr = layout(lay, [("Name", name), (lab, v)])
        add("single", "d176-ko-%s-%d-%s" % (key, j, lay), "r176-kind-ok", pr, sch, b, [json.dumps(b)] * 3)
        bv, _ = KBAD[key][j % len(KBAD[key])]
        e = none_exp(name, key, nullable)
        pv = layout(lay, [("Name", name), (lab, bv)])
        add("pair", "d176-kv-%s-%d-%s" % (key, j, lay), "r176-kind-var", pv, sch, e,
            [json.dumps({"name": name, key: bv}), json.dumps(e), json.dumps(e)])
        if j % 4 == 0:
            add("safe", "d176-ks-%s-%d-%s" % (key, j, lay), "r176-kind-safe", pr + "\n\nThanks!", sch, b, [json.dumps(b)] * 3)
    for j, (bv, _) in enumerate(KBAD[key]):
        for lay in "LOY":
            name = nm(); nullable = (j + ord(lay)) % 2 == 0; lab = KLAB[key][j % len(KLAB[key])]
            sch = sch_for(key, "string", nullable)
            e = none_exp(name, key, nullable)
            pr = layout(lay, [("Name", name), (lab, bv)])
            add("single", "d176-kb-%s-%d-%s" % (key, j, lay), "r176-kind-bad", pr, sch, e,
                [json.dumps({"name": name, key: bv}), json.dumps(e), json.dumps(e)])

# ---------------------------------------------------------------- part 5: right values in small letters
SMALL = [("employer", "Employer", ["bergen kommune", "ikea", "oslo universitetssykehus", "equinor asa", "nav",
                                   "rema 1000", "the guardian", "de vries bv", "zalando se", "apple"]),
         ("company", "Company", ["ikea", "bergen kommune", "spotify ab", "lego", "telenor", "nokia oyj", "bol.com",
                                 "eBay", "iHerb", "hm"]),
         ("city", "City", ["bergen", "oslo", "den haag", "trondheim", "münchen", "łódź", "izmir", "s-hertogenbosch",
                           "la paz", "'s-gravenhage"]),
         ("nickname", "Nickname", ["kiki", "bear", "el flaco", "mo", "jj", "dee", "ace", "tiny", "bubba", "zz"]),
         ("middle_name", "Middle name", ["van", "de", "ter", "bin", "al", "von", "da", "ibn", "mac", "du"])]
for key, lab, vals in SMALL:
    for j, v in enumerate(vals):
        for lay in "LOY":
            name = nm(); nullable = (j + ord(lay)) % 2 == 0
            sch = sch_for(key, "string", nullable)
            b = {"name": name, key: v}
            pr = layout(lay, [("Name", name), (lab, v)])
            add("single", "d176-sm-%s-%d-%s" % (key, j, lay), "r176-small", pr, sch, b, [json.dumps(b)] * 3)
            # pair variant: the record's value replaced by a capitalised none word
            ph = CAPNONE[(j * 3 + ord(lay)) % len(CAPNONE)]
            e = none_exp(name, key, nullable)
            pv = layout(lay, [("Name", name), (lab, ph)])
            add("pair", "d176-sv-%s-%d-%s" % (key, j, lay), "r176-small-var", pv, sch, e,
                [json.dumps({"name": name, key: ph}), json.dumps(e), json.dumps(e)])
            # pair variant 2: another small-letter value (the model answers it right)
            v2 = vals[(j + 1) % len(vals)]
            b2 = {"name": name, key: v2}
            add("pair", "d176-sw-%s-%d-%s" % (key, j, lay), "r176-small-var2", layout(lay, [("Name", name), (lab, v2)]),
                sch, b2, [json.dumps(b2)] * 3)

# ---------------------------------------------------------------- part 6: several records; the asked one has a none word
for j in range(120):
    key, labels, gen = NAMEKEYS[j % len(NAMEKEYS)]
    ph = CAPNONE[(j * 7) % len(CAPNONE)]
    n1, n2 = nm(), nm(); real = gen(); lab = labels[0]; nullable = j % 2 == 0
    lay = "LOY"[j % 3]
    sch = sch_for(key, "string", nullable)
    recs = layout(lay, [("Name", n1), (lab, real)], intro="Extract the record of %s." % n2) + "\n\n" + \
        layout(lay, [("Name", n2), (lab, ph)], intro="").strip()
    e = none_exp(n2, key, nullable)
    add("single", "d176-mr-%s-%d-%s" % (key, j, lay), "r176-multi", recs, sch, e,
        [json.dumps({"name": n2, key: real}), json.dumps({"name": n2, key: ph}), json.dumps(e), json.dumps(e)])

# ================================================================ second pass: edges of what got through
PH_INT175 = ["onbekend", "n.v.t.", "volgt", "niet opgegeven", "nog niet bekend", "nie podano", "b.d.", "nieznany",
             "do ustalenia", "nie dotyczy", "belirtilmemiş", "bilinmiyor", "henüz yok", "belirsiz", "chưa có",
             "không rõ", "άγνωστο", "δεν υπάρχει", "ei tiedossa", "puuttuu", "ei ilmoitettu", "tuntematon",
             "nem ismert", "ismeretlen", "nincs megadva", "haijulikani", "haipo", "belum ada", "tidak diketahui",
             "kosong", "неизвестно", "не указан", "ukendt", "sconosciuto", "neznámý", "nepoznato", "necunoscut",
             "ukjent", "okänd", "unbekannt", "inconnu", "desconocido", "desconhecido", "nessuno", "ninguno"]
X_WORDS = []
for x in PH_INT175:
    X_WORDS.append(x[0].upper() + x[1:])
    X_WORDS.append(x.upper())
X_WORDS += ["Unknown.", "Unknown!", "(Unknown)", "Unknown?", "– Unknown –", "Still Unknown", "Currently Unknown",
            "Not Known Yet", "Nobody Yet", "No One", "Noone", "No-one", "Nobody Assigned", "None Assigned",
            "Not Assigned", "Not Set", "Not Entered", "Unfilled", "Open Position", "Position Vacant", "Vacancy",
            "Unstaffed", "Jobless", "Between Jobs", "Not Working", "No Employer", "Keine Firma", "Kein Arbeitgeber",
            "Ingen Arbeidsgiver", "Sin Empleo", "Sans Emploi", "Bez Pracy", "Työtön", "İşsiz", "Werkloos",
            "Arbeitslos", "Arbeidsledig", "Ledig", "Ledig Stilling", "Nicht Zutreffend", "Nicht Anwendbar",
            "Ikke Aktuelt", "Ej Tillämpligt", "Nie Dotyczy", "No Aplica", "Não Se Aplica", "Non Applicable",
            "Niet Van Toepassing", "Geen Opgave", "Ingen Oppgitt", "Ingen Angivet", "Nicht Angegeben",
            "Non Précisé", "Sin Especificar", "Não Especificado", "Non Specificato", "Nicht Ausgefüllt",
            "Leer", "Tom", "Vide", "Vacío", "Vuoto", "Vazio", "Leeg", "Pusty", "Prázdný", "Üres", "Boş",
            "Tyhjä", "Keiner Bekannt", "Weiß Nicht", "Vet Ikke", "Vet Ej", "No Sé", "Je Ne Sais Pas", "Non So",
            "Não Sei", "Weet Niet", "Nie Wiem", "Bilmiyorum", "En Tiedä", "Nem Tudom", "Sijui", "Tidak Tahu",
            "Hindi Ko Alam", "Không Biết", "Не Знаю", "Не Знаю Точно", "Sconosciuta", "Desconocida", "Inconnue",
            "Unbekanntes", "Okänt", "Ukjente", "Ubekendt", "Ismeretlen", "Tuntematon", "Bilinmeyen", "Άγνωστη",
            "Невідома", "Неизвестна", "Nieznana", "Nieznane", "Neznámá", "Nepoznata", "Necunoscută", "Nicio",
            "Niciunul", "Nijedan", "Nitko", "Nikdo", "Senki", "Kimse", "Kukaan Ei", "Hakuna Mtu", "Tidak Ada Orang",
            "Walang Tao", "Никто", "Ніхто", "Κανείς", "Nikt", "Niemand Bekannt", "Nadie Aún", "Personne Encore"]
X_ARG = {"Tom", "Vide", "Leer", "Ledig", "Nicio", "Kimse", "Senki", "Nitko", "Nikdo", "Nikt", "Noone", "Inga",
         "Personne Encore", "Open Position", "Position Vacant", "Vacancy", "Unstaffed", "Jobless", "Between Jobs",
         "Not Working", "Työtön", "İşsiz", "Werkloos", "Arbeitslos", "Arbeidsledig", "Sin Empleo", "Sans Emploi",
         "Bez Pracy", "Ledig Stilling"}
XKEYS = NAMEKEYS
for j, ph in enumerate(X_WORDS):
    for q in range(2):
        key, labels, gen = XKEYS[(j * 2 + q) % len(XKEYS)]
        name = nm(); nullable = (j + q) % 2 == 0; lab = labels[0]; lay = "LOY"[(j + q) % 3]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: ph}
        pr = layout(lay, [("Name", name), (lab, ph)])
        arg = ph in X_ARG or ph.upper() == ph and len(ph) <= 3
        add("single", "d176-xn-%s-%d-%s" % (key, j, lay), "r176-x-capnone", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=arg)
        if q == 0 and j % 2 == 0:
            real = gen(); b = {"name": name, key: real}
            add("pair", "d176-xb-%s-%d-%s" % (key, j, lay), "r176-x-base", layout(lay, [("Name", name), (lab, real)]),
                sch, b, [json.dumps(b)] * 3)
            # variant: the same record, the value replaced by the none word, and one unrelated line added
            pv = pr + "\n\nThank you."
            add("pair", "d176-xv-%s-%d-%s" % (key, j, lay), "r176-x-var", pv, sch, e, [json.dumps(e)] * 3, arg=arg)

X_DIG = ["Nil 0", "Nil 1", "Nil (0)", "Nil-0", "NIL 0", "Nil 00", "Nill 0", "NULL 0", "Null 0", "Nvt 0", "N.v.t. 1",
         "n.v.t. 2", "n.v.t. 0", "N.V.T. 1", "Ukjent 0", "Fehlt 0", "0 Fehlt", "Keine (0)", "Ingen 0", "Brak 0",
         "N0NE", "N0ne", "NON3", "Unkn0wn", "UNKN0WN", "Unkn0wn 1", "N/4", "T8D", "7BD", "TB0", "Nobody 0",
         "No One 1", "Niemand 0", "Nessuno 0", "Aucun 0", "Ninguno 0", "Geen 0", "Yok 0", "Tiada 0", "Wala 0",
         "Empty 0", "Blank 0", "Void 0", "Zero", "Zero (0)", "0 Unknown", "1 Unknown", "None #0", "Nr 0",
         "No 0", "#00", "ID 000", "Ref 0", "Code 00"]
X_DIG_ARG = {"Nr 0", "No 0", "#00", "ID 000", "Ref 0", "Code 00", "Zero", "N/4", "T8D", "7BD", "TB0"}
for j, ph in enumerate(X_DIG):
    for q in range(3):
        key, labels, gen = XKEYS[(j * 3 + q) % len(XKEYS)]
        name = nm(); nullable = (j + q) % 2 == 0; lab = labels[0]; lay = "LOY"[q]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        pr = layout(lay, [("Name", name), (lab, ph)])
        add("single", "d176-xd-%s-%d-%s" % (key, j, lay), "r176-x-digitnone", pr, sch, e,
            [json.dumps({"name": name, key: ph}), json.dumps(e), json.dumps(e)], arg=ph in X_DIG_ARG)

X_KIND = {
    "phone": ["MVA 912345678", "Org 912345678", "Org.nr. 912 345 678", "VAT 912345678", "VAT NO912345678MVA",
              "USt-IdNr DE123456789", "KvK 12345678", "SIRET 12345678901234", "Konto 12345678901",
              "Fnr 01018412345", "SSN 123-45-6789", "Pers.nr 850101-1234", "PESEL 85010112345", "TC 12345678901",
              "NIP 123-456-78-90", "Kunde 12345678", "Faktura 12345678", "Postboks 1140", "Room 2041", "Seat 14C",
              "Lot 12345678", "IMEI 356938035643809", "Serial 12345678", "Kennzeichen B-AB 1234",
              "BSN 123456782", "CPR 010184-1234", "Tax ID 912345678", "EIN 12-3456789", "ABN 51 824 753 556",
              "GLN 7080001234567", "EAN 7038010000000", "Order 20260042", "Booking 12345678"],
    "mobile": ["MVA 912345678", "Org 912345678", "Konto 12345678901", "Fnr 01018412345", "IMEI 356938035643809",
               "Kunde 12345678", "PIN 123456", "Serial 12345678"],
    "postcode": ["P.O. 114", "P.O.Box 114", "POB 114", "Pb 114", "PB 114", "Apdo. 114", "BP 114", "App. 12",
                 "Nr. 7", "No 7", "Block 7", "Suite 400", "Ste 400", "Dept 12", "Hse 3", "Lgh 1102", "St. 3",
                 "OG 2", "2. OG", "Bus 3", "Top 4", "Stiege 2", "Tür 12", "Whg 12", "Rm 12", "Fl 3", "Apt 12B",
                 "PO 114", "CP 114", "Casilla 114", "Skr. 114", "Postbox 114", "Boks 114", "Kutu 114"],
}
X_KIND_ARG = {"Top 4", "Stiege 2", "Bus 3", "CP 114", "Lgh 1102"}
for key, vals in X_KIND.items():
    labs = {"phone": ["Phone", "Telefon", "Tel."], "mobile": ["Mobile", "Mobil"],
            "postcode": ["Postcode", "PLZ", "Postal code", "Postnummer"]}[key]
    realg = {"phone": _phone, "mobile": _phone, "postcode": lambda: d(4)}[key]
    for j, bv in enumerate(vals):
        for lay in "LOY":
            name = nm(); nullable = (j + ord(lay)) % 2 == 1; lab = labs[(j + ord(lay)) % len(labs)]
            sch = sch_for(key, "string", nullable)
            e = none_exp(name, key, nullable)
            pr = layout(lay, [("Name", name), (lab, bv)])
            add("single", "d176-xk-%s-%d-%s" % (key, j, lay), "r176-x-kind", pr, sch, e,
                [json.dumps({"name": name, key: bv}), json.dumps(e), json.dumps(e)], arg=bv in X_KIND_ARG)
            if lay == "L":
                real = realg(); b = {"name": name, key: real}
                add("pair", "d176-xkb-%s-%d-%s" % (key, j, lay), "r176-xk-base", layout(lay, [("Name", name), (lab, real)]),
                    sch, b, [json.dumps(b)] * 3)
                add("pair", "d176-xkv-%s-%d-%s" % (key, j, lay), "r176-xk-var", pr + "\n", sch, e, [json.dumps(e)] * 3,
                    arg=bv in X_KIND_ARG)


# ---------------------------------------------------------------- found (both passes, full round, fresh store, --runs 2)
r176_found_alone = set("""
    d176-cn-city-100-Y d176-cn-city-101-L d176-cn-city-117-O d176-cn-city-12-O
    d176-cn-city-120-O d176-cn-city-121-Y d176-cn-city-128-L d176-cn-city-129-O
    d176-cn-city-145-Y d176-cn-city-21-O d176-cn-city-36-O d176-cn-city-40-Y
    d176-cn-city-56-L d176-cn-city-57-O d176-cn-city-93-O d176-cn-company-100-L
    d176-cn-company-101-O d176-cn-company-117-Y d176-cn-company-12-Y d176-cn-company-120-Y
    d176-cn-company-124-L d176-cn-company-125-O d176-cn-company-128-O d176-cn-company-129-Y
    d176-cn-company-133-L d176-cn-company-145-L d176-cn-company-160-L d176-cn-company-21-Y
    d176-cn-company-36-Y d176-cn-company-52-L d176-cn-company-56-O d176-cn-company-57-Y
    d176-cn-company-61-L d176-cn-company-93-Y d176-cn-department-100-O d176-cn-department-101-Y
    d176-cn-department-117-L d176-cn-department-12-L d176-cn-department-120-L d176-cn-department-121-O
    d176-cn-department-128-Y d176-cn-department-129-L d176-cn-department-145-O d176-cn-department-21-L
    d176-cn-department-36-L d176-cn-department-40-O d176-cn-department-56-Y d176-cn-department-57-L
    d176-cn-department-93-L d176-cn-emergency_contact-75-O d176-cn-employer-102-L d176-cn-employer-103-O
    d176-cn-employer-12-L d176-cn-employer-120-L d176-cn-employer-121-O d176-cn-employer-145-O
    d176-cn-employer-18-L d176-cn-employer-31-O d176-cn-employer-36-L d176-cn-employer-54-L
    d176-cn-employer-55-O d176-cn-manager-100-Y d176-cn-manager-101-L d176-cn-manager-117-O
    d176-cn-manager-12-O d176-cn-manager-120-O d176-cn-manager-121-Y d176-cn-manager-125-L
    d176-cn-manager-128-L d176-cn-manager-129-O d176-cn-manager-145-Y d176-cn-manager-21-O
    d176-cn-manager-36-O d176-cn-manager-40-Y d176-cn-manager-56-L d176-cn-manager-57-O
    d176-cn-manager-93-O d176-cn-nickname-103-L d176-cn-nickname-106-L d176-cn-nickname-117-Y
    d176-cn-nickname-121-L d176-cn-nickname-122-O d176-cn-nickname-123-Y d176-cn-nickname-124-L
    d176-cn-nickname-125-O d176-cn-nickname-130-L d176-cn-nickname-131-O d176-cn-nickname-132-Y
    d176-cn-nickname-133-L d176-cn-nickname-135-Y d176-cn-nickname-14-O d176-cn-nickname-15-Y
    d176-cn-nickname-150-Y d176-cn-nickname-158-O d176-cn-nickname-159-Y d176-cn-nickname-160-L
    d176-cn-nickname-18-Y d176-cn-nickname-24-Y d176-cn-nickname-31-L d176-cn-nickname-34-L
    d176-cn-nickname-36-Y d176-cn-nickname-40-L d176-cn-nickname-51-Y d176-cn-nickname-52-L
    d176-cn-nickname-54-Y d176-cn-nickname-58-L d176-cn-nickname-61-L d176-cn-nickname-95-O
    d176-cn-spouse-100-O d176-cn-spouse-101-Y d176-cn-spouse-117-L d176-cn-spouse-124-O
    d176-cn-spouse-125-Y d176-cn-spouse-128-Y d176-cn-spouse-132-L d176-cn-spouse-133-O
    d176-cn-spouse-145-O d176-cn-spouse-160-O d176-cn-spouse-24-L d176-cn-spouse-36-L
    d176-cn-spouse-52-O d176-cn-spouse-56-Y d176-cn-spouse-61-O d176-cn-supervisor-100-Y
    d176-cn-supervisor-106-Y d176-cn-supervisor-117-O d176-cn-supervisor-122-L d176-cn-supervisor-123-O
    d176-cn-supervisor-124-Y d176-cn-supervisor-125-L d176-cn-supervisor-131-L d176-cn-supervisor-132-O
    d176-cn-supervisor-133-Y d176-cn-supervisor-135-O d176-cn-supervisor-14-L d176-cn-supervisor-145-Y
    d176-cn-supervisor-15-O d176-cn-supervisor-150-O d176-cn-supervisor-158-L d176-cn-supervisor-159-O
    d176-cn-supervisor-160-Y d176-cn-supervisor-18-O d176-cn-supervisor-24-O d176-cn-supervisor-34-Y
    d176-cn-supervisor-36-O d176-cn-supervisor-46-Y d176-cn-supervisor-51-O d176-cn-supervisor-52-Y
    d176-cn-supervisor-54-O d176-cn-supervisor-55-Y d176-cn-supervisor-61-Y d176-cn-supervisor-95-L
    d176-cn-title-100-L d176-cn-title-101-O d176-cn-title-117-Y d176-cn-title-12-Y
    d176-cn-title-120-Y d176-cn-title-124-L d176-cn-title-125-O d176-cn-title-128-O
    d176-cn-title-129-Y d176-cn-title-133-L d176-cn-title-145-L d176-cn-title-160-L
    d176-cn-title-21-Y d176-cn-title-36-Y d176-cn-title-52-L d176-cn-title-56-O
    d176-cn-title-57-Y d176-cn-title-61-L d176-cn-title-93-Y d176-cn-works_at-100-L
    d176-cn-works_at-101-O d176-cn-works_at-102-Y d176-cn-works_at-103-L d176-cn-works_at-111-Y
    d176-cn-works_at-119-O d176-cn-works_at-12-Y d176-cn-works_at-120-Y d176-cn-works_at-121-L
    d176-cn-works_at-122-O d176-cn-works_at-123-Y d176-cn-works_at-128-O d176-cn-works_at-129-Y
    d176-cn-works_at-130-L d176-cn-works_at-131-O d176-cn-works_at-132-Y d176-cn-works_at-14-O
    d176-cn-works_at-145-L d176-cn-works_at-15-Y d176-cn-works_at-150-Y d176-cn-works_at-155-O
    d176-cn-works_at-158-O d176-cn-works_at-159-Y d176-cn-works_at-21-Y d176-cn-works_at-24-Y
    d176-cn-works_at-31-L d176-cn-works_at-40-L d176-cn-works_at-46-L d176-cn-works_at-51-Y
    d176-cn-works_at-55-L d176-cn-works_at-56-O d176-cn-works_at-57-Y d176-cn-works_at-58-L
    d176-cn-works_at-75-Y d176-cn-works_at-93-Y d176-cn-works_at-95-O d176-cv-city-100-Y
    d176-cv-city-12-O d176-cv-city-120-O d176-cv-city-128-L d176-cv-city-36-O
    d176-cv-city-40-Y d176-cv-city-56-L d176-cv-company-100-L d176-cv-company-12-Y
    d176-cv-company-120-Y d176-cv-company-124-L d176-cv-company-128-O d176-cv-company-160-L
    d176-cv-company-36-Y d176-cv-company-52-L d176-cv-company-56-O d176-cv-department-100-O
    d176-cv-department-12-L d176-cv-department-120-L d176-cv-department-128-Y d176-cv-department-36-L
    d176-cv-department-40-O d176-cv-department-56-Y d176-cv-employer-12-L d176-cv-employer-120-L
    d176-cv-employer-36-L d176-cv-manager-100-Y d176-cv-manager-12-O d176-cv-manager-120-O
    d176-cv-manager-128-L d176-cv-manager-36-O d176-cv-manager-40-Y d176-cv-manager-56-L
    d176-cv-nickname-124-L d176-cv-nickname-132-Y d176-cv-nickname-160-L d176-cv-nickname-24-Y
    d176-cv-nickname-36-Y d176-cv-nickname-40-L d176-cv-nickname-52-L d176-cv-spouse-100-O
    d176-cv-spouse-124-O d176-cv-spouse-128-Y d176-cv-spouse-132-L d176-cv-spouse-160-O
    d176-cv-spouse-24-L d176-cv-spouse-36-L d176-cv-spouse-52-O d176-cv-spouse-56-Y
    d176-cv-supervisor-100-Y d176-cv-supervisor-124-Y d176-cv-supervisor-132-O d176-cv-supervisor-160-Y
    d176-cv-supervisor-24-O d176-cv-supervisor-36-O d176-cv-supervisor-52-Y d176-cv-title-100-L
    d176-cv-title-12-Y d176-cv-title-120-Y d176-cv-title-124-L d176-cv-title-128-O
    d176-cv-title-160-L d176-cv-title-36-Y d176-cv-title-52-L d176-cv-title-56-O
    d176-cv-works_at-100-L d176-cv-works_at-12-Y d176-cv-works_at-120-Y d176-cv-works_at-128-O
    d176-cv-works_at-132-Y d176-cv-works_at-24-Y d176-cv-works_at-40-L d176-cv-works_at-56-O
    d176-dn-company-28-L d176-dn-company-30-Y d176-dn-company-38-O d176-dn-company-6-Y
    d176-dn-department-28-O d176-dn-department-30-L d176-dn-department-38-Y d176-dn-department-6-L
    d176-dn-employer-30-L d176-dn-employer-6-L d176-dn-manager-28-Y d176-dn-manager-30-O
    d176-dn-manager-38-L d176-dn-manager-6-O d176-dn-nickname-28-L d176-dn-nickname-29-O
    d176-dn-nickname-30-Y d176-dn-nickname-31-L d176-dn-nickname-35-O d176-dn-nickname-38-O
    d176-dn-nickname-39-Y d176-dn-nickname-5-O d176-dn-nickname-6-Y d176-dn-nickname-9-Y
    d176-dn-postcode-30-Y d176-dn-spouse-28-O d176-dn-spouse-30-L d176-dn-spouse-38-Y
    d176-dn-spouse-6-L d176-dn-supervisor-28-Y d176-dn-supervisor-29-L d176-dn-supervisor-30-O
    d176-dn-supervisor-31-Y d176-dn-supervisor-35-L d176-dn-supervisor-38-L d176-dn-supervisor-39-O
    d176-dn-supervisor-5-L d176-dn-supervisor-6-O d176-dn-supervisor-9-O d176-dn-title-28-L
    d176-dn-title-30-Y d176-dn-title-38-O d176-dn-title-6-Y d176-dn-website-5-O
    d176-dn-works_at-28-L d176-dn-works_at-29-O d176-dn-works_at-30-Y d176-dn-works_at-31-L
    d176-dn-works_at-35-O d176-dn-works_at-38-O d176-dn-works_at-39-Y d176-dn-works_at-5-O
    d176-dn-works_at-6-Y d176-dv-company-30-Y d176-dv-department-30-L d176-dv-employer-30-L
    d176-dv-manager-30-O d176-dv-nickname-30-Y d176-dv-nickname-35-O d176-dv-nickname-5-O
    d176-dv-postcode-30-Y d176-dv-spouse-30-L d176-dv-supervisor-30-O d176-dv-supervisor-35-L
    d176-dv-supervisor-5-L d176-dv-title-30-Y d176-dv-website-5-O d176-dv-works_at-30-Y
    d176-dv-works_at-35-O d176-dv-works_at-5-O d176-kb-phone-9-L d176-kb-phone-9-O
    d176-kb-postcode-12-L d176-kv-phone-9-L d176-kv-postcode-12-L d176-sv-city-2-Y
    d176-sv-city-7-O d176-sv-city-8-L d176-sv-company-2-Y d176-sv-company-7-O
    d176-sv-company-8-L d176-sv-company-8-O d176-sv-company-9-L d176-sv-company-9-O
    d176-sv-employer-2-Y d176-sv-employer-4-Y d176-sv-employer-7-O d176-sv-employer-8-L
    d176-sv-employer-9-L d176-sv-employer-9-O d176-sv-nickname-2-Y d176-sv-nickname-4-Y
    d176-sv-nickname-7-O d176-sv-nickname-8-L d176-sv-nickname-8-O d176-sv-nickname-9-L
    d176-sv-nickname-9-O d176-xd-city-43-O d176-xd-company-0-Y d176-xd-company-16-Y
    d176-xd-company-20-Y d176-xd-company-24-Y d176-xd-company-28-Y d176-xd-company-4-Y
    d176-xd-company-40-Y d176-xd-company-44-Y d176-xd-company-48-Y d176-xd-company-52-Y
    d176-xd-company-8-Y d176-xd-department-11-L d176-xd-department-15-L d176-xd-department-23-L
    d176-xd-department-27-L d176-xd-department-3-L d176-xd-department-35-L d176-xd-department-39-L
    d176-xd-department-43-L d176-xd-department-7-L d176-xd-employer-0-L d176-xd-employer-16-L
    d176-xd-employer-20-L d176-xd-employer-24-L d176-xd-employer-28-L d176-xd-employer-4-L
    d176-xd-employer-40-L d176-xd-employer-44-L d176-xd-employer-48-L d176-xd-employer-52-L
    d176-xd-employer-8-L d176-xd-manager-0-O d176-xd-manager-16-O d176-xd-manager-20-O
    d176-xd-manager-24-O d176-xd-manager-28-O d176-xd-manager-4-O d176-xd-manager-40-O
    d176-xd-manager-44-O d176-xd-manager-48-O d176-xd-manager-52-O d176-xd-manager-8-O
    d176-xd-nickname-1-Y d176-xd-nickname-13-Y d176-xd-nickname-21-Y d176-xd-nickname-25-Y
    d176-xd-nickname-29-Y d176-xd-nickname-41-Y d176-xd-nickname-49-Y d176-xd-nickname-5-Y
    d176-xd-nickname-53-Y d176-xd-nickname-9-Y d176-xd-spouse-1-L d176-xd-spouse-13-L
    d176-xd-spouse-21-L d176-xd-spouse-25-L d176-xd-spouse-29-L d176-xd-spouse-41-L
    d176-xd-spouse-49-L d176-xd-spouse-5-L d176-xd-spouse-53-L d176-xd-spouse-9-L
    d176-xd-supervisor-1-O d176-xd-supervisor-13-O d176-xd-supervisor-21-O d176-xd-supervisor-25-O
    d176-xd-supervisor-29-O d176-xd-supervisor-41-O d176-xd-supervisor-49-O d176-xd-supervisor-5-O
    d176-xd-supervisor-53-O d176-xd-supervisor-9-O d176-xd-title-11-Y d176-xd-title-15-Y
    d176-xd-title-23-Y d176-xd-title-27-Y d176-xd-title-3-Y d176-xd-title-35-Y
    d176-xd-title-39-Y d176-xd-title-43-Y d176-xd-title-7-Y d176-xd-works_at-10-Y
    d176-xd-works_at-2-Y d176-xd-works_at-22-Y d176-xd-works_at-38-Y d176-xd-works_at-42-Y
    d176-xd-works_at-6-Y d176-xk-mobile-0-L d176-xk-mobile-4-L d176-xk-phone-0-Y
    d176-xk-phone-12-Y d176-xk-phone-13-L d176-xk-phone-13-O d176-xk-phone-13-Y
    d176-xk-phone-14-L d176-xk-phone-14-O d176-xk-phone-21-Y d176-xk-phone-24-Y
    d176-xk-phone-25-L d176-xk-phone-25-O d176-xk-phone-25-Y d176-xk-phone-28-L
    d176-xk-phone-28-O d176-xk-phone-28-Y d176-xk-phone-29-L d176-xk-phone-29-O
    d176-xk-phone-30-Y d176-xk-phone-7-L d176-xk-postcode-17-O d176-xk-postcode-2-L
    d176-xk-postcode-27-O d176-xk-postcode-27-Y d176-xk-postcode-28-L d176-xk-postcode-4-L
    d176-xk-postcode-6-L d176-xkv-mobile-0-L d176-xkv-mobile-4-L d176-xkv-phone-13-L
    d176-xkv-phone-14-L d176-xkv-phone-25-L d176-xkv-phone-28-L d176-xkv-phone-29-L
    d176-xkv-phone-7-L d176-xkv-postcode-0-L d176-xkv-postcode-2-L d176-xkv-postcode-28-L
    d176-xkv-postcode-4-L d176-xkv-postcode-6-L d176-xn-city-101-Y d176-xn-city-107-Y
    d176-xn-city-113-Y d176-xn-city-125-Y d176-xn-city-149-Y d176-xn-city-155-Y
    d176-xn-city-209-Y d176-xn-city-35-Y d176-xn-company-109-O d176-xn-company-121-O
    d176-xn-company-127-O d176-xn-company-151-O d176-xn-company-157-O d176-xn-company-169-O
    d176-xn-company-181-O d176-xn-company-187-O d176-xn-company-199-O d176-xn-company-31-O
    d176-xn-company-61-O d176-xn-company-73-O d176-xn-department-100-Y d176-xn-department-112-Y
    d176-xn-department-124-Y d176-xn-department-148-Y d176-xn-department-154-Y d176-xn-department-16-Y
    d176-xn-department-166-Y d176-xn-department-172-Y d176-xn-department-184-Y d176-xn-department-190-Y
    d176-xn-department-196-Y d176-xn-department-202-Y d176-xn-department-208-Y d176-xn-department-34-Y
    d176-xn-department-52-Y d176-xn-department-58-Y d176-xn-emergency_contact-135-O d176-xn-emergency_contact-171-O
    d176-xn-emergency_contact-177-O d176-xn-emergency_contact-213-O d176-xn-emergency_contact-63-O d176-xn-employer-108-L
    d176-xn-employer-132-L d176-xn-employer-144-L d176-xn-employer-150-L d176-xn-employer-156-L
    d176-xn-employer-162-L d176-xn-employer-174-L d176-xn-employer-192-L d176-xn-employer-198-L
    d176-xn-employer-210-L d176-xn-employer-60-L d176-xn-employer-72-L d176-xn-manager-108-O
    d176-xn-manager-126-O d176-xn-manager-132-O d176-xn-manager-144-O d176-xn-manager-150-O
    d176-xn-manager-156-O d176-xn-manager-162-O d176-xn-manager-174-O d176-xn-manager-192-O
    d176-xn-manager-198-O d176-xn-manager-210-O d176-xn-manager-60-O d176-xn-manager-72-O
    d176-xn-nickname-110-L d176-xn-nickname-122-L d176-xn-nickname-128-L d176-xn-nickname-152-L
    d176-xn-nickname-158-L d176-xn-nickname-170-L d176-xn-nickname-176-L d176-xn-nickname-182-L
    d176-xn-nickname-194-L d176-xn-nickname-20-L d176-xn-nickname-200-L d176-xn-nickname-206-L
    d176-xn-nickname-44-L d176-xn-nickname-62-L d176-xn-spouse-109-Y d176-xn-spouse-121-Y
    d176-xn-spouse-127-Y d176-xn-spouse-151-Y d176-xn-spouse-157-Y d176-xn-spouse-169-Y
    d176-xn-spouse-181-Y d176-xn-spouse-187-Y d176-xn-spouse-199-Y d176-xn-spouse-31-Y
    d176-xn-spouse-61-Y d176-xn-spouse-73-Y d176-xn-supervisor-110-Y d176-xn-supervisor-122-Y
    d176-xn-supervisor-128-Y d176-xn-supervisor-152-Y d176-xn-supervisor-158-Y d176-xn-supervisor-170-Y
    d176-xn-supervisor-176-Y d176-xn-supervisor-182-Y d176-xn-supervisor-194-Y d176-xn-supervisor-20-Y
    d176-xn-supervisor-200-Y d176-xn-supervisor-206-Y d176-xn-supervisor-44-Y d176-xn-supervisor-62-Y
    d176-xn-title-101-L d176-xn-title-107-L d176-xn-title-113-L d176-xn-title-125-L
    d176-xn-title-149-L d176-xn-title-155-L d176-xn-title-17-L d176-xn-title-209-L
    d176-xn-title-29-L d176-xn-title-35-L d176-xn-title-53-L d176-xn-title-59-L
    d176-xn-title-71-L d176-xn-title-77-L d176-xn-works_at-100-O d176-xn-works_at-112-O
    d176-xn-works_at-124-O d176-xn-works_at-148-O d176-xn-works_at-154-O d176-xn-works_at-16-O
    d176-xn-works_at-166-O d176-xn-works_at-172-O d176-xn-works_at-184-O d176-xn-works_at-190-O
    d176-xn-works_at-196-O d176-xn-works_at-202-O d176-xn-works_at-208-O d176-xn-works_at-34-O
    d176-xn-works_at-52-O d176-xn-works_at-58-O d176-xn-works_at-70-O
""".split())

_BASES = {"cv": "cb", "dv": "db", "sv": "sm", "xv": "xb", "xkv": "xkb", "kv": "ko", "fv": "fd", "gv": "gb", "sw": "sm"}


def r176_base(x):
    """The base of a pair variant's id (or the id itself)."""
    head, rest = x.split("-", 2)[1], x.split("-", 2)[2]
    return "d176-%s-%s" % (_BASES[head], rest) if head in _BASES else x



# the arguable items among the found ones (pointers and withheld words, words that are also names or other words,
# "<Label> 0" codes, vacancy and job-state words under keys they do not fit, "CP 114")
r176_arguable = set("""
    d176-cn-city-117-O d176-cn-city-145-Y d176-cn-city-93-O d176-cn-company-117-Y
    d176-cn-company-133-L d176-cn-company-145-L d176-cn-company-160-L d176-cn-company-93-Y
    d176-cn-department-117-L d176-cn-department-145-O d176-cn-department-93-L d176-cn-emergency_contact-75-O
    d176-cn-employer-102-L d176-cn-employer-145-O d176-cn-manager-117-O d176-cn-manager-145-Y
    d176-cn-manager-93-O d176-cn-nickname-117-Y d176-cn-nickname-131-O d176-cn-nickname-132-Y
    d176-cn-nickname-133-L d176-cn-nickname-135-Y d176-cn-nickname-150-Y d176-cn-nickname-158-O
    d176-cn-nickname-159-Y d176-cn-nickname-160-L d176-cn-spouse-117-L d176-cn-spouse-132-L
    d176-cn-spouse-133-O d176-cn-spouse-145-O d176-cn-spouse-160-O d176-cn-supervisor-117-O
    d176-cn-supervisor-131-L d176-cn-supervisor-132-O d176-cn-supervisor-133-Y d176-cn-supervisor-135-O
    d176-cn-supervisor-145-Y d176-cn-supervisor-150-O d176-cn-supervisor-158-L d176-cn-supervisor-159-O
    d176-cn-supervisor-160-Y d176-cn-title-117-Y d176-cn-title-133-L d176-cn-title-145-L
    d176-cn-title-160-L d176-cn-title-93-Y d176-cn-works_at-102-Y d176-cn-works_at-131-O
    d176-cn-works_at-132-Y d176-cn-works_at-145-L d176-cn-works_at-150-Y d176-cn-works_at-155-O
    d176-cn-works_at-158-O d176-cn-works_at-159-Y d176-cn-works_at-75-Y d176-cn-works_at-93-Y
    d176-cv-company-160-L d176-cv-nickname-132-Y d176-cv-nickname-160-L d176-cv-spouse-132-L
    d176-cv-spouse-160-O d176-cv-supervisor-132-O d176-cv-supervisor-160-Y d176-cv-title-160-L
    d176-cv-works_at-132-Y d176-dn-company-28-L d176-dn-company-38-O d176-dn-department-28-O
    d176-dn-department-38-Y d176-dn-manager-28-Y d176-dn-manager-38-L d176-dn-nickname-28-L
    d176-dn-nickname-29-O d176-dn-nickname-35-O d176-dn-nickname-38-O d176-dn-nickname-39-Y
    d176-dn-nickname-9-Y d176-dn-spouse-28-O d176-dn-spouse-38-Y d176-dn-supervisor-28-Y
    d176-dn-supervisor-29-L d176-dn-supervisor-35-L d176-dn-supervisor-38-L d176-dn-supervisor-39-O
    d176-dn-supervisor-9-O d176-dn-title-28-L d176-dn-title-38-O d176-dn-works_at-28-L
    d176-dn-works_at-29-O d176-dn-works_at-35-O d176-dn-works_at-38-O d176-dn-works_at-39-Y
    d176-dv-nickname-35-O d176-dv-supervisor-35-L d176-dv-works_at-35-O d176-xd-city-43-O
    d176-xd-company-28-Y d176-xd-company-44-Y d176-xd-company-48-Y d176-xd-company-52-Y
    d176-xd-department-11-L d176-xd-department-27-L d176-xd-department-43-L d176-xd-employer-28-L
    d176-xd-employer-44-L d176-xd-employer-48-L d176-xd-employer-52-L d176-xd-manager-28-O
    d176-xd-manager-44-O d176-xd-manager-48-O d176-xd-manager-52-O d176-xd-nickname-1-Y
    d176-xd-nickname-25-Y d176-xd-nickname-29-Y d176-xd-nickname-49-Y d176-xd-nickname-53-Y
    d176-xd-spouse-1-L d176-xd-spouse-25-L d176-xd-spouse-29-L d176-xd-spouse-49-L
    d176-xd-spouse-53-L d176-xd-supervisor-1-O d176-xd-supervisor-25-O d176-xd-supervisor-29-O
    d176-xd-supervisor-49-O d176-xd-supervisor-53-O d176-xd-title-11-Y d176-xd-title-27-Y
    d176-xd-title-43-Y d176-xk-postcode-28-L d176-xkv-postcode-28-L d176-xn-city-107-Y
    d176-xn-city-113-Y d176-xn-city-125-Y d176-xn-city-149-Y d176-xn-company-109-O
    d176-xn-company-121-O d176-xn-company-127-O d176-xn-department-100-Y d176-xn-department-112-Y
    d176-xn-department-124-Y d176-xn-department-148-Y d176-xn-department-196-Y d176-xn-emergency_contact-213-O
    d176-xn-employer-108-L d176-xn-manager-126-O d176-xn-nickname-110-L d176-xn-nickname-122-L
    d176-xn-nickname-128-L d176-xn-spouse-109-Y d176-xn-spouse-121-Y d176-xn-spouse-127-Y
    d176-xn-supervisor-122-Y d176-xn-title-107-L d176-xn-title-113-L d176-xn-title-125-L
    d176-xn-title-149-L d176-xn-works_at-100-O d176-xn-works_at-148-O d176-xn-works_at-196-O
""".split())


# Trimmed for ctest (probe_kit.sample_round), stop 41: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r176_keep = set(r176_found_alone) | {r176_base(r176_i) for r176_i in r176_found_alone}
from probe_kit import sample_round as r176_sample_round  # noqa: E402

r176_sample_round("d176-", r176_keep, 30, safe_every=10)
P[:] = [r176_p for r176_p in P if r176_p["id"] not in r176_arguable]
