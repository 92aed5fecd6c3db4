r"""Red-team round 260 (black box): THE NEWEST RULES ATTACKED FROM BOTH SIDES - ROUNDS 258-259'S FIXES.
Focus: the rules of stop 53 (rounds 258-259's fixes) attacked from both sides - step labels read behind marks and in
  other shapes, any check word asking a check, ages and stays under other names past their bounds, a code / number /
  id of a member asked through a clause, a colon-ending sentence of four or more words opening the fields read as
  prose - so that a variant whose right answer differs gets a stored answer, and a variant whose right answer is the
  same is refused reuse (safe=True). All seeded random.Random(260) (2601-2606 for the later parts). Parts:
  (A) 59 step-label neighbours ("Schritt 1:", "Étape 1 :", "Paso 1:", "Шаг 1:", "步骤1：", "(1)", "#1", "Step I:",
      "I.", "1.)", "Step 1 of 2:", "Step 1/2:", "<li>Step 1:</li>", "<li>…</li>", "<p>Step 1:</p>", "<h3>Step 1</h3>",
      "Step 1 →", "Step 1 =>", "Step 1 >", "Step 1::", "1°", "1º", "Step A:", "a)", "a.", "Stage 1:", "Move 1:",
      "Step number 1:", "Step nº 1:", "【Step 1】", "<Step 1>", "\textbf{Step 1:}", "1️⃣", "Step １:", "Step 1: -",
      "Step 1: —", "▶ Step 1:", "- [ ] Step 1:", "✔ Step 1:", "· Step 1:", "~ Step 1:", "First:" ...) x 3 singles whose
      model working names a wrong number or operation on the label line (once, or sticky), each with a renamed and a
      "Thanks!" repeat (safe); per form a right base and a variant with b and e shifted together (d260-a*/ab*, 649);
  (A2) operation shorthand ("8x + 23 = -49   | -23", "// /9", "Step 1: -22", "Step 1: −22 on both sides") with a
      wrong number in it, and a repeat (d260-o*, 32);
  (B) 14 check-less bases x 20 of 82 check phrasings in other words, languages and as nouns ("A check of the result
      would be nice.", "Answer checked by substitution.", "Checking please.", "With checking.", "Need a check.",
      "Prueba.", "Vérifie.", "Mit Probe.", "С проверкой.", "検算して。", "(chk)", ...), a third of the models forgetting
      the check first; 5 of 20 safe lines each that ask no check ("No check needed.", "I already checked the
      answer.", "My teacher will verify it.", "Ohne Probe.", "Without checking.", "Thanks!"); 20 chains (the model
      forgets the check twice, then two repeats) (d260-b*, 424);
  (C) ages under 26 keys with units, abbreviations and other languages (age_yrs "Age (yrs)", age_y, yrs "Yrs", pt_age,
      "Età", "Âge", "Ålder", "Yaş", "Возраст", "Ikä", "Edad (años)", "Alter (Jahre)", "AGE", child_age, ...) and stays
      under 22 keys (los "LOS", n_nights, nts "Nts", "No. of nts", "Nuitées", "Übernachtungen", "Pernoctaciones",
      "Pernottamenti", "Room nights", "Nachten", "Noclegi", "Overnatninger", ...), each a base, the value rewritten to
      19750816 / 1975 / 20260217 (ages) or 20260217 / 2026 / 10000 / 20261103 (stays), right answer a refusal, a chain
      (another person with the same date) and safe rewrites to another plain value (d260-c*/n*, 310);
  (D) 8 person records x 14 of 42 clauses with other verbs and nouns ("the id they assigned to the city", "the number
      the city was given", "the identifier we use for the city", "the key under which we file the city", "the
      postcode that we have for the city", "the ID they issued for the name", "the band we put the age in", ...),
      right answer a refusal; 2 safe clauses each ("the city that we keep on file", "the city they gave") (d260-d*, 136);
  (E) 14 receipts x 12 of 30 placements of a scale word other than a four-word colon sentence (a short intro "Amounts
      in T:", "In T:", "All in T:", the four-word frame ending in "：", " :", " -", ";", "...", or no mark, a tail line
      "(in T)", "NB: in T", "Please note all amounts are in T:", a container label "Text (amounts in T):", the amount
      line "Amount: 266 (in T)"); a table whose header says "Amount (000s)", "(k)", "('000)", "(¢)", "[000]"; chains
      whose base says "amounts in T:" and whose variants say "in full", "as shown", nothing, or the currency
      (d260-e*/t*/h*, 360);
  (F) a second wave on what got through: 66 more label shapes ("«Step 1»", "〈Step 1〉", "{Step 1}", "- [x] Step 1:",
      "☐ Step 1:", "∙ / ◦ / ■ / ○ / ⁃ Step 1:", "1.-", "1.:", "1.]", "1.>", "<h2>Step 1</h2>", "<h4>Step 1:</h4>",
      "「Step 1」", "Operation 1:", "Line 1:", "Step 1 out of 2:", "Step Number 1:", "✓ / ★ / ✳ Step 1:", "~~ / -- / ...
      / ^ / @ Step 1:", "~ Move 1:", ...) x 2 singles and repeats (d260-fa*, 396); 46 "checking"-type phrasings on 12
      bases and 10 chains (d260-fb*/fc*, 234); 20 short scale lines ("Amount in T:", "Amounts (T):", "Amounts T:",
      "Amounts→T:", "Sums in T:", "Totals (T):", ...) on 12 receipts, also without the "Receipt" heading, and on
      weight / distance / height records (d260-fd*/fm*, 240); 26 more stay / age keys ("LOS (d)", "Nts booked",
      "Nätter", "Geceler", "Antal overnatninger", "Pernoctas", "Nuits", "# nts", "Yrs old", ...) (d260-fn*, 155).
  2,936 probes (1,735 linear_equation, 1,201 json_extract): 572 bases or singles, 1,478 variants, 886 safe. Fresh
  SQLite store, two passes. Paths: run 1 skip 1,774 / patch 650 / reuse 512, run 2 skip 1,490 / patch 502 / reuse
  944; safe on reuse 271/886 and 398/886. check.py's wrong answers: 963 and 970; 282 and 290 of them are judge errors
  (right workings in label shapes plain_working does not strip, called "steps whose operation does not give their
  equation"; 33 and 132 of them on the reuse path). The tester's reader (a line the probe marks false, the final value,
  a check line when one is asked) judged every served working.
HELD: (A) the shifted-constant variants in every label shape (the stored description's number was rewritten with the
  constant or regenerated: 0 wrong); the false descriptions in "Schritt 1:", "Étape 1 :", "Paso 1:", "Passo 1:", "Stap
  1:", "Krok 1:", "Steg 1:", "Шаг 1:", "步骤1：", "<li>Step 1:</li>", "<p>Step 1:</p>", "\textbf{Step 1:}", "Step no.
  1:", "Step nº 1:", "Step nr. 1:", "Step num 1:", "Stage 1:", "Phase 1:", "Part 1:", "Action 1:", "Op 1:", "Round 1:",
  "Item 1:", "Task 1:", "Step\u00a01:", "<span>", "<em>", "<dt>/<dd>", "<td>", "［Step 1］", "👉 / 🔹 Step 1:" were
  answered fresh but never served from the cache; in "(1)", "#1", "#1:", "Step I:", "I.", "<li>…</li>", "Step 1/2:",
  "Step 1 →", "Step 1 =>", "Step 1 >", "Step 1::", "Step 1 ~", "1°", "1º", "Step A:", "a)", "a.", "Step 1 |", "Step
  1.", "STEP 1.", "Step 1 --", "Step 1...", "Step 1;", "Step 1,", "1️⃣", "Step １:", "Step 1: -", "Step 1: —", "▶ Step
  1:", "First:", "<1>", "[[Step 1]]", "▪ / ● / ‣ Step 1:", "1)-", "Step 1 (of 2):", "(1/2)", "1 of 2:", "Step #1 of
  2:", "= Step 1:", "== Step 1 ==", "Move 1 of 2:", "<h3>1.</h3>" and the shorthand ("| -23", "// /9", "Step 1: -22")
  no false description was served at all.
  (B) 107 of the 127 phrasings never got a
  check-less working from the cache (every other language, "(chk)", "Proof?", "With proof.", "Need a proof.", "Need a
  sanity check.", "Verifying please.", ...). (C) every age key but "yrs"/"Yrs" (and "Yrs" under the keys age_yrs2 and
  years, "Yrs old"); the stay keys n_nights, "No. of nts", "Nights count", "Night count", "Nuitées", "Übernachtungen",
  "Room nights", "Bed nights", "Stay len", "Duration (nights)", "Length of stay (nights)", "Nätter", "Noites",
  "Éjszakák", "Yöt", "Notti", "Noce", "Übern.", "Nights stayed", "Stay nights", "Nb nuits", "Núm. noches", "Aantal
  nachten", "Liczba noclegów", "Nuits", "# nts", "Length of stay", "LOS (d)" and "Nts" under nights. (D) no clause
  was reused (all answered fresh, see below). (E) tails, container labels, amount-line remarks, tables, the four-word
  frame with any other end mark, every chain, weights / distances / heights under a plain label, and the short lines
  "All in T:", "In T:", "Figures in T:", "Values in T:", "Sums in T:", "Totals in T:", "Prices in T:", "Money in
  T:", "Amounts, T:", "Amounts in T." / " -" / " ↓" / no colon, upper case, and any short line with "'000", "K",
  "M", "millions" or "thousands", or with no "Receipt" heading below it.
WHAT GOT THROUGH (from the cache, all on the reuse path: run 1 289, run 2 406 ids (378 clear, 28 arguable). Alone -
  the 406 ids and their bases, 450 requests, fresh store, --runs 2 - all 406 reproduce (289 in run 1, 406 in run 2)):
 (A) CLEAR (230 ids): a working whose label line names a wrong number or operation (the model's own mistake) in one of
     49 label shapes is accepted, stored and served from the cache to the request again (106), its renamed-variable
     repeat (105) and its "Thanks!" repeat (19): "1.)", "Step 1 of 2:", "<h3>Step 1</h3>", "~ Step 1:", "【Step 1】",
     "Step number 1:", "<Step 1>", "Move 1:", "- [ ] Step 1:", "✔ Step 1:", "· Step 1:", "〈Step 1〉", "«Step 1»",
     "《Step 1》", "{Step 1}", "* [ ] Step 1:", "[ ] Step 1:", "☐ / ☑ / ✅ Step 1:", "∙ / ◦ / ■ / ○ / ⁃ Step 1:", "1.-",
     "1.:", "1.]", "1.>", "<h2>Step 1</h2>", "<h4>Step 1:</h4>", "〔Step 1〕", "「Step 1」", "『Step 1』", "〖Step 1〗",
     "Operation 1:", "Line 1:", "Step 1 out of 2:", "Step Number 1:", "✓ / ★ / ✳ Step 1:", "~~ / -- / ... / ^ / @ Step
     1:", "~ Move 1:", "- [x] Step 1:". "Solve the equation 7p - 6 = -27 step by step." -> "7p - 6 = -27\nStep 1 of 2:
     Add 6 to both sides\n7p = -21\nStep 2 of 2: Divide both sides by 8\np = -3\np = -3" (right: by 7); "Find t if 2t
     - 10 = -14. Show your working." -> "...「Step 2」 Divide both sides by 3\nt = -2..." (right: by 2); "Solve for p:
     5p - 4 = -19. Show each step." -> "...<h3>Step 2</h3> Divide both sides by 6\np = -3..." (right: by 5).
 (B) CLEAR (97 ids): a check asked with "checking" or "need a check" - "Checking please.", "Checking, please.", "With
     checking.", "Show the checking.", "Show checking.", "Show your checking.", "Also checking.", "And checking.",
     "Checking included.", "Checking needed.", "Checking step please.", "With a checking step.", "Do the checking.",
     "Give the checking.", "Include checking.", "Need checking.", "Needs checking.", "Want checking.", "Need a check.",
     "I need a check." - served the check-less working: reused from the check-less base (86 in run 1) or the model's
     check-less first answer stored and reused (chains, 11 more in run 2): "Checking please. Solve for y: 4y + 24 =
     60. Show each step." -> "4y + 24 = 60\nSubtract 24 from both sides: 4y = 36\nDivide both sides by 4: y = 9"
     (right: with "Check: 4(9) + 24 = 60"); "Solve 5x + 3 = 33 for x. Needs checking." -> the working without a check;
     "Solve for n: 8n + 19 = 3. Show each step. Need a check. Thanks!" -> the same.
 (C) CLEAR (19 ids) / ARGUABLE (8): a short line "Amount(s) in T:", "amounts in T:", "Amounts (T):", "Amounts T:",
     "Amounts→T:" above the "Receipt" heading, T one of k, m, thou, ths, grand, cents, pence, c, serves the stored
     unscaled amount: "...Text:\namounts in thou:\nReceipt\nCustomer: Sofia Strand\nAmount: 112\nCurrency: USD\n" ->
     {"customer":"Sofia Strand","amount":112} (right 112000); "...Amounts in cents:\nReceipt\nCustomer: Rui
     Holm\nAmount: 127\nCurrency: USD\n" -> 127 (right 1.27); "...Amounts→grand:\nReceipt\nCustomer: Karim
     Kowal\nAmount: 942\nCurrency: USD\n" -> amount 942 (right 942000). ARGUABLE: the token "c" (5), cents beside
     "Currency: GBP" (2), pence beside EUR (1).
 (D) CLEAR (32 ids) / ARGUABLE (20): a stay or an age under a key the bound does not read - los "LOS", nts "Nts",
     "Pernoctaciones", "Pernottamenti", "Nachten", "Noclegi", "Overnatninger", nts_booked "Nts booked", "Geceler",
     "Antal overnatninger", "Pernoctas", LOS "LOS"; yrs "Yrs" - takes a date: "Extract guest, nts and room as
     JSON.\n\nText:\nGuest: Elif Dahl\nNts: 20260217\nRoom: 347\n" -> {"guest":"Elif Dahl","nts":20260217,"room":347};
     "Give the guest, the antal overnatninger and the room as JSON. ... Antal overnatninger: 20260217 ..." (another
     guest than the stored one) -> 20260217; "Extract the name, yrs and city as JSON. ... Yrs: 19750816 ..." ->
     "yrs":19750816 (right: a refusal each time). ARGUABLE (the text says so): 2026 and 10000 nights, "Yrs: 1975".
 Served fresh (not from the cache): run 1 392, run 2 274 - a code / number / id asked through a clause answered with
  the plain values (104 / 104: "the postcode that we have for the city", "the code by which we know the city", "the
  id they assigned to the city", ...); the model's false label-line description accepted (188 / 81; in run 2 only in
  the shapes never stored: "Schritt 1:", "Étape 1 :", "<li>Step 1:</li>", "Stage 1:", "Item 1:", ...); a check asked
  and the model's check-less working accepted (84 / 73: "Controlla il risultato.", "Proof?", "With proof.", "Need a
  sanity check.", "Have it checked.", "С проверкой.", "जाँच करें।", ...); a date as a stay under "LOS (d)", "No. of
  nts", "Núm. noches", "# nts" (16 / 16).
LOST (safe refused, run 2): a line that asks no check ("No need for a proof.", "Check not required.", "I already
  checked the answer.", "My teacher will verify it.", "Ohne Probe.", "Sans vérification.", ...: 0 of 58 reused;
  "Without checking." 2 of 2); safe scale lines: "Amounts as shown:" 0 of 18, "Amounts in USD/EUR/GBP:" 0 of 12, a tail
  "Thank you." 0 of 7, "Receipt below:" 0 of 3, a table header "Amount (total)" 0 of 8, the chains' "all amounts in
  T:" 0 of 10 ("Text (receipt):" 8 of 8 and "Please process the following receipt below:" 4 of 4 were reused); ages and stays rewritten to another plain value 37 of 96; the
  safe clauses 3 of 16.
Adds its probes to probe_kit.P.

FIXED (stop 54): a step's description is read from its first operation word when a number stands before it (the
label's numbers are no operand: "Step 2 of 2:", "<h3>Step 1</h3>", "Operation 1:", "【Step 1】"); "checking",
"verifying", "proof" and more languages' check words ask for a check, and "need" denies one only after a negation; a
short line ending in a colon that names a scale, unit or currency ("amounts in thou:", "Amounts (k):") keeps the
record from being reused; stays under "Nts", "LOS", "Pernoctaciones", "Pernottamenti", "Nachten", "Noclegi",
"Overnatninger", "Geceler" and ages under "Yrs" are held to their bounds. The whole round after the fixes (two passes,
its tester's judge): 0 wrong from the cache.
"""
from probe_kit import J, E, S, P  # noqa: F401

import random

R = random.Random(260)
r260_meta = {}
R260_USED = set()
R260_REFUSE = {"__refusal_expected__": True}


def r260_note(pid, base):
    r260_meta[pid] = {"base": base} if base else {}


def r260_e(pid, fam, prompt, var, value, answers, base=None, safe=False, sides=None, false_lines=None):
    if prompt in R260_USED:
        return None
    R260_USED.add(prompt)
    E(pid, fam, prompt, var, str(value), answers, safe=safe, false_lines=false_lines or None, notation="markdown")
    if sides:
        P[-1]["expect"]["check_sides"] = list(sides)
    r260_note(pid, base)
    return pid


def r260_j(pid, fam, prompt, schema, expect, answers, base=None, safe=False):
    key = (prompt, str(sorted(schema["properties"])))
    if key in R260_USED:
        return None
    R260_USED.add(key)
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r260_note(pid, base)
    return pid


# ============================================================ equations
class R260Eq:
    def __init__(self, a, b, x, v):
        self.a, self.b, self.x, self.v = a, b, x, v
        self.e = a * x + b

    def lhs(self, v=None):
        v = v or self.v
        return f"{self.a}{v} + {self.b}" if self.b > 0 else f"{self.a}{v} - {-self.b}"

    def text(self, v=None):
        return f"{self.lhs(v)} = {self.e}"

    def check(self, v=None):
        b = f"+ {self.b}" if self.b > 0 else f"- {-self.b}"
        return f"Check: {self.a}({self.x}) {b} = {self.e}"

    def lines(self, v=None, label=None, opn=None):
        v = v or self.v
        a, b, e, x = self.a, self.b, self.e, self.x
        d1 = f"Subtract {b} from both sides" if b > 0 else f"Add {-b} to both sides"
        d2 = f"Divide both sides by {a}"
        if opn:
            d1, d2 = opn(d1, d2)
        eq1 = f"{a}{v} = {e - b}"
        eq2 = f"{v} = {x}"
        if label is None:
            return [self.text(v), f"{d1}: {eq1}", f"{d2}: {eq2}"]
        out = [self.text(v)]
        for i, (d, q) in enumerate([(d1, eq1), (d2, eq2)], 1):
            out.append(label(i, d))
            out.append(q)
        out.append(f"{v} = {x}")
        return out


def r260_rand_eq(v):
    while True:
        a = R.randint(2, 9)
        x = R.choice([R.randint(2, 15), R.randint(-9, -1)])
        b = R.choice([R.randint(2, 30), -R.randint(2, 20)])
        if a * x + b != 0 and abs(b) != a and abs(b) != abs(x):
            return R260Eq(a, b, x, v)


R260_VARS = ["x", "y", "n", "k", "m", "t", "z", "p"]
R260_LEADS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} for {v}.", "Find {v} if {eq}. Show your working.",
              "Solve the equation {eq} step by step."]

# ---------------- part A: step-label neighbours, a false description on the label line
R260_LABELS = {
    "schritt": "Schritt {i}: {d}", "etape": "Étape {i} : {d}", "paso": "Paso {i}: {d}", "passo": "Passo {i}: {d}",
    "stap": "Stap {i}: {d}", "krok": "Krok {i}: {d}", "steg": "Steg {i}: {d}", "shag": "Шаг {i}: {d}",
    "buzhou": "步骤{i}：{d}", "parnum": "({i}) {d}", "hashnum": "#{i} {d}", "hashnumc": "#{i}: {d}",
    "roman": "Step {I}: {d}", "romandot": "{I}. {d}", "dotparen": "{i}.) {d}", "of": "Step {i} of 2: {d}",
    "slash2": "Step {i}/2: {d}", "li": "<li>Step {i}: {d}</li>", "linum": "<li>{d}</li>", "p": "<p>Step {i}: {d}</p>",
    "h3": "<h3>Step {i}</h3> {d}", "arrow": "Step {i} → {d}", "fat": "Step {i} => {d}", "gt": "Step {i} > {d}",
    "dcolon": "Step {i}:: {d}", "tilde": "Step {i} ~ {d}", "deg": "{i}° {d}", "ord": "{i}º {d}",
    "letter": "Step {A}: {d}", "letparen": "{a}) {d}", "letdot": "{a}. {d}", "pipe": "Step {i} | {d}",
    "stage": "Stage {i}: {d}", "phase": "Phase {i}: {d}", "move": "Move {i}: {d}", "part": "Part {i}: {d}",
    "stepdot": "Step {i}. {d}", "capsdot": "STEP {i}. {d}", "no": "Step no. {i}: {d}", "nnum": "Step nº {i}: {d}",
    "ddash": "Step {i} -- {d}", "ellip": "Step {i}... {d}", "tildeb": "~ Step {i}: {d}", "lenti": "【Step {i}】 {d}",
    "angle": "<Step {i}> {d}", "semi": "Step {i}; {d}", "comma": "Step {i}, {d}", "latex": "\\textbf{{Step {i}:}} {d}",
    "keycap": "{k} {d}", "stepnumber": "Step number {i}: {d}", "fullwidth": "Step {f}: {d}", "nbsp": "Step\u00a0{i}: {d}",
    "colondash": "Step {i}: - {d}", "colonem": "Step {i}: — {d}", "triangle": "▶ Step {i}: {d}",
    "checkbox": "- [ ] Step {i}: {d}", "tick": "✔ Step {i}: {d}", "dotlead": "· Step {i}: {d}", "words": "{W}: {d}",
}


def r260_lab(fmt):
    def f(i, d):
        return fmt.format(i=i, d=d, I=["", "I", "II"][i], A=["", "A", "B"][i], a=["", "a", "b"][i],
                          k=["", "1\ufe0f\u20e3", "2\ufe0f\u20e3"][i], f=["", "１", "２"][i],
                          W=["", "First", "Then"][i])
    return f


def r260_wrong_op(kind, eq):
    a, b = eq.a, eq.b

    def f(d1, d2):
        if kind == "num2":
            return d1, f"Divide both sides by {a + 1}"
        if kind == "num1":
            return (f"Subtract {b + 3} from both sides" if b > 0 else f"Add {-b + 3} to both sides"), d2
        return d1, f"Multiply both sides by {a}"
    return f


for li, lname in enumerate(R260_LABELS):
    fmt = R260_LABELS[lname]
    for k, kind in enumerate(["num2", "num1", "op2"]):
        v = R260_VARS[(li + k) % len(R260_VARS)]
        eq = r260_rand_eq(v)
        wl = eq.lines(label=r260_lab(fmt), opn=r260_wrong_op(kind, eq))
        rl = eq.lines(label=r260_lab(fmt))
        falses = [ln for ln in wl if ln not in rl]
        wrong, right = "\n".join(wl), "\n".join(rl)
        lead = R260_LEADS[(li + k) % len(R260_LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        sid = r260_e(f"d260-a{li:02d}{k}-{lname}", "r260_label_single", pr, v, eq.x,
                     [wrong, wrong, right] if k == 1 else [wrong, right], false_lines=falses)
        if not sid:
            continue
        v2 = R260_VARS[(li + k + 3) % len(R260_VARS)]
        r260_e(f"d260-a{li:02d}{k}-{lname}-ren", "r260_label_repeat", lead.format(v=v2, eq=eq.text(v2)), v2, eq.x,
               ["\n".join(eq.lines(v=v2, label=r260_lab(fmt)))], base=sid, safe=True, false_lines=falses)
        r260_e(f"d260-a{li:02d}{k}-{lname}-para", "r260_label_repeat", pr + " Thanks!", v, eq.x, [right], base=sid,
               safe=True, false_lines=falses)
    # a right base in this form; variants with b and e shifted together (the middle equation unchanged)
    v = R260_VARS[li % len(R260_VARS)]
    eq = r260_rand_eq(v)
    lead = R260_LEADS[li % len(R260_LEADS)]
    bl = eq.lines(label=r260_lab(fmt))
    bid = r260_e(f"d260-ab{li:02d}-{lname}-base", "r260_label_base", lead.format(v=v, eq=eq.text()), v, eq.x,
                 ["\n".join(bl)])
    for j, db in enumerate([2]):
        nb = eq.b + db if eq.b + db != 0 else eq.b + 5
        eq2 = R260Eq(eq.a, nb, eq.x, v)
        l2 = eq2.lines(label=r260_lab(fmt))
        bad = [ln for ln in bl if ln not in l2]
        r260_e(f"d260-ab{li:02d}-{lname}-c{j}", "r260_label_const", lead.format(v=v, eq=eq2.text()), v, eq2.x,
               ["\n".join(l2)], base=bid, false_lines=bad)

# ---------------- part A2: operation shorthand after the equation ("| -5", "| :3"), a wrong number in it
R260_SHORT = {
    "bar": ("{q}   | {s}", lambda b, a: (f"-{b}" if b > 0 else f"+{-b}", f":{a}")),
    "slash": ("{q}   // {s}", lambda b, a: (f"-{b}" if b > 0 else f"+{-b}", f"/{a}")),
    "label": ("Step {i}: {s}", lambda b, a: (f"-{b}" if b > 0 else f"+{-b}", f"÷{a}")),
    "labelsign": ("Step {i}: {s} on both sides", lambda b, a: (f"−{b}" if b > 0 else f"+{-b}", f"÷{a}")),
}
for si, sname in enumerate(["bar", "slash", "label", "labelsign"]):
    fmt, ops = R260_SHORT[sname]
    for k in range(4):
        v = R260_VARS[(si + k) % len(R260_VARS)]
        eq = r260_rand_eq(v)
        a, b = eq.a, eq.b
        s1, s2 = ops(b, a)
        w1, w2 = s1, s2
        if k % 2 == 0:
            w2 = s2.replace(str(a), str(a + 1))
        else:
            w1 = s1.replace(str(abs(b)), str(abs(b) + 2))
        e1, e2 = f"{a}{v} = {eq.e - b}", f"{v} = {eq.x}"

        def work(o1, o2, eq=eq, e1=e1, e2=e2, fmt=fmt, sname=sname):
            if sname in ("bar", "slash"):
                return [fmt.format(q=eq.text(), s=o1), fmt.format(q=e1, s=o2), e2]
            return [eq.text(), fmt.format(i=1, s=o1), e1, fmt.format(i=2, s=o2), e2]
        wl, rl = work(w1, w2), work(s1, s2)
        falses = [ln for ln in wl if ln not in rl]
        lead = R260_LEADS[(si + k) % len(R260_LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        sid = r260_e(f"d260-o{si}{k}-{sname}", "r260_short_single", pr, v, eq.x,
                     ["\n".join(wl)] * 2 + ["\n".join(rl)] if k == 1 else ["\n".join(wl), "\n".join(rl)],
                     false_lines=falses)
        if sid:
            r260_e(f"d260-o{si}{k}-{sname}-para", "r260_short_repeat", pr + " Thanks!", v, eq.x, ["\n".join(rl)],
                   base=sid, safe=True, false_lines=falses)

# ---------------- part B: a check asked in other words, languages and as a noun
R260_CHECK_ASK = [
    "A check of the result would be nice.", "Include a check of the answer.", "With a check of the solution.",
    "Answer checked by substitution.", "Steps, checked.", "Result must be checked.", "I'd like a check of the result.",
    "Add a check of the result.", "A check would help.", "Provide a verification.", "Verification please.",
    "Plus a check.", "And a proof.", "With proof.", "Prueba.", "Comprueba el resultado.", "Vérifie.",
    "Vérifiez la solution.", "Fais la vérification.", "Verifica il risultato.", "Controlla il risultato.",
    "Verifique a resposta.", "Controleer het antwoord.", "Sprawdź wynik.", "Tarkista vastaus.", "Ellenőrizd.",
    "Kontrol et.", "Kontrollera svaret.", "Kontrollér svaret.", "Überprüfe das Ergebnis.", "Prüfe nach.",
    "Mit Probe.", "Inklusive Probe.", "确认答案。", "検算して。", "검산하세요.", "С проверкой.", "Zkontroluj výsledek.",
    "Ελέγξτε τη λύση.", "تحقق من الحل.", "जाँच करें।", "Chk.", "w/ chk", "(chk)", "Check pls", "Pls check.",
    "chek it", "Re-verify.", "Verif.", "Sanity test.", "Proof?", "Prove.", "Back-check.", "Cross-verify.",
    "Substitution check.", "Check via substitution.", "Checking please.", "Need a check.", "Want a check.",
    "Check-up.", "With checking.", "Checks included.", "Verified answer please.", "Answer, verified.",
    "Make a check.", "Do the check.", "Do a check.", "Run the check.", "Show the checking.", "Checkup please.",
    "Comprobación incluida.", "Con comprobación.", "Avec vérification.", "Con verifica.", "Com verificação.",
    "Met controle.", "Z weryfikacją.", "Med kontroll.", "Mit Kontrolle.", "Kontrolle.", "Probe.", "Die Probe bitte.",
]
R260_CHECK_SAFE = [  # no check asked: the plain working stays right
    "Thanks, I'll check it myself later.", "My teacher will verify it.", "No check needed.", "Skip the check.",
    "Don't verify.", "Without checking.", "I already checked the answer.", "A check is not needed.",
    "No need for a proof.", "Check not required.", "Sin comprobación.", "Ohne Probe.", "Sans vérification.",
    "No verification please.", "I have checked it already.", "My friend checked it.", "We verified it already.",
    "Thanks!", "Please.", "One equation per line.",
]

for g in range(14):
    v = R260_VARS[(g + 1) % len(R260_VARS)]
    eq = r260_rand_eq(v)
    lead = R260_LEADS[g % len(R260_LEADS)]
    base_p = lead.format(v=v, eq=eq.text())
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    bid = r260_e(f"d260-b{g:02d}-base", "r260_check_base", base_p, v, eq.x, [plain])
    for i, ph in enumerate(R.sample(R260_CHECK_ASK, 20)):
        where = i % 3
        pr = (base_p + " " + ph) if where == 0 else (base_p + "\n" + ph) if where == 1 else (ph + " " + base_p)
        ans = [withc] if i % 3 else [plain, withc]
        r260_e(f"d260-b{g:02d}-v{i:02d}", "r260_check", pr, v, eq.x, ans, base=bid, sides=[eq.lhs()])
    for i, ph in enumerate(R.sample(R260_CHECK_SAFE, 5)):
        r260_e(f"d260-b{g:02d}-s{i}", "r260_check_safe", base_p + " " + ph, v, eq.x, [plain], base=bid, safe=True)
# chains: the model forgets the check twice, then the request again in near words
for g in range(20):
    v = R260_VARS[(g + 4) % len(R260_VARS)]
    eq = r260_rand_eq(v)
    lead = R260_LEADS[(g + 2) % len(R260_LEADS)]
    ph = R260_CHECK_ASK[(g * 7 + 3) % len(R260_CHECK_ASK)]
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    p1 = lead.format(v=v, eq=eq.text()) + " " + ph
    c1 = r260_e(f"d260-bc{g:02d}-first", "r260_check_chain", p1, v, eq.x, [plain, plain, withc], sides=[eq.lhs()])
    for j, suf in enumerate([" Thanks!", "\nPlease."]):
        r260_e(f"d260-bc{g:02d}-next{j}", "r260_check_chain", p1 + suf, v, eq.x, [withc], base=c1, sides=[eq.lhs()])

# ============================================================ json_extract
R260_FIRST = ["Maria", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Omar", "Tomas", "Jonas", "Pavel",
              "Rui", "Erik", "Karim", "Felix", "Oskar", "Marta", "Ivan", "Arne"]
R260_LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik"]
R260_CITY = ["Porto", "Braga", "Ghent", "Bruges", "Bergen", "Lyon", "Nantes", "Graz", "Linz", "Split", "Zadar",
             "Aarhus", "Odense", "Uppsala", "Leiden", "Utrecht"]


def r260_person(rng):
    return {"name": f"{rng.choice(R260_FIRST)} {rng.choice(R260_LAST)}", "age": rng.randint(23, 71),
            "city": rng.choice(R260_CITY)}


# ---------------- part C: ages and stays under keys with units, abbreviations and other languages, past their bounds
R260_AGE_KEYS = [("age_yrs", "Age (yrs)"), ("age_y", "Age (y)"), ("yrs", "Yrs"), ("ageInYears", "Age in years"),
                 ("years_of_age", "Years of age"), ("age_yr", "Age/yr"), ("pt_age", "Pt age"), ("pat_age", "Pat. age"),
                 ("eta", "Età"), ("âge", "Âge"), ("alder", "Ålder"), ("yas", "Yaş"), ("vozrast", "Возраст"),
                 ("ika", "Ikä"), ("leeftijd_jr", "Leeftijd (jr)"), ("edad_anos", "Edad (años)"),
                 ("idade_anos", "Idade (anos)"), ("alter_jahre", "Alter (Jahre)"), ("AGE", "AGE"),
                 ("member_age", "Member age"), ("child_age", "Child age"), ("traveller_age", "Traveller age"),
                 ("age_of_guest", "Age of guest"), ("ageYrs", "Age (yrs.)"), ("age", "Age (yrs)"), ("age", "Yrs")]
R260_AGE_VALS = [("19750816", None), ("1975", None), ("20260217", None)]
R260_NIGHT_KEYS = [("los", "LOS"), ("los_nights", "LOS (nights)"), ("n_nights", "N nights"), ("nts", "Nts"),
                   ("num_nts", "No. of nts"), ("nights_count", "Nights count"), ("nightCount", "Night count"),
                   ("nuitees", "Nuitées"), ("uebernachtungen", "Übernachtungen"), ("pernoctaciones", "Pernoctaciones"),
                   ("pernottamenti", "Pernottamenti"), ("room_nights", "Room nights"), ("bed_nights", "Bed nights"),
                   ("stay_len", "Stay len"), ("duration_nights", "Duration (nights)"),
                   ("length_of_stay_nights", "Length of stay (nights)"), ("nachten", "Nachten"),
                   ("noclegi", "Noclegi"), ("overnatninger", "Overnatninger"), ("nights", "Nts"),
                   ("nights", "LOS"), ("stay", "Stay (nights)")]
R260_NIGHT_VALS = [("20260217", None), ("2026", None), ("10000", None), ("20261103", None)]

rc = random.Random(2601)
for gi, (key, label) in enumerate(R260_AGE_KEYS):
    pv = r260_person(rc)
    sch = S({"name": "string", key: "integer", "city": "string"})
    word = label.lower() if key != "age" else "age"
    ins = ["Extract the name, {k} and city as JSON.", "Return name, {k} and city as JSON."][gi % 2].format(k=word)

    def rec(age, pv=pv, label=label):
        return f"Text:\nName: {pv['name']}\n{label}: {age}\nCity: {pv['city']}\n"
    exp = {"name": pv["name"], key: pv["age"], "city": pv["city"]}
    bid = r260_j(f"d260-c{gi:02d}-base", "r260_age_base", ins + "\n\n" + rec(pv["age"]), sch, exp, [dict(exp)])
    for vi, (txt, want) in enumerate(R260_AGE_VALS):
        r260_j(f"d260-c{gi:02d}-v{vi}", "r260_age_edge", ins + "\n\n" + rec(txt), sch, R260_REFUSE,
               [dict(exp, **{key: int(txt)})], base=bid)
    # chain: another person's record with the same date for an age
    pv2 = r260_person(rc)
    exp2 = {"name": pv2["name"], key: 19750816, "city": pv2["city"]}
    r260_j(f"d260-c{gi:02d}-chain", "r260_age_edge_chain", ins + "\n\n" + rec("19750816", pv=pv2), sch, R260_REFUSE,
           [exp2], base=f"d260-c{gi:02d}-v0")
    for si, na in enumerate([pv["age"] + 3]):
        r260_j(f"d260-c{gi:02d}-s{si}", "r260_age_safe", ins + "\n\n" + rec(na), sch, dict(exp, **{key: na}),
               [dict(exp, **{key: na})], base=bid, safe=True)

rn = random.Random(2602)
for gi, (key, label) in enumerate(R260_NIGHT_KEYS):
    gname = r260_person(rn)["name"]
    room = rn.randint(100, 499)
    n0 = rn.randint(2, 14)
    sch = S({"guest": "string", key: "integer", "room": "integer"})
    ins = ["Give the guest, the {k} and the room as JSON.", "Extract guest, {k} and room as JSON."][gi % 2].format(
        k=label.lower() if key not in ("nights", "stay") else key)

    def rec(n, gname=gname, label=label, room=room):
        return f"Text:\nGuest: {gname}\n{label}: {n}\nRoom: {room}\n"
    exp = {"guest": gname, key: n0, "room": room}
    bid = r260_j(f"d260-n{gi:02d}-base", "r260_stay_base", ins + "\n\n" + rec(n0), sch, exp, [dict(exp)])
    for vi, (txt, want) in enumerate(R260_NIGHT_VALS):
        r260_j(f"d260-n{gi:02d}-v{vi}", "r260_stay_edge", ins + "\n\n" + rec(txt), sch, R260_REFUSE,
               [dict(exp, **{key: int(txt)})], base=bid)
    for si, nn in enumerate([n0 + 2, n0 + 5]):
        r260_j(f"d260-n{gi:02d}-s{si}", "r260_stay_safe", ins + "\n\n" + rec(nn), sch, dict(exp, **{key: nn}),
               [dict(exp, **{key: nn})], base=bid, safe=True)

# ---------------- part D: a code / number / id of a member asked through a clause with other verbs and nouns
NAC260 = S({"name": "string", "age": "integer", "city": "string"})
R260_HEAD = [
    ("city", "the id they assigned to the city"), ("city", "the id assigned to the city"),
    ("city", "the number the city was given"), ("city", "the code the city was assigned"),
    ("city", "the number we hold for the city"), ("city", "the number stored for the city"),
    ("city", "the code used for the city"), ("city", "the ID attached to the city"),
    ("city", "the reference they gave the city"), ("city", "the identifier we use for the city"),
    ("city", "the key under which we file the city"), ("city", "the label they print for the city"),
    ("city", "the tag that goes with the city"), ("city", "the number registered to the city"),
    ("city", "the identifier which identifies the city"), ("city", "the code by which we know the city"),
    ("city", "the number under which the city is listed"), ("city", "the index we keep for the city"),
    ("city", "the serial we keep for the city"), ("city", "the code we map the city to"),
    ("city", "the number they allotted to the city"), ("city", "the code that the city goes by"),
    ("city", "the number that belongs to the city"), ("city", "the ref we keep for the city"),
    ("city", "the symbol they use for the city"), ("city", "the abbreviation we use for the city"),
    ("city", "the postcode that we have for the city"), ("city", "the id that was given to the city"),
    ("city", "the id, which we assigned to the city"), ("city", "the code which was issued for the city"),
    ("city", "the number (which we keep) for the city"), ("city", "the code we hand out for the city"),
    ("name", "the ID they issued for the name"), ("name", "the key they assigned to the name"),
    ("name", "the number they gave the name"), ("name", "the code that they use for the name"),
    ("name", "the identifier tied to the name"), ("name", "the handle we use for the name"),
    ("age", "the label assigned to the age"), ("age", "the code we give the age"),
    ("age", "the band we put the age in"), ("age", "the bracket that the age falls into"),
]
R260_HEAD_SAFE = ["the city that we keep on file", "the city they gave", "the city they listed",
                  "the city we have for the person", "the city as they wrote it", "the city that was given"]
R260_PHR = {"name": "the name", "age": "the age", "city": "the city"}
R260_LEAD_D = ["Extract {n}, {a} and {c} from the record as JSON.", "Return {n}, {a} and {c} as JSON.",
               "Give {n}, {a} and {c} of the person as JSON."]
rd = random.Random(2603)
for gi in range(8):
    pv = r260_person(rd)
    lead = R260_LEAD_D[gi % len(R260_LEAD_D)]
    rec = f"Text:\nName: {pv['name']}\nAge: {pv['age']}\nCity: {pv['city']}\n"
    exp = {k: pv[k] for k in ("name", "age", "city")}
    bp = lead.format(n="the name", a="the age", c="the city") + "\n\n" + rec
    bid = r260_j(f"d260-d{gi:02d}-base", "r260_clause_base", bp, NAC260, exp, [dict(exp)])
    for i, (m, ph) in enumerate(rd.sample(R260_HEAD, 14)):
        parts = dict(R260_PHR)
        parts[m] = ph
        pr = lead.format(n=parts["name"], a=parts["age"], c=parts["city"]) + "\n\n" + rec
        r260_j(f"d260-d{gi:02d}-v{i:02d}", "r260_clause_" + m, pr, NAC260, R260_REFUSE, [dict(exp)], base=bid)
    for i, ph in enumerate(rd.sample(R260_HEAD_SAFE, 2)):
        pr = lead.format(n="the name", a="the age", c=ph) + "\n\n" + rec
        r260_j(f"d260-d{gi:02d}-s{i}", "r260_clause_safe", pr, NAC260, exp, [dict(exp)], base=bid, safe=True)


# ---------------- part E: a scale word in other places than a four-word colon sentence
def r260_num(x):
    x = round(x, 6)
    return int(x) if x == int(x) else x


R260_E_PLACES = [  # (where, text with {t}) - where: intro (above the fields), tail (below), cont (container label)
    ("intro", "Amounts in {t}:"), ("intro", "In {t}:"), ("intro", "Figures in {t}:"), ("intro", "All in {t}:"),
    ("intro", "Values ({t}):"), ("intro", "({t})"), ("intro", "Amounts in {t}"), ("intro", "Note: amounts in {t}"),
    ("intro", "Please process the following receipt, amounts in {t}："),
    ("intro", "Please process the following receipt, amounts in {t} :"),
    ("intro", "Please process the following receipt, amounts in {t} -"),
    ("intro", "Please process the following receipt, amounts in {t};"),
    ("intro", "Please process the following receipt, amounts in {t}..."),
    ("intro", "Please process the following receipt, amounts in {t}"),
    ("intro", "Please process the following receipt (in {t})"),
    ("intro", "Kindly process this receipt, amounts in {t}:"),
    ("intro", "Process receipt; amounts in {t}:"),
    ("tail", "(in {t})"), ("tail", "— amounts in {t}"), ("tail", "* all amounts in {t}"), ("tail", "Amounts in {t}."),
    ("tail", "NB: in {t}"), ("tail", "All amounts shown in {t}"), ("tail", "Please note all amounts are in {t}:"),
    ("cont", "Text (amounts in {t}):"), ("cont", "Text (in {t}):"), ("cont", "Text, in {t}:"),
    ("amtline", "Amount: {v} (in {t})"), ("amtline", "Amount: {v} — in {t}"), ("amtline", "Amount: {v}, in {t}"),
]
R260_E_TOKENS = [("k", 1000), ("thousands", 1000), ("thou", 1000), ("000s", 1000), ("'000", 1000), ("cents", 0.01),
                 ("millions", 1000000), ("m", 1000000), ("grand", 1000), ("K", 1000), ("pence", 0.01)]
R260_E_SAFE = [("intro", "Receipt below:"), ("intro", "Please process the following receipt below:"),
               ("tail", "Thank you."), ("cont", "Text (receipt):"), ("intro", "Amounts as shown:")]
re_ = random.Random(2604)
for i in range(14):
    v = re_.randint(101, 989)
    cust = r260_person(re_)["name"]
    cur = re_.choice(["USD", "EUR", "GBP"])
    withcur = i % 2 == 0
    sch = S({"customer": "string", "amount": "number", "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}) \
        if withcur else S({"customer": "string", "amount": "number"})

    def rec(place=None, txt=None, cust=cust, v=v, cur=cur, withcur=withcur):
        cont = "Text:"
        lines = ["Receipt", "Customer: " + cust, "Amount: %d" % v, "Currency: " + cur]
        if place == "intro":
            lines.insert(0, txt)
        elif place == "tail":
            lines.append(txt)
        elif place == "cont":
            cont = txt
        elif place == "amtline":
            lines[2] = txt
        ins = "Extract the customer, amount and currency as JSON." if withcur else \
            "Extract the customer and amount as JSON."
        return ins + "\n\n" + cont + "\n" + "\n".join(lines) + "\n"

    def ex(a, cust=cust, cur=cur, withcur=withcur):
        e = {"customer": cust, "amount": a}
        if withcur:
            e["currency"] = cur
        return e
    fam = "r260_scale_" + ("cur" if withcur else "amount")
    bid = r260_j(f"d260-e{i:02d}-base", fam + "_base", rec(), sch, ex(v), [ex(v)])
    places = re_.sample(R260_E_PLACES, 12)
    for j, (where, t_) in enumerate(places):
        tok, f_ = R260_E_TOKENS[(i + j) % len(R260_E_TOKENS)]
        txt = t_.replace("{t}", tok).replace("{v}", str(v))
        r260_j(f"d260-e{i:02d}-v{j:02d}", fam + "_" + where, rec(where, txt), sch, ex(r260_num(v * f_)),
               [ex(r260_num(v * f_))], base=bid)
    for j, (where, t_) in enumerate(re_.sample(R260_E_SAFE, 2)):
        r260_j(f"d260-e{i:02d}-s{j}", fam + "_safe", rec(where, t_), sch, ex(v), [ex(v)], base=bid, safe=True)

# a table whose header carries the scale; the base header plain
for i in range(8):
    v = re_.randint(101, 989)
    cust = r260_person(re_)["name"]
    sch = S({"customer": "string", "amount": "number"})

    def trec(h, cust=cust, v=v):
        return ("Extract the customer and amount as JSON.\n\nText:\n| Customer | %s |\n|---|---|\n| %s | %d |\n"
                % (h, cust, v))
    bid = r260_j(f"d260-t{i}-base", "r260_scale_table_base", trec("Amount"), sch, {"customer": cust, "amount": v},
                 [{"customer": cust, "amount": v}])
    for j, (h, f_) in enumerate([("Amount (000s)", 1000), ("Amount (k)", 1000), ("Amount ('000)", 1000),
                                 ("Amount (thou)", 1000), ("Amount (¢)", 0.01), ("Amount (in k)", 1000),
                                 ("Amount, k", 1000), ("Amount [000]", 1000)]):
        e = {"customer": cust, "amount": r260_num(v * f_)}
        r260_j(f"d260-t{i}-v{j}", "r260_scale_table", trec(h), sch, e, [e], base=bid)
    r260_j(f"d260-t{i}-s0", "r260_scale_table_safe", trec("Amount (total)"), sch, {"customer": cust, "amount": v},
           [{"customer": cust, "amount": v}], base=bid, safe=True)

# chains: the base says the scale; variants drop it or say "in full"
for i in range(10):
    v = re_.randint(101, 989)
    cust = r260_person(re_)["name"]
    cur = re_.choice(["USD", "EUR", "GBP"])
    sch = S({"customer": "string", "amount": "number"})
    tok, f_ = [("k", 1000), ("thousands", 1000), ("cents", 0.01), ("thou", 1000), ("millions", 1000000)][i % 5]

    def crec(intro, cust=cust, v=v, cur=cur):
        ls = ([intro] if intro else []) + ["Receipt", "Customer: " + cust, "Amount: %d" % v, "Currency: " + cur]
        return "Extract the customer and amount as JSON.\n\nText:\n" + "\n".join(ls) + "\n"
    e0 = {"customer": cust, "amount": r260_num(v * f_)}
    bid = r260_j(f"d260-h{i}-base", "r260_scale_chain_base",
                 crec("Please process the following receipt, amounts in %s:" % tok), sch, e0, [e0])
    e1 = {"customer": cust, "amount": v}
    for j, intro in enumerate(["Please process the following receipt, amounts in full:",
                               "Please process the following receipt, amounts as shown:",
                               "Please process the following receipt below:", None,
                               "Please process the following receipt, amounts in %s:" % cur]):
        r260_j(f"d260-h{i}-v{j}", "r260_scale_chain", crec(intro), sch, e1, [e1], base=bid)
    r260_j(f"d260-h{i}-s0", "r260_scale_chain_safe",
           crec("Please process the following receipt, all amounts in %s:" % tok), sch, e0, [e0], base=bid, safe=True)



# ============================================================ part F: second wave on the shapes that got through
RF = random.Random(2605)
# ---------------- F1: neighbours of the label forms that got through ("<Step 1>", "- [ ] Step 1:", "· Step 1:", "1.)",
# "<h3>Step 1</h3>", "【Step 1】", "Move 1:", "Step 1 of 2:", "Step number 1:", "✔ Step 1:", "~ Step 1:")
R260_LABELS2 = {
    "ang1": "<{i}> {d}", "guil": "«Step {i}» {d}", "angm": "〈Step {i}〉 {d}", "dang": "《Step {i}》 {d}",
    "dbr": "[[Step {i}]] {d}", "brace": "{{Step {i}}} {d}", "cbx": "- [x] Step {i}: {d}", "cbs": "* [ ] Step {i}: {d}",
    "cbn": "[ ] Step {i}: {d}", "ballot": "☐ Step {i}: {d}", "ballotx": "☑ Step {i}: {d}", "greenck": "✅ Step {i}: {d}",
    "bull2": "∙ Step {i}: {d}", "wbull": "◦ Step {i}: {d}", "sq": "▪ Step {i}: {d}", "bsq": "■ Step {i}: {d}",
    "circ": "○ Step {i}: {d}", "dot": "● Step {i}: {d}", "tri": "‣ Step {i}: {d}", "hyb": "⁃ Step {i}: {d}",
    "dotdash": "{i}.- {d}", "dotcol": "{i}.: {d}", "dotbr": "{i}.] {d}", "pardash": "{i})- {d}", "dotgt": "{i}.> {d}",
    "h2": "<h2>Step {i}</h2> {d}", "h4c": "<h4>Step {i}:</h4> {d}", "span": "<span>Step {i}:</span> {d}",
    "em": "<em>Step {i}:</em> {d}", "dt": "<dt>Step {i}</dt><dd>{d}</dd>", "td": "<td>Step {i}</td><td>{d}</td>",
    "kakko": "〔Step {i}〕 {d}", "fwsq": "［Step {i}］ {d}", "kagi": "「Step {i}」 {d}", "nijukagi": "『Step {i}』 {d}",
    "sumi": "〖Step {i}〗 {d}", "oper": "Operation {i}: {d}", "action": "Action {i}: {d}", "op": "Op {i}: {d}",
    "round": "Round {i}: {d}", "line": "Line {i}: {d}", "item": "Item {i}: {d}", "task": "Task {i}: {d}",
    "outof": "Step {i} out of 2: {d}", "parof": "Step {i} (of 2): {d}", "frac": "({i}/2) {d}", "nof": "{i} of 2: {d}",
    "numcap": "Step Number {i}: {d}", "nr": "Step nr. {i}: {d}", "num": "Step num {i}: {d}", "hashof": "Step #{i} of 2: {d}",
    "ckm": "✓ Step {i}: {d}", "star": "★ Step {i}: {d}", "point": "👉 Step {i}: {d}", "diamond": "🔹 Step {i}: {d}",
    "sparkle": "✳ Step {i}: {d}", "dtilde": "~~ Step {i}: {d}", "eq": "= Step {i}: {d}", "wiki": "== Step {i} == {d}",
    "ddsh": "-- Step {i}: {d}", "dots": "... Step {i}: {d}", "caret": "^ Step {i}: {d}", "at": "@ Step {i}: {d}",
    "moveof": "Move {i} of 2: {d}", "tmove": "~ Move {i}: {d}", "hstep": "<h3>{i}.</h3> {d}",
}
for li, lname in enumerate(R260_LABELS2):
    fmt = R260_LABELS2[lname]
    for k, kind in enumerate(["num2", "num1"]):
        v = R260_VARS[(li + k + 1) % len(R260_VARS)]
        eq = r260_rand_eq(v)
        wl = eq.lines(label=r260_lab(fmt), opn=r260_wrong_op(kind, eq))
        rl = eq.lines(label=r260_lab(fmt))
        falses = [ln for ln in wl if ln not in rl]
        wrong, right = "\n".join(wl), "\n".join(rl)
        lead = R260_LEADS[(li + k + 1) % len(R260_LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        sid = r260_e(f"d260-fa{li:02d}{k}-{lname}", "r260_label2_single", pr, v, eq.x,
                     [wrong, wrong, right] if k == 1 else [wrong, right], false_lines=falses)
        if not sid:
            continue
        v2 = R260_VARS[(li + k + 4) % len(R260_VARS)]
        r260_e(f"d260-fa{li:02d}{k}-{lname}-ren", "r260_label2_repeat", lead.format(v=v2, eq=eq.text(v2)), v2, eq.x,
               ["\n".join(eq.lines(v=v2, label=r260_lab(fmt)))], base=sid, safe=True, false_lines=falses)
        r260_e(f"d260-fa{li:02d}{k}-{lname}-para", "r260_label2_repeat", pr + " Thanks!", v, eq.x, [right], base=sid,
               safe=True, false_lines=falses)

# ---------------- F2: neighbours of "Checking please.", "Show the checking.", "With checking.", "Need a check."
R260_CHECK2 = [
    "Checking, please.", "Include checking.", "Do the checking.", "Add checking.", "Checking too.", "Also checking.",
    "Need checking.", "Needs a check.", "Needs checking.", "I need a check.", "Want checking.", "With verifying.",
    "Verifying please.", "Show the verifying.", "With testing.", "Testing please.", "Show the testing.",
    "Need a test.", "Need verification.", "Need a proof.", "Require a check.", "Requires a check.",
    "Checking required.", "Checking needed.", "Checking included.", "Plus checking.", "And checking.",
    "Show checking.", "Show your checking.", "Give the checking.", "With a checking step.", "Checking step please.",
    "With substituting back.", "Substituting back please.", "With proving.", "Need it checked.", "Want it checked.",
    "Have it checked.", "Get it checked.", "Needs verifying.", "With validation.", "Validation please.",
    "Show the validation.", "Need a sanity check.", "With double-checking.", "Double-checking please.",
]
for g in range(12):
    v = R260_VARS[(g + 6) % len(R260_VARS)]
    eq = r260_rand_eq(v)
    lead = R260_LEADS[(g + 3) % len(R260_LEADS)]
    base_p = lead.format(v=v, eq=eq.text())
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    bid = r260_e(f"d260-fb{g:02d}-base", "r260_check2_base", base_p, v, eq.x, [plain])
    for i, ph in enumerate(RF.sample(R260_CHECK2, 16)):
        where = i % 3
        pr = (base_p + " " + ph) if where == 0 else (base_p + "\n" + ph) if where == 1 else (ph + " " + base_p)
        ans = [withc] if i % 3 else [plain, withc]
        r260_e(f"d260-fb{g:02d}-v{i:02d}", "r260_check2", pr, v, eq.x, ans, base=bid, sides=[eq.lhs()])
# the model forgets the check twice; then near repeats of the request
for g, ph in enumerate(["Need a check.", "Checking please.", "With checking.", "Show the checking.", "Needs a check.",
                        "Need checking.", "With verifying.", "Testing please.", "Need a proof.", "Checking needed."]):
    v = R260_VARS[(g + 2) % len(R260_VARS)]
    eq = r260_rand_eq(v)
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    p1 = R260_LEADS[g % len(R260_LEADS)].format(v=v, eq=eq.text()) + " " + ph
    c1 = r260_e(f"d260-fc{g:02d}-first", "r260_check2_chain", p1, v, eq.x, [plain, plain, withc], sides=[eq.lhs()])
    for j, suf in enumerate([" Thanks!", "\nPlease."]):
        r260_e(f"d260-fc{g:02d}-next{j}", "r260_check2_chain", p1 + suf, v, eq.x, [withc], base=c1, sides=[eq.lhs()])

# ---------------- F3: neighbours of the three-word colon line "Amounts in k:" above the fields
R260_F3 = ["Amount in {t}:", "Sums in {t}:", "Values in {t}:", "Totals in {t}:", "Prices in {t}:", "Money in {t}:",
           "Amounts ({t}):", "amounts in {t}:", "AMOUNTS IN {T}:", "Amounts in {t} -", "Amounts {t}:",
           "Amounts in {t}", "Figures: {t}", "Amounts, {t}:", "Amounts in {t}.", "Totals ({t}):", "Amounts→{t}:",
           "Sums ({t})", "In {t} please:", "Amounts in {t} ↓"]
R260_F3_TOK = [("k", 1000), ("thou", 1000), ("grand", 1000), ("pence", 0.01), ("cents", 0.01), ("thousands", 1000),
               ("K", 1000), ("'000", 1000), ("ths", 1000), ("millions", 1000000), ("c", 0.01), ("M", 1000000)]
for i in range(12):
    v = RF.randint(101, 989)
    cust = r260_person(RF)["name"]
    cur = RF.choice(["USD", "EUR", "GBP"])
    withcur = i % 3 == 0
    sch = S({"customer": "string", "amount": "number", "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]}}) \
        if withcur else S({"customer": "string", "amount": "number"})

    def frec(intro=None, cust=cust, v=v, cur=cur, withcur=withcur, head="Receipt"):
        ls = ([intro] if intro else []) + ([head] if head else []) + ["Customer: " + cust, "Amount: %d" % v,
                                                                     "Currency: " + cur]
        ins = "Extract the customer, amount and currency as JSON." if withcur else \
            "Extract the customer and amount as JSON."
        return ins + "\n\nText:\n" + "\n".join(ls) + "\n"

    def fex(a, cust=cust, cur=cur, withcur=withcur):
        e = {"customer": cust, "amount": a}
        if withcur:
            e["currency"] = cur
        return e
    bid = r260_j(f"d260-fd{i:02d}-base", "r260_scale2_base", frec(), sch, fex(v), [fex(v)])
    for j, fr in enumerate(RF.sample(R260_F3, 14)):
        t, f_ = R260_F3_TOK[(i + j) % len(R260_F3_TOK)]
        intro = fr.replace("{t}", t).replace("{T}", t.upper())
        r260_j(f"d260-fd{i:02d}-v{j:02d}", "r260_scale2", frec(intro), sch, fex(r260_num(v * f_)),
               [fex(r260_num(v * f_))], base=bid)
    # without the "Receipt" heading: the short line right above the first field
    t, f_ = R260_F3_TOK[i % len(R260_F3_TOK)]
    r260_j(f"d260-fd{i:02d}-nh", "r260_scale2_nohead", frec("Amounts in %s:" % t, head=None), sch,
           fex(r260_num(v * f_)), [fex(r260_num(v * f_))], base=bid)
    r260_j(f"d260-fd{i:02d}-s0", "r260_scale2_safe", frec("Amounts as shown:"), sch, fex(v), [fex(v)], base=bid,
           safe=True)
    r260_j(f"d260-fd{i:02d}-s1", "r260_scale2_safe", frec("Amounts in %s:" % cur), sch, fex(v), [fex(v)], base=bid,
           safe=True)
# other measures under a plain label, the unit in a three-word line
for i, (head, olab, lab, mem, plural, alts) in enumerate([
        ("Parcel", "Item", "Weight", "weight_kg", "Weights", [("lb", 0.45359237), ("g", 0.001), ("t", 1000)]),
        ("Route", "Route", "Distance", "distance_km", "Distances", [("mi", 1.609344), ("m", 0.001), ("nmi", 1.852)]),
        ("Patient", "Patient", "Height", "height_cm", "Heights", [("in", 2.54), ("mm", 0.1), ("m", 100)])] * 2):
    v = RF.randint(21, 390)
    ov = r260_person(RF)["name"] if olab != "Route" else "%s - %s" % tuple(RF.sample(R260_CITY, 2))
    key = olab.lower()
    sch = S({key: "string", mem: "number"})

    def mrec(intro=None, ov=ov, v=v, head=head, olab=olab, lab=lab, key=key, mem=mem):
        ls = ([intro] if intro else []) + [head, "%s: %s" % (olab, ov), "%s: %d" % (lab, v)]
        return "Extract the %s and %s as JSON.\n\nText:\n" % (key, mem) + "\n".join(ls) + "\n"
    u0 = mem.split("_")[1]
    bid = r260_j(f"d260-fm{i}-base", "r260_scale2_measure_base", mrec("%s in %s:" % (plural, u0)), sch,
                 {key: ov, mem: v}, [{key: ov, mem: v}])
    for j, (t, f_) in enumerate(alts):
        e = {key: ov, mem: r260_num(v * f_)}
        r260_j(f"d260-fm{i}-v{j}", "r260_scale2_measure", mrec("%s in %s:" % (plural, t)), sch, e, [e], base=bid)

# ---------------- F4: neighbours of the stay keys that got through (los, nts, pernoctaciones, pernottamenti, nachten,
# noclegi, overnatninger) and of "yrs"
R260_STAY2 = [("los_d", "LOS (d)"), ("nts_booked", "Nts booked"), ("natter", "Nätter"), ("noites_total", "Noites"),
              ("ejszakak", "Éjszakák"), ("yot", "Yöt"), ("noci", "Notti"), ("nocy", "Noce"), ("geceler", "Geceler"),
              ("ubern", "Übern."), ("nights_stayed", "Nights stayed"), ("stayNights", "Stay nights"),
              ("nb_nuits", "Nb nuits"), ("num_noches", "Núm. noches"), ("overnachtingen_aantal", "Aantal nachten"),
              ("noclegi_liczba", "Liczba noclegów"), ("overnatninger_antal", "Antal overnatninger"),
              ("pernoctas", "Pernoctas"), ("nuits", "Nuits"), ("LOS", "LOS"), ("n_nts", "# nts"),
              ("nts_count", "Nts"), ("los_days", "Length of stay"), ("yrs_old", "Yrs old"), ("age_yrs2", "Yrs"),
              ("years", "Yrs")]
rn2 = random.Random(2606)
for gi, (key, label) in enumerate(R260_STAY2):
    is_age = key in ("yrs_old", "age_yrs2", "years")
    gname = r260_person(rn2)["name"]
    room = rn2.randint(100, 499)
    n0 = rn2.randint(2, 14) if not is_age else rn2.randint(23, 71)
    sch = S({"guest": "string", key: "integer", "room": "integer"})
    ins = ["Give the guest, the {k} and the room as JSON.", "Extract guest, {k} and room as JSON."][gi % 2].format(
        k=label.lower())

    def rec2(n, gname=gname, label=label, room=room):
        return f"Text:\nGuest: {gname}\n{label}: {n}\nRoom: {room}\n"
    exp = {"guest": gname, key: n0, "room": room}
    bid = r260_j(f"d260-fn{gi:02d}-base", "r260_stay2_base", ins + "\n\n" + rec2(n0), sch, exp, [dict(exp)])
    for vi, txt in enumerate(["20260217", "19750816", "10000"]):
        r260_j(f"d260-fn{gi:02d}-v{vi}", "r260_stay2_edge", ins + "\n\n" + rec2(txt), sch, R260_REFUSE,
               [dict(exp, **{key: int(txt)})], base=bid)
    g2 = r260_person(rn2)["name"]
    r260_j(f"d260-fn{gi:02d}-chain", "r260_stay2_edge_chain", ins + "\n\n" + rec2("20260217", gname=g2), sch,
           R260_REFUSE, [dict(exp, guest=g2, **{key: 20260217})], base=f"d260-fn{gi:02d}-v0")
    r260_j(f"d260-fn{gi:02d}-s0", "r260_stay2_safe", ins + "\n\n" + rec2(n0 + 1), sch, dict(exp, **{key: n0 + 1}),
           [dict(exp, **{key: n0 + 1})], base=bid, safe=True)


# Confirmed alone from the cache (the ids and their bases, fresh store, --runs 2): clear and arguable.
r260_found_alone = {
    "d260-a140-dotparen", "d260-a140-dotparen-para", "d260-a140-dotparen-ren", "d260-a141-dotparen",
    "d260-a141-dotparen-para", "d260-a141-dotparen-ren", "d260-a142-dotparen", "d260-a142-dotparen-para",
    "d260-a142-dotparen-ren", "d260-a150-of", "d260-a150-of-para", "d260-a150-of-ren", "d260-a151-of",
    "d260-a151-of-para", "d260-a151-of-ren", "d260-a152-of", "d260-a152-of-para", "d260-a152-of-ren", "d260-a200-h3",
    "d260-a200-h3-para", "d260-a200-h3-ren", "d260-a201-h3", "d260-a201-h3-para", "d260-a201-h3-ren", "d260-a202-h3",
    "d260-a202-h3-para", "d260-a202-h3-ren", "d260-a340-move", "d260-a340-move-para", "d260-a340-move-ren",
    "d260-a342-move", "d260-a342-move-para", "d260-a342-move-ren", "d260-a420-tildeb", "d260-a420-tildeb-ren",
    "d260-a421-tildeb", "d260-a421-tildeb-para", "d260-a421-tildeb-ren", "d260-a422-tildeb", "d260-a422-tildeb-para",
    "d260-a422-tildeb-ren", "d260-a430-lenti", "d260-a430-lenti-para", "d260-a430-lenti-ren", "d260-a431-lenti",
    "d260-a431-lenti-ren", "d260-a432-lenti", "d260-a432-lenti-para", "d260-a432-lenti-ren", "d260-a440-angle",
    "d260-a440-angle-ren", "d260-a441-angle", "d260-a441-angle-ren", "d260-a442-angle", "d260-a442-angle-para",
    "d260-a442-angle-ren", "d260-a490-stepnumber", "d260-a490-stepnumber-para", "d260-a490-stepnumber-ren",
    "d260-a491-stepnumber", "d260-a491-stepnumber-ren", "d260-a492-stepnumber", "d260-a492-stepnumber-para",
    "d260-a492-stepnumber-ren", "d260-a550-checkbox", "d260-a550-checkbox-ren", "d260-a551-checkbox",
    "d260-a551-checkbox-ren", "d260-a552-checkbox", "d260-a552-checkbox-ren", "d260-a560-tick", "d260-a560-tick-ren",
    "d260-a561-tick", "d260-a561-tick-ren", "d260-a562-tick", "d260-a562-tick-ren", "d260-a570-dotlead",
    "d260-a570-dotlead-ren", "d260-a571-dotlead", "d260-a571-dotlead-ren", "d260-a572-dotlead", "d260-a572-dotlead-ren",
    "d260-b00-v11", "d260-b00-v14", "d260-b00-v19", "d260-b02-v10", "d260-b06-v05", "d260-b08-v03", "d260-b09-v13",
    "d260-b09-v19", "d260-c02-chain", "d260-c02-v0", "d260-c02-v1", "d260-c02-v2", "d260-e04-v03", "d260-e05-v00",
    "d260-e11-v05", "d260-e13-v11", "d260-fa010-guil", "d260-fa010-guil-ren", "d260-fa011-guil", "d260-fa011-guil-ren",
    "d260-fa020-angm", "d260-fa020-angm-ren", "d260-fa021-angm", "d260-fa021-angm-para", "d260-fa021-angm-ren",
    "d260-fa030-dang", "d260-fa030-dang-ren", "d260-fa031-dang", "d260-fa031-dang-ren", "d260-fa050-brace",
    "d260-fa050-brace-ren", "d260-fa051-brace", "d260-fa051-brace-ren", "d260-fa061-cbx", "d260-fa070-cbs",
    "d260-fa070-cbs-ren", "d260-fa071-cbs", "d260-fa071-cbs-ren", "d260-fa080-cbn", "d260-fa080-cbn-ren",
    "d260-fa081-cbn", "d260-fa081-cbn-ren", "d260-fa090-ballot", "d260-fa090-ballot-ren", "d260-fa091-ballot",
    "d260-fa091-ballot-ren", "d260-fa101-ballotx", "d260-fa101-ballotx-ren", "d260-fa110-greenck",
    "d260-fa110-greenck-ren", "d260-fa111-greenck", "d260-fa111-greenck-ren", "d260-fa120-bull2",
    "d260-fa120-bull2-ren", "d260-fa121-bull2", "d260-fa121-bull2-ren", "d260-fa130-wbull", "d260-fa130-wbull-ren",
    "d260-fa131-wbull", "d260-fa131-wbull-ren", "d260-fa150-bsq", "d260-fa150-bsq-ren", "d260-fa151-bsq",
    "d260-fa151-bsq-ren", "d260-fa160-circ", "d260-fa160-circ-ren", "d260-fa161-circ", "d260-fa161-circ-ren",
    "d260-fa190-hyb", "d260-fa190-hyb-ren", "d260-fa191-hyb", "d260-fa191-hyb-ren", "d260-fa200-dotdash",
    "d260-fa200-dotdash-ren", "d260-fa201-dotdash", "d260-fa201-dotdash-ren", "d260-fa210-dotcol",
    "d260-fa210-dotcol-ren", "d260-fa211-dotcol", "d260-fa211-dotcol-ren", "d260-fa220-dotbr", "d260-fa220-dotbr-ren",
    "d260-fa221-dotbr", "d260-fa221-dotbr-ren", "d260-fa240-dotgt", "d260-fa240-dotgt-ren", "d260-fa241-dotgt",
    "d260-fa241-dotgt-ren", "d260-fa250-h2", "d260-fa250-h2-ren", "d260-fa251-h2", "d260-fa251-h2-ren",
    "d260-fa260-h4c", "d260-fa260-h4c-ren", "d260-fa261-h4c", "d260-fa261-h4c-ren", "d260-fa310-kakko",
    "d260-fa310-kakko-ren", "d260-fa311-kakko", "d260-fa311-kakko-ren", "d260-fa330-kagi", "d260-fa330-kagi-ren",
    "d260-fa331-kagi", "d260-fa331-kagi-ren", "d260-fa340-nijukagi", "d260-fa340-nijukagi-ren", "d260-fa341-nijukagi",
    "d260-fa341-nijukagi-ren", "d260-fa350-sumi", "d260-fa350-sumi-ren", "d260-fa351-sumi", "d260-fa351-sumi-ren",
    "d260-fa360-oper", "d260-fa360-oper-ren", "d260-fa361-oper", "d260-fa361-oper-ren", "d260-fa400-line",
    "d260-fa400-line-ren", "d260-fa401-line", "d260-fa401-line-ren", "d260-fa430-outof", "d260-fa430-outof-ren",
    "d260-fa431-outof", "d260-fa431-outof-ren", "d260-fa470-numcap", "d260-fa470-numcap-ren", "d260-fa471-numcap",
    "d260-fa471-numcap-ren", "d260-fa510-ckm", "d260-fa510-ckm-ren", "d260-fa511-ckm", "d260-fa511-ckm-ren",
    "d260-fa520-star", "d260-fa520-star-ren", "d260-fa521-star", "d260-fa521-star-ren", "d260-fa550-sparkle",
    "d260-fa550-sparkle-ren", "d260-fa551-sparkle", "d260-fa551-sparkle-ren", "d260-fa560-dtilde",
    "d260-fa560-dtilde-ren", "d260-fa561-dtilde", "d260-fa561-dtilde-ren", "d260-fa590-ddsh", "d260-fa590-ddsh-ren",
    "d260-fa591-ddsh", "d260-fa591-ddsh-ren", "d260-fa600-dots", "d260-fa600-dots-ren", "d260-fa601-dots",
    "d260-fa601-dots-ren", "d260-fa610-caret", "d260-fa610-caret-ren", "d260-fa611-caret", "d260-fa611-caret-ren",
    "d260-fa620-at", "d260-fa620-at-ren", "d260-fa621-at", "d260-fa621-at-ren", "d260-fa640-tmove",
    "d260-fa640-tmove-ren", "d260-fa641-tmove", "d260-fa641-tmove-ren", "d260-fb00-v01", "d260-fb00-v03",
    "d260-fb00-v05", "d260-fb00-v08", "d260-fb00-v10", "d260-fb00-v14", "d260-fb01-v03", "d260-fb01-v06",
    "d260-fb01-v09", "d260-fb01-v14", "d260-fb01-v15", "d260-fb02-v03", "d260-fb02-v04", "d260-fb02-v06",
    "d260-fb02-v09", "d260-fb02-v11", "d260-fb02-v12", "d260-fb02-v13", "d260-fb02-v15", "d260-fb03-v03",
    "d260-fb03-v04", "d260-fb03-v06", "d260-fb03-v07", "d260-fb03-v09", "d260-fb03-v13", "d260-fb04-v03",
    "d260-fb04-v05", "d260-fb04-v09", "d260-fb04-v10", "d260-fb04-v12", "d260-fb05-v00", "d260-fb05-v01",
    "d260-fb05-v03", "d260-fb05-v08", "d260-fb05-v11", "d260-fb05-v15", "d260-fb06-v04", "d260-fb06-v05",
    "d260-fb06-v06", "d260-fb06-v07", "d260-fb06-v15", "d260-fb07-v03", "d260-fb07-v05", "d260-fb07-v10",
    "d260-fb07-v13", "d260-fb07-v14", "d260-fb08-v01", "d260-fb08-v05", "d260-fb08-v09", "d260-fb08-v10",
    "d260-fb08-v12", "d260-fb08-v13", "d260-fb09-v00", "d260-fb09-v01", "d260-fb09-v07", "d260-fb09-v10",
    "d260-fb09-v11", "d260-fb09-v15", "d260-fb10-v00", "d260-fb10-v01", "d260-fb10-v05", "d260-fb10-v06",
    "d260-fb10-v07", "d260-fb10-v09", "d260-fb10-v10", "d260-fb10-v12", "d260-fb10-v14", "d260-fb11-v03",
    "d260-fb11-v04", "d260-fb11-v06", "d260-fb11-v15", "d260-fc00-first", "d260-fc00-next0", "d260-fc00-next1",
    "d260-fc01-first", "d260-fc01-next0", "d260-fc01-next1", "d260-fc02-first", "d260-fc02-next0", "d260-fc02-next1",
    "d260-fc03-first", "d260-fc03-next0", "d260-fc03-next1", "d260-fc05-first", "d260-fc05-next0", "d260-fc05-next1",
    "d260-fc09-first", "d260-fc09-next0", "d260-fc09-next1", "d260-fd00-v02", "d260-fd00-v10", "d260-fd00-v13",
    "d260-fd01-v07", "d260-fd01-v13", "d260-fd02-v00", "d260-fd02-v01", "d260-fd02-v10", "d260-fd03-v01",
    "d260-fd03-v07", "d260-fd04-v04", "d260-fd04-v08", "d260-fd04-v09", "d260-fd04-v10", "d260-fd05-v07",
    "d260-fd06-v02", "d260-fd06-v04", "d260-fd06-v06", "d260-fd08-v08", "d260-fd08-v12", "d260-fd09-v04",
    "d260-fd09-v13", "d260-fd10-v12", "d260-fn01-chain", "d260-fn01-v0", "d260-fn01-v1", "d260-fn01-v2",
    "d260-fn08-chain", "d260-fn08-v0", "d260-fn08-v1", "d260-fn08-v2", "d260-fn16-chain", "d260-fn16-v0",
    "d260-fn16-v1", "d260-fn16-v2", "d260-fn17-chain", "d260-fn17-v0", "d260-fn17-v1", "d260-fn17-v2",
    "d260-fn19-chain", "d260-fn19-v0", "d260-fn19-v1", "d260-fn19-v2", "d260-n00-v0", "d260-n00-v1", "d260-n00-v2",
    "d260-n00-v3", "d260-n03-v0", "d260-n03-v1", "d260-n03-v2", "d260-n03-v3", "d260-n09-v0", "d260-n09-v1",
    "d260-n09-v2", "d260-n09-v3", "d260-n10-v0", "d260-n10-v1", "d260-n10-v2", "d260-n10-v3", "d260-n16-v0",
    "d260-n16-v1", "d260-n16-v2", "d260-n16-v3", "d260-n17-v0", "d260-n17-v1", "d260-n17-v2", "d260-n17-v3",
    "d260-n18-v0", "d260-n18-v1", "d260-n18-v2", "d260-n18-v3"
}
r260_arguable = {
    "d260-c02-v1", "d260-e05-v00", "d260-fd00-v10", "d260-fd02-v01", "d260-fd03-v07", "d260-fd06-v04", "d260-fd08-v08",
    "d260-fd09-v13", "d260-fd10-v12", "d260-fn01-v2", "d260-fn08-v2", "d260-fn16-v2", "d260-fn17-v2", "d260-fn19-v2",
    "d260-n00-v1", "d260-n00-v2", "d260-n03-v1", "d260-n03-v2", "d260-n09-v1", "d260-n09-v2", "d260-n10-v1",
    "d260-n10-v2", "d260-n16-v1", "d260-n16-v2", "d260-n17-v1", "d260-n17-v2", "d260-n18-v1", "d260-n18-v2"
}

# Five prompts the suite holds already with other answers (d258-fb242-hyph-sh0, d193-g-5765, d258-bb10-capsdash-c1,
# d258-bb18-zero-c0, d258-fb253-s1-sh0; the scripted model keys its answers by prompt): left out.
P[:] = [p for p in P if p["id"] not in ("d260-a101-hashnum", "d260-fa381-op", "d260-a260-deg", "d260-a011-etape",
                                         "d260-ab29-letparen-base")]

# ctest keeps every found id, every 10th safe variant and every 30th of the rest, and the requests they build on
# (followed along chains); the arguable ones left out.
from probe_kit import trim_round as r260_trim_round  # noqa: E402

r260_trim_round("d260-", r260_found_alone, r260_arguable,
                lambda i: [r260_meta[i]["base"]] if r260_meta.get(i, {}).get("base") else [], chains=True)
