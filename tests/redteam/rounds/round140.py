"""Red-team round 140 (black box): TABLES AND COLUMNS, json_extract.
FOCUS: records written as CSV (",", ", ", ";"), TSV, pipe-separated lines, markdown tables, fixed-width columns, HTML
<table>, two-column field/value tables and transposed tables (labels in the first column, records in later columns).
3358 probes from templates: 296 bases (d140-b-), 1838 pair variants (d140-v-), 610 singles (d140-s-), 614 safe
variants (d140-ok-). Domains: strings (name/city/office/home, flight/origin/destination/via, model/colour/trim,
languages), integers (age/floor/desk, ordered/shipped), numbers (price/cost/tax, net/gross, min/max, lat/lon, budget,
fee/yield), booleans (active/verified, paid/shipped). Every table has a 4th column that is no member.
Variants: header cells swapped / rotated with the values staying (so a value sits under another header); the values
swapped under the same header; a column added to or removed from the HEADER only; an empty cell ("", "-", "n/a",
"null", '""') or a missing cell so the values shift left; a row added above/below; a header repeated mid-table in
another order; a two-row header whose second row is swapped; units in a header or in a unit row under the header
("weight (kg)" -> "(lb)"/"(g)", "price (EUR)" -> "(EUR k)"/"(cents)", "duration (h)" -> "(min)", "height (m)" ->
"(cm)", "distance_km" -> "distance_mi", "fee (fraction)" -> "(%)"); the row chosen by a condition ("the row whose
status is active", "the last row" with a row or a Total row added below, "the first row" with a row added above,
"the row for Jonas Berg"); a quoted cell holding the delimiter ('"Berg, Jonas"', '"Oslo, Norway"', '"24,90"',
'"Siv Aas, Jr."'); transposed tables whose labels swap, and a "2023 | 2024" pair of record columns whose headers swap.
Singles: the variant text under another instruction, the model answering the stale/mis-parsed record.
Safe: whitespace / column widths, columns reordered with their data, a column added with its data, the header
repeated, upper-case headers, an unrelated sentence after the table, the asked row moved (named by a unique key).
Each base with its variants was run on its own fresh SQLite store (--runs 2), each single alone (--runs 2).

HELD: every single (610: none stored and served again); every markdown, fixed-width and HTML table (their bases are
mostly not stored: "no cached candidate"); field/value and transposed tables (bases stored; label swaps refused);
header swaps of strings, integers and booleans (reuse refused, or the licensed rewrite gave the right value);
values swapped under the same header; units in a header or unit row (bases "duration (h)" / "height (m)" stored,
"(min)" / "(cm)" variants refused); all condition-picked rows ("the text holds 2 records", "the request selects one
record, but the text marks no records"); rows added; quoted delimiters in "," / ";" CSV; the header repeated
mid-table; two-row headers.

GOT THROUGH (confirmed alone, base + variant on a fresh store, --runs 2; alone.txt: 62 clear pairs + 6 arguable
(alone_arguable.txt); reason "all 3 steps verified"; r140_found_clear / r140_found_arguable):
(A) AN EMPTY OR MISSING CELL IN A STORED ONE-ROW TABLE (49 pairs): the stored record is reused with the empty member
rewritten to the value of the NEXT column, while the next member keeps its stored value -- a record no reading gives:
  "flight|origin|destination|via / SK4035|-|Bergen|Stavanger" -> {"origin":"Bergen","destination":"Bergen"}
  (d140-v-wsorig-pipe-dash; also "", "n/a", "null", '""', an em dash, "unknown"),
  "isbn|title|author|publisher / 978-82-05-12345-6|unknown|Knut Hamsun|Gyldendal" -> title "Knut Hamsun"
  (d140-v-xbk-pipe-unk), "model|colour|trim|seats / Volvo XC40|""|black|grey" -> colour "black";
  a row with ONE CELL FEWER than the header: "name,city,office,home / Jonas Berg,Bergen,Tromso" ->
  {"city":"Bergen","office":"Bergen"} (d140-v-str-csv-shift; ",", ", ", ";", tab, "|": d140-v-xpet-tsv-shift).
  Empty-cell markers got through in pipe tables only (CSV/semicolon: "the text states city: -"); string members
  only -- integers, numbers, booleans held.
(B) PRICE/COST HEADERS SWAPPED, VALUES IN PLACE (9 pairs): "item;cost;price;tax / Mixer;24.90;18.50;4.98" serves the
  stored {"price":24.9,"cost":18.5} (right: price 18.5, cost 24.9): d140-v-num-semi-hswap, "item, cost, price, tax /
  Sofa, 900, 640, 180" (d140-v-ypcint-csvsp-hswap); ";", ", ", tab; not "," nor "|" (base not stored), and not
  bid/ask, buy/sell, old_price/new_price, list_price/unit_price, net/gross, min/max, lat/lon, budget/spent, fee/yield
  (refused or rewritten right).
ARGUABLE (r140_arguable, family "..._arguable"): a column added to the header only ("name,team,city,office,home /
Jonas Berg,Oslo,Bergen,Tromso" serves city Oslo -- a reader may take the missing cell to be team's; 5 pairs); the
pipe table with a quoted '"Oslo| Norway"' cell (quoting is no pipe convention) serving city "Oslo" (1 pair).
Only in the joint run (not alone, not kept): d140-v-xdep-semi-shift, d140-v-xpet-pipe-last-dash.
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r140_pairs = []
r140_singles = []
r140_safe_ids = []
r140_arguable = set()
r140_bases = {}


def r140_bad(sch_keys):
    """An answer no served JSON matches (no single right answer)."""
    return {k: "999-none" for k in sch_keys}


def r140_base(tag, fam, sch, pr, exp):
    if pr in r140_bases:
        return r140_bases[pr]
    b = "d140-b-" + tag
    J(b, "r140_" + fam + "_base", pr, sch, exp, [exp])
    r140_bases[pr] = b
    return b


def r140_pair(b, tag, fam, sch, pr, exp, stale, right=None, arg=False):
    v = "d140-v-" + tag
    ans = [stale] + ([right] if right is not None else ([exp] if exp is not None else []))
    J(v, "r140_" + fam + ("_arguable" if arg else ""), pr, sch, exp, ans)
    r140_pairs.append((b, v))
    if arg:
        r140_arguable.add(v)


def r140_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d140-s-" + tag
    J(s, "r140_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis])
    r140_singles.append(s)
    if arg:
        r140_arguable.add(s)


def r140_safe(b, tag, fam, sch, pr, exp):
    v = "d140-ok-" + tag
    J(v, "r140_" + fam + "_safe", pr, sch, exp, [exp], safe=True)
    r140_safe_ids.append(v)
    r140_pairs.append((b, v))


# ------------------------------------------------------------------ layouts
def r140_q(c, sep):
    return c


def r140_render(lay, H, R, loose=False):
    """H: list of header rows (each a list of cells), R: list of data rows."""
    rows = list(H) + list(R)
    if lay in ("csv", "csvsp", "semi", "tsv", "pipe"):
        sep = {"csv": ",", "csvsp": ", ", "semi": ";", "tsv": "\t", "pipe": "|"}[lay]
        if loose:
            sep = {"csv": ", ", "csvsp": ",  ", "semi": "; ", "tsv": "\t\t", "pipe": " | "}[lay]
        return "\n".join(sep.join(r) for r in rows) + "\n"
    if lay == "md":
        out = []
        for i, r in enumerate(rows):
            out.append("| " + " | ".join(r) + " |")
            if i == len(H) - 1:
                out.append("|" + "|".join("---" for _ in r) + "|")
        if loose:
            out = [o.replace(" | ", "  |  ") for o in out]
        return "\n".join(out) + "\n"
    if lay == "fw":
        n = max(len(r) for r in rows)
        w = [max(len(r[i]) if i < len(r) else 0 for r in rows) + (4 if loose else 2) for i in range(n)]
        return "\n".join("".join(r[i].ljust(w[i]) for i in range(len(r))).rstrip() for r in rows) + "\n"
    if lay == "html":
        out = ["<table>"]
        for i, r in enumerate(rows):
            tg = "th" if i < len(H) else "td"
            out.append("<tr>" + "".join("<%s>%s</%s>" % (tg, c, tg) for c in r) + "</tr>")
        out.append("</table>")
        return ("\n" if loose else "").join(out) + "\n"
    raise ValueError(lay)


r140_LAYS = ["csv", "csvsp", "semi", "tsv", "pipe", "md", "fw", "html"]

# domains: tag, schema, headers (4, the 4th no member), cells (4), typed (4), instruction, other record's cells
r140_DOMS = [
    ("str", S({"name": "string", "city": "string", "office": "string"}),
     ["name", "city", "office", "home"], ["Jonas Berg", "Oslo", "Bergen", "Tromso"],
     ["Jonas Berg", "Oslo", "Bergen", "Tromso"], "Extract name, city and office as JSON.",
     ["Lena Dahl", "Molde", "Narvik", "Alta"], ["Lena Dahl", "Molde", "Narvik", "Alta"]),
    ("int", S({"name": "string", "age": "integer", "floor": "integer"}),
     ["name", "age", "floor", "desk"], ["Siv Aas", "41", "7", "12"], ["Siv Aas", 41, 7, 12],
     "Extract name, age and floor as JSON.",
     ["Ivar Lie", "35", "3", "19"], ["Ivar Lie", 35, 3, 19]),
    ("num", S({"item": "string", "price": "number", "cost": "number"}),
     ["item", "price", "cost", "tax"], ["Kettle", "24.90", "18.50", "4.98"], ["Kettle", 24.9, 18.5, 4.98],
     "Extract item, price and cost as JSON.",
     ["Toaster", "39.00", "27.25", "7.80"], ["Toaster", 39.0, 27.25, 7.8]),
    ("bool", S({"name": "string", "active": "boolean", "verified": "boolean"}),
     ["name", "active", "verified", "admin"], ["Ola Nes", "yes", "no", "yes"], ["Ola Nes", True, False, True],
     "Extract name, active and verified as JSON.",
     ["Kari Holm", "no", "yes", "no"], ["Kari Holm", False, True, False]),
]
r140_NAMES = {"str": ["Jonas Berg", "Ana Lund", "Per Vik", "Eva Moe", "Tor Bakke", "Ida Sund", "Nils Rud", "Mia Foss"],
              "int": ["Siv Aas", "Ola Brun", "Kim Hauge", "Liv Strand", "Arne Fjell", "Tone Lia", "Geir Dal", "Rut Sand"],
              "num": ["Kettle", "Blender", "Mixer", "Grill", "Juicer", "Heater", "Fan", "Lamp"],
              "bool": ["Ola Nes", "Bo Ek", "Siri Vang", "Jon Lien", "Une Borg", "Pia Nord", "Leif Eng", "Ane Haug"]}


def r140_cap(h, lay):
    return h.capitalize() if lay in ("md", "fw", "html") else h


def r140_rec(keys, typed):
    return {keys[i]: typed[i] for i in range(3)}


for r140_dt, r140_sch, r140_H0, r140_C0, r140_T0, r140_ins, r140_C2, r140_T2 in r140_DOMS:
    r140_keys = list(r140_sch["properties"])
    r140_bad_ = r140_bad(r140_keys)
    for r140_li, r140_lay in enumerate(r140_LAYS):
        r140_nm = r140_NAMES[r140_dt][r140_li]
        C = [r140_nm] + r140_C0[1:]
        T = [r140_nm] + r140_T0[1:]
        H = [r140_cap(h, r140_lay) for h in r140_H0]
        C2, T2 = r140_C2, r140_T2
        lay = r140_lay
        tg = "%s-%s" % (r140_dt, lay)

        def R(Hs, Rs, loose=False):
            return r140_render(lay, Hs, Rs, loose)

        base_pr = r140_ins + "\n" + R([H], [C])
        exp = r140_rec(r140_keys, T)
        b = r140_base(tg, "plain", r140_sch, base_pr, exp)
        sins = "Return %s from the table as JSON." % ", ".join(r140_keys)

        def V(vt, fam, Hs, Rs, vexp, mis=None, arg=False, ins=None):
            pr = (ins or r140_ins) + "\n" + R(Hs, Rs)
            r140_pair(b, tg + "-" + vt, fam, r140_sch, pr, vexp, exp,
                      right=(mis if vexp is r140_bad_ and mis is not None else None), arg=arg)
            spr = sins + "\n" + R(Hs, Rs)
            r140_single(tg + "-" + vt, fam, r140_sch, spr, vexp, mis if mis is not None else exp, arg=arg)

        def sw(L, i, j):
            L = list(L)
            L[i], L[j] = L[j], L[i]
            return L

        # 1. header cells swapped, values stay
        V("hswap", "hdr_swap", [sw(H, 1, 2)], [C], r140_rec(r140_keys, sw(T, 1, 2)))
        # header rotated over the 3 value columns (city,office,home -> office,home,city)
        Hr = [H[0], H[2], H[3], H[1]]
        V("hrot", "hdr_rot", [Hr], [C], {r140_keys[0]: T[0], r140_keys[1]: T[3], r140_keys[2]: T[1]})
        # member header swapped with the non-member column
        V("hswap13", "hdr_swap", [sw(H, 1, 3)], [C], {r140_keys[0]: T[0], r140_keys[1]: T[3], r140_keys[2]: T[2]})
        # 2. values swapped, header stays
        V("vswap", "val_swap", [H], [sw(C, 1, 2)], r140_rec(r140_keys, sw(T, 1, 2)))
        # 3. a column added in the header only (values shift under other headers): ambiguous
        Hx = [H[0], r140_cap("team", lay)] + H[1:]
        V("hadd", "hdr_add_only", [Hx], [C], r140_bad_, mis=exp)
        # a column removed from the header only
        V("hdel", "hdr_del_only", [[H[0], H[2], H[3]]], [C], r140_bad_, mis=exp)
        # a column added in the middle of header and row
        # 4. empty cell: values shift left
        for et, ec in (("empty", ""), ("dash", "-"), ("na", "n/a")):
            Ce = [C[0], C[2], C[3]] if et == "empty" else [C[0], ec, C[2], C[3]]
            mis = {r140_keys[0]: T[0], r140_keys[1]: T[2], r140_keys[2]: T[3]}
            if et == "empty":
                V("shift", "empty_shift", [H], [Ce], r140_bad_, mis=mis)
                Ce2 = [C[0], "", C[2], C[3]]
                V("empty", "empty_cell", [H], [Ce2], r140_bad_, mis=mis)
            else:
                V(et, "empty_cell", [H], [Ce], r140_bad_, mis=mis)
        # 5. a row added above / below (no key in the request): two records
        V("rowabove", "row_add", [H], [C2, C], r140_bad_, mis=exp)
        V("rowbelow", "row_add", [H], [C, C2], r140_bad_, mis=exp)
        # 6. header repeated mid-table, in another order, the row under the second header
        V("hdrrep", "hdr_repeat", [H], [sw(H, 1, 2), C], r140_rec(r140_keys, sw(T, 1, 2)), arg=True)
        # 7. two-row header: a group row above, the second row swapped
        grp = [r140_cap(x, lay) for x in ("who", "where", "where", "where")] if r140_dt == "str" else \
            [r140_cap(x, lay) for x in ("key", "values", "values", "values")]
        V("hdr2swap", "hdr_multi", [grp, sw(H, 1, 2)], [C], r140_rec(r140_keys, sw(T, 1, 2)))
        # 8. the member columns swapped in header and values together: safe
        r140_safe(b, tg + "-colswap", "col_swap", r140_sch, r140_ins + "\n" + R([sw(H, 1, 2)], [sw(C, 1, 2)]), exp)
        r140_safe(b, tg + "-cadd", "col_add", r140_sch, r140_ins + "\n" + R([Hx], [[C[0], "Sales"] + C[1:]]), exp)
        r140_safe(b, tg + "-ws", "ws", r140_sch, r140_ins + "\n" + R([H], [C], loose=True), exp)
        r140_safe(b, tg + "-sent", "sentence", r140_sch, base_pr + "\nThe table was exported on Monday.\n", exp)
        r140_safe(b, tg + "-hdrdup", "hdr_repeat", r140_sch, r140_ins + "\n" + R([H], [H, C]), exp)
        r140_safe(b, tg + "-upper", "hdr_case", r140_sch, r140_ins + "\n" + R([[h.upper() for h in H]], [C]), exp)

        # 9. quoted cell holding the delimiter
        if lay in ("csv", "csvsp", "semi", "pipe"):
            d = {"csv": ",", "csvsp": ",", "semi": ";", "pipe": "|"}[lay]
            if r140_dt == "str":
                parts = r140_nm.split()
                q = '"%s%s %s"' % (parts[1], d, parts[0])
                Cq = [q] + C[1:]
                V("qname", "quoted_delim", [H], [Cq], {"name": "%s%s %s" % (parts[1], d, parts[0]), "city": T[1],
                                                           "office": T[2]},
                  mis={"name": parts[1], "city": parts[0], "office": T[1]})
                Cq2 = [C[0], '"%s%s Norway"' % (C[1], d), C[2], C[3]]
                V("qcity", "quoted_delim", [H], [Cq2], {"name": T[0], "city": "%s%s Norway" % (C[1], d),
                                                            "office": T[2]},
                  mis={"name": T[0], "city": T[1], "office": "Norway"})
            if r140_dt == "num" and d == ",":
                Cq = [C[0], '"24,90"', '"18,50"', '"4,98"']
                V("qdec", "quoted_delim", [H], [Cq], exp, mis={"item": T[0], "price": 24, "cost": 90})
            if r140_dt == "int" and d in (",", ";"):
                Cq = ['"%s%s Jr."' % (C[0], d)] + C[1:]
                V("qjr", "quoted_delim", [H], [Cq], {"name": "%s%s Jr." % (C[0], d), "age": T[1], "floor": T[2]},
                  mis={"name": T[0], "age": T[1], "floor": T[2]})

# ------------------------------------------------------------------ units in headers
r140_UNITS = [
    # tag, schema, headers base, headers variant, cells, base expect, variant expect
    ("lb", S({"name": "string", "weight_kg": "number"}, {"weight_kg": "weight in kilograms"}),
     ["name", "weight (kg)"], ["name", "weight (lb)"], ["Jonas Berg", "176"], {"name": "Jonas Berg", "weight_kg": 176},
     {"name": "Jonas Berg", "weight_kg": 79.83}),
    ("g", S({"name": "string", "weight_kg": "number"}, {"weight_kg": "weight in kilograms"}),
     ["name", "weight (kg)"], ["name", "weight (g)"], ["Jonas Berg", "800"], {"name": "Jonas Berg", "weight_kg": 800},
     {"name": "Jonas Berg", "weight_kg": 0.8}),
    ("eurk", S({"item": "string", "price": "number"}, {"price": "price in euros"}),
     ["item", "price (EUR)"], ["item", "price (EUR k)"], ["Boiler", "24.9"], {"item": "Boiler", "price": 24.9},
     {"item": "Boiler", "price": 24900}),
    ("cents", S({"item": "string", "price": "number"}, {"price": "price in euros"}),
     ["item", "price (EUR)"], ["item", "price (cents)"], ["Boiler", "2490"], {"item": "Boiler", "price": 2490},
     {"item": "Boiler", "price": 24.9}),
    ("min", S({"task": "string", "duration_h": "number"}, {"duration_h": "duration in hours"}),
     ["task", "duration (h)"], ["task", "duration (min)"], ["Audit", "90"], {"task": "Audit", "duration_h": 90},
     {"task": "Audit", "duration_h": 1.5}),
    ("cm", S({"name": "string", "height_m": "number"}, {"height_m": "height in metres"}),
     ["name", "height (m)"], ["name", "height (cm)"], ["Ida Sund", "180"], {"name": "Ida Sund", "height_m": 180},
     {"name": "Ida Sund", "height_m": 1.8}),
    ("mi", S({"route": "string", "distance_km": "number"}, {"distance_km": "distance in kilometres"}),
     ["route", "distance_km"], ["route", "distance_mi"], ["Oslo-Moss", "60"], {"route": "Oslo-Moss", "distance_km": 60},
     {"route": "Oslo-Moss", "distance_km": 96.56}),
    ("pct", S({"fund": "string", "fee": "number"}, {"fee": "fee as a fraction (0.015 = 1.5 %)"}),
     ["fund", "fee (fraction)"], ["fund", "fee (%)"], ["Alpha", "1.5"], {"fund": "Alpha", "fee": 1.5},
     {"fund": "Alpha", "fee": 0.015}),
]
for r140_ut, r140_us, r140_hb, r140_hv, r140_uc, r140_ub, r140_uv in r140_UNITS:
    r140_uk = list(r140_us["properties"])
    for r140_lay in ("csv", "semi", "tsv", "md", "pipe"):
        tg = "u%s-%s" % (r140_ut, r140_lay)
        ins = "Extract %s as JSON." % " and ".join(r140_uk)
        bpr = ins + "\n" + r140_render(r140_lay, [r140_hb], [r140_uc])
        b = r140_base(tg, "unit", r140_us, bpr, r140_ub)
        vpr = ins + "\n" + r140_render(r140_lay, [r140_hv], [r140_uc])
        r140_pair(b, tg + "-hdr", "unit_hdr", r140_us, vpr, r140_uv, r140_ub)
        r140_single(tg + "-hdr", "unit_hdr", r140_us,
                    "Give the %s from this table as JSON.\n" % " and ".join(r140_uk)
                    + r140_render(r140_lay, [r140_hv], [r140_uc]), r140_uv, r140_ub)
        # unit row under the header (multi-line header)
        ub = [r140_hb[0], r140_hb[1].split(" (")[0].split("_")[0]]
        bu = [""] + [r140_hb[1].split("(")[-1].rstrip(")") if "(" in r140_hb[1] else r140_hb[1].split("_")[1]]
        vu = [""] + [r140_hv[1].split("(")[-1].rstrip(")") if "(" in r140_hv[1] else r140_hv[1].split("_")[1]]
        b2 = r140_base(tg + "-urow", "unit", r140_us, ins + "\n" + r140_render(r140_lay, [ub, bu], [r140_uc]), r140_ub)
        vpr2 = ins + "\n" + r140_render(r140_lay, [ub, vu], [r140_uc])
        r140_pair(b2, tg + "-urow", "unit_row", r140_us, vpr2, r140_uv, r140_ub)
        r140_single(tg + "-urow", "unit_row", r140_us,
                    "Give the %s from this table as JSON.\n" % " and ".join(r140_uk)
                    + r140_render(r140_lay, [ub, vu], [r140_uc]), r140_uv, r140_ub)
        r140_safe(b, tg + "-ws", "unit_ws", r140_us, ins + "\n" + r140_render(r140_lay, [r140_hb], [r140_uc], True),
                  r140_ub)

# ------------------------------------------------------------------ rows picked by a condition
r140_CS = S({"name": "string", "city": "string", "age": "integer"})
r140_CONDS = [
    ("active", "Extract name, city and age of the row whose status is active as JSON."),
    ("last", "Extract name, city and age of the last row as JSON."),
    ("first", "Extract name, city and age of the first row as JSON."),
    ("key", "Extract name, city and age of the row for Jonas Berg as JSON."),
]
r140_ra = ["Jonas Berg", "Oslo", "41", "active"]
r140_rb = ["Lena Dahl", "Molde", "35", "inactive"]
r140_ea = {"name": "Jonas Berg", "city": "Oslo", "age": 41}
r140_eb = {"name": "Lena Dahl", "city": "Molde", "age": 35}
for r140_lay in r140_LAYS:
    H = [r140_cap(h, r140_lay) for h in ("name", "city", "age", "status")]
    for r140_ct, r140_ci in r140_CONDS:
        tg = "c%s-%s" % (r140_ct, r140_lay)
        b = r140_base(tg, "cond", r140_CS, r140_ci + "\n" + r140_render(r140_lay, [H], [r140_ra]), r140_ea)
        if r140_ct == "active":
            vs = [("flip", [r140_ra[:3] + ["inactive"], r140_rb[:3] + ["active"]], r140_eb),
                  ("flipb", [r140_rb[:3] + ["active"], r140_ra[:3] + ["inactive"]], r140_eb),
                  ("ok", [r140_rb, r140_ra], r140_ea)]
        elif r140_ct == "last":
            vs = [("below", [r140_ra, r140_rb], r140_eb), ("ok", [r140_rb, r140_ra], r140_ea),
                  ("total", [r140_ra, ["Total", "", "41", ""]], None)]
        elif r140_ct == "first":
            vs = [("above", [r140_rb, r140_ra], r140_eb), ("ok", [r140_ra, r140_rb], r140_ea)]
        else:
            vs = [("ok", [r140_rb, r140_ra], r140_ea), ("okb", [r140_ra, r140_rb], r140_ea),
                  ("renamed", [["Jonas Berg", "Molde", "35", "active"], ["Jonas Bergh", "Oslo", "41", "inactive"]],
                   {"name": "Jonas Berg", "city": "Molde", "age": 35})]
        for r140_vt, r140_rows, r140_ve in vs:
            pr = r140_ci + "\n" + r140_render(r140_lay, [H], r140_rows)
            if r140_vt.startswith("ok"):
                r140_safe(b, tg + "-" + r140_vt, "cond_other_row", r140_CS, pr, r140_ve)
                continue
            arg = r140_ve is None
            ve = r140_ve if r140_ve is not None else r140_bad(["name", "city", "age"])
            r140_pair(b, tg + "-" + r140_vt, "cond_" + r140_vt, r140_CS, pr, ve, r140_ea, arg=arg)
            r140_single(tg + "-" + r140_vt, "cond_" + r140_vt, r140_CS,
                        r140_ci.replace("Extract", "Return") + "\n" + r140_render(r140_lay, [H], r140_rows), ve,
                        r140_ea, arg=arg)

# ------------------------------------------------------------------ transposed / key-value tables
r140_TS = S({"name": "string", "city": "string", "office": "string"})
r140_TL = [("name", "Ana Lund"), ("city", "Oslo"), ("office", "Bergen"), ("home", "Tromso")]
r140_te = {"name": "Ana Lund", "city": "Oslo", "office": "Bergen"}
for r140_lay in ("csv", "semi", "tsv", "md", "pipe", "fw", "html"):
    tg = "t-%s" % r140_lay
    ins = "Extract name, city and office as JSON."
    Hd = [[r140_cap("field", r140_lay), r140_cap("value", r140_lay)]]
    Rw = [[r140_cap(k, r140_lay), v] for k, v in r140_TL]
    b = r140_base(tg, "transposed", r140_TS, ins + "\n" + r140_render(r140_lay, Hd, Rw), r140_te)
    # labels swapped, values stay
    Rs = [Rw[0], [Rw[2][0], Rw[1][1]], [Rw[1][0], Rw[2][1]], Rw[3]]
    ve = {"name": "Ana Lund", "city": "Bergen", "office": "Oslo"}
    pr = ins + "\n" + r140_render(r140_lay, Hd, Rs)
    r140_pair(b, tg + "-lswap", "transposed_label_swap", r140_TS, pr, ve, r140_te)
    r140_single(tg + "-lswap", "transposed_label_swap", r140_TS,
                "Return name, city and office from the table as JSON.\n" + r140_render(r140_lay, Hd, Rs), ve, r140_te)
    Rs2 = [Rw[0], [Rw[3][0], Rw[1][1]], Rw[2], [Rw[1][0], Rw[3][1]]]
    ve2 = {"name": "Ana Lund", "city": "Tromso", "office": "Bergen"}
    pr = ins + "\n" + r140_render(r140_lay, Hd, Rs2)
    r140_pair(b, tg + "-lswaph", "transposed_label_swap", r140_TS, pr, ve2, r140_te)
    r140_single(tg + "-lswaph", "transposed_label_swap", r140_TS,
                "Return name, city and office from the table as JSON.\n" + r140_render(r140_lay, Hd, Rs2), ve2,
                r140_te)
    # no header row
    b2 = r140_base(tg + "-nh", "transposed", r140_TS, ins + "\n" + r140_render(r140_lay, [], Rw), r140_te)
    pr = ins + "\n" + r140_render(r140_lay, [], Rs)
    r140_pair(b2, tg + "-nh-lswap", "transposed_label_swap", r140_TS, pr, ve, r140_te)
    r140_safe(b2, tg + "-nh-ws", "transposed_ws", r140_TS, ins + "\n" + r140_render(r140_lay, [], Rw, True), r140_te)
    r140_safe(b2, tg + "-nh-reorder", "transposed_reorder", r140_TS,
              ins + "\n" + r140_render(r140_lay, [], [Rw[2], Rw[0], Rw[3], Rw[1]]), r140_te)
    # two records as columns: pick the 2024 column
    ins2 = "Extract name, city and office from the 2024 column as JSON."
    H3 = [[r140_cap("field", r140_lay), "2023", "2024"]]
    R3 = [["name", "Ana Lund", "Ana Lund"], ["city", "Molde", "Oslo"], ["office", "Narvik", "Bergen"]]
    b3 = r140_base(tg + "-yr", "transposed_cols", r140_TS, ins2 + "\n" + r140_render(r140_lay, H3, R3), r140_te)
    H3s = [[r140_cap("field", r140_lay), "2024", "2023"]]
    pr = ins2 + "\n" + r140_render(r140_lay, H3s, R3)
    ve3 = {"name": "Ana Lund", "city": "Molde", "office": "Narvik"}
    r140_pair(b3, tg + "-yr-hswap", "transposed_col_hdr_swap", r140_TS, pr, ve3, r140_te)
    r140_single(tg + "-yr-hswap", "transposed_col_hdr_swap", r140_TS,
                "Return name, city and office from the 2024 column as JSON.\n" + r140_render(r140_lay, H3s, R3), ve3,
                r140_te)

# ------------------------------------------------------------------ wave 2: more domains for the shapes that got through
r140_W2 = [
    # tag, member keys (3), headers (4), cells (4), typed (4)
    ("nnet", ["item", "net", "gross"], ["item", "net", "gross", "vat"], ["Desk", "120.00", "150.00", "30.00"],
     ["Desk", 120.0, 150.0, 30.0], "number"),
    ("nmin", ["sensor", "min", "max"], ["sensor", "min", "max", "mean"], ["T-7", "3.5", "9.25", "6.1"],
     ["T-7", 3.5, 9.25, 6.1], "number"),
    ("ngeo", ["site", "lat", "lon"], ["site", "lat", "lon", "alt"], ["Camp A", "59.91", "10.75", "23.5"],
     ["Camp A", 59.91, 10.75, 23.5], "number"),
    ("nbud", ["project", "budget", "spent"], ["project", "budget", "spent", "left"], ["Apollo", "750.5", "420.25", "330.25"],
     ["Apollo", 750.5, 420.25, 330.25], "number"),
    ("nrate", ["fund", "fee", "yield"], ["fund", "fee", "yield", "risk"], ["Alpha", "1.5", "4.2", "3.3"],
     ["Alpha", 1.5, 4.2, 3.3], "number"),
    ("sorig", ["flight", "origin", "destination"], ["flight", "origin", "destination", "via"],
     ["SK4035", "Oslo", "Bergen", "Stavanger"], ["SK4035", "Oslo", "Bergen", "Stavanger"], "string"),
    ("scol", ["model", "colour", "trim"], ["model", "colour", "trim", "seats"], ["Volvo XC40", "red", "black", "grey"],
     ["Volvo XC40", "red", "black", "grey"], "string"),
    ("slang", ["name", "language", "second_language"], ["name", "language", "second_language", "third_language"],
     ["Ana Berg", "Norwegian", "German", "French"], ["Ana Berg", "Norwegian", "German", "French"], "string"),
    ("ibig", ["name", "age", "floor"], ["name", "age", "floor", "desk"], ["Tone Lia", "41", "17", "212"],
     ["Tone Lia", 41, 17, 212], "integer"),
    ("iqty", ["sku", "ordered", "shipped"], ["sku", "ordered", "shipped", "returned"], ["TS-01", "12", "9", "2"],
     ["TS-01", 12, 9, 2], "integer"),
    ("bflag", ["name", "paid", "shipped"], ["name", "paid", "shipped", "returned"], ["Order 7", "true", "false", "false"],
     ["Order 7", True, False, False], "boolean"),
]
for r140_wt, r140_wk, r140_wh, r140_wc, r140_wtv, r140_wty in r140_W2:
    r140_wsch = S({r140_wk[0]: "string", r140_wk[1]: r140_wty, r140_wk[2]: r140_wty})
    r140_wins = "Extract %s, %s and %s as JSON." % tuple(r140_wk)
    r140_wbad = r140_bad(r140_wk)
    for r140_lay in ("csv", "csvsp", "semi", "tsv", "pipe", "md"):
        tg = "w%s-%s" % (r140_wt, r140_lay)
        H, C, T = list(r140_wh), list(r140_wc), list(r140_wtv)
        if r140_lay == "md":
            H = [h.capitalize() for h in H]
        exp = {r140_wk[i]: T[i] for i in range(3)}
        b = r140_base(tg, "w2", r140_wsch, r140_wins + "\n" + r140_render(r140_lay, [H], [C]), exp)

        def W(vt, fam, Hs, Rs, vexp, right=None, arg=False):
            r140_pair(b, tg + "-" + vt, fam, r140_wsch, r140_wins + "\n" + r140_render(r140_lay, Hs, Rs), vexp,
                      exp, right=right, arg=arg)
        Hs = [H[0], H[2], H[1], H[3]]
        W("hswap", "hdr_swap", [Hs], [C], {r140_wk[0]: T[0], r140_wk[1]: T[2], r140_wk[2]: T[1]})
        W("hrot", "hdr_rot", [[H[0], H[2], H[3], H[1]]], [C], {r140_wk[0]: T[0], r140_wk[1]: T[3], r140_wk[2]: T[1]})
        W("hswap13", "hdr_swap", [[H[0], H[3], H[2], H[1]]], [C],
          {r140_wk[0]: T[0], r140_wk[1]: T[3], r140_wk[2]: T[2]})
        shifted = {r140_wk[0]: T[0], r140_wk[1]: T[2], r140_wk[2]: T[3]}
        W("shift", "empty_shift", [H], [[C[0], C[2], C[3]]], r140_wbad, right=shifted)
        for et, ec in (("empty", ""), ("dash", "-"), ("na", "n/a"), ("null", "null"), ("qempty", '""')):
            W(et, "empty_cell", [H], [[C[0], ec, C[2], C[3]]], r140_wbad, right=shifted)
        W("hadd", "hdr_add_only", [[H[0], "team"] + H[1:]], [C], r140_wbad, right=exp, arg=True)
        W("hdel", "hdr_del_only", [[H[0], H[2], H[3]]], [C], r140_wbad, right=exp, arg=True)
        r140_safe(b, tg + "-ws", "ws", r140_wsch, r140_wins + "\n" + r140_render(r140_lay, [H], [C], True), exp)
        r140_safe(b, tg + "-colswap", "col_swap", r140_wsch,
                  r140_wins + "\n" + r140_render(r140_lay, [Hs], [[C[0], C[2], C[1], C[3]]]), exp)
        r140_safe(b, tg + "-sent", "sentence", r140_wsch,
                  r140_wins + "\n" + r140_render(r140_lay, [H], [C]) + "\nExported from the ERP on Monday.\n", exp)


# ------------------------------------------------------------------ wave 3: around (A) and (B)
r140_W3S = [
    ("dep", ["train", "departs", "arrives"], ["train", "departs", "arrives", "platform"], ["R20", "Oslo S", "Lillestrom", "Gjovik"]),
    ("car", ["order", "carrier", "depot"], ["order", "carrier", "depot", "driver"], ["A-118", "Bring", "Alnabru", "Ola"]),
    ("pet", ["pet", "species", "breed"], ["pet", "species", "breed", "vet"], ["Rex", "dog", "beagle", "Dr Holm"]),
    ("ctc", ["contact", "email", "phone"], ["contact", "email", "phone", "fax"],
     ["Ana Berg", "ana@berg.no", "+47 912 00 111", "+47 22 00 11 22"]),
    ("bk", ["isbn", "title", "author"], ["isbn", "title", "author", "publisher"],
     ["978-82-05-12345-6", "Sult", "Knut Hamsun", "Gyldendal"]),
    ("emp", ["employee", "department", "manager"], ["employee", "department", "manager", "mentor"],
     ["Ida Sund", "Finance", "Per Vik", "Eva Moe"]),
]
for r140_st, r140_sk, r140_sh, r140_sc in r140_W3S:
    r140_ssch = S({k: "string" for k in r140_sk})
    r140_sins = "Extract %s, %s and %s as JSON." % tuple(r140_sk)
    r140_sbad = r140_bad(r140_sk)
    for r140_lay in ("pipe", "csv", "csvsp", "semi", "tsv"):
        tg = "x%s-%s" % (r140_st, r140_lay)
        H, C = list(r140_sh), list(r140_sc)
        exp = {r140_sk[i]: C[i] for i in range(3)}
        b = r140_base(tg, "w3", r140_ssch, r140_sins + "\n" + r140_render(r140_lay, [H], [C]), exp)

        def X(vt, fam, Rs, right, Hs=None, vexp=None, arg=False):
            r140_pair(b, tg + "-" + vt, fam, r140_ssch, r140_sins + "\n" + r140_render(r140_lay, Hs or [H], Rs),
                      vexp or r140_sbad, exp, right=right, arg=arg)
        sh = {r140_sk[0]: C[0], r140_sk[1]: C[2], r140_sk[2]: C[3]}
        X("shift", "empty_shift", [[C[0], C[2], C[3]]], sh)
        for et, ec in (("empty", ""), ("dash", "-"), ("na", "n/a"), ("qempty", '""'), ("emdash", "\u2014"),
                       ("unk", "unknown"), ("q", "?")):
            X(et, "empty_cell", [[C[0], ec, C[2], C[3]]], sh)
        # the last member empty: the value of the no-member column next to it
        X("last-empty", "empty_cell_last", [[C[0], C[1], "", C[3]]],
          {r140_sk[0]: C[0], r140_sk[1]: C[1], r140_sk[2]: C[3]})
        X("last-dash", "empty_cell_last", [[C[0], C[1], "-", C[3]]],
          {r140_sk[0]: C[0], r140_sk[1]: C[1], r140_sk[2]: C[3]})
        # two empty cells
        X("two-empty", "empty_cell_two", [[C[0], "", "", C[3]]],
          {r140_sk[0]: C[0], r140_sk[1]: C[3], r140_sk[2]: C[3]})
        # the first member empty
        X("key-empty", "empty_cell_key", [["", C[1], C[2], C[3]]],
          {r140_sk[0]: C[1], r140_sk[1]: C[2], r140_sk[2]: C[3]})
        # header swap of the string members, values in place
        X("hswap", "hdr_swap", [C], None, Hs=[[H[0], H[2], H[1], H[3]]],
          vexp={r140_sk[0]: C[0], r140_sk[1]: C[2], r140_sk[2]: C[1]})
        # an empty cell in the no-member column: same answer (safe)
        r140_safe(b, tg + "-extra-empty", "empty_cell_other", r140_ssch,
                  r140_sins + "\n" + r140_render(r140_lay, [H], [[C[0], C[1], C[2], ""]]), exp)
        r140_safe(b, tg + "-ws", "ws", r140_ssch, r140_sins + "\n" + r140_render(r140_lay, [H], [C], True), exp)

r140_W3N = [
    ("bid", ["stock", "bid", "ask"], ["stock", "bid", "ask", "last"], ["EQNR", "24.90", "18.50", "4.98"]),
    ("buy", ["currency", "buy", "sell"], ["currency", "buy", "sell", "mid"], ["EUR", "11.20", "11.85", "11.52"]),
    ("old", ["item", "old_price", "new_price"], ["item", "old_price", "new_price", "discount"],
     ["Kettle", "24.90", "18.50", "6.40"]),
    ("pc2", ["item", "price", "cost"], ["item", "price", "cost", "tax"], ["Router", "89.00", "61.40", "17.80"]),
    ("pc3", ["item", "price", "cost"], ["item", "price", "cost", "margin"], ["Cable", "9.5", "3.25", "6.25"]),
    ("pcint", ["item", "price", "cost"], ["item", "price", "cost", "tax"], ["Sofa", "900", "640", "180"]),
    ("list", ["sku", "list_price", "unit_price"], ["sku", "list_price", "unit_price", "vat"],
     ["TS-01", "24.90", "18.50", "4.98"]),
]
for r140_nt, r140_nk, r140_nh, r140_nc in r140_W3N:
    r140_nsch = S({r140_nk[0]: "string", r140_nk[1]: "number", r140_nk[2]: "number"})
    r140_nins = "Extract %s, %s and %s as JSON." % tuple(r140_nk)
    r140_nv = [r140_nc[0]] + [float(x) for x in r140_nc[1:]]
    for r140_lay in ("semi", "tsv", "csvsp", "csv", "pipe"):
        tg = "y%s-%s" % (r140_nt, r140_lay)
        H, C = list(r140_nh), list(r140_nc)
        exp = {r140_nk[i]: r140_nv[i] for i in range(3)}
        b = r140_base(tg, "w3n", r140_nsch, r140_nins + "\n" + r140_render(r140_lay, [H], [C]), exp)
        for vt, Hs, ve in (("hswap", [H[0], H[2], H[1], H[3]], [0, 2, 1]),
                           ("hswap13", [H[0], H[3], H[2], H[1]], [0, 3, 2]),
                           ("hrot", [H[0], H[2], H[3], H[1]], [0, 3, 1])):
            r140_pair(b, tg + "-" + vt, "hdr_swap_num", r140_nsch,
                      r140_nins + "\n" + r140_render(r140_lay, [Hs], [C]),
                      {r140_nk[i]: r140_nv[ve[i]] for i in range(3)}, exp)
        r140_safe(b, tg + "-colswap", "col_swap", r140_nsch, r140_nins + "\n" + r140_render(
            r140_lay, [[H[0], H[2], H[1], H[3]]], [[C[0], C[2], C[1], C[3]]]), exp)
        r140_safe(b, tg + "-sent", "sentence", r140_nsch,
                  r140_nins + "\n" + r140_render(r140_lay, [H], [C]) + "\nPrices as of Friday.\n", exp)


# ------------------------------------------------------------------ what got through (confirmed alone)
r140_found_clear = {
    "d140-v-num-csvsp-hswap", "d140-v-num-semi-hswap", "d140-v-num-tsv-hswap", "d140-v-str-csv-shift",
    "d140-v-str-csvsp-shift", "d140-v-str-pipe-dash", "d140-v-str-pipe-empty", "d140-v-str-pipe-na",
    "d140-v-str-pipe-shift", "d140-v-wscol-pipe-dash", "d140-v-wscol-pipe-empty", "d140-v-wscol-pipe-na",
    "d140-v-wscol-pipe-null", "d140-v-wscol-pipe-qempty", "d140-v-wscol-pipe-shift", "d140-v-wsorig-csv-shift",
    "d140-v-wsorig-csvsp-shift", "d140-v-wsorig-pipe-dash", "d140-v-wsorig-pipe-empty", "d140-v-wsorig-pipe-na",
    "d140-v-wsorig-pipe-null", "d140-v-wsorig-pipe-qempty", "d140-v-wsorig-pipe-shift", "d140-v-wsorig-semi-shift"}
r140_found_clear |= {
    "d140-v-xbk-pipe-dash",
    "d140-v-xbk-pipe-emdash",
    "d140-v-xbk-pipe-empty",
    "d140-v-xbk-pipe-na",
    "d140-v-xbk-pipe-qempty",
    "d140-v-xbk-pipe-shift",
    "d140-v-xbk-pipe-unk",
    "d140-v-xcar-pipe-dash",
    "d140-v-xcar-pipe-emdash",
    "d140-v-xcar-pipe-empty",
    "d140-v-xcar-pipe-na",
    "d140-v-xcar-pipe-qempty",
    "d140-v-xcar-pipe-shift",
    "d140-v-xcar-pipe-unk",
    "d140-v-xdep-pipe-dash",
    "d140-v-xdep-pipe-emdash",
    "d140-v-xdep-pipe-empty",
    "d140-v-xdep-pipe-na",
    "d140-v-xdep-pipe-qempty",
    "d140-v-xdep-pipe-shift",
    "d140-v-xdep-pipe-unk",
    "d140-v-xpet-csv-shift",
    "d140-v-xpet-csvsp-shift",
    "d140-v-xpet-pipe-dash",
    "d140-v-xpet-pipe-emdash",
    "d140-v-xpet-pipe-empty",
    "d140-v-xpet-pipe-na",
    "d140-v-xpet-pipe-qempty",
    "d140-v-xpet-pipe-shift",
    "d140-v-xpet-pipe-unk",
    "d140-v-xpet-semi-shift",
    "d140-v-xpet-tsv-shift",
    "d140-v-ypc2-csvsp-hswap",
    "d140-v-ypc2-semi-hswap",
    "d140-v-ypc2-tsv-hswap",
    "d140-v-ypcint-csvsp-hswap",
    "d140-v-ypcint-semi-hswap",
    "d140-v-ypcint-tsv-hswap"}
r140_found_arguable = {"d140-v-str-csv-hadd", "d140-v-str-csvsp-hadd", "d140-v-str-pipe-qcity",
                       "d140-v-wsorig-csv-hadd", "d140-v-wsorig-csvsp-hadd", "d140-v-wsorig-semi-hadd"}
# a column added to / removed from the header only, and quoted cells in pipe tables, are readings, not findings
for r140_p in P:
    r140_id = r140_p["id"]
    if r140_id.startswith("d140-") and (r140_id.endswith(("-hadd", "-hdel")) or
                                         ("-pipe-q" in r140_id and not r140_id.endswith("-qempty"))):
        r140_arguable.add(r140_id)
        if "arguable" not in r140_p["family"]:
            r140_p["family"] += "_arguable"


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) all kept, every third safe variant and every 6th of the held rest.
from probe_kit import sample_round as r140_sample_round  # noqa: E402
r140_found = {
    'd140-b-num-csvsp', 'd140-b-num-semi', 'd140-b-num-tsv', 'd140-b-str-csv',
    'd140-b-str-csvsp', 'd140-b-str-pipe', 'd140-b-wscol-pipe', 'd140-b-wsorig-csv',
    'd140-b-wsorig-csvsp', 'd140-b-wsorig-pipe', 'd140-b-wsorig-semi', 'd140-b-xbk-pipe',
    'd140-b-xcar-pipe', 'd140-b-xdep-pipe', 'd140-b-xpet-csv', 'd140-b-xpet-csvsp',
    'd140-b-xpet-pipe', 'd140-b-xpet-semi', 'd140-b-xpet-tsv', 'd140-b-ypc2-csvsp',
    'd140-b-ypc2-semi', 'd140-b-ypc2-tsv', 'd140-b-ypcint-csvsp', 'd140-b-ypcint-semi',
    'd140-b-ypcint-tsv', 'd140-v-num-csvsp-hswap', 'd140-v-num-semi-hswap', 'd140-v-num-tsv-hswap',
    'd140-v-str-csv-hadd', 'd140-v-str-csv-shift', 'd140-v-str-csvsp-hadd', 'd140-v-str-csvsp-shift',
    'd140-v-str-pipe-dash', 'd140-v-str-pipe-empty', 'd140-v-str-pipe-na', 'd140-v-str-pipe-qcity',
    'd140-v-str-pipe-shift', 'd140-v-wscol-pipe-dash', 'd140-v-wscol-pipe-empty', 'd140-v-wscol-pipe-na',
    'd140-v-wscol-pipe-null', 'd140-v-wscol-pipe-qempty', 'd140-v-wscol-pipe-shift', 'd140-v-wsorig-csv-hadd',
    'd140-v-wsorig-csv-shift', 'd140-v-wsorig-csvsp-hadd', 'd140-v-wsorig-csvsp-shift', 'd140-v-wsorig-pipe-dash',
    'd140-v-wsorig-pipe-empty', 'd140-v-wsorig-pipe-na', 'd140-v-wsorig-pipe-null', 'd140-v-wsorig-pipe-qempty',
    'd140-v-wsorig-pipe-shift', 'd140-v-wsorig-semi-hadd', 'd140-v-wsorig-semi-shift', 'd140-v-xbk-pipe-dash',
    'd140-v-xbk-pipe-emdash', 'd140-v-xbk-pipe-empty', 'd140-v-xbk-pipe-na', 'd140-v-xbk-pipe-qempty',
    'd140-v-xbk-pipe-shift', 'd140-v-xbk-pipe-unk', 'd140-v-xcar-pipe-dash', 'd140-v-xcar-pipe-emdash',
    'd140-v-xcar-pipe-empty', 'd140-v-xcar-pipe-na', 'd140-v-xcar-pipe-qempty', 'd140-v-xcar-pipe-shift',
    'd140-v-xcar-pipe-unk', 'd140-v-xdep-pipe-dash', 'd140-v-xdep-pipe-emdash', 'd140-v-xdep-pipe-empty',
    'd140-v-xdep-pipe-na', 'd140-v-xdep-pipe-qempty', 'd140-v-xdep-pipe-shift', 'd140-v-xdep-pipe-unk',
    'd140-v-xpet-csv-shift', 'd140-v-xpet-csvsp-shift', 'd140-v-xpet-pipe-dash', 'd140-v-xpet-pipe-emdash',
    'd140-v-xpet-pipe-empty', 'd140-v-xpet-pipe-na', 'd140-v-xpet-pipe-qempty', 'd140-v-xpet-pipe-shift',
    'd140-v-xpet-pipe-unk', 'd140-v-xpet-semi-shift', 'd140-v-xpet-tsv-shift', 'd140-v-ypc2-csvsp-hswap',
    'd140-v-ypc2-semi-hswap', 'd140-v-ypc2-tsv-hswap', 'd140-v-ypcint-csvsp-hswap', 'd140-v-ypcint-semi-hswap',
    'd140-v-ypcint-tsv-hswap',
}
r140_sample_round("d140-", r140_found, 6, safe_every=3)
# Left out of ctest: ids the tester called arguable that the cache still serves (see FINDINGS.md).
r140_left_out = {
    'd140-v-str-pipe-qcity',
}
P[:] = [r140_p for r140_p in P if r140_p["id"] not in r140_left_out]
