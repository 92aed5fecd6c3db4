"""Red-team round 101 (black box, stepcache-s34): instructions changed in other languages, qualifiers joined to a member's name (weight_in_grams), records in non-Latin scripts with scale words and corrections in fullwidth brackets. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

PAIRS = []  # (base_id, variant_id)


FRAME = ("Text:\nPlease process the following record.\n", "End of record.")

def r101_fr(text):
    return FRAME[0] + text + FRAME[1]

def r101_set(tag, fam, schema, base_instr, base_text, base_ans, variants):
    """variants: (vt, instr or None, text or None, expect[, schema])"""
    for style, bi0 in (("", base_instr), ("E", r101_en(schema))):
        r101_set1(tag + style, fam, schema, bi0, base_text, base_ans, variants, style)

def r101_en(schema):
    ks = list(schema["properties"])
    return "Return the record's " + (" and ".join(ks)) + " as JSON."

def r101_set1(tag, fam, schema, base_instr, base_text, base_ans, variants, style):
    bid = "d101-%s-base" % tag
    J(bid, fam, base_instr + "\n\n" + r101_fr(base_text), schema, base_ans, [base_ans])
    for v in variants:
        vt, instr, text, exp = v[:4]
        sch = v[4] if len(v) > 4 else schema
        vid = "d101-%s-%s" % (tag, vt)
        safe = exp == base_ans
        ans = [base_ans, exp] if not safe else [exp]
        if style == "E" and instr:
            instr = base_instr.rstrip(".") + ", " + instr  # English base + the foreign instruction as a clause
        J(vid, fam, (instr or base_instr) + "\n\n" + r101_fr(text or base_text), sch, exp, ans, safe=safe)
        PAIRS.append((bid, vid))

# ---------------------------------------------------------------- A. weight unit in the instruction
# lang: (k_parcel, k_weight, label_parcel, label_weight, label_carrier, base_instr, [(vt, instr, factor)])
r101_W = {
 "de": ("paket", "gewicht", "Paket", "Gewicht", "Spediteur", "Gib Paket und Gewicht als JSON zurück.", [
    ("g", "Gib Paket und Gewicht in Gramm als JSON zurück.", 1000),
    ("lb", "Gib Paket und Gewicht in Pfund als JSON zurück.", 2.20462),
    ("mix", "Return Paket and Gewicht as JSON, das Gewicht bitte in Gramm.", 1000),
    ("neg", "Gib Paket und Gewicht als JSON zurück, das Gewicht nicht in Kilogramm, sondern in Gramm.", 1000),
    ("t", "Gib Paket und Gewicht in Tonnen als JSON zurück.", 0.001)]),
 "fr": ("colis", "poids", "Colis", "Poids", "Transporteur", "Renvoie le colis et le poids en JSON.", [
    ("g", "Renvoie le colis et le poids en grammes en JSON.", 1000),
    ("lb", "Renvoie le colis et le poids en livres en JSON.", 2.20462),
    ("mix", "Return the colis and the poids as JSON, le poids en grammes s'il te plaît.", 1000),
    ("neg", "Renvoie le colis et le poids en JSON, pas en kilos mais en grammes.", 1000)]),
 "es": ("paquete", "peso", "Paquete", "Peso", "Transportista", "Devuelve el paquete y el peso en JSON.", [
    ("g", "Devuelve el paquete y el peso en gramos en JSON.", 1000),
    ("lb", "Devuelve el paquete y el peso en libras en JSON.", 2.20462),
    ("mix", "Return paquete and peso as JSON, el peso en gramos por favor.", 1000),
    ("neg", "Devuelve el paquete y el peso en JSON, no en kilos sino en gramos.", 1000)]),
 "it": ("pacco", "peso", "Pacco", "Peso", "Corriere", "Restituisci il pacco e il peso in JSON.", [
    ("g", "Restituisci il pacco e il peso in grammi in JSON.", 1000),
    ("lb", "Restituisci il pacco e il peso in libbre in JSON.", 2.20462),
    ("neg", "Restituisci il pacco e il peso in JSON, non in chili ma in grammi.", 1000)]),
 "pt": ("pacote", "peso", "Pacote", "Peso", "Transportadora", "Devolve o pacote e o peso em JSON.", [
    ("g", "Devolve o pacote e o peso em gramas em JSON.", 1000),
    ("lb", "Devolve o pacote e o peso em libras em JSON.", 2.20462)]),
 "nl": ("pakket", "gewicht", "Pakket", "Gewicht", "Vervoerder", "Geef het pakket en het gewicht terug als JSON.", [
    ("g", "Geef het pakket en het gewicht in gram terug als JSON.", 1000),
    ("ons", "Geef het pakket en het gewicht in ons terug als JSON.", 10)]),
 "no": ("pakke", "vekt", "Pakke", "Vekt", "Transportør", "Gi pakken og vekten som JSON.", [
    ("g", "Gi pakken og vekten i gram som JSON.", 1000),
    ("lb", "Gi pakken og vekten i pund som JSON.", 2.20462),
    ("neg", "Gi pakken og vekten som JSON, ikke i kilo men i gram.", 1000)]),
 "sv": ("paket", "vikt", "Paket", "Vikt", "Transportör", "Ge paketet och vikten som JSON.", [
    ("g", "Ge paketet och vikten i gram som JSON.", 1000),
    ("hg", "Ge paketet och vikten i hekto som JSON.", 10)]),
 "da": ("pakke", "vægt", "Pakke", "Vægt", "Fragtfirma", "Giv pakken og vægten som JSON.", [
    ("g", "Giv pakken og vægten i gram som JSON.", 1000)]),
 "pl": ("paczka", "waga", "Paczka", "Waga", "Przewoźnik", "Zwróć paczkę i wagę jako JSON.", [
    ("g", "Zwróć paczkę i wagę w gramach jako JSON.", 1000),
    ("lb", "Zwróć paczkę i wagę w funtach jako JSON.", 2.20462),
    ("neg", "Zwróć paczkę i wagę jako JSON, nie w kilogramach, tylko w gramach.", 1000)]),
 "tr": ("paket", "ağırlık", "Paket", "Ağırlık", "Kargo", "Paketi ve ağırlığı JSON olarak döndür.", [
    ("g", "Paketi ve ağırlığı gram cinsinden JSON olarak döndür.", 1000),
    ("lb", "Paketi ve ağırlığı pound cinsinden JSON olarak döndür.", 2.20462)]),
 "el": ("δέμα", "βάρος", "Δέμα", "Βάρος", "Μεταφορέας", "Επέστρεψε το δέμα και το βάρος σε JSON.", [
    ("g", "Επέστρεψε το δέμα και το βάρος σε γραμμάρια σε JSON.", 1000)]),
 "ru": ("посылка", "вес", "Посылка", "Вес", "Перевозчик", "Верни посылку и вес в формате JSON.", [
    ("g", "Верни посылку и вес в граммах в формате JSON.", 1000),
    ("lb", "Верни посылку и вес в фунтах в формате JSON.", 2.20462),
    ("neg", "Верни посылку и вес в формате JSON, не в килограммах, а в граммах.", 1000)]),
 "ja": ("荷物", "重量", "荷物", "重量", "配送業者", "荷物と重量をJSONで返してください。", [
    ("g", "荷物と重量（グラム単位）をJSONで返してください。", 1000),
    ("g2", "荷物と重量をグラムでJSONで返してください。", 1000)]),
 "zh": ("包裹", "重量", "包裹", "重量", "承运人", "以JSON格式返回包裹和重量。", [
    ("g", "以JSON格式返回包裹和重量（单位：克）。", 1000),
    ("jin", "以JSON格式返回包裹和重量，重量以斤为单位。", 2)]),
}
for lang, (kp, kw, lp, lw, lc, bi, vs) in r101_W.items():
    sch = S({kp: "string", kw: "number"})
    text = "%s: PK-4410\n%s: 12 kg\n%s: DHL\n" % (lp, lw, lc)
    base = {kp: "PK-4410", kw: 12}
    var = []
    for vt, instr, f in vs:
        val = round(12 * f, 2)
        if val == int(val):
            val = int(val)
        var.append((vt, instr, None, {kp: "PK-4410", kw: val}))
    r101_set("w" + lang, "r101_unit_instr", sch, bi, text, base, var)

# ---------------------------------------------------------------- B. which record (ordinal) in the instruction
r101_O = {
 "de": ("passagier", "Passagier", "Gib den ersten Passagier als JSON zurück.", [
    ("2", "Gib den zweiten Passagier als JSON zurück.", 1), ("last", "Gib den letzten Passagier als JSON zurück.", 2),
    ("neg", "Gib nicht den ersten, sondern den dritten Passagier als JSON zurück.", 2),
    ("mix", "Return den zweiten Passagier as JSON.", 1)]),
 "fr": ("passager", "Passager", "Renvoie le premier passager en JSON.", [
    ("2", "Renvoie le deuxième passager en JSON.", 1), ("last", "Renvoie le dernier passager en JSON.", 2),
    ("mix", "Return le dernier passager as JSON.", 2)]),
 "es": ("pasajero", "Pasajero", "Devuelve el primer pasajero en JSON.", [
    ("2", "Devuelve el segundo pasajero en JSON.", 1), ("last", "Devuelve el último pasajero en JSON.", 2)]),
 "it": ("passeggero", "Passeggero", "Restituisci il primo passeggero in JSON.", [
    ("2", "Restituisci il secondo passeggero in JSON.", 1), ("last", "Restituisci l'ultimo passeggero in JSON.", 2)]),
 "pt": ("passageiro", "Passageiro", "Devolve o primeiro passageiro em JSON.", [
    ("2", "Devolve o segundo passageiro em JSON.", 1), ("last", "Devolve o último passageiro em JSON.", 2)]),
 "nl": ("passagier", "Passagier", "Geef de eerste passagier terug als JSON.", [
    ("2", "Geef de tweede passagier terug als JSON.", 1), ("last", "Geef de laatste passagier terug als JSON.", 2)]),
 "no": ("passasjer", "Passasjer", "Gi den første passasjeren som JSON.", [
    ("2", "Gi den andre passasjeren som JSON.", 1), ("last", "Gi den siste passasjeren som JSON.", 2),
    ("neg", "Gi ikke den første, men den tredje passasjeren som JSON.", 2)]),
 "pl": ("pasażer", "Pasażer", "Zwróć pierwszego pasażera jako JSON.", [
    ("2", "Zwróć drugiego pasażera jako JSON.", 1), ("last", "Zwróć ostatniego pasażera jako JSON.", 2)]),
 "tr": ("yolcu", "Yolcu", "İlk yolcuyu JSON olarak döndür.", [
    ("2", "İkinci yolcuyu JSON olarak döndür.", 1), ("last", "Son yolcuyu JSON olarak döndür.", 2)]),
 "ru": ("пассажир", "Пассажир", "Верни первого пассажира в формате JSON.", [
    ("2", "Верни второго пассажира в формате JSON.", 1), ("last", "Верни последнего пассажира в формате JSON.", 2)]),
 "ja": ("乗客", "乗客", "最初の乗客をJSONで返してください。", [
    ("2", "二番目の乗客をJSONで返してください。", 1), ("last", "最後の乗客をJSONで返してください。", 2)]),
 "el": ("επιβάτης", "Επιβάτης", "Επέστρεψε τον πρώτο επιβάτη σε JSON.", [
    ("2", "Επέστρεψε τον δεύτερο επιβάτη σε JSON.", 1), ("last", "Επέστρεψε τον τελευταίο επιβάτη σε JSON.", 2)]),
}
r101_names = ["Anna Weber", "Jonas Keller", "Lea Roth"]
for lang, (k, lab, bi, vs) in r101_O.items():
    sch = S({k: "string"})
    # two layouts: numbered labels, and one field per line under a heading
    text1 = "".join("%s %d: %s\n" % (lab, i + 1, n) for i, n in enumerate(r101_names))
    r101_set("o" + lang, "r101_ordinal", sch, bi, text1, {k: r101_names[0]},
             [(vt, instr, None, {k: r101_names[i]}) for vt, instr, i in vs])

# ---------------------------------------------------------------- C. age: computed / other unit in the instruction
r101_A = {
 "de": ("name", "alter", "Name", "Alter", "Abteilung", "Vertrieb", "Gib Name und Alter als JSON zurück.", [
    ("mon", "Gib Name und Alter in Monaten als JSON zurück.", 480), ("next", "Gib Name und das Alter im nächsten Jahr als JSON zurück.", 41),
    ("ago", "Gib Name und das Alter vor fünf Jahren als JSON zurück.", 35)]),
 "fr": ("nom", "âge", "Nom", "Âge", "Service", "Ventes", "Renvoie le nom et l'âge en JSON.", [
    ("mon", "Renvoie le nom et l'âge en mois en JSON.", 480), ("next", "Renvoie le nom et l'âge l'an prochain en JSON.", 41)]),
 "es": ("nombre", "edad", "Nombre", "Edad", "Departamento", "Ventas", "Devuelve el nombre y la edad en JSON.", [
    ("mon", "Devuelve el nombre y la edad en meses en JSON.", 480), ("ago", "Devuelve el nombre y la edad hace cinco años en JSON.", 35)]),
 "it": ("nome", "età", "Nome", "Età", "Reparto", "Vendite", "Restituisci il nome e l'età in JSON.", [
    ("mon", "Restituisci il nome e l'età in mesi in JSON.", 480)]),
 "sv": ("namn", "ålder", "Namn", "Ålder", "Avdelning", "Försäljning", "Ge namnet och åldern som JSON.", [
    ("mon", "Ge namnet och åldern i månader som JSON.", 480), ("next", "Ge namnet och åldern nästa år som JSON.", 41)]),
 "da": ("navn", "alder", "Navn", "Alder", "Afdeling", "Salg", "Giv navnet og alderen som JSON.", [
    ("mon", "Giv navnet og alderen i måneder som JSON.", 480)]),
 "tr": ("ad", "yaş", "Ad", "Yaş", "Bölüm", "Satış", "Adı ve yaşı JSON olarak döndür.", [
    ("mon", "Adı ve yaşı ay cinsinden JSON olarak döndür.", 480)]),
 "zh": ("姓名", "年龄", "姓名", "年龄", "部门", "销售", "以JSON格式返回姓名和年龄。", [
    ("mon", "以JSON格式返回姓名和年龄（以月为单位）。", 480), ("next", "以JSON格式返回姓名和明年的年龄。", 41)]),
 "ru": ("имя", "возраст", "Имя", "Возраст", "Отдел", "Продажи", "Верни имя и возраст в формате JSON.", [
    ("mon", "Верни имя и возраст в месяцах в формате JSON.", 480)]),
}
for lang, (kn, ka, ln, la, ld, vd, bi, vs) in r101_A.items():
    sch = S({kn: "string", ka: "integer"})
    text = "%s: Tomas Ek\n%s: 40\n%s: %s\n" % (ln, la, ld, vd)
    r101_set("a" + lang, "r101_age_instr", sch, bi, text, {kn: "Tomas Ek", ka: 40},
             [(vt, instr, None, {kn: "Tomas Ek", ka: v}) for vt, instr, v in vs])

# ---------------------------------------------------------------- D. condition in the instruction (nullable amount)
r101_C = {
 "de": ("rechnung", "betrag", "Rechnung", "Betrag", "Status", "offen", "Gib Rechnung und Betrag als JSON zurück.",
        "Gib Rechnung und Betrag als JSON zurück, den Betrag nur wenn bezahlt, sonst null."),
 "fr": ("facture", "montant", "Facture", "Montant", "Statut", "impayée", "Renvoie la facture et le montant en JSON.",
        "Renvoie la facture et le montant en JSON, le montant seulement si elle est payée, sinon null."),
 "es": ("factura", "importe", "Factura", "Importe", "Estado", "pendiente", "Devuelve la factura y el importe en JSON.",
        "Devuelve la factura y el importe en JSON, el importe solo si está pagada, si no null."),
 "no": ("faktura", "beløp", "Faktura", "Beløp", "Status", "ubetalt", "Gi faktura og beløp som JSON.",
        "Gi faktura og beløp som JSON, beløpet bare hvis betalt, ellers null."),
 "pl": ("faktura", "kwota", "Faktura", "Kwota", "Status", "nieopłacona", "Zwróć fakturę i kwotę jako JSON.",
        "Zwróć fakturę i kwotę jako JSON, kwotę tylko jeśli opłacona, w przeciwnym razie null."),
}
for lang, (kf, kb, lf, lb, ls, sv, bi, vi) in r101_C.items():
    sch = S({kf: "integer", kb: {"type": ["number", "null"]}})
    text = "%s: 881\n%s: 120.50\n%s: %s\n" % (lf, lb, ls, sv)
    r101_set("c" + lang, "r101_cond", sch, bi, text, {kf: 881, kb: 120.5}, [("paid", vi, None, {kf: 881, kb: None})])
    text2 = "%s: 881\n%s: 120.50\n" % (lf, lb)
    r101_set("c2" + lang, "r101_cond", sch, bi, text2, {kf: 881, kb: 120.5},
             [("paid", vi, "%s: 881\n%s: 120.50\n%s: %s\n" % (lf, lb, ls, sv), {kf: 881, kb: None})])

# ---------------------------------------------------------------- E. label drift in the text (value kept, old value elsewhere)
# (tag, schema, instr, base_text, base_ans, [(vt, text, expect)])
r101_D = [
 ("dde1", S({"name": "string", "geburtsort": "string"}), "Gib Name und Geburtsort als JSON zurück.",
  "Name: Anna Weber\nGeburtsort: Graz\nBeruf: Ärztin\n", {"name": "Anna Weber", "geburtsort": "Graz"},
  [("wohn", "Name: Anna Weber\nWohnort: Graz\nGeburtsort: Linz\nBeruf: Ärztin\n", {"name": "Anna Weber", "geburtsort": "Linz"}),
   ("wohn2", "Name: Anna Weber\nGeburtsort: Linz\nWohnort: Graz\nBeruf: Ärztin\n", {"name": "Anna Weber", "geburtsort": "Linz"})]),
 ("dde2", S({"zug": "string", "abfahrt": "string"}), "Gib Zug und Abfahrt als JSON zurück.",
  "Zug: ICE 578\nAbfahrt: 08:15\nGleis: 7\n", {"zug": "ICE 578", "abfahrt": "08:15"},
  [("ank", "Zug: ICE 578\nAnkunft: 08:15\nAbfahrt: 06:05\nGleis: 7\n", {"zug": "ICE 578", "abfahrt": "06:05"}),
   ("ank2", "Zug: ICE 578\nAbfahrt: 06:05\nAnkunft: 08:15\nGleis: 7\n", {"zug": "ICE 578", "abfahrt": "06:05"})]),
 ("dde3", S({"sendung": "string", "nettogewicht": "number"}), "Gib Sendung und Nettogewicht als JSON zurück.",
  "Sendung: SN-5512\nNettogewicht: 12 kg\nVerpackung: Karton\n", {"sendung": "SN-5512", "nettogewicht": 12},
  [("brutto", "Sendung: SN-5512\nBruttogewicht: 12 kg\nNettogewicht: 10.5 kg\nVerpackung: Karton\n", {"sendung": "SN-5512", "nettogewicht": 10.5})]),
 ("dfr1", S({"vol": "string", "départ": "string"}), "Renvoie le vol et le départ en JSON.",
  "Vol: AF 1234\nDépart: 08:15\nPorte: 22\n", {"vol": "AF 1234", "départ": "08:15"},
  [("arr", "Vol: AF 1234\nArrivée: 08:15\nDépart: 06:05\nPorte: 22\n", {"vol": "AF 1234", "départ": "06:05"})]),
 ("des1", S({"nombre": "string", "nacimiento": "string"}, {"nacimiento": "Lugar de nacimiento"}), "Devuelve el nombre y el lugar de nacimiento en JSON.",
  "Nombre: Lucía Gómez\nLugar de nacimiento: Sevilla\nProfesión: abogada\n", {"nombre": "Lucía Gómez", "nacimiento": "Sevilla"},
  [("res", "Nombre: Lucía Gómez\nLugar de residencia: Sevilla\nLugar de nacimiento: Cádiz\nProfesión: abogada\n", {"nombre": "Lucía Gómez", "nacimiento": "Cádiz"})]),
 ("dit1", S({"spedizione": "string", "peso_netto": "number"}, {"peso_netto": "Peso netto"}), "Restituisci la spedizione e il peso netto in JSON.",
  "Spedizione: SP-7781\nPeso netto: 12 kg\nImballaggio: cartone\n", {"spedizione": "SP-7781", "peso_netto": 12},
  [("lordo", "Spedizione: SP-7781\nPeso lordo: 12 kg\nPeso netto: 10.5 kg\nImballaggio: cartone\n", {"spedizione": "SP-7781", "peso_netto": 10.5})]),
 ("dnl1", S({"trein": "string", "vertrek": "string"}), "Geef de trein en het vertrek terug als JSON.",
  "Trein: IC 3045\nVertrek: 08:15\nSpoor: 4\n", {"trein": "IC 3045", "vertrek": "08:15"},
  [("aank", "Trein: IC 3045\nAankomst: 08:15\nVertrek: 06:05\nSpoor: 4\n", {"trein": "IC 3045", "vertrek": "06:05"})]),
 ("dno1", S({"navn": "string", "fødested": "string"}), "Gi navn og fødested som JSON.",
  "Navn: Kari Nordmann\nFødested: Bergen\nYrke: lege\n", {"navn": "Kari Nordmann", "fødested": "Bergen"},
  [("bost", "Navn: Kari Nordmann\nBosted: Bergen\nFødested: Tromsø\nYrke: lege\n", {"navn": "Kari Nordmann", "fødested": "Tromsø"})]),
 ("dsv1", S({"tåg": "string", "avgång": "string"}), "Ge tåget och avgången som JSON.",
  "Tåg: SJ 421\nAvgång: 08:15\nSpår: 3\n", {"tåg": "SJ 421", "avgång": "08:15"},
  [("ank", "Tåg: SJ 421\nAnkomst: 08:15\nAvgång: 06:05\nSpår: 3\n", {"tåg": "SJ 421", "avgång": "06:05"})]),
 ("dpl1", S({"przesyłka": "string", "waga_netto": "number"}, {"waga_netto": "Waga netto"}), "Zwróć przesyłkę i wagę netto jako JSON.",
  "Przesyłka: PL-3391\nWaga netto: 12 kg\nOpakowanie: karton\n", {"przesyłka": "PL-3391", "waga_netto": 12},
  [("brutto", "Przesyłka: PL-3391\nWaga brutto: 12 kg\nWaga netto: 10.5 kg\nOpakowanie: karton\n", {"przesyłka": "PL-3391", "waga_netto": 10.5})]),
 ("dtr1", S({"sefer": "string", "kalkış": "string"}), "Seferi ve kalkışı JSON olarak döndür.",
  "Sefer: TK 1980\nKalkış: 08:15\nKapı: 12\n", {"sefer": "TK 1980", "kalkış": "08:15"},
  [("var", "Sefer: TK 1980\nVarış: 08:15\nKalkış: 06:05\nKapı: 12\n", {"sefer": "TK 1980", "kalkış": "06:05"})]),
 ("dru1", S({"поезд": "string", "отправление": "string"}), "Верни поезд и отправление в формате JSON.",
  "Поезд: 752А\nОтправление: 08:15\nПуть: 4\n", {"поезд": "752А", "отправление": "08:15"},
  [("prib", "Поезд: 752А\nПрибытие: 08:15\nОтправление: 06:05\nПуть: 4\n", {"поезд": "752А", "отправление": "06:05"})]),
 ("dja1", S({"便名": "string", "出発": "string"}), "便名と出発をJSONで返してください。",
  "便名: NH 241\n出発: 08:15\n搭乗口: 22\n", {"便名": "NH 241", "出発": "08:15"},
  [("toch", "便名: NH 241\n到着: 08:15\n出発: 06:05\n搭乗口: 22\n", {"便名": "NH 241", "出発": "06:05"})]),
 ("del1", S({"όνομα": "string", "τόπος_γέννησης": "string"}, {"τόπος_γέννησης": "Τόπος γέννησης"}), "Επέστρεψε το όνομα και τον τόπο γέννησης σε JSON.",
  "Όνομα: Ελένη Παππά\nΤόπος γέννησης: Πάτρα\nΕπάγγελμα: γιατρός\n", {"όνομα": "Ελένη Παππά", "τόπος_γέννησης": "Πάτρα"},
  [("kat", "Όνομα: Ελένη Παππά\nΤόπος κατοικίας: Πάτρα\nΤόπος γέννησης: Βόλος\nΕπάγγελμα: γιατρός\n", {"όνομα": "Ελένη Παππά", "τόπος_γέννησης": "Βόλος"})]),
]
for tag, sch, bi, bt, ba, vs in r101_D:
    r101_set(tag, "r101_label_drift", sch, bi, bt, ba, [(vt, None, t, e) for vt, t, e in vs])

# ---------------------------------------------------------------- F. what to report: planned/actual, previous/corrected (instruction)
r101_R = [
 ("rde1", S({"zug": "string", "abfahrt": "string"}), "Gib Zug und Abfahrt als JSON zurück.",
  "Zug: ICE 578\nAbfahrt: 08:15\nGleis: 7\n", {"zug": "ICE 578", "abfahrt": "08:15"},
  [("tats", "Gib Zug und die tatsächliche Abfahrt als JSON zurück.", "Zug: ICE 578\nAbfahrt: 08:15\nGleis: 7\nTatsächlich: 08:42\n", {"zug": "ICE 578", "abfahrt": "08:42"}),
   ("verspl", "Gib Zug und Abfahrt als JSON zurück, mit 20 Minuten Verspätung.", None, {"zug": "ICE 578", "abfahrt": "08:35"}),
   ("mix", "Return Zug and the tatsächliche Abfahrt as JSON (plus 20 Minuten Verspätung).", None, {"zug": "ICE 578", "abfahrt": "08:35"})]),
 ("rfr1", S({"nom": "string", "téléphone": "string"}), "Renvoie le nom et le téléphone en JSON.",
  "Nom: Claire Dubois\nTéléphone: 06 12 34 56 78\nVille: Lyon\n", {"nom": "Claire Dubois", "téléphone": "06 12 34 56 78"},
  [("anc", "Renvoie le nom et l'ancien téléphone en JSON.", "Nom: Claire Dubois\nTéléphone: 06 12 34 56 78\nAncien: 06 98 76 54 32\nVille: Lyon\n", {"nom": "Claire Dubois", "téléphone": "06 98 76 54 32"})]),
 ("rno1", S({"navn": "string", "rom": "integer"}), "Gi navn og rom som JSON.",
  "Navn: Kari Nordmann\nRom: 214\nTelefon: 912 00 111\n", {"navn": "Kari Nordmann", "rom": 214},
  [("rett", "Gi navn og det rettede rommet som JSON.", "Navn: Kari Nordmann\nRom: 214\nRettet: 310\nTelefon: 912 00 111\n", {"navn": "Kari Nordmann", "rom": 310}),
   ("forr", "Gi navn og forrige rom som JSON.", "Navn: Kari Nordmann\nRom: 310\nForrige: 214\nTelefon: 912 00 111\n", {"navn": "Kari Nordmann", "rom": 214})]),
 ("res1", S({"vuelo": "string", "puerta": "integer"}), "Devuelve el vuelo y la puerta en JSON.",
  "Vuelo: IB 3170\nPuerta: 22\nTerminal: 4\n", {"vuelo": "IB 3170", "puerta": 22},
  [("real", "Devuelve el vuelo y la puerta real en JSON.", "Vuelo: IB 3170\nPuerta: 22\nReal: 31\nTerminal: 4\n", {"vuelo": "IB 3170", "puerta": 31}),
   ("prev", "Devuelve el vuelo y la puerta prevista, no la real, en JSON.", "Vuelo: IB 3170\nPuerta: 31\nPrevista: 22\nTerminal: 4\n", {"vuelo": "IB 3170", "puerta": 22})]),
]
for tag, sch, bi, bt, ba, vs in r101_R:
    r101_set(tag, "r101_report", sch, bi, bt, ba, vs)


# ================================================================ round 101, part 2: stored English-instruction bases,
# foreign labels; the TEXT changes: unit / scale words, corrections, booleans, in each language.
def r101_set_e(tag, fam, schema, base_text, base_ans, variants):
    r101_set1(tag, fam, schema, r101_en(schema), base_text, base_ans, variants, "E")

# (lang, label_id, label_w, unit_base, [(vt, new weight text, right)])  key "<label_w>_kg"
r101_U = [
 ("de", "Paket", "Gewicht", [("lb", "12 Pfund", 5.44), ("g", "12 Gramm", 0.012), ("zentner", "12 Zentner", 600), ("t", "12 Tonnen", 12000)]),
 ("fr", "Colis", "Poids", [("lb", "12 livres", 5.44), ("g", "12 grammes", 0.012), ("t", "12 tonnes", 12000)]),
 ("es", "Paquete", "Peso", [("lb", "12 libras", 5.44), ("g", "12 gramos", 0.012), ("arroba", "12 arrobas", 138)]),
 ("it", "Pacco", "Peso", [("lb", "12 libbre", 5.44), ("g", "12 grammi", 0.012), ("etti", "12 etti", 1.2)]),
 ("pt", "Pacote", "Peso", [("lb", "12 libras", 5.44), ("g", "12 gramas", 0.012)]),
 ("nl", "Pakket", "Gewicht", [("ons", "12 ons", 1.2), ("pond", "12 pond", 6), ("g", "12 gram", 0.012)]),
 ("no", "Pakke", "Vekt", [("lb", "12 pund", 5.44), ("g", "12 gram", 0.012), ("tonn", "12 tonn", 12000)]),
 ("sv", "Paket", "Vikt", [("hg", "12 hekto", 1.2), ("g", "12 gram", 0.012), ("ton", "12 ton", 12000)]),
 ("da", "Pakke", "Vægt", [("g", "12 gram", 0.012), ("pund", "12 pund", 6)]),
 ("pl", "Paczka", "Waga", [("lb", "12 funtów", 5.44), ("g", "12 gramów", 0.012), ("dag", "12 dag", 0.12)]),
 ("tr", "Paket", "Ağırlık", [("g", "12 gram", 0.012), ("ton", "12 ton", 12000)]),
 ("el", "Δέμα", "Βάρος", [("g", "12 γραμμάρια", 0.012), ("lb", "12 λίβρες", 5.44)]),
 ("ru", "Посылка", "Вес", [("g", "12 граммов", 0.012), ("lb", "12 фунтов", 5.44), ("t", "12 тонн", 12000), ("pud", "12 пудов", 196.56)]),
 ("ja", "荷物", "重量", [("g", "12 グラム", 0.012), ("g2", "12グラム", 0.012), ("t", "12 トン", 12000)]),
 ("zh", "包裹", "重量", [("jin", "12 斤", 6), ("g", "12 克", 0.012), ("g2", "12克", 0.012), ("t", "12 吨", 12000)]),
]
for lang, lp, lw, vs in r101_U:
    kp, kw = lp.lower(), lw.lower() + "_kg"
    sch = S({kp: "string", kw: "number"})
    bt = "%s: PK-4410\n%s: 12 kg\n" % (lp, lw)
    r101_set_e("u" + lang, "r101_unit_text", sch, bt, {kp: "PK-4410", kw: 12},
               [(vt, None, "%s: PK-4410\n%s: %s\n" % (lp, lw, t), {kp: "PK-4410", kw: right}) for vt, t, right in vs])
    # the same with a unit-less key and the unit in a description in the language
    # scale words on money: "Betrag: 12 Tsd. EUR"
# scale words (amount_eur)
r101_SC = [
 ("de", "Rechnung", "Betrag", "EUR", [("tsd", "12 Tsd. EUR", 12000), ("mio", "12 Mio. EUR", 12000000), ("ct", "12 Cent", 0.12)]),
 ("fr", "Facture", "Montant", "EUR", [("k", "12 k€", 12000), ("mille", "12 mille EUR", 12000), ("m", "12 millions d'EUR", 12000000), ("ct", "12 centimes", 0.12)]),
 ("es", "Factura", "Importe", "EUR", [("mil", "12 mil EUR", 12000), ("mill", "12 millones de EUR", 12000000), ("ct", "12 céntimos", 0.12)]),
 ("it", "Fattura", "Importo", "EUR", [("mila", "12 mila EUR", 12000), ("mln", "12 mln EUR", 12000000)]),
 ("pt", "Fatura", "Valor", "EUR", [("mil", "12 mil EUR", 12000), ("mi", "12 milhões de EUR", 12000000)]),
 ("nl", "Factuur", "Bedrag", "EUR", [("dz", "12 duizend EUR", 12000), ("mln", "12 mln. EUR", 12000000)]),
 ("no", "Faktura", "Beløp", "NOK", [("tnok", "12 TNOK", 12000), ("mill", "12 mill. NOK", 12000000), ("tusen", "12 tusen NOK", 12000), ("øre", "12 øre", 0.12)]),
 ("sv", "Faktura", "Belopp", "SEK", [("tkr", "12 tkr", 12000), ("mkr", "12 mkr", 12000000), ("öre", "12 öre", 0.12)]),
 ("da", "Faktura", "Beløb", "DKK", [("tkr", "12 t.kr.", 12000), ("mio", "12 mio. DKK", 12000000)]),
 ("pl", "Faktura", "Kwota", "PLN", [("tys", "12 tys. PLN", 12000), ("mln", "12 mln PLN", 12000000), ("gr", "12 groszy", 0.12)]),
 ("tr", "Fatura", "Tutar", "TRY", [("bin", "12 bin TRY", 12000), ("milyon", "12 milyon TRY", 12000000)]),
 ("el", "Τιμολόγιο", "Ποσό", "EUR", [("xil", "12 χιλ. EUR", 12000), ("ekat", "12 εκατ. EUR", 12000000)]),
 ("ru", "Счёт", "Сумма", "RUB", [("tys", "12 тыс. RUB", 12000), ("mln", "12 млн RUB", 12000000), ("kop", "12 копеек", 0.12)]),
 ("ja", "請求書", "金額", "JPY", [("man", "12万 JPY", 120000), ("man2", "12 万 JPY", 120000), ("oku", "12億 JPY", 1200000000), ("sen", "12千 JPY", 12000)]),
 ("zh", "发票", "金额", "CNY", [("wan", "12万 CNY", 120000), ("wan2", "12 万 CNY", 120000), ("yi", "12亿 CNY", 1200000000), ("qian", "12千 CNY", 12000)]),
]
for lang, li, la, cur, vs in r101_SC:
    ki, ka = li.lower(), la.lower() + "_" + cur.lower()
    sch = S({ki: "integer", ka: "number"})
    bt = "%s: 881\n%s: 12 %s\n" % (li, la, cur)
    r101_set_e("s" + lang, "r101_scale_text", sch, bt, {ki: 881, ka: 12},
               [(vt, None, "%s: 881\n%s: %s\n" % (li, la, t), {ki: 881, ka: right}) for vt, t, right in vs])

# corrections: a field of no member / an inline correction in the language; the old value still present
r101_K = [
 ("de", "Paket", "Gewicht", ["Korrigiert: 14 kg", "Richtig: 14 kg", "Neu: 14 kg", "Tatsächlich: 14 kg"], ["12 kg, korrigiert 14 kg", "12 kg (richtig: 14 kg)", "12 kg, nachgewogen 14 kg"]),
 ("fr", "Colis", "Poids", ["Corrigé: 14 kg", "Réel: 14 kg", "Nouveau: 14 kg"], ["12 kg, corrigé 14 kg", "12 kg (en réalité 14 kg)"]),
 ("es", "Paquete", "Peso", ["Corregido: 14 kg", "Real: 14 kg", "Nuevo: 14 kg"], ["12 kg, corregido 14 kg", "12 kg (en realidad 14 kg)"]),
 ("it", "Pacco", "Peso", ["Corretto: 14 kg", "Effettivo: 14 kg"], ["12 kg, corretto 14 kg"]),
 ("pt", "Pacote", "Peso", ["Corrigido: 14 kg", "Real: 14 kg"], ["12 kg, corrigido 14 kg"]),
 ("nl", "Pakket", "Gewicht", ["Gecorrigeerd: 14 kg", "Werkelijk: 14 kg"], ["12 kg, gecorrigeerd 14 kg"]),
 ("no", "Pakke", "Vekt", ["Rettet: 14 kg", "Faktisk: 14 kg", "Ny: 14 kg"], ["12 kg, rettet til 14 kg"]),
 ("sv", "Paket", "Vikt", ["Korrigerad: 14 kg", "Faktisk: 14 kg"], ["12 kg, korrigerad 14 kg"]),
 ("da", "Pakke", "Vægt", ["Rettet: 14 kg", "Faktisk: 14 kg"], ["12 kg, rettet til 14 kg"]),
 ("pl", "Paczka", "Waga", ["Poprawiona: 14 kg", "Rzeczywista: 14 kg"], ["12 kg, poprawiona 14 kg"]),
 ("tr", "Paket", "Ağırlık", ["Düzeltilmiş: 14 kg", "Gerçek: 14 kg"], ["12 kg, düzeltildi 14 kg"]),
 ("el", "Δέμα", "Βάρος", ["Διορθωμένο: 14 kg", "Πραγματικό: 14 kg"], ["12 kg, διόρθωση 14 kg"]),
 ("ru", "Посылка", "Вес", ["Исправлено: 14 kg", "Фактически: 14 kg"], ["12 kg, исправлено на 14 kg"]),
 ("ja", "荷物", "重量", ["訂正: 14 kg", "実際: 14 kg"], ["12 kg（訂正: 14 kg）"]),
 ("zh", "包裹", "重量", ["更正: 14 kg", "实际: 14 kg"], ["12 kg（更正：14 kg）"]),
]
for lang, lp, lw, extra, inline in r101_K:
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    bt = "%s: PK-4410\n%s: 12 kg\n" % (lp, lw)
    vs = []
    for i, e in enumerate(extra):
        vs.append(("x%d" % i, None, bt + e + "\n", {kp: "PK-4410", kw: 14}))
        vs.append(("xa%d" % i, None, "%s: PK-4410\n%s\n%s: 12 kg\n" % (lp, e, lw), {kp: "PK-4410", kw: 14}))
    for i, t in enumerate(inline):
        vs.append(("i%d" % i, None, "%s: PK-4410\n%s: %s\n" % (lp, lw, t), {kp: "PK-4410", kw: 14}))
    r101_set_e("k" + lang, "r101_correction_text", sch, bt, {kp: "PK-4410", kw: 12}, vs)

# booleans: yes -> no in the language; value qualified
r101_B = [
 ("de", "Rechnung", "Bezahlt", "ja", [("nein", "nein", False), ("nicht", "nicht", False), ("noch", "noch nicht", False), ("storno", "ja, storniert", False), ("jaein", "ja – nein, offen", False)]),
 ("fr", "Facture", "Payée", "oui", [("non", "non", False), ("pas", "pas encore", False)]),
 ("es", "Factura", "Pagada", "sí", [("no", "no", False), ("aun", "aún no", False)]),
 ("it", "Fattura", "Pagata", "sì", [("no", "no", False), ("non", "non ancora", False)]),
 ("pt", "Fatura", "Paga", "sim", [("nao", "não", False), ("ainda", "ainda não", False)]),
 ("nl", "Factuur", "Betaald", "ja", [("nee", "nee", False), ("niet", "nog niet", False)]),
 ("no", "Faktura", "Betalt", "ja", [("nei", "nei", False), ("ikke", "ikke ennå", False)]),
 ("sv", "Faktura", "Betald", "ja", [("nej", "nej", False), ("inte", "inte än", False)]),
 ("da", "Faktura", "Betalt", "ja", [("nej", "nej", False), ("ikke", "ikke endnu", False)]),
 ("pl", "Faktura", "Opłacona", "tak", [("nie", "nie", False), ("jeszcze", "jeszcze nie", False)]),
 ("tr", "Fatura", "Ödendi", "evet", [("hayir", "hayır", False), ("henuz", "henüz değil", False)]),
 ("el", "Τιμολόγιο", "Πληρώθηκε", "ναι", [("oxi", "όχι", False), ("den", "δεν", False)]),
 ("ru", "Счёт", "Оплачен", "да", [("net", "нет", False), ("ne", "не оплачен", False), ("esche", "ещё нет", False)]),
 ("ja", "請求書", "支払済", "はい", [("iie", "いいえ", False), ("mi", "未", False)]),
 ("zh", "发票", "已付款", "是", [("fou", "否", False), ("mei", "没有", False), ("wei", "未付", False)]),
]
for lang, li, lb, yes, vs in r101_B:
    ki, kb = li.lower(), lb.lower()
    sch = S({ki: "integer", kb: "boolean"})
    bt = "%s: 881\n%s: %s\n" % (li, lb, yes)
    r101_set_e("b" + lang, "r101_bool_text", sch, bt, {ki: 881, kb: True},
               [(vt, None, "%s: 881\n%s: %s\n" % (li, lb, t), {ki: 881, kb: r}) for vt, t, r in vs])


# ================================================================ part 3: full-width punctuation (CJK) around a member's value
def r101_cjk(tag, fam, lp, lw, sep, vs, unit=" kg", base_val="12"):
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    bt = "%s%sPK-4410\n%s%s%s%s\n" % (lp, sep, lw, sep, base_val, unit)
    r101_set_e(tag, fam, sch, bt, {kp: "PK-4410", kw: float(base_val) if "." in base_val else int(base_val)},
               [(vt, None, t.format(lp=lp, lw=lw, s=sep), {kp: "PK-4410", kw: right}) for vt, t, right in vs])

r101_ZH = [
 ("i1", "{lp}{s}PK-4410\n{lw}{s}12 kg（更正：14 kg）\n", 14),
 ("i2", "{lp}{s}PK-4410\n{lw}{s}12 kg（更正为14 kg）\n", 14),
 ("i3", "{lp}{s}PK-4410\n{lw}{s}12 kg（实际：14 kg）\n", 14),
 ("i4", "{lp}{s}PK-4410\n{lw}{s}12 kg，更正：14 kg\n", 14),
 ("i5", "{lp}{s}PK-4410\n{lw}{s}12 kg；实际：14 kg\n", 14),
 ("i6", "{lp}{s}PK-4410\n{lw}{s}12 kg【更正：14 kg】\n", 14),
 ("i7", "{lp}{s}PK-4410\n{lw}{s}12 kg（错误），14 kg（正确）\n", 14),
 ("i8", "{lp}{s}PK-4410\n{lw}{s}12 kg（以磅计）\n", 5.44),
 ("i9", "{lp}{s}PK-4410\n{lw}{s}12 kg（毛重；净重：10.5 kg）\n", 10.5),
 ("i10", "{lp}{s}PK-4410\n{lw}{s}12 kg（旧值，现为14 kg）\n", 14),
 ("x1", "{lp}{s}PK-4410\n{lw}{s}12 kg\n更正：14 kg\n", 14),
 ("x2", "{lp}{s}PK-4410\n{lw}{s}12 kg\n实际：14 kg\n", 14),
 ("x3", "{lp}{s}PK-4410\n{lw}{s}12 kg\n注：重量已更正为14 kg。\n", 14),
 ("x4", "{lp}{s}PK-4410\n{lw}{s}12 kg\n新重量：14 kg\n", 14),
 ("d1", "{lp}{s}PK-4410\n毛重{s}12 kg\n净重{s}10.5 kg\n", None),
]
r101_JA = [
 ("i1", "{lp}{s}PK-4410\n{lw}{s}12 kg（訂正：14 kg）\n", 14),
 ("i2", "{lp}{s}PK-4410\n{lw}{s}12 kg（正しくは14 kg）\n", 14),
 ("i3", "{lp}{s}PK-4410\n{lw}{s}12 kg、訂正：14 kg\n", 14),
 ("i4", "{lp}{s}PK-4410\n{lw}{s}12 kg【訂正：14 kg】\n", 14),
 ("i5", "{lp}{s}PK-4410\n{lw}{s}12 kg（実際：14 kg）\n", 14),
 ("i6", "{lp}{s}PK-4410\n{lw}{s}12 kg（旧）→14 kg（新）\n", 14),
 ("x1", "{lp}{s}PK-4410\n{lw}{s}12 kg\n訂正：14 kg\n", 14),
 ("x2", "{lp}{s}PK-4410\n{lw}{s}12 kg\n実際：14 kg\n", 14),
]
for sepn, sep in (("a", ": "), ("f", "："), ("f2", "： ")):
    r101_cjk("fz" + sepn, "r101_fullwidth", "包裹", "重量", sep, [v for v in r101_ZH if v[2] is not None])
    r101_cjk("fj" + sepn, "r101_fullwidth", "荷物", "重量", sep, r101_JA)
# other languages with full-width or typographic marks around an inline correction
r101_LX = [
 ("de", "Paket", "Gewicht", ["12 kg（korrigiert：14 kg）", "12 kg【richtig：14 kg】", "12 kg ⟨korr. 14 kg⟩", "12 kg ［neu: 14 kg］", "12 kg — richtig: 14 kg"]),
 ("fr", "Colis", "Poids", ["12 kg (corrigé\u00a0: 14 kg)", "12 kg « corrigé : 14 kg »", "12 kg（corrigé：14 kg）"]),
 ("ru", "Посылка", "Вес", ["12 kg（исправлено：14 kg）", "12 kg «исправлено: 14 kg»", "12 kg — исправлено: 14 kg"]),
 ("el", "Δέμα", "Βάρος", ["12 kg· διόρθωση: 14 kg", "12 kg (διόρθωση· 14 kg)", "12 kg; σωστό: 14 kg"]),
]
for lang, lp, lw, ts in r101_LX:
    r101_cjk("fl" + lang, "r101_fullwidth", lp, lw, ": ", [("i%d" % i, "{lp}{s}PK-4410\n{lw}{s}%s\n" % t, 14) for i, t in enumerate(ts)])


# ================================================================ part 4: full-width corrections on bases that are stored
def r101_gen(tag, fam, fields, keys, base_ans, vs):
    """fields: [(label, value)], keys: member -> label; vs: (vt, {label: new value text}, {member: right})"""
    sch = S({k: ("integer" if isinstance(base_ans[k], int) else "number" if isinstance(base_ans[k], float) else "string") for k in keys})
    bt = "".join("%s: %s\n" % f for f in fields)
    var = []
    for vt, upd, right in vs:
        t = "".join("%s: %s\n" % (l, upd.get(l, v)) for l, v in fields)
        e = dict(base_ans); e.update(right)
        var.append((vt, None, t, e))
    r101_set_e(tag, fam, sch, bt, base_ans, var)

ZH_AGE = [("i1", "40（更正：42）", 42), ("i2", "40（更正为42）", 42), ("i3", "40（实际：42）", 42), ("i4", "40【更正：42】", 42),
          ("i5", "40（错），42（对）", 42), ("i6", "40（去年），今年42", 42), ("i7", "40（虚岁；实岁：39）", 39), ("i8", "40（旧），42（新）", 42),
          ("i9", "40（应为42）", 42), ("i10", "40（不对，是42）", 42), ("i11", "40〔更正：42〕", 42), ("i12", "40（更正: 42）", 42),
          ("i13", "40 (更正：42)", 42), ("i14", "40（42）", 42)]
r101_gen("gzh", "r101_fullwidth2", [("姓名", "Tomas Ek"), ("年龄", "40"), ("部门", "销售")], ["姓名", "年龄"],
         {"姓名": "Tomas Ek", "年龄": 40}, [(vt, {"年龄": t}, {"年龄": r}) for vt, t, r in ZH_AGE])
JA_AGE = [("i1", "40（訂正：42）", 42), ("i2", "40（正しくは42）", 42), ("i3", "40【訂正：42】", 42), ("i4", "40（実際：42）", 42),
          ("i5", "40（誤）、42（正）", 42), ("i6", "40（旧）→42（新）", 42), ("i7", "40（訂正: 42）", 42), ("i8", "40（数え年；満39）", 39)]
r101_gen("gja", "r101_fullwidth2", [("氏名", "Tomas Ek"), ("年齢", "40"), ("部署", "営業")], ["氏名", "年齢"],
         {"氏名": "Tomas Ek", "年齢": 40}, [(vt, {"年齢": t}, {"年齢": r}) for vt, t, r in JA_AGE])
ZH_AMT = [("i1", "12 CNY（更正：14 CNY）", 14), ("i2", "12 CNY（实际：14 CNY）", 14), ("i3", "12 CNY（已退款）", 0),
          ("i4", "12 CNY（单位：千元）", 12000), ("i5", "12 CNY（含税；不含税：10 CNY）", 10), ("i6", "12 CNY【更正：14 CNY】", 14)]
r101_gen("gzs", "r101_fullwidth2", [("发票", "881"), ("金额", "12 CNY")], ["发票", "金额_cny"],
         {"发票": 881, "金额_cny": 12}, [(vt, {"金额": t}, {"金额_cny": r}) for vt, t, r in ZH_AMT])
JA_AMT = [("i1", "12 JPY（訂正：14 JPY）", 14), ("i2", "12 JPY（単位：千円）", 12000), ("i3", "12 JPY【訂正：14 JPY】", 14),
          ("i4", "12 JPY（税込；税抜：10 JPY）", 10)]
r101_gen("gjs", "r101_fullwidth2", [("請求書", "881"), ("金額", "12 JPY")], ["請求書", "金額_jpy"],
         {"請求書": 881, "金額_jpy": 12}, [(vt, {"金額": t}, {"金額_jpy": r}) for vt, t, r in JA_AMT])
# Latin-script languages with full-width / other brackets on a stored base (German works: Paket/Gewicht)
DE = [("i1", "12 kg（korrigiert：14 kg）", 14), ("i2", "12 kg（14 kg）", 14), ("i3", "12 kg（brutto；netto：10.5 kg）", 10.5),
      ("i4", "12 kg〔richtig：14 kg〕", 14), ("i5", "12 kg ⦅richtig 14 kg⦆", 14), ("i6", "12 kg ❨richtig 14 kg❩", 14),
      ("i7", "12 kg ﹙richtig 14 kg﹚", 14), ("i8", "12 kg ⁽richtig 14 kg⁾", 14), ("i9", "12 kg ₍richtig 14 kg₎", 14),
      ("i10", "12 kg ⟮richtig 14 kg⟯", 14), ("i11", "12 kg ⸨richtig 14 kg⸩", 14), ("i12", "12 kg ❪richtig 14 kg❫", 14)]
r101_gen("gde", "r101_fullwidth2", [("Paket", "PK-4410"), ("Gewicht", "12 kg")], ["paket", "gewicht"],
         {"paket": "PK-4410", "gewicht": 12}, [(vt, {"Gewicht": t}, {"gewicht": r}) for vt, t, r in DE])


# ================================================================ part 5
# 5a. CJK in the instruction on stored bases (English instruction + a CJK clause glued to a key or to JSON)
def r101_ins(tag, fam, fields, keys, base_ans, vs):
    sch = S({k: ("integer" if isinstance(base_ans[k], int) else "number" if isinstance(base_ans[k], float) else "string") for k in keys})
    bt = "".join("%s: %s\n" % f for f in fields)
    bi = r101_en(sch)
    for vt, instr, right in vs:
        e = dict(base_ans); e.update(right)
        pass
    r101_set1(tag, fam, sch, bi, bt, base_ans, [(vt, instr, None, dict(base_ans, **right)) for vt, instr, right in vs], "")

r101_ins("hzh", "r101_cjk_instr", [("姓名", "Tomas Ek"), ("年龄", "40"), ("部门", "销售")], ["姓名", "年龄"], {"姓名": "Tomas Ek", "年龄": 40}, [
    ("m1", "Return the record's 姓名 and 年龄 as JSON, 以月为单位.", {"年龄": 480}),
    ("m2", "Return the record's 姓名 and 年龄（月）as JSON.", {"年龄": 480}),
    ("m3", "Return the record's 姓名 and 年龄(月) as JSON.", {"年龄": 480}),
    ("m4", "Return the record's 姓名 and 年龄 as JSON（以月为单位）.", {"年龄": 480}),
    ("n1", "Return the record's 姓名 and 明年年龄 as JSON.", {"年龄": 41}),
    ("n2", "Return the record's 姓名 and 年龄+1 as JSON.", {"年龄": 41}),
    ("n3", "Return the record's 姓名 and 年龄 as JSON，明年的.", {"年龄": 41}),
    ("n4", "Return the record's 姓名 and 五年前的年龄 as JSON.", {"年龄": 35}),
    ("m5", "Return the record's 姓名 and 月龄 as JSON.", {"年龄": 480}),
    ("m6", "Return the record's 姓名 and 年龄 as JSON格式，单位：月.", {"年龄": 480}),
])
r101_ins("hja", "r101_cjk_instr", [("氏名", "Tomas Ek"), ("年齢", "40"), ("部署", "営業")], ["氏名", "年齢"], {"氏名": "Tomas Ek", "年齢": 40}, [
    ("m1", "Return the record's 氏名 and 年齢（月単位）as JSON.", {"年齢": 480}),
    ("m2", "Return the record's 氏名 and 年齢 as JSON（月単位で）.", {"年齢": 480}),
    ("n1", "Return the record's 氏名 and 来年の年齢 as JSON.", {"年齢": 41}),
    ("n2", "Return the record's 氏名 and 年齢 as JSON、来年の.", {"年齢": 41}),
])
r101_ins("hzs", "r101_cjk_instr", [("发票", "881"), ("金额", "12 CNY")], ["发票", "金额_cny"], {"发票": 881, "金额_cny": 12}, [
    ("f1", "Return the record's 发票 and 金额_cny as JSON（单位：分）.", {"金额_cny": 1200}),
    ("f2", "Return the record's 发票 and 金额_cny（分）as JSON.", {"金额_cny": 1200}),
    ("f3", "Return the record's 发票 and 金额_cny as JSON，以分为单位.", {"金额_cny": 1200}),
    ("k1", "Return the record's 发票 and 金额_cny as JSON（以千元计）.", {"金额_cny": 0.012}),
    ("t1", "Return the record's 发票 and 含税金额_cny as JSON（税率13%）.", {"金额_cny": 13.56}),
])
# 5b. Cyrillic / Greek bases with lower-case labels (so the key matches) + scale words and corrections
r101_gen("gru", "r101_cyr", [("счёт", "881"), ("сумма", "12 RUB")], ["счёт", "сумма_rub"], {"счёт": 881, "сумма_rub": 12}, [
    ("tys", {"сумма": "12 тыс. RUB"}, {"сумма_rub": 12000}), ("mln", {"сумма": "12 млн RUB"}, {"сумма_rub": 12000000}),
    ("tys2", {"сумма": "12 тыс RUB"}, {"сумма_rub": 12000}), ("kop", {"сумма": "12 коп."}, {"сумма_rub": 0.12}),
    ("corr", {"сумма": "12 RUB (исправлено: 14 RUB)"}, {"сумма_rub": 14}), ("corr2", {"сумма": "12 RUB, исправлено на 14 RUB"}, {"сумма_rub": 14}),
    ("corr3", {"сумма": "12 RUB (верно — 14 RUB)"}, {"сумма_rub": 14})])
r101_gen("gRu", "r101_cyr", [("Счет", "881"), ("Сумма", "12 RUB")], ["Счет", "Сумма_rub"], {"Счет": 881, "Сумма_rub": 12}, [
    ("tys", {"Сумма": "12 тыс. RUB"}, {"Сумма_rub": 12000}), ("mln", {"Сумма": "12 млн RUB"}, {"Сумма_rub": 12000000}),
    ("corr", {"Сумма": "12 RUB (исправлено: 14 RUB)"}, {"Сумма_rub": 14})])
r101_gen("gel", "r101_cyr", [("τιμολόγιο", "881"), ("ποσό", "12 EUR")], ["τιμολόγιο", "ποσό_eur"], {"τιμολόγιο": 881, "ποσό_eur": 12}, [
    ("xil", {"ποσό": "12 χιλ. EUR"}, {"ποσό_eur": 12000}), ("ekat", {"ποσό": "12 εκατ. EUR"}, {"ποσό_eur": 12000000}),
    ("corr", {"ποσό": "12 EUR (διόρθωση: 14 EUR)"}, {"ποσό_eur": 14}), ("corr2", {"ποσό": "12 EUR· σωστό 14 EUR"}, {"ποσό_eur": 14})])
r101_gen("gEl", "r101_cyr", [("Τιμολόγιο", "881"), ("Ποσό", "12 EUR")], ["Τιμολόγιο", "Ποσό_eur"], {"Τιμολόγιο": 881, "Ποσό_eur": 12}, [
    ("xil", {"Ποσό": "12 χιλ. EUR"}, {"Ποσό_eur": 12000}), ("corr", {"Ποσό": "12 EUR (διόρθωση: 14 EUR)"}, {"Ποσό_eur": 14})])
# 5c. more CJK / Korean scale and correction forms on a stored amount base
ZH2 = [("wan3", "12万CNY", 120000), ("wan4", "12 万元", 120000), ("bai", "12百 CNY", 1200), ("jiao", "12角", 1.2), ("fen", "12分", 0.12),
       ("wanyuan", "12万元人民币", 120000), ("k", "12K CNY", 12000), ("qianyuan", "12 千元", 12000), ("shiwan", "12十万 CNY", 1200000),
       ("c1", "12 CNY（改为14 CNY）", 14), ("c2", "12 CNY，实为14 CNY", 14), ("c3", "12 CNY（14 CNY）", 14), ("c4", "12 CNY → 14 CNY", 14),
       ("c5", "12 CNY（退款）", 0), ("c6", "12 CNY（美元）", 12), ("c7", "12 CNY（作废）", 0)]
r101_gen("hz2", "r101_fullwidth3", [("发票", "881"), ("金额", "12 CNY")], ["发票", "金额_cny"], {"发票": 881, "金额_cny": 12},
         [(vt, {"金额": t}, {"金额_cny": r}) for vt, t, r in ZH2 if vt != "c6"])
KO = [("man", "12만 KRW", 120000), ("man2", "12 만 KRW", 120000), ("eok", "12억 KRW", 1200000000), ("cheon", "12천 KRW", 12000),
      ("c1", "12 KRW（정정：14 KRW）", 14), ("c2", "12 KRW (정정: 14 KRW)", 14), ("c3", "12 KRW, 정정 14 KRW", 14)]
r101_gen("hko", "r101_fullwidth3", [("청구서", "881"), ("금액", "12 KRW")], ["청구서", "금액_krw"], {"청구서": 881, "금액_krw": 12},
         [(vt, {"금액": t}, {"금액_krw": r}) for vt, t, r in KO])


# ================================================================ part 6
# 6a. a stale answer stored from one request serves the next request (another record id / name)
def r101_chain(tag, fam, sch, instr, t1, t2, stale1, right1, stale2, right2):
    a = "d101-%s-v1" % tag
    b = "d101-%s-v2" % tag
    J(a, fam, instr + "\n\n" + r101_fr(t1), sch, right1, [stale1, right1])
    J(b, fam, instr + "\n\n" + r101_fr(t2), sch, right2, [stale2, right2])
    PAIRS.append((a, b))

zs = S({"发票": "integer", "金额_cny": "number"})
zi = r101_en(zs)
for vt, amt, r in [("wan", "12万 CNY", 120000), ("wan2", "12 万 CNY", 120000), ("yi", "12亿 CNY", 1200000000), ("qian", "12千 CNY", 12000),
                   ("c1", "12 CNY（更正：14 CNY）", 14), ("c2", "12 CNY（更正为14 CNY）", 14)]:
    r101_chain("pz" + vt, "r101_chain", zs, zi, "发票: 881\n金额: %s\n" % amt, "发票: 882\n金额: %s\n" % amt,
               {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": r}, {"发票": 882, "金额_cny": 12}, {"发票": 882, "金额_cny": r})
    # the second request also changes the number: 13 -> stale rewrite?
    r101_chain("py" + vt, "r101_chain", zs, zi, "发票: 881\n金额: %s\n" % amt, "发票: 881\n金额: %s\n" % amt.replace("12", "13"),
               {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": r}, {"发票": 881, "金额_cny": 13},
               {"发票": 881, "金额_cny": r * 13 / 12 if vt[0] != "c" else 14})
ns = S({"姓名": "string", "年龄": "integer"})
ni = r101_en(ns)
for vt, age, r in [("c1", "40（更正：42）", 42), ("c2", "40（应为42）", 42), ("c3", "40（42）", 42)]:
    r101_chain("pn" + vt, "r101_chain", ns, ni, "姓名: Tomas Ek\n年龄: %s\n部门: 销售\n" % age, "姓名: Lena Berg\n年龄: %s\n部门: 销售\n" % age,
               {"姓名": "Tomas Ek", "年龄": 40}, {"姓名": "Tomas Ek", "年龄": r}, {"姓名": "Lena Berg", "年龄": 40}, {"姓名": "Lena Berg", "年龄": r})
# instruction with a unit in full-width brackets, then another invoice
r101_chain("pif", "r101_chain", zs, "Return the record's 发票 and 金额_cny（分）as JSON.", "发票: 881\n金额: 12 CNY\n", "发票: 882\n金额: 12 CNY\n",
           {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": 1200}, {"发票": 882, "金额_cny": 12}, {"发票": 882, "金额_cny": 1200})

# 6b. unit in brackets glued to a member in the instruction, Latin script and CJK, on stored bases
ws = S({"paket": "string", "gewicht": "number"})
r101_ins("qde", "r101_glued_instr", [("Paket", "PK-4410"), ("Gewicht", "12 kg")], ["paket", "gewicht"], {"paket": "PK-4410", "gewicht": 12}, [
    ("g1", "Return the record's paket and gewicht（Gramm）as JSON.", {"gewicht": 12000}),
    ("g2", "Return the record's paket and gewicht(Gramm) as JSON.", {"gewicht": 12000}),
    ("g3", "Return the record's paket and gewicht（g）as JSON.", {"gewicht": 12000}),
    ("g4", "Return the record's paket and gewicht [Gramm] as JSON.", {"gewicht": 12000}),
    ("g5", "Return the record's paket and gewicht/Gramm as JSON.", {"gewicht": 12000}),
    ("g6", "Return the record's paket and gewicht_in_gramm as JSON.", {"gewicht": 12000}),
    ("g7", "Return the record's paket and gewicht（in Gramm）as JSON.", {"gewicht": 12000}),
    ("lb", "Return the record's paket and gewicht（Pfund）as JSON.", {"gewicht": 26.46}),
])
r101_ins("qzs", "r101_glued_instr", [("发票", "881"), ("金额", "12 CNY")], ["发票", "金额_cny"], {"发票": 881, "金额_cny": 12}, [
    ("a1", "Return the record's 发票 and 金额_cny(分) as JSON.", {"金额_cny": 1200}),
    ("a2", "Return the record's 发票 and 金额_cny（千元）as JSON.", {"金额_cny": 0.012}),
    ("a3", "Return the record's 发票 and 金额_cny（角）as JSON.", {"金额_cny": 120}),
    ("a4", "Return the record's 发票 and 金额_cny【分】as JSON.", {"金额_cny": 1200}),
    ("a5", "Return the record's 发票 and 金额_cny（单位分）as JSON.", {"金额_cny": 1200}),
    ("a6", "Return the record's 发票 and 金额_cny（美元）as JSON.", {"金额_cny": 1.66}),
    ("a7", "Return the record's 发票 and 金额_cny（不含税）as JSON.", {"金额_cny": 10.62}),
    ("a8", "Return the record's 发票 and 金额_cny（万元）as JSON.", {"金额_cny": 0.0012}),
])
r101_ins("qja", "r101_glued_instr", [("請求書", "881"), ("金額", "12 JPY")], ["請求書", "金額_jpy"], {"請求書": 881, "金額_jpy": 12}, [
    ("a1", "Return the record's 請求書 and 金額_jpy（銭）as JSON.", {"金額_jpy": 1200}),
    ("a2", "Return the record's 請求書 and 金額_jpy（千円）as JSON.", {"金額_jpy": 0.012}),
    ("a3", "Return the record's 請求書 and 金額_jpy（税抜）as JSON.", {"金額_jpy": 10.91}),
])


# ================================================================ part 7: a unit glued to the member's name in the instruction
r101_G = [
 ("de", "Paket", "Gewicht", [("in", "gewicht_in_gramm", 12000), ("g", "gewicht_g", 12000), ("dash", "gewicht-in-gramm", 12000), ("camel", "gewichtInGramm", 12000),
                             ("lb", "gewicht_in_pfund", 26.46), ("t", "gewicht_in_tonnen", 0.012), ("gr", "gewicht_gramm", 12000), ("brutto", "gewicht_brutto_mit_2kg_verpackung", 14)]),
 ("fr", "Colis", "Poids", [("in", "poids_en_grammes", 12000), ("lb", "poids_en_livres", 26.46), ("g", "poids_g", 12000)]),
 ("es", "Paquete", "Peso", [("in", "peso_en_gramos", 12000), ("lb", "peso_en_libras", 26.46)]),
 ("it", "Pacco", "Peso", [("in", "peso_in_grammi", 12000), ("lb", "peso_in_libbre", 26.46)]),
 ("pt", "Pacote", "Peso", [("in", "peso_em_gramas", 12000)]),
 ("nl", "Pakket", "Gewicht", [("in", "gewicht_in_gram", 12000), ("ons", "gewicht_in_ons", 120)]),
 ("no", "Pakke", "Vekt", [("in", "vekt_i_gram", 12000), ("lb", "vekt_i_pund", 26.46), ("ikke", "vekt_ikke_i_kilo_men_i_gram", 12000)]),
 ("sv", "Paket", "Vikt", [("in", "vikt_i_gram", 12000), ("hg", "vikt_i_hekto", 120)]),
 ("da", "Pakke", "Vægt", [("in", "vægt_i_gram", 12000)]),
 ("pl", "Paczka", "Waga", [("in", "waga_w_gramach", 12000), ("lb", "waga_w_funtach", 26.46)]),
 ("tr", "Paket", "Ağırlık", [("in", "ağırlık_gram_cinsinden", 12000), ("g", "ağırlık_gram", 12000)]),
]
for lang, lp, lw, vs in r101_G:
    kp, kw = lp.lower(), lw.lower()
    r101_ins("gl" + lang, "r101_glued_instr2", [(lp, "PK-4410"), (lw, "12 kg")], [kp, kw], {kp: "PK-4410", kw: 12},
             [(vt, "Return the record's %s and %s as JSON." % (kp, g), {kw: r}) for vt, g, r in vs])
# English too (is it language-specific?)
r101_ins("glen", "r101_glued_instr2", [("Parcel", "PK-4410"), ("Weight", "12 kg")], ["parcel", "weight"], {"parcel": "PK-4410", "weight": 12},
         [("in", "Return the record's parcel and weight_in_grams as JSON.", {"weight": 12000}),
          ("lb", "Return the record's parcel and weight_in_pounds as JSON.", {"weight": 26.46}),
          ("g", "Return the record's parcel and weight_g as JSON.", {"weight": 12000}),
          ("camel", "Return the record's parcel and weightInGrams as JSON.", {"weight": 12000})])


# ================================================================ part 8: chains on the glued instruction (another parcel, another weight)
for lang, lp, lw, g, f in [("en", "Parcel", "Weight", "weight_in_grams", 1000), ("de", "Paket", "Gewicht", "gewicht_in_gramm", 1000),
                           ("fr", "Colis", "Poids", "poids_en_grammes", 1000), ("es", "Paquete", "Peso", "peso_en_libras", 2.20462),
                           ("no", "Pakke", "Vekt", "vekt_i_gram", 1000), ("pl", "Paczka", "Waga", "waga_w_gramach", 1000),
                           ("tr", "Paket", "Ağırlık", "ağırlık_gram", 1000), ("sv", "Paket", "Vikt", "vikt_i_hekto", 10)]:
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    instr = "Return the record's %s and %s as JSON." % (kp, g)
    rr = lambda x: round(x * f, 2) if round(x * f, 2) != int(x * f) else int(x * f)
    r101_chain("cg" + lang, "r101_chain2", sch, instr, "%s: PK-4410\n%s: 12 kg\n" % (lp, lw), "%s: PK-4411\n%s: 15 kg\n" % (lp, lw),
               {kp: "PK-4410", kw: 12}, {kp: "PK-4410", kw: rr(12)}, {kp: "PK-4411", kw: 15}, {kp: "PK-4411", kw: rr(15)})


# ================================================================ part 9: glued identifiers asking for another unit / time / negation / condition
def r101_glue(tag, fields, keys, base_ans, vs):
    r101_ins(tag, "r101_glued_instr3", fields, keys, base_ans,
             [(vt, "Return the record's %s as JSON." % " and ".join(ws), right) for vt, ws, right in vs])

r101_glue("xde", [("Name", "Tomas Ek"), ("Alter", "40"), ("Abteilung", "Vertrieb")], ["name", "alter"], {"name": "Tomas Ek", "alter": 40}, [
    ("mon", ["name", "alter_in_monaten"], {"alter": 480}), ("next", ["name", "alter_naechstes_jahr"], {"alter": 41}),
    ("next2", ["name", "alter_nächstes_jahr"], {"alter": 41}), ("tage", ["name", "alter_in_wochen"], {"alter": 2087}),
    ("geb", ["name", "geburtsjahr_aus_alter_2026"], {"alter": 1986})])
r101_glue("xes", [("Nombre", "Tomas Ek"), ("Edad", "40"), ("Departamento", "Ventas")], ["nombre", "edad"], {"nombre": "Tomas Ek", "edad": 40}, [
    ("mon", ["nombre", "edad_en_meses"], {"edad": 480}), ("next", ["nombre", "edad_el_año_próximo"], {"edad": 41})])
r101_glue("xzh", [("姓名", "Tomas Ek"), ("年龄", "40"), ("部门", "销售")], ["姓名", "年龄"], {"姓名": "Tomas Ek", "年龄": 40}, [
    ("mon", ["姓名", "年龄_月"], {"年龄": 480}), ("mon2", ["姓名", "年龄_以月计"], {"年龄": 480}), ("next", ["姓名", "年龄_明年"], {"年龄": 41}),
    ("next2", ["姓名", "明年的年龄"], {"年龄": 41})])
for lang, li, lb, cents, w in [("de", "Rechnung", "Betrag", "betrag_in_cent", "betrag_nicht_in_euro_sondern_in_cent"),
                               ("fr", "Facture", "Montant", "montant_en_centimes", "montant_pas_en_euros_mais_en_centimes"),
                               ("es", "Factura", "Importe", "importe_en_céntimos", "importe_no_en_euros_sino_en_céntimos"),
                               ("no", "Faktura", "Beløp", "beløp_i_øre", "beløp_ikke_i_kroner_men_i_øre"),
                               ("pl", "Faktura", "Kwota", "kwota_w_groszach", "kwota_nie_w_złotych_tylko_w_groszach")]:
    ki, kb = li.lower(), lb.lower()
    r101_glue("x" + lang + "c", [(li, "881"), (lb, "120.50")], [ki, kb], {ki: 881, kb: 120.5}, [
        ("ct", [ki, cents], {kb: 12050}), ("neg", [ki, w], {kb: 12050}),
        ("cond", [ki, kb + "_nur_wenn_bezahlt_sonst_0" if lang == "de" else kb + {"fr": "_seulement_si_payée_sinon_0", "es": "_solo_si_pagada_si_no_0",
                                                                            "no": "_bare_hvis_betalt_ellers_0", "pl": "_tylko_jeśli_opłacona_inaczej_0"}[lang]], {kb: 0})])


# ================================================================ part 10: chains after a stored glued request: a paraphrase, another name, another parcel code
def r101_chain2(tag, sch, i1, t1, i2, t2, s1, r1, s2, r2):
    a = "d101-%s-v1" % tag; b = "d101-%s-v2" % tag
    J(a, "r101_chain3", i1 + "\n\n" + r101_fr(t1), sch, r1, [s1, r1])
    J(b, "r101_chain3", i2 + "\n\n" + r101_fr(t2), sch, r2, [s2, r2])
    PAIRS.append((a, b))

sa = S({"name": "string", "alter": "integer"})
ta = "Name: Tomas Ek\nAlter: 40\nAbteilung: Vertrieb\n"
tb = "Name: Lena Berg\nAlter: 40\nAbteilung: Vertrieb\n"
i1 = "Return the record's name and alter_in_monaten as JSON."
r101_chain2("kpara", sa, i1, ta, "Please return the record's name and alter_in_monaten as a JSON object.", ta,
            {"name": "Tomas Ek", "alter": 40}, {"name": "Tomas Ek", "alter": 480}, {"name": "Tomas Ek", "alter": 40}, {"name": "Tomas Ek", "alter": 480})
r101_chain2("kname", sa, i1, ta, i1, tb,
            {"name": "Tomas Ek", "alter": 40}, {"name": "Tomas Ek", "alter": 480}, {"name": "Lena Berg", "alter": 40}, {"name": "Lena Berg", "alter": 480})
r101_chain2("kboth", sa, i1, ta, "Please return the record's name and alter_in_monaten as a JSON object.", tb,
            {"name": "Tomas Ek", "alter": 40}, {"name": "Tomas Ek", "alter": 480}, {"name": "Lena Berg", "alter": 40}, {"name": "Lena Berg", "alter": 480})
sw = S({"parcel": "string", "weight": "number"})
tw1 = "Parcel: PK-4410\nWeight: 12 kg\n"; tw2 = "Parcel: PK-5521\nWeight: 12 kg\n"
iw = "Return the record's parcel and weight_in_grams as JSON."
r101_chain2("wcode", sw, iw, tw1, iw, tw2, {"parcel": "PK-4410", "weight": 12}, {"parcel": "PK-4410", "weight": 12000},
            {"parcel": "PK-5521", "weight": 12}, {"parcel": "PK-5521", "weight": 12000})
r101_chain2("wpara", sw, iw, tw1, "Please give me the record's parcel and weight_in_grams as JSON.", tw1, {"parcel": "PK-4410", "weight": 12},
            {"parcel": "PK-4410", "weight": 12000}, {"parcel": "PK-4410", "weight": 12}, {"parcel": "PK-4410", "weight": 12000})
# CJK text scale word, then another invoice number only / a paraphrase
sz = S({"发票": "integer", "金额_cny": "number"})
iz = r101_en(sz)
r101_chain2("zpara", sz, iz, "发票: 881\n金额: 12万 CNY\n", "Please return the record's 发票 and 金额_cny as a JSON object.", "发票: 881\n金额: 12万 CNY\n",
            {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": 120000}, {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": 120000})
r101_chain2("zintro", sz, iz, "发票: 881\n金额: 12万 CNY\n", iz, "发票: 881\n金额: 12万 CNY\n部门: 销售\n",
            {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": 120000}, {"发票": 881, "金额_cny": 12}, {"发票": 881, "金额_cny": 120000})
sn = S({"姓名": "string", "年龄": "integer"})
r101_chain2("npara", sn, r101_en(sn), "姓名: Tomas Ek\n年龄: 40（更正：42）\n部门: 销售\n", "Please return the record's 姓名 and 年龄 as a JSON object.",
            "姓名: Tomas Ek\n年龄: 40（更正：42）\n部门: 销售\n", {"姓名": "Tomas Ek", "年龄": 40}, {"姓名": "Tomas Ek", "年龄": 42},
            {"姓名": "Tomas Ek", "年龄": 40}, {"姓名": "Tomas Ek", "年龄": 42})
r101_chain2("nname", sn, r101_en(sn), "姓名: Tomas Ek\n年龄: 40（更正：42）\n部门: 销售\n", r101_en(sn),
            "姓名: Lena Berg\n年龄: 40（更正：42）\n部门: 销售\n", {"姓名": "Tomas Ek", "年龄": 40}, {"姓名": "Tomas Ek", "年龄": 42},
            {"姓名": "Lena Berg", "年龄": 40}, {"姓名": "Lena Berg", "年龄": 42})


# ================================================================ part 11: Cyrillic / Greek glued identifiers; glued forms with dots
r101_glue("xru", [("счёт", "881"), ("сумма", "12 RUB")], ["счёт", "сумма_rub"], {"счёт": 881, "сумма_rub": 12}, [
    ("kop", ["счёт", "сумма_rub_в_копейках"], {"сумма_rub": 1200}), ("tys", ["счёт", "сумма_rub_в_тысячах"], {"сумма_rub": 0.012}),
    ("ne", ["счёт", "сумма_rub_не_в_рублях_а_в_копейках"], {"сумма_rub": 1200})])
r101_glue("xel", [("τιμολόγιο", "881"), ("ποσό", "12 EUR")], ["τιμολόγιο", "ποσό_eur"], {"τιμολόγιο": 881, "ποσό_eur": 12}, [
    ("lep", ["τιμολόγιο", "ποσό_eur_σε_λεπτά"], {"ποσό_eur": 1200}), ("xil", ["τιμολόγιο", "ποσό_eur_σε_χιλιάδες"], {"ποσό_eur": 0.012})])
r101_glue("xen2", [("Parcel", "PK-4410"), ("Weight", "12 kg")], ["parcel", "weight"], {"parcel": "PK-4410", "weight": 12}, [
    ("dot", ["parcel", "weight.in.grams"], {"weight": 12000}), ("gr", ["parcel", "weight_grams"], {"weight": 12000}),
    ("lbs", ["parcel", "weight_lbs"], {"weight": 26.46}), ("oz", ["parcel", "weight_oz"], {"weight": 423.29}),
    ("x1000", ["parcel", "weight_x1000"], {"weight": 12000}), ("net", ["parcel", "weight_minus_2kg_packaging"], {"weight": 10}),
    ("sp", ["parcel", "weight in_grams"], {"weight": 12000})])


# ================================================================ part 12: other joins of a member and a qualifier in the instruction
r101_J = ["`%s in %s`", "'%s in %s'", "%s:%s", "%s=%s", "%s→%s", "%s->%s", "%s@%s", "%s|%s", "%s.%s", "%s+%s", "%s~%s", "%s#%s",
          "%s_%s", "%s__%s", "%s（%s）", "%s《%s》", "%s·%s", "%s・%s", "%s_[%s]", "%s_(%s)", "%s in \"%s\"", "%s (%s)", "%s/%s", "%s %s"]
for lang, kp, lp, kw, lw, unit, r in [("en", "parcel", "Parcel", "weight", "Weight", "grams", 12000), ("de", "paket", "Paket", "gewicht", "Gewicht", "Gramm", 12000),
                                      ("es", "paquete", "Paquete", "peso", "Peso", "libras", 26.46), ("pl", "paczka", "Paczka", "waga", "Waga", "gramach", 12000)]:
    r101_ins("j" + lang, "r101_join_instr", [(lp, "PK-4410"), (lw, "12 kg")], [kp, kw], {kp: "PK-4410", kw: 12},
             [("j%d" % i, "Return the record's %s and %s as JSON." % (kp, f % (kw, unit)), {kw: r}) for i, f in enumerate(r101_J)])


# ================================================================ part 13: label drift through a suffix joined with "_" in the text
def r101_ud(tag, fields, keys, base_ans, vs):
    """vs: (vt, new fields list, right)"""
    sch = S({k: ("integer" if isinstance(base_ans[k], int) else "number" if isinstance(base_ans[k], float) else "string") for k in keys})
    bt = "".join("%s: %s\n" % f for f in fields)
    r101_set_e(tag, "r101_label_suffix", sch, bt, base_ans,
               [(vt, None, "".join("%s: %s\n" % f for f in nf), dict(base_ans, **right)) for vt, nf, right in vs])

r101_ud("lde", [("Name", "Anna Weber"), ("Wohnort", "Graz")], ["name", "wohnort"], {"name": "Anna Weber", "wohnort": "Graz"}, [
    ("alt", [("Name", "Anna Weber"), ("Wohnort_alt", "Graz"), ("Wohnort_neu", "Linz")], {"wohnort": "Linz"}),
    ("alt2", [("Name", "Anna Weber"), ("Wohnort_bis_2025", "Graz"), ("Wohnort_ab_2026", "Linz")], {"wohnort": "Linz"}),
    ("geb", [("Name", "Anna Weber"), ("Wohnort_Geburt", "Graz"), ("Wohnort", "Linz")], {"wohnort": "Linz"}),
    ("nicht", [("Name", "Anna Weber"), ("Wohnort_nicht", "Graz"), ("Wohnort_aktuell", "Linz")], {"wohnort": "Linz"})])
r101_ud("lde2", [("Paket", "PK-4410"), ("Gewicht", "12 kg")], ["paket", "gewicht"], {"paket": "PK-4410", "gewicht": 12}, [
    ("alt", [("Paket", "PK-4410"), ("Gewicht_alt", "12 kg"), ("Gewicht_neu", "14 kg")], {"gewicht": 14}),
    ("korr", [("Paket", "PK-4410"), ("Gewicht_falsch", "12 kg"), ("Gewicht_korrigiert", "14 kg")], {"gewicht": 14}),
    ("lb", [("Paket", "PK-4410"), ("Gewicht_lb", "12")], {"gewicht": 5.44}),
    ("g", [("Paket", "PK-4410"), ("Gewicht_g", "12")], {"gewicht": 0.012})])
r101_ud("lfr", [("Nom", "Claire Dubois"), ("Ville", "Lyon")], ["nom", "ville"], {"nom": "Claire Dubois", "ville": "Lyon"}, [
    ("anc", [("Nom", "Claire Dubois"), ("Ville_ancienne", "Lyon"), ("Ville_actuelle", "Nantes")], {"ville": "Nantes"}),
    ("nai", [("Nom", "Claire Dubois"), ("Ville_naissance", "Lyon"), ("Ville", "Nantes")], {"ville": "Nantes"})])
r101_ud("les", [("Vuelo", "IB 3170"), ("Salida", "08:15")], ["vuelo", "salida"], {"vuelo": "IB 3170", "salida": "08:15"}, [
    ("prev", [("Vuelo", "IB 3170"), ("Salida_prevista", "08:15"), ("Salida_real", "08:42")], {"salida": "08:42"}),
    ("ant", [("Vuelo", "IB 3170"), ("Salida_anterior", "08:15"), ("Salida", "09:30")], {"salida": "09:30"})])
r101_ud("lno", [("Navn", "Kari Nordmann"), ("Rom", "214")], ["navn", "rom"], {"navn": "Kari Nordmann", "rom": 214}, [
    ("gml", [("Navn", "Kari Nordmann"), ("Rom_gammelt", "214"), ("Rom_nytt", "310")], {"rom": 310}),
    ("ikke", [("Navn", "Kari Nordmann"), ("Rom_ikke_i_bruk", "214"), ("Rom_nå", "310")], {"rom": 310})])
r101_ud("lpl", [("Paczka", "PL-3391"), ("Waga", "12 kg")], ["paczka", "waga"], {"paczka": "PL-3391", "waga": 12}, [
    ("stara", [("Paczka", "PL-3391"), ("Waga_stara", "12 kg"), ("Waga_nowa", "14 kg")], {"waga": 14})])
r101_ud("lzh", [("姓名", "Tomas Ek"), ("年龄", "40")], ["姓名", "年龄"], {"姓名": "Tomas Ek", "年龄": 40}, [
    ("jiu", [("姓名", "Tomas Ek"), ("年龄_旧", "40"), ("年龄_新", "42")], {"年龄": 42}),
    ("geng", [("姓名", "Tomas Ek"), ("年龄_更正前", "40"), ("年龄_更正后", "42")], {"年龄": 42})])
r101_ud("lru", [("счёт", "881"), ("сумма", "12 RUB")], ["счёт", "сумма_rub"], {"счёт": 881, "сумма_rub": 12}, [
    ("old", [("счёт", "881"), ("сумма_старая", "12 RUB"), ("сумма_новая", "14 RUB")], {"сумма_rub": 14})])


# ================================================================ part 14: chains (glued instruction stored stale, then another record / a paraphrase) per language
r101_CH = [
 ("de", "Paket", "Gewicht", "gewicht_in_gramm", 1000), ("fr", "Colis", "Poids", "poids_en_grammes", 1000),
 ("es", "Paquete", "Peso", "peso_en_libras", 2.20462), ("it", "Pacco", "Peso", "peso_in_grammi", 1000),
 ("pt", "Pacote", "Peso", "peso_em_gramas", 1000), ("nl", "Pakket", "Gewicht", "gewicht_in_gram", 1000),
 ("no", "Pakke", "Vekt", "vekt_i_gram", 1000), ("sv", "Paket", "Vikt", "vikt_i_gram", 1000), ("da", "Pakke", "Vægt", "vægt_i_gram", 1000),
 ("pl", "Paczka", "Waga", "waga_w_gramach", 1000), ("tr", "Paket", "Ağırlık", "ağırlık_gram_cinsinden", 1000),
]
for lang, lp, lw, g, f in r101_CH:
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    i1 = "Return the record's %s and %s as JSON." % (kp, g)
    i2 = "Please give me the record's %s and %s as a JSON object." % (kp, g)
    t1 = "%s: PK-4410\n%s: 12 kg\n" % (lp, lw)
    t2 = "%s: PK-5521\n%s: 12 kg\n" % (lp, lw)
    rv = round(12 * f, 2)
    rv = int(rv) if rv == int(rv) else rv
    r101_chain2("m" + lang + "code", sch, i1, t1, i1, t2, {kp: "PK-4410", kw: 12}, {kp: "PK-4410", kw: rv}, {kp: "PK-5521", kw: 12}, {kp: "PK-5521", kw: rv})
    r101_chain2("m" + lang + "para", sch, i1, t1, i2, t1, {kp: "PK-4410", kw: 12}, {kp: "PK-4410", kw: rv}, {kp: "PK-4410", kw: 12}, {kp: "PK-4410", kw: rv})
# after a stored plain base: base, then glued V1, then glued V2 (another code)
for lang, lp, lw, g, f in r101_CH[:3]:
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    t1 = "%s: PK-4410\n%s: 12 kg\n" % (lp, lw)
    J("d101-n%s-base" % lang, "r101_chain3", r101_en(sch) + "\n\n" + r101_fr(t1), sch, {kp: "PK-4410", kw: 12}, [{kp: "PK-4410", kw: 12}])


# ================================================================ part 15: a foreign unit / time / negation phrase inside the English sentence
r101_IN = [
 ("de", "Paket", "Gewicht", [("g", "gewicht in Gramm", 12000), ("lb", "gewicht in Pfund", 26.46), ("neg", "gewicht nicht in Kilo, sondern in Gramm", 12000)]),
 ("fr", "Colis", "Poids", [("g", "poids en grammes", 12000), ("lb", "poids en livres", 26.46)]),
 ("es", "Paquete", "Peso", [("g", "peso en gramos", 12000), ("lb", "peso en libras", 26.46)]),
 ("it", "Pacco", "Peso", [("g", "peso in grammi", 12000)]),
 ("pt", "Pacote", "Peso", [("g", "peso em gramas", 12000)]),
 ("nl", "Pakket", "Gewicht", [("g", "gewicht in gram", 12000), ("ons", "gewicht in ons", 120)]),
 ("no", "Pakke", "Vekt", [("g", "vekt i gram", 12000), ("neg", "vekt, ikke i kilo men i gram,", 12000)]),
 ("sv", "Paket", "Vikt", [("g", "vikt i gram", 12000), ("hg", "vikt i hekto", 120)]),
 ("da", "Pakke", "Vægt", [("g", "vægt i gram", 12000)]),
 ("pl", "Paczka", "Waga", [("g", "waga w gramach", 12000), ("lb", "waga w funtach", 26.46)]),
 ("tr", "Paket", "Ağırlık", [("g", "ağırlık gram cinsinden", 12000)]),
]
for lang, lp, lw, vs in r101_IN:
    kp, kw = lp.lower(), lw.lower()
    sch = S({kp: "string", kw: "number"})
    t1 = "%s: PK-4410\n%s: 12 kg\n" % (lp, lw)
    t2 = "%s: PK-5521\n%s: 12 kg\n" % (lp, lw)
    for vt, ph, rv in vs:
        i1 = "Return the record's %s and %s as JSON." % (kp, ph)
        i2 = "Please give me the record's %s and %s as a JSON object." % (kp, ph)
        r101_chain2("e%s%s" % (lang, vt), sch, i1, t1, i1, t2, {kp: "PK-4410", kw: 12}, {kp: "PK-4410", kw: rv}, {kp: "PK-5521", kw: 12}, {kp: "PK-5521", kw: rv})
r101_chain2("eruk", S({"счёт": "integer", "сумма_rub": "number"}), "Return the record's счёт and сумма_rub в копейках as JSON.", "счёт: 881\nсумма: 12 RUB\n",
            "Return the record's счёт and сумма_rub в копейках as JSON.", "счёт: 882\nсумма: 12 RUB\n",
            {"счёт": 881, "сумма_rub": 12}, {"счёт": 881, "сумма_rub": 1200}, {"счёт": 882, "сумма_rub": 12}, {"счёт": 882, "сумма_rub": 1200})
r101_chain2("eelk", S({"τιμολόγιο": "integer", "ποσό_eur": "number"}), "Return the record's τιμολόγιο and ποσό_eur σε λεπτά as JSON.", "τιμολόγιο: 881\nποσό: 12 EUR\n",
            "Return the record's τιμολόγιο and ποσό_eur σε λεπτά as JSON.", "τιμολόγιο: 882\nποσό: 12 EUR\n",
            {"τιμολόγιο": 881, "ποσό_eur": 12}, {"τιμολόγιο": 881, "ποσό_eur": 1200}, {"τιμολόγιο": 882, "ποσό_eur": 12}, {"τιμολόγιο": 882, "ποσό_eur": 1200})


# ================================================================ part 16: scale letters in Latin-script records (is "12K" language-bound?)
for tag, li, la, cur, vs in [("en", "Invoice", "Amount", "EUR", [("K", "12K EUR", 12000), ("k", "12k EUR", 12000), ("M", "12M EUR", 12000000), ("sk", "12 K EUR", 12000)]),
                             ("de", "Rechnung", "Betrag", "EUR", [("K", "12K EUR", 12000), ("T", "12 T EUR", 12000), ("Mio", "12Mio EUR", 12000000)]),
                             ("ru", "счёт", "сумма", "RUB", [("K", "12K RUB", 12000), ("k", "12к RUB", 12000), ("tr", "12 трлн RUB", 12000000000000)]),
                             ("uk", "рахунок", "сума", "UAH", [("tys", "12 тис. UAH", 12000), ("mln", "12 млн UAH", 12000000)])]:
    ki, ka = li.lower(), la.lower() + "_" + cur.lower()
    sch = S({ki: "integer", ka: "number"})
    bt = "%s: 881\n%s: 12 %s\n" % (li, la, cur)
    r101_set_e("s2" + tag, "r101_scale_text2", sch, bt, {ki: 881, ka: 12},
               [(vt, None, "%s: 881\n%s: %s\n" % (li, la, t), {ki: 881, ka: right}) for vt, t, right in vs])


# ================================================================ part 17: label script vs scale word script
for tag, li, la, cur, vs in [("enzh", "Invoice", "Amount", "CNY", [("wan", "12万 CNY", 120000), ("wan2", "12 万 CNY", 120000), ("corr", "12 CNY（更正：14 CNY）", 14)]),
                             ("enru", "Invoice", "Amount", "RUB", [("tys", "12 тыс. RUB", 12000), ("mln", "12 млн RUB", 12000000)]),
                             ("dezh", "Rechnung", "Betrag", "EUR", [("wan", "12万 EUR", 120000), ("corr", "12 EUR（korrigiert：14 EUR）", 14)]),
                             ("hi", "चालान", "राशि", "INR", [("haz", "12 हज़ार INR", 12000), ("lakh", "12 लाख INR", 1200000), ("K", "12K INR", 12000)]),
                             ("ar", "فاتورة", "المبلغ", "SAR", [("alf", "12 ألف SAR", 12000), ("K", "12K SAR", 12000)]),
                             ("he", "חשבונית", "סכום", "ILS", [("elef", "12 אלף ILS", 12000), ("K", "12K ILS", 12000)]),
                             ("th", "ใบแจ้งหนี้", "จำนวนเงิน", "THB", [("phan", "12 พัน THB", 12000), ("muen", "12 หมื่น THB", 120000)])]:
    ki, ka = li.lower(), la.lower() + "_" + cur.lower()
    sch = S({ki: "integer", ka: "number"})
    bt = "%s: 881\n%s: 12 %s\n" % (li, la, cur)
    r101_set_e("s3" + tag, "r101_scale_text3", sch, bt, {ki: 881, ka: 12},
               [(vt, None, "%s: 881\n%s: %s\n" % (li, la, t), {ki: 881, ka: right}) for vt, t, right in vs])


# ================================================================ part 18: non-Latin labels: the old value moved to another field (label drift)
for tag, li, la, other, cur in [("ru", "счёт", "сумма", "скидка", "RUB"), ("el", "τιμολόγιο", "ποσό", "έκπτωση", "EUR"),
                                ("zh", "发票", "金额", "折扣", "CNY"), ("ja", "請求書", "金額", "割引", "JPY"), ("ko", "청구서", "금액", "할인", "KRW"),
                                ("hi", "चालान", "राशि", "छूट", "INR"), ("en", "invoice", "amount", "discount", "EUR"), ("de", "rechnung", "betrag", "rabatt", "EUR")]:
    ki, ka = li, la + "_" + cur.lower()
    sch = S({ki: "integer", ka: "number"})
    bt = "%s: 881\n%s: 12 %s\n" % (li, la, cur)
    r101_set_e("m" + tag, "r101_moved_value", sch, bt, {ki: 881, ka: 12}, [
        ("moved", None, "%s: 881\n%s: 12 %s\n%s: 14 %s\n" % (li, other, cur, la, cur), {ki: 881, ka: 14}),
        ("moved2", None, "%s: 881\n%s: 14 %s\n%s: 12 %s\n" % (li, la, cur, other, cur), {ki: 881, ka: 14}),
        ("swap", None, "%s: 881\n%s: 12 %s\n" % (li, other, cur), {ki: 881, ka: None}, S({ki: "integer", ka: {"type": ["number", "null"]}})),
    ])


# ================================================================ part 19: non-Latin label drift: the member's label replaced by another attribute's, same value
for tag, lt, kt, ld, la, tv, dv, av in [
        ("ru", "поезд", "поезд", "отправление", "прибытие", "752А", "08:15", "11:40"),
        ("el", "τρένο", "τρένο", "αναχώρηση", "άφιξη", "IC 52", "08:15", "11:40"),
        ("zh", "车次", "车次", "出发", "到达", "G 102", "08:15", "11:40"),
        ("ja", "列車", "列車", "出発", "到着", "のぞみ 5", "08:15", "11:40"),
        ("ko", "열차", "열차", "출발", "도착", "KTX 101", "08:15", "11:40"),
        ("hi", "ट्रेन", "ट्रेन", "प्रस्थान", "आगमन", "12951", "08:15", "11:40"),
        ("de", "zug", "zug", "abfahrt", "ankunft", "ICE 578", "08:15", "11:40")]:
    sch = S({kt: "string", ld: {"type": ["string", "null"]}})
    bt = "%s: %s\n%s: %s\n" % (lt, tv, ld, dv)
    r101_set_e("y" + tag, "r101_label_drift2", sch, bt, {kt: tv, ld: dv}, [
        ("drift", None, "%s: %s\n%s: %s\n" % (lt, tv, la, dv), {kt: tv, ld: None}),
        ("both", None, "%s: %s\n%s: %s\n%s: %s\n" % (lt, tv, la, dv, ld, av), {kt: tv, ld: av}),
    ])
for tag, lp, net, gross in [("zh", "包裹", "净重", "毛重"), ("ja", "荷物", "正味重量", "総重量"), ("ru", "посылка", "нетто", "брутто"),
                            ("el", "δέμα", "καθαρό", "μικτό"), ("de", "paket", "nettogewicht", "bruttogewicht")]:
    sch = S({lp: "string", net: {"type": ["number", "null"]}})
    bt = "%s: PK-4410\n%s: 12\n" % (lp, net)
    r101_set_e("yw" + tag, "r101_label_drift2", sch, bt, {lp: "PK-4410", net: 12}, [
        ("drift", None, "%s: PK-4410\n%s: 12\n" % (lp, gross), {lp: "PK-4410", net: None}),
        ("both", None, "%s: PK-4410\n%s: 12\n%s: 10.5\n" % (lp, gross, net), {lp: "PK-4410", net: 10.5})])


# ================================================================ part 20: the qualifier before the member's name
r101_glue("zen", [("Parcel", "PK-4410"), ("Weight", "12 kg")], ["parcel", "weight"], {"parcel": "PK-4410", "weight": 12}, [
    ("pre", ["parcel", "grams_weight"], {"weight": 12000}), ("pre2", ["parcel", "pounds_weight"], {"weight": 26.46}),
    ("mid", ["parcel", "the_weight_in_grams"], {"weight": 12000}), ("neg", ["parcel", "weight_not_kg_but_grams"], {"weight": 12000})])
r101_glue("zde", [("Paket", "PK-4410"), ("Gewicht", "12 kg")], ["paket", "gewicht"], {"paket": "PK-4410", "gewicht": 12}, [
    ("pre", ["paket", "gramm_gewicht"], {"gewicht": 12000}), ("pre2", ["paket", "pfund_gewicht"], {"gewicht": 26.46})])


# Left out of the ctest set, as the tester judged them bad probes: a questionable expectation
# (d101-xde-geb) and 10.5 expected under an integer schema (d101-gde-i3).
P[:] = [p for p in P if p["id"] not in {"d101-xde-geb", "d101-gde-i3"}]
