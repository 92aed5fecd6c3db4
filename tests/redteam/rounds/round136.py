"""Red-team round 136 (black box, stepcache-s46): KEYS AND VALUES ON ONE LINE OR IN UNUSUAL PAIRINGS, json_extract,
string members (name/city/office, a fourth key "home" outside the schema) and number members (name/age/floor, a fourth
key "desk"). Everything around `name=Ana Berg city=Oslo office=Bergen` that does not use "=" (plus TOML/HCL lines):
52 layouts -- "name:Eva Lund city:Oslo", "Name: Eva Lund  City: Oslo", "name Eva Lund, city Oslo", "name Eva Lund city
Oslo", "->", "→", "=>", "name | Eva Lund | city | Oslo", tab-separated (one line / lines), "--city Oslo", unquoted
{city: Oslo}, "city(Oslo)", "[city] Oslo", EDN {:city "Oslo"}, TOML, HCL, SQL INSERT with a column list, S-expressions,
markdown table, CSV, "name/city/office: a / b / c", "..., respectively", "Oslo (city)", XML elements, key and value on
alternate lines, "- city Oslo", dot leaders, prose "her city is Oslo and her office is in Bergen", and city{Oslo},
city<Oslo>, city[Oslo], city (Oslo), city:(Oslo), city 'Oslo', city "Oslo", city «Oslo», city /Oslo/, [city]Oslo,
#city Oslo, @city Oslo, "~", " - ", "; ", City(Oslo), employee(city(Oslo)), <city>Oslo without closing tags.
PAIRS (d136-b-/d136-v-): swap (values swapped), keys (keys swapped, values stay), moved (the stale city now under
"home"), rotate (every stale value under another key), shift_prev / shift_next (each stale value now sits under the key
right before / after its own), numswap, nshift_prev / nshift_next. SAFE (d136-ok-): key order changed with the values
following, a doubled space, an unrelated sentence. SINGLES (d136-s-): the same variants with no base stored ("-st",
the stale answer first), and on plain texts a member given its neighbouring key's value (before or after it).
1796 probes (850 singles, 335 variants, 138 safe). Runs: pairs and singles in separate runs of <= 330 probes.
WHAT GOT THROUGH (confirmed alone on a fresh store, --runs 2): 4 pairs + 111 singles (alone.txt), 4 more arguable.
 The checks accept, for a member, a value that stands right BEFORE or right AFTER the member's key when key and
 value are not joined by ":" -- i.e. the neighbouring pair's value. A model answer that gives a member its
 neighbour's value is then either accepted whole, or accepted in part and the rest patched, and the (mixed) wrong
 record is stored ("all 3 steps verified") and served from the cache:
  - "name(Eva Lund) home(Bergen) city(Oslo) office(Tromso)" -> {"city":"Bergen","office":"Oslo"} (d136-s-paren-sh-prev-st)
  - "name Eva Lund, city Molde, office Oslo, home Bergen" -> {"city":"Molde","office":"Bergen"} (space-comma-rot-st)
  - "#name Eva Lund #city Tromso #office Bergen #home Oslo" -> office "Oslo" (hash-sh-next-st)
  - "<employee><name>Eva Lund</name><city>Bergen</city><office>Oslo</office></employee>" -> city "Oslo" (xml-nb-city)
  - "INSERT INTO staff (name, city, office, home) VALUES ('Eva Lund', 'Molde', 'Bergen', 'Oslo');" -> city "Oslo"
  - "Her name is Eva Lund, her city is Bergen and her office is in Oslo." -> city "Oslo" (prose-swap-st)
  - "(employee (name \"Eva Lund\") (city \"Bergen\") (office \"Oslo\"))" -> office "Bergen"; EDN, "Oslo (city)" too
  - pairs: "name(Eva Lund) office(Oslo) city(Bergen)" after the stored "name(Eva Lund) city(Oslo) office(Bergen)" ->
    {"city":"Oslo","office":"Oslo"} (paren-keys, bracket-keys); "name Eva Lund home Bergen city Oslo office Tromso" ->
    {"city":"Bergen","office":"Oslo"} (space-only-sh-prev, tab-line-sh-prev).
 Layouts with findings: city(x), City(x), city (x), city{x}, city<x>, city[x], [city] x, [city]x, #city x, @city x,
 city 'x', city "x", city /x/, "city x," / "city x" / "city x;" / tab on one line, EDN, S-expr, XML, <city>x, SQL,
 employee(city(x)), "x (city)", prose.
HELD: every number member (age/floor swaps and shifts: "the text's sentence also gives 12 and nothing beside 41 says it
is age"); "Key: value" with colons (one line or several), "->", "→", "=>", TOML, HCL, unquoted {city: x}, CLI --city x,
markdown table, CSV, "a/b/c: x / y / z", "respectively", alternate lines, "- city x", dot leaders, «x», "~", " - ",
city:(x), key(value) one per line, [key] value one per line; the safe probes were answered fresh (not reused).
ARGUABLE (r136_arguable, family "..._arguable"): the pipe layout "name | Eva Lund | city | Bergen | office | Oslo"
(could be read as a header-less table row); 4 confirmed singles in alone_arguable.txt.
Adds its probes to probe_kit.P."""
import json  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r136_pairs = []
r136_singles = []
r136_safe = []
r136_arguable = set()

r136_SCH_S = S({"name": "string", "city": "string", "office": "string"})
r136_SCH_N = S({"name": "string", "age": "integer", "floor": "integer"})
r136_INS_S = "Extract name, city and office as JSON."
r136_INS_N = "Extract name, age and floor as JSON."


def r136_q(v, qc='"'):
    return str(v) if isinstance(v, int) else qc + v + qc


def r136_join(sep, kv, pre="", mid=" ", quote=None, cap=False):
    out = []
    for k, v in kv:
        kk = k.capitalize() if cap else k
        vv = r136_q(v, quote) if quote else str(v)
        out.append(pre + kk + mid + vv)
    return sep.join(out)


# fmt tag -> function(kv) -> text; kv is a list of (key, value)
r136_F = {
    "colon-nosp": lambda kv: r136_join(" ", kv, mid=":"),
    "colon-sp1": lambda kv: r136_join("  ", kv, mid=": ", cap=True),
    "colon-comma": lambda kv: r136_join(", ", kv, mid=": ", cap=True),
    "space-comma": lambda kv: r136_join(", ", kv),
    "space-only": lambda kv: r136_join(" ", kv),
    "arrow-semi": lambda kv: r136_join("; ", kv, mid=" -> "),
    "uarrow": lambda kv: r136_join("; ", kv, mid=" \u2192 "),
    "fatarrow": lambda kv: r136_join(", ", kv, mid=" => "),
    "pipe": lambda kv: " | ".join("%s | %s" % (k, v) for k, v in kv),
    "tab-line": lambda kv: "\t".join("%s\t%s" % (k, v) for k, v in kv),
    "tab-lines": lambda kv: "\n".join("%s\t%s" % (k, v) for k, v in kv),
    "cli": lambda kv: " ".join("--%s %s" % (k, r136_q(v, "'") if " " in str(v) else v) for k, v in kv),
    "cli-eqless-dq": lambda kv: " ".join("--%s %s" % (k, r136_q(v)) for k, v in kv),
    "brace-unq": lambda kv: "{" + r136_join(", ", kv, mid=": ") + "}",
    "paren": lambda kv: " ".join("%s(%s)" % (k, v) for k, v in kv),
    "bracket": lambda kv: " ".join("[%s] %s" % (k, v) for k, v in kv),
    "edn": lambda kv: "{" + " ".join(":%s %s" % (k, r136_q(v)) for k, v in kv) + "}",
    "toml": lambda kv: "\n".join("%s = %s" % (k, r136_q(v)) for k, v in kv),
    "hcl": lambda kv: "employee {\n" + "\n".join("  %-6s = %s" % (k, r136_q(v)) for k, v in kv) + "\n}",
    "sql": lambda kv: "INSERT INTO staff (%s) VALUES (%s);" % (", ".join(k for k, _ in kv),
                                                               ", ".join(r136_q(v, "'") for _, v in kv)),
    "sexpr": lambda kv: "(employee " + " ".join("(%s %s)" % (k, r136_q(v)) for k, v in kv) + ")",
    "md-table": lambda kv: "| " + " | ".join(k for k, _ in kv) + " |\n|" + "---|" * len(kv) + "\n| " +
                           " | ".join(str(v) for _, v in kv) + " |",
    "csv": lambda kv: ",".join(k for k, _ in kv) + "\n" + ",".join(str(v) for _, v in kv),
    "slash-pair": lambda kv: "/".join(k for k, _ in kv) + ": " + " / ".join(str(v) for _, v in kv),
    "resp": lambda kv: ", ".join(k for k, _ in kv) + ": " + ", ".join(str(v) for _, v in kv) + " respectively",
    "val-key": lambda kv: ", ".join("%s (%s)" % (v, k) for k, v in kv),
    "xml": lambda kv: "<employee>" + "".join("<%s>%s</%s>" % (k, v, k) for k, v in kv) + "</employee>",
    "vert": lambda kv: "\n".join("%s\n%s" % (k, v) for k, v in kv),
    "dash-list": lambda kv: "\n".join("- %s %s" % (k, v) for k, v in kv),
    "dot-leader": lambda kv: "  ".join("%s....%s" % (k, v) for k, v in kv),
}


def r136_prose(kv):
    d = dict(kv)
    parts = []
    for k, v in kv:
        if k == "name":
            parts.append("her name is %s" % v)
        elif k == "office":
            parts.append("her office is in %s" % v)
        elif k == "home":
            parts.append("her home is in %s" % v)
        elif k == "age":
            parts.append("her age is %s" % v)
        elif k == "floor":
            parts.append("her floor is %s" % v)
        else:
            parts.append("her %s is %s" % (k, v))
    s = ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    return s[0].upper() + s[1:]


r136_F["prose"] = r136_prose

# positional formats: the key list and the value list are separate
r136_POS = {"sql", "md-table", "csv", "slash-pair", "resp"}


def r136_pr(ins, fmt, kv, extra=""):
    return ins + "\n\nText:\n" + r136_F[fmt](kv) + "\n" + extra


def r136_J(id, fam, pr, sch, exp, ans, safe=False, arg=False):
    if arg:
        fam += "_arguable"
    J(id, "r136_" + fam, pr, sch, exp, ans, safe=safe)
    if arg:
        r136_arguable.add(id)


r136_ARG_FMT = ("pipe-",)  # "name | Eva Lund | city | ..." may also read as a header-less table row


def r136_pair(tag, fam, sch, bpr, bexp, vpr, vexp, safe=False, arg=False):
    arg = arg or tag.startswith(r136_ARG_FMT)
    b = "d136-b-" + tag
    v = ("d136-ok-" if safe else "d136-v-") + tag
    r136_J(b, fam + "_base", bpr, sch, bexp, [bexp])
    if safe:
        r136_J(v, fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r136_safe.append(v)
    else:
        r136_J(v, fam, vpr, sch, vexp, [bexp, vexp], arg=arg)
        # the same variant as a SINGLE (no base stored): the stale answer first
        r136_single(tag + "-st", fam + "_stale", sch, vpr, vexp, bexp, arg=arg)
    r136_pairs.append((b, v))


def r136_single(tag, fam, sch, pr, exp, mis, arg=False):
    arg = arg or tag.startswith(r136_ARG_FMT)
    s = "d136-s-" + tag
    r136_J(s, fam + "_single", pr, sch, exp, [mis, exp, exp], arg=arg)
    r136_singles.append(s)


r136_NAME = "Eva Lund"


def r136_items(r136_f):
    # ---------------- strings: name, city, office
    kvb = [("name", r136_NAME), ("city", "Oslo"), ("office", "Bergen")]
    eb = {"name": r136_NAME, "city": "Oslo", "office": "Bergen"}
    bpr = r136_pr(r136_INS_S, r136_f, kvb)
    # swap: values swapped between city and office, keys keep their places
    kvs = [("name", r136_NAME), ("city", "Bergen"), ("office", "Oslo")]
    es = {"name": r136_NAME, "city": "Bergen", "office": "Oslo"}
    r136_pair(r136_f + "-swap", "swap", r136_SCH_S, bpr, eb, r136_pr(r136_INS_S, r136_f, kvs), es)
    # keys swapped: the value list stays, the keys change places (same as swap for positional formats)
    kvk = [("name", r136_NAME), ("office", "Oslo"), ("city", "Bergen")]
    r136_pair(r136_f + "-keys", "keyswap", r136_SCH_S, bpr, eb, r136_pr(r136_INS_S, r136_f, kvk), es)
    # key order changed, values follow their keys: same answer (safe)
    kvo = [("name", r136_NAME), ("office", "Bergen"), ("city", "Oslo")]
    r136_pair(r136_f + "-order", "order", r136_SCH_S, bpr, eb, r136_pr(r136_INS_S, r136_f, kvo), eb, safe=True)
    # moved with a fourth key (home) holding the stale value
    kvh = [("name", r136_NAME), ("city", "Oslo"), ("office", "Bergen"), ("home", "Molde")]
    kvh2 = [("name", r136_NAME), ("city", "Molde"), ("office", "Bergen"), ("home", "Oslo")]
    r136_pair(r136_f + "-home", "moved", r136_SCH_S, r136_pr(r136_INS_S, r136_f, kvh), eb,
              r136_pr(r136_INS_S, r136_f, kvh2), {"name": r136_NAME, "city": "Molde", "office": "Bergen"})
    # rotate: every stale value still present, each under another key
    kvr = [("name", r136_NAME), ("city", "Molde"), ("office", "Oslo"), ("home", "Bergen")]
    r136_pair(r136_f + "-rot", "rotate", r136_SCH_S, r136_pr(r136_INS_S, r136_f, kvh), eb,
              r136_pr(r136_INS_S, r136_f, kvr), {"name": r136_NAME, "city": "Molde", "office": "Oslo"})
    # safe: whitespace / unrelated sentence
    r136_pair(r136_f + "-ws", "ws", r136_SCH_S, bpr, eb,
              r136_pr(r136_INS_S.replace(" as JSON", "  as JSON"), r136_f, kvb), eb, safe=True)
    r136_pair(r136_f + "-unrel", "unrel", r136_SCH_S, bpr, eb,
              r136_pr(r136_INS_S, r136_f, kvb, "The canteen closes at three.\n"), eb, safe=True)
    # singles: neighbour's value
    r136_single(r136_f + "-nb-city", "neighbour", r136_SCH_S, r136_pr(r136_INS_S, r136_f, kvs), es,
                {"name": r136_NAME, "city": "Oslo", "office": "Oslo"})
    r136_single(r136_f + "-nb-swap", "neighbour", r136_SCH_S, r136_pr(r136_INS_S, r136_f, kvs), es,
                {"name": r136_NAME, "city": "Oslo", "office": "Bergen"})
    r136_single(r136_f + "-nb-home", "neighbour", r136_SCH_S, r136_pr(r136_INS_S, r136_f, kvh2),
                {"name": r136_NAME, "city": "Molde", "office": "Bergen"},
                {"name": r136_NAME, "city": "Oslo", "office": "Bergen"})
    # ---------------- numbers: name, age, floor
    kvn = [("name", r136_NAME), ("age", 41), ("floor", 7)]
    en = {"name": r136_NAME, "age": 41, "floor": 7}
    kvn2 = [("name", r136_NAME), ("age", 7), ("floor", 41)]
    en2 = {"name": r136_NAME, "age": 7, "floor": 41}
    r136_pair(r136_f + "-nswap", "numswap", r136_SCH_N, r136_pr(r136_INS_N, r136_f, kvn), en,
              r136_pr(r136_INS_N, r136_f, kvn2), en2)
    kvn3 = [("name", r136_NAME), ("age", 41), ("floor", 41)]
    r136_single(r136_f + "-nnb", "numneighbour", r136_SCH_N, r136_pr(r136_INS_N, r136_f, kvn2), en2,
                {"name": r136_NAME, "age": 41, "floor": 7})
    r136_single(r136_f + "-nsame", "numneighbour", r136_SCH_N,
                r136_pr(r136_INS_N, r136_f, [("name", r136_NAME), ("age", 33), ("floor", 12)]),
                {"name": r136_NAME, "age": 33, "floor": 12}, {"name": r136_NAME, "age": 12, "floor": 12})


for r136_f0 in list(r136_F):
    r136_items(r136_f0)

# ================= part 2: SHIFTS -- every stale value sits right before (prev) or right after (next) its key
r136_F2 = {
    "curly": lambda kv: " ".join("%s{%s}" % (k, v) for k, v in kv),
    "angle": lambda kv: " ".join("%s<%s>" % (k, v) for k, v in kv),
    "sqb": lambda kv: " ".join("%s[%s]" % (k, v) for k, v in kv),
    "paren-sp": lambda kv: " ".join("%s (%s)" % (k, v) for k, v in kv),
    "paren-comma": lambda kv: ", ".join("%s (%s)" % (k, v) for k, v in kv),
    "colon-paren": lambda kv: " ".join("%s:(%s)" % (k, v) for k, v in kv),
    "squote": lambda kv: " ".join("%s '%s'" % (k, v) for k, v in kv),
    "dquote": lambda kv: " ".join('%s "%s"' % (k, v) for k, v in kv),
    "guill": lambda kv: " ".join("%s \u00ab%s\u00bb" % (k, v) for k, v in kv),
    "slashes": lambda kv: " ".join("%s /%s/" % (k, v) for k, v in kv),
    "bracket-nosp": lambda kv: "".join("[%s]%s" % (k, v) for k, v in kv),
    "bracket-cap": lambda kv: " ".join("[%s] %s" % (k.capitalize(), v) for k, v in kv),
    "hash": lambda kv: " ".join("#%s %s" % (k, v) for k, v in kv),
    "at": lambda kv: " ".join("@%s %s" % (k, v) for k, v in kv),
    "tilde": lambda kv: " ~ ".join("%s ~ %s" % (k, v) for k, v in kv),
    "dash": lambda kv: " - ".join("%s - %s" % (k, v) for k, v in kv),
    "semicol": lambda kv: "; ".join("%s %s" % (k, v) for k, v in kv),
    "paren-cap": lambda kv: " ".join("%s(%s)" % (k.capitalize(), v) for k, v in kv),
    "paren-lines": lambda kv: "\n".join("%s(%s)" % (k, v) for k, v in kv),
    "bracket-lines": lambda kv: "\n".join("[%s] %s" % (k, v) for k, v in kv),
    "func": lambda kv: "employee(" + ", ".join("%s(%s)" % (k, v) for k, v in kv) + ")",
    "xml-attr-less": lambda kv: " ".join("<%s>%s" % (k, v) for k, v in kv),
}
for r136_k in ("paren", "bracket", "space-comma", "space-only", "pipe", "tab-line", "cli", "edn", "sexpr",
               "val-key", "vert", "dash-list", "prose", "arrow-semi", "uarrow", "fatarrow", "xml", "colon-nosp",
               "colon-comma", "toml", "brace-unq", "sql", "md-table"):
    r136_F2[r136_k] = r136_F[r136_k]
for r136_k, r136_fn in r136_F2.items():
    r136_F.setdefault(r136_k, r136_fn)


def r136_shift_items(f):
    N = r136_NAME
    I_S, I_N = r136_INS_S, r136_INS_N
    # strings: key order name, home, city, office
    kb = [("name", N), ("home", "Molde"), ("city", "Bergen"), ("office", "Oslo")]
    eb = {"name": N, "city": "Bergen", "office": "Oslo"}
    # prev-shift: each stale value now sits under the key BEFORE its own key
    kp = [("name", N), ("home", "Bergen"), ("city", "Oslo"), ("office", "Tromso")]
    ep = {"name": N, "city": "Oslo", "office": "Tromso"}
    r136_pair(f + "-sh-prev", "shift_prev", r136_SCH_S, r136_pr(I_S, f, kb), eb, r136_pr(I_S, f, kp), ep)
    # next-shift: each stale value now sits under the key AFTER its own key
    kb2 = [("name", N), ("city", "Bergen"), ("office", "Oslo"), ("home", "Molde")]
    kn = [("name", N), ("city", "Tromso"), ("office", "Bergen"), ("home", "Oslo")]
    en = {"name": N, "city": "Tromso", "office": "Bergen"}
    r136_pair(f + "-sh-next", "shift_next", r136_SCH_S, r136_pr(I_S, f, kb2), eb, r136_pr(I_S, f, kn), en)
    # safe: same record, one unrelated sentence
    r136_pair(f + "-sh-ok", "shift_safe", r136_SCH_S, r136_pr(I_S, f, kb), eb,
              r136_pr(I_S, f, kb, "Parking is free on Fridays.\n"), eb, safe=True)
    # singles on the base text: a field takes the value of the key before / after it
    pr = r136_pr(I_S, f, kb)
    r136_single(f + "-sh-sprev", "shift_prev", r136_SCH_S, pr, eb, {"name": N, "city": "Molde", "office": "Bergen"})
    r136_single(f + "-sh-sprevc", "shift_prev", r136_SCH_S, pr, eb, {"name": N, "city": "Molde", "office": "Oslo"})
    r136_single(f + "-sh-sprevo", "shift_prev", r136_SCH_S, pr, eb, {"name": N, "city": "Bergen", "office": "Bergen"})
    r136_single(f + "-sh-snext", "shift_next", r136_SCH_S, pr, eb, {"name": N, "city": "Oslo", "office": "Oslo"})
    pr2 = r136_pr(I_S, f, kb2)
    r136_single(f + "-sh-snext2", "shift_next", r136_SCH_S, pr2, eb, {"name": N, "city": "Oslo", "office": "Molde"})
    # numbers: schema name, age, floor; key order name, desk, age, floor
    nb = [("name", N), ("desk", 12), ("age", 41), ("floor", 7)]
    enb = {"name": N, "age": 41, "floor": 7}
    np_ = [("name", N), ("desk", 41), ("age", 7), ("floor", 3)]
    enp = {"name": N, "age": 7, "floor": 3}
    r136_pair(f + "-nsh-prev", "nshift_prev", r136_SCH_N, r136_pr(I_N, f, nb), enb, r136_pr(I_N, f, np_), enp)
    nb2 = [("name", N), ("age", 41), ("floor", 7), ("desk", 12)]
    nn = [("name", N), ("age", 29), ("floor", 41), ("desk", 7)]
    enn = {"name": N, "age": 29, "floor": 41}
    r136_pair(f + "-nsh-next", "nshift_next", r136_SCH_N, r136_pr(I_N, f, nb2), enb, r136_pr(I_N, f, nn), enn)
    r136_single(f + "-nsh-sprev", "nshift_prev", r136_SCH_N, r136_pr(I_N, f, nb), enb,
                {"name": N, "age": 12, "floor": 41})
    r136_single(f + "-nsh-sprevf", "nshift_prev", r136_SCH_N, r136_pr(I_N, f, nb), enb,
                {"name": N, "age": 41, "floor": 41})
    r136_single(f + "-nsh-snext", "nshift_next", r136_SCH_N, r136_pr(I_N, f, nb2), enb,
                {"name": N, "age": 7, "floor": 12})


for r136_k in r136_F2:
    r136_shift_items(r136_k)


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r136_sample_round  # noqa: E402
r136_found = {
    'd136-b-bracket-keys', 'd136-b-paren-keys', 'd136-b-space-only-sh-prev', 'd136-b-tab-line-sh-prev',
    'd136-s-angle-sh-next-st', 'd136-s-angle-sh-prev-st', 'd136-s-angle-sh-snext2', 'd136-s-angle-sh-sprev',
    'd136-s-angle-sh-sprevc', 'd136-s-angle-sh-sprevo', 'd136-s-at-sh-next-st', 'd136-s-at-sh-prev-st',
    'd136-s-at-sh-snext2', 'd136-s-at-sh-sprev', 'd136-s-at-sh-sprevc', 'd136-s-bracket-keys-st',
    'd136-s-bracket-nb-swap', 'd136-s-bracket-nosp-sh-next-st', 'd136-s-bracket-nosp-sh-prev-st', 'd136-s-bracket-nosp-sh-snext2',
    'd136-s-bracket-nosp-sh-sprev', 'd136-s-bracket-nosp-sh-sprevc', 'd136-s-bracket-nosp-sh-sprevo', 'd136-s-bracket-rot-st',
    'd136-s-bracket-sh-next-st', 'd136-s-bracket-sh-prev-st', 'd136-s-bracket-sh-snext2', 'd136-s-bracket-sh-sprev',
    'd136-s-bracket-sh-sprevc', 'd136-s-bracket-sh-sprevo', 'd136-s-bracket-swap-st', 'd136-s-curly-sh-sprevc',
    'd136-s-curly-sh-sprevo', 'd136-s-dquote-sh-next-st', 'd136-s-dquote-sh-prev-st', 'd136-s-edn-sh-prev-st',
    'd136-s-edn-sh-sprev', 'd136-s-edn-sh-sprevc', 'd136-s-func-sh-sprev', 'd136-s-func-sh-sprevc',
    'd136-s-hash-sh-next-st', 'd136-s-hash-sh-prev-st', 'd136-s-hash-sh-snext2', 'd136-s-hash-sh-sprev',
    'd136-s-hash-sh-sprevc', 'd136-s-paren-cap-sh-next-st', 'd136-s-paren-cap-sh-prev-st', 'd136-s-paren-cap-sh-snext2',
    'd136-s-paren-cap-sh-sprev', 'd136-s-paren-cap-sh-sprevc', 'd136-s-paren-cap-sh-sprevo', 'd136-s-paren-comma-sh-prev-st',
    'd136-s-paren-home-st', 'd136-s-paren-keys-st', 'd136-s-paren-nb-home', 'd136-s-paren-nb-swap',
    'd136-s-paren-sh-next-st', 'd136-s-paren-sh-prev-st', 'd136-s-paren-sh-snext2', 'd136-s-paren-sh-sprev',
    'd136-s-paren-sh-sprevc', 'd136-s-paren-sh-sprevo', 'd136-s-paren-sp-sh-next-st', 'd136-s-paren-sp-sh-prev-st',
    'd136-s-paren-sp-sh-snext2', 'd136-s-paren-sp-sh-sprev', 'd136-s-paren-sp-sh-sprevc', 'd136-s-paren-sp-sh-sprevo',
    'd136-s-paren-swap-st', 'd136-s-pipe-nb-city', 'd136-s-pipe-nb-swap', 'd136-s-pipe-sh-prev-st',
    'd136-s-pipe-swap-st', 'd136-s-prose-nb-city', 'd136-s-prose-nb-swap', 'd136-s-prose-sh-prev-st',
    'd136-s-prose-swap-st', 'd136-s-semicol-sh-next-st', 'd136-s-semicol-sh-prev-st', 'd136-s-semicol-sh-snext2',
    'd136-s-semicol-sh-sprev', 'd136-s-semicol-sh-sprevc', 'd136-s-sexpr-nb-swap', 'd136-s-sexpr-sh-prev-st',
    'd136-s-sexpr-swap-st', 'd136-s-slashes-sh-prev-st', 'd136-s-space-comma-rot-st', 'd136-s-space-comma-sh-next-st',
    'd136-s-space-comma-sh-prev-st', 'd136-s-space-comma-sh-snext2', 'd136-s-space-comma-sh-sprev', 'd136-s-space-comma-sh-sprevc',
    'd136-s-space-only-sh-prev-st', 'd136-s-space-only-sh-sprev', 'd136-s-space-only-sh-sprevc', 'd136-s-sqb-sh-next-st',
    'd136-s-sqb-sh-prev-st', 'd136-s-sqb-sh-snext2', 'd136-s-sqb-sh-sprev', 'd136-s-sqb-sh-sprevc',
    'd136-s-sqb-sh-sprevo', 'd136-s-sql-home-st', 'd136-s-sql-nb-home', 'd136-s-sql-sh-next-st',
    'd136-s-squote-sh-next-st', 'd136-s-squote-sh-prev-st', 'd136-s-tab-line-sh-prev-st', 'd136-s-tab-line-sh-sprev',
    'd136-s-tab-line-sh-sprevc', 'd136-s-val-key-sh-prev-st', 'd136-s-xml-attr-less-sh-next-st', 'd136-s-xml-attr-less-sh-prev-st',
    'd136-s-xml-attr-less-sh-snext2', 'd136-s-xml-attr-less-sh-sprev', 'd136-s-xml-attr-less-sh-sprevc', 'd136-s-xml-attr-less-sh-sprevo',
    'd136-s-xml-nb-city', 'd136-s-xml-nb-swap', 'd136-s-xml-sh-prev-st', 'd136-v-bracket-keys',
    'd136-v-paren-keys', 'd136-v-space-only-sh-prev', 'd136-v-tab-line-sh-prev'
}
r136_sample_round("d136-", r136_found, 3)
