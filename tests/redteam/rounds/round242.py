r"""Red-team round 242 (black box): THE ORDER AND SEQUENCE IN WHICH REQUESTS REACH ONE STORE.
Focus: sequences on one store where each request is a small change from the one before (one value, one label form,
  one harmless line, a moved line, two values swapped), so the change accumulates and the last request is far from
  the first but near the one before; back and forth A -> B -> A' -> B'; a variant served before its base; a request
  after a patched answer to a near one was stored; 20-50 near-identical variants of one record in random order; two
  bases equally near a variant. Both tasks. In every pair variant the model's FIRST answer is the answer of the request
  before it in the sequence (or of the nearest earlier request), the second the right one.
  2,977 probes (seeded random.Random(242); probes.py's own probes and the other rounds not run in the tester's copy):
  2,147 pair variants (a wrong first answer, then the right one), 407 bases (one answer), 423 safe variants. Records of 4-5
  members in "Label: value" lines under a plain instruction ("Extract the booking.", "Extract the record.",
  "Extract the shipment.", "Extract the order.": an instruction naming a member, "registration card" or a heading line
  such as "Waybill:" / "Intake sheet:" keeps every answer out of the store, so those were dropped after a first try).
Part 1 (d242-chb/chp/chs-, 407): 45 chains of 6-12 steps; a step changes one value (a new one, one digit changed or
  two transposed, one letter of a name, a value the same member had earlier in the chain, or the value of another
  integer member: "Age: 33 / Suite: 33"), one label's form (Age / AGE / **Age**), adds an intro sentence or a
  "Phone:"/"Supplier:" line, moves a line, or swaps two values (age/suite, suite/nights, origin/destination).
Part 2 (d242-bf*-, 306): 40 back-and-forth sequences of 6-10 between two layouts of one record (plain labels in one
  order / upper-case or bold labels in the reverse order), one value changing each time, the other side sharing the
  values half the time.
Part 3 (d242-vb*-, 192): a variant (one value changed or two swapped) served BEFORE its base (model first gives the
  base's answer), then the base (model first gives the variant's), then a third request near both.
Part 4 (d242-ap*-, 319): A, B (one value changed: patched or rewritten), B + a harmless change, A with B's member set
  to a third value (model first gives B's), A + a harmless change, B with A's value back.
Part 5 (d242-sw*-, 340): 10 swarms of 20-50 variants of one record (one member changed, 30% two, label forms, intro
  lines), shuffled; the model first gives the answer of the nearest earlier variant (fewest differing members).
Part 6 (d242-tb*-, 299): two bases, B1 (plain labels, values V1) and B2 (upper/bold labels, V2 = V1 with one value
  changed or two swapped), in either order; variants with B1's labels and B2's values (model first gives V1), B2's
  labels and V1's values (gives V2), a third value under either layout.
Part 7 (d242-un*-, 144): a unit word after a value drifting along a chain, in order and reversed: "Age: 33 years" ->
  "Age: 34 years" -> "34 yrs" / "34 years old" / "34 months" (2) / "34 weeks" (0); "Weight: 61.5 kg" -> "64.5 kg" ->
  "64.5 kilos" / "64.5 g" (0.0645) / "64.5 lb" (29.26) / "64.5 tonnes" (64500).
Part 8 (d242-cs*-, 112): a code growing a suffix along a chain and back ("ORD-48213" -> "ORD-48213/2" -> another
  quantity -> another customer -> the plain code again; suffixes /2 -B /A -01 _2 (2) #2 .1 -2026 A).
Equations (d242-ec/eb/ev/es-, 614): 40 chains of 5-10 equations each differing by one coefficient or constant (sign
  flips included) from the one before, in 4 shapes (a v + b = c, a(v + b) = c, v/d + b = c, a v + b = c v + e), 4
  prompt forms, 3 working styles (bare equations; "Subtract 5 from both sides: 3x = 15"; "... to get 3x = 15."); 25
  back-and-forth sequences between two prompt forms and styles; 24 variants before their bases; 8 shuffled swarms of
  20-35 one-number variants. The model first gives the previous request's whole answer, or (half the time) the new
  equation over the old working.
Part 9 (d242-qc/qs-, 244): the same with numbers that coincide in the base (4x + 4 = 36, 3(x + 3) = 21, x/4 + 4 = 6,
  b = x) and descriptions in the "Verb N: eq" / "Verb N to get eq." layouts, in chains and shuffled swarms that break
  or make the coincidence.
HELD: everything. Full round, fresh SQLite store, two passes (check.py --runs 2): 0 wrong answers served in run 1 and
  in run 2 (0 path=reuse, 0 KEPT-FROM-CACHE, 0 wrong served fresh). Paths run 1: reuse 793, patch 1,098, skip 1,086;
  run 2: reuse 1,843, patch 272, skip 862; 177 right answers refused in each run (a cost, not a wrong answer). In run 1
  the cache served pair variants from a NEIGHBOUR's entry (their own not yet stored) 591 times on reuse and 854 times
  on the patch path (bases 111 / 121), every one right: e.g. "Extract the record.\n\nName: Bo Sand\nDepartment: Legal\nSalary: 72000 ..."
  served after its own variant "Salary: 70200" -> salary 72000 ("all 5 steps verified after a licensed rewrite");
  "GUEST: Lars Haug\n**Age**: 58\nSUITE: 23 ..." after B1 "Age: 23 / Suite: 58" -> age 58, suite 23 (patched: "its
  evidence ... is not in the new text"); "Salary: 2023\nStart year: 2023" -> start_year failed as "its value occurs 2
  times in the new text (ambiguous)" and was regenerated; "Please solve for x in 8x + 10 = 18 and explain each step."
  after "8x + 2 = 18" -> "Subtract 10 from both sides to get 8x = 8." (licensed rewrite, description rewritten right).
  Per part, run 1 / run 2 reuse: P1 95/156, P2 94/128, P3 83/114, P4 160/177, P5 144/166, P6 101/144, P7 2/20,
  P8 63/100, equations 44/594, P9 7/244. Unit words (part 7): "34 months", "34 weeks", "g", "lb", "tonnes" after a
  stored "years"/"kg" record never reused the stored number (patched or refused: "the text states age: 34 months",
  "2 does not occur in the source text"). Code suffixes (part 8): the suffixed code always re-read ("the statement
  holding its evidence changed"), later requests rewritten from the suffixed entry right. Equations: every served
  answer's equation lines true and, by the round's own reader (every "Verb N: eq" / "Verb N to get eq." line applied
  to the equation before it), 0 of 1,356 described steps false in each run; stitched answers seen were true though odd
  ("5t + 22 = 12 / 5t + 17 = 7 / Subtract 17 ...", the previous request's equation as a step: a valid -5 step).
  Safe variants on reuse 91/423 (run 1), 195/423 (run 2).
  Costs seen (right answers refused, not findings): "WEIGHT (KG): 82.5" under weight_kg ("a unit ... in another
  letter case", 105 of the 177); "Age: 53 yrs"; computed values from months/weeks/g/lb (expected, not grounded); an
  intro sentence above the first field ("This one came in by e-mail this morning.") failed every member of a stored
  record ("failing_fraction_above: 1.0"), though the rules call such a sentence no change.
WHAT GOT THROUGH: nothing from the cache (r242_found_alone and r242_arguable empty; a run of them alone therefore keeps no
  probe). No wrong answer was served fresh either. Counts from the cache: run 1 0, run 2 0; alone: nothing to confirm.
Adds its probes to probe_kit.P."""
import random as r242_random

from probe_kit import P, S, J, E  # noqa: F401

r242_rng = r242_random.Random(242)
r242_found_alone = set()
r242_arguable = set()
r242_prompts = {}
r242_n = [0]
r242_counts = {}
r242_base_of = {}  # id -> ids it needs before it (the chain a sampled probe keeps)
r242_last_id = [None]


def r242_addj(tag, prompt, schema, expect, answers, safe=False, needs=()):
    if prompt in r242_prompts:
        return r242_prompts[prompt]
    r242_n[0] += 1
    pid = "d242-%s-%d" % (tag, r242_n[0])
    J(pid, "order_" + tag, prompt, schema, expect, answers, safe=safe)
    r242_prompts[prompt] = pid
    r242_counts[tag] = r242_counts.get(tag, 0) + 1
    r242_base_of[pid] = [n for n in needs if n]
    return pid


def r242_adde(tag, prompt, var, val, answers, safe=False, needs=()):
    if prompt in r242_prompts:
        return r242_prompts[prompt]
    r242_n[0] += 1
    pid = "d242-%s-%d" % (tag, r242_n[0])
    E(pid, "order_" + tag, prompt, var, str(val), answers, safe=safe)
    r242_prompts[prompt] = pid
    r242_counts[tag] = r242_counts.get(tag, 0) + 1
    r242_base_of[pid] = [n for n in needs if n]
    return pid


# ------------------------------------------------------------------ records
FIRST = ["Mira", "Tomas", "Priya", "Jonas", "Ana", "Lars", "Ingrid", "Omar", "Sofie", "Kenji", "Rut", "Bo", "Elin",
         "Marta", "Felix", "Nadia", "Hugo", "Sara", "Anton", "Leah"]
LAST = ["Holt", "Ek", "Nair", "Berg", "Dahl", "Lie", "Sand", "Rud", "Moen", "Vik", "Aas", "Strand", "Lund", "Haug"]
CITIES = ["Ghent", "Bruges", "Oslo", "Bergen", "Leeds", "Cork", "Lyon", "Turku", "Malmo", "Porto", "Graz", "Split",
          "Tromso", "Aarhus", "Basel", "Lille"]
DEPTS = ["Finance", "Sales", "Logistics", "Legal", "Support", "Research", "Marketing", "Facilities"]
WARDS = ["Ward 3B", "Ward 4A", "Ward 2C", "Ward 5D", "Ward 1A", "Ward 6B"]


def r242_name():
    return "%s %s" % (r242_rng.choice(FIRST), r242_rng.choice(LAST))


def r242_code(prefix):
    return "%s-%d" % (prefix, r242_rng.randint(10000, 99999))


# each template: schema, instruction list, record heading, members: key -> (type, gen, label sets (list of labels))
TEMPLATES = [
    {"name": "guest",
     "schema": S({"guest": "string", "age": "integer", "suite": "integer", "nights": "integer", "city": "string"}),
     "instr": ["Extract the booking.", "Please extract the booking.", "Extract the booking below."],
     "members": {"guest": ("s", r242_name, "Guest"),
                 "age": ("i", lambda: r242_rng.randint(19, 88), "Age"),
                 "suite": ("i", lambda: r242_rng.randint(11, 99), "Suite"),
                 "nights": ("i", lambda: r242_rng.randint(1, 14), "Nights"),
                 "city": ("s", lambda: r242_rng.choice(CITIES), "City")}},
    {"name": "staff",
     "schema": S({"name": "string", "department": "string", "salary": "integer", "start_year": "integer",
                  "office": "string"}),
     "instr": ["Extract the record.", "Please extract the record.", "Extract the record below."],
     "members": {"name": ("s", r242_name, "Name"),
                 "department": ("s", lambda: r242_rng.choice(DEPTS), "Department"),
                 "salary": ("i", lambda: r242_rng.randint(38, 96) * 1000, "Salary"),
                 "start_year": ("i", lambda: r242_rng.randint(1998, 2025), "Start year"),
                 "office": ("s", lambda: r242_rng.choice(CITIES), "Office")}},
    {"name": "patient",
     "schema": S({"patient": "string", "age": "integer", "weight_kg": "number", "height_cm": "integer", "ward": "string"}),
     "instr": ["Extract the record.", "Please extract the record.", "Extract the record below."],
     "members": {"patient": ("s", r242_name, "Patient"),
                 "age": ("i", lambda: r242_rng.randint(18, 95), "Age"),
                 "weight_kg": ("n", lambda: r242_rng.randint(450, 1200) / 10.0, "Weight (kg)"),
                 "height_cm": ("i", lambda: r242_rng.randint(150, 199), "Height (cm)"),
                 "ward": ("s", lambda: r242_rng.choice(WARDS), "Ward")}},
    {"name": "parcel",
     "schema": S({"tracking": "string", "pieces": "integer", "weight_kg": "number", "origin": "string",
                  "destination": "string"}),
     "instr": ["Extract the shipment.", "Please extract the shipment.", "Extract the shipment below."],
     "members": {"tracking": ("s", lambda: r242_code("TRK"), "Tracking"),
                 "pieces": ("i", lambda: r242_rng.randint(1, 40), "Pieces"),
                 "weight_kg": ("n", lambda: r242_rng.randint(15, 900) / 10.0, "Weight (kg)"),
                 "origin": ("s", lambda: r242_rng.choice(CITIES), "Origin"),
                 "destination": ("s", lambda: r242_rng.choice(CITIES), "Destination")}},
]
HARM = ["Please process the following record.", "Here is the record from the front desk:",
        "This one came in by e-mail this morning.", "Thanks for handling this one quickly!",
        "Phone: +47 915 22 318", "Supplier: Nordic Linen AS"]


class Rec:
    """One request's record: values, label index per member, line order, harmless lines, instruction index."""

    def __init__(self, t):
        self.t = t
        self.keys = list(t["members"])
        while True:
            self.vals = {k: t["members"][k][1]() for k in self.keys}
            if len(set(map(str, self.vals.values()))) == len(self.keys):
                break
        self.lab = {k: 0 for k in self.keys}
        self.order = list(self.keys)
        self.harm = []
        self.instr = 0

    def copy(self):
        r = Rec.__new__(Rec)
        r.t, r.keys = self.t, self.keys
        r.vals, r.lab, r.order, r.harm, r.instr = dict(self.vals), dict(self.lab), list(self.order), list(self.harm), self.instr
        return r

    def label(self, k):
        l = self.t["members"][k][2]
        return [l, l.upper(), "**%s**" % l][self.lab[k]]

    def fmt(self, k):
        v = self.vals[k]
        return ("%.1f" % v) if isinstance(v, float) else str(v)

    def prompt(self):
        lines = ["%s: %s" % (self.label(k), self.fmt(k)) for k in self.order]
        for i, h in self.harm:
            lines.insert(min(i, len(lines)) if h.startswith(("Phone", "Supplier")) else 0, h)
        return "%s\n\n%s\n" % (self.t["instr"][self.instr], "\n".join(lines))

    def answer(self):
        return dict(self.vals)

    def newval(self, k, hist=None):
        cur = {str(x) for x in self.vals.values()}
        old = self.vals[k]
        r = r242_rng.random()
        if hist and r < 0.3:
            pool = [h for (hk, h) in hist if (hk == k or {hk, k} == {"origin", "destination"}) and str(h) not in cur]
            if pool:
                return r242_rng.choice(pool)
        if r < 0.45 and isinstance(old, int):
            # a collision: the value of another integer member
            pool = [v for kk, v in self.vals.items() if kk != k and isinstance(v, int) and v != old]
            if pool:
                return r242_rng.choice(pool)
        if r < 0.75 and (not isinstance(old, str) or k in ("guest", "name", "patient", "tracking")):
            # a small edit: one digit or letter changed, two digits transposed
            t = ("%.1f" % old) if isinstance(old, float) else str(old)
            for _ in range(30):
                i = r242_rng.randrange(len(t))
                c = t[i]
                if c.isdigit():
                    if r242_rng.random() < 0.5 and i + 1 < len(t) and t[i + 1].isdigit() and t[i + 1] != c:
                        nt = t[:i] + t[i + 1] + c + t[i + 2:]
                    else:
                        nt = t[:i] + str((int(c) + r242_rng.randint(1, 9)) % 10) + t[i + 1:]
                elif c.isalpha() and c.islower():
                    nt = t[:i] + r242_rng.choice("aeilmnorst") + t[i + 1:]
                else:
                    continue
                if nt == t or nt.startswith("0") or nt in cur:
                    continue
                try:
                    nv = float(nt) if isinstance(old, float) else int(nt) if isinstance(old, int) else nt
                except ValueError:
                    continue
                if isinstance(old, int) and k == "start_year" and not 1990 <= nv <= 2026:
                    continue
                if isinstance(old, int) and k in ("age",) and not 18 <= nv <= 99:
                    continue
                return nv
        for _ in range(50):
            v = self.t["members"][k][1]()
            if str(v) not in cur:
                return v
        return None


def r242_step(rec, kind, hist=None):
    """A copy of rec with one small change: 'val' (one value), 'lab' (one label synonym), 'harm' (a harmless line),
    'move' (one line moved), 'instr' (instruction paraphrase), 'swap' (two same-type values swapped)."""
    n = rec.copy()
    if kind == "val":
        k = r242_rng.choice(n.keys)
        v = n.newval(k, hist)
        if v is None:
            return None, None
        n.vals[k] = v
        return n, k
    if kind == "lab":
        k = r242_rng.choice(n.keys)
        n.lab[k] = (n.lab[k] + r242_rng.choice([1, 2])) % 3
        return n, k
    if kind == "harm":
        pool = [h for h in HARM if h not in [x[1] for x in n.harm]]
        if not pool:
            return None, None
        n.harm.append((r242_rng.randint(0, len(n.keys)), r242_rng.choice(pool)))
        return n, None
    if kind == "move":
        i, j = r242_rng.sample(range(len(n.order)), 2)
        k = n.order.pop(i)
        n.order.insert(j, k)
        return n, None
    if kind == "instr":
        n.instr = (n.instr + 1) % len(n.t["instr"])
        return n, None
    if kind == "swap":
        groups = [g for g in (("age", "suite"), ("suite", "nights"), ("age", "nights"), ("origin", "destination"),
                              ) if g[0] in n.vals and g[1] in n.vals]
        if not groups:
            return None, None
        a, b = r242_rng.choice(groups)
        if isinstance(n.vals[a], float) or isinstance(n.vals[b], float):
            return None, None
        n.vals[a], n.vals[b] = n.vals[b], n.vals[a]
        return n, a
    raise ValueError(kind)


def r242_emit(tag, rec, prev_answer, needs, wrong=None):
    """A request for rec: when its answer differs from prev_answer, a pair variant whose model first gives
    prev_answer (or `wrong`), then the right answer; otherwise a safe variant."""
    right = rec.answer()
    if prev_answer is None:
        return r242_addj(tag + "b", rec.prompt(), rec.t["schema"], right, [right], needs=needs)
    first = wrong if wrong is not None else prev_answer
    if first == right:
        return r242_addj(tag + "s", rec.prompt(), rec.t["schema"], right, [right], safe=True, needs=needs)
    return r242_addj(tag + "p", rec.prompt(), rec.t["schema"], right, [first, right], needs=needs)


# Part 1: chains A -> B -> C -> ... each one small change from the one before; the model's first answer is the
# answer of the request before it.
def r242_part_chain(nchains):
    kinds = ["val"] * 5 + ["lab"] * 2 + ["harm", "move", "swap"]
    for _ in range(nchains):
        t = r242_rng.choice(TEMPLATES)
        rec = Rec(t)
        prev = r242_emit("ch", rec, None, ())
        prev_ans = rec.answer()
        hist = list(rec.vals.items())
        for _s in range(r242_rng.randint(6, 12)):
            nrec, _k = r242_step(rec, r242_rng.choice(kinds), hist)
            if nrec is not None:
                hist.extend(nrec.vals.items())
            if nrec is None:
                continue
            pid = r242_emit("ch", nrec, prev_ans, (prev,))
            rec, prev, prev_ans = nrec, pid, nrec.answer()


# Part 2: back and forth A -> B -> A' -> B' ...: two label sets (or two instructions) alternating, the values changing
# each time; the model first gives the answer of the request before.
def r242_part_backforth(n):
    for _ in range(n):
        t = r242_rng.choice(TEMPLATES)
        a = Rec(t)
        b = a.copy()
        for k in b.keys:
            b.lab[k] = r242_rng.choice([1, 2])
        pass
        b.order = list(reversed(b.order))
        cur = [a, b]
        prev, prev_ans = None, None
        for i in range(r242_rng.randint(6, 10)):
            side = cur[i % 2]
            if i >= 2:
                k = r242_rng.choice(side.keys)
                v = side.newval(k)
                if v is None:
                    continue
                side.vals[k] = v
                # the other side shares the values at random: half the time it copies them
                if r242_rng.random() < 0.5:
                    cur[(i + 1) % 2].vals = dict(side.vals)
            pid = r242_emit("bf", side, prev_ans, (prev,))
            prev, prev_ans = pid, side.answer()


# Part 3: a variant served BEFORE its base: the variant (model first gives the base's answer, then right), then the
# base (model first gives the variant's answer, then right), then a third near both.
def r242_part_before(n):
    for _ in range(n):
        t = r242_rng.choice(TEMPLATES)
        base = Rec(t)
        var, _k = r242_step(base, r242_rng.choice(["val", "val", "swap"]))
        if var is None:
            continue
        v = r242_addj("vbp", var.prompt(), t["schema"], var.answer(), [base.answer(), var.answer()])
        b = r242_addj("vbb", base.prompt(), t["schema"], base.answer(), [var.answer(), base.answer()], needs=(v,))
        third, _k = r242_step(base, "val")
        if third is None:
            continue
        r242_emit("vbt", third, var.answer(), (v, b))
        fourth, _ = r242_step(var, "lab")
        r242_emit("vbt", fourth, base.answer(), (v, b))


# Part 4: the same request after a patched answer to a near one was stored: A, B (= A + one value: patched),
# B' (= B + a harmless change: safe), A'' (= A with B's member changed to a third value), then A again with a
# harmless change (its own answer).
def r242_part_afterpatch(n):
    for _ in range(n):
        t = r242_rng.choice(TEMPLATES)
        a = Rec(t)
        ida = r242_emit("ap", a, None, ())
        b, k = r242_step(a, "val")
        if b is None:
            continue
        idb = r242_emit("ap", b, a.answer(), (ida,))
        b2, _ = r242_step(b, r242_rng.choice(["harm", "lab", "move"]))
        idb2 = r242_emit("ap", b2, b.answer(), (idb,))
        a3 = a.copy()
        v = a3.newval(k)
        if v is None:
            continue
        a3.vals[k] = v
        ida3 = r242_emit("ap", a3, b.answer(), (ida, idb, idb2))
        a4, _ = r242_step(a, r242_rng.choice(["harm", "lab"]))
        r242_emit("ap", a4, a3.answer(), (ida, idb, idb2, ida3))
        # and B with the value of A back (a value change toward the first entry), model gives B's
        b5 = b.copy()
        b5.vals[k] = a.vals[k]
        b5.harm = list(b2.harm) if b2.harm else b5.harm
        r242_emit("ap", b5, b.answer(), (ida, idb, idb2, ida3))


# Part 5: many near-identical requests: one record, 20-50 variants each with one member changed (or two), in
# random order; the model's first answer is the answer of the nearest earlier request (fewest differing members,
# latest on a tie).
def r242_part_swarm(n):
    for _ in range(n):
        t = r242_rng.choice(TEMPLATES)
        base = Rec(t)
        vs = [base]
        for _i in range(r242_rng.randint(20, 50)):
            kind = r242_rng.choice(["val", "val", "val", "val", "lab", "harm"])
            v, _k = r242_step(base, kind)
            if v is not None:
                if r242_rng.random() < 0.3:
                    v2, _ = r242_step(v, "val")
                    if v2 is not None:
                        v = v2
                vs.append(v)
        r242_rng.shuffle(vs)
        seen = []
        for v in vs:
            def dist(o):
                return sum(1 for k in v.keys if o.vals[k] != v.vals[k]) + 0.5 * sum(
                    1 for k in v.keys if o.lab[k] != v.lab[k])
            if seen:
                near = min(range(len(seen)), key=lambda i: (dist(seen[i][0]), -i))
                na, nid = seen[near][0].answer(), seen[near][1]
                pid = r242_emit("sw", v, na, tuple(s[1] for s in seen))
            else:
                pid = r242_emit("sw", v, None, ())
            seen.append((v, pid))


# Part 6: two bases equally near a variant: B1 (labels L1, values V1), B2 (labels L2, values V2 = V1 with one
# member changed); the variant has L1's labels and V2's values (model first gives V1), or L2's labels and V1's
# values (model first gives V2), and one with a third value (model first gives either).
def r242_part_twobases(n):
    for i in range(n):
        t = r242_rng.choice(TEMPLATES)
        b1 = Rec(t)
        b2, k = r242_step(b1, r242_rng.choice(["val", "val", "swap"]))
        if b2 is None:
            continue
        for kk in b2.keys:
            b2.lab[kk] = r242_rng.choice([1, 2])
        b2.instr = 0
        order = [b1, b2] if i % 2 == 0 else [b2, b1]
        i1 = r242_emit("tb", order[0], None, ())
        i2 = r242_emit("tb", order[1], None, ())
        v1 = b1.copy()
        v1.vals = dict(b2.vals)
        r242_emit("tb", v1, b1.answer(), (i1, i2))
        v2 = b2.copy()
        v2.vals = dict(b1.vals)
        r242_emit("tb", v2, b2.answer(), (i1, i2))
        v3 = b1.copy()
        nv = v3.newval(k)
        if nv is not None:
            v3.vals[k] = nv
            r242_emit("tb", v3, r242_rng.choice([b1, b2]).answer(), (i1, i2))
        v4 = b2.copy()
        nv = v4.newval(k)
        if nv is not None:
            v4.vals[k] = nv
            v4.lab = dict(b1.lab)
            v4.lab[k] = b2.lab[k]
            r242_emit("tb", v4, b2.answer(), (i1, i2))


# ------------------------------------------------------------------ equations
def r242_lin(k, c, v):
    t = ("" if k == 1 else str(k)) + v
    if c > 0:
        t += " + %d" % c
    elif c < 0:
        t += " - %d" % -c
    return t


class Eq:
    """shape 0: a v + b = c; 1: a(v + b) = c; 2: v/d + b = c; 3: a v + b = c v + e."""

    def __init__(self, shape, p, v, style, pstyle):
        self.shape, self.p, self.v, self.style, self.pstyle = shape, dict(p), v, style, pstyle

    def copy(self):
        return Eq(self.shape, self.p, self.v, self.style, self.pstyle)

    def x(self):
        p = self.p
        if self.shape == 0:
            num, den = p["c"] - p["b"], p["a"]
        elif self.shape == 1:
            if p["c"] % p["a"]:
                return None
            num, den = p["c"] // p["a"] - p["b"], 1
        elif self.shape == 2:
            num, den = (p["c"] - p["b"]) * p["d"], 1
        else:
            num, den = p["e"] - p["b"], p["a"] - p["cc"]
        if den == 0 or num % den:
            return None
        return num // den

    def text(self):
        p, v = self.p, self.v
        if self.shape == 0:
            return "%s = %d" % (r242_lin(p["a"], p["b"], v), p["c"])
        if self.shape == 1:
            return "%d(%s) = %d" % (p["a"], r242_lin(1, p["b"], v), p["c"])
        if self.shape == 2:
            return "%s/%d%s = %d" % (v, p["d"], (" + %d" % p["b"]) if p["b"] >= 0 else (" - %d" % -p["b"]), p["c"])
        return "%s = %s" % (r242_lin(p["a"], p["b"], v), r242_lin(p["cc"], p["e"], v))

    def steps(self):
        p, v, x = self.p, self.v, self.x()
        out = []  # (description, equation)
        if self.shape == 0:
            r = p["c"] - p["b"]
            out.append(("%s %d %s both sides" % ("Subtract" if p["b"] > 0 else "Add", abs(p["b"]),
                                                 "from" if p["b"] > 0 else "to"), "%s = %d" % (r242_lin(p["a"], 0, v), r)))
            if p["a"] != 1:
                out.append(("Divide both sides by %d" % p["a"], "%s = %d" % (v, x)))
        elif self.shape == 1:
            q = p["c"] // p["a"]
            out.append(("Divide both sides by %d" % p["a"], "%s = %d" % (r242_lin(1, p["b"], v), q)))
            out.append(("%s %d %s both sides" % ("Subtract" if p["b"] > 0 else "Add", abs(p["b"]),
                                                 "from" if p["b"] > 0 else "to"), "%s = %d" % (v, x)))
        elif self.shape == 2:
            r = p["c"] - p["b"]
            out.append(("%s %d %s both sides" % ("Subtract" if p["b"] > 0 else "Add", abs(p["b"]),
                                                 "from" if p["b"] > 0 else "to"), "%s/%d = %d" % (v, p["d"], r)))
            out.append(("Multiply both sides by %d" % p["d"], "%s = %d" % (v, x)))
        else:
            k = p["a"] - p["cc"]
            out.append(("Subtract %s from both sides" % r242_lin(p["cc"], 0, v),
                        "%s = %d" % (r242_lin(k, p["b"], v), p["e"])))
            out.append(("%s %d %s both sides" % ("Subtract" if p["b"] > 0 else "Add", abs(p["b"]),
                                                 "from" if p["b"] > 0 else "to"),
                        "%s = %d" % (r242_lin(k, 0, v), p["e"] - p["b"])))
            if k != 1:
                out.append(("Divide both sides by %d" % k, "%s = %d" % (v, x)))
        return out

    def prompt(self):
        forms = ["Solve for %s: %s. Show your steps.", "Solve %s step by step: %s",
                 "Find %s if %s. Show each step.", "Please solve for %s in %s and explain each step."]
        return forms[self.pstyle] % (self.v, self.text()) if self.pstyle != 1 else \
            "Solve %s step by step." % self.text()

    def answer(self):
        lines = [self.text()]
        for d, e in self.steps():
            if self.style == 0:
                lines.append(e)
            elif self.style == 1:
                lines.append("%s: %s" % (d, e))
            else:
                lines.append("%s to get %s." % (d, e))
        lines.append("So %s = %d." % (self.v, self.x()) if self.style else "%s = %d" % (self.v, self.x()))
        return "\n".join(lines)

    def mixed(self, old):
        """A realistic stale answer: the new equation restated, the old working after it."""
        a = old.answer().split("\n")
        return "\n".join([self.text()] + a[1:])


def r242_neweq():
    v = r242_rng.choice(["x", "x", "y", "n", "t"])
    for _ in range(100):
        shape = r242_rng.randint(0, 3)
        x = r242_rng.randint(-3, 15)
        p = {}
        if shape == 0:
            p["a"], p["b"] = r242_rng.randint(2, 9), r242_rng.randint(1, 20)
            p["c"] = p["a"] * x + p["b"]
        elif shape == 1:
            p["a"], p["b"] = r242_rng.randint(2, 9), r242_rng.randint(1, 12)
            p["c"] = p["a"] * (x + p["b"])
        elif shape == 2:
            p["d"], p["b"] = r242_rng.randint(2, 6), r242_rng.randint(1, 15)
            x = p["d"] * r242_rng.randint(1, 8)
            p["c"] = x // p["d"] + p["b"]
        else:
            p["a"], p["cc"], p["b"] = r242_rng.randint(4, 11), r242_rng.randint(1, 3), r242_rng.randint(1, 15)
            p["e"] = (p["a"] - p["cc"]) * x + p["b"]
        e = Eq(shape, p, v, r242_rng.randint(0, 2), r242_rng.randint(0, 3))
        if e.x() is not None:
            return e
    return None


def r242_eqstep(e):
    """One coefficient or constant changed, keeping an integer solution."""
    for _ in range(200):
        n = e.copy()
        k = r242_rng.choice(list(n.p))
        old = n.p[k]
        delta = r242_rng.choice([-3, -2, -1, 1, 2, 3, 4, 5, 6, 8, 10])
        nv = old + delta
        if k in ("a", "d") and nv < 2:
            continue
        if k == "cc" and nv < 1:
            continue
        if k == "b" and e.shape == 0 and r242_rng.random() < 0.25:
            nv = -old
        if k == "b" and e.shape in (1, 2, 3) and nv < 1:
            continue
        n.p[k] = nv
        if n.x() is not None and n.x() != e.x() and abs(n.x()) < 200 and n.p.get("c", 1) >= 0 and n.p.get("e", 1) >= 0 \
                and (n.shape != 3 or n.p["a"] > n.p["cc"]):
            return n
    return None


def r242_emit_eq(tag, e, prev, needs):
    right = e.answer()
    if prev is None:
        return r242_adde(tag + "b", e.prompt(), e.v, e.x(), [right], needs=needs)
    if prev.x() == e.x() and prev.text() == e.text():
        return r242_adde(tag + "s", e.prompt(), e.v, e.x(), [right], safe=True, needs=needs)
    first = prev.answer() if r242_rng.random() < 0.5 else e.mixed(prev)
    return r242_adde(tag + "p", e.prompt(), e.v, e.x(), [first, right], needs=needs)


def r242_part_eqchain(n):
    for _ in range(n):
        e = r242_neweq()
        prev_id = r242_emit_eq("ec", e, None, ())
        for _s in range(r242_rng.randint(5, 10)):
            if r242_rng.random() < 0.15:
                ne = e.copy()
                ne.pstyle = (ne.pstyle + 1) % 4
                pid = r242_emit_eq("ec", ne, e, (prev_id,))
            else:
                ne = r242_eqstep(e)
                if ne is None:
                    break
                pid = r242_emit_eq("ec", ne, e, (prev_id,))
            e, prev_id = ne, pid


def r242_part_eqbackforth(n):
    """A -> B -> A' -> B': two prompt forms alternating, one number changing each time; and a variant before its
    base; and a swarm of one-number variants in random order, the model giving the nearest earlier answer."""
    for _ in range(n):
        e = r242_neweq()
        f = e.copy()
        f.pstyle = (e.pstyle + 2) % 4
        f.style = (e.style + 1) % 3
        cur = [e, f]
        prev, prev_id = None, None
        for i in range(r242_rng.randint(6, 9)):
            side = cur[i % 2]
            if i >= 2:
                ns = r242_eqstep(side)
                if ns is None:
                    break
                cur[i % 2] = side = ns
            pid = r242_emit_eq("eb", side, prev, (prev_id,))
            prev, prev_id = side, pid
    for _ in range(n):
        base = r242_neweq()
        var = r242_eqstep(base)
        if var is None:
            continue
        vid = r242_adde("evp", var.prompt(), var.v, var.x(), [base.answer(), var.answer()])
        r242_adde("evb", base.prompt(), base.v, base.x(), [var.mixed(base) if False else var.answer(), base.answer()],
                  needs=(vid,))
    for _ in range(max(1, n // 3)):
        base = r242_neweq()
        vs = [base]
        for _i in range(r242_rng.randint(20, 35)):
            v = r242_eqstep(base)
            if v is not None and v.text() not in [w.text() for w in vs]:
                vs.append(v)
        r242_rng.shuffle(vs)
        seen = []
        for v in vs:
            if seen:
                near = min(range(len(seen)), key=lambda i: (sum(1 for k in v.p if seen[i][0].p[k] != v.p[k]), -i))
                pid = r242_emit_eq("es", v, seen[near][0], tuple(s[1] for s in seen))
            else:
                pid = r242_emit_eq("es", v, None, ())
            seen.append((v, pid))



# Part 7: a unit word after a value drifting along a chain ("Age: 33 years" -> "Age: 34 years" -> "Age: 34 months";
# "Weight: 61.5 kg" -> "Weight: 64.5 kg" -> "Weight: 64.5 g" / "lb" / "tonnes"), in order and reversed; the model
# first gives the number of the request before.
R242_AGE_UNITS = [("years", lambda n: n), ("yrs", lambda n: n), ("years old", lambda n: n), ("months", lambda n: n // 12),
                  ("weeks", lambda n: n // 52)]
R242_W_UNITS = [("kg", lambda w: w), ("kilos", lambda w: w), ("g", lambda w: round(w / 1000.0, 6)),
                ("lb", lambda w: round(w * 0.45359237, 2)), ("tonnes", lambda w: round(w * 1000, 3))]


def r242_part_units(n):
    for i in range(n):
        t = TEMPLATES[0] if i % 2 == 0 else TEMPLATES[3]
        rec = Rec(t)
        k = "age" if i % 2 == 0 else "weight_kg"
        units = R242_AGE_UNITS if k == "age" else R242_W_UNITS
        seq = []
        num = rec.vals[k]
        seq.append((num, units[0]))
        num2 = rec.newval(k)
        seq.append((num2, units[0]))
        for u in r242_rng.sample(units[1:], len(units) - 1):
            seq.append((num2, u))
        if i % 4 >= 2:
            seq = [seq[0]] + list(reversed(seq[1:]))
        prev_id, prev_ans = None, None
        for nm, (uw, f) in seq:
            r = rec.copy()
            r.vals[k] = f(nm)
            shown = ("%.1f" % nm) if isinstance(nm, float) else str(nm)
            prompt = r.prompt().replace("%s: %s\n" % (r.label(k), r.fmt(k)), "%s: %s %s\n" % (
                "Weight" if k == "weight_kg" else r.label(k), shown, uw))
            right = r.answer()
            if prev_ans is None:
                pid = r242_addj("unb", prompt, t["schema"], right, [right])
            else:
                first = dict(right)
                first[k] = prev_ans[k] if prev_ans[k] != right[k] else nm
                ans = [first, right] if first != right else [right]
                pid = r242_addj("unp" if first != right else "uns", prompt, t["schema"], right, ans,
                                safe=(first == right), needs=(prev_id,))
            prev_id, prev_ans = pid, right

# Part 8: a code that grows a suffix along a chain ("ORD-48213" -> "ORD-48213/2" -> the same with another quantity ->
# with another customer), in order and reversed (the suffixed code first, the plain one after); the model first gives
# the code of the request before.
R242_ORDER = S({"customer": "string", "order_ref": "string", "quantity": "integer", "city": "string"})


def r242_part_suffix(nbase):
    for _ in range(nbase):
        code = "ORD-%d" % r242_rng.randint(10000, 99999)
        cust, cust2 = r242_name(), r242_name()
        city = r242_rng.choice(CITIES)
        q = r242_rng.randint(1, 30)

        def pr(o, qq, c):
            return "Extract the order.\n\nCustomer: %s\nOrder ref: %s\nQuantity: %d\nCity: %s\n" % (c, o, qq, city)

        def an(o, qq, c):
            return {"customer": c, "order_ref": o, "quantity": qq, "city": city}
        for suf in r242_rng.sample(["/2", "-B", "/A", "-01", "_2", "(2)", "#2", ".1", "-2026", "A"], 4):
            seq = [(code, q, cust), (code + suf, q, cust), (code + suf, q + 3, cust), (code + suf, q + 3, cust2),
                   (code, q + 3, cust2)]
            if r242_rng.random() < 0.5:
                seq = [seq[1], seq[0], seq[4], seq[3], seq[2]]
            prev_id, prev = None, None
            for o, qq, c in seq:
                right = an(o, qq, c)
                if prev is None:
                    pid = r242_addj("csb", pr(o, qq, c), R242_ORDER, right, [right])
                else:
                    pid = r242_addj("csp", pr(o, qq, c), R242_ORDER, right, [prev, right], needs=(prev_id,))
                prev_id, prev = pid, right

# Part 9: equations whose numbers coincide (a = b, b = x, d = b, a(v + a)), worked with descriptions ("Subtract 4 from
# both sides: 4x = 20", "... to get ..."), in chains and swarms of one-number changes that break or make a coincidence;
# the model first gives the answer of the request before (whole, or the new equation over the old working).
def r242_coin_eq():
    v = r242_rng.choice(["x", "y", "n"])
    for _ in range(200):
        shape = r242_rng.choice([0, 0, 1, 2])
        x = r242_rng.randint(1, 12)
        p = {}
        if shape == 0:
            a = r242_rng.randint(2, 9)
            b = r242_rng.choice([a, x, a])
            p = {"a": a, "b": b, "c": a * x + b}
        elif shape == 1:
            a = r242_rng.randint(2, 9)
            b = r242_rng.choice([a, x])
            p = {"a": a, "b": b, "c": a * (x + b)}
        else:
            d = r242_rng.randint(2, 6)
            q = r242_rng.randint(1, 9)
            x = d * q
            p = {"d": d, "b": r242_rng.choice([d, q]), "c": q + 0}
            p["c"] = q + p["b"]
        e = Eq(shape, p, v, r242_rng.choice([1, 2]), r242_rng.randint(0, 3))
        if e.x() is not None and e.x() > 0:
            return e
    return None


def r242_part_coin(nchains, nswarms):
    for _ in range(nchains):
        e = r242_coin_eq()
        pid = r242_emit_eq("qc", e, None, ())
        for _s in range(r242_rng.randint(4, 8)):
            ne = r242_eqstep(e)
            if ne is None:
                break
            ne.style = e.style
            pid2 = r242_emit_eq("qc", ne, e, (pid,))
            e, pid = ne, pid2
    for _ in range(nswarms):
        base = r242_coin_eq()
        vs = [base]
        for _i in range(r242_rng.randint(20, 30)):
            w = r242_eqstep(base)
            if w is not None and w.text() not in [u.text() for u in vs]:
                w.style = base.style
                vs.append(w)
        r242_rng.shuffle(vs)
        seen = []
        for w in vs:
            if seen:
                near = min(range(len(seen)), key=lambda i: (sum(1 for k in w.p if seen[i][0].p[k] != w.p[k]), -i))
                pid = r242_emit_eq("qs", w, seen[near][0], tuple(s_[1] for s_ in seen))
            else:
                pid = r242_emit_eq("qs", w, None, ())
            seen.append((w, pid))


r242_part_chain(45)
r242_part_backforth(40)
r242_part_before(60)
r242_part_afterpatch(60)
r242_part_swarm(10)
r242_part_twobases(60)
r242_part_eqchain(40)
r242_part_eqbackforth(25)
r242_part_units(24)
r242_part_suffix(8)
r242_part_coin(28, 6)

# ------------------------------------------------------------------ confirmed (filled in after the runs)
r242_found_alone_list = set()
r242_arguable_list = set()
r242_found_alone |= r242_found_alone_list
r242_arguable |= r242_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: nothing was found, so every 10th safe variant and every 30th of
# the rest, each with every request it needs before it (its chain back to the first base).
from probe_kit import trim_round as r242_trim_round  # noqa: E402

r242_trim_round("d242-", r242_found_alone, r242_arguable, lambda i: r242_base_of.get(i, ()), chains=True)
