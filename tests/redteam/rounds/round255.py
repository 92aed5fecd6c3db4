r"""Red-team round 255 (black box): THE NEWEST RULES ATTACKED FROM BOTH SIDES (a check asked for, whose the record
is, a word after a member's name).
Focus: the three rules of the last stop, each attacked so that a variant whose right answer differs gets a stored
  answer, and so that a variant whose right answer is the same is refused reuse (safe=True).
  (A) equations, 890 probes: 24 bases WITHOUT a check (model right) with 17 variants each that ask for a check (11 of
      40 "with a check" phrasings in instruction words - "Answer with a check.", "Reply with a check.", "With check.",
      "Steps, answer, check.", "Each step, then a check." -, 2 of 36 plain phrasings - "Show the answer works.", "Put
      the answer back in." -, 2 of 22 negated phrasings that still ask - "Don't forget to check.", "Never skip the
      check.", "Checking is not optional." -, 2 of 18 languages the rules do not list), at the end, on a line of
      their own or in front; every other base's model forgets the check in its first answer; and 6 safe variants each
      ("check" in another sense - "Check your spelling.", "A check for $20 is attached.", "Check off each step as you
      go." - or the check denied - "Check is not needed.", "Check: not needed.", "Check? No need."); 10 bases that
      ask for a check (stored with it) with 7 safe variants (denied / other sense), 5 safe rewordings, 4 mixed
      ("No need to check. Actually, do check it."), 3 checks of another value ("Also check x = 6.") and the constant
      changed; 104 singles whose model first gives a flawed check (none, wrong arithmetic, a check of a step, of
      another equation, in words, the equation restated, one side of two, the same side twice, the coefficient
      dropped), once or sticky, then the right one.
  (B) whose the record is, 770 probes: 20 field records handed over by "Please process the following <party> record."
      (customer, guest, patient, passenger, supplier; 10 desk-like other parties - front desk, desk, front-desk team,
      information desk, booking desk, help desk, reception desk, service desk, check-in desk, ticket counter - and 10
      others - agent, manager, assistant, sales rep, broker, branch, ward, receptionist, travel agent, landlord), the
      handing-over sentence replaced by one that gives the whole record to the other party in 26 + 12 new forms
      ("details of his/her/my/your/their X below", "details on its/his/the X below", "details re: the X below",
      "details ref: the X below", "details concerning: the X below", "subject: the X, details below", "about: the X,
      details below", "details: our X, below", "below: our X.", "this is our X.", "that of its X", "information on our
      X below", "(re: the X)", "re. the X", "wrt. the X") or one member to it (15 forms: "the phone below rings at
      the X", "the email below goes to the X", "the X lives in the city below", "the city below is the Front
      Desk's", "the phone below is the managers'"), right answer a refusal, the scripted model copying the record;
      and 15 safe forms ("the city below is the customer's city", "Oskar's city is below", "from Front Desk's Café",
      "the customer banks with Bank of the West", "sent by the X", "details of the customer below"); company values
      "Bank of the West", "Front Desk's Café", "Friends of the Earth", "Agent's Corner" in the records.
  (C) a word after a member's name, 1,322 probes: 32 stored records (a person: name, age, city; an invoice: customer,
      city, amount; a booking: guest, nights; a contact: name, email, phone) under instructions where a head word
      (code, ID, number, key, abbreviation, symbol, acronym, short form, tag, label, reference, account, handle,
      initials) is joined to city, customer, name or guest by 29 connectors: the fixed ones ("city code", "city's
      code", "code of the city") and others ("code for the city", "code of its / this / that / their / one city",
      "code for this city", "code to / in / from / under / behind the city", "city (code)", "city [code]",
      "city-code", "city/code", "city - code", "city – code", "city — code", "city: code", "City Code", "CITY CODE",
      "city’s code" with U+2019, U+2032 or a backtick, "citys code"); the age asked at a time ("age on entry", "age
      on booking", "Age On Entry", "age (on entry)", "age, on entry,"); for the contact, "email address domain",
      "domain in the email", "phone number prefix", "email masked", "phone redacted", "name reversed"...; right
      answer a refusal (the text states no such value) or the derived value (initials, domain); safe: "the city
      below", "the name given", "the age shown", "the email, as written", "the city as stated", "the name listed",
      "the city in the record", "the name from the text".
  2,982 probes (seeded random.Random(255), 2551, 2552): 86 bases, 2,200 variants whose right answer differs, 592 safe
  variants, 104 singles. Fresh SQLite store, two passes. Paths: run 1 skip 2,337 / reuse 579 / patch 66, run 2 skip
  2,132 / reuse 821 / patch 29; safe on reuse 74/592 and 146/592 (A 16 and 68 of 304, B 8 and 8 of 100, C 50 and 70
  of 188).
HELD: (A) every negated phrasing was reused only for the same equation and served right; a check of another value
  ("Also check y = 6.") ended in an error ("the request holds two equations"); the constant changed under a check request
  was regenerated; flawed checks of a step, another equation, in words, the equation restated, wrong arithmetic,
  the same side twice and a dropped coefficient were refused whenever the request's check phrase was read. (B) every
  member-level form, "details of one / that / our own X below", "its X's details below", "our X's details below",
  "namely that of our X", "details re our X below" (no colon), "re. the X", "(re: the X)", "wrt. the X", "re: the X
  only.", "particulars / contact details of its X below", "details (our X) below", "details on the A's X below" were
  never reused; every other form but those below was never reused for a party that is not desk-like; the company
  values with "of the" and "'s" in a field were answered, stored and reused right.
  (C) the head words ID, abbreviation, symbol, acronym, short form, tag, reference, account, handle and initials,
  under every connector, and every contact form (domain, host, user, prefix, country code, masked, redacted) were
  never reused ("instruction_changed: the instruction word "id" changed", "... the word "code" changed beside the
  member's name "city""); "under the", "behind the", "of one", U+2032 and "CITY CODE" were never reused with any head
  word.
WHAT GOT THROUGH (from the cache: run 1 457 (427 on the reuse path, 30 a member the patch path kept), run 2 475
  (446 + 29); 500 ids. Alone - the 500 ids and their bases, fresh store, --runs 2 - all 500 (459 in run 1, 472 in
  run 2). Each id with only its own base on a store of its own: 349 (286 from the cache in both runs, 63 served
  fresh in run 1 and from the cache in run 2); the other 151 (143 of C, 8 of A) only after a
  sibling variant's wrong answer had been stored: a reused wrong answer is stored under the new request, and a
  later request whose instruction differs from it by a mark, a case or an apostrophe reuses it):
 (A) CLEAR (82 ids): a request for a check in "with a check" words served a stored working WITHOUT a check:
     "Solve for x: 2x - 5 = 19. With check." -> "2x - 5 = 19\nAdd 5 to both sides: 2x = 24\nDivide both sides by 2:
     x = 12" (right: the same with "Check: 2(12) - 5 = 19"); also "Answer with a check.", "Reply with a check.",
     "Respond with a check.", "Answer with the check.", "Answer, with a check.", "Answer with a check line.", "Answer
     with a check at the end.", "Answer with a check of the solution.", "Answer in steps with a check.", "Please answer
     with a check.", "Return the answer with a check.", "Solve with a check.", "Steps, answer, check.", "Each step,
     then a check.", "Answer with a check and each step." (76 variants: 19 reused from the check-less base, 49 the
     model's check-less first answer accepted fresh, stored and reused in run 2, 8 only through a sibling); singles:
     the model's working without a check ("Solve for x: 8x + 18 = -54. Answer with a check.") or with a check of one
     side of two ("Solve 7h - 17 = 4h - 11 for h.\nAnswer with a check at the end." -> "...h = 2\nRight: 4(2) - 11 =
     -3") accepted, stored and reused (6).
 (B) CLEAR (102 ids) / ARGUABLE (31): a handing-over sentence that gives the whole record to another party, served
     the stored record as the asked party's (right: a refusal): "Give the name, phone and email of the customer as
     JSON.\nCard:\nForwarded by the customer; details concerning: the front desk below.\nName: Ivan Dahl\nPhone:
     555-5882\nEmail: ivan.dahl@example.org\n" -> {"name":"Ivan Dahl","phone":"555-5882","email":"ivan.dahl@
     example.org"}; for every one of the 20 parties: "details re: our X below" (20), "details concerning: the X
     below" (20); for 11 of both kinds: "details re: the X below" (11), "details below, re: the X." (11); for 5 that
     are not desks: "details: re the X, below" (5), "subject: the X, details below" (5), "about: the X, details
     below" (5), "details: our X, below" (4); "below: our X." (6); for desks only: "details of his / her / my / your /
     their X below" (11), "that of its X" (3), "information on our X below" (1). ARGUABLE: "details ref: the X below" (20: "ref:" may name who sent it),
     "this is our X." (4: may be the sender introducing itself), "details on its / his / the desk below" (7: may be
     where the details lie).
 (C) CLEAR (111 ids) / ARGUABLE (174): a head word after a member's name served the stored plain value (right: a
     refusal): "Extract the name, age and number of this city from the record as JSON.\n\nText:\nName: ...\nCity:
     Bergen\n" -> "city": "Bergen"; with only the base: "code / number for the X", "code / number for this X", "code /
     number of its / this / that / their X", "code / number from the X" (44 clear); after a sibling's stored wrong
     answer, also the forms the fix reads ("city code", "city's code", "code of the city") and "City Code",
     "city’s code", "city-code", "city (code)", "city [number]", "city - code", "city – number", "city: code",
     "city`s code" (67 clear, 19 of them a member the patch path kept: "Extract the customer – number, city and
     amount as JSON." -> "1 of 3 steps failed (/city ...)", the customer's name kept). Only code, number, key and
     label got through. ARGUABLE: key, label (a room key, a name label), "in the" / "to the" / "city/code" forms,
     and the age at a time: "age on booking", "age on the entry", "Age On Entry", "age (on entry)", "age - on entry",
     "age on start", "age in entry" (36).
FRESH (not from the cache), per run 534 / 532: (B) the copied record under a refusal shape that was not reused -
  whole-record forms 312 / 333 ("details re. the X below", "(re: the X)", "wrt. the X", "re: the X only",
  "details below are re: the X itself", "details of its own X", "particulars of its X", "contact details of its X")
  and member forms 115 / 115 ("the X lives in the city below", "the city below is where our X is based", "the
  phone below rings at the X", "the email below goes to the X", "the phone below is the managers'", "the city below
  is the Front Desk's"); (C) the age at a time 47 / 39, "phone redacted / hashed / extension", "email masked /
  obfuscated" 8 / 8; (A) a check asked and the model's working without one accepted: "Don't submit without a
  check.", "Do not skip the check.", "Never skip the check.", "Do not forget to verify." 8 / 8, languages the rules
  do not list (Arabic, Korean, Czech, Portuguese "Faça a prova.", Spanish "Haz la comprobación.", Hungarian) 11 /
  11, "Put it back into the equation." 1 / 1, "with a check" 23 / 14, singles 9 / 3.
LOST: (A) "Check your spelling.", "A check for $20 is attached.", "Check off each step as you go.", "Check the
  formatting before you answer.", "Check the equation for typos first.", "Before solving, check that you copied the
  equation right." end in an error ("asks for more than the value"), and so do "Add a check.", "Double check the
  answer.", "Confirm the answer.", "Prove your answer.", "Show your answer is right.", "No need to check. Actually,
  do check it.", "Don't check the steps, check the answer." with the model's right working and check; (B) "from
  Front Desk's Café", "(Front Desk's Café account)", "the customer banks with Bank of the West", "of the Bank of the
  West branch", "from the Friends of the Earth office" end in an error ("the request asks about someone the text
  describes apart from this value"); "the city below is the customer's city", "Oskar's city is below", "sent by
  the X" are never reused; (C) "the name given", "the age shown", "the phone provided", "the email, as written",
  "the name exactly as written", "listed", "printed" are never reused.
FIXED (stop 53): a check asked in words the reader did not list ("With check.", "Answer with a check.", "Steps,
answer, check.", "Each step, then a check.", "Double check the answer.") is read as asked, and two requests that speak
of a check in other words (check, verify, prove, confirm, double, another language's; not after another's modal: "The
teacher will check it tomorrow.") share no answer; a line that gives the record to another party by "re", "ref",
"regarding", "concerning", "about:", "subject:", "our" after a colon, "on", "is" or "are", "on his / its / their", "of
his / her / my / your / its", or a party named after a record's word ("the information desk", "my booking desk", "the
ticket counter"), in a sentence read as a note too ("Forwarded by the customer; details concerning: the front desk
below."); a code, number, key, label or id within three words of a member's name, and "on / at / upon" right after
it ("the code of their city", "the city/code", "the age on booking"), compared as pairs between the instructions.
Adds its probes to probe_kit.P."""
from probe_kit import J, E, S, P
import random
import json

R = random.Random(255)
r255_meta = {}
R255_USED = set()
R255_CHECK = {}  # id -> sides of the asked equation holding the variable (a check is asked, by this author's reading)
R255_REFUSE = {"__refusal_expected__": True}
R255_COUNTS = {"base": 0, "pair": 0, "safe": 0, "single": 0}


def r255_note(pid, base, kind):
    r255_meta[pid] = {"base": base} if base else {}
    R255_COUNTS[kind] += 1


# ====================================================================== part A: equations and the check asked for
def term(a, v):
    return v if a == 1 else f"{a}{v}"


def lin(a, b, v):
    if b == 0:
        return term(a, v)
    return f"{term(a, v)} {'+' if b > 0 else '-'} {abs(b)}"


def sub(a, x, b):
    t = f"{a}({x})" if a != 1 else (f"{x}" if x >= 0 else f"({x})")
    if b == 0:
        return t
    return f"{t} {'+' if b > 0 else '-'} {abs(b)}"


class Eq:
    def __init__(self, a, b, d, e, v):
        self.a, self.b, self.d, self.e, self.v = a, b, d, e, v
        assert a != d and (e - b) % (a - d) == 0
        self.val = (e - b) // (a - d)

    def left(self):
        return lin(self.a, self.b, self.v)

    def right(self):
        return lin(self.d, self.e, self.v) if self.d else str(self.e)

    def text(self):
        return f"{self.left()} = {self.right()}"

    def sides(self):
        return [self.left()] + ([self.right()] if self.d else [])

    def steps(self):
        a, b, d, e, v = self.a, self.b, self.d, self.e, self.v
        out = [self.text()]
        if d:
            out.append(f"Subtract {term(d, v)} from both sides: {lin(a - d, b, v)} = {e}")
        k = a - d
        if b > 0:
            out.append(f"Subtract {b} from both sides: {term(k, v)} = {e - b}")
        elif b < 0:
            out.append(f"Add {-b} to both sides: {term(k, v)} = {e - b}")
        if k != 1:
            out.append(f"Divide both sides by {k}: {v} = {self.val}")
        return out

    def check(self, fmt=0):
        a, b, d, e, x = self.a, self.b, self.d, self.e, self.val
        L = a * x + b
        if d:
            if fmt % 2:
                return [f"Check: {sub(a, x, b)} = {L} and {sub(d, x, e)} = {L}"]
            return [f"Left: {sub(a, x, b)} = {L}", f"Right: {sub(d, x, e)} = {L}"]
        if fmt % 2 and b:
            return [f"Check: {sub(a, x, b)} = {a * x} {'+' if b > 0 else '-'} {abs(b)} = {e}"]
        return [f"Check: {sub(a, x, b)} = {e}"]

    def working(self, check=False, fmt=0):
        return "\n".join(self.steps() + (self.check(fmt) if check else []))


def rand_eq(v, both=False):
    while True:
        a = R.randint(2, 9)
        x = R.choice([R.randint(2, 15), R.randint(2, 15), R.randint(-9, -1)])
        b = R.choice([R.randint(1, 30), -R.randint(1, 20)])
        if both:
            d = R.randint(1, a - 1)
            e = (a - d) * x + b
            if e == 0:
                continue
            return Eq(a, b, d, e, v)
        e = a * x + b
        if e == 0:
            continue
        return Eq(a, b, 0, e, v)


LEADS = ["Solve for {v}: {eq}.", "Solve for {v}: {eq}. Show each step.", "Solve {eq} for {v}.",
         "Find {v}: {eq}. Show your working.", "Solve the equation {eq} for {v}, step by step."]


def eprompt(eq, phrase, lead, where="end"):
    base = LEADS[lead].format(v=eq.v, eq=eq.text())
    if not phrase:
        return base
    if where == "front":
        return phrase + " " + base
    if where == "line":
        return base + "\n" + phrase
    return base + " " + phrase


def eadd(pid, fam, pr, eq, answers, kind, base=None, safe=False, checks=False, false_lines=None):
    if pr in R255_USED:
        return None
    R255_USED.add(pr)
    E(pid, fam, pr, eq.v, str(eq.val), answers, safe=safe, false_lines=false_lines)
    if checks:
        R255_CHECK[pid] = eq.sides()
    r255_note(pid, base, kind)
    return pid


# a check asked, in words likely inside the instruction vocabulary, or under a negation that does not deny it
ASK_PLAIN = ["Show that your answer is correct.", "Show your answer is right.", "Show the answer works.",
             "Prove your answer.", "Prove it.", "Show it holds.", "Confirm the answer.",
             "Make sure the answer is correct.", "Double-check.", "Double check the answer.", "Check back.",
             "Put the answer back in.", "Put it back into the equation.", "Substitute the answer into the equation.",
             "Plug it in to check.", "Show a check.", "Add a check.", "With a check, please.", "Include the check.",
             "Check as well.", "Also check.", "Show each step and a check.", "Show each step, then the check.",
             "Show each step. Check at the end.", "Show each step; end with a check.",
             "Check your answer against the equation.", "Please check.", "Check, please.", "Checked, please.",
             "Verify each step and the answer.", "Answer, then check.", "Give the answer and check it.",
             "Show the steps and the check.", "And check.", "Check the answer.", "Answer with a check."]
ASK_NEG = ["Don't forget to check.", "Do not skip the check.", "Never skip the check.", "No answer without a check.",
           "Don't just solve it, check it.", "Not only solve it, but also check it.", "Do not forget to verify.",
           "Don't submit without a check.", "Don't leave out the check.", "It isn't done until you check it.",
           "Check, don't guess.", "Don't guess; verify.", "No shortcuts: check the solution.",
           "Without fail, check the solution.", "Never forget the check.", "Nothing is finished without a check.",
           "You must not skip the check.", "Do not hand it in unchecked.", "Don't stop before the check.",
           "It is not optional: check it.", "No, really, check it.", "Checking is not optional."]
ASK_LANG = ["Verifica la soluzione.", "Comprueba la solución.", "Verifique a resposta.", "Ellenőrizd a megoldást.",
            "Zkontroluj řešení.", "Çözümü kontrol et.", "Gør prøve.", "Tee tarkistus.", "Sprawdź wynik.",
            "Fai la verifica.", "Haz la comprobación.", "Faça a prova.", "검산하세요.", "تحقق من الحل.",
            "Провер ответ подстановкой.", "Kontrollera svaret.", "Probe machen.", "Prøv svaret."]
# no check asked: the word in another sense, or denied
OTHER_SENSE = ["Check your spelling.", "Check the box when you are done.", "Check off each step as you go.",
               "Use a check mark for each step.", "Keep it short; keep rambling in check.",
               "Check the formatting before you answer.", "Before solving, check that you copied the equation right.",
               "Reality check: keep it short.", "Check the equation for typos first.", "A check for $20 is attached.",
               "Check in when you are done.", "Check your handwriting.", "Checkered paper is fine.",
               "Write neatly; check the layout."]
NEGATED = ["No need to check.", "Don't verify.", "Check is not needed.", "Checking is not needed.",
           "A check is not needed.", "Check not required.", "Verification not needed.", "No check, please.",
           "Skip checking.", "Leave out the check.", "Without a check.", "Check: not needed.",
           "No checking required.", "Checking isn't necessary.", "Don't bother checking.", "You need not check.",
           "There's no need for a check.", "The check is not needed.", "Verifying is unnecessary.",
           "Check? No need."]

VARS_A = ["x", "y", "n", "c", "k", "t", "e", "h", "v", "m", "p", "z"]
# a check asked as "with a check" and near forms (every word but the check word in the instruction vocabulary)
ASK_WITH = ["Answer with a check.", "Reply with a check.", "Respond with a check.", "Answer with check.",
            "Answer with a check line.", "Solve with a check.", "Please answer with a check.",
            "Answer with a check at the end.", "Return the answer with a check.", "Give the answer with a check.",
            "Show the answer with a check.", "Answer with the check.", "Answer with checks.",
            "Answer with a check, please.", "Answer, with a check.", "Answer with a check of the solution.",
            "Answer plus check.", "Answer and check.", "Steps, answer, check.", "Give steps and a check.",
            "Show each step with a check.", "Show each step, with a check at the end.", "Solve it, with a check.",
            "Answer in steps with a check.", "With check.", "Answer with a verification.", "Answer with a proof.",
            "Answer with a test.", "Answer with a quick check.", "Answer with a final check.",
            "Answer with checking.", "Answer checked.", "Give a checked answer.", "A checked answer, please.",
            "Answer and verify.", "Answer with verification.", "Reply with the answer and a check.",
            "Answer with a check and each step.", "Each step, then a check.", "Steps and check, please."]
ga = 0
# A1: a base without a check, then a check asked (model right with the check; every other base: the model forgets
# the check first). Right answer: a working with the check.
for g in range(24):
    v = VARS_A[g % len(VARS_A)]
    both = g % 4 == 3
    eq = rand_eq(v, both)
    lead = g % len(LEADS)
    bid = f"d255-a1{g:02d}-base"
    if not eadd(bid, "eq_nocheck_base", eprompt(eq, None, lead), eq, [eq.working()], "base"):
        continue
    forget = g % 2 == 1
    picks = R.sample(ASK_WITH, 11) + R.sample(ASK_PLAIN, 2) + R.sample(ASK_NEG, 2) + R.sample(ASK_LANG, 2)
    for k, ph in enumerate(picks):
        where = ["end", "end", "line", "front"][k % 4]
        w = eq.working(True, k)
        ans = [eq.working(), w] if forget else [w]
        fam = ("eq_ask_with" if ph in ASK_WITH else "eq_ask_neg" if ph in ASK_NEG else "eq_ask_lang" if ph in ASK_LANG
               else "eq_ask_plain")
        eadd(f"d255-a1{g:02d}-ask{k:02d}", fam, eprompt(eq, ph, lead, where), eq, ans, "pair", base=bid, checks=True)
    # safe: the word in another sense, or the check denied
    for k, ph in enumerate(R.sample(OTHER_SENSE, 3) + R.sample(NEGATED, 3)):
        fam = "eq_other_sense" if ph in OTHER_SENSE else "eq_negated"
        eadd(f"d255-a1{g:02d}-safe{k}", fam, eprompt(eq, ph, lead), eq, [eq.working()], "safe", base=bid, safe=True)

# A2: a base that asks for a check (stored with it), then: the check denied or the word in another sense (safe:
# a working with a check still answers), the check asked in other words (safe), a check asked of another value
# (the stored check is of the solution), the constant changed with the check phrase moved.
ASK_STD = ["Check the solution.", "Verify your answer.", "Check your answer.", "Show that it works.",
           "Also verify your answer.", "Include a check at the end."]
for g in range(10):
    v = VARS_A[(g + 5) % len(VARS_A)]
    both = g % 3 == 2
    eq = rand_eq(v, both)
    lead = (g + 1) % len(LEADS)
    ph = ASK_STD[g % len(ASK_STD)]
    bid = f"d255-a2{g:02d}-base"
    if not eadd(bid, "eq_check_base", eprompt(eq, ph, lead), eq, [eq.working(True, g)], "base", checks=True):
        continue
    for k, ph2 in enumerate(R.sample(NEGATED, 4) + R.sample(OTHER_SENSE, 3)):
        fam = "eq_other_sense" if ph2 in OTHER_SENSE else "eq_negated"
        eadd(f"d255-a2{g:02d}-safe{k}", fam, eprompt(eq, ph2, lead), eq, [eq.working()], "safe", base=bid, safe=True)
    for k, ph2 in enumerate(R.sample(ASK_PLAIN, 2) + R.sample(ASK_WITH, 3)):
        eadd(f"d255-a2{g:02d}-re{k}", "eq_ask_reword", eprompt(eq, ph2, lead), eq, [eq.working(True, k)], "safe",
             base=bid, safe=True, checks=True)
    # both: denied and asked (the last word wins? asked in a later sentence)
    for k, ph2 in enumerate(["No need to check. Actually, do check it.", "Don't check the steps, check the answer.",
                             "Check the spelling, and check the answer.", "Skip the steps check; check the solution."]):
        eadd(f"d255-a2{g:02d}-mix{k}", "eq_ask_mixed", eprompt(eq, ph2, lead), eq, [eq.working(True, k)], "safe",
             base=bid, safe=True, checks=True)
    # a check of another value asked (the right answer checks it: another value put in)
    other = eq.val + R.choice([1, 2, -1])
    a, b, d, e = eq.a, eq.b, eq.d, eq.e
    Lo = a * other + b
    for k, tpl in enumerate(["Check whether {v} = {o} works too.", "Also check {v} = {o}.",
                             "Check the solution, and check {v} = {o} as well."]):
        ph2 = tpl.format(v=v, o=other)
        w = eq.working(True, 0) + f"\nCheck {v} = {other}: {sub(a, other, b)} = {Lo}, not {eq.right() if not d else d * other + e}"
        eadd(f"d255-a2{g:02d}-oth{k}", "eq_check_other_value", eprompt(eq, ph2, lead), eq, [w], "pair", base=bid,
             checks=True)
    # the constant changed, the check phrase kept or moved
    eq2 = Eq(a, b, d, e + (a - d), v)
    eadd(f"d255-a2{g:02d}-const", "eq_check_const", eprompt(eq2, ph, lead, "front"), eq2, [eq2.working(True, 1)],
         "pair", base=bid, checks=True, false_lines=[l for l in eq.working(True, g).split("\n")[1:]
                                                      if l not in eq2.working(True, 1).split("\n")])

# A3: singles whose model answers a check wrong first (or not at all), then right; run 2 reuses whatever run 1 stored.
PH_SINGLE = ASK_WITH + ASK_STD + ASK_NEG[:10] + ASK_LANG[:6]


def flawed(eq):
    a, b, d, e, x, v = eq.a, eq.b, eq.d, eq.e, eq.val, eq.v
    L = a * x + b
    st = eq.steps()
    k = a - d
    out = [("nocheck", st, [])]
    out.append(("badarith", st + [f"Check: {sub(a, x, b)} = {e + 1 if not d else L + 1}"], [f"Check: {sub(a, x, b)} = {e + 1 if not d else L + 1}"]))
    out.append(("stepcheck", st + [f"Check: {sub(k, x, 0)} = {k * x}"], []))
    out.append(("othereq", st + [f"Check: {sub(a, x, b + 1)} = {L + 1}"], []))
    out.append(("words", st + ["Check: it works."], []))
    out.append(("varline", st + [f"Check: {eq.text()}"], []))
    if d:
        out.append(("leftonly", st + [f"Left: {sub(a, x, b)} = {L}"], []))
        out.append(("rightonly", st + [f"Right: {sub(d, x, e)} = {L}"], []))
        out.append(("sameside", st + [f"Check: {sub(a, x, b)} = {L} and {sub(a, x, b)} = {L}"], []))
    else:
        out.append(("coefdrop", st + [f"Check: {x} + {b} = {x + b}" if b > 0 else f"Check: {x} - {-b} = {x + b}"], []))
        out.append(("bare", st + [f"Check: {L} = {e}"], []))
    return out


gs = 0
for g in range(104):
    v = VARS_A[g % len(VARS_A)]
    both = g % 3 == 1
    eq = rand_eq(v, both)
    ph = PH_SINGLE[g % len(PH_SINGLE)]
    fl = flawed(eq)
    tag, lines, fls = fl[g % len(fl)]
    sticky = g % 5 == 4
    right = eq.working(True, g)
    ans = [ "\n".join(lines)] * (2 if sticky else 1) + [right]
    where = ["end", "line", "front"][g % 3]
    eadd(f"d255-a3{g:02d}-{tag}", "eq_single_" + tag, eprompt(eq, ph, g % len(LEADS), where), eq, ans, "single",
         checks=True, false_lines=fls or None)

# ====================================================================== part B: whose the record is
FIRST = ["Maria", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Omar", "Tomas", "Jonas", "Pavel",
         "Rui", "Erik", "Karim", "Felix", "Oskar", "Marta", "Ivan", "Arne"]
LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik",
        "Haug", "Moen", "Brekke"]
CITY = ["Porto", "Braga", "Ghent", "Bruges", "Bergen", "Lyon", "Nantes", "Graz", "Linz", "Split", "Zadar", "Aarhus",
        "Odense", "Malmö", "Uppsala", "Leiden", "Utrecht"]
COMPANY = ["Bank of the West", "Front Desk's Café", "Friends of the Earth", "House of the Rising Sun Ltd",
           "Reception's Bistro", "Nordic Timber AS", "Agent's Corner", "Manager's Choice Foods"]
KINDB = {
    "npe": [("name", "Name", "string"), ("phone", "Phone", "string"), ("email", "Email", "string")],
    "nac": [("name", "Name", "string"), ("age", "Age", "integer"), ("city", "City", "string")],
    "ncp": [("name", "Name", "string"), ("city", "City", "string"), ("phone", "Phone", "string")],
    "nco": [("name", "Name", "string"), ("company", "Company", "string"), ("city", "City", "string")],
}
PARTIES = {"customer": ["front desk", "agent", "manager", "assistant", "sales rep", "receptionist"],
           "guest": ["front desk", "travel agent", "host", "receptionist", "manager"],
           "patient": ["next of kin", "referring doctor", "nurse", "assistant"],
           "supplier": ["buyer", "broker", "agent", "manager"],
           "passenger": ["booking agent", "driver", "assistant"]}
PLURAL = {"front desk": "front desks", "agent": "agents", "manager": "managers", "assistant": "assistants",
          "sales rep": "sales reps", "receptionist": "receptionists", "travel agent": "travel agents", "host": "hosts",
          "next of kin": "next of kin", "referring doctor": "referring doctors", "nurse": "nurses", "buyer": "buyers",
          "broker": "brokers", "booking agent": "booking agents", "driver": "drivers"}
CONT = ["Text:", "Record:", "Form:", "Card:"]


def bvals(kind, rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    v = {"name": f"{f} {l}", "age": rng.randint(23, 71), "city": rng.choice(CITY),
         "phone": "555-%04d" % rng.randint(100, 9999), "email": f"{f.lower()}.{l.lower()}@example.org",
         "company": rng.choice(COMPANY)}
    return {k: v[k] for k, _, _ in KINDB[kind]}, f


def jadd(pid, fam, prompt, schema, expect, answers, kind, base=None, safe=False):
    if prompt in R255_USED:
        return None
    R255_USED.add(prompt)
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r255_note(pid, base, kind)
    return pid


def cap(s):
    return s[0].upper() + s[1:]


# the record (or all of it) given to another party in the handing-over sentence, in forms the last fixes may not read
WHOLE = [
    ("describe", "Please process the following {A} record; the details below describe the {O}."),
    ("concern", "Please process the following {A} record; the details below concern our {O}."),
    ("about", "Forwarded by the {A}; details about the {O} below."),
    ("on", "Forwarded by the {A}; details on our {O} below."),
    ("regarding", "Forwarded by the {A}; details regarding the {O} below."),
    ("info", "Please process the following {A} record; the information is the {O}'s."),
    ("info2", "Please process the following {A} record; the info below is the {O}'s."),
    ("partic", "Please process the following {A} record; the particulars are the {O}'s."),
    ("entries", "Please process the following {A} record; the entries below are the {O}'s."),
    ("values", "Please process the following {A} record; the values below are the {O}'s."),
    ("fields", "Please process the following {A} record; the fields below are the {O}'s."),
    ("everything", "Please process the following {A} record; everything below is the {O}'s."),
    ("allofit", "Please process the following {A} record; all of it is the {O}'s."),
    ("contents", "Please process the following {A} record; the contents are the {O}'s."),
    ("profile", "Please process the following {A} record; the profile below is the {O}'s."),
    ("plural", "Please process the following {A} record; the details are the {OP}'."),
    ("curly", "Please process the following {A} record; the details are the {O}\u2019s."),
    ("capital", "Please process the following {A} record; the details are the {OC}'s."),
    ("dept", "Please process the following {A} record; the details are {OT}'s."),
    ("ofour", "Please process the following {A} record; the details are those of our {O}."),
    ("ofan", "Please process the following {A} record; the details are those of an {O}."),
    ("ofthis", "Please process the following {A} record; details of this {O} below."),
    ("ofits", "Please process the following {A} record; details of its {O} below."),
    ("belong", "Please process the following {A} record; the details belong to the {O}."),
    ("for", "Please process the following {A} record; the details below are for the {O} personally."),
    ("identify", "Please process the following {A} record; the details identify the {O}, not the {A}."),
    ("chain", "Please process the following {A} record; the details are the {A}'s {O}'s."),
    ("compound", "Please process the following {A} record; the details are the {A} {O}'s."),
    ("themselves", "Please process the following {A} record, which our {O} filled in about themselves."),
    ("notA", "Please process the following {A} record; the details are the {O}'s, not the {A}'s."),
    ("oftheA", "Please process the following {A} record; details of the {A}'s {O} below."),
    ("owner", "Please process the following {A} record; the {O} is the owner of the details below."),
    ("whose", "Please process the following {A} record, whose details are the {O}'s."),
    ("self", "Please process the following {A} record; the {O} entered their own details below."),
]
# one member given to another party (the asked party's value for it is not in the text)
MEMBER = [
    ("poss", "Please process the following {A} record; the {M} below is the {O}'s."),
    ("rings", "Please process the following {A} record; the {M} below rings at the {O}."),
    ("reaches", "Please process the following {A} record; the {M} below reaches the {O}."),
    ("goesto", "Please process the following {A} record; the {M} below goes to the {O}."),
    ("belongs", "Please process the following {A} record; the {M} below belongs to the {O}."),
    ("only", "Please process the following {A} record; the {M} below: {O} only."),
    ("refers", "Please process the following {A} record; the {M} below refers to the {O}."),
    ("connects", "Please process the following {A} record; the {M} below connects to the {O}."),
    ("owns", "Please process the following {A} record; the {O} owns the {M} below."),
    ("uses", "Please process the following {A} record; the {O} uses the {M} below."),
    ("ofO", "Please process the following {A} record; the {M} below is that of our {O}."),
    ("Oposs2", "Please process the following {A} record; the {M} below is our {O}'s, not the {A}'s."),
    ("capposs", "Please process the following {A} record; the {M} below is the {OC}'s."),
    ("plposs", "Please process the following {A} record; the {M} below is the {OP}'."),
    ("fordesk", "Please process the following {A} record; the {M} below is the one for the {O}."),
]
MEMBER_CITY = [("livesin", "Please process the following {A} record; the {O} lives in the city below."),
               ("based", "Please process the following {A} record; the city below is where our {O} is based.")]
SAFE_B = [
    ("ownA", "Please process the following {A} record; the {M} below is the {A}'s {M}."),
    ("ownA2", "Please process the following {A} record; the details are the {A}'s own."),
    ("cafe", "Please process the following {A} record from Front Desk's Café."),
    ("bank", "Please process the following {A} record; the {A} banks with Bank of the West."),
    ("namepos", "Please process the following {A} record; {F}'s {M} is below."),
    ("namepos2", "Please process the following {A} record; the details are {F}'s."),
    ("sentby", "Please process the following {A} record, sent by the {O}."),
    ("typed", "Please process the following {A} record; the details were typed in by the {O}."),
    ("collected", "Please process the following {A} record; our {O} collected the details below."),
    ("branch", "Please process the following {A} record of the Bank of the West branch."),
    ("aposs", "Please process the following {A} record; the {A}'s {M} is below."),
    ("checked", "Please process the following {A} record, checked by the {O}."),
    ("detA", "Please process the following {A} record; details of the {A} below."),
    ("acct", "Please process the following {A} record (Front Desk's Café account)."),
    ("ofcity", "Please process the following {A} record from the Friends of the Earth office."),
]
OTITLE = {"front desk": "Front Desk", "agent": "Agent", "manager": "Manager", "assistant": "Assistant",
          "sales rep": "Sales Rep", "receptionist": "Receptionist", "travel agent": "Travel Agent", "host": "Host",
          "next of kin": "Next of Kin", "referring doctor": "Referring Doctor", "nurse": "Nurse", "buyer": "Buyer",
          "broker": "Broker", "booking agent": "Booking Agent", "driver": "Driver"}
# connectors that got through once with a desk: "details of its X below", "details on our X below"; more of them
WHOLE2 = [
    ("ofhis", "Please process the following {A} record; details of his {O} below."),
    ("ofher", "Please process the following {A} record; details of her {O} below."),
    ("oftheir", "Please process the following {A} record; details of their {O} below."),
    ("ofmy", "Please process the following {A} record; details of my {O} below."),
    ("ofyour", "Please process the following {A} record; details of your {O} below."),
    ("ofone", "Please process the following {A} record; details of one {O} below."),
    ("ofthat", "Please process the following {A} record; details of that {O} below."),
    ("ofownO", "Please process the following {A} record; details of our own {O} below."),
    ("onthe", "Forwarded by the {A}; details on the {O} below."),
    ("onits", "Forwarded by the {A}; details on its {O} below."),
    ("onhis", "Forwarded by the {A}; details on his {O} below."),
    ("re", "Forwarded by the {A}; details re our {O} below."),
    ("recolon", "Forwarded by the {A}; details re: the {O} below."),
    ("particof", "Please process the following {A} record; particulars of its {O} below."),
    ("infoof", "Please process the following {A} record; information on our {O} below."),
    ("contactof", "Please process the following {A} record; contact details of its {O} below."),
    ("detcolon", "Forwarded by the {A}; details: our {O}, below."),
    ("detparen", "Forwarded by the {A}; details (our {O}) below."),
    ("onAO", "Forwarded by the {A}; details on the {A}'s {O} below."),
    ("ofAO", "Please process the following {A} record; details of its own {O} below."),
    ("itsO", "Please process the following {A} record; its {O}'s details below."),
    ("ourO", "Please process the following {A} record; our {O}'s details below."),
    ("thisis", "Please process the following {A} record; this is our {O}."),
    ("below", "Please process the following {A} record; below: our {O}."),
    ("thatof", "Please process the following {A} record, that of its {O}."),
    ("namely", "Please process the following {A} record, namely that of our {O}."),
]
# "re:" got through for almost any party: more of its kind
WHOLE3 = [
    ("recolon2", "Forwarded by the {A}; details re: our {O} below."),
    ("redot", "Forwarded by the {A}; details re. the {O} below."),
    ("reparen", "Forwarded by the {A}; details (re: the {O}) below."),
    ("reafter", "Forwarded by the {A}; details below, re: the {O}."),
    ("subject", "Forwarded by the {A}; subject: the {O}, details below."),
    ("aboutcolon", "Forwarded by the {A}; about: the {O}, details below."),
    ("refcolon", "Forwarded by the {A}; details ref: the {O} below."),
    ("concolon", "Forwarded by the {A}; details concerning: the {O} below."),
    ("recolon3", "Forwarded by the {A}; details: re the {O}, below."),
    ("wrt", "Forwarded by the {A}; details wrt. the {O} below."),
    ("rerec", "Please process the following {A} record; re: the {O} only."),
    ("attcolon", "Forwarded by the {A}; details below are re: the {O} itself."),
]
DESK = ["front desk", "agent", "desk", "manager", "front-desk team", "assistant", "information desk", "sales rep",
        "booking desk", "broker", "help desk", "branch", "reception desk", "ward", "service desk", "receptionist",
        "check-in desk", "travel agent", "ticket counter", "landlord"]
for w in DESK:
    PLURAL.setdefault(w, w + "s")  # landlord -> landlords
    OTITLE.setdefault(w, " ".join(x.capitalize() for x in w.split(" ")))
rb = random.Random(2551)
gb = 0
ASKED = ["customer", "guest", "patient", "passenger", "supplier", "customer", "guest"]
for i in range(20):
    A = ASKED[i % len(ASKED)]
    O = DESK[i % len(DESK)]
    kind = ["npe", "nac", "ncp", "nco"][i % 4]
    gb += 1
    schema = S({k: t for k, _, t in KINDB[kind]})
    vals, first = bvals(kind, rb)
    names = [lab.lower() for _, lab, _ in KINDB[kind]]
    listing = ", ".join(names[:-1]) + " and " + names[-1]
    instr = rb.choice([f"Return the {A}'s {listing} as JSON.", f"Give the {listing} of the {A} as JSON."])
    cont = rb.choice(CONT)
    rec = "\n".join(f"{lab}: {vals[k]}" for k, lab, _ in KINDB[kind])
    fam = f"b_{A}"

    def doc(head):
        return f"{instr}\n{cont}\n{head}\n{rec}\n"
    bid = f"d255-b{gb:03d}-base"
    if not jadd(bid, fam + "_base", doc(f"Please process the following {A} record."), schema, dict(vals),
                [dict(vals)], "base"):
        continue
    subs = dict(A=A, O=O, OP=PLURAL[O], OC=OTITLE[O], OT=OTITLE[O], F=first)
    mem_words = [k for k, _, _ in KINDB[kind] if k in ("phone", "email", "city", "age")]
    forms = rb.sample(WHOLE2, 14) + WHOLE3
    for tag, tpl in forms:
        jadd(f"d255-b{gb:03d}-w-{tag}", fam + "_whole", doc(tpl.format(**subs)), schema, R255_REFUSE,
             [dict(vals)], "pair", base=bid)
    for tag, tpl in rb.sample(MEMBER, 5) + (MEMBER_CITY if "city" in mem_words else []):
        M = rb.choice(mem_words)
        jadd(f"d255-b{gb:03d}-m-{tag}-{M}", fam + "_member", doc(tpl.format(M=M, **subs)), schema, R255_REFUSE,
             [dict(vals)], "pair", base=bid)
    for tag, tpl in rb.sample(SAFE_B, 5):
        M = rb.choice(mem_words)
        jadd(f"d255-b{gb:03d}-s-{tag}", fam + "_safe", doc(tpl.format(M=M, **subs)), schema, dict(vals),
             [dict(vals)], "safe", base=bid, safe=True)


# ====================================================================== part C: a word after a member's name
CITY_C = [("Bergen", "BGO", "5003"), ("Tromsø", "TOS", "9008"), ("Stavanger", "SVG", "4006"), ("Lyon", "LYS", "69001"),
          ("Graz", "GRZ", "8010"), ("Porto", "OPO", "4000-123"), ("Malmö", "MMX", "211 20"), ("Aarhus", "AAR", "8000"),
          ("Nantes", "NTE", "44000"), ("Linz", "LNZ", "4020")]
rc = random.Random(2552)


def c_person(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    c = rng.choice(CITY_C)
    age = rng.choice([23, 29, 34, 41, 47, 52, 63])
    rec = f"Name: {f} {l}\nAge: {age}\nCity: {c[0]}\n"
    return ({"name": f"{f} {l}", "age": age, "city": c[0]}, rec,
            {"first": f, "last": l, "code": c[1], "postcode": c[2], "age": age})


def c_contact(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(["example.org", "mail.example.com", "example.net"])
    ph = "+47 %d%d%d %02d %03d" % (rng.randint(4, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(10, 99),
                                    rng.randint(100, 999))
    rec = f"Name: {f} {l}\nEmail: {f.lower()}.{l.lower()}@{dom}\nPhone: {ph}\n"
    return ({"name": f"{f} {l}", "email": f"{f.lower()}.{l.lower()}@{dom}", "phone": ph}, rec,
            {"first": f, "last": l, "domain": dom, "user": f"{f.lower()}.{l.lower()}", "cc": "+47"})


def c_invoice(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    c = rng.choice(CITY_C)
    amt = rng.choice([1240.5, 310.25, 87.4, 4999.9, 615.75, 2200.6])
    rec = f"Customer: {f} {l}\nCity: {c[0]}\nAmount: {amt:.2f} EUR\n"
    return ({"customer": f"{f} {l}", "city": c[0], "amount": amt}, rec,
            {"first": f, "last": l, "code": c[1], "postcode": c[2]})


SCH_C = {"person": S({"name": "string", "age": "integer", "city": "string"}),
         "contact": S({"name": "string", "email": "string", "phone": "string"}),
         "invoice": S({"customer": "string", "city": "string", "amount": "number"})}
INSTR_C = {"person": "Extract the name, age and city from the record as JSON.",
           "contact": "Extract the name, email and phone from the record as JSON.",
           "invoice": "Extract the customer, city and amount as JSON."}
MK = {"person": c_person, "contact": c_contact, "invoice": c_invoice}
# (tag, member word replaced, replacement, member, right value: fn(info, base) or None for a refusal, safe)
REF = None
FORMS_C = {
    "person": [
        ("codefor", "city", "code for the city", "city", lambda i, b: i["code"], False),
        ("postfor", "city", "postcode for the city", "city", lambda i, b: i["postcode"], False),
        ("codethis", "city", "code of this city", "city", lambda i, b: i["code"], False),
        ("codeits", "city", "code of its city", "city", lambda i, b: i["code"], False),
        ("cityparen", "city", "city (code)", "city", lambda i, b: i["code"], False),
        ("citydash", "city", "city - code", "city", lambda i, b: i["code"], False),
        ("cityslash", "city", "city/code", "city", lambda i, b: i["code"], False),
        ("cityhyph", "city", "city-code", "city", lambda i, b: i["code"], False),
        ("citycap", "city", "City Code", "city", lambda i, b: i["code"], False),
        ("cityupper", "city", "CITY CODE", "city", lambda i, b: i["code"], False),
        ("citycurly", "city", "city\u2019s code", "city", lambda i, b: i["code"], False),
        ("citys", "city", "citys code", "city", lambda i, b: i["code"], False),
        ("cityown", "city", "city's own code", "city", lambda i, b: i["code"], False),
        ("citypop", "city", "city population", "city", REF, False),
        ("cityregion", "city", "city region", "city", REF, False),
        ("cityairport", "city", "city airport", "city", lambda i, b: i["code"], False),
        ("citycountry", "city", "country for the city", "city", REF, False),
        ("cityabbr", "city", "city abbreviated", "city", lambda i, b: i["code"], False),
        ("citytrans", "city", "city translated", "city", REF, False),
        ("cityenc", "city", "city encoded", "city", REF, False),
        ("ageon", "age", "age on entry", "age", REF, False),
        ("ageupon", "age", "age upon entry", "age", REF, False),
        ("ageadm", "age", "age on admission", "age", REF, False),
        ("ageasof", "age", "age as of entry", "age", REF, False),
        ("agerec", "age", "age recorded at entry", "age", REF, False),
        ("agenext", "age", "age next year", "age", lambda i, b: i["age"] + 1, False),
        ("agelast", "age", "age last year", "age", lambda i, b: i["age"] - 1, False),
        ("agedbl", "age", "age doubled", "age", lambda i, b: i["age"] * 2, False),
        ("agehalf", "age", "age halved", "age", REF, False),
        ("ageinc", "age", "age incremented", "age", lambda i, b: i["age"] + 1, False),
        ("agedog", "age", "age in dog years", "age", REF, False),
        ("ageten", "age", "age in ten years", "age", lambda i, b: i["age"] + 10, False),
        ("namerev", "name", "name reversed", "name", lambda i, b: i["last"] + " " + i["first"], False),
        ("nameabbr", "name", "name abbreviated", "name", REF, False),
        ("nameshort", "name", "name shortened", "name", REF, False),
        ("nameinit", "name", "name initials", "name", lambda i, b: i["first"][0] + i["last"][0], False),
        ("initfrom", "name", "initials from the name", "name", lambda i, b: i["first"][0] + i["last"][0], False),
        ("initin", "name", "initials in the name", "name", lambda i, b: i["first"][0] + i["last"][0], False),
        ("firstletter", "name", "first letter in the name", "name", lambda i, b: i["first"][0], False),
        ("nameanon", "name", "name anonymised", "name", REF, False),
        ("nametrunc", "name", "name truncated", "name", REF, False),
        ("namelen", "name", "name length", "name", REF, False),
        # safe
        ("s-below", "city", "city below", "city", None, True),
        ("s-shown", "age", "age shown", "age", None, True),
        ("s-given", "name", "name given", "name", None, True),
        ("s-stated", "city", "city as stated", "city", None, True),
        ("s-written", "name", "name exactly as written", "name", None, True),
        ("s-mentioned", "city", "city mentioned", "city", None, True),
        ("s-fromtext", "age", "age from the text", "age", None, True),
        ("s-here", "name", "name here", "name", None, True),
        ("s-please", "city", "city, please,", "city", None, True),
        ("s-verbatim", "name", "name, verbatim,", "name", None, True),
        ("s-named", "city", "city named", "city", None, True),
        ("s-inrec", "age", "age in the record", "age", None, True),
        ("s-appears", "name", "name that appears", "name", None, True),
        ("s-provided", "age", "age provided", "age", None, True),
        ("s-astext", "city", "city as in the text", "city", None, True),
    ],
    "contact": [
        ("emaddrdom", "email", "email address domain", "email", lambda i, b: i["domain"], False),
        ("domin", "email", "domain in the email", "email", lambda i, b: i["domain"], False),
        ("domfrom", "email", "domain from the email", "email", lambda i, b: i["domain"], False),
        ("emdomname", "email", "email domain name", "email", lambda i, b: i["domain"], False),
        ("domthis", "email", "domain of this email", "email", lambda i, b: i["domain"], False),
        ("emhost", "email", "email host", "email", lambda i, b: i["domain"], False),
        ("emuser", "email", "email username", "email", lambda i, b: i["user"], False),
        ("emhandle", "email", "email handle", "email", lambda i, b: i["user"], False),
        ("emaddrhost", "email", "email address host", "email", lambda i, b: i["domain"], False),
        ("emmasked", "email", "email masked", "email", REF, False),
        ("emobf", "email", "email obfuscated", "email", REF, False),
        ("emparen", "email", "email (domain)", "email", lambda i, b: i["domain"], False),
        ("phprefix", "phone", "phone number prefix", "phone", lambda i, b: i["cc"], False),
        ("ccin", "phone", "country code in the phone", "phone", lambda i, b: i["cc"], False),
        ("ccfrom", "phone", "country code from the phone", "phone", lambda i, b: i["cc"], False),
        ("phcc", "phone", "phone country code", "phone", lambda i, b: i["cc"], False),
        ("phnumcc", "phone", "phone number's country code", "phone", lambda i, b: i["cc"], False),
        ("phext", "phone", "phone extension", "phone", REF, False),
        ("phpre", "phone", "phone prefix", "phone", lambda i, b: i["cc"], False),
        ("phredact", "phone", "phone redacted", "phone", REF, False),
        ("phhash", "phone", "phone hashed", "phone", REF, False),
        ("phcurly", "phone", "phone\u2019s country code", "phone", lambda i, b: i["cc"], False),
        ("phdash", "phone", "phone - country code", "phone", lambda i, b: i["cc"], False),
        ("nameinit", "name", "name initials", "name", lambda i, b: i["first"][0] + i["last"][0], False),
        ("namerev", "name", "name reversed", "name", lambda i, b: i["last"] + " " + i["first"], False),
        ("namesurn", "name", "name surname", "name", lambda i, b: i["last"], False),
        ("s-written", "email", "email, as written,", "email", None, True),
        ("s-given", "name", "name given", "name", None, True),
        ("s-shown", "phone", "phone shown", "phone", None, True),
        ("s-below", "email", "email below", "email", None, True),
        ("s-provided", "phone", "phone provided", "phone", None, True),
        ("s-stated", "email", "email as stated", "email", None, True),
        ("s-listed", "phone", "phone as listed", "phone", None, True),
        ("s-inrec", "name", "name in the record", "name", None, True),
    ],
    "invoice": [
        ("custcodefor", "customer", "code for the customer", "customer", REF, False),
        ("custnum", "customer", "customer number", "customer", REF, False),
        ("custid", "customer", "customer ID", "customer", REF, False),
        ("custparen", "customer", "customer (code)", "customer", REF, False),
        ("custhyph", "customer", "customer-code", "customer", REF, False),
        ("custcap", "customer", "Customer Code", "customer", REF, False),
        ("custcurly", "customer", "customer\u2019s code", "customer", REF, False),
        ("custacct", "customer", "customer account", "customer", REF, False),
        ("custinit", "customer", "customer initials", "customer", lambda i, b: i["first"][0] + i["last"][0], False),
        ("custrev", "customer", "customer reversed", "customer", lambda i, b: i["last"] + " " + i["first"], False),
        ("codefor", "city", "code for the city", "city", lambda i, b: i["code"], False),
        ("postfor", "city", "postcode for the city", "city", lambda i, b: i["postcode"], False),
        ("cityparen", "city", "city (code)", "city", lambda i, b: i["code"], False),
        ("amtdbl", "amount", "amount doubled", "amount", lambda i, b: round(b["amount"] * 2, 2), False),
        ("amthalf", "amount", "amount halved", "amount", lambda i, b: round(b["amount"] / 2, 3), False),
        ("amton", "amount", "amount on arrival", "amount", REF, False),
        ("amtconv", "amount", "amount converted", "amount", REF, False),
        ("amtrounded", "amount", "amount rounded", "amount", lambda i, b: round(b["amount"]), False),
        ("amtnet", "amount", "amount net of tax", "amount", REF, False),
        ("amtper", "amount", "amount for the month", "amount", REF, False),
        ("s-below", "city", "city below", "city", None, True),
        ("s-given", "customer", "customer given", "customer", None, True),
        ("s-shown", "amount", "amount shown", "amount", None, True),
        ("s-written", "amount", "amount, as written,", "amount", None, True),
        ("s-stated", "customer", "customer as stated", "customer", None, True),
        ("s-named", "city", "city named", "city", None, True),
    ],
}
# a head word joined to a member's name by a connector the last fix may not read
HEADS = {"city": ["code", "ID", "abbreviation", "symbol", "number", "key", "short form", "acronym", "tag", "label"],
         "customer": ["code", "ID", "number", "key", "reference", "account", "tag", "handle", "initials", "label"],
         "name": ["initials", "code", "ID", "abbreviation", "key", "number", "handle", "tag", "short form", "label"],
         "guest": ["code", "ID", "number", "key", "reference", "tag", "initials", "handle", "label", "account"]}
CONN = [("for", "{H} for the {M}"), ("its", "{H} of its {M}"), ("this", "{H} of this {M}"),
        ("that", "{H} of that {M}"), ("their", "{H} of their {M}"), ("forthis", "{H} for this {M}"),
        ("tothe", "{H} to the {M}"), ("inthe", "{H} in the {M}"), ("paren", "{M} ({H})"), ("brack", "{M} [{H}]"),
        ("hyph", "{M}-{H}"), ("slash", "{M}/{H}"), ("dash", "{M} - {H}"), ("endash", "{M} \u2013 {H}"),
        ("emdash", "{M} \u2014 {H}"), ("colon", "{M}: {H}"), ("title", "{MT} {HT}"), ("upper", "{MU} {HU}"),
        ("curly", "{M}\u2019s {H}"), ("prime", "{M}\u2032s {H}"), ("grave", "{M}`s {H}"), ("noapos", "{M}s {H}"),
        ("under", "{H} under the {M}"), ("behind", "{H} behind the {M}"), ("from", "{H} from the {M}"),
        ("ofone", "{H} of one {M}"), ("plain", "{M} {H}"), ("poss", "{M}'s {H}"), ("ofthe", "{H} of the {M}")]
CONN_SAFE = [("below", "{M} below"), ("given", "{M} given"), ("shown", "{M} shown"), ("stated", "{M} as stated"),
             ("written", "{M}, as written,"), ("inrec", "{M} in the record"), ("fromtext", "{M} from the text"),
             ("named", "{M} named"), ("mentioned", "{M} mentioned"), ("provided", "{M} provided"),
             ("here", "{M} here"), ("astext", "{M} as in the text"), ("above", "{M} above"),
             ("listed", "{M} listed"), ("printed", "{M} printed"), ("exactly", "{M} exactly as written")]
AGE_T = ["age on entry", "age on the entry", "age on first entry", "age on record entry", "age in entry",
         "age on arrival", "age on joining", "age on registration", "age on intake", "age on entering",
         "age on leaving", "age on booking", "age on day one", "age on start", "age (on entry)", "age - on entry",
         "Age On Entry", "age, on entry,", "age on the day of entry", "age on entry date"]
KIND_C2 = {
    "person": ("Extract the name, age and city from the record as JSON.", ["name", "city"], c_person),
    "invoice": ("Extract the customer, city and amount as JSON.", ["customer", "city"], c_invoice),
    "guest": ("Give the guest and the number of nights as JSON.", ["guest"], None),
}


def c_guest(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    n = rng.randint(2, 9)
    return ({"guest": f"{f} {l}", "nights": n}, f"Guest: {f} {l}\nNights: {n}\n", {"first": f, "last": l})


SCH_C["guest"] = S({"guest": "string", "nights": "integer"})
INSTR_C["guest"] = KIND_C2["guest"][0]
MK["guest"] = c_guest
gc = 0
for kind, nbases, npairs in (("person", 13, 34), ("invoice", 10, 34), ("guest", 7, 30), ("contact", 2, 16)):
    for i in range(nbases):
        gc += 1
        base, rec, info = MK[kind](rc)
        instr = INSTR_C[kind]
        schema = SCH_C[kind]
        bid = f"d255-c{gc:03d}-base"
        if not jadd(bid, "c_" + kind + "_base", f"{instr}\n\nText:\n{rec}", schema, dict(base), [dict(base)], "base"):
            continue
        if kind == "contact":
            forms = FORMS_C[kind]
            picks = rc.sample([f for f in forms if f[5]], 4) + rc.sample([f for f in forms if not f[5]], npairs)
            for tag, word, repl, member, fn, safe in picks:
                pr = f"{instr.replace(word, repl, 1)}\n\nText:\n{rec}"
                exp = dict(base) if safe else (R255_REFUSE if fn is None else dict(base, **{member: fn(info, base)}))
                ans = dict(base) if safe or fn is None else dict(exp)
                jadd(f"d255-c{gc:03d}-{tag}", "c_" + kind + ("_safe" if safe else "_pair"), pr, schema, exp, [ans],
                     "safe" if safe else "pair", base=bid, safe=safe)
            continue
        members = KIND_C2[kind][1]
        combos = [(m, h, c) for m in members for h in HEADS[m] for c in CONN]
        for m, h, (ctag, ctpl) in rc.sample(combos, npairs):
            repl = ctpl.format(H=h, M=m, MT=m.capitalize(), HT=" ".join(x.capitalize() if x.islower() else x for x in h.split()),
                               MU=m.upper(), HU=h.upper())
            pr = f"{instr.replace(m, repl, 1)}\n\nText:\n{rec}"
            if h == "initials":
                exp = dict(base, **{m: info["first"][0] + info["last"][0]})
                ans = dict(exp)
            else:
                exp = R255_REFUSE
                fake = {"city": lambda: base[m][:3].upper(), "customer": lambda: "C-%04d" % rc.randint(1000, 9999),
                        "name": lambda: "N-%04d" % rc.randint(1000, 9999), "guest": lambda: "G-%04d" % rc.randint(1000, 9999)}[m]()
                ans = dict(base, **{m: fake})
            jadd(f"d255-c{gc:03d}-{m}-{h.replace(' ', '')}-{ctag}", "c_" + kind + "_" + ctag, pr, schema, exp, [ans],
                 "pair", base=bid)
        if kind == "person":
            for t in rc.sample(AGE_T, 6):
                pr = f"{instr.replace('age', t, 1)}\n\nText:\n{rec}"
                jadd(f"d255-c{gc:03d}-agetime{AGE_T.index(t):02d}",
                     "c_person_agetime", pr, schema, R255_REFUSE, [dict(base)], "pair", base=bid)
        for stag, stpl in rc.sample(CONN_SAFE, 6):
            m = rc.choice(members)
            pr = f"{instr.replace(m, stpl.format(M=m), 1)}\n\nText:\n{rec}"
            jadd(f"d255-c{gc:03d}-s-{m}-{stag}", "c_" + kind + "_safe", pr, schema, dict(base), [dict(base)], "safe",
                 base=bid, safe=True)


# the asked check's sides, for check.py's reader (a line that puts the value into each side)
for r255_p in P:
    if r255_p["id"] in R255_CHECK:
        r255_p["expect"]["check_sides"] = list(R255_CHECK[r255_p["id"]])

# ---------------------------------------------------------------------- findings
# From the cache, confirmed alone (the ids and their bases, fresh store, --runs 2): every one of them, clear and
# arguable; r255_arguable the arguable ones. r255_meta (built above): variant id -> {"base": base id}; {} for a
# base or a single.
r255_found_alone = {
    'd255-a100-ask00', 'd255-a100-ask01', 'd255-a100-ask02', 'd255-a100-ask04', 'd255-a100-ask08', 'd255-a101-ask01',
    'd255-a101-ask07', 'd255-a101-ask08', 'd255-a101-ask09', 'd255-a101-ask10', 'd255-a101-ask11', 'd255-a102-ask02',
    'd255-a102-ask04', 'd255-a102-ask09', 'd255-a104-ask02', 'd255-a104-ask03', 'd255-a104-ask04', 'd255-a104-ask09',
    'd255-a105-ask00', 'd255-a105-ask01', 'd255-a105-ask02', 'd255-a105-ask04', 'd255-a105-ask05', 'd255-a105-ask07',
    'd255-a105-ask09', 'd255-a107-ask01', 'd255-a107-ask02', 'd255-a107-ask04', 'd255-a107-ask06', 'd255-a107-ask08',
    'd255-a107-ask09', 'd255-a109-ask01', 'd255-a109-ask02', 'd255-a109-ask04', 'd255-a111-ask00', 'd255-a111-ask01',
    'd255-a111-ask02', 'd255-a111-ask03', 'd255-a111-ask04', 'd255-a111-ask05', 'd255-a111-ask06', 'd255-a111-ask08',
    'd255-a112-ask06', 'd255-a113-ask00', 'd255-a113-ask01', 'd255-a113-ask05', 'd255-a113-ask07', 'd255-a113-ask09',
    'd255-a113-ask10', 'd255-a117-ask00', 'd255-a117-ask01', 'd255-a117-ask03', 'd255-a117-ask06', 'd255-a117-ask07',
    'd255-a117-ask09', 'd255-a117-ask10', 'd255-a119-ask02', 'd255-a119-ask03', 'd255-a119-ask05', 'd255-a119-ask07',
    'd255-a119-ask10', 'd255-a120-ask07', 'd255-a121-ask00', 'd255-a121-ask01', 'd255-a121-ask03', 'd255-a121-ask04',
    'd255-a121-ask08', 'd255-a121-ask09', 'd255-a121-ask10', 'd255-a123-ask00', 'd255-a123-ask02', 'd255-a123-ask03',
    'd255-a123-ask04', 'd255-a123-ask05', 'd255-a123-ask06', 'd255-a123-ask11', 'd255-a300-nocheck',
    'd255-a307-rightonly', 'd255-a308-nocheck', 'd255-a324-nocheck', 'd255-a370-rightonly', 'd255-a380-nocheck',
    'd255-b001-w-concolon', 'd255-b001-w-ofher', 'd255-b001-w-ofhis', 'd255-b001-w-ofmy', 'd255-b001-w-onits',
    'd255-b001-w-reafter', 'd255-b001-w-recolon', 'd255-b001-w-recolon2', 'd255-b001-w-refcolon',
    'd255-b001-w-thatof', 'd255-b001-w-thisis', 'd255-b002-w-concolon', 'd255-b002-w-recolon2',
    'd255-b002-w-refcolon', 'd255-b003-w-concolon', 'd255-b003-w-ofher', 'd255-b003-w-ofmy', 'd255-b003-w-onhis',
    'd255-b003-w-onits', 'd255-b003-w-recolon2', 'd255-b003-w-refcolon', 'd255-b003-w-thisis',
    'd255-b004-w-aboutcolon', 'd255-b004-w-concolon', 'd255-b004-w-detcolon', 'd255-b004-w-recolon',
    'd255-b004-w-recolon2', 'd255-b004-w-recolon3', 'd255-b004-w-refcolon', 'd255-b004-w-subject',
    'd255-b005-w-below', 'd255-b005-w-concolon', 'd255-b005-w-onhis', 'd255-b005-w-reafter', 'd255-b005-w-recolon2',
    'd255-b005-w-refcolon', 'd255-b005-w-thatof', 'd255-b005-w-thisis', 'd255-b006-w-concolon', 'd255-b006-w-recolon',
    'd255-b006-w-recolon2', 'd255-b006-w-refcolon', 'd255-b007-w-below', 'd255-b007-w-concolon', 'd255-b007-w-infoof',
    'd255-b007-w-ofmy', 'd255-b007-w-oftheir', 'd255-b007-w-ofyour', 'd255-b007-w-onits', 'd255-b007-w-onthe',
    'd255-b007-w-reafter', 'd255-b007-w-recolon', 'd255-b007-w-recolon2', 'd255-b007-w-refcolon',
    'd255-b007-w-thatof', 'd255-b008-w-aboutcolon', 'd255-b008-w-below', 'd255-b008-w-concolon',
    'd255-b008-w-detcolon', 'd255-b008-w-reafter', 'd255-b008-w-recolon', 'd255-b008-w-recolon2',
    'd255-b008-w-recolon3', 'd255-b008-w-refcolon', 'd255-b008-w-subject', 'd255-b009-w-concolon',
    'd255-b009-w-ofhis', 'd255-b009-w-ofmy', 'd255-b009-w-ofyour', 'd255-b009-w-onhis', 'd255-b009-w-reafter',
    'd255-b009-w-recolon2', 'd255-b009-w-refcolon', 'd255-b009-w-thisis', 'd255-b010-w-concolon',
    'd255-b010-w-recolon', 'd255-b010-w-recolon2', 'd255-b010-w-refcolon', 'd255-b011-w-concolon',
    'd255-b011-w-reafter', 'd255-b011-w-recolon2', 'd255-b011-w-refcolon', 'd255-b012-w-aboutcolon',
    'd255-b012-w-concolon', 'd255-b012-w-detcolon', 'd255-b012-w-recolon2', 'd255-b012-w-recolon3',
    'd255-b012-w-refcolon', 'd255-b012-w-subject', 'd255-b013-w-below', 'd255-b013-w-concolon', 'd255-b013-w-reafter',
    'd255-b013-w-recolon', 'd255-b013-w-recolon2', 'd255-b013-w-refcolon', 'd255-b014-w-concolon',
    'd255-b014-w-recolon', 'd255-b014-w-recolon2', 'd255-b014-w-refcolon', 'd255-b015-w-concolon',
    'd255-b015-w-reafter', 'd255-b015-w-recolon', 'd255-b015-w-recolon2', 'd255-b015-w-refcolon',
    'd255-b016-w-aboutcolon', 'd255-b016-w-concolon', 'd255-b016-w-detcolon', 'd255-b016-w-recolon2',
    'd255-b016-w-recolon3', 'd255-b016-w-refcolon', 'd255-b016-w-subject', 'd255-b017-w-below',
    'd255-b017-w-concolon', 'd255-b017-w-reafter', 'd255-b017-w-recolon', 'd255-b017-w-recolon2',
    'd255-b017-w-refcolon', 'd255-b018-w-below', 'd255-b018-w-concolon', 'd255-b018-w-reafter',
    'd255-b018-w-recolon2', 'd255-b018-w-refcolon', 'd255-b019-w-concolon', 'd255-b019-w-reafter',
    'd255-b019-w-recolon', 'd255-b019-w-recolon2', 'd255-b019-w-refcolon', 'd255-b020-w-aboutcolon',
    'd255-b020-w-concolon', 'd255-b020-w-recolon2', 'd255-b020-w-recolon3', 'd255-b020-w-refcolon',
    'd255-b020-w-subject', 'd255-c001-agetime11', 'd255-c001-agetime15', 'd255-c001-city-code-tothe',
    'd255-c001-city-label-curly', 'd255-c001-city-label-this', 'd255-c001-name-code-curly', 'd255-c001-name-code-for',
    'd255-c001-name-code-this', 'd255-c001-name-label-endash', 'd255-c001-name-label-from',
    'd255-c001-name-number-for', 'd255-c002-agetime03', 'd255-c002-agetime11', 'd255-c002-agetime14',
    'd255-c002-agetime15', 'd255-c002-city-label-hyph', 'd255-c002-city-label-ofthe', 'd255-c002-city-label-their',
    'd255-c002-city-number-from', 'd255-c002-name-key-forthis', 'd255-c002-name-label-endash',
    'd255-c002-name-label-its', 'd255-c002-name-number-for', 'd255-c003-agetime11', 'd255-c003-agetime16',
    'd255-c003-agetime17', 'd255-c003-city-code-hyph', 'd255-c003-city-code-plain', 'd255-c003-city-code-their',
    'd255-c003-city-label-hyph', 'd255-c003-city-label-tothe', 'd255-c003-name-key-their',
    'd255-c003-name-label-their', 'd255-c003-name-label-tothe', 'd255-c004-agetime01', 'd255-c004-agetime11',
    'd255-c004-city-label-that', 'd255-c004-name-label-brack', 'd255-c004-name-label-its',
    'd255-c004-name-number-curly', 'd255-c004-name-number-slash', 'd255-c004-name-number-their',
    'd255-c005-agetime01', 'd255-c005-agetime04', 'd255-c005-agetime15', 'd255-c005-city-code-dash',
    'd255-c005-city-key-for', 'd255-c005-name-code-curly', 'd255-c005-name-code-hyph', 'd255-c005-name-key-curly',
    'd255-c005-name-key-slash', 'd255-c005-name-label-from', 'd255-c005-name-label-their',
    'd255-c005-name-number-their', 'd255-c005-name-number-this', 'd255-c005-name-number-title', 'd255-c006-agetime00',
    'd255-c006-agetime13', 'd255-c006-agetime17', 'd255-c006-city-number-plain', 'd255-c006-city-number-this',
    'd255-c006-city-number-title', 'd255-c006-name-code-from', 'd255-c006-name-number-plain', 'd255-c007-agetime00',
    'd255-c007-agetime11', 'd255-c007-city-key-colon', 'd255-c007-city-key-its', 'd255-c007-city-label-brack',
    'd255-c007-city-label-from', 'd255-c007-city-label-this', 'd255-c007-city-number-poss',
    'd255-c007-name-code-curly', 'd255-c007-name-key-for', 'd255-c007-name-label-emdash',
    'd255-c007-name-label-paren', 'd255-c007-name-label-plain', 'd255-c007-name-number-paren', 'd255-c008-agetime03',
    'd255-c008-agetime11', 'd255-c008-agetime13', 'd255-c008-city-code-for', 'd255-c008-city-code-poss',
    'd255-c008-city-key-tothe', 'd255-c008-city-label-tothe', 'd255-c008-city-number-for',
    'd255-c008-city-number-forthis', 'd255-c008-city-number-paren', 'd255-c008-city-number-that',
    'd255-c008-name-code-forthis', 'd255-c008-name-key-ofthe', 'd255-c008-name-label-for',
    'd255-c008-name-label-tothe', 'd255-c008-name-number-brack', 'd255-c008-name-number-inthe',
    'd255-c008-name-number-slash', 'd255-c008-name-number-this', 'd255-c009-agetime01', 'd255-c009-agetime14',
    'd255-c009-agetime16', 'd255-c009-city-code-hyph', 'd255-c009-city-number-inthe', 'd255-c009-name-code-title',
    'd255-c009-name-key-brack', 'd255-c009-name-key-grave', 'd255-c009-name-number-endash',
    'd255-c009-name-number-its', 'd255-c010-agetime03', 'd255-c010-agetime11', 'd255-c010-agetime13',
    'd255-c010-city-code-their', 'd255-c010-city-key-ofthe', 'd255-c010-city-key-that',
    'd255-c010-city-number-forthis', 'd255-c010-name-code-colon', 'd255-c010-name-code-endash',
    'd255-c010-name-code-hyph', 'd255-c010-name-code-its', 'd255-c010-name-key-endash', 'd255-c010-name-key-noapos',
    'd255-c010-name-label-for', 'd255-c011-agetime01', 'd255-c011-agetime04', 'd255-c011-agetime16',
    'd255-c011-agetime17', 'd255-c011-city-code-inthe', 'd255-c011-city-key-forthis', 'd255-c011-city-key-paren',
    'd255-c011-city-number-its', 'd255-c011-city-number-their', 'd255-c011-city-number-this',
    'd255-c011-name-key-brack', 'd255-c011-name-key-curly', 'd255-c011-name-key-paren', 'd255-c011-name-key-poss',
    'd255-c011-name-key-slash', 'd255-c011-name-number-its', 'd255-c011-name-number-slash', 'd255-c012-agetime11',
    'd255-c012-agetime16', 'd255-c012-city-code-dash', 'd255-c012-city-code-grave', 'd255-c012-city-code-inthe',
    'd255-c012-city-label-endash', 'd255-c012-city-label-hyph', 'd255-c012-name-code-curly',
    'd255-c012-name-label-plain', 'd255-c013-agetime01', 'd255-c013-agetime16', 'd255-c013-city-code-slash',
    'd255-c013-city-key-colon', 'd255-c013-city-key-dash', 'd255-c013-city-label-dash', 'd255-c013-city-label-from',
    'd255-c013-city-label-its', 'd255-c013-city-number-for', 'd255-c013-city-number-plain',
    'd255-c013-city-number-title', 'd255-c013-city-number-tothe', 'd255-c013-name-key-for',
    'd255-c013-name-label-slash', 'd255-c013-name-number-from', 'd255-c013-name-number-grave',
    'd255-c014-city-label-forthis', 'd255-c014-city-label-grave', 'd255-c014-city-number-brack',
    'd255-c014-city-number-for', 'd255-c014-customer-label-dash', 'd255-c014-customer-label-tothe',
    'd255-c014-customer-number-hyph', 'd255-c014-customer-number-that', 'd255-c015-city-label-dash',
    'd255-c015-city-label-slash', 'd255-c015-city-number-poss', 'd255-c015-customer-label-brack',
    'd255-c015-customer-number-grave', 'd255-c015-customer-number-poss', 'd255-c016-city-code-curly',
    'd255-c016-city-key-tothe', 'd255-c016-customer-code-from', 'd255-c016-customer-code-title',
    'd255-c016-customer-key-brack', 'd255-c016-customer-key-tothe', 'd255-c017-city-number-paren',
    'd255-c017-customer-code-inthe', 'd255-c017-customer-code-this', 'd255-c017-customer-label-forthis',
    'd255-c017-customer-label-from', 'd255-c017-customer-number-forthis', 'd255-c018-city-label-endash',
    'd255-c018-city-label-its', 'd255-c018-city-number-for', 'd255-c018-city-number-inthe',
    'd255-c018-customer-key-their', 'd255-c018-customer-label-colon', 'd255-c018-customer-label-title',
    'd255-c018-customer-number-that', 'd255-c019-city-code-forthis', 'd255-c019-city-code-inthe',
    'd255-c019-city-code-slash', 'd255-c019-city-number-dash', 'd255-c019-city-number-that',
    'd255-c019-customer-code-ofthe', 'd255-c019-customer-number-emdash', 'd255-c020-city-code-forthis',
    'd255-c020-city-code-inthe', 'd255-c020-city-code-paren', 'd255-c020-city-key-endash',
    'd255-c020-city-key-forthis', 'd255-c020-city-label-curly', 'd255-c020-city-label-dash',
    'd255-c020-city-label-forthis', 'd255-c020-city-label-poss', 'd255-c020-city-number-that',
    'd255-c020-customer-code-tothe', 'd255-c020-customer-key-inthe', 'd255-c020-customer-key-tothe',
    'd255-c020-customer-label-plain', 'd255-c020-customer-label-their', 'd255-c020-customer-number-brack',
    'd255-c020-customer-number-endash', 'd255-c020-customer-number-tothe', 'd255-c021-city-code-grave',
    'd255-c021-city-code-ofthe', 'd255-c021-city-code-title', 'd255-c021-city-key-its', 'd255-c021-city-label-this',
    'd255-c021-customer-code-this', 'd255-c021-customer-key-ofthe', 'd255-c021-customer-key-poss',
    'd255-c021-customer-label-this', 'd255-c022-city-code-this', 'd255-c022-city-key-that',
    'd255-c022-customer-code-curly', 'd255-c022-customer-code-their', 'd255-c022-customer-code-tothe',
    'd255-c022-customer-key-its', 'd255-c022-customer-key-title', 'd255-c022-customer-label-emdash',
    'd255-c023-city-code-plain', 'd255-c023-city-code-that', 'd255-c023-customer-code-paren',
    'd255-c023-customer-number-emdash', 'd255-c023-customer-number-endash', 'd255-c023-customer-number-hyph',
    'd255-c023-customer-number-their', 'd255-c023-customer-number-tothe', 'd255-c024-guest-key-their',
    'd255-c025-guest-code-that', 'd255-c025-guest-label-for', 'd255-c025-guest-label-that',
    'd255-c025-guest-label-title', 'd255-c026-guest-code-inthe', 'd255-c026-guest-code-plain',
    'd255-c026-guest-key-for', 'd255-c026-guest-label-dash', 'd255-c027-guest-code-colon', 'd255-c027-guest-code-its',
    'd255-c027-guest-code-ofthe', 'd255-c027-guest-code-their', 'd255-c027-guest-code-this',
    'd255-c027-guest-code-tothe', 'd255-c027-guest-label-curly', 'd255-c027-guest-label-poss',
    'd255-c027-guest-label-this', 'd255-c027-guest-label-tothe', 'd255-c028-guest-code-that',
    'd255-c028-guest-label-poss', 'd255-c029-guest-code-dash', 'd255-c029-guest-code-emdash',
    'd255-c029-guest-code-for', 'd255-c029-guest-code-from', 'd255-c029-guest-code-title',
    'd255-c029-guest-code-tothe', 'd255-c029-guest-key-ofthe', 'd255-c029-guest-key-this',
    'd255-c029-guest-label-colon', 'd255-c029-guest-label-its', 'd255-c029-guest-label-paren',
    'd255-c030-guest-code-poss', 'd255-c030-guest-code-slash', 'd255-c030-guest-code-that',
    'd255-c030-guest-code-this', 'd255-c030-guest-label-that', 'd255-c030-guest-label-their',
}
r255_arguable = {
    'd255-b001-w-onits', 'd255-b001-w-refcolon', 'd255-b001-w-thisis', 'd255-b002-w-refcolon', 'd255-b003-w-onhis',
    'd255-b003-w-onits', 'd255-b003-w-refcolon', 'd255-b003-w-thisis', 'd255-b004-w-refcolon', 'd255-b005-w-onhis',
    'd255-b005-w-refcolon', 'd255-b005-w-thisis', 'd255-b006-w-refcolon', 'd255-b007-w-onits', 'd255-b007-w-onthe',
    'd255-b007-w-refcolon', 'd255-b008-w-refcolon', 'd255-b009-w-onhis', 'd255-b009-w-refcolon', 'd255-b009-w-thisis',
    'd255-b010-w-refcolon', 'd255-b011-w-refcolon', 'd255-b012-w-refcolon', 'd255-b013-w-refcolon',
    'd255-b014-w-refcolon', 'd255-b015-w-refcolon', 'd255-b016-w-refcolon', 'd255-b017-w-refcolon',
    'd255-b018-w-refcolon', 'd255-b019-w-refcolon', 'd255-b020-w-refcolon', 'd255-c001-agetime11',
    'd255-c001-agetime15', 'd255-c001-city-code-tothe', 'd255-c001-city-label-curly', 'd255-c001-city-label-this',
    'd255-c001-name-label-endash', 'd255-c001-name-label-from', 'd255-c002-agetime03', 'd255-c002-agetime11',
    'd255-c002-agetime14', 'd255-c002-agetime15', 'd255-c002-city-label-hyph', 'd255-c002-city-label-ofthe',
    'd255-c002-city-label-their', 'd255-c002-name-key-forthis', 'd255-c002-name-label-endash',
    'd255-c002-name-label-its', 'd255-c003-agetime11', 'd255-c003-agetime16', 'd255-c003-agetime17',
    'd255-c003-city-label-hyph', 'd255-c003-city-label-tothe', 'd255-c003-name-key-their',
    'd255-c003-name-label-their', 'd255-c003-name-label-tothe', 'd255-c004-agetime01', 'd255-c004-agetime11',
    'd255-c004-city-label-that', 'd255-c004-name-label-brack', 'd255-c004-name-label-its',
    'd255-c004-name-number-slash', 'd255-c005-agetime01', 'd255-c005-agetime04', 'd255-c005-agetime15',
    'd255-c005-city-key-for', 'd255-c005-name-key-curly', 'd255-c005-name-key-slash', 'd255-c005-name-label-from',
    'd255-c005-name-label-their', 'd255-c006-agetime00', 'd255-c006-agetime13', 'd255-c006-agetime17',
    'd255-c007-agetime00', 'd255-c007-agetime11', 'd255-c007-city-key-colon', 'd255-c007-city-key-its',
    'd255-c007-city-label-brack', 'd255-c007-city-label-from', 'd255-c007-city-label-this', 'd255-c007-name-key-for',
    'd255-c007-name-label-emdash', 'd255-c007-name-label-paren', 'd255-c007-name-label-plain', 'd255-c008-agetime03',
    'd255-c008-agetime11', 'd255-c008-agetime13', 'd255-c008-city-key-tothe', 'd255-c008-city-label-tothe',
    'd255-c008-name-key-ofthe', 'd255-c008-name-label-for', 'd255-c008-name-label-tothe',
    'd255-c008-name-number-inthe', 'd255-c008-name-number-slash', 'd255-c009-agetime01', 'd255-c009-agetime14',
    'd255-c009-agetime16', 'd255-c009-city-number-inthe', 'd255-c009-name-key-brack', 'd255-c009-name-key-grave',
    'd255-c010-agetime03', 'd255-c010-agetime11', 'd255-c010-agetime13', 'd255-c010-city-key-ofthe',
    'd255-c010-city-key-that', 'd255-c010-name-key-endash', 'd255-c010-name-key-noapos', 'd255-c010-name-label-for',
    'd255-c011-agetime01', 'd255-c011-agetime04', 'd255-c011-agetime16', 'd255-c011-agetime17',
    'd255-c011-city-code-inthe', 'd255-c011-city-key-forthis', 'd255-c011-city-key-paren', 'd255-c011-name-key-brack',
    'd255-c011-name-key-curly', 'd255-c011-name-key-paren', 'd255-c011-name-key-poss', 'd255-c011-name-key-slash',
    'd255-c011-name-number-slash', 'd255-c012-agetime11', 'd255-c012-agetime16', 'd255-c012-city-code-inthe',
    'd255-c012-city-label-endash', 'd255-c012-city-label-hyph', 'd255-c012-name-label-plain', 'd255-c013-agetime01',
    'd255-c013-agetime16', 'd255-c013-city-code-slash', 'd255-c013-city-key-colon', 'd255-c013-city-key-dash',
    'd255-c013-city-label-dash', 'd255-c013-city-label-from', 'd255-c013-city-label-its',
    'd255-c013-city-number-tothe', 'd255-c013-name-key-for', 'd255-c013-name-label-slash',
    'd255-c014-city-label-forthis', 'd255-c014-city-label-grave', 'd255-c014-customer-label-dash',
    'd255-c014-customer-label-tothe', 'd255-c015-city-label-dash', 'd255-c015-city-label-slash',
    'd255-c015-customer-label-brack', 'd255-c016-city-key-tothe', 'd255-c016-customer-key-brack',
    'd255-c016-customer-key-tothe', 'd255-c017-customer-code-inthe', 'd255-c017-customer-label-forthis',
    'd255-c017-customer-label-from', 'd255-c018-city-label-endash', 'd255-c018-city-label-its',
    'd255-c018-city-number-inthe', 'd255-c018-customer-key-their', 'd255-c018-customer-label-colon',
    'd255-c018-customer-label-title', 'd255-c019-city-code-inthe', 'd255-c019-city-code-slash',
    'd255-c020-city-code-inthe', 'd255-c020-city-key-endash', 'd255-c020-city-key-forthis',
    'd255-c020-city-label-curly', 'd255-c020-city-label-dash', 'd255-c020-city-label-forthis',
    'd255-c020-city-label-poss', 'd255-c020-customer-code-tothe', 'd255-c020-customer-key-inthe',
    'd255-c020-customer-key-tothe', 'd255-c020-customer-label-plain', 'd255-c020-customer-label-their',
    'd255-c020-customer-number-tothe', 'd255-c021-city-key-its', 'd255-c021-city-label-this',
    'd255-c021-customer-key-ofthe', 'd255-c021-customer-key-poss', 'd255-c021-customer-label-this',
    'd255-c022-city-key-that', 'd255-c022-customer-code-tothe', 'd255-c022-customer-key-its',
    'd255-c022-customer-key-title', 'd255-c022-customer-label-emdash', 'd255-c023-customer-number-tothe',
    'd255-c024-guest-key-their', 'd255-c025-guest-label-for', 'd255-c025-guest-label-that',
    'd255-c025-guest-label-title', 'd255-c026-guest-code-inthe', 'd255-c026-guest-key-for',
    'd255-c026-guest-label-dash', 'd255-c027-guest-code-tothe', 'd255-c027-guest-label-curly',
    'd255-c027-guest-label-poss', 'd255-c027-guest-label-this', 'd255-c027-guest-label-tothe',
    'd255-c028-guest-label-poss', 'd255-c029-guest-code-tothe', 'd255-c029-guest-key-ofthe',
    'd255-c029-guest-key-this', 'd255-c029-guest-label-colon', 'd255-c029-guest-label-its',
    'd255-c029-guest-label-paren', 'd255-c030-guest-code-slash', 'd255-c030-guest-label-that',
    'd255-c030-guest-label-their',
}

# Trimmed for ctest (probe_kit.trim_round), stop 53: the confirmed items (fixed) all kept with their bases, every 10th
# safe variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r255_trim_round  # noqa: E402

r255_trim_round("d255-", r255_found_alone, r255_arguable,
                lambda i: [r255_meta[i]["base"]] if r255_meta.get(i, {}).get("base") else [], chains=True)
