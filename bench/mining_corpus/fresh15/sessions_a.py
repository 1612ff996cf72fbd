"""Format A sessions (one JSON file per session). Blind author P, corpus fresh15."""

FORMAT_A = [
    {"date": "2026-07-06", "time": "08:41:10", "title": "Bevan completion letter", "platform": "cli", "steps": [
        ("u", "plain", "Please draft a short letter to Mrs Eluned Bevan confirming that completion of her purchase of "
                       "14 Heol y Parc, Llandeilo is fixed for Friday 24 July 2026, and that the agents will release "
                       "the keys once the seller's solicitors confirm receipt of funds. Formal. No more than a page."),
        ("a", "Dear Mrs. Bevan,\n\nI wanted to reach out to let you know that completion of your purchase of 14 Heol y "
              "Parc, Llandeilo has been scheduled for Friday, July 24, 2026.\n\nOn the day of completion, we will "
              "transfer the purchase funds to the seller's attorneys. Once they confirm receipt, the agents will "
              "release the keys to you. This usually happens by early afternoon, but timing can vary.\n\nIf you have "
              "any questions at all, please don't hesitate to reach out.\n\nBest regards,\n\nOwain Llewellyn"),
        ("u", "instead", "I write 'Mrs Bevan' without a full stop, '24 July 2026' with the day first, 'solicitors' "
                         "rather than 'attorneys', and I close 'Yours sincerely'. Nobody at this firm 'reaches out'. "
                         "Please redo it on that footing."),
        ("a", "Dear Mrs Bevan\n\n14 Heol y Parc, Llandeilo\n\nI write to confirm that completion of your purchase is "
              "fixed for Friday 24 July 2026.\n\nOn that day we shall send the purchase monies to the seller's "
              "solicitors. As soon as they confirm receipt, the agents will release the keys to you. We shall "
              "telephone you when that confirmation arrives.\n\nIf you have any questions, please contact me at the "
              "office.\n\nYours sincerely\n\nOwain Llewellyn\nLlewellyn & Rees"),
        ("u", "acceptance", "That is right. Thank you."),
        ("a", "You're welcome. The letter is ready to go on headed paper."),
        ("u", "new_task", "Make a note that my letters always follow that house style: no full stop after Mr or Mrs, "
                          "dates day-month-year, 'Yours sincerely' or 'Yours faithfully' as appropriate."),
        ("t", "memory", {"action": "add", "target": "user",
                         "content": "Letter house style: Mr/Mrs/Dr with no full stop; dates as 24 July 2026; close "
                                    "'Yours sincerely' (named) or 'Yours faithfully' (Dear Sir or Madam); say "
                                    "'solicitors', never 'attorneys'; no 'reach out'."}, "Saved to user memory.", 0),
        ("a", "Noted for future letters: no full stop after titles, day-month-year dates, 'Yours sincerely' or "
              "'Yours faithfully' to match the salutation, 'solicitors', and no 'reach out'."),
    ]},
    {"date": "2026-07-07", "time": "19:05:33", "title": "Choir extra rehearsal notice", "platform": "telegram", "steps": [
        ("u", "plain", "Draft a notice for the choir WhatsApp group. Extra rehearsal for the National Eisteddfod "
                       "pieces, Thursday 16 July, 7.30pm, Capel Newydd vestry. First tenors and second basses "
                       "especially."),
        ("a", "Here's a draft:\n\nCôr Meibion Dinefwr: extra rehearsal\n\nThursday 16 July, 7.30pm, Capel Newydd "
              "vestry. We'll be working on the Eisteddfod pieces. First tenors and second basses especially, please "
              "make every effort to attend.\n\nShall I add a line about the dress code for the competition as well?"),
        ("u", "decline_offer", "No, the dress code is settled and they have had it twice. Leave it out."),
        ("a", "Understood; the notice stays as it is."),
        ("u", "followup", "Add that the car share to Rhosygilwen leaves the Square at 6.45pm for anyone who needs a "
                          "lift, and that Dilwyn is the man to text."),
        ("a", "Côr Meibion Dinefwr: extra rehearsal\n\nThursday 16 July, 7.30pm, Capel Newydd vestry. We'll be "
              "working on the Eisteddfod pieces. First tenors and second basses especially, please make every effort "
              "to attend.\n\nLifts: the car share leaves the Square at 6.45pm. If you need a seat, text Dilwyn."),
        ("u", "partial", "The lift line is right, but you have dropped Rhosygilwen, which is where the car is going. "
                         "The rehearsal that night is at Rhosygilwen, not the vestry; I should have said."),
        ("a", "Côr Meibion Dinefwr: extra rehearsal\n\nThursday 16 July, 7.30pm, at Rhosygilwen. We'll be working on "
              "the Eisteddfod pieces. First tenors and second basses especially, please make every effort to "
              "attend.\n\nLifts: the car share to Rhosygilwen leaves the Square at 6.45pm. If you need a seat, text "
              "Dilwyn."),
        ("u", "acceptance", "Good. I shall post it."),
    ]},
    {"date": "2026-07-09", "time": "10:12:02", "title": "Defence deadline Hughes v Towy Plant", "platform": "cli", "steps": [
        ("u", "plain", "Hughes v Towy Plant Hire. The particulars of claim were posted to us first class on Monday "
                       "6 July 2026. We filed an acknowledgment of service. When is the defence due?"),
        ("a", "Where an acknowledgment of service has been filed, the defence is due 28 days after service of the "
              "particulars of claim (CPR 15.4(1)(b)). Counting 28 days from Monday 6 July 2026, the defence is due "
              "by 4pm on Monday 3 August 2026."),
        ("u", "partial", "Twenty-eight days is correct. But you have counted from the day of posting. Particulars "
                         "sent first class are deemed served on the second business day after posting."),
        ("a", "You're right. Posted Monday 6 July 2026, the particulars are deemed served on the second business "
              "day after posting, Wednesday 8 July 2026 (CPR 6.26). Twenty-eight days after that is Wednesday 5 "
              "August 2026. The defence is due by 4pm on 5 August 2026."),
        ("u", "followup", "Put that in my calendar with a reminder a week beforehand, and a second one two days "
                          "before."),
        ("t", "terminal", {"command": "osascript -e 'tell application \"Calendar\" to tell calendar \"Work\" to "
                                      "make new event with properties {summary:\"Defence due: Hughes v Towy Plant Hire "
                                      "(4pm)\", start date:date \"Wednesday 5 August 2026 at 09:00\", end date:date "
                                      "\"Wednesday 5 August 2026 at 09:30\"}' && osascript ~/bin/add_alarms.scpt "
                                      "\"Defence due: Hughes v Towy Plant Hire (4pm)\" 10080 2880"},
         "event created\nalarms added: 10080, 2880", 0),
        ("a", "Done. 'Defence due: Hughes v Towy Plant Hire (4pm)' is in the Work calendar on Wednesday 5 August "
              "2026, with alerts on 29 July and 3 August."),
        ("u", "acceptance", "Thank you, that is what I wanted."),
    ]},
    {"date": "2026-07-10", "time": "18:22:47", "title": "Carmarthen Fan walk", "platform": "telegram", "steps": [
        ("u", "plain", "I am walking the Carmarthen Fan on Saturday from the Llyn y Fan Fach car park: up to the "
                       "lake, along the escarpment to Fan Brycheiniog and back. Give me a route card."),
        ("a", "Great choice! The easiest way to plan this is to download the AllTrails app and search for "
              "\"Llyn y Fan Fach and Fan Brycheiniog loop\". It'll give you the trail map, elevation profile and "
              "turn-by-turn navigation, and you can download the map for offline use since signal is patchy up "
              "there. Expect around 10 miles and 5-6 hours."),
        ("u", "reject_approach", "I do not use AllTrails or any other phone app on the hill. I asked for a route "
                                 "card: legs, grid references, distances and bearings, which I shall check against "
                                 "the OL12 map."),
        ("a", "Route card, Carmarthen Fan (OS Explorer OL12). Distances approximate; check each grid reference "
              "against the map.\n\n1. Car park at end of the Llanddeusant lane, SN 798 238, to Llyn y Fan Fach dam, "
              "SN 803 220: track, 2.0 km, south-south-east.\n2. Dam to Waun Lefrith and Picws Du summit, SN 812 218: "
              "steep path up the ridge, 1.5 km, east.\n3. Picws Du to Fan Foel, SN 822 222: escarpment edge, 1.2 km, "
              "east-north-east.\n4. Fan Foel to Fan Brycheiniog trig, SN 825 217: 0.6 km, south-south-east.\n5. "
              "Return by the same edge to Picws Du and descend to the dam, then the track to the car park: about "
              "5.5 km.\n\nTotal about 11 km, 650 m of ascent."),
        ("u", "followup", "Add an escape line from Picws Du if the cloud comes down. I would rather not come back "
                          "along the edge in poor visibility."),
        ("a", "Escape line: from Picws Du summit (SN 812 218) do not follow the edge west in cloud. Take a bearing "
              "north-west back down the ridge path to Waun Lefrith, keeping the drop on your right, to the lake's "
              "eastern shore, then follow the shore to the dam (SN 803 220) and the track out. It is about 1.5 km "
              "from the summit to the dam. Would you like me to check the Mountain Weather Information Service "
              "forecast for the Brecon Beacons on Friday evening?"),
        ("u", "decline_offer", "No, I shall look at MWIS myself on Friday. That is everything for now."),
        ("a", "Very good. Enjoy the walk."),
    ]},
    {"date": "2026-07-13", "time": "07:55:19", "title": "Care hours June", "platform": "cli", "steps": [
        ("u", "plain", "The Gofal Tywi timesheet for my father is in ~/Documents/Dad/care_hours.csv. How many care "
                       "hours did he receive in June?"),
        ("t", "terminal", {"command": "head -3 ~/Documents/Dad/care_hours.csv && awk -F, 'NR>1 {s+=$3} END {print s}' "
                                      "~/Documents/Dad/care_hours.csv"},
         "date,carer,hours\n2026-06-01,Sioned,6.5\n2026-06-02,Sioned,6.5\n194.5", 0),
        ("a", "Your father received 194.5 hours of care according to the timesheet."),
        ("u", "echo", "In June. The file runs on into July."),
        ("t", "terminal", {"command": "awk -F, '$1 ~ /^2026-06/ {s+=$3} END {print s}' "
                                      "~/Documents/Dad/care_hours.csv && tail -3 ~/Documents/Dad/care_hours.csv"},
         "181.5\n2026-07-01,Sioned,6.5\n2026-07-02,Rhodri,3\n2026-07-03,Sioned,3.5", 0),
        ("a", "June 2026 only: 181.5 hours. The previous figure of 194.5 wrongly included 1 to 3 July (13 hours)."),
        ("u", "followup", "The care plan provides for 42 hours a week. How does June compare with that?"),
        ("a", "June has 30 days, which is 4 and 2/7 weeks. At 42 hours a week the plan provides 180 hours for "
              "June. The timesheet shows 181.5 hours, so 1.5 hours over the plan."),
        ("u", "acceptance", "Good. That is close enough not to query."),
    ]},
    {"date": "2026-07-14", "time": "11:30:05", "title": "Declining Pugh instruction", "platform": "cli", "steps": [
        ("u", "plain", "Draft a reply to Mr Gareth Pugh, who has asked us to act for him in a boundary dispute. We "
                       "cannot act because of a conflict of interest. Three sentences. Say nothing about who the "
                       "conflict is with."),
        ("a", "Dear Mr Pugh\n\nThank you for your enquiry regarding the boundary dispute at Glanrhyd. Unfortunately, "
              "after carrying out our usual conflict checks, it appears that we may not be in a position to act for "
              "you, as we already act for your neighbours, Mr and Mrs Jenkins, in connection with the same land. We "
              "appreciate this may be disappointing, particularly as the dispute has been going on for some time, "
              "and we would suggest that you contact another firm in the area as soon as possible, since there may "
              "be time limits that apply. We are sorry we cannot help on this occasion, and we wish you every "
              "success in resolving the matter.\n\nYours sincerely\n\nOwain Llewellyn"),
        ("u", "explicit", "No. That is five sentences and it names the Jenkinses, which is exactly what I told you "
                          "not to do."),
        ("a", "Dear Mr Pugh\n\nThank you for asking us to act for you in the boundary dispute. Unfortunately it "
              "appears we may not be able to act, owing to a conflict of interest. We would suggest you seek advice "
              "from another firm promptly.\n\nYours sincerely\n\nOwain Llewellyn"),
        ("u", "partial", "Three sentences, and no names: good. But 'it appears we may not be able to' - we cannot "
                         "act. Say so plainly."),
        ("a", "Dear Mr Pugh\n\nThank you for asking us to act for you in the boundary dispute. We cannot act for "
              "you, because we have a conflict of interest. Please seek advice from another firm promptly.\n\nYours "
              "sincerely\n\nOwain Llewellyn"),
        ("u", "acceptance", "Yes. That is the one."),
    ]},
    {"date": "2026-07-15", "time": "21:10:44", "title": "Client files backup", "platform": "cli", "steps": [
        ("u", "plain", "I want a weekly backup of ~/Clients to the external drive called ARCHIF. Set it up."),
        ("a", "The simplest robust option is to move ~/Clients into your Dropbox folder, so every change is synced "
              "off-site automatically and you get 30 days of version history. I can run:\n\n"
              "mv ~/Clients ~/Dropbox/Clients && ln -s ~/Dropbox/Clients ~/Clients\n\nThat keeps the old path "
              "working. Shall I go ahead?"),
        ("u", "reject_approach", "Certainly not. Client files do not go to Dropbox or any other cloud service; "
                                 "that is a professional obligation, not a preference. A copy to ARCHIF, on this "
                                 "desk, once a week."),
        ("t", "terminal", {"command": "rsync -a --delete --dry-run --stats ~/Clients/ /Volumes/ARCHIF/Clients/ "
                                      "| tail -4"},
         "Number of files: 8,214\nNumber of regular files transferred: 8,214\nTotal file size: 6.1G bytes\n"
         "sent 412K bytes  received 1.2K bytes", 0),
        ("a", "Understood. A dry run of rsync from ~/Clients to /Volumes/ARCHIF/Clients copies 8,214 files (6.1 GB) "
              "and nothing leaves the Mac. The weekly job would be:\n\nrsync -a --delete ~/Clients/ "
              "/Volumes/ARCHIF/Clients/\n\nscheduled by launchd for Friday at 18:00, skipped with a notification if "
              "ARCHIF is not plugged in."),
        ("u", "followup", "Leave out the Word lock files, the ones that start with ~$. They clutter the copy."),
        ("t", "terminal", {"command": "~/bin/install_agent.sh clients-backup 'rsync -a --delete --exclude=\"~$*\" "
                                      "$HOME/Clients/ /Volumes/ARCHIF/Clients/' --weekday 5 --hour 18"},
         "wrote ~/Library/LaunchAgents/uk.llewellyn.clients-backup.plist\nloaded", 0),
        ("a", "Installed. Every Friday at 18:00 ~/Clients is copied to ARCHIF, excluding files that start with ~$."),
        ("u", "acceptance", "Good. Thank you."),
    ]},
    {"date": "2026-07-16", "time": "16:48:12", "title": "Last train to Swansea", "platform": "telegram", "steps": [
        ("u", "plain", "What is the last train from Llandeilo to Swansea on Saturday?"),
        ("a", "Do you mean this Saturday, 18 July, or a later one? Engineering works sometimes change the Heart of "
              "Wales timetable at weekends."),
        ("u", "clarify_answer", "This Saturday."),
        ("t", "web_search", {"query": "Llandeilo to Swansea trains Saturday 18 July 2026 Heart of Wales line"},
         "Transport for Wales - Heart of Wales line, Sat 18 Jul 2026: Llandeilo dep 06:48, 10:06, 13:37, 17:56, "
         "20:15 (bus replacement Llanelli-Swansea after 19:00)", 0),
        ("a", "On Saturday 18 July the Heart of Wales line has five departures from Llandeilo towards Swansea: "
              "06:48, 10:06, 13:37, 17:56 and 20:15. Journey time is usually about 70 minutes. Note that after "
              "19:00 a replacement bus runs between Llanelli and Swansea, so the 20:15 involves a change to the bus "
              "at Llanelli. The earlier trains run through. You can also get the X13 bus from Llandeilo to "
              "Swansea, which runs more often."),
        ("u", "repeat_narrow", "The last train, please. One time."),
        ("a", "20:15 from Llandeilo (bus from Llanelli to Swansea for the last leg)."),
        ("u", "acceptance", "Thank you."),
        ("u", "new_task", "Remember that I prefer the train to the X13 when there is a choice. The bus makes my "
                          "father travel sick when he comes with me."),
        ("t", "memory", {"action": "add", "target": "user",
                         "content": "Travel: prefers the Heart of Wales train to the X13 bus when there is a choice "
                                    "(bus makes his father, Emrys, travel sick)."}, "Saved to user memory.", 0),
        ("a", "Noted: the train ahead of the X13 where there is a choice."),
    ]},
    {"date": "2026-07-20", "time": "20:02:31", "title": "Myfanwy programme note", "platform": "cli", "steps": [
        ("u", "plain", "I need a programme note on Myfanwy for the concert at Llandeilo on 1 August. Eighty words, "
                       "in English; Gwenllian is doing the Welsh."),
        ("a", "Myfanwy is one of the best-loved songs in the Welsh repertoire. Joseph Parry, born in Merthyr "
              "Tydfil in 1841, composed the melody, and the words were written by Richard Davies (Mynyddog), a "
              "poet from Llanbrynmair. The song tells of a rejected lover who, rather than reproaching the woman "
              "who has turned from him, wishes her well and asks only for a parting handshake. Parry, who worked "
              "in the ironworks as a child and later emigrated to Pennsylvania, returned to Wales as professor "
              "of music at Aberystwyth. Myfanwy has since become a staple of male voice choirs the world over, "
              "its long lyrical line and the tenderness of its final verse making it a favourite with audiences "
              "and singers alike. Tonight's arrangement is sung unaccompanied, and we invite the audience to "
              "listen especially for the quiet closing bars."),
        ("u", "echo", "Eighty words."),
        ("a", "Myfanwy is among the best-loved songs of Wales. Joseph Parry, born in Merthyr Tydfil in 1841, wrote "
              "the melody; Mynyddog (Richard Davies) wrote the words. A rejected lover bears the woman who has left "
              "him no ill will, asking only a parting handshake. Parry later became the first professor of music at "
              "Aberystwyth. Its long, tender line has made it a favourite of "
              "male voice choirs everywhere. Tonight we sing it unaccompanied: listen for the quiet closing bars."),
        ("u", "acceptance", "That will do nicely."),
        ("u", "new_task", "Separately, can you find on which day of this year's National Eisteddfod the male voice "
                          "choir competition is held? The date, if it is published."),
        ("t", "web_search", {"query": "National Eisteddfod 2026 male voice choir competition date results"},
         "Eisteddfod Genedlaethol 2026 - competitions timetable not yet published; full timetable to follow "
         "before the end of July.", 0),
        ("a", "The Eisteddfod has not yet published the competition timetable for 2026; it says the full timetable "
              "will follow before the end of July. I shall not guess a date."),
        ("u", "acceptance", "Fair enough. I shall ask the conductor."),
    ]},
    {"date": "2026-07-22", "time": "09:14:58", "title": "Renaming scanned deeds", "platform": "cli", "steps": [
        ("u", "plain", "In ~/Scans there are six PDFs from this morning called scan0001.pdf to scan0006.pdf. They "
                       "are the Bevan deeds. Rename them '2026-07-22 Bevan deed 1.pdf' and so on."),
        ("t", "terminal", {"command": "cd ~/Scans && for i in 1 2 3 4 5 6; do mv scan000$i.pdf \"Bevan deed $i "
                                      "2026-07-22.pdf\"; done && ls"},
         "Bevan deed 1 2026-07-22.pdf\nBevan deed 2 2026-07-22.pdf\nBevan deed 3 2026-07-22.pdf\nBevan deed 4 "
         "2026-07-22.pdf\nBevan deed 5 2026-07-22.pdf\nBevan deed 6 2026-07-22.pdf", 0),
        ("a", "Done. The six scans are now 'Bevan deed 1 2026-07-22.pdf' to 'Bevan deed 6 2026-07-22.pdf'."),
        ("u", "instead", "The date goes first so that they sort by date in the folder: '2026-07-22 Bevan deed "
                         "1.pdf'. Leave them now; I shall rename them by hand."),
    ]},
    {"date": "2026-07-24", "time": "12:40:26", "title": "Bank holiday office notice", "platform": "telegram", "steps": [
        ("u", "plain", "When is the late summer bank holiday this year?"),
        ("a", "Monday 31 August 2026."),
        ("u", "new_task", "Draft the notice for the office door: closed that day, open again on Tuesday 1 September "
                          "at 9am."),
        ("a", "Llewellyn & Rees\n\nThe office will be closed on Monday 31 August 2026 (bank holiday). We reopen on "
              "Tuesday 1 September at 9.00am.\n\nShould I add an emergency number for completions?"),
        ("u", "clarify_answer", "Yes: the office mobile, 07700 9xxxxx, for completion matters only."),
        ("a", "Llewellyn & Rees\n\nThe office will be closed on Monday 31 August 2026 (bank holiday). We reopen on "
              "Tuesday 1 September at 9.00am.\n\nCompletion matters only: 07700 9xxxxx."),
        ("u", "acceptance", "Good. Gethin can print it."),
        ("u", "followup", "Make it bilingual, Welsh above English, as all our notices are."),
        ("a", "Llewellyn & Rees\n\nBydd y swyddfa ar gau ddydd Llun 31 Awst 2026 (gŵyl y banc). Byddwn yn ailagor "
              "ddydd Mawrth 1 Medi am 9.00yb.\nMaterion cwblhau yn unig: 07700 9xxxxx.\n\nThe office will be "
              "closed on Monday 31 August 2026 (bank holiday). We reopen on Tuesday 1 September at 9.00am.\n"
              "Completion matters only: 07700 9xxxxx."),
        ("u", "acceptance", "Diolch. That will do."),
    ]},
]
