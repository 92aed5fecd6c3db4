r"""Red-team round 257 (black box): EQUATION WORKINGS IN THE FORMS MODELS REALLY WRITE.
Focus: linear-equation workings in the forms models write - Markdown (bold step labels, bullets, headings, numbered
  lists, code fences), LaTeX (\(..\), $$..$$, \frac, \cdot, \boxed, aligned), Unicode (−, ⇒, →, ∴, ⁄, ✓, ✔, ✅),
  sentences and final lines in many forms ("**x = 5**", "Answer: 5", "x is 5.", "The solution is x=5.", "\boxed{x=5}",
  "#### 5") - and requests written in such notation. Seven parts, all seeded random.Random(257):
  (a) 115 bases in 23 working styles x 8 prompt forms (plain, Unicode minus, \(..\), $..$, $..\cdot..$, **bold**,
      `code`, a word problem) with up to 9 variants each: the right side changed (twice, and once by the
      coefficient), a sign, the coefficient, the variable renamed with the right side changed; safe: the variable
      renamed, another notation of the same equation, another template (d257-a*, 1,060);
  (b) 12 plain bases "ax + b = e" and 29 variants each whose prompt notation changes a number (8 look-alike minus
      signs before the right side: U+2010, U+2011, U+2012, U+FE63, U+FF0D, U+207B, U+2796, U+02D7; "b²", "b^2",
      "b^{2}", "e²", "\(4n\)", "|−a|x", "(−a)x", "\frac{1}{a}x", "\dfrac{x}{a}", "\frac{a}{a+1}x", "0,ax" (decimal
      comma), "2 \cdot ax", "2 × ax", "2·ax", "e \cdot 2", "~~e~~ e'", "\cancel{e}", "<del>e</del> e'", "e\,000",
      fullwidth digits, "\,", "\left(..\right)") (d257-b*, 362); 10 bases "a²x + b = e" with the coefficient as
      "\sqrt{a²}", "√a²", "√a²·", "a^{1/2}", "\frac{a²}{a}" and two safe forms (d257-s*, 80);
  (c) 14 bases with a fractional solution and the same equation asking "as a decimal", "as a mixed number", "as a
      fraction", "in \boxed{}", "in LaTeX", "bold" (d257-c*, 98);
  (d) 207 right answers in the 23 styles for requests never seen (d257-r*);
  (e) 333 model workings wrong in these forms (a false step inside \(..\), a Markdown list whose second step is false,
      "$$\boxed{6}$$" under "x = 5", "\boxed{x = 7}" above "So x = 5.", "Check: 3(5) + 5 = 21 ✓", "x = 6 ✔", the sign
      error "3x = 20 + 5" in Unicode, "x = \frac{18}{3} = 5", "So x is 4." / "**Answer: 8**" under "x = 5", a false
      step in a sentence, a false link of a ⇒ chain, "∴ x = −5", "## x = 10", a false step inside a code fence,
      "x = 11⁄2", "x = ⁻5"), each once (then right) or sticky (d257-w*);
  (f) 70 bases whose working puts each step's description on a label line of its own above its equation ("### Step 1:
      subtract 5 from both sides", "## Step 1: ...", "# Step 1: ...", "**Step 1: ...**", "**Step 1:** ...", "*Step 1:*
      ...", "__Step 1:__ ...", "**Step 1** ...", "### 1. ...", "Step one: ...", "Step 1: ..."), the description's
      number in digits, words, superscript, fullwidth, mathematical bold or Arabic-Indic digits, or "\(5\)"; variants:
      the constant b, its sign, the coefficient, the right side, safe renamed variable and paraphrase (d257-h*, 486);
  (g) 110 single requests whose model working has a false description on such a label line (a wrong number or the
      wrong operation, its equations and final value right), once or sticky, each followed by its safe renamed-
      variable and paraphrase repeats whose scripted answers are right (d257-f*, 330).
  2,956 probes, all linear_equation: 336 bases, 822 safe. Fresh SQLite store, two passes. Paths: run 1 skip 1,957 /
  patch 817 / reuse 182, run 2 skip 1,532 / patch 653 / reuse 771; safe on reuse 153/822 and 271/822.
  check.py reads neither step descriptions on label lines nor "Answer: N" after a code fence nor the headings style:
  of its 315 / 336 wrong answers, 147 / 149 are judge errors (112 "steps whose operation does not give their
  equation" on right label-line, headings and fence workings (76, 26, 10 in run 1), 35 "no final value on the last
  line" under "Answer: N"). The tester's
  own reader (check.py's judge after reading these forms, and every label-line description read as a plain one)
  judged every served answer.
HELD: no wrong final value was served in either run, from the cache or fresh. Every variant whose constant, sign,
  coefficient or variable changed got its own right value. Every prompt-notation change of part (b) ended in a clear
  error ("no linear equation to check against", "the character \"\\\" ... which the equation reader does not read",
  "the number \"0,4\" ... written with a separator inside it", "the mark \"|\" outside the equation", "the mark \"·\"
  ... would misread"), except "(−a)x" and "2 × ax", which were read right. Every wrong working of part (e) was refused
  or replaced by the model's next answer or the solver's working (133 ended in errors per run; none served
  verbatim). Part (c): "as a decimal", "as a mixed number", "as a fraction" and "in \boxed{}" ended in errors;
  "in LaTeX" and "bold" were answered fresh. Safe reuse was right
  (705 answers on the reuse path in the two runs judged right; a sample of 8 read by hand, all right).
WHAT GOT THROUGH (from the cache, alone - the 186 ids and their bases, 199 requests, fresh store, --runs 2: 135 of the
  168 clear ids and 6 of the 18 arguable reproduce; the rest depend on other cached entries of the full round):
 (A) CLEAR (102 ids): a working whose step description sits on a Markdown label line names a wrong number or the wrong
     operation (the model's own mistake, its equations and value right), is accepted, stored, and served from the
     cache to the request again and to its renamed-variable and paraphrased repeats, whose own model answers are
     right: "Solve 2n + 5 = 21 for n." -> "2n + 5 = 21\n### Step 1: subtract 5 from both sides\n2n = 16\n### Step 2:
     multiply both sides by 2\nn = 8\nn = 8" (right: divide by 2); "Find p if 3(p - 4) = -9. Show each step." ->
     "```\n3(p - 4) = -9\n*Step 1:* Multiply both sides by 3\np - 4 = -3\n..." (right: divide by 3); "Solve the
     equation y/3 - 12 = -13. Show your work." -> "__Step 1:__ Add sixteen to both sides\ny/3 = -1" (right: twelve).
 (B) CLEAR (33 ids): label lines that come from ANOTHER cached working, with another request's number, served for a
     request whose model answer was right: "Solve 4x + 24 = 36 for x." -> "4x + 24 = 36\n__Step 1:__ Subtract 24
     from both sides\n4x = 12\n__Step 2:__ Divide both sides by 24\nx = 3\nx = 3"; "Solve 6(n + 3) = 6 for n." ->
     "## Solution\n6(n + 3) = 6\n## Step 1: Divide both sides by five\nn + 3 = 1\n..."; "Solve the equation 5m + 8
     = 43. Show your work." -> "1. 5m + 8 = 43\n5m + 8 = 43\n**Step 1:** Subtract five from both sides\n5m + 8 =
     43\n**Step 1:** Add eight to both sides\n5m = 35\n..." (the patch path stitched a cached prefix to the model's
     whole answer).
 (C) ARGUABLE (6 ids, r257_arguable): the stitched working holds a right label line whose next line restates the
     equation unchanged: "Solve 4(n - 5) = -44 for n." -> "1. 4(n - 5) = -44\n4(n - 5) = -44\nStep one: Divide both
     sides by 4\n4(n - 5) = -44\n# Step 1: Divide both sides by 4\n4(n - 5) = -44\n**Step 1: Divide both sides by
     4**\nn - 5 = -11\n...\nn = -6" (value right, working garbled).
 Served fresh (the model's own false label-line description accepted, never from the cache): 55 in run 1 (51 patch,
  4 skip), 5 in run 2, every one of part (g). Right answers refused: 786 per run by check.py's count, most of them
  part (b)'s prompt notations and every prompt written in \(..\) (27 of 27 right singles and form bases), $..\cdot..$
  (31 of 31) or with the equation in **bold** (38 of 38).
FIXED (stop 53): a step label set in Markdown ("### Step 1:", "**Step 1:**", "*Step 1:*", "__Step 1:__", "**Step 1**",
"### 1.", a whole line in bold) is stripped before its description is read, and a description whose number is written in
other digits (superscript, fullwidth, mathematical, Arabic-Indic) is a number the checks cannot read, so the step fails.
check.py reads this round's workings after plain_working (its probes carry notation "markdown").
"""
from probe_kit import J, E, S, P
import random
from fractions import Fraction

R = random.Random(257)
r257_meta = {}
USED = set()
VARS = ["x", "y", "n", "k", "m", "a", "t", "z", "p", "b"]


def fs(q):
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def term(c, v):
    c = Fraction(c)
    if c == 1:
        return v
    if c == -1:
        return "-" + v
    return fs(c) + v


def side(c, k, v):
    """c v + k written plainly."""
    if c == 0:
        return fs(k)
    s = term(c, v)
    if k > 0:
        s += f" + {fs(k)}"
    elif k < 0:
        s += f" - {fs(-k)}"
    return s


class Eq:
    """a v + b = d v + e, with a shape for writing and a solution."""

    def __init__(self, shape, v, **kw):
        self.shape, self.v = shape, v
        self.__dict__.update(kw)

    def text(self):
        v = self.v
        if self.shape == "A":
            return f"{side(self.a, self.b, v)} = {fs(self.e)}"
        if self.shape == "C":
            inner = f"{v} + {fs(self.k)}" if self.k > 0 else f"{v} - {fs(-self.k)}"
            return f"{fs(self.a)}({inner}) = {fs(self.e)}"
        if self.shape == "D":
            return f"{side(self.a, self.b, v)} = {side(self.d, self.e, v)}"
        if self.shape == "F":
            return f"{v}/{self.q} + {fs(self.b)} = {fs(self.e)}" if self.b > 0 else f"{v}/{self.q} - {fs(-self.b)} = {fs(self.e)}"
        if self.shape == "G":  # b - a v = e
            return f"{fs(self.b)} - {term(self.a, v)} = {fs(self.e)}"

    def value(self):
        if self.shape == "A":
            return Fraction(self.e - self.b, self.a)
        if self.shape == "C":
            return Fraction(self.e, self.a) - self.k
        if self.shape == "D":
            return Fraction(self.e - self.b, self.a - self.d)
        if self.shape == "F":
            return (Fraction(self.e) - self.b) * self.q
        if self.shape == "G":
            return Fraction(self.b - self.e, self.a)

    def steps(self):
        """[(description, equation)] after the first line."""
        v, s = self.v, self.value()
        out = []
        if self.shape == "A":
            if self.b > 0:
                out.append((f"Subtract {fs(self.b)} from both sides", f"{term(self.a, v)} = {fs(self.e - self.b)}"))
            else:
                out.append((f"Add {fs(-self.b)} to both sides", f"{term(self.a, v)} = {fs(self.e - self.b)}"))
            if self.a != 1:
                out.append((f"Divide both sides by {fs(self.a)}", f"{v} = {fs(s)}"))
        elif self.shape == "C":
            out.append((f"Divide both sides by {fs(self.a)}",
                        (f"{v} + {fs(self.k)}" if self.k > 0 else f"{v} - {fs(-self.k)}") + f" = {fs(Fraction(self.e, self.a))}"))
            out.append((f"Subtract {fs(self.k)} from both sides" if self.k > 0 else f"Add {fs(-self.k)} to both sides",
                        f"{v} = {fs(s)}"))
        elif self.shape == "D":
            out.append((f"Subtract {term(self.d, v)} from both sides", f"{side(self.a - self.d, self.b, v)} = {fs(self.e)}"))
            if self.b > 0:
                out.append((f"Subtract {fs(self.b)} from both sides", f"{term(self.a - self.d, v)} = {fs(self.e - self.b)}"))
            else:
                out.append((f"Add {fs(-self.b)} to both sides", f"{term(self.a - self.d, v)} = {fs(self.e - self.b)}"))
            if self.a - self.d != 1:
                out.append((f"Divide both sides by {fs(self.a - self.d)}", f"{v} = {fs(s)}"))
        elif self.shape == "F":
            if self.b > 0:
                out.append((f"Subtract {fs(self.b)} from both sides", f"{v}/{self.q} = {fs(self.e - self.b)}"))
            else:
                out.append((f"Add {fs(-self.b)} to both sides", f"{v}/{self.q} = {fs(self.e - self.b)}"))
            out.append((f"Multiply both sides by {self.q}", f"{v} = {fs(s)}"))
        elif self.shape == "G":
            out.append((f"Subtract {fs(self.b)} from both sides", f"-{term(self.a, v)} = {fs(self.e - self.b)}"))
            out.append((f"Divide both sides by -{fs(self.a)}", f"{v} = {fs(s)}"))
        return out

    def check(self):
        """The value put into each side: "3(5) + 5 = 20"."""
        s = fs(self.value())
        p = f"({s})"
        if self.shape == "A":
            left = (p if self.a == 1 else f"{fs(self.a)}{p}") + (f" + {fs(self.b)}" if self.b > 0 else f" - {fs(-self.b)}")
            return f"{left} = {fs(self.e)}"
        if self.shape == "C":
            return f"{fs(self.a)}({s} + {fs(self.k)}) = {fs(self.e)}" if self.k > 0 else f"{fs(self.a)}({s} - {fs(-self.k)}) = {fs(self.e)}"
        if self.shape == "D":
            left = f"{fs(self.a)}{p}" + (f" + {fs(self.b)}" if self.b > 0 else f" - {fs(-self.b)}")
            right = f"{fs(self.d)}{p}" + (f" + {fs(self.e)}" if self.e > 0 else f" - {fs(-self.e)}")
            return f"{left} = {right}"
        if self.shape == "F":
            return f"{s}/{self.q}" + (f" + {fs(self.b)}" if self.b > 0 else f" - {fs(-self.b)}") + f" = {fs(self.e)}"
        if self.shape == "G":
            return f"{fs(self.b)} - {fs(self.a)}{p} = {fs(self.e)}"

    def clone(self, **kw):
        d = dict(self.__dict__)
        d.update(kw)
        shape, v = d.pop("shape"), d.pop("v")
        return Eq(shape, v, **d)


def rand_eq(v, shape=None):
    shape = shape or R.choice("AAACDFG")
    s = R.randint(-9, 15)
    if shape == "A":
        a = R.randint(2, 9)
        b = R.choice([R.randint(1, 30), -R.randint(1, 30)])
        return Eq("A", v, a=a, b=b, e=a * s + b)
    if shape == "C":
        a = R.randint(2, 8)
        k = R.choice([R.randint(1, 12), -R.randint(1, 12)])
        return Eq("C", v, a=a, k=k, e=a * (s + k))
    if shape == "D":
        d = R.randint(1, 6)
        a = d + R.randint(2, 6)
        b = R.choice([R.randint(1, 25), -R.randint(1, 25)])
        e = (a - d) * s + b
        return Eq("D", v, a=a, b=b, d=d, e=e)
    if shape == "F":
        q = R.randint(2, 6)
        b = R.choice([R.randint(1, 20), -R.randint(1, 20)])
        s = q * R.randint(-4, 8)
        return Eq("F", v, q=q, b=b, e=Fraction(s, q) + b)
    a = R.randint(2, 9)
    b = R.randint(10, 60)
    return Eq("G", v, a=a, b=b, e=b - a * s)


# ------------------------------------------------------------------ notation of math
def uni(s):
    """Unicode minus and times."""
    out = []
    for i, ch in enumerate(s):
        out.append("\u2212" if ch == "-" else ch)
    return "".join(out)


def tex(s):
    """LaTeX body: x/4 -> \frac{x}{4}, a/b numbers -> \frac{a}{b}."""
    import re
    s = re.sub(r"(-?)(\d+)/(\d+)", lambda m: m.group(1) + r"\frac{" + m.group(2) + "}{" + m.group(3) + "}", s)
    s = re.sub(r"\b([a-z])/(\d+)", r"\\frac{\1}{\2}", s)
    return s


def tex_cdot(s):
    import re
    s = tex(s)
    return re.sub(r"(\d)([a-z])\b", r"\1 \\cdot \2", s)


# ------------------------------------------------------------------ working styles
def st_md_bold(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"**Step 1:** Write the equation: {eq.text()}"]
    for i, (d, q) in enumerate(steps, 2):
        lines.append(f"**Step {i}:** {d}: {q}")
    lines += ["", f"**{v} = {s}**"]
    return "\n".join(lines)


def st_md_bold2(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()]
    for d, q in steps:
        lines.append(f"**{d}:** {q}")
    lines += ["", f"**Answer:** {v} = {s}"]
    return "\n".join(lines)


def st_bullets(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"- Start with {eq.text()}"]
    for d, q in steps:
        lines.append(f"- {d}: {q}")
    lines += ["", f"So **{v} = {s}**."]
    return "\n".join(lines)


def st_headings(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = ["## Solution", "", eq.text(), ""]
    for i, (d, q) in enumerate(steps, 1):
        lines += [f"### Step {i}: {d.lower()}", q, ""]
    lines += ["## Answer", f"{v} = {s}"]
    return "\n".join(lines)


def st_numbered(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"1. {eq.text()}"]
    for i, (d, q) in enumerate(steps, 2):
        lines.append(f"{i}. {d}: {q}")
    lines += ["", f"The solution is {v}={s}."]
    return "\n".join(lines)


def st_fence(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    return "```\n" + "\n".join([eq.text()] + [q for _, q in steps]) + f"\n```\n\nAnswer: {s}"


def st_tex_inline(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"\\({tex(eq.text())}\\)"]
    for d, q in steps:
        lines.append(f"{d}: \\({tex(q)}\\)")
    lines += [f"So \\({v} = {tex(s)}\\)."]
    return "\n".join(lines)


def st_tex_display(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"$${tex(eq.text())}$$"] + [f"$${tex(q)}$$" for _, q in steps]
    lines += [f"$$\\boxed{{{v} = {tex(s)}}}$$"]
    return "\n".join(lines)


def st_tex_cdot(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"${tex_cdot(eq.text())}$"] + [f"{d}: ${tex_cdot(q)}$" for d, q in steps]
    lines += ["", f"\\boxed{{{tex(s)}}}"]
    return "\n".join(lines)


def st_boxed_eq(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [f"{d}: {q}" for d, q in steps]
    lines += [f"\\boxed{{{v}={s}}}"]
    return "\n".join(lines)


def st_unicode(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [uni(eq.text())] + [uni(f"{d}: {q}") for d, q in steps]
    lines += [uni(f"∴ {v} = {s}")]
    return "\n".join(lines)


def st_arrows(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    return " ⇒ ".join([eq.text()] + [q for _, q in steps])


def st_arrow_lines(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [f"→ {q}" for _, q in steps]
    return "\n".join(lines)


def st_sentences(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    parts = [f"We start from {eq.text()}."]
    for d, q in steps:
        g = d[0].lower() + d[1:]
        g = g.replace("subtract ", "subtracting ").replace("add ", "adding ").replace("divide ", "dividing ").replace(
            "multiply ", "multiplying ")
        parts.append(f"{g[0].upper() + g[1:]} gives {q}.")
    return "\n".join(parts) + f"\nSo {v} is {s}."


def st_words_final(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [f"{d}: {q}" for d, q in steps]
    lines += ["", f"{v} is {s}."]
    return "\n".join(lines)


def st_check_tick(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [f"{d}: {q}" for d, q in steps]
    lines += [f"Check: {eq.check()} ✓"]
    return "\n".join(lines)


def st_check_tick_tex(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"\\({tex(eq.text())}\\)"] + [f"\\({tex(q)}\\)" for _, q in steps]
    lines += [f"Check: \\({tex(eq.check())}\\) ✔"]
    return "\n".join(lines)


def st_slash(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [q for _, q in steps[:-1]]
    last = steps[-1][1]
    lhs = eq.value()
    lines.append(last)
    lines.append(f"Final answer: {v} = {s}")
    return "\n".join(lines).replace("/", "⁄")


def st_div_sign(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [q for _, q in steps]
    return "\n".join(lines) + f"\n{v} = {s} ✔"


def st_gsm(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()] + [f"{d}: {q}" for d, q in steps]
    return "\n".join(lines) + f"\n#### {s}"


def st_align(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    rows = [tex(eq.text())] + [tex(q) for _, q in steps]
    rows = [r.replace(" = ", " &= ", 1) for r in rows]
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}\n$$\n" + f"The answer is ${v} = {tex(s)}$."


def st_therefore_bold(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = [f"Given: {eq.text()}"] + [f"{d}: {q}" for d, q in steps]
    return "\n".join(lines) + f"\n\nTherefore, **{v} = {s}**."


def st_emoji_md(eq, steps, fin):
    v, s = eq.v, fs(eq.value())
    lines = ["**Solution**", "", f"* {eq.text()}"] + [f"* {q}  _({d.lower()})_" for d, q in steps]
    return "\n".join(lines) + f"\n\n✅ **{v} = {s}**"


STYLES = {
    "mdbold": st_md_bold, "mdbold2": st_md_bold2, "bullets": st_bullets, "headings": st_headings,
    "numbered": st_numbered, "fence": st_fence, "texinline": st_tex_inline, "texdisplay": st_tex_display,
    "texcdot": st_tex_cdot, "boxedeq": st_boxed_eq, "unicode": st_unicode, "arrows": st_arrows,
    "arrowlines": st_arrow_lines, "sentences": st_sentences, "wordsfinal": st_words_final,
    "checktick": st_check_tick, "checktex": st_check_tick_tex, "slash": st_slash, "tickfinal": st_div_sign,
    "gsm": st_gsm, "align": st_align, "thereforebold": st_therefore_bold, "emojimd": st_emoji_md,
}


def work(style, eq, pre=None):
    steps = (pre or []) + eq.steps()
    return STYLES[style](eq, steps, None)


# ------------------------------------------------------------------ prompts
def peq(form, eq):
    t = eq.text()
    if form == "plain":
        return t
    if form == "uni":
        return uni(t)
    if form == "texin":
        return f"\\({tex(t)}\\)"
    if form == "dollar":
        return f"${tex(t).replace(' ', '')}$"
    if form == "cdot":
        return f"${tex_cdot(t)}$"
    if form == "bold":
        return f"**{t}**"
    if form == "code":
        return f"`{t}`"
    return t


PFORMS = ["plain", "plain", "uni", "texin", "dollar", "cdot", "bold", "code"]
TEMPLATES = [
    "Solve for {v}: {eq}. Show your steps.",
    "Solve {eq} for {v}.",
    "Find {v} if {eq}. Show each step.",
    "Solve the equation {eq}. Show your work.",
    "**Problem:** Solve {eq} for {v}.",
    "Solve step by step: {eq}",
    "Maria thinks of a number {v}. Her equation is {eq}. What is {v}? Show the steps.",
    "Solve for ${v}$: {eq}",
]


def prompt(tpl, form, eq):
    return TEMPLATES[tpl].format(v=eq.v, eq=peq(form, eq))


def add(id, family, pr, eq_or_val, var, answers, safe=False, base=None, false_lines=None):
    if pr in USED:
        return False
    USED.add(pr)
    value = fs(eq_or_val.value()) if isinstance(eq_or_val, Eq) else fs(eq_or_val)
    E(id, family, pr, var, value, answers, safe=safe, false_lines=false_lines, notation="markdown")
    r257_meta[id] = {"base": base} if base else {}
    return True


# ------------------------------------------------------------------ (1) bases and variants
SNAMES = list(STYLES)
n_base = 0
for rep in range(5):
    for style in SNAMES:
        v = R.choice(VARS[:6]) if R.random() < 0.8 else R.choice(VARS)
        eq = rand_eq(v)
        tpl, form = R.randrange(len(TEMPLATES)), R.choice(PFORMS)
        bid = f"d257-a{n_base:03d}-{style}-base"
        pr = prompt(tpl, form, eq)
        if not add(bid, "form_base", pr, eq, v, [work(style, eq)]):
            continue
        n_base += 1
        pre = bid[:-5]
        vs = []
        # the constant changed
        for j in range(2):
            if eq.shape == "C":
                e2 = eq.clone(e=eq.e + eq.a * R.choice([1, 2, -1, 3]))
            elif eq.shape == "F":
                e2 = eq.clone(e=eq.e + R.choice([1, 2, -1, 3]))
            else:
                e2 = eq.clone(e=eq.e + R.choice([1, 2, 3, -1, -2, eq.a if eq.shape != "D" else eq.a - eq.d]))
            vs.append((f"const{j}", e2, prompt(tpl, form, e2), False))
        # a sign turned
        if eq.shape in ("A", "D", "F"):
            e2 = eq.clone(b=-eq.b)
        elif eq.shape == "C":
            e2 = eq.clone(k=-eq.k)
        else:
            e2 = eq.clone(e=-eq.e)
        vs.append(("sign", e2, prompt(tpl, form, e2), False))
        # the coefficient changed
        if eq.shape in ("A", "C", "G"):
            e2 = eq.clone(a=eq.a + 1)
        elif eq.shape == "D":
            e2 = eq.clone(d=eq.d + 1) if eq.a - eq.d > 2 else eq.clone(a=eq.a + 1)
        else:
            e2 = eq.clone(q=eq.q + 1)
        vs.append(("coef", e2, prompt(tpl, form, e2), False))
        # the sides swapped with another constant
        e2 = eq.clone(e=eq.e + (eq.a if eq.shape in ("A", "C", "G") else 1))
        vs.append(("swapconst", e2, prompt(tpl, form, e2).replace(peq(form, e2), peq(form, e2)), False))
        # the variable renamed (safe)
        nv = R.choice([w for w in VARS if w != v])
        e2 = eq.clone(v=nv)
        vs.append(("rename", e2, prompt(tpl, form, e2), True))
        # the same equation in another notation (safe)
        f2 = R.choice([f for f in PFORMS if f != form])
        vs.append(("notation", eq, prompt(tpl, f2, eq), True))
        # another template (safe paraphrase)
        t2 = R.choice([t for t in range(len(TEMPLATES)) if t != tpl])
        vs.append(("para", eq, prompt(t2, form, eq), True))
        # renamed and the constant changed
        e2 = eq.clone(v=nv, e=eq.e + (eq.a if eq.shape in ("A", "C", "G") else (1 if eq.shape == "F" else eq.a - eq.d)))
        vs.append(("renameconst", e2, prompt(tpl, form, e2), False))
        for tag, e2, p2, safe in vs:
            if e2.value() == eq.value() and not safe:
                continue
            add(f"{pre}-{tag}", "form_" + tag, p2, e2, e2.v, [work(style, e2)], safe=safe, base=bid)

# ------------------------------------------------------------------ (2) the prompt's notation hides a change
# Each base is "a v + b = e" written plainly (or in LaTeX) with a right working; each variant writes one number in a
# notation that changes it; the scripted model's answer for it is right (it simplifies first).
LOOK = [("\u2010", "hyphen"), ("\u2011", "nbhyphen"), ("\u2012", "figdash"), ("\ufe63", "smallminus"),
        ("\uff0d", "fullminus"), ("\u207b", "supminus"), ("\u2796", "heavyminus"), ("\u02d7", "modminus")]
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
n2 = 0
for rep in range(12):
    v = R.choice(["x", "y", "n", "k"])
    a = R.randint(2, 7)
    b = R.randint(2, 9)
    s = R.randint(1, 12)
    eq = Eq("A", v, a=a, b=b, e=a * s + b)
    style = R.choice(SNAMES)
    tpl = R.choice([0, 1, 2, 3])
    bid = f"d257-b{n2:03d}-base"
    if not add(bid, "hide_base", prompt(tpl, "plain", eq), eq, v, [work(style, eq)]):
        continue
    n2 += 1
    pre = bid[:-5]
    A = term(a, v)
    E_ = fs(eq.e)
    cases = []
    # a minus the reader may not know before the right side
    for ch, nm in LOOK:
        e2 = eq.clone(e=-eq.e)
        cases.append((f"dash-{nm}", f"{A} + {b} = {ch}{E_}", e2, None))
    # the constant squared or raised
    e2 = eq.clone(b=b * b)
    cases.append(("sup2", f"{A} + {b}² = {E_}", e2, f"{A} + {b * b} = {E_}"))
    cases.append(("caret2", f"{A} + {b}^2 = {E_}", e2, f"{A} + {b * b} = {E_}"))
    cases.append(("texcaret", f"\\({tex(A)} + {b}^{{2}} = {E_}\\)", e2, f"{A} + {b * b} = {E_}"))
    # the right side raised
    if eq.e <= 12:
        e3 = eq.clone(e=eq.e ** 2)
        cases.append(("supright", f"{A} + {b} = {E_}²", e3, f"{A} + {b} = {eq.e ** 2}"))
    # a root or an absolute value on the coefficient
    e4 = eq.clone(a=a * a)
    cases.append(("sqrtcoef", f"\\(\\sqrt{{{a * a}}}{v} + {b} = {E_}\\)".replace("\\(", "").replace("\\)", ""), eq.clone(), None))
    cases.pop()  # (the root of a*a is a: same equation; kept out, see the next)
    e5 = eq.clone(a=a * a)
    cases.append(("sqrtin", f"\\({a * a}{v} + {b} = {E_}\\)", e5, None))
    cases.append(("abs", f"|−{a}|{v} + {b} = {E_}", eq, None))  # safe-ish: same
    e6 = eq.clone(a=-a)
    cases.append(("neg-paren", f"(−{a}){v} + {b} = {E_}", e6, None))
    # a fraction in LaTeX on the coefficient
    e7 = Eq("A", v, a=Fraction(1, a), b=b, e=eq.e)
    cases.append(("texfrac", f"\\(\\frac{{1}}{{{a}}}{v} + {b} = {E_}\\)", e7, None))
    cases.append(("dfrac", f"$\\dfrac{{{v}}}{{{a}}} + {b} = {E_}$", e7, None))
    e8 = Eq("A", v, a=Fraction(a, a + 1), b=b, e=eq.e)
    cases.append(("fracnum", f"\\(\\frac{{{a}}}{{{a + 1}}}{v} + {b} = {E_}\\)", e8, None))
    # a decimal comma
    e9 = Eq("A", v, a=Fraction(a, 10), b=b, e=eq.e)
    cases.append(("deccomma", f"0,{a}{v} + {b} = {E_}", e9, None))
    # a product on a side
    e10 = eq.clone(a=2 * a)
    cases.append(("cdotcoef", f"$2 \\cdot {a}{v} + {b} = {E_}$", e10, None))
    cases.append(("timescoef", f"2 × {a}{v} + {b} = {E_}", e10, None))
    cases.append(("midcoef", f"2·{a}{v} + {b} = {E_}", e10, None))
    e11 = eq.clone(e=2 * eq.e)
    cases.append(("cdotright", f"${tex(A)} + {b} = {E_} \\cdot 2$", e11, None))
    # a struck constant with its correction
    e12 = eq.clone(e=eq.e + a)
    cases.append(("strike", f"{A} + {b} = ~~{E_}~~ {fs(eq.e + a)}", e12, None))
    cases.append(("cancel", f"\\({tex(A)} + {b} = \\cancel{{{E_}}}\\ {fs(eq.e + a)}\\)", e12, None))
    cases.append(("del", f"{A} + {b} = <del>{E_}</del> {fs(eq.e + a)}", e12, None))
    # thin space in a number (TeX thousands)
    e13 = eq.clone(e=int(str(eq.e) + "000"))
    cases.append(("thinspace", f"\\({tex(A)} + {b} = {E_}\\,000\\)", e13, None))
    # superscript digits for the coefficient (a footnote or a power)
    e14 = eq.clone(b=b + 10 * 0)
    # full-width digits in the constant: the same equation (safe)
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    cases.append(("fullwidth", f"{A} + {b} = {E_.translate(fw)}", eq, None))
    # safe LaTeX spacing
    cases.append(("texspace", f"\\({a}\\,{v} + {b} = {E_}\\)", eq, None))
    cases.append(("leftright", f"\\(\\left({A} + {b}\\right) = {E_}\\)", eq, None))
    for tag, ptext, e2, simp in cases:
        safe = e2.value() == eq.value()
        pr = TEMPLATES[tpl].format(v=v, eq=ptext)
        pre_steps = [("Simplify", simp)] if simp else []
        ans = work(style if not simp else R.choice(["arrowlines", "wordsfinal", "boxedeq", "checktick"]), e2)
        if simp:
            ans = f"First, {ptext.replace(chr(92) + '(', '').replace(chr(92) + ')', '')} means {simp}.\n" + ans
        add(f"{pre}-{tag}", "hide_" + tag, pr, e2, v, [ans], safe=safe, base=bid)


# ------------------------------------------------------------------ (2b) a coefficient written as a root or a power
n6 = 0
for rep in range(10):
    v = R.choice(["x", "y", "n", "k", "t"])
    sq = R.choice([4, 9, 16])
    rt = {4: 2, 9: 3, 16: 4}[sq]
    b = R.randint(1, 15)
    s = R.randint(1, 9)
    eq = Eq("A", v, a=sq, b=b, e=sq * s + b)
    style = R.choice(SNAMES)
    tpl = R.choice([0, 1, 2, 3])
    bid = f"d257-s{n6:03d}-base"
    if not add(bid, "root_base", TEMPLATES[tpl].format(v=v, eq=eq.text()), eq, v, [work(style, eq)]):
        continue
    n6 += 1
    e2 = eq.clone(a=rt)
    E_ = fs(eq.e)
    for tag, ptext, ee in [("texsqrt", f"\\(\\sqrt{{{sq}}}{v} + {b} = {E_}\\)", e2),
                           ("unisqrt", f"√{sq}{v} + {b} = {E_}", e2),
                           ("unisqrtdot", f"√{sq}·{v} + {b} = {E_}", e2),
                           ("half", f"${sq}^{{1/2}}{v} + {b} = {E_}$", e2),
                           ("fracco", f"\\(\\frac{{{sq}}}{{{sq // rt}}}{v} + {b} = {E_}\\)", e2),
                           ("sqrtsafe", f"\\(\\sqrt{{{sq * sq}}}{v} + {b} = {E_}\\)", eq),
                           ("powsafe", f"${rt}^2{v} + {b} = {E_}$", eq)]:
        simp = ee.text()
        ans = f"First, {ptext.replace(chr(92) + '(', '').replace(chr(92) + ')', '').strip('$')} means {simp}.\n" + work(
            R.choice(["arrowlines", "wordsfinal", "boxedeq", "checktick"]), ee)
        add(f"{pre}-{tag}" if False else f"d257-s{n6 - 1:03d}-{tag}", "root_" + tag, TEMPLATES[tpl].format(v=v, eq=ptext),
            ee, v, [ans], safe=ee.value() == eq.value(), base=bid)

# ------------------------------------------------------------------ (3) answers asked in another form
# A base with a fractional solution, then the same equation asking for a form the stored fraction is not.
FORMS = [("decimal", "Give {v} as a decimal."), ("mixed", "Express {v} as a mixed number."),
         ("boxed", "Put the final answer in \\boxed{{}}."), ("latex", "Write every step in LaTeX."),
         ("bold", "Bold the final answer."), ("frac", "Give {v} as a fraction.")]
n3 = 0
for rep in range(14):
    v = R.choice(["x", "y", "n"])
    a = R.choice([3, 4, 6, 7, 8])
    b = R.randint(1, 20)
    e = R.randint(b + 1, b + 40)
    if (e - b) % a == 0:
        e += 1
    eq = Eq("A", v, a=a, b=b, e=e)
    style = R.choice(["wordsfinal", "arrowlines", "boxedeq", "unicode"])
    bid = f"d257-c{n3:03d}-base"
    if not add(bid, "form_ask_base", f"Solve for {v}: {eq.text()}.", eq, v, [work(style, eq)]):
        continue
    n3 += 1
    val = eq.value()
    for tag, ask in FORMS:
        pr = f"Solve for {v}: {eq.text()}. " + ask.format(v=v)
        w = "\n".join([eq.text()] + [q for _, q in eq.steps()])
        if tag == "decimal":
            w += f"\n{v} ≈ {float(val):.4f}" if len(str(float(val))) > 8 else f"\n{v} = {float(val)}"
        elif tag == "mixed":
            whole = int(val)
            rem = val - whole
            w += f"\n{v} = {whole} {abs(rem.numerator)}/{rem.denominator}"
        elif tag == "boxed":
            w += f"\n\\boxed{{{fs(val)}}}"
        elif tag == "latex":
            w = st_tex_inline(eq, eq.steps(), None)
        elif tag == "bold":
            w += f"\n\n**{v} = {fs(val)}**"
        add(f"d257-c{n3 - 1:03d}-{tag}", "form_ask_" + tag, pr, eq, v, [w],
            safe=tag in ("boxed", "latex", "bold", "frac"), base=bid)

# ------------------------------------------------------------------ (4) right answers in each form, never seen
n4 = 0
for rep in range(9):
    for style in SNAMES:
        v = R.choice(VARS)
        eq = rand_eq(v)
        tpl, form = R.randrange(len(TEMPLATES)), R.choice(PFORMS)
        if add(f"d257-r{n4:03d}-{style}", "right_" + style, prompt(tpl, form, eq), eq, v, [work(style, eq)]):
            n4 += 1


# ------------------------------------------------------------------ (5) wrong workings in these forms
def wrong_kinds(eq):
    """(tag, wrong working, false lines) for eq: a wrong step or value in a form."""
    v, s = eq.v, eq.value()
    st = eq.steps()
    out = []
    # a wrong step inside LaTeX, the final value right
    bad = st[0][1].split(" = ")
    badq = f"{bad[0]} = {fs(Fraction(bad[1]) + R.choice([2, 4, 10, -2]))}"
    w = "\n".join([f"\\({tex(eq.text())}\\)", f"\\({tex(badq)}\\)"] + [f"\\({tex(q)}\\)" for _, q in st[1:]])
    out.append(("texstep", w, [f"\\({tex(badq)}\\)"]))
    # a Markdown list whose second step is false
    w = "\n".join([f"1. {eq.text()}", f"2. {st[0][0]}: {badq}"] + [f"{i}. {d}: {q}" for i, (d, q) in enumerate(st[1:], 3)])
    out.append(("mdlist", w, [f"2. {st[0][0]}: {badq}"]))
    # a boxed value that differs from the last line
    w = "\n".join([eq.text()] + [q for _, q in st]) + f"\n\n$$\\boxed{{{fs(s + 1)}}}$$"
    out.append(("boxdiff", w, None))
    w = "\n".join([eq.text()] + [q for _, q in st[:-1]]) + f"\n\\boxed{{{v} = {fs(s + 2)}}}\nSo {v} = {fs(s)}."
    out.append(("boxbefore", w, None))
    # a check mark on a false check
    ck = eq.check()
    l, r = ck.rsplit(" = ", 1)
    try:
        fck = f"Check: {l} = {fs(Fraction(r) + 1)} ✓"
    except ValueError:
        fck = "Check: " + ck.replace(f"({fs(s)})", f"({fs(s + 1)})") + " ✓"
    w = "\n".join([eq.text()] + [q for _, q in st]) + "\n" + fck
    out.append(("falsetick", w, [fck]))
    # a wrong final value, checked with a tick
    w = "\n".join([eq.text()] + [q for _, q in st[:-1]]) + f"\n{v} = {fs(s + 1)} ✔"
    out.append(("tickwrong", w, None))
    # the sign error small models make, in Unicode
    if eq.shape == "A":
        w = uni("\n".join([eq.text(), f"{term(eq.a, v)} = {fs(eq.e + eq.b)}", f"{v} = {fs(Fraction(eq.e + eq.b, eq.a))}"]))
        if Fraction(eq.e + eq.b, eq.a) != s:
            out.append(("signerr", w, None))
    # a wrong link inside a \frac chain
    last = st[-1][1]
    w = "\n".join([f"\\({tex(eq.text())}\\)"] + [f"\\({tex(q)}\\)" for _, q in st[:-1]]) + \
        f"\n\\({v} = \\frac{{{fs(s * 3 + 3)}}}{{3}} = {fs(s)}\\)"
    out.append(("fracchain", w, [f"\\({v} = \\frac{{{fs(s * 3 + 3)}}}{{3}} = {fs(s)}\\)"]))
    # the final value in words differs from the equation before it
    w = "\n".join([eq.text()] + [q for _, q in st]) + f"\n\nSo {v} is {fs(s - 1)}."
    out.append(("wordsdiff", w, None))
    w = "\n".join([eq.text()] + [q for _, q in st]) + f"\n\n**Answer: {fs(s + 3)}**"
    out.append(("answerdiff", w, None))
    # a sentence whose step is false
    g = f"{st[0][0]} gives {badq}."
    w = f"We start from {eq.text()}.\n{g}\n" + "\n".join(f"{d} gives {q}." for d, q in st[1:]) + f"\nSo {v} = {fs(s)}."
    out.append(("sentstep", w, [g]))
    # ⇒ chain with a false link
    w = " ⇒ ".join([eq.text(), badq] + [q for _, q in st[1:]])
    out.append(("arrowstep", w, [w]))
    # ∴ with another value
    w = "\n".join([eq.text()] + [q for _, q in st]) + f"\n∴ {v} = {fs(-s if s else 1)}"
    out.append(("thereforediff", w, None))
    # the stale value of another equation in a heading
    w = "## " + eq.text() + "\n" + "\n".join(q for _, q in st[:-1]) + f"\n## {v} = {fs(s + 5)}"
    out.append(("heading", w, None))
    # a code fence holding a false step
    w = "```\n" + "\n".join([eq.text(), badq] + [q for _, q in st[1:]]) + "\n```"
    out.append(("fencestep", w, [badq]))
    # a fraction slash value
    w = "\n".join([eq.text()] + [q for _, q in st[:-1]]) + f"\n{v} = {fs(s * 2 + 1)}⁄2"
    out.append(("fslash", w, None))
    # superscript minus on the value
    if s > 0:
        w = "\n".join([eq.text()] + [q for _, q in st[:-1]]) + f"\n{v} = ⁻{fs(s)}"
        out.append(("supneg", w, None))
    return out


n5 = 0
WTAGS = ["texstep", "mdlist", "boxdiff", "boxbefore", "falsetick", "tickwrong", "signerr", "fracchain", "wordsdiff",
         "answerdiff", "sentstep", "arrowstep", "thereforediff", "heading", "fencestep", "fslash", "supneg"]
for rep in range(20):
    for tag in WTAGS:
        v = R.choice(VARS)
        e2 = rand_eq(v, "A" if tag == "signerr" else None)
        kinds = {k: (w, fl) for k, w, fl in wrong_kinds(e2)}
        if tag not in kinds:
            continue
        w2, fl2 = kinds[tag]
        sticky = R.random() < 0.25
        r2 = work(R.choice(["arrowlines", "wordsfinal", "boxedeq", "checktick", "unicode"]), e2)
        pr2 = prompt(R.randrange(len(TEMPLATES)), R.choice(PFORMS), e2)
        if add(f"d257-w{n5:03d}-{tag}{'-sticky' if sticky else ''}", "wrong_" + tag, pr2, e2, v,
               [w2, w2, w2] if sticky else [w2, r2], false_lines=fl2):
            n5 += 1


# ------------------------------------------------------------------ (6) a step's description on a Markdown label line
import re as _re

WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
STEPW = ["one", "two", "three", "four", "five"]
NUMF = {
    "digits": lambda n: n,
    "words": lambda n: WORDS.get(int(n), n) if _re.fullmatch(r"\d+", n) else n,
    "sup": lambda n: n.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")),
    "fullw": lambda n: n.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "mathbold": lambda n: n.translate(str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")),
    "arabic": lambda n: n.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    "tex": lambda n: f"\\({n}\\)",
}
LABELS = {
    "h3": lambda i, d: f"### Step {i}: {d[0].lower() + d[1:]}",
    "h2": lambda i, d: f"## Step {i}: {d}",
    "h1": lambda i, d: f"# Step {i}: {d}",
    "bold": lambda i, d: f"**Step {i}: {d}**",
    "boldlab": lambda i, d: f"**Step {i}:** {d}",
    "ital": lambda i, d: f"*Step {i}:* {d}",
    "under": lambda i, d: f"__Step {i}:__ {d}",
    "boldnc": lambda i, d: f"**Step {i}** {d}",
    "h3num": lambda i, d: f"### {i}. {d}",
    "stepword": lambda i, d: f"Step {STEPW[i - 1]}: {d}",
    "plain": lambda i, d: f"Step {i}: {d}",
}


def numdesc(desc, nf):
    return _re.sub(r"(?<![\w-])(\d+)(?![\w])", lambda m: NUMF[nf](m.group(1)), desc)


def label_work(eq, lab, nf, final="plain", falsify=None):
    """eq, then per step a label line and the step's equation on its own line. falsify: (step index, kind)."""
    v, s = eq.v, fs(eq.value())
    lines = [eq.text()]
    bad = []
    for i, (d, q) in enumerate(eq.steps(), 1):
        if falsify and falsify[0] == i - 1:
            kind = falsify[1]
            m = _re.search(r"(\d+)", d)
            if kind == "num" and m:
                d = d[:m.start()] + str(int(m.group(1)) + R.choice([2, 3, 4])) + d[m.end():]
            elif kind == "op":
                d = (d.replace("Subtract", "Add").replace(" from ", " to ") if d.startswith("Subtract") else
                     d.replace("Add", "Subtract").replace(" to ", " from ") if d.startswith("Add") else
                     d.replace("Divide", "Multiply") if d.startswith("Divide") else d.replace("Multiply", "Divide"))
            line = LABELS[lab](i, numdesc(d, nf))
            bad.append(line)
        else:
            line = LABELS[lab](i, numdesc(d, nf))
        lines += [line, q]
    lines.append({"plain": f"{v} = {s}", "bold": f"**{v} = {s}**", "answer": f"**Answer:** {v} = {s}"}[final])
    return "\n".join(lines), bad


n7 = 0
LABS = list(LABELS)
NFS = list(NUMF)
for rep in range(70):
    lab = LABS[rep % len(LABS)]
    nf = NFS[(rep // len(LABS) + rep) % len(NFS)]
    v = R.choice(["x", "y", "n", "k", "m", "p"])
    eq = rand_eq(v, R.choice("AAACDF"))
    fin = R.choice(["plain", "bold", "answer"])
    tpl = R.choice([0, 1, 2, 3])
    bid = f"d257-h{n7:03d}-{lab}-{nf}-base"
    w, _ = label_work(eq, lab, nf, fin)
    if not add(bid, "label_base", TEMPLATES[tpl].format(v=v, eq=eq.text()), eq, v, [w]):
        continue
    n7 += 1
    pre = bid[:-5]
    vs = []
    if eq.shape in ("A", "D", "F"):
        vs.append(("bconst", eq.clone(b=eq.b + R.choice([1, 2, 3])), False))
        vs.append(("sign", eq.clone(b=-eq.b), False))
    elif eq.shape == "C":
        vs.append(("bconst", eq.clone(k=eq.k + R.choice([1, 2, 3])), False))
        vs.append(("sign", eq.clone(k=-eq.k), False))
    if eq.shape in ("A", "C"):
        vs.append(("acoef", eq.clone(a=eq.a + 1), False))
    elif eq.shape == "D":
        vs.append(("acoef", eq.clone(a=eq.a + 1), False))
    else:
        vs.append(("acoef", eq.clone(q=eq.q + 1), False))
    vs.append(("econst", eq.clone(e=eq.e + 1), False))
    nv = R.choice([w_ for w_ in VARS if w_ != v])
    vs.append(("rename", eq.clone(v=nv), True))
    vs.append(("para", eq, True))
    for tag, e2, safe in vs:
        if e2.value() == eq.value() and not safe:
            continue
        w2, _ = label_work(e2, lab, nf, fin)
        t2 = tpl if tag != "para" else (tpl + 1) % 4
        add(f"{pre}-{tag}", "label_" + tag, TEMPLATES[t2].format(v=e2.v, eq=e2.text()), e2, e2.v, [w2], safe=safe,
            base=bid)

# (6b) the model's working with a false description on a label line (its final value right), then safe repeats
n8 = 0
for rep in range(110):
    lab = LABS[rep % len(LABS)]
    nf = R.choice(["digits", "digits", "digits", "words", "sup", "fullw"])
    v = R.choice(["x", "y", "n", "k", "m", "p"])
    eq = rand_eq(v, R.choice("AAACDF"))
    kind = R.choice(["num", "num", "op"])
    fi = R.randrange(len(eq.steps()))
    w, bad = label_work(eq, lab, nf, "plain", (fi, kind))
    if not bad:
        continue
    right_w, _ = label_work(eq, lab, nf, "plain")
    sticky = R.random() < 0.3
    tpl = R.choice([0, 1, 2, 3])
    bid = f"d257-f{n8:03d}-{lab}-{nf}-{kind}{'-sticky' if sticky else ''}"
    if not add(bid, "falselabel_" + lab, TEMPLATES[tpl].format(v=v, eq=eq.text()), eq, v,
               [w, w, w] if sticky else [w, right_w], false_lines=bad):
        continue
    n8 += 1
    nv = R.choice([w_ for w_ in VARS if w_ != v])
    e2 = eq.clone(v=nv)
    rw2, _ = label_work(e2, lab, nf, "plain")
    add(f"{bid}-rename", "falselabel_rename", TEMPLATES[tpl].format(v=nv, eq=e2.text()), e2, nv, [rw2], safe=True,
        base=bid)
    add(f"{bid}-para", "falselabel_para", TEMPLATES[(tpl + 1) % 4].format(v=v, eq=eq.text()), eq, v, [right_w],
        safe=True, base=bid)

r257_found_alone = {
    "d257-a015-checktick-coef",
    "d257-f002-h1-words-num",
    "d257-f002-h1-words-num-rename",
    "d257-f003-bold-digits-op-sticky",
    "d257-f004-boldlab-words-op",
    "d257-f004-boldlab-words-op-rename",
    "d257-f005-ital-digits-op-sticky",
    "d257-f005-ital-digits-op-sticky-para",
    "d257-f005-ital-digits-op-sticky-rename",
    "d257-f006-under-words-num",
    "d257-f006-under-words-num-para",
    "d257-f006-under-words-num-rename",
    "d257-f007-boldnc-digits-op-sticky",
    "d257-f007-boldnc-digits-op-sticky-rename",
    "d257-f008-h3num-words-op",
    "d257-f008-h3num-words-op-para",
    "d257-f008-h3num-words-op-rename",
    "d257-f009-stepword-digits-num",
    "d257-f009-stepword-digits-num-rename",
    "d257-f011-h3-digits-op",
    "d257-f011-h3-digits-op-para",
    "d257-f011-h3-digits-op-rename",
    "d257-f012-h2-digits-num",
    "d257-f012-h2-digits-num-para",
    "d257-f012-h2-digits-num-rename",
    "d257-f013-h1-digits-num",
    "d257-f013-h1-digits-num-rename",
    "d257-f014-bold-digits-op",
    "d257-f014-bold-digits-op-rename",
    "d257-f015-boldlab-words-num-sticky",
    "d257-f015-boldlab-words-num-sticky-rename",
    "d257-f018-boldnc-digits-op-sticky",
    "d257-f018-boldnc-digits-op-sticky-para",
    "d257-f018-boldnc-digits-op-sticky-rename",
    "d257-f019-h3num-words-op",
    "d257-f019-h3num-words-op-rename",
    "d257-f020-stepword-digits-num",
    "d257-f020-stepword-digits-num-rename",
    "d257-f022-h3-words-op",
    "d257-f022-h3-words-op-para",
    "d257-f022-h3-words-op-rename",
    "d257-f023-h2-digits-num-sticky",
    "d257-f023-h2-digits-num-sticky-rename",
    "d257-f024-h1-digits-num",
    "d257-f024-h1-digits-num-para",
    "d257-f027-ital-digits-num",
    "d257-f033-h3-words-op-sticky",
    "d257-f033-h3-words-op-sticky-rename",
    "d257-f034-h2-digits-op",
    "d257-f034-h2-digits-op-para",
    "d257-f034-h2-digits-op-rename",
    "d257-f035-h1-digits-num",
    "d257-f036-bold-digits-op",
    "d257-f036-bold-digits-op-para",
    "d257-f038-ital-digits-num",
    "d257-f038-ital-digits-num-rename",
    "d257-f040-boldnc-digits-op",
    "d257-f040-boldnc-digits-op-para",
    "d257-f040-boldnc-digits-op-rename",
    "d257-f041-h3num-digits-num",
    "d257-f041-h3num-digits-num-rename",
    "d257-f042-stepword-digits-num",
    "d257-f042-stepword-digits-num-rename",
    "d257-f044-h3-words-op",
    "d257-f045-h2-digits-num",
    "d257-f045-h2-digits-num-para",
    "d257-f045-h2-digits-num-rename",
    "d257-f048-boldlab-digits-num",
    "d257-f048-boldlab-digits-num-rename",
    "d257-f049-ital-fullw-num-sticky-para",
    "d257-f053-stepword-digits-num",
    "d257-f053-stepword-digits-num-rename",
    "d257-f055-h3-digits-num",
    "d257-f055-h3-digits-num-rename",
    "d257-f058-bold-digits-num",
    "d257-f058-bold-digits-num-rename",
    "d257-f060-ital-digits-num",
    "d257-f060-ital-digits-num-para",
    "d257-f060-ital-digits-num-rename",
    "d257-f064-stepword-digits-num-sticky",
    "d257-f064-stepword-digits-num-sticky-rename",
    "d257-f066-h3-words-num",
    "d257-f068-h1-digits-num",
    "d257-f068-h1-digits-num-rename",
    "d257-f074-h3num-digits-num-sticky",
    "d257-f074-h3num-digits-num-sticky-rename",
    "d257-f075-stepword-digits-num-sticky",
    "d257-f075-stepword-digits-num-sticky-rename",
    "d257-f077-h3-digits-num-sticky",
    "d257-f077-h3-digits-num-sticky-rename",
    "d257-f078-h2-words-num",
    "d257-f078-h2-words-num-para",
    "d257-f078-h2-words-num-rename",
    "d257-f079-h1-digits-num",
    "d257-f079-h1-digits-num-rename",
    "d257-f080-bold-digits-op",
    "d257-f080-bold-digits-op-rename",
    "d257-f082-ital-digits-num",
    "d257-f082-ital-digits-num-rename",
    "d257-f083-under-digits-num",
    "d257-f083-under-digits-num-para",
    "d257-f083-under-digits-num-rename",
    "d257-f084-boldnc-words-num",
    "d257-f084-boldnc-words-num-rename",
    "d257-f085-h3num-words-num",
    "d257-f085-h3num-words-num-rename",
    "d257-f086-stepword-digits-num",
    "d257-f086-stepword-digits-num-rename",
    "d257-f088-h3-digits-op-sticky",
    "d257-f088-h3-digits-op-sticky-para",
    "d257-f088-h3-digits-op-sticky-rename",
    "d257-f089-h2-digits-num-sticky",
    "d257-f089-h2-digits-num-sticky-para",
    "d257-f089-h2-digits-num-sticky-rename",
    "d257-f091-bold-digits-op-sticky",
    "d257-f091-bold-digits-op-sticky-rename",
    "d257-f092-boldlab-words-num",
    "d257-f092-boldlab-words-num-para",
    "d257-f092-boldlab-words-num-rename",
    "d257-f094-under-words-num",
    "d257-f094-under-words-num-rename",
    "d257-f097-stepword-words-op",
    "d257-f097-stepword-words-op-rename",
    "d257-f100-h2-digits-num",
    "d257-f100-h2-digits-num-para",
    "d257-f100-h2-digits-num-rename",
    "d257-f103-boldlab-digits-num",
    "d257-f103-boldlab-digits-num-rename",
    "d257-f105-under-digits-num",
    "d257-f105-under-digits-num-rename",
    "d257-f106-boldnc-words-num",
    "d257-f106-boldnc-words-num-rename",
    "d257-f107-h3num-digits-num",
    "d257-f107-h3num-digits-num-rename",
    "d257-f108-stepword-digits-num-sticky",
    "d257-f108-stepword-digits-num-sticky-rename",
    "d257-h035-h1-fullw-para",
    "d257-h062-boldnc-mathbold-base",
    "d257-h062-boldnc-mathbold-rename",
    "d257-h063-h3num-arabic-sign",
    "d257-w317-mdlist",
}
r257_arguable = {
    "d257-f005-ital-digits-op-sticky-para",
    "d257-f011-h3-digits-op-para",
    "d257-f018-boldnc-digits-op-sticky-para",
    "d257-f036-bold-digits-op-para",
    "d257-f045-h2-digits-num-para",
    "d257-f078-h2-words-num-para",
}

# Trimmed for ctest (probe_kit.trim_round), stop 53: the confirmed items (fixed) all kept with their bases, every 10th
# safe variant and every 30th of the rest; the arguable ones left out.
from probe_kit import trim_round as r257_trim_round  # noqa: E402

r257_trim_round("d257-", r257_found_alone, r257_arguable,
                lambda i: [r257_meta[i]["base"]] if r257_meta.get(i, {}).get("base") else [])
