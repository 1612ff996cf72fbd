"""Format C sessions of the fresh13 corpus (blind author 13). Owner: Daniel Kiptoo, logistics manager in Dubai."""


from corpus_writer import reply as a  # the shared step constructors
from corpus_writer import tool as t
from corpus_writer import user as u

FORMAT_C = {
    "2026-07-03": [
        {"time": "08:05:33", "title": "Al Noor freight total", "steps": [
            u("plain", "Formula to total the freight charges in column F, only for customer Al Noor Trading and only for July. Customer is in C, invoice dates in B."),
            a('This does it in one cell:\n\n=SUMPRODUCT((C2:C5000="Al Noor Trading")*(TEXT(B2:B5000,"mmm")="Jul")*F2:F5000)\n\nIt checks every row for the customer name and a July date and adds up the matching freight.'),
            u("reject_approach", "Not SUMPRODUCT, this file is already slow enough. SUMIFS."),
            a('With SUMIFS:\n\n=SUMIFS(F:F,C:C,"Al Noor Trading",B:B,">="&DATE(2026,7,1),B:B,"<"&DATE(2026,8,1))\n\nUsing "before 1 August" as the upper bound catches every July date, including any with a time on them.'),
            u("followup", "Make the customer name come from J1 so I can change it without touching the formula."),
            a('=SUMIFS(F:F,C:C,$J$1,B:B,">="&DATE(2026,7,1),B:B,"<"&DATE(2026,8,1))\n\nType any customer name in J1 and the total updates.'),
            u("acceptance", "Works, thanks."),
        ]},
        {"time": "12:44:10", "title": "Absence note to Ms Fernandes", "steps": [
            u("plain", "Quick message to Amani's class teacher, Ms Fernandes: he'll miss Thursday and Friday, we're travelling to Nairobi for a family funeral."),
            a("Dear Ms Fernandes,\n\nI hope this message finds you well. It is with a heavy heart that I write to let you know that our family has suffered a loss, and we will be travelling to Nairobi to be with our loved ones and to lay our relative to rest. These are difficult days for all of us, and Amani in particular was very close to his great-uncle.\n\nAs a result, Amani will unfortunately be absent from school on Thursday and Friday. We would be most grateful if you could share any work he will miss so that he can keep up, and we thank you for your understanding and compassion at this time.\n\nWith warm regards,\nDaniel Kiptoo"),
            u("repeat_narrow", "Just the facts. He's off Thursday and Friday for a family funeral in Nairobi."),
            a("Dear Ms Fernandes,\n\nAmani will be absent on Thursday and Friday as we are travelling to Nairobi for a family funeral.\n\nThank you,\nDaniel Kiptoo\n\nShall I add the day he'll be back?"),
            u("clarify_answer", "Yes, back on Monday."),
            a("Dear Ms Fernandes,\n\nAmani will be absent on Thursday and Friday as we are travelling to Nairobi for a family funeral. He'll be back on Monday.\n\nThank you,\nDaniel Kiptoo"),
            u("acceptance", "That'll do."),
        ]},
        {"time": "17:21:48", "title": "Nairobi warehouse arrival date", "steps": [
            u("plain", "Vessel sailed Jebel Ali 14 July, 13 days to Mombasa. Clearing takes 5 working days, then 2 days by road to the Nairobi warehouse. When does it get there?"),
            a("ETA Mombasa: 14 July + 13 days = Monday 27 July.\nClearing: 27 July + 5 days = Saturday 1 August.\nRoad: 1 August + 2 days = Monday 3 August.\n\nSo it should reach the Nairobi warehouse on Monday 3 August."),
            u("echo", "Working days. Customs in Mombasa doesn't clear on a weekend."),
            a("Recounting with working days only:\n\nETA Mombasa: Monday 27 July.\nClearing, 5 working days: Tue 28, Wed 29, Thu 30, Fri 31 July, Mon 3 August, so cleared Monday 3 August.\nRoad, 2 days: arrives Nairobi Wednesday 5 August."),
            u("acceptance", "OK. I'll tell the client 6th August to be safe."),
        ]},
    ],
    "2026-07-09": [
        {"time": "09:50:27", "title": "Office predictions league", "steps": [
            u("plain", "We run a predictions league in the office, 12 of us. 3 points for the exact score, 1 for the right result. I want a sheet that works it out. Columns: Name, Predicted home, Predicted away, Actual home, Actual away."),
            a('Points in F2:\n\n=IF(AND(B2=D2,C2=E2),3,IF(SIGN(B2-C2)=SIGN(D2-E2),1,0))\n\nExact score gets 3; otherwise SIGN compares home win / draw / away win and gives 1 if the result matches, 0 if not.'),
            u("followup", "Nice. And a league table on a second sheet that adds up each person across the weeks."),
            a('On a sheet called Table, list the 12 names in A2:A13 and in B2:\n\n=SUMIF(Predictions!A:A,A2,Predictions!F:F)\n\nFill down. Do you want the table to sort itself so the leader is always at the top?'),
            u("clarify_answer", "Yes, highest at the top. We've got Excel 365."),
            a('Then in D2 put:\n\n=SORTBY(A2:B13,B2:B13,-1)\n\nIt spills a copy of the table sorted by points, highest first, and re-sorts every time a result goes in.'),
            u("acceptance", "Sorted. Literally."),
        ]},
        {"time": "14:07:39", "title": "June money to Mum", "steps": [
            u("plain", "How much did I send Mum in June? There was an extra one for her hospital bill."),
            t("web_search", {"query": "Kenya diaspora remittances June 2026"}, "Central Bank of Kenya: diaspora remittances June 2026 USD 412 million, up 6% year on year. UAE among top five source countries.", 0),
            a("According to the Central Bank of Kenya, diaspora remittances in June 2026 were about USD 412 million, up 6% on last year, with the UAE one of the top five sources."),
            u("reject_approach", "Not the internet. I told you about it at the time, it'll be in your notes."),
            t("terminal", {"command": "grep -i 'mum' ~/.timmy/memories/USER.md"}, "- Daniel's mum: M-Pesa number ends 4471. He sends her AED 3,000 on the 25th of each month.\n- 2026-06-11: extra AED 4,500 to Mum for hospital bill (Nakuru Level 5).\n- 2026-06-25: regular AED 3,000 to Mum.", 0),
            a("From my notes: AED 7,500 in June. That's 4,500 on 11 June for the hospital bill at Nakuru Level 5, plus the regular 3,000 on the 25th."),
            u("acceptance", "That's right. Thanks."),
        ]},
        {"time": "19:32:05", "title": "Roman Urdu for drivers", "steps": [
            u("plain", "Translate this for the Pakistani drivers: 'Tomorrow all trucks must be at the yard by 6am for the customs inspection. No exceptions.'"),
            a("कल सुबह 6 बजे तक सभी ट्रक यार्ड में होने चाहिए, कस्टम्स निरीक्षण है। कोई अपवाद नहीं।"),
            u("instead", "Roman Urdu. That's what they actually type on WhatsApp."),
            a("Kal subah 6 baje tak saare trucks yard mein hone chahiye, customs inspection hai. Koi exception nahi."),
            u("acceptance", "Good, Imran says it reads fine."),
        ]},
    ],
    "2026-07-15": [
        {"time": "10:15:50", "title": "FOB vs CIF for Brian", "steps": [
            u("plain", "New lad Brian keeps mixing up FOB and CIF. Give me a two-line explanation I can forward him."),
            a("Incoterms are a set of eleven trade rules published by the International Chamber of Commerce, first introduced in 1936 and most recently revised in 2020. They define the responsibilities of buyers and sellers for delivery, risk and costs.\n\nThe rules are divided into two groups: those for any mode of transport (EXW, FCA, CPT, CIP, DAP, DPU, DDP) and those for sea and inland waterway only (FAS, FOB, CFR, CIF).\n\nUnder FOB (Free On Board), the seller delivers the goods on board the vessel nominated by the buyer at the named port of shipment. Risk passes when the goods are on board, and from that point the buyer bears all costs, including freight and insurance.\n\nUnder CIF (Cost, Insurance and Freight), the seller pays for carriage and minimum insurance cover to the named port of destination, but risk still passes to the buyer once the goods are on board at origin. This is a common source of confusion.\n\nIn practice, many traders misuse FOB and CIF for container shipments, where FCA and CIP are technically more appropriate."),
            u("repeat_narrow", "Two lines. FOB and CIF only."),
            a("FOB: seller gets the goods on board at the origin port; buyer pays freight and insurance from there.\nCIF: seller pays freight and insurance to the destination port, but the risk still passes to the buyer once the goods are on board at origin."),
            u("new_task", "And DAP, same style, he asked about that one yesterday."),
            a("DAP: seller delivers to the named place at destination, ready for unloading, and pays all transport to get it there; buyer handles import clearance and duties.\n\nWant me to do the rest of the Incoterms in the same style for him?"),
            u("decline_offer", "No, three is enough for him this week."),
            a("Fair enough, that's plenty to digest."),
        ]},
        {"time": "16:40:22", "title": "US dates from shipping line report", "steps": [
            u("plain", "The shipping line's report has dates like 07/14/2026 14:30 and Excel won't treat them as dates. How do I fix it?"),
            a("Two quick checks first: is your Mac's region set to UK (day/month), and are the dates sitting on the left of the cell, meaning Excel sees them as text?"),
            u("clarify_answer", "Mac's set to UK. Yes, they're on the left."),
            a("Then Excel is reading them as text because 07/14 isn't a valid UK date. Fix:\n\n1. Select the date column.\n2. Data > Text to Columns > Delimited > Next > untick everything > Next.\n3. Column data format: Date, choose MDY.\n4. Finish.\n\nThey'll convert to proper dates, and you can format them as dd/mm/yyyy."),
            u("partial", "That fixed the dates. But the times are gone, it's all midnight now."),
            a('Text to Columns drops the time part. Undo that and use a formula in a spare column instead (assuming the text is in A2):\n\n=DATE(MID(A2,7,4),LEFT(A2,2),MID(A2,4,2))+TIMEVALUE(RIGHT(A2,5))\n\nFormat the column as dd/mm/yyyy hh:mm, then copy it and Paste Values over the original if you want.'),
            u("acceptance", "Worked a treat, times are back."),
        ]},
    ],
    "2026-07-21": [
        {"time": "07:55:14", "title": "Stock count WhatsApp", "steps": [
            u("plain", "Quick WhatsApp for the warehouse group: Thursday we stop receiving at 2pm for the quarterly stock count. Everyone stays until the count is done. Pizza's on me."),
            a("Team, on Thursday we stop receiving at 2pm for the quarterly stock count. Attendance is mandatory and everyone must stay until the count is complete. Failure to stay will result in disciplinary action."),
            u("explicit", "I never said anything about disciplinary action. Take that out. And where's the pizza?"),
            a("Team, Thursday we stop receiving at 3pm for the quarterly stock count. Everyone stays until it's done, and pizza's on me!"),
            u("echo", "2pm. Receiving stops at 2."),
            a("Team, Thursday we stop receiving at 2pm for the quarterly stock count. Everyone stays until it's done, and pizza's on me!"),
            u("acceptance", "Good, posted."),
        ]},
        {"time": "12:18:36", "title": "Gor Mahia vs Leopards table", "steps": [
            u("plain", "Gor Mahia or AFC Leopards, who's higher in the league right now?"),
            t("web_search", {"query": "FKF Premier League table Gor Mahia AFC Leopards"}, "FKF Premier League 2025/26 standings: 1 Gor Mahia 58, 2 Kenya Police 55, 3 Tusker 52, 4 AFC Leopards 49, 5 Shabana 47, 6 KCB 45, 7 Bandari 44, 8 Kakamega Homeboyz 42, 9 Nairobi City Stars 40, 10 Ulinzi Stars 38 ...", 0),
            a("Current FKF Premier League table:\n\n1. Gor Mahia 58\n2. Kenya Police 55\n3. Tusker 52\n4. AFC Leopards 49\n5. Shabana 47\n6. KCB 45\n7. Bandari 44\n8. Kakamega Homeboyz 42\n9. Nairobi City Stars 40\n10. Ulinzi Stars 38\n\nand the rest below."),
            u("repeat_narrow", "Just those two. Where are they?"),
            a("Gor Mahia are top on 58 points; AFC Leopards are 4th on 49, nine points behind."),
            u("plain", "Ha, my brother's a Leopards man. He'll be quiet this week."),
            a("Sounds like the bragging rights are yours. Want me to draft a cheeky message to him?"),
            u("decline_offer", "Nah, I'll do that myself, he'd know straight away it wasn't me."),
            a("Fair enough, it's better coming from you."),
        ]},
        {"time": "18:02:57", "title": "Two schools over three years", "steps": [
            u("plain", "Compare these for Amani's secondary. School A: tuition 52,000 a year, transport 7,500. School B: tuition 47,500, transport 9,800, plus a one-off 5,000 registration. Which is cheaper over 3 years?"),
            a("School A: (52,000 + 7,500) x 3 = AED 178,500\nSchool B: (47,500 + 9,800) x 3 + 5,000 = AED 176,900\n\nSchool B is cheaper by AED 1,600 over three years."),
            u("followup", "Now assume both put tuition up 5% a year. Transport stays flat."),
            a("School A tuition: 52,000 + 54,600 + 57,330 = 163,930; transport 7,500 + 7,875 + 8,268.75 = 23,643.75. Total AED 187,573.75.\nSchool B tuition: 47,500 + 49,875 + 52,368.75 = 149,743.75; transport 9,800 + 10,290 + 10,804.50 = 30,894.50; registration 5,000. Total AED 185,638.25.\n\nSchool B is cheaper by AED 1,935.50."),
            u("partial", "Tuition's right. But I said transport stays flat, you've put 5% on that as well."),
            a("With transport flat:\n\nSchool A: 163,930 + (7,500 x 3 = 22,500) = AED 186,430\nSchool B: 149,743.75 + (9,800 x 3 = 29,400) + 5,000 = AED 184,143.75\n\nSchool B is still cheaper, by AED 2,286.25 over three years."),
            u("acceptance", "Close enough either way. I'll go and see both."),
        ]},
        {"time": "20:45:09", "title": "Amani ratio homework", "steps": [
            u("plain", "Amani's stuck on homework: 'Share 180 in the ratio 4:5.' Help him out."),
            a("The answer is 80 and 100."),
            u("reject_approach", "Don't just hand him the answer, he has to show working. Walk him through it so he can do the next one himself."),
            a("Here's how to do it step by step:\n\n1. Add the parts of the ratio: 4 + 5 = 9 parts.\n2. Find one part: 180 / 9 = 20.\n3. Multiply each side: 4 x 20 = 80 and 5 x 20 = 100.\n4. Check: 80 + 100 = 180.\n\nSo 180 in the ratio 4:5 is 80 : 100. For the next one, start by adding the ratio numbers to get the total parts."),
            u("acceptance", "Perfect, he's got it now."),
            u("new_task", "Next one he's asking about is percentages. 'Increase 240 by 15%.' Same way please."),
            a("1. Find 15% of 240: 240 x 15 / 100 = 36.\n2. Add it on: 240 + 36 = 276.\n\nQuicker way once he's confident: an increase of 15% means 115% of the number, so 240 x 1.15 = 276."),
            u("acceptance", "Good, he says the quick way is cheating but he'll use it."),
        ]},
    ],
}
