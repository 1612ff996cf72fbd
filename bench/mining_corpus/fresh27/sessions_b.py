"""Format B sessions (session_meta line + one message per line) for the fresh27 corpus, by blind author AB."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, rc=0):
    return ("t", name, args, output, rc)


FORMAT_B = [
    {
        "date": "2026-07-19", "time": "02:14:08", "title": "Crew portal not loading on iPhones", "platform": "telegram",
        "steps": [
            U("plain", "crew portal login page not loading for some crew, others ok. walang pattern so far"),
            A("A few questions to narrow it down: which devices are failing - mostly iPhones or Android? And is it all decks or specific crew areas?"),
            U("clarify_answer", "mostly iphones, deck 3 and 4 crew area"),
            A("Two likely causes for that pattern:\n\n1. **DHCP pool exhaustion** on the deck 3/4 crew VLAN - iPhones use a private (rotating) Wi-Fi MAC, so each phone can hold several leases. Check the pool usage on the DHCP server for that VLAN.\n2. **Captive portal detection** - if the portal's redirect is slow, iOS gives up on the login sheet. Ask one affected crew member to open `http://neverssl.com` manually.\n\nI'd check #1 first, it matches 'some phones, specific area'."),
            U("followup", "checked, dhcp pool for vlan 40 is 98% used. lease time is 8 days"),
            A("That's it. With rotating MACs, 8-day leases fill the pool fast. Options:\n\n- Drop the lease time on VLAN 40 to **4 hours** (crew reconnect constantly anyway)\n- Clear the stale leases once after the change\n- If the subnet is a /24, consider widening to a /23 at the next maintenance window\n\nAfter the change, affected iPhones just need to toggle Wi-Fi."),
            U("acceptance", "grabe, that was it. 4 hrs lease na. thanks"),
            A("Nice catch on the pool. Good night shift!"),
        ],
    },
    {
        "date": "2026-07-20", "time": "13:50:44", "title": "PSU wattage for 7800 XT", "platform": "cli",
        "steps": [
            U("plain", "rx 7800 xt + ryzen 5 7600, what PSU wattage"),
            A("I'd go with a **1000W** 80+ Gold PSU to be safe. GPUs have transient power spikes well above their rated TDP, and having a lot of headroom means the fan stays quiet, efficiency is better at 50% load, and you're ready for a future GPU upgrade like an RTX 5090. Good brands are Corsair RMx, Seasonic Focus and be quiet! Straight Power."),
            U("repeat_narrow", "minimum safe lang po. 750 ok na ba?"),
            A("Yes - **750W Gold** from a good brand is enough. AMD recommends 700W for the 7800 XT, and the 7600 only pulls ~90W. Want me to check prices for 750W Gold units in Cebu shops?"),
            U("decline_offer", "nah ill check pc express myself when im home"),
            A("Sige. Look for Corsair RM750e or MSI MAG A750GL, both fine."),
        ],
    },
    {
        "date": "2026-07-21", "time": "07:33:29", "title": "Days until sign off", "platform": "cli",
        "steps": [
            U("plain", "how many days until sign off? count from today"),
            T("memory", {"action": "read"}, "Owner sign-off date: 2026-10-18 (8-month contract, signed on 2026-02-18 in Barcelona); allowed window 2026-09-18 to 2026-11-17"),
            T("terminal", {"command": "python3 -c \"import datetime as d; print((d.date(2026,10,18)-d.date.today()).days)\""}, "89"),
            A("**89 days** until October 18, 2026."),
            U("followup", "and in weeks? para ma-plan ko yung vacation"),
            A("About **12.7 weeks** - so 12 weeks and 5 days."),
            U("new_task", "make me a countdown in my terminal prompt"),
            T("terminal", {"command": "echo 'PROMPT=\"[$(( ($(date -j -f %Y-%m-%d 2026-10-18 +%s) - $(date +%s)) / 86400 ))d] %~ %# \"' >> ~/.zshrc"}, ""),
            A("Done - I added a line to your `~/.zshrc` that shows the days left before your prompt, like `[89d] ~ %`. Open a new terminal tab to see it."),
            U("reject_approach", "wait dont touch my zshrc directly, may oh-my-zsh theme ako dun. remove it and just give me the line, ill add it myself"),
            T("terminal", {"command": "sed -i '' '$d' ~/.zshrc && tail -3 ~/.zshrc"}, "source $ZSH/oh-my-zsh.sh\nexport PATH=\"$HOME/bin:$PATH\"\nalias ll='ls -lah'"),
            A("Removed - your `~/.zshrc` is back to how it was. Here's the line to place yourself (after the oh-my-zsh `source` line so the theme doesn't overwrite it):\n\n```\nRPROMPT='[$(( ($(date -j -f %Y-%m-%d 2026-10-18 +%s) - $(date +%s)) / 86400 ))d]'\n```\n\nUsing `RPROMPT` puts the countdown on the right side, so your theme's left prompt stays untouched."),
            U("acceptance", "ok nice, right side is better. thanks"),
        ],
    },
    {
        "date": "2026-07-22", "time": "23:18:51", "title": "ACL crew VLAN to PMS", "platform": "cli",
        "steps": [
            U("plain", "need an ACL on the crew vlan 40 so crew cant reach the PMS subnet 10.20.0.0/16 but internet still ok. crew is 10.40.0.0/16"),
            A("On the core (L3) switch:\n\n```\nip access-list extended CREW-IN\n deny ip 10.40.0.0 0.0.255.255 10.20.0.0 0.0.255.255\n!\ninterface Vlan40\n ip access-group CREW-IN in\n```\n\nThis blocks crew from the PMS subnet."),
            U("partial", "the deny works pero now crew has no internet at all. implicit deny yata"),
            A("Yes - I left out the permit, so the implicit deny at the end dropped everything else. Add it:\n\n```\nip access-list extended CREW-IN\n deny ip 10.40.0.0 0.0.255.255 10.20.0.0 0.0.255.255\n permit ip any any\n```\n\nThe PMS block stays, everything else goes through."),
            U("acceptance", "ayun. internet back, pms blocked"),
            A("Good. Worth testing from a crew device that 10.20.x.x really times out."),
            U("new_task", "also how do i check hit counts on it"),
            A("`show ip access-lists CREW-IN` - each line shows `(N matches)`. Use `clear ip access-list counters CREW-IN` to reset before testing."),
            U("acceptance", "ok good"),
        ],
    },
    {
        "date": "2026-07-24", "time": "18:03:12", "title": "Short Spanish notice", "platform": "telegram",
        "steps": [
            U("plain", "translate to spanish, short: 'the internet is slow because we are in the middle of the ocean'"),
            A("Here are two options:\n\n1. **\"El internet está lento porque estamos en medio del océano.\"**\n2. **\"La conexión es lenta porque nos encontramos en alta mar.\"**\n\nOption 2 sounds a bit more formal. If you want to explain more, you could add: *\"La conexión depende de satélites, por lo que la velocidad puede variar según la posición del barco y el número de usuarios conectados.\"* (The connection depends on satellites, so speed can vary with the ship's position and the number of connected users.)"),
            U("echo", "SHORT po"),
            A("**\"El internet está lento porque estamos en medio del océano.\"**"),
            U("followup", "how about casual, for my spanish kumpare in the galley"),
            A("**\"Tío, el internet va fatal, estamos en medio del mar.\"**"),
            U("acceptance", "haha perfect, he will laugh"),
        ],
    },
    {
        "date": "2026-07-26", "time": "09:41:37", "title": "Monthly budget after allotment", "platform": "cli",
        "steps": [
            U("plain", "salary 2,850 usd/month. allotment to nanay fixed 1,200. help me make a monthly budget for the rest, i want to save for the pc and emergency fund"),
            A("Monthly budget for **$2,850**:\n\n| Item | USD |\n|---|---|\n| Family support | 800 |\n| PC fund | 500 |\n| Emergency fund | 600 |\n| Personal spending | 400 |\n| Phone/internet | 100 |\n| Investments | 450 |\n| **Total** | **2,850** |"),
            U("explicit", "you budgeted the whole 2,850. the 1,200 goes to nanay automatic, wala na yun"),
            A("Right, so you have **$1,650** left:\n\n| Item | USD |\n|---|---|\n| Rent and utilities | 600 |\n| Food | 300 |\n| PC fund | 300 |\n| Emergency fund | 300 |\n| Personal | 150 |\n| **Total** | **1,650** |"),
            U("partial", "ok better. pero no rent, no food, nasa barko ako, free yun. onboard lang: wifi card, crew bar, toiletries, mga 150 a month"),
            A("Then from $1,650:\n\n| Item | USD |\n|---|---|\n| Onboard (wifi card, crew bar, toiletries) | 150 |\n| PC fund | 500 |\n| Emergency fund | 700 |\n| Buffer / pasalubong | 300 |\n| **Total** | **1,650** |\n\nAt $500/month the PC fund reaches ~₱75k in about 2.5 months, and the emergency fund gets to ~$2,100 by sign-off."),
            U("followup", "ok ito. save mo sa notes"),
            T("memory", {"action": "add", "content": "Owner monthly budget: salary 2850 USD, allotment to nanay 1200 (automatic). Rest 1650: onboard 150, PC fund 500, emergency 700, buffer/pasalubong 300."}, "saved"),
            A("Saved to my notes."),
            U("acceptance", "salamat"),
        ],
    },
    {
        "date": "2026-07-28", "time": "15:26:04", "title": "ssh key and cron check", "platform": "cli",
        "steps": [
            U("plain", "how do i copy my ssh key to the new backup server 10.10.8.15, user itadmin"),
            A("`ssh-copy-id itadmin@10.10.8.15` - it asks for the password once, then key login works. Do you want me to also add a `~/.ssh/config` entry so you can just type `ssh backup`?"),
            U("decline_offer", "No, i only log in there once a month"),
            A("Okay, the plain command is enough then."),
            U("new_task", "another thing, the NAS rsync cron job didnt run last night. how do i check"),
            A("Check the cron log:\n\n```\ngrep CRON /var/log/syslog | tail -50\n```\n\nand confirm the job is there with `crontab -l` (for the user that owns it)."),
            U("followup", "its rhel 8 pala, no syslog file"),
            A("On RHEL 8 cron logs go elsewhere:\n\n```\nsudo grep rsync /var/log/cron | tail -20\n# or\nsudo journalctl -u crond --since yesterday\n```\n\nIf the job shows as started but nothing happened, add `>> /var/log/nas-rsync.log 2>&1` to the crontab line so you get its output next time."),
            U("acceptance", "ok found it, the NAS mount was gone. salamat"),
        ],
    },
    {
        "date": "2026-07-30", "time": "20:12:55", "title": "GPU Singapore vs Cebu", "platform": "telegram",
        "steps": [
            U("plain", "is it cheaper to buy the GPU in singapore when we dock there next week vs cebu"),
            A("Could be. Which card - still the RX 7800 XT from your list, or are you considering others?"),
            U("clarify_answer", "7800 xt pa rin"),
            T("web_search", {"query": "RX 7800 XT price Singapore Sim Lim; RX 7800 XT price Philippines PC Express"}, "Sim Lim Square listings: RX 7800 XT from S$699-S$769 ... PC Express PH: RX 7800 XT ₱31,495-₱34,950 ..."),
            A("In Singapore the RX 7800 XT is around **S$699-S$769** at Sim Lim Square (Sapphire Pulse is usually the cheapest). GST is 9% and tourists can claim it back via eTRS if you spend over S$100 in one shop, though as crew you'd need to leave through the airport to use it. Prices at Sim Lim vary, so compare a few shops."),
            U("repeat_narrow", "in pesos po, side by side with cebu"),
            A("Side by side (at ~₱43.5 per SGD):\n\n| | Singapore | Cebu |\n|---|---|---|\n| RX 7800 XT | S$699-769 ≈ **₱30,400-33,450** | **₱31,495-34,950** |\n\nSingapore is only ~₱1,000-1,500 cheaper, and you'd carry it on the ship and lose easy local warranty. Not really worth it."),
            U("followup", "we dock sunday. are the shops even open? near marina bay cruise centre"),
            A("Sim Lim Square is open Sundays, roughly 11am-9pm. From Marina Bay Cruise Centre it's ~20 min by taxi or the Downtown Line to Rochor (5 min walk)."),
            U("acceptance", "ok ill just look around then. thanks"),
        ],
    },
    {
        "date": "2026-08-01", "time": "04:07:30", "title": "Broadcast storm crew mess", "platform": "cli",
        "steps": [
            U("plain", "switch on deck 5 crew mess keeps getting broadcast storms, someone plugs a cheap router in the wall port. how do i stop it"),
            A("The simplest fix is at the people level: put a clear sign above the wall ports saying **\"Do not connect personal routers - IT will disconnect\"**, and have the staff captain mention it at the next crew meeting. You can also physically lock unused ports with RJ45 port blockers."),
            U("reject_approach", "signs wont work lol, crew will still do it. something on the switch side"),
            A("On the switch, enable PortFast on the crew mess access ports so they come up faster and don't trigger topology changes:\n\n```\ninterface range Gi1/0/1 - 24\n spanning-tree portfast\n```"),
            U("instead", "i want the port to shut itself off if it sees a bpdu or a storm. storm-control plus bpduguard"),
            A("```\ninterface range Gi1/0/1 - 24\n spanning-tree portfast\n spanning-tree bpduguard enable\n storm-control broadcast level 1.00\n storm-control action shutdown\n!\nerrdisable recovery cause bpduguard\nerrdisable recovery cause storm-control\nerrdisable recovery interval 600\n```\n\nA router that sends BPDUs or floods broadcasts gets the port err-disabled; it comes back by itself after 10 minutes, so if they keep plugging it in they just keep losing the port."),
            U("acceptance", "yan. thanks kuya"),
        ],
    },
    {
        "date": "2026-08-03", "time": "12:36:48", "title": "ser vs estar and flashcard words", "platform": "telegram",
        "steps": [
            U("plain", "whats the difference ser vs estar, quick"),
            A("**Ser** = what something *is* (identity, origin, profession): *Soy filipino. Soy técnico.*\n**Estar** = how/where something is *right now* (state, location): *Estoy cansado. Estoy en el barco.*"),
            U("followup", "so 'the switch is broken' is which"),
            A("**Estar**: *El switch está roto.* Broken is a state, not what the switch is."),
            U("acceptance", "gets ko na"),
            A("👌"),
            U("new_task", "give me 10 ship words in spanish para sa flashcards"),
            A("Here are some useful ones:\n\n1. **el barco** - the ship. The most general word; *buque* is more formal.\n2. **el camarote** - the cabin. Used for both crew and guest cabins.\n3. **la cubierta** - the deck. *Cubierta 5* = deck 5.\n4. **el puente** - the bridge. Also means a bridge over a river.\n5. **la cocina** - the galley/kitchen. On ships you may hear *galera* too.\n6. **el puerto** - the port.\n7. **la tripulación** - the crew. A crew member is *un tripulante*."),
            U("echo", "10 words po"),
            A("1. el barco - ship\n2. el camarote - cabin\n3. la cubierta - deck\n4. el puente - bridge\n5. la cocina - galley\n6. el puerto - port\n7. la tripulación - crew\n8. el ancla - anchor\n9. el chaleco salvavidas - life jacket\n10. el simulacro - drill"),
            U("acceptance", "nice, simulacro useful every week haha"),
        ],
    },
    {
        "date": "2026-08-05", "time": "17:58:21", "title": "Contract extension email", "platform": "cli",
        "steps": [
            U("plain", "draft an email to crewing in manila asking if i can extend my contract 1 month, so sign off nov instead of oct"),
            A("Subject: Contract extension?\n\nHey guys!\n\nHope all's good over there in Manila! Quick one - any chance I can stretch my contract by a month? So I'd sign off in November instead of October. Let me know what you think!\n\nCheers"),
            U("instead", "make it formal, to Ms. Reyes the crewing manager. i'm the IT officer on the Aurora Star"),
            A("Subject: Request for Contract Extension - IT Officer, MS Aurora Star\n\nDear Ms. Reyes,\n\nGood day. I am writing to respectfully request a one-month extension of my current contract as IT Officer on board the MS Aurora Star. My scheduled sign-off is on 18 October 2026; with the extension, I would sign off in November 2026.\n\nI would be grateful for your consideration and am happy to provide any documents needed.\n\nRespectfully,\n[Your name]\nIT Officer, MS Aurora Star"),
            U("followup", "add the reason: my relief is not confirmed yet and we have the network upgrade in late october, i want to finish it"),
            A("Subject: Request for Contract Extension - IT Officer, MS Aurora Star\n\nDear Ms. Reyes,\n\nGood day. I am writing to respectfully request a one-month extension of my current contract as IT Officer on board the MS Aurora Star. My scheduled sign-off is on 18 October 2026; with the extension, I would sign off in November 2026.\n\nMy relief has not yet been confirmed, and the ship's network upgrade is scheduled for late October. Extending would allow me to complete the upgrade and ensure a proper handover.\n\nI would be grateful for your consideration and am happy to provide any documents needed.\n\nRespectfully,\n[Your name]\nIT Officer, MS Aurora Star"),
            U("acceptance", "sent na. fingers crossed"),
            A("Good luck! Let me know what she says."),
        ],
    },
    {
        "date": "2026-08-06", "time": "21:44:30", "title": "Lifeboat drill notice in Spanish", "platform": "telegram",
        "steps": [
            U("plain", "translate for the galley whiteboard: 'lifeboat drill at 10am, all crew muster at station 4'"),
            A("**\"Simulacro de bote salvavidas a las 10 p. m., toda la tripulación a la estación 4.\"**"),
            U("explicit", "10 AM, not pm. morning drill yan"),
            A("**\"Simulacro de bote salvavidas a las 10 de la mañana. Toda la tripulación a la estación 4.\"**"),
            U("partial", "time ok na pero 'estación 4' sounds off, muster station is 'punto de reunión' diba? ask ko na lang si chef"),
        ],
    },
]
