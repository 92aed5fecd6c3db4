r"""Red-team round 209 (black box): EXTRACTION FROM STRUCTURED SOURCES.
Focus: the source is pasted as YAML, JSON (flat, pretty, compact, nested, arrays, JSON lines), XML, HTML tables and
  definition lists, TSV, CSV, fixed-width columns, key=value lines, INI and TOML sections, Markdown tables, transposed
  tables (a column per record), receipts with a totals or average row, [billing]/[shipping] subtables, and the same
  record twice in two formats. 4,000 probes (seeded random.Random(209)): 392 bases, 2,744 pair variants, 411 singles,
  453 safe variants. Every answer is the scripted model's; every expected answer is written by the generator.
Part 1 (d209-ab/pv/pm/pr/px/pl/pk/pa/as/sa-, bb/bs/bm/bv/bi/bsafe/bsg-, cb/ct/cv/ctv/cs/ci/csg/csafe-, db/dv/dn/dd-;
  1,313): orders of 1-3 records (with an order id, a "Stock" count and a "Hub" city beside the members) in 13 formats,
  picked by id, position or "last"; variants change one value, move a value from another record, swap two records,
  swap the values of qty/stock or city/hub, swap their labels or column headers, rename a key so another field's value
  sits under the member's name ("city" -> "previous_city", "hub" -> "city"; "Qty" -> "Qty last month", "Stock" ->
  "Qty"), add a record ("the last order"); singles give the other record, a mixed row, the stock for qty, the hub for
  the city. Billing/shipping addresses in INI, YAML, JSON, XML, Markdown headings, HTML h4+dl, "X address:" blocks and
  a field-by-section table: contents or names swapped, one member moved across, the other section asked. Receipts in
  Markdown, TSV, HTML (tfoot), fixed width, JSON with Total and/or Average rows: a line asked, the totals asked, row
  values swapped, singles giving the totals row or the last line. Two exports of one order (JSON+YAML, kv+JSON,
  XML+kv, MD+YAML, compact JSON+key=value, CSV+kv): both changed, the second changed with "Export 2 is today's", or
  changed with no note (ambiguous, r209_ambiguous).
Part 2 (d209-e*/f*/t*/g*; 1,419): the shapes a first pass found stored -- a lone record of member fields only as
  plain fields, compact JSON, {"order": {...}}, a one-element array, one JSON line, a TOML [order] table, a
  "Customer: x | City: y | ..." line -- with values changed, qty/price values swapped, the qty/price KEYS swapped,
  "city" renamed "previous_city"/"ship_city" with a new "city", "qty" renamed "qty_last_month" with a new "qty", a
  second record added ("the latest order", "the first order listed", or no selector), keys reordered (safe); billing/
  shipping as compact JSON, nested JSON, TOML tables, "Shipping city:" prefixes and "Billing | Name: ..." lines;
  "Total qty / Subtotal amount / Shipping / Total amount" fields with subtotal and total swapped, an average line under
  the total's label; two copies (JSON+kv, JSON+pipe, TOML+JSON, kv+pipe).
Part 3-4 (d209-h*, d209-u-; 342): the stored shape's own syntax -- JSON/TOML escapes in the changed value
  ("Troms\u00f8", "Siv \"Sissi\" Dahl", "Per \\ Aasen", "Sandefjord\/Larvik"), numbers as "45e1", "46.0", "0x3c",
  "47" (a string), a key given twice ({"qty": 13, ..., "qty": 18}); singles where the model copies the escape raw,
  on records a base shares (part 3) and on records no base shares (part 4).
Part 5 (d209-k*/l*; 336): collisions in the licensed rewrite -- qty takes the old price, price the old qty, qty x10,
  "1"+qty, price = qty followed by 0, the name holds the old city ("Siv Hamar"), "Nedre Skien", "Skien sentrum",
  "Siv Dahl-Berg", "Dahl Siv"; totals: a "Subtotal qty" / "Previous total qty" / "Average qty" line holding the old
  value above a new total.
Part 6 (d209-m*; 450): a base stored in kv, compact JSON, TOML or a pipe line, its variant pasted in another of 16
  formats (XML, HTML table, dl, CSV, TSV, Markdown, YAML, fixed width, transposed, key=value, pretty JSON...): the same
  values (safe), qty/price values swapped, qty/price labels swapped, one value changed.
Part 7 (d209-nb/nm-; 140): a stored lone record, its variant with the old value moved into a sub-record
  ({"order": {..., "city": "Bodo", "previous": {"city": "Skien"}}}, TOML [order.previous], an indented "Previous:"
  block, YAML-like nesting; "original", "billing", "return", "backorder").
HELD -- everything. Fresh SQLite store, two passes: 0 wrong answers from the cache in run 1 and in run 2 (path=reuse:
  0; kept from the cache on the patch path: 0). The cache answered 421 requests on the reuse path and 195 on the patch
  path in run 1 (730 / 25 in run 2), all right; 483 pair variants in run 1 (504 in run 2) were served from a stored
  base, rewritten right: swapped qty/price values and swapped keys (every stored format), 12 value collisions x 7
  formats (252 of 252 right in both runs), cross-format variants of a stored base (79 / 80). Only a lone record whose
  every field is a member, with a plain instruction, was ever stored: no base with an id, a "Stock"/"Hub" field, two
  records, a selector ("the last", "order A-1234", "the first listed"), sections, a totals block with a subtotal or
  shipping line, two copies, pretty-printed JSON, YAML, XML, HTML, CSV/TSV, Markdown, fixed width or transposed was
  stored (part 1: 1,313 probes, 0 on reuse or patch in either run). Every variant that added a record, a sub-record, a
  second value for a key, a renamed key or a moved value was answered afresh (skip) or refused. Escaped values were
  never rewritten: "Troms\u00f8" variants are refused ("does not occur in the source text").
WHAT GOT THROUGH: nothing from the cache (r209_found_alone and r209_arguable empty; R209_ALONE=1 keeps no probe).
  Wrong answers served FRESH (never stored; run 2 served none of them from the cache): 141 in run 1, 141 in run 2:
  - a JSON or TOML escape copied raw (78): [{"customer": "Bo O\u2019Neil", ...}] -> "customer": "Bo O\\u2019Neil";
    {"order": {"city": "B\u00f8d\u00f8"}} -> "B\\u00f8d\\u00f8"; "Per \\ Aasen" -> "Per \\\\ Aasen" (the checks ground
    the raw text, and refuse the decoded value as absent: 48 right answers refused);
  - XML tags, HTML <dt> and <th> not read as labels (6 XML, 15 dl, 25 HTML table): <stock>43</stock><qty>317</qty> -> qty 43;
    <dt>Qty last month</dt><dd>57</dd><dt>Qty</dt><dd>295</dd> -> qty 57; an HTML receipt's tfoot Total row for
    "the Toaster line" -> qty 10, amount 350.58; "Extract the Heater line" -> the Toaster row;
  - CSV rows and columns (17): "the last order" -> the first row; "Qty last month,Qty" -> the old column; singles
    with another row's qty or city, or the Stock column.
COST: right answers refused (an error where the model's first three answers held the right one): 1,732 per run (102
  of them ambiguous by design): pretty JSON ("field goes on past its line"), fixed width and CSV/key=value with names
  ("names several people in prose"), transposed tables ("holds 4 records"), sections ("marks no records to tell them
  apart", "marks another part as name"), two copies, duplicate keys, "45e1"/"0x3c", escapes. Safe variants reused:
  56 / 453 (run 1), 76 / 453 (run 2) -- most safe variants sit on shapes that are never stored.
Adds its probes to probe_kit.P."""
import json as r209_json
import random as r209_random

from probe_kit import P, S, J  # noqa: F401

r209_rng = r209_random.Random(209)
r209_found_alone = set()
r209_arguable = set()
r209_prompts = {}
r209_n = [0]
r209_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r209_meta = {}  # id -> {"base": base id, "kind": ..., "fmt": ...}

R209_NAMES = ["Ana Berg", "Tomas Ek", "Lena Vogt", "Mira Holt", "Jonas Lund", "Siv Dahl", "Oskar Rud", "Nora Fjeld",
              "Emil Strand", "Ida Moen", "Karl Sund", "Rut Lie", "Hanne Bakke", "Per Aasen", "Vera Nygaard",
              "Bo Lindqvist", "Ella Haug", "Finn Tangen"]
R209_CITIES = ["Bergen", "Oslo", "Tromso", "Stavanger", "Drammen", "Bodo", "Molde", "Hamar", "Larvik", "Skien",
               "Alta", "Narvik", "Gjovik", "Arendal", "Halden", "Kongsberg"]
R209_STREETS = ["Storgata", "Kirkeveien", "Strandgata", "Fjellveien", "Parkveien", "Elvegata", "Sjogata",
                "Torggata", "Bakkegata", "Skolegata"]
R209_ITEMS = ["Kettle", "Toaster", "Blender", "Mixer", "Grill", "Juicer", "Fryer", "Scale", "Lamp", "Heater"]


def r209_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, meta=None):
    if prompt in r209_prompts:
        return r209_prompts[prompt]
    r209_n[0] += 1
    pid = "d209-%s-%d" % (tag, r209_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r209_prompts[prompt] = pid
    r209_counts[kind] += 1
    r209_meta[pid] = dict(meta or {}, kind=kind)
    return pid


# ------------------------------------------------------------------ order records (domain A)
# member keys -> labels per style; "stock" is a numeric field of no member beside qty, "hub" a city of no member.
R209_A_SCHEMA = S({"customer": "string", "city": "string", "qty": "integer", "price": "number"})
R209_A_LABELS = {
    "title": {"id": "Order", "customer": "Customer", "city": "City", "qty": "Qty", "stock": "Stock",
              "price": "Price", "hub": "Hub"},
    "snake": {"id": "order_id", "customer": "customer", "city": "city", "qty": "qty", "stock": "stock",
              "price": "price", "hub": "hub"},
}


def r209_money(rng):
    return round(rng.randint(1000, 99999) / 100.0, 2)


def r209_fmtnum(v):
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def r209_a_record(rng, used):
    def pick(pool, key):
        while True:
            v = rng.choice(pool)
            if v not in used[key]:
                used[key].add(v)
                return v
    def pint(lo, hi):
        while True:
            v = rng.randint(lo, hi)
            if v not in used["int"]:
                used["int"].add(v)
                return v
    rec = {"id": "A-%d" % pint(1000, 9999), "customer": pick(R209_NAMES, "name"), "city": pick(R209_CITIES, "city"),
           "qty": pint(2, 60), "stock": pint(61, 400), "price": None, "hub": pick(R209_CITIES, "city")}
    while True:
        p = r209_money(rng)
        if p not in used["money"]:
            used["money"].add(p)
            rec["price"] = p
            break
    return rec


R209_A_ORDER = ["id", "customer", "city", "qty", "stock", "price", "hub"]


def r209_answer(rec):
    return {"customer": rec["customer"], "city": rec["city"], "qty": rec["qty"], "price": rec["price"]}


def r209_render(fmt, recs, lab, order=R209_A_ORDER, labels_per_rec=None):
    """Text of records in a structured format. labels_per_rec: optional list of label dicts (one per record)
    for formats that carry labels per record; tables use lab (the header)."""
    L = lambda i: (labels_per_rec[i] if labels_per_rec else lab)  # noqa: E731
    val = lambda r, k: r209_fmtnum(r[k])  # noqa: E731
    many = len(recs) > 1
    if fmt == "kv":
        out = []
        for i, r in enumerate(recs):
            lines = ["%s: %s" % (L(i)[k], val(r, k)) for k in order]
            out.append("\n".join(lines))
        return "\n\n".join(out) + "\n"
    if fmt == "keq":
        out = []
        for i, r in enumerate(recs):
            out.append("\n".join("%s=%s" % (L(i)[k], val(r, k)) for k in order))
        return "\n\n".join(out) + "\n"
    if fmt == "yaml":
        if not many:
            return "\n".join("%s: %s" % (L(0)[k], val(recs[0], k)) for k in order) + "\n"
        out = ["orders:"]
        for i, r in enumerate(recs):
            for j, k in enumerate(order):
                out.append(("  - " if j == 0 else "    ") + "%s: %s" % (L(i)[k], val(r, k)))
        return "\n".join(out) + "\n"
    if fmt in ("json", "jsonc"):
        objs = []
        for i, r in enumerate(recs):
            objs.append({L(i)[k]: r[k] for k in order})
        data = objs[0] if not many else {"orders": objs}
        return (r209_json.dumps(data, indent=2) if fmt == "json" else r209_json.dumps(data)) + "\n"
    if fmt == "xml":
        tag = lambda s: s.lower().replace(" ", "_")  # noqa: E731
        out = ["<orders>"] if many else []
        for i, r in enumerate(recs):
            out.append("<order>")
            for k in order:
                out.append("  <%s>%s</%s>" % (tag(L(i)[k]), val(r, k), tag(L(i)[k])))
            out.append("</order>")
        if many:
            out.append("</orders>")
        return "\n".join(out) + "\n"
    if fmt == "htmltable":
        out = ["<table>", "  <tr>" + "".join("<th>%s</th>" % lab[k] for k in order) + "</tr>"]
        for r in recs:
            out.append("  <tr>" + "".join("<td>%s</td>" % val(r, k) for k in order) + "</tr>")
        out.append("</table>")
        return "\n".join(out) + "\n"
    if fmt == "dl":
        out = []
        for i, r in enumerate(recs):
            if many:
                out.append("<h3>Order %s</h3>" % r["id"])
            out.append("<dl>")
            for k in order:
                out.append("  <dt>%s</dt><dd>%s</dd>" % (L(i)[k], val(r, k)))
            out.append("</dl>")
        return "\n".join(out) + "\n"
    if fmt in ("tsv", "csv"):
        sep = "\t" if fmt == "tsv" else ","
        out = [sep.join(lab[k] for k in order)]
        for r in recs:
            out.append(sep.join(val(r, k) for k in order))
        return "\n".join(out) + "\n"
    if fmt == "fixed":
        w = {k: max([len(lab[k])] + [len(val(r, k)) for r in recs]) + 2 for k in order}
        out = ["".join(lab[k].ljust(w[k]) for k in order).rstrip()]
        out.append("".join(("-" * (w[k] - 2)).ljust(w[k]) for k in order).rstrip())
        for r in recs:
            out.append("".join(val(r, k).ljust(w[k]) for k in order).rstrip())
        return "\n".join(out) + "\n"
    if fmt == "md":
        out = ["| " + " | ".join(lab[k] for k in order) + " |", "|" + "---|" * len(order)]
        for r in recs:
            out.append("| " + " | ".join(val(r, k) for k in order) + " |")
        return "\n".join(out) + "\n"
    if fmt == "transposed":
        out = ["| Field | " + " | ".join("Order %d" % (i + 1) for i in range(len(recs))) + " |",
               "|" + "---|" * (len(recs) + 1)]
        for k in order:
            out.append("| %s | " % lab[k] + " | ".join(val(r, k) for r in recs) + " |")
        return "\n".join(out) + "\n"
    raise ValueError(fmt)


R209_FMTS = ["kv", "keq", "yaml", "json", "jsonc", "xml", "htmltable", "dl", "tsv", "csv", "fixed", "md",
             "transposed"]
R209_INTRO = {
    "kv": "", "keq": "Config export:\n", "yaml": "```yaml\n", "json": "```json\n", "jsonc": "", "xml": "```xml\n",
    "htmltable": "", "dl": "", "tsv": "(tab-separated, copied from the sheet)\n", "csv": "CSV:\n",
    "fixed": "```\n", "md": "", "transposed": "",
}
R209_OUTRO = {"yaml": "```\n", "json": "```\n", "xml": "```\n", "fixed": "```\n"}


def r209_lab_for(fmt):
    return R209_A_LABELS["snake" if fmt in ("keq", "yaml", "json", "jsonc", "xml") else "title"]


def r209_a_text(fmt, recs, lab=None, labels_per_rec=None):
    lab = lab or r209_lab_for(fmt)
    return R209_INTRO[fmt] + r209_render(fmt, recs, lab, labels_per_rec=labels_per_rec) + R209_OUTRO.get(fmt, "")


def r209_instr(sel, recs, t):
    """Instruction selecting record t of recs. sel: 'one' (single record), 'id', 'pos', 'last'."""
    if sel == "one":
        return "Extract the order below as JSON (customer, city, qty, price).\n\n"
    if sel == "id":
        return "Extract order %s from the data below as JSON (customer, city, qty, price).\n\n" % recs[t]["id"]
    if sel == "pos":
        return "Extract the %s order in the data below as JSON (customer, city, qty, price).\n\n" % (
            ["first", "second", "third"][t])
    if sel == "last":
        return "Extract the last order in the data below as JSON (customer, city, qty, price).\n\n"
    raise ValueError(sel)


def r209_pairs_a(rng, fmt, nrec, sel):
    used = {"name": set(), "city": set(), "int": set(), "money": set()}
    recs = [r209_a_record(rng, used) for _ in range(nrec)]
    t = {"one": 0, "id": rng.randrange(nrec), "pos": rng.randrange(nrec), "last": nrec - 1}[sel]
    fam = "r209_a_%s" % fmt
    base_prompt = r209_instr(sel, recs, t) + r209_a_text(fmt, recs)
    base_ans = r209_answer(recs[t])
    bid = r209_add("ab", fam, base_prompt, R209_A_SCHEMA, base_ans, [base_ans], "base",
                   meta={"fmt": fmt, "sel": sel})

    def variant(tag, kind_name, new_recs, new_t, new_sel=None, lab=None, labels_per_rec=None, wrong=None):
        prompt = r209_instr(new_sel or sel, new_recs, new_t) + r209_a_text(fmt, new_recs, lab, labels_per_rec)
        right = r209_answer(new_recs[new_t])
        if right == base_ans:
            return None
        answers = [wrong or base_ans, right]
        return r209_add(tag, fam, prompt, R209_A_SCHEMA, right, answers, "pair",
                        meta={"base": bid, "fmt": fmt, "sel": sel, "v": kind_name})

    # (1) one value changed
    for key in ("qty", "city", "price", "customer"):
        nr = [dict(r) for r in recs]
        if key == "qty":
            nr[t]["qty"] = recs[t]["qty"] + rng.choice([1, 2, 3, 10])
        elif key == "price":
            nr[t]["price"] = round(recs[t]["price"] + rng.choice([1.0, 10.0, 0.5]), 2)
        elif key == "city":
            nr[t]["city"] = rng.choice([c for c in R209_CITIES if c not in {r["city"] for r in recs} | {r["hub"] for r in recs}])
        else:
            nr[t]["customer"] = rng.choice([c for c in R209_NAMES if c not in {r["customer"] for r in recs}])
        variant("pv", "value_" + key, nr, t)
    # (2) a value moved from another record (swap one member between records)
    if nrec > 1:
        o = (t + 1) % nrec
        for key in ("qty", "city", "price"):
            nr = [dict(r) for r in recs]
            nr[t][key], nr[o][key] = recs[o][key], recs[t][key]
            variant("pm", "move_" + key, nr, t)
        # whole records swapped; selection by position / last stays at position -> other record
        if sel in ("pos", "last"):
            nr = [dict(r) for r in recs]
            nr[t], nr[o] = recs[o], recs[t]
            variant("pr", "swap_records", nr, t)
    # (3) a member's value now sits with the no-member field: swap values qty<->stock, city<->hub (labels stay)
    for a, b in (("qty", "stock"), ("city", "hub")):
        nr = [dict(r) for r in recs]
        nr[t][a], nr[t][b] = recs[t][b], recs[t][a]
        variant("px", "swapvals_%s_%s" % (a, b), nr, t)
    # (4) labels swapped (columns / keys renamed): the values stay where they were, the names move
    for a, b in (("qty", "stock"), ("city", "hub")):
        lab = dict(r209_lab_for(fmt))
        lab[a], lab[b] = lab[b], lab[a]
        nr = [dict(r) for r in recs]
        for r in nr:
            r[a], r[b] = r[b], r[a]  # the value under the label `a` is now the old `b` value
        # note: rendering uses order with keys; the label of key a is now b's label, so the column that
        # used to read "Qty" now reads "Stock" while holding the old qty, and vice versa.
        nr2 = [dict(r) for r in recs]
        for r in nr2:
            r[a], r[b] = r[b], r[a]
        # we render the ORIGINAL values under the SWAPPED labels; the right answer reads the swapped values
        prompt_recs = [dict(r) for r in recs]
        right_recs = nr2
        prompt = r209_instr(sel, prompt_recs, t) + R209_INTRO[fmt] + r209_render(fmt, prompt_recs, lab) + R209_OUTRO.get(fmt, "")
        right = r209_answer(right_recs[t])
        r209_add("pl", fam, prompt, R209_A_SCHEMA, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fmt, "sel": sel, "v": "swaplabels_%s_%s" % (a, b)})
    # (5) a key renamed so another field's value sits under the member's name ("city" -> "old_city", "hub" -> "city")
    lab = dict(r209_lab_for(fmt))
    snake = lab is R209_A_LABELS["snake"] or lab["city"] == "city"
    lab["city"] = "previous_city" if snake else "Previous city"
    lab["hub"] = "city" if snake else "City"
    prompt = r209_instr(sel, recs, t) + R209_INTRO[fmt] + r209_render(fmt, recs, lab) + R209_OUTRO.get(fmt, "")
    right = dict(base_ans, city=recs[t]["hub"])
    r209_add("pk", fam, prompt, R209_A_SCHEMA, right, [base_ans, right], "pair",
             meta={"base": bid, "fmt": fmt, "sel": sel, "v": "rename_city"})
    lab = dict(r209_lab_for(fmt))
    lab["qty"] = "qty_last_month" if lab["qty"] == "qty" else "Qty last month"
    lab["stock"] = "qty" if lab["qty"] == "qty_last_month" else "Qty"
    prompt = r209_instr(sel, recs, t) + R209_INTRO[fmt] + r209_render(fmt, recs, lab) + R209_OUTRO.get(fmt, "")
    right = dict(base_ans, qty=recs[t]["stock"])
    r209_add("pk", fam, prompt, R209_A_SCHEMA, right, [base_ans, right], "pair",
             meta={"base": bid, "fmt": fmt, "sel": sel, "v": "rename_qty"})
    # (6) a record added: selection by "last" (appended) or "first" (prepended)
    if sel in ("one", "last"):
        extra = r209_a_record(rng, used)
        nr = [dict(r) for r in recs] + [extra]
        variant("pa", "add_last", nr, len(nr) - 1, new_sel="last")
    if sel in ("one", "pos") and t == 0:
        extra = r209_a_record(rng, used)
        nr = [extra] + [dict(r) for r in recs]
        variant("pa", "add_first", nr, 0, new_sel="pos")
    # (7) safe: the same text, the instruction with a courtesy / whitespace
    for k, (pre, post) in enumerate([("Please e", ""), ("Kindly e", "")]):
        instr = r209_instr(sel, recs, t)
        prompt = pre + instr[1:] + r209_a_text(fmt, recs) + post
        r209_add("as", fam, prompt, R209_A_SCHEMA, base_ans, [base_ans], "safe", safe=True,
                 meta={"base": bid, "fmt": fmt, "sel": sel, "v": "safe%d" % k})


def r209_singles_a(rng, fmt, nrec, sel):
    used = {"name": set(), "city": set(), "int": set(), "money": set()}
    recs = [r209_a_record(rng, used) for _ in range(nrec)]
    t = {"id": rng.randrange(nrec), "pos": rng.randrange(nrec), "last": nrec - 1}[sel]
    o = (t + 1) % nrec
    fam = "r209_sa_%s" % fmt
    prompt = r209_instr(sel, recs, t) + r209_a_text(fmt, recs)
    right = r209_answer(recs[t])
    wrongs = [("other_record", r209_answer(recs[o])),
              ("mixed_qty", dict(right, qty=recs[o]["qty"])),
              ("stock_for_qty", dict(right, qty=recs[t]["stock"])),
              ("hub_for_city", dict(right, city=recs[t]["hub"])),
              ("mixed_city", dict(right, city=recs[o]["city"]))]
    for name, w in wrongs:
        # the same request once per wrong answer would collide on the prompt; vary the instruction lightly
        p = prompt.replace("Extract", {"other_record": "Extract", "mixed_qty": "Pull", "stock_for_qty": "Get",
                                       "hub_for_city": "Give me", "mixed_city": "Return"}[name], 1)
        r209_add("sa", fam, p, R209_A_SCHEMA, right, [w, right], "single",
                 meta={"fmt": fmt, "sel": sel, "v": name})


# ------------------------------------------------------------------ addresses in sections (domain B)
R209_B_SCHEMA = S({"name": "string", "street": "string", "city": "string", "postcode": "string"})


def r209_b_addr(rng, used):
    while True:
        a = {"name": rng.choice(R209_NAMES), "street": "%s %d" % (rng.choice(R209_STREETS), rng.randint(2, 90)),
             "city": rng.choice(R209_CITIES), "postcode": "%04d" % rng.randint(1000, 9990)}
        if not any(a[k] in used for k in a):
            used.update(a.values())
            return a


def r209_b_render(fmt, sec):
    """sec: list of (section name, address dict)."""
    keys = ["name", "street", "city", "postcode"]
    if fmt == "ini":
        return "\n".join("[%s]\n" % s + "\n".join("%s=%s" % (k, a[k]) for k in keys) + "\n" for s, a in sec)
    if fmt == "yaml":
        return "```yaml\n" + "".join("%s:\n" % s + "".join("  %s: %s\n" % (k, a[k]) for k in keys) for s, a in sec) + "```\n"
    if fmt == "json":
        return r209_json.dumps({s: a for s, a in sec}, indent=2) + "\n"
    if fmt == "xml":
        return "<addresses>\n" + "".join("  <%s>\n" % s + "".join("    <%s>%s</%s>\n" % (k, a[k], k) for k in keys)
                                         + "  </%s>\n" % s for s, a in sec) + "</addresses>\n"
    if fmt == "mdhead":
        return "\n".join("## %s address\n" % s.capitalize() + "".join("%s: %s\n" % (k.capitalize(), a[k]) for k in keys)
                         for s, a in sec)
    if fmt == "html":
        return "".join("<h4>%s address</h4>\n<dl>\n" % s.capitalize() +
                       "".join("  <dt>%s</dt><dd>%s</dd>\n" % (k.capitalize(), a[k]) for k in keys) + "</dl>\n"
                       for s, a in sec)
    if fmt == "kvhead":
        return "\n".join("%s address:\n" % s.capitalize() + "".join("  %s: %s\n" % (k.capitalize(), a[k]) for k in keys)
                         for s, a in sec)
    if fmt == "mdtable":
        out = "| Field | " + " | ".join(s.capitalize() for s, _ in sec) + " |\n|" + "---|" * (len(sec) + 1) + "\n"
        for k in keys:
            out += "| %s | " % k.capitalize() + " | ".join(a[k] for _, a in sec) + " |\n"
        return out
    raise ValueError(fmt)


R209_B_FMTS = ["ini", "yaml", "json", "xml", "mdhead", "html", "kvhead", "mdtable"]


def r209_pairs_b(rng, fmt, want):
    used = set()
    bill, ship = r209_b_addr(rng, used), r209_b_addr(rng, used)
    order = [("billing", bill), ("shipping", ship)]
    if rng.random() < 0.5:
        order = order[::-1]
    instr = "Give the %s address from the order below as JSON.\n\n" % want
    fam = "r209_b_%s" % fmt
    cur = dict(order)
    base_ans = dict(cur[want])
    bid = r209_add("bb", fam, instr + r209_b_render(fmt, order), R209_B_SCHEMA, base_ans, [base_ans], "base",
                   meta={"fmt": fmt})
    other = "billing" if want == "shipping" else "shipping"

    def variant(tag, vname, new_order, new_instr=None):
        d = dict(new_order)
        right = dict(d[want if new_instr is None else new_instr[1]])
        if right == base_ans:
            return
        ins = instr if new_instr is None else new_instr[0]
        r209_add(tag, fam, ins + r209_b_render(fmt, new_order), R209_B_SCHEMA, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fmt, "v": vname})

    # sections' contents swapped (names stay in place)
    variant("bs", "swap_contents", [(order[0][0], order[1][1]), (order[1][0], order[0][1])])
    # sections renamed the other way round (contents stay)
    variant("bs", "swap_names", [(order[1][0], order[0][1]), (order[0][0], order[1][1])])
    # one member moved from the other section
    for k in ("city", "postcode", "street"):
        nw, no = dict(cur[want]), dict(cur[other])
        nw[k], no[k] = cur[other][k], cur[want][k]
        variant("bm", "move_" + k, [(s, nw if s == want else no) for s, _ in order])
    # one member changed
    for k in ("city", "postcode"):
        nw = dict(cur[want])
        nw[k] = rng.choice([c for c in R209_CITIES if c not in used]) if k == "city" else "%04d" % rng.randint(1000, 9990)
        variant("bv", "value_" + k, [(s, nw if s == want else a) for s, a in order])
    # the instruction asks for the other section (same text)
    variant("bi", "other_section", order, ("Give the %s address from the order below as JSON.\n\n" % other, other))
    # safe
    r209_add("bsafe", fam, instr.replace("Give", "Please give") + r209_b_render(fmt, order), R209_B_SCHEMA, base_ans,
             [base_ans], "safe", safe=True, meta={"base": bid, "fmt": fmt, "v": "safe"})
    # single: the model gives the other section, or mixes one member
    for j, (vn, w) in enumerate([("other_section", dict(cur[other])),
                                 ("mixed_city", dict(cur[want], city=cur[other]["city"]))]):
        ins = ["What is the %s address? JSON please.\n\n", "Return the %s address as JSON.\n\n"][j] % want
        r209_add("bsg", fam, ins + r209_b_render(fmt, order), R209_B_SCHEMA, base_ans, [w, base_ans], "single",
                 meta={"fmt": fmt, "v": vn})


# ------------------------------------------------------------------ item tables with a totals / average row (domain C)
R209_C_SCHEMA = S({"item": "string", "qty": "integer", "amount": "number"})
R209_C_TOT = S({"qty": "integer", "amount": "number"},
               {"qty": "total quantity", "amount": "total amount"})


def r209_c_rows(rng, n):
    items = rng.sample(R209_ITEMS, n)
    qs = rng.sample(range(2, 40), n)
    am = [round(rng.randint(500, 30000) / 100.0, 2) for _ in range(n)]
    return [{"item": i, "qty": q, "amount": a} for i, q, a in zip(items, qs, am)]


def r209_c_render(fmt, rows, foot):
    tq = sum(r["qty"] for r in rows)
    ta = round(sum(r["amount"] for r in rows), 2)
    foot_rows = []
    if "total" in foot:
        foot_rows.append({"item": "Total", "qty": tq, "amount": ta})
    if "avg" in foot:
        foot_rows.append({"item": "Average", "qty": None, "amount": round(ta / len(rows), 2)})
    allr = rows + foot_rows
    cell = lambda r, k: ("" if r[k] is None else ("%.2f" % r[k] if k == "amount" else str(r[k])))  # noqa: E731
    if fmt == "md":
        out = "| Item | Qty | Amount |\n|---|---|---|\n"
        for r in allr:
            nm = "**%s**" % r["item"] if r in foot_rows else r["item"]
            out += "| %s | %s | %s |\n" % (nm, cell(r, "qty") or "–", cell(r, "amount"))
        return out
    if fmt == "tsv":
        return "Item\tQty\tAmount\n" + "".join("%s\t%s\t%s\n" % (r["item"], cell(r, "qty") or "-", cell(r, "amount")) for r in allr)
    if fmt == "html":
        out = "<table>\n<tr><th>Item</th><th>Qty</th><th>Amount</th></tr>\n"
        for r in rows:
            out += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (r["item"], cell(r, "qty"), cell(r, "amount"))
        for r in foot_rows:
            out += "<tfoot><tr><td>%s</td><td>%s</td><td>%s</td></tr></tfoot>\n" % (r["item"], cell(r, "qty"), cell(r, "amount"))
        return out + "</table>\n"
    if fmt == "fixed":
        out = "```\nItem       Qty   Amount\n---------- ----- --------\n"
        for r in rows:
            out += "%-10s %-5s %s\n" % (r["item"], cell(r, "qty"), cell(r, "amount"))
        if foot_rows:
            out += "========== ===== ========\n"
        for r in foot_rows:
            out += "%-10s %-5s %s\n" % (r["item"].upper(), cell(r, "qty"), cell(r, "amount"))
        return out + "```\n"
    if fmt == "json":
        data = {"lines": [dict(r) for r in rows]}
        if "total" in foot:
            data["total"] = {"qty": tq, "amount": ta}
        if "avg" in foot:
            data["average"] = {"amount": round(ta / len(rows), 2)}
        return r209_json.dumps(data, indent=2) + "\n"
    raise ValueError(fmt)


R209_C_FMTS = ["md", "tsv", "html", "fixed", "json"]


def r209_pairs_c(rng, fmt, foot):
    rows = r209_c_rows(rng, rng.choice([2, 3, 4]))
    fam = "r209_c_%s" % fmt
    t = rng.randrange(len(rows))
    tgt = rows[t]
    instr = "Extract the %s line from the receipt as JSON.\n\n" % tgt["item"]
    base_ans = dict(tgt)
    bid = r209_add("cb", fam, instr + r209_c_render(fmt, rows, foot), R209_C_SCHEMA, base_ans, [base_ans], "base",
                   meta={"fmt": fmt})
    # totals asked
    tq = sum(r["qty"] for r in rows)
    ta = round(sum(r["amount"] for r in rows), 2)
    tinstr = "Give the receipt's totals (total quantity and total amount) as JSON.\n\n"
    tb = {"qty": tq, "amount": ta}
    tid = None
    if "total" in foot:
        tid = r209_add("ct", fam, tinstr + r209_c_render(fmt, rows, foot), R209_C_TOT, tb, [tb], "base",
                       meta={"fmt": fmt})
    # variant: target line's qty changed (totals follow)
    nr = [dict(r) for r in rows]
    nr[t]["qty"] = tgt["qty"] + rng.choice([1, 2, 5])
    for x in nr:
        if x is not nr[t] and x["qty"] == nr[t]["qty"]:
            nr[t]["qty"] += 7
    right = dict(nr[t])
    r209_add("cv", fam, instr + r209_c_render(fmt, nr, foot), R209_C_SCHEMA, right, [base_ans, right], "pair",
             meta={"base": bid, "fmt": fmt, "v": "value_qty"})
    if tid:
        ntq = sum(r["qty"] for r in nr)
        r209_add("ctv", fam, tinstr + r209_c_render(fmt, nr, foot), R209_C_TOT, {"qty": ntq, "amount": ta},
                 [tb, {"qty": ntq, "amount": ta}], "pair", meta={"base": tid, "fmt": fmt, "v": "total_qty"})
        # another line's amount changed: the totals change, the asked line does not
        o = (t + 1) % len(rows)
        nr2 = [dict(r) for r in rows]
        nr2[o]["amount"] = round(rows[o]["amount"] + 10.0, 2)
        nta = round(sum(r["amount"] for r in nr2), 2)
        r209_add("ctv", fam, tinstr + r209_c_render(fmt, nr2, foot), R209_C_TOT, {"qty": tq, "amount": nta},
                 [tb, {"qty": tq, "amount": nta}], "pair", meta={"base": tid, "fmt": fmt, "v": "total_amount"})
    # variant: rows swapped in the table (values of two lines swapped, names stay)
    if len(rows) > 1:
        o = (t + 1) % len(rows)
        nr = [dict(r) for r in rows]
        nr[t]["qty"], nr[o]["qty"] = rows[o]["qty"], rows[t]["qty"]
        nr[t]["amount"], nr[o]["amount"] = rows[o]["amount"], rows[t]["amount"]
        right = dict(nr[t])
        r209_add("cs", fam, instr + r209_c_render(fmt, nr, foot), R209_C_SCHEMA, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fmt, "v": "swap_row_values"})
        # variant: the asked item is another line (same text)
        i2 = "Extract the %s line from the receipt as JSON.\n\n" % rows[o]["item"]
        r209_add("ci", fam, i2 + r209_c_render(fmt, rows, foot), R209_C_SCHEMA, dict(rows[o]), [base_ans, dict(rows[o])],
                 "pair", meta={"base": bid, "fmt": fmt, "v": "other_item"})
    # singles: the totals row taken for a line, the last line taken for the totals
    if "total" in foot:
        last = rows[-1]
        li = "What were the total quantity and total amount on this receipt? JSON.\n\n"
        r209_add("csg", fam, li + r209_c_render(fmt, rows, foot), R209_C_TOT, tb,
                 [{"qty": last["qty"], "amount": last["amount"]}, tb], "single", meta={"fmt": fmt, "v": "last_for_total"})
        li2 = "Give the %s line of the receipt as JSON.\n\n" % tgt["item"]
        r209_add("csg", fam, li2 + r209_c_render(fmt, rows, foot), R209_C_SCHEMA, base_ans,
                 [{"item": tgt["item"], "qty": tq, "amount": ta}, base_ans], "single", meta={"fmt": fmt, "v": "total_for_line"})
    if "avg" in foot:
        avg = round(ta / len(rows), 2)
        li3 = "Pull the %s row out of the table as JSON.\n\n" % tgt["item"]
        r209_add("csg", fam, li3 + r209_c_render(fmt, rows, foot), R209_C_SCHEMA, base_ans,
                 [dict(base_ans, amount=avg), base_ans], "single", meta={"fmt": fmt, "v": "avg_for_line"})
    r209_add("csafe", fam, instr.replace("Extract", "Please extract") + r209_c_render(fmt, rows, foot), R209_C_SCHEMA,
             base_ans, [base_ans], "safe", safe=True, meta={"base": bid, "fmt": fmt, "v": "safe"})


# ------------------------------------------------------------------ the same record in two formats (domain D)
def r209_pairs_d(rng, f1, f2):
    used = {"name": set(), "city": set(), "int": set(), "money": set()}
    rec = r209_a_record(rng, used)
    fam = "r209_d_%s_%s" % (f1, f2)
    instr = "Extract the order as JSON (customer, city, qty, price). I pasted it twice, once per export.\n\n"

    def text(r1, r2, note=""):
        return (instr + "Export 1:\n" + r209_a_text(f1, [r1]) + "\nExport 2:\n" + r209_a_text(f2, [r2]) + note)
    base_ans = r209_answer(rec)
    bid = r209_add("db", fam, text(rec, rec), R209_A_SCHEMA, base_ans, [base_ans], "base", meta={"fmt": fam})
    for key in ("qty", "city"):
        nr = dict(rec)
        nr[key] = rec["qty"] + 4 if key == "qty" else rng.choice([c for c in R209_CITIES if c not in (rec["city"], rec["hub"])])
        right = r209_answer(nr)
        r209_add("dv", fam, text(nr, nr), R209_A_SCHEMA, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fam, "v": "both_" + key})
        # the second export differs and a line says it is the current one
        r209_add("dn", fam, text(rec, nr, "\nExport 2 is today's; export 1 is from last week.\n"), R209_A_SCHEMA,
                 right, [base_ans, right], "pair", meta={"base": bid, "fmt": fam, "v": "newer_" + key})
        # the second export differs, no note (ambiguous: the stale answer counts as arguable)
        r209_add("dd", fam, text(rec, nr), R209_A_SCHEMA, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fam, "v": "differ_" + key, "arguable": True})


# ------------------------------------------------------------------ generate
for r209_fmt in R209_FMTS:
    for r209_rep in range(1):
        r209_pairs_a(r209_rng, r209_fmt, 1, "one")
    for r209_sel in ("id", "last"):
        for r209_rep in range(1):
            r209_pairs_a(r209_rng, r209_fmt, r209_rng.choice([2, 3]), r209_sel)
    for r209_sel in ("id", "last"):
        for r209_rep in range(1):
            r209_singles_a(r209_rng, r209_fmt, r209_rng.choice([2, 3]), r209_sel)
for r209_fmt in R209_B_FMTS:
    for r209_want in ("shipping", "billing"):
        for r209_rep in range(1):
            r209_pairs_b(r209_rng, r209_fmt, r209_want)
for r209_fmt in R209_C_FMTS:
    for r209_foot in ("total", "avg", "total+avg"):
        for r209_rep in range(2):
            r209_pairs_c(r209_rng, r209_fmt, r209_foot)
for r209_f1, r209_f2 in (("json", "yaml"), ("kv", "json"), ("xml", "kv"), ("md", "yaml"), ("jsonc", "keq"),
                         ("csv", "kv")):
    for r209_rep in range(2):
        r209_pairs_d(r209_rng, r209_f1, r209_f2)


# ================================================================== part 2: the shapes that are stored
# (a first pass showed only compact JSON, nested compact JSON, a one-element array, TOML, "A: x | B: y" lines,
#  plain fields and "Total qty:" fields stored; part 2 attacks those)
R209_S2 = S({"customer": "string", "city": "string", "qty": "integer", "price": "number"})


def r209_2_rec(rng, used, int_price=False):
    while True:
        r = {"customer": rng.choice(R209_NAMES), "city": rng.choice(R209_CITIES), "qty": rng.randint(2, 60),
             "price": rng.randint(61, 400) if int_price else round(rng.randint(1000, 99999) / 100.0, 2),
             "hub": rng.choice(R209_CITIES), "id": "A-%d" % rng.randint(1000, 9999)}
        if r["customer"] in used or r["city"] in used or r["hub"] in used or r["city"] == r["hub"] or r["qty"] in used:
            continue
        used.update([r["customer"], r["city"], r["hub"], r["qty"]])
        return r


def r209_2_pairs(rec, keys):
    return [(k, rec[k]) for k in keys]


def r209_2_render(fmt, items):
    """items: list of records, each a list of (key, value) pairs (keys are the text's own)."""
    def jv(v):
        return r209_json.dumps(v)
    def tv(v):
        return r209_fmtnum(v) if not isinstance(v, str) else v
    if fmt == "jc":
        return r209_json.dumps(dict(items[0])) + "\n" if len(items) == 1 else "".join(
            r209_json.dumps(dict(it)) + "\n" for it in items)
    if fmt == "jn":
        if len(items) == 1:
            return r209_json.dumps({"order": dict(items[0])}) + "\n"
        return r209_json.dumps({"orders": [dict(it) for it in items]}) + "\n"
    if fmt == "ja":
        return r209_json.dumps([dict(it) for it in items]) + "\n"
    if fmt == "jl":
        return "".join(r209_json.dumps(dict(it)) + "\n" for it in items)
    if fmt == "toml":
        return "\n".join("[order]\n" + "".join("%s = %s\n" % (k, jv(v)) for k, v in it) for it in items) if len(items) == 1 \
            else "\n".join("[[orders]]\n" + "".join("%s = %s\n" % (k, jv(v)) for k, v in it) for it in items)
    if fmt == "pipe":
        return "".join(" | ".join("%s: %s" % (k.replace("_", " ").capitalize(), tv(v)) for k, v in it) + "\n" for it in items)
    if fmt == "kv":
        return "\n".join("".join("%s: %s\n" % (k.replace("_", " ").capitalize(), tv(v)) for k, v in it) for it in items)
    raise ValueError(fmt)


R209_2_FMTS = ["jc", "jn", "ja", "jl", "toml", "pipe", "kv"]
R209_2_INSTR = {"plain": "Extract the order as JSON.\n\n", "last": "Extract the latest order (the last one listed) as JSON.\n\n",
                "first": "Extract the first order listed as JSON.\n\n"}


def r209_2_ans(rec):
    return {"customer": rec["customer"], "city": rec["city"], "qty": rec["qty"], "price": rec["price"]}


def r209_part2(rng, fmt, sel, extra):
    used = set()
    keys = ["customer", "city", "qty", "price"] + (["id"] if extra == "id" else []) + (["hub"] if extra == "hub" else [])
    if extra == "id":
        keys = ["id"] + keys[:-1]
    rec = r209_2_rec(rng, used, int_price=True)
    instr = R209_2_INSTR[sel]
    fam = "r209_2_%s" % fmt

    def T(items):
        return instr + r209_2_render(fmt, items)
    base_items = [r209_2_pairs(rec, keys)]
    base_ans = r209_2_ans(rec)
    bid = r209_add("eb", fam, T(base_items), R209_S2, base_ans, [base_ans], "base", meta={"fmt": fmt, "sel": sel, "x": extra})

    def V(tag, vname, items, right, wrong=None, safe=False):
        if right == base_ans and not safe:
            return
        r209_add(tag, fam, T(items) if isinstance(items, list) else items, R209_S2, right,
                 [right] if safe else [wrong or base_ans, right], "safe" if safe else "pair", safe=safe,
                 meta={"base": bid, "fmt": fmt, "sel": sel, "x": extra, "v": vname})

    # one value changed (the licensed rewrite), some to values that sit elsewhere in the text
    for k, nv in (("qty", rec["qty"] + rng.choice([1, 3, 10])), ("price", rec["price"] + 5),
                  ("city", rng.choice([c for c in R209_CITIES if c not in used])),
                  ("customer", rng.choice([c for c in R209_NAMES if c not in used]))):
        nr = dict(rec, **{k: nv})
        V("ev", "value_" + k, [r209_2_pairs(nr, keys)], r209_2_ans(nr))
    if extra == "hub":  # the city becomes the hub's value and the hub the city's (a value moved between fields)
        nr = dict(rec, city=rec["hub"], hub=rec["city"])
        V("em", "swap_city_hub", [r209_2_pairs(nr, keys)], r209_2_ans(nr))
    # two members' values swapped (qty <-> price, both whole numbers): the keys stay, the values trade places
    nr = dict(rec, qty=rec["price"], price=rec["qty"])
    V("es", "swap_qty_price", [r209_2_pairs(nr, keys)], r209_2_ans(nr))
    # the keys swapped instead (columns swapped): the same values under the other key
    sw = {"qty": "price", "price": "qty"}
    items = [[(sw.get(k, k), v) for k, v in r209_2_pairs(rec, keys)]]
    V("ek", "swap_keys_qty_price", items, dict(base_ans, qty=rec["price"], price=rec["qty"]))
    # a key renamed so another value sits under the member's name
    items = [[("previous_city" if k == "city" else k, v) for k, v in r209_2_pairs(rec, keys)] + [("city", rec["hub"])]]
    V("er", "rename_city", items, dict(base_ans, city=rec["hub"]))
    newq = rec["qty"] + 11
    items = [[("qty_last_month" if k == "qty" else k, v) for k, v in r209_2_pairs(rec, keys)] + [("qty", newq)]]
    V("er", "rename_qty", items, dict(base_ans, qty=newq))
    items = [[(k, v) for k, v in r209_2_pairs(rec, keys) if k != "city"] + [("ship_city", rec["city"]), ("city", rec["hub"])]]
    V("er", "rename_city_ship", items, dict(base_ans, city=rec["hub"]))
    # a second record added
    other = r209_2_rec(rng, used, int_price=True)
    if sel == "last":
        V("ea", "add_last", [r209_2_pairs(rec, keys), r209_2_pairs(other, keys)], r209_2_ans(other))
    if sel == "first":
        V("ea", "add_first", [r209_2_pairs(other, keys), r209_2_pairs(rec, keys)], r209_2_ans(other))
    if sel == "plain":  # a second record added, the request still says "the order": ambiguous, stale counts arguable
        pid_before = r209_n[0]
        V("eA", "add_ambiguous", [r209_2_pairs(rec, keys), r209_2_pairs(other, keys)], r209_2_ans(other))
        if r209_n[0] > pid_before:
            r209_meta["d209-eA-%d" % r209_n[0]]["arguable"] = True
    # safe: keys reordered, the instruction reworded
    items = [list(reversed(r209_2_pairs(rec, keys)))]
    V("esafe", "safe_reorder", items, base_ans, safe=True)
    V("esafe", "safe_please", "Please e" + T(base_items)[1:], base_ans, safe=True)


def r209_part2_sections(rng, fmt, want):
    used = set()
    def addr():
        while True:
            a = {"name": rng.choice(R209_NAMES), "street": "%s %d" % (rng.choice(R209_STREETS), rng.randint(2, 90)),
                 "city": rng.choice(R209_CITIES), "postcode": "%04d" % rng.randint(1000, 9990)}
            if not any(v in used for v in a.values()):
                used.update(a.values())
                return a
    bill, ship = addr(), addr()
    other = "billing" if want == "shipping" else "shipping"
    fam = "r209_2s_%s" % fmt
    instr = "Extract the %s address as JSON.\n\n" % want

    def R(secs):
        if fmt == "jc":
            return r209_json.dumps({s: a for s, a in secs}) + "\n"
        if fmt == "jn":
            return r209_json.dumps({"order": {"id": "A-5512", "addresses": {s: a for s, a in secs}}}) + "\n"
        if fmt == "toml":
            return "\n".join("[%s]\n" % s + "".join("%s = %s\n" % (k, r209_json.dumps(v)) for k, v in a.items()) for s, a in secs)
        if fmt == "prefix":
            return "".join("%s %s: %s\n" % (s.capitalize(), k, v) for s, a in secs for k, v in a.items())
        if fmt == "pipe":
            return "".join("%s | " % s.capitalize() + " | ".join("%s: %s" % (k.capitalize(), v) for k, v in a.items()) + "\n" for s, a in secs)
        raise ValueError(fmt)
    secs = [("billing", bill), ("shipping", ship)]
    if rng.random() < 0.5:
        secs.reverse()
    cur = dict(secs)
    base_ans = dict(cur[want])
    bid = r209_add("fb", fam, instr + R(secs), R209_B_SCHEMA, base_ans, [base_ans], "base", meta={"fmt": fmt})

    def V(tag, vname, prompt, right, safe=False):
        if right == base_ans and not safe:
            return
        r209_add(tag, fam, prompt, R209_B_SCHEMA, right, [right] if safe else [base_ans, right],
                 "safe" if safe else "pair", safe=safe, meta={"base": bid, "fmt": fmt, "v": vname})
    V("fs", "swap_contents", instr + R([(secs[0][0], secs[1][1]), (secs[1][0], secs[0][1])]), dict(cur[other]))
    V("fs", "swap_names", instr + R([(secs[1][0], secs[0][1]), (secs[0][0], secs[1][1])]), dict(cur[other]))
    for k in ("city", "postcode", "street", "name"):
        nw, no = dict(cur[want], **{k: cur[other][k]}), dict(cur[other], **{k: cur[want][k]})
        V("fm", "move_" + k, instr + R([(s, nw if s == want else no) for s, _ in secs]), nw)
    nw = dict(cur[want], city=rng.choice([c for c in R209_CITIES if c not in used]))
    V("fv", "value_city", instr + R([(s, nw if s == want else a) for s, a in secs]), nw)
    V("fi", "other_section", "Extract the %s address as JSON.\n\n" % other + R(secs), dict(cur[other]))
    V("fsafe", "safe_please", "Please e" + instr[1:] + R(secs), base_ans, safe=True)
    V("fsafe", "safe_reorder", instr + R(list(reversed(secs))), base_ans, safe=True)
    # singles: the other section given
    r209_add("fsg", fam, "What is the %s address? Answer in JSON.\n\n" % want + R(secs), R209_B_SCHEMA, base_ans,
             [dict(cur[other]), base_ans], "single", meta={"fmt": fmt, "v": "single_other_section"})
    r209_add("fsg", fam, "Return the %s address as JSON.\n\n" % want + R(secs), R209_B_SCHEMA, base_ans,
             [dict(base_ans, city=cur[other]["city"]), base_ans], "single", meta={"fmt": fmt, "v": "single_mixed_city"})


R209_T2 = S({"total_qty": "integer", "total_amount": "number"})


def r209_part2_totals(rng, shape):
    rows = r209_c_rows(rng, rng.choice([2, 3]))
    tq = sum(r["qty"] for r in rows)
    sub = round(sum(r["amount"] for r in rows), 2)
    ship = float(rng.choice([49, 79, 99]))
    tot = round(sub + ship, 2)
    avg = round(sub / len(rows), 2)
    fam = "r209_2t_%s" % shape
    instr = "Give the order's total quantity and total amount as JSON.\n\n"

    def R(lines):
        if shape == "kv":
            return "".join("%s: %s\n" % (k, r209_fmtnum(v)) for k, v in lines)
        if shape == "pipe":
            return " | ".join("%s: %s" % (k, r209_fmtnum(v)) for k, v in lines) + "\n"
        if shape == "jc":
            return r209_json.dumps({k.lower().replace(" ", "_"): v for k, v in lines}) + "\n"
        raise ValueError(shape)
    base_lines = [("Total qty", tq), ("Subtotal amount", sub), ("Shipping", ship), ("Total amount", tot)]
    base_ans = {"total_qty": tq, "total_amount": tot}
    bid = r209_add("tb", fam, instr + R(base_lines), R209_T2, base_ans, [base_ans], "base", meta={"fmt": shape})

    def V(tag, vname, lines, right, safe=False, wrong=None):
        if right == base_ans and not safe:
            return
        r209_add(tag, fam, instr + R(lines), R209_T2, right, [right] if safe else [wrong or base_ans, right],
                 "safe" if safe else "pair", safe=safe, meta={"base": bid, "fmt": shape, "v": vname})
    # subtotal and total labels swapped
    V("ts", "swap_sub_total", [("Total qty", tq), ("Total amount", sub), ("Shipping", ship), ("Subtotal amount", tot)],
      {"total_qty": tq, "total_amount": sub})
    # values swapped, labels in place
    V("ts", "swap_values", [("Total qty", tq), ("Subtotal amount", tot), ("Shipping", ship), ("Total amount", sub)],
      {"total_qty": tq, "total_amount": sub})
    # shipping changed, so the total changes
    nt = round(sub + ship + 20, 2)
    V("tv", "value_total", [("Total qty", tq), ("Subtotal amount", sub), ("Shipping", ship + 20), ("Total amount", nt)],
      {"total_qty": tq, "total_amount": nt})
    # an average line added under the total's label word
    V("tv", "avg_relabel", [("Total qty", tq), ("Subtotal amount", sub), ("Shipping", ship), ("Average amount", tot),
                            ("Total amount", avg)], {"total_qty": tq, "total_amount": avg})
    # item lines added above
    lines = [("%s qty" % r["item"], r["qty"]) for r in rows] + base_lines
    V("tsafe", "safe_items", lines, base_ans, safe=True)
    # single: the subtotal given for the total
    r209_add("tsg", fam, "What are the total quantity and the total amount? JSON.\n\n" + R(base_lines), R209_T2, base_ans,
             [{"total_qty": tq, "total_amount": sub}, base_ans], "single", meta={"fmt": shape, "v": "single_subtotal"})


def r209_part2_two(rng, f1, f2):
    used = set()
    rec = r209_2_rec(rng, used, int_price=True)
    keys = ["customer", "city", "qty", "price"]
    fam = "r209_2d_%s_%s" % (f1, f2)
    instr = "Extract the order as JSON. I pasted it twice, once from each system.\n\n"

    def T(r1, r2, note=""):
        return instr + r209_2_render(f1, [r209_2_pairs(r1, keys)]) + "\n" + r209_2_render(f2, [r209_2_pairs(r2, keys)]) + note
    base_ans = r209_2_ans(rec)
    bid = r209_add("gb", fam, T(rec, rec), R209_S2, base_ans, [base_ans], "base", meta={"fmt": fam})
    for k in ("qty", "city"):
        nr = dict(rec, **{k: rec["qty"] + 4 if k == "qty" else rng.choice([c for c in R209_CITIES if c not in used])})
        right = r209_2_ans(nr)
        r209_add("gv", fam, T(nr, nr), R209_S2, right, [base_ans, right], "pair", meta={"base": bid, "fmt": fam, "v": "both_" + k})
        r209_add("gn", fam, T(rec, nr, "\nThe second copy is today's; the first is from last week.\n"), R209_S2, right,
                 [base_ans, right], "pair", meta={"base": bid, "fmt": fam, "v": "newer_" + k})
        r209_add("gd", fam, T(rec, nr), R209_S2, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fam, "v": "differ_" + k, "arguable": True})


for r209_fmt in R209_2_FMTS:
    for r209_sel in ("plain", "last"):
        for r209_extra in ("", "id", "hub"):
            for r209_rep in range(2 if r209_sel == "plain" else 1):
                r209_part2(r209_rng, r209_fmt, r209_sel, r209_extra)
for r209_fmt in ("jc", "jn", "toml", "prefix", "pipe"):
    for r209_want in ("shipping", "billing"):
        for r209_rep in range(3):
            r209_part2_sections(r209_rng, r209_fmt, r209_want)
for r209_shape in ("kv", "pipe", "jc"):
    for r209_rep in range(5):
        r209_part2_totals(r209_rng, r209_shape)
for r209_f1, r209_f2 in (("jc", "kv"), ("jc", "pipe"), ("toml", "jc"), ("kv", "pipe")):
    for r209_rep in range(3):
        r209_part2_two(r209_rng, r209_f1, r209_f2)


# ================================================================== part 3: the stored shape's own syntax
# (escapes inside JSON and TOML strings, a key given twice, numbers in JSON's other forms)
R209_ESC = [  # (raw JSON string body, decoded value)
    ("Troms\\u00f8", "Tromsø"), ("B\\u00f8d\\u00f8", "Bødø"), ("\\u00c5lesund", "Ålesund"),
    ("Sandefjord\\/Larvik", "Sandefjord/Larvik"), ("Mo i Rana\\t", "Mo i Rana\t"),
    ("Bod\\u00F8", "Bodø"), ("Fl\\u00e5m", "Flåm"), ("M\\u00e5l\\u00f8y", "Måløy"),
]
R209_ESC_NAMES = [("Siv \\\"Sissi\\\" Dahl", 'Siv "Sissi" Dahl'), ("Ana \\u00c5sen", "Ana Åsen"),
                  ("J\\u00f8rn Lie", "Jørn Lie"), ("Bo O\\u2019Neil", "Bo O’Neil"), ("Ida M\\u00f8ller", "Ida Møller"),
                  ("Per \\\\ Aasen", "Per \\ Aasen")]


def r209_3_json(fmt, fields):
    """fields: list of (key, raw JSON value text)."""
    body = ", ".join('"%s": %s' % (k, v) for k, v in fields)
    if fmt == "jc":
        return "{" + body + "}\n"
    if fmt == "jn":
        return '{"order": {' + body + "}}\n"
    if fmt == "ja":
        return "[{" + body + "}]\n"
    if fmt == "toml":
        return "[order]\n" + "".join("%s = %s\n" % (k, v) for k, v in fields)
    if fmt == "pipe":
        return " | ".join("%s: %s" % (k.capitalize(), v.strip('"')) for k, v in fields) + "\n"
    raise ValueError(fmt)


def r209_part3(rng, fmt):
    used = set()
    rec = r209_2_rec(rng, used, int_price=rng.random() < 0.5)
    instr = "Extract the order as JSON.\n\n"
    fam = "r209_3_%s" % fmt
    def F(r, raw=None):
        raw = raw or {}
        return [("customer", raw.get("customer", r209_json.dumps(r["customer"]))), ("city", raw.get("city", r209_json.dumps(r["city"]))),
                ("qty", raw.get("qty", r209_json.dumps(r["qty"]))), ("price", raw.get("price", r209_json.dumps(r["price"])))]
    base_ans = r209_2_ans(rec)
    bid = r209_add("hb", fam, instr + r209_3_json(fmt, F(rec)), R209_S2, base_ans, [base_ans], "base", meta={"fmt": fmt})

    def V(tag, vname, fields, right, answers=None, arguable=False):
        pid = r209_add(tag, fam, instr + r209_3_json(fmt, fields), R209_S2, right, answers or [base_ans, right], "pair",
                       meta={"base": bid, "fmt": fmt, "v": vname, "arguable": arguable})
        return pid
    if fmt != "pipe":
        # escapes in the changed value: the licensed rewrite must decode them
        raw, dec = rng.choice(R209_ESC)
        V("he", "esc_city", F(rec, {"city": '"%s"' % raw}), dict(base_ans, city=dec))
        raw, dec = rng.choice(R209_ESC_NAMES)
        V("he", "esc_customer", F(rec, {"customer": '"%s"' % raw}), dict(base_ans, customer=dec))
        # an escape where the stale value was plain (the same city written with an escape: still right)
        # numbers in JSON's other forms
        V("hn", "num_exp", F(rec, {"qty": "%de1" % rec["qty"]}) if fmt != "toml" else F(rec, {"qty": "%d_0" % rec["qty"]}),
          dict(base_ans, qty=rec["qty"] * 10))
        V("hn", "num_frac0", F(rec, {"qty": "%d.0" % (rec["qty"] + 1)}), dict(base_ans, qty=rec["qty"] + 1))
        if fmt == "toml":
            V("hn", "num_hex", F(rec, {"qty": "0x%x" % (rec["qty"] + 16)}), dict(base_ans, qty=rec["qty"] + 16))
        # the number as a string
        V("hn", "num_str", F(rec, {"qty": '"%d"' % (rec["qty"] + 2)}), dict(base_ans, qty=rec["qty"] + 2))
    # a key given twice (JSON: the last one stands; a later line in a pipe row)
    newq = rec["qty"] + 5
    newc = rng.choice([c for c in R209_CITIES if c not in used])
    if fmt in ("jc", "jn", "ja", "pipe"):
        V("hd", "dup_qty", F(rec) + [("qty", r209_json.dumps(newq))], dict(base_ans, qty=newq), arguable=(fmt == "pipe"))
        V("hd", "dup_city", F(rec) + [("city", r209_json.dumps(newc))], dict(base_ans, city=newc), arguable=(fmt == "pipe"))
    # singles: the model copies the escape raw, or keeps the quotes
    raw, dec = rng.choice(R209_ESC)
    if fmt != "pipe":
        p = "Give me the order as JSON.\n\n" + r209_3_json(fmt, F(rec, {"city": '"%s"' % raw}))
        right = dict(base_ans, city=dec)
        r209_add("hs", fam, p, R209_S2, right, [dict(base_ans, city=raw.replace("\\\\", "\\")), right], "single",
                 meta={"fmt": fmt, "v": "single_raw_escape"})
        raw, dec = rng.choice(R209_ESC_NAMES)
        p = "Return the order as JSON.\n\n" + r209_3_json(fmt, F(rec, {"customer": '"%s"' % raw}))
        right = dict(base_ans, customer=dec)
        r209_add("hs", fam, p, R209_S2, right, [dict(base_ans, customer=raw), right], "single",
                 meta={"fmt": fmt, "v": "single_raw_escape_name"})
    if fmt in ("jc", "jn", "ja"):
        p = "Pull the order out as JSON.\n\n" + r209_3_json(fmt, F(rec) + [("qty", r209_json.dumps(newq))])
        right = dict(base_ans, qty=newq)
        r209_add("hs", fam, p, R209_S2, right, [base_ans, right], "single", meta={"fmt": fmt, "v": "single_dup_first"})
    # safe: the same values, an escape for a plain letter ("\u0053kien" is "Skien")
    if fmt != "pipe":
        c = rec["city"]
        raw = "\\u%04x" % ord(c[0]) + c[1:]
        r209_add("hsafe", fam, instr + r209_3_json(fmt, F(rec, {"city": '"%s"' % raw})), R209_S2, base_ans, [base_ans],
                 "safe", safe=True, meta={"base": bid, "fmt": fmt, "v": "safe_escape_plain"})


for r209_fmt in ("jc", "jn", "ja", "toml", "pipe"):
    for r209_rep in range(6):
        r209_part3(r209_rng, r209_fmt)


# ================================================================== part 4: singles on records no base shares
# (the model copies a JSON or TOML escape raw: "Troms\u00f8" for Tromsø; no stored neighbour stops the store)
def r209_part4(rng, fmt, which):
    used = set()
    rec = r209_2_rec(rng, used, int_price=rng.random() < 0.5)
    fam = "r209_4_%s" % fmt
    ans = r209_2_ans(rec)
    if which == "city":
        raw, dec = rng.choice(R209_ESC)
        fields = {"city": '"%s"' % raw}
        right, wrong = dict(ans, city=dec), dict(ans, city=raw)
    else:
        raw, dec = rng.choice(R209_ESC_NAMES)
        fields = {"customer": '"%s"' % raw}
        right, wrong = dict(ans, customer=dec), dict(ans, customer=raw.replace('\\"', '"') if rng.random() < 0.3 else raw)
    F = [("customer", fields.get("customer", r209_json.dumps(rec["customer"]))), ("city", fields.get("city", r209_json.dumps(rec["city"]))),
         ("qty", r209_json.dumps(rec["qty"])), ("price", r209_json.dumps(rec["price"]))]
    instr = rng.choice(["Convert this record to the order schema.\n\n", "Map the export below onto the order JSON.\n\n",
                        "Read the record and give the order as JSON.\n\n"])
    r209_add("u", fam, instr + r209_3_json(fmt, F), R209_S2, right, [wrong, right], "single",
             meta={"fmt": fmt, "v": "unique_raw_escape_" + which})


for r209_fmt in ("jc", "jn", "ja", "toml"):
    for r209_rep in range(6):
        r209_part4(r209_rng, r209_fmt, "city")
        r209_part4(r209_rng, r209_fmt, "customer")


# ================================================================== part 5: the stored shape's values collide
# (a changed value takes another member's old value, a digit run of it, or a name holds the old city)
R209_SURN = ["Hamar", "Molde", "Alta", "Skien", "Larvik", "Halden", "Narvik", "Arendal"]


def r209_part5(rng, fmt):
    used = set()
    rec = r209_2_rec(rng, used, int_price=True)
    keys = ["customer", "city", "qty", "price"]
    instr = "Extract the order as JSON.\n\n"
    fam = "r209_5_%s" % fmt
    base_ans = r209_2_ans(rec)
    bid = r209_add("kb", fam, instr + r209_2_render(fmt, [r209_2_pairs(rec, keys)]), R209_S2, base_ans, [base_ans], "base",
                   meta={"fmt": fmt})

    def V(vname, nr):
        right = r209_2_ans(nr)
        if right == base_ans:
            return
        r209_add("kc", fam, instr + r209_2_render(fmt, [r209_2_pairs(nr, keys)]), R209_S2, right, [base_ans, right], "pair",
                 meta={"base": bid, "fmt": fmt, "v": vname})
    V("qty_gets_old_price", dict(rec, qty=rec["price"], price=rec["price"] + 3))
    V("price_gets_old_qty", dict(rec, price=rec["qty"], qty=rec["qty"] + 2))
    V("qty_times_10", dict(rec, qty=rec["qty"] * 10))
    V("qty_prefix_digit", dict(rec, qty=int("1" + str(rec["qty"]))))
    V("price_contains_qty", dict(rec, price=int(str(rec["qty"]) + "0")))
    V("both_shift", dict(rec, qty=rec["price"], price=rec["qty"] + rec["price"]))
    sur = rng.choice([c for c in R209_SURN if c != rec["city"]])
    V("name_holds_old_city", dict(rec, customer="%s %s" % (rec["customer"].split()[0], rec["city"]),
                                  city=sur))
    V("city_longer", dict(rec, city=rec["city"] + " sentrum"))
    V("city_prefixed", dict(rec, city="Nedre " + rec["city"]))
    V("name_longer", dict(rec, customer=rec["customer"] + "-" + rng.choice(["Berg", "Lund", "Moe"])))
    V("name_first_swapped", dict(rec, customer=" ".join(reversed(rec["customer"].split()))))
    V("city_gets_name_part", dict(rec, city=rec["customer"].split()[1] if rec["customer"].split()[1] in R209_CITIES else "Lund"))


def r209_part5_tot(rng, fmt):
    q = rng.randint(3, 90)
    a = round(rng.randint(1000, 90000) / 100.0, 2)
    sch = S({"total_qty": "integer", "total_amount": "number"})
    instr = "Give the totals as JSON.\n\n"
    fam = "r209_5t_%s" % fmt

    def R(lines):
        if fmt == "kv":
            return "".join("%s: %s\n" % (k, r209_fmtnum(v)) for k, v in lines)
        if fmt == "pipe":
            return " | ".join("%s: %s" % (k, r209_fmtnum(v)) for k, v in lines) + "\n"
        return r209_json.dumps({k.lower().replace(" ", "_"): v for k, v in lines}) + "\n"
    base = [("Total qty", q), ("Total amount", a)]
    ba = {"total_qty": q, "total_amount": a}
    bid = r209_add("lb", fam, instr + R(base), sch, ba, [ba], "base", meta={"fmt": fmt})

    def V(vname, lines, right):
        if right == ba:
            return
        r209_add("lc", fam, instr + R(lines), sch, right, [ba, right], "pair", meta={"base": bid, "fmt": fmt, "v": vname})
    V("sub_line_above", [("Subtotal qty", q), ("Total qty", q + 4), ("Total amount", a)], {"total_qty": q + 4, "total_amount": a})
    V("old_total_renamed", [("Previous total qty", q), ("Total qty", q + 6), ("Total amount", a)], {"total_qty": q + 6, "total_amount": a})
    V("avg_line", [("Average qty", q), ("Total qty", q * 3), ("Total amount", a)], {"total_qty": q * 3, "total_amount": a})
    V("qty_gets_amount_int", [("Total qty", int(a)), ("Total amount", a + 1)], {"total_qty": int(a), "total_amount": round(a + 1, 2)})
    V("value_qty", [("Total qty", q + 1), ("Total amount", a)], {"total_qty": q + 1, "total_amount": a})
    r209_add("lsafe", fam, "Please give the totals as JSON.\n\n" + R(base), sch, ba, [ba], "safe", safe=True,
             meta={"base": bid, "fmt": fmt, "v": "safe_please"})


for r209_fmt in ("jc", "jn", "ja", "jl", "toml", "pipe", "kv"):
    for r209_rep in range(3):
        r209_part5(r209_rng, r209_fmt)
for r209_fmt in ("kv", "pipe", "jc"):
    for r209_rep in range(3):
        r209_part5_tot(r209_rng, r209_fmt)


# ================================================================== part 6: a stored base, the variant in another format
# (the same order pasted next time as XML, a table, YAML...: values swapped between columns, or one changed)
R209_6_ORDER = ["customer", "city", "qty", "price"]


def r209_6_text(fmt, rec, lab=None):
    if fmt in R209_2_FMTS:
        items = [[((lab or {}).get(k, k), rec[k]) for k in R209_6_ORDER]]
        return r209_2_render(fmt, items)
    lab = lab or r209_lab_for(fmt)
    return R209_INTRO[fmt] + r209_render(fmt, [rec], lab, order=R209_6_ORDER) + R209_OUTRO.get(fmt, "")


def r209_part6(rng, bfmt, vfmt):
    used = set()
    rec = r209_2_rec(rng, used, int_price=True)
    instr = "Extract the order as JSON.\n\n"
    fam = "r209_6_%s_%s" % (bfmt, vfmt)
    base_ans = r209_2_ans(rec)
    bid = r209_add("mb", fam, instr + r209_6_text(bfmt, rec), R209_S2, base_ans, [base_ans], "base", meta={"fmt": bfmt})

    def V(vname, text, right, safe=False):
        if right == base_ans and not safe:
            return
        r209_add("mc" if not safe else "msafe", fam, instr + text, R209_S2, right, [right] if safe else [base_ans, right],
                 "safe" if safe else "pair", safe=safe, meta={"base": bid, "fmt": vfmt, "v": vname})
    V("same", r209_6_text(vfmt, rec), base_ans, safe=True)
    nr = dict(rec, qty=rec["price"], price=rec["qty"])
    V("swap_values", r209_6_text(vfmt, nr), r209_2_ans(nr))
    if vfmt in R209_2_FMTS:
        lab = {"qty": "price", "price": "qty"}
    else:
        l0 = r209_lab_for(vfmt)
        lab = dict(l0, qty=l0["price"], price=l0["qty"])
    V("swap_labels", r209_6_text(vfmt, rec, lab), dict(base_ans, qty=rec["price"], price=rec["qty"]))
    nr = dict(rec, qty=rec["qty"] + 3)
    V("value_qty", r209_6_text(vfmt, nr), r209_2_ans(nr))
    nr = dict(rec, city=rng.choice([c for c in R209_CITIES if c not in used]))
    V("value_city", r209_6_text(vfmt, nr), r209_2_ans(nr))


for r209_b in ("kv", "jc", "toml", "pipe"):
    for r209_v in ("kv", "jc", "jn", "toml", "pipe", "yaml", "xml", "htmltable", "dl", "tsv", "csv", "md", "fixed",
                   "transposed", "keq", "json"):
        if r209_v != r209_b:
            for r209_rep in range(2 if r209_b == "kv" else 1):
                r209_part6(r209_rng, r209_b, r209_v)


# ================================================================== part 7: a stored base, the old value moved into a sub-record
# ({"order": {..., "city": "Bodo", "previous": {"city": "Skien"}}}, a TOML [order.previous] table, an indented block)
def r209_7_text(fmt, rec, sub_key, sub_name, sub_val, top=True):
    keys = ["customer", "city", "qty", "price"]
    main = [(k, rec[k]) for k in keys if top or k != sub_key]
    if fmt == "jc":
        d = dict(main)
        d[sub_name] = {sub_key: sub_val}
        return r209_json.dumps(d) + "\n"
    if fmt == "jn":
        d = dict(main)
        d[sub_name] = {sub_key: sub_val}
        return r209_json.dumps({"order": d}) + "\n"
    if fmt == "toml":
        return "[order]\n" + "".join("%s = %s\n" % (k, r209_json.dumps(v)) for k, v in main) + \
            "\n[order.%s]\n%s = %s\n" % (sub_name, sub_key, r209_json.dumps(sub_val))
    if fmt == "kv":
        return "".join("%s: %s\n" % (k.capitalize(), r209_fmtnum(v)) for k, v in main) + \
            "%s:\n  %s: %s\n" % (sub_name.replace("_", " ").capitalize(), sub_key.capitalize(), r209_fmtnum(sub_val))
    if fmt == "yamlish":
        return "order:\n" + "".join("  %s: %s\n" % (k, r209_fmtnum(v)) for k, v in main) + \
            "  %s:\n    %s: %s\n" % (sub_name, sub_key, r209_fmtnum(sub_val))
    raise ValueError(fmt)


def r209_part7(rng, fmt):
    used = set()
    rec = r209_2_rec(rng, used, int_price=True)
    instr = "Extract the order as JSON.\n\n"
    fam = "r209_7_%s" % fmt
    keys = ["customer", "city", "qty", "price"]
    base_ans = r209_2_ans(rec)
    base_text = {"jc": r209_2_render("jc", [[(k, rec[k]) for k in keys]]),
                 "jn": r209_2_render("jn", [[(k, rec[k]) for k in keys]]),
                 "toml": r209_2_render("toml", [[(k, rec[k]) for k in keys]]),
                 "kv": r209_2_render("kv", [[(k, rec[k]) for k in keys]]),
                 "yamlish": "order:\n" + "".join("  %s: %s\n" % (k, r209_fmtnum(rec[k])) for k in keys)}[fmt]
    bid = r209_add("nb", fam, instr + base_text, R209_S2, base_ans, [base_ans], "base", meta={"fmt": fmt})
    newc = rng.choice([c for c in R209_CITIES if c not in used])
    for sub in ("previous", "original", "billing", "return"):
        nr = dict(rec, city=newc)
        r209_add("nm", fam, instr + r209_7_text(fmt, nr, "city", sub, rec["city"]), R209_S2, r209_2_ans(nr),
                 [base_ans, r209_2_ans(nr)], "pair", meta={"base": bid, "fmt": fmt, "v": "old_city_in_" + sub})
    nr = dict(rec, qty=rec["qty"] + 7)
    r209_add("nm", fam, instr + r209_7_text(fmt, nr, "qty", "backorder", rec["qty"]), R209_S2, r209_2_ans(nr),
             [base_ans, r209_2_ans(nr)], "pair", meta={"base": bid, "fmt": fmt, "v": "old_qty_in_backorder"})
    # the order's own city now only in a sub-record named for delivery, the top-level city removed (arguable)
    pid = r209_add("nm", fam, instr + r209_7_text(fmt, dict(rec), "city", "delivery", newc, top=True), R209_S2,
                   base_ans, [base_ans], "safe", safe=True, meta={"base": bid, "fmt": fmt, "v": "safe_other_sub"})


for r209_fmt in ("jc", "jn", "toml", "kv", "yamlish"):
    for r209_rep in range(4):
        r209_part7(r209_rng, r209_fmt)

# ids whose request is ambiguous by design (a second record or a differing copy with no word saying which one
# stands, a pipe row naming a key twice): a stale answer served for them would count as arguable
r209_ambiguous = {r209_p["id"] for r209_p in P
                  if r209_p["id"].startswith("d209-") and r209_meta.get(r209_p["id"], {}).get("arguable")}

# Findings confirmed alone: none (0 wrong answers from the cache, run 1 or run 2, on the path "reuse" or kept on the
# patch path); both sets stay empty. R209_ALONE=1 keeps only them and the bases of their pairs.
r209_found_alone |= set()
r209_arguable |= set()

# Trimmed for ctest (probe_kit.sample_round), stop 48: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (4,000 generated), each with the base of its pair.
from probe_kit import sample_round as r209_sample_round  # noqa: E402

r209_all = list(P)
r209_sample_round("d209-", set(), 30, safe_every=10)
r209_keep = {r209_p["id"] for r209_p in P if r209_p["id"].startswith("d209-")}
r209_keep |= {r209_meta[r209_i]["base"] for r209_i in list(r209_keep) if r209_meta.get(r209_i, {}).get("base")}
P[:] = [r209_p for r209_p in r209_all if not r209_p["id"].startswith("d209-") or r209_p["id"] in r209_keep]
