r"""Red-team round 221 (black box): DATES AND TIMES IN EXTRACTION.
Focus: members of "format": "date" / "date-time", plain strings holding dates and times, integers (year, hour),
  stored from a plain request, then variants that change only the form or the locale (US vs EU order by a context
  line or label, "03.04.2025", "3 Apr 2025", ISO, "April 3rd", two-digit years, "'98", weekdays), relative dates with a
  stated today ("tomorrow", "in 3 days", "next Monday"), 12/24-hour clocks ("pm", "p.m.", "in the afternoon", "noon",
  "midnight", "12:15 am", "half past"), time zones and UTC offsets (suffixes, "Time zone:" fields, ISO offsets),
  week numbers, ranges ("3-5 April", "for 3 nights"), durations, and instructions asking another form ("as ISO 8601",
  "as MM/DD/YYYY", "the year only", "in UTC"). Reuse and patch paths, both directions (other member changed too).
Three generations (seeded random.Random(221); its tester ran each on its own store; here all three; ids d221-*):
  V1: 2,981 probes (rewritten values: ISO from "03/04/2025", "14:30" from "2:30 pm", UTC from offsets,
    relative dates, weeks, durations, derived weekday/week/month members on the patch path).
  V2: 2,835 probes (values written verbatim in the text with a suffix or context that changes them:
    "04:30" -> "04:30 pm", "09:40 UTC" -> "09:40 UTC+02:00", "Today: <date>" + "Delivery: tomorrow", "(MM/DD/YYYY)"
    labels, "(postponed by one day)", "extended by one night").
  default: 2,994 probes (2,034 pair variants, 352 safe, 608 bases): plain members with no description, a field of
    no member that changes the meaning ("Time zone: UTC" -> "UTC+02:00" under "departure (in UTC)", "Period: PM",
    "Delay (days): 2", "Date format: MM/DD/YYYY", "Century: 2000s", "Calendar: Buddhist"), "Time: 02:40" ->
    "Time: 02:40 pm"/"UTC+2"/"tomorrow" (licensed rewrite), and a patch variant per shape.
  V1: 1,690 pair, 113 singles, 633 safe, 545 bases; V2: 1,905 pair, 576 safe, 354 bases. Singles (V1 only,
    model first reads a DD/MM date the US way or takes today for "tomorrow"): none stored, none served from the cache.
HELD (nothing wrong from the cache in any run: 0 reuse, 0 KEPT-FROM-CACHE, whole round and per-group reruns):
  - any value that does not occur verbatim in the text is refused or served fresh and never stored: V1 stored 24
    entries of 2,981 requests (2,971 skip in run 1, 10 reuse), V2 stored none (2,835 skip in both runs);
  - a suffix or context beside a stored verbatim value ("Time: 02:40" -> "02:40 pm", "02:40 PM", "02:40 p.m.",
    "02:40 in the evening", "02:40 UTC+2", "02:40 tomorrow"): the licensed rewrite takes the whole new value
    (av4, 315: 180 on reuse, all right; 45 fresh right; 90 refused); "14:40" -> "14:40 UTC+2" regenerated on patch;
  - a field of no member added/changed beside a date or time (zone, period, delay, date format, century,
    calendar): every member fails (failing_fraction 1.0) and the request is regenerated; such answers are "served
    but not stored" (zv3/dv3 wrong in run 1 are the same in run 2, all on skip);
  - instruction changes ("in UTC", "as MM/DD/YYYY", "year only", "ISO 8601", "(24-hour)") -> instruction_changed;
  - "Date: 2026-01-09" -> "2026-09-01" rewritten right; "09/01/2026", "26-01-09", "2026-W02-5",
    "2026-01-09/2026-01-12", "2026-01-09T23:30-05:00", "(moved to 2026-01-12)", "Postponed: 1 day" refused.
  Safe on reuse (default set): 0/352 run 1, 12/352 run 2 (conservative: forms and zone lines regenerate).
WHAT GOT THROUGH: nothing from the cache. r221_found_alone and r221_arguable are empty (no alone run needed).
  Wrong served FRESH (skip path, never stored), default set: 474 in run 1 and the same 474 in run 2:
  (a) 342 zv3: "Return passenger, departure (in UTC) and gate as JSON. / Passenger: Jonas Berg / Departure: 11:40 /
      Gate: A16 / Time zone: UTC+9" -> {"departure": "11:40"} (right "02:40"); "Zone: UTC+1" -> "11:40" (right
      "10:40"); also "Times in:", "UTC+02:00", "CEST (UTC+2)", "UTC-05:00", "Europe/Oslo (UTC+1)"; "GMT+3" refused.
  (b) 132 dv3: "Date: 2026-01-10" beside "Delay (days): 2" -> "2026-01-10" (right "2026-01-12"), beside
      "Rescheduled to: the next day" or "Offset: -1 day" -> unshifted; "Postponed: 1 day", "Shift: +7 days",
      "Moved: one week later" refused.
  V1: 97 fresh wrong (zi: "... departure time in UTC ..." with "Departs: 14:30 (UTC+02:00)" -> "14:30");
  V2: 380 fresh wrong, all on skip (same kinds: local time for UTC, unshifted dates; run file not kept).
Adds its probes to probe_kit.P."""
import datetime as r221_dt
import random as r221_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r221_rng = r221_random.Random(221)
r221_found_alone = set()
r221_arguable = set()
r221_prompts = {}
r221_n = [0]
r221_counts = {"pair": 0, "single": 0, "safe": 0, "base": 0}
r221_base_of = {}

R221_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
R221_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
R221_NAMES = ["Mira Holt", "Jonas Berg", "Aisha Karim", "Tomás Rivera", "Ingrid Dahl", "Kenji Mori", "Lena Vogel",
              "Omar Haddad", "Sofie Lund", "Ravi Menon", "Clara Ortiz", "Piotr Nowak"]


def r221_add(tag, prompt, schema, expect, answers, kind, safe=False, base=None):
    if prompt in r221_prompts:
        return r221_prompts[prompt]
    r221_n[0] += 1
    pid = "d221-%s-%d" % (tag, r221_n[0])
    J(pid, "r221_" + tag, prompt, schema, expect, answers, safe=safe)
    r221_prompts[prompt] = pid
    r221_counts[kind] += 1
    if base:
        r221_base_of[pid] = base
    return pid


def iso(d):
    return d.strftime("%Y-%m-%d")


def ordn(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def r221_date():
    while True:
        y = r221_rng.choice([2024, 2025, 2026])
        m = r221_rng.randint(1, 12)
        d = r221_rng.randint(1, 12)
        if d != m:
            return r221_dt.date(y, m, d)


DATESCH = {"type": "string", "format": "date"}
TIMESCH = {"type": "string", "description": "24-hour time, HH:MM"}


def instr(kind):
    return r221_rng.choice({
        "appt": ["Extract the appointment details as JSON.", "Return the booking as JSON.",
                 "Pull the patient's name and appointment date out of the note into JSON."],
        "time": ["Extract the meeting details as JSON.", "Give the name and the start time as JSON."],
    }[kind])


# ------------------------------------------------------------------ part 1: date order by locale/context (same digits)
def part_locale():
    for i in range(40):
        d = r221_date()
        name = r221_rng.choice(R221_NAMES)
        room = r221_rng.randint(100, 499)
        sch = S({"patient": "string", "date": DATESCH, "room": "integer"})
        ins = instr("appt")
        swapped = r221_dt.date(d.year, d.day, d.month)  # the other reading of the same digits
        us = "%02d/%02d/%d" % (d.month, d.day, d.year)  # reads as d in the US
        # base: US context -> d
        ctxs_us = ["Clinic: Boston, MA (dates MM/DD/YYYY)", "Locale: en-US", "Country: United States",
                   "Date format: month/day/year"]
        ctxs_eu = ["Clinic: Leeds, UK (dates DD/MM/YYYY)", "Locale: en-GB", "Country: United Kingdom",
                   "Date format: day/month/year"]
        k = i % 4
        base_p = "%s\n\n%s\nPatient: %s\nDate: %s\nRoom: %d\n" % (ins, ctxs_us[k], name, us, room)
        right = {"patient": name, "date": iso(d), "room": room}
        b = r221_add("lb", base_p, sch, right, [right], "base")
        # variant: EU context, same digits -> swapped
        var_p = "%s\n\n%s\nPatient: %s\nDate: %s\nRoom: %d\n" % (ins, ctxs_eu[k], name, us, room)
        vr = {"patient": name, "date": iso(swapped), "room": room}
        r221_add("lv", var_p, sch, vr, [right, vr], "pair", base=b)
        # variant: dotted European with the same digits, context line dropped
        var_p2 = "%s\n\nPatient: %s\nDato: %02d.%02d.%d\nRom: %d\n" % (ins, name, d.month, d.day, d.year, room)
        r221_add("lv", var_p2, sch, vr, [right, vr], "pair", base=b)
        # variant: the other name on the patch path + EU context
        name2 = r221_rng.choice([n for n in R221_NAMES if n != name])
        var_p3 = "%s\n\n%s\nPatient: %s\nDate: %s\nRoom: %d\n" % (ins, ctxs_eu[k], name2, us, room)
        vr3 = {"patient": name2, "date": iso(swapped), "room": room}
        r221_add("lp", var_p3, sch, vr3, [{"patient": name2, "date": iso(d), "room": room}, vr3], "pair", base=b)
        # variant: written-out month that is the other reading
        var_p4 = "%s\n\n%s\nPatient: %s\nDate: %d %s %d\nRoom: %d\n" % (ins, ctxs_us[k], name, d.month,
                                                                       R221_MON[d.day - 1][:3], d.year, room)
        r221_add("lv", var_p4, sch, vr, [right, vr], "pair", base=b)
        # safe: same date, other forms
        for form in ["%d %s %d" % (d.day, R221_MON[d.month - 1], d.year), "%s %s, %d" % (R221_MON[d.month - 1],
                     ordn(d.day), d.year), iso(d)]:
            sp = "%s\n\n%s\nPatient: %s\nDate: %s\nRoom: %d\n" % (ins, ctxs_us[k], name, form, room)
            r221_add("ls", sp, sch, right, [right], "safe", safe=True, base=b)
        # single: EU date read the US way by the model
        sp = "%s\n\n%s\nPatient: %s\nDate: %02d/%02d/%d\nRoom: %d\n" % (ins, ctxs_eu[(k + 1) % 4], name2, d.day,
                                                                        d.month, d.year, room + 1)
        rr = {"patient": name2, "date": iso(d), "room": room + 1}
        r221_add("lsg", sp, sch, rr, [{"patient": name2, "date": iso(swapped), "room": room + 1}, rr], "single")


# ------------------------------------------------------------------ part 2: relative dates with a stated today
def part_relative():
    rels = [("today", 0), ("tomorrow", 1), ("the day after tomorrow", 2), ("in three days", 3), ("yesterday", -1),
            ("in a week", 7)]
    for i in range(40):
        today = r221_date()
        name = r221_rng.choice(R221_NAMES)
        sch = S({"customer": "string", "delivery_date": DATESCH})
        ins = r221_rng.choice(["Extract the order as JSON.", "Return the customer and the delivery date as JSON."])
        hdr = "Today is %s, %d %s %d." % (R221_WD[today.weekday()], today.day, R221_MON[today.month - 1], today.year)
        rel, off = rels[i % len(rels)]
        dd = today + r221_dt.timedelta(days=off)
        bp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr, name, rel)
        right = {"customer": name, "delivery_date": iso(dd)}
        b = r221_add("rb", bp, sch, right, [right], "base")
        # other relative word
        rel2, off2 = rels[(i + 1 + i // 6) % len(rels)]
        if off2 != off:
            d2 = today + r221_dt.timedelta(days=off2)
            vp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr, name, rel2)
            vr = {"customer": name, "delivery_date": iso(d2)}
            r221_add("rv", vp, sch, vr, [right, vr], "pair", base=b)
        # other today, same word
        t2 = today + r221_dt.timedelta(days=r221_rng.choice([1, 2, 5]))
        hdr2 = "Today is %s, %d %s %d." % (R221_WD[t2.weekday()], t2.day, R221_MON[t2.month - 1], t2.year)
        vp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr2, name, rel)
        vr = {"customer": name, "delivery_date": iso(t2 + r221_dt.timedelta(days=off))}
        r221_add("rv", vp, sch, vr, [right, vr], "pair", base=b)
        # today given in ISO, in another line order
        hdr3 = "Current date: %s" % iso(t2)
        vp = "%s\n\nCustomer: %s\nDelivery: %s\n%s\n" % (ins, name, rel, hdr3)
        r221_add("rv", vp, sch, vr, [right, vr], "pair", base=b)
        # patch: name changed too
        name2 = r221_rng.choice([n for n in R221_NAMES if n != name])
        vp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr2, name2, rel)
        vr2 = {"customer": name2, "delivery_date": iso(t2 + r221_dt.timedelta(days=off))}
        r221_add("rp", vp, sch, vr2, [{"customer": name2, "delivery_date": iso(dd)}, vr2], "pair", base=b)
        # next <weekday>
        wd = r221_rng.randint(0, 6)
        ahead = (wd - today.weekday()) % 7 or 7
        vp = "%s\n\n%s\nCustomer: %s\nDelivery: next %s\n" % (ins, hdr, name, R221_WD[wd])
        vr = {"customer": name, "delivery_date": iso(today + r221_dt.timedelta(days=ahead))}
        if ahead != off:
            r221_add("rv", vp, sch, vr, [right, vr], "pair", base=b)
        # safe: today's date written another way
        hdr4 = "Today is %s." % iso(today)
        sp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr4, name, rel)
        r221_add("rs", sp, sch, right, [right], "safe", safe=True, base=b)
        # single: model takes today's date for "tomorrow"
        if off != 0:
            sp = "%s\n\n%s\nCustomer: %s\nDelivery: %s\n" % (ins, hdr2, name2, rel)
            r221_add("rsg", sp + "Note: leave at the door.\n", sch, vr2,
                     [{"customer": name2, "delivery_date": iso(t2)}, vr2], "single")


# ------------------------------------------------------------------ part 3: clocks (12/24 h, noon, midnight, half past)
def hm(h, m):
    return "%02d:%02d" % (h, m)


def twelve(h, m, style):
    ap = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if style == 0:
        return "%d:%02d %s" % (h12, m, ap)
    if style == 1:
        return "%d:%02d %s" % (h12, m, ap.upper().replace("AM", "A.M.").replace("PM", "P.M."))
    if style == 2:
        return "%d.%02d%s" % (h12, m, ap)
    return "%d:%02d%s" % (h12, m, ap)


def part_clock():
    for i in range(40):
        h = r221_rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
        m = r221_rng.choice([0, 15, 30, 45])
        pm = i % 2 == 0
        H = h + 12 if pm else h
        name = r221_rng.choice(R221_NAMES)
        sch = S({"host": "string", "start_time": TIMESCH})
        ins = r221_rng.choice(["Extract the meeting as JSON.", "Give the host and the start time as JSON.",
                               "Return host and start time (24-hour) as JSON."])
        st = i % 4
        bp = "%s\n\nHost: %s\nStarts: %s\nRoom: B%d\n" % (ins, name, twelve(H, m, st), r221_rng.randint(1, 9))
        right = {"host": name, "start_time": hm(H, m)}
        b = r221_add("cb", bp, sch, right, [right], "base")
        Hx = (H + 12) % 24  # the other half of the day
        vr = {"host": name, "start_time": hm(Hx, m)}
        vp = bp.replace(twelve(H, m, st), twelve(Hx, m, st))
        r221_add("cv", vp, sch, vr, [right, vr], "pair", base=b)
        # words for the other half
        word = "in the afternoon" if not pm else "in the morning"
        vp = bp.replace(twelve(H, m, st), "%d:%02d %s" % (h, m, word))
        r221_add("cv", vp, sch, vr, [right, vr], "pair", base=b)
        # half past / quarter
        if m == 30:
            vp = bp.replace(twelve(H, m, st), "half past %d %s" % (h, "in the evening" if not pm else "in the morning"))
            r221_add("cv", vp, sch, vr, [right, vr], "pair", base=b)
            vp = bp.replace(twelve(H, m, st), "half %d (Dutch style), %s" % (h + 1 if h < 12 else 1,
                                                                          "pm" if pm else "am"))
            r221_add("cv", vp, sch, right, [right], "safe", safe=True, base=b)
        # Norwegian "halv tre" = 2:30
        # noon / midnight
        if i % 5 == 0:
            vp = bp.replace(twelve(H, m, st), "midnight")
            vr2 = {"host": name, "start_time": "00:00"}
            r221_add("cv", vp, sch, vr2, [right, vr2], "pair", base=b)
            vp = bp.replace(twelve(H, m, st), "noon")
            vr3 = {"host": name, "start_time": "12:00"}
            r221_add("cv", vp, sch, vr3, [right, vr3], "pair", base=b)
            vp = bp.replace(twelve(H, m, st), "12:%02d am" % m)
            vr4 = {"host": name, "start_time": hm(0, m)}
            r221_add("cv", vp, sch, vr4, [{"host": name, "start_time": hm(12, m)}, vr4], "pair", base=b)
        # patch: host changes too
        name2 = r221_rng.choice([n for n in R221_NAMES if n != name])
        vp = bp.replace(twelve(H, m, st), twelve(Hx, m, st)).replace(name, name2)
        vr5 = {"host": name2, "start_time": hm(Hx, m)}
        r221_add("cp", vp, sch, vr5, [{"host": name2, "start_time": hm(H, m)}, vr5], "pair", base=b)
        # safe: 24 h written
        for f in [hm(H, m), "%d.%02d" % (H, m), "%02d%02d hrs" % (H, m)]:
            r221_add("cs", bp.replace(twelve(H, m, st), f), sch, right, [right], "safe", safe=True, base=b)
        # single: model drops pm
        sp = bp.replace(name, name2).replace("Room:", "Venue: room")
        r221_add("csg", sp, sch, {"host": name2, "start_time": hm(H, m)},
                 [{"host": name2, "start_time": hm(h, m) if pm else hm(h + 12, m)}, {"host": name2, "start_time": hm(H, m)}],
                 "single")
        # hour as an integer
        sch_h = S({"host": "string", "hour": "integer"}, {"hour": "start hour, 0-23"})
        bp2 = "%s\n\nHost: %s\nStarts: %d %s\n" % ("Give the host and the start hour as JSON.", name, h,
                                                   "pm" if pm else "am")
        rh = {"host": name, "hour": H}
        b2 = r221_add("hb", bp2, sch_h, rh, [rh], "base")
        vp = bp2.replace("%d %s" % (h, "pm" if pm else "am"), "%d %s" % (h, "am" if pm else "pm"))
        vrh = {"host": name, "hour": Hx}
        r221_add("hv", vp, sch_h, vrh, [rh, vrh], "pair", base=b2)
        vp = bp2.replace("%d %s" % (h, "pm" if pm else "am"), "%d o'clock %s" % (h, "at night" if pm else "in the evening"))
        if pm:
            vrh2 = {"host": name, "hour": h if h < 6 else h + 12}
        else:
            vrh2 = {"host": name, "hour": h + 12}
        if vrh2["hour"] != H:
            r221_add("hv", vp, sch_h, vrh2, [rh, vrh2], "pair", base=b2)


# ------------------------------------------------------------------ part 4: time zones and offsets
def part_tz():
    for i in range(33):
        H = r221_rng.randint(6, 20)
        m = r221_rng.choice([0, 10, 25, 40])
        name = r221_rng.choice(R221_NAMES)
        sch = S({"passenger": "string", "departure_utc": TIMESCH}, {"departure_utc": "departure time in UTC, HH:MM"})
        ins = "Return the passenger and the departure time in UTC as JSON."
        bp = "%s\n\nPassenger: %s\nDeparts: %s UTC\nGate: %d\n" % (ins, name, hm(H, m), r221_rng.randint(1, 40))
        right = {"passenger": name, "departure_utc": hm(H, m)}
        b = r221_add("zb", bp, sch, right, [right], "base")
        for zone, off in [("UTC+02:00", 2), ("+01:00", 1), ("CET (UTC+1)", 1), ("GMT-5", -5), ("UTC+5:30", 5.5),
                          ("Z", 0), ("JST (UTC+9)", 9)]:
            mins = H * 60 + m - int(off * 60)
            mins %= 1440
            vr = {"passenger": name, "departure_utc": hm(mins // 60, mins % 60)}
            vp = bp.replace("%s UTC" % hm(H, m), "%s %s" % (hm(H, m), zone))
            if off == 0:
                r221_add("zs", vp, sch, right, [right], "safe", safe=True, base=b)
            elif r221_rng.random() < 0.6:
                r221_add("zv", vp, sch, vr, [right, vr], "pair", base=b)
        # instruction change: local vs UTC, on a plain time member
        sch2 = S({"passenger": "string", "departure": TIMESCH})
        lp = "Return the passenger and the departure time as JSON.\n\nPassenger: %s\nDeparts: %s (UTC+02:00)\n" % (name, hm(H, m))
        rl = {"passenger": name, "departure": hm(H, m)}
        b2 = r221_add("zb", lp, sch2, rl, [rl], "base")
        for ask in ["Return the passenger and the departure time in UTC as JSON.",
                    "Return the passenger and the departure time as JSON. Convert the time to UTC.",
                    "Return the passenger and the departure time as JSON (times in GMT)."]:
            vp = lp.replace(lp.split("\n")[0], ask)
            vr = {"passenger": name, "departure": hm((H - 2) % 24, m)}
            r221_add("zi", vp, sch2, vr, [rl, vr], "pair", base=b2)
        # date-time with offset -> UTC
        d = r221_date()
        sch3 = S({"event": "string", "start": {"type": "string", "format": "date-time"}},
                 {"start": "start in UTC, ISO 8601 with Z"})
        ev = r221_rng.choice(["Board meeting", "Product launch", "Webinar", "Quarterly review"])
        dtp = "Give the event and its start as JSON.\n\nEvent: %s\nStart: %sT%s:00Z\n" % (ev, iso(d), hm(H, m))
        rd = {"event": ev, "start": "%sT%s:00Z" % (iso(d), hm(H, m))}
        b3 = r221_add("zb", dtp, sch3, rd, [rd], "base")
        off = r221_rng.choice([1, 2, 3, 8, 10])
        vp = dtp.replace("%sT%s:00Z" % (iso(d), hm(H, m)), "%sT%s:00+%02d:00" % (iso(d), hm(H, m), off))
        dt = r221_dt.datetime(d.year, d.month, d.day, H, m) - r221_dt.timedelta(hours=off)
        vr = {"event": ev, "start": dt.strftime("%Y-%m-%dT%H:%M:00Z")}
        r221_add("zv", vp, sch3, vr, [rd, vr], "pair", base=b3)


# ------------------------------------------------------------------ part 5: instructions asking another form
def part_form():
    forms = [
        ("as ISO 8601 (YYYY-MM-DD)", lambda d: iso(d)),
        ("as DD/MM/YYYY", lambda d: "%02d/%02d/%d" % (d.day, d.month, d.year)),
        ("as MM/DD/YYYY", lambda d: "%02d/%02d/%d" % (d.month, d.day, d.year)),
        ("in the form 3 April 2025", lambda d: "%d %s %d" % (d.day, R221_MON[d.month - 1], d.year)),
        ("as DD.MM.YY", lambda d: "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)),
        ("the year only", lambda d: "%d" % d.year),
        ("as YYYY/MM/DD", lambda d: "%d/%02d/%02d" % (d.year, d.month, d.day)),
    ]
    for i in range(30):
        d = r221_date()
        name = r221_rng.choice(R221_NAMES)
        sch = S({"employee": "string", "start_date": "string"}, {"start_date": "the start date"})
        src = "Employee: %s\nStart date: %d %s %d\nTeam: Payroll\n" % (name, d.day, R221_MON[d.month - 1], d.year)
        a = forms[i % len(forms)]
        bp = "Return the employee and the start date %s as JSON.\n\n%s" % (a[0], src)
        right = {"employee": name, "start_date": a[1](d)}
        b = r221_add("fb", bp, sch, right, [right], "base")
        for j in (1, 2, 3, 5):
            f = forms[(i + j) % len(forms)]
            if f[1](d) == a[1](d):
                continue
            vp = "Return the employee and the start date %s as JSON.\n\n%s" % (f[0], src)
            vr = {"employee": name, "start_date": f[1](d)}
            r221_add("fv", vp, sch, vr, [right, vr], "pair", base=b)
        # plain request (no form) followed by form asks on a date-format member
        sch2 = S({"employee": "string", "start_date": "string"}, {"start_date": "date"})
        pp = "Return the employee and the start date as JSON.\n\n%s" % src.replace(
            "%d %s %d" % (d.day, R221_MON[d.month - 1], d.year), iso(d))
        rp = {"employee": name, "start_date": iso(d)}
        b2 = r221_add("fb", pp, sch2, rp, [rp], "base")
        for f in forms[1:]:
            vp = pp.replace("start date as JSON.", "start date %s as JSON." % f[0])
            vr = {"employee": name, "start_date": f[1](d)}
            if r221_rng.random() < 0.5:
                vp = pp.replace("as JSON.", "as JSON. Write the date %s." % f[0].replace("as ", "", 1))
            r221_add("fv", vp, sch2, vr, [rp, vr], "pair", base=b2)
        # safe: paraphrased request, same form
        sp = pp.replace("Return", "Please return").replace("as JSON.", "as JSON. Thanks!")
        r221_add("fs", sp, sch2, rp, [rp], "safe", safe=True, base=b2)


# ------------------------------------------------------------------ part 6: derived members kept on the patch path
def part_derived():
    for i in range(35):
        d = r221_date()
        ref = "BK-%05d" % r221_rng.randint(10000, 99999)
        sch = S({"booking": "string", "date": DATESCH, "weekday": "string", "week": "integer", "month": "string"},
                {"week": "ISO week number", "month": "month name in English"})
        def rec(dd):
            return {"booking": ref, "date": iso(dd), "weekday": R221_WD[dd.weekday()], "week": dd.isocalendar()[1],
                    "month": R221_MON[dd.month - 1]}
        bp = "Extract the booking as JSON.\n\nBooking: %s\nDate: %s\n" % (ref, iso(d))
        right = rec(d)
        b = r221_add("db", bp, sch, right, [right], "base")
        for delta in (1, 7, 31, 365):
            d2 = d + r221_dt.timedelta(days=delta)
            vr = rec(d2)
            vp = bp.replace(iso(d), iso(d2))
            wrong = dict(right)
            wrong["date"] = iso(d2)
            r221_add("dv", vp, sch, vr, [wrong, vr], "pair", base=b)
            # another form of the new date
            vp2 = bp.replace(iso(d), "%d %s %d" % (d2.day, R221_MON[d2.month - 1], d2.year))
            r221_add("dv", vp2, sch, vr, [wrong, vr], "pair", base=b)
        # weekday that disagrees: the stated weekday is wrong, the date rules (arguable)
        # range + nights
        sch2 = S({"guest": "string", "check_in": DATESCH, "check_out": DATESCH, "nights": "integer"})
        name = r221_rng.choice(R221_NAMES)
        n = r221_rng.randint(2, 5)
        d = r221_dt.date(d.year, d.month, min(d.day, 20))
        out = d + r221_dt.timedelta(days=n)
        if out.month != d.month:
            continue
        mon = R221_MON[d.month - 1]
        bp = "Extract the stay as JSON.\n\nGuest: %s\nStay: %d-%d %s %d\n" % (name, d.day, out.day, mon, d.year)
        rr = {"guest": name, "check_in": iso(d), "check_out": iso(out), "nights": n}
        b2 = r221_add("gb", bp, sch2, rr, [rr], "base")
        out2 = out + r221_dt.timedelta(days=1)
        if out2.month == d.month:
            vp = bp.replace("%d-%d %s" % (d.day, out.day, mon), "%d-%d %s" % (d.day, out2.day, mon))
            vr = {"guest": name, "check_in": iso(d), "check_out": iso(out2), "nights": n + 1}
            w = dict(vr)
            w["nights"] = n
            r221_add("gv", vp, sch2, vr, [w, vr], "pair", base=b2)
            vp = bp.replace("%d-%d %s %d" % (d.day, out.day, mon, d.year),
                            "%d %s %d, %d nights" % (d.day, mon, d.year, n + 1))
            w2 = dict(rr)
            r221_add("gv", vp, sch2, vr, [w2, vr], "pair", base=b2)
        vp = bp.replace("%d-%d %s %d" % (d.day, out.day, mon, d.year),
                        "%d %s %d for %d nights" % (d.day, mon, d.year, n))
        r221_add("gs", vp, sch2, rr, [rr], "safe", safe=True, base=b2)
        # duration in minutes
        sch3 = S({"course": "string", "minutes": "integer"}, {"minutes": "duration in minutes"})
        hh, mm = r221_rng.randint(1, 3), r221_rng.choice([15, 30, 45])
        course = r221_rng.choice(["First aid", "Forklift safety", "Excel basics", "Fire drill"])
        bp = "Give the course and its duration as JSON.\n\nCourse: %s\nDuration: %dh %02dm\n" % (course, hh, mm)
        rm = {"course": course, "minutes": hh * 60 + mm}
        b3 = r221_add("ub", bp, sch3, rm, [rm], "base")
        for txt, val in [("%d:%02d" % (hh, mm), hh * 60 + mm), ("%d.%d hours" % (hh, {15: 25, 30: 5, 45: 75}[mm]), hh * 60 + mm),
                         ("%dh %02dm including a 15 min break; teaching time only" % (hh, mm), hh * 60 + mm - 15),
                         ("%d:%02d to %d:%02d" % (9, 0, 9 + hh, mm), hh * 60 + mm),
                         ("%d:%02d to %d:%02d" % (9, 15, 9 + hh, mm), hh * 60 + mm - 15),
                         ("%dm %02ds" % (hh, mm), None)]:
            if val is None:
                continue
            vp = bp.replace("%dh %02dm\n" % (hh, mm), txt + "\n")
            vr = {"course": course, "minutes": val}
            if val == rm["minutes"]:
                r221_add("us", vp, sch3, vr, [vr], "safe", safe=True, base=b3)
            else:
                r221_add("uv", vp, sch3, vr, [rm, vr], "pair", base=b3)


# ------------------------------------------------------------------ part 7: years, two-digit years, weeks
def part_year():
    for i in range(35):
        y = r221_rng.randint(1950, 2024)
        comp = r221_rng.choice(["Nordlys AS", "Kestrel Ltd", "Brightwave GmbH", "Orca Foods", "Tindra Bygg"])
        sch = S({"company": "string", "founded": "integer"}, {"founded": "year founded"})
        bp = "Extract the company and the year it was founded as JSON.\n\nCompany: %s\nFounded: %d\n" % (comp, y)
        right = {"company": comp, "founded": y}
        b = r221_add("yb", bp, sch, right, [right], "base")
        # safe: two-digit year with apostrophe, date
        for f in ["'%02d" % (y % 100), "3 March %d" % y, "%d (as %s)" % (y, "a sole trader")]:
            r221_add("ys", bp.replace("Founded: %d" % y, "Founded: %s" % f), sch, right, [right], "safe", safe=True, base=b)
        # century changes with the same two digits
        y2 = y + 100 if y < 1975 else y - 100
        vp = bp.replace("Founded: %d" % y, "Founded: in the %d00s, in '%02d" % (y2 // 100, y % 100))
        vr = {"company": comp, "founded": y2}
        r221_add("yv", vp, sch, vr, [right, vr], "pair", base=b)
        # relative year: N years ago with this year stated
        age = r221_rng.randint(5, 60)
        vp = "Extract the company and the year it was founded as JSON.\n\nThis year is 2026.\nCompany: %s\nFounded: %d years ago\n" % (comp, age)
        vr = {"company": comp, "founded": 2026 - age}
        r221_add("yv", vp, sch, vr, [right, vr], "pair", base=b)
        # two-digit year in a date
        sch2 = S({"invoice": "string", "issued": DATESCH})
        d = r221_date()
        inv = "INV-%04d" % r221_rng.randint(1000, 9999)
        bp2 = "Extract the invoice number and issue date as JSON.\n\nInvoice: %s\nIssued: %02d.%02d.%d\n" % (inv, d.day, d.month, d.year)
        r2 = {"invoice": inv, "issued": iso(d)}
        b2 = r221_add("yb", bp2, sch2, r2, [r2], "base")
        r221_add("ys", bp2.replace(".%d\n" % d.year, ".%02d\n" % (d.year % 100)), sch2, r2, [r2], "safe", safe=True, base=b2)
        # week number
        sch3 = S({"task": "string", "due": DATESCH}, {"due": "the Monday of the due week"})
        wk = r221_rng.randint(2, 50)
        yy = r221_rng.choice([2025, 2026])
        mon = r221_dt.date.fromisocalendar(yy, wk, 1)
        task = r221_rng.choice(["Audit", "Inventory count", "Roof repair", "Server upgrade"])
        bp3 = "Return the task and its due date as JSON.\n\nTask: %s\nDue: week %d, %d\n" % (task, wk, yy)
        r3 = {"task": task, "due": iso(mon)}
        b3 = r221_add("wb", bp3, sch3, r3, [r3], "base")
        mon2 = r221_dt.date.fromisocalendar(yy, wk + 1, 1)
        vp = bp3.replace("week %d, %d" % (wk, yy), "the week after week %d, %d" % (wk, yy))
        vr = {"task": task, "due": iso(mon2)}
        r221_add("wv", vp, sch3, vr, [r3, vr], "pair", base=b3)
        vp = bp3.replace("week %d, %d" % (wk, yy), "W%d/%d" % (wk, yy))
        r221_add("ws", vp, sch3, r3, [r3], "safe", safe=True, base=b3)
        # weekday that disagrees with the date (arguable): the date stands
        d4 = r221_date()
        bad = R221_WD[(d4.weekday() + 2) % 7]
        sch4 = S({"client": "string", "date": DATESCH})
        cl = r221_rng.choice(R221_NAMES)
        bp4 = "Extract the client and the visit date as JSON.\n\nClient: %s\nVisit: %s %d %s %d\n" % (
            cl, R221_WD[d4.weekday()], d4.day, R221_MON[d4.month - 1], d4.year)
        r4 = {"client": cl, "date": iso(d4)}
        b4 = r221_add("kb", bp4, sch4, r4, [r4], "base")
        # same text but "the Thursday after" -> a real shift
        vp = bp4.replace("Visit: ", "Visit: the %s after " % bad)
        shift = ((d4.weekday() + 2) % 7 - d4.weekday()) % 7 or 7
        vr = {"client": cl, "date": iso(d4 + r221_dt.timedelta(days=shift))}
        r221_add("kv", vp.replace("the %s after %s" % (bad, R221_WD[d4.weekday()]), "the %s after %s" % (bad, R221_WD[d4.weekday()])),
                 sch4, vr, [r4, vr], "pair", base=b4)
        # postponed by N days
        nd = r221_rng.randint(1, 9)
        vp = bp4.rstrip("\n") + " (postponed by %d days)\n" % nd
        vr = {"client": cl, "date": iso(d4 + r221_dt.timedelta(days=nd))}
        r221_add("kv", vp, sch4, vr, [r4, vr], "pair", base=b4)



# ================================================================== v2: values that occur verbatim in the text
def r2_ampm():
    for i in range(38):
        h = r221_rng.randint(1, 11); m = r221_rng.choice([0, 10, 15, 30, 45])
        name = r221_rng.choice(R221_NAMES)
        sch = S({"host": "string", "start_time": TIMESCH, "room": "string"})
        room = "B%d" % r221_rng.randint(1, 40)
        ins = r221_rng.choice(["Extract the meeting as JSON.", "Give host, start time and room as JSON."])
        bp = "%s\n\nHost: %s\nStarts: %s\nRoom: %s\n" % (ins, name, hm(h, m), room)
        right = {"host": name, "start_time": hm(h, m), "room": room}
        b = r221_add("ab", bp, sch, right, [right], "base")
        for suf in [" pm", " PM", " p.m.", " in the afternoon", " in the evening", " (afternoon)", "pm", " tonight"]:
            vr = dict(right); vr["start_time"] = hm(h + 12, m)
            if suf == " tonight" and h < 6:
                continue
            r221_add("av", bp.replace(hm(h, m), hm(h, m) + suf), sch, vr, [right, vr], "pair", base=b)
        for suf in [" am", " a.m.", " in the morning", " (24h)"]:
            r221_add("as", bp.replace(hm(h, m), hm(h, m) + suf), sch, right, [right], "safe", safe=True, base=b)
        # patch: room changes too
        room2 = "C%d" % r221_rng.randint(1, 40)
        vr = {"host": name, "start_time": hm(h + 12, m), "room": room2}
        r221_add("ap", bp.replace(hm(h, m), hm(h, m) + " pm").replace(room, room2), sch, vr,
                 [{"host": name, "start_time": hm(h, m), "room": room2}, vr], "pair", base=b)
        # 12 am
        bp12 = "%s\n\nHost: %s\nStarts: 12:%02d\nRoom: %s\n" % (ins, name, m, room)
        r12 = {"host": name, "start_time": "12:%02d" % m, "room": room}
        b12 = r221_add("ab", bp12, sch, r12, [r12], "base")
        vr = dict(r12); vr["start_time"] = "00:%02d" % m
        for suf in [" am", " AM", " midnight", " at night"]:
            r221_add("av", bp12.replace("12:%02d" % m, "12:%02d%s" % (m, suf)), sch, vr, [r12, vr], "pair", base=b12)


def r2_tz():
    for i in range(35):
        H = r221_rng.randint(8, 20); m = r221_rng.choice([0, 10, 25, 40])
        name = r221_rng.choice(R221_NAMES)
        gate = "A%d" % r221_rng.randint(1, 30)
        sch = S({"passenger": "string", "departure_utc": TIMESCH, "gate": "string"},
                {"departure_utc": "departure time in UTC, HH:MM"})
        ins = "Return the passenger, the departure time in UTC and the gate as JSON."
        bp = "%s\n\nPassenger: %s\nDeparts: %s UTC\nGate: %s\n" % (ins, name, hm(H, m), gate)
        right = {"passenger": name, "departure_utc": hm(H, m), "gate": gate}
        b = r221_add("tb", bp, sch, right, [right], "base")
        for zone, off in [("UTC+02:00", 2), ("UTC+1", 1), ("CEST", 2), ("local time (UTC-05:00)", -5), ("+03:00", 3),
                          ("EST", -5), ("UTC+2 (Oslo summer time)", 2), ("local (Tokyo, UTC+9)", 9)]:
            mins = (H * 60 + m - off * 60) % 1440
            vr = dict(right); vr["departure_utc"] = hm(mins // 60, mins % 60)
            r221_add("tv", bp.replace("%s UTC" % hm(H, m), "%s %s" % (hm(H, m), zone)), sch, vr, [right, vr], "pair", base=b)
        for zone in ["UTC", "Z", "GMT", "UTC+00:00"]:
            r221_add("ts", bp.replace("%s UTC" % hm(H, m), "%s %s" % (hm(H, m), zone)).replace(ins, ins.replace("Return", "Please return")),
                     sch, right, [right], "safe", safe=True, base=b)
        # patch: gate changes too
        gate2 = "D%d" % r221_rng.randint(1, 30)
        mins = (H * 60 + m - 120) % 1440
        vr = {"passenger": name, "departure_utc": hm(mins // 60, mins % 60), "gate": gate2}
        r221_add("tp", bp.replace("%s UTC" % hm(H, m), "%s UTC+02:00" % hm(H, m)).replace(gate, gate2), sch, vr,
                 [{"passenger": name, "departure_utc": hm(H, m), "gate": gate2}, vr], "pair", base=b)
        # instruction: local -> UTC
        sch2 = S({"passenger": "string", "departure": TIMESCH, "gate": "string"})
        lp = "Return the passenger, the departure time and the gate as JSON.\n\nPassenger: %s\nDeparts: %s (UTC+02:00)\nGate: %s\n" % (name, hm(H, m), gate)
        rl = {"passenger": name, "departure": hm(H, m), "gate": gate}
        b2 = r221_add("tb", lp, sch2, rl, [rl], "base")
        for ask in ["Return the passenger, the departure time in UTC and the gate as JSON.",
                    "Return the passenger, the departure time and the gate as JSON. Give the time in UTC.",
                    "Return the passenger, the departure time (converted to UTC) and the gate as JSON."]:
            mins = (H * 60 + m - 120) % 1440
            vr = dict(rl); vr["departure"] = hm(mins // 60, mins % 60)
            r221_add("ti", lp.replace(lp.split("\n")[0], ask), sch2, vr, [rl, vr], "pair", base=b2)


def r2_relative():
    for i in range(35):
        today = r221_date()
        name = r221_rng.choice(R221_NAMES)
        sch = S({"customer": "string", "delivery_date": DATESCH, "order": "string"})
        order = "ORD-%05d" % r221_rng.randint(10000, 99999)
        ins = r221_rng.choice(["Extract the order as JSON.", "Return customer, delivery date and order number as JSON."])
        bp = "%s\n\nToday: %s\nOrder: %s\nCustomer: %s\nDelivery: today\n" % (ins, iso(today), order, name)
        right = {"customer": name, "delivery_date": iso(today), "order": order}
        b = r221_add("eb", bp, sch, right, [right], "base")
        for rel, off in [("tomorrow", 1), ("the day after tomorrow", 2), ("in 3 days", 3), ("yesterday", -1),
                         ("next week, same day", 7), ("today + 1", 1), ("one day after today", 1)]:
            vr = dict(right); vr["delivery_date"] = iso(today + r221_dt.timedelta(days=off))
            r221_add("ev", bp.replace("Delivery: today", "Delivery: " + rel), sch, vr, [right, vr], "pair", base=b)
        for rel in ["today (same day)", "same day", "Today"]:
            r221_add("es", bp.replace("Delivery: today", "Delivery: " + rel), sch, right, [right], "safe", safe=True, base=b)
        # explicit date base, then "+N days" added
        bp2 = "%s\n\nOrder: %s\nCustomer: %s\nDelivery: %s\n" % (ins, order, name, iso(today))
        r2 = dict(right)
        b2 = r221_add("eb", bp2, sch, r2, [r2], "base")
        for add, off in [(" (postponed by one day)", 1), (" + 2 days", 2), (", moved to the following day", 1),
                         (" (delayed a week)", 7), (" or the day before", None)]:
            if off is None:
                continue
            vr = dict(r2); vr["delivery_date"] = iso(today + r221_dt.timedelta(days=off))
            r221_add("ev", bp2.replace("Delivery: %s" % iso(today), "Delivery: %s%s" % (iso(today), add)), sch, vr, [r2, vr], "pair", base=b2)
        r221_add("es", bp2.replace("Delivery: %s" % iso(today), "Delivery: %s (confirmed)" % iso(today)), sch, r2, [r2], "safe", safe=True, base=b2)
        # patch: order changes too, tomorrow
        order2 = "ORD-%05d" % r221_rng.randint(10000, 99999)
        vr = {"customer": name, "delivery_date": iso(today + r221_dt.timedelta(days=1)), "order": order2}
        r221_add("ep", bp.replace("Delivery: today", "Delivery: tomorrow").replace(order, order2), sch, vr,
                 [{"customer": name, "delivery_date": iso(today), "order": order2}, vr], "pair", base=b)


def r2_locale():
    for i in range(38):
        d = r221_date()
        name = r221_rng.choice(R221_NAMES)
        dm = "%02d/%02d/%d" % (d.day, d.month, d.year)
        md = "%02d/%02d/%d" % (d.month, d.day, d.year)
        sch = S({"employee": "string", "start_date": "string", "team": "string"}, {"start_date": "start date, DD/MM/YYYY"})
        team = r221_rng.choice(["Payroll", "Sales", "Support", "Legal"])
        ins = "Return the employee, the start date and the team as JSON."
        bp = "%s\n\nEmployee: %s\nStart date: %s\nTeam: %s\n" % (ins, name, dm, team)
        right = {"employee": name, "start_date": dm, "team": team}
        b = r221_add("ob", bp, sch, right, [right], "base")
        vr = dict(right); vr["start_date"] = md  # the text's date read US-style, written DD/MM
        for lab in ["Start date (MM/DD/YYYY)", "Start date (US format)", "Start date (month/day/year)"]:
            r221_add("ov", bp.replace("Start date", lab), sch, vr, [right, vr], "pair", base=b)
        r221_add("ov", bp.replace("Team: %s\n" % team, "Team: %s\nOffice: New York (dates are month/day/year)\n" % team), sch, vr, [right, vr], "pair", base=b)
        for lab in ["Start date (DD/MM/YYYY)", "Start date (day/month/year)", "Startdatum"]:
            r221_add("os", bp.replace("Start date", lab), sch, right, [right], "safe", safe=True, base=b)
        # instruction asks another form of the same string
        for ask, val in [("Return the employee, the start date as MM/DD/YYYY and the team as JSON.", md),
                         ("Return the employee, the start date (year only) and the team as JSON.", str(d.year)),
                         ("Return the employee, the start date in US format and the team as JSON.", md),
                         ("Return the employee, the start date as ISO 8601 and the team as JSON.", iso(d)),
                         ("Return the employee, the start date (month and day only, DD/MM) and the team as JSON.", "%02d/%02d" % (d.day, d.month))]:
            sch_i = S({"employee": "string", "start_date": "string", "team": "string"})
            bpi = bp.replace(ins, "Return the employee, the start date as DD/MM/YYYY and the team as JSON.")
            if i == 0 or True:
                bi = r221_add("ob", bpi, sch_i, right, [right], "base")
            vr2 = dict(right); vr2["start_date"] = val
            r221_add("oi", bp.replace(ins, ask), sch_i, vr2, [right, vr2], "pair", base=bi)
        # year integer with two-digit year in text
        sch_y = S({"employee": "string", "start_year": "integer", "team": "string"})
        yb = "Return the employee, the start year and the team as JSON.\n\nEmployee: %s\nStarted: %d\nTeam: %s\n" % (name, d.year, team)
        ry = {"employee": name, "start_year": d.year, "team": team}
        byb = r221_add("yb2", yb, sch_y, ry, [ry], "base")
        for txt, val in [("%d (fiscal year %d/%02d)" % (d.year, d.year + 1, (d.year + 2) % 100), d.year),
                         ("%d, then again in %d" % (d.year - 3, d.year), d.year),
                         ("%d + 1" % d.year, d.year + 1), ("the year after %d" % d.year, d.year + 1),
                         ("%d BC" % d.year, -d.year)]:
            vr3 = dict(ry); vr3["start_year"] = val
            if val == d.year:
                continue
            r221_add("yv2", yb.replace("Started: %d" % d.year, "Started: " + txt), sch_y, vr3, [ry, vr3], "pair", base=byb)


def r2_range():
    for i in range(30):
        d = r221_date()
        n = r221_rng.randint(2, 5)
        out = d + r221_dt.timedelta(days=n)
        name = r221_rng.choice(R221_NAMES)
        sch = S({"guest": "string", "check_in": DATESCH, "check_out": DATESCH})
        bp = "Extract the stay as JSON.\n\nGuest: %s\nArrive: %s\nLeave: %s\n" % (name, iso(d), iso(out))
        right = {"guest": name, "check_in": iso(d), "check_out": iso(out)}
        b = r221_add("nb", bp, sch, right, [right], "base")
        for add, k in [(" (extended by one night)", 1), (" + 1 night", 1), (" (left a day early)", -1), (", stayed two extra nights", 2)]:
            vr = dict(right); vr["check_out"] = iso(out + r221_dt.timedelta(days=k))
            r221_add("nv", bp.replace("Leave: %s" % iso(out), "Leave: %s%s" % (iso(out), add)), sch, vr, [right, vr], "pair", base=b)
        vr = {"guest": name, "check_in": iso(out), "check_out": iso(d)}
        r221_add("nv", bp.replace("Arrive:", "XX:").replace("Leave:", "Arrive:").replace("XX:", "Leave:"), sch,
                 vr, [right, vr], "pair", base=b)
        r221_add("ns", bp.replace("Arrive:", "Check-in:").replace("Leave:", "Check-out:"), sch, right, [right], "safe", safe=True, base=b)




# ================================================================== v3: plain members (no descriptions), a field of no member that changes the meaning
def r3_all():
    zones = [("UTC+02:00", 2), ("UTC+1", 1), ("CEST (UTC+2)", 2), ("UTC-05:00", -5), ("UTC+9", 9), ("GMT+3", 3),
             ("Europe/Oslo (UTC+1)", 1), ("local time, UTC+2", 2)]
    for i in range(44):
        H = r221_rng.randint(8, 20); m = r221_rng.choice([0, 10, 25, 40])
        name = r221_rng.choice(R221_NAMES); gate = "A%d" % r221_rng.randint(1, 30)
        sch = S({"passenger": "string", "departure": "string", "gate": "string"})
        for ins in ["Return passenger, departure (in UTC) and gate as JSON.", "Return passenger, departure and gate as JSON."]:
            for zl in ["Time zone", "Times in", "Zone"]:
                bp = "%s\n\nPassenger: %s\nDeparture: %s\nGate: %s\n%s: UTC\n" % (ins, name, hm(H, m), gate, zl)
                right = {"passenger": name, "departure": hm(H, m), "gate": gate}
                b = r221_add("zb3", bp, sch, right, [right], "base")
                for zone, off in r221_rng.sample(zones, 3):
                    mins = (H * 60 + m - off * 60) % 1440
                    vr = dict(right)
                    if "UTC" in ins:
                        vr["departure"] = hm(mins // 60, mins % 60)
                        kind = "zv3"
                    else:
                        kind = "zw3"  # no conversion asked: the local time as written stands
                    vp = bp.replace("%s: UTC" % zl, "%s: %s" % (zl, zone))
                    r221_add(kind, vp, sch, vr, [right, vr], "pair", base=b)
                r221_add("zs3", bp.replace("%s: UTC" % zl, "%s: GMT" % zl), sch, right, [right], "safe", safe=True, base=b)
        # am/pm: suffix and a Period field
        h = r221_rng.randint(1, 11)
        sch2 = S({"host": "string", "time": "string", "room": "string"})
        room = "B%d" % r221_rng.randint(1, 40)
        bp = "Return host, time and room as JSON.\n\nHost: %s\nTime: %s\nRoom: %s\n" % (name, hm(h, m), room)
        r2 = {"host": name, "time": hm(h, m), "room": room}
        b2 = r221_add("ab3", bp, sch2, r2, [r2], "base")
        vr = dict(r2); vr["time"] = hm(h + 12, m)
        r221_add("av3", bp.replace("Time: %s" % hm(h, m), "Time: %s pm" % hm(h, m)).replace("Return host, time", "Return host, time (24-hour)"), sch2, vr, [r2, vr], "pair", base=b2)
        for suf in [" pm", " PM", " p.m.", " in the evening", " (afternoon)", " UTC+2", " tomorrow"]:
            vr4 = dict(r2); vr4["time"] = hm(h, m) + suf
            r221_add("av4", bp.replace("Time: %s" % hm(h, m), "Time: %s%s" % (hm(h, m), suf)), sch2, vr4, [r2, vr4], "pair", base=b2)
        for fld in ["Period: PM", "Clock: 12-hour, afternoon", "AM/PM: PM", "Half of day: afternoon", "Session: evening"]:
            vp = bp.replace("Return host, time", "Return host, time (24-hour)") + fld + "\n"
            r221_add("av3", vp, sch2, vr, [r2, vr], "pair", base=b2)
            vp2 = bp + fld + "\n"
            r221_add("aw3", vp2, sch2, vr, [r2, vr], "pair", base=b2)
        bp24 = bp.replace("Return host, time", "Return host, time (24-hour)") + "Period: AM\n"
        b24 = r221_add("ab3", bp24, sch2, r2, [r2], "base")
        r221_add("av3", bp24.replace("Period: AM", "Period: PM"), sch2, vr, [r2, vr], "pair", base=b24)
        r221_add("av3", bp24.replace("Period: AM", "Period: afternoon"), sch2, vr, [r2, vr], "pair", base=b24)
        # dates: order field, shift fields, today field
        d = r221_date()
        sch3 = S({"patient": "string", "date": {"type": "string", "format": "date"}, "room": "string"})
        dm = "%02d/%02d/%d" % (d.day, d.month, d.year)
        bp = "Return patient, date and room as JSON.\n\nPatient: %s\nDate: %s\nRoom: %s\nNotes: bring ID\n" % (name, iso(d), room)
        r3 = {"patient": name, "date": iso(d), "room": room}
        b3 = r221_add("db3", bp, sch3, r3, [r3], "base")
        for fld, k in [("Postponed: 1 day", 1), ("Shift: +7 days", 7), ("Delay (days): 2", 2), ("Moved: one week later", 7),
                       ("Rescheduled to: the next day", 1), ("Offset: -1 day", -1)]:
            vr = dict(r3); vr["date"] = iso(d + r221_dt.timedelta(days=k))
            r221_add("dv3", bp.replace("Notes: bring ID", fld), sch3, vr, [r3, vr], "pair", base=b3)
        r221_add("ds3", bp.replace("Notes: bring ID", "Notes: bring your card"), sch3, r3, [r3], "safe", safe=True, base=b3)
        # string date as written, and the locale field
        sch4 = S({"patient": "string", "date": "string", "room": "string"})
        bp = "Return patient, date (as YYYY-MM-DD) and room as JSON.\n\nPatient: %s\nDate: %s\nRoom: %s\nDate format: YYYY-MM-DD\n" % (name, iso(d), room)
        r4 = {"patient": name, "date": iso(d), "room": room}
        b4 = r221_add("db3", bp, sch4, r4, [r4], "base")
        wrong_order = "%d-%02d-%02d" % (d.year, d.day, d.month)
        vr = dict(r4); vr["date"] = iso(r221_dt.date(d.year, d.day, d.month))
        r221_add("dv3", bp.replace("Date format: YYYY-MM-DD", "Date format: YYYY-DD-MM"), sch4, vr, [r4, vr], "pair", base=b4)
        bpd = "Return patient, date and room as JSON.\n\nPatient: %s\nDate: %s\nRoom: %s\nDate format: DD/MM/YYYY\n" % (name, dm, room)
        rd = {"patient": name, "date": dm, "room": room}
        b5 = r221_add("db3", bpd, sch4, rd, [rd], "base")
        vr = dict(rd); vr["date"] = "%02d/%02d/%d" % (d.month, d.day, d.year)
        r221_add("dw3", bpd.replace("Return patient, date and", "Return patient, date (DD/MM/YYYY) and").replace("Date format: DD/MM/YYYY", "Date format: MM/DD/YYYY"), sch4, vr, [rd, vr], "pair", base=b5)
        # today field with a relative delivery, member "date"
        sch6 = S({"customer": "string", "date": {"type": "string", "format": "date"}, "order": "string"})
        order = "ORD-%05d" % r221_rng.randint(10000, 99999)
        bp = "Return customer, date and order as JSON.\n\nCustomer: %s\nDate: %s\nOrder: %s\nDelivery: same day\n" % (name, iso(d), order)
        r6 = {"customer": name, "date": iso(d), "order": order}
        b6 = r221_add("rb3", bp, sch6, r6, [r6], "base")
        r221_add("rs3", bp.replace("Delivery: same day", "Delivery: next day"), sch6, r6, [r6], "safe", safe=True, base=b6)
        # year integer with an Era/Calendar field
        sch7 = S({"company": "string", "founded": "integer", "city": "string"})
        y = r221_rng.randint(1950, 2020)
        comp = r221_rng.choice(["Nordlys AS", "Kestrel Ltd", "Brightwave GmbH", "Orca Foods"])
        bp = "Return company, founded and city as JSON.\n\nCompany: %s\nFounded: %d\nCity: Bergen\nCalendar: Gregorian\n" % (comp, y)
        r7 = {"company": comp, "founded": y, "city": "Bergen"}
        b7 = r221_add("yb3", bp, sch7, r7, [r7], "base")
        for fld, val in [("Calendar: Buddhist (Gregorian minus 543)", y - 543), ("Calendar: fiscal years start one year later", None)]:
            if val is None:
                continue
            vr = dict(r7); vr["founded"] = val
            r221_add("yv3", bp.replace("Calendar: Gregorian", fld), sch7, vr, [r7, vr], "pair", base=b7)
        bpt = bp.replace("Founded: %d" % y, "Founded: %02d" % (y % 100)).replace("Calendar: Gregorian", "Century: 1900s")
        rt = dict(r7)
        b8 = r221_add("yb3", bpt, sch7, rt, [rt], "base")
        vr = dict(r7); vr["founded"] = y + 100 if y < 2000 else y
        if y % 100 < 30:
            r221_add("yv3", bpt.replace("Century: 1900s", "Century: 2000s"), sch7, {"company": comp, "founded": 2000 + y % 100, "city": "Bergen"}, [rt, {"company": comp, "founded": 2000 + y % 100, "city": "Bergen"}], "pair", base=b8)


# All three of the tester's generations (it ran each on its own store: V1, V2 and the plain-member set).
part_locale()
part_relative()
part_clock()
part_tz()
part_form()
part_derived()
part_year()
r2_ampm(); r2_tz(); r2_relative(); r2_locale(); r2_range()
r3_all()

# Trimmed for ctest (probe_kit.sample_round), stop 49: nothing was found from the cache; every 10th safe variant and
# every 30th of the rest (8,810 generated in three sets), each with the base of its pair.
from probe_kit import sample_round as r221_sample_round  # noqa: E402

r221_all = list(P)
r221_sample_round("d221-", set(), 30, safe_every=10)
r221_keep = {r221_p["id"] for r221_p in P if r221_p["id"].startswith("d221-")}
r221_keep |= {r221_base_of[r221_i] for r221_i in list(r221_keep) if r221_i in r221_base_of}
P[:] = [r221_p for r221_p in r221_all if (not r221_p["id"].startswith("d221-") or r221_p["id"] in r221_keep)
        and r221_p["id"] not in r221_arguable]
