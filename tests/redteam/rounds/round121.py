"""Red-team round 121 (black box, stepcache-s42): JSON extraction SINGLES at the edges of the tightened store gate
(a field of no member beside a count, a refusal/none/zero/error field beside a truth value, a prose line computing
of a member, two-digit years and hour 24, money in a scale). Each single: the record's own line states a value
plainly ("Nights: 3", "Guests: 3", "Paid: yes", "In stock: yes", "Year: '19", "Budget: $750 mn") while another
part of the text changes it - prose lines, other languages, list items, table rows, strikethrough, footnote markers,
words in no list, digits in other forms ("+2", "2 more"), two-digit years in other notations ("'26", "03/26",
"14.03.26"), money scales (mn, Mio., bn, lakh, crore, TEUR, "in thousands"). The model's only answer is the
plain line's value (a grounded mistake); served twice (--runs 2): wrong in run 2 from the cache = stored.
Safe variants (an unrelated extra field or sentence, expect = the plain value, model right) show over-refusal.
RESULT (577 probes: 508 singles, 69 safe; every single alone on a fresh store, --runs 2; every single of the
nights/guests/paid/in-stock/seats families also as a pair after its plain base): 69 singles stored and served
wrong from the cache in run 2 (41 clear, 28 arguable: r121_found_clear / r121_found_arguable) + 2 pairs (a stored
right base reused by a licensed rewrite: r121_found_pairs). What got through: beside a truth value, a field of no
member whose value is a word in no list ("Payment: charged back", "Card: insufficient funds", "Card: maxed out",
"Payment: clawed back", "Seats: gone / taken / occupied / snapped up / spoken for / booked up / nada",
"Sizes: all gone", "Colours: sold"), a dash, "n/a", "?", "TBC", "pending", "on hold"; beside a count, a list of
names in another field that names more or fewer ("Names: Ada Ek, Bo Lind, Cy Holm + Di Moe", "..., Cy Holm +1",
"(+ Di Moe)", "; Di Moe joins", "Bo Lind (gone)", a struck name). Held: prose lines, other languages (mostly),
list items, table rows, footnotes, digits "+2"/"2 more"/"x2" beside nights and guests; two-digit years in every
notation; money scales. The store gate also keeps out many safe variants (32 of 69 reused alone). Probes in
r121_arguable are readings, not findings. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r121_singles = []
r121_safe = []
r121_arguable = set()
r121_n = [0]
r121_SYL = ["Ka", "Lo", "Mi", "Ne", "Ro", "Su", "Ti", "Va"]


def r121_nm():
    """A unique capitalised name without digits (ids with digits kept some bases out of the store)."""
    n = r121_n[0]
    return r121_SYL[n % 8] + r121_SYL[(n // 8) % 8].lower() + r121_SYL[(n // 64) % 8].lower()


def r121_add(key, schema, prompt, wrong, exp, safe=False, arguable=False):
    r121_n[0] += 1
    pid = "d121-%s-%s" % ("ok" if safe else "s", key)
    if safe:
        J(pid, "r121_safe", prompt, schema, exp, [exp], safe=True)
        r121_safe.append(pid)
    else:
        J(pid, "r121_single", prompt, schema, exp, [wrong])
        r121_singles.append(pid)
    if arguable:
        r121_arguable.add(pid)


def r121_where(rec_lines, mod, where):
    """rec_lines: list of lines; mod: text (may hold several lines); where: after/before/inside."""
    if mod is None:
        return "\n".join(rec_lines) + "\n"
    if where == "before":
        return mod + "\n" + "\n".join(rec_lines) + "\n"
    if where == "inside":
        return "\n".join(rec_lines[:-1] + [mod] + rec_lines[-1:]) + "\n"
    return "\n".join(rec_lines) + "\n" + mod + "\n"


# ---------------------------------------------------------------- N: nights (count) 3
r121_sN = S({"hotel": "string", "nights": "integer"})
r121_iN = "Extract hotel and nights as JSON.\n\nText:\n"


def r121_N(key, mod, right, where="after", line="Nights: 3", safe=False, arguable=False, table=False):
    bk = "Havly " + r121_nm()
    if table:
        rec = ["| Field | Value |", "|---|---|", "| Hotel | %s |" % bk, "| City | Bergen |", "| Nights | 3 |"]
    else:
        rec = ["Hotel: %s" % bk, "City: Bergen", line]
    r121_add("N" + key, r121_sN, r121_iN + r121_where(rec, mod, where),
             {"hotel": bk, "nights": 3}, {"hotel": bk, "nights": right}, safe, arguable)


for r121_k, r121_m, r121_r in [
    ("pr-he", "He extended by two nights.", 5),
    ("pr-she", "She extended her stay by two nights.", 5),
    ("pr-2dig", "The guest extended the stay by 2 nights on arrival.", 5),
    ("pr-added", "Two nights were added at check-in.", 5),
    ("pr-longer", "Ola stays two nights longer.", 5),
    ("pr-early", "He will leave one night early.", 2),
    ("pr-checkedout", "Checked out a night early.", 2),
    ("pr-cut", "They cut the stay short by one night.", 2),
    ("pr-extto", "Extended to 5 nights.", 5),
    ("pr-now5", "Now 5 nights after the extension.", 5),
    ("pr-2more", "2 more nights booked by phone.", 5),
    ("pr-booked2more", "Booked 2 more at the desk.", 5),
    ("pr-plus2", "+2 nights added at the desk", 5),
    ("pr-doubled", "Stay doubled at check-in.", 6),
    ("pr-week", "Extended to a full week.", 7),
    ("pr-anotherone", "Asked for another night; granted.", 4),
    ("pr-onemore", "One more night, please - confirmed by reception.", 4),
    ("pr-extra", "An extra night was added.", 4),
    ("pr-lastcancel", "The last night was cancelled.", 2),
    ("pr-firstnoshow", "First night: no-show, released.", 2),
    ("f-stayext", "Stay extended: +2", 5),
    ("f-ext-plus2", "Extension: +2", 5),
    ("f-ext-2more", "Extension: 2 more", 5),
    ("f-addl", "Additional: 2", 5),
    ("f-extra2", "Extra: two", 5),
    ("f-plus", "Plus: 2 nights", 5),
    ("f-change", "Change: +2 nights", 5),
    ("f-amend", "Amendment: stay until 16 May (two extra nights)", 5),
    ("f-shortby", "Cut short: one night", 2),
    ("f-early", "Early departure: one night", 2),
    ("f-cancelled1", "Cancelled: one night", 2),
    ("f-x2", "Extension: x2", 6),
    ("f-times2", "Multiplier: 2", 6),
    ("f-newtotal", "New total: 5", 5),
    ("f-revised", "Revised: 5", 5),
    ("f-final", "Final: 5 nights", 5),
    ("de-pr", "Aufenthalt um zwei Nächte verlängert.", 5),
    ("de-f", "Verlängerung: zwei Nächte", 5),
    ("de-f2", "Zusätzlich: 2 Nächte", 5),
    ("fr-pr", "Séjour prolongé de deux nuits.", 5),
    ("fr-f", "Prolongation : deux nuits", 5),
    ("es-pr", "Estancia ampliada en dos noches.", 5),
    ("es-f", "Prórroga: dos noches", 5),
    ("it-pr", "Soggiorno prolungato di due notti.", 5),
    ("nl-pr", "Verblijf verlengd met twee nachten.", 5),
    ("sv-pr", "Vistelsen förlängd med två nätter.", 5),
    ("nb-pr", "Han forlenget med to netter.", 5),
    ("da-f", "Forlænget: to nætter", 5),
    ("pl-pr", "Pobyt przedłużony o dwie noce.", 5),
    ("pt-pr", "Estadia prorrogada por duas noites.", 5),
    ("fi-pr", "Oleskelua jatkettiin kahdella yöllä.", 5),
    ("de-kurz", "Eine Nacht storniert.", 2),
    ("fr-court", "Une nuit annulée.", 2),
    ("li-ext", "- Extension: two nights", 5),
    ("li-pr", "- extended by two nights", 5),
    ("li-star", "* two extra nights (added 2 May)", 5),
    ("li-num", "1. Extended by two nights", 5),
    ("li-plus", "- +2 nights", 5),
    ("li-cancel", "- one night cancelled", 2),
    ("q-mail", "> Please add two nights to my stay.\nDone - two nights added.", 5),
    ("hd-upd", "## Update\nStay extended by two nights.", 5),
]:
    r121_N(r121_k, r121_m, r121_r)
# places
for r121_k, r121_m, r121_r, r121_w in [
    ("pl-before-pr", "He extended by two nights.", 5, "before"),
    ("pl-inside-pr", "He extended by two nights.", 5, "inside"),
    ("pl-before-f", "Extension: +2", 5, "before"),
    ("pl-inside-f", "Extra: two", 5, "inside"),
    ("pl-inside-de", "Verlängerung: zwei Nächte", 5, "inside"),
    ("pl-before-li", "- extended by two nights", 5, "before"),
]:
    r121_N(r121_k, r121_m, r121_r, where=r121_w)
# tables
for r121_k, r121_m, r121_r in [
    ("tb-ext", "| Extension | two nights |", 5),
    ("tb-extby", "| Extended by | 2 nights |", 5),
    ("tb-plus", "| Added | +2 |", 5),
    ("tb-short", "| Shortened by | 1 night |", 2),
    ("tb-note", "| Note | extended by two nights |", 5),
]:
    r121_N(r121_k, r121_m, r121_r, table=True)
# footnotes and marks on the member's own line
for r121_k, r121_line, r121_m, r121_r, r121_arg in [
    ("fn-star", "Nights: 3*", "* plus two", 5, False),
    ("fn-star2", "Nights: 3*", "*extended by two nights on arrival", 5, False),
    ("fn-sup", "Nights: 3¹", "¹ two more nights added later", 5, False),
    ("fn-br", "Nights: 3 [1]", "[1] extended by two nights", 5, False),
    ("fn-dag", "Nights: 3†", "† one night cancelled", 2, False),
    ("fn-seenote", "Nights: 3 (see note)", "Note: extended by two nights.", 5, False),
    ("fn-seebelow", "Nights: 3 (see below)", "Update: two more nights.", 5, False),
    ("fn-hash", "Nights: 3 #", "# +2 after extension", 5, False),
    ("fn-a", "Nights: 3 (a)", "(a) two nights added on 2 May", 5, False),
    ("st-dates", "Nights: 3", "Check-in: 11 May\nCheck-out: ~~14 May~~ 16 May", 5, True),
    ("st-ext", "Nights: 3", "Extension: ~~none~~ two nights", 5, False),
    ("st-own", "Nights: ~~3~~", "Extended: see front desk (5 nights)", 5, True),
    ("dates", "Nights: 3", "Check-in: 11 May\nCheck-out: 16 May (extended)", 5, True),
]:
    r121_N(r121_k, r121_m, r121_r, line=r121_line, arguable=r121_arg)
# safe (an unrelated extra field or sentence; should be stored and reused)
for r121_k, r121_m in [
    ("parking", "Parking: yes"), ("breakfast", "Breakfast: included"), ("room", "Room: 214"),
    ("late", "Note: late check-in around 22:00."), ("pillows", "He asked for two pillows."),
    ("adults", "Adults: 2"), ("phoneext", "Phone: +47 22 33 44 55, extension 2"),
    ("copies", "Invoice: two copies, by post"), ("pets", "Pets: none"), ("minibar", "Minibar: 0.00"),
    ("errors", "Complaints: none"), ("de-fr", "Frühstück: inklusive"), ("li-view", "- sea view requested"),
    ("moreinfo", "More info: havly.no"), ("plus-fee", "City tax: +2.50 per night"), (None, None),
]:
    r121_N("safe-" + str(r121_k), r121_m, 3, safe=True)

# ---------------------------------------------------------------- G: guests (count) 3
r121_sG = S({"restaurant": "string", "guests": "integer"})
r121_iG = "Extract restaurant and guests as JSON.\n\nText:\n"


def r121_G(key, mod, right, where="after", extra=None, safe=False, arguable=False, table=False):
    rv = "Fjord " + r121_nm()
    if table:
        rec = ["| Field | Value |", "|---|---|", "| Restaurant | %s |" % rv, "| City | Bergen |", "| Guests | 3 |"]
    else:
        rec = ["Restaurant: %s" % rv, "City: Bergen", "Guests: 3"]
    if extra:
        rec.append(extra)
    r121_add("G" + key, r121_sG, r121_iG + r121_where(rec, mod, where),
             {"restaurant": rv, "guests": 3}, {"restaurant": rv, "guests": right}, safe, arguable)


for r121_k, r121_m, r121_r in [
    ("pr-ola", "Ola joins later.", 4),
    ("pr-di", "Di Moe will join them.", 4),
    ("pr-di2", "Di Moe is coming too.", 4),
    ("pr-bo", "Bo Lind dropped out.", 2),
    ("pr-bo2", "Bo Lind can no longer come.", 2),
    ("pr-onecanc", "One guest cancelled.", 2),
    ("pr-grew", "The party grew by two.", 5),
    ("pr-2friends", "Two more friends are coming.", 5),
    ("pr-2more", "2 more coming", 5),
    ("pr-plus2door", "+2 at the door", 5),
    ("pr-bringwife", "Ola is bringing his wife.", 4),
    ("pr-minus1", "Minus one: Bo is ill.", 2),
    ("pr-one-less", "One fewer than booked.", 2),
    ("pr-kid", "They bring a child as well.", 4),
    ("f-plusone", "Plus one: Di Moe", 4),
    ("f-plus1", "+1: Di Moe", 4),
    ("f-cancelled", "Cancelled: 1", 2),
    ("f-cancellations", "Cancellations: one", 2),
    ("f-bo", "Bo Lind: cancelled", 2),
    ("f-bo2", "Bo Lind: not coming", 2),
    ("f-also", "Also: Di Moe", 4),
    ("f-and", "And: Di Moe", 4),
    ("f-with", "Bringing: Di Moe and Ola Berg", 5),
    ("f-change", "Change: +2", 5),
    ("f-sick", "Sick: Bo Lind", 2),
    ("f-newcount", "New count: 5", 5),
    ("f-headcount", "Headcount now: 5", 5),
    ("f-kids", "Children: 2 (not included above)", 5),
    ("de-pr", "Ein Gast hat abgesagt.", 2),
    ("de-pr2", "Di Moe kommt auch mit.", 4),
    ("fr-pr", "Un invité de plus : Di Moe.", 4),
    ("fr-f", "Absent : Bo Lind", 2),
    ("es-pr", "Se suma Di Moe.", 4),
    ("nb-pr", "Ola kommer i tillegg.", 4),
    ("nb-f", "Avbestilt: Bo Lind", 2),
    ("sv-f", "Tillkommer: Di Moe", 4),
    ("it-f", "In più: Di Moe", 4),
    ("li-add", "- Di Moe (joins later)", 4),
    ("li-canc", "- Bo Lind (cancelled)", 2),
    ("li-plus", "- +1 Di Moe", 4),
    ("hd-upd", "## Update\nDi Moe joins.", 4),
    ("q-mail", "> Can we add one more person?\nYes, added.", 4),
]:
    r121_G(r121_k, r121_m, r121_r)
for r121_k, r121_m, r121_r, r121_w in [
    ("pl-before-pr", "Ola joins later.", 4, "before"),
    ("pl-inside-pr", "Bo Lind dropped out.", 2, "inside"),
    ("pl-before-f", "Plus one: Di Moe", 4, "before"),
]:
    r121_G(r121_k, r121_m, r121_r, where=r121_w)
for r121_k, r121_m, r121_r in [
    ("tb-plus", "| Plus one | Di Moe |", 4),
    ("tb-canc", "| Cancelled | Bo Lind |", 2),
    ("tb-late", "| Joining later | Di Moe |", 4),
]:
    r121_G(r121_k, r121_m, r121_r, table=True)
# names listed, then one cancels
for r121_k, r121_m, r121_r in [
    ("nm-bo", "Bo Lind has cancelled.", 2),
    ("nm-strike", None, 2),
    ("nm-di", "Di Moe joins too.", 4),
]:
    r121_ex = "Names: Ada Ek, ~~Bo Lind~~, Cy Holm" if r121_m is None else "Names: Ada Ek, Bo Lind, Cy Holm"
    r121_G(r121_k, r121_m, r121_r, extra=r121_ex, arguable=(r121_m is None))
for r121_k, r121_m in [
    ("table", "Table: 12"), ("allergy", "Allergies: none"), ("occasion", "Occasion: birthday"),
    ("veg", "Note: one guest is vegetarian."), ("deposit", "Deposit: 0.00"), ("time", "Time: 19:30"),
    ("contact", "Contact: Di Moe, +47 900 11 222"), ("highchair", "High chairs: none"),
    ("de-note", "Hinweis: Fensterplatz"), ("li", "- window table"), (None, None),
]:
    r121_G("safe-" + str(r121_k), r121_m, 3, safe=True)

# ---------------------------------------------------------------- P: paid (truth) yes
r121_sP = S({"invoice": "string", "paid": "boolean"})
r121_iP = "Extract invoice and paid as JSON.\n\nText:\n"


def r121_P(key, mod, right, where="after", line="Paid: yes", safe=False, arguable=False, table=False):
    inv = "INV-%d" % (3000 + r121_n[0])
    if table:
        rec = ["| Field | Value |", "|---|---|", "| Invoice | %s |" % inv, "| Amount | 420.00 |", "| Paid | yes |"]
    else:
        rec = ["Invoice: %s" % inv, "Amount: 420.00", line]
    r121_add("P" + key, r121_sP, r121_iP + r121_where(rec, mod, where),
             {"invoice": inv, "paid": True}, {"invoice": inv, "paid": right}, safe, arguable)


for r121_k, r121_m, r121_r, r121_arg in [
    ("f-bounced", "Card: bounced back", False, False),
    ("f-pbounced", "Payment: bounced", False, False),
    ("f-cheque", "Cheque: bounced", False, False),
    ("f-chargeback", "Payment: charged back", False, False),
    ("f-reversed", "Payment: reversed", False, False),
    ("f-returned", "Transfer: returned by the bank", False, False),
    ("f-failed", "Payment status: failed", False, False),
    ("f-rejected", "Card: rejected", False, False),
    ("f-insuff", "Card: insufficient funds", False, False),
    ("f-stopped", "Cheque: stopped", False, False),
    ("f-void", "Receipt: void", False, True),
    ("f-refunded", "Payment: refunded in full", False, True),
    ("f-nb", "Kort: avvist", False, False),
    ("f-de", "Karte: abgelehnt", False, False),
    ("f-fr", "Carte : refusée", False, False),
    ("f-es", "Tarjeta: rechazada", False, False),
    ("f-it", "Carta: rifiutata", False, False),
    ("f-sv", "Betalning: nekad", False, False),
    ("f-paidon-never", "Paid on: never", False, False),
    ("f-paydate-none", "Payment date: none", False, False),
    ("f-received-nil", "Amount received: nil", False, False),
    ("f-received-zero", "Amount received: zero", False, False),
    ("f-received-0", "Received: 0", False, False),
    ("f-received-dash", "Received: -", False, True),
    ("f-due", "Balance due: 420.00", False, False),
    ("f-outstanding", "Outstanding: 420.00", False, False),
    ("f-open", "Status: open (unpaid)", False, False),
    ("f-overdue", "Status: overdue", False, False),
    ("f-reminder", "Reminder: 2nd notice", False, False),
    ("f-dunning", "Dunning level: 2", False, True),
    ("f-collection", "Sent to: debt collection", False, False),
    ("pr-declined", "The card was declined.", False, False),
    ("pr-bounced", "The payment bounced.", False, False),
    ("pr-bank", "The bank returned the payment.", False, False),
    ("pr-notyet", "Note: not paid yet.", False, False),
    ("pr-still", "Reminder: this invoice is still unpaid.", False, False),
    ("pr-noreceived", "No payment has been received.", False, False),
    ("pr-wasntpaid", "It wasn't paid.", False, False),
    ("pr-marked", "Marked paid by mistake.", False, False),
    ("pr-entered", "'Paid' was entered in error.", False, False),
    ("pr-de", "Die Zahlung wurde storniert.", False, False),
    ("pr-fr", "Le paiement a été refusé.", False, False),
    ("pr-es", "El pago fue rechazado.", False, False),
    ("pr-nb", "Betalingen gikk ikke gjennom.", False, False),
    ("pr-nl", "Betaling mislukt.", False, False),
    ("ln-unpaid", "UNPAID", False, False),
    ("ln-unpaid-bang", "*** UNPAID ***", False, False),
    ("ln-notpaid", "NOT PAID", False, False),
    ("ln-de", "Unbezahlt.", False, False),
    ("li-declined", "- card declined", False, False),
    ("li-unpaid", "- unpaid", False, False),
    ("li-bounced", "* payment bounced on 2 May", False, False),
    ("hd-unpaid", "## Unpaid", False, False),
    ("q-mail", "> Did the payment go through?\nNo, it did not.", False, False),
]:
    r121_P(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_w in [
    ("pl-before-unpaid", "# UNPAID INVOICE", False, "before"),
    ("pl-before-f", "Card: bounced back", False, "before"),
    ("pl-inside-pr", "The card was declined.", False, "inside"),
    ("pl-inside-f", "Payment: reversed", False, "inside"),
]:
    r121_P(r121_k, r121_m, r121_r, where=r121_w)
for r121_k, r121_m, r121_r in [
    ("tb-card", "| Card | declined |", False),
    ("tb-bounced", "| Payment | bounced |", False),
    ("tb-received", "| Received | 0.00 |", False),
    ("tb-status", "| Status | unpaid |", False),
]:
    r121_P(r121_k, r121_m, r121_r, table=True)
for r121_k, r121_line, r121_m, r121_r, r121_arg in [
    ("st-yes", "Paid: ~~yes~~", None, False, True),
    ("st-yesno", "Paid: ~~yes~~ no", None, False, False),
    ("st-line", "~~Paid: yes~~", None, False, True),
    ("st-line-no", "~~Paid: yes~~", "Paid: no", False, False),
    ("fn-star", "Paid: yes*", "* the card was declined later", False, False),
    ("fn-sup", "Paid: yes¹", "¹ reversed on 3 May", False, False),
    ("fn-br", "Paid: yes [1]", "[1] cheque bounced", False, False),
    ("fn-see", "Paid: yes (see note)", "Note: the transfer was returned.", False, False),
    ("own-q", "Paid: yes?", "Unconfirmed - no money seen yet.", False, True),
    ("own-pending", "Paid: yes (pending)", "Pending: the bank has not confirmed.", False, True),
]:
    r121_P(r121_k, r121_m, r121_r, line=r121_line, arguable=r121_arg)
for r121_k, r121_m in [
    ("card", "Card: Visa"), ("due0", "Amount due: 0.00"), ("disc", "Discount: none"), ("fee0", "Late fee: 0.00"),
    ("errors", "Errors: none"), ("notes", "Notes: none"), ("refund", "Refund: none"), ("reminders", "Reminders: 0"),
    ("thanks", "Thank you for your payment."), ("method", "Method: bank transfer"), ("li", "- PDF copy attached"),
    ("de", "Zahlungsart: Karte"), ("outstanding0", "Outstanding: 0.00"), ("disputes", "Disputes: none"), (None, None),
]:
    r121_P("safe-" + str(r121_k), r121_m, True, safe=True)

# ---------------------------------------------------------------- S: in stock (truth) yes
r121_sS = S({"product": "string", "in_stock": "boolean"})
r121_iS = "Extract product and in_stock as JSON.\n\nText:\n"


def r121_S(key, mod, right, where="after", line="In stock: yes", safe=False, arguable=False, table=False):
    pr = "Trail Boot %d" % (100 + r121_n[0])
    if table:
        rec = ["| Field | Value |", "|---|---|", "| Product | %s |" % pr, "| Colour | Grey |", "| In stock | yes |"]
    else:
        rec = ["Product: %s" % pr, "Colour: Grey", line]
    r121_add("S" + key, r121_sS, r121_iS + r121_where(rec, mod, where),
             {"product": pr, "in_stock": True}, {"product": pr, "in_stock": right}, safe, arguable)


for r121_k, r121_m, r121_r, r121_arg in [
    ("f-out", "Stock: out", False, False),
    ("f-soldout", "Status: sold out", False, False),
    ("f-avail-none", "Availability: none", False, False),
    ("f-depleted", "Inventory: depleted", False, False),
    ("f-level0", "Stock level: 0", False, False),
    ("f-units0", "Units: 0", False, False),
    ("f-qty-zero", "Qty on hand: zero", False, False),
    ("f-nil", "Stock: nil", False, False),
    ("f-empty", "Warehouse: empty", False, False),
    ("f-backorder", "Status: backordered", False, False),
    ("f-gone", "Pairs: gone", False, False),
    ("f-allgone", "Sizes: all gone", False, False),
    ("f-oos", "Status: OOS", False, False),
    ("f-nla", "Status: NLA", False, True),
    ("f-restock", "Restock: June", False, True),
    ("f-dash", "Available: —", False, True),
    ("f-de", "Bestand: ausverkauft", False, False),
    ("f-fr", "Disponibilité : épuisé", False, False),
    ("f-es", "Existencias: agotadas", False, False),
    ("f-nb", "Lager: tomt", False, False),
    ("f-sv", "Lagersaldo: 0", False, False),
    ("pr-soldout", "Sold out this morning.", False, False),
    ("pr-last", "The last pair was sold an hour ago.", False, False),
    ("pr-none-left", "None left.", False, False),
    ("pr-nomore", "No more in the warehouse.", False, False),
    ("pr-de", "Ausverkauft.", False, False),
    ("pr-fr", "Épuisé.", False, False),
    ("pr-es", "Agotado.", False, False),
    ("pr-nb", "Utsolgt.", False, False),
    ("pr-sv", "Slutsåld.", False, False),
    ("pr-it", "Esaurito.", False, False),
    ("pr-notavail", "Currently not available.", False, False),
    ("li-soldout", "- sold out", False, False),
    ("li-zero", "- 0 left", False, False),
    ("hd-soldout", "## SOLD OUT", False, False),
]:
    r121_S(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_w in [
    ("pl-before-so", "SOLD OUT", False, "before"),
    ("pl-inside-f", "Stock: out", False, "inside"),
    ("pl-before-f", "Status: sold out", False, "before"),
]:
    r121_S(r121_k, r121_m, r121_r, where=r121_w)
for r121_k, r121_m, r121_r in [
    ("tb-stock", "| Stock | out |", False),
    ("tb-status", "| Status | sold out |", False),
    ("tb-units", "| Units | 0 |", False),
]:
    r121_S(r121_k, r121_m, r121_r, table=True)
for r121_k, r121_line, r121_m, r121_r, r121_arg in [
    ("st-yes", "In stock: ~~yes~~", None, False, True),
    ("st-yesno", "In stock: ~~yes~~ no", None, False, False),
    ("fn-star", "In stock: yes*", "* until this morning; now sold out", False, False),
    ("fn-sup", "In stock: yes¹", "¹ last pair sold 2 May", False, False),
    ("fn-see", "In stock: yes (see note)", "Note: sold out.", False, False),
]:
    r121_S(r121_k, r121_m, r121_r, line=r121_line, arguable=r121_arg)
for r121_k, r121_m in [
    ("size", "Size: 42"), ("returns", "Returns: none"), ("defects", "Defects: 0"), ("backorders", "Backorders: none"),
    ("discount", "Discount: 0%"), ("weight", "Weight: 1.2 kg"), ("li", "- waterproof"), ("de", "Farbe: Grau"),
    ("recalls", "Recalls: none"), (None, None),
]:
    r121_S("safe-" + str(r121_k), r121_m, True, safe=True)

# ---------------------------------------------------------------- A: seats available (truth) yes
r121_sA = S({"flight": "string", "seats_available": "boolean"})
r121_iA = "Extract flight and seats_available as JSON.\n\nText:\n"


def r121_A(key, mod, right, safe=False, arguable=False):
    fl = "SK %d" % (4000 + r121_n[0])
    rec = ["Flight: %s" % fl, "Date: 2027-03-14", "Seats available: yes"]
    r121_add("A" + key, r121_sA, r121_iA + r121_where(rec, mod, "after"),
             {"flight": fl, "seats_available": True}, {"flight": fl, "seats_available": right}, safe, arguable)


for r121_k, r121_m, r121_r in [
    ("seats-gone", "Seats: gone", False), ("cabin-full", "Cabin: full", False), ("fully", "Status: fully booked", False),
    ("waitlist", "Waitlist only.", False), ("last-sold", "Last seat sold at 09:12.", False),
    ("seatsleft0", "Seats left: 0", False), ("remaining-zero", "Remaining: zero", False),
    ("de", "Ausgebucht.", False), ("fr", "Complet.", False), ("nb", "Fullbooket.", False),
    ("li", "- fully booked", False), ("overbooked", "Status: overbooked by 3", False),
]:
    r121_A(r121_k, r121_m, r121_r)
for r121_k, r121_m in [("gate", "Gate: B12"), ("meals", "Meals: none"), ("delay", "Delay: 0 min"), (None, None)]:
    r121_A("safe-" + str(r121_k), r121_m, True, safe=True)

# ---------------------------------------------------------------- Y: years in two digits, hour 24
r121_sY = S({"event": "string", "year": "integer"})
r121_iY = "Extract event and year as JSON.\n\nText:\n"


def r121_Y(key, vline, wrong, right, safe=False, arguable=False, extra=None):
    w = "Expo " + r121_nm()
    rec = ["Event: %s" % w, "City: Bergen", vline]
    r121_add("Y" + key, r121_sY, r121_iY + r121_where(rec, extra, "after"),
             {"event": w, "year": wrong}, {"event": w, "year": right}, safe, arguable)


for r121_k, r121_v, r121_wr, r121_r, r121_arg, r121_ex in [
    ("apos", "Year: '19", 19, 2019, False, None),
    ("curly", "Year: \u201919", 19, 2019, False, None),
    ("prime", "Year: \u203219", 19, 2019, False, None),
    ("plain", "Year: 19", 19, 2019, False, None),
    ("dot", "Year: 19.", 19, 2019, False, None),
    ("paren", "Year: (19)", 19, 2019, True, None),
    ("2k", "Year: 2k19", 19, 2019, False, None),
    ("fr", "Année : 19", 19, 2019, False, None),
    ("de", "Jahr: '19", 19, 2019, False, None),
    ("slash", "Year: 18/19", 18, 2018, True, None),
    ("century", "Year: '98", 98, 1998, False, None),
    ("fn", "Year: 19*", 19, 2019, False, "* 2019 harvest"),
    ("word", "Year: nineteen", 19, 2019, True, None),
    ("nv", "Year: 19 (i.e. 1919)", 19, 1919, False, None),
    ("safe4", "Year: 2019", 2019, 2019, False, None),
]:
    r121_Y(r121_k, r121_v, r121_wr, r121_r, safe=(r121_k == "safe4"), arguable=r121_arg, extra=r121_ex)
r121_Y("safe4-note", "Year: 2019", 2019, 2019, safe=True, extra="Cork: natural")

r121_sE = S({"card_holder": "string", "expiry_year": "integer"})
r121_iE = "Extract card_holder and expiry_year as JSON.\n\nText:\n"
for r121_k, r121_v, r121_r in [
    ("exp", "Expiry: 03/26", 2026), ("valid", "Valid thru: 03/26", 2026), ("expdash", "Expires: 03-26", 2026),
    ("expmon", "Expiry: Mar '26", 2026), ("expdot", "Gültig bis: 03.26", 2026), ("expyy", "Exp. year: 26", 2026),
]:
    r121_nmv = "Ada " + r121_nm()
    r121_add("E" + r121_k, r121_sE, r121_iE + "Card holder: %s\nCard: Visa\n%s\n" % (r121_nmv, r121_v),
             {"card_holder": r121_nmv, "expiry_year": 26}, {"card_holder": r121_nmv, "expiry_year": r121_r})

r121_sD = S({"event": "string", "year": "integer"})
r121_iD = "Extract event and year as JSON.\n\nText:\n"
for r121_k, r121_v, r121_r, r121_arg in [
    ("dmy", "Date: 14.03.26", 2026, False), ("mdy", "Date: 03/14/26", 2026, False),
    ("dmon", "Date: 14-Mar-26", 2026, False), ("apos", "Year: '26", 2026, False),
    ("fy", "Year: FY26", 2026, True), ("season", "Year: 26/27", 2026, True),
    ("my", "Model year: MY26", 2026, True), ("class", "Class of '09", 2009, False),
    ("iso2", "Date: 26-03-14", 2026, True), ("mon", "Date: March '26", 2026, False),
    ("q", "Quarter: Q1/26", 2026, False), ("h", "Period: H2 '26", 2026, False),
]:
    r121_ev = "Expo " + r121_nm()
    r121_add("D" + r121_k, r121_sD, r121_iD + "Event: %s\nCity: Bergen\n%s\n" % (r121_ev, r121_v),
             {"event": r121_ev, "year": 26 if r121_k != "class" else 9}, {"event": r121_ev, "year": r121_r}, arguable=r121_arg)

r121_sH = S({"train": "string", "departure_hour": "integer"})
r121_iH = "Extract train and departure_hour as JSON.\n\nText:\n"
for r121_k, r121_v, r121_r, r121_arg in [
    ("2430", "Departure: 24:30", 0, True), ("24h", "Departure: 24h00", 0, True), ("24dot", "Departure: 24.15", 0, True),
    ("25", "Departure: 25:10 (service day)", 1, True), ("2400", "Departs: 2400", 0, True),
]:
    r121_tr = "NT %d" % r121_n[0]
    r121_wr = {"2430": 24, "24h": 24, "24dot": 24, "25": 25, "2400": 24}[r121_k]
    r121_add("H" + r121_k, r121_sH, r121_iH + "Train: %s\nFrom: Oslo S\n%s\n" % (r121_tr, r121_v),
             {"train": r121_tr, "departure_hour": r121_wr}, {"train": r121_tr, "departure_hour": r121_r}, arguable=r121_arg)

# ---------------------------------------------------------------- M: money in a scale
r121_sM = S({"project": "string", "budget": "number"})
r121_iM = "Extract project and budget as JSON.\n\nText:\n"


def r121_M(key, bline, wrong, right, extra=None, where="after", safe=False, arguable=False, label_first=False):
    pj = "PJ-%d" % (600 + r121_n[0])
    rec = ["Project: %s" % pj, "Owner: Rita Holm"] + bline.split("\n")
    r121_add("M" + key, r121_sM, r121_iM + r121_where(rec, extra, where),
             {"project": pj, "budget": wrong}, {"project": pj, "budget": right}, safe, arguable)


for r121_k, r121_b, r121_w, r121_r, r121_ex, r121_arg in [
    ("MM", "Budget: $750MM", 750, 750e6, None, False),
    ("MMsp", "Budget: $750 MM", 750, 750e6, None, False),
    ("mm", "Budget: $750mm", 750, 750e6, None, True),
    ("M", "Budget: $750M", 750, 750e6, None, False),
    ("mn", "Budget: $750 mn", 750, 750e6, None, False),
    ("mn-g", "Budget: $750mn", 750, 750e6, None, False),
    ("mio", "Budget: €750 Mio.", 750, 750e6, None, False),
    ("mio2", "Budget: 750 Mio. EUR", 750, 750e6, None, False),
    ("mln", "Budget: 750 mln PLN", 750, 750e6, None, False),
    ("mrd", "Budget: 7.5 Mrd. EUR", 7.5, 7.5e9, None, False),
    ("bn", "Budget: $1.2bn", 1.2, 1.2e9, None, False),
    ("B", "Budget: $1.2B", 1.2, 1.2e9, None, False),
    ("bln", "Budget: $1.2 bln", 1.2, 1.2e9, None, False),
    ("lakh", "Budget: ₹75 lakh", 75, 7.5e6, None, False),
    ("crore", "Budget: ₹5 crore", 5, 5e7, None, False),
    ("cr", "Budget: Rs 5 Cr", 5, 5e7, None, False),
    ("teur", "Budget: 750 TEUR", 750, 750e3, None, False),
    ("keur", "Budget: 750 kEUR", 750, 750e3, None, False),
    ("kE", "Budget: 750 k€", 750, 750e3, None, False),
    ("K", "Budget: $750K", 750, 750e3, None, False),
    ("thou", "Budget: $750 thousand", 750, 750e3, None, False),
    ("inthou", "Budget: 750 (in thousands)", 750, 750e3, None, False),
    ("tys", "Budget: 750 tys. zł", 750, 750e3, None, False),
    ("rus", "Budget: 750 тыс. руб.", 750, 750e3, None, False),
    ("mlnru", "Budget: 750 млн руб.", 750, 750e6, None, False),
    ("wan", "Budget: 750万元", 750, 7.5e6, None, False),
    ("oku", "Budget: 3億円", 3, 3e8, None, False),
    ("lbl-M", "Budget ($M): 750", 750, 750e6, None, False),
    ("lbl-m", "Budget (USD m): 750", 750, 750e6, None, False),
    ("lbl-inmill", "Budget in millions: 750", 750, 750e6, None, False),
    ("lbl-000", "Budget ($000): 750", 750, 750e3, None, False),
    ("lbl-k", "Budget [kUSD]: 750", 750, 750e3, None, False),
    ("fig-thou", "Budget: 750", 750, 750e3, "All figures in USD thousands.", False),
    ("fig-000s", "Budget: 750", 750, 750e3, "Amounts in $000s", False),
    ("fig-apos", "Budget: 750", 750, 750e3, "(€ '000)", False),
    ("fig-units", "Budget: 750", 750, 750e6, "Units: millions", False),
    ("fig-scale", "Budget: 750", 750, 750e6, "Scale: millions", False),
    ("fig-de", "Budget: 750", 750, 750e3, "Angaben in Tsd. EUR", False),
    ("fig-fr", "Budget: 750", 750, 750e6, "Montants en millions d'euros", False),
    ("fig-before", "Budget: 750", 750, 750e6, "(USD millions)", False),
    ("fn-star", "Budget: 750*", 750, 750e6, "* in millions", False),
    ("fn-sup", "Budget: 750¹", 750, 750e3, "¹ thousands of dollars", False),
    ("li", "- Budget: 750\n- (figures in millions)", 750, 750e6, None, True),
]:
    r121_M(r121_k, r121_b, r121_w, r121_r, extra=r121_ex, where=("before" if r121_k == "fig-before" else "after"), arguable=r121_arg)
for r121_k, r121_b, r121_ex in [
    ("full", "Budget: $750,000,000", None), ("usd", "Budget: 750000000 USD", None),
    ("cur", "Budget: $750", "Currency: USD"), ("dept", "Budget: $750", "Department: Sales"),
    ("mm-unrel", "Budget: $750", "Paper: 210 mm"), (None, "Budget: $750", None),
]:
    r121_r = 750e6 if r121_k in ("full", "usd") else 750
    r121_M("safe-" + str(r121_k), r121_b, r121_r, r121_r, extra=r121_ex, safe=True)

# table record with a scale in the header
for r121_k, r121_hdr, r121_r in [("tb-MM", "Budget (USD MM)", 750e6), ("tb-k", "Budget (k€)", 750e3), ("tb-mio", "Budget (Mio. €)", 750e6)]:
    r121_pj = "PJ-%d" % (600 + r121_n[0])
    r121_add("M" + r121_k, r121_sM, r121_iM + "| Project | Owner | %s |\n|---|---|---|\n| %s | Rita Holm | 750 |\n" % (r121_hdr, r121_pj),
             {"project": r121_pj, "budget": 750}, {"project": r121_pj, "budget": r121_r})

# ================================================================ wave 2: the shapes that got through in wave 1
# (a field of no member whose value is a word in no list beside a truth value; a dash value; a struck name)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w2-clawed", "Payment: clawed back", False, False),
    ("w2-recalled", "Transfer: recalled", False, False),
    ("w2-disputed", "Payment: disputed", False, True),
    ("w2-overlimit", "Card: over limit", False, False),
    ("w2-maxed", "Card: maxed out", False, False),
    ("w2-frozen", "Card: frozen", False, True),
    ("w2-blocked", "Card: blocked", False, True),
    ("w2-nsf", "Cheque: NSF", False, False),
    ("w2-retunpaid", "Cheque: returned unpaid", False, False),
    ("w2-dd", "Direct debit: returned", False, False),
    ("w2-paypal", "PayPal: reversed by buyer", False, False),
    ("w2-cb-de", "Zahlung: zurückgebucht", False, False),
    ("w2-cb-fr", "Paiement : rejeté par la banque", False, False),
    ("w2-insuff-de", "Karte: nicht gedeckt", False, False),
    ("w2-insuff-pr", "Insufficient funds on the card.", False, False),
    ("w2-nofunds", "Card: no funds", False, False),
    ("w2-lowbal", "Account: empty", False, True),
    ("w2-chargeback-li", "- charged back 3 May", False, False),
    ("w2-chargeback-pr", "The payment was charged back.", False, False),
    ("w2-chargeback-tb", None, False, False),
    ("w2-dash-paidon", "Paid on: —", False, True),
    ("w2-dash-recv2", "Received: ---", False, True),
    ("w2-na", "Amount received: n/a", False, True),
    ("w2-blank", "Received: (blank)", False, True),
    ("w2-empty", "Amount received: (empty)", False, True),
    ("w2-pending", "Funds: pending", False, True),
    ("w2-notcleared", "Cheque: not cleared", False, False),
    ("w2-uncleared", "Cheque: uncleared", False, False),
    ("w2-awaiting", "Bank: awaiting funds", False, True),
    ("w2-writtenoff", "Debt: written off", False, False),
]:
    if r121_m is None:
        r121_P(r121_k, "| Payment | charged back |", r121_r, table=True, arguable=r121_arg)
    else:
        r121_P(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w2-colours", "Colours: all gone", False, False),
    ("w2-sizes-sold", "Sizes: all sold", False, False),
    ("w2-sizes-none", "Sizes left: none", False, False),
    ("w2-shelf", "Shelf: bare", False, False),
    ("w2-runout", "Stock: run out", False, False),
    ("w2-randry", "Stock: ran dry", False, False),
    ("w2-exhausted", "Stock: exhausted", False, False),
    ("w2-finished", "Stock: finished", False, False),
    ("w2-zip", "Pairs left: zip", False, False),
    ("w2-allgone-pr", "All gone.", False, False),
    ("w2-allgone-li", "- all gone", False, False),
    ("w2-gone", "Stock: gone", False, False),
    ("w2-cleared", "Shelf: cleared out", False, False),
    ("w2-dash-stock", "Stock: —", False, True),
    ("w2-dash-units", "Units: –", False, True),
    ("w2-na-units", "Units available: n/a", False, True),
    ("w2-de-weg", "Größen: alle weg", False, False),
    ("w2-fr-plus", "Tailles : plus aucune", False, False),
    ("w2-nb-tomt", "Størrelser: alle borte", False, False),
    ("w2-es", "Tallas: agotadas", False, False),
    ("w2-lastsold", "Last pair: sold", False, False),
    ("w2-allsold-tb", None, False, False),
]:
    if r121_m is None:
        r121_S(r121_k, "| Sizes | all gone |", r121_r, table=True, arguable=r121_arg)
    else:
        r121_S(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w2-taken", "Seats: taken", False, False),
    ("w2-alltaken", "Seats: all taken", False, False),
    ("w2-tickets-gone", "Tickets: gone", False, False),
    ("w2-places", "Places: filled", False, False),
    ("w2-allgone", "Seats: all gone", False, False),
    ("w2-none-left", "Seats: none left", False, False),
    ("w2-sold", "Seats: sold", False, False),
    ("w2-occupied", "Seats: occupied", False, False),
    ("w2-dash", "Seats: —", False, True),
    ("w2-gone-pr", "The seats are gone.", False, False),
    ("w2-gone-li", "- seats gone", False, False),
    ("w2-de", "Plätze: weg", False, False),
    ("w2-fr", "Places : prises", False, False),
    ("w2-nb", "Seter: borte", False, False),
    ("w2-economy", "Economy: gone", False, False),
    ("w2-cabin-sold", "Cabin: sold", False, False),
    ("w2-plane", "Plane: packed", False, False),
    ("w2-full-pr", "Flight is full.", False, False),
]:
    r121_A(r121_k, r121_m, r121_r, arguable=r121_arg)
# other truth members with words in no list
r121_sT = {}


def r121_T(key, keys, rec, member, mod, right, arguable=False, safe=False):
    nm = r121_nm()
    exp_w = {}
    lines = []
    for kk, (lab, v) in zip(keys, rec):
        v = v.replace("{nm}", nm)
        lines.append("%s: %s" % (lab, v))
        exp_w[kk] = True if v == "yes" else v
    sch = S({kk: ("boolean" if kk == member else "string") for kk in keys})
    exp_r = dict(exp_w)
    exp_r[member] = right
    r121_add("T" + key, sch, "Extract %s as JSON.\n\nText:\n" % " and ".join(keys) + r121_where(lines, mod, "after"),
             exp_w, exp_r, safe, arguable)


r121_shp = (["order", "shipped"], [("Order", "Lamp {nm}"), ("Shipped", "yes")], "shipped")
r121_act = (["member", "active"], [("Member", "Ada {nm}"), ("Active", "yes")], "active")
r121_apr = (["applicant", "approved"], [("Applicant", "Ada {nm}"), ("Approved", "yes")], "approved")
r121_vac = (["patient", "vaccinated"], [("Patient", "Ada {nm}"), ("Vaccinated", "yes")], "vaccinated")
for r121_k, r121_base, r121_m, r121_r, r121_arg in [
    ("shp-rts", r121_shp, "Parcel: returned to sender", False, True),
    ("shp-stuck", r121_shp, "Parcel: still in the warehouse", False, False),
    ("shp-label", r121_shp, "Label: printed, never collected", False, False),
    ("shp-carrier", r121_shp, "Carrier: no pickup yet", False, False),
    ("shp-tracking", r121_shp, "Tracking: no scans", False, True),
    ("shp-held", r121_shp, "Parcel: on hold", False, False),
    ("shp-ok", r121_shp, "Colour: black", True, False),
    ("act-closed", r121_act, "Account: closed", False, False),
    ("act-lapsed", r121_act, "Membership: lapsed", False, False),
    ("act-expired", r121_act, "Card: expired 2024", False, True),
    ("act-banned", r121_act, "Status: banned", False, False),
    ("act-deceased", r121_act, "Deceased: 2025", False, False),
    ("act-resigned", r121_act, "Resigned: 3 May", False, False),
    ("act-ok", r121_act, "Club: Fjord", True, False),
    ("apr-withdrawn", r121_apr, "Decision: withdrawn", False, False),
    ("apr-overruled", r121_apr, "Board: overruled", False, False),
    ("apr-revoked", r121_apr, "Licence: revoked", False, True),
    ("apr-appeal", r121_apr, "Appeal: upheld against the applicant", False, True),
    ("apr-ok", r121_apr, "Office: Bergen", True, False),
    ("vac-skipped", r121_vac, "Dose: skipped", False, False),
    ("vac-postponed", r121_vac, "Shot: postponed", False, False),
    ("vac-missed", r121_vac, "Appointment: missed", False, False),
    ("vac-allergy", r121_vac, "Vaccine: not given (allergy)", False, False),
    ("vac-ok", r121_vac, "Clinic: Bergen", True, False),
]:
    r121_T(r121_k, r121_base[0], r121_base[1], r121_base[2], r121_m, r121_r, arguable=r121_arg, safe=(r121_k.endswith("-ok")))
# a struck or marked name in a list of names beside a count
for r121_k, r121_ex, r121_m, r121_r, r121_arg in [
    ("w2-strike-li", None, "- Ada Ek\n- ~~Bo Lind~~\n- Cy Holm", 2, True),
    ("w2-strike-end", "Names: Ada Ek, Bo Lind, ~~Cy Holm~~", None, 2, True),
    ("w2-paren", "Names: Ada Ek, Bo Lind (cancelled), Cy Holm", None, 2, False),
    ("w2-cross", "Names: Ada Ek, Bo Lind ✗, Cy Holm", None, 2, True),
    ("w2-four", "Names: Ada Ek, Bo Lind, Cy Holm, Di Moe", None, 4, True),
    ("w2-two", "Names: Ada Ek, Cy Holm", None, 2, True),
    ("w2-plus", "Names: Ada Ek, Bo Lind, Cy Holm + Di Moe", None, 4, False),
    ("w2-and", "Names: Ada Ek, Bo Lind, Cy Holm and Di Moe (late)", None, 4, True),
    ("w2-strike-add", "Names: Ada Ek, ~~Bo Lind~~ Di Moe, Cy Holm", None, 3, False),
    ("w2-safe", "Names: Ada Ek, Bo Lind, Cy Holm", None, 3, False),
]:
    r121_G(r121_k, r121_m, r121_r, extra=r121_ex, arguable=r121_arg, safe=(r121_k == "w2-safe"))

# ================================================================ wave 3: the wave-2 shapes in more words
for r121_k, r121_ex, r121_r, r121_arg in [
    ("w3-semi", "Names: Ada Ek, Bo Lind, Cy Holm; Di Moe joins", 4, False),
    ("w3-commaplus", "Names: Ada Ek, Bo Lind, Cy Holm, + Di Moe", 4, False),
    ("w3-parenplus", "Names: Ada Ek, Bo Lind, Cy Holm (+ Di Moe)", 4, False),
    ("w3-amp", "Names: Ada Ek, Bo Lind, Cy Holm & Di Moe", 4, True),
    ("w3-added", "Names: Ada Ek, Bo Lind, Cy Holm, Di Moe (added)", 4, False),
    ("w3-new", "Names: Ada Ek, Bo Lind, Cy Holm, Di Moe (new)", 4, False),
    ("w3-plus1", "Names: Ada Ek, Bo Lind, Cy Holm +1", 4, False),
    ("w3-plus2", "Names: Ada Ek, Bo Lind, Cy Holm +2", 5, False),
    ("w3-star", "Names: Ada Ek, Bo Lind, Cy Holm, Di Moe*\n* joined later", 4, False),
    ("w3-gone", "Names: Ada Ek, Bo Lind (gone), Cy Holm", 2, False),
    ("w3-ill", "Names: Ada Ek, Bo Lind (ill), Cy Holm", 2, True),
    ("w3-li-plus", "Names:\n- Ada Ek\n- Bo Lind\n- Cy Holm\n- + Di Moe", 4, False),
]:
    r121_G(r121_k, None, r121_r, extra=r121_ex, arguable=r121_arg)
r121_sX = S({"flight": "string", "passengers": "integer"})
for r121_k, r121_ex, r121_r in [("w3-px-plus", "Names: Ada Ek, Bo Lind + Cy Holm", 3), ("w3-px-plus1", "Names: Ada Ek, Bo Lind +1", 3),
                 ("w3-px-added", "Names: Ada Ek, Bo Lind, Cy Holm (added)", 3)]:
    r121_fl = "SK " + r121_nm()
    r121_add("X" + r121_k, r121_sX, "Extract flight and passengers as JSON.\n\nText:\nFlight: %s\nDate: 2027-03-14\nPassengers: 2\n%s\n" % (r121_fl, r121_ex),
             {"flight": r121_fl, "passengers": 2}, {"flight": r121_fl, "passengers": r121_r})
r121_sK = S({"event": "string", "tickets": "integer"})
for r121_k, r121_ex, r121_r in [("w3-tk-plus", "Holders: Ada, Bo, Cy, Di + Eli", 5), ("w3-tk-plus2", "Holders: Ada, Bo, Cy, Di +2", 6)]:
    r121_ev = "Jazz " + r121_nm()
    r121_add("K" + r121_k, r121_sK, "Extract event and tickets as JSON.\n\nText:\nEvent: %s\nVenue: Kulturhuset\nTickets: 4\n%s\n" % (r121_ev, r121_ex),
             {"event": r121_ev, "tickets": 4}, {"event": r121_ev, "tickets": r121_r})
for r121_k, r121_line, r121_r in [("w3-own-plus", "Nights: 3 +2", 5), ("w3-own-paren", "Nights: 3 (+2)", 5), ("w3-own-extra", "Nights: 3 + 2 extra", 5)]:
    r121_N(r121_k, None, r121_r, line=r121_line)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w3-bookedup", "Seats: booked up", False, False), ("w3-reserved", "Seats: all reserved", False, False),
    ("w3-claimed", "Seats: claimed", False, False), ("w3-spoken", "Seats: spoken for", False, False),
    ("w3-snapped", "Seats: snapped up", False, False), ("w3-filled", "Seats: filled", False, False),
    ("w3-allbooked", "Seats: all booked", False, False), ("w3-nada", "Seats: nada", False, False),
    ("w3-zilch", "Seats: zilch", False, False), ("w3-na", "Seats: n/a", False, True),
    ("w3-tbd", "Seats: TBD", False, True), ("w3-q", "Seats: ?", False, True),
    ("w3-de", "Plätze: vergeben", False, False), ("w3-fr", "Places : toutes prises", False, False),
    ("w3-es", "Asientos: ocupados", False, False), ("w3-nb", "Seter: opptatt", False, False),
]:
    r121_A(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w3-colours-sold", "Colours: sold", False, False), ("w3-variants", "Variants: all sold", False, False),
    ("w3-cleared", "Stock: cleared", False, False), ("w3-sellthrough", "Stock: sold through", False, False),
    ("w3-snapped", "Pairs: snapped up", False, False), ("w3-na", "Stock: n/a", False, True),
    ("w3-sizes-taken", "Sizes: all taken", False, False), ("w3-zilch", "Pairs: zilch", False, False),
    ("w3-de", "Farben: alle verkauft", False, False), ("w3-fr", "Coloris : tous vendus", False, False),
]:
    r121_S(r121_k, r121_m, r121_r, arguable=r121_arg)
for r121_k, r121_m, r121_r, r121_arg in [
    ("w3-charge-disp", "Charge: disputed", False, True), ("w3-onhold", "Payment: on hold", False, True),
    ("w3-indispute", "Payment: in dispute", False, True), ("w3-pfrozen", "Payment: frozen", False, True),
    ("w3-overthelimit", "Card: over the limit", False, False), ("w3-recalledbank", "Payment: recalled by the bank", False, False),
    ("w3-pulled", "Payment: pulled back", False, False), ("w3-notrecv", "Funds: not received", False, False),
    ("w3-notarrived", "Money: not arrived", False, False), ("w3-tbc", "Received: TBC", False, True),
    ("w3-qm", "Received: ?", False, True), ("w3-maxed-de", "Karte: ausgeschöpft", False, False),
    ("w3-clawed-pr", "The bank clawed the payment back.", False, False), ("w3-clawed-li", "- clawed back", False, False),
]:
    r121_P(r121_k, r121_m, r121_r, arguable=r121_arg)

# ---- results (alone, stepcache-s42)
r121_found_clear = ['d121-s-Aseats-gone', 'd121-s-Aw2-allgone', 'd121-s-Aw2-alltaken', 'd121-s-Aw2-occupied', 'd121-s-Aw2-sold', 'd121-s-Aw2-taken', 'd121-s-Aw3-allbooked', 'd121-s-Aw3-bookedup', 'd121-s-Aw3-claimed', 'd121-s-Aw3-es', 'd121-s-Aw3-filled', 'd121-s-Aw3-nada', 'd121-s-Aw3-reserved', 'd121-s-Aw3-snapped', 'd121-s-Aw3-spoken', 'd121-s-Aw3-zilch', 'd121-s-Gw2-plus', 'd121-s-Gw3-commaplus', 'd121-s-Gw3-gone', 'd121-s-Gw3-new', 'd121-s-Gw3-parenplus', 'd121-s-Gw3-plus1', 'd121-s-Gw3-plus2', 'd121-s-Gw3-semi', 'd121-s-Pf-chargeback', 'd121-s-Pf-insuff', 'd121-s-Pw2-clawed', 'd121-s-Pw2-insuff-de', 'd121-s-Pw2-maxed', 'd121-s-Pw2-overlimit', 'd121-s-Pw3-overthelimit', 'd121-s-Pw3-pulled', 'd121-s-Pw3-recalledbank', 'd121-s-Sf-allgone', 'd121-s-Sw2-cleared', 'd121-s-Sw2-colours', 'd121-s-Sw2-sizes-sold', 'd121-s-Sw3-colours-sold', 'd121-s-Sw3-sizes-taken', 'd121-s-Xw3-px-plus', 'd121-s-Xw3-px-plus1']
r121_found_arguable = ['d121-s-Aw2-dash', 'd121-s-Aw3-na', 'd121-s-Aw3-q', 'd121-s-Aw3-tbd', 'd121-s-Gnm-strike', 'd121-s-Gw2-and', 'd121-s-Gw2-cross', 'd121-s-Gw2-four', 'd121-s-Gw2-strike-end', 'd121-s-Gw2-two', 'd121-s-Gw3-amp', 'd121-s-Gw3-ill', 'd121-s-Pf-received-dash', 'd121-s-Pw2-awaiting', 'd121-s-Pw2-blank', 'd121-s-Pw2-dash-recv2', 'd121-s-Pw2-disputed', 'd121-s-Pw2-frozen', 'd121-s-Pw2-na', 'd121-s-Pw2-pending', 'd121-s-Pw3-indispute', 'd121-s-Pw3-onhold', 'd121-s-Pw3-pfrozen', 'd121-s-Pw3-qm', 'd121-s-Pw3-tbc', 'd121-s-Sf-dash', 'd121-s-Sw2-dash-units', 'd121-s-Sw2-na-units']
r121_found_pairs = [('d121-ok-Asafe-None', 'd121-s-Aseatsleft0'), ('d121-ok-Asafe-None', 'd121-s-Aw2-none-left')]
