"""Format D sessions, second half (2026-07-12, 2026-07-16). Blind author Z, corpus fresh25."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_D = {
    "2026-07-12": [
        # charger offers: wrong VAT -> explicit; followup credit terms
        {"time": "09:30:00", "title": "Zappi supplier comparison", "steps": [
            U("plain", "2 offers for Zappi charger: Kellihers 1085 + VAT, Electric Direct 1299 with VAT. which cheaper"),
            A("Kellihers: €1,085 + 13.5% VAT = €1,231.48\nElectric Direct: €1,299.00 incl. VAT\n\n**Kellihers is cheaper by €67.52.**"),
            U("explicit", "wrong VAT. I buy the charger, is goods, 23%"),
            A("Redone with 23%:\n\nKellihers: €1,085 × 1.23 = €1,334.55\nElectric Direct: €1,299.00 incl. VAT\n\n**Electric Direct is cheaper by €35.55.**"),
            U("followup", "but Kellihers give me 30 days to pay, Electric Direct I pay now. still Electric Direct?"),
            A("Still Electric Direct on price — €35.55 is more than 30 days' credit is worth on €1,300. The credit only matters if cash is tight this month; for example if the customer pays you after the job, Kellihers lets you pay after they pay you."),
            U("acceptance", "ok I take Electric Direct, cash is ok now"),
        ]},
        # flights for mama: connections included -> repeat_narrow; followup assistance; decline
        {"time": "13:18:27", "title": "Flights for mama", "steps": [
            U("plain", "mama want come visit in August. Gdansk to Dublin around 10 august, one way, she is 72, direct only"),
            T("web_search", {"query": "Gdansk to Dublin flights 10 August one way"}, "1. Ryanair GDN-DUB direct, Sun 10 Aug 18:25, €64\n2. Wizz Air GDN-DUB direct, Mon 11 Aug 21:05, €58\n3. LOT via Warsaw, Sun 10 Aug, €142, 1 stop\n4. SAS via Copenhagen, Sat 9 Aug, €118, 1 stop\n5. Lufthansa via Frankfurt, Sun 10 Aug, €165, 1 stop"),
            A("Flights around 10 August, Gdańsk → Dublin:\n\n| Date | Airline | Route | Price |\n|---|---|---|---|\n| Sat 9 Aug | SAS | via Copenhagen | €118 |\n| Sun 10 Aug | Ryanair | direct, 18:25 | €64 |\n| Sun 10 Aug | LOT | via Warsaw | €142 |\n| Sun 10 Aug | Lufthansa | via Frankfurt | €165 |\n| Mon 11 Aug | Wizz Air | direct, 21:05 | €58 |\n\nThe via-Warsaw LOT flight has a comfortable 2-hour connection."),
            U("repeat_narrow", "direct only. she don't change planes"),
            A("Direct only:\n- **Sun 10 Aug, Ryanair**, 18:25 — €64\n- **Mon 11 Aug, Wizz Air**, 21:05 — €58\n\nThe Ryanair one lands in the evening, easier than Wizz arriving late at night."),
            U("followup", "she need assistance in airport, wheelchair to the gate. how to add this"),
            A("Both airlines do it free. With Ryanair: after booking, go to **Manage booking → Special assistance**, choose wheelchair assistance (the option for someone who can manage steps but not long distances), at least 48 hours before the flight. The airport's assistance team meets her at check-in in Gdańsk and someone meets her at the gate in Dublin.\n\nDo you want me to write her the Polish instructions for the day of travel?"),
            U("decline_offer", "no, my sister bring her to airport, she explain everything"),
            A("Perfect, then she's in good hands."),
        ]},
        # cable size: long calculation -> repeat_narrow
        {"time": "19:45:13", "title": "Cable size EV charger", "steps": [
            U("plain", "cable for 7kW charger, 35m run. I think 6mm enough?"),
            A("Let's work it through properly.\n\n**Design current:** 7,000 W ÷ 230 V ≈ 30.4 A → 32 A circuit.\n\n**Current-carrying capacity:** 6 mm² SWA clipped direct ≈ 47 A; with grouping/thermal insulation derating factors (say 0.8) ≈ 37.6 A > 32 A ✓\n\n**Voltage drop:** 6 mm² copper SWA ≈ 7.3 mV/A/m\nVd = 7.3 × 32 × 35 ÷ 1000 = 8.18 V\n8.18 ÷ 230 × 100 = 3.56 %\n\n**Earth fault loop impedance:** Zs = Ze + (R1+R2) × L … with Ze 0.35 Ω and R1+R2 for 6/6 mm² ≈ 6.16 mΩ/m, Zs ≈ 0.35 + 0.216 × 1.2 = 0.61 Ω, which is within the limit for a 32 A Type B MCB.\n\n**Conclusion:** 6 mm² meets current capacity, voltage drop and disconnection requirements."),
            U("repeat_narrow", "yes or no. one sentence"),
            A("Yes — 6 mm² is fine for 7 kW over 35 m (about 3.6% volt drop)."),
            U("acceptance", "ok as I think"),
        ]},
        # small quote text: not all-included -> partial; odd cents -> instead (double)
        {"time": "21:30:44", "title": "Socket job text", "steps": [
            U("plain", "customer ask price for moving 2 sockets and adding 1 in bedroom. 2 hours maybe. send him short text with price, all included"),
            T("memory", {"action": "search", "query": "hourly rate"}, "id 41: hourly rate €45, working day 8 h, VAT 13.5% on installation jobs"),
            A("Hi, price for moving 2 sockets and adding a new one in the bedroom is €90 + VAT, materials extra. Let me know when suits. Tomasz"),
            U("partial", "90 is ok for labour. but all included I said, put materials 20 and VAT inside, one number"),
            A("Hi, price for moving 2 sockets and adding a new one in the bedroom is €124.85, all included (labour, materials and VAT). Let me know when suits. Tomasz"),
            U("instead", "round number please, 125. nobody write 124.85 to customer"),
            A("Hi, price for moving 2 sockets and adding a new one in the bedroom is €125, all included. Let me know when suits. Tomasz"),
            U("acceptance", "sent"),
        ]},
    ],
    "2026-07-16": [
        # delay message: invented accident -> explicit; invented time -> echo (double)
        {"time": "06:55:31", "title": "Delay message Mrs Byrne", "steps": [
            U("plain", "write message to customer Mrs Byrne, I can't come tomorrow, van broke, I come Thursday instead same time"),
            A("Hi Mrs Byrne, I'm so sorry but I was in an accident with the van this evening and won't be able to make it tomorrow. Would Thursday at the same time suit you instead? Apologies for the trouble. Tomasz"),
            U("explicit", "van is broke not accident!! clutch gone. don't make up things"),
            A("Hi Mrs Byrne, sorry but my van has broken down (clutch) and I can't make it tomorrow. I'll come Thursday at 9am instead. Apologies for the trouble. Tomasz"),
            U("echo", "\"same time\" I said. don't put 9, she know the time"),
            A("Hi Mrs Byrne, sorry but my van has broken down (clutch) and I can't make it tomorrow. I'll come Thursday at the same time instead. Apologies for the trouble. Tomasz"),
            U("acceptance", "ok sent"),
        ]},
        # english check; new task
        {"time": "10:22:09", "title": "English for invoice email", "steps": [
            U("plain", "is this ok english for email: 'Please find attached the invoice for works done on your house, kindly pay in 14 days'"),
            A("Nearly — a more natural version:\n\n\"Please find attached the invoice for the work done at your house. Kindly pay within 14 days.\"\n\n- 'work' (not 'works') for a house job\n- 'at your house' rather than 'on'\n- 'within 14 days' = any time up to 14 days"),
            U("acceptance", "ok good, within I always forget"),
            U("new_task", "how I say polite that price go up because copper more expensive"),
            A("\"Due to a significant rise in the cost of copper cable this year, my prices for materials have gone up. I've kept the increase as small as I can.\""),
            U("acceptance", "thanks"),
        ]},
        # clutch who pays: clarify answer
        {"time": "15:40:52", "title": "Clutch repair lease", "steps": [
            U("plain", "garage say clutch 1400 euro. van is lease, who pay? me or leasing company"),
            A("It depends on the type of lease. If it's a **maintained** lease (contract hire with maintenance), the leasing company usually pays for wear items like clutches. If it's a **non-maintained** lease or finance lease, you pay.\n\nDo you know if your FleetLine lease includes maintenance?"),
            U("clarify_answer", "I think no maintenance, only the van and the road tax"),
            A("Then you'll most likely pay it yourself — a clutch counts as a wear-and-tear part. Two tips: tell FleetLine before the repair (some leases require their approved garage), and keep the invoice — as a business expense it's deductible and you can reclaim the VAT."),
            U("acceptance", "ok I pay then and claim the VAT. thanks"),
        ]},
        # raffle: echo; poster repeat_narrow, partial, no chosen (both null)
        {"time": "20:12:17", "title": "Raffle tickets message", "steps": [
            U("plain", "dance school do raffle, I must sell 20 tickets 5 euro each. write me message for whatsapp, for my friends group"),
            A("Dear valued customers,\n\nTN Electrical is proud to support the local community. Zosia's Irish dancing school is holding a fundraising raffle, and we would be grateful for your support. Tickets are priced at €5 each.\n\nTo purchase tickets, please contact Tomasz on 087 412 6630.\n\nThank you for your continued support.\nTN Electrical"),
            U("echo", "\"for my friends group\". not customers. this is like letter from bank"),
            A("Hi lads 👋 Zosia's dance school is doing a raffle and I have 20 tickets to sell, €5 each. Good prizes! Who's in? Just let me know how many and send me the fiver whenever 😄"),
            U("acceptance", "haha ok this better"),
            U("new_task", "also make poster text for my van window, A4, about the raffle"),
            A("Support Local Irish Dancing!\n\nZosia's Irish dancing school is running a fundraising raffle to help cover costs for costumes, travel to competitions and hall rental for the coming year. Tickets cost just €5 each and there are great prizes to be won, kindly donated by local businesses. Every ticket sold makes a real difference to the young dancers of our community. To buy tickets, please ring or WhatsApp Tomasz on 087 412 6630, or ask him in person at any job. The draw will take place at the end of the month. Thank you for your support!"),
            U("repeat_narrow", "is poster. big letters, few words, people drive past"),
            A("SUPPORT LOCAL IRISH DANCING\n\nRaffle tickets €5\nGreat prizes from local businesses\nHelp our dancers get to competitions this year\nDraw at the end of the month\n\nBuy from Tomasz: 087 412 6630"),
            U("partial", "better. but still too much text. 3 lines"),
        ]},
    ],
}
