r"""Red-team round 187 (black box, /tmp/rt/bin/stepcache187): STATES AND THE EVENTS THAT CHANGE THEM (this stop's rule).
Focus: a stored state member ("Status: open", "Booking: confirmed", "Contract: active") beside a field of no member that
  says the state changed. Attacks the fix of round 185 (a member with an enum or a key naming a state is neither reused
  nor stored beside a changed/unread field with a number or code unless every word of its label is an attribute noun):
  attribute-noun labels, members the rule does not see as states, other places for the event, other languages.
9,749 probes (seeded random.Random(187)): 4,079 bases, 3,895 pair variants, 1,591 singles (--runs 2), 184 safe.
Part 1 (d187-an-): enum state keys (status, booking_status, contract_status, order_status) + labels of attribute nouns
  ("End date", "Date: d (closed)", "Version: v (closed)", "Ticket: closed-n", "Ref: CANC-n", "Credit note: CN-n", "Refund:
  120.00", "Storno: n", "Void: n", "Note: closed d", "Last update: d (cancelled)", "Expiry date: 2025-12-31"...), added or
  changed from a neutral value ("Ref: BK-n" -> "Ref: CANC-n"). Part 2 (d187-sm-): 56 keys ("booking", "reservation",
  "bookingStatus", "BOOKING_STATUS", "ticketstate", "lifecycle", "zustand", "estado", "claim", "payment", "account"...) x 10
  forms (plain, description, anyOf/oneOf of const, oneOf [enum, null], type [string, null] + enum, $ref to $defs, allOf
  [string, enum], enum in upper case / capitalised). Part B (d187-bo-): booleans (is_active, cancelled, is_open...).
Part 3 (d187-pl/ol-): the event in a bracket after the state, a sentence after/before the record, a one-line record, a
  bare "a | b | c" line, a table column, CSV, YAML, an e-mail subject, a signature, a "PS:", an indented line, "d: Closed";
  and on the OLD side (base with the event, variant without). Part 4 (d187-la-): "Storniert am", "Annullert", "Avsluttet",
  "Cerrado", "Résilié le", "Gekündigt zum", "Oppsagt", "Chiuso il", "Geannuleerd"... beside enum and plain state keys.
Part 5 (d187-sf/sp-): safe: "Room: 240" -> "Room: 519", "Amount", "Seat", "Date", "Version", "Ref", "Phone", "Price",
  "Floor", "Gate" changed beside the state; a paraphrase, doubled spaces, "Thanks!".
Part 6 (d187-st-): 16 record nouns as keys with the same label ("Booking: confirmed" under `booking`) x 8 forms x 2-8
  event labels per state with a number (clear) or a date (arguable). Part 7 (d187-at-): more attribute-noun labels
  ("End:", "Until:", "Period end:", "Term end:", "Valid until:", "Ref: CANCELLED-n", "Code: TRM-n", "ID: CANC-n"...).
Part 8 (d187-cg/pk-): a neutral label on the same number renamed to the event ("Ref: 13627" -> "Cancellation no.:
  13627"); a second member (room) changed and the event added, so the state is kept on the patch path.
HELD: every member with a plain `enum` or `type: [string, null]` + enum (bases stored, ~3 in 4): 0 from the cache
  beside any number or date event (st, cg, pk: 0 of 452 variants); members behind `$ref` or `oneOf [enum, null]` are
  never stored (0 of 348 bases), so nothing to serve; and 0 beside every non-date attribute-noun label of
  part 1 ("Date: d (cancelled)", "Version: v (closed)", "Ticket: closed-n", "Credit note: CN-n", "Refund: 120.00",
  "Storno: n", "Void: n", "Note: closed d", "Last update: d (closed)"); every layout of part 3 (brackets, sentences,
  tables, CSV, YAML, subject lines, signatures, PS lines, the old side: 0); every other-language label of part 4 (0);
  booleans (never stored). Keys "order", "shipment", "membership", "ticket" are read as codes and never stored; keys whose
  label differs ("bookingStatus" under "Booking:", "zustand" under "Ticket:") are never stored.
  Safe reuse: 101/184 (run 1), 105/184 (run 2); never reused: "Seat" changed (0/16), mostly not "Ref" (4/16), "Phone" (6/16).
  Wrong FRESH (never stored): 389 in run 1, 385 in run 2 -- the stated state beside the event in singles of keys that are
  not stored (sm 197), booleans ("Active: yes / Termination no.: 9.10.5" -> true, 43), "Closed on 2026-04-11." above the
  record, YAML "terminated_on:", "Geschlossen am:" (pl/la 27), "Fix version:", "Void:", "Credit note:" (an/at 45).
  Right answers rejected: ~4,900 per run, mostly the changed state itself ("cancelled" does not occur in the source text).
WHAT GOT THROUGH (full round, one fresh SQLite store, --runs 2: 328 wrong from the cache in run 1 (170 clear, 158
  arguable), 426 in run 2 (227 clear, 199 arguable); ALONE (r187_found_alone, 881 ids + the bases of its pairs, a fresh
  store, --runs 2): 351 in run 1, 437 in run 2 -- 243 clear, 194 arguable; L and O layouts only):
 (A) CLEAR (243 alone): a closed set of states that the rule does not see: a plain string key naming the record
     ("booking", "reservation", "contract", "subscription", "account", "claim", "application", "payment", "parcel",
     "lifecycle", "situation", "booking_info") or the allowed values written as `anyOf`/`oneOf` of `const` or as `allOf
     [{type: string}, {enum}]` -- beside an event field with a number: "Booking: confirmed / Cancellation no.: 89858" ->
     "confirmed" (also "Storno-Nr.", "Avbestillingsnr.", "N° d'annulation", "Cancelled under"); "Contract: active /
     Termination ref: 34245" (also "Kündigungs-Nr.", "Oppsigelse nr.", "Termination no.: 4.18.1"); "Claim: approved /
     Rejection no.: 38130" ("Refusal ref", "Ablehnung Nr.", "Avslag nr."); "Payment: paid / Refund no.: 79675"
     ("Erstattung Nr."); "Account: active / Deactivation no.: 29435" ("Deactivated by: #85181"); "Parcel: shipped / POD
     no.: 31494"; "Situation: open / Closed by: #54343"; "Application: approved / Withdrawal ref: 49759". Reused as stored,
     copied by the licensed rewrite to other names, stored from the model's first answer in singles, and KEPT on the
     patch path when "Room:" changed too ("Room: R643 / Booking: confirmed / Cancellation no.: n" -> booking "confirmed");
     a neutral label renamed on the same number ("Ref: 13627" -> "Cancellation no.: 13627") does not stop reuse.
 (B) ARGUABLE (194 alone, r187_arguable): the same members beside a DATE under an event label ("Cancelled on:
     2026-03-21", "Terminated on:", "Storniert am:", "Résilié le:", "Delivered on:", "Rejected on:"; may be planned); enum
     state keys beside attribute-noun date labels ("Status: open / End date: 2026-04-24", "Contract status: active /
     Expiry date: 2025-12-31", "End:", "Period end:", "Term end:", "Expiry:", "Period: 2024-01-01 – 2025-12-31"); singles
     where the stated state was accepted and stored beside "Ref: CANC-60825", "Ref: CLS-97759", "Ref: TRM-31773" (seen in
     a layered run only).
Adds its probes to probe_kit.P."""
import random as r187_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r187_random.Random(187)
r187_arguable = set()
r187_found_alone = set()
r187_pairs, r187_singles, r187_safe = [], [], []
r187_seen = set()
r187_C1 = "bdfgklmnprstvz"
r187_V1 = "aeiou"


def r187_word(k):
    return "".join(R.choice(r187_C1) + R.choice(r187_V1) for _ in range(k))


def r187_nm():
    while True:
        n = r187_word(2).capitalize() + " " + r187_word(2).capitalize() + R.choice(["sen", "berg", "vik", "lund"])
        if n not in r187_seen:
            r187_seen.add(n)
            return n


def r187_add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r187_arguable.add(id)
    {"pair": r187_pairs, "single": r187_singles, "safe": r187_safe, "base": []}[kind].append(id)


def r187_date():
    return "2026-%02d-%02d" % (R.randint(1, 5), R.randint(1, 28))


def r187_n():
    return str(R.randint(1000, 99999))


def r187_ver():
    return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))


def r187_amt():
    return "%d.%02d" % (R.randint(20, 900), R.choice([0, 50, 95]))


# ---------------------------------------------------------------- families: (name, key, enum, label, q, base, after)
r187_FAM = [
    ("tk", "status", ["open", "closed"], "Status", "status", "open", "closed"),
    ("bk", "booking_status", ["confirmed", "cancelled"], "Booking status", "booking status", "confirmed", "cancelled"),
    ("ct", "contract_status", ["active", "terminated"], "Contract status", "contract status", "active", "terminated"),
    ("od", "order_status", ["pending", "shipped", "cancelled"], "Order status", "order status", "pending", "cancelled"),
]

# part 1: event labels made of attribute nouns only. (family, template with {d},{n},{v},{a}; arg)
# mode "add": line added; mode "chg": base has the neutral form, variant the event form
r187_EV1 = {
    "tk": [("End date: {d}", True), ("Date: {d} (closed)", False), ("Version: {v} (closed)", False),
           ("Ticket: closed-{n}", True), ("Ref: CLS-{n}", True), ("Resolution date: {d}", False),
           ("Completion date: {d}", False), ("Finish date: {d}", False), ("Done date: {d}", False),
           ("Fix version: {v}", True), ("Final version: {v}", True), ("Resolution: #{n}", False),
           ("Close date: {d}", False), ("Closure: {d}", False), ("Note: closed {d}", False),
           ("Remark: closed #{n}", False), ("Log: {d} closed", False), ("History: {d} closed by Ada", False),
           ("Last update: {d} (closed)", False), ("Outcome: #{n}", True), ("Solution: {v}", True)],
    "bk": [("Ref: CANC-{n}", True), ("Date: {d} (cancelled)", False), ("Credit note: CN-{n}", False),
           ("Refund: {a}", True), ("Refund amount: {a}", True), ("Refund date: {d}", False),
           ("Storno: {n}", False), ("Voucher: CANC-{n}", True), ("Code: CX-{n} (cancelled)", False),
           ("Cancel date: {d}", False), ("Annulment: {n}", False), ("Void: {n}", False),
           ("Note: cancelled {d}", False), ("Remark: cancelled by guest, #{n}", False),
           ("Credit: {a} (cancellation)", False), ("Last update: {d} (cancelled)", False),
           ("Return date: {d}", True), ("Refund no.: {n}", True)],
    "ct": [("End date: {d}", True), ("Exit date: {d}", True), ("Notice date: {d}", True),
           ("Last day: {d}", True), ("Final invoice: {n}", True), ("Leaving date: {d}", True),
           ("Termination: {d}", False), ("Date: {d} (terminated)", False), ("Ref: TRM-{n}", True),
           ("Notice: {d}", True), ("Note: terminated {d}", False), ("Expiry date: 2025-12-31", True),
           ("Contract end: 2025-12-31", True), ("Settlement amount: {a}", True)],
    "od": [("Ref: CANC-{n}", True), ("Date: {d} (cancelled)", False), ("Credit note: CN-{n}", False),
           ("Refund: {a}", True), ("Storno: {n}", False), ("Void: {n}", False), ("Note: cancelled {d}", False),
           ("Return label: RL-{n}", True), ("Cancel date: {d}", False), ("Code: CANC-{n}", True)],
}
# neutral forms for "chg" mode (the same label, a value with no event)
r187_NEUTRAL = {
    "Date: {d} (closed)": "Date: {d}", "Version: {v} (closed)": "Version: {v}", "Ticket: closed-{n}": "Ticket: TCK-{n}",
    "Ref: CLS-{n}": "Ref: TK-{n}", "Ref: CANC-{n}": "Ref: BK-{n}", "Date: {d} (cancelled)": "Date: {d}",
    "Voucher: CANC-{n}": "Voucher: VC-{n}", "Code: CX-{n} (cancelled)": "Code: CX-{n}",
    "Date: {d} (terminated)": "Date: {d}", "Ref: TRM-{n}": "Ref: CT-{n}", "Code: CANC-{n}": "Code: OD-{n}",
    "Last update: {d} (closed)": "Last update: {d}", "Last update: {d} (cancelled)": "Last update: {d}",
}


def r187_fill(t, vals):
    return t.format(**vals)


def r187_vals():
    return {"d": r187_date(), "n": r187_n(), "v": r187_ver(), "a": r187_amt()}


def r187_rec(cont, nm, lines):
    """lines: list of 'Label: value' strings"""
    if cont == "L":
        return "Text:\nName: %s\n" % nm + "".join(l + "\n" for l in lines)
    if cont == "O":
        return "Record: Name: %s | " % nm + " | ".join(lines) + "\n"
    raise ValueError(cont)


def r187_part1():
    j = 0
    for (fam, key, enum, label, q, bv, av) in r187_FAM:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        for (tpl, arg) in r187_EV1[fam]:
            for cont in ("L", "O"):
                for rep in range(3):
                    j += 1
                    nm = r187_nm()
                    vals = r187_vals()
                    ev = r187_fill(tpl, vals)
                    ins = "Extract name and %s as JSON." % q
                    st = "%s: %s" % (label, bv)
                    if tpl in r187_NEUTRAL and rep == 2:
                        neu = r187_fill(r187_NEUTRAL[tpl], vals)
                        b = r187_rec(cont, nm, [st, neu])
                        v = r187_rec(cont, nm, [st, ev])
                    else:
                        b = r187_rec(cont, nm, [st])
                        v = r187_rec(cont, nm, [st, ev] if rep != 1 else [ev, st])
                    r187_add("base", "d187-an-b-%d-%s" % (j, cont), "r187_an_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r187_add("pair", "d187-an-v-%d-%s" % (j, cont), "r187_an", ins + "\n\n" + v, sch,
                             {"name": nm, key: av}, [{"name": nm, key: av}], arg=arg)
                    if rep == 0:
                        nm3 = r187_nm()
                        r187_add("single", "d187-an-s-%d-%s" % (j, cont), "r187_an_single",
                                 ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: av},
                                 [{"name": nm3, key: bv}, {"name": nm3, key: av}, {"name": nm3, key: av}], arg=arg)


r187_part1()

# ---------------------------------------------------------------- part 2: state members the rule may not see as states
# (key, member schema, label, q, base, after, [clear event lines])
r187_EVC = {  # clear event lines per after-state (labels that name the event)
    "closed": ["Closed in: {n}", "Closed by: #{n}", "Closure no.: {v}", "Resolved in: {v}", "Closed on: {d}"],
    "cancelled": ["Cancellation no.: {n}", "Cancelled under: {n}", "Cancellation ref: CX-{n}", "Cancelled on: {d}",
                  "Storno-Nr.: {n}"],
    "terminated": ["Termination no.: {v}", "Terminated on: {d}", "Termination ref: {n}", "Kündigung: {d}"],
    "expired": ["Expired on: {d}", "Lapsed: {d}", "Expiry notice no.: {n}"],
    "shipped": ["Shipped under: {n}", "Dispatched with: PK-{n}", "Tracking no.: JD0146{n}"],
    "delivered": ["Proof of delivery no.: {n}", "Delivered on: {d}", "Delivered, signed by: #{n}"],
    "rejected": ["Rejection no.: {n}", "Rejected on: {d}", "Refusal ref: {n}"],
    "refunded": ["Refund no.: {n}", "Refunded on: {d}", "Refund ref: RF-{n}"],
    "inactive": ["Deactivated on: {d}", "Deactivation no.: {n}", "Closed account ref: {n}"],
}


def r187_enum_forms(key, vals):
    up = [x.upper() for x in vals]
    cap = [x.capitalize() for x in vals]
    return [
        ("plain", key, {"type": "string"}, None),
        ("desc", key, {"type": "string", "description": "current state"}, None),
        ("anyOf", key, {"anyOf": [{"const": x} for x in vals]}, None),
        ("oneOf", key, {"oneOf": [{"type": "string", "const": x} for x in vals]}, None),
        ("oneOfEnum", key, {"oneOf": [{"type": "string", "enum": vals}, {"type": "null"}]}, None),
        ("nullEnum", key, {"type": ["string", "null"], "enum": vals + [None]}, None),
        ("ref", key, {"$ref": "#/$defs/st"}, {"st": {"type": "string", "enum": vals}}),
        ("allOf", key, {"allOf": [{"type": "string"}, {"enum": vals}]}, None),
        ("upper", key, {"type": "string", "enum": up}, None),
        ("cap", key, {"type": "string", "enum": cap}, None),
    ]


r187_P2 = [
    # (keys, label, q, base, after, values for enums)
    (["booking", "reservation", "bookingstatus", "bookingStatus", "BOOKING_STATUS", "reservering", "buchung",
      "estado_reserva", "booking_info", "booking_state_now"],
     "Booking", "booking", "confirmed", "cancelled", ["confirmed", "cancelled"]),
    (["ticket", "issue", "ticketstate", "ticketState", "case", "lifecycle", "situation", "zustand", "tilstand",
      "estado", "statut", "stand", "open_or_closed"],
     "Ticket", "ticket", "open", "closed", ["open", "closed"]),
    (["order", "shipment", "orderstate", "delivery", "fulfilment", "sendung"],
     "Order", "order", "pending", "shipped", ["pending", "shipped", "delivered"]),
    (["order", "delivery", "parcel"], "Parcel", "parcel", "shipped", "delivered", ["pending", "shipped", "delivered"]),
    (["membership", "subscription", "account", "abo", "mitgliedschaft", "medlemskap"],
     "Membership", "membership", "active", "expired", ["active", "expired"]),
    (["contract", "agreement", "vertrag", "avtale", "account"],
     "Contract", "contract", "active", "terminated", ["active", "terminated"]),
    (["claim", "application", "request", "antrag", "søknad"],
     "Claim", "claim", "approved", "rejected", ["approved", "rejected", "pending"]),
    (["payment", "charge", "zahlung", "betaling"], "Payment", "payment", "paid", "refunded", ["paid", "refunded"]),
    (["account", "user", "login", "konto"], "Account", "account", "active", "inactive", ["active", "inactive"]),
]


def r187_part2():
    j = 0
    for (keys, label, q, bv, av, vals) in r187_P2:
        for key in keys:
            forms = r187_enum_forms(key, vals)
            for (fname, k2, msch, defs) in forms:
                if fname in ("upper", "cap"):
                    tb, ta = (bv.upper(), av.upper()) if fname == "upper" else (bv.capitalize(), av.capitalize())
                else:
                    tb, ta = bv, av
                sch = S({"name": "string", k2: msch})
                if defs:
                    sch["$defs"] = defs
                evs = r187_EVC[av]
                for cont in ("L", "O"):
                    j += 1
                    nm = r187_nm()
                    ev = r187_fill(R.choice(evs), r187_vals())
                    lab = R.choice([label, label + " status", "Status"]) if fname != "plain" else label
                    ins = "Extract name and %s as JSON." % R.choice([q, key.replace("_", " ")])
                    st = "%s: %s" % (lab, bv)
                    b = r187_rec(cont, nm, [st])
                    v = r187_rec(cont, nm, [st, ev] if j % 3 else [ev, st])
                    r187_add("base", "d187-sm-b-%d-%s" % (j, cont), "r187_sm_base", ins + "\n\n" + b, sch,
                             {"name": nm, k2: tb}, [{"name": nm, k2: tb}])
                    r187_add("pair", "d187-sm-v-%d-%s" % (j, cont), "r187_sm", ins + "\n\n" + v, sch,
                             {"name": nm, k2: ta}, [{"name": nm, k2: ta}], arg=(fname in ("plain", "desc")))
                    if j % 4 == 1:
                        nm3 = r187_nm()
                        r187_add("single", "d187-sm-s-%d-%s" % (j, cont), "r187_sm_single",
                                 ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, k2: ta},
                                 [{"name": nm3, k2: tb}, {"name": nm3, k2: ta}, {"name": nm3, k2: ta}],
                                 arg=(fname in ("plain", "desc")))


r187_part2()

# booleans beside events (is_active true -> false after termination; cancelled false -> true)
r187_BOOL = [
    ("is_active", "Active", "yes", True, False, r187_EVC["terminated"] + r187_EVC["inactive"]),
    ("active", "Active", "yes", True, False, r187_EVC["terminated"]),
    ("cancelled", "Cancelled", "no", False, True, r187_EVC["cancelled"]),
    ("is_open", "Open", "yes", True, False, r187_EVC["closed"]),
    ("confirmed", "Confirmed", "yes", True, False, r187_EVC["cancelled"]),
    ("shipped", "Shipped", "no", False, True, r187_EVC["shipped"]),
]


def r187_partB():
    j = 0
    for (key, label, bw, bt, at, evs) in r187_BOOL:
        sch = S({"name": "string", key: "boolean"})
        for evt in evs:
            for cont in ("L", "O"):
                j += 1
                nm = r187_nm()
                ev = r187_fill(evt, r187_vals())
                ins = "Extract name and %s as JSON." % key.replace("_", " ")
                b = r187_rec(cont, nm, ["%s: %s" % (label, bw)])
                v = r187_rec(cont, nm, ["%s: %s" % (label, bw), ev])
                r187_add("base", "d187-bo-b-%d-%s" % (j, cont), "r187_bo_base", ins + "\n\n" + b, sch,
                         {"name": nm, key: bt}, [{"name": nm, key: bt}])
                r187_add("pair", "d187-bo-v-%d-%s" % (j, cont), "r187_bo", ins + "\n\n" + v, sch,
                         {"name": nm, key: at}, [{"name": nm, key: at}])
                nm3 = r187_nm()
                r187_add("single", "d187-bo-s-%d-%s" % (j, cont), "r187_bo_single", ins + "\n\n" + v.replace(nm, nm3),
                         sch, {"name": nm3, key: at}, [{"name": nm3, key: bt}, {"name": nm3, key: at},
                                                       {"name": nm3, key: at}])


r187_partB()

# ---------------------------------------------------------------- part 3: the event in other places
# (fam) with layouts
r187_P3FAM = [
    ("status", ["open", "closed"], "Status", "status", "open", "closed", "Closed", "closed"),
    ("booking_status", ["confirmed", "cancelled"], "Booking status", "booking status", "confirmed", "cancelled",
     "Cancelled", "cancelled"),
    ("contract_status", ["active", "terminated"], "Contract status", "contract status", "active", "terminated",
     "Terminated", "terminated"),
]


def r187_p3texts(nm, label, bv, Ev, ev, vals, kind):
    """Returns (base text, variant text, arg) for one layout kind."""
    d, n = vals["d"], vals["n"]
    st = "%s: %s" % (label, bv)
    if kind == "bracket":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s (%s %s)\n" % (nm, st, ev, d), False)
    if kind == "bracketn":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s (%s, #%s)\n" % (nm, st, ev, n), False)
    if kind == "bracketO":
        return ("Record: Name: %s | %s\n" % (nm, st), "Record: Name: %s | %s (%s %s)\n" % (nm, st, ev, d), False)
    if kind == "sent":
        return ("Text:\nName: %s\n%s\n" % (nm, st),
                "Text:\nName: %s\n%s\n%s on %s by Ada.\n" % (nm, st, Ev, d), False)
    if kind == "sentn":
        return ("Text:\nName: %s\n%s\n" % (nm, st),
                "Text:\nName: %s\n%s\n%s under no. %s.\n" % (nm, st, Ev, n), False)
    if kind == "sentbefore":
        return ("Text:\nName: %s\n%s\n" % (nm, st),
                "%s on %s.\nText:\nName: %s\n%s\n" % (Ev, d, nm, st), False)
    if kind == "oneline":
        return ("Record: Name: %s | %s\n" % (nm, st), "Record: Name: %s | %s | %s %s\n" % (nm, st, Ev, d), False)
    if kind == "onelinebare":
        return ("%s | %s\n" % (nm, bv), "%s | %s | %s %s\n" % (nm, bv, ev, d), True)
    if kind == "table":
        return ("| Name | %s |\n|---|---|\n| %s | %s |\n" % (label, nm, bv),
                "| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (label, Ev, nm, bv, d), False)
    if kind == "csv":
        return ("name,%s\n%s,%s\n" % (label.lower(), nm, bv),
                "name,%s,%s_on\n%s,%s,%s\n" % (label.lower(), ev, nm, bv, d), False)
    if kind == "yaml":
        return ("```yaml\nname: %s\n%s: %s\n```\n" % (nm, label.lower().replace(" ", "_"), bv),
                "```yaml\nname: %s\n%s: %s\n%s_on: %s\n```\n" % (nm, label.lower().replace(" ", "_"), bv, ev, d), False)
    if kind == "subject":
        return ("From: office@firm.example\nSubject: Your record\n\nName: %s\n%s\n\nBest regards\nOffice\n" % (nm, st),
                "From: office@firm.example\nSubject: Your record – %s %s\n\nName: %s\n%s\n\nBest regards\nOffice\n"
                % (Ev, d, nm, st), False)
    if kind == "sig":
        return ("Name: %s\n%s\n\n--\nOffice\n" % (nm, st),
                "Name: %s\n%s\n\n--\nOffice | %s %s\n" % (nm, st, Ev, d), True)
    if kind == "ps":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s\n\nPS: %s %s.\n" % (nm, st, ev, d), False)
    if kind == "indent":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s\n  %s %s\n" % (nm, st, ev, d), False)
    if kind == "arrow":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s\n%s: %s\n" % (nm, st, d, Ev), False)
    if kind == "datelabel":
        return ("Text:\nName: %s\n%s\n" % (nm, st), "Text:\nName: %s\n%s\n%s: %s\n" % (nm, st, d, ev), False)
    raise ValueError(kind)


r187_P3KINDS = ["bracket", "bracketn", "bracketO", "sent", "sentn", "sentbefore", "oneline", "onelinebare", "table",
                "csv", "yaml", "subject", "sig", "ps", "indent", "arrow", "datelabel"]


def r187_part3():
    j = 0
    for (key, enum, label, q, bv, av, Ev, ev) in r187_P3FAM:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        for kind in r187_P3KINDS:
            for rep in range(4):
                j += 1
                nm = r187_nm()
                vals = r187_vals()
                b, v, arg = r187_p3texts(nm, label, bv, Ev, ev, vals, kind)
                ins = "Extract name and %s as JSON." % q
                r187_add("base", "d187-pl-b-%d-%s" % (j, kind), "r187_pl_base", ins + "\n\n" + b, sch,
                         {"name": nm, key: bv}, [{"name": nm, key: bv}])
                r187_add("pair", "d187-pl-v-%d-%s" % (j, kind), "r187_pl", ins + "\n\n" + v, sch,
                         {"name": nm, key: av}, [{"name": nm, key: av}], arg=arg)
                if rep == 0:
                    nm3 = r187_nm()
                    r187_add("single", "d187-pl-s-%d-%s" % (j, kind), "r187_pl_single",
                             ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: av},
                             [{"name": nm3, key: bv}, {"name": nm3, key: av}, {"name": nm3, key: av}], arg=arg)
                # old side: the event line in the base, removed in the variant
                if rep == 1:
                    nm4 = r187_nm()
                    v4 = v.replace(nm, nm4)
                    b4 = b.replace(nm, nm4)
                    r187_add("base", "d187-ol-b-%d-%s" % (j, kind), "r187_ol_base", ins + "\n\n" + v4, sch,
                             {"name": nm4, key: av}, [{"name": nm4, key: av}])
                    r187_add("pair", "d187-ol-v-%d-%s" % (j, kind), "r187_ol", ins + "\n\n" + b4, sch,
                             {"name": nm4, key: bv}, [{"name": nm4, key: bv}])


r187_part3()

# ---------------------------------------------------------------- part 4: events in other languages
r187_P4 = [
    ("status", ["open", "closed"], "Status", "status", "open", "closed",
     ["Geschlossen am: {d}", "Erledigt am: {d}", "Avsluttet: {d}", "Lukket: {d}", "Cerrado: {d}", "Cerrado el: {d}",
      "Fermé le: {d}", "Clôturé le: {d}", "Chiuso il: {d}", "Stängd: {d}", "Afsluttet: {d}", "Gesloten op: {d}",
      "Zamknięte: {d}", "Avsluttet i: {n}", "Lukket av: #{n}", "Clôture n°: {n}", "Abgeschlossen: {v}"]),
    ("booking_status", ["confirmed", "cancelled"], "Booking status", "booking status", "confirmed", "cancelled",
     ["Storniert am: {d}", "Storniert: {n}", "Annullert: {d}", "Annullert: {n}", "Avbestilt: {d}", "Cancelado el: {d}",
      "Anulado: {n}", "Annulé le: {d}", "Annulée: {n}", "Annullato il: {d}", "Geannuleerd: {d}", "Avbokad: {d}",
      "Afbestilt: {d}", "Anulowano: {d}", "Stornierung: {n}", "Avbestilling: {n}"]),
    ("contract_status", ["active", "terminated"], "Contract status", "contract status", "active", "terminated",
     ["Résilié le: {d}", "Résiliation: {n}", "Gekündigt zum: {d}", "Gekündigt am: {d}", "Oppsagt: {d}",
      "Oppsigelse: {n}", "Rescindido: {d}", "Beëindigd: {d}", "Uppsagt: {d}", "Opsagt: {d}", "Disdetto il: {d}",
      "Kündigung Nr.: {n}", "Avsluttet: {d}"]),
]


def r187_part4():
    j = 0
    for (key, enum, label, q, bv, av, evs) in r187_P4:
        for plain in (False, True):
            sch = S({"name": "string", key: ({"type": "string"} if plain else {"type": "string", "enum": enum})})
            for evt in evs:
                for cont in ("L", "O"):
                    j += 1
                    nm = r187_nm()
                    ev = r187_fill(evt, r187_vals())
                    ins = "Extract name and %s as JSON." % q
                    st = "%s: %s" % (label, bv)
                    b = r187_rec(cont, nm, [st])
                    v = r187_rec(cont, nm, [st, ev] if j % 2 else [ev, st])
                    r187_add("base", "d187-la-b-%d-%s" % (j, cont), "r187_la_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r187_add("pair", "d187-la-v-%d-%s" % (j, cont), "r187_la", ins + "\n\n" + v, sch,
                             {"name": nm, key: av}, [{"name": nm, key: av}])
                    nm3 = r187_nm()
                    r187_add("single", "d187-la-s-%d-%s" % (j, cont), "r187_la_single",
                             ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: av},
                             [{"name": nm3, key: bv}, {"name": nm3, key: av}, {"name": nm3, key: av}])


r187_part4()

# ---------------------------------------------------------------- part 5: safe changes beside a state
r187_SAFE = [("Room: {r1}", "Room: {r2}"), ("Amount: 120.00", "Amount: 135.50"), ("Seat: 12A", "Seat: 14C"),
             ("Date: 2026-03-01", "Date: 2026-03-02"), ("Version: 2.0.1", "Version: 2.0.2"),
             ("Ref: BK-2231", "Ref: BK-2239"), ("Phone: +47 22 33 44 55", "Phone: +47 22 33 44 56"),
             ("Price: 45.00", "Price: 49.00"), ("Floor: 2", "Floor: 3"), ("Gate: B12", "Gate: B14")]


def r187_part5():
    j = 0
    for (fam, key, enum, label, q, bv, av) in r187_FAM:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        for (l1, l2) in r187_SAFE:
            for cont in ("L", "O"):
                for rep in range(2):
                    j += 1
                    nm = r187_nm()
                    r1, r2 = str(R.randint(100, 400)), str(R.randint(401, 800))
                    a, c = l1.format(r1=r1), l2.format(r2=r2)
                    ins = "Extract name and %s as JSON." % q
                    st = "%s: %s" % (label, bv)
                    b = r187_rec(cont, nm, [st, a] if rep == 0 else [a, st])
                    v = r187_rec(cont, nm, [st, c] if rep == 0 else [c, st])
                    r187_add("base", "d187-sf-b-%d-%s" % (j, cont), "r187_sf_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r187_add("safe", "d187-sf-v-%d-%s" % (j, cont), "r187_sf", ins + "\n\n" + v, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
        # whitespace / paraphrase
        for cont in ("L", "O"):
            for rep in range(3):
                j += 1
                nm = r187_nm()
                st = "%s: %s" % (label, bv)
                b = r187_rec(cont, nm, [st])
                ins = "Extract name and %s as JSON." % q
                ins2 = ["Please extract name and %s as JSON." % q, "Extract name and %s as JSON." % q,
                        "Extract name and %s as JSON." % q][rep]
                v = [b, b.replace(": ", ":  "), b + "\nThanks!\n"][rep]
                r187_add("base", "d187-sp-b-%d-%s" % (j, cont), "r187_sp_base", ins + "\n\n" + b, sch,
                         {"name": nm, key: bv}, [{"name": nm, key: bv}])
                r187_add("safe", "d187-sp-v-%d-%s" % (j, cont), "r187_sp", ins2 + "\n\n" + v, sch,
                         {"name": nm, key: bv}, [{"name": nm, key: bv}])


r187_part5()

# ---------------------------------------------------------------- part 6: state members whose key is the record's own
# noun (label = key), under forms other than a plain enum, beside an event field with a number (clear) or a date (arg)
r187_EVN = {  # number events (clear), date events (arguable: may be planned)
    "cancelled": (["Cancellation no.: {n}", "Cancelled under: {n}", "Cancellation ref: CX-{n}", "Storno-Nr.: {n}",
                   "Avbestillingsnr.: {n}", "N° d'annulation: {n}"], ["Cancelled on: {d}", "Storniert am: {d}"]),
    "terminated": (["Termination no.: {v}", "Termination ref: {n}", "Kündigungs-Nr.: {n}", "Oppsigelse nr.: {n}"],
                   ["Terminated on: {d}", "Résilié le: {d}"]),
    "rejected": (["Rejection no.: {n}", "Refusal ref: {n}", "Ablehnung Nr.: {n}", "Avslag nr.: {n}"],
                 ["Rejected on: {d}"]),
    "refunded": (["Refund no.: {n}", "Refund ref: RF-{n}", "Erstattung Nr.: {n}"], ["Refunded on: {d}"]),
    "inactive": (["Deactivation no.: {n}", "Deactivated by: #{n}", "Closed account ref: {n}"], ["Deactivated on: {d}"]),
    "expired": (["Expiry notice no.: {n}", "Lapse ref: {n}"], ["Expired on: {d}", "Lapsed: {d}"]),
    "closed": (["Closed in: {n}", "Closed by: #{n}", "Closure no.: {v}", "Resolved in: {v}"], ["Closed on: {d}"]),
    "delivered": (["Proof of delivery no.: {n}", "Delivered, signed by: #{n}", "POD no.: {n}"], ["Delivered on: {d}"]),
    "shipped": (["Shipped under: {n}", "Dispatch no.: {n}"], ["Shipped on: {d}"]),
    "withdrawn": (["Withdrawal no.: {n}", "Withdrawal ref: {n}"], ["Withdrawn on: {d}"]),
}
r187_P6 = [  # (key, label, base, after, allowed values)
    ("booking", "Booking", "confirmed", "cancelled", ["confirmed", "cancelled"]),
    ("reservation", "Reservation", "confirmed", "cancelled", ["confirmed", "cancelled"]),
    ("order", "Order", "pending", "cancelled", ["pending", "shipped", "cancelled"]),
    ("parcel", "Parcel", "shipped", "delivered", ["pending", "shipped", "delivered"]),
    ("shipment", "Shipment", "pending", "shipped", ["pending", "shipped", "delivered"]),
    ("contract", "Contract", "active", "terminated", ["active", "terminated"]),
    ("subscription", "Subscription", "active", "terminated", ["active", "terminated"]),
    ("membership", "Membership", "active", "expired", ["active", "expired"]),
    ("account", "Account", "active", "inactive", ["active", "inactive"]),
    ("claim", "Claim", "approved", "rejected", ["approved", "rejected", "pending"]),
    ("application", "Application", "approved", "withdrawn", ["approved", "withdrawn", "pending"]),
    ("payment", "Payment", "paid", "refunded", ["paid", "refunded"]),
    ("ticket", "Ticket", "open", "closed", ["open", "closed"]),
    ("lifecycle", "Lifecycle", "active", "terminated", ["active", "terminated"]),
    ("situation", "Situation", "open", "closed", ["open", "closed"]),
    ("booking_info", "Booking info", "confirmed", "cancelled", ["confirmed", "cancelled"]),
]


def r187_forms6(vals):
    return [
        ("plain", {"type": "string"}, None),
        ("anyOf", {"anyOf": [{"const": x} for x in vals]}, None),
        ("oneOf", {"oneOf": [{"type": "string", "const": x} for x in vals]}, None),
        ("allOf", {"allOf": [{"type": "string"}, {"enum": vals}]}, None),
        ("nullEnum", {"type": ["string", "null"], "enum": vals + [None]}, None),
        ("ref", {"$ref": "#/$defs/st"}, {"st": {"type": "string", "enum": vals}}),
        ("oneOfEnum", {"oneOf": [{"type": "string", "enum": vals}, {"type": "null"}]}, None),
        ("enum", {"type": "string", "enum": vals}, None),
    ]


def r187_part6():
    j = 0
    for (key, label, bv, av, vals) in r187_P6:
        nums, dates = r187_EVN[av]
        for (fname, msch, defs) in r187_forms6(vals):
            sch = S({"name": "string", key: msch})
            if defs:
                sch["$defs"] = defs
            ins = "Extract name and %s as JSON." % key.replace("_", " ")
            for evt in nums + dates:
                for cont in ("L", "O"):
                    j += 1
                    nm = r187_nm()
                    ev = r187_fill(evt, r187_vals())
                    st = "%s: %s" % (label, bv)
                    b = r187_rec(cont, nm, [st])
                    v = r187_rec(cont, nm, [st, ev] if j % 3 else [ev, st])
                    arg = evt in dates
                    r187_add("base", "d187-st-b-%d-%s" % (j, cont), "r187_st_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r187_add("pair", "d187-st-v-%d-%s" % (j, cont), "r187_st", ins + "\n\n" + v, sch,
                             {"name": nm, key: av}, [{"name": nm, key: av}], arg=arg)
                    if cont == "L":
                        nm3 = r187_nm()
                        r187_add("single", "d187-st-s-%d-%s" % (j, cont), "r187_st_single",
                                 ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: av},
                                 [{"name": nm3, key: bv}, {"name": nm3, key: av}, {"name": nm3, key: av}], arg=arg)


r187_part6()

# ---------------------------------------------------------------- part 7: attribute-noun labels around the holes of part 1
r187_P7 = {
    "tk": ["End date: {d}", "End: {d}", "Until: {d}", "Period end: {d}", "Ref: CLS-{n}", "Ref: CLOSED-{n}",
           "Ticket: CLOSED-{n}", "Code: CLS-{n}", "Reference: CLS-{n}", "Ref: RESOLVED-{n}", "Ref no.: CLS-{n}",
           "Version: {v}-closed", "Ref: {n}-CLOSED", "ID: CLS-{n}"],
    "bk": ["Ref: CANC-{n}", "Ref: CNX-{n}", "Ref: STORNO-{n}", "Ref: CANCELLED-{n}", "Reference: CANC-{n}",
           "Code: CANCELLED-{n}", "Booking ref: CANC-{n}", "Ref no.: CANC-{n}", "Voucher: REFUND-{n}",
           "ID: CANC-{n}", "Ref: {n}-CANC", "Ref: ANNUL-{n}", "End date: {d}", "Refund amount: {a}"],
    "ct": ["End date: {d}", "End: {d}", "Until: {d}", "Valid until: 2025-12-31", "Valid to: 2025-12-31",
           "Term end: 2025-12-31", "Expiry date: 2025-12-31", "Expiry: 2025-12-31", "Ref: TRM-{n}",
           "Ref: TERMINATED-{n}", "Code: TRM-{n}", "Reference: TERM-{n}", "Period: 2024-01-01 – 2025-12-31",
           "Final date: {d}"],
    "od": ["Ref: CANC-{n}", "Ref: CANCELLED-{n}", "Code: CANC-{n}", "Return label: RL-{n}", "Credit note: CN-{n}",
           "Refund amount: {a}", "Ref: STORNO-{n}"],
}


def r187_part7():
    j = 0
    for (fam, key, enum, label, q, bv, av) in r187_FAM:
        sch = S({"name": "string", key: {"type": "string", "enum": enum}})
        ins = "Extract name and %s as JSON." % q
        for evt in r187_P7[fam]:
            for cont in ("L", "O"):
                for rep in range(2):
                    j += 1
                    nm = r187_nm()
                    ev = r187_fill(evt, r187_vals())
                    st = "%s: %s" % (label, bv)
                    b = r187_rec(cont, nm, [st])
                    v = r187_rec(cont, nm, [st, ev] if rep == 0 else [ev, st])
                    r187_add("base", "d187-at-b-%d-%s" % (j, cont), "r187_at_base", ins + "\n\n" + b, sch,
                             {"name": nm, key: bv}, [{"name": nm, key: bv}])
                    r187_add("pair", "d187-at-v-%d-%s" % (j, cont), "r187_at", ins + "\n\n" + v, sch,
                             {"name": nm, key: av}, [{"name": nm, key: av}], arg=True)
                    nm3 = r187_nm()
                    r187_add("single", "d187-at-s-%d-%s" % (j, cont), "r187_at_single",
                             ins + "\n\n" + v.replace(nm, nm3), sch, {"name": nm3, key: av},
                             [{"name": nm3, key: bv}, {"name": nm3, key: av}, {"name": nm3, key: av}], arg=True)


r187_part7()


# ---------------------------------------------------------------- part 8: the hole's edges: the event label replacing a
# neutral label on the same number (a changed field), and a second member (room) changed so the state is kept on the
# patch path
r187_P8 = [("booking", "Booking", "confirmed", "cancelled", ["confirmed", "cancelled"],
            [("Ref", "Cancellation no."), ("Booking no.", "Cancellation no."), ("Ref", "Storno-Nr."),
             ("Ref", "Cancelled under")]),
           ("contract", "Contract", "active", "terminated", ["active", "terminated"],
            [("Contract no.", "Termination no."), ("Ref", "Termination ref"), ("Ref", "Kündigungs-Nr.")]),
           ("claim", "Claim", "approved", "rejected", ["approved", "rejected", "pending"],
            [("Claim no.", "Rejection no."), ("Ref", "Refusal ref")]),
           ("payment", "Payment", "paid", "refunded", ["paid", "refunded"],
            [("Payment no.", "Refund no."), ("Ref", "Refund ref")]),
           ("account", "Account", "active", "inactive", ["active", "inactive"],
            [("Ref", "Deactivation no."), ("Account no.", "Closed account ref")])]


def r187_part8():
    j = 0
    for (key, label, bv, av, vals, swaps) in r187_P8:
        for (fname, msch) in (("plain", {"type": "string"}), ("anyOf", {"anyOf": [{"const": x} for x in vals]}),
                              ("enum", {"type": "string", "enum": vals})):
            sch = S({"name": "string", key: msch})
            sch2 = S({"name": "string", "room": "string", key: msch})
            ins = "Extract name and %s as JSON." % key
            ins2 = "Extract name, room and %s as JSON." % key
            for (l0, l1) in swaps:
                for cont in ("L", "O"):
                    for rep in range(2):
                        j += 1
                        nm = r187_nm()
                        n = r187_n()
                        st = "%s: %s" % (label, bv)
                        b = r187_rec(cont, nm, [st, "%s: %s" % (l0, n)])
                        v = r187_rec(cont, nm, [st, "%s: %s" % (l1, n)])
                        r187_add("base", "d187-cg-b-%d-%s" % (j, cont), "r187_cg_base", ins + "\n\n" + b, sch,
                                 {"name": nm, key: bv}, [{"name": nm, key: bv}])
                        r187_add("pair", "d187-cg-v-%d-%s" % (j, cont), "r187_cg", ins + "\n\n" + v, sch,
                                 {"name": nm, key: av}, [{"name": nm, key: av}])
                        nm4 = r187_nm()
                        r1, r2 = "R%d" % R.randint(100, 499), "R%d" % R.randint(500, 899)
                        b2 = r187_rec(cont, nm4, ["Room: %s" % r1, st])
                        v2 = r187_rec(cont, nm4, ["Room: %s" % r2, st, "%s: %s" % (l1, n)])
                        r187_add("base", "d187-pk-b-%d-%s" % (j, cont), "r187_pk_base", ins2 + "\n\n" + b2, sch2,
                                 {"name": nm4, "room": r1, key: bv}, [{"name": nm4, "room": r1, key: bv}])
                        r187_add("pair", "d187-pk-v-%d-%s" % (j, cont), "r187_pk", ins2 + "\n\n" + v2, sch2,
                                 {"name": nm4, "room": r2, key: av}, [{"name": nm4, "room": r2, key: av}])


r187_part8()

# ---------------------------------------------------------------- what got through (confirmed alone: see the docstring)
r187_found_alone = set(['d187-an-s-1-L', 'd187-an-s-127-L', 'd187-an-s-130-O', 'd187-an-s-235-L', 'd187-an-s-238-O', 'd187-an-s-25-L', 'd187-an-s-28-O', 'd187-an-s-283-L', 'd187-an-s-286-O', 'd187-an-s-301-L', 'd187-an-s-304-O', 'd187-an-s-4-O', 'd187-an-v-1-L', 'd187-an-v-2-L', 'd187-an-v-235-L', 'd187-an-v-236-L', 'd187-an-v-237-L', 'd187-an-v-238-O', 'd187-an-v-239-O', 'd187-an-v-240-O', 'd187-an-v-3-L', 'd187-an-v-301-L', 'd187-an-v-302-L', 'd187-an-v-303-L', 'd187-an-v-304-O', 'd187-an-v-305-O', 'd187-an-v-306-O', 'd187-an-v-4-O', 'd187-an-v-5-O', 'd187-an-v-6-O', 'd187-at-s-1-L', 'd187-at-s-105-L', 'd187-at-s-106-L', 'd187-at-s-107-O', 'd187-at-s-108-O', 'd187-at-s-113-L', 'd187-at-s-114-L', 'd187-at-s-115-O', 'd187-at-s-116-O', 'd187-at-s-117-L', 'd187-at-s-118-L', 'd187-at-s-119-O', 'd187-at-s-120-O', 'd187-at-s-13-L', 'd187-at-s-133-L', 'd187-at-s-134-L', 'd187-at-s-135-O', 'd187-at-s-136-O', 'd187-at-s-137-L', 'd187-at-s-138-L', 'd187-at-s-139-O', 'd187-at-s-14-L', 'd187-at-s-140-O', 'd187-at-s-141-L', 'd187-at-s-142-L', 'd187-at-s-143-O', 'd187-at-s-144-O', 'd187-at-s-15-O', 'd187-at-s-16-O', 'd187-at-s-161-L', 'd187-at-s-162-L', 'd187-at-s-163-O', 'd187-at-s-164-O', 'd187-at-s-2-L', 'd187-at-s-3-O', 'd187-at-s-4-O', 'd187-at-s-5-L', 'd187-at-s-6-L', 'd187-at-s-7-O', 'd187-at-s-8-O', 'd187-at-v-1-L', 'd187-at-v-105-L', 'd187-at-v-106-L', 'd187-at-v-107-O', 'd187-at-v-108-O', 'd187-at-v-113-L', 'd187-at-v-114-L', 'd187-at-v-115-O', 'd187-at-v-116-O', 'd187-at-v-117-L', 'd187-at-v-118-L', 'd187-at-v-119-O', 'd187-at-v-120-O', 'd187-at-v-13-L', 'd187-at-v-133-L', 'd187-at-v-134-L', 'd187-at-v-135-O', 'd187-at-v-136-O', 'd187-at-v-137-L', 'd187-at-v-138-L', 'd187-at-v-139-O', 'd187-at-v-14-L', 'd187-at-v-140-O', 'd187-at-v-141-L', 'd187-at-v-142-L', 'd187-at-v-143-O', 'd187-at-v-144-O', 'd187-at-v-15-O', 'd187-at-v-16-O', 'd187-at-v-162-L', 'd187-at-v-163-O', 'd187-at-v-164-O', 'd187-at-v-2-L', 'd187-at-v-3-O', 'd187-at-v-4-O', 'd187-at-v-5-L', 'd187-at-v-6-L', 'd187-at-v-7-O', 'd187-at-v-8-O', 'd187-cg-v-1-L', 'd187-cg-v-10-L', 'd187-cg-v-100-O', 'd187-cg-v-109-L', 'd187-cg-v-11-O', 'd187-cg-v-110-L', 'd187-cg-v-112-O', 'd187-cg-v-113-L', 'd187-cg-v-114-L', 'd187-cg-v-115-O', 'd187-cg-v-116-O', 'd187-cg-v-117-L', 'd187-cg-v-118-L', 'd187-cg-v-12-O', 'd187-cg-v-121-L', 'd187-cg-v-122-L', 'd187-cg-v-123-O', 'd187-cg-v-124-O', 'd187-cg-v-13-L', 'd187-cg-v-133-L', 'd187-cg-v-134-L', 'd187-cg-v-135-O', 'd187-cg-v-136-O', 'd187-cg-v-14-L', 'd187-cg-v-141-L', 'd187-cg-v-142-L', 'd187-cg-v-143-O', 'd187-cg-v-144-O', 'd187-cg-v-17-L', 'd187-cg-v-18-L', 'd187-cg-v-19-O', 'd187-cg-v-2-L', 'd187-cg-v-20-O', 'd187-cg-v-21-L', 'd187-cg-v-22-L', 'd187-cg-v-23-O', 'd187-cg-v-24-O', 'd187-cg-v-25-L', 'd187-cg-v-26-L', 'd187-cg-v-27-O', 'd187-cg-v-28-O', 'd187-cg-v-29-L', 'd187-cg-v-3-O', 'd187-cg-v-30-L', 'd187-cg-v-4-O', 'd187-cg-v-49-L', 'd187-cg-v-5-L', 'd187-cg-v-50-L', 'd187-cg-v-51-O', 'd187-cg-v-52-O', 'd187-cg-v-53-L', 'd187-cg-v-54-L', 'd187-cg-v-55-O', 'd187-cg-v-56-O', 'd187-cg-v-57-L', 'd187-cg-v-58-L', 'd187-cg-v-59-O', 'd187-cg-v-6-L', 'd187-cg-v-60-O', 'd187-cg-v-61-L', 'd187-cg-v-62-L', 'd187-cg-v-65-L', 'd187-cg-v-66-L', 'd187-cg-v-67-O', 'd187-cg-v-68-O', 'd187-cg-v-69-L', 'd187-cg-v-7-O', 'd187-cg-v-70-L', 'd187-cg-v-71-O', 'd187-cg-v-72-O', 'd187-cg-v-8-O', 'd187-cg-v-85-L', 'd187-cg-v-86-L', 'd187-cg-v-87-O', 'd187-cg-v-88-O', 'd187-cg-v-89-L', 'd187-cg-v-9-L', 'd187-cg-v-90-L', 'd187-cg-v-91-O', 'd187-cg-v-92-O', 'd187-cg-v-94-L', 'd187-cg-v-95-O', 'd187-cg-v-96-O', 'd187-cg-v-97-L', 'd187-cg-v-98-L', 'd187-cg-v-99-O', 'd187-pk-v-1-L', 'd187-pk-v-10-L', 'd187-pk-v-109-L', 'd187-pk-v-110-L', 'd187-pk-v-113-L', 'd187-pk-v-114-L', 'd187-pk-v-117-L', 'd187-pk-v-118-L', 'd187-pk-v-121-L', 'd187-pk-v-122-L', 'd187-pk-v-13-L', 'd187-pk-v-133-L', 'd187-pk-v-134-L', 'd187-pk-v-14-L', 'd187-pk-v-141-L', 'd187-pk-v-142-L', 'd187-pk-v-17-L', 'd187-pk-v-18-L', 'd187-pk-v-2-L', 'd187-pk-v-21-L', 'd187-pk-v-22-L', 'd187-pk-v-25-L', 'd187-pk-v-26-L', 'd187-pk-v-29-L', 'd187-pk-v-30-L', 'd187-pk-v-49-L', 'd187-pk-v-5-L', 'd187-pk-v-50-L', 'd187-pk-v-53-L', 'd187-pk-v-54-L', 'd187-pk-v-57-L', 'd187-pk-v-58-L', 'd187-pk-v-6-L', 'd187-pk-v-61-L', 'd187-pk-v-62-L', 'd187-pk-v-65-L', 'd187-pk-v-66-L', 'd187-pk-v-69-L', 'd187-pk-v-70-L', 'd187-pk-v-85-L', 'd187-pk-v-86-L', 'd187-pk-v-89-L', 'd187-pk-v-9-L', 'd187-pk-v-90-L', 'd187-pk-v-93-L', 'd187-pk-v-94-L', 'd187-pk-v-97-L', 'd187-pk-v-98-L', 'd187-sm-s-1-L', 'd187-sm-s-1045-L', 'd187-sm-s-161-L', 'd187-sm-s-165-L', 'd187-sm-s-621-L', 'd187-sm-s-625-L', 'd187-sm-s-761-L', 'd187-sm-s-765-L', 'd187-sm-s-861-L', 'd187-sm-s-865-L', 'd187-sm-s-965-L', 'd187-sm-v-1-L', 'd187-sm-v-1042-O', 'd187-sm-v-1045-L', 'd187-sm-v-161-L', 'd187-sm-v-165-L', 'd187-sm-v-2-O', 'd187-sm-v-625-L', 'd187-sm-v-626-O', 'd187-sm-v-761-L', 'd187-sm-v-762-O', 'd187-sm-v-861-L', 'd187-sm-v-862-O', 'd187-sm-v-865-L', 'd187-st-s-1-L', 'd187-st-s-1089-L', 'd187-st-s-1091-L', 'd187-st-s-1093-L', 'd187-st-s-1095-L', 'd187-st-s-1097-L', 'd187-st-s-1099-L', 'd187-st-s-11-L', 'd187-st-s-1101-L', 'd187-st-s-1103-L', 'd187-st-s-1105-L', 'd187-st-s-1107-L', 'd187-st-s-1109-L', 'd187-st-s-1111-L', 'd187-st-s-1113-L', 'd187-st-s-1115-L', 'd187-st-s-1117-L', 'd187-st-s-1119-L', 'd187-st-s-1121-L', 'd187-st-s-1123-L', 'd187-st-s-1125-L', 'd187-st-s-1127-L', 'd187-st-s-1129-L', 'd187-st-s-1131-L', 'd187-st-s-1133-L', 'd187-st-s-1135-L', 'd187-st-s-1185-L', 'd187-st-s-1187-L', 'd187-st-s-1189-L', 'd187-st-s-1191-L', 'd187-st-s-1193-L', 'd187-st-s-1195-L', 'd187-st-s-1197-L', 'd187-st-s-1199-L', 'd187-st-s-1201-L', 'd187-st-s-1203-L', 'd187-st-s-1205-L', 'd187-st-s-1207-L', 'd187-st-s-1209-L', 'd187-st-s-1211-L', 'd187-st-s-1213-L', 'd187-st-s-1215-L', 'd187-st-s-1217-L', 'd187-st-s-1219-L', 'd187-st-s-1221-L', 'd187-st-s-1223-L', 'd187-st-s-1265-L', 'd187-st-s-1267-L', 'd187-st-s-1271-L', 'd187-st-s-1273-L', 'd187-st-s-1275-L', 'd187-st-s-1277-L', 'd187-st-s-1279-L', 'd187-st-s-1281-L', 'd187-st-s-1283-L', 'd187-st-s-1287-L', 'd187-st-s-1289-L', 'd187-st-s-129-L', 'd187-st-s-1291-L', 'd187-st-s-1293-L', 'd187-st-s-1295-L', 'd187-st-s-1297-L', 'd187-st-s-1299-L', 'd187-st-s-13-L', 'd187-st-s-1303-L', 'd187-st-s-1305-L', 'd187-st-s-1307-L', 'd187-st-s-1309-L', 'd187-st-s-131-L', 'd187-st-s-1311-L', 'd187-st-s-1313-L', 'd187-st-s-1315-L', 'd187-st-s-1319-L', 'd187-st-s-1321-L', 'd187-st-s-1323-L', 'd187-st-s-1325-L', 'd187-st-s-1327-L', 'd187-st-s-135-L', 'd187-st-s-137-L', 'd187-st-s-139-L', 'd187-st-s-141-L', 'd187-st-s-143-L', 'd187-st-s-145-L', 'd187-st-s-147-L', 'd187-st-s-15-L', 'd187-st-s-151-L', 'd187-st-s-153-L', 'd187-st-s-155-L', 'd187-st-s-157-L', 'd187-st-s-159-L', 'd187-st-s-161-L', 'd187-st-s-163-L', 'd187-st-s-167-L', 'd187-st-s-169-L', 'd187-st-s-17-L', 'd187-st-s-171-L', 'd187-st-s-173-L', 'd187-st-s-175-L', 'd187-st-s-177-L', 'd187-st-s-179-L', 'd187-st-s-183-L', 'd187-st-s-185-L', 'd187-st-s-187-L', 'd187-st-s-189-L', 'd187-st-s-19-L', 'd187-st-s-191-L', 'd187-st-s-23-L', 'd187-st-s-25-L', 'd187-st-s-27-L', 'd187-st-s-29-L', 'd187-st-s-3-L', 'd187-st-s-31-L', 'd187-st-s-33-L', 'd187-st-s-35-L', 'd187-st-s-389-L', 'd187-st-s-39-L', 'd187-st-s-391-L', 'd187-st-s-397-L', 'd187-st-s-399-L', 'd187-st-s-405-L', 'd187-st-s-407-L', 'd187-st-s-41-L', 'd187-st-s-413-L', 'd187-st-s-415-L', 'd187-st-s-43-L', 'd187-st-s-45-L', 'd187-st-s-47-L', 'd187-st-s-497-L', 'd187-st-s-499-L', 'd187-st-s-501-L', 'd187-st-s-503-L', 'd187-st-s-505-L', 'd187-st-s-507-L', 'd187-st-s-509-L', 'd187-st-s-51-L', 'd187-st-s-511-L', 'd187-st-s-513-L', 'd187-st-s-515-L', 'd187-st-s-517-L', 'd187-st-s-519-L', 'd187-st-s-521-L', 'd187-st-s-523-L', 'd187-st-s-525-L', 'd187-st-s-527-L', 'd187-st-s-529-L', 'd187-st-s-531-L', 'd187-st-s-533-L', 'd187-st-s-535-L', 'd187-st-s-537-L', 'd187-st-s-539-L', 'd187-st-s-541-L', 'd187-st-s-543-L', 'd187-st-s-55-L', 'd187-st-s-57-L', 'd187-st-s-59-L', 'd187-st-s-593-L', 'd187-st-s-595-L', 'd187-st-s-597-L', 'd187-st-s-599-L', 'd187-st-s-601-L', 'd187-st-s-603-L', 'd187-st-s-605-L', 'd187-st-s-607-L', 'd187-st-s-609-L', 'd187-st-s-61-L', 'd187-st-s-611-L', 'd187-st-s-613-L', 'd187-st-s-615-L', 'd187-st-s-617-L', 'd187-st-s-619-L', 'd187-st-s-621-L', 'd187-st-s-623-L', 'd187-st-s-625-L', 'd187-st-s-627-L', 'd187-st-s-629-L', 'd187-st-s-63-L', 'd187-st-s-631-L', 'd187-st-s-633-L', 'd187-st-s-635-L', 'd187-st-s-637-L', 'd187-st-s-639-L', 'd187-st-s-7-L', 'd187-st-s-753-L', 'd187-st-s-755-L', 'd187-st-s-759-L', 'd187-st-s-761-L', 'd187-st-s-763-L', 'd187-st-s-767-L', 'd187-st-s-769-L', 'd187-st-s-771-L', 'd187-st-s-775-L', 'd187-st-s-777-L', 'd187-st-s-779-L', 'd187-st-s-783-L', 'd187-st-s-817-L', 'd187-st-s-819-L', 'd187-st-s-821-L', 'd187-st-s-823-L', 'd187-st-s-825-L', 'd187-st-s-827-L', 'd187-st-s-829-L', 'd187-st-s-831-L', 'd187-st-s-833-L', 'd187-st-s-835-L', 'd187-st-s-837-L', 'd187-st-s-839-L', 'd187-st-s-841-L', 'd187-st-s-843-L', 'd187-st-s-845-L', 'd187-st-s-847-L', 'd187-st-s-849-L', 'd187-st-s-851-L', 'd187-st-s-853-L', 'd187-st-s-855-L', 'd187-st-s-897-L', 'd187-st-s-899-L', 'd187-st-s-9-L', 'd187-st-s-901-L', 'd187-st-s-903-L', 'd187-st-s-905-L', 'd187-st-s-907-L', 'd187-st-s-909-L', 'd187-st-s-911-L', 'd187-st-s-913-L', 'd187-st-s-915-L', 'd187-st-s-917-L', 'd187-st-s-919-L', 'd187-st-s-945-L', 'd187-st-s-949-L', 'd187-st-s-953-L', 'd187-st-s-957-L', 'd187-st-s-961-L', 'd187-st-s-965-L', 'd187-st-s-969-L', 'd187-st-s-973-L', 'd187-st-v-1-L', 'd187-st-v-1089-L', 'd187-st-v-1090-O', 'd187-st-v-1091-L', 'd187-st-v-1092-O', 'd187-st-v-1093-L', 'd187-st-v-1094-O', 'd187-st-v-1095-L', 'd187-st-v-1097-L', 'd187-st-v-1098-O', 'd187-st-v-1099-L', 'd187-st-v-11-L', 'd187-st-v-1100-O', 'd187-st-v-1101-L', 'd187-st-v-1103-L', 'd187-st-v-1104-O', 'd187-st-v-1105-L', 'd187-st-v-1106-O', 'd187-st-v-1107-L', 'd187-st-v-1109-L', 'd187-st-v-1111-L', 'd187-st-v-1113-L', 'd187-st-v-1115-L', 'd187-st-v-1116-O', 'd187-st-v-1117-L', 'd187-st-v-1118-O', 'd187-st-v-1119-L', 'd187-st-v-1121-L', 'd187-st-v-1123-L', 'd187-st-v-1124-O', 'd187-st-v-1125-L', 'd187-st-v-1126-O', 'd187-st-v-1127-L', 'd187-st-v-1128-O', 'd187-st-v-1129-L', 'd187-st-v-1130-O', 'd187-st-v-1131-L', 'd187-st-v-1132-O', 'd187-st-v-1133-L', 'd187-st-v-1134-O', 'd187-st-v-1135-L', 'd187-st-v-1185-L', 'd187-st-v-1186-O', 'd187-st-v-1187-L', 'd187-st-v-1188-O', 'd187-st-v-1189-L', 'd187-st-v-1191-L', 'd187-st-v-1193-L', 'd187-st-v-1195-L', 'd187-st-v-1196-O', 'd187-st-v-1197-L', 'd187-st-v-1198-O', 'd187-st-v-1199-L', 'd187-st-v-12-O', 'd187-st-v-1201-L', 'd187-st-v-1202-O', 'd187-st-v-1203-L', 'd187-st-v-1204-O', 'd187-st-v-1205-L', 'd187-st-v-1206-O', 'd187-st-v-1207-L', 'd187-st-v-1209-L', 'd187-st-v-1211-L', 'd187-st-v-1212-O', 'd187-st-v-1213-L', 'd187-st-v-1214-O', 'd187-st-v-1215-L', 'd187-st-v-1216-O', 'd187-st-v-1217-L', 'd187-st-v-1218-O', 'd187-st-v-1219-L', 'd187-st-v-1221-L', 'd187-st-v-1223-L', 'd187-st-v-1265-L', 'd187-st-v-1266-O', 'd187-st-v-1267-L', 'd187-st-v-1268-O', 'd187-st-v-1271-L', 'd187-st-v-1273-L', 'd187-st-v-1275-L', 'd187-st-v-1277-L', 'd187-st-v-1279-L', 'd187-st-v-1281-L', 'd187-st-v-1282-O', 'd187-st-v-1283-L', 'd187-st-v-1284-O', 'd187-st-v-1287-L', 'd187-st-v-1289-L', 'd187-st-v-129-L', 'd187-st-v-1291-L', 'd187-st-v-1293-L', 'd187-st-v-1294-O', 'd187-st-v-1295-L', 'd187-st-v-1296-O', 'd187-st-v-1297-L', 'd187-st-v-1298-O', 'd187-st-v-1299-L', 'd187-st-v-13-L', 'd187-st-v-130-O', 'd187-st-v-1300-O', 'd187-st-v-1303-L', 'd187-st-v-1305-L', 'd187-st-v-1307-L', 'd187-st-v-1309-L', 'd187-st-v-131-L', 'd187-st-v-1311-L', 'd187-st-v-1312-O', 'd187-st-v-1313-L', 'd187-st-v-1314-O', 'd187-st-v-1315-L', 'd187-st-v-1316-O', 'd187-st-v-1319-L', 'd187-st-v-132-O', 'd187-st-v-1321-L', 'd187-st-v-1323-L', 'd187-st-v-1325-L', 'd187-st-v-1327-L', 'd187-st-v-135-L', 'd187-st-v-137-L', 'd187-st-v-139-L', 'd187-st-v-14-O', 'd187-st-v-141-L', 'd187-st-v-142-O', 'd187-st-v-143-L', 'd187-st-v-144-O', 'd187-st-v-145-L', 'd187-st-v-146-O', 'd187-st-v-147-L', 'd187-st-v-148-O', 'd187-st-v-15-L', 'd187-st-v-151-L', 'd187-st-v-152-O', 'd187-st-v-153-L', 'd187-st-v-155-L', 'd187-st-v-157-L', 'd187-st-v-159-L', 'd187-st-v-161-L', 'd187-st-v-162-O', 'd187-st-v-163-L', 'd187-st-v-164-O', 'd187-st-v-167-L', 'd187-st-v-169-L', 'd187-st-v-17-L', 'd187-st-v-171-L', 'd187-st-v-173-L', 'd187-st-v-175-L', 'd187-st-v-176-O', 'd187-st-v-177-L', 'd187-st-v-178-O', 'd187-st-v-179-L', 'd187-st-v-18-O', 'd187-st-v-180-O', 'd187-st-v-183-L', 'd187-st-v-185-L', 'd187-st-v-187-L', 'd187-st-v-189-L', 'd187-st-v-19-L', 'd187-st-v-191-L', 'd187-st-v-192-O', 'd187-st-v-2-O', 'd187-st-v-20-O', 'd187-st-v-23-L', 'd187-st-v-25-L', 'd187-st-v-27-L', 'd187-st-v-29-L', 'd187-st-v-3-L', 'd187-st-v-31-L', 'd187-st-v-32-O', 'd187-st-v-33-L', 'd187-st-v-34-O', 'd187-st-v-35-L', 'd187-st-v-36-O', 'd187-st-v-389-L', 'd187-st-v-39-L', 'd187-st-v-390-O', 'd187-st-v-391-L', 'd187-st-v-392-O', 'd187-st-v-397-L', 'd187-st-v-398-O', 'd187-st-v-399-L', 'd187-st-v-4-O', 'd187-st-v-40-O', 'd187-st-v-400-O', 'd187-st-v-405-L', 'd187-st-v-406-O', 'd187-st-v-407-L', 'd187-st-v-408-O', 'd187-st-v-41-L', 'd187-st-v-413-L', 'd187-st-v-414-O', 'd187-st-v-415-L', 'd187-st-v-416-O', 'd187-st-v-43-L', 'd187-st-v-45-L', 'd187-st-v-47-L', 'd187-st-v-49-L', 'd187-st-v-497-L', 'd187-st-v-498-O', 'd187-st-v-499-L', 'd187-st-v-50-O', 'd187-st-v-500-O', 'd187-st-v-501-L', 'd187-st-v-502-O', 'd187-st-v-503-L', 'd187-st-v-504-O', 'd187-st-v-505-L', 'd187-st-v-507-L', 'd187-st-v-509-L', 'd187-st-v-51-L', 'd187-st-v-511-L', 'd187-st-v-512-O', 'd187-st-v-513-L', 'd187-st-v-514-O', 'd187-st-v-515-L', 'd187-st-v-517-L', 'd187-st-v-519-L', 'd187-st-v-52-O', 'd187-st-v-520-O', 'd187-st-v-521-L', 'd187-st-v-522-O', 'd187-st-v-523-L', 'd187-st-v-524-O', 'd187-st-v-525-L', 'd187-st-v-526-O', 'd187-st-v-527-L', 'd187-st-v-528-O', 'd187-st-v-529-L', 'd187-st-v-530-O', 'd187-st-v-531-L', 'd187-st-v-532-O', 'd187-st-v-533-L', 'd187-st-v-534-O', 'd187-st-v-535-L', 'd187-st-v-536-O', 'd187-st-v-537-L', 'd187-st-v-538-O', 'd187-st-v-539-L', 'd187-st-v-541-L', 'd187-st-v-542-O', 'd187-st-v-543-L', 'd187-st-v-55-L', 'd187-st-v-57-L', 'd187-st-v-59-L', 'd187-st-v-593-L', 'd187-st-v-594-O', 'd187-st-v-595-L', 'd187-st-v-596-O', 'd187-st-v-597-L', 'd187-st-v-598-O', 'd187-st-v-599-L', 'd187-st-v-601-L', 'd187-st-v-603-L', 'd187-st-v-604-O', 'd187-st-v-605-L', 'd187-st-v-607-L', 'd187-st-v-608-O', 'd187-st-v-609-L', 'd187-st-v-61-L', 'd187-st-v-610-O', 'd187-st-v-611-L', 'd187-st-v-613-L', 'd187-st-v-615-L', 'd187-st-v-616-O', 'd187-st-v-617-L', 'd187-st-v-618-O', 'd187-st-v-619-L', 'd187-st-v-62-O', 'd187-st-v-620-O', 'd187-st-v-621-L', 'd187-st-v-622-O', 'd187-st-v-623-L', 'd187-st-v-625-L', 'd187-st-v-626-O', 'd187-st-v-627-L', 'd187-st-v-628-O', 'd187-st-v-629-L', 'd187-st-v-63-L', 'd187-st-v-630-O', 'd187-st-v-631-L', 'd187-st-v-632-O', 'd187-st-v-633-L', 'd187-st-v-634-O', 'd187-st-v-635-L', 'd187-st-v-637-L', 'd187-st-v-638-O', 'd187-st-v-639-L', 'd187-st-v-64-O', 'd187-st-v-640-O', 'd187-st-v-7-L', 'd187-st-v-753-L', 'd187-st-v-754-O', 'd187-st-v-755-L', 'd187-st-v-756-O', 'd187-st-v-759-L', 'd187-st-v-760-O', 'd187-st-v-761-L', 'd187-st-v-762-O', 'd187-st-v-763-L', 'd187-st-v-764-O', 'd187-st-v-767-L', 'd187-st-v-769-L', 'd187-st-v-770-O', 'd187-st-v-771-L', 'd187-st-v-772-O', 'd187-st-v-775-L', 'd187-st-v-777-L', 'd187-st-v-778-O', 'd187-st-v-779-L', 'd187-st-v-780-O', 'd187-st-v-783-L', 'd187-st-v-784-O', 'd187-st-v-8-O', 'd187-st-v-817-L', 'd187-st-v-818-O', 'd187-st-v-819-L', 'd187-st-v-820-O', 'd187-st-v-821-L', 'd187-st-v-823-L', 'd187-st-v-825-L', 'd187-st-v-826-O', 'd187-st-v-827-L', 'd187-st-v-828-O', 'd187-st-v-829-L', 'd187-st-v-830-O', 'd187-st-v-831-L', 'd187-st-v-833-L', 'd187-st-v-835-L', 'd187-st-v-836-O', 'd187-st-v-837-L', 'd187-st-v-838-O', 'd187-st-v-839-L', 'd187-st-v-840-O', 'd187-st-v-841-L', 'd187-st-v-843-L', 'd187-st-v-845-L', 'd187-st-v-847-L', 'd187-st-v-848-O', 'd187-st-v-849-L', 'd187-st-v-850-O', 'd187-st-v-851-L', 'd187-st-v-853-L', 'd187-st-v-855-L', 'd187-st-v-897-L', 'd187-st-v-898-O', 'd187-st-v-899-L', 'd187-st-v-9-L', 'd187-st-v-900-O', 'd187-st-v-901-L', 'd187-st-v-902-O', 'd187-st-v-903-L', 'd187-st-v-904-O', 'd187-st-v-905-L', 'd187-st-v-906-O', 'd187-st-v-907-L', 'd187-st-v-908-O', 'd187-st-v-909-L', 'd187-st-v-910-O', 'd187-st-v-911-L', 'd187-st-v-912-O', 'd187-st-v-913-L', 'd187-st-v-914-O', 'd187-st-v-915-L', 'd187-st-v-916-O', 'd187-st-v-917-L', 'd187-st-v-918-O', 'd187-st-v-919-L', 'd187-st-v-920-O', 'd187-st-v-945-L', 'd187-st-v-946-O', 'd187-st-v-949-L', 'd187-st-v-953-L', 'd187-st-v-954-O', 'd187-st-v-957-L', 'd187-st-v-961-L', 'd187-st-v-962-O', 'd187-st-v-965-L', 'd187-st-v-969-L', 'd187-st-v-970-O', 'd187-st-v-973-L'])
r187_arguable = set(['d187-an-s-1-L', 'd187-an-s-127-L', 'd187-an-s-130-O', 'd187-an-s-235-L', 'd187-an-s-238-O', 'd187-an-s-25-L', 'd187-an-s-28-O', 'd187-an-s-283-L', 'd187-an-s-286-O', 'd187-an-s-301-L', 'd187-an-s-304-O', 'd187-an-s-4-O', 'd187-an-v-1-L', 'd187-an-v-2-L', 'd187-an-v-235-L', 'd187-an-v-236-L', 'd187-an-v-237-L', 'd187-an-v-238-O', 'd187-an-v-239-O', 'd187-an-v-240-O', 'd187-an-v-3-L', 'd187-an-v-301-L', 'd187-an-v-302-L', 'd187-an-v-303-L', 'd187-an-v-304-O', 'd187-an-v-305-O', 'd187-an-v-306-O', 'd187-an-v-4-O', 'd187-an-v-5-O', 'd187-an-v-6-O', 'd187-at-s-1-L', 'd187-at-s-105-L', 'd187-at-s-106-L', 'd187-at-s-107-O', 'd187-at-s-108-O', 'd187-at-s-113-L', 'd187-at-s-114-L', 'd187-at-s-115-O', 'd187-at-s-116-O', 'd187-at-s-117-L', 'd187-at-s-118-L', 'd187-at-s-119-O', 'd187-at-s-120-O', 'd187-at-s-13-L', 'd187-at-s-133-L', 'd187-at-s-134-L', 'd187-at-s-135-O', 'd187-at-s-136-O', 'd187-at-s-137-L', 'd187-at-s-138-L', 'd187-at-s-139-O', 'd187-at-s-14-L', 'd187-at-s-140-O', 'd187-at-s-141-L', 'd187-at-s-142-L', 'd187-at-s-143-O', 'd187-at-s-144-O', 'd187-at-s-15-O', 'd187-at-s-16-O', 'd187-at-s-161-L', 'd187-at-s-162-L', 'd187-at-s-163-O', 'd187-at-s-164-O', 'd187-at-s-2-L', 'd187-at-s-3-O', 'd187-at-s-4-O', 'd187-at-s-5-L', 'd187-at-s-6-L', 'd187-at-s-7-O', 'd187-at-s-8-O', 'd187-at-v-1-L', 'd187-at-v-105-L', 'd187-at-v-106-L', 'd187-at-v-107-O', 'd187-at-v-108-O', 'd187-at-v-113-L', 'd187-at-v-114-L', 'd187-at-v-115-O', 'd187-at-v-116-O', 'd187-at-v-117-L', 'd187-at-v-118-L', 'd187-at-v-119-O', 'd187-at-v-120-O', 'd187-at-v-13-L', 'd187-at-v-133-L', 'd187-at-v-134-L', 'd187-at-v-135-O', 'd187-at-v-136-O', 'd187-at-v-137-L', 'd187-at-v-138-L', 'd187-at-v-139-O', 'd187-at-v-14-L', 'd187-at-v-140-O', 'd187-at-v-141-L', 'd187-at-v-142-L', 'd187-at-v-143-O', 'd187-at-v-144-O', 'd187-at-v-15-O', 'd187-at-v-16-O', 'd187-at-v-162-L', 'd187-at-v-163-O', 'd187-at-v-164-O', 'd187-at-v-2-L', 'd187-at-v-3-O', 'd187-at-v-4-O', 'd187-at-v-5-L', 'd187-at-v-6-L', 'd187-at-v-7-O', 'd187-at-v-8-O', 'd187-sm-s-165-L', 'd187-sm-s-625-L', 'd187-sm-s-761-L', 'd187-sm-s-865-L', 'd187-sm-v-1042-O', 'd187-sm-v-165-L', 'd187-sm-v-625-L', 'd187-sm-v-626-O', 'd187-sm-v-761-L', 'd187-sm-v-865-L', 'd187-st-s-1097-L', 'd187-st-s-1099-L', 'd187-st-s-1109-L', 'd187-st-s-1111-L', 'd187-st-s-1121-L', 'd187-st-s-1123-L', 'd187-st-s-1133-L', 'd187-st-s-1135-L', 'd187-st-s-1191-L', 'd187-st-s-1193-L', 'd187-st-s-1201-L', 'd187-st-s-1203-L', 'd187-st-s-1211-L', 'd187-st-s-1213-L', 'd187-st-s-1221-L', 'd187-st-s-1223-L', 'd187-st-s-1277-L', 'd187-st-s-1279-L', 'd187-st-s-1293-L', 'd187-st-s-1295-L', 'd187-st-s-13-L', 'd187-st-s-1309-L', 'd187-st-s-1311-L', 'd187-st-s-1325-L', 'd187-st-s-1327-L', 'd187-st-s-141-L', 'd187-st-s-143-L', 'd187-st-s-15-L', 'd187-st-s-157-L', 'd187-st-s-159-L', 'd187-st-s-173-L', 'd187-st-s-175-L', 'd187-st-s-189-L', 'd187-st-s-191-L', 'd187-st-s-29-L', 'd187-st-s-31-L', 'd187-st-s-391-L', 'd187-st-s-399-L', 'd187-st-s-407-L', 'd187-st-s-415-L', 'd187-st-s-45-L', 'd187-st-s-47-L', 'd187-st-s-505-L', 'd187-st-s-507-L', 'd187-st-s-517-L', 'd187-st-s-519-L', 'd187-st-s-529-L', 'd187-st-s-531-L', 'd187-st-s-541-L', 'd187-st-s-543-L', 'd187-st-s-601-L', 'd187-st-s-603-L', 'd187-st-s-61-L', 'd187-st-s-613-L', 'd187-st-s-615-L', 'd187-st-s-625-L', 'd187-st-s-627-L', 'd187-st-s-63-L', 'd187-st-s-637-L', 'd187-st-s-639-L', 'd187-st-s-759-L', 'd187-st-s-767-L', 'd187-st-s-775-L', 'd187-st-s-783-L', 'd187-st-s-825-L', 'd187-st-s-835-L', 'd187-st-s-845-L', 'd187-st-s-855-L', 'd187-st-s-901-L', 'd187-st-s-907-L', 'd187-st-s-913-L', 'd187-st-s-919-L', 'd187-st-v-1097-L', 'd187-st-v-1098-O', 'd187-st-v-1099-L', 'd187-st-v-1100-O', 'd187-st-v-1109-L', 'd187-st-v-1111-L', 'd187-st-v-1121-L', 'd187-st-v-1123-L', 'd187-st-v-1124-O', 'd187-st-v-1133-L', 'd187-st-v-1134-O', 'd187-st-v-1135-L', 'd187-st-v-1191-L', 'd187-st-v-1193-L', 'd187-st-v-1201-L', 'd187-st-v-1202-O', 'd187-st-v-1203-L', 'd187-st-v-1204-O', 'd187-st-v-1211-L', 'd187-st-v-1212-O', 'd187-st-v-1213-L', 'd187-st-v-1214-O', 'd187-st-v-1221-L', 'd187-st-v-1223-L', 'd187-st-v-1277-L', 'd187-st-v-1279-L', 'd187-st-v-1293-L', 'd187-st-v-1294-O', 'd187-st-v-1295-L', 'd187-st-v-1296-O', 'd187-st-v-13-L', 'd187-st-v-1309-L', 'd187-st-v-1311-L', 'd187-st-v-1312-O', 'd187-st-v-1325-L', 'd187-st-v-1327-L', 'd187-st-v-14-O', 'd187-st-v-141-L', 'd187-st-v-142-O', 'd187-st-v-143-L', 'd187-st-v-144-O', 'd187-st-v-15-L', 'd187-st-v-157-L', 'd187-st-v-159-L', 'd187-st-v-173-L', 'd187-st-v-175-L', 'd187-st-v-176-O', 'd187-st-v-189-L', 'd187-st-v-191-L', 'd187-st-v-192-O', 'd187-st-v-29-L', 'd187-st-v-31-L', 'd187-st-v-32-O', 'd187-st-v-391-L', 'd187-st-v-392-O', 'd187-st-v-399-L', 'd187-st-v-400-O', 'd187-st-v-407-L', 'd187-st-v-408-O', 'd187-st-v-415-L', 'd187-st-v-416-O', 'd187-st-v-45-L', 'd187-st-v-47-L', 'd187-st-v-505-L', 'd187-st-v-507-L', 'd187-st-v-517-L', 'd187-st-v-519-L', 'd187-st-v-520-O', 'd187-st-v-529-L', 'd187-st-v-530-O', 'd187-st-v-531-L', 'd187-st-v-532-O', 'd187-st-v-541-L', 'd187-st-v-542-O', 'd187-st-v-543-L', 'd187-st-v-601-L', 'd187-st-v-603-L', 'd187-st-v-604-O', 'd187-st-v-61-L', 'd187-st-v-613-L', 'd187-st-v-615-L', 'd187-st-v-616-O', 'd187-st-v-62-O', 'd187-st-v-625-L', 'd187-st-v-626-O', 'd187-st-v-627-L', 'd187-st-v-628-O', 'd187-st-v-63-L', 'd187-st-v-637-L', 'd187-st-v-638-O', 'd187-st-v-639-L', 'd187-st-v-64-O', 'd187-st-v-640-O', 'd187-st-v-759-L', 'd187-st-v-760-O', 'd187-st-v-767-L', 'd187-st-v-775-L', 'd187-st-v-783-L', 'd187-st-v-784-O', 'd187-st-v-825-L', 'd187-st-v-826-O', 'd187-st-v-835-L', 'd187-st-v-836-O', 'd187-st-v-845-L', 'd187-st-v-855-L', 'd187-st-v-901-L', 'd187-st-v-902-O', 'd187-st-v-907-L', 'd187-st-v-908-O', 'd187-st-v-913-L', 'd187-st-v-914-O', 'd187-st-v-919-L', 'd187-st-v-920-O'])

# Trimmed for ctest (probe_kit.sample_round), stop 43: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 30th of the rest; then every arguable
# item left out.
r187_keep = r187_found_alone | {r187_i.replace("-v-", "-b-") for r187_i in r187_found_alone if "-v-" in r187_i}
from probe_kit import sample_round as r187_sample_round  # noqa: E402

r187_sample_round("d187-", r187_keep, 30, safe_every=10)
P[:] = [r187_p for r187_p in P if r187_p["id"] not in r187_arguable]
