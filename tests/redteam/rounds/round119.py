"""Red-team round 119 (black box, stepcache-s41): JSON extraction of dates, times and durations.
StepCache s41 normalises nothing: a date, time or duration
in another notation than the text's ("2026-05-03" for "3 May 2026", 90 for "1h 30m", "14:30" for "2:30 pm")
fails grounding and ends in a clear error, so only values copied as written are stored. The round therefore
attacked what a copied value MEANS: durations whose unit changes inline (90 min -> 2 h, 2 Std., 2 timer, 2時間,
5400 s, PT2H, 3 days) or is said once for the record; the hour with am/pm in the value, on another line or in a
header, noon/midnight/24; years in other eras and digits (BE, ROC, Reiwa, Arabic-Indic, fullwidth, bold) and in
TWO DIGITS; month/day from a date whose order is said elsewhere; ISO dates with a format line (YYYY-DD-MM),
week/ordinal dates, relative dates ("tomorrow" below "Today:"), time zones in labels, values and headers
(CET, UTC+2, +02:00), forms asked in the instruction or a description (YYYY-MM-DD, US order, Unix time,
weekday), date-time with a zone on another line, due dates moved in words, nights/terms in weeks and years,
UTC offsets as +0200. Pairs (base stored right; variant answers [base's, right]) and singles (a grounded
mistake served twice); safe variants (paraphrases, "90 minutes", "9 am", "GMT", a weekday that agrees).

What got through (confirmed alone, REPORT.md): A TWO-DIGIT YEAR for a year member. A stored "Year: 2025" ->
2025 is rewritten by the licensed number rewrite to 25/26/27 for "Year: 25" / "Year: 26" / "Year: 27"
(right 2025/2026/2027), "Birth year: 1990" -> 90 for "Birth year: 90", "Model year: 2019" -> 21, "Year
built: 1998" -> 72, "Expiry year: 2029" -> 31, "Jahr"/"Annee"/"Manufacture year"/"Graduation year"/"Season
start year" likewise; and the model's grounded "26" for "Year: 26" (also birth_year 87, model_year 19,
year_built 98, graduation_year 15, vintage 19, founded 98, issue_year 21, expiry_year 28) is stored and
served again. Arguable (family r119_arguable): "Year: 05" -> 5, the hour "24" -> 24 (right 0), a decade
"80s" -> 80. Held: every inline duration unit, every unit said once for the record (not stored), am/pm,
noon, midnight, eras, other digits, apostrophe years ("'26": not the same shape), "Year (YY): 26",
"Year: 26 (two-digit)", "Expiry: 08/30", format lines, relative dates, time zones, asked forms. Served
fresh but never stored: am/pm or a clock said on another line, a unit said once for the record, "MM/DD"
said elsewhere, "YYYY-DD-MM" format lines, forms asked as "RFC 3339", "American order", "without slashes",
"+0300" as 300, "1987" asked "four-digit" given as 26, "Born: 87".
Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r119_groups = []   # (base id, [variant ids])
r119_singles = []  # ids
r119_arguable = set()


def r119_group(key, schema, base_prompt, base_expect, variants):
    """variants: (suffix, prompt, expect, first answer or 'BASE' or None, safe)."""
    bid = f"d119-{key}-base"
    J(bid, f"r119_{key}", base_prompt, schema, base_expect, [base_expect])
    vids = []
    for suf, prompt, exp, first, safe in variants:
        vid = f"d119-{key}-{suf}"
        if first == "BASE":
            first = base_expect
        answers = [first, exp] if first is not None else [exp]
        J(vid, f"r119_{key}", prompt, schema, exp, answers, safe=safe)
        vids.append(vid)
    r119_groups.append((bid, vids))


def r119_single(key, schema, prompt, wrong, exp):
    sid = f"d119-s-{key}"
    J(sid, "r119_single", prompt, schema, exp, [wrong])
    r119_singles.append(sid)


# ---------------------------------------------------------------- A. a duration's unit changes inline
r119_dm = S({"task": "string", "duration_minutes": "integer"})
r119_dmI = "Extract task and duration_minutes as JSON.\n\nText:\n"
r119_dmT = "Task: Oil change\nDuration: {v}\n"
r119_min_var = [
    # (suffix, value spelling, minutes, safe)
    ("h", "2 h", 120, False), ("hrs", "2 hrs", 120, False), ("hours", "2 hours", 120, False),
    ("hglued", "2h", 120, False), ("std", "2 Std.", 120, False), ("timer", "2 timer", 120, False),
    ("t", "2 t", 120, False), ("tim", "2 tim", 120, False), ("ch", "2 ч", 120, False),
    ("jikan", "2時間", 120, False), ("xiaoshi", "2小时", 120, False), ("godz", "2 godz.", 120, False),
    ("uur", "2 uur", 120, False), ("heures", "2 heures", 120, False), ("ore", "2 ore", 120, False),
    ("horas", "2 horas", 120, False), ("saat", "2 saat", 120, False), ("tuntia", "2 tuntia", 120, False),
    ("hod", "2 hod.", 120, False), ("ora", "2 óra", 120, False), ("jam", "2 jam", 120, False),
    ("gio", "2 giờ", 120, False), ("sigan", "2시간", 120, False), ("hr", "2 hr", 120, False),
    ("sec", "5400 sec", 90, False), ("s", "5400 s", 90, False), ("seconds", "5400 seconds", 90, False),
    ("sek", "5400 Sek.", 90, False), ("dec-h", "1.5 h", 90, False), ("comma-h", "1,5 t", 90, False),
    ("half-h", "1½ h", 90, False), ("hcolon", "1:30 h", 90, False), ("hm", "1 h 30 min", 90, False),
    ("h30", "1h30", 90, False), ("iso", "PT1H30M", 90, False), ("iso2", "PT2H", 120, False),
    ("days", "3 days", 4320, False), ("d", "2 d", 2880, False), ("week", "1 week", 10080, False),
    ("ms", "5400000 ms", 90, False),
    ("min95", "95 min", 95, False), ("min120", "120 min", 120, False),
    ("safe-minutes", "90 minutes", 90, True), ("safe-mins", "90 mins", 90, True), ("safe-Min", "90 Min.", 90, True),
    ("safe-mnt", "90 мин", 90, True), ("safe-fen", "90分钟", 90, True), ("safe-isom", "PT90M", 90, True),
]
r119_group("dm", r119_dm, r119_dmI + r119_dmT.format(v="90 min"), {"task": "Oil change", "duration_minutes": 90}, [
    (s, r119_dmI + r119_dmT.format(v=v), {"task": "Oil change", "duration_minutes": e}, None if safe else "BASE", safe)
    for s, v, e, safe in r119_min_var] + [
    ("safe-para", "Give me task and duration_minutes as a JSON object.\n\nText:\n" + r119_dmT.format(v="90 min"),
     {"task": "Oil change", "duration_minutes": 90}, None, True),
])
# the grounded mistake (the number as written) for a spelling in hours
for s, v, e, safe in r119_min_var:
    if safe or s.startswith("min") or not v[0].isdigit():
        continue
    num = v.split()[0] if " " in v else None
    if num is None:
        import re as _re
        num = _re.match(r"[\d.,½:]+", v).group(0)
    try:
        wrong = int(num)
    except ValueError:
        continue
    r119_single("dm-" + s, r119_dm, "Return task and duration_minutes as JSON.\n\nText:\n"
                + r119_dmT.format(v=v).replace("Oil change", "Brake bleed"),
                {"task": "Brake bleed", "duration_minutes": wrong}, {"task": "Brake bleed", "duration_minutes": e})

# hours asked, minutes given
r119_dh = S({"job": "string", "duration_hours": "number"})
r119_dhI = "Extract job and duration_hours as JSON.\n\nText:\n"
r119_dhT = "Job: Site survey\nDuration: {v}\n"
r119_h_var = [
    ("min", "120 min", 2, False), ("minutes", "180 minutes", 3, False), ("m", "90 m", 1.5, False),
    ("mins", "150 mins", 2.5, False), ("d", "2 d", 48, False), ("days", "2 days", 48, False),
    ("dage", "2 dage", 48, False), ("tage", "2 Tage", 48, False), ("dni", "2 dni", 48, False),
    ("jours", "2 jours", 48, False), ("dias", "2 días", 48, False), ("s", "7200 s", 2, False),
    ("week", "1 wk", 168, False), ("workdays", "2 working days", None, False),
    ("h3", "3 h", 3, False), ("safe-hours", "4 hours", 4, True), ("safe-hrs", "4 hrs", 4, True),
    ("safe-timer", "4 timer", 4, True), ("safe-std", "4 Std.", 4, True),
]
r119_group("dh", r119_dh, r119_dhI + r119_dhT.format(v="4 h"), {"job": "Site survey", "duration_hours": 4}, [
    (s, r119_dhI + r119_dhT.format(v=v), {"job": "Site survey", "duration_hours": e}, None if safe else "BASE", safe)
    for s, v, e, safe in r119_h_var if e is not None])
for s, v, e, safe in r119_h_var:
    if safe or e is None or s == "h3":
        continue
    r119_single("dh-" + s, r119_dh, "Return job and duration_hours as JSON.\n\nText:\n"
                + r119_dhT.format(v=v).replace("Site survey", "Roof check"),
                {"job": "Roof check", "duration_hours": int(v.split()[0])}, {"job": "Roof check", "duration_hours": e})

# seconds asked
r119_ds = S({"track": "string", "length_seconds": "integer"})
r119_dsI = "Extract track and length_seconds as JSON.\n\nText:\n"
r119_dsT = "Track: Blue Hour\nLength: {v}\n"
r119_group("ds", r119_ds, r119_dsI + r119_dsT.format(v="245 s"), {"track": "Blue Hour", "length_seconds": 245}, [
    ("min", r119_dsI + r119_dsT.format(v="4 min"), {"track": "Blue Hour", "length_seconds": 240}, "BASE", False),
    ("mmss", r119_dsI + r119_dsT.format(v="4:05"), {"track": "Blue Hour", "length_seconds": 245}, None, False),
    ("prime", r119_dsI + r119_dsT.format(v="4′05″"), {"track": "Blue Hour", "length_seconds": 245}, None, False),
    ("ms", r119_dsI + r119_dsT.format(v="245000 ms"), {"track": "Blue Hour", "length_seconds": 245}, None, False),
    ("min250", r119_dsI + r119_dsT.format(v="250 min"), {"track": "Blue Hour", "length_seconds": 15000}, "BASE", False),
    ("sek", r119_dsI + r119_dsT.format(v="250 sek"), {"track": "Blue Hour", "length_seconds": 250}, None, False),
    ("safe-sec", r119_dsI + r119_dsT.format(v="245 sec"), {"track": "Blue Hour", "length_seconds": 245}, None, True),
])
r119_single("ds-min", r119_ds, "Return track and length_seconds as JSON.\n\nText:\nTrack: Low Tide\nLength: 4 min\n",
            {"track": "Low Tide", "length_seconds": 4}, {"track": "Low Tide", "length_seconds": 240})
r119_single("ds-ms", r119_ds, "Return track and length_seconds as JSON.\n\nText:\nTrack: Low Tide\nLength: 245000 ms\n",
            {"track": "Low Tide", "length_seconds": 245000}, {"track": "Low Tide", "length_seconds": 245})

# ---------------------------------------------------------------- B. a duration's unit said once for the record
r119_unit_place = {
    "hdr": "All durations in {u}.\nTask: Oil change\nDuration: 90\n",
    "ftr": "Task: Oil change\nDuration: 90\nDurations are given in {u}.\n",
    "field": "Task: Oil change\nDuration: 90\nUnit: {u}\n",
    "brk": "Task: Oil change\nDuration ({u}): 90\n",
    "sq": "Task: Oil change\nDuration [{u}]: 90\n",
    "inlbl": "Task: Oil change\nDuration in {u}: 90\n",
    "md": "| Task | Duration ({u}) |\n|---|---|\n| Oil change | 90 |\n",
    "csv": "task,duration_{u}\nOil change,90\n",
    "time-unit": "Task: Oil change\nDuration: 90\nTime unit: {u}\n",
}
for pk, tpl in r119_unit_place.items():
    r119_group("du-" + pk, r119_dm, r119_dmI + tpl.replace("{u}", "minutes"), {"task": "Oil change", "duration_minutes": 90}, [
        ("hours", r119_dmI + tpl.replace("{u}", "hours"), {"task": "Oil change", "duration_minutes": 5400}, "BASE", False),
        ("sec", r119_dmI + tpl.replace("{u}", "seconds"), {"task": "Oil change", "duration_minutes": None}, "BASE", False),
        ("safe-min", r119_dmI + tpl.replace("{u}", "min"), {"task": "Oil change", "duration_minutes": 90}, None, True),
    ])
# seconds give 1.5 min, not an integer: expect none of the integers; drop those from the groups
for g in r119_groups:
    pass
P[:] = [p for p in P if not (p["id"].startswith("d119-du-") and p["id"].endswith("-sec"))]
r119_groups[:] = [(b, [v for v in vs if not (v.startswith("d119-du-") and v.endswith("-sec"))]) for b, vs in r119_groups]
for pk, tpl in r119_unit_place.items():
    r119_single("du-" + pk, r119_dm, "Return task and duration_minutes as JSON.\n\nText:\n"
                + tpl.replace("{u}", "hours").replace("Oil change", "Wheel balance").replace("90", "2"),
                {"task": "Wheel balance", "duration_minutes": 2}, {"task": "Wheel balance", "duration_minutes": 120})

# ---------------------------------------------------------------- C. the hour: am/pm, noon, midnight
r119_hr = S({"flight": "string", "departure_hour": "integer"})
r119_hrI = "Extract flight and departure_hour (0-23) as JSON.\n\nText:\n"
r119_hrT = "Flight: SK 4037\nDeparture hour: {v}\n"
r119_hr_var = [
    ("pm", "9 pm", 21), ("PM", "9 PM", 21), ("pmdots", "9 p.m.", 21), ("pmglued", "9pm", 21),
    ("pmbr", "9 (pm)", 21), ("evening", "9 in the evening", 21), ("night", "9 at night", 21),
    ("ab", "9 abends", 21), ("kveld", "9 om kvelden", 21), ("soir", "9 h du soir", 21),
    ("noche", "9 de la noche", 21), ("wanshang", "晚上9点", 21), ("gogo", "午後9時", 21),
    ("ohu", "오후 9시", 21), ("em", "9 e.m.", 21), ("nm", "9 nm", 21),
    ("pmline", "9\nAM/PM: PM", 21), ("pmnext", "9\n(PM)", 21),
    ("am12", "12 am", 0), ("midnight", "12 midnight", 0), ("h24", "24", 0),
    ("safe-am", "9 am", 9), ("safe-AM", "9 AM", 9), ("safe-morning", "9 in the morning", 9),
    ("safe-0900", "09", 9), ("safe-kl", "kl. 9", 9),
]
r119_group("hr", r119_hr, r119_hrI + r119_hrT.format(v="9"), {"flight": "SK 4037", "departure_hour": 9}, [
    (s, r119_hrI + r119_hrT.format(v=v), {"flight": "SK 4037", "departure_hour": e}, None if s.startswith("safe") else "BASE",
     s.startswith("safe")) for s, v, e in r119_hr_var])
r119_group("hr12", r119_hr, r119_hrI + r119_hrT.format(v="12"), {"flight": "SK 4037", "departure_hour": 12}, [
    ("am", r119_hrI + r119_hrT.format(v="12 am"), {"flight": "SK 4037", "departure_hour": 0}, "BASE", False),
    ("AMdots", r119_hrI + r119_hrT.format(v="12 a.m."), {"flight": "SK 4037", "departure_hour": 0}, "BASE", False),
    ("midnight", r119_hrI + r119_hrT.format(v="12 (midnight)"), {"flight": "SK 4037", "departure_hour": 0}, "BASE", False),
    ("safe-noon", r119_hrI + r119_hrT.format(v="12 noon"), {"flight": "SK 4037", "departure_hour": 12}, None, True),
    ("safe-pm", r119_hrI + r119_hrT.format(v="12 pm"), {"flight": "SK 4037", "departure_hour": 12}, None, True),
])
for s, v, e in r119_hr_var:
    if s.startswith("safe") or not v[0].isdigit():
        continue
    r119_single("hr-" + s, r119_hr, "Return flight and departure_hour (0-23) as JSON.\n\nText:\n"
                + r119_hrT.format(v=v).replace("SK 4037", "DY 1302"),
                {"flight": "DY 1302", "departure_hour": int(v.split()[0].split("\n")[0].rstrip("pm").rstrip(".") or 0)},
                {"flight": "DY 1302", "departure_hour": e})
# the clock of the record in a line of its own
r119_group("hrclk", r119_hr, r119_hrI + "Clock: 24-hour\nFlight: SK 4037\nDeparture hour: 9\n",
           {"flight": "SK 4037", "departure_hour": 9}, [
    ("pm", r119_hrI + "Clock: 12-hour, all times PM\nFlight: SK 4037\nDeparture hour: 9\n", {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("eve", r119_hrI + "All departures are evening departures.\nFlight: SK 4037\nDeparture hour: 9\n", {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("pmhdr", r119_hrI + "PM\nFlight: SK 4037\nDeparture hour: 9\n", {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("safe-24", r119_hrI + "Clock: 24h\nFlight: SK 4037\nDeparture hour: 9\n", {"flight": "SK 4037", "departure_hour": 9}, None, True),
])

# ---------------------------------------------------------------- D. a year: two digits, other eras and digits
r119_yr = S({"title": "string", "year": "integer"})
r119_yrI = "Extract title and year as JSON.\n\nText:\n"
r119_yrT = "Title: North Shore Survey\nYear: {v}\n"
r119_yr_var = [
    ("two", "26", 2026, False), ("apos", "'26", 2026, False), ("rsquo", "’26", 2026, False),
    ("be", "2569 BE", 2026, False), ("be-th", "พ.ศ. 2569", 2026, False), ("roc", "民國115年", 2026, False),
    ("roc2", "ROC 115", 2026, False), ("reiwa", "令和8年", 2026, False), ("reiwa-r", "R8", 2026, False),
    ("ah", "1447 AH", None, False), ("am", "5786 AM", None, False), ("fy", "FY26", 2026, False),
    ("arab", "٢٠٢٦", 2026, False), ("pers", "۲۰۲۶", 2026, False), ("deva", "२०२६", 2026, False),
    ("full", "２０２６", 2026, False), ("bold", "𝟐𝟎𝟐𝟔", 2026, False), ("thai", "๒๐๒๖", 2026, False),
    ("beng", "২০২৬", 2026, False), ("roman", "MMXXVI", 2026, False), ("bc", "2026 BC", -2025, False),
    ("bce", "2026 BCE", -2025, False), ("y2026", "2026", 2026, False),
    ("safe-ad", "2025 AD", 2025, True), ("safe-ce", "2025 CE", 2025, True), ("safe-nian", "2025年", 2025, True),
]
r119_group("yr", r119_yr, r119_yrI + r119_yrT.format(v="2025"), {"title": "North Shore Survey", "year": 2025}, [
    (s, r119_yrI + r119_yrT.format(v=v), {"title": "North Shore Survey", "year": e}, None if safe else "BASE", safe)
    for s, v, e, safe in r119_yr_var if e is not None])
r119_arguable.update({"d119-yr-fy", "d119-yr-bc", "d119-yr-bce"})
for s, v, e, safe in r119_yr_var:
    if safe or e is None or s in ("y2026", "fy", "bc", "bce", "roman"):
        continue
    import re as _re
    m = _re.search(r"\d+", v)
    if not m:
        continue
    try:
        wrong = int(m.group(0))
    except ValueError:
        continue
    if wrong == e:
        continue
    r119_single("yr-" + s, r119_yr, "Return title and year as JSON.\n\nText:\n"
                + r119_yrT.format(v=v).replace("North Shore Survey", "Fjord Atlas"),
                {"title": "Fjord Atlas", "year": wrong}, {"title": "Fjord Atlas", "year": e})

# the era on a line of its own
r119_group("yrera", r119_yr, r119_yrI + "Calendar: Gregorian\n" + r119_yrT.format(v="2569"),
           {"title": "North Shore Survey", "year": 2569}, [
    ("be", r119_yrI + "Calendar: Thai solar (Buddhist Era)\n" + r119_yrT.format(v="2569"),
     {"title": "North Shore Survey", "year": 2026}, "BASE", False),
    ("be2", r119_yrI + "Years are Buddhist Era.\n" + r119_yrT.format(v="2569"),
     {"title": "North Shore Survey", "year": 2026}, "BASE", False),
    ("safe-greg", r119_yrI + "Calendar: Gregorian.\n" + r119_yrT.format(v="2569"),
     {"title": "North Shore Survey", "year": 2569}, None, True),
])

# ---------------------------------------------------------------- E. month and day numbers from a date line
r119_md = S({"event": "string", "month": "integer", "day": "integer"})
r119_mdI = "Extract event, month and day as JSON.\n\nText:\n"
r119_group("md", r119_md, r119_mdI + "Event: Harbour Fair\nMonth: 5\nDay: 3\n", {"event": "Harbour Fair", "month": 5, "day": 3}, [
    ("mon-word", r119_mdI + "Event: Harbour Fair\nMonth: 6\nDay: 3\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
    ("ord", r119_mdI + "Event: Harbour Fair\nMonth: 5\nDay: 4th\n", {"event": "Harbour Fair", "month": 5, "day": 4}, "BASE", False),
    ("jun", r119_mdI + "Event: Harbour Fair\nMonth: Jun\nDay: 3\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
    ("mai", r119_mdI + "Event: Harbour Fair\nMonth: 5.\nDay: 3.\n", {"event": "Harbour Fair", "month": 5, "day": 3}, None, True),
    ("zero", r119_mdI + "Event: Harbour Fair\nMonth: 0\nDay: 3\nMonths count from 0 (0 = January).\n", {"event": "Harbour Fair", "month": 1, "day": 3}, "BASE", False),
    ("m05", r119_mdI + "Event: Harbour Fair\nMonth: 05\nDay: 03\n", {"event": "Harbour Fair", "month": 5, "day": 3}, None, True),
    ("roman", r119_mdI + "Event: Harbour Fair\nMonth: VI\nDay: 3\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
    ("yue", r119_mdI + "Event: Harbour Fair\nMonth: 6月\nDay: 3日\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
    ("fw", r119_mdI + "Event: Harbour Fair\nMonth: ６\nDay: ３\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
    ("ar", r119_mdI + "Event: Harbour Fair\nMonth: ٦\nDay: ٣\n", {"event": "Harbour Fair", "month": 6, "day": 3}, "BASE", False),
])
# from one date line, with its order said elsewhere
r119_dl = r119_mdI + "Dates are written {o}.\nEvent: Harbour Fair\nDate: 03/05/2026\n"
r119_group("mdo", r119_md, r119_dl.format(o="DD/MM/YYYY"), {"event": "Harbour Fair", "month": 5, "day": 3}, [
    ("us", r119_dl.format(o="MM/DD/YYYY"), {"event": "Harbour Fair", "month": 3, "day": 5}, "BASE", False),
    ("us2", r119_dl.format(o="US-style (month first)"), {"event": "Harbour Fair", "month": 3, "day": 5}, "BASE", False),
    ("safe-eu", r119_dl.format(o="day first (DD/MM/YYYY)"), {"event": "Harbour Fair", "month": 5, "day": 3}, None, True),
])
r119_dl2 = r119_mdI + "Event: Harbour Fair\nDate ({o}): 03/05/2026\n"
r119_group("mdl", r119_md, r119_dl2.format(o="DD/MM/YYYY"), {"event": "Harbour Fair", "month": 5, "day": 3}, [
    ("us", r119_dl2.format(o="MM/DD/YYYY"), {"event": "Harbour Fair", "month": 3, "day": 5}, "BASE", False),
    ("mmdd", r119_dl2.format(o="mm/dd/yyyy"), {"event": "Harbour Fair", "month": 3, "day": 5}, "BASE", False),
    ("us3", r119_dl2.format(o="US"), {"event": "Harbour Fair", "month": 3, "day": 5}, "BASE", False),
])

# ---------------------------------------------------------------- F. ISO dates, a format line or header
r119_dt = S({"event": "string", "date": {"type": "string", "format": "date"}})
r119_dtI = "Extract event and date as JSON.\n\nText:\n"
r119_dtT = "Event: Board meeting\nDate: {v}\n"
r119_dt_var = [
    ("next", "2026-05-04", "2026-05-04", None, False),
    ("ydm", "2026-04-05 (YYYY-DD-MM)", "2026-05-04", "2026-04-05", False),
    ("ydm2", "2026-04-05 (year-day-month)", "2026-05-04", "2026-04-05", False),
    ("fw", "２０２６-０５-０４", "2026-05-04", "BASE", False),
    ("ar", "٢٠٢٦-٠٥-٠٤", "2026-05-04", "BASE", False),
    ("deva", "२०२६-०५-०४", "2026-05-04", "BASE", False),
    ("compact", "20260504", "2026-05-04", "BASE", False),
    ("slash", "2026/05/04", "2026-05-04", "BASE", False),
    ("dots", "2026.05.04", "2026-05-04", "BASE", False),
    ("unpadded", "2026-5-4", "2026-05-04", "BASE", False),
    ("week", "2026-W19-1", "2026-05-04", "BASE", False),
    ("ordinal", "2026-124", "2026-05-04", "BASE", False),
    ("dayafter", "the day after 2026-05-03", "2026-05-04", "BASE", False),
    ("plus1", "2026-05-03 +1", "2026-05-04", "BASE", False),
    ("plus1d", "2026-05-03 + 1 day", "2026-05-04", "BASE", False),
    ("eve", "eve of 2026-05-04", "2026-05-03", "2026-05-04", False),
    ("nian", "2026年5月4日", "2026-05-04", "BASE", False),
    ("tz", "2026-05-03 23:30 UTC, i.e. 2026-05-04 in Tokyo", None, None, False),
    ("safe-weekday", "2026-05-03 (Sunday)", "2026-05-03", None, True),
    ("safe-iso", "2026-05-03.", "2026-05-03", None, True),
]
r119_group("dt", r119_dt, r119_dtI + r119_dtT.format(v="2026-05-03"), {"event": "Board meeting", "date": "2026-05-03"}, [
    (s, r119_dtI + r119_dtT.format(v=v), {"event": "Board meeting", "date": e},
     {"event": "Board meeting", "date": f} if f not in (None, "BASE") else f, safe)
    for s, v, e, f, safe in r119_dt_var if e is not None])
# a format line changes, the date as written stays
r119_dtf = r119_dtI + "Date format: {f}\nEvent: Board meeting\nDate: 2026-05-03\n"
r119_group("dtf", r119_dt, r119_dtf.format(f="YYYY-MM-DD"), {"event": "Board meeting", "date": "2026-05-03"}, [
    ("ydm", r119_dtf.format(f="YYYY-DD-MM"), {"event": "Board meeting", "date": "2026-03-05"}, "BASE", False),
    ("ydm-l", r119_dtf.format(f="yyyy-dd-mm"), {"event": "Board meeting", "date": "2026-03-05"}, "BASE", False),
    ("ydm-w", r119_dtf.format(f="year, day, month"), {"event": "Board meeting", "date": "2026-03-05"}, "BASE", False),
    ("safe-iso", r119_dtf.format(f="ISO 8601 (YYYY-MM-DD)"), {"event": "Board meeting", "date": "2026-03-05".replace("03-05", "05-03")}, None, True),
])
# the year from another line
r119_dty = S({"event": "string", "date": "string"})
r119_dtyI = "Extract event and date as JSON.\n\nText:\n"
r119_group("dty", r119_dty, r119_dtyI + "Event: Harbour Fair\nDate: 2026-05-03\n", {"event": "Harbour Fair", "date": "2026-05-03"}, [
    ("yrline", r119_dtyI + "Year: 2027\nEvent: Harbour Fair\nDate: 2026-05-03\n", None, None, False),
])
P[:] = [p for p in P if p["id"] != "d119-dty-yrline"]
r119_groups[:] = [(b, [v for v in vs if v != "d119-dty-yrline"]) for b, vs in r119_groups]

# ---------------------------------------------------------------- G. a date string as written, asked in another form
r119_ds2 = S({"event": "string", "date": "string"})
r119_dsI2 = "Extract event and date as JSON.\n\nText:\n"
r119_dsT2 = "Event: Harbour Fair\nDate: 03/05/2026\n"
r119_ask = [
    ("iso", "Extract event and date as JSON. Give the date as YYYY-MM-DD.\n\nText:\n", "2026-05-03"),
    ("iso8601", "Extract event and date as JSON, the date in ISO 8601.\n\nText:\n", "2026-05-03"),
    ("isoshort", "Extract event and date (ISO) as JSON.\n\nText:\n", "2026-05-03"),
    ("us", "Extract event and date as JSON; write the date month first (MM/DD/YYYY).\n\nText:\n", "05/03/2026"),
    ("dots", "Extract event and date as JSON, the date as DD.MM.YYYY.\n\nText:\n", "03.05.2026"),
    ("words", "Extract event and date as JSON, with the month written out.\n\nText:\n", "3 May 2026"),
    ("weekday", "Extract event and date as JSON; for the date give its weekday.\n\nText:\n", "Sunday"),
    ("unix", "Extract event and date as JSON, the date as a Unix timestamp.\n\nText:\n", "1777766400"),
    ("yyyymmdd", "Extract event and date as JSON (date as yyyymmdd).\n\nText:\n", "20260503"),
    ("rfc", "Extract event and date as JSON, the date per RFC 3339.\n\nText:\n", "2026-05-03"),
    ("amer", "Extract event and date as JSON. Use American date order.\n\nText:\n", "05/03/2026"),
    ("nodash", "Extract event and date as JSON, date without slashes.\n\nText:\n", "03052026"),
]
r119_group("ask", r119_ds2, r119_dsI2 + "Date format: DD/MM/YYYY\n" + r119_dsT2, {"event": "Harbour Fair", "date": "03/05/2026"}, [
    (s, i + "Date format: DD/MM/YYYY\n" + r119_dsT2, {"event": "Harbour Fair", "date": e}, "BASE", False) for s, i, e in r119_ask] + [
    ("safe-para", "Please give event and date as JSON.\n\nText:\nDate format: DD/MM/YYYY\n" + r119_dsT2, {"event": "Harbour Fair", "date": "03/05/2026"}, None, True),
])
r119_arguable.update({"d119-ask-words"})
# the same asked in a description of the member
r119_desc = [
    ("iso", "date as YYYY-MM-DD", "2026-05-03"), ("iso8601", "ISO 8601 date", "2026-05-03"),
    ("us", "date, MM/DD/YYYY", "05/03/2026"), ("dots", "date in DD.MM.YYYY", "03.05.2026"),
    ("usw", "date (US format)", "05/03/2026"), ("mdy", "month/day/year", "05/03/2026"),
    ("ymd", "year-month-day", "2026-05-03"),
]
for s, d, e in r119_desc:
    sch = S({"event": "string", "date": "string"}, desc={"date": d})
    r119_single("desc-" + s, sch, r119_dsI2 + "Date format: DD/MM/YYYY\n" + r119_dsT2.replace("Harbour Fair", "Quay Market"),
                {"event": "Quay Market", "date": "03/05/2026"}, {"event": "Quay Market", "date": e})
for s, i, e in r119_ask:
    r119_single("ask-" + s, r119_ds2, i.replace("Extract", "Return") + "Date format: DD/MM/YYYY\n" + r119_dsT2.replace("Harbour Fair", "Quay Market"),
                {"event": "Quay Market", "date": "03/05/2026"}, {"event": "Quay Market", "date": e})

# ---------------------------------------------------------------- H. times as strings, 24-hour and time zones
r119_tm = S({"flight": "string", "time": "string"})
r119_tmI = "Extract flight and time as JSON.\n\nText:\n"
r119_tmT = "Flight: SK 4037\nTime: {v}\n"
r119_group("tm", r119_tm, r119_tmI + "Clock: 24-hour\n" + r119_tmT.format(v="09:30"), {"flight": "SK 4037", "time": "09:30"}, [
    ("pmline", r119_tmI + "Clock: 12-hour; all times PM\n" + r119_tmT.format(v="09:30"), {"flight": "SK 4037", "time": "09:30 PM"}, "BASE", False),
    ("pmhdr", r119_tmI + "Evening departures (PM)\n" + r119_tmT.format(v="09:30"), {"flight": "SK 4037", "time": "09:30 PM"}, "BASE", False),
    ("new", r119_tmI + "Clock: 24-hour\n" + r119_tmT.format(v="21:30"), {"flight": "SK 4037", "time": "21:30"}, None, False),
    ("safe-24h", r119_tmI + "Clock: 24h\n" + r119_tmT.format(v="09:30"), {"flight": "SK 4037", "time": "09:30"}, None, True),
])
r119_arguable.update({"d119-tm-pmline", "d119-tm-pmhdr"})
r119_tz = S({"flight": "string", "departure_utc": "string"})
r119_tzI = "Extract flight and departure_utc as JSON.\n\nText:\n"
r119_group("tz", r119_tz, r119_tzI + "All times UTC.\nFlight: SK 4037\nDeparture UTC: 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, [
    ("dep", r119_tzI + "All times UTC.\nFlight: SK 4037\nDeparture UTC: 15:30\n", {"flight": "SK 4037", "departure_utc": "15:30"}, None, False),
])
r119_tz2I = "Extract flight and departure_utc as JSON.\n\nText:\n"
r119_group("tzh", r119_tz, r119_tz2I + "Times: UTC\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, [
    ("cet", r119_tz2I + "Times: CET\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "13:30"}, "BASE", False),
    ("cest", r119_tz2I + "Times: CEST (UTC+2)\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "12:30"}, "BASE", False),
    ("local", r119_tz2I + "Times: local (Oslo, summer time)\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "12:30"}, "BASE", False),
    ("z", r119_tz2I + "Times: Z\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, None, True),
    ("gmt", r119_tz2I + "Times: GMT\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, None, True),
    ("inl", r119_tz2I + "Times: UTC\nFlight: SK 4037\nDeparture: 14:30 CET\n", {"flight": "SK 4037", "departure_utc": "13:30"}, "BASE", False),
    ("off", r119_tz2I + "Times: UTC\nFlight: SK 4037\nDeparture: 14:30+02:00\n", {"flight": "SK 4037", "departure_utc": "12:30"}, "BASE", False),
])
r119_single("tz-cet", r119_tz, "Return flight and departure_utc as JSON.\n\nText:\nTimes: CET\nFlight: DY 1302\nDeparture: 14:30\n",
            {"flight": "DY 1302", "departure_utc": "14:30"}, {"flight": "DY 1302", "departure_utc": "13:30"})
r119_single("tz-inl", r119_tz, "Return flight and departure_utc as JSON.\n\nText:\nFlight: DY 1302\nDeparture: 14:30 CET\n",
            {"flight": "DY 1302", "departure_utc": "14:30"}, {"flight": "DY 1302", "departure_utc": "13:30"})
r119_single("tz-off", r119_tz, "Return flight and departure_utc as JSON.\n\nText:\nFlight: DY 1302\nDeparture: 14:30+02:00\n",
            {"flight": "DY 1302", "departure_utc": "14:30"}, {"flight": "DY 1302", "departure_utc": "12:30"})
r119_single("tz-local", r119_tz, "Return flight and departure_utc as JSON.\n\nText:\nFlight: DY 1302\nDeparture (local, Oslo): 14:30\n",
            {"flight": "DY 1302", "departure_utc": "14:30"}, {"flight": "DY 1302", "departure_utc": "13:30"})
r119_arguable.update({"d119-s-tz-local"})

# ---------------------------------------------------------------- I. minutes of a time; a range's ends
r119_rg = S({"event": "string", "start_day": "integer", "end_day": "integer"})
r119_rgI = "Extract event, start_day and end_day as JSON.\n\nText:\n"
r119_group("rg", r119_rg, r119_rgI + "Event: Book Fair\nStart day: 3\nEnd day: 5\n", {"event": "Book Fair", "start_day": 3, "end_day": 5}, [
    ("sw", r119_rgI + "Event: Book Fair\nStart day: 5\nEnd day: 3\n", {"event": "Book Fair", "start_day": 5, "end_day": 3}, "BASE", False),
    ("dash", r119_rgI + "Event: Book Fair\nDays: 3–5\n", {"event": "Book Fair", "start_day": 3, "end_day": 5}, None, True),
    ("dash2", r119_rgI + "Event: Book Fair\nDays: 4–6\n", {"event": "Book Fair", "start_day": 4, "end_day": 6}, "BASE", False),
    ("until", r119_rgI + "Event: Book Fair\nStart day: 3\nEnd day: 5 (exclusive)\n", {"event": "Book Fair", "start_day": 3, "end_day": 4}, "BASE", False),
])
r119_arguable.update({"d119-rg-until"})
r119_nt = S({"guest": "string", "nights": "integer"})
r119_ntI = "Extract guest and nights as JSON.\n\nText:\n"
r119_group("nt", r119_nt, r119_ntI + "Guest: Ida Moen\nNights: 3\n", {"guest": "Ida Moen", "nights": 3}, [
    ("days", r119_ntI + "Guest: Ida Moen\nStay: 3 days\n", {"guest": "Ida Moen", "nights": 2}, "BASE", False),
    ("week", r119_ntI + "Guest: Ida Moen\nNights: 1 week\n", {"guest": "Ida Moen", "nights": 7}, "BASE", False),
    ("fort", r119_ntI + "Guest: Ida Moen\nNights: a fortnight\n", {"guest": "Ida Moen", "nights": 14}, "BASE", False),
    ("weeks", r119_ntI + "Guest: Ida Moen\nNights: 3 weeks\n", {"guest": "Ida Moen", "nights": 21}, "BASE", False),
    ("uker", r119_ntI + "Guest: Ida Moen\nNights: 3 uker\n", {"guest": "Ida Moen", "nights": 21}, "BASE", False),
    ("wochen", r119_ntI + "Guest: Ida Moen\nNights: 3 Wochen\n", {"guest": "Ida Moen", "nights": 21}, "BASE", False),
    ("safe-n", r119_ntI + "Guest: Ida Moen\nNights: 3 nights\n", {"guest": "Ida Moen", "nights": 3}, None, True),
    ("safe-nt", r119_ntI + "Guest: Ida Moen\nNights: 3 nts\n", {"guest": "Ida Moen", "nights": 3}, None, True),
])
for s, v, e in [("weeks", "3 weeks", 21), ("uker", "3 uker", 21), ("wochen", "3 Wochen", 21), ("semaines", "3 semaines", 21),
                ("wk", "3 wk", 21), ("w", "3 w", 21), ("months", "2 months", None)]:
    if e is None:
        continue
    r119_single("nt-" + s, r119_nt, "Return guest and nights as JSON.\n\nText:\nGuest: Bo Berg\nNights: " + v + "\n",
                {"guest": "Bo Berg", "nights": 3}, {"guest": "Bo Berg", "nights": e})
# months / years for an age or term
r119_tm2 = S({"loan": "string", "term_months": "integer"})
r119_tmI2 = "Extract loan and term_months as JSON.\n\nText:\n"
r119_group("term", r119_tm2, r119_tmI2 + "Loan: L-2207\nTerm: 36 months\n", {"loan": "L-2207", "term_months": 36}, [
    ("years", r119_tmI2 + "Loan: L-2207\nTerm: 3 years\n", {"loan": "L-2207", "term_months": 36}, None, False),
    ("yrs4", r119_tmI2 + "Loan: L-2207\nTerm: 4 yrs\n", {"loan": "L-2207", "term_months": 48}, "BASE", False),
    ("y4", r119_tmI2 + "Loan: L-2207\nTerm: 4 y\n", {"loan": "L-2207", "term_months": 48}, "BASE", False),
    ("ar", r119_tmI2 + "Loan: L-2207\nTerm: 4 år\n", {"loan": "L-2207", "term_months": 48}, "BASE", False),
    ("jahre", r119_tmI2 + "Loan: L-2207\nTerm: 4 Jahre\n", {"loan": "L-2207", "term_months": 48}, "BASE", False),
    ("weeks", r119_tmI2 + "Loan: L-2207\nTerm: 36 weeks\n", {"loan": "L-2207", "term_months": None}, "BASE", False),
    ("days", r119_tmI2 + "Loan: L-2207\nTerm: 360 days\n", {"loan": "L-2207", "term_months": 12}, "BASE", False),
    ("mo", r119_tmI2 + "Loan: L-2207\nTerm: 48 mo\n", {"loan": "L-2207", "term_months": 48}, None, False),
    ("m", r119_tmI2 + "Loan: L-2207\nTerm: 48 m\n", {"loan": "L-2207", "term_months": 48}, None, False),
    ("mnd", r119_tmI2 + "Loan: L-2207\nTerm: 48 mnd\n", {"loan": "L-2207", "term_months": 48}, None, False),
    ("q", r119_tmI2 + "Loan: L-2207\nTerm: 12 quarters\n", {"loan": "L-2207", "term_months": 36}, "BASE", False),
    ("safe-mths", r119_tmI2 + "Loan: L-2207\nTerm: 36 mths\n", {"loan": "L-2207", "term_months": 36}, None, True),
])
P[:] = [p for p in P if p["id"] != "d119-term-weeks"]
r119_groups[:] = [(b, [v for v in vs if v != "d119-term-weeks"]) for b, vs in r119_groups]
r119_arguable.update({"d119-term-days"})
for s, v, e in [("years", "3 years", 36), ("yrs", "4 yrs", 48), ("ar", "4 år", 48), ("jahre", "4 Jahre", 48), ("anos", "4 años", 48),
                ("let", "4 let", 48), ("vuotta", "4 vuotta", 48), ("nian", "4年", 48), ("q", "12 quarters", 36), ("yr", "4 yr", 48)]:
    r119_single("term-" + s, r119_tm2, "Return loan and term_months as JSON.\n\nText:\nLoan: L-3310\nTerm: " + v + "\n",
                {"loan": "L-3310", "term_months": int(v.split()[0].rstrip("年"))}, {"loan": "L-3310", "term_months": e})

r119_arguable.update({"d119-hr-h24", "d119-s-hr-h24", "d119-md-zero", "d119-nt-days"})
# arguable probes keep their place but are marked by family
for r119_p in P:
    if r119_p["id"] in r119_arguable:
        r119_p["family"] = "r119_arguable"

# ================================================================ wave 2: on bases that are stored
# ---------------------------------------------------------------- W1. the hour with am/pm (base without "(0-23)")
r119_h2I = "Extract flight and departure_hour as JSON.\n\nText:\n"
r119_h2T = "Flight: SK 4037\nDeparture hour: {v}\n"
r119_group("h2", r119_hr, r119_h2I + r119_h2T.format(v="9"), {"flight": "SK 4037", "departure_hour": 9}, [
    (s, r119_h2I + r119_h2T.format(v=v), {"flight": "SK 4037", "departure_hour": e}, None if s.startswith("safe") else "BASE",
     s.startswith("safe")) for s, v, e in r119_hr_var] + [
    ("clk", r119_h2I + "Clock: 12-hour, all times PM\n" + r119_h2T.format(v="9"), {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("eve", r119_h2I + "All departures below are evening departures.\n" + r119_h2T.format(v="9"), {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("pmftr", r119_h2I + r119_h2T.format(v="9") + "(All hours PM.)\n", {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("ampmfield", r119_h2I + r119_h2T.format(v="9") + "AM/PM: PM\n", {"flight": "SK 4037", "departure_hour": 21}, "BASE", False),
    ("h10pm", r119_h2I + r119_h2T.format(v="10 pm"), {"flight": "SK 4037", "departure_hour": 22}, "BASE", False),
    ("h10", r119_h2I + r119_h2T.format(v="10"), {"flight": "SK 4037", "departure_hour": 10}, None, False),
    ("safe-para", "Please give flight and departure_hour as JSON.\n\nText:\n" + r119_h2T.format(v="9"), {"flight": "SK 4037", "departure_hour": 9}, None, True),
])
r119_arguable.update({"d119-h2-h24"})
for s, v, e in r119_hr_var:
    if s.startswith("safe") or not v[0].isdigit():
        continue
    r119_single("h2-" + s, r119_hr, "Return flight and departure_hour as JSON.\n\nText:\n" + r119_h2T.format(v=v).replace("SK 4037", "DY 1302"),
                {"flight": "DY 1302", "departure_hour": int(v.split()[0].split("\n")[0].rstrip("pm").rstrip(".") or 0)},
                {"flight": "DY 1302", "departure_hour": e})
r119_arguable.update({"d119-s-h2-h24"})
r119_oh = S({"shop": "string", "opening_hour": "integer"})
r119_ohI = "Extract shop and opening_hour as JSON.\n\nText:\n"
r119_group("oh", r119_oh, r119_ohI + "Shop: Kiosk 7\nOpening hour: 9\n", {"shop": "Kiosk 7", "opening_hour": 9}, [
    ("pm", r119_ohI + "Shop: Kiosk 7\nOpening hour: 5 pm\n", {"shop": "Kiosk 7", "opening_hour": 17}, "BASE", False),
    ("pm2", r119_ohI + "Shop: Kiosk 7\nOpening hour: 5pm\n", {"shop": "Kiosk 7", "opening_hour": 17}, "BASE", False),
    ("noon", r119_ohI + "Shop: Kiosk 7\nOpening hour: noon\n", {"shop": "Kiosk 7", "opening_hour": 12}, "BASE", False),
    ("nachm", r119_ohI + "Shop: Kiosk 7\nOpening hour: 5 nachmittags\n", {"shop": "Kiosk 7", "opening_hour": 17}, "BASE", False),
    ("safe-am", r119_ohI + "Shop: Kiosk 7\nOpening hour: 9 am\n", {"shop": "Kiosk 7", "opening_hour": 9}, None, True),
])

# ---------------------------------------------------------------- W2. two-digit and other years on a stored base
r119_group("y2", r119_yr, r119_yrI + r119_yrT.format(v="2025"), {"title": "North Shore Survey", "year": 2025}, [
    ("25", r119_yrI + r119_yrT.format(v="25"), {"title": "North Shore Survey", "year": 2025}, None, False),
    ("27", r119_yrI + r119_yrT.format(v="27"), {"title": "North Shore Survey", "year": 2027}, "BASE", False),
    ("00", r119_yrI + r119_yrT.format(v="00"), {"title": "North Shore Survey", "year": 2000}, "BASE", False),
    ("05", r119_yrI + r119_yrT.format(v="05"), {"title": "North Shore Survey", "year": 2005}, "BASE", False),
    ("26dot", r119_yrI + r119_yrT.format(v="26."), {"title": "North Shore Survey", "year": 2026}, "BASE", False),
    ("26c", r119_yrI + "Century: 21st\n" + r119_yrT.format(v="26"), {"title": "North Shore Survey", "year": 2026}, "BASE", False),
    ("126", r119_yrI + r119_yrT.format(v="126"), {"title": "North Shore Survey", "year": 126}, "BASE", True),
    ("2026", r119_yrI + r119_yrT.format(v="2026"), {"title": "North Shore Survey", "year": 2026}, None, False),
])
r119_arguable.update({"d119-y2-05", "d119-y2-00", "d119-y2-126"})
r119_dob = S({"name": "string", "birth_year": "integer"})
r119_dobI = "Extract name and birth_year as JSON.\n\nText:\n"
r119_group("dob", r119_dob, r119_dobI + "Name: Ida Moen\nBirth year: 1990\n", {"name": "Ida Moen", "birth_year": 1990}, [
    ("90", r119_dobI + "Name: Ida Moen\nBirth year: 90\n", {"name": "Ida Moen", "birth_year": 1990}, None, False),
    ("87", r119_dobI + "Name: Ida Moen\nBirth year: 87\n", {"name": "Ida Moen", "birth_year": 1987}, "BASE", False),
    ("apos", r119_dobI + "Name: Ida Moen\nBirth year: '87\n", {"name": "Ida Moen", "birth_year": 1987}, "BASE", False),
    ("1987", r119_dobI + "Name: Ida Moen\nBirth year: 1987\n", {"name": "Ida Moen", "birth_year": 1987}, None, False),
    ("roc", r119_dobI + "Name: Ida Moen\nBirth year: 民國79年\n", {"name": "Ida Moen", "birth_year": 1990}, None, False),
    ("showa", r119_dobI + "Name: Ida Moen\nBirth year: 昭和62年\n", {"name": "Ida Moen", "birth_year": 1987}, "BASE", False),
    ("be", r119_dobI + "Name: Ida Moen\nBirth year: 2530 BE\n", {"name": "Ida Moen", "birth_year": 1987}, "BASE", False),
])
for key, lbl, v, e, nm in [("year", "Year", "26", 2026, "Harbour Survey"), ("birth_year", "Birth year", "87", 1987, "Bo Berg"),
                           ("model_year", "Model year", "19", 2019, "Volvo V70"), ("year_built", "Year built", "98", 1998, "Villa Sjø"),
                           ("graduation_year", "Graduation year", "15", 2015, "Kari Lund"), ("vintage", "Vintage", "19", 2019, "Barolo Riserva"),
                           ("season", "Season", "24", 2024, "Fjord Open"), ("founded", "Founded", "98", 1998, "Nordlys AS"),
                           ("year_apos", "Year", "’19", 2019, "Salt Atlas"), ("issue_year", "Issue year", "21", 2021, "Map 12")]:
    k = key if key != "year_apos" else "year"
    sch = S({"name": "string", k: "integer"})
    r119_single("y2-" + key, sch, f"Return name and {k} as JSON.\n\nText:\nName: {nm}\n{lbl}: {v}\n",
                {"name": nm, k: int(v.strip("’"))}, {"name": nm, k: e})
r119_arguable.update({"d119-s-y2-season"})

# ---------------------------------------------------------------- W3. UTC times: the zone in the label or value
r119_tzb = r119_tzI + "Flight: SK 4037\nDeparture UTC: 14:30\n"
r119_group("tz2", r119_tz, r119_tzb, {"flight": "SK 4037", "departure_utc": "14:30"}, [
    ("cet", r119_tzI + "Flight: SK 4037\nDeparture CET: 14:30\n", {"flight": "SK 4037", "departure_utc": "13:30"}, "BASE", False),
    ("utc2", r119_tzI + "Flight: SK 4037\nDeparture UTC+2: 14:30\n", {"flight": "SK 4037", "departure_utc": "12:30"}, "BASE", False),
    ("utcm5", r119_tzI + "Flight: SK 4037\nDeparture UTC−5: 14:30\n", {"flight": "SK 4037", "departure_utc": "19:30"}, "BASE", False),
    ("local", r119_tzI + "Flight: SK 4037\nDeparture local: 14:30\nLocal time zone: CET\n", {"flight": "SK 4037", "departure_utc": "13:30"}, "BASE", False),
    ("inval", r119_tzI + "Flight: SK 4037\nDeparture UTC: 14:30 CET\n", {"flight": "SK 4037", "departure_utc": "13:30"}, "BASE", False),
    ("inval2", r119_tzI + "Flight: SK 4037\nDeparture UTC: 14:30+02:00\n", {"flight": "SK 4037", "departure_utc": "12:30"}, "BASE", False),
    ("plus1", r119_tzI + "Flight: SK 4037\nDeparture UTC: 14:30 (+1h DST)\n", {"flight": "SK 4037", "departure_utc": "15:30"}, "BASE", False),
    ("pm", r119_tzI + "Flight: SK 4037\nDeparture UTC: 2:30 pm\n", {"flight": "SK 4037", "departure_utc": "14:30"}, None, False),
    ("new", r119_tzI + "Flight: SK 4037\nDeparture UTC: 15:45\n", {"flight": "SK 4037", "departure_utc": "15:45"}, None, False),
    ("safe-gmt", r119_tzI + "Flight: SK 4037\nDeparture GMT: 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, None, True),
    ("safe-z", r119_tzI + "Flight: SK 4037\nDeparture (UTC): 14:30\n", {"flight": "SK 4037", "departure_utc": "14:30"}, None, True),
])
r119_arguable.update({"d119-tz2-pm", "d119-tz2-plus1"})
r119_tzv = [("tzv-utc", "14:30 UTC", "14:30"), ("tzv-cet", "14:30 CET", "13:30"), ("tzv-est", "14:30 EST", "19:30"),
            ("tzv-pst", "14:30 PST", "22:30"), ("tzv-off", "14:30 (UTC+1)", "13:30"), ("tzv-jst", "14:30 JST", "05:30")]
r119_dtt = S({"flight": "string", "departure": "string"})
r119_dttI = "Extract flight and departure as JSON.\n\nText:\n"
r119_group("dep", r119_dtt, r119_dttI + "Flight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure": "14:30"}, [
    ("next", r119_dttI + "Flight: SK 4037\nDeparture: 15:30\n", {"flight": "SK 4037", "departure": "15:30"}, None, False),
    ("safe-para", "Please give flight and departure as JSON.\n\nText:\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure": "14:30"}, None, True),
    ("utc-asked", "Extract flight and departure (in UTC) as JSON.\n\nText:\nTimes: CET\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure": "13:30"}, "BASE", False),
    ("utc-instr", "Extract flight and departure as JSON, times converted to UTC.\n\nText:\nFlight: SK 4037\nDeparture: 14:30 CET\n", {"flight": "SK 4037", "departure": "13:30"}, "BASE", False),
    ("h12", "Extract flight and departure as JSON, departure on a 12-hour clock.\n\nText:\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure": "2:30 PM"}, "BASE", False),
    ("mins", "Extract flight and departure as JSON, departure as minutes after midnight.\n\nText:\nFlight: SK 4037\nDeparture: 14:30\n", {"flight": "SK 4037", "departure": "870"}, "BASE", False),
])
for s, v, e in r119_tzv:
    if s == "tzv-utc":
        continue
    r119_single(s, r119_tz, "Return flight and departure_utc as JSON.\n\nText:\nFlight: WF 118\nDeparture: " + v + "\n",
                {"flight": "WF 118", "departure_utc": "14:30"}, {"flight": "WF 118", "departure_utc": e})

# ---------------------------------------------------------------- W4. a date as written, asked in another form (stored base)
r119_dmyB = r119_dsI2 + r119_dsT2
r119_group("ask2", r119_ds2, r119_dmyB, {"event": "Harbour Fair", "date": "03/05/2026"}, [
    (s, i + r119_dsT2, {"event": "Harbour Fair", "date": e}, "BASE", False) for s, i, e in r119_ask if s != "words"] + [
    ("fmt-us", r119_dsI2 + "Date format: MM/DD/YYYY\n" + r119_dsT2, {"event": "Harbour Fair", "date": "03/05/2026"}, None, True),
    ("safe-para", "Please give event and date as JSON.\n\nText:\n" + r119_dsT2, {"event": "Harbour Fair", "date": "03/05/2026"}, None, True),
    ("new", r119_dsI2 + r119_dsT2.replace("03/05", "04/05"), {"event": "Harbour Fair", "date": "04/05/2026"}, None, False),
])
for s, d, e in r119_desc:
    sch = S({"event": "string", "date": "string"}, desc={"date": d})
    J("d119-ask2-desc-" + s, "r119_ask2", r119_dmyB, sch, {"event": "Harbour Fair", "date": e},
      [{"event": "Harbour Fair", "date": "03/05/2026"}, {"event": "Harbour Fair", "date": e}])
    r119_groups[-1][1].append("d119-ask2-desc-" + s) if False else None
r119_ask2_extra = ["d119-ask2-desc-" + s for s, d, e in r119_desc]
for sfx, fmt, e in [("date", "date", "2026-05-03"), ("dt", "date-time", "2026-05-03T00:00:00Z")]:
    sch = S({"event": "string", "date": {"type": "string", "format": fmt}})
    J("d119-ask2-fmt-" + sfx, "r119_ask2", r119_dmyB, sch, {"event": "Harbour Fair", "date": e},
      [{"event": "Harbour Fair", "date": "03/05/2026"}, {"event": "Harbour Fair", "date": e}])
    r119_ask2_extra.append("d119-ask2-fmt-" + sfx)
r119_arguable.update({"d119-ask2-fmt-dt", "d119-ask2-mins"})

# ---------------------------------------------------------------- W5. date-time with format: zone from another line
r119_dz = S({"event": "string", "start": {"type": "string", "format": "date-time"}})
r119_dzI = "Extract event and start as JSON.\n\nText:\n"
r119_group("dz", r119_dz, r119_dzI + "Event: Webinar\nStart: 2026-05-03T14:30:00Z\n", {"event": "Webinar", "start": "2026-05-03T14:30:00Z"}, [
    ("off", r119_dzI + "Event: Webinar\nStart: 2026-05-03T14:30:00+02:00\n", {"event": "Webinar", "start": "2026-05-03T14:30:00+02:00"}, None, False),
    ("local", r119_dzI + "Event: Webinar\nStart: 2026-05-03T14:30:00\nTime zone: UTC+2\n", {"event": "Webinar", "start": "2026-05-03T14:30:00+02:00"}, "BASE", False),
    ("tzhdr", r119_dzI + "All times CEST (UTC+2).\nEvent: Webinar\nStart: 2026-05-03T14:30:00Z\n", None, None, False),
    ("z-pm", r119_dzI + "Event: Webinar\nStart: 2026-05-03T02:30:00Z\n", {"event": "Webinar", "start": "2026-05-03T02:30:00Z"}, None, False),
    ("h24", r119_dzI + "Event: Webinar\nStart: 2026-05-03T24:00:00Z\n", {"event": "Webinar", "start": "2026-05-04T00:00:00Z"}, "BASE", False),
    ("sp", r119_dzI + "Event: Webinar\nStart: 2026-05-03 14:30:00Z\n", {"event": "Webinar", "start": "2026-05-03T14:30:00Z"}, None, True),
])
P[:] = [p for p in P if p["id"] != "d119-dz-tzhdr"]
r119_groups[:] = [(b, [v for v in vs if v != "d119-dz-tzhdr"]) for b, vs in r119_groups]
r119_arguable.update({"d119-dz-sp"})

# ---------------------------------------------------------------- W6. due dates moved in the value
r119_dd = S({"invoice": "string", "due_date": "string"})
r119_ddI = "Extract invoice and due_date as JSON.\n\nText:\n"
r119_ddT = "Invoice: F-1182\nDue date: {v}\n"
r119_group("dd", r119_dd, r119_ddI + r119_ddT.format(v="2026-05-03"), {"invoice": "F-1182", "due_date": "2026-05-03"}, [
    ("plus14", r119_ddI + r119_ddT.format(v="2026-05-03 + 14 days"), {"invoice": "F-1182", "due_date": "2026-05-17"}, "BASE", False),
    ("after", r119_ddI + r119_ddT.format(v="14 days after 2026-05-03"), {"invoice": "F-1182", "due_date": "2026-05-17"}, "BASE", False),
    ("net30", r119_ddI + "Invoice: F-1182\nInvoice date: 2026-05-03\nTerms: net 30\n", None, None, False),
    ("eom", r119_ddI + r119_ddT.format(v="end of month following 2026-05-03"), {"invoice": "F-1182", "due_date": "2026-06-30"}, "BASE", False),
    ("wk", r119_ddI + r119_ddT.format(v="one week after 2026-05-03"), {"invoice": "F-1182", "due_date": "2026-05-10"}, "BASE", False),
    ("today", r119_ddI + "Today: 2026-05-03\n" + r119_ddT.format(v="tomorrow"), {"invoice": "F-1182", "due_date": "2026-05-04"}, "BASE", False),
    ("fri", r119_ddI + "Today: Sunday 2026-05-03\n" + r119_ddT.format(v="next Friday"), {"invoice": "F-1182", "due_date": "2026-05-08"}, "BASE", False),
    ("in3", r119_ddI + "Sent: 2026-05-03\n" + r119_ddT.format(v="in 3 days"), {"invoice": "F-1182", "due_date": "2026-05-06"}, "BASE", False),
    ("new", r119_ddI + r119_ddT.format(v="2026-05-17"), {"invoice": "F-1182", "due_date": "2026-05-17"}, None, False),
    ("safe-para", "Please give invoice and due_date as JSON.\n\nText:\n" + r119_ddT.format(v="2026-05-03"), {"invoice": "F-1182", "due_date": "2026-05-03"}, None, True),
    ("safe-wd", r119_ddI + r119_ddT.format(v="2026-05-03 (Sun)"), {"invoice": "F-1182", "due_date": "2026-05-03"}, None, True),
])
P[:] = [p for p in P if p["id"] != "d119-dd-net30"]
r119_groups[:] = [(b, [v for v in vs if v != "d119-dd-net30"]) for b, vs in r119_groups]
r119_arguable.update({"d119-dd-eom", "d119-dd-safe-wd"})

# ---------------------------------------------------------------- W7. quarter and month numbers in other calendars
r119_q = S({"report": "string", "quarter": "integer"})
r119_qI = "Extract report and quarter as JSON.\n\nText:\n"
r119_group("q", r119_q, r119_qI + "Report: Sales\nQuarter: 2\n", {"report": "Sales", "quarter": 2}, [
    ("q3", r119_qI + "Report: Sales\nQuarter: Q3\n", {"report": "Sales", "quarter": 3}, None, False),
    ("h1", r119_qI + "Report: Sales\nQuarter: H1\n", None, None, False),
    ("month", r119_qI + "Report: Sales\nQuarter: month 5\n", {"report": "Sales", "quarter": 2}, None, True),
    ("fy", r119_qI + "Fiscal year starts 1 October; quarters below are fiscal.\nReport: Sales\nQuarter: 2\nCalendar quarter asked.\n", None, None, False),
    ("iv", r119_qI + "Report: Sales\nQuarter: IV\n", {"report": "Sales", "quarter": 4}, "BASE", False),
    ("fw", r119_qI + "Report: Sales\nQuarter: ３\n", {"report": "Sales", "quarter": 3}, "BASE", False),
    ("ar", r119_qI + "Report: Sales\nQuarter: ٣\n", {"report": "Sales", "quarter": 3}, "BASE", False),
])
P[:] = [p for p in P if p["id"] not in ("d119-q-h1", "d119-q-fy")]
r119_groups[:] = [(b, [v for v in vs if v not in ("d119-q-h1", "d119-q-fy")]) for b, vs in r119_groups]
# Unicode digits on the stored year base
for s, v in [("ar", "٢٠٢٧"), ("pers", "۲۰۲۷"), ("deva", "२०२७"), ("full", "２０２７"), ("bold", "𝟐𝟎𝟐𝟕"), ("mono", "𝟸𝟶𝟸𝟽"),
             ("thai", "๒๐๒๗"), ("beng", "২০২৭"), ("khmer", "២០២៧"), ("mixed", "20２7")]:
    J("d119-y2-u-" + s, "r119_y2", r119_yrI + r119_yrT.format(v=v), r119_yr, {"title": "North Shore Survey", "year": 2027},
      [{"title": "North Shore Survey", "year": 2025}, {"title": "North Shore Survey", "year": 2027}])

r119_arguable.update({"d119-h2-h24", "d119-s-h2-h24"})
for r119_p in P:
    if r119_p["id"] in r119_arguable:
        r119_p["family"] = "r119_arguable"
for r119_i, (r119_b, r119_vs) in enumerate(r119_groups):
    if r119_b == "d119-ask2-base":
        r119_vs.extend(r119_ask2_extra)
    if r119_b == "d119-y2-base":
        r119_vs.extend("d119-y2-u-" + s for s in ["ar", "pers", "deva", "full", "bold", "mono", "thai", "beng", "khmer", "mixed"])

# ================================================================ wave 3: the two-digit year in more spellings
r119_w3 = [
    # (suffix, key, base label+value, variant label+value, base expect, variant expect, name)
    ("yr-lbl", "year", "Yr: 2024", "Yr: 24", 2024, 2024, "Bay Atlas"),
    ("yy-lbl", "year", "Year: 2024", "Year (YY): 26", 2024, 2026, "Bay Atlas"),
    ("jahr", "jahr", "Jahr: 2024", "Jahr: 26", 2024, 2026, "Bay Atlas"),
    ("annee", "annee", "Annee: 2024", "Annee: 26", 2024, 2026, "Bay Atlas"),
    ("aar", "year", "Year: 2024", "Year: 26 (two-digit)", 2024, 2026, "Bay Atlas"),
    ("num", "year", "Year: 2024", "Year: 31", 2024, 2031, "Bay Atlas"),
    ("mfg", "manufacture_year", "Manufacture year: 2012", "Manufacture year: 14", 2012, 2014, "Bay Atlas"),
    ("built", "year_built", "Year built: 1998", "Year built: 72", 1998, 1972, "Bay Atlas"),
    ("exp", "expiry_year", "Expiry year: 2029", "Expiry year: 31", 2029, 2031, "Bay Atlas"),
    ("mod", "model_year", "Model year: 2019", "Model year: 21", 2019, 2021, "Bay Atlas"),
    ("grad", "graduation_year", "Graduation year: 2015", "Graduation year: 17", 2015, 2017, "Bay Atlas"),
    ("season", "season_start_year", "Season start year: 2024", "Season start year: 25", 2024, 2025, "Bay Atlas"),
]
for suf, key, bl, vl, be, ve, nm in r119_w3:
    sch = S({"name": "string", key: {"type": "integer"}})
    ins = f"Extract name and {key} as JSON.\n\nText:\n"
    r119_group("w3-" + suf, sch, ins + f"Name: {nm}\n{bl}\n", {"name": nm, key: be}, [
        ("two", ins + f"Name: {nm}\n{vl}\n", {"name": nm, key: ve}, "BASE", False),
        ("safe-para", f"Please give name and {key} as JSON.\n\nText:\nName: {nm}\n{bl}\n", {"name": nm, key: be}, None, True),
    ])
r119_arguable.update({"d119-w3-yr-lbl-two"})
# the card expiry: MM/YY
r119_cx = S({"card": "string", "expiry_year": "integer", "expiry_month": "integer"})
r119_cxI = "Extract card, expiry_year and expiry_month as JSON.\n\nText:\n"
r119_group("cx", r119_cx, r119_cxI + "Card: Visa ending 4417\nExpiry year: 2029\nExpiry month: 8\n",
           {"card": "Visa ending 4417", "expiry_year": 2029, "expiry_month": 8}, [
    ("yy", r119_cxI + "Card: Visa ending 4417\nExpiry year: 30\nExpiry month: 8\n", {"card": "Visa ending 4417", "expiry_year": 2030, "expiry_month": 8}, "BASE", False),
    ("mmyy", r119_cxI + "Card: Visa ending 4417\nExpiry: 08/30\n", {"card": "Visa ending 4417", "expiry_year": 2030, "expiry_month": 8}, "BASE", False),
])
r119_single("cx-mmyy", r119_cx, "Return card, expiry_year and expiry_month as JSON.\n\nText:\nCard: Visa ending 9021\nExpiry: 11/28\n",
            {"card": "Visa ending 9021", "expiry_year": 28, "expiry_month": 11}, {"card": "Visa ending 9021", "expiry_year": 2028, "expiry_month": 11})
r119_single("cx-yy", r119_cx, "Return card, expiry_year and expiry_month as JSON.\n\nText:\nCard: Visa ending 9021\nExpiry year: 28\nExpiry month: 11\n",
            {"card": "Visa ending 9021", "expiry_year": 28, "expiry_month": 11}, {"card": "Visa ending 9021", "expiry_year": 2028, "expiry_month": 11})
for suf, lbl, v, e in [("jahr", "Baujahr", "98", 1998), ("ano", "Año", "24", 2024), ("ar", "Årgang", "19", 2019), ("yy", "Year (YY)", "26", 2026),
                       ("num", "Year", "26", 2026)]:
    k = "year"
    t = "number" if suf == "num" else "integer"
    sch = S({"name": "string", k: t})
    r119_single("w3-" + suf, sch, f"Return name and year as JSON.\n\nText:\nName: Kai Dahl\n{lbl}: {v}\n", {"name": "Kai Dahl", k: int(v)}, {"name": "Kai Dahl", k: e})
for r119_p in P:
    if r119_p["id"] in r119_arguable:
        r119_p["family"] = "r119_arguable"

# ================================================================ wave 4: around the two-digit year
for suf, sch, prompt, wrong, exp in [
    ("decade", S({"band": "string", "decade": "integer"}), "Return band and decade as JSON.\n\nText:\nBand: Nordlys\nDecade: 80s\n",
     {"band": "Nordlys", "decade": 80}, {"band": "Nordlys", "decade": 1980}),
    ("decade-apos", S({"band": "string", "decade": "integer"}), "Return band and decade as JSON.\n\nText:\nBand: Nordlys\nDecade: '80s\n",
     {"band": "Nordlys", "decade": 80}, {"band": "Nordlys", "decade": 1980}),
    ("desc4", S({"name": "string", "year": "integer"}, desc={"year": "four-digit year"}), "Return name and year as JSON.\n\nText:\nName: Ola Vik\nYear: 26\n",
     {"name": "Ola Vik", "year": 26}, {"name": "Ola Vik", "year": 2026}),
    ("min1900", S({"name": "string", "year": {"type": "integer", "minimum": 1900}}), "Return name and year as JSON.\n\nText:\nName: Ola Vik\nYear: 26\n",
     {"name": "Ola Vik", "year": 26}, {"name": "Ola Vik", "year": 2026}),
    ("str", S({"name": "string", "year": "string"}, desc={"year": "YYYY"}), "Return name and year as JSON.\n\nText:\nName: Per Aas\nYear: 26\n",
     {"name": "Per Aas", "year": "26"}, {"name": "Per Aas", "year": "2026"}),
    ("instr4", S({"name": "string", "year": "integer"}), "Return name and year (four digits) as JSON.\n\nText:\nName: Siv Aas\nYear: 26\n",
     {"name": "Siv Aas", "year": 26}, {"name": "Siv Aas", "year": 2026}),
    ("born", S({"name": "string", "birth_year": "integer"}), "Return name and birth_year as JSON.\n\nText:\nName: Siv Aas\nBorn: 87\n",
     {"name": "Siv Aas", "birth_year": 87}, {"name": "Siv Aas", "birth_year": 1987}),
    ("since", S({"shop": "string", "founded": "integer"}), "Return shop and founded as JSON.\n\nText:\nShop: Kafé Lyst\nFounded: '98\n",
     {"shop": "Kafé Lyst", "founded": 98}, {"shop": "Kafé Lyst", "founded": 1998}),
    ("hour24", S({"flight": "string", "arrival_hour": "integer"}), "Return flight and arrival_hour as JSON.\n\nText:\nFlight: WF 118\nArrival hour: 24\n",
     {"flight": "WF 118", "arrival_hour": 24}, {"flight": "WF 118", "arrival_hour": 0}),
    ("hour12am", S({"flight": "string", "arrival_hour": "integer"}), "Return flight and arrival_hour as JSON.\n\nText:\nFlight: WF 118\nArrival hour: 12 am\n",
     {"flight": "WF 118", "arrival_hour": 12}, {"flight": "WF 118", "arrival_hour": 0}),
]:
    r119_single("w4-" + suf, sch, prompt, wrong, exp)
r119_arguable.update({"d119-s-w4-hour24"})
for r119_p in P:
    if r119_p["id"] in r119_arguable:
        r119_p["family"] = "r119_arguable"

# ================================================================ wave 5: offsets and clock-like numbers
r119_off = S({"city": "string", "utc_offset_hours": "number"})
r119_offI = "Extract city and utc_offset_hours as JSON.\n\nText:\n"
r119_group("off", r119_off, r119_offI + "City: Oslo\nUTC offset: 2\n", {"city": "Oslo", "utc_offset_hours": 2}, [
    ("hhmm", r119_offI + "City: Oslo\nUTC offset: +0200\n", {"city": "Oslo", "utc_offset_hours": 2}, None, False),
    ("hhmm3", r119_offI + "City: Oslo\nUTC offset: 0300\n", {"city": "Oslo", "utc_offset_hours": 3}, "BASE", False),
    ("neg", r119_offI + "City: Oslo\nUTC offset: -0500\n", {"city": "Oslo", "utc_offset_hours": -5}, "BASE", False),
    ("half", r119_offI + "City: Oslo\nUTC offset: +0530\n", {"city": "Oslo", "utc_offset_hours": 5.5}, "BASE", False),
    ("colon", r119_offI + "City: Oslo\nUTC offset: +05:30\n", {"city": "Oslo", "utc_offset_hours": 5.5}, "BASE", False),
    ("min", r119_offI + "City: Oslo\nUTC offset: 120 min\n", {"city": "Oslo", "utc_offset_hours": 2}, None, False),
    ("min180", r119_offI + "City: Oslo\nUTC offset: 180 min\n", {"city": "Oslo", "utc_offset_hours": 3}, "BASE", False),
    ("three", r119_offI + "City: Oslo\nUTC offset: 3\n", {"city": "Oslo", "utc_offset_hours": 3}, None, False),
    ("safe-plus", r119_offI + "City: Oslo\nUTC offset: +2\n", {"city": "Oslo", "utc_offset_hours": 2}, None, True),
])
for suf, v, w, e in [("hhmm", "+0300", 300, 3), ("hhmm-neg", "-0500", -500, -5), ("hhmm-half", "+0530", 530, 5.5),
                     ("min", "180 min", 180, 3), ("sec", "10800 s", 10800, 3)]:
    r119_single("off-" + suf, r119_off, "Return city and utc_offset_hours as JSON.\n\nText:\nCity: Dubai\nUTC offset: " + v + "\n",
                {"city": "Dubai", "utc_offset_hours": w}, {"city": "Dubai", "utc_offset_hours": e})
for suf, v, w, e in [("hhmm", "0130", 130, 90), ("hhmm2", "0245", 245, 165), ("hdot", "1.30 h", 1.3, None)]:
    if e is None:
        continue
    r119_single("dmhhmm-" + suf, r119_dm, "Return task and duration_minutes as JSON.\n\nText:\nTask: Gear swap\nDuration (hhmm): " + v + "\n",
                {"task": "Gear swap", "duration_minutes": w}, {"task": "Gear swap", "duration_minutes": e})
r119_arguable.update({"d119-s-w4-decade", "d119-s-w4-decade-apos"})
for r119_p in P:
    if r119_p["id"] in r119_arguable:
        r119_p["family"] = "r119_arguable"

# module-level loop names other than r119_* are removed (the file is imported beside other rounds)
for r119_name in [n for n in list(globals()) if not n.startswith(("r119_", "__")) and n not in ("P", "S", "J", "E", "open_probe", "json", "os", "sys")]:
    del globals()[r119_name]
