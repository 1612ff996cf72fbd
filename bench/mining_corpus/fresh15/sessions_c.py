"""Format C sessions (hermes_export_<date>.jsonl, 2-4 sessions a file). Blind author P, corpus fresh15."""

FORMAT_C = {
    "2026-08-03": [
        {"time": "08:20:14", "title": "Rees v Mainwaring hearing date", "steps": [
            ("u", "plain", "Draft an email to the listing office at Swansea Civil Justice Centre asking whether the "
                           "hearing in Rees v Mainwaring, claim K00SA123, listed for Wednesday 9 September 2026, can "
                           "be moved. Our client is in hospital that week. Ask; do not demand."),
            ("a", "Subject: Rees v Mainwaring, K00SA123: hearing on 9 September 2026\n\nDear Listing Officer\n\nWe "
                  "act for the Claimant. Our client will be in hospital during the week of 7 September 2026 and "
                  "cannot attend. We therefore require that the hearing on 9 September be vacated and relisted, "
                  "and we expect the court to confirm a new date by return.\n\nYours faithfully\n\nLlewellyn & "
                  "Rees"),
            ("u", "echo", "'Ask; do not demand.' 'We require' and 'we expect by return' is demanding, and the "
                          "listing office will not thank us for it."),
            ("a", "Subject: Rees v Mainwaring, K00SA123: hearing on 9 September 2026\n\nDear Listing Officer\n\nWe "
                  "act for the Claimant. Our client is to be admitted to hospital during the week of 7 September "
                  "2026 and will be unable to attend the hearing listed for 9 September. We should be grateful if "
                  "the court would consider relisting the hearing, and we can provide dates to avoid if that would "
                  "assist.\n\nYours faithfully\n\nLlewellyn & Rees"),
            ("u", "followup", "Add that the Defendant's solicitors consent, and that their email of 30 July is "
                              "attached."),
            ("a", "Subject: Rees v Mainwaring, K00SA123: hearing on 9 September 2026\n\nDear Listing Officer\n\nWe "
                  "act for the Claimant. Our client is to be admitted to hospital during the week of 7 September "
                  "2026 and will be unable to attend the hearing listed for 9 September. The Defendant's "
                  "solicitors consent to the hearing being relisted; their email of 30 July 2026 is attached. We "
                  "should be grateful if the court would consider relisting the hearing, and we can provide dates "
                  "to avoid if that would assist.\n\nYours faithfully\n\nLlewellyn & Rees\n\nShall I save a copy "
                  "in the client folder, and if so which one?"),
            ("u", "clarify_answer", "~/Clients/Rees/Correspondence, named with today's date first."),
            ("t", "terminal", {"command": "pbpaste > ~/Clients/Rees/Correspondence/'2026-08-03 email to Swansea "
                                          "listing.txt' && ls ~/Clients/Rees/Correspondence | tail -1"},
             "2026-08-03 email to Swansea listing.txt", 0),
            ("a", "Saved as ~/Clients/Rees/Correspondence/2026-08-03 email to Swansea listing.txt."),
            ("u", "acceptance", "Thank you."),
        ]},
        {"time": "13:02:51", "title": "Dad's birthday lunch", "steps": [
            ("u", "plain", "Write to the Cawdor to book lunch for my father's 87th birthday: Sunday 16 August, six "
                           "people, 1pm, a table on the ground floor because he uses a walking frame."),
            ("a", "Dear Sir or Madam\n\nI would like to book a table for six for lunch on Saturday 15 August at "
                  "1pm, to celebrate my father's 87th birthday. If you could let me know whether that is "
                  "possible, I should be grateful.\n\nYours faithfully\n\nOwain Llewellyn"),
            ("u", "repeat_narrow", "Sunday the sixteenth. And the ground floor."),
            ("a", "Dear Sir or Madam\n\nI would like to book a table for six on Sunday 16 August at 6pm, to "
                  "celebrate my father's 87th birthday. My father uses a walking frame, so we need a table on the "
                  "ground floor. If you could let me know whether that is possible, I should be grateful.\n\nYours "
                  "faithfully\n\nOwain Llewellyn"),
            ("u", "partial", "Date and floor are right now. But it is lunch, at one o'clock, not six in the "
                             "evening."),
            ("a", "Dear Sir or Madam\n\nI would like to book a table for six for lunch on Sunday 16 August at 1pm, "
                  "to celebrate my father's 87th birthday. My father uses a walking frame, so we need a table on "
                  "the ground floor. If you could let me know whether that is possible, I should be "
                  "grateful.\n\nYours faithfully\n\nOwain Llewellyn"),
            ("u", "acceptance", "That is it. Sent."),
            ("u", "new_task", "What did we give him last year? I kept a note somewhere in ~/Documents/Dad."),
            ("t", "terminal", {"command": "grep -ri -A1 'birthday' ~/Documents/Dad/*.txt | head -4"},
             "/Users/owain/Documents/Dad/notes.txt:2025-08-16 birthday: new cardigan (M&S, navy), framed photo of "
             "the choir at Llangollen 1979", 0),
            ("a", "From ~/Documents/Dad/notes.txt: last year he had a navy M&S cardigan and a framed photograph of "
                  "the choir at Llangollen in 1979."),
            ("u", "acceptance", "Yes, of course. He loved that photograph."),
        ]},
        {"time": "20:44:09", "title": "Rehearsal recording to mp3", "steps": [
            ("u", "plain", "Ruth recorded Thursday's rehearsal on her recorder: ~/Downloads/rehearsal_2026-07-30.wav. "
                           "Turn it into an mp3 the men can listen to."),
            ("a", "The easiest way is an online converter. Go to cloudconvert.com, upload the WAV file, choose MP3 "
                  "as the output and download the result. It takes a couple of minutes for a file that size."),
            ("u", "reject_approach", "I am not uploading the choir's rehearsal to some website. Do it here on the "
                                     "Mac."),
            ("t", "terminal", {"command": "ffmpeg -hide_banner -loglevel error -i ~/Downloads/rehearsal_2026-07-30.wav "
                                          "-b:a 128k ~/Downloads/rehearsal_2026-07-30.mp3 && ls -lh "
                                          "~/Downloads/rehearsal_2026-07-30.mp3"},
             "-rw-r--r--  1 owain  staff  86M  3 Aug 20:46 /Users/owain/Downloads/rehearsal_2026-07-30.mp3", 0),
            ("a", "Converted locally with ffmpeg: ~/Downloads/rehearsal_2026-07-30.mp3, 128 kbit/s, 86 MB."),
            ("u", "followup", "Half of them will play it through WhatsApp on old phones. Get it under 16 MB; it "
                              "only has to be good enough to hear the parts."),
            ("t", "terminal", {"command": "ffmpeg -hide_banner -loglevel error -y -i "
                                          "~/Downloads/rehearsal_2026-07-30.wav -ac 1 -b:a 24k "
                                          "~/Downloads/rehearsal_2026-07-30_small.mp3 && ls -lh "
                                          "~/Downloads/rehearsal_2026-07-30_small.mp3"},
             "-rw-r--r--  1 owain  staff  15M  3 Aug 20:49 /Users/owain/Downloads/rehearsal_2026-07-30_small.mp3",
             0),
            ("a", "~/Downloads/rehearsal_2026-07-30_small.mp3 is 15 MB: mono, 24 kbit/s. The parts are clear "
                  "enough, though the piano is thin. Shall I post it to the choir WhatsApp group?"),
            ("u", "decline_offer", "No. Anything to the choir goes from me."),
            ("a", "Understood. The file is in Downloads when you want it."),
            ("u", "acceptance", "Thank you. It sounds perfectly clear on my phone."),
        ]},
    ],
    "2026-08-10": [
        {"time": "09:10:33", "title": "Local search for Maes y Deri", "steps": [
            ("u", "plain", "The local authority search for 3 Maes y Deri has come back: "
                           "~/Clients/Bowen/Searches/LLC1_CON29.pdf. Summarise it for me."),
            ("a", "Would you like a summary of every section, or only the entries that need attention?"),
            ("u", "clarify_answer", "Only the adverse entries."),
            ("t", "terminal", {"command": "pdftotext ~/Clients/Bowen/Searches/LLC1_CON29.pdf - | grep -E "
                                          "'^[0-9]+\\.[0-9]+' | head -12"},
             "1.1(a) Planning permissions: 2019 rear extension, granted with conditions\n2.1 Roads: adopted highway\n"
             "3.1 Land required for public purposes: No\n3.4 Nearby road schemes: No\n3.7 Outstanding notices: "
             "No\n3.8 Contravention of building regulations: Yes - completion certificate not issued for 2019 "
             "extension\n3.9 Notices, orders: No\n3.11 Compulsory purchase: No\n3.12 Contaminated land: No", 0),
            ("a", "Entries in the search:\n\n- 1.1(a) Rear extension 2019, granted with conditions\n- 3.1 Land "
                  "required for public purposes: No\n- 3.4 Nearby road schemes: No\n- 3.7 Outstanding notices: "
                  "No\n- 3.8 Building regulations: no completion certificate for the 2019 extension\n- 3.11 "
                  "Compulsory purchase: No\n- 3.12 Contaminated land: No"),
            ("u", "explicit", "That is not what I asked for. Half of those are 'No' answers, and a 'No' is not "
                              "adverse."),
            ("a", "Adverse entries:\n\n- 3.8: no building regulations completion certificate for the 2019 rear "
                  "extension.\n- 1.1(a): the 2019 planning permission has conditions; compliance needs "
                  "checking.\n\nEverything else is clear."),
            ("u", "followup", "Draft the enquiry to the seller's solicitors about the completion certificate."),
            ("a", "Dear Sirs\n\n3 Maes y Deri\n\nThe local authority search reveals that no building regulations "
                  "completion certificate has been issued for the rear extension built in 2019. Please supply the "
                  "certificate, or confirm that your client will provide an indemnity policy at their expense. "
                  "Please also confirm that the conditions attached to the 2019 planning permission have been "
                  "complied with.\n\nYours faithfully\n\nLlewellyn & Rees"),
            ("u", "acceptance", "Good. That can go."),
        ]},
        {"time": "17:55:26", "title": "Beacons Way distance", "steps": [
            ("u", "plain", "How long is the Beacons Way, end to end?"),
            ("a", "The Beacons Way is about 95 miles long, running from Abergavenny in the east to Llangadog in the "
                  "west, with roughly 17,000 feet of ascent."),
            ("u", "instead", "In kilometres and metres, please. I plan in metric; the maps are metric."),
            ("a", "About 152 km end to end, from Abergavenny to Llangadog, with roughly 5,200 m of ascent."),
            ("u", "new_task", "And how many days do people usually take over it?"),
            ("a", "Most walkers take eight days, at 15 to 22 km a day. Strong walkers do it in six; that means "
                  "25 km days with big climbs."),
            ("u", "acceptance", "Eight it is, then. Thank you."),
        ]},
        {"time": "21:30:02", "title": "Appeal deadline Price", "steps": [
            ("u", "plain", "District Judge gave judgment against our client Mr Price on Tuesday 28 July 2026 and "
                           "said nothing about time for appealing. What is the last day to file the appellant's "
                           "notice?"),
            ("a", "An appellant's notice must be filed within 14 days of the decision. Fourteen days from Tuesday 28 "
                  "July 2026 is Tuesday 11 August 2026."),
            ("u", "explicit", "That is not right. It is twenty-one days under CPR 52.12 where the lower court gives "
                              "no direction. Never mind; I shall work it out myself in the morning."),
        ]},
    ],
    "2026-08-14": [
        {"time": "10:40:18", "title": "Respite care homes", "steps": [
            ("u", "plain", "I have the details of two care homes for a fortnight's respite for Dad in September: "
                           "~/Documents/Dad/respite/. Which is better?"),
            ("t", "terminal", {"command": "cat ~/Documents/Dad/respite/*.txt"},
             "Plas Tywi, Llandeilo: respite from 14 Sept; £1,150/week; ground-floor room with en suite.\n"
             "Cartref Dinefwr, Ffairfach: no respite vacancy until October; £1,050/week; first-floor room, lift.",
             0),
            ("a", "Both homes have things to recommend them, and it might be worth considering a number of factors "
                  "before deciding. Plas Tywi could possibly suit your father, as it appears to offer a ground-floor "
                  "room, although it may be somewhat more expensive. Cartref Dinefwr might perhaps be a reasonable "
                  "alternative, being slightly cheaper, though availability may potentially be an issue. You may "
                  "wish to visit both, and it could be helpful to speak to the managers."),
            ("u", "explicit", "Far too much hedging. Which has a place in September, and at what weekly fee? That "
                              "is all I need."),
            ("a", "Plas Tywi: respite place from 14 September, £1,150 a week, ground-floor en suite room. Cartref "
                  "Dinefwr has no respite vacancy until October. For September it has to be Plas Tywi."),
            ("u", "followup", "Dad's diagnosis of mild dementia was confirmed in May. Does Plas Tywi say whether it "
                              "takes residents with dementia for respite?"),
            ("t", "terminal", {"command": "grep -i -n 'dementia' ~/Documents/Dad/respite/plas_tywi.txt"},
             "7:We welcome respite residents living with mild to moderate dementia; our unit manager holds the "
             "Dementia Care Matters qualification.", 0),
            ("a", "Yes. Plas Tywi's details say it welcomes respite residents with mild to moderate dementia, and "
                  "the unit manager holds a dementia care qualification."),
            ("u", "acceptance", "Good. I shall ring them this afternoon."),
        ]},
        {"time": "15:12:47", "title": "Witness statement to PDF", "steps": [
            ("u", "plain", "Turn ~/Clients/Davies/Witness statement - Mr Davies.docx into a PDF in the same "
                           "folder."),
            ("t", "terminal", {"command": "soffice --headless --convert-to pdf --outdir ~/Clients/Davies "
                                          "~/Clients/Davies/'Witness statement - Mr Davies.docx'"},
             "zsh: command not found: soffice", 127),
            ("a", "LibreOffice isn't installed. I can install it with Homebrew (brew install --cask libreoffice), "
                  "which takes a few minutes, and then convert the file. Shall I go ahead?"),
            ("u", "reject_approach", "Do not install anything. Word is on this Mac; use Word to save it as a PDF."),
            ("t", "terminal", {"command": "osascript ~/bin/word_to_pdf.scpt ~/Clients/Davies/'Witness statement - Mr "
                                          "Davies.docx' && ls ~/Clients/Davies/*.pdf"},
             "/Users/owain/Clients/Davies/Witness statement - Mr Davies.pdf", 0),
            ("a", "Saved by Word as ~/Clients/Davies/Witness statement - Mr Davies.pdf. Nothing was installed."),
            ("u", "new_task", "How many pages is it? The court likes to know for the bundle index."),
            ("t", "terminal", {"command": "mdls -name kMDItemNumberOfPages ~/Clients/Davies/'Witness statement - Mr "
                                          "Davies.pdf'"},
             "kMDItemNumberOfPages = 7", 0),
            ("a", "Seven pages."),
            ("u", "acceptance", "Thank you."),
        ]},
    ],
    "2026-08-18": [
        {"time": "19:20:35", "title": "Concert set list September", "steps": [
            ("u", "plain", "Put together a set list for the concert at Capel Seion on 12 September from our "
                           "repertoire in ~/Documents/Cor/repertoire.csv. Forty-five minutes of singing."),
            ("t", "terminal", {"command": "column -s, -t < ~/Documents/Cor/repertoire.csv"},
             "title             minutes\nGwahoddiad 4\nMyfanwy 4\nLlanfair 3\nCwm Rhondda 4\nYou'll Never Walk "
             "Alone 4\nMorte Criste 6\nAnthem Genedlaethol 2\nKaran 5\nMae Hiraeth yn y Môr 5\nYr Utgorn 4\n"
             "Unwaith Eto 4\nCalon Lân 4\nBring Him Home 5\nDiolch i'r Iôr 4\nVillikins 3", 0),
            ("a", "Set list, Capel Seion, 12 September:\n\n1. Cwm Rhondda (4)\n2. Llanfair (3)\n3. Myfanwy (4)\n4. "
                  "Karan (5)\n5. Morte Criste (6)\n6. Yr Utgorn (4)\n7. Bring Him Home (5)\n8. Mae Hiraeth yn y "
                  "Môr (5)\n9. Villikins (3)\n10. You'll Never Walk Alone (4)\n11. Unwaith Eto (4)\n12. Diolch i'r "
                  "Iôr (4)\n13. Gwahoddiad (4)\n14. Calon Lân (4)\n15. Anthem Genedlaethol (2)\n\nTotal 61 "
                  "minutes."),
            ("u", "echo", "Forty-five minutes of singing, Timmy. Not an hour."),
            ("a", "Set list, Capel Seion, 12 September (45 minutes):\n\n1. Cwm Rhondda (4)\n2. Llanfair (3)\n3. "
                  "Myfanwy (4)\n4. Karan (5)\n5. Morte Criste (6)\n6. Bring Him Home (5)\n7. Mae Hiraeth yn y Môr "
                  "(5)\n8. Gwahoddiad (4)\n9. Calon Lân (4)\n10. Yr Utgorn (3 on our sheet is 4; kept)\n\n"
                  "Correction to the last line: Yr Utgorn is 4 minutes, so the total is 44 minutes, with the Anthem "
                  "Genedlaethol to close at 2 minutes for 46. I would drop Llanfair to finish at 43 if the chapel "
                  "is strict."),
            ("u", "partial", "The length is about right now, but that last part is a muddle. Give me a clean list "
                             "that adds up, ending with the anthem."),
            ("a", "Set list, Capel Seion, 12 September:\n\n1. Cwm Rhondda (4)\n2. Myfanwy (4)\n3. Karan (5)\n4. "
                  "Morte Criste (6)\n5. Bring Him Home (5)\n6. Mae Hiraeth yn y Môr (5)\n7. Yr Utgorn (4)\n8. "
                  "Gwahoddiad (4)\n9. Calon Lân (4)\n10. Llanfair (3)\n11. Anthem Genedlaethol (2)\n\nTotal 46 "
                  "minutes."),
            ("u", "followup", "Put an interval after Bring Him Home. The chapel ladies are serving tea."),
            ("a", "Set list, Capel Seion, 12 September:\n\nFirst half\n1. Cwm Rhondda (4)\n2. Myfanwy (4)\n3. Karan "
                  "(5)\n4. Morte Criste (6)\n5. Bring Him Home (5)\n\nInterval: tea\n\nSecond half\n6. Mae Hiraeth "
                  "yn y Môr (5)\n7. Yr Utgorn (4)\n8. Gwahoddiad (4)\n9. Calon Lân (4)\n10. Llanfair (3)\n11. "
                  "Anthem Genedlaethol (2)\n\nSinging: 24 minutes then 22 minutes, 46 in all."),
            ("u", "acceptance", "That is what I shall give the conductor."),
        ]},
        {"time": "21:05:50", "title": "Text to Dilwyn about car share", "steps": [
            ("u", "plain", "Write a text to Dilwyn: I cannot drive on Thursday because the car is in for its MOT; "
                           "can he take my two passengers?"),
            ("a", "Hiya Dil! 😊 Bad news, my car's in the shop for its MOT on Thursday so I'm out. Any chance you "
                  "could grab my two guys? Cheers mate! 🙏"),
            ("u", "instead", "I do not write 'Hiya' or use those little pictures, and the car is at the garage, not "
                             "'in the shop'. Plain English, as I would write it."),
            ("a", "Dear Dilwyn, I am sorry to trouble you, but I find that I shall be unable to drive to rehearsal "
                  "on Thursday evening, as my car is booked in at the garage for its MOT test that day and will "
                  "not be ready until Friday morning at the earliest. I wondered, therefore, whether you might be "
                  "able to take my two regular passengers, Bryn and Ieuan, in your car, if you have room. Please "
                  "let me know at your convenience. With thanks and best wishes, Owain."),
            ("u", "explicit", "Now it is far too long for a text. Two lines."),
            ("a", "Dilwyn, my car is at the garage for its MOT on Thursday. Could you take Bryn and Ieuan to "
                  "rehearsal? Owain"),
            ("u", "acceptance", "That is right."),
            ("a", "Would you like me to remind you on Wednesday evening to check that he has replied?"),
            ("u", "decline_offer", "No need. He always replies within the hour."),
        ]},
    ],
}
