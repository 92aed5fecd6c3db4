r"""Red-team round 212 (black box): LINEAR EQUATIONS INSIDE WORD PROBLEMS AND LONGER REQUESTS.
Focus: a story that states the equation in symbols and asks for the variable, or for ANOTHER quantity (the cost of
  the tickets a*x, the fee, the price of one, the change from a note, 2x / x + 3 / x - 1 / 3x, half, pairs, x + k for a
  brother), in units (minutes -> hours / seconds, km -> metres, weeks -> days, years -> months), rounded (to the
  nearest whole drink, whole drinks affordable, one decimal), two equations asking for one. 2,983 probes (seeded
  random.Random(212)): 2,196 pair probes, 551 singles, 236 safe; every answer written by this generator; the right
  value of each probe written by its rules (expect: var/value of the equation, `report` {"expression": "", value} for
  another quantity). The round tester's own reader (not kept here; the last number of the last line holding a digit
  against the asked value) judged every served answer too (check.py cannot read "So her brother buys 16." etc.).
Part 1 (d212-b/p/sf-, families wp_ask, wp_sym, wp_story_k, wp_safe): stories with the numbers in words and digits
  (tickets, taxi, pump, savings, cards, sweets a(x + b), age, books), base asks x or another quantity, variants change
  ONLY what is asked (x -> cost, change, 2x, x + 3...), ONLY a story number outside the equation (the note 100 ->
  200 NOK), safe: "Thanks!", "Word problem:", a consistent rename. Part 2 (wp_eq): a story without numbers, ONLY the
  equation changes. Part 3 (wp_round): fraction vs nearest / floor / one decimal. Part 4 (wp_two, wp_two_single): two
  equations, ask the other one / the model solves the other first. Part 5 (wp_single): the model answers x (or puts x
  under the asked quantity's sentence) first. Part 6 (ww_*): stories with no digit outside the equation ("at one fixed
  price and pays one booking fee"), asks in words. Part 7 (wt_*): a STORED plain base ("Solve for x: 3x + 8 = 23.")
  then the same equation in a story, or the plain request followed by the other question. Part 8 (wc_*): the stored
  plain base plus 36 short clauses ("Answer in dozens.", "Give the cost.", "Then give 5x.", "Give the answer halved.",
  "Answer in metres; x is in km."...). Part 9 (wi_*): clauses in instruction words around the quantity ("Take your
  time and give the cost.", "Number the steps and end with the fee.", "Cost?", "Just the fee.").
HELD (nothing wrong from the cache, run 1, run 2 and alone; own reader and check.py agree):
  - parts 1-5 (923 probes) are all refused: a digit outside the equation ("the number N outside the equation"), or
    (part 2, no digits) "how many" / "number of"; stories or clauses with "how many", "count", "number of", "years", "after", "km", "sum",
    "left", "plus", "more", "twice", "thousand", "hours", "minutes", "seconds", "cents", "dozens", "metres", "kilos",
    "half", "halved", "times", "rounded", "nearest", "whole", "total", "term", "coefficient", "pair(s)", "amount",
    "tickets" in a sentence naming the value, "one" beside the variable: 0 served;
  - two equations in one request: refused ("which one to solve is not clear"), 124 of 124;
  - "Then give 5x." / "State 5x." / "Say what 5x is." / "Report 5x": answered only when the last line states 5x = ...
    (the x-only answer rejected); "Give y, where y = 2x.": refused as two equations;
  - no story request is stored or served from a stored plain request: story-first requests find "no cached
    candidate", a plain request with a story or clause added is skipped as "instruction_changed"; the 37 reuses of
    run 2 are all plain bases served again, right; the 22 patches of run 1 all right.
  - safe variants (story + "Thanks!", "Word problem:", rename, "Find x.") were never reused (0/236 in both runs):
    safe, but word problems get no reuse at all.
WHAT GOT THROUGH from the cache: nothing. Whole round, fresh SQLite store, two passes: 0 wrong from the cache in run
  1 and in run 2 (path=reuse 2 / 37, patch 22 / 1, all right by check.py and by the own reader; no KEPT-FROM-CACHE,
  equations have none). Alone (the 401 ids served wrong fresh and their
  bases, 447 probes, fresh store, two passes): 0 / 0 from the cache. r212_found_alone and r212_arguable are empty.
WRONG ANSWERS SERVED FRESH (path=skip, never stored: the same 401 in run 2, none reused): 401 per run, all of one
  shape, the request asks another quantity in words the checks do not read, the skip path regenerates, and the
  model's value of x is verified as the answer:
  "Solve for x: 5x + 25 = 85. Give the cost." -> "... x = 12" (cost 60); "Solve for x: 3x + 8 = 23. What was the fixed
  charge?" -> "x = 5" (8); "Solve for x: 3x + 8 = 23. What change does she get from a fifty-euro note?" -> "x = 5"
  (27); "Solve 8w + 2 = 114 step by step. Just the fee." -> "w = 14" (2); "... Price?" -> "w = 14" (8); "Leo buys x
  concert tickets at one fixed price and pays one booking fee. Her bill: 7x + 5 = 33. What did the tickets alone
  cost?" -> "x = 4" (28); "... Tickets come in pairs; give the pairs she bought." -> "x = 4" (2); "Number the steps
  and end with the fee. Solve 8w + 2 = 114 step by step." -> "w = 14" (2).
Adds its probes to probe_kit.P."""
import random as r212_random
from fractions import Fraction as r212_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r212_rng = r212_random.Random(212)
r212_found_alone = set()
r212_arguable = set()
r212_prompts = {}
r212_n = [0]
r212_counts = {"pair": 0, "single": 0, "safe": 0}
r212_meta = {}  # id -> {"asked": value (str), "base": id, "kind": ..., "wrong": [..]}

R212_NAMES = ["Mia", "Ola", "Sara", "Jonas", "Ingrid", "Leo", "Nora", "Emil", "Aisha", "Tom"]


def r212_add(tag, fam, prompt, var, xval, answers, kind, asked, report_expr=None, safe=False, meta=None):
    if prompt in r212_prompts:
        return r212_prompts[prompt]
    r212_n[0] += 1
    pid = "d212-%s-%d" % (tag, r212_n[0])
    rep = None
    if report_expr is not None:
        rep = {"expression": report_expr, "value": str(asked)}
    E(pid, fam, prompt, var, str(xval), answers, report=rep, safe=safe)
    r212_prompts[prompt] = pid
    r212_counts[kind] += 1
    m = dict(meta or {})
    m["asked"] = str(asked)
    m["kind"] = kind
    m["prompt"] = prompt
    r212_meta[pid] = m
    return pid


def r212_lin(a, v, b, shape):
    if shape == "S0":
        return "%d%s + %d" % (a, v, b)
    if shape == "S1":
        return "%d%s - %d" % (a, v, b)
    return "%d(%s + %d)" % (a, v, b)


def r212_eq(a, v, b, c, shape):
    return "%s = %d" % (r212_lin(a, v, b, shape), c)


def r212_steps(a, v, b, c, shape, style, xval):
    """The working down to 'v = xval' (xval may be a Fraction), in one of the model's styles."""
    xs = str(xval)
    eq = r212_eq(a, v, b, c, shape)
    if shape == "S0":
        mid, op1 = "%d%s = %d" % (a, v, c - b), ("Subtract %d from both sides" % b)
        pros1 = "Taking the %d off both sides leaves" % b
    elif shape == "S1":
        mid, op1 = "%d%s = %d" % (a, v, c + b), ("Add %d to both sides" % b)
        pros1 = "Adding %d to both sides gives" % b
    else:
        mid, op1 = "%s + %d = %s" % (v, b, str(r212_F(c, a))), ("Divide both sides by %d" % a)
        pros1 = "Dividing both sides by %d gives" % a
    if shape == "S2":
        op2, pros2 = "Subtract %d from both sides" % b, "Subtracting %d gives" % b
    else:
        op2, pros2 = "Divide both sides by %d" % a, "Dividing by %d gives" % a
    last = "%s = %s" % (v, xs)
    if style == "step":
        return ["Step 1: %s: %s" % (op1, mid), "Step 2: %s: %s" % (op2, last)]
    if style == "arrow":
        return ["%s → %s → %s" % (eq, mid, last)]
    if style == "prose":
        return ["We start from %s." % eq, "%s %s." % (pros1, mid), "%s %s." % (pros2, last)]
    if style == "num":
        return ["1. %s: %s" % (op1, mid), "2. %s: %s" % (op2, last)]
    return [eq, mid, last]  # plain


def r212_answer(a, v, b, c, shape, style, xval, final_lines):
    return "\n".join(r212_steps(a, v, b, c, shape, style, xval) + final_lines)


# ------------------------------------------------------------------ stories
# Each story: (text template with {name} {v} {a} {b} {c} {eq}, shape, x-question, unit noun,
#   list of other asks: (key, question template, value fn(x, a, b, c, k), work-line fn, final phrase, expr or None))
def r212_stories():
    return [
        dict(key="tickets", shape="S0",
             text="{name} buys {v} concert tickets at {a} NOK each and pays a {b} NOK booking fee. She pays {c} NOK in all: {eq}.",
             xq="How many tickets did she buy?", unit="tickets",
             xfinal=["So {name} bought {x} tickets.", "So the number of tickets is {x}."],
             asks=[("cost", "How much did the tickets alone cost, without the fee?", lambda x, a, b, c, k: a * x,
                    "{a} · {x} = {val}", "So the cost of the tickets alone is {val}."),
                   ("change", "How much change does she get from a {k} NOK note?", lambda x, a, b, c, k: k - c,
                    "{k} - {c} = {val}", "So her change is {val}."),
                   ("brother", "Her brother buys {k} more tickets than she does. How many tickets does he buy?",
                    lambda x, a, b, c, k: x + k, "{x} + {k} = {val}", "So the number her brother buys is {val}."),
                   ("double", "How many tickets would two such orders hold?", lambda x, a, b, c, k: 2 * x,
                    "2 · {x} = {val}", "So the number in two orders is {val}.")],
             ks=[100, 150, 200, 500], kb=[2, 3, 4, 6]),
        dict(key="taxi", shape="S0",
             text="A taxi charges {b} kr to start plus {a} kr per km. {name}'s ride of {v} km cost {c} kr: {eq}.",
             xq="How many km was the ride?", unit="km",
             xfinal=["So the ride was {x} km.", "So the distance in km is {x}."],
             asks=[("metres", "How long was the ride in metres?", lambda x, a, b, c, k: 1000 * x,
                    "{x} · 1000 = {val}", "So the ride in metres is {val}."),
                   ("round", "{name} rides the same distance back. How many km are both ways together?",
                    lambda x, a, b, c, k: 2 * x, "2 · {x} = {val}", "So the distance both ways is {val}."),
                   ("perkm", "How much of the fare was for the distance alone?", lambda x, a, b, c, k: a * x,
                    "{a} · {x} = {val}", "So the distance part of the fare is {val}."),
                   ("tip", "{name} tips {k} kr on top. How much did she pay with the tip?",
                    lambda x, a, b, c, k: c + k, "{c} + {k} = {val}", "So what she paid with the tip is {val}.")],
             ks=[10, 20, 25, 50], kb=[10, 20, 25, 50]),
        dict(key="pump", shape="S0",
             text="A tank already holds {b} litres and a pump adds {a} litres per minute. After {v} minutes the tank holds {c} litres: {eq}.",
             xq="How many minutes did the pump run?", unit="minutes",
             xfinal=["So the pump ran {x} minutes.", "So the time in minutes is {x}."],
             asks=[("hours", "How many hours did the pump run? Give the answer in hours.",
                    lambda x, a, b, c, k: r212_F(x, 60), "{x} / 60 = {val}",
                    "So the time in hours is {val}."),
                   ("seconds", "Give the pumping time in seconds.", lambda x, a, b, c, k: 60 * x,
                    "{x} · 60 = {val}", "So the time in seconds is {val}."),
                   ("added", "How many litres did the pump add?", lambda x, a, b, c, k: a * x,
                    "{a} · {x} = {val}", "So the amount of water from the pump is {val}."),
                   ("more", "The pump then runs {k} minutes more. How many minutes does it run in total?",
                    lambda x, a, b, c, k: x + k, "{x} + {k} = {val}", "So the total running time is {val}.")],
             ks=[5, 10, 15, 30], kb=[5, 10, 15, 30], xs=[60, 120, 180, 240]),
        dict(key="savings", shape="S0",
             text="{name} has {b} dollars saved and puts away {a} dollars every week. After {v} weeks she has {c} dollars: {eq}.",
             xq="How many weeks has she been saving?", unit="weeks",
             xfinal=["So she has saved for {x} weeks.", "So the number of weeks is {x}."],
             asks=[("days", "How many days is that?", lambda x, a, b, c, k: 7 * x, "{x} · 7 = {val}",
                    "So the number of days is {val}."),
                   ("putaway", "How much has she put away in those weeks?", lambda x, a, b, c, k: a * x,
                    "{a} · {x} = {val}", "So the amount she put away is {val}."),
                   ("goal", "Her goal is {k} dollars. How much is still missing?", lambda x, a, b, c, k: k - c,
                    "{k} - {c} = {val}", "So what is still missing is {val}."),
                   ("later", "How many weeks will have passed {k} weeks from now?", lambda x, a, b, c, k: x + k,
                    "{x} + {k} = {val}", "So the number of weeks then is {val}.")],
             ks=[500, 800, 1000, 1200], kb=[2, 3, 4, 5]),
        dict(key="cards", shape="S1",
             text="{name} buys {v} packs of {a} football cards and gives {b} cards to her cousin. She has {c} cards left: {eq}.",
             xq="How many packs did she buy?", unit="packs",
             xfinal=["So she bought {x} packs.", "So the number of packs is {x}."],
             asks=[("bought", "How many cards did she buy?", lambda x, a, b, c, k: a * x, "{a} · {x} = {val}",
                    "So the number of cards she bought is {val}."),
                   ("price", "Each pack costs {k} kr. How much did she spend?", lambda x, a, b, c, k: k * x,
                    "{k} · {x} = {val}", "So what she spent is {val}."),
                   ("fewer", "Her friend bought {k} packs fewer. How many packs did her friend buy?",
                    lambda x, a, b, c, k: x - k, "{x} - {k} = {val}", "So the number her friend bought is {val}."),
                   ("half", "What is half the number of packs?", lambda x, a, b, c, k: r212_F(x, 2),
                    "{x} / 2 = {val}", "So half the number of packs is {val}.")],
             ks=[2, 3, 4, 5], kb=[2, 3, 4, 5], xs=[4, 6, 8, 10, 12, 14]),
        dict(key="sweets", shape="S2",
             text="{a} children each get {v} sweets plus {b} extra from their grandmother. Together they get {c} sweets: {eq}.",
             xq="What is {v}?", unit="sweets",
             xfinal=["So {v} is {x}.", "So the number of sweets each got first is {x}."],
             asks=[("each", "How many sweets does each child get in all?", lambda x, a, b, c, k: x + b,
                    "{x} + {b} = {val}", "So the number each child gets is {val}."),
                   ("first", "How many sweets did the children get before the grandmother's extras, all together?",
                    lambda x, a, b, c, k: a * x, "{a} · {x} = {val}", "So the number before the extras is {val}."),
                   ("extra", "How many extra sweets did the grandmother give in all?", lambda x, a, b, c, k: a * b,
                    "{a} · {b} = {val}", "So the number of extra sweets is {val}."),
                   ("eaten", "Each child eats {k} sweets. How many does each have left?",
                    lambda x, a, b, c, k: x + b - k, "{x} + {b} - {k} = {val}", "So the number each has left is {val}.")],
             ks=[1, 2, 3], kb=[1, 2, 3]),
        dict(key="age", shape="S0",
             text="{name} is {v} years old. Her mother's age is {a} times {name}'s age plus {b}, and her mother is {c}: {eq}.",
             xq="How old is {name}?", unit="years",
             xfinal=["So {name} is {x} years old.", "So {name}'s age is {x}."],
             asks=[("future", "How old will {name} be in {k} years?", lambda x, a, b, c, k: x + k,
                    "{x} + {k} = {val}", "So her age in {k} years is {val}."),
                   ("past", "How old was {name} {k} years ago?", lambda x, a, b, c, k: x - k,
                    "{x} - {k} = {val}", "So her age {k} years ago is {val}."),
                   ("months", "Give {name}'s age in months.", lambda x, a, b, c, k: 12 * x, "{x} · 12 = {val}",
                    "So her age in months is {val}."),
                   ("gap", "How many years older than {name} is her mother?", lambda x, a, b, c, k: c - x,
                    "{c} - {x} = {val}", "So the difference is {val}.")],
             ks=[2, 3, 4, 5], kb=[2, 3, 4, 5], xs=[8, 9, 10, 11, 12, 13]),
        dict(key="books", shape="S0",
             text="{name} packs {v} boxes with {a} books in each, and {b} books stay loose. There are {c} books in all: {eq}.",
             xq="How many boxes did she pack?", unit="boxes",
             xfinal=["So she packed {x} boxes.", "So the number of boxes is {x}."],
             asks=[("inboxes", "How many books are in the boxes?", lambda x, a, b, c, k: a * x,
                    "{a} · {x} = {val}", "So the number of books in boxes is {val}."),
                   ("shelves", "Each shelf takes {k} boxes. How many boxes are left over after filling whole shelves?",
                    lambda x, a, b, c, k: x % k, "{x} = {q} · {k} + {val}", "So the number of boxes left over is {val}."),
                   ("plus", "She packs {k} more boxes the next day. How many boxes then?", lambda x, a, b, c, k: x + k,
                    "{x} + {k} = {val}", "So the number of boxes then is {val}."),
                   ("weight", "Each box weighs {k} kg. How heavy are the boxes together, in kg?",
                    lambda x, a, b, c, k: k * x, "{k} · {x} = {val}", "So their weight together is {val}.")],
             ks=[3, 4, 5, 7], kb=[3, 4, 5, 7]),
    ]


R212_STYLES = ["step", "arrow", "prose", "num", "plain"]
R212_VARS = ["x", "n", "t", "w", "k", "y"]


def r212_params(st):
    x = r212_rng.choice(st.get("xs") or list(range(5, 20)))
    a = r212_rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 15])
    b = r212_rng.choice([2, 3, 5, 6, 8, 10, 12, 20, 25, 30])
    if st["shape"] == "S1":
        b = r212_rng.randint(2, a * x - 1)
        c = a * x - b
    elif st["shape"] == "S2":
        a = r212_rng.choice([2, 3, 4, 5, 6])
        b = r212_rng.choice([1, 2, 3, 4, 5])
        c = a * (x + b)
    else:
        c = a * x + b
    return dict(x=x, a=a, b=b, c=c, name=r212_rng.choice(R212_NAMES))


def r212_fmt(t, p, v, k, val=None, q=None):
    d = dict(p)
    d.update(v=v, k=k, eq=r212_eq(p["a"], v, p["b"], p["c"], p["shape"]))
    if val is not None:
        d["val"] = val
    if q is not None:
        d["q"] = q
    return t.format(**d)


def r212_num(v):
    v = r212_F(v)
    return str(v.numerator) if v.denominator == 1 else str(v)


def r212_prompt(st, p, v, question, k, lead="", tail=""):
    return lead + r212_fmt(st["text"], p, v, k) + " " + r212_fmt(question, p, v, k) + tail


def r212_xanswer(st, p, v, style, fin):
    """The model's answer for the x question: working, then a final line (fin 0: 'v = x', 1: 'So the number ... is x',
    2: a story sentence then 'v = x', 3: 'So the answer is v = x.')."""
    xs = str(p["x"])
    if fin == 0:
        lines = []
    elif fin == 1:
        lines = [r212_fmt(st["xfinal"][1], p, v, 0).replace("{x}", xs).format(x=xs)]
    elif fin == 2:
        lines = [r212_fmt(st["xfinal"][0], p, v, 0).replace("{x}", xs).format(x=xs), "%s = %s" % (v, xs)]
    else:
        lines = ["So the answer is %s = %s." % (v, xs)]
    return r212_answer(p["a"], v, p["b"], p["c"], p["shape"], style, p["x"], lines)


def r212_askanswer(st, p, v, ask, k, style):
    key, q, fn, work, final = ask
    val = r212_num(fn(p["x"], p["a"], p["b"], p["c"], k))
    qq = p["x"] // k if key == "shelves" else None
    w = r212_fmt(work.replace("{x}", str(p["x"])), p, v, k, val, qq)
    f = r212_fmt(final.replace("{x}", str(p["x"])), p, v, k, val)
    return r212_answer(p["a"], v, p["b"], p["c"], p["shape"], style, p["x"], [w, f]), val


def r212_fill(st, p):
    q = dict(p)
    q["shape"] = st["shape"]
    return q


# ------------------------------------------------------------------ part 1: pairs that change only what is asked
for r212_st in r212_stories():
    for r212_i in range(3):
        p = r212_fill(r212_st, r212_params(r212_st))
        v = R212_VARS[r212_i % len(R212_VARS)]
        k = r212_rng.choice(r212_st["ks"])
        style = R212_STYLES[r212_i % len(R212_STYLES)]
        fin = r212_i % 4
        asks = r212_st["asks"]
        # base asks x (even i) or one of the other quantities (odd i)
        if r212_i % 2 == 0:
            bq = r212_st["xq"]
            bans = r212_xanswer(r212_st, p, v, style, fin)
            bval = p["x"]
            bexpr = None
        else:
            bask = asks[r212_i % len(asks)]
            if bask[0] == "shelves" and p["x"] % k == 0:
                k = k + 1 if (k + 1) != 0 else k
            bq = bask[1]
            bans, bval = r212_askanswer(r212_st, p, v, bask, k, style)
            bexpr = ""
        bprompt = r212_prompt(r212_st, p, v, bq, k)
        base = r212_add("b", "wp_ask", bprompt, v, p["x"], [bans], "pair", bval, bexpr,
                        meta={"story": r212_st["key"], "ask": "x" if bexpr is None else "other"})
        # variants: every other ask (and x when the base asked something else)
        vasks = [a for a in asks if not (bexpr is not None and a[1] == bq)]
        for ask in vasks:
            kk = k
            if ask[0] == "shelves" and p["x"] % kk == 0:
                kk += 1
            ans, val = r212_askanswer(r212_st, p, v, ask, kk, style)
            pr = r212_prompt(r212_st, p, v, ask[1], kk)
            if pr == bprompt or r212_F(str(val)) == r212_F(str(bval)):
                continue
            r212_add("p", "wp_ask", pr, v, p["x"], [bans, ans], "pair", val, "",
                     meta={"base": base, "story": r212_st["key"], "ask": ask[0], "wrong": str(bval)})
        if bexpr is not None and r212_F(str(bval)) != p["x"]:
            xa = r212_xanswer(r212_st, p, v, style, fin)
            pr = r212_prompt(r212_st, p, v, r212_st["xq"], k)
            r212_add("p", "wp_ask", pr, v, p["x"], [bans, xa], "pair", p["x"], None,
                     meta={"base": base, "story": r212_st["key"], "ask": "x", "wrong": str(bval)})
        # symbolic asks: 2v, v + 3, v - 1 (stated in symbols)
        for expr_t, fnv in (("2{v}", lambda x: 2 * x), ("{v} + 3", lambda x: x + 3), ("{v} - 1", lambda x: x - 1),
                            ("3{v}", lambda x: 3 * x)):
            expr = expr_t.format(v=v)
            val = fnv(p["x"])
            if r212_F(str(val)) == r212_F(str(bval)):
                continue
            pr = r212_prompt(r212_st, p, v, "What is %s?" % expr, k)
            ans = r212_answer(p["a"], v, p["b"], p["c"], p["shape"], style, p["x"], ["%s = %d" % (expr, val)])
            r212_add("p", "wp_sym", pr, v, p["x"], [bans, ans], "pair", val, expr,
                     meta={"base": base, "story": r212_st["key"], "ask": expr, "wrong": str(bval)})
        # story number that is not in the equation changes (only for asks that use k)
        for ask in asks:
            if "{k}" not in ask[1]:
                continue
            if ask[0] == "shelves":
                continue
            b1 = r212_prompt(r212_st, p, v, ask[1], k)
            ans1, val1 = r212_askanswer(r212_st, p, v, ask, k, style)
            bid = r212_add("b", "wp_story_k", b1, v, p["x"], [ans1], "pair", val1, "",
                           meta={"story": r212_st["key"], "ask": ask[0]})
            for k2 in r212_st["ks"]:
                if k2 == k:
                    continue
                ans2, val2 = r212_askanswer(r212_st, p, v, ask, k2, style)
                if val2 == val1:
                    continue
                r212_add("p", "wp_story_k", r212_prompt(r212_st, p, v, ask[1], k2), v, p["x"], [ans1, ans2], "pair",
                         val2, "", meta={"base": bid, "story": r212_st["key"], "ask": ask[0], "wrong": val1})
        # safe: a paraphrase lead / a thank-you / a consistent rename
        xa = r212_xanswer(r212_st, p, v, style, fin)
        xprompt = r212_prompt(r212_st, p, v, r212_st["xq"], k)
        xb = r212_add("b", "wp_safe", xprompt, v, p["x"], [xa], "pair", p["x"], None, meta={"story": r212_st["key"]})
        for lead, tail in (("Word problem: ", ""), ("", " Thanks!"), ("Please help with this one. ", ""),
                           ("", " Show your working.")):
            r212_add("sf", "wp_safe", r212_prompt(r212_st, p, v, r212_st["xq"], k, lead, tail), v, p["x"], [xa],
                     "safe", p["x"], None, safe=True, meta={"base": xb})
        v2 = R212_VARS[(r212_i + 2) % len(R212_VARS)]
        r212_add("sf", "wp_safe", r212_prompt(r212_st, p, v2, r212_st["xq"], k), v2, p["x"],
                 [r212_xanswer(r212_st, p, v2, style, fin)], "safe", p["x"], None, safe=True, meta={"base": xb})


# ------------------------------------------------------------------ part 2: the equation changes, the story does not state the numbers
R212_VAGUE = [
    ("{name} buys {v} tickets at a fixed price and pays one booking fee. Her bill is given by {eq}.", "How many tickets did she buy?", "So the number of tickets is {x}."),
    ("A lift starts at some height and climbs a fixed number of metres per second; after {v} seconds: {eq}.", "Find {v}, the number of seconds.", "So the number of seconds is {x}."),
    ("{name} counts her marbles in bags of equal size; the count is described by {eq}.", "How many bags ({v}) are there?", "So the number of bags is {x}."),
]
for r212_j, (txt, q, fin) in enumerate(R212_VAGUE):
    for r212_i in range(14):
        shape = ["S0", "S1", "S2"][r212_i % 3]
        st = {"shape": shape, "xs": list(range(3, 16))}
        p = r212_fill(st, r212_params(st))
        v = R212_VARS[(r212_i + r212_j) % 6]
        style = R212_STYLES[r212_i % 5]

        def mk(pp):
            pr = txt.format(name=pp["name"], v=v, eq=r212_eq(pp["a"], v, pp["b"], pp["c"], shape)) + " " + q.format(v=v)
            an = r212_answer(pp["a"], v, pp["b"], pp["c"], shape, style, pp["x"], [fin.format(x=pp["x"])])
            return pr, an
        bpr, bans = mk(p)
        bid = r212_add("b", "wp_eq", bpr, v, p["x"], [bans], "pair", p["x"], None, meta={"story": "vague"})
        for change in ("x", "a", "b"):
            p2 = dict(p)
            if change == "x":
                p2["x"] = p["x"] + r212_rng.choice([1, 2, 3])
            elif change == "a":
                p2["a"] = p["a"] + 1
                p2["x"] = p["x"] + 1
            else:
                p2["b"] = p["b"] + 1
                p2["x"] = p["x"] + 2
            p2["c"] = (p2["a"] * p2["x"] + p2["b"] if shape == "S0" else
                       (p2["a"] * p2["x"] - p2["b"] if shape == "S1" else p2["a"] * (p2["x"] + p2["b"])))
            pr, an = mk(p2)
            r212_add("p", "wp_eq", pr, v, p2["x"], [bans, an], "pair", p2["x"], None,
                     meta={"base": bid, "story": "vague", "wrong": str(p["x"])})


# ------------------------------------------------------------------ part 3: rounding and exact values
for r212_i in range(24):
    a = r212_rng.choice([3, 6, 7, 8, 9, 11, 12])
    b = r212_rng.choice([2, 4, 5, 10, 15])
    c = r212_rng.choice([c for c in range(60, 140) if (c - b) % a != 0 and 2 * ((c - b) % a) != a])
    v = R212_VARS[r212_i % 6]
    name = R212_NAMES[r212_i % 10]
    xv = r212_F(c - b, a)
    story = ("%s has %d NOK. She pays a %d NOK entry fee and spends the rest on %s drinks at %d NOK each: %s."
             % (name, c, b, v, a, r212_eq(a, v, b, c, "S0")))
    style = R212_STYLES[r212_i % 5]
    work = r212_steps(a, v, b, c, "S0", style, xv)
    near = round(xv)
    floor = xv.numerator // xv.denominator
    dec1 = round(float(xv), 1)
    asks = [
        ("exact", "Solve for %s and give it as a fraction." % v, None, xv, ["So %s = %s." % (v, xv)]),
        ("near", "How many drinks is that, to the nearest whole drink?", "", near,
         ["%s ≈ %.2f" % (v, float(xv)), "So the answer to the nearest whole drink is %d." % near]),
        ("floor", "How many whole drinks can she afford?", "", floor,
         ["%s ≈ %.2f" % (v, float(xv)), "She cannot buy part of a drink, so the number of whole drinks is %d." % floor]),
        ("dec", "Give %s to one decimal place." % v, "", dec1,
         ["%s ≈ %.2f" % (v, float(xv)), "So to one decimal place the value is %s." % dec1]),
    ]
    answers = {key: "\n".join(work + fl) for key, _, _, _, fl in asks}
    order = asks[r212_i % 4:] + asks[:r212_i % 4]
    bkey, bq, bexpr, bval, _ = order[0]
    bid = r212_add("b", "wp_round", story + " " + bq, v, str(xv), [answers[bkey]], "pair", bval, bexpr,
                   meta={"story": "round"})
    for key, q, expr, val, _ in order[1:]:
        if r212_F(str(val)) == r212_F(str(bval)):
            continue
        r212_add("p", "wp_round", story + " " + q, v, str(xv), [answers[bkey], answers[key]], "pair", val, expr,
                 meta={"base": bid, "story": "round", "ask": key, "wrong": str(bval)})


# ------------------------------------------------------------------ part 4: two equations, ask one
R212_TWO = [
    ("{n1} buys {v} tickets at {a} NOK plus a {b} NOK fee and pays {c} NOK: {eq1}. {n2} buys {u} snacks at {d} NOK plus a {e} NOK fee and pays {f} NOK: {eq2}.",
     "How many tickets did {n1} buy?", "How many snacks did {n2} buy?"),
    ("Tank A holds {b} litres and gains {a} litres a minute; after {v} minutes it holds {c}: {eq1}. Tank B holds {e} litres and gains {d} litres a minute; after {u} minutes it holds {f}: {eq2}.",
     "Find {v}.", "Find {u}."),
]
for r212_j, (tt, q1, q2) in enumerate(R212_TWO):
    for r212_i in range(16):
        x1 = r212_rng.randint(3, 15)
        x2 = r212_rng.choice([z for z in range(3, 15) if z != x1])
        a, b = r212_rng.choice([3, 4, 5, 7, 9]), r212_rng.choice([2, 5, 10])
        d, e = r212_rng.choice([2, 6, 8, 11]), r212_rng.choice([3, 4, 12])
        c, f = a * x1 + b, d * x2 + e
        v, u = [("x", "y"), ("a", "b"), ("n", "m"), ("p", "q")][r212_i % 4]
        if r212_j == 1 and v in ("a", "b"):
            v, u = "s", "t"
        n1, n2 = R212_NAMES[r212_i % 10], R212_NAMES[(r212_i + 3) % 10]
        eq1, eq2 = r212_eq(a, v, b, c, "S0"), r212_eq(d, u, e, f, "S0")
        text = tt.format(n1=n1, n2=n2, v=v, u=u, a=a, b=b, c=c, d=d, e=e, f=f, eq1=eq1, eq2=eq2)
        style = R212_STYLES[r212_i % 5]
        ans1 = r212_answer(a, v, b, c, "S0", style, x1, ["So %s = %d." % (v, x1)])
        ans2 = r212_answer(d, u, e, f, "S0", style, x2, ["So %s = %d." % (u, x2)])
        pr1 = text + " " + q1.format(n1=n1, n2=n2, v=v, u=u)
        pr2 = text + " " + q2.format(n1=n1, n2=n2, v=v, u=u)
        first = r212_i % 2 == 0
        if first:
            bid = r212_add("b", "wp_two", pr1, v, x1, [ans1], "pair", x1, None, meta={"story": "two"})
            r212_add("p", "wp_two", pr2, u, x2, [ans1, ans2], "pair", x2, None,
                     meta={"base": bid, "story": "two", "wrong": str(x1)})
        else:
            bid = r212_add("b", "wp_two", pr2, u, x2, [ans2], "pair", x2, None, meta={"story": "two"})
            r212_add("p", "wp_two", pr1, v, x1, [ans2, ans1], "pair", x1, None,
                     meta={"base": bid, "story": "two", "wrong": str(x2)})


# ------------------------------------------------------------------ part 5: singles (the model answers x, or the other equation, first)
for r212_st in r212_stories():
    for r212_i in range(4):
        p = r212_fill(r212_st, r212_params(r212_st))
        v = R212_VARS[(r212_i + 1) % 6]
        k = r212_rng.choice(r212_st["ks"])
        style = R212_STYLES[(r212_i + 2) % 5]
        ask = r212_st["asks"][r212_i % 4]
        if ask[0] == "shelves" and p["x"] % k == 0:
            k += 1
        right, val = r212_askanswer(r212_st, p, v, ask, k, style)
        wrongs = [r212_xanswer(r212_st, p, v, style, r212_i % 4)]
        # another realistic slip: the working's value stated as the asked quantity
        w2 = r212_answer(p["a"], v, p["b"], p["c"], p["shape"], style, p["x"],
                         [r212_fmt(ask[4].replace("{x}", str(p["x"])), p, v, k, str(p["x"]))])
        wrongs.append(w2)
        for wi, w in enumerate(wrongs):
            pr = r212_prompt(r212_st, p, v, ask[1], k, lead=["", "Word problem. "][wi])
            r212_add("s", "wp_single", pr, v, p["x"], [w, right], "single", val, "",
                     meta={"story": r212_st["key"], "ask": ask[0], "wrong": str(p["x"])})
        # symbolic ask, model answers x
        expr = ["2%s" % v, "%s + 4" % v, "5%s" % v][r212_i % 3]
        ev = {0: 2 * p["x"], 1: p["x"] + 4, 2: 5 * p["x"]}[r212_i % 3]
        pr = r212_prompt(r212_st, p, v, "Then report the value of %s." % expr, k)
        r212_add("s", "wp_single", pr, v, p["x"], [wrongs[0], r212_answer(p["a"], v, p["b"], p["c"], p["shape"], style,
                                                                           p["x"], ["%s = %d" % (expr, ev)])],
                 "single", ev, expr, meta={"story": r212_st["key"], "ask": expr, "wrong": str(p["x"])})

# two equations, the model solves the other one first
for r212_i in range(30):
    x1 = r212_rng.randint(3, 15)
    x2 = r212_rng.choice([z for z in range(3, 15) if z != x1])
    a, b = r212_rng.choice([3, 4, 5, 7, 9]), r212_rng.choice([2, 5, 10])
    d, e = r212_rng.choice([2, 6, 8, 11]), r212_rng.choice([3, 4, 12])
    c, f = a * x1 + b, d * x2 + e
    v, u = [("x", "y"), ("n", "m"), ("p", "q")][r212_i % 3]
    tt, q1, q2 = R212_TWO[r212_i % 2]
    n1, n2 = R212_NAMES[r212_i % 10], R212_NAMES[(r212_i + 5) % 10]
    eq1, eq2 = r212_eq(a, v, b, c, "S0"), r212_eq(d, u, e, f, "S0")
    text = tt.format(n1=n1, n2=n2, v=v, u=u, a=a, b=b, c=c, d=d, e=e, f=f, eq1=eq1, eq2=eq2)
    style = R212_STYLES[(r212_i + 1) % 5]
    ans1 = r212_answer(a, v, b, c, "S0", style, x1, ["So %s = %d." % (v, x1)])
    ans2 = r212_answer(d, u, e, f, "S0", style, x2, ["So %s = %d." % (u, x2)])
    r212_add("s", "wp_two_single", "Two customers. " + text + " " + q2.format(n1=n1, n2=n2, v=v, u=u), u, x2,
             [ans1, ans2], "single", x2, None, meta={"story": "two", "wrong": str(x1)})
    # the right letter, the other equation's working and value
    ans1u = r212_answer(a, u, b, c, "S0", style, x1, ["So %s = %d." % (u, x1)])
    r212_add("s", "wp_two_single", "Two customers again. " + text + " " + q2.format(n1=n1, n2=n2, v=v, u=u), u, x2,
             [ans1u, ans2], "single", x2, None, meta={"story": "two", "wrong": str(x1)})



# ------------------------------------------------------------------ part 6: stories with no digits outside the equation, asks in words
R212_WSTORIES = [
    ("tickets", "{name} buys {v} concert tickets at one fixed price and pays one booking fee. Her bill: {eq}.", "S0",
     [("cost", "What did the tickets alone cost?", lambda x, a, b, c: a * x),
      ("cost2", "Give the price of the tickets without the fee.", lambda x, a, b, c: a * x),
      ("change", "What change does she get from a note of a thousand kroner?", lambda x, a, b, c: 1000 - c),
      ("brother", "Her brother buys two more tickets than she does; give his tickets.", lambda x, a, b, c: x + 2),
      ("double", "Give twice the tickets.", lambda x, a, b, c: 2 * x),
      ("fee", "What was the booking fee?", lambda x, a, b, c: b),
      ("price", "What was the price of one ticket?", lambda x, a, b, c: a),
      ("pairs", "Tickets come in pairs; give the pairs she bought.", lambda x, a, b, c: r212_F(x, 2))]),
    ("pump", "A pump fills a tank that already holds some water, at a steady rate; after {v} minutes: {eq}.", "S0",
     [("hours", "Give the time in hours.", lambda x, a, b, c: r212_F(x, 60)),
      ("hours2", "Find {v}. Answer in hours.", lambda x, a, b, c: r212_F(x, 60)),
      ("seconds", "Find {v}, in seconds.", lambda x, a, b, c: 60 * x),
      ("added", "What amount of water did the pump put in?", lambda x, a, b, c: a * x),
      ("start", "What did the tank hold at the start?", lambda x, a, b, c: b),
      ("more", "It then runs a quarter of an hour longer; give the total time in minutes.", lambda x, a, b, c: x + 15)]),
    ("taxi", "A taxi has a start fee and a price per km. {name}'s ride of {v} km cost: {eq}.", "S0",
     [("metres", "Give the distance in metres.", lambda x, a, b, c: 1000 * x),
      ("both", "She rides back the same way. Give the distance there and back.", lambda x, a, b, c: 2 * x),
      ("perkm", "What did the distance part of the fare cost?", lambda x, a, b, c: a * x),
      ("half", "Give half the distance.", lambda x, a, b, c: r212_F(x, 2))]),
    ("savings", "{name} had some savings and puts away the same sum every week; after {v} weeks: {eq}.", "S0",
     [("days", "Give the saving time in days.", lambda x, a, b, c: 7 * x),
      ("putaway", "What did she put away in those weeks?", lambda x, a, b, c: a * x),
      ("later", "Give the weeks that will have passed a fortnight from now.", lambda x, a, b, c: x + 2),
      ("start", "What did she have at the start?", lambda x, a, b, c: b)]),
    ("cards", "{name} buys {v} packs of football cards, the same in each pack, and gives some to her cousin; what is left: {eq}.", "S1",
     [("bought", "What cards did she buy in all?", lambda x, a, b, c: a * x),
      ("given", "What did she give her cousin?", lambda x, a, b, c: b),
      ("fewer", "Her friend bought one pack fewer; give her friend's packs.", lambda x, a, b, c: x - 1)]),
    ("sweets", "Some children each get {v} sweets plus a few extra from their grandmother: {eq}.", "S2",
     [("each", "Give the sweets each child gets in all.", lambda x, a, b, c: x + b),
      ("kids", "Give the children.", lambda x, a, b, c: a),
      ("total", "What do the children get together before the extras?", lambda x, a, b, c: a * x)]),
]
R212_XQ = ["Find {v}.", "Solve for {v}.", "What is {v}?", "Work out {v}.", "Determine {v}."]


def r212_wfinal(v, val, i):
    return ["So the answer is %s." % val, "The value asked for is %s." % val, "Answer = %s" % val][i % 3]


for r212_key, r212_txt, r212_shape, r212_asks in R212_WSTORIES:
    for r212_i in range(8):
        st = {"shape": r212_shape, "xs": [60, 120, 180, 240] if r212_key == "pump" else list(range(4, 19, 2))}
        p = r212_fill(st, r212_params(st))
        v = R212_VARS[r212_i % 6]
        style = R212_STYLES[r212_i % 5]
        text = r212_txt.format(name=p["name"], v=v, eq=r212_eq(p["a"], v, p["b"], p["c"], r212_shape))
        xq = R212_XQ[r212_i % 5].format(v=v)
        fin = r212_i % 4
        xa = r212_answer(p["a"], v, p["b"], p["c"], r212_shape, style, p["x"],
                         [[], ["So the answer is %s = %d." % (v, p["x"])], ["So %s = %d." % (v, p["x"])],
                          ["Therefore %s = %d." % (v, p["x"])]][fin])
        bid = r212_add("b", "ww_ask", text + " " + xq, v, p["x"], [xa], "pair", p["x"], None, meta={"story": r212_key})
        for lead, tail in (("", " Thanks!"), ("Word problem: ", "")):
            r212_add("sf", "ww_safe", lead + text + " " + xq + tail, v, p["x"], [xa], "safe", p["x"], None, safe=True,
                     meta={"base": bid})
        for r212_j, (ak, aq, fn) in enumerate(r212_asks):
            val = r212_num(fn(p["x"], p["a"], p["b"], p["c"]))
            if r212_F(val) == p["x"]:
                continue
            right = r212_answer(p["a"], v, p["b"], p["c"], r212_shape, style, p["x"], [r212_wfinal(v, val, r212_j)])
            pr = text + " " + aq.format(v=v)
            # pair: the variant's first answer is the base's
            r212_add("p", "ww_ask", pr, v, p["x"], [xa, right], "pair", val, "", meta={"base": bid, "story": r212_key,
                                                                                       "ask": ak, "wrong": str(p["x"])})
            # the same ask after the x question, and stated beside it
            pr2 = text + " " + xq + " " + aq.format(v=v)
            r212_add("p", "ww_ask2", pr2, v, p["x"], [xa, right], "pair", val, "",
                     meta={"base": bid, "story": r212_key, "ask": ak, "wrong": str(p["x"])})
            # single: the model answers x, another phrasing of the story
            pr3 = "Story problem. " + text + " " + aq.format(v=v)
            r212_add("s", "ww_single", pr3, v, p["x"], [xa, right], "single", val, "",
                     meta={"story": r212_key, "ask": ak, "wrong": str(p["x"])})



# ------------------------------------------------------------------ part 7: a stored plain request, then the same equation in a story that asks another thing
R212_PLAIN = ["Solve for {v}: {eq}.", "Solve {eq}.", "Solve {eq} step by step.", "Find {v}: {eq}"]
R212_TSTORIES = [
    "{name} buys {v} concert tickets at one fixed price and pays one booking fee. Her bill: {eq}.",
    "{name} orders {v} pizzas at one price each and pays one delivery charge. The receipt: {eq}.",
    "{name} rents a bike for {v} hours at an hourly rate with a fixed deposit. The bill: {eq}.",
    "{name} buys {v} kilos of apples at one price per kilo and one bag. She paid: {eq}.",
]
R212_TASKS = [
    ("cost", "What did the {noun} alone cost?", lambda x, a, b, c: a * x),
    ("cost2", "Give the price of the {noun} without the fee.", lambda x, a, b, c: a * x),
    ("fee", "What was the fixed charge?", lambda x, a, b, c: b),
    ("unit", "What was the price of one?", lambda x, a, b, c: a),
    ("pairs", "They come in pairs; give the pairs she bought.", lambda x, a, b, c: r212_F(x, 2)),
    ("bill", "What was the whole bill?", lambda x, a, b, c: c),
    ("dozens", "Give the answer in dozens.", lambda x, a, b, c: r212_F(x, 12)),
    ("change", "What change does she get from a fifty-euro note?", lambda x, a, b, c: 50 - c),
    ("friend", "Her friend buys one fewer; what does her friend buy?", lambda x, a, b, c: x - 1),
    ("double", "Give double {v}.", lambda x, a, b, c: 2 * x),
    ("minus", "Give {v} minus one.", lambda x, a, b, c: x - 1),
    ("even", "{v} must be even; give the nearest even value.", lambda x, a, b, c: x if x % 2 == 0 else x + 1),
    ("minutes", "Give the answer in minutes.", lambda x, a, b, c: 60 * x),
    ("xq", "Find {v}.", None),
]
R212_NOUN = ["tickets", "pizzas", "hours", "apples"]
for r212_s, r212_txt in enumerate(R212_TSTORIES):
    for r212_i in range(5):
        st = {"shape": "S0", "xs": list(range(3, 16))}
        p = r212_fill(st, r212_params(st))
        v = R212_VARS[(r212_i + r212_s) % 6]
        style = R212_STYLES[(r212_i + r212_s) % 5]
        eq = r212_eq(p["a"], v, p["b"], p["c"], "S0")
        fin = (r212_i + r212_s) % 4
        xa = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"],
                         [[], ["So the answer is %s = %d." % (v, p["x"])], ["So %s = %d." % (v, p["x"])],
                          ["Therefore %s = %d." % (v, p["x"])]][fin])
        plain = R212_PLAIN[r212_i % 4].format(v=v, eq=eq)
        bid = r212_add("b", "wt_plain", plain, v, p["x"], [xa], "pair", p["x"], None, meta={"story": "plain"})
        text = r212_txt.format(name=p["name"], v=v, eq=eq)
        for r212_j, (ak, aq, fn) in enumerate(R212_TASKS):
            q = aq.format(v=v, noun=R212_NOUN[r212_s])
            if fn is None:
                r212_add("sf", "wt_safe", text + " " + q, v, p["x"], [xa], "safe", p["x"], None, safe=True,
                         meta={"base": bid, "story": "t%d" % r212_s, "ask": ak})
                continue
            val = r212_num(fn(p["x"], p["a"], p["b"], p["c"]))
            if r212_F(val) == p["x"]:
                continue
            right = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"], [r212_wfinal(v, val, r212_j)])
            r212_add("p", "wt_ask", text + " " + q, v, p["x"], [xa, right], "pair", val, "",
                     meta={"base": bid, "story": "t%d" % r212_s, "ask": ak, "wrong": str(p["x"])})
            # the plain request with the other question after it
            r212_add("p", "wt_plainask", plain + " " + q, v, p["x"], [xa, right], "pair", val, "",
                     meta={"base": bid, "story": "plain", "ask": ak, "wrong": str(p["x"])})



# ------------------------------------------------------------------ part 8: a stored plain request, then a short clause that asks another quantity
R212_CLAUSES = [
    ("Give the answer in hours, {v} being minutes.", lambda x, a, b, c: r212_F(x, 60)),
    ("Answer in dozens.", lambda x, a, b, c: r212_F(x, 12)),
    ("Then give {a}{v}.", lambda x, a, b, c: a * x),
    ("Say what {a}{v} is.", lambda x, a, b, c: a * x),
    ("Report {a}{v}, the ticket cost.", lambda x, a, b, c: a * x),
    ("Give the value of {a}{v}.", lambda x, a, b, c: a * x),
    ("State {a}{v}.", lambda x, a, b, c: a * x),
    ("Final answer: {a}{v}.", lambda x, a, b, c: a * x),
    ("Give the first term of the left side.", lambda x, a, b, c: a * x),
    ("Give the total of the tickets.", lambda x, a, b, c: a * x),
    ("Give the answer as the ticket total.", lambda x, a, b, c: a * x),
    ("Answer with the tickets' cost.", lambda x, a, b, c: a * x),
    ("Give the answer times five.", lambda x, a, b, c: 5 * x),
    ("Give five times the answer.", lambda x, a, b, c: 5 * x),
    ("Give the answer plus the fee.", lambda x, a, b, c: x + b),
    ("Give the answer rounded to the nearest ten.", lambda x, a, b, c: 10 * round(r212_F(x, 10))),
    ("Give the answer to the nearest even number.", lambda x, a, b, c: x if x % 2 == 0 else x + 1),
    ("Answer in seconds.", lambda x, a, b, c: 60 * x),
    ("Answer in cents.", lambda x, a, b, c: 100 * x),
    ("Give the answer in pairs.", lambda x, a, b, c: r212_F(x, 2)),
    ("Give half the answer.", lambda x, a, b, c: r212_F(x, 2)),
    ("Give the answer halved.", lambda x, a, b, c: r212_F(x, 2)),
    ("Give the cost.", lambda x, a, b, c: a * x),
    ("Give the fee.", lambda x, a, b, c: b),
    ("Give the price.", lambda x, a, b, c: a),
    ("Give the total.", lambda x, a, b, c: c),
    ("Answer in metres; {v} is in km.", lambda x, a, b, c: 1000 * x),
    ("Give y, where y = 2{v}.", lambda x, a, b, c: 2 * x),
    ("Give the tickets' price in all.", lambda x, a, b, c: a * x),
    ("Here {v} counts tickets at {a} NOK each; give what they cost.", lambda x, a, b, c: a * x),
    ("({v} = tickets bought; answer with the amount paid for them)", lambda x, a, b, c: a * x),
    ("Give the answer for the whole class of three such groups.", lambda x, a, b, c: 3 * x),
    ("Answer per pair.", lambda x, a, b, c: r212_F(x, 2)),
    ("Give the value after the fee is added.", lambda x, a, b, c: a * x + b),
    ("What is the left side worth?", lambda x, a, b, c: c),
    ("Give the coefficient times the answer.", lambda x, a, b, c: a * x),
]
R212_PLAIN2 = ["Solve for {v}: {eq}.", "Solve {eq}.", "Solve {eq} step by step.", "Find {v}: {eq}",
               "Solve the equation {eq}.", "What is {v} if {eq}?"]
for r212_i in range(12):
    st = {"shape": "S0", "xs": list(range(3, 16))}
    p = r212_fill(st, r212_params(st))
    v = R212_VARS[r212_i % 6]
    style = R212_STYLES[r212_i % 5]
    eq = r212_eq(p["a"], v, p["b"], p["c"], "S0")
    xa = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"],
                     [[], ["So the answer is %s = %d." % (v, p["x"])], ["So %s = %d." % (v, p["x"])],
                      ["Therefore %s = %d." % (v, p["x"])]][r212_i % 4])
    plain = R212_PLAIN2[r212_i % 6].format(v=v, eq=eq)
    bid = r212_add("b", "wc_plain", plain, v, p["x"], [xa], "pair", p["x"], None, meta={"story": "plain"})
    for r212_j, (cl, fn) in enumerate(R212_CLAUSES):
        val = r212_num(fn(p["x"], p["a"], p["b"], p["c"]))
        if r212_F(val) == p["x"]:
            continue
        q = cl.format(v=v, a=p["a"])
        right = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"], [r212_wfinal(v, val, r212_j)])
        r212_add("p", "wc_clause", plain + " " + q, v, p["x"], [xa, right], "pair", val, "",
                 meta={"base": bid, "story": "plain", "ask": cl, "wrong": str(p["x"])})
        if r212_i < 4:
            r212_add("s", "wc_single", q + " " + plain, v, p["x"], [xa, right], "single", val, "",
                     meta={"story": "plain", "ask": cl, "wrong": str(p["x"])})



# ------------------------------------------------------------------ part 9: clauses in instruction words that name another quantity
R212_CLAUSES2 = [
    ("Solve for the cost.", lambda x, a, b, c: a * x),
    ("Find the fee, not {v}.", lambda x, a, b, c: b),
    ("Take your time and give the cost.", lambda x, a, b, c: a * x),
    ("Show your work, then state the cost.", lambda x, a, b, c: a * x),
    ("Number the steps and end with the fee.", lambda x, a, b, c: b),
    ("Explain each step; the last line should be the price of one ticket.", lambda x, a, b, c: a),
    ("Please give the cost.", lambda x, a, b, c: a * x),
    ("Cost?", lambda x, a, b, c: a * x),
    ("Price?", lambda x, a, b, c: a),
    ("Answer: the cost.", lambda x, a, b, c: a * x),
    ("Just the fee.", lambda x, a, b, c: b),
    ("Only the price of one, please.", lambda x, a, b, c: a),
    ("Give the cost instead of {v}.", lambda x, a, b, c: a * x),
    ("State the result as the cost.", lambda x, a, b, c: a * x),
    ("Show each step. Cost only at the end.", lambda x, a, b, c: a * x),
    ("In words: the cost.", lambda x, a, b, c: a * x),
]
for r212_i in range(6):
    st = {"shape": "S0", "xs": list(range(3, 16))}
    p = r212_fill(st, r212_params(st))
    v = R212_VARS[(r212_i + 3) % 6]
    style = R212_STYLES[(r212_i + 1) % 5]
    eq = r212_eq(p["a"], v, p["b"], p["c"], "S0")
    xa = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"],
                     [[], ["So the answer is %s = %d." % (v, p["x"])], ["So %s = %d." % (v, p["x"])],
                      ["Therefore %s = %d." % (v, p["x"])]][r212_i % 4])
    plain = R212_PLAIN2[(r212_i + 2) % 6].format(v=v, eq=eq)
    bid = r212_add("b", "wi_plain", plain, v, p["x"], [xa], "pair", p["x"], None, meta={"story": "plain"})
    for r212_j, (cl, fn) in enumerate(R212_CLAUSES2):
        val = r212_num(fn(p["x"], p["a"], p["b"], p["c"]))
        if r212_F(val) == p["x"]:
            continue
        q = cl.format(v=v)
        right = r212_answer(p["a"], v, p["b"], p["c"], "S0", style, p["x"], [r212_wfinal(v, val, r212_j)])
        r212_add("p", "wi_clause", plain + " " + q, v, p["x"], [xa, right], "pair", val, "",
                 meta={"base": bid, "story": "plain", "ask": cl, "wrong": str(p["x"])})
        if r212_i < 2:
            r212_add("s", "wi_single", q + " " + plain, v, p["x"], [xa, right], "single", val, "",
                     meta={"story": "plain", "ask": cl, "wrong": str(p["x"])})

# Trimmed for ctest (probe_kit.sample_round), stop 48: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (2,983 generated), each with the base of its pair.
from probe_kit import sample_round as r212_sample_round  # noqa: E402

r212_all = list(P)
r212_sample_round("d212-", set(), 30, safe_every=10)
r212_keep = {r212_p["id"] for r212_p in P if r212_p["id"].startswith("d212-")}
r212_keep |= {r212_meta[r212_i]["base"] for r212_i in list(r212_keep) if r212_meta.get(r212_i, {}).get("base")}
P[:] = [r212_p for r212_p in r212_all if not r212_p["id"].startswith("d212-") or r212_p["id"] in r212_keep]
