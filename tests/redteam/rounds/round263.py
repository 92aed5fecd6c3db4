r"""Red-team round 263 (black box): VALUES CHOSEN BY MARKS, NOT WORDS.
Focus: json_extract forms whose value is set by a mark beside an option while the option words stay - checkboxes
  ("[x] / [ ]", "☑ / ☐", "✓ / ✗", "(•) / ( )", "■ / □", "● / ○", "✅ / ❌", "⦿ / ◯", "[v]", "[*]", "(x)"), "Yes [ ] No [x]",
  radio lists one option a line, a "Selected" column in a table, strikethrough ("~~Express~~ Standard", "<s>", "<del>",
  "-Express-", combining overlays U+0334-U+0338, U+20D2, U+20E5, ANSI "ESC[9m", "[s]..[/s]", CSS line-through,
  "\sout{}"), bold / highlight / "==..==" / "<mark>", arrows, circled options, stars and scales ("★★★☆☆", "1 2 [3] 4 5"),
  multi-select lists as arrays with a count, booleans, enums, nullable members. All seeded random.Random(263).
  Parts: (k) a plain stored boolean ("Parking: yes") whose variant writes the line with marks: 57 flips to false, 45 to
  true, marks on the label, safe mark forms (r263_stored_word_bool, 393); (l) a plain stored enum / string / nullable
  enum ("Shipping: Express") whose variant marks another option on the same line, 22 forms, or strikes it alone
  (r263_stored_word_enum, 460); (m) a stored "Rating: 3" whose variant marks another number (struck, bracketed, bold,
  ☑, stars, tallies) (r263_stored_rating, 336); (n) two stored booleans whose variant moves a mark between the lines or
  adds a checklist that ticks otherwise (r263_stored_two_bools, 293); (o) a one-row table whose yes/no cells become
  marks (r263_stored_table, 72); (q) stored string members (city, driver) with another name or city marked on the same
  line (r263_stored_string_marked, 138); (r) a nullable member stored plain whose variant's only value is struck in 22
  notations (r263_struck_alone, 91); (a)-(i) bases written with the marks themselves - box lines under a heading, a
  yes/no choice on one line, a plain value then marked options, radio lists, multi-select + count, a selected column,
  scales and stars, one box beside a label in 20 unticked and 20 ticked glyphs - with moved / removed / doubled marks
  and safe restyles (1,046); (j)/(p) 216 single requests whose model first takes the first option, every option, the
  unticked one, the struck one or the far end of a scale, sticky for a third.
  2,999 probes: 254 bases, 1,999 variants, 530 safe, 216 singles. Fresh SQLite store, two passes. Paths: run 1 skip
  2,728 / patch 161 / reuse 110, run 2 skip 2,684 / patch 142 / reuse 173; safe on reuse 1/530 and 5/530.
HELD (0 wrong answers from the cache in either run; no KEPT-FROM-CACHE): no answer written with a mark was stored
  (every base of parts a-i ended in an error or was served fresh and not stored; stored were only plain words and
  numbers: "Parking: yes", "Shipping: Express", "Rating: 3", "Vegetarian: yes / Vegan: no"). Every variant that put a
  mark on a stored value's line - another option ticked, the stored word unticked, struck in any of 22 notations,
  bolded, circled, arrowed, starred, a scale with another number bracketed, "Yes [ ] No [x]", a box before the label -
  failed its member ("its field ... changed", "not a value of the same shape", "the statement holding its evidence
  changed") and was patched or regenerated; a checklist added under a stored record stopped the reuse. Reuse of
  variants was only the licensed rewrite of plain words and digits (run 2: 73 variants, "N", "Y", "NO", "No", "Yes",
  "on", "off", "none", "no", "yes", "1"-"5", the two booleans' words swapped), all right when read by hand ("Paid: off"
  -> false, "Parking: none" -> false, "Breakfast: on" -> true). Part (r)'s struck-alone values were patched to null.
  Cost: 2,069 right answers rejected per run (box, radio, scale and table forms refused: "true is not stated in the
  source text", "the text states shipping: [x] express", "the text names several people in prose ("◯ Basic", ...)").
WHAT GOT THROUGH: from the cache, nothing (r263_found_alone is empty; nothing to confirm alone).
 Served fresh (the model's own wrong answer accepted and not stored; the same 18 ids in both runs, and all 18 again
  when served alone on a fresh store):
 (F1) 9 box lines under a heading, a box read the wrong way in the model's answer: "Customer: Zofia Ruiz\nContact:\n
     Newsletter ☐\nSMS alerts ☑\nPhone calls ☐" -> sms_alerts false; "[ ] Newsletter\n[v] SMS alerts" -> sms_alerts
     false; "Parking (x)\nBreakfast ( )\nLate checkout (x)" -> late_checkout false; "Smoker\t[x]\nDiabetic\t[ ]\n
     Allergies\t[ ]" -> allergies true; "⦿  Insured\n◯  Fragile\n◯  Signature required" -> all true (sticky);
     "□ Parking\n□ Breakfast\n▣ Late checkout" -> all false.
 (F2) 6 one box beside a label in an unticked glyph served true: "Vegetarian ❌", "- [  ] Crib" (two spaces),
     "Crib ❏", "- ✘ Crib", "⬜ Vegetarian", "- ◻ Crib".
 (F3) 3 a yes/no pair with the mark on No served true: "Newsletter: Yes / **No**", "Parking needed: Yes / **No**" (2).
"""
from probe_kit import J, E, S, P  # noqa: F401
import random

r263_rng = random.Random(263)
r263_meta = {}
r263_n = {"b": 0, "v": 0, "s": 0, "f": 0}

R263_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Priya", "Oskar", "Lena", "Pavel", "Sofia", "Emil", "Ines", "Karl",
              "Nora", "Rafael", "Hana", "Ivo", "Elin", "Marek", "Yara", "Lukas", "Dana", "Timo", "Zofia", "Ruben"]
R263_LAST = ["Ruiz", "Berg", "Holt", "Ek", "Nair", "Lind", "Novak", "Fischer", "Holm", "Kovac", "Diaz", "Weber",
             "Sato", "Moreau", "Costa", "Dahl", "Vidal", "Brandt", "Okafor", "Lund", "Varga", "Rossi", "Aalto", "Kim"]
r263_used = set()


def r263_name():
    while True:
        n = r263_rng.choice(R263_FIRST) + " " + r263_rng.choice(R263_LAST)
        if n not in r263_used:
            r263_used.add(n)
            return n
        if len(r263_used) > 500:
            n = n + " " + r263_rng.choice("ABCDEFGHJKLMNPRSTVW") + "."
            if n not in r263_used:
                r263_used.add(n)
                return n


def r263_id(kind):
    r263_n[kind] += 1
    return "d263-%s-%04d" % (kind, r263_n[kind])


def r263_pair(fam, base_prompt, schema, base_expect, variants, base_answers=None):
    """A stored base (model right) then variants [(prompt, expect, safe)] whose model is right if asked."""
    bid = r263_id("b")
    J(bid, fam, base_prompt, schema, base_expect, base_answers or [base_expect])
    r263_meta[bid] = {}
    seen = {base_prompt}
    for prompt, expect, safe in variants:
        if prompt in seen:
            continue
        seen.add(prompt)
        vid = r263_id("s" if safe else "v")
        J(vid, fam, prompt, schema, expect, [expect], safe=safe)
        r263_meta[vid] = {"base": bid}
    return bid


def r263_single(fam, prompt, schema, expect, answers):
    fid = r263_id("f")
    J(fid, fam, prompt, schema, expect, answers)
    r263_meta[fid] = {}


# ------------------------------------------------------------------ marks
R263_TICK = ["[x]", "[X]", "☑", "✓", "✔", "(•)", "■", "●", "◉", "✅", "[✓]", "(x)", "[*]", "▣", "[v]", "(X)",
             "[✔]", "√", "⦿", "◼"]
R263_UNTICK = ["[ ]", "☐", "✗", "✘", "( )", "□", "○", "❌", "[]", "[  ]", "[_]", "⬜", "◻", "▢", "❏", "◯",
               "［　］", "[\u00a0]", "×", "☐\u200b"]
R263_PAIRS = [("[x]", "[ ]"), ("[X]", "[ ]"), ("☑", "☐"), ("✓", "✗"), ("✔", "✘"), ("(•)", "( )"), ("■", "□"),
              ("●", "○"), ("◉", "○"), ("✅", "❌"), ("[✓]", "[ ]"), ("(x)", "( )"), ("[*]", "[ ]"), ("▣", "□"),
              ("[v]", "[ ]"), ("⦿", "◯")]
# how a box sits beside its option's words
R263_BOOL_FORMS = ["{m} {L}", "{L}: {m}", "{L} {m}", "- {m} {L}", "* {m} {L}", "{m}{L}", "{L} ....... {m}",
                   "{L}\t{m}", "{m}  {L}", "{L}: {m}", "{m} {L}"]

R263_OPTSETS = [
    ("Extract the guest's name and meal choices as JSON.", "Guest", "Meal",
     [("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten_free", "Gluten-free")]),
    ("Extract the customer's name and contact preferences as JSON.", "Customer", "Contact",
     [("newsletter", "Newsletter"), ("sms_alerts", "SMS alerts"), ("phone_calls", "Phone calls")]),
    ("Extract the guest and the extras booked as JSON.", "Guest", "Extras",
     [("parking", "Parking"), ("breakfast", "Breakfast"), ("late_checkout", "Late checkout")]),
    ("Extract the sender and the parcel options as JSON.", "Sender", "Options",
     [("insured", "Insured"), ("fragile", "Fragile"), ("signature", "Signature required")]),
    ("Extract the patient's name and the history items as JSON.", "Patient", "History",
     [("smoker", "Smoker"), ("diabetic", "Diabetic"), ("allergies", "Allergies")]),
    ("Extract the applicant and the consents as JSON.", "Applicant", "Consents",
     [("terms_accepted", "Terms accepted"), ("marketing_ok", "Marketing"), ("photo_ok", "Photos")]),
]


def r263_bool_schema(who, opts):
    props = {"name": "string"}
    for k, _ in opts:
        props[k] = "boolean"
    return S(props)


def r263_bool_text(who, name, head, opts, pattern, tick, untick, form, heading=True):
    lines = ["%s: %s" % (who, name)]
    if heading:
        lines.append("%s:" % head)
    for (k, lab), on in zip(opts, pattern):
        lines.append(form.format(m=tick if on else untick, L=lab))
    return "\n".join(lines) + "\n"


def r263_bool_expect(name, opts, pattern):
    e = {"name": name}
    for (k, _), on in zip(opts, pattern):
        e[k] = bool(on)
    return e


def r263_part_a(count):
    """Booleans, one box per line: the mark moves, goes, doubles; safe: another mark form."""
    for i in range(count):
        instr, who, head, allopts = R263_OPTSETS[i % len(R263_OPTSETS)]
        nopt = r263_rng.choice([2, 2, 3])
        opts = allopts[:nopt]
        tick, untick = r263_rng.choice(R263_PAIRS)
        form = r263_rng.choice(R263_BOOL_FORMS)
        heading = r263_rng.random() < 0.7
        name = r263_name()
        schema = r263_bool_schema(who, opts)
        pat = [r263_rng.random() < 0.5 for _ in opts]
        if not any(pat):
            pat[0] = True
        if all(pat):
            pat[-1] = False
        base = "%s\n\nForm:\n%s" % (instr, r263_bool_text(who, name, head, opts, pat, tick, untick, form, heading))
        variants = []
        pats = set()
        # moved mark(s)
        moved = [not p for p in pat]
        pats.add(tuple(moved))
        for j in range(nopt):
            q = list(pat)
            q[j] = not q[j]
            pats.add(tuple(q))
        pats.add(tuple([False] * nopt))
        pats.add(tuple([True] * nopt))
        pats.discard(tuple(pat))
        for q in sorted(pats):
            variants.append(("%s\n\nForm:\n%s" % (instr, r263_bool_text(who, name, head, opts, q, tick, untick, form, heading)),
                             r263_bool_expect(name, opts, q), False))
        # odd unticks / ticks with the base's pattern flipped at one place
        for _ in range(3):
            j = r263_rng.randrange(nopt)
            q = list(pat)
            q[j] = not q[j]
            odd_u = r263_rng.choice(R263_UNTICK)
            odd_t = r263_rng.choice(R263_TICK)
            lines = ["%s: %s" % (who, name)]
            if heading:
                lines.append("%s:" % head)
            for jj, ((k, lab), on) in enumerate(zip(opts, q)):
                if jj == j:
                    m = odd_t if on else odd_u
                else:
                    m = tick if on else untick
                lines.append(form.format(m=m, L=lab))
            variants.append(("%s\n\nForm:\n%s" % (instr, "\n".join(lines) + "\n"), r263_bool_expect(name, opts, q), False))
        # safe: another mark pair, same pattern
        for _ in range(2):
            t2, u2 = r263_rng.choice(R263_PAIRS)
            if (t2, u2) == (tick, untick):
                continue
            variants.append(("%s\n\nForm:\n%s" % (instr, r263_bool_text(who, name, head, opts, pat, t2, u2, form, heading)),
                             r263_bool_expect(name, opts, pat), True))
        r263_pair("r263_box_lines", base, schema, r263_bool_expect(name, opts, pat), variants)


# ------------------------------------------------------------------ yes/no choices on one field
R263_YN_FORMS = [
    ("Yes {t} No {u}", "Yes {u} No {t}"),
    ("{t} Yes {u} No", "{u} Yes {t} No"),
    ("{t} Yes  {u} No", "{u} Yes  {t} No"),
    ("Y {t} / N {u}", "Y {u} / N {t}"),
    ("{t} yes / {u} no", "{u} yes / {t} no"),
    ("Yes: {t}  No: {u}", "Yes: {u}  No: {t}"),
    ("(Yes) No", "Yes (No)"),
    ("**Yes** / No", "Yes / **No**"),
    ("Yes / ~~No~~", "~~Yes~~ / No"),
    ("Yes / <s>No</s>", "<s>Yes</s> / No"),
    ("→ Yes   No", "Yes   → No"),
    ("YES / no", "yes / NO"),
    ("Yes* / No", "Yes / No*"),
    ("[Yes] No", "Yes [No]"),
    ("Yes ✓ No", "Yes No ✓"),
    ("Yes (circled) / No", "Yes / No (circled)"),
]
R263_YN_FIELDS = [
    ("Extract the guest, room and whether breakfast is included as JSON.", "breakfast", "Breakfast included"),
    ("Extract the guest, room and whether the guest wants the newsletter as JSON.", "newsletter", "Newsletter"),
    ("Extract the guest, room and whether the guest smokes as JSON.", "smoker", "Smoker"),
    ("Extract the guest, room and whether parking is needed as JSON.", "parking", "Parking needed"),
    ("Extract the guest, room and whether the deposit is paid as JSON.", "deposit_paid", "Deposit paid"),
]


def r263_part_b(count):
    for i in range(count):
        instr, key, lab = R263_YN_FIELDS[i % len(R263_YN_FIELDS)]
        yes_form, no_form = R263_YN_FORMS[(i // len(R263_YN_FIELDS)) % len(R263_YN_FORMS)]
        tick, untick = r263_rng.choice(R263_PAIRS[:10])
        name = r263_name()
        room = r263_rng.randint(101, 499)
        schema = S({"guest": "string", "room": "integer", key: "boolean"})

        def text(f, t=tick, u=untick):
            return "%s\n\nForm:\nGuest: %s\nRoom: %d\n%s: %s\n" % (instr, name, room, lab, f.format(t=t, u=u))
        first_true = r263_rng.random() < 0.5
        bf, vf = (yes_form, no_form) if first_true else (no_form, yes_form)
        be = {"guest": name, "room": room, key: first_true}
        ve = {"guest": name, "room": room, key: not first_true}
        variants = [(text(vf), ve, False)]
        if "{t}" in bf:
            variants.append((text(bf.replace("{t}", "{u}")), {"guest": name, "room": room, key: None}, False))
            t2, u2 = r263_rng.choice(R263_PAIRS)
            variants.append((text(bf, t2, u2), be, True))
            variants.append((text(vf, t2, u2), ve, False))
        # plain stated in words: safe
        variants.append(("%s\n\nForm:\nGuest: %s\nRoom: %d\n%s: %s\n" % (instr, name, room, lab, "yes" if first_true else "no"), be, True))
        # the none-ticked variant has a null answer the schema does not allow: drop it
        variants = [v for v in variants if v[1][key] is not None]
        r263_pair("r263_yes_no", text(bf), schema, be, variants)


# ------------------------------------------------------------------ a plain stored value, then marks around it
R263_ENUMS = [
    ("Extract the order number and shipping method as JSON.", "Order", "shipping", "Shipping",
     ["Standard", "Express", "Overnight"]),
    ("Extract the booking reference and room type as JSON.", "Booking", "room_type", "Room type",
     ["Single", "Double", "Suite"]),
    ("Extract the member number and plan as JSON.", "Member", "plan", "Plan", ["Basic", "Pro", "Team"]),
    ("Extract the ticket number and seat class as JSON.", "Ticket", "seat_class", "Class",
     ["Economy", "Business", "First"]),
    ("Extract the order number and payment method as JSON.", "Order", "payment", "Payment",
     ["Card", "Cash", "Invoice"]),
    ("Extract the case number and priority as JSON.", "Case", "priority", "Priority", ["Low", "Medium", "High"]),
]
R263_MARKED_LINE = [
    # (template over the options list with the chosen index c and a struck/unmarked other index o) -> chosen
    lambda o, c, t, u: "%s %s %s %s" % (u, o, t, c),
    lambda o, c, t, u: "%s %s %s %s" % (t, c, u, o),
    lambda o, c, t, u: "%s %s / %s %s" % (o, u, c, t),
    lambda o, c, t, u: "~~%s~~ %s" % (o, c),
    lambda o, c, t, u: "<s>%s</s> %s" % (o, c),
    lambda o, c, t, u: "<del>%s</del> %s" % (o, c),
    lambda o, c, t, u: "-%s- %s" % (o, c),
    lambda o, c, t, u: "%s (crossed out) %s" % (o, c),
    lambda o, c, t, u: "%s | **%s**" % (o, c),
    lambda o, c, t, u: "**%s** | %s" % (c, o),
    lambda o, c, t, u: "%s / *%s*" % (o, c),
    lambda o, c, t, u: "%s  → %s" % (o, c),
    lambda o, c, t, u: "(%s) %s" % (c, o),
    lambda o, c, t, u: "%s %s" % (o, c.upper()),
    lambda o, c, t, u: "%s ✗ %s ✓" % (o, c),
    lambda o, c, t, u: "%s ☐ %s ☑" % (o, c),
    lambda o, c, t, u: "%s [ ] %s [x]" % (o, c),
    lambda o, c, t, u: "%s: no, %s: yes" % (o, c),
    lambda o, c, t, u: "%s ( ) %s (•)" % (o, c),
    lambda o, c, t, u: "%s̶ %s" % ("̶".join(o), c),
    lambda o, c, t, u: "%s ★" % c + " " + o,
    lambda o, c, t, u: "[%s] %s" % (c, o),
    lambda o, c, t, u: "%s <mark>%s</mark>" % (o, c),
    lambda o, c, t, u: "%s ==%s==" % (o, c),
]


def r263_part_c(count):
    """A plain 'Label: Value' base; variants keep the stored value's word on the line but mark another option."""
    for i in range(count):
        instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
        code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
        nullable = r263_rng.random() < 0.3
        t = {"type": ["string", "null"]} if nullable else {"type": "string"}
        t["enum"] = options + ([None] if nullable else [])
        schema = S({"ref": "string", key: t})
        bi = r263_rng.randrange(3)
        bval = options[bi]
        name_line = "%s: %s" % (codelab, code)

        def text(val):
            return "%s\n\nText:\n%s\n%s: %s\n" % (instr, name_line, lab, val)
        variants = []
        tick, untick = r263_rng.choice(R263_PAIRS)
        forms = list(range(len(R263_MARKED_LINE)))
        r263_rng.shuffle(forms)
        for fi in forms[:9]:
            f = R263_MARKED_LINE[fi]
            oi = r263_rng.choice([k for k in range(3) if k != bi])
            # the stored value unmarked or struck, another chosen: answer changes
            variants.append((text(f(bval, options[oi], tick, untick)), {"ref": code, key: options[oi]}, False))
        for fi in forms[9:12]:
            f = R263_MARKED_LINE[fi]
            oi = r263_rng.choice([k for k in range(3) if k != bi])
            # the stored value chosen: answer stays
            variants.append((text(f(options[oi], bval, tick, untick)), {"ref": code, key: bval}, True))
        if nullable:
            variants.append((text("~~%s~~" % bval), {"ref": code, key: None}, False))
            variants.append((text("%s %s" % (untick, bval)), {"ref": code, key: None}, False))
        r263_pair("r263_plain_then_marked", text(bval), schema, {"ref": code, key: bval}, variants)


# ------------------------------------------------------------------ radio lists, one option a line
R263_RADIO_FORMS = ["{m} {o}", "{o} {m}", "  {m} {o}", "- {m} {o}", "{m}{o}", "{o}: {m}"]


def r263_part_d(count):
    for i in range(count):
        instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
        code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
        nullable = r263_rng.random() < 0.4
        t = {"type": ["string", "null"]} if nullable else {"type": "string"}
        t["enum"] = options + ([None] if nullable else [])
        schema = S({"ref": "string", key: t})
        tick, untick = r263_rng.choice(R263_PAIRS)
        form = r263_rng.choice(R263_RADIO_FORMS)
        bi = r263_rng.randrange(3)

        def text(sel, t=tick, u=untick, f=form):
            lines = ["%s: %s" % (codelab, code), "%s:" % lab]
            for k, o in enumerate(options):
                lines.append(f.format(m=t if k == sel else u, o=o))
            return "%s\n\nForm:\n%s\n" % (instr, "\n".join(lines))
        variants = []
        for oi in range(3):
            if oi != bi:
                variants.append((text(oi), {"ref": code, key: options[oi]}, False))
        if nullable:
            variants.append((text(-1), {"ref": code, key: None}, False))
        t2, u2 = r263_rng.choice(R263_PAIRS)
        variants.append((text(bi, t2, u2), {"ref": code, key: options[bi]}, True))
        oi = (bi + 1) % 3
        variants.append((text(oi, t2, u2), {"ref": code, key: options[oi]}, False))
        # mark moved to the other side
        f2 = "{o} {m}" if form != "{o} {m}" else "{m} {o}"
        variants.append((text(bi, f=f2), {"ref": code, key: options[bi]}, True))
        r263_pair("r263_radio_lines", text(bi), schema, {"ref": code, key: options[bi]}, variants)


# ------------------------------------------------------------------ multi-select as array and count
R263_MULTI = [
    ("Extract the customer, the toppings ticked and how many were ticked as JSON.", "Customer", "toppings",
     "Toppings", ["Cheese", "Ham", "Olives", "Mushrooms"]),
    ("Extract the guest, the amenities ticked and how many were ticked as JSON.", "Guest", "amenities",
     "Amenities", ["Wifi", "Pool", "Gym", "Spa"]),
    ("Extract the student, the courses ticked and how many were ticked as JSON.", "Student", "courses",
     "Courses", ["Math", "Biology", "History", "Art"]),
]


def r263_part_e(count):
    for i in range(count):
        instr, who, key, lab, options = R263_MULTI[i % len(R263_MULTI)]
        name = r263_name()
        schema = S({"name": "string", key: {"type": "array", "items": {"type": "string", "enum": options}},
                    "count": "integer"}, {"count": "number of options ticked"})
        tick, untick = r263_rng.choice(R263_PAIRS)
        form = r263_rng.choice(R263_BOOL_FORMS[:6])
        pat = [r263_rng.random() < 0.5 for _ in options]
        if sum(pat) < 2:
            pat[0] = pat[2] = True

        def text(p, t=tick, u=untick):
            lines = ["%s: %s" % (who, name), "%s:" % lab]
            for o, on in zip(options, p):
                lines.append(form.format(m=t if on else u, L=o))
            return "%s\n\nForm:\n%s\n" % (instr, "\n".join(lines))

        def exp(p):
            sel = [o for o, on in zip(options, p) if on]
            return {"name": name, key: sel, "count": len(sel)}
        variants = []
        for j in range(len(options)):
            q = list(pat)
            q[j] = not q[j]
            variants.append((text(q), exp(q), False))
        variants.append((text([False] * 4), exp([False] * 4), False))
        variants.append((text([True] * 4), exp([True] * 4), False))
        t2, u2 = r263_rng.choice(R263_PAIRS)
        variants.append((text(pat, t2, u2), exp(pat), True))
        r263_pair("r263_multi_select", text(pat), schema, exp(pat), variants)


# ------------------------------------------------------------------ a selected column in a table
R263_TABLE_MARKS = ["X", "x", "✓", "yes", "●", "[x]", "☑", "*"]


def r263_part_f(count):
    for i in range(count):
        instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
        code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
        schema = S({"ref": "string", key: {"type": "string", "enum": options}})
        mark = r263_rng.choice(R263_TABLE_MARKS)
        bi = r263_rng.randrange(3)
        colname = r263_rng.choice(["Selected", "Chosen", "Tick", "✓"])

        def text(sel, m=mark, col=colname):
            rows = ["| %s | %s |" % (lab, col), "|---|---|"]
            for k, o in enumerate(options):
                rows.append("| %s | %s |" % (o, m if k == sel else ""))
            return "%s\n\nForm:\n%s: %s\n%s\n" % (instr, codelab, code, "\n".join(rows))
        variants = [(text(oi), {"ref": code, key: options[oi]}, False) for oi in range(3) if oi != bi]
        m2 = r263_rng.choice([m for m in R263_TABLE_MARKS if m != mark])
        variants.append((text(bi, m2), {"ref": code, key: options[bi]}, True))
        r263_pair("r263_table_selected", text(bi), schema, {"ref": code, key: options[bi]}, variants)


# ------------------------------------------------------------------ scales and ratings
R263_SCALES = [
    ("Extract the respondent and the satisfaction score (1-5) as JSON.", "satisfaction", "Satisfaction"),
    ("Extract the patient and the pain score (1-5) as JSON.", "pain", "Pain (1-5)"),
    ("Extract the reviewer and the star rating as JSON.", "rating", "Rating"),
]
R263_SCALE_FORMS = [
    lambda v: " ".join("[%d]" % k if k == v else str(k) for k in range(1, 6)),
    lambda v: " ".join("(%d)" % k if k == v else str(k) for k in range(1, 6)),
    lambda v: " ".join("**%d**" % k if k == v else str(k) for k in range(1, 6)),
    lambda v: "  ".join(("%d ☑" if k == v else "%d ☐") % k for k in range(1, 6)),
    lambda v: "★" * v + "☆" * (5 - v),
    lambda v: "●" * v + "○" * (5 - v),
    lambda v: " ".join("→%d" % k if k == v else str(k) for k in range(1, 6)),
    lambda v: "%d/5" % v,
]


def r263_part_g(count):
    for i in range(count):
        instr, key, lab = R263_SCALES[i % len(R263_SCALES)]
        form = R263_SCALE_FORMS[(i // 3) % len(R263_SCALE_FORMS)]
        name = r263_name()
        schema = S({"name": "string", key: "integer"})
        bv = r263_rng.randint(1, 5)

        def text(v, f=form):
            return "%s\n\nForm:\nName: %s\n%s: %s\n" % (instr, name, lab, f(v))
        variants = [(text(v), {"name": name, key: v}, False) for v in range(1, 6) if v != bv]
        f2 = r263_rng.choice(R263_SCALE_FORMS)
        if f2 is not form:
            variants.append((text(bv, f2), {"name": name, key: bv}, True))
        # plain base then a marked scale
        r263_pair("r263_scale", text(bv), schema, {"name": name, key: bv}, variants)


def r263_part_h(count):
    """Plain 'Label: 3' base; variants write the scale with another value marked (the stored digit still there)."""
    for i in range(count):
        instr, key, lab = R263_SCALES[i % len(R263_SCALES)]
        name = r263_name()
        schema = S({"name": "string", key: "integer"})
        bv = r263_rng.randint(1, 5)
        base = "%s\n\nForm:\nName: %s\n%s: %d\n" % (instr, name, lab, bv)
        variants = []
        for f in R263_SCALE_FORMS[:4] + R263_SCALE_FORMS[6:7]:
            v = r263_rng.choice([k for k in range(1, 6) if k != bv])
            variants.append(("%s\n\nForm:\nName: %s\n%s: %s\n" % (instr, name, lab, f(v)), {"name": name, key: v}, False))
        variants.append(("%s\n\nForm:\nName: %s\n%s: ~~%d~~ %d\n" % (instr, name, lab, bv, (bv % 5) + 1),
                         {"name": name, key: (bv % 5) + 1}, False))
        variants.append(("%s\n\nForm:\nName: %s\n%s: %s\n" % (instr, name, lab, R263_SCALE_FORMS[0](bv)),
                         {"name": name, key: bv}, True))
        r263_pair("r263_plain_then_scale", base, schema, {"name": name, key: bv}, variants)


# ------------------------------------------------------------------ one box beside a label, odd glyphs
R263_SINGLE_BOOL = [
    ("Extract the guest, the room and the late checkout flag as JSON.", "late_checkout", "Late checkout"),
    ("Extract the guest, the room and whether the guest is vegetarian as JSON.", "vegetarian", "Vegetarian"),
    ("Extract the guest, the room and whether the minibar is stocked as JSON.", "minibar", "Minibar"),
    ("Extract the guest, the room and whether a crib is needed as JSON.", "crib", "Crib"),
]


def r263_part_i(count):
    for i in range(count):
        instr, key, lab = R263_SINGLE_BOOL[i % len(R263_SINGLE_BOOL)]
        name = r263_name()
        room = r263_rng.randint(101, 499)
        schema = S({"guest": "string", "room": "integer", key: "boolean"})
        form = r263_rng.choice(["{m} {L}", "{L}: {m}", "{L} {m}"])
        base_true = r263_rng.random() < 0.5
        bt, bu = r263_rng.choice(R263_PAIRS[:4])

        def text(m):
            return "%s\n\nForm:\nGuest: %s\nRoom: %d\n%s\n" % (instr, name, room, form.format(m=m, L=lab))
        be = {"guest": name, "room": room, key: base_true}
        ve = {"guest": name, "room": room, key: not base_true}
        base = text(bt if base_true else bu)
        pool = R263_UNTICK if base_true else R263_TICK
        picks = r263_rng.sample(pool, 8)
        variants = [(text(m), ve, False) for m in picks]
        same = R263_TICK if base_true else R263_UNTICK
        for m in r263_rng.sample(same, 3):
            variants.append((text(m), be, True))
        r263_pair("r263_one_box", base, schema, be, variants)


# ------------------------------------------------------------------ fresh singles: the model's mark mistakes
def r263_part_j(count):
    for i in range(count):
        instr, who, head, allopts = R263_OPTSETS[i % len(R263_OPTSETS)]
        opts = allopts[:3]
        tick, untick = r263_rng.choice(R263_PAIRS)
        form = r263_rng.choice(R263_BOOL_FORMS)
        name = r263_name()
        schema = r263_bool_schema(who, opts)
        pat = [False, False, False]
        pat[r263_rng.randrange(3)] = True
        if r263_rng.random() < 0.4:
            pat[r263_rng.randrange(3)] = True
        prompt = "%s\n\nForm:\n%s" % (instr, r263_bool_text(who, name, head, opts, pat, tick, untick, form))
        right = r263_bool_expect(name, opts, pat)
        kind = i % 4
        if kind == 0:
            wrong = r263_bool_expect(name, opts, [True, False, False])  # the first option
        elif kind == 1:
            wrong = r263_bool_expect(name, opts, [True, True, True])  # every listed option
        elif kind == 2:
            wrong = r263_bool_expect(name, opts, [not p for p in pat])  # the unticked ones
        else:
            wrong = r263_bool_expect(name, opts, pat[1:] + pat[:1])  # one line off
        if wrong == right:
            wrong = r263_bool_expect(name, opts, [not p for p in pat])
        sticky = i % 3 == 0
        r263_single("r263_fresh_boxes", prompt, schema, right, [wrong] if sticky else [wrong, right])
    for i in range(count // 2):
        instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
        code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
        schema = S({"ref": "string", key: {"type": "string", "enum": options}})
        tick, untick = r263_rng.choice(R263_PAIRS)
        sel = r263_rng.randrange(1, 3)
        lines = ["%s: %s" % (codelab, code), "%s:" % lab] + ["%s %s" % (tick if k == sel else untick, o)
                                                             for k, o in enumerate(options)]
        prompt = "%s\n\nForm:\n%s\n" % (instr, "\n".join(lines))
        wrong = {"ref": code, key: options[0]}
        r263_single("r263_fresh_radio", prompt, schema, {"ref": code, key: options[sel]},
                    [wrong] if i % 3 == 0 else [wrong, {"ref": code, key: options[sel]}])
        o = options[r263_rng.choice([k for k in range(3) if k != sel])]
        prompt2 = "%s\n\nText:\n%s: %s\n%s: ~~%s~~ %s\n" % (instr, codelab, code, lab, o, options[sel])
        r263_single("r263_fresh_struck", prompt2, schema, {"ref": code, key: options[sel]},
                    [{"ref": code, key: o}] if i % 3 == 0 else [{"ref": code, key: o}, {"ref": code, key: options[sel]}])


# ------------------------------------------------------------------ stored plain bases (words), marks in the variants
R263_BOOLF = [("vegetarian", "Vegetarian"), ("newsletter", "Newsletter"), ("parking", "Parking"),
              ("breakfast", "Breakfast"), ("smoker", "Smoker"), ("insured", "Insured"), ("paid", "Paid"),
              ("pets", "Pets")]
R263_INSTR = ["Return name, room and {k} as JSON.\nText:\n", "Return the name, room and {k} as JSON.\n\nText:\n",
              "Give name, room and {k} as JSON.\nText:\n", "Return name, room and {k} as JSON.\n\nRecord:\n"]
R263_TRUE_WORDS = ["yes", "Yes", "YES", "Y", "true", "checked", "ticked", "selected", "X", "x", "on"]
R263_FALSE_WORDS = ["no", "No", "NO", "N", "false", "unchecked", "unticked", "not selected", "off", "blank"]
# the value's line in the variant: text for a field whose base value was true (right answer false), and
# the reverse
R263_FLIP_TO_FALSE = [
    "no", "No", "N", "✗", "✘", "❌", "☐", "[ ]", "□", "○", "( )", "unchecked", "not checked", "unticked", "not ticked",
    "not selected", "deselected", "left blank", "blank", "empty", "off", "none", "nope", "nein", "nej", "non",
    "yes [ ] no [x]", "[ ] yes [x] no", "yes ☐ no ☑", "☐ yes ☑ no", "~~yes~~ no", "<s>yes</s> no", "y̶e̶s̶ no",
    "yes ✗", "✗ yes", "yes (crossed out) no", "(yes crossed out)", "~~yes~~", "<del>yes</del>", "yes / **no**",
    "yes / no (circled)", "yes   → no", "yes ( ) no (•)", "Yes □ No ■", "Y [ ] N [x]", "☒ no", "yes ⬜ no ⬛",
    "🗷", "⊠ no", "yes̶", "-yes- no", "yes—no, no", "not yes", "no (not yes)", "yes: ☐ no: ☑",
]
R263_FLIP_TO_TRUE = [
    "yes", "Yes", "Y", "✓", "✔", "✅", "☑", "[x]", "■", "●", "(•)", "checked", "ticked", "selected", "on", "X", "x",
    "yep", "ja", "oui", "sí", "no [ ] yes [x]", "[ ] no [x] yes", "no ☐ yes ☑", "☐ no ☑ yes", "~~no~~ yes",
    "<s>no</s> yes", "n̶o̶ yes", "no ✗ yes ✓", "~~no~~", "no / **yes**", "no / yes (circled)", "no   → yes",
    "no ( ) yes (•)", "No □ Yes ■", "N [ ] Y [x]", "🗹", "☒", "⊠", "not no", "no? yes", "yes (not no)", "no: ☐ yes: ☑",
]
R263_SAFE_TRUE = ["yes", "Yes", "YES", "✓", "[x]", "☑", "yes ✓", "yes [x] no [ ]", "[x] yes [ ] no", "yes / ~~no~~",
                  "**yes** / no", "yes ☑ no ☐", "Y"]
R263_SAFE_FALSE = ["no", "No", "NO", "✗", "[ ]", "☐", "no ✗", "yes [ ] no [x]", "[ ] yes [x] no", "~~yes~~ / no",
                   "yes / **no**", "yes ☐ no ☑", "N"]


def r263_part_k(count):
    for i in range(count):
        key, lab = R263_BOOLF[i % len(R263_BOOLF)]
        instr = R263_INSTR[(i // len(R263_BOOLF)) % len(R263_INSTR)].format(k=key)
        name = r263_name()
        room = r263_rng.randint(101, 499)
        val = i % 2 == 0
        word = r263_rng.choice(["yes", "Yes", "yes"] if val else ["no", "No", "no"])
        schema = S({"name": "string", "room": "integer", key: "boolean"})

        def text(v, lb=lab):
            return "%sName: %s\nRoom: %d\n%s: %s\n" % (instr, name, room, lb, v)
        be = {"name": name, "room": room, key: val}
        ve = {"name": name, "room": room, key: not val}
        flips = R263_FLIP_TO_FALSE if val else R263_FLIP_TO_TRUE
        safes = R263_SAFE_TRUE if val else R263_SAFE_FALSE
        picks = r263_rng.sample(flips, 14)
        variants = [(text(v), ve, False) for v in picks]
        # marks on the label, the value kept
        lab_marks = ["~~%s~~" % lab, "[ ] %s" % lab, "☐ %s" % lab, "✗ %s" % lab, "<s>%s</s>" % lab] if val else \
            ["[x] %s" % lab, "☑ %s" % lab, "✓ %s" % lab]
        for lm in r263_rng.sample(lab_marks, 2):
            variants.append((text(word, lm), ve, False))
        for v in r263_rng.sample(safes, 4):
            variants.append((text(v), be, True))
        r263_pair("r263_stored_word_bool", text(word), schema, be, variants)


R263_ENUM2 = [("shipping", "Shipping", ["Standard", "Express", "Overnight"]),
              ("plan", "Plan", ["Basic", "Pro", "Team"]),
              ("room_type", "Room type", ["Single", "Double", "Suite"]),
              ("seat_class", "Class", ["Economy", "Business", "First"]),
              ("payment", "Payment", ["Card", "Cash", "Invoice"]),
              ("priority", "Priority", ["Low", "Medium", "High"])]
R263_ENUM_MARKS = [
    lambda b, o: "~~%s~~ %s" % (b, o), lambda b, o: "<s>%s</s> %s" % (b, o), lambda b, o: "%s %s" % ("̶".join(b) + "̶", o),
    lambda b, o: "[ ] %s [x] %s" % (b, o), lambda b, o: "%s ☐ %s ☑" % (b, o), lambda b, o: "%s ✗ %s ✓" % (b, o),
    lambda b, o: "( ) %s (•) %s" % (b, o), lambda b, o: "%s / **%s**" % (b, o), lambda b, o: "%s → %s" % (b, o),
    lambda b, o: "%s (crossed out), %s" % (b, o), lambda b, o: "%s (%s circled)" % (b, o),
    lambda b, o: "%s | %s ✓" % (b, o), lambda b, o: "-%s- %s" % (b, o), lambda b, o: "%s [%s]" % (b, o),
    lambda b, o: "%s  ★%s" % (b, o), lambda b, o: "%s ⬜ %s ⬛" % (b, o), lambda b, o: "%s ○ %s ●" % (b, o),
    lambda b, o: "%s, %s ← this one" % (b, o), lambda b, o: "%s <mark>%s</mark>" % (b, o),
    lambda b, o: "%s ==%s==" % (b, o), lambda b, o: "%s: no; %s: yes" % (b, o), lambda b, o: "not %s but %s" % (b, o),
]
R263_ENUM_MARKS_NULL = [lambda b: "~~%s~~" % b, lambda b: "<s>%s</s>" % b, lambda b: "[ ] %s" % b,
                        lambda b: "%s ☐" % b, lambda b: "%s ✗" % b, lambda b: "( ) %s" % b, lambda b: "not %s" % b,
                        lambda b: "%s (crossed out)" % b, lambda b: "-%s-" % b]
R263_ENUM_SAFE = [lambda b, o: "[x] %s [ ] %s" % (b, o), lambda b, o: "%s ☑ %s ☐" % (b, o), lambda b, o: "**%s**" % b,
                  lambda b, o: "%s ✓" % b, lambda b, o: "%s / ~~%s~~" % (b, o), lambda b, o: "(•) %s ( ) %s" % (b, o),
                  lambda b, o: "[x] %s" % b, lambda b, o: "%s (circled)" % b]
R263_EINSTR = ["Return name and {k} as JSON.\nText:\n", "Return the name and {k} as JSON.\n\nText:\n",
               "Give name and {k} as JSON.\nText:\n"]


def r263_part_l(count):
    for i in range(count):
        key, lab, options = R263_ENUM2[i % len(R263_ENUM2)]
        instr = R263_EINSTR[(i // len(R263_ENUM2)) % len(R263_EINSTR)].format(k=key.replace("_", " "))
        name = r263_name()
        kind = i % 3  # 0 string, 1 enum, 2 nullable enum
        if kind == 0:
            t = {"type": "string"}
        elif kind == 1:
            t = {"type": "string", "enum": options}
        else:
            t = {"type": ["string", "null"], "enum": options + [None]}
        schema = S({"name": "string", key: t})
        b = options[r263_rng.randrange(3)]

        def text(v):
            return "%sName: %s\n%s: %s\n" % (instr, name, lab, v)
        variants = []
        for f in r263_rng.sample(R263_ENUM_MARKS, 10):
            o = r263_rng.choice([x for x in options if x != b])
            variants.append((text(f(b, o)), {"name": name, key: o}, False))
        if kind == 2:
            for f in r263_rng.sample(R263_ENUM_MARKS_NULL, 4):
                variants.append((text(f(b)), {"name": name, key: None}, False))
        for f in r263_rng.sample(R263_ENUM_SAFE, 3):
            o = r263_rng.choice([x for x in options if x != b])
            variants.append((text(f(b, o)), {"name": name, key: b}, True))
        r263_pair("r263_stored_word_enum", text(b), schema, {"name": name, key: b}, variants)


R263_RATE = [("rating", "Rating"), ("score", "Score"), ("stars", "Stars"), ("pain", "Pain"), ("satisfaction", "Satisfaction")]
R263_RATE_MARKS = [
    lambda b, o: "~~%d~~ %d" % (b, o), lambda b, o: "%d → %d" % (b, o), lambda b, o: "%d̶ %d" % (b, o),
    lambda b, o: " ".join("[%d]" % k if k == o else str(k) for k in range(1, 6)),
    lambda b, o: " ".join("(%d)" % k if k == o else str(k) for k in range(1, 6)),
    lambda b, o: " ".join("**%d**" % k if k == o else str(k) for k in range(1, 6)),
    lambda b, o: "  ".join(("%d ☑" if k == o else "%d ☐") % k for k in range(1, 6)),
    lambda b, o: "%d %s" % (b, "★" * o + "☆" * (5 - o)), lambda b, o: "★" * o + "☆" * (5 - o),
    lambda b, o: "%d (circled %d)" % (b, o), lambda b, o: "%d ✗ %d ✓" % (b, o), lambda b, o: "[ ] %d [x] %d" % (b, o),
    lambda b, o: "<s>%d</s> %d" % (b, o), lambda b, o: "%d|%d" % (b, o) if False else "%d / **%d**" % (b, o),
    lambda b, o: "%s" % ("|" * o), lambda b, o: "%d ●" % o if False else "%d" % o,
]
R263_RATE_SAFE = [lambda b: "%d" % b, lambda b: "%d ★" % b, lambda b: " ".join("[%d]" % k if k == b else str(k) for k in range(1, 6)),
                  lambda b: "**%d**" % b, lambda b: "%d ✓" % b, lambda b: "%d %s" % (b, "★" * b + "☆" * (5 - b))]


def r263_part_m(count):
    for i in range(count):
        key, lab = R263_RATE[i % len(R263_RATE)]
        instr = R263_EINSTR[(i // len(R263_RATE)) % len(R263_EINSTR)].format(k=key)
        name = r263_name()
        schema = S({"name": "string", key: "integer"})
        b = r263_rng.randint(1, 5)

        def text(v):
            return "%sName: %s\n%s: %s\n" % (instr, name, lab, v)
        variants = []
        for f in r263_rng.sample(R263_RATE_MARKS, 10):
            o = r263_rng.choice([x for x in range(1, 6) if x != b])
            variants.append((text(f(b, o)), {"name": name, key: o}, False))
        for f in r263_rng.sample(R263_RATE_SAFE[1:], 3):
            variants.append((text(f(b)), {"name": name, key: b}, True))
        r263_pair("r263_stored_rating", text("%d" % b), schema, {"name": name, key: b}, variants)


R263_PAIRF = [(("vegetarian", "Vegetarian"), ("vegan", "Vegan")), (("newsletter", "Newsletter"), ("sms", "SMS")),
              (("parking", "Parking"), ("breakfast", "Breakfast")), (("insured", "Insured"), ("fragile", "Fragile")),
              (("smoker", "Smoker"), ("diabetic", "Diabetic"))]


def r263_part_n(count):
    """Two stored booleans; the variant moves a mark between the lines, or adds a checklist of the same options."""
    for i in range(count):
        (k1, l1), (k2, l2) = R263_PAIRF[i % len(R263_PAIRF)]
        instr = "Return name, %s and %s as JSON.\n%s" % (k1, k2, ["Text:\n", "\nText:\n", "Record:\n"][(i // 5) % 3])
        name = r263_name()
        schema = S({"name": "string", k1: "boolean", k2: "boolean"})
        v1 = r263_rng.random() < 0.5
        v2 = not v1 if r263_rng.random() < 0.7 else v1
        yn = lambda v: "yes" if v else "no"

        def text(a, b, tail=""):
            return "%sName: %s\n%s: %s\n%s: %s\n%s" % (instr, name, l1, a, l2, b, tail)

        def ex(a, b):
            return {"name": name, k1: a, k2: b}
        base = text(yn(v1), yn(v2))
        variants = [(text(yn(not v1), yn(v2)), ex(not v1, v2), False), (text(yn(v1), yn(not v2)), ex(v1, not v2), False),
                    (text(yn(v2), yn(v1)), ex(v2, v1), v1 == v2)]
        mk = lambda v: r263_rng.choice(["[x]", "☑", "✓"]) if v else r263_rng.choice(["[ ]", "☐", "✗"])
        # the marks set against the words
        variants.append((text("%s %s" % (yn(v1), mk(not v1)), yn(v2)), ex(not v1, v2), False))
        variants.append((text(yn(v1), "%s %s" % (mk(not v2), yn(v2))), ex(v1, not v2), False))
        variants.append((text(mk(not v1), mk(not v2)), ex(not v1, not v2), False))
        variants.append((text(mk(v1), mk(v2)), ex(v1, v2), True))
        # a checklist under the record that ticks otherwise
        cl = "Tick what applies:\n%s %s\n%s %s\n" % (mk(not v1), l1, mk(not v2), l2)
        variants.append((text(yn(v1), yn(v2), cl), ex(not v1, not v2), False))
        variants.append(("%sName: %s\n%s %s\n%s %s\n" % (instr, name, mk(not v1), l1, mk(v2), l2), ex(not v1, v2), False))
        r263_pair("r263_stored_two_bools", base, schema, ex(v1, v2), variants)


R263_TBLMARK = {True: ["yes", "x", "X", "✓", "☑", "[x]", "●", "Y"], False: ["no", "", "-", "✗", "☐", "[ ]", "○", "N"]}


def r263_part_o(count):
    """A one-row table with yes/no cells; the variant changes the cell's mark."""
    for i in range(count):
        (k1, l1), (k2, l2) = R263_PAIRF[i % len(R263_PAIRF)]
        instr = "Return name, %s and %s as JSON.\nText:\n" % (k1, k2)
        name = r263_name()
        schema = S({"name": "string", k1: "boolean", k2: "boolean"})
        v1 = r263_rng.random() < 0.5
        v2 = not v1

        def text(a, b):
            return "%s| Name | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n" % (instr, l1, l2, name, a, b)
        base = text("yes" if v1 else "no", "yes" if v2 else "no")
        variants = []
        for _ in range(5):
            a = r263_rng.random() < 0.5
            b = r263_rng.random() < 0.5
            variants.append((text(r263_rng.choice(R263_TBLMARK[a]), r263_rng.choice(R263_TBLMARK[b])),
                             {"name": name, k1: a, k2: b}, a == v1 and b == v2))
        r263_pair("r263_stored_table", base, schema, {"name": name, k1: v1, k2: v2}, variants)



def r263_part_p(count):
    """Fresh singles over every form: the model's first answer takes the first option, every option, the unmarked one,
    the struck one, or the far end of a scale; sticky (only that answer) for every third."""
    for i in range(count):
        kind = i % 6
        sticky = (i // 6) % 3 == 0
        name = r263_name()
        if kind == 0:  # yes/no choice on one line
            instr, key, lab = R263_YN_FIELDS[i % len(R263_YN_FIELDS)]
            yes_form, no_form = R263_YN_FORMS[r263_rng.randrange(len(R263_YN_FORMS))]
            tick, untick = r263_rng.choice(R263_PAIRS[:10])
            val = r263_rng.random() < 0.5
            f = yes_form if val else no_form
            room = r263_rng.randint(101, 499)
            prompt = "%s\n\nForm:\nGuest: %s\nRoom: %d\n%s: %s\n" % (instr, name, room, lab, f.format(t=tick, u=untick))
            schema = S({"guest": "string", "room": "integer", key: "boolean"})
            right = {"guest": name, "room": room, key: val}
            wrong = dict(right, **{key: not val})
        elif kind == 1:  # radio list: the first option
            instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
            code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
            tick, untick = r263_rng.choice(R263_PAIRS)
            form = r263_rng.choice(R263_RADIO_FORMS)
            sel = r263_rng.randrange(1, 3)
            lines = ["%s: %s" % (codelab, code), "%s:" % lab] + [form.format(m=tick if k == sel else untick, o=o)
                                                                 for k, o in enumerate(options)]
            prompt = "%s\n\nForm:\n%s\n" % (instr, "\n".join(lines))
            schema = S({"ref": "string", key: {"type": "string", "enum": options}})
            right = {"ref": code, key: options[sel]}
            wrong = {"ref": code, key: options[0]}
        elif kind == 2:  # multi-select: every listed option
            instr, who, key, lab, options = R263_MULTI[i % len(R263_MULTI)]
            tick, untick = r263_rng.choice(R263_PAIRS)
            pat = [r263_rng.random() < 0.5 for _ in options]
            pat[1] = True
            pat[3] = False
            lines = ["%s: %s" % (who, name), "%s:" % lab] + ["%s %s" % (tick if on else untick, o) for o, on in zip(options, pat)]
            prompt = "%s\n\nForm:\n%s\n" % (instr, "\n".join(lines))
            schema = S({"name": "string", key: {"type": "array", "items": {"type": "string", "enum": options}},
                        "count": "integer"}, {"count": "number of options ticked"})
            sel = [o for o, on in zip(options, pat) if on]
            right = {"name": name, key: sel, "count": len(sel)}
            wrong = {"name": name, key: list(options), "count": len(options)}
        elif kind == 3:  # scale / stars: the far end or the count of all marks
            instr, key, lab = R263_SCALES[i % len(R263_SCALES)]
            form = R263_SCALE_FORMS[r263_rng.randrange(7)]
            v = r263_rng.randint(2, 4)
            prompt = "%s\n\nForm:\nName: %s\n%s: %s\n" % (instr, name, lab, form(v))
            schema = S({"name": "string", key: "integer"})
            right = {"name": name, key: v}
            wrong = {"name": name, key: 5}
        elif kind == 4:  # table with a selected column: the first row
            instr, codelab, key, lab, options = R263_ENUMS[i % len(R263_ENUMS)]
            code = "%s-%d" % (codelab[:2].upper(), r263_rng.randint(1000, 9999))
            mark = r263_rng.choice(R263_TABLE_MARKS)
            sel = r263_rng.randrange(1, 3)
            rows = ["| %s | Selected |" % lab, "|---|---|"] + ["| %s | %s |" % (o, mark if k == sel else "")
                                                             for k, o in enumerate(options)]
            prompt = "%s\n\nForm:\n%s: %s\n%s\n" % (instr, codelab, code, "\n".join(rows))
            schema = S({"ref": "string", key: {"type": "string", "enum": options}})
            right = {"ref": code, key: options[sel]}
            wrong = {"ref": code, key: options[0]}
        else:  # one box beside a label: the opposite
            instr, key, lab = R263_SINGLE_BOOL[i % len(R263_SINGLE_BOOL)]
            room = r263_rng.randint(101, 499)
            val = r263_rng.random() < 0.5
            m = r263_rng.choice(R263_TICK if val else R263_UNTICK)
            form = r263_rng.choice(["{m} {L}", "{L}: {m}", "{L} {m}", "- {m} {L}"])
            prompt = "%s\n\nForm:\nGuest: %s\nRoom: %d\n%s\n" % (instr, name, room, form.format(m=m, L=lab))
            schema = S({"guest": "string", "room": "integer", key: "boolean"})
            right = {"guest": name, "room": room, key: val}
            wrong = dict(right, **{key: not val})
        r263_single("r263_fresh_%d" % kind, prompt, schema, right, [wrong] if sticky else [wrong, right])



R263_STR_FORMS = [lambda a, b: "[ ] %s [x] %s" % (a, b), lambda a, b: "( ) %s (•) %s" % (a, b),
                  lambda a, b: "%s ☐ %s ☑" % (a, b), lambda a, b: "~~%s~~ %s" % (a, b),
                  lambda a, b: "%s ✗ / %s ✓" % (a, b), lambda a, b: "%s / **%s**" % (a, b),
                  lambda a, b: "%s̶ %s" % ("̶".join(a), b), lambda a, b: "%s, %s (circled)" % (a, b),
                  lambda a, b: "%s → %s" % (a, b), lambda a, b: "%s | %s ←" % (a, b)]
R263_CITIES = ["Oslo", "Bergen", "Porto", "Faro", "Graz", "Linz", "Ghent", "Bruges", "Split", "Cadiz", "Turku", "Aarhus"]


def r263_part_q(count):
    """String members (city, driver) stored plain; the variant marks another name or city on the same line."""
    for i in range(count):
        nm, d, d2 = r263_name(), r263_name(), r263_name()
        c, c2 = r263_rng.sample(R263_CITIES, 2)
        schema = S({"name": "string", "city": "string", "driver": "string"})
        instr = "Return name, city and driver as JSON.\n%s" % ["Text:\n", "\nText:\n", "Record:\n"][i % 3]

        def text(cv, dv, nl="Name", cl="City", dl="Driver"):
            return "%s%s: %s\n%s: %s\n%s: %s\n" % (instr, nl, nm, cl, cv, dl, dv)
        variants = []
        for f in R263_STR_FORMS:
            variants.append((text(c, f(d, d2)), {"name": nm, "city": c, "driver": d2}, False))
            variants.append((text(f(c, c2), d), {"name": nm, "city": c2, "driver": d}, False))
        for labs in [("[x] Name", "City", "Driver"), ("Name", "City", "✓ Driver")]:
            variants.append((text(c, d, *labs), {"name": nm, "city": c, "driver": d}, True))
        r263_pair("r263_stored_string_marked", text(c, d), schema, {"name": nm, "city": c, "driver": d}, variants)



R263_OVERLAYS = ["\u0336", "\u0335", "\u0337", "\u0338", "\u20d2", "\u0334", "\u20e5", "\u0332", "\u20e0", "\u0333"]


def r263_struck_forms(v):
    out = ["".join(ch + c for ch in v) for c in R263_OVERLAYS]
    out += [v + "\u0336", "\u001b[9m%s\u001b[29m" % v, "\u001b[9m%s\u001b[0m" % v, "\u001b[2m%s\u001b[0m" % v,
            "[s]%s[/s]" % v, "<span style=\"text-decoration: line-through\">%s</span>" % v, "~%s~" % v,
            "~~ %s ~~" % v, "\\sout{%s}" % v, "<strike>%s</strike>" % v, "~\u200b~%s~\u200b~" % v, "～～%s～～" % v]
    return out


def r263_part_r():
    """A nullable member stored plain; the variant's only value is struck out (overlays, ANSI, BBCode, CSS, LaTeX)."""
    cases = [
        ("Return name, room and parking as JSON.\nText:\nName: %s\nRoom: 214\nParking: %%s\n" % r263_name(),
         {"name": "string", "room": "integer", "parking": {"type": ["boolean", "null"]}}, "parking", "yes", True),
        ("Return guest and shipping as JSON.\nText:\nGuest: %s\nShipping: %%s\n" % r263_name(),
         {"guest": "string", "shipping": {"type": ["string", "null"], "enum": ["Standard", "Express", "Overnight", None]}},
         "shipping", "Express", "Express"),
        ("Give the patient and score as JSON.\nText:\nPatient: %s\nScore: %%s\n" % r263_name(),
         {"patient": "string", "score": {"type": ["integer", "null"]}}, "score", "4", 4),
        ("Return client and plan as JSON.\nText:\nClient: %s\nPlan: %%s\n" % r263_name(),
         {"client": "string", "plan": {"type": ["string", "null"]}}, "plan", "Team", "Team"),
    ]
    for tmpl, props, key, word, val in cases:
        schema = S(props)
        rest_line = tmpl.split("\n")[2]
        who_key = list(props)[0]
        who = rest_line.split(": ", 1)[1]
        base_e = {who_key: who, key: val}
        if "room" in props:
            base_e["room"] = 214
        variants = []
        for f in r263_struck_forms(word):
            e = dict(base_e)
            e[key] = None
            variants.append((tmpl % f, e, False))
        r263_pair("r263_struck_alone", tmpl % word, schema, base_e, variants)


r263_part_k(19)
r263_part_l(30)
r263_part_m(24)
r263_part_n(30)
r263_part_o(12)
r263_part_a(16)
r263_part_b(30)
r263_part_c(16)
r263_part_d(16)
r263_part_e(8)
r263_part_f(8)
r263_part_g(15)
r263_part_h(8)
r263_part_i(12)
r263_part_j(36)
r263_part_p(144)
r263_part_q(6)
r263_part_r()

# Confirmed alone from the cache: none (0 wrong answers from the cache in either run of the whole round).
r263_found_alone = set()
r263_arguable = set()
# each variant's base (an empty dict for a base or a single request), as built above
r263_meta = {k: r263_meta[k] for k in sorted(r263_meta)}

# ctest keeps every 10th safe variant and every 30th of the rest, and the bases they need.
from probe_kit import trim_round as r263_trim_round  # noqa: E402

r263_trim_round("d263-", r263_found_alone, r263_arguable,
                lambda i: [r263_meta[i]["base"]] if r263_meta.get(i, {}).get("base") else [])
