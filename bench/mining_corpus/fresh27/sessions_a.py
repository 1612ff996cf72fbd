"""Format A sessions (one JSON file each) for the fresh27 corpus, by blind author AB.

Owner: Filipino IT officer on a cruise ship (MS Aurora Star), family in Cebu.
"""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, rc=0):
    return ("t", name, args, output, rc)


FORMAT_A = [
    {
        "date": "2026-07-01", "time": "03:12:40", "title": "Access port for cabin AP on deck 6", "platform": "cli",
        "steps": [
            U("plain", "kuya timmy quick lang, need to set Gi1/0/14 on the deck 6 access switch as access port vlan 30 for the new cabin AP. whats the commands"),
            A("Here you go:\n\n```\nconf t\ninterface Gi1/0/14\n description DK6-CABIN-AP\n switchport trunk encapsulation dot1q\n switchport mode trunk\n switchport trunk native vlan 30\n no shutdown\nend\nwr mem\n```\n\nSetting the native VLAN to 30 means the AP's untagged traffic lands in VLAN 30, and you keep the option of tagging more SSIDs later."),
            U("explicit", "no no thats trunk. I said ACCESS port vlan 30 po, the AP is in local mode, no tagging"),
            A("Sorry about that. Plain access port:\n\n```\nconf t\ninterface Gi1/0/14\n description DK6-CABIN-AP\n switchport mode access\n switchport access vlan 30\n no shutdown\nend\nwr mem\n```\n\nCheck with `show interfaces Gi1/0/14 switchport` - Administrative Mode should say static access, Access Mode VLAN 30."),
            U("followup", "ok up na, AP got IP. also need portfast and bpduguard on it, the AP contractors keep plugging things in and looping"),
            A("Add these on the same interface:\n\n```\ninterface Gi1/0/14\n spanning-tree portfast\n spanning-tree bpduguard enable\n```\n\nIf someone plugs a switch in there, the port goes err-disabled instead of looping. `show interfaces status err-disabled` shows you which ones tripped."),
            U("acceptance", "sige salamat, ticket closed na"),
            A("Nice one. Ingat sa shift!"),
        ],
    },
    {
        "date": "2026-07-02", "time": "14:05:11", "title": "Remitly 650 USD to Cebu", "platform": "telegram",
        "steps": [
            U("plain", "wifi is back for 1 hr lang. how much PHP will nanay get if i send 650 usd thru remitly today"),
            T("web_search", {"query": "Remitly USD to PHP rate today"}, "Remitly: Send money to the Philippines. Today's rate 1 USD = 58.42 PHP (Express). Fee $3.99 for amounts under $1,000 ..."),
            A("Remitly's rate today is 1 USD = 58.42 PHP on Express, with a $3.99 fee for amounts under $1,000. Rates change during the day and the promo rate for first-time senders is higher, so it's worth checking the app right before you send. Generally Express is better when the recipient needs it fast, while Economy can have a slightly better rate but takes 3-5 days."),
            U("repeat_narrow", "how much PHP po. the amount lang"),
            A("650 × 58.42 = **₱37,973** (the $3.99 fee is charged on your side, so nanay gets the full ₱37,973)."),
            U("followup", "ok and if i split it, 400 to nanay and 250 to ate lorna for her tuition"),
            A("At 58.42:\n- Nanay: 400 × 58.42 = **₱23,368**\n- Ate Lorna: 250 × 58.42 = **₱14,605**\n\nAs two separate transfers that's two fees, so $7.98 total instead of $3.99."),
            U("acceptance", "sakto. salamat kuya"),
        ],
    },
    {
        "date": "2026-07-03", "time": "22:48:03", "title": "Crew portal server root full", "platform": "cli",
        "steps": [
            U("plain", "crew portal server again, / is 100%. help me find whats eating it. rhel 8"),
            A("Quickest way to free space:\n\n```\nsudo du -xh / --max-depth=2 | sort -h | tail -20\n```\n\nIt's almost always logs on that kind of box. Once you see it's /var/log, just clear them:\n\n```\nsudo rm -rf /var/log/*.gz /var/log/journal/*\nsudo systemctl restart systemd-journald\n```\n\nThat usually frees several GB right away."),
            U("reject_approach", "HUWAG. i cant just delete logs, audit needs them 90 days. find another way"),
            A("Understood. Keep the `du` step to find the culprit:\n\n```\nsudo du -xh / --max-depth=2 | sort -h | tail -20\n```\n\nIf it's the journal, shrink it with:\n\n```\nsudo journalctl --vacuum-time=7d\n```\n\nand cap it in `/etc/systemd/journald.conf` with `SystemMaxUse=2G` so it doesn't happen again."),
            U("partial", "ok the du part helped, its /var/log/journal 14G. pero vacuum also deletes them diba? i need them moved off not deleted"),
            A("Right, vacuum deletes. Move them off first, then trim:\n\n```\n# copy the journal to the NAS (mounted at /mnt/nas)\nsudo rsync -a /var/log/journal/ /mnt/nas/audit/portal-journal/$(date +%F)/\n# check the copy\nsudo du -sh /mnt/nas/audit/portal-journal/$(date +%F)/\n# only after the copy checks out\nsudo journalctl --vacuum-size=2G\n```\n\nThe archived files can still be read later with `journalctl -D /mnt/nas/audit/portal-journal/<date>/`. Then set `SystemMaxUse=2G` in `/etc/systemd/journald.conf` and `systemctl restart systemd-journald`."),
            U("acceptance", "ayos. that one i can do, audit happy. thanks"),
            A("Good. Maybe add the rsync to a weekly cron so the NAS copy stays current."),
        ],
    },
    {
        "date": "2026-07-05", "time": "06:30:22", "title": "Sign off date", "platform": "cli",
        "steps": [
            U("plain", "signed on feb 18 in barcelona, 8 month contract. when is my sign off date"),
            A("Eight months from February 18, 2026 is **October 18, 2026**."),
            U("followup", "+/- 30 days daw per the contract. so earliest and latest?"),
            A("With ±30 days around October 18, 2026:\n- Earliest: **September 18, 2026**\n- Latest: **November 17, 2026**"),
            U("followup", "can you put the oct 18 one in your memory notes"),
            T("memory", {"action": "add", "content": "Owner sign-off date: 2025-10-18 (8-month contract from Barcelona)"}, "saved"),
            A("Saved: sign-off date 2025-10-18, 8-month contract starting in Barcelona."),
            U("instead", "2026-10-18 dapat, not 2025. and add the window sept 18 to nov 17"),
            T("memory", {"action": "replace", "old": "Owner sign-off date: 2025-10-18", "content": "Owner sign-off date: 2026-10-18 (8-month contract, signed on 2026-02-18 in Barcelona); allowed window 2026-09-18 to 2026-11-17"}, "saved"),
            A("Fixed: sign-off 2026-10-18, window 2026-09-18 to 2026-11-17."),
            U("acceptance", "ok na. salamat po"),
        ],
    },
    {
        "date": "2026-07-06", "time": "11:02:57", "title": "Spanish for a guest", "platform": "telegram",
        "steps": [
            U("plain", "how do i say 'your cabin wifi is fixed now' in spanish, for a guest"),
            A("You can say: **\"Tu wifi del camarote ya está arreglado.\"**\n\nA bit of grammar: *camarote* is the word for a ship's cabin, *ya* means 'already/now', and *está arreglado* uses *estar* because it's a state that changed. You could also say *ya funciona* ('it works now'). In Latin America you'll also hear *cabina*."),
            U("echo", "its for a GUEST kuya"),
            A("Right, guests get *usted*:\n\n**\"El wifi de su camarote ya funciona.\"**"),
            U("acceptance", "perfect. gracias"),
            A("¡De nada!"),
            U("new_task", "another one, how do i say 'please restart your phone'"),
            A("**\"Por favor, reinicie su teléfono.\"** (formal, for guests). Want a few more phrases for common wifi issues?"),
            U("decline_offer", "no na po, yun lang kailangan ko"),
            A("Sige! Good luck with the guest."),
        ],
    },
    {
        "date": "2026-07-08", "time": "19:44:10", "title": "Gaming PC parts list", "platform": "cli",
        "steps": [
            U("plain", "budget 75k pesos gaming pc, will buy parts in cebu when i sign off. 1440p gaming. give me a parts list"),
            A("Here's a strong 1440p build:\n\n| Part | Pick | Price (PHP) |\n|---|---|---|\n| CPU | Ryzen 7 7700X | 17,500 |\n| Motherboard | B650 Tomahawk WiFi | 13,000 |\n| RAM | 32GB DDR5-6000 | 6,500 |\n| GPU | RTX 4070 Ti Super 16GB | 48,000 |\n| SSD | 2TB NVMe Gen4 | 7,000 |\n| PSU | 850W Gold | 6,000 |\n| Case | Lian Li Lancool 216 | 5,000 |\n| **Total** | | **~97,000** |\n\nThis will max out basically every game at 1440p for years."),
            U("explicit", "thats 97k, way over. i said 75k"),
            A("My mistake - here's one that fits 75k:\n\n| Part | Pick | Price (PHP) |\n|---|---|---|\n| CPU | Ryzen 5 7600 | 11,000 |\n| Motherboard | B650M | 7,500 |\n| RAM | 32GB DDR5-6000 | 6,500 |\n| GPU | RX 7800 XT 16GB | 31,000 |\n| SSD | 1TB NVMe Gen4 | 4,000 |\n| PSU | 750W Gold | 5,000 |\n| Case | Corsair 4000D Airflow | 5,500 |\n| **Total** | | **~70,500** |\n\nThat leaves ~4,500 spare. Do you already have a monitor, or does it have to come out of the 75k too?"),
            U("clarify_answer", "meron na, 27 inch 1440p 165hz from last contract"),
            A("Then the full 75k goes to the tower. I'd put the spare ~4,500 into a 2TB SSD instead of 1TB - games are big and ship wifi means you'll want to download everything while you're home."),
            U("followup", "what about AVR, daming brownout sa amin sa Talisay"),
            A("Skip a plain AVR and get a line-interactive UPS with AVR, around 1000-1500VA (e.g. APC BX1500 or Secure 1500VA, ~₱6-9k). It regulates voltage like an AVR and gives you a few minutes to save and shut down when the power cuts. Budget it separately from the 75k."),
            U("acceptance", "noted. ok this list goes to my notes"),
        ],
    },
    {
        "date": "2026-07-10", "time": "08:15:36", "title": "Starlink ticket for fleet IT", "platform": "cli",
        "steps": [
            U("plain", "write a ticket for fleet IT: starlink terminal on deck 12 keeps dropping every ~20 min since yesterday, obstruction map shows clear. include what i did: power cycled, checked cable"),
            A("**Subject:** Starlink terminal (Deck 12) intermittent drops every ~20 min\n\n**Description:** Since yesterday the Starlink terminal on Deck 12 drops connection roughly every 20 minutes. Obstruction map in the app shows clear sky.\n\n**Troubleshooting done:**\n- Power cycled the terminal\n- Checked and reseated the cable\n- Replaced the PoE injector with the spare\n- Ran a firmware update\n\n**Request:** Please check terminal health remotely and advise on RMA if needed."),
            U("echo", "what i did: power cycled, checked cable. thats it. i did not touch the injector or firmware"),
            A("**Subject:** Starlink terminal (Deck 12) intermittent drops every ~20 min\n\n**Description:** Since yesterday the Starlink terminal on Deck 12 drops connection roughly every 20 minutes. Obstruction map in the app shows clear sky.\n\n**Troubleshooting done:**\n- Power cycled the terminal\n- Checked the cable\n\n**Request:** Please check terminal health remotely and advise on next steps / RMA if needed."),
            U("followup", "add that its affecting the crew portal too, around 1,100 crew cant login when it drops"),
            A("**Subject:** Starlink terminal (Deck 12) intermittent drops every ~20 min - crew portal impacted\n\n**Description:** Since yesterday the Starlink terminal on Deck 12 drops connection roughly every 20 minutes. Obstruction map in the app shows clear sky.\n\n**Impact:** Each drop takes down the crew portal; around 1,100 crew cannot log in while it's down.\n\n**Troubleshooting done:**\n- Power cycled the terminal\n- Checked the cable\n\n**Request:** Please check terminal health remotely and advise on next steps / RMA if needed."),
            U("acceptance", "sent. thanks kuya"),
            A("Hope they answer before the next port!"),
        ],
    },
    {
        "date": "2026-07-12", "time": "16:40:02", "title": "Cheapest transfer to GCash", "platform": "telegram",
        "steps": [
            U("plain", "western union vs remitly vs wise for sending to gcash, which is cheapest for 500 usd"),
            T("web_search", {"query": "Wise vs Remitly vs Western Union USD to PHP fees 500"}, "Wise: fee $5.87, mid-market rate, delivery to PH bank accounts... Remitly: $3.99 fee, rate 58.10, GCash/bank/cash pickup... Western Union: $0-5 fee, rate 57.60, GCash wallet and cash pickup..."),
            A("For 500 USD, **Wise** is cheapest overall: it uses the mid-market rate with a ~$5.87 fee, so your family gets the most pesos. Send it to nanay's BDO account and it usually arrives within a day. Remitly is second, and Western Union has the weakest rate."),
            U("repeat_narrow", "to GCash po. which one goes straight to gcash"),
            A("Straight to GCash, Wise is out (it only does PH bank accounts). Between the two that deliver to GCash:\n- **Remitly**: rate ~58.10, fee $3.99 → ~₱29,050\n- **Western Union**: rate ~57.60, fee ~$0-5 → ~₱28,800\n\nSo **Remitly** is cheapest to GCash right now. Want me to remind you every 15th to send?"),
            U("decline_offer", "No, i send on payday, not fixed date. ok na yan"),
            A("Got it, no reminder."),
        ],
    },
    {
        "date": "2026-07-14", "time": "21:27:45", "title": "POS capture atrium bar", "platform": "cli",
        "steps": [
            U("plain", "POS terminals in the atrium bar timing out. want to capture traffic on the pos server for terminal 10.30.5.21 only"),
            A("On the POS server:\n\n```\nsudo tcpdump -i eth0 -nn host 10.30.5.21 -w /tmp/pos_21.pcap\n```\n\nLet it run while someone does a test transaction, then Ctrl-C."),
            U("followup", "it's on eth1 pala, the pos vlan interface"),
            A("Then:\n\n```\nsudo tcpdump -i eth1 -nn host 10.30.5.21 -w /tmp/pos_21.pcap\n```"),
            U("new_task", "got the pcap. how do i read it on my mac, i dont have wireshark and IT policy no installs on this laptop"),
            A("Easiest is Wireshark: `brew install --cask wireshark`, then open the pcap and filter with `tcp.analysis.retransmission` to spot the timeouts."),
            U("reject_approach", "no installs nga. something already on the mac"),
            A("macOS ships with tcpdump, so you can read it directly:\n\n```\ntcpdump -nn -r ~/Downloads/pos_21.pcap | less\n# only resets and retransmission-looking traffic\ntcpdump -nn -r ~/Downloads/pos_21.pcap 'tcp[tcpflags] & (tcp-rst) != 0'\n```\n\nLook for RSTs from the server or long gaps between the terminal's SYN and the reply."),
            U("acceptance", "ok seeing RST from the payment gateway side. ill escalate. thanks"),
        ],
    },
    {
        "date": "2026-07-16", "time": "05:55:19", "title": "Spanish plan 20 minutes", "platform": "cli",
        "steps": [
            U("plain", "i want to learn spanish in 4 months, lots of spanish crew here sa galley. 20 min a day lang ako. make me a plan"),
            A("Here's a complete 16-week plan:\n\n**Weeks 1-4: Foundations**\n- 30 min Duolingo or Babbel daily\n- 30 min grammar workbook (ser/estar, present tense, articles)\n- 20 min podcast (Coffee Break Spanish)\n- 15 min Anki vocabulary (20 new cards/day)\n- Weekly: 1-hour italki lesson\n\n**Weeks 5-8: Building**\n- 30 min app lessons\n- 30 min reading graded readers\n- 30 min listening (Dreaming Spanish)\n- Anki 20 min\n- 2 italki lessons per week\n\n**Weeks 9-12: Conversation**\n- 45 min speaking practice with crew\n- 30 min writing a daily journal in Spanish\n- 30 min Netflix in Spanish with subtitles\n\n**Weeks 13-16: Fluency push**\n- 1 hour conversation daily\n- Mock conversations about work topics\n- Review all Anki decks\n\nStick with it and you'll be conversational by sign-off!"),
            U("explicit", "too long and thats like 2 hrs a day. I have 20 min"),
            A("Fair. A lighter version:\n\n- 20 min app lesson\n- 15 min podcast on your break\n- 10 min Anki\n- Chat with the galley crew when you can\n\nDo that daily and add one italki lesson a week."),
            U("instead", "just give me what to do in the 20 minutes. like 10 min duolingo, 10 min talking to the galley guys kind of thing"),
            A("Your 20 minutes:\n\n- **Min 0-10:** one Duolingo Spanish lesson (or Anki review on days you're tired)\n- **Min 10-20:** go to the galley and use today's 2-3 new words with the Spanish crew - greetings, asking how their shift is, one work phrase\n\nWeek 1 starter phrases: *¿Qué tal el turno?* (how's the shift?), *¿Funciona el wifi?* (does the wifi work?), *Hasta luego*."),
            U("acceptance", "ok ito na. gracias"),
            A("¡De nada! Good luck sa galley."),
        ],
    },
    {
        "date": "2026-07-18", "time": "10:09:33", "title": "Find MAC on Cisco", "platform": "telegram",
        "steps": [
            U("plain", "whats the command to see which port a mac address is on, cisco"),
            A("`show mac address-table address aabb.cc00.1122` - it shows the VLAN and the port the MAC was learned on."),
            U("followup", "and if its behind another switch how do i trace it"),
            A("If the port it shows is an uplink, follow the chain:\n\n1. `show cdp neighbors Gi1/0/49 detail` - gives the next switch's IP\n2. SSH to that switch and run the same `show mac address-table address ...`\n3. Repeat until the port is an access port, not an uplink."),
            U("acceptance", "got it"),
            A("👍"),
            U("new_task", "unrelated, can you remind me what my sign off date is, i saved it before"),
            T("memory", {"action": "read"}, "Owner sign-off date: 2026-10-18 (8-month contract, signed on 2026-02-18 in Barcelona); allowed window 2026-09-18 to 2026-11-17"),
            A("Your sign-off is **October 18, 2026**, with a window from September 18 to November 17."),
            U("acceptance", "right. salamat"),
        ],
    },
    {
        "date": "2026-07-13", "time": "07:21:09", "title": "GCash pending after Remitly delivered", "platform": "telegram",
        "steps": [
            U("plain", "nanay's gcash says pending 2 hrs na, remitly app says delivered. what do i do"),
            A("This happens sometimes. When you send through Remitly, the money moves from Remitly to a local partner, which then credits the GCash wallet through its own settlement system. 'Delivered' in the Remitly app usually means Remitly has handed the funds to the partner, not that the wallet has been credited yet. Delays can come from batch processing at the partner, GCash's own fraud checks on incoming transfers, system maintenance, or name mismatches between the recipient details and the GCash account. Most pending transactions clear within 24 hours on their own, and if something does fail, the money is normally returned to the sender rather than lost."),
            U("instead", "just tell me who to contact, remitly or gcash, and how"),
            A("Contact **Remitly first** - they have the trace with their partner.\n\n- Remitly app: **Activity** > open the transfer > **Get help** > chat. Give them the reference number.\n- If Remitly confirms it was credited on their side, then **GCash**: in nanay's app, **Profile > Help > Submit a ticket**, with the Remitly reference number and a screenshot."),
            U("followup", "she's 67 and not good with apps. can i file the gcash ticket for her"),
            A("You can file it from GCash's web Help Center as the sender, but GCash may still call or message her number to verify, so give her a heads-up. Want me to draft the ticket text so you can paste it?"),
            U("followup", "sige draft it, ref number is R7X-22841, 400 usd, sent today 5:10am manila time"),
            A("Subject: Remittance marked delivered but GCash wallet still pending\n\nHello GCash Support,\n\nI sent USD 400 through Remitly today at 5:10 AM (Manila time), reference number R7X-22841, to my mother's GCash account. Remitly shows the transfer as delivered, but her wallet still shows the transaction as pending after more than 2 hours.\n\nMy mother is 67 and not comfortable with apps, so I am filing this on her behalf. Please check the status and credit the amount. You may contact her registered number to verify.\n\nThank you."),
            U("acceptance", "submitted. salamat kuya"),
        ],
    },
    {
        "date": "2026-07-17", "time": "23:50:41", "title": "Switch uptime and version", "platform": "telegram",
        "steps": [
            U("plain", "whats the command to show the switch uptime and IOS version, cisco"),
            A("`show running-config | include version` - the first line shows the IOS version."),
            U("echo", "uptime AND version po"),
        ],
    },
]
