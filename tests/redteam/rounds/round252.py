r"""Red-team round 252 (black box): EQUATIONS WHOSE REQUEST ASKS FOR A CHECK.
Focus: equations whose request asks for a check of the solution. Bases that ask for a check (model right, with a
  check line) and variants: a constant changed, the same solution with other coefficients (a or b changed, or the right
  side of a two-sided equation), sides swapped (same equation, and with a constant changed), the variable renamed (same
  equation, and with the same solution and other coefficients), the check asked in other words / languages, the check
  dropped or ruled out ("No need to check.", "Skip the check."), the check only ("Just verify that x = 5 solves ..."),
  "Then report the value of 2x", a stale first answer; bases WITHOUT a check followed by the same equation asking for
  one in 50 phrasings (8 English phrases the rules list, 42 other words and 16 languages, before or after the
  equation, inside the lead sentence); right answers in 15 check formats (Check:, chain, ✓, ✔, ×, Verify:, "True",
  ", which is true.", LaTeX, "Substituting 5 for x:", "Plug in x = 5:", words, LHS/RHS, a bare line; Left/Right, "and",
  chains for two-sided equations) after, before or in the middle of the working; the model's wrong checks (another
  value, the check of a step, the value of ax put in, a restated equation, another equation, words, wrong arithmetic,
  2x, one side of two, the check before the final value of another value, no check at all; once or sticky); fractional
  solutions checked with a rounded decimal; a working without a check stored from the patch path (a seed of the same
  shape first) then asked with a check; and the variable t (and T) with a check sentence right after the equation.
  2,999 probes (seeded random.Random(252)), all linear_equation: 58 check bases with 17-19 variants each (d252-a*,
  1,120), 12 no-check bases with 37 variants each (30 of the 50 phrasings, 3 negations, 4 in the lead; d252-b*, 456),
  88 right-format singles (d252-c*), 32 x 10 wrong-check singles (d252-d*), 30 fractional (d252-e*), 36 patch-path
  chains of 17 (seed, base, 15 variants; d252-f*), 27 t/T bases with 10 variants (d252-g*), 6 x/y controls with 5
  (d252-h*), 40 t singles (d252-i*); 442 safe.
  Paths: run 1 skip 1,882 / patch 479 / reuse 638 (safe on reuse 21/442); run 2 skip 1,656 / patch 8 / reuse 1,335
  (safe on reuse 117/442). check.py does not read checks: the tester's own reader flagged every served answer to a
  request asking for a check that has no line putting the value into each side of the asked equation.
HELD: every check of another equation or value on the reuse path: constants changed, the same solution with other
  coefficients (false_lines: the base's lines), sides swapped, renamed variables, the right side of a two-sided
  equation changed - none served a base's check; a check-less working was never reused for a check request with any
  variable but t/T (each of the 26 lower-case letters tried on a fresh store: only t leaks; X held); the x/y controls (d252-h*) held; the
  model's check of another value, of a step, of a*x, of a restated or other equation, in words, with wrong arithmetic,
  of 2x, of one side of two, and a rounded decimal were refused whenever the request's check phrase was read. The 87
  "wrong" answers check.py lists per run on the "and" format ("Check: 4(4) - 12 = 4 and 2(4) - 4 = 4") are judge
  errors (the line checks both sides right). Right answers refused (88 singles: 31 served with their check, 52
  errors, 5 replaced by the solver's working without a check): "Check: 2(-4) + 1 = -7 ✓", ", which is true.",
  "True", LaTeX, "Plug in n = 4:", words, LHS/RHS; every "Substitute back to confirm.", "Validate the solution.",
  "Confirm your result." request ends in "asks for more than the value".
WHAT GOT THROUGH (from the cache; alone: these 169 ids and their bases (197 requests), fresh store, --runs 2: 149
  in run 1 and all 169 in run 2):
 (A) CLEAR (169 ids): with the variable t (or T), a request whose check sentence follows the equation's sentence
     ("Check the solution.", "Check your solution.", "Check your work.", "Check.", "Check it!", "Check the solution.
     Show each step.", the check on a new line; and, once such a request is stored, "Then check it.", "Check your
     answer.", "Check that it satisfies the equation.", "... for t and check your solution.", "..., then check.") is
     served a stored working WITHOUT any check: "Solve 5t + 18 = 8 for t. Check." -> "5t + 18 = 8\nSubtract 18 from
     both sides: 5t = -10\nDivide both sides by 5: t = -2" (right: the same with "Check: 5(-2) + 18 = 8");
     "Solve for t: 9t + 24 = 4t + 44. Check the solution." -> the working ending "t = 4", no Left/Right check;
     "Solve the equation 8t + 4 = -12 for t. Then check it." -> no check. d252-g* 139, d252-b010-* 7, d252-f025-* 2;
     d252-i* 21 (singles: run 1 serves the model's check-less first answer fresh or on the patch path and stores it,
     run 2 reuses it).
 (B) ARGUABLE: none.
FRESH (not from the cache), per run: 191 / 171 answers to a request asking for a check served with no check of the
  asked equation: the solver fallback's "Step 1: ... Step 5: t = 13" (no check) after the model's right working with
  a check was refused (104 / 104: "Show that it works." 45, other words and languages 42, variable t 17 / 17 (in
  run 2, 4 of them on the patch path)); the model's check-less or wrongly checked working (87 / 67: other words and
  languages 43, "Show that it works." 12 (with "Check: 7(13) - 18 = 73" before "So y = 12" for y = 12, a Left line
  alone for a two-sided equation), variable t 32 / 12).
FIXED (stop 52): a negation counts only within the check's own sentence and never as the variable ("for t. Check.");
  more ways of asking ("Show that it works.", "Can you check it too?", "Sanity-check it.", "Afterwards, verify.",
  "And prove it.", "Run a quick check.", German, Norwegian, Swedish, Dutch, Finnish, French, Russian, Chinese and
  Japanese words); a line that puts another value into the request fails, asked for or not; the solver's fallback
  working holds the check asked for. Whole after, two passes: 0 wrong from the cache (169 before), and no answer to a
  request that asks for a check served without one (by the tester's reader: 191 / 171 before). Its probes carry the
  asked check's sides (expect "check_sides") for check.py's reader.
"""
from probe_kit import J, E, S, P
import random
from fractions import Fraction

R = random.Random(252)
VARS = ["x", "y", "n", "t", "k", "m", "p", "z"]
# id -> (var, value, sides holding the variable): the requests this round's author reads as asking for a check
# (used by the tester's own check-line reader; check.py does not read checks).
CHECK_ASKED = {}
r252_meta = {}

CHECK_EN = ["Check the solution.", "Verify your answer.", "Then check it.", "Include a check at the end.",
            "Show that it works.", "Substitute back to confirm.", "Also verify your answer.", "Check your answer."]
CHECK_OTHER = ["Double-check your result.", "Confirm the answer by plugging it back in.",
               "Prove that your value satisfies the equation.", "Make sure the answer is correct by substitution.",
               "Test the answer in the original equation.", "Plug the value back in.", "Sanity-check it.",
               "Validate the solution.", "Check your work.", "Show the check.", "Verify.",
               "Then verify by substitution.", "Check that it satisfies the equation.", "Please also check.",
               "Confirm it works.", "Back-substitute to be sure.", "Run a quick check.", "And prove it.",
               "Make sure it's right.", "Confirm your result.", "Demonstrate that it holds.",
               "Kontroller svaret.", "Sett prøve på svaret.", "Überprüfe die Lösung.", "Mach die Probe.",
               "Vérifie ta réponse.", "Fais la vérification.", "Comprueba la solución.", "Verifica la soluzione.",
               "Sprawdź rozwiązanie.", "Controleer je antwoord.", "Gör en kontroll.", "Tarkista vastaus.",
               "Verifique a resposta.", "Проверьте решение.", "検算してください。", "验算一下。",
               "Check.", "Check it!", "Can you check it too?", "Verify it, please.", "Afterwards, verify."]
CHECK_NEG = ["No need to check.", "Don't check it.", "Do not verify the answer.", "Skip the check.",
             "No verification needed.", "You don't have to verify it.", "Ikke sett prøve.", "Keine Probe nötig."]
LEADS = ["Solve for {v}: {eq}.", "Solve for {v}: {eq}. Show each step.", "Solve {eq} for {v}.",
         "Find {v}: {eq}. Show your working.", "Solve the equation {eq} for {v}, step by step."]


def num(n):
    return str(n)


def par(n):
    return f"({n})"


def term(a, var):
    return var if a == 1 else f"{a}{var}"


def lin(a, b, var):
    """a*var + b as text (b may be negative)."""
    if b == 0:
        return term(a, var)
    return f"{term(a, var)} {'+' if b > 0 else '-'} {abs(b)}"


def sub(a, var_val, b, style):
    """a*value + b as a check writes it."""
    if style == "par":
        t = f"{a}({var_val})" if a != 1 else f"{var_val}" if var_val >= 0 else f"({var_val})"
    elif style == "times":
        t = f"{a} × {var_val}" if var_val >= 0 else f"{a} × ({var_val})"
    elif style == "cdot":
        t = f"{a} \\cdot {var_val}" if var_val >= 0 else f"{a} \\cdot ({var_val})"
    else:
        t = f"{a}({var_val})"
    if b == 0:
        return t
    return f"{t} {'+' if b > 0 else '-'} {abs(b)}"


class Eq:
    """a*v + b = d*v + e (d may be 0); swapped: the constant side first."""
    def __init__(self, a, b, d, e, var, swapped=False):
        self.a, self.b, self.d, self.e, self.var, self.swapped = a, b, d, e, var, swapped
        assert a != d and (e - b) % (a - d) == 0
        self.val = (e - b) // (a - d)

    def left(self):
        return lin(self.a, self.b, self.var)

    def right(self):
        return lin(self.d, self.e, self.var) if self.d else str(self.e)

    def text(self):
        return f"{self.right()} = {self.left()}" if self.swapped else f"{self.left()} = {self.right()}"

    def sides(self):
        s = [self.left()]
        if self.d:
            s.append(self.right())
        return s

    def lhs_val(self):
        return self.a * self.val + self.b

    def steps(self):
        a, b, d, e, v = self.a, self.b, self.d, self.e, self.var
        out = [self.text()]
        if self.swapped:
            out.append(f"Swap the sides: {lin(a, b, v)} = {self.right()}")
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

    def check_lines(self, fmt):
        a, b, d, e, x = self.a, self.b, self.d, self.e, self.val
        L = a * x + b
        if d:
            if fmt == "lr":
                return [f"Left: {sub(a, x, b, 'par')} = {L}", f"Right: {sub(d, x, e, 'par')} = {L}"]
            if fmt == "and":
                return [f"Check: {sub(a, x, b, 'par')} = {L} and {sub(d, x, e, 'par')} = {L}"]
            if fmt == "chain":
                return [f"Check: {sub(a, x, b, 'par')} = {L} = {sub(d, x, e, 'par')}"]
            if fmt == "tick":
                return [f"Check: {sub(a, x, b, 'par')} = {L} ✓", f"{sub(d, x, e, 'par')} = {L} ✓"]
            if fmt == "times":
                return [f"Check: {sub(a, x, b, 'times')} = {L}", f"Check: {sub(d, x, e, 'times')} = {L}"]
            if fmt == "leftonly":
                return [f"Left: {sub(a, x, b, 'par')} = {L}"]
            if fmt == "rightonly":
                return [f"Check: {sub(d, x, e, 'par')} = {L}"]
            if fmt == "latex":
                return [f"Check: $ {sub(a, x, b, 'cdot')} = {L} = {sub(d, x, e, 'cdot')} $"]
            return [f"Left: {sub(a, x, b, 'par')} = {L}", f"Right: {sub(d, x, e, 'par')} = {L}"]
        mid = f"{a * x}" if b else None
        full = sub(a, x, b, "par")
        if fmt == "chain":
            return [f"Check: {full} = {a * x} {'+' if b > 0 else '-'} {abs(b)} = {e}" if b else f"Check: {full} = {e}"]
        if fmt == "tick":
            return [f"Check: {full} = {e} ✓"]
        if fmt == "times":
            return [f"Check: {sub(a, x, b, 'times')} = {e}"]
        if fmt == "verify":
            return [f"Verify: {full} = {e}"]
        if fmt == "true":
            return [f"Check: {full} = {e} True"]
        if fmt == "which":
            return [f"Check: {full} = {e}, which is true."]
        if fmt == "latex":
            return [f"Check: $ {sub(a, x, b, 'cdot')} = {e} $"]
        if fmt == "latex2":
            return [f"\\( {sub(a, x, b, 'cdot')} = {e} \\)"]
        if fmt == "subst":
            return [f"Substituting {x} for {self.var}: {full} = {e}"]
        if fmt == "plugin":
            return [f"Plug in {self.var} = {x}: {full} = {e}"]
        if fmt == "words":
            return [f"Check: {a} times {x} {'plus' if b > 0 else 'minus'} {abs(b)} is {e}."]
        if fmt == "lhsrhs":
            return [f"Check: LHS = {full} = {e} = RHS"]
        if fmt == "bare":
            return [f"{full} = {e}"]
        if fmt == "ck":
            return [f"Check: {full} = {e} ✔"]
        return [f"Check: {full} = {e}"]

    def working(self, fmt=None, pos="after", final=None):
        st = self.steps()
        if fmt is None:
            return "\n".join(st + ([final] if final else []))
        ck = self.check_lines(fmt)
        if pos == "before":
            return "\n".join(st[:-1] + ck + [f"So {self.var} = {self.val}"])
        if pos == "middle":
            return "\n".join(st + ck + [f"So the answer is {self.var} = {self.val}"])
        return "\n".join(st + ck)


def prompt(eq, phrase=None, lead=0, where="end"):
    base = LEADS[lead].format(v=eq.var, eq=eq.text())
    if phrase is None:
        return base
    if where == "front":
        return phrase + " " + base
    return base + " " + phrase


USED = set()


def add(id, fam, pr, eq, answers, safe=False, checks=False, false_lines=None, report=None, base=None):
    if pr in USED:
        return False
    USED.add(pr)
    E(id, fam, pr, eq.var, str(eq.val), answers, safe=safe, false_lines=sorted(set(false_lines)) if false_lines else None,
      report=report)
    if checks:
        CHECK_ASKED[id] = (eq.var, eq.val, eq.sides())
    r252_meta[id] = {"base": base} if base else {}
    return True


def rand_eq(var, both=False):
    while True:
        a = R.randint(2, 9)
        v = R.choice([R.randint(2, 15), R.randint(2, 15), R.randint(-9, -1)])
        b = R.choice([R.randint(1, 30), -R.randint(1, 20)])
        if both:
            d = R.randint(1, a - 1) if a > 1 else 0
            if d == 0:
                continue
            e = (a - d) * v + b
            if e == 0:
                continue
            return Eq(a, b, d, e, var)
        e = a * v + b
        if e == 0 or b == 0:
            continue
        return Eq(a, b, 0, e, var)


def base_lines(text, vtext):
    vs = set(vtext.split("\n"))
    return [l for l in text.split("\n") if l not in vs]


# ------------------------------------------------------------------ part A: a base that asks for a check, variants
FMTS1 = ["plain", "chain", "tick", "times", "verify", "which", "ck"]
FMTS2 = ["lr", "and", "chain", "tick", "times"]
NA = 58
for g in range(NA):
    both = g % 3 == 2
    var = VARS[g % len(VARS)]
    eq = rand_eq(var, both)
    fmt = (FMTS2 if both else FMTS1)[g % (5 if both else 7)]
    phrase = CHECK_EN[g % len(CHECK_EN)]
    lead = g % len(LEADS)
    bid = f"d252-a{g:03d}-base"
    bw = eq.working(fmt)
    add(bid, "check_base", prompt(eq, phrase, lead), eq, [bw], checks=True)
    pre = f"d252-a{g:03d}"

    def var_of(suffix, fam, e2, ph, safe=False, fl=True, first_wrong=None, vfmt=None, report=None, ld=lead, where="end",
               checks=True):
        w = e2.working(vfmt or fmt) if checks or vfmt else e2.working(None)
        ans = [w] if not first_wrong else [first_wrong, w]
        false = base_lines(bw, w) if fl and not safe else None
        if report:
            w = w + f"\nSo {report[0]} = {report[1]}"
            ans = [w]
        add(f"{pre}-{suffix}", fam, prompt(e2, ph, ld, where), e2, ans, safe=safe, checks=checks, false_lines=false,
            base=bid, report={"expression": report[0], "value": str(report[1])} if report else None)

    a, b, d, e = eq.a, eq.b, eq.d, eq.e
    # a constant changed (the value changes)
    for k, dv in enumerate([1, -1, 2]):
        var_of(f"const{k}", "check_const", Eq(a, b, d, e + (a - d) * dv, var), phrase)
    # the same solution with other coefficients
    for k, da in enumerate([1, 2]):
        a2 = a + da
        var_of(f"same-a{k}", "check_samesol", Eq(a2, b, d, e + da * eq.val, var), phrase)
    for k, db in enumerate([1, 3, -2]):
        if b + db == 0:
            continue
        var_of(f"same-b{k}", "check_samesol", Eq(a, b + db, d, e + db, var), phrase)
    if both:
        # the right side alone changes, the value stays
        var_of("same-r", "check_samesol", Eq(a + 1, b + eq.val, d + 1, e, var) if False else Eq(a, b, d + 1, e - eq.val, var)
               if a > d + 1 else Eq(a + 1, b, d + 1, e - eq.val + eq.val, var), phrase)
    # sides swapped, the same equation (safe) and with a constant changed
    var_of("swap", "check_swap", Eq(a, b, d, e, var, swapped=True), phrase, safe=True)
    var_of("swap-const", "check_swap", Eq(a, b, d, e + (a - d), var, swapped=True), phrase)
    # renamed variable (safe)
    nv = VARS[(g + 3) % len(VARS)]
    var_of("rename", "check_rename", Eq(a, b, d, e, nv), phrase, safe=True)
    var_of("rename-same", "check_rename", Eq(a + 1, b, d, e + eq.val, nv), phrase)
    # the check asked in other words (safe: the same working answers it)
    var_of("reword", "check_reword", Eq(a, b, d, e, var), CHECK_EN[(g + 3) % len(CHECK_EN)], safe=True)
    var_of("other", "check_reword", Eq(a, b, d, e, var), CHECK_OTHER[g % len(CHECK_OTHER)], safe=True)
    # no check asked now, or a check ruled out (safe: a working with a check still answers)
    var_of("nocheck", "check_dropped", Eq(a, b, d, e, var), None, safe=True, checks=False)
    var_of("neg", "check_negated", Eq(a, b, d, e, var), CHECK_NEG[g % len(CHECK_NEG)], safe=True, checks=False)
    # the check only
    e2 = Eq(a, b, d, e, var)
    pr = f"Just verify that {var} = {eq.val} solves {eq.text()}."
    if pr not in USED:
        USED.add(pr)
        ck = e2.check_lines(fmt)
        E(f"{pre}-only", "check_only", pr, var, str(eq.val), ["\n".join(ck + [f"So {var} = {eq.val}"])], safe=True)
        CHECK_ASKED[f"{pre}-only"] = (var, eq.val, e2.sides())
        r252_meta[f"{pre}-only"] = {"base": bid}
    # report 2x after the check
    var_of("report", "check_report", Eq(a, b, d, e, var), phrase + " Then report the value of 2" + var + ".",
           report=(f"2{var}", 2 * eq.val))
    # the model first answers with the base's working (a stale answer), then right
    var_of("stale", "check_const", Eq(a, b, d, e + 2 * (a - d), var), phrase, first_wrong=bw)

# ------------------------------------------------------------------ part B: a base WITHOUT a check, the check asked later
NB = 12
PH_B = CHECK_EN + CHECK_OTHER
for g in range(NB):
    both = g % 4 == 3
    var = VARS[(g + 1) % len(VARS)]
    eq = rand_eq(var, both)
    lead = (g + 2) % len(LEADS)
    bid = f"d252-b{g:03d}-base"
    bw = eq.working(None)
    add(bid, "nocheck_base", prompt(eq, None, lead), eq, [bw])
    fmt = (FMTS2 if both else FMTS1)[g % (5 if both else 7)]
    for k, ph in enumerate(PH_B):
        if (k + g) % 5 in (1, 3):
            continue
        w = eq.working(fmt)
        ans = [w] if R.random() < 0.7 else [bw, w]
        add(f"d252-b{g:03d}-ph{k:02d}", "check_asked_later", prompt(eq, ph, lead, "front" if k % 5 == 4 else "end"),
            eq, ans, checks=True, base=bid)
    for k, ph in enumerate(CHECK_NEG[:3]):
        add(f"d252-b{g:03d}-neg{k}", "check_negated", prompt(eq, ph, lead), eq, [bw], safe=True, base=bid)
    # a check asked inside the lead sentence
    for k, tpl in enumerate(["Solve and check: {eq}.", "Solve for {v} and verify: {eq}.",
                             "Solve {eq} for {v} and check your solution.", "Solve {eq} for {v}, then check."]):
        pr = tpl.format(v=var, eq=eq.text())
        w = eq.working(fmt)
        if add(f"d252-b{g:03d}-in{k}", "check_asked_later", pr, eq, [w], checks=True, base=bid):
            pass

# ------------------------------------------------------------------ part C: singles, right answers in check formats
FMT_RIGHT1 = ["plain", "chain", "tick", "times", "verify", "true", "which", "latex", "latex2", "subst", "plugin",
              "words", "lhsrhs", "bare", "ck"]
FMT_RIGHT2 = ["lr", "and", "chain", "tick", "times", "latex"]
for g in range(88):
    both = g % 5 == 4
    var = VARS[g % len(VARS)]
    eq = rand_eq(var, both)
    fl = FMT_RIGHT2 if both else FMT_RIGHT1
    fmt = fl[g % len(fl)]
    pos = ["after", "before", "middle"][(g // len(fl)) % 3]
    ph = CHECK_EN[g % len(CHECK_EN)]
    add(f"d252-c{g:03d}-{fmt}-{pos}", "check_right_format", prompt(eq, ph, g % len(LEADS)), eq,
        [eq.working(fmt, pos)], checks=True)

# ------------------------------------------------------------------ part D: singles, the model's check is wrong
def wrong_checks(eq):
    a, b, d, e, x, var = eq.a, eq.b, eq.d, eq.e, eq.val, eq.var
    L = a * x + b
    out = {}
    st = eq.steps()
    # another value, its arithmetic right
    out["othervalue"] = (st + [f"Check: {sub(a, x + 1, b, 'par')} = {a * (x + 1) + b}"], True)
    # the check of a step (the simplified equation), not of the request
    k = a - d
    out["stepcheck"] = (st + [f"Check: {sub(k, x, 0, 'par')} = {e - b}"], True)
    # the value of a*x put in, not x
    out["valueofax"] = (st + [f"Check: {a * x} {'+' if b > 0 else '-'} {abs(b)} = {L}"], True)
    # a restated equation (the constant moved) instead of the asked one
    out["restated"] = (st + [f"Check: {sub(k, x, 0, 'par')} = {e} - ({b})" if b < 0 else f"Check: {sub(k, x, 0, 'par')} = {e} - {b}"], True)
    # another equation's check (its arithmetic right)
    out["otherequation"] = (st + [f"Check: {sub(a, x, b + 2, 'par')} = {L + 2}"], True)
    # a check in words
    out["words"] = (st + [f"Check: putting {x} back in gives {L}, which matches."], True)
    # the check's arithmetic wrong
    out["badarith"] = (st + [f"Check: {sub(a, x, b, 'par')} = {L + 1}"], False)
    # check, but the check line is of 2x
    out["twox"] = (st + [f"Check: 2{var} = {2 * x}"], True)
    if d:
        out["leftonly"] = (st + [f"Left: {sub(a, x, b, 'par')} = {L}"], True)
        out["rightonly"] = (st + [f"Right: {sub(d, x, e, 'par')} = {L}"], True)
        out["leftvsconst"] = (st + [f"Check: {sub(a, x, b, 'par')} = {L}", f"Check: {sub(k, x, b, 'par')} = {e}"], True)
    # no check at all
    out["none"] = (st, True)
    # a check before the final value of a rounded intermediate
    out["before-other"] = (st[:-1] + [f"Check: {sub(a, x + 1, b, 'par')} = {a * (x + 1) + b}", f"So {var} = {x}"], True)
    return out


for g in range(32):
    both = g % 3 == 2
    var = VARS[(g + 5) % len(VARS)]
    eq = rand_eq(var, both)
    wc = wrong_checks(eq)
    names = sorted(wc)
    ph = CHECK_EN[g % len(CHECK_EN)]
    right_w = eq.working("lr" if both else "plain")
    for k, name in enumerate(names):
        lines, _ = wc[name]
        wrong = "\n".join(lines)
        sticky = (g + k) % 4 == 0
        ans = [wrong, wrong, wrong] if sticky else [wrong, right_w]
        fl = [l for l in lines if l not in right_w.split("\n")] if name not in ("none",) else None
        e2 = Eq(eq.a, eq.b, eq.d, eq.e, var)
        add(f"d252-d{g:03d}-{name}{'-sticky' if sticky else ''}", "check_wrong_fresh",
            prompt(e2, ph, (g + k) % len(LEADS)) + ("" if k % 2 == 0 else " "), e2, ans, checks=True, false_lines=fl)

# ------------------------------------------------------------------ part E: rounded values (a fraction as the solution)
for g in range(30):
    var = VARS[g % len(VARS)]
    while True:
        a = R.choice([3, 7, 9])
        b = R.randint(1, 20)
        c = R.randint(b + 1, b + 40)
        if Fraction(c - b, a).denominator != 1:
            break
    val = Fraction(c - b, a)
    vt = f"{val.numerator}/{val.denominator}"
    eqt = f"{a}{var} + {b} = {c}"
    st = [eqt, f"Subtract {b} from both sides: {a}{var} = {c - b}", f"Divide both sides by {a}: {var} = {vt}"]
    r = round(float(val), 2)
    wl = f"Check: {a}({r}) + {b} = {round(a * r + b, 2)}"
    wrong = "\n".join(st + [wl])
    right = "\n".join(st + [f"Check: {a}({vt}) + {b} = {c - b} + {b} = {c}"])
    pr = f"Solve for {var}: {eqt}. {CHECK_EN[g % len(CHECK_EN)]}"
    if pr in USED:
        continue
    USED.add(pr)
    E(f"d252-e{g:03d}-rounded", "check_rounded", pr, var, vt, [wrong, right], false_lines=[wl])
    CHECK_ASKED[f"d252-e{g:03d}-rounded"] = (var, val, [f"{a}{var} + {b}"])
    r252_meta[f"d252-e{g:03d}-rounded"] = {}

# ------------------------------------------------------------------ part F: a working without a check stored from the
# patch path (a seed of the same shape before it), then the same equation asking for a check
SEEDS = ["check_same_lead", "nocheck_same_lead", "check_other_lead"]
PH_F = ["Check the solution.", "Then check it.", "Check your answer.", "Check.", "Include a check at the end.",
        "Verify your answer.", "Substitute back to confirm.", "Show that it works.", "Also verify your answer.",
        "Check that it satisfies the equation."]
for g in range(36):
    both = g % 6 == 5
    var = VARS[(g + 2) % len(VARS)]
    eq = rand_eq(var, both)
    lead = g % len(LEADS)
    kind = SEEDS[g % 3]
    a, b, d, e = eq.a, eq.b, eq.d, eq.e
    seed = Eq(a, b, d, e + 3 * (a - d), var)
    fmt = "lr" if both else "plain"
    sid = f"d252-f{g:03d}-seed"
    if kind == "check_same_lead":
        add(sid, "patch_seed", prompt(seed, CHECK_EN[g % len(CHECK_EN)], lead), seed, [seed.working(fmt)], checks=True)
    elif kind == "nocheck_same_lead":
        add(sid, "patch_seed", prompt(seed, None, lead), seed, [seed.working(None)])
    else:
        add(sid, "patch_seed", prompt(seed, CHECK_EN[g % len(CHECK_EN)], (lead + 1) % len(LEADS)), seed,
            [seed.working(fmt)], checks=True)
    bid = f"d252-f{g:03d}-base"
    bw = eq.working(None)
    add(bid, "nocheck_base_patched", prompt(eq, None, lead), eq, [bw], base=sid)
    for k, ph in enumerate(PH_F):
        add(f"d252-f{g:03d}-ck{k}", "check_after_patched_base", prompt(eq, ph, lead), eq, [eq.working(fmt)],
            checks=True, base=bid)
    for k, tpl in enumerate(["Solve {eq} for {v} and check your solution.", "Solve {eq} for {v}, then check."]):
        add(f"d252-f{g:03d}-in{k}", "check_after_patched_base", tpl.format(v=var, eq=eq.text()), eq,
            [eq.working(fmt)], checks=True, base=bid)
    # the check asked for the swapped equation, the renamed variable, another constant
    sw = Eq(a, b, d, e, var, swapped=True)
    add(f"d252-f{g:03d}-swapck", "check_after_patched_base", prompt(sw, "Check the solution.", lead), sw,
        [sw.working(fmt)], checks=True, base=bid)
    nv = VARS[(g + 5) % len(VARS)]
    rn = Eq(a, b, d, e, nv)
    add(f"d252-f{g:03d}-renck", "check_after_patched_base", prompt(rn, "Check the solution.", lead), rn,
        [rn.working(fmt)], checks=True, base=bid)
    cc = Eq(a, b, d, e + (a - d), var)
    add(f"d252-f{g:03d}-constck", "check_after_patched_base", prompt(cc, "Check the solution.", lead), cc,
        [cc.working(fmt)], checks=True, base=bid, false_lines=base_lines(bw, cc.working(fmt)))


# ------------------------------------------------------------------ part G: the variable t (or T), a working without a
# check stored, then the same equation asking for a check in a sentence of its own right after the equation's
PH_G = ["Check the solution.", "Check your solution.", "Check your work.", "Check.", "Check it!",
        "Check the solution. Show each step.", "\nCheck the solution.", " Check the solution."]
PH_G_CTRL = ["Then check it.", "Include a check at the end."]
LEADS_G = ["Solve for {v}: {eq}.", "Solve {eq} for {v}.", "Find {v}: {eq}.", "Solve the equation {eq} for {v}."]
for g in range(27):
    var = "T" if g % 9 == 8 else "t"
    eq = rand_eq(var, both=(g % 5 == 4))
    lt = LEADS_G[g % len(LEADS_G)].format(v=var, eq=eq.text())
    bid = f"d252-g{g:03d}-base"
    fmt = "lr" if eq.d else "plain"
    add(bid, "t_nocheck_base", lt, eq, [eq.working(None)])
    for k, ph in enumerate(PH_G + PH_G_CTRL):
        pr = lt + ph if ph.startswith(("\n", " ")) else lt + " " + ph
        add(f"d252-g{g:03d}-ck{k}", "t_check_after_nocheck", pr, eq, [eq.working(fmt)], checks=True, base=bid)
    # another constant, the check asked
    cc = Eq(eq.a, eq.b, eq.d, eq.e + (eq.a - eq.d), var)
    add(f"d252-g{g:03d}-const", "t_check_after_nocheck", LEADS_G[g % len(LEADS_G)].format(v=var, eq=cc.text()) +
        " Check the solution.", cc, [cc.working(fmt)], checks=True, base=bid,
        false_lines=base_lines(eq.working(None), cc.working(fmt)))
# the same with x and y (control)
for g in range(6):
    var = "xy"[g % 2]
    eq = rand_eq(var)
    lt = LEADS_G[g % len(LEADS_G)].format(v=var, eq=eq.text())
    bid = f"d252-h{g:03d}-base"
    add(bid, "x_nocheck_base", lt, eq, [eq.working(None)])
    for k, ph in enumerate(PH_G[:5]):
        add(f"d252-h{g:03d}-ck{k}", "x_check_after_nocheck", lt + " " + ph, eq, [eq.working("plain")], checks=True, base=bid)
# fresh: the variable t, a check asked, the model's first working has no check (or checks another value)
for g in range(40):
    var = "t"
    eq = rand_eq(var)
    ph = PH_G[g % 5]
    lt = LEADS_G[g % len(LEADS_G)].format(v=var, eq=eq.text()) + " " + ph
    right_w = eq.working("plain")
    if g % 2 == 0:
        add(f"d252-i{g:03d}-nocheck", "t_fresh_nocheck", lt, eq, [eq.working(None), right_w], checks=True)
    else:
        wl = f"Check: {sub(eq.a, eq.val + 1, eq.b, 'par')} = {eq.a * (eq.val + 1) + eq.b}"
        add(f"d252-i{g:03d}-othervalue", "t_fresh_othervalue", lt, eq, ["\n".join(eq.steps() + [wl]), right_w],
            checks=True, false_lines=[wl])

r252_found_alone = {
    "d252-b010-in2",
    "d252-b010-in3",
    "d252-b010-ph00",
    "d252-b010-ph02",
    "d252-b010-ph07",
    "d252-b010-ph20",
    "d252-b010-ph45",
    "d252-f025-ck3",
    "d252-f025-ck9",
    "d252-g000-ck3",
    "d252-g000-ck4",
    "d252-g001-ck0",
    "d252-g001-ck1",
    "d252-g001-ck2",
    "d252-g001-ck3",
    "d252-g001-ck4",
    "d252-g001-ck5",
    "d252-g001-ck6",
    "d252-g001-ck8",
    "d252-g002-ck0",
    "d252-g002-ck1",
    "d252-g002-ck2",
    "d252-g002-ck3",
    "d252-g002-ck4",
    "d252-g002-ck5",
    "d252-g002-ck6",
    "d252-g003-ck0",
    "d252-g003-ck1",
    "d252-g003-ck2",
    "d252-g003-ck3",
    "d252-g003-ck4",
    "d252-g003-ck5",
    "d252-g003-ck6",
    "d252-g003-ck8",
    "d252-g004-ck0",
    "d252-g004-ck1",
    "d252-g004-ck2",
    "d252-g004-ck3",
    "d252-g004-ck4",
    "d252-g004-ck5",
    "d252-g004-ck6",
    "d252-g005-ck3",
    "d252-g005-ck4",
    "d252-g006-ck0",
    "d252-g006-ck1",
    "d252-g006-ck2",
    "d252-g006-ck3",
    "d252-g006-ck4",
    "d252-g006-ck5",
    "d252-g006-ck6",
    "d252-g007-ck0",
    "d252-g007-ck1",
    "d252-g007-ck2",
    "d252-g007-ck3",
    "d252-g007-ck4",
    "d252-g007-ck5",
    "d252-g007-ck6",
    "d252-g007-ck8",
    "d252-g008-ck3",
    "d252-g008-ck4",
    "d252-g009-ck0",
    "d252-g009-ck1",
    "d252-g009-ck2",
    "d252-g009-ck3",
    "d252-g009-ck4",
    "d252-g009-ck5",
    "d252-g009-ck6",
    "d252-g009-ck8",
    "d252-g010-ck0",
    "d252-g010-ck1",
    "d252-g010-ck2",
    "d252-g010-ck3",
    "d252-g010-ck4",
    "d252-g010-ck5",
    "d252-g010-ck6",
    "d252-g011-ck0",
    "d252-g011-ck1",
    "d252-g011-ck2",
    "d252-g011-ck3",
    "d252-g011-ck4",
    "d252-g011-ck5",
    "d252-g011-ck6",
    "d252-g011-ck8",
    "d252-g012-ck3",
    "d252-g012-ck4",
    "d252-g013-ck0",
    "d252-g013-ck1",
    "d252-g013-ck2",
    "d252-g013-ck3",
    "d252-g013-ck4",
    "d252-g013-ck5",
    "d252-g013-ck6",
    "d252-g013-ck8",
    "d252-g014-ck0",
    "d252-g014-ck1",
    "d252-g014-ck2",
    "d252-g014-ck3",
    "d252-g014-ck4",
    "d252-g014-ck5",
    "d252-g014-ck6",
    "d252-g015-ck0",
    "d252-g015-ck1",
    "d252-g015-ck2",
    "d252-g015-ck3",
    "d252-g015-ck4",
    "d252-g015-ck5",
    "d252-g015-ck6",
    "d252-g015-ck8",
    "d252-g016-ck3",
    "d252-g016-ck4",
    "d252-g017-ck3",
    "d252-g017-ck4",
    "d252-g018-ck3",
    "d252-g018-ck4",
    "d252-g019-ck0",
    "d252-g019-ck1",
    "d252-g019-ck2",
    "d252-g019-ck3",
    "d252-g019-ck4",
    "d252-g019-ck5",
    "d252-g019-ck6",
    "d252-g019-ck8",
    "d252-g022-ck0",
    "d252-g022-ck1",
    "d252-g022-ck2",
    "d252-g022-ck3",
    "d252-g022-ck4",
    "d252-g022-ck5",
    "d252-g022-ck6",
    "d252-g023-ck3",
    "d252-g023-ck4",
    "d252-g023-ck8",
    "d252-g024-ck0",
    "d252-g024-ck1",
    "d252-g024-ck2",
    "d252-g024-ck3",
    "d252-g024-ck4",
    "d252-g024-ck5",
    "d252-g024-ck6",
    "d252-g025-ck3",
    "d252-g025-ck4",
    "d252-g026-ck0",
    "d252-g026-ck1",
    "d252-g026-ck2",
    "d252-g026-ck3",
    "d252-g026-ck4",
    "d252-g026-ck5",
    "d252-g026-ck6",
    "d252-i000-nocheck",
    "d252-i002-nocheck",
    "d252-i004-nocheck",
    "d252-i006-nocheck",
    "d252-i008-nocheck",
    "d252-i010-nocheck",
    "d252-i012-nocheck",
    "d252-i014-nocheck",
    "d252-i016-nocheck",
    "d252-i017-othervalue",
    "d252-i018-nocheck",
    "d252-i020-nocheck",
    "d252-i022-nocheck",
    "d252-i024-nocheck",
    "d252-i026-nocheck",
    "d252-i028-nocheck",
    "d252-i030-nocheck",
    "d252-i032-nocheck",
    "d252-i034-nocheck",
    "d252-i036-nocheck",
    "d252-i038-nocheck",
}
r252_arguable = set()

# The check each request asks for, for check.py's own reader (a line that puts the value into each side).
for r252_p in P:
    if r252_p["id"] in CHECK_ASKED:
        r252_p["expect"]["check_sides"] = list(CHECK_ASKED[r252_p["id"]][2])

# Trimmed for ctest (probe_kit.trim_round), stop 52: the confirmed items (fixed: a check asked beside the variable t,
# in other words, and of the right value) all kept with their bases, every 10th safe variant and every 30th of the
# rest.
from probe_kit import trim_round as r252_trim_round  # noqa: E402

r252_trim_round("d252-", r252_found_alone, r252_arguable,
                lambda i: [r252_meta[i]["base"]] if r252_meta.get(i, {}).get("base") else [])

