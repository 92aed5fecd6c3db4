"""Red-team round 105 (black box, stepcache-s35): records whose labels or keys are in non-Latin scripts; qualifiers in fullwidth brackets on a label (Amount（万元）), pointers and 'self' in other scripts (同上, 本人, 상동, тот же). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r105_PAIRS = []   # (base_id, var_id)
r105_SINGLES = [] # ids
r105_B = {}

def r105_base(tag, instr, lines, schema, exp):
    r105_B[tag] = dict(instr=instr, lines=lines, schema=schema, exp=exp)
    J("d105-%s-base" % tag, "r105_base", instr + "\n\n" + "\n".join(lines) + "\n", schema, exp, [exp])

def r105_var(tag, vt, lines, change, single_sub=None, schema=None):
    """lines: full new record lines; change: dict of changed members (right values)."""
    b = r105_B[tag]
    exp = dict(b["exp"]); exp.update(change)
    safe = exp == b["exp"] and schema is None
    sch = schema or b["schema"]
    vid = "d105-%s-%s" % (tag, vt)
    J(vid, "r105_var" + ("_safe" if safe else ""), b["instr"] + "\n\n" + "\n".join(lines) + "\n", sch, exp,
      [exp] if safe else [b["exp"], exp], safe=safe)
    r105_PAIRS.append(("d105-%s-base" % tag, vid))
    if not safe and single_sub and single_sub[0] in "\n".join(lines):
        # single request: same shape, another person, the model's first answer is the stale-style mistake
        old, new = single_sub
        sl = [l.replace(old, new) for l in lines]
        sexp = dict(exp); swrong = dict(b["exp"])
        for k, v in list(sexp.items()):
            if v == old: sexp[k] = new
        for k, v in list(swrong.items()):
            if v == old: swrong[k] = new
        sid = "d105-s-%s-%s" % (tag, vt)
        J(sid, "r105_single", b["instr"] + "\n\n" + "\n".join(sl) + "\n", sch, sexp, [swrong, sexp])
        r105_SINGLES.append(sid)

def sub(lines, i, new):
    l = list(lines); l[i] = new; return l

def ins(lines, i, new):
    l = list(lines); l.insert(i, new); return l

# ---------------- zh order, fullwidth colons
zh = ["订单：", "客户：王小明", "数量：12", "金额：3600", "日期：2027年3月12日"]
r105_base("zh", "请把订单信息提取为JSON。", zh,
          S({"customer": "string", "qty": "integer", "amount": "integer", "date": "string"},
            {"amount": "金额（元）", "date": "日期，原样照抄"}),
          {"customer": "王小明", "qty": 12, "amount": 3600, "date": "2027年3月12日"})
Z = ("王小明", "李晓红")
r105_var("zh", "fw", sub(zh, 2, "数量：１２"), {})
r105_var("zh", "cjk12", sub(zh, 2, "数量：十二"), {})
r105_var("zh", "fw15", sub(zh, 2, "数量：１５"), {"qty": 15}, Z)
r105_var("zh", "cjk15", sub(zh, 2, "数量：十五"), {"qty": 15}, Z)
r105_var("zh", "wan", sub(zh, 3, "金额：3600万"), {"amount": 36000000}, Z)
r105_var("zh", "qian", sub(zh, 3, "金额：36千"), {"amount": 36000}, Z)
r105_var("zh", "fen", sub(zh, 3, "金额：3600分"), {"amount": 36}, Z)
r105_var("zh", "corr", sub(zh, 3, "金额：3600（已更正为3800）"), {"amount": 3800}, Z)
r105_var("zh", "corr2", sub(zh, 3, "金额：3600【误，应为3800】"), {"amount": 3800}, Z)
r105_var("zh", "not", sub(zh, 3, "金额：不是3600，而是3800"), {"amount": 3800}, Z)
r105_var("zh", "oldval", ins(sub(zh, 3, "金额：3800"), 3, "原金额：3600"), {"amount": 3800}, Z)
r105_var("zh", "drift", ins(sub(zh, 3, "折扣：3600"), 4, "金额：4200"), {"amount": 4200}, Z)
r105_var("zh", "qdrift", ins(sub(zh, 2, "退货数量：12"), 3, "数量：9"), {"qty": 9}, Z)
r105_var("zh", "date", sub(zh, 4, "日期：2027年3月21日"), {"date": "2027年3月21日"}, Z)
r105_var("zh", "datelab", ins(sub(zh, 4, "发货日期：2027年3月12日"), 5, "日期：2027年3月15日"), {"date": "2027年3月15日"}, Z)
r105_var("zh", "cjkdate", sub(zh, 4, "日期：二〇二七年三月十五日"), {"date": "二〇二七年三月十五日"}, Z)
r105_var("zh", "arrow", sub(zh, 3, "金额：3600→3800"), {"amount": 3800}, Z)
r105_var("zh", "usd", sub(zh, 3, "金额：3600美元（约合人民币26000元）"), {"amount": 26000}, Z)

# ---------------- CJK numerals in a big number
zn = ["库存记录：", "商品：保温杯", "库存：12000", "仓库：上海"]
r105_base("zn", "请把库存记录提取为JSON。", zn,
          S({"item": "string", "stock": "integer", "warehouse": "string"}),
          {"item": "保温杯", "stock": 12000, "warehouse": "上海"})
ZN = ("保温杯", "茶壶")
r105_var("zn", "wan", sub(zn, 2, "库存：1.2万"), {})
r105_var("zn", "cjk", sub(zn, 2, "库存：一万二千"), {})
r105_var("zn", "cjk13", sub(zn, 2, "库存：一万三千"), {"stock": 13000}, ZN)
r105_var("zn", "cjkcorr", sub(zn, 2, "库存：一万二千（实为一万三千）"), {"stock": 13000}, ZN)
r105_var("zn", "bai", sub(zn, 2, "库存：12000（单位：百件）"), {"stock": 1200000}, ZN)
r105_var("zn", "wh", sub(zn, 3, "仓库：上海（已迁至苏州）"), {"warehouse": "苏州"}, ZN)
r105_var("zn", "whdrift", ins(sub(zn, 3, "原仓库：上海"), 4, "仓库：苏州"), {"warehouse": "苏州"}, ZN)

# ---------------- zh fullwidth-bar table
zt = ["｜商品｜数量｜单价｜", "｜－－｜－－｜－－｜", "｜茶杯｜１２｜３６｜"]
r105_base("zt", "请将表格中茶杯的信息提取为JSON。", zt,
          S({"item": "string", "qty": "integer", "price": "integer"}),
          {"item": "茶杯", "qty": 12, "price": 36})
r105_var("zt", "cols", ["｜商品｜单价｜数量｜", "｜－－｜－－｜－－｜", "｜茶杯｜３６｜１２｜"], {})
r105_var("zt", "hdr", ["｜商品｜单价｜数量｜", "｜－－｜－－｜－－｜", "｜茶杯｜１２｜３６｜"], {"qty": 36, "price": 12})
r105_var("zt", "row", ["｜商品｜数量｜单价｜", "｜－－｜－－｜－－｜", "｜茶壶｜１２｜３６｜", "｜茶杯｜５｜８８｜"], {"qty": 5, "price": 88})
r105_var("zt", "cell", sub(zt, 2, "｜茶杯｜１５｜３６｜"), {"qty": 15})
r105_var("zt", "corr", sub(zt, 2, "｜茶杯｜１２（应为１５）｜３６｜"), {"qty": 15})

# ---------------- ja booking
ja = ["予約：", "氏名：山田太郎", "人数：4名", "部屋番号：305", "チェックイン：2027年3月12日"]
r105_base("ja", "次の予約情報をJSONで返してください。", ja,
          S({"name": "string", "guests": "integer", "room": "integer", "checkin": "string"},
            {"checkin": "チェックイン日（原文のまま）"}),
          {"name": "山田太郎", "guests": 4, "room": 305, "checkin": "2027年3月12日"})
JA = ("山田太郎", "佐藤花子")
r105_var("ja", "kan", sub(ja, 2, "人数：四名"), {})
r105_var("ja", "fw", sub(ja, 2, "人数：４名"), {})
r105_var("ja", "corr", sub(ja, 2, "人数：4名（正しくは5名）"), {"guests": 5}, JA)
r105_var("ja", "cancel", sub(ja, 2, "人数：4名（うち1名キャンセル）"), {"guests": 3}, JA)
r105_var("ja", "roomchg", sub(ja, 3, "部屋番号：305（変更後：412）"), {"room": 412}, JA)
r105_var("ja", "roomarrow", sub(ja, 3, "部屋番号：305号室→412号室に変更"), {"room": 412}, JA)
r105_var("ja", "ext", ins(sub(ja, 3, "内線：305"), 4, "部屋番号：412"), {"room": 412}, JA)
r105_var("ja", "out", ins(sub(ja, 4, "チェックアウト：2027年3月12日"), 4, "チェックイン：2027年3月10日"), {"checkin": "2027年3月10日"}, JA)
r105_var("ja", "date", sub(ja, 4, "チェックイン：2027年3月21日"), {"checkin": "2027年3月21日"}, JA)
r105_var("ja", "reiwa", sub(ja, 4, "チェックイン：令和9年3月12日"), {"checkin": "令和9年3月12日"}, JA)
r105_var("ja", "floor", sub(ja, 3, "部屋番号：3階の305ではなく412"), {"room": 412}, JA)

# ---------------- ko order
ko = ["주문:", "고객명: 김민수", "수량: 12개", "금액: 45000원"]
r105_base("ko", "다음 주문 정보를 JSON으로 추출하세요.", ko,
          S({"customer": "string", "qty": "integer", "amount": "integer"}, {"amount": "금액(원)"}),
          {"customer": "김민수", "qty": 12, "amount": 45000})
KO = ("김민수", "이서연")
r105_var("ko", "man", sub(ko, 3, "금액: 4.5만원"), {})
r105_var("ko", "man45", sub(ko, 3, "금액: 45만원"), {"amount": 450000}, KO)
r105_var("ko", "corr", sub(ko, 3, "금액: 45000원 (정정: 54000원)"), {"amount": 54000}, KO)
r105_var("ko", "qchg", sub(ko, 2, "수량: 12개 → 15개로 변경"), {"qty": 15}, KO)
r105_var("ko", "qdrift", ins(sub(ko, 2, "반품 수량: 12개"), 3, "수량: 10개"), {"qty": 10}, KO)
r105_var("ko", "adrift", ins(sub(ko, 3, "할인: 45000원"), 4, "금액: 60000원"), {"amount": 60000}, KO)
r105_var("ko", "hangul", sub(ko, 2, "수량: 열다섯 개"), {"qty": 15}, KO)
r105_var("ko", "cheon", sub(ko, 3, "금액: 45천원"), {})
r105_var("ko", "not", sub(ko, 3, "금액: 45000원이 아니라 54000원"), {"amount": 54000}, KO)

# ---------------- ru invoice
ru = ["Счёт:", "Клиент: Иван Петров", "Сумма: 12500 руб.", "Скидка: 500 руб.", "Дата: 12.03.2027"]
r105_base("ru", "Извлеките данные счёта в JSON.", ru,
          S({"client": "string", "amount": "integer", "discount": "integer"},
            {"amount": "сумма в рублях", "discount": "скидка в рублях"}),
          {"client": "Иван Петров", "amount": 12500, "discount": 500})
RU = ("Иван Петров", "Ольга Смирнова")
r105_var("ru", "corr", sub(ru, 2, "Сумма: 12500 руб. (исправлено: 13500)"), {"amount": 13500}, RU)
r105_var("ru", "tys", sub(ru, 2, "Сумма: 12,5 тыс. руб."), {})
r105_var("ru", "tys125", sub(ru, 2, "Сумма: 125 тыс. руб."), {"amount": 125000}, RU)
r105_var("ru", "mln", sub(ru, 2, "Сумма: 12,5 млн руб."), {"amount": 12500000}, RU)
r105_var("ru", "kop", sub(ru, 2, "Сумма: 12500 коп."), {"amount": 125}, RU)
r105_var("ru", "drift", ins(sub(ru, 2, "Предоплата: 12500 руб."), 3, "Сумма: 20000 руб."), {"amount": 20000}, RU)
r105_var("ru", "swap", ["Счёт:", "Клиент: Иван Петров", "Скидка: 12500 руб.", "Сумма: 500 руб.", "Дата: 12.03.2027"], {"amount": 500, "discount": 12500}, RU)
r105_var("ru", "not", sub(ru, 2, "Сумма: не 12500, а 15200 руб."), {"amount": 15200}, RU)
r105_var("ru", "was", ins(sub(ru, 2, "Сумма: 13000 руб."), 2, "Было: 12500 руб."), {"amount": 13000}, RU)
r105_var("ru", "disc0", sub(ru, 3, "Скидка: нет (500 руб. отменена)"), {"discount": 0}, RU)
r105_var("ru", "usd", sub(ru, 2, "Сумма: 12500 долл. (примерно 1 000 000 руб.)"), {"amount": 1000000}, RU)

# ---------------- uk invoice
uk = ["Рахунок:", "Клієнт: Олена Коваль", "Сума: 8400 грн", "Знижка: 400 грн"]
r105_base("uk", "Витягніть дані рахунку у JSON.", uk,
          S({"client": "string", "amount": "integer", "discount": "integer"}),
          {"client": "Олена Коваль", "amount": 8400, "discount": 400})
UK = ("Олена Коваль", "Марія Бондар")
r105_var("uk", "tys", sub(uk, 2, "Сума: 84 тис. грн"), {"amount": 84000}, UK)
r105_var("uk", "corr", sub(uk, 2, "Сума: 8400 грн (виправлено: 8900 грн)"), {"amount": 8900}, UK)
r105_var("uk", "drift", ins(sub(uk, 2, "Передоплата: 8400 грн"), 3, "Сума: 9100 грн"), {"amount": 9100}, UK)

# ---------------- el order
el = ["Παραγγελία:", "Πελάτης: Γιώργος Παπαδόπουλος", "Ποσότητα: 12", "Τιμή: 340 €"]
r105_base("el", "Εξάγετε τα στοιχεία της παραγγελίας σε JSON.", el,
          S({"customer": "string", "qty": "integer", "price": "number"}, {"price": "τιμή σε ευρώ"}),
          {"customer": "Γιώργος Παπαδόπουλος", "qty": 12, "price": 340})
EL = ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου")
r105_var("el", "corr", sub(el, 3, "Τιμή: 340 € (διόρθωση: 430 €)"), {"price": 430}, EL)
r105_var("el", "chil", sub(el, 3, "Τιμή: 3,4 χιλ. €"), {"price": 3400}, EL)
r105_var("el", "lepta", sub(el, 3, "Τιμή: 340 λεπτά"), {"price": 3.4}, EL)
r105_var("el", "qdrift", ins(sub(el, 2, "Επιστροφές: 12"), 3, "Ποσότητα: 9"), {"qty": 9}, EL)
r105_var("el", "not", sub(el, 2, "Ποσότητα: όχι 12 αλλά 21"), {"qty": 21}, EL)
r105_var("el", "dozen", sub(el, 2, "Ποσότητα: 12 δωδεκάδες"), {"qty": 144}, EL)

# ---------------- ar order, Arabic-Indic digits, RTL
ar = ["الطلب:", "العميل: أحمد علي", "الكمية: ١٢", "السعر: 450 ريال"]
r105_base("ar", "استخرج بيانات الطلب بصيغة JSON.", ar,
          S({"customer": "string", "qty": "integer", "price": "integer"}),
          {"customer": "أحمد علي", "qty": 12, "price": 450})
AR = ("أحمد علي", "فاطمة حسن")
r105_var("ar", "latin", sub(ar, 2, "الكمية: 12"), {})
r105_var("ar", "q15", sub(ar, 2, "الكمية: ١٥"), {"qty": 15}, AR)
r105_var("ar", "q21", sub(ar, 2, "الكمية: ٢١"), {"qty": 21}, AR)
r105_var("ar", "qcorr", sub(ar, 2, "الكمية: ١٢ (الصحيح: ٢١)"), {"qty": 21}, AR)
r105_var("ar", "pcorr", sub(ar, 3, "السعر: 450 ريال (بعد التعديل: 540 ريال)"), {"price": 540}, AR)
r105_var("ar", "alf", sub(ar, 3, "السعر: ٤٥٠ ألف ريال"), {"price": 450000}, AR)
r105_var("ar", "drift", ins(sub(ar, 3, "الخصم: 450 ريال"), 4, "السعر: 900 ريال"), {"price": 900}, AR)
r105_var("ar", "ext", sub(ar, 2, "الكمية: ١٢٠"), {"qty": 120}, AR)
r105_var("ar", "pers", sub(ar, 2, "الكمية: ۱۲"), {})

# ---------------- he order
he = ["הזמנה:", "לקוח: דוד כהן", "כמות: 12", "מחיר: 450 ₪"]
r105_base("he", "חלץ את פרטי ההזמנה כ-JSON.", he,
          S({"customer": "string", "qty": "integer", "price": "integer"}),
          {"customer": "דוד כהן", "qty": 12, "price": 450})
HE = ("דוד כהן", "שרה לוי")
r105_var("he", "corr", sub(he, 3, "מחיר: 450 ₪ (תיקון: 540 ₪)"), {"price": 540}, HE)
r105_var("he", "elef", sub(he, 3, "מחיר: 4.5 אלף ₪"), {"price": 4500}, HE)
r105_var("he", "not", sub(he, 2, "כמות: לא 12 אלא 21"), {"qty": 21}, HE)
r105_var("he", "drift", ins(sub(he, 3, "הנחה: 450 ₪"), 4, "מחיר: 900 ₪"), {"price": 900}, HE)
r105_var("he", "agorot", sub(he, 3, "מחיר: 450 אגורות"), {"price": 4.5}, HE,
         schema=S({"customer": "string", "qty": "integer", "price": "number"}))

# ---------------- hi order, Devanagari digits
hi = ["आदेश:", "ग्राहक: राहुल शर्मा", "मात्रा: १२", "राशि: 4500 रुपये"]
r105_base("hi", "आदेश का विवरण JSON में निकालें।", hi,
          S({"customer": "string", "qty": "integer", "amount": "integer"}),
          {"customer": "राहुल शर्मा", "qty": 12, "amount": 4500})
HI = ("राहुल शर्मा", "प्रिया वर्मा")
r105_var("hi", "hazar", sub(hi, 3, "राशि: 45 हज़ार रुपये"), {"amount": 45000}, HI)
r105_var("hi", "lakh", sub(hi, 3, "राशि: 4.5 लाख रुपये"), {"amount": 450000}, HI)
r105_var("hi", "corr", sub(hi, 3, "राशि: 4500 रुपये (सुधार: 5400 रुपये)"), {"amount": 5400}, HI)
r105_var("hi", "q15", sub(hi, 2, "मात्रा: १५"), {"qty": 15}, HI)
r105_var("hi", "latin", sub(hi, 2, "मात्रा: 12"), {})
r105_var("hi", "drift", ins(sub(hi, 3, "छूट: 4500 रुपये"), 4, "राशि: 9000 रुपये"), {"amount": 9000}, HI)
r105_var("hi", "paise", sub(hi, 3, "राशि: 4500 पैसे"), {"amount": 45}, HI)

# ---------------- th order
th = ["คำสั่งซื้อ:", "ลูกค้า: สมชาย ใจดี", "จำนวน: 12", "ราคา: 450 บาท"]
r105_base("th", "ดึงข้อมูลคำสั่งซื้อเป็น JSON", th,
          S({"customer": "string", "qty": "integer", "price": "integer"}),
          {"customer": "สมชาย ใจดี", "qty": 12, "price": 450})
TH = ("สมชาย ใจดี", "สุดา แก้วดี")
r105_var("th", "corr", sub(th, 3, "ราคา: 450 บาท (แก้ไข: 540 บาท)"), {"price": 540}, TH)
r105_var("th", "thd", sub(th, 3, "ราคา: ๔๕๐ บาท"), {})
r105_var("th", "muen", sub(th, 3, "ราคา: 4.5 หมื่นบาท"), {"price": 45000}, TH)
r105_var("th", "q15", sub(th, 2, "จำนวน: ๑๕"), {"qty": 15}, TH)
r105_var("th", "drift", ins(sub(th, 3, "ส่วนลด: 450 บาท"), 4, "ราคา: 900 บาท"), {"price": 900}, TH)
r105_var("th", "satang", sub(th, 3, "ราคา: 450 สตางค์"), {"price": 4.5}, TH,
         schema=S({"customer": "string", "qty": "integer", "price": "number"}))

# ---------------- mixed: CJK keys, English labels
mx = ["Profile:", "Name: Li Wei", "Age: 33", "City: Shanghai"]
r105_base("mx", "Return the profile as JSON.", mx,
          S({"姓名": "string", "年龄": "integer", "城市": "string"}),
          {"姓名": "Li Wei", "年龄": 33, "城市": "Shanghai"})
MX = ("Li Wei", "Chen Jing")
r105_var("mx", "corr", sub(mx, 2, "Age: 33 (correction: 35)"), {"年龄": 35}, MX)
r105_var("mx", "drift", ins(sub(mx, 2, "Years at company: 33"), 3, "Age: 41"), {"年龄": 41}, MX)
r105_var("mx", "moved", sub(mx, 3, "City: Shanghai (moved to Beijing in 2026)"), {"城市": "Beijing"}, MX)
r105_var("mx", "born", ins(sub(mx, 3, "Birthplace: Shanghai"), 4, "City: Beijing"), {"城市": "Beijing"}, MX)
r105_var("mx", "keyren", ["Profile:", "Name: Li Wei", "Age: 33", "City: Shanghai", "Note: born in Hangzhou"], {"城市": "Shanghai"})
J("d105-mx-keyren2", "r105_var", "Return the profile as JSON.\n\n" + "\n".join(["Profile:", "Name: Li Wei", "Age: 33", "City: Shanghai", "Note: born in Hangzhou"]) + "\n",
  S({"姓名": "string", "年龄": "integer", "出生城市": "string"}), {"姓名": "Li Wei", "年龄": 33, "出生城市": "Hangzhou"},
  [{"姓名": "Li Wei", "年龄": 33, "出生城市": "Shanghai"}, {"姓名": "Li Wei", "年龄": 33, "出生城市": "Hangzhou"}])
r105_PAIRS.append(("d105-mx-keyren", "d105-mx-keyren2"))

# ---------------- mixed: Latin keys and labels, Chinese value notes
ml = ["Shipment:", "Consignee: 陈静", "Weight: 40 kg", "Pieces: 12"]
r105_base("ml", "Return the shipment as JSON.", ml,
          S({"consignee": "string", "weight_kg": "number", "pieces": "integer"}),
          {"consignee": "陈静", "weight_kg": 40, "pieces": 12})
ML = ("陈静", "刘洋")
r105_var("ml", "corr", sub(ml, 2, "Weight: 40 kg（正确为42 kg）"), {"weight_kg": 42}, ML)
r105_var("ml", "jin", sub(ml, 2, "Weight: 40 斤"), {"weight_kg": 20}, ML)
r105_var("ml", "wan", sub(ml, 3, "Pieces: 12万"), {"pieces": 120000}, ML)
r105_var("ml", "ru", sub(ml, 2, "Weight: 40 кг (исправлено: 44 кг)"), {"weight_kg": 44}, ML)
r105_var("ml", "tons", sub(ml, 2, "Weight: 40 吨"), {"weight_kg": 40000}, ML)

# ---------------- zh two records, which one
zr = ["乘客1：姓名：张伟，座位：12A", "乘客2：姓名：李娜，座位：14C"]
r105_base("zr", "请提取第二位乘客的信息，返回JSON。", zr,
          S({"name": "string", "seat": "string"}), {"name": "李娜", "seat": "14C"})
r105_var("zr", "swap", ["乘客1：姓名：李娜，座位：14C", "乘客2：姓名：张伟，座位：12A"], {"name": "张伟", "seat": "12A"})
r105_var("zr", "seat", ["乘客1：姓名：张伟，座位：14C", "乘客2：姓名：李娜，座位：12A"], {"seat": "12A"})
r105_var("zr", "chg", ["乘客1：姓名：张伟，座位：12A", "乘客2：姓名：李娜，座位：14C（已换至15D）"], {"seat": "15D"})

# ---------------- zh label drift: birth vs hire date
zd = ["员工：", "姓名：刘洋", "出生日期：1990年5月8日", "部门：财务部"]
r105_base("zd", "请提取员工信息为JSON。", zd,
          S({"name": "string", "birth_date": "string", "dept": "string"}, {"birth_date": "出生日期，原样"}),
          {"name": "刘洋", "birth_date": "1990年5月8日", "dept": "财务部"})
ZD = ("刘洋", "赵敏")
r105_var("zd", "hire", ins(sub(zd, 2, "入职日期：1990年5月8日"), 2, "出生日期：1968年2月3日"), {"birth_date": "1968年2月3日"}, ZD)
r105_var("zd", "dept", sub(zd, 3, "部门：财务部（2026年起调至人事部）"), {"dept": "人事部"}, ZD)
r105_var("zd", "prevdept", ins(sub(zd, 3, "原部门：财务部"), 4, "部门：人事部"), {"dept": "人事部"}, ZD)

# control (Latin)
r105_base("ct", "Return the employee's name and age.", ["Record:", "Name: Tomas Ek", "Age: 40"], S({"name": "string", "age": "integer"}), {"name": "Tomas Ek", "age": 40})
r105_var("ct", "upd", ["Record:", "Name: Tomas Ek", "Age: 40 (correction: 42)"], {"age": 42})

# ================= stored-shape attacks: Latin keys + Latin labels, non-Latin words around
def r105_mk(intro, fields):
    return (intro + "\n" if intro else "") + "\n".join(fields)
r105_oi = "Please process the following order record."
r105_of = ["Customer: 王小明", "Qty: 12", "Amount: 3600"]
r105_base("o", "Return the order's details as JSON.", [r105_oi] + r105_of,
          S({"customer": "string", "qty": "integer", "amount": "integer"}), {"customer": "王小明", "qty": 12, "amount": 3600})
O = ("王小明", "李晓红")
def r105_o(vt, lines, ch): r105_var("o", vt, lines, ch, O)
intros = [
 ("i-ru", "Обработайте следующий заказ, все суммы указаны в тысячах рублей.", {"amount": 3600000}),
 ("i-ru2", "Please process the following order record, суммы в тысячах.", {"amount": 3600000}),
 ("i-zh", "Please process the following order record, 金额单位：万元.", {"amount": 36000000}),
 ("i-zh2", "请处理以下订单记录，金额单位为万元。", {"amount": 36000000}),
 ("i-zh3", "Please process the following order record (金额以万元计).", {"amount": 36000000}),
 ("i-el", "Επεξεργαστείτε την παρακάτω παραγγελία, τα ποσά είναι σε χιλιάδες ευρώ.", {"amount": 3600000}),
 ("i-ar", "يرجى معالجة الطلب التالي، جميع المبالغ بآلاف الريالات.", {"amount": 3600000}),
 ("i-he", "נא לעבד את ההזמנה הבאה, כל הסכומים באלפי שקלים.", {"amount": 3600000}),
 ("i-hi", "कृपया निम्न आदेश संसाधित करें, सभी राशियाँ हज़ार रुपये में हैं.", {"amount": 3600000}),
 ("i-ja", "Please process the following order record, 数量はダース単位です.", {"qty": 144}),
 ("i-ko", "다음 주문 기록을 처리하세요, 금액 단위는 천 원입니다.", {"amount": 3600000}),
 ("i-th", "โปรดดำเนินการคำสั่งซื้อต่อไปนี้ จำนวนเงินทั้งหมดเป็นพันบาท.", {"amount": 3600000}),
 ("i-uk", "Опрацюйте наступне замовлення, усі суми в тисячах гривень.", {"amount": 3600000}),
 ("i-ru-dz", "Обработайте следующий заказ, количество указано в дюжинах.", {"qty": 144}),
 ("i-ru-cust", "Обработайте следующий заказ, покупатель ниже указан вместо получателя Ли Наны.", {}),
]
for vt, intro, ch in intros:
    if ch: r105_o(vt, [intro] + r105_of, ch)
# notes below the record in other scripts (no digits)
notes = [
 ("n-zh", "备注：以上金额单位为万元。", {"amount": 36000000}),
 ("n-zh2", "注：数量按箱计，每箱十二件。", {"qty": 144}),
 ("n-ru", "Примечание: сумма указана в тысячах рублей.", {"amount": 3600000}),
 ("n-el", "Σημείωση: το ποσό είναι σε χιλιάδες ευρώ.", {"amount": 3600000}),
 ("n-ja", "備考：金額は千円単位です。", {"amount": 3600000}),
]
for vt, n, ch in notes:
    r105_o(vt, [r105_oi] + r105_of + [n], ch)
# the member's own line, non-Latin words
own = [
 ("wan", 2, "Amount: 3600万", {"amount": 36000000}),
 ("wan-sp", 2, "Amount: 3600 万", {"amount": 36000000}),
 ("wanyuan", 2, "Amount: 3600 万元", {"amount": 36000000}),
 ("qian", 2, "Amount: 3600 千元", {"amount": 3600000}),
 ("tys", 2, "Amount: 3600 тыс.", {"amount": 3600000}),
 ("tys2", 2, "Amount: 3600 тысяч", {"amount": 3600000}),
 ("chil", 2, "Amount: 3600 χιλ.", {"amount": 3600000}),
 ("alf", 2, "Amount: 3600 ألف", {"amount": 3600000}),
 ("elef", 2, "Amount: 3600 אלף", {"amount": 3600000}),
 ("hazar", 2, "Amount: 3600 हज़ार", {"amount": 3600000}),
 ("lakh", 2, "Amount: 36 लाख", {"amount": 3600000}),
 ("phan", 2, "Amount: 3600 พัน", {"amount": 3600000}),
 ("cheon", 2, "Amount: 3600 천", {"amount": 3600000}),
 ("man", 2, "Amount: 3600 만", {"amount": 36000000}),
 ("fen", 2, "Amount: 3600 分", {"amount": 36}),
 ("kop", 2, "Amount: 3600 коп.", {"amount": 36}),
 ("corr-fw", 2, "Amount: 3600（正しくは3800）", {"amount": 3800}),
 ("corr-sp", 2, "Amount: 3600 （更正：3800）", {"amount": 3800}),
 ("corr-ru", 2, "Amount: 3600 (исправлено: 3800)", {"amount": 3800}),
 ("corr-ru2", 2, "Amount: 3600 — ошибка, верно 3800", {"amount": 3800}),
 ("neg-zh", 2, "Amount: 不是3600，是3800", {"amount": 3800}),
 ("neg-ru", 2, "Amount: не 3600, а 3800", {"amount": 3800}),
 ("q-dz", 1, "Qty: 12 дюжин", {"qty": 144}),
 ("q-da", 1, "Qty: 12ダース", {"qty": 144}),
 ("q-box", 1, "Qty: 12 箱（每箱12件）", {"qty": 144}),
 ("q-cjk", 1, "Qty: 十五", {"qty": 15}),
 ("q-fw", 1, "Qty: １５", {"qty": 15}),
 ("q-ar", 1, "Qty: ١٥", {"qty": 15}),
 ("q-dev", 1, "Qty: १५", {"qty": 15}),
 ("q-th", 1, "Qty: ๑๕", {"qty": 15}),
 ("q-ret", 1, "Qty: 12（退货）", {"qty": -12}),
]
for vt, i, t, ch in own:
    r105_o(vt, [r105_oi] + sub(r105_of, i, t), ch)
# another field with a non-Latin label carrying the new value; the member's line unchanged
fld = [
 ("f-zh", "更正金额：3800", {"amount": 3800}),
 ("f-ru", "Исправленная сумма: 3800", {"amount": 3800}),
 ("f-ja", "正しい金額：3800", {"amount": 3800}),
 ("f-ko", "정정 금액: 3800", {"amount": 3800}),
 ("f-el", "Διορθωμένο ποσό: 3800", {"amount": 3800}),
 ("f-q", "实际数量：15", {"qty": 15}),
]
for vt, f, ch in fld:
    r105_o(vt, [r105_oi] + r105_of + [f], ch)
# customer string: non-Latin value changes
cust = [
 ("c-1ch", "Customer: 王小朋", {"customer": "王小朋"}),
 ("c-fwp", "Customer: 王小明（代李娜订）", {"customer": "李娜"}),
 ("c-was", "Customer: 李娜（原为王小明）", {"customer": "李娜"}),
 ("c-sp", "Customer: 王小明 → 李娜", {"customer": "李娜"}),
 ("c-not", "Customer: 不是王小明，是李娜", {"customer": "李娜"}),
 ("c-ru", "Customer: 王小明 (заменён на Ли На)", {"customer": "Ли На"}),
]
for vt, t, ch in cust:
    r105_o(vt, [r105_oi] + sub(r105_of, 0, t), ch)

# boolean member with non-Latin no
r105_pi = "Please process the following invoice record."
r105_pf = ["Client: Иван Петров", "Amount: 500", "Paid: yes"]
r105_base("p", "Return the invoice's details as JSON.", [r105_pi] + r105_pf,
          S({"client": "string", "amount": "integer", "paid": "boolean"}), {"client": "Иван Петров", "amount": 500, "paid": True})
PP = ("Иван Петров", "Ольга Смирнова")
for vt, t in [("no-ru", "Paid: нет"), ("no-zh", "Paid: 否"), ("no-ja", "Paid: いいえ"), ("no-ko", "Paid: 아니요"),
              ("no-el", "Paid: όχι"), ("no-ar", "Paid: لا"), ("no-he", "Paid: לא"), ("no-hi", "Paid: नहीं"),
              ("no-th", "Paid: ไม่"), ("no-zh2", "Paid: 未付"), ("yesno", "Paid: yes（已退款，视为未付）"),
              ("no-ru2", "Paid: ещё нет"), ("no-zh3", "Paid: 尚未")]:
    r105_var("p", vt, [r105_pi] + sub(r105_pf, 2, t), {"paid": False}, PP)
for vt, n in [("n-ru", "Примечание: счёт не оплачен."), ("n-zh", "备注：该发票尚未付款。"), ("i-ru", None)]:
    if n: r105_var("p", vt, [r105_pi] + r105_pf + [n], {"paid": False}, PP)
r105_var("p", "i-ru", ["Обработайте следующий счёт, отметка об оплате ошибочна, счёт не оплачен."] + r105_pf, {"paid": False}, PP)

# weight with unit words
r105_wi = "Please process the following parcel record."
r105_wf = ["Sender: 陈静", "Weight: 40 kg", "Pieces: 3"]
r105_base("w", "Return the parcel's details as JSON.", [r105_wi] + r105_wf,
          S({"sender": "string", "weight_kg": "number", "pieces": "integer"}), {"sender": "陈静", "weight_kg": 40, "pieces": 3})
WW = ("陈静", "刘洋")
for vt, t, v in [("jin", "Weight: 40 斤", 20), ("bang", "Weight: 40 磅", 18.14), ("funt", "Weight: 40 фунтов", 18.14),
                 ("g-ru", "Weight: 40 г", 0.04), ("g-zh", "Weight: 40 克", 0.04), ("t-zh", "Weight: 40 吨", 40000),
                 ("t-ru", "Weight: 40 т", 40000), ("liv", "Weight: 40 λίβρες", 18.14), ("g-ar", "Weight: 40 غرام", 0.04),
                 ("g-th", "Weight: 40 กรัม", 0.04), ("kwan", "Weight: 40 貫", 150), ("g-ko", "Weight: 40 그램", 0.04)]:
    r105_var("w", vt, [r105_wi] + sub(r105_wf, 1, t), {"weight_kg": v}, WW)
for vt, t in [("kg-zh", "Weight: 40 公斤"), ("kg-ru", "Weight: 40 кг"), ("kg-ja", "Weight: 40 キロ")]:
    r105_var("w", vt, [r105_wi] + sub(r105_wf, 1, t), {})

# ---- instruction variants on the stored base o (same record)
def r105_oinstr(vt, instr, ch):
    exp = {"customer": "王小明", "qty": 12, "amount": 3600}; exp.update(ch)
    vid = "d105-o-%s" % vt
    J(vid, "r105_instr", instr + "\n\n" + "\n".join([r105_oi] + r105_of) + "\n", r105_B["o"]["schema"], exp,
      [r105_B["o"]["exp"], exp])
    r105_PAIRS.append(("d105-o-base", vid))
for vt, instr, ch in [
 ("I-fen", "Return the order's details as JSON, 金额换算成分.", {"amount": 360000}),
 ("I-fen2", "Return the order's details as JSON (金额以分为单位).", {"amount": 360000}),
 ("I-kop", "Return the order's details as JSON, сумму в копейках.", {"amount": 360000}),
 ("I-lepta", "Return the order's details as JSON, ποσό σε λεπτά.", {"amount": 360000}),
 ("I-sen", "Return the order's details as JSON（金額は銭単位）.", {"amount": 360000}),
 ("I-da", "Return the order's details as JSON, 数量按打计.", {"qty": 1}),
 ("I-dz", "Return the order's details as JSON, количество в дюжинах.", {"qty": 1}),
 ("I-x2", "Return the order's details as JSON, 数量翻倍.", {"qty": 24}),
 ("I-ru", "Верните данные заказа в JSON, сумму в копейках.", {"amount": 360000}),
 ("I-zh", "请以JSON返回订单信息，金额换算成分。", {"amount": 360000}),
 ("I-pinyin", "Return the order's details as JSON, customer in pinyin.", {"customer": "Wang Xiaoming"}),
 ("I-latin", "Return the order's details as JSON, 客户名写成拼音.", {"customer": "Wang Xiaoming"}),
 ("I-ru-cyr", "Return the order's details as JSON, имя клиента кириллицей.", {"customer": "Ван Сяомин"}),
]:
    r105_oinstr(vt, instr, ch)
# label qualifiers (scale in the label)
for vt, i, t, ch in [
 ("L-wan", 2, "Amount (万元): 3600", {"amount": 36000000}),
 ("L-wan2", 2, "Amount（万元）: 3600", {"amount": 36000000}),
 ("L-tys", 2, "Amount (тыс.): 3600", {"amount": 3600000}),
 ("L-chil", 2, "Amount (χιλ.): 3600", {"amount": 3600000}),
 ("L-sen", 2, "Amount（千円）: 3600", {"amount": 3600000}),
 ("L-da", 1, "Qty（打）: 12", {"qty": 144}),
 ("L-dz", 1, "Qty (дюжин): 12", {"qty": 144}),
 ("L-ret", 1, "Qty 退货: 12", {"qty": 0}),
 ("L-fen", 2, "Amount (分): 3600", {"amount": 36}),
]:
    r105_o(vt, [r105_oi] + sub(r105_of, i, t), ch)

# ---- pointer base: two name members
r105_ri = "Please process the following order record."
r105_rf = ["Customer: 王小明", "Recipient: 李娜", "Qty: 12"]
r105_base("r", "Return the order's details as JSON.", [r105_ri] + r105_rf,
          S({"customer": "string", "recipient": "string", "qty": "integer"}), {"customer": "王小明", "recipient": "李娜", "qty": 12})
for vt, t in [("same-zh", "同上"), ("same-zh2", "同客户"), ("same-ja", "同左"), ("ditto", "〃"), ("same-ru", "то же"),
              ("same-ru2", "см. выше"), ("same-ko", "위와 같음"), ("same-el", "ως άνω"), ("same-ar", "كما أعلاه"),
              ("same-he", "כנ״ל"), ("same-hi", "उपरोक्त"), ("same-th", "เช่นเดียวกัน"), ("self-zh", "本人"),
              ("self-ja", "本人"), ("self-ru", "сам"), ("same-zh3", "同订购人"), ("benren", "客户本人")]:
    if vt == "self-ja": continue
    r105_var("r", vt, [r105_ri] + sub(r105_rf, 1, "Recipient: " + t), {"recipient": "王小明"})
r105_var("r", "same-above", [r105_ri] + sub(r105_rf, 1, "Recipient: 上同"), {"recipient": "王小明"})

# ---- round 2 of label qualifiers in fullwidth brackets
for vt, i, t, ch in [
 ("M-tys", 2, "Amount（тыс.）: 3600", {"amount": 3600000}),
 ("M-chil", 2, "Amount（χιλ.）: 3600", {"amount": 3600000}),
 ("M-fen", 2, "Amount（分）: 3600", {"amount": 36}),
 ("M-k", 2, "Amount（k）: 3600", {"amount": 3600000}),
 ("M-thou", 2, "Amount（in thousands）: 3600", {"amount": 3600000}),
 ("M-cents", 2, "Amount（cents）: 3600", {"amount": 36}),
 ("M-x1000", 2, "Amount（×1000）: 3600", {"amount": 3600000}),
 ("M-lent", 2, "Amount【万元】: 3600", {"amount": 36000000}),
 ("M-sq", 2, "Amount［万元］: 3600", {"amount": 36000000}),
 ("M-kagi", 2, "Amount「万元」: 3600", {"amount": 36000000}),
 ("M-fwcolon", 2, "Amount（万元）：3600", {"amount": 36000000}),
 ("M-corr", 2, "Amount（应为3800）: 3600", {"amount": 3800}),
 ("M-corr-ja", 2, "Amount（正しくは3800）: 3600", {"amount": 3800}),
 ("M-wrong", 2, "Amount（有误，请重新核对）: 3600", {"amount": None}),
 ("M-man-ko", 2, "Amount（만 원）: 3600", {"amount": 36000000}),
 ("M-alf", 2, "Amount（بالآلاف）: 3600", {"amount": 3600000}),
 ("M-hazar", 2, "Amount（हज़ार）: 3600", {"amount": 3600000}),
 ("M-phan", 2, "Amount（พันบาท）: 3600", {"amount": 3600000}),
 ("M-elef", 2, "Amount（אלפים）: 3600", {"amount": 3600000}),
 ("M-box", 1, "Qty（箱，每箱12件）: 12", {"qty": 144}),
 ("M-dz", 1, "Qty（дюжин）: 12", {"qty": 144}),
 ("M-unship", 1, "Qty（未发货）: 12", {"qty": 0}),
 ("M-refund", 2, "Amount（退款）: 3600", {"amount": -3600}),
 ("M-space", 2, "Amount （万元）: 3600", {"amount": 36000000}),
 ("M-after", 2, "Amount: 3600（万元）", {"amount": 36000000}),
 ("M-sen", 2, "Amount（千円単位）: 3600", {"amount": 3600000}),
]:
    if ch.get("amount", 1) is None: continue
    r105_o(vt, [r105_oi] + sub(r105_of, i, t), ch)
# pointer singles: another record, the model's first answer copies the pointer word
R2 = ("王小明", "陈静")
for vt, t in [("same-zh", "同上"), ("same-zh2", "同客户"), ("self-zh", "本人"), ("benren", "客户本人"), ("same-ja", "同左"),
              ("self-ru", "сам"), ("same-above", "上同"), ("same-zh3", "同订购人"), ("jianshang", "见上"), ("tongqian", "同前"),
              ("ko-sang", "상동"), ("ko-bon", "본인"), ("ja-jou", "上記と同じ"), ("ru-on", "он же"), ("ru-tot", "тот же"),
              ("el-idios", "ο ίδιος"), ("he-atsmo", "הוא עצמו"), ("ar-nafs", "نفسه"), ("hi-svayam", "स्वयं"), ("th-same", "คนเดียวกัน"),
              ("zh-ziji", "自己"), ("ja-gohonnin", "ご本人")]:
    lines = [r105_ri, "Customer: 陈静", "Recipient: " + t, "Qty: 12"]
    sid = "d105-s-r2-%s" % vt
    J(sid, "r105_single", "Return the order's details as JSON.\n\n" + "\n".join(lines) + "\n", r105_B["r"]["schema"],
      {"customer": "陈静", "recipient": "陈静", "qty": 12}, [{"customer": "陈静", "recipient": t, "qty": 12}, {"customer": "陈静", "recipient": "陈静", "qty": 12}])
    r105_SINGLES.append(sid)
    if vt in ("jianshang", "tongqian", "ko-sang", "ko-bon", "ja-jou", "ru-on", "ru-tot", "el-idios", "he-atsmo", "ar-nafs", "hi-svayam", "th-same", "zh-ziji", "ja-gohonnin"):
        r105_var("r", "p2-" + vt, [r105_ri] + sub(r105_rf, 1, "Recipient: " + t), {"recipient": "王小明"})

# ---- controls: ASCII brackets of other kinds in the label
for vt, i, t, ch in [
 ("A-sq", 2, "Amount [万元]: 3600", {"amount": 36000000}),
 ("A-sqk", 2, "Amount [k]: 3600", {"amount": 3600000}),
 ("A-brace", 2, "Amount {k}: 3600", {"amount": 3600000}),
 ("A-angle", 2, "Amount <k>: 3600", {"amount": 3600000}),
 ("A-par", 2, "Amount (k): 3600", {"amount": 3600000}),
 ("A-parcorr", 2, "Amount (should be 3800): 3600", {"amount": 3800}),
 ("A-sqcorr", 2, "Amount [should be 3800]: 3600", {"amount": 3800}),
]:
    r105_o(vt, [r105_oi] + sub(r105_of, i, t), ch)


# Left out of the ctest set, as the tester called their right answer a reading: a quantity
# whose label says "returned" (退货) with no brackets, read as 0.
P[:] = [p for p in P if p["id"] not in {"d105-o-L-ret", "d105-s-o-L-ret"}]
