r"""Red-team round 241 (black box): BOOLEANS, ENUMS AND ABSENT VALUES IN JSON EXTRACTION.
Focus: bases stored with a boolean (paid, breakfast), an enum (status [pending, shipped, delivered, cancelled], size
  [small, medium, large], priority [low, normal, high], insured [yes, no, unknown]), a nullable or optional member
  (phone: ["string","null"] or not required) or a nullable boolean (insured: ["boolean","null"]); variants where only
  the stated fact changes, the model's first answer the base's (stale) answer and its second the right one.
  2,977 probes (seeded random.Random(241)): 170 bases, 2,609 pair variants, 83 singles (a wrong first answer, no
  base), 115 safe variants. Served twice on one fresh SQLite store (check.py --runs 2).
Parts: (1, d241-bi/vi/si-) "Paid:" lines in 54 forms (no/No/false/N/✗/✘/☐/[ ]/0, Not paid, Unpaid, pending, not yet,
  awaiting payment, overdue, declined, charged back, bounced, scheduled, on hold, refunded, partially, in dispute,
  "yes (cancelled)", "yes (reversed 3 May)", "~~yes~~ no", "yes? No - still open", nej/nei/nein, "Unpaid: yes",
  "Outstanding: yes/no", "Unpaid: no", "Payment received: no", "Settled: yes", ✓/✔/☑/[x], in full, done, cleared...),
  the Paid line replaced by prose or an "Update:" line, and patch variants where the amount changes too (model: new
  amount, stale paid); (1b, d241-bip/vip-) the truth stated in prose only ("The invoice has been settled." -> "... has
  not been settled."); (2, d241-bo/vo/so-) status and size synonyms, other languages, values the enum lacks, a status
  note below the record, patch variants with size and status both changed; (2b, d241-bt/vt-) priority: urgent,
  critical, P1, ASAP, blocker, medium, standard, "not urgent", hoch/høy/lav; (3, d241-bcn/bco/vcn/vco-) the phone line
  blanked or replaced by 26 placeholders ("Phone:", "—", "-", "n/a", "none", "TBD", "see above", "withheld", "ask
  reception", "???", "0", "same as email", line removed...), the placeholder copied by the model, "Old phone:"/"Fax:"
  holding the number, "(disconnected)"; (3b, d241-brn/bro-) the reverse: a stored null, then a phone; (4, d241-bye/
  byn-) tri-state insured as enum and as nullable boolean ("unknown", "?", blank, "Uninsured: yes", "expired",
  "pending", "yes (expired 2024)"); (5, d241-bk-) breakfast: "not included", "Breakfast declined: yes", "Room only",
  "Without breakfast: yes", "Board: room only", Frühstück/inkludert; (6, d241-bm-) two invoices, the asked one's flag
  changed; (7, d241-g-) singles; (8, d241-e*-) the fact changed OUTSIDE the member's line: an intro sentence above
  the record, a sentence appended to the instruction, a field of no member that names an event ("Refunded: yes",
  "Cheque bounced: yes", "Cancelled on: 2026-05-03", "Cancellation reason: customer request", "Delivered: yes",
  "Tracking no.: …", "Escalated to: high", "Override: high", "Phone status: disconnected", "Breakfast cancelled: yes",
  "Room only: yes"); (9, d241-f*-) the fact written on ANOTHER member's line ("Invoice no: INV-4821 (void)", "Amount:
  125.00 (refunded)", "Order ID: ORD-55512 [VOID]", "Size: small (order cancelled)", "Ticket: TCK-311 — URGENT",
  "Guest: Kari Moe (room only)", "Name: Ana Berg (no phone)"), footnotes to the value ("Paid: yes*" / "* the cheque
  bounced"), intro sentences without member words ("For your records, the following was cancelled before dispatch:");
  (10, d241-gs/gt-) struck values with combining marks ("Paid: y̶e̶s̶", "P̶a̶i̶d̶ Unpaid: yes", "<s>yes</s> no") and
  markdown tables whose header flips the sense ("| Unpaid |" over "yes").
HELD, every shape: 0 wrong answers from the cache in run 1 and in run 2 (0 on the reuse path, 0 members kept from
  the cached answer on the patch path). Reuse happened only where the member's own line read the same ("Paid: no"
  reused as false, "Paid: pending" reused as false after it was stored, "Status: delivered"...); a changed value line
  in any form failed its member ("its field now reads … : not a value of the same shape", "the box beside its label
  is ticked", "the statement holding its evidence changed"), a value's case alone ("Paid: No", "Status: Shipped")
  failed it too; an intro sentence above the record was read as part of the instruction ("the instruction names
  'invoice' a different number of times", "a short statement changed"), a sentence appended to the instruction
  likewise; every field of no member that names an event, every remark on another member's line, every footnote,
  struck value and table failed every member (failing fraction 1.0 or 0.67, full regeneration). Patch variants
  (amount or size changed together with the flag) always regenerated the flag. Nothing with a null, a placeholder,
  a table, two records, prose-only truth or a tri-state enum was stored. Pairs on their own store (the 90 groups of
  parts 8–10, 804 probes, each base and its variants on a fresh store, two passes; a script outside the suite): 0 from
  the cache in either pass (0 / 69 reused, all right; 204 / 204 wrong served fresh); an earlier generator's 45 groups
  of parts 1–2 on their own stores: 0 too.
  Cost: safe variants reused 4/115 (run 1), 6/115 (run 2); 1,463 requests ended in an error although the model's
  second answer was right (mostly a value word the checks do not map: "Paid: nej", "Status: dispatched", "Priority:
  urgent", "Insured: ?").
WHAT GOT THROUGH: nothing from the cache. r241_found_alone and r241_arguable are empty, so a run of the found ids alone keeps no
  probe of this round.
SERVED FRESH (the model's stale answer passed the fresh checks; never stored): 318 in run 1 (260 clear, 58 judged
  arguable), 316 in run 2 (259 / 57); all on skip, or on patch with the wrong member regenerated by the model:
  "Outstanding: no" -> paid false; "Settled: yes" -> paid false; "Uninsured: yes" -> insured "yes"; "Insured: "
  (blank, nullable boolean) -> true; "Fax: +47 912 34 567" (no Phone line) -> phone "+47 912 34 567"; "The invoice
  has been settled." (no Paid line) -> false; "P̶a̶i̶d̶ Unpaid: yes" -> true; an intro "The following invoice was
  cancelled and never paid:" above "Paid: yes" -> true; "… below. The payment bounced." -> true; "Breakfast
  cancelled: yes" below "Breakfast: yes" -> true; "Phone status: disconnected" -> the number; "Order ID: ORD-91805
  [VOID]" above "Status: pending" -> "pending". Arguable: "Paid: refunded", "yes (cancelled)", "partially",
  "Tracking no.:", "Signed for by:", "Number valid until: 2024-12-31", "(disconnected)", table cell left blank.
Adds its probes to probe_kit.P."""
import random as r241_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r241_rng = r241_random.Random(241)
r241_found_alone = set()
r241_arguable = set()
r241_prompts = {}
r241_n = [0]
r241_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r241_meta = {}
r241_group = [0]

NAMES = ["Ana Berg", "Tomas Ek", "Siv Vold", "Lars Fjeld", "Mira Holt", "Priya Nair", "Jon Dahl", "Eva Lund",
         "Kari Moe", "Omar Haddad", "Lena Sørli", "Ravi Menon", "Ines Costa", "Bo Strand", "Nina Kraft"]
CLERKS = ["Per Ruud", "Hege Lie", "Arne Bakk", "Tone Vik"]


def r241_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, meta=None):
    import json as _j
    key = prompt + "\u0000" + _j.dumps(schema, sort_keys=True)
    if key in r241_prompts:
        return r241_prompts[key]
    r241_n[0] += 1
    pid = "d241-%s-%d" % (tag, r241_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r241_prompts[key] = pid
    r241_counts[kind] += 1
    r241_meta[pid] = dict(meta or {}, group=r241_group[0])
    return pid


def r241_pair(tag, fam, base_prompt, base_expect, schema, variants):
    """variants: (prompt, expect, first_wrong or None, form, arguable, safe)."""
    r241_group[0] += 1
    b = r241_add("b" + tag, fam, base_prompt, schema, base_expect, [base_expect], "base", meta={"form": "base"})
    for (prompt, expect, wrong, form, arg, safe) in variants:
        if safe:
            r241_add("s" + tag, fam, prompt, schema, expect, [expect], "safe", safe=True,
                     meta={"base": b, "form": form})
        else:
            answers = [wrong if wrong is not None else base_expect, expect]
            r241_add("v" + tag, fam, prompt, schema, expect, answers, "pair",
                     meta={"base": b, "form": form, "arguable": arg})


def lines_fmt(fields, style):
    out = []
    for k, v in fields:
        if k is None:
            out.append(v)
        elif style == 0:
            out.append("%s: %s" % (k, v))
        elif style == 1:
            out.append("%s:  %s" % (k, v))
        else:
            out.append("%s - %s" % (k, v))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 1. invoices: paid boolean
INV_INSTR = ["Return invoice_no, amount and paid for the invoice below.",
             "Return invoice_no, amount and paid as JSON.",
             "Return invoice_no, amount and paid for this invoice.",
             "Extract invoice_no, amount and paid as JSON."]
inv_schema = S({"invoice_no": "string", "amount": "number", "paid": "boolean"},
               {"paid": "whether the invoice has been paid"})

# (how the Paid line reads, its truth, arguable)
TO_FALSE = [("Paid: no", False, False), ("Paid: No", False, False), ("Paid: false", False, False),
            ("Paid: N", False, False), ("Not paid", False, False), ("Unpaid", False, False),
            ("Paid: ✗", False, False), ("Paid: ✘", False, False), ("Paid: pending", False, False),
            ("Paid: not yet", False, False), ("Paid: awaiting payment", False, False),
            ("Paid: overdue", False, False), ("Paid: refunded", False, True),
            ("Paid: yes (cancelled)", False, True), ("Paid: yes (reversed 3 May)", False, True),
            ("Paid: declined", False, False), ("Unpaid: yes", False, False), ("Outstanding: yes", False, False),
            ("Payment received: no", False, False), ("Paid: ~~yes~~ no", False, False),
            ("Paid: no (due 30 June)", False, False), ("Paid: yes? No - still open", False, False),
            ("Paid: nope", False, False), ("Paid: nej", False, False), ("Betalt: nei", False, False),
            ("Bezahlt: nein", False, False), ("Paid: 0", False, False), ("Paid: [ ]", False, False),
            ("Paid: ☐", False, False), ("Paid: partially", False, True), ("Paid: in dispute", False, True),
            ("Paid: charged back", False, False), ("Paid: bounced", False, False),
            ("Paid: scheduled", False, False), ("Paid: on hold", False, False)]
TO_TRUE = [("Paid: yes", True, False), ("Paid: Yes", True, False), ("Paid: true", True, False),
           ("Paid: Y", True, False), ("Paid: ✓", True, False), ("Paid: ✔", True, False),
           ("Paid: ☑", True, False), ("Paid: [x]", True, False), ("Unpaid: no", True, False),
           ("Outstanding: no", True, False), ("Paid: in full", True, False), ("Paid: done", True, False),
           ("Settled: yes", True, False), ("Paid: ja", True, False), ("Paid: 1", True, False),
           ("Paid: received", True, False), ("Paid: cleared", True, False), ("Paid: no longer outstanding", True, False),
           ("Paid: yes (late)", True, False)]
PROSE_FALSE = ["The invoice has not been settled.", "This invoice is still unpaid.", "Payment is still outstanding.",
               "We have not received payment for this invoice.", "The invoice remains open.",
               "No payment has been made yet.", "The payment bounced.", "The invoice was never paid."]
PROSE_TRUE = ["The invoice has been settled.", "This invoice has been paid.", "Payment was received in full.",
              "The invoice is settled.", "Payment has cleared.", "The customer paid this invoice on 2 May."]


def inv_fields(no, amt, paidline, extra=None, clerk=None):
    f = [("Invoice no", no), ("Amount", amt)]
    if paidline is not None:
        if ":" in paidline:
            k, v = paidline.split(":", 1)
            f.append((k, v.strip()))
        else:
            f.append((None, paidline))
    if clerk:
        f.append(("Clerk", clerk))
    if extra:
        f.append((None, extra))
    return f


for i in range(6):
    instr = INV_INSTR[i % 4]
    style = [0, 0, 1, 2][i % 4]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = r241_rng.choice([125.0, 480.5, 1250.0, 89.9, 2200.0, 64.25, 310.0, 975.75])
    amt = "%.2f" % amt_v
    clerk = CLERKS[i % 4] if i % 7 == 3 else None
    head = "Invoice\n" if i % 7 == 5 else ""
    # base paid true
    for base_true in (True, False):
        base_line = "Paid: yes" if base_true else "Paid: no"
        bp = "%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, base_line, clerk=clerk), style))
        bexp = {"invoice_no": no, "amount": amt_v, "paid": base_true}
        forms = TO_FALSE if base_true else TO_TRUE
        vs = []
        for (pl, truth, arg) in forms:
            if ("Paid: %s" % ("yes" if base_true else "no")) == pl:
                continue
            p = "%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, pl, clerk=clerk), style))
            vs.append((p, dict(bexp, paid=truth), None, "inv:" + pl, arg, False))
        # the Paid line replaced by prose, or prose added below it
        for s in (PROSE_FALSE if base_true else PROSE_TRUE)[i % 3::3]:
            p = "%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, None, clerk=clerk, extra=s), style))
            vs.append((p, dict(bexp, paid=not base_true), None, "inv-prose-only:" + s, False, False))
            p = "%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, base_line, clerk=clerk,
                                                                 extra="Update: " + s), style))
            vs.append((p, dict(bexp, paid=not base_true), None, "inv-update:" + s, True, False))
        # patch path: the amount changes too; the model's first answer has the new amount and the stale paid
        new_amt_v = amt_v + 100
        for (pl, truth, arg) in forms[i % 5::5]:
            if ("Paid: %s" % ("yes" if base_true else "no")) == pl:
                continue
            p = "%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, "%.2f" % new_amt_v, pl, clerk=clerk), style))
            right = {"invoice_no": no, "amount": new_amt_v, "paid": truth}
            vs.append((p, right, dict(right, paid=base_true), "inv-patch:" + pl, arg, False))
        # safe: intro sentence, another clerk, case of the value, instruction paraphrase
        vs.append(("%s\n\nPlease process the following invoice.\n%s%s" % (
            instr, head, lines_fmt(inv_fields(no, amt, base_line, clerk=clerk), style)),
            bexp, None, "safe-intro", False, True))
        if clerk:
            vs.append(("%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, base_line, clerk="Ola Nes"), style)),
                       bexp, None, "safe-clerk", False, True))
        vs.append(("%s\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, base_line.replace(
            "yes", "Yes").replace("no", "No"), clerk=clerk), style)), bexp, None, "safe-case", False, True))
        vs.append(("%s Thanks!\n\n%s%s" % (instr, head, lines_fmt(inv_fields(no, amt, base_line, clerk=clerk), style)),
                   bexp, None, "safe-thanks", False, True))
        r241_pair("i", "r241_bool_paid", bp, bexp, inv_schema, vs)

# prose bases: the boolean stated in prose
for i in range(8):
    instr = INV_INSTR[i % 4]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = [125.0, 480.5, 1250.0, 89.9][i % 4]
    bt = PROSE_TRUE[i % len(PROSE_TRUE)]
    bp = "%s\n\nInvoice no: %s\nAmount: %.2f\n%s\n" % (instr, no, amt_v, bt)
    bexp = {"invoice_no": no, "amount": amt_v, "paid": True}
    vs = []
    for s in PROSE_FALSE:
        vs.append(("%s\n\nInvoice no: %s\nAmount: %.2f\n%s\n" % (instr, no, amt_v, s),
                   dict(bexp, paid=False), None, "prose->prose:" + s, False, False))
    vs.append(("%s\n\nInvoice no: %s\nAmount: %.2f\n%s\n" % (instr, no, amt_v, bt.replace("has been", "has not been")
                                                               .replace("is settled", "is not settled")
                                                               .replace("was received", "was not received")
                                                               .replace("has cleared", "has not cleared")
                                                               .replace("paid this", "never paid this")),
               dict(bexp, paid=False), None, "prose-negated", False, False))
    r241_pair("ip", "r241_bool_prose", bp, bexp, inv_schema, vs)

# ------------------------------------------------------------------ 2. orders: enums
ORD_INSTR = ["Extract the order id, status and size as JSON.", "Return order_id, status and size for this order.",
             "Extract the order id, status and size as JSON.", "Return order_id, status and size for the order below."]
ord_schema = S({"order_id": "string",
                "status": {"type": "string", "enum": ["pending", "shipped", "delivered", "cancelled"]},
                "size": {"type": "string", "enum": ["small", "medium", "large"]}})
STATUS_FORMS = {
    "pending": [("shipped", "shipped", False), ("Shipped", "shipped", False), ("dispatched", "shipped", False),
                ("Dispatched", "shipped", False), ("in transit", "shipped", False), ("on its way", "shipped", False),
                ("sent", "shipped", False), ("handed to carrier", "shipped", False), ("out for delivery", "shipped", True),
                ("delivered", "delivered", False), ("received by customer", "delivered", False),
                ("completed", "delivered", True), ("cancelled", "cancelled", False), ("canceled", "cancelled", False),
                ("Cancelled", "cancelled", False), ("void", "cancelled", True), ("pending (cancelled by customer)", "cancelled", True),
                ("annulled", "cancelled", False), ("storniert", "cancelled", False), ("sendt", "shipped", False),
                ("versandt", "shipped", False), ("levert", "delivered", False), ("not pending", "shipped", True)],
    "shipped": [("pending", "pending", False), ("not shipped", "pending", False), ("not yet shipped", "pending", False),
                ("awaiting dispatch", "pending", False), ("dispatch pending", "pending", False),
                ("shipped? no", "pending", True), ("processing", "pending", True), ("on hold", "pending", True),
                ("delivered", "delivered", False), ("arrived", "delivered", False), ("cancelled", "cancelled", False),
                ("shipped - cancelled before delivery", "cancelled", True), ("un-shipped", "pending", True)],
}
SIZE_FORMS = {"small": [("M", "medium", False), ("m", "medium", False), ("Medium", "medium", False),
                        ("med", "medium", False), ("L", "large", False), ("Large", "large", False), ("large", "large", False),
                        ("lg", "large", False), ("not small", "medium", True), ("medium-large", "large", True),
                        ("S → M", "medium", True), ("mittel", "medium", False), ("stor", "large", False)],
              "medium": [("S", "small", False), ("small", "small", False), ("sm", "small", False), ("L", "large", False),
                         ("XL", "large", True), ("large", "large", False), ("klein", "small", False)]}
for i in range(10):
    instr = ORD_INSTR[i % 4]
    style = [0, 1, 0, 2][i % 4]
    oid = "ORD-%d" % r241_rng.randint(10000, 99999)
    bstat = ["pending", "shipped"][i % 2]
    bsize = ["small", "medium"][(i // 2) % 2]
    clerk = CLERKS[i % 4]
    def of(st, sz, extra=None, cl=clerk):
        f = [("Order ID", oid), ("Status", st), ("Size", sz)] + ([("Handled by", cl)] if i % 6 == 5 else [])
        if extra:
            f.append((None, extra))
        return f
    style = [0, 2, 0, 1][i % 4]
    bp = "%s\n\n%s" % (instr, lines_fmt(of(bstat, bsize), style))
    bexp = {"order_id": oid, "status": bstat, "size": bsize}
    vs = []
    for (txt, val, arg) in STATUS_FORMS[bstat]:
        vs.append(("%s\n\n%s" % (instr, lines_fmt(of(txt, bsize), style)), dict(bexp, status=val), None,
                   "status:" + txt, arg, False))
    for (txt, val, arg) in SIZE_FORMS[bsize]:
        vs.append(("%s\n\n%s" % (instr, lines_fmt(of(bstat, txt), style)), dict(bexp, size=val), None,
                   "size:" + txt, arg, False))
    # the status given as prose below the record
    for s, val in [("The parcel left our warehouse this morning.", "shipped"), ("The customer cancelled the order.", "cancelled"),
                   ("The order has been delivered.", "delivered")]:
        if val == bstat:
            continue
        vs.append(("%s\n\n%s" % (instr, lines_fmt(of(bstat, bsize, extra=s), style)), dict(bexp, status=val), None,
                   "status-note:" + s, True, False))
    # patch: size and status both change; model's first answer right on size, stale on status
    for (txt, val, arg) in STATUS_FORMS[bstat][i % 3::3]:
        nsz = "large"
        right = {"order_id": oid, "status": val, "size": nsz}
        vs.append(("%s\n\n%s" % (instr, lines_fmt(of(txt, "Large"), style)), right, dict(right, status=bstat),
                   "status-patch:" + txt, arg, False))
    # safe
    vs.append(("%s\n\n%s" % (instr, lines_fmt(of(bstat, bsize, cl="Ola Nes"), style)), bexp, None, "safe-clerk", False, True))
    vs.append(("%s\n\n%s" % (instr, lines_fmt(of(bstat.capitalize(), bsize), style)), bexp, None, "safe-case", False, True))
    vs.append(("%s\n\nPlease process the order below.\n%s" % (instr, lines_fmt(of(bstat, bsize), style)), bexp, None,
               "safe-intro", False, True))
    r241_pair("o", "r241_enum", bp, bexp, ord_schema, vs)

# priority enum [low, normal, high]
TK_INSTR = ["Return ticket and priority as JSON.", "Return ticket and priority for this support ticket.",
            "Extract ticket and priority as JSON."]
tk_schema = S({"ticket": "string", "priority": {"type": "string", "enum": ["low", "normal", "high"]}})
PRI_FORMS = {"low": [("urgent", "high", False), ("Urgent", "high", False), ("critical", "high", False),
                     ("high", "high", False), ("HIGH", "high", False), ("P1", "high", True), ("ASAP", "high", True),
                     ("blocker", "high", True), ("medium", "normal", False), ("standard", "normal", False),
                     ("normal", "normal", False), ("regular", "normal", False), ("not low", "normal", True),
                     ("low → high", "high", True), ("hoch", "high", False), ("høy", "high", False), ("!!!", "high", True)],
             "high": [("low", "low", False), ("not urgent", "low", True), ("minor", "low", False), ("trivial", "low", False),
                      ("whenever", "low", True), ("normal", "normal", False), ("medium", "normal", False),
                      ("downgraded to normal", "normal", False), ("lav", "low", False), ("niedrig", "low", False),
                      ("high (resolved)", "high", True)]}
for i in range(10):
    instr = TK_INSTR[i % 3]
    tid = "TCK-%d" % r241_rng.randint(100, 999)
    bpri = ["low", "high"][i % 2]
    def tf(pr, extra=None):
        f = [("Ticket", tid), ("Subject", ["Printer jam", "Login fails", "VPN drops", "Invoice copy", "Screen flicker"][i % 5]),
             ("Priority", pr)]
        if extra:
            f.append((None, extra))
        return f
    bp = "%s\n\n%s" % (instr, lines_fmt(tf(bpri), i % 3))
    bexp = {"ticket": tid, "priority": bpri}
    vs = [("%s\n\n%s" % (instr, lines_fmt(tf(t), i % 3)), dict(bexp, priority=v), None, "pri:" + t, a, False)
          for (t, v, a) in PRI_FORMS[bpri] if not (t == "high (resolved)")]
    vs.append(("%s\n\n%s" % (instr, lines_fmt(tf(bpri, extra="Escalated to urgent by the manager."), i % 3)),
               dict(bexp, priority="high"), None, "pri-note-escalated", True, False) if bpri == "low" else
              ("%s\n\n%s" % (instr, lines_fmt(tf(bpri, extra="Downgraded to low after triage."), i % 3)),
               dict(bexp, priority="low"), None, "pri-note-downgraded", True, False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt(tf(bpri.upper()), i % 3)), bexp, None, "safe-case", False, True))
    r241_pair("t", "r241_enum_pri", bp, bexp, tk_schema, vs)

# ------------------------------------------------------------------ 3. nullable and optional phone
CT_INSTR = ["Return name and phone as JSON.", "Return name and phone for the contact below.",
            "Extract name and phone as JSON."]
ct_schema_null = S({"name": "string", "phone": {"type": ["string", "null"]}})
ct_schema_opt = S({"name": "string", "phone": "string"}, required=["name"])
PHONE_BLANK = [("Phone:", False), ("Phone: —", False), ("Phone: -", False), ("Phone: n/a", False), ("Phone: N/A", False),
               ("Phone: none", False), ("Phone: None", False), ("Phone: TBD", False), ("Phone: see above", True),
               ("Phone: (none given)", False), ("Phone: not provided", False), ("Phone: unknown", False),
               ("Phone: withheld", False), ("Phone: ask reception", True), ("Phone: ---", False), ("Phone: –", False),
               ("Phone: nil", False), ("Phone: ingen", False), ("Phone: keine", False), ("Phone: to follow", False),
               ("Phone: no phone", False), ("Phone: <blank>", False), ("Phone: ???", True), ("Phone: 0", True),
               ("Phone: same as email", True), ("(line removed)", False)]
PHONES = ["+47 912 34 567", "555-0142", "+44 20 7946 0958", "(212) 555-0199", "+49 30 1234567", "040 22 33 44"]
for i in range(12):
    instr = CT_INSTR[i % 3]
    name = NAMES[i]
    email = name.lower().replace(" ", ".").replace("ø", "o") + "@example.com"
    phone = PHONES[i % len(PHONES)]
    nullable = i % 2 == 0
    schema = ct_schema_null if nullable else ct_schema_opt
    def cf(ph_line, extra=None):
        f = [("Name", name)]
        if ph_line and ph_line != "(line removed)":
            k, v = ph_line.split(":", 1)
            f.append((k, v.strip()))
        if extra:
            f.append((None, extra))
        return f
    st = i % 3
    bp = "%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + phone), st))
    bexp = {"name": name, "phone": phone}
    absent = {"name": name, "phone": None} if nullable else {"name": name}
    vs = []
    for (pl, arg) in PHONE_BLANK:
        vs.append(("%s\n\n%s" % (instr, lines_fmt(cf(pl), st)), absent, None, "phone:" + pl, arg, False))
    # another realistic mistake: the placeholder copied as the value
    for pl in ["Phone: n/a", "Phone: TBD", "Phone: none"]:
        p = "%s\n\n%s" % (instr, lines_fmt(cf(pl, extra="Note: phone to be confirmed"), st))
        vs.append((p, absent, dict(bexp, phone=pl.split(": ")[1]), "phone-copied:" + pl, False, False))
    # a new phone
    vs.append(("%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + PHONES[(i + 1) % 6]), st)),
               dict(bexp, phone=PHONES[(i + 1) % 6]), None, "phone-new", False, False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + phone + " (disconnected)"), st)),
               absent, None, "phone-disconnected", True, False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + phone, extra="This number is no longer in use."), st)),
               absent, None, "phone-note-dead", True, False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt([("Name", name), ("Old phone", phone), ("Phone", "—")], st)),
               absent, None, "phone-old-label", False, False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt([("Name", name), ("Fax", phone)], st)),
               absent, None, "phone-fax-label", False, False))
    # safe
    vs.append(("%s\n\nPlease process the contact card below.\n%s" % (instr, lines_fmt(cf("Phone: " + phone), st)),
               bexp, None, "safe-intro", False, True))
    r241_pair("c" + ("n" if nullable else "o"), "r241_absent", bp, bexp, schema, vs)
    # reverse: base with no phone (null), variant with a phone
    bp2 = "%s\n\n%s" % (instr, lines_fmt(cf("Phone: n/a"), st))
    vs2 = [("%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + phone), st)), bexp, absent, "phone-filled", False, False),
           ("%s\n\n%s" % (instr, lines_fmt(cf("Phone: " + phone + " (new)"), st)), bexp, absent, "phone-filled-new", True, False),
           ("%s\n\n%s" % (instr, lines_fmt(cf("Phone: —"), st)), absent, None, "safe-blank-form", False, True)]
    r241_pair("r" + ("n" if nullable else "o"), "r241_absent_rev", bp2, absent, schema, vs2)

# ------------------------------------------------------------------ 4. tri-state and nullable boolean
INS_INSTR = ["Return name and insured as JSON.",
             "Return name and insured for this driver."]
ins_enum = S({"name": "string", "insured": {"type": "string", "enum": ["yes", "no", "unknown"]}})
ins_nb = S({"name": "string", "insured": {"type": ["boolean", "null"]}},
           {"insured": "true if insured, false if not, null if unknown"})
TRI = [("Insured: unknown", "unknown", None, False), ("Insured: ?", "unknown", None, False),
       ("Insured: not sure", "unknown", None, False), ("Insured: unclear", "unknown", None, False),
       ("Insured: no", "no", False, False), ("Insured: No", "no", False, False), ("Uninsured: yes", "no", False, False),
       ("Insured: expired", "no", False, True), ("Insured: pending", "unknown", None, True),
       ("Insured:", "unknown", None, False), ("Insured: n/a", "unknown", None, True), ("Insured: lapsed", "no", False, True),
       ("Insured: not verified", "unknown", None, False), ("Insured: yes (expired 2024)", "no", False, True),
       ("Not insured", "no", False, False), ("Insurance: none", "no", False, False), ("Insured: ukjent", "unknown", None, False)]
for i in range(10):
    instr = INS_INSTR[i % 2]
    name = NAMES[(i + 3) % len(NAMES)]
    plate = "EL %d" % r241_rng.randint(10000, 99999)
    def df(line):
        f = [("Name", name)]
        if ":" in line:
            k, v = line.split(":", 1)
            f.append((k, v.strip()))
        else:
            f.append((None, line))
        return f
    st = i % 3
    bp = "%s\n\n%s" % (instr, lines_fmt(df("Insured: yes"), st))
    for sch, tag in ((ins_enum, "e"), (ins_nb, "n")):
        bexp = {"name": name, "insured": "yes" if tag == "e" else True}
        vs = []
        for (line, ev, nb, arg) in TRI:
            exp = dict(bexp, insured=ev if tag == "e" else nb)
            vs.append(("%s\n\n%s" % (instr, lines_fmt(df(line), st)), exp, None, "tri-%s:%s" % (tag, line), arg, False))
        vs.append(("%s\n\n%s" % (instr, lines_fmt(df("Insured: Yes"), st)), bexp, None, "safe-case", False, True))
        r241_pair("y" + tag, "r241_tristate", bp, bexp, sch, vs)

# ------------------------------------------------------------------ 5. booking: breakfast boolean, label sense
BK_INSTR = ["Return guest, nights and breakfast as JSON.",
            "Return guest, nights and breakfast for this booking."]
bk_schema = S({"guest": "string", "nights": "integer", "breakfast": "boolean"},
              {"breakfast": "breakfast included"})
BF_FALSE = ["Breakfast: not included", "Breakfast: excluded", "Breakfast: no", "Breakfast declined: yes",
            "Room only", "Breakfast: extra charge", "Breakfast: included? No", "No breakfast",
            "Breakfast: none", "Breakfast: —", "Breakfast: cancelled", "Breakfast: No", "Breakfast: not included", "Breakfast included: no",
            "Without breakfast: yes", "Breakfast: inkludert? nei", "Frühstück: nein", "Board: room only"]
BF_TRUE = ["Breakfast: included", "Breakfast: Yes", "Breakfast declined: no", "Bed & breakfast",
           "Breakfast included: yes", "Without breakfast: no", "Board: B&B", "Breakfast: inkludert", "Frühstück: ja"]
for i in range(8):
    instr = BK_INSTR[i % 2]
    guest = NAMES[(i + 6) % len(NAMES)]
    nights = r241_rng.randint(2, 9)
    bt = i % 2 == 0
    def bf(line, room="214"):
        f = [("Guest", guest), ("Nights", str(nights))]
        if ":" in line:
            k, v = line.split(":", 1)
            f.append((k, v.strip()))
        else:
            f.append((None, line))
        f.append(("Room", room))
        return f
    st = i % 3
    bline = "Breakfast: yes" if bt else "Breakfast: no"
    bp = "%s\n\n%s" % (instr, lines_fmt(bf(bline), st))
    bexp = {"guest": guest, "nights": nights, "breakfast": bt}
    vs = []
    for line in (BF_FALSE if bt else BF_TRUE):
        if line == bline:
            continue
        vs.append(("%s\n\n%s" % (instr, lines_fmt(bf(line), st)), dict(bexp, breakfast=not bt), None, "bf:" + line,
                   line in ("Breakfast: extra charge", "Breakfast: —"), False))
    vs.append(("%s\n\n%s" % (instr, lines_fmt(bf(bline, room="310"), st)), bexp, None, "safe-room", False, True))
    r241_pair("k", "r241_bool_breakfast", bp, bexp, bk_schema, vs)

# ------------------------------------------------------------------ 6. several records
for i in range(6):
    instr = ["Extract invoice %s's number, amount and paid status as JSON.",
             "For invoice %s only, return invoice_no, amount and paid."][i % 2]
    a_no, b_no = "INV-%d" % r241_rng.randint(1000, 9999), "INV-%d" % r241_rng.randint(1000, 9999)
    a_amt, b_amt = 300.0 + i, 740.0 + i
    ins = instr % b_no
    def rec(pa, pb):
        return ("Invoice no: %s\nAmount: %.2f\nPaid: %s\n\nInvoice no: %s\nAmount: %.2f\nPaid: %s\n"
                % (a_no, a_amt, pa, b_no, b_amt, pb))
    bp = "%s\n\n%s" % (ins, rec("no", "yes"))
    bexp = {"invoice_no": b_no, "amount": b_amt, "paid": True}
    vs = [("%s\n\n%s" % (ins, rec("yes", "no")), dict(bexp, paid=False), None, "multi-swap", False, False),
          ("%s\n\n%s" % (ins, rec("no", "pending")), dict(bexp, paid=False), None, "multi-pending", False, False),
          ("%s\n\n%s" % (ins, rec("no", "✗")), dict(bexp, paid=False), None, "multi-cross", False, False),
          ("%s\n\n%s" % (ins, rec("yes", "yes")), bexp, None, "safe-other-record", False, True)]
    r241_pair("m", "r241_multi", bp, bexp, inv_schema, vs)

# ------------------------------------------------------------------ 7. singles: a mistake only
for i in range(8):
    instr = INV_INSTR[i % 4]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = 200.0 + 15 * i
    for (pl, truth, arg) in (TO_FALSE[i::6] + TO_TRUE[i % 4::4]):
        k, v = (pl.split(":", 1) + [""])[:2] if ":" in pl else (None, pl)
        body = "Invoice no: %s\nAmount: %.2f\n%s\n" % (no, amt_v, pl)
        right = {"invoice_no": no, "amount": amt_v, "paid": truth}
        r241_add("g", "r241_single", "%s\n\n%s" % (instr, body), inv_schema, right,
                 [dict(right, paid=not truth), right], "single", meta={"form": "single:" + pl, "arguable": arg})


# ------------------------------------------------------------------ 8. the fact changed outside the member's line
# (an intro sentence above the record, a sentence in the instruction, a field of no member that names an event)
E_INV = [  # (where, text, paid now)
    ("intro", "Please note this invoice was refunded in full last week:", False),
    ("intro", "The payment for the invoice below bounced, details follow:", False),
    ("intro", "The following invoice was cancelled and never paid:", False),
    ("intro", "Here is the invoice, which the customer has not paid:", False),
    ("instr", "The payment bounced.", False),
    ("instr", "It was refunded yesterday.", False),
    ("instr", "The customer later cancelled the payment.", False),
    ("instr", "Note that this invoice is now unpaid.", False),
    ("field", "Refunded: yes", False), ("field", "Cheque bounced: yes", False), ("field", "Chargeback: yes", False),
    ("field", "Reversed on: 2026-05-03", False), ("field", "Cancelled: yes", False),
    ("field", "Refund date: 3 May 2026", False), ("field", "Payment status: bounced", False),
    ("field", "Void: yes", False), ("field", "Credit note: CN-2231 (full amount)", True),
]
E_INV_T = [
    ("intro", "This invoice has since been paid in full, details below:", True),
    ("intro", "The customer settled the following invoice yesterday:", True),
    ("instr", "It was paid yesterday.", True), ("instr", "The customer has settled it since.", True),
    ("field", "Settled on: 2026-05-03", True), ("field", "Payment received: 2026-05-03", True),
    ("field", "Receipt no.: RC-88120", True), ("field", "Paid on: 4 May 2026", True),
]
for i in range(6):
    instr = INV_INSTR[i % 3]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = [125.0, 480.5, 1250.0, 89.9, 2200.0, 64.25][i]
    for base_true, forms in ((True, E_INV), (False, E_INV_T)):
        bl = "Paid: yes" if base_true else "Paid: no"
        body = "Invoice no: %s\nAmount: %.2f\n%s\n" % (no, amt_v, bl)
        bp = "%s\n\n%s" % (instr, body)
        bexp = {"invoice_no": no, "amount": amt_v, "paid": base_true}
        vs = []
        for (where, text, now) in forms:
            if where == "intro":
                p = "%s\n\n%s\n%s" % (instr, text, body)
            elif where == "instr":
                p = "%s %s\n\n%s" % (instr, text, body)
            else:
                p = "%s\n\n%s%s\n" % (instr, body, text)
            arg = text.startswith("Credit note") or now == base_true
            vs.append((p, dict(bexp, paid=now), None, "out-%s:%s" % (where, text), arg, False))
        r241_pair("e", "r241_outside", bp, bexp, inv_schema, vs)

E_ORD = [("intro", "The customer cancelled the order below before it shipped:", "cancelled"),
         ("intro", "The following order was delivered this morning:", "delivered"),
         ("instr", "The order has since been cancelled.", "cancelled"),
         ("instr", "It was delivered today.", "delivered"),
         ("field", "Cancelled: yes", "cancelled"), ("field", "Cancelled on: 2026-05-03", "cancelled"),
         ("field", "Cancellation reason: customer request", "cancelled"), ("field", "Delivered: yes", "delivered"),
         ("field", "Delivered on: 4 May 2026", "delivered"), ("field", "Signed for by: K. Moe", "delivered"),
         ("field", "Shipped on: 2026-05-02", "shipped"), ("field", "Tracking no.: 1Z999AA10123456784", "shipped"),
         ("field", "Refund issued: yes", "cancelled"), ("field", "Void: yes", "cancelled")]
for i in range(6):
    instr = ["Extract the order id, status and size as JSON.", "Return order_id, status and size for this order."][i % 2]
    oid = "ORD-%d" % r241_rng.randint(10000, 99999)
    st = ["pending", "shipped"][i % 2]
    sz = ["small", "medium", "large"][i % 3]
    body = "Order ID: %s\nStatus: %s\nSize: %s\n" % (oid, st, sz)
    bexp = {"order_id": oid, "status": st, "size": sz}
    vs = []
    for (where, text, now) in E_ORD:
        if now == st:
            continue
        if where == "intro":
            p = "%s\n\n%s\n%s" % (instr, text, body)
        elif where == "instr":
            p = "%s %s\n\n%s" % (instr, text, body)
        else:
            p = "%s\n\n%s%s\n" % (instr, body, text)
        arg = text.startswith(("Tracking", "Signed", "Refund", "Shipped on"))
        vs.append((p, dict(bexp, status=now), None, "out-%s:%s" % (where, text), arg, False))
    r241_pair("eo", "r241_outside_enum", "%s\n\n%s" % (instr, body), bexp, ord_schema, vs)

E_TK = [("intro", "This ticket was escalated to high priority this morning:", "high"),
        ("instr", "It has been escalated to high.", "high"), ("field", "Escalated: yes", "high"),
        ("field", "Override: high", "high"), ("field", "Escalated to: high", "high"), ("field", "SLA: urgent", "high"),
        ("field", "Severity: critical", "high")]
for i in range(6):
    instr = TK_INSTR[i % 3]
    tid = "TCK-%d" % r241_rng.randint(100, 999)
    body = "Ticket: %s\nPriority: low\n" % tid
    bexp = {"ticket": tid, "priority": "low"}
    vs = []
    for (where, text, now) in E_TK:
        if where == "intro":
            p = "%s\n\n%s\n%s" % (instr, text, body)
        elif where == "instr":
            p = "%s %s\n\n%s" % (instr, text, body)
        else:
            p = "%s\n\n%s%s\n" % (instr, body, text)
        arg = text.startswith(("Escalated: yes", "SLA", "Severity"))
        vs.append((p, dict(bexp, priority=now), None, "out-%s:%s" % (where, text), arg, False))
    r241_pair("et", "r241_outside_pri", "%s\n\n%s" % (instr, body), bexp, tk_schema, vs)

E_PH = [("intro", "The phone number below has been disconnected:", None),
        ("intro", "This contact no longer has a phone; old card below:", None),
        ("instr", "The number is no longer in use.", None), ("instr", "She has no phone any more.", None),
        ("field", "Disconnected: yes", None), ("field", "Phone status: disconnected", None),
        ("field", "Number valid until: 2024-12-31", None), ("field", "Ported out: 2025-01-10", None)]
E_BF = [("intro", "The guest below has since cancelled breakfast:", False),
        ("instr", "Breakfast was cancelled later.", False),
        ("field", "Breakfast cancelled: yes", False), ("field", "Breakfast cancelled on: 2026-05-03", False),
        ("field", "Room only: yes", False), ("field", "Board: room only", False)]
for i in range(6):
    name = NAMES[(i + 2) % len(NAMES)]
    phone = PHONES[i % len(PHONES)]
    nullable = i % 2 == 0
    schema = ct_schema_null if nullable else ct_schema_opt
    instr = CT_INSTR[i % 3]
    body = "Name: %s\nPhone: %s\n" % (name, phone)
    bexp = {"name": name, "phone": phone}
    absent = {"name": name, "phone": None} if nullable else {"name": name}
    vs = []
    for (where, text, _) in E_PH:
        if where == "intro":
            p = "%s\n\n%s\n%s" % (instr, text, body)
        elif where == "instr":
            p = "%s %s\n\n%s" % (instr, text, body)
        else:
            p = "%s\n\n%s%s\n" % (instr, body, text)
        vs.append((p, absent, None, "out-%s:%s" % (where, text), text.startswith(("Number valid", "Ported")), False))
    r241_pair("ep", "r241_outside_phone", "%s\n\n%s" % (instr, body), bexp, schema, vs)
    g = NAMES[(i + 8) % len(NAMES)]
    nights = 2 + i
    instr = BK_INSTR[i % 2]
    body = "Guest: %s\nNights: %d\nBreakfast: yes\nRoom: 214\n" % (g, nights)
    bexp = {"guest": g, "nights": nights, "breakfast": True}
    vs = []
    for (where, text, now) in E_BF:
        if where == "intro":
            p = "%s\n\n%s\n%s" % (instr, text, body)
        elif where == "instr":
            p = "%s %s\n\n%s" % (instr, text, body)
        else:
            p = "%s\n\n%s%s\n" % (instr, body, text)
        vs.append((p, dict(bexp, breakfast=now), None, "out-%s:%s" % (where, text), False, False))
    r241_pair("eb", "r241_outside_bf", "%s\n\n%s" % (instr, body), bexp, bk_schema, vs)


# ------------------------------------------------------------------ 9. the fact stated on ANOTHER member's line, in an intro
# sentence without member words, or in a footnote to the value
F_INV = [  # (line edited: 'no' or 'amt' or 'foot' or 'intro', text, paid now, arguable)
    ("no", "{no} (void)", False, False), ("no", "{no} — refunded", False, False), ("no", "{no} (cancelled, not paid)", False, False),
    ("no", "{no} [UNPAID]", False, False), ("no", "{no}, payment bounced", False, False),
    ("amt", "{amt} (refunded)", False, False), ("amt", "{amt} — reversed on 3 May", False, False),
    ("amt", "{amt} (still outstanding)", False, False), ("amt", "{amt}, not yet received", False, False),
    ("amt", "{amt} due", False, True), ("amt", "{amt} (open)", False, False),
    ("foot", "Paid: yes*\n* the cheque bounced on 3 May", False, False),
    ("foot", "Paid: yes¹\n¹ reversed on 3 May", False, False),
    ("foot", "Paid: yes (see note)\nNote: payment reversed", False, False),
    ("intro", "For your records, the following was refunded in full:", False, False),
    ("intro", "Heads-up: this one bounced and is open again:", False, False),
    ("intro", "Please note the payment below was charged back:", False, False),
]
F_INV_T = [("no", "{no} (settled)", True, False), ("no", "{no} — PAID IN FULL", True, False),
           ("amt", "{amt} (received 2 May)", True, False), ("amt", "{amt}, settled", True, False),
           ("foot", "Paid: no*\n* settled on 4 May after this export", True, False),
           ("intro", "For your records, the following has now been settled:", True, False)]
for i in range(8):
    instr = INV_INSTR[i % 3]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = [125.0, 480.5, 1250.0, 89.9, 2200.0, 64.25, 310.0, 975.75][i]
    amt = "%.2f" % amt_v
    for base_true, forms in ((True, F_INV), (False, F_INV_T)):
        bl = "Paid: yes" if base_true else "Paid: no"
        body = "Invoice no: %s\nAmount: %s\n%s\n" % (no, amt, bl)
        bexp = {"invoice_no": no, "amount": amt_v, "paid": base_true}
        vs = []
        for (where, text, now, arg) in forms:
            t = text.format(no=no, amt=amt)
            if where == "no":
                p = "%s\n\nInvoice no: %s\nAmount: %s\n%s\n" % (instr, t, amt, bl)
            elif where == "amt":
                p = "%s\n\nInvoice no: %s\nAmount: %s\n%s\n" % (instr, no, t, bl)
            elif where == "foot":
                p = "%s\n\nInvoice no: %s\nAmount: %s\n%s\n" % (instr, no, amt, t)
            else:
                p = "%s\n\n%s\n%s" % (instr, t, body)
            vs.append((p, dict(bexp, paid=now), None, "other-%s:%s" % (where, text), arg, False))
        r241_pair("f", "r241_other_line", "%s\n\n%s" % (instr, body), bexp, inv_schema, vs)

F_ORD = [("id", "{oid} (cancelled)", "cancelled"), ("id", "{oid} — delivered 4 May", "delivered"),
         ("id", "{oid} [VOID]", "cancelled"), ("size", "{sz} (order cancelled)", "cancelled"),
         ("size", "{sz}, delivered", "delivered"),
         ("intro", "For your records, the following was cancelled before dispatch:", "cancelled"),
         ("intro", "Heads-up: this one arrived at the customer today:", "delivered")]
for i in range(8):
    instr = ["Extract the order id, status and size as JSON.", "Return order_id, status and size for this order."][i % 2]
    oid = "ORD-%d" % r241_rng.randint(10000, 99999)
    st = ["pending", "shipped"][i % 2]
    sz = ["small", "medium", "large"][i % 3]
    body = "Order ID: %s\nStatus: %s\nSize: %s\n" % (oid, st, sz)
    bexp = {"order_id": oid, "status": st, "size": sz}
    vs = []
    for (where, text, now) in F_ORD:
        t = text.format(oid=oid, sz=sz)
        if where == "id":
            p = "%s\n\nOrder ID: %s\nStatus: %s\nSize: %s\n" % (instr, t, st, sz)
        elif where == "size":
            p = "%s\n\nOrder ID: %s\nStatus: %s\nSize: %s\n" % (instr, oid, st, t)
        else:
            p = "%s\n\n%s\n%s" % (instr, t, body)
        vs.append((p, dict(bexp, status=now), None, "other-%s:%s" % (where, text), False, False))
    r241_pair("fo", "r241_other_line_enum", "%s\n\n%s" % (instr, body), bexp, ord_schema, vs)

F_TK = [("id", "{tid} (escalated to high)", "high"), ("id", "{tid} — URGENT", "high"),
        ("intro", "For your records, the following was escalated to urgent:", "high")]
F_BF = [("guest", "{g} (room only)", False), ("guest", "{g} — no breakfast", False), ("nights", "{n} (without breakfast)", False),
        ("room", "214 (room only)", False), ("intro", "For your records, the following guest dropped the morning meal:", False)]
F_PH = [("name", "{name} (no phone)", None), ("name", "{name} — number disconnected", None),
        ("intro", "For your records, the number below is no longer in service:", None)]
for i in range(6):
    instr = TK_INSTR[i % 3]
    tid = "TCK-%d" % r241_rng.randint(100, 999)
    body = "Ticket: %s\nPriority: low\n" % tid
    bexp = {"ticket": tid, "priority": "low"}
    vs = []
    for (where, text, now) in F_TK:
        t = text.format(tid=tid)
        p = ("%s\n\nTicket: %s\nPriority: low\n" % (instr, t)) if where == "id" else "%s\n\n%s\n%s" % (instr, t, body)
        vs.append((p, dict(bexp, priority=now), None, "other-%s:%s" % (where, text), False, False))
    r241_pair("ft", "r241_other_line_pri", "%s\n\n%s" % (instr, body), bexp, tk_schema, vs)
    g = NAMES[(i + 9) % len(NAMES)]
    nights = 3 + i
    instr = BK_INSTR[i % 2]
    body = "Guest: %s\nNights: %d\nBreakfast: yes\nRoom: 214\n" % (g, nights)
    bexp = {"guest": g, "nights": nights, "breakfast": True}
    vs = []
    for (where, text, now) in F_BF:
        t = text.format(g=g, n=nights)
        if where == "guest":
            p = "%s\n\nGuest: %s\nNights: %d\nBreakfast: yes\nRoom: 214\n" % (instr, t, nights)
        elif where == "nights":
            p = "%s\n\nGuest: %s\nNights: %s\nBreakfast: yes\nRoom: 214\n" % (instr, g, t)
        elif where == "room":
            p = "%s\n\nGuest: %s\nNights: %d\nBreakfast: yes\nRoom: %s\n" % (instr, g, nights, t)
        else:
            p = "%s\n\n%s\n%s" % (instr, t, body)
        vs.append((p, dict(bexp, breakfast=now), None, "other-%s:%s" % (where, text), where == "room", False))
    r241_pair("fb", "r241_other_line_bf", "%s\n\n%s" % (instr, body), bexp, bk_schema, vs)
    name = NAMES[(i + 4) % len(NAMES)]
    phone = PHONES[(i + 2) % len(PHONES)]
    nullable = i % 2 == 0
    schema = ct_schema_null if nullable else ct_schema_opt
    instr = CT_INSTR[i % 3]
    body = "Name: %s\nPhone: %s\n" % (name, phone)
    bexp = {"name": name, "phone": phone}
    absent = {"name": name, "phone": None} if nullable else {"name": name}
    vs = []
    for (where, text, _) in F_PH:
        t = text.format(name=name)
        p = ("%s\n\nName: %s\nPhone: %s\n" % (instr, t, phone)) if where == "name" else "%s\n\n%s\n%s" % (instr, t, body)
        vs.append((p, absent, None, "other-%s:%s" % (where, text), False, False))
    r241_pair("fp", "r241_other_line_phone", "%s\n\n%s" % (instr, body), bexp, schema, vs)


# ------------------------------------------------------------------ 10. struck values (combining marks), table headers
def r241_strike(w):
    return "".join(ch + "\u0336" for ch in w)


for i in range(6):
    instr = INV_INSTR[i % 3]
    no = "INV-%d" % r241_rng.randint(1000, 9999)
    amt_v = [140.0, 560.5, 1320.0, 79.9, 2600.0, 44.25][i]
    body = "Invoice no: %s\nAmount: %.2f\nPaid: yes\n" % (no, amt_v)
    bexp = {"invoice_no": no, "amount": amt_v, "paid": True}
    vs = [("%s\n\nInvoice no: %s\nAmount: %.2f\nPaid: %s\n" % (instr, no, amt_v, r241_strike("yes")), dict(bexp, paid=False),
           None, "struck:yes", True, False),
          ("%s\n\nInvoice no: %s\nAmount: %.2f\nPaid: %s no\n" % (instr, no, amt_v, r241_strike("yes")), dict(bexp, paid=False),
           None, "struck:yes no", False, False),
          ("%s\n\nInvoice no: %s\nAmount: %.2f\nP\u0336a\u0336i\u0336d\u0336 Unpaid: yes\n" % (instr, no, amt_v),
           dict(bexp, paid=False), None, "struck-label", False, False),
          ("%s\n\nInvoice no: %s\nAmount: %.2f\nPaid: <s>yes</s> no\n" % (instr, no, amt_v), dict(bexp, paid=False),
           None, "html-strike", False, False)]
    r241_pair("gs", "r241_struck", "%s\n\n%s" % (instr, body), bexp, inv_schema, vs)
    tb = "| Invoice no | Amount | %s |\n|---|---|---|\n| %s | %.2f | %s |\n"
    bpt = "%s\n\n%s" % (instr, tb % ("Paid", no, amt_v, "yes"))
    vs = [("%s\n\n%s" % (instr, tb % ("Unpaid", no, amt_v, "yes")), dict(bexp, paid=False), None, "table:Unpaid yes", False, False),
          ("%s\n\n%s" % (instr, tb % ("Outstanding", no, amt_v, "yes")), dict(bexp, paid=False), None, "table:Outstanding yes", False, False),
          ("%s\n\n%s" % (instr, tb % ("Paid", no, amt_v, "✗")), dict(bexp, paid=False), None, "table:✗", False, False),
          ("%s\n\n%s" % (instr, tb % ("Paid", no, amt_v, "")), dict(bexp, paid=False), None, "table:blank", True, False),
          ("%s\n\n%s" % (instr, tb % ("Paid?", no, amt_v, "yes")), bexp, None, "safe-table-q", False, True)]
    r241_pair("gt", "r241_table", bpt, bexp, inv_schema, vs)

# ------------------------------------------------------------------ findings
r241_found_alone_list = set()
r241_arguable_list = set()
r241_found_alone |= r241_found_alone_list
r241_arguable |= r241_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 51: nothing was found, so every 10th safe variant and every 30th of
# the rest, each with the base of its pair.
from probe_kit import trim_round as r241_trim_round  # noqa: E402

r241_trim_round("d241-", r241_found_alone, r241_arguable,
                lambda i: [r241_meta[i]["base"]] if r241_meta.get(i, {}).get("base") else [])
