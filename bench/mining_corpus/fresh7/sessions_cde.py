"""Hand-written sessions for formats C (hermes export), D (trajectories) and E (event log), author H.

Steps as in sessions_ab, plus two event kinds that only format E writes out:
  ("d", decision, rationale)   a decision line
  ("e", error, context)        an error line
"""

from sessions_ab import A, T, U


def DEC(decision, rationale):
    return ("d", decision, rationale)


def ERR(error, context):
    return ("e", error, context)


# ---------------------------------------------------------------- format C
# one file per key, sessions in order (2-4 per file)
FORMAT_C = {
    "2026-06-03": [
        # C1.1 Excel: echo correction, retry accepted by a follow-up
        {
            "time": "09:14:20", "title": "Each sheet to its own PDF",
            "steps": [
                U("plain", "I need a macro that saves every worksheet in the workbook as its own PDF, named after the sheet, in the same folder as the workbook."),
                A("```vba\nSub SaveAsPDF()\n    ActiveWorkbook.ExportAsFixedFormat Type:=xlTypePDF, _\n        Filename:=ActiveWorkbook.Path & \"\\\" & \"Workbook.pdf\", _\n        Quality:=xlQualityStandard, OpenAfterPublish:=False\nEnd Sub\n```\n\nThis exports the workbook to PDF in the same folder as the file."),
                U("echo", "That makes one PDF of the whole workbook. I asked for every worksheet as its own PDF, named after the sheet."),
                A("```vba\nSub EachSheetToPDF()\n    Dim ws As Worksheet\n    For Each ws In ThisWorkbook.Worksheets\n        ws.ExportAsFixedFormat Type:=xlTypePDF, _\n            Filename:=ThisWorkbook.Path & Application.PathSeparator & ws.Name & \".pdf\", _\n            OpenAfterPublish:=False\n    Next ws\nEnd Sub\n```"),
                U("followup", "Works. Can it skip hidden sheets?"),
                A("Wrap the export in `If ws.Visible = xlSheetVisible Then ... End If` inside the loop."),
                U("acceptance", "Perfect."),
                A("Good."),
            ],
        },
        # C1.2 cat: "instead" correction (medical first), follow-up
        {
            "time": "13:02:45", "title": "Cat peeing beside the tray",
            "steps": [
                U("plain", "my cat has started peeing next to the litter tray instead of in it. she's 9. what's going on"),
                A("Peeing just outside the tray is usually about the tray or about stress. Things to check:\n\n- **Cleanliness**: scoop at least daily; many cats refuse a dirty tray.\n- **Litter**: a change of brand or scent can put them off.\n- **Location**: trays near noisy appliances or food bowls, or in busy corridors, are often avoided.\n- **Stress**: a new pet, new baby, building work, or a cat outside the window.\n- **Number of trays**: the rule is one per cat plus one.\n\nA Feliway diffuser near the tray can help with stress, and cleaning the spot with an enzyme cleaner (not bleach or ammonia) stops her returning to the smell."),
                U("instead", "Sorry, could you put the medical stuff first? She's 9, I'd rather rule out things like a UTI or kidneys before I start buying diffusers."),
                A("Sensible. At nine, the usual medical causes are:\n\n- **Cystitis or a urinary infection**: frequent small wees, straining, sometimes blood.\n- **Kidney disease**: drinking and weeing more than usual.\n- **Diabetes**: the same signs, plus weight loss.\n- **Arthritis**: she may find it painful to step over a high-sided tray, so she goes next to it.\n\nBook the vet and take a fresh urine sample if you can (they'll give you non-absorbent litter for it)."),
                U("followup", "Arthritis hadn't occurred to me, the tray does have quite high sides. Would a low tray be worth trying while I wait for the appointment?"),
                A("Yes. A cheap under-bed storage box or a seed tray with one side cut down works well. Put it right where she's been going."),
                U("acceptance", "Great, will do tonight. Thanks."),
                A("Hope the vet finds it's something simple."),
            ],
        },
        # C1.3 chess club blitz: explicit correction; follow-up with "not"; clarifying answer
        {
            "time": "18:40:11", "title": "Blitz night format",
            "steps": [
                U("plain", "running a blitz night at the chess club, 10 players, 2 hours. what format?"),
                A("A 9-round Swiss at 5+3 is ideal: everyone plays nine games, there are no eliminations, and with ten players nobody sits out. At 5+3 a game lasts at most around 16 minutes, so nine rounds fits your evening."),
                U("explicit", "9 rounds of 5+3 won't fit in 2 hours, you've not counted the time between rounds at all"),
                A("You're right. Nine rounds of up to 16 minutes plus changeovers is nearly three hours. Better: **7 rounds of 3+2**. A 3+2 game rarely runs past 10 minutes; with 4-5 minutes for results and pairings, that's about 15 minutes a round, or 105 minutes in total, leaving a little slack for a late start and the prize-giving."),
                U("followup", "ok and what do I use for pairings, I'm not doing it by hand"),
                A("Will you have a laptop at the venue, or would you rather run it from a phone?"),
                U("clarify_answer", "laptop, windows"),
                A("Vega (free for Windows) does Swiss pairings, tiebreaks and a results table you can print or show on a screen. Enter the ten players before the night, and in each round you type the results and press pair."),
                U("acceptance", "grand, downloading it now"),
                A("Enjoy the night."),
            ],
        },
        # C1.4 astrophotography: reject_approach, then partial second correction, accepted
        {
            "time": "22:55:36", "title": "Milky Way on a phone",
            "steps": [
                U("plain", "how do i photograph the milky way with my phone (pixel 7)"),
                A("For really good Milky Way shots you'll want a proper camera setup:\n\n1. A DSLR or mirrorless body with a full-frame sensor\n2. A fast wide-angle lens, 14-24 mm at f/2.8 or faster\n3. A sturdy tripod\n4. A star tracker (such as a Sky-Watcher Star Adventurer) to allow exposures of several minutes without trailing\n\nThen shoot at ISO 3200, f/2.8 and 20 seconds, and stack 10-20 frames in Sequator or DeepSkyStacker."),
                U("reject_approach", "i don't have a dslr and i'm not buying one, it has to be the phone"),
                A("Fair enough. On the Pixel 7 use Night Sight: open the camera, swipe to Night Sight, point it at the Milky Way and hold the phone as still as you can for the three or four seconds it takes. Tap on a bright star to focus first."),
                U("partial", "night sight yeah, but handheld?? it'll just be a blur, the whole point is the long exposure. how do i get astro mode to kick in"),
                A("Astrophotography mode only switches on when the phone is completely still. Put it on a small tripod, or wedge it against a rock or a bag, in Night Sight. After a few seconds the moon icon appears and the shutter shows a timer of up to 4 minutes. Turn on a 3-second self-timer so tapping the button doesn't shake it. Go on a clear night near new moon, somewhere dark, and let your eyes adjust while it runs."),
                U("acceptance", "it worked!! got the core over the field behind my nan's house 🌌"),
                A("That's a great first result."),
            ],
        },
    ],
    "2026-06-09": [
        # C2.1 arts grant: tool call; acceptance; new task; partial correction
        {
            "time": "10:21:07", "title": "Arts Council budget total",
            "tools": ["terminal"],
            "steps": [
                U("plain", "Our Arts Council project budget lines are: artist fees £6,400, venue hire £1,150, materials £820, marketing £600, access costs £450, plus 5% contingency. What's the total we ask for?"),
                T("terminal", {"command": "python3 -c \"s=6400+1150+820+600+450; print(s, round(s*0.05,2), round(s*1.05,2))\""}, "9420 471.0 9891.0"),
                A("£9,891: the lines add up to £9,420, and 5% contingency is £471."),
                U("acceptance", "Thank you, that matches my sheet."),
                A("Good."),
                U("new_task", "Separately, could you draft two sentences for the 'access costs' justification? It covers BSL interpretation for two performances and making one of them a relaxed performance."),
                A("The £450 access budget pays for a qualified BSL interpreter at two of our performances, so that Deaf audience members can enjoy the full show. This ensures our work is open to everyone in the community."),
                U("partial", "The BSL sentence is good but the relaxed performance has gone missing."),
                A("The £450 access budget pays for a qualified BSL interpreter at two of our performances, so that Deaf audience members can follow the full show. It also covers the adjustments for one relaxed performance (softened lighting and sound, a chill-out space and a pre-visit guide) for neurodivergent audiences, families with young children and anyone who finds a conventional theatre setting difficult."),
                U("acceptance", "That's it, thank you."),
                A("Good luck with the bid."),
            ],
        },
        # C2.2 moving to Toronto: decline of an offer plus a new request; that reply is corrected
        {
            "time": "15:33:50", "title": "Ship or sell before Toronto",
            "steps": [
                U("plain", "Moving from Dublin to Toronto in March. Is it cheaper to ship our stuff or sell it and rebuy? 2-bed flat worth of furniture."),
                A("For a two-bed flat, a shared container (groupage) from Dublin to Toronto typically costs somewhere in the region of €4,000-€7,000 door to door, plus insurance, and takes 6-10 weeks. Standard flat-pack furniture rarely justifies that: selling it for what you can and rebuying in Toronto (IKEA, Facebook Marketplace) usually comes out cheaper, especially for bulky items. Shipping makes sense for good-quality or sentimental furniture, for artwork, and for items that are expensive in Canada. Would you like me to put together a rough cost comparison?"),
                U("decline_offer", "No thanks, we'll sell most of it. Can you list what's usually worth shipping anyway?"),
                A("Usually worth shipping:\n\n- Solid-wood or antique furniture and anything sentimental\n- Artwork, books and photo albums\n- Good kitchen equipment: knives, cast iron, a stand mixer\n- Your washing machine and fridge-freezer, if they're under five years old\n- Bikes and sports equipment\n- Good-quality bedding and rugs\n- Tools"),
                U("explicit", "The washing machine? Irish appliances are 230V, they won't work over there. Take those out, and anything else with a plug."),
                A("Revised list:\n\n- Solid-wood or antique furniture and anything sentimental\n- Artwork, books and photo albums\n- Good kitchen equipment without a plug: knives, cast iron, pans\n- Bikes and sports equipment\n- Good-quality bedding and rugs\n- Hand tools\n\nSell the electricals in Dublin; Canada runs on 120 V at 60 Hz, so anything with a plug would need a transformer."),
                U("acceptance", "Grand, that's the list."),
                A("Good luck with the move."),
            ],
        },
        # C2.3 Pi logging script: reject_approach, explicit second correction, session ends (both null)
        {
            "time": "21:08:02", "title": "BME280 to CSV",
            "steps": [
                U("plain", "write a python script for the pi that reads the bme280 every 5 min and appends to ~/weather.csv. i already have the bme280 lib for smbus2 installed"),
                A("```python\nimport csv, time\nfrom pathlib import Path\nimport smbus2, bme280\n\nbus = smbus2.SMBus(1)\ncal = bme280.load_calibration_params(bus, 0x76)\nout = Path.home() / \"weather.csv\"\n\nwhile True:\n    d = bme280.sample(bus, 0x76, cal)\n    with out.open(\"a\", newline=\"\") as f:\n        csv.writer(f).writerow([d.timestamp.isoformat(), round(d.temperature, 2), round(d.pressure, 2), round(d.humidity, 2)])\n    time.sleep(300)\n```\n\nRun it with `nohup python3 weather.py &` so it keeps going after you log out."),
                U("reject_approach", "don't want a forever loop, i'll run it from cron. one reading per run"),
                A("```python\nimport csv\nfrom pathlib import Path\nimport smbus2, bme280\n\nbus = smbus2.SMBus(1)\ncal = bme280.load_calibration_params(bus, 0x76)\nd = bme280.sample(bus, 0x76, cal)\nout = Path.home() / \"weather.csv\"\nwith out.open(\"a\", newline=\"\") as f:\n    w = csv.writer(f)\n    w.writerow([\"time\", \"temp_c\", \"pressure_hpa\", \"humidity\"])\n    w.writerow([d.timestamp.isoformat(), round(d.temperature, 2), round(d.pressure, 2), round(d.humidity, 2)])\n```\n\nCrontab line:\n\n`*/5 * * * * python3 weather.py`"),
                U("explicit", "cron won't find weather.py like that, and it writes the header row every single time"),
            ],
        },
    ],
    "2026-06-15": [
        # C3.1 knitting gauge: explicit correction; new task; acceptance
        {
            "time": "08:30:44", "title": "Gauge too loose",
            "steps": [
                U("plain", "my gauge swatch is 20 sts over 10cm but pattern wants 22. what do I do"),
                A("Go up a needle size, for example from 4 mm to 4.5 mm, and knit another swatch. Changing needle size is the standard fix for gauge."),
                U("explicit", "up? I've got too few stitches, surely I go down"),
                A("Yes, sorry, I had it backwards. Fewer stitches per 10 cm means your stitches are too big, so go **down** a size (4 mm to 3.5 mm) and swatch again. Two stitches out is quite a lot, so you may need to go down a full millimetre."),
                U("acceptance", "thought so. cheers"),
                A("Happy knitting."),
                U("new_task", "also how do I block a swatch properly, I never bother"),
                A("Wash it the way you'll wash the garment (lukewarm water and a little wool wash), soak for 20 minutes, squeeze it gently in a towel, pat it flat to shape without stretching, and let it dry completely. Then measure the middle, not the edges."),
                U("acceptance", "ok"),
                A("Measure over the full 10 cm, not 2.5."),
            ],
        },
        # C3.2 Scottish landlord: echo correction; follow-up
        {
            "time": "12:14:09", "title": "Returning a deposit in Glasgow",
            "steps": [
                U("plain", "I'm a landlord in Glasgow. My tenant leaves on the 30th. How long do I have to return the deposit and what can I deduct?"),
                A("Once the tenancy ends you should agree any deductions with the tenant and return the deposit within 10 days of that agreement. Your deposit will be held in one of the three schemes (the DPS, mydeposits or TDS). You can deduct for damage beyond fair wear and tear, unpaid rent, and cleaning if the property isn't as clean as at check-in, and the check-in inventory is your key evidence."),
                U("echo", "I said Glasgow. Scottish rules please."),
                A("Sorry. In Scotland the deposit must be in one of the three Scottish schemes: SafeDeposits Scotland, mydeposits Scotland or Letting Protection Service Scotland. After the tenancy ends you apply to your scheme for repayment, stating how much goes to the tenant and how much to you. The tenant is asked to agree; if they don't, either of you can use the scheme's free dispute resolution. Allowable deductions are the same in principle: damage beyond fair wear and tear, unpaid rent and cleaning, backed by the check-in inventory and photos."),
                U("followup", "If he disputes it, how long does adjudication take?"),
                A("Usually a few weeks once both sides have sent in their evidence; the schemes aim for a decision within about a month. The undisputed part is paid out straight away."),
                U("acceptance", "Fine, thanks."),
                A("You're welcome."),
            ],
        },
        # C3.3 podcast show notes: decline of an offer; follow-up beginning with "actually"
        {
            "time": "16:47:31", "title": "Show notes ep 43",
            "steps": [
                U("plain", "can you write show notes for ep 43? guest: Dr Ama Owusu, topic: why urban foxes are thriving, runtime 41 min. chapters at 0:00 intro, 4:30 how foxes moved into cities, 18:10 diet, 29:45 myths, 38:00 wrap"),
                A("**Episode 43: Why urban foxes are thriving, with Dr Ama Owusu**\n\nFoxes have become some of the most successful city dwellers in Britain. Dr Ama Owusu joins us to explain how they got here, what they really eat, and which of the stories about them are true.\n\n**Chapters**\n0:00 Intro\n4:30 How foxes moved into our cities\n18:10 What urban foxes actually eat\n29:45 Myths: are foxes dangerous?\n38:00 Wrap-up\n\nRuntime: 41 minutes.\n\nWant me to write a tweet thread to promote it as well?"),
                U("decline_offer", "no, we've given up on twitter 😅 these are great tho"),
                A("Fair enough."),
                U("followup", "actually could you add a line at the bottom with her book title? it's 'The Fox Next Door'"),
                A("Added at the end:\n\n📖 Ama's book *The Fox Next Door* is out now."),
                U("acceptance", "🦊👌"),
                A("Enjoy the release."),
            ],
        },
        # C3.4 car hire fuel policy: non-native owner; "instead" correction; acceptance
        {
            "time": "20:05:58", "title": "Full-to-empty fuel policy",
            "steps": [
                U("plain", "I rent car in Malaga next week. They offer 'full to empty' fuel policy for 85 euro. Is good deal?"),
                A("Fuel policies are one of the most confusing parts of renting a car in Spain. With **full to empty**, you pay up front for a full tank at the rental company's price, plus usually a service charge, and you return the car as empty as you like, with no refund for unused fuel. With **full to full**, you collect the car full and return it full, paying only for what you use at normal pump prices. **Same to same** works similarly. Full to empty can be good value if you drive a lot and return the car nearly empty, but many travellers return it with fuel left, effectively giving it away, and the price per litre is often higher than at the pump. Budget airlines' partner companies at Málaga airport commonly use this policy to keep headline prices low."),
                U("instead", "I don't need all the theory. Please just say yes or no for my case: 5 days, maybe 300 km driving."),
                A("No. 300 km is about 20-25 litres, roughly €35-€40 at the pump. Choose full to full and fill up at a station near the airport before you return it."),
                U("acceptance", "OK, full to full. Thank you!"),
                A("Have a good trip."),
            ],
        },
    ],
    "2026-06-21": [
        # C4.1 stats homework: reject_approach; follow-up containing "instead"
        {
            "time": "19:36:12", "title": "Standard deviation by hand",
            "steps": [
                U("plain", "can you explain how to calculate standard deviation? exam is tomorrow and we're not allowed the stats mode on the calculator"),
                A("In Excel, put your numbers in A1:A10 and use `=STDEV.S(A1:A10)` for a sample or `=STDEV.P(A1:A10)` for a population. In Python:\n\n```python\nimport statistics\nstatistics.stdev([4, 8, 6, 5, 3, 7])\n```\n\nBoth give 1.87 for that example."),
                U("reject_approach", "no, by HAND. no excel, no python, it's a pen and paper exam"),
                A("With 4, 8, 6, 5, 3, 7:\n\n1. Mean: add them (33) and divide by how many (6): 5.5.\n2. Subtract the mean from each: -1.5, 2.5, 0.5, -0.5, -2.5, 1.5.\n3. Square those: 2.25, 6.25, 0.25, 0.25, 6.25, 2.25.\n4. Add the squares: 17.5.\n5. Divide by n − 1 (5) for a sample: 3.5. That's the variance.\n6. Square root: √3.5 ≈ 1.87.\n\nLay it out in a table with columns x, x − mean, (x − mean)², so you don't lose marks for method."),
                U("followup", "ok and if the question says population do i divide by n instead of n-1"),
                A("Yes: for a population divide by n (6 here), giving 17.5 / 6 = 2.92 and a standard deviation of about 1.71."),
                U("acceptance", "ok i get it now thanks"),
                A("Good luck tomorrow."),
            ],
        },
        # C4.2 dinosaur cake: clarifying question and answer; partial correction
        {
            "time": "21:12:27", "title": "First ever birthday cake",
            "steps": [
                U("plain", "need to make a dinosaur cake for saturday, never baked a cake in my life. easiest way?"),
                A("How many people does it need to feed, and what baking tins have you got?"),
                U("clarify_answer", "about 15. no tins at all, just a big roasting tray"),
                A("A traybake in the roasting tray:\n\n1. Lightly grease and line the tray with baking paper.\n2. Make a double batch of all-in-one sponge (the recipe on the back of most self-raising flour bags), spread it out and bake at 170 °C fan for 25-30 minutes.\n3. When it's cold, print a dinosaur outline the size of the tray, lay it on top and cut around it with a sharp knife.\n4. Cover with green buttercream and use chocolate buttons for the scales."),
                U("partial", "the traybake bit is fine but cutting a dinosaur shape out sounds way beyond me, is there a way with no carving"),
                A("Keep it rectangular and make it a dinosaur landscape: cover the whole traybake with green buttercream, scatter crushed chocolate biscuits for mud and a few green sweets for bushes, then stand three or four clean plastic dinosaurs on top. It looks great and there's nothing to cut until you serve it."),
                U("acceptance", "ha yes thats doable. cheers"),
                A("Have a great party."),
            ],
        },
        # C4.3 Wonderwall: repeat_narrow, then partial second correction, accepted
        {
            "time": "23:01:40", "title": "Wonderwall strumming",
            "steps": [
                U("plain", "what's a simple strumming pattern for Wonderwall"),
                A("\"Wonderwall\" is played with a capo on the 2nd fret, using four chord shapes: Em7 (022033), G (320033), Dsus4 (xx0233) and A7sus4 (x02033). Keeping the ring and little fingers anchored on the 3rd fret of the B and high E strings makes the changes easy and gives the song its droning sound. The chords go Em7, G, Dsus4, A7sus4 through the verse, with Cadd9 appearing in the pre-chorus and chorus. The strumming is continuous sixteenth notes with accents, so keep your hand moving down and up all the time, hitting the strings on some strokes and missing on others. Noel Gallagher plays it with a fairly heavy pick and lots of energy."),
                U("repeat_narrow", "just the strumming pattern"),
                A("D D U U D U, once per chord."),
                U("partial", "that's the basic one yeah but the song has that little skip in it, where does the gap go"),
                A("Count it in sixteenths: 1 e & a 2 e & a 3 e & a 4 e & a. The pattern is D (1), D (&), U (a), then miss the down on 2 and hit U (e), D (&), U (a), and the same for beats 3 and 4. The skip is that missed down-strum on beat 2; keep your hand moving through it, just don't hit the strings."),
                U("acceptance", "yeah thats it"),
                A("Nice."),
            ],
        },
    ],
}


# ---------------------------------------------------------------- format D
FORMAT_D = {
    "2026-06-05": [
        # D1.1 photo renaming: tool failure, reject_approach, tool retry, acceptance
        {
            "time": "10:05:31",
            "steps": [
                U("plain", "rename all the jpgs in ~/Pictures/holiday to the date they were taken, like 2026-05-14_1032.jpg"),
                T("terminal", {"command": "exiftool -d '%Y-%m-%d_%H%M%%-c.%%e' '-FileName<DateTimeOriginal' ~/Pictures/holiday/*.jpg"}, "zsh: command not found: exiftool", 127),
                A("exiftool isn't installed, and it's by far the best tool for this. Install it with Homebrew:\n\n`brew install exiftool`\n\nThen I can run:\n\n`exiftool -d '%Y-%m-%d_%H%M%%-c.%%e' '-FileName<DateTimeOriginal' ~/Pictures/holiday/*.jpg`\n\nwhich renames every photo to its capture date, adds -1, -2 and so on if two were taken in the same minute, and leaves files without EXIF dates alone. Homebrew itself takes a few minutes to install if you don't have it yet."),
                U("reject_approach", "don't want to install anything. use what's already on the mac"),
                T("terminal", {"command": "cd ~/Pictures/holiday && for f in *.jpg; do d=$(mdls -raw -name kMDItemContentCreationDate \"$f\" | cut -c1-16 | tr -d ':' | tr ' ' '_'); n=\"$d.jpg\"; i=1; while [ -e \"$n\" ]; do i=$((i+1)); n=\"$d-$i.jpg\"; done; mv -n \"$f\" \"$n\"; done; ls | head -4; ls | wc -l"}, "2026-05-14_1032.jpg\n2026-05-14_1047.jpg\n2026-05-14_1047-2.jpg\n2026-05-14_1115.jpg\n     212"),
                A("Done with the built-in `mdls` (Spotlight metadata): all 212 photos renamed, e.g. 2026-05-14_1032.jpg. Two taken in the same minute got a -2 suffix."),
                U("acceptance", "good"),
                A("They'll now sort by date in Finder."),
            ],
        },
        # D1.2 ISS pass: tool call; "instead" correction (UTC vs local)
        {
            "time": "18:44:02",
            "steps": [
                U("plain", "when's the next visible ISS pass over Edinburgh?"),
                T("terminal", {"command": "python3 ~/astro/iss_passes.py --lat 55.95 --lon -3.19 --visible --count 1"}, "rise 2026-06-07T22:41:10Z NW  max 63deg 22:44:20Z  set 2026-06-07T22:47:30Z SE  mag -3.4"),
                A("Next visible pass: Sunday 7 June, rising in the north-west at 22:41, highest (63°) at 22:44, setting in the south-east at 22:47. Magnitude -3.4, so very bright."),
                U("instead", "that's UTC isn't it? give me it in UK time"),
                A("Yes, sorry. In BST: rises in the north-west at 23:41, highest at 23:44, gone in the south-east by 23:47, Sunday 7 June."),
                U("acceptance", "cheers, will be up"),
                A("Clear skies."),
            ],
        },
        # D1.3 aquarium stocking: declining an offer; follow-up; no correction
        {
            "time": "20:19:50",
            "steps": [
                U("plain", "tested my tank 🐟 ammonia 0, nitrite 0, nitrate 20. is that ok for adding fish?"),
                A("Yes, that's a cycled tank: zero ammonia and nitrite, with nitrate showing the bacteria are doing their job. Add fish a few at a time so the bacteria can keep up. Want me to suggest a stocking plan for your tank size?"),
                U("decline_offer", "no thanks I already know what I'm getting 🙂 just 6 harlequin rasboras to start"),
                A("Good choice; they're hardy and like to be in a group."),
                U("followup", "should I drip acclimate them or just float the bag"),
                A("Floating is fine for rasboras: float the bag for 15 minutes to match temperature, add a little tank water every 5 minutes for another 15, then net them into the tank and bin the shop water."),
                U("acceptance", "ty!!"),
                A("Enjoy them."),
            ],
        },
    ],
    "2026-06-11": [
        # D2.1 disk space: tool calls; echo correction; follow-up with tool call
        {
            "time": "08:12:36",
            "steps": [
                U("plain", "what's eating my disk space? just show me the top 5 folders in my home dir"),
                T("terminal", {"command": "du -sh ~/* 2>/dev/null | sort -rh | head -5"}, "41G\t/Users/dana/Library\n18G\t/Users/dana/Movies\n9.6G\t/Users/dana/Pictures\n6.2G\t/Users/dana/Downloads\n2.1G\t/Users/dana/Documents"),
                A("Here's a full picture of where your space is going and what you can do about it:\n\n1. **Library, 41G**: caches, app support files, Mail and Messages attachments, iOS backups and Xcode data. This is often the biggest opportunity.\n2. **Movies, 18G**: video projects and exports; iMovie libraries can be very large.\n3. **Pictures, 9.6G**: mostly the Photos library. Consider enabling \"Optimise Mac Storage\" in iCloud Photos.\n4. **Downloads, 6.2G**: usually safe to clear out old installers and DMGs.\n5. **Documents, 2.1G**: fine.\n\nOther tips: empty the Bin, check System Settings > General > Storage for recommendations, remove old iOS backups in Finder, clear Xcode's DerivedData, use `brew cleanup` if you use Homebrew, and look for large files with `find ~ -size +1G`. Tools like GrandPerspective or DaisyDisk can visualise it."),
                U("echo", "I said just the top 5 folders."),
                A("41G Library\n18G Movies\n9.6G Pictures\n6.2G Downloads\n2.1G Documents"),
                U("followup", "what's in Library that's 41G"),
                T("terminal", {"command": "du -sh ~/Library/* 2>/dev/null | sort -rh | head -5"}, "17G\t/Users/dana/Library/Developer\n9.8G\t/Users/dana/Library/Containers\n5.1G\t/Users/dana/Library/Application Support\n3.3G\t/Users/dana/Library/Caches\n2.2G\t/Users/dana/Library/Messages"),
                A("17G Developer (that's Xcode: simulators and DerivedData), 9.8G Containers, 5.1G Application Support, 3.3G Caches, 2.2G Messages."),
                U("acceptance", "ok, will clear the Xcode stuff"),
                A("`xcrun simctl delete unavailable` and deleting ~/Library/Developer/Xcode/DerivedData are both safe."),
            ],
        },
        # D2.2 puppy: non-native owner; acceptance; new task; reject_approach
        {
            "time": "12:50:14",
            "steps": [
                U("plain", "My puppy is 10 weeks, labrador. How many times per day she should eat?"),
                A("Four small meals a day until about 12 weeks, then three until 6 months, then two. Use the amounts on the puppy food bag for her age and expected adult weight."),
                U("acceptance", "Thank you, is clear."),
                A("You're welcome."),
                U("new_task", "Another question: she bites the hands all the time when we play. It is normal? How to stop?"),
                A("Yes, it's normal: puppies explore with their mouths and it peaks at around 8-16 weeks. To stop it quickly, when she bites, hold her muzzle closed gently for a couple of seconds and say \"No\" firmly, or tap her on the nose. Some owners push a thumb under the tongue so biting becomes unpleasant. Be consistent, and make sure everyone in the family does the same thing."),
                U("reject_approach", "Our trainer says never to hold the mouth or tap the nose. Something gentle please."),
                A("Of course. Gentle methods:\n\n1. Keep a toy in your hand when you play, and offer it every time she goes for your hand.\n2. If she bites skin anyway, say \"ouch\" calmly, stop playing and turn away for 10-20 seconds.\n3. Make sure she sleeps enough (puppies need 18-20 hours); overtired puppies bite more.\n4. Give her chews to work on, like a frozen carrot or a stuffed Kong."),
                U("acceptance", "OK we try with the toy. Merci!"),
                A("Bon courage!"),
            ],
        },
        # D2.3 bank CSV script: tool calls; explicit; partial second; session ends on the correction
        {
            "time": "21:31:58",
            "steps": [
                U("plain", "my script ~/bin/monthly.py sums the Amount column of bank.csv and prints a total per month but the totals are off by a lot. can you check"),
                T("terminal", {"command": "cat ~/bin/monthly.py; head -3 ~/bank.csv"}, "import collections\ntotals = collections.defaultdict(float)\nfor line in open('/Users/dana/bank.csv').readlines()[1:]:\n    date, desc, amount = line.strip().split(',')[:3]\n    totals[date[3:10]] += float(amount.strip('\"'))\nfor m, t in sorted(totals.items()):\n    print(m, round(t, 2))\n---\nDate,Description,Amount\n01/05/2026,\"TESCO STORES 2231\",\"12.40\"\n03/05/2026,\"RENT MAY\",\"1,234.50\""),
                A("Found it: amounts over 999 are written as \"1,234.50\", and `split(',')` cuts them in half, so you only add the \"1\". Use the csv module, which respects the quotes:\n\n```python\nimport csv\n\ntotal = 0.0\nwith open('/Users/dana/bank.csv', newline='') as f:\n    for row in csv.DictReader(f):\n        total += float(row['Amount'])\nprint(round(total, 2))\n```"),
                U("explicit", "ValueError: could not convert string to float: '1,234.50'"),
                A("The comma is still inside the number after csv parses it. Strip it first:\n\n```python\nimport csv\n\ntotal = 0.0\nwith open('/Users/dana/bank.csv', newline='') as f:\n    for row in csv.DictReader(f):\n        total += float(row['Amount'].replace(',', ''))\nprint(round(total, 2))\n```"),
                U("partial", "ok that runs, but you've thrown away the per-month totals the script printed before, I only wanted the bug fixed"),
            ],
        },
    ],
    "2026-06-18": [
        # D3.1 surnames: repeat_narrow; retry accepted by declining an offer; new task
        {
            "time": "09:45:03",
            "steps": [
                U("plain", "give me 5 surnames for a family of Yorkshire farmers in the 1920s, nothing too twee"),
                A("1. **Hebblethwaite**: from a place name near Sedbergh, meaning \"the clearing by the plank bridge\"; very West Riding.\n2. **Ackroyd**: Old English *āc* (oak) and *rod* (clearing), found around Halifax and Bradford since the 1300s.\n3. **Sutcliffe**: \"south cliff\", a Calder Valley name; think of Herbert Sutcliffe, the Yorkshire opener.\n4. **Bairstow**: from a lost place near Halifax; common among West Riding farming families.\n5. **Holroyd**: \"hollow clearing\", again from the Pennine side of the county.\n\nAll five are rooted in the landscape, which suits a farming family, and none would sound out of place in a 1920s parish register."),
                U("repeat_narrow", "just the five names, no history lesson"),
                A("Hebblethwaite, Ackroyd, Sutcliffe, Bairstow, Holroyd. Want first names to go with them?"),
                U("decline_offer", "no, I've got the first names. Ackroyd it is."),
                A("Good choice."),
                U("new_task", "What would they have called the evening meal, tea or supper?"),
                A("Tea. The midday meal was dinner; supper, if they had it, was a small bite before bed."),
                U("acceptance", "Thought so, thanks."),
                A("Enjoy the writing."),
            ],
        },
        # D3.2 SD card: tool call; reject_approach (no dd); acceptance
        {
            "time": "14:22:47",
            "steps": [
                U("plain", "need to reflash the sd card for the weather pi. it's in the mac's card reader now"),
                T("terminal", {"command": "diskutil list external physical"}, "/dev/disk4 (external, physical):\n   #:                       TYPE NAME                    SIZE       IDENTIFIER\n   0:     FDisk_partition_scheme                        *31.9 GB    disk4\n   1:             Windows_FAT_32 bootfs                  536.9 MB   disk4s1\n   2:                      Linux                         31.4 GB    disk4s2"),
                A("The card is /dev/disk4 (31.9 GB). With the image downloaded to ~/Downloads:\n\n```\ndiskutil unmountDisk /dev/disk4\nxz -dc ~/Downloads/raspios-lite-arm64.img.xz | sudo dd of=/dev/rdisk4 bs=4m status=progress\ndiskutil eject /dev/disk4\n```\n\nDouble-check the disk number before running dd: writing to the wrong one would wipe it."),
                U("reject_approach", "nope, not typing dd at a disk number, I'll fat-finger it. imager?"),
                A("Raspberry Pi Imager it is:\n\n1. Open Imager (or download it from raspberrypi.com/software).\n2. Choose Device: your Pi model. Choose OS: Raspberry Pi OS Lite (64-bit). Choose Storage: the 32 GB card; it only lists removable drives.\n3. Click Next, then Edit Settings: set the hostname, username and password, your Wi-Fi, and turn on SSH under Services.\n4. Write, and eject when it's done."),
                U("acceptance", "done, it's booting"),
                A("It'll be on the network in a minute or two."),
            ],
        },
        # D3.3 guitar routine: echo correction, partial second correction, acceptance
        {
            "time": "19:08:15",
            "steps": [
                U("plain", "I practise guitar 20 min a day. give me a weekly routine, I'm about 3 months in"),
                A("Weekly routine:\n\n- **Mon**: 10 min warm-up (chromatic exercise), 15 min chord changes with a metronome, 20 min strumming patterns\n- **Tue**: 10 min warm-up, 20 min major scale in two positions, 15 min ear training\n- **Wed**: 10 min warm-up, 15 min barre chords, 20 min fingerpicking\n- **Thu**: 10 min warm-up, 15 min chord changes, 20 min rhythm\n- **Fri**: 10 min warm-up, 20 min scales, 15 min improvisation over a backing track\n- **Sat**: 45 min free play\n- **Sun**: rest"),
                U("echo", "these are 45 minutes each. I practise 20 min a day."),
                A("20-minute days:\n\n- **Mon**: 5 min warm-up, 15 min chord changes with a metronome\n- **Tue**: 5 min warm-up, 15 min G major scale\n- **Wed**: 5 min warm-up, 15 min barre chord practice\n- **Thu**: 5 min warm-up, 15 min strumming patterns\n- **Fri**: 5 min warm-up, 15 min fingerpicking\n- **Sat**: 5 min warm-up, 15 min scales\n- **Sun**: rest"),
                U("partial", "better, but there's no actual songs in it anywhere, I'd go mad doing drills only"),
                A("20 minutes, every day: 3 min warm-up, 10 min of the day's skill, 7 min on a song that uses it.\n\n- **Mon**: chord changes, then a song with those chords\n- **Tue**: strumming pattern, then the same song with it\n- **Wed**: barre chords (small F), then a song with an F\n- **Thu**: fingerpicking, then a slow song picked instead of strummed\n- **Fri**: scale, then pick out a simple melody\n- **Sat**: just play songs for the whole 20 minutes\n- **Sun**: rest"),
                U("acceptance", "ok that I'll actually do"),
                A("That's what matters."),
            ],
        },
        # D3.4 motorway toll: clarifying answer beginning with "no"; acceptance
        {
            "time": "22:36:29",
            "steps": [
                U("plain", "got a letter from a rental company charging me a €45 admin fee for a €3.10 toll I apparently missed in Portugal. is that legit?"),
                A("Did the car have an electronic toll device (Via Verde) fitted, or were you paying the tolls yourself?"),
                U("clarify_answer", "no device. I paid at the booths but on the A22 there were no booths, just cameras overhead, I didn't know"),
                A("That explains it. The A22 in the Algarve is electronic-only: cameras read the plate and the toll has to be paid afterwards at a post office or Payshop, or through the rental's device. When it isn't paid, the operator bills the registered keeper (the rental company), and most rental contracts allow an admin fee for handling it. €45 is at the high end but commonly within the terms. Check your rental agreement for the fee; if it's there, it's legitimate. If it isn't listed, dispute it in writing."),
                U("acceptance", "ugh ok, lesson learned. thanks"),
                A("Everyone gets caught by the A22 once."),
            ],
        },
    ],
    "2026-06-25": [
        # D4.1 annual leave: tool call; acceptance; new task; decline offer
        {
            "time": "07:18:41",
            "steps": [
                U("plain", "I work 3 long days a week (12.5h shifts). My leave entitlement is 202.5 hours a year. How many shifts is that?"),
                T("terminal", {"command": "python3 -c 'print(202.5/12.5, 202.5-16*12.5)'"}, "16.2 2.5"),
                A("16 shifts, with 2.5 hours left over (202.5 ÷ 12.5 = 16.2)."),
                U("acceptance", "ok 16 shifts. thanks"),
                A("You're welcome."),
                U("new_task", "different q: our ward does self-rostering, what's a fair way to share out christmas and new year"),
                A("The common fair approaches:\n\n1. **Alternate years**: whoever works Christmas this year gets it off next year, recorded on a shared sheet.\n2. **Christmas or New Year**: everyone works one of the two holiday blocks, never both.\n3. **Points**: each unpopular shift earns points; the highest scorers get first choice of the holiday next year.\n4. **Requests by date order**, with a cap on how many can be off at once.\n\nMost wards combine 1 and 2. Whatever you choose, agree it before requests open and keep the record somewhere everyone can see. Would you like me to draft a proposal to send round the team?"),
                U("decline_offer", "no, I'll raise it at the ward meeting. thanks though"),
                A("Good luck with it."),
            ],
        },
        # D4.2 letter of support: explicit correction; acceptance; new task; explicit as the last turn (null)
        {
            "time": "10:55:23",
            "steps": [
                U("plain", "Please draft a letter of support from the head teacher of our local primary school for our community garden grant. She is Mrs Denise Clarke, Hollybank Primary."),
                A("Dear Grants Panel,\n\nWe are delighted to write in support of our own application to create a community garden. Hollybank Primary, led by Mrs Denise Clarke, has been an enthusiastic partner from the start, and our project will give its pupils regular opportunities to grow food, learn about nature and spend time outdoors. We are confident the garden will benefit the whole community.\n\nYours faithfully,\nThe Hollybank Community Garden Group"),
                U("explicit", "This is written as us. It needs to be from Mrs Clarke, in her voice."),
                A("Dear Grants Panel,\n\nI am writing as head teacher of Hollybank Primary School to support the Hollybank Community Garden Group's application.\n\nMany of our pupils have no garden at home. A community garden a short walk from school would give our classes a place to grow food, learn about plants and wildlife, and take part in a project alongside their neighbours. We would use it weekly during the growing season, and our eco-club has already offered to help with planting.\n\nThe group has worked closely with the school from the start, and I am confident it will make good use of the funding.\n\nYours faithfully,\n\nMrs Denise Clarke\nHead Teacher, Hollybank Primary School"),
                U("acceptance", "That's right now. Thank you."),
                A("You're welcome."),
                U("new_task", "Could you also give me a 40-word summary of the project for the form?"),
                A("The Hollybank Community Garden will turn an unused plot beside the estate into a shared growing space for residents and local schoolchildren. With raised beds, a polytunnel, a tool store and accessible paths, it will provide fresh food, outdoor learning, volunteering opportunities and a place for neighbours to meet throughout the year."),
                U("explicit", "That's 52 words. I said 40."),
            ],
        },
        # D4.3 Etsy VAT: clarifying answer; follow-up; acceptance
        {
            "time": "16:02:09",
            "steps": [
                U("plain", "etsy shop, i sell earrings from the uk. do i need to charge vat for eu buyers?"),
                A("For most small UK sellers, no: Etsy collects the VAT. For orders to EU customers worth €150 or less, Etsy calculates the EU VAT at checkout, collects it and pays it under its own IOSS registration, so you don't need to register or charge anything yourself. Are any of your orders over €150?"),
                U("clarify_answer", "no, nothing over £40"),
                A("Then Etsy handles it all. Your EU orders go under Etsy's IOSS number, which appears on the shipping label when you buy postage through Etsy."),
                U("followup", "and do i need to put anything on the customs form"),
                A("Yes, a CN22: describe the item plainly (\"silver earrings\"), the value and weight, and tick \"Sale of goods\". If you buy postage through Etsy it's filled in electronically."),
                U("acceptance", "brill"),
                A("Happy selling."),
            ],
        },
        # D4.4 regex: repeat_narrow; follow-up; acceptance
        {
            "time": "20:44:52",
            "steps": [
                U("plain", "regex to pull order numbers out of these emails, they look like ETSY-48213 or ETSY-1190"),
                A("A regular expression for this needs to match the literal prefix `ETSY-` followed by one or more digits. In most regex flavours that's `ETSY-\\d+`. A few things to consider: `\\d` matches any digit, `+` means one or more, and if the prefix might appear in lower case you can add a case-insensitive flag. In Python:\n\n```python\nimport re\nre.findall(r\"ETSY-\\d+\", text)\n```\n\nIn JavaScript: `text.match(/ETSY-\\d+/g)`. On the command line: `grep -oE 'ETSY-[0-9]+' *.eml`. If you only want the number, use a capture group: `ETSY-(\\d+)`."),
                U("repeat_narrow", "just the pattern"),
                A("`ETSY-\\d+`"),
                U("followup", "and so it doesn't match ETSY-48213X"),
                A("`\\bETSY-\\d+\\b`"),
                U("acceptance", "ta"),
                A("No problem."),
            ],
        },
    ],
}


# ---------------------------------------------------------------- format E
# one file per date; "role" is the assistant's role name in that file
FORMAT_E = {
    "2026-06-02": {
        "role": "timmy",
        "steps": [
            U("plain", "vba: how do I make a macro run when the workbook opens"),
            A("Put it in the **ThisWorkbook** module (not a normal module):\n\n```vba\nPrivate Sub Workbook_Open()\n    ' your code here\nEnd Sub\n```"),
            U("followup", "and it's fine in an .xlsx?"),
            A("No: .xlsx files can't contain macros. Save it as .xlsm."),
            U("acceptance", "right, that's what I was missing"),
            A("Easy one to miss."),
            U("new_task", "different thing. macro that highlights duplicate values in column A yellow"),
            A("```vba\nSub HighlightDupes()\n    Dim c As Range, lastRow As Long\n    lastRow = Cells(Rows.Count, \"A\").End(xlUp).Row\n    For Each c In Range(\"A2:A\" & lastRow)\n        If WorksheetFunction.CountIf(Range(\"A2:A\" & lastRow), c.Value) > 1 Then\n            c.Interior.Color = vbYellow\n        End If\n    Next c\nEnd Sub\n```"),
            U("reject_approach", "don't want a loop with countif on every cell, that'll crawl on 30k rows. use conditional formatting"),
            A("```vba\nSub HighlightDupes()\n    With Range(\"A:A\").FormatConditions.AddUniqueValues\n        .DupeUnique = xlDuplicate\n        .Interior.Color = vbYellow\n    End With\nEnd Sub\n```\n\nIt's instant, and it updates by itself as the data changes."),
            U("acceptance", "nice"),
            A("Delete the rule from Conditional Formatting > Manage Rules when you're done."),
            U("new_task", "one more: how do I give a macro a keyboard shortcut"),
            A("You have a few options. The most flexible is to add the macro to the Quick Access Toolbar: File > Options > Quick Access Toolbar, choose \"Macros\" from the list, add yours, and then press Alt plus the number Excel shows for it. You can also add it to a custom ribbon tab under File > Options > Customize Ribbon, create a new group and give it an icon. Another approach is to set a shortcut in VBA with `Application.OnKey \"^+h\", \"HighlightDupes\"` in Workbook_Open. Finally, there's the built-in shortcut setting in the Macro dialog."),
            U("repeat_narrow", "just the built-in shortcut bit"),
            A("Developer > Macros (or Alt+F8), select the macro, click Options, and type a letter in the Ctrl+ box. Use a capital letter to get Ctrl+Shift, so you don't override Excel's own shortcuts."),
            U("acceptance", "ta"),
            A("No problem."),
        ],
    },
    "2026-06-04": {
        "role": "assistant",
        "steps": [
            U("plain", "Good morning. My wife and I are retiring to Spain next spring. Will our UK state pensions still go up every year if we live there?"),
            DEC("Answer from general knowledge", "Stable, well-documented rule; no search needed"),
            A("Yes. Spain is covered by the social security arrangements agreed between the UK and the EU, so UK State Pensions paid to people living there are uprated every April, just as they would be in the UK."),
            U("acceptance", "That is a relief. Thank you."),
            A("You're welcome."),
            U("new_task", "We will need to register with a doctor there. How does that work?"),
            A("In Spain, non-residents and new arrivals often start with private health insurance, which is also typically required for the residence application if you aren't working. Policies for couples in their sixties commonly cost €100-€250 a month each, depending on age and excess. Once you are resident and registered on the padrón (the town hall register), you register at your local health centre, the centro de salud, where you'll be assigned a GP (médico de cabecera)."),
            U("partial", "Thank you, the part about the centro de salud is useful, but surely as UK pensioners we would use the S1 form rather than private insurance?"),
            A("Yes, you're right. As UK State Pension recipients you're entitled to an S1:\n\n1. Request it from the NHS Overseas Healthcare Services (by phone) once you've moved.\n2. Register the S1 with the INSS (Spanish social security) office near you, along with your padrón certificate and residence document.\n3. Take the INSS paperwork to your centro de salud to get your tarjeta sanitaria and a GP.\n\nThe UK then pays for your Spanish state healthcare, so you don't need private insurance, and the S1 also satisfies the healthcare requirement for residence."),
            U("acceptance", "Splendid, that is what our neighbours did."),
            A("Good. Would you like a checklist of the order to do all of this in?"),
            U("decline_offer", "No thank you, our daughter is making us one."),
            A("Then you're in good hands. Enjoy the sunshine."),
        ],
    },
    "2026-06-07": {
        "role": "timmy",
        "steps": [
            U("plain", "explain the london system like im 5"),
            A("The London System (1.d4 with an early Bf4) is a flexible, system-based opening: d4, Bf4, e3, Nf3, Bd3, c3, Nbd2, often with h3 to give the bishop a retreat. Against ...d5 setups it aims for a kingside attack with Ne5, Qf3 or Qe2, and a pawn storm with g4-g5. Key branches include the Jobava London (2.Nc3), the Accelerated London (2.Bf4), and responses to ...c5 and ...Qb6, where White often gambits b2 or plays Qb3. Strategically, White builds a pawn chain on c3-d4-e3, uses the e5 outpost and fixes Black's pawn structure."),
            U("repeat_narrow", "simpler pls. like what's the actual idea"),
            A("Every game you set up the same shape: pawn to d4, bishop to f4, then pawns to e3 and c3 so the pieces sit behind a solid pawn chain, knight on e5 as an outpost, and then you attack the king."),
            U("partial", "better but u still said 'pawn chain' and 'outpost' and i dont know what those mean lol"),
            A("OK, no chess words:\n\n1. Push the pawn in front of your queen two squares.\n2. Bring the dark-squared bishop out to f4.\n3. Push the two pawns next to your queen's pawn one square each, so they make a little triangle that protects it.\n4. Knights out, castle, and then jump a knight to e5 where pawns can't easily chase it away.\n5. Then go after the king.\n\nYou play the same moves almost whatever your opponent does, so there's nothing to memorise."),
            U("acceptance", "ok yeah got it 👍"),
            A("🙌"),
            U("followup", "what do i do when they play c5 early, everyone does that to me 😩"),
            A("Just play c3. It backs up your d4 pawn so it doesn't matter if they attack it. If they then put their queen on b6 to attack your b2 pawn, move your queen to b3 and offer a swap."),
            U("acceptance", "bet"),
            A("Good luck."),
        ],
    },
    "2026-06-10": {
        "role": "timmy",
        "steps": [
            U("plain", "can you check if the wether pi is online, its at 192.168.1.40"),
            T("terminal", {"command": "ping -c 3 192.168.1.40"}, "3 packets transmitted, 3 packets received, 0.0% packet loss\nround-trip min/avg/max/stddev = 3.912/4.208/4.611/0.297 ms"),
            A("It's up: 3 of 3 pings answered, about 4 ms."),
            U("followup", "ok now ssh in and tell me how much disk it has left"),
            T("terminal", {"command": "ssh pi@192.168.1.40 'df -h /'", "timeout": 60}, "pi@192.168.1.40's password: ", 124),
            ERR("terminal tool timed out after 60s", "ssh to 192.168.1.40 waited at a password prompt"),
            A("SSH is asking for a password, so I can't log in without you. The proper fix is key-based login:\n\n1. `ssh-keygen -t ed25519` (press Enter at the prompts)\n2. `ssh-copy-id pi@192.168.1.40` and type the Pi's password once\n3. Test with `ssh pi@192.168.1.40`, which should log straight in\n\nAfter that I can check the disk, and anything else on the Pi, without you typing a password. You can also turn off password login in /etc/ssh/sshd_config for extra security."),
            U("reject_approach", "i'm not setting up keys right now. just tell me the command and i'll run it myself"),
            A("`ssh pi@192.168.1.40 'df -h /'`: the Use% column is how full it is."),
            U("acceptance", "87% used. ok thats fine for now"),
            A("If it's the CSV growing, a monthly logrotate would keep it in check. Want a config for that?"),
            U("decline_offer", "nah not today"),
            A("OK."),
        ],
    },
    "2026-06-13": {
        "role": "timmy",
        "steps": [
            U("plain", "right so I've got the party on Saturday and I need a shopping list for the party bags for fifteen kids under a tenner each in total I mean under ten pounds total for all of them no sorry under ten pounds each"),
            A("Party bags for 15, well under £10 each:\n\n- Paper party bags, pack of 15: ~£3\n- A small plastic dinosaur each: multipack ~£8\n- Bubbles, 15 pack: ~£5\n- Dinosaur stickers: ~£3\n- A bag of sweets or a small chocolate bar each: ~£6\n- A slice of birthday cake, wrapped in a napkin\n\nAbout £25 in total, under £2 a bag."),
            U("followup", "great and where would I get the little dinosaurs cheapest do you think"),
            A("Online is cheapest: a 24-pack of mini dinosaurs on Amazon is usually £8-£10 with next-day delivery on Prime."),
            U("instead", "I'd rather not order online, it might not come in time for Saturday. Somewhere I can just walk into instead?"),
            A("Try Home Bargains, B&M or The Range: they usually have bags of mini dinosaurs in the toy aisle for a few pounds. Poundland sometimes does too, and Hobbycraft has them in the party section, but at a higher price."),
            U("acceptance", "lovely ok"),
            A("Good luck with the shopping."),
            U("new_task", "oh and can you give me a few games for a rainy day indoors because the forecast's awful for Saturday"),
            DEC("Suggest party games", "Owner asked for games; keep to young children"),
            A("Here are some great games:\n\n1. **Dinosaur egg hunt in the garden**: hide plastic eggs under bushes and in flower pots.\n2. **Relay races on the lawn**: stomp like a T-rex to the end and back.\n3. **Fossil dig in the sandpit**: bury plastic bones for them to find.\n4. **Volcano eruption** with baking soda and vinegar on the patio."),
            U("echo", "indoors, I said, it's going to chuck it down"),
            A("Sorry, indoor ones:\n\n1. **Pass the parcel**, with a dinosaur sticker in each layer\n2. **Musical statues**, freezing as dinosaurs\n3. **Dino egg hunt around the house**, with plastic eggs behind cushions\n4. **Pin the tail on the T-rex**\n5. **Sleeping dinosaurs**, lying still on the floor, for a calm five minutes before cake"),
            U("acceptance", "pass the parcel, perfect, they love that"),
            A("Have a lovely party."),
        ],
    },
    "2026-06-16": {
        "role": "assistant",
        "steps": [
            U("plain", "Hello, my aquarium plants become yellow in the leaves, old leaves first. The tank is 80 liter with cherry shrimps, light 8 hours. What is the problem?"),
            A("It's probably too much light. Eight hours with a strong LED can stress plants and cause yellowing and algae. Reduce the photoperiod to 6 hours and consider adding CO2 to balance the light."),
            U("explicit", "I don't think is the light, the new leaves are fine green. Only old leaves become yellow. I read this is nutrient?"),
            A("Yes, you're right: yellowing that starts on the old leaves while new growth stays green is the classic sign of a mobile nutrient deficiency, usually nitrogen or potassium. The plant moves those nutrients from old leaves to new ones. Add a complete liquid fertiliser (with N, P and K) once a week, for example Tropica Specialised or Easy-Life ProFito."),
            U("partial", "Ok, nutrient, this make sense. But I wrote I have shrimps. Is this fertiliser safe with them?"),
            A("Good point, sorry. Shrimp are sensitive to copper, and many fertilisers contain trace amounts of it. Choose one labelled as safe for shrimp (Tropica's and Easy-Life's are, at the normal dose), start at half the dose for the first two weeks, and watch the shrimp. Keep up your usual water changes."),
            U("acceptance", "Ok, I buy shrimp safe one. Grazie mille!"),
            A("Prego!"),
            U("new_task", "Another question. Can I put snails with the shrimps?"),
            A("Yes. Nerite snails, ramshorns and Malaysian trumpet snails all live happily with cherry shrimp. Skip assassin snails: they leave the shrimp alone but will eat your other snails."),
            U("acceptance", "Perfect."),
            A("Enjoy the tank."),
        ],
    },
    "2026-06-19": {
        "role": "timmy",
        "steps": [
            U("plain", "Please give me an Excel formula that returns the financial quarter (Q1-Q4) for a date in A2, where our financial year starts on 1 April."),
            A("`=\"Q\"&ROUNDUP(MONTH(A2)/3,0)`"),
            U("explicit", "That gives calendar quarters. April should be Q1."),
            A("`=\"Q\"&(INT(MOD(MONTH(A2)-4,12)/3)+1)`: April to June is Q1, January to March is Q4."),
            U("acceptance", "Correct, thank you."),
            A("You're welcome."),
            U("new_task", "Now one that gives the financial year label, e.g. 2025/26 for any date from 1 April 2025 to 31 March 2026."),
            DEC("Answer directly with a formula", "Owner wants formulas only; previous reply style accepted"),
            A("`=YEAR(A2)-(MONTH(A2)<4)&\"/\"&RIGHT(YEAR(A2)-(MONTH(A2)<4)+1,2)`\n\n`(MONTH(A2)<4)` is 1 for January to March, which pulls those dates back into the previous financial year."),
            U("acceptance", "That works."),
            A("Good. Shall I combine both into one formula, giving something like \"2025/26 Q1\"?"),
            U("decline_offer", "No, I need them in separate columns for the pivot table."),
            A("Makes sense."),
            U("new_task", "Last one: count the invoices that are more than 30 days overdue. Due dates are in column C."),
            A("`=COUNTIF(C:C,\">\"&TODAY()+30)`"),
            U("explicit", "That counts invoices due more than 30 days in the future."),
        ],
    },
    "2026-06-22": {
        "role": "timmy",
        "steps": [
            U("plain", "whats the rule for castling if the rook is attacked"),
            A("You can still castle. The rule only cares about the king: it can't be in check, pass through an attacked square, or land on one. The rook can be attacked, and on the queenside it can even pass over an attacked b-square."),
            U("acceptance", "huh. didnt know that"),
            A("Most people don't."),
            U("new_task", "is the perseid meteor shower worth staying up for this year, i'm in the lake district"),
            A("Yes, this year is a good one. The peak is the night of 12-13 August, and the Moon is new on the 12th, so the sky will be properly dark. From a dark Lake District valley you could see 50 or more an hour at the best time. Give your eyes 20 minutes to adjust, and lie back rather than looking in one direction. Want a list of dark-sky spots nearby?"),
            U("decline_offer", "no i know the spots. but what time should i actually go out"),
            A("The radiant in Perseus climbs all night, so rates keep rising until dawn: the best hours are roughly midnight to 4 am, with the very best just before twilight starts, around 4 am."),
            U("instead", "i've got work at 8 so not till 4am. give me the best 2 hours i can do instead"),
            A("Go out from about 00:30 to 02:30. The radiant is already reasonably high by then, and you'll still get five hours' sleep."),
            U("acceptance", "sorted ta"),
            A("Clear skies."),
        ],
    },
    "2026-06-24": {
        "role": "assistant",
        "steps": [
            U("plain", "I'm so sorry, I have an interview tomorrow for a library assistant job and I'm panicking. Could you give me three questions they'll probably ask?"),
            A("Don't panic, here are the most common interview questions, with tips:\n\n1. Tell us about yourself. (Two minutes: background, why this job.)\n2. Why do you want to work in a library?\n3. What do you know about our library service?\n4. Describe a time you gave excellent customer service.\n5. How would you deal with a difficult customer?\n6. How do you prioritise when you're busy?\n7. What IT systems have you used?\n8. Tell us about a time you worked in a team.\n9. Where do you see yourself in five years?\n10. Do you have any questions for us?\n\nFor each, use the STAR method: Situation, Task, Action, Result."),
            U("repeat_narrow", "Sorry, that's a lot. Just the three most likely, please, I won't remember ten."),
            A("1. Why do you want to work in a library?\n2. Tell us about a time you gave excellent customer service.\n3. Where do you see yourself in five years?"),
            U("partial", "Thank you, the first two feel right, but the five-years one doesn't feel very library-ish. Could you swap it for something they'd actually ask at a library?"),
            A("Swap it for: \"It's closing time and a young child is in the library on their own. What do you do?\" Libraries ask about safeguarding a lot. A good answer: stay with the child in a visible public area, alert a colleague or the duty manager, try to contact the parent or carer, never take the child anywhere yourself, and follow the library's safeguarding procedure."),
            U("acceptance", "Oh, that's a really good one, I hadn't thought of that. Thank you."),
            A("You'll be fine. Take a breath before each answer."),
            U("new_task", "Sorry, one more, could you draft a short thank-you email to send after?"),
            A("Subject: Thank you, library assistant interview\n\nDear [name],\n\nThank you for taking the time to meet me today. I enjoyed hearing about the library's plans for the children's reading programme, and I'm even more keen on the role after our conversation. I look forward to hearing from you.\n\nKind regards,\n[Your name]"),
            U("acceptance", "That's lovely, thank you so much."),
            A("Good luck tomorrow!"),
        ],
    },
    "2026-06-26": {
        "role": "timmy",
        "steps": [
            U("plain", "resize all the pngs in ~/etsy/new to 2000px on the long side, keep originals"),
            A("I'll run `sips -Z 2000 ~/etsy/new/*.png`, which scales each image so its longest side is 2000 px. Shall I go ahead?"),
            U("echo", "'keep originals' — sips -Z on the files themselves overwrites them"),
            T("terminal", {"command": "mkdir -p ~/etsy/new/2000 && sips -Z 2000 ~/etsy/new/*.png --out ~/etsy/new/2000 >/dev/null && ls ~/etsy/new/2000 | wc -l"}, "      14"),
            A("Done without touching the originals: 14 resized copies in ~/etsy/new/2000."),
            U("acceptance", "good"),
            A("The originals are still in ~/etsy/new."),
            U("new_task", "now convert those copies to jpg at 85% quality"),
            T("terminal", {"command": "cd ~/etsy/new/2000 && mkdir -p jpg && for f in *.png; do sips -s format jpeg -s formatOptions 85 \"$f\" --out \"jpg/${f%.png}.jpg\" >/dev/null; done && du -sh jpg && ls jpg | wc -l"}, "9.8M\tjpg\n      14"),
            A("14 JPGs at 85% quality in ~/etsy/new/2000/jpg, 9.8 MB altogether."),
            U("acceptance", "perfect"),
            A("Ready for upload."),
            U("new_task", "write me a listing title for the silver wave ring"),
            A("Silver Wave Ring, Sterling Silver Ring, Ocean Ring, Minimalist Ring, Stacking Ring, Beach Jewellery, Wave Jewelry, Gift for Her, Surfer Ring, Dainty Silver Band, Handmade Ring UK"),
            U("instead", "not the keyword soup. a title a human would actually read, with maybe two keywords worked in"),
            A("Sterling Silver Wave Ring, a Handmade Ocean Stacking Ring"),
            U("acceptance", "that'll do"),
            A("Good luck with the listing."),
        ],
    },
    "2026-06-28": {
        "role": "timmy",
        "steps": [
            U("plain", "coming off 4 nights tomorrow morning, how do I flip back to days without feeling like death 😵"),
            A("What time do you finish, and have you got anything on the day after?"),
            U("clarify_answer", "finish 8am. nothing on, but it's my kid's sports day the day after that so I need to be human by then"),
            A("The plan:\n\n1. Go straight to bed when you get home, with blackout blinds, but set an alarm for about 12:30, so no more than 3-4 hours.\n2. Get up and go outside in daylight for at least half an hour.\n3. Caffeine only before 2 pm.\n4. Eat meals at normal times.\n5. Bed at about 10 pm, even if you're not tired.\n\nBy sports day you should be close to normal."),
            U("acceptance", "ok short nap, doable 🙏"),
            A("Good luck!"),
            U("new_task", "also give me a batch-cook meal I can make on my day off that'll do 4 night shifts, no microwave on the ward only a kettle"),
            A("Chilli con carne is perfect for batch cooking: make a big pot, portion it into four tubs, and freeze or refrigerate. Reheat a tub in the staff-room microwave for 3 minutes, stirring halfway."),
            U("echo", "no microwave, only a kettle 🙃"),
            A("Sorry! Kettle-friendly:\n\n- **Couscous pots**: in each tub put couscous, a stock cube, chopped roast veg and feta; on shift, add boiling water to the line, lid on, wait 5 minutes.\n- **Soup in a flask**: heat a batch-cooked soup at home before you leave and it stays hot all night.\n- **Overnight oats** for the 4 am slump: no heat needed at all."),
            U("acceptance", "couscous pots!! genius"),
            A("Stay safe on the drive home."),
        ],
    },
    "2026-06-30": {
        "role": "timmy",
        "steps": [
            U("plain", "moving to Berlin in August. what's the first bit of admin I have to do"),
            A("The Anmeldung: registering your address at a Bürgeramt within 14 days of moving in. You'll need your passport, the registration form and a Wohnungsgeberbestätigung, the confirmation your landlord signs. Almost everything else (tax ID, bank account, health insurance) depends on it."),
            U("followup", "appointments are booked out for weeks apparently. what if I can't get one in 14 days"),
            A("Technically, registering late is an administrative offence under the Bundesmeldegesetz, and fines of up to €1,000 are possible, though in practice they're rare if the delay isn't your fault. The authorities know appointment availability in Berlin is a problem. Keep evidence that you tried, such as screenshots of the booking page showing no availability, and bring it to your appointment. You won't be penalised for the city's backlog in most cases, but it's worth documenting."),
            U("instead", "less about fines, more about how to actually get a slot please"),
            A("- Check service.berlin.de first thing in the morning, from about 8:00, when cancelled slots are released.\n- Any Bürgeramt in Berlin will do, not just your district's; pick whatever's free.\n- Ring 115 and ask them to book one for you.\n- Some Bürgeramts keep a few same-day slots, so turn up at opening time with your documents."),
            U("acceptance", "ok will try at 8 tomorrow"),
            A("Good luck."),
            U("new_task", "next: do I need a German bank account or can I keep using Wise"),
            A("It depends. Wise gives you a German IBAN in EUR, which works for most payments, and SEPA rules say businesses can't refuse an IBAN from another EU/EEA country. Employers generally pay salary into any SEPA account, including Wise. Some things are easier with a German account, though: a Schufa credit history builds faster, some mobile contracts and utilities prefer it, and Girocard (the local debit card) is still accepted in places that don't take Visa or Mastercard. Many people keep Wise and add a free German account like N26, DKB or ING later."),
            U("repeat_narrow", "for paying rent specifically"),
        ],
    },
}
