"""Format B sessions (session_meta line + one message per line). Blind author Z, corpus fresh25."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_B = [
    # B1 - consumer unit price in pounds -> echo; followup with supplier prices
    {"date": "2026-07-01", "time": "16:40:12", "title": "Consumer unit change price", "platform": "cli", "steps": [
        U("plain", "quote for fuse board change, customer in Tallaght. old fuse board, need new 18 way with RCBOs. how much to charge, materials and labour"),
        T("web_search", {"query": "consumer unit replacement cost 18 way RCBO"}, "1. Checkatrade - Consumer unit replacement cost 2026: £600-£1,100\n2. MyJobQuote - Fuse box replacement cost: £550-£950 plus certification\n3. Which? Trusted Traders - average £750"),
        A("Typical prices for a consumer unit replacement with RCBOs:\n\n- Small unit (up to 10 ways): £550–£800\n- 18-way RCBO board: **£800–£1,100** including materials\n- Electrical Installation Certificate: usually included, sometimes £50–£100 extra\n\nMost electricians allow one day on site. Based on this, a fair price would be around **£950**."),
        U("echo", "\"customer in Tallaght\". Tallaght is Dublin. I need euro and Irish prices"),
        T("web_search", {"query": "consumer unit upgrade price Dublin euro RCBO 2026"}, "1. boards.ie - 'paid €1,200 for new board with RCBOs, Dublin 24'\n2. DublinSparks.ie - Fuse board upgrade from €850 incl. VAT and cert\n3. adverts.ie - consumer unit supply & fit €900-€1,400"),
        A("Irish prices, in euro:\n\n- Dublin fuse-board-to-RCBO-board upgrades go for about **€900–€1,400 incl. VAT**, with cert.\n- Someone in Dublin 24 on boards.ie paid €1,200 recently.\n\nFor an 18-way RCBO board, one day labour for you (8 h × €45 = €360) plus materials, landing around €1,150–€1,300 incl. VAT is in line with the market."),
        U("followup", "ok. RCBOs I buy in Kellihers, Hager ones about 38 each, 14 circuits. board itself 145. make me the materials list with this"),
        A("Materials:\n\n| Item | Qty | Each | Total |\n|---|---|---|---|\n| Hager 18-way board | 1 | €145.00 | €145.00 |\n| Hager RCBO | 14 | €38.00 | €532.00 |\n| Main switch / isolator, tails, labels, sundries | — | — | €60.00 |\n| **Materials total** | | | **€737.00** |\n\nWith labour €360: subtotal €1,097.00, VAT 13.5% €148.10, **total €1,245.10**."),
        U("acceptance", "grand, I send him 1245"),
    ]},
    # B2 - RCT; decline offer + question
    {"date": "2026-07-03", "time": "12:05:44", "title": "RCT subcontract question", "platform": "telegram", "steps": [
        U("plain", "builder want me do subcontract on new houses in Ashbourne. he say RCT 20%. what is this, I lose 20%??"),
        A("RCT is **Relevant Contracts Tax** — a withholding tax in construction. When a principal contractor (the builder) pays a subcontractor, Revenue tells him what rate to deduct: **0%, 20% or 35%**. He deducts it and pays it to Revenue on your behalf.\n\nYou don't lose it: the deducted amount is a credit against your own income tax at the end of the year, and if it's more than your tax bill you get it back (or it can be offset against other taxes).\n\nThe rate depends on your tax record with Revenue. Do you want me to walk you through checking your rate on ROS?"),
        U("decline_offer", "No, Niamh my accountant do the ROS. but why he say 20 and not 0"),
        A("The builder doesn't choose it — when he registers the contract on ROS, Revenue gives him your rate. 20% is the standard rate for a subcontractor who is registered for tax; 0% is only for those Revenue has approved because their tax record is fully up to date over time. He may also just be guessing before registering the contract. Niamh can check your rate on ROS and apply for 0% if you qualify."),
        U("acceptance", "ok I ask her tomorrow. thanks"),
    ]},
    # B3 - facebook ad with emojis -> instead; followup
    {"date": "2026-07-05", "time": "21:33:09", "title": "Facebook advert text", "platform": "telegram", "steps": [
        U("plain", "write short advert for facebook, my business. TN Electrical, RECI registered, EV chargers, rewires, fault finding, Dublin west and Kildare. phone 087 412 6630"),
        A("⚡🔌 **Need a reliable electrician?** 🔌⚡\n\n👷‍♂️ **TN Electrical** is here for you! ✅ RECI registered\n\n🚗 EV charger installation\n🏠 Full & partial rewires\n🔍 Fault finding — we find it, we fix it!\n\n📍 Covering Dublin West & Kildare\n📞 Call or WhatsApp: 087 412 6630\n\n💡 Quality work, fair prices, no cowboys! 💡\n\n#Electrician #DublinElectrician #EVCharger #Rewire #Kildare #Lucan #Maynooth #RECI #SafeElectric #ShopLocal"),
        U("instead", "no emojis no hashtags. more simple, like normal text, 4 lines"),
        A("TN Electrical – RECI registered electrician\nEV chargers, rewires and fault finding\nCovering Dublin West and Kildare\nCall Tomasz on 087 412 6630"),
        U("followup", "good. add free quotes"),
        A("TN Electrical – RECI registered electrician\nEV chargers, rewires and fault finding – free quotes\nCovering Dublin West and Kildare\nCall Tomasz on 087 412 6630"),
        U("acceptance", "👍 perfect"),
    ]},
    # B4 - moved all May photos -> explicit; new task
    {"date": "2026-07-07", "time": "19:12:31", "title": "Sort cert photos", "platform": "cli", "steps": [
        U("plain", "I have the certs on Mac in Downloads. find all from May and put in one folder 'certs May'"),
        T("terminal", {"command": "cd ~/Downloads && find . -maxdepth 1 -type f -newermt 2026-05-01 ! -newermt 2026-06-01 | wc -l"}, "43"),
        T("terminal", {"command": "cd ~/Downloads && mkdir -p 'certs May' && find . -maxdepth 1 -type f -newermt 2026-05-01 ! -newermt 2026-06-01 -exec mv {} 'certs May'/ \\; && ls 'certs May' | head -5"}, "IMG_4102.HEIC\nIMG_4103.HEIC\nIMG_4110.HEIC\nScan 2026-05-03 09.14.pdf\nScan 2026-05-07 17.40.pdf"),
        A("Done — moved all 43 files from May into `~/Downloads/certs May`."),
        U("explicit", "not all files!! you move also the photos of Zosia dancing. only certs I said"),
        T("terminal", {"command": "cd ~/Downloads/'certs May' && mv IMG_* .. && ls | wc -l && ls"}, "12\nScan 2026-05-03 09.14.pdf\nScan 2026-05-07 17.40.pdf\nScan 2026-05-09 12.02.pdf\nScan 2026-05-12 16.55.pdf\nScan 2026-05-14 08.31.pdf\nScan 2026-05-16 18.20.pdf\nScan 2026-05-20 10.07.pdf\nScan 2026-05-22 15.45.pdf\nScan 2026-05-26 09.58.pdf\nScan 2026-05-27 19.11.pdf\nScan 2026-05-29 13.36.pdf\nScan 2026-05-30 11.02.pdf"),
        A("Sorry about that. I moved the 31 `IMG_` photos back to Downloads. `certs May` now has only the 12 `Scan …pdf` files — those are your cert scans from the scanner app."),
        U("acceptance", "yes this are the certs. ok"),
        U("new_task", "can you make me list of the addresses from them? for my records"),
        T("terminal", {"command": "cd ~/Downloads/'certs May' && for f in *.pdf; do pdftotext \"$f\" - | grep -m1 -i 'address of installation' -A1 | tail -1; done"}, "14 Esker Lawns, Lucan\n3 Main St, Leixlip\n22 Castle Park, Clondalkin\n7 The Paddocks, Naas\nApt 4, Dublin Rd, Maynooth\n12 Seatown Rd, Swords\n41 Moy Glas Ave, Lucan\n9 Kilmacud Rd, Stillorgan\n5 Celbridge Abbey Ct, Celbridge\n18 Tallaght Rd, Tallaght\n2 Ratoath Rd, Ashbourne\n30 Griffeen Ave, Lucan"),
        A("Addresses from the 12 May certs:\n\n1. 14 Esker Lawns, Lucan\n2. 3 Main St, Leixlip\n3. 22 Castle Park, Clondalkin\n4. 7 The Paddocks, Naas\n5. Apt 4, Dublin Rd, Maynooth\n6. 12 Seatown Rd, Swords\n7. 41 Moy Glas Ave, Lucan\n8. 9 Kilmacud Rd, Stillorgan\n9. 5 Celbridge Abbey Ct, Celbridge\n10. 18 Tallaght Rd, Tallaght\n11. 2 Ratoath Rd, Ashbourne\n12. 30 Griffeen Ave, Lucan"),
        U("acceptance", "thanks"),
    ]},
    # B5 - second-hand solo dress; followup adds size/colours; decline offer
    {"date": "2026-07-09", "time": "22:41:50", "title": "Second hand solo dress", "platform": "telegram", "steps": [
        U("plain", "Zosia teacher say she need solo dress for next year, new one 1500 to 2500 euro!! second hand how much? where to look"),
        T("web_search", {"query": "second hand Irish dancing solo dress for sale Ireland price"}, "1. Facebook group 'Irish Dance Solo Dresses For Sale Ireland' - dresses €300-€900\n2. DoneDeal - 'Irish dancing solo dress age 8-10 €450'\n3. Adverts.ie - solo costume €600 ono"),
        A("Second-hand is much cheaper. For a girl her age you'll usually see **€350–€900**, depending on the designer and condition.\n\nWhere to look:\n- **Facebook groups** like 'Irish Dance Solo Dresses For Sale Ireland' — the biggest market; people post photos with measurements.\n- **DoneDeal** and **Adverts.ie** — search 'irish dancing solo dress'.\n- **Ask her school** — dancers often sell dresses to others in the same school.\n\nAlways ask for the measurements (chest, waist, length) rather than age."),
        U("followup", "she is 9, about 134 cm. and it must be colours of the school, blue and silver"),
        A("Then when you search:\n- Look for dresses listed for **age 8–10**, bodice chest around 66–70 cm (measure her to be sure), length to just above the knee.\n- Add 'blue' or 'navy silver' to your search in the Facebook group, or post a 'looking for' with her measurements and 'blue/silver' — sellers will message you.\n- Ask Claire first: some schools only allow certain designs for solos.\n\nShould I write the 'looking for' post for the Facebook group?"),
        U("decline_offer", "no I ask Kasia, she is in this groups already"),
        A("Good idea — she'll know the sellers."),
    ]},
    # B6 - VAT on all -> echo; followup variation
    {"date": "2026-07-11", "time": "17:55:03", "title": "Job total Maynooth", "platform": "telegram", "steps": [
        U("plain", "calculate for me: job in Maynooth, 3 days, 8 hours each, 45 per hour, plus materials 620, VAT 13.5 on all"),
        A("Labour: 3 × 8 × €45 = €1,080.00\nVAT 13.5% on labour: €145.80\nMaterials: €620.00\n\n**Total: €1,845.80**"),
        U("echo", "\"VAT 13.5 on all\" I wrote. on all"),
        A("Sorry, VAT on everything:\n\nLabour: €1,080.00\nMaterials: €620.00\nSubtotal: €1,700.00\nVAT 13.5%: €229.50\n\n**Total: €1,929.50**"),
        U("acceptance", "ok 1929.50 is right"),
        U("followup", "and if is 4 days?"),
        A("4 days: labour €1,440 + materials €620 = €2,060.00, VAT 13.5% €278.10, **total €2,338.10**."),
        U("acceptance", "ok thanks"),
    ]},
    # B7 - CVRT test; decline; new task
    {"date": "2026-07-13", "time": "07:15:27", "title": "CVRT test van", "platform": "telegram", "steps": [
        U("plain", "van need CVRT test next month. where in Dublin 15 and what they check"),
        T("web_search", {"query": "CVRT test centre Dublin 15 light commercial vehicle what is checked"}, "1. cvrt.ie - Find a test centre: Blanchardstown, Finglas, Ballycoolin\n2. RSA - CVRT test manual for light commercial vehicles: brakes, steering, suspension, lights, tyres, emissions...\n3. 'DOE test checklist' - motoring blog"),
        A("Near Dublin 15 there are CVRT centres in **Ballycoolin** and **Finglas** (check cvrt.ie for the current list and booking).\n\nThey check mainly: brakes, steering and suspension, tyres (tread and damage), lights and indicators, windscreen and wipers, seatbelts, exhaust emissions, body/chassis corrosion, and that the tachograph/load items are OK if relevant.\n\nDo you want me to put a reminder in to book it?"),
        U("decline_offer", "no need, leasing company book it, they send me date"),
        A("OK, then you just need to bring the van on their date."),
        U("new_task", "front tyres are 2mm. this is fail?"),
        A("The legal minimum is **1.6 mm**, so 2 mm should pass — but it's close, and tyres at 2 mm grip much worse in the wet. If they wear a bit more before the test you'd fail, so many people change them beforehand."),
        U("acceptance", "ok I change them anyway, van is full of tools, heavy"),
    ]},
    # B8 - lost cert book, drafted letter -> reject_approach
    {"date": "2026-07-15", "time": "10:48:36", "title": "Lost cert book", "platform": "cli", "steps": [
        U("plain", "I lose my book of completion certs, 10 certs not used inside. what I do"),
        A("I've drafted a letter you can send to Safe Electric / RECI:\n\n---\nTomasz Nowak, TN Electrical\nRECI Reg. No. 0452-31\n\nDear Sir/Madam,\n\nI wish to report the loss of a book of Completion Certificates containing ten (10) unused certificates. The book was lost on or around [date]. I would be grateful if you could cancel the serial numbers in question and advise me on the procedure for obtaining replacement certificates.\n\nYours faithfully,\nTomasz Nowak\n---\n\nFill in the date and serial numbers and post it or attach it to an email."),
        U("reject_approach", "no letter. I just ring them. what number and what I say"),
        T("web_search", {"query": "RECI contact phone lost completion certificates"}, "1. reci.ie/contact - 'Phone: 01 491 4370 (Mon-Fri 9:00-17:00)'\n2. RECI FAQ - 'Lost or stolen certificates must be reported to RECI immediately so the serial numbers can be cancelled.'"),
        A("Ring RECI on **01 491 4370** (Mon–Fri, 9–5, per their contact page).\n\nSay: \"I'm Tomasz Nowak, RECI number 0452-31. I lost a book of Completion Certs with 10 unused ones. Can you cancel them and tell me how to get new ones?\"\n\nHave the serial numbers ready if you know them (check your last used cert — the lost ones follow on from it)."),
        U("acceptance", "ok I ring monday morning"),
    ]},
    # B9 - recurring transfer: echo then partial (double)
    {"date": "2026-07-17", "time": "20:30:18", "title": "Monthly money to mama", "platform": "telegram", "steps": [
        U("plain", "I want send mama 300 every month automatic. revolut can do this?"),
        A("Yes! Here's how to set up a recurring transfer:\n\n1. Open the Wise app and tap **Send**.\n2. Choose the recipient (your mother's PKO account).\n3. Enter €300 and tap **Continue**.\n4. On the review screen choose **Make this a recurring transfer** and pick 'Monthly'.\n5. Choose the start date and confirm.\n\nWise will take the money from your linked card or account each month."),
        U("echo", "\"revolut can do this\" I ask. not wise"),
        A("Sorry — in Revolut:\n\n1. Open **Payments** (the arrows icon) and select your mother's account.\n2. Tap **Schedule**.\n3. Enter €300 (it converts to PLN), choose 'Monthly' and the start date.\n4. Confirm."),
        U("partial", "ok I find mama in payments. but there is no schedule button, only send and request"),
        A("In the current app it's hidden one level deeper: open your mother's contact, tap the **⋯ (three dots)** in the top right, then **Scheduled transfer** / **Create a scheduled payment**. From there choose €300, monthly, and the date."),
        U("acceptance", "ok found it under the three dots. done, 1st every month"),
    ]},
    # B10 - snagging, safe pass, clarify answer
    {"date": "2026-07-19", "time": "09:02:41", "title": "Snagging and Safe Pass", "platform": "telegram", "steps": [
        U("plain", "what is 'snagging'? builder say I must come for snagging"),
        A("Snagging is going back at the end of a job to fix the small defects on a list (the 'snag list') — a loose socket faceplate, a light not working, a missing blank, scratched cover. The builder or owner walks the house, lists them, and each trade comes back to fix theirs."),
        U("acceptance", "ah ok, small things. thanks"),
        U("new_task", "he also ask my safe pass number. I have card but I think is expired. how I renew"),
        T("web_search", {"query": "SOLAS Safe Pass renewal expired card course"}, "1. SOLAS - Safe Pass: 'cards are valid for 4 years... to renew, attend a one-day Safe Pass course with a registered tutor'\n2. Safe Pass course booking Dublin - various providers"),
        A("Safe Pass cards last **4 years**. If yours has expired you book a **one-day Safe Pass course** with a SOLAS-registered provider; you get a new card after it (normally posted in a few weeks, but you get proof the same day).\n\nDo you want me to look for courses near Blanchardstown?"),
        U("clarify_answer", "yes, saturday if possible, I work week days"),
        T("web_search", {"query": "Safe Pass course Saturday Dublin 15 Blanchardstown"}, "1. BuildSafe Training - Safe Pass, Blanchardstown, Sat 20 July & Sat 3 Aug, €145\n2. SiteReady Ireland - Safe Pass, Finglas, Sat 27 July, €150"),
        A("Saturday courses near you:\n\n- **Sat 20 July** — BuildSafe Training, Blanchardstown, €145\n- **Sat 27 July** — SiteReady Ireland, Finglas, €150\n- **Sat 3 Aug** — BuildSafe Training, Blanchardstown, €145"),
        U("acceptance", "the 20th is good, I book myself. thanks"),
    ]},
]
