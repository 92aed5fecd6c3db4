r"""Red-team round 264 (black box): THE NEWEST RULES (ROUNDS 260-263) ATTACKED FROM BOTH SIDES.
Focus: the rules of rounds 260-263 from both sides. linear_equation: the FORM a request asks (the working, one line,
  the value alone) in words the lists may miss ("In one go.", "No explanation needed.", "Result:", "TL;DR only.", "Be
  concise.", "Single-line answer.", "Just x.", "A plain number, please.", "Give me the number.", "Show the math.", "Show
  me how.", "How do you get there?", "As a worked example.", "Don't skip the steps.", other languages), forms in a
  system-like preamble, forms negated twice ("Don't just give the answer."), chains (working -> one line -> value alone
  -> one line / value alone / working again); check words as nouns and in other tenses ("A check would be nice.",
  "Checked, please.", "It should be checked.", "Have it verified.", "Sjekk svaret.") and denied ones as safe repeats
  ("No need for a proof.", "Skip the check."); step labels after the operation ("Divide both sides by 8 (step 2): x =
  ...", "..., step 2 of 2", "(2)" on the line) and operands in words ("Divide both sides by eight") with a wrong
  divisor or operand, sticky for some. json_extract: a short scale line above a stored invoice ("(000s)", "in '000",
  "x1000:", "'000 NOK", "/1000", "Unit: 1,000", "Beløp i tusen:", "(in mn)", 25 shapes) and safe lines ("Items:",
  "(draft)"); stays and ages under other keys (the record's label the key itself: "n_nts", "LOS_days", "noches",
  "nätter", "Übernachtungen", "liggedøgn", "umur", "tuổi", "años", "jahre", 64 keys) past their bounds (a date
  20260217 / 19750816, 1200 nights, 151 years), the model first giving the figure, then null. Seeded random.Random(264).
  Parts: (a) 60 stored workings (30 asked plainly, 30 asked "Show your steps." etc.), each asked "Solve for v: eq." + 6
  one-line and 5 value-alone wordings, 2 safe rewordings (840); (b) 60 stored one-line answers (a plain request or
  "Final answer only."), each asked 7 working wordings, 2 safe (590); (c) 35 stored workings, 6 check wordings and 2
  denied ones (315); (d) 20 bases, the form in a preamble ("System: Answer with the final answer only.\nUser: ...")
  (210); (e) 30 chains of 5 (180); (f) 40 singles with a false step description and a safe repeat (80); (g) 40 stored
  invoices, 6 scale lines and 2 safe lines each (360); (h) 64 keys, base + 3 past-bound variants + a safe +1 (350).
  2,925 probes: 395 bases and singles, 490 safe. Fresh SQLite store, two passes. Paths: run 1 skip 1,938 / patch 523 /
  reuse 464, run 2 skip 1,623 / patch 248 / reuse 1,054; safe on reuse 146/490 and 310/490. check.py (reading the
  form by each probe's "form" pattern) reports 309 wrong answers in each run.
HELD: every form in a system-like preamble (one line, value alone, working) was read or refused: no stored answer
  was served to it; the working asked through a negation ("Don't just give the answer.", "Never show only the
  result.", "Not only the answer, please.", 43 requests) ended in an error each time, never a stored one-liner; no
  check word (nouns, tenses, other languages; 30 wordings) got a stored working without a check (0 reuse); no false
  step description (a label after the operation, "step 2 of 2", "(2)", a divisor or an operand in words) was served,
  fresh or from the cache (each replaced by the model's later right working or the solver's); no scale line (25
  shapes, 240 variants, all on the skip path) let a stored invoice be reused; a stored stay or age under "nts", "LOS",
  "naechte", "notti", "nuits", "netter", "noites", "pernoites", "uebernachtungen", "yrs", "alder", "edad", "âge",
  "ålder", "ikä", "vek" had its past-bound figure patched to null ("no stay is that long", "no one is that old"); the
  keys whose base was not stored ended in the model's null or in the fresh items below.
  Cost: the denied checks ("No need for a proof.", "Skip the check."; 54 of 70) are refused reuse ("the requests speak
  of a check in other words"); a safe line above an invoice ("Items:", "Details:") is refused reuse (54 of 80); 32 of
  40 right workings with operands in words ("Subtract nineteen from both sides") are not reused (24 patched); the 43
  negated working requests are refused ("the request asks for more than the value of m"); 711 right answers rejected
  per run.
WHAT GOT THROUGH (from the cache, alone - the 170 ids the two passes served from the cache and their bases, 274
  requests, fresh store, --runs 2: 160 reproduce on the reuse path (141 in both runs); 9 more only on the patch path
  with the solver's "Step 1: ..." working, counted fresh; 1 did not reproduce):
 (A) CLEAR (40) and ARGUABLE (48): a stored working served to a request that asks one line or the value alone in words
     the form lists miss: "Solve for x: 2x + 3 = -15. Just give me the number." -> "2x + 3 = -15\n2x = -18\nx = -9"
     (right: -9); "Solve for y: 9y + 8 = 53. A plain number, please." -> "9y + 8 = 53\n9y = 45\ny = 5" (right: 5,
     through a chain: "Final answer only." and "Bare number only." were stored before it); "Solve for n: 8n + 1 = 57.
     Single-line answer." -> "8n + 1 = 57\n8n = 56\nn = 7"; "Plain number please.", "What number is it? Just
     that.". Arguable: "Answer:", "Result:", "In one go.", "Be concise.", "Keep it short.", "No explanation needed.",
     "Give me the number.", "Just x.", and 4 served "y = 15" / "m = 14" (one line, with the variable) for a value
     alone.
 (B) CLEAR (21): a stored one-line answer served to a request that asks the working: "Solve 2m - 12 = 16 for m. Show
     the math." -> "m = 14"; "Solve for n: 6n + 5 = 53. Show the math." -> "n = 8"; "Show the process.", "Show me
     how.", "Show me the process.", "How do you get there?", "Show how.", "Show the method.".
 (C) CLEAR (24) and ARGUABLE (27): a stored stay or age reused for a figure past its bound under a key the bounds do
     not read: "Extract the guest and the noches from this booking record as JSON.\n\nguest: Per Dahl\nnoches:
     20260217\n" -> {"guest":"Per Dahl","noches":20260217} (right: null; also "nätter", "noci", "yötä", "éjszakák",
     "nuitées", "verblijfsduur", "Übernachtungen", "liggedøgn" with 20260217 or 19750816); "umur" / "tuổi" with
     19750816, 20260217 or 151. Arguable: the same stays with 1200 nights, and the keys that mean "years" ("años",
     "anos", "jahre", "ans", "år", "lat"), which the rules do not hold to an age.
  Fresh (not from the cache; 155 wrong in run 1, 140 in run 2): the model's working accepted where one line is asked
  in words the checks flag as unread ("Juste la réponse.", "Sans étapes.", "Don't explain.", "Nur die Lösung.",
  "Spare me the steps.", "TL;DR only.", "No fluff."; 32 a run); its one-line answer accepted where the working is asked
  ("Don't skip the steps.", "Pokaż obliczenia.", "Teach me how.", "As a worked example.", "Show how you got it.",
  "Break it down."; 53 / 51); its working without a check where one is asked ("Confirm it.", "It should be checked.",
  "Checked, please.", "Sjekk svaret.", "Have it verified."; 15); the solver's "Step 1: ..." working for a value alone
  or one line ("Tylko liczba.", "Spare me the steps.", "Just x.", "Give me the number."; 24 / 15, 6 / 1 of them on the
  patch path); "x = v" for "Just x." (3 a run; and once in run 1 for "Just give me the number."); an invoice under
  "'000 NOK", "(000s)", "x1000:" with its unscaled figures (3, one vendor only: the same lines over other invoices
  ended in errors); a date, 1200 or 151 kept under "LOS_days", "n_noches", "num_noches", "estancia_noches",
  "dias_estancia", "noches_reservadas", "years_old" (24 / 21).

FIXED (stop 54): the form asked is read in more words and languages ("Just give me the number.", "A plain number,
please.", "Single-line answer.", "Show the math.", "Show me how.", "Tylko liczba.", "Sans étapes."); stays and ages
under more keys ("noches", read as "noch"; "nätter", "noci", "umur"). The found items alone after the fixes: 0 clear
from the cache; the arguable wordings ("Give me the number.", "Result:", "In one go.", "Be concise.", "Just x.") and
keys meaning "years" still reuse and are left out of ctest.
"""
from probe_kit import J, E, S, P  # noqa: F401

import random

r264_rng = random.Random(264)
r264_meta = {}
r264_seen = set()
R264_VARS = ["x", "x", "x", "y", "n", "t", "k", "m"]
R264_ONE = {"must": r"\A[^\n]*\Z", "where": "text"}
R264_BARE = {"must": r"\A\s*-?[\d/.]+\s*\Z"}
R264_WORK = {"must": r"\n", "where": "text"}
R264_CHECK = {"must": r"\d\)|[×*·]\s*-?\d", "where": "text"}


def r264_eq():
    v = r264_rng.choice(R264_VARS)
    sol = r264_rng.choice([i for i in range(-12, 21) if i not in (0, 1)])
    a = r264_rng.randint(2, 9)
    b = r264_rng.choice([i for i in range(-19, 20) if i != 0])
    c = a * sol + b
    left = "%d%s" % (a, v) + (" + %d" % b if b > 0 else " - %d" % (-b))
    return {"v": v, "a": a, "b": b, "c": c, "k": a * sol, "sol": sol, "eq": "%s = %d" % (left, c), "left": left}


def r264_work(e, check=False):
    v = e["v"]
    lines = [e["eq"], "%d%s = %d" % (e["a"], v, e["k"]), "%s = %d" % (v, e["sol"])]
    if check:
        lines.append("Check: %s = %d" % (e["left"].replace(v, "(%d)" % e["sol"]), e["c"]))
    return "\n".join(lines)


def r264_line(e):
    return "%s = %d" % (e["v"], e["sol"])


def r264_add_eq(id, prompt, e, answers, base=None, safe=False, form=None, fl=None):
    if prompt in r264_seen:
        return
    r264_seen.add(prompt)
    E(id, "r264_form", prompt, e["v"], str(e["sol"]), answers, safe=safe, false_lines=fl)
    if form:
        P[-1]["expect"]["form"] = form
    r264_meta[id] = {"base": base} if base else {}


def r264_maybe_wrong_first(right, wrong):
    return [right] if r264_rng.random() < 0.7 else [wrong, right]


# one line asked in words the form lists may miss
R264_ONE_WORDS = [
    "In one go.", "No explanation needed.", "TL;DR only.", "Short answer, please.", "Be concise.", "Compact answer.",
    "Result only.", "Only the result.", "Answer only.", "Skip the steps.", "Omit the working.", "Without steps.",
    "No steps.", "Nur das Ergebnis.", "Solo la respuesta.", "Juste la réponse.", "Kun svaret.", "Don't explain.",
    "No need to explain.", "Do not show work.", "No intermediate steps.", "Only the final line.",
    "Answer in one line.", "On one line.", "Single-line answer.", "One-liner, please.", "Not the steps, just the answer.",
    "Give me the answer, no working.", "Skip the explanation.", "Just the solution line.", "Brief answer.",
    "Result:", "Answer:", "Keep it short.", "No derivation.", "Spare me the steps.", "Sin pasos.", "Ohne Rechenweg.",
    "Sans étapes.", "Uten mellomregning.", "Bez kroków.", "Kort svar.", "Resultado solamente.", "Nur die Lösung.",
    "Final result only.", "No work shown.", "Steps not needed.", "I only need the answer.", "Write only the answer.",
    "Just state the answer.", "One-line answer.", "Single line, please.", "In a single line.", "Short and sweet.",
    "Give me just the answer.", "Short version.", "Quick answer.", "No fluff.", "Minimal answer.", "Terse, please.",
]
# the value alone
R264_BARE_WORDS = [
    "Numerical answer only.", "Just x.", "Number only.", "Digits only.", "Reply with just the number.", "Bare value.",
    "Just the value.", "Value only.", "Only the number.", "Give the number alone.", "Return only the numeric value.",
    "Output a single number.", "Answer with a single number.", "Just the numeric answer.", "No variable, just the number.",
    "Omit the variable name.", "Without the 'x ='.", "Only digits, no letters.", "Nur die Zahl.", "Solo el número.",
    "Seulement le nombre.", "Bare tallet.", "Tylko liczba.", "Just give me the number.", "The number, nothing else.",
    "Write just the value of the unknown.", "A plain number, please.", "Numeric value only.", "Give me the number.",
    "What number is it? Just that.", "Only x's value.", "Plain number please.", "Answer with the number.",
]
# the working asked in words the lists may miss
R264_WORK_WORDS = [
    "Show the derivation.", "As a worked example.", "Walk me through it.", "Show all intermediate steps.",
    "Lay out each step.", "Detail the steps.", "Present the full working.", "Show your reasoning.",
    "Justify each step.", "Step-by-step, please.", "Explain your reasoning.", "Zeige den Rechenweg.",
    "Muestra los pasos.", "Montre les étapes.", "Vis utregningen.", "Break it down.", "Write out the steps.",
    "How do you get there?", "Show how.", "Derive it.", "Work it out line by line.", "Pokaż obliczenia.",
    "Mostra i passaggi.", "Include the working.", "With working.", "Steps please.", "Show the steps.",
    "I need to see the method.", "Teach me how.", "Show me the process.", "Write every step.",
    "Do not give the answer only.", "Don't just give the answer.", "Not only the answer, please.",
    "I don't want only the final answer.", "Don't skip the steps.", "Never show only the result.", "Show me how.",
    "How did you get it?", "Show the process.", "Walk through it.", "Show the method.", "What are the steps?",
    "Take me through it.", "Show your thinking.", "Show the math.", "Show how you got it.",
]
# a check in words the lists may miss (nouns, tenses)
R264_CHECK_WORDS = [
    "A check would be nice.", "Include a verification.", "Add a sanity check.", "With a back-substitution.",
    "Plug it back in.", "Make sure it's right.", "Confirm it.", "Prüfe es.", "Verifica.", "Vérifie.", "Comprueba.",
    "Sjekk svaret.", "Sprawdź.", "Kontrol et.", "Substitute back.", "End with a check.", "It should be checked.",
    "Have it verified.", "Checked, please.", "Once done, verify.", "Include a proof that it works.",
    "Show it satisfies the equation.", "Back-substitute.", "Test your answer.", "Verification included.",
    "Then substitute to confirm.", "Validate the result.", "Proof required.", "Make a check.", "Do the check.",
]
# denied checks (safe: the same answer as the stored working without a check)
R264_NOCHECK_WORDS = [
    "No need for a proof.", "No check needed.", "Don't bother checking.", "No verification needed.", "Skip the check.",
    "Without checking.", "Don't verify.", "No proof needed.",
]
# safe rewordings that still ask the working
R264_SAFE_WORK = ["Show your steps.", "Show your work.", "Solve step by step.", "Explain each step.",
                  "Give the full solution."]

R264_BASE_WORK_T = ["Solve for {v}: {eq}. Show your steps.", "Solve {eq} for {v}. Show your work.",
                    "Solve step by step: {eq}.", "Find {v} if {eq}. Explain each step."]
R264_BASE_PLAIN_T = ["Solve for {v}: {eq}.", "What is {v} if {eq}?", "Solve {eq} for {v}.", "Find {v}: {eq}"]
R264_BASE_ONE_T = ["Solve for {v}: {eq}. Final answer only.", "What is {v} if {eq}? Keep it to a single line.",
                   "Solve {eq} for {v}. Show no steps."]

r264_rows_base, r264_rows_var, r264_rows_late = [], [], []

# ---------------------------------------------------------------- (a) working stored, one line / value alone asked
# Even bases: a plain request the model answers with its working; odd: a request for the working. The variants ask
# "Solve for v: eq." (no working word) with a one-line or a value-alone word.
for i in range(60):
    e = r264_eq()
    stem = "Solve for %s: %s." % (e["v"], e["eq"])
    bp = stem if i % 2 == 0 else r264_rng.choice(R264_BASE_WORK_T).format(v=e["v"], eq=e["eq"])
    bid = "d264-a%03d-base" % i
    r264_rows_base.append((bid, bp, e, [r264_work(e)], None, False, None if i % 2 == 0 else R264_WORK))
    for j, w in enumerate(r264_rng.sample(R264_ONE_WORDS, 6)):
        vp = stem + " " + w
        r264_rows_var.append(("d264-a%03d-one%d" % (i, j), vp, e, r264_maybe_wrong_first(r264_line(e), r264_work(e)),
                              bid, False, R264_ONE))
    for j, w in enumerate(r264_rng.sample(R264_BARE_WORDS, 5)):
        vp = stem + " " + w
        r264_rows_var.append(("d264-a%03d-bare%d" % (i, j), vp, e,
                              r264_maybe_wrong_first(str(e["sol"]), r264_line(e)), bid, False, R264_BARE))
    for j, w in enumerate(r264_rng.sample(R264_SAFE_WORK, 2)):
        vp = "Please solve for %s: %s. %s" % (e["v"], e["eq"], w)
        r264_rows_late.append(("d264-a%03d-safe%d" % (i, j), vp, e, [r264_work(e)], bid, True, R264_WORK))

# ---------------------------------------------------------------- (b) one line stored, working asked
for i in range(60):
    e = r264_eq()
    if i % 2:
        bp = r264_rng.choice(R264_BASE_PLAIN_T).format(v=e["v"], eq=e["eq"])
    else:
        bp = r264_rng.choice(R264_BASE_ONE_T).format(v=e["v"], eq=e["eq"])
    bid = "d264-b%03d-base" % i
    r264_rows_base.append((bid, bp, e, [r264_line(e)], None, False, R264_ONE if i % 2 == 0 else None))
    stem = "Solve for %s: %s." % (e["v"], e["eq"]) if i % 2 == 0 else bp
    for j, w in enumerate(r264_rng.sample(R264_WORK_WORDS, 7)):
        vp = stem + " " + w
        r264_rows_var.append(("d264-b%03d-work%d" % (i, j), vp, e,
                              r264_maybe_wrong_first(r264_work(e), r264_line(e)), bid, False, R264_WORK))
    # safe: the one line asked again in the listed words
    for j, w in enumerate(["Final answer only.", "Keep it to a single line."]):
        vp = "What is %s if %s? %s" % (e["v"], e["eq"], w)
        r264_rows_late.append(("d264-b%03d-safe%d" % (i, j), vp, e, [r264_line(e)], bid, True, R264_ONE))

# ---------------------------------------------------------------- (c) working without a check stored, check asked
for i in range(35):
    e = r264_eq()
    bp = r264_rng.choice(R264_BASE_WORK_T).format(v=e["v"], eq=e["eq"])
    bid = "d264-c%03d-base" % i
    r264_rows_base.append((bid, bp, e, [r264_work(e)], None, False, R264_WORK))
    for j, w in enumerate(r264_rng.sample(R264_CHECK_WORDS, 6)):
        r264_rows_var.append(("d264-c%03d-chk%d" % (i, j), bp + " " + w, e,
                              r264_maybe_wrong_first(r264_work(e, True), r264_work(e)), bid, False, R264_CHECK))
    for j, w in enumerate(r264_rng.sample(R264_NOCHECK_WORDS, 2)):
        r264_rows_late.append(("d264-c%03d-nochk%d" % (i, j), bp + " " + w, e, [r264_work(e)], bid, True, R264_WORK))

# ---------------------------------------------------------------- (d) the form in a system-like preamble
R264_PRE_ONE = ["System: Answer with the final answer only.\nUser: ", "You are a terse assistant. Never show steps.\n\n",
                "[system] Reply in one line.\n", "Instructions: final answers only, no working.\n\n",
                "SYSTEM PROMPT: be concise, one line per answer.\n"]
R264_PRE_BARE = ["System: Reply with a bare number.\nUser: ", "You are a calculator. Output only numbers.\n\n",
                 "[system] Respond with a number and nothing else.\n"]
R264_PRE_WORK = ["System: Always show your work step by step.\nUser: ", "You are a patient tutor who explains every step.\n\n",
                 "[system] One equation per line.\n"]
for i in range(20):
    e = r264_eq()
    bp = "Solve for %s: %s." % (e["v"], e["eq"])
    bid = "d264-d%03d-base" % i
    if i % 2 == 0:
        r264_rows_base.append((bid, bp + " Show your steps.", e, [r264_work(e)], None, False, R264_WORK))
        for j, pre in enumerate(R264_PRE_ONE):
            r264_rows_var.append(("d264-d%03d-pone%d" % (i, j), pre + bp + " Show your steps.", e,
                                  [r264_line(e)], bid, False, None))  # conflicting: no form judged
            r264_rows_var.append(("d264-d%03d-ponly%d" % (i, j), pre + bp, e, [r264_line(e)], bid, False, R264_ONE))
        for j, pre in enumerate(R264_PRE_BARE):
            r264_rows_var.append(("d264-d%03d-pbare%d" % (i, j), pre + bp, e, [str(e["sol"])], bid, False, R264_BARE))
    else:
        r264_rows_base.append((bid, bp, e, [r264_line(e)], None, False, None))
        for j, pre in enumerate(R264_PRE_WORK):
            r264_rows_var.append(("d264-d%03d-pwork%d" % (i, j), pre + bp, e, [r264_work(e)], bid, False, R264_WORK))
        for j, pre in enumerate(R264_PRE_BARE):
            r264_rows_var.append(("d264-d%03d-pbare%d" % (i, j), pre + bp, e, [str(e["sol"])], bid, False, R264_BARE))

# ---------------------------------------------------------------- (e) chains: working -> one line -> value alone -> working
for i in range(30):
    e = r264_eq()
    stem = "Solve for %s: %s." % (e["v"], e["eq"])
    bid = "d264-e%03d-base" % i
    r264_rows_base.append((bid, stem + " Show your steps.", e, [r264_work(e)], None, False, R264_WORK))
    w1 = r264_rng.choice(["Final answer only.", "Keep it to a single line.", "Show no steps."])
    w2 = r264_rng.choice(["Bare number only.", "Respond with a number and nothing else.", "Leave out the variable."])
    w3 = r264_rng.choice(R264_ONE_WORDS)
    w4 = r264_rng.choice(R264_BARE_WORDS)
    w5 = r264_rng.choice(R264_WORK_WORDS)
    r264_rows_var.append(("d264-e%03d-c1" % i, stem + " " + w1, e, [r264_line(e)], bid, False, R264_ONE))
    r264_rows_var.append(("d264-e%03d-c2" % i, stem + " " + w2, e, [str(e["sol"])], "d264-e%03d-c1" % i, False, R264_BARE))
    r264_rows_late.append(("d264-e%03d-c3" % i, stem + " " + w3, e, [r264_line(e)], "d264-e%03d-c2" % i, False, R264_ONE))
    r264_rows_late.append(("d264-e%03d-c4" % i, stem + " " + w4, e, [str(e["sol"])], "d264-e%03d-c1" % i, False, R264_BARE))
    r264_rows_late.append(("d264-e%03d-c5" % i, stem + " " + w5, e, [r264_work(e)], "d264-e%03d-c2" % i, False, R264_WORK))

# ---------------------------------------------------------------- (f) step labels after the operation, numbers in words
R264_NUMW = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
            "seventeen eighteen nineteen".split()
for i in range(40):
    e = r264_eq()
    v, a, b = e["v"], e["a"], e["b"]
    p = "Solve for %s: %s. Show your steps." % (v, e["eq"])
    wrong_a = a + r264_rng.choice([1, 2, 3]) if a < 8 else a - 2
    op1 = "Subtract %d from both sides" % b if b > 0 else "Add %d to both sides" % (-b)
    op1w = "Subtract %s from both sides" % R264_NUMW[abs(b)] if b > 0 else "Add %s to both sides" % R264_NUMW[abs(b)]
    shape = i % 6
    if shape == 0:  # label after the operation, wrong divisor
        bad = "%s (step 1): %d%s = %d\nDivide both sides by %d (step 2): %s = %d" % (op1, a, v, e["k"], wrong_a, v, e["sol"])
        fl = ["Divide both sides by %d (step 2): %s = %d" % (wrong_a, v, e["sol"])]
    elif shape == 1:  # divisor in words, wrong
        bad = "%s\n%s: %d%s = %d\nDivide both sides by %s: %s = %d" % (e["eq"], op1, a, v, e["k"], R264_NUMW[wrong_a], v, e["sol"])
        fl = ["Divide both sides by %s: %s = %d" % (R264_NUMW[wrong_a], v, e["sol"])]
    elif shape == 2:  # first operand in words, wrong
        wb = abs(b) + 2 if abs(b) < 17 else abs(b) - 3
        op1bad = ("Subtract %s from both sides" if b > 0 else "Add %s to both sides") % R264_NUMW[wb]
        bad = "%s\n%s: %d%s = %d\nDivide both sides by %d: %s = %d" % (e["eq"], op1bad, a, v, e["k"], a, v, e["sol"])
        fl = ["%s: %d%s = %d" % (op1bad, a, v, e["k"])]
    elif shape == 3:  # "Divide both sides by 8 (step 2 of 2)" in a heading label form
        bad = "%s\nStep 1 of 2 - %s: %d%s = %d\nDivide both sides by %d, step 2 of 2: %s = %d" % (
            e["eq"], op1, a, v, e["k"], wrong_a, v, e["sol"])
        fl = ["Divide both sides by %d, step 2 of 2: %s = %d" % (wrong_a, v, e["sol"])]
    elif shape == 4:  # ordinal word label and a number in words: "Second, divide by seven"
        bad = "%s\nFirst, %s: %d%s = %d\nSecond, divide both sides by %s: %s = %d" % (
            e["eq"], op1.lower(), a, v, e["k"], R264_NUMW[wrong_a], v, e["sol"])
        fl = ["Second, divide both sides by %s: %s = %d" % (R264_NUMW[wrong_a], v, e["sol"])]
    else:  # "(2)" after the description, wrong
        bad = "%s\n%s (1)\n%d%s = %d\nDivide both sides by %d (2)\n%s = %d" % (e["eq"], op1, a, v, e["k"], wrong_a, v, e["sol"])
        fl = ["Divide both sides by %d (2)" % wrong_a]
    good = r264_work(e)
    ans = [bad, good] if r264_rng.random() < 0.6 else [bad, bad, good]
    sid = "d264-f%03d" % i
    r264_rows_base.append((sid, p, e, ans, None, False, None, fl))
    # a safe repeat with a right, word-numbered working: "Divide both sides by eight" for a = 8
    gw = "%s\n%s: %d%s = %d\nDivide both sides by %s: %s = %d" % (e["eq"], op1w, a, v, e["k"], R264_NUMW[a], v, e["sol"])
    r264_rows_late.append((sid + "-safe", "Please solve for %s, showing each step: %s." % (v, e["eq"]), e, [gw],
                           sid, True, R264_WORK))


def r264_emit(row):
    row = list(row) + [None] * (8 - len(row))
    id, prompt, e, answers, base, safe, form, fl = row
    r264_add_eq(id, prompt, e, answers, base=base, safe=bool(safe), form=form, fl=fl)


r264_rng.shuffle(r264_rows_var)
r264_rng.shuffle(r264_rows_late)
for r264_row in r264_rows_base + r264_rows_var + r264_rows_late:
    r264_emit(r264_row)

# ---------------------------------------------------------------- (g) json: a scale line above the record
r264_inv = S({"vendor": "string", "amount": "number", "vat": "number"})
R264_SCALES = ["(000s)", "in '000", "x1000:", "(in 000s):", "USD k:", "Figures ×1,000:", "All figures in 000s",
               "Unit: 1,000", "Amounts/1000:", "Beløp i tusen:", "Beträge in Tsd.:", "Montants en milliers :",
               "Importes (miles):", "Values (thousands)", "'000 NOK", "[k]", "in 1000s", "(×10³)", "/1000", "Thousands:",
               "Amounts, thou.:", "EUR m:", "(in mn)", "All amounts x 1000", "Scale: 1k"]
R264_SAFE_LINES = ["Items:", "(draft)", "Details:", "Invoice data:", "Summary:"]
R264_VENDORS = ["Nordlys AS", "Brekke Bygg", "Vestkyst Fisk", "Ola Hansen", "Fjord Print", "Solberg & Co",
                "Tromsø Data", "Lind Transport", "Hav Mat", "Kvam Elektro"]
for i in range(40):
    ven = R264_VENDORS[i % len(R264_VENDORS)]
    tot = r264_rng.randint(120, 980)
    tax = tot // 4
    intro = "Extract the vendor, amount and VAT from this invoice as JSON.\n\n"
    rec = "Vendor: %s\nAmount: %d\nVAT: %d\n" % (ven, tot, tax)
    bid = "d264-g%03d-base" % i
    J(bid, "r264_scale", intro + rec, r264_inv, {"vendor": ven, "amount": tot, "vat": tax},
      [{"vendor": ven, "amount": tot, "vat": tax}])
    r264_meta[bid] = {}
    mult = 1000
    for j, sc in enumerate(r264_rng.sample(R264_SCALES, 6)):
        m = 1000000 if ("m:" in sc or "mn" in sc) else mult
        vid = "d264-g%03d-sc%d" % (i, j)
        right = {"vendor": ven, "amount": tot * m, "vat": tax * m}
        J(vid, "r264_scale", intro + sc + "\n" + rec, r264_inv, right,
          [right] if r264_rng.random() < 0.7 else [{"vendor": ven, "amount": tot, "vat": tax}, right])
        r264_meta[vid] = {"base": bid}
    for j, sl in enumerate(r264_rng.sample(R264_SAFE_LINES, 2)):
        sid = "d264-g%03d-safe%d" % (i, j)
        J(sid, "r264_scale", intro + sl + "\n" + rec, r264_inv, {"vendor": ven, "amount": tot, "vat": tax},
          [{"vendor": ven, "amount": tot, "vat": tax}], safe=True)
        r264_meta[sid] = {"base": bid}

# ---------------------------------------------------------------- (h) json: stays and ages under other keys past bounds
# The record's label is the key itself (so the base is stored); the variant puts a date or a figure past the bound
# under it: the model says it first, then null.
R264_STAY_KEYS = ["n_nts", "LOS_days", "nts", "num_nts", "stay_nts", "LOS", "n_nights", "nights_count",
                  "length_stay", "noches", "naechte", "notti", "nights_booked", "overnight_count", "nuits", "netter",
                  "noites", "nätter", "noci", "yötä", "éjszakák", "nuitées", "pernoites", "nights_stayed", "stay_length",
                  "duration_nights", "n_noches", "num_noches", "estancia_noches", "dias_estancia", "verblijfsduur",
                  "Übernachtungen", "uebernachtungen", "liggedøgn", "ночей", "晚数", "noches_reservadas", "overnight_stays_n"]
R264_AGE_KEYS = ["age_yrs", "yrs", "age_years", "pt_age", "edad_anos", "alder", "leeftijd_jaren", "years_old",
                 "guest_yrs", "age_in_years", "Age (yrs)", "ageYears", "edad", "âge", "ålder", "ikä", "vek",
                 "age_y", "años", "anos", "jahre", "ans", "år", "lat", "umur", "tuổi", "年龄", "edad_años", "yrs_old",
                 "idade_anos", "alter_jahre", "wiek_lat"]
R264_NAMES = ["Kari Lund", "Per Dahl", "Siri Moe", "Jon Aas", "Lina Berg", "Ola Vik", "Eva Holm", "Tor Strand"]
for i, key in enumerate(R264_STAY_KEYS + R264_AGE_KEYS):
    stay = key in R264_STAY_KEYS
    name = R264_NAMES[i % len(R264_NAMES)]
    sch = S({"guest": "string", key: {"type": ["integer", "null"]}})
    good = r264_rng.randint(2, 9) if stay else r264_rng.randint(20, 80)
    intro = "Extract the guest and the %s from this booking record as JSON.\n\n" % key
    bid = "d264-h%03d-base" % i
    J(bid, "r264_bounds", intro + "guest: %s\n%s: %d\n" % (name, key, good), sch, {"guest": name, key: good},
      [{"guest": name, key: good}])
    r264_meta[bid] = {}
    for j, bad in enumerate([20260217, 19750816, 1200] if stay else [19750816, 20260217, 151]):
        vid = "d264-h%03d-v%d" % (i, j)
        J(vid, "r264_bounds", intro + "guest: %s\n%s: %d\n" % (name, key, bad), sch, {"guest": name, key: None},
          [{"guest": name, key: bad}, {"guest": name, key: None}])
        r264_meta[vid] = {"base": bid}
    sid = "d264-h%03d-safe" % i
    good2 = good + 1
    J(sid, "r264_bounds", intro + "guest: %s\n%s: %d\n" % (name, key, good2), sch, {"guest": name, key: good2},
      [{"guest": name, key: good2}], safe=True)
    r264_meta[sid] = {"base": bid}

r264_found_alone = {
    "d264-a000-bare0",
    "d264-a002-bare0",
    "d264-a002-bare1",
    "d264-a002-one1",
    "d264-a002-one3",
    "d264-a003-bare1",
    "d264-a003-bare4",
    "d264-a004-one1",
    "d264-a005-bare4",
    "d264-a006-bare4",
    "d264-a008-one4",
    "d264-a010-one1",
    "d264-a011-bare2",
    "d264-a011-one0",
    "d264-a013-bare2",
    "d264-a014-one3",
    "d264-a016-bare0",
    "d264-a016-bare4",
    "d264-a016-one1",
    "d264-a016-one3",
    "d264-a017-bare2",
    "d264-a017-bare4",
    "d264-a019-bare4",
    "d264-a020-bare0",
    "d264-a020-bare3",
    "d264-a020-bare4",
    "d264-a020-one0",
    "d264-a020-one4",
    "d264-a024-bare0",
    "d264-a024-bare2",
    "d264-a024-one4",
    "d264-a026-one2",
    "d264-a027-one4",
    "d264-a028-bare0",
    "d264-a029-one5",
    "d264-a032-bare1",
    "d264-a033-bare4",
    "d264-a033-one3",
    "d264-a034-bare2",
    "d264-a034-bare4",
    "d264-a034-one4",
    "d264-a036-bare2",
    "d264-a037-bare4",
    "d264-a038-bare2",
    "d264-a038-one1",
    "d264-a039-bare1",
    "d264-a039-bare2",
    "d264-a040-bare3",
    "d264-a040-one3",
    "d264-a041-bare1",
    "d264-a041-one2",
    "d264-a042-bare4",
    "d264-a044-bare3",
    "d264-a044-one2",
    "d264-a045-bare3",
    "d264-a046-bare3",
    "d264-a046-one3",
    "d264-a047-bare1",
    "d264-a047-bare4",
    "d264-a048-bare2",
    "d264-a048-one0",
    "d264-a048-one1",
    "d264-a049-bare1",
    "d264-a049-bare4",
    "d264-a050-bare3",
    "d264-a050-one0",
    "d264-a050-one4",
    "d264-a052-bare2",
    "d264-a052-one1",
    "d264-a052-one2",
    "d264-a054-bare0",
    "d264-a054-one3",
    "d264-a055-bare0",
    "d264-a055-bare1",
    "d264-a055-one5",
    "d264-a056-bare4",
    "d264-a057-bare1",
    "d264-a057-bare3",
    "d264-a057-bare4",
    "d264-a058-bare0",
    "d264-a058-one1",
    "d264-b002-work5",
    "d264-b011-work1",
    "d264-b013-work2",
    "d264-b013-work6",
    "d264-b015-work2",
    "d264-b015-work4",
    "d264-b017-work2",
    "d264-b019-work3",
    "d264-b019-work5",
    "d264-b024-work2",
    "d264-b025-work4",
    "d264-b027-work2",
    "d264-b033-work1",
    "d264-b035-work3",
    "d264-b038-work1",
    "d264-b038-work3",
    "d264-b048-work6",
    "d264-b049-work6",
    "d264-b053-work6",
    "d264-b055-work0",
    "d264-b057-work5",
    "d264-e001-c4",
    "d264-e003-c4",
    "d264-e008-c3",
    "d264-e009-c3",
    "d264-e014-c4",
    "d264-e020-c4",
    "d264-e026-c3",
    "d264-h009-v0",
    "d264-h009-v1",
    "d264-h009-v2",
    "d264-h017-v0",
    "d264-h017-v1",
    "d264-h017-v2",
    "d264-h018-v0",
    "d264-h018-v1",
    "d264-h018-v2",
    "d264-h019-v0",
    "d264-h019-v1",
    "d264-h019-v2",
    "d264-h020-v0",
    "d264-h020-v1",
    "d264-h020-v2",
    "d264-h021-v0",
    "d264-h021-v1",
    "d264-h021-v2",
    "d264-h030-v0",
    "d264-h030-v1",
    "d264-h030-v2",
    "d264-h031-v0",
    "d264-h031-v1",
    "d264-h031-v2",
    "d264-h033-v0",
    "d264-h033-v1",
    "d264-h033-v2",
    "d264-h056-v0",
    "d264-h056-v1",
    "d264-h056-v2",
    "d264-h057-v0",
    "d264-h057-v1",
    "d264-h057-v2",
    "d264-h058-v0",
    "d264-h058-v1",
    "d264-h058-v2",
    "d264-h059-v0",
    "d264-h059-v1",
    "d264-h059-v2",
    "d264-h060-v0",
    "d264-h060-v1",
    "d264-h060-v2",
    "d264-h061-v0",
    "d264-h061-v1",
    "d264-h061-v2",
    "d264-h062-v0",
    "d264-h062-v1",
    "d264-h062-v2",
    "d264-h063-v0",
    "d264-h063-v1",
    "d264-h063-v2",
}

r264_arguable = {
    "d264-a000-bare0",
    "d264-a002-bare0",
    "d264-a002-one1",
    "d264-a002-one3",
    "d264-a003-bare1",
    "d264-a003-bare4",
    "d264-a004-one1",
    "d264-a005-bare4",
    "d264-a006-bare4",
    "d264-a008-one4",
    "d264-a010-one1",
    "d264-a011-bare2",
    "d264-a011-one0",
    "d264-a013-bare2",
    "d264-a016-bare0",
    "d264-a016-one1",
    "d264-a016-one3",
    "d264-a020-one0",
    "d264-a024-bare0",
    "d264-a024-one4",
    "d264-a026-one2",
    "d264-a033-bare4",
    "d264-a034-bare2",
    "d264-a034-one4",
    "d264-a036-bare2",
    "d264-a038-one1",
    "d264-a040-one3",
    "d264-a041-one2",
    "d264-a042-bare4",
    "d264-a044-one2",
    "d264-a046-one3",
    "d264-a047-bare1",
    "d264-a047-bare4",
    "d264-a048-bare2",
    "d264-a048-one0",
    "d264-a049-bare1",
    "d264-a050-one4",
    "d264-a052-one1",
    "d264-a052-one2",
    "d264-a054-one3",
    "d264-a055-bare0",
    "d264-a055-one5",
    "d264-a057-bare1",
    "d264-a057-bare3",
    "d264-a058-one1",
    "d264-e008-c3",
    "d264-e009-c3",
    "d264-e026-c3",
    "d264-h009-v2",
    "d264-h017-v2",
    "d264-h018-v2",
    "d264-h019-v2",
    "d264-h020-v2",
    "d264-h021-v2",
    "d264-h030-v2",
    "d264-h031-v2",
    "d264-h033-v2",
    "d264-h056-v0",
    "d264-h056-v1",
    "d264-h056-v2",
    "d264-h057-v0",
    "d264-h057-v1",
    "d264-h057-v2",
    "d264-h058-v0",
    "d264-h058-v1",
    "d264-h058-v2",
    "d264-h059-v0",
    "d264-h059-v1",
    "d264-h059-v2",
    "d264-h060-v0",
    "d264-h060-v1",
    "d264-h060-v2",
    "d264-h061-v0",
    "d264-h061-v1",
    "d264-h061-v2",
}

# Each variant's base (the request it builds on); an empty dict for a base or a single.
r264_meta = dict(r264_meta)

# Two prompts the suite holds already with other answers (d180-b12-25544, d202-eq-restate-571; the scripted model keys its answers by
# prompt): left out.
P[:] = [p for p in P if p["id"] not in ('d264-b009-base', 'd264-c031-base')]

# ctest keeps every found id, every 10th safe variant and every 30th of the rest, and the requests they build on
# (followed along chains); the arguable ones left out.
from probe_kit import trim_round as r264_trim_round  # noqa: E402

r264_trim_round("d264-", r264_found_alone, r264_arguable,
                lambda i: [r264_meta[i]["base"]] if r264_meta.get(i, {}).get("base") else [], chains=True)
