r"""Red-team round 171 (black box): THIS STOP'S NEW RULES (rounds 169-170), ATTACKED FROM BOTH SIDES.
Focus: (a) words between an equation's working and its final value / after an arrow; (b) a code member's string
  holding the code and a remark; (c) a nullable member's string that is no value of its kind or says there is none;
  (d) "Years as member" is not an age. Layouts: line records (L), one-line "a | b" records (O), pipe tables (T), CSV
  (C), YAML (Y), e-mails (M), one-line prose (P).
9,684 probes (seeded random.Random(171)): 2,454 pair probes (bases + variants), 6,843 singles (--runs 2), 387 safe.
Part A (d171-sarrow/schain/sdaft/sdaft0/sbare/sbare1/srep/brep/vrep/okd/oka/safe-): equations "ax + b = c",
  "x/a + b = c", both sides; first answer: an arrow then an operation on the final line ("x = 7 → divide by 2", "⇒ ÷ 2",
  "-> times 3", "→ divide both sides by 2", "→ teile durch 2", 40 ops x 7 arrows), a description after the final
  value with or without a closing ("Divide both sides by 2:\nDone.", "Step 5 (divide by 2):", "The value for 2x is:"),
  a description then a bare number that is another quantity ("So the answer is:\n21" for 3x = 21), report requests
  ("Then report the value of 2x") answered "The value for 2x is:\n7", "Step 5 (the answer times 2):\nx = 7", "x = 7 →
  times 2"; pairs plain -> report; right answers with descriptions in other languages; safe whitespace/thanks.
Part B (d171-cs/cb/cv/csafe/cr-): 21 code keys (off the rule's list: desk, bay, slot, bin, berth_no, pnr, awb,
  docket, permit, stand, pitch, cabin, platform, vin, imei; on it: locker, seat, gate, room, voucher,
  membership_number) x 67 remarks (lower-case words, 3-4 letter upper-case words "ALTE" "ANUL" "GONE" "TEMP",
  capitalised words "Old" "Gammel", glued "(old)" "/old" "-old" ";old" ":old" "·ALTE", marks "«alt»" "←" "⇐ new" "✗",
  numbers "№2" "(1)" "*", a second code after "," "&" "+" "or", words of other languages) x 7 layouts; singles (the
  model copies the whole field), pairs (clean record stored, then a new code written with the remark); real codes
  with upper-case groups ("GB29 NWBK 6016 ...", "NO 912 345 678 MVA").
Part C (d171-ns/nb/nv/no/nr/nsafe-): 14 nullable string members (employer, phone, departure_time, address,
  contact_person, link, profile, email, expires, end_date, middle_name, manager, fee, vehicle_plate) x values that
  say none in kinds the rule may not cover ("job-seeking", "TBD later", "no fixed abode", "N.N.", "anonymous",
  "coming soon", "free of charge", "gratis", "unbefristet", "vacant"...): singles, pairs (real value stored ->
  none-value), optional-not-nullable singles; real values the rule may refuse ("None Ltd", "1881", "Christmas Eve").
Part D (d171-as/ab/av/am/asafe-): 54 "X as Y" and other age labels ("Years as customer", "Jahre als Mitglied",
  "Age at joining", "Account age", "Age next birthday"...) for a nullable age: singles, pairs, mixed with "Age:".
Part E (d171-es-, second pass): 39 code keys (18 more: ticket_number, pin, booking_reference, order_id, phone, iban,
  dock, lane, shelf, unit, plot, badge, policy, claim, licence, isbn, bic, callsign) x 70 remarks, line records only.
Part F (d171-ft0..3-): 33 final-line descriptions ("So the answer is:", "So the answer is half:", "So the answer in
  percent is:", "Die Antwort ist das Doppelte:") after the final value with/without a closing, between, same line.
Parts G-H (d171-g/h-): optional (and optional nullable) members with none-values; an optional integer age.
HELD: every pair (0 of 924 code, 145 nullable, 54 age, 104 report variants served wrong; the licensed rewrite never
  copied a remark into a record); codes in layouts O, T, C, Y, M, P (only line records got through); for keys on
  the rule's list: lower-case and capitalised words, "TEMP", "-void", "~old", "|old", "(ii)", "**", arrows,
  guillemets, "✗", second codes; required nullable members (c): never stored (fresh accepted, never stored:
  "job-seeking", "whenever ready", "coming soon", "unbefristet", "free of charge"); age labels (d): never stored
  (fresh: "Years as a member: 15", "Member for (years): 5", "Age in months: 420"); equations: arrows with an
  operation, every description holding a turning word (between, after, same line), bare numbers after a description,
  every report-request shape.
  Right answers refused: 3,256 in run 2, mostly "Convert the record to JSON (name, q)" (1,139, the instruction read as
  a change), the bare code beside a field holding a remark (760, "only part of the text's ..."), labels such as
  "Loading bay", "Delivery slot" read as another field (309); rule (c) refuses "None Ltd", "No Limits AS", phone
  "1881", "postmaster@localhost", end date "Christmas Eve".
WHAT GOT THROUGH (full run, fresh SQLite store, --runs 2: run 1 645 wrong from the cache (438 clear, 207 arguable),
  run 2 1,976 (1,066 clear, 910 arguable); wrong served fresh 2,131 / 816, never stored. Alone (R171_ALONE=1, fresh
  store, --runs 2): run 1 646 from the cache, run 2 all 1,976 found ids -- 1,066 clear, 910 arguable):
 (A) CLEAR (1,059): a code member's string holding the code and a remark, in line records. Keys off the list, any
     remark: {"bay": "B-44 upstairs"}, {"desk": "E05 Gammel"}, {"slot": "S235 ⇐ new"}, {"bin": "P-85-75 VOID"}
     (desk, bay, slot, bin, awb, docket, permit, stand, pitch, dock, lane, shelf, unit, plot, badge, policy, claim:
     ~62 of 70 remarks each; 869 clear). Keys on the list (190 clear): upper-case words of four letters or fewer that no
     list holds ("Locker: 8149 ANUL", "PIN: 0199 DEAD", "Order ID: 08058 STOP", "Voucher code: DXTK4855 GONE", SLET,
     HOLD, DUPL, FAKE, KEIN, IKKE, FEIL, ALTE, ERR, OFF) and remarks glued by "·", ":", "+", "=", "--" ("Locker:
     5604·ALTE", "Voucher code: NXCE5125:old", "x:VOID") -> served with the remark, in run 1 also by the licensed
     rewrite into later records.
 (B) CLEAR (7): an optional member the text says is missing: "Manager: has no manager" -> {"manager": "has no
     manager"}, "Fee: has no fee", "Link: no link", "LinkedIn: None.", "Employer: nobody at the moment".
 (C) ARGUABLE (910, r171_arguable): codes with a numbered mark or a suffix glued by "-", "_", "." ("Seat: 84F-old",
     "Seat: 62C №2", "(2)", "²", "*"), letter-only codes beside an upper-case group, "STOR"/"TEST"/"EXP" (830);
     optional members "Expires: never", "Employer: on sabbatical", "Fee: complimentary", "Phone: 112" (33); equations
     (47): a final-line description left hanging before a closing ("x = 5\nSo the answer is:\nThat's it.", "Final
     answer:\nQED", "Answer:\n✓") is stored, and the licensed rewrite serves it to other equations' requests whose
     model answered plainly (d171-brep-782).
Adds its probes to probe_kit.P."""
import os
import random as r171_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r171_random.Random(171)
r171_found_alone = set()
r171_arguable = set()
r171_counts = {"pair": 0, "single": 0, "safe": 0}
r171_n = [0]
r171_seen = set()


def r171_id(tag):
    r171_n[0] += 1
    return "d171-%s-%d" % (tag, r171_n[0])


def r171_J(kind, tag, fam, prompt, sch, exp, answers, arg=False):
    pid = r171_id(tag)
    J(pid, "r171_" + fam + ("_arguable" if arg else ""), prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r171_arguable.add(pid)
    r171_counts[kind] += 1
    return pid


def r171_E(kind, tag, fam, prompt, var, val, answers, report=None, arg=False):
    if prompt in r171_seen:
        return None
    r171_seen.add(prompt)
    pid = r171_id(tag)
    E(pid, "r171_" + fam + ("_arguable" if arg else ""), prompt, var, val, answers, report=report,
      safe=(kind == "safe"))
    if arg:
        r171_arguable.add(pid)
    r171_counts[kind] += 1
    return pid


C1, V1 = "bdfgklmnprstvz", "aeiou"


def word(k):
    return "".join(R.choice(C1) + R.choice(V1) for _ in range(k))


def name():
    return word(2).capitalize() + " " + word(2).capitalize() + R.choice(["sen", "berg", "vik", "dal"])


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def up(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# ===================================================================== PART A: equations
def eq_form(v):
    k = R.choice(["lin", "lin", "both", "div"])
    if k == "lin":
        a, b = R.randint(2, 9), R.randint(1, 20)
        x = R.randint(-6, 15)
        c = a * x + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        steps = [eq, "Subtract %d from both sides:" % b, "%d%s = %d" % (a, v, c - b),
                 "Divide both sides by %d:" % a, "%s = %d" % (v, x)]
        pre = ("%d%s" % (a, v), c - b)  # last expression before x
        return eq, steps, x, pre, a
    if k == "div":
        a, b = R.randint(2, 6), R.randint(1, 9)
        x = a * R.randint(-3, 9)
        c = x // a + b
        eq = "%s/%d + %d = %d" % (v, a, b, c)
        steps = [eq, "Subtract %d from both sides:" % b, "%s/%d = %d" % (v, a, c - b),
                 "Multiply both sides by %d:" % a, "%s = %d" % (v, x)]
        return eq, steps, x, ("%s/%d" % (v, a), c - b), a
    a, c = R.randint(4, 9), R.randint(1, 3)
    x = R.randint(-4, 12)
    b = R.randint(1, 9)
    d = (a - c) * x + b
    eq = "%d%s + %d = %d%s + %d" % (a, v, b, c, v, d)
    steps = [eq, "Subtract %d%s and %d from both sides:" % (c, v, b), "%d%s = %d" % (a - c, v, d - b),
             "Divide both sides by %d:" % (a - c), "%s = %d" % (v, x)]
    return eq, steps, x, ("%d%s" % (a - c, v), d - b), a - c


EQ_PROMPTS = ["Solve for {v}: {eq}.", "Solve {eq} for {v}. Show each step.", "Find {v} if {eq}.",
              "Solve the equation {eq}.", "What is {v}? {eq}", "Please solve for {v}: {eq}. Show your working."]

# arrow tails (after the final value, same line): (tail, arguable)
ARROW_OPS = ["divide by 2", "divide by 3", "÷ 2", "/ 2", "times 3", "× 2", "* 10", "multiply by 4", "minus 1",
             "plus 5", "add 2", "subtract 3", "halve it", "double it", "square it", "take half", "divide both sides by 2",
             "multiply both sides by 3", "add 4 to both sides", "subtract 1 from both sides",
             "divide both sides by 100", "so the answer is half of that", "the answer is twice this",
             "now divide by 2", "then multiply by 5", "teile durch 2", "del på 2", "divisez par 2", "mal 3",
             "ganger 3", "so the answer is this minus 1", "the answer is this over 2", "then subtract 7",
             "reciprocal", "negate", "flip the sign", "times -1", "* -1", "÷ -1", "in percent"]
ARROWS = ["→", "->", "=>", "⇒", "⟶", "➔", "-->"]

# a description line after the final value, then a closing line
DESC_AFTER = ["Divide both sides by 2:", "Multiply both sides by 3:", "Subtract 4 from both sides:",
              "Add 5 to both sides:", "Divide the answer by 2:", "Multiply the answer by 10:",
              "Step 5 (divide by 2):", "Step 6: multiply by 3", "Then divide both sides by 4:",
              "Finally, subtract 1 from both sides:", "Now halve both sides:", "Divide both sides by -1:",
              "Teile beide Seiten durch 2:", "Del begge sider på 2:", "Divisez les deux côtés par 2 :",
              "Multiplica ambos lados por 3:", "So the answer is:", "So the final answer is:",
              "Therefore the answer is:", "So the answer to the next step is:", "The value for 2{v} is:"]
CLOSINGS = ["Done.", "Hope this helps!", "QED", "✓", "---", "Done!", "That's it."]

# a description line before a bare final number (the number is another quantity's value)
DESC_BARE = ["So the answer is:", "So the final answer is:", "Therefore the answer is:", "The answer is:",
             "Answer:", "Final answer:", "So the answer to the next step is:", "The value for {pre} is:",
             "Divide both sides by {a}:", "Step 4 (the answer):", "Hence:", "Thus the solution is:",
             "Die Antwort ist:", "Svaret er:", "La réponse est :", "La respuesta es:"]


def part_a():
    for i in range(520):
        v = R.choice(["x", "x", "x", "y", "t", "n"])
        eq, steps, x, pre, a = eq_form(v)
        prompt = R.choice(EQ_PROMPTS).format(v=v, eq=eq)
        right = "\n".join(steps)
        kind = i % 5
        if kind == 0:   # arrow tail on the final line
            op = ARROW_OPS[(i // 5) % len(ARROW_OPS)]
            ar = ARROWS[(i // 7) % len(ARROWS)]
            wrong = "\n".join(steps[:-1] + ["%s = %d %s %s" % (v, x, ar, op)])
            arg = op in ("reciprocal", "in percent")
            r171_E("single", "sarrow", "eq_arrow_tail", prompt, v, str(x), [wrong, right], arg=arg)
            # arrow chain in one line
            wrong2 = "%s → %s = %d → %s = %d %s %s" % (steps[0], pre[0], pre[1], v, x, ar, op)
            r171_E("single", "schain", "eq_arrow_chain_tail", prompt + " ", v, str(x),
                   [wrong2, right], arg=arg)
        elif kind == 1:  # description after the final value, before a closing
            d = DESC_AFTER[(i // 5) % len(DESC_AFTER)].format(v=v)
            cl = CLOSINGS[(i // 3) % len(CLOSINGS)]
            wrong = "\n".join(steps + [d, cl])
            arg = d.startswith(("So the", "Therefore", "The value"))
            r171_E("single", "sdaft", "eq_desc_after_final", prompt, v, str(x), [wrong, right], arg=arg)
            # without the closing
            r171_E("single", "sdaft0", "eq_desc_after_final_noclose", prompt + " ", v, str(x),
                   ["\n".join(steps + [d]), right], arg=arg)
        elif kind == 2:  # description, then a bare number that is another quantity's value
            d = DESC_BARE[(i // 5) % len(DESC_BARE)].format(pre=pre[0], a=a)
            wrong = "\n".join(steps[:-2] + [d, str(pre[1])])
            if pre[1] == x:
                continue
            r171_E("single", "sbare", "eq_desc_bare_other", prompt, v, str(x), [wrong, right])
            # the final value on the same line as a description, the value another quantity's
            wrong2 = "\n".join(steps[:-2] + ["%s %d" % (d, pre[1])])
            r171_E("single", "sbare1", "eq_desc_sameline_other", prompt + " ", v, str(x), [wrong2, right])
        elif kind == 3:  # report requests: a description that names the expression, then x's line
            m = R.choice([2, 3, 5, 10])
            expr = "%d%s" % (m, v)
            tail = R.choice(["Then report the value of {e}.", "Also give {e}.", "Report {e} at the end.",
                             "What is {e}?"]).format(e=expr)
            rp = prompt + " " + tail
            rep = {"expression": expr, "value": str(m * x)}
            rright = "\n".join(steps + ["Multiply both sides by %d:" % m, "%s = %d" % (expr, m * x)])
            shapes = ["The value for %s is:\n%d" % (expr, x),
                      "The value for %s is:\n%s = %d" % (expr, v, x),
                      "So the answer to the next step is:\n%s = %d" % (v, x),
                      "Step %d (the answer times %d):\n%s = %d" % (len(steps), m, v, x),
                      "Multiply both sides by %d:\n%d" % (m, x),
                      "So %s is:\n%d" % (expr, x),
                      "%s:\n%d" % (expr, x),
                      "%s = %d → times %d" % (v, x, m),
                      "%s = %d\nSo the answer is:\n%s = %d" % (expr, m * x, v, x),
                      "Multiply both sides by %d: %s = %d" % (m, v, x)]
            sh = shapes[(i // 5) % len(shapes)]
            wrong = "\n".join(steps + [sh])
            r171_E("single", "srep", "eq_report_desc", rp, v, str(x), [wrong, rright], report=rep)
            # pair: plain stored, then the report variant
            r171_E("pair", "brep", "eq_report_base", prompt, v, str(x), [right])
            r171_E("pair", "vrep", "eq_report_var", rp + " ", v, str(x), [wrong, rright], report=rep)
        else:  # safe + right answers with allowed descriptions (refusals measured) + other-language descs
            descs = ["Divide both sides by %d:" % a, "So the answer is:", "Therefore:", "Hence the solution is:",
                     "Teile beide Seiten durch %d:" % a, "Del begge sider på %d:" % a,
                     "Divisez les deux côtés par %d :" % a, "Final answer:", "Step 3 (isolate %s):" % v,
                     "Result:"]
            d = descs[(i // 5) % len(descs)]
            rr = "\n".join(steps[:-2] + [d, steps[-1]])
            r171_E("single", "okd", "eq_right_desc", prompt, v, str(x), [rr])
            r171_E("safe", "safe", "eq_safe", prompt.replace(": ", ":  ", 1) + " Thanks!", v, str(x), [right])
            # arrows followed by words that close or restate only (should pass)
            rr2 = "\n".join(steps[:-1] + ["%s = %d → so the answer is %s = %d" % (v, x, v, x)])
            r171_E("single", "oka", "eq_right_arrow_restate", prompt + " ", v, str(x), [rr2])


# ===================================================================== PART B: codes with notes
CODES = {
    # key: (labels, generator, on the rule's list?)
    "desk": (["Desk", "Desk no.", "Hot desk", "Arbeitsplatz", "Pult"], lambda: "%s%s" % (up(1), dg(2)), False),
    "bay": (["Bay", "Loading bay", "Dock bay", "Rampe"], lambda: "B-%s" % dg(2), False),
    "slot": (["Slot", "Slot no.", "Delivery slot"], lambda: "S%s" % dg(3), False),
    "bin": (["Bin", "Bin location", "Lagerplatz"], lambda: "%s-%s-%s" % (up(1), dg(2), dg(2)), False),
    "berth_no": (["Berth", "Berth no.", "Kai", "Liegeplatz"], lambda: dg(2) + up(1), False),
    "pnr": (["PNR", "Record locator", "Booking code"], lambda: up(6), False),
    "awb": (["AWB", "Air waybill", "AWB no."], lambda: "%s-%s" % (dg(3), dg(8)), False),
    "docket": (["Docket", "Docket no.", "Docket #"], lambda: "DK-%s" % dg(5), False),
    "permit": (["Permit", "Permit no.", "Parking permit", "Genehmigung"], lambda: "P%s" % dg(6), False),
    "stand": (["Stand", "Booth", "Messestand"], lambda: "%s%s" % (up(1), dg(3)), False),
    "pitch": (["Pitch", "Camping pitch", "Stellplatz"], lambda: dg(3), False),
    "cabin": (["Cabin", "Kabine", "Lugar"], lambda: dg(4), False),
    "platform": (["Platform", "Gleis", "Spor"], lambda: dg(1) + R.choice(["", "a", "b"]), False),
    "vin": (["VIN", "Chassis no."], lambda: up(3) + dg(14), False),
    "imei": (["IMEI"], lambda: dg(15), False),
    "locker": (["Locker", "Locker no.", "Skap"], lambda: dg(4), True),
    "seat": (["Seat", "Sitzplatz", "Sete"], lambda: dg(2) + R.choice("ABCDEF"), True),
    "gate": (["Gate", "Flugsteig"], lambda: up(1) + dg(2), True),
    "room": (["Room", "Room no.", "Zimmer", "Rom"], lambda: dg(3), True),
    "voucher": (["Voucher", "Voucher code", "Gutschein"], lambda: up(4) + dg(4), True),
    "membership_number": (["Membership no.", "Member no.", "Mitgliedsnr."], lambda: "M" + dg(6), True),
}

# remark forms: (template, arguable)
NOTES = [
    ("{c} left", False), ("{c} upstairs", False), ("{c} near lift", False), ("{c} east wing", False),
    ("{c} ALTE", False), ("{c} ANUL", False), ("{c} GONE", False), ("{c} TEMP", False), ("{c} COPY", False),
    ("{c} PREV", False), ("{c} NEU", False), ("{c} GML", False), ("{c} NEW", False), ("{c} OLD", False),
    ("{c} VOID", False), ("{c} CLOSED", False), ("{c} Old", False), ("{c} Upstairs", False),
    ("{c} Temporary", False), ("{c} Gammel", False), ("{c} Ancien", False),
    ("{c}(old)", False), ("{c}/old", False), ("{c}-old", True), ("{c}_old", True), ("{c};old", False),
    ("{c}(alt)", False), ("{c}[old]", False), ("{c}/ALT", True), ("{c}.old", True), ("{c}:old", False),
    ("{c}*", True), ("{c} *", True), ("{c} «alt»", False), ("{c} ←", False), ("{c} ⇐ new", False),
    ("{c} †", True), ("{c} ‡", True), ("{c} ¹", True), ("{c} (1)", True), ("{c} #2", True), ("{c} №2", True),
    ("{c}, {c2}", True), ("{c} & {c2}", True), ("{c} + {c2}", True), ("{c} / {c2}", True), ("{c}; {c2}", True),
    ("{c} or {c2}", True), ("{c}, {c2} (old)", False),
    ("{c} gammel", False), ("{c} alt", False), ("{c} ancien", False), ("{c} antiguo", False), ("{c} stary", False),
    ("{c} x2", True), ("{c} – Temp", False), ("{c} - TEMP", False), ("{c} (TEMP)", False), ("{c}  TEMP", False),
    ("{c}\tTEMP", True), ("{c} ·old", False), ("{c} » B", True), ("{c} ✗", False), ("{c} ✔", False),
    ("{c} — ALTE", False), ("{c}·ALTE", False),
]

INS = ["Extract the name and the {q} as JSON.", "Return name and {q} as a JSON object.",
       "Give me name and {q} as JSON.", "Convert the record to JSON (name, {q})."]


def layout(nm, fields, cont):
    if cont == "L":
        return "Text:\nName: %s\n" % nm + "".join("%s: %s\n" % f for f in fields)
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join("%s: %s" % f for f in fields) + "\n"
    if cont == "T":
        return ("| Name | " + " | ".join(f[0] for f in fields) + " |\n|" + "---|" * (len(fields) + 1) + "\n| %s | " % nm
                + " | ".join(f[1] for f in fields) + " |\n")
    if cont == "C":
        return "Text:\nname," + ",".join(f[0] for f in fields) + "\n" + nm + "," + ",".join(f[1] for f in fields) + "\n"
    if cont == "Y":
        return "```yaml\nname: %s\n" % nm + "".join("%s: \"%s\"\n" % (f[0].lower().replace(" ", "_").rstrip("."), f[1])
                                                     for f in fields) + "```\n"
    if cont == "M":
        return ("Here is the email:\nFrom: desk@firm.example\nSubject: Your details\n\nHi,\n\nthe details are below.\n\n"
                "Name: %s\n" % nm + "".join("%s: %s\n" % f for f in fields) + "\nBest regards\nOffice\n")
    if cont == "P":
        return "Text:\n%s has %s." % (nm, " and ".join("%s %s" % (f[0].lower(), f[1]) for f in fields)) + "\n"
    raise ValueError(cont)


def part_b():
    keys = list(CODES)
    conts = ["L", "O", "T", "C", "Y", "M", "P"]
    j = 0
    for rep in range(2):
        for key in keys:
            labels, gen, onlist = CODES[key]
            for ni, (tmpl, arg) in enumerate(NOTES):
                j += 1
                if (j + rep) % 3 == 0 and rep > 0:
                    continue
                cont = conts[(j * 7 + rep) % len(conts)]
                if tmpl.count(",") and cont == "C":
                    cont = "L"
                lab = labels[(j + rep) % len(labels)]
                c, c2 = gen(), gen()
                deco = tmpl.format(c=c, c2=c2)
                nm = name()
                q = key.replace("_", " ")
                sch = S({"name": "string", key: "string"})
                ins = INS[j % len(INS)].format(q=q)
                extra = [("City", R.choice(["Oslo", "Bergen", "Tromsø", "Lyon", "Graz"]))]
                fields = [(lab, deco)] + (extra if j % 2 else [])
                e = {"name": nm, key: c}
                a = arg or cont == "P"
                if rep % 2 == 0:
                    # single: the model copies the whole field first
                    r171_J("single", "cs", "code_note_" + ("list" if onlist else "off"),
                           ins + "\n\n" + layout(nm, fields, cont), sch, e, [{"name": nm, key: deco}, e], arg=a)
                else:
                    # pair: a clean record stored, then the same record with a new code written with the note
                    base_fields = [(lab, c)] + fields[1:]
                    r171_J("pair", "cb", "code_note_base", ins + "\n\n" + layout(nm, base_fields, cont), sch, e, [e])
                    e2 = {"name": nm, key: c2}
                    deco2 = tmpl.format(c=c2, c2=gen())
                    r171_J("pair", "cv", "code_note_var_" + ("list" if onlist else "off"),
                           ins + "\n\n" + layout(nm, [(lab, deco2)] + fields[1:], cont), sch, e2, [e2], arg=a)
                    if ni % 6 == 0:
                        # safe: the clean record with an intro sentence
                        r171_J("safe", "csafe", "code_safe",
                               ins + "\n\n" + layout(nm, base_fields, cont).replace(
                                   "Text:\n", "Text:\nPlease process the following record.\n", 1)
                               if cont in ("L", "C") else ins.replace("Extract", "Please extract") + "\n\n"
                               + layout(nm, base_fields, cont), sch, e, [e])
    # right answers of real codes that hold upper-case words or lower-case parts (refusals measured)
    real = [("iban", "IBAN", "GB29 NWBK 6016 1331 9268 19"), ("iban", "IBAN", "GB82 WEST 1234 5698 7654 32"),
            ("iban", "IBAN", "DE89 3704 0044 0532 0130 00"), ("vat_number", "VAT no.", "NO 912 345 678 MVA"),
            ("postcode", "Postcode", "SW1A 1AA"), ("booking_ref", "Booking ref.", "ABCDEF"),
            ("email", "Email", "ola.nordmann@firm.example"), ("gate", "Gate", "B12a"),
            ("room", "Room", "12 North"), ("seat", "Seat", "12C window"), ("locker", "Locker", "4281 Blue"),
            ("ticket", "Ticket", "TCK-51 URGENT"), ("phone", "Phone", "+47 22 33 44 55 ext 12")]
    for k in range(3):
        for key, lab, val in real:
            nm = name()
            sch = S({"name": "string", key: "string"})
            e = {"name": nm, key: val}
            arg = val in ("12 North", "12C window", "4281 Blue", "TCK-51 URGENT", "+47 22 33 44 55 ext 12")
            r171_J("single", "cr", "code_right_real", INS[k].format(q=key.replace("_", " ")) + "\n\n"
                   + layout(nm, [(lab, val)], ["L", "O", "M"][k]), sch, e, [e], arg=arg)


# ===================================================================== PART C: nullable members
NULLS = [
    # (key, type, description or None, labels, none-values, real values)
    ("employer", "string", None, ["Employer", "Arbeitgeber", "Arbeidsgiver", "Works at"],
     ["between jobs", "job-seeking", "retired", "student", "on sabbatical", "not working", "currently none",
      "nobody at the moment", "arbeitslos", "arbeidsledig", "sans emploi", "Unemployed", "UNEMPLOYED", "—",
      "looking for work", "on parental leave, no employer", "none (self-funded)", "no employer yet",
      "sin empleo", "bezrobotny"],
     ["Nobody Inc.", "None Ltd", "No Limits AS", "Unemployment Insurance Fund", "Statoil"]),
    ("phone", "string", None, ["Phone", "Tel.", "Telefon"],
     ["ex-directory", "not on the phone", "no landline", "keine", "ingen", "aucun", "none given", "call reception",
      "use email", "112", "n/a"],
     ["1881", "+47 22 33 44 55", "0800 123"]),
    ("departure_time", ["string", "null"], None, ["Departure", "Departure time", "Abfahrt", "Avgang"],
     ["TBD later", "to be announced", "not yet scheduled", "whenever ready", "t.b.c.", "folgt", "kommer",
      "flexible", "anytime", "open", "as soon as possible"],
     ["10:30", "22:15", "07:05"]),
    ("address", ["string", "null"], None, ["Address", "Adresse", "Home address"],
     ["no fixed abode", "homeless", "ohne festen Wohnsitz", "uten fast bopel", "sans domicile fixe",
      "none on file", "unknown", "withheld", "in transit", "NFA", "n.f.a."],
     ["No. 5 Main Street, Leeds", "Storgata 1, Oslo", "Nowhere Lane 3, Bath"]),
    ("contact_person", ["string", "null"], None, ["Contact person", "Contact", "Ansprechpartner", "Kontaktperson"],
     ["anonymous", "N.N.", "NN", "anon.", "unnamed", "to be named", "vacant", "position vacant", "nobody",
      "no-one", "X", "—"],
     ["Ana Berg", "Nils Nobody", "Vacanti Rossi"]),
    ("link", ["string", "null"], None, ["Link", "URL", "Web link"],
     ["none yet", "not published", "coming soon", "under construction", "removed", "broken", "ask us", "TBA",
      "www", "http://", "-"],
     ["https://firm.example/a", "firm.example", "http://localhost:8080/"]),
    ("profile", ["string", "null"], "LinkedIn profile", ["Profile", "LinkedIn", "Profil"],
     ["no profile", "not on LinkedIn", "deleted", "private", "none", "n/a", "not shared", "linkedin.com/"],
     ["linkedin.com/in/ana-berg", "https://www.linkedin.com/in/nils"]),
    ("email", ["string", "null"], None, ["Email", "E-mail", "E-post"],
     ["doesn't use email", "via phone only", "ask reception", "paper mail only", "keine E-Mail", "@", "name@",
      "firm.example", "no mail"],
     ["postmaster@localhost", "ana@firm.example"]),
    ("expires", ["string", "null"], None, ["Expires", "Valid until", "Gültig bis", "Gyldig til"],
     ["never", "does not expire", "permanent", "indefinite", "open-ended", "unbefristet", "ubegrenset", "lifetime",
      "n/a"],
     ["2027-03-31", "31.12.2026", "March 2027"]),
    ("end_date", ["string", "null"], None, ["End date", "Ends", "Enddatum", "Sluttdato"],
     ["ongoing", "open-ended", "not set", "until further notice", "tbd", "none", "indefinite", "laufend", "løpende"],
     ["2026-12-31", "Christmas Eve", "Midsummer"]),
    ("middle_name", ["string", "null"], None, ["Middle name", "Middle", "Zweiter Vorname", "Mellomnavn"],
     ["none", "-", "n/a", "no middle name", "keiner", "ingen", "NMN", "NMI"],
     ["Nobel", "Nona"]),
    ("manager", ["string", "null"], None, ["Manager", "Reports to", "Vorgesetzter", "Leder"],
     ["vacant", "nobody", "none", "self", "the board", "position open", "vakant", "unbesetzt", "to be hired"],
     ["Kari Nordmann", "Nobody Svensson"]),
    ("fee", ["string", "null"], "the fee", ["Fee", "Gebühr", "Gebyr", "Price"],
     ["free of charge", "gratis", "no charge", "complimentary", "kostenlos", "waived", "none", "included",
      "on the house"],
     ["NOK 250", "EUR 12.50", "free"]),
    ("vehicle_plate", ["string", "null"], None, ["Plate", "Car registration", "Kennzeichen", "Reg.nr."],
     ["no car", "doesn't drive", "kein Auto", "ingen bil", "bike only", "public transport", "n/a", "none"],
     ["AB 12345", "EL 98765"]),
]


def part_c():
    conts = ["L", "O", "T", "M", "Y"]
    j = 0
    for key, typ, desc, labels, nones, reals in NULLS:
        nt = typ if isinstance(typ, list) else [typ, "null"]
        sch = S({"name": "string", key: {"type": nt}}, {key: desc} if desc else None)
        sch_opt = S({"name": "string", key: "string"}, {key: desc} if desc else None, required=["name"])
        q = key.replace("_", " ")
        for rep in range(3):
            for nv in nones:
                j += 1
                cont = conts[(j + rep) % len(conts)]
                lab = labels[(j + rep) % len(labels)]
                nm = name()
                ins = INS[j % len(INS)].format(q=q)
                fields = [(lab, nv)] + ([("City", "Oslo")] if j % 2 else [])
                txt = ins + "\n\n" + layout(nm, fields, cont)
                e = {"name": nm, key: None}
                arg = nv in ("student", "retired", "self", "the board", "included", "free", "private", "open",
                             "flexible", "anytime", "as soon as possible", "in transit", "withheld", "X", "broken",
                             "www", "firm.example", "call reception", "use email", "ask us", "removed", "deleted",
                             "none (self-funded)", "on parental leave, no employer", "bike only", "public transport",
                             "on sabbatical", "lifetime", "permanent", "none", "n/a", "-", "—", "NFA", "n.f.a.", "NMN",
                             "NMI", "on the house", "TBA", "linkedin.com/", "@", "name@", "unknown")
                if rep == 0:
                    r171_J("single", "ns", "null_none_" + key, txt, sch, e, [{"name": nm, key: nv}, e], arg=arg)
                elif rep == 1:
                    # pair: a real value stored, then the none-value in its place
                    rv = reals[j % len(reals)]
                    eb = {"name": nm, key: rv}
                    r171_J("pair", "nb", "null_base", ins + "\n\n" + layout(nm, [(lab, rv)] + fields[1:], cont), sch,
                           eb, [eb])
                    r171_J("pair", "nv", "null_var_" + key, txt, sch, e, [e], arg=arg)
                else:
                    # optional, not nullable: the right answer leaves the member out
                    r171_J("single", "no", "optional_none_" + key, txt, sch_opt, {"name": nm},
                           [{"name": nm, key: nv}, {"name": nm}], arg=True)
        # real values the rule may refuse: right answers only
        for k, rv in enumerate(reals * 2):
            nm = name()
            lab = labels[k % len(labels)]
            e = {"name": nm, key: rv}
            r171_J("single", "nr", "null_real_" + key,
                   INS[k % 4].format(q=q) + "\n\n" + layout(nm, [(lab, rv)], conts[k % 3]), sch, e, [e])
            if k < len(reals):
                r171_J("safe", "nsafe", "null_safe",
                       "Please " + INS[k % 4].format(q=q)[0].lower() + INS[k % 4].format(q=q)[1:] + "\n\n"
                       + layout(nm, [(lab, rv)], conts[k % 3]), sch, e, [e])


# ===================================================================== PART D: "X as Y" and other age labels
AGE_LABELS = [
    # (label, value written, expected age, arguable)
    ("Years as customer", "12", None, False), ("Years as tenant", "7", None, False),
    ("Years as employee", "9", None, False), ("Years as a member", "15", None, False),
    ("Years as driver", "20", None, False), ("Time as member", "11", None, False),
    ("Jahre als Mitglied", "13", None, False), ("År som medlem", "14", None, False),
    ("Années comme membre", "16", None, False), ("Years as licence holder", "22", None, False),
    ("Years with us", "8", None, False), ("Years of membership", "19", None, False),
    ("Membership (years)", "6", None, False), ("Member for (years)", "5", None, False),
    ("Years in service", "23", None, False), ("Years at address", "4", None, False),
    ("Years of experience", "25", None, False), ("Experience (years)", "18", None, False),
    ("Age of membership", "12", None, False), ("Membership age", "12", None, False),
    ("Account age", "9", None, False), ("Age of account", "9", None, False), ("Vehicle age", "7", None, False),
    ("Age of car", "6", None, False), ("Car age", "6", None, False), ("Age at joining", "23", None, False),
    ("Age when joined", "24", None, False), ("Age at signup", "19", None, False),
    ("Age at diagnosis", "40", None, False), ("Age at first visit", "31", None, False),
    ("Age in 2019", "29", None, True), ("Age as of 2019", "29", None, True), ("Age limit", "18", None, False),
    ("Minimum age", "18", None, False), ("Age rating", "12", None, False), ("Retirement age", "67", None, False),
    ("Tenure", "10", None, False), ("Seniority", "10", None, False), ("Alter des Kontos", "9", None, False),
    ("Alder på bil", "8", None, False), ("Âge du véhicule", "5", None, False), ("Years as guest", "3", None, False),
    ("Seasons as player", "9", None, False), ("Age (membership)", "12", None, False),
    ("Age - membership", "12", None, False), ("Age: membership years", "12", None, True),
    ("Years old as member", "12", None, True), ("Mitglied seit (Jahren)", "12", None, False),
    ("Age next birthday", "35", 34, True), ("Age in months", "420", 35, True),
    ("Age of youngest child", "4", None, False), ("Child's age", "6", None, False),
    ("Spouse age", "41", None, False), ("Partner's age", "38", None, False),
]


def part_d():
    conts = ["L", "O", "T", "M", "Y"]
    sch = S({"name": "string", "age": {"type": ["integer", "null"]}}, {"age": "age in years"})
    sch2 = S({"name": "string", "age": {"type": ["integer", "null"]}})
    j = 0
    for rep in range(3):
        for lab, val, exp, arg in AGE_LABELS:
            j += 1
            cont = conts[(j + rep) % len(conts)]
            nm = name()
            s = sch if j % 2 else sch2
            ins = INS[j % len(INS)].format(q="age")
            fields = [(lab, val)] + ([("City", "Oslo")] if j % 3 else [])
            e = {"name": nm, "age": exp}
            a = arg or cont == "P"
            if exp is not None and exp != int(val):
                # a derived age: StepCache should not verify the stated number as the age
                pass
            if rep == 0:
                r171_J("single", "as", "age_label", ins + "\n\n" + layout(nm, fields, cont), s, e,
                       [{"name": nm, "age": int(val)}, e], arg=a)
            elif rep == 1:
                eb = {"name": nm, "age": int(val) + 20}
                r171_J("pair", "ab", "age_base", ins + "\n\n" + layout(nm, [("Age", str(int(val) + 20))] + fields[1:],
                                                                         cont), s, eb, [eb])
                r171_J("pair", "av", "age_var", ins + "\n\n" + layout(nm, fields, cont), s, e, [e], arg=a)
            else:
                # both: a real age and the other label; the model takes the other label's number
                age = int(val) + 21
                e2 = {"name": nm, "age": age}
                f2 = [(lab, val), ("Age", str(age))] if j % 2 else [("Age", str(age)), (lab, val)]
                r171_J("single", "am", "age_mixed", ins + "\n\n" + layout(nm, f2, cont), s, e2,
                       [{"name": nm, "age": int(val)}, e2], arg=a)
                if j % 4 == 0:
                    r171_J("safe", "asafe", "age_safe", "Please " + ins[0].lower() + ins[1:] + "\n\n"
                           + layout(nm, f2, cont), s, e2, [e2])


part_a()
part_b()
part_c()
part_d()


# ===================================================================== PART E (second pass): codes, one layout, every key x note
CODES2 = dict(CODES)
CODES2.update({
    "ticket_number": (["Ticket no."], lambda: "TCK-%s" % dg(6), True),
    "pin": (["PIN"], lambda: dg(4), True),
    "booking_reference": (["Booking ref."], lambda: up(6), True),
    "order_id": (["Order ID"], lambda: dg(5), True),
    "phone": (["Phone"], lambda: "+47 %s %s %s" % (dg(3), dg(2), dg(3)), True),
    "iban": (["IBAN"], lambda: "NO%s %s %s %s" % (dg(2), dg(4), dg(4), dg(3)), True),
    "dock": (["Dock"], lambda: "D%s" % dg(2), False),
    "lane": (["Lane"], lambda: dg(2), False),
    "shelf": (["Shelf"], lambda: "%s%s" % (up(1), dg(2)), False),
    "unit": (["Unit"], lambda: "U-%s" % dg(3), False),
    "plot": (["Plot"], lambda: dg(3) + up(1), False),
    "badge": (["Badge"], lambda: "BG%s" % dg(5), False),
    "policy": (["Policy"], lambda: "POL-%s" % dg(7), False),
    "claim": (["Claim"], lambda: "CL%s" % dg(6), False),
    "licence": (["Licence"], lambda: up(2) + dg(6), False),
    "isbn": (["ISBN"], lambda: "978-%s-%s-%s-%s" % (dg(2), dg(3), dg(4), dg(1)), False),
    "bic": (["BIC"], lambda: up(4) + "NO" + up(2), False),
    "callsign": (["Call sign"], lambda: "LA" + dg(1) + up(3), False),
})
NOTES2 = [
    ("{c} ANUL", False), ("{c} STOR", False), ("{c} SLET", False), ("{c} UTGÅ", False), ("{c} VIEJ", False),
    ("{c} DEAD", False), ("{c} LOST", False), ("{c} STOP", False), ("{c} HOLD", False), ("{c} DUPL", False),
    ("{c} FAKE", False), ("{c} TEST", False), ("{c} KEIN", False), ("{c} IKKE", False), ("{c} FEIL", False),
    ("{c} EXP", False), ("{c} OBS", False), ("{c} ERR", False), ("{c} OFF", False), ("{c} ALT", False),
    ("{c} GONE", False), ("{c} ALTE", False), ("{c} TEMP", False), ("{c} COPY", False), ("{c} NEU", False),
    ("{c}-old", False), ("{c}.old", False), ("{c}-OLD", False), ("{c}.OLD", False), ("{c}-alt", False),
    ("{c}-gammel", False), ("{c}-void", False), ("{c}-VOID", False), ("{c}·old", False), ("{c}·VOID", False),
    ("{c}·ALTE", False), ("{c}~old", False), ("{c}+old", False), ("{c}=old", False), ("{c}|old", False),
    ("{c}--old", False), ("{c}-ex", True), ("{c}_ALT", True), ("{c}:old", False), ("{c}:VOID", False),
    ("{c} №2", True), ("{c} № 2", True), ("{c} No.2", True), ("{c} (2)", True), ("{c} (ii)", True),
    ("{c} [1]", True), ("{c}²", True), ("{c} #1", True), ("{c} (1)", True), ("{c}*", True), ("{c}**", True),
    ("{c} Upstairs", False), ("{c} Gammel", False), ("{c} Ancien", False), ("{c} Stary", False),
    ("{c} ⇐ new", False), ("{c} ⇦ old", False), ("{c} ⟵", False), ("{c} ‹alt›", False), ("{c} „alt“", False),
    ("{c} ✗", False), ("{c} ☒", False), ("{c} ⚠", False), ("{c} stary", False), ("{c} gml", False),
]
r171_note_of = {}


def part_e():
    j = 0
    for key, (labels, gen, onlist) in CODES2.items():
        for tmpl, arg in NOTES2:
            j += 1
            c = gen()
            deco = tmpl.format(c=c)
            nm = name()
            q = key.replace("_", " ")
            sch = S({"name": "string", key: "string"})
            ins = INS[j % 3].format(q=q)
            e = {"name": nm, key: c}
            pid = r171_J("single", "es", "code2_note_" + ("list" if onlist else "off"),
                         ins + "\n\n" + layout(nm, [(labels[0], deco)], "L"), sch, e, [{"name": nm, key: deco}, e],
                         arg=arg)
            r171_note_of[pid] = (key, tmpl)


# ===================================================================== PART F (second pass): equations, dangling and turning lines
TURN_DESC = [
    ("So the answer is:", True), ("So the final answer is:", True), ("Therefore the answer is:", True),
    ("The answer is:", True), ("Final answer:", True), ("Answer:", True), ("So the solution is:", True),
    ("So the answer is the negative:", False), ("So the answer is twice:", False), ("So the answer is half:", False),
    ("So the answer, in percent, is:", False), ("So the answer in percent is:", False),
    ("So the answer times 2 is:", False), ("So the answer is not:", False), ("So the real answer is:", True),
    ("So the answer is actually:", True), ("So the answer is instead:", True), ("So the answer, negated, is:", False),
    ("So the answer is the opposite:", False), ("So the answer squared is:", False),
    ("So the answer doubled is:", False), ("So twice the answer is:", False), ("So the answer in thousands is:", False),
    ("So half the answer is:", False), ("So the answer divided by 2 is:", False),
    ("So the answer to the next step is:", True), ("So the answer is the reciprocal:", False),
    ("Die Antwort ist das Doppelte:", False), ("Svaret er det negative:", False), ("La réponse est la moitié :", False),
    ("So the answer is minus:", False), ("So the answer, in cm, is:", False), ("So the answer is wrong:", False),
]


def part_f():
    for i in range(700):
        v = R.choice(["x", "x", "y", "t", "n"])
        eq, steps, x, pre, a = eq_form(v)
        prompt = R.choice(EQ_PROMPTS).format(v=v, eq=eq)
        right = "\n".join(steps)
        d, arg = TURN_DESC[i % len(TURN_DESC)]
        sh = (i // len(TURN_DESC)) % 4
        if sh == 0:    # after the final value, then a closing
            wrong = "\n".join(steps + [d, CLOSINGS[i % len(CLOSINGS)]])
        elif sh == 1:  # after the final value, nothing else
            wrong = "\n".join(steps + [d])
        elif sh == 2:  # between the working and the final value
            wrong = "\n".join(steps[:-1] + [d, steps[-1]])
        else:          # on the final value's line
            wrong = "\n".join(steps[:-1] + ["%s %s" % (d, steps[-1])])
        if sh >= 2 and arg:
            continue  # a plain final line: right
        r171_E("single", "ft%d" % sh, "eq_turn_desc_%d" % sh, prompt, v, str(x), [wrong, right], arg=arg)


part_e()
part_f()


# ===================================================================== PART G (second pass): optional members, the text says none
def part_g():
    j = 0
    for key, typ, desc, labels, nones, reals in NULLS:
        q = key.replace("_", " ")
        for nullable in (False, True):
            t = {"type": ["string", "null"]} if nullable else "string"
            sch = S({"name": "string", key: t}, {key: desc} if desc else None, required=["name"])
            for nv in nones + ["none", "no %s" % q, "has no %s" % q, "not applicable", "nil", "None.", "no"]:
                j += 1
                nm = name()
                cont = ["L", "L", "O", "M"][j % 4]
                fields = [(labels[j % len(labels)], nv)]
                e = {"name": nm}
                arg = not nv.lower().startswith(("no ", "has no", "none", "not ", "nobody", "no-one", "keine",
                                                 "ingen", "nil", "doesn't", "without"))
                r171_J("single", "g", "opt_none_" + ("null_" if nullable else "") + key,
                       INS[j % 3].format(q=q) + "\n\n" + layout(nm, fields, cont), sch, e,
                       [{"name": nm, key: nv}, e], arg=arg)


# ===================================================================== PART H (second pass): age, optional integer
def part_h():
    j = 0
    for nullable in (False, True):
        t = {"type": ["integer", "null"]} if nullable else "integer"
        for dsc in (None, "age in years"):
            sch = S({"name": "string", "age": t}, {"age": dsc} if dsc else None, required=["name"])
            for lab, val, exp, arg in AGE_LABELS:
                j += 1
                nm = name()
                cont = ["L", "L", "O", "M"][j % 4]
                e = {"name": nm} if exp is None else {"name": nm, "age": exp}
                r171_J("single", "h", "age_opt" + ("_null" if nullable else ""),
                       INS[j % 3].format(q="age") + "\n\n" + layout(nm, [(lab, val), ("City", "Oslo")], cont), sch, e,
                       [{"name": nm, "age": int(val)}, e], arg=arg)


part_g()
part_h()


# Every id served wrong from the cache in the full run (run 1 or 2); the arguable ones among them (strict: numbered
# marks, suffixes glued by "-", "_" or ".", letter-only codes beside an upper-case group, every equation item, every
# optional member whose words do not plainly deny a value) are also in r171_arguable.
r171_found_alone = {
    'd171-sdaft-191', 'd171-sdaft0-192', 'd171-sdaft-203', 'd171-sdaft0-204', 'd171-sdaft-441', 'd171-sdaft-453',
    'd171-sdaft-633', 'd171-sdaft-693', 'd171-sdaft-705', 'd171-brep-782', 'd171-sdaft-945', 'd171-sdaft-957',
    'd171-sdaft-1191', 'd171-sdaft-1203', 'd171-cs-1241', 'd171-cs-1256', 'd171-cs-1261', 'd171-cs-1266',
    'd171-cs-1276', 'd171-cs-1286', 'd171-cs-1304', 'd171-cs-1308', 'd171-cs-1316', 'd171-cs-1320', 'd171-cs-1332',
    'd171-cs-1336', 'd171-cs-1340', 'd171-cs-1344', 'd171-cs-1352', 'd171-cs-1356', 'd171-cs-1364', 'd171-cs-1368',
    'd171-cs-1374', 'd171-cs-1377', 'd171-cs-1380', 'd171-cs-1386', 'd171-cs-1389', 'd171-cs-1392', 'd171-cs-1398',
    'd171-cs-1401', 'd171-cs-1404', 'd171-cs-1410', 'd171-cs-1422', 'd171-cs-1434', 'd171-cs-1437', 'd171-cs-1440',
    'd171-cs-1446', 'd171-cs-1449', 'd171-cs-1452', 'd171-cs-1458', 'd171-cs-1464', 'd171-cs-1470', 'd171-cs-1473',
    'd171-cs-1476', 'd171-cs-1485', 'd171-cs-1488', 'd171-cs-1497', 'd171-cs-1500', 'd171-cs-1505', 'd171-cs-1525',
    'd171-cs-1572', 'd171-cs-1590', 'd171-cs-1596', 'd171-cs-1608', 'd171-cs-1632', 'd171-cs-1638', 'd171-cs-1641',
    'd171-cs-1644', 'd171-cs-1650', 'd171-cs-1653', 'd171-cs-1656', 'd171-cs-1662', 'd171-cs-1665', 'd171-cs-1668',
    'd171-cs-1674', 'd171-cs-1686', 'd171-cs-1698', 'd171-cs-1700', 'd171-cs-1701', 'd171-cs-1704', 'd171-cs-1709',
    'd171-cs-1710', 'd171-cs-1712', 'd171-cs-1713', 'd171-cs-1716', 'd171-cs-1718', 'd171-cs-1722', 'd171-cs-1728',
    'd171-cs-1730', 'd171-cs-1733', 'd171-cs-1734', 'd171-cs-1736', 'd171-cs-1737', 'd171-cs-1740', 'd171-cs-1748',
    'd171-cs-1749', 'd171-cs-1752', 'd171-cs-1760', 'd171-cs-1761', 'd171-cs-1764', 'd171-cs-1768', 'd171-cs-1776',
    'd171-cs-1780', 'd171-cs-1784', 'd171-cs-1788', 'd171-cs-1796', 'd171-cs-1800', 'd171-cs-1804', 'd171-cs-1816',
    'd171-cs-1833', 'd171-cs-1836', 'd171-cs-1842', 'd171-cs-1845', 'd171-cs-1854', 'd171-cs-1860', 'd171-cs-1866',
    'd171-cs-1869', 'd171-cs-1872', 'd171-cs-1881', 'd171-cs-1884', 'd171-cs-1893', 'd171-cs-1896', 'd171-cs-1902',
    'd171-cs-1905', 'd171-cs-1908', 'd171-cs-1914', 'd171-cs-1917', 'd171-cs-1920', 'd171-cs-1926', 'd171-cs-1929',
    'd171-cs-1932', 'd171-cs-1938', 'd171-cs-1950', 'd171-cs-1962', 'd171-cs-1968', 'd171-cs-1986', 'd171-cs-1992',
    'd171-cs-2004', 'd171-cs-2028', 'd171-cs-2034', 'd171-cs-2052', 'd171-cs-2058', 'd171-cs-2070', 'd171-cs-2094',
    'd171-cs-2100', 'd171-cs-2118', 'd171-cs-2124', 'd171-cs-2126', 'd171-cs-2134', 'd171-cs-2136', 'd171-cs-2160',
    'd171-cs-2165', 'd171-cs-2166', 'd171-cs-2184', 'd171-cs-2185', 'd171-cs-2190', 'd171-cs-2192', 'd171-cs-2200',
    'd171-cs-2202', 'd171-cs-2226', 'd171-cs-2232', 'd171-cs-2250', 'd171-cs-2256', 'd171-cs-2268', 'd171-cs-2292',
    'd171-cs-2298', 'd171-cs-2316', 'd171-cs-2322', 'd171-cs-2334', 'd171-cs-2358', 'd171-cs-2364', 'd171-cs-2382',
    'd171-cs-2388', 'd171-cs-2390', 'd171-cs-2398', 'd171-cs-2400', 'd171-cs-2424', 'd171-cs-2448', 'd171-cs-2456',
    'd171-cs-2464', 'd171-cs-2496', 'd171-cs-2497', 'd171-cs-2514', 'd171-cs-2520', 'd171-cs-2521', 'd171-cs-2530',
    'd171-cs-2532', 'd171-cs-2556', 'd171-no-4818', 'd171-no-5212', 'd171-es-5667', 'd171-es-5668', 'd171-es-5669',
    'd171-es-5670', 'd171-es-5671', 'd171-es-5672', 'd171-es-5673', 'd171-es-5674', 'd171-es-5675', 'd171-es-5676',
    'd171-es-5677', 'd171-es-5678', 'd171-es-5679', 'd171-es-5680', 'd171-es-5681', 'd171-es-5682', 'd171-es-5683',
    'd171-es-5684', 'd171-es-5685', 'd171-es-5686', 'd171-es-5687', 'd171-es-5688', 'd171-es-5690', 'd171-es-5691',
    'd171-es-5692', 'd171-es-5693', 'd171-es-5694', 'd171-es-5695', 'd171-es-5696', 'd171-es-5697', 'd171-es-5700',
    'd171-es-5701', 'd171-es-5702', 'd171-es-5704', 'd171-es-5705', 'd171-es-5707', 'd171-es-5708', 'd171-es-5709',
    'd171-es-5710', 'd171-es-5711', 'd171-es-5712', 'd171-es-5713', 'd171-es-5714', 'd171-es-5715', 'd171-es-5717',
    'd171-es-5718', 'd171-es-5719', 'd171-es-5720', 'd171-es-5721', 'd171-es-5723', 'd171-es-5724', 'd171-es-5725',
    'd171-es-5726', 'd171-es-5727', 'd171-es-5728', 'd171-es-5729', 'd171-es-5730', 'd171-es-5731', 'd171-es-5732',
    'd171-es-5733', 'd171-es-5734', 'd171-es-5735', 'd171-es-5736', 'd171-es-5737', 'd171-es-5738', 'd171-es-5739',
    'd171-es-5740', 'd171-es-5741', 'd171-es-5742', 'd171-es-5743', 'd171-es-5744', 'd171-es-5745', 'd171-es-5746',
    'd171-es-5747', 'd171-es-5748', 'd171-es-5749', 'd171-es-5750', 'd171-es-5751', 'd171-es-5752', 'd171-es-5753',
    'd171-es-5754', 'd171-es-5755', 'd171-es-5756', 'd171-es-5757', 'd171-es-5758', 'd171-es-5760', 'd171-es-5761',
    'd171-es-5762', 'd171-es-5763', 'd171-es-5764', 'd171-es-5765', 'd171-es-5766', 'd171-es-5767', 'd171-es-5770',
    'd171-es-5771', 'd171-es-5772', 'd171-es-5774', 'd171-es-5775', 'd171-es-5777', 'd171-es-5778', 'd171-es-5779',
    'd171-es-5780', 'd171-es-5781', 'd171-es-5782', 'd171-es-5783', 'd171-es-5784', 'd171-es-5785', 'd171-es-5787',
    'd171-es-5788', 'd171-es-5789', 'd171-es-5791', 'd171-es-5793', 'd171-es-5794', 'd171-es-5795', 'd171-es-5796',
    'd171-es-5797', 'd171-es-5798', 'd171-es-5799', 'd171-es-5800', 'd171-es-5801', 'd171-es-5802', 'd171-es-5803',
    'd171-es-5805', 'd171-es-5806', 'd171-es-5807', 'd171-es-5808', 'd171-es-5809', 'd171-es-5810', 'd171-es-5811',
    'd171-es-5812', 'd171-es-5813', 'd171-es-5814', 'd171-es-5815', 'd171-es-5816', 'd171-es-5817', 'd171-es-5818',
    'd171-es-5819', 'd171-es-5820', 'd171-es-5821', 'd171-es-5822', 'd171-es-5823', 'd171-es-5824', 'd171-es-5825',
    'd171-es-5826', 'd171-es-5827', 'd171-es-5828', 'd171-es-5830', 'd171-es-5831', 'd171-es-5832', 'd171-es-5833',
    'd171-es-5834', 'd171-es-5835', 'd171-es-5836', 'd171-es-5837', 'd171-es-5840', 'd171-es-5841', 'd171-es-5842',
    'd171-es-5844', 'd171-es-5845', 'd171-es-5847', 'd171-es-5848', 'd171-es-5849', 'd171-es-5850', 'd171-es-5851',
    'd171-es-5852', 'd171-es-5853', 'd171-es-5854', 'd171-es-5855', 'd171-es-5857', 'd171-es-5858', 'd171-es-5859',
    'd171-es-5860', 'd171-es-5861', 'd171-es-5863', 'd171-es-5864', 'd171-es-5865', 'd171-es-5866', 'd171-es-5867',
    'd171-es-5868', 'd171-es-5869', 'd171-es-5870', 'd171-es-5871', 'd171-es-5872', 'd171-es-5873', 'd171-es-5874',
    'd171-es-5875', 'd171-es-5876', 'd171-es-5877', 'd171-es-5878', 'd171-es-5879', 'd171-es-5880', 'd171-es-5881',
    'd171-es-5882', 'd171-es-5883', 'd171-es-5884', 'd171-es-5885', 'd171-es-5886', 'd171-es-5887', 'd171-es-5888',
    'd171-es-5889', 'd171-es-5890', 'd171-es-5891', 'd171-es-5892', 'd171-es-5893', 'd171-es-5894', 'd171-es-5895',
    'd171-es-5896', 'd171-es-5897', 'd171-es-5898', 'd171-es-5900', 'd171-es-5901', 'd171-es-5902', 'd171-es-5903',
    'd171-es-5904', 'd171-es-5905', 'd171-es-5906', 'd171-es-5907', 'd171-es-5910', 'd171-es-5911', 'd171-es-5912',
    'd171-es-5914', 'd171-es-5915', 'd171-es-5917', 'd171-es-5918', 'd171-es-5919', 'd171-es-5920', 'd171-es-5921',
    'd171-es-5922', 'd171-es-5923', 'd171-es-5924', 'd171-es-5925', 'd171-es-5927', 'd171-es-5928', 'd171-es-5929',
    'd171-es-5930', 'd171-es-5931', 'd171-es-5934', 'd171-es-5935', 'd171-es-5936', 'd171-es-5937', 'd171-es-5938',
    'd171-es-5939', 'd171-es-5940', 'd171-es-5941', 'd171-es-5942', 'd171-es-5943', 'd171-es-5944', 'd171-es-5945',
    'd171-es-5946', 'd171-es-6017', 'd171-es-6018', 'd171-es-6019', 'd171-es-6022', 'd171-es-6024', 'd171-es-6025',
    'd171-es-6026', 'd171-es-6027', 'd171-es-6029', 'd171-es-6030', 'd171-es-6031', 'd171-es-6032', 'd171-es-6033',
    'd171-es-6034', 'd171-es-6035', 'd171-es-6037', 'd171-es-6038', 'd171-es-6042', 'd171-es-6043', 'd171-es-6044',
    'd171-es-6045', 'd171-es-6046', 'd171-es-6047', 'd171-es-6050', 'd171-es-6051', 'd171-es-6052', 'd171-es-6054',
    'd171-es-6055', 'd171-es-6057', 'd171-es-6058', 'd171-es-6059', 'd171-es-6060', 'd171-es-6061', 'd171-es-6062',
    'd171-es-6064', 'd171-es-6065', 'd171-es-6068', 'd171-es-6070', 'd171-es-6071', 'd171-es-6087', 'd171-es-6088',
    'd171-es-6089', 'd171-es-6090', 'd171-es-6091', 'd171-es-6092', 'd171-es-6093', 'd171-es-6094', 'd171-es-6095',
    'd171-es-6096', 'd171-es-6097', 'd171-es-6098', 'd171-es-6099', 'd171-es-6100', 'd171-es-6101', 'd171-es-6102',
    'd171-es-6103', 'd171-es-6104', 'd171-es-6105', 'd171-es-6106', 'd171-es-6107', 'd171-es-6108', 'd171-es-6110',
    'd171-es-6111', 'd171-es-6112', 'd171-es-6113', 'd171-es-6114', 'd171-es-6115', 'd171-es-6116', 'd171-es-6117',
    'd171-es-6120', 'd171-es-6121', 'd171-es-6122', 'd171-es-6124', 'd171-es-6125', 'd171-es-6127', 'd171-es-6128',
    'd171-es-6129', 'd171-es-6130', 'd171-es-6131', 'd171-es-6132', 'd171-es-6133', 'd171-es-6134', 'd171-es-6135',
    'd171-es-6137', 'd171-es-6138', 'd171-es-6139', 'd171-es-6140', 'd171-es-6141', 'd171-es-6143', 'd171-es-6144',
    'd171-es-6145', 'd171-es-6146', 'd171-es-6147', 'd171-es-6148', 'd171-es-6149', 'd171-es-6150', 'd171-es-6151',
    'd171-es-6152', 'd171-es-6153', 'd171-es-6154', 'd171-es-6155', 'd171-es-6156', 'd171-es-6157', 'd171-es-6158',
    'd171-es-6159', 'd171-es-6160', 'd171-es-6161', 'd171-es-6162', 'd171-es-6163', 'd171-es-6164', 'd171-es-6165',
    'd171-es-6166', 'd171-es-6167', 'd171-es-6168', 'd171-es-6169', 'd171-es-6170', 'd171-es-6171', 'd171-es-6172',
    'd171-es-6173', 'd171-es-6174', 'd171-es-6175', 'd171-es-6176', 'd171-es-6177', 'd171-es-6178', 'd171-es-6180',
    'd171-es-6181', 'd171-es-6182', 'd171-es-6183', 'd171-es-6184', 'd171-es-6185', 'd171-es-6186', 'd171-es-6187',
    'd171-es-6190', 'd171-es-6191', 'd171-es-6192', 'd171-es-6194', 'd171-es-6195', 'd171-es-6197', 'd171-es-6198',
    'd171-es-6199', 'd171-es-6200', 'd171-es-6201', 'd171-es-6202', 'd171-es-6203', 'd171-es-6204', 'd171-es-6205',
    'd171-es-6207', 'd171-es-6208', 'd171-es-6209', 'd171-es-6210', 'd171-es-6211', 'd171-es-6213', 'd171-es-6214',
    'd171-es-6215', 'd171-es-6216', 'd171-es-6217', 'd171-es-6218', 'd171-es-6219', 'd171-es-6220', 'd171-es-6221',
    'd171-es-6222', 'd171-es-6223', 'd171-es-6224', 'd171-es-6225', 'd171-es-6226', 'd171-es-6227', 'd171-es-6228',
    'd171-es-6229', 'd171-es-6230', 'd171-es-6231', 'd171-es-6232', 'd171-es-6233', 'd171-es-6234', 'd171-es-6235',
    'd171-es-6236', 'd171-es-6237', 'd171-es-6238', 'd171-es-6239', 'd171-es-6240', 'd171-es-6241', 'd171-es-6242',
    'd171-es-6243', 'd171-es-6244', 'd171-es-6245', 'd171-es-6246', 'd171-es-6247', 'd171-es-6248', 'd171-es-6250',
    'd171-es-6251', 'd171-es-6252', 'd171-es-6253', 'd171-es-6254', 'd171-es-6255', 'd171-es-6256', 'd171-es-6257',
    'd171-es-6260', 'd171-es-6261', 'd171-es-6262', 'd171-es-6264', 'd171-es-6265', 'd171-es-6267', 'd171-es-6268',
    'd171-es-6269', 'd171-es-6270', 'd171-es-6271', 'd171-es-6272', 'd171-es-6273', 'd171-es-6274', 'd171-es-6275',
    'd171-es-6277', 'd171-es-6278', 'd171-es-6279', 'd171-es-6280', 'd171-es-6281', 'd171-es-6283', 'd171-es-6284',
    'd171-es-6285', 'd171-es-6286', 'd171-es-6287', 'd171-es-6288', 'd171-es-6289', 'd171-es-6290', 'd171-es-6291',
    'd171-es-6292', 'd171-es-6293', 'd171-es-6294', 'd171-es-6295', 'd171-es-6296', 'd171-es-6297', 'd171-es-6298',
    'd171-es-6299', 'd171-es-6300', 'd171-es-6301', 'd171-es-6302', 'd171-es-6303', 'd171-es-6304', 'd171-es-6305',
    'd171-es-6306', 'd171-es-6307', 'd171-es-6308', 'd171-es-6309', 'd171-es-6310', 'd171-es-6311', 'd171-es-6312',
    'd171-es-6313', 'd171-es-6314', 'd171-es-6315', 'd171-es-6316', 'd171-es-6317', 'd171-es-6318', 'd171-es-6320',
    'd171-es-6321', 'd171-es-6322', 'd171-es-6323', 'd171-es-6324', 'd171-es-6325', 'd171-es-6326', 'd171-es-6327',
    'd171-es-6330', 'd171-es-6331', 'd171-es-6332', 'd171-es-6334', 'd171-es-6335', 'd171-es-6337', 'd171-es-6338',
    'd171-es-6339', 'd171-es-6340', 'd171-es-6341', 'd171-es-6342', 'd171-es-6343', 'd171-es-6344', 'd171-es-6345',
    'd171-es-6347', 'd171-es-6348', 'd171-es-6349', 'd171-es-6350', 'd171-es-6351', 'd171-es-6353', 'd171-es-6354',
    'd171-es-6355', 'd171-es-6356', 'd171-es-6357', 'd171-es-6358', 'd171-es-6359', 'd171-es-6360', 'd171-es-6361',
    'd171-es-6362', 'd171-es-6363', 'd171-es-6364', 'd171-es-6365', 'd171-es-6366', 'd171-es-6367', 'd171-es-6368',
    'd171-es-6369', 'd171-es-6370', 'd171-es-6371', 'd171-es-6372', 'd171-es-6373', 'd171-es-6374', 'd171-es-6375',
    'd171-es-6376', 'd171-es-6377', 'd171-es-6378', 'd171-es-6379', 'd171-es-6380', 'd171-es-6381', 'd171-es-6382',
    'd171-es-6383', 'd171-es-6384', 'd171-es-6385', 'd171-es-6386', 'd171-es-6387', 'd171-es-6388', 'd171-es-6390',
    'd171-es-6391', 'd171-es-6392', 'd171-es-6393', 'd171-es-6394', 'd171-es-6395', 'd171-es-6396', 'd171-es-6397',
    'd171-es-6400', 'd171-es-6401', 'd171-es-6402', 'd171-es-6404', 'd171-es-6405', 'd171-es-6407', 'd171-es-6408',
    'd171-es-6409', 'd171-es-6410', 'd171-es-6411', 'd171-es-6412', 'd171-es-6413', 'd171-es-6414', 'd171-es-6415',
    'd171-es-6417', 'd171-es-6418', 'd171-es-6419', 'd171-es-6420', 'd171-es-6421', 'd171-es-6423', 'd171-es-6424',
    'd171-es-6425', 'd171-es-6426', 'd171-es-6427', 'd171-es-6428', 'd171-es-6429', 'd171-es-6430', 'd171-es-6431',
    'd171-es-6432', 'd171-es-6433', 'd171-es-6434', 'd171-es-6435', 'd171-es-6436', 'd171-es-6437', 'd171-es-6438',
    'd171-es-6439', 'd171-es-6442', 'd171-es-6444', 'd171-es-6445', 'd171-es-6446', 'd171-es-6447', 'd171-es-6449',
    'd171-es-6450', 'd171-es-6451', 'd171-es-6452', 'd171-es-6453', 'd171-es-6454', 'd171-es-6455', 'd171-es-6457',
    'd171-es-6458', 'd171-es-6462', 'd171-es-6463', 'd171-es-6464', 'd171-es-6465', 'd171-es-6466', 'd171-es-6467',
    'd171-es-6470', 'd171-es-6471', 'd171-es-6472', 'd171-es-6474', 'd171-es-6475', 'd171-es-6477', 'd171-es-6478',
    'd171-es-6479', 'd171-es-6480', 'd171-es-6481', 'd171-es-6482', 'd171-es-6484', 'd171-es-6485', 'd171-es-6488',
    'd171-es-6490', 'd171-es-6491', 'd171-es-6507', 'd171-es-6508', 'd171-es-6509', 'd171-es-6512', 'd171-es-6514',
    'd171-es-6515', 'd171-es-6516', 'd171-es-6517', 'd171-es-6519', 'd171-es-6520', 'd171-es-6521', 'd171-es-6522',
    'd171-es-6523', 'd171-es-6524', 'd171-es-6525', 'd171-es-6527', 'd171-es-6528', 'd171-es-6532', 'd171-es-6533',
    'd171-es-6534', 'd171-es-6535', 'd171-es-6536', 'd171-es-6537', 'd171-es-6540', 'd171-es-6541', 'd171-es-6542',
    'd171-es-6544', 'd171-es-6545', 'd171-es-6547', 'd171-es-6548', 'd171-es-6549', 'd171-es-6550', 'd171-es-6551',
    'd171-es-6552', 'd171-es-6554', 'd171-es-6555', 'd171-es-6558', 'd171-es-6560', 'd171-es-6561', 'd171-es-6577',
    'd171-es-6578', 'd171-es-6579', 'd171-es-6582', 'd171-es-6584', 'd171-es-6585', 'd171-es-6587', 'd171-es-6589',
    'd171-es-6590', 'd171-es-6591', 'd171-es-6592', 'd171-es-6593', 'd171-es-6594', 'd171-es-6595', 'd171-es-6597',
    'd171-es-6598', 'd171-es-6602', 'd171-es-6603', 'd171-es-6604', 'd171-es-6605', 'd171-es-6606', 'd171-es-6607',
    'd171-es-6610', 'd171-es-6611', 'd171-es-6612', 'd171-es-6614', 'd171-es-6615', 'd171-es-6617', 'd171-es-6618',
    'd171-es-6619', 'd171-es-6620', 'd171-es-6621', 'd171-es-6622', 'd171-es-6624', 'd171-es-6625', 'd171-es-6628',
    'd171-es-6630', 'd171-es-6631', 'd171-es-6647', 'd171-es-6648', 'd171-es-6649', 'd171-es-6652', 'd171-es-6654',
    'd171-es-6655', 'd171-es-6656', 'd171-es-6657', 'd171-es-6659', 'd171-es-6660', 'd171-es-6661', 'd171-es-6662',
    'd171-es-6663', 'd171-es-6664', 'd171-es-6665', 'd171-es-6667', 'd171-es-6668', 'd171-es-6672', 'd171-es-6673',
    'd171-es-6674', 'd171-es-6675', 'd171-es-6676', 'd171-es-6677', 'd171-es-6680', 'd171-es-6681', 'd171-es-6682',
    'd171-es-6684', 'd171-es-6685', 'd171-es-6687', 'd171-es-6688', 'd171-es-6689', 'd171-es-6690', 'd171-es-6691',
    'd171-es-6692', 'd171-es-6694', 'd171-es-6695', 'd171-es-6698', 'd171-es-6700', 'd171-es-6701', 'd171-es-6717',
    'd171-es-6718', 'd171-es-6719', 'd171-es-6722', 'd171-es-6724', 'd171-es-6725', 'd171-es-6726', 'd171-es-6727',
    'd171-es-6729', 'd171-es-6730', 'd171-es-6731', 'd171-es-6732', 'd171-es-6733', 'd171-es-6734', 'd171-es-6735',
    'd171-es-6737', 'd171-es-6738', 'd171-es-6742', 'd171-es-6743', 'd171-es-6744', 'd171-es-6745', 'd171-es-6746',
    'd171-es-6747', 'd171-es-6750', 'd171-es-6751', 'd171-es-6752', 'd171-es-6754', 'd171-es-6755', 'd171-es-6757',
    'd171-es-6758', 'd171-es-6759', 'd171-es-6760', 'd171-es-6761', 'd171-es-6762', 'd171-es-6764', 'd171-es-6765',
    'd171-es-6768', 'd171-es-6770', 'd171-es-6771', 'd171-es-6787', 'd171-es-6788', 'd171-es-6789', 'd171-es-6792',
    'd171-es-6794', 'd171-es-6795', 'd171-es-6796', 'd171-es-6797', 'd171-es-6799', 'd171-es-6800', 'd171-es-6801',
    'd171-es-6802', 'd171-es-6803', 'd171-es-6804', 'd171-es-6805', 'd171-es-6807', 'd171-es-6808', 'd171-es-6812',
    'd171-es-6813', 'd171-es-6814', 'd171-es-6815', 'd171-es-6816', 'd171-es-6817', 'd171-es-6820', 'd171-es-6821',
    'd171-es-6822', 'd171-es-6824', 'd171-es-6825', 'd171-es-6827', 'd171-es-6828', 'd171-es-6829', 'd171-es-6830',
    'd171-es-6831', 'd171-es-6832', 'd171-es-6834', 'd171-es-6835', 'd171-es-6838', 'd171-es-6840', 'd171-es-6841',
    'd171-es-6857', 'd171-es-6858', 'd171-es-6859', 'd171-es-6862', 'd171-es-6864', 'd171-es-6865', 'd171-es-6866',
    'd171-es-6867', 'd171-es-6869', 'd171-es-6870', 'd171-es-6871', 'd171-es-6872', 'd171-es-6873', 'd171-es-6874',
    'd171-es-6875', 'd171-es-6877', 'd171-es-6878', 'd171-es-6882', 'd171-es-6883', 'd171-es-6884', 'd171-es-6885',
    'd171-es-6886', 'd171-es-6887', 'd171-es-6890', 'd171-es-6891', 'd171-es-6892', 'd171-es-6894', 'd171-es-6895',
    'd171-es-6897', 'd171-es-6898', 'd171-es-6899', 'd171-es-6900', 'd171-es-6901', 'd171-es-6902', 'd171-es-6904',
    'd171-es-6905', 'd171-es-6908', 'd171-es-6910', 'd171-es-6911', 'd171-es-6927', 'd171-es-6928', 'd171-es-6929',
    'd171-es-6932', 'd171-es-6934', 'd171-es-6935', 'd171-es-6936', 'd171-es-6937', 'd171-es-6939', 'd171-es-6940',
    'd171-es-6941', 'd171-es-6942', 'd171-es-6943', 'd171-es-6944', 'd171-es-6945', 'd171-es-6947', 'd171-es-6948',
    'd171-es-6952', 'd171-es-6953', 'd171-es-6954', 'd171-es-6955', 'd171-es-6956', 'd171-es-6957', 'd171-es-6960',
    'd171-es-6961', 'd171-es-6962', 'd171-es-6964', 'd171-es-6965', 'd171-es-6967', 'd171-es-6968', 'd171-es-6969',
    'd171-es-6970', 'd171-es-6971', 'd171-es-6972', 'd171-es-6974', 'd171-es-6975', 'd171-es-6980', 'd171-es-6981',
    'd171-es-6997', 'd171-es-6998', 'd171-es-6999', 'd171-es-7002', 'd171-es-7004', 'd171-es-7005', 'd171-es-7006',
    'd171-es-7007', 'd171-es-7009', 'd171-es-7010', 'd171-es-7011', 'd171-es-7012', 'd171-es-7013', 'd171-es-7014',
    'd171-es-7015', 'd171-es-7017', 'd171-es-7018', 'd171-es-7022', 'd171-es-7023', 'd171-es-7024', 'd171-es-7025',
    'd171-es-7026', 'd171-es-7027', 'd171-es-7030', 'd171-es-7031', 'd171-es-7032', 'd171-es-7034', 'd171-es-7035',
    'd171-es-7037', 'd171-es-7038', 'd171-es-7039', 'd171-es-7040', 'd171-es-7041', 'd171-es-7042', 'd171-es-7044',
    'd171-es-7045', 'd171-es-7048', 'd171-es-7050', 'd171-es-7051', 'd171-es-7207', 'd171-es-7208', 'd171-es-7209',
    'd171-es-7212', 'd171-es-7214', 'd171-es-7215', 'd171-es-7216', 'd171-es-7217', 'd171-es-7219', 'd171-es-7220',
    'd171-es-7221', 'd171-es-7222', 'd171-es-7223', 'd171-es-7224', 'd171-es-7225', 'd171-es-7227', 'd171-es-7228',
    'd171-es-7232', 'd171-es-7233', 'd171-es-7234', 'd171-es-7235', 'd171-es-7236', 'd171-es-7237', 'd171-es-7240',
    'd171-es-7241', 'd171-es-7242', 'd171-es-7244', 'd171-es-7245', 'd171-es-7247', 'd171-es-7248', 'd171-es-7249',
    'd171-es-7250', 'd171-es-7251', 'd171-es-7252', 'd171-es-7254', 'd171-es-7255', 'd171-es-7258', 'd171-es-7260',
    'd171-es-7261', 'd171-es-7347', 'd171-es-7348', 'd171-es-7349', 'd171-es-7352', 'd171-es-7354', 'd171-es-7355',
    'd171-es-7356', 'd171-es-7357', 'd171-es-7359', 'd171-es-7360', 'd171-es-7361', 'd171-es-7362', 'd171-es-7363',
    'd171-es-7364', 'd171-es-7365', 'd171-es-7367', 'd171-es-7368', 'd171-es-7372', 'd171-es-7373', 'd171-es-7374',
    'd171-es-7375', 'd171-es-7376', 'd171-es-7377', 'd171-es-7380', 'd171-es-7381', 'd171-es-7382', 'd171-es-7384',
    'd171-es-7385', 'd171-es-7387', 'd171-es-7388', 'd171-es-7389', 'd171-es-7390', 'd171-es-7391', 'd171-es-7392',
    'd171-es-7394', 'd171-es-7395', 'd171-es-7398', 'd171-es-7400', 'd171-es-7401', 'd171-es-7417', 'd171-es-7418',
    'd171-es-7419', 'd171-es-7422', 'd171-es-7424', 'd171-es-7425', 'd171-es-7426', 'd171-es-7429', 'd171-es-7430',
    'd171-es-7431', 'd171-es-7432', 'd171-es-7433', 'd171-es-7434', 'd171-es-7435', 'd171-es-7437', 'd171-es-7438',
    'd171-es-7442', 'd171-es-7443', 'd171-es-7444', 'd171-es-7445', 'd171-es-7446', 'd171-es-7447', 'd171-es-7454',
    'd171-es-7457', 'd171-es-7458', 'd171-es-7459', 'd171-es-7460', 'd171-es-7461', 'd171-es-7462', 'd171-es-7464',
    'd171-es-7465', 'd171-es-7468', 'd171-es-7487', 'd171-es-7488', 'd171-es-7489', 'd171-es-7492', 'd171-es-7494',
    'd171-es-7495', 'd171-es-7496', 'd171-es-7499', 'd171-es-7500', 'd171-es-7501', 'd171-es-7502', 'd171-es-7503',
    'd171-es-7504', 'd171-es-7505', 'd171-es-7507', 'd171-es-7508', 'd171-es-7512', 'd171-es-7513', 'd171-es-7514',
    'd171-es-7515', 'd171-es-7516', 'd171-es-7517', 'd171-es-7524', 'd171-es-7527', 'd171-es-7528', 'd171-es-7529',
    'd171-es-7530', 'd171-es-7531', 'd171-es-7532', 'd171-es-7534', 'd171-es-7535', 'd171-es-7538', 'd171-es-7540',
    'd171-es-7557', 'd171-es-7558', 'd171-es-7559', 'd171-es-7560', 'd171-es-7561', 'd171-es-7562', 'd171-es-7563',
    'd171-es-7564', 'd171-es-7565', 'd171-es-7566', 'd171-es-7567', 'd171-es-7568', 'd171-es-7569', 'd171-es-7570',
    'd171-es-7571', 'd171-es-7572', 'd171-es-7573', 'd171-es-7574', 'd171-es-7575', 'd171-es-7576', 'd171-es-7577',
    'd171-es-7578', 'd171-es-7580', 'd171-es-7581', 'd171-es-7582', 'd171-es-7583', 'd171-es-7584', 'd171-es-7585',
    'd171-es-7586', 'd171-es-7587', 'd171-es-7590', 'd171-es-7591', 'd171-es-7592', 'd171-es-7594', 'd171-es-7595',
    'd171-es-7597', 'd171-es-7598', 'd171-es-7599', 'd171-es-7600', 'd171-es-7601', 'd171-es-7602', 'd171-es-7603',
    'd171-es-7604', 'd171-es-7605', 'd171-es-7607', 'd171-es-7608', 'd171-es-7609', 'd171-es-7610', 'd171-es-7611',
    'd171-es-7613', 'd171-es-7614', 'd171-es-7615', 'd171-es-7616', 'd171-es-7617', 'd171-es-7618', 'd171-es-7619',
    'd171-es-7620', 'd171-es-7621', 'd171-es-7622', 'd171-es-7623', 'd171-es-7624', 'd171-es-7625', 'd171-es-7626',
    'd171-es-7627', 'd171-es-7628', 'd171-es-7629', 'd171-es-7630', 'd171-es-7631', 'd171-es-7632', 'd171-es-7633',
    'd171-es-7634', 'd171-es-7635', 'd171-es-7636', 'd171-es-7637', 'd171-es-7638', 'd171-es-7639', 'd171-es-7640',
    'd171-es-7641', 'd171-es-7642', 'd171-es-7643', 'd171-es-7644', 'd171-es-7645', 'd171-es-7646', 'd171-es-7647',
    'd171-es-7648', 'd171-es-7650', 'd171-es-7651', 'd171-es-7652', 'd171-es-7653', 'd171-es-7654', 'd171-es-7655',
    'd171-es-7656', 'd171-es-7657', 'd171-es-7660', 'd171-es-7661', 'd171-es-7662', 'd171-es-7664', 'd171-es-7665',
    'd171-es-7667', 'd171-es-7668', 'd171-es-7669', 'd171-es-7670', 'd171-es-7671', 'd171-es-7672', 'd171-es-7673',
    'd171-es-7674', 'd171-es-7675', 'd171-es-7677', 'd171-es-7678', 'd171-es-7679', 'd171-es-7680', 'd171-es-7681',
    'd171-es-7683', 'd171-es-7684', 'd171-es-7685', 'd171-es-7686', 'd171-es-7687', 'd171-es-7688', 'd171-es-7689',
    'd171-es-7690', 'd171-es-7691', 'd171-es-7692', 'd171-es-7693', 'd171-es-7694', 'd171-es-7695', 'd171-es-7696',
    'd171-es-7697', 'd171-es-7698', 'd171-es-7699', 'd171-es-7700', 'd171-es-7701', 'd171-es-7702', 'd171-es-7703',
    'd171-es-7704', 'd171-es-7705', 'd171-es-7706', 'd171-es-7707', 'd171-es-7708', 'd171-es-7709', 'd171-es-7710',
    'd171-es-7711', 'd171-es-7712', 'd171-es-7713', 'd171-es-7714', 'd171-es-7715', 'd171-es-7716', 'd171-es-7717',
    'd171-es-7718', 'd171-es-7720', 'd171-es-7721', 'd171-es-7722', 'd171-es-7723', 'd171-es-7724', 'd171-es-7725',
    'd171-es-7726', 'd171-es-7727', 'd171-es-7730', 'd171-es-7731', 'd171-es-7732', 'd171-es-7734', 'd171-es-7735',
    'd171-es-7737', 'd171-es-7738', 'd171-es-7739', 'd171-es-7740', 'd171-es-7741', 'd171-es-7742', 'd171-es-7743',
    'd171-es-7744', 'd171-es-7745', 'd171-es-7747', 'd171-es-7748', 'd171-es-7749', 'd171-es-7750', 'd171-es-7751',
    'd171-es-7753', 'd171-es-7754', 'd171-es-7755', 'd171-es-7756', 'd171-es-7757', 'd171-es-7758', 'd171-es-7759',
    'd171-es-7760', 'd171-es-7761', 'd171-es-7762', 'd171-es-7763', 'd171-es-7764', 'd171-es-7765', 'd171-es-7766',
    'd171-es-7767', 'd171-es-7768', 'd171-es-7769', 'd171-es-7770', 'd171-es-7771', 'd171-es-7772', 'd171-es-7773',
    'd171-es-7774', 'd171-es-7775', 'd171-es-7776', 'd171-es-7777', 'd171-es-7778', 'd171-es-7779', 'd171-es-7780',
    'd171-es-7781', 'd171-es-7782', 'd171-es-7783', 'd171-es-7784', 'd171-es-7785', 'd171-es-7786', 'd171-es-7787',
    'd171-es-7788', 'd171-es-7790', 'd171-es-7791', 'd171-es-7792', 'd171-es-7793', 'd171-es-7794', 'd171-es-7795',
    'd171-es-7796', 'd171-es-7797', 'd171-es-7800', 'd171-es-7801', 'd171-es-7802', 'd171-es-7804', 'd171-es-7805',
    'd171-es-7807', 'd171-es-7808', 'd171-es-7809', 'd171-es-7810', 'd171-es-7811', 'd171-es-7812', 'd171-es-7813',
    'd171-es-7814', 'd171-es-7815', 'd171-es-7817', 'd171-es-7818', 'd171-es-7819', 'd171-es-7820', 'd171-es-7821',
    'd171-es-7823', 'd171-es-7824', 'd171-es-7825', 'd171-es-7826', 'd171-es-7827', 'd171-es-7828', 'd171-es-7829',
    'd171-es-7830', 'd171-es-7831', 'd171-es-7832', 'd171-es-7833', 'd171-es-7834', 'd171-es-7835', 'd171-es-7836',
    'd171-es-7837', 'd171-es-7838', 'd171-es-7839', 'd171-es-7840', 'd171-es-7841', 'd171-es-7842', 'd171-es-7843',
    'd171-es-7844', 'd171-es-7845', 'd171-es-7846', 'd171-es-7847', 'd171-es-7848', 'd171-es-7849', 'd171-es-7850',
    'd171-es-7851', 'd171-es-7852', 'd171-es-7853', 'd171-es-7854', 'd171-es-7855', 'd171-es-7856', 'd171-es-7857',
    'd171-es-7858', 'd171-es-7860', 'd171-es-7861', 'd171-es-7862', 'd171-es-7863', 'd171-es-7864', 'd171-es-7865',
    'd171-es-7866', 'd171-es-7867', 'd171-es-7870', 'd171-es-7871', 'd171-es-7872', 'd171-es-7874', 'd171-es-7875',
    'd171-es-7877', 'd171-es-7878', 'd171-es-7879', 'd171-es-7880', 'd171-es-7881', 'd171-es-7882', 'd171-es-7883',
    'd171-es-7884', 'd171-es-7885', 'd171-es-7887', 'd171-es-7888', 'd171-es-7889', 'd171-es-7890', 'd171-es-7891',
    'd171-es-7893', 'd171-es-7894', 'd171-es-7895', 'd171-es-7896', 'd171-es-7897', 'd171-es-7898', 'd171-es-7899',
    'd171-es-7900', 'd171-es-7901', 'd171-es-7902', 'd171-es-7903', 'd171-es-7904', 'd171-es-7905', 'd171-es-7906',
    'd171-es-7907', 'd171-es-7908', 'd171-es-7909', 'd171-es-7910', 'd171-es-7911', 'd171-es-7912', 'd171-es-7913',
    'd171-es-7914', 'd171-es-7915', 'd171-es-7916', 'd171-es-7917', 'd171-es-7918', 'd171-es-7919', 'd171-es-7920',
    'd171-es-7921', 'd171-es-7922', 'd171-es-7923', 'd171-es-7924', 'd171-es-7925', 'd171-es-7926', 'd171-es-7927',
    'd171-es-7928', 'd171-es-7930', 'd171-es-7931', 'd171-es-7932', 'd171-es-7933', 'd171-es-7934', 'd171-es-7935',
    'd171-es-7936', 'd171-es-7937', 'd171-es-7940', 'd171-es-7941', 'd171-es-7942', 'd171-es-7944', 'd171-es-7945',
    'd171-es-7947', 'd171-es-7948', 'd171-es-7949', 'd171-es-7950', 'd171-es-7951', 'd171-es-7952', 'd171-es-7953',
    'd171-es-7954', 'd171-es-7955', 'd171-es-7957', 'd171-es-7958', 'd171-es-7959', 'd171-es-7960', 'd171-es-7961',
    'd171-es-7963', 'd171-es-7964', 'd171-es-7965', 'd171-es-7966', 'd171-es-7967', 'd171-es-7968', 'd171-es-7969',
    'd171-es-7970', 'd171-es-7971', 'd171-es-7972', 'd171-es-7973', 'd171-es-7974', 'd171-es-7975', 'd171-es-7976',
    'd171-es-7977', 'd171-es-7978', 'd171-es-7979', 'd171-es-7980', 'd171-es-7981', 'd171-es-7982', 'd171-es-7983',
    'd171-es-7984', 'd171-es-7985', 'd171-es-7986', 'd171-es-7987', 'd171-es-7988', 'd171-es-7989', 'd171-es-7990',
    'd171-es-7991', 'd171-es-7992', 'd171-es-7993', 'd171-es-7994', 'd171-es-7995', 'd171-es-7996', 'd171-es-7997',
    'd171-es-7998', 'd171-es-8000', 'd171-es-8001', 'd171-es-8002', 'd171-es-8003', 'd171-es-8004', 'd171-es-8005',
    'd171-es-8006', 'd171-es-8007', 'd171-es-8010', 'd171-es-8011', 'd171-es-8012', 'd171-es-8014', 'd171-es-8015',
    'd171-es-8017', 'd171-es-8018', 'd171-es-8019', 'd171-es-8020', 'd171-es-8021', 'd171-es-8022', 'd171-es-8023',
    'd171-es-8024', 'd171-es-8025', 'd171-es-8027', 'd171-es-8028', 'd171-es-8029', 'd171-es-8030', 'd171-es-8031',
    'd171-es-8033', 'd171-es-8034', 'd171-es-8035', 'd171-es-8036', 'd171-es-8037', 'd171-es-8038', 'd171-es-8039',
    'd171-es-8040', 'd171-es-8041', 'd171-es-8042', 'd171-es-8043', 'd171-es-8044', 'd171-es-8045', 'd171-es-8046',
    'd171-es-8047', 'd171-es-8048', 'd171-es-8049', 'd171-es-8050', 'd171-es-8051', 'd171-es-8052', 'd171-es-8053',
    'd171-es-8054', 'd171-es-8055', 'd171-es-8056', 'd171-es-8057', 'd171-es-8058', 'd171-es-8059', 'd171-es-8060',
    'd171-es-8061', 'd171-es-8062', 'd171-es-8063', 'd171-es-8064', 'd171-es-8065', 'd171-es-8066', 'd171-es-8067',
    'd171-es-8068', 'd171-es-8070', 'd171-es-8071', 'd171-es-8072', 'd171-es-8073', 'd171-es-8074', 'd171-es-8075',
    'd171-es-8076', 'd171-es-8077', 'd171-es-8080', 'd171-es-8081', 'd171-es-8082', 'd171-es-8084', 'd171-es-8085',
    'd171-es-8087', 'd171-es-8088', 'd171-es-8089', 'd171-es-8090', 'd171-es-8091', 'd171-es-8092', 'd171-es-8093',
    'd171-es-8094', 'd171-es-8095', 'd171-es-8097', 'd171-es-8098', 'd171-es-8099', 'd171-es-8100', 'd171-es-8101',
    'd171-es-8103', 'd171-es-8104', 'd171-es-8105', 'd171-es-8106', 'd171-es-8107', 'd171-es-8108', 'd171-es-8109',
    'd171-es-8110', 'd171-es-8111', 'd171-es-8112', 'd171-es-8113', 'd171-es-8114', 'd171-es-8115', 'd171-es-8116',
    'd171-es-8117', 'd171-es-8118', 'd171-es-8119', 'd171-es-8122', 'd171-es-8124', 'd171-es-8125', 'd171-es-8126',
    'd171-es-8127', 'd171-es-8129', 'd171-es-8130', 'd171-es-8131', 'd171-es-8132', 'd171-es-8133', 'd171-es-8134',
    'd171-es-8135', 'd171-es-8137', 'd171-es-8138', 'd171-es-8142', 'd171-es-8143', 'd171-es-8144', 'd171-es-8145',
    'd171-es-8146', 'd171-es-8147', 'd171-es-8150', 'd171-es-8151', 'd171-es-8152', 'd171-es-8154', 'd171-es-8155',
    'd171-es-8157', 'd171-es-8158', 'd171-es-8159', 'd171-es-8160', 'd171-es-8161', 'd171-es-8162', 'd171-es-8164',
    'd171-es-8165', 'd171-es-8168', 'd171-es-8170', 'd171-es-8171', 'd171-es-8187', 'd171-es-8188', 'd171-es-8189',
    'd171-es-8192', 'd171-es-8194', 'd171-es-8195', 'd171-es-8196', 'd171-es-8199', 'd171-es-8200', 'd171-es-8201',
    'd171-es-8202', 'd171-es-8203', 'd171-es-8204', 'd171-es-8205', 'd171-es-8207', 'd171-es-8208', 'd171-es-8212',
    'd171-es-8213', 'd171-es-8214', 'd171-es-8215', 'd171-es-8216', 'd171-es-8217', 'd171-es-8220', 'd171-es-8221',
    'd171-es-8222', 'd171-es-8224', 'd171-es-8225', 'd171-es-8227', 'd171-es-8228', 'd171-es-8229', 'd171-es-8230',
    'd171-es-8231', 'd171-es-8232', 'd171-es-8234', 'd171-es-8235', 'd171-es-8238', 'd171-es-8240', 'd171-es-8241',
    'd171-es-8257', 'd171-es-8258', 'd171-es-8259', 'd171-es-8262', 'd171-es-8264', 'd171-es-8265', 'd171-es-8266',
    'd171-es-8267', 'd171-es-8269', 'd171-es-8270', 'd171-es-8271', 'd171-es-8272', 'd171-es-8273', 'd171-es-8274',
    'd171-es-8275', 'd171-es-8277', 'd171-es-8278', 'd171-es-8282', 'd171-es-8283', 'd171-es-8284', 'd171-es-8285',
    'd171-es-8286', 'd171-es-8287', 'd171-es-8290', 'd171-es-8291', 'd171-es-8292', 'd171-es-8294', 'd171-es-8295',
    'd171-es-8297', 'd171-es-8298', 'd171-es-8299', 'd171-es-8300', 'd171-es-8301', 'd171-es-8302', 'd171-es-8304',
    'd171-es-8305', 'd171-es-8308', 'd171-es-8310', 'd171-es-8311', 'd171-ft0-8397', 'd171-ft0-8398', 'd171-ft0-8400',
    'd171-ft0-8402', 'd171-ft0-8505', 'd171-ft0-8506', 'd171-ft0-8508', 'd171-ft0-8509', 'd171-ft0-8511',
    'd171-ft2-8585', 'd171-ft0-8615', 'd171-ft0-8616', 'd171-ft0-8618', 'd171-ft0-8619', 'd171-ft0-8620',
    'd171-ft0-8726', 'd171-ft0-8728', 'd171-ft0-8729', 'd171-ft0-8730', 'd171-ft2-8795', 'd171-ft3-8819',
    'd171-ft0-8834', 'd171-ft0-8837', 'd171-ft0-8838', 'd171-ft0-8839', 'd171-ft0-8840', 'd171-ft0-8943',
    'd171-ft0-8944', 'd171-ft0-8946', 'd171-ft0-8947', 'd171-ft0-8948', 'd171-ft0-8949', 'd171-ft0-8970',
    'd171-g-8986', 'd171-g-8990', 'd171-g-8994', 'd171-g-8998', 'd171-g-9002', 'd171-g-9014', 'd171-g-9046',
    'd171-g-9054', 'd171-g-9079', 'd171-g-9086', 'd171-g-9099', 'd171-g-9111', 'd171-g-9126', 'd171-g-9135',
    'd171-g-9183', 'd171-g-9192', 'd171-g-9195', 'd171-g-9207', 'd171-g-9210', 'd171-g-9232', 'd171-g-9264',
    'd171-g-9282', 'd171-g-9286', 'd171-g-9302', 'd171-g-9314', 'd171-g-9378', 'd171-g-9382', 'd171-g-9386',
    'd171-g-9390', 'd171-g-9394', 'd171-g-9398', 'd171-g-9406', 'd171-g-9410', 'd171-g-9418', 'd171-g-9422',
    'd171-g-9426', 'd171-g-9430', 'd171-g-9438',
}
r171_arguable_found = {
    'd171-sdaft-191', 'd171-sdaft0-192', 'd171-sdaft-203', 'd171-sdaft0-204', 'd171-sdaft-441', 'd171-sdaft-453',
    'd171-sdaft-633', 'd171-sdaft-693', 'd171-sdaft-705', 'd171-brep-782', 'd171-sdaft-945', 'd171-sdaft-957',
    'd171-sdaft-1191', 'd171-sdaft-1203', 'd171-cs-1261', 'd171-cs-1266', 'd171-cs-1276', 'd171-cs-1332',
    'd171-cs-1340', 'd171-cs-1344', 'd171-cs-1364', 'd171-cs-1377', 'd171-cs-1392', 'd171-cs-1398', 'd171-cs-1401',
    'd171-cs-1410', 'd171-cs-1458', 'd171-cs-1464', 'd171-cs-1473', 'd171-cs-1476', 'd171-cs-1525', 'd171-cs-1572',
    'd171-cs-1590', 'd171-cs-1596', 'd171-cs-1608', 'd171-cs-1641', 'd171-cs-1656', 'd171-cs-1662', 'd171-cs-1665',
    'd171-cs-1674', 'd171-cs-1709', 'd171-cs-1722', 'd171-cs-1728', 'd171-cs-1730', 'd171-cs-1736', 'd171-cs-1737',
    'd171-cs-1740', 'd171-cs-1760', 'd171-cs-1788', 'd171-cs-1796', 'd171-cs-1804', 'd171-cs-1854', 'd171-cs-1860',
    'd171-cs-1869', 'd171-cs-1872', 'd171-cs-1905', 'd171-cs-1920', 'd171-cs-1926', 'd171-cs-1929', 'd171-cs-1938',
    'd171-cs-1986', 'd171-cs-1992', 'd171-cs-2004', 'd171-cs-2052', 'd171-cs-2058', 'd171-cs-2070', 'd171-cs-2100',
    'd171-cs-2118', 'd171-cs-2124', 'd171-cs-2126', 'd171-cs-2134', 'd171-cs-2136', 'd171-cs-2184', 'd171-cs-2185',
    'd171-cs-2190', 'd171-cs-2192', 'd171-cs-2200', 'd171-cs-2202', 'd171-cs-2250', 'd171-cs-2256', 'd171-cs-2268',
    'd171-cs-2316', 'd171-cs-2322', 'd171-cs-2334', 'd171-cs-2382', 'd171-cs-2388', 'd171-cs-2390', 'd171-cs-2398',
    'd171-cs-2400', 'd171-cs-2448', 'd171-cs-2456', 'd171-cs-2464', 'd171-cs-2496', 'd171-cs-2497', 'd171-cs-2514',
    'd171-cs-2520', 'd171-cs-2530', 'd171-cs-2532', 'd171-no-4818', 'd171-no-5212', 'd171-es-5668', 'd171-es-5678',
    'd171-es-5682', 'd171-es-5686', 'd171-es-5690', 'd171-es-5691', 'd171-es-5692', 'd171-es-5693', 'd171-es-5694',
    'd171-es-5695', 'd171-es-5696', 'd171-es-5697', 'd171-es-5708', 'd171-es-5709', 'd171-es-5712', 'd171-es-5713',
    'd171-es-5714', 'd171-es-5715', 'd171-es-5717', 'd171-es-5718', 'd171-es-5719', 'd171-es-5720', 'd171-es-5721',
    'd171-es-5738', 'd171-es-5748', 'd171-es-5752', 'd171-es-5756', 'd171-es-5760', 'd171-es-5761', 'd171-es-5762',
    'd171-es-5763', 'd171-es-5764', 'd171-es-5765', 'd171-es-5766', 'd171-es-5767', 'd171-es-5778', 'd171-es-5779',
    'd171-es-5782', 'd171-es-5783', 'd171-es-5784', 'd171-es-5785', 'd171-es-5787', 'd171-es-5788', 'd171-es-5789',
    'd171-es-5791', 'd171-es-5808', 'd171-es-5818', 'd171-es-5822', 'd171-es-5826', 'd171-es-5830', 'd171-es-5831',
    'd171-es-5832', 'd171-es-5833', 'd171-es-5834', 'd171-es-5835', 'd171-es-5836', 'd171-es-5837', 'd171-es-5848',
    'd171-es-5849', 'd171-es-5852', 'd171-es-5853', 'd171-es-5854', 'd171-es-5855', 'd171-es-5857', 'd171-es-5858',
    'd171-es-5859', 'd171-es-5860', 'd171-es-5861', 'd171-es-5878', 'd171-es-5888', 'd171-es-5892', 'd171-es-5896',
    'd171-es-5900', 'd171-es-5901', 'd171-es-5902', 'd171-es-5903', 'd171-es-5904', 'd171-es-5905', 'd171-es-5906',
    'd171-es-5907', 'd171-es-5918', 'd171-es-5919', 'd171-es-5922', 'd171-es-5923', 'd171-es-5924', 'd171-es-5925',
    'd171-es-5927', 'd171-es-5928', 'd171-es-5929', 'd171-es-5930', 'd171-es-5931', 'd171-es-6017', 'd171-es-6018',
    'd171-es-6019', 'd171-es-6022', 'd171-es-6024', 'd171-es-6025', 'd171-es-6026', 'd171-es-6027', 'd171-es-6029',
    'd171-es-6030', 'd171-es-6031', 'd171-es-6032', 'd171-es-6033', 'd171-es-6034', 'd171-es-6035', 'd171-es-6037',
    'd171-es-6038', 'd171-es-6042', 'd171-es-6043', 'd171-es-6044', 'd171-es-6045', 'd171-es-6046', 'd171-es-6047',
    'd171-es-6058', 'd171-es-6059', 'd171-es-6062', 'd171-es-6064', 'd171-es-6065', 'd171-es-6068', 'd171-es-6070',
    'd171-es-6071', 'd171-es-6088', 'd171-es-6098', 'd171-es-6102', 'd171-es-6106', 'd171-es-6110', 'd171-es-6111',
    'd171-es-6112', 'd171-es-6113', 'd171-es-6114', 'd171-es-6115', 'd171-es-6116', 'd171-es-6117', 'd171-es-6128',
    'd171-es-6129', 'd171-es-6132', 'd171-es-6133', 'd171-es-6134', 'd171-es-6135', 'd171-es-6137', 'd171-es-6138',
    'd171-es-6139', 'd171-es-6140', 'd171-es-6141', 'd171-es-6158', 'd171-es-6168', 'd171-es-6172', 'd171-es-6176',
    'd171-es-6180', 'd171-es-6181', 'd171-es-6182', 'd171-es-6183', 'd171-es-6184', 'd171-es-6185', 'd171-es-6186',
    'd171-es-6187', 'd171-es-6198', 'd171-es-6199', 'd171-es-6202', 'd171-es-6203', 'd171-es-6204', 'd171-es-6205',
    'd171-es-6207', 'd171-es-6208', 'd171-es-6209', 'd171-es-6210', 'd171-es-6211', 'd171-es-6228', 'd171-es-6238',
    'd171-es-6242', 'd171-es-6246', 'd171-es-6250', 'd171-es-6251', 'd171-es-6252', 'd171-es-6253', 'd171-es-6254',
    'd171-es-6255', 'd171-es-6256', 'd171-es-6257', 'd171-es-6268', 'd171-es-6269', 'd171-es-6272', 'd171-es-6273',
    'd171-es-6274', 'd171-es-6275', 'd171-es-6277', 'd171-es-6278', 'd171-es-6279', 'd171-es-6280', 'd171-es-6281',
    'd171-es-6298', 'd171-es-6308', 'd171-es-6312', 'd171-es-6316', 'd171-es-6320', 'd171-es-6321', 'd171-es-6322',
    'd171-es-6323', 'd171-es-6324', 'd171-es-6325', 'd171-es-6326', 'd171-es-6327', 'd171-es-6338', 'd171-es-6339',
    'd171-es-6342', 'd171-es-6343', 'd171-es-6344', 'd171-es-6345', 'd171-es-6347', 'd171-es-6348', 'd171-es-6349',
    'd171-es-6350', 'd171-es-6351', 'd171-es-6368', 'd171-es-6378', 'd171-es-6382', 'd171-es-6386', 'd171-es-6390',
    'd171-es-6391', 'd171-es-6392', 'd171-es-6393', 'd171-es-6394', 'd171-es-6395', 'd171-es-6396', 'd171-es-6397',
    'd171-es-6408', 'd171-es-6409', 'd171-es-6412', 'd171-es-6413', 'd171-es-6414', 'd171-es-6415', 'd171-es-6417',
    'd171-es-6418', 'd171-es-6419', 'd171-es-6420', 'd171-es-6421', 'd171-es-6438', 'd171-es-6452', 'd171-es-6462',
    'd171-es-6463', 'd171-es-6464', 'd171-es-6465', 'd171-es-6466', 'd171-es-6467', 'd171-es-6478', 'd171-es-6479',
    'd171-es-6482', 'd171-es-6484', 'd171-es-6485', 'd171-es-6488', 'd171-es-6490', 'd171-es-6491', 'd171-es-6508',
    'd171-es-6522', 'd171-es-6532', 'd171-es-6533', 'd171-es-6534', 'd171-es-6535', 'd171-es-6536', 'd171-es-6537',
    'd171-es-6548', 'd171-es-6549', 'd171-es-6552', 'd171-es-6554', 'd171-es-6555', 'd171-es-6558', 'd171-es-6560',
    'd171-es-6561', 'd171-es-6577', 'd171-es-6578', 'd171-es-6579', 'd171-es-6582', 'd171-es-6584', 'd171-es-6585',
    'd171-es-6587', 'd171-es-6589', 'd171-es-6590', 'd171-es-6591', 'd171-es-6592', 'd171-es-6593', 'd171-es-6594',
    'd171-es-6595', 'd171-es-6597', 'd171-es-6598', 'd171-es-6602', 'd171-es-6603', 'd171-es-6604', 'd171-es-6605',
    'd171-es-6606', 'd171-es-6607', 'd171-es-6618', 'd171-es-6619', 'd171-es-6622', 'd171-es-6624', 'd171-es-6625',
    'd171-es-6628', 'd171-es-6630', 'd171-es-6631', 'd171-es-6648', 'd171-es-6662', 'd171-es-6672', 'd171-es-6673',
    'd171-es-6674', 'd171-es-6675', 'd171-es-6676', 'd171-es-6677', 'd171-es-6688', 'd171-es-6689', 'd171-es-6692',
    'd171-es-6694', 'd171-es-6695', 'd171-es-6698', 'd171-es-6700', 'd171-es-6701', 'd171-es-6718', 'd171-es-6732',
    'd171-es-6742', 'd171-es-6743', 'd171-es-6744', 'd171-es-6745', 'd171-es-6746', 'd171-es-6747', 'd171-es-6758',
    'd171-es-6759', 'd171-es-6762', 'd171-es-6764', 'd171-es-6765', 'd171-es-6768', 'd171-es-6770', 'd171-es-6771',
    'd171-es-6788', 'd171-es-6802', 'd171-es-6812', 'd171-es-6813', 'd171-es-6814', 'd171-es-6815', 'd171-es-6816',
    'd171-es-6817', 'd171-es-6828', 'd171-es-6829', 'd171-es-6832', 'd171-es-6834', 'd171-es-6835', 'd171-es-6838',
    'd171-es-6840', 'd171-es-6841', 'd171-es-6858', 'd171-es-6872', 'd171-es-6882', 'd171-es-6883', 'd171-es-6884',
    'd171-es-6885', 'd171-es-6886', 'd171-es-6887', 'd171-es-6898', 'd171-es-6899', 'd171-es-6902', 'd171-es-6904',
    'd171-es-6905', 'd171-es-6908', 'd171-es-6910', 'd171-es-6911', 'd171-es-6928', 'd171-es-6942', 'd171-es-6952',
    'd171-es-6953', 'd171-es-6954', 'd171-es-6955', 'd171-es-6956', 'd171-es-6957', 'd171-es-6968', 'd171-es-6969',
    'd171-es-6972', 'd171-es-6974', 'd171-es-6975', 'd171-es-6980', 'd171-es-6981', 'd171-es-6997', 'd171-es-6998',
    'd171-es-6999', 'd171-es-7002', 'd171-es-7004', 'd171-es-7005', 'd171-es-7006', 'd171-es-7007', 'd171-es-7009',
    'd171-es-7010', 'd171-es-7011', 'd171-es-7012', 'd171-es-7013', 'd171-es-7014', 'd171-es-7015', 'd171-es-7017',
    'd171-es-7018', 'd171-es-7022', 'd171-es-7023', 'd171-es-7024', 'd171-es-7025', 'd171-es-7026', 'd171-es-7027',
    'd171-es-7038', 'd171-es-7039', 'd171-es-7042', 'd171-es-7044', 'd171-es-7045', 'd171-es-7048', 'd171-es-7050',
    'd171-es-7051', 'd171-es-7208', 'd171-es-7222', 'd171-es-7232', 'd171-es-7233', 'd171-es-7234', 'd171-es-7235',
    'd171-es-7236', 'd171-es-7237', 'd171-es-7248', 'd171-es-7249', 'd171-es-7252', 'd171-es-7254', 'd171-es-7255',
    'd171-es-7258', 'd171-es-7260', 'd171-es-7261', 'd171-es-7348', 'd171-es-7362', 'd171-es-7372', 'd171-es-7373',
    'd171-es-7374', 'd171-es-7375', 'd171-es-7376', 'd171-es-7377', 'd171-es-7388', 'd171-es-7389', 'd171-es-7392',
    'd171-es-7394', 'd171-es-7395', 'd171-es-7398', 'd171-es-7400', 'd171-es-7401', 'd171-es-7418', 'd171-es-7432',
    'd171-es-7442', 'd171-es-7443', 'd171-es-7444', 'd171-es-7445', 'd171-es-7446', 'd171-es-7447', 'd171-es-7458',
    'd171-es-7459', 'd171-es-7462', 'd171-es-7464', 'd171-es-7465', 'd171-es-7468', 'd171-es-7488', 'd171-es-7502',
    'd171-es-7512', 'd171-es-7513', 'd171-es-7514', 'd171-es-7515', 'd171-es-7516', 'd171-es-7517', 'd171-es-7528',
    'd171-es-7529', 'd171-es-7532', 'd171-es-7534', 'd171-es-7535', 'd171-es-7538', 'd171-es-7540', 'd171-es-7558',
    'd171-es-7568', 'd171-es-7572', 'd171-es-7576', 'd171-es-7580', 'd171-es-7581', 'd171-es-7582', 'd171-es-7583',
    'd171-es-7584', 'd171-es-7585', 'd171-es-7586', 'd171-es-7587', 'd171-es-7598', 'd171-es-7599', 'd171-es-7602',
    'd171-es-7603', 'd171-es-7604', 'd171-es-7605', 'd171-es-7607', 'd171-es-7608', 'd171-es-7609', 'd171-es-7610',
    'd171-es-7611', 'd171-es-7628', 'd171-es-7638', 'd171-es-7642', 'd171-es-7646', 'd171-es-7650', 'd171-es-7651',
    'd171-es-7652', 'd171-es-7653', 'd171-es-7654', 'd171-es-7655', 'd171-es-7656', 'd171-es-7657', 'd171-es-7668',
    'd171-es-7669', 'd171-es-7672', 'd171-es-7673', 'd171-es-7674', 'd171-es-7675', 'd171-es-7677', 'd171-es-7678',
    'd171-es-7679', 'd171-es-7680', 'd171-es-7681', 'd171-es-7698', 'd171-es-7708', 'd171-es-7712', 'd171-es-7716',
    'd171-es-7720', 'd171-es-7721', 'd171-es-7722', 'd171-es-7723', 'd171-es-7724', 'd171-es-7725', 'd171-es-7726',
    'd171-es-7727', 'd171-es-7738', 'd171-es-7739', 'd171-es-7742', 'd171-es-7743', 'd171-es-7744', 'd171-es-7745',
    'd171-es-7747', 'd171-es-7748', 'd171-es-7749', 'd171-es-7750', 'd171-es-7751', 'd171-es-7768', 'd171-es-7778',
    'd171-es-7782', 'd171-es-7786', 'd171-es-7790', 'd171-es-7791', 'd171-es-7792', 'd171-es-7793', 'd171-es-7794',
    'd171-es-7795', 'd171-es-7796', 'd171-es-7797', 'd171-es-7808', 'd171-es-7809', 'd171-es-7812', 'd171-es-7813',
    'd171-es-7814', 'd171-es-7815', 'd171-es-7817', 'd171-es-7818', 'd171-es-7819', 'd171-es-7820', 'd171-es-7821',
    'd171-es-7838', 'd171-es-7848', 'd171-es-7852', 'd171-es-7856', 'd171-es-7860', 'd171-es-7861', 'd171-es-7862',
    'd171-es-7863', 'd171-es-7864', 'd171-es-7865', 'd171-es-7866', 'd171-es-7867', 'd171-es-7878', 'd171-es-7879',
    'd171-es-7882', 'd171-es-7883', 'd171-es-7884', 'd171-es-7885', 'd171-es-7887', 'd171-es-7888', 'd171-es-7889',
    'd171-es-7890', 'd171-es-7891', 'd171-es-7908', 'd171-es-7918', 'd171-es-7922', 'd171-es-7926', 'd171-es-7930',
    'd171-es-7931', 'd171-es-7932', 'd171-es-7933', 'd171-es-7934', 'd171-es-7935', 'd171-es-7936', 'd171-es-7937',
    'd171-es-7948', 'd171-es-7949', 'd171-es-7952', 'd171-es-7953', 'd171-es-7954', 'd171-es-7955', 'd171-es-7957',
    'd171-es-7958', 'd171-es-7959', 'd171-es-7960', 'd171-es-7961', 'd171-es-7978', 'd171-es-7988', 'd171-es-7992',
    'd171-es-7996', 'd171-es-8000', 'd171-es-8001', 'd171-es-8002', 'd171-es-8003', 'd171-es-8004', 'd171-es-8005',
    'd171-es-8006', 'd171-es-8007', 'd171-es-8018', 'd171-es-8019', 'd171-es-8022', 'd171-es-8023', 'd171-es-8024',
    'd171-es-8025', 'd171-es-8027', 'd171-es-8028', 'd171-es-8029', 'd171-es-8030', 'd171-es-8031', 'd171-es-8048',
    'd171-es-8058', 'd171-es-8062', 'd171-es-8066', 'd171-es-8070', 'd171-es-8071', 'd171-es-8072', 'd171-es-8073',
    'd171-es-8074', 'd171-es-8075', 'd171-es-8076', 'd171-es-8077', 'd171-es-8088', 'd171-es-8089', 'd171-es-8092',
    'd171-es-8093', 'd171-es-8094', 'd171-es-8095', 'd171-es-8097', 'd171-es-8098', 'd171-es-8099', 'd171-es-8100',
    'd171-es-8101', 'd171-es-8117', 'd171-es-8118', 'd171-es-8119', 'd171-es-8122', 'd171-es-8124', 'd171-es-8125',
    'd171-es-8126', 'd171-es-8127', 'd171-es-8129', 'd171-es-8130', 'd171-es-8131', 'd171-es-8132', 'd171-es-8133',
    'd171-es-8134', 'd171-es-8135', 'd171-es-8137', 'd171-es-8138', 'd171-es-8142', 'd171-es-8143', 'd171-es-8144',
    'd171-es-8145', 'd171-es-8146', 'd171-es-8147', 'd171-es-8158', 'd171-es-8159', 'd171-es-8162', 'd171-es-8164',
    'd171-es-8165', 'd171-es-8168', 'd171-es-8170', 'd171-es-8171', 'd171-es-8187', 'd171-es-8188', 'd171-es-8189',
    'd171-es-8192', 'd171-es-8194', 'd171-es-8195', 'd171-es-8196', 'd171-es-8199', 'd171-es-8200', 'd171-es-8201',
    'd171-es-8202', 'd171-es-8203', 'd171-es-8204', 'd171-es-8205', 'd171-es-8207', 'd171-es-8208', 'd171-es-8212',
    'd171-es-8213', 'd171-es-8214', 'd171-es-8215', 'd171-es-8216', 'd171-es-8217', 'd171-es-8228', 'd171-es-8229',
    'd171-es-8232', 'd171-es-8234', 'd171-es-8235', 'd171-es-8238', 'd171-es-8240', 'd171-es-8241', 'd171-es-8257',
    'd171-es-8258', 'd171-es-8259', 'd171-es-8262', 'd171-es-8264', 'd171-es-8265', 'd171-es-8266', 'd171-es-8267',
    'd171-es-8269', 'd171-es-8270', 'd171-es-8271', 'd171-es-8272', 'd171-es-8273', 'd171-es-8274', 'd171-es-8275',
    'd171-es-8277', 'd171-es-8278', 'd171-es-8282', 'd171-es-8283', 'd171-es-8284', 'd171-es-8285', 'd171-es-8286',
    'd171-es-8287', 'd171-es-8298', 'd171-es-8299', 'd171-es-8302', 'd171-es-8304', 'd171-es-8305', 'd171-es-8308',
    'd171-es-8310', 'd171-es-8311', 'd171-ft0-8397', 'd171-ft0-8398', 'd171-ft0-8400', 'd171-ft0-8402',
    'd171-ft0-8505', 'd171-ft0-8506', 'd171-ft0-8508', 'd171-ft0-8509', 'd171-ft0-8511', 'd171-ft2-8585',
    'd171-ft0-8615', 'd171-ft0-8616', 'd171-ft0-8618', 'd171-ft0-8619', 'd171-ft0-8620', 'd171-ft0-8726',
    'd171-ft0-8728', 'd171-ft0-8729', 'd171-ft0-8730', 'd171-ft2-8795', 'd171-ft3-8819', 'd171-ft0-8834',
    'd171-ft0-8837', 'd171-ft0-8838', 'd171-ft0-8839', 'd171-ft0-8840', 'd171-ft0-8943', 'd171-ft0-8944',
    'd171-ft0-8946', 'd171-ft0-8947', 'd171-ft0-8948', 'd171-ft0-8949', 'd171-ft0-8970', 'd171-g-8986', 'd171-g-8994',
    'd171-g-8998', 'd171-g-9002', 'd171-g-9014', 'd171-g-9046', 'd171-g-9054', 'd171-g-9079', 'd171-g-9099',
    'd171-g-9111', 'd171-g-9126', 'd171-g-9135', 'd171-g-9192', 'd171-g-9207', 'd171-g-9210', 'd171-g-9264',
    'd171-g-9282', 'd171-g-9286', 'd171-g-9302', 'd171-g-9314', 'd171-g-9378', 'd171-g-9382', 'd171-g-9390',
    'd171-g-9394', 'd171-g-9398', 'd171-g-9406', 'd171-g-9410', 'd171-g-9422', 'd171-g-9426', 'd171-g-9430',
    'd171-g-9438',
}
r171_arguable |= r171_arguable_found

# Trimmed for ctest (probe_kit.sample_round), stop 40: the items the round's tester confirmed alone (clear and
# arguable; no pair variant was found), every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
from probe_kit import sample_round as r171_sample_round  # noqa: E402

r171_sample_round("d171-", set(r171_found_alone), 30, safe_every=10)
P[:] = [r171_p for r171_p in P if r171_p["id"] not in r171_arguable]
