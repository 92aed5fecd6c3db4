r"""Red-team round 200 (black box): THE RULES OF ROUNDS 194-197 ATTACKED -- step descriptions that give a number
(other languages, multiplicatives, separators, terms, moves) and remarks beside codes (two words, joined, bracketed,
three capitals, a digit at the end, after a value that is no code).
Focus: (1) worked equations "a v + b = c" (a 2-9), two steps "DESC: eq", the model's first answer right in every
  equation and value but with one false description, a later answer plain and right: 11 languages beyond the eight
  read (Polish, Czech, Turkish, Finnish, Hungarian, Portuguese, Swahili, Japanese kanji "両辺から五を引く", Italian,
  Dutch, Indonesian) x number words / digits x step 1 (subtract) / step 2 (divide), 176 singles; coincidence pairs in
  those languages (base b = a or b = x, variant changes b or x; 88); right workings in them (22 base + 22 "Thanks!");
  multiplicatives, ordinals and collective numbers (21 step-2 shapes: "Cut both sides in half", "Take one-third",
  "Take a sixth of each side", "Take 1/5th", "Divide by 2 twice", "by a dozen", "by half a dozen", "by a pair",
  "Halbiere/Halver beide Seiten", "両辺を半分にする", "a la mitad", "la moitié"; 9 step-1 shapes: "a dozen", "half a
  dozen", "twice 3", "double 4", "triple 2", "a score", "a pair", "a couple", "a tenth of 100"), 150 singles;
  thousands written "1,000" "1.000" "1 000" "1 000" "1'000" "1_000" in the equation (right, misread-as-1 and
  changed-thousands probes, 72) and in a description with a wrong amount (18); 16 move-across shapes with a wrong
  number ("Move the N to the right", "Shift N", "Carry the N over", "Transpose N", "Move +N across", Norwegian,
  German, Spanish, French, Polish, "Nを右辺に移項") for the constant (64) and the coefficient (32), 16 coincidence
  pairs; descriptions that name a term, 12 wrong shapes ("Move the x-term to the other side", "Subtract the
  coefficient", "Divide by the constant", "Cancel the constant" at step 2 ...; 60 singles) and 12 right pairs ("Cancel
  the constant", "Divide by the coefficient": 24 pair/safe probes + 12 changed-x variants).
  (2) name/city cards (one remark per card; pair = base stored, variant's model answer first the old city; single =
  the same text, "Tel:" for "Phone:"): two-word remarks after a code, 22 capitalised ("Now {n}", "Teraz {n}",
  "Mudou {n}", "Neu {n}", "Sekarang {n}", "NOW {n}"...), 12 lowercase ("jetzt {n}", "bor {n}") and the city alone,
  after 3 of 6 marks, in a field no member reads (210) and one a member reads (210); joined with "/", "+", "&",
  "&amp;" (104); in brackets ("(Now {n})", "(bor {n})", "[{n}]": 96); codes of three capitals ("Gate: ABC",
  "Zone: RED", "Seat: FAX") and codes with a digit only at the end ("Seat: FA1", "Bay: BX5"), 12 remarks each, read
  and unread (192); remarks after a value that is no code (amount, "NOK 450", dates, a contact's name, e-mail,
  postcode, birth date: 12 remarks, 72) and after the Name itself (24).
2,264 probes (seeded random.Random(200)): 612 bases, 606 pair variants, 969 singles, 77 safe. Only the d200- probes
  were served (probes.py's own probes and the other rounds were not run). R200_ALONE=1 keeps r200_found_alone +
  r200_arguable and their bases (257 probes).
HELD:
 - Equations: every description that states its number in DIGITS, in any language (0 of 88 digit singles; all
   served lines with a false number were number words); Portuguese and Italian words nearly all (1 and 1 of 16);
   every wrong-number move across, all 16 shapes in 6 languages (0 of 96 singles, 0 of 16 pairs); English
   halve/third/quarter/fourth/fifth/"1/5th"/"twice"/"double"/"triple"/"a tenth of 100" (0 stored); every equation with
   a separated thousands number (6 styles: a clear error, 0 served wrong; a cost: the right answer is refused too) and
   every wrong separated amount in a description (0 of 18); right workings in the 11 languages were served fresh or
   reused right.
 - Remarks: two-word remarks after a code in a field NO member reads (0 of 210 alone; 2 in the whole run, "Seat:
   21D, Mudou Skien", not reproduced alone), joined with "/", "+", "&" (0 clear), in brackets (0 of 96), three
   capitals and a digit at the end in an unread field (0 alone), every remark after a value that is no code (0 of 72:
   "Amount: 120 EUR | refunded to {n}" etc.) and 11 of 12 after the Name; in a field a member READS, the two-word
   remarks "Now", "Moved", "Jetzt", "Ahora", "Agora", "Teraz", "Nyt", "Nu", "Ora", "Flyttet", "Umgezogen", "Ny",
   "NOW", "JETZT", "Since", "New", "Relocated" and every lowercase two-word one (0), three-capital and end-digit codes
   with "moved to", "Now", "Flyttet Til", "now lives in", "(now ...)", "| Nyt ..." (0).
WHAT GOT THROUGH. Judged by this round's reader (its tester's reader.py + triage.py: every "DESC: eq" line's stated
  number, number words of 11 languages and English, the multiplicatives above, the term descriptions, against the
  request's own b and a; JSON by value as check.py). check.py alone flags 28 / 37 of the alone run (it does not read
  these descriptions). Whole round, fresh SQLite store, two passes: from the cache 68 in run 1 (52 clear, 16
  arguable: 42 reuse, 26 kept on the patch path), 242 in run 2 (209 clear, 33 arguable: 216 reuse, 26 patch). Alone
  (257 probes, fresh store, two passes): 77 in run 1 (61 clear, 16 arguable), 229 in run 2 (204 clear, 25 arguable);
  204 clear ids in r200_found_alone, 25 in r200_arguable.
 (A) CLEAR, a number WORD of a language beyond the eight, for an operation the check cannot read, stored and served
     (also carried into other requests with the same a and x): "Solve 4t + 6 = 34 step by step." -> "Odejmij
     dziesięć od obu stron: 4t = 28 / Divide both sides by 4: t = 7"; "Solve for y: 3y + 12 = 36." -> "Odejmij cztery
     od obu stron: 3y = 24"; "Please solve 4x + 5 = 9" -> "... Her iki tarafı on ile böl: x = 1"; "Solve for n: 2n +
     11 = 21. Show each step." (and "... Thanks!") -> "... 両辺を十で割る: n = 5"; "Solve 2y + 10 = 26 step by step."
     (a base whose model answer was right) -> "両辺から六を引く: 2y = 16"; "Solve for k: 6k + 10 = 22." -> "Kurangi
     kedua ruas dengan dua: 6k = 12 / Bagi kedua ruas dengan enam: k = 2"; pairs: "Please solve 4x + 1 = 41" ->
     "Odejmij cztery od obu stron: 4x = 40 / Podziel obie strony przez cztery: x = 10", "Solve for n: 7n + 1 = 15." ->
     "Odečti sedm od obou stran: 7n = 14"; also Finnish "Vähennä kolme molemmilta puolilta: 5k = 45" (5k + 2 = 47),
     Hungarian "Osszuk el mindkét oldalt tíz-vel", Swahili "Toa nane pande zote mbili", Dutch "Trek elf af van beide
     kanten". 63 of 88 word singles; 19 coincidence-pair variants.
 (B) CLEAR, collective numbers and multiplicatives: "Solve for k: 7k + 8 = 15." -> "Subtract a dozen from both sides:
     7k = 7"; "Solve for y: 5y + 19 = 24." -> "... Divide both sides by a pair: y = 1"; "Subtract half a dozen / a
     couple / a score from both sides", "Take a pair off both sides", "Take a sixth of each side: x = 7" (3x),
     "Divide both sides by a dozen: n = 3" (8n); and halving in other languages: "Solve for n: 9n + 6 = 96." -> "...
     Halbiere beide Seiten: n = 10"; "Please solve 6y + 3 = 15" -> "... Halver begge sider: y = 2"; "Solve 5x + 17 =
     72 step by step." -> "... 両辺を半分にする: x = 11"; "Divide ambos lados a la mitad: n = 11" (6n).
 (C) CLEAR, a description that names the WRONG term (no number): "Solve for t: 8t + 11 = 107." -> "Move the t-term to
     the other side: 8t = 96 / ..."; "Solve for k: 2k + 3 = 19." -> "... Move the k-term to the other side: 2k = 16";
     "Divide by the constant: 7x = 35"; "Divide both sides by the constant term: 9x = 99"; "Subtract the coefficient
     from both sides: 4t = 44"; "Cancel the k-term: 8k = 88"; step 2: "Solve for t: 4t + 5 = 9." -> "... Subtract the
     coefficient: t = 1"; "Subtract the constant term from both sides: k = 8"; "Divide by the right-hand side: k = 4".
 (D) CLEAR, a two-word capitalised remark of change beside a code a member READS (patch, old city kept): "Seat: 25E;
     Mudou Skien" (City: Odda) -> {"name": ..., "city": "Odda", "seat": "25E"}; "Bay: B112 | Neu Levanger" ->
     "Molde"; "Seat: 11D; Neu Levanger" -> "Larvik"; "Gate: C5. Sekarang Hamar" -> "Odda"; "Seat: 31A; Hoy Drammen" ->
     "Stavanger" (10 ids).
 (E) ARGUABLE (r200_arguable): a city alone after "/" or "|" beside a read code of three capitals or a digit at the
     end, or after the Name ("Gate: SKF / Stavanger" -> "Hamar", "Zone: GRN | Arendal", "Seat: WB3 / Hamar", "Bay: BX6
     | Odda", "Name: Lara Delovik / Hamar" -> "Arendal"), "Bay: B972 | Then Skien" (may say the old city), and at step
     2 "Cancel the constant: x = 9", "Divide both sides by the constant: k = 6", "Move the constant to the other side"
     (loosely said of the coefficient).
 Wrong served fresh (never from the cache; the lesser matter): run 1 237 worked answers with a false description (165
   skip, 72 patch: the model's own lines, stored, then reused in run 2 as (A)-(C)), run 2 69; JSON: the old city
   beside a remark, 58 in run 1 / 51 in run 2 (m2 20, nc 16, u2 5, c3m 5 ...), never stored but (D)/(A) of 197.
Adds its probes to probe_kit.P."""
import json
import random as r200_random

from probe_kit import P, S, J, E  # noqa: F401

R = r200_random.Random(200)
r200_found_alone = set(['d200-el-1393', 'd200-el-1394', 'd200-el-1395', 'd200-el-1396', 'd200-el-1397', 'd200-el-1398', 'd200-el-1399', 'd200-el-1400', 'd200-el-1409', 'd200-el-1410', 'd200-el-1411', 'd200-el-1412', 'd200-el-1414', 'd200-el-1415', 'd200-el-1416', 'd200-el-1425', 'd200-el-1426', 'd200-el-1427', 'd200-el-1428', 'd200-el-1429', 'd200-el-1430', 'd200-el-1431', 'd200-el-1432', 'd200-el-1442', 'd200-el-1443', 'd200-el-1444', 'd200-el-1445', 'd200-el-1446', 'd200-el-1448', 'd200-el-1457', 'd200-el-1458', 'd200-el-1459', 'd200-el-1460', 'd200-el-1462', 'd200-el-1463', 'd200-el-1464', 'd200-el-1472', 'd200-el-1480', 'd200-el-1489', 'd200-el-1490', 'd200-el-1491', 'd200-el-1492', 'd200-el-1494', 'd200-el-1495', 'd200-el-1496', 'd200-el-1506', 'd200-el-1507', 'd200-el-1508', 'd200-el-1509', 'd200-el-1510', 'd200-el-1511', 'd200-el-1512', 'd200-el-1521', 'd200-el-1527', 'd200-el-1538', 'd200-el-1544', 'd200-el-1553', 'd200-el-1554', 'd200-el-1555', 'd200-el-1556', 'd200-el-1557', 'd200-el-1558', 'd200-el-1559', 'd200-el-1560', 'd200-elpb-1661', 'd200-elpb-1688', 'd200-elpv-1614', 'd200-elpv-1617', 'd200-elpv-1626', 'd200-elpv-1629', 'd200-elpv-1638', 'd200-elpv-1641', 'd200-elpv-1650', 'd200-elpv-1653', 'd200-elpv-1662', 'd200-elpv-1665', 'd200-elpv-1686', 'd200-elpv-1689', 'd200-elpv-1698', 'd200-elpv-1701', 'd200-elpv-1734', 'd200-elpv-1737', 'd200-elpv-1740', 'd200-em-2011', 'd200-em-2102', 'd200-empb-2097', 'd200-es1-1876', 'd200-es1-1877', 'd200-es1-1878', 'd200-es1-1879', 'd200-es1-1880', 'd200-es1-1881', 'd200-es1-1882', 'd200-es1-1883', 'd200-es1-1884', 'd200-es1-1885', 'd200-es1-1897', 'd200-es1-1899', 'd200-es1-1901', 'd200-es1-1902', 'd200-es1-1903', 'd200-es1-1904', 'd200-es1-1905', 'd200-es1-1906', 'd200-es1-1907', 'd200-es1-1908', 'd200-es1-1909', 'd200-es1-1910', 'd200-es1-1911', 'd200-es1-1912', 'd200-es1-1913', 'd200-es1-1914', 'd200-es1-1915', 'd200-es2-1753', 'd200-es2-1764', 'd200-es2-1779', 'd200-es2-1790', 'd200-es2-1804', 'd200-es2-1805', 'd200-es2-1807', 'd200-es2-1808', 'd200-es2-1816', 'd200-es2-1817', 'd200-es2-1818', 'd200-es2-1840', 'd200-es2-1841', 'd200-es2-1843', 'd200-es2-1844', 'd200-es2-1845', 'd200-es2-1846', 'd200-es2-1847', 'd200-es2-1848', 'd200-es2-1849', 'd200-es2-1852', 'd200-es2-1853', 'd200-es2-1854', 'd200-es2-1855', 'd200-es2-1856', 'd200-es2-1857', 'd200-es2-1858', 'd200-es2-1859', 'd200-es2-1860', 'd200-es2-1861', 'd200-es2-1871', 'd200-es2-1872', 'd200-es2-1873', 'd200-es2-1874', 'd200-es2-1875', 'd200-esb-2237', 'd200-esrb-1862', 'd200-esrs-1863', 'd200-et1-2139', 'd200-et1-2140', 'd200-et1-2141', 'd200-et1-2142', 'd200-et1-2143', 'd200-et1-2144', 'd200-et1-2145', 'd200-et1-2147', 'd200-et1-2148', 'd200-et1-2149', 'd200-et1-2150', 'd200-et1-2151', 'd200-et1-2152', 'd200-et1-2153', 'd200-et1-2154', 'd200-et1-2156', 'd200-et1-2158', 'd200-et1-2159', 'd200-et1-2160', 'd200-et1-2161', 'd200-et1-2162', 'd200-et1-2163', 'd200-et1-2164', 'd200-et1-2165', 'd200-et1-2166', 'd200-et1-2167', 'd200-et1-2168', 'd200-et2-2169', 'd200-et2-2170', 'd200-et2-2171', 'd200-et2-2172', 'd200-et2-2173', 'd200-et2-2174', 'd200-et2-2183', 'd200-et2-2185', 'd200-et2-2189', 'd200-et2-2190', 'd200-et2-2191', 'd200-et2-2192', 'd200-et2-2193', 'd200-et2-2194', 'd200-et2-2196', 'd200-et2-2197', 'd200-m2Ls-216', 'd200-m2Ls-240', 'd200-m2Ls-246', 'd200-m2Ls-258', 'd200-m2Ls-288', 'd200-m2Lv-215', 'd200-m2Lv-239', 'd200-m2Lv-245', 'd200-m2Lv-257', 'd200-m2Lv-287'])
r200_arguable = set(['d200-c3mLs-1068', 'd200-c3mLs-1128', 'd200-c3mLs-1140', 'd200-c3mLv-1067', 'd200-c3mLv-1127', 'd200-c3mLv-1139', 'd200-edmLs-1074', 'd200-edmLs-1134', 'd200-edmLs-1146', 'd200-edmLv-1073', 'd200-edmLv-1133', 'd200-edmLv-1145', 'd200-et2-2175', 'd200-et2-2176', 'd200-et2-2178', 'd200-et2-2179', 'd200-et2-2181', 'd200-et2-2182', 'd200-et2-2186', 'd200-et2-2187', 'd200-et2-2188', 'd200-m2Ls-384', 'd200-m2Lv-383', 'd200-nns-1338', 'd200-nnv-1337'])
r200_base_of = {}
r200_meta = {}  # id -> {"kind", "tmpl", "wrong": [texts], "bad": [lines], "right": text}
r200_ctr = [0]
r200_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r200_seen = set()
r200_prompts = set()


def js(o):
    return json.dumps(o, ensure_ascii=False)


def w(k):
    return "".join(R.choice("bdfgklmnprstvz") + R.choice("aeiou") for _ in range(k))


def nm():
    while True:
        n = w(2).capitalize() + " " + w(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal", "nes"])
        if n not in r200_seen:
            r200_seen.add(n)
            return n


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nid(part):
    r200_ctr[0] += 1
    return "d200-%s-%d" % (part, r200_ctr[0])


def addj(kind, pid, fam, prompt, sch, exp, answers, wrong=None, base=None, tmpl=None):
    J(pid, fam, prompt, sch, exp, [js(a) for a in answers], safe=(kind == "safe"))
    r200_counts[kind] += 1
    r200_meta[pid] = {"kind": kind, "tmpl": tmpl, "task": "j", "wrong": [js(x) for x in (wrong or [])]}
    if base:
        r200_base_of[pid] = base


def adde(kind, pid, fam, prompt, var, val, answers, wrong=None, bad=None, base=None, tmpl=None, right=None):
    E(pid, fam, prompt, var, str(val), answers, safe=(kind == "safe"), false_lines=bad)
    r200_counts[kind] += 1
    r200_meta[pid] = {"kind": kind, "tmpl": tmpl, "task": "e", "wrong": list(wrong or []), "bad": list(bad or []),
                      "right": right}
    if base:
        r200_base_of[pid] = base


CITIES = ["Bergen", "Tromsø", "Stavanger", "Drammen", "Hamar", "Molde", "Bodø", "Skien", "Arendal", "Gjøvik",
          "Harstad", "Kongsberg", "Larvik", "Halden", "Narvik", "Alta", "Ålesund", "Sandefjord", "Tønsberg", "Moss",
          "Florø", "Voss", "Odda", "Risør", "Steinkjer", "Levanger", "Namsos", "Sogndal", "Førde", "Elverum"]
ASCII_CITIES = [c for c in CITIES if all(ord(ch) < 128 for ch in c)]

# ============================================================ PART R: remarks beside codes and other values
# two-word capitalised ASCII remarks (and a few all-caps / lowercase two-word ones)
REM2_CAP = ["Now {n}", "Moved {n}", "Jetzt {n}", "Ahora {n}", "Agora {n}", "Teraz {n}", "Nyt {n}", "Nu {n}",
            "Ora {n}", "Flyttet {n}", "Umgezogen {n}", "Mudou {n}", "Ny {n}", "Neu {n}", "Sekarang {n}", "Hoy {n}",
            "NOW {n}", "JETZT {n}", "Since {n}", "New {n}", "Relocated {n}", "Then {n}"]
REM2_LOW = ["jetzt {n}", "ahora {n}", "agora {n}", "teraz {n}", "nyt {n}", "nu {n}", "ora {n}", "bor {n}",
            "flytta {n}", "sekarang {n}", "inzwischen {n}", "hoje {n}"]
REM_ONE = ["{n}"]  # the new city alone beside the code
REM_JOIN = ["/Moved/{n}", "+{n}", " + {n}", " & {n}", "&{n}", " & Moved To {n}", "+Flyttet Til {n}", "/Now {n}",
            " + now {n}", " & now in {n}", "/{n}", " + Neu {n}", " &amp; {n}"]
REM_PAREN = ["({n})", "(Now {n})", "(Nyt {n})", "(bor {n})", "(jetzt {n})", "(Umgezogen Nach {n})",
             "(Ny Adresse {n})", "(teraz {n})", "(Flyttet {n})", "[{n}]", "({n} now)", "({n} Fra Mai)"]
MARKS2 = [" ", " | ", " - ", ". ", ", ", "; "]
CODES = [("Gate", lambda: R.choice("ABCDE") + str(R.randint(1, 40))),
         ("Ref", lambda: "K" + dg(5)),
         ("Customer no.", lambda: "C-" + dg(5)),
         ("Member no.", lambda: "M" + dg(4)),
         ("Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF"))]
CAP3 = [("Gate", lambda: "".join(R.sample("ABCDEFGHKLMNPRST", 3))), ("Seat", lambda: R.choice(["FAX", "EXT", "WIN", "AIS"])),
        ("Zone", lambda: R.choice(["RED", "BLU", "GRN", "VIP"])), ("Terminal", lambda: R.choice(["INT", "DOM", "EUR"]))]
ENDDIG = [("Seat", lambda: R.choice(["FA", "WB", "AC", "EX"]) + str(R.randint(1, 9))),
          ("Gate", lambda: R.choice(["AB", "CD", "EF"]) + str(R.randint(1, 9))),
          ("Ref", lambda: "".join(R.sample("KLMNPQRSTX", 4)) + str(R.randint(1, 9))),
          ("Bay", lambda: "BX" + str(R.randint(1, 9)))]
REM_FOR_CAP3 = ["moved to {n}", "Now {n}", "| Flyttet", "| flyttet til {n}", "Moved {n}", "{n}", "- now {n}",
                "Flyttet Til {n}", "/ {n}", "(now {n})", "now lives in {n}", "| Nyt {n}"]
READ = [("room", "Room", lambda: str(R.randint(101, 699))), ("seat", "Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF")),
        ("gate", "Gate", lambda: R.choice("ABCDE") + str(R.randint(1, 40))), ("member_no", "Member no.", lambda: "M" + dg(4)),
        ("bay", "Bay", lambda: "B" + dg(3))]
RINTRO = ["Extract the name and city as JSON.", "Return the name and city as JSON.",
          "Give the name and city from the card as JSON."]


def rec(name, city, lbl, cv, extra=None, lay="L"):
    phone = "%d%s %s %s" % (4 + (sum(map(ord, name)) % 2) * 5, str(sum(map(ord, name)) % 90 + 10), str(len(name) * 7 % 90 + 10), str(sum(map(ord, name)) * 13 % 900 + 100))
    fields = [("Name", name), ("City", city), (lbl, cv)]
    if extra:
        fields += extra
    if lay == "O":
        s = " | ".join("%s: %s" % f for f in fields) + "\n"
    else:
        s = "".join("%s: %s\n" % f for f in fields)
    s += "Phone: +47 %s\n" % phone
    return s


def r_emit(part, fam, intro, sch, base_rec, var_rec, plain, right, tmpl):
    bid = nid(part + "b")
    addj("base", bid, fam, intro + "\n\n" + base_rec, sch, plain, [plain], tmpl=tmpl)
    addj("pair", nid(part + "v"), fam, intro + "\n\n" + var_rec, sch, right, [plain, right], wrong=[plain],
         base=bid, tmpl=tmpl)
    addj("single", nid(part + "s"), fam, intro + "\n\n" + var_rec.replace("Phone: +47", "Tel: +47"), sch, right,
         [plain, right], wrong=[plain], tmpl=tmpl)


def one_r(tag, fam, tm, mark, codes, read, lay, joiner=None):
    name = nm()
    old, new = R.sample(ASCII_CITIES if read else CITIES, 2)
    if read:
        key, lbl, cg = read
    else:
        lbl, cg = R.choice(codes)
        key = None
    code = cg()
    rem = tm.format(n=new)
    cv = code + (mark + rem if joiner is None else rem)
    if key:
        sch = S({"name": "string", "city": "string", key: "string"})
        intro = "Extract the name, city and %s as JSON." % lbl.lower().rstrip(".")
        plain = {"name": name, "city": old, key: code}
        right = {"name": name, "city": new, key: code}
    else:
        sch = S({"name": "string", "city": "string"})
        intro = R.choice(RINTRO)
        plain = {"name": name, "city": old}
        right = {"name": name, "city": new}
    r_emit(tag + lay, fam, intro, sch, rec(name, old, lbl, code, lay=lay), rec(name, old, lbl, cv, lay=lay), plain,
           right, tmpl="%s|%s|%s" % (tag, tm, mark if joiner is None else "join"))


def part_r():
    # (1) two-word remarks after a code: unread and read fields
    for tm in REM2_CAP + REM2_LOW + REM_ONE:
        for mark in R.sample(MARKS2, 3):
            lay = R.choice("LO")
            one_r("u2", "r200_rem2_unread", tm, mark, CODES, None, lay)
            one_r("m2", "r200_rem2_read", tm, mark, None, R.choice(READ), lay)
    # (2) remarks joined with "/", "+", "&"
    for tm in REM_JOIN:
        for k in range(2):
            lay = R.choice("LO") if "&" not in tm and "|" not in tm else "L"
            one_r("uj", "r200_remjoin_unread", tm, "", CODES, None, "L", joiner=True)
            one_r("mj", "r200_remjoin_read", tm, "", None, R.choice(READ), "L", joiner=True)
    # (3) remarks in parentheses after a code (read field mainly; also unread)
    for tm in REM_PAREN:
        for mark in (" ", ""):
            one_r("mp", "r200_remparen_read", tm, mark, None, R.choice(READ), R.choice("LO"))
            one_r("up", "r200_remparen_unread", tm, mark, CODES, None, "L")
    # (4) codes of three capitals; (5) codes with a digit only at the end
    for tm in REM_FOR_CAP3:
        for mark in R.sample([" ", " | ", " - ", ", "], 2):
            if tm.startswith(("|", "/", "-", "(")):
                mark = " "
            one_r("c3", "r200_cap3_unread", tm, mark, CAP3, None, "L")
            key = R.choice(["gate", "seat", "zone"])
            lbl = key.capitalize()
            gen = [c for c in CAP3 if c[0] == lbl][0][1]
            one_r("c3m", "r200_cap3_read", tm, mark, None, (key, lbl, gen), "L")
            one_r("ed", "r200_enddig_unread", tm, mark, ENDDIG, None, "L")
            key, lbl = R.choice([("seat", "Seat"), ("gate", "Gate"), ("bay", "Bay")])
            gen = [c for c in ENDDIG if c[0] == lbl][0][1]
            one_r("edm", "r200_enddig_read", tm, mark, None, (key, lbl, gen), "L")
    # (6) remarks after a value that is NOT a code: name, date, amount, phone, e-mail, postcode
    NONCODE = [("Amount", lambda: "%d EUR" % R.randint(40, 900)), ("Paid", lambda: "NOK %d" % R.randint(100, 5000)),
               ("Date", lambda: "%02d.%02d.2026" % (R.randint(1, 28), R.randint(1, 12))),
               ("Booked", lambda: "2026-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))),
               ("Contact", lambda: nm()), ("Email", lambda: w(2) + "@" + w(3) + ".no"),
               ("Postcode", lambda: dg(4)), ("Born", lambda: "%d %s 19%d" % (R.randint(1, 28), R.choice(["March", "May", "June"]), R.randint(50, 99)))]
    NCREM = ["| moved to {n}", "| refunded to {n}", "- now lives in {n}", "(moved to {n})", "; flyttet til {n}",
             "Now {n}", "- Umgezogen Nach {n}", ", sent to {n}", "→ {n}", "/ {n}", "| now {n}", "— bor nå i {n}"]
    for tm in NCREM:
        for k in range(3):
            lbl, gen = R.choice(NONCODE)
            one_r("nc", "r200_noncode", tm, " ", [(lbl, gen)], None, "L")
        # remark after the Name itself (a member reads it)
        name = nm()
        old, new = R.sample(CITIES, 2)
        sch = S({"name": "string", "city": "string"})
        intro = R.choice(RINTRO)
        plain = {"name": name, "city": old}
        right = {"name": name, "city": new}
        b = "Name: %s\nCity: %s\nPhone: +47 %s\n" % (name, old, dg(8))
        v = "Name: %s %s\nCity: %s\nPhone: +47 %s\n" % (name, tm.format(n=new), old, dg(8))
        r_emit("nn", "r200_noncode_name", intro, sch, b, v, plain, right, tmpl="nn|%s" % tm)
    # safe: harmless value with unit word beside a code, "Thanks!"
    for k in range(15):
        name = nm()
        old = R.choice(CITIES)
        lbl, cg = R.choice(CODES)
        code = cg()
        intro = R.choice(RINTRO)
        plain = {"name": name, "city": old}
        bid = nid("rsb")
        b = rec(name, old, lbl, code)
        addj("base", bid, "r200_safe", intro + "\n\n" + b, S({"name": "string", "city": "string"}), plain, [plain])
        addj("safe", nid("rsf"), "r200_safe", intro + " Thanks!\n\n" + b, S({"name": "string", "city": "string"}),
             plain, [plain], base=bid)


# ============================================================ PART E: worked equations
NW = {
    "pl": {1: "jeden", 2: "dwa", 3: "trzy", 4: "cztery", 5: "pięć", 6: "sześć", 7: "siedem", 8: "osiem", 9: "dziewięć", 10: "dziesięć", 11: "jedenaście", 12: "dwanaście"},
    "cs": {1: "jedna", 2: "dvě", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm", 8: "osm", 9: "devět", 10: "deset", 11: "jedenáct", 12: "dvanáct"},
    "tr": {1: "bir", 2: "iki", 3: "üç", 4: "dört", 5: "beş", 6: "altı", 7: "yedi", 8: "sekiz", 9: "dokuz", 10: "on", 11: "on bir", 12: "on iki"},
    "fi": {1: "yksi", 2: "kaksi", 3: "kolme", 4: "neljä", 5: "viisi", 6: "kuusi", 7: "seitsemän", 8: "kahdeksan", 9: "yhdeksän", 10: "kymmenen", 11: "yksitoista", 12: "kaksitoista"},
    "hu": {1: "egy", 2: "kettő", 3: "három", 4: "négy", 5: "öt", 6: "hat", 7: "hét", 8: "nyolc", 9: "kilenc", 10: "tíz", 11: "tizenegy", 12: "tizenkettő"},
    "pt": {1: "um", 2: "dois", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito", 9: "nove", 10: "dez", 11: "onze", 12: "doze"},
    "sw": {1: "moja", 2: "mbili", 3: "tatu", 4: "nne", 5: "tano", 6: "sita", 7: "saba", 8: "nane", 9: "tisa", 10: "kumi", 11: "kumi na moja", 12: "kumi na mbili"},
    "ja": {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"},
    "it": {1: "uno", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette", 8: "otto", 9: "nove", 10: "dieci", 11: "undici", 12: "dodici"},
    "nl": {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien", 11: "elf", 12: "twaalf"},
    "id": {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas"},
}
# step 1: subtract b; step 2: divide by a. {w} number word, {n} digits
L1 = {
    "pl": "Odejmij {x} od obu stron: {eq}", "cs": "Odečti {x} od obou stran: {eq}",
    "tr": "Her iki taraftan {x} çıkar: {eq}", "fi": "Vähennä {x} molemmilta puolilta: {eq}",
    "hu": "Vonjunk ki {x}-t mindkét oldalból: {eq}", "pt": "Subtraia {x} de ambos os lados: {eq}",
    "sw": "Toa {x} pande zote mbili: {eq}", "ja": "両辺から{x}を引く: {eq}", "it": "Sottrai {x} da entrambi i lati: {eq}",
    "nl": "Trek {x} af van beide kanten: {eq}", "id": "Kurangi kedua ruas dengan {x}: {eq}",
}
L2 = {
    "pl": "Podziel obie strony przez {x}: {eq}", "cs": "Vyděl obě strany číslem {x}: {eq}",
    "tr": "Her iki tarafı {x} ile böl: {eq}", "fi": "Jaa molemmat puolet luvulla {x}: {eq}",
    "hu": "Osszuk el mindkét oldalt {x}-vel: {eq}", "pt": "Divida ambos os lados por {x}: {eq}",
    "sw": "Gawanya pande zote kwa {x}: {eq}", "ja": "両辺を{x}で割る: {eq}", "it": "Dividi entrambi i lati per {x}: {eq}",
    "nl": "Deel beide kanten door {x}: {eq}", "id": "Bagi kedua ruas dengan {x}: {eq}",
}
# multiplicatives / ordinals / dozens for step 2 (divide by a) and step 1 (subtract b)
SCALE2 = {  # template, the divisor it states
    "halve_in": ("Cut both sides in half: {eq}", 2), "halve_two": ("Divide both sides in two: {eq}", 2),
    "half_each": ("Take half of each side: {eq}", 2), "halve_it": ("Halve it: {eq}", 2),
    "third_h": ("Take one-third of both sides: {eq}", 3), "third_th": ("Multiply both sides by one third: {eq}", 3),
    "quarter": ("Quarter it: {eq}", 4), "fourth": ("Take a fourth of each side: {eq}", 4),
    "fifth": ("Take one fifth of both sides: {eq}", 5), "sixth": ("Take a sixth of each side: {eq}", 6),
    "fifth_n": ("Take 1/5th of both sides: {eq}", 5), "dozen": ("Divide both sides by a dozen: {eq}", 12),
    "half_dozen": ("Divide both sides by half a dozen: {eq}", 6), "twice_div": ("Divide by 2 twice: {eq}", 4),
    "thrice": ("Divide both sides by three, twice: {eq}", 9), "ja_half": ("両辺を半分にする: {eq}", 2),
    "de_halb": ("Halbiere beide Seiten: {eq}", 2), "no_halv": ("Halver begge sider: {eq}", 2),
    "es_mitad": ("Divide ambos lados a la mitad: {eq}", 2), "fr_moitie": ("Prends la moitié des deux côtés : {eq}", 2),
    "pair": ("Divide both sides by a pair: {eq}", 2),
}
SCALE1 = {  # subtract a stated amount
    "dozen": ("Subtract a dozen from both sides: {eq}", 12), "half_dozen": ("Subtract half a dozen from both sides: {eq}", 6),
    "twice": ("Subtract twice 3 from both sides: {eq}", 6), "double": ("Subtract double 4 from both sides: {eq}", 8),
    "triple": ("Subtract triple 2 from both sides: {eq}", 6), "score": ("Subtract a score from both sides: {eq}", 20),
    "pair": ("Take a pair off both sides: {eq}", 2), "couple": ("Subtract a couple from both sides: {eq}", 2),
    "ten_th": ("Subtract a tenth of 100 from both sides: {eq}", 10),
}
# moves across
MOVE = ["Move the {n} to the right: {eq}", "Shift {n} to the right-hand side: {eq}", "Carry the {n} over: {eq}",
        "Transpose {n}: {eq}", "Take the {n} to the other side: {eq}", "Move +{n} across: {eq}",
        "Bring the {n} over to the right: {eq}", "Send {n} to the other side: {eq}",
        "Flytt {n} over: {eq}", "Bringe {n} auf die andere Seite: {eq}", "Pasa el {n} al otro lado: {eq}",
        "Passe le {n} de l'autre côté : {eq}", "Przenieś {n} na drugą stronę: {eq}", "{n}を右辺に移項: {eq}",
        "Move the {n} to the other side, changing its sign: {eq}", "Move {n} over (subtract): {eq}"]
# descriptions that name a term, not a number: WRONG for the step they stand on
TERM_WRONG1 = ["Move the x-term to the other side: {eq}", "Subtract the coefficient from both sides: {eq}",
               "Divide by the constant: {eq}", "Cancel the x-term: {eq}", "Subtract the x-term from both sides: {eq}",
               "Divide both sides by the constant term: {eq}"]
TERM_WRONG2 = ["Subtract the coefficient: {eq}", "Cancel the constant: {eq}", "Divide both sides by the constant: {eq}",
               "Move the constant to the other side: {eq}", "Subtract the constant term from both sides: {eq}",
               "Divide by the right-hand side: {eq}"]
TERM_RIGHT1 = ["Cancel the constant: {eq}", "Move the constant to the other side: {eq}",
               "Subtract the constant term from both sides: {eq}", "Get the x-term alone: {eq}"]
TERM_RIGHT2 = ["Divide by the coefficient: {eq}", "Divide both sides by the coefficient of x: {eq}",
               "Cancel the coefficient: {eq}"]

PROMPTS = ["Solve {e} step by step.", "Solve for {v}: {e}. Show each step.", "Please solve {e}, showing your working.",
           "Solve for {v}: {e}. Explain each step."]


def eqs(a, b, x, v):
    c = a * x + b
    return "%d%s + %d = %d" % (a, v, b, c), "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)


def plainwork(a, b, x, v):
    e, e1, e2 = eqs(a, b, x, v)
    return "Subtract %d from both sides: %s\nDivide both sides by %d: %s\nSo %s = %d." % (b, e1, a, e2, v, x)


def fresh(pred=lambda a, b, x: True, amin=2, amax=9, bmax=12, xmax=12):
    while True:
        a, b, x = R.randint(amin, amax), R.randint(1, bmax), R.randint(1, xmax)
        v = R.choice("xyntk")
        if (a, b, x, v) not in r200_prompts and a != b and a != x and b != x and pred(a, b, x):
            r200_prompts.add((a, b, x, v))
            return a, b, x, v


def e_single(tag, fam, a, b, x, v, l1, l2, tmpl, bad):
    e, e1, e2 = eqs(a, b, x, v)
    wrong = "%s\n%s\nSo %s = %d." % (l1.format(eq=e1), l2.format(eq=e2), v, x)
    right = plainwork(a, b, x, v)
    prompt = R.choice(PROMPTS).format(e=e, v=v)
    adde("single", nid(tag), fam, prompt, v, x, [wrong, right], wrong=[wrong], bad=bad, tmpl=tmpl, right=right)


def part_e():
    # (1) other languages, digits and words, wrong number in step 1 or step 2
    for lang in L1:
        for form in ("w", "d"):
            for step in (1, 2):
                for rep in range(4):
                    a, b, x, v = fresh()
                    wn = R.choice([k for k in range(1, 13) if k not in (a, b)])
                    num = lambda n: NW[lang][n] if form == "w" else str(n)
                    e, e1, e2 = eqs(a, b, x, v)
                    if step == 1:
                        l1 = L1[lang].replace("{x}", num(wn))
                        l2 = "Divide both sides by %d: {eq}" % a
                        bad = [l1.format(eq=e1)]
                    else:
                        l1 = "Subtract %d from both sides: {eq}" % b
                        l2 = L2[lang].replace("{x}", num(wn))
                        bad = [l2.format(eq=e2)]
                    e_single("el", "r200_eq_lang", a, b, x, v, l1, l2, "lang|%s|%s|%d" % (lang, form, step), bad)
    # right workings in those languages (should be served fresh or reused right; any wrong = none)
    for lang in L1:
        for form in ("w", "d"):
            a, b, x, v = fresh()
            num = lambda n: NW[lang][n] if form == "w" else str(n)
            e, e1, e2 = eqs(a, b, x, v)
            ans = "%s\n%s\nSo %s = %d." % (L1[lang].replace("{x}", num(b)).format(eq=e1),
                                           L2[lang].replace("{x}", num(a)).format(eq=e2), v, x)
            p = R.choice(PROMPTS).format(e=e, v=v)
            bid = nid("elrb")
            adde("base", bid, "r200_eq_lang_right", p, v, x, [ans], tmpl="langright|%s|%s" % (lang, form), right=ans)
            adde("safe", nid("elrs"), "r200_eq_lang_right", p + " Thanks!", v, x, [ans], base=bid,
                 tmpl="langright|%s|%s" % (lang, form), right=ans)
    # coincidence pairs in other languages: base b == a (step-1 number equals step-2 number), variant changes b
    for lang in L1:
        for form in ("w", "d"):
            for rep in range(2):
                a = R.randint(2, 9)
                x = R.randint(2, 12)
                b = R.choice([a, x])
                v = R.choice("xyn")
                num = lambda n: NW[lang][n] if form == "w" else str(n)

                def wk(bb, xx, nb):
                    e, e1, e2 = eqs(a, bb, xx, v)
                    return "%s\n%s\nSo %s = %d." % (L1[lang].replace("{x}", num(nb)).format(eq=e1),
                                                   L2[lang].replace("{x}", num(a)).format(eq=e2), v, xx)
                ptm = R.choice(PROMPTS)
                bid = nid("elpb")
                adde("base", bid, "r200_eq_lang_pair", ptm.format(e=eqs(a, b, x, v)[0], v=v), v, x, [wk(b, x, b)],
                     tmpl="langpair|%s|%s" % (lang, form), right=wk(b, x, b))
                b2 = R.choice([k for k in range(1, 13) if k not in (b, a, x)])
                stale = wk(b2, x, b)
                right = plainwork(a, b2, x, v)
                adde("pair", nid("elpv"), "r200_eq_lang_pair", ptm.format(e=eqs(a, b2, x, v)[0], v=v), v, x,
                     [stale, right], wrong=[stale], bad=[stale.split("\n")[0]], base=bid,
                     tmpl="langpair|%s|%s" % (lang, form), right=right)
                x2 = R.choice([k for k in range(2, 13) if k not in (x, b)])
                right3 = plainwork(a, b, x2, v)
                adde("pair", nid("elpx"), "r200_eq_lang_pair", ptm.format(e=eqs(a, b, x2, v)[0], v=v), v, x2,
                     [wk(b, x, b), right3], wrong=[wk(b, x, b)], bad=[], base=bid,
                     tmpl="langpairx|%s|%s" % (lang, form), right=right3)
    # (2) multiplicatives / ordinals: wrong scale (step 2) or wrong amount (step 1)
    for key, (tm, n) in SCALE2.items():
        for rep in range(5):
            a, b, x, v = fresh(lambda a, b, x: a != n, amax=9)
            e, e1, e2 = eqs(a, b, x, v)
            l1 = "Subtract %d from both sides: {eq}" % b
            e_single("es2", "r200_eq_scale2", a, b, x, v, l1, tm, "scale2|" + key, [tm.format(eq=e2)])
        # right one (should be fine, may be reused)
        a, b, x, v = fresh(lambda a, b, x: True)
        a = n
        if (a, b, x, v) in r200_prompts or a == b or a == x:
            continue
        r200_prompts.add((a, b, x, v))
        e, e1, e2 = eqs(a, b, x, v)
        ans = "Subtract %d from both sides: %s\n%s\nSo %s = %d." % (b, e1, tm.format(eq=e2), v, x)
        p = R.choice(PROMPTS).format(e=e, v=v)
        bid = nid("esrb")
        adde("base", bid, "r200_eq_scale_right", p, v, x, [ans], tmpl="scaleright|" + key, right=ans)
        adde("safe", nid("esrs"), "r200_eq_scale_right", p + " Thanks!", v, x, [ans], base=bid,
             tmpl="scaleright|" + key, right=ans)
    for key, (tm, n) in SCALE1.items():
        for rep in range(5):
            a, b, x, v = fresh(lambda a, b, x: b != n, bmax=20)
            e, e1, e2 = eqs(a, b, x, v)
            l2 = "Divide both sides by %d: {eq}" % a
            e_single("es1", "r200_eq_scale1", a, b, x, v, tm, l2, "scale1|" + key, [tm.format(eq=e1)])
    # (3) thousands separators in equations and descriptions
    SEPS = {"comma": ",", "dot": ".", "space": " ", "nbsp": "\u202f", "apos": "'", "under": "_"}
    for sk, sep in SEPS.items():
        for rep in range(3):
            a = R.randint(2, 5)
            x = R.randint(1, 9) * 1000
            b = R.randint(1, 9) * 1000
            c = a * x + b
            f = lambda n: ("{:,}".format(n)).replace(",", sep)
            v = R.choice("xyn")
            e = "%d%s + %s = %s" % (a, v, f(b), f(c))
            right = "Subtract %s from both sides: %d%s = %s\nDivide both sides by %d: %s = %s\nSo %s = %d." % (
                f(b), a, v, f(c - b), a, v, f(x), v, x)
            # wrong: x read as the thousands (x / 1000)
            wrong = "Subtract %d from both sides: %d%s = %d\nDivide both sides by %d: %s = %d\nSo %s = %d." % (
                b // 1000, a, v, (c - b) // 1000, a, v, x // 1000, v, x // 1000)
            p = R.choice(PROMPTS).format(e=e, v=v)
            bid = nid("etb")
            adde("base", bid, "r200_eq_thousands", p, v, x, [right], tmpl="thou|" + sk, right=right)
            # variant: same equation with another separator style (safe-ish: same answer)
            e2 = "%d%s + %d = %d" % (a, v, b, c)
            p2 = p.replace(e, e2)
            adde("pair", nid("etv"), "r200_eq_thousands", p2, v, x, [right.replace(sep, "") if sep != " " else plainwork(a, b, x, v), plainwork(a, b, x, v)],
                 wrong=[], base=bid, tmpl="thou_plain|" + sk, right=plainwork(a, b, x, v))
            # variant: the thousands changed (x differs): the model's first answer is the base's
            x3 = x + 1000
            c3 = a * x3 + b
            e3 = "%d%s + %s = %s" % (a, v, f(b), f(c3))
            right3 = right.replace(f(c - b), f(c3 - b)).replace("= %s\nSo" % f(x), "= %s\nSo" % f(x3)).replace(
                "So %s = %d." % (v, x), "So %s = %d." % (v, x3))
            adde("pair", nid("etx"), "r200_eq_thousands", p.replace(e, e3), v, x3, [right, right3], wrong=[right],
                 base=bid, tmpl="thoux|" + sk, right=right3)
            # single: the model reads 1,000 as 1
            adde("single", nid("ets"), "r200_eq_thousands", p + " ", v, x, [wrong, right], wrong=[wrong],
                 tmpl="thouw|" + sk, right=right)
        # a description with a separated number, wrong amount
        for rep in range(3):
            a, x = R.randint(2, 5), R.randint(2, 9)
            b = R.randint(1, 9) * 1000
            v = R.choice("xyn")
            e, e1, e2 = eqs(a, b, x, v)
            wb = b + 500
            l1 = "Subtract %s from both sides: {eq}" % ("{:,}".format(wb)).replace(",", sep)
            e_single("etd", "r200_eq_thou_desc", a, b, x, v, l1, "Divide both sides by %d: {eq}" % a,
                     "thoudesc|" + sk, [l1.format(eq=e1)])
    # (4) moves across, wrong number (and right ones as safe pairs)
    for tm in MOVE:
        for rep in range(4):
            a, b, x, v = fresh()
            wn = R.choice([k for k in range(1, 13) if k not in (a, b)])
            l1 = tm.replace("{n}", str(wn))
            e, e1, e2 = eqs(a, b, x, v)
            e_single("em", "r200_eq_move", a, b, x, v, l1, "Divide both sides by %d: {eq}" % a, "move|" + tm,
                     [l1.format(eq=e1)])
        # move of the coefficient across (a division) with a wrong number
        for rep in range(2):
            a, b, x, v = fresh()
            wn = R.choice([k for k in range(2, 13) if k not in (a, b)])
            l2 = tm.replace("{n}", str(wn))
            e, e1, e2 = eqs(a, b, x, v)
            e_single("em2", "r200_eq_move2", a, b, x, v, "Subtract %d from both sides: {eq}" % b, l2, "move2|" + tm,
                     [l2.format(eq=e2)])
        # coincidence pair: base b == x, variant changes b
        a = R.randint(2, 9)
        x = R.randint(2, 12)
        b = x
        v = R.choice("xyn")

        def wk(bb, nb):
            e, e1, e2 = eqs(a, bb, x, v)
            return "%s\nDivide both sides by %d: %s\nSo %s = %d." % (tm.replace("{n}", str(nb)).format(eq=e1), a, e2, v, x)
        ptm = R.choice(PROMPTS)
        bid = nid("empb")
        adde("base", bid, "r200_eq_move_pair", ptm.format(e=eqs(a, b, x, v)[0], v=v), v, x, [wk(b, b)],
             tmpl="movepair|" + tm, right=wk(b, b))
        b2 = R.choice([k for k in range(1, 13) if k not in (b, a)])
        stale = wk(b2, b)
        adde("pair", nid("empv"), "r200_eq_move_pair", ptm.format(e=eqs(a, b2, x, v)[0], v=v), v, x,
             [stale, plainwork(a, b2, x, v)], wrong=[stale], bad=[stale.split("\n")[0]], base=bid,
             tmpl="movepair|" + tm, right=plainwork(a, b2, x, v))
    # (5) descriptions naming a term: wrong ones
    for tm in TERM_WRONG1:
        for rep in range(5):
            a, b, x, v = fresh()
            e_single("et1", "r200_eq_term", a, b, x, v, tm.replace("x-term", v + "-term"),
                     "Divide both sides by %d: {eq}" % a, "term1|" + tm,
                     [tm.replace("x-term", v + "-term").format(eq=eqs(a, b, x, v)[1])])
    for tm in TERM_WRONG2:
        for rep in range(5):
            a, b, x, v = fresh()
            e_single("et2", "r200_eq_term", a, b, x, v, "Subtract %d from both sides: {eq}" % b, tm,
                     "term2|" + tm, [tm.format(eq=eqs(a, b, x, v)[2])])
    # right term descriptions, pairs (the answer changes: the model first gives the base's answer)
    for t1 in TERM_RIGHT1:
        for t2 in TERM_RIGHT2:
            a, b, x, v = fresh()
            t1v = t1.replace("x-term", v + "-term")
            t2v = t2.replace("of x", "of " + v)

            def wk(bb, xx):
                e, e1, e2 = eqs(a, bb, xx, v)
                return "%s\n%s\nSo %s = %d." % (t1v.format(eq=e1), t2v.format(eq=e2), v, xx)
            ptm = R.choice(PROMPTS)
            bid = nid("etrb")
            adde("base", bid, "r200_eq_term_right", ptm.format(e=eqs(a, b, x, v)[0], v=v), v, x, [wk(b, x)],
                 tmpl="termright", right=wk(b, x))
            adde("safe", nid("etrs"), "r200_eq_term_right", ptm.format(e=eqs(a, b, x, v)[0], v=v) + " Thanks!", v, x,
                 [wk(b, x)], base=bid, tmpl="termright", right=wk(b, x))
            x2 = R.choice([k for k in range(1, 13) if k not in (x, a, b)])
            adde("pair", nid("etrv"), "r200_eq_term_right", ptm.format(e=eqs(a, b, x2, v)[0], v=v), v, x2,
                 [wk(b, x), wk(b, x2)], wrong=[wk(b, x)], base=bid, tmpl="termrightx", right=wk(b, x2))
    # safe plain
    for k in range(15):
        a, b, x, v = fresh()
        e = eqs(a, b, x, v)[0]
        bid = nid("esb")
        adde("base", bid, "r200_eq_safe", "Solve %s step by step." % e, v, x, [plainwork(a, b, x, v)], right=plainwork(a, b, x, v))
        adde("safe", nid("esf"), "r200_eq_safe", "Solve %s step by step. Thanks!" % e, v, x, [plainwork(a, b, x, v)],
             base=bid, right=plainwork(a, b, x, v))


part_r()
part_e()

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r200_keep = set(r200_found_alone) | {r200_base_of[r200_i] for r200_i in r200_found_alone if r200_i in r200_base_of}
from probe_kit import sample_round as r200_sample_round  # noqa: E402

r200_sample_round("d200-", r200_keep, 30, safe_every=10)
P[:] = [r200_p for r200_p in P if r200_p["id"] not in r200_arguable]
