r"""Red-team round 243 (black box): THE NEWEST LABEL AND CORRECTION RULES.
Focus: (1) labels written apart or joined ("Check-in"/"Check in"/"Checkin", "Log-out", "Sign up date", "Pick up",
  "Drop-off point") beside a sibling sharing a word, and false joins ("Note book", "Sun day", "Over time", "Pass word",
  "Break fast", "Hand out", "Sign in" vs signin_count, "Work shop", "Pay day", "Week end", "Head count", "Lay over");
  (2) a correction of a value, truth values and counts, in 24 forms on the same line or a later one ("Paid: no /
  updated: yes", "Quantity: 15 | new: 25", "Correction: paid = yes", "Paid (corrected): yes", "-> yes", "[edit: yes]",
  "... later:", "as of today:", "Amended paid:", "UPDATED PAID:", a tab), the correction line in place or after the
  last field; (3) a last abbreviation's period ("Fjord Ltd.", "Berg M.D.", "4 Main St.") followed by words that change
  the value ("Renamed X.", "Now X.", "Moved to X.", "Correction: X", "New: X") or do not ("Since 2024.", "Verified."),
  and the period dropped; (4) a yes/no under a label the member's name does not read (16 antonym labels: "Outstanding",
  "Unpaid", "Void", "Expired", "Cancelled", "Sold out", "Uninsured", "Non-refundable", "Out of stock"...; 5 synonyms:
  "Settled", "In force", "Live"...), flipped, relabelled from the member's own label, or added as "Update — x: yes".
  Stored bases, then variants that change only what those rules read; the model's first answer is the base's.
  2,776 probes (seeded random.Random(243)): 1,299 bases, 1,139 pair variants, 156 singles, 182 safe.
  Run alone: only the d243- probes of workload.jsonl/expect.jsonl (probes.py still holds its inline probes).
HELD (0 wrong from the cache in either run): nothing of the round was served wrong by reuse or kept from a stored
  answer on the patch path. What was stored (base reused in run 2): correction bases 182 of 432, abbreviation bases 155 of 174, false-
  join bases 53 of 168, sibling bases only for signup/signoff and start/end (24 of 336); check-in/out, log-in/out and
  pick-up/drop-off bases, with the keys listed in the instruction, were not stored, and antonym-label bases (189) were
  never stored. Variants: every correction form (0 of 432 correction variants reused: skipped as every member failed, "failing_fraction
  1.0", or against another base's instruction), abbreviation tails (0 of 150 reused), false joins (0 of 120), antonym flips/relabels/updates (0 of 189);
  sibling swaps written apart/joined: 11 reused, all rewritten right; period dropped ("Fjord Ltd." -> "Fjord Ltd"):
  23 reused, all rewritten to the text's new spelling. Safe on reuse 0/182 (run 1), 3/182 (run 2): a false-joined
  label of another meaning added, labels rewritten apart/joined, an intro line, a sentence after "Ltd." all cost a
  regeneration.
WHAT GOT THROUGH: nothing from the cache (r243_found_alone and r243_arguable are empty; the alone rerun has no ids).
  Counts from the cache: run 1 0, run 2 0 (paths run 1 skip 2712 / patch 51 / reuse 13; run 2 skip 2315 / reuse 451 /
  patch 10). Wrong served FRESH (the model's stale first answer accepted): 141 in run 1, 138 in run 2 — ant-add 60
  ("Paid: no ... Update — outstanding: no" -> paid false), corr 36 + singles 5 ("Paid: yes / Paid as of today: no" ->
  true; "Paid: yes ... later: no" -> true; "Paid: no. Update: yes" -> false), sib-3 16 ("Checkin: 2026-09-12 /
  Checkout: ... / Updated check-in: 2026-01-05" -> 2026-09-12), false joins 21 ("Notebook: XPS 13 / New note book:
  MacBook Air" -> XPS 13; "Over time: 6 / updated: 7" -> 6; "Sunday: no / New sun day: yes" -> false).
Adds its probes to probe_kit.P."""
import re
import random as r243_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r243_random.Random(243)
r243_found_alone = set()
r243_arguable = set()
r243_prompts = {}
r243_n = [0]
r243_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r243_meta = {}


def r243_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r243_prompts:
        return r243_prompts[prompt]
    r243_n[0] += 1
    pid = "d243-%s-%d" % (tag, r243_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r243_prompts[prompt] = pid
    r243_counts[kind] += 1
    r243_meta[pid] = {"base": base}
    return pid


FIRST = ["Mira", "Tomas", "Priya", "Jonas", "Lena", "Omar", "Sofia", "Kai", "Ines", "Petra", "Ravi", "Elin", "Noor",
         "Anders", "Yuki", "Marta", "Felix", "Zara", "Henrik", "Aisha", "Luca", "Greta", "Oskar", "Leila"]
LAST = ["Holt", "Ek", "Nair", "Berg", "Vik", "Haddad", "Lund", "Moen", "Duarte", "Novak", "Menon", "Dahl", "Aalto",
        "Brandt", "Costa", "Dias", "Falk", "Gallo", "Hoff", "Iversen", "Jansen", "Kowal", "Lopes", "Meyer"]
INSTR = ["Extract the fields as JSON.", "Return the fields below as a JSON object.",
         "Please extract the record as JSON, no commentary.", "Read the text and give the JSON for the schema."]
INTRO = "Please process the following record carefully."


_USED = set()


def name():
    while True:
        n = "%s %s" % (R.choice(FIRST), R.choice(LAST))
        if n not in _USED or len(_USED) > 500:
            _USED.add(n)
            return n


def date(d=None):
    return "2026-%02d-%02d" % (R.randint(1, 12), d or R.randint(1, 26))


def tm(h=None):
    return "%02d:%02d" % (h if h is not None else R.randint(6, 21), R.choice([0, 15, 30, 45]))


CITIES = ["Molde", "Hamar", "Skien", "Larvik", "Harstad", "Narvik", "Gjøvik", "Halden", "Kongsberg", "Arendal"]
_PAD = {}


def pad(nm):
    if nm not in _PAD:
        f, l = nm.split(" ", 1)
        _PAD[nm] = ["Phone: +47 %d%d %02d %02d %02d" % (R.randint(4, 9), R.randint(0, 9), R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)),
                    "Email: %s.%s%d@fjordmail.no" % (f.lower(), l.lower(), R.randint(1, 99)),
                    "City: " + R.choice(CITIES), "Member no.: M%05d" % R.randint(10000, 99999)]
    sel = "3"
    return [_PAD[nm][int(i)] for i in sel]


def prompt(instr, head, lines):
    out = []
    for ln in lines:
        out.append(ln)
        m = re.match(r"^(Name|Customer): (.*)$", ln)
        if m:
            out.extend(pad(m.group(2)))
    return "%s\n\n%s:\n%s\n" % (instr, head, "\n".join(out))


# ------------------------------------------------------------------ part 1: sibling labels sharing a word, written apart / joined
# (member key, sibling key, label forms of the member, label forms of the sibling, kind)
SIB = [
    ("checkin_date", "checkout_date", ["Check-in", "Check in", "Checkin", "Check-in date", "Check in date"],
     ["Check-out", "Check out", "Checkout", "Check-out date", "Check out date"], "date"),
    ("login_time", "logout_time", ["Log-in", "Log in", "Login", "Log-in time", "Log in time"],
     ["Log-out", "Log out", "Logout", "Log-out time", "Log out time"], "time"),
    ("signup_date", "signoff_date", ["Sign-up date", "Sign up date", "Signup date", "Sign-up", "Sign up"],
     ["Sign-off date", "Sign off date", "Signoff date", "Sign-off", "Sign off"], "date"),
    ("pickup_time", "dropoff_time", ["Pick-up", "Pick up", "Pickup", "Pick-up time", "Pick up time"],
     ["Drop-off", "Drop off", "Dropoff", "Drop-off time", "Drop off time"], "time"),
    ("pickup_location", "dropoff_location", ["Pick-up", "Pick up", "Pickup", "Pick-up point", "Pick up location"],
     ["Drop-off", "Drop off", "Dropoff", "Drop-off point", "Drop off location"], "place"),
    ("start_time", "end_time", ["Start", "Start time", "Starts"], ["End", "End time", "Ends"], "time"),
]
PLACES = ["Oslo S", "Bergen Airport", "Gardermoen", "Trondheim Torg", "Stavanger Port", "Tromsø Quay", "Bodø Central",
          "Ålesund Mall", "Drammen Bus Terminal", "Hamar Square"]


def sibval(kind, excl=()):
    while True:
        v = date() if kind == "date" else (tm() if kind == "time" else R.choice(PLACES))
        if v not in excl:
            return v


def part1():
    for mk, sk, mlabs, slabs, kind in SIB:
        for key_asked in (mk, sk):
            schema = S({"name": "string", mk: "string", sk: "string"})
            for i in range(len(mlabs)):
                for form in range(6):
                    nm = name()
                    a = sibval(kind)
                    b = sibval(kind, (a,))
                    ml, sl = mlabs[i], slabs[min(i, len(slabs) - 1)]
                    head = R.choice(["Booking", "Account", "Transfer", "Record"])
                    lines = ["Name: " + nm, "%s: %s" % (ml, a), "%s: %s" % (sl, b)]
                    instr = R.choice(["Extract name, %s and %s as JSON.", "Return name, %s and %s as a JSON object.",
                                      "Give the %s and %s of the record, with the name, as JSON."])
                    instr = instr % ((mk, sk) if R.random() < 0.5 else (sk, mk))
                    right0 = {"name": nm, mk: a, sk: b}
                    bid = r243_add("b", "sib", prompt(instr, head, lines), schema, right0, [right0], "base")
                    ml2, sl2 = R.choice(mlabs), R.choice(slabs)
                    if form == 0:  # values swapped, labels rewritten apart/joined
                        vl = ["Name: " + nm, "%s: %s" % (ml2, b), "%s: %s" % (sl2, a)]
                        right = {"name": nm, mk: b, sk: a}
                    elif form == 1:  # lines swapped in order, labels rewritten, values swapped
                        vl = ["Name: " + nm, "%s: %s" % (sl2, a), "%s: %s" % (ml2, b)]
                        right = {"name": nm, mk: b, sk: a}
                    elif form == 2:  # sibling line only rewritten (member's line relabelled to sibling)
                        vl = ["Name: " + nm, "%s: %s" % (sl2, a), "%s: %s" % (R.choice(mlabs), b)]
                        right = {"name": nm, mk: b, sk: a}
                    elif form == 3:  # a later line corrects the member, under an apart/joined label
                        c = sibval(kind, (a, b))
                        vl = lines + ["Updated %s: %s" % (ml2.lower(), c)]
                        right = {"name": nm, mk: c, sk: b}
                    elif form == 4:  # safe: labels only written apart/joined
                        vl = ["Name: " + nm, "%s: %s" % (ml2, a), "%s: %s" % (sl2, b)]
                        if ml2 == ml and sl2 == sl:
                            continue
                        r243_add("s", "sib-safe", prompt(instr, head, vl), schema, right0, [right0], "safe",
                                 safe=True, base=bid)
                        continue
                    else:  # safe: intro sentence + other whitespace
                        vl = [INTRO] + lines
                        r243_add("s", "sib-safe", prompt(instr, head, vl), schema, right0, [right0], "safe",
                                 safe=True, base=bid)
                        continue
                    r243_add("p", "sib-%d" % form, prompt(instr, head, vl), schema, right, [right0, right], "pair",
                             base=bid)


# ------------------------------------------------------------------ part 2: false joins
# (member key, description or None, base label, value gen, false label (means else), other value gen)
def num(a, b):
    return lambda: R.randint(a, b)


FJ = [
    ("notebook", "the laptop model", "Notebook", lambda: R.choice(["ThinkPad T14", "MacBook Air", "XPS 13", "Zenbook 14"]),
     "Note book", lambda: R.choice(["A5 ruled", "Moleskine A4", "spiral, 80 pages"])),
    ("sunday", "open on Sundays (true/false)", "Sunday", lambda: R.choice([True, False]),
     "Sun day", lambda: R.choice([True, False])),
    ("overtime", "overtime hours", "Overtime", num(2, 30), "Over time", num(2, 30)),
    ("password", None, "Password", lambda: R.choice(["Kx7!pq2", "blue-Otter-44", "Zr9#mm1"]),
     "Pass word", lambda: R.choice(["swordfish", "open sesame", "tango"])),
    ("breakfast", "breakfast included (true/false)", "Breakfast", lambda: R.choice([True, False]),
     "Break fast", lambda: R.choice([True, False])),
    ("handout", "handout provided (true/false)", "Handout", lambda: R.choice([True, False]),
     "Hand out", lambda: R.choice([True, False])),
    ("signin_count", None, "Sign-in count", num(3, 90), "Sign in", num(3, 90)),
    ("workshop", None, "Workshop", lambda: R.choice(["Welding 101", "Intro to CAD", "Pottery"]),
     "Work shop", lambda: R.choice(["Brandt Tools", "Dahl Hardware", "Vik Supply"])),
    ("payday", None, "Payday", lambda: date(), "Pay day", lambda: date()),
    ("weekend", "works weekends (true/false)", "Weekend", lambda: R.choice([True, False]),
     "Week end", lambda: R.choice([True, False])),
    ("headcount", None, "Headcount", num(5, 60), "Head count", num(5, 60)),
    ("layover", "layover minutes", "Layover", num(30, 240), "Lay over", num(30, 240)),
]


def tv(v):
    return ("yes" if v else "no") if isinstance(v, bool) else str(v)


def ty(v):
    return "boolean" if isinstance(v, bool) else ("integer" if isinstance(v, int) else "string")


def part2():
    for key, desc, lab, gen, flab, fgen in FJ:
        for rep in range(14):
            nm = name()
            v = gen()
            schema = S({"name": "string", key: ty(v)}, {key: desc} if desc else None)
            instr = R.choice(INSTR)
            head = R.choice(["Employee", "Guest", "Record", "Staff card"])
            lines = ["Name: " + nm, "%s: %s" % (lab, tv(v))]
            right0 = {"name": nm, key: v}
            bid = r243_add("b", "fj", prompt(instr, head, lines), schema, right0, [right0], "base")
            form = rep % 7
            w = fgen()
            while w == v:
                w = fgen()
            if form == 0:  # false-joined label of another meaning added, member's line kept
                vl = lines + ["%s: %s" % (flab, tv(w))]
                right = right0
                r243_add("s", "fj-safe-add", prompt(instr, head, vl), schema, right, [right0], "safe", safe=True,
                         base=bid)
                continue
            if form == 1:  # member's line moves under the false-joined label... value of another thing there
                # the member's own value is now written apart from the label in prose; label line means else
                v2 = gen()
                while v2 == v:
                    v2 = gen()
                vl = ["Name: " + nm, "%s: %s" % (flab, tv(v)), "%s: %s" % (lab, tv(v2))]
                right = {"name": nm, key: v2}
            elif form == 2:  # same, order swapped
                v2 = gen()
                while v2 == v:
                    v2 = gen()
                vl = ["Name: " + nm, "%s: %s" % (lab, tv(v2)), "%s: %s" % (flab, tv(v))]
                right = {"name": nm, key: v2}
            elif form == 3:  # joined written as two words, value unchanged (safe?)
                vl = ["Name: " + nm, "%s: %s" % (flab, tv(v))]
                r243_add("s", "fj-apart", prompt(instr, head, vl), schema, right0, [right0], "safe", safe=True,
                         base=bid)
                continue
            elif form == 4:  # correction below in the apart form
                v2 = gen()
                while v2 == v:
                    v2 = gen()
                vl = lines + ["Corrected %s: %s" % (flab.lower(), tv(v2))]
                right = {"name": nm, key: v2}
            elif form == 5:  # the member's label split across a hyphen with another word
                v2 = gen()
                while v2 == v:
                    v2 = gen()
                vl = ["Name: " + nm, "%s: %s" % (lab, tv(v)), "New %s: %s" % (flab.lower(), tv(v2))]
                right = {"name": nm, key: v2}
            else:
                v2 = gen()
                while v2 == v:
                    v2 = gen()
                vl = ["Name: " + nm, "%s: %s / updated: %s" % (flab, tv(v), tv(v2))]
                right = {"name": nm, key: v2}
            r243_add("p", "fj-%d" % form, prompt(instr, head, vl), schema, right, [right0, right], "pair", base=bid)


# ------------------------------------------------------------------ part 3: corrections of a value
CORR_B = [  # boolean: (template over old, new)
    "{L}: {o} / updated: {n}", "{L}: {o} | new: {n}", "{L}: {o}\nCorrection: {k} = {n}", "{L}: {o}\n{L} (corrected): {n}",
    "{L}: {o} (corrected: {n})", "{L}: {o} -> {n}", "{L}: {o}, now {n}", "{L}: {o}\nUpdate: {l} {n}",
    "{L}: {o}\n{L} as of today: {n}", "{L}: {o}; revised: {n}", "{L}: {o} — changed to {n}", "{L}: {o} [edit: {n}]",
    "{L}: {o}\nEdit: {n}", "{L}: {o}\n(update: {n})", "{L}: {o} ... later: {n}", "{L}: {o}\nAmended {l}: {n}",
    "{L}: {o}\n{L}: {n} (updated)", "{L}: {o}. Update: {n}", "{L}: {o}  new: {n}", "{L}: {o}\t{n} (new)",
    "{L} (corrected): {n}", "{L}: {o}\nUPDATED {LU}: {n}", "{L}: {o}\nRevised: {n}", "{L}: {o} / {n} per update",
]
ROWS_B = [("paid", "Paid"), ("insured", "Insured"), ("refundable", "Refundable"), ("confirmed", "Confirmed"),
          ("shipped", "Shipped")]
ROWS_N = [("quantity", "Quantity"), ("nights", "Nights"), ("guests", "Guests"), ("seats", "Seats")]


def part3():
    for key, L in ROWS_B + ROWS_N:
        isb = key in dict(ROWS_B)
        for t in CORR_B:
            for rep in range(2):
                nm = name()
                if isb:
                    o = R.choice([True, False])
                    n = not o
                else:
                    o = R.randint(2, 40)
                    n = o + R.randint(3, 20)
                schema = S({"customer": "string", key: "boolean" if isb else "integer", "order_no": "string"})
                ono = "ORD-%05d" % R.randint(10000, 99999)
                instr = R.choice(INSTR)
                head = R.choice(["Order", "Invoice", "Booking"])
                lines = ["Customer: " + nm, "%s: %s" % (L, tv(o)), "Order no.: " + ono]
                right0 = {"customer": nm, key: o, "order_no": ono}
                bid = r243_add("b", "corr", prompt(instr, head, lines), schema, right0, [right0], "base")
                rl = t.format(L=L, o=tv(o), n=tv(n), k=key, l=L.lower(), LU=L.upper())
                vl = ["Customer: " + nm] + rl.split("\n") + ["Order no.: " + ono]
                if rep == 1:  # correction line at the end of the record instead
                    parts = rl.split("\n")
                    vl = ["Customer: " + nm, parts[0], "Order no.: " + ono] + parts[1:]
                right = dict(right0, **{key: n})
                r243_add("p", "corr", prompt(instr, head, vl), schema, right, [right0, right], "pair", base=bid)
        # singles: model gives the old value first
        for t in CORR_B[:12]:
            nm = name()
            o = R.choice([True, False]) if isb else R.randint(2, 40)
            n = (not o) if isb else o + 5
            schema = S({"customer": "string", key: "boolean" if isb else "integer"})
            rl = t.format(L=L, o=tv(o), n=tv(n), k=key, l=L.lower(), LU=L.upper())
            pr = prompt(R.choice(INSTR), "Invoice", ["Customer: " + nm] + rl.split("\n"))
            wrong = {"customer": nm, key: o}
            right = {"customer": nm, key: n}
            r243_add("g", "corr-single", pr, schema, right, [wrong, wrong, right], "single")


# ------------------------------------------------------------------ part 4: abbreviation periods
ABBR = [("company", "Company", lambda: "%s %s" % (R.choice(["Fjord", "Nordvik", "Borealis", "Acme", "Polar"]),
                                                  R.choice(["Ltd.", "Inc.", "Co.", "Corp.", "Bros."]))),
        ("doctor", "Doctor", lambda: "%s %s" % (R.choice(LAST), R.choice(["M.D.", "Ph.D.", "Jr.", "Sr."]))),
        ("address", "Address", lambda: "%d %s %s" % (R.randint(2, 99), R.choice(["Main", "Elm", "Oak", "Lake"]),
                                                     R.choice(["St.", "Rd.", "Ave.", "Blvd."])))]
TAILS = [  # (suffix template, right answer from new value or None for unchanged)
    (" Renamed {n}.", "new"), (" Now {n}.", "new"), (" Moved to {n}.", "new"), (" Replaced by {n}.", "new"),
    (" Correction: {n}", "new"), (" New: {n}", "new"), (" Formerly {n}.", "old"), (" Since 2024.", "old"),
    (" Verified.", "old"), (" See file.", "old"),
]


def part4():
    for key, L, gen in ABBR:
        for tail, which in TAILS:
            for rep in range(5):
                nm = name()
                o = gen()
                n = gen()
                while n == o:
                    n = gen()
                schema = S({"name": "string", key: "string"})
                instr = R.choice(INSTR)
                lines = ["Name: " + nm, "%s: %s" % (L, o), "Ref: R-%d" % R.randint(1000, 9999)]
                right0 = {"name": nm, key: o}
                bid = r243_add("b", "abbr", prompt(instr, "Record", lines), schema, right0, [right0], "base")
                vl = list(lines)
                vl[1] = "%s: %s%s" % (L, o, tail.format(n=n))
                right = dict(right0, **{key: n}) if which == "new" else right0
                if which == "new":
                    r243_add("p", "abbr-new", prompt(instr, "Record", vl), schema, right, [right0, right], "pair",
                             base=bid)
                else:
                    r243_add("p", "abbr-old", prompt(instr, "Record", vl), schema, right, [right0], "pair", base=bid)
        # period dropped / added: right answer follows the text's spelling
        for rep in range(8):
            nm = name()
            o = gen()
            schema = S({"name": "string", key: "string"})
            instr = R.choice(INSTR)
            lines = ["Name: " + nm, "%s: %s" % (L, o)]
            right0 = {"name": nm, key: o}
            bid = r243_add("b", "abbr", prompt(instr, "Record", lines), schema, right0, [right0], "base")
            o2 = o[:-1]
            vl = ["Name: " + nm, "%s: %s" % (L, o2)]
            right = dict(right0, **{key: o2})
            r243_add("p", "abbr-drop", prompt(instr, "Record", vl), schema, right, [right0, right], "pair", base=bid)
            # a sentence after: value keeps its period
            vl = ["Name: " + nm, "%s: %s The client called twice." % (L, o)]
            r243_add("s", "abbr-sent", prompt(instr, "Record", vl), schema, right0, [right0], "safe", safe=True,
                     base=bid)


# ------------------------------------------------------------------ part 5: yes/no under a label the member's name does not read
ANT = [("paid", "Outstanding"), ("paid", "Unpaid"), ("paid", "Overdue"), ("valid", "Void"), ("valid", "Expired"),
       ("active", "Cancelled"), ("active", "Suspended"), ("available", "Sold out"), ("insured", "Uninsured"),
       ("present", "Absent"), ("open", "Closed"), ("included", "Excluded"), ("approved", "Rejected"),
       ("refundable", "Non-refundable"), ("smoker", "Non-smoker"), ("in_stock", "Out of stock")]
SYN = [("paid", "Settled"), ("valid", "In force"), ("active", "Live"), ("present", "Attended"), ("open", "Open now")]


def part5():
    for key, lab in ANT + SYN:
        anti = (key, lab) in ANT
        for rep in range(12):
            nm = name()
            b = R.choice([True, False])
            mv = (not b) if anti else b
            schema = S({"name": "string", key: "boolean"})
            instr = R.choice(INSTR)
            head = R.choice(["Record", "Invoice", "Ticket", "Member"])
            ref = "Ref: K-%d" % R.randint(1000, 9999)
            form = rep % 4
            if form == 0:  # base under the other label, variant flips it
                lines = ["Name: " + nm, "%s: %s" % (lab, tv(b)), ref]
                right0 = {"name": nm, key: mv}
                bid = r243_add("b", "ant", prompt(instr, head, lines), schema, right0, [right0], "base")
                vl = ["Name: " + nm, "%s: %s" % (lab, tv(not b)), ref]
                right = {"name": nm, key: not mv}
                r243_add("p", "ant-flip", prompt(instr, head, vl), schema, right, [right0, right], "pair", base=bid)
            elif form == 1:  # base under the member's own label; variant adds the other label contradicting
                lines = ["Name: " + nm, "%s: %s" % (key.replace("_", " ").capitalize(), tv(b)), ref]
                right0 = {"name": nm, key: b}
                bid = r243_add("b", "ant", prompt(instr, head, lines), schema, right0, [right0], "base")
                nb = not b
                ov = (not nb) if anti else nb
                vl = ["Name: " + nm, "%s: %s" % (lab, tv(ov)), ref]
                right = {"name": nm, key: nb}
                r243_add("p", "ant-relabel", prompt(instr, head, vl), schema, right, [right0, right], "pair", base=bid)
            elif form == 2:  # own label kept, other label added below as an update
                lines = ["Name: " + nm, "%s: %s" % (key.replace("_", " ").capitalize(), tv(b)), ref]
                right0 = {"name": nm, key: b}
                bid = r243_add("b", "ant", prompt(instr, head, lines), schema, right0, [right0], "base")
                nb = not b
                ov = (not nb) if anti else nb
                vl = lines + ["Update — %s: %s" % (lab.lower(), tv(ov))]
                right = {"name": nm, key: nb}
                r243_add("p", "ant-add", prompt(instr, head, vl), schema, right, [right0, right], "pair", base=bid)
            else:  # singles: model reads the other label literally
                pr = prompt(instr, head, ["Name: " + nm, "%s: %s" % (lab, tv(b)), ref])
                wrong = {"name": nm, key: b}
                right = {"name": nm, key: mv}
                if anti:
                    r243_add("g", "ant-single", pr, schema, right, [wrong, wrong, right], "single")


part1()
part2()
part3()
part4()
part5()

r243_found_alone_list = set()
r243_arguable_list = set()
r243_found_alone |= r243_found_alone_list
r243_arguable |= r243_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: nothing was found, so every 10th safe variant and every 30th of
# the rest, each with the base of its pair.
from probe_kit import trim_round as r243_trim_round  # noqa: E402

r243_trim_round("d243-", r243_found_alone, r243_arguable,
                lambda i: [r243_meta[i]["base"]] if r243_meta.get(i, {}).get("base") else [])
