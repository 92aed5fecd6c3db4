"""Red-team round 130 (black box, stepcache-s45): JSON extraction from source texts that are NOT "Label: value"
lines.
FOCUS: source texts that are not "Label: value" lines -- markdown tables (plain and with an
alignment row), CSV/TSV/semicolon with a header row, fixed-width columns, HTML <th>/<td> tables, transposed tables
(labels in the first column, records as columns; markdown and CSV), JSON arrays and nested JSON records, YAML lists,
key=value lines, "key -> value" blocks, XML attributes and elements, log lines (key=value after a timestamp),
INI sections, billing/shipping sections with the same keys (INI, nested YAML, nested JSON, XML elements and
attributes, markdown headings, a transposed Billing|Shipping table, CSV type rows, dotted keys), e-mail headers
(From/To swapped, Reply-To, forwarded), and (wave 2) one-line keyed layouts: query strings, CLI --flags, logfmt with
quotes, comma-separated key=value, one-line JSON objects, ENV lines, CSS style attributes.
PAIRS (d130-b-/d130-v-): base stored right; the variant moves the right value (header columns swapped with the data
unchanged, a row/record added above or below holding the stale value, the value changed in place while the stale
value stays in another column, sections swapped, shipping moved to billing with a new shipping, a previous_shipping
section) with the stale value still in the text; model answers [stale, right]. SINGLES (d130-s-): another
instruction over the variant text, the model's answer the value of the wrong column/section/record. SAFE (d130-ok-):
whitespace/alignment, columns reordered together with the data, section order, an unrelated sentence, header folding.
RESULT: 2198 probes (1236 pairs, 721 singles, 554 safe; 197 arguable in r130_arguable). Every group (base + its
variants + singles) was run on its own fresh store (--runs 2), and the joint run's failures too; each re-run alone: 74 items confirmed alone
(28 pairs + 46 singles; 9 of them SKU/EAN items marked arguable).
WHAT GOT THROUGH: ONE shape -- a STRING member in a ONE-LINE KEYED record (key=value, "k=v, k=v", ENV "K=V", logfmt
k="v", a log line's k=v, XML <row k="v" .../> attributes, CLI --k="v") where the member's value sits under ANOTHER
key of the same line: the schema key "city" answered with office=Oslo ("name=Ana Berg office=Oslo city=Bergen"),
origin from destination="OSL", colour from trim=, country from nationality=, language from second_language=, sku
from ean=. The stored base "name=Ana Berg city=Oslo office=Bergen" -> Oslo is reused for the column-swapped line
(reason "all 2 steps verified"), and the model's wrong-key value is stored and served again. Only for values that
look like names/words/codes (city, country, language, colour, airport code, SKU); e-mail addresses, phone numbers,
dates and home/work city pairs held; numbers held ("nothing beside N says it is price").
HELD: every table layout (markdown, CSV, TSV, fixed width, HTML, transposed), JSON, YAML, INI, arrow blocks,
XML elements, query strings, one-line JSON, CSS styles -- their bases are not stored ("the text states this value
as another field's words", "the request asks about someone the text describes apart from this value"); every
multi-record variant ("the text holds 2 records"); every section layout (billing/shipping swap, moved, previous);
e-mail headers. Safe reuse: 61 of 1108 safe runs reused (most bases never stored).
ARGUABLE: SKU/EAN swapped (a 13-digit "sku" may be read as a mislabelled EAN); "delivery" section for shipping;
forwarded mail; a member whose key was dropped (wave-2 "dropped" singles, expect an impossible value).
Adds its probes to probe_kit.P."""
import json as r130_json

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r130_pairs = []
r130_singles = []
r130_safe = []
r130_arguable = set()


def r130_pair(tag, fam, sch, bpr, bexp, vpr, vexp, safe=False, arg=False):
    b = "d130-b-" + tag.rsplit("-", 1)[0]
    if not any(p["id"] == b for p in P):
        J(b, "r130_" + fam + "_base", bpr, sch, bexp, [bexp])
    v = ("d130-ok-" if safe else "d130-v-") + tag
    if safe:
        J(v, "r130_" + fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r130_safe.append(v)
    else:
        J(v, "r130_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp, vexp])
        if arg:
            r130_arguable.add(v)
    r130_pairs.append((b, v))


def r130_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d130-s-" + tag
    J(s, "r130_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    r130_singles.append(s)
    if arg:
        r130_arguable.add(s)


def r130_key(lab):
    return lab.lower().replace(" ", "_")


def r130_s(v):
    return str(v)


# ---------------------------------------------------------------- layouts: render(labels, rows, loose)
def r130_md(L, R, loose=False):
    if loose:
        w = [max(len(str(x)) for x in [L[i]] + [r[i] for r in R]) for i in range(len(L))]
        out = ["| " + " | ".join(str(L[i]).ljust(w[i]) for i in range(len(L))) + " |",
               "|" + "|".join("-" * (w[i] + 2) for i in range(len(L))) + "|"]
        for r in R:
            out.append("| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(len(L))) + " |")
        return "\n".join(out)
    out = ["| " + " | ".join(L) + " |", "|" + "|".join("---" for _ in L) + "|"]
    for r in R:
        out.append("| " + " | ".join(r130_s(x) for x in r) + " |")
    return "\n".join(out)


def r130_mdalign(L, R, loose=False):
    al = "|" + "|".join(":---" if i == 0 else "---:" for i in range(len(L))) + "|"
    sp = "  " if loose else " "
    out = ["|" + sp + (sp + "|" + sp).join(L) + sp + "|", al]
    for r in R:
        out.append("|" + sp + (sp + "|" + sp).join(r130_s(x) for x in r) + sp + "|")
    return "\n".join(out)


def r130_csv(L, R, loose=False):
    sep = ", " if loose else ","
    return "\n".join([sep.join(r130_key(x) for x in L)] + [sep.join(r130_s(x) for x in r) for r in R])


def r130_tsv(L, R, loose=False):
    sep = "\t\t" if loose else "\t"
    return "\n".join([sep.join(L)] + [sep.join(r130_s(x) for x in r) for r in R])


def r130_semi(L, R, loose=False):
    sep = " ; " if loose else ";"
    return "\n".join([sep.join(L)] + [sep.join(r130_s(x) for x in r) for r in R])


def r130_fixed(L, R, loose=False):
    pad = 6 if loose else 3
    w = [max(len(str(x)) for x in [L[i]] + [r[i] for r in R]) + pad for i in range(len(L))]
    out = ["".join(str(L[i]).ljust(w[i]) for i in range(len(L))).rstrip()]
    for r in R:
        out.append("".join(str(r[i]).ljust(w[i]) for i in range(len(L))).rstrip())
    return "\n".join(out)


def r130_html(L, R, loose=False):
    nl = "\n  " if loose else ""
    out = ["<table>", nl + "<tr>" + "".join("<th>%s</th>" % x for x in L) + "</tr>"]
    for r in R:
        out.append(nl + "<tr>" + "".join("<td>%s</td>" % r130_s(x) for x in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def r130_trans(L, R, loose=False):
    # labels in the first column, records as columns
    out = ["| " + L[0] + " | " + " | ".join(r130_s(r[0]) for r in R) + " |",
           "|---|" + "|".join("---" for _ in R) + "|"]
    for i in range(1, len(L)):
        sp = "   " if loose else " "
        out.append("|" + sp + L[i] + sp + "|" + sp + (sp + "|" + sp).join(r130_s(r[i]) for r in R) + sp + "|")
    return "\n".join(out)


def r130_transcsv(L, R, loose=False):
    sep = ", " if loose else ","
    return "\n".join(sep.join([L[i]] + [r130_s(r[i]) for r in R]) for i in range(len(L)))


def r130_jsonarr(L, R, loose=False):
    arr = [{r130_key(L[i]): r[i] for i in range(len(L))} for r in R]
    return "Payload:\n" + r130_json.dumps(arr, indent=2 if loose else None, ensure_ascii=False)


def r130_jsonnest(L, R, loose=False):
    arr = {"data": {"records": [{r130_key(L[i]): r[i] for i in range(len(L))} for r in R]}}
    return r130_json.dumps(arr, indent=2 if loose else None, ensure_ascii=False)


def r130_yamllist(L, R, loose=False):
    out = ["records:"]
    for r in R:
        for i in range(len(L)):
            out.append(("  - " if i == 0 else "    ") + r130_key(L[i]) + ":" + ("   " if loose else " ") + r130_s(r[i]))
    return "\n".join(out)


def r130_kv(L, R, loose=False):
    sep = " = " if loose else "="
    return "\n".join(" ".join(r130_key(L[i]) + sep + r130_s(r[i]) for i in range(len(L))) for r in R)


def r130_arrow(L, R, loose=False):
    blocks = []
    for r in R:
        blocks.append("\n".join(L[i] + ("   ->   " if loose else " -> ") + r130_s(r[i]) for i in range(len(L))))
    return "\n\n".join(blocks)


def r130_xmlattr(L, R, loose=False):
    sp = "  " if loose else " "
    return "<rows>\n" + "\n".join("<row" + "".join(sp + '%s="%s"' % (r130_key(L[i]), r[i]) for i in range(len(L))) + "/>" for r in R) + "\n</rows>"


def r130_xmlel(L, R, loose=False):
    nl = "\n  " if loose else ""
    return "<records>" + "".join("<record>" + "".join(nl + "<%s>%s</%s>" % (r130_key(L[i]), r[i], r130_key(L[i])) for i in range(len(L))) + "</record>" for r in R) + "</records>"


def r130_log(L, R, loose=False):
    sp = "  " if loose else " "
    return "\n".join("2026-03-01T10:00:%02dZ INFO%s" % (10 + j, sp) + sp.join(r130_key(L[i]) + "=" + r130_s(r[i]) for i in range(len(L))) for j, r in enumerate(R))


def r130_ini(L, R, loose=False):
    blocks = []
    for j, r in enumerate(R):
        blocks.append("[record%d]\n" % (j + 1) + "\n".join(r130_key(L[i]) + (" = " if loose else "=") + r130_s(r[i]) for i in range(len(L))))
    return "\n\n".join(blocks)


r130_LAYOUTS = [("md", r130_md), ("mdal", r130_mdalign), ("csv", r130_csv), ("tsv", r130_tsv), ("semi", r130_semi),
                ("fixed", r130_fixed), ("html", r130_html), ("trans", r130_trans), ("transcsv", r130_transcsv),
                ("jarr", r130_jsonarr), ("jnest", r130_jsonnest), ("yaml", r130_yamllist), ("kv", r130_kv),
                ("arrow", r130_arrow), ("xmla", r130_xmlattr), ("xmle", r130_xmlel), ("log", r130_log), ("ini", r130_ini)]

# datasets: tag, labels, types, record, (row above: other record with the stale value), (target with new value)
r130_DS = [
    ("it", ["Item", "Price", "Qty"], ["string", "number"], ["Kettle", 24, 3], ["Toaster", 24, 5], ["Kettle", 31, 3]),
    ("ci", ["Name", "City", "Office"], ["string", "string"], ["Ana Berg", "Oslo", "Bergen"], ["Per Dahl", "Oslo", "Molde"],
     ["Ana Berg", "Tromsø", "Bergen"]),
    ("or", ["Order", "Total", "Tax"], ["string", "number"], ["A-1001", 250, 50], ["A-1000", 250, 40], ["A-1001", 310, 50]),
    ("pe", ["Name", "Age", "Floor"], ["string", "integer"], ["Jonas Lie", 41, 7], ["Eva Moe", 41, 2], ["Jonas Lie", 38, 7]),
]

def r130_gen0():
    for r130_lt, r130_f in r130_LAYOUTS:
        for r130_dt, r130_L, r130_T, r130_r, r130_oth, r130_new in r130_DS:
            k0, k1 = r130_key(r130_L[0]), r130_key(r130_L[1])
            sch = S({k0: r130_T[0], k1: r130_T[1]})
            head = "Extract the %s and %s for %s as JSON.\n\n" % (r130_L[0].lower(), r130_L[1].lower(), r130_r[0])
            head2 = "From the data below, give the %s and %s of %s as a JSON object.\n\n" % (r130_L[0].lower(), r130_L[1].lower(), r130_r[0])
            L = r130_L
            base_txt = r130_f(L, [r130_r])
            bexp = {k0: r130_r[0], k1: r130_r[1]}
            tag = r130_lt + "-" + r130_dt
            # colswap: header columns 2/3 swapped, data unchanged -> the value moves to the other column's
            sw_L = [L[0], L[2], L[1]]
            sw_txt = r130_f(sw_L, [r130_r])
            sw_exp = {k0: r130_r[0], k1: r130_r[2]}
            r130_pair(tag + "-colswap", "colswap", sch, head + base_txt, bexp, head + sw_txt, sw_exp)
            r130_single(tag + "-colswap", "colswap", sch, head2 + sw_txt, sw_exp, bexp)
            # row above: another record holding the stale value, target record with the new value
            ra_txt = r130_f(L, [r130_oth, r130_new])
            ra_exp = {k0: r130_new[0], k1: r130_new[1]}
            r130_pair(tag + "-rowabove", "rowabove", sch, head + base_txt, bexp, head + ra_txt, ra_exp)
            r130_single(tag + "-rowabove", "rowabove", sch, head2 + ra_txt, ra_exp, {k0: r130_new[0], k1: r130_oth[1]})
            # row below: target first (new value), other record after holding the stale value
            rb_txt = r130_f(L, [r130_new, r130_oth])
            r130_pair(tag + "-rowbelow", "rowbelow", sch, head + base_txt, bexp, head + rb_txt, ra_exp)
            # value changed in place, stale value stays in another column of the same record
            ip_r = [r130_r[0], r130_new[1], r130_r[1]]
            ip_exp = {k0: r130_r[0], k1: r130_new[1]}
            r130_pair(tag + "-inplace", "inplace", sch, head + base_txt, bexp, head + r130_f(L, [ip_r]), ip_exp)
            r130_single(tag + "-inplace", "inplace", sch, head2 + r130_f(L, [ip_r]), ip_exp, {k0: r130_r[0], k1: r130_r[1]})
            # safe: whitespace/alignment, reordered columns with the data, unrelated sentence
            r130_pair(tag + "-ws", "ws", sch, head + base_txt, bexp, head + r130_f(L, [r130_r], loose=True), bexp, safe=True)
            r130_pair(tag + "-reorder", "reorder", sch, head + base_txt, bexp,
                      head + r130_f(sw_L, [[r130_r[0], r130_r[2], r130_r[1]]]), bexp, safe=True)
            r130_pair(tag + "-unrel", "unrel", sch, head + base_txt, bexp,
                      head + "Exported from the shop system on Monday.\n" + base_txt, bexp, safe=True)


r130_gen0()

# ---------------------------------------------------------------- sections: billing / shipping with the same keys
r130_SEC = [
    ("city", "city", "string", "city of the shipping address", "Oslo", "Bergen", "Tromsø"),
    ("zip", "zip", "string", "postcode of the shipping address", "0150", "5003", "9008"),
    ("ph", "phone", "string", "phone number for the shipping address", "912 00 111", "913 45 678", "915 22 333"),
]


def r130_sec_ini(secs, loose=False):
    return "\n\n".join("[%s]\n" % n + "\n".join("%s%s%s" % (k, " = " if loose else "=", v) for k, v in kv) for n, kv in secs)


def r130_sec_yaml(secs, loose=False):
    out = ["order:", "  customer: Ana Berg"]
    for n, kv in secs:
        out.append("  %s:" % n)
        for k, v in kv:
            out.append("    %s:%s%s" % (k, "    " if loose else " ", v))
    return "\n".join(out)


def r130_sec_json(secs, loose=False):
    d = {"customer": "Ana Berg"}
    for n, kv in secs:
        d[n] = dict(kv)
    return r130_json.dumps({"order": d}, indent=2 if loose else None, ensure_ascii=False)


def r130_sec_xml(secs, loose=False):
    nl = "\n  " if loose else ""
    return "<order><customer>Ana Berg</customer>" + "".join(
        nl + "<%s>" % n + "".join("<%s>%s</%s>" % (k, v, k) for k, v in kv) + "</%s>" % n for n, kv in secs) + "</order>"


def r130_sec_xmlattr(secs, loose=False):
    sp = "  " if loose else " "
    return '<order customer="Ana Berg">\n' + "\n".join(
        "<address%stype=\"%s\"" % (sp, n) + "".join('%s%s="%s"' % (sp, k, v) for k, v in kv) + "/>" for n, kv in secs) + "\n</order>"


def r130_sec_md(secs, loose=False):
    out = ["Customer: Ana Berg", ""]
    for n, kv in secs:
        out.append("## " + n.capitalize())
        for k, v in kv:
            out.append("- %s:%s%s" % (k, "   " if loose else " ", v))
        out.append("")
    return "\n".join(out).strip()


def r130_sec_trans(secs, loose=False):
    sp = "   " if loose else " "
    ks = [k for k, _ in secs[0][1]]
    out = ["Customer: Ana Berg", "", "| Field | " + " | ".join(n.capitalize() for n, _ in secs) + " |",
           "|---|" + "|".join("---" for _ in secs) + "|"]
    for i, k in enumerate(ks):
        out.append("|" + sp + k + sp + "|" + sp + (sp + "|" + sp).join(kv[i][1] for _, kv in secs) + sp + "|")
    return "\n".join(out)


def r130_sec_csv(secs, loose=False):
    ks = [k for k, _ in secs[0][1]]
    sep = ", " if loose else ","
    return "customer: Ana Berg\n" + sep.join(["type"] + ks) + "\n" + "\n".join(sep.join([n] + [v for _, v in kv]) for n, kv in secs)


def r130_sec_kv(secs, loose=False):
    sep = " = " if loose else "="
    return "customer=Ana Berg\n" + "\n".join(" ".join("%s.%s%s%s" % (n, k, sep, v) for k, v in kv) for n, kv in secs)


r130_SECL = [("ini", r130_sec_ini), ("yaml", r130_sec_yaml), ("json", r130_sec_json), ("xml", r130_sec_xml),
             ("xmla", r130_sec_xmlattr), ("md", r130_sec_md), ("trans", r130_sec_trans), ("csv", r130_sec_csv),
             ("kv", r130_sec_kv)]

def r130_gen1():
    for r130_lt, r130_f in r130_SECL:
        for tg, k, ty, desc, vb, vs, vn in r130_SEC:
            key = "shipping_" + k
            sch = S({"customer": "string", key: ty}, desc={key: desc})
            head = "Extract the customer and the shipping %s as JSON.\n\n" % k
            head2 = "Read the order and return customer and shipping %s in JSON.\n\n" % k
            other = ("name", "Ana Berg")
            mk = lambda b, s, order=("billing", "shipping"): [(n, [(k, {"billing": b, "shipping": s}[n])]) for n in order]  # noqa: E731
            base_txt = r130_f(mk(vb, vs))
            bexp = {"customer": "Ana Berg", key: vs}
            tag = "sec-" + r130_lt + "-" + tg
            # swap: the values of the two sections swapped
            sw = r130_f(mk(vs, vb))
            swexp = {"customer": "Ana Berg", key: vb}
            r130_pair(tag + "-swap", "secswap", sch, head + base_txt, bexp, head + sw, swexp)
            r130_single(tag + "-swap", "secswap", sch, head2 + sw, swexp, bexp)
            # wrong section in a single on the base text
            r130_single(tag + "-billing", "secwrong", sch, head2 + base_txt, bexp, {"customer": "Ana Berg", key: vb})
            # section renamed: shipping -> billing; the new section "shipping" carries a new value; stale in "billing"
            rn = r130_f([("billing", [(k, vs)]), ("shipping", [(k, vn)])])
            rnexp = {"customer": "Ana Berg", key: vn}
            r130_pair(tag + "-moved", "secmoved", sch, head + base_txt, bexp, head + rn, rnexp)
            # previous shipping kept as "previous_shipping"
            pv = r130_f([("billing", [(k, vb)]), ("previous_shipping", [(k, vs)]), ("shipping", [(k, vn)])])
            r130_pair(tag + "-prev", "secprev", sch, head + base_txt, bexp, head + pv, rnexp)
            r130_single(tag + "-prev", "secprev", sch, head2 + pv, rnexp, bexp)
            # the shipping section renamed to "delivery" (synonym) and billing holds the stale value -> arguable
            dl = r130_f([("billing", [(k, vs)]), ("delivery", [(k, vn)])])
            r130_pair(tag + "-deliv", "secdeliv", sch, head + base_txt, bexp, head + dl, rnexp, arg=True)
            # safe: sections in the other order, whitespace
            r130_pair(tag + "-order", "secorder", sch, head + base_txt, bexp, head + r130_f(mk(vb, vs, ("shipping", "billing"))), bexp, safe=True)
            r130_pair(tag + "-ws", "secws", sch, head + base_txt, bexp, head + r130_f(mk(vb, vs), loose=True), bexp, safe=True)


r130_gen1()

# ---------------------------------------------------------------- e-mail headers
r130_MAIL = [
    ("a", "ana@fjord.no", "bo@nordic.se", "Invoice 4471"),
    ("b", "kari@lyng.no", "ops@havn.dk", "Delivery window"),
]
def r130_gen2():
    for tg, fr, to, subj in r130_MAIL:
        sch = S({"sender": "string", "subject": "string"}, desc={"sender": "e-mail address of the sender"})
        head = "Extract the sender and subject of this e-mail as JSON.\n\n"
        head2 = "Give sender and subject of the message below as JSON.\n\n"
        base = "From: %s\nTo: %s\nSubject: %s\nDate: Mon, 2 Mar 2026 09:14:00 +0100\n\nHi, see attached.\n" % (fr, to, subj)
        bexp = {"sender": fr, "subject": subj}
        sw = "From: %s\nTo: %s\nSubject: %s\nDate: Mon, 2 Mar 2026 09:14:00 +0100\n\nHi, see attached.\n" % (to, fr, subj)
        swexp = {"sender": to, "subject": subj}
        r130_pair("mail-" + tg + "-swap", "mailswap", sch, head + base, bexp, head + sw, swexp)
        r130_single("mail-" + tg + "-swap", "mailswap", sch, head2 + sw, swexp, bexp)
        rp = "Reply-To: %s\nFrom: carl@kvist.no\nTo: %s\nSubject: %s\n\nHi, see attached.\n" % (fr, to, subj)
        rpexp = {"sender": "carl@kvist.no", "subject": subj}
        r130_pair("mail-" + tg + "-replyto", "mailreplyto", sch, head + base, bexp, head + rp, rpexp)
        r130_single("mail-" + tg + "-replyto", "mailreplyto", sch, head2 + rp, rpexp, {"sender": fr, "subject": subj})
        fw = ("From: carl@kvist.no\nTo: %s\nSubject: Fwd: %s\n\n---------- Forwarded message ---------\nFrom: %s\nSubject: %s\n\nHi, see attached.\n"
              % (to, subj, fr, subj))
        r130_pair("mail-" + tg + "-fwd", "mailfwd", sch, head + base, bexp, head + fw, {"sender": "carl@kvist.no", "subject": "Fwd: " + subj}, arg=True)
        r130_pair("mail-" + tg + "-ws", "mailws", sch, head + base, bexp, head + base.replace(": ", ":   "), bexp, safe=True)
        r130_pair("mail-" + tg + "-fold", "mailws", sch, head + base, bexp,
                  head + base.replace("Date: ", "Date:\n  "), bexp, safe=True)


r130_gen2()

# ---------------------------------------------------------------- wave 2: string members in one-line keyed layouts
def r130_query(L, R, loose=False):
    return "\n".join("GET /api/customer?" + "&".join(r130_key(L[i]) + "=" + str(r[i]).replace(" ", "+") for i in range(len(L))) for r in R)


def r130_flags(L, R, loose=False):
    sp = "  " if loose else " "
    return "\n".join("$ register" + "".join(sp + "--%s=\"%s\"" % (r130_key(L[i]).replace("_", "-"), r[i]) for i in range(len(L))) for r in R)


def r130_logfmt(L, R, loose=False):
    sp = "  " if loose else " "
    return "\n".join("level=info msg=\"record saved\"" + "".join(sp + '%s="%s"' % (r130_key(L[i]), r[i]) for i in range(len(L))) for r in R)


def r130_kvcomma(L, R, loose=False):
    return "\n".join((", " if not loose else " ,  ").join(r130_key(L[i]) + "=" + str(r[i]) for i in range(len(L))) for r in R)


def r130_jobj(L, R, loose=False):
    return "\n".join(r130_json.dumps({r130_key(L[i]): r[i] for i in range(len(L))}, ensure_ascii=False,
                                     separators=(", ", ":  ") if loose else None) for r in R)


def r130_env(L, R, loose=False):
    return "\n".join(" ".join(r130_key(L[i]).upper() + "=" + ('"%s"' % r[i] if loose or " " in str(r[i]) else str(r[i])) for i in range(len(L))) for r in R)


def r130_style(L, R, loose=False):
    return "\n".join('<div data-record style="' + ("; " if loose else ";").join(r130_key(L[i]).replace("_", "-") + ":" + str(r[i]) for i in range(len(L))) + '"></div>' for r in R)


r130_W2L = [("kv", r130_kv), ("xmla", r130_xmlattr), ("log", r130_log), ("query", r130_query), ("flags", r130_flags),
            ("logfmt", r130_logfmt), ("kvc", r130_kvcomma), ("jobj", r130_jobj), ("env", r130_env),
            ("style", r130_style), ("xmle", r130_xmlel), ("yaml", r130_yamllist), ("ini", r130_ini), ("arrow", r130_arrow)]
# tag, labels (record key, member, other), values (record, member's, other's), new value for inplace
r130_W2D = [
    ("hw", ["Name", "Home city", "Work city"], ["Ana Berg", "Oslo", "Bergen"], "Tromsø"),
    ("fl", ["Flight", "Origin", "Destination"], ["SK4035", "OSL", "BGO"], "TRD"),
    ("co", ["Model", "Colour", "Trim"], ["Volvo V60", "red", "blue"], "green"),
    ("em", ["Name", "Email", "Backup email"], ["Ana Berg", "ana@fjord.no", "ana.berg@post.no"], "ab@nordic.se"),
    ("ph", ["Name", "Phone", "Fax"], ["Ana Berg", "912 00 111", "913 45 678"], "915 22 333"),
    ("dt", ["Booking", "Check in", "Check out"], ["BK-771", "2026-05-03", "2026-05-07"], "2026-05-04"),
    ("sk", ["Product", "SKU", "EAN"], ["Desk lamp", "LMP-220", "7038010012345"], "LMP-221"),
    ("ct", ["Name", "Country", "Nationality"], ["Ana Berg", "Norway", "Sweden"], "Denmark"),
    ("ci2", ["Name", "City", "Birthplace"], ["Per Dahl", "Molde", "Bodø"], "Hamar"),
    ("ln", ["Name", "Language", "Second language"], ["Ana Berg", "Norwegian", "German"], "French"),
]
def r130_gen3():
    for r130_lt, r130_f in r130_W2L:
        for r130_dt, L, v, nv in r130_W2D:
            k0, k1 = r130_key(L[0]), r130_key(L[1])
            sch = S({k0: "string", k1: "string"})
            head = "Extract the %s and %s for %s as JSON.\n\n" % (L[0].lower(), L[1].lower(), v[0])
            head2 = "From the data below, give the %s and %s of %s as a JSON object.\n\n" % (L[0].lower(), L[1].lower(), v[0])
            tag = "w2" + r130_lt + "-" + r130_dt
            base_txt = r130_f(L, [v])
            bexp = {k0: v[0], k1: v[1]}
            sw_L = [L[0], L[2], L[1]]
            sw_txt = r130_f(sw_L, [v])
            sw_exp = {k0: v[0], k1: v[2]}
            r130_pair(tag + "-colswap", "w2colswap", sch, head + base_txt, bexp, head + sw_txt, sw_exp)
            r130_single(tag + "-colswap", "w2colswap", sch, head2 + sw_txt, sw_exp, bexp)
            ip_txt = r130_f(L, [[v[0], nv, v[1]]])
            ip_exp = {k0: v[0], k1: nv}
            r130_pair(tag + "-inplace", "w2inplace", sch, head + base_txt, bexp, head + ip_txt, ip_exp)
            r130_single(tag + "-inplace", "w2inplace", sch, head2 + ip_txt, ip_exp, bexp)
            # the member's key dropped, the value only under the other key -> no value (999-like: expect an impossible value)
            dr_txt = r130_f([L[0], L[2]], [[v[0], v[1]]])
            r130_single(tag + "-dropped", "w2dropped", sch, head2 + dr_txt, {k0: v[0], k1: "<none 999>"}, bexp, arg=True)
            r130_pair(tag + "-ws", "w2ws", sch, head + base_txt, bexp, head + r130_f(L, [v], loose=True), bexp, safe=True)
            r130_pair(tag + "-reorder", "w2reorder", sch, head + base_txt, bexp, head + r130_f(sw_L, [[v[0], v[2], v[1]]]), bexp, safe=True)


r130_gen3()

# SKU/EAN swapped: a 13-digit number under "sku" may be read as a mislabelled EAN -> arguable
def r130_gen4():
    for r130_p in P:
        if r130_p["id"].startswith("d130-") and "-w2" in r130_p["id"] and "-sk-" in r130_p["id"] and "colswap" in r130_p["id"] \
                and not r130_p["id"].startswith("d130-b-") and "arguable" not in r130_p["family"]:
            r130_p["family"] += "_arguable"
            r130_arguable.add(r130_p["id"])


r130_gen4()


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r130_sample_round  # noqa: E402
r130_found = {
    'd130-b-kv-ci', 'd130-b-log-ci', 'd130-b-w2env-co', 'd130-b-w2env-ct',
    'd130-b-w2env-ln', 'd130-b-w2kv-co', 'd130-b-w2kv-ct', 'd130-b-w2kv-ln',
    'd130-b-w2kv-sk', 'd130-b-w2kvc-co', 'd130-b-w2kvc-ct', 'd130-b-w2kvc-ln',
    'd130-b-w2log-co', 'd130-b-w2log-ct', 'd130-b-w2log-fl', 'd130-b-w2log-ln',
    'd130-b-w2log-sk', 'd130-b-w2logfmt-co', 'd130-b-w2logfmt-ct', 'd130-b-w2logfmt-fl',
    'd130-b-w2logfmt-ln', 'd130-b-w2logfmt-sk', 'd130-b-w2xmla-co', 'd130-b-w2xmla-ct',
    'd130-b-w2xmla-fl', 'd130-b-w2xmla-ln', 'd130-b-w2xmla-sk', 'd130-b-xmla-ci',
    'd130-s-kv-ci-colswap', 'd130-s-log-ci-colswap', 'd130-s-w2env-co-colswap', 'd130-s-w2env-co-inplace',
    'd130-s-w2env-ct-inplace', 'd130-s-w2env-ln-inplace', 'd130-s-w2flags-co-colswap', 'd130-s-w2flags-ct-colswap',
    'd130-s-w2flags-fl-inplace', 'd130-s-w2flags-ln-inplace', 'd130-s-w2flags-sk-colswap', 'd130-s-w2kv-co-colswap',
    'd130-s-w2kv-ct-colswap', 'd130-s-w2kv-ln-colswap', 'd130-s-w2kv-sk-colswap', 'd130-s-w2kvc-co-colswap',
    'd130-s-w2kvc-co-inplace', 'd130-s-w2kvc-ct-colswap', 'd130-s-w2kvc-ct-inplace', 'd130-s-w2kvc-ln-colswap',
    'd130-s-w2kvc-ln-inplace', 'd130-s-w2log-co-colswap', 'd130-s-w2log-ct-colswap', 'd130-s-w2log-fl-colswap',
    'd130-s-w2log-ln-colswap', 'd130-s-w2log-sk-colswap', 'd130-s-w2logfmt-co-colswap', 'd130-s-w2logfmt-co-inplace',
    'd130-s-w2logfmt-ct-colswap', 'd130-s-w2logfmt-ct-inplace', 'd130-s-w2logfmt-fl-colswap', 'd130-s-w2logfmt-fl-inplace',
    'd130-s-w2logfmt-ln-colswap', 'd130-s-w2logfmt-ln-inplace', 'd130-s-w2logfmt-sk-colswap', 'd130-s-w2xmla-co-colswap',
    'd130-s-w2xmla-co-inplace', 'd130-s-w2xmla-ct-colswap', 'd130-s-w2xmla-ct-inplace', 'd130-s-w2xmla-fl-colswap',
    'd130-s-w2xmla-fl-inplace', 'd130-s-w2xmla-ln-colswap', 'd130-s-w2xmla-ln-inplace', 'd130-s-w2xmla-sk-colswap',
    'd130-s-xmla-ci-colswap', 'd130-s-xmla-ci-inplace', 'd130-v-kv-ci-colswap', 'd130-v-log-ci-colswap',
    'd130-v-w2env-co-colswap', 'd130-v-w2env-ct-inplace', 'd130-v-w2env-ln-inplace', 'd130-v-w2kv-co-colswap',
    'd130-v-w2kv-ct-colswap', 'd130-v-w2kv-ln-colswap', 'd130-v-w2kv-sk-colswap', 'd130-v-w2kvc-co-colswap',
    'd130-v-w2kvc-ct-colswap', 'd130-v-w2kvc-ln-colswap', 'd130-v-w2log-co-colswap', 'd130-v-w2log-ct-colswap',
    'd130-v-w2log-fl-colswap', 'd130-v-w2log-ln-colswap', 'd130-v-w2log-sk-colswap', 'd130-v-w2logfmt-co-colswap',
    'd130-v-w2logfmt-ct-colswap', 'd130-v-w2logfmt-fl-colswap', 'd130-v-w2logfmt-ln-colswap', 'd130-v-w2logfmt-sk-colswap',
    'd130-v-w2xmla-co-colswap', 'd130-v-w2xmla-ct-colswap', 'd130-v-w2xmla-fl-colswap', 'd130-v-w2xmla-ln-colswap',
    'd130-v-w2xmla-sk-colswap', 'd130-v-xmla-ci-colswap'
}
r130_sample_round("d130-", r130_found, 3)
