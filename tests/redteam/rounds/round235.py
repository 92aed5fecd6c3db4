r"""Red-team round 235 (black box): NUMBERS WITH MANY DIGITS, BOTH TASKS.
Focus: integer and number members of 16-25 significant digits, past 2^53 / 2^63 / 2^64, written with thousands
  separators (",", ".", " ", U+202F), a plus sign, leading zeros, exponents ("1.8446744073709551617e19"), trailing zeros
  ("...000.000000", "42.000000000000000"), "-0", subnormals and beyond a double ("4e-324", "1e-400", "1e400",
  "1.8e308"); records holding two long numbers that share a double; stored requests then variants changing one far
  digit; the model writing the same value in another form; equations with 16-25 digit constants. Scored exactly.
  2,838 probes (seeded random.Random(235)): 1,586 pair probes, 892 singles (--runs 2), 360 safe.
Part 1 (d235-bi/pi/pp/si-): 30 (base, neighbour) integers x 5 labelled templates x 2 written forms: base; variant
  with the neighbour (model first gives the stored value); patch variant (another name too); safe (another form).
Part 2 (d235-s2/b2/p2-): two records / two lines ("Give X's holder name and account." over two "Holder/Account"
  records, "Record 1 / Record 2", "Account: v / Reference: w"), first answer the other line's number.
Part 3 (d235-s3/s3f-): singles, first answer the double's neighbour; or the right value as "N.0" / exponent.
Part 4 (d235-bn/pn/pq/sn/sf-): number members: 25 (base, variant) decimals ("0.1" / "0.1000000000000000055511151231257827",
  "42" / "42.0000000000000001", "1e400" / "1e401", "4e-324" / "5e-324", "-0" / "0", 22-digit decimals ...) x 3 templates;
  singles whose first answer is the double's shortest form; the right value written as an exponent.
Part 5 (d235-be/pe/se/s5/s5m/s6-): equations "v + b = c", "v - b = c", "a v = c", "a v + b = c" with 16-25 digit
  constants; variants changing a far digit (model first keeps the old value); singles with double arithmetic in the
  last or middle line; decimal equations ("x + 0.1 = 0.3" answered 0.19999999999999998).
Part 6 (d235-b6/p6/q6/b6n/p6n/q6n-): values a double holds with few significant digits (100000000000000000000,
  0.1, 42, 3.5, 1, 2.5, -0, 0) stored, then their double-sharing neighbours (100000000000000000001, 0.10000000000000001,
  42.00000000000001, 2.4999999999999999999, ...), plain / comma / space forms, and on the patch path.
HELD (full run, fresh SQLite store, two passes: 0 wrong from the cache in run 1 and in run 2):
  - no extraction answer holding an integer of 16+ digits (nor 100000000000000000000) was stored: run 2 served all
    1,485 long-integer requests (and the 79 of part 6) fresh ("no cached candidate"); the stale neighbour as first answer was refused in every
    pair variant (0 of 599 accepted) and every double-neighbour single (0 of 150); right "N.0"/exponent forms served
    as the model wrote them.
  - numbers: stored 0.1 / 42 / 3.5 / 0.3 / 1 / 2.5 / 1e21 against variants sharing their double: the reading was
    regenerated on the patch path every time (0 wrong: 124 patch in run 1, 54 in run 2; 29 reuse right); "1e400", "1e401", "1.8e308",
    "4e-324", "1e-400", "2.2250738585072011e-308" refused or regenerated, never a rounded value served.
  - equations: constants up to int64 solved exactly; 78 pair probes reused (far-digit variants by the licensed rewrite), all right;
    0 of 152 double-arithmetic singles and 0 of 24 decimal-rounding singles accepted; constants past int64 refused
    ("number too large"); nothing wrong served.
  - costs: numbers grouped with spaces ("100 000 000 000 000 000 001") refused; 966 right answers rejected (mostly
    equations past int64).
WHAT GOT THROUGH: nothing wrong from the cache. Alone (the 168 fresh-wrong ids, the 4 arguable ids and
  their bases, 197 probes, fresh store, two passes): 0 from the cache in run 1 and run 2; 168 wrong served fresh in
  each run, as in the full run (168 / 168).
 (A) ARGUABLE (r235_arguable, from the cache, equal by value so check.py counts them right): a stored "-0" served as
     -0.0 where the text now says 0: "Return the sensor and its reading as JSON.\n\nSensor: KX-2\nTime: 04:10\nReading:
     0\n" -> {"sensor":"KX-2","reading":-0.0} (path reuse, run 1 and run 2); same with Sensor: TX-17 (d235-q6n-2819).
 (B) CLEAR but FRESH (never stored): the other record's / line's number is accepted when it shares a double with the
     right one (0 accepted when it does not): "Give the holder and account.\n\nHolder: Mira Holt\nAccount:
     9007199254740993\nReference: 9007199254740992\n" -> {"holder":"Mira Holt","account":9007199254740992};
     "Give Sara Lind's holder name and account.\n\nHolder: Ines Vidal\nAccount: 9007199254740992\n\nHolder: Sara
     Lind\nAccount: 9007199254740993\n" -> ...9007199254740992; "Return holder and account for the second record. ...
     Record 2\nHolder: Leo Marsh\nAccount: 9,223,372,036,854,775,809\n" (Record 1: ...808) -> 9223372036854775808;
     Ravi Patel's 2699238540877103068608348 -> 2699238540877103068608398. 168 of the 207 such probes (39 refused; 38 "Reference",
     35 "Record 1/2", 95 records picked by name); 0 of the 63 whose numbers do not share a double.
 (C) ARGUABLE, FRESH form changes: a plain integer the model wrote served in another form: account
     100000000000000000000 -> 100000000000000000000.0, 1000000000000000000000000 -> 1e24 (integer members);
     reading 602214076000000000000000 -> 6.02214076e23, "-0" -> -0.0 (27 items in run 2).
Adds its probes to probe_kit.P."""
import random as r235_random
from decimal import Decimal as r235_D

from probe_kit import P, S, J, E, open_probe  # noqa: F401

# An expected Decimal is written as its digits (probes.py).
r235_rng = r235_random.Random(235)
r235_found_alone = set()
r235_arguable = set()
r235_prompts = {}
r235_n = [0]
r235_counts = {"pair": 0, "single": 0, "safe": 0}
r235_meta = {}


def r235_addj(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r235_prompts:
        return r235_prompts[prompt]
    r235_n[0] += 1
    pid = "d235-%s-%d" % (tag, r235_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r235_prompts[prompt] = pid
    r235_counts[kind] += 1
    r235_meta[pid] = {"base": base}
    return pid


def r235_adde(tag, fam, prompt, var, val, answers, kind, safe=False, base=None):
    if prompt in r235_prompts:
        return r235_prompts[prompt]
    r235_n[0] += 1
    pid = "d235-%s-%d" % (tag, r235_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r235_prompts[prompt] = pid
    r235_counts[kind] += 1
    r235_meta[pid] = {"base": base}
    return pid


# ------------------------------------------------------------------ values
def r235_dbl_int(n):
    """The integer a double holds for n."""
    return int(float(n))


# (base, variant) integers: neighbours that share a double, sit at 2^63 / 2^64, or differ in one far digit.
R235_INTS = [
    (9007199254740993, 9007199254740992), (9007199254740992, 9007199254740993), (9007199254740995, 9007199254740996),
    (18014398509481985, 18014398509481986), (9223372036854775807, 9223372036854775808),
    (9223372036854775808, 9223372036854775809), (9223372036854775806, 9223372036854775807),
    (18446744073709551615, 18446744073709551616), (18446744073709551616, 18446744073709551617),
    (18446744073709551617, 18446744073709551615), (-9223372036854775808, -9223372036854775809),
    (-9007199254740993, -9007199254740992),
    (1234567890123456789, 1234567890123456788), (98765432109876543210, 98765432109876543211),
    (4111111111111111111111, 4111111111111111111112), (1000000000000000000000001, 1000000000000000000000002),
    (5555555555555555555555555, 5555555555555555555555556), (31415926535897932384, 31415926535897932385),
    (7000000000000000001, 7000000000000000002), (12345678901234567890123, 12345678911234567890123),
]
for _ in range(10):
    k = r235_rng.choice([16, 17, 18, 19, 20, 22, 24, 25])
    b = r235_rng.randrange(10 ** (k - 1), 10 ** k)
    pos = r235_rng.randrange(k - 8, k) if r235_rng.random() < 0.8 else r235_rng.randrange(0, 3)
    s = list(str(b))
    s[pos] = str((int(s[pos]) + r235_rng.randrange(1, 9)) % 10) if pos else str(int(s[0]) % 9 + 1)
    R235_INTS.append((b, int("".join(s))))


def r235_group(n, sep, size=3):
    s = str(abs(n))
    out = []
    while s:
        out.insert(0, s[-size:])
        s = s[:-size]
    return ("-" if n < 0 else "") + sep.join(out)


def r235_expo(n):
    s = str(abs(n))
    return ("-" if n < 0 else "") + s[0] + "." + s[1:].rstrip("0") + "e" + str(len(s) - 1) if s.rstrip("0")[1:] else \
        ("-" if n < 0 else "") + s[0] + "e" + str(len(s) - 1)


def r235_write(n, form):
    """n written in the request in a form a person would use."""
    if form == "plain":
        return str(n)
    if form == "comma":
        return r235_group(n, ",")
    if form == "space":
        return r235_group(n, " ")
    if form == "nbsp":
        return r235_group(n, "\u202f")
    if form == "dot":
        return r235_group(n, ".")
    if form == "plus":
        return ("+" + str(n)) if n >= 0 else str(n)
    if form == "zeros":
        return ("-" if n < 0 else "") + "000" + str(abs(n))
    if form == "expo":
        return r235_expo(n)
    if form == "trail":
        return str(n) + ".000000"
    raise ValueError(form)


R235_FORMS = ["plain", "comma", "space", "nbsp", "plus", "zeros", "expo", "trail", "dot"]
R235_NAMES = ["Mira Holt", "Tomas Ek", "Priya Nair", "Jonas Berg", "Ada Quist", "Leo Marsh", "Ines Vidal",
              "Kofi Mensah", "Sara Lind", "Omar Haddad", "Nora Falk", "Ravi Patel"]

# integer-field templates: (schema, label key, prompt template, int member, name member)
r235_acct = S({"holder": "string", "account": "integer"})
r235_ser = S({"device": "string", "serial": "integer"})
r235_tok = S({"user": "string", "balance": "integer"})
R235_ITPL = [
    (r235_acct, "holder", "account",
     "Extract the account holder and account number as JSON.\n\nRecord:\nHolder: {name}\nAccount: {v}\nBranch: Ghent\n"),
    (r235_acct, "holder", "account",
     "Return holder and account.\n\nHolder: {name}\nOpened: 2021-03-04\nAccount: {v}\n"),
    (r235_ser, "device", "serial",
     "From the inventory line, give the device and its serial as JSON.\n\nDevice: {name}\nSerial: {v}\nShelf: B4\n"),
    (r235_tok, "user", "balance",
     "Read the wallet export and return the user and the balance.\n\nuser: {name}\nbalance: {v}\nnetwork: main\n"),
    (r235_tok, "user", "balance",
     "Pull the user and balance out of this ticket.\n\nUser: {name}\nBalance: {v}\nIssue: app shows a different figure\n"),
]


def r235_ians(namek, name, intk, n, style):
    """The model's answer text for an integer member."""
    if style == "plain":
        return '{"%s": "%s", "%s": %d}' % (namek, name, intk, n)
    if style == "spaced":
        return '{\n  "%s": "%s",\n  "%s": %d\n}' % (namek, name, intk, n)
    if style == "fence":
        return '```json\n{"%s": "%s", "%s": %d}\n```' % (namek, name, intk, n)
    raise ValueError(style)


# ------------------------------------------------------------------ part 1: integer pairs (reuse path)
for (b, v) in R235_INTS:
    for ti, (sch, nk, ik, tpl) in enumerate(R235_ITPL):
        for form in r235_rng.sample(R235_FORMS, 2):
            if form == "expo" and abs(b) < 10 ** 17:
                form = "comma"
            name = r235_rng.choice(R235_NAMES)
            st = r235_rng.choice(["plain", "spaced", "fence"])
            pb = tpl.format(name=name, v=r235_write(b, form))
            bid = r235_addj("bi", "long_int_pair", pb, sch, {nk: name, ik: b}, [r235_ians(nk, name, ik, b, st)], "pair")
            # variant: one far digit / neighbour; model first gives the stored value
            pv = tpl.format(name=name, v=r235_write(v, form))
            r235_addj("pi", "long_int_pair", pv, sch, {nk: name, ik: v},
                      [r235_ians(nk, name, ik, b, st), r235_ians(nk, name, ik, v, st)], "pair", base=bid)
            # variant on the patch path: another name and the changed number; model keeps the stale number first
            name2 = r235_rng.choice([x for x in R235_NAMES if x != name])
            pv2 = tpl.format(name=name2, v=r235_write(v, form))
            r235_addj("pp", "long_int_patch", pv2, sch, {nk: name2, ik: v},
                      [r235_ians(nk, name2, ik, b, st), r235_ians(nk, name2, ik, v, st)], "pair", base=bid)
            # safe: the same number in another written form
            f2 = r235_rng.choice([f for f in ("plain", "comma", "space") if f != form])
            ps = tpl.format(name=name, v=r235_write(b, f2))
            r235_addj("si", "long_int_safe", ps, sch, {nk: name, ik: b}, [r235_ians(nk, name, ik, b, st)], "safe",
                      safe=True, base=bid)

# ------------------------------------------------------------------ part 2: two long numbers in one record
r235_two = S({"holder": "string", "account": "integer"})
R235_TWO_TPL = [
    "Give {name}'s holder name and account.\n\nHolder: {other}\nAccount: {w}\n\nHolder: {name}\nAccount: {v}\n",
    "Give {name}'s holder name and account.\n\nHolder: {name}\nAccount: {v}\n\nHolder: {other}\nAccount: {w}\n",
    "Return holder and account for the second record.\n\nRecord 1\nHolder: {other}\nAccount: {w}\nRecord 2\nHolder: {name}\nAccount: {v}\n",
    "Give the holder and account.\n\nHolder: {name}\nAccount: {v}\nReference: {w}\n",
]
for (b, v) in R235_INTS:
    for tpl in R235_TWO_TPL:
        for order in (0, 1):
            cur, old = (b, v) if order == 0 else (v, b)
            name = r235_rng.choice(R235_NAMES)
            form = r235_rng.choice(["plain", "plain", "comma", "space"])
            other = r235_rng.choice([x for x in R235_NAMES if x != name])
            p = tpl.format(name=name, other=other, v=r235_write(cur, form), w=r235_write(old, form))
            r235_addj("s2", "two_long_single", p, r235_two, {"holder": name, "account": cur},
                      [r235_ians("holder", name, "account", old, "plain"),
                       r235_ians("holder", name, "account", cur, "plain")], "single")
    # pair: base with the two numbers one way, variant swapped; model keeps the base's answer first
    name = r235_rng.choice(R235_NAMES)
    tpl = R235_TWO_TPL[0]
    other = r235_rng.choice([x for x in R235_NAMES if x != name])
    pb = tpl.format(name=name, other=other, v=str(b), w=str(v))
    bid = r235_addj("b2", "two_long_pair", pb, r235_two, {"holder": name, "account": b},
                    [r235_ians("holder", name, "account", b, "plain")], "pair")
    pv = tpl.format(name=name, other=other, v=str(v), w=str(b))
    r235_addj("p2", "two_long_pair", pv, r235_two, {"holder": name, "account": v},
              [r235_ians("holder", name, "account", b, "plain"), r235_ians("holder", name, "account", v, "plain")],
              "pair", base=bid)

# ------------------------------------------------------------------ part 3: integer singles, the double's neighbour
for (b, v) in R235_INTS:
    for ti, (sch, nk, ik, tpl) in enumerate(R235_ITPL):
        form = r235_rng.choice(R235_FORMS)
        if form == "expo" and abs(b) < 10 ** 17:
            form = "plain"
        name = r235_rng.choice(R235_NAMES)
        p = tpl.format(name=name, v=r235_write(b, form)) + "Thanks.\n"
        wrong = r235_dbl_int(b) if r235_dbl_int(b) != b else b + 1
        r235_addj("s3", "long_int_single", p, sch, {nk: name, ik: b},
                  [r235_ians(nk, name, ik, wrong, "plain"), r235_ians(nk, name, ik, b, "plain")], "single")
        # the model writes the right value as a float ("9.007199254740993e15", trailing ".0")
        p2 = tpl.format(name=name, v=r235_write(b, form)) + "Output JSON only.\n"
        wr = r235_rng.choice(["%s.0" % b, r235_expo(b)])
        r235_addj("s3f", "long_int_float_form", p2, sch, {nk: name, ik: b},
                  ['{"%s": "%s", "%s": %s}' % (nk, name, ik, wr), r235_ians(nk, name, ik, b, "plain")], "single")

# ------------------------------------------------------------------ part 4: number members (decimals, huge, tiny)
r235_meas = S({"sensor": "string", "reading": "number"})
r235_price = S({"asset": "string", "price": "number"})
R235_NTPL = [
    (r235_meas, "sensor", "reading", "Give the sensor id and the reading.\n\nLog line:\nSensor: {name}\nReading: {v}\nUnit: ms\n"),
    (r235_meas, "sensor", "reading", "Return the sensor and its reading as JSON.\n\nSensor: {name}\nTime: 04:10\nReading: {v}\n"),
    (r235_price, "asset", "price", "Extract the asset and its price.\n\nQuote\nasset: {name}\nprice: {v}\nsource: feed-2\n"),
]
R235_SENS = ["TX-17", "probe-4", "BTC", "ETH", "KX-2", "gauge-9", "LN-55", "AC-3"]
# (base text, variant text, model's stale/double form for the variant or None): all written with their digits
R235_NUMS = [
    ("0.1", "0.1000000000000000055511151231257827"), ("0.30000000000000004", "0.3"),
    ("42.000000000000000", "42.000000000000001"), ("42", "42.0000000000000001"),
    ("3.14159265358979323846", "3.14159265358979323847"), ("2.718281828459045235360", "2.718281828459045235361"),
    ("123456789.123456789123", "123456789.123456789124"), ("9007199254740993.5", "9007199254740992.5"),
    ("1e400", "1e401"), ("1.7976931348623157e308", "1.7976931348623158e308"), ("1.8e308", "1.9e308"),
    ("4e-324", "5e-324"), ("1e-400", "2e-400"), ("2.2250738585072011e-308", "2.2250738585072012e-308"),
    ("-0", "0"), ("-0.0", "-0.0000000000000000001"), ("0.000000000000000000012345678901234567891",
                                                      "0.000000000000000000012345678901234567892"),
    ("1.2345678901234567e5", "1.2345678901234568e5"), ("123456.78901234567", "123456.78901234568"),
    ("6.02214076e23", "6.02214077e23"), ("602214076000000000000000", "602214076000000000000001"),
    ("-273.150000000000000001", "-273.15"), ("99999999999999999.99", "99999999999999999.98"),
    ("+1.00000000000000000001", "+1.00000000000000000002"), ("0.99999999999999999999", "1"),
]
for (bt, vt) in R235_NUMS:
    for (sch, nk, mk, tpl) in R235_NTPL:
        name = r235_rng.choice(R235_SENS)
        pb = tpl.format(name=name, v=bt)
        bid = r235_addj("bn", "long_num_pair", pb, sch, {nk: name, mk: r235_D(bt)},
                        ['{"%s": "%s", "%s": %s}' % (nk, name, mk, bt.lstrip("+"))], "pair")
        pv = tpl.format(name=name, v=vt)
        r235_addj("pn", "long_num_pair", pv, sch, {nk: name, mk: r235_D(vt)},
                  ['{"%s": "%s", "%s": %s}' % (nk, name, mk, bt.lstrip("+")),
                   '{"%s": "%s", "%s": %s}' % (nk, name, mk, vt.lstrip("+"))], "pair", base=bid)
        name2 = r235_rng.choice([x for x in R235_SENS if x != name])
        pv2 = tpl.format(name=name2, v=vt)
        r235_addj("pq", "long_num_patch", pv2, sch, {nk: name2, mk: r235_D(vt)},
                  ['{"%s": "%s", "%s": %s}' % (nk, name2, mk, bt.lstrip("+")),
                   '{"%s": "%s", "%s": %s}' % (nk, name2, mk, vt.lstrip("+"))], "pair", base=bid)
        # single: the model writes the double's shortest form of the value first
        for t in (bt, vt):
            try:
                f = repr(float(t))
            except OverflowError:
                f = None
            ps = tpl.format(name=name, v=t) + "JSON please.\n"
            if f and f not in ("inf", "-inf", "nan") and r235_D(f) != r235_D(t):
                r235_addj("sn", "long_num_single", ps, sch, {nk: name, mk: r235_D(t)},
                          ['{"%s": "%s", "%s": %s}' % (nk, name, mk, f),
                           '{"%s": "%s", "%s": %s}' % (nk, name, mk, t.lstrip("+"))], "single")
            # the model writes the right value in another form: exponent or trailing zeros (right, to be served)
            d = r235_D(t)
            if d.is_finite() and d != 0:
                alt = "%.25e" % d if False else format(d.normalize(), "E").replace("E+", "e").replace("E", "e")
                if r235_D(alt) == d and alt != t:
                    pa = tpl.format(name=name, v=t) + "Reply with JSON.\n"
                    r235_addj("sf", "long_num_form", pa, sch, {nk: name, mk: d},
                              ['{"%s": "%s", "%s": %s}' % (nk, name, mk, alt)], "single")

# ------------------------------------------------------------------ part 5: equations with 16+ digit constants
R235_EQ_PROMPTS = ["Solve for {v}: {eq}", "Solve {eq} step by step.", "Please solve {eq} and show your working.",
                   "{eq}. What is {v}?"]


def r235_eq(shape, p, v):
    """(equation text, steps list, value)."""
    x = p["x"]
    if shape == "add":  # v + b = c
        b = p["b"]
        c = x + b
        return "%s + %d = %d" % (v, b, c), ["%s = %d - %d" % (v, c, b), "%s = %d" % (v, x)], x
    if shape == "sub":  # v - b = c
        b = p["b"]
        c = x - b
        return "%s - %d = %d" % (v, b, c), ["%s = %d + %d" % (v, c, b), "%s = %d" % (v, x)], x
    if shape == "mul":  # a v = c
        a = p["a"]
        c = a * x
        return "%d%s = %d" % (a, v, c), ["%s = %d / %d" % (v, c, a), "%s = %d" % (v, x)], x
    if shape == "lin":  # a v + b = c
        a, b = p["a"], p["b"]
        c = a * x + b
        return "%d%s + %d = %d" % (a, v, b, c), ["%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)], x
    raise ValueError(shape)


def r235_text(eq, steps, lay):
    if lay == "plain":
        return "\n".join([eq] + steps)
    if lay == "so":
        return "\n".join([eq] + steps[:-1] + ["So " + steps[-1] + "."])
    if lay == "answer":
        return "\n".join([eq] + steps + ["Answer: " + steps[-1]])
    return "\n".join(steps)


R235_EQP = []
for _ in range(70):
    shape = r235_rng.choice(["add", "sub", "mul", "lin"])
    k = r235_rng.choice([16, 17, 18, 19, 20, 22, 25])
    x = r235_rng.randrange(10 ** (k - 1), 10 ** k) * r235_rng.choice([1, 1, 1, -1])
    if r235_rng.random() < 0.3:
        x = r235_rng.choice([9007199254740993, 9223372036854775807, 18446744073709551617, 2 ** 64, 2 ** 63 + 1,
                             -(2 ** 63) - 1, 10 ** 20 + 1])
    p = {"x": x, "a": r235_rng.choice([2, 3, 7, 9, 11]),
         "b": r235_rng.choice([1, 3, 7, 10 ** 17 + 3, 9007199254740993, 123456789012345678901])}
    R235_EQP.append((shape, p))

for (shape, p) in R235_EQP:
    v = r235_rng.choice("xyn")
    eq, steps, x = r235_eq(shape, p, v)
    lay = r235_rng.choice(["plain", "so", "answer"])
    prm = r235_rng.choice(R235_EQ_PROMPTS).format(v=v, eq=eq)
    bid = r235_adde("be", "long_eq_pair", prm, v, x, [r235_text(eq, steps, lay)], "pair")
    # variant: one far digit of the constant changed (so x changes in a far digit)
    for delta in (1, 10, 1000):
        p2 = dict(p)
        p2["x"] = x + delta if shape != "sub" else x - delta
        eq2, steps2, x2 = r235_eq(shape, p2, v)
        prm2 = prm.replace(eq, eq2)
        stale = list(steps2[:-1]) + ["%s = %d" % (v, x)]
        r235_adde("pe", "long_eq_pair", prm2, v, x2, [r235_text(eq2, stale, lay), r235_text(eq2, steps2, lay)], "pair",
                  base=bid)
    # safe: the same equation with "Thanks!"
    r235_adde("se", "long_eq_safe", prm + " Thanks!", v, x, [r235_text(eq, steps, lay)], "safe", safe=True, base=bid)
    # singles: the model's arithmetic in doubles (its last value the double's integer, or one off)
    for wrong in {r235_dbl_int(x), x + 1, x - 2}:
        if wrong == x:
            continue
        bad = list(steps[:-1]) + ["%s = %d" % (v, wrong)]
        prm3 = prm + "\nShow your steps."
        prm3 = prm3 + (" (%d)" % wrong if False else "")
        if prm3 in r235_prompts:
            prm3 = prm3 + " Be exact."
        r235_adde("s5", "long_eq_single", prm3, v, x, [r235_text(eq, bad, lay), r235_text(eq, steps, lay)], "single")
    # singles: a middle line whose constant is rounded to a double
    if shape == "lin":
        c = p["a"] * x + p["b"]
        mid = "%d%s = %d" % (p["a"], v, r235_dbl_int(c - p["b"]))
        if r235_dbl_int(c - p["b"]) != c - p["b"]:
            r235_adde("s5m", "long_eq_single", prm + "\nWork carefully.", v, x,
                      ["\n".join([eq, mid, steps[-1]]), r235_text(eq, steps, lay)], "single")

# equations with long decimal constants
for (a, b, c, x) in [("0.1", "0.2", None, None)]:
    pass
R235_DEC_EQ = [
    ("x + 0.1 = 0.3", "x", "0.2", ["x = 0.3 - 0.1", "x = 0.19999999999999998"], ["x = 0.3 - 0.1", "x = 0.2"]),
    ("x - 0.1 = 0.2", "x", "0.3", ["x = 0.2 + 0.1", "x = 0.30000000000000004"], ["x = 0.2 + 0.1", "x = 0.3"]),
    ("3x = 1.0000000000000000002", None, None, None, None),
    ("y + 1.0000000000000001 = 3", "y", "1.9999999999999999", ["y = 3 - 1.0000000000000001", "y = 2"],
     ["y = 3 - 1.0000000000000001", "y = 1.9999999999999999"]),
    ("n + 0.12345678901234567890 = 1", "n", "0.8765432109876543211", ["n = 1 - 0.12345678901234567890", "n = 0.8765432109876543"],
     ["n = 1 - 0.12345678901234567890", "n = 0.8765432109876543211"]),
    ("2x = 0.0000000000000000000000002", "x", "0.0000000000000000000000001", ["x = 0.0000000000000000000000002 / 2", "x = 0.0000000000000000000000002"],
     ["x = 0.0000000000000000000000002 / 2", "x = 0.0000000000000000000000001"]),
    ("x + 9007199254740993.25 = 9007199254740995.75", "x", "2.5", ["x = 9007199254740995.75 - 9007199254740993.25", "x = 2"],
     ["x = 9007199254740995.75 - 9007199254740993.25", "x = 2.5"]),
]
for (eq, v, val, bad, good) in R235_DEC_EQ:
    if v is None:
        continue
    for tpl in R235_EQ_PROMPTS:
        prm = tpl.format(v=v, eq=eq)
        r235_adde("s6", "long_dec_eq_single", prm, v, val, ["\n".join([eq] + bad), "\n".join([eq] + good)], "single")

# ------------------------------------------------------------------ part 6: few significant digits, many places
# (a value a double holds, so it may be stored) against a neighbour that shares its double
r235_t6 = "Return holder and account.\n\nHolder: {name}\nOpened: 2021-03-04\nAccount: {v}\n"
r235_n6 = "Return the sensor and its reading as JSON.\n\nSensor: {name}\nTime: 04:10\nReading: {v}\n"
for (b, v) in [(100000000000000000000, 100000000000000000001), (120000000000000000000, 120000000000000000008),
               (9000000000000000000, 9000000000000000001), (5000000000000000, 5000000000000001),
               (18014398509481984, 18014398509481985), (36028797018963968, 36028797018963967),
               (1000000000000000000000000, 1000000000000000000000001), (-100000000000000000000, -100000000000000000001)]:
    for name in ("Mira Holt", "Sara Lind"):
        bid = r235_addj("b6", "short_sig_int_pair", r235_t6.format(name=name, v=b), r235_acct, {"holder": name, "account": b},
                        [r235_ians("holder", name, "account", b, "plain")], "pair")
        for form in ("plain", "comma", "space"):
            r235_addj("p6", "short_sig_int_pair", r235_t6.format(name=name, v=r235_write(v, form)), r235_acct,
                      {"holder": name, "account": v}, [r235_ians("holder", name, "account", b, "plain"),
                                                       r235_ians("holder", name, "account", v, "plain")], "pair", base=bid)
        other = "Leo Marsh" if name == "Mira Holt" else "Omar Haddad"
        r235_addj("q6", "short_sig_int_patch", r235_t6.format(name=other, v=v), r235_acct, {"holder": other, "account": v},
                  [r235_ians("holder", other, "account", b, "plain"), r235_ians("holder", other, "account", v, "plain")],
                  "pair", base=bid)
for (b, v) in [("0.1", "0.10000000000000001"), ("42", "42.00000000000001"), ("1000000000000000000000", "1000000000000000000001"),
               ("3.5", "3.50000000000000001"), ("0.3", "0.29999999999999999"), ("-0", "0"), ("0", "-0"),
               ("0", "0.0000000000000000000001"), ("1", "1.0000000000000000000001"), ("2.5", "2.4999999999999999999")]:
    for name in ("KX-2", "AC-3"):
        bid = r235_addj("b6n", "short_sig_num_pair", r235_n6.format(name=name, v=b), r235_meas, {"sensor": name, "reading": r235_D(b)},
                        ['{"sensor": "%s", "reading": %s}' % (name, b)], "pair")
        r235_addj("p6n", "short_sig_num_pair", r235_n6.format(name=name, v=v), r235_meas, {"sensor": name, "reading": r235_D(v)},
                  ['{"sensor": "%s", "reading": %s}' % (name, b), '{"sensor": "%s", "reading": %s}' % (name, v)], "pair",
                  base=bid)
        other = "TX-17" if name == "KX-2" else "LN-55"
        r235_addj("q6n", "short_sig_num_patch", r235_n6.format(name=other, v=v), r235_meas, {"sensor": other, "reading": r235_D(v)},
                  ['{"sensor": "%s", "reading": %s}' % (other, b), '{"sensor": "%s", "reading": %s}' % (other, v)], "pair",
                  base=bid)

# Confirmed alone (R235_ALONE=1, fresh store, two passes): wrong answers served from the cache: none.
r235_found_alone |= set()
# Served from the cache with the stored "-0" as "-0.0" where the text says "0" (equal by value; check.py counts them
# right).
r235_arguable |= {'d235-pn-2012', 'd235-pq-2013', 'd235-q6n-2819', 'd235-q6n-2821'}
# Wrong answers served FRESH (never stored): the other record's / line's value that shares a double with the right one.
r235_fresh_wrong = {
    'd235-s2-1186',
    'd235-s2-1187',
    'd235-s2-1188',
    'd235-s2-1192',
    'd235-s2-1193',
    'd235-p2-1195',
    'd235-s2-1196',
    'd235-s2-1197',
    'd235-s2-1198',
    'd235-s2-1199',
    'd235-s2-1200',
    'd235-s2-1201',
    'd235-s2-1202',
    'd235-p2-1205',
    'd235-s2-1206',
    'd235-s2-1207',
    'd235-s2-1208',
    'd235-s2-1209',
    'd235-s2-1213',
    'd235-p2-1215',
    'd235-s2-1216',
    'd235-s2-1217',
    'd235-s2-1219',
    'd235-s2-1220',
    'd235-s2-1222',
    'd235-s2-1223',
    'd235-p2-1225',
    'd235-s2-1226',
    'd235-s2-1227',
    'd235-s2-1229',
    'd235-s2-1230',
    'd235-s2-1231',
    'd235-s2-1232',
    'd235-p2-1235',
    'd235-s2-1236',
    'd235-s2-1237',
    'd235-s2-1239',
    'd235-s2-1240',
    'd235-s2-1241',
    'd235-s2-1242',
    'd235-s2-1243',
    'd235-p2-1245',
    'd235-s2-1246',
    'd235-s2-1247',
    'd235-s2-1248',
    'd235-s2-1249',
    'd235-s2-1250',
    'd235-s2-1251',
    'd235-s2-1252',
    'd235-s2-1253',
    'd235-p2-1255',
    'd235-s2-1256',
    'd235-s2-1257',
    'd235-s2-1258',
    'd235-s2-1259',
    'd235-s2-1260',
    'd235-s2-1261',
    'd235-s2-1262',
    'd235-s2-1263',
    'd235-p2-1265',
    'd235-s2-1267',
    'd235-s2-1268',
    'd235-s2-1270',
    'd235-s2-1272',
    'd235-s2-1273',
    'd235-p2-1275',
    'd235-s2-1277',
    'd235-s2-1278',
    'd235-s2-1279',
    'd235-s2-1280',
    'd235-s2-1281',
    'd235-s2-1282',
    'd235-s2-1283',
    'd235-p2-1285',
    'd235-s2-1286',
    'd235-s2-1287',
    'd235-s2-1288',
    'd235-s2-1289',
    'd235-s2-1290',
    'd235-s2-1292',
    'd235-p2-1295',
    'd235-s2-1296',
    'd235-s2-1297',
    'd235-s2-1298',
    'd235-s2-1300',
    'd235-s2-1301',
    'd235-s2-1303',
    'd235-p2-1305',
    'd235-s2-1306',
    'd235-s2-1307',
    'd235-s2-1310',
    'd235-s2-1312',
    'd235-s2-1313',
    'd235-p2-1315',
    'd235-s2-1318',
    'd235-s2-1319',
    'd235-s2-1320',
    'd235-s2-1322',
    'd235-s2-1323',
    'd235-p2-1325',
    'd235-s2-1327',
    'd235-s2-1328',
    'd235-s2-1329',
    'd235-s2-1330',
    'd235-s2-1331',
    'd235-s2-1332',
    'd235-s2-1333',
    'd235-p2-1335',
    'd235-s2-1336',
    'd235-s2-1337',
    'd235-s2-1339',
    'd235-s2-1340',
    'd235-s2-1341',
    'd235-s2-1342',
    'd235-s2-1343',
    'd235-p2-1345',
    'd235-s2-1347',
    'd235-s2-1348',
    'd235-s2-1349',
    'd235-s2-1350',
    'd235-s2-1351',
    'd235-s2-1352',
    'd235-s2-1353',
    'd235-p2-1355',
    'd235-s2-1356',
    'd235-s2-1358',
    'd235-s2-1359',
    'd235-s2-1360',
    'd235-s2-1361',
    'd235-s2-1362',
    'd235-s2-1363',
    'd235-p2-1365',
    'd235-s2-1366',
    'd235-s2-1367',
    'd235-s2-1368',
    'd235-s2-1370',
    'd235-s2-1371',
    'd235-s2-1373',
    'd235-p2-1375',
    'd235-s2-1406',
    'd235-s2-1409',
    'd235-s2-1410',
    'd235-s2-1411',
    'd235-s2-1413',
    'd235-p2-1415',
    'd235-s2-1416',
    'd235-s2-1417',
    'd235-s2-1418',
    'd235-s2-1419',
    'd235-s2-1420',
    'd235-s2-1423',
    'd235-p2-1425',
    'd235-s2-1437',
    'd235-s2-1438',
    'd235-s2-1439',
    'd235-s2-1440',
    'd235-s2-1442',
    'd235-s2-1443',
    'd235-p2-1445',
    'd235-s2-1446',
    'd235-s2-1447',
    'd235-s2-1448',
    'd235-s2-1449',
    'd235-s2-1450',
    'd235-s2-1451',
    'd235-s2-1452',
    'd235-s2-1453',
    'd235-p2-1455',
}

# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest, each with the base of its pair (arguable ones left out).
from probe_kit import sample_round as r235_sample_round  # noqa: E402

r235_all = list(P)
r235_sample_round("d235-", set(), 30, safe_every=10)
r235_keep = {r235_p["id"] for r235_p in P if r235_p["id"].startswith("d235-")}
r235_keep |= {r235_meta[r235_i]["base"] for r235_i in list(r235_keep) if r235_meta.get(r235_i, {}).get("base")}
P[:] = [r235_p for r235_p in r235_all if (not r235_p["id"].startswith("d235-") or r235_p["id"] in r235_keep)
        and r235_p["id"] not in r235_arguable]
