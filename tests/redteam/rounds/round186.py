r"""Red-team round 186 (black box): WHICH RECORD -- selection by criterion, threads and quoted text.
Focus: a record picked by a property ("the customer who lives in Oslo", "the oldest passenger", "the booking that is not
  cancelled", "the only vegetarian", "the person who signed", "whoever paid last", "the cheapest offer", "the open order"),
  e-mail threads (From/To/Cc swapped, replies on top of "> " quotes, "---------- Forwarded message ---------",
  signatures below "--"), corrections later in the text ("Sorry, my number is actually ...", "Beklager, riktig city er
  ..."), "UPDATE:" lines and records repeated with one field changed, tables with a header and a totals row, records
  split over two places, role members (sender/payer/buyer/signatory) whose role moves to another person.
8,826 probes (seeded random.Random(186)): 6,532 pair probes (base + variant), 1,573 singles (--runs 2), 721 safe.
Part 1 (d186-cb/cv/cs/ck-): 9 criteria x 9 layouts (blank-line, "---", numbered, "## heading", pipe table, CSV, YAML,
  one-line "Label: v | ...", bare "a | b | c") x 1-3 instructions; variants swap two cities, change one age/date/price,
  cancel or close another record, move the "yes"; singles answer the first record. Part 2 (d186-eb/ev/es/hb/hv/hs/hk/er-):
  e-mails, sender/recipient swapped in headers and body, headers only, headers reordered (safe), a reply on top.
Part 3 (d186-qb/qv/qs/ub/uv/us/rv/rs/Qs/Qb/Qv/Pb/Pv/Qk/fb/fv/fs/Fs/Fb/Fv-): corrections, UPDATE lines, "Updated record:",
  quoted old values, forwards (the forwarder vs the original sender). Part 4 (d186-sb/sv/ss-): who signed (below "--",
  "Signed:" vs "Witness:", "Signed by Party B."). Part 5 (d186-ts/tf/tb/tv/Tb/Tv/Tk-): totals rows. Part 6 (d186-xb/xv/
  xs-): a record split across two places. Part 7 (d186-yb/yv/yk-): a long plain record (these ARE stored) with the plain
  instruction, then 29 additions that change the answer (correction, UPDATE, repeated record, quote, signature, From/To,
  second record, cancellation, forward, "NB:", "Correct phone:", "New phone:", "Actually:", strike-through, "Ignore the
  above", "(The first one is the old contact.)"...). Part 8 (d186-wb/wv-): stored role records ("Sender: A / Recipient:
  B", "Payer:", "Buyer:", "Signatory:") and 14 ways to move the role (UPDATE, a repeated label, "(old)", "Previous",
  strike, a second record with a status, a quote, "Note: the sender and the recipient are swapped above.", "Actual
  payer:", "(corrected)"). Part 9 (d186-vb/vv/vk-): the role under other labels and languages ("Paid by", "Betaler",
  "Absender", "Kjøper", "Sent by", keyed one-line records) with the people swapped, so the licensed rewrite must follow it.
HELD: everything -- 0 wrong answers from the cache in either run (full run, fresh SQLite store, --runs 2), and 0 when the
  267 ids served wrong fresh were run alone (fresh store, --runs 2: 265 wrong fresh both times, never stored).
  Nothing picked by a criterion is stored at all (every criterion instruction, even over one plain record: "customer
  who lives in Oslo", "oldest", "sender", "who signed", "not cancelled", "vegetarian", "paid last", "first", "last
  record", "active"); neither are multi-record texts, tables, CSV, YAML, e-mails with headers, quotes or forwards. What is
  stored -- plain "Label: value" records and role records -- was refused on every variant (failing fraction 1.0, or
  "instruction word ... changed", or similarity < 0.5 for short records); role swaps under other labels were rewritten
  right (reuse 5 of 5 right) or regenerated. Safe reuse is low: 24/721 (run 1), 27/721 (run 2): "Thanks!" above a
  record, headers reordered, a paraphrase ("Please extract") are never reused; only the role records with their two
  lines reordered are.
WHAT GOT THROUGH: nothing from the cache (0 clear, 0 arguable; r186_found_alone and r186_arguable are empty).
  Wrong FRESH (the model's first answer accepted, never stored; 262 in run 1, 267 in run 2, all path=skip):
  "Name: X / Booking ref: OLD / --- / Updated record: / Booking ref: NEW" -> OLD (60, only the booking_reference key);
  "City: Stavanger" then "Beklager, riktig city er Bergen." / "PS: I moved, my phone is now ..." -> the old value (49);
  "Booking ref: NEW" on top of "> Name: X / > Booking ref: OLD" -> OLD (33); "whoever paid last" -> an earlier payer (25);
  "Signed: A / Phone: pA / Witness: B" -> {"name": B, "phone": pA} (a mix: the name member's wrong value kept, 26);
  a reply from T on top of a quoted mail from M, "the sender's name" -> M (13); "Guest: A / Paid by: B" and "Gjest: A /
  Betaler: B" for the payer -> A (25); "Actual signatory: C" below "Signatory: A" -> A (8); "Correct phone:", "NB: phone
  is", "Phone (from X's second form):" below the record -> the first phone (14); "the open order"/"not cancelled" in
  numbered/YAML records -> a closed one (14).
  Right answers rejected: 5,533-5,537 per run, mostly multi-record texts ("does not say which one"), and a plain record
  holding "Booking ref: K72Q564" -- every member then "does not occur in the source text" (even the name).
Adds its probes to probe_kit.P."""
import random as r186_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

R = r186_random.Random(186)
r186_arguable = set()
r186_pairs, r186_singles, r186_safe = [], [], []
r186_seen = set()
r186_C = "bdfgklmnprstvz"
r186_V = "aeiou"
r186_FIRST = ["Ola", "Kari", "Jonas", "Ingrid", "Lars", "Siri", "Anders", "Marte", "Erik", "Nora", "Tobias", "Hanne",
              "Sven", "Liv", "Petter", "Astrid", "Mats", "Ida", "Geir", "Tone", "Rune", "Eva", "Dag", "Silje"]
r186_CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Fredrikstad", "Kristiansand",
               "Ålesund", "Bodø", "Hamar", "Molde", "Lillehammer", "Gjøvik", "Narvik", "Harstad"]


def r186_word(k):
    return "".join(R.choice(r186_C) + R.choice(r186_V) for _ in range(k))


def nm():
    while True:
        n = R.choice(r186_FIRST) + " " + r186_word(2).capitalize() + R.choice(["sen", "berg", "dal", "vik", "rud"])
        if n not in r186_seen:
            r186_seen.add(n)
            return n


def phone():
    return "+47 %d%d %02d %02d %02d" % (R.choice([2, 4, 9]), R.randint(0, 9), R.randint(0, 99), R.randint(0, 99),
                                       R.randint(0, 99))


def mail(n):
    a, b = n.lower().replace("ø", "o").replace("å", "a").split(" ", 1)
    return "%s.%s@%s.example" % (a, b, r186_word(2))


def pnr():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))


import json as r186_json
import re as r186_re


def uniq(prompt, exp, answers):
    """Fresh names, phones and codes for a single, so its prompt is no pair's."""
    mp = {}
    for n_ in sorted(r186_seen, key=lambda n: (-len(n), n)):
        if n_ in prompt:
            mp[n_] = nm()
    for ph in sorted(set(r186_re.findall(r"\+47 \d\d \d\d \d\d \d\d", prompt))):
        mp[ph] = phone()
    for c in sorted(set(r186_re.findall(r"\b[A-Z2-9]{6}\b", prompt))):
        if any(ch.isdigit() for ch in c):
            mp[c] = pnr()
    for n_ in list(mp):
        if " " in n_ and not n_.startswith("+"):
            mp[n_.split()[1]] = mp[n_].split()[1]   # surnames in e-mail addresses etc are lower case; leave them
    def f(s_):
        keys = sorted(mp, key=len, reverse=True)
        if not keys:
            return s_
        return r186_re.sub("|".join(r186_re.escape(k_) for k_ in keys), lambda mo: mp[mo.group(0)], s_)
    return f(prompt), r186_json.loads(f(r186_json.dumps(exp, ensure_ascii=False))), \
        [r186_json.loads(f(r186_json.dumps(a_, ensure_ascii=False))) for a_ in answers]


def add(kind, id, fam, prompt, sch, exp, answers, arg=False):
    if kind == "single":
        prompt, exp, answers = uniq(prompt, exp, answers)
    J(id, fam, prompt, sch, exp, answers, safe=(kind == "safe"))
    if arg:
        r186_arguable.add(id)
    {"pair": r186_pairs, "single": r186_singles, "safe": r186_safe}[kind].append(id)


# ---------------------------------------------------------------------------------------------------------------
# Part 1: records picked by a property. Each record is a dict of (label -> value); the instruction stays word for
# word, the variant changes the records so another one matches.
# Record layouts.

def lay(recs, labels, layout, noun):
    """recs: list of lists of values in the order of labels."""
    if layout == "blank":
        return "\n\n".join("\n".join("%s: %s" % (l, v) for l, v in zip(labels, r)) for r in recs)
    if layout == "dash":
        return "\n---\n".join("\n".join("%s: %s" % (l, v) for l, v in zip(labels, r)) for r in recs)
    if layout == "num":
        return "\n\n".join("%d. %s\n" % (i + 1, noun.capitalize()) + "\n".join("%s: %s" % (l, v) for l, v in
                                                                          zip(labels, r)) for i, r in enumerate(recs))
    if layout == "head":
        return "\n\n".join("## %s %d\n" % (noun.capitalize(), i + 1) + "\n".join("%s: %s" % (l, v) for l, v in
                                                                          zip(labels, r)) for i, r in enumerate(recs))
    if layout == "table":
        return "| " + " | ".join(labels) + " |\n|" + "---|" * len(labels) + "\n" + "\n".join(
            "| " + " | ".join(str(v) for v in r) + " |" for r in recs)
    if layout == "csv":
        return ",".join(labels) + "\n" + "\n".join(",".join(str(v) for v in r) for r in recs)
    if layout == "yaml":
        return "%ss:\n" % noun + "\n".join("  - " + "\n    ".join("%s: %s" % (l.lower().replace(" ", "_"), v)
                                                                  for l, v in zip(labels, r)) for r in recs)
    if layout == "line":
        return "\n".join(" | ".join("%s: %s" % (l, v) for l, v in zip(labels, r)) for r in recs)
    if layout == "bare":
        return "\n".join(" | ".join(str(v) for v in r) for r in recs)
    raise ValueError(layout)


LAYOUTS = ["blank", "dash", "num", "head", "table", "csv", "yaml", "line", "bare"]

# criteria: (name, noun, instruction template, schema key, description, labels, build)
# build(rng) -> (recs, target_index, variant_recs, variant_target_index, asked_label_index)


def c_city():
    c1, c2, c3 = R.sample(r186_CITIES, 3)
    recs = [[nm(), c1, phone()], [nm(), c2, phone()], [nm(), c3, phone()]]
    var = [list(r) for r in recs]
    var[0][1], var[1][1] = c2, c1   # swap two cities
    return recs, 0, var, 1, {"city": c1}


def c_oldest():
    a = R.sample(range(23, 80), 3)
    a.sort(reverse=True)
    recs = [[nm(), a[0], phone()], [nm(), a[1], phone()], [nm(), a[2], phone()]]
    R.shuffle(recs)
    t = max(range(3), key=lambda i: recs[i][1])
    var = [list(r) for r in recs]
    o = (t + 1 + R.randint(0, 1)) % 3
    var[o][1] = recs[t][1] + R.randint(1, 6)   # another one now oldest
    return recs, t, var, o, {}


def c_youngest():
    a = R.sample(range(19, 70), 3)
    recs = [[nm(), a[i], phone()] for i in range(3)]
    t = min(range(3), key=lambda i: recs[i][1])
    var = [list(r) for r in recs]
    o = (t + 1) % 3
    var[o][1] = recs[t][1] - R.randint(1, 4)
    return recs, t, var, o, {}


def c_status(good, bad):
    def f():
        recs = [[nm(), pnr(), bad], [nm(), pnr(), good], [nm(), pnr(), bad]]
        t = 1
        var = [list(r) for r in recs]
        o = R.choice([0, 2])
        var[1][2], var[o][2] = bad, good
        return recs, t, var, o, {}
    return f


def c_flag(yes, no):
    def f():
        recs = [[nm(), no, phone()], [nm(), yes, phone()], [nm(), no, phone()]]
        t = 1
        var = [list(r) for r in recs]
        o = R.choice([0, 2])
        var[1][1], var[o][1] = no, yes
        return recs, t, var, o, {}
    return f


def c_paidlast():
    days = sorted(R.sample(range(1, 28), 3))
    recs = [[nm(), "2026-03-%02d" % days[i], "%d.00" % R.randint(100, 900)] for i in range(3)]
    R.shuffle(recs)
    t = max(range(3), key=lambda i: recs[i][1])
    var = [list(r) for r in recs]
    o = (t + 1) % 3
    var[o][1] = "2026-03-%02d" % min(days[2] + R.randint(1, 3), 31)
    return recs, t, var, o, {}


def c_cheapest():
    p = R.sample(range(200, 2000), 3)
    recs = [[nm(), pnr(), "%d.00" % p[i]] for i in range(3)]
    t = min(range(3), key=lambda i: p[i])
    var = [list(r) for r in recs]
    o = (t + 1) % 3
    var[o][2] = "%d.00" % (p[t] - R.randint(5, 90))
    return recs, t, var, o, {}


CRITERIA = [
    # name, noun, labels, builder, [(instruction, key, ask_index)]
    ("city", "customer", ["Name", "City", "Phone"], c_city,
     [("Extract the phone number of the customer who lives in {city} as JSON.", "phone", 2),
      ("Give the name of the customer living in {city}, as JSON.", "name", 0),
      ("Return JSON with the phone of whoever is based in {city}.", "phone", 2)]),
    ("oldest", "passenger", ["Name", "Age", "Phone"], c_oldest,
     [("Extract the name of the oldest passenger as JSON.", "name", 0),
      ("Extract the phone number of the oldest passenger as JSON.", "phone", 2)]),
    ("youngest", "participant", ["Name", "Age", "Mobile"], c_youngest,
     [("Extract the name of the youngest participant as JSON.", "name", 0),
      ("Extract the mobile number of the youngest participant as JSON.", "mobile", 2)]),
    ("notcancelled", "booking", ["Guest", "Booking ref", "Status"], c_status("Confirmed", "Cancelled"),
     [("Extract the booking reference of the booking that is not cancelled as JSON.", "booking_reference", 1),
      ("Extract the guest name of the booking that is not cancelled as JSON.", "guest", 0)]),
    ("open", "order", ["Customer", "Order ref", "State"], c_status("Open", "Closed"),
     [("Extract the order reference of the open order as JSON.", "order_reference", 1),
      ("Extract the customer of the order that is still open, as JSON.", "customer", 0)]),
    ("veg", "guest", ["Name", "Vegetarian", "Phone"], c_flag("yes", "no"),
     [("Extract the name of the only vegetarian guest as JSON.", "name", 0),
      ("Extract the phone number of the only vegetarian as JSON.", "phone", 2)]),
    ("signed", "party", ["Name", "Signed", "Phone"], c_flag("Yes", "No"),
     [("Extract the name of the person who signed as JSON.", "name", 0),
      ("Extract the phone number of the party that signed, as JSON.", "phone", 2)]),
    ("paidlast", "payer", ["Name", "Paid on", "Amount"], c_paidlast,
     [("Extract the name of whoever paid last as JSON.", "name", 0),
      ("Extract the amount paid by whoever paid last as JSON.", "amount", 2)]),
    ("cheapest", "offer", ["Supplier", "Offer ref", "Price"], c_cheapest,
     [("Extract the supplier of the cheapest offer as JSON.", "supplier", 0),
      ("Extract the offer reference of the cheapest offer as JSON.", "offer_reference", 1)]),
]

SAFE_INS = {
    "Extract": "Please extract",
}


def val(v, key):
    if key == "amount":
        return float(v)
    return v


def sch_for(key):
    if key == "amount":
        return S({"amount": "number"})
    return S({key: "string"})


n = 0
for rep in range(6):
    for cname, noun, labels, build, inss in CRITERIA:
        for layout in LAYOUTS:
            for ins_t, key, ai in inss:
                n += 1
                recs, t, var, o, fmt = build()
                ins = ins_t.format(**fmt)
                sch = sch_for(key)
                base_txt = lay(recs, labels, layout, noun)
                var_txt = lay(var, labels, layout, noun)
                b = {key: val(recs[t][ai], key)}
                v = {key: val(var[o][ai], key)}
                if b == v:
                    continue
                pre = R.choice(["", "", "Here are the %ss.\n" % noun, "Records:\n"])
                add("pair", "d186-cb-%d-%s-%s" % (n, cname, layout), "r186_crit_base_" + cname,
                    ins + "\n\n" + pre + base_txt, sch, b, [b])
                add("pair", "d186-cv-%d-%s-%s" % (n, cname, layout), "r186_crit_" + cname,
                    ins + "\n\n" + pre + var_txt, sch, v, [b, v])
                # single: the model picks the first record (or a wrong one)
                wrong = 0 if t != 0 else 1
                w = {key: val(recs[wrong][ai], key)}
                if w != b and rep % 2 == 0:
                    add("single", "d186-cs-%d-%s-%s" % (n, cname, layout), "r186_crit_single_" + cname,
                        ins + "\n\n" + pre + base_txt, sch, b, [w, b])
                # safe: the same records with an unrelated sentence above, instruction paraphrased
                if rep % 3 == 0:
                    add("safe", "d186-ck-%d-%s-%s" % (n, cname, layout), "r186_crit_safe_" + cname,
                        ins.replace("Extract", "Please extract") + "\n\n" + pre + base_txt, sch, b, [b])

# ---------------------------------------------------------------------------------------------------------------
# Part 2: e-mail threads.


def hdr(frm, to, subj, cc=None, order=0, date="Mon, 2 Mar 2026 09:14"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Date", date), ("Subject", subj)]
    if order == 1:
        h = h[::-1]
    elif order == 2:
        h = [h[-1]] + h[:-1]
    return "\n".join("%s: %s" % kv for kv in h)


def who(n_, m):
    return "%s <%s>" % (n_, m)


SUBJ = ["Booking", "Your order", "Re: delivery", "Invoice question", "Meeting next week", "Change of details",
        "Re: Re: tickets", "Påmelding", "Anfrage"]
EM_INS = [
    ("Extract the sender's name and e-mail address as JSON.", {"name": "string", "email": "string"}, "sender"),
    ("Extract the name and phone number of the person who wrote this e-mail, as JSON.",
     {"name": "string", "phone": "string"}, "sender_phone"),
    ("Extract the recipient's name and e-mail as JSON.", {"name": "string", "email": "string"}, "recipient"),
    ("Extract the sender's phone number as JSON.", {"phone": "string"}, "phone_only"),
    ("Extract the customer's phone number as JSON.", {"phone": "string"}, "cust_phone"),
]

m = 0
for rep in range(40):
    for ins, props, kind in EM_INS:
        m += 1
        a, b_ = nm(), nm()
        am, bm = mail(a), mail(b_)
        ap, bp = phone(), phone()
        subj = R.choice(SUBJ)
        order = R.randint(0, 2)
        sch = S(props)
        body_a = "Hi %s,\n\nPlease update my booking. You can reach me on %s.\n\nBest regards,\n%s" % (
            b_.split()[0], ap, a)
        sigstyle = R.randint(0, 2)
        if sigstyle == 1:
            body_a = "Hi %s,\n\nPlease update my booking.\n\n--\n%s\nPhone: %s" % (b_.split()[0], a, ap)
        elif sigstyle == 2:
            body_a = "Hello,\n\nplease update my booking.\n\nRegards\n%s\nTel: %s\n%s" % (a, ap, am)

        def expect_for(sn, sm, sp, rn, rm):
            if kind == "sender":
                return {"name": sn, "email": sm}
            if kind == "sender_phone":
                return {"name": sn, "phone": sp}
            if kind == "recipient":
                return {"name": rn, "email": rm}
            return {"phone": sp}
        base = hdr(who(a, am), who(b_, bm), subj, order=order) + "\n\n" + body_a
        eb = expect_for(a, am, ap, b_, bm)
        # pair: From/To swapped (the body is written by the same person -> for sender kinds the body now contradicts;
        # so we swap the whole message: b wrote to a)
        body_b = body_a.replace(a, "@@A").replace(b_.split()[0], "@@B").replace(ap, bp).replace(am, bm)
        body_b = body_b.replace("@@A", b_).replace("@@B", a.split()[0])
        var = hdr(who(b_, bm), who(a, am), subj, order=order) + "\n\n" + body_b
        ev = expect_for(b_, bm, bp, a, am)
        if kind in ("phone_only", "cust_phone", "sender_phone") and sigstyle == 0:
            pass
        add("pair", "d186-eb-%d-%s" % (m, kind), "r186_mail_base_" + kind, ins + "\n\n" + base, sch, eb, [eb])
        add("pair", "d186-ev-%d-%s" % (m, kind), "r186_mail_swap_" + kind, ins + "\n\n" + var, sch, ev, [eb, ev])
        # pair: only headers swapped, body unsigned (the sender is only in From:)
        body_u = "Hi,\n\nplease update my booking, reference %s.\n\nThanks" % pnr()
        if kind in ("sender", "recipient"):
            bu = hdr(who(a, am), who(b_, bm), subj, order=order) + "\n\n" + body_u
            vu = hdr(who(b_, bm), who(a, am), subj, order=order) + "\n\n" + body_u
            e1 = expect_for(a, am, ap, b_, bm)
            e2 = expect_for(b_, bm, bp, a, am)
            add("pair", "d186-hb-%d-%s" % (m, kind), "r186_hdr_base_" + kind, ins + "\n\n" + bu, sch, e1, [e1])
            add("pair", "d186-hv-%d-%s" % (m, kind), "r186_hdr_swap_" + kind, ins + "\n\n" + vu, sch, e2, [e1, e2])
            # single: recipient instead of sender (or vice versa)
            add("single", "d186-hs-%d-%s" % (m, kind), "r186_hdr_single_" + kind, ins + "\n\n" + bu, sch, e1,
                [e2, e1])
            # safe: headers reordered
            bo = hdr(who(a, am), who(b_, bm), subj, order=(order + 1) % 3) + "\n\n" + body_u
            add("safe", "d186-hk-%d-%s" % (m, kind), "r186_hdr_safe_" + kind, ins + "\n\n" + bo, sch, e1, [e1])
        # single: the recipient instead of the sender
        wr = expect_for(b_, bm, bp, a, am)
        if kind != "recipient" and kind not in ("phone_only", "cust_phone"):
            add("single", "d186-es-%d-%s" % (m, kind), "r186_mail_single_" + kind, ins + "\n\n" + base, sch, eb,
                [wr, eb])
        # safe: an unrelated extra reply on top
        extra = hdr(who(b_, bm), who(a, am), "Re: " + subj, date="Mon, 2 Mar 2026 10:02") + \
            "\n\nThanks, noted.\n\n" + "\n".join("> " + l for l in base.split("\n"))
        # The right answer for the sender of the whole thread is now b (the newest message). Make it a pair instead.
        if kind in ("sender", "recipient"):
            e3 = expect_for(b_, bm, None, a, am)
            add("pair", "d186-er-%d-%s" % (m, kind), "r186_mail_reply_" + kind, ins + "\n\n" + extra, sch, e3,
                [eb, e3])

# ---------------------------------------------------------------------------------------------------------------
# Part 3: quoted old values, corrections, UPDATE lines, forwarded messages, signatures.

FIELDS = [("Phone", "phone", phone), ("Booking ref", "booking_reference", pnr),
          ("City", "city", lambda: R.choice(r186_CITIES)), ("Address", "address",
                                                            lambda: "%s %d" % (R.choice(["Storgata", "Kirkeveien",
                                                                                         "Parkveien", "Strandgata",
                                                                                         "Hovedgata"]),
                                                                               R.randint(1, 140)))]
CORR = ["Sorry, my {lab} is actually {new}.", "Correction: the {lab} should be {new}.",
        "Sorry - wrong {lab} above, it is {new}.", "Oops, my {lab} is {new}, not {old}.",
        "PS: I moved, my {lab} is now {new}.", "Beklager, riktig {lab} er {new}."]
UPD = ["UPDATE: new {lab}: {new}", "UPDATE {lab}: {new}", "Update ({date}): {Lab}: {new}", "EDIT: {Lab}: {new}",
       "Changed {date}: {Lab}: {new}"]

k = 0
for rep in range(30):
    for lab, key, gen in FIELDS:
        k += 1
        name = nm()
        old = gen()
        new = gen()
        while new == old:
            new = gen()
        sch = S({"name": "string", key: "string"})
        ins = R.choice(["Extract the customer's name and %s as JSON." % lab.lower(),
                        "Extract name and %s as JSON." % lab.lower(),
                        "Return the current %s and the name of the customer as JSON." % lab.lower()])
        rec_old = "Name: %s\n%s: %s" % (name, lab, old)
        e_old = {"name": name, key: old}
        e_new = {"name": name, key: new}
        date = "2026-03-%02d" % R.randint(1, 28)
        # (a) correction later in the text
        c = R.choice(CORR).format(lab=lab.lower(), Lab=lab, new=new, old=old, date=date)
        t_c = rec_old + "\n\n" + c
        add("pair", "d186-qb-%d-%s" % (k, key), "r186_corr_base_" + key, ins + "\n\n" + rec_old, sch, e_old, [e_old])
        add("pair", "d186-qv-%d-%s" % (k, key), "r186_corr_" + key, ins + "\n\n" + t_c, sch, e_new, [e_old, e_new])
        add("single", "d186-qs-%d-%s" % (k, key), "r186_corr_single_" + key, ins + "\n\n" + t_c, sch, e_new,
            [e_old, e_new])
        # (b) record repeated with one field updated further down
        u = R.choice(UPD).format(lab=lab.lower(), Lab=lab, new=new, date=date)
        t_u = rec_old + "\nEmail: %s\n\n%s" % (mail(name), u)
        add("pair", "d186-ub-%d-%s" % (k, key), "r186_upd_base_" + key, ins + "\n\n" + rec_old + "\nEmail: %s" %
            mail(name), sch, e_old, [e_old])
        add("pair", "d186-uv-%d-%s" % (k, key), "r186_upd_" + key, ins + "\n\n" + t_u, sch, e_new, [e_old, e_new])
        add("single", "d186-us-%d-%s" % (k, key), "r186_upd_single_" + key, ins + "\n\n" + t_u, sch, e_new,
            [e_old, e_new])
        # (b2) the whole record repeated with the field changed
        t_r = rec_old + "\n\n---\nUpdated record:\nName: %s\n%s: %s" % (name, lab, new)
        add("pair", "d186-rv-%d-%s" % (k, key), "r186_rep_" + key, ins + "\n\n" + t_r, sch, e_new, [e_old, e_new])
        add("single", "d186-rs-%d-%s" % (k, key), "r186_rep_single_" + key, ins + "\n\n" + t_r, sch, e_new,
            [e_old, e_new])
        # (c) quoted reply: new value on top, old in the quote
        a2 = nm()
        qline = R.choice(["> On Monday %s wrote:" % name.split()[0], "On Mon, 2 Mar 2026 at 09:14, %s <%s> wrote:" %
                          (name, mail(name)), "> %s skrev:" % name])
        top = R.choice(["Hi, new details below.\n\nName: %s\n%s: %s" % (name, lab, new),
                        "%s: %s\n\nThe rest is unchanged." % (lab, new),
                        "Name: %s\n%s: %s" % (name, lab, new)])
        quoted = qline + "\n" + "\n".join("> " + l for l in rec_old.split("\n"))
        t_q = top + "\n\n" + quoted
        add("single", "d186-Qs-%d-%s" % (k, key), "r186_quote_single_" + key, ins + "\n\n" + t_q, sch, e_new,
            [e_old, e_new])
        # pair: base = quoted message only (plus an empty reply "Thanks") -> variant: reply gives new value
        t_q0 = "Thanks, see below.\n\n" + quoted
        add("pair", "d186-Qb-%d-%s" % (k, key), "r186_quote_base_" + key, ins + "\n\n" + t_q0, sch, e_old, [e_old])
        add("pair", "d186-Qv-%d-%s" % (k, key), "r186_quote_" + key, ins + "\n\n" + t_q, sch, e_new, [e_old, e_new])
        # pair: the plain record, then the same record quoted below a reply that changes it
        add("pair", "d186-Pb-%d-%s" % (k, key), "r186_quote2_base_" + key, ins + "\n\n" + rec_old, sch, e_old,
            [e_old])
        t_q2 = "%s: %s\n\n" % (lab, new) + quoted
        add("pair", "d186-Pv-%d-%s" % (k, key), "r186_quote2_" + key, ins + "\n\n" + t_q2, sch, e_new, [e_old, e_new])
        # safe: an unrelated extra reply above a quoted record
        t_sa = "Thanks!\n\n" + rec_old
        add("safe", "d186-Qk-%d-%s" % (k, key), "r186_quote_safe_" + key, ins + "\n\n" + t_sa, sch, e_old, [e_old])
        # (d) forwarded message
        fw = nm()
        fwd = "FYI, see below.\n\n%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\n" \
              "Subject: details\n\nName: %s\n%s: %s" % (fw, name, mail(name), date, name, lab, old)
        fwd2 = "FYI - %s has a new %s: %s\n\n%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\n" \
               "Date: %s\nSubject: details\n\nName: %s\n%s: %s" % (name.split()[0], lab.lower(), new, fw, name,
                                                                  mail(name), date, name, lab, old)
        add("pair", "d186-fb-%d-%s" % (k, key), "r186_fwd_base_" + key, ins + "\n\n" + fwd, sch, e_old, [e_old])
        add("pair", "d186-fv-%d-%s" % (k, key), "r186_fwd_" + key, ins + "\n\n" + fwd2, sch, e_new, [e_old, e_new])
        add("single", "d186-fs-%d-%s" % (k, key), "r186_fwd_single_" + key, ins + "\n\n" + fwd2, sch, e_new,
            [e_old, e_new])
        # (e) forwarded: who is the original sender vs the forwarder
        sch2 = S({"name": "string", "email": "string"})
        ins2 = R.choice(["Extract the name and e-mail of the original sender as JSON.",
                         "Extract the name and e-mail of the person who forwarded this, as JSON."])
        fm = mail(fw)
        nmm = mail(name)
        tf = "From: %s <%s>\nTo: desk@hotel.example\nSubject: Fwd: details\n\nFYI.\n\n" \
             "---------- Forwarded message ---------\nFrom: %s <%s>\nTo: %s <%s>\nSubject: details\n\n" \
             "Please book a room.\n%s" % (fw, fm, name, nmm, fw, fm, name)
        orig = {"name": name, "email": nmm}
        fwdr = {"name": fw, "email": fm}
        right = orig if "original" in ins2 else fwdr
        wrong = fwdr if right is orig else orig
        add("single", "d186-Fs-%d-%s" % (k, key), "r186_fwd_who", ins2 + "\n\n" + tf, sch2, right, [wrong, right])
        tf2 = "From: %s <%s>\nTo: desk@hotel.example\nSubject: Fwd: details\n\nFYI.\n\n" \
              "---------- Forwarded message ---------\nFrom: %s <%s>\nTo: %s <%s>\nSubject: details\n\n" \
              "Please book a room.\n%s" % (name, nmm, fw, fm, name, nmm, fw)
        right2 = fwdr if "original" in ins2 else orig
        add("pair", "d186-Fb-%d-%s" % (k, key), "r186_fwd_who_base", ins2 + "\n\n" + tf, sch2, right, [right])
        add("pair", "d186-Fv-%d-%s" % (k, key), "r186_fwd_who_swap", ins2 + "\n\n" + tf2, sch2, right2,
            [right, right2])

# ---------------------------------------------------------------------------------------------------------------
# Part 4: signatures: the person who signed, signature below "--" vs a name in the greeting; signature moved.
s = 0
for rep in range(60):
    s += 1
    a, b_ = nm(), nm()
    ap, bp = phone(), phone()
    sch = S({"name": "string", "phone": "string"})
    ins = R.choice(["Extract the name and phone number of the person who signed the letter as JSON.",
                    "Extract the signatory's name and phone as JSON.",
                    "Extract the name and phone of whoever signed below, as JSON."])
    st = R.randint(0, 2)
    if st == 0:
        t1 = "Dear %s,\n\nthe contract is attached. %s can be reached on %s.\n\n--\n%s\nPhone: %s" % (
            b_, b_.split()[0], bp, a, ap)
        t2 = "Dear %s,\n\nthe contract is attached. %s can be reached on %s.\n\n--\n%s\nPhone: %s" % (
            a, a.split()[0], ap, b_, bp)
    elif st == 1:
        t1 = "Signed: %s\nPhone: %s\n\nWitness: %s\nWitness phone: %s" % (a, ap, b_, bp)
        t2 = "Signed: %s\nPhone: %s\n\nWitness: %s\nWitness phone: %s" % (b_, bp, a, ap)
    else:
        t1 = "Party A: %s, tel. %s\nParty B: %s, tel. %s\n\nSigned by Party A.\n\n______________\n%s" % (
            a, ap, b_, bp, a)
        t2 = "Party A: %s, tel. %s\nParty B: %s, tel. %s\n\nSigned by Party B.\n\n______________\n%s" % (
            a, ap, b_, bp, b_)
    e1 = {"name": a, "phone": ap}
    e2 = {"name": b_, "phone": bp}
    add("pair", "d186-sb-%d-%d" % (s, st), "r186_sig_base", ins + "\n\n" + t1, sch, e1, [e1])
    add("pair", "d186-sv-%d-%d" % (s, st), "r186_sig_move", ins + "\n\n" + t2, sch, e2, [e1, e2])
    add("single", "d186-ss-%d-%d" % (s, st), "r186_sig_single", ins + "\n\n" + t1, sch, e1, [e2, e1])

# ---------------------------------------------------------------------------------------------------------------
# Part 5: tables with a header row and a totals row; the asked row by a property; the model takes the totals row or
# the header-adjacent first row.
t = 0
for rep in range(40):
    t += 1
    cs = R.sample(r186_CITIES, 3)
    amts = [R.randint(100, 999) for _ in range(3)]
    tot = sum(amts)
    which = R.randint(0, 2)
    style = R.randint(0, 3)
    lab_amt = R.choice(["Amount", "Sales", "Sum", "NOK", "Beløp"])
    rows = [(cs[i], amts[i]) for i in range(3)]

    def tab(rows, total, style=style):
        if style == 0:
            return "| Office | %s |\n|---|---|\n" % lab_amt + "\n".join("| %s | %d |" % r for r in rows) + \
                "\n| Total | %d |" % total
        if style == 1:
            return "Office,%s\n" % lab_amt + "\n".join("%s,%d" % r for r in rows) + "\nTotal,%d" % total
        if style == 2:
            return "Office      %s\n" % lab_amt + "\n".join("%-11s %d" % r for r in rows) + "\n" + "-" * 16 + \
                "\nTotal       %d" % total
        return "\n".join("%s: %d" % r for r in rows) + "\n---\nTotal: %d" % total
    sch = S({"amount": "number"})
    ins = "Extract the amount for the %s office as JSON." % cs[which]
    base = tab(rows, tot)
    e = {"amount": amts[which]}
    add("single", "d186-ts-%d-%d" % (t, style), "r186_tab_total_single", ins + "\n\nFigures for March, by office.\n" + base, sch, e,
        [{"amount": tot}, e])
    o = (which + 1) % 3
    add("single", "d186-tf-%d-%d" % (t, style), "r186_tab_row_single", ins + "\n\nFigures for April, by office.\n" + base, sch, e,
        [{"amount": amts[o]}, e])
    # pair: swap the two rows' cities (the instruction keeps the city)
    rows2 = list(rows)
    rows2[which], rows2[o] = (cs[which], amts[o]), (cs[o], amts[which])
    add("pair", "d186-tb-%d-%d" % (t, style), "r186_tab_base", ins + "\n\n" + base, sch, e, [e])
    add("pair", "d186-tv-%d-%d" % (t, style), "r186_tab_swap", ins + "\n\n" + tab(rows2, tot), sch,
        {"amount": amts[o]}, [e, {"amount": amts[o]}])
    # pair: the total asked; a row changes -> total changes
    ins_t = "Extract the total %s as JSON." % lab_amt.lower()
    rows3 = list(rows)
    d_ = R.randint(1, 50)
    rows3[o] = (cs[o], amts[o] + d_)
    add("pair", "d186-Tb-%d-%d" % (t, style), "r186_tot_base", ins_t + "\n\n" + base, sch, {"amount": tot},
        [{"amount": tot}])
    add("pair", "d186-Tv-%d-%d" % (t, style), "r186_tot_change", ins_t + "\n\n" + tab(rows3, tot + d_), sch,
        {"amount": tot + d_}, [{"amount": tot}, {"amount": tot + d_}])
    add("safe", "d186-Tk-%d-%d" % (t, style), "r186_tab_safe", "Please " + ins[0].lower() + ins[1:] + "\n\n" + base,
        sch, e, [e])

# ---------------------------------------------------------------------------------------------------------------
# Part 6: a record split across two places; two records where the name moves.
x = 0
for rep in range(40):
    x += 1
    a, b_ = nm(), nm()
    ap, bp = phone(), phone()
    ca, cb = R.sample(r186_CITIES, 2)
    sch = S({"phone": "string"})
    ins = "Extract %s's phone number as JSON." % a
    st = R.randint(0, 2)
    if st == 0:
        t1 = "Name: %s\nCity: %s\n\nName: %s\nCity: %s\n\nPhone numbers:\n%s: %s\n%s: %s" % (a, ca, b_, cb, a, ap,
                                                                                             b_, bp)
        t2 = "Name: %s\nCity: %s\n\nName: %s\nCity: %s\n\nPhone numbers:\n%s: %s\n%s: %s" % (a, ca, b_, cb, a, bp,
                                                                                             b_, ap)
    elif st == 1:
        t1 = "1) %s, %s\n2) %s, %s\n\nContact:\n1) %s\n2) %s" % (a, ca, b_, cb, ap, bp)
        t2 = "1) %s, %s\n2) %s, %s\n\nContact:\n1) %s\n2) %s" % (b_, cb, a, ca, ap, bp)
    else:
        t1 = "Guest: %s\nRoom: 214\n\nGuest: %s\nRoom: 310\n\nRoom 214 phone: %s\nRoom 310 phone: %s" % (a, b_, ap, bp)
        t2 = "Guest: %s\nRoom: 310\n\nGuest: %s\nRoom: 214\n\nRoom 214 phone: %s\nRoom 310 phone: %s" % (a, b_, ap, bp)
    e1 = {"phone": ap}
    e2 = {"phone": bp}
    add("pair", "d186-xb-%d-%d" % (x, st), "r186_split_base", ins + "\n\n" + t1, sch, e1, [e1])
    add("pair", "d186-xv-%d-%d" % (x, st), "r186_split", ins + "\n\n" + t2, sch, e2, [e1, e2])
    add("single", "d186-xs-%d-%d" % (x, st), "r186_split_single", ins + "\n\n" + t2, sch, e2, [e1, e2])

# ---------------------------------------------------------------------------------------------------------------
# Part 7: a long plain record (stored) with the same plain instruction; the variant adds a correction, an update,
# a quoted/forwarded copy, a signature, headers, a second record, a cancellation...
EXTRA = "City: Bergen\nPostcode: 5003\nArrival: 2026-04-{d:02d}\nRoom: {r}\nGuests: 2"
def REC(n,p):
    return "Name: %s\nPhone: %s\n" % (n,p) + X[n]
X = {}
sch = S({"name":"string","phone":"string"})
ins = "Extract the name and phone as JSON."
VS = {
 "corr": lambda n,p,m,q: REC(n,p)+"\n\nSorry, my number is actually %s." % q,
 "upd": lambda n,p,m,q: REC(n,p)+"\n\nUPDATE: new phone: %s" % q,
 "rep": lambda n,p,m,q: REC(n,p)+"\n---\nName: %s\nPhone: %s" % (n,q),
 "rep2": lambda n,p,m,q: REC(n,p)+"\n\nUpdated:\nName: %s\nPhone: %s" % (n,q),
 "quote": lambda n,p,m,q: REC(n,q)+"\n\n> On Monday %s wrote:\n> Name: %s\n> Phone: %s" % (n.split()[0],n,p),
 "sig": lambda n,p,m,q: REC(n,p)+"\n\n--\n%s\nPhone: %s" % (m,q),
 "from": lambda n,p,m,q: "From: %s\nTo: %s\n\n" % (m,n) + REC(n,p),
 "second": lambda n,p,m,q: REC(n,p)+"\n\n"+REC(m,q),
 "cancel": lambda n,p,m,q: REC(n,p)+"\nStatus: cancelled\n\n"+REC(m,q)+"\nStatus: confirmed",
 "cancel1": lambda n,p,m,q: REC(n,p)+"\nStatus: cancelled",
 "cancel2": lambda n,p,m,q: "CANCELLED\n"+REC(n,p),
 "fwd": lambda n,p,m,q: "Name: %s\nPhone: %s\n\n---------- Forwarded message ---------\nFrom: %s\n\n" % (m,q,n) + REC(n,p),
 "fwd2": lambda n,p,m,q: "---------- Forwarded message ---------\nFrom: %s\n\n" % m + REC(n,p),
 "twoplaces": lambda n,p,m,q: REC(n,p)+"\n\nPhone (from %s's second form): %s" % (n.split()[0],q),
 "dup_field": lambda n,p,m,q: REC(n,p)+"\nPhone: %s" % q,
 "strike": lambda n,p,m,q: REC(n,"~~%s~~ %s" % (p,q)),
 "sorryname": lambda n,p,m,q: REC(n,p)+"\n\nSorry, I sent the wrong contact: it is %s, %s." % (m,q),
 "ps": lambda n,p,m,q: REC(n,p)+"\n\nP.S. Use %s from now on." % q,
 "nb": lambda n,p,m,q: REC(n,p)+"\nNB: phone is %s" % q,
 "corrline": lambda n,p,m,q: REC(n,p)+"\nCorrection: %s" % q,
 "correctphone": lambda n,p,m,q: REC(n,p)+"\nCorrect phone: %s" % q,
 "newphone": lambda n,p,m,q: REC(n,p)+"\nNew phone: %s" % q,
 "actually": lambda n,p,m,q: REC(n,p)+"\nActually: %s" % q,
 "ignore": lambda n,p,m,q: REC(n,p)+"\n\nIgnore the above, the contact is:\n"+REC(m,q),
 "otherabove": lambda n,p,m,q: REC(n,p)+"\n\n"+REC(m,q)+"\n\n(The first one is the old contact.)",
 "quotedall": lambda n,p,m,q: "Name: %s\nPhone: %s\n\n" % (m,q) + "\n".join("> "+l for l in REC(n,p).split("\n")),
 "signed_by": lambda n,p,m,q: REC(n,p)+"\nSigned by: %s" % m,
 "onbehalf": lambda n,p,m,q: REC(n,p)+"\nOn behalf of: %s" % m,
 "sender": lambda n,p,m,q: REC(n,p)+"\nSender: %s" % m,
 "safe_thanks": None,
}
i=0
for rep in range(4):
  for k,f in VS.items():
    for lay in range(3):
        i+=1
        n,m=nm(),nm(); p,q=phone(),phone()
        X[n]=EXTRA.format(e=n.lower().replace(" ",".")+"@mail.example", b="K%dQ%d" % (R.randint(10,99),R.randint(100,999)), d=R.randint(1,28), r=R.randint(100,450))
        X[m]=EXTRA.format(e=m.lower().replace(" ",".")+"@post.example", b="L%dZ%d" % (R.randint(10,99),R.randint(100,999)), d=R.randint(1,28), r=R.randint(100,450))
        pre = ["", "Please process the following contact details.\n", ""][lay]
        tail = ["", "", "\n---"][lay]
        base = pre + REC(n,p) + tail
        e={"name":n,"phone":p}
        add("pair", "d186-yb-%s-%d"%(k,i),"r186_long_base",ins+"\n\n"+base,sch,e,[e])
        if f is None:
            add("safe", "d186-yk-%s-%d"%(k,i),"r186_long_safe",ins+"\n\n"+"Thanks!\n\n"+base,sch,e,[e]); continue
        t=f(n,p,m,q)
        if k in ("sig","from","second","fwd2","signed_by","onbehalf","sender","cancel1","cancel2"): ev=e
        elif k in ("cancel","sorryname","ignore","otherabove","quotedall"): ev={"name":m,"phone":q}
        elif k == "fwd": ev={"name":n,"phone":p}
        else: ev={"name":n,"phone":q}
        add("pair", "d186-yv-%s-%d"%(k,i),"r186_long_"+k,ins+"\n\n"+pre+t+tail,sch,ev,[e,ev])

# ---------------------------------------------------------------------------------------------------------------
# Part 8: role members that are stored ("Sender: A / Recipient: B", "Payer: A / Guest: B" under a key of the role);
# the variant keeps the instruction and moves the role: an update line, a repeated label, an old/new qualifier, a
# struck value, a second record, a quoted copy, a forward.
W_T = "\nCity: Bergen\nPostcode: 5003\nArrival: 2026-04-%02d\nRoom: %d\nGuests: 2"
W_ROLES = [("sender", "Sender", "Recipient", "Extract the sender as JSON."),
           ("payer", "Payer", "Guest", "Extract the payer's name as JSON."),
           ("signatory", "Signatory", "Witness", "Extract the signatory as JSON."),
           ("buyer", "Buyer", "Seller", "Extract the buyer as JSON.")]
W_VARS = [
    ("upd", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n\nUPDATE: %s: %s" % (L, a, O, b, t, L, c), "c", False),
    ("again", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n%s: %s" % (L, a, O, b, t, L, c), "c", True),
    ("oldnew", lambda L, O, a, b, c, t: "%s (old): %s\n%s: %s\n%s: %s%s" % (L, a, L, c, O, b, t), "c", False),
    ("prev", lambda L, O, a, b, c, t: "Previous %s: %s\n%s: %s\n%s: %s%s" % (L.lower(), a, L, c, O, b, t), "c", False),
    ("strike", lambda L, O, a, b, c, t: "%s: ~~%s~~ %s\n%s: %s%s" % (L, a, c, O, b, t), "c", False),
    ("second", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\nStatus: cancelled\n---\n%s: %s\n%s: %s%s\nStatus: confirmed"
     % (L, a, O, b, t, L, c, O, b, t), "c", True),
    ("quoted", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n\n> %s: %s\n> %s: %s" % (L, c, O, b, t, L, a, O, b), "c", False),
    ("quoted2", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n\n> Correction, %s: %s" % (L, a, O, b, t, L.lower(), c), "c", True),
    ("fwd", lambda L, O, a, b, c, t: "---------- Forwarded message ---------\n%s: %s\n%s: %s%s" % (L, a, O, b, t), "a", False),
    ("swapnote", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\nNote: the %s and the %s are swapped above."
     % (L, a, O, b, t, L.lower(), O.lower()), "b", True),
    ("sorry", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n\nSorry, the %s is actually %s." % (L, a, O, b, t, L.lower(), c), "c", False),
    ("insteadof", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\nActual %s: %s" % (L, a, O, b, t, L.lower(), c), "c", False),
    ("changed", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\nChanged %s: %s" % (L, a, O, b, t, L.lower(), c), "c", False),
    ("label2", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s\n%s (corrected): %s" % (L, a, O, b, t, L, c), "c", False),
    ("safe_reorder", lambda L, O, a, b, c, t: "%s: %s\n%s: %s%s" % (O, b, L, a, t), "a", False),
    ("safe_reply", lambda L, O, a, b, c, t: "Thanks, received.\n\n%s: %s\n%s: %s%s" % (L, a, O, b, t), "a", False),
]
w = 0
for rep in range(8):
    for key, L, O, ins in W_ROLES:
        for vn, f, who_, arg in W_VARS:
            w += 1
            a, b_, c = nm(), nm(), nm()
            t = W_T % (R.randint(1, 28), R.randint(100, 450))
            sch = S({key: "string"})
            base = "%s: %s\n%s: %s%s" % (L, a, O, b_, t)
            e1 = {key: a}
            e2 = {key: {"a": a, "b": b_, "c": c}[who_]}
            add("pair", "d186-wb-%s-%s-%d" % (key, vn, w), "r186_role_base", ins + "\n\n" + base, sch, e1, [e1])
            kind = "safe" if vn.startswith("safe") else "pair"
            add(kind, "d186-wv-%s-%s-%d" % (key, vn, w), "r186_role_" + vn, ins + "\n\n" + f(L, O, a, b_, c, t), sch,
                e2, [e1, e2] if e1 != e2 else [e2], arg=arg)

# ---------------------------------------------------------------------------------------------------------------
# Part 9: the stored role record again, the variant gives the roles under other labels (synonyms, other languages,
# keyed one-line records) with the people swapped, so the licensed rewrite has to find the role by another label.
V_SYN = {
    "sender": ["From", "Sent by", "Avsender", "Absender", "Expéditeur", "Sender name", "Afsender"],
    "payer": ["Paid by", "Betaler", "Zahler", "Payeur", "Billed to", "Payment by", "Payor"],
    "buyer": ["Purchaser", "Kjøper", "Käufer", "Acheteur", "Bought by", "Customer", "Ordered by"],
}
V_OTHER = {
    "sender": ["To", "Mottaker", "Empfänger", "Destinataire", "Addressee", "Recipient", "Sent to"],
    "payer": ["Guest", "Gjest", "Gast", "Client", "Traveller", "Occupant", "Guest name"],
    "buyer": ["Seller", "Selger", "Verkäufer", "Vendeur", "Sold by", "Vendor", "Supplier"],
}
v9 = 0
for rep in range(6):
    for key, L, O, ins in W_ROLES:
        if key not in V_SYN:
            continue
        for j, syn in enumerate(V_SYN[key]):
            v9 += 1
            oth = V_OTHER[key][j]
            a, b_ = nm(), nm()
            t = W_T % (R.randint(1, 28), R.randint(100, 450))
            sch = S({key: "string"})
            base = "%s: %s\n%s: %s%s" % (L, a, O, b_, t)
            e1 = {key: a}
            e2 = {key: b_}
            add("pair", "d186-vb-%s-%d" % (key, v9), "r186_syn_base", ins + "\n\n" + base, sch, e1, [e1])
            shape = v9 % 4
            if shape == 0:      # other label for the role, people swapped, other's label kept
                tv = "%s: %s\n%s: %s%s" % (O, a, syn, b_, t)
            elif shape == 1:    # both labels other, swapped order
                tv = "%s: %s\n%s: %s%s" % (oth, a, syn, b_, t)
            elif shape == 2:    # one-line keyed
                tv = "%s: %s | %s: %s%s" % (oth, a, syn, b_, t.replace("\n", " | ", 1))
            else:               # own label kept for the other person, qualifier
                tv = "%s: %s\n%s: %s%s" % (oth, a, syn, b_, t)
                tv = "%s (not the %s): %s\n%s: %s%s" % (O, key, a, L, b_, t)
            add("pair", "d186-vv-%s-%d-%d" % (key, shape, v9), "r186_syn_%d" % shape, ins + "\n\n" + tv, sch, e2,
                [e1, e2])
            if rep % 2 == 0:
                ts = "%s: %s\n%s: %s%s" % (syn, a, oth, b_, t)
                add("safe", "d186-vk-%s-%d" % (key, v9), "r186_syn_safe", ins + "\n\n" + ts, sch, e1, [e1])

# Nothing was served wrong from the cache (confirmed alone: none found; the 267 wrong answers served fresh, rerun
# alone, were never stored).
r186_found_alone = set()

# Trimmed for ctest (probe_kit.sample_round), stop 43: every 10th safe variant and every 30th of the rest.
from probe_kit import sample_round as r186_sample_round  # noqa: E402

r186_sample_round("d186-", set(), 30, safe_every=10)
P[:] = [r186_p for r186_p in P if r186_p["id"] not in r186_arguable]
