r"""Red-team round 210 (black box, this stop's first fixes): LONG TEXTS WITH HISTORY.
Focus: e-mail threads (From/To/Cc/Date/Subject header, greeting, filler paragraphs, signature with the sender's
  name, phone, mobile, address and web site, a disclaimer), replies on top of a quoted message ("On ..., X wrote:",
  "> "), forwarded messages ("---------- Forwarded message ---------"), revision logs ("v2 (...): Hotel changed from
  A to B by X"), support tickets with updates ("--- Update 3 (...) ---"), meeting minutes with a late item reversing
  a decision; 1-4 KB each. 4 records (booking: guest/hotel/nights/check_in; order: customer/order_id/quantity/
  delivery_date; ticket: customer/product/serial/phone; workshop: venue/date/organiser/attendees).
  3,762 probes (seeded random.Random(210), (2102), (2103)); R210_ONLY=1 (the default) serves the round alone, without
  probes.py's own probes: 94 bases, 3,348 pair variants, 70 safe, 250 singles. Pair variants give the base's (stale)
  answer first and the right one next.
Part 1 (d210-bto/bqu/bfw/bre/bti/bmi, sg/hs/pt/pb/mt/mb/il/rq/rl/rn/mh; 904): the long layouts themselves; safe =
  signature / header people / quoted history changed; variants = a prose correction above the record (pt) or as
  "P.S."/a late ticket update/minutes item (pb), the record again in a newer reply on top with the old mail quoted
  (mt), a "-----Reply-----" below with the new record (mb), an inline reply quoting the one field line and
  correcting it ("> Nights: 5 / That should be 6, sorry.", il), the whole record re-quoted with one value changed
  (rq), a new revision-log line with the fields updated (rl) or not yet refreshed (rn), the current value moved into
  the quoted older mail (mh). Singles (d210-squ/spr/sne/sin/ssi/shd; 250): the model takes the quoted old value, the
  field under a prose correction, the value under a newer reply, the signature's name/phone/company ("Phone:" in the
  signature), or the header's Date/To/From as the record's.
Part 2 (d210-2b/2s*/2nl/2pa/2pm/2pb/2ps/2th/2qt/2qb/2q2/2q3/2ag/2vr/2hd; 1,544): the only layouts found to be stored
  (see HELD) -- "Booking:" / "Please process the following booking. ... Thanks!" / fields + "Agent:" and "Agent
  phone:" (a signature written as fields) / fields + "Version: 3" -- and history added to them: fields of no member
  carrying the new value ("Walked to: Hotel Norge", "Per phone call: 7 nights", "Revised:", "Callback on:", "RMA
  unit:", "Final:"...), prose corrections above / between / below, "PS: make that 7.", "Thanks! (Nights: 7 now.)",
  the new record on top with the old one quoted, the new one quoted below, "Updated:" + new block, the new record
  with "Previous version:" + old block, the agent line carrying the change ("Agent: Ida Lund, who moved the phone to
  ..."), the version line carrying it ("Version: 4 (Check-in: 2026-05-05)"), the heading carrying it ("Booking
  (amended, nights now 7):", "Booking - old version, see below:" + "Booking - current:").
Part 3 (d210-3b/3iv/3m2/3pi/3pr/3v1/3v3; 1,064): stored short bases ("## Booking", "Booking (v2):", "Company:",
  "Regards") with the history written inside the member's own value (14 forms: "7 (was 5)", "5 → 7", "5 -> 7",
  "~~5~~ 7", "7 (changed from 5 on 12 March)", "7, not 5", "7 [v3; v2 said 5]", "5 (v3: 7)", "5, amended to 7", "5
  7", "7 (orig. 5)", "5; now 7"...), a second marker with the newer record ("Here is the newer email:"), the later
  message placed above the marker ("Later message from the guest: make it 8."), a revision stated in the instruction,
  and "Booking (v3):" blocks above or below "Booking (v2):".
HELD -- nothing from the cache: 0 wrong answers with path=reuse and 0 KEPT-FROM-CACHE, run 1 and run 2 (full round
  on a fresh SQLite store, two passes).
  * No long text is stored. 0 of 42 part-1 bases reused in run 2 ("no cached candidate"), nor any single (0 of 250).
    Served alone on fresh stores (the round's side runs, 90 texts, not kept here): a bare field block is
    stored (booking, ticket; order and workshop records not even bare), and so are "Booking:", "## Booking",
    "Booking (v2):", "Please process the following booking.", "Thanks!", "Regards", "Version: 3", "Company:",
    "Agent:" + "Agent phone:", "Email:", "Phone:" beside it; NOT stored: a greeting "Hi David,", "Here are the
    details as registered:", "Thanks,\nName", "-- \nName", any signature, the header block or "From:/Subject:" or
    "Sent:/From:" alone, a disclaimer, a filler paragraph above or below, a quoted block, "On ... wrote:", a
    revision history, "Updated:", "Last edited by:", "Revision: 2", "Booking ref:", "Previous hotel:", a sentence
    "The booking below was confirmed by phone this morning.", "Please process the following updated booking.",
    "Corrected booking:", and every two-record layout (current + previous / history / v1-v2, either order).
  * On the stored short bases every added history line or block regenerated every member ("failing_fraction_above:
    1.0"): 0 of 1,488 part-2 variants and 0 of 1,044 part-3 variants served from the cache; history inside a value
    sent the member to the patch path (the text states ...) or regenerated all; the other members were kept only when
    unchanged (15 patch answers in run 2, all right). Safe variants were mostly regenerated too (reuse 0/70 run 1,
    1/70 run 2): agent or version changes, an added "Thanks!" cost a regeneration.
  * Singles: none of the 250 wrong first answers (quoted value, signature phone/name/company, header date/name,
    stale field under a correction or newer reply) was accepted even fresh.
WHAT GOT THROUGH: nothing from the cache. r210_found_alone and r210_arguable are empty (R210_ALONE=1 keeps nothing).
  Wrong answers served FRESH (never stored; the same ids in run 2, again path=skip): 292 in run 1, 257 in run 2. The
  checks accept the record's field value when the update sits where they do not read it:
  (F1) a "-----Reply-----" block at the bottom of a long thread with the new record (mb, 27): "... One change from
       our side, the record now reads: ... Nights: 2" -> "nights":3 (the older field above).
  (F2) a second record block under "Updated:" (2q2, 48): "Booking: ... Nights: 8 / Updated: ... Nights: 9" ->
       "nights":8; under a second marker "Here is the newer email:" (3m2, 12).
  (F3) the later message written above the marker (3pi, 60): "Return guest, hotel, nights and check_in of the
       booking as JSON.\n\nLater message from the guest: make it 8.\n\nHere is the email:\n...Nights: 7" -> 7.
  (F4) a field of no member carrying the new value (2nl, 61): "Per phone call: Hotel Norge" under "Hotel: Radisson
       Blu Atlantic" -> "Radisson Blu Atlantic"; "Walked to: ...", "Final: ...", "Revised: ...".
  (F5) the new value in a remark on the member's own line (3iv, 28): "Hotel: Thon Hotel Bristol; now Britannia
       Hotel" -> "Thon Hotel Bristol".
  (F6) in a closing line or the signature-like fields (2th 15, 2ps 22, 2vr 8, 2ag 6): "Thanks! (Check-in: 2026-03-24
       now.)" -> "2026-03-22"; "Version: 4 (Check-in: 2026-05-05)" -> "2026-05-25"; "Agent: Ida Lund, who moved the
       phone to +47 97 90 85 81" -> the old phone; "PS: make that 7." (arguable: which field?).
  (F7) an inline reply quoting one field of a workshop thread (il, 5): "> Venue: ... / That should be Scandic
       Stavanger City, sorry." -> the old venue.
Adds its probes to probe_kit.P."""
import random as r210_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r210_rng = r210_random.Random(210)
r210_found_alone = set()
r210_arguable = set()
r210_prompts = {}
r210_n = [0]
r210_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r210_meta = {}


def r210_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r210_prompts:
        return r210_prompts[key]
    r210_n[0] += 1
    pid = "d210-%s-%d" % (tag, r210_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r210_prompts[key] = pid
    r210_counts[kind] += 1
    r210_meta[pid] = {"base": base, "tag": tag}
    return pid


FIRST = ["Anna", "Tom", "Siri", "Lars", "Ingrid", "Jonas", "Marte", "Erik", "Nora", "Henrik", "Kari", "Ola", "Maja",
         "Petter", "Live", "Sindre", "Ida", "Magnus", "Hanne", "Vegard", "Clara", "David", "Emma", "Felix"]
LAST = ["Berg", "Lie", "Dahl", "Haugen", "Strand", "Moe", "Bakke", "Solberg", "Eide", "Lund", "Holm", "Vik",
        "Aas", "Nygaard", "Foss", "Brekke", "Tangen", "Hagen", "Lunde", "Rønning"]
HOTELS = ["Grand Hotel Oslo", "Hotel Norge", "Scandic Bergen City", "Thon Hotel Bristol", "Clarion Hotel Energy",
          "Radisson Blu Atlantic", "Quality Hotel Tromsø", "Britannia Hotel"]
CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Bodø", "Ålesund", "Drammen", "Kristiansand"]
PRODUCTS = ["Nordic Pro X2 dishwasher", "AeroBrew 500 coffee machine", "Fjell 3 robot vacuum", "Lumen 27 monitor",
            "Kvist standing desk", "Polar 9 heat pump"]
VENUES = ["Oslo office, room Fjord", "Bergen office, room Ulriken", "Hotel Continental, Oslo", "Trondheim office, room Nidaros",
          "Scandic Stavanger City", "Clarion Hotel Bergen Airport"]
MONTHS = ["March", "April", "May", "June", "September", "October"]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain "
    "confidential information. If you have received it in error, please notify the sender and delete it. Any "
    "unauthorised use, disclosure or copying is prohibited.",
    "This message was sent from an unmonitored part of our network. Please consider the environment before printing "
    "this e-mail. The company accepts no liability for any damage caused by viruses transmitted by this e-mail.",
    "Disclaimer: the information in this e-mail is provided for the recipient only. Opinions expressed are those of "
    "the author and not necessarily those of the company. Registered in Norway, org. no. 912 345 678.",
]
FILLER = [
    "Parking is available in the garage under the building; the entrance is on the back side, and the barrier opens "
    "when you ring the intercom.",
    "Breakfast is served from 06:30 to 10:00 on weekdays and until 11:00 at weekends, in the restaurant on the ground "
    "floor.",
    "If anything is unclear, just reply to this message and someone from the team will get back to you within one "
    "working day.",
    "We have also attached the general terms, which have not changed since last year, for your records.",
    "As discussed on the phone, the invoice will be sent separately by our accounts department at the end of the "
    "month.",
    "Please note that our office is closed on public holidays, but the on-call line is staffed around the clock.",
]


def nm(rng):
    return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))


def phone(rng):
    return "+47 %d%d %02d %02d %02d" % (rng.randint(4, 9), rng.randint(0, 9), rng.randint(10, 99),
                                        rng.randint(10, 99), rng.randint(10, 99))


def date(rng):
    return "2026-%02d-%02d" % (rng.randint(3, 10), rng.randint(10, 28))


def email_of(name, host):
    f, l = name.lower().replace("ø", "o").replace("å", "a").split(" ", 1)
    return "%s.%s@%s" % (f, l, host)


# ------------------------------------------------------------------ records
# each record: schema, labels (key -> label), make(rng) -> dict, change(rng, key, old) -> new, prose phrases
class Rec:
    pass


def rec_booking():
    r = Rec()
    r.name = "booking"
    r.keys = ["guest", "hotel", "nights", "check_in"]
    r.schema = S({"guest": "string", "hotel": "string", "nights": "integer", "check_in": "string"})
    r.labels = {"guest": "Guest", "hotel": "Hotel", "nights": "Nights", "check_in": "Check-in"}
    r.ask = ["Extract the booking (guest, hotel, nights, check_in) from the e-mail below as JSON.",
             "Return guest, hotel, nights and check_in of the booking as JSON.",
             "From the text below, give me the booking as JSON: guest, hotel, nights, check_in."]
    r.make = lambda g: {"guest": nm(g), "hotel": g.choice(HOTELS), "nights": g.randint(2, 9), "check_in": date(g)}
    r.change = {"nights": lambda g, o: o + g.choice([1, 2, -1]) if o > 2 else o + 2,
                "hotel": lambda g, o: g.choice([h for h in HOTELS if h != o]),
                "check_in": lambda g, o: o[:8] + "%02d" % ((int(o[8:]) + g.choice([1, 2, 3, 7])) % 28 + 1)}
    r.prose = {"nights": ["Sorry, the booking is actually for {new} nights, not {old}.",
                          "Quick correction: {guest} is staying {new} nights.",
                          "Update: the stay has been extended to {new} nights."],
               "hotel": ["Sorry, the booking is actually at {new}, not {old}.",
                         "Quick correction: we have moved {guest} to {new}.",
                         "Update: the hotel is now {new} (the other one was full)."],
               "check_in": ["Sorry, the check-in is actually on {new}, not {old}.",
                            "Quick correction: {guest} now checks in on {new}.",
                            "Update: the check-in date has been moved to {new}."]}
    r.subject = lambda v: "Booking for %s" % v["guest"]
    return r


def rec_order():
    r = Rec()
    r.name = "order"
    r.keys = ["customer", "order_id", "quantity", "delivery_date"]
    r.schema = S({"customer": "string", "order_id": "string", "quantity": "integer", "delivery_date": "string"})
    r.labels = {"customer": "Customer", "order_id": "Order ID", "quantity": "Quantity", "delivery_date": "Delivery date"}
    r.ask = ["Extract the order (customer, order_id, quantity, delivery_date) from the thread below as JSON.",
             "Return customer, order_id, quantity and delivery_date of the order as JSON.",
             "Read the e-mail and give the order as JSON with customer, order_id, quantity and delivery_date."]
    r.make = lambda g: {"customer": g.choice(["Fjordsoft AS", "Nordlys Bakeri AS", "Kestrel GmbH", "Vik Bygg AS",
                                              "Polaris Consulting", "Havbris Sjømat AS"]),
                        "order_id": "ORD-%05d" % g.randint(10000, 99999), "quantity": g.randint(3, 60),
                        "delivery_date": date(g)}
    r.change = {"quantity": lambda g, o: o + g.choice([2, 5, 10, -1]),
                "delivery_date": lambda g, o: o[:8] + "%02d" % ((int(o[8:]) + g.choice([1, 2, 3, 7])) % 28 + 1),
                "order_id": lambda g, o: "ORD-%05d" % g.randint(10000, 99999)}
    r.prose = {"quantity": ["Sorry, the order is actually for {new} units, not {old}.",
                            "Quick correction: {customer} wants {new} units after all.",
                            "Update: the quantity has been changed to {new}."],
               "delivery_date": ["Sorry, the delivery is actually on {new}, not {old}.",
                                 "Quick correction: delivery has been pushed to {new}.",
                                 "Update: the delivery date is now {new}."],
               "order_id": ["Sorry, the order number is actually {new}, not {old}.",
                            "Quick correction: the order was re-registered as {new}.",
                            "Update: the order ID is now {new} (the old one was cancelled)."]}
    r.subject = lambda v: "Order %s" % v["order_id"]
    return r


def rec_ticket():
    r = Rec()
    r.name = "ticket"
    r.keys = ["customer", "product", "serial", "phone"]
    r.schema = S({"customer": "string", "product": "string", "serial": "string", "phone": "string"})
    r.labels = {"customer": "Customer", "product": "Product", "serial": "Serial", "phone": "Phone"}
    r.ask = ["Extract the customer, product, serial and phone from the support ticket below as JSON.",
             "Return the ticket's customer, product, serial and phone as JSON.",
             "Give customer, product, serial and phone from this ticket as JSON."]
    r.make = lambda g: {"customer": nm(g), "product": g.choice(PRODUCTS),
                        "serial": "SN%s%d" % ("".join(g.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
                                              g.randint(100000, 999999)),
                        "phone": phone(g)}
    r.change = {"phone": lambda g, o: phone(g),
                "serial": lambda g, o: "SN%s%d" % (o[2:5], g.randint(100000, 999999)),
                "product": lambda g, o: g.choice([p for p in PRODUCTS if p != o])}
    r.prose = {"phone": ["Sorry, the customer's phone is actually {new}, not {old}.",
                         "Quick correction: {customer} can be reached on {new} now.",
                         "Update: the phone number on file has been changed to {new}."],
               "serial": ["Sorry, the serial is actually {new}, not {old}.",
                          "Quick correction: the unit was swapped, the serial is now {new}.",
                          "Update: the serial number on the replacement unit is {new}."],
               "product": ["Sorry, the product is actually the {new}, not the {old}.",
                           "Quick correction: the ticket concerns the {new}.",
                           "Update: the product has been corrected to {new}."]}
    r.subject = lambda v: "Case about %s" % v["product"]
    return r


def rec_event():
    r = Rec()
    r.name = "event"
    r.keys = ["venue", "date", "organiser", "attendees"]
    r.schema = S({"venue": "string", "date": "string", "organiser": "string", "attendees": "integer"})
    r.labels = {"venue": "Venue", "date": "Date", "organiser": "Organiser", "attendees": "Attendees"}
    r.ask = ["Extract the workshop's venue, date, organiser and attendees from the notes below as JSON.",
             "Return venue, date, organiser and attendees of the workshop as JSON.",
             "From the meeting notes, give the workshop as JSON: venue, date, organiser, attendees."]
    r.make = lambda g: {"venue": g.choice(VENUES), "date": date(g), "organiser": nm(g), "attendees": g.randint(8, 80)}
    r.change = {"venue": lambda g, o: g.choice([v for v in VENUES if v != o]),
                "date": lambda g, o: o[:8] + "%02d" % ((int(o[8:]) + g.choice([1, 2, 3, 7])) % 28 + 1),
                "attendees": lambda g, o: o + g.choice([4, 10, -3])}
    r.prose = {"venue": ["Sorry, the workshop is actually at {new}, not {old}.",
                         "Decision reversed: we meet at {new} instead.",
                         "Update: the venue has been changed to {new}."],
               "date": ["Sorry, the workshop is actually on {new}, not {old}.",
                        "Decision reversed: the workshop moves to {new}.",
                        "Update: the date has been moved to {new}."],
               "attendees": ["Sorry, we are actually {new} attendees, not {old}.",
                             "Decision reversed: we cap it at {new} attendees.",
                             "Update: attendance is now {new}."]}
    r.subject = lambda v: "Workshop planning"
    return r


RECS = [rec_booking(), rec_order(), rec_ticket(), rec_event()]


# ------------------------------------------------------------------ text pieces
def fields(rec, v, order=None, prefix=""):
    ks = order or rec.keys
    return "".join("%s%s: %s\n" % (prefix, rec.labels[k], v[k]) for k in ks)


def quote(text):
    return "".join(("> " + l if l else ">") + "\n" for l in text.rstrip("\n").split("\n"))


class Ctx:
    """Everything of a thread that is not the record: people, dates, signature, disclaimer."""

    def __init__(self, g):
        self.sender = nm(g)
        self.to = nm(g)
        self.cc = nm(g)
        self.old_sender = nm(g)
        self.company = g.choice(["Nordic Travel AS", "Fjord Events", "Kvist Supply AS", "Helpdesk Norge",
                                 "Aurora Booking", "Midgard Logistics"])
        self.title = g.choice(["Account Manager", "Reservations", "Customer Care", "Project Coordinator",
                               "Sales Assistant"])
        self.sphone = phone(g)
        self.smobile = phone(g)
        self.addr = "%s %d, %04d %s" % (g.choice(["Storgata", "Kongens gate", "Strandkaien", "Markveien"]),
                                        g.randint(1, 80), g.randint(100, 9990), g.choice(CITIES))
        self.mail_date = "Mon, %d %s 2026 %02d:%02d" % (g.randint(1, 28), g.choice(MONTHS), g.randint(8, 17),
                                                        g.randint(0, 59))
        self.old_date = "Fri, %d %s 2026 %02d:%02d" % (g.randint(1, 28), g.choice(MONTHS), g.randint(8, 17),
                                                       g.randint(0, 59))
        self.new_date = "Wed, %d %s 2026 %02d:%02d" % (g.randint(1, 28), g.choice(MONTHS), g.randint(8, 17),
                                                       g.randint(0, 59))
        self.disc = g.choice(DISCLAIMERS)
        self.fill = g.sample(FILLER, 3)
        self.sigstyle = g.choice(["tel", "T", "phone"])
        self.host = g.choice(["nordictravel.no", "fjordevents.no", "kvist.no", "helpdesk.example.no", "aurora.no"])

    def sig(self):
        lab = {"tel": "Tel.", "T": "T:", "phone": "Phone:"}[self.sigstyle]
        return ("Best regards,\n%s\n%s | %s\n%s %s\nMobile %s\n%s\nwww.%s\n" %
                (self.sender, self.title, self.company, lab, self.sphone, self.smobile, self.addr, self.host))

    def header(self, subject, date=None):
        return ("From: %s <%s>\nTo: %s <%s>\nCc: %s <%s>\nDate: %s\nSubject: %s\n" %
                (self.sender, email_of(self.sender, self.host), self.to, email_of(self.to, "client.no"),
                 self.cc, email_of(self.cc, self.host), date or self.mail_date, subject))


def first(n):
    return n.split(" ")[0]


# layouts: each returns the whole text for (rec, ctx, cur values, opts)
# opts: hist (older values, for the quoted part), prose_top, prose_bottom, newtop (newer values in a reply on top),
#       newbottom (newer values at the bottom), inline (quoted field line answered), log (list of revision lines)
def L_top(rec, c, v, o):
    t = c.header("Re: " + rec.subject(v)) + "\n"
    t += "Hi %s,\n\n" % first(c.to)
    t += "Thanks for your patience. %s\n\n" % c.fill[0]
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += "Here are the details as registered:\n\n" + fields(rec, v) + "\n"
    t += c.fill[1] + "\n\n"
    if o.get("prose_bottom"):
        t += "P.S. " + o["prose_bottom"] + "\n\n"
    t += c.sig() + "\n" + c.disc + "\n"
    if o.get("hist"):
        t += "\nOn %s, %s <%s> wrote:\n" % (c.old_date, c.to, email_of(c.to, "client.no"))
        t += quote("Hi,\n\nCould you register the following?\n\n" + fields(rec, o["hist"]) + "\nThanks,\n" + c.to)
    return t


def L_quoted(rec, c, v, o):
    t = "Hi %s,\n\nConfirmed from our side, thanks. %s\n\n" % (first(c.to), c.fill[0])
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += c.sig() + "\n"
    t += "On %s, %s <%s> wrote:\n" % (c.old_date, c.to, email_of(c.to, "client.no"))
    inner = "Hello,\n\nPlease register this:\n\n" + fields(rec, v) + "\n" + c.fill[1] + "\n\nKind regards,\n" + c.to
    t += quote(inner)
    if o.get("prose_bottom"):
        t += "\n" + o["prose_bottom"] + "\n"
    return t


def L_fwd(rec, c, v, o):
    t = "FYI, see below. %s\n\n" % c.fill[0]
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += "%s\n\n---------- Forwarded message ---------\n" % c.to
    t += c.header(rec.subject(v), c.old_date) + "\n"
    t += "Hi,\n\nRegistered as follows:\n\n" + fields(rec, v) + "\n" + c.fill[1] + "\n\n"
    if o.get("prose_bottom"):
        t += o["prose_bottom"] + "\n\n"
    t += c.sig() + "\n" + c.disc + "\n"
    return t


def L_revlog(rec, c, v, o):
    t = "%s — record (current version)\n\n" % rec.subject(v)
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += fields(rec, v) + "\n"
    t += "Revision history:\n"
    for line in o.get("log") or ["v1 (%s): record created by %s" % (c.old_date[5:16], c.sender)]:
        t += line + "\n"
    t += "\n" + c.fill[2] + "\n"
    if o.get("prose_bottom"):
        t += "\nNote: " + o["prose_bottom"] + "\n"
    t += "\n-- \n" + c.sig()
    return t


def L_ticket(rec, c, v, o):
    t = "Ticket #%d — %s\nOpened: %s by %s\nStatus: open\n\n" % (
        __import__("zlib").crc32(c.sender.encode()) % 90000 + 10000, rec.subject(v), c.old_date, c.sender)
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += fields(rec, v) + "\n"
    t += "--- Update 1 (%s, %s) ---\nCalled the customer, no answer. Left a voicemail. %s\n\n" % (
        c.old_date[5:16], c.cc, c.fill[0])
    t += "--- Update 2 (%s, %s) ---\nCustomer called back; we agreed to follow up by e-mail.\n" % (
        c.mail_date[5:16], c.sender)
    if o.get("prose_bottom"):
        t += "\n--- Update 3 (%s, %s) ---\n%s\n" % (c.new_date[5:16], c.cc, o["prose_bottom"])
    t += "\n" + c.disc + "\n"
    return t


def L_minutes(rec, c, v, o):
    t = "Minutes — planning meeting, %s\nPresent: %s, %s, %s\nMinutes taken by: %s\n\n" % (
        c.mail_date[5:16], c.sender, c.to, c.cc, c.old_sender)
    t += "1. Status from last meeting\n%s\n\n" % c.fill[0]
    if o.get("prose_top"):
        t += o["prose_top"] + "\n\n"
    t += "2. Decisions\n" + fields(rec, v) + "\n"
    t += "3. Any other business\n%s\n" % c.fill[1]
    if o.get("prose_bottom"):
        t += "\n4. Late item\n%s\n" % o["prose_bottom"]
    t += "\nNext meeting: to be announced.\n"
    return t


LAYOUTS = {"top": L_top, "quoted": L_quoted, "fwd": L_fwd, "revlog": L_revlog, "ticket": L_ticket,
           "minutes": L_minutes}


def wrap_newtop(rec, c, newv, old_text):
    """A newer reply on top holding the whole record with the new value; the old text quoted below."""
    t = "Hi %s,\n\nUpdated details below, please use these.\n\n" % first(c.to) + fields(rec, newv) + "\n"
    t += "Best,\n%s\n\nOn %s, %s wrote:\n" % (c.old_sender, c.mail_date, c.sender)
    return t + quote(old_text)


def wrap_newbottom(rec, c, newv, old_text, k):
    t = old_text.rstrip("\n") + "\n\n"
    t += "-----Reply-----\nFrom: %s\nSent: %s\n\nHi,\n\nOne change from our side, the record now reads:\n\n" % (
        c.old_sender, c.new_date)
    return t + fields(rec, newv) + "\nThanks,\n%s\n" % c.old_sender


def wrap_inline(rec, c, k, old, new, old_text):
    """A reply on top that quotes the one field line and corrects it under the quote."""
    t = "Hi %s,\n\nOne thing:\n\n> %s: %s\n\nThat should be %s, sorry. The rest is right.\n\n" % (
        first(c.sender), rec.labels[k], old, new)
    t += "Regards,\n%s\n\nOn %s, %s wrote:\n" % (c.to, c.mail_date, c.sender)
    return t + quote(old_text)


def wrap_requote(rec, c, newv, old_text):
    """A reply on top that quotes the whole record again with one value changed."""
    t = "Hi %s,\n\nI've corrected the record, see the corrected version quoted here:\n\n" % first(c.sender)
    t += quote(fields(rec, newv)) + "\nRegards,\n%s\n\nOn %s, %s wrote:\n" % (c.to, c.mail_date, c.sender)
    return t + quote(old_text)


def prompt_of(ask, text, style):
    if style == 0:
        return "%s\n\nHere is the email:\n%s" % (ask, text)
    if style == 1:
        return "%s\n\nText:\n%s" % (ask, text)
    return "%s\n\n\"\"\"\n%s\"\"\"\n" % (ask, text)


def jv(rec, v):
    return {k: v[k] for k in rec.keys}


# ------------------------------------------------------------------ pairs
def r210_pairs(nseeds):
    g = r210_rng
    for rec in RECS:
        for lname, L in LAYOUTS.items():
            if lname == "minutes" and rec.name != "event":
                continue
            for s in range(nseeds):
                c = Ctx(g)
                v = rec.make(g)
                ask = g.choice(rec.ask)
                style = g.randint(0, 2)
                hist = None
                o = {}
                if lname == "top" and s % 2 == 1:
                    hist = dict(v)
                    kk = g.choice(list(rec.change))
                    hist[kk] = rec.change[kk](g, v[kk])
                    o["hist"] = hist
                if lname == "revlog":
                    kk = g.choice(list(rec.change))
                    o["log"] = ["v2 (%s): %s changed from %s to %s by %s" % (c.mail_date[5:16], rec.labels[kk],
                                                                          rec.change[kk](g, v[kk]), v[kk], c.sender),
                                "v1 (%s): record created by %s" % (c.old_date[5:16], c.cc)]
                base_text = L(rec, c, v, o)
                fam = "r210_" + lname
                bp = prompt_of(ask, base_text, style)
                bid = r210_add("b" + lname[:2], fam, bp, rec.schema, jv(rec, v), [jv(rec, v)], "base")

                def var(tag, text, right, answers, safe=False):
                    r210_add(tag, fam, prompt_of(ask, text, style), rec.schema, jv(rec, right), answers,
                             "safe" if safe else "pair", safe=safe, base=bid)

                # safe: signature / header / history change only
                c2 = Ctx(g)
                c2.host, c2.old_date, c2.mail_date = c.host, c.old_date, c.mail_date
                c2.fill, c2.disc = c.fill, c.disc
                var("sg", L(rec, c2, v, o), v, [jv(rec, v)], safe=True)
                if o.get("hist"):
                    o2 = dict(o)
                    h2 = dict(hist)
                    kk2 = g.choice(list(rec.change))
                    h2[kk2] = rec.change[kk2](g, v[kk2])
                    o2["hist"] = h2
                    var("hs", L(rec, c, v, o2), v, [jv(rec, v)], safe=True)
                for k in rec.change:
                    new = rec.change[k](g, v[k])
                    nv = dict(v)
                    nv[k] = new
                    stale = jv(rec, v)
                    right = jv(rec, nv)
                    names = {"guest": v.get("guest"), "customer": v.get("customer")}
                    ph = g.choice(rec.prose[k]).format(new=new, old=v[k], **names)
                    # prose correction above the record / below it
                    var("pt", L(rec, c, v, dict(o, prose_top=ph)), nv, [stale, right])
                    var("pb", L(rec, c, v, dict(o, prose_bottom=ph)), nv, [stale, right])
                    # the current value moves into the history, a new one is written (top / bottom)
                    var("mt", wrap_newtop(rec, c, nv, base_text), nv, [stale, right])
                    var("mb", wrap_newbottom(rec, c, nv, base_text, k), nv, [stale, right])
                    var("il", wrap_inline(rec, c, k, v[k], new, base_text), nv, [stale, right])
                    var("rq", wrap_requote(rec, c, nv, base_text), nv, [stale, right])
                    if lname == "revlog":
                        o3 = dict(o)
                        o3["log"] = ["v3 (%s): %s changed from %s to %s by %s" % (c.new_date[5:16], rec.labels[k],
                                                                               v[k], new, c.old_sender)] + o["log"]
                        var("rl", L(rec, c, nv, o3), nv, [stale, right])
                        # the log names a newer value the fields do not show yet: the log wins
                        o4 = dict(o)
                        o4["log"] = ["v3 (%s): %s changed from %s to %s by %s (record fields not yet refreshed)" % (
                            c.new_date[5:16], rec.labels[k], v[k], new, c.old_sender)] + o["log"]
                        var("rn", L(rec, c, v, o4), nv, [stale, right])
                    if o.get("hist"):
                        # the current value goes into the quoted history, the top holds the new one
                        o5 = dict(o)
                        o5["hist"] = v
                        var("mh", L(rec, c, nv, o5), nv, [stale, right])


# ------------------------------------------------------------------ singles
def r210_singles(n):
    g = r210_rng
    for i in range(n):
        rec = g.choice(RECS)
        lname = g.choice(["top", "top", "fwd", "ticket", "quoted"])
        c = Ctx(g)
        v = rec.make(g)
        ask = g.choice(rec.ask)
        style = g.randint(0, 2)
        kind = g.choice(["quote", "prose", "sig", "hdr", "newtop", "inline"])
        fam = "r210_single_" + kind
        k = g.choice(list(rec.change))
        new = rec.change[k](g, v[k])
        nv = dict(v)
        nv[k] = new
        if kind == "quote":
            # top holds new values, quoted old message holds the old: model takes the quoted one
            text = L_top(rec, c, nv, {"hist": v})
            right, wrong = nv, v
        elif kind == "prose":
            ph = g.choice(rec.prose[k]).format(new=new, old=v[k], guest=v.get("guest"), customer=v.get("customer"))
            text = LAYOUTS[lname](rec, c, v, {g.choice(["prose_top", "prose_bottom"]): ph})
            right, wrong = nv, v
        elif kind == "newtop":
            text = wrap_newtop(rec, c, nv, LAYOUTS[lname](rec, c, v, {}))
            right, wrong = nv, v
        elif kind == "inline":
            text = wrap_inline(rec, c, k, v[k], new, LAYOUTS[lname](rec, c, v, {}))
            right, wrong = nv, v
        elif kind == "sig":
            # a value taken from the signature (sender's name / phone / address)
            c.sigstyle = "phone"
            text = LAYOUTS[lname](rec, c, v, {})
            right = v
            wrong = dict(v)
            nk = {"booking": "guest", "order": "customer", "ticket": g.choice(["phone", "customer"]),
                  "event": "organiser"}[rec.name]
            wrong[nk] = c.sphone if nk == "phone" else (c.sender if nk != "customer" or rec.name == "ticket"
                                                         else c.company)
        else:  # hdr: a value taken from the header block
            text = L_top(rec, c, v, {}) if lname != "fwd" else L_fwd(rec, c, v, {})
            right = v
            wrong = dict(v)
            nk = {"booking": g.choice(["guest", "check_in"]), "order": g.choice(["customer", "delivery_date"]),
                  "ticket": "customer", "event": g.choice(["date", "organiser"])}[rec.name]
            if nk in ("check_in", "delivery_date", "date"):
                wrong[nk] = (c.mail_date if lname != "fwd" else c.old_date)[5:16].strip()
            elif nk == "customer" and rec.name == "order":
                wrong[nk] = c.company
            else:
                wrong[nk] = c.to if lname != "fwd" else c.sender
        if jv(rec, wrong) == jv(rec, right):
            continue
        r210_add("s" + kind[:2], fam, prompt_of(ask, text, style), rec.schema, jv(rec, right),
                 [jv(rec, wrong), jv(rec, right)], "single")



# ------------------------------------------------------------------ part 2: storable short bases, history added
def r210_b2text(shape, rec, v, c, extra_top="", extra_mid="", extra_bottom="", head=None, ver="3", agent=None):
    noun = "booking" if rec.name == "booking" else "ticket"
    F = fields(rec, v)
    if shape == "head":
        t = extra_top + (head or noun.capitalize() + ":") + "\n" + F + extra_mid + extra_bottom
    elif shape == "proc":
        t = extra_top + "Please process the following %s.\n\n" % noun + F + extra_mid + "\nThanks!\n" + extra_bottom
    elif shape == "agent":
        a = agent or (c.sender, c.sphone)
        t = extra_top + F + extra_mid + "Agent: %s\nAgent phone: %s\n" % a + extra_bottom
    else:
        t = extra_top + F + extra_mid + "Version: %s\n" % ver + extra_bottom
    return t


R210_NEWLAB = {  # labels of no member that carry a new value (each a realistic way a desk writes it)
    "nights": ["Extended stay: {new} nights", "Per phone call: {new} nights", "Revised: {new} nights",
               "Latest from guest: {new} nights", "Final: {new} nights"],
    "hotel": ["Walked to: {new}", "Per phone call: {new}", "Revised: {new}", "Overbooked, guest placed at: {new}",
              "Final: {new}"],
    "check_in": ["Late arrival: {new}", "Per phone call: {new}", "Revised: {new}", "Arrives instead: {new}",
                 "Final: {new}"],
    "phone": ["Callback on: {new}", "Per phone call: {new}", "Revised: {new}", "Reach her now on: {new}",
              "Final: {new}"],
    "serial": ["RMA unit: {new}", "Per phone call: {new}", "Revised: {new}", "Swapped for: {new}", "Final: {new}"],
    "product": ["Per phone call: {new}", "Revised: {new}", "Actually concerns: {new}", "Final: {new}",
                "Re-logged as: {new}"],
}


def r210_part2(nseeds):
    g = r210_random.Random(2102)
    for rec in (RECS[0], RECS[2]):
        for shape in ("head", "proc", "agent", "ver"):
            for s in range(nseeds):
                c = Ctx(g)
                v = rec.make(g)
                ask = rec.ask[1 + s % 2]
                style = 1 + s % 2
                fam = "r210_p2_" + shape
                bt = r210_b2text(shape, rec, v, c)
                bid = r210_add("2b", fam, prompt_of(ask, bt, style), rec.schema, jv(rec, v), [jv(rec, v)], "base")

                def var(tag, text, right, answers, safe=False):
                    r210_add(tag, fam, prompt_of(ask, text, style), rec.schema, jv(rec, right), answers,
                             "safe" if safe else "pair", safe=safe, base=bid)

                # safe: the signature-like fields change, the version moves on, a thank-you
                if shape == "agent":
                    var("2sa", r210_b2text(shape, rec, v, c, agent=(nm(g), phone(g))), v, [jv(rec, v)], safe=True)
                if shape == "ver":
                    var("2sv", r210_b2text(shape, rec, v, c, ver="4"), v, [jv(rec, v)], safe=True)
                if shape == "head":
                    var("2st", r210_b2text(shape, rec, v, c, extra_bottom="\nThanks!\n"), v, [jv(rec, v)], safe=True)
                for k in rec.change:
                    new = rec.change[k](g, v[k])
                    nv = dict(v)
                    nv[k] = new
                    stale, right = jv(rec, v), jv(rec, nv)
                    lab = rec.labels[k]
                    names = {"guest": v.get("guest"), "customer": v.get("customer")}
                    ph = g.choice(rec.prose[k]).format(new=new, old=v[k], **names)
                    W = []
                    # history in fields of no member, the old field kept
                    for nl in R210_NEWLAB[k]:
                        W.append(("2nl", dict(extra_mid=nl.format(new=new) + "\n")))
                    # prose correction: above, after the record, after the thanks
                    W.append(("2pa", dict(extra_top=ph + "\n\n")))
                    W.append(("2pm", dict(extra_mid="\n" + ph + "\n")))
                    W.append(("2pb", dict(extra_bottom="\n" + ph + "\n")))
                    W.append(("2ps", dict(extra_bottom="\nPS: make that %s.\n" % new)))
                    W.append(("2th", dict(extra_bottom="\nThanks! (%s: %s now.)\n" % (lab, new))))
                    # the old record quoted below a new one (the new value on top), and the other way round
                    W.append(("2qt", "newtop"))
                    W.append(("2qb", "newbottom"))
                    W.append(("2q2", "twoblocks"))
                    W.append(("2q3", "twoblocks_oldlast"))
                    if shape == "agent":
                        W.append(("2ag", dict(agent=("%s (%s changed to %s)" % (c.sender, lab.lower(), new), c.sphone))))
                        W.append(("2ag", dict(agent=("%s, who moved the %s to %s" % (c.sender, lab.lower(), new), c.sphone))))
                    if shape == "ver":
                        W.append(("2vr", dict(ver="4 (%s: %s)" % (lab, new))))
                        W.append(("2vr", dict(ver="4 - %s changed to %s" % (lab.lower(), new))))
                        W.append(("2vr", dict(ver="4, %s %s" % (lab.lower(), new))))
                    if shape == "head":
                        noun = "Booking" if rec.name == "booking" else "Ticket"
                        W.append(("2hd", dict(head="%s (amended, %s now %s):" % (noun, lab.lower(), new))))
                        W.append(("2hd", dict(head="%s - old version, see below:" % noun,
                                              extra_bottom="\n%s - current:\n" % noun + fields(rec, nv))))
                    for tag, kw in W:
                        if kw == "newtop":
                            text = fields(rec, nv) + "\n" + quote(bt)
                        elif kw == "newbottom":
                            text = bt + "\n" + quote(fields(rec, nv))
                            # a newer quoted block at the bottom (a reply written under the quote): right is new
                        elif kw == "twoblocks":
                            text = bt + "\nUpdated:\n" + fields(rec, nv)
                        elif kw == "twoblocks_oldlast":
                            text = r210_b2text(shape, rec, nv, c) + "\nPrevious version:\n" + fields(rec, v)
                        else:
                            text = r210_b2text(shape, rec, v, c, **kw)
                        var(tag, text, nv, [stale, right])


# ------------------------------------------------------------------ part 3: history inside a value, a second marker
R210_INVAL = ["{new} (was {old})", "{new} (previously {old})", "{old} → {new}", "{old} -> {new}", "~~{old}~~ {new}",
              "{new} (changed from {old} on 12 March)", "{new}, not {old}", "{new} [v3; v2 said {old}]",
              "{old} (v3: {new})", "{new} (old: {old})", "{old}, amended to {new}", "{old} {new}",
              "{new}\u00a0(orig. {old})", "{old}; now {new}"]


def r210_part3(nseeds):
    g = r210_random.Random(2103)
    for rec in (RECS[0], RECS[2]):
        noun = "Booking" if rec.name == "booking" else "Ticket"
        for shape in ("bare", "h2", "ver", "company", "regards"):
            for s in range(nseeds):
                c = Ctx(g)
                v = rec.make(g)
                ask = rec.ask[1 + s % 2]
                style = [1, 0, 2][s % 3]
                fam = "r210_p3_" + shape

                def T(vals, line_override=None):
                    F = fields(rec, vals)
                    if line_override:
                        k0, val0 = line_override
                        F = F.replace("%s: %s\n" % (rec.labels[k0], vals[k0]), "%s: %s\n" % (rec.labels[k0], val0))
                    return {"bare": F, "h2": "## %s\n" % noun + F, "ver": "%s (v2):\n" % noun + F,
                            "company": F + "Company: %s\n" % c.company, "regards": F + "\nRegards\n"}[shape]
                bt = T(v)
                bid = r210_add("3b", fam, prompt_of(ask, bt, style), rec.schema, jv(rec, v), [jv(rec, v)], "base")

                def var(tag, prompt, right, answers, safe=False):
                    r210_add(tag, fam, prompt, rec.schema, jv(rec, right), answers,
                             "safe" if safe else "pair", safe=safe, base=bid)
                for k in rec.change:
                    new = rec.change[k](g, v[k])
                    nv = dict(v)
                    nv[k] = new
                    stale, right = jv(rec, v), jv(rec, nv)
                    for form in R210_INVAL:
                        var("3iv", prompt_of(ask, T(v, (k, form.format(new=new, old=v[k]))), style), nv, [stale, right])
                    marker = ["Here is the email:", "Text:", "Record:"][s % 3]
                    var("3m2", prompt_of(ask, bt, style).rstrip("\n").rstrip('"').rstrip("\n") +
                        "\n\n" + "Here is the newer email:\n" + fields(rec, nv), nv, [stale, right])
                    var("3pi", ask + "\n\nLater message from the %s: make it %s.\n\n%s\n%s" % (
                        "guest" if rec.name == "booking" else "customer", new, marker, bt), nv, [stale, right])
                    var("3pr", ask + " The record was revised afterwards: %s is now %s.\n\n%s\n%s" % (
                        rec.labels[k].lower(), new, marker, bt), nv, [stale, right])
                    if shape == "ver":
                        var("3v3", prompt_of(ask, bt + "\n%s (v3):\n" % noun + fields(rec, nv), style), nv, [stale, right])
                        var("3v1", prompt_of(ask, "%s (v3):\n" % noun + fields(rec, nv) + "\n" + bt, style), nv,
                            [stale, right])


r210_part3(2)
r210_part2(4)
r210_pairs(2)
r210_singles(250)

# Trimmed for ctest (probe_kit.sample_round), stop 48: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (3,762 generated), each with the base of its pair.
from probe_kit import sample_round as r210_sample_round  # noqa: E402

r210_all = list(P)
r210_sample_round("d210-", set(), 30, safe_every=10)
r210_keep = {r210_p["id"] for r210_p in P if r210_p["id"].startswith("d210-")}
r210_keep |= {r210_meta[r210_i]["base"] for r210_i in list(r210_keep) if r210_meta.get(r210_i, {}).get("base")}
P[:] = [r210_p for r210_p in r210_all if not r210_p["id"].startswith("d210-") or r210_p["id"] in r210_keep]
