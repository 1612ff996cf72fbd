"""Format E sessions (session_<date>.jsonl, one event a line). Blind author P, corpus fresh15."""

FORMAT_E = {
    "2026-09-02": {"role": "timmy", "steps": [
        ("u", "plain", "The claim form in Jenkins v Pugh was issued today, Wednesday 2 September 2026. What is the "
                       "last day for service?"),
        ("d", "count 120 days from issue", "four months treated as roughly 120 days"),
        ("a", "The claim form must be served within four months of issue, which is 120 days. From 2 September "
              "2026 that is Thursday 31 December 2026."),
        ("u", "instead", "Count calendar months, as the rule does: the step must be taken before midnight on the "
                         "calendar day four months after the date of issue. Days do not come into it."),
        ("d", "count calendar months under CPR 7.5", "owner corrected the method"),
        ("a", "Under CPR 7.5(1) the step required for service must be taken before 12.00 midnight on the calendar "
              "day four months after the date of issue: Saturday 2 January 2027. With the Christmas closure in "
              "between, serving in early December would be prudent."),
        ("u", "followup", "Put a reminder in the Work calendar for Tuesday 1 December to serve it."),
        ("t", "terminal", {"command": "osascript -e 'tell application \"Calendar\" to tell calendar \"Work\" to make "
                                      "new event with properties {summary:\"Serve claim form: Jenkins v Pugh (last "
                                      "day 2 Jan 2027)\", start date:date \"Tuesday 1 December 2026 at 09:00\"}'"},
         "event created", 0),
        ("a", "Added to Work: 'Serve claim form: Jenkins v Pugh (last day 2 Jan 2027)' on Tuesday 1 December 2026 "
              "at 09:00."),
        ("u", "acceptance", "Thank you."),
    ]},
    "2026-09-03": {"role": "assistant", "steps": [
        ("u", "plain", "Here are my rough notes from last night's choir committee: ~/Documents/Cor/committee_"
                       "2026-09-02.txt. Turn them into minutes."),
        ("t", "terminal", {"command": "cat ~/Documents/Cor/committee_2026-09-02.txt"},
         "present: Aled (chair), Owain (sec), Tomos (treas), Huw, Dilwyn\n- subs: 3 owing, Tomos to chase\n- "
         "Capel Seion 12 Sept: confirmed, tea by chapel\n- new music folders: Huw to get quotes\n- AGM 7 Oct 7pm "
         "vestry\n- Dilwyn: coach for Llanelli was late, complain?", 0),
        ("a", "Minutes of the Committee Meeting of Côr Meibion Dinefwr, held on Wednesday 2 September 2026\n\n"
              "Present: Aled Rees (Chair), Owain Llewellyn (Secretary), Tomos Evans (Treasurer), Huw Morgan, "
              "Dilwyn Jones.\n\n1. Subscriptions. The Treasurer reported that three members' subscriptions remain "
              "outstanding. There was a wide-ranging discussion of the difficulties some older members face with "
              "bank transfers and of whether the subscription level remains appropriate in the current economic "
              "climate. It was felt that a sympathetic approach was best. The Treasurer agreed to follow up.\n\n2. "
              "Capel Seion concert, 12 September. The Secretary confirmed the booking. The committee expressed its "
              "warm appreciation of the chapel's generosity in providing tea, which reflects the long and happy "
              "association between the choir and Capel Seion.\n\n3. Music folders. The existing folders are now "
              "showing their age after many years of faithful service. Huw Morgan kindly agreed to obtain "
              "quotations.\n\n4. AGM. To be held on 7 October at 7pm in the vestry.\n\n5. Coach to Llanelli. "
              "Dilwyn Jones raised the late arrival of the coach, which caused some anxiety among members. After "
              "discussion the committee considered whether a complaint would be appropriate."),
        ("u", "repeat_narrow", "Minutes, not an essay. The decisions, and who is to do what."),
        ("a", "Côr Meibion Dinefwr: committee meeting, 2 September 2026\n\nPresent: Aled Rees (Chair), Owain "
              "Llewellyn (Secretary), Tomos Evans (Treasurer), Huw Morgan, Dilwyn Jones.\n\n1. Subscriptions: three "
              "outstanding. Action: Tomos Evans to chase.\n2. Capel Seion, 12 September: confirmed; tea provided by "
              "the chapel.\n3. Music folders: Action: Huw Morgan to obtain quotations.\n4. AGM: 7 October, 7pm, "
              "vestry.\n5. Coach to Llanelli arrived late: raised by Dilwyn Jones; no decision on a complaint."),
        ("u", "acceptance", "That is what minutes look like."),
        ("u", "new_task", "Now the notice of the AGM for the noticeboard. The date and time as in the minutes."),
        ("a", "Côr Meibion Dinefwr\n\nNOTICE OF ANNUAL GENERAL MEETING\n\nWednesday 7 November 2026 at 7pm, in the "
              "vestry.\n\nAll members are asked to attend. Nominations for officers to the Secretary by 30 "
              "October.\n\nOwain Llewellyn, Secretary"),
        ("u", "explicit", "That is the wrong month. The AGM is on 7 October."),
        ("a", "Côr Meibion Dinefwr\n\nNOTICE OF ANNUAL GENERAL MEETING\n\nWednesday 7 October 2026 at 7pm, in the "
              "vestry.\n\nAll members are asked to attend. Nominations for officers to the Secretary by 30 "
              "September.\n\nOwain Llewellyn, Secretary"),
        ("u", "acceptance", "Correct. I shall pin it up on Thursday."),
    ]},
    "2026-09-04": {"role": "timmy", "steps": [
        ("u", "plain", "Dad's repeat prescription is ready for collection. What time does the pharmacy close "
                       "today?"),
        ("a", "Which pharmacy does he use?"),
        ("u", "clarify_answer", "Boots, on Rhosmaen Street in Llandeilo."),
        ("t", "web_search", {"query": "Boots pharmacy opening hours Friday"},
         "Boots Carmarthen, Red Street: Mon-Sat 08:30-17:30\nBoots Llandeilo, Rhosmaen Street: Mon-Fri "
         "09:00-17:30, Sat 09:00-13:00", 0),
        ("a", "Boots in Carmarthen (Red Street) closes at 17:30 today."),
        ("u", "repeat_narrow", "The Llandeilo branch. Rhosmaen Street."),
        ("a", "Boots, Rhosmaen Street, Llandeilo closes at 17:30 today (Friday). On Saturdays it closes at "
              "13:00."),
        ("u", "acceptance", "Good. I shall call in on the way home."),
        ("u", "followup", "Dad's prescription includes the new evening amlodipine for the first time. Remind me at "
                          "6pm to check that the carers have it on the chart."),
        ("t", "terminal", {"command": "osascript -e 'tell application \"Reminders\" to make new reminder with "
                                      "properties {name:\"Check carers have evening amlodipine on Dad's chart\", "
                                      "remind me date:date \"Friday 4 September 2026 at 18:00\"}'"},
         "reminder created", 0),
        ("a", "Reminder set in Reminders for 18:00 today: check that the carers have the evening amlodipine on "
              "your father's chart."),
        ("u", "acceptance", "Thank you, Timmy."),
    ]},
    "2026-09-07": {"role": "assistant", "steps": [
        ("u", "plain", "Time Machine says last night's backup failed. Why?"),
        ("t", "terminal", {"command": "log show --last 12h --predicate 'subsystem == \"com.apple.TimeMachine\"' "
                                      "--style compact | grep -i -m3 error"},
         "2026-09-07 02:14:51 backupd: Error: Backup disk is full; unable to delete enough old backups.", 0),
        ("e", "Backup disk is full", "backupd could not free space on the ARCHIF-TM volume"),
        ("a", "Last night's backup failed because the Time Machine disk is full and backupd could not delete "
              "enough old backups to make room. The oldest backups are from March 2025. Shall I erase the Time "
              "Machine disk and start a fresh backup tonight?"),
        ("u", "decline_offer", "No. Not before I have copied the August backups somewhere safe. Leave the disk "
                               "alone."),
        ("d", "do not modify the backup disk", "owner declined erasing"),
        ("a", "Understood; I shall not touch the Time Machine disk."),
        ("u", "new_task", "How much space is left on it now, in gigabytes?"),
        ("t", "terminal", {"command": "df -g /Volumes/ARCHIF-TM | tail -1"},
         "/dev/disk5s1  1862  1839  23  99%  /Volumes/ARCHIF-TM", 0),
        ("a", "It is 99% full, so about 1% of the disk is free."),
        ("u", "echo", "In gigabytes."),
        ("a", "23 GB free, of 1,862 GB."),
        ("u", "acceptance", "Thank you. I shall buy a larger disk on Saturday."),
    ]},
    "2026-09-08": {"role": "timmy", "steps": [
        ("u", "plain", "Write to Mr and Mrs Bowen setting out the key dates in their purchase of 3 Maes y Deri: "
                       "exchange on Friday 18 September, completion on Friday 2 October, deposit of £24,500 to "
                       "reach us by Wednesday 16 September."),
        ("a", "Dear Mr. and Mrs. Bowen,\n\nI wanted to give you a quick update on your purchase of 3 Maes y Deri. "
              "We've finally gotten the seller's side to agree dates! It looks like exchange will probably happen "
              "on or around September 18, with completion hopefully on October 2. It might be a good idea to get "
              "the deposit of $24,500 to us by around September 16 if at all possible.\n\nLet me know if you have "
              "any questions!\n\nBest,\nOwain"),
        ("u", "explicit", "No. That is a chatty note full of 'probably' and 'hopefully', in American, with the "
                          "deposit in dollars. These dates are fixed. Write it properly."),
        ("a", "Dear Mr and Mrs Bowen\n\n3 Maes y Deri\n\nI write to confirm the key dates in your purchase.\n\n"
              "Exchange of contracts: Friday 18 September 2026\nCompletion: Friday 2 October 2026\n\nPlease ensure "
              "that the deposit of £24,500 reaches us by Wednesday 16 September 2026.\n\nYours sincerely\n\nOwain "
              "Llewellyn"),
        ("u", "partial", "Much better. But the deposit must be paid by bank transfer to our client account only, "
                         "and the letter has to warn them about email fraud: we never change our bank details by "
                         "email. That is in every letter we send asking for money."),
        ("a", "Dear Mr and Mrs Bowen\n\n3 Maes y Deri\n\nI write to confirm the key dates in your purchase.\n\n"
              "Exchange of contracts: Friday 18 September 2026\nCompletion: Friday 2 October 2026\n\nPlease ensure "
              "that the deposit of £24,500 reaches us by Wednesday 16 September 2026, by bank transfer to our "
              "client account only.\n\nImportant: we will never change our bank details by email. If you receive "
              "an email that appears to come from us with different bank details, do not act on it; telephone me "
              "at the office on the number you already hold.\n\nYours sincerely\n\nOwain Llewellyn"),
        ("u", "acceptance", "That is the letter. Thank you."),
    ]},
    "2026-09-10": {"role": "assistant", "steps": [
        ("u", "plain", "The walking group is doing the Sugar Loaf from Abergavenny on Saturday: 12 km and 550 m "
                       "of ascent. How long will it take by Naismith?"),
        ("a", "Converting to imperial: 12 km is about 7.46 miles, which at 3 mph takes 2 hours 29 minutes. 550 m "
              "is about 1,804 ft; at 30 minutes per 1,000 ft that adds 54 minutes. Total about 3 hours 23 "
              "minutes."),
        ("u", "reject_approach", "Do not convert into miles and feet. Use Naismith in metric, as the walking group "
                                 "does: five kilometres an hour, plus an hour for every six hundred metres of "
                                 "ascent."),
        ("a", "12 km at 5 km/h is 2 hours 24 minutes. 550 m of ascent at one hour per 600 m is 55 minutes. Total: "
              "3 hours 19 minutes walking."),
        ("u", "followup", "Add twenty per cent for Bryn's knee."),
        ("a", "3 hours 19 minutes plus 20% is 3 hours 59 minutes; call it four hours of walking, before stops."),
        ("u", "acceptance", "Four hours. That is what I shall tell them."),
    ]},
    "2026-09-11": {"role": "timmy", "steps": [
        ("u", "plain", "Make me an index for the Davies bundle from the PDFs in the bundle folder, "
                       "~/Clients/Davies/Bundle, with page ranges."),
        ("t", "terminal", {"command": "cd ~/Clients/Davies/Bundle && for f in *; do echo \"$f: $(mdls -raw -name "
                                      "kMDItemNumberOfPages \"$f\")\"; done"},
         ".DS_Store: (null)\n01 Claim form.pdf: 3\n02 Defence.pdf: 4\n03 Order 14-07-2026.pdf: 2\n04 Witness "
         "statement - Mr Davies.pdf: 7\n05 Witness statement - Ms Lloyd.pdf: 5\nDefence draft v2.docx: 6", 0),
        ("a", "Bundle index, Davies v Cennen Motors:\n\n.DS_Store\n01 Claim form: pages 1-3\n02 Defence: pages "
              "4-7\n03 Order 14-07-2026: pages 8-9\n04 Witness statement - Mr Davies: pages 10-16\n05 Witness "
              "statement - Ms Lloyd: pages 17-21\nDefence draft v2: pages 22-27"),
        ("u", "echo", "'From the PDFs in the bundle folder.' Not the Word draft, and certainly not .DS_Store."),
        ("a", "Bundle index, Davies v Cennen Motors:\n\n1. Claim form: pages 1-3\n2. Defence: pages 4-7\n3. Order "
              "dated 14 July 2026: pages 8-9\n4. Witness statement of Mr Davies: pages 10-16\n5. Witness "
              "statement of Ms Lloyd: pages 17-21"),
        ("u", "followup", "The index itself will be page 1, so everything moves on by one."),
        ("a", "Bundle index, Davies v Cennen Motors:\n\nIndex: page 1\n1. Claim form: pages 2-4\n2. Defence: pages "
              "5-8\n3. Order dated 14 July 2026: pages 9-10\n4. Witness statement of Mr Davies: pages 11-17\n5. "
              "Witness statement of Ms Lloyd: pages 18-22"),
        ("u", "acceptance", "Right. Twenty-two pages in all; that is under the limit."),
    ]},
    "2026-09-14": {"role": "assistant", "steps": [
        ("u", "plain", "What deadlines have I got in the next fortnight? They are in ~/Clients/deadlines.csv."),
        ("t", "terminal", {"command": "cat ~/Clients/deadlines.csv"},
         "date,client,matter,what\n2026-08-25,Davies,Davies v Cennen Motors,exchange witness statements\n"
         "2026-09-15,Davies,Davies v Cennen Motors,file bundle\n2026-09-16,Bowen,3 Maes y Deri,deposit due\n"
         "2026-09-18,Bowen,3 Maes y Deri,exchange\n2026-09-25,Price,Price appeal,skeleton argument\n"
         "2026-10-02,Bowen,3 Maes y Deri,completion\n2026-12-01,Jenkins,Jenkins v Pugh,serve claim form", 0),
        ("a", "Your deadlines:\n\n- 25 August: Davies v Cennen Motors, exchange witness statements\n- 15 September: "
              "Davies v Cennen Motors, file bundle\n- 16 September: 3 Maes y Deri, deposit due\n- 18 September: 3 "
              "Maes y Deri, exchange\n- 25 September: Price appeal, skeleton argument\n- 2 October: 3 Maes y Deri, "
              "completion\n- 1 December: Jenkins v Pugh, serve claim form"),
        ("u", "repeat_narrow", "The next fortnight. From today to the twenty-eighth."),
        ("a", "14 to 28 September:\n\n- 15 September: Davies v Cennen Motors, file bundle\n- 16 September: 3 Maes "
              "y Deri, deposit due\n- 18 September: 3 Maes y Deri, exchange\n- 25 September: Price appeal, "
              "skeleton argument"),
        ("u", "followup", "Put the client's name first on each line; Gethin reads it by client."),
        ("a", "14 to 28 September:\n\n- Davies: 15 September, file bundle (Davies v Cennen Motors)\n- Bowen: 16 "
              "September, deposit due (3 Maes y Deri)\n- Bowen: 18 September, exchange (3 Maes y Deri)\n- Price: 25 "
              "September, skeleton argument (appeal)\n\nShall I email this list to Gethin?"),
        ("u", "decline_offer", "No. Gethin keeps his own list; this is for me."),
        ("a", "Very well."),
    ]},
    "2026-09-15": {"role": "timmy", "steps": [
        ("u", "plain", "How many times has each piece been sung at our concerts this year? The list is "
                       "~/Documents/Cor/concerts_2026.csv: date, venue, then the pieces separated by semicolons."),
        ("t", "terminal", {"command": "python3 -c 'import pandas'"},
         "ModuleNotFoundError: No module named 'pandas'", 1),
        ("e", "ModuleNotFoundError: pandas", "python3 -c 'import pandas'"),
        ("a", "pandas isn't installed. I can install it with pip install pandas and then count the pieces with a "
              "short script. Shall I go ahead?"),
        ("u", "reject_approach", "No. I am not having things installed to count six lines. Use awk, or plain "
                                 "Python."),
        ("t", "terminal", {"command": "awk -F, 'NR>1 {n=split($3,p,\";\"); for(i=1;i<=n;i++) c[p[i]]++} END {for(k "
                                      "in c) print c[k], k}' ~/Documents/Cor/concerts_2026.csv | sort -rn"},
         "5 Myfanwy\n4 Calon Lân\n3 Gwahoddiad\n3 Cwm Rhondda\n2 Karan\n1 Bring Him Home", 0),
        ("a", "Counted with awk, nothing installed:\n\n- Myfanwy: 5\n- Calon Lân: 4\n- Gwahoddiad: 3\n- Cwm Rhondda: "
              "3\n- Karan: 2\n- Bring Him Home: 1"),
        ("u", "partial", "That is the right way to do it. But Myfanwy was sung at all six concerts, so you have "
                         "lost one. There is no header line in that file; you have skipped the first concert."),
        ("t", "terminal", {"command": "awk -F, '{n=split($3,p,\";\"); for(i=1;i<=n;i++) c[p[i]]++} END {for(k in c) "
                                      "print c[k], k}' ~/Documents/Cor/concerts_2026.csv | sort -rn"},
         "6 Myfanwy\n5 Calon Lân\n4 Gwahoddiad\n3 Cwm Rhondda\n2 Karan\n1 Bring Him Home\n1 Llanfair", 0),
        ("a", "All six concerts:\n\n- Myfanwy: 6\n- Calon Lân: 5\n- Gwahoddiad: 4\n- Cwm Rhondda: 3\n- Karan: 2\n- "
              "Bring Him Home: 1\n- Llanfair: 1"),
        ("u", "acceptance", "That agrees with my programme file. Thank you."),
    ]},
    "2026-08-31": {"role": "assistant", "steps": [
        ("u", "plain", "Write an email to my sister Catrin with Dad's respite dates at Plas Tywi: 14 to 28 "
                       "September."),
        ("a", "Hey Catrin,\n\nJust a heads up that Dad's respite at Plas Tywi is booked for September 14-28.\n\n"
              "Best,\nOwain"),
        ("u", "instead", "I do not write 'Hey' or 'heads up', even to my sister, and the dates go day first. "
                         "'Dear Catrin', and sign it 'Love, Owain'."),
        ("a", "Dear Catrin\n\nDad's respite at Plas Tywi is booked from 14 to 28 September.\n\nLove, Owain\n\n"
              "Should I mention the cost as well?"),
        ("u", "clarify_answer", "Yes. It is £1,150 a week and we are splitting it between us."),
        ("a", "Dear Catrin\n\nDad's respite at Plas Tywi is booked from 14 to 28 September. It costs £1,150 a week, "
              "£2,300 for the fortnight, so £1,150 each as we agreed to split it.\n\nLove, Owain"),
        ("u", "acceptance", "Just right. Send it from my personal account."),
        ("t", "terminal", {"command": "~/bin/send_mail.sh --from personal --to catrin --subject 'Dad: respite at "
                                      "Plas Tywi' --body-file /tmp/catrin_respite.txt"},
         "sent", 0),
        ("a", "Sent to Catrin from your personal account, subject 'Dad: respite at Plas Tywi'."),
    ]},
}
