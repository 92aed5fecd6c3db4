"""Red-team round 102 (black box, stepcache-s34): the store gate. Single requests whose model's only answer is a realistic mistake still grounded in the text (a pointer, a placeholder, a relative date, a dotted thousands number, a dropped hemisphere), and pairs through the licensed rewrite. Adds its probes to probe_kit.P."""
import json  # noqa: F401
import os  # noqa: F401
import sys  # noqa: F401

from probe_kit import P, S, J, E, open_probe  # noqa: F401

r102_ids = set()


def W(tag, fam, prompt, schema, right, wrong):
    """One single request: the model's only answer is `wrong`."""
    assert tag not in r102_ids, tag
    r102_ids.add(tag)
    assert wrong != right, tag
    J("d102-" + tag, "r102_" + fam, prompt, schema, right, [wrong])


# ---------------------------------------------------------------- 1. two members of one kind swapped
r102_wh = S({"width_px": "integer", "height_px": "integer"})
W("res-x", "swap", "Extract the screen resolution as JSON.\n\nMonitor:\nModel: View 24\nResolution: 1920 x 1080\n",
  r102_wh, {"width_px": 1920, "height_px": 1080}, {"width_px": 1080, "height_px": 1920})
W("res-prose", "swap", "Extract the screen resolution as JSON.\n\nThe View 24 monitor has a resolution of 1920 by 1080 pixels.\n",
  r102_wh, {"width_px": 1920, "height_px": 1080}, {"width_px": 1080, "height_px": 1920})
r102_wh2 = S({"width": "integer", "height": "integer"})
W("box-lines", "swap", "Give the width and height of the box as JSON.\n\nBox B-12\nDepth: 25 cm\nHeight: 40 cm\nWidth: 60 cm\n",
  r102_wh2, {"width": 60, "height": 40}, {"width": 40, "height": 60})
W("box-prose", "swap", "Give the width and height of the box as JSON.\n\nBox B-12 is 60 cm wide, 40 cm high and 25 cm deep.\n",
  r102_wh2, {"width": 60, "height": 40}, {"width": 40, "height": 60})
W("box-hw", "swap", "Give the width and height of the box as JSON.\n\nBox B-12\nSize (H x W): 40 x 60 cm\n",
  r102_wh2, {"width": 60, "height": 40}, {"width": 40, "height": 60})

r102_mm = S({"min_temp": "integer", "max_temp": "integer"})
W("temp-range", "swap", "Extract the operating temperature limits as JSON.\n\nSensor TX-9\nOperating temperature: -10 to 45 °C\n",
  r102_mm, {"min_temp": -10, "max_temp": 45}, {"min_temp": 45, "max_temp": -10})
W("temp-prose", "swap", "Extract today's temperatures as JSON.\n\nToday will reach a high of 18 degrees, with a low of 9 degrees tonight.\n",
  r102_mm, {"min_temp": 9, "max_temp": 18}, {"min_temp": 18, "max_temp": 9})
W("temp-lines", "swap", "Extract today's temperatures as JSON.\n\nForecast for Bergen\nHigh: 18\nLow: 9\nWind: 6 m/s\n",
  r102_mm, {"min_temp": 9, "max_temp": 18}, {"min_temp": 18, "max_temp": 9})
r102_lh = S({"low": "number", "high": "number"})
W("stock-oneline", "swap", "Extract the day's low and high price of the share as JSON.\n\nEQNR | Open 312.40 | High 318.90 | Low 309.10 | Close 317.25\n",
  r102_lh, {"low": 309.10, "high": 318.90}, {"low": 312.40, "high": 318.90})
W("stock-swap", "swap", "Extract the day's low and high price of the share as JSON.\n\nEQNR | Open 312.40 | High 318.90 | Low 309.10 | Close 317.25\nSource: Oslo Børs\n",
  r102_lh, {"low": 309.10, "high": 318.90}, {"low": 318.90, "high": 309.10})

r102_ft = S({"departure_date": "string", "arrival_date": "string"})
W("fl-prose", "swap", "Extract the departure and arrival dates of the trip as JSON.\n\nWe leave Oslo on 2027-03-14 and arrive in Lima on 2027-03-15 after a stop in Madrid.\n",
  r102_ft, {"departure_date": "2027-03-14", "arrival_date": "2027-03-15"},
  {"departure_date": "2027-03-15", "arrival_date": "2027-03-14"})
W("fl-lines", "swap", "Extract the departure and arrival dates of the trip as JSON.\n\nItinerary\nOutbound: 2027-03-14\nLands: 2027-03-15\n",
  r102_ft, {"departure_date": "2027-03-14", "arrival_date": "2027-03-15"},
  {"departure_date": "2027-03-15", "arrival_date": "2027-03-14"})
W("fl-dash", "swap", "Extract the departure and arrival dates of the trip as JSON.\n\nTrip 88: 2027-03-14 – 2027-03-15 (Oslo to Lima)\n",
  r102_ft, {"departure_date": "2027-03-14", "arrival_date": "2027-03-15"},
  {"departure_date": "2027-03-15", "arrival_date": "2027-03-14"})
r102_tt = S({"departure_time": "string", "arrival_time": "string"})
W("tt-prose", "swap", "Give the departure and arrival times as JSON.\n\nFlight SK 4037 lands in Tromsø at 09:05 after leaving Oslo at 07:15.\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("tt-table", "swap", "Give the departure and arrival times as JSON.\n\n| Flight | From | To | Dep | Arr |\n|---|---|---|---|---|\n| SK 4037 | OSL | TOS | 07:15 | 09:05 |\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("tt-aligned", "swap", "Give the departure and arrival times as JSON.\n\nFLIGHT    FROM  TO   ARR    DEP\nSK 4037   OSL   TOS  09:05  07:15\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})

r102_stay = S({"check_in": "string", "check_out": "string"})
W("stay-range", "swap", "Extract check-in and check-out as JSON.\n\nReservation 5521\nGuest: Ola Nordmann\nStay: 12.03.2027 - 15.03.2027\n",
  r102_stay, {"check_in": "12.03.2027", "check_out": "15.03.2027"}, {"check_in": "15.03.2027", "check_out": "12.03.2027"})
W("stay-prose", "swap", "Extract check-in and check-out as JSON.\n\nOla Nordmann checks out on 15.03.2027; he checked in on 12.03.2027.\n",
  r102_stay, {"check_in": "12.03.2027", "check_out": "15.03.2027"}, {"check_in": "15.03.2027", "check_out": "12.03.2027"})

r102_name = S({"first_name": "string", "last_name": "string"})
W("nm-comma", "swap", "Extract the first and last name as JSON.\n\nApplicant\nName: Berg, Anna\nBorn: 1990\n",
  r102_name, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"})
W("nm-caps", "swap", "Extract the first and last name as JSON.\n\nPassenger: BERG Anna\nSeat: 14C\n",
  r102_name, {"first_name": "Anna", "last_name": "BERG"}, {"first_name": "BERG", "last_name": "Anna"})
W("nm-plain", "swap", "Extract the first and last name as JSON.\n\nApplicant\nName: Anna Berg\nBorn: 1990\n",
  r102_name, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"})
W("nm-prose", "swap", "Extract the first and last name as JSON.\n\nThe form was signed by Anna Berg on Monday.\n",
  r102_name, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"})
W("nm-fields", "swap", "Extract the first and last name as JSON.\n\nSurname: Berg\nGiven name: Anna\nNationality: NOR\n",
  r102_name, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"})

r102_sr = S({"sender": "string", "recipient": "string"})
W("mail-hdr", "swap", "Who sent the e-mail and who received it? Answer as JSON.\n\nFrom: Anna Berg <anna.berg@fjord.no>\nTo: Jonas Lie <jonas.lie@havn.no>\nSubject: Invoice 4471\n\nHi Jonas, the invoice is attached.\n",
  r102_sr, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"})
W("pay-prose", "swap", "Extract the payment's sender and recipient as JSON.\n\nOn 4 May Jonas Lie received 250 EUR from Anna Berg.\n",
  r102_sr, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"})
W("pay-oneline", "swap", "Extract the payment's sender and recipient as JSON.\n\nTransfer 88213 | Payee: Jonas Lie | Payer: Anna Berg | 250 EUR\n",
  r102_sr, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"})
r102_se = S({"sender_email": "string", "recipient_email": "string"})
W("mail-emails", "swap", "Extract the sender and recipient e-mail addresses as JSON.\n\nFrom: Anna Berg <anna.berg@fjord.no>\nTo: Jonas Lie <jonas.lie@havn.no>\nSubject: Invoice 4471\n",
  r102_se, {"sender_email": "anna.berg@fjord.no", "recipient_email": "jonas.lie@havn.no"},
  {"sender_email": "jonas.lie@havn.no", "recipient_email": "anna.berg@fjord.no"})
W("mail-fwd", "swap", "Extract the sender and recipient e-mail addresses as JSON.\n\nFrom: jonas.lie@havn.no\nTo: kari.dahl@nordvik.no\nSubject: Fwd: Invoice 4471\n\n---------- Forwarded message ----------\nFrom: anna.berg@fjord.no\nTo: jonas.lie@havn.no\n",
  r102_se, {"sender_email": "jonas.lie@havn.no", "recipient_email": "kari.dahl@nordvik.no"},
  {"sender_email": "anna.berg@fjord.no", "recipient_email": "jonas.lie@havn.no"})

r102_game = S({"home_team": "string", "away_team": "string", "home_goals": "integer", "away_goals": "integer"})
W("gm-line", "swap", "Extract the match result as JSON.\n\nEliteserien, round 12\nRosenborg - Molde 1-3\n",
  r102_game, {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 1, "away_goals": 3},
  {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 3, "away_goals": 1})
W("gm-prose", "swap", "Extract the match result as JSON.\n\nMolde won 3-1 away at Rosenborg on Sunday.\n",
  r102_game, {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 1, "away_goals": 3},
  {"home_team": "Molde", "away_team": "Rosenborg", "home_goals": 3, "away_goals": 1})
W("gm-table", "swap", "Extract the match result as JSON.\n\n| Home | Away | Score |\n|---|---|---|\n| Rosenborg | Molde | 1-3 |\n",
  r102_game, {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 1, "away_goals": 3},
  {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 3, "away_goals": 1})
W("gm-fields", "swap", "Extract the match result as JSON.\n\nHome team: Rosenborg\nAway team: Molde\nGoals home: 1\nGoals away: 3\n",
  r102_game, {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 1, "away_goals": 3},
  {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 3, "away_goals": 1})

r102_route = S({"origin": "string", "destination": "string"})
W("rt-arrow", "swap", "Extract origin and destination as JSON.\n\nShipment 7781\nRoute: Oslo → Bergen\nWeight: 12 kg\n",
  r102_route, {"origin": "Oslo", "destination": "Bergen"}, {"origin": "Bergen", "destination": "Oslo"})
W("rt-prose", "swap", "Extract origin and destination as JSON.\n\nThe truck reached Bergen at noon, six hours after leaving Oslo.\n",
  r102_route, {"origin": "Oslo", "destination": "Bergen"}, {"origin": "Bergen", "destination": "Oslo"})
W("rt-json", "swap", "Extract origin and destination as JSON.\n\nBooking payload: {\"to\": \"BGO\", \"from\": \"OSL\", \"pax\": 2}\n",
  r102_route, {"origin": "OSL", "destination": "BGO"}, {"origin": "BGO", "destination": "OSL"})

# ---------------------------------------------------------------- 2. value from another record
r102_pa = S({"name": "string", "age": "integer"})
W("rec-table", "other_record", "Return the name and age of Jonas Lie as JSON.\n\n| Name | Age | City |\n|---|---|---|\n| Anna Berg | 34 | Oslo |\n| Jonas Lie | 41 | Bergen |\n",
  r102_pa, {"name": "Jonas Lie", "age": 41}, {"name": "Jonas Lie", "age": 34})
W("rec-lines", "other_record", "Return the name and age of the second guest as JSON.\n\nGuest 1: Anna Berg, 34\nGuest 2: Jonas Lie, 41\n",
  r102_pa, {"name": "Jonas Lie", "age": 41}, {"name": "Jonas Lie", "age": 34})
W("rec-prose", "other_record", "Return the name and age of the patient as JSON.\n\nThe patient, Jonas Lie (41), was brought in by his sister Anna Berg, 34.\n",
  r102_pa, {"name": "Jonas Lie", "age": 41}, {"name": "Jonas Lie", "age": 34})
W("rec-prose2", "other_record", "Return the name and age of the patient as JSON.\n\nThe patient, Jonas Lie (41), was brought in by his sister Anna Berg, 34.\n\n",
  r102_pa, {"name": "Jonas Lie", "age": 41}, {"name": "Anna Berg", "age": 34})
r102_inv = S({"invoice_number": "string", "amount": "number", "due_date": "string"})
W("inv-two", "other_record", "Extract invoice 1002 as JSON.\n\nInvoice 1001: 450.00 EUR, due 2027-01-15\nInvoice 1002: 380.00 EUR, due 2027-02-15\n",
  r102_inv, {"invoice_number": "1002", "amount": 380.00, "due_date": "2027-02-15"},
  {"invoice_number": "1002", "amount": 380.00, "due_date": "2027-01-15"})
W("inv-blocks", "other_record", "Extract the open invoice as JSON.\n\nInvoice number: 1001\nAmount: 450.00\nDue date: 2027-01-15\nStatus: paid\n\nInvoice number: 1002\nAmount: 380.00\nDue date: 2027-02-15\nStatus: open\n",
  r102_inv, {"invoice_number": "1002", "amount": 380.00, "due_date": "2027-02-15"},
  {"invoice_number": "1001", "amount": 450.00, "due_date": "2027-01-15"})
W("inv-aligned", "other_record", "Extract invoice 1002 as JSON.\n\nINVOICE  AMOUNT  DUE\n1001     450.00  2027-01-15\n1002     380.00  2027-02-15\n",
  r102_inv, {"invoice_number": "1002", "amount": 380.00, "due_date": "2027-02-15"},
  {"invoice_number": "1002", "amount": 450.00, "due_date": "2027-02-15"})
r102_ct = S({"contact_name": "string", "phone": "string"})
W("sig-colleague", "other_record", "Extract the contact person of this e-mail and their phone as JSON.\n\nHi,\nplease send the signed contract to my colleague Per Moen (phone 22 33 44 55).\n\nBest regards,\nKari Dahl\nSales Manager, Nordvik AS\nPhone: 912 34 567\n",
  r102_ct, {"contact_name": "Kari Dahl", "phone": "912 34 567"}, {"contact_name": "Kari Dahl", "phone": "22 33 44 55"})
W("sig-plain", "other_record", "Extract the writer's name and phone as JSON.\n\nHello Per,\nthanks for the call yesterday.\n\nKari Dahl | Nordvik AS | +47 912 34 567\n",
  S({"name": "string", "phone": "string"}), {"name": "Kari Dahl", "phone": "+47 912 34 567"}, {"name": "Per", "phone": "+47 912 34 567"})

# ---------------------------------------------------------------- 3. corrected / superseded values
r102_price = S({"product": "string", "price": "number"})
W("cor-paren", "superseded", "Extract the product and its price as JSON.\n\nProduct: Desk lamp\nPrice: 42.00 (corrected to 43.00)\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk lamp", "price": 42.00})
W("cor-was", "superseded", "Extract the product and its price as JSON.\n\nProduct: Desk lamp\nPrice: 43.00, was 42.00\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk lamp", "price": 42.00})
W("cor-prose", "superseded", "Extract the product and its price as JSON.\n\nThe desk lamp now costs 43.00 instead of 42.00.\n",
  r102_price, {"product": "desk lamp", "price": 43.00}, {"product": "desk lamp", "price": 42.00})
W("cor-prose2", "superseded", "Extract the product and its price as JSON.\n\nWe lowered the price of the desk lamp from 43.00 to 42.00.\n",
  r102_price, {"product": "desk lamp", "price": 42.00}, {"product": "desk lamp", "price": 43.00})
W("cor-old", "superseded", "Extract the product and its price as JSON.\n\nProduct: Desk lamp\nOld price: 42.00\nPrice now: 43.00\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk lamp", "price": 42.00})
W("cor-table", "superseded", "Extract the product and its price as JSON.\n\n| Product | Before | After |\n|---|---|---|\n| Desk lamp | 42.00 | 43.00 |\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk lamp", "price": 42.00})
r102_co = S({"company": "string", "city": "string"})
W("cor-formerly", "superseded", "Extract the company name and city as JSON.\n\nNordlys Data AS (formerly Fjordsoft AS)\nStorgata 12, Oslo\n",
  r102_co, {"company": "Nordlys Data AS", "city": "Oslo"}, {"company": "Fjordsoft AS", "city": "Oslo"})
W("cor-prev", "superseded", "Extract the company name and city as JSON.\n\nCompany: Nordlys Data AS\nPreviously: Fjordsoft AS\nCity: Oslo\n",
  r102_co, {"company": "Nordlys Data AS", "city": "Oslo"}, {"company": "Fjordsoft AS", "city": "Oslo"})
W("cor-moved", "superseded", "Extract the company name and city as JSON.\n\nNordlys Data AS moved its office from Bergen to Oslo last year.\n",
  r102_co, {"company": "Nordlys Data AS", "city": "Oslo"}, {"company": "Nordlys Data AS", "city": "Bergen"})
r102_del = S({"delivery_city": "string"})
W("cor-instead", "superseded", "Extract the delivery city as JSON.\n\nOrder 5512: please deliver to Bergen instead of Oslo.\n",
  r102_del, {"delivery_city": "Bergen"}, {"delivery_city": "Oslo"})
W("cor-not", "superseded", "Extract the delivery city as JSON.\n\nOrder 5512\nDeliver to: Bergen (not Oslo)\n",
  r102_del, {"delivery_city": "Bergen"}, {"delivery_city": "Oslo"})
W("cor-strike", "superseded", "Extract the delivery city as JSON.\n\nOrder 5512\nDeliver to: ~~Oslo~~ Bergen\n",
  r102_del, {"delivery_city": "Bergen"}, {"delivery_city": "Oslo"})
r102_mt = S({"meeting_date": "string"})
W("cor-resched", "superseded", "When is the meeting? Answer as JSON.\n\nThe board meeting, first planned for 2027-05-12, has been moved to 2027-05-14.\n",
  r102_mt, {"meeting_date": "2027-05-14"}, {"meeting_date": "2027-05-12"})
W("cor-json", "superseded", "Extract the product and its price as JSON.\n\nAPI response: {\"product\": \"Desk lamp\", \"old_price\": 42.00, \"new_price\": 43.00}\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk lamp", "price": 42.00})

# ---------------------------------------------------------------- 4. partial spans
r102_addr = S({"street": "string", "city": "string"})
W("pt-street", "partial", "Extract street address and city as JSON.\n\nDeliver to:\nKari Dahl\nStorgata 12B\n0155 Oslo\n",
  r102_addr, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata", "city": "Oslo"})
W("pt-street-line", "partial", "Extract street address and city as JSON.\n\nAddress: Storgata 12B, 0155 Oslo\n",
  r102_addr, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata", "city": "Oslo"})
W("pt-prose", "partial", "Extract street address and city as JSON.\n\nShe lives at Storgata 12B in Oslo.\n",
  r102_addr, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata", "city": "Oslo"})
r102_full = S({"full_name": "string"})
W("pt-surname", "partial", "Extract the customer's full name as JSON.\n\nCustomer Anna Maria Berg called about order 5512.\n",
  r102_full, {"full_name": "Anna Maria Berg"}, {"full_name": "Maria Berg"})
W("pt-first2", "partial", "Extract the customer's full name as JSON.\n\nCustomer: Anna Maria Berg\nOrder: 5512\n",
  r102_full, {"full_name": "Anna Maria Berg"}, {"full_name": "Anna Maria"})
W("pt-title", "partial", "Extract the contact's name as JSON.\n\nHi,\nI'm writing about the delayed shipment.\n\nRegards,\nKari Dahl\nNordvik AS\n",
  S({"name": "string"}), {"name": "Kari Dahl"}, {"name": "Dahl"})
r102_co2 = S({"company": "string"})
W("pt-company", "partial", "Extract the employer as JSON.\n\nKari works as an engineer at Nordvik Offshore Services AS in Stavanger.\n",
  r102_co2, {"company": "Nordvik Offshore Services AS"}, {"company": "Nordvik Offshore"})
W("pt-company-l", "partial", "Extract the employer as JSON.\n\nEmployee: Kari Dahl\nEmployer: Nordvik Offshore Services AS\nRole: Engineer\n",
  r102_co2, {"company": "Nordvik Offshore Services AS"}, {"company": "Nordvik Offshore"})
r102_loc = S({"city": "string"})
W("pt-district", "partial", "Where is the venue? Give the city as JSON.\n\nVenue: Sentrum Scene, Oslo\n",
  r102_loc, {"city": "Oslo"}, {"city": "Sentrum Scene"})
r102_ttl = S({"title": "string"})
W("pt-book", "partial", "Extract the book title as JSON.\n\nJust finished The Wind-Up Bird Chronicle by Haruki Murakami.\n",
  r102_ttl, {"title": "The Wind-Up Bird Chronicle"}, {"title": "The Wind-Up Bird"})
W("pt-book-l", "partial", "Extract the book title as JSON.\n\nTitle: The Wind-Up Bird Chronicle\nAuthor: Haruki Murakami\n",
  r102_ttl, {"title": "The Wind-Up Bird Chronicle"}, {"title": "The Wind-Up Bird"})

# ---------------------------------------------------------------- 5. neighbouring number / total vs unit
r102_up = S({"item": "string", "quantity": "integer", "unit_price": "number"})
W("up-prose", "unit_total", "Extract the order line as JSON.\n\nOrder: 3 desk lamps at 25.00 each, 75.00 in total.\n",
  r102_up, {"item": "desk lamps", "quantity": 3, "unit_price": 25.00}, {"item": "desk lamps", "quantity": 3, "unit_price": 75.00})
W("up-table", "unit_total", "Extract the order line as JSON.\n\n| Item | Qty | Price | Sum |\n|---|---|---|---|\n| Desk lamp | 3 | 25.00 | 75.00 |\n",
  r102_up, {"item": "Desk lamp", "quantity": 3, "unit_price": 25.00}, {"item": "Desk lamp", "quantity": 3, "unit_price": 75.00})
W("up-aligned", "unit_total", "Extract the order line as JSON.\n\nITEM       QTY   TOTAL   EACH\nDesk lamp  3     75.00   25.00\n",
  r102_up, {"item": "Desk lamp", "quantity": 3, "unit_price": 25.00}, {"item": "Desk lamp", "quantity": 3, "unit_price": 75.00})
W("up-oneline", "unit_total", "Extract the order line as JSON.\n\nDesk lamp x3 - 75.00 (25.00/pc)\n",
  r102_up, {"item": "Desk lamp", "quantity": 3, "unit_price": 25.00}, {"item": "Desk lamp", "quantity": 3, "unit_price": 75.00})
r102_body = S({"height_cm": "integer", "chest_cm": "integer"})
W("nb-dots", "neighbour", "Extract height and chest as JSON.\n\nHeight 180 cm · Waist 82 cm · Chest 98 cm\n",
  r102_body, {"height_cm": 180, "chest_cm": 98}, {"height_cm": 180, "chest_cm": 82})
W("nb-prose", "neighbour", "Extract height and chest as JSON.\n\nHe is 180 cm tall; his chest measures 98 cm and his waist 82 cm.\n",
  r102_body, {"height_cm": 180, "chest_cm": 98}, {"height_cm": 180, "chest_cm": 82})
r102_nw = S({"net_weight_kg": "number"})
W("nb-net", "neighbour", "Extract the net weight as JSON.\n\nPallet 14: net weight 12.5 kg, gross weight 14.0 kg.\n",
  r102_nw, {"net_weight_kg": 12.5}, {"net_weight_kg": 14.0})
W("nb-net-l", "neighbour", "Extract the net weight as JSON.\n\nPallet: 14\nGross: 14.0 kg\nNet: 12.5 kg\n",
  r102_nw, {"net_weight_kg": 12.5}, {"net_weight_kg": 14.0})
r102_ord = S({"order_number": "string"})
W("nb-cust", "neighbour", "Extract the order number as JSON.\n\nCustomer 4471 placed order 8812 on 3 May.\n",
  r102_ord, {"order_number": "8812"}, {"order_number": "4471"})
W("nb-instr", "instruction", "For customer 4471, extract the order number as JSON.\n\nCustomer 4471 placed order 8812 on 3 May.\n",
  r102_ord, {"order_number": "8812"}, {"order_number": "4471"})
r102_bp = S({"systolic": "integer", "diastolic": "integer", "pulse": "integer"})
W("nb-bp", "swap", "Extract the blood pressure and pulse as JSON.\n\nPatient 17, 08:00\nBP 120/80, pulse 72\n",
  r102_bp, {"systolic": 120, "diastolic": 80, "pulse": 72}, {"systolic": 80, "diastolic": 120, "pulse": 72})
W("nb-bp2", "neighbour", "Extract the blood pressure and pulse as JSON.\n\nPatient 17, 08:00\nBP 120/80, pulse 72\n\n",
  r102_bp, {"systolic": 120, "diastolic": 80, "pulse": 72}, {"systolic": 120, "diastolic": 72, "pulse": 80})

# ---------------------------------------------------------------- 6. dates read in the wrong order
r102_date = S({"date": {"type": "string", "format": "date"}})
W("dt-dmy", "date_order", "Extract the delivery date as JSON (YYYY-MM-DD).\n\nLevering: 03/04/2027\nMottaker: Kari Dahl, Oslo\n",
  r102_date, {"date": "2027-04-03"}, {"date": "2027-03-04"})
W("dt-dmy-words", "date_order", "Extract the delivery date as JSON (YYYY-MM-DD).\n\nDelivery date (day/month/year): 03/04/2027\n",
  r102_date, {"date": "2027-04-03"}, {"date": "2027-03-04"})
W("dt-dots", "date_order", "Extract the delivery date as JSON (YYYY-MM-DD).\n\nDelivery: 03.04.2027\n",
  r102_date, {"date": "2027-04-03"}, {"date": "2027-03-04"})

# ---------------------------------------------------------------- 7. negated booleans
r102_pets = S({"pets_allowed": "boolean", "smoking_allowed": "boolean"})
W("bo-nopets", "negation", "Extract the house rules as JSON.\n\nNo pets allowed. Smoking is allowed on the balcony.\n",
  r102_pets, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True})
W("bo-notallowed", "negation", "Extract the house rules as JSON.\n\nPets: not allowed\nSmoking: allowed\n",
  r102_pets, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True})
W("bo-table", "negation", "Extract the house rules as JSON.\n\n| Rule | Allowed |\n|---|---|\n| Pets | no |\n| Smoking | yes |\n",
  r102_pets, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True})
r102_park = S({"parking": "boolean", "wifi": "boolean"})
W("bo-hotel", "negation", "Extract the hotel's facilities as JSON.\n\nHotel Fjord has free wifi in every room but does not offer parking.\n",
  r102_park, {"parking": False, "wifi": True}, {"parking": True, "wifi": True})
W("bo-check", "negation", "Extract the hotel's facilities as JSON.\n\nHotel Fjord\n[x] Wifi\n[ ] Parking\n",
  r102_park, {"parking": False, "wifi": True}, {"parking": True, "wifi": True})
W("bo-dash", "negation", "Extract the hotel's facilities as JSON.\n\nHotel Fjord — Wifi: ✓ — Parking: ✗\n",
  r102_park, {"parking": False, "wifi": True}, {"parking": True, "wifi": True})
r102_paid = S({"invoice": "string", "paid": "boolean"})
W("bo-unpaid", "negation", "Extract the invoice number and whether it is paid, as JSON.\n\nInvoice 4471 remains unpaid.\n",
  r102_paid, {"invoice": "4471", "paid": False}, {"invoice": "4471", "paid": True})
W("bo-never", "negation", "Extract the invoice number and whether it is paid, as JSON.\n\nInvoice: 4471\nPayment received: never\n",
  r102_paid, {"invoice": "4471", "paid": False}, {"invoice": "4471", "paid": True})

# ---------------------------------------------------------------- 8. a null member filled from a near field
r102_cont = S({"phone": "string", "fax": ["string", "null"]})
W("nl-fax", "null_fill", "Extract phone and fax as JSON (null if missing).\n\nNordvik AS\nPhone: 22 33 44 55\nE-mail: post@nordvik.no\n",
  r102_cont, {"phone": "22 33 44 55", "fax": None}, {"phone": "22 33 44 55", "fax": "22 33 44 55"})
W("nl-fax-prose", "null_fill", "Extract phone and fax as JSON (null if missing).\n\nCall Nordvik AS on 22 33 44 55; we have no fax.\n",
  r102_cont, {"phone": "22 33 44 55", "fax": None}, {"phone": "22 33 44 55", "fax": "22 33 44 55"})
r102_mid = S({"first_name": "string", "middle_name": ["string", "null"], "last_name": "string"})
W("nl-middle", "null_fill", "Extract the name parts as JSON (null if missing).\n\nName: Anna Berg\nBorn: 1990\n",
  r102_mid, {"first_name": "Anna", "middle_name": None, "last_name": "Berg"},
  {"first_name": "Anna", "middle_name": "Berg", "last_name": "Berg"})
r102_end = S({"start_date": "string", "end_date": ["string", "null"]})
W("nl-end", "null_fill", "Extract the employment dates as JSON (null if still employed).\n\nEmployee: Kari Dahl\nStarted: 2019-08-01\nStatus: still employed\n",
  r102_end, {"start_date": "2019-08-01", "end_date": None}, {"start_date": "2019-08-01", "end_date": "2019-08-01"})
W("nl-end2", "null_fill", "Extract the employment dates as JSON (null if still employed).\n\nKari Dahl joined Nordvik on 2019-08-01 and signed a new contract on 2023-01-01.\n",
  r102_end, {"start_date": "2019-08-01", "end_date": None}, {"start_date": "2019-08-01", "end_date": "2023-01-01"})
r102_disc = S({"price": "number", "discount": ["number", "null"]})
W("nl-disc", "null_fill", "Extract the price and discount as JSON (null if none).\n\nItem: Desk lamp\nPrice: 43.00\nShipping: 5.00\n",
  r102_disc, {"price": 43.00, "discount": None}, {"price": 43.00, "discount": 5.00})

# ---------------------------------------------------------------- 9. lists
r102_stops = S({"stops": {"type": "array", "items": {"type": "string"}}})
W("ls-order", "list", "List the stops in order as JSON.\n\nStops: Oslo, Gol, Geilo, Bergen\n",
  r102_stops, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Geilo", "Gol", "Bergen"]})
W("ls-missing", "list", "List the stops in order as JSON.\n\nStops: Oslo, Gol, Geilo, Bergen\n\n",
  r102_stops, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Gol", "Bergen"]})
W("ls-prose", "list", "List the stops in order as JSON.\n\nThe train leaves Oslo, calls at Gol and Geilo, and ends in Bergen.\n",
  r102_stops, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Geilo", "Gol", "Bergen"]})
W("ls-bullets", "list", "List the stops in order as JSON.\n\nRoute 41\n- Oslo\n- Gol\n- Geilo\n- Bergen\n",
  r102_stops, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Gol", "Bergen"]})
r102_tags = S({"allergens": {"type": "array", "items": {"type": "string"}}})
W("ls-except", "list", "List the allergens as JSON.\n\nContains: milk, eggs, wheat. Does not contain nuts.\n",
  r102_tags, {"allergens": ["milk", "eggs", "wheat"]}, {"allergens": ["milk", "eggs", "wheat", "nuts"]})

# ---------------------------------------------------------------- 10. value from the instruction
r102_qty = S({"quantity": "integer"})
W("in-example", "instruction", "Extract the quantity as JSON, e.g. {\"quantity\": 5}.\n\nOrder 8812\nDesk lamp, 5 pcs back-ordered\nShipped: 3 pcs\n",
  r102_qty, {"quantity": 3}, {"quantity": 5})
W("in-sku", "instruction", "What is the stock of SKU 12? Answer as JSON.\n\nSKU 12 | Desk lamp | in stock: 40\nSKU 13 | Floor lamp | in stock: 12\n",
  S({"stock": "integer"}), {"stock": 40}, {"stock": 12})

# ---------------------------------------------------------------- 11. e-mail signatures and JSON in text
r102_sigs = S({"name": "string", "title": "string", "company": "string"})
W("sig-title", "swap", "Extract the signer's name, job title and company as JSON.\n\nThanks,\n\nKari Dahl\nHead of Procurement\nNordvik AS\n",
  r102_sigs, {"name": "Kari Dahl", "title": "Head of Procurement", "company": "Nordvik AS"},
  {"name": "Kari Dahl", "title": "Nordvik AS", "company": "Head of Procurement"})
W("sig-reply", "other_record", "Extract the signer's name, job title and company as JSON.\n\nThanks, that works for us.\n\nKari Dahl\nHead of Procurement\nNordvik AS\n\nOn Mon, Jonas Lie wrote:\n> Can we ship on Friday?\n> Jonas Lie\n> Logistics Lead\n> Havn Shipping AS\n",
  r102_sigs, {"name": "Kari Dahl", "title": "Head of Procurement", "company": "Nordvik AS"},
  {"name": "Kari Dahl", "title": "Logistics Lead", "company": "Nordvik AS"})
r102_js = S({"customer": "string", "total": "number"})
W("js-nested", "other_record", "Extract the customer and the order total as JSON.\n\n{\"order\": {\"customer\": \"Anna Berg\", \"lines\": [{\"sku\": \"A1\", \"price\": 25.0}, {\"sku\": \"B2\", \"price\": 50.0}], \"total\": 75.0}}\n",
  r102_js, {"customer": "Anna Berg", "total": 75.0}, {"customer": "Anna Berg", "total": 50.0})
W("js-subtotal", "neighbour", "Extract the customer and the order total as JSON.\n\nCustomer: Anna Berg\nSubtotal: 60.00\nVAT: 15.00\nTotal: 75.00\n",
  r102_js, {"customer": "Anna Berg", "total": 75.00}, {"customer": "Anna Berg", "total": 60.00})
W("js-prose-tot", "neighbour", "Extract the customer and the order total as JSON.\n\nAnna Berg's order came to 60.00 before VAT and 75.00 with VAT.\n",
  r102_js, {"customer": "Anna Berg", "total": 75.00}, {"customer": "Anna Berg", "total": 60.00})

# ---------------------------------------------------------------- batch 2: plain records (what is stored at all?)
r102_emp = S({"name": "string", "age": "integer"})
W("b2-emp", "plain", "Return the employee's name and age.\nRecord:\nName: Tomas Ek\nAge: 40\n",
  r102_emp, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 41})
W("b2-wh", "plain", "Give the width and height of the box as JSON.\n\nWidth: 60\nHeight: 40\n",
  r102_wh2, {"width": 60, "height": 40}, {"width": 40, "height": 60})
W("b2-dep", "plain", "Give the departure and arrival times as JSON.\n\nDeparture: 07:15\nArrival: 09:05\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("b2-deparr", "plain", "Give the departure and arrival times as JSON.\n\nDep: 07:15\nArr: 09:05\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("b2-no", "plain", "Give the departure and arrival times as JSON.\n\nAvgang: 07:15\nAnkomst: 09:05\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("b2-fl", "plain", "Give the departure and arrival times as JSON.\n\nFlight: SK 4037\nDeparture: 07:15\nArrival: 09:05\n",
  r102_tt, {"departure_time": "07:15", "arrival_time": "09:05"}, {"departure_time": "09:05", "arrival_time": "07:15"})
W("b2-fn", "plain", "Extract the first and last name as JSON.\n\nFirst name: Anna\nLast name: Berg\n",
  r102_name, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"})
W("b2-sr", "plain", "Extract the sender and recipient as JSON.\n\nSender: Anna Berg\nRecipient: Jonas Lie\n",
  r102_sr, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"})
W("b2-fromto", "plain", "Extract the sender and recipient as JSON.\n\nFrom: Anna Berg\nTo: Jonas Lie\n",
  r102_sr, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"})
W("b2-minmax", "plain", "Extract today's temperatures as JSON.\n\nMin temp: 9\nMax temp: 18\n",
  r102_mm, {"min_temp": 9, "max_temp": 18}, {"min_temp": 18, "max_temp": 9})
W("b2-lohi", "plain", "Extract the day's low and high price of the share as JSON.\n\nLow: 309.10\nHigh: 318.90\n",
  r102_lh, {"low": 309.10, "high": 318.90}, {"low": 318.90, "high": 309.10})
W("b2-prose", "plain", "Return the employee's name and age.\n\nTomas Ek is 40 years old.\n",
  r102_emp, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas", "age": 40})
W("b2-table", "plain", "Return the employee's name and age.\n\n| Name | Age |\n|---|---|\n| Tomas Ek | 40 |\n",
  r102_emp, {"name": "Tomas Ek", "age": 40}, {"name": "Ek", "age": 40})
W("b2-oneline", "plain", "Return the employee's name and age.\n\nName: Tomas Ek | Age: 40\n",
  r102_emp, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas", "age": 40})
W("b2-json", "plain", "Return the employee's name and age.\n\n{\"name\": \"Tomas Ek\", \"age\": 40}\n",
  r102_emp, {"name": "Tomas Ek", "age": 40}, {"name": "Ek", "age": 40})
W("b2-up", "plain", "Extract the order line as JSON.\n\nItem: Desk lamp\nQuantity: 3\nUnit price: 25.00\nTotal: 75.00\n",
  r102_up, {"item": "Desk lamp", "quantity": 3, "unit_price": 25.00}, {"item": "Desk lamp", "quantity": 3, "unit_price": 75.00})
W("b2-pets", "plain", "Extract the house rules as JSON.\n\nPets allowed: no\nSmoking allowed: yes\n",
  r102_pets, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True})
W("b2-fax", "plain", "Extract phone and fax as JSON (null if missing).\n\nPhone: 22 33 44 55\n",
  r102_cont, {"phone": "22 33 44 55", "fax": None}, {"phone": "22 33 44 55", "fax": "22 33 44 55"})
W("b2-stops", "plain", "List the stops in order as JSON.\n\nStops: Oslo, Gol, Geilo, Bergen\n\n\n",
  r102_stops, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Geilo", "Gol", "Bergen"]})
W("b2-date", "plain", "Extract the delivery date as JSON.\n\nDate: 2027-04-03\n",
  r102_date, {"date": "2027-04-03"}, {"date": "2027-03-04"})
W("b2-addr", "plain", "Extract street address and city as JSON.\n\nStreet: Storgata 12B\nCity: Oslo\n",
  r102_addr, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata", "city": "Oslo"})
W("b2-game", "plain", "Extract the match result as JSON.\n\nHome team: Rosenborg\nAway team: Molde\nHome goals: 1\nAway goals: 3\n",
  r102_game, {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 1, "away_goals": 3},
  {"home_team": "Rosenborg", "away_team": "Molde", "home_goals": 3, "away_goals": 1})
W("b2-price", "plain", "Extract the product and its price as JSON.\n\nProduct: Desk lamp\nPrice: 43.00\n",
  r102_price, {"product": "Desk lamp", "price": 43.00}, {"product": "Desk", "price": 43.00})


# ---- gen3.py (inlined)
# batch 3 generator, appended into round102 via exec
r102_b3 = [
 # tag, instr, text, props, right, wrong
 ("emp", "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: 40\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas", "age": 40}),
 ("wh", "Extract the width and height as JSON.", "Width: 60\nHeight: 40\n", {"width": "integer", "height": "integer"}, {"width": 60, "height": 40}, {"width": 40, "height": 60}),
 ("dep", "Extract the departure and arrival as JSON.", "Departure: 07:15\nArrival: 09:05\n", {"departure": "string", "arrival": "string"}, {"departure": "07:15", "arrival": "09:05"}, {"departure": "09:05", "arrival": "07:15"}),
 ("mm", "Extract the min and max as JSON.", "Min: 9\nMax: 18\n", {"min": "integer", "max": "integer"}, {"min": 9, "max": 18}, {"min": 18, "max": 9}),
 ("fn", "Extract the first name and last name as JSON.", "First name: Anna\nLast name: Berg\n", {"first_name": "string", "last_name": "string"}, {"first_name": "Anna", "last_name": "Berg"}, {"first_name": "Berg", "last_name": "Anna"}),
 ("pets", "Extract pets allowed and smoking allowed as JSON.", "Pets allowed: no\nSmoking allowed: yes\n", {"pets_allowed": "boolean", "smoking_allowed": "boolean"}, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True}),
 ("date", "Extract the date as JSON.", "Date: 2027-04-03\n", {"date": "string"}, {"date": "2027-04-03"}, {"date": "2027-03-04"}),
 ("addr", "Extract the street and city as JSON.", "Street: Storgata 12B\nCity: Oslo\n", {"street": "string", "city": "string"}, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata", "city": "Oslo"}),
 ("up", "Extract the item, quantity and unit price as JSON.", "Item: Desk lamp\nQuantity: 3\nUnit price: 25.00\nTotal: 75.00\n", {"item": "string", "quantity": "integer", "unit_price": "number"}, {"item": "Desk lamp", "quantity": 3, "unit_price": 25.0}, {"item": "Desk lamp", "quantity": 3, "unit_price": 75.0}),
 ("stops", "Extract the stops as JSON.", "Stops: Oslo, Gol, Geilo, Bergen\n", {"stops": {"type": "array", "items": {"type": "string"}}}, {"stops": ["Oslo", "Gol", "Geilo", "Bergen"]}, {"stops": ["Oslo", "Geilo", "Gol", "Bergen"]}),
 ("fax", "Extract the phone and fax as JSON.", "Phone: 22 33 44 55\n", {"phone": "string", "fax": ["string", "null"]}, {"phone": "22 33 44 55", "fax": None}, {"phone": "22 33 44 55", "fax": "22 33 44 55"}),
 ("prose", "Extract the name and age as JSON.", "Tomas Ek is 40 years old.\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas", "age": 40}),
 ("table", "Extract the name and age as JSON.", "| Name | Age |\n|---|---|\n| Tomas Ek | 40 |\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Ek", "age": 40}),
 ("oneline", "Extract the name and age as JSON.", "Name: Tomas Ek | Age: 40\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Ek", "age": 40}),
 ("json", "Extract the name and age as JSON.", "{\"name\": \"Tomas Ek\", \"age\": 40}\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Ek", "age": 40}),
 ("orig", "Extract the origin and destination as JSON.", "From: Oslo\nTo: Bergen\n", {"origin": "string", "destination": "string"}, {"origin": "Oslo", "destination": "Bergen"}, {"origin": "Bergen", "destination": "Oslo"}),
 ("orig2", "Extract the origin and destination as JSON.", "Origin: Oslo\nDestination: Bergen\n", {"origin": "string", "destination": "string"}, {"origin": "Oslo", "destination": "Bergen"}, {"origin": "Bergen", "destination": "Oslo"}),
 ("payer", "Extract the sender and recipient as JSON.", "Payer: Anna Berg\nPayee: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("sendrec", "Extract the sender and recipient as JSON.", "Sender: Anna Berg\nReceiver: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("nosr", "Extract the sender and recipient as JSON.", "Avsender: Anna Berg\nMottaker: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("desr", "Extract the sender and recipient as JSON.", "Von: Anna Berg\nAn: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("essr", "Extract the sender and recipient as JSON.", "De: Anna Berg\nPara: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("frsr", "Extract the sender and recipient as JSON.", "Expéditeur : Anna Berg\nDestinataire : Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Jonas Lie", "recipient": "Anna Berg"}),
 ("ccto", "Extract the sender and recipient as JSON.", "From: Anna Berg\nTo: Jonas Lie\nCc: Kari Dahl\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Anna Berg", "recipient": "Kari Dahl"}),
 ("replyto", "Extract the sender and recipient as JSON.", "From: Anna Berg\nReply-To: Kari Dahl\nTo: Jonas Lie\n", {"sender": "string", "recipient": "string"}, {"sender": "Anna Berg", "recipient": "Jonas Lie"}, {"sender": "Kari Dahl", "recipient": "Jonas Lie"}),
 ("buyer", "Extract the buyer and seller as JSON.", "Seller: Anna Berg\nBuyer: Jonas Lie\n", {"buyer": "string", "seller": "string"}, {"buyer": "Jonas Lie", "seller": "Anna Berg"}, {"buyer": "Anna Berg", "seller": "Jonas Lie"}),
 ("landlord", "Extract the landlord and tenant as JSON.", "Lessor: Anna Berg\nLessee: Jonas Lie\n", {"landlord": "string", "tenant": "string"}, {"landlord": "Anna Berg", "tenant": "Jonas Lie"}, {"landlord": "Jonas Lie", "tenant": "Anna Berg"}),
 ("product2", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 43.00\nOld price: 42.00\n", {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 43.0}, {"product": "Desk lamp", "price": 42.0}),
 ("product3", "Extract the product and price as JSON.", "Product: Desk lamp\nList price: 49.00\nPrice: 43.00\n", {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 43.0}, {"product": "Desk lamp", "price": 49.0}),
 ("product4", "Extract the product and its price as JSON.", "Product: Desk lamp (2 pcs)\nPrice: 86.00\n", {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 86.0}, {"product": "Desk lamp (2 pcs)", "price": 86.0}),
 ("hw", "Extract the width and height as JSON.", "Size: 1920 x 1080\n", {"width": "integer", "height": "integer"}, {"width": 1920, "height": 1080}, {"width": 1080, "height": 1920}),
 ("startend", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: 2027-03-15\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-15"}, {"start": "2027-03-15", "end": "2027-03-12"}),
 ("checkin", "Extract the check in and check out as JSON.", "Check-in: 2027-03-12\nCheck-out: 2027-03-15\n", {"check_in": "string", "check_out": "string"}, {"check_in": "2027-03-12", "check_out": "2027-03-15"}, {"check_in": "2027-03-15", "check_out": "2027-03-12"}),
 ("arrdep", "Extract the arrival and departure as JSON.", "Arrives: 2027-03-12\nDeparts: 2027-03-15\n", {"arrival": "string", "departure": "string"}, {"arrival": "2027-03-12", "departure": "2027-03-15"}, {"arrival": "2027-03-15", "departure": "2027-03-12"}),
]
for r102_t in r102_b3:
    W("b3-" + r102_t[0], "plain3", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen4.py (inlined)
r102_b4 = []
# booleans: the field's value denies; the model says true
r102_pa = {"pets_allowed": "boolean", "smoking_allowed": "boolean"}
for r102_i, r102_v in enumerate(["none", "forbidden", "prohibited", "not permitted", "denied", "disallowed", "never",
                                 "nei", "nein", "non", "N", "✗", "0", "false", "-", "no longer", "not anymore",
                                 "only guide dogs", "on request", "banned", "no (sorry!)", "negative", "nope", "not allowed"]):
    r102_b4.append(("bo%02d" % r102_i, "Extract pets allowed and smoking allowed as JSON.",
                    "Pets allowed: %s\nSmoking allowed: yes\n" % r102_v, r102_pa,
                    {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True}))
# booleans in one line, JSON, table
r102_b4 += [
 ("bo-json", "Extract pets allowed and smoking allowed as JSON.", "{\"pets_allowed\": \"no\", \"smoking_allowed\": \"yes\"}\n", r102_pa, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True}),
 ("bo-oneline", "Extract pets allowed and smoking allowed as JSON.", "Pets allowed: no | Smoking allowed: yes\n", r102_pa, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": False}),
 ("bo-json01", "Extract pets allowed and smoking allowed as JSON.", "{\"pets_allowed\": 0, \"smoking_allowed\": 1}\n", r102_pa, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True}),
]
# number formats
r102_pr = {"product": "string", "price": "number"}
r102_b4 += [
 ("nf-eu", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 1.250,00\n", r102_pr, {"product": "Desk lamp", "price": 1250}, {"product": "Desk lamp", "price": 1.25}),
 ("nf-eu2", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 12.500\n", r102_pr, {"product": "Desk lamp", "price": 12500}, {"product": "Desk lamp", "price": 12.5}),
 ("nf-eu3", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: kr 1.250,-\n", r102_pr, {"product": "Desk lamp", "price": 1250}, {"product": "Desk lamp", "price": 1.25}),
 ("nf-ch", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 1'250.00\n", r102_pr, {"product": "Desk lamp", "price": 1250}, {"product": "Desk lamp", "price": 250}),
 ("nf-in", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 1,25,000\n", r102_pr, {"product": "Desk lamp", "price": 125000}, {"product": "Desk lamp", "price": 1.25}),
 ("nf-k", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 1.2k\n", r102_pr, {"product": "Desk lamp", "price": 1200}, {"product": "Desk lamp", "price": 1.2}),
 ("nf-comma", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 43,50\n", r102_pr, {"product": "Desk lamp", "price": 43.5}, {"product": "Desk lamp", "price": 43}),
 ("nf-cents", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 4350 cents\n", r102_pr, {"product": "Desk lamp", "price": 43.5}, {"product": "Desk lamp", "price": 4350}),
 ("nf-ore", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 4350 øre\n", r102_pr, {"product": "Desk lamp", "price": 43.5}, {"product": "Desk lamp", "price": 4350}),
 ("nf-neg", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 43.00-\n", r102_pr, {"product": "Desk lamp", "price": -43}, {"product": "Desk lamp", "price": 43}),
]
# a single number whose words change it
r102_ag = {"name": "string", "age": "integer"}
for r102_i, (r102_v, r102_r) in enumerate([("40 next month", 39), ("40 next week", 39), ("40 last year", 41), ("40 in May", 39),
                                            ("turning 40 soon", 39), ("40 a year ago", 41), ("just under 40", 39),
                                            ("40 at hire, three years ago", 43), ("40 when registered in 2020", None),
                                            ("40 (as of 2019)", None)]):
    if r102_r is None:
        continue
    r102_b4.append(("ag%02d" % r102_i, "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: %s\n" % r102_v, r102_ag,
                    {"name": "Tomas Ek", "age": r102_r}, {"name": "Tomas Ek", "age": 40}))
r102_qt = {"item": "string", "quantity": "integer"}
for r102_i, (r102_v, r102_r) in enumerate([("3 dozen", 36), ("3 pairs", 6), ("3 boxes of 12", 36), ("a dozen", 12),
                                            ("3 short of 10", 7), ("3 fewer than ordered (10)", 7), ("half a dozen", 6),
                                            ("3 + 1 free", 4), ("3 (one returned)", 2), ("3 (2 backordered)", 1)]):
    r102_b4.append(("qt%02d" % r102_i, "Extract the item and quantity as JSON.", "Item: Desk lamp\nQuantity: %s\n" % r102_v, r102_qt,
                    {"item": "Desk lamp", "quantity": r102_r}, {"item": "Desk lamp", "quantity": 3 if "3" in r102_v else (12 if r102_r != 12 else 1)}))
# headings: one label under two roles
r102_b4 += [
 ("hd-sr", "Extract the sender name and recipient name as JSON.", "Sender\nName: Anna Berg\n\nRecipient\nName: Jonas Lie\n", {"sender_name": "string", "recipient_name": "string"}, {"sender_name": "Anna Berg", "recipient_name": "Jonas Lie"}, {"sender_name": "Jonas Lie", "recipient_name": "Anna Berg"}),
 ("hd-sr2", "Extract the sender name and recipient name as JSON.", "Recipient\nName: Jonas Lie\n\nSender\nName: Anna Berg\n", {"sender_name": "string", "recipient_name": "string"}, {"sender_name": "Anna Berg", "recipient_name": "Jonas Lie"}, {"sender_name": "Jonas Lie", "recipient_name": "Anna Berg"}),
 ("hd-md", "Extract the sender name and recipient name as JSON.", "## Recipient\nName: Jonas Lie\n## Sender\nName: Anna Berg\n", {"sender_name": "string", "recipient_name": "string"}, {"sender_name": "Anna Berg", "recipient_name": "Jonas Lie"}, {"sender_name": "Jonas Lie", "recipient_name": "Anna Berg"}),
 ("hd-name", "Extract the recipient's name and city as JSON.", "Sender\nName: Anna Berg\nCity: Oslo\n\nRecipient\nName: Jonas Lie\nCity: Bergen\n", {"name": "string", "city": "string"}, {"name": "Jonas Lie", "city": "Bergen"}, {"name": "Anna Berg", "city": "Oslo"}),
 ("hd-ofname", "Extract the sender name and recipient name as JSON.", "Name of recipient: Jonas Lie\nName of sender: Anna Berg\n", {"sender_name": "string", "recipient_name": "string"}, {"sender_name": "Anna Berg", "recipient_name": "Jonas Lie"}, {"sender_name": "Jonas Lie", "recipient_name": "Anna Berg"}),
 ("hd-json", "Extract the sender name and recipient name as JSON.", "{\"sender\": {\"name\": \"Anna Berg\"}, \"recipient\": {\"name\": \"Jonas Lie\"}}\n", {"sender_name": "string", "recipient_name": "string"}, {"sender_name": "Anna Berg", "recipient_name": "Jonas Lie"}, {"sender_name": "Jonas Lie", "recipient_name": "Anna Berg"}),
 ("js-nest", "Extract the name and age as JSON.", "{\"name\": \"Tomas Ek\", \"age\": 40, \"spouse\": {\"name\": \"Anna Berg\", \"age\": 34}}\n", r102_ag, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 34}),
 ("js-corr", "Extract the name and age as JSON.", "{\"name\": \"Tomas Ek\", \"age\": 40, \"age_corrected\": 43}\n", r102_ag, {"name": "Tomas Ek", "age": 43}, {"name": "Tomas Ek", "age": 40}),
 ("js-arr", "Extract the name and age as JSON.", "[{\"name\": \"Tomas Ek\", \"age\": 40}]\n", r102_ag, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas", "age": 40}),
 ("js-str", "Extract the name and age as JSON.", "{\"name\": \"Tomas Ek\", \"age\": \"forty\"}\n", r102_ag, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 4}),
]
# pointers and placeholders as the whole value
r102_ad = {"shipping_address": "string", "billing_address": "string"}
r102_b4 += [
 ("pt-same", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n", r102_ad, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
 ("pt-sameas", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: Same As Above\n", r102_ad, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Same As Above"}),
 ("pt-ditto", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: ditto\n", r102_ad, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "ditto"}),
 ("pt-copy", "Extract the shipping address and billing address as JSON.", "Billing address: Storgata 12B, Oslo\nShipping address: see billing\n", r102_ad, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "see billing", "billing_address": "Storgata 12B, Oslo"}),
 ("pt-tbd", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: TBD\n", {"name": "string", "city": ["string", "null"]}, {"name": "Tomas Ek", "city": None}, {"name": "Tomas Ek", "city": "TBD"}),
 ("pt-na", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: n/a\n", {"name": "string", "city": ["string", "null"]}, {"name": "Tomas Ek", "city": None}, {"name": "Tomas Ek", "city": "n/a"}),
 ("pt-unk", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: unknown\n", {"name": "string", "city": ["string", "null"]}, {"name": "Tomas Ek", "city": None}, {"name": "Tomas Ek", "city": "unknown"}),
 ("pt-dash", "Extract the name and fax as JSON.", "Name: Tomas Ek\nFax: none\n", {"name": "string", "fax": ["string", "null"]}, {"name": "Tomas Ek", "fax": None}, {"name": "Tomas Ek", "fax": "none"}),
]
# qualifier inside a string value
r102_b4 += [
 ("sq-street", "Extract the street and city as JSON.", "Street: Storgata 12B\nCity: Oslo (Grünerløkka district)\n", {"street": "string", "city": "string"}, {"street": "Storgata 12B", "city": "Oslo"}, {"street": "Storgata 12B", "city": "Grünerløkka"}),
 ("sq-name", "Extract the name and age as JSON.", "Name: Tomas Ek (née Berg)\nAge: 40\n", r102_ag, {"name": "Tomas Ek", "age": 40}, {"name": "Berg", "age": 40}),
 ("sq-city2", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: Oslo, not Bergen\n", {"name": "string", "city": "string"}, {"name": "Tomas Ek", "city": "Oslo"}, {"name": "Tomas Ek", "city": "Bergen"}),
 ("sq-city3", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: Bergen → Oslo\n", {"name": "string", "city": "string"}, {"name": "Tomas Ek", "city": "Oslo"}, {"name": "Tomas Ek", "city": "Bergen"}),
 ("sq-city4", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: Bergen/Oslo (moving 1 May)\n", {"name": "string", "city": "string"}, {"name": "Tomas Ek", "city": "Bergen"}, {"name": "Tomas Ek", "city": "Oslo"}),
 ("sq-city5", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: Oslo (office in Bergen)\n", {"name": "string", "city": "string"}, {"name": "Tomas Ek", "city": "Oslo"}, {"name": "Tomas Ek", "city": "Bergen"}),
 ("sq-date", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: 2027-03-15 (extended to 2027-03-17)\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-17"}, {"start": "2027-03-12", "end": "2027-03-15"}),
 ("sq-date2", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: 2027-03-15 → 2027-03-17\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-17"}, {"start": "2027-03-12", "end": "2027-03-15"}),
 ("sq-date3", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: open-ended (2027-03-15 planned)\n", {"start": "string", "end": ["string", "null"]}, {"start": "2027-03-12", "end": None}, {"start": "2027-03-12", "end": "2027-03-15"}),
]
for r102_t in r102_b4:
    W("b4-" + r102_t[0], "plain4", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen5.py (inlined)
r102_b5 = []
r102_A = "Storgata 12B, Oslo"
r102_ad = {"shipping_address": "string", "billing_address": "string"}
for r102_i, r102_p in enumerate(["as above", "see above", "same", "idem", "likewise", "identical", "see shipping address",
                                  "as shipping", "same address", "Same as delivery", "〃", "\"", "do.", "ibid.",
                                  "samme som over", "wie oben", "siehe oben", "même adresse", "igual que arriba", "zelfde",
                                  "same as shipping address", "copy of shipping", "use shipping address", "shipping address",
                                  "as per shipping", "(same)", "same as line 1", "^^", "↑"]):
    r102_b5.append(("pa%02d" % r102_i, "Extract the shipping address and billing address as JSON.",
                    "Shipping address: %s\nBilling address: %s\n" % (r102_A, r102_p), r102_ad,
                    {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": r102_p}))
# pointers in other members and layouts
r102_b5 += [
 ("pn-payer", "Extract the guest and payer as JSON.", "Guest: Anna Berg\nPayer: same as guest\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "same as guest"}),
 ("pn-payer2", "Extract the guest and payer as JSON.", "Guest: Anna Berg\nPayer: the guest\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "the guest"}),
 ("pn-payer3", "Extract the guest and payer as JSON.", "Guest: Anna Berg\nPayer: self\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "self"}),
 ("pn-payer4", "Extract the guest and payer as JSON.", "Guest: Anna Berg\nPayer: employer (Nordvik AS)\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Nordvik AS"}, {"guest": "Anna Berg", "payer": "employer (Nordvik AS)"}),
 ("pn-date", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: same day\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-12"}, {"start": "2027-03-12", "end": "same day"}),
 ("pn-dest", "Extract the origin and destination as JSON.", "Origin: Oslo\nDestination: return to origin\n", {"origin": "string", "destination": "string"}, {"origin": "Oslo", "destination": "Oslo"}, {"origin": "Oslo", "destination": "return to origin"}),
 ("pn-city", "Extract the name and city as JSON.", "Name: Tomas Ek\nCity: see address\nAddress: Storgata 12B, 0155 Oslo\n", {"name": "string", "city": "string"}, {"name": "Tomas Ek", "city": "Oslo"}, {"name": "Tomas Ek", "city": "see address"}),
 ("pn-oneline", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo | Billing address: same as shipping\n", r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
 ("pn-json", "Extract the shipping address and billing address as JSON.", "{\"shipping_address\": \"Storgata 12B, Oslo\", \"billing_address\": \"same as shipping\"}\n", r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
 ("pn-phone", "Extract the phone and mobile as JSON.", "Phone: 22 33 44 55\nMobile: as phone\n", {"phone": "string", "mobile": "string"}, {"phone": "22 33 44 55", "mobile": "22 33 44 55"}, {"phone": "22 33 44 55", "mobile": "as phone"}),
 ("pn-contact", "Extract the owner and contact as JSON.", "Owner: Kari Dahl\nContact: owner\n", {"owner": "string", "contact": "string"}, {"owner": "Kari Dahl", "contact": "Kari Dahl"}, {"owner": "Kari Dahl", "contact": "owner"}),
 ("pn-nullable", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n\n", {"shipping_address": "string", "billing_address": ["string", "null"]}, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
]
# placeholders copied into a member that may be null
for r102_i, r102_p in enumerate(["on request", "see attached", "to follow", "will be sent later", "see website", "confidential",
                                  "withheld", "redacted", "not given", "N.N.", "XXX", "ask at reception", "pending", "—", "?"]):
    r102_b5.append(("ph%02d" % r102_i, "Extract the name and phone as JSON.", "Name: Tomas Ek\nPhone: %s\n" % r102_p,
                    {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": None}, {"name": "Tomas Ek", "phone": r102_p}))
# numbers: thousands separator in context
r102_pr = {"product": "string", "price": "number"}
for r102_i, (r102_v, r102_r, r102_w) in enumerate([("NOK 12.500", 12500, 12.5), ("12.500 kr", 12500, 12.5), ("€12.500", 12500, 12.5),
                                                     ("12.500 EUR", 12500, 12.5), ("1.250", 1250, 1.25), ("12.500.000", 12500000, 12.5),
                                                     ("Rp 12.500", 12500, 12.5), ("12,500", 12500, 12.5), ("1,250", 1250, 1.25)]):
    r102_b5.append(("th%02d" % r102_i, "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: %s\n" % r102_v, r102_pr,
                    {"product": "Desk lamp", "price": r102_r}, {"product": "Desk lamp", "price": r102_w}))
r102_b5 += [
 ("th-no", "Extract the product and price as JSON.", "Produkt: Skrivebordslampe\nProduct: Desk lamp\nPrice: 12.500\n", r102_pr, {"product": "Desk lamp", "price": 12500}, {"product": "Desk lamp", "price": 12.5}),
 ("un-cents", "Extract the product and price in euros as JSON.", "Product: Desk lamp\nPrice: 4350 cents\n", r102_pr, {"product": "Desk lamp", "price": 43.5}, {"product": "Desk lamp", "price": 4350}),
 ("un-cents2", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: 4350 cents\n", {"product": "string", "price": {"type": "number", "description": "price in euros"}}, {"product": "Desk lamp", "price": 43.5}, {"product": "Desk lamp", "price": 4350}),
 ("un-g", "Extract the product and weight as JSON.", "Product: Desk lamp\nWeight: 1200 g\n", {"product": "string", "weight": "number"}, {"product": "Desk lamp", "weight": 1200}, {"product": "Desk lamp", "weight": 1.2}),
 ("un-min", "Extract the title and duration as JSON.", "Title: Heat\nDuration: 170 min\n", {"title": "string", "duration": "number"}, {"title": "Heat", "duration": 170}, {"title": "Heat", "duration": 2.83}),
 ("un-mo", "Extract the name and age as JSON.", "Name: Ida Moen\nAge: 18 months\n", {"name": "string", "age": "integer"}, {"name": "Ida Moen", "age": 1}, {"name": "Ida Moen", "age": 18}),
 ("un-wk", "Extract the name and age as JSON.", "Name: Ida Moen\nAge: 6 weeks\n", {"name": "string", "age": "integer"}, {"name": "Ida Moen", "age": 0}, {"name": "Ida Moen", "age": 6}),
 ("un-mo2", "Extract the name and age in years as JSON.", "Name: Ida Moen\nAge: 18 months\n", {"name": "string", "age": "integer"}, {"name": "Ida Moen", "age": 1}, {"name": "Ida Moen", "age": 18}),
 ("un-pct", "Extract the product and discount as JSON.", "Product: Desk lamp\nDiscount: 15%\n", {"product": "string", "discount": {"type": "number", "description": "fraction between 0 and 1"}}, {"product": "Desk lamp", "discount": 0.15}, {"product": "Desk lamp", "discount": 15}),
 ("un-pct2", "Extract the product and discount as JSON.", "Product: Desk lamp\nDiscount: 15%\n", {"product": "string", "discount": {"type": "number", "maximum": 1}}, {"product": "Desk lamp", "discount": 0.15}, {"product": "Desk lamp", "discount": 0.15 * 100 / 100 + 0.0 if False else 15}),
]
for r102_t in r102_b5:
    W("b5-" + r102_t[0], "plain5", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen6.py (inlined)
r102_b6 = []
for r102_i, r102_p in enumerate(["not applicable", "none given", "to be confirmed", "TBC", "TBA", "not disclosed", "private",
                                  "ex-directory", "unlisted", "no phone", "not on file", "declined", "refused", "missing",
                                  "blank", "not provided", "not stated", "unavailable", "none on record", "(blank)", "[empty]",
                                  "null", "nil", "None", "ukjent", "unbekannt", "inconnu", "desconocido", "okänd", "hemmelig",
                                  "geheim", "keine Angabe", "ikke oppgitt", "sans objet", "no tiene"]):
    r102_b6.append(("ph%02d" % r102_i, "Extract the name and phone as JSON.", "Name: Tomas Ek\nPhone: %s\n" % r102_p,
                    {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": None}, {"name": "Tomas Ek", "phone": r102_p}))
r102_b6 += [
 ("rel-end", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: three days later\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-15"}, {"start": "2027-03-12", "end": "three days later"}),
 ("rel-end2", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: next day\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-13"}, {"start": "2027-03-12", "end": "next day"}),
 ("rel-end3", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: +3 days\n", {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-15"}, {"start": "2027-03-12", "end": "+3 days"}),
 ("rel-co", "Extract the check in and check out as JSON.", "Check in: 2027-03-12\nCheck out: after two nights\n", {"check_in": "string", "check_out": "string"}, {"check_in": "2027-03-12", "check_out": "2027-03-14"}, {"check_in": "2027-03-12", "check_out": "after two nights"}),
 ("obf-at", "Extract the name and email as JSON.", "Name: Anna Berg\nEmail: anna.berg [at] fjord.no\n", {"name": "string", "email": "string"}, {"name": "Anna Berg", "email": "anna.berg@fjord.no"}, {"name": "Anna Berg", "email": "anna.berg [at] fjord.no"}),
 ("obf-dot", "Extract the name and email as JSON.", "Name: Anna Berg\nEmail: anna dot berg at fjord dot no\n", {"name": "string", "email": "string"}, {"name": "Anna Berg", "email": "anna.berg@fjord.no"}, {"name": "Anna Berg", "email": "anna dot berg at fjord dot no"}),
 ("unch", "Extract the name and department as JSON.", "Name: Anna Berg\nDepartment: unchanged\n", {"name": "string", "department": ["string", "null"]}, {"name": "Anna Berg", "department": None}, {"name": "Anna Berg", "department": "unchanged"}),
 ("unch2", "Extract the name and address as JSON.", "Name: Anna Berg\nAddress: no change\n", {"name": "string", "address": ["string", "null"]}, {"name": "Anna Berg", "address": None}, {"name": "Anna Berg", "address": "no change"}),
 ("unch3", "Extract the name and address as JSON.", "Name: Anna Berg\nAddress: as before\n", {"name": "string", "address": ["string", "null"]}, {"name": "Anna Berg", "address": None}, {"name": "Anna Berg", "address": "as before"}),
 ("blk-ptr", "Extract the shipping address and billing address as JSON.", "Shipping address:\nStorgata 12B, Oslo\n\nBilling address:\nsame as above\n", {"shipping_address": "string", "billing_address": "string"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as above"}),
 ("tab-ptr", "Extract the shipping address and billing address as JSON.", "| Shipping address | Billing address |\n|---|---|\n| Storgata 12B, Oslo | same |\n", {"shipping_address": "string", "billing_address": "string"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same"}),
 ("ptr-rev", "Extract the shipping address and billing address as JSON.", "Billing address: same as shipping\nShipping address: Storgata 12B, Oslo\n", {"shipping_address": "string", "billing_address": "string"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
 ("ptr-holder", "Extract the contract holder and invoice recipient as JSON.", "Contract holder: Kari Dahl\nInvoice recipient: contract holder\n", {"contract_holder": "string", "invoice_recipient": "string"}, {"contract_holder": "Kari Dahl", "invoice_recipient": "Kari Dahl"}, {"contract_holder": "Kari Dahl", "invoice_recipient": "contract holder"}),
 ("ptr-driver", "Extract the renter and driver as JSON.", "Renter: Jonas Lie\nDriver: renter\n", {"renter": "string", "driver": "string"}, {"renter": "Jonas Lie", "driver": "Jonas Lie"}, {"renter": "Jonas Lie", "driver": "renter"}),
 ("ptr-intro", "Extract the shipping address and billing address as JSON.", "Please process the following order.\n\nShipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n", {"shipping_address": "string", "billing_address": "string"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
 ("ptr-3", "Extract the name, shipping address and billing address as JSON.", "Name: Kari Dahl\nShipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n", {"name": "string", "shipping_address": "string", "billing_address": "string"}, {"name": "Kari Dahl", "shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"name": "Kari Dahl", "shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
 ("ptr-desc", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n\n\n", {"shipping_address": "string", "billing_address": {"type": "string", "description": "the full billing address"}}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
 ("ptr-pattern", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n\n\n\n", {"shipping_address": "string", "billing_address": {"type": "string", "minLength": 5}}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "Storgata 12B, Oslo"}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": "same as shipping"}),
]
for r102_t in r102_b6:
    W("b6-" + r102_t[0], "plain6", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen7.py (inlined)
r102_b7 = []
r102_agn = {"name": "string", "age": ["integer", "null"]}
for r102_i, r102_v in enumerate(["~40", "approx. 40", "40?", "40-ish", "40s", "over 40", "under 40", "40+", "about 40",
                                  "at least 40", "40 or so", "circa 40", "<40", ">40", "roughly 40", "est. 40"]):
    r102_b7.append(("ap%02d" % r102_i, "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: %s\n" % r102_v, r102_agn,
                    {"name": "Tomas Ek", "age": None}, {"name": "Tomas Ek", "age": 40}))
r102_sg = [
 ("temp", "Extract the city and temperature as JSON.", "City: Tromsø\nTemperature: 5 below zero\n", {"city": "string", "temperature": "number"}, -5, 5),
 ("temp2", "Extract the city and temperature as JSON.", "City: Tromsø\nTemperature: minus 5\n", {"city": "string", "temperature": "number"}, -5, 5),
 ("temp3", "Extract the city and temperature as JSON.", "City: Tromsø\nTemperature: 5 degrees of frost\n", {"city": "string", "temperature": "number"}, -5, 5),
 ("bal", "Extract the account and balance as JSON.", "Account: 1234.56.78901\nBalance: 42.00 overdrawn\n", {"account": "string", "balance": "number"}, -42, 42),
 ("bal2", "Extract the account and balance as JSON.", "Account: 1234.56.78901\nBalance: 42.00 in the red\n", {"account": "string", "balance": "number"}, -42, 42),
 ("bal3", "Extract the account and balance as JSON.", "Account: 1234.56.78901\nBalance: 42.00 owed\n", {"account": "string", "balance": "number"}, -42, 42),
 ("bal4", "Extract the account and balance as JSON.", "Account: 1234.56.78901\nBalance: (42.00)\n", {"account": "string", "balance": "number"}, -42, 42),
 ("chg", "Extract the ticker and change as JSON.", "Ticker: EQNR\nChange: down 3.2\n", {"ticker": "string", "change": "number"}, -3.2, 3.2),
 ("chg2", "Extract the ticker and change as JSON.", "Ticker: EQNR\nChange: 3.2 lower\n", {"ticker": "string", "change": "number"}, -3.2, 3.2),
 ("chg3", "Extract the ticker and change as JSON.", "Ticker: EQNR\nChange: ▼3.2\n", {"ticker": "string", "change": "number"}, -3.2, 3.2),
 ("chg4", "Extract the ticker and change as JSON.", "Ticker: EQNR\nChange: fell 3.2\n", {"ticker": "string", "change": "number"}, -3.2, 3.2),
 ("alt", "Extract the place and elevation as JSON.", "Place: Dead Sea shore\nElevation: 430 m below sea level\n", {"place": "string", "elevation": "number"}, -430, 430),
 ("alt2", "Extract the place and elevation as JSON.", "Place: Dead Sea shore\nElevation: 430 m BSL\n", {"place": "string", "elevation": "number"}, -430, 430),
 ("lat", "Extract the place and latitude as JSON.", "Place: Cape Town\nLatitude: 33.92 S\n", {"place": "string", "latitude": "number"}, -33.92, 33.92),
 ("lon", "Extract the place and longitude as JSON.", "Place: Rio de Janeiro\nLongitude: 43.17° W\n", {"place": "string", "longitude": "number"}, -43.17, 43.17),
 ("tz", "Extract the city and utc offset as JSON.", "City: New York\nUTC offset: 5 hours behind\n", {"city": "string", "utc_offset": "number"}, -5, 5),
 ("gd", "Extract the team and goal difference as JSON.", "Team: Molde\nGoal difference: 4 negative\n", {"team": "string", "goal_difference": "integer"}, -4, 4),
 ("pl", "Extract the company and profit as JSON.", "Company: Nordvik AS\nProfit: loss of 2.5\n", {"company": "string", "profit": "number"}, -2.5, 2.5),
]
for r102_t in r102_sg:
    r102_k = list(r102_t[3])
    r102_s0 = r102_t[2].split("\n")[0].split(": ", 1)[1]
    r102_b7.append(("sg-" + r102_t[0], r102_t[1], r102_t[2], r102_t[3], {r102_k[0]: r102_s0, r102_k[1]: r102_t[4]}, {r102_k[0]: r102_s0, r102_k[1]: r102_t[5]}))
r102_bs = [("paid", "Paid", ["refunded", "partially", "pending", "bounced", "reversed", "overdue", "due", "not yet", "charged back", "cancelled", "on hold", "promised"]),
           ("active", "Active", ["suspended", "expired", "closed", "deactivated", "paused", "terminated", "frozen", "dormant"]),
           ("insured", "Insured", ["expired", "lapsed", "cancelled", "applied for", "pending"]),
           ("available", "Available", ["sold out", "discontinued", "out of stock", "backordered", "reserved", "coming soon"])]
for r102_k, r102_L, r102_vs in r102_bs:
    for r102_i, r102_v in enumerate(r102_vs):
        r102_b7.append(("bs-%s%02d" % (r102_k, r102_i), "Extract the id and %s as JSON." % r102_k.replace("_", " "),
                        "ID: A-4471\n%s: %s\n" % (r102_L, r102_v), {"id": "string", r102_k: "boolean"},
                        {"id": "A-4471", r102_k: False}, {"id": "A-4471", r102_k: True}))
for r102_i, (r102_v, r102_r, r102_w) in enumerate([("NOK 450.000", 450000, 450), ("450.000 kr", 450000, 450), ("EUR 2.500", 2500, 2.5),
                                                     ("2.500 €", 2500, 2.5), ("12.500 NOK", 12500, 12.5), ("USD 3.750", 3750, 3.75),
                                                     ("CHF 1.200", 1200, 1.2), ("SEK 9.900", 9900, 9.9)]):
    r102_b7.append(("th%02d" % r102_i, "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: %s\n" % r102_v,
                    {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": r102_r}, {"product": "Desk lamp", "price": r102_w}))
for r102_i, (r102_k, r102_v, r102_r, r102_w) in enumerate([("distance", "1.200 km", 1200, 1.2), ("population", "48.000", 48000, 48), ("salary", "650.000 kr", 650000, 650), ("area", "1.500 m²", 1500, 1.5)]):
    r102_b7.append(("tk%02d" % r102_i, "Extract the name and %s as JSON." % r102_k, "Name: Lillehammer\n%s: %s\n" % (r102_k.capitalize(), r102_v),
                    {"name": "string", r102_k: "number"}, {"name": "Lillehammer", r102_k: r102_r}, {"name": "Lillehammer", r102_k: r102_w}))
for r102_t in r102_b7:
    W("b7-" + r102_t[0], "plain7", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen8.py (inlined)
r102_b8 = []
for r102_i, (r102_k, r102_v, r102_r, r102_w) in enumerate([
        ("latitude", "33.92S", -33.92, 33.92), ("latitude", "S 33.92", -33.92, 33.92), ("latitude", "33.92 South", -33.92, 33.92),
        ("longitude", "43.17 W", -43.17, 43.17), ("longitude", "W43.17", -43.17, 43.17), ("longitude", "43.17 west", -43.17, 43.17),
        ("latitude", "33.92° S", -33.92, 33.92), ("latitude", "33.92 (south)", -33.92, 33.92)]):
    r102_b8.append(("hem%02d" % r102_i, "Extract the place and %s as JSON." % r102_k, "Place: Cape Town\n%s: %s\n" % (r102_k.capitalize(), r102_v),
                    {"place": "string", r102_k: "number"}, {"place": "Cape Town", r102_k: r102_r}, {"place": "Cape Town", r102_k: r102_w}))
for r102_i, (r102_v, r102_r, r102_w) in enumerate([("2.5 million", 2500000, 2.5), ("2.5M", 2500000, 2.5), ("2.5 mn", 2500000, 2.5),
                                                     ("NOK 2.5 mill.", 2500000, 2.5), ("2.5 bn", 2500000000, 2.5), ("48 thousand", 48000, 48),
                                                     ("48k", 48000, 48), ("3 lakh", 300000, 3), ("2.5 mio.", 2500000, 2.5), ("2,5 Mio. €", 2500000, 2.5),
                                                     ("2.5 billion", 2500000000, 2.5), ("USD 2.5m", 2500000, 2.5)]):
    r102_b8.append(("sc%02d" % r102_i, "Extract the company and revenue as JSON.", "Company: Nordvik AS\nRevenue: %s\n" % r102_v,
                    {"company": "string", "revenue": "number"}, {"company": "Nordvik AS", "revenue": r102_r}, {"company": "Nordvik AS", "revenue": r102_w}))
for r102_i, (r102_v, r102_r, r102_w) in enumerate([("7 pm", 19, 7), ("7 p.m.", 19, 7), ("7 in the evening", 19, 7), ("7PM", 19, 7),
                                                     ("12 am", 0, 12), ("half past 7", 7, 7)]):
    if r102_r == r102_w:
        continue
    r102_b8.append(("hr%02d" % r102_i, "Extract the event and hour as JSON.", "Event: Dinner\nHour: %s\n" % r102_v,
                    {"event": "string", "hour": "integer"}, {"event": "Dinner", "hour": r102_r}, {"event": "Dinner", "hour": r102_w}))
for r102_i, (r102_k, r102_v) in enumerate([("emergency_contact", "spouse"), ("emergency_contact", "her manager"), ("next_of_kin", "mother"),
                                            ("beneficiary", "estate"), ("guardian", "parents"), ("emergency_contact", "see HR file"),
                                            ("supervisor", "vacant"), ("manager", "to be appointed"), ("driver", "any"),
                                            ("assignee", "unassigned"), ("owner", "various"), ("contact", "reception")]):
    r102_L = r102_k.replace("_", " ").capitalize()
    r102_b8.append(("rl%02d" % r102_i, "Extract the name and %s as JSON." % r102_k.replace("_", " "), "Name: Anna Berg\n%s: %s\n" % (r102_L, r102_v),
                    {"name": "string", r102_k: ["string", "null"]}, {"name": "Anna Berg", r102_k: None}, {"name": "Anna Berg", r102_k: r102_v}))
for r102_t in r102_b8:
    W("b8-" + r102_t[0], "plain8", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen9.py (inlined)
r102_b9 = []
r102_pa = {"pets_allowed": "boolean", "smoking_allowed": "boolean"}
for r102_i, r102_v in enumerate(["[ ]", "☐", "□", "( )", "[ ] yes", "☐ yes ☒ no", "yes ☐ / no ☑", "Y/N: N", "yes / no: no", "❌", "🚫", "x"]):
    r102_b9.append(("cb%02d" % r102_i, "Extract pets allowed and smoking allowed as JSON.", "Pets allowed: %s\nSmoking allowed: yes\n" % r102_v,
                    r102_pa, {"pets_allowed": False, "smoking_allowed": True}, {"pets_allowed": True, "smoking_allowed": True}))
for r102_i, (r102_k, r102_v) in enumerate([("due_date", "on receipt"), ("delivery_date", "ASAP"), ("end_date", "ongoing"), ("end_date", "open"),
                                            ("expiry_date", "never"), ("valid_until", "further notice"), ("end_date", "indefinite"),
                                            ("delivery_date", "upon payment"), ("due_date", "30 days net"), ("start_date", "immediately"),
                                            ("end_date", "until cancelled"), ("delivery_date", "next week")]):
    r102_L = r102_k.replace("_", " ").capitalize()
    r102_b9.append(("dp%02d" % r102_i, "Extract the order and %s as JSON." % r102_k.replace("_", " "), "Order: 5512\n%s: %s\n" % (r102_L, r102_v),
                    {"order": "string", r102_k: ["string", "null"]}, {"order": "5512", r102_k: None}, {"order": "5512", r102_k: r102_v}))
r102_A = "Storgata 12B, Oslo"
r102_ad = {"shipping_address": "string", "billing_address": "string"}
r102_b9 += [
 ("lp-semi", "Extract the shipping address and billing address as JSON.", "Shipping address: %s; Billing address: same\n" % r102_A, r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same"}),
 ("lp-tab", "Extract the shipping address and billing address as JSON.", "Shipping address\t%s\nBilling address\tsame as shipping\n" % r102_A, r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
 ("lp-eq", "Extract the shipping address and billing address as JSON.", "shipping_address = %s\nbilling_address = same as shipping\n" % r102_A, r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
 ("lp-prose", "Extract the shipping address and billing address as JSON.", "Thanks for your order from Nordvik AS.\n\nShipping address: %s\nBilling address: same as shipping\n" % r102_A, r102_ad, {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "same as shipping"}),
 ("lp-email", "Extract the sender and reply to as JSON.", "Sender: anna.berg@fjord.no\nReply to: sender\n", {"sender": "string", "reply_to": "string"}, {"sender": "anna.berg@fjord.no", "reply_to": "anna.berg@fjord.no"}, {"sender": "anna.berg@fjord.no", "reply_to": "sender"}),
 ("lp-home", "Extract the home phone and work phone as JSON.", "Home phone: 22 33 44 55\nWork phone: same\n", {"home_phone": "string", "work_phone": "string"}, {"home_phone": "22 33 44 55", "work_phone": "22 33 44 55"}, {"home_phone": "22 33 44 55", "work_phone": "same"}),
 ("lp-city", "Extract the birth city and current city as JSON.", "Birth city: Bergen\nCurrent city: same\n", {"birth_city": "string", "current_city": "string"}, {"birth_city": "Bergen", "current_city": "Bergen"}, {"birth_city": "Bergen", "current_city": "same"}),
 ("lp-nat", "Extract the name, nationality and citizenship as JSON.", "Name: Anna Berg\nNationality: Norwegian\nCitizenship: same\n", {"name": "string", "nationality": "string", "citizenship": "string"}, {"name": "Anna Berg", "nationality": "Norwegian", "citizenship": "Norwegian"}, {"name": "Anna Berg", "nationality": "Norwegian", "citizenship": "same"}),
]
for r102_t in r102_b9:
    W("b9-" + r102_t[0], "plain9", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen10.py (inlined)
# base + variant pairs (each pair run alone): the base's right answer is stored; the variant's first answer is the base's
r102_pairs = []


def r102_pair(tag, instr, base_text, var_text, props, base_right, var_right, var_first=None):
    sch = S(props)
    J("d102-pr-%s-base" % tag, "r102_pair_base", instr + "\n\n" + base_text, sch, base_right, [base_right])
    J("d102-pr-%s-var" % tag, "r102_pair_var", instr + "\n\n" + var_text, sch, var_right,
      [var_first if var_first is not None else base_right, var_right])
    r102_pairs.append(("d102-pr-%s-base" % tag, "d102-pr-%s-var" % tag))


r102_A = "Storgata 12B, Oslo"
r102_ad = {"shipping_address": "string", "billing_address": "string"}
r102_in = "Extract the shipping address and billing address as JSON."
r102_pair("same", r102_in, "Shipping address: %s\nBilling address: Kirkegata 3, Bergen\n" % r102_A,
          "Shipping address: %s\nBilling address: same as shipping\n" % r102_A, r102_ad,
          {"shipping_address": r102_A, "billing_address": "Kirkegata 3, Bergen"}, {"shipping_address": r102_A, "billing_address": r102_A})
r102_pair("same2", r102_in, "Shipping address: %s\nBilling address: Kirkegata 3, Bergen\n" % r102_A,
          "Shipping address: %s\nBilling address: same as shipping\n" % r102_A, r102_ad,
          {"shipping_address": r102_A, "billing_address": "Kirkegata 3, Bergen"}, {"shipping_address": r102_A, "billing_address": r102_A},
          var_first={"shipping_address": r102_A, "billing_address": "same as shipping"})
r102_pair("likewise", r102_in, "Shipping address: %s\nBilling address: Kirkegata 3, Bergen\n" % r102_A,
          "Shipping address: %s\nBilling address: likewise\n" % r102_A, r102_ad,
          {"shipping_address": r102_A, "billing_address": "Kirkegata 3, Bergen"}, {"shipping_address": r102_A, "billing_address": r102_A},
          var_first={"shipping_address": r102_A, "billing_address": "likewise"})
r102_pair("ptr-back", r102_in, "Shipping address: %s\nBilling address: same as shipping\n" % r102_A,
          "Shipping address: %s\nBilling address: Kirkegata 3, Bergen\n" % r102_A, r102_ad,
          {"shipping_address": r102_A, "billing_address": r102_A}, {"shipping_address": r102_A, "billing_address": "Kirkegata 3, Bergen"},
          var_first={"shipping_address": r102_A, "billing_address": "same as shipping"})
r102_pair("ph", "Extract the name and phone as JSON.", "Name: Tomas Ek\nPhone: 22 33 44 55\n", "Name: Tomas Ek\nPhone: unlisted\n",
          {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": "22 33 44 55"}, {"name": "Tomas Ek", "phone": None})
r102_pair("ph2", "Extract the name and phone as JSON.", "Name: Tomas Ek\nPhone: 22 33 44 55\n", "Name: Tomas Ek\nPhone: on request\n",
          {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": "22 33 44 55"}, {"name": "Tomas Ek", "phone": None},
          var_first={"name": "Tomas Ek", "phone": "on request"})
r102_pair("th", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: NOK 12500\n", "Product: Desk lamp\nPrice: NOK 12.500\n",
          {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 12500}, {"product": "Desk lamp", "price": 12500},
          var_first={"product": "Desk lamp", "price": 12.5})
r102_pair("th2", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice: NOK 9900\n", "Product: Desk lamp\nPrice: NOK 12.500\n",
          {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 9900}, {"product": "Desk lamp", "price": 12500})
r102_pair("hem", "Extract the place and latitude as JSON.", "Place: Cape Town\nLatitude: 33.92\n", "Place: Cape Town\nLatitude: 33.92 S\n",
          {"place": "string", "latitude": "number"}, {"place": "Cape Town", "latitude": 33.92}, {"place": "Cape Town", "latitude": -33.92})
r102_pair("hem2", "Extract the place and latitude as JSON.", "Place: Oslo\nLatitude: 59.91 N\n", "Place: Cape Town\nLatitude: 33.92 S\n",
          {"place": "string", "latitude": "number"}, {"place": "Oslo", "latitude": 59.91}, {"place": "Cape Town", "latitude": -33.92},
          var_first={"place": "Cape Town", "latitude": 33.92})
r102_pair("rel", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: 2027-03-15\n", "Start: 2027-03-12\nEnd: three days later\n",
          {"start": "string", "end": "string"}, {"start": "2027-03-12", "end": "2027-03-15"}, {"start": "2027-03-12", "end": "2027-03-15"},
          var_first={"start": "2027-03-12", "end": "three days later"})
r102_pair("unch", "Extract the name and address as JSON.", "Name: Anna Berg\nAddress: Kirkegata 3, Bergen\n", "Name: Anna Berg\nAddress: unchanged\n",
          {"name": "string", "address": ["string", "null"]}, {"name": "Anna Berg", "address": "Kirkegata 3, Bergen"}, {"name": "Anna Berg", "address": None})
# ---- gen11.py (inlined)
r102_b11 = [
 ("ml-addr", "Extract the name and address as JSON.", "Name: Kari Dahl\nAddress: Storgata 12B\n         0155 Oslo\n", {"name": "string", "address": "string"}, {"name": "Kari Dahl", "address": "Storgata 12B 0155 Oslo"}, {"name": "Kari Dahl", "address": "Storgata 12B"}),
 ("ml-addr2", "Extract the name and address as JSON.", "Name: Kari Dahl\nAddress: Storgata 12B,\n0155 Oslo\n", {"name": "string", "address": "string"}, {"name": "Kari Dahl", "address": "Storgata 12B, 0155 Oslo"}, {"name": "Kari Dahl", "address": "Storgata 12B,"}),
 ("ml-co", "Extract the name and company as JSON.", "Name: Kari Dahl\nCompany: Nordvik Offshore\n         Services AS\n", {"name": "string", "company": "string"}, {"name": "Kari Dahl", "company": "Nordvik Offshore Services AS"}, {"name": "Kari Dahl", "company": "Nordvik Offshore"}),
 ("ml-co2", "Extract the name and company as JSON.", "Name: Kari Dahl\nCompany: Nordvik Offshore -\nServices AS\n", {"name": "string", "company": "string"}, {"name": "Kari Dahl", "company": "Nordvik Offshore Services AS"}, {"name": "Kari Dahl", "company": "Nordvik Offshore -"}),
 ("ch-age", "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: 40\nChild: Ida Ek\nAge: 7\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 7}),
 ("ch-age2", "Extract the name and age as JSON.", "Name: Tomas Ek\nChild: Ida Ek\nAge: 7\nAge: 40\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 7}),
 ("ch-age3", "Extract the name and age as JSON.", "Name: Tomas Ek\nDog: Rex\nAge: 7\n", {"name": "string", "age": ["integer", "null"]}, {"name": "Tomas Ek", "age": None}, {"name": "Tomas Ek", "age": 7}),
 ("ch-age4", "Extract the name and age as JSON.", "Name: Tomas Ek\nVehicle: Volvo V70\nAge: 12\n", {"name": "string", "age": ["integer", "null"]}, {"name": "Tomas Ek", "age": None}, {"name": "Tomas Ek", "age": 12}),
 ("sc-lbl", "Extract the company and revenue as JSON.", "Company: Nordvik AS\nRevenue (thousands): 43\n", {"company": "string", "revenue": "number"}, {"company": "Nordvik AS", "revenue": 43000}, {"company": "Nordvik AS", "revenue": 43}),
 ("sc-lbl2", "Extract the company and revenue as JSON.", "Company: Nordvik AS\nRevenue, MNOK: 43\n", {"company": "string", "revenue": "number"}, {"company": "Nordvik AS", "revenue": 43000000}, {"company": "Nordvik AS", "revenue": 43}),
 ("sc-lbl3", "Extract the product and price as JSON.", "Product: Desk lamp\nPrice (per 10): 43.00\n", {"product": "string", "price": "number"}, {"product": "Desk lamp", "price": 4.3}, {"product": "Desk lamp", "price": 43}),
 ("dr", "Extract the account and balance as JSON.", "Account: 1234.56.78901\nBalance: 42.00 DR\n", {"account": "string", "balance": "number"}, {"account": "1234.56.78901", "balance": -42}, {"account": "1234.56.78901", "balance": 42}),
 ("nested-ptr", "Extract the shipping address and billing address as JSON.", "Shipping address: Storgata 12B, Oslo\nBilling address: same as shipping\n\n\n\n\n",
  {"shipping_address": "string", "billing_address": {"type": "object", "properties": {"street": {"type": "string"}}, "required": ["street"]}}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": {"street": "Storgata 12B, Oslo"}}, {"shipping_address": "Storgata 12B, Oslo", "billing_address": {"street": "same as shipping"}}),
 ("zip", "Extract the city and zip as JSON.", "City: Oslo\nZip: 0155\n", {"city": "string", "zip": "integer"}, {"city": "Oslo", "zip": 155}, {"city": "Oslo", "zip": 1550}),
 ("ptr-num", "Extract the adults and children as JSON.", "Adults: 2\nChildren: same\n", {"adults": "integer", "children": "integer"}, {"adults": 2, "children": 2}, {"adults": 2, "children": 0}),
 ("ptr-json2", "Extract the guest and payer as JSON.", "{\"guest\": \"Anna Berg\", \"payer\": \"guest\"}\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "guest"}),
 ("ptr-pipe2", "Extract the guest and payer as JSON.", "Guest: Anna Berg | Payer: same as guest | Room: 214\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "same as guest"}),
]
for r102_t in r102_b11:
    W("b11-" + r102_t[0], "plain11", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen12.py (inlined)
r102_b12 = []
for r102_i, (r102_ent, r102_age) in enumerate([("Vehicle: Volvo V70", 12), ("Car: Volvo V70", 12), ("Boat: Askeladden 525", 9), ("House: Storgata 12B", 85),
                                                ("Bike: DBS Intruder", 6), ("Laptop: ThinkPad T480", 5), ("Horse: Blakken", 14), ("Dog: Rex", 7),
                                                ("Vehicle: Volvo V70\nColour: red", 12), ("Vehicle: Volvo V70 (reg. AB 12345)", 12), ("Membership: Gold", 3),
                                                ("Cabin: Hytta på Geilo", 40), ("Roof: slate", 30), ("Policy: P-4471", 2)]):
    r102_b12.append(("se%02d" % r102_i, "Extract the name and age as JSON.", "Name: Tomas Ek\n%s\nAge: %d\n" % (r102_ent, r102_age),
                     {"name": "string", "age": ["integer", "null"]}, {"name": "Tomas Ek", "age": None}, {"name": "Tomas Ek", "age": r102_age}))
r102_b12 += [
 ("se-city", "Extract the name and city as JSON.", "Name: Tomas Ek\nEmployer: Nordvik AS\nCity: Stavanger\n", {"name": "string", "city": ["string", "null"]}, {"name": "Tomas Ek", "city": None}, {"name": "Tomas Ek", "city": "Stavanger"}),
 ("se-colour", "Extract the name and colour as JSON.", "Name: Tomas Ek\nCar: Volvo V70\nColour: red\n", {"name": "string", "colour": ["string", "null"]}, {"name": "Tomas Ek", "colour": None}, {"name": "Tomas Ek", "colour": "red"}),
 ("se-phone", "Extract the name and phone as JSON.", "Name: Tomas Ek\nDoctor: Dr. Kari Dahl\nPhone: 22 33 44 55\n", {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": None}, {"name": "Tomas Ek", "phone": "22 33 44 55"}),
 ("se-phone2", "Extract the patient's name and phone as JSON.", "Patient: Tomas Ek\nGP: Dr. Kari Dahl\nPhone: 22 33 44 55\n", {"name": "string", "phone": ["string", "null"]}, {"name": "Tomas Ek", "phone": None}, {"name": "Tomas Ek", "phone": "22 33 44 55"}),
 ("se-email", "Extract the name and email as JSON.", "Name: Tomas Ek\nManager: Kari Dahl\nEmail: kari.dahl@nordvik.no\n", {"name": "string", "email": ["string", "null"]}, {"name": "Tomas Ek", "email": None}, {"name": "Tomas Ek", "email": "kari.dahl@nordvik.no"}),
]
for r102_t in r102_b12:
    W("b12-" + r102_t[0], "plain12", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen13.py (inlined)
r102_b13 = []
r102_ents = [("Supplier: Nordvik AS", "supplier"), ("Vehicle: Volvo V70", "vehicle"), ("Policy: P-4471", "policy"), ("Account: 1234.56.78901", "account"),
             ("Flight: SK 4037", "flight"), ("Order: 5512", "order"), ("Invoice: 4471", "invoice"), ("Room: 214", "room"), ("Gate: B12", "gate"),
             ("Member no: 88213", "member"), ("Insurer: Fjord Forsikring", "insurer"), ("Employer: Nordvik AS", "employer"), ("Landlord: Kari Dahl", "landlord"),
             ("Bank: DNB", "bank"), ("Doctor: Dr. Kari Dahl", "doctor")]
r102_fields = [("phone", "Phone: 22 33 44 55", "22 33 44 55"), ("email", "Email: post@nordvik.no", "post@nordvik.no"),
               ("city", "City: Stavanger", "Stavanger"), ("status", "Status: cancelled", "cancelled"), ("date", "Date: 2027-03-12", "2027-03-12")]
for r102_e, r102_et in r102_ents:
    for r102_k, r102_line, r102_v in r102_fields:
        r102_b13.append(("%s-%s" % (r102_et, r102_k), "Extract the customer name and %s as JSON." % r102_k,
                         "Customer: Tomas Ek\n%s\n%s\n" % (r102_e, r102_line),
                         {"customer": "string", r102_k: ["string", "null"]}, {"customer": "Tomas Ek", r102_k: None}, {"customer": "Tomas Ek", r102_k: r102_v}))
for r102_t in r102_b13:
    W("b13-" + r102_t[0], "plain13", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen14.py (inlined)
r102_b14 = [
 ("em1", "Extract the name and email as JSON.", "Name: Tomas Ek\nEmail: tomas.ek@fjord.no\n", {"name": "string", "email": "string"}, {"name": "Tomas Ek", "email": "tomas.ek@fjord.no"}, {"name": "Tomas", "email": "tomas.ek@fjord.no"}),
 ("em2", "Extract the name and phone as JSON.", "Name: Tomas Ek\nEmail: tomas.ek@fjord.no\nPhone: 22 33 44 55\n", {"name": "string", "phone": "string"}, {"name": "Tomas Ek", "phone": "22 33 44 55"}, {"name": "Tomas", "phone": "22 33 44 55"}),
 ("ord1", "Extract the customer and phone as JSON.", "Customer: Tomas Ek\nOrder: 5512\nPhone: 22 33 44 55\n", {"customer": "string", "phone": "string"}, {"customer": "Tomas Ek", "phone": "22 33 44 55"}, {"customer": "Tomas", "phone": "22 33 44 55"}),
 ("ord2", "Extract the name and phone as JSON.", "Name: Tomas Ek\nOrder: 5512\nPhone: 22 33 44 55\n", {"name": "string", "phone": "string"}, {"name": "Tomas Ek", "phone": "22 33 44 55"}, {"name": "Tomas", "phone": "22 33 44 55"}),
]
for r102_t in r102_b14:
    W("b14-" + r102_t[0], "plain14", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen15.py (inlined)
r102_b15 = [
 ("em3", "Extract the name and email as JSON.", "Name: Tomas Ek\nE-mail: tomas.ek@fjord.no\n", {"name": "string", "email": "string"}, {"name": "Tomas Ek", "email": "tomas.ek@fjord.no"}, {"name": "Tomas", "email": "tomas.ek@fjord.no"}),
 ("em4", "Extract the name and email as JSON.", "Email: tomas.ek@fjord.no\nName: Tomas Ek\n", {"name": "string", "email": "string"}, {"name": "Tomas Ek", "email": "tomas.ek@fjord.no"}, {"name": "Tomas", "email": "tomas.ek@fjord.no"}),
 ("em5", "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: 40\nEmail: tomas.ek@fjord.no\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 4}),
 ("em6", "Extract the name and age as JSON.", "Name: Tomas Ek\nEmail: tomas.ek@fjord.no\nAge: 40\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 4}),
 ("mk1", "Extract the name and age as JSON.", "Name: Tomas Ek\nAge: 40\nOrder: 5512\nAge: 7\n", {"name": "string", "age": "integer"}, {"name": "Tomas Ek", "age": 40}, {"name": "Tomas Ek", "age": 7}),
 ("mk2", "Extract the status as JSON.", "Status: shipped\nOrder: 5512\nStatus: cancelled\n", {"status": "string"}, {"status": "shipped"}, {"status": "cancelled"}),
 ("mk3", "Extract the age as JSON.", "Name: Tomas Ek\nAge: 40\nEmail: tomas.ek@fjord.no\nSpouse age: 38\nAge: 38\n", {"age": "integer"}, {"age": 40}, {"age": 38}),
]
for r102_t in r102_b15:
    W("b15-" + r102_t[0], "plain15", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])
# ---- gen16.py (inlined)
r102_pr16 = {"product": "string", "price": "number"}
r102_in16 = "Extract the product and price as JSON."
for r102_tag, r102_bv, r102_vv, r102_vr in [("rw1", "43.00", "12.500", 12500), ("rw2", "43.00", "1.250", 1250), ("rw3", "NOK 43.00", "NOK 12.500", 12500),
                                            ("rw4", "43.00 EUR", "12.500 EUR", 12500), ("rw5", "43", "12.500", 12500), ("rw6", "4300", "12.500", 12500),
                                            ("rw7", "43.00", "2.500", 2500)]:
    r102_pair(r102_tag, r102_in16, "Product: Desk lamp\nPrice: %s\n" % r102_bv, "Product: Desk lamp\nPrice: %s\n" % r102_vv, r102_pr16,
              {"product": "Desk lamp", "price": float(r102_bv.replace("NOK ", "").replace(" EUR", ""))}, {"product": "Desk lamp", "price": r102_vr},
              var_first={"product": "Desk lamp", "price": r102_vr})
r102_pair("rw-lat", "Extract the place and latitude as JSON.", "Place: Cape Town\nLatitude: 34.10\n", "Place: Cape Town\nLatitude: 33.92S\n",
          {"place": "string", "latitude": "number"}, {"place": "Cape Town", "latitude": 34.10}, {"place": "Cape Town", "latitude": -33.92},
          var_first={"place": "Cape Town", "latitude": -33.92})
r102_pair("rw-pop", "Extract the name and population as JSON.", "Name: Lillehammer\nPopulation: 28000\n", "Name: Lillehammer\nPopulation: 48.000\n",
          {"name": "string", "population": "number"}, {"name": "Lillehammer", "population": 28000}, {"name": "Lillehammer", "population": 48000},
          var_first={"name": "Lillehammer", "population": 48000})
# ---- gen17.py (inlined)
def r102_rw(tag, key, label, bval, bnum, vval, vnum, name="Lillehammer"):
    r102_pair(tag, "Extract the name and %s as JSON." % key.replace("_", " "), "Name: %s\n%s: %s\n" % (name, label, bval),
              "Name: %s\n%s: %s\n" % (name, label, vval), {"name": "string", key: "number"},
              {"name": name, key: bnum}, {"name": name, key: vnum}, var_first={"name": name, key: vnum})


r102_rw("x-dist", "distance", "Distance", "900 km", 900, "1.200 km", 1200)
r102_rw("x-sal", "salary", "Salary", "500000", 500000, "650.000", 650000)
r102_rw("x-mil", "mileage", "Mileage", "90000 km", 90000, "120.000 km", 120000)
r102_rw("x-pop2", "population", "Population", "28000", 28000, "1.234.567", 1234567)
r102_rw("x-sp", "population", "Population", "28000", 28000, "48 000", 48000)
r102_rw("x-cm", "population", "Population", "28000", 28000, "48,000", 48000)
r102_rw("x-ap", "population", "Population", "28000", 28000, "48'000", 48000)
r102_rw("x-dc", "price", "Price", "43.00", 43, "43,50", 43.5)
r102_rw("x-eu", "price", "Price", "43.00", 43, "12.500,00", 12500)
r102_rw("x-k", "price", "Price", "43.00", 43, "1.2k", 1200)
r102_rw("x-tm", "balance", "Balance", "42.00", 42, "42.00-", -42)
r102_rw("x-par", "balance", "Balance", "42.00", 42, "(42.00)", -42)
r102_rw("x-dr", "balance", "Balance", "42.00", 42, "42.00 DR", -42)
r102_rw("x-lat", "latitude", "Latitude", "34.10", 34.10, "33.92 S", -33.92)
r102_rw("x-lat2", "latitude", "Latitude", "59.91", 59.91, "33.92S", -33.92)
r102_rw("x-fro", "temperature", "Temperature", "4", 4, "5 below zero", -5)
r102_rw("x-mo", "age", "Age", "40", 40, "18 months", 1)
r102_rw("x-pct", "rate", "Rate", "0.15", 0.15, "15%", 0.15)
r102_rw("x-mil2", "revenue", "Revenue", "2.5", 2.5, "3.1 million", 3100000)
r102_rw("x-3d", "weight", "Weight", "7.5", 7.5, "12.500", 12.5)
r102_rw("x-dot2", "population", "Population", "28.000", 28000, "48.000", 48000)
# ---- gen18.py (inlined)
def r102_rwi(tag, key, label, bval, bnum, vval, vnum, typ="number", name="Nordvik AS"):
    r102_pair(tag, "Extract the name and %s as JSON." % key.replace("_", " "), "Name: %s\n%s: %s\n" % (name, label, bval),
              "Name: %s\n%s: %s\n" % (name, label, vval), {"name": "string", key: typ},
              {"name": name, key: bnum}, {"name": name, key: vnum}, var_first={"name": name, key: vnum})


r102_rwi("y-qty", "quantity", "Quantity", "500", 500, "1.000", 1000, "integer")
r102_rwi("y-emp", "employees", "Employees", "900", 900, "1.200", 1200, "integer")
r102_rwi("y-pop", "population", "Population", "28000", 28000, "48.000", 48000, "integer")
r102_rwi("y-amt", "amount", "Amount", "900.00", 900, "1.500", 1500)
r102_rwi("y-kr", "price", "Price", "kr 900", 900, "kr 1.500", 1500)
r102_rwi("y-nok", "price", "Price", "NOK 900", 900, "NOK 1.500", 1500)
r102_rwi("y-eur", "price", "Price", "€900", 900, "€1.500", 1500)
r102_rwi("y-vis", "visitors", "Visitors", "8000", 8000, "12.500", 12500, "integer")
r102_rwi("y-sal2", "salary", "Salary", "500000", 500000, "1.250.000", 1250000)
r102_rwi("y-g", "weight_g", "Weight g", "900", 900, "1.500", 1500)
# ---- gen19.py (inlined)
r102_b19 = [
 ("fmt-date", "Extract the start and end as JSON.", "Start: 2027-03-12\nEnd: same day\n", {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}}, {"start": "2027-03-12", "end": "2027-03-12"}, {"start": "2027-03-12", "end": "same day"}),
 ("fmt-email", "Extract the name and email as JSON.", "Name: Tomas Ek\nEmail: same as billing contact\n", {"name": "string", "email": {"type": ["string", "null"], "format": "email"}}, {"name": "Tomas Ek", "email": None}, {"name": "Tomas Ek", "email": "same as billing contact"}),
 ("pat-phone", "Extract the name and phone as JSON.", "Name: Tomas Ek\nPhone: private\n", {"name": "string", "phone": {"type": ["string", "null"], "pattern": "^[0-9 +]+$"}}, {"name": "Tomas Ek", "phone": None}, {"name": "Tomas Ek", "phone": "private"}),
 ("enum-ptr", "Extract the shipping method and billing method as JSON.", "Shipping method: courier\nBilling method: same as shipping\n", {"shipping_method": "string", "billing_method": "string"}, {"shipping_method": "courier", "billing_method": "courier"}, {"shipping_method": "courier", "billing_method": "same as shipping"}),
 ("sig-ptr", "Extract the name and company as JSON.", "Name: Kari Dahl\nTitle: Head of Procurement\nCompany: see letterhead\n", {"name": "string", "company": ["string", "null"]}, {"name": "Kari Dahl", "company": None}, {"name": "Kari Dahl", "company": "see letterhead"}),
 ("tbl-ptr2", "Extract the guest and payer as JSON.", "Guest | Payer\nAnna Berg | same\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "same"}),
 ("dash-ptr", "Extract the guest and payer as JSON.", "Guest - Anna Berg\nPayer - same as guest\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "Anna Berg", "payer": "same as guest"}),
 ("ptr-both", "Extract the guest and payer as JSON.", "Payer: Anna Berg\nGuest: same as payer\n", {"guest": "string", "payer": "string"}, {"guest": "Anna Berg", "payer": "Anna Berg"}, {"guest": "same as payer", "payer": "Anna Berg"}),
]
for r102_t in r102_b19:
    W("b19-" + r102_t[0], "plain19", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])

# ---- gen20.py (inlined)
r102_b20 = [
 ("mk-city", "Extract the city as JSON.", "Name: Anna Berg\nCity: Bergen\nEmail: anna.berg@fjord.no\nReference: Kari Dahl\nCity: Oslo\n", {"city": "string"}, {"city": "Bergen"}, {"city": "Oslo"}),
 ("mk-city2", "Extract the city as JSON.", "City: Bergen\nEmail: anna.berg@fjord.no\nCity: Oslo\n", {"city": "string"}, {"city": "Bergen"}, {"city": "Oslo"}),
 ("mk-age", "Extract the age as JSON.", "Name: Tomas Ek\nAge: 40\nOrder: 5512\nVehicle: Volvo V70\nAge: 12\n", {"age": "integer"}, {"age": 40}, {"age": 12}),
 ("mk-status", "Extract the status as JSON.", "Customer: Tomas Ek\nStatus: active\nInvoice: 4471\nStatus: paid\n", {"status": "string"}, {"status": "active"}, {"status": "paid"}),
]
for r102_t in r102_b20:
    W("b20-" + r102_t[0], "plain20", r102_t[1] + "\n\n" + r102_t[2], S(r102_t[3]), r102_t[4], r102_t[5])


# Left out of the ctest set, as their right answer is a reading the tester called arguable: a
# Phone/City/Status/Date line after a "Room:", "Flight:" or "Vehicle:" line may be the
# customer's (b13-*, b11-ch-age4, b12-se*), "Desk lamp (2 pcs)", "4350 cents" for a price, and
# owners such as "estate" or "parents" (b8-rl*).
from probe_kit import WITH_OPEN  # noqa: E402

r102_arguable = {"d102-b11-ch-age4", "d102-b12-se00", "d102-b12-se09", "d102-b12-se13", "d102-b3-product4",
                 "d102-b4-nf-cents", "d102-b8-rl03", "d102-b8-rl04", "d102-b8-rl08", "d102-b8-rl10", "d102-b8-rl11"}
# Open (FINDINGS.md): a payer given as "self" or "employer (Nordvik AS)" is stored; generated
# only with --with-open.
r102_open = {"d102-b5-pn-payer3", "d102-b5-pn-payer4"}
P[:] = [p for p in P if not (p["id"] in r102_arguable or p["id"].startswith("d102-b13-") or
                             (p["id"] in r102_open and not WITH_OPEN))]
