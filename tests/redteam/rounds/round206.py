r"""Red-team round 206 (black box): EXAMPLES AND OTHER DATA BESIDE THE REAL INPUT.
Focus: prompts that carry an example, a previous record, a template, a JSON example of the output, a quoted e-mail, a
  CSV header with an example row, or "ignore the example above" beside the real input, in both tasks. 3,946 probes
  (seeded random.Random(206), (2062)-(2067)): 248 bases, 2,399 pair variants, 615 singles, 684 safe; served alone (the
  other rounds' probes and probes.py's own left out: R206_ONLY, the 4,000-probe budget), twice on one fresh SQLite store.
Part 1 (d206-jb/js/jp/jx-, 576): 12 templates with the example IN the prompt (few-shot "Example input / Example output /
  Now extract from:", "Example / Text: / JSON:", "Last week's record was: / This week's record:", a JSON format example,
  an e-mail with a "> " quoted earlier message, a filled sample form, a CSV header with an "(example row)", "Example
  record: ... Ignore the example above.", an older record after the real one, inline "For example ... gives {...}",
  Q:/A: few-shot, a template with placeholder values) x 4 records (person, booking, invoice, order): base, only the
  example changed (safe), only the real record changed (model first gives the base's answer, or copies the example),
  one field changed, the example takes the base's value, the two blocks swapped, singles copying the example.
Part 1e (d206-eb/es/ep/ex-, 280) and part 2e (d206-lb/ls/lp/lx-, 586): equations with a worked example ("Example: 2x + 3 =
  7 gives x = 2. Now solve ...", a worked block, "(For example, ...)", "Last time you solved ...", Q:/A:, "Template:
  av + b = c (e.g. ...)", "A student solved ...", the example after; part 2e also hints in words, "→", "Previous answer:
  x = 5", a fenced example, LaTeX, "not ..., that was yesterday's"), on a stored plain base ("Solve 7x - 13 = 57.").
Part 2 (d206-kb/ks/kp/kx-, 696): a plain stored record, then 22 shapes that add the block (10 source-only: "Previous
  record:" after/before, "> " quote, "Example: / Now:", "(Example of the format: ...)", "Ignore the record above",
  "Example output: {...}", a JSON line "is only an example", a fenced "# example", "Age: 72 (was 41)"; + part 1's 12).
Part 3 (d206-mb/ms/mp/mx-, 512): a stored record under a neutral intro sentence, then the other data in the intro
  ("Last week's record had ...", "For example, a filled record reads Guest: X, Nights: 12, City: Y.", "the same way as
  the one for X", "Ignore the earlier example (...)") or in the instruction ("For example {...}.", "Example answer: ...").
Part 4 (d206-fb/fs/fp/fx-, 432): the example in a fence or triple quotes (after the record, before it, a ```json example
  above "Text:", "Use this shape:", two fences, "Previous record, for reference only").
Part 5 (d206-cx/cs/cp-, 480) and part 6 (d206-dx/dp-, 384): a CSV header, an example row and the data row, 12 markers
  (below the table: "The first row above is an example.", "Row 1 is just an example.", "(first row = example)", "Note:
  the first data line is a sample, not a real booking.", "Ignore the first row, it is an example.", "The last row is
  only an example."; above it: "The first row below is only an example:", "Here is the table; the top row is a
  sample:"; in the instruction: "The first row is only an example.", "Skip the example row."; in the row "  <- example";
  a "# example" line) x header of keys ("guest,nights,city") or labels ("Guest,Nights,City"); part 5 on the 4 records,
  part 6 on booking-like tables (guest/nights/city, guest/nights/hotel, passenger/bags/city, patient/visits/clinic),
  with a paraphrased-instruction variant ("Please return the ... as a JSON object.") where the model answers right.
HELD: every equation probe with a second equation or another number beside the real one was refused (0 of 856 answered,
  right or wrong: "the request holds no linear equation to check against", "the number N outside the equation"), so
  nothing was stored or reused; the 480 variants of the 10 stored plain equations all regenerated (skip). Parts 1-4 gave 0 wrong answers from the cache, run 1 and run 2: no prompt with an
  example block, a previous record, a quoted message, a JSON example (in the instruction or a fence), a template or an
  intro sentence holding values was ever stored, and every added block or intro line regenerated all members of a
  stored plain record ("failing_fraction_above: 1.0", "instruction_changed"): all 744 variants on the 20 stored plain
  records of parts 2-3 took the skip path (0 of 2,216 probes of parts 1-4 wrong from the cache).
  Part 5/6 markers that held (nothing stored): "(first row = example)", "Note: the first data line is a sample..."
  ("the text says its values are not real"), "The last row is only an example." (right answers), "Here is the table;
  the top row is a sample:", both instruction markers (instruction_changed, never stored), "  <- example", "# example",
  and every table with a label header ("Guest,Nights,City"); the person/invoice/order tables mostly "the text holds N
  records". Cost: safe on reuse 0/684; 3,119 right model answers refused in run 1.
WHAT GOT THROUGH (all path=reuse): whole run 9 in run 1 (8 clear, 1 arguable), 40 in run 2 (32 clear, 8 arguable); alone
  (R206_ALONE=1: the 40 ids and 6 bases, 46 probes, fresh store, two passes) 9 in run 1 (8 clear, 1 arguable), 39 in run
  2 (31 clear, 8 arguable); d206-dp-2619 was not confirmed alone (refused fresh there). Key-header CSV tables with
  booking-like columns and one of four markers: the engine takes the FIRST data row, accepts the model's copy of the
  example row fresh, stores it, and serves it again from the cache, also for a paraphrased request whose model answer
  is right.
 (A) CLEAR, "The first row above is an example." below the table: "Please return the guest, nights and city as a JSON
     object.\nText:\nguest,nights,city\nJon Dahl,9,Bodø\nEva Lund,8,Molde\nThe first row above is an example." ->
     {"guest":"Jon Dahl","nights":9,"city":"Bodø"} (right Eva Lund, 8, Molde; reuse in run 1, the model would have
     answered right); "passenger,bags,city\nIda Moe,0,Molde\nTor Aas,4,Oslo\nThe first row above is an example." ->
     Ida Moe; "patient,visits,clinic\nMia Sand,2,Fjell Legekontor\nEva Lund,4,Sentrum Helse\n..." -> Mia Sand.
 (B) CLEAR, "Ignore the first row, it is an example.": "guest,nights,city\nMia Sand,13,Narvik\nLars Fjeld,11,Trondheim\n
     Ignore the first row, it is an example." -> Mia Sand, 13, Narvik (paraphrase, run 1); "Eva Lund,3,Oslo\nJon
     Dahl,11,Arendal" -> Eva Lund (run 2).
 (C) CLEAR, "The first row below is only an example:" above the header: "...\nThe first row below is only an example:\n
     guest,nights,city\nNils Foss,1,Trondheim\nSara Haug,3,Ålesund" -> Nils Foss, 1, Trondheim.
 (D) CLEAR, the example row holds the previous (base's) record, the data row is new: "guest,nights,city\nEva Lund,8,
     Molde\nEmil Brekke,3,Stavanger\nThe first row above is an example." -> Eva Lund, 8, Molde (run 2).
 (E) ARGUABLE (r206_arguable): "Row 1 is just an example." (row 1 may be read as the header line): "patient,visits,
     clinic\nLiv Rud,6,Bryn Klinikk\nLars Fjeld,9,Vika Klinikk\nRow 1 is just an example." -> Liv Rud.
  Wrong answers served fresh: 427 in run 1 (path=skip; none stored but the CSV ones above) -- the example's values accepted and the right answer refused
  whenever the example comes first or in a fence: few-shot "Example input:/Now extract from:" and "Example record: ...
  Ignore the example above." (the real record is read as instruction), a ```json example above "Text:" ("Here is an
  example:\n```json\n{...age: 19...}\n```\nExtract ...\nText:\nName: Siv Vold\nAge: 65" -> age 19), a fenced "#
  example" after the record, triple quotes, an intro "For example, a filled record reads Guest: X, Nights: 12, City: Y."
  (nights 12 and city Y served beside the real guest), and the CSV markers in the instruction or with a label header.
Adds its probes to probe_kit.P."""
import json as r206_json
import random as r206_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r206_rng = r206_random.Random(206)
r206_found_alone = set()
r206_arguable = set()
r206_prompts = {}
r206_n = [0]
r206_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r206_meta = {}  # id -> {"base": base id or None, "kind": ...}

# ------------------------------------------------------------------ JSON records
R206_NAMES = ["Ana Berg", "Eva Lund", "Jon Dahl", "Siv Vold", "Lars Fjeld", "Kari Holm", "Ola Strand", "Mia Sand",
              "Tor Aas", "Ida Moe", "Nils Foss", "Liv Rud", "Per Bakke", "Ane Lie", "Emil Brekke", "Sara Haug"]
R206_CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Bodø", "Molde", "Hamar", "Skien",
               "Arendal", "Ålesund", "Gjøvik", "Larvik", "Halden", "Narvik"]
R206_PRODUCTS = ["desk lamp", "office chair", "monitor stand", "keyboard", "webcam", "headset", "bookshelf",
                 "standing desk", "printer", "router"]
R206_COMPANIES = ["Fjordsoft AS", "Nordlys AS", "Kestrel GmbH", "Bryggen Data", "Polar Tech", "Havn Consulting",
                  "Vestland Print", "Skog & Co"]

# domain: (keys, types, labels, instruction field words, value generator)
R206_DOMAINS = {
    "person": (["name", "age", "city"], {"name": "string", "age": "integer", "city": "string"},
               {"name": "Name", "age": "Age", "city": "City"}, "name, age and city"),
    "booking": (["guest", "nights", "city"], {"guest": "string", "nights": "integer", "city": "string"},
                {"guest": "Guest", "nights": "Nights", "city": "City"}, "guest, nights and city"),
    "invoice": (["invoice", "amount", "customer"], {"invoice": "string", "amount": "number", "customer": "string"},
                {"invoice": "Invoice", "amount": "Amount", "customer": "Customer"}, "invoice number, amount and customer"),
    "stay": (["guest", "nights", "hotel"], {"guest": "string", "nights": "integer", "hotel": "string"},
             {"guest": "Guest", "nights": "Nights", "hotel": "Hotel"}, "guest, nights and hotel"),
    "trip": (["passenger", "bags", "city"], {"passenger": "string", "bags": "integer", "city": "string"},
             {"passenger": "Passenger", "bags": "Bags", "city": "City"}, "passenger, bags and city"),
    "visit": (["patient", "visits", "clinic"], {"patient": "string", "visits": "integer", "clinic": "string"},
              {"patient": "Patient", "visits": "Visits", "clinic": "Clinic"}, "patient, visits and clinic"),
    "order": (["order_id", "quantity", "product"], {"order_id": "string", "quantity": "integer", "product": "string"},
              {"order_id": "Order ID", "quantity": "Quantity", "product": "Product"}, "order ID, quantity and product"),
}


def r206_val(dom, key, rng, avoid=()):
    for _ in range(100):
        if key in ("name", "guest", "passenger", "patient"):
            v = rng.choice(R206_NAMES)
        elif key == "city":
            v = rng.choice(R206_CITIES)
        elif key == "age":
            v = rng.randint(19, 78)
        elif key == "nights":
            v = rng.randint(1, 14)
        elif key == "invoice":
            v = "INV-%d" % rng.randint(1000, 9999)
        elif key == "amount":
            v = rng.choice([rng.randint(120, 9800), rng.randint(1200, 98000) / 10.0])
            if isinstance(v, float) and v == int(v):
                v = int(v)
        elif key == "customer":
            v = rng.choice(R206_COMPANIES)
        elif key == "order_id":
            v = "ORD-%d" % rng.randint(10000, 99999)
        elif key == "quantity":
            v = rng.randint(2, 40)
        elif key == "hotel":
            v = rng.choice(["Hotel Norge", "Fjordhotellet", "Grand Hotel", "Thon Hotel Opera", "Scandic Bergen",
                            "Clarion Hub", "Hotel Bristol", "Kysthotellet"])
        elif key == "bags":
            v = rng.randint(0, 4)
        elif key == "visits":
            v = rng.randint(1, 12)
        elif key == "clinic":
            v = rng.choice(["Nordre Legesenter", "Bryn Klinikk", "Sentrum Helse", "Fjell Legekontor", "Vika Klinikk"])
        elif key == "product":
            v = rng.choice(R206_PRODUCTS)
        if v not in avoid:
            return v
    return v


def r206_rec(dom, rng, avoid=None):
    keys = R206_DOMAINS[dom][0]
    avoid = avoid or [{}]
    return {k: r206_val(dom, k, rng, [a.get(k) for a in avoid]) for k in keys}


def r206_fmt(v):
    if isinstance(v, float):
        return ("%.2f" % v)
    return str(v)


def r206_lines(dom, rec, prefix=""):
    keys, _, labels, _ = R206_DOMAINS[dom]
    return "\n".join("%s%s: %s" % (prefix, labels[k], r206_fmt(rec[k])) for k in keys)


def r206_inline(dom, rec):
    keys, _, labels, _ = R206_DOMAINS[dom]
    return ", ".join("%s: %s" % (labels[k], r206_fmt(rec[k])) for k in keys)


def r206_csv(dom, rec):
    keys = R206_DOMAINS[dom][0]
    return ",".join(r206_fmt(rec[k]) for k in keys)


def r206_js(rec):
    return r206_json.dumps(rec, ensure_ascii=False)


def r206_instr(dom):
    return "Extract the %s as JSON." % R206_DOMAINS[dom][3]


# Each template: (name, function(dom, ex, real) -> prompt). ex is the example / other block, real the input.
def r206_t_fewshot(dom, ex, real):
    return "%s\n\nExample input:\n%s\nExample output: %s\n\nNow extract from:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_js(ex), r206_lines(dom, real))


def r206_t_fewtext(dom, ex, real):
    return "%s\n\nExample\nText:\n%s\nJSON: %s\n\nText:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_js(ex), r206_lines(dom, real))


def r206_t_lastweek(dom, ex, real):
    return "%s Use this week's record only.\n\nLast week's record was:\n%s\n\nThis week's record:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_t_jsonfmt(dom, ex, real):
    return "Return the %s as JSON in this format: %s\n\nRecord:\n%s" % (
        R206_DOMAINS[dom][3], r206_js(ex), r206_lines(dom, real))


def r206_t_email(dom, ex, real):
    quoted = r206_lines(dom, ex, "> ")
    return ("%s Use the newest message.\n\nHi,\nthe details changed, here they are:\n%s\n\nBest regards,\nKari\n\n"
            "> On 3 March, Kari wrote:\n> Hi, the details are:\n%s" % (r206_instr(dom), r206_lines(dom, real), quoted))


def r206_t_form(dom, ex, real):
    return "%s\n\nSample of a filled form (for illustration):\n%s\n\nThe customer's form:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_t_csv(dom, ex, real):
    keys = R206_DOMAINS[dom][0]
    return "%s Use the data row, not the example row.\n\n%s\n%s   (example row)\n%s" % (
        r206_instr(dom), ",".join(keys), r206_csv(dom, ex), r206_csv(dom, real))


def r206_t_ignore(dom, ex, real):
    return "Example record:\n%s\n\nIgnore the example above. %s\nRecord:\n%s" % (
        r206_lines(dom, ex), r206_instr(dom), r206_lines(dom, real))


def r206_t_after(dom, ex, real):
    return "%s\nRecord:\n%s\n\nFor comparison, an older record (do not extract this one):\n%s" % (
        r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


def r206_t_inline(dom, ex, real):
    return '%s For example "%s" gives %s. Input: "%s"' % (
        r206_instr(dom), r206_inline(dom, ex), r206_js(ex), r206_inline(dom, real))


def r206_t_qa(dom, ex, real):
    return "%s\n\nQ: %s\nA: %s\n\nQ: %s\nA:" % (
        r206_instr(dom), r206_inline(dom, ex), r206_js(ex), r206_inline(dom, real))


def r206_t_template(dom, ex, real):
    return "%s\n\nTemplate (placeholder values):\n%s\n\nFilled in:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


R206_JT = [("fewshot", r206_t_fewshot), ("fewtext", r206_t_fewtext), ("lastweek", r206_t_lastweek),
           ("jsonfmt", r206_t_jsonfmt), ("email", r206_t_email), ("form", r206_t_form), ("csv", r206_t_csv),
           ("ignore", r206_t_ignore), ("after", r206_t_after), ("inline", r206_t_inline), ("qa", r206_t_qa),
           ("template", r206_t_template)]


def r206_schema(dom):
    keys, types, _, _ = R206_DOMAINS[dom]
    return S({k: types[k] for k in keys})


def r206_addj(tag, fam, dom, prompt, expect, answers, kind, safe=False, base=None):
    if prompt in r206_prompts:
        return None
    r206_n[0] += 1
    pid = "d206-%s-%d" % (tag, r206_n[0])
    J(pid, fam, prompt, r206_schema(dom), expect, [r206_js(a) if isinstance(a, dict) else a for a in answers], safe=safe)
    r206_prompts[prompt] = pid
    r206_counts[kind] += 1
    r206_meta[pid] = {"base": base, "kind": fam}
    return pid


R206_OLD = ["person", "booking", "invoice", "order"]


def r206_json_part(rng, per):
    for tname, tf in R206_JT:
        for dom in R206_OLD:
            for _ in range(per):
                ex0 = r206_rec(dom, rng)
                real0 = r206_rec(dom, rng, [ex0])
                fam = "r206_j_%s" % tname
                b = r206_addj("jb", fam, dom, tf(dom, ex0, real0), real0, [real0], "base")
                if not b:
                    continue
                # only the example changes: the answer stays (safe)
                ex1 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("js", fam + "_ex", dom, tf(dom, ex1, real0), real0, [real0], "safe", safe=True, base=b)
                # only the real record changes, the example keeps the old value; model first gives the base's answer
                real1 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("jp", fam + "_real", dom, tf(dom, ex0, real1), real1, [real0, real1], "pair", base=b)
                # the same, model first copies the example
                real2 = r206_rec(dom, rng, [ex0, real0, real1])
                r206_addj("jp", fam + "_realx", dom, tf(dom, ex0, real2), real2, [ex0, real2], "pair", base=b)
                # one field of the real record changes
                for k in R206_DOMAINS[dom][0]:
                    r1 = dict(real0)
                    r1[k] = r206_val(dom, k, rng, [ex0[k], real0[k]])
                    r206_addj("jp", fam + "_real1_" + k, dom, tf(dom, ex0, r1), r1, [real0, r1], "pair", base=b)
                # one field changes, and the example takes the base's real value of that field
                k = rng.choice(R206_DOMAINS[dom][0])
                r1 = dict(real0)
                r1[k] = r206_val(dom, k, rng, [ex0[k], real0[k]])
                e1 = dict(ex0)
                e1[k] = real0[k]
                r206_addj("jp", fam + "_exgets1_" + k, dom, tf(dom, e1, r1), r1, [real0, r1], "pair", base=b)
                # the example becomes the base's real record, the real one is new
                real3 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("jp", fam + "_exgets", dom, tf(dom, real0, real3), real3, [real0, real3], "pair", base=b)
                # swap: the example block holds the real record and the other way round
                r206_addj("jp", fam + "_swap", dom, tf(dom, real0, ex0), ex0, [real0, ex0], "pair", base=b)
                # singles: the model copies the example (whole, or one field)
                exs = r206_rec(dom, rng)
                rs = r206_rec(dom, rng, [exs])
                r206_addj("jx", fam + "_copy", dom, tf(dom, exs, rs), rs, [exs, rs], "single")
                exs = r206_rec(dom, rng)
                rs = r206_rec(dom, rng, [exs])
                k = rng.choice(R206_DOMAINS[dom][0])
                mix = dict(rs)
                mix[k] = exs[k]
                r206_addj("jx", fam + "_copy1_" + k, dom, tf(dom, exs, rs), rs, [mix, rs], "single")


# ------------------------------------------------------------------ equations
def r206_eq(rng, v, avoid_x=()):
    """(equation text, right solution steps text, x)."""
    kind = rng.choice(["S0", "S1", "S2", "S3"])
    for _ in range(50):
        x = rng.randint(2, 12)
        if x not in avoid_x:
            break
    if kind == "S0":
        a, b = rng.randint(2, 9), rng.randint(1, 15)
        c = a * x + b
        eq = "%d%s + %d = %d" % (a, v, b, c)
        steps = [eq, "%d%s = %d" % (a, v, c - b), "%s = %d" % (v, x)]
    elif kind == "S1":
        a, b = rng.randint(2, 9), rng.randint(1, 15)
        c = a * x - b
        eq = "%d%s - %d = %d" % (a, v, b, c)
        steps = [eq, "%d%s = %d" % (a, v, c + b), "%s = %d" % (v, x)]
    elif kind == "S2":
        a, b = rng.randint(2, 6), rng.randint(1, 9)
        c = a * (x + b)
        eq = "%d(%s + %d) = %d" % (a, v, b, c)
        steps = [eq, "%s + %d = %d" % (v, b, x + b), "%s = %d" % (v, x)]
    else:
        d, b = rng.choice([2, 3, 4, 5]), rng.randint(1, 12)
        x = d * rng.randint(1, 6)
        while x in avoid_x:
            x = d * rng.randint(1, 8)
        c = x // d + b
        eq = "%s/%d + %d = %d" % (v, d, b, c)
        steps = [eq, "%s/%d = %d" % (v, d, x // d), "%s = %d" % (v, x)]
    return eq, "\n".join(steps), x


def r206_samekind(rng, eq, v, avoid_x):
    """Another equation of the same shape (only numbers changed)."""
    for _ in range(200):
        e2 = r206_eq(rng, v, avoid_x)
        import re as r206_re
        if r206_re.sub(r"\d+", "N", e2[0]) == r206_re.sub(r"\d+", "N", eq) and e2[0] != eq and e2[2] not in avoid_x:
            return e2
    return r206_eq(rng, v, avoid_x)


def r206_et_gives(E_, R_, v, ve):
    return "Example: %s gives %s = %d. Now solve %s." % (E_[0], ve, E_[2], R_[0])


def r206_et_worked(E_, R_, v, ve):
    return "Here is a worked example:\n%s\n\nNow solve for %s: %s" % (E_[1], v, R_[0])


def r206_et_paren(E_, R_, v, ve):
    return "Solve %s. (For example, %s gives %s = %d.)" % (R_[0], E_[0], ve, E_[2])


def r206_et_last(E_, R_, v, ve):
    return "Last time you solved %s and got %s = %d. Now solve %s step by step." % (E_[0], ve, E_[2], R_[0])


def r206_et_ignore(E_, R_, v, ve):
    return "Example: %s, so %s = %d.\nIgnore the example above and solve %s." % (E_[0], ve, E_[2], R_[0])


def r206_et_qa(E_, R_, v, ve):
    return "Q: Solve %s\nA: %s = %d\nQ: Solve %s\nA:" % (E_[0], ve, E_[2], R_[0])


def r206_et_ref(E_, R_, v, ve):
    return "Solve %s.\n\nFor reference, an earlier exercise: %s -> %s = %d." % (R_[0], E_[0], ve, E_[2])


def r206_et_template(E_, R_, v, ve):
    return "Template: a%s + b = c (e.g. %s). Your equation: %s. Solve it." % (v, E_[0], R_[0])


def r206_et_attempt(E_, R_, v, ve):
    return "A student solved %s and found %s = %d. Please solve %s the same way." % (E_[0], ve, E_[2], R_[0])


def r206_et_exercise(E_, R_, v, ve):
    return "Worked example:\nSolve %s\n%s\nAnswer: %s = %d\n\nExercise: Solve %s" % (
        E_[0], "\n".join(E_[1].split("\n")[1:-1]), ve, E_[2], R_[0])


R206_ET = [("gives", r206_et_gives), ("worked", r206_et_worked), ("paren", r206_et_paren), ("last", r206_et_last),
           ("ignore", r206_et_ignore), ("qa", r206_et_qa), ("ref", r206_et_ref), ("template", r206_et_template),
           ("attempt", r206_et_attempt), ("exercise", r206_et_exercise)]


def r206_adde(tag, fam, prompt, var, val, answers, kind, safe=False, base=None):
    if prompt in r206_prompts:
        return None
    r206_n[0] += 1
    pid = "d206-%s-%d" % (tag, r206_n[0])
    E(pid, fam, prompt, var, str(val), answers, safe=safe)
    r206_prompts[prompt] = pid
    r206_counts[kind] += 1
    r206_meta[pid] = {"base": base, "kind": fam}
    return pid


def r206_eq_part(rng, per):
    for tname, tf in R206_ET:
        for i in range(per):
            v = rng.choice(["x", "x", "y", "n", "t"])
            ve = v if i % 3 else rng.choice([w for w in "xynt" if w != v])  # example's variable: same or other
            fam = "r206_e_%s%s" % (tname, "" if ve == v else "_ov")
            E0 = r206_eq(rng, ve)
            R0 = r206_eq(rng, v, [E0[2]])
            b = r206_adde("eb", fam, tf(E0, R0, v, ve), v, R0[2], [R0[1]], "base")
            if not b:
                continue
            # only the example changes (safe)
            E1 = r206_eq(rng, ve, [R0[2]])
            r206_adde("es", fam + "_ex", tf(E1, R0, v, ve), v, R0[2], [R0[1]], "safe", safe=True, base=b)
            # only the real equation changes (same shape: the numbers slot), example kept; model first: base answer
            R1 = r206_samekind(rng, R0[0], v, [R0[2], E0[2]])
            r206_adde("ep", fam + "_real", tf(E0, R1, v, ve), v, R1[2], [R0[1], R1[1]], "pair", base=b)
            # real changes (any shape), model first solves the example
            R2 = r206_eq(rng, v, [R0[2], E0[2]])
            r206_adde("ep", fam + "_realx", tf(E0, R2, v, ve), v, R2[2], [E0[1], R2[1]], "pair", base=b)
            # the example becomes the base's real equation, the real one is new (same shape)
            R3 = r206_samekind(rng, R0[0], v, [R0[2]])
            if ve == v:
                r206_adde("ep", fam + "_exgets", tf(R0, R3, v, v), v, R3[2], [R0[1], R3[1]], "pair", base=b)
            # swap the two (same variable only, so the answer's variable is the real one)
            if ve == v:
                r206_adde("ep", fam + "_swap", tf(R0, E0, v, v), v, E0[2], [R0[1], E0[1]], "pair", base=b)
            # the example equation changes to one with the base's solution value; real kept (safe)
            E2 = r206_eq(rng, ve, [R0[2]])
            r206_adde("es", fam + "_ex2", tf(E2, R0, v, ve), v, R0[2], [R0[1]], "safe", safe=True, base=b)
            # singles: the model solves the example, or gives the example's value as its final line
            Es = r206_eq(rng, v)
            Rs = r206_eq(rng, v, [Es[2]])
            r206_adde("ex", fam + "_copy", tf(Es, Rs, v, v), v, Rs[2], [Es[1], Rs[1]], "single")
            Es = r206_eq(rng, v)
            Rs = r206_eq(rng, v, [Es[2]])
            r206_adde("ex", fam + "_copyv", tf(Es, Rs, v, v), v, Rs[2], ["%s = %d" % (v, Es[2]), Rs[1]], "single")
            Es = r206_eq(rng, v)
            Rs = r206_eq(rng, v, [Es[2]])
            r206_adde("ex", fam + "_mixed", tf(Es, Rs, v, v), v, Rs[2],
                      [Rs[0] + "\n" + "\n".join(Es[1].split("\n")[1:]), Rs[1]], "single")


r206_json_part(r206_rng, 1)
r206_eq_part(r206_rng, 3)


# ------------------------------------------------------------------ part 2: a plain stored base, then the block added
def r206_s_prev(dom, ex, real):
    return "%s\nText:\n%s\n\nPrevious record:\n%s" % (r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


def r206_s_prevfirst(dom, ex, real):
    return "%s\nText:\nPrevious record:\n%s\n\nCurrent record:\n%s" % (r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_s_quote(dom, ex, real):
    return "%s\nText:\n%s\n\n> On Monday Kari wrote:\n%s" % (r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex, "> "))


def r206_s_example(dom, ex, real):
    return "%s\nText:\nExample:\n%s\n\nNow:\n%s" % (r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_s_exparen(dom, ex, real):
    return "%s\nText:\n%s\n(Example of the format: %s)" % (r206_instr(dom), r206_lines(dom, real), r206_inline(dom, ex))


def r206_s_ignore(dom, ex, real):
    return "%s\nText:\n%s\n\nIgnore the record above, it is an example. The real one:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_s_exout(dom, ex, real):
    return "%s\nText:\n%s\nExample output: %s" % (r206_instr(dom), r206_lines(dom, real), r206_js(ex))


def r206_s_jsonex(dom, ex, real):
    return "%s\nText:\n%s is only an example.\n%s" % (r206_instr(dom), r206_js(ex), r206_lines(dom, real))


def r206_s_fence(dom, ex, real):
    return "%s\nText:\n%s\n\n```\n# example\n%s\n```" % (r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


def r206_s_was(dom, ex, real):
    keys, _, labels, _ = R206_DOMAINS[dom]
    return "%s\nText:\n%s" % (r206_instr(dom), "\n".join(
        "%s: %s (was %s)" % (labels[k], r206_fmt(real[k]), r206_fmt(ex[k])) if real[k] != ex[k] else
        "%s: %s" % (labels[k], r206_fmt(real[k])) for k in keys))


R206_ST = [("prev", r206_s_prev), ("prevfirst", r206_s_prevfirst), ("quote", r206_s_quote), ("example", r206_s_example),
           ("exparen", r206_s_exparen), ("ignore", r206_s_ignore), ("exout", r206_s_exout), ("jsonex", r206_s_jsonex),
           ("fence", r206_s_fence), ("was", r206_s_was)]


def r206_plain(dom, real, style):
    if style == 0:
        return "%s\nText:\n%s" % (r206_instr(dom), r206_lines(dom, real))
    return "%s\nText:\n%s" % (r206_instr(dom), r206_lines(dom, real))


def r206_json_part2(rng, nbases):
    for dom in R206_OLD:
        for bi in range(nbases):
            real0 = r206_rec(dom, rng)
            b = r206_addj("kb", "r206_k_base", dom, r206_plain(dom, real0, 0), real0, [real0], "base")
            if not b:
                continue
            for tname, tf in R206_ST + R206_JT:
                fam = "r206_k_%s" % tname
                # the real record unchanged, an example block added (a good cache may reuse)
                ex = r206_rec(dom, rng, [real0])
                r206_addj("ks", fam + "_same", dom, tf(dom, ex, real0), real0, [real0], "safe", safe=True, base=b)
                # the block holds the base's record, the real one is new
                real1 = r206_rec(dom, rng, [real0])
                r206_addj("kp", fam + "_exgets", dom, tf(dom, real0, real1), real1, [real0, real1], "pair", base=b)
                # one field of the real record changes, the block keeps the old record
                k = rng.choice(R206_DOMAINS[dom][0])
                r1 = dict(real0)
                r1[k] = r206_val(dom, k, rng, [real0[k]])
                r206_addj("kp", fam + "_one_" + k, dom, tf(dom, real0, r1), r1, [real0, r1], "pair", base=b)
            for tname, tf in (R206_ST if bi < 2 else []):
                # singles: the model copies the example block
                exs = r206_rec(dom, rng)
                rs = r206_rec(dom, rng, [exs])
                r206_addj("kx", "r206_k_%s_copy" % tname, dom, tf(dom, exs, rs), rs, [exs, rs], "single")
                k = rng.choice(R206_DOMAINS[dom][0])
                mix = dict(rs)
                mix[k] = exs[k]
                exs2 = r206_rec(dom, rng)
                rs2 = dict(rs)
                rs2.update({kk: r206_val(dom, kk, rng, [exs2[kk]]) for kk in R206_DOMAINS[dom][0] if kk != k})
                mix = dict(rs2)
                mix[k] = exs2[k]
                r206_addj("kx", "r206_k_%s_copy1_%s" % (tname, k), dom, tf(dom, exs2, rs2), rs2, [mix, rs2], "single")


R206_WORDNUM = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def r206_w_words(E_, R_, v, ve):
    return "Solve %s. Hint: a similar one, where %s equals %d, has the answer %d." % (
        R_[0], E_[0].split(" = ")[0], int(E_[0].split(" = ")[1]), E_[2])


def r206_w_arrow(E_, R_, v, ve):
    return "Solve %s. (Example: %s → %s means %s → %d.)" % (R_[0], E_[0].split(" = ")[0], E_[0].split(" = ")[1], ve, E_[2])


def r206_w_prevans(E_, R_, v, ve):
    return "Solve %s.\nPrevious answer: %s = %d" % (R_[0], ve, E_[2])


def r206_w_fence(E_, R_, v, ve):
    return "Solve %s.\n\n```\nexample: %s\n```" % (R_[0], E_[0])


def r206_w_latex(E_, R_, v, ve):
    return "Solve %s. Example: $%s \\Rightarrow %s = %d$" % (R_[0], E_[0], ve, E_[2])


def r206_w_not(E_, R_, v, ve):
    return "Solve %s (not %s, that was yesterday's)." % (R_[0], E_[0])


R206_WT = [("words", r206_w_words), ("arrow", r206_w_arrow), ("prevans", r206_w_prevans), ("fence", r206_w_fence),
           ("latex", r206_w_latex), ("not", r206_w_not)]
R206_EQ_PLAIN = ["Solve %s.", "Solve for %s: %s", "Solve %s step by step."]


def r206_eq_part2(rng, nbases):
    for i in range(nbases):
        v = rng.choice(["x", "x", "y", "n", "t"])
        R0 = r206_eq(rng, v)
        st = i % 3
        plain = (R206_EQ_PLAIN[st] % (v, R0[0])) if st == 1 else (R206_EQ_PLAIN[st] % R0[0])
        b = r206_adde("lb", "r206_l_base", plain, v, R0[2], [R0[1]], "base")
        if not b:
            continue
        for tname, tf in R206_ET + R206_WT:
            fam = "r206_l_%s" % tname
            E_ = r206_eq(rng, v, [R0[2]])
            r206_adde("ls", fam + "_same", tf(E_, R0, v, v), v, R0[2], [R0[1]], "safe", safe=True, base=b)
            R1 = r206_samekind(rng, R0[0], v, [R0[2]])
            r206_adde("lp", fam + "_exgets", tf(R0, R1, v, v), v, R1[2], [R0[1], R1[1]], "pair", base=b)
            R2 = r206_samekind(rng, R0[0], v, [R0[2], E_[2]])
            r206_adde("lp", fam + "_real", tf(E_, R2, v, v), v, R2[2], [R0[1], R2[1]], "pair", base=b)
    for tname, tf in R206_WT:
        for _ in range(8):
            v = rng.choice(["x", "y", "n"])
            Es = r206_eq(rng, v)
            Rs = r206_eq(rng, v, [Es[2]])
            r206_adde("lx", "r206_l_%s_copy" % tname, tf(Es, Rs, v, v), v, Rs[2], [Es[1], Rs[1]], "single")
            Es = r206_eq(rng, v)
            Rs = r206_eq(rng, v, [Es[2]])
            r206_adde("lx", "r206_l_%s_copyv" % tname, tf(Es, Rs, v, v), v, Rs[2], ["%s = %d" % (v, Es[2]), Rs[1]], "single")



# ------------------------------------------------------------------ part 3: the other data in an intro sentence above the
# record, or in the instruction (a plain base with a neutral intro is stored; these lines are read as what?)
def r206_i_neutral(dom, ex, real):
    return "%s\nText:\nPlease process the following record.\n%s" % (r206_instr(dom), r206_lines(dom, real))


def r206_i_prose(dom, ex, real):
    keys = R206_DOMAINS[dom][0]
    return "%s\nText:\nLast week's record had %s.\n%s" % (
        r206_instr(dom), ", ".join("%s %s" % (k.replace("_", " "), r206_fmt(ex[k])) for k in keys), r206_lines(dom, real))


def r206_i_inlinefields(dom, ex, real):
    return "%s\nText:\nFor example, a filled record reads %s.\n%s" % (r206_instr(dom), r206_inline(dom, ex), r206_lines(dom, real))


def r206_i_sameas(dom, ex, real):
    k0 = R206_DOMAINS[dom][0][0]
    return "%s\nText:\nPlease process this one the same way as the one for %s.\n%s" % (
        r206_instr(dom), r206_fmt(ex[k0]), r206_lines(dom, real))


def r206_i_ignore(dom, ex, real):
    return "%s\nText:\nIgnore the earlier example (%s), here is the real record:\n%s" % (
        r206_instr(dom), r206_inline(dom, ex), r206_lines(dom, real))


def r206_i_instrjson(dom, ex, real):
    return "%s For example %s.\nText:\n%s" % (r206_instr(dom), r206_js(ex), r206_lines(dom, real))


def r206_i_instrwords(dom, ex, real):
    keys = R206_DOMAINS[dom][0]
    return "%s Example answer: %s.\nText:\n%s" % (
        r206_instr(dom), ", ".join(r206_fmt(ex[k]) for k in keys), r206_lines(dom, real))


R206_IT = [("prose", r206_i_prose), ("inlinefields", r206_i_inlinefields), ("sameas", r206_i_sameas),
           ("ignore", r206_i_ignore), ("instrjson", r206_i_instrjson), ("instrwords", r206_i_instrwords)]


def r206_json_part3(rng, nbases):
    for dom in R206_OLD:
        for bi in range(nbases):
            real0 = r206_rec(dom, rng)
            b = r206_addj("mb", "r206_m_base", dom, r206_i_neutral(dom, None, real0), real0, [real0], "base")
            if not b:
                continue
            for tname, tf in R206_IT:
                fam = "r206_m_%s" % tname
                r206_addj("ms", fam + "_same", dom, tf(dom, r206_rec(dom, rng, [real0]), real0), real0, [real0], "safe",
                          safe=True, base=b)
                real1 = r206_rec(dom, rng, [real0])
                r206_addj("mp", fam + "_exgets", dom, tf(dom, real0, real1), real1, [real0, real1], "pair", base=b)
                k = rng.choice(R206_DOMAINS[dom][0])
                r1 = dict(real0)
                r1[k] = r206_val(dom, k, rng, [real0[k]])
                r206_addj("mp", fam + "_one_" + k, dom, tf(dom, real0, r1), r1, [real0, r1], "pair", base=b)
                # the variant's own base: the block present, then only the real record changes
                ex = r206_rec(dom, rng, [real0])
                b2 = r206_addj("mb", fam + "_own", dom, tf(dom, ex, real0), real0, [real0], "base")
                if b2:
                    k = rng.choice(R206_DOMAINS[dom][0])
                    r2 = dict(real0)
                    r2[k] = ex[k]
                    r206_addj("mp", fam + "_toex_" + k, dom, tf(dom, ex, r2), r2, [real0, r2], "pair", base=b2)
                    r3 = dict(real0)
                    r3[k] = r206_val(dom, k, rng, [real0[k], ex[k]])
                    r206_addj("mp", fam + "_real_" + k, dom, tf(dom, ex, r3), r3, [real0, r3], "pair", base=b2)
                    r206_addj("mx", fam + "_copy1_" + k, dom, tf(dom, ex, r3).replace("JSON.", "JSON, please."),
                              r3, [dict(r3, **{k: ex[k]}), r3], "single")


r206_json_part3(r206_random.Random(2064), 3)


# ------------------------------------------------------------------ part 4: the example in a fence or triple quotes
def r206_f_after(dom, ex, real):
    return "%s\nText:\n%s\n\n```\n# example\n%s\n```" % (r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


def r206_f_bare(dom, ex, real):
    return "%s\n\n%s\n\n```\n%s\n```" % (r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


def r206_f_first(dom, ex, real):
    return "```\n%s\n```\n%s\n%s" % (r206_lines(dom, ex), r206_instr(dom), r206_lines(dom, real))


def r206_f_jsonfence(dom, ex, real):
    return "Here is an example:\n```json\n%s\n```\n%s\nText:\n%s" % (r206_js(ex), r206_instr(dom), r206_lines(dom, real))


def r206_f_jsonfence2(dom, ex, real):
    return "%s Use this shape:\n```json\n%s\n```\nText:\n%s" % (r206_instr(dom), r206_js(ex), r206_lines(dom, real))


def r206_f_triple(dom, ex, real):
    return '%s\n\n"""\n%s\n"""\n(That was an example.) Now this one:\n%s' % (r206_instr(dom), r206_lines(dom, ex), r206_lines(dom, real))


def r206_f_fewfence(dom, ex, real):
    return "%s\nExample:\n```\n%s\n```\nOutput: %s\n\nNow extract from:\n%s" % (
        r206_instr(dom), r206_lines(dom, ex), r206_js(ex), r206_lines(dom, real))


def r206_f_two(dom, ex, real):
    return "Example:\n```\n%s\n```\nNow this one:\n```\n%s\n```\n%s" % (r206_lines(dom, ex), r206_lines(dom, real), r206_instr(dom))


def r206_f_ref(dom, ex, real):
    return "%s\nThe record:\n%s\n\nPrevious record, for reference only:\n```\n%s\n```" % (
        r206_instr(dom), r206_lines(dom, real), r206_lines(dom, ex))


R206_FT = [("after", r206_f_after), ("bare", r206_f_bare), ("first", r206_f_first), ("jsonfence", r206_f_jsonfence),
           ("jsonfence2", r206_f_jsonfence2), ("triple", r206_f_triple), ("fewfence", r206_f_fewfence), ("two", r206_f_two),
           ("ref", r206_f_ref)]


def r206_json_part4(rng, nbases):
    for dom in R206_OLD:
        for bi in range(nbases):
            for tname, tf in R206_FT:
                fam = "r206_f_%s" % tname
                ex0 = r206_rec(dom, rng)
                real0 = r206_rec(dom, rng, [ex0])
                b = r206_addj("fb", fam, dom, tf(dom, ex0, real0), real0, [real0], "base")
                if not b:
                    continue
                k = rng.choice(R206_DOMAINS[dom][0])
                r2 = dict(real0)
                r2[k] = r206_val(dom, k, rng, [real0[k], ex0[k]])
                r206_addj("fp", fam + "_real_" + k, dom, tf(dom, ex0, r2), r2, [real0, r2], "pair", base=b)
                r3 = dict(real0)
                r3[k] = r206_val(dom, k, rng, [real0[k], ex0[k]])
                r206_addj("fp", fam + "_exgets_" + k, dom, tf(dom, real0, r3), r3, [real0, r3], "pair", base=b)
                r206_addj("fp", fam + "_swap", dom, tf(dom, real0, ex0), ex0, [real0, ex0], "pair", base=b)
                r206_addj("fs", fam + "_ex", dom, tf(dom, r206_rec(dom, rng, [real0]), real0), real0, [real0], "safe",
                          safe=True, base=b)
                exs = r206_rec(dom, rng)
                rs = r206_rec(dom, rng, [exs])
                r206_addj("fx", fam + "_copy", dom, tf(dom, exs, rs), rs, [exs, rs], "single")


r206_json_part4(r206_random.Random(2065), 2)


# ------------------------------------------------------------------ part 5: a CSV header, an example row and the data row
def r206_hdr(dom, style):
    keys = R206_DOMAINS[dom][0]
    labels = R206_DOMAINS[dom][2]
    if style == "lower":
        return ",".join(keys)
    if style == "label":
        return ",".join(labels[k] for k in keys)
    return ";".join(keys)


def r206_row(dom, rec, style):
    keys = R206_DOMAINS[dom][0]
    return (";" if style == "semi" else ",").join(r206_fmt(rec[k]) for k in keys)


# (name, where the example row is: "first"/"last", where the marker is: "below"/"above"/"instr"/"cell", the marker)
R206_CSVM = [
    ("below1", "first", "below", "The first row above is an example."),
    ("below2", "first", "below", "Row 1 is just an example."),
    ("below3", "first", "below", "(first row = example)"),
    ("below4", "first", "below", "Note: the first data line is a sample, not a real booking."),
    ("below5", "first", "below", "Ignore the first row, it is an example."),
    ("below6", "last", "below", "The last row is only an example."),
    ("above1", "first", "above", "The first row below is only an example:"),
    ("above2", "first", "above", "Here is the table; the top row is a sample:"),
    ("instr1", "first", "instr", "The first row is only an example."),
    ("instr2", "first", "instr", "Skip the example row."),
    ("cell", "first", "cell", "  <- example"),
    ("hash", "first", "hash", "# example"),
]


def r206_csvp(dom, ex, real, m, style):
    name, where, mpos, marker = m
    rows = [r206_row(dom, ex, style), r206_row(dom, real, style)]
    if where == "last":
        rows = rows[::-1]
    if mpos == "cell":
        rows[0] += marker
    if mpos == "hash":
        rows.insert(0 if where == "first" else 1, marker)
    body = "\n".join([r206_hdr(dom, style)] + rows)
    instr = r206_instr(dom) + (" " + marker if mpos == "instr" else "")
    if mpos == "below":
        body += "\n" + marker
    if mpos == "above":
        body = marker + "\n" + body
    return "%s\nText:\n%s" % (instr, body)


def r206_json_part5(rng):
    for dom in R206_OLD:
        for m in R206_CSVM:
            for style in ("lower", "label"):
                fam = "r206_c_%s_%s" % (m[0], style)
                ex0 = r206_rec(dom, rng)
                real0 = r206_rec(dom, rng, [ex0])
                # single: the model first copies the example row
                b = r206_addj("cx", fam + "_copy", dom, r206_csvp(dom, ex0, real0, m, style), real0, [ex0, real0], "single")
                if not b:
                    continue
                # only the data row changes, the example row kept; the model answers right at once
                real1 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("cp", fam + "_real", dom, r206_csvp(dom, ex0, real1, m, style), real1, [real1], "pair", base=b)
                # one cell of the data row changes
                k = rng.choice(R206_DOMAINS[dom][0])
                r2 = dict(real0)
                r2[k] = r206_val(dom, k, rng, [real0[k], ex0[k]])
                r206_addj("cp", fam + "_real1_" + k, dom, r206_csvp(dom, ex0, r2, m, style), r2, [r2], "pair", base=b)
                # only the example row changes (a good cache keeps the data row's answer)
                ex1 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("cs", fam + "_ex", dom, r206_csvp(dom, ex1, real0, m, style), real0, [real0], "safe", safe=True,
                          base=b)
                # the example row takes the data row's record, a new data row
                real3 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("cp", fam + "_exgets", dom, r206_csvp(dom, real0, real3, m, style), real3, [real0, real3], "pair",
                          base=b)


r206_json_part5(r206_random.Random(2066))


# ------------------------------------------------------------------ part 6: the CSV shape on booking-like tables
def r206_json_part6(rng):
    for dom in ("booking", "stay", "trip", "visit"):
        for m in R206_CSVM:
            for style in ("lower", "label"):
                fam = "r206_d_%s_%s_%s" % (dom, m[0], style)
                ex0 = r206_rec(dom, rng)
                real0 = r206_rec(dom, rng, [ex0])
                b = r206_addj("dx", fam + "_copy", dom, r206_csvp(dom, ex0, real0, m, style), real0, [ex0, real0], "single")
                if not b:
                    continue
                real3 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("dp", fam + "_exgets", dom, r206_csvp(dom, real0, real3, m, style), real3, [real0, real3], "pair",
                          base=b)
                real1 = r206_rec(dom, rng, [ex0, real0])
                r206_addj("dp", fam + "_real", dom, r206_csvp(dom, ex0, real1, m, style), real1, [ex0, real1], "pair", base=b)
                # the same table, the instruction paraphrased (a licensed change); the model answers right at once
                para = r206_csvp(dom, ex0, real0, m, style).replace(
                    "Extract the ", "Please return the ", 1).replace(" as JSON.", " as a JSON object.", 1)
                r206_addj("dp", fam + "_para", dom, para, real0, [real0], "pair", base=b)


r206_json_part6(r206_random.Random(2067))

r206_json_part2(r206_random.Random(2062), 2)
r206_eq_part2(r206_random.Random(2063), 10)

# ------------------------------------------------------------------ results of the round
# Confirmed alone (R206_ALONE=1, fresh SQLite store, two passes): wrong from the cache in run 1 or run 2.
r206_found_alone_list = {
    'd206-cp-1925', 'd206-cp-1935', 'd206-cp-1965', 'd206-cp-1985', 'd206-cx-1921', 'd206-cx-1931', 'd206-cx-1961',
    'd206-cx-1981', 'd206-dp-2282', 'd206-dp-2284', 'd206-dp-2290', 'd206-dp-2314', 'd206-dp-2316', 'd206-dp-2330',
    'd206-dp-2332', 'd206-dp-2379', 'd206-dp-2388', 'd206-dp-2412', 'd206-dp-2427', 'd206-dp-2474', 'd206-dp-2476',
    'd206-dp-2482', 'd206-dp-2506', 'd206-dp-2508', 'd206-dp-2522', 'd206-dp-2524', 'd206-dp-2570', 'd206-dp-2572',
    'd206-dp-2578', 'd206-dp-2580', 'd206-dx-2281', 'd206-dx-2313', 'd206-dx-2329', 'd206-dx-2409', 'd206-dx-2473',
    'd206-dx-2505', 'd206-dx-2521', 'd206-dx-2569', 'd206-dx-2577',
}
r206_arguable_list = {
    'd206-cp-1935', 'd206-cx-1931', 'd206-dp-2290', 'd206-dp-2388', 'd206-dp-2482', 'd206-dp-2578', 'd206-dp-2580',
    'd206-dx-2577',
}
r206_alone_ids = {
    'd206-cp-1925', 'd206-cp-1935', 'd206-cp-1965', 'd206-cp-1985', 'd206-cx-1921', 'd206-cx-1931', 'd206-cx-1961',
    'd206-cx-1981', 'd206-dp-2282', 'd206-dp-2284', 'd206-dp-2290', 'd206-dp-2314', 'd206-dp-2316', 'd206-dp-2330',
    'd206-dp-2332', 'd206-dp-2379', 'd206-dp-2388', 'd206-dp-2412', 'd206-dp-2427', 'd206-dp-2474', 'd206-dp-2476',
    'd206-dp-2482', 'd206-dp-2506', 'd206-dp-2508', 'd206-dp-2522', 'd206-dp-2524', 'd206-dp-2570', 'd206-dp-2572',
    'd206-dp-2578', 'd206-dp-2580', 'd206-dp-2619', 'd206-dx-2281', 'd206-dx-2313', 'd206-dx-2329', 'd206-dx-2409',
    'd206-dx-2473', 'd206-dx-2505', 'd206-dx-2521', 'd206-dx-2569', 'd206-dx-2577',
}
r206_found_alone |= r206_found_alone_list
r206_arguable |= r206_arguable_list

# Trimmed for ctest (probe_kit.sample_round), stop 48: the items the round's tester confirmed alone with the bases of
# their pairs, every 10th safe variant and every 30th of the rest (3,946 generated); then every arguable item left out.
r206_keep = set(r206_found_alone)
r206_keep |= {r206_meta[r206_i]["base"] for r206_i in list(r206_keep) if r206_meta.get(r206_i, {}).get("base")}
from probe_kit import sample_round as r206_sample_round  # noqa: E402

r206_sample_round("d206-", r206_keep, 30, safe_every=10)
P[:] = [r206_p for r206_p in P if r206_p["id"] not in r206_arguable]
