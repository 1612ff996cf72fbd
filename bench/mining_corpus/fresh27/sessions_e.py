"""Format E sessions (session_<date>.jsonl event logs) for fresh27, by blind author AB."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, rc=0):
    return ("t", name, args, output, rc)


def D(text, rationale):
    return ("d", text, rationale)


def E(text, context):
    return ("e", text, context)


FORMAT_E = {
    "2026-08-26": {
        "role": "timmy",
        "steps": [
            U("plain", "crew portal showing cert expired warning. lets encrypt. how to renew"),
            D("Answer from general knowledge", "Standard certbot renewal; ask about the challenge type before giving commands"),
            A("Usually `sudo certbot renew` is all it takes, then `sudo systemctl reload nginx`. It only fails if the HTTP-01 challenge can't reach the server. Is port 80 on the portal reachable from the internet, or does the ship firewall block it?"),
            U("clarify_answer", "no, port 80 blocked by the ship firewall, only 443 inbound via starlink"),
            A("Then HTTP-01 will keep failing - switch to the DNS-01 challenge, which proves ownership with a TXT record instead of a web request. Who hosts the DNS for the portal's domain?"),
            U("clarify_answer", "dns is cloudflare"),
            A("Use the Cloudflare DNS plugin:\n\n```\nsudo certbot certonly --dns-cloudflare \\\n  --dns-cloudflare-credentials <(echo \"dns_cloudflare_api_token = $CF_TOKEN\") \\\n  -d portal.aurorastar-crew.net\n```\n\nExport `CF_TOKEN=...` first with a token that can edit DNS for that zone."),
            U("partial", "plugin ok pero dont put the token in the command line, it stays in history and in ps. use the ini file"),
            A("Better, yes:\n\n```\nsudo install -m 600 /dev/null /root/.secrets/cloudflare.ini\nsudo vi /root/.secrets/cloudflare.ini\n# dns_cloudflare_api_token = <token>\n\nsudo certbot certonly --dns-cloudflare \\\n  --dns-cloudflare-credentials /root/.secrets/cloudflare.ini \\\n  -d portal.aurorastar-crew.net\n```\n\nCertbot stores that path in the renewal config, so `certbot renew` keeps working automatically."),
            U("acceptance", "renewed. 90 days ulit. thanks kuya"),
            A("Nice. The certbot timer will handle the next one."),
        ],
    },
    "2026-08-28": {
        "role": "timmy",
        "steps": [
            U("plain", "show me how to set up SSH on a fresh cisco 2960, hostname DK8-SW1, domain aurora.local"),
            A("```\nconf t\nhostname DK8-SW1\nip domain-name aurora.local\nusername itadmin privilege 15 secret <password>\nline vty 0 15\n login local\n transport input telnet ssh\nend\nwr mem\n```"),
            U("partial", "hostname and domain ok, pero ssh not working. no rsa keys yata. and why telnet"),
            A("Yes, SSH needs an RSA key, and drop telnet:\n\n```\nconf t\ncrypto key generate rsa modulus 512\nline vty 0 15\n transport input ssh\nend\nwr mem\n```"),
            U("explicit", "512 is too weak, ssh v2 needs at least 768. i want 2048 and force v2"),
            A("```\nconf t\ncrypto key generate rsa modulus 2048\nip ssh version 2\nline vty 0 15\n login local\n transport input ssh\nend\nwr mem\n```\n\n`show ip ssh` should report \"SSH Enabled - version 2.0\"."),
            U("acceptance", "SSH Enabled - version 2.0. good"),
            A("Nice. Switch is ready."),
        ],
    },
    "2026-08-30": {
        "role": "assistant",
        "steps": [
            U("plain", "quick: 1,200 usd to php at 58.35"),
            D("Use the terminal for the arithmetic", "Avoid mental-math errors on money amounts"),
            T("terminal", {"command": "python3 -c 'print(1200*58.35)'"}, "70020.0"),
            A("1,200 USD × 58.35 = **₱70,020.00**.\n\nThat's a fairly good rate historically. The peso has moved between about 55 and 59 per dollar over the past two years, and analysts expect some volatility around the BSP's next rate decision, so if you're sending a large amount it can make sense to split it into two transfers a week or two apart to average out the rate. Also remember to compare the provider's rate against the mid-market rate, since the spread is where most of the hidden cost is."),
            U("echo", "quick lang po. number lang"),
            A("₱70,020"),
            U("acceptance", "salamat"),
        ],
    },
    "2026-09-01": {
        "role": "timmy",
        "steps": [
            U("plain", "how do i check if my parts list is compatible"),
            A("The easiest way is **PCPartPicker** (pcpartpicker.com): add each part and it flags socket, RAM, PSU wattage and clearance problems automatically, and shows an estimated wattage."),
            U("reject_approach", "ayoko pcpartpicker, US prices and confusing. you check it: ryzen 5 7600, b650m, ddr5 32gb 6000, rx 7800 xt, 750w gold, 4000d airflow"),
            D("Check compatibility by hand from known specs", "Owner rejected the website; all parts are mainstream AM5 parts"),
            A("Checked:\n\n- **CPU ↔ board:** Ryzen 5 7600 is AM5, B650M is AM5 ✅ (any B650 board made after 2023 runs it without a BIOS update)\n- **RAM:** DDR5-6000 is the sweet spot for AM5 ✅ - enable EXPO in BIOS\n- **GPU ↔ case:** 7800 XT is ~267-320mm depending on model; the 4000D fits up to 360mm ✅\n- **Board ↔ case:** micro-ATX fits the 4000D ✅\n- **PSU:** system peaks around 350-400W, 750W Gold is plenty ✅\n\nAll compatible. Want me to save this list in your notes?"),
            U("decline_offer", "no, nasa phone notes ko na"),
            A("Okay. Enjoy the build when you're home!"),
        ],
    },
    "2026-09-03": {
        "role": "assistant",
        "steps": [
            U("plain", "conjugate 'poder' present tense"),
            A("**Poder** (to be able to):\n\n*Present:* puedo, puedes, puede, podemos, podéis, pueden\n*Preterite:* pude, pudiste, pudo, pudimos, pudisteis, pudieron\n*Imperfect:* podía, podías, podía, podíamos, podíais, podían\n*Future:* podré, podrás, podrá, podremos, podréis, podrán\n*Conditional:* podría, podrías, podría, podríamos, podríais, podrían\n*Present subjunctive:* pueda, puedas, pueda, podamos, podáis, puedan\n\nNote the o→ue stem change in the present (except nosotros/vosotros)."),
            U("repeat_narrow", "present lang"),
            A("**Poder - present:**\n- yo **puedo**\n- tú **puedes**\n- él/ella/usted **puede**\n- nosotros **podemos**\n- vosotros **podéis**\n- ellos/ustedes **pueden**\n\nWant me to do the preterite next?"),
            U("decline_offer", "no, present muna. how do i say 'can you restart your laptop' to a crew member, informal"),
            A("**\"¿Puedes reiniciar tu portátil?\"** - in Spain laptop is *portátil*."),
            U("acceptance", "nice, using it tomorrow"),
        ],
    },
    "2026-09-05": {
        "role": "timmy",
        "steps": [
            U("plain", "what day of the week is oct 18 2026"),
            T("terminal", {"command": "date -j -f %Y-%m-%d 2026-10-18 +%A"}, "Sunday"),
            A("October 18, 2026 is a **Sunday**."),
            U("followup", "flight usually day after sign off. put it in my calendar, oct 19 all day"),
            T("terminal", {"command": "osascript -e 'tell application \"Calendar\" to tell calendar \"Home\" to make new event with properties {summary:\"Sign off\", start date:date \"Monday, October 19, 2026 at 00:00\", allday event:true}'"}, "execution error: Calendar got an error: Can't get calendar \"Home\". (-1728)", 1),
            E("osascript: Calendar got an error: Can't get calendar \"Home\". (-1728)", "Adding the Oct 19 event; calendar name guessed wrong"),
            T("terminal", {"command": "osascript -e 'tell application \"Calendar\" to get name of calendars'"}, "Personal, Work, Birthdays"),
            T("terminal", {"command": "osascript -e 'tell application \"Calendar\" to tell calendar \"Personal\" to make new event with properties {summary:\"Sign off\", start date:date \"Monday, October 19, 2026 at 00:00\", allday event:true}'"}, "event id 7D3F-19C2"),
            A("Added an all-day event **\"Sign off\"** on Monday, October 19, 2026 in your Personal calendar."),
            U("instead", "title it 'Flight home BCN-MNL' pls, not sign off. sign off is the 18th"),
            T("terminal", {"command": "osascript -e 'tell application \"Calendar\" to tell calendar \"Personal\" to set summary of (first event whose summary is \"Sign off\") to \"Flight home BCN-MNL\"'"}, ""),
            A("Renamed - Monday, October 19, 2026 now reads **\"Flight home BCN-MNL\"**."),
            U("acceptance", "ok good"),
        ],
    },
    "2026-09-07": {
        "role": "timmy",
        "steps": [
            U("plain", "need to find which process on the pms server is using port 8443. rhel 8 minimal"),
            A("```\nsudo netstat -tulpn | grep 8443\n```\n\nThe last column shows PID/program name."),
            U("reject_approach", "netstat not installed, and no installs on prod. other way"),
            A("Use lsof instead:\n\n```\nsudo lsof -i :8443\n```"),
            U("instead", "lsof wala din, minimal nga. ss meron. use ss"),
            A("```\nsudo ss -tlnp 'sport = :8443'\n```\n\nThe `users:((\"name\",pid=...))` part at the end is the process. `ps -fp <pid>` gives the full command line."),
            U("acceptance", "ayun, java pala, the PMS interface service. thanks"),
        ],
    },
    "2026-09-09": {
        "role": "assistant",
        "steps": [
            U("plain", "help me write a message to ate lorna about the money for nanay's checkup"),
            A("Sure - how much are you sending, and should the message be in English, Tagalog or Bisaya?"),
            U("clarify_answer", "5k php, bisaya, casual"),
            A("\"Ate, nagpadala ako ng ₱5,000 para sa checkup ni Nanay. Pakisamahan mo siya ha, at pakisabi kung magkano lahat. Salamat, Ate!\""),
            U("explicit", "tagalog man na, bisaya akong giingon"),
            A("\"Te, nagpadala ko ug ₱5,000 para sa checkup ni Nanay. Palihug ug kuyog niya ha, ug ingna ko pila tanan. Salamat kaayo, Te!\""),
            U("acceptance", "nindot. salamat kuya"),
        ],
    },
    "2026-09-11": {
        "role": "timmy",
        "steps": [
            U("plain", "write me a port description naming standard for the deck switches, short example"),
            A("**Port Description Naming Standard - MS Aurora Star**\n\n**1. Purpose**\nConsistent interface descriptions make troubleshooting faster and let anyone identify a port's endpoint without a site visit.\n\n**2. Format**\n`<DECK>-<LOCATION>-<DEVICE>-<ID>`\n\n**3. Field definitions**\n- DECK: two-letter prefix DK plus deck number\n- LOCATION: cabin number, room code or area code\n- DEVICE: AP, CAM, POS, PHN, TV, SW (uplink)\n- ID: optional sequence number\n\n**4. Rules**\n- Uppercase only, max 40 characters\n- No spaces; use hyphens\n- Uplinks must name the neighbouring switch\n- Update descriptions during every change\n\n**5. Examples**\n- `DK6-CAB6142-AP`\n- `DK5-MESS-POS-01`\n- `DK7-UPLINK-CORE-SW1`\n\n**6. Compliance**\nDescriptions are audited quarterly by the IT officer."),
            U("echo", "short EXAMPLE lang"),
            A("`<DECK>-<LOCATION>-<DEVICE>`, uppercase, hyphens:\n\n```\ndescription DK6-CAB6142-AP\n```"),
            U("followup", "one AP covers 4 cabins, put the cabin range instead of one cabin"),
            A("```\ndescription cab6140-6143-ap\n```"),
            U("partial", "range ok pero you dropped the DK6 and made it lowercase. same format as before"),
            A("```\ndescription DK6-CAB6140-6143-AP\n```"),
            U("acceptance", "good, pushing to all deck 6 ports"),
        ],
    },
    "2026-09-13": {
        "role": "timmy",
        "steps": [
            U("plain", "games keep lagging on ship wifi, valorant ping 600ms. any fix? laptop lang ako here, gtx 1650"),
            A("Try these:\n\n1. Change your DNS to 1.1.1.1 or 8.8.8.8\n2. Close background downloads and Windows Update\n3. Use a wired connection if your cabin has a port\n4. Pick the closest Valorant server region\n5. Ask IT about QoS for gaming traffic"),
            U("reject_approach", "dns wont fix 600ms, its satellite and i AM the IT haha. forget online, recommend single player games"),
            A("Fair! Great single-player games to play offline:\n\n1. **Cyberpunk 2077** - huge open world, amazing story\n2. **Elden Ring** - challenging, hundreds of hours\n3. **Red Dead Redemption 2** - incredible story\n4. **Baldur's Gate 3** - best RPG in years\n5. **Hades** - fast roguelike\n6. **Hollow Knight** - metroidvania\n7. **Stardew Valley** - relaxing farming\n8. **Disco Elysium** - story-heavy RPG\n9. **The Witcher 3** - classic open-world RPG\n10. **Celeste** - platformer\n11. **Slay the Spire** - card roguelike\n12. **Dead Cells** - action roguelite"),
            U("repeat_narrow", "top 3 lang po that really run on the 1650"),
            A("1. **Hades** - runs at 60+ fps on a 1650, short runs, perfect between shifts\n2. **Hollow Knight** - very light, 60 fps easily\n3. **Stardew Valley** - runs on anything, relaxing after a long day"),
            U("acceptance", "hades na lang. thanks!"),
            A("Good choice - enjoy!"),
        ],
    },
}
