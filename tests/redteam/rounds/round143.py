r"""Red-team round 143 (black box): TIMES, DURATIONS, PERIODS AND RATES, json_extract.
Focus: members departure (string "HH:MM", plain or with pattern ^[0-2][0-9]:[0-5][0-9]$), departure in UTC, minutes /
duration (integer), nights (integer), hourly/daily rate and rate (number), check-in/arrival (string, format date);
"Extract the guest and <member> as JSON.\n\nGuest: <name>\n<Label>: <value>".
TRIED (2515 probes: ~780 stored bases, ~1700 pair variants and singles, 37 safe):
 A 12-hour markers after a stored "02:30" (pm, PM, p.m., nachm., om ettermiddagen, de la tarde, 午後, "PM 02:30",
   "in the afternoon", "+ 12 h", "(+1 day)"); B relative times around a stored 14:00 ("30 min after 14:00", "14:00 (+30
   min)", "14:00, delayed 30 min", "1 h before", "quarter past", "after/not before/no later than 14:00", ranges, "ETD",
   DE/NO/FR/ES); C the zone in the label of a stored "Departure (UTC): 14:30" (CET, CEST, +02:00, UTC+2, GMT+1, EST, PST,
   JST, MEZ, BST, local, "Oslo time") and in the value; D the unit after a stored "Minutes: 90" / "Duration: 90"
   (s, sec, ", h, hrs, Std., timer, heures, horas, 時間, 小时, ч, d, days, ms, ...) and arithmetic ("2 x 90 min", "90 min +
   15 min", "each way", "per day", ranges); E singles copying the wrong unit's number ("1 h 30 min" -> 30, "1:30" -> 1,
   "PT1H30M", "2 h" -> 2, "120 s" -> 120); F nights ("3 + 2", "3 weeks", "3 Wochen", "from 3 to 5", "3 days / 2 nights");
   G periods of a stored "Hourly rate: 40" ("40 EUR/day", "per half hour", "/30 min", "/min", "p.d.", "per diem", "/night",
   "weekly", "(8 h)", "ct/min"); H dates relative to a stored "Check-in: 2026-05-03" ("+ 1 day", "the day after", "T+1",
   "D+1", "eve of", "the Friday after", "dagen etter", "lendemain du", "tomorrow (today is …)", ranges, "or later");
   I date orders (03/05 vs 05/03, "3rd of May", "2026-W18-7", YYYY-DD-MM); J collisions (check-in/check-out -> nights
   copied from the day number, duration from departure/arrival minutes, hourly rate from a daily price, "Check-in:
   tomorrow" beside "Today: 2026-05-03"); K instructions asking another unit/clock/zone/period; wave 2: "min." and time
   units beside the number of a stored plain count/rate (M "min. 3", "Min 3", "MIN. 3", "3 min.", "min. 3, max. 9",
   "at least 3", "≥ 3", "max. 3", "mind. 3"; U a unit before the number "weeks 3", "hrs 40"; V a unit after "3 h",
   "320 hours"; Q primes 90' 90" 90″; C2 clock-shaped durations "1:45", "1h45", "01:45:00", "1°45'"); wave 3: "min." beside
   guests, price, quantity, deposit, hours, days.
HELD (refused, patched right, or served fresh and never stored): every 12-hour, zone, relative-time, relative-date,
date-order, ISO-week, collision and instruction probe (A-C, H-K); unit changes after the number of "Minutes:"; nights
arithmetic and weeks; rate periods after the number ("40 EUR/day" ... "the statement holding its evidence changed");
"max.", "mind.", "mín.", "at least", "≥", "(min.)", "minimum 3" before/after a count; "Min. 320"; guests/price/hours/days.
GOT THROUGH (confirmed alone on a fresh store, --runs 2; alone.txt 69 clear items = 34 pairs + 35 singles,
alone_arguable.txt 236 arguable items): the abbreviation "min."/"min"/"Min"/"MIN."/"MIN" (minimum, also the minutes
unit) written BEFORE the number of a count or a rate is dropped: "Nights: min. 3" -> nights 3, "Hourly rate: MIN 40" ->
40, "Rate: Min 40" -> 40, "Daily rate: min. 320" -> 320, "Quantity: MIN. 5" -> 5, "Deposit: min 100" -> 100. Pairs: the
stored plain value's reuse is refused ("its field "nights" now reads "min. 3": not a value of the same shape"), the model
gives 3 again, that answer is verified and STORED, and run 2 serves it ("all 2 steps verified"); singles: the model's 3
is stored at once. Also "Nights: 3 h" -> 3 (single). ARGUABLE (r143_arguable): the same before the number of
"Minutes:"/"Duration:" (may be the unit written first), "mins. 3", "Daily rate: 320 min."; a time unit before the
number ("Nights: weeks 3", "Hourly rate: hrs 40", "Duration: ms 90") or after an amount ("Daily rate: 320 hours",
"Hourly rate: 40 mins"); primes ("Minutes: 90\"" = 90 seconds, "Nights: 3'", "Rate: 40\""); a unitless "duration"
given as "2 h" -> 2, "120 s" -> 120, "2h" -> 2.
Right answers refused worth noting: "Departure: 0230 hrs"/"02h30"/"02.30" for an HH:MM member, "14:00 o'clock",
"Nights: 3 nights", "Hourly rate: 40 EUR per hour", "Check-in: 2026-05-03 (Sunday)", "Departure (GMT): 14:30" for UTC;
bases "Extract … check-in date" over "Check-in:", "Duration: 90 min" for duration_min, "Rate: 40 EUR/h" never stored.
Adds its probes to probe_kit.P."""
from probe_kit import P, S, J, E, open_probe  # noqa: F401

r143_NRI = 999                     # integer/number member: no single right value
r143_NRS = "<no single value>"     # string member: no single right value
r143_arguable = set()
r143_count = [0]
r143_FIRST = ["Ada", "Bo", "Cai", "Dag", "Eli", "Fay", "Gro", "Hal", "Ina", "Jon", "Kai", "Liv", "Mia", "Nils",
              "Ola", "Pia", "Rut", "Siv", "Tor", "Una", "Vid", "Wenche", "Yngve", "Åse"]
r143_LAST = ["Berg", "Dahl", "Ek", "Fosse", "Haug", "Lie", "Moe", "Nes", "Rud", "Strand", "Vik", "Aas", "Holm",
             "Lund", "Sand", "Bakke", "Foss", "Hovde", "Kvam", "Myhre", "Sæther", "Tveit", "Ulvik", "Rønning"]


def r143_name():
    i = r143_count[0]
    r143_count[0] += 1
    return "%s %s" % (r143_FIRST[i % len(r143_FIRST)], r143_LAST[(i // len(r143_FIRST)) % len(r143_LAST)])


r143_HHMM = "^[0-2][0-9]:[0-5][0-9]$"
# kind: key, label, sub-schema, base text, base value, words in the instruction
r143_KINDS = {
    "dep": ("departure", "Departure", {"type": "string"}, "02:30", "02:30", "departure"),
    "d24": ("departure", "Departure", {"type": "string", "pattern": r143_HHMM}, "02:30", "02:30", "departure"),
    "d14": ("departure", "Departure", {"type": "string", "pattern": r143_HHMM}, "14:00", "14:00", "departure"),
    "utc": ("departure", "Departure (UTC)", {"type": "string"}, "14:30", "14:30", "departure in UTC"),
    "dur": ("minutes", "Minutes", {"type": "integer"}, "90", 90, "minutes"),
    "dmn": ("duration", "Duration", {"type": "integer"}, "90", 90, "duration"),
    "day": ("daily_rate", "Daily rate", {"type": "number"}, "320 EUR", 320, "daily rate"),
    "rte": ("rate", "Rate", {"type": "number"}, "40", 40, "rate"),
    "nts": ("nights", "Nights", {"type": "integer"}, "3", 3, "nights"),
    "hr": ("hourly_rate", "Hourly rate", {"type": "number"}, "40 EUR", 40, "hourly rate"),
    "rt": ("hourly_rate", "Hourly rate", {"type": "number"}, "40", 40, "hourly rate"),
    "ci": ("check_in", "Check-in", {"type": "string", "format": "date"}, "2026-05-03", "2026-05-03", "check-in"),
    "arr": ("arrival", "Arrival", {"type": "string", "format": "date"}, "2026-05-03", "2026-05-03", "arrival"),
}


def r143_prompt(kind, guest, txt, extra="", instr=None, vlab=None):
    key, lab, sub, _, _, words = r143_KINDS[kind]
    lab = vlab or lab
    ins = instr or ("Extract the guest and %s as JSON." % words)
    return "%s\n\nGuest: %s\n%s: %s\n%s" % (ins, guest, lab, txt, extra)


def r143_schema(kind):
    key, lab, sub, _, _, _ = r143_KINDS[kind]
    return S({"guest": "string", key: dict(sub)})


def r143_case(kind, tag, vtxt, right, copy, arg=False, safe=False, modes=("p", "s"), extra="", instr=None,
              bextra="", binstr=None, vlab=None):
    """p: base (stored) then the variant answering [base's value, copy-or-right]; s: single answering [copy]."""
    key, lab, sub, btxt, bval, _ = r143_KINDS[kind]
    sch = r143_schema(kind)
    fam = "r143_%s%s%s" % (kind, "_safe" if safe else "", "_arguable" if arg else "")
    for m in modes:
        g = r143_name()
        eright = {"guest": g, key: right}
        ecopy = {"guest": g, key: copy}
        vid = "d143-%s-%s-%s" % (m, kind, tag)
        if m == "p":
            bid = "d143-b-%s-%s" % (kind, tag)
            eb = {"guest": g, key: bval}
            J(bid, "r143_base", r143_prompt(kind, g, btxt, bextra, binstr), sch, eb, [eb])
            second = eright if right not in (r143_NRI, r143_NRS) else ecopy
            ans = [eb, second]
        else:
            ans = [ecopy]
        J(vid, fam + ("_single" if m == "s" else ""), r143_prompt(kind, g, vtxt, extra, instr, vlab), sch, eright, ans,
          safe=safe)
        if arg:
            r143_arguable.add(vid)


def r143_build():
    NRI, NRS = r143_NRI, r143_NRS

    # ---------------- A. 12-hour clock markers after a stored "02:30" (digits stay)
    r143_PM = [("pm", "02:30 pm"), ("PM", "02:30 PM"), ("pmg", "02:30pm"), ("pmd", "02:30 p.m."), ("pmP", "02:30 P.M."),
               ("pmb", "02:30 (pm)"), ("nachm", "02:30 nachm."), ("ettm", "02:30 om ettermiddagen"),
               ("tarde", "02:30 de la tarde"), ("soir", "02:30 de l'après-midi"), ("gogo", "02:30 午後"),
               ("gogo2", "午後02:30"), ("PMpre", "PM 02:30"), ("aft", "02:30 in the afternoon"), ("pmsp", "02:30 p m"),
               ("pmu", "02:30 ᴾᴹ"), ("eve", "02:30 in the evening"), ("ampm", "2:30 pm"), ("pmdot", "02.30 pm"),
               ("night", "02:30 at night"), ("amnight", "02:30 am (night)"), ("ha", "02:30 hrs pm"),
               ("plus12", "02:30 + 12 h"), ("next", "02:30 (+1 day)"), ("p1", "02:30+1"), ("pmm", "02:30 PM local")]
    for tag, txt in r143_PM:
        plain_right = txt
        arg = tag in ("night", "amnight", "next", "p1", "eve")
        r143_case("dep", tag, txt, plain_right, "02:30", arg=arg)
        r = "14:30"
        if tag in ("night", "amnight", "next", "p1"):
            r = "02:30"
        if tag == "eve":
            r = NRS
        if r != "02:30":
            r143_case("d24", tag, txt, r, "02:30", arg=arg)
    # safe: the same time other ways for the HH:MM member
    for tag, txt in [("am", "02:30 am"), ("AM", "02:30 AM"), ("hrs", "0230 hrs"), ("h", "02h30"), ("dot", "02.30"),
                     ("ws", "02:30 "), ("same", "02:30")]:
        r143_case("d24", "ok-" + tag, txt, "02:30", "02:30", safe=True, modes=("p",))
    r143_case("d24", "ok-unrel", "02:30", "02:30", "02:30", safe=True, modes=("p",), extra="Thanks for booking with us.\n")

    # ---------------- B. relative times: the stored 14:00 still stands in the line
    r143_REL = [("p30", "30 min after 14:00", "14:30"), ("plus30", "14:00 + 30 min", "14:30"),
                ("pl30b", "14:00 (+30 min)", "14:30"), ("del30", "14:00, delayed 30 min", "14:30"),
                ("half", "half an hour after 14:00", "14:30"), ("p1h", "14:00 +1h", "15:00"),
                ("m1h", "1 h before 14:00", "13:00"), ("del1h", "14:00 (delayed by 1 h)", "15:00"),
                ("p45", "14:00 plus 45 minutes", "14:45"), ("p2h", "2 hours after 14:00", "16:00"),
                ("arr", "14:00 → 15:00", NRS), ("after", "after 14:00", NRS), ("nb", "not before 14:00", NRS),
                ("earl", "14:00 at the earliest", NRS), ("nlt", "no later than 14:00", NRS), ("etd", "14:00 (ETD 14:40)", NRS),
                ("rng", "14:00–16:00", NRS), ("rng2", "14:00 to 16:00", NRS), ("or", "14:00 or 15:00", NRS),
                ("ca", "ca. 14:00", NRS), ("q15", "quarter past 14:00", "14:15"), ("q15b", "14:00 + ¼ h", "14:15"),
                ("de", "30 Min. nach 14:00", "14:30"), ("no", "30 min etter 14:00", "14:30"),
                ("fr", "30 min après 14:00", "14:30"), ("es", "30 min después de las 14:00", "14:30"),
                ("m15", "15 min before 14:00", "13:45"), ("ptm", "14:00 PT30M", "14:30"),
                ("was", "14:00 (was 13:00)", NRS), ("resch", "14:00, rescheduled +2h", "16:00")]
    for tag, txt, right in r143_REL:
        r143_case("d14", tag, txt, right, "14:00", arg=tag in ("etd", "ca", "was"))
    for tag, txt in [("sharp", "14:00 sharp"), ("h", "14h00"), ("hrs", "1400 hrs"), ("o", "14:00 o'clock")]:
        r143_case("d14", "ok-" + tag, txt, "14:00", "14:00", safe=True, modes=("p",))

    # ---------------- C. time zones: "departure in UTC", stored "Departure (UTC): 14:30"; the label's zone changes
    r143_TZ = [("cet", "Departure (CET)", "13:30"), ("cest", "Departure (CEST)", "12:30"), ("off2", "Departure (+02:00)", "12:30"),
               ("utc2", "Departure (UTC+2)", "12:30"), ("gmt1", "Departure (GMT+1)", "13:30"), ("est", "Departure (EST)", "19:30"),
               ("pst", "Departure (PST)", "22:30"), ("jst", "Departure (JST)", "05:30"), ("loc", "Departure (local)", NRS),
               ("mez", "Departure (MEZ)", "13:30"), ("bst", "Departure (BST)", "13:30"), ("utcm5", "Departure (UTC-5)", "19:30"),
               ("loc3", "Departure (local, UTC+3)", "11:30"), ("oslo", "Departure (Oslo time)", NRS),
               ("cetl", "Departure CET", "13:30"), ("ltime", "Local departure", NRS), ("utcp1", "Departure (UTC+1)", "13:30")]
    for tag, lab, right in r143_TZ:
        r143_case("utc", tag, "14:30", right, "14:30", vlab=lab)
    for tag, txt, right in [("vcet", "14:30 CET", NRS), ("voff", "14:30 +02:00", NRS), ("vloc", "14:30 local", NRS)]:
        r143_case("utc", tag, txt, right, "14:30", arg=True)
    for tag, lab in [("z", "Departure (Z)"), ("gmt", "Departure (GMT)"), ("utc0", "Departure (UTC+0)"), ("ws", "Departure  (UTC)")]:
        r143_case("utc", "ok-" + tag, "14:30", "14:30", "14:30", safe=True, modes=("p",), vlab=lab)

    # ---------------- D. duration in minutes: the unit changes, the digits stay (stored "90 min")
    r143_UNITS = [("s", "90 s", NRI), ("sec", "90 sec", NRI), ("secs", "90 seconds", NRI), ("dq", '90"', NRI),
                  ("h", "90 h", 5400), ("hrs", "90 hrs", 5400), ("hours", "90 hours", 5400), ("std", "90 Std.", 5400),
                  ("timer", "90 timer", 5400), ("heures", "90 heures", 5400), ("horas", "90 horas", 5400),
                  ("ore", "90 ore", 5400), ("jikan", "90 時間", 5400), ("xiaoshi", "90小时", 5400), ("ch", "90 ч", 5400),
                  ("uur", "90 uur", 5400), ("d", "90 d", 129600), ("days", "90 days", 129600), ("ms", "90 ms", NRI),
                  ("hglue", "90h", 5400), ("wk", "90 wk", NRI), ("sek", "90 Sek.", NRI), ("sekunder", "90 sekunder", NRI),
                  ("hprime", "90″", NRI), ("mo", "90 mo", NRI), ("mins2", "90 min x 2", 180), ("twice", "2 x 90 min", 180),
                  ("plus15", "90 min + 15 min", 105), ("less10", "90 min less 10", 80), ("each", "90 min each way", NRI),
                  ("perday", "90 min per day", NRI), ("net", "90 min (net 75 min)", NRI), ("upto", "up to 90 min", NRI),
                  ("atl", "at least 90 min", NRI), ("rng", "90–120 min", NRI), ("rng2", "from 90 to 120 min", NRI),
                  ("hm", "90 min 30 s", NRI), ("hhmm", "90:30", NRI), ("perses", "90 min per session, 3 sessions", NRI),
                  ("doub", "90 min, doubled", 180)]
    for tag, txt, right in r143_UNITS:
        if right != NRI and tag not in ("mins2", "twice", "plus15", "less10", "doub"):
            right = NRI   # "Minutes: 90 h": the label and the unit disagree
        r143_case("dur", tag, txt, right, 90, arg=tag in ("perday", "each", "hm", "hhmm"))
        r143_case("dmn", tag, txt, right, 90, arg=True)
    for tag, txt in [("m", "90 m"), ("mins", "90 mins"), ("minutes", "90 minutes"), ("prime", "90'"), ("minuten", "90 Minuten"),
                     ("ws", "90  min"), ("hmin", "1 h 30 min (90 min)")]:
        r143_case("dur", "ok-" + tag, txt, 90, 90, safe=True, modes=("p",), arg=tag == "m")

    # ---------------- E. duration singles: the model copies the wrong unit's number
    r143_DS = [("h30", "1 h 30 min", 90, 30), ("h30b", "1 h 30 min", 90, 1), ("colon", "1:30", 90, 30), ("colon1", "1:30", 90, 1),
               ("pt", "PT1H30M", 90, 30), ("pt2", "PT2H", 120, 2), ("h2", "2 h", 120, 2), ("hrs2", "2 hrs", 120, 2),
               ("hours2", "2 hours", 120, 2), ("std2", "2 Std.", 120, 2), ("h15", "1.5 h", 90, 15), ("h25", "2.5 hours", 150, 25),
               ("s120", "120 s", 2, 120), ("sec300", "300 sec", 5, 300), ("hhmm", "01:30", 90, 30), ("hhmm2", "02:15", 135, 15),
               ("h2m5", "2h05", 125, 5), ("h2m5b", "2h05", 125, 205), ("day1", "1 day", 1440, 1), ("hr1", "1 hr 45", 105, 45),
               ("hmin", "2 h 10 min", 130, 10), ("hminb", "2 h 10 min", 130, 2), ("hh", "1½ h", 90, 1), ("q", "3 quarters of an hour", 45, 3),
               ("timer", "2 timer", 120, 2), ("std15", "1 Std. 15 Min.", 75, 15), ("word", "an hour and 20 minutes", 80, 20)]
    for tag, txt, right, copy in r143_DS:
        r143_case("dur", "sw-" + tag, txt, right, copy, modes=("s",))
        r143_case("dmn", "sw-" + tag, txt, right, copy, modes=("s",))

    # ---------------- F. nights
    r143_NTS = [("p2", "3 + 2", 5), ("plus2", "3 plus 2", 5), ("pb", "3 (+2)", 5), ("x2", "3 x 2", 6), ("rng", "3–5", NRI),
                ("rng2", "from 3 to 5", NRI), ("to", "3 to 5", NRI), ("atl", "at least 3", NRI), ("min", "min. 3", NRI),
                ("wk", "3 weeks", 21), ("wks", "3 wks", 21), ("woch", "3 Wochen", 21), ("uker", "3 uker", 21),
                ("sem", "3 semaines", 21), ("mo", "3 months", NRI), ("wkend", "3 weekends", NRI), ("fs", "3 (Fri–Sun)", NRI),
                ("ext", "3, extended by 2", 5), ("ext2", "3 → 5", NRI), ("was", "5 (was 3)", 5), ("n2", "3 (2 paid)", NRI),
                ("days", "3 days", NRI), ("dn", "3 days / 2 nights", 2), ("perroom", "3 per room, 2 rooms", NRI),
                ("d", "3d", NRI), ("wd", "3 weekdays", NRI), ("fort", "3 fortnights", 42), ("twice", "twice 3", 6),
                ("half", "3 half-days", NRI), ("ndouble", "3 double", NRI)]
    for tag, txt, right in r143_NTS:
        r143_case("nts", tag, txt, right, 3, arg=tag in ("days", "d", "wkend", "half", "ndouble", "n2"))
    for tag, txt in [("n", "3 nights"), ("nt", "3 nts"), ("ws", " 3"), ("na", "3 Nächte"), ("net", "3 netter")]:
        r143_case("nts", "ok-" + tag, txt, 3, 3, safe=True, modes=("p",))

    # ---------------- G. hourly rate: the period changes, the digits stay
    r143_RT = [("day", "40 EUR/day", NRI), ("half", "40 EUR per half hour", 80), ("m30", "40 EUR/30 min", 80),
               ("min", "40 EUR/min", 2400), ("h2", "40 EUR per 2 h", 20), ("wk", "40 EUR/wk", NRI), ("weekly", "40 EUR weekly", NRI),
               ("night", "40 EUR/night", NRI), ("sess", "40 EUR/session", NRI), ("pd", "40 EUR p.d.", NRI),
               ("diem", "40 EUR per diem", NRI), ("tag", "40 EUR/Tag", NRI), ("mon", "40 EUR/month", NRI),
               ("d8", "40 EUR/day (8 h)", 5), ("q", "40 EUR per 15 min", 160), ("qh", "40 EUR/¼h", 160),
               ("pp", "40 EUR per person", NRI), ("vat", "40 EUR/h + VAT", NRI), ("halfr", "40 EUR/h, half rate", 20),
               ("dag", "40 EUR/dag", NRI), ("jour", "40 EUR/jour", NRI), ("yr", "40 EUR/yr", NRI), ("flat", "40 EUR flat", NRI),
               ("km", "40 EUR/km", NRI), ("ct", "40 ct/min", 24), ("k", "40k EUR/yr", NRI), ("usd", "40 USD/h", NRI),
               ("x2", "2 x 40 EUR/h", 80), ("tot", "40 EUR for 2 h", 20), ("tot8", "320 EUR per day (8 h)", 40)]
    for tag, txt, right in r143_RT:
        vt = txt.replace("EUR/h", "EUR").replace("/h", "") if False else txt
        r143_case("rt", tag, txt, right, 40 if tag != "tot8" else 320, arg=tag in ("vat", "pp", "usd"))
        r143_case("hr", tag, txt, right, 40 if tag != "tot8" else 320, arg=tag in ("vat", "pp", "usd"))
    for tag, txt in [("ph", "40 EUR per hour"), ("hr", "40 EUR/hr"), ("hour", "40 EUR/hour"), ("std", "40 EUR/Std."),
                     ("sym", "€40/h"), ("ws", "40  EUR/h")]:
        r143_case("rt", "ok-" + tag, txt, 40, 40, safe=True, modes=("p",))

    # ---------------- H. check-in dates: relative to the stored date still in the line
    r143_CI = [("p1", "2026-05-03 + 1 day", "2026-05-04"), ("p1b", "2026-05-03 +1", "2026-05-04"),
               ("da", "1 day after 2026-05-03", "2026-05-04"), ("tda", "the day after 2026-05-03", "2026-05-04"),
               ("pb", "2026-05-03 (+1 day)", "2026-05-04"), ("nd", "2026-05-03, next day", "2026-05-04"),
               ("p2", "2026-05-03 plus 2 days", "2026-05-05"), ("d3", "3 days after 2026-05-03", "2026-05-06"),
               ("fri", "the Friday after 2026-05-03", "2026-05-08"), ("wk", "2026-05-03 + 1 week", "2026-05-10"),
               ("eve", "eve of 2026-05-03", "2026-05-02"), ("bef", "the day before 2026-05-03", "2026-05-02"),
               ("m1", "2026-05-03 − 1 day", "2026-05-02"), ("post", "2026-05-03 (postponed by a day)", "2026-05-04"),
               ("t1", "2026-05-03 T+1", "2026-05-04"), ("dp1", "D+1 (D = 2026-05-03)", "2026-05-04"),
               ("moved", "2026-05-03 (moved to the next day)", "2026-05-04"), ("after", "after 2026-05-03", NRS),
               ("before", "before 2026-05-03", NRS), ("nb", "not before 2026-05-03", NRS), ("by", "by 2026-05-03", NRS),
               ("week", "week of 2026-05-03", NRS), ("pm1", "2026-05-03 ±1", NRS), ("later", "2026-05-03 or later", NRS),
               ("de", "1 Tag nach 2026-05-03", "2026-05-04"), ("no", "dagen etter 2026-05-03", "2026-05-04"),
               ("fr", "lendemain du 2026-05-03", "2026-05-04"), ("es", "el día después del 2026-05-03", "2026-05-04"),
               ("n2", "2 nights after 2026-05-03", "2026-05-05"), ("wd", "2026-05-03, a Monday", NRS),
               ("utc", "2026-05-03T23:30-05:00 (UTC next day)", NRS), ("rng", "2026-05-03 – 2026-05-06", NRS),
               ("p1w", "2026-05-03 plus one day", "2026-05-04"), ("tom", "tomorrow (today is 2026-05-03)", "2026-05-04"),
               ("in3", "in 3 days from 2026-05-03", "2026-05-06"), ("nfri", "next Friday (today: 2026-05-03)", "2026-05-08")]
    for tag, txt, right in r143_CI:
        r143_case("ci", tag, txt, right, "2026-05-03", arg=tag in ("wd", "utc", "nfri"))
    for tag, txt in [("ws", "2026-05-03 "), ("ws2", " 2026-05-03"), ("sun", "2026-05-03 (Sunday)")]:
        r143_case("ci", "ok-" + tag, txt, "2026-05-03", "2026-05-03", safe=True, modes=("p",))

    # ---------------- I. date orders and other spellings of the check-in date (singles and pairs)
    r143_CO = [("dmy", "03/05/2026 (DD/MM/YYYY)", "2026-05-03", "2026-03-05"), ("mdy", "05/03/2026 (MM/DD/YYYY)", "2026-05-03", "2026-03-05"),
               ("amb", "03/05/2026", NRS, "2026-03-05"), ("amb2", "03/05/2026", NRS, "2026-05-03"),
               ("ord", "3rd of May 2026", "2026-05-03", "2026-03-05"), ("isow", "2026-W18-7", "2026-05-03", "2026-04-27"),
               ("isow2", "2026-W18", NRS, "2026-04-27"), ("dmy2", "3.5.2026", "2026-05-03", "2026-03-05"),
               ("ydm", "2026-03-05 (YYYY-DD-MM)", "2026-05-03", "2026-03-05")]
    for tag, txt, right, copy in r143_CO:
        r143_case("ci", "o-" + tag, txt, right, copy, modes=("s",), arg=tag in ("amb", "amb2", "isow2"))

    # ---------------- J. collisions: a day, an hour or a count equal to another member's value (singles)
    r143_COLL = []


    def r143_coll(tag, prompt_tail, schema, right, copy, arg=False):
        g = r143_name()
        pr = "Extract the guest, nights and check-in date as JSON.\n\nGuest: %s\n%s" % (g, prompt_tail)
        er = dict(right, guest=g)
        ec = dict(copy, guest=g)
        sid = "d143-s-coll-" + tag
        J(sid, "r143_coll" + ("_arguable" if arg else "") + "_single", pr, schema, er, [ec])
        if arg:
            r143_arguable.add(sid)


    r143_SCH = S({"guest": "string", "nights": "integer", "check_in": {"type": "string", "format": "date"}})
    for tag, tail, rn, cn in [
        ("co", "Check-in: 2026-05-03\nCheck-out: 2026-05-08\n", 5, 3),
        ("co8", "Check-in: 2026-05-03\nCheck-out: 2026-05-08\n", 5, 8),
        ("arr", "Check-in: 2026-05-03\nDeparture: 2026-05-05, 03:00\n", 2, 3),
        ("wk", "Check-in: 2026-05-03\nStay: 3 weeks\n", 21, 3),
        ("mf", "Check-in: 2026-05-03 (Sun)\nStay: Sun–Fri\n", 5, 3),
        ("fr", "Check-in: 2026-05-03\nNights: from 3 to 5\n", NRI, 3),
        ("time", "Check-in: 2026-05-03, 15:00\nLeaving: 2026-05-06, 11:00\n", 3, 15),
        ("wknd", "Check-in: 2026-05-03\nLength: 2 weekends\n", NRI, 2),
    ]:
        r143_coll(tag, tail, r143_SCH, {"nights": rn, "check_in": "2026-05-03"}, {"nights": cn, "check_in": "2026-05-03"},
                  arg=tag in ("mf",))
    for tag, tail, rd, cd in [
        ("rel", "Booking date: 2026-05-03\nNights: 3\nCheck-in: the day after booking\n", "2026-05-04", "2026-05-03"),
        ("rel2", "Booked on: 2026-05-03\nNights: 3\nCheck-in: 3 days later\n", "2026-05-06", "2026-05-03"),
        ("tom", "Today: 2026-05-03\nNights: 3\nCheck-in: tomorrow\n", "2026-05-04", "2026-05-03"),
        ("nfri", "Today: 2026-05-03 (Sunday)\nNights: 3\nCheck-in: next Friday\n", "2026-05-08", "2026-05-03"),
        ("in3", "Written: 2026-05-03\nNights: 3\nCheck-in: in 3 days\n", "2026-05-06", "2026-05-03"),
        ("dac", "Arrival: 2026-05-03\nNights: 3\nCheck-in: the day after arrival\n", "2026-05-04", "2026-05-03"),
    ]:
        r143_coll(tag, tail, r143_SCH, {"nights": 3, "check_in": rd}, {"nights": 3, "check_in": cd}, arg=tag == "nfri")

    # duration from departure/arrival, rate from a daily price
    r143_SCHD = S({"guest": "string", "duration_min": "integer"})
    for tag, tail, right, copy in [
        ("da", "Departure: 14:45\nArrival: 16:15\n", 90, 45), ("da2", "Departure: 14:45\nArrival: 16:15\n", 90, 15),
        ("dsum", "Start: 09:30\nEnd: 11:00\n", 90, 30), ("tz", "Departure: 14:00 CET\nArrival: 14:30 GMT\n", 90, 30),
        ("rng", "Session: 14:00–15:30\n", 90, 30),
    ]:
        g = r143_name()
        J("d143-s-cdur-" + tag, "r143_cdur_single", "Extract the guest and duration in minutes as JSON.\n\nGuest: %s\n%s" % (g, tail),
          r143_SCHD, {"guest": g, "duration_min": right}, [{"guest": g, "duration_min": copy}])
    r143_SCHR = S({"guest": "string", "hourly_rate": "number"})
    for tag, tail, right, copy in [
        ("day", "Rate: 320 EUR per day (8 h)\n", 40, 320), ("day8", "Rate: 320 EUR per day (8 h)\n", 40, 8),
        ("half", "Rate: 20 EUR per half hour\n", 40, 20), ("wk", "Fee: 1600 EUR weekly, 40 h\n", 40, 1600),
    ]:
        g = r143_name()
        J("d143-s-crate-" + tag, "r143_crate_single", "Extract the guest and hourly rate as JSON.\n\nGuest: %s\n%s" % (g, tail),
          r143_SCHR, {"guest": g, "hourly_rate": right}, [{"guest": g, "hourly_rate": copy}])

    # ---------------- K. the instruction asks another unit/clock/zone/period; text and stored answer stay
    r143_INS = [
        ("dur", "hours", "Extract the guest and duration in hours as JSON.", "120 min", 2, 120),
        ("dur", "sec", "Extract the guest and duration in seconds as JSON.", "90 min", 5400, 90),
        ("utc", "cet", "Extract the guest and departure in CET as JSON.", "14:30 UTC", "15:30", "14:30"),
        ("d24", "12h", "Extract the guest and departure (12-hour clock) as JSON.", "02:30", NRS, "02:30"),
        ("nts", "wk", "Extract the guest and nights (in weeks) as JSON.", "14", 2, 14),
        ("hr", "day", "Extract the guest and daily rate as JSON.", "40 EUR", NRI, 40),
        ("hr", "half", "Extract the guest and the rate per half hour as JSON.", "40 EUR", 20, 40),
        ("ci", "us", "Extract the guest and check-in date (US format) as JSON.", "2026-05-03", NRS, "2026-05-03"),
        ("ci", "next", "Extract the guest and the day after the check-in date as JSON.", "2026-05-03", "2026-05-04", "2026-05-03"),
        ("ci", "co", "Extract the guest and check-out date (3 nights) as JSON.", "2026-05-03", "2026-05-06", "2026-05-03"),
        ("dur", "hm", "Extract the guest and duration in hours and minutes as JSON.", "90 min", NRI, 90),
    ]
    for kind, tag, ins, txt, right, copy in r143_INS:
        key, lab, sub, btxt, bval, _ = r143_KINDS[kind]
        for m in ("p", "s"):
            g = r143_name()
            sch = r143_schema(kind)
            vid = "d143-%s-%s-ins-%s" % (m, kind, tag)
            ec = {"guest": g, key: copy}
            if m == "p":
                J("d143-b-%s-ins-%s" % (kind, tag), "r143_base", r143_prompt(kind, g, txt), sch, ec, [ec])
            J(vid, "r143_ins_%s%s" % (kind, "_single" if m == "s" else ""), r143_prompt(kind, g, txt, instr=ins), sch,
              {"guest": g, key: right}, [ec])

    # ================= wave 2: a time unit or "min." (minimum) beside the number of a stored plain record
    # stored bases: "Nights: 3", "Minutes: 90", "Duration: 90", "Hourly rate: 40", "Rate: 40", "Daily rate: 320 EUR"
    r143_W2 = {"nts": 3, "dur": 90, "dmn": 90, "rt": 40, "rte": 40, "day": 320}
    # M: "min." = minimum (a lower bound: no single value)
    r143_MIN = ["min. {n}", "Min {n}", "MIN. {n}", "min {n}", "Min. {n}", "MIN {n}", "mins. {n}", "min.{n}", "min: {n}",
                "{n} min.", "{n} Min.", "{n} MIN", "{n} min", "min. {n} (max. 9)", "min. {n}, max. 9", "Min. {n} / Max. 9",
                "min. {n} required", "min {n} only", "{n} (min.)", "{n} min. stay", "minimum {n}", "at least {n}", "≥ {n}",
                "max. {n}", "Max {n}", "mind. {n}", "mín. {n}", "min. {n}-{n}9", "min/max {n}", "Min–Max {n}"]
    for kind, n in r143_W2.items():
        for j, f in enumerate(r143_MIN):
            r143_case(kind, "m%02d" % j, f.replace("{n}", str(n)), NRI, n)
    # U: a time unit written before the number
    r143_UPRE = ["h {n}", "hrs {n}", "hr {n}", "hours {n}", "d {n}", "days {n}", "wk {n}", "weeks {n}", "s {n}", "sec {n}",
                 "ms {n}", "mo {n}", "months {n}", "yrs {n}", "Std. {n}", "Tage {n}", "dager {n}", "jours {n}", "min {n}"]
    for kind, n in r143_W2.items():
        for j, f in enumerate(r143_UPRE):
            r143_case(kind, "u%02d" % j, f.replace("{n}", str(n)), NRI, n, arg=True)
    # V: a time unit after the number where the member counts another unit
    r143_USUF = [("h", "{n} h"), ("hrs", "{n} hrs"), ("hours", "{n} hours"), ("d", "{n} d"), ("days", "{n} days"), ("wk", "{n} weeks"),
                 ("s", "{n} s"), ("sec", "{n} sec"), ("ms", "{n} ms"), ("mins", "{n} mins"), ("minutes", "{n} minutes"),
                 ("mo", "{n} months"), ("yr", "{n} years"), ("std", "{n} Std."), ("timer", "{n} timer"), ("tage", "{n} Tage")]
    for kind, n in r143_W2.items():
        if kind == "dmn":
            continue
        for tag, f in r143_USUF:
            if kind == "dur" and tag in ("mins", "minutes"):
                continue
            if kind == "nts" and tag in ("d", "days"):
                continue
            r143_case(kind, "v-" + tag, f.replace("{n}", str(n)), NRI, n, arg=kind in ("day", "rt", "rte"))
    # Q: prime marks (minutes ' and seconds ")
    for kind, n in r143_W2.items():
        for tag, f in [("p1", "{n}'"), ("p2", '{n}"'), ("p2u", "{n}″"), ("p1u", "{n}′"), ("p1s", "{n} '"), ("p2s", '{n} "')]:
            right = NRI
            if kind == "dur" and tag in ("p1", "p1u", "p1s"):
                right = n
            r143_case(kind, "q-" + tag, f.replace("{n}", str(n)), right, n, arg=True)
    # C2: clock-shaped and compound durations for the stored "Minutes: 90" (model copies one part)
    for tag, txt, right, copy in [("c145", "1:45", 105, 45), ("c145b", "1:45", 105, 1), ("c200", "2:00", 120, 2), ("h1m45", "1h45", 105, 45),
                                  ("h2", "2h", 120, 2), ("h15", "1.5h", 90, 15), ("ph", "PT1H45M", 105, 45), ("hm", "1 h 45 min", 105, 45),
                                  ("hhmmss", "01:45:00", 105, 45), ("deg", "1°45'", 105, 45), ("hrsm", "1 hr 45 mins", 105, 45)]:
        r143_case("dur", "c2-" + tag, txt, right, copy)
        r143_case("dmn", "c2-" + tag, txt, right, copy, arg=True)


    # ================= wave 3: "min." (minimum) before the number of other stored plain members (is it time-specific?)
    r143_KINDS.update({
        "gst": ("guests", "Guests", {"type": "integer"}, "2", 2, "guests"),
        "prc": ("price", "Price", {"type": "number"}, "320 EUR", 320, "price"),
        "qty": ("quantity", "Quantity", {"type": "integer"}, "5", 5, "quantity"),
        "dep2": ("deposit", "Deposit", {"type": "number"}, "100", 100, "deposit"),
        "hrs": ("hours", "Hours", {"type": "integer"}, "6", 6, "hours"),
        "dys": ("days", "Days", {"type": "integer"}, "4", 4, "days"),
    })
    for kind, n in [("gst", 2), ("prc", 320), ("qty", 5), ("dep2", 100), ("hrs", 6), ("dys", 4)]:
        for j in (0, 1, 2, 3, 5, 9, 23):
            r143_case(kind, "m%02d" % j, r143_MIN[j].replace("{n}", str(n)), NRI, n, arg=(kind == "hrs" and j in (0, 1, 2, 3, 5)))



r143_build()

def r143_mark():
    """Arguable: a unitless "duration" (any unit may be meant), "min"/"mins." before the number of "Minutes:"/"Duration:"
    (may be the unit written first), "min" after an amount of "Daily rate:", "mins." (a plural unit, not "minimum"),
    prime marks (minutes/seconds or feet/inches/ditto)."""
    for p in P:
        i = p["id"]
        if not i.startswith("d143-") or i.startswith("d143-b-"):
            continue
        parts = i.split("-")
        kind, tag = parts[2], "-".join(parts[3:])
        arg = (kind == "dmn" or (kind == "dur" and tag.startswith("m") and tag[1:].isdigit())
               or (kind == "day" and tag in ("m09", "m10", "m11", "m12", "m19")) or tag == "m06"
               or tag in ("dq", "hprime"))
        if arg and i not in r143_arguable:
            r143_arguable.add(i)
            if "arguable" not in p["family"]:
                p["family"] += "_arguable"


r143_mark()

# confirmed alone on a fresh store (--runs 2): served wrong from the cache
r143_found_clear = set(['d143-p-day-m00', 'd143-p-day-m01', 'd143-p-day-m02', 'd143-p-day-m03', 'd143-p-day-m05', 'd143-p-dep2-m00', 'd143-p-dep2-m01', 'd143-p-dep2-m02', 'd143-p-dep2-m03', 'd143-p-dep2-m05', 'd143-p-nts-m00', 'd143-p-nts-m01', 'd143-p-nts-m02', 'd143-p-nts-m03', 'd143-p-nts-m04', 'd143-p-nts-m05', 'd143-p-nts-min', 'd143-p-qty-m00', 'd143-p-qty-m01', 'd143-p-qty-m02', 'd143-p-qty-m03', 'd143-p-qty-m05', 'd143-p-rt-m00', 'd143-p-rt-m01', 'd143-p-rt-m02', 'd143-p-rt-m03', 'd143-p-rt-m04', 'd143-p-rt-m05', 'd143-p-rte-m00', 'd143-p-rte-m01', 'd143-p-rte-m02', 'd143-p-rte-m03', 'd143-p-rte-m04', 'd143-p-rte-m05', 'd143-s-day-m00', 'd143-s-day-m01', 'd143-s-day-m02', 'd143-s-day-m03', 'd143-s-day-m05', 'd143-s-dep2-m00', 'd143-s-dep2-m01', 'd143-s-dep2-m02', 'd143-s-dep2-m03', 'd143-s-dep2-m05', 'd143-s-nts-m00', 'd143-s-nts-m01', 'd143-s-nts-m02', 'd143-s-nts-m03', 'd143-s-nts-m04', 'd143-s-nts-m05', 'd143-s-nts-min', 'd143-s-nts-v-h', 'd143-s-qty-m00', 'd143-s-qty-m01', 'd143-s-qty-m02', 'd143-s-qty-m03', 'd143-s-qty-m05', 'd143-s-rt-m00', 'd143-s-rt-m01', 'd143-s-rt-m02', 'd143-s-rt-m03', 'd143-s-rt-m04', 'd143-s-rt-m05', 'd143-s-rte-m00', 'd143-s-rte-m01', 'd143-s-rte-m02', 'd143-s-rte-m03', 'd143-s-rte-m04', 'd143-s-rte-m05'])
r143_found_arguable = set(['d143-p-day-m06', 'd143-p-day-m09', 'd143-p-day-m10', 'd143-p-day-m11', 'd143-p-day-m12', 'd143-p-day-q-p1', 'd143-p-day-q-p1s', 'd143-p-day-q-p2', 'd143-p-day-q-p2s', 'd143-p-day-u00', 'd143-p-day-u01', 'd143-p-day-u02', 'd143-p-day-u03', 'd143-p-day-u05', 'd143-p-day-u07', 'd143-p-day-u08', 'd143-p-day-u09', 'd143-p-day-u10', 'd143-p-day-u12', 'd143-p-day-u18', 'd143-p-day-v-days', 'd143-p-day-v-h', 'd143-p-day-v-hours', 'd143-p-day-v-hrs', 'd143-p-day-v-mins', 'd143-p-day-v-minutes', 'd143-p-day-v-mo', 'd143-p-day-v-ms', 'd143-p-day-v-s', 'd143-p-day-v-sec', 'd143-p-day-v-wk', 'd143-p-day-v-yr', 'd143-p-dmn-dq', 'd143-p-dmn-m00', 'd143-p-dmn-m01', 'd143-p-dmn-m02', 'd143-p-dmn-m03', 'd143-p-dmn-m04', 'd143-p-dmn-m05', 'd143-p-dmn-m06', 'd143-p-dmn-q-p1', 'd143-p-dmn-q-p1s', 'd143-p-dmn-q-p2', 'd143-p-dmn-q-p2s', 'd143-p-dmn-u00', 'd143-p-dmn-u01', 'd143-p-dmn-u02', 'd143-p-dmn-u03', 'd143-p-dmn-u05', 'd143-p-dmn-u07', 'd143-p-dmn-u08', 'd143-p-dmn-u09', 'd143-p-dmn-u10', 'd143-p-dmn-u12', 'd143-p-dmn-u18', 'd143-p-dur-dq', 'd143-p-dur-m00', 'd143-p-dur-m01', 'd143-p-dur-m02', 'd143-p-dur-m03', 'd143-p-dur-m04', 'd143-p-dur-m05', 'd143-p-dur-m06', 'd143-p-dur-q-p2', 'd143-p-dur-q-p2s', 'd143-p-dur-u18', 'd143-p-nts-m06', 'd143-p-nts-q-p1', 'd143-p-nts-q-p1s', 'd143-p-nts-q-p2', 'd143-p-nts-q-p2s', 'd143-p-nts-u00', 'd143-p-nts-u01', 'd143-p-nts-u02', 'd143-p-nts-u03', 'd143-p-nts-u05', 'd143-p-nts-u07', 'd143-p-nts-u08', 'd143-p-nts-u09', 'd143-p-nts-u10', 'd143-p-nts-u12', 'd143-p-nts-u18', 'd143-p-rt-m06', 'd143-p-rt-q-p1', 'd143-p-rt-q-p1s', 'd143-p-rt-q-p2', 'd143-p-rt-q-p2s', 'd143-p-rt-u00', 'd143-p-rt-u01', 'd143-p-rt-u02', 'd143-p-rt-u03', 'd143-p-rt-u05', 'd143-p-rt-u07', 'd143-p-rt-u08', 'd143-p-rt-u09', 'd143-p-rt-u10', 'd143-p-rt-u12', 'd143-p-rt-u18', 'd143-p-rte-m06', 'd143-p-rte-q-p1', 'd143-p-rte-q-p1s', 'd143-p-rte-q-p2', 'd143-p-rte-q-p2s', 'd143-p-rte-u00', 'd143-p-rte-u01', 'd143-p-rte-u02', 'd143-p-rte-u03', 'd143-p-rte-u05', 'd143-p-rte-u07', 'd143-p-rte-u08', 'd143-p-rte-u09', 'd143-p-rte-u10', 'd143-p-rte-u12', 'd143-p-rte-u18', 'd143-s-day-m06', 'd143-s-day-m09', 'd143-s-day-m10', 'd143-s-day-m11', 'd143-s-day-m12', 'd143-s-day-q-p1', 'd143-s-day-q-p1s', 'd143-s-day-q-p2', 'd143-s-day-q-p2s', 'd143-s-day-u00', 'd143-s-day-u01', 'd143-s-day-u02', 'd143-s-day-u03', 'd143-s-day-u05', 'd143-s-day-u07', 'd143-s-day-u08', 'd143-s-day-u09', 'd143-s-day-u10', 'd143-s-day-u12', 'd143-s-day-u18', 'd143-s-day-v-days', 'd143-s-day-v-h', 'd143-s-day-v-hours', 'd143-s-day-v-hrs', 'd143-s-day-v-mins', 'd143-s-day-v-minutes', 'd143-s-day-v-mo', 'd143-s-day-v-ms', 'd143-s-day-v-s', 'd143-s-day-v-sec', 'd143-s-day-v-wk', 'd143-s-day-v-yr', 'd143-s-dmn-c2-h2', 'd143-s-dmn-dq', 'd143-s-dmn-m00', 'd143-s-dmn-m01', 'd143-s-dmn-m02', 'd143-s-dmn-m03', 'd143-s-dmn-m04', 'd143-s-dmn-m05', 'd143-s-dmn-m06', 'd143-s-dmn-q-p1', 'd143-s-dmn-q-p1s', 'd143-s-dmn-q-p2', 'd143-s-dmn-q-p2s', 'd143-s-dmn-sw-day1', 'd143-s-dmn-sw-h2', 'd143-s-dmn-sw-hours2', 'd143-s-dmn-sw-hrs2', 'd143-s-dmn-sw-s120', 'd143-s-dmn-sw-sec300', 'd143-s-dmn-u00', 'd143-s-dmn-u01', 'd143-s-dmn-u02', 'd143-s-dmn-u03', 'd143-s-dmn-u05', 'd143-s-dmn-u07', 'd143-s-dmn-u08', 'd143-s-dmn-u09', 'd143-s-dmn-u10', 'd143-s-dmn-u12', 'd143-s-dmn-u18', 'd143-s-dur-dq', 'd143-s-dur-m00', 'd143-s-dur-m01', 'd143-s-dur-m02', 'd143-s-dur-m03', 'd143-s-dur-m04', 'd143-s-dur-m05', 'd143-s-dur-m06', 'd143-s-dur-q-p2', 'd143-s-dur-q-p2s', 'd143-s-dur-u18', 'd143-s-nts-m06', 'd143-s-nts-q-p1', 'd143-s-nts-q-p1s', 'd143-s-nts-q-p2', 'd143-s-nts-q-p2s', 'd143-s-nts-u00', 'd143-s-nts-u01', 'd143-s-nts-u02', 'd143-s-nts-u03', 'd143-s-nts-u05', 'd143-s-nts-u07', 'd143-s-nts-u08', 'd143-s-nts-u09', 'd143-s-nts-u10', 'd143-s-nts-u12', 'd143-s-nts-u18', 'd143-s-rt-m06', 'd143-s-rt-q-p1', 'd143-s-rt-q-p1s', 'd143-s-rt-q-p2', 'd143-s-rt-q-p2s', 'd143-s-rt-u00', 'd143-s-rt-u01', 'd143-s-rt-u02', 'd143-s-rt-u03', 'd143-s-rt-u05', 'd143-s-rt-u07', 'd143-s-rt-u08', 'd143-s-rt-u09', 'd143-s-rt-u10', 'd143-s-rt-u12', 'd143-s-rt-u18', 'd143-s-rt-v-mins', 'd143-s-rte-m06', 'd143-s-rte-q-p1', 'd143-s-rte-q-p1s', 'd143-s-rte-q-p2', 'd143-s-rte-q-p2s', 'd143-s-rte-u00', 'd143-s-rte-u01', 'd143-s-rte-u02', 'd143-s-rte-u03', 'd143-s-rte-u05', 'd143-s-rte-u07', 'd143-s-rte-u08', 'd143-s-rte-u09', 'd143-s-rte-u10', 'd143-s-rte-u12', 'd143-s-rte-u18'])


# Trimmed for ctest (probe_kit.sample_round): the items the round's tester confirmed alone (arguable ones
# too) all kept, every safe variant and every 6th of the held rest.
from probe_kit import sample_round as r143_sample_round  # noqa: E402
r143_found = {
    'd143-b-day-m00', 'd143-b-day-m01', 'd143-b-day-m02', 'd143-b-day-m03',
    'd143-b-day-m05', 'd143-b-day-m06', 'd143-b-day-m09', 'd143-b-day-m10',
    'd143-b-day-m11', 'd143-b-day-m12', 'd143-b-day-q-p1', 'd143-b-day-q-p1s',
    'd143-b-day-q-p2', 'd143-b-day-q-p2s', 'd143-b-day-u00', 'd143-b-day-u01',
    'd143-b-day-u02', 'd143-b-day-u03', 'd143-b-day-u05', 'd143-b-day-u07',
    'd143-b-day-u08', 'd143-b-day-u09', 'd143-b-day-u10', 'd143-b-day-u12',
    'd143-b-day-u18', 'd143-b-day-v-days', 'd143-b-day-v-h', 'd143-b-day-v-hours',
    'd143-b-day-v-hrs', 'd143-b-day-v-mins', 'd143-b-day-v-minutes', 'd143-b-day-v-mo',
    'd143-b-day-v-ms', 'd143-b-day-v-s', 'd143-b-day-v-sec', 'd143-b-day-v-wk',
    'd143-b-day-v-yr', 'd143-b-dep2-m00', 'd143-b-dep2-m01', 'd143-b-dep2-m02',
    'd143-b-dep2-m03', 'd143-b-dep2-m05', 'd143-b-dmn-dq', 'd143-b-dmn-m00',
    'd143-b-dmn-m01', 'd143-b-dmn-m02', 'd143-b-dmn-m03', 'd143-b-dmn-m04',
    'd143-b-dmn-m05', 'd143-b-dmn-m06', 'd143-b-dmn-q-p1', 'd143-b-dmn-q-p1s',
    'd143-b-dmn-q-p2', 'd143-b-dmn-q-p2s', 'd143-b-dmn-u00', 'd143-b-dmn-u01',
    'd143-b-dmn-u02', 'd143-b-dmn-u03', 'd143-b-dmn-u05', 'd143-b-dmn-u07',
    'd143-b-dmn-u08', 'd143-b-dmn-u09', 'd143-b-dmn-u10', 'd143-b-dmn-u12',
    'd143-b-dmn-u18', 'd143-b-dur-dq', 'd143-b-dur-m00', 'd143-b-dur-m01',
    'd143-b-dur-m02', 'd143-b-dur-m03', 'd143-b-dur-m04', 'd143-b-dur-m05',
    'd143-b-dur-m06', 'd143-b-dur-q-p2', 'd143-b-dur-q-p2s', 'd143-b-dur-u18',
    'd143-b-nts-m00', 'd143-b-nts-m01', 'd143-b-nts-m02', 'd143-b-nts-m03',
    'd143-b-nts-m04', 'd143-b-nts-m05', 'd143-b-nts-m06', 'd143-b-nts-min',
    'd143-b-nts-q-p1', 'd143-b-nts-q-p1s', 'd143-b-nts-q-p2', 'd143-b-nts-q-p2s',
    'd143-b-nts-u00', 'd143-b-nts-u01', 'd143-b-nts-u02', 'd143-b-nts-u03',
    'd143-b-nts-u05', 'd143-b-nts-u07', 'd143-b-nts-u08', 'd143-b-nts-u09',
    'd143-b-nts-u10', 'd143-b-nts-u12', 'd143-b-nts-u18', 'd143-b-qty-m00',
    'd143-b-qty-m01', 'd143-b-qty-m02', 'd143-b-qty-m03', 'd143-b-qty-m05',
    'd143-b-rt-m00', 'd143-b-rt-m01', 'd143-b-rt-m02', 'd143-b-rt-m03',
    'd143-b-rt-m04', 'd143-b-rt-m05', 'd143-b-rt-m06', 'd143-b-rt-q-p1',
    'd143-b-rt-q-p1s', 'd143-b-rt-q-p2', 'd143-b-rt-q-p2s', 'd143-b-rt-u00',
    'd143-b-rt-u01', 'd143-b-rt-u02', 'd143-b-rt-u03', 'd143-b-rt-u05',
    'd143-b-rt-u07', 'd143-b-rt-u08', 'd143-b-rt-u09', 'd143-b-rt-u10',
    'd143-b-rt-u12', 'd143-b-rt-u18', 'd143-b-rte-m00', 'd143-b-rte-m01',
    'd143-b-rte-m02', 'd143-b-rte-m03', 'd143-b-rte-m04', 'd143-b-rte-m05',
    'd143-b-rte-m06', 'd143-b-rte-q-p1', 'd143-b-rte-q-p1s', 'd143-b-rte-q-p2',
    'd143-b-rte-q-p2s', 'd143-b-rte-u00', 'd143-b-rte-u01', 'd143-b-rte-u02',
    'd143-b-rte-u03', 'd143-b-rte-u05', 'd143-b-rte-u07', 'd143-b-rte-u08',
    'd143-b-rte-u09', 'd143-b-rte-u10', 'd143-b-rte-u12', 'd143-b-rte-u18',
    'd143-p-day-m00', 'd143-p-day-m01', 'd143-p-day-m02', 'd143-p-day-m03',
    'd143-p-day-m05', 'd143-p-day-m06', 'd143-p-day-m09', 'd143-p-day-m10',
    'd143-p-day-m11', 'd143-p-day-m12', 'd143-p-day-q-p1', 'd143-p-day-q-p1s',
    'd143-p-day-q-p2', 'd143-p-day-q-p2s', 'd143-p-day-u00', 'd143-p-day-u01',
    'd143-p-day-u02', 'd143-p-day-u03', 'd143-p-day-u05', 'd143-p-day-u07',
    'd143-p-day-u08', 'd143-p-day-u09', 'd143-p-day-u10', 'd143-p-day-u12',
    'd143-p-day-u18', 'd143-p-day-v-days', 'd143-p-day-v-h', 'd143-p-day-v-hours',
    'd143-p-day-v-hrs', 'd143-p-day-v-mins', 'd143-p-day-v-minutes', 'd143-p-day-v-mo',
    'd143-p-day-v-ms', 'd143-p-day-v-s', 'd143-p-day-v-sec', 'd143-p-day-v-wk',
    'd143-p-day-v-yr', 'd143-p-dep2-m00', 'd143-p-dep2-m01', 'd143-p-dep2-m02',
    'd143-p-dep2-m03', 'd143-p-dep2-m05', 'd143-p-dmn-dq', 'd143-p-dmn-m00',
    'd143-p-dmn-m01', 'd143-p-dmn-m02', 'd143-p-dmn-m03', 'd143-p-dmn-m04',
    'd143-p-dmn-m05', 'd143-p-dmn-m06', 'd143-p-dmn-q-p1', 'd143-p-dmn-q-p1s',
    'd143-p-dmn-q-p2', 'd143-p-dmn-q-p2s', 'd143-p-dmn-u00', 'd143-p-dmn-u01',
    'd143-p-dmn-u02', 'd143-p-dmn-u03', 'd143-p-dmn-u05', 'd143-p-dmn-u07',
    'd143-p-dmn-u08', 'd143-p-dmn-u09', 'd143-p-dmn-u10', 'd143-p-dmn-u12',
    'd143-p-dmn-u18', 'd143-p-dur-dq', 'd143-p-dur-m00', 'd143-p-dur-m01',
    'd143-p-dur-m02', 'd143-p-dur-m03', 'd143-p-dur-m04', 'd143-p-dur-m05',
    'd143-p-dur-m06', 'd143-p-dur-q-p2', 'd143-p-dur-q-p2s', 'd143-p-dur-u18',
    'd143-p-nts-m00', 'd143-p-nts-m01', 'd143-p-nts-m02', 'd143-p-nts-m03',
    'd143-p-nts-m04', 'd143-p-nts-m05', 'd143-p-nts-m06', 'd143-p-nts-min',
    'd143-p-nts-q-p1', 'd143-p-nts-q-p1s', 'd143-p-nts-q-p2', 'd143-p-nts-q-p2s',
    'd143-p-nts-u00', 'd143-p-nts-u01', 'd143-p-nts-u02', 'd143-p-nts-u03',
    'd143-p-nts-u05', 'd143-p-nts-u07', 'd143-p-nts-u08', 'd143-p-nts-u09',
    'd143-p-nts-u10', 'd143-p-nts-u12', 'd143-p-nts-u18', 'd143-p-qty-m00',
    'd143-p-qty-m01', 'd143-p-qty-m02', 'd143-p-qty-m03', 'd143-p-qty-m05',
    'd143-p-rt-m00', 'd143-p-rt-m01', 'd143-p-rt-m02', 'd143-p-rt-m03',
    'd143-p-rt-m04', 'd143-p-rt-m05', 'd143-p-rt-m06', 'd143-p-rt-q-p1',
    'd143-p-rt-q-p1s', 'd143-p-rt-q-p2', 'd143-p-rt-q-p2s', 'd143-p-rt-u00',
    'd143-p-rt-u01', 'd143-p-rt-u02', 'd143-p-rt-u03', 'd143-p-rt-u05',
    'd143-p-rt-u07', 'd143-p-rt-u08', 'd143-p-rt-u09', 'd143-p-rt-u10',
    'd143-p-rt-u12', 'd143-p-rt-u18', 'd143-p-rte-m00', 'd143-p-rte-m01',
    'd143-p-rte-m02', 'd143-p-rte-m03', 'd143-p-rte-m04', 'd143-p-rte-m05',
    'd143-p-rte-m06', 'd143-p-rte-q-p1', 'd143-p-rte-q-p1s', 'd143-p-rte-q-p2',
    'd143-p-rte-q-p2s', 'd143-p-rte-u00', 'd143-p-rte-u01', 'd143-p-rte-u02',
    'd143-p-rte-u03', 'd143-p-rte-u05', 'd143-p-rte-u07', 'd143-p-rte-u08',
    'd143-p-rte-u09', 'd143-p-rte-u10', 'd143-p-rte-u12', 'd143-p-rte-u18',
    'd143-s-day-m00', 'd143-s-day-m01', 'd143-s-day-m02', 'd143-s-day-m03',
    'd143-s-day-m05', 'd143-s-day-m06', 'd143-s-day-m09', 'd143-s-day-m10',
    'd143-s-day-m11', 'd143-s-day-m12', 'd143-s-day-q-p1', 'd143-s-day-q-p1s',
    'd143-s-day-q-p2', 'd143-s-day-q-p2s', 'd143-s-day-u00', 'd143-s-day-u01',
    'd143-s-day-u02', 'd143-s-day-u03', 'd143-s-day-u05', 'd143-s-day-u07',
    'd143-s-day-u08', 'd143-s-day-u09', 'd143-s-day-u10', 'd143-s-day-u12',
    'd143-s-day-u18', 'd143-s-day-v-days', 'd143-s-day-v-h', 'd143-s-day-v-hours',
    'd143-s-day-v-hrs', 'd143-s-day-v-mins', 'd143-s-day-v-minutes', 'd143-s-day-v-mo',
    'd143-s-day-v-ms', 'd143-s-day-v-s', 'd143-s-day-v-sec', 'd143-s-day-v-wk',
    'd143-s-day-v-yr', 'd143-s-dep2-m00', 'd143-s-dep2-m01', 'd143-s-dep2-m02',
    'd143-s-dep2-m03', 'd143-s-dep2-m05', 'd143-s-dmn-c2-h2', 'd143-s-dmn-dq',
    'd143-s-dmn-m00', 'd143-s-dmn-m01', 'd143-s-dmn-m02', 'd143-s-dmn-m03',
    'd143-s-dmn-m04', 'd143-s-dmn-m05', 'd143-s-dmn-m06', 'd143-s-dmn-q-p1',
    'd143-s-dmn-q-p1s', 'd143-s-dmn-q-p2', 'd143-s-dmn-q-p2s', 'd143-s-dmn-sw-day1',
    'd143-s-dmn-sw-h2', 'd143-s-dmn-sw-hours2', 'd143-s-dmn-sw-hrs2', 'd143-s-dmn-sw-s120',
    'd143-s-dmn-sw-sec300', 'd143-s-dmn-u00', 'd143-s-dmn-u01', 'd143-s-dmn-u02',
    'd143-s-dmn-u03', 'd143-s-dmn-u05', 'd143-s-dmn-u07', 'd143-s-dmn-u08',
    'd143-s-dmn-u09', 'd143-s-dmn-u10', 'd143-s-dmn-u12', 'd143-s-dmn-u18',
    'd143-s-dur-dq', 'd143-s-dur-m00', 'd143-s-dur-m01', 'd143-s-dur-m02',
    'd143-s-dur-m03', 'd143-s-dur-m04', 'd143-s-dur-m05', 'd143-s-dur-m06',
    'd143-s-dur-q-p2', 'd143-s-dur-q-p2s', 'd143-s-dur-u18', 'd143-s-nts-m00',
    'd143-s-nts-m01', 'd143-s-nts-m02', 'd143-s-nts-m03', 'd143-s-nts-m04',
    'd143-s-nts-m05', 'd143-s-nts-m06', 'd143-s-nts-min', 'd143-s-nts-q-p1',
    'd143-s-nts-q-p1s', 'd143-s-nts-q-p2', 'd143-s-nts-q-p2s', 'd143-s-nts-u00',
    'd143-s-nts-u01', 'd143-s-nts-u02', 'd143-s-nts-u03', 'd143-s-nts-u05',
    'd143-s-nts-u07', 'd143-s-nts-u08', 'd143-s-nts-u09', 'd143-s-nts-u10',
    'd143-s-nts-u12', 'd143-s-nts-u18', 'd143-s-nts-v-h', 'd143-s-qty-m00',
    'd143-s-qty-m01', 'd143-s-qty-m02', 'd143-s-qty-m03', 'd143-s-qty-m05',
    'd143-s-rt-m00', 'd143-s-rt-m01', 'd143-s-rt-m02', 'd143-s-rt-m03',
    'd143-s-rt-m04', 'd143-s-rt-m05', 'd143-s-rt-m06', 'd143-s-rt-q-p1',
    'd143-s-rt-q-p1s', 'd143-s-rt-q-p2', 'd143-s-rt-q-p2s', 'd143-s-rt-u00',
    'd143-s-rt-u01', 'd143-s-rt-u02', 'd143-s-rt-u03', 'd143-s-rt-u05',
    'd143-s-rt-u07', 'd143-s-rt-u08', 'd143-s-rt-u09', 'd143-s-rt-u10',
    'd143-s-rt-u12', 'd143-s-rt-u18', 'd143-s-rt-v-mins', 'd143-s-rte-m00',
    'd143-s-rte-m01', 'd143-s-rte-m02', 'd143-s-rte-m03', 'd143-s-rte-m04',
    'd143-s-rte-m05', 'd143-s-rte-m06', 'd143-s-rte-q-p1', 'd143-s-rte-q-p1s',
    'd143-s-rte-q-p2', 'd143-s-rte-q-p2s', 'd143-s-rte-u00', 'd143-s-rte-u01',
    'd143-s-rte-u02', 'd143-s-rte-u03', 'd143-s-rte-u05', 'd143-s-rte-u07',
    'd143-s-rte-u08', 'd143-s-rte-u09', 'd143-s-rte-u10', 'd143-s-rte-u12',
    'd143-s-rte-u18',
}
r143_sample_round("d143-", r143_found, 6, safe_every=1)
# Left out of ctest: ids the tester called arguable that the cache still serves (see FINDINGS.md).
r143_left_out = {
    'd143-p-day-m09', 'd143-p-day-m10', 'd143-p-day-m11', 'd143-p-day-m12',
    'd143-p-day-q-p1', 'd143-p-day-q-p1s', 'd143-p-day-q-p2', 'd143-p-day-q-p2s',
    'd143-p-day-v-days', 'd143-p-day-v-h', 'd143-p-day-v-hours', 'd143-p-day-v-hrs',
    'd143-p-day-v-mins', 'd143-p-day-v-minutes', 'd143-p-day-v-mo', 'd143-p-day-v-ms',
    'd143-p-day-v-s', 'd143-p-day-v-sec', 'd143-p-day-v-wk', 'd143-p-day-v-yr',
    'd143-p-dmn-dq', 'd143-p-dmn-q-p1', 'd143-p-dmn-q-p1s', 'd143-p-dmn-q-p2',
    'd143-p-dmn-q-p2s', 'd143-p-dur-dq', 'd143-p-dur-q-p2', 'd143-p-dur-q-p2s',
    'd143-p-nts-q-p1', 'd143-p-nts-q-p1s', 'd143-p-nts-q-p2', 'd143-p-nts-q-p2s',
    'd143-p-rt-q-p1', 'd143-p-rt-q-p1s', 'd143-p-rt-q-p2', 'd143-p-rt-q-p2s',
    'd143-p-rte-q-p1', 'd143-p-rte-q-p1s', 'd143-p-rte-q-p2', 'd143-p-rte-q-p2s',
    'd143-s-day-m09', 'd143-s-day-m10', 'd143-s-day-m11', 'd143-s-day-m12',
    'd143-s-day-q-p1', 'd143-s-day-q-p1s', 'd143-s-day-q-p2', 'd143-s-day-q-p2s',
    'd143-s-day-v-days', 'd143-s-day-v-h', 'd143-s-day-v-hours', 'd143-s-day-v-hrs',
    'd143-s-day-v-mins', 'd143-s-day-v-minutes', 'd143-s-day-v-mo', 'd143-s-day-v-ms',
    'd143-s-day-v-s', 'd143-s-day-v-sec', 'd143-s-day-v-wk', 'd143-s-day-v-yr',
    'd143-s-dmn-c2-h2', 'd143-s-dmn-dq', 'd143-s-dmn-q-p1', 'd143-s-dmn-q-p1s',
    'd143-s-dmn-q-p2', 'd143-s-dmn-q-p2s', 'd143-s-dmn-sw-day1', 'd143-s-dmn-sw-h2',
    'd143-s-dmn-sw-hours2', 'd143-s-dmn-sw-hrs2', 'd143-s-dmn-sw-s120', 'd143-s-dmn-sw-sec300',
    'd143-s-dur-dq', 'd143-s-dur-q-p2', 'd143-s-dur-q-p2s', 'd143-s-nts-q-p1',
    'd143-s-nts-q-p1s', 'd143-s-nts-q-p2', 'd143-s-nts-q-p2s', 'd143-s-rt-q-p1',
    'd143-s-rt-q-p1s', 'd143-s-rt-q-p2', 'd143-s-rt-q-p2s', 'd143-s-rte-q-p1',
    'd143-s-rte-q-p1s', 'd143-s-rte-q-p2', 'd143-s-rte-q-p2s',
}
P[:] = [r143_p for r143_p in P if r143_p["id"] not in r143_left_out]
