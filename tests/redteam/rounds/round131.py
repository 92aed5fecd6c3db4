r"""Red-team round 131 (black box, stepcache-s45): BOOLEANS, COUNTS, DATES AND STATES TURNED BY OTHER WORDS (json_extract).
TRIED (2,811 probes: 992 bases, 959 variants, 827 singles, 33 safe; 565 ids arguable):
 B  a truth member's own line with words added (in English, German, Norwegian, Spanish, Chinese, Russian: "yes
    (refunded)", "yes - R", "yes CXL", "yes / NSF", "yes (erstattet)", "ja (storniert)", "是（已退款）", "formerly",
    "no longer", "not yet", "never", "isn't", "w/o", "excl.", "n.a.", "N/A", "TBD", "—", "pending", "scheduled"),
    lines that are not "Label: value" ("VOID", "CXL", "R", "NSF", "Refunded on 3 May.", "Storniert.", "已退款",
    "Возврат средств.", "[x] refunded", "(payment bounced)", a heading "STORNO"), fields in other scripts
    ("Статус: возврат", "状态：已退款", "ステータス：返金済み") and codes ("Status: R", "Status: VOID"), one-line records;
 C/G/N/Y counts: "3 (one cancelled)", "2 + 1 infant", "two pairs", "2 couples", "2 × 2", "4 → 3", "~~4~~ 3",
    "2 Erw. + 1 Kind", "3（取消一位）", lines "One guest cancelled.", "+1 infant", "CXL 1"; digit fields "Cancelled: 1",
    "No-shows: 1", "Storniert: 1", "取消：1"; the member's stem "Guests cancelled: 1", "Guests added: 2"; truth fields
    that add a person ("Companion: yes", "Plus one: yes", "Begleitperson: ja");
 D/D2/E dates: a correction later in the text, "moved to", "~~2026-05-03~~ 2026-05-04", DD/MM vs MM/DD in a header
    or the label, "Date corrected: 2026-05-04", "Datum neu: 04.05.2026", effective vs posting date;
 S  an enum state ("paid (R)", "paid → CXL", "bezahlt, storniert", added "VOID");
 F/K/M fields of no member whose value is a truth word, digits or a date ("Refunded: yes", "Refunded: 2026-05-03",
    "Refund: 420.00", "Expired: 2025-01-31", "Returned: 2026-05-04", "Amount due: 420.00", "Paid back: 420.00",
    "Delivered to sender: 2026-05-04"); H/X/Z the member's label qualified or struck ("Paid (reversed): yes",
    "~~Paid~~: yes", "~Paid~ Refunded: yes", footnotes "yes¹ / ¹ money returned");
 W/W2 "X included" / "X-free" members beside a number field on X.
HELD: every same-line qualifier (patch failed -> error or fresh), every added line of words, other scripts, codes,
   every date shape (dates were never stored), every count shape except "Companion: yes" (arguable), every enum
   state, digit/date/truth fields beside "paid"/"active"/"delivered" ("a changed line of the text holds a number no
   member's field states"), "X-free" members (sugar, alcohol, gluten, shipping, cancellation), Wi-Fi and service.
GOT THROUGH (confirmed ALONE on a fresh store, alone.txt: 48 pairs): beside "<X> included: yes" a field whose label
   starts with the member's own word X and whose value is an amount, with a turning word that is not read as one:
   "Breakfast billed separately: 15.00", "Breakfast extra cost: 15.00", "Breakfast excl.: 15.00", "Breakfast
   zzgl.: 15.00", "Breakfast additional: 15.00", "Breakfast separately: 15.00", "Breakfast on top: 15.00",
   "Parking billed separately: 20.00", "VAT excl.: 84.00", "Tax extra cost: 15.00", "Towels zzgl.: 15.00",
   "Linen on top: 15.00", "Dinner separately: 15.00", "Cleaning additional: 15.00" -- the stored base's
   "<x>_included": true reused ("all 2 steps verified"). Singles of these words held alone (not stored).
ARGUABLE (alone_arguable.txt, 72 items, r131_arguable): the same with a plain price ("Breakfast fee/price/charge/
   supplement/add-on/per day: 15.00", "Breakfast: 15.00", "Surcharge (breakfast): 15.00", "Breakfast EUR: 15",
   "Parking fee: 20.00", "VAT: 84.00") -- pairs and singles stored and served; a struck label ("~Paid~: yes",
   "~~Paid~~: yes", "~~Active~~: yes", "~Breakfast~ included: yes") stored and served as true; "Companion: yes"
   beside "Guests: 3" stored as 3. Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r131_pairs = []
r131_singles = []
r131_safe = []
r131_arguable = set()
r131_n = [0]
r131_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va", "Be", "Do"]
r131_NR = "999"  # no single right value: any served answer is wrong (arguable)


def r131_nm():
    n = r131_n[0]
    r131_n[0] += 1
    return r131_SYL[n % 10] + r131_SYL[(n // 10) % 10].lower() + r131_SYL[(n // 100) % 10].lower() + "vik"


def r131_pair(tag, fam, sch, bpr, bexp, vpr, vexp, arg=False, safe=False):
    b = "d131-b-" + tag
    v = ("d131-ok-" if safe else "d131-v-") + tag
    J(b, "r131_" + fam + "_base", bpr, sch, bexp, [bexp])
    if safe:
        J(v, "r131_" + fam + "_safe", vpr, sch, vexp, [vexp], safe=True)
        r131_safe.append(v)
    else:
        J(v, "r131_" + fam + ("_arguable" if arg else ""), vpr, sch, vexp, [bexp, vexp])
        if arg:
            r131_arguable.add(v)
    r131_pairs.append((b, v))


def r131_single(tag, fam, sch, pr, exp, mis, arg=False):
    s = "d131-s-" + tag
    J(s, "r131_" + fam + "_single" + ("_arguable" if arg else ""), pr, sch, exp, [mis, exp, exp])
    r131_singles.append(s)
    if arg:
        r131_arguable.add(s)


def r131_lay(lines, lay):
    if lay == "ml":
        return "\n".join(lines) + "\n"
    return " | ".join(lines) + "\n"


# ------------------------------------------------------------------ B: truth members
# key: (name key, member key, name label, middle lines, member label, yes word)
r131_TD = {
    "P": ("customer", "paid", "Customer", ["Amount: 420.00"], "Paid", "yes"),
    "A": ("member", "active", "Member", ["Fee: 300.00"], "Active", "yes"),
    "D": ("recipient", "delivered", "Recipient", ["Weight: 2.5 kg"], "Delivered", "yes"),
    "I": ("guest", "breakfast_included", "Guest", ["Room: 214"], "Breakfast included", "yes"),
    "de": ("customer", "paid", "Kunde", ["Betrag: 420,00"], "Bezahlt", "ja"),
    "no": ("customer", "paid", "Kunde", ["Beløp: 420,00"], "Betalt", "ja"),
    "es": ("customer", "paid", "Cliente", ["Importe: 420,00"], "Pagado", "sí"),
    "zh": ("customer", "paid", "客户", ["金额: 420.00"], "已付款", "是"),
}
# (domain, tag, mode, text, right, arguable); mode: "val" = member line's value becomes text,
# "add" = a line appended, "pre" = a line before the record, "mid" = a line after the member's line's neighbour
r131_B = [
    # same-line words after the yes value
    ("P", "refp", "val", "yes (refunded)", False, False),
    ("P", "R", "val", "yes - R", False, True),
    ("P", "Rpar", "val", "yes (R)", False, True),
    ("P", "later", "val", "yes, later refunded", False, False),
    ("P", "VOID", "val", "yes (VOID)", False, False),
    ("P", "CXL", "val", "yes CXL", False, False),
    ("P", "NSF", "val", "yes / NSF", False, False),
    ("P", "rev", "val", "yes (reversed 3 May)", False, False),
    ("P", "de-in", "val", "yes (erstattet)", False, False),
    ("P", "zh-in", "val", "yes (已退款)", False, False),
    ("P", "ru-in", "val", "yes (возвращено)", False, False),
    ("P", "no-in", "val", "yes (refundert)", False, False),
    ("P", "es-in", "val", "yes (reembolsado)", False, False),
    ("P", "formerly", "val", "formerly", False, False),
    ("P", "nolonger", "val", "no longer", False, False),
    ("P", "notyet", "val", "not yet", False, False),
    ("P", "never", "val", "never", False, False),
    ("P", "isnt", "val", "isn't", False, False),
    ("P", "cb", "val", "yes until chargeback on 3 May", False, False),
    ("P", "strike", "val", "~~yes~~ no", False, False),
    ("P", "yesno", "val", "yes? no.", False, True),
    ("P", "pend", "val", "pending", False, True),
    ("P", "sched", "val", "scheduled for 3 May", False, False),
    ("P", "yessched", "val", "yes (scheduled)", False, True),
    ("P", "was", "val", "was yes, now no", False, False),
    ("P", "TBD", "val", "TBD", r131_NR, True),
    ("P", "NA", "val", "N/A", r131_NR, True),
    ("P", "dash", "val", "\u2014", r131_NR, True),
    ("P", "dots", "val", "yes\u2026 refunded", False, False),
    ("P", "emdash", "val", "yes \u2014 refunded", False, False),
    ("P", "arrow", "val", "yes \u2192 refunded", False, False),
    ("P", "semi", "val", "yes; refunded", False, False),
    ("P", "but", "val", "yes but refunded", False, False),
    ("P", "uptil", "val", "yes up to the refund", False, False),
    # lines that are not "Label: value"
    ("P", "aVOID", "add", "VOID", False, False),
    ("P", "aCXL", "add", "CXL", False, False),
    ("P", "aREF", "add", "*** REFUNDED ***", False, False),
    ("P", "aR", "add", "R", False, True),
    ("P", "aNSF", "add", "NSF", False, True),
    ("P", "asent", "add", "Refunded on 3 May.", False, False),
    ("P", "asent2", "add", "The payment was reversed on 3 May.", False, False),
    ("P", "ade", "add", "Storniert.", False, False),
    ("P", "ade2", "add", "R\u00fcckerstattet am 3. Mai", False, False),
    ("P", "ano", "add", "Refundert 3. mai", False, False),
    ("P", "aes", "add", "Reembolsado el 3 de mayo", False, False),
    ("P", "azh", "add", "\u5df2\u9000\u6b3e", False, False),
    ("P", "aru", "add", "\u0412\u043e\u0437\u0432\u0440\u0430\u0442 \u0441\u0440\u0435\u0434\u0441\u0442\u0432.", False, False),
    ("P", "abox", "add", "[x] refunded", False, False),
    ("P", "acheck", "add", "\u2713 refunded", False, False),
    ("P", "adash", "add", "\u2014 refunded \u2014", False, False),
    ("P", "abounce", "add", "(payment bounced)", False, False),
    ("P", "acheque", "add", "Cheque returned NSF", False, False),
    ("P", "apre", "pre", "Refund issued for the order below.", False, False),
    ("P", "apre-de", "pre", "STORNO", False, False),
    ("P", "anolonger", "add", "No longer paid.", False, False),
    ("P", "anot", "add", "Not paid after all.", False, False),
    # fields labelled in other scripts / codes
    ("P", "fru", "add", "\u0421\u0442\u0430\u0442\u0443\u0441: \u0432\u043e\u0437\u0432\u0440\u0430\u0442", False, False),
    ("P", "fzh", "add", "\u72b6\u6001\uff1a\u5df2\u9000\u6b3e", False, False),
    ("P", "fzh2", "add", "\u72b6\u6001: \u5df2\u9000\u6b3e", False, False),
    ("P", "fel", "add", "\u039a\u03b1\u03c4\u03ac\u03c3\u03c4\u03b1\u03c3\u03b7: \u03b1\u03ba\u03c5\u03c1\u03ce\u03b8\u03b7\u03ba\u03b5", False, False),
    ("P", "fja", "add", "\u30b9\u30c6\u30fc\u30bf\u30b9\uff1a\u8fd4\u91d1\u6e08\u307f", False, False),
    ("P", "fde", "add", "Status: storniert", False, False),
    ("P", "fR", "add", "Status: R", False, True),
    ("P", "fVOID", "add", "Status: VOID", False, False),
    ("P", "fdash", "add", "Status \u2014 refunded", False, False),
    ("P", "fcolonless", "add", "Status refunded", False, False),
    ("P", "fdot", "add", "Status. Refunded", False, False),
    ("P", "feq", "add", "Status = refunded", False, False),
    ("P", "farrow", "add", "Status -> refunded", False, False),
    ("P", "fhash", "add", "# refunded", False, False),
    ("P", "fbullet", "add", "- refunded 3 May", False, False),
    # active
    ("A", "until", "val", "yes (until 3 May 2025)", False, True),
    ("A", "exp", "val", "expired", False, False),
    ("A", "yexp", "val", "yes (expired)", False, False),
    ("A", "formerly", "val", "formerly", False, False),
    ("A", "nolonger", "val", "no longer", False, False),
    ("A", "asof", "val", "no longer, as of today", False, False),
    ("A", "was", "val", "was yes", False, False),
    ("A", "sched", "val", "scheduled from 1 July", False, True),
    ("A", "pend", "val", "pending", False, True),
    ("A", "lapsed", "val", "yes (lapsed)", False, False),
    ("A", "aexp", "add", "Expired on 31 Jan 2025.", False, False),
    ("A", "aterm", "add", "Membership terminated.", False, False),
    ("A", "ade", "add", "Gek\u00fcndigt.", False, False),
    ("A", "ano", "add", "Oppsagt.", False, False),
    ("A", "azh", "add", "\u5df2\u8fc7\u671f", False, False),
    # delivered
    ("D", "RTS", "val", "yes (RTS)", False, False),
    ("D", "ret", "val", "yes - returned to sender", False, False),
    ("D", "sched", "val", "scheduled 5 May", False, False),
    ("D", "pend", "val", "pending", False, True),
    ("D", "notyet", "val", "not yet", False, False),
    ("D", "isnt", "val", "isn't", False, False),
    ("D", "att", "val", "attempted", False, True),
    ("D", "aRTS", "add", "RTS", False, True),
    ("D", "asent", "add", "Returned to sender on 4 May.", False, False),
    ("D", "ade", "add", "Zur\u00fcck an Absender.", False, False),
    # breakfast
    ("I", "excl", "val", "excl.", False, False),
    ("I", "wo", "val", "w/o", False, False),
    ("I", "not", "val", "not", False, False),
    ("I", "na", "val", "n.a.", r131_NR, True),
    ("I", "NA", "val", "N/A", r131_NR, True),
    ("I", "TBD", "val", "TBD", r131_NR, True),
    ("I", "dash", "val", "\u2014", r131_NR, True),
    ("I", "yexcl", "val", "yes (excl. from 3 May)", False, True),
    ("I", "extra", "val", "no, extra charge", False, False),
    ("I", "ohne", "val", "ohne", False, False),
    ("I", "uten", "val", "uten", False, False),
    ("I", "sin", "val", "sin", False, False),
    # other languages' base
    ("de", "storn", "val", "ja (storniert)", False, False),
    ("de", "astorn", "add", "Storniert.", False, False),
    ("de", "fstat", "add", "Status: storniert", False, False),
    ("de", "nicht", "val", "nicht", False, False),
    ("de", "nochnicht", "val", "noch nicht", False, False),
    ("de", "nie", "val", "nie", False, False),
    ("de", "erst", "val", "ja, erstattet", False, False),
    ("no", "ref", "val", "ja (refundert)", False, False),
    ("no", "aref", "add", "Refundert", False, False),
    ("no", "ikke", "val", "ikke", False, False),
    ("no", "ennaa", "val", "ikke enn\u00e5", False, False),
    ("no", "aldri", "val", "aldri", False, False),
    ("es", "reem", "val", "s\u00ed (reembolsado)", False, False),
    ("es", "areem", "add", "Reembolsado", False, False),
    ("es", "nunca", "val", "nunca", False, False),
    ("es", "todavia", "val", "todav\u00eda no", False, False),
    ("zh", "tk", "val", "\u662f\uff08\u5df2\u9000\u6b3e\uff09", False, False),
    ("zh", "atk", "add", "\u5df2\u9000\u6b3e", False, False),
    ("zh", "fou", "val", "\u5426", False, False),
    ("zh", "wei", "val", "\u672a\u4ed8", False, False),
]
r131_Bsafe = [
    ("P", "thanks", "add", "Thank you for your order."),
    ("P", "ws", "val", "yes  "),
    ("P", "ref", "add", "Reference: INV-2291"),
    ("P", "yesdot", "val", "yes."),
    ("P", "paidcap", "val", "YES"),
    ("P", "asof", "val", "yes (as of 3 May)"),
    ("A", "since", "val", "yes (since 2019)"),
    ("D", "on", "val", "yes (4 May)"),
    ("I", "incl", "val", "incl."),
    ("de", "danke", "add", "Vielen Dank."),
    ("zh", "xx", "add", "\u8c22\u8c22"),
]


def r131_bprompt(k, name, memval, lay, extra=None, where=None, single=False):
    nk, mk, nl, mid, ml, yes = r131_TD[k]
    lines = [nl + ": " + name] + mid + [ml + ": " + memval]
    if extra is not None and where == "add":
        lines = lines + [extra]
    if single:
        lines = [lines[-1]] + lines[:-1] if extra is None or where != "add" else [lines[-2], lines[-1]] + lines[:-2]
        ins = "Return the %s and whether %s, as JSON.\n\n" % (nk, mk.replace("_", " "))
    else:
        ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    body = r131_lay(lines, lay)
    if extra is not None and where == "pre":
        body = extra + "\n" + body
    return ins + body


for (r131_k, r131_t, r131_mode, r131_txt, r131_right, r131_a) in r131_B:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    for r131_lay_ in ("ml", "ol"):
        if r131_lay_ == "ol" and r131_mode == "pre":
            continue
        sch = S({nk: "string", mk: "boolean"})
        name = "Ida " + r131_nm()
        tag = "B-%s-%s-%s" % (r131_k, r131_t, r131_lay_)
        bpr = r131_bprompt(r131_k, name, yes, r131_lay_)
        if r131_mode == "val":
            vpr = r131_bprompt(r131_k, name, r131_txt, r131_lay_)
        else:
            vpr = r131_bprompt(r131_k, name, yes, r131_lay_, r131_txt, r131_mode)
        r131_pair(tag, "B", sch, bpr, {nk: name, mk: True}, vpr, {nk: name, mk: r131_right}, arg=r131_a)
        if r131_lay_ == "ml":
            name2 = "Ola " + r131_nm()
            if r131_mode == "val":
                spr = r131_bprompt(r131_k, name2, r131_txt, "ml", single=True)
            else:
                spr = r131_bprompt(r131_k, name2, yes, "ml", r131_txt, r131_mode, single=True)
            r131_single(tag, "B", sch, spr, {nk: name2, mk: r131_right}, {nk: name2, mk: True}, arg=r131_a)
for (r131_k, r131_t, r131_mode, r131_txt) in r131_Bsafe:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    name = "Ida " + r131_nm()
    bpr = r131_bprompt(r131_k, name, yes, "ml")
    if r131_mode == "val":
        vpr = r131_bprompt(r131_k, name, r131_txt, "ml")
    else:
        vpr = r131_bprompt(r131_k, name, yes, "ml", r131_txt, r131_mode)
    r131_pair("B-%s-%s" % (r131_k, r131_t), "B", sch, bpr, {nk: name, mk: True}, vpr, {nk: name, mk: True}, safe=True)
# a paraphrased instruction (safe)
for r131_i in range(3):
    name = "Ida " + r131_nm()
    sch = S({"customer": "string", "paid": "boolean"})
    base = "Extract customer and paid as JSON.\n\nText:\nCustomer: %s\nAmount: 420.00\nPaid: yes\n" % name
    var = ["Pull out customer and paid as JSON.\n\nText:\nCustomer: %s\nAmount: 420.00\nPaid: yes\n" % name,
           "Extract customer and paid as JSON.\n\nText:\nCustomer:  %s\nAmount:  420.00\nPaid:  yes\n" % name,
           "Extract customer and paid as JSON.\n\nText:\nCustomer: %s\nAmount: 420.00\nPaid: yes\nThe weather was fine.\n" % name][r131_i]
    r131_pair("B-para%d" % r131_i, "B", sch, base, {"customer": name, "paid": True}, var,
              {"customer": name, "paid": True}, safe=True)

# ------------------------------------------------------------------ C: counts
# (tag, label, base number, variant value text or None, added line or None, right, arguable)
r131_C = [
    ("canc1", "Guests", 3, "3 (one cancelled)", None, 2, False),
    ("canc2", "Guests", 3, "3 (1 cancelled)", None, 2, False),
    ("inf", "Guests", 2, "2 + 1 infant", None, 3, True),
    ("plus1", "Guests", 2, "2 + 1", None, 3, False),
    ("adch", "Guests", 2, "2 adults + 2 children", None, 4, False),
    ("pairs", "Guests", 2, "two pairs", None, 4, False),
    ("couples", "Guests", 2, "2 couples", None, 4, False),
    ("noshow", "Guests", 3, "3, minus 1 no-show", None, 2, False),
    ("minus", "Guests", 3, "3 \u2212 1", None, 2, False),
    ("minusa", "Guests", 3, "3 - 1", None, 2, False),
    ("incl", "Guests", 3, "3 (incl. 1 cancelled)", None, 2, True),
    ("now", "Guests", 4, "4, now 3", None, 3, False),
    ("arrow", "Guests", 4, "4 \u2192 3", None, 3, False),
    ("strike", "Guests", 4, "~~4~~ 3", None, 3, False),
    ("formerly", "Guests", 3, "3 (formerly; now 2)", None, 2, False),
    ("tbd", "Guests", 3, "3 (+1 TBD)", None, r131_NR, True),
    ("times", "Guests", 2, "2 \u00d7 2", None, 4, False),
    ("timesx", "Guests", 2, "2x2", None, 4, False),
    ("dbl", "Guests", 2, "2, doubled", None, 4, False),
    ("x2after", "Guests", 2, "2 \u00d72", None, 4, True),
    ("2xafter", "Guests", 2, "2 2\u00d7", None, 4, True),
    ("erw", "G\u00e4ste", 2, "2 Erw. + 1 Kind", None, 3, False),
    ("storn", "Personen", 3, "3 (1 storniert)", None, 2, False),
    ("avb", "Gjester", 3, "3 (\u00e9n avbestilt)", None, 2, False),
    ("canc-es", "Hu\u00e9spedes", 3, "3 (uno cancelado)", None, 2, False),
    ("bebe", "Personas", 2, "2 + 1 beb\u00e9", None, 3, True),
    ("zh", "\u4eba\u6570", 3, "3\uff08\u53d6\u6d88\u4e00\u4f4d\uff09", None, 2, False),
    # added lines
    ("a-canc", "Guests", 3, None, "One guest cancelled.", 2, False),
    ("a-inf", "Guests", 2, None, "+1 infant", 3, True),
    ("a-child", "Guests", 2, None, "Plus one child.", 3, False),
    ("a-1c", "Guests", 3, None, "1 cancelled", 2, False),
    ("a-ns", "Guests", 3, None, "\u22121 (no-show)", 2, False),
    ("a-cxl", "Guests", 3, None, "CXL 1", 2, True),
    ("a-kinder", "Guests", 2, None, "+ 2 Kinder", 4, False),
    ("a-de", "Guests", 3, None, "Ein Gast storniert.", 2, False),
    ("a-no", "Guests", 3, None, "\u00c9n gjest avbestilte.", 2, False),
    ("a-zh", "Guests", 3, None, "\u53d6\u6d88\u4e00\u4f4d", 2, False),
    ("a-bul", "Guests", 3, None, "- one cancelled", 2, False),
    ("a-hash", "Guests", 3, None, "# 1 no-show", 2, False),
    ("a-more", "Guests", 2, None, "Two more are joining.", 4, False),
    # tickets
    ("t-times", "Tickets", 2, "2 \u00d7 2", None, 4, False),
    ("t-pairs", "Tickets", 2, "2 pairs", None, 4, False),
    ("t-ref", "Tickets", 3, "3 (one refunded)", None, 2, False),
    ("t-2x3", "Tickets", 2, "2\u00d73", None, 6, False),
    ("t-R", "Tickets", 3, "3 (1 R)", None, 2, True),
    ("t-void", "Tickets", 3, "3 (1 VOID)", None, 2, False),
    ("t-aVOID", "Tickets", 3, None, "1 VOID", 2, False),
    ("t-rem", "Tickets", 5, "5 (2 used, 3 left)", None, r131_NR, True),
]
r131_Csafe = [
    ("stk", "Tickets", 2, "2 Stk."), ("ea", "Tickets", 3, "3 ea."), ("pcs", "Tickets", 2, "2 pcs"),
    ("guestsp", "Guests", 3, "3 persons"), ("thanks", "Guests", 3, None), ("room", "Guests", 3, "3"),
]
for (r131_t, r131_lab, r131_bn, r131_vt, r131_add, r131_r, r131_a) in r131_C:
    key = "tickets" if r131_lab == "Tickets" else "guests"
    sch = S({"name": "string", key: "integer"})
    for r131_lay_ in ("ml", "ol"):
        name = "Siri " + r131_nm()
        ins = "Extract the name and the number of %s as JSON.\n\nBooking:\n" % key
        base = ["Name: " + name, "Room: 12", "%s: %d" % (r131_lab, r131_bn)]
        if r131_vt is not None:
            var = base[:2] + ["%s: %s" % (r131_lab, r131_vt)]
        else:
            var = base + [r131_add]
        r131_pair("C-%s-%s" % (r131_t, r131_lay_), "C", sch, ins + r131_lay(base, r131_lay_), {"name": name, key: r131_bn},
                  ins + r131_lay(var, r131_lay_), {"name": name, key: r131_r}, arg=r131_a)
    name2 = "Tor " + r131_nm()
    l3 = "%s: %s" % (r131_lab, r131_vt if r131_vt is not None else r131_bn)
    lines = [l3] + ([r131_add] if r131_add else []) + ["Name: " + name2]
    pr2 = "How many %s in total? Give the name and %s as JSON.\n\n%s" % (key, key, "\n".join(lines) + "\n")
    r131_single("C-" + r131_t, "C", sch, pr2, {"name": name2, key: r131_r}, {"name": name2, key: r131_bn}, arg=r131_a)
for (r131_t, r131_lab, r131_bn, r131_vt) in r131_Csafe:
    key = "tickets" if r131_lab == "Tickets" else "guests"
    sch = S({"name": "string", key: "integer"})
    name = "Siri " + r131_nm()
    ins = "Extract the name and the number of %s as JSON.\n\nBooking:\n" % key
    base = ["Name: " + name, "Room: 12", "%s: %d" % (r131_lab, r131_bn)]
    var = base[:2] + ["%s: %s" % (r131_lab, r131_vt)] if r131_vt else base + ["Thank you for booking."]
    r131_pair("C-" + r131_t, "C", sch, ins + r131_lay(base, "ml"), {"name": name, key: r131_bn},
              ins + r131_lay(var, "ml"), {"name": name, key: r131_bn}, safe=True)

# ------------------------------------------------------------------ D: dates
r131_DSCH = S({"name": "string", "date": "string"}, {"date": "the date as YYYY-MM-DD"})
# (tag, base lines after Name, base right, variant lines, variant right, arguable)
r131_D = [
    ("corr", ["Date: 2026-05-03"], "2026-05-03",
     ["Date: 2026-05-03", "Correction: the date above should read 2026-05-04."], "2026-05-04", False),
    ("corr-free", ["Date: 2026-05-03"], "2026-05-03",
     ["Date: 2026-05-03", "The date above is wrong; it should be 2026-05-04."], "2026-05-04", False),
    ("moved", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03 (moved to 2026-05-04)"], "2026-05-04", False),
    ("resched", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03, rescheduled to 4 May 2026"], "2026-05-04", False),
    ("strike", ["Date: 2026-05-03"], "2026-05-03", ["Date: ~~2026-05-03~~ 2026-05-04"], "2026-05-04", False),
    ("arrow", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03 \u2192 2026-05-04"], "2026-05-04", False),
    ("verlegt", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03 (verlegt auf 2026-05-04)"], "2026-05-04", False),
    ("flyttet", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03", "Flyttet til 2026-05-04."], "2026-05-04", False),
    ("zh", ["Date: 2026-05-03"], "2026-05-03", ["Date: 2026-05-03", "\u6539\u671f\u81f3 2026-05-04"], "2026-05-04", False),
    ("ddmm", ["Dates: DD/MM/YYYY", "Date: 03/05/2026"], "2026-05-03",
     ["Dates: MM/DD/YYYY", "Date: 03/05/2026"], "2026-03-05", False),
    ("ddmm-hdr", ["All dates are day/month/year.", "Date: 03/05/2026"], "2026-05-03",
     ["All dates are month/day/year.", "Date: 03/05/2026"], "2026-03-05", False),
    ("ddmm-add", ["Date: 03/05/2026"], r131_NR,
     ["Date format: MM/DD/YYYY", "Date: 03/05/2026"], "2026-03-05", True),
    ("ddmm-us", ["Format: DD/MM", "Date: 03/05/2026"], "2026-05-03", ["Format: US", "Date: 03/05/2026"], "2026-03-05", False),
    ("ddmm-de", ["Datumsformat: TT/MM/JJJJ", "Date: 03/05/2026"], "2026-05-03",
     ["Datumsformat: MM/TT/JJJJ", "Date: 03/05/2026"], "2026-03-05", False),
    ("ddmm-inl", ["Date (DD/MM/YYYY): 03/05/2026"], "2026-05-03", ["Date (MM/DD/YYYY): 03/05/2026"], "2026-03-05", False),
    ("ddmm-tail", ["Date: 03/05/2026 (DD/MM)"], "2026-05-03", ["Date: 03/05/2026 (MM/DD)"], "2026-03-05", False),
]
for (r131_t, r131_bl, r131_br, r131_vl, r131_vr, r131_a) in r131_D:
    name = "Eva " + r131_nm()
    ins = "Extract the name and the date as JSON.\n\nRecord:\n"
    if r131_br == r131_NR:
        # base with no format: unsure; keep it out (a stored base is not needed: singles only)
        pass
    else:
        r131_pair("D-" + r131_t, "D", r131_DSCH, ins + "\n".join(["Name: " + name] + r131_bl) + "\n",
                  {"name": name, "date": r131_br}, ins + "\n".join(["Name: " + name] + r131_vl) + "\n",
                  {"name": name, "date": r131_vr}, arg=r131_a)
    name2 = "Lea " + r131_nm()
    pr2 = "Give the name and the date as JSON.\n\n" + "\n".join(r131_vl + ["Name: " + name2]) + "\n"
    # the surface mistake: the first date as written (or ISO of the other reading)
    mis = r131_bl[-1].split(": ")[-1] if "2026-" in r131_bl[-1] else r131_br
    if "->" in mis or "(" in mis:
        mis = "2026-05-03"
    if mis == r131_NR:
        mis = "2026-05-03"
    r131_single("D-" + r131_t, "D", r131_DSCH, pr2, {"name": name2, "date": r131_vr}, {"name": name2, "date": mis}, arg=r131_a)
# effective vs posting date
r131_ESCH = S({"name": "string", "effective_date": "string"}, {"effective_date": "YYYY-MM-DD"})
for (r131_t, r131_vl, r131_vr, r131_a) in [
        ("eff-inl", ["Date: 2026-05-03 (posted; effective 2026-05-01)"], "2026-05-01", False),
        ("eff-add", ["Date: 2026-05-03", "Value date: 2026-05-01"], "2026-05-01", True),
        ("eff-free", ["Date: 2026-05-03", "Effective from 1 May 2026."], "2026-05-01", False),
        ("eff-back", ["Date: 2026-05-03", "Backdated to 2026-05-01."], "2026-05-01", False),
        ("eff-de", ["Date: 2026-05-03", "G\u00fcltig ab 01.05.2026."], "2026-05-01", False)]:
    name = "Eva " + r131_nm()
    ins = "Extract the name and the effective date as JSON.\n\nRecord:\n"
    r131_pair("E-" + r131_t, "E", r131_ESCH, ins + "Name: %s\nDate: 2026-05-03\n" % name,
              {"name": name, "effective_date": "2026-05-03"}, ins + "\n".join(["Name: " + name] + r131_vl) + "\n",
              {"name": name, "effective_date": r131_vr}, arg=r131_a)
    name2 = "Lea " + r131_nm()
    pr2 = "Give the name and the effective date as JSON.\n\n" + "\n".join(r131_vl + ["Name: " + name2]) + "\n"
    r131_single("E-" + r131_t, "E", r131_ESCH, pr2, {"name": name2, "effective_date": r131_vr},
                {"name": name2, "effective_date": "2026-05-03"}, arg=r131_a)
for (r131_t, r131_vl) in [("thanks", ["Date: 2026-05-03", "Thanks."]), ("ws", ["Date:  2026-05-03"]),
                          ("iso", ["Date: 2026-05-03 (Sunday)"])]:
    name = "Eva " + r131_nm()
    ins = "Extract the name and the date as JSON.\n\nRecord:\n"
    r131_pair("D-" + r131_t, "D", r131_DSCH, ins + "Name: %s\nDate: 2026-05-03\n" % name, {"name": name, "date": "2026-05-03"},
              ins + "\n".join(["Name: " + name] + r131_vl) + "\n", {"name": name, "date": "2026-05-03"}, safe=True)

# ------------------------------------------------------------------ S: states (enum)
r131_SSCH = S({"customer": "string", "status": {"type": "string", "enum": ["paid", "open", "refunded", "cancelled"]}})
r131_ST = [
    ("R", "val", "paid (R)", "refunded", True),
    ("ref", "val", "paid (refunded 3 May)", "refunded", False),
    ("cxl", "val", "paid \u2192 CXL", "cancelled", False),
    ("storn", "val", "paid / storniert", "cancelled", False),
    ("void", "val", "paid VOID", "cancelled", True),
    ("asof", "val", "paid as of 1 May; refunded 3 May", "refunded", False),
    ("nolonger", "val", "no longer paid", "open", True),
    ("zh", "val", "paid\uff08\u5df2\u9000\u6b3e\uff09", "refunded", False),
    ("aVOID", "add", "VOID", "cancelled", True),
    ("aref", "add", "Refunded on 3 May.", "refunded", False),
    ("ade", "add", "Storniert.", "cancelled", False),
    ("azh", "add", "\u5df2\u9000\u6b3e", "refunded", False),
    ("aru", "add", "\u0421\u0442\u0430\u0442\u0443\u0441: \u0432\u043e\u0437\u0432\u0440\u0430\u0442", "refunded", False),
    ("bez", "val", "bezahlt, storniert", "cancelled", False),
]
for (r131_t, r131_mode, r131_txt, r131_r, r131_a) in r131_ST:
    name = "Ida " + r131_nm()
    ins = "Extract customer and status as JSON.\n\nText:\n"
    base = ["Customer: " + name, "Amount: 420.00", "Status: paid"]
    var = base[:2] + ["Status: " + r131_txt] if r131_mode == "val" else base + [r131_txt]
    r131_pair("S-" + r131_t, "S", r131_SSCH, ins + "\n".join(base) + "\n", {"customer": name, "status": "paid"},
              ins + "\n".join(var) + "\n", {"customer": name, "status": r131_r}, arg=r131_a)
    name2 = "Ola " + r131_nm()
    lines = ([var[-1]] if r131_mode == "val" else ["Status: paid", r131_txt]) + ["Customer: " + name2, "Amount: 420.00"]
    r131_single("S-" + r131_t, "S", r131_SSCH, "Return the customer and the status as JSON.\n\n" + "\n".join(lines) + "\n",
                {"customer": name2, "status": r131_r}, {"customer": name2, "status": "paid"}, arg=r131_a)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"

# ------------------------------------------------------------------ F: fields of no member whose value is a truth word,
# digits only or a date (not a word of letters), that turn the member
r131_F = [
    # (domain, tag, line, right, arguable)
    ("P", "refyes", "Refunded: yes", False, False),
    ("P", "refY", "Refunded: Y", False, False),
    ("P", "reftrue", "Refunded: true", False, False),
    ("P", "refx", "Refunded: [x]", False, False),
    ("P", "refchk", "Refunded: \u2713", False, False),
    ("P", "refemo", "Refunded: \u2705", False, False),
    ("P", "refone", "Refunded: 1", False, True),
    ("P", "cancyes", "Cancelled: yes", False, False),
    ("P", "voidyes", "Voided: yes", False, False),
    ("P", "cbyes", "Charged back: yes", False, False),
    ("P", "revtrue", "Reversed: true", False, False),
    ("P", "bounce", "Bounced: yes", False, False),
    ("P", "nsfyes", "NSF: yes", False, False),
    ("P", "cxlY", "CXL: Y", False, False),
    ("P", "voidY", "VOID: Y", False, False),
    ("P", "Ryes", "R: yes", False, True),
    ("P", "stornja", "Storniert: ja", False, False),
    ("P", "refno", "Refundert: ja", False, False),
    ("P", "reemsi", "Reembolsado: s\u00ed", False, False),
    ("P", "zhyes", "\u5df2\u9000\u6b3e\uff1a\u662f", False, False),
    ("P", "refdate", "Refunded: 2026-05-03", False, False),
    ("P", "refdate2", "Refunded on: 03.05.2026", False, False),
    ("P", "revdate", "Reversed: 03/05/2026", False, False),
    ("P", "cancdate", "Cancelled: 2026-05-03", False, False),
    ("P", "refamt", "Refund: 420.00", False, False),
    ("P", "refamtneg", "Refund: -420.00", False, False),
    ("P", "cbamt", "Chargeback: 420.00", False, False),
    ("P", "stornodate", "Storniert am: 03.05.2026", False, False),
    ("P", "zhdate", "\u9000\u6b3e\u65e5\u671f\uff1a2026-05-03", False, False),
    ("P", "balance", "Balance: 420.00", False, True),
    ("P", "paidamt0", "Amount paid: 0", False, False),
    ("P", "unpaidyes", "Unpaid: yes", False, False),
    ("P", "openamt", "Open: 420.00", False, True),
    ("A", "expyes", "Expired: yes", False, False),
    ("A", "expdate", "Expired: 2025-01-31", False, False),
    ("A", "enddate", "Ended: 31.01.2025", False, False),
    ("A", "termyes", "Terminated: yes", False, False),
    ("A", "lapsed", "Lapsed: Y", False, False),
    ("A", "kuendja", "Gek\u00fcndigt: ja", False, False),
    ("A", "oppsagt", "Oppsagt: ja", False, False),
    ("A", "zhexp", "\u5df2\u8fc7\u671f\uff1a\u662f", False, False),
    ("A", "validto", "Valid until: 2025-01-31", False, True),
    ("D", "rtsyes", "RTS: yes", False, False),
    ("D", "retyes", "Returned to sender: yes", False, False),
    ("D", "retdate", "Returned: 2026-05-04", False, False),
    ("D", "failed", "Failed: yes", False, False),
    ("D", "lost", "Lost: yes", False, False),
    ("D", "zhret", "\u5df2\u9000\u56de\uff1a\u662f", False, False),
    ("I", "surcharge", "Breakfast surcharge: 15.00", False, True),
    ("I", "exclyes", "Breakfast excluded: yes", False, False),
    ("I", "extra", "Breakfast extra: yes", False, False),
]
r131_Fsafe = [("P", "parking", "Parking: yes"), ("P", "ward", "Ward: 3B"), ("P", "vat", "VAT: 84.00"),
              ("A", "since", "Joined: 2019-03-01"), ("D", "signed", "Signed: yes"), ("I", "wifi", "Wi-Fi: yes")]
for (r131_k, r131_t, r131_line, r131_r, r131_a) in r131_F:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    for r131_lay_ in ("ml", "ol"):
        name = "Una " + r131_nm()
        tag = "F-%s-%s-%s" % (r131_k, r131_t, r131_lay_)
        bpr = r131_bprompt(r131_k, name, yes, r131_lay_)
        vpr = r131_bprompt(r131_k, name, yes, r131_lay_, r131_line, "add")
        r131_pair(tag, "F", sch, bpr, {nk: name, mk: True}, vpr, {nk: name, mk: r131_r}, arg=r131_a)
    for r131_i, r131_ins in enumerate(["Extract %s and %s as JSON.\n\nText:\n", "Extract the %s and the %s as JSON.\n\n"]):
        name2 = "Per " + r131_nm()
        lines = [nl + ": " + name2] + mid + [ml + ": " + yes, r131_line] if r131_i == 0 else \
            [ml + ": " + yes, nl + ": " + name2, r131_line] + mid
        spr = (r131_ins % (nk, mk.replace("_", " "))) + "\n".join(lines) + "\n"
        r131_single("F-%s-%s-%d" % (r131_k, r131_t, r131_i), "F", sch, spr, {nk: name2, mk: r131_r},
                    {nk: name2, mk: True}, arg=r131_a)
for (r131_k, r131_t, r131_line) in r131_Fsafe:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    name = "Una " + r131_nm()
    r131_pair("F-%s-%s" % (r131_k, r131_t), "F", sch, r131_bprompt(r131_k, name, yes, "ml"), {nk: name, mk: True},
              r131_bprompt(r131_k, name, yes, "ml", r131_line, "add"), {nk: name, mk: True}, safe=True)

# ------------------------------------------------------------------ G: counts turned by a field of digits only
r131_G = [
    ("canc", "Cancelled: 1", 2, False), ("noshow", "No-shows: 1", 2, False), ("inf", "Infants: 1", 4, True),
    ("child", "Children: 2", 5, True), ("kids", "Kids: 1", 4, True), ("storn", "Storniert: 1", 2, False),
    ("avb", "Avbestilt: 1", 2, False), ("zh", "\u53d6\u6d88\uff1a1", 2, False), ("extra", "Extra guests: 2", 5, False),
    ("plusone", "Plus-one: yes", 4, False), ("comp", "Companion: yes", 4, True), ("minus", "Cancelled: -1", 2, True),
    ("cxl", "CXL: 1", 2, False), ("left", "Left early: 1", r131_NR, True), ("add", "Added: +2", 5, False),
    ("kinder", "Kinder: 2", 5, True), ("barn", "Barn: 2", 5, True), ("ninos", "Ni\u00f1os: 2", 5, True),
    ("of", "Of which cancelled: 1", 2, False), ("davon", "Davon storniert: 1", 2, False),
]
for (r131_t, r131_line, r131_r, r131_a) in r131_G:
    sch = S({"name": "string", "guests": "integer"})
    for r131_lay_ in ("ml", "ol"):
        name = "Siri " + r131_nm()
        ins = "Extract the name and the number of guests as JSON.\n\nBooking:\n"
        base = ["Name: " + name, "Room: 12", "Guests: 3"]
        r131_pair("G-%s-%s" % (r131_t, r131_lay_), "G", sch, ins + r131_lay(base, r131_lay_), {"name": name, "guests": 3},
                  ins + r131_lay(base + [r131_line], r131_lay_), {"name": name, "guests": r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Tor " + r131_nm()
        if r131_i == 0:
            pr2 = "Extract the name and the number of guests as JSON.\n\nBooking:\nName: %s\nRoom: 12\nGuests: 3\n%s\n" % (name2, r131_line)
        else:
            pr2 = "Give the name and guests as JSON.\n\nGuests: 3\n%s\nName: %s\n" % (r131_line, name2)
        r131_single("G-%s-%d" % (r131_t, r131_i), "G", sch, pr2, {"name": name2, "guests": r131_r},
                    {"name": name2, "guests": 3}, arg=r131_a)

# ------------------------------------------------------------------ H: the member's label qualified (value stays a clean truth)
r131_H = [
    ("P", "rev", "Paid (reversed)", False, False), ("P", "until", "Paid until 3 May", False, True),
    ("P", "formerly", "Formerly paid", False, False), ("P", "nolonger", "Paid (no longer)", False, False),
    ("P", "refd", "Paid \u2192 refunded", False, False), ("P", "de", "Bezahlt (storniert)", False, False),
    ("P", "zh", "\u5df2\u4ed8\u6b3e\uff08\u5df2\u9000\u6b3e\uff09", False, False), ("P", "was", "Was paid", False, False),
    ("P", "prev", "Previously paid", False, False), ("P", "void", "Paid [VOID]", False, False),
    ("P", "R", "Paid (R)", False, True), ("P", "strike", "~~Paid~~", False, True),
    ("A", "formerly", "Formerly active", False, False), ("A", "until", "Active until 2025-01-31", False, True),
    ("A", "exp", "Active (expired)", False, False), ("D", "rts", "Delivered (RTS)", False, False),
    ("D", "sched", "Delivery scheduled", False, True), ("I", "excl", "Breakfast included (excl. Sundays)", r131_NR, True),
]
for (r131_k, r131_t, r131_lab, r131_r, r131_a) in r131_H:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    name = "Ada " + r131_nm()
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    base = [nl + ": " + name] + mid + [ml + ": " + yes]
    var = [nl + ": " + name] + mid + [r131_lab + ": " + yes]
    r131_pair("H-%s-%s" % (r131_k, r131_t), "H", sch, ins + "\n".join(base) + "\n", {nk: name, mk: True},
              ins + "\n".join(var) + "\n", {nk: name, mk: r131_r}, arg=r131_a)
    name2 = "Bo " + r131_nm()
    spr = ins + "\n".join([nl + ": " + name2] + mid + [r131_lab + ": " + yes]) + "\n"
    r131_single("H-%s-%s" % (r131_k, r131_t), "H", sch, spr, {nk: name2, mk: r131_r}, {nk: name2, mk: True}, arg=r131_a)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"

# ------------------------------------------------------------------ K: amounts/charges of no member beside a truth member
r131_K = [
    ("I", "charge", "Breakfast charge: 15.00", False), ("I", "price", "Breakfast price: 15.00", False),
    ("I", "fee", "Breakfast fee: 15.00", False), ("I", "bare", "Breakfast: 15.00", False),
    ("I", "de", "Fr\u00fchst\u00fcck: 15,00", False), ("I", "no", "Frokost: 150,00", False),
    ("I", "es", "Desayuno: 15,00", False), ("I", "zh", "\u65e9\u9910\uff1a15.00", False),
    ("I", "supp", "Breakfast supplement: 15.00", False), ("I", "addon", "Breakfast add-on: 15.00", False),
    ("I", "perday", "Breakfast per day: 15.00", False), ("I", "surch2", "Surcharge (breakfast): 15.00", False),
    ("P", "due", "Amount due: 420.00", False), ("P", "due2", "Due: 420.00", False),
    ("P", "owed", "Still owed: 420.00", False), ("P", "remain", "Remaining: 420.00", False),
    ("P", "topay", "To pay: 420.00", False), ("P", "zuz", "Zu zahlen: 420,00", False),
    ("P", "rest", "Restbetrag: 420,00", False), ("P", "abet", "\u00c5 betale: 420,00", False),
    ("P", "pend", "Pendiente: 420,00", False), ("P", "zhdai", "\u5f85\u4ed8\uff1a420.00", False),
    ("P", "owing", "Owing: 420.00", False), ("P", "arrears", "Arrears: 420.00", False),
    ("P", "retamt", "Returned amount: 420.00", False), ("P", "credback", "Credited back: 420.00", False),
    ("P", "moneyback", "Money back: 420.00", False), ("P", "erst", "Erstattet: 420,00", False),
    ("P", "refnok", "Refundert: 420,00", False), ("P", "reem", "Reembolso: 420,00", False),
    ("P", "zhtk", "\u9000\u6b3e\uff1a420.00", False), ("P", "gut", "Gutschrift: 420,00", False),
    ("P", "clawed", "Clawed back: 420.00", False), ("P", "dispute", "Disputed: 420.00", False),
    ("A", "fee0", "Fee paid: 0.00", False), ("A", "arrears", "Fees overdue: 300.00", False),
    ("D", "retfee", "Return postage: 12.00", False), ("D", "cod", "Cash on delivery owed: 50.00", False),
]
for (r131_k, r131_t, r131_line, r131_a) in r131_K:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    for r131_lay_ in ("ml", "ol"):
        name = "Una " + r131_nm()
        r131_pair("K-%s-%s-%s" % (r131_k, r131_t, r131_lay_), "K", sch, r131_bprompt(r131_k, name, yes, r131_lay_),
                  {nk: name, mk: True}, r131_bprompt(r131_k, name, yes, r131_lay_, r131_line, "add"),
                  {nk: name, mk: False}, arg=True)
    for r131_i in range(2):
        name2 = "Per " + r131_nm()
        lines = [nl + ": " + name2] + mid + [ml + ": " + yes, r131_line] if r131_i == 0 else \
            [ml + ": " + yes, nl + ": " + name2, r131_line] + mid
        ins = ["Extract %s and %s as JSON.\n\nText:\n", "Extract the %s and the %s as JSON.\n\n"][r131_i]
        r131_single("K-%s-%s-%d" % (r131_k, r131_t, r131_i), "K", sch, (ins % (nk, mk.replace("_", " "))) + "\n".join(lines) + "\n",
                    {nk: name2, mk: False}, {nk: name2, mk: True}, arg=True)

# ------------------------------------------------------------------ X: struck-through labels and lines; footnotes
r131_X = [
    # (domain, tag, member line text (replaces the member line), extra line or None, right, arguable)
    ("P", "strline", "~~Paid: yes~~", None, r131_NR, True),
    ("P", "strlab1", "~Paid~: yes", None, r131_NR, True),
    ("P", "strs", "<s>Paid: yes</s>", None, r131_NR, True),
    ("P", "strdel", "<del>Paid: yes</del>", None, r131_NR, True),
    ("P", "strdelv", "Paid: <del>yes</del>", None, r131_NR, True),
    ("P", "strcomb", "P\u0336a\u0336i\u0336d\u0336: yes", None, r131_NR, True),
    ("P", "strcombv", "Paid: y\u0336e\u0336s\u0336", None, r131_NR, True),
    ("P", "strdelno", "Paid: <del>yes</del> no", None, False, False),
    ("P", "strline-no", "~~Paid: yes~~", "Paid: no", False, False),
    ("P", "fn1", "Paid: yes\u00b9", "\u00b9 money returned to the customer on 3 May", False, False),
    ("P", "fn2", "Paid: yes*", "* the card issuer took the funds back", False, False),
    ("P", "fn3", "Paid: yes\u2020", "\u2020 payment later clawed back", False, False),
    ("P", "fn4", "Paid: yes [1]", "[1] reversed", False, False),
    ("P", "fn5", "Paid: yes*", "*) storniert", False, False),
    ("P", "fn6", "Paid: yes\u00b9", "\u00b9 \u5df2\u9000\u6b3e", False, False),
    ("A", "strlab", "~~Active~~: yes", None, r131_NR, True),
    ("A", "strline", "~~Active: yes~~", None, r131_NR, True),
    ("A", "fn1", "Active: yes\u00b9", "\u00b9 until 31 Jan 2025", False, True),
    ("A", "fn2", "Active: yes*", "* membership ended last year", False, False),
    ("D", "strlab", "~~Delivered~~: yes", None, r131_NR, True),
    ("D", "fn1", "Delivered: yes*", "* parcel came back to us on 4 May", False, False),
    ("I", "fn1", "Breakfast included: yes*", "* not on this rate", False, False),
    ("I", "fn2", "Breakfast included: yes*", "* except this stay", False, False),
]
for (r131_k, r131_t, r131_ml, r131_ex, r131_r, r131_a) in r131_X:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    name = "Ada " + r131_nm()
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    base = [nl + ": " + name] + mid + [ml + ": " + yes]
    var = [nl + ": " + name] + mid + [r131_ml] + ([r131_ex] if r131_ex else [])
    r131_pair("X-%s-%s" % (r131_k, r131_t), "X", sch, ins + "\n".join(base) + "\n", {nk: name, mk: True},
              ins + "\n".join(var) + "\n", {nk: name, mk: r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Bo " + r131_nm()
        if r131_i == 0:
            spr = ins + "\n".join([nl + ": " + name2] + mid + [r131_ml] + ([r131_ex] if r131_ex else [])) + "\n"
        else:
            spr = "Extract the %s and the %s as JSON.\n\n" % (nk, mk.replace("_", " ")) + \
                "\n".join([r131_ml, nl + ": " + name2] + mid + ([r131_ex] if r131_ex else [])) + "\n"
        r131_single("X-%s-%s-%d" % (r131_k, r131_t, r131_i), "X", sch, spr, {nk: name2, mk: r131_r},
                    {nk: name2, mk: True}, arg=r131_a)

# ------------------------------------------------------------------ Y: a truth field of no member that adds a person
r131_Y = [
    ("comp", "Companion: yes"), ("partner", "Partner: yes"), ("carer", "Carer: yes"), ("escort", "Escort: yes"),
    ("baby", "Baby: yes"), ("infant", "Infant: yes"), ("lap", "Infant on lap: yes"), ("bed", "Extra bed: yes"),
    ("beg", "Begleitperson: ja"), ("led", "Ledsager: ja"), ("acomp", "Acompa\u00f1ante: s\u00ed"),
    ("zh", "\u966a\u540c\uff1a\u662f"), ("plus1", "Plus one: yes"), ("guestof", "Bringing a guest: yes"),
    ("spouse", "Spouse attending: yes"), ("child", "Child: yes"), ("cot", "Cot: yes"), ("twin", "Twins: yes"),
]
for (r131_t, r131_line) in r131_Y:
    sch = S({"name": "string", "guests": "integer"})
    for r131_lay_ in ("ml", "ol"):
        name = "Siri " + r131_nm()
        ins = "Extract the name and the number of guests as JSON.\n\nBooking:\n"
        base = ["Name: " + name, "Room: 12", "Guests: 3"]
        r131_pair("Y-%s-%s" % (r131_t, r131_lay_), "Y", sch, ins + r131_lay(base, r131_lay_), {"name": name, "guests": 3},
                  ins + r131_lay(base + [r131_line], r131_lay_), {"name": name, "guests": 4}, arg=True)
    for r131_i in range(2):
        name2 = "Tor " + r131_nm()
        if r131_i == 0:
            pr2 = "Extract the name and the number of guests as JSON.\n\nBooking:\nName: %s\nRoom: 12\nGuests: 3\n%s\n" % (name2, r131_line)
        else:
            pr2 = "Give the name and guests as JSON.\n\nGuests: 3\n%s\nName: %s\n" % (r131_line, name2)
        r131_single("Y-%s-%d" % (r131_t, r131_i), "Y", sch, pr2, {"name": name2, "guests": 4},
                    {"name": name2, "guests": 3}, arg=True)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"

# ------------------------------------------------------------------ M: a field whose label holds the member's own word and a turning word,
# value digits / a date / a truth word
r131_M = [
    # domain, tag, line, right, arguable
    ("I", "notincl", "Breakfast (not included): 15.00", False, False),
    ("I", "billed", "Breakfast billed separately: 15.00", False, False),
    ("I", "extracost", "Breakfast extra cost: 15.00", False, False),
    ("I", "athotel", "Breakfast to pay at hotel: 15.00", False, False),
    ("I", "notinclyes", "Breakfast not included: yes", False, False),
    ("I", "excl", "Breakfast excl.: 15.00", False, False),
    ("I", "wo", "Breakfast w/o: yes", False, True),
    ("I", "ohne", "Breakfast ohne: ja", False, True),
    ("I", "cost0", "Breakfast cost: 0.00", True, True),
    ("P", "back", "Paid back: 420.00", False, False),
    ("P", "backyes", "Paid back: yes", False, False),
    ("P", "backdate", "Paid back: 2026-05-03", False, False),
    ("P", "out", "Paid out (refund): 420.00", False, False),
    ("P", "rev", "Paid amount reversed: 420.00", False, False),
    ("P", "revyes", "Paid (reversed): yes", False, False),
    ("P", "till", "Paid until: 2026-05-03", False, True),
    ("P", "zur", "Bezahlt zur\u00fcck: 420,00", False, True),
    ("A", "until", "Active until: 2025-01-31", False, True),
    ("A", "to", "Active to: 31.01.2025", False, True),
    ("A", "ended", "Active ended: 2025-01-31", False, False),
    ("A", "endedyes", "Active ended: yes", False, False),
    ("A", "nomore", "Active no more: yes", False, False),
    ("D", "tosender", "Delivered to sender: 2026-05-04", False, False),
    ("D", "back", "Delivered back: 2026-05-04", False, False),
    ("D", "backyes", "Delivered back to sender: yes", False, False),
    ("D", "ret", "Delivery returned: 2026-05-04", False, False),
    ("D", "retyes", "Delivery returned: yes", False, False),
    ("D", "failedyes", "Delivery failed: yes", False, False),
]
for (r131_k, r131_t, r131_line, r131_r, r131_a) in r131_M:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    for r131_lay_ in ("ml", "ol"):
        name = "Una " + r131_nm()
        r131_pair("M-%s-%s-%s" % (r131_k, r131_t, r131_lay_), "M", sch, r131_bprompt(r131_k, name, yes, r131_lay_),
                  {nk: name, mk: True}, r131_bprompt(r131_k, name, yes, r131_lay_, r131_line, "add"),
                  {nk: name, mk: r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Per " + r131_nm()
        lines = [nl + ": " + name2] + mid + [ml + ": " + yes, r131_line] if r131_i == 0 else \
            [ml + ": " + yes, nl + ": " + name2, r131_line] + mid
        ins = ["Extract %s and %s as JSON.\n\nText:\n", "Extract the %s and the %s as JSON.\n\n"][r131_i]
        r131_single("M-%s-%s-%d" % (r131_k, r131_t, r131_i), "M", sch, (ins % (nk, mk.replace("_", " "))) + "\n".join(lines) + "\n",
                    {nk: name2, mk: r131_r}, {nk: name2, mk: True}, arg=r131_a)

r131_N = [
    ("canc", "Guests cancelled: 1", 2, False), ("added", "Guests added: 2", 5, False), ("ns", "Guests no-show: 1", 2, False),
    ("inf", "Guests (infants): 1", 4, True), ("extra", "Guests extra: 2", 5, False), ("rem", "Guests removed: 1", 2, False),
    ("cancs", "Guest cancellations: 1", 2, False), ("ofwhich", "Guests, of which cancelled: 1", 2, False),
    ("more", "Guests more: 2", 5, False), ("less", "Guests less: 1", 2, False), ("minus", "Guests minus: 1", 2, False),
    ("plus", "Guests plus: 1", 4, False), ("child", "Guests (children, extra): 2", 5, False),
    ("late", "Guests late addition: 1", 4, False), ("de", "G\u00e4ste storniert: 1", 2, False),
    ("no", "Gjester avbestilt: 1", 2, False), ("es", "Hu\u00e9spedes cancelados: 1", 2, False),
    ("canyes", "Guest cancelled: yes", 2, False), ("oneleft", "Guests left: 2", r131_NR, True),
    ("times", "Guests times: 2", 6, True),
]
for (r131_t, r131_line, r131_r, r131_a) in r131_N:
    sch = S({"name": "string", "guests": "integer"})
    for r131_lay_ in ("ml", "ol"):
        name = "Siri " + r131_nm()
        ins = "Extract the name and the number of guests as JSON.\n\nBooking:\n"
        base = ["Name: " + name, "Room: 12", "Guests: 3"]
        r131_pair("N-%s-%s" % (r131_t, r131_lay_), "N", sch, ins + r131_lay(base, r131_lay_), {"name": name, "guests": 3},
                  ins + r131_lay(base + [r131_line], r131_lay_), {"name": name, "guests": r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Tor " + r131_nm()
        if r131_i == 0:
            pr2 = "Extract the name and the number of guests as JSON.\n\nBooking:\nName: %s\nRoom: 12\nGuests: 3\n%s\n" % (name2, r131_line)
        else:
            pr2 = "Give the name and guests as JSON.\n\nGuests: 3\n%s\nName: %s\n" % (r131_line, name2)
        r131_single("N-%s-%d" % (r131_t, r131_i), "N", sch, pr2, {"name": name2, "guests": r131_r},
                    {"name": name2, "guests": 3}, arg=r131_a)

# struck labels with a replacement word
r131_Z = [
    ("P", "ref", "~~Paid~~ Refunded: yes", False, False), ("P", "ref1", "~Paid~ Refunded: yes", False, False),
    ("P", "arrow", "~~Paid~~ \u2192 Refunded: yes", False, False), ("P", "void", "~Paid~ VOID: yes", False, False),
    ("P", "storn", "~~Bezahlt~~ Storniert: ja", False, False), ("P", "strno", "~~Paid~~: no", False, True),
    ("P", "s1", "~Paid~: yes", r131_NR, True), ("P", "s2", "~~Paid~~: yes", r131_NR, True),
    ("P", "s3", "~~Paid~~: true", r131_NR, True), ("P", "s4", "~Paid~: Y", r131_NR, True),
    ("P", "s5", "~~PAID~~: yes", r131_NR, True), ("P", "s6", "~~paid~~: yes", r131_NR, True),
    ("A", "exp", "~~Active~~ Expired: yes", False, False), ("A", "s1", "~Active~: yes", r131_NR, True),
    ("D", "ret", "~~Delivered~~ Returned: yes", False, False), ("D", "s1", "~Delivered~: yes", r131_NR, True),
    ("I", "s1", "~~Breakfast included~~: yes", r131_NR, True), ("I", "s2", "~Breakfast~ included: yes", r131_NR, True),
]
for (r131_k, r131_t, r131_ml, r131_r, r131_a) in r131_Z:
    nk, mk, nl, mid, ml, yes = r131_TD[r131_k]
    sch = S({nk: "string", mk: "boolean"})
    name = "Ada " + r131_nm()
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    base = [nl + ": " + name] + mid + [ml + ": " + yes]
    var = [nl + ": " + name] + mid + [r131_ml]
    r131_pair("Z-%s-%s" % (r131_k, r131_t), "Z", sch, ins + "\n".join(base) + "\n", {nk: name, mk: True},
              ins + "\n".join(var) + "\n", {nk: name, mk: r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Bo " + r131_nm()
        if r131_i == 0:
            spr = ins + "\n".join([nl + ": " + name2] + mid + [r131_ml]) + "\n"
        else:
            spr = "Extract the %s and the %s as JSON.\n\n" % (nk, mk.replace("_", " ")) + "\n".join([r131_ml, nl + ": " + name2] + mid) + "\n"
        r131_single("Z-%s-%s-%d" % (r131_k, r131_t, r131_i), "Z", sch, spr, {nk: name2, mk: r131_r},
                    {nk: name2, mk: True}, arg=r131_a)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"

# ------------------------------------------------------------------ W: "X included" / "X-free" members beside a number field on X
# (name key, member key, name label, middle, member label, [(tag, added line, arguable)])
r131_W = [
    ("guest", "parking_included", "Guest", "Room: 214", "Parking included", [
        ("billed", "Parking billed separately: 20.00", False), ("extra", "Parking extra cost: 20.00", False),
        ("excl", "Parking excl.: 20.00", False), ("fee", "Parking fee: 20.00", True), ("perday", "Parking per night: 20.00", True)]),
    ("guest", "wifi_included", "Guest", "Room: 214", "Wi-Fi included", [
        ("billed", "Wi-Fi billed separately: 5.00", False), ("extra", "Wi-Fi extra cost: 5.00", False),
        ("excl", "Wi-Fi excl.: 5.00", False), ("charge", "Wi-Fi charge: 5.00", True)]),
    ("order", "shipping_free", "Order", "Total: 59.00", "Free shipping", [
        ("cost", "Shipping cost: 4.90", False), ("billed", "Shipping billed separately: 4.90", False),
        ("extra", "Shipping extra cost: 4.90", False), ("bare", "Shipping: 4.90", False), ("excl", "Shipping excl.: 4.90", False)]),
    ("item", "vat_included", "Item", "Price: 420.00", "VAT included", [
        ("added", "VAT added on top: 84.00", False), ("billed", "VAT billed separately: 84.00", False),
        ("extra", "VAT extra cost: 84.00", False), ("excl", "VAT excl.: 84.00", False), ("bare", "VAT: 84.00", True)]),
    ("bill", "service_included", "Bill", "Total: 80.00", "Service included", [
        ("billed", "Service billed separately: 8.00", False), ("extra", "Service extra cost: 8.00", False),
        ("excl", "Service excl.: 8.00", False), ("charge", "Service charge: 8.00", True)]),
    ("product", "sugar_free", "Product", "Volume: 330 ml", "Sugar-free", [
        ("g", "Sugar (g per 100 ml): 10.6", False), ("per", "Sugar per 100 ml: 10.6", False),
        ("bare", "Sugar: 10.6", False), ("total", "Sugars total: 35.0", False)]),
    ("product", "alcohol_free", "Product", "Volume: 330 ml", "Alcohol-free", [
        ("abv", "Alcohol (% vol): 5.2", False), ("bare", "Alcohol: 5.2", False), ("per", "Alcohol by volume: 5.2", False)]),
    ("product", "gluten_free", "Product", "Weight: 500 g", "Gluten-free", [
        ("mg", "Gluten (mg/kg): 120", False), ("bare", "Gluten: 120", False), ("ppm", "Gluten ppm: 120", False)]),
    ("booking", "free_cancellation", "Booking", "Total: 420.00", "Free cancellation", [
        ("fee", "Cancellation fee: 420.00", False), ("charge", "Cancellation charge: 100%", False),
        ("cost", "Cancellation cost: 420.00", False)]),
    ("guest", "breakfast_included", "Guest", "Room: 214", "Breakfast included", [
        ("de", "Breakfast zzgl.: 15.00", False), ("plus", "Breakfast plus: 15.00", False),
        ("add", "Breakfast additional: 15.00", False), ("onsite", "Breakfast payable on site: 15.00", False),
        ("sep", "Breakfast separately: 15.00", False), ("ontop", "Breakfast on top: 15.00", False),
        ("nok", "Breakfast NOK: 150", True), ("eur", "Breakfast EUR: 15", True)]),
]
r131_Wsafe = [("guest", "breakfast_included", "Guest", "Room: 214", "Breakfast included", "Breakfast time: 07:00"),
              ("guest", "breakfast_included", "Guest", "Room: 214", "Breakfast included", "Breakfast value: 15.00"),
              ("product", "sugar_free", "Product", "Volume: 330 ml", "Sugar-free", "Sugar: 0.0"),
              ("order", "shipping_free", "Order", "Total: 59.00", "Free shipping", "Shipping cost: 0.00")]
for (nk, mk, nl, mid, ml, r131_lines) in r131_W:
    sch = S({nk: "string", mk: "boolean"})
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    for (r131_t, r131_line, r131_a) in r131_lines:
        tag = "W-%s-%s" % (mk, r131_t)
        for r131_lay_ in ("ml", "ol"):
            name = "Una " + r131_nm()
            base = [nl + ": " + name, mid, ml + ": yes"]
            r131_pair(tag + "-" + r131_lay_, "W", sch, ins + r131_lay(base, r131_lay_), {nk: name, mk: True},
                      ins + r131_lay(base + [r131_line], r131_lay_), {nk: name, mk: False}, arg=r131_a)
        for r131_i in range(2):
            name2 = "Per " + r131_nm()
            if r131_i == 0:
                spr = ins + "\n".join([nl + ": " + name2, mid, ml + ": yes", r131_line]) + "\n"
            else:
                spr = "Extract the %s and the %s as JSON.\n\n" % (nk, mk.replace("_", " ")) + \
                    "\n".join([ml + ": yes", nl + ": " + name2, r131_line, mid]) + "\n"
            r131_single("%s-%d" % (tag, r131_i), "W", sch, spr, {nk: name2, mk: False}, {nk: name2, mk: True}, arg=r131_a)
for r131_i, (nk, mk, nl, mid, ml, r131_line) in enumerate(r131_Wsafe):
    sch = S({nk: "string", mk: "boolean"})
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    name = "Una " + r131_nm()
    base = [nl + ": " + name, mid, ml + ": yes"]
    r131_pair("W-safe%d" % r131_i, "W", sch, ins + r131_lay(base, "ml"), {nk: name, mk: True},
              ins + r131_lay(base + [r131_line], "ml"), {nk: name, mk: True}, safe=True)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"

# ------------------------------------------------------------------ D2: dates with no format description; a field on the member's stem
r131_D2SCH = S({"name": "string", "date": "string"})
r131_D2 = [
    ("corr", "Date corrected: 2026-05-04", "2026-05-04", False), ("new", "Date new: 2026-05-04", "2026-05-04", False),
    ("moved", "Date moved: 2026-05-04", "2026-05-04", False), ("resch", "Date rescheduled: 2026-05-04", "2026-05-04", False),
    ("upd", "Date updated: 2026-05-04", "2026-05-04", False), ("rev", "Date revised: 2026-05-04", "2026-05-04", False),
    ("amend", "Date amended: 2026-05-04", "2026-05-04", False), ("neu", "Datum neu: 04.05.2026", "2026-05-04", False),
    ("ny", "Ny dato: 04.05.2026", "2026-05-04", False), ("nueva", "Nueva fecha: 04/05/2026", "2026-05-04", False),
    ("zh", "\u65b0\u65e5\u671f\uff1a2026-05-04", "2026-05-04", False), ("excl", "Date excl.: 2026-05-04", r131_NR, True),
    ("postp", "Postponed to: 2026-05-04", "2026-05-04", False), ("now", "Now: 2026-05-04", "2026-05-04", True),
]
for (r131_t, r131_line, r131_r, r131_a) in r131_D2:
    for r131_lay_ in ("ml", "ol"):
        name = "Eva " + r131_nm()
        ins = "Extract the name and the date as JSON.\n\nRecord:\n"
        base = ["Name: " + name, "Room: 12", "Date: 2026-05-03"]
        r131_pair("D2-%s-%s" % (r131_t, r131_lay_), "D2", r131_D2SCH, ins + r131_lay(base, r131_lay_),
                  {"name": name, "date": "2026-05-03"}, ins + r131_lay(base + [r131_line], r131_lay_),
                  {"name": name, "date": r131_r}, arg=r131_a)
    for r131_i in range(2):
        name2 = "Lea " + r131_nm()
        if r131_i == 0:
            pr2 = "Extract the name and the date as JSON.\n\nRecord:\nName: %s\nRoom: 12\nDate: 2026-05-03\n%s\n" % (name2, r131_line)
        else:
            pr2 = "Give the name and date as JSON.\n\nDate: 2026-05-03\n%s\nName: %s\n" % (r131_line, name2)
        r131_single("D2-%s-%d" % (r131_t, r131_i), "D2", r131_D2SCH, pr2, {"name": name2, "date": r131_r},
                    {"name": name2, "date": "2026-05-03"}, arg=r131_a)

# ------------------------------------------------------------------ W2: more "X included" members, turning words that are not letters-only
r131_W2 = [
    ("guest", "towels_included", "Guest", "Room: 214", "Towels included"),
    ("guest", "cleaning_included", "Guest", "Room: 214", "Cleaning included"),
    ("order", "tax_included", "Order", "Room: 214", "Tax included"),
    ("guest", "dinner_included", "Guest", "Room: 214", "Dinner included"),
    ("guest", "linen_included", "Guest", "Room: 214", "Linen included"),
]
r131_W2L = [("billed", "{X} billed separately: 15.00"), ("extra", "{X} extra cost: 15.00"), ("excl", "{X} excl.: 15.00"),
            ("zzgl", "{X} zzgl.: 15.00"), ("sep", "{X} separately: 15.00"), ("add", "{X} additional: 15.00"),
            ("ontop", "{X} on top: 15.00"), ("notincl", "{X} n.i.: 15.00"), ("exkl", "{X} exkl.: 15,00"),
            ("wo", "{X} w/o: 15.00")]
for (nk, mk, nl, mid, ml) in r131_W2:
    X = ml.split()[0]
    sch = S({nk: "string", mk: "boolean"})
    ins = "Extract %s and %s as JSON.\n\nText:\n" % (nk, mk.replace("_", " "))
    for (r131_t, r131_tpl) in r131_W2L:
        r131_line = r131_tpl.replace("{X}", X)
        tag = "W2-%s-%s" % (mk, r131_t)
        r131_a = r131_t in ("wo", "notincl")
        name = "Una " + r131_nm()
        base = [nl + ": " + name, mid, ml + ": yes"]
        r131_pair(tag, "W2", sch, ins + r131_lay(base, "ml"), {nk: name, mk: True},
                  ins + r131_lay(base + [r131_line], "ml"), {nk: name, mk: False}, arg=r131_a)
        name2 = "Per " + r131_nm()
        spr = "Extract the %s and the %s as JSON.\n\n" % (nk, mk.replace("_", " ")) + \
            "\n".join([ml + ": yes", nl + ": " + name2, r131_line, mid]) + "\n"
        r131_single(tag, "W2", sch, spr, {nk: name2, mk: False}, {nk: name2, mk: True}, arg=r131_a)

for r131_p in P:
    if r131_p["id"] in r131_arguable and "arguable" not in r131_p["family"]:
        r131_p["family"] = r131_p["family"] + "_arguable"


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) and the safe variants all kept, every 3th of the held rest.
from probe_kit import sample_round as r131_sample_round  # noqa: E402
r131_found = {
    'd131-b-F-I-surcharge-ml', 'd131-b-H-P-strike', 'd131-b-K-I-addon-ml', 'd131-b-K-I-bare-ml',
    'd131-b-K-I-charge-ml', 'd131-b-K-I-fee-ml', 'd131-b-K-I-perday-ml', 'd131-b-K-I-price-ml',
    'd131-b-K-I-supp-ml', 'd131-b-K-I-surch2-ml', 'd131-b-M-I-billed-ml', 'd131-b-M-I-excl-ml',
    'd131-b-M-I-extracost-ml', 'd131-b-W-breakfast_included-add-ml', 'd131-b-W-breakfast_included-de-ml', 'd131-b-W-breakfast_included-eur-ml',
    'd131-b-W-breakfast_included-nok-ml', 'd131-b-W-breakfast_included-ontop-ml', 'd131-b-W-breakfast_included-sep-ml', 'd131-b-W-parking_included-billed-ml',
    'd131-b-W-parking_included-excl-ml', 'd131-b-W-parking_included-extra-ml', 'd131-b-W-parking_included-fee-ml', 'd131-b-W-parking_included-perday-ml',
    'd131-b-W-vat_included-bare-ml', 'd131-b-W-vat_included-billed-ml', 'd131-b-W-vat_included-excl-ml', 'd131-b-W-vat_included-extra-ml',
    'd131-b-W2-cleaning_included-add', 'd131-b-W2-cleaning_included-billed', 'd131-b-W2-cleaning_included-excl', 'd131-b-W2-cleaning_included-extra',
    'd131-b-W2-cleaning_included-notincl', 'd131-b-W2-cleaning_included-ontop', 'd131-b-W2-cleaning_included-sep', 'd131-b-W2-cleaning_included-wo',
    'd131-b-W2-cleaning_included-zzgl', 'd131-b-W2-dinner_included-add', 'd131-b-W2-dinner_included-billed', 'd131-b-W2-dinner_included-excl',
    'd131-b-W2-dinner_included-extra', 'd131-b-W2-dinner_included-notincl', 'd131-b-W2-dinner_included-ontop', 'd131-b-W2-dinner_included-sep',
    'd131-b-W2-dinner_included-wo', 'd131-b-W2-dinner_included-zzgl', 'd131-b-W2-linen_included-add', 'd131-b-W2-linen_included-billed',
    'd131-b-W2-linen_included-excl', 'd131-b-W2-linen_included-extra', 'd131-b-W2-linen_included-notincl', 'd131-b-W2-linen_included-ontop',
    'd131-b-W2-linen_included-sep', 'd131-b-W2-linen_included-wo', 'd131-b-W2-linen_included-zzgl', 'd131-b-W2-tax_included-add',
    'd131-b-W2-tax_included-billed', 'd131-b-W2-tax_included-excl', 'd131-b-W2-tax_included-extra', 'd131-b-W2-tax_included-notincl',
    'd131-b-W2-tax_included-ontop', 'd131-b-W2-tax_included-sep', 'd131-b-W2-tax_included-wo', 'd131-b-W2-tax_included-zzgl',
    'd131-b-W2-towels_included-add', 'd131-b-W2-towels_included-billed', 'd131-b-W2-towels_included-excl', 'd131-b-W2-towels_included-extra',
    'd131-b-W2-towels_included-notincl', 'd131-b-W2-towels_included-ontop', 'd131-b-W2-towels_included-sep', 'd131-b-W2-towels_included-wo',
    'd131-b-W2-towels_included-zzgl', 'd131-b-X-A-strlab', 'd131-b-X-P-strlab1', 'd131-b-Z-A-s1',
    'd131-b-Z-I-s1', 'd131-b-Z-I-s2', 'd131-b-Z-P-s1', 'd131-b-Z-P-s2',
    'd131-b-Z-P-s3', 'd131-s-F-I-surcharge-0', 'd131-s-F-I-surcharge-1', 'd131-s-G-comp-1',
    'd131-s-H-P-strike', 'd131-s-K-I-bare-0', 'd131-s-K-I-bare-1', 'd131-s-K-I-fee-0',
    'd131-s-K-I-fee-1', 'd131-s-K-I-perday-0', 'd131-s-K-I-perday-1', 'd131-s-K-I-price-0',
    'd131-s-K-I-price-1', 'd131-s-K-I-surch2-0', 'd131-s-K-I-surch2-1', 'd131-s-W-parking_included-fee-0',
    'd131-s-W-parking_included-fee-1', 'd131-s-W-parking_included-perday-0', 'd131-s-W-parking_included-perday-1', 'd131-s-W-vat_included-bare-0',
    'd131-s-W-vat_included-bare-1', 'd131-s-X-A-strlab-0', 'd131-s-X-A-strlab-1', 'd131-s-X-P-strlab1-0',
    'd131-s-X-P-strlab1-1', 'd131-s-Y-comp-1', 'd131-s-Z-A-s1-0', 'd131-s-Z-A-s1-1',
    'd131-s-Z-I-s1-0', 'd131-s-Z-I-s1-1', 'd131-s-Z-I-s2-0', 'd131-s-Z-I-s2-1',
    'd131-s-Z-P-s1-0', 'd131-s-Z-P-s1-1', 'd131-s-Z-P-s2-0', 'd131-s-Z-P-s2-1',
    'd131-s-Z-P-s3-0', 'd131-s-Z-P-s3-1', 'd131-s-Z-P-s4-0', 'd131-s-Z-P-s4-1',
    'd131-v-F-I-surcharge-ml', 'd131-v-H-P-strike', 'd131-v-K-I-addon-ml', 'd131-v-K-I-bare-ml',
    'd131-v-K-I-charge-ml', 'd131-v-K-I-fee-ml', 'd131-v-K-I-perday-ml', 'd131-v-K-I-price-ml',
    'd131-v-K-I-supp-ml', 'd131-v-K-I-surch2-ml', 'd131-v-M-I-billed-ml', 'd131-v-M-I-excl-ml',
    'd131-v-M-I-extracost-ml', 'd131-v-W-breakfast_included-add-ml', 'd131-v-W-breakfast_included-de-ml', 'd131-v-W-breakfast_included-eur-ml',
    'd131-v-W-breakfast_included-nok-ml', 'd131-v-W-breakfast_included-ontop-ml', 'd131-v-W-breakfast_included-sep-ml', 'd131-v-W-parking_included-billed-ml',
    'd131-v-W-parking_included-excl-ml', 'd131-v-W-parking_included-extra-ml', 'd131-v-W-parking_included-fee-ml', 'd131-v-W-parking_included-perday-ml',
    'd131-v-W-vat_included-bare-ml', 'd131-v-W-vat_included-billed-ml', 'd131-v-W-vat_included-excl-ml', 'd131-v-W-vat_included-extra-ml',
    'd131-v-W2-cleaning_included-add', 'd131-v-W2-cleaning_included-billed', 'd131-v-W2-cleaning_included-excl', 'd131-v-W2-cleaning_included-extra',
    'd131-v-W2-cleaning_included-notincl', 'd131-v-W2-cleaning_included-ontop', 'd131-v-W2-cleaning_included-sep', 'd131-v-W2-cleaning_included-wo',
    'd131-v-W2-cleaning_included-zzgl', 'd131-v-W2-dinner_included-add', 'd131-v-W2-dinner_included-billed', 'd131-v-W2-dinner_included-excl',
    'd131-v-W2-dinner_included-extra', 'd131-v-W2-dinner_included-notincl', 'd131-v-W2-dinner_included-ontop', 'd131-v-W2-dinner_included-sep',
    'd131-v-W2-dinner_included-wo', 'd131-v-W2-dinner_included-zzgl', 'd131-v-W2-linen_included-add', 'd131-v-W2-linen_included-billed',
    'd131-v-W2-linen_included-excl', 'd131-v-W2-linen_included-extra', 'd131-v-W2-linen_included-notincl', 'd131-v-W2-linen_included-ontop',
    'd131-v-W2-linen_included-sep', 'd131-v-W2-linen_included-wo', 'd131-v-W2-linen_included-zzgl', 'd131-v-W2-tax_included-add',
    'd131-v-W2-tax_included-billed', 'd131-v-W2-tax_included-excl', 'd131-v-W2-tax_included-extra', 'd131-v-W2-tax_included-notincl',
    'd131-v-W2-tax_included-ontop', 'd131-v-W2-tax_included-sep', 'd131-v-W2-tax_included-wo', 'd131-v-W2-tax_included-zzgl',
    'd131-v-W2-towels_included-add', 'd131-v-W2-towels_included-billed', 'd131-v-W2-towels_included-excl', 'd131-v-W2-towels_included-extra',
    'd131-v-W2-towels_included-notincl', 'd131-v-W2-towels_included-ontop', 'd131-v-W2-towels_included-sep', 'd131-v-W2-towels_included-wo',
    'd131-v-W2-towels_included-zzgl', 'd131-v-X-A-strlab', 'd131-v-X-P-strlab1', 'd131-v-Z-A-s1',
    'd131-v-Z-I-s1', 'd131-v-Z-I-s2', 'd131-v-Z-P-s1', 'd131-v-Z-P-s2',
    'd131-v-Z-P-s3'
}
r131_sample_round("d131-", r131_found, 3)


# Arguable ids still served from the cache after the fixes (their expected answer is one reading of several;
# FINDINGS.md, rounds 129-139): left out of the ctest set.
r131_left_out = {
    'd131-s-Y-child-1', 'd131-s-G-comp-1', 'd131-s-K-I-bare-0', 'd131-s-K-I-bare-1', 'd131-s-W-parking_included-fee-1',
    'd131-s-W-vat_included-bare-0', 'd131-s-W-vat_included-bare-1', 'd131-s-Y-comp-1', 'd131-v-K-I-bare-ml',
    'd131-v-W-vat_included-bare-ml'
}
P[:] = [r131_p for r131_p in P if r131_p["id"] not in r131_left_out]
