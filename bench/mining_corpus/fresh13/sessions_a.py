"""Format A sessions of the fresh13 corpus (blind author 13). Owner: Daniel Kiptoo, logistics manager in Dubai."""


def u(kind, text):
    return ("u", kind, text)


def a(text):
    return ("a", text)


def t(tool, args, output, code=0):
    return ("t", tool, args, output, code)


FORMAT_A = [
    {"date": "2026-07-01", "time": "08:12:40", "title": "Demurrage days formula", "platform": "cli", "steps": [
        u("plain", "Need an Excel formula. Column D is vessel arrival date, column E is the date the container gated out. Free time at Jebel Ali is 10 days. I want demurrage days in F, zero if it's within free time."),
        a('Put this in F2 and fill down:\n\n=E2-D2-10\n\nIt subtracts the arrival date from the gate-out date and takes off the 10 free days, so what\'s left is the number of chargeable demurrage days.'),
        u("echo", "Zero if it's within free time. Half my sheet is showing minus 4, minus 7."),
        a('Sorry, the formula needs a floor at zero:\n\n=MAX(0,E2-D2-10)\n\nAnything gated out inside the 10 free days now shows 0; anything over shows the chargeable days.'),
        u("followup", "Good. Some rows have no gate-out date yet, E is blank. Make those show blank rather than 0 so I can see which boxes are still sitting there."),
        a('Wrap it in an IF that checks E first:\n\n=IF(E2="","",MAX(0,E2-D2-10))\n\nRows with no gate-out stay empty, so the boxes still in the port stand out. If you want them to jump out more, filter column F for blanks.'),
        u("acceptance", "Perfect, that's exactly it. Cheers."),
    ]},
    {"date": "2026-07-02", "time": "17:48:05", "title": "Eid standby WhatsApp for drivers", "platform": "telegram", "steps": [
        u("plain", "Draft a WhatsApp for the drivers' group: Eid holiday Tuesday to Thursday, yard closed, Imran and Sunil on standby for any urgent Jebel Ali pickups. Keep it short."),
        a("Dear Valued Team Members,\n\nOn behalf of the management, we are pleased to extend our warmest Eid greetings to you and your families. We would like to inform you that, in observance of the Eid holiday, the yard will remain closed from Tuesday through Thursday. We kindly request that all drivers take note of this arrangement and plan accordingly.\n\nPlease be advised that Mr Imran and Mr Sunil have been designated as standby drivers during this period and may be contacted in the event of any urgent collections from Jebel Ali Port. We trust that everyone will cooperate fully with this arrangement.\n\nWishing you a joyous and peaceful Eid.\n\nWarm regards,\nManagement"),
        u("explicit", "Too long, and nobody talks like that on the drivers' group. Three lines max."),
        a("Eid Mubarak all! Yard is closed Tuesday to Thursday.\nEnjoy the break with your families.\nSee you Friday."),
        u("partial", "Better length. But you've dropped Imran and Sunil, they need to know they're on standby."),
        a("Eid Mubarak all! Yard closed Tuesday to Thursday.\nImran and Sunil on standby for any urgent Jebel Ali pickups, keep your phones on.\nEnjoy the break, see you Friday."),
        u("acceptance", "Sent. Thanks."),
        a("Good. Hope the break is a quiet one."),
        u("new_task", "Make a note for me to check the standby rota again on Sunday before the holiday."),
        t("memory", {"action": "add", "target": "memory", "content": "Daniel: check the Eid standby rota (Imran, Sunil) on Sunday before the Tue-Thu holiday."}, "Added to memory.", 0),
        a("Noted. I can't send you a push reminder, but it's in my notes and I'll bring it up if you open a session before Sunday."),
    ]},
    {"date": "2026-07-03", "time": "21:05:17", "title": "School fees full vs instalments", "platform": "cli", "steps": [
        u("plain", "Amani's fees for next term are AED 14,850. The school gives two options: three instalments with a 2% admin charge, or pay in full by 20 August and get 3% off. What's the difference in actual money?"),
        a("Pay in full by 20 Aug: 14,850 x 0.97 = AED 14,404.50\nThree instalments: 14,850 x 1.02 = AED 15,147.00 (three payments of 5,049)\n\nDifference: AED 742.50 in favour of paying in full.\n\nWould you like me to set a reminder for the 20 August deadline?"),
        u("decline_offer", "No, I'll remember that one. Which option makes more sense if my bonus only lands in September though?"),
        a("It depends on the timing of the first instalment against the bonus. When is the first instalment due, and roughly how big is the bonus?"),
        u("clarify_answer", "First instalment 1 September. Bonus comes end of September, around 9,000."),
        a("Then the bonus arrives after both deadlines, so it can't fund either directly.\n\n- Pay in full: you need 14,404.50 out of savings by 20 Aug. The bonus then refills savings at the end of September. Saves 742.50.\n- Instalments: 5,049 on 1 Sep from savings or salary, and the bonus comfortably covers the December and March instalments.\n\nIf savings can take a 14.4k hit for about six weeks without leaving you short, paying in full is the better deal. If that would leave you with no buffer, the instalments cost you 742.50 for the breathing room."),
        u("acceptance", "Makes sense. I'll pay in full from savings and top it back up with the bonus."),
    ]},
    {"date": "2026-07-05", "time": "10:31:52", "title": "Sending 3000 to Mum rates", "platform": "cli", "steps": [
        u("plain", "What's AED to KES today? Sending 3,000 dirhams to Mum."),
        t("web_search", {"query": "AED to KES exchange rate today"}, "XE: 1 AED = 35.12 KES (mid-market, updated 10:25 UTC)\nWise: 1 AED = 35.09 KES\nCentral Bank of Kenya indicative: 1 AED = 35.15 KES", 0),
        a("Mid-market is about 35.12 KES to the dirham this morning, so 3,000 AED is roughly KES 105,360 before any fees or margin. Whatever service you use will give a slightly worse rate than that."),
        u("followup", "What would she roughly get through the M-Pesa option on the exchange house app versus a normal bank transfer from Emirates NBD?"),
        a("Here are the main options for sending money from the UAE to Kenya:\n\n1. Al Ansari Exchange: walk-in and app, bank and mobile wallet payouts, competitive rates.\n2. LuLu Exchange: wide branch network, mobile wallet support.\n3. Western Union: global reach, cash pickup, higher fees.\n4. Wise: transparent mid-market rate with a visible fee.\n5. Remitly: app-based, promotional rates for new customers.\n6. WorldRemit: M-Pesa payouts, fees vary by amount.\n7. Emirates NBD DirectRemit: bank-to-bank, fixed fee on some corridors.\n8. UAE Exchange / Wizz: app transfers to mobile wallets.\n\nEach has its own fees and exchange rate margin, so it's worth comparing before you send."),
        u("repeat_narrow", "Just those two. Roughly what lands in her M-Pesa for each, on 3,000."),
        a("Rough figures for 3,000 AED, based on typical margins (check the app quote before you send):\n\n- Exchange house app to M-Pesa: rate around 34.8, fee about AED 15-20, so roughly KES 104,000 lands straight in her M-Pesa.\n- Emirates NBD bank transfer: rate around 34.6 with DirectRemit, little or no fee, but it lands in a bank account, not M-Pesa, so about KES 103,800 and she'd pay again to move it to M-Pesa.\n\nFor M-Pesa, the exchange house app wins by a few hundred shillings and she gets it in minutes."),
        u("acceptance", "OK, M-Pesa through the app then."),
    ]},
    {"date": "2026-07-07", "time": "07:58:30", "title": "Containers landing Mombasa after 15th", "platform": "cli", "steps": [
        u("plain", "Open ~/Documents/schedules/week31.csv and tell me which containers arrive Mombasa after the 15th."),
        t("terminal", {"command": "cat ~/Documents/schedules/week31.csv"}, "container,vessel,pod,eta\nMSKU4420318,MAERSK KENSINGTON,Mombasa,2026-08-15\nMSCU7781204,MSC ALINA,Mombasa,2026-08-18\nCMAU3356710,CMA CGM TAGE,Dar es Salaam,2026-08-16\nTGHU9012265,MSC ALINA,Mombasa,2026-08-18\nMRKU1187743,MAERSK KENSINGTON,Mombasa,2026-08-12", 0),
        a("Containers for Mombasa arriving from the 15th:\n\n- MSKU4420318, Maersk Kensington, ETA 15 Aug\n- MSCU7781204, MSC Alina, ETA 18 Aug\n- TGHU9012265, MSC Alina, ETA 18 Aug\n\nMRKU1187743 arrives earlier on 12 Aug, and CMAU3356710 is going to Dar es Salaam."),
        u("echo", "After the 15th. The Maersk one lands on the 15th itself."),
        a("Right, strictly after the 15th it's just the two on MSC Alina:\n\n- MSCU7781204, ETA 18 Aug\n- TGHU9012265, ETA 18 Aug"),
        u("new_task", "Right. Draft a short email to Otieno at the clearing agent in Mombasa with those two numbers, ask him for the DO status."),
        a("Subject: DO status - MSCU7781204 / TGHU9012265 (MSC Alina, ETA 18 Aug)\n\nDear Sir,\n\nPlease advise the status of the delivery orders for the following containers arriving Mombasa on MSC Alina, ETA 18 August:\n\n- MSCU7781204\n- TGHU9012265\n\nKindly confirm whether the DOs have been released or if anything is outstanding from our side.\n\nBest regards,\nDaniel Kiptoo"),
        u("partial", "Fine, but Otieno's a mate, drop the 'Dear Sir' and the stiff bits. The rest is OK."),
        a("Subject: DO status - MSCU7781204 / TGHU9012265 (MSC Alina, ETA 18 Aug)\n\nHi Otieno,\n\nTwo boxes coming in on MSC Alina, ETA 18 Aug:\n\n- MSCU7781204\n- TGHU9012265\n\nWhere are we on the DOs? Let me know if you need anything from our side.\n\nThanks,\nDaniel"),
        u("acceptance", "Sent."),
    ]},
    {"date": "2026-07-09", "time": "19:22:03", "title": "Arsenal Spurs kick-off", "platform": "telegram", "steps": [
        u("plain", "What time does Arsenal v Spurs kick off on Sunday, Dubai time?"),
        t("web_search", {"query": "Arsenal vs Tottenham kick off time Sunday"}, "Premier League: Arsenal v Tottenham Hotspur, Sunday, kick-off 16:30 BST, Emirates Stadium. Live on Sky Sports.", 0),
        a("Arsenal v Spurs is on Sunday at the Emirates, kick-off 16:30. It's live on Sky Sports."),
        u("echo", "Dubai time."),
        a("Sorry. 16:30 UK time is 19:30 in Dubai (the UK is on BST, GMT+1, and Dubai is GMT+4)."),
        u("acceptance", "Perfect, I'll be home by then."),
        a("Enjoy it. Would you like me to check which channel is showing it in the UAE?"),
        u("decline_offer", "Nah, I've got the beIN app sorted."),
        a("Sorted then. Hope it's a good one."),
    ]},
    {"date": "2026-07-11", "time": "14:40:11", "title": "TEU per customer per month", "platform": "cli", "steps": [
        u("plain", "I've got a sheet of about 2,000 shipments with columns Customer, Month, TEU. I need total TEU per customer per month for the monthly review."),
        a("Here's a VBA macro that builds the summary on a new sheet:\n\nSub SummariseTEU()\n    Dim ws As Worksheet, out As Worksheet, dict As Object\n    Set ws = Sheets(\"Shipments\")\n    Set out = Sheets.Add\n    Set dict = CreateObject(\"Scripting.Dictionary\")\n    Dim r As Long, key As String\n    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row\n        key = ws.Cells(r, 1).Value & \"|\" & ws.Cells(r, 2).Value\n        dict(key) = dict(key) + ws.Cells(r, 3).Value\n    Next r\n    ' write keys and totals to the new sheet\n    ...\nEnd Sub\n\nPress Alt+F11, insert a module, paste it in and run it."),
        u("reject_approach", "No macros. The company laptops block them anyway. Do it without VBA."),
        a("Then a pivot table does it in a minute:\n\n1. Click anywhere in the data.\n2. Insert > PivotTable > New Worksheet.\n3. Drag Customer to Rows, Month to Columns, TEU to Values (it should say Sum of TEU).\n\nYou get one row per customer, one column per month, and grand totals on both sides. Refresh it (right-click > Refresh) when new shipments are added."),
        u("followup", "Done, works. Can I get the months to show as Jan, Feb and so on rather than 2026-01?"),
        a("If Month holds real dates: right-click any month heading in the pivot > Group > tick Months only > OK. It will show Jan, Feb, Mar.\n\nIf Month is text like 2026-01, add a helper column in the data with =TEXT(DATEVALUE(B2&\"-01\"),\"mmm\"), call it MonthName, refresh, and use that in Columns instead."),
        u("acceptance", "Sorted, cheers."),
    ]},
    {"date": "2026-07-13", "time": "06:47:26", "title": "Lateness WhatsApp for warehouse", "platform": "cli", "steps": [
        u("plain", "Write me a WhatsApp for the warehouse team. Three people were late more than once this week. I want it firm but not nasty, and no names."),
        a("Morning team. This week Rashid, Joseph and Ali were late more than once. Shift starts at 7 and the trucks are waiting on us. From Monday, anyone late twice in a week will have it noted. Let's keep it tight."),
        u("echo", "No names. I said no names."),
        a("Morning team. A few of us were late more than once this week. Shift starts at 7 and the trucks are waiting on us when we're not ready. From Monday, anyone late twice in a week will have it noted. Let's keep it tight, thanks all."),
        u("acceptance", "That's the one."),
        a("Good. It's firm without pointing at anyone."),
        u("new_task", "Different thing. How would I say 'shift starts at 7 sharp' in Arabic? Two of the team read Arabic better than English."),
        a("الدوام يبدأ الساعة السابعة بالضبط\n\n(al-dawam yabda' al-sa'a al-sabi'a bil-dabt: \"the shift starts at seven exactly\")"),
        u("acceptance", "Shukran, that'll do."),
    ]},
    {"date": "2026-07-20", "time": "20:15:44", "title": "Mum transfer note and yearly total", "platform": "cli", "steps": [
        u("plain", "Remember that Mum's M-Pesa number ends in 4471 and I send her 3,000 dirhams on the 25th of every month."),
        t("memory", {"action": "add", "target": "user", "content": "Daniel's mum: M-Pesa number ends 4471. He sends her AED 3,000 on the 25th of each month."}, "Added to user profile.", 0),
        a("Saved: Mum's M-Pesa ends 4471, AED 3,000 on the 25th of each month. Would you like me to remind you each month before the 25th?"),
        u("decline_offer", "No, just keep the note. I've got a standing order in the app."),
        a("Fine, it's kept as a note only."),
        u("new_task", "How much have I sent her this year then, if it's been 3,000 every month since January?"),
        a("January to July is 7 months, so 7 x 3,000 = AED 21,000 this year."),
        u("repeat_narrow", "Up to today. July's one hasn't gone yet, it goes on the 25th."),
        a("Then it's January to June, 6 transfers: 6 x 3,000 = AED 18,000 so far. It'll be 21,000 after the 25th."),
        u("acceptance", "Right, that's what I thought."),
    ]},
    {"date": "2026-07-22", "time": "11:09:58", "title": "Telex release question", "platform": "telegram", "steps": [
        u("plain", "Client is asking if we can switch the BL to telex release. Cargo has already sailed. Possible?"),
        a("Usually yes, even after sailing, as long as the original bills can be handed back to the line. Have the original BLs already been issued, and if so, where are they now?"),
        u("clarify_answer", "Issued, but still with the shipper here in Jebel Ali. Not couriered yet."),
        a("Then it's straightforward:\n\n1. The shipper surrenders the full set of originals (all 3) to the carrier's Dubai office.\n2. They sign the carrier's telex release / surrender request.\n3. The line charges a telex release fee, usually AED 100-250.\n4. The line sends the release message to its Mombasa office, and the consignee collects with a copy BL.\n\nThe one thing that kills it is a missing original, so make sure all three go back."),
        u("new_task", "Write the client a two-line reply saying yes, and that they'll need to hand back all three originals."),
        a("Dear Client,\n\nThank you for your message and for your continued business with us. We are happy to confirm that a telex release can be arranged for this shipment even though the vessel has already sailed.\n\nIn order to proceed, the shipper will need to surrender the full set of three original Bills of Lading to the carrier's office in Dubai, together with a signed surrender request. Please note that the carrier may charge a telex release fee.\n\nShould you have any questions, please do not hesitate to contact us.\n\nKind regards,\nThe Team"),
        u("explicit", "That's not two lines."),
        a("Yes, we can switch this to telex release even though the vessel has sailed.\nThe shipper just needs to hand back all three original BLs to the carrier's Dubai office, and the carrier will charge a small release fee."),
        u("instead", "Make it from me, first person. Not 'we' and 'the team'."),
        a("Yes, I can get this switched to telex release even though the vessel has sailed.\nI just need the shipper to hand back all three original BLs to the carrier's Dubai office; there's a small release fee from the line."),
        u("acceptance", "Good, sending that."),
    ]},
    {"date": "2026-07-26", "time": "09:36:21", "title": "Staff leave tracker", "platform": "cli", "steps": [
        u("plain", "Need a simple leave tracker for my 14 staff. Name, leave start, leave end, days taken, and balance out of 30."),
        a("The easiest way is Google Sheets, so everyone can see it:\n\n1. Create a new Google Sheet called Leave Tracker.\n2. Columns: Name, Start, End, Days, Balance.\n3. Add an Apps Script (Extensions > Apps Script) that emails you when someone's balance drops below 5 days.\n\nI can write the Apps Script for you if you'd like."),
        u("reject_approach", "We don't use Google anything here, it's Excel on the company SharePoint. And no scripts, just formulas."),
        a("Fine, plain Excel then. One row per leave taken:\n\nA: Name\nB: Start\nC: End\nD: Days taken: =C2-B2+1\nE: Balance: =30-D2\n\nFill D and E down. Put it on SharePoint and everyone with access sees the same file."),
        u("partial", "Layout's good. But the balance only takes off that one row. Joseph's had two trips this year and his second row says 30 minus the last trip only."),
        a("Right, the balance needs to add up every row for that person so far. In E2:\n\n=30-SUMIF($A$2:A2,A2,$D$2:D2)\n\nThe range grows as you fill down, so each row shows what that person has left after that trip. Joseph's second row will take off both trips."),
        u("acceptance", "That's it, Joseph's showing 17 now, which is right."),
    ]},
]
