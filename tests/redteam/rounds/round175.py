r"""Red-team round 175 (black box): OPTIONAL AND NULLABLE MEMBERS, AND VALUES OF A KIND.
Focus: members that may be null (["string","null"], ["integer","null"]) or are not required, over records whose field holds
  a placeholder, a word of absence or "unknown" in 25 languages, or a value of another kind than the member's labels name;
  required members where the instruction asks "" for a missing value; keys whose words name no kind (boss, born, cap, hp...).
13,929 probes (seeded random.Random(175)): 4,892 pair probes (base + variant), 8,867 singles (--runs 2), 170 safe.
Part 1 (d175-ph/pb/pv-): 12 kinds (phone, email, website, date_of_birth, start_date, age, postcode, fax, middle_name,
  employer, manager, mobile) x own labels in 12 languages ("Telefoon", "Adres e-mail", "Doğum tarihi", "Ημερομηνία γέννησης",
  "Irányítószám", "Kode pos", "Mwajiri", "邮编"...) x 108 placeholders ("TBD", "tbc", "n.a.", "—", "?", "unknown (ask HR)",
  "to follow", "withheld", "see attached", "[redacted]", "***", "<none>", "N/A (retired)", "onbekend", "nie podano", "b.d.",
  "belirtilmemiş", "chưa có", "अज्ञात", "غير متوفر", "δ/υ", "puuttuu", "ismeretlen", "haijulikani", "belum ada", "미정",
  "暂无", "保密", "非公開", "неизвестно"...) x 7 layouts (lines, one-line "a | b", YAML, pipe table, CSV, e-mail, prose).
Part 2 (d175-wk/wb/wv/ag/ab/av-): values of a wrong kind: a date given "Tuesday", "spring", "Q3 2026", "week 14", "age 42",
  "born 1984"; a phone "ext. 204", "switchboard", "+47 XX XX XX XX", "00000000", "@kari_phone", an e-mail; an e-mail a name,
  "via contact form", "@kari_n", "firstname.lastname@firm.no", "name@domain.com"; a website "@acme", "see Facebook",
  "Instagram @acme", "https://example.com", "www.yourcompany.com", "http://"; a postcode "Oslo", "PO Box 114", "0000",
  "XXXX"; an employer "retired", "student", "emekli", "työtön", "무직"; a manager "vacant", "wakat", "空缺", "공석"; an
  age "born 1984", "18+", "30s", "over 65", "rocznik 1984", "1984年生". Part 3 (d175-rq/rb/rv-): the same under REQUIRED
  members with "Use an empty string for any field that is not given". Part 4 (d175-ok/ob/ov-): keys whose words name no
  kind (contact, reach, sdt, hp, inbox, online, born, from_, plz, cap, boss, works_at, line2, handle) under kind labels.
  Part 5 (d175-nb-): the field a placeholder, the model copies a neighbour of another kind ("Tenure (yrs)", "Customer no.",
  "Booked on", "House no."). Part 6 (d175-sb/sv-): safe, one sentence added to the instruction.
Part 7 (second pass, d175-x/xb/xv/xa/xab/xav/xn-): the label is the key's own word (or the key's description: "Werkgever",
  "Puhelin", "Kierownik", "Başlangıç", "Strona"), lines / one-line / YAML only -- the records the first pass saw stored --
  34 keys (employer, manager, phone, mobile, fax, email, website, date_of_birth, start_date, postcode, middle_name, boss,
  born, plz, cap, online, hp, works_at, contact, supervisor, spouse, emergency_contact, company, landline, zip, dob,
  homepage, nickname, werkgever...) x every placeholder and wrong-kind value; ages with "Age"/"Alter"/"Wiek"; neighbours.
Part 8 (third pass, d175-eu/ee/eb/ev/s2b/s2v-): "unknown" and absence in English and 10 more languages under employer/
  manager/company/spouse ("unknown at present", "yet to be named", "being recruited", "(left empty)", "ukendt",
  "sconosciuto", "neznámý", "nepoznato", "necunoscut"); the kind readers' edges (a start date "8 am", "Day 1", "in 2 weeks",
  "FY2026"; an end date "12 months"; a birth date "age 42", "00.00.1984", "+47 22 33 44 55"; a phone "10:30-16:00",
  "2026-03-04", "NO93 8601 1117 947", "PIN 12345"; a website "kari@acme.no", "www.yoursite.com", "company.com"; an e-mail
  "a@b.c", "test@test.com"; a postcode "No. 7", "+47", "2026-05-01"); safe variants inside the record (spacing, "Thanks.").
HELD: the kind readers for phone, mobile, fax, e-mail, website and postcode against every WORD placeholder in every language
  tried (only digit- or host-shaped values got through there); middle_name (0 from the cache); every REQUIRED member with
  the "" instruction (part 3: 216 placeholders accepted fresh per run, none stored); every neighbour copy (parts 5, 7: fresh
  only, never stored); records under a label that is not the key's word or description ("Werkgever", "Pracodawca",
  "Tanggal lahir" under employer / date_of_birth: never stored), tables, CSV, e-mails and prose (never stored); placeholders
  of the rule's list ("TBD", "n/a", "—", "none", "unknown", "pending", "withheld", "[redacted]", "<none>", "N/A (retired)",
  "unemployed", "no employer", "vacant"...). Safe reuse: 0/80 for part 6 (the instruction changed), 54/90 for part 8; no
  safe variant served wrong. Errors on right answers: 2,075 per run (most from this round's prose layout "Form filled in by
  hand -- ..." and its e-mail layout, read as several records).
WHAT GOT THROUGH (full round, fresh SQLite store, --runs 2: run 1 333 wrong from the cache = 311 reuse + 22 KEPT-FROM-CACHE;
  run 2 1,459 = 1,458 reuse + 1 kept; wrong fresh in run 1 2,567. Alone, the 1,459 found ids with the 282 bases of their
  pairs, a fresh store, --runs 2: 332 in run 1, 1,448 in run 2 -- 1,263 clear, 185 arguable; the 11 that did not come back
  alone ("12345", "NO93 8601 1117 947", "(555) 000-0000" as a phone, "H2 2026" as a start date, "No. 7" as a postcode,
  "غير معروف" under company/plz/werkgever) were accepted fresh alone but not stored ("not stored: the model gave a value
  again that failed reuse"); in the full run another record's stored answer served them. Over the 1,459 found: 1,271 clear, 188 arguable (r175_arguable)):
 (A) CLEAR (748 = 604 singles + 144 pair variants): words of absence or "unknown" that no list holds, under members whose
     key names no value kind the check reads (employer, manager, company, supervisor, spouse, nickname, works_at, werkgever,
     boss, emergency_contact): "Employer: onbekend"/"nieznany"/"belirsiz"/"chưa có"/"tuntematon"/"ismeretlen"/"haijulikani"/
     "belum ada"/"άγνωστο"/"неизвестно"/"غير معروف"/"अज्ञात"/"未知"/"暂无"/"不详"/"모름"/"미정", "unknown (ask HR)", "left
     blank", "declined to say", "awaiting", "volgt", "NK", "unk.", "unknown at present", "yet to be named", "(left empty)",
     "ukendt", "sconosciuto"; employers "job-seeking", "retired", "emekli", "työtön", "nyugdíjas", "đã nghỉ hưu", "退休",
     "무직"; managers "position open", "interim (TBD)", "boş", "wakat", "betöltetlen", "trống", "空缺", "공석" -> e.g.
     {"employer": "tuntematon"} (expected null / left out). As pair variants: a stored {"employer": "Rikoza AS"}, then
     "Employer: tuntematon" served {"employer": "tuntematon"} by the licensed rewrite with no model call.
 (B) CLEAR (375 = 305 + 70): the same words AND values of a wrong kind under keys whose kind word the reader does not know
     (born, dob, plz, cap, hp, online): "HP: ext. 204"/"Skype: kari.n"/"kari@firm.no"/"WhatsApp only", "CAP: Oslo"/"PO Box
     114"/"Bergen sentrum", "PLZ: puuttuu", "Online: @acme"/"search 'Acme Oslo'"/"www.yourcompany.com", "Born: Tuesday"/
     "upon signing"/"Easter", "DOB: week 14"/"TBD 2027".
 (C) CLEAR (148 = 116 + 32): values of a wrong kind that pass a known kind reader by their digits or host: dates "Start
     date: Q3 2026"/"TBD 2027"/"summer 2026"/"week 14"/"Day 1"/"8 am"/"in 2 weeks"/"FY2026", "End date: 12 months"/"Q4",
     "Date of birth: age 42"/"born in '84"/"00.00.1984"/"c. 1950"/"+47 22 33 44 55"; phones "10:30-16:00", "2026-03-04",
     "NO93 8601 1117 947", "PIN 12345"; websites "www.yoursite.com", "www.example.org", "company.com", "kari@acme.no",
     "www.google.com (search Acme)"; e-mails "a@b.c", "test@test.com"; postcodes "No. 7", "+47", "2026-05-01"; ages "Age:
     1984" -> {"age": 1984}, "999", "-1".
 (D) ARGUABLE (188, r175_arguable): pointers and withheld words ("ask at desk", "ask HR", "on file", "confidential",
     "private", "see attached", "?", "xxx", "***"), "self-employed", "freelance", "reports to CEO directly", "self", "open",
     "anonymous", "unemployed" as a manager/spouse; year-only or month-only dates ("1984", "2026", "born 1984", "May 2026",
     "03/1984"), impossible or sentinel dates ("31.02.1990", "1990-13-40", "01.01.1900", "9999-12-31", "2099-12-31");
     dummy-looking numbers ("99 99 99 99", "(555) 000-0000", "12345", "ext. 20455", "internal 4-2045", postcodes "12",
     "9999", "99999", age 0); "TBD.com", "google.com", "linkedin.com", "www.facebook.com", "acme.no (expired)",
     "noreply@firm.no"; "NMN"/"NMI" as a nickname.
Adds its probes to probe_kit.P."""
import json
import random as r175_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r175_random.Random(175)
r175_arguable = set()
r175_found_alone = set()
r175_pairs, r175_singles, r175_safe = [], [], []
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
        r175_arguable.add(id)
    {"pair": r175_pairs, "single": r175_singles, "safe": r175_safe}[kind].append(id)


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
    elif lay == "E":
        body = "Subject: new contact\n\nHi,\n\nplease register:\n" + "\n".join("%s: %s" % f for f in fields) + \
            "\n\nBest regards,\nOffice"
    else:  # P prose
        body = "; ".join("%s: %s" % (l.lower(), v) for l, v in fields)
        body = "Form filled in by hand -- " + body + "."
    return intro + "\n\n" + body


# kind: key, type, labels, real value generator, kindname
def _phone():
    return "+47 %s %s %s %s" % (d(2), d(2), d(2), d(2))


def _email(n):
    return "%s.%s@%s.no" % (n.split()[0].lower(), n.split()[1].lower(), w(2))


def _date():
    return "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))


def _dob():
    return "%02d.%02d.19%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99))


KINDS = [
    ("phone", "string", ["Phone", "Tel.", "Telefon", "Telefoon", "Telefon komórkowy", "Điện thoại", "Puhelin",
                         "Τηλέφωνο", "No. HP", "电话"], lambda n: _phone()),
    ("email", "string", ["E-mail", "Email address", "E-posta", "Sähköposti", "Adres e-mail", "Barua pepe",
                         "이메일", "邮箱"], _email),
    ("website", "string", ["Website", "Web", "Homepage", "Strona www", "Web sitesi", "Verkkosivu", "网站"],
     lambda n: "https://www.%s.no" % w(3)),
    ("date_of_birth", "string", ["Date of birth", "DOB", "Geboortedatum", "Data urodzenia", "Doğum tarihi",
                                 "Syntymäaika", "Ημερομηνία γέννησης", "Tanggal lahir"], lambda n: _dob()),
    ("start_date", "string", ["Start date", "Starts", "Begindatum", "Data rozpoczęcia", "Başlangıç tarihi",
                              "Aloituspäivä", "Kezdés dátuma", "开始日期"], lambda n: _date()),
    ("age", "integer", ["Age", "Leeftijd", "Wiek", "Yaş", "Tuổi", "Ikä", "Életkor", "Umri", "Usia", "나이", "年龄"],
     lambda n: R.randint(19, 80)),
    ("postcode", "string", ["Postcode", "Postal code", "Postcode (NL)", "Kod pocztowy", "Posta kodu", "Postinumero",
                            "Irányítószám", "Kode pos", "邮编"], lambda n: d(4)),
    ("fax", "string", ["Fax", "Faks", "Telefax", "Faksi"], lambda n: _phone()),
    ("middle_name", "string", ["Middle name", "Tussenvoegsel", "Drugie imię", "İkinci ad", "Toinen nimi"],
     lambda n: w(2).capitalize()),
    ("employer", "string", ["Employer", "Werkgever", "Pracodawca", "İşveren", "Työnantaja", "Munkáltató",
                            "Mwajiri"], lambda n: w(3).capitalize() + " AS"),
    ("manager", "string", ["Manager", "Leidinggevende", "Kierownik", "Yönetici", "Esimies", "Quản lý"],
     lambda n: nm()),
    ("mobile", "string", ["Mobile", "Mobiel", "Komórka", "Cep", "Di động", "Matkapuhelin", "Mobil", "手机"],
     lambda n: _phone()),
]
KD = {k[0]: k for k in KINDS}

PH_EN = ["TBD", "tbc", "n.a.", "—", "?", "unknown (ask HR)", "to follow", "pending", "not given", "not stated",
         "withheld", "on request", "see attached", "ask at desk", "[redacted]", "xxx", "***", "<none>",
         "N/A (retired)", "none yet", "will send later", "see below", "same as above", "ditto", "idem", "see CV",
         "on file", "confidential", "private", "ex-directory", "not applicable", "declined to say",
         "prefer not to say", "nil", "left blank", "awaiting", "To be advised", "N/K", "NK", "unk.", "…", "¿?",
         "(tba)", "not yet assigned", "—/—", "none on record", "not provided", "see signature", "as per contract",
         "available on request"]
PH_INT = ["onbekend", "n.v.t.", "volgt", "niet opgegeven", "nog niet bekend",  # nl
          "nie podano", "b.d.", "nieznany", "do ustalenia", "nie dotyczy", "n/d",  # pl
          "belirtilmemiş", "bilinmiyor", "henüz yok", "belirsiz",  # tr
          "chưa có", "không rõ", "chưa cập nhật", "không xác định",  # vi
          "उपलब्ध नहीं", "अज्ञात", "लागू नहीं", "नहीं दिया गया",  # hi
          "غير متوفر", "غير معروف", "لا ينطبق", "غير محدد",  # ar
          "άγνωστο", "δεν υπάρχει", "δ/υ", "μη διαθέσιμο",  # el
          "ei tiedossa", "puuttuu", "ei ilmoitettu", "tuntematon",  # fi
          "nem ismert", "ismeretlen", "nincs megadva", "nem releváns",  # hu
          "haijulikani", "haipo", "haijatolewa",  # sw
          "belum ada", "tidak diketahui", "tidak dicantumkan", "kosong",  # id
          "미정", "모름", "해당 없음", "미기재",  # ko
          "未知", "暂无", "不详", "待定", "未提供", "保密",  # zh
          "不明", "非公開", "неизвестно", "не указан"]
PH = PH_EN + PH_INT
ARG_PH = {"?", "xxx", "***", "…", "¿?", "on file", "private", "confidential", "see attached", "see CV", "see below",
          "same as above", "ditto", "idem", "see signature", "as per contract", "on request", "available on request",
          "ask at desk"}
LAYS = "LOYTCEP"


def sch_for(key, typ, nullable, desc=None):
    if nullable:
        s = S({"name": "string", key: {"type": [typ, "null"]}}, {key: desc} if desc else None)
        return s
    return S({"name": "string", key: typ}, {key: desc} if desc else None, required=["name"])


def none_exp(name, key, nullable):
    return {"name": name, key: None} if nullable else {"name": name}


# ---------------------------------------------------------------- part 1: placeholders (singles + pairs)
for ki, (key, typ, labels, gen) in enumerate(KINDS):
    for j, ph in enumerate(PH):
        if typ == "integer" and j % 2:
            continue
        name = nm(); nullable = (j + ki) % 3 != 0
        lab = R.choice(labels); lay = LAYS[(j + ki) % len(LAYS)]
        sch = sch_for(key, typ, nullable)
        e = none_exp(name, key, nullable)
        bad = dict(name=name); bad[key] = ph if typ == "string" else 0
        if typ == "integer":
            continue  # integer placeholders: done in part 2
        pr = layout(lay, [("Name", name), (lab, ph)])
        add("single", "d175-ph-%s-%d-%s" % (key, j, lay), "r175-placeholder", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=ph in ARG_PH)
        if j % 3 == 0:
            real = gen(name)
            b = {"name": name, key: real}
            pb = layout(lay, [("Name", name), (lab, str(real))])
            add("pair", "d175-pb-%s-%d-%s" % (key, j, lay), "r175-ph-base", pb, sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-pv-%s-%d-%s" % (key, j, lay), "r175-ph-var", pr, sch, e, [json.dumps(e)] * 3,
                arg=ph in ARG_PH)

# ---------------------------------------------------------------- part 2: values of a wrong kind
WRONG = {
    "date_of_birth": [("Tuesday", None), ("spring 1984", None), ("1984", None), ("sometime in the 80s", None),
                      ("00.00.0000", None), ("01.01.1900", "arg"), ("31.02.1990", "arg"), ("19??", None),
                      ("??.??.1984", None), ("Easter", None), ("born 1984", None), ("age 42", None),
                      ("same as passport", None), ("XX.XX.XXXX", None), ("1984-xx-xx", None),
                      ("29 years ago", None), ("Q3 1990", None), ("Wednesday 3 o'clock", None),
                      ("see ID", None), ("1990-13-40", None)],
    "start_date": [("Tuesday", None), ("next Monday", None), ("spring", None), ("summer 2026", None),
                   ("Q3 2026", None), ("after Easter", None), ("ASAP", None), ("immediately", "arg"),
                   ("week 14", None), ("mid-March", None), ("2026", None), ("2026-??-??", None),
                   ("00/00/0000", None), ("upon signing", None), ("after probation", None), ("TBD 2027", None),
                   ("early 2027", None), ("15th", None), ("March", None), ("the 3rd (month TBC)", None)],
    "phone": [("ext. 204", None), ("ext. 20455", "arg"), ("dial 0 for operator", None), ("switchboard", None),
              ("internal 4-2045", "arg"), ("+47 XX XX XX XX", None), ("+47 912 ** ** *3", "arg"),
              ("00000000", None), ("0000 0000", None), ("99 99 99 99", "arg"), ("@kari_phone", None),
              ("via WhatsApp", None), ("Skype: kari.n", None), ("same as mobile", None), ("see email", None),
              ("+47 (mobile only)", None), ("123", None), ("1-800-XXX-XXXX", None), ("(555) 000-0000", "arg"),
              ("kari@firm.no", None)],
    "mobile": [("ext. 204", None), ("landline only", None), ("+47 XX XX XX XX", None), ("000 00 000", None),
               ("WhatsApp only", None), ("@kari", None), ("same as phone", None), ("+47", None),
               ("9xx xx xxx", None), ("0047 ", None), ("none (uses office phone)", None), ("x204", None)],
    "email": [("Kari Nordmann", None), ("via contact form", None), ("@kari_n", None), ("kari@", None),
              ("firstname.lastname@firm.no", None), ("your.name@example.com", None), ("name@domain.com", None),
              ("****@firm.no", "arg"), ("k***@firm.no", "arg"), ("info@ (ask for it)", None),
              ("kari at firm dot no", "arg"), ("same as billing", None), ("see website", None),
              ("user@example.org", None), ("email@email.com", None), ("xxx@xxx.xx", None),
              ("no-email@none.invalid", "arg"), ("@firm.no", None), ("post only", None),
              ("+47 22 33 44 55", None)],
    "website": [("@acme", None), ("see Facebook", None), ("Instagram @acme", None), ("acme (Facebook page)", None),
                ("https://example.com", None), ("www.yourcompany.com", None), ("http://", None),
                ("https://www.", None), ("http://...", None), ("under construction", None),
                ("none, only LinkedIn", None), ("acme on TikTok", None), ("www.example.org", None),
                ("search 'Acme Oslo'", None), ("see card", None), ("info@acme.no", None), ("http://localhost", "arg"),
                ("https://your-site-here.com", None), ("TBD.com", "arg"), ("www.xxxx.no", None)],
    "postcode": [("Oslo", None), ("same as billing", None), ("PO Box 114", None), ("Box 114", None),
                 ("0000", None), ("00000", None), ("XXXX", None), ("NNNN", None), ("c/o 12 Main St", None),
                 ("see address", None), ("Bergen sentrum", None), ("12", "arg"), ("9999", "arg"),
                 ("#### ##", None), ("1234 (billing)", "arg"), ("city centre", None), ("Amsterdam", None),
                 ("ZIP", None), ("00-000", None), ("99999", "arg")],
    "middle_name": [("-", None), ("NMN", None), ("NMI", None), ("X.", "arg"), ("(none)", None), ("none given", None),
                    ("n/a (single name)", None), ("—", None), ("same as father", None), ("initial only", None)],
    "employer": [("self-employed", "arg"), ("freelance", "arg"), ("student", None), ("retired", None),
                 ("pensioner", None), ("homemaker", None), ("job-seeking", None), ("between contracts", None),
                 ("emekli", None), ("työtön", None), ("nyugdíjas", None), ("werkloos", None),
                 ("bezrobotny", None), ("đã nghỉ hưu", None), ("退休", None), ("무직", None),
                 ("pengangguran", None), ("hana kazi", None), ("συνταξιούχος", None), ("متقاعد", None)],
    "manager": [("vacant", None), ("position open", None), ("reports to CEO directly", "arg"), ("TBA", None),
                ("nobody yet", None), ("interim (TBD)", None), ("vakant", None), ("wakat", None), ("boş", None),
                ("avoin", None), ("betöltetlen", None), ("空缺", None), ("공석", None), ("trống", None),
                ("kosong", None), ("self", "arg"), ("n/a (owner)", None)],
    "fax": [("no fax", None), ("fax abolished", None), ("not in use", None), ("ext. 209", None), ("+47", None),
            ("use email", None), ("—", None), ("faks yok", None), ("ei faksia", None), ("nincs fax", None)],
}
AGE_WRONG = [("born 1984", 1984, None), ("1984", 1984, None), ("18+", 18, None), ("over 65", 65, None),
             ("30s", 30, None), ("adult", 0, None), ("minor", 0, None), ("0", 0, "arg"), ("999", 999, None),
             ("approx. 40", 40, "arg"), ("40-45", 40, None), ("under 18", 18, None), ("b. 1990", 1990, None),
             ("65 (retirement age)", 65, "arg"), ("3 months", 3, None), ("senior", 0, None), ("TBD", 0, None),
             ("yok", 0, None), ("không rõ", 0, None), ("未知", 0, None), ("ismeretlen", 0, None),
             ("haijulikani", 0, None), ("tuntematon", 0, None), ("-1", -1, None), ("vintage 1984", 1984, None),
             ("rocznik 1984", 1984, None), ("doğum 1984", 1984, None), ("sinh năm 1984", 1984, None),
             ("1984年生", 1984, None), ("1984년생", 1984, None), ("syntynyt 1984", 1984, None),
             ("geboren 1984", 1984, None), ("lahir 1984", 1984, None), ("18 and over", 18, None),
             ("40s (approx.)", 40, None), ("twenties", 20, None)]

for key, vals in WRONG.items():
    _, typ, labels, gen = KD[key]
    for j, (v, a) in enumerate(vals):
        for li, lay in enumerate(R.sample(LAYS, 3)):
            name = nm(); nullable = (j + li) % 3 != 0
            lab = R.choice(labels)
            sch = sch_for(key, typ, nullable)
            e = none_exp(name, key, nullable)
            bad = {"name": name, key: v}
            pr = layout(lay, [("Name", name), (lab, v)])
            add("single", "d175-wk-%s-%d-%s" % (key, j, lay), "r175-wrong-kind", pr, sch, e,
                [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=bool(a))
            if li == 0:
                real = gen(name)
                b = {"name": name, key: real}
                add("pair", "d175-wb-%s-%d-%s" % (key, j, lay), "r175-wk-base",
                    layout(lay, [("Name", name), (lab, str(real))]), sch, b, [json.dumps(b)] * 3)
                add("pair", "d175-wv-%s-%d-%s" % (key, j, lay), "r175-wk-var", pr, sch, e, [json.dumps(e)] * 3,
                    arg=bool(a))

_, _, AGE_LABELS, _ = KD["age"]
for j, (v, n, a) in enumerate(AGE_WRONG):
    for li, lay in enumerate(R.sample(LAYS, 3)):
        name = nm(); nullable = (j + li) % 3 != 0
        lab = R.choice(AGE_LABELS)
        sch = sch_for("age", "integer", nullable)
        e = none_exp(name, "age", nullable)
        bad = {"name": name, "age": n}
        pr = layout(lay, [("Name", name), (lab, v)])
        add("single", "d175-ag-%d-%s" % (j, lay), "r175-age-wrong", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=bool(a))
        if li == 0:
            real = R.randint(20, 70)
            b = {"name": name, "age": real}
            add("pair", "d175-ab-%d-%s" % (j, lay), "r175-age-base", layout(lay, [("Name", name), (lab, str(real))]),
                sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-av-%d-%s" % (j, lay), "r175-age-var", pr, sch, e, [json.dumps(e)] * 3, arg=bool(a))

# ---------------------------------------------------------------- part 3: required members, "" per the prompt
REQ_INTRO = ["Extract the record. Use an empty string for any field that is not given.",
             "Extract the record. If a value is missing or unknown, write \"\".",
             "Extract the contact. Fields the form leaves open must be empty strings, never placeholders."]
for ki, (key, typ, labels, gen) in enumerate(KINDS):
    if typ != "string":
        continue
    for j, ph in enumerate(PH + [v for v, _ in WRONG.get(key, [])]):
        if j % 2:
            continue
        name = nm(); lab = R.choice(labels); lay = LAYS[(j // 2 + ki) % len(LAYS)]
        intro = REQ_INTRO[j % 3]
        sch = S({"name": "string", key: "string"})
        e = {"name": name, key: ""}
        bad = {"name": name, key: ph}
        add("single", "d175-rq-%s-%d-%s" % (key, j, lay), "r175-required-empty",
            layout(lay, [("Name", name), (lab, ph)], intro), sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)],
            arg=ph in ARG_PH or dict(WRONG.get(key, [])).get(ph) == "arg")
        if j % 6 == 0:
            real = gen(name)
            b = {"name": name, key: real}
            add("pair", "d175-rb-%s-%d-%s" % (key, j, lay), "r175-req-base",
                layout(lay, [("Name", name), (lab, real)], intro), sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-rv-%s-%d-%s" % (key, j, lay), "r175-req-var",
                layout(lay, [("Name", name), (lab, ph)], intro), sch, e, [json.dumps(e)] * 3,
                arg=ph in ARG_PH or dict(WRONG.get(key, [])).get(ph) == "arg")

# ---------------------------------------------------------------- part 4: keys whose words name no kind
ODD = [  # schema key, kind of the text's label, labels in the text, real
    ("contact", "phone", ["Phone", "Reach me at", "Ring", "Callback", "Kontakt"], lambda n: _phone()),
    ("reach", "phone", ["Tel.", "Call", "Bel", "Zadzwoń"], lambda n: _phone()),
    ("sdt", "phone", ["SĐT", "Số điện thoại"], lambda n: _phone()),
    ("hp", "phone", ["No. HP", "HP"], lambda n: _phone()),
    ("inbox", "email", ["Write to", "E-mail", "Mail"], _email),
    ("online", "website", ["Online", "Web", "Find us"], lambda n: "https://www.%s.no" % w(3)),
    ("born", "date", ["Born", "Geboren", "Urodzony", "Doğdu"], lambda n: _dob()),
    ("from_", "date", ["From", "Van", "Od", "Alkaen"], lambda n: _date()),
    ("plz", "postcode", ["PLZ", "Post", "Kod", "Zip"], lambda n: d(4)),
    ("cap", "postcode", ["CAP", "Kode pos"], lambda n: d(5)),
    ("boss", "manager", ["Boss", "Reports to", "Szef"], lambda n: nm()),
    ("works_at", "employer", ["Works at", "Company", "Firma"], lambda n: w(3).capitalize() + " AS"),
    ("line2", "phone", ["Line 2", "Alt. line"], lambda n: _phone()),
    ("handle", "website", ["Web", "Site"], lambda n: "https://%s.no" % w(3)),
]
WRONG_BY_KIND = {"phone": WRONG["phone"], "email": WRONG["email"], "website": WRONG["website"],
                 "date": WRONG["start_date"] + WRONG["date_of_birth"], "postcode": WRONG["postcode"],
                 "manager": WRONG["manager"], "employer": WRONG["employer"]}
for key, kind, labels, gen in ODD:
    pool = [(p, "arg" if p in ARG_PH else None) for p in R.sample(PH, 30)] + WRONG_BY_KIND[kind]
    for j, (v, a) in enumerate(pool):
        name = nm(); nullable = j % 3 != 0; lab = R.choice(labels); lay = LAYS[j % len(LAYS)]
        sch = sch_for(key, "string", nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: v}
        pr = layout(lay, [("Name", name), (lab, v)])
        add("single", "d175-ok-%s-%d-%s" % (key, j, lay), "r175-odd-key", pr, sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=bool(a))
        if j % 4 == 0:
            real = gen(name)
            b = {"name": name, key: real}
            add("pair", "d175-ob-%s-%d-%s" % (key, j, lay), "r175-odd-base",
                layout(lay, [("Name", name), (lab, real)]), sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-ov-%s-%d-%s" % (key, j, lay), "r175-odd-var", pr, sch, e, [json.dumps(e)] * 3,
                arg=bool(a))

# ---------------------------------------------------------------- part 5: a neighbour's value of another kind
NB = [
    ("age", "integer", ["Age", "Wiek", "Yaş", "Ikä", "Tuổi"], [("Tenure (yrs)", lambda: R.randint(2, 30)),
      ("Dienstjahre", lambda: R.randint(2, 30)), ("Lat pracy", lambda: R.randint(2, 30)),
      ("Kıdem", lambda: R.randint(2, 30)), ("Staff no.", lambda: R.randint(20, 99)),
      ("Floor", lambda: R.randint(2, 30)), ("Team size", lambda: R.randint(3, 40)),
      ("Vuosia talossa", lambda: R.randint(2, 30)), ("Số năm công tác", lambda: R.randint(2, 30))]),
    ("phone", "string", ["Phone", "Telefon", "Puhelin", "Tel."], [("Customer no.", lambda: d(8)),
      ("Account", lambda: "%s %s %s" % (d(4), d(2), d(5))), ("Order", lambda: d(8)), ("VAT no.", lambda: d(9)),
      ("Org.nr.", lambda: "%s %s %s" % (d(3), d(3), d(3)))]),
    ("start_date", "string", ["Start date", "Begindatum", "Aloituspäivä"], [("Booked on", _date),
      ("Signed", _date), ("Invoice date", _date), ("Created", _date)]),
    ("email", "string", ["E-mail", "Sähköposti", "E-posta"], [("Billing e-mail", lambda: "billing@%s.no" % w(2)),
      ("CC", lambda: "%s@%s.no" % (w(2), w(2))), ("Sent by", lambda: "noreply@%s.no" % w(2))]),
    ("postcode", "string", ["Postcode", "Kod pocztowy", "Postinumero"], [("House no.", lambda: d(2)),
      ("Customer no.", lambda: d(4)), ("PIN", lambda: d(4)), ("Room", lambda: d(4))]),
]
for key, typ, labels, nbs in NB:
    for j, ph in enumerate(R.sample(PH, 24)):
        nl, ng = R.choice(nbs)
        nv = ng()
        name = nm(); nullable = j % 3 != 0; lab = R.choice(labels); lay = LAYS[j % len(LAYS)]
        sch = sch_for(key, typ, nullable)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: nv}
        fields = [("Name", name), (lab, ph), (nl, str(nv))] if j % 2 else [("Name", name), (nl, str(nv)), (lab, ph)]
        add("single", "d175-nb-%s-%d-%s" % (key, j, lay), "r175-neighbour", layout(lay, fields), sch, e,
            [json.dumps(bad), json.dumps(e), json.dumps(e)])

# ---------------------------------------------------------------- part 6: safe (a real value restated)
SAFE_FORMS = {
    "phone": lambda v: [v.replace(" ", ""), v + "  ", v],
    "email": lambda v: [v, "  " + v, v],
    "website": lambda v: [v, v + " ", v],
    "start_date": lambda v: [v, v, v],
    "postcode": lambda v: [v, v, v],
}
EXTRA = ["Thanks!", "(updated by reception)", "Form v2.", "Please file this.", "Entered on the tablet."]
for key, forms in SAFE_FORMS.items():
    _, typ, labels, gen = KD[key]
    for j in range(16):
        name = nm(); real = gen(name); nullable = j % 2 == 0; lab = R.choice(labels); lay = LAYS[j % len(LAYS)]
        sch = sch_for(key, typ, nullable)
        b = {"name": name, key: real}
        add("pair", "d175-sb-%s-%d-%s" % (key, j, lay), "r175-safe-base",
            layout(lay, [("Name", name), (lab, real)]), sch, b, [json.dumps(b)] * 3)
        add("safe", "d175-sv-%s-%d-%s" % (key, j, lay), "r175-safe-var",
            layout(lay, [("Name", name), (lab, real)], "Extract the record. " + R.choice(EXTRA)),
            sch, b, [json.dumps(b)] * 3)


# ---------------------------------------------------------------- part 7 (second pass): the text's label is the key's
# own word (or the key's description), line / one-line / YAML records only -- the records the first pass saw stored
PHONEW = WRONG["phone"] + WRONG["mobile"]
DATEW = WRONG["start_date"] + WRONG["date_of_birth"]
X7 = [  # key, label (== key's word or its description), description, wrong pool, real
    ("employer", "Employer", None, WRONG["employer"], KD["employer"][3]),
    ("manager", "Manager", None, WRONG["manager"], KD["manager"][3]),
    ("phone", "Phone", None, PHONEW, KD["phone"][3]),
    ("mobile", "Mobile", None, PHONEW, KD["phone"][3]),
    ("fax", "Fax", None, WRONG["fax"] + PHONEW, KD["phone"][3]),
    ("email", "Email", None, WRONG["email"], _email),
    ("website", "Website", None, WRONG["website"], KD["website"][3]),
    ("date_of_birth", "Date of birth", None, DATEW, KD["date_of_birth"][3]),
    ("start_date", "Start date", None, DATEW, KD["start_date"][3]),
    ("postcode", "Postcode", None, WRONG["postcode"], KD["postcode"][3]),
    ("middle_name", "Middle name", None, WRONG["middle_name"], KD["middle_name"][3]),
    ("boss", "Boss", None, WRONG["manager"], KD["manager"][3]),
    ("born", "Born", None, DATEW, KD["date_of_birth"][3]),
    ("plz", "PLZ", None, WRONG["postcode"], KD["postcode"][3]),
    ("cap", "CAP", None, WRONG["postcode"], KD["postcode"][3]),
    ("online", "Online", None, WRONG["website"], KD["website"][3]),
    ("hp", "HP", None, PHONEW, KD["phone"][3]),
    ("works_at", "Works at", None, WRONG["employer"], KD["employer"][3]),
    ("contact", "Contact", None, PHONEW, KD["phone"][3]),
    ("supervisor", "Supervisor", None, WRONG["manager"], KD["manager"][3]),
    ("spouse", "Spouse", None, WRONG["manager"], KD["manager"][3]),
    ("emergency_contact", "Emergency contact", None, WRONG["manager"] + PHONEW, KD["manager"][3]),
    ("company", "Company", None, WRONG["employer"], KD["employer"][3]),
    ("landline", "Landline", None, PHONEW, KD["phone"][3]),
    ("zip", "Zip", None, WRONG["postcode"], KD["postcode"][3]),
    ("dob", "DOB", None, DATEW, KD["date_of_birth"][3]),
    ("homepage", "Homepage", None, WRONG["website"], KD["website"][3]),
    ("nickname", "Nickname", None, WRONG["middle_name"], KD["middle_name"][3]),
    ("werkgever", "Werkgever", None, WRONG["employer"], KD["employer"][3]),
    ("employer", "Werkgever", "Werkgever", WRONG["employer"], KD["employer"][3]),
    ("phone", "Puhelin", "Puhelin", PHONEW, KD["phone"][3]),
    ("manager", "Kierownik", "Kierownik", WRONG["manager"], KD["manager"][3]),
    ("start_date", "Başlangıç", "Başlangıç", DATEW, KD["start_date"][3]),
    ("website", "Strona", "Strona", WRONG["website"], KD["website"][3]),
]
for xi, (key, lab, desc, pool, gen) in enumerate(X7):
    vals = [(p, "arg" if p in ARG_PH else None) for p in PH] + list(pool)
    for j, (v, a) in enumerate(vals):
        name = nm(); nullable = (j + xi) % 3 != 0; lay = "LOY"[(j + xi) % 3]
        sch = sch_for(key, "string", nullable, desc)
        e = none_exp(name, key, nullable)
        bad = {"name": name, key: v}
        tag = "%s%s" % (key, "-d" if desc else "")
        add("single", "d175-x-%s-%d-%s" % (tag, j, lay), "r175-x-single", layout(lay, [("Name", name), (lab, v)]),
            sch, e, [json.dumps(bad), json.dumps(e), json.dumps(e)], arg=bool(a))
        if j % 4 == 0:
            name2 = nm(); real = gen(name2)
            b = {"name": name2, key: real}
            e2 = none_exp(name2, key, nullable)
            add("pair", "d175-xb-%s-%d-%s" % (tag, j, lay), "r175-x-base", layout(lay, [("Name", name2), (lab, real)]),
                sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-xv-%s-%d-%s" % (tag, j, lay), "r175-x-var", layout(lay, [("Name", name2), (lab, v)]),
                sch, e2, [json.dumps(e2)] * 3, arg=bool(a))

for j, (v, n, a) in enumerate(AGE_WRONG):
    for li, (lab, desc) in enumerate([("Age", None), ("Alter", "Alter"), ("Wiek", "Wiek")]):
        name = nm(); nullable = (j + li) % 3 != 0; lay = "LOY"[(j + li) % 3]
        sch = sch_for("age", "integer", nullable, desc)
        e = none_exp(name, "age", nullable)
        add("single", "d175-xa-%d-%d-%s" % (j, li, lay), "r175-x-age", layout(lay, [("Name", name), (lab, v)]),
            sch, e, [json.dumps({"name": name, "age": n}), json.dumps(e), json.dumps(e)], arg=bool(a))
        if li == 0:
            name2 = nm(); real = R.randint(20, 70)
            b = {"name": name2, "age": real}; e2 = none_exp(name2, "age", nullable)
            add("pair", "d175-xab-%d-%s" % (j, lay), "r175-x-age-base", layout(lay, [("Name", name2), (lab, str(real))]),
                sch, b, [json.dumps(b)] * 3)
            add("pair", "d175-xav-%d-%s" % (j, lay), "r175-x-age-var", layout(lay, [("Name", name2), (lab, v)]),
                sch, e2, [json.dumps(e2)] * 3, arg=bool(a))

# neighbour copies with the key's own label
NB7 = [("age", "integer", "Age", [("Tenure", lambda: R.randint(2, 30)), ("Staff no.", lambda: R.randint(20, 99)),
                                  ("Years of service", lambda: R.randint(2, 30)), ("Floor", lambda: R.randint(2, 30))]),
       ("phone", "string", "Phone", [("Customer no.", lambda: d(8)), ("Order", lambda: d(8)),
                                     ("Fax", lambda: _phone()), ("Mobile", lambda: _phone())]),
       ("start_date", "string", "Start date", [("Booked on", _date), ("Signed", _date), ("End date", _date)]),
       ("email", "string", "Email", [("Billing email", lambda: "billing@%s.no" % w(2)),
                                     ("CC", lambda: "%s@%s.no" % (w(2), w(2)))]),
       ("postcode", "string", "Postcode", [("House no.", lambda: d(2)), ("Customer no.", lambda: d(4)),
                                           ("PIN", lambda: d(4))]),
       ("manager", "string", "Manager", [("Contact person", nm), ("Signed by", nm), ("Former manager", nm)])]
for key, typ, lab, nbs in NB7:
    for j, ph in enumerate(R.sample(PH, 30)):
        nl, ng = R.choice(nbs); nv = ng()
        name = nm(); nullable = j % 3 != 0; lay = "LOY"[j % 3]
        sch = sch_for(key, typ, nullable)
        e = none_exp(name, key, nullable)
        fields = [("Name", name), (lab, ph), (nl, str(nv))] if j % 2 else [("Name", name), (nl, str(nv)), (lab, ph)]
        add("single", "d175-xn-%s-%d-%s" % (key, j, lay), "r175-x-neighbour", layout(lay, fields), sch, e,
            [json.dumps({"name": name, key: nv}), json.dumps(e), json.dumps(e)],
            arg=(nl in ("Mobile", "Fax") or ph in ARG_PH))

# ---------------------------------------------------------------- part 8 (third pass): the edges of what got through
EN_UNK = ["unknown", "Unknown", "not known", "n/k", "unknown at present", "no idea", "to be decided", "to be confirmed",
          "not disclosed", "undisclosed", "anonymous", "none listed", "none", "None", "n/a", "N/A", "-", "TBD", "tbc",
          "pending", "not given", "withheld", "[redacted]", "<none>", "N/A (retired)", "to follow", "not stated",
          "unemployed", "no employer", "nobody", "vacant", "not applicable", "not provided", "blank", "empty",
          "(left empty)", "see HR", "ask HR", "per HR", "HR knows", "name withheld", "under review", "being recruited",
          "not yet known", "yet to be named", "open", "TBA", "unassigned", "nicht bekannt", "inconnu", "desconocido",
          "sconosciuto", "ukjent", "okänd", "ukendt", "neznámý", "necunoscut", "nepoznato"]
EDGE = {
    "start_date": [("2 weeks after signing", None), ("within 30 days", None), ("1 month notice", None),
                   ("30 days", None), ("Day 1", None), ("H2 2026", None), ("FY2026", None), ("2026/27", None),
                   ("14:00", None), ("8 am", None), ("Monday 14:00", None), ("week 14 (Mon)", None),
                   ("3 months from now", None), ("after 1 May (TBC)", None), ("2026-05", "arg"),
                   ("May 2026", "arg"), ("05/2026", "arg"), ("asap, latest 2027", None), ("ca. 2027", None),
                   ("in 2 weeks", None)],
    "date_of_birth": [("c. 1950", None), ("born in '84", None), ("20s", None), ("42 years old", None),
                      ("age 42", None), ("1984 (year only)", "arg"), ("03/1984", "arg"), ("March 1984", "arg"),
                      ("about 40 years ago", None), ("Capricorn, 1984", None), ("00.00.1984", None),
                      ("1984-00-00", None), ("19.84", None), ("12:30", None), ("+47 22 33 44 55", None)],
    "end_date": [("2 weeks after start", None), ("open-ended (min. 2026)", None), ("after 12 months", None),
                 ("12 months", None), ("31 Dec (year TBC)", None), ("9999-12-31", "arg"), ("2099-12-31", "arg"),
                 ("FY2027", None), ("Q4", None), ("2027?", None)],
    "phone": [("Mon–Fri 08:00–16:00", None), ("10:30-16:00", None), ("2026-03-04", None),
              ("1234 5678 9012 3456", None), ("NO93 8601 1117 947", None), ("PIN 12345", None),
              ("Org.nr. 123 456 789", None), ("22 33 44 55 (closed)", "arg"), ("Room 40213", None),
              ("order 12345678", None), ("ext. 204 55", None), ("12345", "arg"), ("0800-DIAL-NOW", "arg"),
              ("24/7, 365 days", None), ("GMT+1, 09-17", None)],
    "website": [("post@acme.no", None), ("kari@acme.no", None), ("www.facebook.com", "arg"), ("google.com", "arg"),
                ("linkedin.com", "arg"), ("www.google.com (search Acme)", None), ("example.net", None),
                ("https://www.example.com/acme", "arg"), ("acme.no (expired)", "arg"), ("http://test", None),
                ("www.yoursite.com", None), ("www.domain.com", None), ("https://www.website.com", None),
                ("company.com", None)],
    "postcode": [("Apt 4B", None), ("3rd floor", None), ("Route 66", None), ("Gate 4", None), ("house 12", None),
                 ("No. 7", None), ("km 12", None), ("2026-05-01", None), ("+47", None), ("Oslo 1", None),
                 ("1st district", None), ("Box 5", None), ("12 Main St", None), ("flat 3", None), ("Block 9", None)],
    "email": [("firm.no", None), ("see www.firm.no/contact", None), ("https://firm.no/contact", None),
              ("kari (at) firm.no", "arg"), ("@kari on X", None), ("info@firm", "arg"), ("post@localhost", "arg"),
              ("a@b.c", None), ("test@test.com", None), ("noreply@firm.no", "arg")],
}
for key in ("employer", "manager", "company", "spouse"):
    for j, v in enumerate(EN_UNK):
        name = nm(); nullable = j % 3 != 0; lay = "LOY"[j % 3]; lab = key.capitalize()
        sch = sch_for(key, "string", nullable); e = none_exp(name, key, nullable)
        add("single", "d175-eu-%s-%d-%s" % (key, j, lay), "r175-edge-unknown", layout(lay, [("Name", name), (lab, v)]),
            sch, e, [json.dumps({"name": name, key: v}), json.dumps(e), json.dumps(e)],
            arg=v in ("open", "anonymous", "see HR", "ask HR", "per HR", "HR knows", "under review"))
for key, vals in EDGE.items():
    lab = {"start_date": "Start date", "date_of_birth": "Date of birth", "end_date": "End date", "phone": "Phone",
           "website": "Website", "postcode": "Postcode", "email": "Email"}[key]
    for j, (v, a) in enumerate(vals):
        for li in range(3):
            name = nm(); nullable = (j + li) % 3 != 0; lay = "LOY"[li]
            sch = sch_for(key, "string", nullable); e = none_exp(name, key, nullable)
            add("single", "d175-ee-%s-%d-%s" % (key, j, lay), "r175-edge-kind", layout(lay, [("Name", name), (lab, v)]),
                sch, e, [json.dumps({"name": name, key: v}), json.dumps(e), json.dumps(e)], arg=bool(a))
        name2 = nm(); nullable = j % 3 != 0; lay = "LOY"[j % 3]
        sch = sch_for(key, "string", nullable); e2 = none_exp(name2, key, nullable)
        real = KD[key][3](name2) if key in KD else _date()
        b = {"name": name2, key: real}
        add("pair", "d175-eb-%s-%d-%s" % (key, j, lay), "r175-edge-base", layout(lay, [("Name", name2), (lab, real)]),
            sch, b, [json.dumps(b)] * 3)
        add("pair", "d175-ev-%s-%d-%s" % (key, j, lay), "r175-edge-var", layout(lay, [("Name", name2), (lab, v)]),
            sch, e2, [json.dumps(e2)] * 3, arg=bool(a))

# safe variants inside the record's own layouts: spacing, a closing word, a real value restated
for key in ("employer", "manager", "phone", "website", "start_date", "postcode", "boss", "cap", "born"):
    for j in range(10):
        name = nm(); nullable = j % 2 == 0; lay = "LOY"[j % 3]
        src = {"boss": "manager", "cap": "postcode", "born": "date_of_birth"}.get(key, key)
        real = KD[src][3](name)
        lab = {"start_date": "Start date"}.get(key, key.upper() if key == "cap" else key.capitalize())
        sch = sch_for(key, "string", nullable); b = {"name": name, key: real}
        add("pair", "d175-s2b-%s-%d-%s" % (key, j, lay), "r175-safe2-base", layout(lay, [("Name", name), (lab, real)]),
            sch, b, [json.dumps(b)] * 3)
        f = [("Name", name), (lab, real)]
        body = layout(lay, f)
        body = [body + "\n\nThanks.", body.replace(": ", ":  "), body + "\n", body.replace("Extract the record.",
                "Extract the record.\n")][j % 4]
        add("safe", "d175-s2v-%s-%d-%s" % (key, j, lay), "r175-safe2-var", body, sch, b, [json.dumps(b)] * 3)


# ---------------------------------------------------------------- confirmed alone (fresh SQLite store, --runs 2)
# every id served wrong from the cache in the full round (run 1 or 2); 1,448 of them again alone (11 not: see docstring)
r175_found_alone = set((
    "d175-ee-date_of_birth-0-L d175-ee-date_of_birth-0-O d175-ee-date_of_birth-1-L d175-ee-date_of_birth-1-O "
    "d175-ee-date_of_birth-10-L d175-ee-date_of_birth-10-O d175-ee-date_of_birth-11-L d175-ee-date_of_birth-11-O "
    "d175-ee-date_of_birth-12-L d175-ee-date_of_birth-12-O d175-ee-date_of_birth-13-L d175-ee-date_of_birth-13-O "
    "d175-ee-date_of_birth-14-L d175-ee-date_of_birth-14-O d175-ee-date_of_birth-2-L d175-ee-date_of_birth-2-O "
    "d175-ee-date_of_birth-3-L d175-ee-date_of_birth-3-O d175-ee-date_of_birth-4-L d175-ee-date_of_birth-4-O "
    "d175-ee-date_of_birth-7-L d175-ee-date_of_birth-7-O d175-ee-date_of_birth-9-L d175-ee-date_of_birth-9-O "
    "d175-ee-email-7-O d175-ee-email-8-O d175-ee-email-9-O d175-ee-end_date-1-L d175-ee-end_date-1-O "
    "d175-ee-end_date-3-L d175-ee-end_date-3-O d175-ee-end_date-5-L d175-ee-end_date-5-O d175-ee-end_date-6-L "
    "d175-ee-end_date-6-O d175-ee-end_date-7-L d175-ee-end_date-7-O d175-ee-end_date-8-O d175-ee-phone-1-L "
    "d175-ee-phone-1-O d175-ee-phone-11-L d175-ee-phone-11-O d175-ee-phone-2-L d175-ee-phone-3-L d175-ee-phone-3-O "
    "d175-ee-phone-4-L d175-ee-phone-4-O d175-ee-phone-4-Y d175-ee-phone-5-L d175-ee-phone-5-O d175-ee-postcode-5-L "
    "d175-ee-postcode-7-L d175-ee-postcode-7-O d175-ee-postcode-8-L d175-ee-start_date-1-L d175-ee-start_date-1-O "
    "d175-ee-start_date-10-L d175-ee-start_date-10-O d175-ee-start_date-12-L d175-ee-start_date-12-O "
    "d175-ee-start_date-14-L d175-ee-start_date-14-O d175-ee-start_date-15-L d175-ee-start_date-15-O "
    "d175-ee-start_date-17-L d175-ee-start_date-17-O d175-ee-start_date-18-L d175-ee-start_date-18-O "
    "d175-ee-start_date-19-L d175-ee-start_date-19-O d175-ee-start_date-2-L d175-ee-start_date-3-O "
    "d175-ee-start_date-4-L d175-ee-start_date-4-O d175-ee-start_date-5-L d175-ee-start_date-5-O "
    "d175-ee-start_date-6-L d175-ee-start_date-6-O d175-ee-start_date-8-L d175-ee-start_date-8-O "
    "d175-ee-start_date-9-L d175-ee-start_date-9-O d175-ee-website-0-O d175-ee-website-0-Y d175-ee-website-1-L "
    "d175-ee-website-1-O d175-ee-website-10-L d175-ee-website-10-O d175-ee-website-10-Y d175-ee-website-11-L "
    "d175-ee-website-11-O d175-ee-website-13-L d175-ee-website-13-O d175-ee-website-13-Y d175-ee-website-2-L "
    "d175-ee-website-3-L d175-ee-website-3-O d175-ee-website-4-L d175-ee-website-4-O d175-ee-website-4-Y "
    "d175-ee-website-5-L d175-ee-website-5-O d175-ee-website-6-L d175-ee-website-6-O d175-ee-website-8-L "
    "d175-ee-website-8-O d175-eu-company-10-O d175-eu-company-35-Y d175-eu-company-37-O d175-eu-company-38-Y "
    "d175-eu-company-4-O d175-eu-company-42-L d175-eu-company-44-Y d175-eu-company-45-L d175-eu-company-51-L "
    "d175-eu-company-54-L d175-eu-company-55-O d175-eu-company-56-Y d175-eu-company-57-L d175-eu-employer-10-O "
    "d175-eu-employer-35-Y d175-eu-employer-37-O d175-eu-employer-38-Y d175-eu-employer-4-O d175-eu-employer-42-L "
    "d175-eu-employer-44-Y d175-eu-employer-45-L d175-eu-employer-51-L d175-eu-employer-54-L d175-eu-employer-55-O "
    "d175-eu-employer-56-Y d175-eu-employer-57-L d175-eu-manager-10-O d175-eu-manager-27-L d175-eu-manager-35-Y "
    "d175-eu-manager-37-O d175-eu-manager-38-Y d175-eu-manager-4-O d175-eu-manager-42-L d175-eu-manager-44-Y "
    "d175-eu-manager-45-L d175-eu-manager-51-L d175-eu-manager-54-L d175-eu-manager-55-O d175-eu-manager-56-Y "
    "d175-eu-manager-57-L d175-eu-spouse-10-O d175-eu-spouse-27-L d175-eu-spouse-35-Y d175-eu-spouse-37-O "
    "d175-eu-spouse-38-Y d175-eu-spouse-4-O d175-eu-spouse-42-L d175-eu-spouse-44-Y d175-eu-spouse-45-L "
    "d175-eu-spouse-51-L d175-eu-spouse-54-L d175-eu-spouse-55-O d175-eu-spouse-56-Y d175-eu-spouse-57-L "
    "d175-ev-date_of_birth-0-L d175-ev-date_of_birth-1-O d175-ev-date_of_birth-10-O d175-ev-date_of_birth-12-L "
    "d175-ev-date_of_birth-13-O d175-ev-date_of_birth-3-L d175-ev-date_of_birth-4-O d175-ev-date_of_birth-7-O "
    "d175-ev-date_of_birth-9-L d175-ev-email-7-O d175-ev-end_date-1-O d175-ev-end_date-3-L d175-ev-end_date-6-L "
    "d175-ev-end_date-7-O d175-ev-phone-1-O d175-ev-phone-3-L d175-ev-phone-4-O d175-ev-postcode-5-Y "
    "d175-ev-postcode-7-O d175-ev-start_date-1-O d175-ev-start_date-10-O d175-ev-start_date-12-L "
    "d175-ev-start_date-15-L d175-ev-start_date-18-L d175-ev-start_date-19-O d175-ev-start_date-4-O "
    "d175-ev-start_date-6-L d175-ev-start_date-9-L d175-ev-website-1-O d175-ev-website-10-O d175-ev-website-13-O "
    "d175-ev-website-3-L d175-ev-website-4-O d175-ev-website-6-L d175-ok-born-15-O d175-ok-born-28-L "
    "d175-ok-born-43-O d175-ok-born-51-Y d175-ok-boss-2-Y d175-ok-boss-28-L d175-ok-boss-35-L d175-ok-boss-37-Y "
    "d175-ok-boss-44-Y d175-ok-cap-1-O d175-ok-cap-2-Y d175-ok-cap-23-Y d175-ok-cap-30-Y d175-ok-cap-42-L "
    "d175-ok-cap-49-L d175-ok-cap-7-L d175-ok-cap-9-Y d175-ok-hp-42-L d175-ok-hp-49-L d175-ok-online-16-Y "
    "d175-ok-online-35-L d175-ok-online-43-O d175-ok-online-8-O d175-ok-plz-14-L d175-ok-plz-9-Y "
    "d175-ok-works_at-14-L d175-ok-works_at-21-L d175-ok-works_at-37-Y d175-ok-works_at-42-L d175-ok-works_at-43-O "
    "d175-ok-works_at-44-Y d175-ok-works_at-7-L d175-ov-born-28-L d175-ov-boss-28-L d175-ov-boss-44-Y "
    "d175-ov-online-16-Y d175-ov-online-8-O d175-ov-works_at-44-Y d175-ph-employer-103-L d175-ph-employer-34-O "
    "d175-ph-employer-5-L d175-ph-manager-95-L d175-wk-date_of_birth-19-Y d175-wk-employer-0-L d175-wk-employer-6-L "
    "d175-wk-manager-2-Y d175-wk-manager-8-O d175-wk-phone-9-L d175-wk-website-18-O d175-wk-website-5-O "
    "d175-wv-employer-6-L d175-wv-manager-2-Y d175-wv-manager-8-O d175-wv-phone-9-L d175-wv-website-5-O "
    "d175-x-born-100-O d175-x-born-101-Y d175-x-born-102-L d175-x-born-103-O d175-x-born-104-Y d175-x-born-105-L "
    "d175-x-born-107-Y d175-x-born-108-L d175-x-born-110-Y d175-x-born-112-O d175-x-born-113-Y d175-x-born-114-L "
    "d175-x-born-115-O d175-x-born-116-Y d175-x-born-117-L d175-x-born-118-O d175-x-born-119-Y d175-x-born-120-L "
    "d175-x-born-123-L d175-x-born-124-O d175-x-born-125-Y d175-x-born-126-L d175-x-born-127-O d175-x-born-128-Y "
    "d175-x-born-13-O d175-x-born-130-O d175-x-born-131-Y d175-x-born-132-L d175-x-born-133-O d175-x-born-135-L "
    "d175-x-born-136-O d175-x-born-139-O d175-x-born-140-Y d175-x-born-141-L d175-x-born-145-O d175-x-born-146-Y "
    "d175-x-born-147-L d175-x-born-149-Y d175-x-born-26-Y d175-x-born-31-O d175-x-born-34-O d175-x-born-35-Y "
    "d175-x-born-38-Y d175-x-born-39-L d175-x-born-5-Y d175-x-born-50-Y d175-x-born-52-O d175-x-born-57-L "
    "d175-x-born-58-O d175-x-born-62-Y d175-x-born-64-O d175-x-born-65-Y d175-x-born-67-O d175-x-born-70-O "
    "d175-x-born-73-O d175-x-born-74-Y d175-x-born-76-O d175-x-born-77-Y d175-x-born-78-L d175-x-born-79-O "
    "d175-x-born-80-Y d175-x-born-82-O d175-x-born-84-L d175-x-born-85-O d175-x-born-86-Y d175-x-born-88-O "
    "d175-x-born-89-Y d175-x-born-90-L d175-x-born-91-O d175-x-born-92-Y d175-x-born-95-Y d175-x-born-96-L "
    "d175-x-born-97-O d175-x-born-99-L d175-x-boss-100-L d175-x-boss-101-O d175-x-boss-102-Y d175-x-boss-103-L "
    "d175-x-boss-104-O d175-x-boss-105-Y d175-x-boss-107-O d175-x-boss-108-Y d175-x-boss-111-Y d175-x-boss-112-L "
    "d175-x-boss-115-L d175-x-boss-117-Y d175-x-boss-118-L d175-x-boss-119-O d175-x-boss-120-Y d175-x-boss-121-L "
    "d175-x-boss-122-O d175-x-boss-123-Y d175-x-boss-124-L d175-x-boss-125-O d175-x-boss-13-L d175-x-boss-26-O "
    "d175-x-boss-31-L d175-x-boss-34-L d175-x-boss-35-O d175-x-boss-38-O d175-x-boss-39-Y d175-x-boss-5-O "
    "d175-x-boss-50-O d175-x-boss-52-L d175-x-boss-57-Y d175-x-boss-58-L d175-x-boss-61-L d175-x-boss-62-O "
    "d175-x-boss-64-L d175-x-boss-65-O d175-x-boss-67-L d175-x-boss-70-L d175-x-boss-73-L d175-x-boss-74-O "
    "d175-x-boss-76-L d175-x-boss-77-O d175-x-boss-78-Y d175-x-boss-79-L d175-x-boss-80-O d175-x-boss-82-L "
    "d175-x-boss-84-Y d175-x-boss-85-L d175-x-boss-86-O d175-x-boss-88-L d175-x-boss-89-O d175-x-boss-90-Y "
    "d175-x-boss-91-L d175-x-boss-92-O d175-x-boss-95-O d175-x-boss-96-Y d175-x-boss-97-L d175-x-boss-99-Y "
    "d175-x-cap-100-L d175-x-cap-101-O d175-x-cap-102-Y d175-x-cap-103-L d175-x-cap-104-O d175-x-cap-105-Y "
    "d175-x-cap-107-O d175-x-cap-108-Y d175-x-cap-110-O d175-x-cap-112-L d175-x-cap-113-O d175-x-cap-120-Y "
    "d175-x-cap-121-L d175-x-cap-122-O d175-x-cap-125-O d175-x-cap-126-Y d175-x-cap-127-L d175-x-cap-13-L "
    "d175-x-cap-31-L d175-x-cap-34-L d175-x-cap-35-O d175-x-cap-38-O d175-x-cap-39-Y d175-x-cap-5-O d175-x-cap-50-O "
    "d175-x-cap-52-L d175-x-cap-57-Y d175-x-cap-58-L d175-x-cap-61-L d175-x-cap-62-O d175-x-cap-64-L d175-x-cap-65-O "
    "d175-x-cap-67-L d175-x-cap-70-L d175-x-cap-73-L d175-x-cap-74-O d175-x-cap-76-L d175-x-cap-77-O d175-x-cap-78-Y "
    "d175-x-cap-80-O d175-x-cap-82-L d175-x-cap-84-Y d175-x-cap-85-L d175-x-cap-86-O d175-x-cap-88-L d175-x-cap-89-O "
    "d175-x-cap-90-Y d175-x-cap-91-L d175-x-cap-92-O d175-x-cap-95-O d175-x-cap-96-Y d175-x-cap-97-L d175-x-cap-99-Y "
    "d175-x-company-100-Y d175-x-company-101-L d175-x-company-102-O d175-x-company-103-Y d175-x-company-104-L "
    "d175-x-company-105-O d175-x-company-107-L d175-x-company-108-O d175-x-company-110-L d175-x-company-111-O "
    "d175-x-company-116-L d175-x-company-117-O d175-x-company-118-Y d175-x-company-119-L d175-x-company-120-O "
    "d175-x-company-123-O d175-x-company-124-Y d175-x-company-125-L d175-x-company-126-O d175-x-company-127-Y "
    "d175-x-company-128-L d175-x-company-129-O d175-x-company-13-Y d175-x-company-26-L d175-x-company-31-Y "
    "d175-x-company-34-Y d175-x-company-35-L d175-x-company-38-L d175-x-company-39-O d175-x-company-5-L "
    "d175-x-company-50-L d175-x-company-52-Y d175-x-company-57-O d175-x-company-58-Y d175-x-company-61-Y "
    "d175-x-company-62-L d175-x-company-64-Y d175-x-company-65-L d175-x-company-67-Y d175-x-company-70-Y "
    "d175-x-company-73-Y d175-x-company-74-L d175-x-company-76-Y d175-x-company-77-L d175-x-company-78-O "
    "d175-x-company-79-Y d175-x-company-80-L d175-x-company-82-Y d175-x-company-84-O d175-x-company-85-Y "
    "d175-x-company-86-L d175-x-company-88-Y d175-x-company-89-L d175-x-company-90-O d175-x-company-91-Y "
    "d175-x-company-92-L d175-x-company-95-L d175-x-company-96-O d175-x-company-97-Y d175-x-company-99-O "
    "d175-x-contact-73-O d175-x-contact-74-Y d175-x-contact-76-O d175-x-date_of_birth-113-L "
    "d175-x-date_of_birth-114-O d175-x-date_of_birth-120-O d175-x-date_of_birth-125-L d175-x-date_of_birth-126-O "
    "d175-x-date_of_birth-131-L d175-x-date_of_birth-132-O d175-x-date_of_birth-135-O d175-x-date_of_birth-140-L "
    "d175-x-date_of_birth-141-O d175-x-date_of_birth-146-L d175-x-date_of_birth-147-O d175-x-date_of_birth-149-L "
    "d175-x-dob-113-L d175-x-dob-114-O d175-x-dob-118-Y d175-x-dob-120-O d175-x-dob-125-L d175-x-dob-126-O "
    "d175-x-dob-127-Y d175-x-dob-131-L d175-x-dob-132-O d175-x-dob-133-Y d175-x-dob-135-O d175-x-dob-136-Y "
    "d175-x-dob-140-L d175-x-dob-141-O d175-x-dob-145-Y d175-x-dob-146-L d175-x-dob-147-O d175-x-dob-149-L "
    "d175-x-emergency_contact-73-O d175-x-emergency_contact-76-O d175-x-employer-100-O d175-x-employer-101-Y "
    "d175-x-employer-102-L d175-x-employer-103-O d175-x-employer-104-Y d175-x-employer-105-L d175-x-employer-107-Y "
    "d175-x-employer-108-L d175-x-employer-110-Y d175-x-employer-111-L d175-x-employer-116-Y d175-x-employer-117-L "
    "d175-x-employer-118-O d175-x-employer-119-Y d175-x-employer-120-L d175-x-employer-124-O d175-x-employer-125-Y "
    "d175-x-employer-126-L d175-x-employer-127-O d175-x-employer-128-Y d175-x-employer-129-L d175-x-employer-13-O "
    "d175-x-employer-26-Y d175-x-employer-31-O d175-x-employer-34-O d175-x-employer-35-Y d175-x-employer-38-Y "
    "d175-x-employer-39-L d175-x-employer-50-Y d175-x-employer-52-O d175-x-employer-57-L d175-x-employer-58-O "
    "d175-x-employer-61-O d175-x-employer-62-Y d175-x-employer-64-O d175-x-employer-65-Y d175-x-employer-67-O "
    "d175-x-employer-70-O d175-x-employer-73-O d175-x-employer-74-Y d175-x-employer-76-O d175-x-employer-77-Y "
    "d175-x-employer-78-L d175-x-employer-79-O d175-x-employer-80-Y d175-x-employer-82-O d175-x-employer-84-L "
    "d175-x-employer-85-O d175-x-employer-86-Y d175-x-employer-88-O d175-x-employer-89-Y d175-x-employer-90-L "
    "d175-x-employer-91-O d175-x-employer-92-Y d175-x-employer-95-Y d175-x-employer-96-L d175-x-employer-97-O "
    "d175-x-employer-99-L d175-x-fax-129-O d175-x-fax-138-O d175-x-homepage-115-L d175-x-homepage-122-O "
    "d175-x-homepage-125-O d175-x-homepage-128-O d175-x-hp-100-Y d175-x-hp-101-L d175-x-hp-102-O d175-x-hp-103-Y "
    "d175-x-hp-104-L d175-x-hp-105-O d175-x-hp-107-L d175-x-hp-108-O d175-x-hp-110-L d175-x-hp-111-O d175-x-hp-112-Y "
    "d175-x-hp-113-L d175-x-hp-114-O d175-x-hp-119-L d175-x-hp-120-O d175-x-hp-121-Y d175-x-hp-122-L d175-x-hp-126-O "
    "d175-x-hp-128-L d175-x-hp-129-O d175-x-hp-13-Y d175-x-hp-130-Y d175-x-hp-131-L d175-x-hp-134-L d175-x-hp-135-O "
    "d175-x-hp-137-L d175-x-hp-141-O d175-x-hp-26-L d175-x-hp-31-Y d175-x-hp-34-Y d175-x-hp-35-L d175-x-hp-38-L "
    "d175-x-hp-39-O d175-x-hp-5-L d175-x-hp-50-L d175-x-hp-52-Y d175-x-hp-57-O d175-x-hp-58-Y d175-x-hp-61-Y "
    "d175-x-hp-62-L d175-x-hp-64-Y d175-x-hp-65-L d175-x-hp-67-Y d175-x-hp-70-Y d175-x-hp-73-Y d175-x-hp-74-L "
    "d175-x-hp-76-Y d175-x-hp-77-L d175-x-hp-78-O d175-x-hp-79-Y d175-x-hp-80-L d175-x-hp-82-Y d175-x-hp-84-O "
    "d175-x-hp-85-Y d175-x-hp-86-L d175-x-hp-88-Y d175-x-hp-89-L d175-x-hp-90-O d175-x-hp-91-Y d175-x-hp-92-L "
    "d175-x-hp-95-L d175-x-hp-96-O d175-x-hp-97-Y d175-x-hp-99-O d175-x-landline-111-Y d175-x-landline-114-Y "
    "d175-x-landline-119-O d175-x-landline-128-O d175-x-manager-100-Y d175-x-manager-101-L d175-x-manager-102-O "
    "d175-x-manager-103-Y d175-x-manager-104-L d175-x-manager-105-O d175-x-manager-107-L d175-x-manager-108-O "
    "d175-x-manager-111-O d175-x-manager-112-Y d175-x-manager-115-Y d175-x-manager-117-O d175-x-manager-118-Y "
    "d175-x-manager-119-L d175-x-manager-120-O d175-x-manager-121-Y d175-x-manager-122-L d175-x-manager-123-O "
    "d175-x-manager-124-Y d175-x-manager-125-L d175-x-manager-13-Y d175-x-manager-26-L d175-x-manager-31-Y "
    "d175-x-manager-34-Y d175-x-manager-35-L d175-x-manager-38-L d175-x-manager-39-O d175-x-manager-5-L "
    "d175-x-manager-50-L d175-x-manager-52-Y d175-x-manager-57-O d175-x-manager-58-Y d175-x-manager-61-Y "
    "d175-x-manager-62-L d175-x-manager-64-Y d175-x-manager-65-L d175-x-manager-67-Y d175-x-manager-70-Y "
    "d175-x-manager-73-Y d175-x-manager-74-L d175-x-manager-76-Y d175-x-manager-77-L d175-x-manager-78-O "
    "d175-x-manager-79-Y d175-x-manager-80-L d175-x-manager-82-Y d175-x-manager-84-O d175-x-manager-85-Y "
    "d175-x-manager-86-L d175-x-manager-88-Y d175-x-manager-89-L d175-x-manager-90-O d175-x-manager-91-Y "
    "d175-x-manager-92-L d175-x-manager-95-L d175-x-manager-96-O d175-x-manager-97-Y d175-x-manager-99-O "
    "d175-x-manager-d-100-Y d175-x-manager-d-101-L d175-x-manager-d-102-O d175-x-manager-d-103-Y "
    "d175-x-manager-d-104-L d175-x-manager-d-105-O d175-x-manager-d-107-L d175-x-manager-d-108-O "
    "d175-x-manager-d-111-O d175-x-manager-d-112-Y d175-x-manager-d-115-Y d175-x-manager-d-117-O "
    "d175-x-manager-d-118-Y d175-x-manager-d-119-L d175-x-manager-d-120-O d175-x-manager-d-121-Y "
    "d175-x-manager-d-122-L d175-x-manager-d-123-O d175-x-manager-d-124-Y d175-x-manager-d-125-L "
    "d175-x-manager-d-13-Y d175-x-manager-d-26-L d175-x-manager-d-31-Y d175-x-manager-d-34-Y d175-x-manager-d-35-L "
    "d175-x-manager-d-38-L d175-x-manager-d-39-O d175-x-manager-d-50-L d175-x-manager-d-52-Y d175-x-manager-d-57-O "
    "d175-x-manager-d-58-Y d175-x-manager-d-61-Y d175-x-manager-d-62-L d175-x-manager-d-64-Y d175-x-manager-d-65-L "
    "d175-x-manager-d-67-Y d175-x-manager-d-70-Y d175-x-manager-d-73-Y d175-x-manager-d-74-L d175-x-manager-d-76-Y "
    "d175-x-manager-d-77-L d175-x-manager-d-78-O d175-x-manager-d-79-Y d175-x-manager-d-80-L d175-x-manager-d-82-Y "
    "d175-x-manager-d-84-O d175-x-manager-d-85-Y d175-x-manager-d-86-L d175-x-manager-d-88-Y d175-x-manager-d-89-L "
    "d175-x-manager-d-90-O d175-x-manager-d-91-Y d175-x-manager-d-92-L d175-x-manager-d-95-L d175-x-manager-d-97-Y "
    "d175-x-manager-d-99-O d175-x-mobile-119-Y d175-x-mobile-128-Y d175-x-nickname-100-O d175-x-nickname-101-Y "
    "d175-x-nickname-102-L d175-x-nickname-103-O d175-x-nickname-104-Y d175-x-nickname-105-L d175-x-nickname-107-Y "
    "d175-x-nickname-108-L d175-x-nickname-111-L d175-x-nickname-112-O d175-x-nickname-119-Y d175-x-nickname-13-O "
    "d175-x-nickname-26-Y d175-x-nickname-31-O d175-x-nickname-34-O d175-x-nickname-35-Y d175-x-nickname-38-Y "
    "d175-x-nickname-39-L d175-x-nickname-5-Y d175-x-nickname-50-Y d175-x-nickname-52-O d175-x-nickname-57-L "
    "d175-x-nickname-58-O d175-x-nickname-61-O d175-x-nickname-62-Y d175-x-nickname-64-O d175-x-nickname-65-Y "
    "d175-x-nickname-67-O d175-x-nickname-70-O d175-x-nickname-73-O d175-x-nickname-74-Y d175-x-nickname-76-O "
    "d175-x-nickname-77-Y d175-x-nickname-78-L d175-x-nickname-79-O d175-x-nickname-80-Y d175-x-nickname-82-O "
    "d175-x-nickname-84-L d175-x-nickname-85-O d175-x-nickname-86-Y d175-x-nickname-88-O d175-x-nickname-89-Y "
    "d175-x-nickname-90-L d175-x-nickname-91-O d175-x-nickname-92-Y d175-x-nickname-95-Y d175-x-nickname-96-L "
    "d175-x-nickname-97-O d175-x-nickname-99-L d175-x-online-100-O d175-x-online-101-Y d175-x-online-102-L "
    "d175-x-online-103-O d175-x-online-104-Y d175-x-online-105-L d175-x-online-107-Y d175-x-online-108-L "
    "d175-x-online-110-Y d175-x-online-112-O d175-x-online-113-Y d175-x-online-115-O d175-x-online-116-Y "
    "d175-x-online-121-O d175-x-online-122-Y d175-x-online-123-L d175-x-online-125-Y d175-x-online-128-Y "
    "d175-x-online-13-O d175-x-online-26-Y d175-x-online-31-O d175-x-online-35-Y d175-x-online-38-Y "
    "d175-x-online-39-L d175-x-online-5-Y d175-x-online-50-Y d175-x-online-52-O d175-x-online-57-L d175-x-online-58-O "
    "d175-x-online-61-O d175-x-online-62-Y d175-x-online-64-O d175-x-online-65-Y d175-x-online-67-O "
    "d175-x-online-70-O d175-x-online-73-O d175-x-online-74-Y d175-x-online-76-O d175-x-online-77-Y "
    "d175-x-online-78-L d175-x-online-79-O d175-x-online-80-Y d175-x-online-82-O d175-x-online-84-L "
    "d175-x-online-85-O d175-x-online-86-Y d175-x-online-88-O d175-x-online-89-Y d175-x-online-90-L "
    "d175-x-online-91-O d175-x-online-92-Y d175-x-online-95-Y d175-x-online-96-L d175-x-online-97-O "
    "d175-x-online-99-L d175-x-phone-119-O d175-x-phone-128-O d175-x-phone-d-119-Y d175-x-phone-d-128-Y "
    "d175-x-plz-100-Y d175-x-plz-101-L d175-x-plz-102-O d175-x-plz-103-Y d175-x-plz-104-L d175-x-plz-105-O "
    "d175-x-plz-107-L d175-x-plz-108-O d175-x-plz-110-L d175-x-plz-112-Y d175-x-plz-113-L d175-x-plz-120-O "
    "d175-x-plz-121-Y d175-x-plz-122-L d175-x-plz-125-L d175-x-plz-126-O d175-x-plz-127-Y d175-x-plz-129-O "
    "d175-x-plz-13-Y d175-x-plz-26-L d175-x-plz-31-Y d175-x-plz-34-Y d175-x-plz-35-L d175-x-plz-38-L d175-x-plz-39-O "
    "d175-x-plz-5-L d175-x-plz-50-L d175-x-plz-52-Y d175-x-plz-57-O d175-x-plz-58-Y d175-x-plz-61-Y d175-x-plz-62-L "
    "d175-x-plz-64-Y d175-x-plz-65-L d175-x-plz-67-Y d175-x-plz-70-Y d175-x-plz-73-Y d175-x-plz-74-L d175-x-plz-76-Y "
    "d175-x-plz-77-L d175-x-plz-78-O d175-x-plz-79-Y d175-x-plz-80-L d175-x-plz-82-Y d175-x-plz-84-O d175-x-plz-85-Y "
    "d175-x-plz-86-L d175-x-plz-88-Y d175-x-plz-89-L d175-x-plz-90-O d175-x-plz-91-Y d175-x-plz-92-L d175-x-plz-95-L "
    "d175-x-plz-96-O d175-x-plz-97-Y d175-x-plz-99-O d175-x-postcode-121-O d175-x-postcode-122-Y "
    "d175-x-postcode-129-L d175-x-spouse-100-L d175-x-spouse-101-O d175-x-spouse-102-Y d175-x-spouse-103-L "
    "d175-x-spouse-104-O d175-x-spouse-105-Y d175-x-spouse-107-O d175-x-spouse-108-Y d175-x-spouse-111-Y "
    "d175-x-spouse-112-L d175-x-spouse-115-L d175-x-spouse-117-Y d175-x-spouse-118-L d175-x-spouse-119-O "
    "d175-x-spouse-120-Y d175-x-spouse-121-L d175-x-spouse-122-O d175-x-spouse-123-Y d175-x-spouse-124-L "
    "d175-x-spouse-125-O d175-x-spouse-13-L d175-x-spouse-26-O d175-x-spouse-31-L d175-x-spouse-34-L "
    "d175-x-spouse-35-O d175-x-spouse-38-O d175-x-spouse-39-Y d175-x-spouse-5-O d175-x-spouse-50-O d175-x-spouse-52-L "
    "d175-x-spouse-57-Y d175-x-spouse-58-L d175-x-spouse-61-L d175-x-spouse-62-O d175-x-spouse-64-L "
    "d175-x-spouse-65-O d175-x-spouse-67-L d175-x-spouse-70-L d175-x-spouse-73-L d175-x-spouse-74-O "
    "d175-x-spouse-76-L d175-x-spouse-77-O d175-x-spouse-78-Y d175-x-spouse-79-L d175-x-spouse-80-O "
    "d175-x-spouse-82-L d175-x-spouse-84-Y d175-x-spouse-85-L d175-x-spouse-86-O d175-x-spouse-88-L "
    "d175-x-spouse-89-O d175-x-spouse-90-Y d175-x-spouse-91-L d175-x-spouse-92-O d175-x-spouse-95-O "
    "d175-x-spouse-96-Y d175-x-spouse-97-L d175-x-spouse-99-Y d175-x-start_date-113-O d175-x-start_date-118-L "
    "d175-x-start_date-125-O d175-x-start_date-127-L d175-x-start_date-131-O d175-x-start_date-133-L "
    "d175-x-start_date-136-L d175-x-start_date-140-O d175-x-start_date-145-L d175-x-start_date-146-O "
    "d175-x-start_date-149-O d175-x-supervisor-100-Y d175-x-supervisor-101-L d175-x-supervisor-102-O "
    "d175-x-supervisor-103-Y d175-x-supervisor-104-L d175-x-supervisor-105-O d175-x-supervisor-107-L "
    "d175-x-supervisor-108-O d175-x-supervisor-111-O d175-x-supervisor-112-Y d175-x-supervisor-115-Y "
    "d175-x-supervisor-117-O d175-x-supervisor-118-Y d175-x-supervisor-119-L d175-x-supervisor-120-O "
    "d175-x-supervisor-121-Y d175-x-supervisor-122-L d175-x-supervisor-123-O d175-x-supervisor-124-Y "
    "d175-x-supervisor-125-L d175-x-supervisor-13-Y d175-x-supervisor-26-L d175-x-supervisor-31-Y "
    "d175-x-supervisor-34-Y d175-x-supervisor-35-L d175-x-supervisor-38-L d175-x-supervisor-39-O "
    "d175-x-supervisor-5-L d175-x-supervisor-50-L d175-x-supervisor-52-Y d175-x-supervisor-57-O "
    "d175-x-supervisor-58-Y d175-x-supervisor-61-Y d175-x-supervisor-62-L d175-x-supervisor-64-Y "
    "d175-x-supervisor-65-L d175-x-supervisor-67-Y d175-x-supervisor-70-Y d175-x-supervisor-73-Y "
    "d175-x-supervisor-74-L d175-x-supervisor-76-Y d175-x-supervisor-77-L d175-x-supervisor-78-O "
    "d175-x-supervisor-79-Y d175-x-supervisor-80-L d175-x-supervisor-82-Y d175-x-supervisor-84-O "
    "d175-x-supervisor-85-Y d175-x-supervisor-86-L d175-x-supervisor-88-Y d175-x-supervisor-89-L "
    "d175-x-supervisor-90-O d175-x-supervisor-91-Y d175-x-supervisor-92-L d175-x-supervisor-95-L "
    "d175-x-supervisor-96-O d175-x-supervisor-97-Y d175-x-supervisor-99-O d175-x-website-115-O d175-x-website-122-Y "
    "d175-x-website-125-Y d175-x-website-d-115-O d175-x-website-d-128-Y d175-x-werkgever-100-Y d175-x-werkgever-101-L "
    "d175-x-werkgever-102-O d175-x-werkgever-103-Y d175-x-werkgever-104-L d175-x-werkgever-105-O "
    "d175-x-werkgever-107-L d175-x-werkgever-108-O d175-x-werkgever-110-L d175-x-werkgever-111-O "
    "d175-x-werkgever-112-Y d175-x-werkgever-113-L d175-x-werkgever-114-O d175-x-werkgever-115-Y "
    "d175-x-werkgever-116-L d175-x-werkgever-117-O d175-x-werkgever-118-Y d175-x-werkgever-119-L "
    "d175-x-werkgever-120-O d175-x-werkgever-121-Y d175-x-werkgever-122-L d175-x-werkgever-123-O "
    "d175-x-werkgever-124-Y d175-x-werkgever-125-L d175-x-werkgever-126-O d175-x-werkgever-127-Y "
    "d175-x-werkgever-128-L d175-x-werkgever-129-O d175-x-werkgever-13-Y d175-x-werkgever-26-L d175-x-werkgever-31-Y "
    "d175-x-werkgever-34-Y d175-x-werkgever-35-L d175-x-werkgever-38-L d175-x-werkgever-39-O d175-x-werkgever-5-L "
    "d175-x-werkgever-50-L d175-x-werkgever-52-Y d175-x-werkgever-57-O d175-x-werkgever-58-Y d175-x-werkgever-61-Y "
    "d175-x-werkgever-62-L d175-x-werkgever-64-Y d175-x-werkgever-65-L d175-x-werkgever-67-Y d175-x-werkgever-70-Y "
    "d175-x-werkgever-73-Y d175-x-werkgever-74-L d175-x-werkgever-76-Y d175-x-werkgever-77-L d175-x-werkgever-78-O "
    "d175-x-werkgever-79-Y d175-x-werkgever-80-L d175-x-werkgever-82-Y d175-x-werkgever-84-O d175-x-werkgever-85-Y "
    "d175-x-werkgever-86-L d175-x-werkgever-88-Y d175-x-werkgever-89-L d175-x-werkgever-90-O d175-x-werkgever-91-Y "
    "d175-x-werkgever-92-L d175-x-werkgever-95-L d175-x-werkgever-96-O d175-x-werkgever-97-Y d175-x-werkgever-99-O "
    "d175-x-works_at-100-L d175-x-works_at-101-O d175-x-works_at-102-Y d175-x-works_at-103-L d175-x-works_at-104-O "
    "d175-x-works_at-105-Y d175-x-works_at-107-O d175-x-works_at-108-Y d175-x-works_at-110-O d175-x-works_at-111-Y "
    "d175-x-works_at-112-L d175-x-works_at-113-O d175-x-works_at-114-Y d175-x-works_at-115-L d175-x-works_at-116-O "
    "d175-x-works_at-117-Y d175-x-works_at-118-L d175-x-works_at-119-O d175-x-works_at-120-Y d175-x-works_at-121-L "
    "d175-x-works_at-122-O d175-x-works_at-123-Y d175-x-works_at-124-L d175-x-works_at-125-O d175-x-works_at-126-Y "
    "d175-x-works_at-127-L d175-x-works_at-128-O d175-x-works_at-129-Y d175-x-works_at-13-L d175-x-works_at-26-O "
    "d175-x-works_at-31-L d175-x-works_at-34-L d175-x-works_at-35-O d175-x-works_at-38-O d175-x-works_at-39-Y "
    "d175-x-works_at-5-O d175-x-works_at-50-O d175-x-works_at-52-L d175-x-works_at-57-Y d175-x-works_at-58-L "
    "d175-x-works_at-62-O d175-x-works_at-64-L d175-x-works_at-67-L d175-x-works_at-70-L d175-x-works_at-73-L "
    "d175-x-works_at-74-O d175-x-works_at-76-L d175-x-works_at-77-O d175-x-works_at-78-Y d175-x-works_at-79-L "
    "d175-x-works_at-80-O d175-x-works_at-82-L d175-x-works_at-84-Y d175-x-works_at-85-L d175-x-works_at-86-O "
    "d175-x-works_at-88-L d175-x-works_at-89-O d175-x-works_at-90-Y d175-x-works_at-91-L d175-x-works_at-92-O "
    "d175-x-works_at-95-O d175-x-works_at-96-Y d175-x-works_at-97-L d175-x-works_at-99-Y d175-x-zip-121-O "
    "d175-x-zip-122-Y d175-x-zip-129-L d175-xa-1-0-O d175-xa-1-1-Y d175-xa-1-2-L d175-xa-23-0-Y d175-xa-23-1-L "
    "d175-xa-23-2-O d175-xa-7-0-O d175-xa-7-1-Y d175-xa-7-2-L d175-xa-8-0-Y d175-xa-8-1-L d175-xa-8-2-O d175-xav-1-O "
    "d175-xav-23-Y d175-xav-7-O d175-xav-8-Y d175-xv-born-100-O d175-xv-born-104-Y d175-xv-born-108-L "
    "d175-xv-born-112-O d175-xv-born-116-Y d175-xv-born-120-L d175-xv-born-124-O d175-xv-born-128-Y "
    "d175-xv-born-132-L d175-xv-born-136-O d175-xv-born-140-Y d175-xv-born-52-O d175-xv-born-64-O d175-xv-born-76-O "
    "d175-xv-born-80-Y d175-xv-born-84-L d175-xv-born-88-O d175-xv-born-92-Y d175-xv-born-96-L d175-xv-boss-100-L "
    "d175-xv-boss-104-O d175-xv-boss-108-Y d175-xv-boss-112-L d175-xv-boss-120-Y d175-xv-boss-124-L d175-xv-boss-52-L "
    "d175-xv-boss-64-L d175-xv-boss-76-L d175-xv-boss-80-O d175-xv-boss-84-Y d175-xv-boss-88-L d175-xv-boss-92-O "
    "d175-xv-boss-96-Y d175-xv-cap-100-L d175-xv-cap-104-O d175-xv-cap-108-Y d175-xv-cap-112-L d175-xv-cap-120-Y "
    "d175-xv-cap-52-L d175-xv-cap-64-L d175-xv-cap-76-L d175-xv-cap-80-O d175-xv-cap-84-Y d175-xv-cap-88-L "
    "d175-xv-cap-92-O d175-xv-cap-96-Y d175-xv-company-100-Y d175-xv-company-104-L d175-xv-company-108-O "
    "d175-xv-company-116-L d175-xv-company-120-O d175-xv-company-124-Y d175-xv-company-128-L d175-xv-company-52-Y "
    "d175-xv-company-64-Y d175-xv-company-76-Y d175-xv-company-80-L d175-xv-company-84-O d175-xv-company-88-Y "
    "d175-xv-company-92-L d175-xv-company-96-O d175-xv-contact-76-O d175-xv-date_of_birth-120-O "
    "d175-xv-date_of_birth-132-O d175-xv-date_of_birth-140-L d175-xv-dob-120-O d175-xv-dob-132-O d175-xv-dob-136-Y "
    "d175-xv-dob-140-L d175-xv-emergency_contact-76-O d175-xv-employer-100-O d175-xv-employer-104-Y "
    "d175-xv-employer-108-L d175-xv-employer-116-Y d175-xv-employer-120-L d175-xv-employer-124-O "
    "d175-xv-employer-128-Y d175-xv-employer-52-O d175-xv-employer-64-O d175-xv-employer-76-O d175-xv-employer-80-Y "
    "d175-xv-employer-84-L d175-xv-employer-88-O d175-xv-employer-92-Y d175-xv-employer-96-L d175-xv-homepage-128-O "
    "d175-xv-hp-100-Y d175-xv-hp-104-L d175-xv-hp-108-O d175-xv-hp-112-Y d175-xv-hp-120-O d175-xv-hp-128-L "
    "d175-xv-hp-52-Y d175-xv-hp-64-Y d175-xv-hp-76-Y d175-xv-hp-80-L d175-xv-hp-84-O d175-xv-hp-88-Y d175-xv-hp-92-L "
    "d175-xv-hp-96-O d175-xv-landline-128-O d175-xv-manager-100-Y d175-xv-manager-104-L d175-xv-manager-108-O "
    "d175-xv-manager-112-Y d175-xv-manager-120-O d175-xv-manager-124-Y d175-xv-manager-52-Y d175-xv-manager-64-Y "
    "d175-xv-manager-76-Y d175-xv-manager-80-L d175-xv-manager-84-O d175-xv-manager-88-Y d175-xv-manager-92-L "
    "d175-xv-manager-96-O d175-xv-manager-d-100-Y d175-xv-manager-d-104-L d175-xv-manager-d-108-O "
    "d175-xv-manager-d-112-Y d175-xv-manager-d-120-O d175-xv-manager-d-124-Y d175-xv-manager-d-52-Y "
    "d175-xv-manager-d-64-Y d175-xv-manager-d-76-Y d175-xv-manager-d-80-L d175-xv-manager-d-84-O "
    "d175-xv-manager-d-88-Y d175-xv-manager-d-92-L d175-xv-mobile-128-Y d175-xv-nickname-100-O d175-xv-nickname-104-Y "
    "d175-xv-nickname-108-L d175-xv-nickname-112-O d175-xv-nickname-52-O d175-xv-nickname-64-O d175-xv-nickname-76-O "
    "d175-xv-nickname-80-Y d175-xv-nickname-84-L d175-xv-nickname-88-O d175-xv-nickname-92-Y d175-xv-nickname-96-L "
    "d175-xv-online-100-O d175-xv-online-104-Y d175-xv-online-108-L d175-xv-online-112-O d175-xv-online-116-Y "
    "d175-xv-online-128-Y d175-xv-online-52-O d175-xv-online-64-O d175-xv-online-76-O d175-xv-online-80-Y "
    "d175-xv-online-84-L d175-xv-online-88-O d175-xv-online-92-Y d175-xv-online-96-L d175-xv-phone-128-O "
    "d175-xv-phone-d-128-Y d175-xv-plz-100-Y d175-xv-plz-104-L d175-xv-plz-108-O d175-xv-plz-112-Y d175-xv-plz-120-O "
    "d175-xv-plz-52-Y d175-xv-plz-64-Y d175-xv-plz-76-Y d175-xv-plz-80-L d175-xv-plz-84-O d175-xv-plz-88-Y "
    "d175-xv-plz-92-L d175-xv-plz-96-O d175-xv-spouse-100-L d175-xv-spouse-104-O d175-xv-spouse-108-Y "
    "d175-xv-spouse-112-L d175-xv-spouse-120-Y d175-xv-spouse-124-L d175-xv-spouse-52-L d175-xv-spouse-64-L "
    "d175-xv-spouse-76-L d175-xv-spouse-80-O d175-xv-spouse-84-Y d175-xv-spouse-88-L d175-xv-spouse-92-O "
    "d175-xv-spouse-96-Y d175-xv-start_date-136-L d175-xv-start_date-140-O d175-xv-supervisor-100-Y "
    "d175-xv-supervisor-104-L d175-xv-supervisor-108-O d175-xv-supervisor-112-Y d175-xv-supervisor-120-O "
    "d175-xv-supervisor-124-Y d175-xv-supervisor-52-Y d175-xv-supervisor-64-Y d175-xv-supervisor-76-Y "
    "d175-xv-supervisor-80-L d175-xv-supervisor-84-O d175-xv-supervisor-88-Y d175-xv-supervisor-92-L "
    "d175-xv-supervisor-96-O d175-xv-website-d-128-Y d175-xv-werkgever-100-Y d175-xv-werkgever-104-L "
    "d175-xv-werkgever-108-O d175-xv-werkgever-112-Y d175-xv-werkgever-116-L d175-xv-werkgever-120-O "
    "d175-xv-werkgever-124-Y d175-xv-werkgever-128-L d175-xv-werkgever-52-Y d175-xv-werkgever-64-Y "
    "d175-xv-werkgever-76-Y d175-xv-werkgever-80-L d175-xv-werkgever-84-O d175-xv-werkgever-88-Y "
    "d175-xv-werkgever-92-L d175-xv-werkgever-96-O d175-xv-works_at-100-L d175-xv-works_at-104-O "
    "d175-xv-works_at-108-Y d175-xv-works_at-112-L d175-xv-works_at-116-O d175-xv-works_at-120-Y "
    "d175-xv-works_at-124-L d175-xv-works_at-128-O d175-xv-works_at-52-L d175-xv-works_at-64-L d175-xv-works_at-76-L "
    "d175-xv-works_at-80-O d175-xv-works_at-84-Y d175-xv-works_at-88-L d175-xv-works_at-92-O d175-xv-works_at-96-Y "
).split())
# of those, the arguable ones (a reasonable reader could accept the served value)
r175_arguable_found = set((
    "d175-ee-date_of_birth-7-L d175-ee-date_of_birth-7-O d175-ee-email-9-O d175-ee-end_date-5-L d175-ee-end_date-5-O "
    "d175-ee-end_date-6-L d175-ee-end_date-6-O d175-ee-phone-11-L d175-ee-phone-11-O d175-ee-phone-3-L "
    "d175-ee-phone-3-O d175-ee-start_date-14-L d175-ee-start_date-14-O d175-ee-start_date-15-L "
    "d175-ee-start_date-15-O d175-ee-website-2-L d175-ee-website-3-L d175-ee-website-3-O d175-ee-website-4-L "
    "d175-ee-website-4-O d175-ee-website-4-Y d175-ee-website-8-L d175-ee-website-8-O d175-eu-company-10-O "
    "d175-eu-company-37-O d175-eu-company-38-Y d175-eu-company-45-L d175-eu-employer-10-O d175-eu-employer-37-O "
    "d175-eu-employer-38-Y d175-eu-employer-45-L d175-eu-manager-10-O d175-eu-manager-27-L d175-eu-manager-37-O "
    "d175-eu-manager-38-Y d175-eu-manager-45-L d175-eu-spouse-10-O d175-eu-spouse-27-L d175-eu-spouse-37-O "
    "d175-eu-spouse-38-Y d175-eu-spouse-45-L d175-ev-date_of_birth-7-O d175-ev-end_date-6-L d175-ev-phone-3-L "
    "d175-ev-start_date-15-L d175-ev-website-3-L d175-ev-website-4-O d175-ok-cap-2-Y d175-ok-cap-42-L "
    "d175-ok-cap-49-L d175-wk-date_of_birth-19-Y d175-wk-employer-0-L d175-wk-manager-2-Y d175-wk-phone-9-L "
    "d175-wk-website-18-O d175-wv-manager-2-Y d175-wv-phone-9-L d175-x-born-117-L d175-x-born-120-L d175-x-born-13-O "
    "d175-x-born-132-L d175-x-born-135-L d175-x-born-136-O d175-x-born-140-Y d175-x-born-149-Y d175-x-born-26-Y "
    "d175-x-boss-112-L d175-x-boss-125-O d175-x-boss-13-L d175-x-boss-26-O d175-x-cap-121-L d175-x-cap-122-O "
    "d175-x-cap-13-L d175-x-company-110-L d175-x-company-111-O d175-x-company-13-Y d175-x-company-26-L "
    "d175-x-date_of_birth-120-O d175-x-date_of_birth-132-O d175-x-date_of_birth-135-O d175-x-date_of_birth-140-L "
    "d175-x-date_of_birth-149-L d175-x-dob-120-O d175-x-dob-132-O d175-x-dob-135-O d175-x-dob-136-Y d175-x-dob-140-L "
    "d175-x-dob-149-L d175-x-employer-110-Y d175-x-employer-111-L d175-x-employer-13-O d175-x-employer-26-Y "
    "d175-x-fax-129-O d175-x-fax-138-O d175-x-homepage-128-O d175-x-hp-111-O d175-x-hp-114-O d175-x-hp-119-L "
    "d175-x-hp-128-L d175-x-hp-13-Y d175-x-hp-26-L d175-x-landline-111-Y d175-x-landline-114-Y d175-x-landline-119-O "
    "d175-x-landline-128-O d175-x-manager-112-Y d175-x-manager-125-L d175-x-manager-13-Y d175-x-manager-26-L "
    "d175-x-manager-d-112-Y d175-x-manager-d-125-L d175-x-manager-d-13-Y d175-x-manager-d-26-L d175-x-mobile-119-Y "
    "d175-x-mobile-128-Y d175-x-nickname-111-L d175-x-nickname-112-O d175-x-nickname-13-O d175-x-nickname-26-Y "
    "d175-x-online-128-Y d175-x-online-13-O d175-x-online-26-Y d175-x-phone-119-O d175-x-phone-128-O "
    "d175-x-phone-d-119-Y d175-x-phone-d-128-Y d175-x-plz-121-Y d175-x-plz-122-L d175-x-plz-129-O d175-x-plz-13-Y "
    "d175-x-plz-26-L d175-x-postcode-121-O d175-x-postcode-122-Y d175-x-postcode-129-L d175-x-spouse-112-L "
    "d175-x-spouse-125-O d175-x-spouse-13-L d175-x-spouse-26-O d175-x-start_date-136-L d175-x-start_date-140-O "
    "d175-x-start_date-149-O d175-x-supervisor-112-Y d175-x-supervisor-125-L d175-x-supervisor-13-Y "
    "d175-x-supervisor-26-L d175-x-website-d-128-Y d175-x-werkgever-110-L d175-x-werkgever-111-O "
    "d175-x-werkgever-13-Y d175-x-werkgever-26-L d175-x-works_at-110-O d175-x-works_at-111-Y d175-x-works_at-13-L "
    "d175-x-works_at-26-O d175-x-zip-121-O d175-x-zip-122-Y d175-x-zip-129-L d175-xa-7-0-O d175-xa-7-1-Y "
    "d175-xa-7-2-L d175-xav-7-O d175-xv-born-120-L d175-xv-born-132-L d175-xv-born-136-O d175-xv-born-140-Y "
    "d175-xv-boss-112-L d175-xv-date_of_birth-120-O d175-xv-date_of_birth-132-O d175-xv-date_of_birth-140-L "
    "d175-xv-dob-120-O d175-xv-dob-132-O d175-xv-dob-136-Y d175-xv-dob-140-L d175-xv-homepage-128-O d175-xv-hp-128-L "
    "d175-xv-landline-128-O d175-xv-manager-112-Y d175-xv-manager-d-112-Y d175-xv-mobile-128-Y d175-xv-nickname-112-O "
    "d175-xv-online-128-Y d175-xv-phone-128-O d175-xv-phone-d-128-Y d175-xv-spouse-112-L d175-xv-start_date-136-L "
    "d175-xv-start_date-140-O d175-xv-supervisor-112-Y d175-xv-website-d-128-Y "
).split())
r175_arguable = r175_arguable_found  # the arguable items among the found ones


def r175_base(x):
    """The base of a pair variant's id (or the id itself)."""
    head, rest = x.split("-", 2)[1], x.split("-", 2)[2]
    bases = {"av": "ab", "ev": "eb", "ov": "ob", "pv": "pb", "rv": "rb", "sv": "sb", "wv": "wb", "xv": "xb",
             "xav": "xab"}
    return "d175-%s-%s" % (bases[head], rest) if head in bases else x


# Trimmed for ctest (probe_kit.sample_round), stop 41: the items the round's tester confirmed alone (clear and
# arguable) with the bases of the pair variants found, every 10th safe variant and every 30th of the rest; then
# every arguable item left out.
r175_keep = set(r175_found_alone) | {r175_base(r175_i) for r175_i in r175_found_alone}
from probe_kit import sample_round as r175_sample_round  # noqa: E402

r175_sample_round("d175-", r175_keep, 30, safe_every=10)
P[:] = [r175_p for r175_p in P if r175_p["id"] not in r175_arguable]
