"""Format D sessions (trajectories_<date>.jsonl, 2-4 conversations per file) for fresh27, by blind author AB."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, rc=0):
    return ("t", name, args, output, rc)


FORMAT_D = {
    "2026-08-17": [
        {
            "time": "02:40:12", "title": "Add VLAN 50 to trunk",
            "steps": [
                U("plain", "adding vlan 50 for the new guest iptv. trunk Gi1/0/49 between core and deck 7 switch currently allows 10,20,30,40. how to add 50 without breaking anything"),
                A("On the core switch:\n\n```\ninterface Gi1/0/49\n switchport trunk allowed vlan 50\n```\n\nThen `show interfaces trunk` to confirm VLAN 50 is allowed and forwarding."),
                U("explicit", "wait that would replace the whole list diba? that'll kill 10-40 on deck 7"),
                A("Yes, that command overwrites the list - sorry, that would have cut deck 7 off. Use `add`:\n\n```\ninterface Gi1/0/49\n switchport trunk allowed vlan add 50\n```\n\nAfterwards `show interfaces trunk` should list 10,20,30,40,50."),
                U("acceptance", "yup add. muntik na haha"),
                A("Classic trap. Always `add`."),
                U("new_task", "now the deck 7 side. uplink there is Gi1/0/1, also needs 50 allowed, and the iptv boxes go on Gi1/0/10-20 as access"),
                A("On the deck 7 switch:\n\n```\ninterface Gi1/0/1\n switchport trunk allowed vlan add 50\n!\ninterface range Gi1/0/10 - 20\n switchport mode access\n switchport access vlan 50\n spanning-tree portfast\n```"),
                U("partial", "trunk and ports ok. pero vlan 50 doesnt exist pa on that switch, you skipped creating it. ports say inactive"),
                A("Right, the VLAN has to exist in the switch's database first:\n\n```\nvlan 50\n name GUEST_IPTV\n```\n\nThe ports go active as soon as it's created. `show vlan brief` should now show VLAN 50 with Gi1/0/10-20 in it."),
                U("acceptance", "active na lahat. iptv working"),
            ],
        },
        {
            "time": "10:18:55", "title": "Exact peso amount with fee",
            "steps": [
                U("plain", "compute: i want nanay to receive exactly 40,000 php. rate on remitly is 58.10, fee 3.99. how much usd do i send"),
                T("terminal", {"command": "python3 -c 'print(round(40000/58.10, 2))'"}, "688.47"),
                A("Send **$688.47**. At 58.10 that converts to ₱40,000."),
                U("partial", "ok 688.47 converts right pero the fee is on top diba? how much total will it charge me"),
                T("terminal", {"command": "python3 -c 'print(round(40000/58.10 + 3.99, 2))'"}, "692.46"),
                A("Total charged to you: **$692.46** ($688.47 sent + $3.99 fee). Nanay receives ₱40,000."),
                U("new_task", "salamat. next: ate lorna's tuition 18,500 php due aug 30, same rate same fee"),
                T("terminal", {"command": "python3 -c 'a=18500/58.10; print(round(a,2), round(a+3.99,2))'"}, "318.42 322.41"),
                A("Send **$318.42**, total charged **$322.41** with the fee. She receives ₱18,500. Send it a few days before the 30th to be safe."),
                U("acceptance", "ok both sent"),
            ],
        },
        {
            "time": "19:33:07", "title": "Spanish roleplay wifi complaint",
            "steps": [
                U("plain", "i want to practice spanish convo. you be a guest complaining about wifi, i'll answer as IT"),
                A("¡Claro! Here's a sample dialogue:\n\n**Huésped:** Buenas tardes. El wifi de mi camarote no funciona.\n**IT:** Buenas tardes. ¿Cuál es su número de camarote?\n**Huésped:** Es el 8142.\n**IT:** Voy a revisar la conexión. Por favor, reinicie su teléfono.\n**Huésped:** Ya funciona, ¡gracias!\n\nTry reading the IT lines out loud."),
                U("instead", "ikaw lang yung guest, i'll type my answers myself. one line at a time"),
                A("**Huésped:** Buenas tardes. El wifi de mi camarote no funciona desde esta mañana. ¿Puede ayudarme?"),
                U("plain", "Buenas tardes. Sí, claro. ¿Cuál es su número de camarote?"),
                A("**Huésped:** Es el camarote 8142, en la cubierta 8. Mi esposa también tiene problemas con su tableta.\n\n(Nice - *número de camarote* is perfect. Your turn: what do you ask next?)"),
                U("acceptance", "ok enough for today, gracias profe"),
                A("¡Muy bien! Hasta la próxima."),
            ],
        },
    ],
    "2026-08-20": [
        {
            "time": "04:12:31", "title": "nginx auto restart",
            "steps": [
                U("plain", "the crew portal nginx died again overnight. want it to auto-restart if it crashes"),
                A("Add a watchdog to root's crontab (`sudo crontab -e`):\n\n```\n* * * * * pgrep -x nginx >/dev/null || systemctl start nginx\n```\n\nEvery minute it checks for nginx and starts it if it's gone."),
                U("reject_approach", "cron every minute? hacky. systemd can do this diba"),
                A("Yes. Edit the unit file:\n\n```\nsudo vi /usr/lib/systemd/system/nginx.service\n```\n\nUnder `[Service]` add:\n\n```\nRestart=on-failure\nRestartSec=5s\n```\n\nThen `sudo systemctl daemon-reload`."),
                U("reject_approach", "dont edit the file in /usr/lib, it gets overwritten on yum update. override dapat"),
                A("Right, use a drop-in override:\n\n```\nsudo systemctl edit nginx\n```\n\nIn the editor put:\n\n```\n[Service]\nRestart=on-failure\nRestartSec=5s\n```\n\nSave, then `sudo systemctl daemon-reload && sudo systemctl restart nginx`. It lands in `/etc/systemd/system/nginx.service.d/override.conf`, which updates never touch."),
                U("acceptance", "ok applied. tested kill -9, bumalik in 5 sec"),
            ],
        },
        {
            "time": "12:47:09", "title": "32 or 64GB RAM",
            "steps": [
                U("plain", "should i get 32gb or 64gb ram for gaming + some video editing of my ship vlogs"),
                A("Depends on the editing. What editor do you use, and what resolution are the vlogs?"),
                U("clarify_answer", "davinci resolve, 4k from my phone"),
                A("DaVinci Resolve with 4K phone footage is fairly demanding. 32GB handles most 1080p and light 4K timelines, while 64GB gives more room for Fusion effects, noise reduction and long timelines. Phone footage is usually HEVC, which leans on the GPU more than RAM. Games rarely use more than 16GB, so for gaming alone 32GB is plenty, but editors always appreciate more memory, and 64GB kits have come down in price. Both are reasonable choices depending on how heavy your projects get."),
                U("repeat_narrow", "so 32 or 64? one answer"),
                A("**32GB** (2×16GB DDR5-6000). Short 4K phone vlogs in Resolve run fine on it, and you can add another 2×16 later if you ever need to."),
                U("acceptance", "32 it is"),
            ],
        },
        {
            "time": "20:02:44", "title": "SSH only from mgmt subnet",
            "steps": [
                U("plain", "convert this to cisco: allow only ssh from 10.10.8.0/24 to the switch vty lines"),
                A("```\nip access-list extended MGMT-SSH\n permit tcp 10.10.8.0 0.0.0.255 any eq 22\n deny ip any any\n!\ninterface Vlan10\n ip access-group MGMT-SSH in\n```"),
                U("echo", "to the VTY lines po"),
                A("For the VTY lines it's `access-class`, not an interface ACL:\n\n```\nip access-list standard MGMT-SSH\n permit 10.10.8.0 0.0.0.255\n!\nline vty 0 15\n access-class MGMT-SSH in\n```"),
                U("followup", "also set transport input ssh only"),
                A("```\nline vty 0 15\n access-class MGMT-SSH in\n transport input ssh\n```\n\nWant me to add a login banner as well?"),
                U("decline_offer", "nah, not needed sa internal switch"),
                A("Okay, you're set."),
            ],
        },
    ],
    "2026-08-24": [
        {
            "time": "05:30:18", "title": "Sign-off day checklist",
            "steps": [
                U("plain", "make me a checklist for sign off day: handover, passport, seamans book, etc. short"),
                A("**Sign-off checklist**\n\n**A week before**\n1. Confirm flight with crewing\n2. Confirm relief's arrival\n3. Request final wage statement\n4. Return library books\n5. Settle crew bar account\n6. Cancel onboard wifi plan\n\n**Documents**\n7. Passport\n8. Seaman's book\n9. SIRB\n10. Contract copy\n11. Medical certificate\n12. Visa (Schengen if flying via Europe)\n13. Letter of guarantee\n\n**IT handover**\n14. Write handover notes\n15. Update network diagrams\n16. Transfer admin passwords\n17. Open tickets list\n18. Walk-through with relief\n\n**Cabin**\n19. Pack\n20. Return keycard\n21. Return uniforms\n22. Cabin inspection\n\n**Day of**\n23. Sign off with the master\n24. Collect passport from purser\n25. Immigration\n26. Transfer to airport\n27. Pasalubong check\n28. Charge phone\n29. Message nanay\n30. Relax!"),
                U("echo", "SHORT nga"),
                A("**Sign-off checklist**\n1. Passport (from purser)\n2. Seaman's book / SIRB\n3. Contract copy + wage statement\n4. Settle crew bar account\n5. Return keycard + uniforms\n6. Cabin inspection\n7. Sign off with the master\n8. Flight + transfer confirmed"),
                U("partial", "better pero nawala yung handover. thats the most important for IT"),
                A("**Sign-off checklist**\n1. IT handover: notes, admin passwords, open tickets, walk-through with relief\n2. Passport (from purser)\n3. Seaman's book / SIRB\n4. Contract copy + wage statement\n5. Settle crew bar account\n6. Return keycard + uniforms\n7. Sign off with the master\n8. Flight + transfer confirmed"),
                U("acceptance", "perfect, printing this"),
            ],
        },
        {
            "time": "13:15:40", "title": "Remitly weekend timing",
            "steps": [
                U("plain", "whats the cutoff for remitly to gcash on a sunday? nanay needs it for monday"),
                T("web_search", {"query": "Remitly GCash delivery time weekend"}, "Remitly Express to GCash: funds typically available within minutes, 24/7 including weekends and holidays. Economy: 3-5 business days."),
                A("No cutoff for Express to GCash - it usually lands within minutes, including Sundays. Only Economy waits for business days. Want me to note to send Saturday nights from now on, just to be safe?"),
                U("decline_offer", "nah, minutes is ok. sending now"),
                A("👍 It should be in her GCash before she even sees your message."),
                U("new_task", "also how do i find the reference number in the remitly app, she might ask"),
                A("In the app: tap **Activity** at the bottom, open the transfer, and the **reference number** is under the transfer details (starts with a letter-number code). You can screenshot that page for her."),
                U("acceptance", "found it. salamat kuya"),
            ],
        },
        {
            "time": "18:44:03", "title": "Explain chmod to junior",
            "steps": [
                U("plain", "what does 'chmod 640' mean in simple words, explaining to the new junior IT"),
                A("`chmod 640` sets the mode bits to octal 0640. Each octal digit encodes three bits (r=4, w=2, x=1) for the user, group and other classes respectively, so 6 = 110b (rw-), 4 = 100b (r--), 0 = 000b (---). The resulting symbolic mode is `-rw-r-----`. The setuid/setgid/sticky bits (the leading 0) are cleared. Note the effective access is also subject to ACLs, the umask at creation time and the directory's execute bit for traversal."),
                U("explicit", "too technical, hes new. simpler pls"),
                A("`chmod 640 file` means:\n- **Owner** can read and change it\n- **Group** can only read it\n- **Everyone else** can't touch it\n\nGood for config files with passwords in them."),
                U("acceptance", "ayan, he gets it"),
                A("Nice!"),
                U("new_task", "make him a cheat sheet of the common ones"),
                A("The most common ones are 755, which gives the owner full access and lets everyone else read and run the file, so it's used for scripts and folders; 644, where the owner can edit and everyone else can only read, used for normal files; 600, owner only, which is what you want for SSH private keys; 640, owner edits and the group reads, good for configs; and 700, where only the owner can read, write or enter, typical for private folders like ~/.ssh."),
                U("instead", "make it a table: number, who can do what, example"),
                A("| Number | Who can do what | Example |\n|---|---|---|\n| 755 | Owner: everything. Others: read + run | scripts, folders |\n| 644 | Owner: read + edit. Others: read | normal files |\n| 640 | Owner: read + edit. Group: read. Others: nothing | config files |\n| 600 | Owner: read + edit. Others: nothing | SSH private keys |\n| 700 | Owner: everything. Others: nothing | ~/.ssh folder |"),
                U("acceptance", "printed and taped sa wall ng IT office haha"),
            ],
        },
        {
            "time": "22:09:51", "title": "ordenador or computadora",
            "steps": [
                U("plain", "how do you pronounce 'ordenador' vs 'computadora' and which one should i use with the spanish crew"),
                A("**Ordenador**: or-de-na-DOR (stress on the last syllable, the r at the end is a light tap).\n**Computadora**: kom-pu-ta-DO-ra (stress on DO, and the single r is also a tap).\n\nBoth words mean computer. Spanish vowels are short and pure, a bit like Tagalog vowels, so you'll find them easy."),
                U("repeat_narrow", "which one should i use po, theyre mostly from spain"),
                A("**Ordenador** - that's what people in Spain say. *Computadora* is Latin American; they'll understand it, but ordenador sounds natural to them."),
                U("acceptance", "ok ordenador. gracias"),
                A("¡De nada!"),
                U("new_task", "how do i say 'restart the router'"),
                A("**\"Reinicia el router.\"** (to a crewmate) - for a guest: *\"Reinicie el router.\"*"),
                U("acceptance", "sige, saved"),
            ],
        },
    ],
}
