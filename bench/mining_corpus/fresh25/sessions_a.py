"""Format A sessions (one JSON file per session). Blind author Z, corpus fresh25.
Owner: Tomasz (Tomek) Nowak, Polish electrician, one-man business "TN Electrical" in Dublin."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_A = [
    # A1 - rewire quote, wrong VAT rate -> instead; then followup adds terms
    {"date": "2026-07-01", "time": "07:42:10", "title": "Rewire quote Lucan", "platform": "telegram", "steps": [
        U("plain", "need quote for customer. full rewire 3 bed semi in Lucan, 1970s house. my labour 45 per hour, me alone, I think 6 days. materials around 2800. make it nice I send him on email"),
        A("Here's a draft quote you can paste into your email:\n\n**TN Electrical — Quotation**\nCustomer: [name], Lucan\nWork: Full rewire of 3-bedroom semi-detached house (1970s)\n\n| Item | Amount |\n|---|---|\n| Labour: 6 days × 8 h × €45 | €2,160.00 |\n| Materials (cable, accessories, consumer unit, sundries) | €2,800.00 |\n| Subtotal | €4,960.00 |\n| VAT @ 23% | €1,140.80 |\n| **Total** | **€6,100.80** |\n\nIncludes: removal of old wiring, new circuits to current ETCI rules, testing and RECI Completion Certificate.\n\nLet me know the customer's name and I'll fill it in."),
        U("instead", "VAT for rewire is 13.5, not 23. I always put 13.5 for my jobs"),
        A("Corrected — 13.5% is the rate for installation work:\n\n**TN Electrical — Quotation**\nCustomer: [name], Lucan\nWork: Full rewire of 3-bedroom semi-detached house (1970s)\n\n| Item | Amount |\n|---|---|\n| Labour: 6 days × 8 h × €45 | €2,160.00 |\n| Materials (cable, accessories, consumer unit, sundries) | €2,800.00 |\n| Subtotal | €4,960.00 |\n| VAT @ 13.5% | €669.60 |\n| **Total** | **€5,629.60** |\n\nIncludes: removal of old wiring, new circuits to current ETCI rules, testing and RECI Completion Certificate."),
        U("followup", "good. put also price valid 30 days and 30% deposit before I start"),
        A("Added at the bottom:\n\n*This quotation is valid for 30 days from the date above. A deposit of 30% (€1,688.88) is payable before work begins; the balance is due on completion.*\n\nEverything else stays the same — total €5,629.60 incl. VAT."),
        U("acceptance", "perfect, sending now. thanks"),
    ]},
    # A2 - cert explanation too long -> explicit; new task; decline offer
    {"date": "2026-07-02", "time": "18:05:33", "title": "Completion cert explanation", "platform": "telegram", "steps": [
        U("plain", "what is difference between RECI completion cert and safe electric cert. customer asking me"),
        T("web_search", {"query": "RECI completion certificate Safe Electric Ireland difference"}, "1. Safe Electric Ireland - Completion Certificates: 'Safe Electric is the regulatory scheme for electrical contractors... Registered Electrical Contractors issue a Completion Certificate for new work...'\n2. RECI - About: 'RECI is a Registration Body designated by the CRU under the Safe Electric scheme...'\n3. CRU - Electrical Safety Supervisory Body designation"),
        A("Good question — the names confuse a lot of people, so here's the full background.\n\n**1. The regulator.** The Commission for Regulation of Utilities (CRU) is responsible for electrical safety supervision in Ireland. Since 2013 it runs the scheme under the brand **Safe Electric**.\n\n**2. The registration bodies.** Under the scheme, contractors register with a designated body. RECI (Register of Electrical Contractors of Ireland) is one of them; historically there was also ECSSA. So 'RECI' is the body that registers you, and 'Safe Electric' is the overall scheme.\n\n**3. The certificate.** When a Registered Electrical Contractor finishes new work (new installation, rewire, new circuit), they issue a **Completion Certificate**. It's the same certificate whichever name people use — it's issued under the Safe Electric scheme by a contractor registered with RECI.\n\n**4. Why customers need it.** ESB Networks needs it to connect or reconnect supply, insurers may ask for it, and solicitors ask for it when a house is sold.\n\n**5. Periodic inspections** are a different document (Periodic Inspection Report) for existing installations.\n\n**6. Complaints and audits.** Safe Electric also investigates complaints and inspects a sample of contractors' work each year.\n\nIn short: it's one certificate, named after the scheme (Safe Electric) and issued by a contractor registered with RECI."),
        U("explicit", "too long. customer is old lady. I need 2-3 sentences I can tell her on phone"),
        A("You can say: \"It's the same certificate. Safe Electric is the government scheme and RECI is the body I'm registered with, so when I finish the job I give you one Completion Certificate that proves the work was done by a registered electrician and tested.\""),
        U("acceptance", "ok that's good, she will understand"),
        U("new_task", "other thing. how long I must keep copies of the certs? I have box full of papers in van"),
        A("Keep your copies of Completion Certificates and the test results for at least **6 years** — that's the safe minimum people use for business records, and Safe Electric can ask to see your records during an audit. Many contractors just keep them for good.\n\nDo you want me to set up a folder on the Mac so you can scan the box into it, sorted by year?"),
        U("decline_offer", "no, I scan them with my phone app already. just the van box I throw out the old ones now"),
        A("OK — anything from before 2020 you've already scanned can go. Keep the last 6 years as paper if you don't have them scanned."),
    ]},
    # A3 - money transfer comparison, too broad -> repeat_narrow; new task
    {"date": "2026-07-04", "time": "11:20:02", "title": "Sending money to Gdansk", "platform": "cli", "steps": [
        U("plain", "want send 500 euro to my mother in Gdansk, which is cheaper wise or revolut. she have account in PKO"),
        T("web_search", {"query": "send EUR to PLN Poland cheapest Wise Revolut bank transfer fees 2026"}, "1. Wise - Send money to Poland: fee from 0.43%...\n2. Revolut - International transfers: 'no fee on weekdays up to your plan allowance, markup at weekends'\n3. AIB - SEPA and SWIFT payments charges\n4. Western Union - Send money to Poland"),
        A("There are several ways to send money from Ireland to Poland, each with pros and cons:\n\n**1. Your bank (AIB/BOI) — SEPA transfer in EUR.** Cheap or free to send, but PKO will convert EUR to PLN at its own rate, which is usually poor, and may charge a receiving fee.\n\n**2. SWIFT transfer in PLN from your bank.** Usually €10–25 plus a bad exchange rate. Not recommended.\n\n**3. Wise.** Sends PLN directly to her PKO account at the mid-market rate plus a transparent fee (for €500 roughly €2–3). Arrives same day or next day.\n\n**4. Revolut.** Converts at the interbank rate on weekdays within your plan's allowance; on weekends there's a markup (around 1%). Transfer to PKO is free or very cheap.\n\n**5. Western Union / MoneyGram.** Fast cash pickup but expensive — fees plus a weak rate.\n\n**6. PayPal.** Convenient but the conversion rate includes a large margin.\n\nOverall, Wise and Revolut are the best options."),
        U("repeat_narrow", "only wise or revolut. for 500, which one"),
        A("For €500 today (a weekday): **Revolut** — about €0 fee and the interbank rate, if you haven't used up your plan's monthly exchange allowance. Wise would cost around €2–3.\n\nOnly at the weekend is Wise better, because Revolut adds about 1% (≈ €5) then."),
        U("acceptance", "ok revolut then, I have it already"),
        U("new_task", "she ask also can she send me back little money for Zosia birthday, from PKO to my AIB. how"),
        A("Easiest for her: in the IKO app (PKO's app) choose **Przelew zagraniczny / SEPA**, put your AIB IBAN and your name, and send in EUR. SEPA transfers in euro from Poland are usually cheap (a few złoty) but PKO's own exchange rate isn't great.\n\nIf it's a small amount, a simpler trick: next month send her that much less, and she doesn't need to do anything."),
        U("acceptance", "haha yes this is better. ok"),
    ]},
    # A4 - invoice, ignored template -> reject_approach; followup pdf
    {"date": "2026-07-06", "time": "20:14:55", "title": "Invoice EV charger Swords", "platform": "cli", "steps": [
        U("plain", "make invoice for job in Swords. Mrs Kavanagh, 12 Seatown Rd. EV charger install, 1 day labour 360, charger Zappi 2 is 1150, cable and stuff 140. invoice number 2026-041"),
        T("terminal", {"command": "mkdir -p ~/Documents/invoices/2026 && python3 -c \"import html_invoice; html_invoice.write('~/Documents/invoices/2026/inv_2026-041.html', no='2026-041', to='Mrs Kavanagh, 12 Seatown Rd, Swords', lines=[('EV charger installation labour (1 day)',360),('Zappi 2 charger',1150),('Cable and sundries',140)], vat=13.5)\" && ls ~/Documents/invoices/2026"}, "inv_2026-041.html"),
        A("Done — I created a new invoice as an HTML page: `~/Documents/invoices/2026/inv_2026-041.html`.\n\n- Labour (1 day): €360.00\n- Zappi 2 charger: €1,150.00\n- Cable and sundries: €140.00\n- Subtotal: €1,650.00\n- VAT 13.5%: €222.75\n- **Total: €1,872.75**\n\nOpen it in Safari and print to PDF to send it."),
        U("reject_approach", "no html. use my template, the word one in invoices folder, like always"),
        T("terminal", {"command": "ls ~/Documents/invoices/"}, "2026\ninvoice_template.docx\ninvoice_2026-040_Reilly.docx\ninvoice_2026-039_Byrne.docx"),
        T("terminal", {"command": "cd ~/Documents/invoices && python3 fill_invoice.py invoice_template.docx invoice_2026-041_Kavanagh.docx --no 2026-041 --to 'Mrs Kavanagh, 12 Seatown Rd, Swords' --line 'EV charger installation labour (1 day)=360' --line 'Zappi 2 charger=1150' --line 'Cable and sundries=140' --vat 13.5 && rm 2026/inv_2026-041.html"}, "written invoice_2026-041_Kavanagh.docx (subtotal 1650.00, VAT 222.75, total 1872.75)"),
        A("Done with your Word template: `invoice_2026-041_Kavanagh.docx`, next to the Reilly and Byrne ones. Same figures — total €1,872.75 incl. 13.5% VAT. I deleted the HTML file.\n\nShould I also save a PDF copy for emailing?"),
        U("followup", "yes pdf also"),
        T("terminal", {"command": "cd ~/Documents/invoices && soffice --headless --convert-to pdf invoice_2026-041_Kavanagh.docx"}, "convert invoice_2026-041_Kavanagh.docx -> invoice_2026-041_Kavanagh.pdf using filter : writer_pdf_Export"),
        A("PDF saved: `~/Documents/invoices/invoice_2026-041_Kavanagh.pdf`."),
        U("acceptance", "thanks Timmy"),
    ]},
    # A5 - feis hotel: echo then partial (double)
    {"date": "2026-07-08", "time": "21:47:19", "title": "Hotel for feis Killarney", "platform": "telegram", "steps": [
        U("plain", "Zosia has feis in Killarney 14 june next year. need hotel 2 nights, me her and Kasia. not expensive, close to the venue. venue is INEC"),
        T("web_search", {"query": "hotels near INEC Killarney family room"}, "1. Lakeview Grand Hotel Killarney - 5 star, family suites from €340/night\n2. Muckross Park Resort - from €310/night\n3. Killarney Town House B&B - from €120/night, 10 min walk to INEC\n4. Kenmare Bay Lodge - from €110\n5. Ring of Kerry Inn, Kenmare - from €95"),
        A("Here are the best-rated options near the INEC:\n\n1. **Lakeview Grand Hotel** — 5-star, family suite from €340/night, pool and spa, 5 min drive.\n2. **Muckross Park Resort** — from €310/night, beautiful grounds, 8 min drive.\n\nBoth are very popular on feis weekends, so book early."),
        U("echo", "\"not expensive\" I said. 340 a night is not not expensive for me"),
        T("web_search", {"query": "cheap B&B guesthouse Killarney near INEC family room under 150"}, "1. Killarney Town House B&B - from €120/night, 10 min walk to INEC\n2. Kenmare Bay Lodge - from €110, Kenmare\n3. Ring of Kerry Inn, Kenmare - from €95\n4. Flesk Valley Guesthouse - from €130, 15 min walk to INEC"),
        A("Sorry — cheaper options, family room for 3:\n\n1. **Ring of Kerry Inn** — from €95/night\n2. **Kenmare Bay Lodge** — from €110/night\n3. **Killarney Town House B&B** — from €120/night\n4. **Flesk Valley Guesthouse** — from €130/night\n\nAll include breakfast."),
        U("partial", "ok this prices are better. but 2 of them in Kenmare, is 30 min drive. I need close, walking to INEC"),
        A("Right, only the walkable ones:\n\n1. **Killarney Town House B&B** — from €120/night, ~10 min walk to the INEC\n2. **Flesk Valley Guesthouse** — from €130/night, ~15 min walk\n\nFor 2 nights that's about €240–260. Feis weekends fill up, so I'd ring them this month."),
        U("acceptance", "ok I ring the Town House one tomorrow"),
        U("new_task", "and remind me 1 june to order her new wig, the old one is finish"),
        T("memory", {"action": "save", "content": "Reminder 2027-06-01: order new dance wig for Zosia (old one worn out) before Killarney feis 14 June."}, "saved (id 212)"),
        A("Reminder saved for 1 June: order Zosia's new wig."),
        U("acceptance", "super"),
    ]},
    # A6 - van lease letter, arithmetic error -> explicit; followup VAT
    {"date": "2026-07-10", "time": "06:58:40", "title": "Van lease end options", "platform": "telegram", "steps": [
        U("plain", "my van lease finish in September. Transit Custom. leasing company send letter with 3 options, I write it: 1) give back van, excess km 9 cent per km over 120,000 km. 2) buy van for 11,450 + VAT. 3) new lease 36 month 589 + VAT per month. van now have 131,200 km. what is best"),
        A("Let's put numbers on each:\n\n**1. Hand it back.** You're 11,200 km over the 120,000 limit. At €0.09/km that's **€10,080** excess mileage, plus any damage charges. Then you have no van.\n\n**2. Buy it.** €11,450 + VAT. You'd own a van with 131k km.\n\n**3. New lease.** €589 × 36 = €21,204 + VAT over 3 years, for a new van.\n\nBecause the excess-mileage bill is so high, handing it back is the worst deal. Buying looks best if the van is in good shape."),
        U("explicit", "this is wrong. 11200 x 0.09 is 1008, not 10 thousand"),
        A("You're right, my mistake: 11,200 × €0.09 = **€1,008**.\n\nThat changes the picture:\n\n- **Hand back:** €1,008 (plus any damage), but then you need another van.\n- **Buy:** €11,450 + VAT — you keep a van you know, with 131k km.\n- **New lease:** €21,204 + VAT over 3 years for a new van, with warranty.\n\nIf you want to keep driving a Transit, buying is still the cheapest over 3 years, unless you expect big repairs. Handing back only makes sense if you switch to another van anyway."),
        U("followup", "ok. if I buy it, I can claim the VAT back? I am VAT registered"),
        A("Generally yes — a van is a commercial vehicle, so as a VAT-registered business using it for the business you can reclaim the VAT on the purchase (unlike a car). Keep the leasing company's VAT invoice. Check with your accountant that it goes in the right VAT period."),
        U("acceptance", "ok I ask Niamh also. thanks"),
    ]},
    # A7 - memory reminder, clarify answer, new task
    {"date": "2026-07-12", "time": "13:31:07", "title": "Insurance renewal reminder", "platform": "cli", "steps": [
        U("plain", "remember that my insurance renewal is 3 October, Aviva, policy number AV-PL-448120"),
        T("memory", {"action": "save", "content": "Business insurance: Aviva, policy AV-PL-448120, renewal 3 October."}, "saved (id 215)"),
        A("Saved: Aviva business insurance, policy AV-PL-448120, renews 3 October.\n\nDo you want a reminder before it renews — say a month before, so you have time to compare quotes?"),
        U("clarify_answer", "yes but 2 weeks before is enough"),
        T("memory", {"action": "save", "content": "Reminder 2026-09-19: Aviva insurance renews 3 Oct (policy AV-PL-448120) - check renewal quote."}, "saved (id 216)"),
        A("Done — reminder on 19 September."),
        U("new_task", "what is my RECI number, I forget again"),
        T("memory", {"action": "search", "query": "RECI registration number"}, "id 88: RECI registration number 0452-31 (Tomasz Nowak, TN Electrical)"),
        A("Your RECI registration number is **0452-31**."),
        U("acceptance", "yes this one, thanks"),
    ]},
    # A8 - payment chasing email too hard -> instead; followup IBAN
    {"date": "2026-07-14", "time": "19:22:48", "title": "Payment reminder Doyle", "platform": "telegram", "steps": [
        U("plain", "customer not paying me, 3 weeks now. invoice 2026-033, 1,240 euro, Mr Doyle in Clondalkin. write him email, polite but he must pay"),
        A("Subject: Overdue invoice 2026-033 — final notice\n\nDear Mr Doyle,\n\nOur records show that invoice 2026-033 for €1,240.00, issued three weeks ago, remains unpaid despite the agreed payment terms.\n\nPlease arrange payment in full within 7 days of this email. If payment is not received by then, I will have no option but to pass the matter to a debt collection agency and/or pursue it through the Small Claims Court, and statutory late payment interest may be added.\n\nYours sincerely,\nTomasz Nowak\nTN Electrical"),
        U("instead", "not so hard. he is ok guy, just forget. write more friendly, no court"),
        A("Subject: Invoice 2026-033\n\nHi Mr Doyle,\n\nHope you're keeping well. Just a quick reminder that invoice 2026-033 for €1,240 from the job in Clondalkin is still open — I think it might have slipped through.\n\nWhenever you get a chance this week I'd appreciate it. Any questions about the invoice, just give me a ring.\n\nThanks,\nTomasz\nTN Electrical"),
        U("followup", "good. put my IBAN at bottom, IE29 AIBK 9311 5212 3456 78"),
        A("Subject: Invoice 2026-033\n\nHi Mr Doyle,\n\nHope you're keeping well. Just a quick reminder that invoice 2026-033 for €1,240 from the job in Clondalkin is still open — I think it might have slipped through.\n\nWhenever you get a chance this week I'd appreciate it. Any questions about the invoice, just give me a ring.\n\nThanks,\nTomasz\nTN Electrical\n\nBank transfer: IBAN IE29 AIBK 9311 5212 3456 78 (TN Electrical)"),
        U("acceptance", "sent. thanks"),
    ]},
    # A9 - bathroom zones: explicit then repeat_narrow (double); new task
    {"date": "2026-07-16", "time": "08:03:26", "title": "Bathroom downlights IP rating", "platform": "cli", "steps": [
        U("plain", "bathroom, zone 1. can I put normal downlight or need IP65? customer want cheap ones from Woodies"),
        A("Under **BS 7671:2018 (18th Edition), Section 701**, bathrooms are divided into zones 0, 1 and 2. In zone 1 (above the bath or shower tray up to 2.25 m), equipment must be at least **IPX4**, or IPX5 where water jets are used for cleaning. Luminaires in zone 1 should be suitable for the zone and protected by a 30 mA RCD, which Regulation 701.411.3.3 requires for all circuits in the bathroom. Note that the 18th Edition amendment 2 also changed the requirements for AFDDs in some premises. So a 'normal' downlight is not allowed in zone 1; IP65 is more than the minimum but commonly used."),
        U("explicit", "this is UK regs. I am in Ireland, we have ETCI, I.S. 10101"),
        A("Apologies — for Ireland it's the **ETCI National Rules, I.S. 10101**, Part 7, section on locations containing a bath or shower.\n\n**Zones**\n| Zone | Extent | Min. IP |\n|---|---|---|\n| 0 | inside the bath/shower tray | IPX7 |\n| 1 | above the bath/tray up to 2.25 m | IPX4 (IPX5 if jets) |\n| 2 | 0.6 m outside zone 1 | IPX4 |\n\n**Other requirements**\n- All circuits in the location protected by RCD ≤ 30 mA.\n- Supplementary bonding where required by the rules.\n- Switches and socket outlets only outside the zones (except shaver units to the standard).\n- Luminaires in zone 1 must be suitable for that zone per the manufacturer.\n\n**Practical notes**\nMost 'bathroom' downlights are sold as IP65. The cheapest fire-rated ones are often IP20 and only for outside the zones. Always check the marking on the fitting itself, not just the box.\n\nLet me know if you want the wording of the relevant sections."),
        U("repeat_narrow", "just tell me: zone 1, what IP minimum. one line"),
        A("Zone 1: minimum **IPX4** (IPX5 if water jets are used for cleaning)."),
        U("acceptance", "ok so the Woodies ones IP44 is fine. good"),
        U("new_task", "other thing. how much I charge for periodic inspection, 3 bed house. what others charge in Dublin"),
        T("web_search", {"query": "periodic inspection report electrical cost Dublin 3 bed house"}, "1. boards.ie - 'paid €250 for PIR 3 bed semi Dublin 15'\n2. example-electrical.ie - Periodic inspection from €199\n3. Electricians Dublin price guide - PIR €200-€300"),
        A("Going rates in Dublin for a 3-bed house seem to be about **€200–€300**, with some advertising from €199. Most land around €250."),
        U("acceptance", "ok I put 240"),
    ]},
    # A10 - translation, decline, clarify answer
    {"date": "2026-07-18", "time": "22:10:15", "title": "Message to mama about feis", "platform": "telegram", "steps": [
        U("plain", "translate for my mother in polish: Zosia won 2nd place in her reel, she was so happy, I send photos tonight"),
        A("\"Zosia zajęła drugie miejsce w swoim reelu, była taka szczęśliwa! Wieczorem wyślę zdjęcia.\"\n\nWant me to also write a short caption for each photo when you send them?"),
        U("decline_offer", "nah, I send them myself on whatsapp"),
        A("No problem."),
        U("new_task", "how many places she need to go up to next level? she is beginner 2"),
        A("It depends on the region's syllabus and sometimes on the feis itself — usually a dancer moves up from Beginner 2 to Novice in a dance after placing 1st (or 1st–3rd if there are many dancers). Which region is her school registered in, and how many were in her reel competition?"),
        U("clarify_answer", "Leinster. and there was 14 girls in the reel"),
        A("In most Leinster feiseanna, with 14 dancers only 1st place moves up in Beginner 2 — the 1st–3rd rule usually needs about 20+ dancers. So a 2nd place with 14 girls normally means she stays in Beginner 2 for her reel. Her teacher will know the exact rule for the feis she entered."),
        U("acceptance", "ok I ask Claire on Tuesday. thanks"),
    ]},
]
