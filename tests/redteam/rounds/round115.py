"""Red-team round 115 (black box, stepcache-s40): JSON extraction where a word is both a word of the
instruction vocabulary (a form word, the name of a text's part, a courtesy, a verb, a pronoun, an article,
a pointer or computation word) and an allowed value of a member (enum) or the synonym of a boolean member:
express, bio, full, basic, premium, none, standard, normal, default, final, draft, double, single, first,
high, low, plain, short, text, json, summary, it, no, A, each, same, header, last, all, once, return, ok, sure.

What the checks need (learnt in a first pass that is not kept): a value is stored only when the record
states it on its member's line; a member's value given only by a heading, tag, P.S., bracket, the
instruction or another language (an "EXPRESS" heading above a record without an "Urgent:" line, a schema
description giving a default) is refused ("true is not stated"), and texts of several records are never
stored. So no pair here relies on a record that contradicts itself; the families:
- L: the member's own line takes a vocabulary word as its value, in other cases, with courtesies
  ("Urgent: express", "Insurance: full", "Insurance: none", "Room: DOUBLE", "Language: it", "Blood type: A",
  "Unit: each", "Billing address: same", "Match: all", "Position: last");
- N: the old value named and negated or superseded on the same line ("Room: double, not single",
  "Status: final (was draft)", "Class: standard -> first", "Priority: high (default: normal)");
- A: the boolean line's label takes its antonym ("Non-refundable: yes", "Uninsured: no", "Expired: yes"),
  or a binary enum's value is negated ("Status: not final");
- YN: yes/no-likes as the boolean's value ("ok", "sure", "1", "[x]", "nope", "0", "no thanks");
- T: a member whose LABEL is the name of a text's part or a form word ("Answer: B", "Fields: 12",
  "Format: hardcover", "Source: web", "Text: ...", "Summary: ...", "Record: national"), with and without
  a "Record:" title;
- F: no "Record:" title and the member's line first (a line the checks may read as the instruction's);
- I: the old value is a word the instruction also holds ("Express the record as JSON." with
  "Service: express" -> "standard"; "Return the record ..." with "Ticket: return"; "as JSON" with "Format: json");
- SEC: the base's record kept verbatim under "Draft:", "Example:", "Template:", "Default:", "Old record:"
  beside the new record under "Final:"/"Record:";
- U (debatable): an update line after the unchanged member line ("Update: express.", "Correction: urgent, yes.");
- O, U2 (debatable): the record's boolean line unchanged, a synonym in an instruction that overrides it
  ("Treat it as express.") or in a later statement outside the record ("It has since been upgraded to
  express.", "P.S. Since upgraded to bio.");
- safe: the member line keeps its value with an agreeing vocabulary word ("Room: single (confirmed)",
  "Class: standard, not first"), or an unrelated sentence/tag/P.S. is added.
Singles: N, A and some U/O/U2 wordings under another instruction, the first model answer the old value.

Result: 0 wrong answers from the cache (723 probes twice on one store; sampled pairs and singles alone).
Fresh wrong answers (never stored, even alone): U, O, U2 and three A shapes ("Uninsured: no",
"Outstanding: no", "Expired: yes") - the fresh check accepts the old boolean. See REPORT.md of the round.
Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r115_pairs = []    # (base id, variant id)
r115_singles = []  # ids
r115_base_ids = set()
r115_INST = "Extract the record as JSON."
r115_SINST = "Return the record as JSON."

# key: (props, record lines [(label, text, value)], member index, member label, old text, old value)
r115_D = {
    "shu": ({"shipment": "string", "boxes": "integer", "weight": "number", "urgent": "boolean"},
            [("Shipment", "QX-5120", "QX-5120"), ("Boxes", "4", 4), ("Weight", "18.2 kg", 18.2)],
            "Urgent", "no", False),
    "shy": ({"shipment": "string", "boxes": "integer", "weight": "number", "urgent": "boolean"},
            [("Shipment", "QX-6031", "QX-6031"), ("Boxes", "2", 2), ("Weight", "7.5 kg", 7.5)],
            "Urgent", "yes", True),
    "fl": ({"flour": "string", "pack_price": "number", "quantity": "integer", "organic": "boolean"},
           [("Flour", "spelt", "spelt"), ("Pack price", "5.40", 5.4), ("Quantity", "6", 6)],
           "Organic", "no", False),
    "fly": ({"flour": "string", "pack_price": "number", "quantity": "integer", "organic": "boolean"},
            [("Flour", "rye", "rye"), ("Pack price", "4.10", 4.1), ("Quantity", "3", 3)],
            "Organic", "yes", True),
    "ins": ({"driver": "string", "days": "integer", "daily_rate": "number", "insurance": "boolean"},
            [("Driver", "Ilse Marchetti", "Ilse Marchetti"), ("Days", "4", 4), ("Daily rate", "41.50", 41.5)],
            "Insurance", "no", False),
    "insy": ({"driver": "string", "days": "integer", "daily_rate": "number", "insurance": "boolean"},
             [("Driver", "Tomas Riedl", "Tomas Riedl"), ("Days", "6", 6), ("Daily rate", "38.00", 38.0)],
             "Insurance", "yes", True),
    "bf": ({"guest": "string", "nights": "integer", "rate": "number", "breakfast": "boolean"},
           [("Guest", "Mireille Sandoval", "Mireille Sandoval"), ("Nights", "3", 3), ("Rate", "88.00", 88.0)],
           "Breakfast", "no", False),
    "bfy": ({"guest": "string", "nights": "integer", "rate": "number", "breakfast": "boolean"},
            [("Guest", "Aurelio Banti", "Aurelio Banti"), ("Nights", "2", 2), ("Rate", "104.00", 104.0)],
            "Breakfast", "yes", True),
    "iv": ({"invoice": "string", "amount": "number", "client": "string", "paid": "boolean"},
           [("Invoice", "INV-3391", "INV-3391"), ("Amount", "240.00", 240.0), ("Client", "Harbor Lane Ltd", "Harbor Lane Ltd")],
           "Paid", "no", False),
    "ivy": ({"invoice": "string", "amount": "number", "client": "string", "paid": "boolean"},
            [("Invoice", "INV-3402", "INV-3402"), ("Amount", "95.00", 95.0), ("Client", "Oakridge Dental", "Oakridge Dental")],
            "Paid", "yes", True),
    "pc": ({"parcel": "string", "weight": "number", "contents": "string", "fragile": "boolean"},
           [("Parcel", "BX-7710", "BX-7710"), ("Weight", "3.1 kg", 3.1), ("Contents", "books", "books")],
           "Fragile", "no", False),
    "ml": ({"dish": "string", "price": "number", "portions": "integer", "vegan": "boolean"},
           [("Dish", "lentil curry", "lentil curry"), ("Price", "12.50", 12.5), ("Portions", "2", 2)],
           "Vegan", "no", False),
    "room": ({"guest": "string", "nights": "integer", "rate": "number",
              "room": {"type": "string", "enum": ["single", "double", "suite"]}},
             [("Guest", "Hanne Lykke", "Hanne Lykke"), ("Nights", "5", 5), ("Rate", "76.00", 76.0)],
             "Room", "single", "single"),
    "tk": ({"passenger": "string", "train": "string", "seat": "integer",
            "class": {"type": "string", "enum": ["standard", "first"]}},
           [("Passenger", "Olek Brandt", "Olek Brandt"), ("Train", "ICE 578", "ICE 578"), ("Seat", "42", 42)],
           "Class", "standard", "standard"),
    "dc": ({"title": "string", "pages": "integer", "author": "string",
            "status": {"type": "string", "enum": ["draft", "final"]}},
           [("Title", "Annual budget 2027", "Annual budget 2027"), ("Pages", "14", 14), ("Author", "Mirela Kos", "Mirela Kos")],
           "Status", "draft", "draft"),
    "dd": ({"title": "string", "pages": "integer", "author": "string",
            "status": {"type": "string", "enum": ["draft", "final"]}},
           [("Title", "Harbour safety plan", "Harbour safety plan"), ("Pages", "22", 22), ("Author", "Jonas Ekdahl", "Jonas Ekdahl")],
           "Status", "final", "final"),
    "ts": ({"task": "string", "assignee": "string", "hours": "integer",
            "priority": {"type": "string", "enum": ["low", "normal", "high"]}},
           [("Task", "Replace pump seal", "Replace pump seal"), ("Assignee", "Dana Whitfield", "Dana Whitfield"), ("Hours", "3", 3)],
           "Priority", "normal", "normal"),
    "pl": ({"member": "string", "start": "string", "months": "integer",
            "tier": {"type": "string", "enum": ["basic", "premium"]}},
           [("Member", "Halvor Tangen", "Halvor Tangen"), ("Start", "2027-01-01", "2027-01-01"), ("Months", "12", 12)],
           "Tier", "basic", "basic"),
    "cr": ({"driver": "string", "days": "integer", "daily_rate": "number",
            "class": {"type": "string", "enum": ["estate", "compact", "van"]}},
           [("Driver", "Ilse Marchetti", "Ilse Marchetti"), ("Days", "4", 4), ("Daily rate", "41.50", 41.5)],
           "Class", "estate", "estate"),
    "sh": ({"shirt": "string", "size": "string", "colour": "string",
            "sleeves": {"type": "string", "enum": ["long", "short"]}},
           [("Shirt", "linen", "linen"), ("Size", "M", "M"), ("Colour", "navy", "navy")],
           "Sleeves", "long", "long"),
    "shs": ({"parcel": "string", "weight": "number", "destination": "string",
             "service": {"type": "string", "enum": ["standard", "express"]}},
            [("Parcel", "PL-882", "PL-882"), ("Weight", "2.4 kg", 2.4), ("Destination", "Lyon", "Lyon")],
            "Service", "standard", "standard"),
    "pp": ({"job": "string", "copies": "integer", "size": "string",
            "paper": {"type": "string", "enum": ["glossy", "plain"]}},
           [("Job", "PJ-204", "PJ-204"), ("Copies", "250", 250), ("Size", "A4", "A4")],
           "Paper", "glossy", "glossy"),
    "ct": ({"customer": "string", "phone": "string", "topic": "string",
            "channel": {"type": "string", "enum": ["call", "text", "email"]}},
           [("Customer", "Priya Nandakumar", "Priya Nandakumar"), ("Phone", "0176 5550 214", "0176 5550 214"),
            ("Topic", "billing", "billing")],
           "Channel", "call", "call"),
    "fmt": ({"export": "string", "rows": "integer", "owner": "string",
             "format": {"type": "string", "enum": ["csv", "json", "pdf"]}},
            [("Export", "sales-q3", "sales-q3"), ("Rows", "1200", 1200), ("Owner", "Lena Brix", "Lena Brix")],
            "Format", "csv", "csv"),
    "rp": ({"report": "string", "pages": "integer", "client": "string",
            "length": {"type": "string", "enum": ["full", "summary"]}},
           [("Report", "Market study 2026", "Market study 2026"), ("Pages", "40", 40), ("Client", "Veldt & Co", "Veldt & Co")],
           "Length", "full", "full"),
    "cf": ({"drink": "string", "price": "number", "milk": "string",
            "size": {"type": "string", "enum": ["short", "tall", "grande"]}},
           [("Drink", "latte", "latte"), ("Price", "3.60", 3.6), ("Milk", "oat", "oat")],
           "Size", "tall", "tall"),
}

# key: [(suffix, new member-line text, new value, kind)]  kind L = line value, N = old named on the line
r115_V = {
    "shu": [("express", "express", True, "L"), ("Express", "Express", True, "L"), ("EXPRESS", "EXPRESS", True, "L"),
            ("yesexp", "yes, express", True, "L"), ("expplease", "express, please", True, "L"),
            ("expnotstd", "express, not standard", True, "N"), ("nowas", "yes (was no)", True, "N"),
            ("noarrow", "no -> yes", True, "N"), ("nextday", "express next day", True, "L")],
    "shy": [("standard", "standard", False, "L"), ("Standard", "Standard", False, "L"), ("none", "none", False, "L"),
            ("normal", "normal", False, "L"), ("NORMAL", "NORMAL", False, "L"), ("low", "low", False, "L"),
            ("default", "default", False, "L"), ("noexp", "no, standard (not express)", False, "N"),
            ("yesarrow", "yes -> no", False, "N")],
    "fl": [("bio", "bio", True, "L"), ("BIO", "BIO", True, "L"), ("Bio", "Bio (EU leaf)", True, "L"),
           ("yesbio", "yes, bio", True, "L"), ("biocert", "bio-certified", True, "L"),
           ("nowas", "yes (was no)", True, "N"), ("biopls", "bio, please", True, "L")],
    "fly": [("none", "none", False, "L"), ("conv", "conventional", False, "L"), ("standard", "standard", False, "L"),
            ("plain", "no, plain", False, "L"), ("NONE", "NONE", False, "L"), ("notbio", "no (not bio)", False, "N")],
    "ins": [("full", "full", True, "L"), ("Full", "Full", True, "L"), ("FULL", "FULL", True, "L"),
            ("basic", "basic", True, "L"), ("fullcover", "full cover", True, "L"), ("premium", "premium", True, "L"),
            ("fullpls", "full, please", True, "L"), ("nowas", "yes (was no)", True, "N")],
    "insy": [("none", "none", False, "L"), ("None", "None", False, "L"), ("NONE", "NONE", False, "L"),
             ("declined", "declined", False, "L"), ("nonethx", "none, thanks", False, "L"),
             ("yesnot", "no (not full, not basic)", False, "N")],
    "bf": [("included", "included", True, "L"), ("full", "full", True, "L"), ("cont", "continental", True, "L"),
           ("Full", "Full English", True, "L"), ("yesbuf", "yes, buffet", True, "L"), ("nowas", "yes (was no)", True, "N")],
    "bfy": [("none", "none", False, "L"), ("None", "None", False, "L"), ("notincl", "not included", False, "L"),
            ("nonepls", "none, please", False, "L"), ("yesarrow", "yes -> no", False, "N")],
    "iv": [("infull", "in full", True, "L"), ("full", "full", True, "L"), ("Final", "final payment received", True, "L"),
           ("settled", "settled", True, "L"), ("nowas", "yes (was no)", True, "N"), ("FULL", "FULL", True, "L")],
    "ivy": [("none", "none", False, "L"), ("pending", "pending", False, "L"), ("notyet", "not yet", False, "L"),
            ("None", "None so far", False, "L"), ("yesarrow", "yes -> no (bounced)", False, "N")],
    "pc": [("care", "handle with care", True, "L"), ("glass", "yes, glass", True, "L"), ("FRAGILE", "FRAGILE", True, "L"),
           ("nowas", "yes (was no)", True, "N")],
    "ml": [("plant", "plant-based", True, "L"), ("fully", "fully plant-based", True, "L"), ("VEGAN", "VEGAN", True, "L"),
           ("nowas", "yes (was no)", True, "N")],
    "room": [("double", "double", "double", "L"), ("Double", "Double", "double", "L"), ("DOUBLE", "DOUBLE", "double", "L"),
             ("doubles", "doubles", "double", "L"), ("dblpls", "double, please", "double", "L"),
             ("notsingle", "double, not single", "double", "N"), ("was", "double (was single)", "double", "N"),
             ("arrow", "single -> double", "double", "N"), ("upg", "double (upgraded from single)", "double", "N"),
             ("suite", "suite", "suite", "L")],
    "tk": [("first", "first", "first", "L"), ("First", "First", "first", "L"), ("FIRST", "FIRST", "first", "L"),
           ("firstcl", "first class", "first", "L"), ("notstd", "first, not standard", "first", "N"),
           ("arrow", "standard -> first", "first", "N"), ("upg", "first (upgraded from standard)", "first", "N"),
           ("1st", "1st", "first", "L")],
    "dc": [("final", "final", "final", "L"), ("Final", "Final", "final", "L"), ("FINAL", "FINAL", "final", "L"),
           ("nolonger", "final (no longer draft)", "final", "N"), ("arrow", "draft -> final", "final", "N"),
           ("finalv", "final version", "final", "L")],
    "dd": [("draft", "draft", "draft", "L"), ("DRAFT", "DRAFT", "draft", "L"), ("notfinal", "draft (not final)", "draft", "N"),
           ("arrow", "final -> draft", "draft", "N"), ("Draft", "Draft", "draft", "L")],
    "ts": [("high", "high", "high", "L"), ("High", "High", "high", "L"), ("HIGH", "HIGH", "high", "L"),
           ("default", "high (default: normal)", "high", "N"), ("notnormal", "high, not normal", "high", "N"),
           ("arrow", "normal -> high", "high", "N"), ("low", "low", "low", "L"), ("highpls", "high, please", "high", "L")],
    "pl": [("premium", "premium", "premium", "L"), ("Premium", "Premium", "premium", "L"), ("PREMIUM", "PREMIUM", "premium", "L"),
           ("was", "premium (was basic)", "premium", "N"), ("arrow", "basic -> premium", "premium", "N")],
    "cr": [("compact", "compact", "compact", "L"), ("Compact", "Compact", "compact", "L"), ("COMPACT", "COMPACT", "compact", "L"),
           ("notestate", "compact, not estate", "compact", "N"), ("soldout", "compact (estate sold out)", "compact", "N")],
    "sh": [("short", "short", "short", "L"), ("Short", "Short", "short", "L"), ("SHORT", "SHORT", "short", "L"),
           ("notlong", "short, not long", "short", "N"), ("soldout", "short (long sold out)", "short", "N")],
    "shs": [("express", "express", "express", "L"), ("Express", "Express", "express", "L"), ("EXPRESS", "EXPRESS", "express", "L"),
            ("notstd", "express, not standard", "express", "N"), ("arrow", "standard -> express", "express", "N"),
            ("upg", "express (upgraded from standard)", "express", "N")],
    "pp": [("plain", "plain", "plain", "L"), ("Plain", "Plain", "plain", "L"), ("PLAIN", "PLAIN", "plain", "L"),
           ("notglossy", "plain, not glossy", "plain", "N")],
    "ct": [("text", "text", "text", "L"), ("Text", "Text", "text", "L"), ("TEXT", "TEXT", "text", "L"),
           ("notcall", "text, not call", "text", "N"), ("nocalls", "text (no calls)", "text", "N"), ("email", "email", "email", "L")],
    "fmt": [("json", "json", "json", "L"), ("JSON", "JSON", "json", "L"), ("notcsv", "JSON, not CSV", "json", "N"),
            ("arrow", "csv -> json", "json", "N"), ("pdf", "PDF", "pdf", "L")],
    "rp": [("summary", "summary", "summary", "L"), ("Summary", "Summary", "summary", "L"), ("SUMMARY", "SUMMARY", "summary", "L"),
           ("notfull", "summary, not full", "summary", "N"), ("was", "summary (was full)", "summary", "N")],
    "cf": [("short", "short", "short", "L"), ("Short", "Short", "short", "L"), ("SHORT", "SHORT", "short", "L"),
           ("nottall", "short, not tall", "short", "N"), ("grande", "grande", "grande", "L")],
}

# ---- batch 2: the new value is itself a word the checks may treat specially: a pronoun ("it"), a
# negation ("no", "none"), an article ("A"), a pointer ("same", "last", "next"), a word of computation
# ("each", "all", "once"), the name of a text's part ("header", "footer", "summary", "record", "note").
r115_D.update({
    "lang": ({"customer": "string", "days": "integer", "language": {"type": "string", "enum": ["en", "it", "no", "de"]}},
             [("Customer", "Joris Vandermeer", "Joris Vandermeer"), ("Days", "2", 2)], "Language", "en", "en"),
    "bt": ({"donor": "string", "age": "integer", "blood_type": {"type": "string", "enum": ["A", "B", "AB", "O"]}},
           [("Donor", "Keira Olsen", "Keira Olsen"), ("Age", "34", 34)], "Blood type", "B", "B"),
    "un": ({"item": "string", "quantity": "integer", "unit": {"type": "string", "enum": ["box", "each", "pack", "pair"]}},
           [("Item", "M6 washers", "M6 washers"), ("Quantity", "30", 30)], "Unit", "box", "box"),
    "ad": ({"customer": "string", "city": "string", "billing_address": {"type": "string", "enum": ["same", "different"]}},
           [("Customer", "Ruth Adebayo", "Ruth Adebayo"), ("City", "Leeds", "Leeds")], "Billing address", "different",
           "different"),
    "pm": ({"advert": "string", "weeks": "integer", "placement": {"type": "string", "enum": ["header", "sidebar", "footer"]}},
           [("Advert", "Spring sale banner", "Spring sale banner"), ("Weeks", "3", 3)], "Placement", "sidebar", "sidebar"),
    "an": ({"question": "string", "points": "integer", "answer": {"type": "string", "enum": ["yes", "no", "maybe"]}},
           [("Question", "Q7", "Q7"), ("Points", "2", 2)], "Answer", "maybe", "maybe"),
    "qu": ({"patient": "string", "room": "string", "position": {"type": "string", "enum": ["first", "next", "last"]}},
           [("Patient", "Edvin Holm", "Edvin Holm"), ("Room", "B12", "B12")], "Position", "next", "next"),
    "mt": ({"rule": "string", "owner": "string", "match": {"type": "string", "enum": ["all", "any", "none"]}},
           [("Rule", "spam-filter-4", "spam-filter-4"), ("Owner", "Nadia Ferreira", "Nadia Ferreira")], "Match", "any", "any"),
    "fq": ({"task": "string", "hours": "integer", "frequency": {"type": "string", "enum": ["once", "daily", "weekly"]}},
           [("Task", "Backup check", "Backup check"), ("Hours", "1", 1)], "Frequency", "daily", "daily"),
    "kd": ({"title": "string", "author": "string", "kind": {"type": "string", "enum": ["note", "summary", "record", "draft"]}},
           [("Title", "Board meeting 12 May", "Board meeting 12 May"), ("Author", "Ivo Petrov", "Ivo Petrov")], "Kind", "note",
           "note"),
    "dr": ({"trail": "string", "km": "number", "direction": {"type": "string", "enum": ["up", "down", "both"]}},
           [("Trail", "Ridge path", "Ridge path"), ("Km", "6.5", 6.5)], "Direction", "up", "up"),
    "tt": ({"passenger": "string", "route": "string", "ticket": {"type": "string", "enum": ["single", "return", "other"]}},
           [("Passenger", "Mai Tanaka", "Mai Tanaka"), ("Route", "York - Leeds", "York - Leeds")], "Ticket", "return", "return"),
    "al": ({"widget": "string", "width": "integer", "align": {"type": "string", "enum": ["left", "right", "center"]}},
           [("Widget", "price tag", "price tag"), ("Width", "120", 120)], "Align", "left", "left"),
})
r115_V.update({
    "lang": [("it", "it", "it", "L"), ("IT", "IT", "it", "L"), ("It", "It", "it", "L"), ("no", "no", "no", "L"),
             ("NO", "NO", "no", "L"), ("de", "de", "de", "L")],
    "bt": [("A", "A", "A", "L"), ("a", "a", "A", "L"), ("O", "O", "O", "L"), ("AB", "AB", "AB", "L")],
    "un": [("each", "each", "each", "L"), ("Each", "Each", "each", "L"), ("EACH", "EACH", "each", "L"),
           ("pair", "pair", "pair", "L"), ("pack", "pack", "pack", "L")],
    "ad": [("same", "same", "same", "L"), ("Same", "Same", "same", "L"), ("SAME", "SAME", "same", "L"),
           ("sameas", "same as shipping", "same", "L")],
    "pm": [("header", "header", "header", "L"), ("Header", "Header", "header", "L"), ("footer", "footer", "footer", "L"),
           ("FOOTER", "FOOTER", "footer", "L")],
    "an": [("yes", "yes", "yes", "L"), ("no", "no", "no", "L"), ("No", "No", "no", "L"), ("YES", "YES", "yes", "L")],
    "qu": [("last", "last", "last", "L"), ("first", "first", "first", "L"), ("Last", "Last", "last", "L"),
           ("LAST", "LAST", "last", "L")],
    "mt": [("all", "all", "all", "L"), ("none", "none", "none", "L"), ("All", "All", "all", "L"), ("NONE", "NONE", "none", "L")],
    "fq": [("once", "once", "once", "L"), ("Once", "Once", "once", "L"), ("weekly", "weekly", "weekly", "L")],
    "kd": [("summary", "summary", "summary", "L"), ("record", "record", "record", "L"), ("draft", "draft", "draft", "L"),
           ("Summary", "Summary", "summary", "L")],
    "dr": [("down", "down", "down", "L"), ("both", "both", "both", "L"), ("Both", "Both", "both", "L")],
    "tt": [("single", "single", "single", "L"), ("other", "other", "other", "L"), ("Other", "Other", "other", "L")],
    "al": [("right", "right", "right", "L"), ("Right", "Right", "right", "L"), ("center", "center", "center", "L")],
})

# update lines after an unchanged member line (kind U, debatable): key -> [(suffix, line, new value)]
r115_U = {
    "shu": [("upd", "Update: express.", True), ("chg", "Changed to express.", True), ("corr", "Correction: urgent, yes.", True),
            ("edit", "EDIT: now express", True)],
    "fl": [("upd", "Update: now bio.", True), ("corr", "Correction: organic, yes (bio).", True)],
    "ins": [("upd", "Update: full insurance added.", True), ("corr", "Correction: insurance, yes (full).", True)],
    "bf": [("upd", "Update: breakfast included.", True)],
    "iv": [("upd", "Update: paid in full.", True), ("corr", "Correction: paid, yes.", True)],
    "room": [("upd", "Update: room double.", "double"), ("chg", "Changed to double.", "double"),
             ("corr", "Correction: room, double.", "double"), ("final", "Final: double.", "double")],
    "tk": [("upd", "Update: first class.", "first"), ("corr", "Correction: class, first.", "first")],
    "dc": [("upd", "Update: final.", "final"), ("corr", "Correction: status, final.", "final"),
           ("edit", "EDIT: final", "final")],
    "ts": [("upd", "Update: high.", "high"), ("corr", "Correction: priority, high.", "high")],
    "pl": [("upd", "Update: upgraded to premium.", "premium")],
    "shs": [("upd", "Update: express.", "express"), ("chg", "Changed to express.", "express")],
    "fmt": [("upd", "Update: json.", "json")],
    "rp": [("upd", "Update: summary only.", "summary")],
}

# safe: the member line keeps its value with an agreeing vocabulary word, or an unrelated sentence is added
r115_SAFE_LINE = {
    "shu": ["no (standard)", "no, standard service", "no, thanks"],
    "shy": ["yes (express)", "yes, express"],
    "fl": ["no (not bio)", "no, conventional"],
    "ins": ["no (none)", "none"],
    "insy": ["yes (full)", "yes, basic"],
    "bf": ["no (none)"],
    "room": ["single (confirmed)", "single, please", "single, not double", "Single"],
    "tk": ["standard, not first", "Standard", "standard (default)"],
    "dc": ["draft (not final)", "DRAFT", "draft, please"],
    "ts": ["normal (default)", "normal, not high", "Normal"],
    "pl": ["basic (not premium)", "Basic"],
    "cr": ["estate, not compact", "Estate"],
    "shs": ["standard, not express", "STANDARD"],
    "fmt": ["CSV", "csv, not json"],
    "rp": ["full, not summary", "Full"],
    "cf": ["tall, not short"],
}
r115_SAFE_ADD = [("thx", r115_INST + " Thank you.", ""), ("ps", r115_INST, "\nP.S. Have a nice day.\n"),
                 ("tag", r115_INST, "#inbox\n"), ("pls", "Please extract the record as JSON.", "")]


def r115_exp(key, val):
    props, lines, _lab, _old, _oldv = r115_D[key]
    keys = list(props)
    e = {k: v for k, (_l, _t, v) in zip(keys, lines)}
    e[keys[-1]] = val
    return e


def r115_rec(key, member_text, extra=""):
    props, lines, lab, _old, _oldv = r115_D[key]
    return "Record:\n" + "".join("%s: %s\n" % (l, t) for l, t, _v in lines) + "%s: %s\n" % (lab, member_text) + extra


def r115_prompt(key, member_text, inst=r115_INST, extra=""):
    return inst + "\n\n" + r115_rec(key, member_text, extra)


def r115_sch(key):
    return S(r115_D[key][0])


def r115_base(key):
    bid = "d115-%s-base" % key
    if bid not in r115_base_ids:
        r115_base_ids.add(bid)
        ex = r115_exp(key, r115_D[key][4])
        J(bid, "r115_base", r115_prompt(key, r115_D[key][3]), r115_sch(key), ex, [ex], safe=True)
    return bid


def r115_blk0():
    for r115_key in r115_D:
        r115_base(r115_key)


r115_blk0()
def r115_blk1():
    for r115_key, r115_vs in r115_V.items():
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        for suf, text, val, kind in r115_vs:
            ex = r115_exp(r115_key, val)
            vid = "d115-%s-%s-%s" % (r115_key, kind.lower(), suf)
            J(vid, "r115_" + kind, r115_prompt(r115_key, text), r115_sch(r115_key), ex, [r115_old, ex])
            r115_pairs.append((r115_bid, vid))
            sid = "d115-%s-s%s-%s" % (r115_key, kind.lower(), suf)
            J(sid, "r115_single", r115_prompt(r115_key, text, inst=r115_SINST), r115_sch(r115_key), ex, [r115_old, ex, ex])
            r115_singles.append(sid)


r115_blk1()
def r115_blk2():
    for r115_key, r115_us in r115_U.items():
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        for suf, line, val in r115_us:
            ex = r115_exp(r115_key, val)
            vid = "d115-%s-u-%s" % (r115_key, suf)
            J(vid, "r115_U", r115_prompt(r115_key, r115_D[r115_key][3], extra=line + "\n"), r115_sch(r115_key), ex,
              [r115_old, ex])
            r115_pairs.append((r115_bid, vid))
            sid = "d115-%s-su-%s" % (r115_key, suf)
            J(sid, "r115_single", r115_prompt(r115_key, r115_D[r115_key][3], inst=r115_SINST, extra=line + "\n"),
              r115_sch(r115_key), ex, [r115_old, ex, ex])
            r115_singles.append(sid)


r115_blk2()
def r115_blk3():
    for r115_key in r115_D:
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        for i, text in enumerate(r115_SAFE_LINE.get(r115_key, [])):
            vid = "d115-%s-safe-line%d" % (r115_key, i)
            J(vid, "r115_safe", r115_prompt(r115_key, text), r115_sch(r115_key), r115_old, [r115_old], safe=True)
            r115_pairs.append((r115_bid, vid))
        for suf, inst, extra in r115_SAFE_ADD:
            vid = "d115-%s-safe-%s" % (r115_key, suf)
            J(vid, "r115_safe", r115_prompt(r115_key, r115_D[r115_key][3], inst=inst, extra=extra), r115_sch(r115_key),
              r115_old, [r115_old], safe=True)
            r115_pairs.append((r115_bid, vid))


r115_blk3()


# ---- batch 3: the old value is a word the INSTRUCTION also holds (a verb, a form word, an article, a
# pronoun: "Express the record as JSON." with "Service: express"; "Return the record ..." with "Ticket: return";
# "as JSON" with "Format: json"). Pair: base with the record's value = the instruction's word (stored), variant
# with the record's line changed to another value, the instruction unchanged: the old value is still "in the
# text" only through the instruction. Single: the record's other value, the model answering the instruction's word.
r115_D.update({
    "kd2": ({"title": "string", "author": "string", "pages": "integer",
             "kind": {"type": "string", "enum": ["note", "summary", "record", "draft"]}},
            [("Title", "Board meeting 12 May", "Board meeting 12 May"), ("Author", "Ivo Petrov", "Ivo Petrov"),
             ("Pages", "3", 3)], "Kind", "note", "note"),
    "dr2": ({"trail": "string", "length_km": "number", "climb_m": "integer",
             "direction": {"type": "string", "enum": ["up", "down", "both"]}},
            [("Trail", "Ridge path", "Ridge path"), ("Length km", "6.5", 6.5), ("Climb m", "420", 420)],
            "Direction", "up", "up"),
    "bt2": ({"donor": "string", "age": "integer", "city": "string", "blood_type": {"type": "string", "enum": ["A", "B", "AB", "O"]}},
            [("Donor", "Keira Olsen", "Keira Olsen"), ("Age", "34", 34), ("City", "Aarhus", "Aarhus")], "Blood type", "B", "B"),
    "fmt2": ({"export": "string", "rows": "integer", "owner": "string",
              "format": {"type": "string", "enum": ["csv", "json", "pdf"]}},
             [("Export", "sales q3", "sales q3"), ("Rows", "1200", 1200), ("Owner", "Lena Brix", "Lena Brix")],
             "Format", "csv", "csv"),
})
# key: [(suffix, instruction, old text, old value, new text, new value)]
r115_I = {
    "shs": [("expverb", "Express the record as JSON.", "express", "express", "standard", "standard"),
            ("expverb2", "Please express this record in JSON.", "express", "express", "standard", "standard")],
    "tt": [("retverb", "Return the record as JSON.", "return", "return", "single", "single"),
           ("retverb2", "Read the record and return it as JSON.", "return", "return", "other", "other")],
    "fmt2": [("json", "Extract the record as JSON.", "json", "json", "csv", "csv"),
             ("json2", "Extract the record as JSON.", "JSON", "json", "PDF", "pdf"),
             ("csvinst", "Extract the record as JSON, not CSV.", "csv", "csv", "pdf", "pdf")],
    "mt": [("all", "Extract all fields of the record as JSON.", "all", "all", "any", "any"),
           ("none", "Extract the record as JSON. Leave none out.", "none", "none", "any", "any")],
    "qu": [("first", "First, extract the record as JSON.", "first", "first", "next", "next"),
           ("last", "Extract the record as JSON. Check the last line.", "last", "last", "next", "next")],
    "lang": [("it", "Read the record and extract it as JSON.", "it", "it", "en", "en"),
             ("no", "Extract the record as JSON, no comments.", "no", "no", "de", "de")],
    "un": [("each", "Extract each field of the record as JSON.", "each", "each", "box", "box")],
    "ad": [("same", "Extract the record as JSON with the same keys as the schema.", "same", "same", "different", "different")],
    "pm": [("header", "Extract the record under this header as JSON.", "header", "header", "sidebar", "sidebar")],
    "kd2": [("record", "Extract the record as JSON.", "record", "record", "note", "note"),
            ("note", "Extract the record as JSON. Note: keep the key order.", "note", "note", "summary", "summary"),
            ("summary", "Extract the record as JSON, not a summary.", "summary", "summary", "note", "note")],
    "al": [("right", "Extract the record as JSON right away.", "right", "right", "left", "left")],
    "dr2": [("up", "Look up the record and extract it as JSON.", "up", "up", "down", "down")],
    "fq": [("once", "Extract the record as JSON once.", "once", "once", "daily", "daily")],
    "bt2": [("a", "Extract the record as JSON in a single object.", "A", "A", "B", "B")],
    "pp": [("plain", "Extract the record as plain JSON.", "plain", "plain", "glossy", "glossy")],
    "sh": [("short", "Keep it short: extract the record as JSON.", "short", "short", "long", "long")],
    "dc": [("draft", "Draft the record as JSON.", "draft", "draft", "final", "final"),
           ("final", "Extract the record as JSON. Final answer only.", "final", "final", "draft", "draft")],
    "rp": [("full", "Extract the full record as JSON.", "full", "full", "summary", "summary")],
    "tk": [("first", "First, extract the record as JSON.", "first", "first", "standard", "standard")],
    "ct": [("text", "Extract the record from the text below as JSON.", "text", "text", "call", "call")],
    "ts": [("high", "Extract the record as JSON with high accuracy.", "high", "high", "normal", "normal"),
           ("low", "Extract the record as JSON at low cost.", "low", "low", "normal", "normal")],
    "cr": [("compact", "Extract the record as compact JSON.", "compact", "compact", "estate", "estate")],
    "room": [("double", "Double-check and extract the record as JSON.", "double", "double", "single", "single"),
             ("single", "Extract the record as a single JSON object.", "single", "single", "double", "double")],
    "pl": [("basic", "Extract the record as basic JSON.", "basic", "basic", "premium", "premium")],
    "cf": [("short", "In short: extract the record as JSON.", "short", "short", "tall", "tall")],
    "shy": [("urgent", "Urgent request: extract the record as JSON.", "yes", True, "no", False)],
    "ivy": [("paid", "Extract the record as JSON (paid API call, be brief).", "yes", True, "no", False)],
}
def r115_blk4():
    for r115_key, r115_is in r115_I.items():
        for suf, inst, otext, oval, ntext, nval in r115_is:
            oex = r115_exp(r115_key, oval)
            nex = r115_exp(r115_key, nval)
            bid = "d115-%s-ib-%s" % (r115_key, suf)
            J(bid, "r115_base", r115_prompt(r115_key, otext, inst=inst), r115_sch(r115_key), oex, [oex], safe=True)
            vid = "d115-%s-i-%s" % (r115_key, suf)
            J(vid, "r115_I", r115_prompt(r115_key, ntext, inst=inst), r115_sch(r115_key), nex, [oex, nex])
            r115_pairs.append((bid, vid))
            # single: another record's wording (a blank line inside the record's end), the instruction's word first
            sid = "d115-%s-si-%s" % (r115_key, suf)
            J(sid, "r115_single", r115_prompt(r115_key, ntext, inst=inst).rstrip("\n") + "\n\n", r115_sch(r115_key), nex,
              [oex, nex, nex])
            r115_singles.append(sid)
            # safe: the base's instruction reworded with the same word kept, same record
            fid = "d115-%s-isafe-%s" % (r115_key, suf)
            J(fid, "r115_safe", r115_prompt(r115_key, otext, inst=inst + " Thank you."), r115_sch(r115_key), oex, [oex],
              safe=True)
            r115_pairs.append((bid, fid))


r115_blk4()


# ---- batch 4: the member's line keeps its value but takes the antonym label (a negation word glued to the
# label: "Refundable: yes" -> "Non-refundable: yes"), or a binary enum's value is negated ("Status: not final").
# The old value's word stays on the member's own line; the record does not contradict itself.
r115_D.update({
    "rf": ({"booking": "string", "price": "number", "nights": "integer", "refundable": "boolean"},
           [("Booking", "HB-20931", "HB-20931"), ("Price", "312.00", 312.0), ("Nights", "3", 3)], "Refundable", "yes", True),
    "gf": ({"bread": "string", "price": "number", "weight_g": "integer", "gluten_free": "boolean"},
           [("Bread", "seeded loaf", "seeded loaf"), ("Price", "4.80", 4.8), ("Weight g", "750", 750)], "Gluten free", "no", False),
    "stk": ({"product": "string", "price": "number", "sku": "string", "in_stock": "boolean"},
            [("Product", "desk lamp", "desk lamp"), ("Price", "39.90", 39.9), ("SKU", "DL-4471", "DL-4471")], "In stock", "yes", True),
    "vl": ({"voucher": "string", "amount": "number", "owner": "string", "valid": "boolean"},
           [("Voucher", "GX-118", "GX-118"), ("Amount", "25.00", 25.0), ("Owner", "Sami Laine", "Sami Laine")], "Valid", "yes", True),
    "ac": ({"account": "string", "plan": "string", "seats": "integer", "active": "boolean"},
           [("Account", "acme-eu", "acme-eu"), ("Plan", "team", "team"), ("Seats", "14", 14)], "Active", "yes", True),
    "sg": ({"contract": "string", "value": "number", "party": "string", "signed": "boolean"},
           [("Contract", "C-7720", "C-7720"), ("Value", "18000.00", 18000.0), ("Party", "Birchwood GmbH", "Birchwood GmbH")],
           "Signed", "no", False),
    "cp": ({"order": "string", "items": "integer", "total": "number", "complete": "boolean"},
           [("Order", "A-5530", "A-5530"), ("Items", "7", 7), ("Total", "86.40", 86.4)], "Complete", "no", False),
    "lk": ({"door": "string", "floor": "integer", "zone": "string", "locked": "boolean"},
           [("Door", "D-14", "D-14"), ("Floor", "2", 2), ("Zone", "east", "east")], "Locked", "yes", True),
})
# key: [(suffix, new line "Label: value" replacing the member line, new value)]
r115_A = {
    "rf": [("non", "Non-refundable: yes", False), ("nonsp", "Non refundable: yes", False), ("NON", "NON-REFUNDABLE: yes", False)],
    "gf": [("contains", "Contains gluten: no", True)],
    "stk": [("out", "Out of stock: yes", False), ("not", "Not in stock: yes", False)],
    "vl": [("in", "Invalid: yes", False), ("not", "Not valid: yes", False), ("exp", "Expired: yes", False)],
    "ac": [("in", "Inactive: yes", False), ("not", "Not active: yes", False)],
    "sg": [("un", "Unsigned: no", True), ("not", "Not signed: no", True)],
    "cp": [("in", "Incomplete: no", True), ("not", "Not complete: no", True)],
    "lk": [("un", "Unlocked: yes", False), ("not", "Not locked: yes", False)],
    "iv": [("un", "Unpaid: no", True), ("out", "Outstanding: no", True)],
    "ins": [("un", "Uninsured: no", True)],
    "dd": [("not", "Status: not final", "draft"), ("non", "Status: non-final", "draft")],
    "dc": [("not", "Status: not draft", "final"), ("no", "Status: no longer a draft", "final")],
    "tk": [("not", "Class: not first", "standard")],
    "shs": [("non", "Service: non-express", "standard")],
    "sh": [("not", "Sleeves: not long", "short")],
    "pp": [("non", "Paper: non-glossy", "plain")],
}
def r115_blk5():
    for r115_key, r115_as in r115_A.items():
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        _p, r115_lines_, _lab, _ot, _ov = r115_D[r115_key]
        for suf, line, val in r115_as:
            ex = r115_exp(r115_key, val)
            body = "Record:\n" + "".join("%s: %s\n" % (l, t) for l, t, _v in r115_lines_) + line + "\n"
            vid = "d115-%s-a-%s" % (r115_key, suf)
            J(vid, "r115_A", r115_INST + "\n\n" + body, r115_sch(r115_key), ex, [r115_old, ex])
            r115_pairs.append((r115_bid, vid))
            sid = "d115-%s-sa-%s" % (r115_key, suf)
            J(sid, "r115_single", r115_SINST + "\n\n" + body, r115_sch(r115_key), ex, [r115_old, ex, ex])
            r115_singles.append(sid)


r115_blk5()


# ---- batch 5 (debatable, counted apart): the record's boolean line unchanged, a synonym of the member in an
# instruction that overrides it ("Treat it as express") or in a later statement outside the record that
# supersedes it ("It has since been upgraded to express."). Not a record that contradicts itself, but the
# record's own line and the later word disagree; marked r115_O / r115_U2.
r115_W = {
    "shu": ["express", "rush delivery", "priority handling", "next-day delivery"],
    "fl": ["bio", "eco", "organic"],
    "ins": ["full cover", "fully insured"],
    "bf": ["breakfast included", "B&B"],
    "iv": ["settled", "paid in full"],
    "pc": ["fragile", "handle-with-care"],
    "ml": ["vegan", "plant-based"],
}
r115_OT = [
    ("O", "o1", lambda w, rec: r115_INST[:-1] + ", treating it as %s.\n\n" % w + rec),
    ("O", "o2", lambda w, rec: r115_INST + " Treat it as %s.\n\n" % w + rec),
    ("O", "o3", lambda w, rec: "Treat this one as %s and extract the record as JSON.\n\n" % w + rec),
    ("U2", "u1", lambda w, rec: r115_INST + " It has since been upgraded to %s.\n\n" % w + rec),
    ("U2", "u2", lambda w, rec: "Upgraded to %s: extract the record as JSON.\n\n" % w + rec),
    ("U2", "u3", lambda w, rec: r115_INST + "\n\n(Upgraded to %s today.)\n\n" % w + rec),
    ("U2", "u4", lambda w, rec: r115_INST + "\n\n" + rec + "\nP.S. Since upgraded to %s.\n" % w),
    ("U2", "u5", lambda w, rec: r115_INST + " Note: now %s.\n\n" % w + rec),
]
def r115_blk6():
    for r115_key, r115_ws in r115_W.items():
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        ex = r115_exp(r115_key, not r115_D[r115_key][4])
        rec = r115_rec(r115_key, r115_D[r115_key][3])
        for wi, w in enumerate(r115_ws):
            for fam, suf, fn in r115_OT:
                vid = "d115-%s-%s-w%d" % (r115_key, suf, wi)
                J(vid, "r115_" + fam, fn(w, rec), r115_sch(r115_key), ex, [r115_old, ex])
                r115_pairs.append((r115_bid, vid))
                if wi == 0:
                    sid = "d115-%s-s%s-w%d" % (r115_key, suf, wi)
                    J(sid, "r115_single", fn(w, rec).replace("xtract the record", "xtract this record", 1),
                      r115_sch(r115_key), ex, [r115_old, ex, ex])
                    r115_singles.append(sid)


r115_blk6()


# ---- batch 6: a member whose LABEL is the name of a text's part or a word of the instruction vocabulary
# ("Record: national", "Answer: B", "Output: 40", "Input: 400", "Fields: 12", "Format: hardcover",
# "Source: web", "Note: ring twice", "Text: running late", "Summary: ..."); the member's line changes value.
# key: (props, lines [(label, text, value)] with the member line included, member index, [(suf, new text, new value)])
r115_T = {
    "rec": ({"athlete": "string", "event": "string", "time": "number",
             "record": {"type": "string", "enum": ["none", "national", "world"]}},
            [("Athlete", "Ana Ruiz", "Ana Ruiz"), ("Event", "400 m", "400 m"), ("Time", "51.20", 51.2),
             ("Record", "national", "national")], 3, [("world", "world", "world"), ("none", "none", "none"),
                                                      ("World", "World", "world")]),
    "quiz": ({"student": "string", "question": "integer", "answer": {"type": "string", "enum": ["A", "B", "C", "D"]},
              "points": "integer"},
             [("Student", "Lior Ben-Ami", "Lior Ben-Ami"), ("Question", "7", 7), ("Answer", "B", "B"), ("Points", "2", 2)],
             2, [("C", "C", "C"), ("D", "D", "D"), ("A", "A", "A")]),
    "quizq": ({"student": "string", "question": "integer", "answer": {"type": "string", "enum": ["A", "B", "C", "D"]},
               "points": "integer"},
              [("Student", "Lior Ben-Ami", "Lior Ben-Ami"), ("Question", "7", 7), ("Answer", "B", "B"), ("Points", "2", 2)],
              1, [("9", "9", 9), ("17", "17", 17)]),
    "gen": ({"model": "string", "output_kw": "number", "input_v": "integer", "weight_kg": "number"},
            [("Model", "GX-40", "GX-40"), ("Output", "40 kW", 40), ("Input", "400 V", 400), ("Weight", "620 kg", 620)],
            1, [("55", "55 kW", 55), ("4", "4 kW", 4)]),
    "geni": ({"model": "string", "output_kw": "number", "input_v": "integer", "weight_kg": "number"},
             [("Model", "GX-40", "GX-40"), ("Output", "40 kW", 40), ("Input", "400 V", 400), ("Weight", "620 kg", 620)],
             2, [("230", "230 V", 230)]),
    "farm": ({"farm": "string", "fields": "integer", "hectares": "number", "owner": "string"},
             [("Farm", "Hollow Creek", "Hollow Creek"), ("Fields", "12", 12), ("Hectares", "85", 85),
              ("Owner", "Brita Olsen", "Brita Olsen")], 1, [("14", "14", 14), ("2", "2", 2)]),
    "book": ({"title": "string", "author": "string", "pages": "integer",
              "format": {"type": "string", "enum": ["hardcover", "paperback", "ebook"]}},
             [("Title", "The Salt Road", "The Salt Road"), ("Author", "Nell Ashby", "Nell Ashby"), ("Pages", "320", 320),
              ("Format", "hardcover", "hardcover")], 3, [("pb", "paperback", "paperback"), ("eb", "ebook", "ebook")]),
    "lead": ({"name": "string", "company": "string", "source": {"type": "string", "enum": ["web", "phone", "referral"]},
              "score": "integer"},
             [("Name", "Omar Haddad", "Omar Haddad"), ("Company", "Tidewell", "Tidewell"), ("Source", "web", "web"),
              ("Score", "62", 62)], 2, [("phone", "phone", "phone"), ("ref", "referral", "referral")]),
    "dlv": ({"parcel": "string", "street": "string", "note": "string", "floor": "integer"},
            [("Parcel", "PX-3301", "PX-3301"), ("Street", "Elm Row 4", "Elm Row 4"), ("Note", "leave at door", "leave at door"),
             ("Floor", "3", 3)], 2, [("ring", "ring twice", "ring twice"), ("nbr", "leave with neighbour", "leave with neighbour")]),
    "sms": ({"sender": "string", "time": "string", "text": "string", "read": "boolean"},
            [("Sender", "Mum", "Mum"), ("Time", "18:40", "18:40"), ("Text", "running late", "running late"), ("Read", "no", False)],
            2, [("home", "home by nine", "home by nine"), ("early", "running early", "running early")]),
    "tkt": ({"ticket": "string", "summary": "string", "priority": "integer", "owner": "string"},
            [("Ticket", "OPS-771", "OPS-771"), ("Summary", "disk full on db2", "disk full on db2"), ("Priority", "2", 2),
             ("Owner", "Kemal Aras", "Kemal Aras")], 1, [("mem", "memory leak on db2", "memory leak on db2"),
                                                        ("disk3", "disk full on db3", "disk full on db3")]),
}
def r115_blk7():
    for r115_key, (props, lines, mi, news) in r115_T.items():
        sch = S(props)
        keys = list(props)
        def r115_tp(lns, head=True, inst=r115_INST):
            return inst + "\n\n" + ("Record:\n" if head else "") + "".join("%s: %s\n" % (l, t) for l, t, _v in lns)
        old = {k: v for k, (_l, _t, v) in zip(keys, lines)}
        for head in (True, False):
            hs = "" if head else "nh"
            bid = "d115-%s-tbase%s" % (r115_key, hs)
            J(bid, "r115_base", r115_tp(lines, head), sch, old, [old], safe=True)
            for suf, ntext, nval in news:
                nl = list(lines)
                nl[mi] = (lines[mi][0], ntext, nval)
                ex = dict(old)
                ex[keys[mi]] = nval
                vid = "d115-%s-t%s-%s" % (r115_key, hs, suf)
                J(vid, "r115_T", r115_tp(nl, head), sch, ex, [old, ex])
                r115_pairs.append((bid, vid))
                if head:
                    sid = "d115-%s-st-%s" % (r115_key, suf)
                    J(sid, "r115_single", r115_tp(nl, head, inst=r115_SINST), sch, ex, [old, ex, ex])
                    r115_singles.append(sid)
            fid = "d115-%s-tsafe%s" % (r115_key, hs)
            J(fid, "r115_safe", r115_tp(lines, head, inst=r115_INST + " Thank you."), sch, old, [old], safe=True)
            r115_pairs.append((bid, fid))


r115_blk7()


# ---- batch 7: no "Record:" title, the member's line FIRST after the instruction (a first line the checks
# may read as part of the instruction): "Extract the record as JSON.\n\nUrgent: express\nShipment: ...".
def r115_blk8():
    for r115_key, r115_vs in r115_V.items():
        _p, r115_lines_, r115_lab, r115_ot, r115_ov = r115_D[r115_key]
        def r115_fp(mtext, inst=r115_INST):
            return inst + "\n\n%s: %s\n" % (r115_lab, mtext) + "".join("%s: %s\n" % (l, t) for l, t, _v in r115_lines_)
        bid = "d115-%s-fbase" % r115_key
        r115_old = r115_exp(r115_key, r115_ov)
        J(bid, "r115_base", r115_fp(r115_ot), r115_sch(r115_key), r115_old, [r115_old], safe=True)
        for suf, text, val, kind in r115_vs[:3]:
            ex = r115_exp(r115_key, val)
            vid = "d115-%s-f-%s" % (r115_key, suf)
            J(vid, "r115_F", r115_fp(text), r115_sch(r115_key), ex, [r115_old, ex])
            r115_pairs.append((bid, vid))
            sid = "d115-%s-sf-%s" % (r115_key, suf)
            J(sid, "r115_single", r115_fp(text, inst=r115_SINST), r115_sch(r115_key), ex, [r115_old, ex, ex])
            r115_singles.append(sid)
        fid = "d115-%s-fsafe" % r115_key
        J(fid, "r115_safe", r115_fp(r115_ot, inst=r115_INST + " Thank you."), r115_sch(r115_key), r115_old, [r115_old], safe=True)
        r115_pairs.append((bid, fid))


r115_blk8()


# ---- batch 8: yes/no-likes as the boolean line's value, some of them courtesies or form words
# ("ok", "sure", "of course", "true", "1", "[x]", "ja", "oui"; "nope", "false", "0", "[ ]", "nein", "non").
r115_YN = {
    "shu": [("ok", "ok", True), ("OK", "OK", True), ("sure", "sure", True), ("ofc", "of course", True), ("true", "true", True),
            ("one", "1", True), ("box", "[x]", True), ("check", "\u2713", True), ("ja", "ja", True), ("oui", "oui", True),
            ("yesplease", "yes please", True), ("Y", "Y", True)],
    "shy": [("nope", "nope", False), ("false", "false", False), ("zero", "0", False), ("box", "[ ]", False),
            ("nein", "nein", False), ("non", "non", False), ("nothanks", "no thanks", False), ("N", "N", False)],
    "fl": [("ok", "ok", True), ("true", "TRUE", True), ("box", "[x]", True), ("ja", "ja", True)],
    "fly": [("false", "FALSE", False), ("box", "[ ]", False), ("nein", "nein", False), ("nope", "nope", False)],
    "ins": [("ok", "OK", True), ("sure", "sure", True), ("one", "1", True), ("si", "s\u00ed", True)],
    "insy": [("zero", "0", False), ("non", "non", False), ("nothanks", "no, thanks", False)],
    "iv": [("ok", "ok", True), ("check", "\u2714", True), ("true", "True", True)],
    "ivy": [("false", "False", False), ("nope", "nope", False), ("cross", "\u2717", False)],
}
def r115_blk9():
    for r115_key, r115_ys in r115_YN.items():
        r115_bid = r115_base(r115_key)
        r115_old = r115_exp(r115_key, r115_D[r115_key][4])
        for suf, text, val in r115_ys:
            ex = r115_exp(r115_key, val)
            vid = "d115-%s-yn-%s" % (r115_key, suf)
            J(vid, "r115_YN", r115_prompt(r115_key, text), r115_sch(r115_key), ex, [r115_old, ex])
            r115_pairs.append((r115_bid, vid))
            sid = "d115-%s-syn-%s" % (r115_key, suf)
            J(sid, "r115_single", r115_prompt(r115_key, text, inst=r115_SINST), r115_sch(r115_key), ex, [r115_old, ex, ex])
            r115_singles.append(sid)


r115_blk9()


# ---- batch 9: the base's record kept verbatim under a section title of the instruction vocabulary
# ("Draft:", "Example:", "Template:", "Default:", "Old record:") beside a new record under "Final:"/"Record:".
r115_SEC = [("draftfinal", "Draft:", "Final:", True), ("example", "Example:", "Record:", True),
            ("template", "Template:", "Record:", True), ("default", "Default:", "Record:", True),
            ("old", "Old record:", "Record:", True), ("exafter", "Example (ignore):", "Record:", False),
            ("sample", "Sample (not this one):", "Record:", True)]
r115_SECV = {"shu": ("yes", True), "room": ("double", "double"), "dc": ("final", "final"), "tk": ("first", "first"),
             "ins": ("yes", True), "shs": ("express", "express"), "ts": ("high", "high"), "un": ("each", "each")}


def r115_blk_sec():
    for key, (ntext, nval) in r115_SECV.items():
        bid = r115_base(key)
        old = r115_exp(key, r115_D[key][4])
        ex = r115_exp(key, nval)
        _p, lines, lab, otext, _ov = r115_D[key]
        body = lambda mt: "".join("%s: %s\n" % (l, t) for l, t, _v in lines) + "%s: %s\n" % (lab, mt)
        for suf, t_old, t_new, old_first in r115_SEC:
            if old_first:
                pr = r115_INST + "\n\n" + t_old + "\n" + body(otext) + "\n" + t_new + "\n" + body(ntext)
            else:
                pr = r115_INST + "\n\n" + t_new + "\n" + body(ntext) + "\n" + t_old + "\n" + body(otext)
            vid = "d115-%s-sec-%s" % (key, suf)
            J(vid, "r115_SEC", pr, r115_sch(key), ex, [old, ex])
            r115_pairs.append((bid, vid))
            sid = "d115-%s-ssec-%s" % (key, suf)
            J(sid, "r115_single", pr.replace(r115_INST, r115_SINST, 1), r115_sch(key), ex, [old, ex, ex])
            r115_singles.append(sid)


r115_blk_sec()


# ---- the round kept to ~700 probes: every batch's pairs where they told something, fewer singles and safe
# variants where they only repeated a pair's result (the full generator ran as 1,622 probes: see REPORT.md).
def r115_keep(p):
    i = p["id"]
    f = p["family"]
    parts = i.split("-")
    key, kind = parts[1], parts[2]
    suf = "-".join(parts[3:])
    if f == "r115_base":
        return None  # decided below
    if f == "r115_L":
        if key in ("lang", "bt", "un", "ad", "pm", "an", "qu", "mt", "fq", "kd", "dr", "tt", "al"):
            return suf == suf.lower() or key in ("lang", "bt")
        return not (suf[:1].isupper() and not suf.isupper()) or key in ("shu", "room", "dc")
    if f == "r115_SEC":
        return key in ("shu", "room", "dc", "tk")
    if f in ("r115_N", "r115_U", "r115_A", "r115_T"):
        return True
    if f == "r115_YN":
        return suf in ("ok", "sure", "true", "one", "box", "false", "zero", "nope", "nothanks", "Y") and key in ("shu", "shy", "fl", "fly", "ins", "insy")
    if f in ("r115_O", "r115_U2"):
        return suf.endswith("w0") or (suf.endswith("w1") and key in ("shu", "fl"))
    if f == "r115_I":
        return suf in ("expverb", "retverb", "json", "it", "each", "same", "record", "a", "plain", "double", "urgent")
    if f == "r115_F":
        return i in r115_F_first
    if f == "r115_single":
        return kind in ("sn", "sa") or (kind in ("so1", "su1", "su4") and key in ("shu", "fl", "ins", "iv")) or (kind == "su" and key in ("shu", "room", "dc", "iv"))
    if f == "r115_safe":
        if kind == "safe":
            return suf.startswith("line") or key in ("shu", "fl", "room", "tk", "dc", "bt", "lang", "qu")
        if kind in ("isafe",):
            return suf in ("expverb", "json", "it")
        if kind == "fsafe":
            return key in ("shu", "fl", "room", "tk", "dc", "bt", "lang", "qu", "ad", "mt") and \
                "d115-%s-f-%s" % (key, r115_V[key][0][0]) in r115_F_first
        return True
    return True


r115_F_first = set()
def r115_blk10():
    for r115_key, r115_vs in r115_V.items():
        if r115_key in ("shu", "shy", "fl", "ins", "insy", "iv", "room", "tk", "dc", "ts", "shs", "lang", "bt", "un", "ad", "mt", "qu"):
            r115_F_first.add("d115-%s-f-%s" % (r115_key, r115_vs[0][0]))


r115_blk10()
r115_kept = set()
def r115_blk11():
    for p in P:
        if p["id"].startswith("d115-") and p["family"] != "r115_base" and r115_keep(p):
            r115_kept.add(p["id"])


r115_blk11()
r115_pairs[:] = [(b, v) for b, v in r115_pairs if v in r115_kept]
r115_singles[:] = [s for s in r115_singles if s in r115_kept]
r115_kept |= {b for b, _v in r115_pairs}
P[:] = [p for p in P if not p["id"].startswith("d115-") or p["id"] in r115_kept]
