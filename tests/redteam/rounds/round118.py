"""Red-team round 118 (black box, stepcache-s41): the edges of three fixes. (1) linear_equation: dashes the reader
skips glued to a term, minus-like dashes with a blank, the raised decimal point, HTML references -- attacked with
other dashes and dots, invisible/space characters between dash and term, dashes in brackets and on the right-hand
side, markdown/LaTeX escapes, percent-encoding, entities without ';', decimal numeric entities, double escapes,
vulgar fractions, and the dash before the variable in what is asked. (2) JSON extraction, money in a scale: other
currencies and codes, scale words of other languages, money labels not in a list, the scale on a line that is no
field, '000 forms, negative and accounting forms, a unit field in other scripts. (3) JSON extraction, a single word
standing alone in a clause of the instruction: two-word clauses, hyphenated words, other languages, hashtags,
dashes, slashes, quotes, member words and allowed values that are exempt words.
WHAT GOT THROUGH (each confirmed alone on a fresh store, REPORT.md; alone.txt): (A) an EN DASH glued to the variable
in what is asked ("If 2x + 3 = 11, what is –x?", "Then give –x.", "–x = ?", "(–x)", "“–x”", "what is –y?") serves
x's value (the em dash and the other dashes there are refused); (B) a word standing alone after marks other than
"(", ",", ";" and a leading "Word:" -- "#bio", "— bio.", "- bio.", "– bio.", "/bio", "+ bio", "| bio", "→ bio",
"{bio}", "\"bio\"", "«bio»", "‘bio’", "„bio“", "「bio」", "`bio`", "(bio only)", ", only bio.", "; express only." --
is read as no change, so the stored record is reused and the wrong answer stored; (C) a MEMBER'S OWN WORD as the
clause ("(organic)", ", organic.", "Organic: Extract ...", "(gluten free)", "(breakfast)", "(late checkout)", "(vegan)",
"(halal)", "(paid)", "(remote)", "(wheelchair)", "(smoking)") is exempt and sets nothing, so "Organic: no" is served;
"(B&B)" on a breakfast member too; (D) a unit FIELD giving the scale and currency in CJK/Cyrillic/Thai or "Md€"
("Unit: 万元", "Unit: 億円", "Unit: 千円", "Currency: 万円", "Unit: млн руб.", "Unit: 억 원", "Unit: mld zł") keeps
"Budget: 750" stored as 750 and serves it again. Held: every other dash, dot, entity and escape in the equation
(refused or never stored), all inline money scales, money labels, prose/footnote/table scales, negatives.
Arguable probes are marked family r118_arguable (em dash + a blank before the term, urgent/signed as a clause,
'@bio', 'JSON bio.', a scale word with no currency, ...). Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r118_bases = {}
r118_pairs = []
r118_singles = []


# ================================================================ part 1: equations
def r118_base(var, eq, r118_val):
    pr = "Solve for %s: %s. Show each step." % (var, eq)
    if pr not in r118_bases:
        bid = "d118-base-%d" % len(r118_bases)
        r118_bases[pr] = bid
        E(bid, "r118_base", pr, var, r118_val, ["%s\n%s = %s" % (eq, var, r118_val)])
    return r118_bases[pr]


def r118_c(id, core, value, right, mis, var="x", singles=True):
    r = "%s\n%s = %s" % (right[0], var, right[1])
    m = "%s\n%s = %s" % (mis[0], var, mis[1])
    bid = r118_base(var, mis[0], mis[1])
    E("d118-p-" + id, "r118_pair", core + " Show each step.", var, value, [m, r])
    r118_pairs.append((bid, "d118-p-" + id))
    if singles:
        E("d118-s-" + id, "r118_mis", core + " Show your steps.", var, value, [m, r, r])
        r118_singles.append("d118-s-" + id)


def r118_safe(id, core, value, eq, var="x"):
    a = "%s\n%s = %s" % (eq, var, value)
    r118_base(var, eq, value)
    E("d118-safe-" + id, "r118_safe", core + " Show each step.", var, value, [a], safe=True)


r118_F = ("x + 5 = 11", "6")
r118_NF = ("-x + 5 = 11", "-6")
r118_A = ("2x + 3 = 11", "4")
r118_NA = ("-2x + 3 = 11", "-4")
r118_P16 = ("-(x + 5) = 11", "-16")
r118_A7 = ("-7 + x = 1", "8")
r118_mA7 = ("7 + x = 1", "-6")

# 1a. other dashes glued to the first term
r118_glued = [
    ("en", "\u2013"), ("2em", "\u2e3a"), ("3em", "\u2e3b"), ("sem", "\ufe58"), ("vem", "\ufe31"), ("ven", "\ufe32"),
    ("swung", "\u2053"), ("wave", "\u301c"), ("wdash", "\u3030"), ("dobl", "\u2e17"), ("hydi", "\u2e1a"),
    ("dhy", "\u2e40"), ("kata", "\u30a0"), ("arm", "\u058a"), ("maqaf", "\u05be"), ("cans", "\u1400"),
    ("mong", "\u1806"), ("hbul", "\u2043"), ("supm", "\u207b"), ("subm", "\u208b"), ("fwhm", "\uff0d"),
    ("yez", "\U00010ead"), ("minus", "\u2212"), ("tilde", "~"), ("boxh", "\u2500"),
    ("macr", "\u00af"), ("under", "\u2017"), ("ovl", "\u203e"), ("fwmac", "\uffe3"), ("cbar", "\u2796"),
]
r118_glued = [r118_g for r118_g in r118_glued if r118_g[0] in ("en", "2em", "3em", "sem", "arm", "maqaf", "hbul", "supm", "fwhm", "minus",
                                                "boxh", "macr", "wave", "kata", "yez")]
for r118_t, r118_d in r118_glued:
    r118_c(r118_t + "-f", "Solve for x: %sx + 5 = 11." % r118_d, "-6", r118_NF, r118_F,
           singles=r118_t in ("2em", "sem", "macr"))
    if r118_t in ("en", "2em", "3em", "sem", "minus", "fwhm", "supm"):
        r118_c(r118_t + "-par", "Solve for x: %s(x + 5) = 11." % r118_d, "-16", r118_P16, r118_F, singles=False)
    r118_c(r118_t + "-a7", "Solve for x: %s7 + x = 1." % r118_d, "8", r118_A7, r118_mA7, singles=False)

# 1b. em dash / figure dash / hyphen separated from the term by invisible or space characters
r118_seps = [("nbsp", "\u00a0"), ("thin", "\u2009"), ("zwsp", "\u200b"), ("wj", "\u2060"),
             ("tab", "\t"), ("bom", "\ufeff"), ("shy", "\u00ad"), ("ideo", "\u3000"), ("lrm", "\u200e")]
for r118_dn, r118_d in [("em", "\u2014"), ("hy", "\u2010"), ("bar", "\u2015"), ("minus", "\u2212")]:
    for r118_sn, r118_s in r118_seps:
        if r118_dn != "em" and r118_sn not in ("nbsp", "zwsp", "tab", "shy"):
            continue
        r118_c("%s-%s-f" % (r118_dn, r118_sn), "Solve for x: %s%sx + 5 = 11." % (r118_d, r118_s), "-6", r118_NF, r118_F,
               singles=r118_dn == "em" and r118_sn in ("nbsp", "zwsp", "thin", "wj"))
        if r118_dn == "em" and r118_sn in ("nbsp", "zwsp", "thin", "wj", "tab"):
            r118_c("%s-%s-a7" % (r118_dn, r118_sn), "Solve for x: %s%s7 + x = 1." % (r118_d, r118_s), "8", r118_A7, r118_mA7,
                   singles=False)
# an invisible character before the dash, glued to the colon side
r118_c("zw-em-f", "Solve for x: \u200b\u2014x + 5 = 11.", "-6", r118_NF, r118_F)
r118_c("cmb-em-f", "Solve for x: \u2014\u0301x + 5 = 11.", "-6", r118_NF, r118_F, singles=False)
r118_c("vs-em-f", "Solve for x: \u2014\ufe0fx + 5 = 11.", "-6", r118_NF, r118_F, singles=False)
r118_c("cmb-x-f", "Solve for x: \u2014x\u0332 + 5 = 11.", "-6", r118_NF, r118_F, singles=False)

# 1c. the dash inside brackets, quotes, on the right-hand side, or before a later term
r118_EM = "\u2014"
for r118_dn, r118_d in [("em", "\u2014"), ("sem", "\ufe58")]:
    r118_c(r118_dn + "-brk", "Solve for x: (%sx) + 5 = 11." % r118_d, "-6", ("(-x) + 5 = 11", "-6"), ("(x) + 5 = 11", "6"),
           singles=r118_dn == "em")
    r118_c(r118_dn + "-rhs", "Solve for x: x + 5 = %s11." % r118_d, "-16", ("x + 5 = -11", "-16"), r118_F,
           singles=r118_dn == "em")
    r118_c(r118_dn + "-rhs4", "Solve for x: 2x = %s8." % r118_d, "-4", ("2x = -8", "-4"), ("2x = 8", "4"), singles=False)
    r118_c(r118_dn + "-inner", "Solve for x: x + (%s5) = 11." % r118_d, "16", ("x + (-5) = 11", "16"), r118_F,
           singles=r118_dn == "em")
    r118_c(r118_dn + "-sq", "Solve for x: [%sx] + 5 = 11." % r118_d, "-6", ("-x + 5 = 11", "-6"), ("x + 5 = 11", "6"),
           singles=False)
    r118_c(r118_dn + "-mul", "Solve for x: 3 * %sx = 6." % r118_d, "-2", ("3 * -x = 6", "-2"), ("3 * x = 6", "2"),
           singles=False)
    r118_c(r118_dn + "-div", "Solve for x: x / %s2 = 3." % r118_d, "-6", ("x / -2 = 3", "-6"), ("x / 2 = 3", "6"),
           singles=False)
    r118_c(r118_dn + "-bq", "Solve for x: `%sx + 5 = 11`." % r118_d, "-6", r118_NF, r118_F, singles=False)
    r118_c(r118_dn + "-dq", "Solve for x: \"%sx + 5 = 11\"." % r118_d, "-6", r118_NF, r118_F, singles=False)

# 1d. markdown / LaTeX escapes and notation
r118_c("md-esc", "Solve for x: \\-x + 5 = 11.", "-6", r118_NF, r118_F)
r118_c("tex-math", "Solve for x: $-x + 5 = 11$.", "-6", r118_NF, r118_F, singles=False)
r118_c("tex-paren", "Solve for x: \\(-x + 5 = 11\\).", "-6", r118_NF, r118_F, singles=False)
r118_c("tex-text", "Solve for x: $\\text{-}x + 5 = 11$.", "-6", r118_NF, r118_F)
r118_c("tex-neg", "Solve for x: $\\!-\\!x + 5 = 11$.", "-6", r118_NF, r118_F, singles=False)
r118_c("tex-frac", "Solve for x: $\\frac{1}{2}x + 3 = 7$.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"))
r118_c("tex-tfrac", "Solve for x: $\\tfrac12 x + 3 = 7$.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"))
r118_c("tex-dfrac", "Solve for x: \\dfrac{x}{2} + 5 = 11.", "12", ("x/2 + 5 = 11", "12"), ("x + 5 = 11", "6"))
r118_c("tex-mdash", "Solve for x: \\textemdash x + 5 = 11.", "-6", r118_NF, r118_F, singles=False)
r118_c("md-strike", "Solve for x: ~~2~~x + 5 = 11.", "6", r118_F, ("2x + 5 = 11", "3"), singles=False)

# 1e. vulgar fractions (Unicode) beside the variable or as a term
r118_c("vf-half", "Solve for x: \u00bdx + 3 = 7.", "8", ("(1/2)x + 3 = 7", "8"), ("x + 3 = 7", "4"))
r118_c("vf-third", "Solve for x: \u2153x = 2.", "6", ("(1/3)x = 2", "6"), ("x = 2", "2"))
r118_c("vf-q", "Solve for x: \u00bcx + 1 = 2.", "4", ("(1/4)x + 1 = 2", "4"), ("x + 1 = 2", "1"))
r118_c("vf-term", "Solve for x: x + \u00bd = 3.", "5/2", ("x + 1/2 = 3", "5/2"), ("x = 3", "3"))
r118_c("vf-mixed", "Solve for x: x + 1\u00bd = 3.", "3/2", ("x + 3/2 = 3", "3/2"), ("x + 1 = 3", "2"))
r118_c("vf-slash", "Solve for x: x + 1\u20442 = 3.", "5/2", ("x + 1/2 = 3", "5/2"), ("x + 12 = 3", "-9"))
r118_c("vf-sup", "Solve for x: x + \u00b9/\u2082 = 3.", "5/2", ("x + 1/2 = 3", "5/2"), ("x + 1 = 3", "2"), singles=False)
r118_c("vf-rhs", "Solve for x: 2x = \u00be.", "3/8", ("2x = 3/4", "3/8"), ("2x = 3", "3/2"))

# 1f. other decimal separators / dots between digits
r118_dots = [("hyp", "\u2027"), ("kmd", "\u30fb"), ("hkmd", "\uff65"), ("wsep", "\u2e31"), ("ano", "\u0387"),
             ("odl", "\u2024"), ("sfs", "\ufe52"), ("fwfs", "\uff0e"), ("arab", "\u066b"), ("dkey", "\u2396"),
             ("dabv", "\u02d9"), ("bul", "\u2022"), ("ring", "\u2218"), ("comma", ","), ("apos", "'"),
             ("ldot", "\u0701"), ("dotm", "\u2e33")]
r118_dots = [r118_d for r118_d in r118_dots if r118_d[0] in ("hyp", "kmd", "wsep", "ano", "odl", "fwfs", "arab", "comma", "bul")]
for r118_t, r118_d in r118_dots:
    r118_c(r118_t + "-x05", "Solve for x: x + 0%s5 = 3." % r118_d, "5/2", ("x + 0.5 = 3", "5/2"), ("x + 0 = 3", "3"),
           singles=r118_t in ("kmd", "ano", "arab"))
    r118_c(r118_t + "-110", "Solve for x: 2x + 3 = 11%s0." % r118_d, "4", r118_A, ("2x + 3 = 0", "-3/2"), singles=False)
# thousands separators
r118_c("th-apos", "Solve for x: x - 1'000 = 0.", "1000", ("x - 1000 = 0", "1000"), ("x - 1 = 0", "1"))
r118_c("th-thin", "Solve for x: x - 1\u2009000 = 0.", "1000", ("x - 1000 = 0", "1000"), ("x - 1 = 0", "1"))
r118_c("th-rsq", "Solve for x: x - 1\u2019000 = 0.", "1000", ("x - 1000 = 0", "1000"), ("x - 1 = 0", "1"))
r118_c("th-nb", "Solve for x: x - 1\u202f000 = 0.", "1000", ("x - 1000 = 0", "1000"), ("x - 1 = 0", "1"), singles=False)
r118_c("th-us", "Solve for x: x - 1_000 = 0.", "1000", ("x - 1000 = 0", "1000"), ("x - 1 = 0", "1"), singles=False)

# 1g. HTML references: without ';', decimal, double-escaped, named dashes and dots
r118_ents = [
    ("mns", "&minus;", "f"), ("mnsx", "&minus", "f"), ("d8722", "&#8722;", "f"), ("d8722n", "&#8722", "f"),
    ("d45", "&#45;", "f"), ("d045", "&#0045;", "f"), ("hx2212n", "&#x2212", "f"), ("mdash", "&mdash;", "f"),
    ("d8212", "&#8212;", "f"), ("amp", "&amp;minus;", "f"), ("amphx", "&amp;#x2212;", "f"), ("horbar", "&horbar;", "f"),
    ("ndashn", "&ndash", "f"), ("MINUS", "&MINUS;", "f"), ("d65123", "&#65123;", "f"), ("xml", "&#x002D;", "f"),
    ("pct", "%E2%80%94", "f"), ("pct2d", "%2D", "f"), ("pcth", "%E2%88%92", "f"), ("uesc", "\\u2212", "f"),
    ("uesc2", "\\u2014", "f"), ("texm", "&#x2014;", "f"),
]
for r118_t, r118_d, r118_k in r118_ents:
    r118_c("ent-" + r118_t + "-f", "Solve for x: %sx + 5 = 11." % r118_d, "-6", r118_NF, r118_F,
           singles=r118_t in ("mns", "d8722", "amp"))
    if r118_t in ("mns", "d8722", "mdash", "amp", "pct", "uesc"):
        r118_c("ent-" + r118_t + "-a7", "Solve for x: %s7 + x = 1." % r118_d, "8", r118_A7, r118_mA7, singles=False)
r118_fents = [("frac12n", "&frac12", "x + 3 = 7", "8", "(1/2)x + 3 = 7", "x + 3 = 7", "4"),
              ("half", "&half;", "x + 3 = 7", "8", "(1/2)x + 3 = 7", "x + 3 = 7", "4"),
              ("d189", "&#189;", "x + 3 = 7", "8", "(1/2)x + 3 = 7", "x + 3 = 7", "4"),
              ("frac13", "&frac13;", "x = 2", "6", "(1/3)x = 2", "x = 2", "2"),
              ("frac14n", "&frac14", "x + 1 = 2", "4", "(1/4)x + 1 = 2", "x + 1 = 2", "1"),
              ("ampfr", "&amp;frac12;", "x + 3 = 7", "8", "(1/2)x + 3 = 7", "x + 3 = 7", "4"),
              ("x00bd", "&#x00BD;", "x + 3 = 7", "8", "(1/2)x + 3 = 7", "x + 3 = 7", "4")]
for r118_t, r118_d, r118_rest, r118_val, r118_req, r118_meq, r118_mval in r118_fents:
    r118_c("ent-" + r118_t, "Solve for x: %s%s." % (r118_d, r118_rest), r118_val, (r118_req, r118_val), (r118_meq, r118_mval),
           singles=r118_t in ("frac12n", "half", "d189"))
r118_dents = [("mid", "&middot;"), ("midn", "&middot"), ("d183", "&#183;"), ("centerdot", "&centerdot;"),
              ("sdot", "&sdot;"), ("x2219", "&#x2219;"), ("period", "&period;"), ("d46", "&#46;"), ("comma", "&comma;")]
for r118_t, r118_d in r118_dents:
    r118_c("ent-" + r118_t + "-x05", "Solve for x: x + 0%s5 = 3." % r118_d, "5/2", ("x + 0.5 = 3", "5/2"),
           ("x + 0 = 3", "3"), singles=r118_t in ("mid", "d183"))


# 1h. a report of -x: the dash before the variable in what is asked
def r118_emrep(id, base_pr, var_pr, expr="-x", r118_val="-4", var="x", plain="2x + 3 = 11\n2x = 8\nx = 4", xval="4"):
    bid = "d118-eb-" + id
    E(bid, "r118_base", base_pr, var, xval, [plain])
    right = plain + "\n%s = %s" % (expr, r118_val)
    E("d118-er-" + id, "r118_report", var_pr, var, xval, [plain, right, right], report={"expression": expr, "value": r118_val})
    r118_pairs.append((bid, "d118-er-" + id))
    r118_singles.append("d118-er-" + id)


for r118_t, r118_d in [("2em", "\u2e3a"), ("en", "\u2013"), ("ent", "&minus;"), ("emnb", "\u2014\u00a0"),
                       ("hy", "\u2010"), ("minus", "\u2212"), ("macr", "\u00af")]:
    r118_emrep(r118_t + "-find", "Find x if 2x + 3 = 11.", "Find %sx if 2x + 3 = 11." % r118_d)
    r118_emrep(r118_t + "-what", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is %sx?" % r118_d)
r118_emrep("em-paren", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is (\u2014x)?")
r118_emrep("em-give", "Solve for x: 2x + 3 = 11. Then give x.", "Solve for x: 2x + 3 = 11. Then give (\u2014x).")

# 1i. safe variants (the plain equation's answer is right)
r118_safe("para", "Please solve for x: x + 5 = 11.", "6", "x + 5 = 11")
r118_safe("punct-en", "Solve for x \u2013 x + 5 = 11.", "6", "x + 5 = 11")
r118_safe("tail-bar", "Solve for x: x + 5 = 11 \u2015 thanks.", "6", "x + 5 = 11")
r118_safe("dec", "Solve for x: x + 0.5 = 3.", "5/2", "x + 0.5 = 3")
r118_safe("frac", "Solve for x: (1/2)x + 3 = 7.", "8", "(1/2)x + 3 = 7")
r118_safe("nbsp", "Solve for x:\u00a0x + 5 = 11.", "6", "x + 5 = 11")
r118_safe("zwsp", "Solve for x: \u200bx + 5 = 11.", "6", "x + 5 = 11")
r118_safe("ampplus", "Solve for x: &plus;x + 5 = 11.", "6", "x + 5 = 11")
r118_safe("tex", "Solve for x: $x + 5 = 11$.", "6", "x + 5 = 11")


# ================================================================ part 2: money in a scale
r118_groups = []


def r118_group(key, schema, base_prompt, base_expect, variants):
    bid = "d118-%s-base" % key
    J(bid, "r118_%s" % key, base_prompt, schema, base_expect, [base_expect])
    vids = []
    for suf, prompt, exp, first, safe in variants:
        vid = "d118-%s-%s" % (key, suf)
        if first == "BASE":
            first = base_expect
        answers = [first, exp] if first is not None else [exp]
        J(vid, "r118_%s" % key, prompt, schema, exp, answers, safe=safe)
        vids.append(vid)
        if first is not None:
            r118_pairs.append((bid, vid))
    r118_groups.append((bid, vids))


def r118_single(key, schema, prompt, r118_wrong, exp):
    sid = "d118-s-" + key
    J(sid, "r118_single", prompt, schema, exp, [r118_wrong])
    r118_singles.append(sid)


r118_M, r118_K = 1000000, 1000
r118_bud = S({"project": "string", "budget": "integer"})
r118_budI = "Extract project and budget as JSON.\n\nText:\n"
r118_budT = "Project: Harbour Lights\nBudget: {v}\n"
# inline: a currency not in a common list beside a scale that is also a unit symbol
r118_inl = [
    ("chfmm", "CHF 750 mm", 750 * r118_M), ("chfm", "CHF 750m", 750 * r118_M), ("yenm", "\u00a5750 m", 750 * r118_M),
    ("krmm", "750 mm kr", 750 * r118_M), ("zlmm", "750 mm z\u0142", 750 * r118_M), ("brl", "R$ 750 mm", 750 * r118_M),
    ("usd2", "US$750MM", 750 * r118_M), ("usd2l", "US$ 750 mm", 750 * r118_M), ("eurm", "\u20ac750m", 750 * r118_M),
    ("meur", "750m \u20ac", 750 * r118_M), ("cad", "C$750 mm", 750 * r118_M), ("aud", "A$ 750 mm", 750 * r118_M),
    ("hkd", "HK$750 mm", 750 * r118_M), ("sgd", "S$750 mm", 750 * r118_M), ("fr", "Fr. 750 mm", 750 * r118_M),
    ("won", "\u20a9750 m", 750 * r118_M), ("try", "\u20ba750 mm", 750 * r118_M), ("rub", "\u20bd750 mm", 750 * r118_M),
    ("ils", "\u20aa750 mm", 750 * r118_M), ("thb", "\u0e3f750 mm", 750 * r118_M), ("ngn", "\u20a6750 mm", 750 * r118_M),
    ("rsl", "Rs. 750 L", 75000000), ("rsl2", "Rs 750 L", 75000000), ("pkr", "PKR 750 L", 75000000),
    ("npr", "NPR 750 L", 75000000), ("bdt", "\u09f3750 L", 75000000), ("isk", "ISK 750 mm", 750 * r118_M),
    ("huf", "HUF 750 mm", 750 * r118_M), ("czk", "CZK 750 mm", 750 * r118_M), ("zar", "ZAR 750 mm", 750 * r118_M),
    ("mxn", "MXN 750 mm", 750 * r118_M), ("kes", "KES 750 mm", 750 * r118_M), ("xof", "XOF 750 mm", 750 * r118_M),
    ("aed", "AED 750 mm", 750 * r118_M), ("php", "PHP 750 mm", 750 * r118_M), ("uah", "UAH 750 mm", 750 * r118_M),
    ("btc", "BTC 750 k", 750 * r118_K), ("usdt", "USDT 750 mm", 750 * r118_M), ("chfT", "CHF 2 T", 2000000000000),
    ("yenG", "\u00a5750 G", 750000000000), ("eurt", "\u20ac750 t", 750 * r118_K), ("chfk", "CHF 750 K", 750 * r118_K),
    ("dollars", "750 mm dollars", 750 * r118_M), ("euros", "750 mm euros", 750 * r118_M),
    ("bucks", "750 mm bucks", 750 * r118_M), ("rupees", "75 L rupees", 7500000), ("mkr", "750 mkr", 750 * r118_M),
    ("mdkk", "750 mio. kr.", 750 * r118_M), ("yenoku", "7.5\u5104\u5186", 750000000), ("man", "750\u4e07\u5186", 7500000),
    ("keur2", "750 k\u20ac", 750 * r118_K), ("trl", "\u20ac750 tn", 750000000000000), ("lac", "\u20b975 lac", 7500000),
    ("mM", "$750 Mm", 750 * r118_M), ("mil", "$750 mil", 750 * r118_M), ("ML", "$750 ML", 750 * r118_M),
]
r118_group("sc", r118_bud, r118_budI + r118_budT.format(v="750"), {"project": "Harbour Lights", "budget": 750}, [
    (r118_s, r118_budI + r118_budT.format(v=r118_v), {"project": "Harbour Lights", "budget": r118_e}, "BASE", False)
    for r118_s, r118_v, r118_e in r118_inl if r118_s in ("chfmm", "chfm", "yenm", "krmm", "zlmm", "brl", "usd2", "eurm", "meur", "cad", "fr",
                                      "won", "rsl", "pkr", "isk", "huf", "czk", "zar", "php", "btc", "chfT", "yenG",
                                      "dollars", "rupees", "mkr", "yenoku", "man", "keur2", "trl", "lac", "mM", "ML", "sgd")] + [
    ("safe-para", "Give me project and budget as a JSON object.\n\nText:\n" + r118_budT.format(v="750"),
     {"project": "Harbour Lights", "budget": 750}, None, True),
    ("safe-mm", r118_budI + "Project: Harbour Lights\nBudget: 750\nSite width: 750 mm\n",
     {"project": "Harbour Lights", "budget": 750}, None, True),
])
for r118_s, r118_v, r118_e in r118_inl:
    if "750" not in r118_v or r118_s in ("mil", "man", "mdkk") or r118_s not in ("chfmm", "yenm", "krmm", "brl", "usd2", "eurm", "rsl",
                                                               "isk", "php", "dollars", "mkr", "yenoku", "keur2", "ML", "sgd"):
        continue
    r118_single("sc-" + r118_s, r118_bud, "Return project and budget as JSON.\n\nText:\n"
                + r118_budT.format(v=r118_v).replace("Harbour Lights", "Quay Renewal"),
                {"project": "Quay Renewal", "budget": 750}, {"project": "Quay Renewal", "budget": r118_e})

# money labels not in a list, with a scale that is also a unit (no currency sign)
r118_lbls = [("turnover", "Turnover"), ("umsatz", "Umsatz"), ("pris", "Pris"), ("honorarium", "Honorarium"),
             ("rate", "Rate"), ("bid", "Bid"), ("offer", "Offer"), ("payout", "Payout"), ("dividend", "Dividend"),
             ("grant", "Grant"), ("loan", "Loan"), ("valuation", "Valuation"), ("capex", "Capex"),
             ("funding", "Funding"), ("proceeds", "Proceeds"), ("settlement", "Settlement"), ("aum", "AUM"),
             ("ebitda", "EBITDA"), ("spend", "Spend"), ("premium", "Premium")]
r118_lbls = [r118_l for r118_l in r118_lbls if r118_l[0] in ("turnover", "umsatz", "honorarium", "dividend", "loan")]
for r118_k, r118_l in r118_lbls:
    r118_sch = S({"company": "string", r118_k: "integer"})
    r118_ins = "Extract company and %s as JSON.\n\nText:\n" % r118_k
    for r118_sfx, r118_v, r118_e in [("chf", "CHF 750 mm", 750 * r118_M)]:
        r118_single("lb-%s-%s" % (r118_k, r118_sfx), r118_sch, r118_ins + "Company: Norrvik AB\n%s: %s\n" % (r118_l, r118_v),
                    {"company": "Norrvik AB", r118_k: 750}, {"company": "Norrvik AB", r118_k: r118_e})
    r118_group("lb-" + r118_k, r118_sch, r118_ins + "Company: Norrvik AB\n%s: 750\n" % r118_l,
               {"company": "Norrvik AB", r118_k: 750}, [
                   ("mm", r118_ins + "Company: Norrvik AB\n%s: $750mm\n" % r118_l,
                    {"company": "Norrvik AB", r118_k: 750 * r118_M}, "BASE", False),
                   ("chf", r118_ins + "Company: Norrvik AB\n%s: CHF 750 mm\n" % r118_l,
                    {"company": "Norrvik AB", r118_k: 750 * r118_M}, "BASE", False),
               ])

# the scale stated once for the record, on a line that is no field, or in an unusual field/label
r118_rec = [
    ("prose", "All amounts in USD millions.\nProject: Harbour Lights\nBudget: 750\n", 750 * r118_M),
    ("prose2", "Project: Harbour Lights\nBudget: 750\n\nAll figures are in CHF millions.\n", 750 * r118_M),
    ("fn", "Project: Harbour Lights\nBudget*: 750\n\n* in $MM\n", 750 * r118_M),
    ("fn2", "Project: Harbour Lights\nBudget\u00b9: 750\n\n\u00b9 USD thousands\n", 750 * r118_K),
    ("md", "| Project | Budget ($MM) |\n|---|---|\n| Harbour Lights | 750 |\n", 750 * r118_M),
    ("md2", "| Project | Budget (USD '000) |\n|---|---|\n| Harbour Lights | 750 |\n", 750 * r118_K),
    ("csv", "project,budget_usd_mm\nHarbour Lights,750\n", 750 * r118_M),
    ("k000", "Project: Harbour Lights\nBudget ($'000): 750\n", 750 * r118_K),
    ("k000b", "Project: Harbour Lights\nBudget (000s): 750\n", 750 * r118_K),
    ("k000c", "Project: Harbour Lights\nBudget, USD 000: 750\n", 750 * r118_K),
    ("kusd", "Project: Harbour Lights\nBudget (KUSD): 750\n", 750 * r118_K),
    ("tusd", "Project: Harbour Lights\nBudget (TUSD): 750\n", 750 * r118_K),
    ("musd", "Project: Harbour Lights\nBudget (MUSD): 750\n", 750 * r118_M),
    ("mdol", "Project: Harbour Lights\nBudget (M$): 750\n", 750 * r118_M),
    ("kdol", "Project: Harbour Lights\nBudget (k$): 750\n", 750 * r118_K),
    ("milusd", "Project: Harbour Lights\nBudget (mil. USD): 750\n", 750 * r118_M),
    ("words", "Project: Harbour Lights\nBudget (in thousands of dollars): 750\n", 750 * r118_K),
    ("sqb", "Project: Harbour Lights\nBudget [CHF m]: 750\n", 750 * r118_M),
    ("slash", "Project: Harbour Lights\nBudget/EUR m: 750\n", 750 * r118_M),
    ("repcur", "Reporting currency: CHF m\nProject: Harbour Lights\nBudget: 750\n", 750 * r118_M),
    ("curunit", "Project: Harbour Lights\nBudget: 750\nCurrency/unit: EUR thousands\n", 750 * r118_K),
    ("wahr", "Projekt: Harbour Lights\nBudget: 750\nW\u00e4hrung: TEUR\n", 750 * r118_K),
    ("valuta", "Project: Harbour Lights\nBudget: 750\nValuta: MSEK\n", 750 * r118_M),
    ("statedin", "Project: Harbour Lights\nBudget: 750\nStated in: $000s\n", 750 * r118_K),
    ("amin", "Amounts in: US$ mm\nProject: Harbour Lights\nBudget: 750\n", 750 * r118_M),
    ("yenman", "Project: Harbour Lights\nBudget: 750\nUnit: \u4e07\u5186\n", 7500000),
    ("paren", "(USD millions)\nProject: Harbour Lights\nBudget: 750\n", 750 * r118_M),
    ("hdr", "BUDGETS IN $MM\nProject: Harbour Lights\nBudget: 750\n", 750 * r118_M),
    ("yaml", "project: Harbour Lights\nbudget: 750  # USD mm\n", 750 * r118_M),
    ("note", "Project: Harbour Lights\nBudget: 750\nNote: budget figures are in $ millions\n", 750 * r118_M),
    ("crore", "Project: Harbour Lights\nBudget: 75\n(\u20b9 in crore)\n", 750000000),
]
J("d118-sc75-base", "r118_base", r118_budI + "Project: Harbour Lights\nBudget: 75\n", r118_bud,
  {"project": "Harbour Lights", "budget": 75}, [{"project": "Harbour Lights", "budget": 75}])
for r118_k, r118_t, r118_e in r118_rec:
    r118_base_t = "Project: Harbour Lights\nBudget: 750\n" if r118_k not in ("csv", "md", "md2", "yaml", "crore") else None
    r118_bv = 75 if r118_k == "crore" else 750
    if r118_k in ("prose", "fn", "md", "csv", "k000", "kusd", "musd", "mdol", "sqb", "repcur", "wahr", "statedin", "yenman",
                  "hdr", "yaml", "crore"):
        r118_single("rec-" + r118_k, r118_bud, "Return project and budget as JSON.\n\nText:\n" + r118_t,
                {"project": "Harbour Lights", "budget": r118_bv}, {"project": "Harbour Lights", "budget": r118_e})
    # pair against the plain stored base (same label, same number)
    J("d118-recp-" + r118_k, "r118_recpair", r118_budI + r118_t, r118_bud, {"project": "Harbour Lights", "budget": r118_e},
      [{"project": "Harbour Lights", "budget": r118_bv}, {"project": "Harbour Lights", "budget": r118_e}])
    r118_pairs.append(("d118-sc-base" if r118_bv == 750 else "d118-sc75-base", "d118-recp-" + r118_k))

# negative and accounting forms with a scale
r118_bal = S({"account": "string", "net_income": "integer"})
r118_balI = "Extract account and net_income as JSON.\n\nText:\n"
r118_neg = [("paren", "($750MM)", -750 * r118_M), ("minus", "-$750MM", -750 * r118_M), ("pin", "$(750)MM", -750 * r118_M),
            ("loss", "$750MM loss", -750 * r118_M), ("umin", "\u2212$750 mm", -750 * r118_M),
            ("cr", "CHF 750 mm CR", 750 * r118_M), ("dr", "CHF 750 mm DR", -750 * r118_M),
            ("trail", "750MM-", -750 * r118_M), ("chfpar", "(CHF 750 mm)", -750 * r118_M),
            ("eurm", "-\u20ac750m", -750 * r118_M), ("lakh", "(\u20b975 L)", -7500000)]
r118_group("neg", r118_bal, r118_balI + "Account: Ops-7\nNet income: -750\n", {"account": "Ops-7", "net_income": -750}, [
    (r118_s, r118_balI + "Account: Ops-7\nNet income: %s\n" % r118_v, {"account": "Ops-7", "net_income": r118_e}, "BASE", False)
    for r118_s, r118_v, r118_e in r118_neg if "750" in r118_v])
for r118_s, r118_v, r118_e in [r118_n for r118_n in r118_neg if r118_n[0] in ("paren", "loss", "dr", "trail", "lakh")]:
    r118_wrong = -750 if r118_e < 0 else 750
    if r118_s == "lakh":
        r118_wrong = -75
    r118_single("neg-" + r118_s, r118_bal, "Return account and net_income as JSON.\n\nText:\nAccount: Ops-9\nNet income: %s\n" % r118_v,
                {"account": "Ops-9", "net_income": r118_wrong}, {"account": "Ops-9", "net_income": r118_e})


# ================================================================ part 3: a single word standing alone in a clause
r118_fl = S({"flour": "string", "pack_price": "number", "quantity": "integer", "organic": "boolean",
             "gluten_free": "boolean"})
r118_flT = "\n\nRecord:\nFlour: spelt\nPack price: 5.40\nQuantity: 6\nOrganic: no\nGluten free: no\n"
r118_flB = {"flour": "spelt", "pack_price": 5.4, "quantity": 6, "organic": False, "gluten_free": False}
r118_flO = dict(r118_flB, organic=True)
r118_flG = dict(r118_flB, gluten_free=True)
r118_sh = S({"shipment": "string", "boxes": "integer", "weight": "number", "urgent": "boolean",
             "carrier": {"type": "string", "enum": ["ups", "dhl", "fedex"]}})
r118_shT = "\n\nRecord:\nShipment: QX-5120\nBoxes: 4\nWeight: 18.2 kg\nUrgent: no\nCarrier: ups\n"
r118_shB = {"shipment": "QX-5120", "boxes": 4, "weight": 18.2, "urgent": False, "carrier": "ups"}
r118_shU = dict(r118_shB, urgent=True)

r118_wo = [  # (suffix, instruction) -> organic true
    ("bio2", "Extract the record as JSON (bio certified)."), ("cbio", "Extract the record as JSON (certified bio)."),
    ("bio2c", "Extract the record as JSON, bio certified."), ("biohy", "Extract the record as JSON (bio-certified)."),
    ("eco", "Extract the record as JSON (eco)."), ("oeko", "Extract the record as JSON (\u00f6ko)."),
    ("oekol", "Extract the record as JSON (\u00f6kologisch)."), ("biolog", "Extract the record as JSON (biologico)."),
    ("organico", "Extract the record as JSON (org\u00e1nico)."), ("organic", "Extract the record as JSON (organic)."),
    ("organicc", "Extract the record as JSON, organic."), ("organicpre", "Organic: Extract the record as JSON."),
    ("hash", "Extract the record as JSON #bio"), ("hash2", "Extract the record as JSON. #organic"),
    ("dash", "Extract the record as JSON \u2014 bio."), ("dash2", "Extract the record as JSON - bio."),
    ("slash", "Extract the record as JSON/bio."), ("plus", "Extract the record as JSON + bio."),
    ("sqb", "Extract the record as JSON [bio]."), ("curly", "Extract the record as JSON {bio}."),
    ("quote", "Extract the record as JSON \"bio\"."), ("guil", "Extract the record as JSON \u00abbio\u00bb."),
    ("excl", "Extract the record as JSON. Bio!"), ("ques", "Bio? Extract the record as JSON."),
    ("emoji", "Extract the record as JSON (bio \U0001F331)."), ("jp", "Extract the record as JSON\uff08\u30aa\u30fc\u30ac\u30cb\u30c3\u30af\uff09."),
    ("colon", "Extract the record as JSON: bio."), ("semi2", "Extract the record as JSON; bio only."),
    ("usda", "Extract the record as JSON (USDA-organic)."), ("bioq", "Extract the record as JSON ('bio')."),
    ("nl", "Extract the record as JSON.\nbio"), ("ital", "Extract the record as JSON (*bio*)."),
]
r118_group("fl", r118_fl, "Extract the record as JSON." + r118_flT, r118_flB, [
    (r118_s, r118_ins + r118_flT, r118_flO, "BASE", False) for r118_s, r118_ins in r118_wo] + [
    ("gf", "Extract the record as JSON (gluten-free)." + r118_flT, r118_flG, "BASE", False),
    ("gf2", "Extract the record as JSON (gluten free)." + r118_flT, r118_flG, "BASE", False),
    ("gf3", "Extract the record as JSON, GF." + r118_flT, r118_flG, "BASE", False),
    ("gf4", "Extract the record as JSON (sans gluten)." + r118_flT, r118_flG, "BASE", False),
    ("safe-thx", "Extract the record as JSON (thanks)." + r118_flT, r118_flB, None, True),
    ("safe-please", "Extract the record as JSON, please." + r118_flT, r118_flB, None, True),
    ("safe-only", "Extract the record as JSON (JSON only)." + r118_flT, r118_flB, None, True),
    ("safe-full", "Extract the record as JSON, in full." + r118_flT, r118_flB, None, True),
    ("safe-rec", "Extract the record (spelt) as JSON." + r118_flT, r118_flB, None, True),
])
for r118_s, r118_ins in [r118_w for r118_w in r118_wo if r118_w[0] in ("bio2", "organic", "organicc", "organicpre", "hash", "dash", "slash", "quote")]:
    r118_single("fl-" + r118_s, r118_fl, r118_ins.replace("the record", "this record") + r118_flT, r118_flB, r118_flO)

r118_wu = [
    ("sameday", "Extract the record as JSON (same-day)."), ("nextday", "Extract the record as JSON, next day."),
    ("nextday2", "Extract the record as JSON (next-day)."), ("rush", "Extract the record as JSON (rush)."),
    ("asap", "Extract the record as JSON (ASAP!)."), ("eilig", "Extract the record as JSON (eilig)."),
    ("urgente", "Extract the record as JSON (urgente)."), ("pilne", "Extract the record as JSON (pilne)."),
    ("shikyu", "Extract the record as JSON\uff08\u81f3\u6025\uff09."), ("prio", "Extract the record as JSON (priority)."),
    ("hashx", "Extract the record as JSON #express"), ("dashx", "Extract the record as JSON \u2014 express."),
    ("slashx", "Extract the record as JSON/express."), ("urgent", "Extract the record as JSON (urgent)."),
    ("urgentc", "Extract the record as JSON, urgent."), ("urgentpre", "Urgent: Extract the record as JSON."),
    ("rocket", "Extract the record as JSON \U0001F680 express"), ("overnight", "Extract the record as JSON (overnight)."),
    ("expedited", "Extract the record as JSON (expedited)."), ("express2", "Extract the record as JSON (express delivery)."),
    ("expresspost", "Extract the record as JSON (Expresspost)."), ("fast", "Extract the record as JSON (fast-track)."),
    ("hot", "Extract the record as JSON (HOT)."), ("sos", "Extract the record as JSON (SOS)."),
    ("blitz", "Extract the record as JSON (Blitz)."), ("cito", "Extract the record as JSON (cito)."),
    ("stat", "Extract the record as JSON (STAT)."), ("ex2", "Extract the record as JSON (Express-Versand)."),
]
r118_group("sh", r118_sh, "Extract the record as JSON." + r118_shT, r118_shB, [
    (r118_s, r118_ins + r118_shT, r118_shU, "BASE", False) for r118_s, r118_ins in r118_wu] + [
    ("dhl", "Extract the record as JSON (dhl)." + r118_shT, dict(r118_shB, carrier="dhl"), "BASE", False),
    ("fedex", "Extract the record as JSON, FedEx." + r118_shT, dict(r118_shB, carrier="fedex"), "BASE", False),
    ("dhl2", "Extract the record as JSON (via DHL)." + r118_shT, dict(r118_shB, carrier="dhl"), "BASE", False),
    ("dhlhash", "Extract the record as JSON #DHL" + r118_shT, dict(r118_shB, carrier="dhl"), "BASE", False),
    ("safe-thx", "Extract the record as JSON (thank you)." + r118_shT, r118_shB, None, True),
    ("safe-brief", "Extract the record as JSON, briefly." + r118_shT, r118_shB, None, True),
    ("safe-kg", "Extract the record as JSON (kg)." + r118_shT, r118_shB, None, True),
])
for r118_s, r118_ins in [r118_w for r118_w in r118_wu if r118_w[0] in ("sameday", "rush", "hashx", "dashx", "slashx", "urgent", "urgentc", "urgentpre")]:
    r118_single("sh-" + r118_s, r118_sh, r118_ins.replace("the record", "this record") + r118_shT, r118_shB, r118_shU)

# exempt words that are allowed values: units, courtesies, form words, part names
r118_tk = S({"passenger": "string", "seat": "string", "fare_class": {"type": "string", "enum": ["economy", "business", "first"]}})
r118_tkT = "\n\nRecord:\nPassenger: Oda Lien\nSeat: 14C\nFare class: economy\n"
r118_tkB = {"passenger": "Oda Lien", "seat": "14C", "fare_class": "economy"}
r118_pk = S({"item": "string", "qty": "integer", "unit": {"type": "string", "enum": ["piece", "box", "kg", "pack"]}})
r118_pkT = "\n\nRecord:\nItem: screws M4\nQty: 3\nUnit: piece\n"
r118_pkB = {"item": "screws M4", "qty": 3, "unit": "piece"}
r118_dc = S({"doc": "string", "format": {"type": "string", "enum": ["summary", "full", "brief"]}, "signed": "boolean"})
r118_dcT = "\n\nRecord:\nDoc: Lease 22\nFormat: full\nSigned: no\n"
r118_dcB = {"doc": "Lease 22", "format": "full", "signed": False}
r118_group("tk", r118_tk, "Extract the record as JSON." + r118_tkT, r118_tkB, [
    ("first", "Extract the record as JSON, first." + r118_tkT, dict(r118_tkB, fare_class="first"), "BASE", False),
    ("firstp", "Extract the record as JSON (first)." + r118_tkT, dict(r118_tkB, fare_class="first"), "BASE", False),
    ("biz", "Extract the record as JSON (business)." + r118_tkT, dict(r118_tkB, fare_class="business"), "BASE", False),
    ("firstpre", "First: Extract the record as JSON." + r118_tkT, dict(r118_tkB, fare_class="first"), "BASE", False),
    ("firsth", "Extract the record as JSON \u2014 first." + r118_tkT, dict(r118_tkB, fare_class="first"), "BASE", False),
    ("safe-first", "First, extract the record as JSON." + r118_tkT, r118_tkB, None, True),
])
r118_group("pk", r118_pk, "Extract the record as JSON." + r118_pkT, r118_pkB, [
    ("box", "Extract the record as JSON (box)." + r118_pkT, dict(r118_pkB, unit="box"), "BASE", False),
    ("boxc", "Extract the record as JSON, box." + r118_pkT, dict(r118_pkB, unit="box"), "BASE", False),
    ("pack", "Extract the record as JSON (pack)." + r118_pkT, dict(r118_pkB, unit="pack"), "BASE", False),
    ("kg", "Extract the record as JSON (kg)." + r118_pkT, dict(r118_pkB, unit="kg"), "BASE", False),
    ("boxes", "Extract the record as JSON (boxes)." + r118_pkT, dict(r118_pkB, unit="box"), "BASE", False),
])
r118_group("dc", r118_dc, "Extract the record as JSON." + r118_dcT, r118_dcB, [
    ("summary", "Extract the record as JSON (summary)." + r118_dcT, dict(r118_dcB, format="summary"), "BASE", False),
    ("brief", "Extract the record as JSON, brief." + r118_dcT, dict(r118_dcB, format="brief"), "BASE", False),
    ("signed", "Extract the record as JSON (signed)." + r118_dcT, dict(r118_dcB, signed=True), "BASE", False),
    ("signedc", "Extract the record as JSON, signed." + r118_dcT, dict(r118_dcB, signed=True), "BASE", False),
    ("signedpre", "Signed: Extract the record as JSON." + r118_dcT, dict(r118_dcB, signed=True), "BASE", False),
])
for r118_s, r118_ins, r118_B, r118_R, r118_sch, r118_T in [
    ("tk-first", "Extract this record as JSON, first.", r118_tkB, dict(r118_tkB, fare_class="first"), r118_tk, r118_tkT),
    ("tk-biz", "Extract this record as JSON (business).", r118_tkB, dict(r118_tkB, fare_class="business"), r118_tk, r118_tkT),
    ("pk-box", "Extract this record as JSON (box).", r118_pkB, dict(r118_pkB, unit="box"), r118_pk, r118_pkT),
    ("pk-kg", "Extract this record as JSON (kg).", r118_pkB, dict(r118_pkB, unit="kg"), r118_pk, r118_pkT),
    ("dc-summary", "Extract this record as JSON (summary).", r118_dcB, dict(r118_dcB, format="summary"), r118_dc, r118_dcT),
    ("dc-signed", "Extract this record as JSON (signed).", r118_dcB, dict(r118_dcB, signed=True), r118_dc, r118_dcT),
]:
    r118_single("w-" + r118_s, r118_sch, r118_ins + r118_T, r118_B, r118_R)

# ================================================================ wave 2: the shapes that got through in wave 1, widened
# 2a. an en dash glued to the variable in what is asked
r118_EN = "\u2013"
for r118_t, r118_pr, r118_vp in [
    ("en2-whatis", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is %sx?"),
    ("en2-give", "Solve for x: 2x + 3 = 11. Then give x.", "Solve for x: 2x + 3 = 11. Then give %sx."),
    ("en2-report", "Solve for x: 2x + 3 = 11. Report x.", "Solve for x: 2x + 3 = 11. Report %sx."),
    ("en2-eqq", "If 2x + 3 = 11, x = ?", "If 2x + 3 = 11, %sx = ?"),
    ("en2-equals", "If 2x + 3 = 11, then x equals what?", "If 2x + 3 = 11, then %sx equals what?"),
    ("en2-value", "Find the value of x if 2x + 3 = 11.", "Find the value of %sx if 2x + 3 = 11."),
    ("en2-quoted", "Solve for x: 2x + 3 = 11. Give \u201cx\u201d.", "Solve for x: 2x + 3 = 11. Give \u201c%sx\u201d."),
    ("en2-paren", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is (%sx)?"),
    ("en2-whatsp", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is %s x?"),
    ("en2-tell", "Given 2x + 3 = 11, tell me x.", "Given 2x + 3 = 11, tell me %sx."),
    ("en2-whats", "If 2x + 3 = 11, what's x?", "If 2x + 3 = 11, what's %sx?"),
    ("en2-state", "Solve for x: 2x + 3 = 11 and state x.", "Solve for x: 2x + 3 = 11 and state %sx."),
]:
    r118_emrep(r118_t, r118_pr, r118_vp % r118_EN)
r118_emrep("en2-y", "If 3y - 1 = 8, what is y?", "If 3y - 1 = 8, what is %sy?" % r118_EN, expr="-y", r118_val="-3", var="y",
           plain="3y - 1 = 8\n3y = 9\ny = 3", xval="3")
for r118_t, r118_d in [("emtab", "\u2014\t"), ("bar", "\u2015"), ("fig", "\u2012"), ("nbh", "\u2011"), ("shm", "\ufe63"),
                       ("hvy", "\u2796"), ("mod", "\u02d7"), ("entnd", "&ndash;"), ("d8211", "&#8211;"), ("entntab", "\u2013\t")]:
    r118_emrep(r118_t + "-what2", "If 2x + 3 = 11, what is x?", "If 2x + 3 = 11, what is %sx?" % r118_d)
# 2b. an em dash followed by other blanks before the first term
for r118_sn, r118_s in [("sp", " "), ("vt", "\v"), ("ff", "\f"), ("ensp", "\u2002"), ("emsp", "\u2003"),
                        ("figsp", "\u2007"), ("mmsp", "\u205f"), ("ogham", "\u1680"), ("tab2", "\t\t"), ("sptab", " \t"),
                        ("cr", "\r")]:  # U+0085 left out: a raw NEL in the output breaks check.py's splitlines
    r118_c("em2-%s-f" % r118_sn, "Solve for x: \u2014%sx + 5 = 11." % r118_s, "-6", r118_NF, r118_F, singles=False)
    r118_c("em2-%s-a7" % r118_sn, "Solve for x: \u2014%s7 + x = 1." % r118_s, "8", r118_A7, r118_mA7, singles=False)
for r118_dn, r118_d in [("en", "\u2013"), ("bar", "\u2015"), ("2em", "\u2e3a"), ("sem", "\ufe58")]:
    for r118_sn, r118_s in [("tab", "\t"), ("sp", " ")]:
        r118_c("%s2-%s-f" % (r118_dn, r118_sn), "Solve for x: %s%sx + 5 = 11." % (r118_d, r118_s), "-6", r118_NF, r118_F,
               singles=False)
r118_c("em2-tab-if", "Find x if \u2014\tx + 5 = 11.", "-6", r118_NF, r118_F, singles=False)
r118_c("em2-tab-rhs", "Solve for x: x + 5 = \u2014\t11.", "-16", ("x + 5 = -11", "-16"), r118_F, singles=False)
r118_c("em2-tab-par", "Solve for x: \u2014\t(x + 5) = 11.", "-16", r118_P16, r118_F, singles=False)

# 2c. a word standing alone, in other marks (organic / urgent)
r118_wo2 = [
    ("angle", "Extract the record as JSON <bio>."), ("under", "Extract the record as JSON _bio_."),
    ("pipe", "Extract the record as JSON | bio."), ("arrow", "Extract the record as JSON \u2192 bio."),
    ("fat", "Extract the record as JSON => bio."), ("amp", "Extract the record as JSON & bio."),
    ("at", "Extract the record as JSON @bio."), ("ell", "Extract the record as JSON \u2026 bio."),
    ("bull", "Extract the record as JSON \u2022 bio."), ("endash", "Extract the record as JSON \u2013 bio."),
    ("dd", "Extract the record as JSON -- bio."), ("colhash", "Extract the record as JSON: #bio"),
    ("parhash", "Extract the record as JSON (#bio)."), ("tick", "Extract the record as JSON `bio`."),
    ("sq", "Extract the record as JSON \u2018bio\u2019."), ("low9", "Extract the record as JSON \u201ebio\u201c."),
    ("cjk", "Extract the record as JSON \u300cbio\u300d."), ("star", "Extract the record as JSON*bio."),
    ("commahash", "Extract the record as JSON, #bio."), ("plus2", "Extract the record as JSON +bio."),
    ("nopunct", "Extract the record as JSON bio."), ("tilde", "Extract the record as JSON ~ bio."),
    ("only2", "Extract the record as JSON (bio only)."), ("only3", "Extract the record as JSON, only bio."),
    ("please", "Extract the record as JSON (bio, please)."), ("also", "Extract the record as JSON; also bio."),
    ("too", "Extract the record as JSON; bio too."), ("yes", "Extract the record as JSON; bio yes."),
    ("excl2", "Extract the record as JSON; bio!!"), ("hashtag2", "Extract the record as JSON #bio #spelt"),
    ("slash2", "Extract the record as JSON / bio."), ("bslash", "Extract the record as JSON \\ bio."),
    ("ORG", "Extract the record as JSON (ORGANIC)."), ("orgsemi", "Extract the record as JSON; organic."),
    ("orgsq", "Extract the record as JSON [organic]."), ("orgexcl", "Extract the record as JSON. Organic!"),
    ("orghash", "Extract the record as JSON #organic"), ("orgdash", "Extract the record as JSON \u2014 organic."),
    ("orgslash", "Extract the record as JSON/organic."), ("orgquote", "Extract the record as JSON \"organic\"."),
]
r118_group("fl2", r118_fl, "Extract the record as JSON." + r118_flT, r118_flB, [
    (r118_s, r118_ins + r118_flT, r118_flO, "BASE", False) for r118_s, r118_ins in r118_wo2] + [
    ("gfsemi", "Extract the record as JSON; gluten-free." + r118_flT, r118_flG, "BASE", False),
    ("gfhash", "Extract the record as JSON #glutenfree" + r118_flT, r118_flG, "BASE", False),
    ("gfdash", "Extract the record as JSON \u2014 gluten-free." + r118_flT, r118_flG, "BASE", False),
    ("gfslash", "Extract the record as JSON/gluten-free." + r118_flT, r118_flG, "BASE", False),
    ("GF", "Extract the record as JSON (GF)." + r118_flT, r118_flG, "BASE", False),
    ("safe-thx2", "Extract the record as JSON \u2014 thanks." + r118_flT, r118_flB, None, True),
    ("safe-hashjson", "Extract the record as JSON #json" + r118_flT, r118_flB, None, True),
    ("safe-slash", "Extract the record as JSON/YAML-free output." + r118_flT, r118_flB, None, True),
])
for r118_s, r118_ins in r118_wo2:
    if r118_s in ("pipe", "arrow", "at", "endash", "tick", "nopunct", "only2"):
        r118_single("fl2-" + r118_s, r118_fl, r118_ins.replace("the record", "this record") + r118_flT, r118_flB, r118_flO)
r118_wu2 = [
    ("pipe", "Extract the record as JSON | express."), ("arrow", "Extract the record as JSON \u2192 express."),
    ("plus", "Extract the record as JSON + express."), ("quote", "Extract the record as JSON \"express\"."),
    ("curly", "Extract the record as JSON {express}."), ("guil", "Extract the record as JSON \u00abexpress\u00bb."),
    ("endash", "Extract the record as JSON \u2013 express."), ("hy", "Extract the record as JSON - express."),
    ("only", "Extract the record as JSON; express only."), ("at", "Extract the record as JSON @express."),
    ("nopunct", "Extract the record as JSON express."), ("tick", "Extract the record as JSON `express`."),
    ("hashrush", "Extract the record as JSON #rush"), ("dashasap", "Extract the record as JSON \u2014 ASAP."),
    ("hashsame", "Extract the record as JSON #sameday"), ("slashprio", "Extract the record as JSON/priority."),
]
r118_group("sh2", r118_sh, "Extract the record as JSON." + r118_shT, r118_shB, [
    (r118_s, r118_ins + r118_shT, r118_shU, "BASE", False) for r118_s, r118_ins in r118_wu2] + [
    ("dhldash", "Extract the record as JSON \u2014 DHL." + r118_shT, dict(r118_shB, carrier="dhl"), "BASE", False),
    ("dhlslash", "Extract the record as JSON/dhl." + r118_shT, dict(r118_shB, carrier="dhl"), "BASE", False),
    ("fedexhash", "Extract the record as JSON #fedex" + r118_shT, dict(r118_shB, carrier="fedex"), "BASE", False),
    ("safe-thx", "Extract the record as JSON \u2014 thank you." + r118_shT, r118_shB, None, True),
])
for r118_s, r118_ins in [r118_w for r118_w in r118_wu2 if r118_w[0] in ("pipe", "arrow", "plus", "quote", "endash", "hy", "only", "nopunct")]:
    r118_single("sh2-" + r118_s, r118_sh, r118_ins.replace("the record", "this record") + r118_shT, r118_shB, r118_shU)
# a boolean member whose word is plain English (a third schema): member word and synonyms in marks
r118_rm = S({"guest": "string", "nights": "integer", "breakfast": "boolean", "late_checkout": "boolean"})
r118_rmT = "\n\nRecord:\nGuest: Ines Duarte\nNights: 3\nBreakfast: no\nLate checkout: no\n"
r118_rmB = {"guest": "Ines Duarte", "nights": 3, "breakfast": False, "late_checkout": False}
r118_rmX = dict(r118_rmB, breakfast=True)
r118_rmL = dict(r118_rmB, late_checkout=True)
r118_group("rm", r118_rm, "Extract the record as JSON." + r118_rmT, r118_rmB, [
    ("bf", "Extract the record as JSON (breakfast)." + r118_rmT, r118_rmX, "BASE", False),
    ("bfc", "Extract the record as JSON, breakfast." + r118_rmT, r118_rmX, "BASE", False),
    ("bfhash", "Extract the record as JSON #breakfast" + r118_rmT, r118_rmX, "BASE", False),
    ("bfdash", "Extract the record as JSON \u2014 breakfast." + r118_rmT, r118_rmX, "BASE", False),
    ("bb", "Extract the record as JSON (B&B)." + r118_rmT, r118_rmX, "BASE", False),
    ("bbdash", "Extract the record as JSON \u2014 B&B." + r118_rmT, r118_rmX, "BASE", False),
    ("bbslash", "Extract the record as JSON/B&B." + r118_rmT, r118_rmX, "BASE", False),
    ("bbhash", "Extract the record as JSON #BnB" + r118_rmT, r118_rmX, "BASE", False),
    ("frueh", "Extract the record as JSON (Fr\u00fchst\u00fcck)." + r118_rmT, r118_rmX, "BASE", False),
    ("lco", "Extract the record as JSON (late checkout)." + r118_rmT, r118_rmL, "BASE", False),
    ("lcodash", "Extract the record as JSON \u2014 late checkout." + r118_rmT, r118_rmL, "BASE", False),
    ("lcohy", "Extract the record as JSON (late-checkout)." + r118_rmT, r118_rmL, "BASE", False),
    ("safe-thx", "Extract the record as JSON (merci)." + r118_rmT, r118_rmB, None, True),
])
for r118_s, r118_ins in [("bf", "Extract this record as JSON (breakfast)."), ("bbdash", "Extract this record as JSON \u2014 B&B."),
               ("bfhash", "Extract this record as JSON #breakfast"), ("lco", "Extract this record as JSON (late checkout).")]:
    r118_single("rm-" + r118_s, r118_rm, r118_ins + r118_rmT, r118_rmB, r118_rmL if "lco" in r118_s else r118_rmX)

# ================================================================ wave 3: the same shapes on other schemas and expressions
# 3a. an en dash (and others) as the minus inside an expression asked for
for r118_t, r118_vp, r118_ex, r118_v in [
    ("xm1", "If 2x + 3 = 11, what is x\u20131?", "x - 1", "3"), ("xm1s", "If 2x + 3 = 11, what is x \u2013 1?", "x - 1", "3"),
    ("10mx", "If 2x + 3 = 11, what is 10\u2013x?", "10 - x", "6"), ("10mxs", "If 2x + 3 = 11, what is 10 \u2013 x?", "10 - x", "6"),
    ("xm1em", "If 2x + 3 = 11, what is x\u20141?", "x - 1", "3"), ("xm1u", "If 2x + 3 = 11, what is x \u2212 1?", "x - 1", "3"),
    ("xm1hy", "If 2x + 3 = 11, what is x \u2010 1?", "x - 1", "3"), ("xm1bar", "If 2x + 3 = 11, what is x\u20151?", "x - 1", "3"),
    ("givexm1", "Solve for x: 2x + 3 = 11. Then give x \u2013 1.", "x - 1", "3"),
    ("2xm1", "If 2x + 3 = 11, what is 2x\u20131?", "2x - 1", "7"),
]:
    r118_emrep("ex-" + r118_t, "If 2x + 3 = 11, what is x?" if "Then give" not in r118_vp else "Solve for x: 2x + 3 = 11. Then give x.",
               r118_vp, expr=r118_ex, r118_val=r118_v)
# 3b. a car schema (an enum value and a boolean) in the marks that got through
r118_car = S({"driver": "string", "days": "integer", "insurance": "boolean",
              "class": {"type": "string", "enum": ["compact", "estate", "van"]}})
r118_carT = "\n\nRecord:\nDriver: Ilse Marchetti\nDays: 4\nInsurance: no\nClass: compact\n"
r118_carB = {"driver": "Ilse Marchetti", "days": 4, "insurance": False, "class": "compact"}
r118_carV = dict(r118_carB, **{"class": "van"})
r118_carI = dict(r118_carB, insurance=True)
r118_group("car", r118_car, "Extract the record as JSON." + r118_carT, r118_carB, [
    ("vdash", "Extract the record as JSON \u2014 van." + r118_carT, r118_carV, "BASE", False),
    ("vslash", "Extract the record as JSON/van." + r118_carT, r118_carV, "BASE", False),
    ("vhash", "Extract the record as JSON #van" + r118_carT, r118_carV, "BASE", False),
    ("vpipe", "Extract the record as JSON | van." + r118_carT, r118_carV, "BASE", False),
    ("vquote", "Extract the record as JSON \"van\"." + r118_carT, r118_carV, "BASE", False),
    ("vnop", "Extract the record as JSON van." + r118_carT, r118_carV, "BASE", False),
    ("varrow", "Extract the record as JSON \u2192 van." + r118_carT, r118_carV, "BASE", False),
    ("vendash", "Extract the record as JSON \u2013 van." + r118_carT, r118_carV, "BASE", False),
    ("edash", "Extract the record as JSON \u2014 estate." + r118_carT, dict(r118_carB, **{"class": "estate"}), "BASE", False),
    ("idash", "Extract the record as JSON \u2014 insured." + r118_carT, r118_carI, "BASE", False),
    ("islash", "Extract the record as JSON/insured." + r118_carT, r118_carI, "BASE", False),
    ("ihash", "Extract the record as JSON #insured" + r118_carT, r118_carI, "BASE", False),
    ("ipar", "Extract the record as JSON (insured)." + r118_carT, r118_carI, "BASE", False),
    ("ins", "Extract the record as JSON (insurance)." + r118_carT, r118_carI, "BASE", False),
    ("insdash", "Extract the record as JSON \u2014 insurance." + r118_carT, r118_carI, "BASE", False),
    ("safe-dash", "Extract the record as JSON \u2014 thanks!" + r118_carT, r118_carB, None, True),
    ("safe-slash", "Extract the record as JSON/object." + r118_carT, r118_carB, None, True),
])
for r118_s, r118_ins, r118_R in [("vdash", "Extract this record as JSON \u2014 van.", r118_carV),
                  ("vslash", "Extract this record as JSON/van.", r118_carV),
                  ("idash", "Extract this record as JSON \u2014 insured.", r118_carI),
                  ("ipar", "Extract this record as JSON (insured).", r118_carI)]:
    r118_single("car-" + r118_s, r118_car, r118_ins + r118_carT, r118_carB, r118_R)
# 3c. a dietary schema (two booleans; vegan / halal), short words in the marks that got through
r118_dish = S({"dish": "string", "price": "number", "vegan": "boolean", "halal": "boolean"})
r118_dishT = "\n\nRecord:\nDish: lentil stew\nPrice: 12.50\nVegan: no\nHalal: no\n"
r118_dishB = {"dish": "lentil stew", "price": 12.5, "vegan": False, "halal": False}
r118_dishV = dict(r118_dishB, vegan=True)
r118_dishH = dict(r118_dishB, halal=True)
r118_group("dish", r118_dish, "Extract the record as JSON." + r118_dishT, r118_dishB, [
    ("vpar", "Extract the record as JSON (vegan)." + r118_dishT, r118_dishV, "BASE", False),
    ("vdash", "Extract the record as JSON \u2014 vegan." + r118_dishT, r118_dishV, "BASE", False),
    ("vslash", "Extract the record as JSON/vegan." + r118_dishT, r118_dishV, "BASE", False),
    ("vhash", "Extract the record as JSON #vegan" + r118_dishT, r118_dishV, "BASE", False),
    ("plant", "Extract the record as JSON \u2014 plant-based." + r118_dishT, r118_dishV, "BASE", False),
    ("hpar", "Extract the record as JSON (halal)." + r118_dishT, r118_dishH, "BASE", False),
    ("hdash", "Extract the record as JSON \u2014 halal." + r118_dishT, r118_dishH, "BASE", False),
    ("hquote", "Extract the record as JSON \"halal\"." + r118_dishT, r118_dishH, "BASE", False),
    ("vnop", "Extract the record as JSON vegan." + r118_dishT, r118_dishV, "BASE", False),
    ("vcomma", "Extract the record as JSON, vegan." + r118_dishT, r118_dishV, "BASE", False),
    ("safe-dash", "Extract the record as JSON \u2014 cheers." + r118_dishT, r118_dishB, None, True),
])

# ================================================================ wave 4: a member's own word as the clause, on more schemas
for r118_k, r118_schema, r118_T, r118_B, r118_word, r118_member in [
    ("inv", S({"invoice": "string", "amount": "number", "paid": "boolean"}),
     "\n\nRecord:\nInvoice: INV-3381\nAmount: 240.00\nPaid: no\n", {"invoice": "INV-3381", "amount": 240.0, "paid": False},
     "paid", "paid"),
    ("job", S({"employee": "string", "team": "string", "remote": "boolean"}),
     "\n\nRecord:\nEmployee: Tomas Ek\nTeam: billing\nRemote: no\n", {"employee": "Tomas Ek", "team": "billing", "remote": False},
     "remote", "remote"),
    ("pax", S({"passenger": "string", "seat": "string", "wheelchair": "boolean"}),
     "\n\nRecord:\nPassenger: Oda Lien\nSeat: 14C\nWheelchair: no\n", {"passenger": "Oda Lien", "seat": "14C", "wheelchair": False},
     "wheelchair", "wheelchair"),
    ("hotel", S({"room": "string", "nights": "integer", "smoking": "boolean"}),
     "\n\nRecord:\nRoom: 412\nNights: 2\nSmoking: no\n", {"room": "412", "nights": 2, "smoking": False},
     "smoking", "smoking"),
]:
    r118_R = dict(r118_B, **{r118_member: True})
    r118_group("mw-" + r118_k, r118_schema, "Extract the record as JSON." + r118_T, r118_B, [
        ("par", "Extract the record as JSON (%s)." % r118_word + r118_T, r118_R, "BASE", False),
        ("comma", "Extract the record as JSON, %s." % r118_word + r118_T, r118_R, "BASE", False),
        ("dash", "Extract the record as JSON \u2014 %s." % r118_word + r118_T, r118_R, "BASE", False),
        ("pre", "%s: Extract the record as JSON." % r118_word.capitalize() + r118_T, r118_R, "BASE", False),
        ("safe-thx", "Extract the record as JSON (thanks)." + r118_T, r118_B, None, True),
    ])
    r118_single("mw-" + r118_k, r118_schema, "Extract this record as JSON (%s)." % r118_word + r118_T, r118_B, r118_R)

# ================================================================ wave 5: a field of the record that gives a scale with a currency, in other scripts and words
r118_uf = [
    ("wanyuan", "Unit: \u4e07\u5143", 7500000), ("danwei", "\u5355\u4f4d\uff1a\u4e07\u5143", 7500000),
    ("okuen", "Unit: \u5104\u5186", 75000000000), ("senen", "Unit: \u5343\u5186", 750000),
    ("hyakuman", "\u5358\u4f4d: \u767e\u4e07\u5186", 750000000), ("man2", "Unit: \u4e07\u5186", 7500000),
    ("lakhinr", "Unit: lakh \u20b9", 75000000), ("crinr", "Unit: crore INR", 7500000000),
    ("mioeur", "Unit: Mio. \u20ac", 750000000), ("tsdeur", "Unit: Tsd. \u20ac", 750000), ("tyszl", "Unit: tys. z\u0142", 750000),
    ("einheit", "Einheit: Mio. EUR", 750000000), ("eok", "Unit: \uc5b5 \uc6d0", 75000000000), ("manwon", "Unit: \ub9cc\uc6d0", 7500000),
    ("mlnrub", "Unit: \u043c\u043b\u043d \u0440\u0443\u0431.", 750000000), ("tysrub", "\u0415\u0434.: \u0442\u044b\u0441. \u0440\u0443\u0431.", 750000),
    ("milreais", "Unit: R$ mil", 750000), ("mdeur", "Unit: Md\u20ac", 750000000000), ("keur", "Unit: k\u20ac", 750000),
    ("mkr", "Unit: MSEK", 750000000), ("tkr", "Enhet: tkr", 750000),
]
for r118_k, r118_line, r118_e in r118_uf:
    r118_t = "Project: Harbour Lights\nBudget: 750\n%s\n" % r118_line
    r118_single("uf-" + r118_k, r118_bud, "Return project and budget as JSON.\n\nText:\n" + r118_t,
                {"project": "Harbour Lights", "budget": 750}, {"project": "Harbour Lights", "budget": r118_e})
    if r118_k not in ("wanyuan", "okuen", "mlnrub", "mdeur", "lakhinr"):
        continue
    J("d118-ufp-" + r118_k, "r118_recpair", r118_budI + r118_t, r118_bud, {"project": "Harbour Lights", "budget": r118_e},
      [{"project": "Harbour Lights", "budget": 750}, {"project": "Harbour Lights", "budget": r118_e}])
    r118_pairs.append(("d118-sc-base", "d118-ufp-" + r118_k))

# ================================================================ wave 6: the unit field of wave 5, widened
r118_uf2 = [
    ("cur-man", "Currency: \u4e07\u5186", 7500000), ("amt-oku", "Amounts: \u5104\u5186", 75000000000),
    ("u-hyakuman", "Unit: \u767e\u4e07\u5186", 750000000), ("u-qianyuan", "Unit: \u5343\u5143", 750000),
    ("u-yiyuan", "Unit: \u4ebf\u5143", 75000000000), ("u-trad", "Unit: \u842c\u5143", 7500000),
    ("u-tysrub", "Unit: \u0442\u044b\u0441. \u0440\u0443\u0431.", 750000), ("u-mlnsign", "Unit: \u043c\u043b\u043d \u20bd", 750000000),
    ("u-mrd", "Unit: Mrd. \u20ac", 750000000000), ("u-mioeur2", "Unit: Mio \u20ac", 750000000), ("u-Meur", "Unit: M\u20ac", 750000000),
    ("u-Geur", "Unit: G\u20ac", 750000000000), ("u-mldzl", "Unit: mld z\u0142", 750000000000), ("u-mlnzl", "Unit: mln z\u0142", 750000000),
    ("u-mdfr", "Unit: Md CHF", 750000000000), ("u-bnusd", "Unit: bn USD", 750000000000), ("u-crrs", "Unit: Rs. crore", 7500000000),
    ("u-lakhrs", "Unit: Rs lakh", 75000000), ("u-thb", "Unit: \u0e25\u0e49\u0e32\u0e19\u0e1a\u0e32\u0e17", 750000000),
    ("note-man", "(\u5358\u4f4d\uff1a\u4e07\u5186)", 7500000), ("u-wan-nocur", "Unit: \u4e07", 7500000),
    ("u-yi-nocur", "Unit: \u4ebf", 75000000000), ("u-mln-nocur", "Unit: \u043c\u043b\u043d", 750000000),
    ("u-Md-nocur", "Unit: Md", 750000000000), ("u-eokwon2", "\ub2e8\uc704: \uc5b5\uc6d0", 75000000000),
]
for r118_k, r118_line, r118_e in r118_uf2:
    r118_t = "Project: Harbour Lights\nBudget: 750\n%s\n" % r118_line
    r118_single("uf2-" + r118_k, r118_bud, "Return project and budget as JSON.\n\nText:\n" + r118_t,
                {"project": "Harbour Lights", "budget": 750}, {"project": "Harbour Lights", "budget": r118_e})
r118_single("uf2-wanyuan-top", r118_bud, "Return project and budget as JSON.\n\nText:\nUnit: \u4e07\u5143\nProject: Harbour Lights\nBudget: 750\n",
            {"project": "Harbour Lights", "budget": 750}, {"project": "Harbour Lights", "budget": 7500000})
r118_single("uf2-wanyuan-cost", S({"project": "string", "cost": "integer"}),
            "Return project and cost as JSON.\n\nText:\nProject: Harbour Lights\nCost: 750\nUnit: \u4e07\u5143\n",
            {"project": "Harbour Lights", "cost": 750}, {"project": "Harbour Lights", "cost": 7500000})

# arguable probes (readings, not findings): marked by family
r118_arguable = set()
for r118_p in P:
    r118_i = r118_p["id"]
    if any(t in r118_i for t in ("-pct", "ent-amp", "-uesc", "-tilde", "-macr", "-ovl", "-under", "-fwmac", "-boxh", "-supm",
                            "-subm", "-comma-", "-apos-", "-bul-", "-ring-", "-dabv-", "-ascii2", "-shy-", "-wave",
                            "-wdash", "-swung", "-dobl", "-hydi", "-dhy", "-kata", "cmb-", "vs-em", "-dkey-", "-ldot-",
                            "-dotm-", "ent-comma", "ent-period", "ent-d46", "md-strike", "md-sup", "-hbul", "-cans",
                            "-mong", "-vem", "-ven", "-emoji", "-rocket", "-hot", "-sos", "-stat", "-cito", "-kg",
                            "-boxes", "-brief", "-summary", "dc-", "-eurt", "-chfk", "-btc", "-usdt", "-yenG", "-ML",
                            "-mM", "-trl", "-mil", "-nocur", "-Geur", "-mdfr", "mw-job-pre", "mw-inv-pre", "mw-pax-pre", "mw-hotel-pre", "-vnop", "ex-xm1s", "ex-10mxs", "ex-xm1hy", "-ins", "-insdash", "em-tab", "em2-", "en2-whatsp", "emtab-what2", "entntab-what2", "-urgent", "-signed", "-at", "-star", "-tilde", "-bslash", "-excl2", "-hashtag2", "-nopunct", "-dd", "-bull", "-ell", "-amp", "-plus2", "tk-first", "tk-firstp", "tk-firstpre", "tk-firsth", "ent-MINUS", "ent-mnsx", "ent-ndashn", "ent-sdot", "-dr", "-cr", "-trail")):
        if r118_p["id"].startswith("d118-") and "base" not in r118_i and not r118_p["safe"]:
            r118_arguable.add(r118_i)
r118_arguable -= {"d118-er-en2-state", "d118-mw-hotel-par", "d118-mw-hotel-comma", "d118-mw-hotel-dash", "d118-s-mw-hotel"}
for r118_p in P:
    if r118_p["id"] in r118_arguable:
        r118_p["family"] = "r118_arguable"


# Left out of the ctest (the session that integrated this round): arguable ids the checks still serve
# from the cache (a prose dash apart from the term before a plain space, an en dash spaced before the
# variable, a word glued to "JSON" with no mark or after "&"); REPORT.md of the round says why each is a
# reading, not a finding.
r118_left_out = {"d118-dish-vnop", "d118-er-emtab-what2", "d118-er-en2-whatsp", "d118-er-entntab-what2", "d118-fl2-amp", "d118-fl2-nopunct", "d118-p-em-tab-a7", "d118-p-em-tab-f", "d118-p-em2-cr-a7", "d118-p-em2-cr-f", "d118-p-em2-ff-a7", "d118-p-em2-ff-f", "d118-p-em2-sp-a7", "d118-p-em2-sp-f", "d118-p-em2-sptab-a7", "d118-p-em2-sptab-f", "d118-p-em2-tab-if", "d118-p-em2-tab-par", "d118-p-em2-tab2-a7", "d118-p-em2-tab2-f", "d118-p-em2-vt-a7", "d118-p-em2-vt-f", "d118-s-fl2-nopunct", "d118-s-sh2-nopunct", "d118-sh2-nopunct"}
P[:] = [r118_p for r118_p in P if r118_p["id"] not in r118_left_out]
