#!/usr/bin/env python3
"""Runs the red-team workload through `stepcache run` with the scripted model and judges
every served answer by value against expect.jsonl (written by hand, not by StepCache).

  python3 tests/redteam/check.py [--stepcache build/release/stepcache] [--store memory]
      [--runs N] [--first N] [--fresh-store] [--out DIR] [--known-wrong ID,ID,...|@FILE]

Prints every wrong answer served (with its path), every error (marked REJECTED-RIGHT when the
model gave the right answer in one of its first three answers), the reuse count, and writes
results.jsonl (of the last run) to --out (default: beside this file). --runs N serves the
workload N times on the same store (the model's counters start over each time): with a SQLite
store, the later runs find every answer the first one stored. Exit 1 when a wrong answer was
served from the cache in any run (the reuse path, or a wrong member the patch path kept from the
cached answer: one its reason does not name as failed), or when a wrong answer was served whose id
is not in --known-wrong (findings still open, listed in FINDINGS.md); without --known-wrong,
exit 1 on any wrong answer.
"""
import argparse
import functools
import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# ------------------------------------------------------------------ JSON by value
def loads_exact(text):
    """JSON with every decimal read as written (a float keeps 17 digits: 0.30000000000000001 would
    equal 0.3, 9999999999999999.5 its neighbour)."""
    return json.loads(text, parse_float=Decimal)


def same_json(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return Fraction(str(a)) == Fraction(str(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    return type(a) == type(b) and a == b


def json_right(text, expect):
    try:
        value = loads_exact(text) if isinstance(text, str) else text
    except ValueError:
        return False
    return same_json(value, expect)


def kept_wrong(text, expect, reason):
    """On the patch path: the top-level members that are wrong and that the reason does not name as
    failed (so regenerated): their values were kept from the cached answer. Empty when every wrong
    member was regenerated, or when the answer is no object."""
    try:
        value = loads_exact(text) if isinstance(text, str) else text
    except ValueError:
        return []
    if not isinstance(value, dict) or not isinstance(expect, dict) or "__refusal_expected__" in expect:
        return []
    m = re.match(r"(\d+) of (\d+) steps failed", reason or "")
    failed = set(re.findall(r"(?:\(|; )/([^/:;() ]+)[^:;()]*: ", reason or ""))
    if not m or m.group(1) == m.group(2) or len(failed) < int(m.group(1)):
        return []  # every step failed, or the reason does not name them all
    return [k for k in value if k not in failed and (k not in expect or not same_json(value[k], expect[k]))]


# ------------------------------------------------------------------ equations
NUM = r"[-−–]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?"


def to_frac(s):
    s = s.replace("−", "-").replace("–", "-").replace(" ", "")
    return Fraction(s)


def eval_side(expr, var, value):
    """Evaluates one side with var = value; None when it holds anything else."""
    e = expr.replace("−", "-").replace("–", "-").replace("×", "*").replace("·", "*").replace("⋅", "*")
    e = e.replace("÷", "/").strip()
    if not e:
        return None
    tokens = re.findall(r"\d+(?:\.\d+)?|[A-Za-z]+|[()+\-*/]|\S", e)
    out = []
    prev = None
    for t in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            piece = f"Fraction('{t}')"
            kind = "atom"
        elif re.fullmatch(r"[A-Za-z]+", t):
            if t != var:
                return None
            piece = f"Fraction('{value}')"
            kind = "atom"
        elif t in "()+-*/":
            piece = t
            kind = "open" if t == "(" else ("close" if t == ")" else "op")
        else:
            return None
        if prev in ("atom", "close") and kind in ("atom", "open"):
            out.append("*")
        out.append(piece)
        prev = "atom" if kind == "atom" else kind
    try:
        return eval("".join(out), {"Fraction": Fraction, "__builtins__": {}})
    except Exception:
        return None


REMARK = {"is", "the", "a", "an", "our", "my", "your", "final", "answer", "solution", "result", "value", "of",
          "for", "so", "therefore", "thus", "hence", "this", "that", "which", "it", "correct", "right", "checks",
          "check", "out", "exact", "exactly", "indeed", "as", "required", "expected", "solves", "satisfies",
          "equation", "original", "we", "get", "got", "find", "found", "have", "done"}
EXPLAINS = {"both", "side", "sides", "subtract", "subtracting", "subtracted", "add", "adding", "added", "divide",
            "dividing", "divided", "multiply", "multiplying", "multiplied", "simplify", "simplifying", "combine",
            "combining", "collect", "collecting", "move", "moving", "distribute", "distributing", "expand",
            "expanding", "isolate", "isolating", "rearrange", "rearranging", "by", "from", "to", "on", "each", "with",
            "after", "terms", "like"}


CLOSING = re.compile(r"(?:(?:hope (?:this|that|it) helps[.!]*|done[.!]*|qed\s*∎?|∎|✓|✔|that'?s it[.!]*|"
                     r"```\w*|-{3,}|={3,})\s*)+", re.I)
TURNS = re.compile(r"%|\b(?:percent|per cent|square|squared|cube|cubed|half|halve|halving|double|doubled|twice|"
                   r"negat\w*|opposite|wrong|not|incorrect|false|ignore|before|thousands?|millions?|cm|mm|km|"
                   r"falsch|feil|faux|nicht|ikke|pas)\b", re.I)


OPERATION_TAIL = re.compile(r"[\s—–\-|(,;:]*(?:after (?:we )?|having |by |we )?(?:add|adding|added|subtract\w*|"
                            r"divid\w*|multipl\w*|remov\w*)\b[a-z0-9 ./−-]*\)?", re.I)


def says_more(rest, value=None, var=None):
    """What follows a stated value on its line when it may change the value ("or 6", "k", "%",
    "(i.e. 6)", "≈ 6.33" for 16/3, "thousand", "squared", "USD"); None when it is punctuation,
    closing marks, a remark on the answer ("is the solution"), an explanation of the step that
    does not name the variable, or a right approximation."""
    r = re.sub(r"(?:\\\)|\\\]|\*\*|[$`*)\]}.,;:?\"'\s])+$", "", rest)
    if not r.strip() or re.match(r"\s*=", r):
        return None  # nothing, or the next link of a chain (read on its own)
    if re.match(r"[A-Za-z0-9_!^%]", r):
        return r  # glued to the number: "5k", "5!", "5%"
    # How the line was made ("— divided both sides by 9", "(subtract 3 from both sides)", ", after we add
    # 6"): one operation and its number, read by false_descriptions.
    if (OPERATION_TAIL.fullmatch(r) and len(re.findall(r"\d+(?:\.\d+)?(?:/\d+)?", r)) == 1
            and not re.search(r"\b(?:then|so|get|gets|gives|is|equals|answer|result|or)\b", r, re.I)):
        return None
    m = re.fullmatch(r"\s*\(?\s*(?:≈|~|≃)\s*([-−]?\d+(?:\.\d+)?)", r)
    if m and value is not None:
        shown = to_frac(m.group(1))
        places = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        unit = Fraction(1, 10 ** places)
        rounded = abs(shown - value) <= unit / 2
        cut = (shown >= 0) == (value >= 0) and 0 <= abs(value) - abs(shown) < unit
        return None if rounded or cut else r
    if re.search(r"[≈~≃±∓≠<>≤≥%‰^²³¹⁄√=]", r) or re.search(r"[^\x00-\x7f]", r):
        return r
    words = re.findall(r"[A-Za-z]+", r.lower())
    explains = any(w in EXPLAINS and len(w) > 4 for w in words)
    if re.search(r"\d", r) and not explains:
        return r
    for w in words:
        if var and w == var.lower():
            return r  # "(... leaves x as 6)"
        if w not in REMARK and not (explains and w in EXPLAINS):
            return r
    return None


def answer_lines(text, value):
    """Lines that read as an answer ("\\boxed{6}", "#### 6", a bare "6") and give a number other
    than the value."""
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if "=" in line:
            continue
        bare = re.sub(r"\\boxed|[{}$*`#\\()\[\]\s]", "", line)
        if ("boxed" in line or line.startswith("####") or re.fullmatch(NUM, bare or "x")) and re.search(r"\d", line):
            nums = re.findall(NUM, bare)
            if len(nums) != 1 or to_frac(nums[0]) != value:
                out.append(line)
    return out


# Raised and lowered digits and brackets, read as plain ones ("x = ⁸⁄₃").
RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⁽⁾₍₎⁄", "01234567890123456789()()/")


def bad_lines(text, var, value):
    """Equation lines that do not hold for the expected value ("==", ":=", "≔" and "＝" read as "=")."""
    bad = []
    for raw in re.split(r"\n|→|⇒|->|=>", text):
        # (TeX and Markdown marks are no part of the math: "$5t - 3 = 8t$", "**x = 5**".)
        line = re.sub(r"\*\*|`|\\[()\[\]]|\$", "", raw).strip().translate(RAISED)
        line = re.sub(r"===?|:=|≔|＝|⩵", "=", line)
        if "=" not in line:
            continue
        if ":" in line:
            line = line.rsplit(":", 1)[1]
        line = re.sub(r"^(?:so|therefore|thus|hence)\b,?", "", line.strip(), flags=re.I).strip().rstrip(".")
        # (A remark in brackets after the equation says how it was made: "w + 7 = 18  (both sides ÷ 3)".)
        line = re.sub(r"\s*\((?=[^)]*[^\W\d_]{2,})[^)]*\)\s*$", "", line)
        parts = line.split("=")
        vals = [eval_side(p, var, value) for p in parts]
        m = re.match(r"\s*(" + NUM + r")(.*)$", parts[-1])
        if vals[-1] is None and m and says_more(m.group(2), to_frac(m.group(1))):
            bad.append(raw.strip())  # "2x = 10 or 12": a second value
            continue
        if any(v is None for v in vals):
            continue  # not a line this reader can judge
        if any(v != vals[0] for v in vals):
            bad.append(raw.strip())
    return bad


# A step's label at the start of a line ("Step 3:", "2.", "1)").
# (Behind a quote's, a list's or a table's marks too, "> `Step 1:` Subtract 9 ...", "| 2 |", "S1:", "Step [1]:".)
STEP_LABEL = re.compile(r"^\s*(?:[>#|*\-+•➤]\s*)*(?:step\s*[\[(]?\s*\d+\s*[\])]?|s\d+(?=[:.])|\d+[.)/|])\s*[:|]?", re.I)


def arithmetic(expr):
    """The exact value of a sum of products of numbers and brackets ("3(17) + 5", "8 × (-5) + 15"), or None."""
    toks = re.findall(r"\d+(?:\.\d+)?|[-+*/×÷()−]|\S", expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = peek()
        if t in ("-", "−", "+"):
            take()
            v = atom()
            return None if v is None else (-v if t != "+" else v)
        if t == "(":
            take()
            v = total()
            if peek() != ")":
                return None
            take()
            return v
        if t is not None and re.fullmatch(r"\d+(?:\.\d+)?", t):
            take()
            return Fraction(t)
        return None

    def product():
        v = atom()
        while v is not None and peek() in ("*", "×", "/", "÷", "("):
            op = take() if peek() != "(" else "*"  # "3(17)"
            w = atom()
            if w is None or (op in ("/", "÷") and w == 0):
                return None
            v = v * w if op in ("*", "×") else v / w
        return v

    def total():
        v = product()
        while v is not None and peek() in ("+", "-", "−"):
            op = take()
            w = product()
            if w is None:
                return None
            v = v + w if op == "+" else v - w
        return v

    v = total()
    return v if pos[0] == len(toks) else None


def check_line(line, value):
    """A line of arithmetic alone after an optional label, every side equal, that puts `value` in:
    "Check: 3(17) + 5 = 56" for 17; several such parted by " and " or ";" ("Check: 4(4) - 12 = 4 and
    2(4) - 4 = 4")."""
    numbers = []
    for part in re.split(r"\s+and\s+|;\s*", line.strip()):
        body = re.sub(r"^[A-Za-z][A-Za-z ]{0,30}:\s*", "", part.strip()).rstrip(". ✓✔")
        if "=" not in body or re.search(r"[A-Za-z]", body):
            return False
        sides = [arithmetic(p) for p in body.split("=")]
        if any(v is None for v in sides) or len(set(sides)) != 1:
            return False
        numbers += [Fraction(n.replace("−", "-")) for n in re.findall(r"[-−]?\d+(?:\.\d+)?(?:/\d+)?", body)]
    return value in numbers


def final_claims(text, var=None, value=None):
    """The (left side, value) pairs the last line states, and what it says after a value that
    may change it (None when nothing); with `value`, a check of it after it is passed over."""
    lines = [l.strip() for l in re.split(r"\n|→|⇒|->|=>", text) if l.strip()]
    # Closing lines at the end say nothing of the value ("Hope this helps!", "Done.", "QED", "✓", a fence
    # or a rule).
    while len(lines) > 1 and CLOSING.fullmatch(re.sub(r"[*_]", "", lines[-1]).strip() or "---"):
        lines.pop()
    # A check of the value after it ("Check: 3(17) + 5 = 56") states no other value.
    while len(lines) > 1 and value is not None and check_line(lines[-1], value):
        lines.pop()
    if not lines:
        return [], None
    # A line of words right before the last that turns its value ("In percent:", "Wrong:", "Squared:").
    turned = None
    if len(lines) > 1 and "=" not in lines[-2] and not re.search(r"\d", lines[-2]):
        turned = lines[-2] if TURNS.search(lines[-2]) else None
    # (Markdown emphasis is no part of the value: "**Divide by 7:** x = 4".)
    last = re.sub(r"\*\*|`|\\[()\[\]]|\$", "", lines[-1]).rstrip(".")
    claims = []
    more = turned
    # "#### 5", "\\boxed{5}": the value alone, marked as the answer.
    marked = re.fullmatch(r"(?:####\s*|\\boxed\{\s*)?(" + NUM + r")\s*\}?", last.strip())
    if marked:
        return [("", to_frac(marked.group(1)))], turned
    for m in re.finditer(r"([A-Za-z0-9()+\-−*/ ]*?)\s*(?:=|\bequals\b|\bis\b)\s*(" + NUM + r")(?![\d/.]*[A-Za-z])", last):
        # Keep the math at the end of the left side: "So the answer is x" -> "x".
        words = m.group(1).split()
        keep = []
        for w in reversed(words):
            if w.isalpha() and len(w) > 1:
                break
            keep.insert(0, w)
        lhs = "".join(keep)
        claims.append((lhs.replace(" ", ""), to_frac(m.group(2))))
        more = more or says_more(last[m.end():], to_frac(m.group(2)), var)
        # A number before the value that no step's label or description explains ("6, sorry, x = 5").
        before = STEP_LABEL.sub("", last[:m.start(1)])
        if re.search(r"\d", before) and ":" not in before and not EXPLAINS.intersection(re.findall(r"[a-z]+", before.lower())):
            more = more or before
        # A word that denies the value before it ("Wrong: x = 5", "Not the final answer: x = 5").
        if re.search(r"\b(?:wrong|not|incorrect|false|rejected|ikke|nicht|pas|feil|falsch|faux)\b", before, re.I):
            more = more or before
    # A chain "y = x + 1 = 6" states every side's value.
    parts = [p.strip() for p in last.split("=")]
    if len(parts) > 2 and re.fullmatch(NUM, parts[-1]):
        for p in parts[:-1]:
            words = p.split()
            keep = []
            for w in reversed(words):
                if w.isalpha() and len(w) > 1:
                    break
                keep.insert(0, w)
            claims.append(("".join(keep), to_frac(parts[-1])))
    return claims, more


# The readers below are pure and meet the same lines and prompts again (both passes, like workings of
# like requests): remembered, they cost a third of what they did (a pass's scoring took ~100 s, most of it
# here, beside ~200 s of serving).
@functools.lru_cache(maxsize=1 << 20)
def linear(side, var):
    """(coefficient, constant) of one side in var; None when it is no linear expression this reader reads."""
    at = [eval_side(side, var, v) for v in (0, 1, 2)]
    if any(v is None for v in at) or at[2] - at[1] != at[1] - at[0]:
        return None
    return (at[1] - at[0], at[0])


@functools.lru_cache(maxsize=1 << 20)
def equation_sides(text, var):
    parts = text.split("=")
    if len(parts) != 2:
        return None
    left, right = linear(parts[0], var), linear(parts[1], var)
    return (left, right) if left and right else None


@functools.lru_cache(maxsize=1 << 20)
def request_sides(prompt, var):
    """The sides of the one equation in var the prompt states (words before it dropped); None for none or several."""
    found = []
    for line in (prompt or "").split("\n"):
        for m in re.finditer(r"([^:=]*)=([^=]*)", line):
            right = re.split(r"[,;?]|\.(?:\s|$)|\b[A-Za-z]{2,}", m.group(2))[0]
            words = m.group(1).split()
            for k in range(len(words)):
                sides = equation_sides(" ".join(words[k:]) + "=" + right, var)
                if sides:
                    found.append(sides)
                    break
    return found[0] if len(found) == 1 else None


NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
TENS_WORDS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
TENS_WORDS["twenty"] = 20
# An operation's words (the reader's own lists, not the engine's), each with what it does.
# Other languages' verbs too (German, the Scandinavian languages, Dutch, the Romance languages, Polish, Finnish).
OPERATION_WORDS = [
    ("d", re.compile(r"divid|\bsplit|\bshar(?:e|ing)\b|÷|\\div|\bsides over\b|\bdivis|\bteil|\bgeteilt|\bdel\b"
                     r"|\bdele[rn]?\b|\bdela[rt]?\b|\bdeel\b|\bdzielimy|\bjaetaan")),
    ("m", re.compile(r"multipl|\btimes\b|×|\\times|\\cdot|\bgang(?:e|er|et)?\b|\bvermenigvuldig|\bmoltiplic"
                     r"|\bkerrotaan|\bmnożymy")),
    ("s", re.compile(r"subtract|\bminus\b|\bremov|\bdeduct|\bdecreas|\breduc|\bknock|\btak(?:e|es|ing)\b|\btook\b"
                     r"|\bsubtra|\btrekk|\btrakk\b|\btræk|\btrek\b|\brest(?:a|ar|amos|o)\b|\bsoustr|\bsottra"
                     r"|\bodejmujemy|\bvähennetään")),
    ("a", re.compile(r"\badd|\bplus\b|\bput\b|\bputting\b|\bincreas|\blegg(?:e|er)?\b|\blæg|\bsum(?:a|ar|amos|o)\b"
                     r"|\bsomamos|\bajout|\baggiung|\btel(?:len)? op\b|\bdodajemy|\blisätään")),
    ("either", re.compile(r"\bmov(?:e|es|ed|ing)\b|\bbr(?:ing|ings|inging|ought)\b|\btransfer")),
]
# Words that are an operation and its number at once ("halve", "a third of", "double").
PART_WORDS = [(re.compile(r"\bhalv|\bhalf\b"), "d", 2), (re.compile(r"\bthirds?\b"), "d", 3),
              (re.compile(r"\bquarters?\b|\bfourths?\b"), "d", 4), (re.compile(r"\bdoubl|\btwice\b"), "m", 2),
              (re.compile(r"\btripl"), "m", 3)]


def described_operations(desc, var):
    """The operations a description names, in order ("subtract 5 and divide by 3" is two), each as the
    readings it may have: (op, number, whether the number is a multiple of var); [] when it names none."""
    out, last = [], None
    text = re.sub(r"[()\[\]|]", " ", desc.lower())
    for part in re.split(r"\band then\b|\bthen\b|\band\b|,|;", text):
        part = part.strip()
        if not part:
            continue
        scale = next(((op, n) for rx, op, n in PART_WORDS if rx.search(part)), None)
        if scale:
            out.append([(scale[0], Fraction(scale[1]), False)])
            continue
        m = re.search(r"([-−]?\d+(?:\.\d+)?)\s*/\s*(\d+)|([-−]?\d+(?:\.\d+)?)(\s*)([a-z]?)(?![^\W\d_])", part)
        percent = re.search(r"([-−]?\d+(?:\.\d+)?)\s*%", part)
        if percent:  # ("by 50%": a half)
            n, term = Fraction(percent.group(1).replace("−", "-")) / 100, False
        elif m and m.group(1):
            n, term = Fraction(m.group(1).replace("−", "-")) / int(m.group(2)), False
        elif m:
            letter = m.group(5)
            if letter not in ("", var.lower()):
                if not m.group(4):
                    continue  # ("subtract 3y": a term in another letter)
                letter = ""  # ("4 a ambos lados": a word)
            n, term = Fraction(m.group(3).replace("−", "-")), letter == var.lower() and letter != ""
        else:
            words = re.findall(r"[a-z]+", part)
            at = next((k for k, w in enumerate(words) if w in NUMBER_WORDS or w in TENS_WORDS), None)
            if at is None:
                continue
            if words[at] in TENS_WORDS:  # "twenty one", "thirty-two"
                ones = words[at + 1] if at + 1 < len(words) else ""
                n = TENS_WORDS[words[at]] + (NUMBER_WORDS[ones] if ones in NUMBER_WORDS and NUMBER_WORDS[ones] < 10 else 0)
            else:
                n = NUMBER_WORDS[words[at]]
            n, term = Fraction(n), False
        # ("Subtract 3x and 3 from both sides": the second number under the first's operation.)
        op = next((o for o, rx in OPERATION_WORDS if rx.search(part)), last)
        if op is None:
            continue
        last = op
        out.append([("s", n, term), ("a", n, term)] if op == "either" else [(op, n, term)])
    return out


def operated(sides, op, n, term):
    def one(side):
        c, k = side
        if op in "as":
            d = n if op == "a" else -n
            return (c + d, k) if term else (c, k + d)
        if term or n == 0:
            return None
        return (c * n, k * n) if op == "m" else (c / n, k / n)
    made = (one(sides[0]), one(sides[1]))
    return None if None in made else made


@functools.lru_cache(maxsize=1 << 20)
def equation_in(line, var):
    """(start, end) of the one equation in var on a line of words, or None."""
    if line.count("=") != 1:
        return None
    # Words other than the variable, and stops, are masked; the equation is the run around "=".
    masked = re.sub(r"[A-Za-z]+", lambda w: w.group(0) if w.group(0) == var else "#" * len(w.group(0)), line)
    masked = re.sub(r"\.(?!\d)", "#", masked)
    allowed = set("0123456789+-−*/(). =×÷·^") | {var}
    at = masked.index("=")
    a, b = at, at + 1
    while a > 0 and masked[a - 1] in allowed:
        a -= 1
    while b < len(masked) and masked[b] in allowed:
        b += 1
    # Brackets that open or close outside the equation ("(x + 1 = 4)", "x = 3 (divide ...").
    while a < b:
        span = line[a:b].strip()
        if equation_sides(span, var):
            start = line.index(span, a)
            return start, start + len(span)
        if span.startswith("(") and span.count("(") > span.count(")"):
            a = line.index("(", a) + 1
        elif span.endswith("(") or (span.endswith(")") and span.count(")") > span.count("(")):
            b = line.rindex(span[-1], a, b)
        else:
            return None
    return None


def from_operation(desc):
    """A description read from its first operation word when a number stands before it: a label this reader
    does not know ("Step 2 of 2: Divide both sides by 8", "<h3>Step 1</h3> Subtract 6", "Operation 1:")."""
    # (Not a move word, which may open a label itself: "Move 1: Add 14 to both sides".)
    at = min((m.start() for op, rx in OPERATION_WORDS if op != "either" for m in [rx.search(desc.lower())] if m),
             default=None)
    if at and re.search(r"\d", desc[:at]):
        return desc[at:]
    return desc


def false_descriptions(text, var, prompt):
    """Lines whose descriptions name operations on both sides that do not turn the equation before them
    (the request's, then each line's) into their own: the words before the equation on its line, after it
    (unless they announce the next step: "then divide by 3", an arrow), and lines of words above it that
    describe the next line; a past-tense line below an equation ("(We subtracted 5 from both sides.)") must
    give it from the one before, or the next from it. A line this reader cannot read ends the chain."""
    prev = request_sides(prompt, var)
    above, bad, first = [], [], True
    made_from = None  # the equation the line before was made from
    between = []  # past-tense lines below an equation that did not make it: they may make the next one

    def gives(desc, before, after):
        ops = described_operations(desc, var)
        if not ops or len(ops) > 1 or not before or not after:
            return None  # nothing read (or a plan)
        states = [o for r in ops[0] for o in [operated(before, *r)] if o]
        return any(o == after or o == (after[1], after[0]) for o in states)

    for raw in text.split("\n"):
        line = re.sub(r"\*\*|`|\$|\\quad|\\[()\[\]]", " ", raw).strip()
        found = equation_in(line, var)
        if not found:
            if "=" in line:
                prev, above, made_from, between = None, [], None, []
            elif line:
                past = re.search(r"\b(?:added|subtracted|multiplied|divided)\b", line, re.I)
                if not past or line.rstrip().endswith(":"):
                    above.append(from_operation(STEP_LABEL.sub("", line)))
                elif gives(from_operation(STEP_LABEL.sub("", line)), made_from, prev) is False:
                    # ("(We subtracted 8 from both sides.)" below "9x = 45": how it was made, or the next.)
                    between.append((raw.strip(), from_operation(STEP_LABEL.sub("", line))))
            continue
        start, end = found
        cur = equation_sides(line[start:end], var)
        head = from_operation(STEP_LABEL.sub("", line[:start]))
        tail = line[end:].strip()
        if re.match(r"(?:->|=>|→|⇒)", tail) or re.search(r"\b(?:then|next|now|so|finally|get|gives|find|obtain)\b",
                                                         tail, re.I):
            tail = ""
        # (A plan is not read: several operations on a line above or after the equation ("First subtract 10,
        # then divide by 5."), or what the first line says beside the request it restates ("To solve 3x + 5 =
        # 20, subtract 5 from both sides.").)
        own = [] if first and prev and cur and (cur == prev or cur == (prev[1], prev[0])) else [(head, False),
                                                                                               (tail, True)]
        first = False
        descriptions = [(d, True) for d in above] + own
        above = []
        if prev and cur:
            for d, plan in descriptions:
                ops = described_operations(d, var)
                if not ops or (plan and len(ops) > 1):
                    continue
                states = [prev]
                for readings in ops:
                    states = [o for st in states for r in readings for o in [operated(st, *r)] if o]
                if not any(o == cur or o == (cur[1], cur[0]) for o in states):
                    bad.append(raw.strip())
                    break
        bad += [r for r, d in between if gives(d, prev, cur) is False]
        between = []
        made_from, prev = prev, cur
    return bad + [r for r, _ in between]


def checks_sides(text, var, value, sides):
    """Whether, for each side that holds `var` ("3x + 5"), a line writes it with `value` put in, next to an
    equals sign: "3(5) + 5 =", "= 3 × 5 + 5", "5 + 5 =" where no factor stands before the letter."""
    v = str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    lines = [re.sub(r"\s+", "", l).replace("−", "-") for l in text.split("\n")]
    letter = rf"(?<![A-Za-z]){re.escape(var)}(?![A-Za-z])"
    for side in sides:
        s = re.sub(r"\s+", "", side).replace("−", "-")
        if not re.search(letter, s):
            continue
        forms = {re.sub(letter, rep, s) for rep in (f"({v})", f"×{v}", f"*{v}", f"·{v}", f"×({v})", f"*({v})")}
        if not re.search(r"[\d)]" + letter, s) and value.denominator == 1:
            forms.add(re.sub(letter, v, s))  # no factor before the letter: the value bare
        if not any(f + "=" in l or "=" + f in l for f in forms for l in lines):
            return False
    return True


# Workings in the notations models write (round 257): Markdown headings, bold and label lines, LaTeX, other
# digits. A probe whose expect says "notation": "markdown" is read after plain_working.
OTHER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹０１２３４５６７８９٠١٢٣٤٥٦٧٨٩", "0123456789" * 3)
NUMBER_NAMES = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                "twenty".split())}
MD_LABEL = re.compile(r"^(?:[#>\-+•➤→\[`*_|]+\s*)*(?:Step[\s\-\[(]*(?:\d+|one|two|three|four|five|six)|S\d+|\d+)"
                      r"\s*(?:[.:)\]\-–/|`]|\*\*|\*|__)*\s*", re.I)


def plain_working(text, var):
    """The working as plain lines: Markdown marks, LaTeX delimiters and commands, ticks and other digits gone, a
    label line that names an operation as its description ("Subtract 5 from both sides:"), a final answer in its
    common forms as "var = value"."""
    out = []
    for raw in text.split("\n"):
        line = "".join(str(ord(c) - 0x1D7CE) if 0x1D7CE <= ord(c) <= 0x1D7D7 else c for c in raw.strip())
        line = line.translate(OTHER_DIGITS)
        # (HTML tags, quote marks, a table row's cells: round 258.)
        line = re.sub(r"^(?:>\s*)+", "", re.sub(r"<[^>]+>", "", line)).strip()
        if line.startswith("|"):
            line = ": ".join(c.strip() for c in line.strip("|").split("|") if c.strip())
        if line.startswith("```") or re.fullmatch(r"#+\s*(?:Solution|Answer)\s*", line):
            continue
        line = re.sub(r"\\[dt]?frac\{([^{}]+)\}\{([^{}]+)\}", r"(\1)/(\2)", line)
        line = line.replace("\\cdot", "*").replace("\\times", "*").replace("⁄", "/").replace("−", "-")
        line = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", line.replace("∴", ""))
        for mark in ("$$", "$", "\\(", "\\)", "✅", "✔", "✓"):
            line = line.replace(mark, "")
        line = re.sub(r"_\(([^)]*)\)_", "", line).strip()
        if "=" not in line and re.search(r"\b(?:add|subtract|divide|multiply)", line, re.I):
            line = MD_LABEL.sub("", line).replace("**", "").replace("__", "").strip().rstrip(".")
            line = re.sub(r"\b(" + "|".join(NUMBER_NAMES) + r")\b", lambda m: NUMBER_NAMES[m.group(1)], line)
            if not line.endswith(":"):
                line += ":"
        else:
            line = re.sub(r"^\d+\. ", "", re.sub(r"^[-*] ", "", line))
            if re.match(r"^(?:#|\*\*Step|Step)", line) and "=" in line:
                line = MD_LABEL.sub("", line)
        v = re.escape(var)
        m = (re.fullmatch(r"(?:\*\*)?(?:Final answer|Answer|The answer is)\s*:?\s*(?:\*\*)?\s*(?:" + v +
                          r"\s*=\s*)?([-\d/]+)\.?(?:\*\*)?", line, re.I)
             or re.fullmatch(r"(?:So )?" + v + r" is ([-\d/]+)\.", line) or re.fullmatch(r"####\s*([-\d/]+)", line))
        if m:
            line = f"{var} = {m.group(1)}"
        line = re.sub(r"^(?:Start with|We start from|Given:|First,.* means)\s*", "", line).rstrip(".")
        if line:
            out.append(line)
    return "\n".join(out)


def form_right(text, form):
    """Whether the answer has the form the request asks (round 262: the working, one line, the value alone, a
    decimal, a box...): `form["must"]` searched in the whole text ("where": "text"), or in the last line (an
    "**Answer:**" mark and "$" dropped) or any line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if form.get("where") == "text":
        return re.search(form["must"], text.strip()) is not None
    last = re.sub(r"\*\*Answer:\*\*\s*", "", lines[-1] if lines else "").replace("$", "")
    return re.search(form["must"], last) is not None or re.search(form["must"], text, re.M) is not None


def equation_right(text, expect, prompt=None):
    var, value = expect["var"], Fraction(expect["value"])
    if "form" in expect and not form_right(text, expect["form"]):
        return False, f"not in the form the request asks ({expect['form']['must']!r})"
    if expect.get("form", {}).get("must") == r"\A\s*-?[\d/.]+\s*\Z":
        # (The value alone, asked for: its value is all there is to judge.)
        try:
            return (Fraction(text.strip()) == value, "the value alone is wrong")
        except (ValueError, ZeroDivisionError):
            return False, "the value alone does not read"
    if expect.get("notation") == "markdown":
        text = plain_working(text, var)
    if "check_sides" in expect and not checks_sides(text, var, value, expect["check_sides"]):
        return False, "a check is asked and no line puts the value into each side"
    claims, more = final_claims(text, var, value)
    if not more and answer_lines(text, value):
        more = f"another answer line: {answer_lines(text, value)}"
    if not claims:
        return False, "no final value on the last line"
    if more:
        return False, f"the last line says more after its value: {more!r}"
    if "report" in expect:
        want = (expect["report"]["expression"].replace(" ", ""), Fraction(expect["report"]["value"]))
        if want not in claims:
            return False, f"last line does not state {want[0]} = {want[1]}: {claims}"
    else:
        for lhs, v in claims:
            if lhs in ("", var) and v != value:
                return False, f"final {var or '?'} = {v}, expected {value}"
            if lhs not in ("", var) and re.fullmatch(r"[A-Za-z]", lhs):
                return False, f"final line names {lhs}"
        if not any(lhs in ("", var) for lhs, _ in claims):
            return False, f"last line does not state {var}: {claims}"
    bad = bad_lines(text, var, value)
    if bad:
        return False, f"lines that do not hold: {bad}"
    bad = false_descriptions(text, var, prompt)
    if bad:
        return False, f"steps whose operation does not give their equation: {bad}"
    # Lines the probe's author wrote as false for this request (in words this reader does not read: "Odejmij
    # dziesięć od obu stron: 4t = 28", "Divide by the constant: x = 5").
    marked = {line.strip() for line in expect.get("false_lines", [])}
    bad = [line.strip() for line in text.split("\n") if line.strip() in marked]
    if bad:
        return False, f"lines the probe marks false: {bad}"
    return True, ""


def right(task, text, expect, prompt=None):
    if task == "json_extract":
        return (json_right(text, expect["json"]), "")
    return equation_right(text if isinstance(text, str) else "", expect, prompt)


def write_table(results, expects, out_dir):
    """findings_table.md: every wrong answer served and every right answer rejected, with the
    request, the model's scripted answers and what StepCache served."""
    def cell(x):
        t = x if isinstance(x, str) else json.dumps(x, ensure_ascii=False, default=str)
        return t.replace("|", "\\|").replace("\n", "<br>")
    prompts = {}
    for l in open(os.path.join(HERE, "workload.jsonl")):
        w = json.loads(l)
        prompts[w["id"]] = w
    out = ["| id | family | path | request | model answers (in call order) | served / error |", "|---|---|---|---|---|---|"]
    for r in results:
        if r.get("right") is False or r.get("model_right_in_3"):
            w = prompts[r["id"]]
            req = w["prompt"]
            if "schema" in w:
                props = w["schema"]["properties"]
                req += " schema: " + json.dumps({k: v.get("description", v.get("type")) for k, v in props.items()}, ensure_ascii=False)
            answers = " ⟶ ".join(cell(a) for a in expects[r["id"]]["answers"])
            got = ("WRONG: " + cell(r["output"])) if "output" in r else ("REJECTED-RIGHT: " + cell(r.get("error") or ""))
            out.append(f"| {r['id']} | {r['family']} | {r['path']} | {cell(req)} | {answers} | {got} |")
    with open(os.path.join(out_dir, "findings_table.md"), "w") as f:
        f.write("\n".join(out) + "\n")


def run_once(args, expects, out_dir):
    """One pass of the workload; returns (results, wrong, errors, rejected, paths, reuse, safe)."""
    env = dict(os.environ)
    env["REDTEAM_STATE"] = os.path.join(out_dir, ".model_state.json")
    env["REDTEAM_LOG"] = os.path.join(out_dir, "model_log.jsonl")
    for f in (env["REDTEAM_STATE"], env["REDTEAM_LOG"]):
        if os.path.exists(f):
            os.remove(f)
    # One model server per run (its call counters start at zero), on a free port.
    model = subprocess.Popen([sys.executable, os.path.join(HERE, "model.py"), "--serve"],
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        port = int(model.stdout.readline())
        cmd = [args.stepcache, "run", "--workload", args.workload,
               "--backend", f"openai:http://127.0.0.1:{port}/v1", "--store", args.store]
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", env=env)
    finally:
        model.kill()
        model.wait()
    if proc.stderr.strip():
        print("stderr:", proc.stderr.strip()[:2000])
    prompts = {}
    with open(args.workload) as f:
        for l in f:
            if l.strip():
                w = json.loads(l)
                prompts[w["id"]] = w.get("prompt")
    results = []
    wrong, errors, rejected, reuse = [], [], [], 0
    paths = {}
    safe_total = safe_reuse = 0
    for line in proc.stdout.split("\n"):  # (not splitlines: a prompt may hold U+0085)
        if not line.strip():
            continue
        r = json.loads(line)
        e = expects[r["id"]]
        path = r.get("path", "?")
        paths[path] = paths.get(path, 0) + 1
        if e["safe"]:
            safe_total += 1
            safe_reuse += path == "reuse"
        if path == "reuse":
            reuse += 1
        rec = {"id": r["id"], "family": e["family"], "path": path, "reason": r.get("reason")}
        if r.get("output") is not None:
            ok, why = right(e["task"], r["output"], e["expect"], prompts.get(r["id"]))
            rec.update(output=r["output"], right=ok, why=why)
            if not ok and path == "patch" and e["task"] == "json_extract":
                # A wrong member the patch kept from the cached answer is served from the cache.
                kept = kept_wrong(r["output"], e["expect"]["json"], r.get("reason"))
                if kept:
                    rec["kept_from_cache"] = kept
            if not ok:
                wrong.append(rec)
        else:
            first3 = e["answers"][:3]
            model_right = any(right(e["task"], a, e["expect"], prompts.get(r["id"]))[0] for a in first3)
            rec.update(error=r.get("error"), model_right_in_3=model_right)
            errors.append(rec)
            if model_right:
                rejected.append(rec)
        results.append(rec)
    print(f"requests: {len(results)} of {len(expects)}; paths: {paths}; reuse: {reuse}; "
          f"safe on reuse: {safe_reuse}/{safe_total}")
    print(f"\nWRONG ANSWERS SERVED: {len(wrong)}")
    for w in wrong:
        kept = f" KEPT-FROM-CACHE {w['kept_from_cache']}" if w.get("kept_from_cache") else ""
        print(f"  {w['id']} [{w['family']}] path={w['path']}{kept}: {w['output']!r}  ({w['why']})  "
              f"reason: {w['reason']}")
    print(f"\nERRORS: {len(errors)} (right answer rejected: {len(rejected)})")
    for x in errors:
        tag = "REJECTED-RIGHT" if x["model_right_in_3"] else "ok-error"
        print(f"  {x['id']} [{x['family']}] {tag}: {x['error']}")
    unmatched = 0
    if os.path.exists(env["REDTEAM_LOG"]):
        unmatched = sum(1 for l in open(env["REDTEAM_LOG"]) if json.loads(l)["entry"] is None)
    if unmatched:
        print(f"\nmodel calls matching no scripted prompt: {unmatched}")
    return results, wrong, len(results) == len(expects)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stepcache", default=os.path.join(ROOT, "build/release/stepcache"))
    ap.add_argument("--store", default="memory")
    ap.add_argument("--workload", default=os.path.join(HERE, "workload.jsonl"))
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--fresh-store", action="store_true", help="delete a sqlite: store's file first")
    ap.add_argument("--first", type=int, default=0,
                    help="serve only the workload's first N probes (0: all). A prefix meets the store exactly as the "
                         "whole workload's first pass does, so its verdicts are the same")
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--known-wrong", default=None,
                    help="ids of wrong answers still open, comma-separated, or @FILE (one per line, beside this script "
                         "when relative)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.fresh_store and args.store.startswith("sqlite:") and os.path.exists(args.store[len("sqlite:"):]):
        os.remove(args.store[len("sqlite:"):])
    expects = {}
    for l in open(os.path.join(HERE, "expect.jsonl")):
        e = loads_exact(l)
        expects[e["id"]] = e
    if args.first > 0:
        with open(args.workload) as f:
            lines = [l for l in f if l.strip()][:args.first]
        args.workload = os.path.join(args.out, "workload_first.jsonl")
        with open(args.workload, "w") as f:
            f.writelines(lines)
        kept = {json.loads(l)["id"] for l in lines}
        expects = {k: v for k, v in expects.items() if k in kept}
    spec = args.known_wrong or ""
    if spec.startswith("@"):  # a file: one id per line, '#' starts a comment
        with open(os.path.join(HERE, spec[1:]) if not os.path.isabs(spec[1:]) else spec[1:]) as f:
            spec = ",".join(line.split("#")[0].strip() for line in f)
    known = set(filter(None, spec.split(",")))
    failed = False
    for n in range(args.runs):
        if args.runs > 1:
            print(f"==== run {n + 1} of {args.runs} (store {args.store})")
        results, wrong, complete = run_once(args, expects, args.out)
        from_cache = [w["id"] for w in wrong if w["path"] == "reuse" or w.get("kept_from_cache")]
        unknown = [w["id"] for w in wrong if w["id"] not in known]
        if from_cache:
            print(f"\nFAIL: wrong answers served from the cache: {from_cache}")
        if args.known_wrong is not None and unknown:
            print(f"\nFAIL: wrong answers not among the known open findings: {unknown}")
        if not complete:
            print("\nFAIL: not every request was answered or reported")
        failed = failed or bool(from_cache) or not complete or (bool(unknown) if args.known_wrong is not None
                                                                 else bool(wrong))
    with open(os.path.join(args.out, "results.jsonl"), "w") as f:
        for rec in results:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_table(results, expects, args.out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
