"""Red-team round 95 (black box, stepcache-s32): see FINDINGS.md. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401


# ---- helpers S, J, E and main() copied from tests/redteam/probes.py / probe_kit.py


r95_BASES = {}


def r95_render(instr, noun, fields):
    return instr + "\n\nText:\nPlease process the following %s.\n" % noun + "\n".join("%s: %s" % f for f in fields) + "\nEnd of %s." % noun


def r95_base(tag, instr, noun, fields, keys, schema):
    """fields: [(label, text)]; keys: {json_key: (label, value)}"""
    exp = {k: v for k, (lab, v) in keys.items()}
    r95_BASES[tag] = dict(instr=instr, noun=noun, fields=fields, keys=keys, schema=schema, exp=exp)
    J("d95-%s-base" % tag, "r95_base", r95_render(instr, noun, fields), schema, exp, [exp])


def r95_var(tag, key, variants, fam="r95_value"):
    """variants: [(vt, new_text, right_value)] for member key."""
    b = r95_BASES[tag]
    lab = b["keys"][key][0]
    for v in variants:
        vt, text, right = v[:3]
        f = v[3] if len(v) > 3 else fam
        fields = [(l, text if l == lab else t) for l, t in b["fields"]]
        exp = dict(b["exp"]); exp[key] = right
        safe = exp == b["exp"]
        J("d95-%s-%s" % (tag, vt), f + ("_safe" if safe else ""), r95_render(b["instr"], b["noun"], fields), b["schema"], exp,
          [exp] if safe else [b["exp"], exp], safe=safe)


# ---------------------------------------------------------------- guest (names, cities)
r95_base("g", "Return the booking's details as JSON.", "booking record",
         [("Phone", "555-0101"), ("Guest", "Mira Holt"), ("Room", "214"), ("City", "Oslo")],
         {"guest": ("Guest", "Mira Holt"), "room": ("Room", 214), "city": ("City", "Oslo")},
         S({"guest": "string", "room": "integer", "city": "string"}))
r95_var("g", "guest", [
    ("plain", "Lena Storm", "Lena Storm"),
    ("obrien", "Liam O'Brien", "Liam O'Brien"),
    ("darcy", "D'Arcy Lund", "D'Arcy Lund"),
    ("obrien-c", "Liam O’Brien", "Liam O’Brien"),
    ("hyph", "Anne-Marie Dahl", "Anne-Marie Dahl"),
    ("jr", "Martin Luther King Jr.", "Martin Luther King Jr."),
    ("jr2", "Lena Storm, Jr.", "Lena Storm, Jr."),
    ("init", "A. B. Lee", "A. B. Lee"),
    ("init2", "Lee, A. B.", "Lee, A. B."),
    ("dr", "Dr. Lena Storm", "Dr. Lena Storm"),
    ("guil", "«Liam O'Brien»", "Liam O'Brien"),
    ("curly", "“Liam O'Brien”", "Liam O'Brien"),
    ("ascii", "\"Liam O'Brien\"", "Liam O'Brien"),
    ("sq", "'Liam O'Brien'", "Liam O'Brien", "r95_ambig"),
    ("lowq", "„Lena Storm“", "Lena Storm"),
    ("cjk", "「Lena Storm」", "Lena Storm"),
    ("cjk2", "『Lena Storm』", "Lena Storm"),
    ("dang", "《Lena Storm》", "Lena Storm"),
    ("angle", "〈Lena Storm〉", "Lena Storm"),
    ("single", "‹Lena Storm›", "Lena Storm"),
    ("fw", "＂Lena Storm＂", "Lena Storm"),
    ("inner", "Jonas \"JB\" Berg", "Jonas \"JB\" Berg"),
    ("inner-w", "\"Jonas \"JB\" Berg\"", "Jonas \"JB\" Berg"),
    ("inner-g", "«Jonas \"JB\" Berg»", "Jonas \"JB\" Berg"),
    ("nick-first", "\"JB\" Berg", "\"JB\" Berg"),
    ("twopair", "\"Ma\" Rainey \"Sr\"", "\"Ma\" Rainey \"Sr\""),
    ("twopair-g", "«Bo» Dahl «junior»", "«Bo» Dahl «junior»"),
    ("twopair-c", "“Doc” Holm “the Kid”", "“Doc” Holm “the Kid”"),
    ("nested", "«“Lena Storm”»", "Lena Storm"),
    ("onestart", "«Lena Storm", "Lena Storm", "r95_ambig"),
    ("oneend", "Lena Storm»", "Lena Storm", "r95_ambig"),
    ("empty", "«»", "", "r95_ambig"),
    ("fn1", "Lena Storm¹", "Lena Storm"),
    ("fnstar", "Lena Storm*", "Lena Storm"),
    ("dagger", "Lena Storm†", "Lena Storm"),
    ("fnbr", "Lena Storm [1]", "Lena Storm"),
    ("sic", "Lena Strom (sic)", "Lena Strom"),
    ("strike", "~~Mira Holt~~ Lena Storm", "Lena Storm"),
    ("strike-h", "<s>Mira Holt</s> Lena Storm", "Lena Storm"),
    ("zwsp", "Lena Storm\u200b", "Lena Storm", "r95_cosmetic"),
    ("zwsp-in", "Lena\u200b Storm", "Lena Storm", "r95_cosmetic"),
    ("rlm", "\u200fLena Storm", "Lena Storm", "r95_cosmetic"),
    ("nbsp", "Lena\u00a0Storm", "Lena Storm", "r95_cosmetic"),
    ("fwname", "Ｌｅｎａ Ｓｔｏｒｍ", "Ｌｅｎａ Ｓｔｏｒｍ"),
    ("surname1st", "O'Brien, Liam", "O'Brien, Liam"),
    ("period", "Lena Storm.", "Lena Storm"),
    ("emoji", "Lena Storm 🌸", "Lena Storm", "r95_ambig"),
    ("quote-dot", "«Lena Storm».", "Lena Storm"),
    ("q-same", "«Mira Holt»", "Mira Holt"),
    ("q-same-c", "“Mira Holt”", "Mira Holt"),
    ("q-sq-mira", "'Mira Holt'", "Mira Holt"),
    ("apos-end", "Chris Evans'", "Chris Evans'", "r95_ambig"),
])
r95_var("g", "city", [
    ("c-plain", "Bergen", "Bergen"),
    ("c-stjohns", "St. John's", "St. John's"),
    ("c-sherto", "'s-Hertogenbosch", "'s-Hertogenbosch"),
    ("c-sgrav", "'s-Gravenhage", "'s-Gravenhage"),
    ("c-strat", "Stratford-upon-Avon", "Stratford-upon-Avon"),
    ("c-dc", "Washington, D.C.", "Washington, D.C."),
    ("c-guil", "«Bergen»", "Bergen"),
    ("c-low", "„Köln“", "Köln"),
    ("c-sing", "‹Genève›", "Genève"),
    ("c-slash", "Winston-Salem/Greensboro", "Winston-Salem/Greensboro"),
    ("c-sic", "Bergn (sic)", "Bergn"),
    ("c-kyoto", "「京都」", "京都"),
    ("c-star", "Bergen*", "Bergen"),
    ("c-strike", "<s>Oslo</s> Bergen", "Bergen"),
    ("c-nbsp", "Bergen\u00a0", "Bergen", "r95_cosmetic"),
    ("c-etienne", "Saint-Étienne", "Saint-Étienne"),
    ("c-par", "(Bergen)", "Bergen", "r95_ambig"),
    ("c-br", "[Bergen]", "Bergen", "r95_ambig"),
    ("c-two", "«Bergen» or «Voss»", "«Bergen» or «Voss»"),
    ("c-frsp", "«\u00a0Bergen\u00a0»", "Bergen"),
    ("c-osloq", "«Oslo»", "Oslo"),
])

# ---------------------------------------------------------------- book (titles)
r95_base("b", "Return the book's details as JSON.", "book record",
         [("Title", "War and Peace"), ("Author", "Leo Tolstoy"), ("Year", "1869"), ("Shelf", "B4")],
         {"title": ("Title", "War and Peace"), "author": ("Author", "Leo Tolstoy"), "year": ("Year", 1869)},
         S({"title": "string", "author": "string", "year": "integer"}))
r95_var("b", "title", [
    ("plain", "Anna Karenina", "Anna Karenina"),
    ("petit", "«Le \"Petit\" Prince»", "Le \"Petit\" Prince"),
    ("petit2", "Le “Petit” Prince", "Le “Petit” Prince"),
    ("krig", "«Krig» og «fred»", "«Krig» og «fred»"),
    ("yesno", "\"Yes\" or \"No\"", "\"Yes\" or \"No\""),
    ("oasis", "(What's the Story) Morning Glory?", "(What's the Story) Morning Glory?"),
    ("stones", "(I Can't Get No) Satisfaction", "(I Can't Get No) Satisfaction"),
    ("yukiguni", "『雪国』", "雪国"),
    ("twojp", "「雪国」と「古都」", "「雪国」と「古都」"),
    ("twojp2", "『雪国』と『古都』", "『雪国』と『古都』"),
    ("hlm", "《红楼梦》", "红楼梦"),
    ("twocn", "《红楼梦》与《西游记》", "《红楼梦》与《西游记》"),
    ("ode", "〈Ode〉", "Ode"),
    ("tobe", "“To be, or not to be”", "To be, or not to be"),
    ("catch", "Catch-22", "Catch-22"),
    ("n1984", "1984", "1984"),
    ("hp", "Harry Potter and the Philosopher's Stone", "Harry Potter and the Philosopher's Stone"),
    ("hhg", "The Hitchhiker's Guide to the Galaxy [1]", "The Hitchhiker's Guide to the Galaxy"),
    ("cpp", "C++ Primer", "C++ Primer"),
    ("raven", "“The Raven”", "The Raven"),
    ("faust", "„Faust“", "Faust"),
    ("faust2", "„Faust“ und „Woyzeck“", "„Faust“ und „Woyzeck“"),
    ("candide", "‹Candide›", "Candide"),
    ("candide2", "«Candide» ou «L'Optimisme»", "«Candide» ou «L'Optimisme»"),
    ("candide3", "«\u00a0Candide\u00a0»", "Candide"),
    ("tis", "'Tis the Season", "'Tis the Season"),
    ("sq-pair", "'Twas the Night Before Christmas'", "'Twas the Night Before Christmas'", "r95_ambig"),
    ("ellip", "…And Then There Were None", "…And Then There Were None"),
    ("qmark", "Who's Afraid of Virginia Woolf?", "Who's Afraid of Virginia Woolf?"),
    ("excl", "Oklahoma!", "Oklahoma!"),
    ("title-in-t", "The \"Odyssey\"", "The \"Odyssey\""),
    ("q-wp", "«War and Peace»", "War and Peace"),
    ("q-wp-c", "“War and Peace”", "War and Peace"),
    ("wp-fn", "War and Peace¹", "War and Peace"),
    ("strike", "~~War and Peace~~ Anna Karenina", "Anna Karenina"),
    ("partq", "War and \"Peace\"", "War and \"Peace\""),
    ("partq2", "\"War\" and Peace", "\"War\" and Peace"),
    ("partq3", "\"War\" and \"Peace\"", "\"War\" and \"Peace\""),
    ("bracket2", "[Draft] Memoirs [v2]", "[Draft] Memoirs [v2]"),
    ("emoji", "I ❤ Oslo", "I ❤ Oslo"),
    ("zwj", "War and Peace\u200d", "War and Peace", "r95_cosmetic"),
    ("quote-only", "\"", "\"", "r95_ambig"),
])
r95_var("b", "author", [
    ("a-plain", "Fyodor Dostoevsky", "Fyodor Dostoevsky"),
    ("a-saint", "Antoine de Saint-Exupéry", "Antoine de Saint-Exupéry"),
    ("a-jrr", "J. R. R. Tolkien", "J. R. R. Tolkien"),
    ("a-ngugi", "Ngũgĩ wa Thiong'o", "Ngũgĩ wa Thiong'o"),
    ("a-guil", "«J. R. R. Tolkien»", "J. R. R. Tolkien"),
    ("a-rev", "Tolkien, J. R. R.", "Tolkien, J. R. R."),
    ("a-flann", "Flann O'Brien", "Flann O'Brien"),
    ("a-jr", "Kurt Vonnegut Jr.", "Kurt Vonnegut Jr."),
    ("a-sic", "Leo Tolstoi (sic)", "Leo Tolstoi"),
    ("a-twopair", "\"Lev\" Tolstoy \"Count\"", "\"Lev\" Tolstoy \"Count\""),
    ("a-q-same", "«Leo Tolstoy»", "Leo Tolstoy"),
])

# ---------------------------------------------------------------- ticket (subjects, codes, e-mails)
r95_base("t", "Return the ticket's details as JSON.", "ticket record",
         [("Ticket", "T-881"), ("Subject", "Printer offline"), ("Reporter", "ana@ex.org")],
         {"ticket": ("Ticket", "T-881"), "subject": ("Subject", "Printer offline"), "email": ("Reporter", "ana@ex.org")},
         S({"ticket": "string", "subject": "string", "email": "string"}))
r95_var("t", "subject", [
    ("plain", "Scanner jammed", "Scanner jammed"),
    ("tags", "[URGENT] Invoice overdue [#1234]", "[URGENT] Invoice overdue [#1234]"),
    ("tag1", "[URGENT] Invoice overdue", "[URGENT] Invoice overdue"),
    ("re", "Re: \"Printer offline\"", "Re: \"Printer offline\""),
    ("guil", "«Scanner jammed»", "Scanner jammed"),
    ("again", "Printer offline (again)", "Printer offline (again)"),
    ("bang", "Printer offline!!!", "Printer offline!!!"),
    ("cpp", "C++ build fails", "C++ build fails"),
    ("csharp", "Build fails on C#", "Build fails on C#"),
    ("e42", "Error \"E42\" on boot", "Error \"E42\" on boot"),
    ("e42b", "\"E42\" on boot, then \"E43\"", "\"E42\" on boot, then \"E43\""),
    ("savecancel", "\"Save\" and \"Cancel\" do nothing", "\"Save\" and \"Cancel\" do nothing"),
    ("savecancel2", "\"Save\" and \"Cancel\"", "\"Save\" and \"Cancel\""),
    ("draft", "(draft) Quarterly report (v2)", "(draft) Quarterly report (v2)"),
    ("emoji", "Printer offline 🔥", "Printer offline 🔥"),
    ("strike-in", "Printer ~~offline~~ online", "Printer online", "r95_ambig"),
    ("whole-q", "“Printer offline”", "Printer offline"),
    ("hash", "#12 stuck in queue", "#12 stuck in queue"),
    ("jp", "「保存」と「取消」が効かない", "「保存」と「取消」が効かない"),
    ("jp2", "「保存」ボタン", "「保存」ボタン"),
    ("jpwhole", "「保存」", "保存"),
    ("jpwhole2", "「「保存」ボタン」", "「保存」ボタン"),
    ("path", "/var/log/ full", "/var/log/ full"),
    ("path2", "/var/log/", "/var/log/"),
    ("md", "*Printer* offline*", "*Printer* offline*", "r95_ambig"),
    ("bold", "**Scanner jammed**", "Scanner jammed"),
    ("code", "`lp0` on fire", "`lp0` on fire"),
    ("code2", "`lp0` and `lp1`", "`lp0` and `lp1`"),
])
r95_var("t", "ticket", [
    ("t-plain", "T-882", "T-882"),
    ("t-hash", "#882", "#882"),
    ("t-slash", "T-881/2", "T-881/2"),
    ("t-guil", "«T-882»", "T-882"),
    ("t-nbh", "T\u2011882", "T\u2011882"),
    ("t-fn", "T-882¹", "T-882"),
    ("t-two", "[T]-[882]", "[T]-[882]"),
    ("t-fw", "Ｔ－８８２", "Ｔ－８８２"),
])
r95_var("t", "email", [
    ("m-plain", "bo.dahl@ex.org", "bo.dahl@ex.org"),
    ("m-apos", "o'brien@ex.org", "o'brien@ex.org"),
    ("m-angle", "<bo@ex.org>", "bo@ex.org"),
    ("m-name", "\"Bo Dahl\" <bo@ex.org>", "bo@ex.org", "r95_ambig"),
    ("m-guil", "«bo@ex.org»", "bo@ex.org"),
    ("m-plus", "bo+test@ex.org", "bo+test@ex.org"),
    ("m-dot", "bo@ex.org.", "bo@ex.org", "r95_ambig"),
    ("m-work", "bo@ex.org (work)", "bo@ex.org", "r95_ambig"),
    ("m-quoted", "\"bo dahl\"@ex.org", "\"bo dahl\"@ex.org"),
    ("m-quoted2", "\"bo\"@\"ex.org\"", "\"bo\"@\"ex.org\"", "r95_ambig"),
    ("m-par", "(bo@ex.org)", "bo@ex.org"),
])

# ---------------------------------------------------------------- product (codes)
r95_base("p", "Return the product's details as JSON.", "product record",
         [("Stock", "7"), ("Product", "Desk lamp"), ("Code", "AB-12/3")],
         {"product": ("Product", "Desk lamp"), "code": ("Code", "AB-12/3"), "stock": ("Stock", 7)},
         S({"product": "string", "code": "string", "stock": "integer"}))
r95_var("p", "code", [
    ("plain", "AB-12/4", "AB-12/4"),
    ("guil", "«AB-12/4»", "AB-12/4"),
    ("ascii", "\"AB-12/4\"", "AB-12/4"),
    ("hash", "#12", "#12"),
    ("par2", "(AB-12)/(4)", "(AB-12)/(4)"),
    ("par1", "(AB)-12/4", "(AB)-12/4"),
    ("br2", "[AB]-12/[4]", "[AB]-12/[4]"),
    ("q2", "\"AB\"-12/\"4\"", "\"AB\"-12/\"4\""),
    ("uhyph", "AB‐12/4", "AB‐12/4"),
    ("fw", "ＡＢ－１２／４", "ＡＢ－１２／４"),
    ("sic", "AB-12/4 (sic)", "AB-12/4"),
    ("strike", "~~AB-12/3~~ AB-12/4", "AB-12/4"),
    ("fn", "AB-12/4¹", "AB-12/4"),
    ("cpp", "C++", "C++"),
    ("csharp", "C#", "C#"),
    ("dotnet", ".NET-8", ".NET-8"),
    ("star", "A*", "A*", "r95_ambig"),
    ("array", "x[1]", "x[1]"),
    ("sq", "m²", "m²"),
    ("apos", "AB'12", "AB'12"),
    ("dquo", "12\"", "12\"", "r95_ambig"),
    ("inch", "\"Pro\" 27\"", "\"Pro\" 27\""),
    ("br-whole", "[AB-12/4]", "AB-12/4", "r95_ambig"),
    ("zw", "AB-12\u200b/4", "AB-12/4", "r95_cosmetic"),
    ("q-same", "«AB-12/3»", "AB-12/3"),
    ("q-same2", "\"AB-12/3\"", "AB-12/3"),
    ("q-same3", "「AB-12/3」", "AB-12/3"),
])
r95_var("p", "product", [
    ("pr-cpp", "C++ Primer", "C++ Primer"),
    ("pr-heart", "I ❤ NY mug", "I ❤ NY mug"),
    ("pr-luna", "Desk lamp \"Luna\"", "Desk lamp \"Luna\""),
    ("pr-luna2", "«Luna» desk lamp", "«Luna» desk lamp"),
    ("pr-luna3", "«Luna» «Mini»", "«Luna» «Mini»"),
    ("pr-inch", "Monitor 27\"", "Monitor 27\""),
    ("pr-inch2", "\"Pro\" plank 2\" x 4\"", "\"Pro\" plank 2\" x 4\""),
    ("pr-led", "Desk lamp (LED)", "Desk lamp (LED)"),
    ("pr-jp", "「ルナ」", "ルナ"),
    ("pr-jp2", "『ルナ』と『ミニ』", "『ルナ』と『ミニ』"),
    ("pr-ampq", "\"Lamp\" & \"Shade\"", "\"Lamp\" & \"Shade\""),
    ("pr-par", "(LED) Desk lamp (white)", "(LED) Desk lamp (white)"),
    ("pr-q-same", "“Desk lamp”", "Desk lamp"),
    ("pr-tm", "Luna™ lamp", "Luna™ lamp"),
    ("pr-reg", "Luna®", "Luna®"),
])

# ---------------------------------------------------------------- contact (urls)
r95_base("w", "Return the contact's details as JSON.", "contact record",
         [("Phone", "555-0101"), ("Name", "Jonas Berg"), ("Website", "https://ex.org/team"), ("City", "Köln")],
         {"name": ("Name", "Jonas Berg"), "website": ("Website", "https://ex.org/team"), "city": ("City", "Köln")},
         S({"name": "string", "website": "string", "city": "string"}))
r95_var("w", "website", [
    ("plain", "https://ex.org/staff", "https://ex.org/staff"),
    ("wiki", "https://ex.org/wiki/Bergen_(Norway)", "https://ex.org/wiki/Bergen_(Norway)"),
    ("angle", "<https://ex.org/staff>", "https://ex.org/staff"),
    ("guil", "«https://ex.org/staff»", "https://ex.org/staff"),
    ("par", "(https://ex.org/staff)", "https://ex.org/staff"),
    ("ascii", "\"https://ex.org/staff\"", "https://ex.org/staff"),
    ("qs", "https://ex.org/s?q=\"x\"", "https://ex.org/s?q=\"x\""),
    ("paren2", "(https://ex.org/a)_(b)", "(https://ex.org/a)_(b)", "r95_ambig"),
    ("umlaut", "https://ex.org/köln/ü", "https://ex.org/köln/ü"),
    ("apos", "https://ex.org/o'brien", "https://ex.org/o'brien"),
    ("hashfrag", "https://ex.org/team#top", "https://ex.org/team#top"),
    ("md", "[ex.org](https://ex.org/staff)", "https://ex.org/staff", "r95_ambig"),
    ("q-same", "«https://ex.org/team»", "https://ex.org/team"),
])
r95_var("w", "name", [
    ("n-obrien", "Liam O'Brien", "Liam O'Brien"),
    ("n-q", "„Jonas Borg“", "Jonas Borg"),
    ("n-inner", "„Jonas „JB“ Borg“", "Jonas „JB“ Borg"),
    ("n-inner2", "„Jonas“ „Borg“", "„Jonas“ „Borg“"),
    ("n-twopair-de", "„Jo“ Berg „der Jüngere“", "„Jo“ Berg „der Jüngere“"),
    ("n-mix", "«Jonas „JB“ Borg»", "Jonas „JB“ Borg"),
    ("n-same", "„Jonas Berg“", "Jonas Berg"),
    ("n-rtl", "Jonas Berg\u200f", "Jonas Berg", "r95_cosmetic"),
])

# ---------------------------------------------------------------- Japanese / Chinese records (own keys)
r95_base("jp", "Return the employee's details as JSON.", "employee record",
         [("Age", "41"), ("Name", "Taro Yamada"), ("Department", "Sales"), ("Phone", "555-0133")],
         {"name": ("Name", "Taro Yamada"), "department": ("Department", "Sales"), "age": ("Age", 41)},
         S({"name": "string", "department": "string", "age": "integer"}))
r95_var("jp", "department", [
    ("plain", "総務部", "総務部"),
    ("kq", "「総務部」", "総務部"),
    ("kq2", "『総務部』", "総務部"),
    ("two", "「総務」と「経理」", "「総務」と「経理」"),
    ("two2", "『総務』・『経理』", "『総務』・『経理』"),
    ("inner", "「「新規」事業部」", "「新規」事業部"),
    ("part", "「新規」事業部", "「新規」事業部"),
    ("fwpar", "（総務部）", "総務部", "r95_ambig"),
    ("fwpar2", "（総務）（経理）", "（総務）（経理）"),
    ("same", "「Sales」", "Sales"),
    ("note", "総務部※", "総務部"),
    ("fwsp", "総務部\u3000", "総務部", "r95_cosmetic"),
])
r95_var("jp", "name", [
    ("n-plain", "佐藤 花子", "佐藤 花子"),
    ("n-q", "「佐藤 花子」", "佐藤 花子"),
    ("n-nick", "「ハナ」佐藤", "「ハナ」佐藤"),
    ("n-two", "「ハナ」佐藤「二世」", "「ハナ」佐藤「二世」"),
])
r95_base("cn", "Return the book's details as JSON.", "book record",
         [("作者", "曹雪芹"), ("书名", "红楼梦"), ("年份", "1791"), ("书架", "A3")],
         {"书名": ("书名", "红楼梦"), "作者": ("作者", "曹雪芹"), "年份": ("年份", 1791)},
         S({"书名": "string", "作者": "string", "年份": "integer"}))
r95_var("cn", "书名", [
    ("plain", "西游记", "西游记"),
    ("dq", "《西游记》", "西游记"),
    ("two", "《红楼梦》与《西游记》", "《红楼梦》与《西游记》"),
    ("inner", "《〈论语〉注》", "〈论语〉注"),
    ("part", "〈论语〉注", "〈论语〉注"),
    ("two2", "〈论语〉与〈孟子〉", "〈论语〉与〈孟子〉"),
    ("cq", "“西游记”", "西游记"),
    ("cq2", "“西”游“记”", "“西”游“记”"),
    ("same", "《红楼梦》", "红楼梦"),
    ("fn", "西游记[1]", "西游记"),
])

# ---------------------------------------------------------------- CSV row (quoted cells)
r95_csv_schema = S({"city": "string", "team": "string"})


def r95_csv(vt, ana_row, city, team, fam="r95_csv"):
    pr = ("Return the member's details as JSON.\n\nText:\nPlease process the following member record.\n"
          "name,city,team\n" + ana_row + "\nEnd of member record.")
    exp = {"city": city, "team": team}
    base = {"city": "Oslo", "team": "Red"}
    safe = exp == base
    J("d95-csv-%s" % vt, fam + ("_safe" if safe else ""), pr, r95_csv_schema, exp, [exp] if safe else [base, exp], safe=safe)


r95_csv("base", "Ana Ruiz,Oslo,Red", "Oslo", "Red")
r95_csv("plain", "Ana Ruiz,Oslo,Green", "Oslo", "Green")
r95_csv("comma", 'Ana Ruiz,Oslo,"Red, White"', "Oslo", "Red, White")
r95_csv("dbl", 'Ana Ruiz,Oslo,"Red ""A"" Team"', "Oslo", 'Red "A" Team')
r95_csv("dbl2", 'Ana Ruiz,Oslo,"""A"" Team"', "Oslo", '"A" Team')
r95_csv("dbl3", 'Ana Ruiz,Oslo,"""A"" and ""B"""', "Oslo", '"A" and "B"')
r95_csv("triple", 'Ana Ruiz,Oslo,"""Green"""', "Oslo", '"Green"', "r95_ambig")
r95_csv("qplain", 'Ana Ruiz,Oslo,"Green"', "Oslo", "Green")
r95_csv("lenient", 'Ana Ruiz,Oslo,Red "A" Team', "Oslo", 'Red "A" Team')
r95_csv("stjohn", "Ana Ruiz,St. John's,Red", "St. John's", "Red")
r95_csv("sherto", "Ana Ruiz,'s-Hertogenbosch,Red", "'s-Hertogenbosch", "Red")
r95_csv("dc", 'Ana Ruiz,"Washington, D.C.",Red', "Washington, D.C.", "Red")
r95_csv("guil", "Ana Ruiz,«Bergen»,Red", "Bergen", "Red")
r95_csv("two", "Ana Ruiz,Oslo,«Red» & «Blue»", "Oslo", "«Red» & «Blue»")
r95_csv("sq", "Ana Ruiz,Oslo,'Green'", "Oslo", "Green", "r95_ambig")
r95_csv("same-q", 'Ana Ruiz,"Oslo","Red"', "Oslo", "Red")


# =====================================================================================
# wave 2: the base itself holds the punctuation, so the variant has the same shape and the
# licensed rewrite is reached (a value of another shape is never rewritten).
# =====================================================================================
r95_T = {
    "g": ("Return the booking's details as JSON.", "booking record",
          [("Phone", "555-0101"), ("Guest", "{v}"), ("Room", "214"), ("City", "Oslo")],
          {"guest": "{v}", "room": 214, "city": "Oslo"}, S({"guest": "string", "room": "integer", "city": "string"})),
    "gc": ("Return the booking's details as JSON.", "booking record",
           [("Phone", "555-0101"), ("Guest", "Mira Holt"), ("Room", "214"), ("City", "{v}")],
           {"guest": "Mira Holt", "room": 214, "city": "{v}"}, S({"guest": "string", "room": "integer", "city": "string"})),
    "t": ("Return the ticket's details as JSON.", "ticket record",
          [("Ticket", "T-881"), ("Subject", "{v}"), ("Reporter", "ana@ex.org")],
          {"ticket": "T-881", "subject": "{v}", "reporter": "ana@ex.org"}, S({"ticket": "string", "subject": "string", "reporter": "string"})),
    "pc": ("Return the product's details as JSON.", "product record",
           [("Stock", "7"), ("Product", "Desk lamp"), ("Code", "{v}")],
           {"product": "Desk lamp", "code": "{v}", "stock": 7}, S({"product": "string", "code": "string", "stock": "integer"})),
    "pp": ("Return the product's details as JSON.", "product record",
           [("Stock", "7"), ("Product", "{v}"), ("Code", "AB-12/3")],
           {"product": "{v}", "code": "AB-12/3", "stock": 7}, S({"product": "string", "code": "string", "stock": "integer"})),
    "ba": ("Return the book's details as JSON.", "book record",
           [("Title", "War and Peace"), ("Author", "{v}"), ("Year", "1869"), ("Shelf", "B4")],
           {"title": "War and Peace", "author": "{v}", "year": 1869}, S({"title": "string", "author": "string", "year": "integer"})),
    "bt": ("Return the book's details as JSON.", "book record",
           [("Title", "{v}"), ("Author", "Leo Tolstoy"), ("Year", "1869"), ("Shelf", "B4")],
           {"title": "{v}", "author": "Leo Tolstoy", "year": 1869}, S({"title": "string", "author": "string", "year": "integer"})),
    "wn": ("Return the contact's details as JSON.", "contact record",
           [("Phone", "555-0101"), ("Name", "{v}"), ("Website", "https://ex.org/team"), ("City", "Köln")],
           {"name": "{v}", "website": "https://ex.org/team", "city": "Köln"}, S({"name": "string", "website": "string", "city": "string"})),
    "ww": ("Return the contact's details as JSON.", "contact record",
           [("Phone", "555-0101"), ("Name", "Jonas Berg"), ("Website", "{v}"), ("City", "Köln")],
           {"name": "Jonas Berg", "website": "{v}", "city": "Köln"}, S({"name": "string", "website": "string", "city": "string"})),
}


def r95_fill(x, text, val):
    if isinstance(x, str):
        return x.replace("{v}", text)
    if isinstance(x, list):
        return [(l, t.replace("{v}", text)) for l, t in x]
    if isinstance(x, dict):
        return {k: (val if v == "{v}" else v) for k, v in x.items()}


def r95_sb(tag, tpl, btext, bval, variants, fam="r95_shape"):
    """A base holding btext (right value bval) and same-shape variants [(vt, text, right)]."""
    ins, noun, fields, exp, schema = r95_T[tpl]
    bexp = r95_fill(exp, btext, bval)
    J("d95-%s-base" % tag, "r95_base2", r95_render(ins, noun, r95_fill(fields, btext, bval)), schema, bexp, [bexp])
    for v in variants:
        vt, text, right = v[:3]
        f = v[3] if len(v) > 3 else fam
        e = r95_fill(exp, text, right)
        safe = e == bexp
        J("d95-%s-%s" % (tag, vt), f + ("_safe" if safe else ""), r95_render(ins, noun, r95_fill(fields, text, right)), schema, e,
          [e] if safe else [bexp, e], safe=safe)


r95_Q = '"'
# --- controls: a whole value wrapped, the new one wrapped the same way
r95_sb("s-gq", "g", "«Mira Holt»", "Mira Holt", [("v", "«Lena Storm»", "Lena Storm"), ("vin", "«Lena» «Storm»", "«Lena» «Storm»"),
       ("vnest", "««Lena Storm»»", "Lena Storm", "r95_ambig")])
r95_sb("s-gc", "g", "“Mira Holt”", "Mira Holt", [("v", "“Lena Storm”", "Lena Storm"), ("vin", "“Lena” “Storm”", "“Lena” “Storm”")])
r95_sb("s-ga", "g", r95_Q + "Mira Holt" + r95_Q, "Mira Holt", [("v", r95_Q + "Lena Storm" + r95_Q, "Lena Storm"), ("vin", '"Lena" "Storm"', '"Lena" "Storm"')])
r95_sb("s-gl", "g", "„Mira Holt“", "Mira Holt", [("v", "„Lena Storm“", "Lena Storm"), ("vmis", "“Lena Storm„", "Lena Storm", "r95_ambig")])
r95_sb("s-gk", "g", "「Mira Holt」", "Mira Holt", [("v", "「Lena Storm」", "Lena Storm")])
r95_sb("s-gs", "g", "‹Mira Holt›", "Mira Holt", [("v", "‹Lena Storm›", "Lena Storm"), ("vrev", "›Lena Storm‹", "Lena Storm", "r95_ambig")])
r95_sb("s-gd", "g", "《Mira Holt》", "Mira Holt", [("v", "《Lena Storm》", "Lena Storm")])
r95_sb("s-gw", "g", "『Mira Holt』", "Mira Holt", [("v", "『Lena Storm』", "Lena Storm")])
r95_sb("s-gn", "g", "〈Mira Holt〉", "Mira Holt", [("v", "〈Lena Storm〉", "Lena Storm")])
# --- the pair at the ends is NOT one pair: two quoted parts
r95_sb("s-g2", "g", "«Bo» Dahl «junior»", "«Bo» Dahl «junior»", [("v", "«Al» Berg «senior»", "«Al» Berg «senior»")])
r95_sb("s-g3", "g", '"Ma" Rainey "Sr"', '"Ma" Rainey "Sr"', [("v", '"Pa" Holm "Jr"', '"Pa" Holm "Jr"')])
r95_sb("s-g4", "g", "“Doc” Holm “Kid”", "“Doc” Holm “Kid”", [("v", "“Ace” Berg “Sly”", "“Ace” Berg “Sly”")])
r95_sb("s-g5", "g", "„Jo“ Berg „Jr“", "„Jo“ Berg „Jr“", [("v", "„Al“ Dahl „Sr“", "„Al“ Dahl „Sr“")])
r95_sb("s-g6", "g", "«Lena» «Storm»", "«Lena» «Storm»", [("v", "«Mira» «Holt»", "«Mira» «Holt»"), ("vw", "«Mira Holt»", "Mira Holt")])
r95_sb("s-g7", "g", "「Hana」Sato「II」", "「Hana」Sato「II」", [("v", "「Yumi」Kato「III」", "「Yumi」Kato「III」")])
r95_sb("s-g8", "g", "(Jo) Berg (Jr)", "(Jo) Berg (Jr)", [("v", "(Al) Dahl (Sr)", "(Al) Dahl (Sr)")])
r95_sb("s-g9", "g", "[Jo] Berg [Jr]", "[Jo] Berg [Jr]", [("v", "[Al] Dahl [Sr]", "[Al] Dahl [Sr]")])
# --- inner quotes inside one outer pair
r95_sb("s-gi", "g", '"Jonas "JB" Berg"', 'Jonas "JB" Berg', [("v", '"Liam "LB" Holm"', 'Liam "LB" Holm')])
r95_sb("s-gi2", "g", '«Jonas "JB" Berg»', 'Jonas "JB" Berg', [("v", '«Liam "LB" Holm»', 'Liam "LB" Holm'),
       ("vq", '«Liam «LB» Holm»', 'Liam «LB» Holm')])
r95_sb("s-gi3", "g", 'Jonas "JB" Berg', 'Jonas "JB" Berg', [("v", 'Liam "LB" Holm', 'Liam "LB" Holm')])
r95_sb("s-gi4", "g", '"JB" Berg', '"JB" Berg', [("v", '"LB" Holm', '"LB" Holm')])
# --- apostrophes and other marks that belong to the name
r95_sb("s-ga1", "g", "Liam O'Brien", "Liam O'Brien", [("v", "Sean O'Neil", "Sean O'Neil"), ("vq", "«Sean O'Neil»", "Sean O'Neil", "r95_value")])
r95_sb("s-ga2", "g", "'Liam Brien'", "Liam Brien", [("v", "'Sean Neil'", "Sean Neil", "r95_ambig")])
r95_sb("s-ga3", "g", "A. B. Lee", "A. B. Lee", [("v", "C. D. Holm", "C. D. Holm")])
r95_sb("s-ga4", "g", "Martin King Jr.", "Martin King Jr.", [("v", "Lena Storm Sr.", "Lena Storm Sr.")])
r95_sb("s-ga5", "g", "Anne-Marie Dahl", "Anne-Marie Dahl", [("v", "Jean-Paul Holm", "Jean-Paul Holm")])
r95_sb("s-ga6", "g", "Mira Holt¹", "Mira Holt", [("v", "Lena Storm¹", "Lena Storm")])
r95_sb("s-ga7", "g", "Mira Holt (sic)", "Mira Holt", [("v", "Lena Strom (sic)", "Lena Strom")])
r95_sb("s-ga8", "g", "Mira Holt*", "Mira Holt", [("v", "Lena Storm*", "Lena Storm")])
r95_sb("s-ga9", "g", "Mira Holt 🌸", "Mira Holt 🌸", [("v", "Lena Storm 🌻", "Lena Storm 🌻", "r95_ambig")])
r95_sb("s-ga10", "g", "Mira\u00a0Holt", "Mira Holt", [("v", "Lena\u00a0Storm", "Lena Storm", "r95_cosmetic")])
r95_sb("s-ga11", "g", "«\u00a0Mira Holt\u00a0»", "Mira Holt", [("v", "«\u00a0Lena Storm\u00a0»", "Lena Storm")])
r95_sb("s-ga12", "g", "Ｍｉｒａ Ｈｏｌｔ", "Ｍｉｒａ Ｈｏｌｔ", [("v", "Ｌｅｎａ Ｓｔｏｒｍ", "Ｌｅｎａ Ｓｔｏｒｍ")])
r95_sb("s-ga13", "g", "＂Mira Holt＂", "Mira Holt", [("v", "＂Lena Storm＂", "Lena Storm")])
r95_sb("s-ga14", "g", "Mira Holt\u200b", "Mira Holt", [("v", "Lena Storm\u200b", "Lena Storm", "r95_cosmetic")])
r95_sb("s-ga15", "g", "\u200fMira Holt\u200f", "Mira Holt", [("v", "\u200fLena Storm\u200f", "Lena Storm", "r95_cosmetic")])
r95_sb("s-ga16", "g", "~~Ola Dahl~~ Mira Holt", "Mira Holt", [("v", "~~Ola Dahl~~ Lena Storm", "Lena Storm"),
       ("vrev", "Ola Dahl ~~Lena Storm~~", "Ola Dahl")])
r95_sb("s-ga17", "g", "Mira Holt, Jr.", "Mira Holt, Jr.", [("v", "Lena Storm, Sr.", "Lena Storm, Sr.")])
r95_sb("s-ga18", "g", "«Mira Holt».", "Mira Holt", [("v", "«Lena Storm».", "Lena Storm")])
r95_sb("s-ga19", "g", "«Mira Holt", "Mira Holt", [("v", "«Lena Storm", "Lena Storm", "r95_ambig")])
r95_sb("s-ga20", "g", "Mira Holt»", "Mira Holt", [("v", "Lena Storm»", "Lena Storm", "r95_ambig")])
# --- cities
r95_sb("s-c1", "gc", "«Oslo» or «Voss»", "«Oslo» or «Voss»", [("v", "«Bergen» or «Molde»", "«Bergen» or «Molde»")])
r95_sb("s-c2", "gc", "'s-Hertogenbosch", "'s-Hertogenbosch", [("v", "'s-Gravenhage", "'s-Gravenhage")])
r95_sb("s-c3", "gc", "St. John's", "St. John's", [("v", "St. Mary's", "St. Mary's")])
r95_sb("s-c4", "gc", "「京都」", "京都", [("v", "「奈良」", "奈良"), ("v2", "「奈良」「京都」", "「奈良」「京都」")])
r95_sb("s-c5", "gc", "「京都」と「奈良」", "「京都」と「奈良」", [("v", "「大阪」と「神戸」", "「大阪」と「神戸」")])
r95_sb("s-c6", "gc", "(Oslo)", "Oslo", [("v", "(Bergen)", "Bergen", "r95_ambig")])
r95_sb("s-c7", "gc", "Washington, D.C.", "Washington, D.C.", [("v", "Arlington, Va.", "Arlington, Va.")])
r95_sb("s-c8", "gc", "«Oslo»", "Oslo", [("v", "«Bergen»", "Bergen"), ("v2", "«Ber»gen»", "Ber»gen", "r95_ambig")])
# --- subjects
r95_sb("s-t1", "t", "[URGENT] Invoice overdue [#1234]", "[URGENT] Invoice overdue [#1234]",
       [("v", "[URGENT] Invoice unpaid [#5678]", "[URGENT] Invoice unpaid [#5678]"),
        ("v2", "[INFO] Printer fixed [#9]", "[INFO] Printer fixed [#9]")])
r95_sb("s-t2", "t", '"Save" and "Cancel"', '"Save" and "Cancel"', [("v", '"Send" and "Delete"', '"Send" and "Delete"')])
r95_sb("s-t3", "t", '"E42" on boot, then "E43"', '"E42" on boot, then "E43"', [("v", '"E50" on boot, then "E51"', '"E50" on boot, then "E51"')])
r95_sb("s-t4", "t", "(draft) Quarterly report (v2)", "(draft) Quarterly report (v2)", [("v", "(final) Annual report (v3)", "(final) Annual report (v3)")])
r95_sb("s-t5", "t", 'Re: "Printer offline"', 'Re: "Printer offline"', [("v", 'Re: "Scanner jammed"', 'Re: "Scanner jammed"')])
r95_sb("s-t6", "t", "«Printer offline»", "Printer offline", [("v", "«Scanner jammed»", "Scanner jammed"),
       ("vin", "«Scanner» «jammed»", "«Scanner» «jammed»")])
r95_sb("s-t7", "t", "「保存」と「取消」", "「保存」と「取消」", [("v", "「送信」と「削除」", "「送信」と「削除」")])
r95_sb("s-t8", "t", "`lp0` and `lp1`", "`lp0` and `lp1`", [("v", "`lp2` and `lp3`", "`lp2` and `lp3`")])
r95_sb("s-t9", "t", "**Printer offline**", "Printer offline", [("v", "**Scanner jammed**", "Scanner jammed"),
       ("vin", "**Scanner** **jammed**", "Scanner jammed", "r95_ambig")])
r95_sb("s-t10", "t", "“Printer” offline “again”", "“Printer” offline “again”", [("v", "“Scanner” jammed “twice”", "“Scanner” jammed “twice”")])
r95_sb("s-t11", "t", "Printer ~~offline~~ online", "Printer online", [("v", "Scanner ~~jammed~~ fixed", "Scanner fixed", "r95_ambig")])
r95_sb("s-t12", "t", "C++ build fails", "C++ build fails", [("v", "C# build fails", "C# build fails")])
r95_sb("s-t13", "t", "«Le \"Petit\" Prince» missing", "«Le \"Petit\" Prince» missing", [("v", "«Le \"Grand\" Meaulnes» missing", "«Le \"Grand\" Meaulnes» missing")])
r95_sb("s-t14", "t", "'Save' and 'Cancel'", "'Save' and 'Cancel'", [("v", "'Send' and 'Delete'", "'Send' and 'Delete'")])
r95_sb("s-t15", "t", "‹Save› and ‹Cancel›", "‹Save› and ‹Cancel›", [("v", "‹Send› and ‹Delete›", "‹Send› and ‹Delete›")])
r95_sb("s-t16", "t", "《Save》 and 《Cancel》", "《Save》 and 《Cancel》", [("v", "《Send》 and 《Delete》", "《Send》 and 《Delete》")])
r95_sb("s-t17", "t", "„Save“ und „Cancel“", "„Save“ und „Cancel“", [("v", "„Send“ und „Delete“", "„Send“ und „Delete“")])
r95_sb("s-t18", "t", "『Save』と『Cancel』", "『Save』と『Cancel』", [("v", "『Send』と『Delete』", "『Send』と『Delete』")])
r95_sb("s-t19", "t", "〈Save〉 and 〈Cancel〉", "〈Save〉 and 〈Cancel〉", [("v", "〈Send〉 and 〈Delete〉", "〈Send〉 and 〈Delete〉")])
r95_sb("s-t20", "t", "«Save» and «Cancel»", "«Save» and «Cancel»", [("v", "«Send» and «Delete»", "«Send» and «Delete»")])
r95_sb("s-t21", "t", "“Save” and “Cancel”", "“Save” and “Cancel”", [("v", "“Send” and “Delete”", "“Send” and “Delete”")])
r95_sb("s-t22", "t", "[Save] and [Cancel]", "[Save] and [Cancel]", [("v", "[Send] and [Delete]", "[Send] and [Delete]")])
r95_sb("s-t23", "t", "(Save) and (Cancel)", "(Save) and (Cancel)", [("v", "(Send) and (Delete)", "(Send) and (Delete)")])
r95_sb("s-t24", "t", "「Save」 and 「Cancel」", "「Save」 and 「Cancel」", [("v", "「Send」 and 「Delete」", "「Send」 and 「Delete」")])
r95_sb("s-t25", "t", "«»", "", [("v", "«»", "", "r95_ambig")])
# --- codes
r95_sb("s-p1", "pc", "(AB-12)/(4)", "(AB-12)/(4)", [("v", "(CD-34)/(5)", "(CD-34)/(5)")])
r95_sb("s-p2", "pc", "[AB]-12/[4]", "[AB]-12/[4]", [("v", "[CD]-34/[5]", "[CD]-34/[5]")])
r95_sb("s-p3", "pc", '"AB"-12/"4"', '"AB"-12/"4"', [("v", '"CD"-34/"5"', '"CD"-34/"5"')])
r95_sb("s-p4", "pc", "«AB-12/3»", "AB-12/3", [("v", "«CD-34/5»", "CD-34/5")])
r95_sb("s-p5", "pc", "#12", "#12", [("v", "#34", "#34")])
r95_sb("s-p6", "pc", "C++", "C++", [("v", "F++", "F++")])
r95_sb("s-p7", "pc", "x[1]", "x[1]", [("v", "y[2]", "y[2]")])
r95_sb("s-p8", "pc", "AB-12/3¹", "AB-12/3", [("v", "CD-34/5¹", "CD-34/5")])
r95_sb("s-p9", "pc", "AB-12/3 [1]", "AB-12/3", [("v", "CD-34/5 [1]", "CD-34/5")])
r95_sb("s-p10", "pc", "AB-12/3*", "AB-12/3", [("v", "CD-34/5*", "CD-34/5", "r95_ambig")])
r95_sb("s-p11", "pc", "(AB-12/3)", "AB-12/3", [("v", "(CD-34/5)", "CD-34/5", "r95_ambig")])
r95_sb("s-p12", "pc", "[AB-12/3]", "AB-12/3", [("v", "[CD-34/5]", "CD-34/5", "r95_ambig")])
r95_sb("s-p13", "pc", "AB'12", "AB'12", [("v", "CD'34", "CD'34")])
r95_sb("s-p14", "pc", "'AB-12'", "AB-12", [("v", "'CD-34'", "CD-34", "r95_ambig")])
r95_sb("s-p15", "pc", "AB-12/3 (sic)", "AB-12/3", [("v", "CD-34/5 (sic)", "CD-34/5")])
r95_sb("s-p16", "pc", "ＡＢ－１２", "ＡＢ－１２", [("v", "ＣＤ－３４", "ＣＤ－３４")])
r95_sb("s-p17", "pc", "AB\u201112/3", "AB\u201112/3", [("v", "CD\u201134/5", "CD\u201134/5")])
r95_sb("s-p18", "pc", "「AB-12」", "AB-12", [("v", "「CD-34」", "CD-34")])
r95_sb("s-p19", "pc", "«AB»-«12»", "«AB»-«12»", [("v", "«CD»-«34»", "«CD»-«34»")])
r95_sb("s-p20", "pc", "“AB”/“12”", "“AB”/“12”", [("v", "“CD”/“34”", "“CD”/“34”")])
# --- product names
r95_sb("s-pp1", "pp", "(LED) Desk lamp (white)", "(LED) Desk lamp (white)", [("v", "(LED) Floor lamp (black)", "(LED) Floor lamp (black)")])
r95_sb("s-pp2", "pp", '"Pro" plank 2" x 4"', '"Pro" plank 2" x 4"', [("v", '"Max" plank 3" x 6"', '"Max" plank 3" x 6"')])
r95_sb("s-pp3", "pp", '"Lamp" & "Shade"', '"Lamp" & "Shade"', [("v", '"Desk" & "Chair"', '"Desk" & "Chair"')])
r95_sb("s-pp4", "pp", "«Luna» «Mini»", "«Luna» «Mini»", [("v", "«Sola» «Maxi»", "«Sola» «Maxi»")])
r95_sb("s-pp5", "pp", "『ルナ』と『ミニ』", "『ルナ』と『ミニ』", [("v", "『ソラ』と『マキ』", "『ソラ』と『マキ』")])
r95_sb("s-pp6", "pp", "Desk lamp \"Luna\"", "Desk lamp \"Luna\"", [("v", "Floor lamp \"Sola\"", "Floor lamp \"Sola\"")])
r95_sb("s-pp7", "pp", "\"Luna\" desk lamp", "\"Luna\" desk lamp", [("v", "\"Sola\" floor lamp", "\"Sola\" floor lamp")])
r95_sb("s-pp8", "pp", "«Desk lamp»", "Desk lamp", [("v", "«Floor lamp»", "Floor lamp"), ("vin", "«Floor» lamp»", "Floor» lamp", "r95_ambig")])
r95_sb("s-pp9", "pp", "I ❤ NY mug", "I ❤ NY mug", [("v", "I ❤ LA cap", "I ❤ LA cap")])
r95_sb("s-pp10", "pp", "Luna™ lamp", "Luna™ lamp", [("v", "Sola™ lamp", "Sola™ lamp")])
r95_sb("s-pp11", "pp", "Monitor 27\"", "Monitor 27\"", [("v", "Monitor 32\"", "Monitor 32\"")])
r95_sb("s-pp12", "pp", "\"Monitor 27\"\"", "Monitor 27\"", [("v", "\"Monitor 32\"\"", "Monitor 32\"", "r95_ambig")])
# --- book titles and authors
r95_sb("s-bt1", "bt", "«Krig» og «fred»", "«Krig» og «fred»", [("v", "«Liv» og «død»", "«Liv» og «død»")])
r95_sb("s-bt2", "bt", '"Yes" or "No"', '"Yes" or "No"', [("v", '"Up" or "Down"', '"Up" or "Down"')])
r95_sb("s-bt3", "bt", "„Faust“ und „Woyzeck“", "„Faust“ und „Woyzeck“", [("v", "„Hamlet“ und „Macbeth“", "„Hamlet“ und „Macbeth“")])
r95_sb("s-bt4", "bt", "《红楼梦》与《西游记》", "《红楼梦》与《西游记》", [("v", "《论语》与《孟子》", "《论语》与《孟子》")])
r95_sb("s-bt5", "bt", "«Le \"Petit\" Prince»", "Le \"Petit\" Prince", [("v", "«Le \"Grand\" Meaulnes»", "Le \"Grand\" Meaulnes")])
r95_sb("s-bt6", "bt", "(What's the Story) Morning Glory?", "(What's the Story) Morning Glory?", [("v", "(Who's the Girl) Evening Rain?", "(Who's the Girl) Evening Rain?")])
r95_sb("s-bt7", "bt", "“War and Peace”", "War and Peace", [("v", "“Pride and Prejudice”", "Pride and Prejudice"),
       ("vin", "“Pride” and “Prejudice”", "“Pride” and “Prejudice”")])
r95_sb("s-bt8", "bt", "War and \"Peace\"", "War and \"Peace\"", [("v", "Pride and \"Prejudice\"", "Pride and \"Prejudice\"")])
r95_sb("s-bt9", "bt", "\"War\" and Peace", "\"War\" and Peace", [("v", "\"Pride\" and Prejudice", "\"Pride\" and Prejudice")])
r95_sb("s-bt10", "bt", "『雪国』と『古都』", "『雪国』と『古都』", [("v", "『細雪』と『春琴抄』", "『細雪』と『春琴抄』")])
r95_sb("s-bt11", "bt", "〈論語〉與〈孟子〉", "〈論語〉與〈孟子〉", [("v", "〈大學〉與〈中庸〉", "〈大學〉與〈中庸〉")])
r95_sb("s-bt12", "bt", "‹Candide› ou ‹Zadig›", "‹Candide› ou ‹Zadig›", [("v", "‹Micromégas› ou ‹Mahomet›", "‹Micromégas› ou ‹Mahomet›")])
r95_sb("s-bt13", "bt", "Oklahoma!", "Oklahoma!", [("v", "Kentucky!", "Kentucky!")])
r95_sb("s-bt14", "bt", "Catch-22", "Catch-22", [("v", "Slaughterhouse-5", "Slaughterhouse-5")])
r95_sb("s-bt15", "bt", "“To be, or not to be”", "To be, or not to be", [("v", "“To err, or not to err”", "To err, or not to err"),
       ("vq", "“To be,” or “not to be”", "“To be,” or “not to be”")])
r95_sb("s-ba1", "ba", "Ngũgĩ wa Thiong'o", "Ngũgĩ wa Thiong'o", [("v", "Chinua wa Ach'ebe", "Chinua wa Ach'ebe")])
r95_sb("s-ba2", "ba", "\"Lev\" Tolstoy \"Count\"", "\"Lev\" Tolstoy \"Count\"", [("v", "\"Fyodor\" Dostoevsky \"Sr\"", "\"Fyodor\" Dostoevsky \"Sr\"")])
r95_sb("s-ba3", "ba", "«Leo Tolstoy»", "Leo Tolstoy", [("v", "«Anton Chekhov»", "Anton Chekhov"), ("vin", "«Anton» «Chekhov»", "«Anton» «Chekhov»")])
r95_sb("s-ba4", "ba", "Tolkien, J. R. R.", "Tolkien, J. R. R.", [("v", "Lewis, C. S. T.", "Lewis, C. S. T.")])
r95_sb("s-ba5", "ba", "Kurt Vonnegut Jr.", "Kurt Vonnegut Jr.", [("v", "Henry Gates Jr.", "Henry Gates Jr.")])
r95_sb("s-ba6", "ba", "Leo Tolstoi (sic)", "Leo Tolstoi", [("v", "Anton Tchekov (sic)", "Anton Tchekov")])
r95_sb("s-ba7", "ba", "Leo Tolstoy†", "Leo Tolstoy", [("v", "Anton Chekhov†", "Anton Chekhov")])
# --- contact names (German quotes) and websites
r95_sb("s-wn1", "wn", "„Jonas „JB“ Berg“", "Jonas „JB“ Berg", [("v", "„Liam „LB“ Holm“", "Liam „LB“ Holm")])
r95_sb("s-wn2", "wn", "„Jonas“ „Berg“", "„Jonas“ „Berg“", [("v", "„Liam“ „Holm“", "„Liam“ „Holm“")])
r95_sb("s-wn3", "wn", "„Jonas Berg“", "Jonas Berg", [("v", "„Liam Holm“", "Liam Holm")])
r95_sb("s-wn4", "wn", "«Jonas „JB“ Berg»", "Jonas „JB“ Berg", [("v", "«Liam „LB“ Holm»", "Liam „LB“ Holm")])
r95_sb("s-wn5", "wn", "Jonas O'Berg", "Jonas O'Berg", [("v", "Liam O'Holm", "Liam O'Holm")])
r95_sb("s-ww1", "ww", "<https://ex.org/team>", "https://ex.org/team", [("v", "<https://ex.org/staff>", "https://ex.org/staff")])
r95_sb("s-ww2", "ww", "«https://ex.org/team»", "https://ex.org/team", [("v", "«https://ex.org/staff»", "https://ex.org/staff")])
r95_sb("s-ww3", "ww", "(https://ex.org/a)_(b)", "(https://ex.org/a)_(b)", [("v", "(https://ex.org/c)_(d)", "(https://ex.org/c)_(d)")])
r95_sb("s-ww4", "ww", "https://ex.org/wiki/Bergen_(Norway)", "https://ex.org/wiki/Bergen_(Norway)",
       [("v", "https://ex.org/wiki/Paris_(France)", "https://ex.org/wiki/Paris_(France)")])
r95_sb("s-ww5", "ww", "\"https://ex.org/team\"", "https://ex.org/team", [("v", "\"https://ex.org/staff\"", "https://ex.org/staff")])
r95_sb("s-ww6", "ww", "(https://ex.org/team)", "https://ex.org/team", [("v", "(https://ex.org/staff)", "https://ex.org/staff")])
r95_sb("s-ww7", "ww", "https://ex.org/o'brien", "https://ex.org/o'brien", [("v", "https://ex.org/o'neil", "https://ex.org/o'neil")])
r95_sb("s-ww8", "ww", "https://ex.org/s?q=\"x\"", "https://ex.org/s?q=\"x\"", [("v", "https://ex.org/s?q=\"y\"", "https://ex.org/s?q=\"y\"")])


# =====================================================================================
# wave 3: placeholders inside a pair, trailing periods that belong (or not), other pairings
# =====================================================================================
r95_NS = {"type": ["string", "null"]}
r95_T["gn"] = ("Return the booking's details as JSON.", "booking record",
               [("Phone", "555-0101"), ("Guest", "{v}"), ("Room", "214"), ("City", "Oslo")],
               {"guest": "{v}", "room": 214, "city": "Oslo"}, S({"guest": r95_NS, "room": "integer", "city": "string"}))
r95_T["gcn"] = ("Return the booking's details as JSON.", "booking record",
                [("Phone", "555-0101"), ("Guest", "Mira Holt"), ("Room", "214"), ("City", "{v}")],
                {"guest": "Mira Holt", "room": 214, "city": "{v}"}, S({"guest": "string", "room": "integer", "city": r95_NS}))
r95_T["pcn"] = ("Return the product's details as JSON.", "product record",
                [("Stock", "7"), ("Product", "Desk lamp"), ("Code", "{v}")],
                {"product": "Desk lamp", "code": "{v}", "stock": 7}, S({"product": "string", "code": r95_NS, "stock": "integer"}))
r95_T["fl"] = ("Return the flight's details as JSON.", "flight record",
               [("Gate", "22"), ("Flight", "{v}"), ("Seat", "14C")],
               {"flight": "{v}", "seat": "14C"}, S({"flight": r95_NS, "seat": "string"}))
for r95_q1, r95_q2, r95_qt in [("«", "»", "g"), ("“", "”", "c"), ('"', '"', "a"), ("「", "」", "k"), ("(", ")", "p"), ("", "", "n")]:
    r95_sb("s-ph%s" % r95_qt, "gn", r95_q1 + "Mira Holt" + r95_q2, "Mira Holt", [
        ("fl", r95_q1 + "Firstname Lastname" + r95_q2, None), ("ns", r95_q1 + "Name Surname" + r95_q2, None),
        ("yn", r95_q1 + "Your Name" + r95_q2, None), ("gn", r95_q1 + "Guest Name" + r95_q2, None),
        ("nn", r95_q1 + "N. N." + r95_q2, None, "r95_ambig"), ("ok", r95_q1 + "Lena Storm" + r95_q2, "Lena Storm")])
    r95_sb("s-pc%s" % r95_qt, "gcn", r95_q1 + "Oslo" + r95_q2, "Oslo", [
        ("unk", r95_q1 + "Unknown" + r95_q2, None), ("none", r95_q1 + "None" + r95_q2, None), ("tba", r95_q1 + "TBA" + r95_q2, None),
        ("ukj", r95_q1 + "Ukjent" + r95_q2, None), ("city", r95_q1 + "City" + r95_q2, None, "r95_ambig"), ("ok", r95_q1 + "Bergen" + r95_q2, "Bergen")])
    r95_sb("s-pk%s" % r95_qt, "pcn", r95_q1 + "DY1234" + r95_q2, "DY1234", [
        ("zero", r95_q1 + "DY0000" + r95_q2, None), ("mask", r95_q1 + "DYXXXX" + r95_q2, None), ("star", r95_q1 + "DY12**" + r95_q2, None),
        ("ok", r95_q1 + "DY5678" + r95_q2, "DY5678")])
    r95_sb("s-fl%s" % r95_qt, "fl", r95_q1 + "SK 4411" + r95_q2, "SK 4411", [
        ("zero", r95_q1 + "SK 0000" + r95_q2, None), ("xx", r95_q1 + "SK XXXX" + r95_q2, None), ("ok", r95_q1 + "SK 4412" + r95_q2, "SK 4412")])
# placeholder templates in brackets of their own
r95_sb("s-tpl", "pcn", "{{AB12}}", None, [("v", "{{CD34}}", None)], "r95_ambig")
r95_sb("s-tpl2", "pcn", "<DY1234>", "DY1234", [("v", "<flight>", None), ("v2", "<DY5678>", "DY5678")])
r95_sb("s-tpl3", "pcn", "[DY1234]", "DY1234", [("v", "[redacted]", None), ("v2", "[DY5678]", "DY5678")])
# trailing periods
r95_sb("s-dot1", "g", "Mira Holt.", "Mira Holt", [("jr", "Holt Jr.", "Holt Jr."), ("inc", "Acme Inc.", "Acme Inc."),
       ("ok", "Lena Storm.", "Lena Storm")])
r95_sb("s-dot2", "g", "Holt Jr.", "Holt Jr.", [("sent", "Lena Storm.", "Lena Storm"), ("ok", "Storm Sr.", "Storm Sr.")])
r95_sb("s-dot3", "gc", "Oslo.", "Oslo", [("st", "St.", "St.", "r95_ambig"), ("ok", "Bergen.", "Bergen")])
r95_sb("s-dot4", "t", "Printer offline.", "Printer offline", [("etc", "Toner etc.", "Toner etc."), ("ok", "Scanner jammed.", "Scanner jammed")])
r95_sb("s-dot5", "t", "Toner etc.", "Toner etc.", [("sent", "Scanner jammed.", "Scanner jammed")])
r95_sb("s-dot6", "pc", "AB-12/3.", "AB-12/3", [("ok", "CD-34/5.", "CD-34/5")])
# other pairings
r95_sb("s-da", "g", "»Mira Holt«", "Mira Holt", [("v", "»Lena Storm«", "Lena Storm"), ("g", "«Lena Storm»", "Lena Storm")])
r95_sb("s-sv", "g", "”Mira Holt”", "Mira Holt", [("v", "”Lena Storm”", "Lena Storm"), ("c", "“Lena Storm”", "Lena Storm")])
r95_sb("s-de1", "g", "‚Mira Holt‘", "Mira Holt", [("v", "‚Lena Storm‘", "Lena Storm")])
r95_sb("s-sq", "g", "‘Mira Holt’", "Mira Holt", [("v", "‘Lena Storm’", "Lena Storm"), ("ap", "‘Lena O’Storm’", "Lena O’Storm")])
r95_sb("s-mx", "g", "«Mira Holt»", "Mira Holt", [("c", "“Lena Storm”", "Lena Storm"), ("a", '"Lena Storm"', "Lena Storm"),
       ("k", "「Lena Storm」", "Lena Storm"), ("mis", "«Lena Storm“", "Lena Storm", "r95_ambig"), ("p", "(Lena Storm)", "Lena Storm", "r95_ambig"),
       ("b", "[Lena Storm]", "Lena Storm", "r95_ambig"), ("sq", "'Lena Storm'", "Lena Storm", "r95_ambig")])
r95_sb("s-mx2", "gc", "«Oslo»", "Oslo", [("c", "“Bergen”", "Bergen"), ("p", "(Bergen)", "Bergen", "r95_ambig"), ("b", "[Bergen]", "Bergen", "r95_ambig"),
       ("k", "「Bergen」", "Bergen"), ("t", "«Bergen» †", "Bergen", "r95_ambig"), ("e", "«Bergen»!", "Bergen", "r95_ambig")])
# the model keeps the quotes of a quoted title in the base (a title that is itself a quotation)
r95_sb("s-keep", "bt", "“Heroes”", "“Heroes”", [("v", "“Hamlet”", "Hamlet", "r95_ambig")])
r95_sb("s-keep2", "t", "«Printer offline»", "«Printer offline»", [("v", "«Scanner jammed»", "Scanner jammed", "r95_ambig")])
# a quotation with its speaker; a quote then a dash
r95_sb("s-sp", "t", "“Printer offline” – Ana", "“Printer offline” – Ana", [("v", "“Scanner jammed” – Bo", "“Scanner jammed” – Bo")])
r95_sb("s-sp2", "t", "«Printer offline», says Ana", "«Printer offline», says Ana", [("v", "«Scanner jammed», says Bo", "«Scanner jammed», says Bo")])


# =====================================================================================
# wave 4: names and places that only stand in for one (found in wave 3: "Name Surname", "Your Name",
# "Guest Name" rewritten into a nullable member), bare and inside a pair
# =====================================================================================
r95_PH_NAMES = [  # (text, right, family)
    ("Full Name", None, None), ("First Last", None, None), ("Name Here", None, None), ("Insert Name", None, None),
    ("Enter Name", None, None), ("Sample Name", None, None), ("Test User", None, None), ("Vorname Nachname", None, None),
    ("Fornavn Etternavn", None, None), ("Prénom Nom", None, None), ("Nombre Apellido", None, None), ("Nome Cognome", None, None),
    ("Förnamn Efternamn", None, None), ("Etunimi Sukunimi", None, None), ("Imię Nazwisko", None, None),
    ("Not Provided", None, None), ("Not Given", None, None), ("Name Withheld", None, None), ("Unknown Guest", None, None),
    ("Anonymous Guest", None, None), ("Guest Guest", None, None), ("Name Name", None, None),
    ("John Doe", None, "r95_ambig"), ("Jane Doe", None, "r95_ambig"), ("Ola Nordmann", None, "r95_ambig"),
    ("Max Mustermann", None, "r95_ambig"), ("Lena Storm", "Lena Storm", None)]
for r95_q1, r95_q2, r95_qt in [("", "", "n"), ("«", "»", "g"), ("“", "”", "c")]:
    r95_sb("s-pn%s" % r95_qt, "gn", r95_q1 + "Mira Holt" + r95_q2, "Mira Holt",
           [("%d" % i, r95_q1 + t + r95_q2, r) + ((f,) if f else ()) for i, (t, r, f) in enumerate(r95_PH_NAMES)], fam="r95_placeholder")
r95_PH_CITY = [("Anytown", None, None), ("Somewhere", None, None), ("Nowhere", None, "r95_ambig"), ("Unspecified", None, None),
               ("Unbekannt", None, None), ("Inconnu", None, None), ("Desconocido", None, None), ("Okänd", None, None),
               ("Tuntematon", None, None), ("Ukendt", None, None), ("Pending", None, None), ("Withheld", None, None),
               ("Redacted", None, None), ("Null", None, None), ("Nil", None, None), ("Blank", None, None), ("Xxxx", None, None),
               ("Various", None, "r95_ambig"), ("Bergen", "Bergen", None)]
for r95_q1, r95_q2, r95_qt in [("", "", "n"), ("«", "»", "g")]:
    r95_sb("s-pt%s" % r95_qt, "gcn", r95_q1 + "Oslo" + r95_q2, "Oslo",
           [("%d" % i, r95_q1 + t + r95_q2, r) + ((f,) if f else ()) for i, (t, r, f) in enumerate(r95_PH_CITY)], fam="r95_placeholder")


# wave 5: statements of absence or of a state in a name's or a city's place
r95_PH2 = [("No Show", None, None), ("Walk In", None, "r95_ambig"), ("To Follow", None, None), ("Not Applicable", None, None),
           ("Not Known", None, None), ("Not Stated", None, None), ("Ikke Oppgitt", None, None), ("Nicht Angegeben", None, None),
           ("Non Renseigné", None, None), ("Sin Nombre", None, None), ("Senza Nome", None, None), ("Ingen Navn", None, None),
           ("Keine Angabe", None, None), ("Ei Tiedossa", None, None), ("Brak Danych", None, None), ("Okänt Namn", None, None),
           ("Redacted Name", None, None), ("Deleted User", None, None), ("Former Guest", None, "r95_ambig")]
for r95_q1, r95_q2, r95_qt in [("", "", "n"), ("„", "“", "l")]:
    r95_sb("s-pz%s" % r95_qt, "gn", r95_q1 + "Mira Holt" + r95_q2, "Mira Holt",
           [("%d" % i, r95_q1 + t + r95_q2, r) + ((f,) if f else ()) for i, (t, r, f) in enumerate(r95_PH2)], fam="r95_placeholder")
r95_PH3 = [("Ubekendt", None, None), ("Ismeretlen", None, None), ("Neznámé", None, None), ("Necunoscut", None, None),
           ("Onbekend", None, None), ("Sconosciuto", None, None), ("Desconhecido", None, None), ("Bilinmiyor", None, None),
           ("Nieznany", None, None), ("Óþekkt", None, None), ("Tundmatu", None, None), ("Nezināms", None, None),
           ("Hometown", None, "r95_ambig"), ("Anywhere", None, None), ("Elsewhere", None, None), ("Abroad", None, "r95_ambig"),
           ("Overseas", None, "r95_ambig"), ("Undisclosed", None, None), ("Confidential", None, None), ("Classified", None, None)]
r95_sb("s-pyn", "gcn", "Oslo", "Oslo", [("%d" % i, t, r) + ((f,) if f else ()) for i, (t, r, f) in enumerate(r95_PH3)], fam="r95_placeholder")


# =====================================================================================
# wave 6: (a) the shape of a value ignores its spaces, so `"Ma" Rainey "Sr"` (two quoted parts, kept)
# and `"Liam "LB" Holm"` (one pair around the whole value, stripped) look alike; (b) single requests
# whose model answer is the first quoted part of a value of two quoted parts (fresh, then stored).
# =====================================================================================
r95_sb("s-ws1", "g", '"Jonas "Jo" Berg"', 'Jonas "Jo" Berg', [("two", '"Ma" Rainey "Sr"', '"Ma" Rainey "Sr"'),
       ("one", '"Liam "Li" Holm"', 'Liam "Li" Holm')])
r95_sb("s-ws2", "g", '"Ma" Rainey "Sr"', '"Ma" Rainey "Sr"', [("one", '"Liam "Li" Holm"', 'Liam "Li" Holm'),
       ("two", '"Pa" Holm "Jr"', '"Pa" Holm "Jr"')])
r95_sb("s-ws3", "g", "“Jonas “Jo” Berg”", "Jonas “Jo” Berg", [("two", "“Ma” Rainey “Sr”", "“Ma” Rainey “Sr”")])
r95_sb("s-ws4", "g", "“Ma” Rainey “Sr”", "“Ma” Rainey “Sr”", [("one", "“Liam “Li” Holm”", "Liam “Li” Holm")])
r95_sb("s-ws5", "g", "«Jonas «Jo» Berg»", "Jonas «Jo» Berg", [("two", "«Ma» Rainey «Sr»", "«Ma» Rainey «Sr»")])
r95_sb("s-ws6", "g", "«Ma» Rainey «Sr»", "«Ma» Rainey «Sr»", [("one", "«Liam «Li» Holm»", "Liam «Li» Holm")])
r95_sb("s-ws7", "bt", '"The "Odyssey" Retold"', 'The "Odyssey" Retold', [("two", '"The" Odyssey "Retold"', '"The" Odyssey "Retold"'),
       ("two2", '"Krig" Og "Fred"', '"Krig" Og "Fred"')])
r95_sb("s-ws8", "bt", '"Krig" Og "Fred"', '"Krig" Og "Fred"', [("one", '"The "Odyssey" Retold"', 'The "Odyssey" Retold')])
r95_sb("s-ws9", "t", '"Printer "P2" down"', 'Printer "P2" down', [("two", '"Printer" P2 "down"', '"Printer" P2 "down"')])
r95_sb("s-ws10", "t", '"Printer" P2 "down"', '"Printer" P2 "down"', [("one", '"Scanner "S3" down"', 'Scanner "S3" down')])
r95_sb("s-ws11", "pc", '"AB-"12"-3"', 'AB-"12"-3', [("two", '"CD"-34-"5"', '"CD"-34-"5"')], "r95_ambig")
r95_sb("s-ws12", "pc", '"AB"-12-"3"', '"AB"-12-"3"', [("one", '"CD-"34"-5"', 'CD-"34"-5', "r95_ambig")])
r95_sb("s-ws13", "g", "«Mira Holt»", "Mira Holt", [("sp", "« Lena » Storm", "« Lena » Storm", "r95_ambig"), ("sp2", "«Lena»Storm", "«Lena»Storm", "r95_ambig")])
r95_sb("s-ws14", "g", "'Mira Holt'", "Mira Holt", [("til", "'Til Tuesday", "'Til Tuesday"), ("evans", "Chris Evans'", "Chris Evans'", "r95_ambig"),
       ("s", "'s Gravenhage", "'s Gravenhage"), ("n", "Guns N'", "Guns N'", "r95_ambig")])
r95_sb("s-ws15", "gc", "'Oslo'", "Oslo", [("sher", "'s-Hertogenbosch", "'s-Hertogenbosch"), ("end", "Bergen'", "Bergen'", "r95_ambig")])


def r95_one(tag, tpl, text, frag, right, fam="r95_fragment"):
    ins, noun, fields, exp, schema = r95_T[tpl]
    e = r95_fill(exp, text, right)
    st = r95_fill(exp, text, frag)
    J("d95-%s" % tag, fam, r95_render(ins, noun, r95_fill(fields, text, right)), schema, e, [st, e])


r95_one("f-cn1", "bt", "《红楼梦》与《西游记》", "红楼梦", "《红楼梦》与《西游记》")
r95_one("f-cn2", "bt", "《红楼梦》和《西游记》", "西游记", "《红楼梦》和《西游记》")
r95_one("f-cn3", "bt", "《论语》《孟子》", "论语", "《论语》《孟子》")
r95_one("f-jp1", "bt", "「雪国」と「古都」", "雪国", "「雪国」と「古都」")
r95_one("f-jp2", "bt", "『雪国』と『古都』", "古都", "『雪国』と『古都』")
r95_one("f-jp3", "t", "「保存」と「取消」", "保存", "「保存」と「取消」")
r95_one("f-jp4", "pp", "『ルナ』と『ミニ』", "ルナ", "『ルナ』と『ミニ』")
r95_one("f-no1", "bt", "«Krig» og «fred»", "Krig", "«Krig» og «fred»")
r95_one("f-en1", "bt", '"Yes" or "No"', "Yes", '"Yes" or "No"')
r95_one("f-de1", "bt", "„Faust“ und „Woyzeck“", "Faust", "„Faust“ und „Woyzeck“")
r95_one("f-fr1", "bt", "‹Candide› ou ‹Zadig›", "Candide", "‹Candide› ou ‹Zadig›")
r95_one("f-en2", "t", '"Save" and "Cancel"', "Save", '"Save" and "Cancel"')
r95_one("f-en3", "g", '"Ma" Rainey "Sr"', "Ma", '"Ma" Rainey "Sr"')
r95_one("f-en4", "g", '"JB" Berg', "JB", '"JB" Berg')
r95_one("f-en5", "g", 'Jonas "JB" Berg', "JB", 'Jonas "JB" Berg')
r95_one("f-cn4", "gc", "「京都」と「奈良」", "京都", "「京都」と「奈良」")
r95_one("f-cn5", "bt", "《红楼梦》", "红楼", "红楼梦")
r95_one("f-cn6", "bt", "〈論語〉與〈孟子〉", "論語", "〈論語〉與〈孟子〉")
r95_one("f-kr1", "bt", "《토지》와 《혼불》", "토지", "《토지》와 《혼불》")
r95_one("f-kr2", "bt", "「토지」", "토지」", "토지")
r95_one("f-par", "t", "(draft) Quarterly report (v2)", "draft", "(draft) Quarterly report (v2)")
r95_one("f-br", "t", "[URGENT] Invoice overdue [#1234]", "URGENT", "[URGENT] Invoice overdue [#1234]")
r95_one("f-cn7", "bt", "《红楼梦》与《西游记》", "红楼梦》与《西游记", "《红楼梦》与《西游记》")
r95_one("f-jp5", "bt", "「雪国」と「古都」", "雪国」と「古都", "「雪国」と「古都」")
r95_one("f-no2", "bt", "«Krig» og «fred»", "Krig» og «fred", "«Krig» og «fred»")
r95_one("f-en6", "bt", '"Yes" or "No"', 'Yes" or "No', '"Yes" or "No"')
r95_T["cn"] = ("Return the book's details as JSON.", "book record",
               [("作者", "曹雪芹"), ("书名", "{v}"), ("年份", "1791"), ("书架", "A3")],
               {"书名": "{v}", "作者": "曹雪芹", "年份": 1791}, S({"书名": "string", "作者": "string", "年份": "integer"}))
r95_T["jpb"] = ("Return the book's details as JSON.", "book record",
                [("著者", "川端康成"), ("書名", "{v}"), ("出版年", "1948"), ("棚", "A3")],
                {"書名": "{v}", "著者": "川端康成", "出版年": 1948}, S({"書名": "string", "著者": "string", "出版年": "integer"}))
r95_one("f-cn-1", "cn", "《红楼梦》与《西游记》", "西游记", "《红楼梦》与《西游记》")
r95_one("f-cn-2", "cn", "《论语》《孟子》", "论语", "《论语》《孟子》")
r95_one("f-cn-3", "cn", "红楼梦与西游记", "红楼梦", "红楼梦与西游记")
r95_one("f-cn-4", "cn", "《红楼梦》（上）", "红楼梦", "《红楼梦》（上）", "r95_ambig")
r95_one("f-cn-5", "cn", "“红楼梦”与“西游记”", "红楼梦", "“红楼梦”与“西游记”")
r95_one("f-cn-6", "cn", "红楼梦*", "红楼梦", "红楼梦")
r95_one("f-cn-7", "cn", "〈论语〉与〈孟子〉", "论语", "〈论语〉与〈孟子〉")
r95_one("f-cn-8", "cn", "《红楼梦》", "红楼", "红楼梦")
r95_one("f-cn-9", "cn", "石头记（又名红楼梦）", "红楼梦", "石头记（又名红楼梦）", "r95_ambig")
r95_one("f-jpb-1", "jpb", "「雪国」と「古都」", "雪国", "「雪国」と「古都」")
r95_one("f-jpb-2", "jpb", "『雪国』と『古都』", "古都", "『雪国』と『古都』")
r95_one("f-jpb-3", "jpb", "雪国と古都", "雪国", "雪国と古都")
r95_one("f-jpb-4", "jpb", "「雪国」", "雪", "雪国")
r95_one("f-jpb-5", "jpb", "雪国・古都", "古都", "雪国・古都")
r95_sb("s-ws16", "bt", "'Anna Karenina'", "Anna Karenina", [("lovin", "Keep Lovin'", "Keep Lovin'"), ("nothin", "Ain't Nothin'", "Ain't Nothin'")])
r95_sb("s-ws17", "pp", "'Desk lamp'", "Desk lamp", [("rockin", "Rockin' lamp", "Rockin' lamp"), ("end", "Lamp lovin'", "Lamp lovin'")])
r95_sb("s-ws18", "g", "‘Mira Holt’", "Mira Holt", [("end", "Guns N’", "Guns N’", "r95_ambig"), ("til", "’Til Tuesday", "’Til Tuesday")])


# Two probes whose right answer is a matter of reading, left out of the ctest (FINDINGS.md, round
# 95): the tester wrote "Lena Storm" for "Guest: Lena Storm 🌸" (the cache rewrites the stored
# "Mira Holt 🌸" to "Lena Storm 🌸") and "Bergen'" for "City: Bergen'" (a lone closing quote is
# read as closing the record's quoting, as in "Name: A | City: B'").
P[:] = [p for p in P if p["id"] not in ("d95-g-emoji", "d95-s-ws15-end")]
