r"""Red-team round 204 (black box, the build of 0dfed76): THE PATCH PATH'S KEPT MEMBERS WHEN A CHANGE ELSEWHERE CHANGES
WHAT AN UNCHANGED LINE MEANS.
Focus: extraction variants that leave a member's line unchanged but change its meaning elsewhere, alone (reuse) or with
  another member's line changed (patch), and with the licensed rewrites (renamed key, format clause, "Please ..."
  paraphrase). 17,435 probes (seeded random.Random(204), (2041), (2043), (2044), (2045)): 524 bases, 16,350 pair
  variants, 561 safe; served with the 11,635 probes probes.py holds itself (29,070 in all), twice on one fresh SQLite
  store. Pair variants give the stale (base's, or half-updated) answer first and the right one next, or the right one at
  once.
Part 1 (d204-b/p/q/r/rw/f/fw/a/sf-, 3,080): 17 templates whose base already holds the context: "All amounts are in
  thousands of euros" -> "in euros", a revenue footnote in millions, day-first -> "US-style (MM/DD/YYYY)" header, pipe
  table and CSV headers with two columns swapped and the row unchanged, two office headings swapped, a "Nights:" line
  moved to the other booking, a status legend "A = active" -> "A = archived", a footnote "*" on "Logged: 30*" changed
  to days / half-hour blocks, cents -> dollars, grams -> kilograms, minutes -> seconds, US -> European number format,
  months -> years, "the first passenger" -> "the second", credit -> overdrawn header, "Party = couples" glossary.
Part 2 (d204-c/x/y/yw/r/rx/f/fx/a/cs/ct-, 4,830): plain stored records (labels = keys) and a line added that changes an
  unchanged member: an intro sentence above the first field, a field of no member ("Dr/Cr: debit", "Counted in:
  dozens", "Date format: YYYY-DD-MM", "Belongs to: X"), a heading, a footer; 9 records (sign of a balance, temperature
  below zero, eggs in dozens, guests in couples, age/room swapped, one night less, payment reversed, record of another
  person, date order).
Part 3 (d204-e/m/mw/ml/m2/mr/mf/mp/es-, 2,542): two coupled members, the "mode" line changes and the value line does not
  ("Billing: annual" -> "monthly" under annual_fee, "Unit: kg" -> "g" under weight_kg, "Reported in: EUR" -> "EUR
  thousands", "Counted in: single eggs" -> "dozens", "Booked as: persons" -> "couples", "Time unit: minutes" ->
  "hours", "Direction: in" -> "out", "Type: credit" -> "debit", "Priced: each" -> "in total", "Date format", "Currency
  unit: dollars" -> "cents").
Part 4 (d204-g/h/hw/hr/hf/hp-, 2,160) and part 5 (d204-k/n/nw-, 4,823): the context rides on ANOTHER member's line:
  that line gets a new value (or keeps it) plus a remark after a mark ("Branch: Turku; overdrawn"), 8 + 10 marks x 3-10
  remarks per record.
HELD: parts 1-3 gave 0 wrong answers from the cache and 0 kept members, run 1 and run 2. Part 1 and part 3 bases are
  never stored (headers, footnotes, legends, tables, coupled "mode" members: "no cached candidate", "instruction_changed").
  Part 2 bases are stored and reused (safe 174/216 on reuse in run 2), but every added context line -- intro sentence,
  field of no member, heading, footer -- regenerated every member ("failing_fraction_above: 1.0"): 0 of 4,506. In parts
  4-5 the marks "(rem)", "— rem", ", rem", "  # rem", "[rem]", "; note: rem", ". Rem", "– rem" (en dash) and "(nb:
  rem)" regenerated everything (0 of 1,920 in part 5's four such forms; part 4 only ";" and " - note:" got through);
  records "person" and "date" gave nothing.
WHAT GOT THROUGH (all path=patch, the remark-bearing member regenerated, the other member KEPT-FROM-CACHE): whole run
  451 ids in run 1, 452 in run 2 (456 distinct); alone (R204_ALONE=1: the 456 ids and their 24 bases, fresh store,
  two passes) 451 in run 1 (204 clear, 247 arguable), 452 in run 2 (204 clear, 248 arguable), every id confirmed.
  By mark in part 5 (patch/480): " / " 181, ";" 76, " | " 76, " -- " 53, " - note:" 45, " - " 9.
 (A) CLEAR, a payment's reversal on the customer line, "Paid: yes" kept: "Return invoice, paid (true/false) and
     customer as JSON.\nText:\nInvoice: INV-2136\nPaid: yes\nCustomer: Fjordsoft AS - note: charged back" ->
     {"invoice":"INV-2136","paid":true,...}; also "Customer: Fjordsoft AS; chargeback", "... - note: payment failed",
     "... -- returned unpaid", "... -- cheque bounced".
 (B) CLEAR, an overdraft on the branch line, the balance kept positive: "Return account, balance and branch as
     JSON.\nText:\nAccount: Kestrel GmbH\nBalance: 6987\nBranch: Turku; overdrawn" -> "balance":6987 (right -6987);
     "Branch: Turku / in overdraft", "Branch: Turku / in the red", "Branch: Turku -- owed to the bank".
 (C) CLEAR, a counting unit on the day line, the count kept: "Extract farm, eggs and day as JSON.\nText:\nFarm:
     Ostby\nEggs: 15\nDay: Thursday; trays of 12" -> "eggs":15 (right 180); "Day: Thursday -- units of twelve",
     "... -- boxes of twelve", "...; 12 per unit".
 (D) CLEAR, "Humidity: 62; sub-zero" under "Temperature: 17" -> "temperature":17 (right -17).
 (E) ARGUABLE (r204_arguable): the same with a bare word that could qualify the line it sits on ("Branch: Turku; debt /
     minus / negative", "Humidity: 62; minus / frost / freezing", "Day: Thursday; x12", "Customer: Fjordsoft AS /
     bounced / reversed / refunded / declined / not honoured"), guests in couples on the room line ("Room: 229;
     couples", "pairs", "x2 persons", "2 persons each", "couples, not persons": a room for couples?), a swap that does
     not say which fields ("City: Graz / fields swapped / switched / transposed" -> age and room kept), and an early
     departure that does not say by how much ("City: Tromso; shortened", "- note: early departure", "-- checked out
     early": 9 nights kept, the right value unknown).
  Wrong answers served fresh (run 1): 596 d204 ids, the model's stale first answer accepted fresh and never stored
  (sign, coupled "mode" members, temperature, guests...).
Adds its probes to probe_kit.P."""
import random as r204_random

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r204_rng = r204_random.Random(204)
r204_found_alone = set(['d204-h6s7-12161', 'd204-h6s7-12296', 'd204-h6v7-12159', 'd204-h6v7-12294', 'd204-hw6s7-12162', 'd204-hw6s7-12297', 'd204-hw6v7-12160', 'd204-hw6v7-12295', 'd204-n0s0_0-12615', 'd204-n0s0_0-13017', 'd204-n0s5_1-12717', 'd204-n0s5_1-13119', 'd204-n0s5_3-12721', 'd204-n0s5_3-13123', 'd204-n0s5_7-12729', 'd204-n0s5_7-13131', 'd204-n0s6_0-12735', 'd204-n0s6_0-13137', 'd204-n0v0_0-12614', 'd204-n0v0_0-13016', 'd204-n0v5_1-12716', 'd204-n0v5_1-13118', 'd204-n0v5_3-12720', 'd204-n0v5_3-13122', 'd204-n0v5_7-12728', 'd204-n0v5_7-13130', 'd204-n0v6_0-12734', 'd204-n0v6_0-13136', 'd204-n1s0_3-13425', 'd204-n1s5_3-13324', 'd204-n1s5_3-13726', 'd204-n1s6_3-13545', 'd204-n2s0_4-13828', 'd204-n2s0_4-14230', 'd204-n2s0_6-13832', 'd204-n2s0_6-14234', 'd204-n2s1_4-14049', 'd204-n2s1_6-14053', 'd204-n2s2_4-13868', 'd204-n2s2_4-14270', 'd204-n2s2_6-13872', 'd204-n2s2_6-14274', 'd204-n2s4_4-13908', 'd204-n2s4_4-14310', 'd204-n2s4_6-13912', 'd204-n2s4_6-14314', 'd204-n2s4_8-13916', 'd204-n2s4_8-14318', 'd204-n2s4_9-14119', 'd204-n2s5_4-14129', 'd204-n2s5_6-14133', 'd204-n2s5_8-14137', 'd204-n2s5_9-13938', 'd204-n2s5_9-14340', 'd204-n2s6_4-13948', 'd204-n2s6_4-14350', 'd204-n2s6_6-13952', 'd204-n2s6_6-14354', 'd204-n2v0_4-13827', 'd204-n2v0_4-14229', 'd204-n2v0_6-13831', 'd204-n2v1_4-14048', 'd204-n2v2_4-13867', 'd204-n2v2_4-14269', 'd204-n2v4_4-13907', 'd204-n2v4_4-14309', 'd204-n2v4_8-13915', 'd204-n2v4_8-14317', 'd204-n2v4_9-14118', 'd204-n2v5_8-14136', 'd204-n2v5_9-13937', 'd204-n2v5_9-14339', 'd204-n2v6_4-13947', 'd204-n2v6_4-14349', 'd204-n2v6_6-13951', 'd204-n6s0_6-16244', 'd204-n6s0_6-16646', 'd204-n6s1_0-16453', 'd204-n6s1_4-16461', 'd204-n6s1_6-16465', 'd204-n6s4_0-16312', 'd204-n6s4_0-16714', 'd204-n6s4_4-16320', 'd204-n6s4_4-16722', 'd204-n6s4_7-16527', 'd204-n6s4_8-16328', 'd204-n6s4_8-16730', 'd204-n6s5_0-16533', 'd204-n6s5_4-16541', 'd204-n6s5_6-16545', 'd204-n6s5_7-16346', 'd204-n6s5_7-16748', 'd204-n6s5_8-16549', 'd204-n6s6_6-16364', 'd204-n6s6_6-16766', 'd204-n6v0_6-16243', 'd204-n6v0_6-16645', 'd204-n6v1_0-16452', 'd204-n6v1_4-16460', 'd204-n6v1_6-16464', 'd204-n6v4_0-16311', 'd204-n6v4_0-16713', 'd204-n6v4_4-16319', 'd204-n6v4_4-16721', 'd204-n6v4_7-16526', 'd204-n6v4_8-16327', 'd204-n6v4_8-16729', 'd204-n6v5_0-16532', 'd204-n6v5_4-16540', 'd204-n6v5_6-16544', 'd204-n6v5_7-16345', 'd204-n6v5_7-16747', 'd204-n6v5_8-16548', 'd204-n6v6_6-16363', 'd204-n6v6_6-16765', 'd204-nw0s4_3-12701', 'd204-nw0s4_3-13103', 'd204-nw0s5_0-12715', 'd204-nw0s5_0-13117', 'd204-nw0v4_3-12700', 'd204-nw0v4_3-13102', 'd204-nw0v5_0-12714', 'd204-nw0v5_0-13116', 'd204-nw1s0_3-13224', 'd204-nw1s0_3-13626', 'd204-nw1s5_3-13525', 'd204-nw1s6_3-13344', 'd204-nw1s6_3-13746', 'd204-nw2s0_4-14029', 'd204-nw2s0_6-14033', 'd204-nw2s1_4-13848', 'd204-nw2s1_4-14250', 'd204-nw2s1_6-13852', 'd204-nw2s1_6-14254', 'd204-nw2s2_4-14069', 'd204-nw2s2_6-14073', 'd204-nw2s4_4-14109', 'd204-nw2s4_6-14113', 'd204-nw2s4_8-14117', 'd204-nw2s4_9-13918', 'd204-nw2s4_9-14320', 'd204-nw2s5_4-13928', 'd204-nw2s5_4-14330', 'd204-nw2s5_6-13932', 'd204-nw2s5_6-14334', 'd204-nw2s5_8-13936', 'd204-nw2s5_8-14338', 'd204-nw2s5_9-14139', 'd204-nw2s6_4-14149', 'd204-nw2s6_6-14153', 'd204-nw2v0_4-14028', 'd204-nw2v1_4-13847', 'd204-nw2v1_4-14249', 'd204-nw2v2_4-14068', 'd204-nw2v4_4-14108', 'd204-nw2v4_8-14116', 'd204-nw2v4_9-13917', 'd204-nw2v4_9-14319', 'd204-nw2v5_4-13927', 'd204-nw2v5_6-13931', 'd204-nw2v5_8-13935', 'd204-nw2v5_8-14337', 'd204-nw2v5_9-14138', 'd204-nw2v6_4-14148', 'd204-nw6s0_6-16445', 'd204-nw6s1_0-16252', 'd204-nw6s1_0-16654', 'd204-nw6s1_4-16260', 'd204-nw6s1_4-16662', 'd204-nw6s1_6-16264', 'd204-nw6s1_6-16666', 'd204-nw6s4_0-16513', 'd204-nw6s4_4-16521', 'd204-nw6s4_7-16326', 'd204-nw6s4_7-16728', 'd204-nw6s4_8-16529', 'd204-nw6s5_0-16332', 'd204-nw6s5_0-16734', 'd204-nw6s5_4-16340', 'd204-nw6s5_4-16742', 'd204-nw6s5_6-16344', 'd204-nw6s5_6-16746', 'd204-nw6s5_7-16547', 'd204-nw6s5_8-16348', 'd204-nw6s5_8-16750', 'd204-nw6s6_6-16565', 'd204-nw6v0_6-16444', 'd204-nw6v1_0-16251', 'd204-nw6v1_0-16653', 'd204-nw6v1_4-16259', 'd204-nw6v1_4-16661', 'd204-nw6v1_6-16263', 'd204-nw6v1_6-16665', 'd204-nw6v4_0-16512', 'd204-nw6v4_4-16520', 'd204-nw6v4_7-16325', 'd204-nw6v4_7-16727', 'd204-nw6v4_8-16528', 'd204-nw6v5_0-16331', 'd204-nw6v5_0-16733', 'd204-nw6v5_4-16339', 'd204-nw6v5_4-16741', 'd204-nw6v5_6-16343', 'd204-nw6v5_6-16745', 'd204-nw6v5_7-16546', 'd204-nw6v5_8-16347', 'd204-nw6v5_8-16749', 'd204-nw6v6_6-16564'])
r204_arguable = set(['d204-h3s2-11280', 'd204-h3s2-11415', 'd204-hw3s2-11281', 'd204-hw3s2-11416', 'd204-n0s0_2-12619', 'd204-n0s0_2-13021', 'd204-n0s0_4-12623', 'd204-n0s0_4-13025', 'd204-n0s0_6-12627', 'd204-n0s0_6-13029', 'd204-n0s6_2-12739', 'd204-n0s6_2-13141', 'd204-n0s6_4-12743', 'd204-n0s6_4-13145', 'd204-n0s6_6-12747', 'd204-n0s6_6-13149', 'd204-n0v0_2-12618', 'd204-n0v0_2-13020', 'd204-n0v0_4-12622', 'd204-n0v0_4-13024', 'd204-n0v0_6-12626', 'd204-n0v0_6-13028', 'd204-n0v6_2-12738', 'd204-n0v6_2-13140', 'd204-n0v6_4-12742', 'd204-n0v6_4-13144', 'd204-n0v6_6-12746', 'd204-n0v6_6-13148', 'd204-n1s0_1-13421', 'd204-n1s0_2-13222', 'd204-n1s0_2-13624', 'd204-n1s0_7-13433', 'd204-n1s5_1-13320', 'd204-n1s5_1-13722', 'd204-n1s5_2-13523', 'd204-n1s5_7-13332', 'd204-n1s5_7-13734', 'd204-n1s6_1-13541', 'd204-n1s6_2-13342', 'd204-n1s6_2-13744', 'd204-n1s6_7-13553', 'd204-n2s0_7-14035', 'd204-n2s5_7-13934', 'd204-n2s5_7-14336', 'd204-n2s6_7-14155', 'd204-n2v0_7-14034', 'd204-n2v5_7-13933', 'd204-n2v6_7-14154', 'd204-n3s0_0-14423', 'd204-n3s0_0-14825', 'd204-n3s0_1-14626', 'd204-n3s0_2-14427', 'd204-n3s0_2-14829', 'd204-n3s0_7-14638', 'd204-n3s0_8-14439', 'd204-n3s0_8-14841', 'd204-n3s5_0-14724', 'd204-n3s5_1-14525', 'd204-n3s5_1-14927', 'd204-n3s5_2-14728', 'd204-n3s5_7-14537', 'd204-n3s5_7-14939', 'd204-n3s5_8-14740', 'd204-n3s6_0-14543', 'd204-n3s6_0-14945', 'd204-n3s6_1-14746', 'd204-n3s6_2-14547', 'd204-n3s6_2-14949', 'd204-n3s6_7-14758', 'd204-n3s6_8-14559', 'd204-n3s6_8-14961', 'd204-n4s5_3-15132', 'd204-n4s5_3-15534', 'd204-n4s5_7-15140', 'd204-n4s5_7-15542', 'd204-n4s5_8-15343', 'd204-n4v5_3-15131', 'd204-n4v5_3-15533', 'd204-n4v5_7-15139', 'd204-n4v5_7-15541', 'd204-n4v5_8-15342', 'd204-n5s0_4-15637', 'd204-n5s0_4-16039', 'd204-n5s1_7-15663', 'd204-n5s1_7-16065', 'd204-n5s1_8-15866', 'd204-n5s4_3-15916', 'd204-n5s5_3-15735', 'd204-n5s5_3-16137', 'd204-n5s5_4-15938', 'd204-n5s5_7-15743', 'd204-n5s5_7-16145', 'd204-n5s5_8-15946', 'd204-n5s6_4-15757', 'd204-n5s6_4-16159', 'd204-n5v0_4-15636', 'd204-n5v0_4-16038', 'd204-n5v1_7-15662', 'd204-n5v1_7-16064', 'd204-n5v1_8-15865', 'd204-n5v4_3-15915', 'd204-n5v5_3-15734', 'd204-n5v5_3-16136', 'd204-n5v5_4-15937', 'd204-n5v5_7-15742', 'd204-n5v5_7-16144', 'd204-n5v5_8-15945', 'd204-n5v6_4-15756', 'd204-n5v6_4-16158', 'd204-n6s0_5-16443', 'd204-n6s1_5-16262', 'd204-n6s1_5-16664', 'd204-n6s5_1-16334', 'd204-n6s5_1-16736', 'd204-n6s5_2-16537', 'd204-n6s5_3-16338', 'd204-n6s5_3-16740', 'd204-n6s5_5-16342', 'd204-n6s5_5-16744', 'd204-n6s5_9-16350', 'd204-n6s5_9-16752', 'd204-n6s6_5-16563', 'd204-n6v0_5-16442', 'd204-n6v1_5-16261', 'd204-n6v1_5-16663', 'd204-n6v5_1-16333', 'd204-n6v5_1-16735', 'd204-n6v5_2-16536', 'd204-n6v5_3-16337', 'd204-n6v5_3-16739', 'd204-n6v5_5-16341', 'd204-n6v5_5-16743', 'd204-n6v5_9-16349', 'd204-n6v5_9-16751', 'd204-n6v6_5-16562', 'd204-nw0s5_2-12719', 'd204-nw0s5_2-13121', 'd204-nw0s5_4-12723', 'd204-nw0s5_4-13125', 'd204-nw0s5_6-12727', 'd204-nw0s5_6-13129', 'd204-nw0v5_2-12718', 'd204-nw0v5_2-13120', 'd204-nw0v5_4-12722', 'd204-nw0v5_4-13124', 'd204-nw0v5_6-12726', 'd204-nw0v5_6-13128', 'd204-nw1s0_1-13220', 'd204-nw1s0_1-13622', 'd204-nw1s0_2-13423', 'd204-nw1s0_7-13232', 'd204-nw1s0_7-13634', 'd204-nw1s5_1-13521', 'd204-nw1s5_2-13322', 'd204-nw1s5_2-13724', 'd204-nw1s5_7-13533', 'd204-nw1s6_1-13340', 'd204-nw1s6_1-13742', 'd204-nw1s6_2-13543', 'd204-nw1s6_7-13352', 'd204-nw1s6_7-13754', 'd204-nw2s0_7-13834', 'd204-nw2s0_7-14236', 'd204-nw2s5_7-14135', 'd204-nw2s6_7-13954', 'd204-nw2s6_7-14356', 'd204-nw2v0_7-13833', 'd204-nw2v0_7-14235', 'd204-nw2v6_7-13953', 'd204-nw2v6_7-14355', 'd204-nw3s0_0-14624', 'd204-nw3s0_1-14425', 'd204-nw3s0_1-14827', 'd204-nw3s0_2-14628', 'd204-nw3s0_7-14437', 'd204-nw3s0_7-14839', 'd204-nw3s0_8-14640', 'd204-nw3s5_0-14523', 'd204-nw3s5_0-14925', 'd204-nw3s5_1-14726', 'd204-nw3s5_2-14527', 'd204-nw3s5_2-14929', 'd204-nw3s5_7-14738', 'd204-nw3s5_8-14539', 'd204-nw3s5_8-14941', 'd204-nw3s6_0-14744', 'd204-nw3s6_1-14545', 'd204-nw3s6_1-14947', 'd204-nw3s6_2-14748', 'd204-nw3s6_7-14557', 'd204-nw3s6_7-14959', 'd204-nw3s6_8-14760', 'd204-nw4s5_3-15333', 'd204-nw4s5_7-15341', 'd204-nw4s5_8-15142', 'd204-nw4s5_8-15544', 'd204-nw4v5_3-15332', 'd204-nw4v5_7-15340', 'd204-nw4v5_8-15141', 'd204-nw4v5_8-15543', 'd204-nw5s0_4-15838', 'd204-nw5s1_7-15864', 'd204-nw5s1_8-15665', 'd204-nw5s1_8-16067', 'd204-nw5s4_3-15715', 'd204-nw5s4_3-16117', 'd204-nw5s5_3-15936', 'd204-nw5s5_4-15737', 'd204-nw5s5_4-16139', 'd204-nw5s5_7-15944', 'd204-nw5s5_8-15745', 'd204-nw5s5_8-16147', 'd204-nw5s6_4-15958', 'd204-nw5v0_4-15837', 'd204-nw5v1_7-15863', 'd204-nw5v1_8-15664', 'd204-nw5v1_8-16066', 'd204-nw5v4_3-15714', 'd204-nw5v4_3-16116', 'd204-nw5v5_3-15935', 'd204-nw5v5_4-15736', 'd204-nw5v5_4-16138', 'd204-nw5v5_7-15943', 'd204-nw5v5_8-15744', 'd204-nw5v5_8-16146', 'd204-nw5v6_4-15957', 'd204-nw6s0_5-16242', 'd204-nw6s0_5-16644', 'd204-nw6s1_5-16463', 'd204-nw6s5_1-16535', 'd204-nw6s5_2-16336', 'd204-nw6s5_2-16738', 'd204-nw6s5_3-16539', 'd204-nw6s5_5-16543', 'd204-nw6s5_9-16551', 'd204-nw6s6_5-16362', 'd204-nw6s6_5-16764', 'd204-nw6v0_5-16241', 'd204-nw6v0_5-16643', 'd204-nw6v1_5-16462', 'd204-nw6v5_1-16534', 'd204-nw6v5_2-16335', 'd204-nw6v5_2-16737', 'd204-nw6v5_3-16538', 'd204-nw6v5_5-16542', 'd204-nw6v5_9-16550', 'd204-nw6v6_5-16361', 'd204-nw6v6_5-16763'])
r204_prompts = {}
r204_n = [0]
r204_counts = {"base": 0, "pair": 0, "single": 0, "safe": 0}
r204_bases = {}  # variant id -> base id

FIRST = ["Mira", "Tomas", "Ana", "Jonas", "Leila", "Pedro", "Ingrid", "Omar", "Sofie", "Karl", "Nadia", "Erik",
         "Hana", "Luis", "Freya", "Amir", "Greta", "Ravi", "Elin", "Marco"]
LAST = ["Holt", "Ek", "Ruiz", "Berg", "Haddad", "Costa", "Lund", "Nasser", "Dahl", "Weber", "Petrov", "Strand",
        "Sato", "Moreno", "Aas", "Khan", "Vogel", "Patel", "Nyberg", "Rossi"]
CITY = ["Oslo", "Bergen", "Ghent", "Lyon", "Porto", "Malmo", "Tromso", "Leeds", "Graz", "Turku", "Aarhus", "Bilbao"]
CO = ["Nordvik AS", "Brightline Ltd", "Kestrel GmbH", "Alder & Co", "Fjordsoft AS", "Pinewood Inc", "Solberg AB",
      "Marlow Foods", "Tidewater plc", "Halden Tech"]


def r204_add(tag, fam, prompt, schema, expect, answers, kind, safe=False, base=None):
    key = (prompt, tuple(schema["properties"]))
    if key in r204_prompts:
        return r204_prompts[key]
    r204_n[0] += 1
    pid = "d204-%s-%d" % (tag, r204_n[0])
    J(pid, fam, prompt, schema, expect, answers, safe=safe)
    r204_prompts[key] = pid
    r204_counts[kind] += 1
    if base:
        r204_bases[pid] = base
    return pid


def nm(rng):
    return rng.choice(FIRST) + " " + rng.choice(LAST)


# ------------------------------------------------------------------ templates
# Each returns dict: schema, instr, base (text), base_ans, variants: list of (tag, text, ans, first_wrong_answers)
# the context line changes what an unchanged member line means.

def t_thousands(rng):
    co = rng.choice(CO)
    rev = rng.randint(120, 980)
    emp = rng.randint(20, 400)
    c1, c2 = rng.sample(CITY, 2)
    sch = S({"company": "string", "revenue_eur": "number", "employees": "integer", "city": "string"},
            {"revenue_eur": "annual revenue in euros"})
    instr = "Extract the company facts from the fact sheet as JSON."
    def text(hdr, city):
        return "%s\n\nFact sheet\n%sCompany: %s\nRevenue: %d\nEmployees: %d\nHead office: %s\n" % (
            instr, hdr, co, rev, emp, city)
    b = {"company": co, "revenue_eur": rev * 1000, "employees": emp, "city": c1}
    hdr_b = rng.choice(["All amounts are in thousands of euros (EUR '000).\n", "Figures in EUR thousands.\n",
                        "(Money amounts below in kEUR)\n"])
    hdr_v = rng.choice(["All amounts are in euros.\n", "Figures in EUR.\n", "(Money amounts below in EUR, not thousands)\n"])
    va = dict(b, revenue_eur=rev)
    vb = dict(b, revenue_eur=rev, city=c2)
    return sch, text(hdr_b, c1), b, [
        ("ctx", text(hdr_v, c1), va, [b]),
        ("ctx2", text(hdr_v, c2), vb, [dict(b, city=c2)]),
    ], "revenue_eur"


def t_thousands_rev(rng):
    co = rng.choice(CO)
    rev = rng.randint(120, 980)
    emp = rng.randint(20, 400)
    c1, c2 = rng.sample(CITY, 2)
    sch = S({"company": "string", "revenue_eur": "number", "employees": "integer", "city": "string"},
            {"revenue_eur": "annual revenue in euros"})
    instr = "Extract the company facts from the fact sheet as JSON."
    def text(hdr, city, foot=""):
        return "%s\n\nFact sheet\n%sCompany: %s\nRevenue: %d\nEmployees: %d\nHead office: %s\n%s" % (
            instr, hdr, co, rev, emp, city, foot)
    b = {"company": co, "revenue_eur": rev, "employees": emp, "city": c1}
    foot = rng.choice(["\nNote: the revenue figure above is in millions of euros.\n",
                       "\nAll money figures on this sheet are in EUR millions.\n",
                       "\n(Revenue stated in thousands of euros.)\n"])
    mult = 1000000 if "million" in foot else 1000
    va = dict(b, revenue_eur=rev * mult)
    vb = dict(b, revenue_eur=rev * mult, city=c2)
    return sch, text("", c1), b, [
        ("ctx", text("", c1, foot), va, [b]),
        ("ctx2", text("", c2, foot), vb, [dict(b, city=c2)]),
    ], "revenue_eur"


def t_usdate(rng):
    d, m = rng.randint(1, 12), rng.randint(1, 12)
    while d == m:
        m = rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    who = nm(rng)
    who2 = nm(rng)
    while who2 == who:
        who2 = nm(rng)
    sch = S({"customer": "string", "delivery_date": "string", "parcels": "integer"},
            {"delivery_date": "delivery date as YYYY-MM-DD"})
    instr = "Read the delivery log and return the customer, delivery date (YYYY-MM-DD) and number of parcels."
    n = rng.randint(2, 9)
    def text(hdr, name):
        return "%s\n\n%sCustomer: %s\nDelivered: %02d/%02d/%d\nParcels: %d\n" % (instr, hdr, name, d, m, y, n)
    hb = rng.choice(["All dates in this log are day-first (DD/MM/YYYY).\n", "Date format: DD/MM/YYYY\n",
                     "Dates are written European-style, day first.\n"])
    hv = rng.choice(["All dates in this log are US-style (MM/DD/YYYY).\n", "Date format: MM/DD/YYYY\n",
                     "Dates are written US-style, month first.\n"])
    b = {"customer": who, "delivery_date": "%d-%02d-%02d" % (y, m, d), "parcels": n}
    v = dict(b, delivery_date="%d-%02d-%02d" % (y, d, m))
    return sch, text(hb, who), b, [
        ("ctx", text(hv, who), v, [b]),
        ("ctx2", text(hv, who2), dict(v, customer=who2), [dict(b, customer=who2)]),
    ], "delivery_date"


def t_columns(rng):
    who = nm(rng)
    fl, rm = rng.randint(2, 9), rng.randint(10, 60)
    n1, n2 = rng.sample(range(1, 9), 2)
    sch = S({"guest": "string", "floor": "integer", "room": "integer", "nights": "integer"})
    instr = "Give the guest, floor, room and nights from the table as JSON."
    def text(h, nights):
        return "%s\n\n%s\n|---|---|---|---|\n| %s | %d | %d | %d |\n" % (instr, h, who, fl, rm, nights)
    hb = "| Guest | Floor | Room | Nights |"
    hv = "| Guest | Room | Floor | Nights |"
    b = {"guest": who, "floor": fl, "room": rm, "nights": n1}
    v = {"guest": who, "floor": rm, "room": fl, "nights": n1}
    return sch, text(hb, n1), b, [
        ("ctx", text(hv, n1), v, [b]),
        ("ctx2", text(hv, n2), dict(v, nights=n2), [dict(b, nights=n2)]),
    ], "floor"


def t_columns_csv(rng):
    who = nm(rng)
    a, c = rng.randint(18, 40), rng.randint(41, 80)
    sch = S({"name": "string", "age": "integer", "weight_kg": "integer", "ward": "string"})
    instr = "Extract the patient row as JSON (name, age, weight_kg, ward)."
    w1, w2 = rng.sample(["A", "B", "C", "D", "East", "North"], 2)
    def text(h, ward):
        return "%s\n\n%s\n%s,%d,%d,%s\n" % (instr, h, who, a, c, ward)
    hb = "name,age,weight_kg,ward"
    hv = "name,weight_kg,age,ward"
    b = {"name": who, "age": a, "weight_kg": c, "ward": w1}
    v = {"name": who, "age": c, "weight_kg": a, "ward": w1}
    return sch, text(hb, w1), b, [
        ("ctx", text(hv, w1), v, [b]),
        ("ctx2", text(hv, w2), dict(v, ward=w2), [dict(b, ward=w2)]),
    ], "age"


def t_headings(rng):
    c1, c2 = rng.sample(CITY, 2)
    p1, p2 = rng.sample(range(5, 90), 2)
    m1, m2 = nm(rng), nm(rng)
    while m2 == m1:
        m2 = nm(rng)
    sch = S({"manager": "string", "staff": "integer"})
    instr = "From the memo, return the %s office's manager and staff count as JSON." % c1
    def text(h1, h2, s1=p1):
        return "%s\n\n%s\nManager: %s\nStaff: %d\n\n%s\nManager: %s\nStaff: %d\n" % (instr, h1, m1, s1, h2, m2, p2)
    b = {"manager": m1, "staff": p1}
    v = {"manager": m2, "staff": p2}
    return sch, text("%s office" % c1, "%s office" % c2), b, [
        ("ctx", text("%s office" % c2, "%s office" % c1), v, [b]),
        ("ctx2", text("## %s office" % c2, "## %s office" % c1), v, [b]),
    ], "manager"


def t_moved(rng):
    # a line moved under the other record's heading
    g1, g2 = nm(rng), nm(rng)
    while g2 == g1:
        g2 = nm(rng)
    r1, r2 = rng.sample(range(100, 420), 2)
    n1 = rng.randint(1, 6)
    sch = S({"guest": "string", "room": "integer", "nights": "integer"})
    instr = "Return the booking of %s as JSON (guest, room, nights)." % g1
    base = "%s\n\nBooking 1\nGuest: %s\nRoom: %d\nNights: %d\n\nBooking 2\nGuest: %s\nRoom: %d\n" % (
        instr, g1, r1, n1, g2, r2)
    var = "%s\n\nBooking 1\nGuest: %s\nRoom: %d\n\nBooking 2\nGuest: %s\nRoom: %d\nNights: %d\n" % (
        instr, g1, r1, g2, r2, n1)
    b = {"guest": g1, "room": r1, "nights": n1}
    # variant: nights now belongs to booking 2; booking 1 states no nights -> keep honest: schema needs it; use 2nd record
    instr2 = "Return the booking of %s as JSON (guest, room, nights)." % g2
    base2 = "%s\n\nBooking 1\nGuest: %s\nRoom: %d\n\nBooking 2\nGuest: %s\nRoom: %d\nNights: %d\nNights: %d\n" % (
        instr2, g1, r1, g2, r2, n1, n1)
    n2 = n1 + rng.randint(1, 3)
    b2txt = "%s\n\nBooking 1\nGuest: %s\nRoom: %d\nNights: %d\n\nBooking 2\nGuest: %s\nRoom: %d\nNights: %d\n" % (
        instr2, g1, r1, n1, g2, r2, n2)
    v2txt = "%s\n\nBooking 1\nGuest: %s\nRoom: %d\nNights: %d\n\nBooking 2\nGuest: %s\nRoom: %d\nNights: %d\n" % (
        instr2, g1, r1, n2, g2, r2, n1)
    bb = {"guest": g2, "room": r2, "nights": n2}
    vv = {"guest": g2, "room": r2, "nights": n1}
    return sch, b2txt, bb, [("ctx", v2txt, vv, [bb])], "nights"


def t_legend(rng):
    who = nm(rng)
    codes = [("A", "active", "archived"), ("S", "suspended", "sold"), ("P", "pending", "paid"),
             ("C", "closed", "cancelled"), ("R", "refunded", "returned")]
    code, m1, m2 = rng.choice(codes)
    acct = rng.randint(10000, 99999)
    sch = S({"holder": "string", "account": "integer", "status": "string"},
            {"status": "the account status, spelled out in words"})
    instr = "Return holder, account number and status (as a word) for the account below."
    c1, c2 = rng.sample(CITY, 2)
    def text(meaning, city):
        return "%s\n\nHolder: %s\nAccount: %d\nBranch: %s\nStatus: %s\n\nLegend: %s = %s\n" % (
            instr, who, acct, city, code, code, meaning)
    sch2 = S({"holder": "string", "account": "integer", "status": "string", "branch": "string"},
             {"status": "the account status, spelled out in words"})
    b = {"holder": who, "account": acct, "status": m1, "branch": c1}
    v = {"holder": who, "account": acct, "status": m2, "branch": c1}
    return sch2, text(m1, c1), b, [
        ("ctx", text(m2, c1), v, [b]),
        ("ctx2", text(m2, c2), dict(v, branch=c2), [dict(b, branch=c2)]),
    ], "status"


def t_footnote(rng):
    who = nm(rng)
    h = rng.randint(20, 60)
    rate = rng.randint(18, 45)
    sch = S({"worker": "string", "hours": "number", "rate_eur": "number"},
            {"hours": "hours worked this week", "rate_eur": "hourly rate in euros"})
    instr = "Extract worker, hours worked and hourly rate (EUR) from the timesheet."
    f1 = "* hours this week"
    f2 = rng.choice(["* days, not hours: one day is 8 hours", "* in half-hour blocks (1 block = 0.5 h)",
                     "* in quarter-hours (each unit is 15 minutes)"])
    if "days" in f2:
        hv = h * 8
    elif "half" in f2:
        hv = h / 2
    else:
        hv = h / 4
    def text(foot, r):
        return "%s\n\nWorker: %s\nLogged: %d*\nRate: %d EUR/h\n\n%s\n" % (instr, who, h, r, foot)
    b = {"worker": who, "hours": h, "rate_eur": rate}
    v = dict(b, hours=hv)
    r2 = rate + rng.randint(1, 5)
    return sch, text(f1, rate), b, [
        ("ctx", text(f2, rate), v, [b]),
        ("ctx2", text(f2, r2), dict(v, rate_eur=r2), [dict(b, rate_eur=r2)]),
    ], "hours"


def t_cents(rng):
    item = rng.choice(["desk lamp", "kettle", "backpack", "toaster", "rain jacket", "bike lock"])
    p = rng.randint(1200, 9900)
    q = rng.randint(1, 5)
    sch = S({"item": "string", "price_usd": "number", "quantity": "integer"},
            {"price_usd": "unit price in US dollars"})
    instr = "Extract item, unit price in dollars and quantity from the order line."
    def text(hdr, qq):
        return "%s\n\n%sItem: %s\nUnit price: %d\nQty: %d\n" % (instr, hdr, item, p, qq)
    hb = rng.choice(["Prices are in cents.\n", "(all prices in US cents)\n", "Currency unit: cents (USD)\n"])
    hv = rng.choice(["Prices are in dollars.\n", "(all prices in whole US dollars)\n", "Currency unit: USD\n"])
    b = {"item": item, "price_usd": p / 100, "quantity": q}
    v = dict(b, price_usd=p)
    q2 = q + 1
    return sch, text(hb, q), b, [
        ("ctx", text(hv, q), v, [b]),
        ("ctx2", text(hv, q2), dict(v, quantity=q2), [dict(b, quantity=q2)]),
    ], "price_usd"


def t_grams(rng):
    item = rng.choice(["flour", "coffee beans", "rice", "sugar", "oats", "lentils"])
    w = rng.randint(2, 40) * 250
    sch = S({"product": "string", "weight_kg": "number", "lot": "string"},
            {"weight_kg": "net weight in kilograms"})
    instr = "Read the label and give product, net weight in kg and lot code as JSON."
    l1, l2 = "L%d" % rng.randint(1000, 9999), "L%d" % rng.randint(1000, 9999)
    def text(hdr, lot):
        return "%s\n\n%sProduct: %s\nNet: %d\nLot: %s\n" % (instr, hdr, item, w, lot)
    hb = rng.choice(["Weights in grams.\n", "All weights are given in g.\n"])
    hv = rng.choice(["Weights in kilograms.\n", "All weights are given in kg.\n"])
    b = {"product": item, "weight_kg": w / 1000, "lot": l1}
    v = dict(b, weight_kg=w)
    return sch, text(hb, l1), b, [
        ("ctx", text(hv, l1), v, [b]),
        ("ctx2", text(hv, l2), dict(v, lot=l2), [dict(b, lot=l2)]),
    ], "weight_kg"


def t_minutes(rng):
    who = nm(rng)
    d = rng.choice([30, 45, 60, 90, 120, 150, 180])
    sch = S({"speaker": "string", "duration_minutes": "number", "room": "string"},
            {"duration_minutes": "length of the talk in minutes"})
    instr = "From the programme entry, return speaker, duration in minutes and room."
    r1, r2 = rng.sample(["Hall A", "Hall B", "Room 3", "Aula", "Studio 2"], 2)
    def text(hdr, room):
        return "%s\n\n%sSpeaker: %s\nLength: %d\nRoom: %s\n" % (instr, hdr, who, d, room)
    hb = rng.choice(["Lengths are in minutes.\n", "(durations given in min)\n"])
    hv = rng.choice(["Lengths are in seconds.\n", "(durations given in s)\n"])
    b = {"speaker": who, "duration_minutes": d, "room": r1}
    v = dict(b, duration_minutes=d / 60)
    return sch, text(hb, r1), b, [
        ("ctx", text(hv, r1), v, [b]),
        ("ctx2", text(hv, r2), dict(v, room=r2), [dict(b, room=r2)]),
    ], "duration_minutes"


def t_decimal(rng):
    who = rng.choice(CO)
    a, c = rng.randint(1, 9), rng.randint(100, 999)
    sch = S({"supplier": "string", "amount": "number", "invoice": "string"},
            {"amount": "invoice amount as a number"})
    instr = "Extract supplier, amount and invoice number from the invoice summary."
    i1, i2 = "INV-%d" % rng.randint(1000, 9999), "INV-%d" % rng.randint(1000, 9999)
    def text(hdr, inv):
        return "%s\n\n%sSupplier: %s\nAmount: %d.%d\nInvoice: %s\n" % (instr, hdr, who, a, c, inv)
    hb = rng.choice(["Numbers use the point as decimal separator.\n", "Number format: 1,234.56 (US)\n"])
    hv = rng.choice(["Numbers use the European format: the point separates thousands.\n",
                     "Number format: 1.234,56 (European)\n"])
    b = {"supplier": who, "amount": float("%d.%d" % (a, c)), "invoice": i1}
    v = dict(b, amount=a * 1000 + c)
    return sch, text(hb, i1), b, [
        ("ctx", text(hv, i1), v, [b]),
        ("ctx2", text(hv, i2), dict(v, invoice=i2), [dict(b, invoice=i2)]),
    ], "amount"


def t_percent(rng):
    who = rng.choice(["Savings Plus", "Home Loan Flex", "Green Bond", "Kids Account", "Fixed 12"])
    r = rng.choice([2, 3, 4, 5, 6, 8])
    sch = S({"product": "string", "rate_percent": "number", "term_months": "integer"},
            {"rate_percent": "interest rate in percent", "term_months": "term in months"})
    instr = "Return product, interest rate in percent and term in months from the offer."
    def text(hdr, t):
        return "%s\n\n%sProduct: %s\nRate: %d\nTerm: %d\n" % (instr, hdr, who, r, t)
    t1 = rng.choice([12, 24, 36])
    hb = rng.choice(["Rates in percent; terms in months.\n", "(rate: % p.a., term: months)\n"])
    hv = rng.choice(["Rates in percent; terms in years.\n", "(rate: % p.a., term: years)\n"])
    b = {"product": who, "rate_percent": r, "term_months": t1}
    v = dict(b, term_months=t1 * 12)
    return sch, text(hb, t1), b, [
        ("ctx", text(hv, t1), v, [b]),
    ], "term_months"


def t_instr_record(rng):
    g1, g2 = nm(rng), nm(rng)
    while g2 == g1:
        g2 = nm(rng)
    a1, a2 = rng.sample(range(20, 70), 2)
    s1, s2 = rng.sample(range(1, 40), 2)
    sch = S({"name": "string", "age": "integer", "seat": "integer"})
    def text(which):
        return ("Give the %s passenger's name, age and seat as JSON.\n\nPassengers:\n1. %s, age %d, seat %d\n"
                "2. %s, age %d, seat %d\n") % (which, g1, a1, s1, g2, a2, s2)
    b = {"name": g1, "age": a1, "seat": s1}
    v = {"name": g2, "age": a2, "seat": s2}
    return sch, text("first"), b, [("ctx", text("second"), v, [b])], "name"


def t_sign(rng):
    acct = rng.choice(CO)
    bal = rng.randint(100, 9000)
    sch = S({"account": "string", "balance": "number", "currency": "string"},
            {"balance": "balance, negative when overdrawn"})
    instr = "Extract account, balance and currency from the statement line."
    def text(hdr, cur):
        return "%s\n\n%sAccount: %s\nBalance: %d\nCurrency: %s\n" % (instr, hdr, acct, bal, cur)
    hb = rng.choice(["All balances below are in credit.\n", "Balances shown are positive (credit).\n"])
    hv = rng.choice(["All balances below are overdrawn (debit).\n", "Balances shown are debit balances (owed to the bank).\n"])
    b = {"account": acct, "balance": bal, "currency": "NOK"}
    v = dict(b, balance=-bal)
    return sch, text(hb, "NOK"), b, [
        ("ctx", text(hv, "NOK"), v, [b]),
        ("ctx2", text(hv, "SEK"), dict(v, currency="SEK"), [dict(b, currency="SEK")]),
    ], "balance"


def t_glossary_label(rng):
    who = nm(rng)
    n = rng.randint(2, 6)
    sch = S({"lead_guest": "string", "people": "integer", "nights": "integer"},
            {"people": "number of people"})
    instr = "From the booking, give lead guest, number of people and nights as JSON."
    nt = rng.randint(1, 9)
    def text(gl, nights):
        return "%s\n\nLead guest: %s\nParty: %d\nNights: %d\n\nGlossary: %s\n" % (instr, who, n, nights, gl)
    gb = "Party = number of people"
    gv = rng.choice(["Party = number of couples", "Party = number of rooms, two people per room"])
    b = {"lead_guest": who, "people": n, "nights": nt}
    v = dict(b, people=2 * n)
    return sch, text(gb, nt), b, [
        ("ctx", text(gv, nt), v, [b]),
        ("ctx2", text(gv, nt + 1), dict(v, nights=nt + 1), [dict(b, nights=nt + 1)]),
    ], "people"


TEMPLATES = [t_thousands, t_thousands_rev, t_usdate, t_columns, t_columns_csv, t_headings, t_moved, t_legend,
             t_footnote, t_cents, t_grams, t_minutes, t_decimal, t_percent, t_instr_record, t_sign, t_glossary_label]

# ------------------------------------------------------------------ part 2: plain stored records, context added
# A record whose labels are the keys (stored), then the same record with a line added that changes what an
# unchanged member line means: an intro sentence above the first field, a field of no member, a heading, a
# footer; alone (reuse) or with another member's line changed (patch), a renamed key, a format clause.
def rec_balance(rng):
    who = rng.choice(CO)
    v = rng.randint(120, 9800)
    c1, c2 = rng.sample(CITY, 2)
    f = [("Account", who, "account", who), ("Balance", str(v), "balance", v), ("Branch", c1, "branch", c1)]
    ctx = [
        ("intro", "Every account in the list below is overdrawn by the amount shown:"),
        ("intro", "The balances below are all debts the customer owes the bank."),
        ("field", "Type: overdraft"),
        ("field", "Dr/Cr: debit"),
        ("field", "Sign: minus"),
        ("head", "Overdrawn accounts"),
        ("foot", "All balances above are negative."),
    ]
    return "Return account, balance and branch as JSON.", f, "balance", -v, ctx, ("branch", c2)


def rec_temp(rng):
    st = rng.choice(["Tromso", "Kiruna", "Longyearbyen", "Oulu", "Alta"])
    t = rng.randint(2, 25)
    h1, h2 = rng.sample(range(40, 95), 2)
    f = [("Station", st, "station", st), ("Temperature", str(t), "temperature", t), ("Humidity", str(h1), "humidity", h1)]
    ctx = [
        ("intro", "All temperatures in this winter log are below zero:"),
        ("intro", "Readings below were taken at night, every one of them under freezing point."),
        ("field", "Sign: below zero"),
        ("field", "Frost: yes, minus degrees"),
        ("head", "Minus degrees"),
        ("foot", "Temperatures are degrees of frost."),
    ]
    return "Give station, temperature and humidity as JSON.", f, "temperature", -t, ctx, ("humidity", h2)


def rec_eggs(rng):
    farm = rng.choice(["Lia gard", "Hill Farm", "Ostby", "Green Acre", "Moen"])
    n = rng.randint(3, 30)
    d1, d2 = rng.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], 2)
    f = [("Farm", farm, "farm", farm), ("Eggs", str(n), "eggs", n), ("Day", d1, "day", d1)]
    ctx = [
        ("intro", "The egg counts below are given in dozens, as the packing station reports them:"),
        ("intro", "Please note that each egg figure below counts full trays of twelve."),
        ("field", "Counted in: dozens"),
        ("field", "Tally: by the dozen"),
        ("head", "Dozens delivered"),
        ("foot", "Egg figures are dozens, not single eggs."),
    ]
    return "Extract farm, eggs and day as JSON.", f, "eggs", 12 * n, ctx, ("day", d2)


def rec_guests(rng):
    who = nm(rng)
    n = rng.randint(2, 6)
    r1, r2 = rng.sample(range(101, 420), 2)
    f = [("Name", who, "name", who), ("Guests", str(n), "guests", n), ("Room", str(r1), "room", r1)]
    ctx = [
        ("intro", "This hotel records its bookings in couples, so every guest figure below is pairs:"),
        ("intro", "Please double the guest figure below, since the form counts couples."),
        ("field", "Guest count basis: couples"),
        ("field", "Counted as: pairs"),
        ("head", "Couples bookings"),
        ("foot", "The guest figure counts couples."),
    ]
    return "Return name, guests and room as JSON.", f, "guests", 2 * n, ctx, ("room", r2)


def rec_swap(rng):
    who = nm(rng)
    a = rng.randint(20, 70)
    r = rng.randint(100, 400)
    c1, c2 = rng.sample(CITY, 2)
    f = [("Name", who, "name", who), ("Age", str(a), "age", a), ("Room", str(r), "room", r), ("City", c1, "city", c1)]
    ctx = [
        ("intro", "The clerk typed the age into the room box and the room into the age box:"),
        ("intro", "Warning, the age and room values below were entered into each other's fields."),
        ("field", "Data check: age and room swapped"),
        ("head", "Age and room swapped"),
        ("foot", "Age and room above are in the wrong boxes; swap them."),
    ]
    return "Extract name, age, room and city as JSON.", f, ("age", "room"), (r, a), ctx, ("city", c2)


def rec_nights(rng):
    who = nm(rng)
    n = rng.randint(3, 9)
    c1, c2 = rng.sample(CITY, 2)
    f = [("Guest", who, "guest", who), ("Nights", str(n), "nights", n), ("City", c1, "city", c1)]
    ctx = [
        ("intro", "This booking was shortened by one night after the printout below was made:"),
        ("intro", "The guest left a day early, one night before the stay printed below ended."),
        ("field", "Change: one night less"),
        ("field", "Early departure: one night"),
        ("head", "Shortened by one night"),
        ("foot", "The guest checked out a night early."),
    ]
    return "Give guest, nights and city as JSON.", f, "nights", n - 1, ctx, ("city", c2)


def rec_paid(rng):
    inv = "INV-%d" % rng.randint(1000, 9999)
    amt = rng.randint(100, 900)
    c1, c2 = rng.sample(CO, 2)
    f = [("Invoice", inv, "invoice", inv), ("Paid", "yes", "paid", True), ("Customer", c1, "customer", c1)]
    ctx = [
        ("intro", "The payment recorded below bounced and was reversed by the bank:"),
        ("intro", "Please note that the payment shown below was charged back last week."),
        ("field", "Payment reversed: yes"),
        ("field", "Chargeback: received"),
        ("head", "Reversed payments"),
        ("foot", "This payment bounced."),
    ]
    return "Return invoice, paid (true/false) and customer as JSON.", f, "paid", False, ctx, ("customer", c2)


def rec_person(rng):
    who, other = nm(rng), nm(rng)
    while other == who:
        other = nm(rng)
    a = rng.randint(20, 70)
    c1, c2 = rng.sample(CITY, 2)
    f = [("Name", who, "name", who), ("Age", str(a), "age", a), ("City", c1, "city", c1)]
    ctx = [
        ("intro", "The record below was filed under the wrong person; it belongs to %s:" % other),
        ("intro", "These details are %s's, entered on %s's card by mistake." % (other, who)),
        ("field", "Belongs to: %s" % other),
        ("field", "Actual person: %s" % other),
        ("head", "Record of %s" % other),
        ("foot", "Wrong card: the person is %s." % other),
    ]
    return "Extract name, age and city as JSON.", f, "name", other, ctx, ("city", c2)


def rec_date(rng):
    ev = rng.choice(["Board meeting", "Audit", "Launch", "Inspection", "Town hall"])
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 12)
    while m == d:
        d = rng.randint(1, 12)
    r1, r2 = rng.sample(["Room 1", "Room 2", "Aula", "Hall B", "Loft"], 2)
    f = [("Event", ev, "event", ev), ("Date", "%d-%02d-%02d" % (y, m, d), "date", "%d-%02d-%02d" % (y, m, d)),
         ("Venue", r1, "venue", r1)]
    ctx = [
        ("intro", "The export below put the day where the month goes and the month where the day goes:"),
        ("intro", "Please note the calendar tool wrote these dates as year, day, month."),
        ("field", "Date format: YYYY-DD-MM"),
        ("field", "Date order: year-day-month"),
        ("head", "Dates as YYYY-DD-MM"),
        ("foot", "Dates above are year-day-month."),
    ]
    return "Give event, date (YYYY-MM-DD) and venue as JSON.", f, "date", "%d-%02d-%02d" % (y, d, m), ctx, ("venue", r2)


RECORDS = [rec_balance, rec_temp, rec_eggs, rec_guests, rec_swap, rec_nights, rec_paid, rec_person, rec_date]
R204_P2_RENAME = {"balance": "saldo", "temperature": "temp", "eggs": "egg_count", "guests": "party", "age": "years",
                  "nights": "stay", "paid": "settled", "name": "person", "date": "day_of_event"}


def r204_render(instr, fields, ctx=None, other=None):
    lines = []
    kind, txt = ctx if ctx else (None, None)
    if kind == "intro":
        lines.append(txt)
    if kind == "head":
        lines.append(txt)
    for lab, val, key, _ in fields:
        if other and key == other[0]:
            val = str(other[1])
        lines.append("%s: %s" % (lab, val))
    if kind == "field":
        lines.append(txt)
    if kind == "foot":
        lines.append("")
        lines.append(txt)
    return instr + "\nText:\n" + "\n".join(lines) + "\n"


def r204_gen2():
    rng = r204_random.Random(2041)
    for ri, rec in enumerate(RECORDS):
        for i in range(12):
            instr, fields, ck, cv, ctxs, other = rec(rng)
            sch = S({k: ("boolean" if isinstance(j, bool) else "integer" if isinstance(j, int) else "string")
                     for _, _, k, j in fields})
            bans = {k: j for _, _, k, j in fields}
            fam = "r204_p2_" + rec.__name__[4:]
            btext = r204_render(instr, fields)
            bid = r204_add("c%d" % ri, fam, btext, sch, bans, [bans], "base")
            r204_add("cs%d" % ri, fam, btext.replace("\nText:\n", "\n\nText:\n"), sch, bans, [bans], "safe",
                     safe=True, base=bid)
            r204_add("ct%d" % ri, fam, r204_render(instr + " Thanks!", fields), sch, bans, [bans], "safe",
                     safe=True, base=bid)
            vans = dict(bans)
            if isinstance(ck, tuple):
                for k, v in zip(ck, cv):
                    vans[k] = v
            else:
                vans[ck] = cv
            ok_, ov = other
            for ci, ctx in enumerate(ctxs):
                tag = "%d%s%d" % (ri, ctx[0][0], ci)
                v1 = r204_render(instr, fields, ctx)
                r204_add("x" + tag, fam, v1, sch, vans, [bans, vans], "pair", base=bid)
                v2 = r204_render(instr, fields, ctx, other)
                a2 = dict(vans, **{ok_: ov})
                r204_add("y" + tag, fam, v2, sch, a2, [a2], "pair", base=bid)
                r204_add("yw" + tag, fam, v2.replace("\nText:\n", "\n Text:\n"), sch, a2,
                         [dict(bans, **{ok_: ov}), a2], "pair", base=bid)
                if i % 2 == 0:
                    k1 = ck[0] if isinstance(ck, tuple) else ck
                    s2, ra = r204_rename(sch, a2, k1, R204_P2_RENAME[k1])
                    r204_add("r" + tag, fam, v2, s2, ra, [ra], "pair", base=bid)
                    s3, ra3 = r204_rename(sch, vans, k1, R204_P2_RENAME[k1])
                    r204_add("rx" + tag, fam, v1, s3, ra3, [ra3], "pair", base=bid)
                fc = FORMAT_CLAUSES[i % 3]
                r204_add("f" + tag, fam, r204_render(instr + fc.rstrip(), fields, ctx, other), sch, a2, [a2], "pair",
                         base=bid)
                r204_add("fx" + tag, fam, r204_render(instr + fc.rstrip(), fields, ctx), sch, vans, [vans], "pair",
                         base=bid)
                r204_add("a" + tag, fam, r204_render("Please " + instr[0].lower() + instr[1:], fields, ctx, other),
                         sch, a2, [a2], "pair", base=bid)




# the licensed rewrites combined with the change
FORMAT_CLAUSES = ["\nReturn only the JSON object, nothing else.", "\nPlease answer with minified JSON.",
                  "\nNo explanations, just JSON."]


def r204_rename(schema, ans, key, new):
    props = {}
    for k, v in schema["properties"].items():
        props[new if k == key else k] = v
    s = dict(schema, properties=props, required=[new if k == key else k for k in schema["required"]])
    return s, {(new if k == key else k): v for k, v in ans.items()}


RENAMES = {"revenue_eur": "turnover_eur", "delivery_date": "delivered_on", "floor": "floor_no", "age": "age_years",
           "manager": "head", "nights": "stay_nights", "status": "state", "hours": "hours_worked",
           "price_usd": "unit_price_usd", "weight_kg": "net_kg", "duration_minutes": "length_min", "amount": "total",
           "term_months": "months", "name": "passenger", "balance": "saldo", "people": "guests"}


def r204_gen():
    rng = r204_rng
    for ti, t in enumerate(TEMPLATES):
        for i in range(14):
            sch, btext, bans, variants, ctxkey = t(rng)
            fam = "r204_" + t.__name__[2:]
            bid = r204_add("b%d" % ti, fam, btext, sch, bans, [bans], "base")
            # safe: a polite tail
            r204_add("sf%d" % ti, fam, btext + "Thanks!\n", sch, bans, [bans], "safe", safe=True, base=bid)
            for tag, vtext, vans, wrong in variants:
                # model first gives the stale answer, then the right one
                r204_add("p%d%s" % (ti, tag), fam, vtext, sch, vans, wrong + [vans], "pair", base=bid)
                # right at once (the patch path keeps the others)
                r204_add("q%d%s" % (ti, tag), fam, vtext + "\n", sch, vans, [vans], "pair", base=bid)
                # licensed rewrites combined
                if ctxkey in RENAMES and i % 2 == 0:
                    s2, a2 = r204_rename(sch, vans, ctxkey, RENAMES[ctxkey])
                    _, w2 = r204_rename(sch, wrong[0], ctxkey, RENAMES[ctxkey])
                    r204_add("r%d%s" % (ti, tag), fam, vtext, s2, a2, [a2], "pair", base=bid)
                    r204_add("rw%d%s" % (ti, tag), fam, vtext.rstrip("\n") + " ", s2, a2, [w2, a2], "pair", base=bid)
                fc = FORMAT_CLAUSES[i % 3]
                first, rest = vtext.split("\n", 1)
                r204_add("f%d%s" % (ti, tag), fam, first + fc + "\n" + rest, sch, vans, [vans], "pair", base=bid)
                r204_add("fw%d%s" % (ti, tag), fam, first + " " + fc.strip() + "\n" + rest, sch, vans,
                         wrong + [vans], "pair", base=bid)
                # paraphrased instruction
                para = "Please " + first[0].lower() + first[1:]
                r204_add("a%d%s" % (ti, tag), fam, para + "\n" + rest, sch, vans, [vans], "pair", base=bid)


r204_gen()
r204_gen2()


# ------------------------------------------------------------------ part 3: a member's line changes another's meaning
# Two members coupled: a "mode" member whose line changes (regenerated on the patch path) and a value member whose
# line is unchanged but whose right value follows the mode (kept from the cache if the cache does not tie them).
def p3_records(rng):
    out = []
    # (name, instr, keys/types, desc, fields before (label, key, base text, base json), mode key, variants [(mode text,
    # mode json, dependent json)], dependent key)
    plan = rng.choice(["Gold", "Basic", "Family", "Pro", "Student"])
    fee = rng.choice([10, 12, 15, 20, 25, 30, 40])
    out.append(("fee", "Return plan, billing and annual_fee (the fee per year) as JSON.",
                [("Plan", "plan", plan, plan), ("Billing", "billing", "annual", "annual"), ("Fee", "annual_fee", str(fee), fee)],
                {"annual_fee": "fee per year"}, "billing",
                [("monthly", "monthly", 12 * fee), ("quarterly", "quarterly", 4 * fee), ("weekly", "weekly", 52 * fee)],
                "annual_fee"))
    item = rng.choice(["flour", "cement", "rice", "gravel", "sand"])
    w = rng.choice([2, 5, 10, 20, 25, 50, 250, 500])
    out.append(("unit", "Give item, unit and weight_kg as JSON.",
                [("Item", "item", item, item), ("Unit", "unit", "kg", "kg"), ("Weight", "weight_kg", str(w), w)],
                {"weight_kg": "weight in kilograms"}, "unit",
                [("g", "g", w / 1000), ("t", "t", w * 1000), ("tonnes", "tonnes", w * 1000)], "weight_kg"))
    co = rng.choice(CO)
    v = rng.randint(120, 980)
    out.append(("scale", "Extract company, reported_in and revenue_eur as JSON.",
                [("Company", "company", co, co), ("Reported in", "reported_in", "EUR", "EUR"), ("Revenue", "revenue_eur", str(v), v)],
                {"revenue_eur": "revenue in euros"}, "reported_in",
                [("EUR thousands", "EUR thousands", v * 1000), ("EUR millions", "EUR millions", v * 1000000),
                 ("TEUR", "TEUR", v * 1000)], "revenue_eur"))
    farm = rng.choice(["Lia gard", "Hill Farm", "Ostby", "Green Acre", "Moen"])
    n = rng.randint(3, 30)
    out.append(("eggs", "Extract farm, counted_in and eggs (the number of eggs) as JSON.",
                [("Farm", "farm", farm, farm), ("Counted in", "counted_in", "single eggs", "single eggs"), ("Eggs", "eggs", str(n), n)],
                {"eggs": "number of eggs"}, "counted_in",
                [("dozens", "dozens", 12 * n), ("trays of 30", "trays of 30", 30 * n), ("pairs", "pairs", 2 * n)], "eggs"))
    who = nm(rng)
    p = rng.randint(2, 6)
    out.append(("people", "Return name, booked_as and people (the number of people) as JSON.",
                [("Name", "name", who, who), ("Booked as", "booked_as", "persons", "persons"), ("People", "people", str(p), p)],
                {"people": "number of people"}, "booked_as",
                [("couples", "couples", 2 * p), ("pairs", "pairs", 2 * p), ("families of four", "families of four", 4 * p)],
                "people"))
    sp = nm(rng)
    d = rng.choice([1, 2, 3, 4])
    out.append(("dur", "From the entry, return speaker, time_unit and duration_minutes as JSON.",
                [("Speaker", "speaker", sp, sp), ("Time unit", "time_unit", "minutes", "minutes"), ("Duration", "duration_minutes", str(d * 30), d * 30)],
                {"duration_minutes": "duration in minutes"}, "time_unit",
                [("hours", "hours", d * 30 * 60), ("seconds", "seconds", d / 2), ("half-hours", "half-hours", d * 30 * 30)],
                "duration_minutes"))
    amt = rng.randint(20, 900)
    payee = rng.choice(CO)
    out.append(("dir", "Return payee, direction and amount (positive for money in, negative for money out) as JSON.",
                [("Payee", "payee", payee, payee), ("Direction", "direction", "in", "in"), ("Amount", "amount", str(amt), amt)],
                {"amount": "positive for money in, negative for money out"}, "direction",
                [("out", "out", -amt), ("outgoing", "outgoing", -amt), ("debit", "debit", -amt)], "amount"))
    bal = rng.randint(100, 9000)
    acct = rng.choice(CO)
    out.append(("crdr", "Return account, type and balance (negative for a debit balance) as JSON.",
                [("Account", "account", acct, acct), ("Type", "type", "credit", "credit"), ("Balance", "balance", str(bal), bal)],
                {"balance": "negative for a debit balance"}, "type",
                [("debit", "debit", -bal), ("overdrawn", "overdrawn", -bal), ("Debit", "Debit", -bal)], "balance"))
    it = rng.choice(["chairs", "lamps", "mugs", "tyres"])
    q = rng.choice([2, 4, 5, 10])
    up = q * rng.randint(3, 40)
    out.append(("priced", "Give item, quantity, priced and unit_price (the price of one item) as JSON.",
                [("Item", "item", it, it), ("Quantity", "quantity", str(q), q), ("Priced", "priced", "each", "each"),
                 ("Price", "unit_price", str(up), up)],
                {"unit_price": "price of one item"}, "priced",
                [("in total", "in total", up // q), ("for all", "for all", up // q), ("per order", "per order", up // q)],
                "unit_price"))
    ev = rng.choice(["Audit", "Launch", "Inspection", "Town hall"])
    mm, dd = rng.sample(range(1, 13), 2)
    out.append(("dfmt", "Give event, date_format and date (as YYYY-MM-DD) as JSON.",
                [("Event", "event", ev, ev), ("Date format", "date_format", "DD/MM/YYYY", "DD/MM/YYYY"),
                 ("Date", "date", "%02d/%02d/2026" % (dd, mm), "2026-%02d-%02d" % (mm, dd))],
                {"date": "the date as YYYY-MM-DD"}, "date_format",
                [("MM/DD/YYYY", "MM/DD/YYYY", "2026-%02d-%02d" % (dd, mm))], "date"))
    usd = rng.randint(200, 9000)
    it2 = rng.choice(["kettle", "lamp", "backpack", "drill"])
    out.append(("cents", "Return item, currency_unit and price_usd (in dollars) as JSON.",
                [("Item", "item", it2, it2), ("Currency unit", "currency_unit", "dollars", "dollars"), ("Price", "price_usd", str(usd), usd)],
                {"price_usd": "price in US dollars"}, "currency_unit",
                [("cents", "cents", usd / 100), ("US cents", "US cents", usd / 100)], "price_usd"))
    return out


P3_RENAME = {"annual_fee": "yearly_fee", "weight_kg": "mass_kg", "revenue_eur": "turnover_eur", "eggs": "egg_count",
             "people": "persons", "duration_minutes": "minutes", "amount": "sum", "balance": "saldo",
             "unit_price": "price_each", "date": "when", "price_usd": "dollars"}


def r204_gen3():
    rng = r204_random.Random(2043)
    for rep in range(10):
        for name, instr, fields, desc, mk, variants, dk in p3_records(rng):
            types = {}
            for lab, k, t, j in fields:
                types[k] = "boolean" if isinstance(j, bool) else ("integer" if isinstance(j, int) else
                                                                  "number" if isinstance(j, float) else "string")
                if k == dk:
                    types[k] = "number"
            sch = S(types, desc)
            sch_nd = S(types)
            fam = "r204_p3_" + name
            def render(ins, mode=None, first_changed=None, layout=0):
                ls = []
                for lab, k, t, j in fields:
                    if k == mk and mode is not None:
                        t = mode
                    if first_changed and k == fields[0][1]:
                        t = first_changed
                    ls.append("%s: %s" % (lab, t))
                if layout == 1:
                    return ins + "\n\n" + "\n".join(ls) + "\n"
                return ins + "\nRecord:\n" + "\n".join(ls) + "\n"
            bans = {k: j for _, k, _, j in fields}
            for sname, s in (("d", sch), ("n", sch_nd)):
                btext = render(instr)
                bid = r204_add("e%s%s" % (name, sname), fam, btext, s, bans, [bans], "base")
                r204_add("es%s%s" % (name, sname), fam, render(instr + " Thanks!"), s, bans, [bans], "safe", safe=True,
                         base=bid)
                for vi, (mt, mj, dj) in enumerate(variants):
                    va = dict(bans, **{mk: mj, dk: dj})
                    tag = "%s%s%d" % (name, sname, vi)
                    vt = render(instr, mt)
                    r204_add("m" + tag, fam, vt, s, va, [va], "pair", base=bid)
                    r204_add("mw" + tag, fam, vt.replace("\nRecord:\n", "\nRecord: \n"), s, va,
                             [dict(bans, **{mk: mj}), va], "pair", base=bid)
                    r204_add("ml" + tag, fam, render(instr, mt, layout=1), s, va, [va], "pair", base=bid)
                    # two members at once: the first field too
                    f0k, f0j = fields[0][1], fields[0][3]
                    nv = (f0j + " II") if isinstance(f0j, str) else f0j
                    if isinstance(f0j, str):
                        vb = dict(va, **{f0k: nv})
                        r204_add("m2" + tag, fam, render(instr, mt, first_changed=nv), s, vb, [vb], "pair", base=bid)
                        r204_add("m2w" + tag, fam, render(instr, mt, first_changed=nv).replace("\nRecord:\n", "\nRecord: \n"),
                                 s, vb, [dict(bans, **{mk: mj, f0k: nv}), vb], "pair", base=bid)
                    s2, a2 = r204_rename(s, va, dk, P3_RENAME[dk])
                    r204_add("mr" + tag, fam, vt, s2, a2, [a2], "pair", base=bid)
                    r204_add("mf" + tag, fam, render(instr + FORMAT_CLAUSES[vi % 3].rstrip(), mt), s, va, [va], "pair",
                             base=bid)
                    r204_add("mp" + tag, fam, render("Please " + instr[0].lower() + instr[1:], mt), s, va, [va], "pair",
                             base=bid)


r204_gen3()


# ------------------------------------------------------------------ part 4: the context rides on another member's line
# Plain stored records (part 2's), then a variant whose OTHER member's line changes (so that member is regenerated on
# the patch path) and carries, in the same line, a remark that changes what the unchanged member line means.
P4_REMARK = {"balance": ["all balances overdrawn", "every account here is in overdraft", "balances are debts owed"],
             "temperature": ["readings below zero", "all temperatures are minus degrees", "degrees of frost"],
             "eggs": ["egg counts in dozens", "eggs counted by the dozen", "figures are dozens"],
             "guests": ["guests counted in couples", "the guest figure is pairs", "couples, not persons"],
             "age": ["age and room swapped", "age/room entered in each other's boxes", "age and room mixed up"],
             "nights": ["stay cut by one night", "left a night early", "one night fewer than shown"],
             "paid": ["payment bounced", "payment reversed", "charged back"],
             "date": ["date written YYYY-DD-MM", "day and month swapped", "year-day-month order"]}
P4_FORMS = ["{lab}: {val} ({rem})", "{lab}: {val} — {rem}", "{lab}: {val}; {rem}", "{lab} ({rem}): {val}",
            "{lab}: {val}, {rem}", "{lab}: {val}  # {rem}", "{lab}: {val} [{rem}]", "{lab}: {val} - note: {rem}"]


def r204_gen4():
    rng = r204_random.Random(2044)
    for ri, rec in enumerate(RECORDS):
        for i in range(6):
            instr, fields, ck, cv, ctxs, other = rec(rng)
            k1 = ck[0] if isinstance(ck, tuple) else ck
            if k1 not in P4_REMARK:
                continue
            sch = S({k: ("boolean" if isinstance(j, bool) else "integer" if isinstance(j, int) else "string")
                     for _, _, k, j in fields})
            bans = {k: j for _, _, k, j in fields}
            fam = "r204_p4_" + rec.__name__[4:]
            btext = r204_render(instr, fields)
            bid = r204_add("g%d" % ri, fam, btext, sch, bans, [bans], "base")
            vans = dict(bans)
            if isinstance(ck, tuple):
                for k, v in zip(ck, cv):
                    vans[k] = v
            else:
                vans[ck] = cv
            ok_, ov = other
            olab = [lab for lab, _, k, _ in fields if k == ok_][0]
            for fi, form in enumerate(P4_FORMS):
                rem = P4_REMARK[k1][(i + fi) % 3]
                for same in (False, True):
                    val = str(bans[ok_]) if same else str(ov)
                    line = form.format(lab=olab, val=val, rem=rem)
                    lines = []
                    for lab, v, k, _ in fields:
                        lines.append(line if k == ok_ else "%s: %s" % (lab, v))
                    text = instr + "\nText:\n" + "\n".join(lines) + "\n"
                    a = dict(vans) if same else dict(vans, **{ok_: ov})
                    stale = dict(bans) if same else dict(bans, **{ok_: ov})
                    tag = "%d%s%d" % (ri, "s" if same else "v", fi)
                    r204_add("h" + tag, fam, text, sch, a, [a], "pair", base=bid)
                    r204_add("hw" + tag, fam, text.replace("\nText:\n", "\nText: \n"), sch, a, [stale, a], "pair",
                             base=bid)
                    if fi % 2 == 0 and not same:
                        s2, ra = r204_rename(sch, a, k1, R204_P2_RENAME[k1])
                        r204_add("hr" + tag, fam, text, s2, ra, [ra], "pair", base=bid)
                        r204_add("hf" + tag, fam, text.replace(instr, instr + FORMAT_CLAUSES[i % 3].rstrip()), sch, a,
                                 [a], "pair", base=bid)
                        r204_add("hp" + tag, fam, text.replace(instr, "Please " + instr[0].lower() + instr[1:]), sch, a,
                                 [a], "pair", base=bid)


r204_gen4()


# ------------------------------------------------------------------ part 5 (refinement): wider remarks in the forms that got through
P5_REMARK = {"balance": ["overdrawn", "in overdraft", "debt", "owed to the bank", "negative", "debit balance",
                         "minus", "in the red", "account overdrawn", "balance owed"],
             "temperature": ["below zero", "minus", "frost", "sub-zero", "negative readings", "under freezing",
                             "degrees below", "freezing", "minus degrees", "all negative"],
             "eggs": ["dozens", "in dozens", "by the dozen", "counted in dozens", "trays of 12", "dozen packs",
                      "12 per unit", "x12", "units of twelve", "boxes of twelve"],
             "guests": ["couples", "pairs", "couples, not persons", "counted in couples", "two per guest figure",
                        "double occupancy each", "each guest is a couple", "x2 persons", "2 persons each", "per couple"],
             "age": ["age and room swapped", "swapped with age", "room/age reversed", "fields swapped",
                     "entered in the age box", "age and room reversed", "mixed up with age", "switched", "transposed",
                     "age and room transposed"],
             "nights": ["one night less", "left a night early", "minus one night", "checked out early", "shortened",
                        "cut short by a night", "one night cancelled", "early departure", "stay shortened", "-1 night"],
             "paid": ["charged back", "bounced", "reversed", "refunded", "payment failed", "declined", "chargeback",
                      "returned unpaid", "cheque bounced", "not honoured"],
             "name": [], "date": ["day and month swapped", "YYYY-DD-MM", "month and day reversed", "US order",
                                  "day-month swapped", "dd/mm swapped", "transposed date", "month/day switched",
                                  "read as YYYY-DD-MM", "day first"]}
P5_FORMS = ["{lab}: {val}; {rem}", "{lab}: {val} - note: {rem}", "{lab}: {val} - {rem}", "{lab}: {val}; note: {rem}",
            "{lab}: {val} -- {rem}", "{lab}: {val} / {rem}", "{lab}: {val} | {rem}", "{lab}: {val}. {rem}",
            "{lab}: {val} – {rem}", "{lab}: {val} (nb: {rem})"]


def r204_gen5():
    rng = r204_random.Random(2045)
    for ri, rec in enumerate(RECORDS):
        for i in range(3):
            instr, fields, ck, cv, ctxs, other = rec(rng)
            k1 = ck[0] if isinstance(ck, tuple) else ck
            if not P5_REMARK.get(k1):
                continue
            sch = S({k: ("boolean" if isinstance(j, bool) else "integer" if isinstance(j, int) else "string")
                     for _, _, k, j in fields})
            bans = {k: j for _, _, k, j in fields}
            fam = "r204_p5_" + rec.__name__[4:]
            bid = r204_add("k%d" % ri, fam, r204_render(instr, fields), sch, bans, [bans], "base")
            vans = dict(bans)
            if isinstance(ck, tuple):
                for k, v in zip(ck, cv):
                    vans[k] = v
            else:
                vans[ck] = cv
            ok_, ov = other
            olab = [lab for lab, _, k, _ in fields if k == ok_][0]
            for fi, form in enumerate(P5_FORMS):
                for rj, rem in enumerate(P5_REMARK[k1]):
                    for same in (False, True):
                        val = str(bans[ok_]) if same else str(ov)
                        line = form.format(lab=olab, val=val, rem=rem)
                        lines = [line if k == ok_ else "%s: %s" % (lab, v) for lab, v, k, _ in fields]
                        text = instr + "\nText:\n" + "\n".join(lines) + "\n"
                        a = dict(vans) if same else dict(vans, **{ok_: ov})
                        stale = dict(bans) if same else dict(bans, **{ok_: ov})
                        tag = "%d%s%d_%d" % (ri, "s" if same else "v", fi, rj)
                        if (fi + rj + i) % 2 == 0:
                            r204_add("n" + tag, fam, text, sch, a, [a], "pair", base=bid)
                        else:
                            r204_add("nw" + tag, fam, text, sch, a, [stale, a], "pair", base=bid)


r204_gen5()

# Trimmed for ctest (probe_kit.sample_round), stop 47: the items the round's tester confirmed alone (clear and
# arguable) with the bases of their pairs, every 10th safe variant and every 100th of the rest (17,435 generated);
# then every arguable item left out.
r204_keep = set(r204_found_alone) | {r204_bases[r204_i] for r204_i in r204_found_alone if r204_i in r204_bases}
from probe_kit import sample_round as r204_sample_round  # noqa: E402

r204_sample_round("d204-", r204_keep, 100, safe_every=10)
P[:] = [r204_p for r204_p in P if r204_p["id"] not in r204_arguable]
