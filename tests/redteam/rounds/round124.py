r"""Red-team round 124 (black box, stepcache-s43): the text of a record that is NOT a "Label: value" line but changes
what a value is - markup that strikes, hides or corrects a value (single-tilde and <strike>/<del datetime>/CSS
line-through/BBCode/LaTeX strikes, U+0336 combining strokes, hidden spans, inline HTML comments, "[recte 42]",
"(erratum: 42)", "(corr. 42)", "(typo for 42)", "(now 42)", "42 (was 41)", "-->", "~>"), values wrapped onto an
indented continuation line, a backslash continuation, YAML block scalars and nested "previous:" maps, JSON records
(nested old values, duplicate keys, // and /* */ comments, \u escapes), XML records (comments, entities, CDATA,
<old>/<del> wrappers, attributes holding the old value), INI sections [old]/[new] and ';' comments, key=value with
prefixed keys ("prev_age=41"), markdown tables whose cell strikes or breaks a value, space-aligned Before/After
columns, a record repeated under Draft/Final headings. Pairs: a plain base (stored, model right) then a variant
differing only by such text (model: the base's answer, then the right one). Singles: the variant alone under another
instruction, the model's only answer the grounded mistake, served twice. Safe variants (expect = base's answer).
RESULT (1,760 probes: 160 bases, 747 variants + 106 safe variants, 747 singles; every pair and single alone on a
fresh store, --runs 2; all 226 items that failed re-run alone and confirmed): 105 pairs served the base's answer from
the cache and 121 singles stored the model's grounded mistake and served it from the cache in run 2 (clear: 76 pairs +
77 singles, r124_found_clear; arguable: 29 pairs + 44 singles, r124_found_arguable; arguable ids in r124_arguable).
What got through: ONE shape - the member's own label written a second time on the SAME line as its field: a one-line
record "Phone: 912 00 111 | Member no: 55120 | Phone: 913 45 678 (current)" (also ";", ",", tab), the member's own line
of a multi-line record "Flight: SK4035 | Flight: SK4037 (current)" (also "/", ",", ";", tab; the twin's label in
another case, "Flight : ", "(updated 2 May)", "(now valid)", "Flight: -> SK4037"), a one-line JSON object or YAML flow
map with the key twice (arguable: duplicate names), for string members of a code/digit/e-mail/date/time/URL/IBAN/
plate/SKU/version form; numbers, postcodes, cities and enum words are read as "2 records" instead. Also stored
(singles): a one-line JSON whose second key is the member's key in \u escapes ("\u0063ity": "Bergen" after "city":
"Oslo"; also for an integer age). Held: every markup on the value's own field (strikes in 9 spellings, hidden spans,
comments, [recte], (corr.), (typo for), arrows, footnotes, continuation lines, YAML block scalars, XML
entities/CDATA/comments, INI [old]/[new], key=value prefixes, table cells), changes in a segment without the label, a
twin after "<br>", an em dash, a bullet, two spaces, inside a bracket, without its colon, or placed first - most as
errors: the right answer rejected for 443 pair variants, 40 safe variants and 12 bases; 282 pair variants and 297
singles were served wrong fresh (not stored). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r124_pairs = []      # (base id, variant id)
r124_singles = []    # ids
r124_safe = []       # ids
r124_arguable = set()
r124_bases = {}      # group -> base id
r124_n = [0]
r124_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va"]


def r124_nm():
    n = r124_n[0]
    r124_n[0] += 1
    return r124_SYL[n % 8] + r124_SYL[(n // 8) % 8].lower() + r124_SYL[(n // 64) % 8].lower()


def r124_strike(s):
    return "".join(ch + "\u0336" for ch in s)


# ---------------------------------------------------------------- templates
# each: schema keys (ident key, member key, other key), plain labels, ident value maker, old/new member values
r124_T = {
    "A": dict(keys=("name", "age", "department"), labels=("Name", "Age", "Department"), types=("string", "integer"),
              ident=lambda u: "Tomas " + u, old=41, new=42, other="Sales",
              ib="Return the name and age as JSON.", isg="Give the name and age from this record as JSON."),
    "F": dict(keys=("passenger", "flight", "seat"), labels=("Passenger", "Flight", "Seat"), types=("string", "string"),
              ident=lambda u: "Ola " + u, old="SK4035", new="SK4037", other="12C",
              ib="Return the passenger and the flight number as JSON.",
              isg="Give the passenger and flight from this booking as JSON."),
    "P": dict(keys=("customer", "phone", "member_no"), labels=("Customer", "Phone", "Member no"), types=("string", "string"),
              ident=lambda u: "Eva " + u, old="912 00 111", new="913 45 678", other="55120",
              ib="Return the customer and phone as JSON.", isg="Give the customer and phone from this card as JSON."),
}


def r124_schema(t):
    T = r124_T[t]
    return S({T["keys"][0]: T["types"][0], T["keys"][1]: T["types"][1]})


def r124_ans(t, ident, v):
    T = r124_T[t]
    return {T["keys"][0]: ident, T["keys"][1]: v}


def r124_lit(v):
    return json.dumps(v)


# record builders: (t, ident, member_text) -> text; member_text None = the plain member line of the layout
def r124_rec_plain(t, ident, m):
    T = r124_T[t]
    L = T["labels"]
    if m is None:
        m = "%s: %s" % (L[1], T["old"])
    return "%s: %s\n%s\n%s: %s\n" % (L[0], ident, m, L[2], T["other"])


def r124_rec_yaml(t, ident, m):
    T = r124_T[t]
    K = T["keys"]
    if m is None:
        m = "%s: %s" % (K[1], T["old"])
    return "%s: %s\n%s\n%s: %s\n" % (K[0], ident, m, K[2], T["other"])


def r124_rec_json(t, ident, m):
    T = r124_T[t]
    K = T["keys"]
    if m is None:
        m = '"%s": %s,' % (K[1], r124_lit(T["old"]))
    m = m + "\n" if "//" in m else m.replace("\n", " ")
    return '{"%s": "%s", %s "%s": "%s"}\n' % (K[0], ident, m, K[2], T["other"])


def r124_rec_xml(t, ident, m):
    T = r124_T[t]
    K = T["keys"]
    if m is None:
        m = "<%s>%s</%s>" % (K[1], T["old"], K[1])
    m = "\n".join("  " + x for x in m.split("\n"))
    root = {"A": "employee", "F": "booking", "P": "customer_card"}[t]
    return "<%s>\n  <%s>%s</%s>\n%s\n  <%s>%s</%s>\n</%s>\n" % (root, K[0], ident, K[0], m, K[2], T["other"], K[2], root)


def r124_rec_ini(t, ident, m):
    T = r124_T[t]
    K = T["keys"]
    if m is None:
        m = "%s = %s" % (K[1], T["old"])
    root = {"A": "employee", "F": "booking", "P": "customer"}[t]
    return "[%s]\n%s = %s\n%s = %s\n%s\n" % (root, K[0], ident, K[2], T["other"], m)


def r124_rec_kv(t, ident, m):
    T = r124_T[t]
    K = T["keys"]
    if m is None:
        m = "%s=%s" % (K[1], str(T["old"]).replace(" ", ""))
    return "%s=\"%s\"; %s; %s=%s\n" % (K[0], ident, m, K[2], T["other"])


def r124_rec_table(t, ident, m):
    T = r124_T[t]
    L = T["labels"]
    if m is None:
        m = str(T["old"])
    return "| %s | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (L[0], L[1], L[2], ident, m, T["other"])


r124_LAY = {"plain": (r124_rec_plain, "Record:\n"), "yaml": (r124_rec_yaml, "Record:\n"),
            "json": (r124_rec_json, "Record:\n"), "xml": (r124_rec_xml, "Record:\n"),
            "ini": (r124_rec_ini, "Record:\n"), "kv": (r124_rec_kv, "Record:\n"),
            "table": (r124_rec_table, "Record:\n")}


def r124_prompt(instr, lay, t, ident, m):
    fn, head = r124_LAY[lay]
    return instr + "\n\n" + head + fn(t, ident, m)


def r124_base(t, lay):
    g = t + "-" + lay
    if g not in r124_bases:
        T = r124_T[t]
        ident = T["ident"](r124_nm())
        bid = "d124-b-" + g
        a = r124_ans(t, ident, T["old"])
        J(bid, "r124_base", r124_prompt(T["ib"], lay, t, ident, None), r124_schema(t), a, [a])
        r124_bases[g] = (bid, ident)
    return r124_bases[g]


def r124_v(t, lay, key, m, right="new", arguable=False, single=True, stale="old"):
    """m: the member's text in the layout ({o} old, {n} new, {k} key, {L} label, {so} struck old)."""
    T = r124_T[t]
    K, L = T["keys"], T["labels"]
    o, n = T["old"], T["new"]
    txt = m.format(o=o, n=n, k=K[1], L=L[1], so=r124_strike(str(o)), oj=r124_lit(o), nj=r124_lit(n),
                   ok=str(o).replace(" ", ""), nk=str(n).replace(" ", ""))
    rv = {"new": n, "old": o}[right]
    sv = {"new": n, "old": o}[stale]
    bid, ident = r124_base(t, lay)
    vid = "d124-v-%s-%s-%s" % (t, lay, key)
    if right == "old":  # a safe variant: the base's answer stays right
        J(vid.replace("-v-", "-ok-"), "r124_safe", r124_prompt(T["ib"], lay, t, ident, txt), r124_schema(t),
          r124_ans(t, ident, rv), [r124_ans(t, ident, rv)], safe=True)
        r124_safe.append(vid.replace("-v-", "-ok-"))
        r124_pairs.append((bid, vid.replace("-v-", "-ok-")))
        return
    J(vid, "r124_pair", r124_prompt(T["ib"], lay, t, ident, txt), r124_schema(t), r124_ans(t, ident, rv),
      [r124_ans(t, ident, sv), r124_ans(t, ident, rv)])
    r124_pairs.append((bid, vid))
    if arguable:
        r124_arguable.add(vid)
    if single:
        ident2 = T["ident"](r124_nm())
        sid = "d124-s-%s-%s-%s" % (t, lay, key)
        J(sid, "r124_single", r124_prompt(T["isg"], lay, t, ident2, txt), r124_schema(t), r124_ans(t, ident2, rv),
          [r124_ans(t, ident2, sv)])
        r124_singles.append(sid)
        if arguable:
            r124_arguable.add(sid)


# ---------------------------------------------------------------- plain "Label: value" records
r124_PLAIN = [
    ("s1tilde", "{L}: ~{o}~ {n}", False),
    ("strike-tag", "{L}: <strike>{o}</strike> {n}", False),
    ("del-dt", '{L}: <del datetime="2026-05-02">{o}</del> {n}', False),
    ("del-cls", '{L}: <del class="old">{o}</del> <ins class="new">{n}</ins>', False),
    ("css-lt", '{L}: <span style="text-decoration: line-through">{o}</span> {n}', False),
    ("bbcode", "{L}: [s]{o}[/s] {n}", False),
    ("bbstrike", "{L}: [strike]{o}[/strike] {n}", False),
    ("latex", "{L}: \\sout{{{o}}} {n}", False),
    ("comb", "{L}: {so} {n}", False),
    ("strike-glued", "{L}: ~~{o}~~{n}", False),
    ("strike-after", "{L}: {n} ~~{o}~~", False),
    ("hidden", "{L}: <span hidden>{o}</span>{n}", False),
    ("dispnone", '{L}: <span style="display:none">{o}</span> {n}', False),
    ("cmt-old", "{L}: <!-- {o} --> {n}", False),
    ("recte", "{L}: {o} [recte {n}]", False),
    ("sic-recte", "{L}: {o} [sic, recte {n}]", False),
    ("sic-shouldbe", "{L}: {o} [sic; should be {n}]", False),
    ("erratum", "{L}: {o} (erratum: {n})", False),
    ("corr-abbr", "{L}: {o} (corr. {n})", False),
    ("read", "{L}: {o} [read: {n}]", False),
    ("typo", "{L}: {o} (typo for {n})", False),
    ("misprint", "{L}: {o} (misprint; {n})", False),
    ("amended", "{L}: {o} (amended to {n})", False),
    ("upd-paren", "{L}: {o} (updated: {n})", False),
    ("upd-line", "{L}: {o}\nUpdated: {n}", False),
    ("corr-lower", "{L}: {o}\ncorrection: {n}", False),
    ("edit-lower", "{L}: {o}\nedit: {n}", False),
    ("edit-paren", "{L}: {o} (edit: {n})", False),
    ("UPD-nocolon", "{L}: {o}\nUPDATE {n}", False),
    ("upd-dash", "{L}: {o} \u2014 UPDATE: {n}", False),
    ("now-paren", "{L}: {o} (now {n})", False),
    ("was-newfirst", "{L}: {n} (was {o})", False),
    ("formerly-newfirst", "{L}: {n}, formerly {o}", False),
    ("prev-newfirst", "{L}: {n} (previously {o})", False),
    ("prev-oldfirst", "{L}: {o} previously; {n} since May", False),
    ("formerly-oldfirst", "{L}: formerly {o}, now {n}", False),
    ("arrow-long", "{L}: {o} --> {n}", False),
    ("arrow-tilde", "{L}: {o} ~> {n}", False),
    ("arrow-uni-long", "{L}: {o} \u27f6 {n}", False),
    ("footnote", "{L}: {o}[^1]\n\n[^1]: Corrected to {n} on 2 May.", False),
    ("bs-cont", "{L}: {o} \\\n  corrected: {n}", False),
    ("cont-indent", "{L}: {o}\n      (corrected to {n})", False),
    ("dup-label", "{L}: {o}\n{L}: {n} (corrected)", False),
    ("sec-draftfinal", "{L}: {o}\n\n### Final\n{L}: {n}", False),
    ("hr-errata", "{L}: {o}\n\n---\nErrata\n{L}: {n}", False),
    ("cols", "              Before      After\n{L}:          {o}          {n}", True),
    # safe: the old value stays right
    ("ok-cmt-new", "{L}: {o} <!-- {n}? check -->", False),
    ("ok-code", "{L}: `{o}`", False),
    ("ok-bold", "{L}: **{o}**", False),
    ("ok-strike-new", "{L}: {o} ~~{n}~~", False),
    ("ok-sic", "{L}: {o} [sic]", False),
    ("ok-verified", "{L}: {o} (verified)", False),
]
for r124_t in ("A", "F", "P"):
    for r124_k, r124_m, r124_arg in r124_PLAIN:
        if r124_k.startswith("ok-"):
            r124_v(r124_t, "plain", r124_k, r124_m, right="old")
        else:
            r124_v(r124_t, "plain", r124_k, r124_m, arguable=r124_arg)

# ---------------------------------------------------------------- YAML
r124_YAML = [
    ("prev-nested-after", "{k}: {n}\nprevious:\n  {k}: {o}", "new", False),
    ("prev-nested-before", "previous:\n  {k}: {o}\n{k}: {n}", "new", False),
    ("hist-list", "history:\n  - {k}: {o}\n{k}: {n}", "new", False),
    ("cmt-was", "{k}: {n}  # corrected from {o}", "new", False),
    ("cmt-semicolon-old", "{k}: {o}  # wrong, see below\n{k}: {n}", "new", True),
    ("dup", "{k}: {o}\n{k}: {n}", "new", True),
    ("folded", "{k}: >-\n  {n}", "new", False),
    ("quoted-new", '{k}: "{n}"  # was {o}', "new", False),
    ("old-key", "{k}_old: {o}\n{k}: {n}", "new", False),
    ("anchor-override", "defaults: &d\n  {k}: {o}\nrecord:\n  <<: *d\n  {k}: {n}", "new", True),
    ("ok-cmt", "{k}: {o}  # checked 2 May", "old", False),
    ("ok-quoted", '{k}: "{o}"', "old", False),
    ("ok-cmt-new", "{k}: {o}\n# {k}: {n}", "old", False),
]
# ---------------------------------------------------------------- JSON
r124_JSON = [
    ("prev-nested", '"previous": {{"{k}": {oj}}},\n"{k}": {nj},', "new", False),
    ("prev-nested-after", '"{k}": {nj},\n"previous": {{"{k}": {oj}}},', "new", False),
    ("old-key", '"{k}_old": {oj},\n"{k}": {nj},', "new", False),
    ("dup", '"{k}": {oj},\n"{k}": {nj},', "new", True),
    ("line-cmt", '"{k}": {nj}, // was {o}', "new", False),
    ("cmt-old-line", '// "{k}": {oj},\n"{k}": {nj},', "new", False),
    ("block-cmt", '/* "{k}": {oj}, */ "{k}": {nj},', "new", False),
    ("obj-corr", '"{k}": {{"value": {oj}, "corrected": {nj}}},', "new", True),
    ("hist-arr", '"{k}_history": [{oj}, {nj}],\n"{k}": {nj},', "new", False),
    ("ok-cmt-new", '"{k}": {oj}, // {n}?', "old", False),
    ("ok-prev", '"previous": {{"{k}": "n/a"}},\n"{k}": {oj},', "old", False),
]
# ---------------------------------------------------------------- XML
r124_XML = [
    ("cmt-el", "<!-- <{k}>{o}</{k}> -->\n<{k}>{n}</{k}>", "new", False),
    ("cmt-inline", "<{k}><!-- {o} -->{n}</{k}>", "new", False),
    ("attr-prev", '<{k} previous="{o}">{n}</{k}>', "new", False),
    ("attr-corr", '<{k} corrected="{n}">{o}</{k}>', "new", True),
    ("cdata-new", "<{k}><![CDATA[{n}]]></{k}>", "new", False),
    ("del-wrap", "<del><{k}>{o}</{k}></del>\n<{k}>{n}</{k}>", "new", False),
    ("old-wrap", "<old><{k}>{o}</{k}></old>\n<{k}>{n}</{k}>", "new", False),
    ("ok-cdata", "<{k}><![CDATA[{o}]]></{k}>", "old", False),
    ("ok-cmt", "<{k}>{o}</{k}> <!-- checked -->", "old", False),
]
# ---------------------------------------------------------------- INI
r124_INI = [
    ("oldnew", "\n[old]\n{k} = {o}\n\n[new]\n{k} = {n}", "new", False),
    ("prevcur", "\n[previous]\n{k} = {o}\n\n[current]\n{k} = {n}", "new", False),
    ("semi-old", "; {k} = {o}\n{k} = {n}", "new", False),
    ("hash-old", "# {k} = {o}\n{k} = {n}", "new", False),
    ("inline-was", "{k} = {n} ; was {o}", "new", False),
    ("override", "{k} = {o}\n\n[override]\n{k} = {n}", "new", True),
    ("dup", "{k} = {o}\n{k} = {n}", "new", True),
    ("ok-semi-new", "{k} = {o}\n; {k} = {n}", "old", False),
    ("ok-quoted", '{k} = "{o}"', "old", False),
]
# ---------------------------------------------------------------- key=value
r124_KV = [
    ("prev-key", "prev_{k}={ok}; {k}={nk}", "new", False),
    ("old-dot", "{k}.old={ok}; {k}={nk}", "new", False),
    ("was-key", "{k}_was={ok}; {k}={nk}", "new", False),
    ("dup", "{k}={ok}; {k}={nk}", "new", True),
    ("hash", "#{k}={ok}; {k}={nk}", "new", False),
    ("ok-new-key", "{k}={ok}; next_{k}=unknown", "old", False),
]
# ---------------------------------------------------------------- markdown table cells
r124_TAB = [
    ("s1tilde", "~{o}~ {n}", "new", False),
    ("strike", "~~{o}~~ {n}", "new", False),
    ("s-tag", "<s>{o}</s> {n}", "new", False),
    ("del", "<del>{o}</del> {n}", "new", False),
    ("br-corr", "{o}<br>(corr. {n})", "new", False),
    ("recte", "{o} [recte {n}]", "new", False),
    ("comb", "{so} {n}", "new", False),
    ("ok-br", "{o}<br>(checked)", "old", False),
]
for r124_t in ("A", "F"):
    for r124_lay, r124_list in (("yaml", r124_YAML), ("json", r124_JSON), ("xml", r124_XML), ("ini", r124_INI),
                                ("kv", r124_KV), ("table", r124_TAB)):
        for r124_k, r124_m, r124_r, r124_arg in r124_list:
            r124_v(r124_t, r124_lay, r124_k, r124_m, right=r124_r, arguable=r124_arg)
# XML entities / JSON escapes that spell the new value
r124_v("A", "xml", "ent-dec", "<{k}>4&#50;</{k}>")
r124_v("A", "xml", "ent-hex", "<{k}>&#x34;&#x32;</{k}>")
r124_v("F", "xml", "ent-dec", "<{k}>SK403&#55;</{k}>")
r124_v("F", "json", "uesc", '"{k}": "SK403\\u0037",', arguable=True)
r124_v("F", "json", "uesc-all", '"{k}": "\\u0053\\u004b\\u0034\\u0030\\u0033\\u0037",', arguable=True)
r124_v("A", "plain", "ent-dec", "{L}: &#52;&#50;", arguable=True)
r124_v("A", "plain", "ent-mixed", "{L}: 4&#50;", arguable=True)
r124_v("F", "json", "ok-uesc", '"{k}": "SK403\\u0035",', right="old")
r124_v("F", "xml", "ok-ent", "<{k}>SK403&#53;</{k}>", right="old")

# ---------------------------------------------------------------- a name wrapped onto the next line (name/age record)
r124_sW = S({"name": "string", "age": "integer"})


def r124_wrec(gtext, lay):
    if lay == "plain":
        return "Record:\n%s\nAge: 41\nDepartment: Sales\n" % gtext
    if lay == "yaml":
        return "Record:\n%s\nage: 41\ndepartment: Sales\n" % gtext
    return 'Record:\n{%s "age": 41, "department": "Sales"}\n' % gtext


def r124_w(key, lay, gtext, right="new", arguable=False, single=True):
    """gtext: the name's text with {f} for the first name; old "{f} Lie", new "{f} Lie Berg"."""
    g = "W-" + lay
    if g not in r124_bases:
        base_g = {"plain": "Name: Jonas Lie", "yaml": "name: Jonas Lie", "json": '"name": "Jonas Lie",'}[lay]
        J("d124-b-" + g, "r124_base", "Return the name and age as JSON.\n\n" + r124_wrec(base_g, lay), r124_sW,
          {"name": "Jonas Lie", "age": 41}, [{"name": "Jonas Lie", "age": 41}])
        r124_bases[g] = ("d124-b-" + g, None)
    bid = r124_bases[g][0]
    old, new = "Jonas Lie", "Jonas Lie Berg"
    rv = new if right == "new" else old
    txt = gtext.format(f="Jonas")
    if right != "new":
        vid = "d124-ok-W-%s-%s" % (lay, key)
        J(vid, "r124_safe", "Return the name and age as JSON.\n\n" + r124_wrec(txt, lay), r124_sW,
          {"name": rv, "age": 41}, [{"name": rv, "age": 41}], safe=True)
        r124_safe.append(vid)
        r124_pairs.append((bid, vid))
        return
    vid = "d124-v-W-%s-%s" % (lay, key)
    J(vid, "r124_pair", "Return the name and age as JSON.\n\n" + r124_wrec(txt, lay), r124_sW,
      {"name": rv, "age": 41}, [{"name": old, "age": 41}, {"name": rv, "age": 41}])
    r124_pairs.append((bid, vid))
    if arguable:
        r124_arguable.add(vid)
    if single:
        f = ["Mats", "Ivar", "Lars", "Odd", "Geir", "Knut", "Rolf", "Arne", "Stig", "Tore", "Leif", "Eirik", "Egil",
             "Finn", "Gaute", "Helge", "Njal", "Sindre", "Trond", "Vidar", "Ulf", "Bjarte", "Dag", "Kjell"][r124_n[0] % 24]
        r124_n[0] += 1
        sid = "d124-s-W-%s-%s" % (lay, key)
        J(sid, "r124_single", "Give the name and age from this record as JSON.\n\n" + r124_wrec(gtext.format(f=f), lay),
          r124_sW, {"name": f + " Lie Berg", "age": 41}, [{"name": f + " Lie", "age": 41}])
        r124_singles.append(sid)
        if arguable:
            r124_arguable.add(sid)


r124_w("indent-aligned", "plain", "Name: {f} Lie\n      Berg")
r124_w("indent2", "plain", "Name: {f} Lie\n  Berg", arguable=True)
r124_w("tab", "plain", "Name: {f} Lie\n\tBerg", arguable=True)
r124_w("bs", "plain", "Name: {f} Lie \\\n      Berg")
r124_w("bs-glued", "plain", "Name: {f} Lie\\\n Berg", arguable=True)
r124_w("strike-name", "plain", "Name: ~~{f} Lie~~ {f} Lie Berg")
r124_w("strike1-name", "plain", "Name: ~{f} Lie~ {f} Lie Berg")
r124_w("recte", "plain", "Name: {f} Lie [recte {f} Lie Berg]")
r124_w("ins-surname", "plain", "Name: {f} Lie <ins>Berg</ins>", arguable=True)
r124_w("critic-add", "plain", "Name: {f} Lie{{++ Berg++}}")
r124_w("plus-line", "plain", "Name: {f} Lie\n    + Berg", arguable=True)
r124_w("cont-paren", "plain", "Name: {f} Lie\n      (cont.) Berg", arguable=True)
r124_w("hyph-wrap", "plain", "Name: {f} Lie-\n      Berg", arguable=True)
r124_w("y-plain", "yaml", "name: {f} Lie\n  Berg")
r124_w("y-folded", "yaml", "name: >-\n  {f} Lie\n  Berg")
r124_w("y-folded-keep", "yaml", "name: >\n  {f} Lie\n  Berg", arguable=True)
r124_w("y-dq", "yaml", 'name: "{f} Lie\n  Berg"')
r124_w("y-sq", "yaml", "name: '{f} Lie\n  Berg'")
r124_w("y-dq-esc", "yaml", 'name: "{f} Lie\\\n  \\ Berg"', arguable=True)
r124_w("j-concat", "json", '"name": "{f} Lie" "Berg",', arguable=True)
r124_w("j-uesc", "json", '"name": "{f} Lie\\u0020Berg",')
r124_w("j-dup", "json", '"name": "{f} Lie", "name": "{f} Lie Berg",', arguable=True)
r124_w("ok-y-cmt", "yaml", "name: {f} Lie  # Berg family booking", right="old")
r124_w("ok-plain-next", "plain", "Name: {f} Lie\nCompany: Berg AS", right="old")
r124_w("ok-y-blank", "yaml", "name: {f} Lie\n", right="old")
r124_w("ok-j-uesc", "json", '"name": "{f}\\u0020Lie",', right="old")

# ---------------------------------------------------------------- equations with a marked constant
r124_eq = "Solve for x: {}. Show each step."
r124_e6 = "4x + 7 = 31\n4x = 24\nx = 6"
r124_e7 = "4x + 7 = 35\n4x = 28\nx = 7"
E("d124-b-E", "r124_base", r124_eq.format("4x + 7 = 31"), "x", "6", [r124_e6])
for r124_k, r124_c in [("s1tilde", "4x + 7 = ~31~ 35"), ("strike-tag", "4x + 7 = <strike>31</strike> 35"),
                       ("comb", "4x + 7 = " + r124_strike("31") + " 35"), ("recte", "4x + 7 = 31 [recte 35]"),
                       ("corr-abbr", "4x + 7 = 31 (corr. 35)"), ("cmt-old", "4x + 7 = <!-- 31 --> 35"),
                       ("del-dt", '4x + 7 = <del datetime="2026-05-02">31</del> 35'), ("bbcode", "4x + 7 = [s]31[/s] 35"),
                       ("typo", "4x + 7 = 31 (typo for 35)"), ("now", "4x + 7 = 31 (now 35)")]:
    E("d124-v-E-" + r124_k, "r124_pair", r124_eq.format(r124_c), "x", "7", [r124_e6, r124_e7])
    r124_pairs.append(("d124-b-E", "d124-v-E-" + r124_k))
    E("d124-s-E-" + r124_k, "r124_single", "Find x in %s. Work it out." % r124_c, "x", "7", [r124_e6])
    r124_singles.append("d124-s-E-" + r124_k)
E("d124-ok-E-code", "r124_safe", r124_eq.format("4x + 7 = `31`"), "x", "6", [r124_e6], safe=True)
r124_safe.append("d124-ok-E-code")
r124_pairs.append(("d124-b-E", "d124-ok-E-code"))
E("d124-ok-E-para", "r124_safe", "Solve this for x: 4x + 7 = 31. Show every step.", "x", "6", [r124_e6], safe=True)
r124_safe.append("d124-ok-E-para")
r124_pairs.append(("d124-b-E", "d124-ok-E-para"))

# ================================================================ part 2: one-line records (JSON, YAML flow, pipes)
# The member's own key/value stays as stored; another key on the same line changes it.
r124_T2 = {
    "F": dict(keys=("passenger", "flight", "seat"), lab=("Passenger", "Flight", "Seat"), old="SK4035", new="SK4037",
              other="12C", ident=lambda u: "Ola " + u, sch={"passenger": "string", "flight": "string"},
              ib="Return the passenger and the flight number as JSON.", isg="Give the passenger and flight from this booking as JSON."),
    "P": dict(keys=("customer", "phone", "member_no"), lab=("Customer", "Phone", "Member no"), old="912 00 111",
              new="913 45 678", other="55120", ident=lambda u: "Eva " + u, sch={"customer": "string", "phone": "string"},
              ib="Return the customer and phone as JSON.", isg="Give the customer and phone from this card as JSON."),
    "C": dict(keys=("name", "city", "country"), lab=("Name", "City", "Country"), old="Oslo", new="Bergen", other="Norway",
              ident=lambda u: "Ada " + u, sch={"name": "string", "city": "string"},
              ib="Return the name and city as JSON.", isg="Give the name and city from this entry as JSON."),
    "M": dict(keys=("guest", "meal", "table"), lab=("Guest", "Meal", "Table"), old="vegetarian", new="vegan", other="7",
              ident=lambda u: "Ida " + u,
              sch={"guest": "string", "meal": {"type": "string", "enum": ["vegetarian", "vegan", "standard"]}},
              ib="Return the guest and the meal choice as JSON.", isg="Give the guest and meal from this card as JSON."),
    "A": dict(keys=("name", "age", "department"), lab=("Name", "Age", "Department"), old=41, new=42, other="Sales",
              ident=lambda u: "Tomas " + u, sch={"name": "string", "age": "integer"},
              ib="Return the name and age as JSON.", isg="Give the name and age from this record as JSON."),
}


def r124_rec2(t, lay, ident, extra, before=False):
    """extra: the added text for the layout (already formatted) or None."""
    T = r124_T2[t]
    K, L = T["keys"], T["lab"]
    if lay == "json1":
        parts = ['"%s": "%s"' % (K[0], ident), '"%s": %s' % (K[1], json.dumps(T["old"])), '"%s": "%s"' % (K[2], T["other"])]
        if extra and extra.startswith("@"):  # the member's key replaced (extra: whole member text)
            parts[1] = extra[1:]
        elif extra:
            parts.insert(1 if before else 3, extra)
        return "{" + ", ".join(parts) + "}\n"
    if lay == "flow":
        parts = ["%s: %s" % (K[0], ident), "%s: %s" % (K[1], T["old"]), "%s: %s" % (K[2], T["other"])]
        if extra:
            parts.insert(1 if before else 3, extra)
        return "{" + ", ".join(parts) + "}\n"
    if lay == "qs":
        parts = ["%s=%s" % (K[0], ident.replace(" ", "+")), "%s=%s" % (K[1], str(T["old"]).replace(" ", "+")),
                 "%s=%s" % (K[2], T["other"].replace(" ", "+"))]
        if extra:
            parts.insert(1 if before else 3, extra.replace(" ", "+"))
        return "&".join(parts) + "\n"
    parts = ["%s: %s" % (L[0], ident), "%s: %s" % (L[1], T["old"]), "%s: %s" % (L[2], T["other"])]
    if extra and lay not in ("ml", "cols") and not lay.startswith("mlm"):
        parts.insert(1 if before else 3, extra)
    if lay.startswith("mlm"):  # a multi-line record; the extra text goes on the member's own line
        sep = {"mlm": " | ", "mlm-slash": " / ", "mlm-comma": ", ", "mlm-semi": "; ", "mlm-tab": "\t",
               "mlm-sp": "      ", "mlm-dot": " \u00b7 ", "mlm-br": "<br>", "mlm-brs": "<br/>", "mlm-em": " \u2014 ",
               "mlm-bullet": " \u2022 ", "mlm-paren": " (", "mlm-nbsp": "\u00a0\u00a0"}[lay]
        if extra and extra.startswith("@"):
            return "%s\n%s\n%s\n" % (parts[0], extra[1:], parts[2])
        return "%s\n%s%s\n%s\n" % (parts[0], parts[1], (sep + extra) if extra else "", parts[2])
    if lay == "cols":  # two cards side by side under Original / Rebooked
        w = max(len(p) for p in parts) + 6
        other = [parts[0], extra if extra else parts[1], parts[2]]
        return "%s%s\n%s\n" % ("Original".ljust(w), "Rebooked", "\n".join(a.ljust(w) + b for a, b in zip(parts, other)))
    if lay == "ml":  # a multi-line record; the extra text goes on the third field's line
        return "%s\n%s\n%s%s\n" % (parts[0], parts[1], parts[2], (" | " + extra) if extra else "")
    return {"pipe": " | ", "semi": "; ", "tab": "\t", "comma": ", "}[lay].join(parts) + "\n"


def r124_v2(t, lay, key, extra, right="new", arguable=False, before=False, single=True):
    T = r124_T2[t]
    K, L = T["keys"], T["lab"]
    o, n = T["old"], T["new"]
    x = extra.format(k=K[1], L=L[1], n=n, o=o, nj=json.dumps(n), oj=json.dumps(o), l=L[1].lower(), L_up=L[1].upper(),
                     d="2 May", k_esc=K[1][:-1] + "\\u%04x" % ord(K[1][-1]))
    g = "2%s-%s" % (t, lay)
    sch = S(T["sch"])
    if g not in r124_bases:
        ident = T["ident"](r124_nm())
        a = {K[0]: ident, K[1]: o}
        J("d124-b-" + g, "r124_base", T["ib"] + "\n\nRecord:\n" + r124_rec2(t, lay, ident, None), sch, a, [a])
        r124_bases[g] = ("d124-b-" + g, ident)
    bid, ident = r124_bases[g]
    rv = n if right == "new" else o
    if right != "new":
        vid = "d124-ok-%s-%s-%s" % (t, lay, key)
        a = {K[0]: ident, K[1]: rv}
        J(vid, "r124_safe", T["ib"] + "\n\nRecord:\n" + r124_rec2(t, lay, ident, x, before), sch, a, [a], safe=True)
        r124_safe.append(vid)
        r124_pairs.append((bid, vid))
        return
    vid = "d124-v-%s-%s-%s" % (t, lay, key)
    J(vid, "r124_pair", T["ib"] + "\n\nRecord:\n" + r124_rec2(t, lay, ident, x, before), sch, {K[0]: ident, K[1]: rv},
      [{K[0]: ident, K[1]: o}, {K[0]: ident, K[1]: rv}])
    r124_pairs.append((bid, vid))
    if arguable:
        r124_arguable.add(vid)
    if single:
        i2 = T["ident"](r124_nm())
        sid = "d124-s-%s-%s-%s" % (t, lay, key)
        J(sid, "r124_single", T["isg"] + "\n\nRecord:\n" + r124_rec2(t, lay, i2, x, before), sch, {K[0]: i2, K[1]: rv},
          [{K[0]: i2, K[1]: o}])
        r124_singles.append(sid)
        if arguable:
            r124_arguable.add(sid)


r124_J1 = [
    ("dup", '"{k}": {nj}', True),
    ("dup-uesc", '"{k}\\u0000": {nj}', None),  # placeholder, replaced below per key
    ("new-pre", '"new_{k}": {nj}', False),
    ("corr-pre", '"corrected_{k}": {nj}', False),
    ("upd-pre", '"updated_{k}": {nj}', False),
    ("new-suf", '"{k}_new": {nj}', False),
    ("corr-suf", '"{k}_corrected": {nj}', False),
    ("now-suf", '"{k}_now": {nj}', False),
    ("correction", '"correction": {nj}', False),
    ("new", '"new": {nj}', False),
    ("should", '"should_read": {nj}', False),
    ("upd-obj", '"update": {{"{k}": {nj}}}', False),
    ("chg-obj", '"changes": {{"{k}": {nj}}}', False),
    ("corr-arr", '"corrections": [{{"field": "{k}", "value": {nj}}}]', False),
    ("chg-fromto", '"change": {{"field": "{k}", "from": {oj}, "to": {nj}}}', False),
    ("patch-op", '"patch": [{{"op": "replace", "path": "/{k}", "value": {nj}}}]', False),
    ("note", '"note": "{k} changed to {n}"', False),
    ("valid-false", '"{k}_valid": false, "{k}_replacement": {nj}', False),
    ("override", '"override": {{"{k}": {nj}}}', False),
    ("meta", '"_meta": {{"superseded": {{"{k}": {nj}}}}}', True),
]
for r124_t in ("F", "P", "C", "M", "A"):
    for r124_k, r124_x, r124_arg in r124_J1:
        if r124_k == "dup-uesc":
            r124_kk = r124_T2[r124_t]["keys"][1]
            r124_x = '"' + r124_kk[:-1] + "\\u%04x" % ord(r124_kk[-1]) + '": {nj}'
            r124_arg = True
        r124_v2(r124_t, "json1", r124_k, r124_x, arguable=r124_arg)
    r124_v2(r124_t, "json1", "ok-gate", '"remark": "ok"', right="old")
    r124_v2(r124_t, "json1", "ok-dup-same", '"{k}": {oj}', right="old")
    r124_v2(r124_t, "json1", "ok-checked", '"{k}_checked": true', right="old")
r124_FL = [
    ("dup", "{k}: {n}", True),
    ("new-pre", "new_{k}: {n}", False),
    ("corr-suf", "{k}_corrected: {n}", False),
    ("upd-obj", "update: {{{k}: {n}}}", False),
    ("correction", "correction: {n}", False),
]
r124_PI = [
    ("dup", "{L}: {n}", True),
    ("corr-lab", "Corrected {l}: {n}", False),
    ("new-lab", "New {l}: {n}", False),
    ("paren-lab", "{L} (corrected): {n}", False),
    ("paren-new", "{L} (new): {n}", False),
    ("correction", "Correction: {n}", False),
    ("now", "Now: {n}", False),
]
for r124_t in ("F", "P", "C", "M", "A"):
    for r124_k, r124_x, r124_arg in r124_FL:
        r124_v2(r124_t, "flow", r124_k, r124_x, arguable=r124_arg)
    r124_v2(r124_t, "flow", "ok-gate", "remark: ok", right="old")
    for r124_k, r124_x, r124_arg in r124_PI:
        r124_v2(r124_t, "pipe", r124_k, r124_x, arguable=r124_arg)
    r124_v2(r124_t, "pipe", "ok-gate", "Remark: ok", right="old")

# ================================================================ part 3: the same key twice on one line, more kinds; keys in \u escapes
r124_T2.update({
    "E": dict(keys=("member", "email", "level"), lab=("Member", "Email", "Level"), old="ada@fjord.no", new="ada@vik.no",
              other="gold", ident=lambda u: "Ada " + u, sch={"member": "string", "email": "string"},
              ib="Return the member and email as JSON.", isg="Give the member and email from this entry as JSON."),
    "D": dict(keys=("event", "date", "venue"), lab=("Event", "Date", "Venue"), old="2026-05-02", new="2026-05-09",
              other="Hall B", ident=lambda u: "Fair " + u, sch={"event": "string", "date": "string"},
              ib="Return the event and date as JSON.", isg="Give the event and date from this listing as JSON."),
    "O": dict(keys=("customer", "order_id", "status"), lab=("Customer", "Order ID", "Status"), old="ORD-1182",
              new="ORD-1183", other="open", ident=lambda u: "Liv " + u, sch={"customer": "string", "order_id": "string"},
              ib="Return the customer and order id as JSON.", isg="Give the customer and order id from this row as JSON."),
    "T": dict(keys=("train", "departure", "platform"), lab=("Train", "Departure", "Platform"), old="14:15", new="14:45",
              other="3", ident=lambda u: "R" + u, sch={"train": "string", "departure": "string"},
              ib="Return the train and departure time as JSON.", isg="Give the train and departure from this line as JSON."),
    "Z": dict(keys=("name", "postcode", "city"), lab=("Name", "Postcode", "City"), old="0150", new="0151", other="Oslo",
              ident=lambda u: "Siv " + u, sch={"name": "string", "postcode": "string"},
              ib="Return the name and postcode as JSON.", isg="Give the name and postcode from this entry as JSON."),
})
for r124_t in ("E", "D", "O", "T", "Z"):
    r124_v2(r124_t, "json1", "dup", '"{k}": {nj}', arguable=True)
    r124_v2(r124_t, "json1", "corr-suf", '"{k}_corrected": {nj}')
    r124_v2(r124_t, "flow", "dup", "{k}: {n}", arguable=True)
    r124_v2(r124_t, "pipe", "dup", "{L}: {n}", arguable=True)
    r124_v2(r124_t, "json1", "ok-gate", '"remark": "ok"', right="old")
for r124_t in ("F", "P", "E", "D", "O", "T", "Z", "C", "A"):
    r124_v2(r124_t, "json1", "dup-nospace", '"{k}":{nj}', arguable=True)
    r124_v2(r124_t, "json1", "dup-spaced", '"{k}" : {nj}', arguable=True)
    r124_v2(r124_t, "pipe", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "pipe", "dup-latest", "{L} (latest): {n}")
    r124_v2(r124_t, "pipe", "dup-arrow", "{L}: \u2192 {n}")
    r124_v2(r124_t, "semi", "dup", "{L}: {n}", arguable=True)
    r124_v2(r124_t, "semi", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "qs", "dup", "{k}={n}", arguable=True)

# ================================================================ part 4: the same label again on one line, other separators
for r124_t in ("F", "P", "E", "D", "O"):
    r124_v2(r124_t, "tab", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "comma", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "ml", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "pipe", "dup-upper", "{L_up}: {n} (current)")
    r124_v2(r124_t, "pipe", "dup-rebooked", "{L}: {n} (changed {d})")
    r124_v2(r124_t, "pipe", "dup-nowvalid", "{L}: {n} (now valid)")
    r124_v2(r124_t, "pipe", "dup-old-marked", "{L}: {n} (the {o} is cancelled)")
    r124_v2(r124_t, "pipe", "ok-dup-same", "{L}: {o}", right="old")
    r124_v2(r124_t, "json1", "esc-prev", '@"previous": {{"{k}": {oj}}}, "{k_esc}": {nj}')
    r124_v2(r124_t, "json1", "ok-esc-same", '@"{k_esc}": {oj}', right="old")

# ================================================================ part 5: one-line records, the change in a segment without the label
r124_NL = [
    ("seg-rebooked", "rebooked on {n}", "pipe"), ("seg-arrow", "\u2192 {n}", "pipe"), ("seg-corr", "(corr. {n})", "pipe"),
    ("seg-strike", "~~{o}~~ {n}", "pipe"), ("seg-current", "{n} is current", "pipe"), ("seg-update", "UPDATE {n}", "pipe"),
    ("seg-now", "now {n}", "semi"), ("seg-changed", "changed to {n}", "semi"), ("seg-recte", "[recte {n}]", "semi"),
    ("str-note", '"note": "now {n}"', "json1"), ("str-bare", '"{n}"', "json1"), ("flow-bare", "now: {n}", "flow"),
]
for r124_t in ("F", "P", "E", "D"):
    for r124_k, r124_x, r124_l in r124_NL:
        r124_v2(r124_t, r124_l, r124_k, r124_x)

# ================================================================ part 6: multi-line records, the same label again on the member's own line
for r124_t in ("F", "P", "E", "D"):
    r124_v2(r124_t, "mlm", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "mlm", "dup", "{L}: {n}", arguable=True)
    r124_v2(r124_t, "mlm", "ok-dup-same", "{L}: {o}", right="old")

# ================================================================ part 7: the same label again on the member's line, other separators; two columns
for r124_t in ("F", "P", "E", "D"):
    for r124_l in ("mlm-slash", "mlm-comma", "mlm-semi", "mlm-tab", "mlm-sp", "mlm-dot"):
        r124_v2(r124_t, r124_l, "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "mlm-sp", "dup", "{L}: {n}", arguable=True)
    r124_v2(r124_t, "cols", "rebooked", "{L}: {n}", arguable=True)
    r124_v2(r124_t, "mlm-slash", "ok-dup-same", "{L}: {o} (current)", right="old")

# ================================================================ part 8: the twin's label spelled otherwise, the twin first, other kinds
for r124_t in ("F", "P", "E", "D"):
    r124_v2(r124_t, "mlm", "dup-lower", "{l}: {n} (current)")
    r124_v2(r124_t, "mlm", "dup-spcolon", "{L} : {n} (current)")
    r124_v2(r124_t, "mlm", "dup-eq", "{L}={n} (current)")
    r124_v2(r124_t, "mlm", "dup-dash", "{L} \u2013 {n} (current)")
    r124_v2(r124_t, "mlm", "dup-no", "{L} no.: {n} (current)", arguable=True)
    r124_v2(r124_t, "mlm", "dup-upd", "{L}: {n} (updated {d})")
    r124_v2(r124_t, "mlm", "dup-strike-old", "~~{L}: {o}~~ {L}: {n}")
for r124_t in ("C", "A", "M", "Z"):
    r124_v2(r124_t, "mlm", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "mlm-slash", "dup-current", "{L}: {n} (current)")

# ================================================================ part 9: a JSON key written with \u escapes (the same key again)
def r124_esc(k, pos):
    if pos == "all":
        return "".join("\\u%04x" % ord(ch) for ch in k)
    if pos == "first":
        return "\\u%04x" % ord(k[0]) + k[1:]
    return k[:1] + "\\u%04X" % ord(k[1]) + k[2:]


for r124_t in ("C", "A", "Z", "M", "F", "D"):
    r124_k1 = r124_T2[r124_t]["keys"][1]
    for r124_pos in ("first", "all", "midU"):
        r124_v2(r124_t, "json1", "dup-esc-" + r124_pos, '"' + r124_esc(r124_k1, r124_pos) + '": {nj}', arguable=True)
    r124_v2(r124_t, "json1", "ok-esc-other", '"' + r124_esc("remark", "first") + '": "ok"', right="old")

# ================================================================ part 10: the twin after an HTML line break or other marks (all held)
for r124_t in ("F", "P", "E", "D"):
    for r124_l in ("mlm-br", "mlm-brs", "mlm-em", "mlm-bullet", "mlm-nbsp"):
        r124_v2(r124_t, r124_l, "dup-current", "{L}: {n} (current)")
    r124_v2(r124_t, "mlm-paren", "dup-current", "{L}: {n} current)")
    r124_v2(r124_t, "mlm", "dup-nocolon", "{l} {n} (current)")
    r124_v2(r124_t, "mlm-br", "ok-dup-same", "{L}: {o} (current)", right="old")

# ================================================================ part 11: more string kinds; the twin first
r124_KINDS = [
    ("U", ("shop", "website", "owner"), ("Shop", "Website", "Owner"), "https://fjord.no/a", "https://fjord.no/b", "Liv Dahl", "Shop "),
    ("I", ("holder", "iban", "bank"), ("Holder", "IBAN", "Bank"), "NO93 8601 1117 947", "NO93 8601 1117 955", "DNB", "Kari "),
    ("L", ("owner", "plate", "model"), ("Owner", "Plate", "Model"), "EK 12345", "EK 12346", "Golf", "Per "),
    ("N", ("client", "invoice_no", "terms"), ("Client", "Invoice no", "Terms"), "INV-2026-17", "INV-2026-18", "net 30", "Bygg "),
    ("S", ("product", "sku", "colour"), ("Product", "SKU", "Colour"), "LMP-40-BK", "LMP-40-WH", "black", "Lamp "),
    ("V", ("package", "version", "licence"), ("Package", "Version", "Licence"), "2.3.1", "2.3.2", "MIT", "pkg-"),
    ("R", ("guest", "room", "wing"), ("Guest", "Room", "Wing"), "B-214", "B-310", "east", "Siri "),
]
for r124_c, r124_keys, r124_lab, r124_o, r124_n2, r124_oth, r124_pre in r124_KINDS:
    r124_T2[r124_c] = dict(keys=r124_keys, lab=r124_lab, old=r124_o, new=r124_n2, other=r124_oth,
                           ident=(lambda p: (lambda u: p + u))(r124_pre), sch={r124_keys[0]: "string", r124_keys[1]: "string"},
                           ib="Return the %s and %s as JSON." % (r124_keys[0], r124_lab[1].lower()),
                           isg="Give the %s and %s from this entry as JSON." % (r124_keys[0], r124_lab[1].lower()))
    r124_v2(r124_c, "mlm", "dup-current", "{L}: {n} (current)")
    r124_v2(r124_c, "pipe", "dup-current", "{L}: {n} (current)")
for r124_t in ("F", "P", "E", "D"):
    r124_v2(r124_t, "mlm", "twin-first", "@{L}: {n} (current) | {L}: {o}")

# ---------------------------------------------------------------- findings (each confirmed alone, fresh store, --runs 2)
r124_found_clear = ["d124-b-2F-pipe,d124-v-F-pipe-dup-current", "d124-b-2F-pipe,d124-v-F-pipe-dup-arrow", "d124-b-2F-semi,d124-v-F-semi-dup-current", "d124-b-2P-pipe,d124-v-P-pipe-dup-current", "d124-b-2P-pipe,d124-v-P-pipe-dup-arrow", "d124-b-2P-semi,d124-v-P-semi-dup-current", "d124-b-2E-pipe,d124-v-E-pipe-dup-current", "d124-b-2E-pipe,d124-v-E-pipe-dup-arrow", "d124-b-2E-semi,d124-v-E-semi-dup-current", "d124-b-2D-pipe,d124-v-D-pipe-dup-current", "d124-b-2D-pipe,d124-v-D-pipe-dup-arrow", "d124-b-2D-semi,d124-v-D-semi-dup-current", "d124-b-2F-tab,d124-v-F-tab-dup-current", "d124-b-2F-comma,d124-v-F-comma-dup-current", "d124-b-2F-pipe,d124-v-F-pipe-dup-upper", "d124-b-2F-pipe,d124-v-F-pipe-dup-rebooked", "d124-b-2F-pipe,d124-v-F-pipe-dup-nowvalid", "d124-b-2P-tab,d124-v-P-tab-dup-current", "d124-b-2P-comma,d124-v-P-comma-dup-current", "d124-b-2P-pipe,d124-v-P-pipe-dup-upper", "d124-b-2P-pipe,d124-v-P-pipe-dup-rebooked", "d124-b-2P-pipe,d124-v-P-pipe-dup-nowvalid", "d124-b-2E-tab,d124-v-E-tab-dup-current", "d124-b-2E-comma,d124-v-E-comma-dup-current", "d124-b-2E-pipe,d124-v-E-pipe-dup-upper", "d124-b-2E-pipe,d124-v-E-pipe-dup-rebooked", "d124-b-2E-pipe,d124-v-E-pipe-dup-nowvalid", "d124-b-2D-tab,d124-v-D-tab-dup-current", "d124-b-2D-comma,d124-v-D-comma-dup-current", "d124-b-2D-pipe,d124-v-D-pipe-dup-upper", "d124-b-2D-pipe,d124-v-D-pipe-dup-rebooked", "d124-b-2D-pipe,d124-v-D-pipe-dup-nowvalid", "d124-b-2F-mlm,d124-v-F-mlm-dup-current", "d124-b-2P-mlm,d124-v-P-mlm-dup-current", "d124-b-2E-mlm,d124-v-E-mlm-dup-current", "d124-b-2D-mlm,d124-v-D-mlm-dup-current", "d124-b-2F-mlm-slash,d124-v-F-mlm-slash-dup-current", "d124-b-2F-mlm-comma,d124-v-F-mlm-comma-dup-current", "d124-b-2F-mlm-semi,d124-v-F-mlm-semi-dup-current", "d124-b-2F-mlm-tab,d124-v-F-mlm-tab-dup-current", "d124-b-2P-mlm-slash,d124-v-P-mlm-slash-dup-current", "d124-b-2P-mlm-comma,d124-v-P-mlm-comma-dup-current", "d124-b-2P-mlm-semi,d124-v-P-mlm-semi-dup-current", "d124-b-2P-mlm-tab,d124-v-P-mlm-tab-dup-current", "d124-b-2E-mlm-slash,d124-v-E-mlm-slash-dup-current", "d124-b-2E-mlm-comma,d124-v-E-mlm-comma-dup-current", "d124-b-2E-mlm-semi,d124-v-E-mlm-semi-dup-current", "d124-b-2E-mlm-tab,d124-v-E-mlm-tab-dup-current", "d124-b-2D-mlm-slash,d124-v-D-mlm-slash-dup-current", "d124-b-2D-mlm-comma,d124-v-D-mlm-comma-dup-current", "d124-b-2D-mlm-semi,d124-v-D-mlm-semi-dup-current", "d124-b-2D-mlm-tab,d124-v-D-mlm-tab-dup-current", "d124-b-2F-mlm,d124-v-F-mlm-dup-lower", "d124-b-2F-mlm,d124-v-F-mlm-dup-spcolon", "d124-b-2F-mlm,d124-v-F-mlm-dup-upd", "d124-b-2P-mlm,d124-v-P-mlm-dup-lower", "d124-b-2P-mlm,d124-v-P-mlm-dup-spcolon", "d124-b-2P-mlm,d124-v-P-mlm-dup-upd", "d124-b-2E-mlm,d124-v-E-mlm-dup-lower", "d124-b-2E-mlm,d124-v-E-mlm-dup-spcolon", "d124-b-2E-mlm,d124-v-E-mlm-dup-upd", "d124-b-2D-mlm,d124-v-D-mlm-dup-lower", "d124-b-2D-mlm,d124-v-D-mlm-dup-spcolon", "d124-b-2D-mlm,d124-v-D-mlm-dup-upd", "d124-b-2U-mlm,d124-v-U-mlm-dup-current", "d124-b-2U-pipe,d124-v-U-pipe-dup-current", "d124-b-2I-mlm,d124-v-I-mlm-dup-current", "d124-b-2I-pipe,d124-v-I-pipe-dup-current", "d124-b-2L-mlm,d124-v-L-mlm-dup-current", "d124-b-2L-pipe,d124-v-L-pipe-dup-current", "d124-b-2N-mlm,d124-v-N-mlm-dup-current", "d124-b-2N-pipe,d124-v-N-pipe-dup-current", "d124-b-2S-mlm,d124-v-S-mlm-dup-current", "d124-b-2S-pipe,d124-v-S-pipe-dup-current", "d124-b-2V-mlm,d124-v-V-mlm-dup-current", "d124-b-2V-pipe,d124-v-V-pipe-dup-current", "d124-s-F-pipe-dup-current", "d124-s-F-pipe-dup-arrow", "d124-s-F-semi-dup-current", "d124-s-P-pipe-dup-current", "d124-s-P-pipe-dup-arrow", "d124-s-P-semi-dup-current", "d124-s-E-pipe-dup-current", "d124-s-E-pipe-dup-arrow", "d124-s-E-semi-dup-current", "d124-s-D-pipe-dup-current", "d124-s-D-pipe-dup-arrow", "d124-s-D-semi-dup-current", "d124-s-T-pipe-dup-current", "d124-s-T-pipe-dup-arrow", "d124-s-T-semi-dup-current", "d124-s-F-tab-dup-current", "d124-s-F-comma-dup-current", "d124-s-F-pipe-dup-upper", "d124-s-F-pipe-dup-rebooked", "d124-s-F-pipe-dup-nowvalid", "d124-s-P-tab-dup-current", "d124-s-P-comma-dup-current", "d124-s-P-pipe-dup-upper", "d124-s-P-pipe-dup-rebooked", "d124-s-P-pipe-dup-nowvalid", "d124-s-E-tab-dup-current", "d124-s-E-comma-dup-current", "d124-s-E-pipe-dup-upper", "d124-s-E-pipe-dup-rebooked", "d124-s-E-pipe-dup-nowvalid", "d124-s-D-tab-dup-current", "d124-s-D-comma-dup-current", "d124-s-D-pipe-dup-upper", "d124-s-D-pipe-dup-rebooked", "d124-s-D-pipe-dup-nowvalid", "d124-s-F-mlm-dup-current", "d124-s-P-mlm-dup-current", "d124-s-E-mlm-dup-current", "d124-s-D-mlm-dup-current", "d124-s-F-mlm-slash-dup-current", "d124-s-F-mlm-comma-dup-current", "d124-s-F-mlm-semi-dup-current", "d124-s-F-mlm-tab-dup-current", "d124-s-P-mlm-slash-dup-current", "d124-s-P-mlm-comma-dup-current", "d124-s-P-mlm-semi-dup-current", "d124-s-P-mlm-tab-dup-current", "d124-s-E-mlm-slash-dup-current", "d124-s-E-mlm-comma-dup-current", "d124-s-E-mlm-semi-dup-current", "d124-s-E-mlm-tab-dup-current", "d124-s-D-mlm-slash-dup-current", "d124-s-D-mlm-comma-dup-current", "d124-s-D-mlm-semi-dup-current", "d124-s-D-mlm-tab-dup-current", "d124-s-F-mlm-dup-lower", "d124-s-F-mlm-dup-spcolon", "d124-s-F-mlm-dup-upd", "d124-s-P-mlm-dup-lower", "d124-s-P-mlm-dup-spcolon", "d124-s-P-mlm-dup-upd", "d124-s-E-mlm-dup-lower", "d124-s-E-mlm-dup-spcolon", "d124-s-E-mlm-dup-upd", "d124-s-D-mlm-dup-lower", "d124-s-D-mlm-dup-spcolon", "d124-s-D-mlm-dup-upd", "d124-s-U-mlm-dup-current", "d124-s-U-pipe-dup-current", "d124-s-I-mlm-dup-current", "d124-s-I-pipe-dup-current", "d124-s-L-mlm-dup-current", "d124-s-L-pipe-dup-current", "d124-s-S-mlm-dup-current", "d124-s-S-pipe-dup-current", "d124-s-V-mlm-dup-current", "d124-s-V-pipe-dup-current"]
r124_found_arguable = ["d124-b-F-json,d124-v-F-json-dup", "d124-b-2F-json1,d124-v-F-json1-dup", "d124-b-2P-json1,d124-v-P-json1-dup", "d124-b-2F-flow,d124-v-F-flow-dup", "d124-b-2F-pipe,d124-v-F-pipe-dup", "d124-b-2P-flow,d124-v-P-flow-dup", "d124-b-2P-pipe,d124-v-P-pipe-dup", "d124-b-2E-json1,d124-v-E-json1-dup", "d124-b-2E-flow,d124-v-E-flow-dup", "d124-b-2E-pipe,d124-v-E-pipe-dup", "d124-b-2D-json1,d124-v-D-json1-dup", "d124-b-2D-flow,d124-v-D-flow-dup", "d124-b-2D-pipe,d124-v-D-pipe-dup", "d124-b-2F-json1,d124-v-F-json1-dup-nospace", "d124-b-2F-json1,d124-v-F-json1-dup-spaced", "d124-b-2F-semi,d124-v-F-semi-dup", "d124-b-2P-json1,d124-v-P-json1-dup-nospace", "d124-b-2P-json1,d124-v-P-json1-dup-spaced", "d124-b-2P-semi,d124-v-P-semi-dup", "d124-b-2E-json1,d124-v-E-json1-dup-nospace", "d124-b-2E-json1,d124-v-E-json1-dup-spaced", "d124-b-2E-semi,d124-v-E-semi-dup", "d124-b-2D-json1,d124-v-D-json1-dup-nospace", "d124-b-2D-json1,d124-v-D-json1-dup-spaced", "d124-b-2D-semi,d124-v-D-semi-dup", "d124-b-2F-mlm,d124-v-F-mlm-dup", "d124-b-2P-mlm,d124-v-P-mlm-dup", "d124-b-2E-mlm,d124-v-E-mlm-dup", "d124-b-2D-mlm,d124-v-D-mlm-dup", "d124-s-F-json-dup", "d124-s-F-json1-dup", "d124-s-P-json1-dup", "d124-s-C-json1-dup-uesc", "d124-s-A-json1-dup-uesc", "d124-s-F-flow-dup", "d124-s-F-pipe-dup", "d124-s-P-flow-dup", "d124-s-P-pipe-dup", "d124-s-E-json1-dup", "d124-s-E-flow-dup", "d124-s-E-pipe-dup", "d124-s-D-json1-dup", "d124-s-D-flow-dup", "d124-s-D-pipe-dup", "d124-s-T-json1-dup", "d124-s-T-flow-dup", "d124-s-T-pipe-dup", "d124-s-F-json1-dup-nospace", "d124-s-F-json1-dup-spaced", "d124-s-F-semi-dup", "d124-s-P-json1-dup-nospace", "d124-s-P-json1-dup-spaced", "d124-s-P-semi-dup", "d124-s-E-json1-dup-nospace", "d124-s-E-json1-dup-spaced", "d124-s-E-semi-dup", "d124-s-D-json1-dup-nospace", "d124-s-D-json1-dup-spaced", "d124-s-D-semi-dup", "d124-s-T-json1-dup-nospace", "d124-s-T-json1-dup-spaced", "d124-s-T-semi-dup", "d124-s-F-mlm-dup", "d124-s-P-mlm-dup", "d124-s-E-mlm-dup", "d124-s-D-mlm-dup", "d124-s-E-mlm-dup-no", "d124-s-C-json1-dup-esc-first", "d124-s-C-json1-dup-esc-all", "d124-s-C-json1-dup-esc-midU", "d124-s-A-json1-dup-esc-first", "d124-s-A-json1-dup-esc-all", "d124-s-A-json1-dup-esc-midU"]


# Arguable ids still served from the cache after the fixes (their expected answer is one reading
# of several; FINDINGS.md, rounds 123-128): left out of the ctest set.
r124_left_out = {'d124-v-D-mlm-dup-no'}
P[:] = [r124_p for r124_p in P if r124_p["id"] not in r124_left_out]
