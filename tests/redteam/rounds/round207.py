r"""Red-team round 207 (black box, the stop-47 build): THE RULES OF ROUNDS 198-204 -- WORKINGS THAT ARE STORED, REMARKS
ON THE PATCH PATH, A NUMBER'S FORM ASKED.
Focus: (1) workings made only of listed English words, digits, signs and one "=" a line that are still false; (2) one-
  word remarks after marks the rule does not list, on the patch path and on the line above/below; (3) "as an integer"
  and "number only" in other words, negated and scoped. 4,000 probes (seeded random.Random(207), (2071)-(2075)):
  562 equation singles (the model's first answer holds one false line, then a right one) each with a renamed-variable
  twin whose model answer is right (so a stored false working comes back in run 1), 216 bases, 2,903 pair variants,
  319 safe. Run with R207_ONLY=1 (keeps only d207- probes; probes.py's own ~11,600 were not served: the 4,000 cap).
Part 1 (d207-sm/tm-, 534): 3v + 5 = 20-like singles, every equation line true at the answer: a description with a
  wrong number (c, a, b+1, c-b; a word "Subtract six"), the opposite operation, "Multiply" for "Divide", "Halve / Take a
  third of / Double both sides" for another divisor, an equation that follows from the line TWO above (divide first:
  "Divide both sides by 4: x + 2 = 5" under "4x = 12"; in "Verb N:", "(verb N)" and "Step k:" layouts), a repeated step
  line, the final line naming another variable ("So the answer is y = 5", "Therefore y equals 5"), false check lines
  ("Check: 4(3) + 8 = 13 + 8 = 20", "Check: four times three plus eight is twenty-one", before and after the final
  line), division by zero ("Divide both sides by 0: x = 5", "x = 15/0 = 5"), "Multiply both sides by 0: 0 = 0" between
  steps, the last line giving 2x or ax ("So the answer is 2x = 10", "So the answer is 10."). Part 1f (d207-sf/tf-,
  388): fractional answers: wrong mixed numbers, a chain with a false decimal link, "=" approximations ("x = 3.3" for
  10/3), decimal commas; safe forms "x = 2.5", "2.50", "5/2", "2 1/2". Part 2 (d207-b*/p*-, 1,138): stored bases
  rewritten to other numbers with coincidences (b = x, b = a, b = a*x): a check line "Check: 3(5) + 5 = 15 + 5 = 20",
  divide-first workings (and a variant where b is no multiple of a), decimal/mixed/fraction final values, "then report
  the value of 2x / ax / x + b" (the report's coefficient equal to a), and the report base asked for x alone. Part 5
  (d207-sz/tz-, 238): 17 shapes of a line WITHOUT the variable inside a working. Part 3 (d207-x/y-, 1,258): 8 records
  (balance/branch, eggs/day, temperature/humidity, paid/customer, qty "12 dozen", "Room: 204 → 210", "Paid: yes
  (refunded)", nights/city "halved"), one-word remarks after 37 marks ("; ", " | ", " / ", " - ", " -- ", tab, "(..)",
  "[..]", ": ", two spaces, ", ", ". ", em/en dash, " · ", " // ", " → ", " + ", " * ", " ~ ", " :: ", " > ", " • ",
  " … ", NBSP, a plain space, " & ", " = ", " ! ", ".  ", "! ", "? ", ".", " .", ".. "), the other member's line
  changed (patch) or not, and 7 forms of a remark line above/below; model answers [stale, right]. Part 6 (d207-w-,
  236): one capitalised word after stops (". W", ".. W", "... W", ". W.", ". w", ".W", "; W.") x 18 words. Part 4
  (d207-ib/iv/in/nb/nv-, 208): 30 phrasings of "hours as an integer" (10 languages, "as ints", "(int)", "with zero
  decimals", "the fee with decimals but the hours as an integer") and 10 of "number only", bases with an integer /
  digits, variants "Hours: 2.5" / "Room: 214B" via the slot rewrite; 4 negations ("not as an integer") as safe.
HELD (0 wrong answers from the cache, run 1 and run 2): every part-1 shape but the zero line -- wrong numbers or
  operations in descriptions (0 of 101 stored false), two-above with the variable in the
  middle line (0 of 12), another variable on the final line (0 of 28), false check lines (0 of 49, 7 after the final
  line), "Divide both sides by 0" and "x = n/0 = 5" (0 of 14), repeated step lines (0 of 14), 2x / ax / "the answer
  is 10" last (0 of 42): each single's false first answer was refused fresh and the right one stored. Part 1f: 0 false
  forms stored; the mixed number "8 1/4" is read as 8 + 1/4 (safe forms stored and reused). Part 2: 0 wrong of 847
  variants (check-line bases are never stored: their 291 variants served fresh; divide-first, fractional and report
  bases are rewritten right, the report coefficient equal to a included; the report request asked for x alone was
  answered right). Part 5:
  5 of 17 shapes held -- the no-variable line false itself ("7x = 1330 / Multiply both sides by 0: 0 = 1330", "7n = 1351 /
  Check: 7(193) = 1352"), or the variable in it ("0x = 0", "7x - 1274 = 0"), or the restated equation after it ("Add 1282 to both
  sides: 7x + 8 = 1282"). Part 3: 35 of the 37 marks held for every record (the member the remark changes was
  regenerated, and the computed right value refused by grounding: a clear error); records paid/customer, qty "12
  dozen", "Room: 204 → 210" / "(now 210)", "Paid: yes (refunded)", nights "halved" held in every mark; remark lines
  above/below held (0 of 154). Part 6: lower case after the stop (". overdrawn"), no space (".Overdrawn") and "; W."
  held; eggs ". Dozens" held. Part 4: 0 from the cache; "number only" in all 10 phrasings refused "214B" (clear
  error); 26 of 30 integer phrasings refused 2.5 fresh.
WHAT GOT THROUGH. Whole round (fresh SQLite store, two passes): from the cache 229 in run 1 (146 clear, 83 arguable:
  89 equations by reuse, 140 kept members on the patch path), 318 in run 2 (228 clear, 90 arguable: 178 equations,
  140 kept). Alone (R207_ALONE=1: the 318 ids and the bases they need, 321 probes, fresh store, two passes): 228 in
  run 1 (145 clear, 83 arguable), 316 in run 2 (226 clear, 90 arguable); d207-sz1-1275/tz1-1276 came back in the whole
  run and in a first alone run but were served the right stored working in the last alone run (the store holds both).
  Judged by check.py, plus the round tester's own reader (not kept here: mixed numbers as a + b/c; a repeated step line).
 (A) CLEAR, a line WITHOUT THE VARIABLE inside a working breaks the step check: the step after it is checked against the
     line before it (or not at all), and the working is stored and reused (12 of 17 shapes, 7 of 7 each, singles
     stored in run 1, renamed twins served by reuse in run 1): "Solve the equation 7x + 8 = 1282 for x. Explain each
     step." -> "7x + 8 = 1282 / Subtract 8 from both sides: 7x = 1274 / Multiply both sides by 0: 0 = 0 / Divide both
     sides by 7: x = 182 / So the answer is x = 182."; "Find t if 7t + 8 = 1296." -> "... 7t = 1288 / Subtract 1288
     from both sides: 0 = 0 / Divide both sides by 7: t = 184"; "Solve 7k + 8 = 1303 step by step." -> "... Subtract 7k
     from both sides: 0 = 0 ..."; "... 7k = 1323 / Divide both sides by 0: 0 = 0 / Divide both sides by 7: k = 189";
     "... 7x = 1386 / Multiply both sides by 1: 1386 = 1386 / Divide both sides by 7: x = 198"; "... 7y = 1309 /
     Divide both sides by 7: 187 = 187 / So the answer is y = 187."; at the start: "7n + 8 = 1324 / Multiply both sides
     by 0: 0 = 0 / Subtract 8 from both sides: 7n = 1316 ..."; "Step 2: Multiply both sides by 0: 0 = 0 / Step 3:
     Divide both sides by 7: t = 196"; "Multiply both sides by 0: 1379 * 0 = 0"; two in a row ("0 = 0 / Add 535 to
     both sides: 535 = 535 / Divide both sides by 3: x = 176"). The final values are right; the stored workings hold
     a false step (the brief's "a line that divides by zero", "follows from the line two above").
 (B) CLEAR, ONE CAPITALISED WORD AFTER A STOP on another member's line keeps the member it changes, on the patch path
     (". W", ".. W", "... W", ". W."): "Return account, balance and branch as JSON.\nText:\nAccount: Lindqvist AB\n
     Balance: 6987\nBranch: Turku. Overdrawn" -> {"account":"Lindqvist AB","balance":6987,"branch":"Turku"} (balance
     KEPT; right -6987); "Branch: Turku. Minus", "Branch: Turku. Negative.", "Branch: Turku.. Deficit", "Branch:
     Turku... Minus"; "Humidity: 62.. Sub-zero" / "Humidity: 62. Negative" / "Humidity: 62... Minus" under
     "Temperature: 17" -> "temperature":17 (right -17). Same with the other member's line unchanged (path patch, only
     the remark's member regenerated).
 (C) ARGUABLE (r207_arguable): (B) with words whose effect is not certain ("Turku. Owed", ". Debit", ". Red", ".
     Arrears"; "Humidity: 62. Frost", ". Freezing"), eggs with a unit of unknown size ("Day: Thursday. Trays",
     ". Boxes", ". Cartons", ". Sixpacks" -> "eggs":15 kept), and (A)'s bare identity line ("7x = 1302 / 1302 = 1302 /
     Divide both sides by 7: x = 186"), which a reader may take as an aside.
  Wrong answers served fresh (run 1, never from the cache): 89 part-5/m7z singles (the false working, then stored: see
  A); 40 paid/customer probes ("Customer: Fjordsoft AS; chargeback", " | charged-back", ". Chargeback", a line
  "(chargeback)" below) served "paid": true, the model's stale first answer (arguable; not stored); 16 integer probes
  served "hours": 2.5 for "Horas sem casas decimais.", "Timer uden decimaler.", "Hours with zero decimals.", "Hours as
  an int, fee as a float." (the four phrasings the form check does not read).
Adds its probes to probe_kit.P."""
import random as r207_random
from fractions import Fraction as r207_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r207_rng = r207_random.Random(207)
r207_found_alone = set(['d207-sm7z-1441', 'd207-sm7z-1515', 'd207-sm7z-1593', 'd207-sm7z-1665', 'd207-sm7z-1745', 'd207-sm7z-1819', 'd207-sm7z-1897', 'd207-sz1-1139', 'd207-sz1-1207', 'd207-sz1-1241', 'd207-sz1-1275', 'd207-sz1-1309', 'd207-sz1-1343', 'd207-sz13-1197', 'd207-sz13-1231', 'd207-sz13-1265', 'd207-sz13-1299', 'd207-sz13-1333', 'd207-sz13-1367', 'd207-sz15-1167', 'd207-sz15-1201', 'd207-sz15-1235', 'd207-sz15-1269', 'd207-sz15-1303', 'd207-sz15-1337', 'd207-sz15-1371', 'd207-sz16-1169', 'd207-sz16-1203', 'd207-sz16-1237', 'd207-sz16-1271', 'd207-sz16-1305', 'd207-sz16-1339', 'd207-sz16-1373', 'd207-sz17-1171', 'd207-sz17-1205', 'd207-sz17-1239', 'd207-sz17-1273', 'd207-sz17-1307', 'd207-sz17-1341', 'd207-sz17-1375', 'd207-sz2-1141', 'd207-sz2-1175', 'd207-sz2-1209', 'd207-sz2-1243', 'd207-sz2-1277', 'd207-sz2-1311', 'd207-sz2-1345', 'd207-sz3-1143', 'd207-sz3-1177', 'd207-sz3-1211', 'd207-sz3-1245', 'd207-sz3-1279', 'd207-sz3-1313', 'd207-sz3-1347', 'd207-sz4-1145', 'd207-sz4-1179', 'd207-sz4-1213', 'd207-sz4-1247', 'd207-sz4-1281', 'd207-sz4-1315', 'd207-sz4-1349', 'd207-sz6-1149', 'd207-sz6-1183', 'd207-sz6-1217', 'd207-sz6-1251', 'd207-sz6-1285', 'd207-sz6-1319', 'd207-sz6-1353', 'd207-sz7-1151', 'd207-sz7-1185', 'd207-sz7-1219', 'd207-sz7-1253', 'd207-sz7-1287', 'd207-sz7-1321', 'd207-sz7-1355', 'd207-sz8-1153', 'd207-sz8-1187', 'd207-sz8-1221', 'd207-sz8-1255', 'd207-sz8-1289', 'd207-sz8-1323', 'd207-sz8-1357', 'd207-tm7z-1442', 'd207-tm7z-1516', 'd207-tm7z-1594', 'd207-tm7z-1666', 'd207-tm7z-1746', 'd207-tm7z-1820', 'd207-tm7z-1898', 'd207-tz1-1140', 'd207-tz1-1208', 'd207-tz1-1242', 'd207-tz1-1276', 'd207-tz1-1310', 'd207-tz1-1344', 'd207-tz13-1198', 'd207-tz13-1232', 'd207-tz13-1266', 'd207-tz13-1300', 'd207-tz13-1334', 'd207-tz13-1368', 'd207-tz15-1168', 'd207-tz15-1202', 'd207-tz15-1236', 'd207-tz15-1270', 'd207-tz15-1304', 'd207-tz15-1338', 'd207-tz15-1372', 'd207-tz16-1170', 'd207-tz16-1204', 'd207-tz16-1238', 'd207-tz16-1272', 'd207-tz16-1306', 'd207-tz16-1340', 'd207-tz16-1374', 'd207-tz17-1172', 'd207-tz17-1206', 'd207-tz17-1240', 'd207-tz17-1274', 'd207-tz17-1308', 'd207-tz17-1342', 'd207-tz17-1376', 'd207-tz2-1142', 'd207-tz2-1176', 'd207-tz2-1210', 'd207-tz2-1244', 'd207-tz2-1278', 'd207-tz2-1312', 'd207-tz2-1346', 'd207-tz3-1144', 'd207-tz3-1178', 'd207-tz3-1212', 'd207-tz3-1246', 'd207-tz3-1280', 'd207-tz3-1314', 'd207-tz3-1348', 'd207-tz4-1146', 'd207-tz4-1180', 'd207-tz4-1214', 'd207-tz4-1248', 'd207-tz4-1282', 'd207-tz4-1316', 'd207-tz4-1350', 'd207-tz6-1150', 'd207-tz6-1184', 'd207-tz6-1218', 'd207-tz6-1252', 'd207-tz6-1286', 'd207-tz6-1320', 'd207-tz6-1354', 'd207-tz7-1152', 'd207-tz7-1186', 'd207-tz7-1220', 'd207-tz7-1254', 'd207-tz7-1288', 'd207-tz7-1322', 'd207-tz7-1356', 'd207-tz8-1154', 'd207-tz8-1188', 'd207-tz8-1222', 'd207-tz8-1256', 'd207-tz8-1290', 'd207-tz8-1324', 'd207-tz8-1358', 'd207-wbals0_1-3558', 'd207-wbals0_3-3562', 'd207-wbals0_4-3564', 'd207-wbals1_1-3570', 'd207-wbals1_3-3574', 'd207-wbals1_4-3576', 'd207-wbals4_0-3610', 'd207-wbals4_1-3612', 'd207-wbals4_3-3616', 'd207-wbals4_4-3618', 'd207-wbals5_0-3624', 'd207-wbals5_1-3626', 'd207-wbals5_3-3630', 'd207-wbals5_4-3632', 'd207-wbalv0_1-3557', 'd207-wbalv0_3-3561', 'd207-wbalv0_4-3563', 'd207-wbalv1_1-3569', 'd207-wbalv1_3-3573', 'd207-wbalv1_4-3575', 'd207-wbalv4_0-3609', 'd207-wbalv4_1-3611', 'd207-wbalv4_3-3615', 'd207-wbalv4_4-3617', 'd207-wbalv5_0-3623', 'd207-wbalv5_1-3625', 'd207-wbalv5_3-3629', 'd207-wbalv5_4-3631', 'd207-wtmps0_2-3718', 'd207-wtmps0_3-3720', 'd207-wtmps1_2-3726', 'd207-wtmps1_3-3728', 'd207-wtmps4_0-3758', 'd207-wtmps4_1-3760', 'd207-wtmps4_2-3762', 'd207-wtmps4_3-3764', 'd207-wtmps5_0-3770', 'd207-wtmps5_1-3772', 'd207-wtmps5_2-3774', 'd207-wtmps5_3-3776', 'd207-wtmpv0_2-3717', 'd207-wtmpv0_3-3719', 'd207-wtmpv1_2-3725', 'd207-wtmpv1_3-3727', 'd207-wtmpv4_0-3757', 'd207-wtmpv4_1-3759', 'd207-wtmpv4_2-3761', 'd207-wtmpv4_3-3763', 'd207-wtmpv5_0-3769', 'd207-wtmpv5_1-3771', 'd207-wtmpv5_2-3773', 'd207-wtmpv5_3-3775', 'd207-xbals11_0-2347', 'd207-xbals35_0-2443', 'd207-xbalv11_0-2346', 'd207-xbalv35_0-2442', 'd207-xtmps11_0-2683', 'd207-xtmps11_1-2685', 'd207-xtmps35_0-2779', 'd207-xtmps35_1-2781', 'd207-xtmpv11_0-2682', 'd207-xtmpv11_1-2684', 'd207-xtmpv35_0-2778', 'd207-xtmpv35_1-2780'])
r207_arguable = set(['d207-sz5-1147', 'd207-sz5-1181', 'd207-sz5-1215', 'd207-sz5-1249', 'd207-sz5-1283', 'd207-sz5-1317', 'd207-sz5-1351', 'd207-tz5-1148', 'd207-tz5-1182', 'd207-tz5-1216', 'd207-tz5-1250', 'd207-tz5-1284', 'd207-tz5-1318', 'd207-tz5-1352', 'd207-wbals0_2-3560', 'd207-wbals0_5-3566', 'd207-wbals0_6-3568', 'd207-wbals1_2-3572', 'd207-wbals1_5-3578', 'd207-wbals1_6-3580', 'd207-wbals4_2-3614', 'd207-wbals4_5-3620', 'd207-wbals4_6-3622', 'd207-wbals5_2-3628', 'd207-wbals5_5-3634', 'd207-wbals5_6-3636', 'd207-wbalv0_2-3559', 'd207-wbalv0_5-3565', 'd207-wbalv0_6-3567', 'd207-wbalv1_2-3571', 'd207-wbalv1_5-3577', 'd207-wbalv1_6-3579', 'd207-wbalv4_2-3613', 'd207-wbalv4_5-3619', 'd207-wbalv4_6-3621', 'd207-wbalv5_2-3627', 'd207-wbalv5_5-3633', 'd207-wbalv5_6-3635', 'd207-weggs0_0-3652', 'd207-weggs0_2-3654', 'd207-weggs0_3-3656', 'd207-weggs0_4-3658', 'd207-weggs1_0-3660', 'd207-weggs1_2-3662', 'd207-weggs1_3-3664', 'd207-weggs1_4-3666', 'd207-weggs4_0-3688', 'd207-weggs4_2-3692', 'd207-weggs4_3-3694', 'd207-weggs4_4-3696', 'd207-weggs5_0-3698', 'd207-weggs5_2-3702', 'd207-weggs5_3-3704', 'd207-weggs5_4-3706', 'd207-weggv0_0-3651', 'd207-weggv0_2-3653', 'd207-weggv0_3-3655', 'd207-weggv0_4-3657', 'd207-weggv1_0-3659', 'd207-weggv1_2-3661', 'd207-weggv1_3-3663', 'd207-weggv1_4-3665', 'd207-weggv4_0-3687', 'd207-weggv4_2-3691', 'd207-weggv4_3-3693', 'd207-weggv4_4-3695', 'd207-weggv5_0-3697', 'd207-weggv5_2-3701', 'd207-weggv5_3-3703', 'd207-weggv5_4-3705', 'd207-wtmps0_4-3722', 'd207-wtmps0_5-3724', 'd207-wtmps1_4-3730', 'd207-wtmps1_5-3732', 'd207-wtmps4_4-3766', 'd207-wtmps4_5-3768', 'd207-wtmps5_4-3778', 'd207-wtmps5_5-3780', 'd207-wtmpv0_4-3721', 'd207-wtmpv0_5-3723', 'd207-wtmpv1_4-3729', 'd207-wtmpv1_5-3731', 'd207-wtmpv4_4-3765', 'd207-wtmpv4_5-3767', 'd207-wtmpv5_4-3777', 'd207-wtmpv5_5-3779', 'd207-xbals11_1-2349', 'd207-xbals35_1-2445', 'd207-xbalv11_1-2348', 'd207-xbalv35_1-2444'])
r207_prompts = {}
r207_arg_gen = set()  # probes whose right answer is arguable by construction (approximations, decimal commas)
r207_n = [0]
r207_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r207_bases = {}

W = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
     10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
     17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


def r207_addE(tag, fam, prompt, var, val, answers, kind, safe=False, base=None, false_lines=None, report=None):
    import re as _r
    for _m in _r.finditer(r'(\d*)[a-z] (?:\+ (\d+) )?= (\d+)', prompt):
        USED.add((int(_m.group(1) or 1), int(_m.group(2) or 0), int(_m.group(3))))
    if prompt in r207_prompts:
        return r207_prompts[prompt]
    r207_n[0] += 1
    pid = "d207-%s-%d" % (tag, r207_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe, false_lines=false_lines, report=report)
    r207_prompts[prompt] = pid
    r207_counts[kind] += 1
    if base:
        r207_bases[pid] = base
    return pid


def r207_addJ(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r207_prompts:
        return r207_prompts[key]
    r207_n[0] += 1
    pid = "d207-%s-%d" % (tag, r207_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r207_prompts[key] = pid
    r207_counts[kind] += 1
    if base:
        r207_bases[pid] = base
    return pid


def fs(q):
    """A Fraction as the model writes it: integer, or p/q."""
    q = r207_F(q)
    return str(q.numerator) if q.denominator == 1 else "%d/%d" % (q.numerator, q.denominator)


def lhs(a, v, b):
    t = ("%d%s" % (a, v)) if a != 1 else v
    if b > 0:
        return "%s + %d" % (t, b)
    if b < 0:
        return "%s - %d" % (t, -b)
    return t


PROMPTS = [
    "Solve for {v}: {eq}. Show each step.",
    "Solve {eq} step by step.",
    "Please solve {eq} and show your working.",
    "Solve the equation {eq} for {v}. Explain each step.",
    "Find {v} if {eq}. Show the steps.",
]


def right_working(a, b, c, v):
    s = r207_F(c - b, a)
    return "\n".join([
        "%s = %d" % (lhs(a, v, b), c),
        "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
        "Divide both sides by %d: %s = %s" % (a, v, fs(s)),
        "So the answer is %s = %s." % (v, fs(s)),
    ])


# ------------------------------------------------------------------ part 1: singles, false workings in listed words
def mistakes(a, b, c, v, rng):
    """(tag, answer text, false lines, arguable) for 3v + 5 = 20-like equations; every equation line holds."""
    s = r207_F(c - b, a)
    S_ = fs(s)
    e0 = "%s = %d" % (lhs(a, v, b), c)
    e1 = "%d%s = %d" % (a, v, c - b)
    out = []
    # (m1) a description with a wrong number, the equation right
    for wrong in {c, a, b + 1, c - b} - {b}:
        l = "Subtract %d from both sides: %s" % (wrong, e1)
        out.append(("m1", "\n".join([e0, l, "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_)]), [l], False))
    for wrong in {b, c, c - b, a + 1} - {a}:
        l = "Divide both sides by %d: %s = %s" % (wrong, v, S_)
        out.append(("m1d", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "So the answer is %s = %s." % (v, S_)]), [l], False))
    if b <= 20 and b + 1 <= 20:
        l = "Subtract %s from both sides: %s" % (W[b + 1], e1)
        out.append(("m1w", "\n".join([e0, l, "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_)]), [l], False))
    # opposite operation
    l = "Add %d to both sides: %s" % (b, e1)
    out.append(("m1o", "\n".join([e0, l, "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_)]), [l], False))
    l = "Multiply both sides by %d: %s = %s" % (a, v, S_)
    out.append(("m1m", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "So the answer is %s = %s." % (v, S_)]), [l], False))
    # words from the list used for the wrong part
    for word, ok in (("Halve", a == 2), ("Take a third of", a == 3), ("Take a quarter of", a == 4), ("Double", False)):
        if ok:
            continue
        l = "%s both sides: %s = %s" % (word, v, S_)
        out.append(("m1h", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "So the answer is %s = %s." % (v, S_)]), [l], False))
    # (m2) an equation that follows from the line TWO above, not the one above: needs a | b
    if b % a == 0:
        k = b // a
        l2 = "Divide both sides by %d: %s + %d = %s" % (a, v, k, fs(r207_F(c, a)))
        out.append(("m2", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l2,
                                      "Subtract %d from both sides: %s = %s" % (k, v, S_), "So the answer is %s = %s." % (v, S_)]), [l2], False))
        l2b = "%s + %d = %s (divide both sides by %d)" % (v, k, fs(r207_F(c, a)), a)
        out.append(("m2p", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l2b,
                                       "Subtract %d from both sides: %s = %s" % (k, v, S_), "So the answer is %s = %s." % (v, S_)]), [l2b], False))
        l2c = "Step 2: Divide both sides by %d: %s + %d = %s" % (a, v, k, fs(r207_F(c, a)))
        out.append(("m2s", "\n".join(["Step 1: Subtract %d from both sides: %s" % (b, e1), l2c,
                                       "Step 3: Subtract %d from both sides: %s = %s" % (k, v, S_), "So the answer is %s = %s." % (v, S_)]), [l2c], False))
    # a step skipped back: "Subtract b" then from e1 again "Subtract b" -> repeated line (m6)
    l = "Subtract %d from both sides: %s" % (b, e1)
    out.append(("m6", "\n".join([e0, l, l, "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_)]), [], False))
    l = "Divide both sides by %d: %s = %s" % (a, v, S_)
    out.append(("m6d", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, l, "So the answer is %s = %s." % (v, S_)]), [], False))
    # (m3) the final line names another variable
    for other in [o for o in "xyntkm" if o != v][:3]:
        fl = "So the answer is %s = %s." % (other, S_)
        out.append(("m3", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), fl]), [], False))
    fl = "Therefore %s equals %s." % ("y" if v != "y" else "x", S_)
    out.append(("m3t", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), fl]), [fl], False))
    # (m4) a check line with false arithmetic, before the final line
    if s.denominator == 1:
        si = int(s)
        checks = [
            "Check: %d(%d) + %d = %d + %d = %d" % (a, si, b, a * si + 1, b, c),
            "Check: %d(%d) + %d = %d" % (a, si + 1, b, c),
            "Check: %d * %d + %d = %d" % (a, si, b, c + 1),
            "Check: %d times %d plus %d = %d" % (a, si, b, c + 1),
            "Check: %d(%d) + %d = %d, which matches." % (a, si, b, c + 2),
            "Check: %d x %d = %d, and %d + %d = %d" % (a, si, a * si + 2, a * si + 2, b, c),
        ]
        if si <= 20 and b <= 20 and c <= 19:
            checks.append("Check: %s times %s plus %s is %s" % (W[a], W[si], W[b], W[c + 1]))
        for ck in checks:
            out.append(("m4", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), ck, "So the answer is %s = %s." % (v, S_)]), [ck], False))
        # after the final line
        ck = "Check: %d(%d) + %d = %d" % (a, si, b, c + 1)
        out.append(("m4a", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_), ck]), [ck], False))
    # (m7) a division by zero
    l = "Divide both sides by 0: %s = %s" % (v, S_)
    out.append(("m7", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "So the answer is %s = %s." % (v, S_)]), [l], False))
    l = "%s = %d/0 = %s" % (v, c - b, S_)
    out.append(("m7c", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "So the answer is %s = %s." % (v, S_)]), [l], False))
    l = "Multiply both sides by 0: 0 = 0"
    out.append(("m7z", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), l, "Divide both sides by %d: %s = %s" % (a, v, S_), "So the answer is %s = %s." % (v, S_)]), [l], False))
    # (m8) the last line is the value of 2v (or of a v)
    twice = fs(2 * s)
    for fl in ("So the answer is 2%s = %s." % (v, twice), "So 2%s = %s." % (v, twice), "2%s = %s" % (v, twice),
               "So the answer is %d%s = %d." % (a, v, c - b), "Therefore 2%s equals %s." % (v, twice)):
        out.append(("m8", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), "Multiply both sides by 2: 2%s = %s" % (v, twice), fl]) if "2%s" % v in fl else "\n".join([e0, fl]), [fl], False))
    # "So the answer is <2s>" with no variable, after a line 2v = ..
    fl = "So the answer is %s." % twice
    out.append(("m8n", "\n".join([e0, "Subtract %d from both sides: %s" % (b, e1), "Divide both sides by %d: %s = %s" % (a, v, S_), "Multiply both sides by 2: 2%s = %s" % (v, twice), fl]), [fl], False))
    return out


def frac_mistakes(a, b, c, v):
    """Equations with a fractional solution: forms of the value that are wrong, or arguable."""
    s = r207_F(c - b, a)
    e0 = "%s = %d" % (lhs(a, v, b), c)
    e1 = "%d%s = %d" % (a, v, c - b)
    base = [e0, "Subtract %d from both sides: %s" % (b, e1)]
    out = []
    whole = s.numerator // s.denominator
    rem = s - whole
    dec = float(s)
    # wrong mixed numbers: the fraction part of another value, or the whole part written as a factor
    if whole >= 1:
        wm = "%d %d/%d" % (whole + 1, rem.numerator, rem.denominator)
        out.append(("f1", "\n".join(base + ["Divide both sides by %d: %s = %s" % (a, v, wm), "So the answer is %s = %s." % (v, wm)]), ["So the answer is %s = %s." % (v, wm)], False))
    # "x = 2 1/2" where the real value is 2 * 1/2? -> pick the mixed number whose product is the value
    # a chain with a false decimal link
    for wrongdec in ("%.2f" % (dec + 0.1), "%.1f" % (dec - 0.1) if dec > 0.2 else "%.1f" % (dec + 0.2)):
        l = "%s = %d/%d = %s" % (v, c - b, a, wrongdec)
        out.append(("f2", "\n".join(base + [l, "So the answer is %s = %s." % (v, fs(s))]), [l], False))
    # an approximation with "=" (arguable when rounded, clear when cut short badly)
    if s.denominator not in (1, 2, 4, 5, 8, 10, 20, 25):
        for d in (1, 2):
            ap = "%.*f" % (d, dec)
            fl = "So the answer is %s = %s." % (v, ap)
            out.append(("f3", "\n".join(base + ["Divide both sides by %d: %s = %s" % (a, v, fs(s)), fl]), [fl], True))
        ap = ("%.3f" % dec)[:-1]  # cut
        fl = "So the answer is %s = %s." % (v, ("%.1f" % (dec + 0.1)))
        out.append(("f3w", "\n".join(base + ["Divide both sides by %d: %s = %s" % (a, v, fs(s)), fl]), [fl], False))
    # decimal comma
    if s.denominator in (2, 4, 5):
        dc = ("%g" % dec).replace(".", ",")
        l = "So the answer is %s = %s." % (v, dc)
        out.append(("f4", "\n".join(base + ["Divide both sides by %d: %s = %s" % (a, v, fs(s)), l]), [], True))
    return out


def safe_forms(a, b, c, v):
    s = r207_F(c - b, a)
    e0 = "%s = %d" % (lhs(a, v, b), c)
    e1 = "%d%s = %d" % (a, v, c - b)
    base = [e0, "Subtract %d from both sides: %s" % (b, e1)]
    dec = float(s)
    forms = ["%g" % dec, "%.2f" % dec] if s.denominator in (2, 4, 5) else []
    if s.denominator > 1 and s > 1:
        whole = s.numerator // s.denominator
        rem = s - whole
        forms.append("%d %d/%d" % (whole, rem.numerator, rem.denominator))
    return ["\n".join(base + ["Divide both sides by %d: %s = %s" % (a, v, f), "So the answer is %s = %s." % (v, f)]) for f in forms]


USED = set()


def part1():
    import re as _re
    rng = r207_random.Random(2071)
    vars_ = ["x", "y", "n", "t", "k"]
    done = 0
    tries = 0
    while done < 7 and tries < 1000:
        tries += 1
        a = rng.randint(2, 9)
        si = rng.randint(2, 12)
        if done % 2 == 0:
            b = a * rng.randint(1, 3)  # so that m2 applies
        else:
            b = rng.randint(2, 15)
        if b % a == 0 and done % 2 == 1:
            continue
        done += 1
        n_m = len(mistakes(a, b, a * si + b, "x", rng))
        for j in range(n_m):
            c = a * (si + 13 * done + j) + b  # each mistake its own equation
            if (a, b, c) in USED:
                continue
            USED.add((a, b, c))
            ms = mistakes(a, b, c, "x", rng)
            if j >= len(ms):
                continue
            v = rng.choice(vars_)
            tag, ans, fl, arg = mistakes(a, b, c, v, r207_random.Random(j))[j]
            eq = "%s = %d" % (lhs(a, v, b), c)
            right = right_working(a, b, c, v)
            s = r207_F(c - b, a)
            prompt = rng.choice(["", "Please ", "Hi! "]) + rng.choice(PROMPTS).format(v=v, eq=eq) + rng.choice(
                ["", " Thanks!", " Show all steps.", " Be clear."])
            sid = r207_addE("s" + tag, "r207_" + tag, prompt, v, fs(s), [ans, right], "single", false_lines=fl)
            if arg:
                r207_arg_gen.add(sid)
            v2 = [o for o in vars_ if o != v][j % 4]
            prompt2 = prompt.replace(eq, "%s = %d" % (lhs(a, v2, b), c)).replace("for %s:" % v, "for %s:" % v2).replace(
                "for %s." % v, "for %s." % v2).replace("Find %s " % v, "Find %s " % v2)
            fl2 = [_re.sub(r"(?<=\d)%s\b|\b%s\b" % (v, v), v2, x) for x in fl]
            tid = r207_addE("t" + tag, "r207_" + tag, prompt2, v2, fs(s), [right_working(a, b, c, v2)], "pair", base=sid,
                            false_lines=fl2)
            if arg:
                r207_arg_gen.add(tid)


def part1f():
    """Fractional solutions: wrong forms as singles, safe forms as singles (should be stored and reused)."""
    rng = r207_random.Random(2072)
    vars_ = ["x", "y", "n", "t"]
    done = 0
    while done < 40:
        a = rng.choice([2, 3, 4, 5, 6, 8])
        b = rng.randint(1, 12)
        c = rng.randint(b + 3, b + 40)
        if (c - b) % a == 0:
            continue
        if (a, b, c) in USED:
            continue
        USED.add((a, b, c))
        v = rng.choice(vars_)
        eq = "%s = %d" % (lhs(a, v, b), c)
        s = r207_F(c - b, a)
        done += 1
        right = right_working(a, b, c, v)
        for tag, ans, fl, arg in frac_mistakes(a, b, c, v):
            prompt = rng.choice(["", "Please ", "Hi, "]) + rng.choice(PROMPTS).format(v=v, eq=eq) + rng.choice(["", " Thanks.", " Keep it short."])
            if prompt in r207_prompts:
                continue
            sid = r207_addE("s" + tag, "r207_" + tag, prompt, v, fs(s), [ans, right], "single", false_lines=fl)
            if arg:
                r207_arg_gen.add(sid)
            prompt2 = "Could you solve this: " + eq + "? Show each step."
            if prompt2 not in r207_prompts:
                r207_addE("t" + tag, "r207_" + tag, prompt2, v, fs(s), [right], "pair", base=sid)
        for k, ans in enumerate(safe_forms(a, b, c, v)):
            prompt = "Solve %s. Give each step. (%d)" % (eq, k) if False else ["Solve %s. Give each step.", "Work out %s step by step, please.", "Solve for %s: %s." % (v, "%s")][k % 3] % eq
            if prompt in r207_prompts:
                continue
            sid = r207_addE("sf", "r207_safe_form", prompt, v, fs(s), [ans], "safe", safe=True)
            r207_addE("sfr", "r207_safe_form", "Please " + prompt[0].lower() + prompt[1:], v, fs(s), [ans], "safe", safe=True, base=sid)


# ------------------------------------------------------------------ part 2: stored bases rewritten to other numbers
def base_variants(rng):
    """(tag, base (a,b,c), variant (a,b,c), working maker) where the base working holds a line whose numbers coincide."""
    items = []
    return items


def working_check(a, b, c, v):
    s = r207_F(c - b, a)
    si = int(s)
    return "\n".join([
        "%s = %d" % (lhs(a, v, b), c),
        "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
        "Divide both sides by %d: %s = %d" % (a, v, si),
        "Check: %d(%d) + %d = %d + %d = %d" % (a, si, b, a * si, b, c),
        "So the answer is %s = %d." % (v, si),
    ])


def working_two_above(a, b, c, v):
    k = b // a
    s = r207_F(c - b, a)
    return "\n".join([
        "%s = %d" % (lhs(a, v, b), c),
        "Divide both sides by %d: %s + %d = %s" % (a, v, k, fs(r207_F(c, a))),
        "Subtract %d from both sides: %s = %s" % (k, v, fs(s)),
        "So the answer is %s = %s." % (v, fs(s)),
    ])


def working_frac(a, b, c, v, form):
    s = r207_F(c - b, a)
    dec = float(s)
    if form == "dec":
        val = "%g" % dec
    elif form == "dec2":
        val = "%.2f" % dec
    elif form == "mixed" and s.denominator > 1:
        w = s.numerator // s.denominator
        r = s - w
        val = "%d %d/%d" % (w, r.numerator, r.denominator) if w else fs(s)
    else:
        val = fs(s)
    return "\n".join([
        "%s = %d" % (lhs(a, v, b), c),
        "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
        "Divide both sides by %d: %s = %s" % (a, v, val),
        "So the answer is %s = %s." % (v, val),
    ])


def working_report(a, b, c, v, m, k):
    """...then report the value of m v + k."""
    s = r207_F(c - b, a)
    rep = m * s + k
    ex = lhs(m, v, k)
    return "\n".join([
        "%s = %d" % (lhs(a, v, b), c),
        "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b),
        "Divide both sides by %d: %s = %s" % (a, v, fs(s)),
        "So %s = %s." % (ex.replace(" ", " "), fs(rep)),
    ]), ex, rep


def part2():
    rng = r207_random.Random(2073)
    n = 0
    # (p1) check lines: bases whose check line holds a product or a coincidence
    for i in range(60):
        a = rng.randint(2, 6)
        si = rng.randint(2, 9)
        b = rng.choice([si, a, a * si, rng.randint(2, 12)])
        c = a * si + b
        v = rng.choice("xynt")
        eq = "%s = %d" % (lhs(a, v, b), c)
        pr = "Solve for %s: %s. Show each step and check your answer." % (v, eq)
        if pr in r207_prompts:
            continue
        bw = working_check(a, b, c, v)
        bid = r207_addE("bc", "r207_check_base", pr, v, si, [bw], "base")
        r207_addE("bcs", "r207_check_base", "Please solve for %s: %s. Show each step and check your answer." % (v, eq), v, si, [bw], "safe", safe=True, base=bid)
        for j, (a2, b2, si2) in enumerate([(a, b + 1, si), (a, b, si + 1), (a + 1, b, si), (a, si, si + 2), (a, b, a),
                                            (a, a * si, si), (a, b, b)]):
            c2 = a2 * si2 + b2
            eq2 = "%s = %d" % (lhs(a2, v, b2), c2)
            if eq2 == eq:
                continue
            p2 = "Solve for %s: %s. Show each step and check your answer." % (v, eq2)
            r207_addE("pc%d" % j, "r207_check_pair", p2, v, si2, [bw, working_check(a2, b2, c2, v)], "pair", base=bid)
    # (p2) two-above style bases (divide first), variants with other numbers
    for i in range(40):
        a = rng.randint(2, 6)
        k = rng.randint(1, 4)
        b = a * k
        si = rng.randint(1, 9)
        c = a * si + b
        v = rng.choice("xynt")
        eq = "%s = %d" % (lhs(a, v, b), c)
        pr = "Solve %s step by step." % eq
        if pr in r207_prompts:
            continue
        bw = working_two_above(a, b, c, v)
        bid = r207_addE("bt", "r207_div_base", pr, v, si, [bw], "base")
        for j, (a2, k2, si2) in enumerate([(a, k + 1, si), (a + 1, k, si), (a, k, si + 1), (a, si, si), (a, k, k)]):
            b2 = a2 * k2
            c2 = a2 * si2 + b2
            eq2 = "%s = %d" % (lhs(a2, v, b2), c2)
            if eq2 == eq:
                continue
            p2 = "Solve %s step by step." % eq2
            # the stale base working first, then a right one
            r207_addE("pt%d" % j, "r207_div_pair", p2, v, si2, [bw, working_two_above(a2, b2, c2, v)], "pair", base=bid)
        # a variant where b is NOT a multiple of a: the divide-first working needs fractions
        b3 = b + 1
        c3 = a * si + b3
        eq3 = "%s = %d" % (lhs(a, v, b3), c3)
        p3 = "Solve %s step by step." % eq3
        r207_addE("ptf", "r207_div_pair", p3, v, si, [bw, right_working(a, b3, c3, v)], "pair", base=bid)
    # (p3) fractional values in several forms, variants with other numbers
    for i in range(40):
        a = rng.choice([2, 4, 5])
        b = rng.randint(1, 9)
        c = rng.randint(b + 1, b + 30)
        if (c - b) % a == 0:
            continue
        v = rng.choice("xynt")
        eq = "%s = %d" % (lhs(a, v, b), c)
        form = rng.choice(["dec", "dec2", "mixed", "frac"])
        pr = "Solve for %s: %s. Show your steps." % (v, eq)
        if pr in r207_prompts:
            continue
        s = r207_F(c - b, a)
        bw = working_frac(a, b, c, v, form)
        bid = r207_addE("bf", "r207_frac_base", pr, v, fs(s), [bw], "base")
        r207_addE("bfs", "r207_frac_base", "Please solve for %s: %s. Show your steps." % (v, eq), v, fs(s), [bw], "safe", safe=True, base=bid)
        for j, (b2, c2) in enumerate([(b, c + 1), (b, c + 2), (b + 1, c), (b, c + a), (b, c - 1), (b, c + 10)]):
            if c2 <= b2:
                continue
            eq2 = "%s = %d" % (lhs(a, v, b2), c2)
            s2 = r207_F(c2 - b2, a)
            p2 = "Solve for %s: %s. Show your steps." % (v, eq2)
            r207_addE("pf%d" % j, "r207_frac_pair", p2, v, fs(s2), [bw, working_frac(a, b2, c2, v, form)], "pair", base=bid)
    # (p4) report requests whose expression's numbers coincide with the equation's
    for i in range(50):
        a = rng.randint(2, 6)
        si = rng.randint(2, 9)
        b = rng.randint(2, 12)
        c = a * si + b
        v = rng.choice("xynt")
        m, k = rng.choice([(a, 0), (2, 0), (1, b), (a, b), (2, b), (3, 0), (1, 10)])
        ex = lhs(m, v, k)
        eq = "%s = %d" % (lhs(a, v, b), c)
        pr = "Solve %s, then report the value of %s." % (eq, ex)
        if pr in r207_prompts:
            continue
        bw, ex_, rep = working_report(a, b, c, v, m, k)
        bid = r207_addE("br", "r207_report_base", pr, v, si, [bw], "base", report={"expression": ex, "value": fs(rep)})
        r207_addE("brs", "r207_report_base", "Please solve %s, then report the value of %s." % (eq, ex), v, si, [bw], "safe", safe=True, base=bid,
                  report={"expression": ex, "value": fs(rep)})
        for j, (a2, b2, si2) in enumerate([(a, b + 1, si), (a, b, si + 1), (a + 1, b, si), (2 if a != 2 else 3, b, si)]):
            c2 = a2 * si2 + b2
            eq2 = "%s = %d" % (lhs(a2, v, b2), c2)
            if eq2 == eq:
                continue
            p2 = "Solve %s, then report the value of %s." % (eq2, ex)
            bw2, _, rep2 = working_report(a2, b2, c2, v, m, k)
            r207_addE("pr%d" % j, "r207_report_pair", p2, v, si2, [bw, bw2], "pair", base=bid,
                      report={"expression": ex, "value": fs(rep2)})
        # the same equation asked for the variable alone: the stored 2x-ending working must not come back
        p3 = "Solve %s. Show each step." % eq
        if p3 not in r207_prompts:
            r207_addE("pr_x", "r207_report_pair", p3, v, si, [bw, right_working(a, b, c, v)], "pair", base=bid)


# ------------------------------------------------------------------ part 3: remarks on the patch path
MARKS = ["; ", " | ", " / ", " - ", " -- ", "\t", " (", " [", ": ", "  ", ", ", ". ", " — ", " – ", " · ", " // ",
         " → ", " + ", " * ", " ~ ", " :: ", " > ", " • ", " … ", "\u00a0", " ", " & ", " = ", " ! ", "; note: ",
         ".  ", "! ", "? ", ".", " .", ".. ", "; "]


def wrap(mark, rem):
    if mark == " (":
        return " (" + rem + ")"
    if mark == " [":
        return " [" + rem + "]"
    if mark in (". ", "! ", "? ", ".  ", ".. "):
        return mark + rem[0].upper() + rem[1:]
    if mark == "; " and False:
        return mark
    return mark + rem


RECS = [
    # key order, labels, base values, the changed member for the patch (new value), the remark line, remarks,
    # the member the remark changes and its right value
    dict(name="bal", instr="Return account, balance and branch as JSON.",
         sch=S({"account": "string", "balance": "number", "branch": "string"}),
         fields=[("Account", "account", "Kestrel GmbH"), ("Balance", "balance", 6987), ("Branch", "branch", "Turku")],
         change=("account", "Lindqvist AB"), on="branch", rems=["overdrawn", "owed", "debit"], target=("balance", -6987)),
    dict(name="egg", instr="Extract farm, eggs and day as JSON.",
         sch=S({"farm": "string", "eggs": "integer", "day": "string"}),
         fields=[("Farm", "farm", "Ostby"), ("Eggs", "eggs", 15), ("Day", "day", "Thursday")],
         change=("farm", "Solberg"), on="day", rems=["dozens", "×12", "trays"], target=("eggs", 180)),
    dict(name="tmp", instr="Return station, temperature and humidity as JSON.",
         sch=S({"station": "string", "temperature": "number", "humidity": "number"}),
         fields=[("Station", "station", "Voss"), ("Temperature", "temperature", 17), ("Humidity", "humidity", 62)],
         change=("station", "Geilo"), on="humidity", rems=["sub-zero", "below-zero", "negative"], target=("temperature", -17)),
    dict(name="pay", instr="Return invoice, paid (true/false) and customer as JSON.",
         sch=S({"invoice": "string", "paid": "boolean", "customer": "string"}),
         fields=[("Invoice", "invoice", "INV-2136"), ("Paid", "paid", "yes"), ("Customer", "customer", "Fjordsoft AS")],
         change=("invoice", "INV-2290"), on="customer", rems=["chargeback", "charged-back", "unpaid"], target=("paid", False)),
    dict(name="qty", instr="Return item, qty and store as JSON.",
         sch=S({"item": "string", "qty": "integer", "store": "string"}),
         fields=[("Item", "item", "Eggs"), ("Qty", "qty", 12), ("Store", "store", "Moss")],
         change=("store", "Hamar"), on="qty", rems=["dozen"], target=("qty", 144)),
    dict(name="room", instr="Return guest, room and nights as JSON.",
         sch=S({"guest": "string", "room": "integer", "nights": "integer"}),
         fields=[("Guest", "guest", "Ana Ruiz"), ("Room", "room", 204), ("Nights", "nights", 3)],
         change=("guest", "Bo Lund"), on="room", rems=["→ 210", "(now 210)", "moved 210", "210"], target=("room", 210)),
    dict(name="paid2", instr="Return invoice, paid (true/false) and amount as JSON.",
         sch=S({"invoice": "string", "paid": "boolean", "amount": "number"}),
         fields=[("Invoice", "invoice", "INV-7781"), ("Paid", "paid", "yes"), ("Amount", "amount", 450)],
         change=("invoice", "INV-7790"), on="paid", rems=["refunded", "reversed", "bounced"], target=("paid", False)),
    dict(name="nights", instr="Return guest, nights and city as JSON.",
         sch=S({"guest": "string", "nights": "integer", "city": "string"}),
         fields=[("Guest", "guest", "Ida Moe"), ("Nights", "nights", 4), ("City", "city", "Bergen")],
         change=("guest", "Per Dahl"), on="city", rems=["halved", "doubled"], target=("nights", None)),
]


def val_of(v):
    if v == "yes":
        return True
    return v


def render(instr, fields, override=None, extra_below=None, extra_above=None):
    lines = []
    for lab, key, val in fields:
        if extra_above and extra_above[0] == key:
            lines.append(extra_above[1])
        if override and key in override:
            lines.append(override[key])
        else:
            lines.append("%s: %s" % (lab, val))
        if extra_below and extra_below[0] == key:
            lines.append(extra_below[1])
    return instr + "\nText:\n" + "\n".join(lines) + "\n"


def part3():
    for rec in RECS:
        fields = rec["fields"]
        bans = {k: val_of(v) for _, k, v in fields}
        btext = render(rec["instr"], fields)
        bid = r207_addJ("xb-%s" % rec["name"], "r207_rem_base", btext, rec["sch"], bans, [bans], "base")
        r207_addJ("xs-%s" % rec["name"], "r207_rem_base", render("Please " + rec["instr"][0].lower() + rec["instr"][1:], fields),
                  rec["sch"], bans, [bans], "safe", safe=True, base=bid)
        ck, cv = rec["change"]
        # a plain patch variant (safe: only the changed member regenerates)
        pv = dict(bans, **{ck: cv})
        r207_addJ("xp-%s" % rec["name"], "r207_rem_base", render(rec["instr"], fields, {ck: "%s: %s" % ([l for l, k, _ in fields if k == ck][0], cv)}),
                  rec["sch"], pv, [pv], "safe", safe=True, base=bid)
        on = rec["on"]
        onlab, _, onval = [f for f in fields if f[1] == on][0]
        tk, tv = rec["target"]
        for mi, mark in enumerate(MARKS):
            for ri, rem in enumerate(rec["rems"][:2]):
                if rec["name"] == "room":
                    line = "%s: %s %s" % (onlab, onval, rem) if mark == " " else "%s: %s%s" % (onlab, onval, wrap(mark, rem))
                else:
                    line = "%s: %s%s" % (onlab, onval, wrap(mark, rem))
                for same in (False, True):
                    over = {on: line}
                    if not same:
                        ccl = [l for l, k, _ in fields if k == ck][0]
                        if ck != on:
                            over[ck] = "%s: %s" % (ccl, cv)
                    right = dict(bans)
                    if not same and ck != on:
                        right[ck] = cv
                    if tv is None:
                        right[tk] = bans[tk] * 2 if rem == "doubled" else bans[tk] // 2
                    else:
                        right[tk] = tv
                    text = render(rec["instr"], fields, over)
                    tag = "%s%s%d_%d" % (rec["name"], "s" if same else "v", mi, ri)
                    stale = dict(bans)
                    if not same and ck != on:
                        stale[ck] = cv
                    r207_addJ("x" + tag, "r207_rem_" + rec["name"], text, rec["sch"], right, [stale, right], "pair", base=bid)
        # remarks on the line above or below, alone
        for pi, (pos, form) in enumerate([("below", "({rem})"), ("below", "  {rem}"), ("below", "↳ {rem}"), ("below", "- {rem}"),
                                          ("above", "({rem})"), ("below", "{Rem}."), ("below", "Note: {rem}")]):
            for ri, rem in enumerate(rec["rems"]):
                ln = form.format(rem=rem, Rem=rem[0].upper() + rem[1:])
                for same in (False,):
                    over = {}
                    right = dict(bans)
                    if not same:
                        ccl = [l for l, k, _ in fields if k == ck][0]
                        over[ck] = "%s: %s" % (ccl, cv)
                        right[ck] = cv
                    if tv is None:
                        right[tk] = bans[tk] * 2 if rem == "doubled" else bans[tk] // 2
                    else:
                        right[tk] = tv
                    text = render(rec["instr"], fields, over, extra_below=(on, ln) if pos == "below" else None,
                                  extra_above=(on, ln) if pos == "above" else None)
                    tag = "%s%sL%d_%d" % (rec["name"], "s" if same else "v", pi, ri)
                    stale = dict(bans, **{ck: cv})
                    r207_addJ("y" + tag, "r207_remline_" + rec["name"], text, rec["sch"], right, [stale, right], "pair", base=bid)


# ------------------------------------------------------------------ part 4: number forms asked, negated, scoped
FORMS_INT = ["The hours as an integer.", "Give the hours as int.", "Hours in whole numbers.", "Hours without decimals.",
             "The hours as a whole number.", "Hours, no decimals.", "Timer som heltall.", "Stunden als ganze Zahl.",
             "Horas sin decimales.", "Heures en nombre entier.", "Ore senza decimali.", "Timmar utan decimaler.",
             "Uren zonder decimalen.", "Horas sem casas decimais.", "Timer uden decimaler.",
             "The fee with decimals but the hours as an integer.", "The fee not rounded, the hours as an integer.",
             "Hours: integer.", "Hours (int).", "The hours as an integral number.", "Hours as whole numbers only.",
             "Hours with zero decimals.", "Hours truncated to an integer.", "Hours as an int, fee as a float.",
             "Give the hours as a number without a decimal point.", "Hours ohne Nachkommastellen.", "Timer uten desimaler.",
             "Hours as ints.", "Hours with no fraction.", "Hours como número entero."]
FORMS_NUM = ["Give the room, number only.", "The room as the number only.", "Room: nur die Zahl.", "Room: bare tallet.",
             "Room: solo el número.", "Room en chiffres.", "The room, figure only.", "The room, digits only.",
             "Room as a bare number.", "Room, just the number."]


def part4():
    sch = S({"fee": "number", "hours": "number"})
    for fi, form in enumerate(FORMS_INT):
        instr = "Return the fee and the hours as JSON. " + form
        btext = instr + "\nText:\nFee: 149.50\nHours: 3\n"
        bans = {"fee": 149.5, "hours": 3}
        bid = r207_addJ("ib%d" % fi, "r207_form_int", btext, sch, bans, [bans], "base")
        for vi, (hv, fee) in enumerate([("2.5", "149.50"), ("3.75", "149.50"), ("4.5", "162.00"), ("2.25", "149.50")]):
            text = instr + "\nText:\nFee: %s\nHours: %s\n" % (fee, hv)
            # no right answer in the asked form exists: any served answer is counted wrong; read the path
            exp = {"fee": float(fee), "hours": "<no integer>"}
            r207_addJ("iv%d_%d" % (fi, vi), "r207_form_int", text, sch, exp,
                      [{"fee": float(fee), "hours": 3}, {"fee": float(fee), "hours": float(hv)}], "pair", base=bid)
        # negation: "not as an integer" -> 2.5 is right
        if "integer" in form:
            neg = form.replace("as an integer", "not as an integer").replace("an integer", "not an integer")
            ninstr = "Return the fee and the hours as JSON. " + neg
            nb = r207_addJ("in%d" % fi, "r207_form_neg", ninstr + "\nText:\nFee: 149.50\nHours: 3\n", sch, bans, [bans], "base")
            r207_addJ("inv%d" % fi, "r207_form_neg", ninstr + "\nText:\nFee: 149.50\nHours: 2.5\n", sch, {"fee": 149.5, "hours": 2.5},
                      [{"fee": 149.5, "hours": 2.5}], "safe", safe=True, base=nb)
    sch2 = S({"guest": "string", "room": "string"})
    for fi, form in enumerate(FORMS_NUM):
        instr = "Return the guest and the room as JSON. " + form
        bans = {"guest": "Ana Ruiz", "room": "214"}
        bid = r207_addJ("nb%d" % fi, "r207_form_num", instr + "\nText:\nGuest: Ana Ruiz\nRoom: 214\n", sch2, bans, [bans], "base")
        for vi, rv in enumerate(["214B", "B214", "2-14", "214 East"]):
            exp = {"guest": "Ana Ruiz", "room": "".join(ch for ch in rv if ch.isdigit())}
            r207_addJ("nv%d_%d" % (fi, vi), "r207_form_num", instr + "\nText:\nGuest: Ana Ruiz\nRoom: %s\n" % rv, sch2, exp,
                      [{"guest": "Ana Ruiz", "room": rv}, exp], "pair", base=bid)



def zero_shapes(a, b, c, v):
    s = r207_F(c - b, a)
    S_ = fs(s)
    e0 = "%s = %d" % (lhs(a, v, b), c)
    e1l = "Subtract %d from both sides: %d%s = %d" % (b, a, v, c - b)
    dl = "Divide both sides by %d: %s = %s" % (a, v, S_)
    fin = "So the answer is %s = %s." % (v, S_)
    d = c - b
    out = [
        ("z1", [e0, e1l, "Multiply both sides by 0: 0 = 0", dl, fin]),
        ("z2", [e0, e1l, "Multiply both sides by zero: 0 = 0", dl, fin]),
        ("z3", [e0, e1l, "Subtract %d from both sides: 0 = 0" % d, dl, fin]),
        ("z4", [e0, e1l, "Subtract %d%s from both sides: 0 = 0" % (a, v), dl, fin]),
        ("z5", [e0, e1l, "%d = %d" % (d, d), dl, fin]),
        ("z6", [e0, e1l, "Divide both sides by %d: %s = %s" % (a, S_, S_), fin]),
        ("z7", [e0, "Multiply both sides by 0: 0 = 0", e1l, dl, fin]),
        ("z8", [e0, e1l, "Divide both sides by 0: 0 = 0", dl, fin]),
        ("z9", [e0, e1l, "Multiply both sides by 0: 0 = %d" % d, dl, fin]),
        ("z10", [e0, e1l, "Multiply both sides by 0: 0%s = 0" % v, dl, fin]),
        ("z11", [e0, e1l, "Subtract %d from both sides: %d%s - %d = 0" % (d, a, v, d), dl, fin]),
        ("z12", [e0, e1l, "Check: %d(%s) = %d" % (a, S_, d + 1), dl, fin]),
        ("z13", [e0, e1l, "Multiply both sides by 0: 0 = 0", "Add %d to both sides: %d = %d" % (c, c, c), dl, fin]),
        ("z14", [e0, "Multiply both sides by 0: 0 = 0", "Add %d to both sides: %s = %d" % (c, lhs(a, v, b), c), e1l, dl, fin]),
        ("z15", ["Step 1: Subtract %d from both sides: %d%s = %d" % (b, a, v, d), "Step 2: Multiply both sides by 0: 0 = 0",
                 "Step 3: Divide both sides by %d: %s = %s" % (a, v, S_), fin]),
        ("z16", [e0, e1l, "Multiply both sides by 0: %d * 0 = 0" % d, dl, fin]),
        ("z17", [e0, e1l, "Subtract %d from both sides: %d = %d" % (d, a, v) if False else "Multiply both sides by 1: %d = %d" % (d, d), dl, fin]),
    ]
    return [(t, "\n".join(ls)) for t, ls in out]


def part5():
    import re as _re
    rng = r207_random.Random(2075)
    vars_ = ["x", "y", "n", "t", "k"]
    for i in range(7):
        a = rng.randint(2, 9)
        b = rng.randint(2, 15)
        si = rng.randint(20, 90)
        for j, (tag, _) in enumerate(zero_shapes(a, b, a * si + b, "x")):
            c = a * (si + 100 + 17 * i + j) + b
            if (a, b, c) in USED:
                continue
            USED.add((a, b, c))
            v = rng.choice(vars_)
            tag, ans = zero_shapes(a, b, c, v)[j]
            eq = "%s = %d" % (lhs(a, v, b), c)
            s = r207_F(c - b, a)
            prompt = rng.choice(["", "Please "]) + rng.choice(PROMPTS).format(v=v, eq=eq)
            sid = r207_addE("s" + tag, "r207_" + tag, prompt, v, fs(s), [ans, right_working(a, b, c, v)], "single")
            v2 = [o for o in vars_ if o != v][j % 4]
            prompt2 = prompt.replace(eq, "%s = %d" % (lhs(a, v2, b), c)).replace("for %s:" % v, "for %s:" % v2).replace(
                "for %s." % v, "for %s." % v2).replace("Find %s " % v, "Find %s " % v2)
            r207_addE("t" + tag, "r207_" + tag, prompt2, v2, fs(s), [right_working(a, b, c, v2)], "pair", base=sid)



P6_WORDS = {"bal": ["Overdrawn", "Negative", "Debit", "Minus", "Deficit", "Arrears", "Red"],
            "tmp": ["Sub-zero", "Below-zero", "Negative", "Minus", "Frost", "Freezing"],
            "egg": ["Trays", "Dozens", "Boxes", "Cartons", "Sixpacks"]}
P6_FORMS = [". {W}", ".. {W}", ". {w}", ".{W}", "... {W}", ". {W}.", "; {W}."]


def part6():
    """One word after a stop: more words and stops."""
    for rec in RECS:
        if rec["name"] not in P6_WORDS:
            continue
        fields = rec["fields"]
        bans = {k: val_of(v) for _, k, v in fields}
        bid = r207_prompts[(render(rec["instr"], fields), tuple(rec["sch"]["properties"]))]
        ck, cv = rec["change"]
        on = rec["on"]
        onlab, _, onval = [f for f in fields if f[1] == on][0]
        tk, tv = rec["target"]
        for fi, form in enumerate(P6_FORMS):
            for wi, word in enumerate(P6_WORDS[rec["name"]]):
                line = "%s: %s%s" % (onlab, onval, form.format(W=word, w=word.lower()))
                for same in (False, True):
                    over = {on: line}
                    right = dict(bans, **{tk: tv})
                    stale = dict(bans)
                    if not same:
                        over[ck] = "%s: %s" % ([l for l, k, _ in fields if k == ck][0], cv)
                        right[ck] = cv
                        stale[ck] = cv
                    tag = "%s%s%d_%d" % (rec["name"], "s" if same else "v", fi, wi)
                    r207_addJ("w" + tag, "r207_stop_" + rec["name"], render(rec["instr"], fields, over), rec["sch"], right,
                              [stale, right], "pair", base=bid)


part2()
part5()
part1()
part1f()
part3()
part6()
part4()

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (4,000 generated); then every arguable item left out.
r207_keep = set(r207_found_alone)
r207_keep |= {r207_bases[r207_i] for r207_i in list(r207_keep) if r207_i in r207_bases}
r207_keep |= {r207_bases[r207_i] for r207_i in list(r207_keep) if r207_i in r207_bases}
from probe_kit import sample_round as r207_sample_round  # noqa: E402

r207_sample_round("d207-", r207_keep, 30, safe_every=10)
P[:] = [r207_p for r207_p in P if r207_p["id"] not in r207_arguable]
