"""Format C sessions (hermes_export_<date>.jsonl, 2-4 sessions a file). Blind author Z, corpus fresh25."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_C = {
    "2026-07-03": [
        # garden lights quote, missed cable -> explicit; followup
        {"time": "08:10:00", "title": "Garden lights quote", "steps": [
            U("plain", "customer want 6 garden lights and 1 outside socket, Castleknock. cable run about 25m from house, armoured. quote please, labour 1.5 days"),
            T("memory", {"action": "search", "query": "labour rate day hours"}, "id 41: hourly rate €45, working day 8 h, VAT 13.5% on installation jobs"),
            A("Quote — garden lighting, Castleknock:\n\n| Item | Amount |\n|---|---|\n| Labour 1.5 days (12 h × €45) | €540.00 |\n| 6 × outdoor LED bollard lights IP65 | €270.00 |\n| 1 × outdoor IP66 double socket with RCD | €45.00 |\n| Junction boxes, glands, sundries | €40.00 |\n| Subtotal | €895.00 |\n| VAT 13.5% | €120.83 |\n| **Total** | **€1,015.83** |"),
            U("explicit", "you forget the cable. 25m armoured, I said. 2.5mm 3 core SWA"),
            A("Sorry — added the SWA:\n\n| Item | Amount |\n|---|---|\n| Labour 1.5 days (12 h × €45) | €540.00 |\n| 25 m 2.5 mm² 3-core SWA cable | €95.00 |\n| 6 × outdoor LED bollard lights IP65 | €270.00 |\n| 1 × outdoor IP66 double socket with RCD | €45.00 |\n| Junction boxes, glands, sundries | €40.00 |\n| Subtotal | €990.00 |\n| VAT 13.5% | €133.65 |\n| **Total** | **€1,123.65** |"),
            U("followup", "ok. give me as plain text, I copy to whatsapp, table not work there"),
            A("Quote – garden lighting, Castleknock\nLabour 1.5 days: €540.00\n25m 2.5mm 3-core SWA cable: €95.00\n6 outdoor LED bollard lights IP65: €270.00\nOutdoor IP66 double socket with RCD: €45.00\nJunction boxes, glands, sundries: €40.00\nSubtotal: €990.00\nVAT 13.5%: €133.65\nTotal: €1,123.65"),
            U("acceptance", "thanks"),
        ]},
        # dance driving plan, ignored Kasia Saturday -> echo
        {"time": "12:44:31", "title": "Dance class driving plan", "steps": [
            U("plain", "Zosia dance class Tuesday and Thursday 6 to 7.30 in Lucan, and Saturday 10 to 12. I work until 5 usually. make me week plan who drive, me or Kasia. Kasia work Tue and Sat until 3"),
            A("Here's a plan:\n\n| Day | Class | Driver |\n|---|---|---|\n| Tuesday | 6:00–7:30 | Tomasz (you finish at 5) |\n| Thursday | 6:00–7:30 | Kasia |\n| Saturday | 10:00–12:00 | Kasia |\n\nThat way you each do some driving and you have Saturday morning free."),
            U("echo", "\"Kasia work Tue and Sat until 3\". so saturday she can't"),
            A("Right, Kasia is at work Saturday morning:\n\n| Day | Class | Driver |\n|---|---|---|\n| Tuesday | 6:00–7:30 | Tomasz |\n| Thursday | 6:00–7:30 | Kasia |\n| Saturday | 10:00–12:00 | Tomasz |\n\nKasia could take Tuesday too (she's done at 3) if you're running late on a job."),
            U("acceptance", "ok this works"),
        ]},
        # preliminary tax; followup; decline
        {"time": "19:20:05", "title": "Preliminary tax letter", "steps": [
            U("plain", "Revenue letter say 'preliminary tax due 31 October'. what is preliminary tax, I pay already last year"),
            A("Preliminary tax is an advance payment of **this year's** income tax. As a self-employed person you pay, by 31 October:\n\n1. the **balance** of last year's tax (what you still owe after last year's preliminary payment), and\n2. **preliminary tax for the current year** — usually at least 90% of this year's expected tax, or 100% of last year's.\n\nSo what you paid last year was last year's preliminary tax; this October you pay towards 2026. It feels like paying twice, but it's just paying in advance."),
            U("followup", "I am sole trader, last year profit about 52k. roughly how much preliminary"),
            A("Very roughly, for a single person with about €52,000 profit, income tax + USC + PRSI comes to somewhere around **€13,000–€15,000** a year (it depends on your credits — married, one child, etc.). If you use the '100% of last year' rule, your preliminary tax would be about what your total tax for last year was.\n\nDo you want me to work through it with your actual credits?"),
            U("decline_offer", "no, Niamh do it. I just want idea how much to keep in account"),
            A("Then keeping about €14,000 aside by October is a safe idea."),
        ]},
        # EV charger price + SEAI: repeat_narrow then partial (double)
        {"time": "21:02:48", "title": "EV charger price Ratoath", "steps": [
            U("plain", "customer in Ratoath want price for EV charger. she ask also about SEAI grant. give me price and grant info I can send her"),
            T("web_search", {"query": "SEAI EV home charger grant 2026 amount eligibility"}, "1. SEAI - EV Home Charger Grant: 'up to €300 towards the purchase and installation of a home charger... available to owners of new and second-hand EVs... and to homes without an EV registered'\n2. SEAI - Apartment charging grant for shared parking\n3. News - 'Charger grant extended to 2026'"),
            A("**SEAI EV Home Charger Grant**\n\nThe SEAI EV Home Charger Grant was introduced to support the transition to electric vehicles in Ireland. It provides **up to €300** towards the purchase and installation of a home charger.\n\n**Who can apply:** homeowners and tenants (with the landlord's permission) of houses with off-street parking. Since 2024 you no longer need to own an EV to apply.\n\n**How it works:**\n1. The customer applies online at seai.ie and gets grant approval.\n2. The charger must be installed by a registered electrician after approval.\n3. The electrician gives a Completion Certificate and the customer submits the claim with the invoice.\n4. SEAI pays the grant to the customer, usually within a few weeks.\n\n**Apartments:** a separate scheme supports shared charging in apartment blocks for management companies.\n\n**Important:** work done before grant approval is not eligible."),
            U("repeat_narrow", "and the price? charger and install, my usual"),
            T("memory", {"action": "search", "query": "EV charger install price"}, "id 77: EV charger job: labour €360 (1 day), Zappi 2 supply €1,150, cable and sundries ~€140, VAT 13.5%"),
            A("**Price — EV charger supply and installation (Ratoath)**\nZappi 2 charger: €1,150.00\nInstallation labour: €360.00\nCable and sundries: €140.00\nSubtotal: €1,650.00\nVAT 13.5%: €222.75\n**Total: €1,872.75**\n\n**SEAI EV Home Charger Grant**\nThe SEAI EV Home Charger Grant was introduced to support the transition to electric vehicles in Ireland. It provides up to €300 towards the purchase and installation of a home charger. Homeowners and tenants (with the landlord's permission) with off-street parking can apply; since 2024 you no longer need to own an EV. Apply online at seai.ie and wait for approval before installation; after the job, submit the invoice and Completion Certificate; SEAI pays the grant to the customer. A separate scheme covers apartment blocks. Work done before approval is not eligible."),
            U("partial", "price is good. but grant part still too long for her. 2 lines enough"),
            A("**Price — EV charger supply and installation (Ratoath)**\nZappi 2 charger: €1,150.00\nInstallation labour: €360.00\nCable and sundries: €140.00\nSubtotal: €1,650.00\nVAT 13.5%: €222.75\n**Total: €1,872.75**\n\nSEAI grant: up to €300 back — apply on seai.ie and wait for approval before I install.\nAfter the job I give you the cert and invoice to claim it."),
            U("acceptance", "ok I send her this"),
        ]},
    ],
    "2026-07-07": [
        # copy to usb, added cron -> reject_approach
        {"time": "07:30:12", "title": "Copy certs to USB", "steps": [
            U("plain", "copy my folder Certs 2026 to the USB, the SanDisk one"),
            T("terminal", {"command": "ls /Volumes"}, "Macintosh HD\nSANDISK"),
            T("terminal", {"command": "rsync -a --delete ~/Documents/'Certs 2026'/ /Volumes/SANDISK/'Certs 2026'/ && (crontab -l 2>/dev/null; echo \"0 22 * * * rsync -a --delete ~/Documents/'Certs 2026'/ /Volumes/SANDISK/'Certs 2026'/\") | crontab - && crontab -l"}, "0 22 * * * rsync -a --delete ~/Documents/'Certs 2026'/ /Volumes/SANDISK/'Certs 2026'/"),
            A("Copied `Certs 2026` to the SanDisk drive. I also set up a nightly job (22:00) that keeps the USB in sync automatically, so new certs are always backed up."),
            U("reject_approach", "no automatic nothing. just copy one time, I take the usb with me in van"),
            T("terminal", {"command": "crontab -r && crontab -l; ls /Volumes/SANDISK/'Certs 2026' | wc -l"}, "crontab: no crontab for tomasz\n64"),
            A("Removed the nightly job. The one-time copy is on the USB: 64 files in `Certs 2026`. You can eject it."),
            U("acceptance", "ok thanks"),
        ]},
        # Polish quote message too formal -> explicit; new task with echo, no reply (chosen null)
        {"time": "11:15:40", "title": "Polish customer message", "steps": [
            U("plain", "customer is Polish family in Blanchardstown, write them quote message in polish: kitchen 4 double sockets, new circuit for oven, 650 euro with VAT"),
            A("Szanowni Państwo,\n\nW nawiązaniu do naszej rozmowy oraz przeprowadzonych oględzin lokalu uprzejmie przedstawiam ofertę na wykonanie prac elektrycznych w Państwa kuchni.\n\nZakres prac obejmuje:\n1. Montaż czterech podwójnych gniazd elektrycznych zgodnie z obowiązującymi irlandzkimi przepisami (ETCI I.S. 10101).\n2. Wykonanie nowego, dedykowanego obwodu zasilającego piekarnik wraz z zabezpieczeniem w rozdzielnicy.\n3. Pomiary i badania instalacji oraz wystawienie świadectwa zakończenia prac (Completion Certificate).\n\nCałkowity koszt realizacji powyższych prac wynosi 650 euro brutto (zawiera podatek VAT).\n\nW razie jakichkolwiek pytań pozostaję do Państwa dyspozycji.\n\nZ wyrazami szacunku,\nTomasz Nowak\nTN Electrical"),
            U("explicit", "too long and too official. they are young people, write normal"),
            A("Cześć! Tak jak rozmawialiśmy: 4 podwójne gniazdka w kuchni i nowy obwód do piekarnika — razem 650 euro z VAT. Na koniec dostaniecie certyfikat. Dajcie znać, jaki termin Wam pasuje. Tomek"),
            U("acceptance", "super, dzieki"),
            U("new_task", "and in english same for Irish customer in Clonsilla, same work but 690"),
            A("Hi! As discussed: 4 double sockets in the kitchen and a new circuit for the oven — €650 including VAT, cert included. Let me know what day suits you. Tomasz"),
            U("echo", "\"same work but 690\" I wrote. you put 650"),
        ]},
        # cable price, copper market -> repeat_narrow
        {"time": "16:52:19", "title": "Cable price check", "steps": [
            U("plain", "price of 2.5 twin and earth 100m roll now in Ireland? my supplier say 20% up"),
            T("web_search", {"query": "copper price 2026 increase cable"}, "1. LME copper price - $11,240/tonne, up 18% year on year\n2. Reuters - 'Copper hits record as supply tightens'\n3. Cable manufacturers announce price rises"),
            A("Copper is the main driver: the LME copper price is around **$11,240 per tonne**, up about 18% on last year, after supply problems in Chile and Peru and strong demand from EV and grid projects. Cable manufacturers have announced several price rises in 2026, so a 20% increase from your supplier is consistent with the metal price."),
            U("repeat_narrow", "just the price of the 100m roll. irish shops"),
            T("web_search", {"query": "2.5mm twin and earth 100m price Ireland euro"}, "1. Kellihers - 2.5mm T&E 100m €118.50\n2. ElectricalDirect.ie - 2.5mm twin & earth 100m drum €112.00\n3. Screwfix Ireland - 2.5mm T&E 100m €124.99"),
            A("100 m roll of 2.5 mm² twin & earth right now:\n- Electrical Direct: €112.00\n- Kellihers: €118.50\n- Screwfix Ireland: €124.99"),
            U("acceptance", "ok so is true, I paid 95 last year. bad"),
        ]},
        # dance practice board: reject buying; followup
        {"time": "20:38:02", "title": "Dance board for garage", "steps": [
            U("plain", "want to make dance board for Zosia practice in garage. what size and what wood"),
            A("The easiest option is to buy a ready-made Irish dance board — there are portable folding ones made for hard-shoe practice:\n\n- Folding practice board 120 × 120 cm, ~€190\n- Premium sprung board 150 × 120 cm, ~€280\n\nThey're light, don't damage floors and give the right sound. Delivery is usually within a week."),
            U("reject_approach", "no buy. I make myself, I have all the tools. tell me the plywood and size"),
            A("DIY board:\n\n- **Size:** 1.2 × 1.2 m is enough for practice at home (1.2 × 2.4 m if you have space — one full sheet).\n- **Top:** 18 mm birch plywood (or good hardwood-faced ply) — it sounds well for hard shoe and doesn't splinter.\n- **Underneath:** 3–4 battens (e.g. 44 × 44 mm) screwed from below, so the board sits slightly off the floor and has some spring.\n- **Finish:** sand well, round the edges, 2 coats of water-based floor varnish (satin, not gloss — less slippy)."),
            U("followup", "the garage floor is concrete and cold. I need something under it?"),
            A("Yes — put a layer of **rubber matting** (the 10 mm gym/horse-stable mats are cheap) or foam underlay between the battens and the concrete. It stops damp getting into the wood, takes some shock off her knees and makes it quieter for the neighbours."),
            U("acceptance", "ok I do this weekend"),
        ]},
    ],
}
