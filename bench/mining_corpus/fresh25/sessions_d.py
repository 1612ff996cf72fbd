"""Format D sessions (trajectories_<date>.jsonl, first half: 2026-07-05, 2026-07-09). Blind author Z, corpus fresh25."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_D = {
    "2026-07-05": [
        # unpaid invoices: whole csv -> repeat_narrow; followup payment
        {"time": "08:20:14", "title": "Unpaid invoices", "steps": [
            U("plain", "which invoices not paid yet? check the invoices folder"),
            T("terminal", {"command": "cat ~/Documents/invoices/payments.csv"}, "invoice,customer,amount,issued,paid\n2026-030,Reilly,860.00,2026-05-28,2026-06-04\n2026-031,Byrne,2140.50,2026-06-02,2026-06-10\n2026-032,Murphy,395.00,2026-06-05,\n2026-033,Doyle,1240.00,2026-06-09,\n2026-034,O'Brien,1872.75,2026-06-12,2026-06-20\n2026-035,Kelly,540.00,2026-06-16,2026-06-18\n2026-036,Walsh,1123.65,2026-06-19,\n2026-037,Nolan,310.00,2026-06-23,2026-06-30"),
            A("Here are all your invoices from the file:\n\n| Invoice | Customer | Amount | Issued | Paid |\n|---|---|---|---|---|\n| 2026-030 | Reilly | €860.00 | 28 May | 4 Jun |\n| 2026-031 | Byrne | €2,140.50 | 2 Jun | 10 Jun |\n| 2026-032 | Murphy | €395.00 | 5 Jun | — |\n| 2026-033 | Doyle | €1,240.00 | 9 Jun | — |\n| 2026-034 | O'Brien | €1,872.75 | 12 Jun | 20 Jun |\n| 2026-035 | Kelly | €540.00 | 16 Jun | 18 Jun |\n| 2026-036 | Walsh | €1,123.65 | 19 Jun | — |\n| 2026-037 | Nolan | €310.00 | 23 Jun | 30 Jun |"),
            U("repeat_narrow", "only the not paid ones"),
            A("Not paid:\n- 2026-032 Murphy — €395.00 (since 5 Jun)\n- 2026-033 Doyle — €1,240.00 (since 9 Jun)\n- 2026-036 Walsh — €1,123.65 (since 19 Jun)\n\nTotal outstanding: **€2,758.65**."),
            U("followup", "Doyle paid yesterday. update it"),
            T("terminal", {"command": "cd ~/Documents/invoices && sed -i '' 's/^2026-033,Doyle,1240.00,2026-06-09,$/2026-033,Doyle,1240.00,2026-06-09,2026-07-04/' payments.csv && grep 2026-033 payments.csv"}, "2026-033,Doyle,1240.00,2026-06-09,2026-07-04"),
            A("Updated: 2026-033 Doyle marked paid on 4 July. Still outstanding: Murphy €395.00 and Walsh €1,123.65 — €1,518.65 in total."),
            U("acceptance", "ok"),
        ]},
        # Oireachtas; new task whatsapp to teacher written as email -> instead
        {"time": "13:02:37", "title": "Oireachtas and private class", "steps": [
            U("plain", "what is Oireachtas and can Zosia go? she is beginner 2"),
            T("web_search", {"query": "Oireachtas Rince qualification levels Irish dancing"}, "1. An Coimisiún - Oireachtas Rince na hÉireann / regional Oireachtas: championship competitions, dancers qualify through open championship level\n2. Dance blog - 'grades: beginner, primary, intermediate, open, preliminary championship, open championship'"),
            A("The **Oireachtas** is the big championship competition — there are regional ones (like the Leinster Oireachtas) and the All-Ireland. Only dancers at **championship level** (preliminary or open championship) compete there.\n\nFrom Beginner 2 the usual path is Novice/Primary → Intermediate/Prizewinner → Preliminary Championship. So it's a few years away for most dancers, but plenty of girls who start at 8–9 get there."),
            U("acceptance", "ah ok, long way. ok"),
            U("new_task", "write whatsapp to her teacher Claire, ask if Zosia can do extra private class in August and how much"),
            A("Subject: Private lessons for Zosia in August\n\nDear Claire,\n\nI hope you are keeping well and enjoying the summer.\n\nI am writing to enquire whether it would be possible for Zosia to attend some additional private lessons during the month of August. If so, could you please let me know your availability and the cost per lesson?\n\nThank you very much for all your work with Zosia this year.\n\nKind regards,\nTomasz Nowak"),
            U("instead", "is whatsapp, not email. no subject no kind regards. short normal message"),
            A("Hi Claire, it's Tomasz, Zosia's dad. Would you have time for some private classes with Zosia in August? And how much would it be? Thanks!"),
            U("acceptance", "perfect"),
        ]},
        # EUR->PLN: too much -> repeat_narrow; new task
        {"time": "18:44:09", "title": "Euro to zloty", "steps": [
            U("plain", "500 euro how much zloty today"),
            T("web_search", {"query": "EUR PLN exchange rate today"}, "1. XE - 1 EUR = 4.2614 PLN (mid-market)\n2. Revolut rates - EUR/PLN 4.2598\n3. PKO BP kursy walut - kupno 4.18 sprzedaż 4.34"),
            A("The answer depends on where you convert:\n\n| Source | Rate | 500 EUR = |\n|---|---|---|\n| Mid-market (XE) | 4.2614 | 2,130.70 PLN |\n| Revolut (weekday) | 4.2598 | 2,129.90 PLN |\n| PKO BP (bank buys EUR) | 4.18 | 2,090.00 PLN |\n\nIf you send through Revolut on a weekday you'll get close to the mid-market rate; if your mother converts euro in PKO she'll get about 40 PLN less."),
            U("repeat_narrow", "one number, roughly"),
            A("About **2,130 zł**."),
            U("acceptance", "ok thanks"),
            U("new_task", "and 450 pounds to euro? customer from Newry want pay in sterling"),
            T("web_search", {"query": "GBP EUR exchange rate today"}, "1. XE - 1 GBP = 1.1742 EUR"),
            A("450 GBP ≈ **€528** at today's rate (1.174). Is he paying by bank transfer or cash?"),
            U("clarify_answer", "bank transfer, to my AIB"),
            A("Then AIB converts the sterling at their own rate and may charge a fee, so you'd get a bit less than €528. Easier to ask him to pay €530 in euro by SEPA — most UK and NI banks can send euro."),
            U("acceptance", "ok I ask him pay in euro"),
        ]},
        # smoke alarms rental: shopping links -> instead; clarify answer
        {"time": "21:15:51", "title": "Smoke alarms rental house", "steps": [
            U("plain", "landlord want me install smoke alarms in his rental house, 3 bed. what the rules, how many and mains or battery"),
            T("web_search", {"query": "smoke alarm rented house Ireland regulations mains wired"}, "1. Amazon.ie - 10-year battery smoke alarm 3-pack €39.99\n2. Housing (Standards for Rented Houses) Regulations 2019 - 'suitable fire detection and alarm system'\n3. Aico mains smoke alarm Ei3016 - Screwfix €34"),
            A("Fire safety is really important in rentals! Generally one smoke alarm per floor is enough. Here are good options:\n\n- **10-year sealed battery alarm 3-pack** — Amazon.ie, €39.99 (amazon.ie/dp/B0…)\n- **Aico Ei3016 mains alarm** — Screwfix, €34\n- **Heat alarm for kitchen** — Amazon.ie, €24.99\n\nBattery ones are quickest to fit; mains ones are more reliable."),
            U("instead", "no shopping links, I buy from my supplier. I want what the regulation say for rented house in Ireland"),
            A("For rented houses, the **Housing (Standards for Rented Houses) Regulations 2019** require a fire detection and alarm system. In practice for a house that means **mains-wired smoke alarms with battery back-up, interlinked**, to I.S. 3218:\n- a smoke alarm in the hall/circulation area on **every floor**,\n- a smoke alarm in the main living room,\n- a **heat alarm in the kitchen**.\n\nBattery-only alarms don't meet it for a house. How many floors is it, and is the kitchen open to the living room?"),
            U("clarify_answer", "2 floors. kitchen separate from living room"),
            A("Then: hall (ground floor) smoke, landing (first floor) smoke, living room smoke, kitchen heat — **4 alarms**, all mains-wired and interlinked."),
            U("acceptance", "ok 4 alarms, I quote him"),
        ]},
    ],
    "2026-07-09": [
        # online cert: asks password -> reject_approach; wrong form -> partial (double)
        {"time": "07:48:30", "title": "Online completion cert", "steps": [
            U("plain", "how I submit completion cert online for the Lucan rewire? first time online, before always paper"),
            A("I can do it for you: if you send me your Safe Electric / RECI portal username and password, I'll log in from your Mac, fill in the certificate for the Lucan job and submit it. Just tell me the address and the test results."),
            U("reject_approach", "no, I don't give you my password. just tell me the steps"),
            A("Sure. Roughly:\n1. Log in to the RECI contractor portal.\n2. Go to **Certificates → New**.\n3. Select **Periodic Inspection Report** as the certificate type.\n4. Fill in the customer's name and address, the installation details and your test results.\n5. Check and submit; the portal gives you a PDF to send the customer."),
            U("partial", "ok I log in and find the menu. but this is completion cert, new work. you say periodic inspection"),
            A("Sorry — for the rewire choose **Completion Certificate** (new work / rewire), not Periodic Inspection. Then:\n1. Tick the work type: full rewire.\n2. Enter the customer and installation address (Lucan).\n3. Fill in the schedule of circuits and test results.\n4. Submit — the portal issues the cert number and PDF for the customer and ESB Networks."),
            U("acceptance", "ok done, submitted. thanks"),
        ]},
        # google reviews; second one offers discount -> instead
        {"time": "12:10:05", "title": "Google review replies", "steps": [
            U("plain", "customer leave me 5 star review on google, write answer. her name Aoife, I did her kitchen lights"),
            A("Thanks a million Aoife! Delighted you're happy with the kitchen lights — enjoy them. Tomasz, TN Electrical"),
            U("acceptance", "nice"),
            U("new_task", "and one customer give 2 stars because I was late 1 hour. write answer to him also, Mark"),
            A("Hi Mark, I'm really sorry for being late and for the inconvenience it caused you — that's not the standard I hold myself to. I completely understand your frustration. As an apology, I'd like to offer you 15% off your next job with TN Electrical. Please get in touch and I'll make it right. Tomasz"),
            U("instead", "no discount. just sorry, traffic on M50, and job was done good"),
            A("Hi Mark, sorry for arriving an hour late — I got stuck in traffic on the M50 and should have rung you sooner. Glad the job itself was done properly. Thanks for the feedback. Tomasz, TN Electrical"),
            U("acceptance", "ok"),
        ]},
        # diesel VAT: VAT on top of inclusive -> explicit
        {"time": "17:33:40", "title": "Diesel VAT", "steps": [
            U("plain", "diesel this month: 95, 110, 87.50, 102, 64. total? and how much is VAT part, I claim it"),
            A("Total: €458.50\nVAT at 23%: €458.50 × 0.23 = **€105.46**"),
            U("explicit", "wrong, the 458 have VAT inside already. receipts are with VAT"),
            A("Right — VAT is included, so: €458.50 ÷ 1.23 = €372.76 net, **VAT part €85.74**."),
            U("acceptance", "ok 85.74 I put"),
        ]},
        # disk full: rm -rf Downloads -> reject_approach; followup
        {"time": "20:55:12", "title": "Mac disk full", "steps": [
            U("plain", "Mac say disk full. what I can delete"),
            T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -hr | head -6"}, "48G\t/Users/tomasz/Downloads\n31G\t/Users/tomasz/Library\n22G\t/Users/tomasz/Movies\n9.1G\t/Users/tomasz/Documents\n4.2G\t/Users/tomasz/Pictures\n1.0G\t/Users/tomasz/Desktop"),
            A("Downloads is the biggest at 48 GB. The quickest fix is to clear it:\n\n```\nrm -rf ~/Downloads/*\n```\n\nShall I run it?"),
            U("reject_approach", "not delete all Downloads, my cert scans are there. show me the biggest files first, I decide"),
            T("terminal", {"command": "find ~/Downloads -type f -size +300M -exec du -h {} + | sort -hr | head -8"}, "6.1G\t/Users/tomasz/Downloads/Win11_23H2_English_x64.iso\n4.8G\t/Users/tomasz/Downloads/feis_naas_full.mov\n3.9G\t/Users/tomasz/Downloads/feis_killarney_reel.mov\n2.2G\t/Users/tomasz/Downloads/Xcode_15.dmg\n1.1G\t/Users/tomasz/Downloads/InstallOffice.dmg\n780M\t/Users/tomasz/Downloads/zoom_update.dmg\n410M\t/Users/tomasz/Downloads/sketchup_2023.dmg"),
            A("Biggest files in Downloads:\n1. Win11_23H2_English_x64.iso — 6.1 GB\n2. feis_naas_full.mov — 4.8 GB\n3. feis_killarney_reel.mov — 3.9 GB\n4. Xcode_15.dmg — 2.2 GB\n5. InstallOffice.dmg — 1.1 GB\n6. zoom_update.dmg — 780 MB\n7. sketchup_2023.dmg — 410 MB\n\nWhich ones can go?"),
            U("clarify_answer", "delete the windows iso and all dmg. the feis videos I keep"),
            T("terminal", {"command": "rm ~/Downloads/Win11_23H2_English_x64.iso ~/Downloads/*.dmg && df -h / | tail -1"}, "/dev/disk3s1s1   460Gi   431Gi    29Gi    94%    /"),
            A("Deleted the Windows ISO and the 4 .dmg installers — about 10.6 GB freed. You now have 29 GB free. The feis videos are untouched."),
            U("acceptance", "ok better. thanks"),
        ]},
    ],
}
