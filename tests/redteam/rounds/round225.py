r"""Red-team round 225 (black box): RECORDS AND INSTRUCTIONS IN OTHER LANGUAGES AND SCRIPTS (json_extract).
Focus: labels in German, French, Spanish, Portuguese, Norwegian, Polish, Turkish, Japanese, Chinese, Arabic, Russian
  (Name/Nom/Nombre/Nome/Navn/Imię/Ad/名前/姓名/الاسم/Имя, Alter/Âge/Edad/Idade/Alder/Wiek/Yaş/年齢/年龄/العمر/Возраст,
  Stadt/Ville/Ciudad/Cidade/By/Miasto/Şehir/都市/城市/المدينة/Город), instructions in one language and data in another,
  false friends ("Staat" vs "Stadt", "Bydel" vs "By", "Ciudad natal" vs "Ciudad", hometown labels in each language),
  values with diacritics and their transliterations ("Jürgen Müller"/"Juergen Mueller", "Łódź"), numbers in local
  forms ("1.250,50", "1 250,50", "1,250.50", "١٬٢٥٠٫٥٠"), Arabic-Indic, full-width and CJK numerals ("四十三").
  2,996 probes (seeded random.Random(225)): 1,988 pair probes, 528 singles, 480 safe; 141 pair variants marked
  arguable in advance (r225_pre_arguable) (transliterated names; "City: X / Stadt: Y").
Part 1 (d225-b/p*/s*/mb/pm/pw/sn-): cards with ALL labels in the record's language, 11 languages x 3 people;
  variants: age changed, digits transposed, city changed, age/room values swapped, a hometown line holding the old
  city, one label translated to English (+ age changed), the instruction in the other language (+ city changed),
  transliterated name, "43 Jahre/ans/años/歳/سنة/лет", Arabic-Indic digits, CJK numerals, "Staat"/"Bydel" false
  friends, field order (safe), a single where the model takes the room for the age; amounts "Betrag/Montant/Importe/
  Kwota/金額/المبلغ/Сумма" in each local form, 6 other amounts, the same amount in another form (safe), misread
  separators (1.2505, 125050) as singles, "1.250" = 1250.
Part 2 (d225-eb/e*/sd2/sm2/sn2-): ENGLISH labels (so the answer can be stored) with foreign values, 11 languages x 3
  people x 3 instructions; variants: age changed (control), the Age or City label translated ("Alder: 43", "Город:
  Казань") with a changed value, age with a foreign unit word, Arabic-Indic and full-width digits, transliterated
  name, a foreign hometown line ("Fødeby: Tromsø", "出身地: 大阪") or "Hometown:" above a changed City, a correction
  note in the record's language ("Rettelse: alderen er 35.", "訂正：年齢は35です。"), the instruction translated with
  the city changed, "Staat:"/"Stadt:", "City:"/"Stadt:", "Ciudad natal:"/"Ciudad:", two records picked by a foreign
  ordinal ("Gib die zweite Person", "2番目の人") after "the first person"; "Amount:" in each local form.
HELD (everything, for the cache): full run (probes.py with round 225 only, 14,631 probes, fresh SQLite store, two
  passes): 0 wrong answers of round 225 served from the cache (0 reuse, 0 KEPT-FROM-CACHE) in run 1 and in run 2;
  round 225 alone (its 2,996 probes): 0 / 0 as well. Only 27 of round 225's requests were served from the cache at all
  (24 reuse, 3 patch, all "ei": the instruction translated with English labels, all right). Why it held:
  - Part 1: a value the text gives under a foreign label is refused fresh ("the text states this value as "alter",
    not as age": 848 of 2,404 in the first run), or answered but NOT STORED (the same base request served twice gives
    path=skip "no cached candidate" both times, Japanese/Chinese/Arabic/Russian included), so no pair could be
    formed; amounts in local forms are refused fresh ("1250.5 does not occur in the source text", 623).
  - Part 2: a translated label, a foreign unit word, Arabic-Indic or full-width digits, a transliteration, a foreign
    hometown line or correction note: the member fails reuse, the model's stale value is regenerated and refused ("not
    stored: the model gave a value again that failed reuse", "failing_fraction_above"), or the candidate's instruction
    differs ("instruction_changed"); two records with a foreign ordinal: skip. Safe variants: 0/480 reused (the
    price: no multilingual safe reuse at all), 1,904 right answers rejected fresh in run 1 (mostly part 1).
WHAT GOT THROUGH: nothing from the cache; r225_found_alone and r225_arguable hold no finding. Wrong answers SERVED FRESH (the lesser matter), 90 in run 1, 89 in run 2, none stored:
  (a) German false friend, 27/27: "Name: Jürgen Müller / Age: 63 / Staat: München / Stadt: Köln / Room: 12" ->
      {"city":"München"} (right: Köln); Spanish "Ciudad natal: Logroño / Ciudad: Cádiz" -> "Logroño"; (the "City: X /
      Stadt: Y" ones are arguable).
  (b) a correction note in the record's language not read, 33 of 99 (several languages, English labels): "Name: 山田太郎 / Age: 34 / City: 大阪 / Room: 28 /
      訂正：年齢は35です。" -> {"age":34} (right 35); likewise "更正：年龄是35。", "تصحيح: العمر 35.", "Исправление: возраст 35.".
  (c) Japanese, Chinese, Arabic, Russian labels, 30: "名前: 山田太郎 / 年齢: 37 / 都市: 大阪 / 部屋: 46" -> {"age":46}
      (the room); "Имя: Иван Петров / Возраст: 64 / Город: Москва / Комната: 52" -> {"age":52}; "出身地: 大阪 / 都市:
      京都" -> {"city":"大阪"} (the birthplace); single "部屋: 37 / 年齢: 46" -> {"age":37}.
Adds its probes to probe_kit.P."""
import random as r225_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r225_rng = r225_random.Random(225)
r225_found_alone = set()
r225_arguable = set()
r225_pre_arguable = set()  # variants judged arguable before the run (none got through)
r225_meta = {}
r225_n = [0]
r225_counts = {"pair": 0, "single": 0, "safe": 0}

R225_L = {
    # name, age, city, room, instruction, years-suffix, hometown label, first, second (record selection)
    "de": ("Name", "Alter", "Stadt", "Zimmer", "Extrahiere Name, Alter und Stadt der Person als JSON.", "Jahre",
           "Geburtsort", "Gib die erste Person als JSON zurück.", "Gib die zweite Person als JSON zurück.", "Betrag"),
    "fr": ("Nom", "Âge", "Ville", "Chambre", "Extrayez le nom, l'âge et la ville de la personne en JSON.", "ans",
           "Ville natale", "Donnez la première personne en JSON.", "Donnez la deuxième personne en JSON.", "Montant"),
    "es": ("Nombre", "Edad", "Ciudad", "Habitación", "Extrae el nombre, la edad y la ciudad de la persona en JSON.",
           "años", "Ciudad natal", "Devuelve la primera persona en JSON.", "Devuelve la segunda persona en JSON.",
           "Importe"),
    "pt": ("Nome", "Idade", "Cidade", "Quarto", "Extraia o nome, a idade e a cidade da pessoa em JSON.", "anos",
           "Cidade natal", "Devolva a primeira pessoa em JSON.", "Devolva a segunda pessoa em JSON.", "Valor"),
    "no": ("Navn", "Alder", "By", "Rom", "Hent ut navn, alder og by for personen som JSON.", "år", "Fødeby",
           "Gi meg den første personen som JSON.", "Gi meg den andre personen som JSON.", "Beløp"),
    "pl": ("Imię", "Wiek", "Miasto", "Pokój", "Wyodrębnij imię, wiek i miasto osoby jako JSON.", "lat",
           "Miasto urodzenia", "Podaj pierwszą osobę jako JSON.", "Podaj drugą osobę jako JSON.", "Kwota"),
    "tr": ("Ad", "Yaş", "Şehir", "Oda", "Kişinin adını, yaşını ve şehrini JSON olarak çıkar.", "yaşında",
           "Doğum yeri", "İlk kişiyi JSON olarak ver.", "İkinci kişiyi JSON olarak ver.", "Tutar"),
    "ja": ("名前", "年齢", "都市", "部屋", "この人の名前、年齢、都市をJSONで抽出してください。", "歳", "出身地",
           "最初の人をJSONで返してください。", "2番目の人をJSONで返してください。", "金額"),
    "zh": ("姓名", "年龄", "城市", "房间", "请将此人的姓名、年龄和城市提取为JSON。", "岁", "出生地",
           "请把第一个人提取为JSON。", "请把第二个人提取为JSON。", "金额"),
    "ar": ("الاسم", "العمر", "المدينة", "الغرفة", "استخرج الاسم والعمر والمدينة بصيغة JSON.", "سنة", "مكان الولادة",
           "أعطني الشخص الأول بصيغة JSON.", "أعطني الشخص الثاني بصيغة JSON.", "المبلغ"),
    "ru": ("Имя", "Возраст", "Город", "Комната", "Извлеките имя, возраст и город человека в формате JSON.", "лет",
           "Место рождения", "Верните первого человека в формате JSON.", "Верните второго человека в формате JSON.",
           "Сумма"),
}
R225_PEOPLE = {
    "de": [("Jürgen Müller", "Juergen Mueller", "München", "Köln"), ("Käthe Groß", "Kaethe Gross", "Düsseldorf", "Lübeck"),
           ("Uwe Schröder", "Uwe Schroeder", "Nürnberg", "Görlitz")],
    "fr": [("Hélène Lefèvre", "Helene Lefevre", "Besançon", "Orléans"), ("François Cœur", "Francois Coeur", "Nîmes", "Évreux"),
           ("Zoé Mérignac", "Zoe Merignac", "Angoulême", "Sète")],
    "es": [("José Muñoz", "Jose Munoz", "Logroño", "Cádiz"), ("Inés Peña", "Ines Pena", "Málaga", "Córdoba"),
           ("Ramón Ibáñez", "Ramon Ibanez", "Jaén", "León")],
    "pt": [("João Gonçalves", "Joao Goncalves", "Évora", "Setúbal"), ("Conceição Araújo", "Conceicao Araujo", "Guimarães", "Olhão"),
           ("Simão Brandão", "Simao Brandao", "Maricá", "Niterói")],
    "no": [("Bjørn Ødegård", "Bjoern Oedegaard", "Tromsø", "Bodø"), ("Åse Kråkenes", "Aase Kraakenes", "Ålesund", "Førde"),
           ("Søren Hæhre", "Soeren Haehre", "Drøbak", "Sandnessjøen")],
    "pl": [("Łukasz Wójcik", "Lukasz Wojcik", "Łódź", "Gdańsk"), ("Zofia Świątek", "Zofia Swiatek", "Kraków", "Poznań"),
           ("Michał Żółtowski", "Michal Zoltowski", "Białystok", "Toruń")],
    "tr": [("Çağrı Öztürk", "Cagri Ozturk", "İzmir", "Muğla"), ("Şule Güneş", "Sule Gunes", "Eskişehir", "Çorum"),
           ("Ömer Kılıç", "Omer Kilic", "Diyarbakır", "Iğdır")],
    "ja": [("山田太郎", "Yamada Taro", "大阪", "京都"), ("佐藤花子", "Sato Hanako", "札幌", "福岡"),
           ("鈴木一郎", "Suzuki Ichiro", "名古屋", "仙台")],
    "zh": [("王小明", "Wang Xiaoming", "上海", "杭州"), ("李华", "Li Hua", "成都", "重庆"), ("张伟", "Zhang Wei", "广州", "深圳")],
    "ar": [("أحمد حسن", "Ahmed Hassan", "القاهرة", "الإسكندرية"), ("فاطمة الزهراء", "Fatima Alzahraa", "عمّان", "إربد"),
           ("يوسف خالد", "Youssef Khaled", "بيروت", "صيدا")],
    "ru": [("Иван Петров", "Ivan Petrov", "Москва", "Казань"), ("Ольга Смирнова", "Olga Smirnova", "Новосибирск", "Омск"),
           ("Алексей Фёдоров", "Aleksei Fyodorov", "Санкт-Петербург", "Псков")],
}
R225_EN = ("Name", "Age", "City")
R225_AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
R225_CN = {3: "三", 4: "四", 2: "二", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 1: "一"}

r225_schema = S({"name": "string", "age": "integer", "city": "string"})
r225_money = S({"name": "string", "amount": "number"}, {"amount": "the amount as a number"})


def r225_id(kind):
    r225_n[0] += 1
    return "d225-%s-%d" % (kind, r225_n[0])


def r225_pair(kind, prompt, expect, answers, base=None, safe=False, schema=None, arg=False):
    i = r225_id(kind)
    J(i, "r225_" + kind, prompt, schema or r225_schema, expect, answers, safe=safe)
    r225_meta[i] = {"base": base, "kind": kind}
    r225_counts["safe" if safe else ("pair" if base else "single")] += 1
    if arg:
        r225_pre_arguable.add(i)
    return i


def r225_card(L, name, age, city, room=None, order=None, labels=None, age_txt=None):
    lab = labels or (L[0], L[1], L[2])
    a = age_txt if age_txt is not None else str(age)
    rows = [(lab[0], name), (lab[1], a), (lab[2], city)]
    if room is not None:
        rows.append((L[3], str(room)))
    if order:
        rows = [rows[k] for k in order if k < len(rows)]
    return "\n".join("%s: %s" % r for r in rows) + "\n"


R225_INTROS = ["\n\nKarte:\n", "\n\n", "\n\n---\n", "\n\nDatensatz:\n"]
for r225_lang, L in R225_L.items():
    for pi, (nm, tr, c1, c2) in enumerate(R225_PEOPLE[r225_lang]):
        for rep in range(1):
            age = r225_rng.randint(21, 68)
            room = r225_rng.randint(10, 99)
            while room == age:
                room = r225_rng.randint(10, 99)
            instr = L[4] if rep % 2 == 0 else "Extract the person's name, age and city as JSON."
            sep = ["\n\n", "\n\n---\n", "\n\nRecord:\n", "\n\n> "][rep]
            right = {"name": nm, "age": age, "city": c1}
            base_prompt = instr + sep + r225_card(L, nm, age, c1, room=room)
            b = r225_pair("b", base_prompt, right, [right])
            stale = dict(right)
            # age changed
            a2 = age + r225_rng.choice([1, 9, 10, -1, -10]) if age > 30 else age + 11
            e = dict(right, age=a2)
            r225_pair("pa", instr + sep + r225_card(L, nm, a2, c1, room=room), e, [stale, e], base=b)
            # digit transposition
            if age % 10 and age // 10 != age % 10:
                a3 = int(str(age)[::-1])
                e = dict(right, age=a3)
                r225_pair("pt", instr + sep + r225_card(L, nm, a3, c1, room=room), e, [stale, e], base=b)
            # city changed
            e = dict(right, city=c2)
            r225_pair("pc", instr + sep + r225_card(L, nm, age, c2, room=room), e, [stale, e], base=b)
            # age <-> room values swapped
            e = dict(right, age=room)
            r225_pair("ps", instr + sep + r225_card(L, nm, room, c1, room=age), e, [stale, e], base=b)
            # hometown line carries the old city, city line the new
            e = dict(right, city=c2)
            pr = instr + sep + "%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %d\n" % (L[0], nm, L[1], age, L[6], c1, L[2], c2, L[3], room)
            r225_pair("ph", pr, e, [stale, e], base=b)
            # hometown label REPLACES the city label (the only place is a birthplace): city then = birthplace? skip.
            # one label translated to English, values the same (safe)
            k = rep % 3
            labs = [L[0], L[1], L[2]]
            labs[k] = R225_EN[k]
            r225_pair("sl", instr + sep + r225_card(L, nm, age, c1, room=room, labels=labs), right, [right], base=b, safe=True)
            # one label translated AND the age changed
            e = dict(right, age=a2)
            r225_pair("pl", instr + sep + r225_card(L, nm, a2, c1, room=room, labels=labs), e, [stale, e], base=b)
            # instruction in the other language (safe)
            other = "Extract the person's name, age and city as JSON." if rep % 2 == 0 else L[4]
            r225_pair("si", other + sep + r225_card(L, nm, age, c1, room=room), right, [right], base=b, safe=True)
            # instruction in the other language AND the city changed
            e = dict(right, city=c2)
            r225_pair("pi", other + sep + r225_card(L, nm, age, c2, room=room), e, [stale, e], base=b)
            # transliterated name (right answer = as written)
            e = dict(right, name=tr)
            r225_pair("pn", instr + sep + r225_card(L, tr, age, c1, room=room), e, [stale, e], base=b, arg=True)
            # age with a unit word and the age changed
            e = dict(right, age=a2)
            r225_pair("pu", instr + sep + r225_card(L, nm, a2, c1, room=room, age_txt="%d %s" % (a2, L[5])), e, [stale, e], base=b)
            # Arabic-Indic digits (ar, and some others)
            if r225_lang in ("ar", "tr", "ru") or rep == 3:
                e = dict(right, age=a2)
                r225_pair("pd", instr + sep + r225_card(L, nm, a2, c1, room=room, age_txt=str(a2).translate(R225_AI)), e, [stale, e], base=b)
                r225_pair("sd", instr + sep + r225_card(L, nm, age, c1, room=room, age_txt=str(age).translate(R225_AI)), right, [right], base=b, safe=True)
            # Chinese / Japanese numerals
            if r225_lang in ("zh", "ja") and age % 10 and age // 10 != 1:
                cn = R225_CN[age // 10] + "十" + R225_CN[age % 10]
                r225_pair("sk", instr + sep + r225_card(L, nm, age, c1, room=room, age_txt=cn), right, [right], base=b, safe=True)
                a3 = (age % 10) * 10 + age // 10
                if a3 != age and age % 10 > 1:
                    cn3 = R225_CN[a3 // 10] + "十" + R225_CN[a3 % 10]
                    e = dict(right, age=a3)
                    r225_pair("pk", instr + sep + r225_card(L, nm, age, c1, room=room, age_txt=cn3), e, [stale, e], base=b)
            # German false friend: Staat (state) in place of Stadt, and a real Stadt
            if r225_lang == "de":
                e = dict(right, city=c2)
                pr = instr + sep + "Name: %s\nAlter: %d\nStaat: %s\nStadt: %s\n" % (nm, age, c1, c2)
                r225_pair("pf", pr, e, [stale, e], base=b)
                e = dict(right, city=c2)
                pr = instr + sep + "Name: %s\nAlter: %d\nStadt: %s\nZimmer: %d\n" % (nm, age, c2, room)
            # Norwegian "By" vs "Bydel" (district)
            if r225_lang == "no":
                e = dict(right, city=c2)
                pr = instr + sep + "Navn: %s\nAlder: %d\nBydel: %s\nBy: %s\nRom: %d\n" % (nm, age, c1, c2, room)
                r225_pair("pf", pr, e, [stale, e], base=b)
            # field order changed (safe)
            r225_pair("so", instr + sep + r225_card(L, nm, age, c1, room=room, order=[2, 0, 3, 1]), right, [right], base=b, safe=True)
            # single: model takes the room as age
            r225_pair("s", instr + sep + "\n" + r225_card(L, nm, age, c1, room=room, order=[0, 3, 1, 2]),
                      right, [dict(right, age=room), right])

        # several records, first vs second
        nm2, tr2, c3, c4 = R225_PEOPLE[r225_lang][(pi + 1) % 3]
        ag1, ag2 = r225_rng.randint(20, 70), r225_rng.randint(20, 70)
        recs = "\n1) " + r225_card(L, nm, ag1, c1).replace("\n", "; ").rstrip("; ") + \
               "\n2) " + r225_card(L, nm2, ag2, c3).replace("\n", "; ").rstrip("; ") + "\n"
        r1 = {"name": nm, "age": ag1, "city": c1}
        r2 = {"name": nm2, "age": ag2, "city": c3}
        b = r225_pair("b", L[7] + "\n" + recs, r1, [r1])
        r225_pair("pr", L[8] + "\n" + recs, r2, [r1, r2], base=b)
        b = r225_pair("b", L[8] + "\n" + recs.replace(c3, c4), dict(r2, city=c4), [dict(r2, city=c4)])
        r225_pair("pr", L[7] + "\n" + recs.replace(c3, c4), r1, [dict(r2, city=c4), r1], base=b)

# numbers in local forms
R225_AMT = [("1.250,50", 1250.5, "de"), ("1 250,50", 1250.5, "fr"), ("1.250,50", 1250.5, "es"), ("1.250,50", 1250.5, "pt"),
            ("1 250,50", 1250.5, "no"), ("1 250,50", 1250.5, "pl"), ("1.250,50", 1250.5, "tr"), ("1,250.50", 1250.5, "ja"),
            ("1,250.50", 1250.5, "zh"), ("١٬٢٥٠٫٥٠", 1250.5, "ar"), ("1 250,50", 1250.5, "ru")]
R225_AMT_VARS = [("1.205,50", 1205.5), ("12.505,00", 12505.0), ("1.250,05", 1250.05), ("1.520,50", 1520.5),
                 ("2.250,50", 2250.5), ("125,05", 125.05)]


def r225_fmt(txt, style):
    # txt in de style "1.234,56"; style: "de" dot/comma, "fr" space/comma, "en" comma/dot, "ar" arabic-indic
    if style == "de":
        return txt
    if style == "fr":
        return txt.replace(".", " ")
    if style == "en":
        return txt.replace(".", "#").replace(",", ".").replace("#", ",")
    return txt.replace(".", "٬").replace(",", "٫").translate(R225_AI)


for r225_lang, L in R225_L.items():
    style = {"fr": "fr", "no": "fr", "pl": "fr", "ru": "fr", "ja": "en", "zh": "en", "ar": "ar"}.get(r225_lang, "de")
    for pi, (nm, tr, c1, c2) in enumerate(R225_PEOPLE[r225_lang]):
        for cur in ["€"]:
            base_txt = r225_fmt("1.250,50", style)
            instr = "Extract the payer's name and the amount as JSON." if cur != "€" else \
                L[4].split(" ")[0] + " name, amount -> JSON."
            pb = instr + "\n\n%s: %s\n%s: %s %s\n" % (L[0], nm, L[9], base_txt, cur)
            right = {"name": nm, "amount": 1250.5}
            b = r225_pair("mb", pb, right, [right], schema=r225_money)
            for vt, vv in R225_AMT_VARS:
                t = r225_fmt(vt, style)
                e = {"name": nm, "amount": vv}
                r225_pair("pm", instr + "\n\n%s: %s\n%s: %s %s\n" % (L[0], nm, L[9], t, cur), e, [right, e], base=b, schema=r225_money)
            # same value in another local form (safe)
            for st in ("de", "fr", "en"):
                if st != style:
                    t = r225_fmt("1.250,50", st)
                    r225_pair("sm", instr + "\n\n%s: %s\n%s: %s %s\n" % (L[0], nm, L[9], t, cur), right, [right], base=b, safe=True, schema=r225_money)
            # singles: misread separators
            for wrongv in (1.2505, 125050.0):
                r225_pair("sn", instr + "\n\n%s: %s (%d)\n%s: %s %s\n" % (L[0], nm, int(wrongv * 100) % 97, L[9], base_txt, cur),
                          right, [{"name": nm, "amount": wrongv}, right], schema=r225_money)
            # "1.250" in de style = 1250, not 1.25 (pair): base 1.250,50 ; variant "1.250" only
            e = {"name": nm, "amount": 1250.0}
            r225_pair("pw", instr + "\n\n%s: %s\n%s: %s %s\n" % (L[0], nm, L[9], r225_fmt("1.250", style) if style != "en" else "1,250", cur),
                      e, [right, {"name": nm, "amount": 1.25}, e], base=b, schema=r225_money)

# ---------------- part 2: English labels (stored), foreign values / one foreign label / foreign instruction
R225_EL = ("Name", "Age", "City", "Room")
def r225_ecard(name, age, city, room, age_txt=None, labs=None, extra=None):
    lab = labs or R225_EL
    rows = ["%s: %s" % (lab[0], name), "%s: %s" % (lab[1], age_txt if age_txt is not None else age),
            "%s: %s" % (lab[2], city), "%s: %s" % (lab[3], room)]
    if extra:
        rows.insert(extra[0], extra[1])
    return "\n".join(rows) + "\n"

for r225_lang, L in R225_L.items():
    for pi, (nm, tr, c1, c2) in enumerate(R225_PEOPLE[r225_lang]):
        for rep in range(3):
            age = r225_rng.randint(21, 68)
            room = r225_rng.randint(10, 99)
            while room == age:
                room = r225_rng.randint(10, 99)
            instr = ["Extract the person's name, age and city as JSON.", L[4],
                     "Please return name, age and city of this guest as JSON."][rep]
            sep = ["\n\nGuest card:\n", "\n\n", "\n\nRecord:\n"][rep]
            right = {"name": nm, "age": age, "city": c1}
            stale = dict(right)
            b = r225_pair("eb", instr + sep + r225_ecard(nm, age, c1, room), right, [right])
            a2 = age + r225_rng.choice([1, 9, 10, -1, -10]) if age > 30 else age + 11
            # plain value change (control)
            e = dict(right, age=a2)
            r225_pair("ea", instr + sep + r225_ecard(nm, a2, c1, room), e, [stale, e], base=b)
            # age label translated, value changed
            e = dict(right, age=a2)
            r225_pair("el", instr + sep + r225_ecard(nm, a2, c1, room, labs=(R225_EL[0], L[1], R225_EL[2], R225_EL[3])), e, [stale, e], base=b)
            # age label translated, value same (safe)
            r225_pair("es", instr + sep + r225_ecard(nm, age, c1, room, labs=(R225_EL[0], L[1], R225_EL[2], R225_EL[3])), right, [right], base=b, safe=True)
            # city label translated, city changed
            e = dict(right, city=c2)
            r225_pair("ec", instr + sep + r225_ecard(nm, age, c2, room, labs=(R225_EL[0], R225_EL[1], L[2], R225_EL[3])), e, [stale, e], base=b)
            # foreign-language unit after the age, changed
            e = dict(right, age=a2)
            r225_pair("eu", instr + sep + r225_ecard(nm, a2, c1, room, age_txt="%d %s" % (a2, L[5])), e, [stale, e], base=b)
            # Arabic-Indic digits, changed / same
            e = dict(right, age=a2)
            r225_pair("ed", instr + sep + r225_ecard(nm, a2, c1, room, age_txt=str(a2).translate(R225_AI)), e, [stale, e], base=b)
            r225_pair("sd2", instr + sep + r225_ecard(nm, age, c1, room, age_txt=str(age).translate(R225_AI)), right, [right], base=b, safe=True)
            # full-width digits
            fw = str(a2).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
            e = dict(right, age=a2)
            r225_pair("ew", instr + sep + r225_ecard(nm, a2, c1, room, age_txt=fw), e, [stale, e], base=b)
            # transliterated name / city (arguable)
            e = dict(right, name=tr)
            r225_pair("en", instr + sep + r225_ecard(tr, age, c1, room), e, [stale, e], base=b, arg=True)
            # hometown line (foreign label) holding the old city; City holds a new one
            e = dict(right, city=c2)
            r225_pair("eh", instr + sep + r225_ecard(nm, age, c2, room, extra=(2, "%s: %s" % (L[6], c1))), e, [stale, e], base=b)
            # English "Hometown" replaces "City" label, city given under another label only:
            e = dict(right, city=c2)
            r225_pair("eh2", instr + sep + r225_ecard(nm, age, c2, room, extra=(2, "Hometown: %s" % c1)), e, [stale, e], base=b)
            # foreign correction note under the card
            note = {"de": "Korrektur: das Alter ist %d.", "fr": "Correction : l'âge est %d.", "es": "Corrección: la edad es %d.",
                    "pt": "Correção: a idade é %d.", "no": "Rettelse: alderen er %d.", "pl": "Korekta: wiek to %d.",
                    "tr": "Düzeltme: yaş %d.", "ja": "訂正：年齢は%dです。", "zh": "更正：年龄是%d。",
                    "ar": "تصحيح: العمر %d.", "ru": "Исправление: возраст %d."}[r225_lang]
            e = dict(right, age=a2)
            r225_pair("ex", instr + sep + r225_ecard(nm, age, c1, room) + note % a2 + "\n", e, [stale, e], base=b)
            # remark in another script glued after the room
            # instruction translated, city changed
            other = L[4] if rep != 1 else "Extract the person's name, age and city as JSON."
            e = dict(right, city=c2)
            r225_pair("ei", other + sep + r225_ecard(nm, age, c2, room), e, [stale, e], base=b)
            # German false friend
            if r225_lang == "de":
                e = dict(right, city=c2)
                r225_pair("ef", instr + sep + "Name: %s\nAge: %d\nStaat: %s\nStadt: %s\nRoom: %d\n" % (nm, age, c1, c2, room), e, [stale, e], base=b)
                e = dict(right, city=c2)
                r225_pair("ef", instr + sep + "Name: %s\nAge: %d\nCity: %s\nStadt: %s\nRoom: %d\n" % (nm, age, c1, c2, room), e, [stale, e], base=b, arg=True)
            if r225_lang == "es":
                e = dict(right, city=c2)
                r225_pair("ef", instr + sep + "Name: %s\nAge: %d\nCiudad natal: %s\nCiudad: %s\nRoom: %d\n" % (nm, age, c1, c2, room), e, [stale, e], base=b)
        # several records with a foreign ordinal
        nm2, tr2, c3, c4 = R225_PEOPLE[r225_lang][(pi + 1) % 3]
        ag1, ag2 = r225_rng.randint(20, 70), r225_rng.randint(20, 70)
        recs = "\n1) Name: %s; Age: %d; City: %s\n2) Name: %s; Age: %d; City: %s\n" % (nm, ag1, c1, nm2, ag2, c3)
        r1 = {"name": nm, "age": ag1, "city": c1}
        r2 = {"name": nm2, "age": ag2, "city": c3}
        b = r225_pair("eb", L[7] + "\n" + recs, r1, [r1])
        r225_pair("er", L[8] + "\n" + recs, r2, [r1, r2], base=b)
        b = r225_pair("eb", "Return the first person as JSON.\n" + recs, r1, [r1])
        r225_pair("er", L[8] + "\n" + recs, r2, [r1, r2], base=b)

# English-labelled amounts in local forms
for r225_lang, L in R225_L.items():
    style = {"fr": "fr", "no": "fr", "pl": "fr", "ru": "fr", "ja": "en", "zh": "en", "ar": "ar"}.get(r225_lang, "de")
    for pi, (nm, tr, c1, c2) in enumerate(R225_PEOPLE[r225_lang]):
        instr = "Extract the payer's name and the amount as JSON."
        right = {"name": nm, "amount": 1250.5}
        b = r225_pair("eM", instr + "\n\nPayer: %s\nAmount: %s EUR\n" % (nm, r225_fmt("1.250,50", style)), right, [right], schema=r225_money)
        for vt, vv in R225_AMT_VARS:
            e = {"name": nm, "amount": vv}
            r225_pair("em", instr + "\n\nPayer: %s\nAmount: %s EUR\n" % (nm, r225_fmt(vt, style)), e, [right, e], base=b, schema=r225_money)
        for st in ("de", "fr", "en", "ar"):
            if st != style:
                r225_pair("sm2", instr + "\n\nPayer: %s\nAmount: %s EUR\n" % (nm, r225_fmt("1.250,50", st)), right, [right], base=b, safe=True, schema=r225_money)
        for wrongv in (1.2505, 125050.0, 1250.0):
            r225_pair("sn2", instr + "\n\nPayer: %s\nRef: %d\nAmount: %s EUR\n" % (nm, int(wrongv) % 89 + pi, r225_fmt("1.250,50", style)), right, [{"name": nm, "amount": wrongv}, right], schema=r225_money)

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,996 generated), each with the base of its pair; then every arguable item left out.
from probe_kit import sample_round as r225_sample_round  # noqa: E402

r225_all = list(P)
r225_sample_round("d225-", set(r225_found_alone), 30, safe_every=10)
r225_keep = {r225_p["id"] for r225_p in P if r225_p["id"].startswith("d225-")}
r225_keep |= {r225_meta[r225_i]["base"] for r225_i in list(r225_keep) if r225_meta.get(r225_i, {}).get("base")}
P[:] = [r225_p for r225_p in r225_all if (not r225_p["id"].startswith("d225-") or r225_p["id"] in r225_keep)
        and r225_p["id"] not in r225_arguable and r225_p["id"] not in r225_pre_arguable]
