#!/usr/bin/env python3
r"""Red-team round 196 (black box): THE SERVER, AND EVERYTHING IN A REQUEST BUT THE LAST USER MESSAGE.
Focus: `stepcache serve` /v1/chat/completions (check.py cannot drive it, so this file is its own driver: the scripted
  upstream and client of tests/redteam/serve_probes.py, imported, with this round's probes; run
  `python3 tests/redteam/serve_round196.py [--stepcache build/release/stepcache] [--runs 2] [--verbose]`,
  R196_ALONE=1 for the found ids and their bases; ctest redteam.serve196 runs it whole, exit 1 on a wrong answer from
  the cache or a problem: a forced function call answered from the cache). Two `serve` processes (sqlite store; one with --keys for tenants), every probe served twice.
  466 probes: 216 pairs (base + variant, 11 of the variants safe) and 34 singles; 908 judged answers over 2 runs.
  Parts: system/developer messages that change the form or the record (before / after the user message, content
  parts, two system messages, streamed, per-tenant on a second key of the same tenant, equation corrections);
  response_format schema changes (property and root descriptions, json_schema.description, enum code meanings,
  nested objects and $defs, title / examples / $comment / x-keyword / default / anyOf); multi-turn corrections and
  few-shot pairs; tools / legacy functions whose description sets the form; forced function calls.
HELD (0 wrong from the cache, both runs):
  - system / developer messages: 57 pair variants (names 'Last, First' / upper case / first name only, ages in
    months or +N, cents, VAT, grams, pounds, German, DD.MM.YYYY, "the applicant means the co-applicant", "sorry,
    the age is N", name corrections, tenant rules, equation typo notes): every changed system text is a skip
    ("instruction_changed") or refused (502 "no verified answer", 400 for a system message after the user message);
    the fresh wrong answers (13 per run) were never stored.
  - schema changes, same messages: 62 variants (cdesc/cunit/croot/crfdesc/cenum/cnest/cname/cage, and kunit/kdate/
    kwho: title, examples, $comment, x-format, default, anyOf): skip or 502; nothing reused.
  - multi-turn and few-shot (4): 400 on the cached path. Tool choice "required" / named tool (6): 502, no content.
  - tools whose rule the user message or a system message points to ("in the unit register_parcel expects", "follow
    the conventions in the tool definitions"): 31 variants, answered fresh and never stored.
  - safe variants (11: "You are a helpful assistant", descriptions added, an unrelated tool added): 0 reused (all
    skip) - conservative, not wrong.
WHAT GOT THROUGH. Full run, fresh store, two passes: wrong from the cache 24 in run 1 (16 reuse, 8 patch), 42 in run
  2 (all reuse); 3 + 3 forced function calls answered with cached content; wrong served fresh 91 / 71. The 8 patch
  ones of run 1 are the model's own patch answer for the failing member (weight), not a member kept from the cache.
  Alone (R196_ALONE=1, 74 probes, fresh store): the same 24 / 42 and 3 / 3.
 (A) CLEAR (form): legacy `functions` + `function_call: {"name": "register_member"}` is ignored as a whole ("the
     identical request" as one without functions): the stored content answer is served where the client forced a
     function call. d196-fc-legacy-named-0/4/8 -> content '{"name": "Mari Bråten", "age": 30}', no function_call,
     x-stepcache-path reuse, run 1 and run 2. (tools + tool_choice named/required: 502, held.)
 (B) ARGUABLE: the rule sits only in a tool / function description and the messages do not point to it (instruction
     "Extract the name and age as JSON.", tool_choice none / auto / absent, or legacy functions): the model's first
     answer, which ignores the rule, is stored and served again - on the identical request and, by a licensed
     rewrite, on other records with the same tools; legacy `functions` are not even in the key, so a base without
     them serves in run 1. Examples: tools register_member "Names in upper case, surname first" -> reuse
     '{"name":"Aud Sunde","age":43}' (right "SUNDE AUD"); legacy greet_user "Use the first name only" -> reuse
     '{"name":"Halvor Myhre","age":56}' (right "Halvor"); insure_person "The age is given in months" -> reuse
     '{"name":"Ida Myhre","age":23}' (right 276); save_item "weight in grams" -> reuse '{"item":"Box S-502",
     "weight":7}' (right 7000). Arguable because the reply is content under response_format, not the tool call;
     cents and date-format rules in a tool were never stored.
 Counts: clear 3 / 3 (run 1 / run 2, whole and alone); arguable 24 / 42 (16 reuse + 8 patch of the model's member
     in run 1; 42 reuse in run 2).
"""
import json
import os
import sys

# The scripted upstream, the client and the request builders are serve_probes.py's.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_probes import chat, obj, U, Sy, As  # noqa: E402

STR, INT, NUM = {"type": "string"}, {"type": "integer"}, {"type": "number"}
PERSON = obj({"name": STR, "age": INT})

# ---------------------------------------------------------------- probes
# A probe: (id, note, steps); a step: dict(body=..., headers=..., answers=[upstream answers in call
# order], expect=<JSON value> | ("x", value) for an equation | "ERROR" (a rejection is right) | None
# (only record), server="main"|"keys", path="/v1/chat/completions"|"/v1/stepcache/verify",
# check=callable(status, headers, body, up_calls) -> None or a problem string).
P = []
def probe(pid, note, *steps):
    P.append((pid, note, steps))

r196_found_alone = ['d196-fc-legacy-named-0-v', 'd196-fc-legacy-named-4-v', 'd196-fc-legacy-named-8-v']
r196_arguable = ['d196-tool-0-v', 'd196-tool-1-v', 'd196-tp-first-1-v', 'd196-tp-first-13-v', 'd196-tp-first-19-v', 'd196-tp-first-25-v', 'd196-tp-first-31-v', 'd196-tp-first-7-v', 'd196-tp-grams-15-v', 'd196-tp-grams-21-v', 'd196-tp-grams-27-v', 'd196-tp-grams-3-v', 'd196-tp-grams-33-v', 'd196-tp-grams-9-v', 'd196-tp-months-14-v', 'd196-tp-months-2-v', 'd196-tp-months-20-v', 'd196-tp-months-26-v', 'd196-tp-months-32-v', 'd196-tp-months-8-v', 'd196-tp-upper-0-v', 'd196-tp-upper-12-v', 'd196-tp-upper-18-v', 'd196-tp-upper-24-v', 'd196-tp-upper-30-v', 'd196-tp-upper-6-v', 'd196-tsing-0', 'd196-tsing-1', 'd196-tsing-2', 'd196-tsing-3', 'd196-tsing-4', 'd196-tsing-5', 'd196-tsing-6', 'd196-tsing-7', 'd196-tsing-8', 'd196-tsing-9', 'd196-tsx-upper-10', 'd196-tsx-upper-14', 'd196-tsx-upper-18', 'd196-tsx-upper-2', 'd196-tsx-upper-22', 'd196-tsx-upper-6']
# ---------------------------------------------------------------- round 196 probes (d196-*)
import random as _r
R196 = _r.Random(196)
GROUP = {}          # id -> group (base + variants)
SAFE = set()
def pp(group, pid, note, step, safe=False):
    GROUP[pid] = group
    if safe:
        SAFE.add(pid)
    probe(pid, note, step)
def opt(props, req=None):
    return obj(props, req)
NM = [("Ann", "Lee"), ("Marta", "Holm"), ("Jonas", "Berg"), ("Petra", "Nilsen"), ("Olav", "Dahl"), ("Sofie", "Lund"),
      ("Tore", "Vik"), ("Ingrid", "Moe"), ("Hanna", "Strand"), ("Kjell", "Aas"), ("Lise", "Bakke"), ("Rune", "Foss")]
CITIES = [("Munich", "München"), ("Cologne", "Köln"), ("Vienna", "Wien"), ("Nuremberg", "Nürnberg")]
JOBS = [("teacher", "Lehrer"), ("baker", "Bäcker"), ("nurse", "Krankenpfleger"), ("farmer", "Bauer")]
def person_card(i):
    f, l = NM[i % len(NM)]
    age = 23 + (i * 7) % 40
    return f, l, age
SPN = opt({"name": STR, "age": INT})
SNAME = opt({"name": STR})
def nstyle(i):
    return ["Extract the name and age as JSON.", "Please pull out the person's name and age (JSON).",
            "Return JSON with name and age for this person."][i % 3]

def sys_pair(tag, i, sysmsg, textf, schema, base_ans, var_ans, safe=False, arg=False, extra=None, kind="sys", place="before", role="system"):
    g = "d196-%s-%d" % (tag, i)
    text = textf
    pp(g, g + "-b", "base", chat([U(text)], schema, [base_ans], base_ans))
    if place == "before":
        msgs = [{"role": role, "content": sysmsg}, U(text)]
    elif place == "after":
        msgs = [U(text), {"role": role, "content": sysmsg}]
    elif place == "parts":
        msgs = [{"role": role, "content": [{"type": "text", "text": sysmsg}]}, U(text)]
    elif place == "two":
        msgs = [Sy("You are a careful data-entry assistant."), {"role": role, "content": sysmsg}, U(text)]
    ans = [var_ans] if safe else [base_ans, var_ans]
    kw = extra or {}
    pp(g, g + "-v" + ("-safe" if safe else ""), "%s: %r" % (place, sysmsg), chat(msgs, schema, ans, var_ans, **kw), safe=safe)

# 1. system messages that change the form of a value
for i in range(6):
    f, l, age = person_card(i)
    text = "%s\nText:\nName: %s %s\nAge: %d\n" % (nstyle(i), f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    sys_pair("snamefmt", i, ["Write every person's name as 'Last, First'.", "Names must be given surname first, separated by a comma.",
                            "Format names as LAST, First (family name in capitals)."][i % 3],
             text, SPN, base, {"name": ["%s, %s" % (l, f), "%s, %s" % (l, f), "%s, %s" % (l.upper(), f)][i % 3], "age": age})
for i in range(6, 12):
    f, l, age = person_card(i)
    text = "%s\nText:\nName: %s %s\nAge: %d\n" % (nstyle(i), f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    sys_pair("supper", i, ["Write all names in upper case.", "House style: person names in ALL CAPS.", "Only give the first name of each person."][i % 3],
             text, SPN, base, {"name": ["%s %s" % (f.upper(), l.upper()), "%s %s" % (f.upper(), l.upper()), f][i % 3], "age": age},
             place=["before", "parts", "two"][i % 3])
# age in months / birth year via system
for i in range(4):
    f, l, age = person_card(20 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    sm, v = [("Report ages in months, not years.", age * 12), ("Our system stores age as months. Convert.", age * 12),
             ("The 'age' field in our database is the age at the end of next year, so add 1 to the printed age.", age + 1),
             ("Ages in these forms were printed two years ago; give the current age.", age + 2)][i]
    sys_pair("sage", i, sm, text, SPN, base, {"name": base["name"], "age": v}, place=["before", "after"][i % 2],
             role=["system", "developer"][i // 2])
# 2. units / money via system
SMON = opt({"invoice": STR, "total": NUM})
for i in range(6):
    tot = [12.5, 48.2, 199.0, 7.25, 64.8, 310.4][i]
    num = "INV-%d" % (4100 + i * 17)
    text = ["Extract the invoice number and total as JSON.\nText:\nInvoice %s\nTotal: %.2f EUR\n" % (num, tot),
            "Get the invoice number and the total amount (JSON).\n\nInvoice no.: %s\nAmount due: EUR %.2f\n" % (num, tot)][i % 2]
    base = {"invoice": num, "total": tot}
    sm = ["All amounts must be given in cents (integer).", "Our ledger stores money in euro cents; convert amounts.",
          "Totals are exported net of 25% VAT: give the amount without VAT.", "Amounts in thousands of euros, please.",
          "Give amounts in cents.", "Convert every amount to cents before answering."][i]
    v = {0: round(tot * 100), 1: round(tot * 100), 2: round(tot / 1.25, 2), 3: round(tot / 1000, 5), 4: round(tot * 100), 5: round(tot * 100)}[i]
    sys_pair("smoney", i, sm, text, SMON, base, {"invoice": num, "total": v}, place=["before", "after", "parts"][i % 3])
SW = opt({"item": STR, "weight": NUM})
for i in range(4):
    w = [2.5, 4.0, 0.75, 12.0][i]
    it = ["Parcel A-%d" % (30 + i)][0]
    text = "Extract the item and its weight as JSON.\nText:\nItem: %s\nWeight: %s kg\n" % (it, w)
    base = {"item": it, "weight": w}
    sm = ["Give all weights in grams.", "Weights in pounds (1 kg = 2.2 lb, round to 1 decimal).", "Use grams for weights.", "We record weight in grams."][i]
    v = [w * 1000, round(w * 2.2, 1), w * 1000, w * 1000][i]
    sys_pair("sweight", i, sm, text, SW, base, {"item": it, "weight": v}, place=["before", "after", "two", "parts"][i], role=["system", "developer"][i % 2])
# 3. language
SJOB = opt({"name": STR, "city": STR, "occupation": STR})
for i in range(4):
    f, l, _ = person_card(30 + i)
    c, cde = CITIES[i]
    j, jde = JOBS[i]
    text = "Extract name, city and occupation as JSON.\nText:\nName: %s %s\nCity: %s\nOccupation: %s\n" % (f, l, c, j)
    base = {"name": "%s %s" % (f, l), "city": c, "occupation": j}
    sm = ["Answer in German.", "Antworte immer auf Deutsch.", "All values must be in German.", "Translate every value to German."][i]
    sys_pair("sde", i, sm, text, SJOB, base, {"name": base["name"], "city": cde, "occupation": jde}, place=["before", "after"][i % 2])
# 4. dates
SD = opt({"order": STR, "date": STR})
for i in range(4):
    d = ["2026-03-04", "2025-11-19", "2026-07-01", "2026-01-30"][i]
    y, m, dd = d.split("-")
    o = "PO-%d" % (771 + i)
    text = "Extract the order number and order date as JSON.\nText:\nOrder %s placed on %s.\n" % (o, d)
    base = {"order": o, "date": d}
    sm = ["Write all dates as DD.MM.YYYY.", "Dates must be in US format MM/DD/YYYY.", "Use the format DD/MM/YYYY for dates.", "Dates as DD.MM.YYYY please."][i]
    v = ["%s.%s.%s" % (dd, m, y), "%s/%s/%s" % (m, dd, y), "%s/%s/%s" % (dd, m, y), "%s.%s.%s" % (dd, m, y)][i]
    sys_pair("sdate", i, sm, text, SD, base, {"order": o, "date": v}, place=["before", "after", "parts", "two"][i])
# 5. record choice / correction in the system message
for i in range(6):
    a1, a2 = person_card(40 + i), person_card(52 + i)
    text = "Extract the applicant's name and age as JSON.\nText:\nApplicant: %s %s, age %d\nCo-applicant: %s %s, age %d\n" % (a1[0], a1[1], a1[2], a2[0], a2[1], a2[2])
    base = {"name": "%s %s" % a1[:2], "age": a1[2]}
    sm = ["In these forms 'applicant' always means the co-applicant.", "We only process co-applicants; extract the co-applicant.",
          "Note: the applicant and co-applicant lines were swapped by the scanner.", "Always extract the second person listed.",
          "The user is %s %s; 'the applicant' means them." % a2[:2], "Ignore the main applicant; the form is about the co-applicant."][i]
    sys_pair("ssel", i, sm, text, SPN, base, {"name": "%s %s" % a2[:2], "age": a2[2]}, place=["before", "after", "parts"][i % 3])
for i in range(6):
    f, l, age = person_card(60 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    sm = ["Sorry, the age in that form is wrong: it should be %d." % (age + 3), "Correction from the client: %s is %d, not %d." % (f, age + 3, age),
          "Erratum: the age printed below is a typo for %d." % (age + 3), "Hinweis: Das Alter ist falsch, richtig ist %d." % (age + 3),
          "The name on this form is misspelt; the correct spelling is %s %ss." % (f, l), "Update: %s has since married and is now %s Skau." % (f, f)][i]
    v = {"name": base["name"], "age": age + 3} if i < 4 else ({"name": "%s %ss" % (f, l), "age": age} if i == 4 else {"name": "%s Skau" % f, "age": age})
    sys_pair("scorr", i, sm, text, SPN, base, v, place=["before", "after", "parts"][i % 3], role=["system", "developer"][i % 2])
# 6. safe system messages
for i in range(4):
    f, l, age = person_card(70 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    sm = ["You are a helpful assistant.", "Reply with JSON only.", "You are an extraction bot. Be accurate.", "Do not add commentary."][i]
    sys_pair("ssafe", i, sm, text, SPN, base, base, safe=True)

# 7. schema changes, same messages
def sch_pair(tag, i, msgs, s_base, s_var, base_ans, var_ans, safe=False, rf_desc=None):
    g = "d196-%s-%d" % (tag, i)
    pp(g, g + "-b", "base", chat(msgs, s_base, [base_ans], base_ans))
    st = chat(msgs, s_var, [var_ans] if safe else [base_ans, var_ans], var_ans)
    if rf_desc is not None:
        bd = st["body"]["response_format"]["json_schema"]
        bd["description"] = rf_desc
    pp(g, g + "-v" + ("-safe" if safe else ""), "schema variant", st, safe=safe)
for i in range(4):
    o = "SO-%d" % (5120 + i)
    od, dd = ["2026-02-03", "2026-02-10"], ["2026-02-17", "2026-02-24"]
    text = "Extract the order number and the date from this confirmation as JSON.\nText:\nOrder %s\nOrdered: %s\nDelivery: %s\n" % (o, od[i % 2], dd[i % 2])
    sb = opt({"order": STR, "date": {"type": "string", "description": "the date the order was placed"}})
    sv = opt({"order": STR, "date": {"type": "string", "description": ["the delivery date", "when the goods arrive (delivery)", "delivery date, not the order date", "expected delivery day"][i]}})
    sch_pair("cdesc", i, [U(text)], sb, sv, {"order": o, "date": od[i % 2]}, {"order": o, "date": dd[i % 2]})
for i in range(4):
    tot = [12.5, 48.2, 7.25, 99.9][i]
    text = "Extract the total of this receipt as JSON.\nText:\nReceipt R-%d\nTotal: %.2f EUR\n" % (90 + i, tot)
    sb = opt({"total": {"type": "number", "description": "total in euros"}})
    sv = opt({"total": {"type": "number", "description": ["total in cents", "total in euro cents (multiply by 100)", "total in thousands of euros", "amount in cents"][i]}})
    v = [tot * 100, tot * 100, tot / 1000, tot * 100][i]
    sch_pair("cunit", i, [U(text)], sb, sv, {"total": tot}, {"total": round(v, 6)})
for i in range(4):
    s_, b_ = person_card(80 + i), person_card(90 + i)
    text = "Extract the contact as JSON.\nText:\nSeller: %s %s, phone 555-01%02d\nBuyer: %s %s, phone 555-02%02d\n" % (s_[0], s_[1], i, b_[0], b_[1], i)
    SP = opt({"name": STR, "phone": STR})
    sa = {"name": "%s %s" % s_[:2], "phone": "555-01%02d" % i}
    ba = {"name": "%s %s" % b_[:2], "phone": "555-02%02d" % i}
    if i < 2:
        sb = dict(SP, description="The seller's contact details")
        sv = dict(SP, description="The buyer's contact details")
        sch_pair("croot", i, [U(text)], sb, sv, sa, ba)
    else:
        sch_pair("crfdesc", i, [U(text)], SP, SP, sa, ba, rf_desc="Contact details of the buyer")
for i in range(4):
    st_ = ["paid", "unpaid", "overdue", "paid"][i]
    text = "Extract the invoice status as a code.\nText:\nInvoice F-%d\nStatus: %s\n" % (200 + i, st_)
    sb = opt({"status": {"type": "string", "enum": ["A", "B", "C"], "description": "A = paid, B = unpaid, C = overdue"}})
    sv = opt({"status": {"type": "string", "enum": ["A", "B", "C"], "description": "A = overdue, B = paid, C = unpaid"}})
    mb = {"paid": "A", "unpaid": "B", "overdue": "C"}[st_]
    mv = {"paid": "B", "unpaid": "C", "overdue": "A"}[st_]
    sch_pair("cenum", i, [U(text)], sb, sv, {"status": mb}, {"status": mv})
for i in range(4):
    s_, b_ = person_card(100 + i), person_card(110 + i)
    text = "Extract the party as JSON.\nText:\nLandlord: %s %s (born %d)\nTenant: %s %s (born %d)\n" % (s_[0], s_[1], 1950 + i, b_[0], b_[1], 1980 + i)
    P2 = opt({"name": STR, "born": INT})
    def wrap(desc, defs=False):
        if defs:
            return {"type": "object", "properties": {"party": {"$ref": "#/$defs/P"}}, "required": ["party"], "additionalProperties": False,
                    "$defs": {"P": dict(P2, description=desc)}}
        return opt({"party": dict(P2, description=desc)})
    la = {"party": {"name": "%s %s" % s_[:2], "born": 1950 + i}}
    ta = {"party": {"name": "%s %s" % b_[:2], "born": 1980 + i}}
    sch_pair("cnest", i, [U(text)], wrap("the landlord", i % 2 == 1), wrap("the tenant", i % 2 == 1), la, ta)
for i in range(3):
    f, l, age = person_card(120 + i)
    text = "Extract the name as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    sb = opt({"name": {"type": "string", "description": "full name"}})
    sv = opt({"name": {"type": "string", "description": ["surname only", "first name only", "full name, family name first"][i]}})
    v = [l, f, "%s %s" % (l, f)][i]
    sch_pair("cname", i, [U(text)], sb, sv, {"name": "%s %s" % (f, l)}, {"name": v})
for i in range(3):
    f, l, age = person_card(130 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    sb = opt({"name": STR, "age": INT})
    sv = opt({"name": STR, "age": {"type": "integer", "description": ["age in months", "age in days, roughly (years*365)", "age next birthday"][i]}})
    v = [age * 12, age * 365, age + 1][i]
    sch_pair("cage", i, [U(text)], sb, sv, {"name": "%s %s" % (f, l), "age": age}, {"name": "%s %s" % (f, l), "age": v})
# safe schema changes
for i in range(3):
    f, l, age = person_card(140 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    sb = opt({"name": STR, "age": INT})
    sv = opt({"name": {"type": "string", "description": ["the person's name", "full name", "name as written"][i]}, "age": {"type": "integer", "description": "age in years"}})
    sch_pair("csafe", i, [U(text)], sb, sv, {"name": "%s %s" % (f, l), "age": age}, {"name": "%s %s" % (f, l), "age": age}, safe=True)

# 8. tools whose description carries the rule; streaming; tenants
for i in range(3):
    w = [2.5, 4.0, 1.5][i]
    text = "Extract the item and its weight as JSON.\nText:\nItem: Box Q-%d\nWeight: %s kg\n" % (10 + i, w)
    g = "d196-tool-%d" % i
    base = {"item": "Box Q-%d" % (10 + i), "weight": w}
    pp(g, g + "-b", "base", chat([U(text)], SW, [base], base))
    tools = [{"type": "function", "function": {"name": "save_item", "description": "Saves an item. Weight must be given in grams.",
              "parameters": {"type": "object", "properties": {"item": STR, "weight": {"type": "number", "description": "weight in grams"}}}}}]
    pp(g, g + "-v", "tools say grams, tool_choice none", chat([Sy("Weights are needed in grams for save_item."), U(text)] if i == 2 else [U(text)], SW,
       [base, {"item": base["item"], "weight": w * 1000}], {"item": base["item"], "weight": w * 1000}, tools=tools, tool_choice="none"))
for i in range(4):
    f, l, age = person_card(150 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    sys_pair("sstream", i, ["Write all names in upper case.", "Report ages in months.", "Correction: the age is %d." % (age + 5), "Give only the surname."][i],
             text, SPN, {"name": "%s %s" % (f, l), "age": age},
             [{"name": "%s %s" % (f.upper(), l.upper()), "age": age}, {"name": "%s %s" % (f, l), "age": age * 12},
              {"name": "%s %s" % (f, l), "age": age + 5}, {"name": l, "age": age}][i], extra={"stream": True})
# tenants: same tenant (two keys), different system rule
for i in range(3):
    f, l, age = person_card(160 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    g = "d196-ten-%d" % i
    base = {"name": "%s %s" % (f, l), "age": age}
    pp(g, g + "-b", "tenant A base", chat([U(text)], SPN, [base], base, server="keys", headers={"Authorization": "Bearer key-a"}))
    v = [{"name": "%s, %s" % (l, f), "age": age}, {"name": base["name"], "age": age * 12}, {"name": base["name"], "age": age + 2}][i]
    sm = ["Tenant rule: names as 'Last, First'.", "Tenant rule: ages in months.", "Tenant rule: ages printed are two years old; add 2."][i]
    pp(g, g + "-v", "tenant A second key + rule", chat([Sy(sm), U(text)], SPN, [base, v], v, server="keys", headers={"Authorization": "Bearer key-a2"}))
# equations: system changes the question
for i in range(4):
    a, b, c = [(3, 5, 20), (4, 2, 18), (5, 7, 32), (2, 9, 21)][i]
    x = (c - b) / a
    q = "Solve for x: %dx + %d = %d. Show your steps." % (a, b, c)
    base = "Step 1: %dx = %d - %d\nStep 2: %dx = %d\nStep 3: x = %s" % (a, c, b, a, c - b, int(x) if x == int(x) else x)
    g = "d196-seq-%d" % i
    H = {"X-StepCache-Task": "linear_equation"}
    pp(g, g + "-b", "base", chat([U(q)], None, [base], ("x", x), headers=H))
    c2 = c + a
    x2 = (c2 - b) / a
    sm = ["Note: the right-hand side in the user's equation was mistyped; it should be %d." % c2,
          "The constant term %d in the user's equation should read %d." % (b, b - a),
          "Correction from the teacher: the equation is %dx + %d = %d." % (a, b, c2),
          "The coefficient of x is actually %d, not %d." % (a + 1, a)][i]
    if i == 1:
        x2 = (c - (b - a)) / a
        v = "Step 1: %dx = %d - %d\nStep 2: %dx = %d\nStep 3: x = %s" % (a, c, b - a, a, c - b + a, int(x2))
    elif i == 3:
        x2 = (c - b) / (a + 1)
        v = "Step 1: %dx = %d - %d\nStep 2: %dx = %d\nStep 3: x = %s" % (a + 1, c, b, a + 1, c - b, x2 if x2 != int(x2) else int(x2))
    else:
        v = "Step 1: %dx = %d - %d\nStep 2: %dx = %d\nStep 3: x = %s" % (a, c2, b, a, c2 - b, int(x2))
    pp(g, g + "-v", "system corrects the equation", chat([Sy(sm), U(q)] if i % 2 == 0 else [U(q), Sy(sm)], None, [base, v], ("x", x2), headers=H))

# ---------------------------------------------------------------- part 9: the tool definitions carry the rule (d196-t*)
def tool(name, desc, props):
    return {"type": "function", "function": {"name": name, "description": desc,
            "parameters": {"type": "object", "properties": props, "required": list(props)}}}
def tool_pair(tag, i, text, schema, tb, tv, ab, av, choice, safe=False, legacy=False):
    g = "d196-%s-%d" % (tag, i)
    def kw(ts):
        if legacy:
            d = {"functions": [t["function"] for t in ts]}
            if choice is not None:
                d["function_call"] = choice
            return d
        d = {"tools": ts}
        if choice is not None:
            d["tool_choice"] = choice
        return d
    pp(g, g + "-b", "base tools", chat([U(text)], schema, [ab], ab, **kw(tb)))
    pp(g, g + "-v" + ("-safe" if safe else ""), "variant tools", chat([U(text)], schema, [av] if safe else [ab, av], av, **kw(tv)), safe=safe)
CHOICES = ["none", "auto", None]
ITEMS = ["crate", "parcel", "sack of flour", "toolbox", "bike frame", "printer", "amplifier", "tent"]
for i in range(8):
    kg = [12, 5, 25, 8, 9, 15, 4, 3][i]
    lb = round(kg * 2.2046)
    it = "%s %s-%d" % (ITEMS[i].capitalize(), "ABCDEFGH"[i], 40 + i)
    instr = ["Extract the item and its weight as JSON, using the unit the register_parcel tool expects.",
             "Get the item and weight for register_parcel (JSON, in its unit).",
             "JSON with item and weight, in whatever unit register_parcel takes."][i % 3]
    text = "%s\nText:\nItem: %s\nWeight: %d kg (%d lb)\n" % (instr, it, kg, lb)
    tb = [tool("register_parcel", "Register a parcel. Weight in kilograms.", {"item": STR, "weight": {"type": "number", "description": "weight in kg"}})]
    tv = [tool("register_parcel", "Register a parcel. Weight in pounds.", {"item": STR, "weight": {"type": "number", "description": "weight in lb"}})]
    if i % 2:
        tb, tv = tv, tb
        ab, av = {"item": it, "weight": lb}, {"item": it, "weight": kg}
    else:
        ab, av = {"item": it, "weight": kg}, {"item": it, "weight": lb}
    tool_pair("tunit", i, text, SW, tb, tv, ab, av, CHOICES[i % 3], legacy=(i == 7))
for i in range(8):
    s_, b_ = person_card(170 + i), person_card(180 + i)
    instr = ["Extract the contact the notify tool needs as JSON.", "Give me the name and phone for the notification tool (JSON).",
             "Return JSON with the name and phone number of whoever the notify function is for."][i % 3]
    text = "%s\nText:\nSeller: %s %s, phone 555-03%02d\nBuyer: %s %s, phone 555-04%02d\n" % (instr, s_[0], s_[1], i, b_[0], b_[1], i)
    SP = opt({"name": STR, "phone": STR})
    sa = {"name": "%s %s" % s_[:2], "phone": "555-03%02d" % i}
    ba = {"name": "%s %s" % b_[:2], "phone": "555-04%02d" % i}
    if i < 4:   # the function name says who
        tb = [tool("notify_seller", "Send the seller a message.", {"name": STR, "phone": STR})]
        tv = [tool("notify_buyer", "Send the buyer a message.", {"name": STR, "phone": STR})]
    else:       # only the description says who
        tb = [tool("notify", "Notify the seller of the sale.", {"name": STR, "phone": STR})]
        tv = [tool("notify", "Notify the buyer of the sale.", {"name": STR, "phone": STR})]
    tool_pair("twho", i, text, SP, tb, tv, sa, ba, CHOICES[i % 3], legacy=(i == 3))
for i in range(6):
    d = ["2026-03-04", "2025-11-19", "2026-07-01", "2026-01-30", "2026-05-12", "2025-12-09"][i]
    y, m, dd = d.split("-")
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][int(m) - 1]
    o = "PO-%d" % (871 + i)
    text = "Extract the order number and date as JSON in the date format book_delivery takes.\nText:\nOrder %s placed on %s (%d %s %s).\n" % (o, d, int(dd), mon, y)
    tb = [tool("book_delivery", "Book a delivery. Dates as YYYY-MM-DD.", {"order": STR, "date": {"type": "string", "description": "YYYY-MM-DD"}})]
    tv = [tool("book_delivery", "Book a delivery. Dates written out as 'D Month YYYY'.", {"order": STR, "date": {"type": "string", "description": "e.g. 4 March 2026"}})]
    tool_pair("tdate", i, text, SD, tb, tv, {"order": o, "date": d}, {"order": o, "date": "%d %s %s" % (int(dd), mon, y)}, CHOICES[i % 3])
for i in range(4):   # safe: an unrelated second tool added
    kg = [7, 11, 6, 14][i]
    lb = round(kg * 2.2046)
    it = "Drum Z-%d" % (60 + i)
    text = "Extract the item and its weight as JSON, using the unit the register_parcel tool expects.\nText:\nItem: %s\nWeight: %d kg (%d lb)\n" % (it, kg, lb)
    tb = [tool("register_parcel", "Register a parcel. Weight in kilograms.", {"item": STR, "weight": {"type": "number", "description": "weight in kg"}})]
    tv = tb + [tool("get_weather", "Weather for a city.", {"city": STR})]
    tool_pair("tsafe", i, text, SW, tb, tv, {"item": it, "weight": kg}, {"item": it, "weight": kg}, CHOICES[i % 3], safe=True)
# ---------------------------------------------------------------- part 10: schema keywords a model reads but a checker may not (d196-k*)
KWS = ["title", "examples", "comment", "xunit", "default", "anyof"]
def kwprop(base, kw, hint, example):
    p = dict(base)
    if kw == "title":
        p["title"] = hint
    elif kw == "examples":
        p["examples"] = [example]
    elif kw == "comment":
        p["$comment"] = hint
    elif kw == "xunit":
        p["x-format"] = hint
    elif kw == "default":
        p["default"] = example
    elif kw == "anyof":
        return {"anyOf": [dict(base, description=hint)]}
    return p
for i in range(12):
    kw = KWS[i % 6]
    kg = [12, 5, 25, 8, 9, 15, 4, 3, 20, 30, 6, 18][i]
    lb = round(kg * 2.2046)
    it = "Carton K-%d" % (300 + i)
    text = ["Extract the item and its weight as JSON.", "Pull the item name and weight into JSON."][i % 2] + "\nText:\nItem: %s\nWeight: %d kg (%d lb)\n" % (it, kg, lb)
    sb = opt({"item": STR, "weight": NUM})
    sv = opt({"item": STR, "weight": kwprop(NUM, kw, "Weight in pounds (lb)", 44)})
    sch_pair("kunit", i, [U(text)], sb, sv, {"item": it, "weight": kg}, {"item": it, "weight": lb})
for i in range(12):
    kw = KWS[i % 6]
    d = ["2026-03-04", "2025-11-19", "2026-07-01", "2026-01-30", "2026-05-12", "2025-12-09"][i % 6]
    y, m, dd = d.split("-")
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][int(m) - 1]
    o = "PO-%d" % (951 + i)
    text = "Extract the order number and order date as JSON.\nText:\nOrder %s\nOrder date: %s (%d %s %s)\n" % (o, d, int(dd), mon, y)
    sb = opt({"order": STR, "date": STR})
    sv = opt({"order": STR, "date": kwprop(STR, kw, "Date written out, e.g. '4 March 2026'", "4 March 2026")})
    sch_pair("kdate", i, [U(text)], sb, sv, {"order": o, "date": d}, {"order": o, "date": "%d %s %s" % (int(dd), mon, y)})
for i in range(12):
    kw = KWS[i % 6]
    s_, b_ = person_card(200 + i), person_card(215 + i)
    text = "Extract the contact as JSON.\nText:\nSeller\nName: %s %s\nCity: %s\n\nBuyer\nName: %s %s\nCity: %s\n" % (
        s_[0], s_[1], ["Oslo", "Bergen", "Tromsø"][i % 3], b_[0], b_[1], ["Molde", "Bodø", "Hamar"][i % 3])
    SPc = opt({"name": STR, "city": STR})
    sa = {"name": "%s %s" % s_[:2], "city": ["Oslo", "Bergen", "Tromsø"][i % 3]}
    ba = {"name": "%s %s" % b_[:2], "city": ["Molde", "Bodø", "Hamar"][i % 3]}
    if kw == "title":
        sb, sv = dict(SPc, title="Seller"), dict(SPc, title="Buyer")
    elif kw == "comment":
        sb, sv = dict(SPc, **{"$comment": "the seller"}), dict(SPc, **{"$comment": "the buyer"})
    elif kw == "examples":
        sb, sv = dict(SPc, examples=[sa]), dict(SPc, examples=[ba])
    elif kw == "xunit":
        sb, sv = dict(SPc, **{"x-party": "seller"}), dict(SPc, **{"x-party": "buyer"})
    elif kw == "default":
        sb, sv = dict(SPc, description="The seller"), dict(SPc, description="The buyer")
    else:
        sb, sv = {"anyOf": [dict(SPc, description="the seller")]}, {"anyOf": [dict(SPc, description="the buyer")]}
    sch_pair("kwho", i, [U(text)], sb, sv, sa, ba)
# singles: the rule only in the tools / functions; the model ignores it first; a stored answer would be served again
for i in range(10):
    kg = [2, 4, 7, 3, 9, 5, 6, 11, 8, 10][i]
    it = "Box S-%d" % (500 + i)
    text = ["Extract the item and its weight as JSON.", "Item and weight as JSON please."][i % 2] + "\nText:\nItem: %s\nWeight: %d kg\n" % (it, kg)
    t = [tool("save_item", ["Save an item. The weight must be in grams.", "Stores the item; weights are recorded in grams."][i % 2],
              {"item": STR, "weight": {"type": "number", "description": "grams"}})]
    kwd = {"functions": [t[0]["function"]], "function_call": "none"} if i % 5 == 4 else {"tools": t, "tool_choice": ["none", "auto", "none", None][i % 4]}
    if kwd.get("tool_choice", 1) is None:
        del kwd["tool_choice"]
    g = "d196-tsing-%d" % i
    pp(g, g, "single: tool says grams", chat([U(text)], SW, [{"item": it, "weight": kg}, {"item": it, "weight": kg * 1000}], {"item": it, "weight": kg * 1000}, **kwd))
# more singles: the rule only in a tool definition (d196-tsx-*)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for i in range(24):
    shape = ["cents", "date", "upper", "gramsboth"][i % 4]
    choice = ["none", "auto", None, "legacy", "none", "auto"][i % 6]
    if shape == "cents":
        tot = [12.5, 48.2, 7.25, 64.8, 19.9, 3.5][i // 4]
        num = "INV-%d" % (6100 + i)
        text = "Extract the invoice number and total as JSON.\nText:\nInvoice %s\nTotal: %.2f EUR\n" % (num, tot)
        schema = SMON
        t = tool("book_invoice", "Books an invoice in the ledger. Amounts in euro cents (integer).", {"invoice": STR, "total": {"type": "integer", "description": "cents"}})
        wrong, right = {"invoice": num, "total": tot}, {"invoice": num, "total": round(tot * 100)}
    elif shape == "date":
        d = ["2026-03-04", "2025-11-19", "2026-07-01", "2026-01-30", "2026-05-12", "2025-12-09"][i // 4]
        y, m, dd = d.split("-")
        o = "PO-%d" % (1300 + i)
        text = "Extract the order number and order date as JSON.\nText:\nOrder %s placed on %s.\n" % (o, d)
        schema = SD
        t = tool("schedule", "Schedules an order. Dates must be DD.MM.YYYY.", {"order": STR, "date": {"type": "string", "description": "DD.MM.YYYY"}})
        wrong, right = {"order": o, "date": d}, {"order": o, "date": "%s.%s.%s" % (dd, m, y)}
    elif shape == "upper":
        f, l, age = person_card(230 + i)
        text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
        schema = SPN
        t = tool("register_member", "Registers a member. Names in upper case, surname first: 'LEE ANN'.", {"name": STR, "age": INT})
        wrong, right = {"name": "%s %s" % (f, l), "age": age}, {"name": "%s %s" % (l.upper(), f.upper()), "age": age}
    else:
        kg = [2, 4, 7, 3, 9, 5][i // 4]
        it = "Sack G-%d" % (700 + i)
        text = "Extract the item and its weight as JSON.\nText:\nItem: %s\nWeight: %d kg (%d g)\n" % (it, kg, kg * 1000)
        schema = SW
        t = tool("save_item", "Save an item; weight in grams.", {"item": STR, "weight": {"type": "number", "description": "grams"}})
        wrong, right = {"item": it, "weight": kg}, {"item": it, "weight": kg * 1000}
    if choice == "legacy":
        kwd = {"functions": [t["function"]], "function_call": "none"}
    else:
        kwd = {"tools": [t]}
        if choice:
            kwd["tool_choice"] = choice
    g = "d196-tsx-%s-%d" % (shape, i)
    pp(g, g, "single: rule only in the tool (%s)" % choice, chat([U(text)], schema, [wrong, right], right, **kwd))
# multi-turn / few-shot (expected: refused on the cached path; held if so)
for i in range(4):
    f, l, age = person_card(260 + i)
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    base = {"name": "%s %s" % (f, l), "age": age}
    g = "d196-mt-%d" % i
    pp(g, g + "-b", "base", chat([U(text)], SPN, [base], base))
    fix = {"name": base["name"], "age": age + 1}
    msgs = [[U(text), As(json.dumps(base)), U("Sorry, the age is %d." % (age + 1))],
            [U("Extract the name and age as JSON.\nText:\nName: Eva Ring\nAge: 40\n"), As('{"name": "RING, Eva", "age": 40}'), U(text)],
            [U("Before you start: the ages in my forms are one year too low."), As("Understood."), U(text)],
            [Sy("Extract."), U("Note the form is from last year; add one to the age."), U(text)]][i]
    exp = [fix, {"name": "%s, %s" % (l.upper(), f), "age": age}, fix, fix][i]
    pp(g, g + "-v", "multi-turn / few-shot", chat(msgs, SPN, [base, exp], exp))
# part 11: pairs, base without tools stored; the same request with a tool whose DESCRIPTION sets the form (d196-tp-*)
TP_RULES = {
    "upper": ("register_member", ["Registers a member. Names in upper case, surname first: 'LEE ANN'.", "Adds the person to the roster; the roster writes names as SURNAME FIRSTNAME in capitals."]),
    "first": ("greet_user", ["Sends a greeting. Use the first name only.", "Greets the person by first name (no surname)."]),
    "months": ("insure_person", ["Quotes insurance. The age is given in months.", "Insurance quote; age must be in whole months."]),
    "grams": ("save_item", ["Save an item; weight in grams.", "Stores the item with its weight in grams."]),
    "cents": ("book_invoice", ["Books an invoice; total in euro cents.", "Ledger booking. Amounts as integer cents."]),
    "date": ("schedule", ["Schedules an order. Dates as DD.MM.YYYY.", "Calendar entry; the date in European format DD.MM.YYYY."]),
}
for i in range(36):
    shape = ["upper", "first", "months", "grams", "cents", "date"][i % 6]
    choice = ["none", "auto", None, "legacy"][(i // 6) % 4]
    fname, descs = TP_RULES[shape]
    desc = descs[(i // 6) % 2]
    k = 300 + i
    if shape in ("upper", "first", "months"):
        f, l, age = person_card(k)
        f = ["Aud", "Brage", "Cecilie", "Dag", "Elin", "Frode", "Gro", "Halvor", "Ida", "Jostein", "Kaia", "Leif"][i % 12]
        l = ["Sunde", "Ruud", "Eide", "Myhre", "Haug", "Vold"][i // 6]
        text = nstyle(i) + "\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
        schema = SPN
        props = {"name": STR, "age": INT}
        ab = {"name": "%s %s" % (f, l), "age": age}
        av = {"upper": {"name": "%s %s" % (l.upper(), f.upper()), "age": age}, "first": {"name": f, "age": age},
              "months": {"name": "%s %s" % (f, l), "age": age * 12}}[shape]
    elif shape == "grams":
        kg = 2 + i % 9
        it = "Crate T-%d" % k
        text = "Extract the item and its weight as JSON.\nText:\nItem: %s\nWeight: %d kg\n" % (it, kg)
        schema, props = SW, {"item": STR, "weight": NUM}
        ab, av = {"item": it, "weight": kg}, {"item": it, "weight": kg * 1000}
    elif shape == "cents":
        tot = [12.5, 48.2, 7.25, 64.8, 19.9, 3.5][i // 6]
        num = "INV-%d" % (7100 + i)
        text = "Extract the invoice number and total as JSON.\nText:\nInvoice %s\nTotal: %.2f EUR\n" % (num, tot)
        schema, props = SMON, {"invoice": STR, "total": NUM}
        ab, av = {"invoice": num, "total": tot}, {"invoice": num, "total": round(tot * 100)}
    else:
        d = ["2026-03-04", "2025-11-19", "2026-07-01", "2026-01-30", "2026-05-12", "2025-12-09"][i // 6]
        y, m, dd = d.split("-")
        o = "PO-%d" % (2300 + i)
        text = "Extract the order number and order date as JSON.\nText:\nOrder %s placed on %s.\n" % (o, d)
        schema, props = SD, {"order": STR, "date": STR}
        ab, av = {"order": o, "date": d}, {"order": o, "date": "%s.%s.%s" % (dd, m, y)}
    t = tool(fname, desc, props)
    if choice == "legacy":
        kwd = {"functions": [t["function"]], "function_call": "none"}
    else:
        kwd = {"tools": [t]}
        if choice:
            kwd["tool_choice"] = choice
    g = "d196-tp-%s-%d" % (shape, i)
    pp(g, g + "-b", "base, no tools", chat([U(text)], schema, [ab], ab))
    pp(g, g + "-v", "same request + tool (%s): %s" % (choice, desc), chat([U(text)], schema, [ab, av], av, **kwd))
# part 12: the request forces a function call (legacy function_call {"name"}, tool_choice required / named) (d196-fc-*)
def wants_call(st, h, b, calls):
    if st != 200:
        return None
    try:
        m = json.loads(b)["choices"][0]["message"]
    except Exception:
        return None
    if m.get("tool_calls") or m.get("function_call"):
        return None
    return "a function call was forced, a content answer was served (path %s)" % h.get("x-stepcache-path")
for i in range(12):
    mode = ["legacy-named", "tools-named", "tools-required", "legacy-auto"][i % 4]
    f = ["Mari", "Nils", "Oda", "Per", "Runa", "Sindre", "Tuva", "Ulf", "Vilde", "Willy", "Ylva", "Åse"][i]
    l = ["Bråten", "Lien", "Engen"][i // 4]
    age = 30 + i
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    ab = {"name": "%s %s" % (f, l), "age": age}
    t = tool("register_member", "Registers a member.", {"name": STR, "age": INT})
    if mode == "legacy-named":
        kwd = {"functions": [t["function"]], "function_call": {"name": "register_member"}}
    elif mode == "tools-named":
        kwd = {"tools": [t], "tool_choice": {"type": "function", "function": {"name": "register_member"}}}
    elif mode == "tools-required":
        kwd = {"tools": [t], "tool_choice": "required"}
    else:
        kwd = {"functions": [t["function"]]}
    g = "d196-fc-%s-%d" % (mode, i)
    pp(g, g + "-b", "base, no tools", chat([U(text)], SPN, [ab], ab))
    st = chat([U(text)], SPN, [{"_tool": {"name": "register_member", "arguments": ab}}], None, check=wants_call if mode != "legacy-auto" else None, **kwd)
    pp(g, g + "-v", "same request, a function call forced (%s)" % mode, st)

# part 13: a system message says the reply follows the tools' conventions; only the tool description changes (d196-ts-*)
TS_SYS = ["Your JSON replies must follow the conventions stated in the tool definitions.",
          "Format every value exactly the way the available tools expect it.",
          "The JSON you return is passed straight to the tool; use the tool's conventions."]
for i in range(9):
    f = ["Arne", "Bodil", "Camilla", "Didrik", "Eva", "Finn", "Gunn", "Harald", "Inger"][i]
    l = ["Kvam", "Lyng", "Mork"][i // 3]
    age = 31 + 2 * i
    text = "Extract the name and age as JSON.\nText:\nName: %s %s\nAge: %d\n" % (f, l, age)
    ab = {"name": "%s %s" % (f, l), "age": age}
    av = [{"name": "%s %s" % (l.upper(), f.upper()), "age": age}, {"name": f, "age": age}, {"name": "%s %s" % (f, l), "age": age * 12}][i % 3]
    tb = tool("register_member", "Registers a member. Names as written, age in years.", {"name": STR, "age": INT})
    tv = tool("register_member", ["Registers a member. Names in upper case, surname first.", "Registers a member. First name only.", "Registers a member. Age in months."][i % 3], {"name": STR, "age": INT})
    g = "d196-ts-%d" % i
    sm = TS_SYS[i // 3]
    pp(g, g + "-b", "system + tool A", chat([Sy(sm), U(text)], SPN, [ab], ab, tools=[tb], tool_choice="none"))
    pp(g, g + "-v", "system + tool B (rule)", chat([Sy(sm), U(text)], SPN, [ab, av], av, tools=[tv], tool_choice="none"))

import os as _os
if _os.environ.get("R196_ALONE"):
    _keep = set(r196_found_alone) | set(r196_arguable)
    _groups = {GROUP[k] for k in _keep if k in GROUP}
    P[:] = [p for p in P if p[0] in _keep or (p[0].endswith("-b") and GROUP.get(p[0]) in _groups)]


def main():
    """Serves this round's probes with serve_probes.py's runner (its judging, both servers, RUNS passes)."""
    import serve_probes
    return serve_probes.main(P, fail_on_problems=True)


if __name__ == "__main__":
    sys.exit(main())
