r"""Red-team round 232 (black box): NUMBERS AT THE EDGES OF PRECISION AND MAGNITUDE, both tasks.
Focus: values past 2^53 and 2^64, 16-23 significant digits, long decimals, exponents, leading zeros, "+", trailing
  ".0"/".00", thousands separators of six styles; a stored request, then a variant that changes ONE far digit (the last,
  or the 16th-20th significant) or changes the value in a way a double does not see, and the other direction.
  2,915 probes (seeded random.Random(232)): 2,456 pair probes, 104 singles, 355
  safe. Part 1 (d232-bx/px/sx/gx, 797): one member (order id, population, account number as integer; balance,
  distance, price as number) with 12 integer values (9007199254740993, 12345678901234567891, 2^63-1, 2^64-1,
  73786976294838206465, 10^22+1 ...) and 12 decimals (0.30000000000000004, 3.1415926535897932385, 1234567.8912345678,
  9007199254740993.5, 0.000000000000000123456789 ...), 3 of 13 notations each (plain, "1,234", "1.234,5", NBSP, space,
  "1'234", Indian "12,34,567", "+", ".0", ".00", "e", "E+", "00" prefix), 4 layouts (field, prose, table, e-mail);
  variants change a far digit, the model's first answer the stored one; singles whose model first answers the double's
  print ("98765432109876540000", "0.1"). Part 1m (d232-bm/pm, 144): order id + amount + items + customer, one of the
  two far-digit members changed. Part 2 (d232-bq/pq/sq/bn/pn, 926): values of at most 15 significant digits
  ("123456789012345", "1234567.89012345", "0.123456789012345", "1.5e3", "2E-4", "6.02e23", "007", "+42", "42.0", "1,234",
  "1,234,567.89", "1.234.567,89", "1 234 567,89", "1'234'567.89", "12,34,567.89", "1e15"), the last digit, the exponent,
  the sign, the separator or a leading zero changed; 3-number records. Part 3 (d232-br/pr/sr, 478): stored plain value,
  variant in a notation a double or a digit rewrite might not see ("0.30000000000000001", "42.000000000000001",
  "1500.0000000000001", "123456789012345.001", "(1,234.56)", "1234.56-", "\u22121234.56", "- 1234.56", "1.5\u00d710\u00b3", "1.5x10^3",
  "1.5e3", "15e2", "2E-5", ".5", ".55", "5.", "1 1/2", "1\u00bd", "1_234_567", thin-space groups, Indian groups, "1.234,5",
  "1.234"/"1,234", "12,34", "7,5", "1.5k", "1.5M", "1.5 million", "2.5bn", "1e16", "9999999999999999", 2^52 +1,
  "...496.5"/"...496.25"), both directions. Part 4 (d232-ba/pa/sa, 78): a 7-line account statement, balance or credit
  limit changed the same ways. Equations (d232-be/pe/se/ge, 492): "a v + b = c" with 12-13 digit coefficients, 15-19
  digit constants, solutions of up to 18 digits or fractions over them, decimals of 15-22 significant digits ("0.1x +
  0.2 = 0.30000000000000004", "0.5x + 3.1415926535897932385 = 4.1415926535897932385"); variants change the last digit
  of a, b or c, the model's first answer the base's working or the right working with the base's final value; singles
  whose final value is the double's print; safe: spacing.
HELD (measured with the round's own exact reader, Decimal; check.py compared numbers as floats then and could not
  see a wrong 17th digit; it reads them as Decimal since): no clear wrong answer from the cache in either run. Values of more
  than 15 significant digits were never reused or kept (part 1: 0 of 410 far-digit variants; they are served fresh
  or refused; part 1m: 0 of 96). At most 15 digits (part 2), 114 variants were reused (run 1) after a licensed rewrite and
  every one held the new digits exactly ("123456789012346", "1234567.89012346", "0.123456789012346", "98765.4321098766",
  "070"/"0070" -> 70, "-42", "42.01", "4.20", "1,235", "1,234,567.98", "0.30000000000000001"-class refused); exponent,
  "+"/"-", "(…)", trailing minus, "×10³", "k/M/bn", Indian and thin-space groups, "1.234,5" were refused or regenerated,
  never kept. Part 4 records were never stored (0 reuse, 0 patch). Equations: 0 wrong of 492 (run 1: 42 reuse, 134
  patch; run 2: 179 reuse), numbers past int64 refused ("number too large"), more than 15 digits refused.
WHAT GOT THROUGH. Full run (fresh SQLite store, two passes): from the cache 1 in run 1, 2 in run 2, all ARGUABLE;
  check.py's own count: 29 / 30 wrong served, 1 / 2 from the cache. Alone (the 2 items, their bases and
  part 3's 240 stored requests the rewrite starts from, 242 probes, fresh store, two passes): 2 in run 1, 2 in run 2,
  0 clear, 2 arguable.
 (A) ARGUABLE (r232_arguable): "Amount: 1.234" stored (1.234), then "Return JSON with the fields of this schema.
     Record: Name: Ruth Adler / Amount: 1,234" -> {"amount": 1234} by a licensed rewrite (d232-sr-2642, sr-2644, the
     same under "Balance:"). The probe meant a decimal comma; with no locale in the text, 1234 is the common reading
     and the fresh check itself reads it so.
  Wrong served FRESH (the lesser matter; exact reader: 193 in run 1, 194 in run 2, check.py sees only 29 / 30):
   - StepCache prints numbers through a double, so a right model answer is served changed (126 skip + 16 patch in run
     1): "Order #: +98765432109876543210" -> 98765432109876540000.0; "Order ID: 10000000000000000000001" -> 1e22;
     "Account: 18446744073709551615" -> 18446744073709553000.0 (integer members as floats); "Balance:
     0.30000000000000001" -> 0.3; "123456789012345.001" -> 123456789012345.0; "4503599627370496.25" -> 4503599627370496.0;
     and the parse is not even correctly rounded: "0.30000000000000004" -> 0.30000000000000007, "2.0000000000000003"
     -> 2.0000000000000006, "1234567.8912345678" -> 1234567.8912345679.
   - The fresh check compares values as doubles, so a model's stale or rounded value is accepted (43 skip + 7 patch in
     run 1): "Order #: 9,007,199,254,740,992" -> 9007199254740993; "the residents on file is +9223372036854775817" ->
     9223372036854775807 (the base's value, the same double); single "inhabitants ... 9223372036854775807" -> ...808; "Balance: 42.000000000000001" -> 42.0 on the patch path, "not stored: the model gave
     a value again that failed reuse" (the value the cache had just refused, served as the model's).
Adds its probes to probe_kit.P."""
import json as r232_json
import random as r232_random
from decimal import Decimal as r232_D
from fractions import Fraction as r232_F

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r232_rng = r232_random.Random(232)
r232_found_alone = set()
r232_arguable = set()
r232_prompts = {}
r232_n = [0]
r232_counts = {"pair": 0, "single": 0, "safe": 0}
r232_meta = {}  # id -> {"base": id, "exact": {key: exact decimal string}, "kind": ...}


def r232_addj(tag, fam, prompt, schema, expect, answers, kind, safe=False, meta=None):
    if prompt in r232_prompts:
        return r232_prompts[prompt]
    r232_n[0] += 1
    pid = "d232-%s-%d" % (tag, r232_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r232_prompts[prompt] = pid
    r232_counts[kind] += 1
    r232_meta[pid] = meta or {}
    return pid


def r232_adde(tag, fam, prompt, var, val, answers, kind, safe=False, meta=None):
    if prompt in r232_prompts:
        return r232_prompts[prompt]
    r232_n[0] += 1
    pid = "d232-%s-%d" % (tag, r232_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r232_prompts[prompt] = pid
    r232_counts[kind] += 1
    r232_meta[pid] = meta or {}
    return pid


# ------------------------------------------------------------------ extraction
# A value: (text in the document, exact value as Decimal string, type "integer"/"number")
def r232_num_json(exact, typ):
    """The JSON text of a number, exactly (no float round trip)."""
    d = r232_D(exact)
    if typ == "integer":
        return str(int(d))
    s = format(d, "f")
    return s


def r232_obj_text(pairs):
    """pairs: list of (key, json-literal-text) -> a JSON object as text."""
    return "{" + ", ".join('"%s": %s' % (k, v) for k, v in pairs) + "}"


def r232_py(exact, typ):
    """The expected value, exactly (probes.py writes a Decimal as its digits)."""
    d = r232_D(exact)
    if typ == "integer":
        return int(d)
    return d


R232_NAMES = ["Lena Park", "Omar Haddad", "Ines Duarte", "Kofi Mensah", "Ruth Adler", "Jonas Berg", "Mei Tanaka",
              "Pavel Novak", "Sara Lindqvist", "Diego Ramos", "Amara Obi", "Tariq Aziz"]

# Templates: (field key, schema type, description, label variants, unit suffix, intro)
R232_FIELDS = [
    ("order_id", "integer", "the order number", ["Order ID", "Order no.", "Order #", "Ref"], ""),
    ("balance", "number", "account balance in EUR", ["Balance", "Current balance", "Saldo", "Closing balance"], " EUR"),
    ("population", "integer", "the population", ["Population", "Inhabitants", "Pop.", "Residents"], ""),
    ("distance_km", "number", "distance in kilometres", ["Distance", "Dist.", "Range", "Route length"], " km"),
    ("price", "number", "unit price in USD", ["Price", "Unit price", "Cost", "List price"], " USD"),
    ("account_number", "integer", "the account number", ["Account", "Acct no.", "Account number", "A/C"], ""),
]

# Exact values with far digits; each with a list of "far" changes (other exact value strings).
def r232_far_variants(exact, typ):
    """Values that differ from exact in one digit far to the right, or in a way a double would not see."""
    out = []
    d = r232_D(exact)
    s = format(d, "f")
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    # last digit +-1, and the 17th..20th significant digit
    sig = [i for i in digits if not (s[:i + 1].lstrip("-0.") == "")]
    cand = set()
    for i in [digits[-1]] + sig[16:20]:
        for delta in (1, -1, 2):
            ch = s[i]
            nd = (int(ch) + delta) % 10
            t = s[:i] + str(nd) + s[i + 1:]
            if t != s and not t.lstrip("-").startswith("0") or (t.startswith("0.")):
                cand.add(t)
    out = sorted(cand)
    return out


def r232_fmt(exact, typ, style):
    """The value written in a document, in a style. Returns text or None when the style does not fit."""
    d = r232_D(exact)
    s = format(d, "f")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")

    def group(ip, sep, indian=False):
        if indian and len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:])
                head = head[:-2]
            if head:
                parts.insert(0, head)
            return ",".join(parts) + "," + tail
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        return sep.join(parts)
    if style == "plain":
        t = s
    elif style == "us":
        t = group(ip, ",") + ("." + fp if fp else "")
    elif style == "de":
        t = group(ip, ".") + ("," + fp if fp else "")
    elif style == "fr":
        t = group(ip, "\u00a0") + ("," + fp if fp else "")
    elif style == "space":
        t = group(ip, " ") + ("." + fp if fp else "")
    elif style == "ch":
        t = group(ip, "'") + ("." + fp if fp else "")
    elif style == "in":
        t = group(ip, ",", indian=True) + ("." + fp if fp else "")
    elif style == "plus":
        t = "+" + s
    elif style == "trail0":
        t = s + (".0" if not fp else "")
    elif style == "trail00":
        t = s + (".00" if not fp else "00")
    elif style == "exp":
        # mantissa e exponent, exactly
        if d == 0:
            return None
        sd = format(d.normalize(), "e")  # like 1.2345E+19
        m, e = sd.lower().split("e")
        t = "%se%d" % (m, int(e))
    elif style == "EXP":
        sd = format(d.normalize(), "e")
        m, e = sd.lower().split("e")
        t = "%sE%+d" % (m, int(e))
    elif style == "lead0":
        t = "00" + s
    else:
        raise ValueError(style)
    return ("-" if neg else "") + t


R232_STYLES = ["plain", "us", "de", "fr", "space", "ch", "in", "plus", "trail0", "trail00", "exp", "EXP", "lead0"]

R232_INT_VALUES = ["9007199254740993", "12345678901234567891", "9223372036854775807", "18446744073709551615",
                   "9007199254740992", "4503599627370497", "100000000000000001", "98765432109876543210",
                   "36028797018963969", "1234567890123456789", "73786976294838206465", "10000000000000000000001"]
R232_NUM_VALUES = ["0.30000000000000004", "3.1415926535897932385", "1234567.8912345678", "9007199254740993.5",
                   "0.1000000000000000055511", "12345678901234567.89", "2.0000000000000001", "0.000000000000000123456789",
                   "99999999999999999.99", "1.7976931348623157", "4503599627370496.25", "123.45678901234567891"]

R232_INTROS = [
    "Extract {what} from the record below as JSON.\n\n{doc}",
    "Return JSON with the fields of this schema.\n\nRecord:\n{doc}",
    "Read the note and fill in the JSON.\n\n{doc}",
    "Please pull out the values into JSON (exact digits, do not round).\n\n{doc}",
]


def r232_doc(name, label, valtext, unit, shape):
    if shape == 0:
        return "Name: %s\n%s: %s%s\n" % (name, label, valtext, unit)
    if shape == 1:
        return "Customer %s. %s is %s%s as of 3 March.\n" % (name, label, valtext, unit)
    if shape == 2:
        return "| Name | %s |\n|---|---|\n| %s | %s%s |\n" % (label, name, valtext, unit)
    return "From: %s\nHi, just confirming: the %s on file is %s%s. Thanks!\n" % (name, label.lower(), valtext, unit)


def r232_ans(name, key, exact, typ):
    return r232_obj_text([("name", '"%s"' % name), (key, r232_num_json(exact, typ))])


def r232_rounded(exact, typ):
    """A realistic model mistake: the value as a double prints it."""
    d = r232_D(exact)
    if typ == "integer":
        f = float(int(d))
        return str(int(f)) if str(int(f)) != str(int(d)) else None
    f = float(d)
    t = repr(f)
    if r232_D(t) == d:
        return None
    return t


def r232_extraction():
    vals = [("integer", v) for v in R232_INT_VALUES] + [("number", v) for v in R232_NUM_VALUES]
    for fi, (key, ftyp, desc, labels, unit) in enumerate(R232_FIELDS):
        for typ, exact in vals:
            if typ != ftyp:
                continue
            if typ == "integer" and ("." in exact):
                continue
            schema = S({"name": "string", key: typ}, {key: desc})
            for style in r232_rng.sample(R232_STYLES, 3):
                if typ == "integer" and style in ("trail00",):
                    continue
                vt = r232_fmt(exact, typ, style)
                if vt is None:
                    continue
                name = r232_rng.choice(R232_NAMES)
                label = r232_rng.choice(labels)
                shape = r232_rng.randrange(4)
                intro = r232_rng.choice(R232_INTROS)
                unit_ = unit if r232_rng.random() < 0.5 else ""
                bprompt = intro.format(what=desc, doc=r232_doc(name, label, vt, unit_, shape))
                bexp = {"name": name, key: r232_py(exact, typ)}
                bans = r232_ans(name, key, exact, typ)
                base = r232_addj("bx", "r232_precision_base", bprompt, schema, bexp, [bans], "pair",
                                 meta={"exact": {key: exact}, "typ": typ})
                # variants: far digit changes, same style
                fars = r232_far_variants(exact, typ)
                r232_rng.shuffle(fars)
                for other in fars[:2]:
                    if typ == "integer" and "." in other:
                        continue
                    ot = r232_fmt(other, typ, style)
                    if ot is None or ot == vt:
                        continue
                    vprompt = intro.format(what=desc, doc=r232_doc(name, label, ot, unit_, shape))
                    vexp = {"name": name, key: r232_py(other, typ)}
                    vans = r232_ans(name, key, other, typ)
                    r232_addj("px", "r232_precision_far", vprompt, schema, vexp, [bans, vans], "pair",
                              meta={"exact": {key: other}, "typ": typ, "base": base, "stale": exact})
                # safe: same value, other style (value unchanged) -> a good cache may reuse
                st2 = r232_rng.choice([s for s in R232_STYLES if s != style])
                vt2 = r232_fmt(exact, typ, st2)
                if vt2 and vt2 != vt and not (typ == "integer" and st2 == "trail00") and r232_rng.random() < 0.5:
                    sprompt = intro.format(what=desc, doc=r232_doc(name, label, vt2, unit_, shape))
                    r232_addj("sx", "r232_precision_safe", sprompt, schema, bexp, [bans], "safe", safe=True,
                              meta={"exact": {key: exact}, "typ": typ, "base": base})
                # single: model rounds through a double first
                rt = r232_rounded(exact, typ)
                if rt is not None and r232_rng.random() < 0.5:
                    name2 = r232_rng.choice(R232_NAMES)
                    sp = intro.format(what=desc, doc=r232_doc(name2, label, vt, unit_, (shape + 1) % 4))
                    wrong = r232_obj_text([("name", '"%s"' % name2), (key, rt)])
                    right = r232_ans(name2, key, exact, typ)
                    r232_addj("gx", "r232_precision_single", sp, schema, {"name": name2, key: r232_py(exact, typ)},
                              [wrong, right], "single", meta={"exact": {key: exact}, "typ": typ})


def r232_multi():
    """Several records / several members: one member changes a far digit (patch path)."""
    schema = S({"order_id": "integer", "customer": "string", "amount": "number", "items": "integer"},
               {"order_id": "the order number", "amount": "total in USD"})
    ids = ["9007199254740993", "12345678901234567891", "1234567890123456789", "36028797018963969"]
    amts = ["1234567.8912345678", "0.30000000000000004", "99999999999999999.99", "123.45678901234567891"]
    for oid in ids:
        for amt in amts:
            for layout in range(3):
                cust = r232_rng.choice(R232_NAMES)
                items = r232_rng.randint(2, 40)

                def doc(o, a):
                    if layout == 0:
                        return "Order %s\nCustomer: %s\nItems: %d\nTotal: $%s\n" % (o, cust, items, a)
                    if layout == 1:
                        return ("Hello, this is %s. My order (#%s) had %d items and I was charged %s USD in total. "
                                "Can you check?\n" % (cust, o, items, a))
                    return "order_id=%s; customer=%s; qty=%d; total_usd=%s\n" % (o, cust, items, a)
                pr = "Extract the order into JSON.\n\n"

                def ans(o, a):
                    return r232_obj_text([("order_id", o), ("customer", '"%s"' % cust), ("amount", a),
                                          ("items", str(items))])
                bp = pr + doc(oid, amt)
                base = r232_addj("bm", "r232_multi_base", bp, schema,
                                 {"order_id": int(oid), "customer": cust, "amount": r232_D(amt), "items": items},
                                 [ans(oid, amt)], "pair", meta={"exact": {"order_id": oid, "amount": amt}, "typ": "multi"})
                for which in ("order_id", "amount"):
                    src = oid if which == "order_id" else amt
                    fars = r232_far_variants(src, "integer" if which == "order_id" else "number")
                    r232_rng.shuffle(fars)
                    for other in fars[:1]:
                        o2, a2 = (other, amt) if which == "order_id" else (oid, other)
                        vp = pr + doc(o2, a2)
                        r232_addj("pm", "r232_multi_far", vp, schema,
                                  {"order_id": int(o2), "customer": cust, "amount": r232_D(a2), "items": items},
                                  [ans(oid, amt), ans(o2, a2)], "pair",
                                  meta={"exact": {"order_id": o2, "amount": a2}, "typ": "multi", "base": base})


# ------------------------------------------------------------------ equations
def r232_fr(q):
    q = r232_F(q)
    if q.denominator == 1:
        return str(q.numerator)
    return "%d/%d" % (q.numerator, q.denominator)


def r232_dec(q, places=None):
    """Exact decimal text of a Fraction with terminating expansion, else None."""
    q = r232_F(q)
    d = q.denominator
    n2 = n5 = 0
    while d % 2 == 0:
        d //= 2
        n2 += 1
    while d % 5 == 0:
        d //= 5
        n5 += 1
    if d != 1:
        return None
    k = max(n2, n5)
    v = q * 10 ** k
    assert v.denominator == 1
    sgn = "-" if v < 0 else ""
    s = str(abs(v.numerator)).rjust(k + 1, "0")
    if k == 0:
        return sgn + s
    return sgn + s[:-k] + "." + s[-k:]


def r232_num_text(q):
    """A number for an equation: integer or terminating decimal."""
    t = r232_dec(q)
    assert t is not None
    return t


def r232_solve_text(a, b, c, v, style):
    """Worked solution of a v + b = c (a,b,c Fractions written as decimals). Returns (text, x)."""
    x = (r232_F(c) - r232_F(b)) / r232_F(a)
    A, B, C = r232_num_text(a), r232_num_text(b), r232_num_text(c)
    lines = []
    if B.startswith("-"):
        eq = "%s%s - %s = %s" % (A, v, B[1:], C)
    else:
        eq = "%s%s + %s = %s" % (A, v, B, C)
    lines.append(eq)
    cb = r232_F(c) - r232_F(b)
    cbt = r232_dec(cb)
    if style == "words":
        lines.append("Subtract %s from both sides: %s%s = %s" % (B, A, v, cbt) if not B.startswith("-") else
                     "Add %s to both sides: %s%s = %s" % (B[1:], A, v, cbt))
    else:
        lines.append("%s%s = %s" % (A, v, cbt))
    xd = r232_dec(x)
    xt = xd if (xd is not None and style != "frac") else r232_fr(x)
    if style == "words":
        lines.append("Divide both sides by %s: %s = %s" % (A, v, xt))
    else:
        lines.append("%s = %s" % (v, xt))
    return "\n".join(lines), x


R232_EQ_PROMPTS = ["Solve for {v}: {eq}. Show each step.", "Solve {eq} step by step.", "Find {v} if {eq}.",
                   "Solve for {v} exactly (no rounding): {eq}"]


def r232_eq_text(a, b, c, v):
    A, B, C = r232_num_text(a), r232_num_text(b), r232_num_text(c)
    if B.startswith("-"):
        return "%s%s - %s = %s" % (A, v, B[1:], C)
    return "%s%s + %s = %s" % (A, v, B, C)


def r232_far_change(t):
    """Change one digit far right of a number text; returns list of texts."""
    digits = [i for i, ch in enumerate(t) if ch.isdigit()]
    out = []
    for i in ([digits[-1]] + digits[15:20]):
        for delta in (1, 2):
            nt = t[:i] + str((int(t[i]) + delta) % 10) + t[i + 1:]
            if nt != t and not (nt.lstrip("-")[0] == "0" and not nt.lstrip("-").startswith("0.")):
                out.append(nt)
    return sorted(set(out))


def r232_equations():
    cases = []
    # big integers
    cases.append((123456789012, 987654321, None, 9))  # a, b, c (None -> from x), x
    for _ in range(40):
        a = r232_rng.choice([r232_rng.randint(2, 99), r232_rng.randint(10 ** 11, 10 ** 13), 3, 7, 9])
        b = r232_rng.randint(10 ** 14, 10 ** 19)
        x = r232_rng.choice([r232_rng.randint(10 ** 15, 10 ** 18), r232_rng.randint(2, 999)])
        cases.append((a, b, None, x))
    # decimals with many digits
    dec_cases = [("0.1", "0.2", "0.3"), ("0.1", "0.2", "0.30000000000000004"), ("2", "0.1", "0.7000000000000001"),
                 ("3", "1.0000000000000002", "7.0000000000000002"), ("0.5", "3.1415926535897932385", "4.1415926535897932385"),
                 ("1.5", "2.25", "6.750000000000000001"), ("4", "0.000000000000000123", "8.000000000000000123")]
    for _ in range(25):
        a = r232_F(r232_rng.randint(2, 12))
        x = r232_F(r232_rng.randint(10 ** 15, 10 ** 17), 10 ** r232_rng.randint(3, 16))
        b = r232_F(r232_rng.randint(1, 10 ** 18), 10 ** r232_rng.randint(0, 18))
        dec_cases.append((r232_dec(a), r232_dec(b), r232_dec(a * x + b)))
    all_cases = []
    for a, b, c, x in cases:
        a, b, x = r232_F(a), r232_F(b), r232_F(x)
        c = a * x + b if c is None else r232_F(c)
        all_cases.append((a, b, c))
    for a, b, c in dec_cases:
        all_cases.append((r232_F(r232_D(a)), r232_F(r232_D(b)), r232_F(r232_D(c))))
    for a, b, c in all_cases:
        v = r232_rng.choice(["x", "x", "y", "n", "t"])
        tmpl = r232_rng.choice(R232_EQ_PROMPTS)
        style = r232_rng.choice(["plain", "words", "frac"])
        eq = r232_eq_text(a, b, c, v)
        bp = tmpl.format(v=v, eq=eq)
        btext, bx = r232_solve_text(a, b, c, v, style)
        base = r232_adde("be", "r232_eq_base", bp, v, r232_fr(bx), [btext], "pair",
                         meta={"base": None})
        # far-digit variants of c, b, a
        for which in ("c", "b", "a"):
            src = {"a": a, "b": b, "c": c}[which]
            for nt in r232_far_change(r232_num_text(src))[-1:]:
                a2, b2, c2 = a, b, c
                nv = r232_F(r232_D(nt))
                if which == "a":
                    if nv == 0:
                        continue
                    a2 = nv
                elif which == "b":
                    b2 = nv
                else:
                    c2 = nv
                if (a2, b2, c2) == (a, b, c):
                    continue
                vp = tmpl.format(v=v, eq=r232_eq_text(a2, b2, c2, v))
                vtext, vx = r232_solve_text(a2, b2, c2, v, style)
                # stale: the base's working with the request's equation as first line? model gives base answer
                r232_adde("pe", "r232_eq_far", vp, v, r232_fr(vx), [btext, vtext], "pair", meta={"base": base})
                # realistic mistake: right equation lines, final value of the base
                stale_tail = vtext.rsplit("\n", 1)[0] + "\n%s = %s" % (v, btext.rsplit("= ", 1)[1])
                if stale_tail != vtext and r232_rng.random() < 0.5:
                    r232_adde("pe", "r232_eq_far_tail", vp + " ", v, r232_fr(vx), [stale_tail, vtext], "pair",
                              meta={"base": base})
        # singles: model gives a double-rounded answer
        fx = float(bx)
        rt = repr(fx)
        if rt.endswith(".0"):
            rt = rt[:-2]
        if "e" not in rt and r232_F(r232_D(rt)) != bx:
            lines = btext.split("\n")
            wrong = "\n".join(lines[:-1] + ["%s = %s" % (v, rt)])
            r232_adde("ge", "r232_eq_single", tmpl.format(v=v, eq=eq).replace(". ", ", please. ", 1) + "\n",
                      v, r232_fr(bx), [wrong, btext], "single", meta={})
        # safe: spacing
        sp = bp.replace(" = ", "  =  ", 1)
        r232_adde("se", "r232_eq_safe", sp, v, r232_fr(bx), [btext], "safe", safe=True, meta={"base": base})


r232_extraction()
r232_multi()
r232_equations()


# ------------------------------------------------------------------ part 2: at most 15 significant digits
# (doc text, exact value, [(variant doc text, variant exact value)])
R232_Q = [
    ("123456789012345", "123456789012345", [("123456789012346", "123456789012346"), ("123456789012355", "123456789012355")]),
    ("999999999999999", "999999999999999", [("999999999999998", "999999999999998")]),
    ("100000000000001", "100000000000001", [("100000000000002", "100000000000002"), ("100000000000000", "100000000000000")]),
    ("1234567.89012345", "1234567.89012345", [("1234567.89012346", "1234567.89012346"), ("1234567.89012354", "1234567.89012354")]),
    ("0.123456789012345", "0.123456789012345", [("0.123456789012346", "0.123456789012346")]),
    ("98765.4321098765", "98765.4321098765", [("98765.4321098766", "98765.4321098766")]),
    ("1.5e3", "1500", [("1.5e4", "15000"), ("1.6e3", "1600"), ("15e3", "15000"), ("1.5e-3", "0.0015")]),
    ("2E-4", "0.0002", [("2E-5", "0.00002"), ("2E4", "20000"), ("3E-4", "0.0003")]),
    ("6.02e23", "602000000000000000000000", [("6.02e22", "60200000000000000000000"), ("6.03e23", "603000000000000000000000")]),
    ("1.5E+3", "1500", [("1.5E+4", "15000"), ("1.5E-3", "0.0015")]),
    ("007", "7", [("070", "70"), ("0070", "70"), ("008", "8")]),
    ("+42", "42", [("-42", "-42"), ("+43", "43")]),
    ("42.0", "42", [("42.01", "42.01"), ("42.1", "42.1"), ("4.20", "4.2")]),
    ("42.00", "42", [("42.05", "42.05"), ("420.0", "420")]),
    ("1,234", "1234", [("1,235", "1235"), ("1,234.5", "1234.5"), ("12,34", "12.34")]),
    ("1,234,567.89", "1234567.89", [("1,234,567.98", "1234567.98"), ("1,234,567.8", "1234567.8"), ("1,234,567,89", "123456789")]),
    ("1.234.567,89", "1234567.89", [("1.234.567,98", "1234567.98"), ("1.234.567,8", "1234567.8")]),
    ("1 234 567,89", "1234567.89", [("1 234 567,88", "1234567.88"), ("1 234 567", "1234567")]),
    ("1'234'567.89", "1234567.89", [("1'234'567.99", "1234567.99"), ("1'234'567", "1234567")]),
    ("12,34,567.89", "1234567.89", [("12,34,567.98", "1234567.98"), ("12,34,568.89", "1234568.89")]),
    ("0.30000000000000", "0.3", [("0.30000000000001", "0.30000000000001")]),
    ("3.14159265358979", "3.14159265358979", [("3.14159265358978", "3.14159265358978"), ("3.1415926535897", "3.1415926535897")]),
    ("9007199254740.99", "9007199254740.99", [("9007199254740.98", "9007199254740.98")]),
    ("0.000000000000001", "0.000000000000001", [("0.000000000000002", "0.000000000000002"), ("0.00000000000001", "0.00000000000001")]),
    ("1e15", "1000000000000000", [("1e16", "10000000000000000"), ("1e14", "100000000000000")]),
]
R232_QFIELDS = [("balance", "Balance", " EUR", "account balance in EUR"), ("distance_km", "Distance", " km", "distance in kilometres"),
                ("price", "Price", " USD", "unit price in USD"), ("amount", "Amount", "", "the amount")]
R232_QI = [("order_id", "Order ID"), ("population", "Population"), ("account_number", "Account number")]
R232_QINTROS = ["Extract {what} from the record below as JSON.\n\nRecord:\n{doc}",
                "Return JSON with the fields of this schema.\n\nRecord:\n{doc}",
                "Extract the fields as JSON.\n\nText:\n{doc}"]


def r232_part2():
    for doc_v, exact, vars_ in R232_Q:
        isint = "." not in exact and "e" not in doc_v.lower() and "," not in doc_v and "'" not in doc_v and " " not in doc_v
        fields = [(k, l, "", "the " + l.lower(), "integer") for k, l in R232_QI] if isint else []
        fields += [(k, l, u, d, "number") for k, l, u, d in R232_QFIELDS]
        for key, label, unit, desc, typ in fields:
            for intro in R232_QINTROS[:2]:
                name = r232_rng.choice(R232_NAMES)
                extra = r232_rng.choice(["", "Date: 2026-03-04\n", "Currency note: none\n"])
                extra = "" if extra.startswith("Currency") else extra
                schema = S({"name": "string", key: typ}, {key: desc})
                unit_ = unit if r232_rng.random() < 0.6 else ""

                def doc(v):
                    return "Name: %s\n%s: %s%s\n%s" % (name, label, v, unit_, extra)

                def ans(ex):
                    if typ == "integer":
                        return r232_obj_text([("name", '"%s"' % name), (key, str(int(r232_D(ex))))])
                    return r232_obj_text([("name", '"%s"' % name), (key, format(r232_D(ex).normalize(), "f") if r232_D(ex) == r232_D(ex).to_integral() else format(r232_D(ex), "f"))])
                if typ == "integer" and (r232_D(exact) != r232_D(exact).to_integral()):
                    continue
                bp = intro.format(what=desc, doc=doc(doc_v))
                base = r232_addj("bq", "r232_q_base", bp, schema, {"name": name, key: r232_py(exact, typ)}, [ans(exact)],
                                 "pair", meta={"exact": {key: exact}, "typ": typ})
                for vd, vex in vars_:
                    if typ == "integer" and r232_D(vex) != r232_D(vex).to_integral():
                        continue
                    vp = intro.format(what=desc, doc=doc(vd))
                    r232_addj("pq", "r232_q_far", vp, schema, {"name": name, key: r232_py(vex, typ)},
                              [ans(exact), ans(vex)], "pair", meta={"exact": {key: vex}, "typ": typ, "base": base})
                # safe: the same prompt with a polite line
                sp = bp.replace("\n\n", "\nThanks!\n\n", 1)
                if r232_rng.random() < 0.5:
                    r232_addj("sq", "r232_q_safe", sp, schema, {"name": name, key: r232_py(exact, typ)}, [ans(exact)],
                          "safe", safe=True, meta={"exact": {key: exact}, "typ": typ, "base": base})


def r232_part2_multi():
    """Three numbers in one record; one changes its last digit (patch path)."""
    schema = S({"order_id": "integer", "amount": "number", "weight_kg": "number", "customer": "string"},
               {"amount": "total in USD", "weight_kg": "weight in kilograms"})
    trip = [("123456789012345", "1234567.89012345", "0.123456789012345"), ("100000000000001", "9007199254740.99", "98765.4321098765"),
            ("999999999999999", "1.5e3", "2E-4"), ("007", "42.00", "1,234,567.89"), ("+42", "1'234'567.89", "3.14159265358979")]
    for oid_t, amt_t, w_t in trip:
        def val(t):
            return r232_D(t.replace(",", "").replace("'", "").replace("+", "")) if "e" not in t.lower() else r232_D(t)
        for rep in range(4):
            cust = r232_rng.choice(R232_NAMES)
            intro = r232_rng.choice(R232_QINTROS[1:])

            def doc(o, a, w):
                return "Order ID: %s\nCustomer: %s\nAmount: %s USD\nWeight: %s kg\n" % (o, cust, a, w)

            def ans(o, a, w):
                return r232_obj_text([("order_id", str(int(val(o)))), ("amount", format(val(a), "f")),
                                      ("weight_kg", format(val(w), "f")), ("customer", '"%s"' % cust)])

            def exp(o, a, w):
                return {"order_id": int(val(o)), "amount": r232_D(val(a)), "weight_kg": r232_D(val(w)), "customer": cust}
            bp = intro.format(what="the order", doc=doc(oid_t, amt_t, w_t))
            base = r232_addj("bn", "r232_q_multi_base", bp, schema, exp(oid_t, amt_t, w_t), [ans(oid_t, amt_t, w_t)], "pair",
                             meta={"exact": {"amount": str(val(amt_t)), "weight_kg": str(val(w_t))}, "typ": "multi"})
            for which in range(3):
                texts = [oid_t, amt_t, w_t]
                t = texts[which]
                idx = max(i for i, ch in enumerate(t) if ch.isdigit() and i < (t.lower().find("e") if "e" in t.lower() else len(t)))
                nt = t[:idx] + str((int(t[idx]) + 1 + rep) % 10) + t[idx + 1:]
                texts2 = list(texts)
                texts2[which] = nt
                vp = intro.format(what="the order", doc=doc(*texts2))
                r232_addj("pn", "r232_q_multi_far", vp, schema, exp(*texts2), [ans(*texts), ans(*texts2)], "pair",
                          meta={"exact": {"amount": str(val(texts2[1])), "weight_kg": str(val(texts2[2]))},
                                "typ": "multi", "base": base})


r232_part2()
r232_part2_multi()


# ------------------------------------------------------------------ part 3: notations a double or a digit rewrite may not see
# (base text, base exact, variant text, variant exact); same exact = a safe variant
R232_R = [
    ("0.3", "0.3", "0.30000000000000001", "0.30000000000000001"),
    ("42.0", "42", "42.000000000000001", "42.000000000000001"),
    ("1500", "1500", "1500.0000000000001", "1500.0000000000001"),
    ("123456789012345", "123456789012345", "123456789012345.001", "123456789012345.001"),
    ("0.1", "0.1", "0.10000000000000000555", "0.10000000000000000555"),
    ("2.5", "2.5", "2.50000000000000000001", "2.50000000000000000001"),
    ("0.30000000000000004", "0.30000000000000004", "0.3", "0.3"),
    ("1,234.56", "1234.56", "(1,234.56)", "-1234.56"),
    ("1234.56", "1234.56", "1234.56-", "-1234.56"),
    ("1234.56", "1234.56", "\u22121234.56", "-1234.56"),
    ("1234.56", "1234.56", "- 1234.56", "-1234.56"),
    ("1.5", "1.5", "1.5\u00d710\u00b3", "1500"),
    ("1.5", "1.5", "1.5x10^3", "1500"),
    ("1.5", "1.5", "1.5 \u00b7 10^-3", "0.0015"),
    ("1.5", "1.5", "1.5e3", "1500"),
    ("1500", "1500", "1.5e3", "1500"),
    ("1500", "1500", "15e2", "1500"),
    ("0.0002", "0.0002", "2E-4", "0.0002"),
    ("0.0002", "0.0002", "2E-5", "0.00002"),
    ("0.5", "0.5", ".5", "0.5"),
    ("0.5", "0.5", ".55", "0.55"),
    ("5", "5", "5.", "5"),
    ("1.5", "1.5", "1 1/2", "1.5"),
    ("1.5", "1.5", "1\u00bd", "1.5"),
    ("1234567", "1234567", "1_234_567", "1234567"),
    ("1234567", "1234567", "1\u2009234\u2009567", "1234567"),
    ("1234567", "1234567", "1\u202f234\u202f568", "1234568"),
    ("1234567", "1234567", "12,34,567", "1234567"),
    ("1234567", "1234567", "1,23,45,67", "1234567"),
    ("1,234.5", "1234.5", "1.234,5", "1234.5"),
    ("1,234", "1234", "1.234", "1234"),
    ("1.234", "1.234", "1,234", "1.234"),
    ("12.34", "12.34", "12,34", "12.34"),
    ("1,234,567.89", "1234567.89", "12,345,678.9", "12345678.9"),
    ("1,234,567.89", "1234567.89", "123,456,789", "123456789"),
    ("007", "7", "0.07", "0.07"),
    ("7", "7", "007", "7"),
    ("7", "7", "7.00", "7"),
    ("7", "7", "+7", "7"),
    ("7.5", "7.5", "7,5", "7.5"),
    ("1.5", "1.5", "1.5k", "1500"),
    ("1.5", "1.5", "1.5M", "1500000"),
    ("1.5", "1.5", "1.5 million", "1500000"),
    ("2.5", "2.5", "2.5bn", "2500000000"),
    ("1e15", "1000000000000000", "1e+15", "1000000000000000"),
    ("1000000000000000", "1000000000000000", "1e15", "1000000000000000"),
    ("1000000000000000", "1000000000000000", "1e16", "10000000000000000"),
    ("999999999999999", "999999999999999", "9999999999999999", "9999999999999999"),
    ("999999999999999", "999999999999999", "999999999999999.5", "999999999999999.5"),
    ("0.1", "0.1", "0.1000000000000001", "0.1000000000000001"),
    ("0.1", "0.1", "0.10000000000000001", "0.10000000000000001"),
    ("4503599627370496", "4503599627370496", "4503599627370497", "4503599627370497"),
    ("4503599627370496.5", "4503599627370496.5", "4503599627370496.25", "4503599627370496.25"),
]
R232_RFIELDS = [("amount", "Amount", "number"), ("balance", "Balance", "number"), ("distance_km", "Distance", "number")]


def r232_part3():
    for bt, bex, vt, vex in R232_R:
        for key, label, typ in R232_RFIELDS:
            for intro in [r232_rng.choice(R232_QINTROS[:2])]:
                name = r232_rng.choice(R232_NAMES)
                schema = S({"name": "string", key: typ})

                def doc(v):
                    return "Name: %s\n%s: %s\n" % (name, label, v)

                def ans(ex):
                    d = r232_D(ex)
                    t = format(d, "f")
                    return r232_obj_text([("name", '"%s"' % name), (key, t)])
                bp = intro.format(what="the %s" % label.lower(), doc=doc(bt))
                base = r232_addj("br", "r232_r_base", bp, schema, {"name": name, key: r232_D(bex)}, [ans(bex)],
                                 "pair", meta={"exact": {key: bex}, "typ": typ})
                safe = r232_D(bex) == r232_D(vex)
                vp = intro.format(what="the %s" % label.lower(), doc=doc(vt))
                r232_addj("sr" if safe else "pr", "r232_r_safe" if safe else "r232_r_far", vp, schema,
                          {"name": name, key: r232_D(vex)}, [ans(bex)] if safe else [ans(bex), ans(vex)],
                          "safe" if safe else "pair", safe=safe, meta={"exact": {key: vex}, "typ": typ, "base": base})
                # the other direction: variant text stored first, base text asked after
                if not safe:
                    name2 = r232_rng.choice(R232_NAMES)
                    def doc2(v):
                        return "Name: %s\n%s: %s\n" % (name2, label, v)
                    def ans2(ex):
                        return r232_obj_text([("name", '"%s"' % name2), (key, format(r232_D(ex), "f"))])
                    bp2 = intro.format(what="the %s" % label.lower(), doc=doc2(vt))
                    b2 = r232_addj("br", "r232_r_base", bp2, schema, {"name": name2, key: r232_D(vex)}, [ans2(vex)],
                                   "pair", meta={"exact": {key: vex}, "typ": typ})
                    vp2 = intro.format(what="the %s" % label.lower(), doc=doc2(bt))
                    r232_addj("pr", "r232_r_far", vp2, schema, {"name": name2, key: r232_D(bex)},
                              [ans2(vex), ans2(bex)], "pair", meta={"exact": {key: bex}, "typ": typ, "base": b2})


r232_part3()


# ------------------------------------------------------------------ part 4: a long record, one member changed out of a double's sight
R232_P4 = [  # (member, base text, base exact, variant text, variant exact)
    ("balance", "0.3", "0.3", "0.30000000000000001", "0.30000000000000001"),
    ("balance", "42.0", "42", "42.000000000000001", "42.000000000000001"),
    ("credit_limit", "1500", "1500", "1500.0000000000001", "1500.0000000000001"),
    ("credit_limit", "1.5e3", "1500", "1.5e4", "15000"),
    ("balance", "1234.56", "1234.56", "1234.57", "1234.57"),
    ("credit_limit", "999999999999999", "999999999999999", "999999999999998", "999999999999998"),
    ("balance", "0.123456789012345", "0.123456789012345", "0.123456789012346", "0.123456789012346"),
    ("credit_limit", "4503599627370496", "4503599627370496", "4503599627370497", "4503599627370497"),
    ("balance", "1,234,567.89", "1234567.89", "1,234,567.98", "1234567.98"),
    ("balance", "7", "7", "007", "7"),
]


def r232_part4():
    schema = S({"holder": "string", "account_id": "string", "balance": "number", "credit_limit": "number", "branch": "string"},
               {"balance": "current balance in EUR", "credit_limit": "credit limit in EUR"})
    for member, bt, bex, vt, vex in R232_P4:
        for rep in range(2):
            holder = r232_rng.choice(R232_NAMES)
            acct = "NO%02d %04d %02d %05d" % (r232_rng.randint(10, 99), r232_rng.randint(1000, 9999), r232_rng.randint(10, 99),
                                              r232_rng.randint(10000, 99999))
            branch = r232_rng.choice(["Bergen Sentrum", "Oslo Majorstuen", "Trondheim Torget", "Stavanger Vest"])
            other = r232_rng.choice(["2500", "750.25", "10000"])

            def doc(v):
                bal, lim = (v, other) if member == "balance" else (other, v)
                return ("Account holder: %s\nAccount ID: %s\nBranch: %s\nBalance: %s\nCredit limit: %s\n"
                        "Statement period: 2026-11-01 to 2026-11-30\nCurrency: EUR\n" % (holder, acct, branch, bal, lim))

            def ans(ex):
                bal, lim = (ex, other) if member == "balance" else (other, ex)
                return r232_obj_text([("holder", '"%s"' % holder), ("account_id", '"%s"' % acct), ("balance", format(r232_D(bal), "f")),
                                      ("credit_limit", format(r232_D(lim), "f")), ("branch", '"%s"' % branch)])

            def exp(ex):
                bal, lim = (ex, other) if member == "balance" else (other, ex)
                return {"holder": holder, "account_id": acct, "balance": r232_D(bal), "credit_limit": r232_D(lim),
                        "branch": branch}

            def ex_meta(ex):
                bal, lim = (ex, other) if member == "balance" else (other, ex)
                return {"balance": bal, "credit_limit": lim}
            intro = "Extract the account statement header as JSON.\n\nRecord:\n"
            bp = intro + doc(bt)
            base = r232_addj("ba", "r232_long_base", bp, schema, exp(bex), [ans(bex)], "pair",
                             meta={"exact": ex_meta(bex), "typ": "multi"})
            vp = intro + doc(vt)
            safe = r232_D(bex) == r232_D(vex)
            r232_addj("sa" if safe else "pa", "r232_long_far", vp, schema, exp(vex), [ans(bex)] if safe else [ans(bex), ans(vex)],
                      "safe" if safe else "pair", safe=safe, meta={"exact": ex_meta(vex), "typ": "multi", "base": base})
            # the other direction
            bp2 = intro + doc(vt).replace(holder, holder + " Jr.")
            b2 = r232_addj("ba", "r232_long_base", bp2, schema, dict(exp(vex), holder=holder + " Jr."),
                           [ans(vex).replace(holder, holder + " Jr.")], "pair", meta={"exact": ex_meta(vex), "typ": "multi"})
            vp2 = intro + doc(bt).replace(holder, holder + " Jr.")
            if not safe:
                r232_addj("pa", "r232_long_far", vp2, schema, dict(exp(bex), holder=holder + " Jr."),
                          [ans(vex).replace(holder, holder + " Jr."), ans(bex).replace(holder, holder + " Jr.")], "pair",
                          meta={"exact": ex_meta(bex), "typ": "multi", "base": b2})


r232_part4()

r232_found_alone_list = set()
r232_arguable_list = {'d232-sr-2642', 'd232-sr-2644'}
r232_found_alone |= r232_found_alone_list
r232_arguable |= r232_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 50: nothing clear was found from the cache (the two arguable items
# are left out); every 10th safe variant and every 30th of the rest (2,915 generated), each with the base of its pair.
# The expected numbers are exact (Decimal): check.py reads numbers as written.
from probe_kit import sample_round as r232_sample_round  # noqa: E402

r232_all = list(P)
r232_sample_round("d232-", set(), 30, safe_every=10)
r232_keep = {r232_p["id"] for r232_p in P if r232_p["id"].startswith("d232-")}
r232_keep |= {r232_meta[r232_i]["base"] for r232_i in list(r232_keep) if r232_meta.get(r232_i, {}).get("base")}
P[:] = [r232_p for r232_p in r232_all if (not r232_p["id"].startswith("d232-") or r232_p["id"] in r232_keep)
        and r232_p["id"] not in r232_arguable]
