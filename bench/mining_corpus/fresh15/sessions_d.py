"""Format D sessions (trajectories_<date>.jsonl, 2-4 sessions a file). Blind author P, corpus fresh15."""

FORMAT_D = {
    "2026-08-05": [
        {"time": "08:05:40", "title": "LPA registration covering letter", "steps": [
            ("u", "plain", "Draft a covering letter to the Office of the Public Guardian enclosing my father's "
                           "lasting powers of attorney for registration. I am the attorney; my sister Catrin is the "
                           "replacement."),
            ("a", "Are you sending both LPAs (property and financial affairs, and health and welfare), or only "
                  "one?"),
            ("u", "clarify_answer", "Both."),
            ("a", "Dear Sir or Madam\n\nEmrys Llewellyn: lasting powers of attorney\n\nPlease find enclosed, for "
                  "registration, my father's lasting power of attorney for property and financial affairs and his "
                  "lasting power of attorney for health and welfare. I am named as his attorney and my sister, "
                  "Catrin Llewellyn, as replacement attorney.\n\nYours faithfully\n\nOwain Llewellyn\nAttorney at "
                  "Law"),
            ("u", "instead", "Sign it 'Owain Llewellyn, Attorney'. I am his attorney under the LPA; 'Attorney at "
                             "Law' is an American lawyer's title and means nothing here."),
            ("a", "Dear Sir or Madam\n\nEmrys Llewellyn: lasting powers of attorney\n\nPlease find enclosed, for "
                  "registration, my father's lasting power of attorney for property and financial affairs and his "
                  "lasting power of attorney for health and welfare. I am named as his attorney and my sister, "
                  "Catrin Llewellyn, as replacement attorney.\n\nYours faithfully\n\nOwain Llewellyn, Attorney"),
            ("u", "followup", "Add that the fees are enclosed as two cheques of £82 each, payable to the Office "
                              "of the Public Guardian."),
            ("a", "Dear Sir or Madam\n\nEmrys Llewellyn: lasting powers of attorney\n\nPlease find enclosed, for "
                  "registration, my father's lasting power of attorney for property and financial affairs and his "
                  "lasting power of attorney for health and welfare. I am named as his attorney and my sister, "
                  "Catrin Llewellyn, as replacement attorney. I enclose the registration fees as two cheques of £82 "
                  "each, payable to the Office of the Public Guardian.\n\nYours faithfully\n\nOwain Llewellyn, "
                  "Attorney"),
            ("u", "acceptance", "Right. That goes in the envelope."),
        ]},
        {"time": "12:30:12", "title": "Coach time to Llanelli", "steps": [
            ("u", "plain", "We must be robed and in the Ffwrnes foyer in Llanelli by 2pm on Saturday. It is forty "
                           "minutes by coach from the Square and robing takes twenty minutes once we arrive. What "
                           "time should the coach leave?"),
            ("a", "There are a few things to weigh up here. Saturday traffic on the A483 and through Cross Hands can "
                  "be unpredictable, especially in the summer holidays, and parking a coach near the Ffwrnes may "
                  "take a little time. Some choirs like to build in a generous buffer of 30 to 45 minutes, while "
                  "others prefer to keep waiting around to a minimum. It also depends on whether all the men are "
                  "reliably punctual at the Square. On balance, leaving somewhere between about 12:15 and 12:45 "
                  "would probably be sensible, depending on how much margin you want."),
            ("u", "repeat_narrow", "One time, please. When does the coach leave?"),
            ("a", "The coach should leave the Square at 13:20."),
            ("u", "partial", "One time, thank you. But that gets us there at two, unrobed. I told you robing takes "
                             "twenty minutes."),
            ("a", "The coach should leave the Square at 13:00: 40 minutes to Llanelli, arriving 13:40, and 20 "
                  "minutes to robe, ready at 14:00."),
            ("u", "acceptance", "13:00 it is. I shall tell the coach firm."),
        ]},
        {"time": "19:48:27", "title": "Walk log Pen y Fan", "steps": [
            ("u", "plain", "Log today's walk: Pen y Fan and Corn Du from Pont ar Daf, 9 km, 3 hours 10, with Bryn."),
            ("t", "memory", {"action": "add", "target": "memory",
                             "content": "Walk 2026-08-05: Pen y Fan and Corn Du from Pont ar Daf, 9 km, 3h10, with "
                                        "Bryn."}, "Saved to memory.", 0),
            ("a", "Logged in my memory: 5 August 2026, Pen y Fan and Corn Du from Pont ar Daf, 9 km, 3h10, with "
                  "Bryn."),
            ("u", "reject_approach", "Not in your memory. My walks go in ~/Documents/walks_2026.csv, one line per "
                                     "walk, in the same columns as the others."),
            ("t", "terminal", {"command": "tail -2 ~/Documents/walks_2026.csv && echo '2026-08-05,Pen y Fan and Corn "
                                          "Du from Pont ar Daf,9,3:10,Bryn' >> ~/Documents/walks_2026.csv && tail -1 "
                                          "~/Documents/walks_2026.csv"},
             "2026-07-18,Carmarthen Fan from Llyn y Fan Fach,11,4:30,\n2026-07-25,Mynydd Du from Herbert's "
             "Quarry,14,5:00,Dilwyn\n2026-08-05,Pen y Fan and Corn Du from Pont ar Daf,9,3:10,Bryn", 0),
            ("a", "Added to ~/Documents/walks_2026.csv in the same columns: 2026-08-05, Pen y Fan and Corn Du from "
                  "Pont ar Daf, 9, 3:10, Bryn. Walks will go to that file from now on, not to my memory."),
            ("u", "new_task", "How far have I walked this year, all told?"),
            ("t", "terminal", {"command": "awk -F, 'NR>1 {s+=$3; n++} END {print n, s}' ~/Documents/walks_2026.csv"},
             "17 203", 0),
            ("a", "17 walks in 2026 so far, 203 km in all."),
            ("u", "acceptance", "More than I thought. Thank you."),
        ]},
    ],
    "2026-08-12": [
        {"time": "09:25:03", "title": "Consent order Rees v Mainwaring", "steps": [
            ("u", "plain", "Draft a consent order in Rees v Mainwaring, K00SA123: the hearing on 9 September 2026 "
                           "is vacated and relisted on the first open date after 5 October 2026, time estimate two "
                           "hours, no order as to costs."),
            ("a", "IN THE COUNTY COURT AT SWANSEA\nClaim No. K00SA123\nBETWEEN\nMRS ANGHARAD REES (Claimant)\nand\n"
                  "MR DAVID MAINWARING (Defendant)\n\nCONSENT ORDER\n\nUPON the parties having agreed the terms of "
                  "this order\n\nIT IS ORDERED THAT:\n1. The hearing listed for 9 September 2026 is vacated.\n2. The "
                  "hearing shall be relisted on the first open date after 5 October 2026, time estimate 2 hours.\n"
                  "3. Costs in the case."),
            ("u", "echo", "'No order as to costs.'"),
            ("a", "IN THE COUNTY COURT AT SWANSEA\nClaim No. K00SA123\nBETWEEN\nMRS ANGHARAD REES (Claimant)\nand\n"
                  "MR DAVID MAINWARING (Defendant)\n\nCONSENT ORDER\n\nUPON the parties having agreed the terms of "
                  "this order\n\nIT IS ORDERED THAT:\n1. The hearing listed for 9 September 2026 is vacated.\n2. The "
                  "hearing shall be relisted on the first open date after 5 October 2026, time estimate 2 hours.\n"
                  "3. No order as to costs."),
            ("u", "followup", "Add 'We consent to an order in the above terms' with space for both firms to sign "
                              "and date."),
            ("a", "IN THE COUNTY COURT AT SWANSEA\nClaim No. K00SA123\nBETWEEN\nMRS ANGHARAD REES (Claimant)\nand\n"
                  "MR DAVID MAINWARING (Defendant)\n\nCONSENT ORDER\n\nUPON the parties having agreed the terms of "
                  "this order\n\nIT IS ORDERED THAT:\n1. The hearing listed for 9 September 2026 is vacated.\n2. The "
                  "hearing shall be relisted on the first open date after 5 October 2026, time estimate 2 hours.\n"
                  "3. No order as to costs.\n\nWe consent to an order in the above terms.\n\n.............................."
                  "\nLlewellyn & Rees, Solicitors for the Claimant\nDated:\n\n..............................\nHarries "
                  "Hopkins, Solicitors for the Defendant\nDated:"),
            ("u", "acceptance", "Good. I shall send it across to Harries Hopkins for signature."),
        ]},
        {"time": "14:14:46", "title": "Dad's podiatry appointment", "steps": [
            ("u", "plain", "What is the office number for Gofal Tywi? It is in my contacts."),
            ("t", "terminal", {"command": "osascript -e 'tell application \"Contacts\" to get value of phones of "
                                          "(first person whose organization is \"Gofal Tywi\")'"},
             "01558 82xxxx, 07700 9xxxxx", 0),
            ("a", "Gofal Tywi office: 01558 82xxxx. There is also a mobile, 07700 9xxxxx. Would you like me to "
                  "draft a message to them as well?"),
            ("u", "decline_offer", "No, thank you. But find me the date of Dad's next podiatry appointment; the "
                                   "letters are in ~/Documents/Dad/appointments."),
            ("t", "terminal", {"command": "ls ~/Documents/Dad/appointments && pdftotext "
                                          "~/Documents/Dad/appointments/2026-07-30_hywel_dda.pdf - | grep -i -m2 "
                                          "'appointment'"},
             "2026-07-21_podiatry.pdf\n2026-07-30_hywel_dda.pdf\nYour appointment: Audiology, Glangwili Hospital, "
             "Tuesday 25 August 2026 at 10:40", 0),
            ("a", "Your father's next appointment is on Tuesday 25 August 2026 at 10:40, at Glangwili Hospital."),
            ("u", "repeat_narrow", "That is the audiology. I want the podiatry appointment."),
            ("t", "terminal", {"command": "pdftotext ~/Documents/Dad/appointments/2026-07-21_podiatry.pdf - | grep "
                                          "-i -m2 'appointment'"},
             "Your appointment: Podiatry, Llandeilo Health Centre, Thursday 3 September 2026 at 14:15", 0),
            ("a", "Podiatry: Thursday 3 September 2026 at 14:15, Llandeilo Health Centre. (The 25 August "
                  "appointment is audiology at Glangwili.)"),
            ("u", "acceptance", "Thank you. Both are in the diary now."),
        ]},
        {"time": "16:40:20", "title": "Office printer offline", "steps": [
            ("u", "plain", "The Brother printer in the back office shows as offline on the Mac. Fix it."),
            ("a", "The most reliable fix is to reset the printing system: System Settings > Printers & Scanners, "
                  "Control-click the printer list and choose 'Reset printing system', then add the Brother again. "
                  "This clears any stuck queues."),
            ("u", "reject_approach", "I am not resetting the whole printing system. There are four printers set up "
                                     "on this Mac and it took Gethin an afternoon. Find out why that one is "
                                     "offline."),
            ("t", "terminal", {"command": "lpstat -p | grep -i brother"},
             "printer Brother_HL_L2350DW disabled since Wed 12 Aug 15:58:02 2026 -\n\tPaused", 0),
            ("t", "terminal", {"command": "cupsenable Brother_HL_L2350DW && lpstat -p Brother_HL_L2350DW"},
             "printer Brother_HL_L2350DW is idle.  enabled since Wed 12 Aug 16:42:11 2026", 0),
            ("a", "The Brother had been paused at 15:58, probably after a paper jam. I have re-enabled it; it is "
                  "idle and ready. No other printer was touched."),
            ("u", "new_task", "Then print the Davies witness statement, double-sided."),
            ("t", "terminal", {"command": "lp -d Brother_HL_L2350DW ~/Clients/Davies/'Witness statement - Mr "
                                          "Davies.pdf'"},
             "request id is Brother_HL_L2350DW-412 (1 file(s))", 0),
            ("a", "Sent to the Brother: Witness statement - Mr Davies.pdf (7 pages)."),
            ("u", "echo", "Double-sided, I said. That will come out on seven sheets."),
            ("t", "terminal", {"command": "cancel Brother_HL_L2350DW-412; lp -d Brother_HL_L2350DW -o "
                                          "sides=two-sided-long-edge ~/Clients/Davies/'Witness statement - Mr "
                                          "Davies.pdf'"},
             "request id is Brother_HL_L2350DW-413 (1 file(s))", 0),
            ("a", "Cancelled the single-sided job and sent it again double-sided (long edge): four sheets."),
            ("u", "acceptance", "That is better. Thank you."),
        ]},
    ],
    "2026-08-20": [
        {"time": "10:02:58", "title": "Probate fee letter", "steps": [
            ("u", "plain", "Write a short paragraph for Mrs Thomas setting out our fee for obtaining the grant of "
                           "probate: a fixed £1,800 plus VAT, for the grant only."),
            ("a", "Our fee for obtaining the grant of probate is a fixed $1,800. This covers preparing the "
                  "application and obtaining the grant only."),
            ("u", "explicit", "That is wrong on two counts: it is pounds, not dollars, and you have left out the "
                              "VAT."),
            ("a", "Our fee for obtaining the grant of probate is a fixed £1,800 plus VAT (£2,160 in total). This "
                  "covers preparing the application and obtaining the grant only."),
            ("u", "followup", "Add that disbursements are extra: the probate application fee and the cost of the "
                              "Gazette notice."),
            ("a", "Our fee for obtaining the grant of probate is a fixed £1,800 plus VAT (£2,160 in total). This "
                  "covers preparing the application and obtaining the grant only. Disbursements are payable in "
                  "addition: principally the probate application fee and the cost of placing a notice in The "
                  "Gazette."),
            ("u", "acceptance", "Good. That goes in the client care letter."),
        ]},
        {"time": "18:35:21", "title": "Summit weather", "steps": [
            ("u", "plain", "What is the wind forecast for Saturday? I am walking with Dilwyn."),
            ("a", "Which hill are you walking? The summit forecast differs a great deal between the Beacons and "
                  "Snowdonia."),
            ("u", "clarify_answer", "Cadair Idris, up the Minffordd path."),
            ("t", "web_search", {"query": "Dolgellau weather forecast Saturday 22 August 2026 wind"},
             "Dolgellau, Sat 22 Aug: sunny intervals, 19C, wind SW 12 mph gusting 22 mph.", 0),
            ("a", "Saturday 22 August, Dolgellau: sunny intervals, 19°C, wind south-westerly 12 mph, gusting 22 "
                  "mph. Good walking weather."),
            ("u", "instead", "I want the wind on the summit, not in the town. Penygadair is nearly 900 metres "
                             "up."),
            ("t", "web_search", {"query": "MWIS Snowdonia forecast Saturday 22 August 2026 summit wind"},
             "MWIS Snowdonia National Park, Sat 22 Aug: SW 25-30 mph on summits, gusts 40 mph on exposed ridges; "
             "cloud base 800-900 m in the morning, lifting above summits by afternoon; feels like 3C on summits.",
             0),
            ("a", "Mountain Weather Information Service, Snowdonia, Saturday 22 August: south-westerly 25 to 30 mph "
                  "on the summits, gusting 40 mph on exposed ridges. Cloud base 800 to 900 m in the morning, "
                  "lifting clear of the summits in the afternoon. Wind chill about 3°C on top."),
            ("u", "acceptance", "That is more like it. We shall start late and take the extra layer."),
            ("a", "Sensible. The cloud should be clear of Penygadair by early afternoon."),
            ("u", "new_task", "Remind me on Friday night to charge the head torch, just in case."),
            ("t", "terminal", {"command": "osascript -e 'tell application \"Reminders\" to make new reminder with "
                                          "properties {name:\"Charge the head torch\", remind me date:date \"Friday "
                                          "21 August 2026 at 21:00\"}'"},
             "reminder created", 0),
            ("a", "Reminder set for Friday 21 August at 21:00: charge the head torch."),
        ]},
    ],
    "2026-08-25": [
        {"time": "20:10:37", "title": "Attendance Allowance day needs", "steps": [
            ("u", "plain", "Dad is claiming Attendance Allowance. Draft his answer to the question about the help "
                           "he needs during the day, from my notes in ~/Documents/Dad/aa_notes.txt. It must be "
                           "accurate; do not exaggerate."),
            ("t", "terminal", {"command": "cat ~/Documents/Dad/aa_notes.txt"},
             "Needs help in and out of the bath (twice a week, carer). Cannot manage buttons some mornings. Forgets "
             "tablets unless prompted. Uses frame indoors; unsteady on stairs - someone walks behind him. Fell 19 "
             "June. Washes himself at the basin unaided.", 0),
            ("a", "My father needs help with many things during the day. I help him get in and out of the bath "
                  "twice a week, and I remind him to take his tablets. He struggles with buttons on some mornings. "
                  "He uses a frame indoors and is unsteady on the stairs, so someone walks behind him. He fell on 19 "
                  "June."),
            ("u", "explicit", "That is not what I asked for. It is Dad's form, so it is his answer: written as "
                              "him, in the first person. And it is the carer who helps with the bath, not me."),
            ("a", "I need help getting in and out of the bath, which a carer gives me twice a week. Some mornings I "
                  "cannot manage buttons. I forget my tablets unless someone reminds me. I use a frame indoors and "
                  "I am unsteady on the stairs, so someone walks behind me. I fell on 19 June. I cannot wash myself "
                  "without help."),
            ("u", "partial", "His voice now, and the carer is right. But the last sentence is untrue: he washes at "
                             "the basin on his own. He needs help only with the bath."),
            ("a", "I need help getting in and out of the bath, which a carer gives me twice a week. I can wash at "
                  "the basin on my own. Some mornings I cannot manage buttons. I forget my tablets unless someone "
                  "reminds me. I use a frame indoors and I am unsteady on the stairs, so someone walks behind me. I "
                  "fell on 19 June."),
            ("u", "acceptance", "That is accurate. I shall read it to him tomorrow."),
            ("a", "Would you like me to draft the night-time question as well?"),
            ("u", "decline_offer", "No, he sleeps through. We shall answer that one ourselves."),
        ]},
        {"time": "21:40:05", "title": "Dinefwr Park opening hours", "steps": [
            ("u", "plain", "The choir picnic is at Dinefwr Park on Saturday 29 August. When does the park open "
                           "and close that day?"),
            ("t", "web_search", {"query": "Dinefwr National Trust opening times August 2026"},
             "Dinefwr, National Trust: Parkland open daily 10:00-17:00 (last entry 16:00). Newton House 11:00-16:00. "
             "Café 10:00-16:30. Sundays parkland 10:00-16:00.", 0),
            ("a", "Dinefwr (National Trust) opening times:\n\n- Parkland: daily 10:00-17:00, last entry 16:00\n- "
                  "Newton House: 11:00-16:00\n- Café: 10:00-16:30\n- Sundays: parkland 10:00-16:00\n\nMembers get "
                  "in free; otherwise there is an admission charge."),
            ("u", "repeat_narrow", "Saturday the twenty-ninth. The park. Two times."),
        ]},
    ],
}
