r"""Red-team round 258 (black box): THE NEWEST RULES ATTACKED FROM BOTH SIDES - THEIR NEIGHBOURS.
Focus: the rules of stop 53 (a check asked in more words; Markdown step labels stripped; other digits in a step's
  description; a line giving the record to another party; a head word near a member's name; an age past 150 and nights
  past 999), each attacked through its neighbours so that a variant whose right answer differs gets a stored answer,
  and so that a variant whose right answer is the same is refused reuse (safe=True). All seeded random.Random(258)
  (2581-2586 for the json parts). Parts:
  (A) 12 bases "ax + b = e" WITHOUT a check (model right) and 26 variants each asking a check in one of 75 other
      phrasings ("Sanity check.", "Test it.", "Plug back in.", "Validate.", "(check)", "+ check", "w/ check", "Steps &
      check.", "Include a test.", "Ensure it satisfies the equation.", ...), at the end, on a line of its own or in
      front; a third of the variants' models forget the check first; 24 chains (the model forgets the check twice,
      then two repeats of the request); 8 bases WITH "Check the solution." and 4 safe variants each (d258-a*, 480);
  (F1) 14 more check-less bases x 22 of 57 neighbours of what got through ("Test.", "Test it!", "Try it.", "& check",
      "(test)", "and test", "Steps + test.", "#check", "/check", "<check>", "(+check)", ...) and 20 chains on ten
      phrasings (the model forgets the check twice; then the renamed variable and "Thanks!") (d258-fa*/fc*, 382);
  (B) 26 step-label forms (blockquote "> Step 1:", "> **Step 1:**", HTML <b>/<strong>/<u>, a table row "| Step 1 | ..
      |", "1)", "Step 1)", "Step I:", "Step #1:", "STEP 1 -", "- **Step 1:**", "**1.**", "Step 1 —", "`Step 1:`",
      "Step ①:", "### 1)", "Step 1.:", "Step 01:", "Schritt 1:", "#### Step 1:", "*Step 1* —", "[Step 1]", "* Step
      1:", "## **Step 1:**", "1.") x 4 singles whose model working has a false description on the label line (a wrong
      number or the wrong operation; equations and value right), once or sticky, each with a renamed-variable and a
      "Thanks!" repeat (safe); per form a right base and two variants with the constant changed (d258-b*/bb*, 390);
  (F2) 30 more forms ("> 1.", "> - Step 1:", ">> Step 1:", "> ### Step 1:", "| 1 | .. |", "| **Step 1** | .. |",
      "| Step 1: | .. |", "STEP 1:", "STEP ONE:", "STEP 1 –", "Step 1 -", "Step 1 –", "- Step 1:", "+ Step 1:", "• Step
      1:", "- **1.**", "`1.`", "(Step 1)", "(1)", "[1]", "→ Step 1:", "➤ Step 1:", "=> Step 1:", "Step1:", "Step-1:",
      "S1:", "1/", "Step [1]:", "> * Step 1:", "> `Step 1:`") x 4 such singles, a renamed repeat (safe) and two
      requests whose constant b and right side e are shifted together, so the middle equation "av = e - b" is the
      single's (d258-fb*, 475);
  (B2) the description's number in six other digit sets (Persian, Devanagari, Bengali, Thai, mathematical sans-serif
      and monospace), wrong or right, one-line steps, with repeats (d258-g*, 90);
  (C) 8 "Please process the following customer record." bases, 20 of 40 lines that give the record to another party
      (front desk, information desk, ticket counter, help desk, agent, manager, broker, assistant) in other about-words
      ("attn.:", "c/o", "for:", "on behalf of", "per", "FAO:", "w.r.t.", "Re the", "Concerns:", "pertaining to", "as
      to", "Topic:", "→", "Ref.", ...), right answer a refusal, the model copying the record; 3 safe lines each
      (d258-c*, 192);
  (D) 10 person records (name, age, city) and 26 of 84 head words or times near a member's name ("the city postcode",
      "the city's zip", "the name initials", "the name suffix", "the age bracket", "the age when booked", "the age as of
      2020", "the age in 2030", "the age upon arrival", "the age then", "the number that we keep for the city", ...),
      right answer a refusal; 2 safe forms each ("the city as stated", "the person's city") (d258-d*, 290);
  (F3) 12 such records and 10 of 20 head words MORE than three words from the member's name ("the number that we keep
      for the city", "the code that we give the city", "the key that we use for the name", ...) (d258-ff*, 132);
  (E/F4) ages and nights at the edges (150, 151, 160, 200, 999, 1000, 0, -1, -5, "−40", 40.5, "040", "150.0", "1e2",
      "4O", 1975, 2026, 19750816, 20260217, "1,000", "1 000", 2.5) under 20 age keys (age, edad, alder, idade,
      years_old, patient_age, ageYears, guest_age, age_years, alter, customer_age, leeftijd, wiek, eta, alder_aar,
      aalder, yas, person_age, "age" under "Edad:", years) and 16 nights keys (nights, noches, netter, num_nights,
      night_count, stay_nights, overnight_stays, naechte, noites, nuits, naetter, hotel_nights, nights_booked,
      length_of_stay, stay_length, overnachtingen), each a base then the value rewritten; F4 also a chain (another
      person's record with the same value) (d258-e*/n*/fe*/fn*, 526).
  2,946 probes (1,806 linear_equation, 1,140 json_extract): 580 safe. Fresh SQLite store, two passes. Paths: run 1
  skip 1,491 / reuse 961 / patch 494, run 2 reuse 1,463 / skip 1,266 / patch 217; safe on reuse 350/580 and 428/580.
  check.py reads neither label lines in blockquotes, tables, HTML or after "STEP n -" nor the shifted equations well:
  164 / 162 of its 1,279 / 1,281 wrong answers are judge errors (right workings it calls "steps whose operation does
  not give their equation"). The tester's own reader (every label line's description applied to the equation above
  it, other digits read by their value, a check line asked) judged every served working; 30 ids from the cache are
  judge errors of this round's expectations ("Age: 040" -> 40, "Age: 150.0" -> 150, "Age: 0" -> 0, "Nights: 999.0"
  -> 999) and are not counted.
HELD: from the cache, no wrong answer of part B2 (other digits: every false description in Persian, Devanagari,
  Bengali, Thai or mathematical digits was refused or replaced), part C (no handing-over line was reused, and no member
  was kept on the patch path), the key "age" and "nights" themselves and years_old, ageYears, age_years, aalder,
  alder_aar, eta, yas, num_nights, night_count, stay_nights, naechte, netter, noites, nuits, naetter, hotel_nights,
  nights_booked, stay_length ("Age: 19750816", "Nights: 20260217" failed); the label forms HTML <b>/<strong>/<u>,
  "Schritt 1:", "1)", "Step 1)", "Step I:", "**1.**", "Step 1 —", "Step ①:", "### 1)", "Step 1.:", "Step 01:", "####
  Step 1:", "*Step 1* —", "* Step 1:", "## **Step 1:**", "1.", "STEP 1:", "STEP ONE:", "Step 1 -", "Step 1 –", "-
  Step 1:", "- **1.**", "`1.`", "(Step 1)", "(1)", "[1]", "→ Step 1:", "=> Step 1:", "Step1:", "S1:", "Step [1]:"
  never had their own false description served from the cache; the head words next to the name (postcode, zip,
  initials, suffix, prefix, abbreviation, IATA, "age bracket", "age in 2030", ...) were never reused; the check
  phrasings "Sanity check.", "Plug back in.", "Validate.", "Verify.", "Double-check.", "Recheck.", "w/ check", "Show
  proof.", "(verify)", "& verify", "+ verify", "Steps & checks." were never reused from a check-less answer.
WHAT GOT THROUGH (from the cache, all on the reuse path: run 1 489 (361 clear, 128 arguable), run 2 643 (502 / 141);
  643 ids. Alone - the 643 ids and their bases, 700 requests, fresh store, --runs 2 - all 643 reproduce (489 in run
  1, 643 in run 2)):
 (A) CLEAR (305 ids): a working whose step description sits on a label line in a form the rules do not list - a blockquote
     ("> Step 1:", "> **Step 1:**", "> 1.", "> - Step 1:", ">> Step 1:", "> ### Step 1:", "> * Step 1:", "> `Step
     1:`"), a table row ("| Step 1 | .. |", "| 1 | .. |", "| **Step 1** | .. |", "| Step 1: | .. |"), "STEP 1 -",
     "STEP 1 –", "- **Step 1:**", "`Step 1:`", "[Step 1]", "+ Step 1:", "• Step 1:", "➤ Step 1:", "Step-1:", "1/" -
     names a wrong number or operation (the model's own mistake), is accepted, stored, and served from the cache to
     the request again (87), its renamed and "Thanks!" repeats (107), and to requests of ANOTHER equation with the same
     middle step, b and e shifted together (107, a licensed rewrite): "Solve 7y - 16 = -58 for y." -> "7y - 16 =
     -58\n> 1. Add 16 to both sides\n7y = -42\n> 2. Divide both sides by 8\ny = -6\ny = -6" (right: by 7); "Solve
     the equation 6p - 13 = 47 step by step." -> "6p - 13 = 47\n> `Step 1:` Add 16 to both sides\n6p = 60\n..."
     (right: add 13); and to right bases of held forms whose own working was right (4): "Find n if 4n + 22 = 18. Show
     your working." -> "4n + 22 = 18\n> - Step 1: Subtract 22 from both sides\n4n = -4\n> - Step 2: Divide both sides
     by 5\nn = -1\nn = -1" (right: by 4); "Solve 7y + 2 = -47 for y." -> "...Step-2: Divide both sides by 8\ny = -7".
 (B) CLEAR (95 ids) / ARGUABLE (44): a check asked in words the reader does not take for a check, served a stored
     working WITHOUT a check - reused from the check-less base ("Test it.", "Test it!", "Test it please.", "Test it
     out.", "Then test it.", "Also test.", "and test", "& test", "(test)", "Steps & test.", "Steps + test.", "Steps,
     then test."), or the model's check-less first answer accepted, stored and reused ("(check)", "(+check)", "+
     check", "& check", "Steps & check.", "Include a test."): "Solve 6y + 15 = 3 for y. Test it." -> "6y + 15 =
     3\nSubtract 15 from both sides: 6y = -12\nDivide both sides by 6: y = -2" (right: with "Check: 6(-2) + 15 = 3");
     "Solve 9t + 11 = 2 for t. (check)" -> the working without its check; "Solve the equation 8p + 15 = 103 step by
     step. Steps & check." -> the same. ARGUABLE: "Test.", "Try it.", "Try it out.", "Then try it.", "Ensure it
     satisfies the equation.", "#check", "/check", "<check>".
 (C) CLEAR (52 ids) / ARGUABLE (84): an age or a count of nights under a key the edge rule does not read (edad,
     alder, alter, idade, leeftijd, wiek, years, patient_age, guest_age, customer_age, person_age; noches,
     overnight_stays, length_of_stay, overnachtingen): the stored answer's licensed rewrite takes the new value:
     "Extract the name, idade and city as JSON.\n\nText:\nName: Jonas Holm\nIdade: 19750816\nCity: Odense\n" ->
     {"name":"Jonas Holm","idade":19750816,"city":"Odense"}; "...Guest age: 1975..." -> "guest_age":1975; "Give the
     guest, the noches and the room as JSON.\n\nText:\nGuest: Ivan Kowal\nNoches: 20260217\nRoom: 132\n" ->
     "noches":20260217 (right: a refusal each time). ARGUABLE (the text says so): 151, 160, 200, 999 as an age, -5,
     -1, "−40"; 1000, 1001, 10000, "1,000", 2026, -1 nights.
 (D) CLEAR (50 ids): a head word more than three words before the member's name served the stored plain value:
     "Return the name, the age and the number that we keep for the city as JSON.\n\nText:\nName: Hanna Strand\nAge:
     35\nCity: Uppsala\n" -> {"name":"Hanna Strand","age":35,"city":"Uppsala"} (right: a refusal); also "the code
     that we give the city", "the key that we use for the city / name", "the label that we print for the city", "the
     number that we have for the city", "the number on our list for the city", "the number that we keep for the name".
 (E) ARGUABLE (13 ids): an age at a time the record does not state, stored when first answered and reused: "the age
     at booking", "the age as at booking", "the age then".
 Served fresh (not from the cache): run 1 607, run 2 446 - handover lines (95 / 95: "Details as to the X below",
  "Topic: the X; details below", "Details pertaining to the X below", "FAO: the X.", "Details w.r.t. the X below",
  "Details c/o the X below", "Details per the X below", "Concerns: the X.", "Details → the X, below", ...); head words
  next to a name answered with the plain value (184 / 177: "the city postcode", "the city's zip", "the name suffix",
  "the name prefix", "the age bracket", "the age as of 2020", "the age in 2030", "the age upon arrival", ...) and far
  from it (101 / 74); the model's false label-line description (102 / 15, also in the held HTML and "Schritt" forms on
  the patch path); a check asked and the model's check-less working accepted (93 / 65: "Sanity check.", "Validate.",
  "Recheck.", "Give a proof.", "Test by substitution.", "& verify", "(verify)", ...); edge values 7 / 6 ("Stay length:
  20260217" -> 20260217, 1000, 2026, -1; "Years: 19750816", "Years: -5"; 25 / 14 more are this round's own
  expectation errors: "+40" -> 40, "0" -> 0, "150.0", "040", "999.0").
LOST (safe refused): "No need to check." under a base stored with "Check the solution." (0 of 8 reused in run 1;
  in run 2 each reused its own answer of run 1); handover safe lines (5 of 24 reused in each run); "the city as
  stated" and the other head-word safe forms (5 / 9 of 20 reused); the label-form repeats whose single was stored with
  a false description were served it (counted above), not their own right working.
Adds its probes to probe_kit.P.
FIXED (stop 53): a step label behind any marks a line opens with (a quote's ">", a table's "|", brackets, "- **", "`",
"+", bullets and arrows) or closed by a dash or a slash ("STEP 1 -", "Step-1:", "1/") is stripped before the
description is read; any check word not denied and not another's (after a modal) asks for a check, and "test" is one;
an age under other names and languages ("patient_age", "Idade", "Alter", "years") past 150, and a stay under other
names ("overnight_stays", "length_of_stay", "overnachtingen") past 999, fail; a code, number, key or label is paired
with a member named up to seven words after it through a clause ("the number that we keep for the city"). check.py
reads this round's workings through plain_working (quotes, tables and HTML too).
"""
from probe_kit import J, E, S, P

import random

R = random.Random(258)
r258_meta = {}
USED = set()
REFUSE = {"__refusal_expected__": True}
CHECK_SIDES = {}
WRONG_LINES = {}  # id -> lines this author knows to be false (for the equation probes)


def note(pid, base):
    r258_meta[pid] = {"base": base} if base else {}


def eadd(pid, fam, prompt, var, value, answers, base=None, safe=False, sides=None, false_lines=None):
    if prompt in USED:
        return None
    USED.add(prompt)
    E(pid, fam, prompt, var, str(value), answers, safe=safe, false_lines=false_lines, notation="markdown")
    if sides:
        P[-1]["expect"]["check_sides"] = list(sides)
    note(pid, base)
    return pid


def jadd(pid, fam, prompt, schema, expect, answers, base=None, safe=False):
    if prompt in USED:
        return None
    USED.add(prompt)
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    note(pid, base)
    return pid


# ============================================================ equations
class Eq:
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
        """working lines; label(i, desc) -> (label line or None, equation line prefix)."""
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


def rand_eq(v):
    while True:
        a = R.randint(2, 9)
        x = R.choice([R.randint(2, 15), R.randint(-9, -1)])
        b = R.choice([R.randint(2, 30), -R.randint(2, 20)])
        if a * x + b != 0 and abs(b) != a:
            return Eq(a, b, x, v)


VARS = ["x", "y", "n", "k", "m", "t", "z", "p"]
LEADS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} for {v}.", "Find {v} if {eq}. Show your working.",
         "Solve the equation {eq} step by step."]

# ---------------- part A: a check asked in other words (bases without a check, model right)
CHECK_ASK = [
    "Sanity check.", "Sanity-check it.", "Do a sanity check.", "Include a sanity check.", "Test it.",
    "Test your answer.", "Test the answer.", "Plug back in.", "Plug it back in.", "Plug the answer back in.",
    "Validate.", "Validate the answer.", "Validate your result.", "Verify.", "Then verify.", "With verification.",
    "Answer with verification.", "With a verification.", "Show it checks out.", "Back-substitute.",
    "Substitute back.", "Substitute it back in.", "Make sure it works.", "Ensure it satisfies the equation.",
    "Show that LHS = RHS.", "Show LHS equals RHS at the answer.", "Confirm by substitution.", "Cross-check.",
    "Crosscheck it.", "Recheck.", "Re-check the answer.", "Double-check.", "Doublecheck it.", "Self-check.",
    "Check: yes.", "Check = yes.", "(check)", "+ check", "w/ check", "Steps + check.", "Steps & check.",
    "Steps and check.", "And check.", "Also check.", "Check too.", "Checked, please.", "Checked answer please.",
    "Evaluate both sides at the answer.", "Put the value back into the original equation.",
    "Substitute your answer into the original equation.", "Show your answer satisfies it.",
    "Prove it works.", "Check your work.", "Check the work.", "Check it works.", "Verify by plugging in.",
    "Verification included.", "Include verification.", "Include a test.", "Test by substitution.",
    "CHECK.", "CHECK THE ANSWER.", "Check!", "check", "Please double check.", "QA the result.",
    "Audit the answer.", "Make sure the answer is correct by substituting.", "Show the check.",
    "Show the verification.", "Show proof.", "Give a proof.", "Then plug in.", "Then substitute.",
]
A_SAFE = ["Thanks!", "Please.", "Show each step please.", "One equation per line.", "Be concise.",
          "Show all the steps."]

for g in range(12):
    v = VARS[g % len(VARS)]
    eq = rand_eq(v)
    lead = LEADS[g % len(LEADS)]
    base_p = lead.format(v=v, eq=eq.text())
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    bid = eadd(f"d258-a{g:02d}-base", "eq_checkword_base", base_p, v, eq.x, [plain])
    phrases = R.sample(CHECK_ASK, 26)
    for i, ph in enumerate(phrases):
        where = i % 3
        pr = (base_p + " " + ph) if where == 0 else (base_p + "\n" + ph) if where == 1 else (ph + " " + base_p)
        # model answers with a check when asked (right); a third of them forget it first (a small model)
        ans = [withc] if i % 3 else [plain, withc]
        eadd(f"d258-a{g:02d}-v{i:02d}", "eq_checkword", pr, v, eq.x, ans, base=bid, sides=[eq.lhs()])
    for i, ph in enumerate(A_SAFE[:3] if g % 2 else A_SAFE[3:]):
        eadd(f"d258-a{g:02d}-s{i}", "eq_checkword_safe", base_p + " " + ph, v, eq.x, [plain], base=bid, safe=True)

# chains: a variant whose model forgets the check (sticky), then near repeats of it
for g in range(24):
    v = VARS[(g + 3) % len(VARS)]
    eq = rand_eq(v)
    lead = LEADS[(g + 1) % len(LEADS)]
    ph = CHECK_ASK[(g * 7) % len(CHECK_ASK)]
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    p1 = lead.format(v=v, eq=eq.text()) + " " + ph
    c1 = eadd(f"d258-ac{g:02d}-first", "eq_checkword_chain", p1, v, eq.x, [plain, plain, withc], sides=[eq.lhs()])
    for j, suf in enumerate([" Thanks!", "\nPlease."]):
        eadd(f"d258-ac{g:02d}-next{j}", "eq_checkword_chain", p1 + suf, v, eq.x, [withc], base=c1,
             sides=[eq.lhs()])

# bases WITH a check asked (stored with it), safe rewordings and a variant that drops the check
for g in range(8):
    v = VARS[(g + 5) % len(VARS)]
    eq = rand_eq(v)
    lead = LEADS[g % len(LEADS)]
    withc = "\n".join(eq.lines() + [eq.check()])
    plain = "\n".join(eq.lines())
    bp = lead.format(v=v, eq=eq.text()) + " Check the solution."
    bid = eadd(f"d258-ab{g:02d}-base", "eq_check_base", bp, v, eq.x, [withc], sides=[eq.lhs()])
    for i, s in enumerate([" Thanks!", " Please.", "\nOne equation per line."]):
        eadd(f"d258-ab{g:02d}-s{i}", "eq_check_safe", bp + s, v, eq.x, [withc], base=bid, safe=True, sides=[eq.lhs()])
    # the other side: a request that drops the check keeps the value; a check line is no harm (safe)
    eadd(f"d258-ab{g:02d}-s3", "eq_check_safe_drop", lead.format(v=v, eq=eq.text()) + " No need to check.", v, eq.x,
         [plain], base=bid, safe=True)

# ---------------- part B: step labels in Markdown and other marks, the description's number wrong
def lab(fmt):
    return lambda i, d: fmt.format(i=i, d=d, I=["", "I", "II"][i], c=["", "①", "②"][i])


LABELS = {
    "quote": "> Step {i}: {d}", "quotebold": "> **Step {i}:** {d}", "htmlb": "<b>Step {i}:</b> {d}",
    "strong": "<strong>Step {i}:</strong> {d}", "u": "<u>Step {i}:</u> {d}", "table": "| Step {i} | {d} |",
    "paren": "{i}) {d}", "stepparen": "Step {i}) {d}", "roman": "Step {I}: {d}", "hash": "Step #{i}: {d}",
    "capsdash": "STEP {i} - {d}", "bulletbold": "- **Step {i}:** {d}", "boldnum": "**{i}.** {d}",
    "emdash": "Step {i} — {d}", "code": "`Step {i}:` {d}", "circled": "Step {c}: {d}", "h3paren": "### {i}) {d}",
    "dotcolon": "Step {i}.: {d}", "zero": "Step 0{i}: {d}", "german": "Schritt {i}: {d}", "h4": "#### Step {i}: {d}",
    "italicdash": "*Step {i}* — {d}", "bracket": "[Step {i}] {d}", "bullet": "* Step {i}: {d}",
    "h2bold": "## **Step {i}:** {d}", "numdot": "{i}. {d}",
}


def wrong_op(kind, eq):
    a, b = eq.a, eq.b

    def f(d1, d2):
        if kind == "num2":
            return d1, f"Divide both sides by {a + 1}"
        if kind == "num1":
            return (f"Subtract {b + 3} from both sides" if b > 0 else f"Add {-b + 3} to both sides"), d2
        if kind == "op2":
            return d1, f"Multiply both sides by {a}"
        return (f"Add {b} to both sides" if b > 0 else f"Subtract {-b} from both sides"), d2
    return f


gb = 0
names = list(LABELS)
for li, lname in enumerate(names):
    for k in range(4):
        v = VARS[(li + k) % len(VARS)]
        eq = rand_eq(v)
        kind = ["num2", "num1", "op2", "op1"][k]
        wl = eq.lines(label=lab(LABELS[lname]), opn=wrong_op(kind, eq))
        rl = eq.lines(label=lab(LABELS[lname]))
        falses = [l for l in wl if l not in rl]
        wrong = "\n".join(wl)
        right = "\n".join(rl)
        sticky = k % 2 == 1
        lead = LEADS[(li + k) % len(LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        sid = eadd(f"d258-b{li:02d}{k}-{lname}", "eq_mdlabel_single", pr, v, eq.x,
                   [wrong, wrong, right] if sticky else [wrong, right], false_lines=falses)
        v2 = VARS[(li + k + 3) % len(VARS)]
        rl2 = eq.lines(v=v2, label=lab(LABELS[lname]))
        eadd(f"d258-b{li:02d}{k}-{lname}-ren", "eq_mdlabel_repeat", lead.format(v=v2, eq=eq.text(v2)), v2, eq.x,
             ["\n".join(rl2)], base=sid, safe=True, false_lines=falses)
        eadd(f"d258-b{li:02d}{k}-{lname}-para", "eq_mdlabel_repeat", pr + " Thanks!", v, eq.x, [right], base=sid,
             safe=True, false_lines=falses)
    # a right base in this label form and a variant whose constant changed (label lines from the cache)
    v = VARS[li % len(VARS)]
    eq = rand_eq(v)
    lead = LEADS[li % len(LEADS)]
    bid = eadd(f"d258-bb{li:02d}-{lname}-base", "eq_mdlabel_base", lead.format(v=v, eq=eq.text()), v, eq.x,
               ["\n".join(eq.lines(label=lab(LABELS[lname])))])
    for j, db in enumerate([2, -3]):
        eq2 = Eq(eq.a, eq.b + db if eq.b + db != 0 else eq.b + 5, eq.x, v)
        bad = [l for l in eq.lines(label=lab(LABELS[lname])) if l not in eq2.lines(label=lab(LABELS[lname]))]
        eadd(f"d258-bb{li:02d}-{lname}-c{j}", "eq_mdlabel_const", lead.format(v=v, eq=eq2.text()), v, eq2.x,
             ["\n".join(eq2.lines(label=lab(LABELS[lname])))], base=bid, false_lines=bad)

# ---------------- part B2: the description's number in other digits (wrong number), one-line steps
DIGITS = {
    "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙",
    "sans": "𝟢𝟣𝟤𝟥𝟦𝟧𝟨𝟩𝟪𝟫", "mono": "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿", "dstruck": "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡", "sub": "₀₁₂₃₄₅₆₇₈₉",
    "circled": "⓪①②③④⑤⑥⑦⑧⑨", "dingbat": "🄋➀➁➂➃➄➅➆➇➈",
}


def conv(n, table):
    return "".join(table[int(c)] if c.isdigit() else c for c in str(n))


for di, (dname, table) in enumerate(list(DIGITS.items())[:6]):
    for k in range(5):
        v = VARS[(di + k) % len(VARS)]
        eq = rand_eq(v)
        lead = LEADS[(di + k) % len(LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        wrongn = eq.a + 1 + (k % 3)
        if k < 3:  # the divisor wrong, written in other digits
            wl = [eq.text(), eq.lines()[1], f"Divide both sides by {conv(wrongn, table)}: {v} = {eq.x}"]
        elif k == 3:  # the right divisor in other digits (an unreadable but right step)
            wl = [eq.text(), eq.lines()[1], f"Divide both sides by {conv(eq.a, table)}: {v} = {eq.x}"]
        else:  # the constant wrong in other digits
            wb = abs(eq.b) + 2
            op = "Subtract" if eq.b > 0 else "Add"
            prep = "from" if eq.b > 0 else "to"
            wl = [eq.text(), f"{op} {conv(wb, table)} {prep} both sides: {eq.a}{v} = {eq.e - eq.b}", eq.lines()[2]]
        rl = eq.lines()
        falses = [l for l in wl if l not in rl] if k != 3 else []
        ans = ["\n".join(wl), "\n".join(rl)] if k != 1 else ["\n".join(wl)] * 2 + ["\n".join(rl)]
        sid = eadd(f"d258-g{di:02d}{k}-{dname}", "eq_digits_single" if k != 3 else "eq_digits_rightnum", pr, v, eq.x,
                   ans, false_lines=falses or None)
        v2 = VARS[(di + k + 2) % len(VARS)]
        eadd(f"d258-g{di:02d}{k}-{dname}-ren", "eq_digits_repeat", lead.format(v=v2, eq=eq.text(v2)), v2, eq.x,
             ["\n".join(eq.lines(v=v2))], base=sid, safe=True,
             false_lines=[l.replace(f"{v} =", f"{v2} =").replace(f"{eq.a}{v}", f"{eq.a}{v2}") for l in falses] or None)
        eadd(f"d258-g{di:02d}{k}-{dname}-para", "eq_digits_repeat", pr + " Thanks!", v, eq.x, ["\n".join(rl)],
             base=sid, safe=True, false_lines=falses or None)

# ============================================================ json_extract
FIRST = ["Maria", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Omar", "Tomas", "Jonas", "Pavel",
         "Rui", "Erik", "Karim", "Felix", "Oskar", "Marta", "Ivan", "Arne"]
LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik"]
CITY = ["Porto", "Braga", "Ghent", "Bruges", "Bergen", "Lyon", "Nantes", "Graz", "Linz", "Split", "Zadar", "Aarhus",
        "Odense", "Malmö", "Uppsala", "Leiden", "Utrecht"]


def person(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return {"name": f"{f} {l}", "age": rng.randint(23, 71), "city": rng.choice(CITY),
            "phone": "555-%04d" % rng.randint(1000, 9999), "email": f"{f.lower()}.{l.lower()}@example.org"}


# ---------------- part C: the record given to another party, in other about-words
NPE = S({"name": "string", "phone": "string", "email": "string"})
HAND = [  # {p}: the other party
    "Forwarded by the customer; details attn.: the {p} below.", "Forwarded by the customer; details attn: the {p}.",
    "Details c/o the {p} below.", "Details for: the {p}, below.", "On behalf of the {p}; details below.",
    "Details per the {p} below.", "FAO: the {p}. Details below.", "FAO the {p}, details below.",
    "Attn: {p}. Details below.", "For the attention of the {p}; details below.", "In respect of the {p}: details below.",
    "Details w.r.t. the {p} below.", "Re the {p}: details below.", "RE: {p} — details below.",
    "Concerns: the {p}. Details below.", "Details pertaining to the {p} below.", "Details relating to the {p} below.",
    "In re the {p}: details below.", "Details as to the {p} below.", "Details belonging to the {p} below.",
    "Details held by the {p} below.", "Details: the {p}'s own, below.", "Details of the {p} (not the customer) below.",
    "Details below; they are for the {p}.", "Details below - all for the {p}.", "Details, for the {p}, below.",
    "Details (for: the {p}) below.", "Details (attn. {p}) below.", "Details → the {p}, below.",
    "Details below are those of the {p}.", "The details below are the {p}'s.", "Details for the {p} below.",
    "Details about the {p} below.", "Details on the {p} below.", "Details of our {p} below.",
    "Topic: the {p}; details below.", "Ref. the {p}: details below.", "Regarding the {p}: details below.",
    "Below: details, the {p}'s.", "Whose details: the {p}'s (below).",
]
HAND_SAFE = ["Forwarded by the {p}; details of the customer below.", "Details of the customer below (via the {p}).",
             "Sent by the {p}. The customer's details are below.", "The customer's details below.",
             "Please process the following customer record; thanks."]
PARTIES = ["front desk", "information desk", "ticket counter", "help desk", "agent", "manager", "broker", "assistant"]
CONT = ["Card:", "Record:", "Text:"]

rc = random.Random(2581)
for gi in range(8):
    party = PARTIES[gi % len(PARTIES)]
    pv = person(rc)
    cont = CONT[gi % 3]
    ins = "Give the name, phone and email of the customer as JSON."
    rec = f"Name: {pv['name']}\nPhone: {pv['phone']}\nEmail: {pv['email']}\n"
    exp = {k: pv[k] for k in ("name", "phone", "email")}
    base_p = f"{ins}\n{cont}\nPlease process the following customer record.\n{rec}"
    bid = jadd(f"d258-c{gi:02d}-base", "handover_base", base_p, NPE, exp, [dict(exp)])
    hs = rc.sample(HAND, 20)
    for i, h in enumerate(hs):
        pr = f"{ins}\n{cont}\n{h.format(p=party)}\n{rec}"
        jadd(f"d258-c{gi:02d}-v{i:02d}", "handover", pr, NPE, REFUSE, [dict(exp)], base=bid)
    for i, h in enumerate(HAND_SAFE[:3] if gi % 2 else HAND_SAFE[2:]):
        pr = f"{ins}\n{cont}\n{h.format(p=party)}\n{rec}"
        jadd(f"d258-c{gi:02d}-s{i}", "handover_safe", pr, NPE, exp, [dict(exp)], base=bid, safe=True)

# ---------------- part D: a head word or time near a member's name
NAC = S({"name": "string", "age": "integer", "city": "string"})
HEAD = [  # (member, phrase that replaces the member's mention, right: None = refusal, or fn)
    ("city", "the city postcode"), ("city", "the city's zip"), ("city", "the zip of the city"),
    ("city", "the postcode of the city"), ("city", "the city postal code"), ("city", "the city's area code"),
    ("city", "the city's dialling code"), ("city", "the city IATA"), ("city", "the city's airport"),
    ("city", "the city abbreviation"), ("city", "the city's abbreviation"), ("city", "the city prefix"),
    ("city", "the city's short name"), ("city", "the city's country"), ("city", "the city's region"),
    ("city", "the city's population"), ("city", "the city's timezone"), ("city", "the city's nickname"),
    ("city", "the city's local name"), ("city", "the city's coordinates"), ("city", "the city's ISO"),
    ("city", "the code we use internally for the city"), ("city", "the number that we keep for the city"),
    ("city", "the city, as a code"), ("city", "the city (postcode)"), ("city", "the city/zip"),
    ("city", "the city – postcode"), ("city", "the City Postcode"), ("city", "the city's UN/LOCODE"),
    ("city", "the city symbol"), ("city", "the city's initial"), ("city", "the city initial"),
    ("name", "the name initials"), ("name", "the name's initial"), ("name", "the name suffix"),
    ("name", "the name prefix"), ("name", "the name's title"), ("name", "the name's nickname"),
    ("name", "the name handle"), ("name", "the name's slug"), ("name", "the name hash"),
    ("name", "the name abbreviation"), ("name", "the username"), ("name", "the name's monogram"),
    ("age", "the age bracket"), ("age", "the age group"), ("age", "the age range"), ("age", "the age band"),
    ("age", "the age category"), ("age", "the age in days"), ("age", "the age next year"), ("age", "the age plus one"),
    ("age", "the age decade"), ("age", "the age when booked"), ("age", "the age as of 2020"),
    ("age", "the age in 2030"), ("age", "the age at booking"), ("age", "the age by 2030"),
    ("age", "the age during the stay"), ("age", "the age at arrival"), ("age", "the age upon arrival"),
    ("age", "the age at check-in"), ("age", "the age then"), ("age", "the age last year"),
    ("age", "the age next birthday"), ("age", "the age five years ago"), ("age", "the age at hire"),
    ("age", "the age as at booking"), ("age", "the age by the booking date"), ("age", "the age after booking"),
    ("age", "the age before booking"), ("age", "the age following the booking"), ("age", "the age when she booked"),
    ("age", "the age at the time of booking"), ("age", "the age in months"), ("age", "the age in 2020"),
    ("age", "the age as of 1 January 2020"), ("age", "the age at enrolment"), ("age", "the age limit"),
    ("age", "the age score"), ("age", "the age rank"), ("age", "the age tier"), ("age", "the age class"),
]
HEAD_SAFE = ["the city as stated", "the city given in the record", "the city of the person", "the person's city",
             "the city, please", "the city shown", "the city written below"]
PHR = {"name": "the name", "age": "the age", "city": "the city"}
LEAD_D = ["Extract {n}, {a} and {c} from the record as JSON.", "Return {n}, {a} and {c} as JSON.",
          "Give {n}, {a} and {c} of the person as JSON."]

rd = random.Random(2582)
for gi in range(10):
    pv = person(rd)
    lead = LEAD_D[gi % len(LEAD_D)]
    rec = f"Text:\nName: {pv['name']}\nAge: {pv['age']}\nCity: {pv['city']}\n"
    exp = {k: pv[k] for k in ("name", "age", "city")}
    bp = lead.format(n="the name", a="the age", c="the city") + "\n\n" + rec
    bid = jadd(f"d258-d{gi:02d}-base", "headword_base", bp, NAC, exp, [dict(exp)])
    picks = rd.sample(HEAD, 26)
    for i, (m, ph) in enumerate(picks):
        parts = dict(PHR)
        parts[m] = ph
        pr = lead.format(n=parts["name"], a=parts["age"], c=parts["city"]) + "\n\n" + rec
        jadd(f"d258-d{gi:02d}-v{i:02d}", "headword_" + m, pr, NAC, REFUSE, [dict(exp)], base=bid)
    for i, ph in enumerate(rd.sample(HEAD_SAFE, 2)):
        pr = lead.format(n="the name", a="the age", c=ph) + "\n\n" + rec
        jadd(f"d258-d{gi:02d}-s{i}", "headword_safe", pr, NAC, exp, [dict(exp)], base=bid, safe=True)

# ---------------- part E: ages and nights at the edges, and under other keys
AGE_KEYS = [("age", "Age"), ("edad", "Edad"), ("alder", "Alder"), ("idade", "Idade"), ("years_old", "Years old"),
            ("patient_age", "Patient age"), ("ageYears", "Age (years)"), ("guest_age", "Guest age"),
            ("age_years", "Age in years"), ("alter", "Alter")]
AGE_VALS = [  # (text, expected: int, or None = refusal)
    ("150", 150), ("151", None), ("999", None), ("1000", None), ("-5", None), ("0", None), ("40.5", None),
    ("19750816", None), ("1975", None), ("2026", None), ("160", None), ("200", None), ("-1", None), ("1e2", None),
    ("150.0", None), ("040", None), ("+40", None), ("−40", None), ("4O", None), ("40 years", 40), ("40", 40),
]
ra = random.Random(2583)
for gi, (key, label) in enumerate(AGE_KEYS):
    for rep in range(1):
        pv = person(ra)
        sch = S({"name": "string", key: "integer", "city": "string"})
        ins = ["Extract the name, {k} and city as JSON.", "Return name, {k} and city as JSON."][rep].format(
            k=label.lower() if key not in ("ageYears",) else "age")
        def rec(age):
            return f"Text:\nName: {pv['name']}\n{label}: {age}\nCity: {pv['city']}\n"
        exp = {"name": pv["name"], key: pv["age"], "city": pv["city"]}
        bid = jadd(f"d258-e{gi:02d}{rep}-base", "edge_age_base", ins + "\n\n" + rec(pv["age"]), sch, exp, [dict(exp)])
        for vi, (txt, want) in enumerate(AGE_VALS):
            if txt == "40" and pv["age"] == 40:
                continue
            e2 = dict(exp, **{key: want}) if want is not None else REFUSE
            try:
                num = int(txt)
            except ValueError:
                num = want if want is not None else txt
            ans = dict(exp, **{key: num}) if isinstance(num, int) else dict(exp, **{key: txt})
            jadd(f"d258-e{gi:02d}{rep}-v{vi:02d}", "edge_age", ins + "\n\n" + rec(txt), sch, e2, [ans], base=bid,
                 safe=want is not None)

NIGHT_KEYS = [("nights", "Nights"), ("noches", "Noches"), ("netter", "Netter"), ("num_nights", "Number of nights"),
              ("night_count", "Night count"), ("stay_nights", "Stay (nights)"), ("overnight_stays", "Overnight stays"),
              ("naechte", "Nächte")]
NIGHT_VALS = [("999", 999), ("1000", None), ("1001", None), ("0", None), ("-1", None), ("2.5", None),
              ("1,000", None), ("1 000", None), ("20260217", None), ("2026", None), ("10000", None), ("3", 3),
              ("998", 998), ("999.0", None), ("1e3", None)]
rn = random.Random(2584)
for gi, (key, label) in enumerate(NIGHT_KEYS):
    for rep in range(1):
        g = person(rn)
        room = rn.randint(100, 499)
        n0 = rn.randint(2, 14)
        sch = S({"guest": "string", key: "integer", "room": "integer"})
        ins = ["Give the guest, the {k} and the room as JSON.", "Extract guest, {k} and room as JSON."][rep].format(
            k=label.lower())
        def rec(n):
            return f"Text:\nGuest: {g['name']}\n{label}: {n}\nRoom: {room}\n"
        exp = {"guest": g["name"], key: n0, "room": room}
        bid = jadd(f"d258-n{gi:02d}{rep}-base", "edge_nights_base", ins + "\n\n" + rec(n0), sch, exp, [dict(exp)])
        for vi, (txt, want) in enumerate(NIGHT_VALS):
            if txt == str(n0):
                continue
            e2 = dict(exp, **{key: want}) if want is not None else REFUSE
            try:
                num = int(txt)
            except ValueError:
                try:
                    num = int(txt.replace(",", "").replace(" ", ""))
                except ValueError:
                    num = txt
            ans = dict(exp, **{key: num})
            jadd(f"d258-n{gi:02d}{rep}-v{vi:02d}", "edge_nights", ins + "\n\n" + rec(txt), sch, e2, [ans], base=bid,
                 safe=want is not None)


# ============================================================ part F: second wave on the shapes that got through
RF = random.Random(2585)
# ---------------- F1: neighbours of "Test it.", "(check)", "+ check", "& check"
CHECK2 = [
    "Test.", "Test it!", "Test it please.", "Then test it.", "Try it.", "Try it out.", "Check it out.", "[check]",
    "{check}", "<check>", "check?", "#check", "/check", "& check", "and test", "Steps & test.", "Steps + test.",
    "Steps, then test.", "(test)", "(verify)", "(with check)", "(+check)", "Steps (with check).", "Check included.",
    "incl. check", "w/ verification", "w/ test", "Also test.", "Test too.", "Then try it.",
    "Try the answer in the equation.", "Show it holds.", "Show both sides match.", "Show both sides agree.",
    "LHS = RHS?", "Does it hold?", "Make sure.", "Ensure it works.", "Ensure the answer holds.", "Test it out.",
    "Steps & checks.", "Steps & verification.", "Steps + verification.", "Answer & check.", "Answer + check.",
    "Solution & check.", "(checked)", "(check it)", "(and check)", "(check too)", "+ a check", "+ verify",
    "& verify", "& test", "Test the solution.", "Test your solution.", "Include a test of the answer.",
]
for g in range(14):
    v = VARS[(g + 2) % len(VARS)]
    eq = rand_eq(v)
    lead = LEADS[(g + 2) % len(LEADS)]
    base_p = lead.format(v=v, eq=eq.text())
    plain = "\n".join(eq.lines())
    withc = "\n".join(eq.lines() + [eq.check()])
    bid = eadd(f"d258-fa{g:02d}-base", "eq_checkword2_base", base_p, v, eq.x, [plain])
    for i, ph in enumerate(RF.sample(CHECK2, 22)):
        where = i % 3
        pr = (base_p + " " + ph) if where == 0 else (base_p + "\n" + ph) if where == 1 else (ph + " " + base_p)
        ans = [withc] if i % 3 else [plain, withc]
        eadd(f"d258-fa{g:02d}-v{i:02d}", "eq_checkword2", pr, v, eq.x, ans, base=bid, sides=[eq.lhs()])
# chains on the phrases that got through: the model forgets the check (sticky), then repeats of the request
for g, ph in enumerate(["Test it.", "(check)", "+ check", "Steps & check.", "Include a test.",
                        "Ensure it satisfies the equation.", "Test.", "(test)", "& check", "[check]"]):
    for h in range(2):
        v = VARS[(g + h) % len(VARS)]
        eq = rand_eq(v)
        lead = LEADS[(g + h) % len(LEADS)]
        plain = "\n".join(eq.lines())
        withc = "\n".join(eq.lines() + [eq.check()])
        p1 = lead.format(v=v, eq=eq.text()) + " " + ph
        c1 = eadd(f"d258-fc{g:02d}{h}-first", "eq_checkword2_chain", p1, v, eq.x, [plain, plain, withc],
                  sides=[eq.lhs()])
        v2 = VARS[(g + h + 4) % len(VARS)]
        eadd(f"d258-fc{g:02d}{h}-ren", "eq_checkword2_chain", lead.format(v=v2, eq=eq.text(v2)) + " " + ph, v2, eq.x,
             ["\n".join(eq.lines(v=v2) + [eq.check(v2)])], base=c1, sides=[eq.lhs(v2)])
        eadd(f"d258-fc{g:02d}{h}-para", "eq_checkword2_chain", p1 + " Thanks!", v, eq.x, [withc], base=c1,
             sides=[eq.lhs()])

# ---------------- F2: more label forms; a stored false description moved to another equation of the same step
LABELS2 = {
    "q1dot": "> {i}. {d}", "qdash": "> - Step {i}: {d}", "qq": ">> Step {i}: {d}", "qh3": "> ### Step {i}: {d}",
    "tnum": "| {i} | {d} |", "tbold": "| **Step {i}** | {d} |", "tcolon": "| Step {i}: | {d} |",
    "caps": "STEP {i}: {d}", "capsword": "STEP {w}: {d}", "capsen": "STEP {i} – {d}", "dash": "Step {i} - {d}",
    "endash": "Step {i} – {d}", "hyphbul": "- Step {i}: {d}", "plusbul": "+ Step {i}: {d}", "dot": "• Step {i}: {d}",
    "bulnum": "- **{i}.** {d}", "codenum": "`{i}.` {d}", "paren1": "(Step {i}) {d}", "paren2": "({i}) {d}",
    "brnum": "[{i}] {d}", "arrow": "→ Step {i}: {d}", "tri": "➤ Step {i}: {d}", "fat": "=> Step {i}: {d}",
    "glued": "Step{i}: {d}", "hyph": "Step-{i}: {d}", "s1": "S{i}: {d}", "slash": "{i}/ {d}", "stepbr": "Step [{i}]: {d}",
    "qbul": "> * Step {i}: {d}", "bq_code": "> `Step {i}:` {d}",
}


def lab2(fmt):
    return lambda i, d: fmt.format(i=i, d=d, w=["", "ONE", "TWO"][i])


for li, (lname, fmt) in enumerate(LABELS2.items()):
    for k in range(4):
        v = VARS[(li + k + 1) % len(VARS)]
        eq = rand_eq(v)
        kind = ["num2", "num1", "op2", "op1"][k]
        wl = eq.lines(label=lab2(fmt), opn=wrong_op(kind, eq))
        rl = eq.lines(label=lab2(fmt))
        falses = [l for l in wl if l not in rl]
        lead = LEADS[(li + k + 1) % len(LEADS)]
        pr = lead.format(v=v, eq=eq.text())
        sid = eadd(f"d258-fb{li:02d}{k}-{lname}", "eq_mdlabel2_single", pr, v, eq.x,
                   ["\n".join(wl)] * (2 if k % 2 else 1) + ["\n".join(rl)], false_lines=falses)
        v2 = VARS[(li + k + 4) % len(VARS)]
        eadd(f"d258-fb{li:02d}{k}-{lname}-ren", "eq_mdlabel2_repeat", lead.format(v=v2, eq=eq.text(v2)), v2, eq.x,
             ["\n".join(eq.lines(v=v2, label=lab2(fmt)))], base=sid, safe=True)
        # the same middle equation from another constant: b and e shifted together (right answer: same value)
        for j, sh in enumerate([3, -2]):
            if eq.b + sh == 0:
                continue
            eq2 = Eq(eq.a, eq.b + sh, eq.x, v)
            eadd(f"d258-fb{li:02d}{k}-{lname}-sh{j}", "eq_mdlabel2_shift", lead.format(v=v, eq=eq2.text()), v, eq2.x,
                 ["\n".join(eq2.lines(label=lab2(fmt)))], base=sid)

# ---------------- F3: a head word more than three words from the member's name
FAR = ["the number that we keep for the city", "the code we use internally for the city",
       "the number we keep on file for the city", "the number that we have for the city",
       "the code that belongs to the city", "the number on our list for the city", "the label that we print for the city",
       "the key that we use for the city", "the ID that we store for the city", "the code that we give the city",
       "the number our office uses for the city", "the reference number we hold for the city",
       "the code, as we file it, for the city", "the code used in our system for the city",
       "the number assigned by us to the city", "the code our team set for the city"]
FAR_NAME = ["the number that we keep for the name", "the code we use internally for the name",
            "the ID that we store for the name", "the key that we use for the name"]
rg = random.Random(2586)
for gi in range(12):
    pv = person(rg)
    lead = LEAD_D[gi % len(LEAD_D)]
    rec = f"Text:\nName: {pv['name']}\nAge: {pv['age']}\nCity: {pv['city']}\n"
    exp = {k: pv[k] for k in ("name", "age", "city")}
    bp = lead.format(n="the name", a="the age", c="the city") + "\n\n" + rec
    bid = jadd(f"d258-ff{gi:02d}-base", "far_base", bp, NAC, exp, [dict(exp)])
    for i, ph in enumerate(rg.sample(FAR, 8)):
        pr = lead.format(n="the name", a="the age", c=ph) + "\n\n" + rec
        jadd(f"d258-ff{gi:02d}-v{i:02d}", "far_city", pr, NAC, REFUSE, [dict(exp)], base=bid)
    for i, ph in enumerate(rg.sample(FAR_NAME, 2)):
        pr = lead.format(n=ph, a="the age", c="the city") + "\n\n" + rec
        jadd(f"d258-ff{gi:02d}-n{i}", "far_name", pr, NAC, REFUSE, [dict(exp)], base=bid)

# ---------------- F4: ages and nights under more keys, and a chain through a stored wrong rewrite
AGE_KEYS2 = [("customer_age", "Customer age"), ("leeftijd", "Leeftijd"), ("wiek", "Wiek"), ("eta", "Età"),
             ("alder_aar", "Alder (år)"), ("aalder", "Ålder"), ("yas", "Yaş"), ("person_age", "Age"),
             ("age", "Edad"), ("years", "Years")]
AGE_VALS2 = [("19750816", None), ("1975", None), ("2026", None), ("151", None), ("-5", None), ("150", 150)]
for gi, (key, label) in enumerate(AGE_KEYS2):
    pv = person(RF)
    sch = S({"name": "string", key: "integer", "city": "string"})
    ins = "Extract the name, {k} and city as JSON.".format(k=label.lower())
    def rec2(age, lb=label, p=pv):
        return f"Text:\nName: {p['name']}\n{lb}: {age}\nCity: {p['city']}\n"
    exp = {"name": pv["name"], key: pv["age"], "city": pv["city"]}
    bid = jadd(f"d258-fe{gi:02d}-base", "edge_age2_base", ins + "\n\n" + rec2(pv["age"]), sch, exp, [dict(exp)])
    for vi, (txt, want) in enumerate(AGE_VALS2):
        e2 = dict(exp, **{key: want}) if want is not None else REFUSE
        first = jadd(f"d258-fe{gi:02d}-v{vi}", "edge_age2", ins + "\n\n" + rec2(txt), sch, e2,
                     [dict(exp, **{key: int(txt)})], base=bid, safe=want is not None)
        # a chain: another person's record with the same value, under the same instruction
        pv2 = person(RF)
        e3 = dict({"name": pv2["name"], key: want, "city": pv2["city"]}) if want is not None else REFUSE
        jadd(f"d258-fe{gi:02d}-v{vi}-next", "edge_age2_chain", ins + "\n\n" + rec2(txt, p=pv2), sch, e3,
             [{"name": pv2["name"], key: int(txt), "city": pv2["city"]}], base=first, safe=want is not None)
NIGHT_KEYS2 = [("noites", "Noites"), ("nuits", "Nuits"), ("naetter", "Nätter"), ("hotel_nights", "Hotel nights"),
               ("nights_booked", "Nights booked"), ("length_of_stay", "Length of stay"), ("stay_length", "Stay length"),
               ("overnachtingen", "Overnachtingen")]
NIGHT_VALS2 = [("20260217", None), ("1000", None), ("2026", None), ("-1", None), ("999", 999)]
for gi, (key, label) in enumerate(NIGHT_KEYS2):
    g = person(RF)
    room = RF.randint(100, 499)
    n0 = RF.randint(2, 14)
    sch = S({"guest": "string", key: "integer", "room": "integer"})
    ins = "Give the guest, the {k} and the room as JSON.".format(k=label.lower())
    def recn(n, gg=g, rm=room, lb=label):
        return f"Text:\nGuest: {gg['name']}\n{lb}: {n}\nRoom: {rm}\n"
    exp = {"guest": g["name"], key: n0, "room": room}
    bid = jadd(f"d258-fn{gi:02d}-base", "edge_nights2_base", ins + "\n\n" + recn(n0), sch, exp, [dict(exp)])
    for vi, (txt, want) in enumerate(NIGHT_VALS2):
        e2 = dict(exp, **{key: want}) if want is not None else REFUSE
        jadd(f"d258-fn{gi:02d}-v{vi}", "edge_nights2", ins + "\n\n" + recn(txt), sch, e2, [dict(exp, **{key: int(txt)})],
             base=bid, safe=want is not None)

r258_found_alone = {
    'd258-a00-v06', 'd258-a01-v21', 'd258-a01-v24', 'd258-a02-v06', 'd258-a04-v00', 'd258-a05-v18', 'd258-a06-v00',
    'd258-b000-quote', 'd258-b000-quote-para', 'd258-b000-quote-ren', 'd258-b001-quote', 'd258-b001-quote-para',
    'd258-b001-quote-ren', 'd258-b002-quote', 'd258-b002-quote-para', 'd258-b002-quote-ren', 'd258-b003-quote',
    'd258-b003-quote-para', 'd258-b003-quote-ren', 'd258-b010-quotebold', 'd258-b010-quotebold-para',
    'd258-b010-quotebold-ren', 'd258-b011-quotebold', 'd258-b011-quotebold-para', 'd258-b011-quotebold-ren',
    'd258-b012-quotebold', 'd258-b012-quotebold-para', 'd258-b012-quotebold-ren', 'd258-b013-quotebold',
    'd258-b013-quotebold-para', 'd258-b013-quotebold-ren', 'd258-b050-table', 'd258-b050-table-para',
    'd258-b050-table-ren', 'd258-b052-table', 'd258-b052-table-para', 'd258-b052-table-ren', 'd258-b053-table',
    'd258-b053-table-para', 'd258-b053-table-ren', 'd258-b100-capsdash', 'd258-b100-capsdash-para',
    'd258-b100-capsdash-ren', 'd258-b101-capsdash', 'd258-b101-capsdash-ren', 'd258-b102-capsdash',
    'd258-b102-capsdash-para', 'd258-b102-capsdash-ren', 'd258-b103-capsdash', 'd258-b103-capsdash-para',
    'd258-b103-capsdash-ren', 'd258-b110-bulletbold', 'd258-b110-bulletbold-para', 'd258-b110-bulletbold-ren',
    'd258-b111-bulletbold', 'd258-b111-bulletbold-para', 'd258-b111-bulletbold-ren', 'd258-b112-bulletbold',
    'd258-b112-bulletbold-ren', 'd258-b113-bulletbold', 'd258-b113-bulletbold-para', 'd258-b113-bulletbold-ren',
    'd258-b140-code', 'd258-b140-code-ren', 'd258-b141-code', 'd258-b141-code-para', 'd258-b141-code-ren',
    'd258-b142-code', 'd258-b142-code-ren', 'd258-b143-code', 'd258-b143-code-para', 'd258-b143-code-ren',
    'd258-b220-bracket', 'd258-b220-bracket-ren', 'd258-b221-bracket', 'd258-b221-bracket-ren', 'd258-b222-bracket',
    'd258-b222-bracket-ren', 'd258-b223-bracket', 'd258-b223-bracket-para', 'd258-b223-bracket-ren',
    'd258-bb02-htmlb-c0', 'd258-bb02-htmlb-c1', 'd258-bb09-hash-base', 'd258-bb09-hash-c0', 'd258-d00-v15',
    'd258-d00-v22', 'd258-d01-v01', 'd258-d01-v10', 'd258-d02-v09', 'd258-d02-v10', 'd258-d04-v10', 'd258-d05-v01',
    'd258-d05-v08', 'd258-d05-v16', 'd258-d05-v24', 'd258-d06-v00', 'd258-d06-v10', 'd258-d07-v06', 'd258-d07-v07',
    'd258-d08-v00', 'd258-d09-v17', 'd258-e010-v01', 'd258-e010-v02', 'd258-e010-v03', 'd258-e010-v04',
    'd258-e010-v07', 'd258-e010-v08', 'd258-e010-v09', 'd258-e010-v10', 'd258-e010-v11', 'd258-e010-v12',
    'd258-e010-v17', 'd258-e020-v01', 'd258-e020-v02', 'd258-e020-v03', 'd258-e020-v04', 'd258-e020-v07',
    'd258-e020-v08', 'd258-e020-v09', 'd258-e020-v10', 'd258-e020-v11', 'd258-e020-v12', 'd258-e020-v17',
    'd258-e030-v01', 'd258-e030-v02', 'd258-e030-v03', 'd258-e030-v04', 'd258-e030-v07', 'd258-e030-v08',
    'd258-e030-v09', 'd258-e030-v10', 'd258-e030-v11', 'd258-e030-v12', 'd258-e030-v17', 'd258-e050-v01',
    'd258-e050-v02', 'd258-e050-v03', 'd258-e050-v04', 'd258-e050-v07', 'd258-e050-v08', 'd258-e050-v09',
    'd258-e050-v10', 'd258-e050-v11', 'd258-e050-v12', 'd258-e050-v17', 'd258-e070-v01', 'd258-e070-v02',
    'd258-e070-v03', 'd258-e070-v04', 'd258-e070-v07', 'd258-e070-v08', 'd258-e070-v09', 'd258-e070-v10',
    'd258-e070-v11', 'd258-e070-v12', 'd258-e070-v17', 'd258-e090-v01', 'd258-e090-v02', 'd258-e090-v03',
    'd258-e090-v04', 'd258-e090-v07', 'd258-e090-v08', 'd258-e090-v09', 'd258-e090-v10', 'd258-e090-v11',
    'd258-e090-v12', 'd258-e090-v17', 'd258-fa00-v07', 'd258-fa00-v11', 'd258-fa00-v20', 'd258-fa00-v21',
    'd258-fa01-v00', 'd258-fa01-v08', 'd258-fa01-v09', 'd258-fa01-v15', 'd258-fa01-v16', 'd258-fa02-v01',
    'd258-fa02-v03', 'd258-fa02-v06', 'd258-fa02-v12', 'd258-fa03-v03', 'd258-fa03-v05', 'd258-fa03-v13',
    'd258-fa03-v15', 'd258-fa03-v16', 'd258-fa03-v19', 'd258-fa03-v20', 'd258-fa04-v01', 'd258-fa04-v03',
    'd258-fa04-v07', 'd258-fa04-v09', 'd258-fa04-v10', 'd258-fa04-v15', 'd258-fa04-v21', 'd258-fa05-v00',
    'd258-fa05-v01', 'd258-fa05-v07', 'd258-fa05-v14', 'd258-fa05-v18', 'd258-fa06-v00', 'd258-fa06-v01',
    'd258-fa06-v02', 'd258-fa06-v09', 'd258-fa06-v15', 'd258-fa06-v19', 'd258-fa07-v00', 'd258-fa07-v01',
    'd258-fa07-v03', 'd258-fa07-v04', 'd258-fa07-v08', 'd258-fa07-v10', 'd258-fa07-v16', 'd258-fa07-v17',
    'd258-fa07-v21', 'd258-fa08-v03', 'd258-fa08-v04', 'd258-fa08-v08', 'd258-fa08-v13', 'd258-fa09-v03',
    'd258-fa09-v12', 'd258-fa09-v13', 'd258-fa10-v02', 'd258-fa10-v03', 'd258-fa10-v05', 'd258-fa10-v09',
    'd258-fa10-v19', 'd258-fa10-v21', 'd258-fa11-v04', 'd258-fa11-v06', 'd258-fa11-v07', 'd258-fa11-v12',
    'd258-fa11-v19', 'd258-fa11-v21', 'd258-fa12-v00', 'd258-fa12-v01', 'd258-fa12-v06', 'd258-fa12-v08',
    'd258-fa12-v09', 'd258-fa12-v11', 'd258-fa12-v15', 'd258-fa12-v17', 'd258-fa12-v20', 'd258-fa13-v05',
    'd258-fa13-v11', 'd258-fa13-v17', 'd258-fb000-q1dot', 'd258-fb000-q1dot-ren', 'd258-fb000-q1dot-sh0',
    'd258-fb000-q1dot-sh1', 'd258-fb001-q1dot', 'd258-fb001-q1dot-ren', 'd258-fb002-q1dot', 'd258-fb002-q1dot-ren',
    'd258-fb002-q1dot-sh0', 'd258-fb002-q1dot-sh1', 'd258-fb003-q1dot', 'd258-fb003-q1dot-ren',
    'd258-fb003-q1dot-sh0', 'd258-fb003-q1dot-sh1', 'd258-fb010-qdash', 'd258-fb010-qdash-ren',
    'd258-fb010-qdash-sh0', 'd258-fb010-qdash-sh1', 'd258-fb011-qdash', 'd258-fb011-qdash-ren',
    'd258-fb011-qdash-sh1', 'd258-fb012-qdash', 'd258-fb012-qdash-ren', 'd258-fb012-qdash-sh0',
    'd258-fb012-qdash-sh1', 'd258-fb013-qdash', 'd258-fb013-qdash-ren', 'd258-fb013-qdash-sh0',
    'd258-fb013-qdash-sh1', 'd258-fb020-qq', 'd258-fb020-qq-ren', 'd258-fb020-qq-sh0', 'd258-fb020-qq-sh1',
    'd258-fb021-qq', 'd258-fb021-qq-ren', 'd258-fb021-qq-sh0', 'd258-fb021-qq-sh1', 'd258-fb022-qq',
    'd258-fb022-qq-ren', 'd258-fb022-qq-sh0', 'd258-fb022-qq-sh1', 'd258-fb023-qq', 'd258-fb023-qq-ren',
    'd258-fb023-qq-sh0', 'd258-fb023-qq-sh1', 'd258-fb030-qh3', 'd258-fb030-qh3-ren', 'd258-fb030-qh3-sh0',
    'd258-fb030-qh3-sh1', 'd258-fb031-qh3', 'd258-fb031-qh3-ren', 'd258-fb031-qh3-sh0', 'd258-fb031-qh3-sh1',
    'd258-fb032-qh3', 'd258-fb032-qh3-ren', 'd258-fb032-qh3-sh0', 'd258-fb032-qh3-sh1', 'd258-fb033-qh3',
    'd258-fb033-qh3-ren', 'd258-fb033-qh3-sh0', 'd258-fb033-qh3-sh1', 'd258-fb040-tnum', 'd258-fb040-tnum-ren',
    'd258-fb041-tnum', 'd258-fb041-tnum-ren', 'd258-fb041-tnum-sh1', 'd258-fb042-tnum', 'd258-fb042-tnum-ren',
    'd258-fb042-tnum-sh0', 'd258-fb042-tnum-sh1', 'd258-fb043-tnum', 'd258-fb043-tnum-ren', 'd258-fb043-tnum-sh0',
    'd258-fb043-tnum-sh1', 'd258-fb050-tbold', 'd258-fb050-tbold-ren', 'd258-fb050-tbold-sh0',
    'd258-fb050-tbold-sh1', 'd258-fb051-tbold', 'd258-fb051-tbold-ren', 'd258-fb051-tbold-sh0',
    'd258-fb051-tbold-sh1', 'd258-fb052-tbold', 'd258-fb052-tbold-ren', 'd258-fb052-tbold-sh0',
    'd258-fb052-tbold-sh1', 'd258-fb053-tbold', 'd258-fb053-tbold-ren', 'd258-fb053-tbold-sh0',
    'd258-fb053-tbold-sh1', 'd258-fb060-tcolon', 'd258-fb060-tcolon-ren', 'd258-fb060-tcolon-sh0',
    'd258-fb060-tcolon-sh1', 'd258-fb061-tcolon', 'd258-fb061-tcolon-ren', 'd258-fb061-tcolon-sh0',
    'd258-fb061-tcolon-sh1', 'd258-fb062-tcolon', 'd258-fb062-tcolon-ren', 'd258-fb062-tcolon-sh0',
    'd258-fb062-tcolon-sh1', 'd258-fb063-tcolon', 'd258-fb063-tcolon-ren', 'd258-fb063-tcolon-sh0',
    'd258-fb063-tcolon-sh1', 'd258-fb090-capsen', 'd258-fb090-capsen-ren', 'd258-fb090-capsen-sh0',
    'd258-fb090-capsen-sh1', 'd258-fb091-capsen', 'd258-fb091-capsen-ren', 'd258-fb091-capsen-sh0',
    'd258-fb091-capsen-sh1', 'd258-fb092-capsen', 'd258-fb092-capsen-ren', 'd258-fb092-capsen-sh1',
    'd258-fb093-capsen', 'd258-fb093-capsen-ren', 'd258-fb093-capsen-sh0', 'd258-fb093-capsen-sh1',
    'd258-fb130-plusbul', 'd258-fb130-plusbul-ren', 'd258-fb130-plusbul-sh0', 'd258-fb130-plusbul-sh1',
    'd258-fb131-plusbul', 'd258-fb131-plusbul-ren', 'd258-fb131-plusbul-sh0', 'd258-fb132-plusbul',
    'd258-fb132-plusbul-ren', 'd258-fb132-plusbul-sh0', 'd258-fb132-plusbul-sh1', 'd258-fb133-plusbul',
    'd258-fb133-plusbul-ren', 'd258-fb133-plusbul-sh0', 'd258-fb133-plusbul-sh1', 'd258-fb140-dot',
    'd258-fb140-dot-ren', 'd258-fb140-dot-sh0', 'd258-fb140-dot-sh1', 'd258-fb141-dot', 'd258-fb141-dot-ren',
    'd258-fb141-dot-sh0', 'd258-fb141-dot-sh1', 'd258-fb142-dot', 'd258-fb142-dot-ren', 'd258-fb142-dot-sh0',
    'd258-fb142-dot-sh1', 'd258-fb143-dot', 'd258-fb143-dot-ren', 'd258-fb143-dot-sh0', 'd258-fb143-dot-sh1',
    'd258-fb210-tri', 'd258-fb210-tri-ren', 'd258-fb210-tri-sh0', 'd258-fb210-tri-sh1', 'd258-fb211-tri',
    'd258-fb211-tri-ren', 'd258-fb211-tri-sh0', 'd258-fb211-tri-sh1', 'd258-fb212-tri', 'd258-fb212-tri-ren',
    'd258-fb212-tri-sh1', 'd258-fb213-tri', 'd258-fb213-tri-ren', 'd258-fb213-tri-sh0', 'd258-fb213-tri-sh1',
    'd258-fb240-hyph', 'd258-fb240-hyph-ren', 'd258-fb240-hyph-sh0', 'd258-fb240-hyph-sh1', 'd258-fb241-hyph',
    'd258-fb241-hyph-ren', 'd258-fb241-hyph-sh0', 'd258-fb241-hyph-sh1', 'd258-fb242-hyph', 'd258-fb242-hyph-ren',
    'd258-fb242-hyph-sh0', 'd258-fb242-hyph-sh1', 'd258-fb243-hyph', 'd258-fb243-hyph-ren', 'd258-fb243-hyph-sh1',
    'd258-fb260-slash', 'd258-fb260-slash-ren', 'd258-fb260-slash-sh0', 'd258-fb260-slash-sh1', 'd258-fb261-slash',
    'd258-fb261-slash-ren', 'd258-fb261-slash-sh0', 'd258-fb261-slash-sh1', 'd258-fb262-slash',
    'd258-fb262-slash-ren', 'd258-fb262-slash-sh0', 'd258-fb262-slash-sh1', 'd258-fb263-slash',
    'd258-fb263-slash-ren', 'd258-fb263-slash-sh0', 'd258-fb263-slash-sh1', 'd258-fb280-qbul', 'd258-fb280-qbul-ren',
    'd258-fb280-qbul-sh0', 'd258-fb280-qbul-sh1', 'd258-fb281-qbul', 'd258-fb281-qbul-ren', 'd258-fb282-qbul',
    'd258-fb282-qbul-ren', 'd258-fb282-qbul-sh0', 'd258-fb283-qbul', 'd258-fb283-qbul-ren', 'd258-fb283-qbul-sh0',
    'd258-fb283-qbul-sh1', 'd258-fb290-bq_code', 'd258-fb290-bq_code-ren', 'd258-fb290-bq_code-sh0',
    'd258-fb290-bq_code-sh1', 'd258-fb291-bq_code', 'd258-fb291-bq_code-ren', 'd258-fb291-bq_code-sh0',
    'd258-fb291-bq_code-sh1', 'd258-fb292-bq_code', 'd258-fb292-bq_code-ren', 'd258-fb292-bq_code-sh0',
    'd258-fb292-bq_code-sh1', 'd258-fb293-bq_code', 'd258-fb293-bq_code-ren', 'd258-fb293-bq_code-sh0',
    'd258-fb293-bq_code-sh1', 'd258-fc000-first', 'd258-fc000-para', 'd258-fc000-ren', 'd258-fc001-first',
    'd258-fc001-para', 'd258-fc001-ren', 'd258-fc010-first', 'd258-fc010-para', 'd258-fc010-ren', 'd258-fc011-first',
    'd258-fc011-para', 'd258-fc011-ren', 'd258-fc020-first', 'd258-fc020-para', 'd258-fc020-ren', 'd258-fc021-first',
    'd258-fc021-para', 'd258-fc021-ren', 'd258-fc030-first', 'd258-fc030-para', 'd258-fc030-ren', 'd258-fc031-first',
    'd258-fc031-para', 'd258-fc031-ren', 'd258-fc040-first', 'd258-fc040-para', 'd258-fc040-ren', 'd258-fc041-first',
    'd258-fc041-para', 'd258-fc041-ren', 'd258-fc050-first', 'd258-fc050-para', 'd258-fc050-ren', 'd258-fc051-first',
    'd258-fc051-para', 'd258-fc051-ren', 'd258-fc060-first', 'd258-fc060-para', 'd258-fc060-ren', 'd258-fc061-first',
    'd258-fc061-para', 'd258-fc061-ren', 'd258-fc070-first', 'd258-fc070-para', 'd258-fc070-ren', 'd258-fc071-first',
    'd258-fc071-para', 'd258-fc071-ren', 'd258-fc080-first', 'd258-fc080-para', 'd258-fc080-ren', 'd258-fc081-first',
    'd258-fc081-para', 'd258-fc081-ren', 'd258-fe00-v0', 'd258-fe00-v0-next', 'd258-fe00-v1', 'd258-fe00-v1-next',
    'd258-fe00-v2', 'd258-fe00-v2-next', 'd258-fe00-v3', 'd258-fe00-v3-next', 'd258-fe00-v4', 'd258-fe00-v4-next',
    'd258-fe01-v0', 'd258-fe01-v0-next', 'd258-fe01-v1', 'd258-fe01-v1-next', 'd258-fe01-v2', 'd258-fe01-v2-next',
    'd258-fe01-v3', 'd258-fe01-v3-next', 'd258-fe01-v4', 'd258-fe01-v4-next', 'd258-fe02-v0', 'd258-fe02-v0-next',
    'd258-fe02-v1', 'd258-fe02-v1-next', 'd258-fe02-v2', 'd258-fe02-v2-next', 'd258-fe02-v3', 'd258-fe02-v3-next',
    'd258-fe02-v4', 'd258-fe02-v4-next', 'd258-fe07-v0', 'd258-fe07-v0-next', 'd258-fe07-v1', 'd258-fe07-v1-next',
    'd258-fe07-v2', 'd258-fe07-v2-next', 'd258-fe07-v3', 'd258-fe07-v3-next', 'd258-fe07-v4', 'd258-fe07-v4-next',
    'd258-fe09-v0', 'd258-fe09-v0-next', 'd258-fe09-v1', 'd258-fe09-v1-next', 'd258-fe09-v2', 'd258-fe09-v2-next',
    'd258-fe09-v3', 'd258-fe09-v3-next', 'd258-ff00-n1', 'd258-ff00-v04', 'd258-ff00-v06', 'd258-ff01-n1',
    'd258-ff01-v00', 'd258-ff01-v07', 'd258-ff02-n0', 'd258-ff02-v01', 'd258-ff02-v04', 'd258-ff02-v05',
    'd258-ff02-v06', 'd258-ff03-n1', 'd258-ff03-v01', 'd258-ff03-v02', 'd258-ff03-v04', 'd258-ff04-n1',
    'd258-ff04-v00', 'd258-ff04-v02', 'd258-ff04-v07', 'd258-ff05-n0', 'd258-ff05-n1', 'd258-ff05-v01',
    'd258-ff05-v07', 'd258-ff06-n0', 'd258-ff06-v00', 'd258-ff06-v01', 'd258-ff06-v02', 'd258-ff07-n0',
    'd258-ff07-n1', 'd258-ff07-v01', 'd258-ff07-v02', 'd258-ff07-v04', 'd258-ff08-n0', 'd258-ff08-v01',
    'd258-ff08-v02', 'd258-ff08-v05', 'd258-ff09-v04', 'd258-ff09-v05', 'd258-ff09-v07', 'd258-ff10-v02',
    'd258-ff10-v07', 'd258-ff11-n0', 'd258-ff11-v00', 'd258-ff11-v02', 'd258-ff11-v04', 'd258-ff11-v05',
    'd258-fn05-v0', 'd258-fn05-v1', 'd258-fn05-v2', 'd258-fn05-v3', 'd258-fn07-v0', 'd258-fn07-v1', 'd258-fn07-v2',
    'd258-fn07-v3', 'd258-n010-v01', 'd258-n010-v02', 'd258-n010-v04', 'd258-n010-v06', 'd258-n010-v08',
    'd258-n010-v09', 'd258-n010-v10', 'd258-n060-v01', 'd258-n060-v02', 'd258-n060-v04', 'd258-n060-v06',
    'd258-n060-v08', 'd258-n060-v09', 'd258-n060-v10',
}
r258_arguable = {
    'd258-a00-v06', 'd258-d00-v22', 'd258-d01-v01', 'd258-d02-v09', 'd258-d02-v10', 'd258-d04-v10', 'd258-d05-v01',
    'd258-d05-v16', 'd258-d05-v24', 'd258-d06-v00', 'd258-d07-v06', 'd258-d07-v07', 'd258-d08-v00', 'd258-d09-v17',
    'd258-e010-v01', 'd258-e010-v02', 'd258-e010-v03', 'd258-e010-v04', 'd258-e010-v10', 'd258-e010-v11',
    'd258-e010-v12', 'd258-e010-v17', 'd258-e020-v01', 'd258-e020-v02', 'd258-e020-v03', 'd258-e020-v04',
    'd258-e020-v10', 'd258-e020-v11', 'd258-e020-v12', 'd258-e020-v17', 'd258-e030-v01', 'd258-e030-v02',
    'd258-e030-v03', 'd258-e030-v04', 'd258-e030-v10', 'd258-e030-v11', 'd258-e030-v12', 'd258-e030-v17',
    'd258-e050-v01', 'd258-e050-v02', 'd258-e050-v03', 'd258-e050-v04', 'd258-e050-v10', 'd258-e050-v11',
    'd258-e050-v12', 'd258-e050-v17', 'd258-e070-v01', 'd258-e070-v02', 'd258-e070-v03', 'd258-e070-v04',
    'd258-e070-v10', 'd258-e070-v11', 'd258-e070-v12', 'd258-e070-v17', 'd258-e090-v01', 'd258-e090-v02',
    'd258-e090-v03', 'd258-e090-v04', 'd258-e090-v10', 'd258-e090-v11', 'd258-e090-v12', 'd258-e090-v17',
    'd258-fa00-v07', 'd258-fa00-v20', 'd258-fa01-v08', 'd258-fa01-v15', 'd258-fa02-v06', 'd258-fa03-v13',
    'd258-fa03-v16', 'd258-fa03-v19', 'd258-fa04-v01', 'd258-fa04-v07', 'd258-fa04-v09', 'd258-fa04-v21',
    'd258-fa05-v00', 'd258-fa05-v18', 'd258-fa06-v15', 'd258-fa07-v00', 'd258-fa07-v01', 'd258-fa07-v04',
    'd258-fa07-v10', 'd258-fa08-v04', 'd258-fa10-v02', 'd258-fa10-v09', 'd258-fa10-v19', 'd258-fa11-v04',
    'd258-fa11-v06', 'd258-fa11-v19', 'd258-fa11-v21', 'd258-fa12-v06', 'd258-fa12-v08', 'd258-fa12-v15',
    'd258-fa12-v17', 'd258-fc050-first', 'd258-fc050-para', 'd258-fc050-ren', 'd258-fc051-first', 'd258-fc051-para',
    'd258-fc051-ren', 'd258-fc060-first', 'd258-fc060-para', 'd258-fc060-ren', 'd258-fc061-first', 'd258-fc061-para',
    'd258-fc061-ren', 'd258-fe00-v3', 'd258-fe00-v3-next', 'd258-fe00-v4', 'd258-fe00-v4-next', 'd258-fe01-v3',
    'd258-fe01-v3-next', 'd258-fe01-v4', 'd258-fe01-v4-next', 'd258-fe02-v3', 'd258-fe02-v3-next', 'd258-fe02-v4',
    'd258-fe02-v4-next', 'd258-fe07-v3', 'd258-fe07-v3-next', 'd258-fe07-v4', 'd258-fe07-v4-next', 'd258-fe09-v3',
    'd258-fe09-v3-next', 'd258-fn05-v1', 'd258-fn05-v2', 'd258-fn05-v3', 'd258-fn07-v1', 'd258-fn07-v2',
    'd258-fn07-v3', 'd258-n010-v01', 'd258-n010-v02', 'd258-n010-v04', 'd258-n010-v06', 'd258-n010-v09',
    'd258-n010-v10', 'd258-n060-v01', 'd258-n060-v02', 'd258-n060-v04', 'd258-n060-v06', 'd258-n060-v09',
    'd258-n060-v10',
}

# Left out of ctest beside the arguable ones (stop 53): the tester's own expectation errors, where "Age: 0", "150.0",
# "040" and "Nights: 0", "999.0" were expected refused (31 ids; the served values are right), and the age
# under the key "years" past 150, still served from the cache (open: the key's word is read as "year", 6 ids).
r258_expect_errors = {
    'd258-e000-v05', 'd258-e000-v14', 'd258-e000-v15', 'd258-e010-v05', 'd258-e010-v14', 'd258-e010-v15',
    'd258-e020-v05', 'd258-e020-v14', 'd258-e020-v15', 'd258-e030-v05', 'd258-e030-v14', 'd258-e030-v15',
    'd258-e050-v05', 'd258-e050-v14', 'd258-e050-v15', 'd258-e070-v05', 'd258-e070-v14', 'd258-e070-v15',
    'd258-e090-v05', 'd258-e090-v14', 'd258-e090-v15', 'd258-n000-v03', 'd258-n000-v13', 'd258-n010-v03',
    'd258-n010-v08', 'd258-n010-v13', 'd258-n020-v03', 'd258-n020-v13', 'd258-n040-v13', 'd258-n060-v03',
    'd258-n060-v13',
}
r258_open = {
    'd258-fe09-v0', 'd258-fe09-v0-next', 'd258-fe09-v1', 'd258-fe09-v1-next', 'd258-fe09-v2', 'd258-fe09-v2-next',
}
r258_arguable |= r258_expect_errors | r258_open

# Trimmed for ctest (probe_kit.trim_round), stop 53: the confirmed items (fixed) all kept with their bases, every 10th
# safe variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r258_trim_round  # noqa: E402

r258_trim_round("d258-", r258_found_alone, r258_arguable,
                lambda i: [r258_meta[i]["base"]] if r258_meta.get(i, {}).get("base") else [], chains=True)
