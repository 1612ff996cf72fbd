"""Format B sessions (session_meta line, then one message per line). Blind author P, corpus fresh15."""

FORMAT_B = [
    {"date": "2026-07-08", "time": "09:03:27", "title": "Probate documents list", "platform": "cli", "steps": [
        ("u", "plain", "Mrs Morfydd Thomas is coming in on Friday about her late husband's estate. He left a will; "
                       "she is the sole executor. Give me a list of the documents she should bring."),
        ("a", "When someone passes away, the executor has a number of responsibilities, and gathering the right "
              "paperwork early makes the probate process considerably smoother. In the first instance, Mrs Thomas "
              "will want to bring the original will, since the probate registry will require the original rather "
              "than a copy, together with the death certificate. Beyond that, it is helpful to have a clear picture "
              "of the estate's assets, so bank and building society statements showing balances at the date of "
              "death would be useful, as would details of any pensions, life policies and investments. If the "
              "couple owned the house jointly, the deeds or the title number will matter, because that may affect "
              "whether the house passes outside the will. Finally, she may wish to bring any bills or debts "
              "outstanding, such as utilities or a credit card, and the funeral invoice."),
        ("u", "echo", "A list, Timmy. I asked for a list."),
        ("a", "Documents for Mrs Thomas to bring:\n\n- Original will (and any codicils)\n- Death certificate (an "
              "original or certified copy)\n- Bank and building society statements showing balances at the date "
              "of death\n- Pension, life policy and investment details\n- Deeds or title number of the house, and "
              "how it was owned\n- Outstanding bills and debts, including the funeral invoice\n- Her own photo ID "
              "and proof of address"),
        ("u", "followup", "Add his National Insurance number and any DWP letters; he was on Attendance Allowance "
                          "until March."),
        ("a", "Added:\n\n- His National Insurance number\n- DWP letters, including those about the Attendance "
              "Allowance he received until March"),
        ("u", "acceptance", "Right. I shall send that to her today."),
    ]},
    {"date": "2026-07-11", "time": "14:20:16", "title": "Council reassessment letter for Dad", "platform": "cli", "steps": [
        ("u", "plain", "Draft a letter to Carmarthenshire County Council, adult social care, asking for a "
                       "reassessment of my father's care needs. Emrys Llewellyn, 86, Ffairfach. His mobility has "
                       "worsened."),
        ("a", "Should the letter mention a specific event, such as a fall or a hospital stay, or keep to the "
              "general decline in his mobility?"),
        ("u", "clarify_answer", "Mention the fall on 19 June. He spent two nights in Glangwili afterwards."),
        ("a", "Dear Sir or Madam\n\nEmrys Llewellyn, Ffairfach\n\nI'm reaching out on behalf of my father, Emrys "
              "Llewellyn, aged 86, to request a reassessment of his care needs. On 19 June he had a fall at home "
              "and spent two nights in Glangwili Hospital. Since then his mobility has gotten noticeably worse, "
              "and I don't believe his current package meets his needs.\n\nI'd appreciate it if someone could "
              "reach out to arrange an assessment.\n\nBest,\n\nOwain Llewellyn"),
        ("u", "instead", "I want this in my ordinary formal style: 'I write on behalf of', no 'reaching out', no "
                         "'gotten', and 'Yours faithfully' to a Sir or Madam."),
        ("a", "Dear Sir or Madam\n\nEmrys Llewellyn, Ffairfach\n\nI write on behalf of my father, Emrys Llewellyn, "
              "aged 86, to request a reassessment of his care needs. On 19 June he fell at home and spent two "
              "nights in Withybush Hospital. Since then his mobility has declined markedly, and his current care "
              "package no longer meets his needs.\n\nI should be grateful if you would contact me to arrange an "
              "assessment.\n\nYours faithfully\n\nOwain Llewellyn"),
        ("u", "partial", "The style is right now. But he was in Glangwili, not Withybush. I told you that."),
        ("a", "Dear Sir or Madam\n\nEmrys Llewellyn, Ffairfach\n\nI write on behalf of my father, Emrys Llewellyn, "
              "aged 86, to request a reassessment of his care needs. On 19 June he fell at home and spent two "
              "nights in Glangwili Hospital. Since then his mobility has declined markedly, and his current care "
              "package no longer meets his needs.\n\nI should be grateful if you would contact me to arrange an "
              "assessment.\n\nYours faithfully\n\nOwain Llewellyn"),
        ("u", "acceptance", "Correct. Thank you."),
    ]},
    {"date": "2026-07-12", "time": "20:45:09", "title": "Disk full on the Mac", "platform": "cli", "steps": [
        ("u", "plain", "The Mac says the disk is almost full. Sort it out, please."),
        ("a", "The quickest fix is to clear the caches and logs, which are safe to delete. I'll run:\n\n"
              "sudo rm -rf ~/Library/Caches/* /Library/Caches/* /private/var/log/*\n\nThat typically frees "
              "several gigabytes. Shall I go ahead?"),
        ("u", "reject_approach", "No. I am not having rm -rf run as root on things I cannot see. Find out what is "
                                 "taking the space first and show me."),
        ("t", "terminal", {"command": "df -h / | tail -1 && du -sh ~/* ~/Library/Application\\ Support/MobileSync "
                                      "2>/dev/null | sort -hr | head -6"},
         "/dev/disk3s1  460Gi  441Gi  19Gi  96%  /\n142G\t/Users/owain/Library/Application Support/MobileSync\n"
         "96G\t/Users/owain/Pictures\n71G\t/Users/owain/Clients\n38G\t/Users/owain/Music\n12G\t/Users/owain/"
         "Downloads\n4.1G\t/Users/owain/Documents", 0),
        ("t", "terminal", {"command": "ls -l ~/Library/Application\\ Support/MobileSync/Backup | tail -3"},
         "drwxr-xr-x  owain  staff  2023-03-02  00008030-A1\ndrwxr-xr-x  owain  staff  2023-11-19  00008101-B7\n"
         "drwxr-xr-x  owain  staff  2026-07-05  00008120-C2", 0),
        ("a", "The disk is 96% full (19 GB free). The largest items:\n\n- iPhone backups (MobileSync): 142 GB, "
              "three backups, two from 2023 and one from 5 July 2026\n- Pictures: 96 GB\n- Clients: 71 GB\n- "
              "Music: 38 GB\n- Downloads: 12 GB\n\nThe two 2023 iPhone backups are the obvious candidates."),
        ("u", "followup", "Delete the two 2023 backups. Keep the July one."),
        ("t", "terminal", {"command": "cd ~/Library/Application\\ Support/MobileSync/Backup && rm -rf 00008030-A1 "
                                      "00008101-B7 && df -h / | tail -1"},
         "/dev/disk3s1  460Gi  345Gi  115Gi  75%  /", 0),
        ("a", "Deleted the two 2023 backups. The July 2026 backup is kept. The disk now has 115 GB free (75% "
              "used)."),
        ("u", "acceptance", "Excellent. That is plenty."),
    ]},
    {"date": "2026-07-17", "time": "18:30:40", "title": "Black Mountains walk taxis", "platform": "telegram", "steps": [
        ("u", "plain", "The choir walking group is doing the Black Mountains ridge from Hay Bluff to Crickhowell "
                       "on Saturday 1 August. We shall need taxis from Crickhowell back to the cars at Hay Bluff. "
                       "Find me firms."),
        ("a", "How many of you will there be? That decides whether you need one car or a minibus."),
        ("u", "clarify_answer", "Nine, including me."),
        ("t", "web_search", {"query": "Crickhowell taxi minibus 8 seater"},
         "Crickhowell Cabs - cars and 8-seater, 01873 81xxxx\nBlack Mountain Taxis, Abergavenny - minibus up to 16, "
         "01873 85xxxx\nUsk Valley Travel - 6-seater", 0),
        ("a", "For nine people you need either an 8-seater plus a car, or one minibus:\n\n- Black Mountain Taxis, "
              "Abergavenny: minibus up to 16 seats, 01873 85xxxx. One vehicle for all nine.\n- Crickhowell Cabs: "
              "cars and an 8-seater, 01873 81xxxx. You would need their 8-seater and a car.\n\nI would book Black "
              "Mountain Taxis: one vehicle, one booking."),
        ("u", "acceptance", "Agreed. I shall ring them on Monday."),
        ("u", "new_task", "While I think of it: Bryn has a knee that will not take the descent to Crickhowell. Is "
                          "there a shorter way off the ridge, further north?"),
        ("a", "Yes. After Hay Bluff the ridge route crosses the Gospel Pass road and climbs Twmpa (Lord "
              "Hereford's Knob). Bryn could walk Hay Bluff to Twmpa and come back down to the Gospel Pass road: "
              "about 7 km with an easy descent, instead of the full ridge and the long drop into Crickhowell. The "
              "taxi could collect him at the pass on its way up to the cars."),
        ("u", "acceptance", "That is sensible. Thank you."),
    ]},
    {"date": "2026-07-21", "time": "08:15:55", "title": "Witness statement deadline", "platform": "cli", "steps": [
        ("u", "plain", "Small claim, Davies v Cennen Motors, hearing at Llanelli on Tuesday 22 September 2026. The "
                       "order says witness statements are to be exchanged not later than 28 days before the "
                       "hearing. What is the last date?"),
        ("a", "Twenty-eight days before Tuesday 22 September 2026 is Monday 24 August 2026. Witness statements "
              "must be exchanged by then."),
        ("u", "explicit", "That is wrong. The twenty-fourth is twenty-nine days before. Count it again."),
        ("a", "You're right; I miscounted. 22 September minus 28 days is Tuesday 25 August 2026. Witness "
              "statements must be exchanged by that date."),
        ("u", "followup", "And the bundle, which under the same order is to be filed seven days before the "
                          "hearing?"),
        ("a", "Seven days before Tuesday 22 September 2026 is Tuesday 15 September 2026."),
        ("u", "acceptance", "Good. Both dates are in the diary now."),
    ]},
    {"date": "2026-07-23", "time": "19:40:21", "title": "Choir subs owed", "platform": "cli", "steps": [
        ("u", "plain", "The subs spreadsheet is ~/Documents/Cor/subs_2026.csv. Who has not paid?"),
        ("t", "terminal", {"command": "column -s, -t < ~/Documents/Cor/subs_2026.csv"},
         "name        due  paid\nAled Rees   60   60\nBryn Owen   60   60\nDilwyn Jones 60  30\nGeraint Lewis 60 "
         "0\nHuw Morgan  60   60\nIeuan Price 60   60\nTomos Evans 60   45", 0),
        ("a", "Here is the subs spreadsheet:\n\nname, due, paid\nAled Rees, 60, 60\nBryn Owen, 60, 60\nDilwyn "
              "Jones, 60, 30\nGeraint Lewis, 60, 0\nHuw Morgan, 60, 60\nIeuan Price, 60, 60\nTomos Evans, 60, 45"),
        ("u", "repeat_narrow", "Only the men who still owe, and how much each."),
        ("a", "Still owing:\n\n- Geraint Lewis: £60\n- Dilwyn Jones: £30\n- Tomos Evans: £15\n\nTotal "
              "outstanding: £105."),
        ("u", "new_task", "Draft a short reminder I can send to the three of them."),
        ("a", "Hey guys! Just a friendly nudge that choir subs for 2026 are due. If you could get them in ASAP "
              "that'd be awesome. Thanks a bunch!"),
        ("u", "instead", "These are men in their seventies and one of them was my Sunday school teacher. I want "
                         "something courteous: 'Dear Geraint', the amount outstanding, and how to pay, which is "
                         "cash at rehearsal or transfer to the choir account."),
        ("a", "Dear Geraint\n\nA gentle reminder that your choir subscription for 2026 of £60 is still "
              "outstanding. You may pay in cash at rehearsal, or by transfer to the choir account (details from "
              "me). Many thanks.\n\nOwain\n\n(The same text for Dilwyn, £30, and Tomos, £15.)"),
        ("u", "acceptance", "That is exactly the tone."),
    ]},
    {"date": "2026-07-27", "time": "12:05:37", "title": "Practise or practice", "platform": "telegram", "steps": [
        ("u", "plain", "Quick one. 'The choir will practice on Thursday' - is that spelt correctly?"),
        ("a", "Yes, that's correct. 'Practice' works as both a noun and a verb, so 'The choir will practice on "
              "Thursday' is fine."),
        ("u", "explicit", "Not in British English, it is not. The verb is 'practise'. That is why I asked."),
        ("a", "You're right. In British English the noun is 'practice' and the verb is 'practise', so it should "
              "read 'The choir will practise on Thursday'. 'Practice' as a verb is American usage."),
        ("u", "new_task", "Then check ~/Documents/Cor/newsletter_august.txt for any other American spellings."),
        ("t", "terminal", {"command": "grep -n -o -w -E 'practice[sd]?|color|honor|center|organize[ds]?|program|"
                                      "traveling|favorite|gotten' ~/Documents/Cor/newsletter_august.txt"},
         "4:practice\n11:organized\n17:favorite\n23:program", 0),
        ("a", "Four American spellings:\n\n- line 4: 'practice' used as a verb, should be 'practise'\n- line 11: "
              "'organized' (your style is 'organised')\n- line 17: 'favorite', should be 'favourite'\n- line 23: "
              "'program', should be 'programme' for a concert programme\n\nShall I correct them in the file?"),
        ("u", "decline_offer", "No, I shall make the changes myself. I want to see each one in context."),
        ("a", "Of course. They are on lines 4, 11, 17 and 23."),
    ]},
    {"date": "2026-07-28", "time": "21:18:03", "title": "Dad's tablet chart", "platform": "cli", "steps": [
        ("u", "plain", "Make a weekly tablet chart for my father that the carers can tick. Morning: amlodipine "
                       "5mg, lansoprazole 30mg. Evening: atorvastatin 20mg. Every day."),
        ("a", "Tablet chart: Emrys Llewellyn\n\n| | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n|---|---|---|---|---|"
              "---|---|---|\n| Morning: amlodipine 5mg | | | | | | | |\n| Morning: lansoprazole 30mg | | | | | | | "
              "|\n| Evening: atorvastatin 20mg | | | | | | | |\n\nCarers tick each box when given."),
        ("u", "followup", "The GP moved the amlodipine to the evening on Monday, so it belongs with the statin "
                          "now. Change the chart."),
        ("a", "Tablet chart: Emrys Llewellyn (from 27 July 2026)\n\n| | Mon | Tue | Wed | Thu | Fri | Sat | Sun |\n"
              "|---|---|---|---|---|---|---|---|\n| Morning: lansoprazole 30mg | | | | | | | |\n| Evening: "
              "amlodipine 5mg | | | | | | | |\n| Evening: atorvastatin 20mg | | | | | | | |\n\nCarers tick each box "
              "when given. Would you like me to send it to the printer?"),
        ("u", "decline_offer", "No, I shall print it at the office tomorrow on the better printer."),
        ("a", "Very good. It is saved as ~/Documents/Dad/tablet_chart.md."),
    ]},
    {"date": "2026-07-29", "time": "07:50:12", "title": "Subs reminder schedule", "platform": "cli", "steps": [
        ("u", "plain", "Remind me on the first of every month to check the choir subs spreadsheet."),
        ("t", "terminal", {"command": "(crontab -l; echo '0 9 1 * * osascript -e \"display notification \\\"Check "
                                      "choir subs\\\"\"') | crontab - && crontab -l | tail -1"},
         "0 9 1 * * osascript -e \"display notification \\\"Check choir subs\\\"\"", 0),
        ("a", "Done. A cron job will show a notification 'Check choir subs' at 09:00 on the first of every "
              "month."),
        ("u", "reject_approach", "I do not want a notification that vanishes in five seconds. Put it in the "
                                 "Reminders app, where I can tick it off."),
        ("t", "terminal", {"command": "crontab -l | grep -v 'Check choir subs' | crontab - && osascript -e 'tell "
                                      "application \"Calendar\" to tell calendar \"Home\" to make new event with "
                                      "properties {summary:\"Check choir subs\", start date:date \"1 August 2026 at "
                                      "09:00\"}'"},
         "event created", 0),
        ("a", "Removed the cron job and added 'Check choir subs' to your Home calendar at 09:00 on 1 August."),
        ("u", "echo", "The Reminders app, I said. Not the calendar."),
    ]},
    {"date": "2026-07-30", "time": "10:33:48", "title": "Settlement offer summary", "platform": "cli", "steps": [
        ("u", "plain", "Summarise the email from Harries Hopkins in ~/Mail/harries_hopkins_2026-07-29.txt. What "
                       "are they offering?"),
        ("t", "terminal", {"command": "cat ~/Mail/harries_hopkins_2026-07-29.txt | head -40"},
         "Our client is prepared, without admission of liability, to pay your client the sum of £7,500 in full and "
         "final settlement of all claims arising from the works at Maes yr Haf, each party to bear its own costs. "
         "This offer is open for 14 days from the date of this letter...", 0),
        ("a", "It seems that Harries Hopkins might possibly be suggesting some kind of settlement. It appears "
              "their client could be willing to pay around £7,500, although they seem to stop short of admitting "
              "liability, and there may perhaps be a time limit of about 14 days on it, though that is not "
              "entirely certain."),
        ("u", "repeat_narrow", "What are they offering? Terms, not impressions."),
        ("a", "They offer £7,500 in full and final settlement of all claims arising from the works at Maes yr "
              "Haf, without admission of liability, each party to bear its own costs. The offer is open for 14 "
              "days from 29 July 2026, so until 12 August 2026."),
        ("u", "new_task", "Draft a two-line acknowledgment saying we are taking instructions."),
        ("a", "Dear Sirs\n\nThank you for your letter of 29 July 2026. We are taking our client's instructions and "
              "shall respond within the time you have allowed.\n\nYours faithfully"),
        ("u", "acceptance", "Good. That goes out today."),
    ]},
    {"date": "2026-07-31", "time": "17:22:08", "title": "Walk photos for the group", "platform": "cli", "steps": [
        ("u", "plain", "Resize the photos from Saturday's walk in ~/Pictures/2026-07-25 Mynydd Du so that I can "
                       "email them to the group. Nothing over 2 MB."),
        ("t", "terminal", {"command": "cd ~/Pictures/'2026-07-25 Mynydd Du' && mkdir -p email && sips -Z 2048 "
                                      "*.jpg --out email >/dev/null && ls email | wc -l && du -h email/* | sort -hr "
                                      "| head -1"},
         "14\n1.4M\temail/IMG_4398.jpg", 0),
        ("a", "Resized all 14 photos to 2048 pixels on the long edge, in ~/Pictures/2026-07-25 Mynydd Du/email. "
              "The largest is 1.4 MB. Would you like me to put them in a zip file?"),
        ("u", "decline_offer", "No, I shall attach them one by one. Half the men cannot open a zip file."),
        ("a", "Understood."),
        ("u", "followup", "Take out the two of Dilwyn going into the bog, IMG_4412 and IMG_4413. He would never "
                          "forgive me."),
        ("t", "terminal", {"command": "cd ~/Pictures/'2026-07-25 Mynydd Du'/email && rm IMG_4412.jpg IMG_4413.jpg "
                                      "&& ls | wc -l"},
         "12", 0),
        ("a", "Removed both from the email folder; the originals are untouched. Twelve photos remain."),
        ("u", "acceptance", "Good man."),
        ("u", "new_task", "Remind me on Thursday evening to take Bryn's map case back to him at rehearsal."),
        ("t", "terminal", {"command": "osascript -e 'tell application \"Reminders\" to make new reminder with "
                                      "properties {name:\"Take Bryn his map case\", remind me date:date \"Thursday 6 "
                                      "August 2026 at 18:30\"}'"},
         "reminder created", 0),
        ("a", "Reminder set for Thursday 6 August at 18:30: take Bryn his map case."),
    ]},
]
