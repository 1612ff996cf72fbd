"""Hand-written sessions for format D (fresh5, author F); the turn tuples of sessions_ab.py."""

from sessions_ab import A, T, U

D1 = "trajectories_2026-07-08.jsonl"
D2 = "trajectories_2026-07-11.jsonl"
D3 = "trajectories_2026-07-14.jsonl"
D4 = "trajectories_2026-07-17.jsonl"
D5 = "trajectories_2026-07-20.jsonl"

SESSIONS_D = [
    # D1 disk space; text before tool calls; reject_approach then tool call then chosen
    dict(fmt="D", file=D1, when="2026-07-06T20:14:33", title="Disk almost full", turns=[
        U("plain", "my mac says the disk is almost full. what's eating it?"),
        A("Let me look at the biggest folders in your home directory."),
        T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -rh | head -5"}, {"output": "96G\t/Users/priya/Library\n71G\t/Users/priya/Pictures\n18G\t/Users/priya/Downloads\n9.4G\t/Users/priya/code\n3.1G\t/Users/priya/Documents", "exit_code": 0}),
        T("terminal", {"command": "du -sh ~/Library/* 2>/dev/null | sort -rh | head -3"}, {"output": "58G\t/Users/priya/Library/Containers\n22G\t/Users/priya/Library/Application Support\n7.9G\t/Users/priya/Library/Caches", "exit_code": 0}),
        A("Your Library folder (96 GB) and Pictures (71 GB) are the biggest users of space. Here are some ways to free up room:\n\n1. **Empty the Bin** and clear your Downloads folder.\n2. **Optimise Photos** - turn on 'Optimise Mac Storage' in Photos settings so originals live in iCloud.\n3. **Clear caches** - ~/Library/Caches is 7.9 GB and can be safely emptied.\n4. **Use a cleaning tool** - apps like CleanMyMac X or DaisyDisk can find large and duplicate files and clean up system junk automatically.\n5. **Check Storage settings** - System Settings > General > Storage has recommendations.\n\nRegular maintenance like this will keep your Mac running smoothly."),
        U("reject_approach", "I'm not installing a cleaner app. what's in Containers that takes 58G?"),
        T("terminal", {"command": "du -sh ~/Library/Containers/* 2>/dev/null | sort -rh | head -3"}, {"output": "41G\t/Users/priya/Library/Containers/com.docker.docker\n6.2G\t/Users/priya/Library/Containers/com.apple.mail\n2.8G\t/Users/priya/Library/Containers/com.tinyspeck.slackmacgap", "exit_code": 0}),
        A("41 GB of it is Docker Desktop's disk image. `docker system prune -a` removes stopped containers, unused images and build cache; to stop it growing back, lower the disk limit in Docker Desktop > Settings > Resources."),
        U("acceptance", "pruned it, got 30G back. thanks"),
    ]),
    # D2 vegan dessert; clarify, decline offer with a question
    dict(fmt="D", file=D1, when="2026-07-07T11:48:05", title="Vegan dessert for eight", turns=[
        U("plain", "need a vegan dessert for 8 people that I can make the day before"),
        A("Any other dietary needs among the eight - gluten, nuts?"),
        U("clarify_answer", "one of them is gluten free too, nuts are fine"),
        A("Dark chocolate mousse (vegan and gluten free), serves 8:\n\n1. Melt 200 g dairy-free dark chocolate (70%) and let it cool slightly.\n2. Whisk the liquid from two 400 g tins of chickpeas (aquafaba, about 240 ml) with 1/2 tsp cream of tartar to stiff peaks, then whisk in 60 g caster sugar a spoon at a time.\n3. Fold the chocolate into the foam in three goes, gently.\n4. Spoon into 8 glasses and chill overnight.\n5. Before serving, top with raspberries and chopped toasted hazelnuts.\n\nIt keeps 2 days in the fridge. Want a shopping list?"),
        U("decline_offer", "no, I've got everything already except the aquafaba - is that just the water from the chickpea tin?"),
        A("Yes, just the liquid from the tins; save the chickpeas for hummus."),
        U("acceptance", "easy, thanks"),
    ]),
    # D3 MySQL rename; echo
    dict(fmt="D", file=D1, when="2026-07-07T15:31:47", title="Rename a column", turns=[
        U("plain", "mysql 8: rename column fname to first_name in table users without losing data. one statement"),
        A("```sql\nALTER TABLE users ADD COLUMN first_name VARCHAR(100);\nUPDATE users SET first_name = fname;\nALTER TABLE users DROP COLUMN fname;\n```\nThis adds the new column, copies the data across, and then removes the old column. Wrap it in a transaction if you can, and take a backup first."),
        U("echo", "one statement"),
        A("```sql\nALTER TABLE users RENAME COLUMN fname TO first_name;\n```"),
        U("acceptance", "ty"),
    ]),
    # D4 salary negotiation; explicit then partial (second)
    dict(fmt="D", file=D2, when="2026-07-09T13:02:18", title="Salary negotiation email", turns=[
        U("plain", "they've offered me 42k for the marketing role and I was hoping for 46k. can you draft a reply to negotiate? I really want this job so nothing pushy"),
        A("Hi Sarah,\n\nThank you so much for the offer - I'm really excited about the role and the team. I wanted to be transparent that I'm currently considering another offer at a higher salary. I'd much prefer to join you, so I wondered whether there's flexibility to bring the salary closer to that level?\n\nBest wishes,\nJo"),
        U("explicit", "I don't have another offer!! please don't make things up. just explain why I'm worth more"),
        A("Hi Sarah,\n\nThank you very much for the offer. Having thought carefully about the responsibilities of the role - running paid social end to end, managing the agency relationship and reporting to the board - and given my four years of campaign experience, I would like to ask whether you could offer a salary of 50,000.\n\nI'm very keen to join and hope we can agree on this.\n\nBest wishes,\nJo"),
        U("partial", "better, no fake offer now - but it says 50,000? I said 46"),
        A("Hi Sarah,\n\nThank you very much for the offer - I'm really excited about the role. Given the scope (running paid social end to end and managing the agency relationship) and my four years of campaign experience, I wondered whether there's room to bring the salary to 46,000.\n\nI'm keen to join either way and happy to talk it through.\n\nBest wishes,\nJo"),
        U("acceptance", "sent it \U0001f91e"),
    ]),
    # D5 garlic; clarify answer, followup
    dict(fmt="D", file=D2, when="2026-07-10T09:40:51", title="Planting garlic", turns=[
        U("plain", "when should I plant garlic?"),
        A("It depends on where you are and what kind you're planting. Which country or region, and is it seed garlic or bulbs from the shop?"),
        U("clarify_answer", "Scotland. just normal supermarket garlic"),
        A("In Scotland, plant in October or November so the cloves get the cold spell they need to split into bulbs. Supermarket garlic is often grown in warm climates and may not bulb up well there, so seed garlic bred for the UK (for example 'Solent Wight', or a hardneck like 'Lautrec Wight') from a garden centre is worth the extra cost."),
        U("followup", "ok, I'll get proper seed garlic. how deep and how far apart?"),
        A("Pointy end up, with the tip about 2.5 cm below the surface; 15 cm apart in rows 30 cm apart."),
        U("acceptance", "great"),
    ]),
    # D6 Excel lookup; clarify, reject_approach, followup with "instead"
    dict(fmt="D", file=D2, when="2026-07-10T16:27:12", title="Price lookup", turns=[
        U("plain", "Excel: sheet Prices has SKU in column A and price in B. In sheet Orders the SKU is in column C. I need the price pulled into D."),
        A("Which version of Excel are you on?"),
        U("clarify_answer", "365"),
        A("Here's a VBA macro that fills in the prices for you:\n\n```vba\nSub FillPrices()\n    Dim ws As Worksheet, p As Worksheet, r As Long, f As Range\n    Set ws = Sheets(\"Orders\"): Set p = Sheets(\"Prices\")\n    For r = 2 To ws.Cells(ws.Rows.Count, \"C\").End(xlUp).Row\n        Set f = p.Columns(\"A\").Find(ws.Cells(r, \"C\").Value, LookAt:=xlWhole)\n        If Not f Is Nothing Then ws.Cells(r, \"D\").Value = f.Offset(0, 1).Value\n    Next r\nEnd Sub\n```\n\nPress Alt+F11, insert a module, paste this in, and run it with F5."),
        U("reject_approach", "A formula, not a macro. The file is shared and macros are blocked here."),
        A("In D2: `=XLOOKUP(C2, Prices!A:A, Prices!B:B, \"not found\")` and fill down."),
        U("followup", "Works. How do I make it show a blank instead of 'not found'?"),
        A("Replace the last argument with an empty string: `=XLOOKUP(C2, Prices!A:A, Prices!B:B, \"\")`."),
        U("acceptance", "Perfect, thanks."),
    ]),
    # D7 smart switch; reject_approach
    dict(fmt="D", file=D3, when="2026-07-12T12:18:39", title="Smart switch without neutral", turns=[
        U("plain", "want to fit a smart light switch but there's no neutral at the switch box (UK). what are my options?"),
        A("The proper solution is to add a neutral to the switch box. Turn off the lighting circuit, then run a length of 1.0 mm twin and earth from the ceiling rose down to the switch. You'll need to chase a channel into the plaster with a chasing tool or an angle grinder, fit the cable in oval conduit, and make good with bonding plaster and a skim. Connect the new neutral at the ceiling rose to the neutral bank, then wire your smart switch as per the manufacturer's instructions. As this is notifiable work in some situations, you may need a Part P registered electrician to certify it."),
        U("reject_approach", "not chasing walls, it's a rented flat. something that works without a neutral"),
        A("Two options that leave the walls alone:\n\n1. A **no-neutral smart switch or module** (for example a Shelly Dimmer behind the existing switch, or a LightwaveRF no-neutral dimmer). It draws a trickle through the bulbs; with low-wattage LEDs you may need the small bypass that fits at the light to stop flicker.\n2. **No wiring at all:** smart bulbs plus a battery smart switch that sticks on the wall next to (or over) the old one; leave the old switch on.\n\nIn a rental, option 2 is the easiest to undo when you move."),
        U("acceptance", "the bulbs + stick-on switch route sounds right for a rental. cheers"),
    ]),
    # D8 Canada eTA; decline offer with "instead"
    dict(fmt="D", file=D3, when="2026-07-13T10:55:27", title="Visiting Canada", turns=[
        U("plain", "I am a British citizen flying to Toronto next month to visit my sister. What do I need to arrange before I travel?"),
        A("An eTA (Electronic Travel Authorization). You apply online on the Government of Canada website; it costs CAD 7, is usually approved within minutes, and is linked to your passport for five years or until the passport expires. Avoid unofficial sites that charge more for the same thing. Would you like me to find you the link?"),
        U("decline_offer", "No thank you, I shall find it. Would I need it if I were driving in from the United States instead?"),
        A("No - the eTA is only needed when you arrive by air. Crossing by land, your passport is enough for Canada (the US has its own entry requirements for the part before that)."),
        U("acceptance", "Splendid, that's very helpful."),
    ]),
    # D9 Skyrim mods; explicit
    dict(fmt="D", file=D3, when="2026-07-13T22:36:14", title="Skyrim mods on a weak PC", turns=[
        U("plain", "skyrim SE: I want nicer water, trees and lighting but my pc is a potato (gtx 1650). what mods"),
        A("For the best-looking Skyrim, here's a popular setup:\n\n- **ENB:** Rudy ENB or NAT.ENB for cinematic lighting and weather.\n- **Textures:** Skyland AIO and Noble Skyrim 4K for landscapes and architecture.\n- **Trees:** Happy Little Trees with the 3D LOD option.\n- **Grass:** Folkvangr or Cathedral Landscapes with a dense grass cache.\n- **Water:** Water for ENB.\n\nUse Mod Organizer 2 and LOOT to manage your load order."),
        U("explicit", "ENB and 4K textures on a 1650?? that'll run at 10fps lol. lightweight stuff"),
        A("Light on a 1650:\n\n- **Water:** Realistic Water Two (pick the 1K textures option).\n- **Trees:** Enhanced Vanilla Trees - better shapes, small fps cost.\n- **Lighting/weather:** Obsidian Weathers and Seasons (no ENB needed) plus Enhanced Lights and FX for interiors.\n\nSkip ENB entirely; if you want more punch, a ReShade preset with just colour/LUT adjustments costs almost nothing."),
        U("acceptance", "sick, installing now"),
    ]),
    # D10 letter before action; explicit then instead (second)
    dict(fmt="D", file=D4, when="2026-07-15T09:14:50", title="Letter before action", turns=[
        U("plain", "A builder took a 1,200 pound deposit for a patio in March and never turned up. Draft a letter before action - I'm in England."),
        A("DEMAND LETTER\n\nDear Mr Pike,\n\nThis letter constitutes formal demand for the return of $1,200, which I paid to you as a deposit for a patio. You have failed to perform the agreed work. If I do not receive the full amount within 10 days, I will instruct my attorney to file suit against you in small claims court, where I will also seek punitive damages and attorney's fees.\n\nSincerely,"),
        U("explicit", "This reads American - dollars, 'attorney', punitive damages. It's England."),
        A("Dear Mr Pike,\n\nLetter before action: return of deposit of 1,200 pounds\n\nOn 4 March 2026 I paid you a deposit of 1,200 pounds to lay a patio at 22 Orchard Lane. You have not started the work or replied to my messages.\n\nPlease refund the 1,200 pounds within 7 days of the date of this letter. If I do not receive it, I will issue a claim in the County Court without further notice, and I will also claim interest and court fees.\n\nYours sincerely,\nRuth Adeyemi"),
        U("instead", "give him 14 days rather than 7 - I'd like to look reasonable if it does go to court"),
        A("Dear Mr Pike,\n\nLetter before action: return of deposit of 1,200 pounds\n\nOn 4 March 2026 I paid you a deposit of 1,200 pounds to lay a patio at 22 Orchard Lane. You have not started the work or replied to my messages.\n\nPlease refund the 1,200 pounds within 14 days of the date of this letter. If I do not receive it, I will issue a claim in the County Court without further notice, and I will also claim interest and court fees.\n\nYours sincerely,\nRuth Adeyemi"),
        U("acceptance", "Good, printing it now."),
    ]),
    # D11 volcano; voice dictation; ends on echo with no retry
    dict(fmt="D", file=D4, when="2026-07-16T19:48:22", title="Erupting volcano project", turns=[
        U("plain", "my daughter needs a volcano for a science project that actually erupts and it's due tomorrow morning we've got bicarbonate of soda and vinegar and washing up liquid what do we do"),
        A("1. Put a small plastic bottle or jar in the middle of a tray and build the volcano round it (playdough, foil, or papier mache if you have time - foil and paint is fine overnight).\n2. Put 2 heaped tablespoons of bicarbonate of soda and a good squirt of washing-up liquid in the bottle.\n3. When it's eruption time, pour in about half a cup of vinegar and stand back.\n\nThe washing-up liquid makes it foam up and pour down the sides instead of fizzing out."),
        U("followup", "okay it works but the lava's kind of clear and boring can we make it red we have no food colouring"),
        A("Add 5-6 drops of red food colouring to the vinegar before you pour it in, and the foam will come out bright red."),
        U("echo", "like I said we don't have any food colouring is there anything else from a kitchen that would work"),
    ]),
    # D12 memory + repeat_narrow
    dict(fmt="D", file=D4, when="2026-07-17T08:03:36", title="NAS address", turns=[
        U("plain", "remember: nas is 192.168.1.20, printer .50, router admin at 192.168.1.1"),
        T("memory", {"action": "add", "target": "memory", "content": "Home network: NAS 192.168.1.20, printer 192.168.1.50, router admin page 192.168.1.1."}, {"success": True, "target": "memory", "entries": 6}),
        A("Saved: NAS 192.168.1.20, printer 192.168.1.50, router admin 192.168.1.1."),
        U("new_task", "how do i ssh into the nas"),
        A("To SSH into a NAS, you first need to enable the SSH service in its admin interface. On Synology, go to Control Panel > Terminal & SNMP and tick 'Enable SSH service'; on QNAP it's Control Panel > Network & File Services > Telnet/SSH. Then, from a terminal on your Mac, run:\n\n`ssh <username>@<NAS_IP>`\n\nReplace `<username>` with an administrator account on the NAS and `<NAS_IP>` with the NAS's address on your network. The first time you connect you'll be asked to confirm the host key fingerprint; type yes. For convenience, you can set up key-based authentication with ssh-copy-id so you don't need to type your password each time."),
        U("repeat_narrow", "the actual command, with its ip"),
        A("`ssh admin@192.168.1.20` (swap admin for your NAS user if it's different)."),
        U("acceptance", "in. thx"),
    ]),
    # D13 circle of fifths; explicit then partial (second)
    dict(fmt="D", file=D5, when="2026-07-18T21:20:09", title="Circle of fifths for a drummer", turns=[
        U("plain", "explain the circle of fifths like I'm a drummer who's never learned any harmony. short"),
        A("The circle of fifths arranges the twelve pitch classes of the chromatic scale in a sequence of perfect fifths, each spanning seven semitones, with a frequency ratio of approximately 3:2. Historically derived from Pythagorean tuning, in which stacking pure fifths never quite returns to the starting pitch (the Pythagorean comma), the circle closes only in twelve-tone equal temperament, where enharmonic equivalence allows F# and Gb to be treated as the same pitch. Moving clockwise adds a sharp to the key signature; moving anticlockwise adds a flat. Adjacent keys share six of their seven diatonic pitches, making them closely related for modulation, and the circle also illustrates the dominant-tonic relationship central to functional harmony."),
        U("explicit", "that wasn't short and you lost me at 'enharmonic'"),
        A("It's a clock of the 12 keys. Each step clockwise is a fifth up, and each key's dominant sits one step clockwise of its tonic. Neighbouring keys share most of their notes, so songs move easily between them."),
        U("partial", "getting there. drop words like tonic and dominant though, plain english"),
        A("Think of it as a clock with the 12 keys on it. Keys next to each other on the clock use almost the same notes, so they sound like close relatives - that's why songs often drift to a neighbouring key and why the chords a song uses usually sit close together on the clock. The further apart two keys are, the more different they sound."),
        U("acceptance", "ok THAT I get. nice"),
    ]),
    # D14 back stretches; echo, decline offer with "but"
    dict(fmt="D", file=D5, when="2026-07-19T10:33:41", title="Office back routine", turns=[
        U("plain", "desk job, lower back is stiff by 3pm every day. give me a 5 minute routine I can do in the office without lying on the floor"),
        A("Here's a 5-minute routine:\n\n1. **Knee-to-chest** (1 min): lie on your back and hug one knee, then the other.\n2. **Cat-cow** (1 min): on hands and knees, alternate arching and rounding your back.\n3. **Child's pose** (1 min): kneel, sit back on your heels and reach forward.\n4. **Glute bridge** (1 min): lie on your back and lift your hips.\n5. **Standing hamstring stretch** (1 min): heel on a low step, lean forward."),
        U("echo", "without lying on the floor - it's an open plan office"),
        A("All standing or seated:\n\n1. **Standing back extension** (1 min): hands on hips, lean back gently, 10 slow reps.\n2. **Seated twist** (1 min): sit tall, hold the back of the chair and turn, 30 s each way.\n3. **Seated figure-four** (1 min): ankle on the opposite knee, lean forward, 30 s each side.\n4. **Hip flexor stretch** (1 min): one foot forward in a small lunge, squeeze the back glute, 30 s each side.\n5. **Walk** (1 min): a lap of the office or the stairs.\n\nWant me to set a 3pm reminder?"),
        U("decline_offer", "no, I'll stick one on my phone. but thanks!"),
        A("Sounds good."),
    ]),
    # D15 running paces; followup, new task, repeat_narrow
    dict(fmt="D", file=D5, when="2026-07-19T18:02:55", title="Running pace and 10k goal", turns=[
        U("plain", "my 5k time is 27:30. what's that per mile?"),
        A("8:51 per mile."),
        U("followup", "and per km?"),
        A("5:30 per km."),
        U("new_task", "what's a realistic 10k goal if I train for 8 weeks"),
        A("Setting a realistic 10k goal depends on many factors, including your training history, weekly mileage, age, sleep, nutrition and the course profile. A common approach is to use a race-equivalency calculator such as Riegel's formula, T2 = T1 x (D2/D1)^1.06, which predicts performance over a longer distance from a recent race. Keep in mind that these calculators assume you've done appropriate training for the longer distance, and that heat, wind and hills can add minutes. Over eight weeks, it's reasonable to build your weekly volume by about 10% per week, include one longer run, one tempo session and some strides, and taper in the final week."),
        U("repeat_narrow", "a time, please"),
        A("About 57 minutes as a safe target; with eight good weeks, sub-56 (5:35 per km) is realistic."),
        U("acceptance", "sub 56 it is"),
    ]),
    # D16 backup script; clarify, echo
    dict(fmt="D", file=D5, when="2026-07-20T07:44:18", title="Nightly backup script", turns=[
        U("plain", "write a short bash script that backs up ~/Documents to my external drive every night"),
        A("What's the drive called under /Volumes, and is it always plugged in?"),
        U("clarify_answer", "/Volumes/Backup, it's always plugged in"),
        A("```python\nimport shutil, schedule, time\nfrom pathlib import Path\n\nSRC = Path.home() / \"Documents\"\nDST = Path(\"/Volumes/Backup/Documents\")\n\ndef backup():\n    shutil.copytree(SRC, DST, dirs_exist_ok=True)\n\nschedule.every().day.at(\"02:00\").do(backup)\nwhile True:\n    schedule.run_pending()\n    time.sleep(60)\n```\n\nInstall the dependency with `pip install schedule` and leave the script running in the background."),
        U("echo", "bash, I said. no python for this"),
        A("```bash\n#!/bin/bash\n# ~/bin/backup-docs.sh\n[ -d /Volumes/Backup ] || exit 0\nrsync -a --delete ~/Documents/ /Volumes/Backup/Documents/\n```\n\n`chmod +x ~/bin/backup-docs.sh`, then add this with `crontab -e` to run it at 2am:\n\n`0 2 * * * $HOME/bin/backup-docs.sh`"),
        U("acceptance", "added it, thanks"),
    ]),
]
