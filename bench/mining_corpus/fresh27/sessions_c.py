"""Format C sessions (hermes_export_<date>.jsonl, 2-4 sessions per file) for fresh27, by blind author AB."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, rc=0):
    return ("t", name, args, output, rc)


FORMAT_C = {
    "2026-08-07": [
        {
            "time": "01:22:10", "title": "Mac almost full",
            "steps": [
                U("plain", "my mac is almost full, 8GB left. whats eating the space"),
                T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -h | tail -6"}, "2.1G\t/Users/jun/Documents\n3.4G\t/Users/jun/Downloads\n6.8G\t/Users/jun/Pictures\n11G\t/Users/jun/Desktop\n48G\t/Users/jun/Movies\n61G\t/Users/jun/Library"),
                A("Biggest folders in your home:\n\n- `~/Library` - 61G (app caches, iPhone backups, Docker, etc.)\n- `~/Movies` - 48G\n- `~/Desktop` - 11G\n\nThe Movies folder is the easy win. Are those the videos you recorded on the ship, or something you can delete?"),
                U("clarify_answer", "those are the crew party videos, keep. but i can move them to my external drive"),
                A("Plug in the drive and run:\n\n```\nmv ~/Movies/* /Volumes/BACKUP/Movies/\n```\n\nThat frees ~48G in one go."),
                U("reject_approach", "mv is scary, pag na-disconnect yung drive midway sira lahat. copy first then i delete after i check"),
                A("Safer way, copy then verify:\n\n```\n# 1. copy (resumable if interrupted)\nrsync -ah --progress ~/Movies/ /Volumes/BACKUP/Movies/\n# 2. verify - no output means everything matches\nrsync -ahn --checksum ~/Movies/ /Volumes/BACKUP/Movies/ | grep -v '/$'\n```\n\nOpen a few videos from the drive, and only then delete the originals from `~/Movies`. If the drive disconnects, just run step 1 again and it continues where it stopped."),
                U("acceptance", "ok ito gagawin ko mamaya"),
            ],
        },
        {
            "time": "09:47:33", "title": "USD PHP rate today",
            "steps": [
                U("plain", "can you check todays usd to php rate"),
                T("web_search", {"query": "USD to PHP exchange rate today"}, "1 US Dollar equals 58.42 Philippine Peso (mid-market) ... Remitly 58.10 ... Western Union 57.60"),
                A("Mid-market today: **1 USD = 58.42 PHP**. Remitly is giving 58.10, Western Union 57.60."),
                U("followup", "ok if it goes above 59 i'll send bigger. can you watch it for me?"),
                A("I can't watch it in the background while you're offline, but I can check whenever you ask. Want me to save the 59 threshold in my notes so I remind you when you check in?"),
                U("decline_offer", "no need, ill just ask you every payday"),
                A("Okay - just ask me on payday and I'll pull the rate."),
            ],
        },
        {
            "time": "20:15:02", "title": "Thank you for your patience in Spanish",
            "steps": [
                U("plain", "whats 'thank you for your patience' in spanish, for the guest notice about the wifi outage"),
                A("**\"Gracias por tu paciencia.\"**"),
                U("explicit", "tu is informal diba? this is for guests, mali yan for a notice"),
                A("You're right, for guests use *su*. Here's a full notice you can post:\n\n**Aviso a los huéspedes**\n\nDebido a trabajos de mantenimiento en el sistema satelital, el servicio de wifi a bordo no estará disponible hoy entre las 14:00 y las 16:00. Nuestro equipo está trabajando para restablecer la conexión lo antes posible. Si necesita asistencia, comuníquese con la recepción marcando el 0.\n\nGracias por su paciencia y comprensión.\n\nAtentamente,\nDepartamento de TI"),
                U("echo", "just 'thank you for your patience' lang po. the notice is already done in english and the other languages"),
                A("**\"Gracias por su paciencia.\"**"),
                U("acceptance", "salamat, posted na"),
            ],
        },
    ],
    "2026-08-10": [
        {
            "time": "06:05:48", "title": "Backup running configs of 14 switches",
            "steps": [
                U("plain", "how to backup the running-config of all 14 switches to the tftp server, fast"),
                A("On each switch:\n\n```\ncopy running-config tftp://10.10.8.20/DK5-SW1.cfg\n```\n\nPress Enter at the prompts, then repeat on the other 13 switches with their own filename."),
                U("reject_approach", "14 times manual? no. script it from the linux jump host"),
                A("From the jump host, loop over a list of switches and save `show run` over SSH:\n\n```\n#!/bin/bash\n# switches.txt: one hostname or IP per line\nmkdir -p ~/cfg-backup/$(date +%F)\nwhile read -r sw; do\n  ssh -n -o ConnectTimeout=5 itadmin@\"$sw\" 'show running-config' \\\n    > ~/cfg-backup/$(date +%F)/\"$sw\".cfg && echo \"ok  $sw\" || echo \"FAIL $sw\"\ndone < switches.txt\n```\n\nIt asks for the password on each switch unless you have keys set up."),
                U("followup", "switches dont have my key, and i dont want to type the pw 14 times"),
                A("Set up key auth once per switch (IOS 15.x supports it):\n\n```\nip ssh pubkey-chain\n username itadmin\n  key-string\n   <paste your id_rsa.pub, split into lines>\n  exit\n```\n\nIf you can't change the switches yet, `sshpass -f ~/.swpass ssh ...` reads the password from a file (keep it `chmod 600`), if sshpass is already on the jump host. Keys are cleaner though - after that the script runs with zero prompts."),
                U("acceptance", "ok keys it is, i'll push it with the next change window"),
            ],
        },
        {
            "time": "14:30:19", "title": "Monitor arm from Shopee",
            "steps": [
                U("plain", "best monitor arm for 27 inch, cheap, available sa shopee"),
                A("Top monitor arms for a 27\" display:\n\n1. **Ergotron LX** (~$189) - the gold standard, 10-year warranty, very smooth.\n2. **Amazon Basics Premium** (~$120) - an Ergotron clone at a lower price.\n3. **HUANUO Single Arm** (~$40) - good budget pick in the US.\n4. **Humanscale M2.1** (~$300) - premium design, very slim.\n5. **North Bayou F80** (~$25) - gas spring, basic but works.\n\nThe Ergotron LX is the one most reviewers recommend for long-term use."),
                U("repeat_narrow", "cheap and sa shopee PH lang"),
                A("On Shopee PH, cheap and well-reviewed:\n\n- **North Bayou NB F80** - ~₱1,200-1,500, gas spring, up to 9kg\n- **Kaloc DS110** - ~₱900-1,300\n- **Loctek D7A** - ~₱2,000-2,500, sturdier\n\nAll of them clamp to the desk. How thick is your desk top? Clamps usually fit 1-8 cm."),
                U("clarify_answer", "2.5 cm lang, ikea yung desk"),
                A("2.5 cm is fine for any of them. With a thin IKEA top, use the metal plate that comes with the clamp so it doesn't dent the board. I'd get the North Bayou F80."),
                U("acceptance", "ok added to cart. thanks"),
            ],
        },
        {
            "time": "22:41:06", "title": "Vacation after 8-month contract",
            "steps": [
                U("plain", "how many vacation days do i get after an 8 month contract? standard POEA"),
                A("Under the POEA Standard Employment Contract you are entitled to **60 days of paid vacation** after completing an 8-month contract. This is fixed by law for all Filipino seafarers, so your agency has to give you the full 60 days."),
                U("explicit", "hindi yan totoo. vacation leave pay depends sa CBA, not fixed 60 days by law"),
                A("You're right, I overstated that. The POEA SEC doesn't fix a 60-day vacation; leave and leave pay are set by your CBA or employment contract (many ITF-type CBAs give around 2.5-3 days of leave pay per month served). Check the leave clause in your CBA or ask crewing for the exact figure."),
                U("new_task", "ok. separate thing: whats the time difference cebu and barcelona now"),
                A("Right now Barcelona is on summer time (CEST, UTC+2) and Cebu is UTC+8, so **Cebu is 6 hours ahead**. It becomes 7 hours after Europe changes its clocks on October 25."),
                U("acceptance", "ok thanks"),
            ],
        },
    ],
    "2026-08-14": [
        {
            "time": "03:55:27", "title": "Failed SSH logins per IP",
            "steps": [
                U("plain", "give me a one-liner to count failed ssh logins per IP on the jump host today. rhel"),
                A("```\nsudo grep 'Failed password' /var/log/secure | awk '{print $(NF-3)}' | sort | uniq -c | sort -nr | head\n```"),
                U("partial", "counts work pero thats all days in the file, i said today lang"),
                A("Add a date filter first:\n\n```\nsudo grep \"^$(date '+%b %e')\" /var/log/secure | grep 'Failed password' | awk '{print $(NF-3)}' | sort | uniq -c | sort -nr | head\n```\n\n`%e` pads single-digit days with a space, which matches the syslog format."),
                U("acceptance", "nice. 2,300 tries from one ip grabe"),
                A("That's a brute-force attempt. Worth blocking."),
                U("followup", "yeah block it. 185.220.101.4"),
                A("With firewalld:\n\n```\nsudo firewall-cmd --permanent --add-rich-rule='rule family=\"ipv4\" source address=\"185.220.101.4\" drop'\nsudo firewall-cmd --reload\n```\n\nLonger term, the jump host shouldn't accept SSH from the internet at all - only from the ship management VLAN."),
                U("acceptance", "done. will raise the exposure thing sa fleet IT"),
            ],
        },
        {
            "time": "11:12:40", "title": "Spanish number flashcards",
            "steps": [
                U("plain", "make me flashcards for spanish numbers 1-20"),
                A("| # | Spanish |\n|---|---|\n| 1 | uno |\n| 2 | dos |\n| 3 | tres |\n| 4 | cuatro |\n| 5 | cinco |\n| 6 | seis |\n| 7 | siete |\n| 8 | ocho |\n| 9 | nueve |\n| 10 | diez |\n| 11 | once |\n| 12 | doce |\n| 13 | trece |\n| 14 | catorce |\n| 15 | quince |\n| 16 | dieciséis |\n| 17 | diecisiete |\n| 18 | dieciocho |\n| 19 | diecinueve |\n| 20 | veinte |"),
                U("followup", "nice. can you make it one per line front;back, ill import to anki"),
                A("Here's an Anki-ready version:\n\n| Front | Back |\n|---|---|\n| uno | 1 |\n| dos | 2 |\n| tres | 3 |\n| cuatro | 4 |\n| cinco | 5 |\n| ... | ... |\n| veinte | 20 |\n\nIn Anki, choose File > Import and set the field separator."),
                U("echo", "one per line front;back po. like uno;1"),
                A("uno;1\ndos;2\ntres;3\ncuatro;4\ncinco;5\nseis;6\nsiete;7\nocho;8\nnueve;9\ndiez;10\nonce;11\ndoce;12\ntrece;13\ncatorce;14\nquince;15\ndieciséis;16\ndiecisiete;17\ndieciocho;18\ndiecinueve;19\nveinte;20"),
                U("acceptance", "imported, 20 cards. gracias"),
            ],
        },
        {
            "time": "17:29:55", "title": "Uplink errors Gi1/0/48",
            "steps": [
                U("plain", "give me the command to see errors on interface Gi1/0/48, the uplink"),
                A("```\nshow running-config interface Gi1/0/48\n```\n\nThat shows the full config applied to the uplink."),
                U("instead", "thats the config. i want the error counters, like show interfaces counters errors"),
                A("```\nshow interfaces counters errors\n```\n\nLook at the FCS-Err, Align-Err and Rcv-Err columns."),
                U("repeat_narrow", "for Gi1/0/48 lang, ayaw ko ng 52 ports sa screen"),
                A("```\nshow interfaces Gi1/0/48 counters errors\n```"),
                U("followup", "CRC errors 18k and rising. cable or sfp?"),
                A("Rising CRC/FCS errors are physical layer. Check the optic first:\n\n```\nshow interfaces Gi1/0/48 transceiver detail\n```\n\nIf Rx power is near the low threshold, clean the fibre connectors and try again; if it's normal, swap the patch cable, then the SFP. Clear counters (`clear counters Gi1/0/48`) after each step so you can see whether errors still climb."),
                U("acceptance", "rx power -14.8, low nga. cleaning the fibre now"),
            ],
        },
        {
            "time": "21:03:14", "title": "GCash or BDO for nanay",
            "steps": [
                U("plain", "nanay asking if better to receive in gcash or bdo. she uses it for groceries and paying VECO"),
                A("For daily use GCash is more convenient: she can pay VECO directly in the app and use QR at many groceries, and cash-in from remittance is instant. BDO is better for keeping savings. Does she already have a fully verified GCash account? Unverified accounts have low wallet limits."),
                U("clarify_answer", "yes verified na, ate lorna helped her"),
                A("Then my suggestion: send the monthly household money to **GCash** for groceries and VECO, and anything for savings or emergencies to **BDO**. Want me to draft a short message in Bisaya explaining this to her?"),
                U("decline_offer", "no na, i'll call her later na lang"),
                A("Okay. Regards kay nanay!"),
            ],
        },
    ],
}
