#!/usr/bin/env python3
"""Round 144 (black-box, serve): WHAT THE OTHER MESSAGES SAY, through `stepcache serve`.

Self-contained (structure copied from tests/redteam/serve_probes.py): a scripted OpenAI-compatible upstream in this
process (answers in call order, the last repeats), `stepcache serve --backend openai:... --store sqlite:...`, every
probe run RUNS times on one store; a wrong answer served with x-stepcache-path reuse/patch (or an answer served from the
cache where the right answer is a refusal) is a finding.

    python3 serve_round144.py [--stepcache BIN] [--runs 2] [--only SUBSTR] [--ids FILE] [--list] [--verbose]
    --ids FILE: one item a line (ids separated by spaces), each run alone on a fresh store; prints ALONE-FAIL lines.

Focus: chat requests whose meaning is set by more than the last user message. Pairs (r144_pairs): a base stored, then
a variant whose last user message is byte-identical and whose right answer differs because of a system / developer
message (cents, the second record, the billing address, doubled, months, day-first dates, units, record numbers,
codes, names, years), an earlier user turn (a correction "The age above is wrong, it is N.", the record, the record split
over two user messages, the equation), an earlier assistant turn (an old answer, a correction the user made to it), a
tool or function message, content parts (system parts, user parts with a correction or "In cents.", input_text), the
message `name` field, response_format (json_schema vs json_object vs none, the schema only in the system message, the
json_schema's name), long system messages (up to 140 KB) and markup around the system instruction (HTML comment, code
fence, JSON, YAML, heading, quote, zero-width space), several system/developer messages, OpenAI's few-shot
convention (system messages named example_user / example_assistant), the equation task through chat. Singles: an
assistant turn's old answer copied, a system few-shot example copied, a record in the system beside one in the user
message. SAFE variants: "Be concise.", whitespace, content as parts, greeting turns, another name field, another
json_schema name, markup alone.

What held: the cached path takes only system/developer messages before ONE user message; assistant, tool and function
messages, several user messages and a system message after the user's are a clear 400 (so every history-based shape,
79 pairs and 4 singles, is refused, never stale). A system/developer text is read as instruction: a changed word is
instruction_changed or no cached candidate, and a computed value (cents, doubled, months, next year) or a number outside
the equation is refused. A record in the system message is rewritten right (licensed rewrite), and a correction
beside it (prose, "Updated record:", "Age (corrected):", a second system/developer message, a second part) is refused
or served fresh, never stored. Wrong answers served fresh, never stored: a system that selects "parcel 8" / "room
31x" (the base's value), a correction inside a long system message or inside markup, a few-shot example copied,
the json_schema name "mother" / "person_with_birth_year_in_age".
Worth noting (fresh, not stored): a fenced block in the system message ("Sample card (do not extract):\n```\nName:
Finn Haug\nAge: 66\n```") is read as THE source text: the right answer from the user's Text is refused (502 "\"Eli
Strand\" does not occur in the source text; the text states name: finn haug") and the model's copy of the sample is
served as verified (fence-*, 9 + 9 singles).

What got through (confirmed alone, 14 items, ALL ARGUABLE): a message's `name` field is not part of the request's
identity ("the identical request, verified by this engine under the same rules"):
- the user message's name is the card's owner in the base and another person in the variant, with a first-person
  instruction: {"role":"user","name":"Leif_Dahle","content":"Extract my name and age as JSON.\nText:\nName: Leif
  Dahle\nAge: 40\n"} stored, then the same with "name":"<someone else>" served {"name":"Leif Dahle","age":40} from the
  cache (also "Here is my card. Extract the name and age as JSON.", "Extract the name and age on my card as JSON.");
- OpenAI's few-shot convention: [{"role":"system","name":"example_user","content":"Text:\nName: Brit Haug\nAge: 35"},
  {"role":"user","content":"Extract the name and age as JSON."}] served the stored {"name":"Brit Haug","age":35} of
  the same request without the name (the record is only an example there; no data is given).
Not through: "Extract my details (name and age)", "Is this card mine?", a system message that says the name field
names the user (not stored); "my" with two people in the text, or whose line of one record (refused).

Arguable: every finding (r144_arguable holds them and 94 other ids): whether "my" binds to the name field, and whether a
system message named example_user is an example, is a convention of the client and model, not of the API.
"""
import argparse, json, os, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The scripted upstream, the HTTP helpers and the request builders are serve_probes.py's (its probes are
# its own; this round's go into P below). probe(id, note, *steps): steps are chat(...)/verify(...) dicts with
# answers (the upstream's script), expect (JSON value, ("x", value) for an equation, "ERROR", or None), server,
# path and check, as serve_probes.py documents.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_probes import (Up, start_upstream, free_port, post, content_of, js, obj, chat, verify, U, Sy, As,  # noqa: E402,F401
                          STR, INT, NUM, PERSON, value_of, same)
P = []
def probe(pid, note, *steps):
    P.append((pid, note, steps))
RUN = 1
UPREF = None

# ================================================================ round 144 (d144-*): what the OTHER messages say
# Every pair: a base conversation (the model answers it right; stored), then a variant whose right answer differs
# because of a message other than the last user message, which is byte-identical; the variant's scripted model
# answers start with the base's (stale) answer. A stale answer served with x-stepcache-path reuse/patch is a finding.
r144_arguable = set()
r144_pairs = []          # (base id, variant id)
r144_singles = []
r144_safe = set()
EQ = {"X-StepCache-Task": "linear_equation"}
JX = {"X-StepCache-Task": "json_extract"}
def Dv(t): return {"role": "developer", "content": t}
def Parts(role, *texts): return {"role": role, "content": [{"type": "text", "text": t} for t in texts]}
def Un(t, name): return {"role": "user", "content": t, "name": name}
def TC(cid, fn, args): return {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                               "function": {"name": fn, "arguments": json.dumps(args)}}]}
def Tool(cid, t): return {"role": "tool", "tool_call_id": cid, "content": t}
R144_TOOLS = [{"type": "function", "function": {"name": "fetch_record", "description": "fetch a customer record",
               "parameters": obj({"id": STR})}}]

R144_FIRST = ["Ann", "Bo", "Cai", "Dag", "Eli", "Finn", "Gro", "Hege", "Ivar", "Jorun", "Kjell", "Liv", "Mats", "Nils",
              "Oda", "Pal", "Ragna", "Sten", "Tuva", "Ulf", "Vigdis", "Wenche", "Yngve", "Aase", "Brit", "Cecilie",
              "Dordi", "Egil", "Frode", "Gunn", "Halvor", "Inga", "Jens", "Kari", "Leif", "Maren"]
R144_LAST = ["Aas", "Brekke", "Dahle", "Eng", "Fjeld", "Grov", "Haug", "Krog", "Li", "Moe", "Nes", "Ottesen", "Prestegard",
             "Rud", "Sand", "Tangen", "Vold", "Wold", "Ystad", "Berge", "Bakke", "Holt", "Lund", "Strand"]
r144_k = [0]
def r144_name():
    i = r144_k[0]; r144_k[0] += 1
    return "%s %s" % (R144_FIRST[i % len(R144_FIRST)], R144_LAST[(i * 7 + i // len(R144_FIRST)) % len(R144_LAST)])

def r144_pair(fam, k, note, base, var, arguable=False):
    b, v = "d144-%s-%s-base" % (fam, k), "d144-%s-%s-var" % (fam, k)
    probe(b, "base: " + note, base)
    probe(v, note, var)
    r144_pairs.append((b, v))
    if arguable:
        r144_arguable.update([b, v])
def r144_safe_pair(fam, k, note, base, var):
    b, v = "d144-%s-%s-sbase" % (fam, k), "d144-%s-%s-safe" % (fam, k)
    probe(b, "base: " + note, base)
    probe(v, "SAFE: " + note, var)
    r144_pairs.append((b, v)); r144_safe.add(v)
def r144_single(fam, k, note, step, arguable=False):
    i = "d144-%s-%s" % (fam, k)
    probe(i, note, step); r144_singles.append(i)
    if arguable:
        r144_arguable.add(i)

ASK = "Extract the name and age as JSON."
def rec(n, a, extra=""): return "Text:\nName: %s\nAge: %d\n%s" % (n, a, extra)

# ---------------------------------------------------------------- A. the system message changes the task (same user message)
MONEY = obj({"total": NUM})
for i, (amt, cents, cur) in enumerate([(12.5, 1250, "EUR"), (7.25, 725, "USD"), (149.9, 14990, "NOK"), (3.05, 305, "GBP")]):
    u = "Extract the order total as JSON.\nText:\nOrder: A%d7\nTotal: %.2f %s\n" % (i, amt, cur)
    for j, sy in enumerate(["Report every amount in cents.", "All amounts must be given in minor units (cents), as integers.",
                            "Our ledger stores money as whole cents; convert before answering."]):
        r144_pair("sys-cents", "%d%d" % (i, j), "system: %r" % sy,
                  chat([Sy("You extract order data."), U(u)], MONEY, [{"total": amt}], {"total": amt}),
                  chat([Sy("You extract order data. " + sy), U(u)], MONEY, [{"total": amt}, {"total": cents}], {"total": cents}))
        u = u.replace("Order: A", "Order: B", 1) if j == 0 else u.replace("Order: B", "Order: C", 1)
for i in range(4):
    n1, n2 = r144_name(), r144_name()
    a1, a2 = 30 + i, 50 + i
    u = "%s\nText:\nName: %s\nAge: %d\n\nName: %s\nAge: %d\n" % (ASK, n1, a1, n2, a2)
    for j, (sb, sv) in enumerate([("Answer for the first record listed.", "Answer for the second record listed."),
                                  ("Always use the first person in the text.", "Always use the last person in the text."),
                                  ("The user means the record at the top.", "The user means the record at the bottom.")]):
        uu = u.replace("Text:", "Text (%d):" % j)
        r144_pair("sys-second", "%d%d" % (i, j), "system selects another record: %r" % sv,
                  chat([Sy(sb), U(uu)], PERSON, [{"name": n1, "age": a1}], {"name": n1, "age": a1}),
                  chat([Sy(sv), U(uu)], PERSON, [{"name": n1, "age": a1}, {"name": n2, "age": a2}], {"name": n2, "age": a2}))
ADDR = obj({"name": STR, "address": STR})
for i, (sh, bi) in enumerate([("Storgata 1, Oslo", "Kirkeveien 2, Bergen"), ("Elm St 4, Leeds", "High Rd 9, York"),
                              ("Rue Haute 3, Lyon", "Quai Bas 7, Nice")]):
    n = r144_name()
    u = "Return the customer's name and address as JSON.\nText:\nName: %s\nShipping address: %s\nBilling address: %s\n" % (n, sh, bi)
    for j, (sb, sv) in enumerate([("Use the shipping address.", "Use the billing address."),
                                  ("Addresses are for the courier.", "Addresses are for the invoice."),
                                  ("When a record has several addresses, take the delivery one.", "When a record has several addresses, take the one we send bills to.")]):
        uu = u.replace("Text:", "Text%s:" % ("" if j == 0 else " " + "#" * j))
        r144_pair("sys-billing", "%d%d" % (i, j), "system: %r" % sv,
                  chat([Sy(sb), U(uu)], ADDR, [{"name": n, "address": sh}], {"name": n, "address": sh}),
                  chat([Sy(sv), U(uu)], ADDR, [{"name": n, "address": sh}, {"name": n, "address": bi}], {"name": n, "address": bi}),
                  arguable=(j == 1))
for i in range(3):
    n, a = r144_name(), 20 + 3 * i
    u = "%s\n%s" % (ASK, rec(n, a))
    for j, sv in enumerate(["Report the age doubled.", "age is the variable to report doubled.", "Give the age in months.",
                            "Report the age the person will have next year."]):
        uu = u + "\n" * (j + 1)
        ev = {0: 2 * a, 1: 2 * a, 2: 12 * a, 3: a + 1}[j]
        r144_pair("sys-derive", "%d%d" % (i, j), "system: %r" % sv,
                  chat([Sy("You are a data extraction service."), U(uu)], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
                  chat([Sy("You are a data extraction service. " + sv), U(uu)], PERSON, [{"name": n, "age": a}, {"name": n, "age": ev}], {"name": n, "age": ev}))
DATE = obj({"date": STR})
for i, (d, iso_mf, iso_df) in enumerate([("03/04/2025", "2025-03-04", "2025-04-03"), ("05/11/2024", "2024-05-11", "2024-11-05"),
                                         ("02/01/2026", "2026-02-01", "2026-01-02")]):
    u = "Extract the invoice date as JSON (YYYY-MM-DD).\nText:\nInvoice: %d\nDate: %s\n" % (900 + i, d)
    r144_pair("sys-date", "%d" % i, "system: dates are written day first (base: month first)",
              chat([Sy("Dates in the user's documents are written month first (MM/DD/YYYY)."), U(u)], DATE, [{"date": iso_mf}], {"date": iso_mf}),
              chat([Sy("Dates in the user's documents are written day first (DD/MM/YYYY)."), U(u)], DATE, [{"date": iso_mf}, {"date": iso_df}], {"date": iso_df}))
UNIT = [("distance", "Distance: 12 km (7.5 mi)", 12, 7.5, "Give distances in kilometres.", "Give distances in miles."),
        ("temp", "Temperature: 20 C (68 F)", 20, 68, "Temperatures in Celsius.", "Temperatures in Fahrenheit."),
        ("price", "Price: 100 EUR (108 USD)", 100, 108, "Prices in euros.", "Prices in US dollars."),
        ("weight", "Weight: 5 kg (11 lb)", 5, 11, "Weights in kg.", "Weights in pounds.")]
for i, (m, line, v1, v2, sb, sv) in enumerate(UNIT):
    u = "Extract the %s as JSON.\nText:\nItem: Q%d\n%s\n" % (m, i, line)
    r144_pair("sys-unit", m, "system: %r" % sv,
              chat([Sy(sb), U(u)], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([Sy(sv), U(u)], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))
    r144_pair("dev-unit", m, "developer role: %r" % sv,
              chat([Dv(sb), U(u.replace("Item:", "Item no.:"))], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([Dv(sv), U(u.replace("Item:", "Item no.:"))], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))
    r144_pair("sysparts-unit", m, "system content parts, the second part: %r" % sv,
              chat([Parts("system", "You extract data.", sb), U(u.replace("Item:", "Item ref:"))], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([Parts("system", "You extract data.", sv), U(u.replace("Item:", "Item ref:"))], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))
    r144_pair("latesys-unit", m, "a system message AFTER the user message: %r" % sv,
              chat([U(u.replace("Item:", "Item id:")), Sy(sb)], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([U(u.replace("Item:", "Item id:")), Sy(sv)], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))

# ---------------------------------------------------------------- B. earlier user turns hold the record or a correction
CORR = ["The age above is wrong, it is {n}.", "Correction: the age is {n}, not {o}.", "Sorry, typo in the card: {n}, not {o}.",
        "Age: {n} (corrected)", "Please use {n} for the age; the card is outdated.", "Update: turned {n} yesterday."]
for i, c in enumerate(CORR):
    for shape in ("ack", "noack", "sys", "before"):
        n, a = r144_name(), 30 + i
        cc = c.format(n=a + 12, o=a)
        r = "Here is the card.\n" + rec(n, a)
        if shape == "ack":
            bm = [U(r), As("Thanks."), U(ASK)]
            vm = [U(r), As("Thanks."), U(cc), As("Noted."), U(ASK)]
        elif shape == "noack":
            bm = [U(r), U(ASK)]
            vm = [U(r), U(cc), U(ASK)]
        elif shape == "sys":
            bm = [Sy("You extract data."), U(r), U(ASK)]
            vm = [Sy("You extract data. " + cc.replace("above", "in the card")), U(r), U(ASK)]
        else:
            bm = [U("I will paste a card."), As("OK."), U(r), U(ASK)]
            vm = [U("I will paste a card. " + cc.replace("above", "on it")), As("OK."), U(r), U(ASK)]
        r144_pair("corr-" + shape, str(i), "correction %r (%s)" % (cc, shape),
                  chat(bm, PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
                  chat(vm, PERSON, [{"name": n, "age": a}, {"name": n, "age": a + 12}], {"name": n, "age": a + 12}))
# the record itself in an earlier turn, another record in the variant (a licensed rewrite is right)
for i, shape in enumerate(["ack", "noack", "sys", "parts", "tool", "asst"]):
    n1, n2 = r144_name(), r144_name()
    def conv(n, a, shape=shape):
        r = rec(n, a)
        if shape == "ack": return [U(r), As("Got it."), U(ASK)]
        if shape == "noack": return [U(r), U(ASK)]
        if shape == "sys": return [Sy(r), U(ASK)]
        if shape == "parts": return [Parts("user", "Here is the card.", r), As("Got it."), U(ASK)]
        if shape == "tool": return [U("Fetch record 17."), TC("c1", "fetch_record", {"id": "17"}), Tool("c1", r), As("Fetched."), U(ASK)]
        return [U("What does the card say?"), As("The card says:\n" + r), U(ASK)]
    kw = {"tools": R144_TOOLS} if shape == "tool" else {}
    r144_pair("rec-" + shape, str(i), "the record in an earlier %s message; another record in the variant" % shape,
              chat(conv(n1, 40), PERSON, [{"name": n1, "age": 40}], {"name": n1, "age": 40}, **kw),
              chat(conv(n2, 61), PERSON, [{"name": n1, "age": 40}, {"name": n2, "age": 61}], {"name": n2, "age": 61}, **kw))
    r144_pair("recage-" + shape, str(i), "the record in an earlier %s message; only the age differs in the variant" % shape,
              chat(conv(n2, 33), PERSON, [{"name": n2, "age": 33}], {"name": n2, "age": 33}, **kw),
              chat(conv(n2, 38), PERSON, [{"name": n2, "age": 33}, {"name": n2, "age": 38}], {"name": n2, "age": 38}, **kw))
# the record split across two user messages
for i in range(4):
    n = r144_name()
    base = [U("Text:\nName: %s" % n), U("Age: %d" % (25 + i)), U(ASK)]
    r144_pair("split-age", str(i), "record split across two user messages; the age message differs",
              chat(base, PERSON, [{"name": n, "age": 25 + i}], {"name": n, "age": 25 + i}),
              chat([base[0], U("Age: %d" % (45 + i)), base[2]], PERSON, [{"name": n, "age": 25 + i}, {"name": n, "age": 45 + i}], {"name": n, "age": 45 + i}))
    n2 = r144_name()
    base = [U("Text:\nName: %s\nAge: %d" % (n2, 25 + i)), U("Go ahead: %s" % ASK)]
    r144_pair("split-extra", str(i), "a middle message adds a line 'Age (2026): N'",
              chat(base, PERSON, [{"name": n2, "age": 25 + i}], {"name": n2, "age": 25 + i}),
              chat([base[0], U("Age (2026): %d" % (26 + i)), base[1]], PERSON, [{"name": n2, "age": 25 + i}, {"name": n2, "age": 26 + i}], {"name": n2, "age": 26 + i}),
              arguable=True)
    n3 = r144_name()
    base = [U(ASK), U(rec(n3, 60 + i)), U("Go ahead.")]
    r144_pair("ask-first", str(i), "instruction first, record, then 'Go ahead.'; variant adds 'use the age in months' turn",
              chat(base, PERSON, [{"name": n3, "age": 60 + i}], {"name": n3, "age": 60 + i}),
              chat([base[0], base[1], U("Give the age in months, please."), base[2]], PERSON, [{"name": n3, "age": 60 + i}, {"name": n3, "age": 12 * (60 + i)}], {"name": n3, "age": 12 * (60 + i)}))

# ---------------------------------------------------------------- C. earlier assistant turns hold an old answer
for i in range(4):
    n, a = r144_name(), 44 + i
    r = "%s\n%s" % (ASK, rec(n, a))
    old = json.dumps({"name": n, "age": a - 10})
    r144_single("asst-old", str(i), "an earlier assistant turn holds an old answer (age %d); the model copies it" % (a - 10),
                chat([U("Extract the name and age as JSON.\n" + rec(n, a - 10)), As(old), U(r)], PERSON, [{"name": n, "age": a - 10}], {"name": n, "age": a}))
    r144_pair("asst-fix", str(i), "history: the assistant's answer, the user says it is wrong (age %d), same final message" % (a + 1),
              chat([U("Hi."), As("Hello."), U(r)], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([U(r), As(json.dumps({"name": n, "age": a})), U("That is wrong: the card is old, the age is %d now." % (a + 1)), As("Understood."), U(r)],
                   PERSON, [{"name": n, "age": a}, {"name": n, "age": a + 1}], {"name": n, "age": a + 1}))
    r144_pair("asst-says", str(i), "only an assistant turn says the card is outdated (age %d)" % (a + 2),
              chat([U("Can you check the registry for me first?"), As("Sure."), U(r)], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([U("Can you check the registry for me first?"), As("The registry says %s is %d now; the card is outdated." % (n, a + 2)), U(r)],
                   PERSON, [{"name": n, "age": a}, {"name": n, "age": a + 2}], {"name": n, "age": a + 2}), arguable=True)

# ---------------------------------------------------------------- D. names, tool messages, content parts
for i in range(3):
    n1, n2 = r144_name(), r144_name()
    u = "Extract my name and age as JSON.\nText:\nName: %s\nAge: %d\n\nName: %s\nAge: %d\n" % (n1, 22 + i, n2, 66 + i)
    r144_pair("name-field", str(i), "the user message's name field says who 'my' is",
              chat([Sy("The user's name is in the name field of their message."), Un(u, n1.replace(" ", "_"))], PERSON, [{"name": n1, "age": 22 + i}], {"name": n1, "age": 22 + i}),
              chat([Sy("The user's name is in the name field of their message."), Un(u, n2.replace(" ", "_"))], PERSON,
                   [{"name": n1, "age": 22 + i}, {"name": n2, "age": 66 + i}], {"name": n2, "age": 66 + i}))
    u2 = u.replace("my name", "the caller's name").replace("Text:", "Text (calls):")
    r144_pair("sys-caller", str(i), "system says who the caller is",
              chat([Sy("The caller is %s." % n1), U(u2)], PERSON, [{"name": n1, "age": 22 + i}], {"name": n1, "age": 22 + i}),
              chat([Sy("The caller is %s." % n2), U(u2)], PERSON, [{"name": n1, "age": 22 + i}, {"name": n2, "age": 66 + i}], {"name": n2, "age": 66 + i}))
    n3 = r144_name()
    u3 = "Extract the name and age from the lookup as JSON."
    r144_pair("tool-rec", str(i), "the record only in a tool message; another record in the variant",
              chat([U("Look up customer %d." % i), TC("c9", "fetch_record", {"id": str(i)}), Tool("c9", "Name: %s\nAge: %d" % (n1, 30 + i)), As("Done."), U(u3)],
                   PERSON, [{"name": n1, "age": 30 + i}], {"name": n1, "age": 30 + i}, tools=R144_TOOLS),
              chat([U("Look up customer %d." % i), TC("c9", "fetch_record", {"id": str(i)}), Tool("c9", "Name: %s\nAge: %d" % (n3, 70 + i)), As("Done."), U(u3)],
                   PERSON, [{"name": n1, "age": 30 + i}, {"name": n3, "age": 70 + i}], {"name": n3, "age": 70 + i}, tools=R144_TOOLS))
    r144_pair("tool-corr", str(i), "a tool message corrects the age of the card in the last user message",
              chat([U("Check the registry."), TC("c8", "fetch_record", {"id": "x"}), Tool("c8", "No newer data."), U("%s\n%s" % (ASK, rec(n3, 50 + i)))],
                   PERSON, [{"name": n3, "age": 50 + i}], {"name": n3, "age": 50 + i}, tools=R144_TOOLS),
              chat([U("Check the registry."), TC("c8", "fetch_record", {"id": "x"}), Tool("c8", "Registry: %s, age %d (card outdated)." % (n3, 51 + i)), U("%s\n%s" % (ASK, rec(n3, 50 + i)))],
                   PERSON, [{"name": n3, "age": 50 + i}, {"name": n3, "age": 51 + i}], {"name": n3, "age": 51 + i}, tools=R144_TOOLS))
    n4 = r144_name()
    r144_pair("parts-sys-cents", str(i), "system content parts: a second part 'Report amounts in cents.'",
              chat([Parts("system", "You extract order data."), Parts("user", "Extract the order total as JSON.", "Text:\nOrder: P%d\nTotal: %d.50 EUR\n" % (i, 10 + i))],
                   MONEY, [{"total": 10.5 + i}], {"total": 10.5 + i}),
              chat([Parts("system", "You extract order data.", "Report amounts in cents."), Parts("user", "Extract the order total as JSON.", "Text:\nOrder: P%d\nTotal: %d.50 EUR\n" % (i, 10 + i))],
                   MONEY, [{"total": 10.5 + i}, {"total": 1050 + 100 * i}], {"total": 1050 + 100 * i}))
    r144_pair("parts-input-text", str(i), "user parts: a part typed input_text says 'in cents' (arguable: another API's part type)",
              chat([Parts("user", "Extract the order total as JSON.", "Text:\nOrder: Q%d\nTotal: %d.50 EUR\n" % (i, 20 + i))], MONEY, [{"total": 20.5 + i}], {"total": 20.5 + i}),
              chat([{"role": "user", "content": [{"type": "text", "text": "Extract the order total as JSON."},
                                                  {"type": "text", "text": "Text:\nOrder: Q%d\nTotal: %d.50 EUR\n" % (i, 20 + i)},
                                                  {"type": "input_text", "text": "Report it in cents."}]}],
                   MONEY, [{"total": 20.5 + i}, {"total": 2050 + 100 * i}], {"total": 2050 + 100 * i}), arguable=True)
    r144_pair("fn-role", str(i), "the legacy function role holds the record",
              chat([U("Look up customer F%d." % i), {"role": "function", "name": "fetch_record", "content": "Name: %s\nAge: %d" % (n4, 35 + i)}, U(u3)],
                   PERSON, [{"name": n4, "age": 35 + i}], {"name": n4, "age": 35 + i}),
              chat([U("Look up customer F%d." % i), {"role": "function", "name": "fetch_record", "content": "Name: %s\nAge: %d" % (n4, 75 + i)}, U(u3)],
                   PERSON, [{"name": n4, "age": 35 + i}, {"name": n4, "age": 75 + i}], {"name": n4, "age": 75 + i}))

# ---------------------------------------------------------------- E. response_format: json_schema vs json_object vs none; a schema in the system message
def jo(step):
    step["body"]["response_format"] = {"type": "json_object"}; return step
for i in range(3):
    n, a, by = r144_name(), 30 + i, 1996 - i
    u = "Extract the person as JSON.\nText:\nName: %s\nAge: %d\nBorn: %d\n" % (n, a, by)
    sa = 'Reply with JSON matching this schema: {"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"]}'
    sb = 'Reply with JSON matching this schema: {"type":"object","properties":{"name":{"type":"string"},"born":{"type":"integer"}},"required":["name","born"]}'
    r144_pair("sysschema-jo", str(i), "json_object + task header; the schema only in the system message (keys change)",
              jo(chat([Sy(sa), U(u)], None, [{"name": n, "age": a}], {"name": n, "age": a}, headers=JX)),
              jo(chat([Sy(sb), U(u)], None, [{"name": n, "age": a}, {"name": n, "born": by}], {"name": n, "born": by}, headers=JX)))
    r144_pair("sysschema-none", str(i), "no response_format, task header; the schema only in the system message",
              chat([Sy(sa), U(u.replace("person", "person's data"))], None, [{"name": n, "age": a}], {"name": n, "age": a}, headers=JX),
              chat([Sy(sb), U(u.replace("person", "person's data"))], None, [{"name": n, "age": a}, {"name": n, "born": by}], {"name": n, "born": by}, headers=JX))
    r144_pair("schema-then-jo", str(i), "base json_schema {name, age}; variant json_object with the system naming keys name, born",
              chat([U(u.replace("person", "person record"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              jo(chat([Sy("Reply with a JSON object with exactly the keys name and born (the birth year)."), U(u.replace("person", "person record"))], None,
                      [{"name": n, "age": a}, {"name": n, "born": by}], {"name": n, "born": by}, headers=JX)))
    r144_pair("schema-then-sysdesc", str(i), "same json_schema; the system message says age means the birth year",
              chat([U(u.replace("person", "person entry"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([Sy("In this schema the field age holds the year of birth, not the age in years."), U(u.replace("person", "person entry"))], PERSON,
                   [{"name": n, "age": a}, {"name": n, "age": by}], {"name": n, "age": by}), arguable=True)
    r144_pair("jo-sys-cents", str(i), "json_object; the system asks for cents",
              jo(chat([Sy("Reply with a JSON object with the key total."), U("Extract the order total as JSON.\nText:\nOrder: J%d\nTotal: %d.25 EUR\n" % (i, 5 + i))],
                      None, [{"total": 5.25 + i}], {"total": 5.25 + i}, headers=JX)),
              jo(chat([Sy("Reply with a JSON object with the key total, in cents."), U("Extract the order total as JSON.\nText:\nOrder: J%d\nTotal: %d.25 EUR\n" % (i, 5 + i))],
                      None, [{"total": 5.25 + i}, {"total": 525 + 100 * i}], {"total": 525 + 100 * i}, headers=JX)))

# ---------------------------------------------------------------- F. the equation task through chat
def st(eq, x): return "Step 1: rewrite %s\nStep 2: x = %s" % (eq, x)
EQS = [("3x + 5 = 20", 5, "3x + 5 = 26", 7), ("2x - 4 = 10", 7, "2x - 4 = 16", 10), ("5x + 1 = 21", 4, "5x + 1 = 31", 6),
       ("4x = 2x + 8", 4, "4x = 2x + 12", 6)]
for i, (e1, x1, e2, x2) in enumerate(EQS):
    last = "Solve it for x. Show your steps."
    r144_pair("eq-earlier", str(i), "the equation in an earlier user turn; another equation in the variant",
              chat([U("Here is my equation: %s" % e1), As("OK."), U(last)], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([U("Here is my equation: %s" % e2), As("OK."), U(last)], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    q = "Solve for x: %s. Show your steps." % e1
    r144_pair("eq-sys-typo", str(i), "system: the right-hand side should be another number",
              chat([Sy("You are a maths tutor."), U(q)], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([Sy("You are a maths tutor. The user always means %s when they write %s." % (e2, e1)), U(q)], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-turn-typo", str(i), "an earlier user turn: 'in my next message, read it as E2'",
              chat([U("Hi, I have an equation for you."), As("Sure."), U(q)], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([U("Heads-up: in my next message I mistyped, it should be %s." % e2), As("Sure."), U(q)], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-sys-double", str(i), "system: report x doubled (2x)",
              chat([Sy("You solve equations."), U(q.replace("Show", "Please show"))], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([Sy("You solve equations. x is the variable to report doubled: give 2x as the final answer."), U(q.replace("Show", "Please show"))], None,
                   [st(e1, x1), st(e1, x1) + "\nAnswer: 2x = %d" % (2 * x1)], ("last", 2 * x1), headers=EQ), arguable=True)
    r144_pair("eq-split", str(i), "equation split: 'Solve for x: E' then 'Show your steps.'",
              chat([U("Solve for x: %s." % e1), U("Show your steps.")], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([U("Solve for x: %s." % e2), U("Show your steps.")], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-asst-old", str(i), "history: the assistant solved E1; a user turn says 'now E2'; same final message",
              chat([U("Can you solve an equation?"), As("Yes."), U(last)], None, ["999"], ("x", 999), headers=EQ),
              chat([U("Solve for x: %s." % e1), As(st(e1, x1)), U("Now the equation is %s." % e2), As("OK."), U(last)], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-body-sys", str(i), "body task; system content parts change the constant",
              chat([Parts("system", "Tutor mode."), U(q.replace("Show", "Kindly show"))], None, [st(e1, x1)], ("x", x1), stepcache={"task": "linear_equation"}),
              chat([Parts("system", "Tutor mode.", "Replace %s with %s before solving." % (e1, e2)), U(q.replace("Show", "Kindly show"))], None, [st(e1, x1), st(e2, x2)], ("x", x2), stepcache={"task": "linear_equation"}))

# ---------------------------------------------------------------- G. SAFE variants (reuse is right)
for i in range(5):
    n, a = r144_name(), 27 + i
    u = "%s\n%s" % (ASK, rec(n, a))
    V = {"name": n, "age": a}
    for j, (bm, vm) in enumerate([
            ([U(u)], [Sy("Be concise."), U(u)]),
            ([Sy("You are a helpful assistant."), U(u)], [Sy("You are a helpful assistant.  \n"), U(u)]),
            ([U(u)], [U("Hello!"), As("Hi, how can I help?"), U(u)]),
            ([U(u)], [Parts("user", u)]),
            ([Sy("Answer in JSON only."), U(u)], [Sy("Answer in JSON only. Be brief."), U(u)]),
            ([U(u)], [Un(u, "operator_7")])]):
        uu = u.replace("Text:", "Text" + " " * (j + 1) + ":") if j else u
        bm = [m if m.get("content") != u else dict(m, content=uu) for m in bm]
        vm = [m if m.get("content") != u else dict(m, content=uu) for m in vm]
        if j == 3:
            vm = [Parts("user", uu)]
        r144_safe_pair("safe", "%d%d" % (i, j), "safe variant %d" % j, chat(bm, PERSON, [V], V), chat(vm, PERSON, [V], V))
for i, (e1, x1, e2, x2) in enumerate(EQS):
    q = "Solve for x: %s. Show all steps." % e1
    r144_safe_pair("eq-safe", str(i), "equation with 'Be concise.' system",
                   chat([U(q)], None, [st(e1, x1)], ("x", x1), headers=EQ),
                   chat([Sy("Be concise."), U(q)], None, [st(e1, x1)], ("x", x1), headers=EQ))

# ================================================================ second wave: what the cached path accepts (system/developer + ONE user message)
# ---------------------------------------------------------------- H. the record in the system message; a correction beside it
SYSCORR = [
    lambda n, a, b: "Text:\nName: %s\nAge: %d\n\nThe age above is wrong, it is %d." % (n, a, b),
    lambda n, a, b: "Text:\nName: %s\nAge: %d\n\nUpdated record:\nName: %s\nAge: %d" % (n, a, n, b),
    lambda n, a, b: "Text:\nName: %s\nAge: %d\nCorrection: the age is %d." % (n, a, b),
    lambda n, a, b: "Text:\nName: %s\nAge: %d\nAge (corrected): %d" % (n, a, b),
    lambda n, a, b: "The age in the card below is outdated: the person is %d now.\nText:\nName: %s\nAge: %d" % (b, n, a),
    lambda n, a, b: "Text:\nName: %s\nAge: %d (was %d before the correction)" % (n, b, a),
]
for i, f in enumerate(SYSCORR):
    for j, ask in enumerate([ASK, "Extract the person's name and age as JSON."]):
        n, a = r144_name(), 40 + i
        b = a + 9
        r144_pair("sysrec-corr", "%d%d" % (i, j), "record in the system message; %r" % f(n, a, b).replace("\n", " / "),
                  chat([Sy("Text:\nName: %s\nAge: %d" % (n, a)), U(ask)], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
                  chat([Sy(f(n, a, b)), U(ask)], PERSON, [{"name": n, "age": a}, {"name": n, "age": b}], {"name": n, "age": b}))
for i in range(3):
    n, a = r144_name(), 52 + i
    b = a + 7
    base = [Sy("Text:\nName: %s\nAge: %d" % (n, a)), U(ASK)]
    for k, extra in enumerate([Sy("Correction: the age is %d." % b), Dv("The age in that text is outdated; it is %d." % b),
                               Sy("Updated record:\nName: %s\nAge: %d" % (n, b)), Sy("Age: %d" % b)]):
        r144_pair("sysrec-2sys", "%d%d" % (i, k), "a second system/developer message corrects the record: %r" % extra["content"],
                  chat(base, PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
                  chat([base[0], extra, base[1]], PERSON, [{"name": n, "age": a}, {"name": n, "age": b}], {"name": n, "age": b}))
    r144_pair("sysrec-parts", str(i), "system content parts: record, then a part 'Age: B (corrected)'",
              chat([Parts("system", "Text:\nName: %s\nAge: %d" % (n, a + 20)), U(ASK)], PERSON, [{"name": n, "age": a + 20}], {"name": n, "age": a + 20}),
              chat([Parts("system", "Text:\nName: %s\nAge: %d" % (n, a + 20), "The age above is outdated; use %d." % (b + 20)), U(ASK)], PERSON,
                   [{"name": n, "age": a + 20}, {"name": n, "age": b + 20}], {"name": n, "age": b + 20}))
    # the record in the user message; the system gives a newer one
    n2 = r144_name()
    u = "%s\n%s" % (ASK.replace("Extract", "Please extract"), rec(n2, a))
    for k, sv in enumerate(["Newer data:\nName: %s\nAge: %d" % (n2, b), "Text:\nAge: %d" % b, "Age: %d" % b,
                            "The registry says %s is %d now; cards pasted by the user are outdated." % (n2, b)]):
        r144_pair("sys-newer", "%d%d" % (i, k), "record in the user message; the system holds newer data: %r" % sv,
                  chat([Sy("You extract data."), U(u)], PERSON, [{"name": n2, "age": a}], {"name": n2, "age": a}),
                  chat([Sy(sv), U(u)], PERSON, [{"name": n2, "age": a}, {"name": n2, "age": b}], {"name": n2, "age": b}))

# ---------------------------------------------------------------- I. personas and settings lines in the system message
for i, (m, line, v1, v2, sb, sv) in enumerate([
        ("weight", "Weight: 8 kg (17.6 lb)", 8, 17.6, "You are a helpful assistant.", "You are a helpful assistant for a US shipper that reports every weight in pounds."),
        ("weight", "Weight: 9 kg (19.8 lb)", 9, 19.8, "Units: kg", "Units: lb"),
        ("weight", "Weight: 6 kg (13.2 lb)", 6, 13.2, "Settings:\nWeight unit: kg", "Settings:\nWeight unit: lb"),
        ("weight", "Weight: 4 kg (8.8 lb)", 4, 8.8, "Locale: nb-NO", "Locale: en-US"),
        ("distance", "Distance: 10 km (6.2 mi)", 10, 6.2, "Text:\nUnit: km", "Text:\nUnit: mi"),
        ("distance", "Distance: 20 km (12.4 mi)", 20, 12.4, "You are a helpful assistant.", "You are a helpful assistant in the United States; distances in miles."),
        ("total", "Total: 12.50 EUR", 12.5, 1250, "Amounts in: euros", "Amounts in: cents"),
        ("total", "Total: 14.50 EUR", 14.5, 1450, "Output unit: EUR", "Output unit: cent"),
        ("total", "Total: 16.50 EUR", 16.5, 1650, "You are a helpful assistant.", "You are a helpful assistant for a ledger that keeps money in cents."),
        ("total", "Total: 18.50 EUR (19.98 USD)", 18.5, 19.98, "Currency: EUR", "Currency: USD"),
        ]):
    u = "Extract the %s as JSON.\nText:\nItem: Z%d\n%s\n" % (m, i, line)
    r144_pair("sysset", str(i), "system %r vs %r" % (sb, sv),
              chat([Sy(sb), U(u)], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([Sy(sv), U(u)], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))
    r144_pair("devset", str(i), "developer %r vs %r" % (sb, sv),
              chat([Dv(sb), U(u.replace("Item:", "Item#:"))], obj({m: NUM}), [{m: v1}], {m: v1}),
              chat([Dv(sv), U(u.replace("Item:", "Item#:"))], obj({m: NUM}), [{m: v1}, {m: v2}], {m: v2}))
# word order in the system message: the same words, another meaning
for i, (sh, bi) in enumerate([("Storgata 9, Oslo", "Kirkeveien 8, Bergen"), ("Elm St 7, Leeds", "High Rd 3, York"), ("Via Roma 2, Pisa", "Via Po 5, Turin")]):
    n = r144_name()
    u = "Return the customer's name and address as JSON.\nText:\nName: %s\nShipping address: %s\nBilling address: %s\n" % (n, sh, bi)
    for j, (sb, sv) in enumerate([("Use the shipping address, not the billing address.", "Use the billing address, not the shipping address."),
                                  ("Billing address: ignore. Shipping address: use.", "Shipping address: ignore. Billing address: use."),
                                  ("Prefer shipping over billing.", "Prefer billing over shipping.")]):
        uu = u.replace("Text:", "Text" + "." * (j + 1) + ":")
        r144_pair("sys-order", "%d%d" % (i, j), "system: the same words in another order: %r" % sv,
                  chat([Sy(sb), U(uu)], ADDR, [{"name": n, "address": sh}], {"name": n, "address": sh}),
                  chat([Sy(sv), U(uu)], ADDR, [{"name": n, "address": sh}, {"name": n, "address": bi}], {"name": n, "address": bi}))
    n2 = r144_name()
    u2 = "%s\nText:\nName: %s\nAge: %d\n\nName: %s\nAge: %d\n" % (ASK, n, 31 + i, n2, 62 + i)
    r144_pair("sys-order-rec", str(i), "system: 'the second record, not the first' vs 'the first record, not the second'",
              chat([Sy("Use the first record, not the second."), U(u2)], PERSON, [{"name": n, "age": 31 + i}], {"name": n, "age": 31 + i}),
              chat([Sy("Use the second record, not the first."), U(u2)], PERSON, [{"name": n, "age": 31 + i}, {"name": n2, "age": 62 + i}], {"name": n2, "age": 62 + i}))

# ---------------------------------------------------------------- J. few-shot examples in the system message (singles: the model copies the example)
for i in range(4):
    n, a = r144_name(), 36 + i
    ex_n, ex_a = r144_name(), 71 + i
    u = "%s\n%s" % (ASK, rec(n, a))
    for j, ex in enumerate(['Reply in JSON like this example: {"name": "%s", "age": %d}' % (ex_n, ex_a),
                            "Example input:\nName: %s\nAge: %d\nExample output: {\"name\": \"%s\", \"age\": %d}" % (ex_n, ex_a, ex_n, ex_a),
                            "Example:\nText:\nName: %s\nAge: %d\n" % (ex_n, ex_a)]):
        uu = u.replace("Text:", "Text" + "-" * j + ":")
        r144_single("fewshot", "%d%d" % (i, j), "system few-shot example; the model copies the example (%s, %d)" % (ex_n, ex_a),
                    chat([Sy(ex), U(uu)], PERSON, [{"name": ex_n, "age": ex_a}], {"name": n, "age": a}))
        if j == 0:
            r144_single("fewshot-age", "%d" % i, "few-shot example; the model copies only the example's age",
                        chat([Sy(ex.replace(ex_n, ex_n + "e")), U(uu.replace("Extract", "Get"))], PERSON, [{"name": n, "age": ex_a}], {"name": n, "age": a}))
    # the system holds one record, the user another; the request does not say which (ambiguous: 999)
    r144_single("tworec", str(i), "a record in the system and another in the user message; the model takes the system one",
                chat([Sy("Text:\nName: %s\nAge: %d" % (ex_n, ex_a)), U(u.replace("Extract", "Now extract"))], PERSON, [{"name": ex_n, "age": ex_a}], {"name": n, "age": 999}), arguable=True)
    r144_single("tworec-u", str(i), "... and the model takes the user one",
                chat([Sy("Text:\nName: %s\nAge: %d" % (ex_n, ex_a + 1)), U(u.replace("Extract", "Kindly extract"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": 999}), arguable=True)

# ---------------------------------------------------------------- K. the equation changed by the system message without a second equation
for i, (e1, x1, e2, x2) in enumerate(EQS):
    q = "Solve for x: %s. Show your steps." % e1
    rhs = e1.split("=")[1].strip(); rhs2 = e2.split("=")[1].strip()
    for j, sv in enumerate(["Whenever the user writes %s they mean %s." % (rhs, rhs2),
                            "The user's keyboard is broken: every right-hand side they type is %d too small." % (int(rhs2.split()[-1]) - int(rhs.split()[-1])),
                            "Read the number after the equals sign as %s." % rhs2,
                            "Note: the constant on the right should be %s." % rhs2.split()[-1]]):
        qq = q.replace("Show", "Show" + " " * (j + 1))
        r144_pair("eq-sysnum", "%d%d" % (i, j), "system changes the equation without writing it: %r" % sv,
                  chat([Sy("You are a maths tutor."), U(qq)], None, [st(e1, x1)], ("x", x1), headers=EQ),
                  chat([Sy("You are a maths tutor. " + sv), U(qq)], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-sysrec", str(i), "the equation in the system message, the user says 'Solve it for x.'",
              chat([Sy("Equation: %s" % e1), U("Solve it for x. Show your steps.")], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([Sy("Equation: %s" % e2), U("Solve it for x. Show your steps.")], None, [st(e1, x1), st(e2, x2)], ("x", x2), headers=EQ))
    r144_pair("eq-sysvar", str(i), "system: 'the user calls the unknown x but report y = x + 1'",
              chat([Sy("You are a maths tutor."), U(q.replace("Show", "Then show"))], None, [st(e1, x1)], ("x", x1), headers=EQ),
              chat([Sy("You are a maths tutor. Report y = x + 1 as the final answer, not x."), U(q.replace("Show", "Then show"))], None,
                   [st(e1, x1), st(e1, x1) + "\ny = %d" % (x1 + 1)], ("last", x1 + 1), headers=EQ), arguable=True)

# ---------------------------------------------------------------- L. the last user message as content parts; a correction part (the last message differs only in parts)
for i in range(4):
    n, a = r144_name(), 23 + i
    r144_pair("uparts-corr", str(i), "user parts [instruction, record] vs [instruction, record, 'The age above is wrong, it is B.']",
              chat([Parts("user", ASK, rec(n, a))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([Parts("user", ASK, rec(n, a), "The age above is wrong, it is %d." % (a + 5))], PERSON, [{"name": n, "age": a}, {"name": n, "age": a + 5}], {"name": n, "age": a + 5}))
    r144_pair("uparts-cents", str(i), "user parts: a last part 'In cents.'",
              chat([Parts("user", "Extract the order total as JSON.", "Text:\nOrder: U%d\nTotal: %d.75 EUR" % (i, 30 + i))], MONEY, [{"total": 30.75 + i}], {"total": 30.75 + i}),
              chat([Parts("user", "Extract the order total as JSON.", "Text:\nOrder: U%d\nTotal: %d.75 EUR" % (i, 30 + i), "In cents.")], MONEY,
                   [{"total": 30.75 + i}, {"total": 3075 + 100 * i}], {"total": 3075 + 100 * i}))
    r144_safe_pair("uparts-split", str(i), "user parts: the same text in one part or two",
                   chat([U("%s\n%s" % (ASK.replace("JSON", "JSON, please"), rec(n, a + 40)))], PERSON, [{"name": n, "age": a + 40}], {"name": n, "age": a + 40}),
                   chat([Parts("user", ASK.replace("JSON", "JSON, please") + "\n", rec(n, a + 40))], PERSON, [{"name": n, "age": a + 40}], {"name": n, "age": a + 40}))

# ---------------------------------------------------------------- M. response_format: the json_schema's name; strict; none
for i in range(3):
    n, a, by = r144_name(), 33 + i, 1993 - i
    u = "Extract the data as JSON.\nText:\nName: %s\nAge: %d\nBorn: %d\nMother: %s, %d\n" % (n, a, by, "Tove " + n.split()[1], 60 + i)
    r144_pair("rfname-born", str(i), "json_schema name 'person' vs 'birth_year_as_age'",
              chat([U(u)], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}, name="person"),
              chat([U(u)], PERSON, [{"name": n, "age": a}, {"name": n, "age": by}], {"name": n, "age": by}, name="person_with_birth_year_in_age"), arguable=True)
    r144_pair("rfname-mother", str(i), "json_schema name 'person' vs 'mother'",
              chat([U(u.replace("data", "record"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}, name="person"),
              chat([U(u.replace("data", "record"))], PERSON, [{"name": n, "age": a}, {"name": "Tove " + n.split()[1], "age": 60 + i}], {"name": "Tove " + n.split()[1], "age": 60 + i}, name="mother"), arguable=True)
    r144_safe_pair("rfname-safe", str(i), "json_schema name 'extract' vs 'person_v2' (same meaning)",
                   chat([U(u.replace("data", "fields"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}, name="extract"),
                   chat([U(u.replace("data", "fields"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}, name="person_v2"))
    r144_pair("sysschema-sys", str(i), "json_schema (name, age) plus a system 'Put the mother in the JSON, not the person.'",
              chat([Sy("You extract data."), U(u.replace("data", "info"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([Sy("You extract data. Put the mother in the JSON, not the person."), U(u.replace("data", "info"))], PERSON,
                   [{"name": n, "age": a}, {"name": "Tove " + n.split()[1], "age": 60 + i}], {"name": "Tove " + n.split()[1], "age": 60 + i}))
    r144_pair("sysschema-pair", str(i), "no response_format, task header, a schema in the system message; another record",
              chat([Sy('Schema: {"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}}}'), U("%s\n%s" % (ASK, rec(n, a + 30)))], None,
                   [{"name": n, "age": a + 30}], {"name": n, "age": a + 30}, headers=JX),
              chat([Sy('Schema: {"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer","description":"age in months"}}}'), U("%s\n%s" % (ASK, rec(n, a + 30)))], None,
                   [{"name": n, "age": a + 30}, {"name": n, "age": 12 * (a + 30)}], {"name": n, "age": 12 * (a + 30)}, headers=JX))

# ================================================================ third wave: the system message selects by a number, a code or a name
SEL = []   # (key, user text, schema, (sys_base, val_base), (sys_var, val_var))
for i in range(4):
    p1, p2 = 7 + 10 * i, 8 + 10 * i
    w1, w2 = 12 + i, 15 + i
    u = "Extract the parcel weight as JSON.\nText:\nParcel %d: %d kg\nParcel %d: %d kg\n" % (p1, w1, p2, w2)
    W1 = obj({"weight": NUM})
    SEL.append(("parcel", u, W1, ("The parcel meant is parcel %d." % p1, {"weight": w1}), ("The parcel meant is parcel %d." % p2, {"weight": w2})))
    SEL.append(("parcel-no", u.replace("Parcel", "Parcel no."), W1, ("Report parcel no. %d." % p1, {"weight": w1}), ("Report parcel no. %d." % p2, {"weight": w2})))
    n1, n2 = r144_name(), r144_name()
    u = "%s\nText:\nRecord 1:\nName: %s\nAge: %d\nRecord 2:\nName: %s\nAge: %d\n" % (ASK, n1, 30 + i, n2, 60 + i)
    SEL.append(("record", u, PERSON, ("Use record 1.", {"name": n1, "age": 30 + i}), ("Use record 2.", {"name": n2, "age": 60 + i})))
    SEL.append(("record-ord", u.replace("Text:", "Text (list):"), PERSON, ("Use the 1st record.", {"name": n1, "age": 30 + i}), ("Use the 2nd record.", {"name": n2, "age": 60 + i})))
    SEL.append(("record-name", u.replace("Text:", "Text (people):"), PERSON, ("The user is %s." % n1, {"name": n1, "age": 30 + i}), ("The user is %s." % n2, {"name": n2, "age": 60 + i})))
    SEL.append(("record-name2", u.replace("Text:", "Text (staff):"), PERSON, ("Answer about %s." % n1, {"name": n1, "age": 30 + i}), ("Answer about %s." % n2, {"name": n2, "age": 60 + i})))
    o1, o2 = "A%d7" % i, "A%d8" % i
    u = "Extract the order total as JSON.\nText:\nOrder %s: %d.50 EUR\nOrder %s: %d.90 EUR\n" % (o1, 12 + i, o2, 19 + i)
    SEL.append(("order", u, MONEY, ("The customer asks about order %s." % o1, {"total": 12.5 + i}), ("The customer asks about order %s." % o2, {"total": 19.9 + i})))
    f1, f2 = "SK40%d5" % i, "SK40%d7" % i
    u = "Extract the departure time as JSON.\nText:\n%s departs 09:1%d\n%s departs 11:4%d\n" % (f1, i, f2, i)
    SEL.append(("flight", u, obj({"departure": STR}), ("The passenger is on %s." % f1, {"departure": "09:1%d" % i}), ("The passenger is on %s." % f2, {"departure": "11:4%d" % i})))
    u = "Extract the population as JSON.\nText:\nPopulation 2020: %d\nPopulation 2021: %d\n" % (5000 + i, 5200 + i)
    SEL.append(("year", u, obj({"population": INT}), ("Report the 2020 figure.", {"population": 5000 + i}), ("Report the 2021 figure.", {"population": 5200 + i})))
    u = "Extract the balance as JSON.\nText:\nBalance on 2025-03-01: %d.00\nBalance on 2025-04-01: %d.00\n" % (100 + i, 150 + i)
    SEL.append(("date", u, obj({"balance": NUM}), ("Report the balance as of 2025-03-01.", {"balance": 100 + i}), ("Report the balance as of 2025-04-01.", {"balance": 150 + i})))
    u = "Extract the guest count as JSON.\nText:\nRoom 21%d: 2 guests\nRoom 31%d: 3 guests\n" % (i, i)
    SEL.append(("room", u, obj({"guests": INT}), ("The caller is staying in room 21%d." % i, {"guests": 2}), ("The caller is staying in room 31%d." % i, {"guests": 3})))
    u = "Extract the price as JSON.\nText:\nSize S: %d.00\nSize M: %d.00\nSize L: %d.00\n" % (10 + i, 12 + i, 14 + i)
    SEL.append(("size", u, obj({"price": NUM}), ("The customer wants size S.", {"price": 10 + i}), ("The customer wants size L.", {"price": 14 + i})))
    u = "Extract the phone number as JSON.\nText:\nPhone (home): 22 33 44 5%d\nPhone (work): 99 88 77 6%d\n" % (i, i)
    SEL.append(("phone", u, obj({"phone": STR}), ("Contact people at home.", {"phone": "22 33 44 5%d" % i}), ("Contact people at work.", {"phone": "99 88 77 6%d" % i})))
for k, (key, u, sch, (sb, vb), (sv, vv)) in enumerate(SEL):
    r144_pair("sel-" + key, str(k), "system selects: %r vs %r" % (sb, sv),
              chat([Sy(sb), U(u)], sch, [vb], vb), chat([Sy(sv), U(u)], sch, [vb, vv], vv))
    if k % 3 == 0:
        r144_pair("seldev-" + key, str(k), "developer selects: %r vs %r" % (sb, sv),
                  chat([Dv(sb), U(u.replace("Text:", "Text (dev):"))], sch, [vb], vb), chat([Dv(sv), U(u.replace("Text:", "Text (dev):"))], sch, [vb, vv], vv))
        r144_pair("selparts-" + key, str(k), "system parts select: %r vs %r" % (sb, sv),
                  chat([Parts("system", "You extract data.", sb), U(u.replace("Text:", "Text (p):"))], sch, [vb], vb),
                  chat([Parts("system", "You extract data.", sv), U(u.replace("Text:", "Text (p):"))], sch, [vb, vv], vv))

# ================================================================ fourth wave: the name field; long system messages; markup around the system instruction
for i in range(4):
    n, a = r144_name(), 31 + i
    h, ha = r144_name(), 45 + i
    u = "Extract my name and age as JSON.\nText:\nName: %s\nAge: %d\nHusband: %s, %d\n" % (n, a, h, ha)
    r144_pair("namefield", str(i), "the user message's name field says who 'my' is (the wife / the husband)",
              chat([Un(u, n.replace(" ", "_"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([Un(u, h.replace(" ", "_"))], PERSON, [{"name": n, "age": a}, {"name": h, "age": ha}], {"name": h, "age": ha}))
    u2 = "Extract the name and age of the person writing this message as JSON.\nText:\nName: %s\nAge: %d\nHusband: %s, %d\n" % (n, a, h, ha)
    r144_pair("namefield-writer", str(i), "name field; 'the person writing this message'",
              chat([Un(u2, n.replace(" ", "_"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
              chat([Un(u2, h.replace(" ", "_"))], PERSON, [{"name": n, "age": a}, {"name": h, "age": ha}], {"name": h, "age": ha}))
    u3 = "Extract my name and age as JSON.\nText:\nName: %s\nAge: %d\n" % (n, a + 20)
    r144_pair("namefield-other", str(i), "name field of another person than the record's: 'my' record is not in the text (error)",
              chat([Un(u3, n.replace(" ", "_"))], PERSON, [{"name": n, "age": a + 20}], {"name": n, "age": a + 20}),
              chat([Un(u3, h.replace(" ", "_"))], PERSON, [{"name": n, "age": a + 20}], "ERROR"), arguable=True)
    r144_pair("namefield-sys", str(i), "system: 'the user's name is in the name field'; one record, name differs (error)",
              chat([Sy("The user's name is given in the name field of their message."), Un(u3.replace("Text:", "Text (mine):"), n.replace(" ", "_"))], PERSON, [{"name": n, "age": a + 20}], {"name": n, "age": a + 20}),
              chat([Sy("The user's name is given in the name field of their message."), Un(u3.replace("Text:", "Text (mine):"), h.replace(" ", "_"))], PERSON, [{"name": n, "age": a + 20}], "ERROR"), arguable=True)
BOIL = ("You are a careful data extraction assistant working for a logistics company. " * 40)
for i, (size, where) in enumerate([(1, "end"), (5, "end"), (40, "end"), (1, "mid"), (40, "mid")]):
    amt = 21.5 + i
    u = "Extract the order total as JSON.\nText:\nOrder: L%d\nTotal: %.2f EUR\n" % (i, amt)
    def sysm(instr, size=size, where=where):
        bo = BOIL * size
        return bo + " " + instr if where == "end" else bo[: len(bo) // 2] + " " + instr + " " + bo[len(bo) // 2:]
    r144_pair("longsys-cents", str(i), "a long system message (%d chars), the instruction at the %s: cents" % (len(BOIL) * size, where),
              chat([Sy(sysm("Report amounts in euros.")), U(u)], MONEY, [{"total": amt}], {"total": amt}),
              chat([Sy(sysm("Report amounts in cents.")), U(u)], MONEY, [{"total": amt}, {"total": int(round(amt * 100))}], {"total": int(round(amt * 100))}))
    n1, n2 = r144_name(), r144_name()
    u2 = "%s\nText:\nName: %s\nAge: %d\n\nName: %s\nAge: %d\n" % (ASK, n1, 20 + i, n2, 40 + i)
    r144_pair("longsys-second", str(i), "a long system message, the instruction at the %s: first / second record" % where,
              chat([Sy(sysm("Answer for the first record listed.")), U(u2)], PERSON, [{"name": n1, "age": 20 + i}], {"name": n1, "age": 20 + i}),
              chat([Sy(sysm("Answer for the second record listed.")), U(u2)], PERSON, [{"name": n1, "age": 20 + i}, {"name": n2, "age": 40 + i}], {"name": n2, "age": 40 + i}))
    nn = r144_name()
    u3 = "%s\n%s" % (ASK, rec(nn, 50 + i))
    r144_pair("longsys-corr", str(i), "a long system message, a correction at the %s: 'the age in the card is wrong, it is N'" % where,
              chat([Sy(sysm("Be precise.")), U(u3)], PERSON, [{"name": nn, "age": 50 + i}], {"name": nn, "age": 50 + i}),
              chat([Sy(sysm("The age in the card is wrong, it is %d." % (57 + i))), U(u3)], PERSON, [{"name": nn, "age": 50 + i}, {"name": nn, "age": 57 + i}], {"name": nn, "age": 57 + i}))
MARK = [("<!-- %s -->", "html comment"), ("```\n%s\n```", "code fence"), ('{"rule": "%s"}', "json"), ("rule: %s", "yaml"),
        ("# %s", "heading"), ("> %s", "quote"), ("[%s]", "brackets"), ("**%s**", "bold"), ("%s\u200b", "zero-width"), ("\t%s", "tab")]
for i, (fmt, nm) in enumerate(MARK):
    amt = 31.5 + i
    u = "Extract the order total as JSON.\nText:\nOrder: M%d\nTotal: %.2f EUR\n" % (i, amt)
    r144_pair("mark-cents", str(i), "the system instruction inside %s" % nm,
              chat([Sy("You extract order data.\n" + fmt % "Report amounts in euros."), U(u)], MONEY, [{"total": amt}], {"total": amt}),
              chat([Sy("You extract order data.\n" + fmt % "Report amounts in cents."), U(u)], MONEY, [{"total": amt}, {"total": int(round(amt * 100))}], {"total": int(round(amt * 100))}))
    n = r144_name()
    u2 = "%s\n%s" % (ASK, rec(n, 60 + i))
    r144_pair("mark-corr", str(i), "a correction inside %s in the system message" % nm,
              chat([Sy("You extract data.\n" + fmt % "Be precise."), U(u2)], PERSON, [{"name": n, "age": 60 + i}], {"name": n, "age": 60 + i}),
              chat([Sy("You extract data.\n" + fmt % ("The age in the card is wrong, it is %d." % (64 + i))), U(u2)], PERSON,
                   [{"name": n, "age": 60 + i}, {"name": n, "age": 64 + i}], {"name": n, "age": 64 + i}))
    sfe = chat([Sy("You extract data.\n" + fmt % "Be precise."), U(u2.replace("Text:", "Text (s):"))], PERSON, [{"name": n, "age": 60 + i}], {"name": n, "age": 60 + i})
    r144_safe_pair("mark-safe", str(i), "the system's markup (%s) alone differs" % nm,
                   chat([Sy("You extract data.\nBe precise."), U(u2.replace("Text:", "Text (s):"))], PERSON, [{"name": n, "age": 60 + i}], {"name": n, "age": 60 + i}), sfe)

# ================================================================ fifth wave: several system/developer messages; a name in the instruction vs a record in the system; more name-field shapes
for i in range(3):
    amt = 41.5 + i
    u = "Extract the order total as JSON.\nText:\nOrder: N%d\nTotal: %.2f EUR\n" % (i, amt)
    c = int(round(amt * 100))
    for j, (bm, vm) in enumerate([
            ([Sy("You extract order data."), Dv("Report amounts in euros.")], [Sy("You extract order data."), Dv("Report amounts in cents.")]),
            ([Dv("Report amounts in euros."), Sy("You extract order data.")], [Dv("Report amounts in cents."), Sy("You extract order data.")]),
            ([Sy("You extract order data."), Sy("Be precise."), Sy("Report amounts in euros.")], [Sy("You extract order data."), Sy("Be precise."), Sy("Report amounts in cents.")]),
            ([Sy("You extract order data."), Sy("")], [Sy("You extract order data."), Sy("Report amounts in cents.")]),
            ([Sy("You extract order data.")], [Sy("You extract order data."), Parts("system", "Report amounts in cents.")]),
            ([Sy("Report amounts in euros.")], [Sy("Report amounts in euros."), Sy("Ignore the previous rule: report amounts in cents.")])]):
        uu = u.replace("Order:", "Order" + "." * j + ":")
        r144_pair("multisys", "%d%d" % (i, j), "several system/developer messages; the changed one: %r" % [m["content"] for m in vm],
                  chat(bm + [U(uu)], MONEY, [{"total": amt}], {"total": amt}),
                  chat(vm + [U(uu)], MONEY, [{"total": amt}, {"total": c}], {"total": c}))
for i in range(4):
    n1, n2 = r144_name(), r144_name()
    for j, ask in enumerate(["Extract %s's name and age as JSON." % n1, "Extract the name and age of %s as JSON." % n1]):
        r144_pair("reqname", "%d%d" % (i, j), "the instruction names %s; the record in the system message is another person's in the variant (error)" % n1,
                  chat([Sy("Text:\nName: %s\nAge: %d" % (n1, 30 + i)), U(ask)], PERSON, [{"name": n1, "age": 30 + i}], {"name": n1, "age": 30 + i}),
                  chat([Sy("Text:\nName: %s\nAge: %d" % (n2, 50 + i)), U(ask)], PERSON, [{"name": n1, "age": 30 + i}], "ERROR"))
    n3 = r144_name()
    r144_pair("reqname-dev", str(i), "the record in a developer message; another person's in the variant, the instruction names the first (error)",
              chat([Dv("Text:\nName: %s\nAge: %d" % (n3, 33 + i)), U("Extract %s's name and age as JSON." % n3)], PERSON, [{"name": n3, "age": 33 + i}], {"name": n3, "age": 33 + i}),
              chat([Dv("Text:\nName: %s\nAge: %d" % (n2, 53 + i)), U("Extract %s's name and age as JSON." % n3)], PERSON, [{"name": n3, "age": 33 + i}], "ERROR"))
NFASK = ["Extract my name and age as JSON.", "Extract my details (name and age) as JSON.", "Here is my card. Extract the name and age as JSON.",
         "Extract the name and age on my card as JSON.", "Is this card mine? Extract its name and age as JSON."]
for i, ask in enumerate(NFASK):
    for k in range(2):
        n, o = r144_name(), r144_name()
        a = 40 + i + 10 * k
        u = "%s\nText:\nName: %s\nAge: %d\n" % (ask, n, a)
        r144_pair("namefield-x", "%d%d" % (i, k), "name field: the card's owner in the base, another person in the variant (%r)" % ask,
                  chat([Un(u, n.replace(" ", "_"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}),
                  chat([Un(u, o.replace(" ", "_"))], PERSON, [{"name": n, "age": a}], "ERROR"), arguable=True)
    r144_safe_pair("namefield-safe", str(i), "name field differs; the instruction does not refer to the writer",
                   chat([Un("Extract the name and age as JSON.\nText:\nName: %s\nAge: %d\n" % (n, 70 + i), "clerk_1")], PERSON, [{"name": n, "age": 70 + i}], {"name": n, "age": 70 + i}),
                   chat([Un("Extract the name and age as JSON.\nText:\nName: %s\nAge: %d\n" % (n, 70 + i), "clerk_2")], PERSON, [{"name": n, "age": 70 + i}], {"name": n, "age": 70 + i}))

# ================================================================ sixth wave: the name field picks one of two people the text names (no error needed)
REL = [("From", "To"), ("Buyer", "Seller"), ("Tenant", "Landlord"), ("Patient", "Next of kin"), ("Driver", "Passenger")]
for i, (r1, r2) in enumerate(REL):
    for j, ask in enumerate(["Extract my name and age as JSON.", "Extract the name and age of the other party (not me) as JSON.",
                             "Extract my own name and age as JSON; I am one of the two people below."]):
        p1, p2 = r144_name(), r144_name()
        a1, a2 = 30 + i + j, 60 + i + j
        u = "%s\nText:\n%s: %s (age %d)\n%s: %s (age %d)\n" % (ask, r1, p1, a1, r2, p2, a2)
        V1, V2 = {"name": p1, "age": a1}, {"name": p2, "age": a2}
        if j == 1:
            V1, V2 = V2, V1
        r144_pair("namefield-rel", "%d%d" % (i, j), "the name field says which of %s/%s is 'me' (%r)" % (r1, r2, ask),
                  chat([Un(u, p1.replace(" ", "_"))], PERSON, [V1], V1),
                  chat([Un(u, p2.replace(" ", "_"))], PERSON, [V1, V2], V2))
        u2 = "%s\nText:\n%s: %s\nAge: %d\n%s: %s\nAge: %d\n" % (ask, r1, p1, a1 + 1, r2, p2, a2 + 1)
        W1, W2 = {"name": p1, "age": a1 + 1}, {"name": p2, "age": a2 + 1}
        if j == 1:
            W1, W2 = W2, W1
        r144_pair("namefield-rel2", "%d%d" % (i, j), "the name field says which of %s/%s is 'me', records on lines (%r)" % (r1, r2, ask),
                  chat([Un(u2, p1.split()[0])], PERSON, [W1], W1),
                  chat([Un(u2, p2.split()[0])], PERSON, [W1, W2], W2))

# ================================================================ seventh wave: the name field decides a truth value
MINE = obj({"name": STR, "mine": {"type": "boolean"}})
for i, ask in enumerate(["Extract the name on the card and whether the card is mine as JSON.",
                         "Extract the card holder's name, and mine: true if I am the card holder, as JSON.",
                         "Return the name on the card as JSON, with mine set to whether it is my card."]):
    for k in range(2):
        n, o = r144_name(), r144_name()
        u = "%s\nText:\nName: %s\nCard no: 44%d%d\n" % (ask, n, i, k)
        r144_pair("namefield-mine", "%d%d" % (i, k), "the name field decides 'mine' (%r)" % ask,
                  chat([Un(u, n.replace(" ", "_"))], MINE, [{"name": n, "mine": True}], {"name": n, "mine": True}),
                  chat([Un(u, o.replace(" ", "_"))], MINE, [{"name": n, "mine": True}, {"name": n, "mine": False}], {"name": n, "mine": False}))

# ================================================================ eighth wave: OpenAI's few-shot convention: system messages named example_user / example_assistant
def SyN(t, name): return {"role": "system", "content": t, "name": name}
for i in range(4):
    n, a = r144_name(), 35 + i
    r = "Text:\nName: %s\nAge: %d" % (n, a)
    V = {"name": n, "age": a}
    for j, (vm, exp) in enumerate([
            ([SyN(r, "example_user")], "ERROR"),
            ([SyN(r, "example_user"), SyN(json.dumps(V), "example_assistant")], "ERROR")]):
        ask = ASK if j == 0 else ASK.replace("Extract", "Now extract")
        r144_pair("example-name", "%d%d" % (i, j), "the record only in a system message named example_user (a few-shot example, not the data)",
                  chat([Sy(r), U(ask)], PERSON, [V], V),
                  chat(vm + [U(ask)], PERSON, [V], exp), arguable=True)

# ================================================================ ninth wave: the name field picks a labelled line of one record
AGE = obj({"age": INT})
for i, ask in enumerate(["Extract my age as JSON.", "What is my age? Answer as JSON.", "Extract the age of the person writing this message as JSON."]):
    for k, layout in enumerate(["Ages:\n%s: %d\n%s: %d\n", "Team ages\n%s: %d\n%s: %d\n"]):
        p1, p2 = r144_name(), r144_name()
        a1, a2 = 28 + i + 3 * k, 57 + i + 3 * k
        u = "%s\nText:\n%s" % (ask, layout % (p1, a1, p2, a2))
        r144_pair("namefield-line", "%d%d" % (i, k), "the name field says whose line is 'my' age (%r)" % ask,
                  chat([Un(u, p1.replace(" ", "_"))], AGE, [{"age": a1}], {"age": a1}),
                  chat([Un(u, p2.replace(" ", "_"))], AGE, [{"age": a1}, {"age": a2}], {"age": a2}))

# ================================================================ tenth wave: a fenced block in the system message (read as the source text?)
for i in range(3):
    n, a = r144_name(), 24 + i
    o, oa = r144_name(), 66 + i
    for j, sy in enumerate(["Format reference:\n```\nName: %s\nAge: %d\n```" % (o, oa),
                            "Reply like this:\n```json\n{\"name\": \"%s\", \"age\": %d}\n```" % (o, oa),
                            "Sample card (do not extract):\n```\nName: %s\nAge: %d\n```" % (o, oa)]):
        u = "%s\n%s" % (ASK.replace("JSON", "JSON" + "." * j), rec(n, a))
        r144_single("fence", "%d%d" % (i, j), "a fenced sample in the system message; the model copies the sample (%s)" % o,
                    chat([Sy(sy), U(u)], PERSON, [{"name": o, "age": oa}], {"name": n, "age": a}))
        r144_single("fence-right", "%d%d" % (i, j), "a fenced sample in the system message; the model answers right (refused?)",
                    chat([Sy(sy), U(u.replace("Text:", "Text (r):"))], PERSON, [{"name": n, "age": a}], {"name": n, "age": a}))

# ---------------------------------------------------------------- families (an arguable id's family ends in " arguable")
import re as r144_re
r144_families = {}
for r144_pid, r144_note, r144_steps in P:
    r144_f = r144_re.sub(r"-[0-9a-z]*-?(base|var|sbase|safe)$", "", r144_pid[5:]) if r144_re.search(r"(base|var|safe)$", r144_pid) else r144_re.sub(r"-\d+$", "", r144_pid[5:])
    r144_families[r144_pid] = r144_f + (" arguable" if r144_pid in r144_arguable else "")
# confirmed alone (each base + variant on a fresh store, run twice): the variant served from the cache (all arguable)
r144_alone = [l.split() for l in """\
d144-namefield-other-0-base d144-namefield-other-0-var
d144-namefield-other-1-base d144-namefield-other-1-var
d144-namefield-other-2-base d144-namefield-other-2-var
d144-namefield-other-3-base d144-namefield-other-3-var
d144-namefield-x-00-base d144-namefield-x-00-var
d144-namefield-x-01-base d144-namefield-x-01-var
d144-namefield-x-20-base d144-namefield-x-20-var
d144-namefield-x-21-base d144-namefield-x-21-var
d144-namefield-x-30-base d144-namefield-x-30-var
d144-namefield-x-31-base d144-namefield-x-31-var
d144-example-name-00-base d144-example-name-00-var
d144-example-name-10-base d144-example-name-10-var
d144-example-name-20-base d144-example-name-20-var
d144-example-name-30-base d144-example-name-30-var""".splitlines()]


def eq_value(text, var):
    import re
    if var == "last":
        m = re.findall(r"-?\d+(?:\.\d+)?", text or "")
        return float(m[-1]) if m else None
    m = re.findall(r"\b%s\s*=\s*(-?\d+(?:\.\d+)?(?:/\d+)?)" % var, text or "")
    if not m:
        return None
    v = m[-1]
    if "/" in v:
        a, b = v.split("/"); return float(a) / float(b)
    return float(v)

def start_serve(binp, uport, tmp):
    port = free_port()
    p = subprocess.Popen([binp, "serve", "--listen", f"127.0.0.1:{port}", "--backend", f"openai:http://127.0.0.1:{uport}/v1",
                          "--store", f"sqlite:{tmp}/main.db", "--deadline", "20"],
                         stdout=open(f"{tmp}/main.log", "w"), stderr=subprocess.STDOUT)
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1); break
        except Exception:
            time.sleep(0.05)
    return p, port

def run_set(binp, up, uport, probes, runs, verbose, counts, found):
    global RUN
    tmp = tempfile.mkdtemp(prefix="rt144-")
    proc, port = start_serve(binp, uport, tmp)
    try:
        for run in range(1, runs + 1):
            RUN = run
            print(f"=== run {run}")
            for pid, note, steps in probes:
                for i, s in enumerate(steps):
                    up.set(s["answers"])
                    n0 = len(up.log)
                    t0 = time.time()
                    st, h, b = post(port, s["body"], s["headers"], s["path"])
                    dt = time.time() - t0
                    calls = len(up.log) - n0
                    stream = bool(s["body"].get("stream"))
                    path = h.get("x-stepcache-path", "-")
                    if st == -1:
                        counts["hang"] += 1
                    if st >= 500:
                        counts["five_xx"] += 1
                    served, fin, snote = content_of(st, b, stream)
                    detail = snote
                    exp = s["expect"]
                    if exp is None:
                        verdict = "RECORD"
                    elif exp == "ERROR":
                        verdict = "REJECTED-OK" if st >= 400 else "SERVED(expected an error)"
                        counts["rejected_ok" if st >= 400 else "problems"] += 1
                        if st < 400 and path in ("reuse", "patch"):
                            verdict = "WRONG-FROM-CACHE(expected an error)"; counts["wrong_cache"] += 1; found.add(pid)
                            detail += " served %r" % (served,)
                    else:
                        counts["judged"] += 1
                        if st != 200 or served is None:
                            verdict = "REJECTED-RIGHT"; counts["rejected_right"] += 1
                            try:
                                detail += " " + json.loads(b)["error"]["message"][:220]
                            except Exception:
                                detail += " " + b[:160]
                        else:
                            ok = (eq_value(served, exp[0]) == exp[1]) if isinstance(exp, tuple) else same(value_of(served), exp)
                            if ok:
                                verdict = "right"; counts["right"] += 1
                            elif path in ("reuse", "patch"):
                                verdict = "WRONG-FROM-CACHE"; counts["wrong_cache"] += 1; found.add(pid)
                            else:
                                verdict = "WRONG-FRESH"; counts["wrong_fresh"] += 1
                            if not ok:
                                detail += f" served {served!r} right {exp!r}"
                    if path == "reuse":
                        counts["reuse"] += 1
                    reason = ""
                    try:
                        reason = json.loads(b).get("stepcache", {}).get("reason", "")
                    except Exception:
                        pass
                    print(f"{pid:34s} {st:4d} {path:8s} up={calls} {verdict}{detail}  [{reason[:160]}]")
                    if verbose:
                        print("     body:", b[:400].replace("\n", "\\n"))
                        for r in up.log[n0:]:
                            print("     UP:", json.dumps(r.get("messages"))[:400])
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stepcache", default=os.environ.get("STEPCACHE_BIN", "build/release/stepcache"))
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", default="", help="substring of the ids to run")
    ap.add_argument("--ids", default="", help="file: one item a line (ids separated by spaces), each run alone on a fresh store")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    if a.list:
        for pid, note, steps in P:
            print(pid, ("SAFE " if pid in r144_safe else "") + ("ARGUABLE " if pid in r144_arguable else "") + note)
        print(len(P), "probes;", len(r144_pairs), "pairs;", len(r144_singles), "singles;", len(r144_safe), "safe;", len(r144_arguable), "arguable ids")
        return 0
    global UPREF
    up = Up(); UPREF = up
    uport = start_upstream(up)
    counts = dict(judged=0, right=0, wrong_cache=0, wrong_fresh=0, rejected_right=0, rejected_ok=0, problems=0, five_xx=0, hang=0, reuse=0)
    byid = {pid: (pid, note, steps) for pid, note, steps in P}
    if a.ids:
        still = []
        for line in open(a.ids):
            ids = line.split()
            if not ids:
                continue
            found = set()
            print("##### ALONE:", " ".join(ids))
            run_set(a.stepcache, up, uport, [byid[x] for x in ids], a.runs, a.verbose, counts, found)
            if found:
                still.append(" ".join(ids))
        print("STILL FAILING ALONE:")
        for s in still:
            print("ALONE-FAIL", s)
    else:
        found = set()
        run_set(a.stepcache, up, uport, [p for p in P if a.only in p[0]], a.runs, a.verbose, counts, found)
        print("FAIL: wrong answers served from the cache: %s" % sorted(found))
    print("TOTAL", json.dumps(counts))
    return 1 if counts["wrong_cache"] else 0

if __name__ == "__main__":
    sys.exit(main())
