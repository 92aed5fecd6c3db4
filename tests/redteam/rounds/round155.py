"""Red-team round 155 (black box; BIN stepcache_s36 was not present in /tmp/rt_bin, run with stepcache_s35 =
/tmp/rt_bin/stepcache): ROLE PAIRS -- documents with two parties / two ends whose fields share labels, json_extract.
FOCUS: sender/recipient, seller/buyer, landlord/tenant, employer/employee, patient/doctor, issuer/holder,
billing/shipping, previous/new, origin/destination, from/to, departure/arrival, home/away team, and text words that
differ from the asked ones (From/To for sender/recipient, vendor/purchaser, lessor/lessee, Bill to/Ship to). The schema
asks ONE role's field: "sender_name" (a1), "name" described "the sender's name" (a2), "Extract the sender's name as
JSON." (a3), "Extract the sender's details as JSON." (a4), "Return the sender's name as JSON." + described
"sender_name" (a5), "Give ..." (a6), "What is ...? Answer as JSON." (a7), described "sender_name" under "Extract as
JSON." (a8).
TRIED (58,930 probes: 4,823 bases, 27,196 pair variants, 12,442 singles, 14,469 safe):
 wave 1 (d155-b/v/s/ok-): 18 text shapes -- "Seller name: X" lines, "Name (seller): X", "Seller (name): X", "Seller:" blocks,
   "## Seller" headings, one line with ";", two fields spaced on one line ("From: Oslo    To: Bergen"), two-column pipe
   table, role-rows table, space-aligned two-column layout, one prose sentence, "Name: X (seller)", "Name: X (seller),
   Y (buyer)", "Seller/buyer name: X / Y", "Route (origin -> destination): X -> Y", a letter, an e-mail, "Seller name - X";
   both orders of the parties; two ask modes each (hashed).
 wave 2 (d155-b2/v2/s2/ok2-): 17 prose / sentence forms (possessive, ". ", newline, ";", "the sender name is", "the name
   of the sender is", "X is the sender's name", "Name: X for the sender, Y for the recipient", an e-mail body, "Note:",
   "made between X (the seller) and Y (the buyer)", chat lines, bullets, "Parties. Seller name: X.") x all 8 ask modes.
 Pairs: labels swapped (swaplab), the other party asked of the same text (askother), the asked party's value changed
   with the other taking the old one (shift), the asked party's value changed alone (chg), values swapped (swapval),
   the asked party's entry dropped and the other party holding the base's value (missshift, expect 999).
 Singles: the model answers the other party's value (oth; swl = labels swapped), or the only value in the text, the
   other party's, for the asked party (miss, expect 999). Safe: other party's value changed, entries reordered, a
   closing sentence.
HELD: every key-value, bracketed-label, heading, table, aligned, slash, arrow, letter, e-mail, chat, bullet and "for the"
 shape with both parties present (refused: "the text also names ..., and which of them the request means is not
 checked", "the text's "Seller name" marks another part as name", "the text holds 2 records", or served fresh and not
 stored); the chg pairs (the stale value no longer in the text); most ask modes.
GOT THROUGH (each confirmed ALONE on a fresh SQLite store, --runs 2; alone.txt 258 items = 77 pairs + 181 singles;
 alone_arguable.txt 23 more: 8 pairs, 15 singles): the model's other-party value is stored and served again, reason "all 1 steps verified":
 (A) ONE PROSE SENTENCE NAMING BOTH PARTIES: "Extract as JSON.\nThe sender's name is Tom Lie, and the recipient's name
   is Ana Berg.\n" (sender_name) -> "Ana Berg"; "The holder's name is Siv Aas, and the issuer's name is Nordea." ->
   issuer_name "Siv Aas"; "Extract the away team as JSON.\nThe home team is Brann, and the away team is Molde." ->
   "Brann"; "The destination is Hamburg, and the origin is Rotterdam." (city "the origin") -> "Hamburg"; "Mia Sand is
   the sender's name, and Ole Vik is the recipient's name." -> "Ole Vik"; "The airport of the departure is SVG, while
   the airport of the arrival is TOS." -> "TOS"; "Note: The sender's name is Mia Sand and the recipient's name is Ole
   Vik." -> "Ole Vik". Pairs through the same storing: swapval, shift, swaplab, askother. One-line sentence forms
   got through (", and", ". ", "; ", "the sender name is", "the name of the sender is", "X is the sender's name",
   "Note:"); held: newline-separated sentences (mostly), "Name: X for the sender, ...", an e-mail body with greeting,
   "made between X (the seller) and ...", chat lines, bullets, "Parties. Seller name: X.". Of the a1 singles re-run
   alone over 16 role pairs, 9 of 16 stored per sentence form.
 (B) ONLY THE OTHER PARTY'S FIELD IN THE TEXT, asked party named by the instruction ("Return the patient's name as
   JSON." + described "patient_name", or a described "issuer_country" under "Extract as JSON."): "| Role | Name |
   |---|---| | Doctor | Rolf Eng |" -> patient_name "Rolf Eng"; "Arrival:\nTime: 09:45" -> departure_time "09:45";
   "Note: The shipping's city is Moss." -> billing_city "Moss"; "Note: The holder's country is Norway." ->
   issuer_country "Norway" (pair missshift after a stored two-party base).
ARGUABLE (r155_arguable, family *_arguable): "from"/"to" used as nouns in prose ("The to is Lisbon, and the from is
 Porto." -> from_city "Lisbon"): clear in meaning, unnatural English; swapped labels over position-only layouts.
Adds its probes to probe_kit.P."""
import json as r155_json
import zlib as r155_zlib

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r155_NR = {"__no_single_answer__": 999}   # no single right answer: any served answer is wrong
r155_arguable = set()
r155_pairs = []
r155_singles = []
r155_safe_ids = []
r155_seen = set()

# role pairs: tag, ask words (A, B), text words (A, B), attrs
# attr: (akey, alabel ("" = the role word alone is the field's label), noun for the instruction, type,
#        pair values (vA, vB, vN), single values (sA, sB))
r155_ROLES = [
    ("sr", ("sender", "recipient"), ("sender", "recipient"), [
        ("name", "name", "name", "string", ("Ana Berg", "Tom Lie", "Siri Holm"), ("Mia Sand", "Ole Vik")),
        ("city", "city", "city", "string", ("Oslo", "Bergen", "Tromsø"), ("Drammen", "Halden")),
    ]),
    ("bs", ("seller", "buyer"), ("seller", "buyer"), [
        ("name", "name", "name", "string", ("Kari Dahl", "Per Moe", "Lena Aas"), ("Eva Lind", "Jon Hauge")),
        ("city", "city", "city", "string", ("Stavanger", "Molde", "Hamar"), ("Bodø", "Alta")),
    ]),
    ("lt", ("landlord", "tenant"), ("landlord", "tenant"), [
        ("name", "name", "name", "string", ("Lars Moe", "Ida Rønning", "Nils Berg"), ("Odd Lunde", "Rut Foss")),
        ("phone", "phone", "phone", "string", ("+47 912 34 567", "+47 934 56 789", "+47 955 11 222"),
         ("+47 400 10 200", "+47 480 30 400")),
    ]),
    ("ee", ("employer", "employee"), ("employer", "employee"), [
        ("name", "name", "name", "string", ("Nordvik AS", "Kari Strand", "Fjordtech AS"), ("Havbruk AS", "Geir Li")),
        ("city", "city", "city", "string", ("Trondheim", "Ålesund", "Narvik"), ("Lillehammer", "Kongsberg")),
    ]),
    ("pd", ("patient", "doctor"), ("patient", "doctor"), [
        ("name", "name", "name", "string", ("Jonas Vik", "Hege Brun", "Arne Sæther"), ("Live Dale", "Rolf Eng")),
        ("phone", "phone", "phone", "string", ("+47 911 22 333", "+47 922 33 444", "+47 966 77 888"),
         ("+47 413 00 111", "+47 414 00 222")),
    ]),
    ("ih", ("issuer", "holder"), ("issuer", "holder"), [
        ("name", "name", "name", "string", ("DNB Bank", "Per Olsen", "Sbanken"), ("Nordea", "Siv Aas")),
        ("country", "country", "country", "string", ("Norway", "Sweden", "Denmark"), ("Finland", "Iceland")),
    ]),
    ("bsh", ("billing", "shipping"), ("billing", "shipping"), [
        ("city", "city", "city", "string", ("Oslo", "Bergen", "Tromsø"), ("Gjøvik", "Moss")),
        ("postcode", "postcode", "postcode", "string", ("0150", "5003", "9008"), ("2815", "1530")),
    ]),
    ("pn", ("previous", "new"), ("previous", "new"), [
        ("phone", "phone", "phone", "string", ("+47 977 00 111", "+47 988 00 222", "+47 999 00 333"),
         ("+47 450 11 111", "+47 460 22 222")),
        ("city", "city", "city", "string", ("Tønsberg", "Sandefjord", "Larvik"), ("Horten", "Skien")),
    ]),
    ("od", ("origin", "destination"), ("origin", "destination"), [
        ("city", "", "city", "string", ("Hamburg", "Rotterdam", "Antwerp"), ("Gdansk", "Aarhus")),
    ]),
    ("ft", ("from", "to"), ("from", "to"), [
        ("city", "", "city", "string", ("Lisbon", "Porto", "Faro"), ("Madrid", "Seville")),
    ]),
    ("da", ("departure", "arrival"), ("departure", "arrival"), [
        ("time", "time", "time", "string", ("08:35", "11:20", "14:05"), ("06:10", "09:45")),
        ("airport", "airport", "airport", "string", ("OSL", "BGO", "TRD"), ("SVG", "TOS")),
    ]),
    ("ha", ("home team", "away team"), ("home team", "away team"), [
        ("team", "", "team", "string", ("Brann", "Molde", "Viking"), ("Rosenborg", "Lyn")),
        ("score", "score", "score", "integer", (3, 1, 4), (2, 0)),
    ]),
    # the text's words differ from the asked ones (aliases)
    ("sr2", ("sender", "recipient"), ("from", "to"), [
        ("name", "", "name", "string", ("Ana Berg", "Tom Lie", "Siri Holm"), ("Mia Sand", "Ole Vik")),
    ]),
    ("bs2", ("seller", "buyer"), ("vendor", "purchaser"), [
        ("name", "name", "name", "string", ("Kari Dahl", "Per Moe", "Lena Aas"), ("Eva Lind", "Jon Hauge")),
    ]),
    ("lt2", ("landlord", "tenant"), ("lessor", "lessee"), [
        ("name", "name", "name", "string", ("Lars Moe", "Ida Rønning", "Nils Berg"), ("Odd Lunde", "Rut Foss")),
    ]),
    ("bsh2", ("billing", "shipping"), ("bill to", "ship to"), [
        ("city", "city", "city", "string", ("Oslo", "Bergen", "Tromsø"), ("Gjøvik", "Moss")),
    ]),
]


def r155_cap(s):
    return s[0].upper() + s[1:]


def r155_lab(r, a):
    return "%s %s" % (r155_cap(r), a) if a else r155_cap(r)


def r155_poss(r):
    return r + "'s"


# text shapes: fn(entries [(role word, value)], alabel) -> text, or None when not applicable
def r155_s_kv(es, a):
    return "\n".join("%s: %s" % (r155_lab(r, a), v) for r, v in es)


def r155_s_parrole(es, a):
    if not a:
        return None
    return "\n".join("%s (%s): %s" % (r155_cap(a), r, v) for r, v in es)


def r155_s_roleparen(es, a):
    if not a:
        return None
    return "\n".join("%s (%s): %s" % (r155_cap(r), a, v) for r, v in es)


def r155_s_blocks(es, a):
    if not a:
        return None
    return "\n\n".join("%s:\n%s: %s" % (r155_cap(r), r155_cap(a), v) for r, v in es)


def r155_s_md(es, a):
    if not a:
        return None
    return "\n".join("## %s\n%s: %s" % (r155_cap(r), r155_cap(a), v) for r, v in es)


def r155_s_oneline(es, a):
    return "; ".join("%s: %s" % (r155_lab(r, a), v) for r, v in es)


def r155_s_spaced(es, a):
    return "    ".join("%s: %s" % (r155_lab(r, a), v) for r, v in es)


def r155_s_twocol(es, a):
    (r1, v1), (r2, v2) = es
    return "| | %s | %s |\n|---|---|---|\n| %s | %s | %s |" % (
        r155_cap(r1), r155_cap(r2), r155_cap(a) if a else "Value", v1, v2)


def r155_s_rolerows(es, a):
    return "| Role | %s |\n|---|---|\n" % (r155_cap(a) if a else "Value") + "\n".join(
        "| %s | %s |" % (r155_cap(r), v) for r, v in es)


def r155_s_aligned(es, a):
    (r1, v1), (r2, v2) = es
    lab = (r155_cap(a) if a else "Value") + ":"
    w = max(len(lab), 8) + 4
    c1 = max(len(str(v1)), len(r1)) + 6
    return " " * w + r155_cap(r1).ljust(c1) + r155_cap(r2) + "\n" + lab.ljust(w) + str(v1).ljust(c1) + str(v2)


def r155_s_prose(es, a):
    parts = []
    for r, v in es:
        parts.append(("the %s %s is %s" % (r155_poss(r), a, v)) if a else ("the %s is %s" % (r, v)))
    return r155_cap(parts[0]) + ", and " + parts[1] + "."


def r155_s_valafter(es, a):
    lab = r155_cap(a) if a else "Value"
    return "\n".join("%s: %s (%s)" % (lab, v, r) for r, v in es)


def r155_s_valparen(es, a):
    lab = r155_cap(a) if a else "Value"
    return "%s: %s" % (lab, ", ".join("%s (%s)" % (v, r) for r, v in es))


def r155_s_slash(es, a):
    (r1, v1), (r2, v2) = es
    return "%s/%s%s: %s / %s" % (r155_cap(r1), r2, (" " + a) if a else "", v1, v2)


def r155_s_arrow(es, a):
    (r1, v1), (r2, v2) = es
    return "%s (%s → %s): %s → %s" % (r155_cap(a) if a else "Value", r1, r2, v1, v2)


def r155_s_letter(es, a):
    return ("Dear Sir or Madam,\n\nplease find the details of the agreement below.\n\n" + r155_s_kv(es, a)
            + "\n\nKind regards,\nThe office")


def r155_s_email(es, a):
    body = " ".join(("The %s %s is %s." % (r155_poss(r), a, v)) if a else ("The %s is %s." % (r, v)) for r, v in es)
    return "Subject: Details\n\nHi,\n\n" + body + "\n\nBest,\nSupport"


def r155_s_dash(es, a):
    return "\n".join("%s - %s" % (r155_lab(r, a), v) for r, v in es)


r155_SHAPES = [
    ("kv", r155_s_kv), ("parrole", r155_s_parrole), ("roleparen", r155_s_roleparen), ("blocks", r155_s_blocks),
    ("md", r155_s_md), ("oneline", r155_s_oneline), ("spaced", r155_s_spaced), ("twocol", r155_s_twocol),
    ("rolerows", r155_s_rolerows), ("aligned", r155_s_aligned), ("prose", r155_s_prose),
    ("valafter", r155_s_valafter), ("valparen", r155_s_valparen), ("slash", r155_s_slash),
    ("arrow", r155_s_arrow), ("letter", r155_s_letter), ("email", r155_s_email), ("dash", r155_s_dash),
]
# shapes whose reading depends on position alone (the role is in a header / a paired list): readings are arguable
r155_ORDER_SHAPES = {"slash", "arrow", "twocol", "aligned"}


def r155_key(role, akey):
    return role.replace(" ", "_") + "_" + akey


# ask modes: (instruction, schema, key)
def r155_ask(mode, role, akey, alabel, noun, typ):
    what = ("the %s %s" % (r155_poss(role), noun)) if alabel else ("the %s" % role)
    if mode == "a1":
        k = r155_key(role, akey)
        return "Extract as JSON.", S({k: typ}), k
    if mode == "a2":
        return "Extract as JSON.", S({akey: typ}, {akey: what}), akey
    if mode == "a3":
        return "Extract %s as JSON." % what, S({akey: typ}), akey
    if mode == "a4":
        return "Extract the %s details as JSON." % r155_poss(role), S({akey: typ}), akey
    if mode == "a5":
        k = r155_key(role, akey)
        return "Return %s as JSON." % what, S({k: typ}, {k: what}), k
    if mode == "a6":
        k = r155_key(role, akey)
        return "Give %s as JSON." % what, S({k: typ}), k
    if mode == "a7":
        return "What is %s? Answer as JSON." % what, S({akey: typ}), akey
    if mode == "a8":
        k = r155_key(role, akey)
        return "Extract as JSON.", S({k: typ}, {k: what}), k
    raise ValueError(mode)


r155_MODES = ["a1", "a2", "a3", "a4", "a5"]


def r155_prompt(inst, text, tail=""):
    return inst + "\n" + text + "\n" + tail


def r155_new(pid, fam, pr, sch, exp, answers, safe=False, arg=False):
    key = (pr, r155_json.dumps(sch, sort_keys=True))
    if key in r155_seen:
        return False
    r155_seen.add(key)
    if arg:
        fam += "_arguable"
        r155_arguable.add(pid)
    J(pid, fam, pr, sch, exp, answers, safe=safe)
    return True


def r155_pick(s, n, mod):
    return r155_zlib.crc32(s.encode()) % mod < n


def r155_gen(W="", shapes=None, allmodes=False, nmodes=2, miss_all=False):
    shapes = shapes or r155_SHAPES
    for tag, ask, tw, attrs in r155_ROLES:
        for akey, alabel, noun, typ, (vA, vB, vN), (sA, sB) in attrs:
            for stag, fn in shapes:
                if fn([(tw[0], vA), (tw[1], vB)], alabel) is None:
                    continue
                arg = stag in r155_ORDER_SHAPES
                for order in (0, 1):
                    def ents(a_val, b_val, swaplab=False, o=order):
                        la, lb = (tw[1], tw[0]) if swaplab else (tw[0], tw[1])
                        e = [(la, a_val), (lb, b_val)]
                        return e if o == 0 else e[::-1]
                    # two ask modes per (role pair, attr, shape, order), chosen by a hash, plus a4 for prose/email
                    modes = [m for m in r155_MODES if r155_pick("%s%s%s%d%s" % (tag, akey, stag, order, m), nmodes, 5)]
                    if allmodes:
                        modes = list(r155_MODES2)
                    if not modes:
                        modes = ["a3"]
                    for mode in modes:
                        base_id = "d155-b%s-%s-%s-%s-o%d-%s" % (W, tag, akey, stag, order, mode)
                        inst, sch, k = r155_ask(mode, ask[0], akey, alabel, noun, typ)
                        t0 = fn(ents(vA, vB), alabel)
                        bexp = {k: vA}
                        fam = "r155_%s" % stag
                        if not r155_new(base_id, fam + "_base", r155_prompt(inst, t0), sch, bexp, [bexp]):
                            continue

                        def pair(vt, pr, sch2, vexp, a=False):
                            vid = "d155-v%s-%s-%s-%s-o%d-%s-%s" % (W, tag, akey, stag, order, mode, vt)
                            if r155_new(vid, fam + "_" + vt, pr, sch2, vexp, [bexp, vexp], arg=a):
                                r155_pairs.append((base_id, vid))

                        def safe(vt, pr, sch2=sch):
                            vid = "d155-ok%s-%s-%s-%s-o%d-%s-%s" % (W, tag, akey, stag, order, mode, vt)
                            if r155_new(vid, fam + "_" + vt + "_safe", pr, sch2, bexp, [bexp], safe=True):
                                r155_safe_ids.append(vid)
                        # labels swapped, values in place
                        pair("swaplab", r155_prompt(inst, fn(ents(vA, vB, True), alabel)), sch, {k: vB}, arg)
                        # the other party asked of the same text
                        inst2, sch2, k2 = r155_ask(mode, ask[1], akey, alabel, noun, typ)
                        pair("askother", r155_prompt(inst2, t0), sch2, {k2: vB})
                        # the asked party's value changed; the other takes the base's asked value
                        pair("shift", r155_prompt(inst, fn(ents(vN, vA), alabel)), sch, {k: vN})
                        # the asked party's value changed; the other keeps its value
                        pair("chg", r155_prompt(inst, fn(ents(vN, vB), alabel)), sch, {k: vN})
                        # the two parties' values swapped (labels in place)
                        pair("swapval", r155_prompt(inst, fn(ents(vB, vA), alabel)), sch, {k: vB})
                        # safe: the other party's value changed; entries reordered; a closing sentence
                        safe("chgother", r155_prompt(inst, fn(ents(vA, vN), alabel)))
                        safe("reorder", r155_prompt(inst, fn(ents(vA, vB, o=1 - order), alabel)))
                        safe("note", r155_prompt(inst, t0, "Please keep this copy for your records.\n"))
                        # singles (other values): the model answers the other party's value
                        for st, es, right, mis in (
                                ("oth", ents(sA, sB), sA, sB),
                                ("swl", ents(sA, sB, True), sB, sA)):
                            sid = "d155-s%s-%s-%s-%s-o%d-%s-%s" % (W, tag, akey, stag, order, mode, st)
                            if r155_new(sid, fam + "_single", r155_prompt(inst, fn(es, alabel)), sch,
                                        {k: right}, [{k: mis}, {k: right}, {k: right}], arg=arg and st == "swl"):
                                r155_singles.append(sid)
                        # single: only the other party's field is in the text (no value for the asked one)
                        one = [(tw[1], sB)]
                        try:
                            t1 = fn(one, alabel)
                        except (ValueError, IndexError):
                            t1 = None
                        if t1 is not None and (order == 0 or miss_all):
                            sid = "d155-s%s-%s-%s-%s-o%d-%s-miss" % (W, tag, akey, stag, order, mode)
                            if r155_new(sid, fam + "_missing_single", r155_prompt(inst, t1), sch, r155_NR,
                                        [{k: sB}, {k: sB}]):
                                r155_singles.append(sid)
                        # pair: the asked party's entry dropped, the other party now holds the base's asked value
                        if t1 is not None:
                            pair("missshift", r155_prompt(inst, fn([(tw[1], vA)], alabel)), sch, r155_NR)


r155_MODES2 = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"]
r155_gen()


# ---------------------------------------------------------------- wave 2: prose and sentence forms, all ask modes
def r155_sent(r, a, v, form):
    if form == "poss":
        return ("the %s %s is %s" % (r155_poss(r), a, v)) if a else ("the %s is %s" % (r, v))
    if form == "nopos":
        return ("the %s %s is %s" % (r, a, v)) if a else ("the %s is %s" % (r, v))
    if form == "of":
        return ("the %s of the %s is %s" % (a, r, v)) if a else ("the %s is %s" % (r, v))
    if form == "inv":
        return ("%s is the %s %s" % (v, r155_poss(r), a)) if a else ("%s is the %s" % (v, r))
    if form == "for":
        return "%s for the %s" % (v, r)
    raise ValueError(form)


def r155_mkprose(form, joiner, end=".", lead="", cap=True):
    def fn(es, a):
        parts = [r155_sent(r, a, v, form) for r, v in es]
        if form == "for":
            body = (r155_cap(a) if a else "Value") + ": " + joiner.join(parts)
        elif len(parts) == 1:
            body = r155_cap(parts[0])
        else:
            body = r155_cap(parts[0]) + joiner + (r155_cap(parts[1]) if joiner.endswith(". ") or joiner.endswith("\n") else parts[1])
        return lead + body + end
    return fn


def r155_p_between(es, a):
    # "Agreement between X (the seller) and Y (the buyer)."
    if len(es) == 1:
        (r, v), = es
        return "This %s was signed by %s (the %s)." % ("agreement" if a else "record", v, r)
    (r1, v1), (r2, v2) = es
    return "This %s was made between %s (the %s) and %s (the %s)." % ("agreement" if a else "record", v1, r1, v2, r2)


def r155_p_chat(es, a):
    return "\n".join("%s: the %s%s is %s" % (["Kim", "Alex"][i], r, (" " + a) if a else "", v) for i, (r, v) in enumerate(es))


def r155_p_bullets(es, a):
    return "\n".join("- %s" % r155_cap(r155_sent(r, a, v, "poss")) for r, v in es)


def r155_p_label_sentence(es, a):
    return "Parties. " + " ".join("%s: %s." % (r155_lab(r, a), v) for r, v in es)


r155_PROSE = [
    ("pposs", r155_mkprose("poss", ", and ")),
    ("pposs2", r155_mkprose("poss", ". ")),
    ("ppossnl", r155_mkprose("poss", ".\n")),
    ("pposssemi", r155_mkprose("poss", "; ")),
    ("pnopos", r155_mkprose("nopos", ", and ")),
    ("pnopos2", r155_mkprose("nopos", ". ")),
    ("pof", r155_mkprose("of", ", while ")),
    ("pof2", r155_mkprose("of", ". ")),
    ("pinv", r155_mkprose("inv", ", and ")),
    ("pinv2", r155_mkprose("inv", ". ")),
    ("pfor", r155_mkprose("for", ", ")),
    ("pmail", r155_mkprose("poss", ", and ", ".\n\nThanks,\nKim", "Hi Alex,\n\njust to confirm: ")),
    ("pnote", r155_mkprose("poss", " and ", ".", "Note: ")),
    ("pbetween", r155_p_between),
    ("pchat", r155_p_chat),
    ("pbullets", r155_p_bullets),
    ("plabsent", r155_p_label_sentence),
]
r155_gen("2", shapes=r155_PROSE, allmodes=True, miss_all=True)


# "from"/"to" used as nouns in prose ("The from is Lisbon, and the to is Porto."): clear in meaning but unnatural
# English, so every such probe is marked arguable.
def r155_mark_arguable():
    for p in P:
        i = p["id"]
        if not i.startswith("d155-"):
            continue
        parts = i.split("-")
        prose = parts[4] == "prose" or parts[1].endswith("2")
        if parts[2] == "ft" and prose and parts[1] != "b" and parts[1] != "b2":
            r155_arguable.add(i)
        if i in r155_arguable and "arguable" not in p["family"]:
            p["family"] += "_arguable"


r155_mark_arguable()


# Trimmed for ctest (probe_kit.sample_round), stop 36: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 40-th safe probe and every 40-th of the rest.
from probe_kit import sample_round as r155_sample_round  # noqa: E402
r155_found_alone = {
    'd155-b-bsh-city-prose-o1-a1', 'd155-b-bsh-postcode-blocks-o0-a5', 'd155-b-da-airport-blocks-o0-a5',
    'd155-b-da-airport-prose-o0-a1', 'd155-b-da-airport-prose-o0-a2', 'd155-b-da-airport-prose-o0-a5',
    'd155-b-da-time-blocks-o0-a5', 'd155-b-ee-city-prose-o1-a1', 'd155-b-ee-name-prose-o0-a1',
    'd155-b-ha-score-blocks-o0-a5', 'd155-b-ha-team-prose-o0-a3', 'd155-b-ha-team-prose-o1-a2',
    'd155-b-ih-country-blocks-o0-a5', 'd155-b-ih-country-prose-o0-a1', 'd155-b-ih-country-prose-o0-a5',
    'd155-b-ih-name-blocks-o0-a5', 'd155-b-ih-name-prose-o0-a5', 'd155-b-ih-name-prose-o1-a1',
    'd155-b-od-city-prose-o0-a2', 'd155-b-od-city-prose-o1-a5', 'd155-b-pd-name-blocks-o0-a5',
    'd155-b-pd-name-prose-o0-a1', 'd155-b-sr-name-prose-o0-a1', 'd155-b-sr2-name-prose-o0-a1',
    'd155-b2-bsh-city-pnote-o0-a5', 'd155-b2-bsh-city-pnote-o0-a8', 'd155-b2-bsh-postcode-pnote-o0-a5',
    'd155-b2-bsh-postcode-pnote-o0-a8', 'd155-b2-bsh2-city-pnote-o0-a5', 'd155-b2-bsh2-city-pnote-o0-a8',
    'd155-b2-da-airport-pnote-o0-a8', 'd155-b2-da-time-pnote-o0-a5', 'd155-b2-da-time-pnote-o0-a8',
    'd155-b2-ft-city-pnote-o0-a8', 'd155-b2-ft-city-pof-o0-a8', 'd155-b2-ft-city-pposs-o0-a8',
    'd155-b2-ft-city-pposssemi-o0-a8', 'd155-b2-ha-score-pnote-o0-a5', 'd155-b2-ha-score-pnote-o0-a8',
    'd155-b2-ha-team-pinv-o0-a4', 'd155-b2-ha-team-pnote-o0-a4', 'd155-b2-ha-team-pnote-o0-a8',
    'd155-b2-ha-team-pof-o0-a4', 'd155-b2-ha-team-pposs-o0-a4', 'd155-b2-ih-country-pnote-o0-a8',
    'd155-b2-ih-name-pnote-o0-a8', 'd155-b2-pd-name-pnopos-o0-a4', 'd155-b2-pd-name-pof-o0-a4',
    'd155-b2-sr2-name-ppossnl-o0-a1', 'd155-s-bsh-city-prose-o1-a1-oth', 'd155-s-bsh-city-prose-o1-a1-swl',
    'd155-s-bsh-postcode-blocks-o0-a5-miss', 'd155-s-bsh2-city-rolerows-o0-a5-miss',
    'd155-s-da-airport-blocks-o0-a5-miss', 'd155-s-da-airport-prose-o0-a1-oth', 'd155-s-da-airport-prose-o0-a1-swl',
    'd155-s-da-airport-prose-o0-a2-oth', 'd155-s-da-airport-prose-o0-a2-swl', 'd155-s-da-airport-prose-o0-a5-oth',
    'd155-s-da-airport-prose-o0-a5-swl', 'd155-s-da-airport-rolerows-o0-a5-miss',
    'd155-s-da-time-blocks-o0-a5-miss', 'd155-s-ee-city-prose-o1-a1-oth', 'd155-s-ee-city-prose-o1-a1-swl',
    'd155-s-ee-name-prose-o0-a1-oth', 'd155-s-ee-name-prose-o0-a1-swl', 'd155-s-ha-score-blocks-o0-a5-miss',
    'd155-s-ha-team-prose-o0-a3-oth', 'd155-s-ha-team-prose-o0-a3-swl', 'd155-s-ha-team-prose-o1-a2-oth',
    'd155-s-ha-team-prose-o1-a2-swl', 'd155-s-ih-country-blocks-o0-a5-miss', 'd155-s-ih-country-prose-o0-a1-oth',
    'd155-s-ih-country-prose-o0-a1-swl', 'd155-s-ih-country-prose-o0-a5-oth', 'd155-s-ih-country-prose-o0-a5-swl',
    'd155-s-ih-country-rolerows-o0-a5-miss', 'd155-s-ih-name-blocks-o0-a5-miss', 'd155-s-ih-name-prose-o0-a2-oth',
    'd155-s-ih-name-prose-o0-a5-oth', 'd155-s-ih-name-prose-o0-a5-swl', 'd155-s-ih-name-prose-o1-a1-oth',
    'd155-s-ih-name-prose-o1-a1-swl', 'd155-s-ih-name-rolerows-o0-a5-miss', 'd155-s-od-city-prose-o0-a2-oth',
    'd155-s-od-city-prose-o0-a2-swl', 'd155-s-od-city-prose-o1-a5-oth', 'd155-s-od-city-prose-o1-a5-swl',
    'd155-s-pd-name-blocks-o0-a5-miss', 'd155-s-pd-name-prose-o0-a1-oth', 'd155-s-pd-name-prose-o0-a1-swl',
    'd155-s-pd-name-rolerows-o0-a5-miss', 'd155-s-sr-name-prose-o0-a1-oth', 'd155-s-sr-name-prose-o0-a1-swl',
    'd155-s-sr2-name-prose-o0-a1-oth', 'd155-s-sr2-name-prose-o0-a1-swl', 'd155-s2-bs-name-pinv-o0-a1-oth',
    'd155-s2-bs-name-pinv2-o0-a1-oth', 'd155-s2-bs-name-pnopos-o0-a1-oth', 'd155-s2-bs-name-pnopos2-o0-a1-oth',
    'd155-s2-bs-name-pnote-o0-a1-oth', 'd155-s2-bs-name-pof-o0-a1-oth', 'd155-s2-bs-name-pof2-o0-a1-oth',
    'd155-s2-bs-name-pposs-o0-a1-oth', 'd155-s2-bs-name-pposs2-o0-a1-oth', 'd155-s2-bs-name-pposssemi-o0-a1-oth',
    'd155-s2-bsh-city-pinv-o0-a1-oth', 'd155-s2-bsh-city-pinv2-o0-a1-oth', 'd155-s2-bsh-city-pnopos-o0-a1-oth',
    'd155-s2-bsh-city-pnopos2-o0-a1-oth', 'd155-s2-bsh-city-pnote-o0-a1-oth', 'd155-s2-bsh-city-pnote-o0-a5-miss',
    'd155-s2-bsh-city-pnote-o0-a8-miss', 'd155-s2-bsh-city-pof-o0-a1-oth', 'd155-s2-bsh-city-pof2-o0-a1-oth',
    'd155-s2-bsh-city-pposs2-o0-a1-oth', 'd155-s2-bsh-city-pposssemi-o0-a1-oth',
    'd155-s2-bsh-postcode-pnote-o0-a5-miss', 'd155-s2-bsh-postcode-pnote-o0-a8-miss',
    'd155-s2-bsh2-city-pnote-o0-a5-miss', 'd155-s2-bsh2-city-pnote-o0-a8-miss', 'd155-s2-da-airport-pinv-o0-a8-oth',
    'd155-s2-da-airport-pinv2-o0-a8-oth', 'd155-s2-da-airport-pnopos-o0-a8-oth',
    'd155-s2-da-airport-pnopos2-o0-a8-oth', 'd155-s2-da-airport-pnote-o0-a5-miss',
    'd155-s2-da-airport-pnote-o0-a8-miss', 'd155-s2-da-airport-pnote-o0-a8-oth', 'd155-s2-da-airport-pof-o0-a8-oth',
    'd155-s2-da-airport-pof2-o0-a8-oth', 'd155-s2-da-airport-pposs-o0-a8-oth',
    'd155-s2-da-airport-pposs2-o0-a8-oth', 'd155-s2-da-airport-pposssemi-o0-a8-oth',
    'd155-s2-da-time-pnote-o0-a5-miss', 'd155-s2-da-time-pnote-o0-a8-miss', 'd155-s2-ee-name-pinv-o0-a1-oth',
    'd155-s2-ee-name-pinv2-o0-a1-oth', 'd155-s2-ee-name-pnopos-o0-a1-oth', 'd155-s2-ee-name-pnopos2-o0-a1-oth',
    'd155-s2-ee-name-pnote-o0-a1-oth', 'd155-s2-ee-name-pof-o0-a1-oth', 'd155-s2-ee-name-pof2-o0-a1-oth',
    'd155-s2-ee-name-pposs2-o0-a1-oth', 'd155-s2-ee-name-pposssemi-o0-a1-oth', 'd155-s2-ft-city-pinv-o0-a8-miss',
    'd155-s2-ft-city-pinv-o0-a8-oth', 'd155-s2-ft-city-pinv-o0-a8-swl', 'd155-s2-ft-city-pinv2-o0-a8-swl',
    'd155-s2-ft-city-pnote-o0-a2-miss', 'd155-s2-ft-city-pnote-o0-a5-miss', 'd155-s2-ft-city-pnote-o0-a8-miss',
    'd155-s2-ft-city-pnote-o0-a8-oth', 'd155-s2-ft-city-pnote-o0-a8-swl', 'd155-s2-ft-city-pof-o0-a8-oth',
    'd155-s2-ft-city-pof-o0-a8-swl', 'd155-s2-ft-city-pposs-o0-a8-miss', 'd155-s2-ft-city-pposs-o0-a8-oth',
    'd155-s2-ft-city-pposs-o0-a8-swl', 'd155-s2-ft-city-pposs2-o0-a8-swl', 'd155-s2-ha-score-pnote-o0-a5-miss',
    'd155-s2-ha-score-pnote-o0-a8-miss', 'd155-s2-ha-team-pinv-o0-a1-oth', 'd155-s2-ha-team-pinv-o0-a4-oth',
    'd155-s2-ha-team-pinv-o0-a4-swl', 'd155-s2-ha-team-pinv2-o0-a1-oth', 'd155-s2-ha-team-pinv2-o0-a4-oth',
    'd155-s2-ha-team-pinv2-o0-a4-swl', 'd155-s2-ha-team-pnote-o0-a1-oth', 'd155-s2-ha-team-pnote-o0-a4-oth',
    'd155-s2-ha-team-pnote-o0-a4-swl', 'd155-s2-ha-team-pnote-o0-a8-miss', 'd155-s2-ha-team-pof-o0-a1-oth',
    'd155-s2-ha-team-pof-o0-a4-oth', 'd155-s2-ha-team-pof-o0-a4-swl', 'd155-s2-ha-team-pposs-o0-a1-oth',
    'd155-s2-ha-team-pposs2-o0-a1-oth', 'd155-s2-ha-team-pposs2-o0-a4-oth', 'd155-s2-ha-team-pposs2-o0-a4-swl',
    'd155-s2-ha-team-pposssemi-o0-a1-oth', 'd155-s2-ih-country-pinv-o0-a5-oth',
    'd155-s2-ih-country-pinv2-o0-a5-oth', 'd155-s2-ih-country-pnopos-o0-a5-oth',
    'd155-s2-ih-country-pnopos2-o0-a5-oth', 'd155-s2-ih-country-pnote-o0-a5-miss',
    'd155-s2-ih-country-pnote-o0-a5-oth', 'd155-s2-ih-country-pnote-o0-a8-miss', 'd155-s2-ih-country-pof-o0-a5-oth',
    'd155-s2-ih-country-pof2-o0-a5-oth', 'd155-s2-ih-country-pposs2-o0-a5-oth',
    'd155-s2-ih-country-pposssemi-o0-a5-oth', 'd155-s2-ih-name-pinv-o0-a1-oth', 'd155-s2-ih-name-pinv2-o0-a1-oth',
    'd155-s2-ih-name-pnopos-o0-a1-oth', 'd155-s2-ih-name-pnopos-o0-a4-oth', 'd155-s2-ih-name-pnopos2-o0-a1-oth',
    'd155-s2-ih-name-pnote-o0-a1-oth', 'd155-s2-ih-name-pnote-o0-a5-miss', 'd155-s2-ih-name-pnote-o0-a8-miss',
    'd155-s2-ih-name-pof-o0-a1-oth', 'd155-s2-ih-name-pof-o0-a4-oth', 'd155-s2-ih-name-pof2-o0-a1-oth',
    'd155-s2-ih-name-pposs2-o0-a1-oth', 'd155-s2-ih-name-pposssemi-o0-a1-oth', 'd155-s2-lt-name-pinv-o0-a1-oth',
    'd155-s2-lt-name-pinv2-o0-a1-oth', 'd155-s2-lt-name-pnopos-o0-a1-oth', 'd155-s2-lt-name-pnopos2-o0-a1-oth',
    'd155-s2-lt-name-pnote-o0-a1-oth', 'd155-s2-lt-name-pof-o0-a1-oth', 'd155-s2-lt-name-pof2-o0-a1-oth',
    'd155-s2-lt-name-pposs-o0-a1-oth', 'd155-s2-lt-name-pposs2-o0-a1-oth', 'd155-s2-lt-name-pposssemi-o0-a1-oth',
    'd155-s2-od-city-pnote-o0-a8-miss', 'd155-s2-pd-name-pinv-o0-a1-oth', 'd155-s2-pd-name-pinv2-o0-a1-oth',
    'd155-s2-pd-name-pnopos-o0-a1-oth', 'd155-s2-pd-name-pnopos-o0-a4-oth', 'd155-s2-pd-name-pnopos-o0-a4-swl',
    'd155-s2-pd-name-pnopos2-o0-a1-oth', 'd155-s2-pd-name-pnote-o0-a1-oth', 'd155-s2-pd-name-pnote-o0-a5-miss',
    'd155-s2-pd-name-pnote-o0-a8-miss', 'd155-s2-pd-name-pof-o0-a1-oth', 'd155-s2-pd-name-pof-o0-a4-oth',
    'd155-s2-pd-name-pof-o0-a4-swl', 'd155-s2-pd-name-pof2-o0-a1-oth', 'd155-s2-pd-name-pposs2-o0-a1-oth',
    'd155-s2-pd-name-pposssemi-o0-a1-oth', 'd155-s2-sr-name-pinv-o0-a1-oth', 'd155-s2-sr-name-pinv2-o0-a1-oth',
    'd155-s2-sr-name-pnopos-o0-a1-oth', 'd155-s2-sr-name-pnopos2-o0-a1-oth', 'd155-s2-sr-name-pnote-o0-a1-oth',
    'd155-s2-sr-name-pof-o0-a1-oth', 'd155-s2-sr-name-pof2-o0-a1-oth', 'd155-s2-sr-name-pposs2-o0-a1-oth',
    'd155-s2-sr-name-pposssemi-o0-a1-oth', 'd155-s2-sr2-name-pinv-o0-a1-oth', 'd155-s2-sr2-name-pinv2-o0-a1-oth',
    'd155-s2-sr2-name-pnote-o0-a1-oth', 'd155-s2-sr2-name-pof-o0-a1-oth', 'd155-s2-sr2-name-pposs2-o0-a1-oth',
    'd155-s2-sr2-name-ppossnl-o0-a1-oth', 'd155-s2-sr2-name-pposssemi-o0-a1-oth',
    'd155-v-bsh-city-prose-o1-a1-shift', 'd155-v-bsh-city-prose-o1-a1-swapval',
    'd155-v-bsh-postcode-blocks-o0-a5-missshift', 'd155-v-da-airport-blocks-o0-a5-missshift',
    'd155-v-da-airport-prose-o0-a1-shift', 'd155-v-da-airport-prose-o0-a1-swapval',
    'd155-v-da-airport-prose-o0-a2-shift', 'd155-v-da-airport-prose-o0-a2-swapval',
    'd155-v-da-airport-prose-o0-a5-shift', 'd155-v-da-airport-prose-o0-a5-swapval',
    'd155-v-da-time-blocks-o0-a5-missshift', 'd155-v-ee-city-prose-o1-a1-shift',
    'd155-v-ee-city-prose-o1-a1-swapval', 'd155-v-ee-name-prose-o0-a1-shift', 'd155-v-ee-name-prose-o0-a1-swapval',
    'd155-v-ha-score-blocks-o0-a5-missshift', 'd155-v-ha-team-prose-o0-a3-askother',
    'd155-v-ha-team-prose-o0-a3-shift', 'd155-v-ha-team-prose-o0-a3-swaplab', 'd155-v-ha-team-prose-o0-a3-swapval',
    'd155-v-ha-team-prose-o1-a2-shift', 'd155-v-ha-team-prose-o1-a2-swaplab', 'd155-v-ha-team-prose-o1-a2-swapval',
    'd155-v-ih-country-blocks-o0-a5-missshift', 'd155-v-ih-country-prose-o0-a1-shift',
    'd155-v-ih-country-prose-o0-a1-swapval', 'd155-v-ih-country-prose-o0-a5-shift',
    'd155-v-ih-country-prose-o0-a5-swapval', 'd155-v-ih-name-blocks-o0-a5-missshift',
    'd155-v-ih-name-prose-o0-a5-shift', 'd155-v-ih-name-prose-o1-a1-shift', 'd155-v-od-city-prose-o0-a2-shift',
    'd155-v-od-city-prose-o0-a2-swaplab', 'd155-v-od-city-prose-o0-a2-swapval', 'd155-v-od-city-prose-o1-a5-shift',
    'd155-v-od-city-prose-o1-a5-swaplab', 'd155-v-od-city-prose-o1-a5-swapval',
    'd155-v-pd-name-blocks-o0-a5-missshift', 'd155-v-pd-name-prose-o0-a1-shift',
    'd155-v-pd-name-prose-o0-a1-swapval', 'd155-v-sr-name-prose-o0-a1-shift', 'd155-v-sr-name-prose-o0-a1-swapval',
    'd155-v-sr2-name-prose-o0-a1-shift', 'd155-v-sr2-name-prose-o0-a1-swaplab',
    'd155-v-sr2-name-prose-o0-a1-swapval', 'd155-v2-bsh-city-pnote-o0-a5-missshift',
    'd155-v2-bsh-city-pnote-o0-a8-missshift', 'd155-v2-bsh-postcode-pnote-o0-a5-missshift',
    'd155-v2-bsh-postcode-pnote-o0-a8-missshift', 'd155-v2-bsh2-city-pnote-o0-a5-missshift',
    'd155-v2-bsh2-city-pnote-o0-a8-missshift', 'd155-v2-da-airport-pnote-o0-a8-missshift',
    'd155-v2-da-time-pnote-o0-a5-missshift', 'd155-v2-da-time-pnote-o0-a8-missshift',
    'd155-v2-ft-city-pnote-o0-a8-missshift', 'd155-v2-ft-city-pnote-o0-a8-shift',
    'd155-v2-ft-city-pnote-o0-a8-swaplab', 'd155-v2-ft-city-pof-o0-a8-swaplab',
    'd155-v2-ft-city-pposs-o0-a8-missshift', 'd155-v2-ft-city-pposs-o0-a8-shift',
    'd155-v2-ft-city-pposs-o0-a8-swaplab', 'd155-v2-ft-city-pposssemi-o0-a8-shift',
    'd155-v2-ha-score-pnote-o0-a5-missshift', 'd155-v2-ha-score-pnote-o0-a8-missshift',
    'd155-v2-ha-team-pinv-o0-a4-askother', 'd155-v2-ha-team-pnote-o0-a4-askother',
    'd155-v2-ha-team-pnote-o0-a4-shift', 'd155-v2-ha-team-pnote-o0-a4-swaplab',
    'd155-v2-ha-team-pnote-o0-a8-missshift', 'd155-v2-ha-team-pof-o0-a4-askother',
    'd155-v2-ha-team-pof-o0-a4-swaplab', 'd155-v2-ha-team-pposs-o0-a4-askother',
    'd155-v2-ha-team-pposs-o0-a4-shift', 'd155-v2-ha-team-pposs-o0-a4-swaplab',
    'd155-v2-ih-country-pnote-o0-a8-missshift', 'd155-v2-ih-name-pnote-o0-a8-missshift',
    'd155-v2-pd-name-pnopos-o0-a4-askother', 'd155-v2-pd-name-pnopos-o0-a4-shift',
    'd155-v2-pd-name-pnopos-o0-a4-swaplab', 'd155-v2-pd-name-pnopos-o0-a4-swapval',
    'd155-v2-pd-name-pof-o0-a4-askother', 'd155-v2-pd-name-pof-o0-a4-shift', 'd155-v2-pd-name-pof-o0-a4-swaplab',
    'd155-v2-pd-name-pof-o0-a4-swapval', 'd155-v2-sr2-name-ppossnl-o0-a1-swapval',
}
r155_sample_round("d155-", r155_found_alone, 40, safe_every=40)
# Arguable items served from the cache after the fixes (FINDINGS.md, rounds 152-156), and with them every
# item the tester called arguable (whether one is served from the cache depends on what other probes stored
# first): left out.
r155_left_out = {
    'd155-s2-ft-city-pinv-o0-a8-miss', 'd155-s2-ft-city-pinv-o0-a8-oth', 'd155-s2-ft-city-pinv-o0-a8-swl',
    'd155-s2-ft-city-pinv2-o0-a8-swl', 'd155-s2-ft-city-pnote-o0-a2-miss', 'd155-s2-ft-city-pnote-o0-a5-miss',
    'd155-s2-ft-city-pnote-o0-a8-miss', 'd155-s2-ft-city-pnote-o0-a8-oth', 'd155-s2-ft-city-pnote-o0-a8-swl',
    'd155-s2-ft-city-pof-o0-a8-oth', 'd155-s2-ft-city-pof-o0-a8-swl', 'd155-s2-ft-city-pposs-o0-a8-miss',
    'd155-s2-ft-city-pposs-o0-a8-oth', 'd155-s2-ft-city-pposs-o0-a8-swl', 'd155-s2-ft-city-pposs2-o0-a8-swl',
    'd155-v2-ft-city-pinv-o0-a8-missshift', 'd155-v2-ft-city-pnote-o0-a8-missshift',
    'd155-v2-ft-city-pnote-o0-a8-shift', 'd155-v2-ft-city-pnote-o0-a8-swaplab', 'd155-v2-ft-city-pof-o0-a8-swaplab',
    'd155-v2-ft-city-pposs-o0-a8-missshift', 'd155-v2-ft-city-pposs-o0-a8-shift',
    'd155-v2-ft-city-pposs-o0-a8-swaplab', 'd155-v2-ft-city-pposssemi-o0-a8-shift',
}
P[:] = [r155_p for r155_p in P if r155_p["id"] not in r155_left_out and r155_p["id"] not in r155_arguable]
