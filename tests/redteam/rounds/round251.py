r"""Red-team round 251 (black box): PROSE DOCUMENTS WITH VALUES IN SENTENCES (json_extract).
Focus: values stated in running text (e-mails with headers or a signature field, support tickets, chat transcripts,
  meeting notes, news briefs, letters, reviews, form letters, plain paragraphs; 8 layouts) over 12 scenes (a person's
  age and city, an invoice's amount / due date / paid, a train time and day, who paid whom, a booking letter, a
  damaged order, an agreed meeting, a bridge opening, a hotel review, an applicant among family members, plain
  one-person statements, two people by first name), each varied by one value, a negation ("has never lived in",
  "did not pay"), tense or modality ("will move", "might pay", "planned to", "used to live"), a hypothetical ("If
  she were 34"), reported speech ("Our accountant said we paid it"), a correction in the next sentence ("Sorry, I
  meant Braga"), a second person of the kind ("her brother, 31,"), subject and object swapped ("Omar paid Lena"),
  relative amounts and dates ("twice as many", "two days later") and values in words ("thirty-one"); then, since
  no prose was ever stored, a record in "Label: value" fields under or over ONE sentence of prose that says in
  running text that a value is another, not so, or someone else's (4 record kinds x 4 placements), sentences made
  only of the instruction's words, and handing-over sentences ("Please process the following customer record
  below.") that say whose the record's values are.
  2,904 probes (seeded random.Random(251); 127 bases, 2,012 variants whose right answer differs, 666 safe variants,
  99 singles whose model answers wrong first); fresh SQLite store, two passes. Paths: run 1 skip 2,684 / reuse 220,
  run 2 skip 2,657 / reuse 247; safe on reuse 62/666 and 74/666.
HELD: every pure-prose document (1,098 probes: 0 reused in either run - prose is never stored; most right answers
  end in a clear error: "the text's sentence also gives N and nothing beside N says it is age", "the text names
  several people in prose"); every field record under a sentence of prose that states the new value or a change in
  words of change, above the record, in a greeting, below it or before "Text:" (1,032 hybrid probes: 0 served
  wrong; the right answers are refused, "failing_fraction_above: 1.0"); sentences in the instruction's own words
  (94: 0 wrong); handing-over sentences that name a value ("the customer's city is Porto"), that say "our city",
  "not the customer's", "from last year", "except the city", "in months", and all 7 booking shapes ("rooms and
  nights the other way round", "twice the rooms"): never reused.
WHAT GOT THROUGH (path=reuse; alone: the 160 ids and their 10 bases, fresh store, 159 in run 1 and 160 in run 2):
 (A) CLEAR (60 ids: the sentence above the record): a handing-over sentence that goes on to give a member's value
     to someone else, reused as the customer's: "Return the customer's name, age and city as JSON.\nText:\nPlease
     process the following customer record below; the city below is the front desk's city.\nName: Clara
     Strand\nAge: 51\nCity: Bergen" -> {"name":"Clara Strand","age":51,"city":"Bergen"}; also "; the name below is
     the front desk's name.", "; the name, age and city below are the front desk's.", "; the front desk's city is
     the city below.", "; the age and city below are the front desk's age and city.", "; the city below is the
     front desk city." (10 ids each).
 (B) ARGUABLE (100 ids, r251_arguable): the same six sentences BELOW the record (60: "below" then points at
     nothing); "; the age below is the front desk's age." (20: a desk has no age); "Here are the details of our
     front desk, the customer record is below those:" (20: which lines are the customer's is unclear).
 Served fresh (the model's own wrong answer accepted; never stored): a quoted price for the paid one ("they quoted
  275 euros but I paid 390" -> total_paid 275; 6 per run), a birth city for the home city ("I was born in Uppsala
  and I am 14; I live in Leiden" -> Uppsala; 6 per run), and the stale record under the handing-over sentences
  above that were not reused (242 / 240 in runs 1 and 2, the expected answer a refusal).
FIXED (stop 52): a prose line of a field record that names a member and says whose something is ("is", "are",
  "belongs", or a possessive of a word the instruction does not say: "the front desk's") is a line the checks do
  not read: the record is not reused under it. Alone after the fix: 140 of the 160 refused or regenerated; the 20
  left are the arguable "Here are the details of our front desk, the customer record is below those:", which
  names no member.
Adds its probes to probe_kit.P."""
import random as r251_random

from probe_kit import J, E, S, P  # noqa: F401

r251_rng = r251_random.Random(251)
r251_found_alone = set()
r251_arguable = set()
r251_meta = {}
r251_prompts = set()
r251_n = [0]
r251_counts = {"base": 0, "pair": 0, "safe": 0, "single": 0}

R251_FIRST = ["Maria", "Lena", "Sofia", "Ingrid", "Nadia", "Clara", "Elif", "Hanna", "Marta", "Petra", "Julia", "Ana"]
R251_LAST = ["Lopes", "Holm", "Berg", "Novak", "Costa", "Lind", "Aydin", "Strand", "Kowal", "Dahl", "Ferreira", "Vik"]
R251_MFIRST = ["Omar", "Tomas", "Jonas", "Pavel", "Rui", "Erik", "Karim", "Felix", "Ivan", "Lars", "Mateo", "Arne"]
R251_CITY = ["Porto", "Braga", "Ghent", "Bruges", "Tromsø", "Bergen", "Lyon", "Nantes", "Graz", "Linz", "Split",
             "Zadar", "Aarhus", "Odense", "Malmö", "Uppsala", "Kraków", "Gdańsk", "Leiden", "Utrecht"]
R251_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
R251_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
R251_MONTHS = ["March", "April", "May", "June", "September", "October"]
R251_WORDS = {21: "twenty-one", 23: "twenty-three", 26: "twenty-six", 29: "twenty-nine", 31: "thirty-one",
              34: "thirty-four", 37: "thirty-seven", 38: "thirty-eight", 42: "forty-two", 45: "forty-five",
              47: "forty-seven", 51: "fifty-one", 53: "fifty-three", 58: "fifty-eight", 2: "two", 3: "three",
              4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 12: "twelve"}


def r251_pick(seq):
    return r251_rng.choice(seq)


def r251_two(seq):
    a, b = r251_rng.sample(seq, 2)
    return a, b


def r251_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r251_prompts:
        return None
    r251_prompts.add(prompt)
    r251_n[0] += 1
    pid = "d251-%s-%d" % (tag, r251_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r251_meta[pid] = {"base": base} if base and kind != "single" else {}
    r251_counts[kind] += 1
    return pid


# ------------------------------------------------------------------ wrappers: one document, several layouts
def r251_wrap(layout, sents, ctx):
    """sents: the document's sentences. ctx: names for headers and sign-offs."""
    if layout == "para":
        return "Text:\n" + " ".join(sents) + "\n"
    if layout == "lines":
        return "Text:\n" + "\n".join(sents) + "\n"
    if layout == "email_hdr":
        return ("Here is the email:\nFrom: %s\nSubject: %s\n\nHi,\n\n%s\n\nBest regards,\n%s\n"
                % (ctx["from"], ctx["subject"], " ".join(sents), ctx["signer"]))
    if layout == "email_sig":
        return ("Here is the email:\n\nHello,\n\n%s\n\nKind regards,\nThe front desk\nPhone: 555-0142\n"
                % " ".join(sents))
    if layout == "notes":
        return "Meeting notes:\n" + "\n".join("- " + s for s in sents) + "\n"
    if layout == "ticket":
        return ("Support ticket #%s (opened by the customer)\n\n%s\n" % (ctx["ticket"], "\n".join(sents)))
    if layout == "letter":
        return ("Letter:\nDear Sir or Madam,\n\n%s\n\nYours faithfully,\n%s\n" % (" ".join(sents), ctx["signer"]))
    if layout == "news":
        return "News brief:\n" + " ".join(sents) + "\n"
    raise ValueError(layout)


R251_LAYOUTS = ["para", "lines", "email_hdr", "email_sig", "notes", "ticket", "letter", "news"]


def r251_ctx():
    return {"from": "%s.%s@example.org" % (r251_pick(R251_FIRST).lower(), r251_pick(R251_LAST).lower()),
            "subject": r251_pick(["Update", "Quick note", "Re: your question", "Details", "Follow-up"]),
            "signer": r251_pick(R251_MFIRST), "ticket": str(r251_rng.randint(10000, 99999))}


# Safe edits that keep the meaning: applied to a base's sentences.
def r251_safe_edits(sents):
    out = []
    out.append(("greet", ["Good morning!"] + sents))
    out.append(("thanks", sents + ["Thanks a lot for your help."]))
    out.append(("sig", sents + ["Cheers."]))
    if len(sents) >= 3:
        out.append(("reorder", [sents[0]] + [sents[2], sents[1]] + sents[3:]))
    return out


# ------------------------------------------------------------------ scenes
# A scene returns (family, schema, instructions, base sentences, base expect, variants, fresh-wrong singles).
# variants: (tag, sentences, expect, safe). singles: (tag, sentences, expect, wrong answer first).

def r251_person():
    first, last = r251_pick(R251_FIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    c1, c2 = r251_two(R251_CITY)
    a1 = r251_pick([29, 31, 34, 37, 42, 45, 51])
    a2 = r251_pick([a for a in [23, 26, 38, 47, 53, 58] if a != a1])
    schema = S({"name": "string", "age": "integer", "city": "string"},
               {"city": "the city where the person lives now"})
    instr = r251_pick(["Return the person's name, age and the city where she lives now as JSON.",
                       "Extract name, age and current city of the woman described in the text.",
                       "From the message below, give her name, her age and where she lives now (JSON)."])
    job = r251_pick(["a nurse", "an architect", "a pharmacist", "a teacher", "a welder"])
    base = ["%s, %d, moved to %s last spring." % (name, a1, c1), "She works as %s." % job,
            "She likes the sea."]
    exp = {"name": name, "age": a1, "city": c1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("val-age", ["%s, %d, moved to %s last spring." % (name, a2, c1)] + base[1:], e2(age=a2), False),
        ("val-city", ["%s, %d, moved to %s last spring." % (name, a1, c2)] + base[1:], e2(city=c2), False),
        ("will", ["%s, %d, lives in %s and will move to %s next spring." % (name, a1, c2, c1)] + base[1:], e2(city=c2), False),
        ("planned", ["%s, %d, planned to move to %s last spring, but she stayed in %s." % (name, a1, c1, c2)] + base[1:], e2(city=c2), False),
        ("usedto", ["%s, %d, used to live in %s; she now lives in %s." % (name, a1, c1, c2)] + base[1:], e2(city=c2), False),
        ("never", ["%s, %d, has never lived in %s; she lives in %s." % (name, a1, c1, c2)] + base[1:], e2(city=c2), False),
        ("moved-from", ["%s, %d, moved from %s to %s last spring." % (name, a1, c1, c2)] + base[1:], e2(city=c2), False),
        ("back", ["%s, %d, moved to %s last spring." % (name, a1, c1)] + base[1:] + ["In June she moved back to %s." % c2], e2(city=c2), False),
        ("sorry", ["%s, %d, moved to %s last spring." % (name, a1, c1), "Sorry, I meant %s, not %s." % (c2, c1)] + base[1:], e2(city=c2), False),
        ("makethat", ["%s, %d, moved to %s last spring." % (name, a1, c1)] + base[1:] + ["Make that %s, my mistake." % c2], e2(city=c2), False),
        ("agecorr", ["%s, %d, moved to %s last spring." % (name, a1, c1), "Oops, she is %d, not %d." % (a2, a1)] + base[1:], e2(age=a2), False),
        ("brother", ["%s, %d, moved to %s last spring." % (name, a2, c1), "Her brother, %d, lives in %s." % (a1, c2)] + base[1:], e2(age=a2), False),
        ("brother2", ["%s's brother, %d, moved to %s last spring." % (name, a1, c1), "She herself is %d and lives in %s." % (a2, c2)] + base[1:], e2(age=a2, city=c2), False),
        ("mother", ["%s moved to %s last spring with her mother, %d." % (name, c1, a1), "She is %d." % a2] + base[1:], e2(age=a2), False),
        ("saidage", ["%s moved to %s last spring." % (name, c1), "Her colleague said she is %d, but she is %d." % (a1, a2)] + base[1:], e2(age=a2), False),
        ("words", ["%s, %s, moved to %s last spring." % (name, R251_WORDS.get(a2, str(a2)), c1)] + base[1:], e2(age=a2), False),
        ("turns", ["%s, who turns %d next week, moved to %s last spring." % (name, a1, c1)] + base[1:], e2(age=a1 - 1), False),
        ("if", ["If %s were %d, she could retire in %s; she is %d and lives in %s." % (name, a1, c1, a2, c2)] + base[1:], e2(age=a2, city=c2), False),
        ("trip", ["%s, %d, lives in %s and flew to %s last spring for a week." % (name, a1, c2, c1)] + base[1:], e2(city=c2), False),
    ]
    singles = [
        ("fw-usedto", ["%s, %d, used to live in %s; she now lives in %s." % (name, a2, c2, c1)] + base[1:], {"name": name, "age": a2, "city": c1}, {"name": name, "age": a2, "city": c2}),
        ("fw-brother", ["%s, %d, lives in %s; her brother, %d, lives in %s." % (name, a1, c2, a2, c1)] + base[1:], {"name": name, "age": a1, "city": c2}, {"name": name, "age": a2, "city": c1}),
        ("fw-will", ["%s, %d, lives in %s and will move to %s next spring." % (name, a2, c1, c2)] + base[1:], {"name": name, "age": a2, "city": c1}, {"name": name, "age": a2, "city": c2}),
    ]
    return "r251_person", schema, instr, base, exp, v, singles


def r251_invoice():
    amt1, amt2 = r251_two(["1,240", "980", "2,150", "645", "3,300", "1,875", "410", "760"])
    num = lambda s: int(s.replace(",", ""))
    d1, d2 = r251_two([3, 7, 12, 15, 21, 28])
    mon = r251_pick(R251_MONTHS)
    schema = S({"amount": "number", "due_date": "string", "paid": "boolean"},
               {"amount": "invoice amount in euros", "due_date": "due date as written in the text", "paid": "whether the invoice has been paid"})
    instr = r251_pick(["Extract the invoice amount, due date and whether it has been paid.",
                       "Read the message and return amount, due_date and paid as JSON.",
                       "Give the invoice's amount, its due date and whether we paid it."])
    base = ["Thanks for your note about the invoice.", "The invoice of €%s is due on %d %s." % (amt1, d1, mon),
            "We paid it in full yesterday."]
    exp = {"amount": num(amt1), "due_date": "%d %s" % (d1, mon), "paid": True}
    e2 = lambda **k: dict(exp, **k)
    inv = "The invoice of €%s is due on %d %s." % (amt1, d1, mon)
    v = [
        ("val-amt", [base[0], "The invoice of €%s is due on %d %s." % (amt2, d1, mon), base[2]], e2(amount=num(amt2)), False),
        ("val-date", [base[0], "The invoice of €%s is due on %d %s." % (amt1, d2, mon), base[2]], e2(due_date="%d %s" % (d2, mon)), False),
        ("notpaid", [base[0], inv, "We did not pay it yet."], e2(paid=False), False),
        ("willpay", [base[0], inv, "We will pay it in full tomorrow."], e2(paid=False), False),
        ("mightpay", [base[0], inv, "We might pay it in full next week."], e2(paid=False), False),
        ("planned", [base[0], inv, "We planned to pay it in full yesterday, but the transfer failed."], e2(paid=False), False),
        ("ifpaid", [base[0], inv, "If we had paid it in full yesterday, we would have had the discount."], e2(paid=False), False),
        ("annasaid", [base[0], inv, "Our accountant said we paid it in full yesterday, but nothing has left the account."], e2(paid=False), False),
        ("returned", [base[0], inv, "We paid it in full yesterday, but the bank returned the payment."], e2(paid=False), False),
        ("sorrydate", [base[0], inv, "Sorry, I meant %d %s." % (d2, mon), base[2]], e2(due_date="%d %s" % (d2, mon)), False),
        ("second", [base[0], "The invoice of €%s is due on %d %s; the reminder fee of €%s comes on top." % (amt2, d1, mon, amt1), base[2]], e2(amount=num(amt2)), False),
        ("was", [base[0], "The invoice, first issued at €%s, is now €%s and due on %d %s." % (amt1, amt2, d1, mon), base[2]], e2(amount=num(amt2)), False),
        ("moved", [base[0], inv, "The due date was moved two days later.", base[2]], e2(due_date="%d %s" % (d1 + 2, mon)), False),
        ("credit", [base[0], inv, "We paid it in full yesterday.", "Please ignore that: the payment was for another invoice."], e2(paid=False), False),
        ("neither", [base[0], inv, "Neither of us has paid it."], e2(paid=False), False),
        ("halfpaid", [base[0], inv, "We paid half of it yesterday."], e2(paid=False), False),
    ]
    singles = [
        ("fw-notpaid", [base[0], "The invoice of €%s is due on %d %s." % (amt2, d2, mon), "We have not paid it."], {"amount": num(amt2), "due_date": "%d %s" % (d2, mon), "paid": False}, {"amount": num(amt2), "due_date": "%d %s" % (d2, mon), "paid": True}),
        ("fw-second", [base[0], "The invoice of €%s is due on %d %s; the reminder fee of €%s comes on top." % (amt2, d2, mon, amt1), base[2]], {"amount": num(amt2), "due_date": "%d %s" % (d2, mon), "paid": True}, {"amount": num(amt1), "due_date": "%d %s" % (d2, mon), "paid": True}),
    ]
    return "r251_invoice", schema, instr, base, exp, [x for x in v if x[2] is not None], singles


def r251_train():
    t1, t2 = r251_two(["7:15", "6:40", "8:05", "9:30", "17:45", "18:10", "6:55", "19:20"])
    dy1, dy2 = r251_two(R251_DAYS)
    first = r251_pick(R251_MFIRST)
    schema = S({"departure_time": "string", "day": "string"},
               {"departure_time": "time of the train the writer will take", "day": "day of travel"})
    instr = r251_pick(["Which train will the writer take? Return departure_time and day as JSON.",
                       "Return the departure time of the train the sender will take and the day.",
                       "Extract the day and the departure_time of the writer's train."])
    base = ["Hi!", "I'll take the %s train on %s, not the %s." % (t1, dy1, t2), "See you at the station."]
    exp = {"departure_time": t1, "day": dy1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("swap", [base[0], "I'll take the %s train on %s, not the %s." % (t2, dy1, t1), base[2]], e2(departure_time=t2), False),
        ("instead", [base[0], "I was going to take the %s train on %s, but I'll take the %s instead." % (t1, dy1, t2), base[2]], e2(departure_time=t2), False),
        ("sorry", [base[0], "I'll take the %s train on %s, not the %s." % (t1, dy1, t2), "Sorry, I meant %s." % dy2, base[2]], e2(day=dy2), False),
        ("friend", [base[0], "%s will take the %s train on %s; I'll take the %s." % (first, t1, dy1, t2), base[2]], e2(departure_time=t2), False),
        ("missed", [base[0], "I wanted the %s train on %s but missed it, so I'm on the %s." % (t1, dy1, t2), base[2]], e2(departure_time=t2), False),
        ("cancel", [base[0], "I'll take the %s train on %s, not the %s." % (t1, dy1, t2), "Update: the %s is cancelled, so I'll take the %s after all." % (t1, t2), base[2]], e2(departure_time=t2), False),
        ("nextday", [base[0], "I'll take the %s train the day after %s, not the %s." % (t1, dy1, t2), base[2]], e2(day=R251_WEEK[(R251_WEEK.index(dy1) + 1) % 7]), False),
        ("dayval", [base[0], "I'll take the %s train on %s, not the %s." % (t1, dy2, t2), base[2]], e2(day=dy2), False),
        ("neg", [base[0], "I won't take the %s train on %s; I'll take the %s." % (t1, dy1, t2), base[2]], e2(departure_time=t2), False),
    ]
    singles = [
        ("fw-swap", [base[0], "I'll take the %s train on %s, not the %s." % (t2, dy2, t1), base[2]], {"departure_time": t2, "day": dy2}, {"departure_time": t1, "day": dy2}),
        ("fw-friend", [base[0], "%s will take the %s train on %s; I'll take the %s." % (first, t2, dy2, t1), base[2]], {"departure_time": t1, "day": dy2}, {"departure_time": t2, "day": dy2}),
    ]
    return "r251_train", schema, instr, base, exp, v, singles


def r251_pay():
    p1, p2 = r251_two(R251_FIRST[:6] + R251_MFIRST[:6])
    a1, a2 = r251_two([40, 55, 120, 75, 230, 18, 90])
    schema = S({"payer": "string", "payee": "string", "amount": "number"},
               {"payer": "who paid", "payee": "who received the money", "amount": "amount in euros"})
    instr = r251_pick(["Who paid whom, and how much? Return payer, payee and amount as JSON.",
                       "Extract payer, payee and amount from the chat.",
                       "From the note, return who paid (payer), who got the money (payee) and the amount."])
    base = ["About the dinner on Friday:", "%s paid %s €%d for the tickets." % (p1, p2, a1), "All settled now."]
    exp = {"payer": p1, "payee": p2, "amount": a1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("swap", [base[0], "%s paid %s €%d for the tickets." % (p2, p1, a1), base[2]], e2(payer=p2, payee=p1), False),
        ("passive", [base[0], "%s was paid €%d by %s for the tickets." % (p2, a1, p1), base[2]], exp, True),
        ("passive-swap", [base[0], "%s was paid €%d by %s for the tickets." % (p1, a1, p2), base[2]], e2(payer=p2, payee=p1), False),
        ("received", [base[0], "%s received €%d from %s for the tickets." % (p1, a1, p2), base[2]], e2(payer=p2, payee=p1), False),
        ("owes", [base[0], "%s owed %s €%d for the tickets, and %s paid it back." % (p2, p1, a1, p2), base[2]], e2(payer=p2, payee=p1), False),
        ("val", [base[0], "%s paid %s €%d for the tickets." % (p1, p2, a2), base[2]], e2(amount=a2), False),
        ("twice", [base[0], "%s paid %s €%d for the tickets, and the same again for the taxi." % (p1, p2, a1), base[2]], e2(amount=2 * a1), False),
        ("back", [base[0], "%s paid %s €%d for the tickets." % (p1, p2, a1), "Later %s paid %s back the full €%d." % (p2, p1, a1)], None, False),
        ("didnot", [base[0], "%s did not pay %s; %s paid %s €%d for the tickets." % (p1, p2, p2, p1, a1), base[2]], e2(payer=p2, payee=p1), False),
    ]
    singles = [
        ("fw-received", [base[0], "%s received €%d from %s for the tickets." % (p1, a2, p2), base[2]], {"payer": p2, "payee": p1, "amount": a2}, {"payer": p1, "payee": p2, "amount": a2}),
    ]
    return "r251_pay", schema, instr, base, exp, [x for x in v if x[2] is not None], singles


def r251_booking():
    rooms, nights = r251_two([2, 3, 4, 5])
    d1, d2 = r251_two([4, 9, 14, 18, 22])
    mon = r251_pick(R251_MONTHS)
    last = r251_pick(R251_LAST)
    schema = S({"rooms": "integer", "nights": "integer", "arrival": "string"},
               {"arrival": "arrival date as written"})
    instr = r251_pick(["Return the number of rooms, nights and the arrival date of the booking.",
                       "Extract rooms, nights and arrival from the confirmation letter.",
                       "How many rooms and nights, arriving when? JSON please."])
    base = ["Dear Ms %s," % last, "we confirm your booking of %d rooms for %d nights from %d %s." % (rooms, nights, d1, mon),
            "Breakfast is served from seven."]
    exp = {"rooms": rooms, "nights": nights, "arrival": "%d %s" % (d1, mon)}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("swapnum", [base[0], "we confirm your booking of %d rooms for %d nights from %d %s." % (nights, rooms, d1, mon), base[2]], e2(rooms=nights, nights=rooms), False),
        ("words", [base[0], "we confirm your booking of %s rooms for %d nights from %d %s." % (R251_WORDS[nights], nights, d1, mon), base[2]], e2(rooms=nights), False),
        ("extra", [base[0], "we confirm your booking of %d rooms for %d nights from %d %s." % (rooms, nights, d1, mon), "As requested, we have added one more night.", base[2]], e2(nights=nights + 1), False),
        ("later", [base[0], "we confirm your booking of %d rooms for %d nights from %d %s." % (rooms, nights, d1, mon), "Your arrival is now %d %s, as you asked." % (d2, mon), base[2]], e2(arrival="%d %s" % (d2, mon)), False),
        ("request", [base[0], "you asked for %d rooms for %d nights from %d %s; we can confirm %d rooms only." % (rooms, nights, d1, mon, rooms - 1), base[2]], e2(rooms=rooms - 1), False),
        ("noavail", [base[0], "we confirm your booking of %d rooms for %d nights from %d %s." % (rooms, nights, d1, mon), "Unfortunately one of the rooms is no longer available, so the booking is for one room fewer.", base[2]], e2(rooms=rooms - 1), False),
        ("val", [base[0], "we confirm your booking of %d rooms for %d nights from %d %s." % (rooms, nights, d2, mon), base[2]], e2(arrival="%d %s" % (d2, mon)), False),
    ]
    singles = [
        ("fw-request", [base[0], "you asked for %d rooms for %d nights from %d %s; we can confirm %d rooms only." % (nights, rooms, d2, mon, nights - 1), base[2]], {"rooms": nights - 1, "nights": rooms, "arrival": "%d %s" % (d2, mon)}, {"rooms": nights, "nights": rooms, "arrival": "%d %s" % (d2, mon)}),
    ]
    return "r251_booking", schema, instr, base, exp, v, singles


def r251_order():
    o1, o2 = r251_rng.sample(range(40000, 99999), 2)
    q1, q2 = r251_two([2, 3, 4, 6, 8, 12])
    item = r251_pick(["desk lamps", "kettles", "office chairs", "monitors", "toasters"])
    schema = S({"order_number": "integer", "quantity": "integer", "damaged": "boolean"},
               {"order_number": "the order the customer complains about", "quantity": "number of items in that order",
                "damaged": "whether the goods arrived damaged"})
    instr = r251_pick(["Extract the order number, quantity and whether it arrived damaged.",
                       "From the ticket, return order_number, quantity and damaged.",
                       "Summarise the complaint as JSON: order_number, quantity, damaged."])
    base = ["I am writing about order %d." % o1, "It contained %d %s and they arrived damaged." % (q1, item),
            "Please advise."]
    exp = {"order_number": o1, "quantity": q1, "damaged": True}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("notdmg", [base[0], "It contained %d %s and they arrived in perfect condition." % (q1, item), base[2]], e2(damaged=False), False),
        ("fine-other", ["I am writing about order %d." % o2, "Order %d arrived fine, but order %d contained %d %s and they arrived damaged." % (o1, o2, q1, item), base[2]], e2(order_number=o2), False),
        ("qty", [base[0], "It contained %d %s and they arrived damaged." % (q2, item), base[2]], e2(quantity=q2), False),
        ("ordered", [base[0], "I ordered %d %s but only %d arrived, damaged." % (q1, item, q2), base[2]], e2(quantity=q2), False),
        ("notyet", [base[0], "It contained %d %s and they have not arrived yet." % (q1, item), base[2]], e2(damaged=False), False),
        ("fear", [base[0], "It contained %d %s; I worry they might arrive damaged." % (q1, item), base[2]], e2(damaged=False), False),
        ("corr", [base[0], "It contained %d %s and they arrived damaged." % (q1, item), "Sorry, the order number is %d." % o2, base[2]], e2(order_number=o2), False),
        ("twice", [base[0], "It contained %d %s, and twice as many cups, and they arrived damaged." % (q1, item), base[2]], exp, True),
    ]
    singles = [
        ("fw-ordered", [base[0], "I ordered %d %s but only %d arrived, damaged." % (q2, item, q1), base[2]], {"order_number": o1, "quantity": q1, "damaged": True}, {"order_number": o1, "quantity": q2, "damaged": True}),
    ]
    return "r251_order", schema, instr, base, exp, v, singles


def r251_chat():
    a, b = r251_two(R251_FIRST)
    t1, t2 = r251_two(["10:30", "11:00", "14:15", "15:45", "9:00", "16:30"])
    r1, r2 = r251_two(["4B", "7C", "2A", "5D", "3F"])
    schema = S({"time": "string", "room": "string"},
               {"time": "the time the meeting starts", "room": "the room of the meeting"})
    instr = r251_pick(["What time and in which room is the meeting they agreed on? JSON with time and room.",
                       "Return the agreed meeting time and room from the chat.",
                       "Extract time and room of the meeting from this transcript."])
    base = ["%s: Shall we meet at %s in room %s?" % (a, t1, r1), "%s: Yes, %s in room %s works for me." % (b, t1, r1),
            "%s: Great, see you then." % a]
    exp = {"time": t1, "room": r1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("counter", ["%s: Shall we meet at %s in room %s?" % (a, t1, r1), "%s: %s is bad for me; %s in room %s?" % (b, t1, t2, r1), "%s: Fine, %s it is." % (a, t2)], e2(time=t2), False),
        ("roomchg", base[:2] + ["%s: Room %s is taken, let's use %s instead." % (a, r1, r2), "%s: OK." % b], e2(room=r2), False),
        ("sorry", base[:2] + ["%s: Sorry, I meant %s, not %s." % (a, t2, t1), "%s: Even better." % b], e2(time=t2), False),
        ("val", ["%s: Shall we meet at %s in room %s?" % (a, t2, r1), "%s: Yes, %s in room %s works for me." % (b, t2, r1), base[2]], e2(time=t2), False),
    ]
    singles = [
        ("fw-counter", ["%s: Shall we meet at %s in room %s?" % (a, t2, r2), "%s: %s is bad for me; %s in room %s?" % (b, t2, t1, r2), "%s: Fine, %s it is." % (a, t1)], {"time": t1, "room": r2}, {"time": t2, "room": r2}),
    ]
    return "r251_chat", schema, instr, base, exp, v, singles


def r251_news():
    c1, c2 = r251_two(R251_CITY)
    n1, n2 = r251_two([120, 240, 85, 310, 56, 430])
    dy1, dy2 = r251_two(R251_DAYS)
    schema = S({"city": "string", "cost_millions": "number", "day": "string"},
               {"city": "where the bridge was opened", "cost_millions": "cost in millions of kroner", "day": "day of the opening"})
    instr = r251_pick(["Extract city, cost_millions and day from the news brief.",
                       "Return where and on which day the bridge opened, and its cost in millions.",
                       "Read the brief and give city, cost_millions, day."])
    base = ["The mayor opened the new bridge in %s on %s." % (c1, dy1), "The bridge cost %d million kroner." % n1,
            "Traffic is expected to rise."]
    exp = {"city": c1, "cost_millions": n1, "day": dy1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("will", ["The mayor will open the new bridge in %s on %s; the one in %s opened on %s." % (c2, dy1, c1, dy2), base[1], base[2]], e2(day=dy2), False),
        ("budget", [base[0], "The bridge was budgeted at %d million kroner but cost %d million." % (n1, n2), base[2]], e2(cost_millions=n2), False),
        ("twice", [base[0], "The bridge cost twice the %d million kroner first planned." % n1, base[2]], e2(cost_millions=2 * n1), False),
        ("postponed", ["The mayor was to open the new bridge in %s on %s, but the opening was postponed to %s." % (c1, dy1, dy2), base[1], base[2]], e2(day=dy2), False),
        ("val", ["The mayor opened the new bridge in %s on %s." % (c2, dy1), base[1], base[2]], e2(city=c2), False),
        ("near", ["The mayor of %s opened the new bridge in %s on %s." % (c1, c2, dy1), base[1], base[2]], e2(city=c2), False),
    ]
    singles = [
        ("fw-budget", [base[0], "The bridge was budgeted at %d million kroner but cost %d million." % (n2, n1), base[2]], {"city": c1, "cost_millions": n1, "day": dy1}, {"city": c1, "cost_millions": n2, "day": dy1}),
    ]
    return "r251_news", schema, instr, base, exp, v, singles


def r251_review():
    nights, room = r251_pick([2, 3, 4, 5]), r251_rng.randint(101, 499)
    room2 = room + r251_pick([2, 10, 100])
    total, total2 = r251_two([390, 520, 275, 640, 455])
    schema = S({"nights": "integer", "room": "integer", "total_paid": "number"},
               {"room": "room number the reviewer stayed in", "total_paid": "what the reviewer paid in euros"})
    instr = r251_pick(["From the review, return nights, room and total_paid.",
                       "Extract how many nights the reviewer stayed, the room number and what they paid.",
                       "Give nights, room and total_paid of this hotel review as JSON."])
    base = ["Lovely stay overall.", "I stayed %d nights in room %d and paid %d euros." % (nights, room, total),
            "The staff were friendly."]
    exp = {"nights": nights, "room": room, "total_paid": total}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("moved", [base[0], "I stayed %d nights, first in room %d, then they moved me to room %d for the rest; I paid %d euros." % (nights, room, room2, total), base[2]], None, False),
        ("quoted", [base[0], "I stayed %d nights in room %d; they quoted %d euros but I paid %d." % (nights, room, total, total2), base[2]], e2(total_paid=total2), False),
        ("refund", [base[0], "I stayed %d nights in room %d and paid %d euros, of which they refunded %d." % (nights, room, total, 50), base[2]], e2(total_paid=total - 50), False),
        ("friend", [base[0], "I stayed %d nights in room %d; my friend in room %d paid %d euros and I paid %d." % (nights, room, room2, total, total2), base[2]], e2(total_paid=total2), False),
        ("booked", [base[0], "I booked %d nights in room %d and paid %d euros, but left a night early." % (nights, room, total), base[2]], e2(nights=nights - 1), False),
        ("val", [base[0], "I stayed %d nights in room %d and paid %d euros." % (nights, room2, total), base[2]], e2(room=room2), False),
        ("wouldpay", [base[0], "I stayed %d nights in room %d; I would happily have paid %d euros, but it was %d." % (nights, room, total, total2), base[2]], e2(total_paid=total2), False),
    ]
    singles = [
        ("fw-quoted", [base[0], "I stayed %d nights in room %d; they quoted %d euros but I paid %d." % (nights, room, total2, total), base[2]], {"nights": nights, "room": room, "total_paid": total}, {"nights": nights, "room": room, "total_paid": total2}),
    ]
    return "r251_review", schema, instr, base, exp, [x for x in v if x[2] is not None], singles


def r251_family():
    """Several people in one text; the instruction picks one (relations by role words, one named person)."""
    first, last = r251_pick(R251_MFIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    a1, a2, a3 = r251_rng.sample([8, 11, 14, 38, 41, 44, 67, 70], 3)
    c1, c2 = r251_two(R251_CITY)
    schema = S({"age": "integer", "city": "string"}, {"age": "the applicant's age", "city": "the applicant's home city"})
    instr = r251_pick(["Return the applicant's age and home city.",
                       "From the letter, extract age and city of the applicant (the writer).",
                       "Give the writer's age and the city where he lives, as JSON."])
    base = ["My name is %s and I am applying for the allotment." % name, "I am %d and I live in %s." % (a1, c1),
            "I have gardened for years."]
    exp = {"age": a1, "city": c1}
    e2 = lambda **k: dict(exp, **k)
    v = [
        ("wife", [base[0], "My wife is %d and lives in %s; I am %d and live in %s." % (a1, c1, a2, c2), base[2]], e2(age=a2, city=c2), False),
        ("son", [base[0], "I am %d and I live in %s; my son, %d, lives in %s." % (a2, c2, a1, c1), base[2]], e2(age=a2, city=c2), False),
        ("father", [base[0], "My father was %d when he moved to %s; I am %d and live in %s." % (a1, c1, a2, c2), base[2]], e2(age=a2, city=c2), False),
        ("wassaid", [base[0], "The clerk wrote that I am %d and live in %s, but I am %d and live in %s." % (a1, c1, a2, c2), base[2]], e2(age=a2, city=c2), False),
        ("when", [base[0], "I was %d when I moved to %s; I am %d now." % (a1, c1, a2), base[2]], e2(age=a2), False),
        ("born", [base[0], "I was born in %s and I am %d; I live in %s." % (c1, a1, c2), base[2]], e2(city=c2), False),
        ("val", [base[0], "I am %d and I live in %s." % (a2, c1), base[2]], e2(age=a2), False),
    ]
    singles = [
        ("fw-son", [base[0], "I am %d and I live in %s; my son, %d, lives in %s." % (a1, c1, a3, c2), base[2]], {"age": a1, "city": c1}, {"age": a3, "city": c2}),
        ("fw-born", [base[0], "I was born in %s and I am %d; I live in %s." % (c2, a2, c1), base[2]], {"age": a2, "city": c1}, {"age": a2, "city": c2}),
    ]
    return "r251_family", schema, instr, base, exp, v, singles


def r251_profile():
    """One person, plain statements (the likeliest prose to be stored)."""
    first, last = r251_pick(R251_FIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    c1, c2 = r251_two(R251_CITY)
    a1, a2 = r251_rng.sample([29, 31, 34, 37, 42, 45, 51, 23, 26, 38], 2)
    schema = S({"name": "string", "age": "integer", "city": "string"})
    instr = r251_pick(["Extract name, age and city from the text as JSON.",
                       "Return the name, age and city of the person in the text.",
                       "Please give name, age and city as a JSON object."])
    base = ["%s is %d years old and lives in %s." % (name, a1, c1), "She works as a nurse."]
    exp = {"name": name, "age": a1, "city": c1}
    e2 = lambda **k: dict(exp, **k)
    st = "%s is %d years old and lives in %s." % (name, a1, c1)
    v = [
        ("val-age", ["%s is %d years old and lives in %s." % (name, a2, c1), base[1]], e2(age=a2), False),
        ("words-safe", ["%s is %s years old and lives in %s." % (name, R251_WORDS.get(a1, str(a1)), c1), base[1]], exp, True),
        ("words", ["%s is %s years old and lives in %s." % (name, R251_WORDS.get(a2, str(a2)), c1), base[1]], e2(age=a2), False),
        ("until", ["%s is %d years old and lived in %s until 2020; she now lives in %s." % (name, a1, c1, c2), base[1]], e2(city=c2), False),
        ("notlive", ["%s is %d years old and does not live in %s; she lives in %s." % (name, a1, c1, c2), base[1]], e2(city=c2), False),
        ("willlive", ["%s is %d years old and will live in %s from June; she lives in %s." % (name, a1, c1, c2), base[1]], e2(city=c2), False),
        ("corr", [st, "Correction: she lives in %s." % c2, base[1]], e2(city=c2), False),
        ("lastyear", [st, "That was last year; now she lives in %s." % c2, base[1]], e2(city=c2), False),
        ("agenext", [st, "Wait, she turned %d yesterday." % a2, base[1]], e2(age=a2), False),
        ("sister", ["%s's sister is %d years old and lives in %s; %s is %d and lives in %s." % (name, a1, c1, first, a2, c2), base[1]], e2(age=a2, city=c2), False),
        ("ifwere", ["If %s were %d years old and lived in %s, she could vote there; she is %d and lives in %s." % (name, a1, c1, a2, c2), base[1]], e2(age=a2, city=c2), False),
        ("said", ["%s says she is %d years old and lives in %s, but her passport says %d." % (name, a1, c1, a2), base[1]], None, False),
        ("claims", ["%s is %d years old and lives in %s, or so her old form claims; she actually lives in %s." % (name, a1, c1, c2), base[1]], e2(city=c2), False),
        ("swapline", [base[1], st], exp, True),
        ("hi", ["Hi there!", st, base[1]], exp, True),
        ("typo", [st, "She works as a nurse, by the way."], exp, True),
        ("trailing", [st, base[1], "Best wishes, HR."], exp, True),
    ]
    singles = [
        ("fw-until", ["%s is %d years old and lived in %s until 2020; she now lives in %s." % (name, a2, c2, c1), base[1]], {"name": name, "age": a2, "city": c1}, {"name": name, "age": a2, "city": c2}),
        ("fw-sister", ["%s's sister is %d years old and lives in %s; %s is %d and lives in %s." % (name, a2, c2, first, a1, c1), base[1]], {"name": name, "age": a1, "city": c1}, {"name": name, "age": a2, "city": c2}),
    ]
    return "r251_profile", schema, instr, base, exp, [x for x in v if x[2] is not None], singles


def r251_twonames():
    """Two people by first name only in one text; the instruction names one."""
    a, b = r251_two(R251_FIRST[:6] + R251_MFIRST[:6])
    x1, x2 = r251_rng.sample([29, 31, 34, 37, 42, 45, 51, 23, 26, 38], 2)
    c1, c2 = r251_two(R251_CITY)
    schema = S({"age": "integer", "city": "string"})
    instr = r251_pick(["Return %s's age and city as JSON." % a,
                       "What are %s's age and city? Answer in JSON." % a,
                       "Extract age and city for %s only." % a])
    base = ["%s is %d and lives in %s." % (a, x1, c1), "%s is %d and lives in %s." % (b, x2, c2)]
    exp = {"age": x1, "city": c1}
    v = [
        ("swapnames", ["%s is %d and lives in %s." % (b, x1, c1), "%s is %d and lives in %s." % (a, x2, c2)], {"age": x2, "city": c2}, False),
        ("swapcity", ["%s is %d and lives in %s." % (a, x1, c2), "%s is %d and lives in %s." % (b, x2, c1)], {"age": x1, "city": c2}, False),
        ("oneline", ["%s is %d and lives in %s, and %s is %d and lives in %s." % (b, x1, c1, a, x2, c2)], {"age": x2, "city": c2}, False),
        ("swaplines", [base[1], base[0]], exp, True),
        ("says", ["%s says %s is %d and lives in %s." % (b, a, x1, c1), "%s is %d and lives in %s." % (b, x2, c2)], exp, True),
        ("wrongsays", ["%s says %s is %d and lives in %s, but that is %s's own age and city." % (b, a, x1, c1, b), "%s is %d and lives in %s." % (a, x2, c2)], {"age": x2, "city": c2}, False),
        ("neg", ["%s is %d and lives in %s." % (b, x1, c1), "%s is not %d; %s is %d and lives in %s." % (a, x1, a, x2, c2)], {"age": x2, "city": c2}, False),
    ]
    singles = [
        ("fw-swap", ["%s is %d and lives in %s." % (b, x2, c2), "%s is %d and lives in %s." % (a, x1, c1)], {"age": x1, "city": c1}, {"age": x2, "city": c2}),
    ]
    return "r251_twonames", schema, instr, base, exp, v, singles


R251_SCENES = [r251_person, r251_invoice, r251_train, r251_pay, r251_booking, r251_order, r251_chat, r251_news,
               r251_review, r251_family, r251_profile, r251_twonames]


def r251_build(reps):
    for rep in range(reps):
        for scene in R251_SCENES:
            fam, schema, instr, base, exp, variants, singles = scene()
            layouts = ["lines"] if scene is r251_chat else r251_rng.sample(R251_LAYOUTS, 2)
            for layout in layouts:
                ctx = r251_ctx()
                doc = lambda sents: instr + "\n" + r251_wrap(layout, sents, ctx)
                bid = r251_add("b", fam, doc(base), schema, exp, [exp], "base")
                if bid is None:
                    continue
                for tag, sents, e, safe in variants:
                    r251_add("v-" + tag, fam, doc(sents), schema, e, [e], "safe" if safe else "pair",
                             safe=safe, base=bid)
                for tag, sents in r251_safe_edits(base):
                    r251_add("s-" + tag, fam, doc(sents), schema, exp, [exp], "safe", safe=True, base=bid)
                # the same base again, a second time (stored? reused?)
                for tag, sents, e, wrong in singles:
                    r251_add("f-" + tag, fam, doc(sents), schema, e, [wrong, e, e], "single", base=bid)


r251_build(3)


# ------------------------------------------------------------------ a record in fields under a sentence of prose
# Pure prose is never stored (the first pass: 0 of 2,928 reused). A record in "Label: value" fields is; here a
# sentence of prose ABOVE the first field (or a greeting and a sentence, or a sentence below) says in running text
# that a value of the record is another, or not so, or someone else's.
def r251_hybrid_kinds():
    first, last = r251_pick(R251_FIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    c1, c2 = r251_two(R251_CITY)
    a1, a2 = r251_rng.sample([29, 31, 34, 37, 42, 45, 51, 23, 26, 38], 2)
    person = ("r251_hy_person", S({"name": "string", "age": "integer", "city": "string"}),
              r251_pick(["Return name, age and city as JSON.", "Extract the name, age and city of the customer.",
                         "Give the customer's name, age and city."]),
              [("Name", name), ("Age", str(a1)), ("City", c1)], {"name": name, "age": a1, "city": c1},
              [("city", "%s has lived in %s for a year now; the card below predates that." % (first, c2), {"city": c2}),
               ("city", "Please read %s wherever the card below says %s." % (c2, c1), {"city": c2}),
               ("city", "Sorry, I meant %s where the card below says %s." % (c2, c1), {"city": c2}),
               ("city", "Since the card was written she relocated to %s for good." % c2, {"city": c2}),
               ("city", "She left %s in May and lives in %s today." % (c1, c2), {"city": c2}),
               ("city", "The city on this card is her employer's, she herself lives in %s." % c2, {"city": c2}),
               ("city", "She never lived in %s; the clerk typed the wrong city." % c1, None),
               ("age", "She turned %d last week, so the card below is out of date." % a2, {"age": a2}),
               ("age", "The age below is her husband's; she herself is %d." % a2, {"age": a2}),
               ("age", "Mind you, she is %d, not what the card below says." % a2, {"age": a2}),
               ("age", "Her real age is %d; the form rounds it off." % a2, {"age": a2}),
               ("age", "If she were %d she would get the discount; she is %d in fact." % (a1, a2), {"age": a2}),
               ("name", "The customer is %s's daughter, %s %s, who shares the address." % (first, r251_pick(R251_FIRST), last), None),
               ("safe", "Please process the following customer record below.", {}),
               ("safe", "Here are the customer's details from our front desk:", {}),
               ("safe", "Hello, the card you asked for is below.", {}),
               ])
    amt1, amt2 = r251_two(["1240.00", "980.00", "2150.00", "645.50", "3300.00", "410.00"])
    d1, d2 = r251_two(["2027-03-03", "2027-04-15", "2027-05-21", "2027-06-07"])
    invoice = ("r251_hy_invoice", S({"amount": "number", "due_date": "string", "paid": "boolean"}),
               r251_pick(["Extract amount, due date and paid status from the invoice.", "Return amount, due_date and paid as JSON.",
                          "Give the invoice's amount, due_date and whether it is paid."]),
               [("Invoice", "INV-%d" % r251_rng.randint(1000, 9999)), ("Amount", amt1), ("Due date", d1), ("Paid", "yes")],
               {"amount": float(amt1), "due_date": d1, "paid": True},
               [("paid", "The payment shown below bounced on Friday, so nothing is settled yet.", {"paid": False}),
                ("paid", "Our bank sent the money back, so the invoice below is still open.", {"paid": False}),
                ("paid", "We meant to pay this, but the transfer below never went out.", {"paid": False}),
                ("paid", "Ignore the yes below, the customer has not paid a cent.", {"paid": False}),
                ("paid", "The customer says it is paid, though our account shows nothing.", {"paid": False}),
                ("amount", "After the credit note the amount below comes to %s." % amt2, {"amount": float(amt2)}),
                ("amount", "Please read %s wherever the invoice below says %s." % (amt2, amt1), {"amount": float(amt2)}),
                ("amount", "Sorry, the amount is %s, the figure below is a typo." % amt2, {"amount": float(amt2)}),
                ("due_date", "We agreed to push the due date to %s for this one." % d2, {"due_date": d2}),
                ("due_date", "Sorry, I meant %s as the due date, see below." % d2, {"due_date": d2}),
                ("due_date", "The due date below was extended by two weeks on request.", None),
                ("safe", "Please process the following invoice for the accounts team.", {}),
                ("safe", "Forwarded from the front desk; details below.", {}),
                ("safe", "Hi, here is the invoice you asked about:", {}),
                ])
    g = r251_pick(R251_MFIRST) + " " + r251_pick(R251_LAST)
    r1, n1 = r251_two([2, 3, 4, 5])
    booking = ("r251_hy_booking", S({"guest": "string", "rooms": "integer", "nights": "integer"}),
               r251_pick(["Return guest, rooms and nights of the booking.", "Extract the guest, rooms and nights as JSON.",
                          "Give the booking's guest, rooms and nights."]),
               [("Guest", g), ("Rooms", str(r1)), ("Nights", str(n1)), ("Arrival", "Friday")],
               {"guest": g, "rooms": r1, "nights": n1},
               [("nights", "The guest called to add one more night to the stay below.", {"nights": n1 + 1}),
                ("nights", "He will stay %d nights after all, see the booking below." % (n1 + 2), {"nights": n1 + 2}),
                ("nights", "Sorry, I meant %d nights where the form below says %d." % (n1 + 1, n1), {"nights": n1 + 1}),
                ("rooms", "He only needs %d rooms now, his brother cancelled." % (r1 - 1 if r1 > 2 else 1), {"rooms": r1 - 1 if r1 > 2 else 1}),
                ("rooms", "The booking below lists twice the rooms he actually wanted.", None),
                ("rooms", "If the group were bigger he would need %d rooms; it is %d rooms." % (r1, r1 + 2), {"rooms": r1 + 2}),
                ("guest", "The guest below is booking for his wife, who will be the guest.", None),
                ("safe", "Please process the following booking for the front desk.", {}),
                ("safe", "Good morning, the booking is below as requested:", {}),
                ])
    t1, t2 = r251_two(["07:15", "06:40", "08:05", "17:45", "18:10"])
    train = ("r251_hy_train", S({"departure_time": "string", "day": "string"}),
             r251_pick(["Return the departure_time and day of the trip.", "Extract departure time and day as JSON."]),
             [("Passenger", r251_pick(R251_FIRST) + " " + r251_pick(R251_LAST)), ("Departure time", t1), ("Day", "Tuesday"), ("Seat", "14A")],
             {"departure_time": t1, "day": "Tuesday"},
             [("departure_time", "She will take the %s train instead of the one below." % t2, {"departure_time": t2}),
              ("departure_time", "Sorry, I meant the %s, not the %s below." % (t2, t1), {"departure_time": t2}),
              ("departure_time", "The %s below is cancelled, she is on the %s." % (t1, t2), {"departure_time": t2}),
              ("day", "She travels on Wednesday now; the ticket below is the old one.", {"day": "Wednesday"}),
              ("day", "Sorry, I meant Thursday where the ticket below says Tuesday.", {"day": "Thursday"}),
              ("day", "The trip below got moved one day later.", {"day": "Wednesday"}),
              ("safe", "Please process the following ticket for the traveller below.", {}),
              ("safe", "Here is the ticket from the booking system:", {}),
              ])
    return [person, invoice, booking, train]


def r251_hybrid(reps):
    for rep in range(reps):
        for fam, schema, instr, fields, exp, notes in r251_hybrid_kinds():
            rec = "\n".join("%s: %s" % f for f in fields) + "\n"
            bid = r251_add("hb", fam, instr + "\nText:\n" + rec, schema, exp, [exp], "base")
            if bid is None:
                continue
            for member, sent, change in notes:
                if change is None:
                    continue
                e = dict(exp, **change)
                safe = member == "safe"
                for pos in ("above", "greet", "below", "marker"):
                    if pos == "above":
                        prompt = instr + "\nText:\n" + sent + "\n" + rec
                    elif pos == "greet":
                        prompt = instr + "\nHere is the email:\nHi,\n\n" + sent + "\n\n" + rec + "\nThanks\n"
                    elif pos == "below":
                        prompt = instr + "\nText:\n" + rec + sent + "\n"
                    else:
                        prompt = instr + "\n" + sent + "\nText:\n" + rec
                    r251_add("h%s-%s" % ("s" if safe else "v", pos), fam, prompt, schema, e, [e],
                             "safe" if safe else "pair", safe=safe, base=bid)


r251_hybrid(6)


# ------------------------------------------------------------------ a sentence made of the instruction's own words
# The instruction names what is wanted and what is not; the added sentence, in the instruction's words (and
# "below", "record", "following"), says the record's value is the one not wanted.
def r251_vocab_kinds():
    first, last = r251_pick(R251_FIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    c1 = r251_pick(R251_CITY)
    a1 = r251_pick([29, 31, 34, 37, 42, 45, 51])
    nul = lambda t: {"type": [t, "null"]}
    out = []
    pschema = S({"name": "string", "age": "integer", "city": nul("string")})
    prec = [("Name", name), ("Age", str(a1)), ("City", c1)]
    pexp = {"name": name, "age": a1, "city": c1}
    out.append(("r251_vo_city", pschema,
                "Return the customer's name, age and city as JSON: the city where the customer lives now, or null when the text gives only a previous city.",
                prec, pexp, [("The city below is a previous city.", {"city": None}),
                             ("The following city is only a previous city of the customer.", {"city": None}),
                             ("Below: a previous city, not where the customer lives now.", {"city": None}),
                             ("Please process the following customer record below.", {})]))
    out.append(("r251_vo_city2", pschema,
                "Give name, age and city of the customer; city is the city of the customer's home, or null if the record gives the city of the office only.",
                prec, pexp, [("The record below gives the city of the office only.", {"city": None}),
                             ("City below: the office, not the customer's home.", {"city": None}),
                             ("Forwarded from the front desk; details below.", {})]))
    aschema = S({"name": "string", "age": nul("integer"), "city": "string"})
    out.append(("r251_vo_age", aschema,
                "Extract the customer's name, age and city; give the age of the customer, or null when the age in the record is of a child.",
                prec, pexp, [("The age in the record below is of a child.", {"age": None}),
                             ("Below, the age is the age of a child of the customer.", {"age": None}),
                             ("Please process the following customer record below.", {})]))
    amt = r251_pick(["1240.00", "980.00", "2150.00", "645.50"])
    ischema = S({"amount": "number", "paid": "boolean"})
    irec = [("Invoice", "INV-%d" % r251_rng.randint(1000, 9999)), ("Amount", amt), ("Paid", "yes")]
    iexp = {"amount": float(amt), "paid": True}
    out.append(("r251_vo_paid", ischema,
                "Return amount and paid; paid is true only when the payment went through, false when the payment bounced.",
                irec, iexp, [("The payment below bounced.", {"paid": False}),
                             ("Following the record below, the payment bounced.", {"paid": False}),
                             ("Please process the following invoice below.", {})]))
    out.append(("r251_vo_amount", S({"amount": "number", "paid": "boolean"}),
                "Return amount and paid as JSON; the amount is in euros, and the amount is zero when the invoice was cancelled.",
                irec, iexp, [("The invoice below was cancelled.", {"amount": 0}),
                             ("Please process the following invoice below.", {})]))
    g = r251_pick(R251_MFIRST) + " " + r251_pick(R251_LAST)
    n1 = r251_pick([2, 3, 4, 5])
    bschema = S({"guest": "string", "nights": "integer"})
    brec = [("Guest", g), ("Nights", str(n1)), ("Arrival", "Friday")]
    out.append(("r251_vo_nights", bschema,
                "Return guest and nights; nights is the number of nights the guest stays, one more when the guest added a night.",
                brec, {"guest": g, "nights": n1}, [("The guest added a night.", {"nights": n1 + 1}),
                                                   ("Below, the guest added a night to the nights.", {"nights": n1 + 1}),
                                                   ("Please process the following booking below.", {})]))
    t1 = r251_pick(["07:15", "06:40", "08:05", "17:45"])
    out.append(("r251_vo_day", S({"departure_time": "string", "day": "string"}),
                "Return the departure time and day; the day is the day of the trip, Wednesday if the trip was moved to Wednesday.",
                [("Passenger", name), ("Departure time", t1), ("Day", "Tuesday")], {"departure_time": t1, "day": "Tuesday"},
                [("The trip was moved to Wednesday.", {"day": "Wednesday"}),
                 ("Please process the following trip below.", {})]))
    return out


def r251_vocab(reps):
    for rep in range(reps):
        for fam, schema, instr, fields, exp, notes in r251_vocab_kinds():
            rec = "\n".join("%s: %s" % f for f in fields) + "\n"
            bid = r251_add("vb", fam, instr + "\nText:\n" + rec, schema, exp, [exp], "base")
            if bid is None:
                continue
            for sent, change in notes:
                e = dict(exp, **change)
                safe = not change
                for pos in ("above", "below"):
                    prompt = instr + "\nText:\n" + (sent + "\n" + rec if pos == "above" else rec + sent + "\n")
                    r251_add("v%s-%s" % ("s" if safe else "v", pos), fam, prompt, schema, e, [e],
                             "safe" if safe else "pair", safe=safe, base=bid)


r251_vocab(2)


# ------------------------------------------------------------------ handing-over sentences that say more
# The sentences of handing a text over ("Please process the following customer record below.") are read as saying
# nothing; here they are written with the record's own member words so that they say whose record it is, or that two
# fields are the other way round.
R251_REFUSE = {"__refusal_expected__": True}


def r251_handover_kinds():
    first, last = r251_pick(R251_FIRST), r251_pick(R251_LAST)
    name = "%s %s" % (first, last)
    c1 = r251_pick(R251_CITY)
    a1 = r251_pick([29, 31, 34, 37, 42, 45, 51])
    out = []
    prec = [("Name", name), ("Age", str(a1)), ("City", c1)]
    pexp = {"name": name, "age": a1, "city": c1}
    pinstr = r251_pick(["Give the customer's name, age and city.", "Extract the name, age and city of the customer.",
                        "Return the customer's name, age and city as JSON."])
    out.append(("r251_ho_person", S({"name": "string", "age": "integer", "city": "string"}), pinstr, prec, pexp, [
        ("Here are our front desk's details, not the customer's:", R251_REFUSE),
        ("Here are the details of our front desk, the customer record is below those:", R251_REFUSE),
        ("Please process the following record of our front desk below.", R251_REFUSE),
        ("Please process the following customer record below; the city below is the front desk's city.", R251_REFUSE),
        ("Please process the following customer record below; the age below is the front desk's age.", R251_REFUSE),
        ("Please process the following record below, the customer's record follows later.", R251_REFUSE),
        ("Please process the following customer record below, name and city the other way round.", R251_REFUSE),
        ("Here are the customer's details from our front desk, the age and city from last year:", R251_REFUSE),
        ("Here are the customer's details from our front desk, except the city:", R251_REFUSE),
        ("Please process the following customer record below, with the age in months.", {"age": a1 // 12} if a1 % 12 == 0 else R251_REFUSE),
        ("Please process the following customer record below; the name below is the front desk's name.", R251_REFUSE),
        ("Please process the following customer record below; the name, age and city below are the front desk's.", R251_REFUSE),
        ("Please process the following customer record below; the city below is our city.", R251_REFUSE),
        ("Here are the customer's details from our front desk; the name below is the front desk's name:", R251_REFUSE),
        ("Please process the following customer record below; the front desk's city is the city below.", R251_REFUSE),
        ("Please process the following customer record below; the age and city below are the front desk's age and city.", R251_REFUSE),
        ("Please process the following customer record below; the city below is the front desk city.", R251_REFUSE),
        ("Please process the following customer record below; the age below is the front desk's, not the customer's.", R251_REFUSE),
        ("Please process the following customer record below; the city below is the city of our front desk.", R251_REFUSE),
        ("Please process the following customer record below; the age below is from our front desk, not from the customer.", R251_REFUSE),
        ("Here are the customer's details from our front desk; the city is our front desk's city:", R251_REFUSE),
        ("Please process the following customer record below; the city below is our front desk's city, the customer's city is Porto.", {"city": "Porto"} if c1 != "Porto" else R251_REFUSE),
        ("Please process the following customer record below.", {}),
        ("Here are the customer's details from our front desk:", {}),
    ]))
    g = r251_pick(R251_MFIRST) + " " + r251_pick(R251_LAST)
    r1, n1 = r251_two([2, 3, 4, 5])
    binstr = r251_pick(["Give the booking's guest, rooms and nights.", "Extract the guest, rooms and nights as JSON.",
                        "Return guest, rooms and nights of the booking."])
    out.append(("r251_ho_booking", S({"guest": "string", "rooms": "integer", "nights": "integer"}), binstr,
                [("Guest", g), ("Rooms", str(r1)), ("Nights", str(n1)), ("Arrival", "Friday")],
                {"guest": g, "rooms": r1, "nights": n1}, [
        ("Please process the following booking for the front desk; the rooms below are the nights and the nights below are the rooms.", {"guest": g, "rooms": n1, "nights": r1}),
        ("Please process the following booking below, rooms and nights the other way round.", {"guest": g, "rooms": n1, "nights": r1}),
        ("Please process the following booking for the front desk, nights per room.", {"guest": g, "rooms": r1, "nights": n1 * r1} if False else R251_REFUSE),
        ("Please process the following booking below for the guest's front desk, the guest below being our front desk.", R251_REFUSE),
        ("Please process the following booking for the front desk: twice the rooms, the same nights.", {"guest": g, "rooms": 2 * r1, "nights": n1}),
        ("Please process the following booking for the front desk; the guest below is the customer, not the guest.", R251_REFUSE),
        ("Please process the following booking for the front desk, one booking of two below.", R251_REFUSE),
        ("Please process the following booking for the front desk.", {}),
        ("Here are the booking details from our front desk:", {}),
    ]))
    return out


def r251_handover(reps):
    for rep in range(reps):
        for fam, schema, instr, fields, exp, notes in r251_handover_kinds():
            rec = "\n".join("%s: %s" % f for f in fields) + "\n"
            bid = r251_add("ob", fam, instr + "\nText:\n" + rec, schema, exp, [exp], "base")
            if bid is None:
                continue
            for sent, change in notes:
                e = R251_REFUSE if change is R251_REFUSE else dict(exp, **change)
                safe = not change
                for pos in ("above", "below"):
                    prompt = instr + "\nText:\n" + (sent + "\n" + rec if pos == "above" else rec + sent + "\n")
                    r251_add("o%s-%s" % ("s" if safe else "v", pos), fam, prompt, schema, e,
                             [exp] if e is R251_REFUSE else [e], "safe" if safe else "pair", safe=safe, base=bid)


r251_handover(10)

# Confirmed alone from the cache (the ids and their bases on a fresh store, two passes), clear and arguable.
r251_found_alone_list = {
    'd251-ov-above-2228', 'd251-ov-below-2229', 'd251-ov-above-2232', 'd251-ov-below-2233', 'd251-ov-above-2234',
    'd251-ov-below-2235', 'd251-ov-above-2246', 'd251-ov-below-2247', 'd251-ov-above-2248', 'd251-ov-below-2249',
    'd251-ov-above-2254', 'd251-ov-below-2255', 'd251-ov-above-2256', 'd251-ov-below-2257', 'd251-ov-above-2258',
    'd251-ov-below-2259', 'd251-ov-above-2296', 'd251-ov-below-2297', 'd251-ov-above-2300', 'd251-ov-below-2301',
    'd251-ov-above-2302', 'd251-ov-below-2303', 'd251-ov-above-2314', 'd251-ov-below-2315', 'd251-ov-above-2316',
    'd251-ov-below-2317', 'd251-ov-above-2322', 'd251-ov-below-2323', 'd251-ov-above-2324', 'd251-ov-below-2325',
    'd251-ov-above-2326', 'd251-ov-below-2327', 'd251-ov-above-2364', 'd251-ov-below-2365', 'd251-ov-above-2368',
    'd251-ov-below-2369', 'd251-ov-above-2370', 'd251-ov-below-2371', 'd251-ov-above-2382', 'd251-ov-below-2383',
    'd251-ov-above-2384', 'd251-ov-below-2385', 'd251-ov-above-2390', 'd251-ov-below-2391', 'd251-ov-above-2392',
    'd251-ov-below-2393', 'd251-ov-above-2394', 'd251-ov-below-2395', 'd251-ov-above-2432', 'd251-ov-below-2433',
    'd251-ov-above-2436', 'd251-ov-below-2437', 'd251-ov-above-2438', 'd251-ov-below-2439', 'd251-ov-above-2450',
    'd251-ov-below-2451', 'd251-ov-above-2452', 'd251-ov-below-2453', 'd251-ov-above-2458', 'd251-ov-below-2459',
    'd251-ov-above-2460', 'd251-ov-below-2461', 'd251-ov-above-2462', 'd251-ov-below-2463', 'd251-ov-above-2500',
    'd251-ov-below-2501', 'd251-ov-above-2504', 'd251-ov-below-2505', 'd251-ov-above-2506', 'd251-ov-below-2507',
    'd251-ov-above-2518', 'd251-ov-below-2519', 'd251-ov-above-2520', 'd251-ov-below-2521', 'd251-ov-above-2526',
    'd251-ov-below-2527', 'd251-ov-above-2528', 'd251-ov-below-2529', 'd251-ov-above-2530', 'd251-ov-below-2531',
    'd251-ov-above-2568', 'd251-ov-below-2569', 'd251-ov-above-2572', 'd251-ov-below-2573', 'd251-ov-above-2574',
    'd251-ov-below-2575', 'd251-ov-above-2586', 'd251-ov-below-2587', 'd251-ov-above-2588', 'd251-ov-below-2589',
    'd251-ov-above-2594', 'd251-ov-below-2595', 'd251-ov-above-2596', 'd251-ov-below-2597', 'd251-ov-above-2598',
    'd251-ov-below-2599', 'd251-ov-above-2636', 'd251-ov-below-2637', 'd251-ov-above-2640', 'd251-ov-below-2641',
    'd251-ov-above-2642', 'd251-ov-below-2643', 'd251-ov-above-2654', 'd251-ov-below-2655', 'd251-ov-above-2656',
    'd251-ov-below-2657', 'd251-ov-above-2662', 'd251-ov-below-2663', 'd251-ov-above-2664', 'd251-ov-below-2665',
    'd251-ov-above-2666', 'd251-ov-below-2667', 'd251-ov-above-2704', 'd251-ov-below-2705', 'd251-ov-above-2708',
    'd251-ov-below-2709', 'd251-ov-above-2710', 'd251-ov-below-2711', 'd251-ov-above-2722', 'd251-ov-below-2723',
    'd251-ov-above-2724', 'd251-ov-below-2725', 'd251-ov-above-2730', 'd251-ov-below-2731', 'd251-ov-above-2732',
    'd251-ov-below-2733', 'd251-ov-above-2734', 'd251-ov-below-2735', 'd251-ov-above-2772', 'd251-ov-below-2773',
    'd251-ov-above-2776', 'd251-ov-below-2777', 'd251-ov-above-2778', 'd251-ov-below-2779', 'd251-ov-above-2790',
    'd251-ov-below-2791', 'd251-ov-above-2792', 'd251-ov-below-2793', 'd251-ov-above-2798', 'd251-ov-below-2799',
    'd251-ov-above-2800', 'd251-ov-below-2801', 'd251-ov-above-2802', 'd251-ov-below-2803', 'd251-ov-above-2840',
    'd251-ov-below-2841', 'd251-ov-above-2844', 'd251-ov-below-2845', 'd251-ov-above-2846', 'd251-ov-below-2847',
    'd251-ov-above-2858', 'd251-ov-below-2859', 'd251-ov-above-2860', 'd251-ov-below-2861', 'd251-ov-above-2866',
    'd251-ov-below-2867', 'd251-ov-above-2868', 'd251-ov-below-2869', 'd251-ov-above-2870', 'd251-ov-below-2871',
}
r251_arguable_list = {
    'd251-ov-above-2228', 'd251-ov-below-2229', 'd251-ov-below-2233', 'd251-ov-above-2234', 'd251-ov-below-2235',
    'd251-ov-below-2247', 'd251-ov-below-2249', 'd251-ov-below-2255', 'd251-ov-below-2257', 'd251-ov-below-2259',
    'd251-ov-above-2296', 'd251-ov-below-2297', 'd251-ov-below-2301', 'd251-ov-above-2302', 'd251-ov-below-2303',
    'd251-ov-below-2315', 'd251-ov-below-2317', 'd251-ov-below-2323', 'd251-ov-below-2325', 'd251-ov-below-2327',
    'd251-ov-above-2364', 'd251-ov-below-2365', 'd251-ov-below-2369', 'd251-ov-above-2370', 'd251-ov-below-2371',
    'd251-ov-below-2383', 'd251-ov-below-2385', 'd251-ov-below-2391', 'd251-ov-below-2393', 'd251-ov-below-2395',
    'd251-ov-above-2432', 'd251-ov-below-2433', 'd251-ov-below-2437', 'd251-ov-above-2438', 'd251-ov-below-2439',
    'd251-ov-below-2451', 'd251-ov-below-2453', 'd251-ov-below-2459', 'd251-ov-below-2461', 'd251-ov-below-2463',
    'd251-ov-above-2500', 'd251-ov-below-2501', 'd251-ov-below-2505', 'd251-ov-above-2506', 'd251-ov-below-2507',
    'd251-ov-below-2519', 'd251-ov-below-2521', 'd251-ov-below-2527', 'd251-ov-below-2529', 'd251-ov-below-2531',
    'd251-ov-above-2568', 'd251-ov-below-2569', 'd251-ov-below-2573', 'd251-ov-above-2574', 'd251-ov-below-2575',
    'd251-ov-below-2587', 'd251-ov-below-2589', 'd251-ov-below-2595', 'd251-ov-below-2597', 'd251-ov-below-2599',
    'd251-ov-above-2636', 'd251-ov-below-2637', 'd251-ov-below-2641', 'd251-ov-above-2642', 'd251-ov-below-2643',
    'd251-ov-below-2655', 'd251-ov-below-2657', 'd251-ov-below-2663', 'd251-ov-below-2665', 'd251-ov-below-2667',
    'd251-ov-above-2704', 'd251-ov-below-2705', 'd251-ov-below-2709', 'd251-ov-above-2710', 'd251-ov-below-2711',
    'd251-ov-below-2723', 'd251-ov-below-2725', 'd251-ov-below-2731', 'd251-ov-below-2733', 'd251-ov-below-2735',
    'd251-ov-above-2772', 'd251-ov-below-2773', 'd251-ov-below-2777', 'd251-ov-above-2778', 'd251-ov-below-2779',
    'd251-ov-below-2791', 'd251-ov-below-2793', 'd251-ov-below-2799', 'd251-ov-below-2801', 'd251-ov-below-2803',
    'd251-ov-above-2840', 'd251-ov-below-2841', 'd251-ov-below-2845', 'd251-ov-above-2846', 'd251-ov-below-2847',
    'd251-ov-below-2859', 'd251-ov-below-2861', 'd251-ov-below-2867', 'd251-ov-below-2869', 'd251-ov-below-2871',
}
r251_found_alone |= r251_found_alone_list
r251_arguable |= r251_arguable_list

# Trimmed for ctest (probe_kit.trim_round), stop 52: the confirmed items (fixed: a line that names a member and says
# whose it is) all kept with their bases, every 10th safe variant and every 30th of the rest; the arguable ones left
# out.
from probe_kit import trim_round as r251_trim_round  # noqa: E402

r251_trim_round("d251-", r251_found_alone, r251_arguable,
                lambda i: [r251_meta[i]["base"]] if r251_meta.get(i, {}).get("base") else [])
