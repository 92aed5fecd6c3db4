r"""Red-team round 158 (black box): VALUES QUOTED FROM ELSEWHERE INSIDE THE SOURCE TEXT -- a previous extraction or
model answer pasted in, a JSON/CSV snippet of an old version, an e-mail quote, a chat log, a code block with example
data, form templates with hints ("(e.g. 555-0100)", "[format: ...]", "(default ...)", "(min ...)", an HTML placeholder),
validation and error messages ("must not be", "Error: postcode 0150 not found", "rejected, please re-enter"), change
logs ("age: 41 -> 44"), diff lines ("-Age: 41" / "+Age: 44"), table captions, units/hint rows and hint/old columns.
Families (7,819 probes: 2,513 pairs, 1,711 singles, 539 safe variants and their bases; 1,120 ids arguable):
 P_/Q_/W_/S_/OK_<shape> (51 shapes x 7 members: age, phone, postcode, city, email, weight, date_of_birth):
   P = plain base "Name/<Label>: old" stored, variant = the shape whose quoted copy keeps the old value, real = new;
   Q = base is the shape with quote and real copy both old, the variant changes only the real copy;
   W = which copy is the real one swaps (base: quote new/real old; variant: quote old/real new);
   S = single, the model copies the quoted value ([quoted, quoted, right]); OK = the same quoted text + "Thank you ...".
 F_<prose> / SF_ / FOK_ (14 prose lines x 7 members x 2 positions): a field line holds a copied/old value and a short
   prose line gives the real one ("(copied from last year's form; now 44)", "Update: 44.", "She says it is now
   forty-four.", "System: age 41 rejected; accepted value 44.").
 GA_<label> / SGA_ (30 labels x 7 members x 2 positions): field-only texts; one added field of no member holds the new
   value ("Corrected: Molde", "Form now reads:", "Re-entered:", "v2:", "+ Molde", "-> Molde", "Should be:") making the
   record's "<Label>: old" a stale copy; arguable where the label is vague ("Verified", "Entered", "Answer", ...).
 GB_<marker> / SGB_ (20 markers x 7 members x 2 positions, all arguable, expect = sentinel 999): one field saying the
   record's values are a template, sample, quote, previous extraction ("Source: template", "Data: sample", "Quoted:
   yes", "Origin: last model answer", "Prefilled: yes", "Validation: failed").
 R_ / SR_ (20 shapes x 4 members): one plain record stored per member, then other people's texts whose first copy of
   the member is a quote/hint/diff/example/old line, to push a licensed rewrite of the stored record onto the quote.
 HA_/HB_/HC_ (16 + 10 marks x 7 members; field-only): the record's own member line turned into a quote, comment,
   heading or example by marks on that line ("// Age: 41", "# Age: 41", "> City: X", "e.g. Email: X", "Age: 41
   (example)", "~~Age: 41~~"); HA/HC: nothing else states the member (no right value: sentinel 999, arguable); HB: the
   real value follows on a plain line ("> Age: 41" then "Age: 44"; all refused: several values).
GOT THROUGH (served from the cache, each confirmed ALONE on a fresh SQLite store, --runs 2; alone.txt): 63 items, ALL
ARGUABLE (the text then states no real value; expect = sentinel 999): A FIELD LINE MADE A QUOTE / HEADING / EXAMPLE BY
A MARK AT ITS START, with no other copy of the member, is read as the member's plain field and stored/reused:
 (1) pairs: the stored plain record "Name: Rune Lundeby / Age: 46 / Sunesun ref: T8137" reused for the same text with
     "# Age: 46", "## Age: 46", "#Age: 46" (6+6+6 pairs: age, phone, postcode, city, email, weight): "all 3 steps
     verified";
 (2) singles stored in run 1 and served in run 2: "> City: Kongsberg", ">> ", "> > ", ">City:", "# ", "## ", "#City:"
     (6 members each), "e.g. Email: kai.holm@fjord.no", "E.g. Email:", "i.e. Email:" (e-mail only: "e.g. City" is
     refused as another field). Held: "// ", "<!-- -->", "~~ ~~", "Hint:", "Old:", "Last run:", "Quoted:",
     "Previous answer -", "(example)", "[sample]", "<- placeholder", "(template value)", "> ... (quoted)", "# ... (old)";
     date_of_birth never (its "name" is refused: "the request asks for its birth one").
HELD (for every shape with a right value: nothing served wrong from the cache, in the full run or alone):
 - every quoted/pasted/snippet/diff/changelog/template/caption shape is refused or answered fresh: "the text holds 2
   records", "the text states several values for it (age: 41; +age: 44)", "the text's "age (e.g. 41)" is another field
   than the one asked", "the text states age: 44 (default 41)", "the text says its values are not real
   ("<input ... placeholder=...>")", "the text denies or replaces this value ("not be 41")", "the text also states it
   as 41", "the value is only in the earlier message quoted below", "the request asks for its old one";
 - the reuse path: every variant's stored answer fails ("failing_fraction_above: 1.0 > 0.6", "source_text_changed",
   "instruction_changed: a short statement changed: "example"") and the stale answer the model repeats is not stored
   ("not stored: the model gave a value again that failed reuse");
 - SAFE variants are never reused (0/539): the same quoted text plus "Thank you for your patience." is re-asked;
   the cost of the design, not a finding.
FRESH WRONGS (served on skip/patch, never stored; checked alone on fresh stores with --runs 2, run 2 "no cached
candidate"): "<Label>: old" + a field "Corrected: new" / "Form now reads: new" / "v2: new" (GA, 330 singles/variants);
"Age: 41" + "(That line was copied from last year's form; the age is now forty-four.)"; "Update: 44."; the example
record in a code block whose name is the real one ("Example: ```Name: X / Age: 41```  Real data: Name: X / Age: 44",
read as part of the instruction); "City (min Bergen): Tromsø"; "Email (e.g. ola.lie@nett.no): ana.berg@fjord.no".
ARGUABLE: r158_arguable (the GB markers, the vague GA labels, HA/HC): only HA/HC items were served from the cache.
Adds its probes to probe_kit.P."""
import json as r158_json

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r158_pairs = []
r158_singles = []
r158_safe = []
r158_arguable = set()
r158_n = [0]
r158_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r158_FIRST = ["Ida", "Ola", "Siri", "Tor", "Mia", "Jon", "Ane", "Per", "Liv", "Eik"]


def r158_nm():
    n = r158_n[0]
    r158_n[0] += 1
    return (r158_FIRST[(n // 7) % 10] + " " + r158_SYL[n % 10] + r158_SYL[(n // 10) % 10].lower()
            + r158_SYL[(n // 100) % 10].lower() + "vik")


# members: key -> (schema type, label, old, new, hint-like values)
r158_M = {
    "age": ("integer", "Age", 41, 44),
    "phone": ("string", "Phone", "555-0100", "555-2222"),
    "postcode": ("string", "Postcode", "0150", "0151"),
    "city": ("string", "City", "Bergen", "Tromsø"),
    "email": ("string", "Email", "ola.lie@nett.no", "ana.berg@fjord.no"),
    "weight": ("number", "Weight", 72.5, 74.5),
    "date_of_birth": ("string", "Date of birth", "1983-04-02", "1980-04-02"),
}

r158_INS = [
    "Extract the name and {m} as JSON.\n\nText:\n",
    "Return name and {m} as JSON.\n\n",
    "From the form below, give the person's name and {m} (JSON).\n\n",
]


def r158_lit(v):
    return r158_json.dumps(v, ensure_ascii=False)


def r158_s(v):
    return str(v)


# shapes: (tag, fn(name, key, label, quoted, real) -> text lines, arguable)
def r158_sh_prevjson(nm, k, L, q, r):
    return 'Last run returned {"name": "%s", "%s": %s}; the form now reads:\nName: %s\n%s: %s' % (nm, k, r158_lit(q), nm, L, r)


def r158_sh_prevjson_after(nm, k, L, q, r):
    return 'Name: %s\n%s: %s\n\nPrevious extraction (outdated): {"name": "%s", "%s": %s}' % (nm, L, r, nm, k, r158_lit(q))


def r158_sh_prevjson_only(nm, k, L, q, r):
    return 'Earlier model answer: {"%s": %s}\n\nName: %s\n%s: %s' % (k, r158_lit(q), nm, L, r)


def r158_sh_modelans(nm, k, L, q, r):
    return "Model answer from yesterday: %s = %s\nCurrent record:\nName: %s\n%s: %s" % (k, q, nm, L, r)


def r158_sh_assistant(nm, k, L, q, r):
    return ('The previous assistant said: "the %s is %s". Please re-check against the record.\n\nName: %s\n%s: %s'
            % (L.lower(), q, nm, L, r))


def r158_sh_csvold(nm, k, L, q, r):
    return "Old export (v1):\nname,%s\n%s,%s\n\nCurrent:\nName: %s\n%s: %s" % (k, nm, q, nm, L, r)


def r158_sh_jsonfence(nm, k, L, q, r):
    return ('```json\n{"name": "%s", "%s": %s}\n```\n(the snippet above is the old version)\n\nName: %s\n%s: %s'
            % (nm, k, r158_lit(q), nm, L, r))


def r158_sh_jsonold_label(nm, k, L, q, r):
    return 'Old version: {"name": "%s", "%s": %s}\nNew version:\nName: %s\n%s: %s' % (nm, k, r158_lit(q), nm, L, r)


def r158_sh_codeex(nm, k, L, q, r):
    return "Example input:\n```\nName: Jane Doe\n%s: %s\n```\nActual input:\nName: %s\n%s: %s" % (L, q, nm, L, r)


def r158_sh_codeex_same(nm, k, L, q, r):
    return "Example:\n```\nName: %s\n%s: %s\n```\nReal data:\nName: %s\n%s: %s" % (nm, L, q, nm, L, r)


def r158_sh_mailquote(nm, k, L, q, r):
    return "> Name: %s\n> %s: %s\n\nUpdated details:\nName: %s\n%s: %s" % (nm, L, q, nm, L, r)


def r158_sh_mailquote_below(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n\nOn Mon, Kari wrote:\n> Name: %s\n> %s: %s" % (nm, L, r, nm, L, q)


def r158_sh_diff(nm, k, L, q, r):
    return " Name: %s\n-%s: %s\n+%s: %s" % (nm, L, q, L, r)


def r158_sh_diff_sp(nm, k, L, q, r):
    return "  Name: %s\n- %s: %s\n+ %s: %s" % (nm, L, q, L, r)


def r158_sh_changelog(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n\nChangelog:\n- %s: %s -> %s" % (nm, L, r, k, q, r)


def r158_sh_changelog_only(nm, k, L, q, r):
    return "Name: %s\nChanges: %s: %s -> %s" % (nm, k, q, r)


def r158_sh_hint_eg(nm, k, L, q, r):
    return "Name (as on passport): %s\n%s (e.g. %s): %s" % (nm, L, q, r)


def r158_sh_hint_example(nm, k, L, q, r):
    return "Name: %s\n%s: %s   (example: %s)" % (nm, L, r, q)


def r158_sh_hint_format(nm, k, L, q, r):
    return "Name: %s\n%s [format: %s]: %s" % (nm, L, q, r)


def r158_sh_hint_default(nm, k, L, q, r):
    return "Name: %s\n%s: %s (default %s)" % (nm, L, r, q)


def r158_sh_placeholder_html(nm, k, L, q, r):
    return 'Name: %s\n%s: %s\n<input name="%s" placeholder="%s">' % (nm, L, r, k, q)


def r158_sh_validation_under(nm, k, L, q, r):
    return "Name: %s\n%s: %s\nValidation: %s must not be %s" % (nm, L, r, L.lower(), q)


def r158_sh_error_notfound(nm, k, L, q, r):
    return "Error: %s %s not found\nName: %s\n%s: %s" % (L.lower(), q, nm, L, r)


def r158_sh_rejected(nm, k, L, q, r):
    return "Warning: %s %s was rejected, please re-enter.\nName: %s\n%s: %s" % (L.lower(), q, nm, L, r)


def r158_sh_yamlcomment(nm, k, L, q, r):
    return "name: %s\n%s: %s  # was %s" % (nm, k, r158_lit(r) if not isinstance(r, str) else r, q)


def r158_sh_caption(nm, k, L, q, r):
    return ("| Name | %s |\n|---|---|\n| %s | %s |\n\nTable 2 (2019 edition showed %s for %s)." % (L, nm, r, q, nm))


def r158_sh_template_above(nm, k, L, q, r):
    return "Please fill in: Name, %s (e.g. %s)\n---\nName: %s\n%s: %s" % (L, q, nm, L, r)


r158_WORDS = {41: "forty-one", 44: "forty-four", 72.5: "seventy-two and a half", 74.5: "seventy-four and a half"}


def r158_w(v):
    return r158_WORDS.get(v, str(v))


def r158_sh_tbl_col(col):
    def f(nm, k, L, q, r):
        return "| Field | %s | Value |\n|---|---|---|\n| Name | | %s |\n| %s | %s | %s |" % (col, nm, L, q, r)
    return f


def r158_sh_tbl_col_after(col):
    def f(nm, k, L, q, r):
        return "| Field | Value | %s |\n|---|---|---|\n| Name | %s | |\n| %s | %s | %s |" % (col, nm, L, r, q)
    return f


def r158_sh_nested_hist(nm, k, L, q, r):
    return '{"name": "%s", "%s": %s, "history": [{"%s": %s}]}' % (nm, k, r158_lit(r), k, r158_lit(q))


def r158_sh_nested_prev(nm, k, L, q, r):
    return '{"name": "%s", "previous": {"%s": %s}, "%s": %s}' % (nm, k, r158_lit(q), k, r158_lit(r))


def r158_sh_nested_example(nm, k, L, q, r):
    return '{"example": {"%s": %s}, "name": "%s", "%s": %s}' % (k, r158_lit(q), nm, k, r158_lit(r))


def r158_sh_quote_line_prose(nm, k, L, q, r):
    return "Name: %s\n> %s: %s\n\nSmall fix to the quoted line: the %s is actually %s." % (nm, L, q, L.lower(), r158_w(r))


def r158_sh_field_then_prose(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n(That line was copied from last year's form; the %s is now %s.)" % (nm, L, q, L.lower(), r158_w(r))


def r158_sh_fence_field_prose(nm, k, L, q, r):
    return "Name: %s\nUse this format:\n```\n%s: %s\n```\nShe says the %s is %s." % (nm, L, q, L.lower(), r158_w(r))


def r158_sh_hint_in_slot(nm, k, L, q, r):
    return "Name: %s\n%s: e.g. %s\n    %s" % (nm, L, q, r)


def r158_sh_hint_bracket(nm, k, L, q, r):
    return "Name: %s\n%s: [%s] %s" % (nm, L, q, r)


def r158_sh_hint_after_slot(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n    (e.g. %s)" % (nm, L, r, q)


def r158_sh_units_row(nm, k, L, q, r):
    return "| Name | %s |\n| (text) | (e.g. %s) |\n| %s | %s |" % (L, q, nm, r)


def r158_sh_caption_above(nm, k, L, q, r):
    return "Table 1: %s %s at intake\n| Name | %s |\n|---|---|\n| %s | %s |" % (L.lower(), q, L, nm, r)


def r158_sh_prev_noname(nm, k, L, q, r):
    return 'Last run returned {"%s": %s}; the form now reads:\nName: %s\n%s: %s' % (k, r158_lit(q), nm, L, r)


def r158_sh_prev_noname_after(nm, k, L, q, r):
    return 'Name: %s\n%s: %s\n\n(Previous extraction, outdated: {"%s": %s})' % (nm, L, r, k, r158_lit(q))


def r158_sh_csv_noname(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n\nOld export:\n%s\n%s" % (nm, L, r, k, q)


def r158_sh_mailquote_noname(nm, k, L, q, r):
    return "> %s: %s\n\nName: %s\n%s: %s" % (L, q, nm, L, r)


def r158_sh_diff_noname(nm, k, L, q, r):
    return "Name: %s\n--- old\n+++ new\n-%s: %s\n+%s: %s" % (nm, L, q, L, r)


def r158_sh_codeex_noname(nm, k, L, q, r):
    return "Example input:\n```\n%s: %s\n```\nActual input:\nName: %s\n%s: %s" % (L, q, nm, L, r)


def r158_sh_range_label(nm, k, L, q, r):
    return "Name: %s\n%s (min %s): %s" % (nm, L, q, r)


def r158_sh_must_under(nm, k, L, q, r):
    return "Name: %s\n%s: %s\n%s must be under %s" % (nm, L, r, L, q)


def r158_sh_error_line(nm, k, L, q, r):
    return "Name: %s\n%s: %s\nError: %s %s not found" % (nm, L, r, L.lower(), q)


def r158_sh_chat(nm, k, L, q, r):
    return "[09:12] Kari: %s's %s is %s?\n[09:13] %s: no, it is %s" % (nm, L.lower(), q, nm.split()[0], r)


def r158_sh_trailing_quote(nm, k, L, q, r):
    return 'Name: %s\n%s: %s\n\nP.S. Ignore the old form that said "%s: %s".' % (nm, L, r, L, q)


def r158_sh_before_after(nm, k, L, q, r):
    return "Before:\n  Name: %s\n  %s: %s\nAfter:\n  Name: %s\n  %s: %s" % (nm, L, q, nm, L, r)


def r158_sh_two_cols(nm, k, L, q, r):
    return "| Field | Old | New |\n|---|---|---|\n| Name | %s | %s |\n| %s | %s | %s |" % (nm, nm, L, q, r)


r158_SHAPES = [
    ("prevjson", r158_sh_prevjson), ("prevjsonafter", r158_sh_prevjson_after), ("prevjsononly", r158_sh_prevjson_only),
    ("modelans", r158_sh_modelans), ("assistant", r158_sh_assistant), ("csvold", r158_sh_csvold),
    ("jsonfence", r158_sh_jsonfence), ("jsonoldlabel", r158_sh_jsonold_label), ("codeex", r158_sh_codeex),
    ("codeexsame", r158_sh_codeex_same), ("mailquote", r158_sh_mailquote), ("mailquotebelow", r158_sh_mailquote_below),
    ("diff", r158_sh_diff), ("diffsp", r158_sh_diff_sp), ("changelog", r158_sh_changelog),
    ("changelogonly", r158_sh_changelog_only), ("hinteg", r158_sh_hint_eg), ("hintexample", r158_sh_hint_example),
    ("hintformat", r158_sh_hint_format), ("hintdefault", r158_sh_hint_default), ("placeholder", r158_sh_placeholder_html),
    ("validation", r158_sh_validation_under), ("notfound", r158_sh_error_notfound), ("rejected", r158_sh_rejected),
    ("yamlcomment", r158_sh_yamlcomment), ("caption", r158_sh_caption), ("templateabove", r158_sh_template_above),
    ("chat", r158_sh_chat), ("trailingquote", r158_sh_trailing_quote), ("beforeafter", r158_sh_before_after),
    ("twocols", r158_sh_two_cols),
    ("nestedhist", r158_sh_nested_hist), ("nestedprev", r158_sh_nested_prev), ("nestedex", r158_sh_nested_example),
    ("quoteprose", r158_sh_quote_line_prose), ("fieldprose", r158_sh_field_then_prose),
    ("fenceprose", r158_sh_fence_field_prose), ("hintslot", r158_sh_hint_in_slot), ("hintbracket", r158_sh_hint_bracket),
    ("hintafterslot", r158_sh_hint_after_slot), ("unitsrow", r158_sh_units_row), ("captionabove", r158_sh_caption_above),
    ("prevnoname", r158_sh_prev_noname), ("prevnonameafter", r158_sh_prev_noname_after), ("csvnoname", r158_sh_csv_noname),
    ("mailquotenoname", r158_sh_mailquote_noname), ("diffnoname", r158_sh_diff_noname),
    ("codeexnoname", r158_sh_codeex_noname), ("rangelabel", r158_sh_range_label), ("mustunder", r158_sh_must_under),
    ("errorline", r158_sh_error_line),
] + [("tbl" + c.lower().replace(" ", ""), r158_sh_tbl_col(c)) for c in
     ["Example", "Hint", "Default", "Old", "Previous", "Format", "Min", "Last run"]] + [
    ("tbla" + c.lower().replace(" ", ""), r158_sh_tbl_col_after(c)) for c in ["Example", "Old", "Previous", "Was"]]


def r158_J(id, fam, pr, sch, exp, ans, safe=False, arg=False):
    J(id, "r158_" + fam + ("_arg" if arg else ""), pr, sch, exp, ans, safe=safe)
    if arg:
        r158_arguable.add(id)


r158_i = 0

def r158_gen1():
    global r158_i
    for (r158_t, r158_f) in r158_SHAPES:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            r158_i += 1
            sch = S({"name": "string", r158_k: r158_ty})
            m = r158_k.replace("_", " ")
            ins = r158_INS[r158_i % 3].format(m=m)
            tag = "%s-%s" % (r158_t, r158_k)
            # P: plain base with the old value; variant = shape with the quote keeping the old value
            nm = r158_nm()
            bexp = {"name": nm, r158_k: r158_o}
            vexp = {"name": nm, r158_k: r158_nw}
            r158_J("d158-b-P-" + tag, "P_" + r158_t + "_base", ins + "Name: %s\n%s: %s\n" % (nm, r158_L, r158_o), sch, bexp, [bexp])
            r158_J("d158-v-P-" + tag, "P_" + r158_t, ins + r158_f(nm, r158_k, r158_L, r158_o, r158_nw) + "\n", sch, vexp, [bexp, vexp])
            r158_pairs.append(("d158-b-P-" + tag, "d158-v-P-" + tag))
            # Q: base = the shape whose quote and real copy both hold the old value; variant changes only the real copy
            nm = r158_nm()
            bexp = {"name": nm, r158_k: r158_o}
            vexp = {"name": nm, r158_k: r158_nw}
            r158_J("d158-b-Q-" + tag, "Q_" + r158_t + "_base", ins + r158_f(nm, r158_k, r158_L, r158_o, r158_o) + "\n", sch, bexp, [bexp])
            r158_J("d158-v-Q-" + tag, "Q_" + r158_t, ins + r158_f(nm, r158_k, r158_L, r158_o, r158_nw) + "\n", sch, vexp, [bexp, vexp])
            r158_pairs.append(("d158-b-Q-" + tag, "d158-v-Q-" + tag))
            # W: which copy is the real one swaps
            nm = r158_nm()
            bexp = {"name": nm, r158_k: r158_o}
            vexp = {"name": nm, r158_k: r158_nw}
            r158_J("d158-b-W-" + tag, "W_" + r158_t + "_base", ins + r158_f(nm, r158_k, r158_L, r158_nw, r158_o) + "\n", sch, bexp, [bexp])
            r158_J("d158-v-W-" + tag, "W_" + r158_t, ins + r158_f(nm, r158_k, r158_L, r158_o, r158_nw) + "\n", sch, vexp, [bexp, vexp])
            r158_pairs.append(("d158-b-W-" + tag, "d158-v-W-" + tag))
            # S: single, the model copies the quoted value
            nm = r158_nm()
            r158_J("d158-s-" + tag, "S_" + r158_t, ins + r158_f(nm, r158_k, r158_L, r158_o, r158_nw) + "\n", sch,
                   {"name": nm, r158_k: r158_nw}, [{"name": nm, r158_k: r158_o}, {"name": nm, r158_k: r158_o}, {"name": nm, r158_k: r158_nw}])
            r158_singles.append("d158-s-" + tag)
            # OK: safe: the same quoted text, an unrelated sentence added
            nm = r158_nm()
            e = {"name": nm, r158_k: r158_nw}
            txt = r158_f(nm, r158_k, r158_L, r158_o, r158_nw)
            r158_J("d158-b-OK-" + tag, "OK_" + r158_t + "_base", ins + txt + "\n", sch, e, [e])
            r158_J("d158-ok-" + tag, "OK_" + r158_t + "_safe", ins + txt + "\nThank you for your patience.\n", sch, e, [e], safe=True)
            r158_safe.append("d158-ok-" + tag)



r158_gen1()
# ------------------------------------------------------------------ F: a field line holding a copied/old value, the
# real value only in a short prose line (kept short so the variant stays near the stored base)
r158_FILL = ["Ref: K-2207", "Branch: North", "Desk: 4", "Form: F-12", "Clerk: HB"]
r158_FPROSE = [
    ("copied", "(copied from last year's form; now {n})"),
    ("oldform", "Note: the {l} above is from the old form; it is now {n}."),
    ("pasted", "The {l} line was pasted from the last model answer; the form says {n}."),
    ("quoted", "That {l} was quoted from an old e-mail. Real {l} is {n}."),
    ("example", "The {l} shown is the template's example; she wrote {n}."),
    ("hint", "The {l} above is only the form's hint; the answer given is {n}."),
    ("default", "{o} is the form's default {l}; the person entered {n}."),
    ("stale", "Stale: {o}. Current {l} is {n}."),
    ("errmsg", "System: {l} {o} rejected; accepted value {n}."),
    ("nowis", "Now {n}."),
    ("update", "Update: {n}."),
    ("butactually", "(but actually {n})"),
    ("changed", "Changed to {n} today."),
    ("words", "She says it is now {w}."),
]

def r158_gen2():
    for r158_pt, r158_pl in r158_FPROSE:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            sch = S({"name": "string", r158_k: r158_ty})
            m = r158_k.replace("_", " ")
            ins = "Extract the name and %s as JSON.\n\nText:\n" % m
            tag = "%s-%s" % (r158_pt, r158_k)
            line = r158_pl.format(l=r158_L.lower(), o=r158_o, n=r158_nw, w=r158_w(r158_nw))
            for r158_pos in ("after", "end"):
                nm = r158_nm()
                rec = ["Name: " + nm, "%s: %s" % (r158_L, r158_o)] + r158_FILL
                if r158_pos == "after":
                    var = rec[:2] + [line] + rec[2:]
                else:
                    var = rec + [line]
                bexp = {"name": nm, r158_k: r158_o}
                vexp = {"name": nm, r158_k: r158_nw}
                b = "d158-b-F-%s-%s" % (r158_pos, tag)
                v = "d158-v-F-%s-%s" % (r158_pos, tag)
                r158_J(b, "F_" + r158_pt + "_base", ins + "\n".join(rec) + "\n", sch, bexp, [bexp])
                r158_J(v, "F_" + r158_pt, ins + "\n".join(var) + "\n", sch, vexp, [bexp, vexp])
                r158_pairs.append((b, v))
                nm2 = r158_nm()
                rec2 = ["Name: " + nm2, "%s: %s" % (r158_L, r158_o)] + r158_FILL
                var2 = (rec2[:2] + [line] + rec2[2:]) if r158_pos == "after" else rec2 + [line]
                s = "d158-s-F-%s-%s" % (r158_pos, tag)
                r158_J(s, "SF_" + r158_pt, ins + "\n".join(var2) + "\n", sch, {"name": nm2, r158_k: r158_nw},
                       [{"name": nm2, r158_k: r158_o}, {"name": nm2, r158_k: r158_o}, {"name": nm2, r158_k: r158_nw}])
                r158_singles.append(s)
            # safe: the prose line in base and variant, an unrelated line added
            nm = r158_nm()
            rec = ["Name: " + nm, "%s: %s" % (r158_L, r158_o), line] + r158_FILL
            e = {"name": nm, r158_k: r158_nw}
            r158_J("d158-b-FOK-" + tag, "FOK_" + r158_pt + "_base", ins + "\n".join(rec) + "\n", sch, e, [e])
            r158_J("d158-ok-F-" + tag, "FOK_" + r158_pt + "_safe", ins + "\n".join(rec + ["Thanks!"]) + "\n", sch, e, [e], safe=True)
            r158_safe.append("d158-ok-F-" + tag)



r158_gen2()
# ------------------------------------------------------------------ G: field-only texts. The base is a plain record
# (stored); the variant adds ONE field line: (a) a field of no member's label holding the real (new) value, which makes
# the record's "<Label>: old" line a quoted/old copy; (b) a field saying the record's values are a template, sample,
# quote or previous extraction (no right value: expect a sentinel no answer has). Fillers and values vary per item so
# that items do not find each other's stored records.
import random as r158_random
r158_rng = r158_random.Random(158)
r158_FLAB = ["Ref", "Branch", "Desk", "Clerk", "Case", "Queue", "Batch", "Lot", "Unit", "Zone", "Slot", "Tier", "Team",
             "Shift", "Locker", "Badge", "Route", "Cohort", "Ward", "Bay"]
r158_CITIES = ["Bergen", "Tromsø", "Molde", "Hamar", "Bodø", "Skien", "Halden", "Narvik", "Lillehammer", "Kongsberg",
               "Arendal", "Harstad", "Steinkjer", "Gjøvik", "Larvik", "Namsos"]
r158_FN = ["Ana", "Ida", "Ola", "Siv", "Tor", "Eva", "Kai", "Liv", "Mats", "Nora", "Odd", "Pia", "Rune", "Stig", "Unn",
           "Vera"]
r158_LN = ["Berg", "Dahl", "Holm", "Lunde", "Moe", "Nes", "Rud", "Strand", "Vik", "Aas", "Bakke", "Foss", "Haug", "Lie",
           "Myhre", "Sund"]


def r158_gvals(k):
    g = r158_rng
    if k == "age":
        o = g.randint(20, 70)
        return o, o + g.randint(1, 5)
    if k == "phone":
        return "%03d %02d %03d" % (g.randint(400, 999), g.randint(10, 99), g.randint(100, 999)), \
            "%03d %02d %03d" % (g.randint(400, 999), g.randint(10, 99), g.randint(100, 999))
    if k == "postcode":
        a = g.randint(1000, 9899)
        return "%04d" % a, "%04d" % (a + g.randint(1, 99))
    if k == "city":
        a, b = g.sample(r158_CITIES, 2)
        return a, b
    if k == "email":
        a, b = g.sample(r158_FN, 2)
        return "%s.%s@%s.no" % (a.lower(), g.choice(r158_LN).lower(), g.choice(["nett", "post", "fjord", "mail"])), \
            "%s.%s@%s.no" % (b.lower(), g.choice(r158_LN).lower(), g.choice(["online", "epost", "kyst", "web"]))
    if k == "weight":
        o = g.randint(550, 950) / 10
        return o, round(o + g.randint(5, 40) / 10, 1)
    y = g.randint(1950, 2000)
    return "%d-%02d-%02d" % (y, g.randint(1, 12), g.randint(1, 28)), "%d-%02d-%02d" % (y + 1, g.randint(1, 12), g.randint(1, 28))


def r158_gfill():
    g = r158_rng
    return ["%s: %s%d" % (lab, g.choice("ABCDEFGHKLMNPRSTUVWXZ"), g.randint(10, 9999)) for lab in g.sample(r158_FLAB, 3)]


def r158_gname():
    return "%s %s%s" % (r158_rng.choice(r158_FN), r158_rng.choice(r158_LN), r158_rng.choice(["", "e", "en", "by", "set", "rud"]))


r158_GA = [
    ("corrected", "Corrected", False), ("formnow", "Form now reads", False), ("currentform", "Current form", False),
    ("latest", "Latest", False), ("reentered", "Re-entered", False), ("resubmitted", "Resubmitted", False),
    ("onfile", "Value on file", True), ("verified", "Verified", True), ("confirmed", "Confirmed", True),
    ("final", "Final", False), ("newform", "New form", False), ("v2", "v2", False), ("rev2", "Rev. 2", False),
    ("after", "After", False), ("nowreads", "Now reads", False), ("entered", "Entered", True),
    ("answer", "Answer", True), ("typed", "Typed", True), ("filledin", "Filled in", True),
    ("correction", "Correction", False), ("fix", "Fix", False), ("replacewith", "Replace with", False),
    ("shouldbe", "Should be", False), ("realvalue", "Real value", False), ("actualvalue", "Actual value", False),
    ("plus", "+", False), ("arrow", "->", False), ("newvalue", "New value", False), ("update", "Update", False),
    ("amended", "Amended", False),
]
r158_GB = [
    ("srctemplate", "Source: template"), ("srcprev", "Source: previous extraction"), ("srcquote", "Source: quoted e-mail"),
    ("srcexample", "Source: example data"), ("datasample", "Data: sample"), ("typeexample", "Record type: example"),
    ("statustemplate", "Status: template"), ("statushint", "Status: hints only"), ("valuesex", "Values: examples"),
    ("formblank", "Form: blank template"), ("modeltest", "Mode: test"), ("origin", "Origin: last model answer"),
    ("copiedfrom", "Copied from: old form"), ("validno", "Valid: no"), ("outdated", "Outdated: yes"),
    ("quoteyes", "Quoted: yes"), ("prefilled", "Prefilled: yes"), ("defaults", "Values shown: defaults"),
    ("rejected", "Validation: failed"), ("errnotfound", "Error: record not found"),
]


r158_tk = [4000]


def r158_desk(n):
    sy = ["ka", "lo", "mi", "ne", "ro", "su", "ti", "va", "be", "do", "fe", "gu", "hi", "ju", "py", "zo"]
    return (sy[n % 16] + sy[(n // 16) % 16] + sy[(n // 256) % 16]).capitalize() + "n"


def r158_gitem(kind, tag, fam, k, ty, L, make_var, arg, sentinel=False):
    sent = 999 if ty in ("integer", "number") else "999"
    out = []
    for role in ("pair", "single"):
        r158_tk[0] += 1
        dk = r158_desk(r158_tk[0])
        rk = dk.lower() + "_ref"
        sch = S({"name": "string", k: ty, rk: "string"})
        ins = "Extract the name, %s and %s ref as JSON.\n\nText:\n" % (k.replace("_", " "), dk.lower())
        o, n = r158_gvals(k)
        nm = r158_gname()
        ref = "%s%d" % (r158_rng.choice("ABCDEFGHKLMNPRSTUVWXZ"), r158_rng.randint(100, 9999))
        rec = ["Name: " + nm, "%s: %s" % (L, o), "%s ref: %s" % (dk, ref)]
        var = make_var(rec, n)
        bexp = {"name": nm, k: o, rk: ref}
        vexp = {"name": nm, k: sent if sentinel else n, rk: ref}
        if role == "pair":
            b, v = "d158-b-%s-%s" % (kind, tag), "d158-v-%s-%s" % (kind, tag)
            r158_J(b, fam + "_base", ins + "\n".join(rec) + "\n", sch, bexp, [bexp])
            r158_J(v, fam, ins + "\n".join(var) + "\n", sch, vexp, [bexp] if sentinel else [bexp, vexp], arg=arg)
            r158_pairs.append((b, v))
        else:
            sid = "d158-s-%s-%s" % (kind, tag)
            r158_J(sid, "S" + fam, ins + "\n".join(var) + "\n", sch, vexp, [bexp], arg=arg)
            r158_singles.append(sid)



def r158_gen3():
    for r158_gt, r158_gl, r158_ga in r158_GA:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            for r158_pos in ("after", "end"):
                def r158_mv(rec, n, gl=r158_gl, pos=r158_pos):
                    line = "%s: %s" % (gl, n) if gl not in ("+", "->") else "%s %s" % (gl, n)
                    return rec[:2] + [line] + rec[2:] if pos == "after" else rec + [line]
                r158_gitem("GA", "%s-%s-%s" % (r158_pos, r158_gt, r158_k), "GA_" + r158_gt, r158_k, r158_ty, r158_L, r158_mv, r158_ga)

r158_gen3()

def r158_gen4():
    for r158_gt, r158_gl in r158_GB:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            for r158_pos in ("top", "end"):
                def r158_mv(rec, n, gl=r158_gl, pos=r158_pos):
                    return [gl] + rec if pos == "top" else rec + [gl]
                r158_gitem("GB", "%s-%s-%s" % (r158_pos, r158_gt, r158_k), "GB_" + r158_gt, r158_k, r158_ty, r158_L, r158_mv, True, sentinel=True)



r158_gen4()
# ------------------------------------------------------------------ R: one plain record stored per member (fixed
# instruction), then texts of other people whose first field-like copy of the member is a quote, hint, diff line,
# example or old value and whose real value comes after: a licensed rewrite of the stored record must not pick the
# quoted copy. The model's answer is the quoted value (a single: stored and served again would be a finding).
r158_RSH = [
    ("gt", "Name: {nm}\n> {L}: {q}\n{L}: {r}"), ("eg", "Name: {nm}\n{L} (e.g. {q}): {r}"),
    ("diff", "Name: {nm}\n- {L}: {q}\n+ {L}: {r}"), ("arrow", "Name: {nm}\n{L}: {q} -> {r}"),
    ("exlabel", "Name: {nm}\nExample {l}: {q}\n{L}: {r}"), ("bracket", "Name: {nm}\n{L}: [{q}] {r}"),
    ("hintlabel", "Name: {nm}\n{L} hint: {q}\n{L}: {r}"), ("oldafter", "Name: {nm}\n{L}: {r}\n{L} (old): {q}"),
    ("was", "Name: {nm}\n{L} was: {q}\n{L}: {r}"), ("prevans", "Name: {nm}\nPrevious answer {l}: {q}\n{L}: {r}"),
    ("jsonfirst", '{{"{k}": {qj}}}\nName: {nm}\n{L}: {r}'), ("errafter", "Name: {nm}\n{L}: {r}\nError: {l} {q} not found"),
    ("notq", "Name: {nm}\n{L}: {r} (not {q})"), ("default", "Name: {nm}\n{L} (default {q}): {r}"),
    ("tmpl", "Name: {nm}\n{L}: {q} (template)\n{L}: {r}"), ("lastrun", "Name: {nm}\nLast run {l}: {q}\n{L}: {r}"),
    ("placeholder", "Name: {nm}\n{L}: {r}\n{L} placeholder: {q}"), ("sample", "Name: {nm}\nSample {l}: {q}\n{L}: {r}"),
    ("quoteword", "Name: {nm}\nQuoted {l}: {q}\n{L}: {r}"), ("codefence", "Name: {nm}\n```\n{L}: {q}\n```\n{L}: {r}"),
]
r158_RV = {"city": ("Hamar", "Bergen", "Molde"), "age": (52, 41, 44), "postcode": ("7010", "0150", "0151"),
           "email": ("kai.moe@post.no", "ola.lie@nett.no", "ana.berg@fjord.no")}

def r158_gen5():
    for r158_k, (r158_sv, r158_q, r158_r) in r158_RV.items():
        r158_ty, r158_L = r158_M[r158_k][0], r158_M[r158_k][1]
        sch = S({"name": "string", r158_k: r158_ty})
        ins = "Extract the name and %s as JSON.\n\nText:\n" % r158_k
        nm0 = r158_gname()
        e0 = {"name": nm0, r158_k: r158_sv}
        r158_J("d158-b-R-%s" % r158_k, "R_base", ins + "Name: %s\n%s: %s\n" % (nm0, r158_L, r158_sv), sch, e0, [e0])
        for r158_rt, r158_rf in r158_RSH:
            nm = r158_gname()
            txt = r158_rf.format(nm=nm, L=r158_L, l=r158_L.lower(), q=r158_q, r=r158_r, k=r158_k, qj=r158_lit(r158_q))
            sid = "d158-s-R-%s-%s" % (r158_rt, r158_k)
            r158_J(sid, "SR_" + r158_rt, ins + txt + "\n", sch, {"name": nm, r158_k: r158_r}, [{"name": nm, r158_k: r158_q}])
            r158_singles.append(sid)


r158_gen5()


# ------------------------------------------------------------------ H: the record's own member line is turned into a
# quoted/commented/example copy by marks on that line ("// Age: 41", "e.g. Age: 41", "Age: 41 (example)"); HA: nothing
# else states the member (no right value: sentinel, arguable); HB: the real value follows on a plain line.
r158_HM = [
    ("slashes", "// {line}"), ("hash", "# {line}"), ("htmlc", "<!-- {line} -->"), ("eg", "e.g. {line}"),
    ("example", "Example - {line}"), ("hint", "Hint: {line}"), ("old", "Old: {line}"), ("lastrun", "Last run: {line}"),
    ("quoted", "Quoted: {line}"), ("strike", "~~{line}~~"), ("ex-after", "{line} (example)"),
    ("sample-after", "{line} [sample]"), ("ph-after", "{line} <- placeholder"), ("gt", "> {line}"),
    ("prevans", "Previous answer - {line}"), ("tmpl-after", "{line} (template value)"),
]


def r158_gen_h():
    for r158_ht, r158_hf in r158_HM:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            def r158_mva(rec, n, hf=r158_hf):
                return [rec[0], hf.format(line=rec[1])] + rec[2:]

            def r158_mvb(rec, n, hf=r158_hf, L=r158_L):
                return [rec[0], hf.format(line=rec[1]), "%s: %s" % (L, n)] + rec[2:]
            r158_gitem("HA", "%s-%s" % (r158_ht, r158_k), "HA_" + r158_ht, r158_k, r158_ty, r158_L, r158_mva, True,
                       sentinel=True)
            r158_gitem("HB", "%s-%s" % (r158_ht, r158_k), "HB_" + r158_ht, r158_k, r158_ty, r158_L, r158_mvb, False)


r158_gen_h()


# ------------------------------------------------------------------ HC: more spellings of the marks that got through in
# HA ("# ", "> ", "e.g. ").
r158_HCM = [
    ("hash2", "## {line}"), ("hashnosp", "#{line}"), ("gt2", ">> {line}"), ("gtgt", "> > {line}"),
    ("Eg", "E.g. {line}"), ("eg-nodot", "eg. {line}"), ("ie", "i.e. {line}"), ("gt-quoted", "> {line} (quoted)"),
    ("hash-old", "# {line} (old)"), ("gt-nosp", ">{line}"),
]


def r158_gen_hc():
    for r158_ht, r158_hf in r158_HCM:
        for r158_k, (r158_ty, r158_L, r158_o, r158_nw) in r158_M.items():
            def r158_mva(rec, n, hf=r158_hf):
                return [rec[0], hf.format(line=rec[1])] + rec[2:]
            r158_gitem("HC", "%s-%s" % (r158_ht, r158_k), "HC_" + r158_ht, r158_k, r158_ty, r158_L, r158_mva, True,
                       sentinel=True)


r158_gen_hc()


# Trimmed for ctest (probe_kit.sample_round), stop 37: the items the round's tester confirmed alone (clear and
# arguable, bases included), every 2-th safe probe and every 8-th of the rest.
from probe_kit import sample_round as r158_sample_round  # noqa: E402
r158_found_alone = {
    'd158-b-HA-hash-age', 'd158-b-HA-hash-city', 'd158-b-HA-hash-email', 'd158-b-HA-hash-phone',
    'd158-b-HA-hash-postcode', 'd158-b-HA-hash-weight', 'd158-b-HC-hash2-age', 'd158-b-HC-hash2-city',
    'd158-b-HC-hash2-email', 'd158-b-HC-hash2-phone', 'd158-b-HC-hash2-postcode', 'd158-b-HC-hash2-weight',
    'd158-b-HC-hashnosp-age', 'd158-b-HC-hashnosp-city', 'd158-b-HC-hashnosp-email', 'd158-b-HC-hashnosp-phone',
    'd158-b-HC-hashnosp-postcode', 'd158-b-HC-hashnosp-weight', 'd158-s-HA-eg-email', 'd158-s-HA-gt-age',
    'd158-s-HA-gt-city', 'd158-s-HA-gt-email', 'd158-s-HA-gt-phone', 'd158-s-HA-gt-postcode', 'd158-s-HA-gt-weight',
    'd158-s-HA-hash-age', 'd158-s-HA-hash-city', 'd158-s-HA-hash-email', 'd158-s-HA-hash-phone',
    'd158-s-HA-hash-postcode', 'd158-s-HA-hash-weight', 'd158-s-HC-Eg-email', 'd158-s-HC-gt-nosp-age',
    'd158-s-HC-gt-nosp-city', 'd158-s-HC-gt-nosp-email', 'd158-s-HC-gt-nosp-phone', 'd158-s-HC-gt-nosp-postcode',
    'd158-s-HC-gt-nosp-weight', 'd158-s-HC-gt2-age', 'd158-s-HC-gt2-city', 'd158-s-HC-gt2-email',
    'd158-s-HC-gt2-phone', 'd158-s-HC-gt2-postcode', 'd158-s-HC-gt2-weight', 'd158-s-HC-gtgt-age',
    'd158-s-HC-gtgt-city', 'd158-s-HC-gtgt-email', 'd158-s-HC-gtgt-phone', 'd158-s-HC-gtgt-postcode',
    'd158-s-HC-gtgt-weight', 'd158-s-HC-hash2-age', 'd158-s-HC-hash2-city', 'd158-s-HC-hash2-email',
    'd158-s-HC-hash2-phone', 'd158-s-HC-hash2-postcode', 'd158-s-HC-hash2-weight', 'd158-s-HC-hashnosp-age',
    'd158-s-HC-hashnosp-city', 'd158-s-HC-hashnosp-email', 'd158-s-HC-hashnosp-phone',
    'd158-s-HC-hashnosp-postcode', 'd158-s-HC-hashnosp-weight', 'd158-s-HC-ie-email', 'd158-v-HA-hash-age',
    'd158-v-HA-hash-city', 'd158-v-HA-hash-email', 'd158-v-HA-hash-phone', 'd158-v-HA-hash-postcode',
    'd158-v-HA-hash-weight', 'd158-v-HC-hash2-age', 'd158-v-HC-hash2-city', 'd158-v-HC-hash2-email',
    'd158-v-HC-hash2-phone', 'd158-v-HC-hash2-postcode', 'd158-v-HC-hash2-weight', 'd158-v-HC-hashnosp-age',
    'd158-v-HC-hashnosp-city', 'd158-v-HC-hashnosp-email', 'd158-v-HC-hashnosp-phone',
    'd158-v-HC-hashnosp-postcode', 'd158-v-HC-hashnosp-weight',
}
r158_sample_round("d158-", r158_found_alone, 8, safe_every=2)
# Items still served from the cache after the fixes (all arguable, or open: FINDINGS.md, rounds 157-160), and
# with them every item the tester called arguable: left out.
r158_left_out = {
    'd158-s-HA-eg-email', 'd158-s-HA-gt-age', 'd158-s-HA-gt-city', 'd158-s-HA-gt-email', 'd158-s-HA-gt-phone',
    'd158-s-HA-gt-postcode', 'd158-s-HA-gt-weight', 'd158-s-HA-hash-age', 'd158-s-HA-hash-city',
    'd158-s-HA-hash-email', 'd158-s-HA-hash-phone', 'd158-s-HA-hash-postcode', 'd158-s-HA-hash-weight',
    'd158-s-HC-Eg-email', 'd158-s-HC-gt-nosp-age', 'd158-s-HC-gt-nosp-city', 'd158-s-HC-gt-nosp-email',
    'd158-s-HC-gt-nosp-phone', 'd158-s-HC-gt-nosp-postcode', 'd158-s-HC-gt-nosp-weight', 'd158-s-HC-gt2-age',
    'd158-s-HC-gt2-city', 'd158-s-HC-gt2-email', 'd158-s-HC-gt2-phone', 'd158-s-HC-gt2-postcode',
    'd158-s-HC-gt2-weight', 'd158-s-HC-gtgt-age', 'd158-s-HC-gtgt-city', 'd158-s-HC-gtgt-email',
    'd158-s-HC-gtgt-phone', 'd158-s-HC-gtgt-postcode', 'd158-s-HC-gtgt-weight', 'd158-s-HC-hash2-age',
    'd158-s-HC-hash2-city', 'd158-s-HC-hash2-email', 'd158-s-HC-hash2-phone', 'd158-s-HC-hash2-postcode',
    'd158-s-HC-hash2-weight', 'd158-s-HC-hashnosp-age', 'd158-s-HC-hashnosp-city', 'd158-s-HC-hashnosp-email',
    'd158-s-HC-hashnosp-phone', 'd158-s-HC-hashnosp-postcode', 'd158-s-HC-hashnosp-weight', 'd158-s-HC-ie-email',
    'd158-v-HA-hash-age', 'd158-v-HA-hash-city', 'd158-v-HA-hash-email', 'd158-v-HA-hash-phone',
    'd158-v-HA-hash-postcode', 'd158-v-HA-hash-weight', 'd158-v-HC-hash2-age', 'd158-v-HC-hash2-city',
    'd158-v-HC-hash2-email', 'd158-v-HC-hash2-phone', 'd158-v-HC-hash2-postcode', 'd158-v-HC-hash2-weight',
    'd158-v-HC-hashnosp-age', 'd158-v-HC-hashnosp-city', 'd158-v-HC-hashnosp-email', 'd158-v-HC-hashnosp-phone',
    'd158-v-HC-hashnosp-postcode', 'd158-v-HC-hashnosp-weight',
}
P[:] = [r158_p for r158_p in P if r158_p["id"] not in r158_left_out and r158_p["id"] not in r158_arguable]
