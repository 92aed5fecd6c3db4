r"""Red-team round 267 (black box): BOOLEANS ANSWERED AFTER THEIR KEY, AND REMARKS THAT SAY VALUES ARE SWAPPED.
Focus: json_extract records of a context member, a number and two booleans (booking: breakfast/parking, account:
  overdraft/paperless, lab sheet: fasting/haemolysed, rental: insurance/gps, order: gift_wrap/express, tax return:
  reduction/refund, membership: newsletter/auto_renew, passenger: checked_bag/window), the instruction naming every
  key. All seeded random.Random(267). Bases as "Label: yes/no" lines, key=value lines or two fields on one line.
  Parts: (1) 168 bases x 3 variants whose boolean is said after its key in words the rules may not read ("n",
      "nope", "✗", "[ ]", "0", "off", "none", "declined", "no longer", "nein", "included? no", ...), other separators
      (" - ", " — ", " => ", "? ", tab, " :: ", " / "), copulas in other tenses ("will not be", "isn't", "has been
      cancelled", "remains", "becomes", "stays", "is no longer"), a correction line after the record ("P.S. scrap
      the breakfast."), a verdict label naming the member ("Declined: Breakfast"), a struck-out value ("~~yes~~
      no", "yes → no", "no (was yes)"), a synonym key ("Morning meal: no"), other languages ("Frühstück: nein"),
      double negations ("not excluded"), a remark that the two answers are swapped or that every yes/no is
      inverted, in {..}, <..>, a "*" / "†" footnote, "NB:", "P.S.", a line before the pair, "//", "#", "<!-- -->",
      "(..)" on a line of its own, and safe ones (same value, other wording, order, a neutral line); 61 chains
      (the context renamed, then 4 flips built on it); (2) 12 bases x 11 traps: a word the reuse path reads with a
      qualifier that turns it ("yes, cancelled", "on hold", "Y (now N)", "no charge", "off-site", "not off");
      (3) 80 bases x 10: a remark riding on a line the cache must re-read anyway (a boolean now written as a box
      "[x]" / "( )" / "✓" / "☐", the context value renamed, the number changed) that changes ANOTHER member (the
      other boolean by name or as "the next answer" / "the other one", the number), in 18 kinds of brackets and
      marks; (4) 71 bases x 10: the same widened (30 long and 20 short wordings, six languages, word carriers
      "yes.", "N", "OFF", "Enabled", "no longer"; one remark in ten says the other is right); (5) 18 bases x 10:
      the box line of a third member carries a remark that the PAIR above it is swapped (billing/shipping city,
      height/width, opening/closing balance); 40 single requests whose model flips the boolean, sticky or not.
      Variants' model answers: right first in 60-75%, else the base's stale answer once, twice, or sticky.
  2,997 probes: 349 bases, 2,507 variants, 101 safe, 40 singles. Fresh SQLite store, two passes. Paths: run 1 skip
  2,776 / patch 154 / reuse 67, run 2 skip 2,638 / patch 144 / reuse 215; safe on reuse 13/101 and 14/101. Errors
  2,010 / 2,004 (right answer rejected 1,963 / 1,957: most remark and unread-word variants end in an error).
HELD: nothing wrong came from the reuse path (run 2: 25 variants and safe ones reused besides bases and chains, all
  right when read: "Breakfast: on", "Paperless: N", "Haemolysed: on", "GPS: Y" re-read and rewritten by value). A
  boolean said after its key in words the reuse path does not read (every word, separator, copula, late
  correction, verdict label, struck-out value, synonym key, other language, double negation and trap of parts 1-2)
  was never kept from the cache: the changed line failed the member, mostly every member. Remarks that the two
  answers are swapped or inverted, on the context line in any bracket or as a footnote, "NB:", "P.S." or a line
  of its own, were never served from the cache (0 of 118). A remark riding on a renamed context value or a changed
  number, and any remark on a word carrier ("yes.", "N", "OFF", "Enabled", "no longer"), was refused. Remarks on a
  box line about the NUMBER member ("(room is really 719)", "new room: 712") were refused. The 40 singles: 0 wrong.
WHAT GOT THROUGH: from the cache, 104 ids over the two runs (92 in run 1, 102 in run 2), all on the patch path
  (KEPT-FROM-CACHE), none on the reuse path; 98 confirmed alone (the 104 ids with their 48 bases, fresh store,
  --runs 2: 85 in run 1, 96 in run 2); 4 more reproduce only with their base and the earlier siblings they build
  on (d267-v-1183, -1623, -1625, -1626), 2 did not reproduce (d267-v-1779, -2109). Of the 98: 72 clear, 26
  arguable. One shape: a boolean's line changes to a box ("[x]", "( )", "✓", "☐", "☑", "✔"), so the patch path
  fails and regenerates that member alone ("1 of 4 steps failed (/overdraft: the box beside its label in the text is
  ticked; reuse: its field "overdraft" now reads "(x) the two above are in each other's place": not a value of the
  same shape)"), and a remark after the box on the same line says another member's value is the other way; the
  members the remark speaks of are kept from the cached answer:
 (A) the other boolean, by pronoun or by name (33 + 13 ids, 13 arguable): "Overdraft: (x) – the next answer is
     reversed\nPaperless: yes" -> paperless true (right: false); "Fasting: [x] (the following answer should be read
     backwards)\nHaemolysed: yes" -> haemolysed true (round brackets too); "Breakfast: ( ) «the other one is
     inverted»\nParking: no" -> parking false; "Insurance: ✔ — below reversed\nGPS: yes" -> gps true; also "Fasting:
     ( ) {haemolysed answered backwards}", "fasting: read the other way", "next: opposite", "other negated", "die
     andere Antwort ist umgekehrt", "la otra respuesta está invertida", "l'autre réponse est inversée".
 (B) a pair above the box line (52 ids, 13 arguable): "Billing city: Aarhus\nShipping city: Bergen\nGift wrap: ☑
     «the pair above is back to front»" -> billing Aarhus, shipping Bergen (right: Bergen, Aarhus); "Opening balance:
     3810.67\nClosing balance: 2291.77\nOverdraft: (x) the two above are in each other's place" -> 3810.67, 2291.77;
     "Height: 212\nWidth: 138\nFramed: ☑ (figures transposed)" -> height 212 (round brackets too); "Gift wrap: ☑
     «de to over er byttet om»", "cities transposed", "the two balances above are swapped".
  Brackets and marks among the 98: " – " 14, " # " 12, " :: " 12, [..] 12, {..} 12, «..» 11, " — " 10, a bare space
  8, (..) 5, " -- " 2. Arguable (26): "and the opposite for the other one" (8),
  "upside down" (9), "the previous two answers are inverted" for a pair of cities or balances (8), "the other one is
  swapped" for a single yes/no (1).
 Served fresh (the model's first, stale answer accepted by the fresh checks, though its next answer was right): 174
  ids over the two runs (166 / 161): (F1) the same remarks, fresh: 109 ("Gift wrap: [x] {express: the opposite}",
  "Overdraft: ( ) - next negated", "Framed: ☑ «the two lines above should be read the other way»" -> the written
  values); (F2) copulas: 22 ("Gift wrap is no longer unrequested." -> false, "Reduction remains unused." -> true,
  "Checked bag has been cancelled." -> true, "Overdraft stays disabled." -> true); (F3) separators: 10 ("Auto renew —
  no" -> true, "GPS\tno" -> true); (F4) words after "=" or ":" and verdict labels: 20 ("parking=0", "insurance=nah",
  "overdraft=declined", "paperless=not active", "overdraft=not enabled", "auto_renew=no -> yes", "Cancelled:
  Haemolysed", "Selected: Gift wrap" -> the other value; arguable: "refund=no fee", "refund=no problem"); (F5) a
  remark that the answers are swapped or negated on the context line: 13 ("guest=Ines Rossi (the yes/no column is
  flipped)", "Member: Zofia Costa (die beiden Antworten sind vertauscht)", "patient=Karl Costa †" with "† the
  answers below are negated.").

FIXED (stop 57): a field's value that holds a remark on other values keeps every member from being plain, so the
patch path keeps none of them: words after a box ("[x]", "( )", "☐", "☑" ...), a word of change ("reversed",
"transposed", "backwards", "mirrored", "back to front", "the other way", "in each other's place", six languages) in
three words or more, a word for other values ("the next answer", "the pair above", a plural) with a copula, or a
member's word ("{breakfast cancelled}", "# reduction is now a no"). A remark that names other values ("the pair
above is back to front") also refuses, fresh, the values read from other fields.
"""
from probe_kit import J, E, S, P  # noqa: F401
import random

r267_rng = random.Random(267)
r267_meta = {}
r267_n = {"b": 0, "v": 0, "s": 0, "f": 0}
r267_kind = {}  # id -> variant kind (for the tester's tallies)

R267_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Priya", "Oskar", "Lena", "Pavel", "Sofia", "Emil", "Ines", "Karl",
              "Nora", "Rafael", "Hana", "Ivo", "Elin", "Marek", "Yara", "Lukas", "Dana", "Timo", "Zofia", "Ruben"]
R267_LAST = ["Ruiz", "Berg", "Holt", "Ek", "Nair", "Lind", "Novak", "Fischer", "Holm", "Kovac", "Diaz", "Weber",
             "Sato", "Moreau", "Costa", "Dahl", "Vidal", "Brandt", "Okafor", "Lund", "Varga", "Rossi", "Aalto", "Kim"]


def r267_id(kind):
    r267_n[kind] += 1
    return "d267-%s-%04d" % (kind, r267_n[kind])


def r267_name():
    return r267_rng.choice(R267_FIRST) + " " + r267_rng.choice(R267_LAST)


# A domain: the prompt, a context member (string), a number member, two boolean members. For each boolean:
# key, label, a synonym label, the participle a copula sentence uses, its opposite, and a negated antonym.
R267_DOMAINS = [
    dict(tag="hotel", prompt="the booking", ctxk="guest", ctxL="Guest", numk="room", numL="Room", num=(100, 899),
         bools=[("breakfast", "Breakfast", "Morning meal", "included", "excluded", "not excluded"),
                ("parking", "Parking", "Car space", "reserved", "unavailable", "not unavailable")]),
    dict(tag="bank", prompt="the account form", ctxk="account_holder", ctxL="Account holder", numk="branch",
         numL="Branch", num=(100, 999),
         bools=[("overdraft", "Overdraft", "Credit line", "enabled", "disabled", "not disabled"),
                ("paperless", "Paperless", "E-statements", "active", "inactive", "not inactive")]),
    dict(tag="lab", prompt="the lab sample sheet", ctxk="patient", ctxL="Patient", numk="sample", numL="Sample",
         num=(10000, 99999),
         bools=[("fasting", "Fasting", "Fasted", "confirmed", "unconfirmed", "not unconfirmed"),
                ("haemolysed", "Haemolysed", "Hemolysis", "present", "absent", "not absent")]),
    dict(tag="rental", prompt="the rental agreement", ctxk="driver", ctxL="Driver", numk="days", numL="Days",
         num=(1, 28),
         bools=[("insurance", "Insurance", "Cover", "included", "excluded", "not excluded"),
                ("gps", "GPS", "Sat nav", "included", "excluded", "not excluded")]),
    dict(tag="order", prompt="the order", ctxk="customer", ctxL="Customer", numk="quantity", numL="Quantity",
         num=(1, 60),
         bools=[("gift_wrap", "Gift wrap", "Gift packaging", "requested", "unrequested", "not unrequested"),
                ("express", "Express", "Priority shipping", "selected", "deselected", "not deselected")]),
    dict(tag="tax", prompt="the tax return", ctxk="taxpayer", ctxL="Taxpayer", numk="office", numL="Office",
         num=(1000, 9999),
         bools=[("reduction", "Reduction", "Rebate", "used", "unused", "not unused"),
                ("refund", "Refund", "Repayment", "due", "not due", "not undue")]),
    dict(tag="member", prompt="the membership card", ctxk="member", ctxL="Member", numk="member_no",
         numL="Member no", num=(10000, 99999),
         bools=[("newsletter", "Newsletter", "Mailing list", "subscribed", "unsubscribed", "not unsubscribed"),
                ("auto_renew", "Auto renew", "Automatic renewal", "on", "off", "not off")]),
    dict(tag="flight", prompt="the passenger record", ctxk="passenger", ctxL="Passenger", numk="seat_row",
         numL="Seat row", num=(1, 40),
         bools=[("checked_bag", "Checked bag", "Hold luggage", "included", "excluded", "not excluded"),
                ("window", "Window", "Window seat", "assigned", "unassigned", "not unassigned")]),
]

# value words after the key that mean no / yes but that are not "no"/"yes"/"true"/"false"
R267_NO_WORDS = ["n", "N", "nope", "nah", "✗", "✘", "❌", "[ ]", "☐", "0", "off", "none", "not applicable",
                 "declined", "no longer", "cancelled", "removed", "not included", "without", "negative",
                 "not wanted", "no thanks", "opted out", "unticked", "nein", "nei", "non", "nee", "nie", "não",
                 "ikke", "nej", "-", "—", "included? no", "NO!", "no.", "No (cancelled)", "nil", "never",
                 "×", "[-]", "( )", "absent", "F", "disabled", "n/a"]
R267_YES_WORDS = ["y", "Y", "yep", "yeah", "✓", "✔", "✅", "[x]", "☑", "1", "on", "included", "added",
                  "requested", "booked", "ja", "oui", "sí", "tak", "sim", "kyllä", "evet", "affirmative",
                  "of course", "please", "wanted", "opted in", "ticked", "+", "T", "enabled", "YES!", "yes.",
                  "Yes (added)", "[X]", "(x)", "aye", "sure", "present", "definitely", "included? yes"]

# separators between key and answer that are not ":" or "="
R267_SEPS = [" - ", " — ", " => ", " -> ", "? ", " ... ", " ", " | ", "\t", " :: ", " ~ ", ": included? ",
             " → ", " >> ", " / "]

# copula sentences: {L} label, {p} participle (yes), {q} opposite
R267_COP_NO = ["{L} will not be {p}.", "{L} isn't {p}.", "{L} has been cancelled.", "{L} remains {q}.",
               "{L} becomes {q}.", "{L} stays {q}.", "{L} won't be needed.", "{L} is no longer {p}.",
               "{L} was dropped.", "{L} has been removed.", "{L} hasn't been {p}.", "{L} wasn't {p}.",
               "{L} is to be {q}.", "{L} got {q}.", "{L} will be {q}.", "{L} shall not be {p}.",
               "{L} is not {p} any more.", "{L}: the answer is no.", "{L} is a no.", "{L} - that's a no."]
R267_COP_YES = ["{L} will be {p}.", "{L} has been added.", "{L} remains {p}.", "{L} becomes {p}.",
                "{L} stays {p}.", "{L} is now {p}.", "{L} has been {p}.", "{L} got {p}.", "{L} shall be {p}.",
                "{L} was {p} after all.", "{L} is definitely {p}.", "{L}: the answer is yes.", "{L} is a yes.",
                "{L} - that's a yes.", "{L} isn't {q}.", "{L} will not be {q}.", "{L} is no longer {q}."]

# later correction lines that flip a boolean ({l} label in lower case)
R267_LATE_NO = ["P.S. scrap the {l}.", "Update: {l} cancelled by phone.", "Later the same day: no {l} after all.",
                "Addendum - the {l} was withdrawn.", "Edit: drop the {l}.", "Amended: {l} not wanted.",
                "Note added 14:02 - {l} removed.", "NB: forget the {l}."]
R267_LATE_YES = ["P.S. add the {l} after all.", "Update: {l} added by phone.", "Later the same day: {l} wanted after all.",
                 "Addendum - {l} requested.", "Edit: include the {l}.", "Amended: {l} wanted.",
                 "Note added 14:02 - {l} added.", "NB: the {l} is on."]

# a field whose label is the verdict and whose value names the member
R267_INV_NO = ["Declined: {L}", "Not wanted: {L}", "Cancelled: {L}", "Removed: {L}", "Excluded: {L}",
               "Opted out of: {L}", "Without: {L}", "Not included: {L}"]
R267_INV_YES = ["Added: {L}", "Wanted: {L}", "Requested: {L}", "Included: {L}", "Opted in to: {L}", "With: {L}",
                "Selected: {L}", "Extras: {L}"]

# a value struck out and replaced on its line
R267_STRIKE = ["~~{o}~~ {n}", "<s>{o}</s> {n}", "{o} → {n}", "{o} -> {n}", "{n} (was {o})", "{o}, now {n}",
               "{o} (changed to {n})", "{o}/{n} - {n} confirmed", "{n}, not {o}", "{o} ✗ {n}"]

# other languages' labels with no / yes
R267_LANG = [("Frühstück", "nein", "ja"), ("Frokost", "nei", "ja"), ("Petit-déjeuner", "non", "oui"),
             ("Desayuno", "no", "sí"), ("Colazione", "no", "sì"), ("Śniadanie", "nie", "tak"),
             ("Ontbijt", "nee", "ja"), ("Café da manhã", "não", "sim")]

# remarks that say the two boolean answers (or the yes/no answers) are swapped / inverted
R267_SWAP_REMARKS = ["these two are the wrong way round", "the two answers below are swapped",
                     "they're reversed", "both below are in each other's place", "the last two lines are transposed",
                     "read them the other way round", "the ticks below are on the wrong lines",
                     "yes and no swapped between the two lines below", "the pair underneath is back to front",
                     "these were entered under the wrong labels", "de to svarene er byttet om",
                     "die beiden Antworten sind vertauscht"]
R267_INVERT_REMARKS = ["all yes/no answers below are inverted", "every yes below means no and every no means yes",
                       "the form's tick boxes were read backwards", "the answers below are negated",
                       "read each yes as no and each no as yes", "the yes/no column is flipped"]


def r267_place(remark, how):
    """How a remark is attached: returns (suffix for the context value, line before the pair, line at the end)."""
    if how == "curly":
        return (" {%s}" % remark, None, None)
    if how == "angle":
        return (" <%s>" % remark, None, None)
    if how == "star":
        return ("*", None, "* " + remark[0].upper() + remark[1:] + ".")
    if how == "nb":
        return ("", None, "NB: " + remark + ".")
    if how == "before":
        return ("", remark[0].upper() + remark[1:] + ":", None)
    if how == "slash":
        return ("  // " + remark, None, None)
    if how == "hash":
        return ("  # " + remark, None, None)
    if how == "html":
        return (" <!-- %s -->" % remark, None, None)
    if how == "dashline":
        return ("", "-- %s --" % remark, None)
    if how == "round_line":
        return ("", "(%s)" % remark, None)
    if how == "round":
        return (" (%s)" % remark, None, None)
    if how == "ps":
        return ("", None, "P.S. " + remark + ".")
    if how == "dagger":
        return (" †", None, "† " + remark + ".")
    raise ValueError(how)


R267_PLACES = ["curly", "angle", "star", "nb", "before", "slash", "hash", "html", "dashline", "round_line",
               "round", "ps", "dagger"]


def r267_yn(b):
    return "yes" if b else "no"


def r267_instr(d):
    ks = [d["ctxk"], d["numk"], d["bools"][0][0], d["bools"][1][0]]
    form = r267_rng.choice(["Return %s as JSON.\n\n", "Extract %s as JSON.\n\n", "Give %s in JSON.\n\n"])
    return form % (", ".join(ks[:-1]) + " and " + ks[-1])


def r267_schema(d):
    return S({d["ctxk"]: "string", d["numk"]: "integer", d["bools"][0][0]: "boolean", d["bools"][1][0]: "boolean"})


class R267Rec:
    """A record: ctx, num, two truth values, layout, optional date line, and how each boolean line is written."""

    def __init__(self, d, layout):
        self.d = d
        self.layout = layout
        self.ctx = r267_name()
        self.num = r267_rng.randint(*d["num"])
        self.b = [r267_rng.random() < 0.5, None]
        self.b[1] = not self.b[0] if r267_rng.random() < 0.7 else r267_rng.random() < 0.5
        self.date = "2026-%02d-%02d" % (r267_rng.randint(1, 12), r267_rng.randint(1, 28)) if r267_rng.random() < 0.5 else None
        self.blines = [None, None]  # override of a boolean's line (whole line text)
        self.ctx_suffix = ""
        self.before_pair = None
        self.extra_end = []
        self.instr = r267_instr(d)

    def copy(self):
        r = R267Rec.__new__(R267Rec)
        r.__dict__.update(self.__dict__)
        r.b = list(self.b)
        r.blines = list(self.blines)
        r.extra_end = list(self.extra_end)
        return r

    def bline(self, i):
        if self.blines[i] is not None:
            return self.blines[i]
        key, L = self.d["bools"][i][0], self.d["bools"][i][1]
        v = r267_yn(self.b[i])
        if self.layout == "kv":
            return "%s=%s" % (key, v)
        return "%s: %s" % (L, v)

    def text(self):
        d = self.d
        if self.layout == "kv":
            head = ["%s=%s%s" % (d["ctxk"], self.ctx, self.ctx_suffix),
                    "%s=%d" % (d["numk"], getattr(self, "num_text", None) or self.num)]
        else:
            head = ["%s: %s%s" % (d["ctxL"], self.ctx, self.ctx_suffix),
                    "%s: %d%s" % (d["numL"], getattr(self, "num_text", None) or self.num, getattr(self, "num_suffix", ""))]
        if self.date:
            head.append("Date: %s" % self.date)
        lines = list(head) + list(getattr(self, "extra_head", []))
        if self.before_pair:
            lines.append(self.before_pair)
        lines += [self.bline(0), self.bline(1)]
        lines += self.extra_end
        if self.layout == "pipe":
            return " | ".join(lines[:2]) + "\n" + "\n".join(lines[2:]) + "\n"
        return "\n".join(lines) + "\n"

    def prompt(self):
        return self.instr + self.text()

    def answer(self):
        d = self.d
        return {d["ctxk"]: self.ctx, d["numk"]: self.num, d["bools"][0][0]: self.b[0], d["bools"][1][0]: self.b[1]}


def r267_model(right, stale, p_right=0.6):
    """Scripted answers: mostly right first, sometimes the stale (base's) answer first, rarely sticky."""
    x = r267_rng.random()
    if stale is None or stale == right:
        return [right]
    if x < p_right:
        return [right]
    if x < p_right + 0.25:
        return [stale, right]
    if x < p_right + 0.35:
        return [stale, stale, right]
    return [stale, stale, stale, stale]


def r267_add(kind, rec, fam, answers, safe=False, base=None, vk=None):
    i = r267_id(kind)
    J(i, "r267_" + fam, rec.prompt(), r267_schema(rec.d), rec.answer(), answers, safe=safe)
    r267_meta[i] = {"base": base} if base else {}
    r267_kind[i] = vk or fam
    return i


def r267_flip(rec, i, line_fn):
    """A variant whose boolean i is flipped and written by line_fn(L, key, new_value)."""
    v = rec.copy()
    v.b[i] = not rec.b[i]
    L, key = rec.d["bools"][i][1], rec.d["bools"][i][0]
    v.blines[i] = line_fn(L, key, v.b[i])
    return v


def r267_variants(base_rec, bid, budget):
    """Variants of a stored base: flips in words the rules may not read, remarks, and safe ones."""
    d = base_rec.d
    out = []
    stale = base_rec.answer()
    kv = base_rec.layout == "kv"

    def sep_of():
        return "=" if kv else ": "

    def lab(i):
        return d["bools"][i][0] if kv else d["bools"][i][1]

    kinds = []
    for _ in range(budget):
        kinds.append(r267_rng.choice(["word", "word", "word", "sep", "sep", "cop", "cop", "late", "inv", "strike",
                                      "syn", "lang", "dneg", "patch_word", "patch_cop", "swap_rem", "swap_rem",
                                      "inv_rem", "safe", "safe"]))
    for k in kinds:
        i = r267_rng.randint(0, 1)
        key, L, syn, p, q, dn = d["bools"][i]
        labi = lab(i)
        if k in ("word", "patch_word"):
            vv = not base_rec.b[i]
            w = r267_rng.choice(R267_YES_WORDS if vv else R267_NO_WORDS)
            v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%s%s" % (labi, sep_of(), w))
            if k == "patch_word":
                v.ctx = r267_name()
                while v.ctx == base_rec.ctx:
                    v.ctx = r267_name()
            out.append((k + ":" + w, v, False))
        elif k == "sep":
            vv = not base_rec.b[i]
            s = r267_rng.choice(R267_SEPS)
            v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%s%s" % (labi, s, r267_yn(nv)))
            out.append(("sep:" + repr(s), v, False))
        elif k in ("cop", "patch_cop"):
            vv = not base_rec.b[i]
            t = r267_rng.choice(R267_COP_YES if vv else R267_COP_NO)
            v = r267_flip(base_rec, i, lambda L_, k_, nv: t.format(L=L, p=p, q=q))
            if k == "patch_cop":
                v.num = base_rec.num + r267_rng.randint(1, 9)
            out.append((k + ":" + t, v, False))
        elif k == "late":
            v = base_rec.copy()
            v.blines[i] = base_rec.bline(i)
            v.b[i] = not base_rec.b[i]
            t = r267_rng.choice(R267_LATE_YES if v.b[i] else R267_LATE_NO)
            v.extra_end = v.extra_end + [t.format(l=L.lower())]
            out.append(("late:" + t, v, False))
        elif k == "inv":
            vv = not base_rec.b[i]
            t = r267_rng.choice(R267_INV_YES if vv else R267_INV_NO)
            v = r267_flip(base_rec, i, lambda L_, k_, nv: t.format(L=L))
            out.append(("inv:" + t, v, False))
        elif k == "strike":
            vv = not base_rec.b[i]
            t = r267_rng.choice(R267_STRIKE)
            v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%s%s" % (labi, sep_of(), t.format(o=r267_yn(not nv), n=r267_yn(nv))))
            out.append(("strike:" + t, v, False))
        elif k == "syn":
            vv = not base_rec.b[i]
            v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s: %s" % (syn, r267_yn(nv)))
            out.append(("syn:" + syn, v, False))
        elif k == "lang":
            lg = r267_rng.choice(R267_LANG)
            vv = not base_rec.b[i]
            mode = r267_rng.random()
            if mode < 0.5:
                v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%s%s" % (labi, sep_of(), lg[2] if nv else lg[1]))
                out.append(("langval:" + lg[1], v, False))
            else:
                v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s (%s): %s" % (L, L.lower(), lg[2] if nv else lg[1]))
                out.append(("langval2:" + lg[1], v, False))
        elif k == "dneg":
            if base_rec.b[i]:
                # base yes -> "not un-" stays yes (safe) ; flip: "not not excluded"? use "not {p}" plain-ish
                v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%snot %s" % (labi, sep_of(), p))
                out.append(("neg:not " + p, v, False))
            else:
                v = r267_flip(base_rec, i, lambda L_, k_, nv: "%s%s%s" % (labi, sep_of(), dn))
                out.append(("dneg:" + dn, v, False))
        elif k == "swap_rem":
            if base_rec.b[0] == base_rec.b[1]:
                continue
            rem = r267_rng.choice(R267_SWAP_REMARKS)
            how = r267_rng.choice(R267_PLACES)
            v = base_rec.copy()
            v.blines = [base_rec.bline(0), base_rec.bline(1)]
            v.b = [base_rec.b[1], base_rec.b[0]]
            suf, bef, end = r267_place(rem, how)
            v.ctx_suffix, v.before_pair = suf, bef
            if end:
                v.extra_end = v.extra_end + [end]
            out.append(("swaprem:%s:%s" % (how, rem), v, False))
        elif k == "inv_rem":
            rem = r267_rng.choice(R267_INVERT_REMARKS)
            how = r267_rng.choice(R267_PLACES)
            v = base_rec.copy()
            v.blines = [base_rec.bline(0), base_rec.bline(1)]
            v.b = [not base_rec.b[0], not base_rec.b[1]]
            suf, bef, end = r267_place(rem, how)
            v.ctx_suffix, v.before_pair = suf, bef
            if end:
                v.extra_end = v.extra_end + [end]
            out.append(("invrem:%s:%s" % (how, rem), v, False))
        elif k == "safe":
            m = r267_rng.choice(["word", "cop", "sep", "neutral", "order", "kvform", "rem_ok", "case"])
            v = base_rec.copy()
            if m == "word":
                w = r267_rng.choice(R267_YES_WORDS if base_rec.b[i] else R267_NO_WORDS)
                v.blines[i] = "%s%s%s" % (labi, sep_of(), w)
            elif m == "cop":
                t = r267_rng.choice(R267_COP_YES if base_rec.b[i] else R267_COP_NO)
                v.blines[i] = t.format(L=L, p=p, q=q)
            elif m == "sep":
                v.blines[i] = "%s%s%s" % (labi, r267_rng.choice(R267_SEPS), r267_yn(base_rec.b[i]))
            elif m == "neutral":
                v.extra_end = v.extra_end + [r267_rng.choice(["Thank you.", "Printed 2026-06-01.", "Page 1 of 1",
                                                              "Ref: 99812", "-- end of form --"])]
            elif m == "order":
                v.blines = [v.bline(1), v.bline(0)]
            elif m == "kvform":
                v.blines[i] = "%s=%s" % (key, r267_yn(base_rec.b[i]))
            elif m == "rem_ok":
                suf, bef, end = r267_place(r267_rng.choice(["both answers below checked", "the two below are correct",
                                                            "values below confirmed by phone"]),
                                           r267_rng.choice(R267_PLACES))
                v.ctx_suffix, v.before_pair = suf, bef
                if end:
                    v.extra_end = v.extra_end + [end]
            elif m == "case":
                v.blines[i] = "%s%s%s" % (labi, sep_of(), r267_yn(base_rec.b[i]).upper())
            out.append(("safe:" + m, v, True))
    res = []
    for vk, v, safe in out:
        ans = [v.answer()] if safe else r267_model(v.answer(), stale)
        vid = r267_add("s" if safe else "v", v, "bool_key", ans, safe=safe, base=bid, vk=vk)
        res.append((vid, v))
    return res


def r267_build():
    layouts = ["lines"] * 6 + ["kv"] * 2 + ["pipe"] * 2
    bases = []
    for n in range(168):
        d = R267_DOMAINS[n % len(R267_DOMAINS)]
        rec = R267Rec(d, r267_rng.choice(layouts))
        right = rec.answer()
        if r267_rng.random() < 0.15:
            wrong = dict(right)
            bk = d["bools"][r267_rng.randint(0, 1)][0]
            wrong[bk] = not wrong[bk]
            ans = [wrong, right]
        else:
            ans = [right]
        bid = r267_add("b", rec, "bool_key", ans)
        bases.append((bid, rec))
    # variants, interleaved after all bases (so each base is stored first)
    chains = []
    for bid, rec in bases:
        res = r267_variants(rec, bid, 3)
        # a chain: a variant with another context value (stored fresh), then flips built on it
        if r267_rng.random() < 0.35:
            c = rec.copy()
            c.ctx = r267_name()
            cid = r267_add("v", c, "bool_key", [c.answer()], base=bid, vk="chain_ctx")
            chains.append((cid, c))
    for cid, c in chains:
        r267_variants(c, cid, 4)


def r267_singles():
    """Requests whose model answers a boolean the other way or keeps a stale one, with no stored base."""
    for n in range(40):
        d = R267_DOMAINS[r267_rng.randint(0, len(R267_DOMAINS) - 1)]
        rec = R267Rec(d, "lines")
        i = r267_rng.randint(0, 1)
        L = d["bools"][i][1]
        w = r267_rng.choice(R267_YES_WORDS if rec.b[i] else R267_NO_WORDS)
        rec.blines[i] = "%s: %s" % (L, w)
        right = rec.answer()
        wrong = dict(right)
        wrong[d["bools"][i][0]] = not right[d["bools"][i][0]]
        ans = [wrong] * 4 if r267_rng.random() < 0.4 else [wrong, right]
        r267_add("f", rec, "bool_single", ans, vk="single:" + w)


# Part 2: words read on the reuse path (y / N / on / off / none / enabled / disabled / " - ") with a qualifier that
# turns them, and neighbours whose meaning is the other truth value. (text, truth) per base value.
R267_TRAP_FALSE = [  # the member is false; the word read may say true
    "yes, cancelled", "yes (cancelled)", "Y - cancelled", "on (cancelled)", "Y, later N", "on -> off",
    "enabled, then disabled", "not on", "not Y", "never on", "no longer on", "not enabled", "on hold",
    "yes? no.", "N (was Y)", "Y→N", "on/off: off", "yes - withdrawn", "enabled until 2025-12-31",
    "Y (now N)", "yes, but cancelled", "cancelled (was yes)", "Yes-No: No", "Y/N: N", "ON → OFF",
    "yes struck out", "yes (void)", "~~Y~~", "not yes", "yes NOT", "un-enabled", "de-activated",
    "off-line", "nope, not on", "none (was on)"]
R267_TRAP_TRUE = [  # the member is true; the word read may say false
    "no charge", "no extra charge", "no fee", "no, wait - yes", "N → Y", "off → on", "N (now Y)",
    "not off", "no problem", "not none", "none missing", "N, later Y", "disabled, then enabled",
    "no longer off", "not disabled", "no (cancelled)... reinstated", "off (was), now on", "never off",
    "off? no.", "Y/N: Y", "Yes-No: Yes", "no - yes", "N→Y", "OFF → ON", "not no", "no? yes.",
    "none refused", "off-site", "no objection", "N struck out, Y", "no limit", "n't off"]


def r267_trap_rec(d):
    rec = R267Rec(d, r267_rng.choice(["lines", "lines", "lines", "kv"]))
    # longer records: a few fields of no member with digits
    rec.date = "2026-%02d-%02d" % (r267_rng.randint(1, 12), r267_rng.randint(1, 28))
    return rec


def r267_traps():
    for n in range(12):
        d = R267_DOMAINS[n % len(R267_DOMAINS)]
        rec = r267_trap_rec(d)
        bid = r267_add("b", rec, "bool_trap", [rec.answer()])
        stale = rec.answer()
        # four traps per base: flip one member with a trap word of the other truth value; and one safe trap
        for j in range(10):
            i = r267_rng.randint(0, 1)
            key, L = d["bools"][i][0], d["bools"][i][1]
            lab = key if rec.layout == "kv" else L
            sep = "=" if rec.layout == "kv" else r267_rng.choice([": ", ": ", " - "])
            v = rec.copy()
            safe = j >= 8
            nv = rec.b[i] if safe else not rec.b[i]
            w = r267_rng.choice(R267_TRAP_TRUE if nv else R267_TRAP_FALSE)
            v.b[i] = nv
            v.blines[i] = "%s%s%s" % (lab, sep, w)
            if r267_rng.random() < 0.3 and not safe:
                v.ctx = r267_name()
            ans = [v.answer()] if safe else r267_model(v.answer(), stale)
            r267_add("s" if safe else "v", v, "bool_trap", ans, safe=safe, base=bid, vk=("trapsafe:" if safe else "trap:") + w)


# Part 3: a remark riding on a line the cache must re-read anyway (a boolean written as a box, the context value
# renamed, the number changed) that changes ANOTHER member: the other boolean, the number, or "the line below".
R267_RIDE_B = [  # (text, what it does to the other boolean: "flip" / "no" / "yes")
    ("{lb} cancelled", "no"), ("no {lb} after all", "no"), ("{lb} dropped too", "no"), ("{lb} is now a no", "no"),
    ("{lb} added as well", "yes"), ("and {lb} too", "same"), ("{lb} wanted after all", "yes"), ("same for {lb}", "same"),
    ("{lb} likewise", "same"), ("{lb} is the reverse of what is written", "flip"), ("{lb}: read the other way", "flip"),
    ("the {lb} answer is the other way round", "flip"), ("{lb} reversed", "flip"), ("{lb} line is wrong, flip it", "flip"),
    ("{lb}: the opposite", "flip"), ("{lb} answered backwards", "flip")]
R267_RIDE_P = [  # pronoun / place, no member named
    "the line below is the wrong way round", "the next answer is reversed", "and the opposite for the other one",
    "same goes for the line below, it is reversed", "the following answer should be read backwards",
    "flip the next one", "the other one is inverted", "next line: read it the other way"]
R267_RIDE_N = ["{numl} is really {n2}", "{numl} changed to {n2}", "read {n2} for the {numl}", "new {numl}: {n2}",
               "{numl} should be {n2}", "{numl} {n2}, not {n1}"]
R267_BRACKETS = [" (%s)", " [%s]", " {%s}", " <%s>", " - %s", " — %s", "; %s", ", %s", " // %s", " | %s",
                 " %s", " -- %s", " – %s", " :: %s", " # %s", " <!-- %s -->", " «%s»", " /* %s */"]


def r267_long(rec):
    """Fields of no member with digits, so one changed line keeps the record close to the stored one."""
    rec.extra_head = ["Ref: %05d" % r267_rng.randint(10000, 99999),
                      "Phone: +47 %03d %02d %03d" % (r267_rng.randint(400, 999), r267_rng.randint(10, 99), r267_rng.randint(100, 999)),
                      "Printed: 2026-%02d-%02d" % (r267_rng.randint(1, 12), r267_rng.randint(1, 28)),
                      "Code: %s-%04d" % (r267_rng.choice(["AB", "KX", "TR", "ML", "QP"]), r267_rng.randint(1000, 9999))]
    if r267_rng.random() < 0.5:
        rec.extra_head = rec.extra_head[:2 + r267_rng.randint(0, 2)]


def r267_riders():
    for n in range(80):
        d = R267_DOMAINS[n % len(R267_DOMAINS)]
        rec = R267Rec(d, "lines")
        rec.date = "2026-%02d-%02d" % (r267_rng.randint(1, 12), r267_rng.randint(1, 28))
        bid = r267_add("b", rec, "bool_ride", [rec.answer()])
        stale = rec.answer()
        for j in range(10):
            v = rec.copy()
            carrier = r267_rng.choice(["box"] * 8 + ["ctx", "num"])
            target = r267_rng.choice(["b", "b", "p", "p", "p", "n"])
            br = r267_rng.choice(R267_BRACKETS)
            a = 0 if carrier != "box" else r267_rng.randint(0, 1)
            o = 1 - a  # the other boolean (the remark's target) ; for pronoun targets the line below the carrier
            kl = d["bools"][o][1]
            if target == "b":
                t, eff = r267_rng.choice(R267_RIDE_B)
                remark = t.format(lb=kl.lower())
            elif target == "p":
                remark = r267_rng.choice(R267_RIDE_P)
                eff = "flip"
            else:
                n2 = rec.num + r267_rng.randint(1, 9)
                remark = r267_rng.choice(R267_RIDE_N).format(numl=d["numL"].lower(), n2=n2, n1=rec.num)
                eff = None
            # the carrier line
            if target == "p":
                # the carrier must stand right above the target line: carrier is boolean 0, target boolean 1
                carrier, a, o = "box", 0, 1
            if carrier == "box":
                v.b[a] = not rec.b[a]
                box = r267_rng.choice(["[x]", "(x)", "✓", "[X]", "☑"]) if v.b[a] else r267_rng.choice(["[ ]", "( )", "✗", "☐"])
                v.blines[a] = "%s: %s%s" % (d["bools"][a][1], box, br % remark)
                v.blines[o] = rec.bline(o)
            elif carrier == "ctx":
                v.ctx = r267_name()
                while v.ctx == rec.ctx:
                    v.ctx = r267_name()
                v.ctx_suffix = br % remark
                v.blines = [rec.bline(0), rec.bline(1)]
            else:
                v.blines = [rec.bline(0), rec.bline(1)]
                if target == "n":
                    carrier = "ctx"
                    v.ctx = r267_name()
                    v.ctx_suffix = br % remark
                else:
                    v.num = rec.num + r267_rng.randint(10, 30)
                    v.date = v.date  # the number line carries the remark below
                    v.ctx_suffix = ""
                    v.before_pair = None
                    v.blines[a] = rec.bline(a)
                    v.extra_end = []
                    v.num_suffix = br % remark
            if target == "n":
                v.num_text = rec.num
                v.num = n2
            elif eff == "flip":
                v.b[o] = not rec.b[o]
            elif eff == "same":
                v.b[o] = v.b[a]
            elif eff == "no":
                v.b[o] = False
            elif eff == "yes":
                v.b[o] = True
            safe = v.answer() == stale
            ans = [v.answer()] if safe else r267_model(v.answer(), stale, p_right=0.75)
            r267_add("s" if safe else "v", v, "bool_ride", ans, safe=safe, base=bid,
                     vk="ride:%s:%s:%s" % (carrier, br.strip() or "sp", remark))


# Part 4: the shape that got through in part 3, widened: a carrier the patch path regenerates (a box, or a
# truth word it does not take as plain: "yes.", "N", "OFF", "Enabled", "no longer") with a remark that the
# OTHER boolean is inverted, in words the swap lists hold and words they may not, named or by pronoun, in every
# bracket; and remarks that say the other one is right (safe).
R267_FLIP_REMARKS = [
    "the other one is inverted", "the next answer is reversed", "the following answer should be read backwards",
    "the other one is swapped", "the next one is transposed", "the one below is the other way round",
    "the other answer is mixed up", "the next answer is upside down", "the other one is flipped",
    "the next one means the contrary", "vice versa for the next one", "the next answer is its own opposite",
    "the line after this is negated", "the other box was marked the wrong way", "the next answer is mirrored",
    "{lb} is inverted", "{lb} is reversed", "{lb} should be read backwards", "{lb} is the other way round",
    "{lb} swapped", "{lb}: the opposite", "{lb} flipped", "{lb} answered wrongly, it is the other way",
    "{lb} was ticked in error", "{lb} yes means no and no means yes", "the {lb} answer is upside down",
    "den andre er omvendt", "die andere Antwort ist umgekehrt", "la otra respuesta está invertida",
    "l'autre réponse est inversée"]
R267_FLIP_SHORT = ["other one inverted", "next reversed", "next: backwards", "next flipped", "other inverted",
                   "below reversed", "next upside down", "next mirrored", "next: opposite", "other: opposite",
                   "{lb} inverted", "{lb}: opposite", "{lb} flipped", "{lb} backwards", "{lb} upside down",
                   "{lb} reversed", "{lb} mirrored", "{lb} contrary", "next negated", "other negated"]
R267_OK_REMARKS = ["the other one is correct", "the next answer is right", "{lb} as written", "{lb} checked",
                   "the one below is fine", "no change to {lb}"]


def r267_riders2():
    for n in range(71):
        d = R267_DOMAINS[(n + 3) % len(R267_DOMAINS)]
        rec = R267Rec(d, "lines")
        rec.date = "2026-%02d-%02d" % (r267_rng.randint(1, 12), r267_rng.randint(1, 28))
        if n % 4 == 3:
            r267_long(rec)
            rec.extra_head = rec.extra_head[2:3]  # one more dated field only
        bid = r267_add("b", rec, "bool_ride2", [rec.answer()])
        stale = rec.answer()
        for j in range(10):
            v = rec.copy()
            a = r267_rng.randint(0, 1)
            o = 1 - a
            safe = j >= 9
            rem = r267_rng.choice(R267_OK_REMARKS if safe else (R267_FLIP_SHORT if j % 2 else R267_FLIP_REMARKS))
            if not safe and not "{lb}" in rem:
                a, o = 0, 1  # a pronoun points at the line below: the carrier is the first boolean
            kl = d["bools"][o][1]
            remark = rem.format(lb=kl.lower())
            br = r267_rng.choice(R267_BRACKETS)
            v.b[a] = not rec.b[a]
            if r267_rng.random() < 0.65:
                mark = r267_rng.choice(["[x]", "(x)", "✓", "[X]", "☑", "✔"]) if v.b[a] else r267_rng.choice(["[ ]", "( )", "✗", "☐", "✘"])
            else:
                mark = r267_rng.choice(["yes.", "Y", "ON", "Enabled", "yes!"]) if v.b[a] else r267_rng.choice(["no.", "N", "OFF", "Disabled", "no longer", "no!"])
            v.blines = [rec.bline(0), rec.bline(1)]
            v.blines[a] = "%s: %s%s" % (d["bools"][a][1], mark, br % remark)
            if not safe:
                v.b[o] = not rec.b[o]
            ans = [v.answer()] if v.answer() == stale else r267_model(v.answer(), stale, p_right=0.75)
            r267_add("v", v, "bool_ride2", ans, safe=False, base=bid,
                     vk="ride2:%s:%s:%s:%s" % ("ok" if safe else "flip", mark, br.strip() or "sp", rem))


# Part 5: the same carrier (a boolean written as a box) with a remark that a PAIR of other members is swapped:
# billing / shipping city, height / width, opening / closing balance.
R267_PAIRS = [
    dict(prompt="order", ctxk="customer", ctxL="Customer", ka="billing_city", kb="shipping_city", La="Billing city",
         Lb="Shipping city", t="string", n="cities", bk="gift_wrap", bL="Gift wrap",
         gen=lambda: r267_rng.sample(["Bergen", "Ghent", "Porto", "Split", "Cadiz", "Lyon", "Graz", "Turku", "Malmo",
                                      "Brno", "Leeds", "Bari", "Aarhus", "Tartu", "Kaunas", "Utrecht"], 2)),
    dict(prompt="product spec", ctxk="item", ctxL="Item", ka="height", kb="width", La="Height", Lb="Width",
         t="integer", n="figures", bk="framed", bL="Framed",
         gen=lambda: [str(x) for x in r267_rng.sample(range(20, 240), 2)]),
    dict(prompt="statement", ctxk="account_holder", ctxL="Account holder", ka="opening_balance",
         kb="closing_balance", La="Opening balance", Lb="Closing balance", t="number", n="balances",
         bk="overdraft", bL="Overdraft",
         gen=lambda: ["%d.%02d" % (r267_rng.randint(100, 9999), r267_rng.randint(0, 99)) for _ in range(2)]),
]
R267_PAIR_REMARKS = ["the two {n} above are swapped", "the {n} above are the wrong way round", "lines 2 and 3 are reversed",
                     "the pair above is back to front", "the two above are in each other's place",
                     "{n} transposed", "the {n} are mixed up", "the two lines above should be read the other way",
                     "above: {a} and {b} swapped", "the previous two answers are inverted", "{n} upside down",
                     "de to over er byttet om"]


def r267_pairs():
    for n in range(18):
        d = R267_PAIRS[n % len(R267_PAIRS)]
        ctx = r267_name() if d["ctxk"] != "item" else r267_rng.choice(["Shelf", "Mirror", "Poster", "Canvas", "Cabinet"])
        va, vb = d["gen"]()
        b = r267_rng.random() < 0.5
        conv = (lambda x: x) if d["t"] == "string" else (int if d["t"] == "integer" else float)
        schema = S({d["ctxk"]: "string", d["ka"]: d["t"], d["kb"]: d["t"], d["bk"]: "boolean"})
        ins = "Return %s, %s, %s and %s as JSON.\n\n" % (d["ctxk"], d["ka"], d["kb"], d["bk"])

        def text(bline, a_val, b_val):
            return ins + "%s: %s\n%s: %s\n%s: %s\n%s\n" % (d["ctxL"], ctx, d["La"], a_val, d["Lb"], b_val, bline)

        def ans(x, y, z):
            return {d["ctxk"]: ctx, d["ka"]: conv(x), d["kb"]: conv(y), d["bk"]: z}
        bid = r267_id("b")
        J(bid, "r267_bool_pair", text("%s: %s" % (d["bL"], r267_yn(b)), va, vb), schema, ans(va, vb, b), [ans(va, vb, b)])
        r267_meta[bid] = {}
        r267_kind[bid] = "bool_pair"
        stale = ans(va, vb, b)
        for j in range(10):
            rem = r267_rng.choice(R267_PAIR_REMARKS).format(n=d["n"], a=d["La"].lower(), b=d["Lb"].lower())
            br = r267_rng.choice(R267_BRACKETS)
            nb = not b
            mark = r267_rng.choice(["[x]", "(x)", "✓", "[X]", "☑", "✔"]) if nb else r267_rng.choice(["[ ]", "( )", "☐"])
            right = ans(vb, va, nb)
            vid = r267_id("v")
            J(vid, "r267_bool_pair", text("%s: %s%s" % (d["bL"], mark, br % rem), va, vb), schema, right,
              r267_model(right, stale, p_right=0.75))
            r267_meta[vid] = {"base": bid}
            r267_kind[vid] = "pair:%s:%s:%s" % (mark, br.strip() or "sp", rem)


r267_build()
r267_singles()
r267_traps()
r267_riders()
r267_riders2()
r267_pairs()

r267_found_alone = {
    "d267-v-0830", "d267-v-0847", "d267-v-0850", "d267-v-0853", "d267-v-0866", "d267-v-0903", "d267-v-0926",
    "d267-v-0929", "d267-v-0955", "d267-v-0962", "d267-v-0965", "d267-v-1058", "d267-v-1064", "d267-v-1065",
    "d267-v-1066", "d267-v-1079", "d267-v-1099", "d267-v-1108", "d267-v-1138", "d267-v-1144", "d267-v-1222",
    "d267-v-1224", "d267-v-1301", "d267-v-1322", "d267-v-1323", "d267-v-1325", "d267-v-1326", "d267-v-1430",
    "d267-v-1431", "d267-v-1436", "d267-v-1437", "d267-v-1490", "d267-v-1492", "d267-v-1640", "d267-v-1646",
    "d267-v-1836", "d267-v-2021", "d267-v-2071", "d267-v-2083", "d267-v-2150", "d267-v-2152", "d267-v-2155",
    "d267-v-2156", "d267-v-2263", "d267-v-2319", "d267-v-2324", "d267-v-2328", "d267-v-2329", "d267-v-2331",
    "d267-v-2333", "d267-v-2337", "d267-v-2339", "d267-v-2341", "d267-v-2347", "d267-v-2350", "d267-v-2351",
    "d267-v-2361", "d267-v-2364", "d267-v-2365", "d267-v-2366", "d267-v-2367", "d267-v-2372", "d267-v-2374",
    "d267-v-2375", "d267-v-2381", "d267-v-2384", "d267-v-2386", "d267-v-2387", "d267-v-2394", "d267-v-2397",
    "d267-v-2407", "d267-v-2408", "d267-v-2411", "d267-v-2413", "d267-v-2416", "d267-v-2419", "d267-v-2420",
    "d267-v-2422", "d267-v-2426", "d267-v-2429", "d267-v-2439", "d267-v-2443", "d267-v-2444", "d267-v-2449",
    "d267-v-2450", "d267-v-2455", "d267-v-2458", "d267-v-2459", "d267-v-2461", "d267-v-2462", "d267-v-2476",
    "d267-v-2477", "d267-v-2488", "d267-v-2492", "d267-v-2493", "d267-v-2496", "d267-v-2502", "d267-v-2504",
}
r267_arguable = {
    "d267-v-0853", "d267-v-0962", "d267-v-1108", "d267-v-1144", "d267-v-1222", "d267-v-1322", "d267-v-1326",
    "d267-v-1436", "d267-v-1640", "d267-v-2071", "d267-v-2152", "d267-v-2155", "d267-v-2324", "d267-v-2364",
    "d267-v-2381", "d267-v-2397", "d267-v-2408", "d267-v-2413", "d267-v-2422", "d267-v-2444", "d267-v-2449",
    "d267-v-2458", "d267-v-2477", "d267-v-2492", "d267-v-2502", "d267-v-2504",
}
r267_meta = {k: r267_meta[k] for k in sorted(r267_meta)}

# ctest keeps every 10th safe variant and every 30th of the rest, and the bases they need.
from probe_kit import trim_round as r267_trim_round  # noqa: E402

r267_trim_round("d267-", r267_found_alone, r267_arguable,
                lambda i: [r267_meta[i]["base"]] if r267_meta.get(i, {}).get("base") else [], chains=True)
