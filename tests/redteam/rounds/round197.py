r"""Red-team round 197 (black box): THE RULES OF ROUNDS 194-196 ATTACKED -- remarks beside a code in other shapes,
worked-equation descriptions in other words, and tools in other shapes through `stepcache serve`.
Focus: (1) remarks beside a code (name/city records, lines "L" and one-line "a | b" "O"): in a field NO member reads
  (Gate/Ref/Customer no./Member no./Seat, schema name+city): 20 capitalised ASCII remarks in 12 languages ("Umgezogen
  Nach {n}", "Flyttet Til {n}", "Mudou Para {n}", "Ny Adresse {n}", "UMGEZOGEN NACH {n}"...), 10 remarks of units /
  currencies / and-to-of-x ("to {n}", "km to {n}", "NOK to {n}", "kg x {n}", "of {n}"), 16 plain ASCII lowercase
  other-language remarks ("bor na i {n}", "wohnt jetzt in {n}", "abita a {n}"), each after 4 of 7 marks (" | ", " - ",
  ", ", " ", "; ", " — ", ". "); the remark on the LINE AFTER the code's field with no label (48 remarks); the remark
  BEFORE the code ("Seat: (moved to {n}) 12F", "Customer no.: Umgezogen Nach {n} - C-55302", 10 shapes); codes with NO
  digit ("Gate: C | now {n}", Gate/Terminal/Zone/Seat/Wing, 19 remarks). The same in a field a member READS (room /
  seat / gate / member no. / bay in the schema): lowercase ASCII other-language, capitalised other-language, unit
  words, before the code, on the next line, and a no-digit gate. Pairs (base without the remark stored, variant: the
  model's first answer the base's old city, then the new one) and singles (the same request text as the pair's
  variant, served again after it). (2) worked equations "a v + b = c" (a 2-9): 21 step-1 and 19 step-2 description
  shapes, each with a WRONG number (equations and value right): "Move N to the other side:", "Move the N to the other
  side, so", "Isolate the x-term by removing N:", "Isolate by N:", "Isolate x by dividing by N:", "Simplify by N:",
  "Cancel the N:", "Take N off both sides:", "Get rid of the N:", "Move N over by dividing:", "Share both sides among
  N:", numbers as words in Norwegian/German/Spanish/French ("Trekk fra fem:", "Trekk fra fem på begge sider:",
  "Subtrahiere drei:", "Resta seis en ambos lados:", "Soustrais onze des deux côtés :", "Del på sju:", "Del begge
  sider på fire:", "Teile durch sechs:", "Divide entre dos:", "Divise par neuf :"), and past-tense lines below the
  equation without added/subtracted/multiplied/divided ("(We took away 8.)", "(We took away eight.)", "(Removed 8 from
  each side.)", "(Both sides were reduced by 8.)", "(Both sides minus 8.)", "(Here we got rid of the 8.)",
  "(Subtraction of 8 from both sides.)", "(Vi trakk fra åtte på begge sider.)", "(Wir haben acht abgezogen.)", "(Both
  sides were halved.)", "(... cut into thirds.)", "(... quartered.)", "(We split both sides into N.)", "(Both sides
  shared by N.)", "(Both sides over N.)", "(Vi delte begge sider på N.)", "(Beide Seiten durch N geteilt.)"); 6 singles
  each; 60 coincidence pairs (base b = a or b = x, variant changes b: the stale description kept; or changes x: the
  base's answer). (3) `stepcache serve` (serve_round197.py, its own driver like serve_round196.py): a rule in a tool
  description (weight in pounds / names upper case surname first / age in months) passed as tools inside the
  "stepcache" extension, "stepcache": {"functions"}, "extra_body": {"tools"}, bare function objects in "tools", a
  "custom" tool, "tools"/"functions" as an object, a "Tools" key, "tools": null + functions, "tools": [] + functions,
  "functions": [] + tools, "metadata": {"tools"}, the tool text in a system message (13 shapes x 3 pairs); forced
  calls with no tools defined ("tools": [] + "required"/named, tool_choice alone, "functions": [] + function_call
  named, function_call alone, "stepcache": {"tool_choice": "required"}) and harmless empty ones (2 each).
3,491 probes (seeded random.Random(197)): 1,097 bases, 1,117 pair variants, 1,237 singles, 40 safe ("Thanks!" added);
  serve: 132 probes (66 pairs; 18 forced/empty-tool pairs), 200 judged answers over 2 runs.
  (This tester served only the d197- probes; the rest of the suite was not run.)
HELD:
 - Remarks in a field NO member reads, after the code, in lowercase ASCII other-language words (0 of 16 templates x 8
   probes from the cache), on the next line with no label (0 of 96 pairs/singles: English, capitalised and lowercase
   other-language, "({n})", "-> {n}", "{n} fra mai"), before the code in brackets or with English words ("(moved to
   {n}) 12F", "[flyttet til {n}]", "now in {n} - ": 0 of 8 shapes), capitalised other-language after " | ", " - ",
   ", ", " ", "; ", " — " (18 of 20 templates: 0); the next-line remark in a field a member reads (0 of 17 templates);
   "(moved to {n})", "(bor na i {n})", "now {n}:" before a read code (0).
 - Equations: descriptions "Cancel the N", "Take N off both sides", "Get rid of the N", "Isolate the x-term by removing
   N", "Isolate x by dividing by N", "Move N over by dividing" (0 of 6 each stored); every past-tense line below
   except "(Subtraction of N ...)" (0 of 6 each: "took away N/eight", "Removed", "reduced by", "minus", "got rid of",
   "halved", "thirds", "quartered", "split", "shared", "over", Norwegian, German).
 - Serve: every tool in another shape (ext tools/functions, extra_body, bare functions, custom, "Tools", tools null,
   empty tools + functions, empty functions + tools, metadata, the tool text in a system message): 0 reused in either
   run (skip, or 400 for "tools"/"functions" given as an object, 502 for the system-message rule); the fresh answers
   ignoring the rule (30 per run, model's mistake) were never stored. Forced calls with no tools or with empty tools
   or functions: 502, no content. Harmless "tools": [] / "functions": [] with "auto": reused (right).
WHAT GOT THROUGH. Whole round, fresh SQLite store, two passes (by this round's reader: analyze2.py under /tmp/rt/r197,
  which judges every served JSON against the expected record and every worked answer's description numbers, words of
  four languages included; check.py alone flags 138 / 149): wrong from the cache 162 in run 1 (37 reuse + 5 reuse +
  120 KEPT-FROM-CACHE; 128 clear, 34 arguable), 243 in run 2 (206 clear, 37 arguable); plus in run 1 45 worked
  answers with a false description accepted fresh on the patch path (the model's own lines, stored, then reused in run
  2). Alone (R197_ALONE=1: r197_found_alone + r197_arguable, 250 ids, and their bases, 325 probes, fresh store, two
  passes): 154 in run 1 (122 clear, 32 arguable), 236 in run 2 (203 clear, 33 arguable). 13 ids of the whole run not
  reproduced alone (5 equation answers rewritten or stitched from other stored ones, 8 unread-field remark probes:
  4 variants and their identical singles) are left out.
 (A) CLEAR, a remark in CAPITALISED other-language ASCII words beside a code a member READS (patch, city KEPT): "Bay:
     B949 - Demenage A Bergen" (City: Alta) -> {"city": "Alta", "bay": "B949"}; "Bay: B662; Flyttade Till Odda" ->
     "Voss"; "Seat: 20A. Neue Adresse Stavanger" -> "Sandefjord"; "Seat: 27C; Przeprowadzka Do Hamar" -> "Sandefjord";
     "Gate: D28 | Se Mudo A Stavanger" -> "Skien"; "Member no.: M6756 - Verhuisd Naar Steinkjer" (O layout) ->
     "Molde"; "Bay: B858 - Ny Adresse Namsos"; "Bay: B816 | Trasferito A Arendal"; "Bay: B995; Mudou Para Halden".
 (B) CLEAR, plain ASCII lowercase other-language words beside a code a member READS: "Bay: B356 - abita a Hamar" ->
     {"city": "Harstad", "bay": "B356"}; "Member no.: M4562 - mieszka w Skien" -> "Hamar"; "Member no.: M9304 | ny
     adresse Harstad" -> "Narvik".
 (C) CLEAR, a code with NO digit: read field "Gate: A | moved to Molde" -> {"city": "Arendal", "gate": "A"}; "Gate: E |
     relocated to Halden" -> "Larvik"; "Gate: D - asuu nyt Sandefjord"; "Gate: A; bor na i Sandefjord"; "Gate: D |
     wohnt jetzt in Sandefjord"; "Gate: A; woont nu in Odda"; unread field "Seat: D; Umgezogen Nach Steinkjer" (City:
     Hamar) -> {"city": "Hamar"}; "Seat: C | asuu nyt Sogndal" -> "Risør".
 (D) CLEAR, a capitalised other-language remark BEFORE the code: "Bay: Umgezogen Nach Halden - B781" -> {"city":
     "Alta", "bay": "B781"} (6 of 6); unread "Gate: Flyttet Til Førde, C15" -> "Florø"; "Customer no.: Umgezogen
     Nach Florø - C-55302" -> "Harstad".
 (E) CLEAR, unread field, capitalised other-language after ". ": "Seat: 36B. Mudou Para Ålesund" -> "Molde"; "Ref:
     K02618. Ny Adresse Sandefjord" -> "Tønsberg" (run 2, stored fresh answer).
 (F) CLEAR, equations, numbers as WORDS of another language are not read (stored, reused): "Solve for y: 6y + 12 = 72.
     Explain each step." -> "Trekk fra fem på begge sider: 6y = 60 / ..."; "Solve for n: 9n + 4 = 76." -> "Trekk fra
     tre: 9n = 72"; "Please solve 9t + 6 = 78, ..." -> "Subtrahiere sieben: 9t = 72"; "Solve 3x + 5 = 8 step by step."
     -> "Resta seis en ambos lados: 3x = 3"; "Solve for t: 7t + 5 = 75." -> "Soustrais onze des deux côtés : 7t = 70";
     "Solve 2x + 5 = 15 step by step." -> "... Teile durch sechs: x = 5"; "Solve for x: 9x + 12 = 84." -> "... Divide
     entre dos: x = 8"; "... Divise par neuf : n = 12" (5n = 60); "Del begge sider på fire: y = 9" (8y = 72).
 (G) CLEAR, English operation words the check does not read, with a wrong number: "Please solve 7k + 4 = 67, ..." ->
     "Move 1 to the other side: 7k = 63 / ..."; "Solve 9n + 6 = 105 step by step." -> "Move the 4 to the other side, so
     9n = 99"; "Solve 4y + 12 = 56 step by step." -> "Simplify by 11: 4y = 44"; "Solve for x: 8x + 2 = 74." -> "...
     Simplify by 9: x = 9"; "Solve 8k + 11 = 27 step by step." -> "... Isolate by 7: k = 2"; "Please solve 2n + 11 =
     33" -> "... Isolate by 12: n = 11"; a past-tense NOUN line below: "Solve for k: 8k + 5 = 29." -> "8k = 24 /
     (Subtraction of 7 from both sides.) / ...". Pairs: the stale description kept by a licensed rewrite ("Solve 9n +
     2 = 101 step by step." -> "Move the 4 to the other side, so 9n = 99 ..."; "Solve for y: 9y + 10 = 109." -> "Move 11
     to the other side: 9y = 99"), and stitched answers carrying a line of another stored one ("Solve for x: 2x + 2 =
     14." -> "Take 2 off both sides: 2x = 12 / Soustrais cinq des deux côtés : 2x = 12 / ...").
 (H) ARGUABLE (r197_arguable, 33): remarks of units / currencies / "to", "x", "and" beside a code ("Gate: B33 - EUR to
     Stavanger" -> "Skien", "Seat: 27B; NOK to Halden", "Gate: E22 | km to Drammen", "Gate: E28 | x Molde", "Member
     no.: M9545 | to Alta and Alta", unread "Customer no.: C-93002 km to Alta" -> "Harstad"): the remark does not
     clearly say the person moved.
 Serve (serve_round197.py): 0 wrong from the cache; ARGUABLE "stepcache": {"task": "json_extract", "tool_choice":
     "required"} (a key no client sends there) answered with cached content, 2 ids x 2 runs, alone the same.
 Counts: clear 128 / 206 (run 1 / run 2, whole), 122 / 203 (alone); arguable 34 / 37 (whole), 32 / 33 (alone).
   Wrong served fresh (check.py, path skip): 99 in run 1 (old city beside a remark, stored and then reused), and 30
   per run through serve (the tool rule ignored; never stored).
Adds its probes to probe_kit.P."""
import json
import os
import random as r197_random

from probe_kit import P, S, J, E  # noqa: F401

R = r197_random.Random(197)
r197_found_alone = set(['d197-rcLs-351', 'd197-rcOs-360', 'd197-rpv-1418', 'd197-rps-1419', 'd197-rps-1440', 'd197-rds-1524', 'd197-rds-1641', 'd197-mlLv-1793', 'd197-mlLs-1794', 'd197-mlOv-1796', 'd197-mlOs-1797', 'd197-mlOv-1832', 'd197-mlOs-1833', 'd197-mlLv-1937', 'd197-mlLs-1938', 'd197-mlLv-1979', 'd197-mlLs-1980', 'd197-mlLv-1991', 'd197-mlLs-1992', 'd197-mlOv-1994', 'd197-mlOs-1995', 'd197-mcLv-2075', 'd197-mcLs-2076', 'd197-mcLv-2081', 'd197-mcLs-2082', 'd197-mcLv-2099', 'd197-mcLs-2100', 'd197-mcOv-2102', 'd197-mcOs-2103', 'd197-mcLv-2117', 'd197-mcLs-2118', 'd197-mcLv-2147', 'd197-mcLs-2148', 'd197-mcLv-2153', 'd197-mcLs-2154', 'd197-mcLv-2171', 'd197-mcLs-2172', 'd197-mcOv-2174', 'd197-mcOs-2175', 'd197-mcLv-2183', 'd197-mcLs-2184', 'd197-mcLv-2201', 'd197-mcLs-2202', 'd197-mcLv-2213', 'd197-mcLs-2214', 'd197-mcLv-2231', 'd197-mcLs-2232', 'd197-mcLv-2237', 'd197-mcLs-2238', 'd197-mcLv-2243', 'd197-mcLs-2244', 'd197-mcLv-2255', 'd197-mcLs-2256', 'd197-mcLv-2369', 'd197-mcLs-2370', 'd197-mcOv-2372', 'd197-mcOs-2373', 'd197-mcLv-2375', 'd197-mcLs-2376', 'd197-mcLv-2387', 'd197-mcLs-2388', 'd197-mcLv-2393', 'd197-mcLs-2394', 'd197-mcLv-2399', 'd197-mcLs-2400', 'd197-mcLv-2423', 'd197-mcLs-2424', 'd197-mcOv-2426', 'd197-mcOs-2427', 'd197-mpv-2765', 'd197-mps-2766', 'd197-mpv-2768', 'd197-mps-2769', 'd197-mpv-2771', 'd197-mps-2772', 'd197-mdv-2903', 'd197-mds-2904', 'd197-mdv-2927', 'd197-mds-2928', 'd197-mdv-2930', 'd197-mds-2931', 'd197-mdv-2939', 'd197-mds-2940', 'd197-mdv-2945', 'd197-mds-2946', 'd197-mdv-2951', 'd197-mds-2952', 'd197-mdv-2975', 'd197-mds-2976', 'd197-mdv-2981', 'd197-mds-2982', 'd197-mdv-2984', 'd197-mds-2985', 'd197-mdv-2990', 'd197-mds-2991', 'd197-es1-3032', 'd197-es1-3033', 'd197-es1-3034', 'd197-es1-3035', 'd197-es1-3036', 'd197-es1-3037', 'd197-es1-3038', 'd197-es1-3039', 'd197-es1-3040', 'd197-es1-3041', 'd197-es1-3042', 'd197-es1-3043', 'd197-es1-3050', 'd197-es1-3051', 'd197-es1-3052', 'd197-es1-3053', 'd197-es1-3054', 'd197-es1-3055', 'd197-es1-3074', 'd197-es1-3076', 'd197-es1-3078', 'd197-es1-3079', 'd197-es1-3080', 'd197-es1-3081', 'd197-es1-3082', 'd197-es1-3083', 'd197-es1-3084', 'd197-es1-3086', 'd197-es1-3087', 'd197-es1-3088', 'd197-es1-3089', 'd197-es1-3090', 'd197-es1-3091', 'd197-es1-3092', 'd197-es1-3093', 'd197-es1-3095', 'd197-es1-3096', 'd197-es1-3097', 'd197-es1-3099', 'd197-es1-3100', 'd197-es1-3101', 'd197-es1-3102', 'd197-es1-3103', 'd197-es1-3131', 'd197-es1-3151', 'd197-es1-3152', 'd197-es1-3153', 'd197-es1-3154', 'd197-es1-3155', 'd197-es1-3156', 'd197-es1-3157', 'd197-es2-3164', 'd197-es2-3165', 'd197-es2-3166', 'd197-es2-3167', 'd197-es2-3168', 'd197-es2-3169', 'd197-es2-3176', 'd197-es2-3177', 'd197-es2-3178', 'd197-es2-3179', 'd197-es2-3180', 'd197-es2-3181', 'd197-es2-3189', 'd197-es2-3190', 'd197-es2-3194', 'd197-es2-3196', 'd197-es2-3197', 'd197-es2-3198', 'd197-es2-3200', 'd197-es2-3201', 'd197-es2-3202', 'd197-es2-3203', 'd197-es2-3204', 'd197-es2-3205', 'd197-es2-3206', 'd197-es2-3207', 'd197-es2-3208', 'd197-es2-3209', 'd197-es2-3210', 'd197-es2-3211', 'd197-es2-3212', 'd197-es2-3213', 'd197-es2-3214', 'd197-es2-3215', 'd197-es2-3216', 'd197-es2-3217', 'd197-es2-3218', 'd197-es2-3219', 'd197-es2-3220', 'd197-es2-3221', 'd197-es2-3223', 'd197-es2-3228', 'd197-es2-3246', 'd197-es2-3251', 'd197-es2-3262', 'd197-es2-3265', 'd197-es2-3271', 'd197-epb-3299', 'd197-epv-3300', 'd197-epv-3306', 'd197-epv-3309', 'd197-epx-3313', 'd197-epx-3316', 'd197-epv-3318', 'd197-epv-3321', 'd197-epb-3323', 'd197-epv-3330', 'd197-epv-3375', 'd197-epv-3384', 'd197-epv-3390', 'd197-epb-3392', 'd197-epv-3393', 'd197-epb-3425', 'd197-epv-3426', 'd197-epv-3429', 'd197-epb-3431', 'd197-epv-3432', 'd197-epx-3433', 'd197-epv-3438', 'd197-epx-3442', 'd197-epv-3450'])
r197_arguable = set(['d197-ruLs-639', 'd197-muLv-2543', 'd197-muLs-2544', 'd197-muLv-2555', 'd197-muLs-2556', 'd197-muLv-2591', 'd197-muLs-2592', 'd197-muLv-2621', 'd197-muLs-2622', 'd197-muLv-2633', 'd197-muLs-2634', 'd197-muLv-2645', 'd197-muLs-2646', 'd197-muOv-2648', 'd197-muOs-2649', 'd197-muLv-2651', 'd197-muLs-2652', 'd197-muLv-2657', 'd197-muLs-2658', 'd197-muLv-2669', 'd197-muLs-2670', 'd197-muOv-2672', 'd197-muOs-2673', 'd197-muLv-2681', 'd197-muLs-2682', 'd197-muLv-2687', 'd197-muLs-2688', 'd197-muLv-2729', 'd197-muLs-2730', 'd197-muOv-2732', 'd197-muOs-2733', 'd197-muLv-2741', 'd197-muLs-2742'])
r197_base_of = {}
r197_wrong = {}  # id -> list of wrong answer texts the model gave (for the round's own reader)
r197_ctr = [0]
r197_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r197_seen = set()
r197_tmpl = {}


def js(o):
    return json.dumps(o, ensure_ascii=False)


def w(k):
    return "".join(R.choice("bdfgklmnprstvz") + R.choice("aeiou") for _ in range(k))


def nm():
    while True:
        n = w(2).capitalize() + " " + w(2).capitalize() + R.choice(["sen", "berg", "vik", "lund", "dal", "nes"])
        if n not in r197_seen:
            r197_seen.add(n)
            return n


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nid(part):
    r197_ctr[0] += 1
    return "d197-%s-%d" % (part, r197_ctr[0])


def addj(kind, pid, fam, prompt, sch, exp, answers, wrong=None, base=None):
    J(pid, fam, prompt, sch, exp, [js(a) for a in answers], safe=(kind == "safe"))
    r197_counts[kind] += 1
    if base:
        r197_base_of[pid] = base
    if wrong is not None:
        r197_wrong[pid] = [js(x) for x in wrong]


def adde(kind, pid, fam, prompt, var, val, answers, wrong=None, base=None):
    E(pid, fam, prompt, var, str(val), answers, safe=(kind == "safe"))
    r197_counts[kind] += 1
    if base:
        r197_base_of[pid] = base
    if wrong is not None:
        r197_wrong[pid] = list(wrong)


CITIES = ["Bergen", "Tromsø", "Stavanger", "Drammen", "Hamar", "Molde", "Bodø", "Skien", "Arendal", "Gjøvik",
          "Harstad", "Kongsberg", "Larvik", "Halden", "Narvik", "Alta", "Ålesund", "Sandefjord", "Tønsberg", "Moss",
          "Florø", "Voss", "Odda", "Risør", "Steinkjer", "Levanger", "Namsos", "Sogndal", "Førde", "Elverum"]
ASCII_CITIES = [c for c in CITIES if all(ord(ch) < 128 for ch in c)]

# ============================================================ PART R: remarks beside a code
# remark templates ({n} = the new city)
REM_CAP = ["Umgezogen Nach {n}", "Flyttet Til {n}", "Flyttade Till {n}", "Verhuisd Naar {n}", "Muutti {n}",
           "Trasferito A {n}", "Demenage A {n}", "Se Mudo A {n}", "Mudou Para {n}", "Przeprowadzka Do {n}",
           "Bor Na I {n}", "Wohnt Jetzt In {n}", "Vive Ahora En {n}", "Flyttet Til {n} I Mai", "Ny Adresse {n}",
           "Neue Adresse {n}", "Nueva Direccion {n}", "Habite Maintenant A {n}", "UMGEZOGEN NACH {n}",
           "FLYTTET TIL {n}"]
REM_LOW = ["bor na i {n}", "wohnt jetzt in {n}", "vive ahora en {n}", "habite a {n}", "woont nu in {n}",
           "asuu nyt {n}", "abita a {n}", "mieszka w {n}", "bor i {n} na", "flytta til {n}", "umgezogen nach {n}",
           "se mudo a {n}", "trasferito a {n}", "verhuisd naar {n}", "ny adresse {n}", "bur no i {n}"]
REM_UNIT = ["to {n}", "x {n}", "and {n}", "to {n} and {n}", "of {n}", "km to {n}", "NOK to {n}", "kg x {n}",
            "to: {n}", "EUR to {n}"]
REM_ENG = ["now lives in {n}", "moved to {n}", "now {n}", "relocated to {n}", "lives in {n} now"]
MARKS = [" | ", " - ", ", ", " ", "; ", " — ", ". "]
CODES = [("Gate", lambda: R.choice("ABCDE") + str(R.randint(1, 40))),
         ("Ref", lambda: "K" + dg(5)),
         ("Customer no.", lambda: "C-" + dg(5)),
         ("Member no.", lambda: "M" + dg(4)),
         ("Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF"))]
NODIGIT = [("Gate", lambda: R.choice("ABCDE")), ("Terminal", lambda: R.choice("ABC")),
           ("Zone", lambda: R.choice(["A", "B", "C", "Red", "Blue"])), ("Seat", lambda: R.choice("ABCDEF")),
           ("Wing", lambda: R.choice(["North", "East", "West"]))]
READ = [("room", "Room", lambda: str(R.randint(101, 699))), ("seat", "Seat", lambda: str(R.randint(1, 39)) + R.choice("ABCDEF")),
        ("gate", "Gate", lambda: R.choice("ABCDE") + str(R.randint(1, 40))), ("member_no", "Member no.", lambda: "M" + dg(4)),
        ("bay", "Bay", lambda: "B" + dg(3))]
RINTRO = ["Extract the name and city as JSON.", "Return the name and city as JSON.",
          "Give the name and city from the card as JSON."]


def rec(name, city, lbl, cv, extra_line=None, lay="L"):
    fields = [("Name", name), ("City", city), (lbl, cv)]
    if lay == "O":
        s = " | ".join("%s: %s" % f for f in fields) + "\n"
    else:
        s = "".join("%s: %s\n" % f for f in fields)
    if extra_line is not None:
        s += extra_line + "\n"
    s += "Phone: +47 %s %s %s\n" % (R.choice("49") + dg(2), dg(2), dg(3))
    return s


def r_emit(part, fam, intro, sch, base_rec, var_rec, plain, right, both=True):
    for what in (("pair", "single") if both else ("single",)):
        if what == "pair":
            bid = nid(part + "b")
            addj("base", bid, fam, intro + "\n\n" + base_rec, sch, plain, [plain])
            addj("pair", nid(part + "v"), fam, intro + "\n\n" + var_rec, sch, right, [plain, right], wrong=[plain],
                 base=bid)
        else:
            addj("single", nid(part + "s"), fam, intro + "\n\n" + var_rec, sch, right, [plain, right], wrong=[plain])


def part_r():
    sch = S({"name": "string", "city": "string"})
    # (a) field no member reads: capitalised other-language, unit-word remarks, after the code
    for tmpls, tag in ((REM_CAP, "rc"), (REM_UNIT, "ru"), (REM_LOW, "rl")):
        for tm in tmpls:
            for mark in R.sample(MARKS, 4):
                for lay in ("L", "O"):
                    name = nm()
                    old, new = R.sample(CITIES, 2)
                    lbl, cg = R.choice(CODES)
                    code = cg()
                    intro = R.choice(RINTRO)
                    plain = {"name": name, "city": old}
                    right = {"name": name, "city": new}
                    b = rec(name, old, lbl, code, lay=lay)
                    v = rec(name, old, lbl, code + mark + tm.format(n=new), lay=lay)
                    r_emit(tag + lay, "r197_remark_unread", intro, sch, b, v, plain, right)
    # (b) the remark on the line after the code's field, no label
    for tm in REM_CAP + REM_LOW + REM_ENG + ["-> {n}", "({n})", "{n} fra mai", "{n} ab Mai", "{n}!"]:
        for k in range(2):
            name = nm()
            old, new = R.sample(CITIES, 2)
            lbl, cg = R.choice(CODES)
            code = cg()
            intro = R.choice(RINTRO)
            plain = {"name": name, "city": old}
            right = {"name": name, "city": new}
            b = rec(name, old, lbl, code)
            v = rec(name, old, lbl, code, extra_line=tm.format(n=new))
            r_emit("rn", "r197_remark_nextline", intro, sch, b, v, plain, right)
    # (c) the remark before the code
    for pre in ["(moved to {n}) ", "(now {n}) ", "[flyttet til {n}] ", "moved to {n}: ", "Umgezogen Nach {n} - ",
                "({n} now) ", "Flyttet Til {n}, ", "now in {n} - ", "(bor na i {n}) ", "{n} now, "]:
        for k in range(3):
            name = nm()
            old, new = R.sample(CITIES, 2)
            lbl, cg = R.choice(CODES)
            code = cg()
            intro = R.choice(RINTRO)
            plain = {"name": name, "city": old}
            right = {"name": name, "city": new}
            b = rec(name, old, lbl, code)
            v = rec(name, old, lbl, pre.format(n=new) + code)
            r_emit("rp", "r197_remark_before", intro, sch, b, v, plain, right)
    # (d) codes with no digit
    for tm in REM_ENG + REM_CAP[:8] + REM_LOW[:6]:
        for mark in R.sample(MARKS, 3):
            name = nm()
            old, new = R.sample(CITIES, 2)
            lbl, cg = R.choice(NODIGIT)
            code = cg()
            intro = R.choice(RINTRO)
            plain = {"name": name, "city": old}
            right = {"name": name, "city": new}
            b = rec(name, old, lbl, code)
            v = rec(name, old, lbl, code + mark + tm.format(n=new))
            r_emit("rd", "r197_remark_nodigit", intro, sch, b, v, plain, right)
    # (e) field a member reads: plain ASCII lowercase other-language, capitalised other-language, unit words,
    #     before the code, next line, no-digit code
    for tmpls, tag in ((REM_LOW, "ml"), (REM_CAP, "mc"), (REM_UNIT, "mu")):
        for tm in tmpls:
            for mark in R.sample(MARKS, 4):
                for lay in ("L", "O"):
                    name = nm()
                    old, new = R.sample(ASCII_CITIES, 2)
                    key, lbl, cg = R.choice(READ)
                    code = cg()
                    schm = S({"name": "string", "city": "string", key: "string"})
                    intro = "Extract the name, city and %s as JSON." % lbl.lower().rstrip(".")
                    plain = {"name": name, "city": old, key: code}
                    right = {"name": name, "city": new, key: code}
                    b = rec(name, old, lbl, code, lay=lay)
                    v = rec(name, old, lbl, code + mark + tm.format(n=new), lay=lay)
                    r_emit(tag + lay, "r197_remark_read", intro, schm, b, v, plain, right)
    for pre in ["(moved to {n}) ", "(flyttet til {n}) ", "Umgezogen Nach {n} - ", "now {n}: ", "(bor na i {n}) "]:
        for k in range(3):
            name = nm()
            old, new = R.sample(ASCII_CITIES, 2)
            key, lbl, cg = R.choice(READ)
            code = cg()
            schm = S({"name": "string", "city": "string", key: "string"})
            intro = "Extract the name, city and %s as JSON." % lbl.lower().rstrip(".")
            plain = {"name": name, "city": old, key: code}
            right = {"name": name, "city": new, key: code}
            r_emit("mp", "r197_remark_read_before", intro, schm, rec(name, old, lbl, code),
                   rec(name, old, lbl, pre.format(n=new) + code), plain, right)
    for tm in REM_ENG + REM_CAP[:6] + REM_LOW[:6]:
        for k in range(2):
            name = nm()
            old, new = R.sample(ASCII_CITIES, 2)
            key, lbl, cg = R.choice(READ)
            code = cg()
            schm = S({"name": "string", "city": "string", key: "string"})
            intro = "Extract the name, city and %s as JSON." % lbl.lower().rstrip(".")
            plain = {"name": name, "city": old, key: code}
            right = {"name": name, "city": new, key: code}
            r_emit("mn", "r197_remark_read_next", intro, schm, rec(name, old, lbl, code),
                   rec(name, old, lbl, code, extra_line=tm.format(n=new)), plain, right)
    for tm in REM_ENG + REM_LOW[:6]:
        for mark in R.sample(MARKS, 3):
            name = nm()
            old, new = R.sample(ASCII_CITIES, 2)
            code = R.choice("ABCDEF")
            schm = S({"name": "string", "city": "string", "gate": "string"})
            intro = "Extract the name, city and gate as JSON."
            plain = {"name": name, "city": old, "gate": code}
            right = {"name": name, "city": new, "gate": code}
            r_emit("md", "r197_remark_read_nodigit", intro, schm, rec(name, old, "Gate", code),
                   rec(name, old, "Gate", code + mark + tm.format(n=new)), plain, right)
    # safe: a harmless trailing sentence
    for k in range(20):
        name = nm()
        old = R.choice(CITIES)
        lbl, cg = R.choice(CODES)
        code = cg()
        intro = R.choice(RINTRO)
        plain = {"name": name, "city": old}
        bid = nid("rsb")
        b = rec(name, old, lbl, code)
        addj("base", bid, "r197_safe", intro + "\n\n" + b, sch, plain, [plain])
        addj("safe", nid("rsf"), "r197_safe", intro + " Thanks!\n\n" + b, sch, plain, [plain], base=bid)


# ============================================================ PART E: worked equations
NO = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti", 11: "elleve", 12: "tolv"}
DE = {1: "eins", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun", 10: "zehn", 11: "elf", 12: "zwölf"}
ES = {1: "uno", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete", 8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce"}
FR = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze"}
EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}

# description templates for step 1 (subtract b) and step 2 (divide by a), layout "DESC: eq" unless noted
S1 = {
    "move": "Move {n} to the other side: {eq}",
    "move2": "Move the {n} to the other side, so {eq}",
    "isolate": "Isolate the x-term by removing {n}: {eq}",
    "simplify": "Simplify by {n}: {eq}",
    "cancel": "Cancel the {n}: {eq}",
    "takeoff": "Take {n} off both sides: {eq}",
    "getrid": "Get rid of the {n}: {eq}",
    "no": "Trekk fra {no}: {eq}",
    "no2": "Trekk fra {no} på begge sider: {eq}",
    "de": "Subtrahiere {de}: {eq}",
    "es": "Resta {es} en ambos lados: {eq}",
    "fr": "Soustrais {fr} des deux côtés : {eq}",
    "below_took": "{eq}\n(We took away {n}.)",
    "below_took_w": "{eq}\n(We took away {en}.)",
    "below_removed": "{eq}\n(Removed {n} from each side.)",
    "below_reduced": "{eq}\n(Both sides were reduced by {n}.)",
    "below_minus": "{eq}\n(Both sides minus {n}.)",
    "below_no": "{eq}\n(Vi trakk fra {no} på begge sider.)",
    "below_de": "{eq}\n(Wir haben {de} abgezogen.)",
    "below_got": "{eq}\n(Here we got rid of the {n}.)",
    "below_sub": "{eq}\n(Subtraction of {n} from both sides.)",
}
S2 = {
    "move": "Move {n} over by dividing: {eq}",
    "isolate": "Isolate by {n}: {eq}",
    "isolate2": "Isolate x by dividing by {n}: {eq}",
    "simplify": "Simplify by {n}: {eq}",
    "cancel": "Cancel the {n}: {eq}",
    "share": "Share both sides among {n}: {eq}",
    "no": "Del på {no}: {eq}",
    "no2": "Del begge sider på {no}: {eq}",
    "de": "Teile durch {de}: {eq}",
    "es": "Divide entre {es}: {eq}",
    "fr": "Divise par {fr} : {eq}",
    "below_halved": "{eq}\n(Both sides were halved.)",
    "below_thirds": "{eq}\n(Both sides were cut into thirds.)",
    "below_split": "{eq}\n(We split both sides into {n}.)",
    "below_shared": "{eq}\n(Both sides shared by {n}.)",
    "below_no": "{eq}\n(Vi delte begge sider på {no}.)",
    "below_de": "{eq}\n(Beide Seiten durch {de} geteilt.)",
    "below_over": "{eq}\n(Both sides over {n}.)",
    "below_quarter": "{eq}\n(Both sides were quartered.)",
}
SCALE_FOR = {"below_halved": 2, "below_thirds": 3, "below_quarter": 4}


def d(tm, n, eq):
    return tm.format(n=n, eq=eq, no=NO[n], de=DE[n], es=ES[n], fr=FR[n], en=EN[n])


def work(a, b, x, v, t1, n1, t2, n2):
    c = a * x + b
    return "\n".join([d(S1[t1], n1, "%d%s = %d" % (a, v, c - b)), d(S2[t2], n2, "%s = %d" % (v, x)),
                      "So %s = %d." % (v, x)])


def plainwork(a, b, x, v):
    c = a * x + b
    return "Subtract %d from both sides: %d%s = %d\nDivide both sides by %d: %s = %d\nSo %s = %d." % (
        b, a, v, c - b, a, v, x, v, x)


PROMPTS = ["Solve {e} step by step.", "Solve for {v}: {e}. Show each step.", "Please solve {e}, showing your working.",
           "Solve for {v}: {e}. Explain each step."]


def part_e():
    # singles: right equations and value, one description wrong in number (or scale); later answer plain and right
    seen = set()
    for t1 in S1:
        for rep in range(6):
            while True:
                a, b, x = R.randint(2, 9), R.randint(1, 12), R.randint(1, 12)
                v = R.choice("xyntk")
                if (a, b, x, v) not in seen and a != b:
                    seen.add((a, b, x, v))
                    break
            e = "%d%s + %d = %d" % (a, v, b, a * x + b)
            prompt = R.choice(PROMPTS).format(e=e, v=v)
            wn = R.choice([k for k in range(1, 13) if k != b and k != a])
            t2 = R.choice(["isolate", "isolate2", "no2", "de"])
            wrong = work(a, b, x, v, t1, wn, t2, a)
            right = plainwork(a, b, x, v)
            pid = nid("es1")
            r197_tmpl[pid] = "S1:" + t1
            adde("single", pid, "r197_eq_step1", prompt, v, x, [wrong, right], wrong=[wrong])
    for t2 in S2:
        for rep in range(6):
            while True:
                if t2 in SCALE_FOR:
                    a = R.choice([k for k in (2, 3, 4, 5, 6) if k != SCALE_FOR[t2]])
                else:
                    a = R.randint(2, 9)
                b, x = R.randint(1, 12), R.randint(1, 12)
                v = R.choice("xyntk")
                if (a, b, x, v) not in seen and a != b:
                    seen.add((a, b, x, v))
                    break
            e = "%d%s + %d = %d" % (a, v, b, a * x + b)
            prompt = R.choice(PROMPTS).format(e=e, v=v)
            wn = R.choice([k for k in range(2, 13) if k != a and k != b])
            t1 = R.choice(["move", "takeoff", "no2", "de"])
            wrong = work(a, b, x, v, t1, b, t2, wn)
            right = plainwork(a, b, x, v)
            pid = nid("es2")
            r197_tmpl[pid] = "S2:" + t2
            adde("single", pid, "r197_eq_step2", prompt, v, x, [wrong, right], wrong=[wrong])
    # pairs with a coincidence: base b == a or b == x; the variant changes one; model's first answer is the base's
    # own worked answer with the same descriptions (stale), later right.
    for t1, t2 in [(R.choice(list(S1)), R.choice(list(S2))) for _ in range(60)]:
        if t2 in SCALE_FOR:
            t2 = "isolate"
        a = R.randint(2, 9)
        kind = R.choice(["b=a", "b=x"])
        x = R.randint(2, 12)
        b = a if kind == "b=a" else x
        v = R.choice("xyn")
        e = "%d%s + %d = %d" % (a, v, b, a * x + b)
        base_ans = work(a, b, x, v, t1, b, t2, a)
        ptm = R.choice(PROMPTS)
        bid = nid("epb")
        adde("base", bid, "r197_eq_pair", ptm.format(e=e, v=v), v, x, [base_ans])
        # variant: change b (keep a, x) so the coincident number differs
        b2 = R.choice([k for k in range(1, 13) if k not in (b, a)])
        e2 = "%d%s + %d = %d" % (a, v, b2, a * x + b2)
        stale = work(a, b2, x, v, t1, b, t2, a)  # equations right, step-1 number stale
        right = work(a, b2, x, v, t1, b2, t2, a)
        adde("pair", nid("epv"), "r197_eq_pair", ptm.format(e=e2, v=v), v, x, [stale, right], wrong=[stale],
             base=bid)
        # variant: change x (the answer) keeping b
        x2 = R.choice([k for k in range(2, 13) if k != x])
        e3 = "%d%s + %d = %d" % (a, v, b, a * x2 + b)
        right3 = work(a, b, x2, v, t1, b, t2, a)
        adde("pair", nid("epx"), "r197_eq_pair", ptm.format(e=e3, v=v), v, x2, [base_ans, right3],
             wrong=[base_ans], base=bid)
    # safe
    for k in range(20):
        a, b, x = R.randint(2, 9), R.randint(1, 12), R.randint(1, 12)
        e = "%d%s + %d = %d" % (a, "x", b, a * x + b)
        bid = nid("esb")
        adde("base", bid, "r197_eq_safe", "Solve %s step by step." % e, "x", x, [plainwork(a, b, x, "x")])
        adde("safe", nid("esf"), "r197_eq_safe", "Solve %s step by step. Thanks!" % e, "x", x,
             [plainwork(a, b, x, "x")], base=bid)


part_r()
part_e()

# Trimmed for ctest (probe_kit.sample_round), stop 46: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r197_keep = set(r197_found_alone) | {r197_base_of[r197_i] for r197_i in r197_found_alone if r197_i in r197_base_of}
from probe_kit import sample_round as r197_sample_round  # noqa: E402

r197_sample_round("d197-", r197_keep, 30, safe_every=10)
P[:] = [r197_p for r197_p in P if r197_p["id"] not in r197_arguable]
